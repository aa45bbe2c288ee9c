/*
 * map.c - a string-keyed hash map with open addressing (linear probing).
 * Keys are copied into one growing pool; values are opaque pointers.
 */
#include <stdlib.h>
#include <string.h>

#include "ws_int.h"

/* 24 bytes: the low 32 bits of the hash are enough to place a key in
 * any table below 2^32 slots and to skip nearly all unequal keys (the
 * word caches' tables are most of a worker's memory). */
typedef struct {
    const char *key;
    uint32_t klen;
    uint32_t hash;
    void *value;
} slot;

typedef struct pool {
    struct pool *next;
    size_t used, size;
    char data[];
} pool;

/* The map's own hash (not ws_hash64, whose values name documents): eight
 * bytes at a time with a multiply-xorshift mix. */
static inline uint64_t
mix(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

/* x, loaded from memory, as the little-endian number of its bytes */
static inline uint32_t
le32(uint32_t x)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return __builtin_bswap32(x);
#else
    return x;
#endif
}

uint64_t
ws_map_hash(const char *key, size_t n)
{
    const unsigned char *s = (const unsigned char *)key;
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)n * 0xff51afd7ed558ccdULL);
    while (n >= 8) {
        uint64_t v;
        memcpy(&v, s, 8);
        h = mix(h ^ v) + 0x9E3779B97F4A7C15ULL;
        s += 8;
        n -= 8;
    }
    /* the last n < 8 bytes as a little-endian number: two overlapping
     * loads (a byte in both lands in the same place in each) */
    uint64_t v = 0;
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, s + n - 4, 4);
        v = (uint64_t)le32(lo) | (uint64_t)le32(hi) << (8 * (n - 4));
    } else if (n >= 2) {
        v = (uint64_t)s[0] | (uint64_t)s[1] << 8 |
            (uint64_t)s[n - 1] << (8 * (n - 1));
    } else if (n == 1) {
        v = s[0];
    }
    return mix(mix(h ^ v));
}

struct ws_map {
    slot *slots;
    size_t cap, count;
    pool *pools;
};

ws_map *
ws_map_new(void)
{
    ws_map *m = calloc(1, sizeof(*m));
    if (m == NULL)
        return NULL;
    m->cap = 64;
    m->slots = calloc(m->cap, sizeof(slot));
    if (m->slots == NULL) {
        free(m);
        return NULL;
    }
    return m;
}

void
ws_map_free(ws_map *m)
{
    if (m == NULL)
        return;
    pool *p = m->pools;
    while (p) {
        pool *n = p->next;
        free(p);
        p = n;
    }
    free(m->slots);
    free(m);
}

/* The key pools grow from 512 bytes, doubling up to 64 KB: a model
 * holds some 150 maps (three per lexicon), most of a few hundred bytes of
 * keys, which 64 KB pools from the start left 8 MB of untouched-then-
 * touched memory (the pool is written from its start, but malloc's
 * bookkeeping and the next allocations land in the same pages). */
static char *
pool_copy(ws_map *m, const char *s, size_t n)
{
    if (m->pools == NULL || m->pools->size - m->pools->used < n + 1) {
        size_t size = m->pools == NULL ? 512 : m->pools->size * 2;
        if (size > 65536)
            size = 65536;
        if (size < n + 1)
            size = n + 1;
        pool *p = malloc(sizeof(pool) + size);
        if (p == NULL)
            return NULL;
        p->size = size;
        p->used = 0;
        p->next = m->pools;
        m->pools = p;
    }
    char *d = m->pools->data + m->pools->used;
    memcpy(d, s, n);
    d[n] = '\0';
    m->pools->used += n + 1;
    return d;
}

static int
grow(ws_map *m)
{
    size_t nc = m->cap * 2;
    slot *ns = calloc(nc, sizeof(slot));
    if (ns == NULL)
        return -WS_ENOMEM;
    for (size_t i = 0; i < m->cap; i++) {
        if (m->slots[i].key == NULL)
            continue;
        size_t j = m->slots[i].hash & (nc - 1);
        while (ns[j].key != NULL)
            j = (j + 1) & (nc - 1);
        ns[j] = m->slots[i];
    }
    free(m->slots);
    m->slots = ns;
    m->cap = nc;
    return 0;
}

int
ws_map_put(ws_map *m, const char *key, size_t klen, void *value)
{
    /* Load at most 3/4; at most 1/2 while the table is small (below 16K
     * slots, 512 KB: lexicons), where a miss, the common case of a
     * lexicon lookup, then probes ~2.5 slots instead of ~8.5.  (Large
     * maps are the word caches: there memory counts more.) */
    if (((m->count + 1) * 4 > m->cap * 3 ||
         (m->cap < 16384 && (m->count + 1) * 2 > m->cap)) &&
        grow(m) < 0)
        return -WS_ENOMEM;
    if (klen > UINT32_MAX)
        return -WS_ETOOBIG;
    uint32_t h = (uint32_t)ws_map_hash(key, klen);
    size_t j = h & (m->cap - 1);
    while (m->slots[j].key != NULL) {
        if (m->slots[j].hash == h && m->slots[j].klen == klen &&
            memcmp(m->slots[j].key, key, klen) == 0) {
            m->slots[j].value = value;
            return 0;
        }
        j = (j + 1) & (m->cap - 1);
    }
    char *k = pool_copy(m, key, klen);
    if (k == NULL)
        return -WS_ENOMEM;
    m->slots[j].key = k;
    m->slots[j].klen = (uint32_t)klen;
    m->slots[j].hash = h;
    m->slots[j].value = value;
    m->count++;
    return 0;
}

void *
ws_map_get_h(const ws_map *m, const char *key, size_t klen, uint64_t h64)
{
    uint32_t h = (uint32_t)h64;
    size_t mask = m->cap - 1, j = h & mask;
    while (m->slots[j].key != NULL) {
        if (m->slots[j].hash == h && m->slots[j].klen == klen &&
            memcmp(m->slots[j].key, key, klen) == 0)
            return m->slots[j].value;
        j = (j + 1) & mask;
    }
    return NULL;
}

void *
ws_map_get(const ws_map *m, const char *key, size_t klen)
{
    return ws_map_get_h(m, key, klen, ws_map_hash(key, klen));
}

size_t
ws_map_count(const ws_map *m)
{
    return m->count;
}
