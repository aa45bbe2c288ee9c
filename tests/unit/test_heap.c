/*
 * test_heap.c - heap.c: the single thread's heap marked for huge pages
 * (MADV_HUGEPAGE) as it grows, a worker thread's arena marked when the
 * worker starts and unmarked once the process passes the budget, and
 * nothing marked when $WHOSAID_HUGEPAGES is 0.  The kernel's view is
 * read back from /proc/self/smaps (a mapping's VmFlags hold "hg" once
 * marked).  Where malloc does not take its memory from the program break
 * or glibc's thread arenas (ASan, valgrind) or the kernel has no
 * transparent huge pages, the checks that need them are skipped, said on
 * stderr.
 */
#include <malloc.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test.h"
#include "ws_int.h"

#define MB ((size_t)1 << 20)

/* The mapping of /proc/self/smaps that holds p: 1 when its VmFlags have
 * "hg", 0 when not, -1 when no mapping holds p; *heap says whether it is
 * the program's [heap] */
static int
marked(const void *p, int *heap)
{
    FILE *f = fopen("/proc/self/smaps", "r");
    if (f == NULL)
        return -1;
    char line[512];
    int in = 0, res = -1;
    *heap = 0;
    uintptr_t a = (uintptr_t)p;
    while (fgets(line, sizeof line, f) != NULL) {
        unsigned long lo, hi;
        char perm[8];
        /* a mapping's first line ("lo-hi perms ..."), else "Name: ..." */
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perm) == 3) {
            in = a >= lo && a < hi;
            if (in)
                *heap = strstr(line, "[heap]") != NULL;
        } else if (in && strncmp(line, "VmFlags:", 8) == 0) {
            res = strstr(line + 8, " hg") != NULL;
            break;
        }
    }
    fclose(f);
    return res;
}

/* Whether the kernel has transparent huge pages at all */
static int
thp_kernel(void)
{
    return access("/sys/kernel/mm/transparent_hugepage/enabled", F_OK) == 0;
}

/* Blocks of 100 KB (under malloc's mmap threshold: from the heap) until
 * the break has moved by more than grow bytes; the blocks in v[*n] */
#define NBLK 2048
static void
grow_heap(void **v, int *n, size_t grow)
{
    uintptr_t start = (uintptr_t)sbrk(0);
    while (*n < NBLK && (uintptr_t)sbrk(0) - start <= grow) {
        v[*n] = malloc(100 << 10);
        if (v[*n] == NULL)
            break;
        memset(v[*n], 1, 100 << 10);
        (*n)++;
    }
}

/* An address 3 MB under the break: inside the part grown last (at
 * least 8 MB), past the unmarked rest of a 2 MB page at either end */
static void *
below_break(void)
{
    return (char *)sbrk(0) - 3 * MB;
}

/* Grows the heap by more than grow bytes (grow_heap), then calls
 * ws_heap_huge(): marked()'s answer for the part grown (-1 when it is
 * not the [heap]); *moved says whether the break moved by 8 MB or more */
static int
grow_then_mark(void **v, int *n, size_t grow, int *moved)
{
    uintptr_t from = (uintptr_t)sbrk(0);
    grow_heap(v, n, grow);
    *moved = (uintptr_t)sbrk(0) >= from + 8 * MB;
    ws_heap_huge();
    int heap;
    int m = marked(below_break(), &heap);
    return heap ? m : -1;
}

/* Runs fn in a child process (heap.c's state, the start's included, is
 * once a process): its exit status, -1 when the child could not be made
 * or did not exit */
static int
in_child(int (*fn)(void))
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0)
        _exit(fn());
    int st = 0;
    if (waitpid(pid, &st, 0) != pid)
        return -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* (in a child) $WHOSAID_HUGEPAGES=0, the start, the heap grown: 1 when
 * the grown part was marked */
static int
off_heap_child(void)
{
    setenv("WHOSAID_HUGEPAGES", "0", 1);
    mallopt(M_TOP_PAD, 64 << 20);
    ws_heap_huge_start();
    static void *v[NBLK];
    int n = 0, moved;
    return grow_then_mark(v, &n, 80 * MB, &moved) == 1 ? 1 : 0;
}

/* $WHOSAID_HUGEPAGES=0: nothing is marked, at the start nor as the heap
 * grows */
static void
test_off_by_environment_marks_nothing(void)
{
    CHECK(in_child(off_heap_child) == 0,
          "WHOSAID_HUGEPAGES=0: the grown heap was marked");
}

/* The start grows the heap by the pad and marks it; what the heap grows
 * by later is marked at the next ws_heap_huge(); after a trim, what it
 * grows by again is marked too */
static void
test_heap_marked_as_it_grows(void)
{
    mallopt(M_TOP_PAD, 64 << 20);
    uintptr_t before = (uintptr_t)sbrk(0);
    ws_heap_huge_start();
    uintptr_t after = (uintptr_t)sbrk(0);
    void *probe = malloc(1000);
    int heap = 0;
    int m = marked(probe, &heap);
    free(probe);
    if (!heap || !thp_kernel()) {
        fprintf(stderr, "test_heap: skipped: %s\n",
                !heap ? "malloc is not on the program break"
                      : "no transparent huge pages");
        return;
    }
    CHECK(after - before >= 32 * MB, "the start grew the heap by %lu",
          (unsigned long)(after - before));
    CHECK(m >= 0, "the heap's mapping");
    m = marked((void *)((before + after) / 2), &heap);
    CHECK(m == 1 && heap, "the start's heap marked (%d)", m);

    static void *v[NBLK];
    int n = 0, moved;
    m = grow_then_mark(v, &n, 80 * MB, &moved); /* past the pad */
    CHECK(moved, "the heap grew");
    CHECK(m == 1, "the grown part marked (%d)", m);

    /* trimmed, then grown again */
    for (int i = 0; i < n; i++)
        free(v[i]);
    n = 0;
    malloc_trim(0);
    ws_heap_huge(); /* (the lower end) */
    m = grow_then_mark(v, &n, 160 * MB, &moved);
    CHECK(moved, "the heap grew again");
    CHECK(m == 1, "the part grown after the trim marked (%d)", m);
    for (int i = 0; i < n; i++)
        free(v[i]);
}

/* A worker thread of -j N: marks its arena (ws_heap_huge_arena) and
 * keeps a block of it in *(void **)arg, left allocated */
static void *
worker(void *arg)
{
    ws_heap_huge_arena();
    *(void **)arg = malloc(64); /* (the size heap.c's probe asks) */
    return NULL;
}

/* The start of the mapping of /proc/self/maps that holds p (0: none) */
static uintptr_t
map_start(const void *p)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (f == NULL)
        return 0;
    char line[512];
    uintptr_t a = (uintptr_t)p, start = 0;
    while (start == 0 && fgets(line, sizeof line, f) != NULL) {
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx", &lo, &hi) == 2 && a >= lo && a < hi)
            start = lo;
    }
    fclose(f);
    return start;
}

/* marked() of a block a new worker thread allocated (the block stays
 * allocated in *blk): 1, 0, -1 as marked(), -2 when no thread could be
 * made, or the block is in the [heap], or it is not marked and not in a
 * thread arena of glibc's malloc either (a mapping aligned to its 64 MB:
 * valgrind's malloc) */
static int
worker_marked(void **blk)
{
    pthread_t th;
    *blk = NULL;
    if (pthread_create(&th, NULL, worker, blk) != 0)
        return -2;
    pthread_join(th, NULL);
    if (*blk == NULL)
        return -2;
    int heap = 0;
    int m = marked(*blk, &heap);
    uintptr_t lo = map_start(*blk);
    return heap || (m != 1 && (lo == 0 || lo % (64 * MB) != 0)) ? -2 : m;
}

/* In a child (heap.c's state is once a process): a worker's arena is
 * marked when the worker starts; once the process holds more than the
 * budget (64 MB) resident, ws_heap_budget() unmarks it and a new
 * worker's arena is left alone.  Exit 0: as said, 2: skipped (no
 * huge pages, or malloc not glibc's: ASan, valgrind), else the check
 * that failed. */
#if defined(__SANITIZE_ADDRESS__)
#define ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ASAN 1
#endif
#endif

static int
arena_child(void)
{
#ifdef ASAN
    return 2; /* ASan's allocator, in mappings of its own */
#endif
    mallopt(M_TOP_PAD, 64 << 20);
    void *a;
    int m = worker_marked(&a);
    if (m == -2 || !thp_kernel())
        return 2;
    if (m != 1)
        return 10 + m;
    ws_heap_budget(); /* under the budget: nothing changes */
    int heap;
    if (marked(a, &heap) != 1)
        return 20;
    /* past the budget: 80 MB resident */
    char *big = malloc(80 * MB);
    if (big == NULL)
        return 2;
    memset(big, 1, 80 * MB);
    ws_heap_budget();
    if (marked(a, &heap) != 0)
        return 30;
    void *b;
    m = worker_marked(&b);
    if (m != 0 && m != -2)
        return 40;
    free(big);
    free(a);
    free(b);
    return 0;
}

static void
test_worker_arena_marked_within_budget(void)
{
    int rc = in_child(arena_child);
    if (rc == 2)
        fprintf(stderr, "test_heap: arena checks skipped (no transparent "
                        "huge pages, or malloc is not glibc's)\n");
    CHECK(rc == 0 || rc == 2,
          "worker arenas: check %d failed (10+: not marked at the start, "
          "20: unmarked under the budget, 30: still marked past it, 40: a "
          "new worker marked past it)",
          rc);
}

/* (in a child) $WHOSAID_HUGEPAGES=0, a worker: 1 when its arena was
 * marked */
static int
off_arena_child(void)
{
    setenv("WHOSAID_HUGEPAGES", "0", 1);
    mallopt(M_TOP_PAD, 64 << 20);
    void *a;
    return worker_marked(&a) == 1 ? 1 : 0;
}

/* $WHOSAID_HUGEPAGES=0: a worker's arena is not marked either */
static void
test_worker_arena_off_by_environment(void)
{
    CHECK(in_child(off_arena_child) == 0,
          "WHOSAID_HUGEPAGES=0: a worker's arena was marked");
}

int
main(void)
{
    /* the arenas' first: the children of a process past the budget (the
     * heap test grows it by 160 MB) would start past it */
    test_worker_arena_marked_within_budget();
    test_worker_arena_off_by_environment();
    test_off_by_environment_marks_nothing();
    test_heap_marked_as_it_grows();
    TEST_END();
}
