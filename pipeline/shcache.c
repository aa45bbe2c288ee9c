/*
 * shcache.c - a cache of word answers shared by the threads of a process
 * (the Hunspell answers of a language, models.c): an answer computed by
 * one worker of `whosaid run -j N` is not computed again by the others,
 * and the process keeps one copy of it instead of one per worker.
 *
 * An entry is a key, answer bits and an optional value (bytes).  Its key
 * and value are written once and never change; its bits are only ever
 * added to (atomically), answers being pure functions of the key.  A
 * value for a key whose entry has none gives a new entry (with the old
 * bits) that replaces the old one in the table; the old one stays.
 * Nothing is removed until the cache is freed, so what a reader holds
 * stays valid.
 *
 * The table's slots are 64-bit words holding the key's 32-bit hash and
 * the entry's offset in a pool of fixed 64 KB chunks, whose chunk array
 * is allocated whole at creation.  A reader loads the table and a slot
 * with acquire order and reads the entry without a lock (the entry and
 * its chunk pointer were written before the slot was stored with
 * release order); writers take the mutex.  The table doubles at 3/4
 * full: the writer fills a new one and publishes it with a release
 * store; the old ones stay (a reader may be in one) until the cache is
 * freed, together half the current one.  (A table allocated at its
 * bound was resident whole after a few thousand scattered stores.)  The
 * cache is bounded (entries and bytes, given at creation): once full, a
 * put is refused and the caller keeps the answer elsewhere.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ws_int.h"

#define SC_BITS  16
#define SC_CHUNK ((size_t)1 << SC_BITS)

typedef struct sc_table {
    struct sc_table *older;   /* the table before this one (kept) */
    size_t mask;              /* slots - 1 */
    _Atomic uint64_t slots[]; /* hash << 32 | offset (0: empty) */
} sc_table;

struct ws_shcache {
    /* what readers use */
    _Atomic(sc_table *) tab;
    unsigned char **chunks; /* nchunks_max pointers, filled in order */
    /* the writers' (under mu), on cache lines of their own so that a
     * put does not take the readers' line from the other cores */
    _Alignas(64) pthread_mutex_t mu;
    size_t max_entries;
    size_t nchunks, nchunks_max;
    size_t used; /* in the last chunk */
    size_t count;
};

/* An entry: the bits (read and or-ed atomically), the key's length, the
 * value's length (2 bytes, little-endian), the key and a NUL, the value
 * and a NUL. */
#define SC_HDR 4

/* The first table's slots */
#define SC_FIRST 1024

static sc_table *
sc_table_new(size_t nslots)
{
    sc_table *t = malloc(sizeof(*t) + nslots * sizeof(t->slots[0]));
    if (t == NULL)
        return NULL;
    t->older = NULL;
    t->mask = nslots - 1;
    for (size_t i = 0; i < nslots; i++)
        atomic_init(&t->slots[i], 0);
    return t;
}

ws_shcache *
ws_shcache_new(size_t max_entries, size_t max_bytes)
{
    if (max_entries < 16)
        max_entries = 16;
    size_t nchunks = max_bytes / SC_CHUNK + 1;
    if (nchunks > ((size_t)1 << (32 - SC_BITS)))
        nchunks = (size_t)1 << (32 - SC_BITS);
    ws_shcache *c = aligned_alloc(64, sizeof(*c));
    if (c == NULL)
        return NULL;
    memset(c, 0, sizeof(*c));
    sc_table *t = sc_table_new(SC_FIRST);
    c->chunks = calloc(nchunks, sizeof(*c->chunks));
    if (t == NULL || c->chunks == NULL) {
        free(t);
        free(c->chunks);
        free(c);
        return NULL;
    }
    atomic_init(&c->tab, t);
    c->max_entries = max_entries;
    c->nchunks_max = nchunks;
    pthread_mutex_init(&c->mu, NULL);
    return c;
}

void
ws_shcache_free(ws_shcache *c)
{
    if (c == NULL)
        return;
    for (size_t i = 0; i < c->nchunks; i++)
        free(c->chunks[i]);
    free(c->chunks);
    sc_table *t = atomic_load(&c->tab);
    while (t != NULL) {
        sc_table *o = t->older;
        free(t);
        t = o;
    }
    pthread_mutex_destroy(&c->mu);
    free(c);
}

static inline unsigned char *
sc_at(const ws_shcache *c, uint32_t off)
{
    return c->chunks[off >> SC_BITS] + (off & (SC_CHUNK - 1));
}

/* The slot word of key in table t (acquire-loaded) with *j its slot, or
 * 0 with *j the empty slot where it would go. */
static uint64_t
sc_find(const ws_shcache *c, sc_table *t, const char *key, size_t klen,
        uint32_t h, size_t *j)
{
    size_t i = h & t->mask;
    for (;; i = (i + 1) & t->mask) {
        uint64_t s = atomic_load_explicit(&t->slots[i], memory_order_acquire);
        if (s == 0 || (uint32_t)(s >> 32) == h) {
            *j = i;
            if (s == 0)
                return 0;
            const unsigned char *e = sc_at(c, (uint32_t)s);
            if (e[1] == klen && memcmp(e + SC_HDR, key, klen) == 0)
                return s;
        }
    }
}

const unsigned char *
ws_shcache_get(ws_shcache *c, const char *key, size_t klen, uint32_t h)
{
    if (c == NULL || klen > 255)
        return NULL;
    size_t j;
    sc_table *t = atomic_load_explicit(&c->tab, memory_order_acquire);
    uint64_t s = sc_find(c, t, key, klen, h, &j);
    return s != 0 ? sc_at(c, (uint32_t)s) : NULL;
}

unsigned
ws_shcache_bits(const unsigned char *e)
{
    return __atomic_load_n(&e[0], __ATOMIC_ACQUIRE);
}

const char *
ws_shcache_key(const unsigned char *e)
{
    return (const char *)e + SC_HDR;
}

const char *
ws_shcache_value(const unsigned char *e, size_t *vlen)
{
    *vlen = (size_t)e[2] | (size_t)e[3] << 8;
    return (const char *)e + SC_HDR + e[1] + 1;
}

/* Doubles the table (the caller holds the mutex) */
static sc_table *
sc_grow(ws_shcache *c, sc_table *t)
{
    sc_table *nt = sc_table_new((t->mask + 1) * 2);
    if (nt == NULL)
        return NULL;
    for (size_t i = 0; i <= t->mask; i++) {
        uint64_t s = atomic_load_explicit(&t->slots[i], memory_order_relaxed);
        if (s == 0)
            continue;
        size_t k = (uint32_t)(s >> 32) & nt->mask;
        while (atomic_load_explicit(&nt->slots[k], memory_order_relaxed))
            k = (k + 1) & nt->mask;
        atomic_store_explicit(&nt->slots[k], s, memory_order_relaxed);
    }
    nt->older = t;
    atomic_store_explicit(&c->tab, nt, memory_order_release);
    return nt;
}

int
ws_shcache_put(ws_shcache *c, const char *key, size_t klen, uint32_t h,
               unsigned bits, const void *val, size_t vlen,
               const unsigned char **eout)
{
    *eout = NULL;
    /* an entry fits in one chunk (offset 0 of the first is never used) */
    if (c == NULL || klen > 255 || bits > 255 ||
        (val != NULL && SC_HDR + klen + 1 + vlen + 1 > SC_CHUNK - 1))
        return -1;
    int rc = -1;
    pthread_mutex_lock(&c->mu);
    size_t j;
    sc_table *t = atomic_load_explicit(&c->tab, memory_order_relaxed);
    uint64_t had = sc_find(c, t, key, klen, h, &j);
    unsigned char *old = had != 0 ? sc_at(c, (uint32_t)had) : NULL;
    if (old != NULL && (val == NULL || old[2] != 0 || old[3] != 0)) {
        /* the answer's bits join the entry's (a value it has already
         * is kept: the same answer) */
        __atomic_fetch_or(&old[0], (unsigned char)bits, __ATOMIC_RELEASE);
        *eout = old;
        rc = 1;
        goto out;
    }
    if (old == NULL && c->count >= c->max_entries)
        goto out;
    if (val == NULL)
        vlen = 0;
    size_t n = SC_HDR + klen + 1 + vlen + 1;
    if (c->nchunks == 0 || c->used + n > SC_CHUNK) {
        if (c->nchunks == c->nchunks_max)
            goto out;
        unsigned char *ch = malloc(SC_CHUNK);
        if (ch == NULL)
            goto out;
        c->chunks[c->nchunks++] = ch;
        /* offset 0 is never an entry's (an empty slot with hash 0) */
        c->used = c->nchunks == 1 ? 1 : 0;
    }
    if (old == NULL && (c->count + 1) * 4 > (t->mask + 1) * 3) {
        sc_table *nt = sc_grow(c, t);
        if (nt == NULL)
            goto out;
        t = nt;
        sc_find(c, t, key, klen, h, &j);
    }
    uint32_t off = (uint32_t)(((c->nchunks - 1) << SC_BITS) | c->used);
    unsigned char *e = c->chunks[c->nchunks - 1] + c->used;
    c->used += n;
    e[0] = (unsigned char)(bits | (old != NULL ? ws_shcache_bits(old) : 0));
    e[1] = (unsigned char)klen;
    e[2] = (unsigned char)(vlen & 0xff);
    e[3] = (unsigned char)(vlen >> 8);
    memcpy(e + SC_HDR, key, klen);
    e[SC_HDR + klen] = '\0';
    if (vlen > 0)
        memcpy(e + SC_HDR + klen + 1, val, vlen);
    e[SC_HDR + klen + 1 + vlen] = '\0';
    if (old == NULL)
        c->count++;
    atomic_store_explicit(&t->slots[j], (uint64_t)h << 32 | off,
                          memory_order_release);
    *eout = e;
    rc = 0;
out:
    pthread_mutex_unlock(&c->mu);
    return rc;
}

size_t
ws_shcache_count(ws_shcache *c)
{
    pthread_mutex_lock(&c->mu);
    size_t n = c->count;
    pthread_mutex_unlock(&c->mu);
    return n;
}
