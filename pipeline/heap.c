/*
 * heap.c - the single thread's heap in huge pages.
 *
 * One thread (`run -j1`, the tokenize, ner and stance filters) takes its
 * memory from malloc's main heap: the Hunspell dictionaries (each a hash
 * table of a hundred thousand entries and more, malloc'd one by one as
 * the .dic file is read), the lexicons, the word caches.  In 4 KB pages
 * a run took a page fault for every page it touched first, and a fault
 * is dear in this kind of virtual machine: `run -j1` on 158 KB of the
 * six languages took 26 200 faults, most of them while the dictionaries
 * loaded; marked MADV_HUGEPAGE, the heap is faulted in 2 MB at a time
 * (5 700 faults), and the caches read at random miss the TLB less.
 *
 * Not for -j N: its workers allocate in malloc arenas of their own, and
 * marking those as well took `run -j2` on the six languages past the 150
 * MB of resident memory issue #7 allows (154-156 MB; the marked 2 MB
 * page at each heap's top is resident whole), while one shared arena
 * slowed it by a tenth.  -j N marks nothing (ws_heap_huge_start is not
 * called), as its main thread's heap holds little.
 *
 * The heap grows by M_TOP_PAD (64 MB, ws_cli_tune_malloc) at a time;
 * ws_heap_huge() marks what it grew by since it was last called, in
 * whole 2 MB pages.  It is advice only: where the kernel has no huge
 * pages to give nothing changes, and $WHOSAID_HUGEPAGES=0 turns it off.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#include "ws_int.h"

#define HUGE_PAGE ((uintptr_t)2 << 20)

static pthread_mutex_t heap_mu = PTHREAD_MUTEX_INITIALIZER;
/* the heap's end when last marked (0: ws_heap_huge_start not called, or
 * turned off) */
static uintptr_t heap_marked;

/* Marks [lo, hi) of the heap, in whole huge pages */
static void
mark(uintptr_t lo, uintptr_t hi)
{
#ifdef MADV_HUGEPAGE
    uintptr_t a = (lo + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    uintptr_t b = hi & ~(HUGE_PAGE - 1);
    if (b > a)
        (void)madvise((void *)a, b - a, MADV_HUGEPAGE);
#else
    (void)lo;
    (void)hi;
#endif
}

/* The program's break, 0 when unknown */
static uintptr_t
brk_now(void)
{
    void *p = sbrk(0);
    return p == (void *)-1 ? 0 : (uintptr_t)p;
}

void
ws_heap_huge_start(void)
{
    const char *env = getenv("WHOSAID_HUGEPAGES");
    if (env != NULL && strcmp(env, "0") == 0)
        return;
    uintptr_t lo = brk_now();
    if (lo == 0)
        return;
    /* grow the heap now (by the pad), so that the start-up's loads land
     * in memory marked before it is touched: two blocks under malloc's
     * mmap threshold (128 KB) that the top cannot both hold (volatile:
     * else the compiler drops a malloc whose block is only freed) */
    void *volatile a = malloc(120 << 10);
    void *volatile b = malloc(120 << 10);
    free(b);
    free(a);
    pthread_mutex_lock(&heap_mu);
    uintptr_t hi = brk_now();
    if (hi > lo) {
        mark(lo, hi);
        heap_marked = hi;
    }
    pthread_mutex_unlock(&heap_mu);
}

void
ws_heap_huge(void)
{
    pthread_mutex_lock(&heap_mu);
    if (heap_marked != 0) {
        uintptr_t hi = brk_now();
        if (hi > heap_marked) {
            mark(heap_marked, hi);
            heap_marked = hi;
        } else if (hi != 0 && hi < heap_marked) {
            heap_marked = hi; /* trimmed: what grows again is new */
        }
    }
    pthread_mutex_unlock(&heap_mu);
}
