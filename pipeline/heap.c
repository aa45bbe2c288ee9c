/*
 * heap.c - the single thread's heap, and the workers' arenas, in huge pages.
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
 * -j N's workers allocate in malloc arenas of their own, marked by
 * ws_heap_huge_arena() as each worker starts (-j N's main thread holds
 * little, and ws_heap_huge_start is not called).  Marked with no bound,
 * the arenas took `run -j2` on the six languages past the 150 MB of
 * resident memory issue #7 allows (152-156 MB: the touched 2 MB page at
 * each arena's top is resident whole, and so is every free block inside
 * a touched huge page), and one arena shared by the threads slowed it by
 * a tenth.  So the marking has a budget (below).
 *
 * The heap grows by M_TOP_PAD (64 MB, ws_cli_tune_malloc) at a time;
 * ws_heap_huge() marks what it grew by since it was last called, in
 * whole 2 MB pages.  It is advice only: where the kernel has no huge
 * pages to give nothing changes, and $WHOSAID_HUGEPAGES=0 turns it off.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
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
static void arenas_budget(void);

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

int
ws_heap_huge_off(void)
{
    const char *env = getenv("WHOSAID_HUGEPAGES");
    return env != NULL && strcmp(env, "0") == 0;
}

void
ws_heap_huge_start(void)
{
    if (ws_heap_huge_off())
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
    arenas_budget();
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

/* ---- the workers' arenas (-j N) ----
 * A worker's malloc arena is a mapping of 64 MB, writable whole from its
 * start (M_TOP_PAD); ws_heap_huge_arena() marks it whole when the worker
 * starts, for at most as many workers as there are cores (more workers
 * than cores run no faster for it, and each would hold its top huge
 * page whole: English at -j8 on two cores, 104 MB unmarked, took 127-133
 * MB with every arena marked and 113 MB with two).  Once the process holds
 * more than HUGE_BUDGET resident (checked before each Hunspell
 * dictionary loads, in ws_heap_huge(), and every 64 batches of a worker,
 * ws_heap_budget()), the arenas are unmarked and no new one is marked:
 * the huge pages already made stay, and what the arenas grow by later
 * comes in 4 KB pages.  English (some 44 MB) never reaches the budget:
 * `run -j2` on 8 MB took 2 350 page faults instead of 5 700 and ran 3-7 %
 * faster.  The six languages reach it while their dictionaries load,
 * and their peak at -j2 stays within a megabyte of what it was unmarked
 * (148.1-148.4 MB on the bench's 30 MB against 148.0-148.2; up to 152 MB
 * with no budget).  An arena past its first mapping (glibc adds another
 * when 64 MB are not enough) is never marked. */
#define HUGE_BUDGET ((size_t)64 << 20)
#define ARENAS_MAX  64

static struct {
    uintptr_t lo, hi;
} arenas[ARENAS_MAX];
static int narenas;
static int arenas_over; /* the budget was passed */

/* The resident size of the process in bytes (0: unknown) */
static size_t
rss_now(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    if (f == NULL)
        return 0;
    unsigned long size, res;
    int n = fscanf(f, "%lu %lu", &size, &res);
    fclose(f);
    long pg = sysconf(_SC_PAGESIZE);
    return n == 2 && pg > 0 ? (size_t)res * (size_t)pg : 0;
}

/* With heap_mu held: unmarks the arenas once the budget is passed */
static void
arenas_budget(void)
{
#ifdef MADV_NOHUGEPAGE
    if (narenas == 0 || arenas_over || rss_now() <= HUGE_BUDGET)
        return;
    for (int i = 0; i < narenas; i++)
        (void)madvise((void *)arenas[i].lo, arenas[i].hi - arenas[i].lo,
                      MADV_NOHUGEPAGE);
    arenas_over = 1;
#endif
}

void
ws_heap_huge_arena(void)
{
#ifdef MADV_HUGEPAGE
    if (ws_heap_huge_off())
        return;
    /* the mapping the thread's next small block comes from */
    void *volatile b = malloc(64);
    uintptr_t q = (uintptr_t)b;
    free(b);
    if (q == 0)
        return;
    FILE *f = fopen("/proc/self/maps", "r");
    if (f == NULL)
        return;
    char *line = NULL;
    size_t cap = 0;
    unsigned long lo = 0, hi = 0;
    int found = 0;
    while (!found && getline(&line, &cap, f) >= 0)
        if (sscanf(line, "%lx-%lx", &lo, &hi) == 2 && q >= lo && q < hi)
            found = strstr(line, "[heap]") == NULL ? 1 : -1;
    free(line);
    fclose(f);
    if (found != 1)
        return; /* the main heap (ws_heap_huge's), or not found */
    pthread_mutex_lock(&heap_mu);
    int seen = 0;
    for (int i = 0; i < narenas; i++)
        seen |= arenas[i].lo == lo;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    if (!arenas_over && !seen && narenas < ARENAS_MAX &&
        narenas < (cores > 0 ? cores : 1)) {
        mark(lo, hi);
        arenas[narenas].lo = lo;
        arenas[narenas].hi = hi;
        narenas++;
    }
    pthread_mutex_unlock(&heap_mu);
#endif
}

void
ws_heap_budget(void)
{
    pthread_mutex_lock(&heap_mu);
    arenas_budget();
    pthread_mutex_unlock(&heap_mu);
}
