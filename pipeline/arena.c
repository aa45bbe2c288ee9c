/*
 * arena.c - a bump allocator for per-record annotations.
 *
 * Blocks are chained; ws_arena_reset() keeps the first (largest) block and
 * frees the rest, so a stream of similar records settles into one block.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ws.h"

typedef struct block {
    struct block *next;
    size_t size, used;
    max_align_t data[];
} block;

struct ws_arena {
    block *head;
};

#define ARENA_MIN ((size_t)64 * 1024)
/* A new arena's first block.  Most arenas are documents', and a batch's
 * last stage allocates in a block lent to the document (ws_arena_lend),
 * not in the document's own: on 8 MB of English the 64 documents of
 * `run -j1` used 7-9 KB of theirs at most.  With the 64 KB of ARENA_MIN
 * the 64 first blocks took 4 MB of the heap, which is in huge pages
 * (heap.c): resident whole, zeroed by the kernel as the run starts.  An
 * arena that needs more grows a block of ARENA_MIN and keeps it
 * (ws_arena_reset keeps the largest). */
#define ARENA_FIRST ((size_t)16 * 1024)

static block *
block_new(size_t size)
{
    block *b = malloc(sizeof(block) + size);
    if (b == NULL)
        return NULL;
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

ws_arena *
ws_arena_new(void)
{
    ws_arena *a = calloc(1, sizeof(*a));
    if (a == NULL)
        return NULL;
    a->head = block_new(ARENA_FIRST);
    if (a->head == NULL) {
        free(a);
        return NULL;
    }
    return a;
}

void
ws_arena_free(ws_arena *a)
{
    if (a == NULL)
        return;
    block *b = a->head;
    while (b != NULL) {
        block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

/* Frees every block; the arena stays usable (its next allocation starts
 * a new block). */
void
ws_arena_release(ws_arena *a)
{
    block *b = a->head;
    while (b != NULL) {
        block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

/*
 * Keeps the largest block, frees the others.  Memory handed out before is
 * invalid afterwards.
 */
void
ws_arena_reset(ws_arena *a)
{
    block *keep = NULL;
    for (block *b = a->head; b != NULL; b = b->next)
        if (keep == NULL || b->size > keep->size)
            keep = b;
    block *b = a->head;
    while (b != NULL) {
        block *next = b->next;
        if (b != keep)
            free(b);
        b = next;
    }
    /* A huge block from one enormous record is not kept forever. */
    if (keep != NULL && keep->size > 64 * ARENA_MIN) {
        free(keep);
        keep = block_new(ARENA_MIN);
    }
    a->head = keep;
    if (keep != NULL) {
        keep->next = NULL;
        keep->used = 0;
    }
}

/* n rounded up to the alignment of the arena's allocations */
static inline size_t
pad_to_align(size_t n)
{
    const size_t align = sizeof(max_align_t);
    n = (n + align - 1) / align * align;
    return n == 0 ? align : n;
}

/* n bytes, not zeroed; NULL when out of memory. */
static void *
arena_take(ws_arena *a, size_t n)
{
    n = pad_to_align(n);
    block *b = a->head;
    if (b == NULL || b->size - b->used < n) {
        size_t size = n > ARENA_MIN ? n : ARENA_MIN;
        if (b != NULL && b->size * 2 > size && b->size * 2 >= n)
            size = b->size * 2;
        block *nb = block_new(size);
        if (nb == NULL)
            return NULL;
        nb->next = a->head;
        a->head = nb;
        b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

void *
ws_arena_alloc(ws_arena *a, size_t n)
{
    void *p = arena_take(a, n);
    if (p != NULL)
        memset(p, 0, n);
    return p;
}

/* n bytes, not zeroed: for a buffer the caller writes before it reads
 * any byte of it */
void *
ws_arena_alloc_raw(ws_arena *a, size_t n)
{
    return arena_take(a, n);
}

char *
ws_arena_strndup(ws_arena *a, const char *s, size_t n)
{
    /* every byte is written (the string, then zeros up to the
     * alignment, as ws_arena_alloc leaves them): not zeroed first.  The
     * zeros after the string lie in the last alignment unit (at most
     * that many of them): that unit is zeroed, a store of constant size,
     * then the string is copied over its start. */
    const size_t align = sizeof(max_align_t);
    size_t m = pad_to_align(n + 1);
    char *p = arena_take(a, n + 1);
    if (p == NULL)
        return NULL;
    memset(p + m - align, 0, align);
    memcpy(p, s, n);
    return p;
}

char *
ws_arena_strdup(ws_arena *a, const char *s)
{
    return ws_arena_strndup(a, s, strlen(s));
}

char *
ws_arena_printf(ws_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = arena_take(a, (size_t)n + 1);
    if (p == NULL)
        return NULL;
    memset(p + n, 0, pad_to_align((size_t)n + 1) - (size_t)n);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void *
ws_arena_lend(ws_arena *a, void *spare)
{
    block *mark = a->head;
    /* without a spare, a block of its own all the same: what is allocated
     * from here on goes back with it at ws_arena_reclaim (in a's first
     * block it stayed until a's reset), and the block is the next spare */
    block *b = spare != NULL ? spare : block_new(ARENA_MIN);
    if (b != NULL) {
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    return mark;
}

void *
ws_arena_reclaim(ws_arena *a, void *mark)
{
    block *keep = NULL;
    for (block *b = a->head; b != NULL && b != (block *)mark; b = b->next)
        if (keep == NULL || b->size > keep->size)
            keep = b;
    block *b = a->head;
    while (b != NULL && b != (block *)mark) {
        block *next = b->next;
        if (b != keep)
            free(b);
        b = next;
    }
    a->head = mark;
    /* as ws_arena_reset: a huge block from one enormous record is not
     * kept */
    if (keep != NULL && keep->size > 64 * ARENA_MIN) {
        free(keep);
        keep = NULL;
    }
    if (keep != NULL) {
        keep->next = NULL;
        keep->used = 0;
    }
    return keep;
}

void
ws_arena_spare_free(void *spare)
{
    free(spare);
}
