/*
 * test_heap.c - heap.c: the single thread's heap marked for huge pages
 * (MADV_HUGEPAGE) as it grows, and left alone when $WHOSAID_HUGEPAGES is
 * 0.  The kernel's view is read back from /proc/self/smaps (a mapping's
 * VmFlags hold "hg" once marked).  Where malloc does not take its memory
 * from the program break (ASan, valgrind) or the kernel has no
 * transparent huge pages, the checks that need them are skipped, said on
 * stderr.
 */
#include <malloc.h>
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

/* $WHOSAID_HUGEPAGES=0: nothing is marked, at the start nor as the heap
 * grows (in a child: the start is once a process) */
static void
test_off_by_environment_marks_nothing(void)
{
    pid_t pid = fork();
    CHECK(pid >= 0, "fork");
    if (pid == 0) {
        setenv("WHOSAID_HUGEPAGES", "0", 1);
        mallopt(M_TOP_PAD, 64 << 20);
        ws_heap_huge_start();
        static void *v[NBLK];
        int n = 0, moved;
        _exit(grow_then_mark(v, &n, 80 * MB, &moved) == 1 ? 1 : 0);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0,
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

int
main(void)
{
    test_off_by_environment_marks_nothing();
    test_heap_marked_as_it_grows();
    TEST_END();
}
