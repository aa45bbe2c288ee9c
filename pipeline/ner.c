/*
 * ner.c - the ner stage: typed entity mentions, person-role-organisation
 * links, in-document coreference and canonical names.
 *
 * Types: PERSON, ORG, LOC, MISC come from the trained tagger
 * (models/<lang>/ner.model) when there is one, and from rules that work
 * without it (gazetteers, titles, roles, capitalised sequences that the
 * dictionary does not explain); GOV, MEDIA, NORP and ROLE come from the
 * lexicons models/<lang>/ner-*.tsv and from patterns around them (a GOV head
 * noun with its modifiers and complements: "Ukrainian Foreign Ministry",
 * "Ministry of Foreign Affairs of Ukraine", "Міністерства закордонних справ
 * України", "ministère des Affaires étrangères").
 *
 * Lexicon files (one per kind; format of lexicon.c: "phrase<TAB>value",
 * '#' comments).  The phrase is matched on case-folded tokens; a word
 * "abc*" matches tokens starting with "abc", a word "*abc" tokens ending in
 * it (German compounds: "*sprecher").  How the phrase is written sets a
 * case condition on the text: all capitals ("UN", "MFA") must appear in
 * capitals, a capitalised phrase ("Reuters") must start with a capital, a
 * lower-case phrase matches any case.  The value is a list of fields
 * separated by spaces: a kind tag (head, dom, full, mod, conn, det, say,
 * in, anaphor, stop, part, pron), a gender (m, f, n, p), and "=Canonical
 * name" (the rest of the value).
 *
 * The lexicons are loaded once per process and language into a shared
 * read-only index (one hash table for every ner-*.tsv of a language); per
 * document the stage allocates a few arrays from the document's arena, never
 * per token.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ws_int.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ---- lexicon kinds ---- */
enum {
    NK_ORG,
    NK_MEDIA,
    NK_LOC,
    NK_NORP,
    NK_ROLE,
    NK_GOV,
    NK_GOVHEAD,
    NK_GOVDOM,
    NK_ORGHEAD,
    NK_MEDIAHEAD,
    NK_ROLEMOD,
    NK_TITLE,
    NK_FIRST,
    NK_STOP,
    NK_SAY,
    NK_PREPLOC,
    NK_CONN,
    NK_DET,
    NK_ANAPH,
    NK_PART,
    NK_PRON,
    NK_COORD,
    NK_ACCT,
    NK_REGION,
    NK_OUTLET,
    NK_MONTH,
    NK_ORGCLASS,
    NK_WORK,
    NK_PLACE,
    NK_FACIL,
    NK_LIKE,
    NK_KIN,
    NK_AUX,
    NK_N
};

#define NW_MAX  8
#define NM_TOK  12 /* matches kept per token */
#define MAX_RUN 6  /* tokens in a capitalised run */
#define KEY_MAX 128

enum { WM_EXACT, WM_PREFIX, WM_SUFFIX };

/* (what match_from() and match_score() read first: the lengths, modes
 * and case, then the words, so that an entry's first words and their
 * lengths are in one cache line more often than not) */
typedef struct {
    uint16_t wl[NW_MAX];
    uint8_t mode[NW_MAX];
    uint8_t nw, kind, gender, ccase; /* ccase: 0 any, 1 capital, 2 caps */
    const char *w[NW_MAX];
    const char *canon; /* NULL: the surface text */
} nent;

/* What consider_chain() finds in the chain of an exact key at a token
 * that is the key, when the next token's first byte passes over the
 * chain's entries of two or more words: the best of its one-word
 * entries, which depends on the token's case alone (crec_build()).  Some
 * 60 % of English words have a key, and 92 % of their chains are
 * answered from this record instead of a walk of their nodes (the chain
 * of "the" is ten nodes).  In the key's slot (nslot.rec). */
#define CREC_WALK 0xff /* crec.kind[]: the chain is walked */
#define CREC_NONE 0xfe /* crec.kind[]: no match */
#define CREC_LIST 0xfd /* crec.kind[]: the matches of list ent[] */
typedef struct {
    /* per case (as kind[]): bit b2 & 31 of each entry of two or more
     * words the case lets match that the next token's first byte passes
     * over when it differs (nnode.b2); by case, as most such entries ask
     * for a capital ("The Guardian"), and "the" in lower case was walked
     * before most words starting with one of their second words' bytes */
    uint32_t b2m[4];
    /* per case (the bits of nnode.need the token fails): the match of
     * kind kind[] and entry ent[] (an EXACT first word as long as the
     * token), or CREC_NONE or CREC_WALK, or CREC_LIST and the matches
     * of list ent[] of nlex.clist */
    uint8_t kind[4];
    uint16_t ent[4];
    uint32_t pad; /* (to 32 bytes) */
} nrec;
_Static_assert(sizeof(nrec) == 32, "a record: half a slot");

/* A key's slot: a cache line (the table is aligned to one), with the
 * key's first KEY_IN bytes in it, so that a probe for a key of up to
 * KEY_IN bytes (most words) reads nothing but its line; a longer key is
 * compared in the pool (k).  An exact key's record is in the same line:
 * find_matches() reads one line a word with a key, where a slot of 32
 * bytes and the record by the chain's first node were two lines read
 * one after the other (the record's address from the slot), most of
 * find_matches()' time by perf.  (English: 4096 slots, 256 KB, where
 * the slots and records took 186 KB.) */
#define KEY_IN 12
typedef struct {
    uint32_t h;
    int32_t head; /* first node, -1 = empty slot */
    uint16_t kl;
    uint8_t mode;
    char kin[KEY_IN]; /* the key's first bytes, zero after its end */
    const char *k;
    nrec rec; /* an exact key's record (crec_build()); else CREC_WALK */
} nslot;
_Static_assert(sizeof(nslot) == 64, "a slot a cache line");

typedef struct {
    int32_t ent, next;
    /* for consider_chain(): the first byte of the entry's second word
     * when that word is matched from its start (EXACT or PREFIX) after an
     * EXACT first word, else -1; and the first word's length */
    int16_t b2;
    uint16_t wl0;
    /* the entry's case condition on its first token (its ccase as bits
     * of ncase(): 1 a capital, 2 all capitals; 0 any), so that an entry
     * the token's case rules out is passed over without reading it */
    uint8_t need;
    /* the entry's words, kind and first word's mode: consider_chain()
     * ranks a one-word entry matched by a whole token without reading
     * the entry */
    uint8_t nw, kind, mode0;
} nnode;
_Static_assert(sizeof(nnode) == 16, "four nodes to a cache line");

/* A record's answer of two kinds or more ("The": det and stop; "its":
 * det and pron), in the order of their first entries in the chain.  Of
 * 16.7k chains walked per MB of English, 9.3k were such cases; with the
 * lists and b2m by case, 6.1k walks are left. */
#define CLIST_MAX 4
typedef struct {
    uint8_t n;
    uint8_t kind[CLIST_MAX];
    uint16_t ent[CLIST_MAX];
} nclist;

/* Adds the kind and entry of one-word node n to l unless its kind is in l
 * already (the list keeps each kind's first entry); 0 when l is full
 * (CLIST_MAX kinds) and n's kind is not in it */
static int
clist_add(nclist *l, const nnode *n)
{
    for (int j = 0; j < l->n; j++)
        if (l->kind[j] == n->kind)
            return 1;
    if (l->n == CLIST_MAX)
        return 0;
    l->kind[l->n] = n->kind;
    l->ent[l->n++] = (uint16_t)n->ent;
    return 1;
}

typedef struct nlex {
    char lang[8];
    char *dir;
    nent *e;
    int32_t ne, cape;
    nslot *slot;
    uint32_t cap, used;
    nnode *node;
    int32_t nn, capn;
    uint64_t prelens, suflens; /* bit L: a prefix/suffix key of L bytes */
    uint64_t *bloom;           /* key_filter(): two bits per key, NULL: none */
    uint32_t bmask;            /* its words - 1 */
    nclist *clist;             /* the records' lists (CREC_LIST) */
    char *pool;
    size_t pool_left;
    int nouns_cap; /* every noun is capitalised (German) */
    int inflect;   /* names inflect (uk, ru, pl, de genitive) */
    int headfirst; /* GOV complements follow the head without a preposition */
    int titlecase; /* every word of a GOV name is capitalised (pl) */
    int elide;     /* French elision: l', d' */
    int norpgov;   /* a nationality adjective makes a lower-case head GOV */
    struct nlex *next;
} nlex;

static pthread_mutex_t lex_mu = PTHREAD_MUTEX_INITIALIZER;
static nlex *lex_all;

static char *
pool_dup(nlex *lx, const char *s, size_t n)
{
    if (lx->pool_left < n + 1) {
        size_t sz = n + 1 > 65536 ? n + 1 : 65536;
        lx->pool = malloc(sz);
        if (!lx->pool)
            return NULL;
        lx->pool_left = sz;
    }
    char *p = lx->pool;
    memcpy(p, s, n);
    p[n] = '\0';
    lx->pool += n + 1;
    lx->pool_left -= n + 1;
    return p;
}

/* A prefix or suffix key's hash: FNV-1a of its bytes, the mode mixed in
 * after them, so that find_matches() hashes a token's bytes once for all
 * its prefix keys.  An exact key's (a whole token's form, the lookup of
 * every word) is taken as two words of eight bytes: whole_mix(). */
#define FNV_SEED 2166136261u
static inline uint32_t
fnv_step(uint32_t h, unsigned char c)
{
    return (h ^ c) * 16777619u;
}

static inline uint32_t
key_mix(uint32_t fnv, int mode)
{
    return fnv ^ (uint32_t)mode * 0x9E3779B1u;
}

/* The masks of the first n bytes (n up to 16) of two words loaded from
 * sixteen bytes of memory: the two words at ones32 + 16 - n (any byte
 * order). */
static const unsigned char ones32[32] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                         0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                         0xff, 0xff, 0xff, 0xff};

/* An exact key's hash from its length n and, for n up to 16, its first
 * sixteen bytes as two words a and b (zero past the key's end), so
 * that prep_tokens() hashes a token's form from the vector it folds it
 * in, with no branch on its length (else whole_hash_form()); a longer
 * key's bytes eight at a time (the last eight over the block before). */
static inline uint32_t
whole_mix(uint64_t a, uint64_t b, size_t n)
{
    uint64_t h = a * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full ^
                 (uint64_t)n * 0x165667B19E3779F9ull;
    /* one more multiply, its top half kept: each bit of it hangs on
     * every bit of h (the key's slot and its filter bits are the low
     * ones; two rounds of a finaliser cost prep_tokens() some 8
     * instructions a token more) */
    h ^= h >> 32;
    h *= 0xFF51AFD7ED558CCDull;
    return (uint32_t)(h >> 32);
}

static __attribute__((noinline)) uint32_t
whole_hash_long(const char *k, size_t n)
{
    uint64_t h = (uint64_t)n * 0x9E3779B97F4A7C15ull, v;
    const char *end = k + n - 8;
    for (; k < end; k += 8) {
        memcpy(&v, k, 8);
        h = (h ^ v) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    memcpy(&v, end, 8);
    return whole_mix(h ^ v, 0, n);
}

/* whole_mix() of the key's bytes, read one at a time (no byte past the
 * key: the keys of the lexicon as it is loaded, and other callers') */
static uint32_t
whole_hash(const char *k, size_t n)
{
    if (n > 16)
        return whole_hash_long(k, n);
    char buf[16] = {0};
    uint64_t a, b;
    for (size_t i = 0; i < n; i++)
        buf[i] = k[i];
    memcpy(&a, buf, 8);
    memcpy(&b, buf + 8, 8);
    return whole_mix(a, b, n);
}

/* whole_hash() of a token's form f of n bytes, with sixteen bytes
 * readable from f (prep_tokens()'s buffer), and its first sixteen
 * bytes as words in *a and *b (zero past n; for slot_find_form()) */
static inline uint32_t
whole_hash_form(const char *f, size_t n, uint64_t *a, uint64_t *b)
{
    uint64_t x, y;
    memcpy(&x, f, 8);
    memcpy(&y, f + 8, 8);
    size_t m = n < 16 ? n : 16;
    uint64_t ma, mb;
    memcpy(&ma, ones32 + 16 - m, 8);
    memcpy(&mb, ones32 + 24 - m, 8);
    *a = x & ma;
    *b = y & mb;
    if (__builtin_expect(n > 16, 0))
        return whole_hash_long(f, n);
    return whole_mix(*a, *b, n);
}

/* whole_hash_form() as an exact key's hash (slot_find_form()'s h) */
static inline uint32_t
form_key(const char *f, size_t n)
{
    uint64_t a, b;
    return key_mix(whole_hash_form(f, n, &a, &b), WM_EXACT);
}

static uint32_t
hash_key(int mode, const char *k, size_t n)
{
    if (mode == WM_EXACT)
        return key_mix(whole_hash(k, n), mode);
    uint32_t h = FNV_SEED;
    for (size_t i = 0; i < n; i++)
        h = fnv_step(h, (unsigned char)k[i]);
    return key_mix(h, mode);
}

static inline __attribute__((always_inline)) nslot *
slot_find(const nlex *lx, int mode, const char *k, size_t n, uint32_t h)
{
    uint32_t i = h & (lx->cap - 1);
    for (;;) {
        nslot *s = &lx->slot[i];
        if (s->head < 0)
            return s;
        if (s->h == h && s->kl == n && s->mode == mode &&
            ws_same_bytes(n <= KEY_IN ? s->kin : s->k, k, n))
            return s;
        i = (i + 1) & (lx->cap - 1);
    }
}

/* slot_find() of an exact key of n bytes (a token's form f) given its
 * first sixteen bytes as words a and b (whole_hash_form()): a key of up
 * to KEY_IN bytes is compared with the slot's bytes (zero past its end)
 * as two words */
static inline __attribute__((always_inline)) nslot *
slot_find_form(const nlex *lx, const char *f, size_t n, uint32_t h, uint64_t a,
               uint64_t b)
{
    _Static_assert(KEY_IN == 12, "a slot's bytes as 8 + 4");
    uint32_t i = h & (lx->cap - 1);
    for (;;) {
        nslot *s = &lx->slot[i];
        if (s->head < 0)
            return s;
        if (s->h == h && s->kl == n && s->mode == WM_EXACT) {
            if (n <= KEY_IN) {
                uint64_t x;
                uint32_t y, b4;
                memcpy(&x, s->kin, 8);
                memcpy(&y, s->kin + 8, 4);
                memcpy(&b4, &b, 4);
                if (x == a && y == b4)
                    return s;
            } else if (ws_same_bytes(s->k, f, n)) {
                return s;
            }
        }
        i = (i + 1) & (lx->cap - 1);
    }
}

static int
slot_grow(nlex *lx)
{
    uint32_t ncap = lx->cap ? lx->cap * 2 : 1024;
    nslot *ns = aligned_alloc(64, sizeof(*ns) * ncap);
    if (!ns)
        return -1;
    for (uint32_t i = 0; i < ncap; i++)
        ns[i].head = -1;
    nslot *old = lx->slot;
    uint32_t ocap = lx->cap;
    lx->slot = ns;
    lx->cap = ncap;
    for (uint32_t i = 0; i < ocap; i++) {
        if (old[i].head < 0)
            continue;
        nslot *s = slot_find(lx, old[i].mode, old[i].k, old[i].kl, old[i].h);
        *s = old[i];
    }
    free(old);
    return 0;
}

static int
cmp_slot_head(const void *a, const void *b)
{
    const nslot *p = a, *q = b;
    return p->head < q->head ? 1 : p->head > q->head ? -1 : 0;
}

/* Puts the keys back into the table, the key of the last entry loaded
 * first (a chain's head is its last entry's node): ner-context.tsv,
 * loaded last, holds the function words, by far the most frequent keys,
 * which the keys of the files before had pushed off their slots (of 83k
 * look-ups per MB of English, 23k probed a second slot and 11k a third;
 * in this order 7.7k and 2.5k).  Out of memory, the table stays as it
 * is. */
static void
slot_reorder(nlex *lx)
{
    nslot *keys = malloc(sizeof *keys * (lx->used ? lx->used : 1));
    if (!keys)
        return;
    uint32_t n = 0;
    for (uint32_t i = 0; i < lx->cap; i++)
        if (lx->slot[i].head >= 0 && n < lx->used) {
            keys[n++] = lx->slot[i];
            lx->slot[i].head = -1;
        }
    qsort(keys, n, sizeof *keys, cmp_slot_head);
    for (uint32_t i = 0; i < n; i++)
        *slot_find(lx, keys[i].mode, keys[i].k, keys[i].kl, keys[i].h) =
            keys[i];
    free(keys);
}

/* Adds entry ei under key (mode, k). */
static int
index_add(nlex *lx, int mode, const char *k, size_t n, int32_t ei)
{
    if ((lx->used + 1) * 2 > lx->cap && slot_grow(lx) < 0)
        return -1;
    uint32_t h = hash_key(mode, k, n);
    nslot *s = slot_find(lx, mode, k, n, h);
    if (s->head < 0) {
        s->k = pool_dup(lx, k, n);
        if (!s->k)
            return -1;
        s->kl = (uint16_t)n;
        memset(s->kin, 0, sizeof s->kin);
        memcpy(s->kin, k, n <= KEY_IN ? n : KEY_IN);
        s->h = h;
        s->mode = (uint8_t)mode;
        lx->used++;
    } else {
        for (int32_t j = s->head; j >= 0; j = lx->node[j].next)
            if (lx->node[j].ent == ei)
                return 0;
    }
    if (lx->nn == lx->capn) {
        int32_t nc = lx->capn ? lx->capn * 2 : 1024;
        nnode *nd = realloc(lx->node, sizeof(*nd) * (size_t)nc);
        if (!nd)
            return -1;
        lx->node = nd;
        lx->capn = nc;
    }
    const nent *e = &lx->e[ei];
    lx->node[lx->nn].ent = ei;
    lx->node[lx->nn].next = s->head < 0 ? -1 : s->head;
    lx->node[lx->nn].b2 = e->nw >= 2 && e->mode[0] == WM_EXACT &&
                                  e->mode[1] != WM_SUFFIX && e->wl[1] > 0
                              ? (int16_t)(unsigned char)e->w[1][0]
                              : -1;
    lx->node[lx->nn].wl0 = e->wl[0];
    lx->node[lx->nn].need = e->ccase == 1 ? 1 : e->ccase == 2 ? 2 : 0;
    lx->node[lx->nn].nw = e->nw;
    lx->node[lx->nn].kind = e->kind;
    lx->node[lx->nn].mode0 = e->mode[0];
    s->head = lx->nn++;
    if (mode == WM_PREFIX && n < 64)
        lx->prelens |= (uint64_t)1 << n;
    if (mode == WM_SUFFIX && n < 64)
        lx->suflens |= (uint64_t)1 << n;
    return 0;
}

/* The filter in front of the key table: for a key's hash h, the word
 * and two bits of lx->bloom that each key sets (most words of a text
 * have no key, nor most of their prefixes and suffixes: one small word
 * tested instead of a slot far out in the table). */
static inline uint64_t
key_bits(uint32_t h)
{
    return (uint64_t)1 << (h & 63) | (uint64_t)1 << (h >> 6 & 63);
}

static inline uint32_t
key_word(const nlex *lx, uint32_t h)
{
    return (h >> 12 | h << 20) & lx->bmask;
}

/* May the table hold a key of hash h?  (0: surely not.) */
static inline int
key_filter(const nlex *lx, uint32_t h)
{
    if (!lx->bloom)
        return 1;
    uint64_t b = key_bits(h);
    return (lx->bloom[key_word(lx, h)] & b) == b;
}

/* Builds lx's filter once its keys are in: some 16 bits per key. */
static void
key_filter_build(nlex *lx)
{
    uint32_t words = 64;
    while (words * 64 < 8 * lx->used)
        words *= 2;
    uint64_t *f = calloc(words, sizeof *f);
    if (!f)
        return; /* no filter: every key is looked up */
    lx->bloom = f;
    lx->bmask = words - 1;
    for (uint32_t i = 0; i < lx->cap; i++)
        if (lx->slot[i].head >= 0)
            f[key_word(lx, lx->slot[i].h)] |= key_bits(lx->slot[i].h);
}

/* The first node of key (mode, k) of hash h, or -1. */
static inline int32_t
index_head(const nlex *lx, int mode, const char *k, size_t n, uint32_t h)
{
    if (!lx->cap)
        return -1;
    return slot_find(lx, mode, k, n, h)->head;
}

/* index_head() behind the filter: for keys that are mostly absent (a
 * word's prefixes and suffixes), not for whole words, which are often
 * keys and then pay the filter on top of the table. */
static inline int32_t
index_head_filtered(const nlex *lx, int mode, const char *k, size_t n,
                    uint32_t h)
{
    return key_filter(lx, h) ? index_head(lx, mode, k, n, h) : -1;
}

static int32_t
index_get(const nlex *lx, int mode, const char *k, size_t n)
{
    return index_head_filtered(lx, mode, k, n, hash_key(mode, k, n));
}

/* Case-folds s into buf, with typographic apostrophes made ASCII. */
static int
fold_norm(const char *s, size_t n, char *buf, size_t cap)
{
    int l = ws_utf8_fold(s, n, buf, cap);
    if (l < 0)
        return -1;
    int o = 0;
    for (int i = 0; i < l; i++) {
        unsigned char c = (unsigned char)buf[i];
        if (c == 0xE2 && i + 2 < l && (unsigned char)buf[i + 1] == 0x80 &&
            (unsigned char)buf[i + 2] == 0x99) {
            buf[o++] = '\'';
            i += 2;
        } else if (c == 0xCA && i + 1 < l &&
                   (unsigned char)buf[i + 1] == 0xBC) {
            buf[o++] = '\'';
            i += 1;
        } else {
            buf[o++] = (char)c;
        }
    }
    buf[o] = '\0';
    return o;
}

/* Bytes of a French elided article or preposition at the start of a
 * folded word ("l'", "d'", "qu'"), or 0. */
static int
elision(const char *f, int n)
{
    static const char *el[] = {"l'", "d'", "j'",  "n'",      "s'",     "c'",
                               "m'", "t'", "qu'", "lorsqu'", "jusqu'", NULL};
    for (int i = 0; el[i]; i++) {
        int l = (int)strlen(el[i]);
        if (n > l + 1 && memcmp(f, el[i], (size_t)l) == 0)
            return l;
    }
    return 0;
}

static int
is_sepch(char c)
{
    return c == '-' || c == '\'' || c == '.' || c == '_' || c == '/';
}

static int
tag_kind(const char *t, size_t n, int defkind)
{
    static const struct {
        const char *name;
        int kind;
    } tags[] = {
        {"dom", NK_GOVDOM},    {"full", -2},          {"mod", NK_ROLEMOD},
        {"conn", NK_CONN},     {"det", NK_DET},       {"say", NK_SAY},
        {"in", NK_PREPLOC},    {"anaphor", NK_ANAPH}, {"stop", NK_STOP},
        {"part", NK_PART},     {"pron", NK_PRON},     {"first", NK_FIRST},
        {"title", NK_TITLE},   {"role", NK_ROLE},     {"head", -3},
        {"coord", NK_COORD},   {"account", NK_ACCT},  {"region", NK_REGION},
        {"outlet", NK_OUTLET}, {"month", NK_MONTH},   {"orgclass", NK_ORGCLASS},
        {"work", NK_WORK},     {"place", NK_PLACE},   {"facility", NK_FACIL},
        {"like", NK_LIKE},     {"kin", NK_KIN},       {"aux", NK_AUX}};
    for (size_t i = 0; i < sizeof(tags) / sizeof(tags[0]); i++) {
        if (strlen(tags[i].name) == n && memcmp(tags[i].name, t, n) == 0) {
            if (tags[i].kind == -2)
                return defkind;
            if (tags[i].kind == -3)
                return defkind == NK_ORG     ? NK_ORGHEAD
                       : defkind == NK_MEDIA ? NK_MEDIAHEAD
                                             : NK_GOVHEAD;
            return tags[i].kind;
        }
    }
    return -1;
}

/* Parses one lexicon line into a new entry. */
static int
lex_line(nlex *lx, char *line, int defkind)
{
    char *tab = strchr(line, '\t');
    char *val = NULL;
    if (tab) {
        *tab = '\0';
        val = tab + 1;
    }
    size_t pl = strlen(line);
    while (pl && (line[pl - 1] == ' ' || line[pl - 1] == '\r'))
        line[--pl] = '\0';
    if (!pl)
        return 0;
    if (lx->ne == lx->cape) {
        int32_t nc = lx->cape ? lx->cape * 2 : 512;
        nent *ne = realloc(lx->e, sizeof(*ne) * (size_t)nc);
        if (!ne)
            return -1;
        lx->e = ne;
        lx->cape = nc;
    }
    nent *e = &lx->e[lx->ne];
    memset(e, 0, sizeof(*e));
    e->kind = (uint8_t)defkind;
    /* case condition from the first word as written */
    {
        int nlet = 0, nup = 0, first_up = -1;
        size_t i = 0;
        while (i < pl && line[i] != ' ') {
            int32_t cp = ws_utf8_decode(line, pl, &i);
            if (cp < 0 || cp == '*')
                continue;
            if (ws_cp_is_letter(cp)) {
                if (first_up < 0)
                    first_up = ws_cp_is_upper(cp);
                nlet++;
                if (ws_cp_is_upper(cp))
                    nup++;
            }
        }
        if (nlet > 1 && nup == nlet)
            e->ccase = 2;
        else if (first_up == 1)
            e->ccase = 1;
    }
    char fb[1024];
    int fl = fold_norm(line, pl, fb, sizeof(fb));
    if (fl <= 0)
        return 0;
    char *p = fb, *end = fb + fl;
    while (p < end && e->nw < NW_MAX) {
        while (p < end && *p == ' ')
            p++;
        char *q = p;
        while (q < end && *q != ' ')
            q++;
        if (q == p)
            break;
        int mode = WM_EXACT;
        char *a = p, *b = q;
        if (lx->elide)
            a += elision(a, (int)(b - a));
        if (b - a > 1 && b[-1] == '*') {
            mode = WM_PREFIX;
            b--;
        } else if (b - a > 1 && a[0] == '*') {
            mode = WM_SUFFIX;
            a++;
        }
        int j = e->nw++;
        e->w[j] = pool_dup(lx, a, (size_t)(b - a));
        if (!e->w[j])
            return -1;
        e->wl[j] = (uint16_t)(b - a);
        e->mode[j] = (uint8_t)mode;
        p = q;
    }
    if (!e->nw)
        return 0;
    if (val) {
        char *v = val;
        size_t vl = strlen(v);
        while (vl && (v[vl - 1] == '\r' || v[vl - 1] == ' '))
            v[--vl] = '\0';
        while (*v) {
            while (*v == ' ')
                v++;
            if (!*v)
                break;
            if (*v == '=') {
                e->canon = pool_dup(lx, v + 1, strlen(v + 1));
                break;
            }
            char *q = v;
            while (*q && *q != ' ')
                q++;
            size_t n = (size_t)(q - v);
            int k;
            if (n == 1 && strchr("mfnp", *v))
                e->gender = (uint8_t)*v;
            else if ((k = tag_kind(v, n, defkind)) >= 0)
                e->kind = (uint8_t)k;
            v = q;
        }
    }
    int32_t ei = lx->ne++;
    if (index_add(lx, e->mode[0], e->w[0], e->wl[0], ei) < 0)
        return -1;
    /* also under the first segment of a word the tokenizer may split */
    if (e->mode[0] != WM_SUFFIX) {
        for (int i = 1; i < e->wl[0]; i++) {
            if (is_sepch(e->w[0][i])) {
                if (index_add(lx, WM_EXACT, e->w[0], (size_t)i, ei) < 0)
                    return -1;
                break;
            }
        }
    }
    return 0;
}

static const struct {
    const char *file;
    int kind;
} lex_files[] = {
    {"ner-orgs.tsv", NK_ORG},     {"ner-media.tsv", NK_MEDIA},
    {"ner-places.tsv", NK_LOC},   {"ner-norp.tsv", NK_NORP},
    {"ner-roles.tsv", NK_ROLE},   {"ner-gov.tsv", NK_GOV},
    {"ner-titles.tsv", NK_TITLE}, {"ner-gender.tsv", NK_FIRST},
    {"ner-context.tsv", NK_STOP},
};

static int
lex_load_file(nlex *lx, const char *path, int kind)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return 0;
    char line[2048];
    int rc = 0;
    while (fgets(line, sizeof(line), fp)) {
        size_t n = strlen(line);
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = '\0';
        char *s = line;
        while (*s == ' ')
            s++;
        if (!*s || *s == '#')
            continue;
        if ((rc = lex_line(lx, s, kind)) < 0)
            break;
    }
    fclose(fp);
    return rc < 0 ? -1 : 1;
}

static void crec_build(nlex *lx);

/* The lexicon set of lang (loaded on first use), or NULL. */
static const nlex *
lex_get(ws_models *m, const char *lang)
{
    const char *dir = m ? ws_models_dir(m) : NULL;
    if (!dir)
        dir = "";
    pthread_mutex_lock(&lex_mu);
    nlex *lx;
    for (lx = lex_all; lx; lx = lx->next)
        if (strcmp(lx->lang, lang) == 0 && strcmp(lx->dir, dir) == 0)
            break;
    if (!lx && m) {
        lx = calloc(1, sizeof(*lx));
        if (lx) {
            snprintf(lx->lang, sizeof(lx->lang), "%s", lang);
            lx->dir = strdup(dir);
            lx->nouns_cap = strcmp(lang, "de") == 0;
            lx->inflect = strcmp(lang, "uk") == 0 || strcmp(lang, "ru") == 0 ||
                          strcmp(lang, "pl") == 0;
            lx->headfirst = lx->inflect;
            lx->titlecase = strcmp(lang, "pl") == 0;
            lx->elide = strcmp(lang, "fr") == 0 || strcmp(lang, "it") == 0;
            lx->norpgov = strcmp(lang, "en") != 0;
            int found = 0;
            for (size_t i = 0; i < sizeof(lex_files) / sizeof(lex_files[0]);
                 i++) {
                char path[4096];
                ws_models_path(m, lang, lex_files[i].file, path, sizeof(path));
                if (lex_load_file(lx, path, lex_files[i].kind) > 0)
                    found = 1;
            }
            if (found) {
                slot_reorder(lx);
                key_filter_build(lx);
                crec_build(lx);
            }
            if (!found || !lx->dir) {
                /* keep a marker so that we do not retry every document */
                lx->ne = 0;
            }
            lx->next = lex_all;
            lex_all = lx;
        }
    }
    pthread_mutex_unlock(&lex_mu);
    return lx;
}

/* Any loaded lexicon set for lang (for the helpers that only get a doc). */
static const nlex *
lex_find_lang(const char *lang)
{
    pthread_mutex_lock(&lex_mu);
    nlex *lx;
    for (lx = lex_all; lx; lx = lx->next)
        if (strcmp(lx->lang, lang) == 0 && lx->ne > 0)
            break;
    pthread_mutex_unlock(&lex_mu);
    return lx;
}

/* ---- per-document state ---- */

typedef struct {
    int32_t tok;
    uint8_t ntok, kind, via; /* via: mode of the first word */
    int32_t ent;             /* lexicon entry */
    int32_t score;           /* match_score() */
} nmatch;

typedef struct {
    const char *f; /* folded text (possessive 's removed) */
    int32_t fl;
    int32_t cend;   /* code point end without the possessive */
    int32_t m0;     /* first match in ctx->m */
    uint8_t nm;     /* number of matches */
    uint64_t kinds; /* bit k: a match of kind k (NK_*) among them */
    int8_t common;  /* -2 not computed; 1 a dictionary word; 0 not */
    uint8_t poss;   /* ends in a possessive 's */
    uint8_t caps;   /* all capitals (possessive left out) */
    int32_t cstart; /* code point start (after an elided article) */
    uint8_t cap;    /* a word starting with a capital */
    uint8_t elart;  /* an elided article split off by the tokenizer: l' */
    /* a word (WS_TOK_WORD), and the end of its sentence (sent_end):
     * prep_tokens() sets them as it folds the token, and
     * find_matches() then reads no token but this one */
    uint8_t word;
    int32_t lim;
} ntok;
_Static_assert(sizeof(ntok) == 48, "ntok: 48 bytes");

typedef struct {
    int32_t t0, t1;
    int type;
    const char *source;
    int32_t ent;  /* lexicon entry giving a canonical name, or -1 */
    int32_t head; /* GOV head token, or -1 */
    uint8_t gender;
    uint8_t dead;
} ncand;

typedef struct {
    ws_worker *w;
    ws_doc *d;
    const nlex *lx;
    const char *lang;
    ntok *tk;
    int32_t nt;
    nmatch *m;
    int32_t nm, mcap;
    ncand *c;
    int32_t nc, ccap;
    int32_t *cover; /* per token: candidate index or -1 */
    /* for each kind of SPAN_KINDS (span_ix()), kww words of a bit per
     * token with a match of it (find_matches; NULL: no match), so that
     * the passes over one kind's tokens read those alone (kind_next()) */
    uint64_t *kindw;
    uint32_t kww;
    /* bit t % 64 of capw[t / 64]: ntok.cap of token t (prep_tokens), so
     * that a pass over the capitalised words reads those alone
     * (cap_next()) */
    uint64_t *capw;
    /* per token: the hash of its whole form as an exact key (form_key()),
     * made by prep_tokens() from the form it has just written, for
     * find_matches() */
    uint32_t *kh;
    /* the tokens with a match of a kind of kind_prio (find_matches), so
     * that find_lexicon() reads those alone */
    int32_t *prio;
    int32_t nprio;
    int tagged;   /* a tagger ran */
    int para_doc; /* a paragraph is a document (.bio files) */
    /* the thread's scratch (nctx_take()) while this document holds it
     * (p NULL when it has none) */
    ws_bump scr;
} nctx;

/* The thread's scratch for a document's per-token arrays (ntok, the
 * folded forms, cover, prio, the matches and candidates): reused from
 * document to document, so that their lines are in the L2 when they are
 * written, where each document's arena gave fresh lines (each an L2
 * write miss: some 160k per MB of English, most of them the ntoks of
 * prep_tokens()).  NER_SCRATCH bytes (a document of some 3000 tokens);
 * what does not fit comes from the document's arena.  Held by one
 * document at a time (ner_scr_busy). */
#define NER_SCRATCH ((size_t)256 * 1024)
static _Thread_local ws_tltab ner_scr;
static _Thread_local int ner_scr_busy;
static _Thread_local int ner_scr_off; /* ws_ner_use_scratch(0) */

/* Gives x the thread's scratch (nothing without a worker, or when
 * another document of the thread holds it). */
static void
nctx_scratch(nctx *x)
{
    if (x->w == NULL || ner_scr_busy || ner_scr_off)
        return;
    char *p = ws_tltab_get(&ner_scr, x->w, NER_SCRATCH);
    if (p == NULL)
        return;
    ner_scr_busy = 1;
    x->scr = (ws_bump){p, NER_SCRATCH};
}

/* Gives the thread's scratch back (the arrays from it are invalid). */
static void
nctx_end(nctx *x)
{
    if (x->scr.p != NULL)
        ner_scr_busy = 0;
    x->scr = (ws_bump){0};
}

/* n bytes (not zeroed) for one of the document's arrays, valid until
 * nctx_end(): from the thread's scratch when they fit there (aligned to
 * a cache line), else from the document's arena; NULL when out of
 * memory. */
static void *
nctx_take(nctx *x, size_t n)
{
    void *p = ws_bump_take(&x->scr, n);
    return p != NULL ? p : ws_arena_alloc_raw(x->d->arena, n);
}

static inline uint32_t
tflags(const nctx *x, int32_t t)
{
    return x->d->tokens.v[t].flags;
}

static inline int
is_word(const nctx *x, int32_t t)
{
    return (tflags(x, t) & WS_TOK_WORD) != 0;
}

static inline int
is_cap(const nctx *x, int32_t t)
{
    return x->tk[t].cap;
}

/* The first capitalised token (is_cap()) from t on, or x->nt: a
 * capitalised word is one token in four or five of English news, and a
 * test a token was mispredicted some 45 000 times per MB */
static inline int32_t
cap_next(const nctx *x, int32_t t)
{
    if (t >= x->nt)
        return x->nt;
    /* (unsigned: t is not negative, and a signed division by 64 takes
     * instructions of its own) */
    uint32_t w = (uint32_t)t / 64, last = (uint32_t)(x->nt - 1) / 64;
    uint64_t m = x->capw[w] & (~(uint64_t)0 << (t & 63));
    while (m == 0) {
        if (++w > last)
            return x->nt;
        m = x->capw[w];
    }
    return (int32_t)(w * 64 + (uint32_t)__builtin_ctzll(m));
}

static inline int32_t
sent_end(const nctx *x, int32_t t)
{
    int32_t s = x->d->tokens.v[t].sent;
    if (s >= 0 && s < x->d->sentences.n)
        return x->d->sentences.v[s].tok1;
    return x->nt;
}

static inline int32_t
sent_start(const nctx *x, int32_t t)
{
    int32_t s = x->d->tokens.v[t].sent;
    if (s >= 0 && s < x->d->sentences.n)
        return x->d->sentences.v[s].tok0;
    return 0;
}

static inline int
tok_eq(const nctx *x, int32_t t, const char *s)
{
    size_t n = strlen(s);
    return x->tk[t].fl == (int32_t)n && memcmp(x->tk[t].f, s, n) == 0;
}

/* A sentence-initial word: the first word of its sentence, or the first
 * after an opening quote or a colon.  Asked of few tokens (most callers
 * ask it of capitalised words alone), where working it out for every
 * word in prep_tokens() cost some 20 instructions a word. */
static int
tok_init(const nctx *x, int32_t t)
{
    if (!is_word(x, t))
        return 0;
    const ws_token *toks = x->d->tokens.v;
    int32_t s0 = sent_start(x, t), p = t - 1;
    while (p >= s0 && (toks[p].flags & WS_TOK_QUOTE))
        p--;
    if (p < s0)
        return 1;
    const ntok *q = &x->tk[p];
    return q->fl == 1 && (q->f[0] == ':' || (q->f[0] == '(' && p < t - 1));
}

/* Folds every token into one arena buffer (ASCII fast path). */
static int
prep_tokens(nctx *x)
{
    ws_doc *d = x->d;
    size_t cap = 3 * d->len + 2 * (size_t)x->nt + 16;
    /* not zeroed: each token's folded form is written with its NUL
     * before it is read, and x->tk (not zeroed either) is cleared token
     * by token here; sixteen bytes past cap, so that sixteen can be read
     * from every form (whole_hash_form(), which masks those past it) */
    char *buf = nctx_take(x, 2 + cap + 16);
    uint64_t *capw = nctx_take(x, sizeof *capw * ((size_t)x->nt / 64 + 1));
    uint32_t *kh = nctx_take(x, sizeof *kh * (size_t)x->nt);
    /* the tokens' fold signatures (ws_doc.tsig), for stance: in the
     * document's arena, as they outlive the stage */
    uint16_t *tsig =
        ws_arena_alloc_raw(d->arena, sizeof *tsig * ((size_t)x->nt + 1));
    if (!buf || !capw || !kh || !tsig)
        return -WS_ENOMEM;
    x->capw = capw;
    x->kh = kh;
    memset(capw, 0, sizeof *capw * ((size_t)x->nt / 64 + 1));
    /* two bytes before the first form, so that the last two bytes of
     * every form can be read (the possessive's test below) */
    buf[0] = buf[1] = '\0';
    buf += 2;
    size_t o = 0;
    /* (in locals: the bytes stored through buf could alias them, and the
     * compiler would load them again after each) */
    const ws_token *toks = d->tokens.v;
    const char *text = d->text;
    size_t dlen = d->len;
    int elide = x->lx->elide;
    ntok *tk = x->tk;
    int32_t nt = x->nt;
    const ws_sentence *sents = d->sentences.v;
    int32_t nsent = d->sentences.n;
    /* the sentence of the last token and its end */
    int32_t csent = INT32_MIN, clim = nt;
    for (int32_t i = 0; i < nt; i++) {
        const ws_token *t = &toks[i];
        const char *s = text + t->bstart;
        int32_t n = t->bend - t->bstart;
        /* the tokens and the text some sixteen tokens ahead: both were
         * written by the tokenizer before the batch's later documents,
         * and a fifth of this loop's samples waited on their first
         * reads (the addresses as integers: they may lie past either
         * array's end, where a prefetch is harmless) */
        __builtin_prefetch((const void *)((uintptr_t)t + 16 * sizeof *t));
        __builtin_prefetch((const void *)((uintptr_t)s + 128));
        ntok *k = &tk[i];
        memset(k, 0, sizeof *k);
        k->f = buf + o;
        /* ASCII tokens lowered 8 bytes at a time: per byte b < 0x80,
         * b + 0x3f has its high bit from 'A' on and b + 0x25 from 'Z' + 1
         * on (no carry leaves a byte), so their difference marks A-Z and
         * moved down two bits it is the 0x20 to add; a byte from 0x80 on
         * stops it (the whole token then goes through fold_norm) */
        const uint64_t hi = 0x8080808080808080ULL;
        const uint64_t lsb = 0x0101010101010101ULL;
        int ascii = 1;
        int32_t j = 0;
        /* a zero byte's high bit (the borrow of v - lsb), for tsig */
        uint64_t nul = 0;
        /* kh[i] made from the vector below (the form as it is folded,
         * where no possessive or elided article is cut off) */
        int hashed = 0;
#ifdef __SSE2__
        /* a token of up to sixteen bytes (all but some 1 % of English
         * ones) in one vector and no branch on its length: its bytes
         * with those after it cleared, lowered from 'A' to 'Z' by two
         * compares and written past its end (its NUL and the next
         * form come over them); the test of the eight-byte loop's exit
         * was mispredicted some 48k times per MB of English */
        if ((uint32_t)n <= 16 && (size_t)t->bstart + 16 <= dlen &&
            o + 16 <= cap) {
            __m128i keep = _mm_loadu_si128(
                (const __m128i *)(const void *)(ones32 + 16 - n));
            __m128i v = _mm_and_si128(
                _mm_loadu_si128((const __m128i *)(const void *)s), keep);
            if (_mm_movemask_epi8(v) != 0) {
                ascii = 0;
            } else {
                __m128i up =
                    _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                  _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
                v = _mm_or_si128(v, _mm_and_si128(up, _mm_set1_epi8(0x20)));
                _mm_storeu_si128((__m128i *)(void *)(buf + o), v);
                /* form_key() of the form from its two words (zero past
                 * its end), which find_matches() took from memory */
                uint64_t a = (uint64_t)_mm_cvtsi128_si64(v),
                         b = (uint64_t)_mm_cvtsi128_si64(
                             _mm_unpackhi_epi64(v, v));
                kh[i] = key_mix(whole_mix(a, b, (size_t)n), WM_EXACT);
                hashed = 1;
                /* a zero byte among the token's */
                if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_setzero_si128())) &
                    _mm_movemask_epi8(keep))
                    nul = hi;
            }
        } else
#endif
        {
            for (; j + 8 <= n; j += 8) {
                uint64_t v;
                memcpy(&v, s + j, 8);
                if (v & hi) {
                    ascii = 0;
                    break;
                }
                nul |= (v - lsb) & ~v;
                v = ws_ascii_lower8(v);
                memcpy(buf + o + (size_t)j, &v, 8);
            }
            /* the rest the same way: the last eight bytes of a longer token
             * (overlapping those done), or a short one's bytes with those
             * after it (in the text) cleared and written past its end (its
             * NUL and the next token's form come over them) */
            if (ascii && j < n) {
                uint64_t v, keep = ~(uint64_t)0;
                size_t at = (size_t)j;
                if (n >= 8) {
                    at = (size_t)n - 8;
                    memcpy(&v, s + at, 8);
                } else if ((size_t)t->bstart + 8 <= dlen && o + 8 <= cap) {
                    static const unsigned char ones[16] = {
                        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
                    memcpy(&keep, ones + 8 - n, 8);
                    memcpy(&v, s, 8);
                    v &= keep;
                } else {
                    keep = 0;
                    for (; ascii && j < n; j++) {
                        char c = s[j];
                        if ((unsigned char)c >= 0x80)
                            ascii = 0;
                        nul |= c == '\0' ? hi : 0;
                        buf[o + (size_t)j] =
                            (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
                    }
                }
                if (keep && (v & hi))
                    ascii = 0;
                else if (keep) {
                    /* (the bytes past the token, 0 here, as 0xff: no borrow) */
                    uint64_t vz = v | ~keep;
                    nul |= (vz - lsb) & ~vz;
                    v = ws_ascii_lower8(v);
                    memcpy(buf + o + at, &v, 8);
                }
            }
        }
        int l;
        if (ascii) {
            buf[o + (size_t)n] = '\0';
            l = n;
        } else {
            l = fold_norm(s, (size_t)n, buf + o, cap - o);
            if (l < 0) {
                l = 0;
                buf[o] = '\0';
            }
        }
        /* the signature of an ASCII token of 1 to 63 bytes without a NUL
         * (its form is its bytes in lower case; any other 0: stance
         * folds it on first use), its bytes read back from the form */
        tsig[i] =
            (uint16_t)(ascii && (uint32_t)(n - 1) < 63u && !(nul & hi)
                           ? 1 + ws_fold_sig((unsigned char)buf[o],
                                             (unsigned char)buf[o + l - 1],
                                             (size_t)l)
                           : 0);
        k->fl = l;
        k->cend = t->end;
        k->common = -2;
        k->m0 = 0;
        k->nm = 0;
        /* a possessive: "'s" after two bytes or more, "s'" after three or
         * more (the last two bytes as one value, read whatever the
         * length and tested first: the tests of the length, the flag and
         * each byte took some 90 000 mispredicted branches per MB of
         * English news) */
        const char *fe = buf + o + l; /* the form's end (l may be 0) */
        unsigned tail =
            (unsigned)(unsigned char)fe[-2] << 8 | (unsigned char)fe[-1];
        if (__builtin_expect(
                tail == ('\'' << 8 | 's') || tail == ('s' << 8 | '\''), 0) &&
            (t->flags & WS_TOK_WORD) &&
            l > (tail == ('s' << 8 | '\'') ? 3 : 2)) {
            int cut = tail == ('s' << 8 | '\'') ? 1 : 2;
            k->fl = l - cut;
            k->cend = t->end - cut;
            k->poss = 1;
        }
        k->cstart = t->start;
        k->cap = (t->flags & (WS_TOK_WORD | WS_TOK_UPPER)) ==
                 (WS_TOK_WORD | WS_TOK_UPPER);
        if (elide && k->fl >= 2 && k->fl <= 7 && k->f[k->fl - 1] == '\'') {
            char tmp[7 + 2]; /* the form and two letters after it */
            memcpy(tmp, k->f, (size_t)k->fl);
            tmp[k->fl] = 'x';
            tmp[k->fl + 1] = 'x';
            k->elart = elision(tmp, k->fl + 2) == k->fl;
        }
        if (elide && (t->flags & WS_TOK_WORD)) {
            int el = elision(k->f, k->fl);
            if (el) {
                k->f += el;
                k->fl -= el;
                k->cstart += el;
                /* the letter after the apostrophe (one code point for
                 * the apostrophe, ASCII letters before it) */
                size_t bi = (size_t)t->bstart + (size_t)el - 1;
                int32_t cp = ws_utf8_decode(text, (size_t)t->bend, &bi);
                if (cp == '\'' || cp == 0x2019)
                    cp = ws_utf8_decode(text, (size_t)t->bend, &bi);
                k->cap = cp >= 0 && ws_cp_is_upper(cp);
            }
        }
        if (!hashed || k->fl != n)
            kh[i] = form_key(k->f, (size_t)k->fl);
        k->caps = (t->flags & WS_TOK_ALLCAP) != 0;
        if (k->poss && !k->caps && (t->flags & WS_TOK_UPPER)) {
            int nlet = 0, nup = 0;
            size_t bl = (size_t)ws_doc_byte(d, k->cend), bi = (size_t)t->bstart;
            while (bi < bl) {
                int32_t cp = ws_utf8_decode(text, bl, &bi);
                if (cp >= 0 && ws_cp_is_letter(cp)) {
                    nlet++;
                    nup += ws_cp_is_upper(cp);
                }
            }
            k->caps = nlet > 1 && nup == nlet;
        }
        o += (size_t)l + 1;
        capw[(uint32_t)i / 64] |= (uint64_t)k->cap << (i & 63);
        /* every token's sentence end, read for words alone: a test of
         * the word flag here was mispredicted some 36k times per MB of
         * English (sent_start() and sent_end() looked up once a
         * sentence) */
        if (t->sent != csent) {
            csent = t->sent;
            clim = nt;
            if (csent >= 0 && csent < nsent) {
                clim = sents[csent].tok1;
                /* (the sentences' first reads waited as the tokens' did:
                 * read once a sentence, too seldom for the hardware's
                 * prefetcher) */
                __builtin_prefetch((const void *)((uintptr_t)(sents + csent) +
                                                  3 * sizeof *sents));
            }
        }
        k->word = (t->flags & WS_TOK_WORD) != 0;
        k->lim = clim;
    }
    d->tsig = tsig;
    d->tsig_n = nt;
    return 0;
}

/* memcmp(a, b, n) == 0 inline: the lexicon's words are short, and
 * match_word() runs for every entry of a token's chains (the chain of
 * "the" alone is some ten entries). */
static inline int
bytes_eq(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

/* Matches lexicon word (w, wl, mode) at token t; returns the tokens used. */
static int
match_word(const nctx *x, const char *w, int wl, int mode, int32_t t,
           int32_t lim)
{
    const ntok *k = &x->tk[t];
    if (mode == WM_SUFFIX)
        return k->fl > wl + 1 && bytes_eq(k->f + k->fl - wl, w, (size_t)wl);
    if (k->fl == 0)
        return 0;
    /* every way below to match a word starts with its first byte */
    if (wl > 0 && k->f[0] != w[0])
        return 0;
    if (mode == WM_EXACT && k->fl == wl && bytes_eq(k->f, w, (size_t)wl))
        return 1;
    if (mode == WM_PREFIX && k->fl >= wl && bytes_eq(k->f, w, (size_t)wl))
        return 1;
    /* a word the tokenizer split: "porte-parole", "d'Orsay" (a token as
     * long as the word or longer is not its first part: the loop below
     * would compare it again as above, and answer 0 at t) */
    if (k->fl >= wl)
        return 0;
    int used = 0;
    int32_t i = t;
    while (i < lim) {
        const ntok *g = &x->tk[i];
        int rem = wl - used;
        if (g->fl >= rem) {
            if (mode == WM_PREFIX
                    ? bytes_eq(g->f, w + used, (size_t)rem)
                    : (g->fl == rem && bytes_eq(g->f, w + used, (size_t)rem)))
                return i > t ? (int)(i - t + 1) : 0;
            return 0;
        }
        if (!bytes_eq(g->f, w + used, (size_t)g->fl))
            return 0;
        if (g->poss || (tflags(x, i) & WS_TOK_SPACE))
            return 0;
        used += g->fl;
        i++;
    }
    return 0;
}

/* The tokens entry e matches from token t on (0: none), its words from
 * j0 on matched from token cur on (the ones before matched tokens t to
 * cur - 1).  The case the entry asks of its first token is the
 * caller's test (consider_chain(), on the chain's node: no word is
 * compared for an entry that cannot match). */
static inline int
match_from(const nctx *x, const nent *e, int32_t t, int32_t lim, int j0,
           int32_t cur)
{
    for (int j = j0; j < e->nw; j++) {
        if (cur >= lim)
            return 0;
        if (j > 0 && x->tk[cur - 1].poss)
            return 0;
        while (j > 0 && x->lx->elide && cur < lim - 1 && x->tk[cur].elart)
            cur++;
        int k = match_word(x, e->w[j], e->wl[j], e->mode[j], cur, lim);
        if (!k)
            return 0;
        cur += k;
    }
    return (int)(cur - t);
}

static int
match_entry(const nctx *x, const nent *e, int32_t t, int32_t lim)
{
    return match_from(x, e, t, lim, 0, t);
}

/* Quality of a match of n tokens by an entry whose first word has mode
 * mode0 and wl0 bytes, to keep the best one per kind. */
static int
match_score(int mode0, int wl0, int n)
{
    int s = n * 1000;
    if (mode0 == WM_EXACT)
        s += 500;
    s += wl0;
    return s;
}

/* The first byte of the token after t that an entry's second word is
 * compared with (lim: the sentence's end), or -1 when there is none */
static inline int
next_byte(const nctx *x, int32_t t, int32_t lim)
{
    int32_t c1 = t + 1;
    if (c1 >= lim)
        return -1;
    /* (an elided article is split off only where lx->elide) */
    while (x->lx->elide && c1 < lim - 1 && x->tk[c1].elart)
        c1++;
    return x->tk[c1].fl > 0 ? (unsigned char)x->tk[c1].f[0] : -1;
}

/* next_byte() without a branch where no elided article is split off
 * (every token's form has a first byte to read: its NUL at least) */
static inline int
next_byte_any(const nctx *x, int32_t t, int32_t lim)
{
    if (x->lx->elide)
        return next_byte(x, t, lim);
    int in = t + 1 < lim;
    const ntok *n = &x->tk[in ? t + 1 : t];
    int b = (unsigned char)n->f[0];
    return in & (n->fl > 0) ? b : -1;
}

/* the case conditions token k fails (the bits of nnode.need) */
static inline unsigned
case_fails(const ntok *k)
{
    return (k->cap ? 0u : 1u) | (k->caps ? 0u : 2u);
}

/* The best match per kind (best, score, *nb of them) with the entries of
 * the chain from node at token t (lim: the sentence's end); whole: the
 * chain of token t's whole form as an exact key */
static void
consider_chain(nctx *x, int32_t node, int32_t t, int32_t lim, int whole,
               nmatch *best, int *score, int *nb)
{
    const nlex *lx = x->lx;
    if (node < 0 || t >= lim) /* (no entry matches past lim) */
        return;
    /* The first byte of the token match_entry() compares an entry's
     * second word with when its first word is one whole token (EXACT, as
     * long as token t: it matches that token alone or nothing), or -1
     * when there is none: an entry whose second word (EXACT or PREFIX)
     * starts with another byte cannot match, and is passed over without
     * the calls (the chain of "the" is some ten entries). */
    int b1 = next_byte(x, t, lim);
    int fl0 = x->tk[t].fl;
    unsigned fails = case_fails(&x->tk[t]);
    for (; node >= 0; node = lx->node[node].next) {
        const nnode *nd = &lx->node[node];
        if (nd->b2 >= 0 && nd->wl0 == fl0 && nd->b2 != b1)
            continue;
        if (nd->need & fails)
            continue;
        int32_t ei = nd->ent;
        /* in the whole form's chain, a first word as long as the form is
         * the chain's key (an EXACT word: a key cut at a separator is
         * shorter than its word), matched by token t alone: a one-word
         * entry then matches without reading it (most of the whole
         * form's matches: the entry is one more line read at random) */
        int n;
        if (whole && nd->wl0 == fl0)
            n = nd->nw == 1 ? 1 : match_from(x, &lx->e[ei], t, lim, 1, t + 1);
        else
            n = match_entry(x, &lx->e[ei], t, lim);
        if (n <= 0 || n > 255)
            continue;
        int sc = match_score(nd->mode0, nd->wl0, n);
        int j;
        for (j = 0; j < *nb; j++)
            if (best[j].kind == nd->kind)
                break;
        if (j == *nb) {
            if (*nb == NM_TOK)
                continue;
            (*nb)++;
            score[j] = -1;
        }
        if (sc > score[j]) {
            score[j] = sc;
            best[j].tok = t;
            best[j].ntok = (uint8_t)n;
            best[j].kind = nd->kind;
            best[j].via = nd->mode0;
            best[j].ent = ei;
            best[j].score = sc;
        }
    }
}

/* Builds lx's records (nslot.rec) once its keys are in.  For each case of the
 * token, consider_chain()'s ranking of the chain's one-word entries: the
 * first of each kind in the chain (their scores are alike), in a list
 * (nclist) when there are two kinds or more; a case with more kinds
 * than a list holds, or a chain with an entry the record cannot answer
 * (a first word longer than the key, cut at a separator; two or more
 * words and no nnode.b2), is walked.  Out of memory, a walk where a list
 * was to be. */
static void
crec_build(nlex *lx)
{
    _Static_assert(NK_N < CREC_LIST, "a kind is no crec.kind mark");
    nclist *lists = NULL;
    size_t nlist = 0, caplist = 0;
    for (uint32_t i = 0; i < lx->cap; i++) {
        nslot *sl = &lx->slot[i];
        nrec *r = &sl->rec;
        *r = (nrec){{0}, {CREC_WALK, CREC_WALK, CREC_WALK, CREC_WALK}, {0}, 0};
        if (sl->head < 0 || sl->mode != WM_EXACT)
            continue;
        int walk = 0;
        for (int32_t nd = sl->head; nd >= 0 && !walk; nd = lx->node[nd].next) {
            const nnode *n = &lx->node[nd];
            if (n->wl0 != sl->kl || (n->nw >= 2 && n->b2 < 0) ||
                (n->nw == 1 && (n->mode0 != WM_EXACT || n->ent > UINT16_MAX)))
                walk = 1;
            else if (n->nw >= 2)
                for (unsigned f = 0; f < 4; f++)
                    if (!(n->need & f))
                        r->b2m[f] |= 1u << (n->b2 & 31);
        }
        for (unsigned f = 0; f < 4 && !walk; f++) {
            nclist l = {0};
            int over = 0;
            for (int32_t nd = sl->head; nd >= 0 && !over;
                 nd = lx->node[nd].next) {
                const nnode *n = &lx->node[nd];
                if (n->nw == 1 && !(n->need & f))
                    over = !clist_add(&l, n);
            }
            if (l.n >= 2 && !over && nlist <= UINT16_MAX) {
                if (nlist == caplist) {
                    size_t nc = caplist ? caplist * 2 : 16;
                    nclist *nl = realloc(lists, sizeof *nl * nc);
                    if (!nl) {
                        over = 1;
                    } else {
                        lists = nl;
                        caplist = nc;
                    }
                }
                if (!over) {
                    lists[nlist] = l;
                    r->kind[f] = CREC_LIST;
                    r->ent[f] = (uint16_t)nlist++;
                    continue;
                }
            }
            if (l.n >= 2)
                continue; /* (walked) */
            r->kind[f] = l.n ? l.kind[0] : CREC_NONE;
            r->ent[f] = l.n ? l.ent[0] : 0;
        }
    }
    lx->clist = lists;
}

/* the kinds whose tokens a pass visits one by one (kind_next()), and a
 * kind's place among them */
#define SPAN_KINDS                                                             \
    (1ull << NK_GOVHEAD | 1ull << NK_ROLE | 1ull << NK_ORGHEAD |               \
     1ull << NK_OUTLET | 1ull << NK_REGION)
static inline int
span_ix(int kind)
{
    return __builtin_popcountll(SPAN_KINDS & ((1ull << kind) - 1));
}

/* Sets token t's bits in x->kindw for its kinds of SPAN_KINDS (out of
 * find_matches()' loop: some 6 % of English words have one) */
static __attribute__((noinline)) void
span_note(nctx *x, uint64_t kinds, int32_t t)
{
    for (uint64_t b = kinds & SPAN_KINDS; b; b &= b - 1)
        x->kindw[(size_t)span_ix(__builtin_ctzll(b)) * x->kww +
                 (uint32_t)t / 64] |= (uint64_t)1 << (t & 63);
}

/* the kinds find_lexicon() ranks, first to last */
static const int kind_prio[] = {NK_GOV, NK_MEDIA, NK_ORG, NK_LOC, NK_NORP};
/* the kinds of kind_prio as bits of ntok.kinds */
#define KIND_PRIO_MASK                                                         \
    (1ull << NK_GOV | 1ull << NK_MEDIA | 1ull << NK_ORG | 1ull << NK_LOC |     \
     1ull << NK_NORP)
_Static_assert(NK_N <= 64, "ntok.kinds has a bit per kind");

/* The place of kind in kind_prio (one of its kinds) */
static int
prio_rank(int kind)
{
    int p = 0;
    while (kind_prio[p] != kind)
        p++;
    return p;
}

/* consider_chain() of the chains of token t's prefixes with a prefix key
 * of their length (lx->prelens; not one ending inside a UTF-8
 * sequence), from the shortest, then of its suffixes' (lx->suflens):
 * out of find_matches()' loop, for the lexicons that have such keys */
static __attribute__((noinline)) void
affix_chains(nctx *x, int32_t t, int32_t lim, nmatch *best, int *score, int *nb)
{
    const nlex *lx = x->lx;
    const ntok *k = &x->tk[t];
    /* the hash of each such prefix, its bytes hashed once for all */
    uint64_t pl = lx->prelens;
    uint32_t fh = FNV_SEED, ph[64];
    uint8_t plen[64];
    int np = 0, bi = 0;
    /* (the prefixes up to the longest prefix key) */
    int lp = pl ? 63 - __builtin_clzll(pl) : 0;
    if (lp > k->fl)
        lp = k->fl;
    while (bi < lp) {
        fh = fnv_step(fh, (unsigned char)k->f[bi++]);
        if ((pl >> bi & 1) &&
            !(bi < k->fl && ((unsigned char)k->f[bi] & 0xC0) == 0x80)) {
            ph[np] = fh;
            plen[np++] = (uint8_t)bi;
        }
    }
    for (int i = 0; i < np; i++)
        consider_chain(x,
                       index_head_filtered(lx, WM_PREFIX, k->f, plen[i],
                                           key_mix(ph[i], WM_PREFIX)),
                       t, lim, 0, best, score, nb);
    uint64_t sl = lx->suflens;
    for (int L = 1; sl && L < 64 && L < k->fl; L++) {
        if (!(sl & ((uint64_t)1 << L)))
            continue;
        const char *p = k->f + k->fl - L;
        if (((unsigned char)*p & 0xC0) == 0x80)
            continue;
        consider_chain(x, index_get(lx, WM_SUFFIX, p, (size_t)L), t, lim, 0,
                       best, score, nb);
    }
}

/* The case (the bits of nnode.need that token t, k, fails) whose
 * answer the chain's record kr gives for the token, or -1 when the
 * chain must be walked: the record does not answer that case, or the
 * next token's first byte may start the second word of one of its
 * entries of two or more words */
static inline int
crec_case(const nctx *x, const nrec *kr, const ntok *k, int32_t t)
{
    unsigned kf = case_fails(k);
    /* (the next byte taken and tested whatever b2m: the test of b2m
     * went one way or the other on some 20k English words a MB) */
    int b1 = next_byte_any(x, t, k->lim);
    int over = (b1 >= 0) & (int)(kr->b2m[kf] >> (b1 & 31) & 1);
    if ((kr->kind[kf] != CREC_WALK) & (t < k->lim) & !over)
        return (int)kf;
    return -1;
}

/* The matches of token t (fl bytes) that its chain's record kr gives
 * in case kf (crec_case()), in best (and their scores in score, unless
 * NULL); how many, up to CLIST_MAX */
static inline int
crec_fill(const nlex *lx, const nrec *kr, int kf, int32_t t, int fl,
          nmatch *best, int *score)
{
    int kind = kr->kind[kf];
    if (kind == CREC_NONE)
        return 0;
    int sc = match_score(WM_EXACT, fl, 1);
    if (kind != CREC_LIST) {
        best[0] = (nmatch){t, 1, (uint8_t)kind, WM_EXACT, kr->ent[kf], sc};
        if (score)
            score[0] = sc;
        return 1;
    }
    const nclist *l = &lx->clist[kr->ent[kf]];
    for (int j = 0; j < l->n; j++) {
        best[j] = (nmatch){t, 1, l->kind[j], WM_EXACT, l->ent[j], sc};
        if (score)
            score[j] = sc;
    }
    return l->n;
}

/* Room for nb more matches in x->m; 0 or -WS_ENOMEM */
static __attribute__((noinline)) int
grow_matches(nctx *x, int nb)
{
    int32_t nc = (x->mcap ? x->mcap * 2 : 256) + nb;
    /* not zeroed: the matches are copied in before they are read */
    nmatch *nm = nctx_take(x, sizeof(*nm) * (size_t)nc);
    if (!nm)
        return -WS_ENOMEM;
    if (x->nm)
        memcpy(nm, x->m, sizeof(*nm) * (size_t)x->nm);
    x->m = nm;
    x->mcap = nc;
    return 0;
}

/* Gives token t the nb matches (nb > 0) at the end of x->m, and notes
 * it among x->prio and x->kindw by their kinds */
static inline void
note_matches(nctx *x, int32_t t, int nb)
{
    uint64_t kinds = 0;
    const nmatch *m = x->m + x->nm;
    for (int j = 0; j < nb; j++)
        kinds |= 1ull << m[j].kind;
    ntok *k = &x->tk[t];
    k->m0 = x->nm;
    x->nm += nb;
    k->nm = (uint8_t)nb;
    k->kinds = kinds;
    if (kinds & KIND_PRIO_MASK)
        x->prio[x->nprio++] = t;
    if (kinds & SPAN_KINDS)
        span_note(x, kinds, t);
}

/* note_matches() of token t's match of kind (nb 1, at the end of x->m)
 * or none (nb 0, kind CREC_NONE), without a branch on which: a record's
 * answer, one or none, went one way or the other on some 20k English
 * words a MB, and a match of a kind of kind_prio on as many.  (A token
 * without a match then has m0 set, which is read with matches alone.) */
static inline void
note_one(nctx *x, int32_t t, int nb, int kind)
{
    uint64_t kinds = (uint64_t)nb << (kind & 63);
    ntok *k = &x->tk[t];
    k->m0 = x->nm;
    x->nm += nb;
    k->nm = (uint8_t)nb;
    k->kinds = kinds;
    x->prio[x->nprio] = t;
    x->nprio += (kinds & KIND_PRIO_MASK) != 0;
    if (kinds & SPAN_KINDS)
        span_note(x, kinds, t);
}

/* find_matches() of word t, whose whole form's key is in slot ks
 * (NULL or an empty slot: no key), every way: the chain's record or a
 * walk of the chain, then the chains of its prefixes and suffixes; 0 or
 * -WS_ENOMEM */
static __attribute__((noinline)) int
match_token(nctx *x, int32_t t, const nslot *ks)
{
    const nlex *lx = x->lx;
    const ntok *k = &x->tk[t];
    int32_t lim = k->lim;
    int32_t head = ks ? ks->head : -1;
    nmatch best[NM_TOK];
    int score[NM_TOK], nb = 0;
    /* the exact key's chain first (the whole form), then the prefixes'
     * and suffixes' (affix_chains()), as they are ranked */
    const nrec *kr = head >= 0 ? &ks->rec : NULL;
    int kf = kr ? crec_case(x, kr, k, t) : -1;
    if (kf >= 0) {
        nb = crec_fill(lx, kr, kf, t, k->fl, best, score);
    } else if (head >= 0) {
        consider_chain(x, head, t, lim, 1, best, score, &nb);
    }
    if ((lx->prelens | lx->suflens) != 0)
        affix_chains(x, t, lim, best, score, &nb);
    if (!nb)
        return 0;
    if (x->nm + nb > x->mcap && grow_matches(x, nb) < 0)
        return -WS_ENOMEM;
    /* (a copy a match: nb is small, a memcpy call cost more) */
    for (int j = 0; j < nb; j++)
        x->m[x->nm + j] = best[j];
    note_matches(x, t, nb);
    return 0;
}

/* A word find_matches() looks up: its token and the hash of its whole
 * form (nctx.kh). */
typedef struct {
    uint32_t h;
    int32_t t;
} fmword;
#define FM_CHUNK 64 /* tokens a chunk (find_matches()) */

/* Every lexicon match starting at each token, best one per kind; and
 * the tokens with a match of a kind find_lexicon() ranks, in order. */
static int
find_matches(nctx *x)
{
    const nlex *lx = x->lx;
    x->nprio = 0;
    x->kindw = NULL;
    if (!lx || !lx->ne)
        return 0;
    /* (not zeroed: written before it is read) */
    x->prio = nctx_take(x, sizeof(*x->prio) * (size_t)x->nt);
    uint32_t kww = (uint32_t)x->nt / 64 + 1;
    size_t kwn =
        sizeof(uint64_t) * kww * (size_t)__builtin_popcountll(SPAN_KINDS);
    uint64_t *kindw = nctx_take(x, kwn);
    if (!x->prio || !kindw)
        return -WS_ENOMEM;
    memset(kindw, 0, kwn);
    x->kindw = kindw;
    x->kww = kww;
    /* The chains' records answer nine in ten English words with a key
     * (of one match or none): here, in a loop of their own, and every
     * other word in match_token(), whose walk of the chain kept this
     * loop's variables on the stack.  Not with prefix or suffix keys
     * (English has none), as their chains are ranked with the whole
     * form's. */
    const int affixes = (lx->prelens | lx->suflens) != 0;
    /* A chunk of tokens at a time, in two loops: the first hashes every
     * token and keeps the words whose key the filter lets through
     * without a branch (all the words, with prefix or suffix keys); the
     * second looks those up.  Whether a token was a word and then
     * whether the filter let it through were some 200k mispredicted
     * branches per MB of English (of 136k words), each of which also
     * kept the next word's slot from being read before it was
     * resolved. */
    const ntok *tk = x->tk;
    const uint32_t *kh = x->kh;
    const int32_t nt = x->nt;
    fmword fw[FM_CHUNK];
    for (int32_t c = 0; c < nt; c += FM_CHUNK) {
        int32_t ce = nt - c < FM_CHUNK ? nt : c + FM_CHUNK, nw = 0;
        for (int32_t t = c; t < ce; t++) {
            const ntok *k = &tk[t];
            fmword *w = &fw[nw];
            w->h = kh[t];
            w->t = t;
            /* (a word without a key, some 40 % of them, has no chain) */
            nw += k->word & (k->fl != 0) & (affixes | key_filter(lx, w->h));
        }
        for (int32_t i = 0; i < nw; i++) {
            const int32_t t = fw[i].t;
            const ntok *k = &tk[t];
            /* (with prefix or suffix keys, the filter here: every
             * word is looked at, and most have no key) */
            const nslot *ks = NULL;
            if (lx->cap && (!affixes || key_filter(lx, fw[i].h))) {
                uint64_t a, b;
                (void)whole_hash_form(k->f, (size_t)k->fl, &a, &b);
                ks = slot_find_form(lx, k->f, (size_t)k->fl, fw[i].h, a, b);
            }
            int32_t head = ks ? ks->head : -1;
            if (!affixes && head >= 0) {
                const nrec *kr = &ks->rec;
                int kf = crec_case(x, kr, k, t);
                if (kf >= 0) {
                    /* (room first: the matches go straight in) */
                    if (x->nm + CLIST_MAX > x->mcap &&
                        grow_matches(x, CLIST_MAX) < 0)
                        return -WS_ENOMEM;
                    int kind = kr->kind[kf];
                    if (kind == CREC_LIST) {
                        note_matches(x, t,
                                     crec_fill(lx, kr, kf, t, k->fl,
                                               x->m + x->nm, NULL));
                        continue;
                    }
                    x->m[x->nm] = (nmatch){
                        t,        1,           (uint8_t)kind,
                        WM_EXACT, kr->ent[kf], match_score(WM_EXACT, k->fl, 1)};
                    note_one(x, t, kind != CREC_NONE, kind);
                    continue;
                }
            }
            if ((head >= 0 || affixes) && match_token(x, t, ks) < 0)
                return -WS_ENOMEM;
        }
    }
    return 0;
}

/* mk()'s search of the matches of token k (one of kind is there). */
static const nmatch *
mk_find(const nctx *x, const ntok *k, int kind)
{
    for (int i = 0; i < k->nm; i++)
        if (x->m[k->m0 + i].kind == kind)
            return &x->m[k->m0 + i];
    return NULL;
}

/* The match of kind at token t, or NULL.  Inline: some 4 calls a token,
 * nearly all answered by the kinds bitmap. */
static inline const nmatch *
mk(const nctx *x, int32_t t, int kind)
{
    if (t < 0 || t >= x->nt)
        return NULL;
    const ntok *k = &x->tk[t];
    if (!(k->kinds >> kind & 1)) /* most tokens and kinds */
        return NULL;
    return mk_find(x, k, kind);
}

/* One-token match of kind at t (multi-word entries do not count). */
static inline int
is1(const nctx *x, int32_t t, int kind)
{
    const nmatch *m = mk(x, t, kind);
    return m && m->ntok == 1;
}

/* The first token from t on with a match of kind (one of SPAN_KINDS),
 * or x->nt: the passes over a kind's tokens (find_gov(), find_roles(),
 * ...) tested the kinds of every token from its first to its last,
 * which took find_gov() and find_roles() 3.5M of est2 per MB of English
 * more than this */
static inline int32_t
kind_next(const nctx *x, int kind, int32_t t)
{
    if (x->kindw == NULL || t >= x->nt)
        return x->nt;
    const uint64_t *kw = x->kindw + (size_t)span_ix(kind) * x->kww;
    uint32_t w = (uint32_t)t / 64, last = (uint32_t)(x->nt - 1) / 64;
    uint64_t m = kw[w] & (~(uint64_t)0 << (t & 63));
    while (m == 0) {
        if (++w > last)
            return x->nt;
        m = kw[w];
    }
    return (int32_t)(w * 64 + (uint32_t)__builtin_ctzll(m));
}

static const nent *
entry(const nctx *x, int32_t ei)
{
    return ei >= 0 ? &x->lx->e[ei] : NULL;
}

/* 1 when the word at t is a common (dictionary) word in lower case. */
static int
common_word(nctx *x, int32_t t)
{
    ntok *k = &x->tk[t];
    if (k->common != -2)
        return k->common;
    int r;
    if (mk(x, t, NK_STOP) || mk(x, t, NK_DET) || mk(x, t, NK_PRON) ||
        mk(x, t, NK_CONN) || mk(x, t, NK_PREPLOC)) {
        r = 1;
    } else if (x->lx && x->lx->nouns_cap) {
        r = ws_spell(x->w, x->lang, ws_tok_ptr(x->d, t),
                     (size_t)ws_tok_blen(x->d, t));
        if (r == 1 && (tflags(x, t) & WS_TOK_ALLCAP))
            r = ws_spell(x->w, x->lang, k->f, (size_t)k->fl);
        if (r < 0)
            r = tok_init(x, t);
    } else {
        r = ws_spell(x->w, x->lang, k->f, (size_t)k->fl);
        if (r < 0)
            r = tok_init(x, t);
    }
    k->common = (int8_t)(r == 1);
    return k->common;
}

/* ---- candidates ---- */

static int
free_range(const nctx *x, int32_t t0, int32_t t1)
{
    for (int32_t t = t0; t < t1; t++)
        if (x->cover[t] >= 0)
            return 0;
    return 1;
}

/* Accepts [t0, t1) as an entity candidate when no token is taken yet.
 * Returns its index or -1. */
static int32_t
accept(nctx *x, int32_t t0, int32_t t1, int type, const char *src, int32_t ent)
{
    if (t0 < 0 || t1 > x->nt || t0 >= t1 || !free_range(x, t0, t1))
        return -1;
    if (x->nc == x->ccap) {
        int32_t nc = x->ccap ? x->ccap * 2 : 64;
        /* not zeroed: each candidate is cleared when it is added */
        ncand *c = nctx_take(x, sizeof(*c) * (size_t)nc);
        if (!c)
            return -1;
        if (x->nc)
            memcpy(c, x->c, sizeof(*c) * (size_t)x->nc);
        x->c = c;
        x->ccap = nc;
    }
    ncand *c = &x->c[x->nc];
    memset(c, 0, sizeof(*c));
    c->t0 = t0;
    c->t1 = t1;
    c->type = type;
    c->source = src;
    c->ent = ent;
    c->head = -1;
    if (ent >= 0)
        c->gender = x->lx->e[ent].gender;
    for (int32_t t = t0; t < t1; t++)
        x->cover[t] = x->nc;
    return x->nc++;
}

static void
unaccept(nctx *x, int32_t ci)
{
    ncand *c = &x->c[ci];
    for (int32_t t = c->t0; t < c->t1; t++)
        if (x->cover[t] == ci)
            x->cover[t] = -1;
    c->dead = 1;
}

/* Candidate covering token t, or NULL. */
static ncand *
cand_at(const nctx *x, int32_t t)
{
    if (t < 0 || t >= x->nt || x->cover[t] < 0)
        return NULL;
    return &x->c[x->cover[t]];
}

static int
kind_type(int kind)
{
    switch (kind) {
    case NK_ORG:
        return WS_ORG;
    case NK_MEDIA:
        return WS_MEDIA;
    case NK_LOC:
        return WS_LOC;
    case NK_NORP:
        return WS_NORP;
    case NK_ROLE:
        return WS_ROLE;
    case NK_GOV:
        return WS_GOV;
    default:
        return -1;
    }
}

static int
tok_is_punct(const nctx *x, int32_t t, const char *p)
{
    return t >= 0 && t < x->nt && tok_eq(x, t, p);
}

static int
no_space_after(const nctx *x, int32_t t)
{
    return !(tflags(x, t) & WS_TOK_SPACE);
}

/* ---- 1. the dateline: "MOSCOW (UrduPoint News / Sputnik - 14th ...)" ---- */

static void
find_dateline(nctx *x)
{
    ws_doc *d = x->d;
    int npara = d->paragraphs.n < 4 ? d->paragraphs.n : 4;
    for (int p = 0; p < npara; p++) {
        /* first token of the paragraph */
        int32_t t = -1;
        for (int32_t s = 0; s < d->sentences.n; s++)
            if (d->sentences.v[s].para == p) {
                t = d->sentences.v[s].tok0;
                break;
            }
        if (t < 0)
            continue;
        int32_t lim = t + 40 < x->nt ? t + 40 : x->nt;
        /* place: capitalised words, commas */
        int32_t a = t, open = -1, pend = t;
        int allcap = 0, nw = 0, indate = 0;
        for (int32_t i = t; i < lim && i < t + 12; i++) {
            if (tok_is_punct(x, i, "(")) {
                open = i;
                break;
            }
            if (!indate && is_cap(x, i) && !mk(x, i, NK_STOP) &&
                !mk(x, i, NK_MONTH)) {
                nw++;
                pend = i + 1;
                if (tflags(x, i) & WS_TOK_ALLCAP)
                    allcap = 1;
                continue;
            }
            if (tok_is_punct(x, i, ","))
                continue;
            /* "UNITED NATIONS, July 21 (Reuters)", "БЕРЛІН, 5 березня" */
            if (nw && (is_word(x, i) || (tflags(x, i) & WS_TOK_NUM) ||
                       tok_is_punct(x, i, "."))) {
                indate = 1;
                continue;
            }
            break;
        }
        if (open < 0 || !nw)
            continue;
        int placeok = allcap;
        if (!placeok && d->place) {
            size_t pl = strlen(d->place);
            int32_t b0 = d->tokens.v[a].bstart;
            placeok = (size_t)(d->tokens.v[open].bstart - b0) >= pl &&
                      strncmp(d->text + b0, d->place, pl) == 0;
        }
        if (!placeok)
            continue;
        /* the closing parenthesis */
        int32_t close = -1;
        for (int32_t i = open + 1; i < lim; i++)
            if (tok_is_punct(x, i, ")")) {
                close = i;
                break;
            }
        if (close < 0)
            continue;
        /* place names, split at commas */
        for (int32_t i = a; i < pend;) {
            int32_t j = i;
            while (j < pend && is_cap(x, j))
                j++;
            if (j > i)
                accept(x, i, j, WS_LOC, "pattern", -1);
            i = j + 1;
        }
        /* agencies, split at / , ; - until a date */
        for (int32_t i = open + 1; i < close;) {
            int32_t j = i, digits = 0;
            while (
                j < close && !tok_is_punct(x, j, "/") &&
                !tok_is_punct(x, j, ",") && !tok_is_punct(x, j, ";") &&
                !tok_is_punct(x, j, "|") &&
                !(((tflags(x, j) & WS_TOK_DASH) || tok_is_punct(x, j, "-")) &&
                  (!no_space_after(x, j) || !no_space_after(x, j - 1)))) {
                if (tflags(x, j) & WS_TOK_NUM)
                    digits = 1;
                j++;
            }
            if (digits)
                break;
            if (j > i && is_cap(x, i) && !mk(x, i, NK_STOP))
                accept(x, i, j, WS_MEDIA, "pattern", -1);
            i = j + 1;
        }
        return;
    }
}

/* ---- 2. social handles: "@MFA_Ukraine" ---- */

/* The next part of a handle's body at or after *i (the '@' or '#' and the
 * separators skipped): parts are split at '_', digits and a lower-case to
 * upper-case change ("MFA_Ukraine", "StateDept").  Sets *i to the part's
 * start and returns its end, or -1 when no part is left. */
static int32_t
handle_part(const char *s, int32_t n, int32_t *i)
{
    int32_t a = *i;
    while (a < n && (s[a] == '@' || s[a] == '#' || s[a] == '_' ||
                     (s[a] >= '0' && s[a] <= '9')))
        a++;
    if (a >= n)
        return -1;
    int32_t j = a + 1;
    while (j < n && s[j] != '_' && !(s[j] >= '0' && s[j] <= '9') &&
           !(s[j] >= 'A' && s[j] <= 'Z' && s[j - 1] >= 'a' && s[j - 1] <= 'z'))
        j++;
    *i = a;
    return j;
}

/* WS_GOV when a handle's part is a one-word government name or head in
 * the lexicon ("MFA", "Ministry"), WS_MEDIA for an outlet, else 0. */
static int
handle_part_kind(const nlex *lx, const char *p, int32_t n)
{
    char fb[KEY_MAX];
    int fl = n < KEY_MAX / 3 ? fold_norm(p, (size_t)n, fb, sizeof(fb)) : -1;
    int kind = 0;
    if (fl <= 0)
        return 0;
    for (int32_t nd = index_get(lx, WM_EXACT, fb, (size_t)fl); nd >= 0;
         nd = lx->node[nd].next) {
        const nent *e = &lx->e[lx->node[nd].ent];
        if (e->nw != 1)
            continue;
        if (e->kind == NK_GOV || e->kind == NK_GOVHEAD)
            return WS_GOV;
        if (e->kind == NK_MEDIA)
            kind = WS_MEDIA;
    }
    return kind;
}

static void
find_handles(nctx *x)
{
    const nlex *lx = x->lx;
    /* A handle's first token starts with "@", and case folding (the
     * forms') makes no "@" of another character: a text without the
     * byte has no handle, and no token is read. */
    if (x->d->len == 0 || memchr(x->d->text, '@', x->d->len) == NULL)
        return;
    /* Nor has a token whose text has no "@": only the tokens at each
     * "@" of the text are visited, in order (a loop over every token of
     * the documents with one took 1.9M of est2 per MB of English). */
    const char *text = x->d->text, *at = text;
    const ws_token *tv = x->d->tokens.v;
    size_t len = x->d->len;
    int32_t from = 0; /* the first token not visited yet */
    while (from < x->nt &&
           (at = memchr(at, '@', len - (size_t)(at - text))) != NULL) {
        /* the last token from `from` on that starts at or before it */
        int32_t lo = from, hi = x->nt, b = (int32_t)(at - text);
        while (hi - lo > 1) {
            int32_t mid = lo + (hi - lo) / 2;
            if (tv[mid].bstart <= b)
                lo = mid;
            else
                hi = mid;
        }
        at++;
        int32_t t = lo;
        from = t + 1;
        const ntok *k = &x->tk[t];
        int32_t t1 = t + 1;
        if (k->fl < 2 || k->f[0] != '@') {
            /* a tokenizer that split the "@" off */
            if (k->fl == 1 && k->f[0] == '@' && t + 1 < x->nt &&
                no_space_after(x, t) && is_word(x, t + 1))
                t1 = t + 2;
            else
                continue;
        }
        if (!(tflags(x, t) & WS_TOK_HANDLE) && t1 == t + 1)
            continue;
        /* the body's parts name a ministry or an outlet: "@MFA_Ukraine" */
        int type = WS_ORG;
        const char *s = ws_tok_ptr(x->d, t);
        int32_t n =
            (int32_t)(x->d->tokens.v[t1 - 1].bend - x->d->tokens.v[t].bstart);
        int32_t i = 0, j;
        while (lx && (j = handle_part(s, n, &i)) >= 0) {
            int kind = handle_part_kind(lx, s + i, j - i);
            if (kind == WS_GOV)
                type = WS_GOV;
            else if (kind == WS_MEDIA && type == WS_ORG)
                type = WS_MEDIA;
            i = j;
        }
        accept(x, t, t1, type, "pattern", -1);
        from = t1;
    }
}

/* ---- 2b. outlets named in quotation marks: "газета «X»" ---- */

/* A noun for a kind of outlet ("newspaper", "газета", "dziennik",
 * "Zeitung", "journal": "outlet" rows of ner-context.tsv) followed by a
 * capitalised name in quotation marks: the name, without its marks, is
 * MEDIA whatever its words are ("Вечірній Київ", "Nordkurier"). */
static void
find_quoted_media(nctx *x)
{
    int32_t t = 0;
    for (; (t = kind_next(x, NK_OUTLET, t)) + 3 < x->nt; t++) {
        if (!is1(x, t, NK_OUTLET) || !(tflags(x, t + 1) & WS_TOK_QUOTE) ||
            !is_cap(x, t + 2))
            continue;
        int32_t lim = sent_end(x, t), q = t + 2;
        while (q < lim && q < t + 9 && !(tflags(x, q) & WS_TOK_QUOTE))
            q++;
        if (q >= lim || q >= t + 9 || !free_range(x, t + 2, q))
            continue;
        /* an outlet of the lexicon keeps its entry (and canonical name) */
        const nmatch *m = mk(x, t + 2, NK_MEDIA);
        if (m && m->ntok == q - (t + 2))
            continue;
        if (accept(x, t + 2, q, WS_MEDIA, "pattern", -1) >= 0)
            t = q;
    }
}

/* ---- 3. lexicon entities of several words ---- */

static void
find_lexicon(nctx *x, int minlen)
{
    /* the tokens with a match of those kinds (most have none), from the
     * first on; the tokens of an entity accepted are passed over */
    int32_t next = 0;
    for (int32_t pi = 0; pi < x->nprio; pi++) {
        int32_t t = x->prio[pi];
        if (t < next)
            continue;
        const ntok *k = &x->tk[t];
        /* the best score of a match of those kinds, the first kind of
         * kind_prio among equal ones (a token has a match a kind): one
         * pass over the token's matches, where a pass a kind took some
         * 60 000 mispredicted branches per MB of English news */
        const nmatch *best = NULL;
        for (int i = 0; i < k->nm; i++) {
            const nmatch *m = &x->m[k->m0 + i];
            if (!(KIND_PRIO_MASK >> m->kind & 1) || m->ntok < minlen)
                continue;
            if (!best || m->score > best->score ||
                (m->score == best->score &&
                 prio_rank(m->kind) < prio_rank(best->kind)))
                best = m;
        }
        if (!best)
            continue;
        if (!free_range(x, t, t + best->ntok))
            continue;
        /* a capitalised common word is a name only inside a name:
         * "Polish" yes, "polish" no (handled by the case condition) */
        int32_t ci = accept(x, t, t + best->ntok, kind_type(best->kind),
                            "lexicon", best->ent);
        if (ci >= 0)
            next = t + best->ntok;
    }
}

static void absorb(nctx *x, int32_t a, int32_t b);

/* ---- 3b. regions: "Одеської області", "Lviv Oblast" ---- */

static void
find_regions(nctx *x)
{
    int32_t t = 1;
    for (; (t = kind_next(x, NK_REGION, t)) < x->nt; t++) {
        if (!is1(x, t, NK_REGION) || x->cover[t] >= 0)
            continue;
        int32_t p = t - 1;
        const ncand *c = cand_at(x, p);
        if (!is_cap(x, p) || p < sent_start(x, t))
            continue;
        if (c && !(c->type == WS_LOC && c->t0 == p && c->t1 == t))
            continue;
        if (!c && (tok_init(x, p) && common_word(x, p)))
            continue;
        absorb(x, p, t);
        accept(x, p, t + 1, WS_LOC, "pattern", -1);
    }
}

/* ---- 4. GOV: a head noun with its modifiers and complements ---- */

/* End of a LOC/NORP name starting at u (a lexicon match, free or taken
 * by a LOC/NORP candidate that starts there), or -1. */
static int32_t
loc_at(const nctx *x, int32_t u, int32_t lim)
{
    if (u >= lim)
        return -1;
    const ncand *c = cand_at(x, u);
    if (c) {
        if ((c->type == WS_LOC || c->type == WS_NORP) && c->t0 == u &&
            c->t1 <= lim)
            return c->t1;
        return -1;
    }
    const nmatch *m = mk(x, u, NK_LOC);
    const nmatch *n = mk(x, u, NK_NORP);
    if (!m || (n && n->ntok > m->ntok))
        m = n;
    if (m && u + m->ntok <= lim && free_range(x, u, u + m->ntok))
        return u + m->ntok;
    return -1;
}

/* Frees LOC/NORP candidates inside [a, b) so that a larger name takes
 * them in. */
static void
absorb(nctx *x, int32_t a, int32_t b)
{
    for (int32_t t = a; t < b; t++)
        if (x->cover[t] >= 0)
            unaccept(x, x->cover[t]);
}

/* Can token u be a plain capitalised word of a name? */
static int
cap_word(nctx *x, int32_t u)
{
    return is_cap(x, u) && x->cover[u] < 0 && !tok_init(x, u) &&
           !mk(x, u, NK_STOP) && !mk(x, u, NK_DET) && !mk(x, u, NK_ROLE) &&
           !mk(x, u, NK_TITLE) && !mk(x, u, NK_SAY) && !mk(x, u, NK_PRON);
}

/* One complement word at u (after "of", or a genitive): returns its end
 * or -1.  prep: after a preposition (allows any capitalised word). */
static int32_t
comp_at(nctx *x, int32_t u, int32_t lim, int prep, int loc_only)
{
    if (u >= lim)
        return -1;
    /* a region, found after the GOV names: "Правительство [Хабаровского
     * края]", "Адміністрація [Одеської області]" */
    if (x->lx->headfirst && u + 1 < lim && is_cap(x, u) && !tok_init(x, u) &&
        x->cover[u] < 0 && x->cover[u + 1] < 0 && is1(x, u + 1, NK_REGION))
        return u + 2;
    int32_t e = loc_at(x, u, lim);
    if (e > 0)
        return e;
    if (loc_only)
        return -1;
    if (x->cover[u] >= 0)
        return -1;
    if (is1(x, u, NK_GOVDOM))
        return u + 1;
    if (x->lx->headfirst && x->tk[u].caps &&
        (is1(x, u, NK_GOV) || is1(x, u, NK_ORG)))
        return u + 1;
    /* "комітету з питань енергетики Андрій Мельник": a first name and a
     * capitalised word after the name start a person, no complement */
    if (prep && cap_word(x, u) && !mk(x, u, NK_CONN) && !mk(x, u, NK_COORD) &&
        !(mk(x, u, NK_FIRST) && u + 1 < lim && cap_word(x, u + 1)))
        return u + 1;
    return -1;
}

/* Extends a GOV name to the right from r; sets *has_comp. */
static int32_t
gov_right(nctx *x, int32_t r, int32_t lim, int loc_only, int *has_comp)
{
    int in_comp = 0;
    while (r < lim && !x->tk[r - 1].poss) {
        int32_t e;
        if (in_comp && (e = comp_at(x, r, lim, 1, loc_only)) > 0) {
            absorb(x, r, e);
            r = e;
            continue;
        }
        int conn = is1(x, r, NK_CONN);
        int coord = is1(x, r, NK_COORD);
        if (conn || (coord && (in_comp || *has_comp))) {
            int32_t u = r + 1;
            while (u < lim && (is1(x, u, NK_DET) || x->tk[u].elart ||
                               (coord && is1(x, u, NK_CONN))))
                u++;
            if ((e = comp_at(x, u, lim, 1, loc_only)) > 0) {
                absorb(x, u, e);
                r = e;
                in_comp = 1;
                *has_comp = 1;
                continue;
            }
            break;
        }
        if (x->lx->headfirst && (e = comp_at(x, r, lim, 0, loc_only)) > 0) {
            absorb(x, r, e);
            r = e;
            *has_comp = 1;
            continue;
        }
        break;
    }
    return r;
}

/* ---- Russian / Ukrainian: names with lowercase complements ---- */

/* 1 when the folded word at u ends in one of the suffixes (NULL ended). */
static int
slav_ends(const nctx *x, int32_t u, const char *const *suf)
{
    const ntok *k = &x->tk[u];
    for (; *suf; suf++) {
        int32_t n = (int32_t)strlen(*suf);
        if (k->fl > n && memcmp(k->f + k->fl - n, *suf, (size_t)n) == 0)
            return 1;
    }
    return 0;
}

/* A lowercase word that may belong to a name's complement: no function
 * word, pronoun, cue or verb form (past tense, reflexive, infinitive,
 * present tense endings). */
static int
slav_plain(const nctx *x, int32_t u)
{
    static const char *const pron[] = {"котор", "який",  "якого", "якої",
                                       "яких",  "этого", "этой",  "этих",
                                       "цього", "цієї",  "цих"};
    static const char *const verb[] = {
        "ал",  "ял",  "ил",  "ел",  "ул",  "ыл",  "али", "яли", "или",
        "ели", "ули", "ыли", "ала", "яла", "ила", "ела", "ула", "ыла",
        "ало", "яло", "ило", "ело", "уло", "ыло", "іли", "іла", "іло",
        "ав",  "ив",  "ув",  "ся",  "сь",  "ть",  "ет",  "ит",  "ют",
        "ят",  "ут",  "ає",  "ує",  NULL};
    if (!is_word(x, u) || is_cap(x, u) || x->cover[u] >= 0 || x->tk[u].fl < 6 ||
        mk(x, u, NK_STOP) || mk(x, u, NK_DET) || mk(x, u, NK_CONN) ||
        mk(x, u, NK_COORD) || mk(x, u, NK_SAY) || mk(x, u, NK_PRON) ||
        mk(x, u, NK_PREPLOC) || mk(x, u, NK_ROLE))
        return 0;
    for (size_t i = 0; i < sizeof pron / sizeof *pron; i++) {
        size_t n = strlen(pron[i]);
        if ((size_t)x->tk[u].fl >= n && memcmp(x->tk[u].f, pron[i], n) == 0)
            return 0;
    }
    return !slav_ends(x, u, verb);
}

/* A lowercase adjective in an oblique case (genitive or dative). */
static int
slav_adj(const nctx *x, int32_t u)
{
    static const char *const suf[] = {"ого", "его", "ому", "ему",  "ой",
                                      "ей",  "ых",  "их",  "ым",   "им",
                                      "ьої", "ої",  "ій",  "ьому", NULL};
    return x->tk[u].fl >= 10 && slav_plain(x, u) && slav_ends(x, u, suf);
}

/* "Федеральное агентство по рыболовству", "Комитет по международным
 * делам", "Служба з питань ...": after a GOV name that ends at r, the
 * preposition "по" (ru) or "з"/"із" (uk) and a lowercase phrase (oblique
 * adjectives and a noun; after "делам", "вопросам", "питань", "справ" a
 * second such group) belong to the name.  l: the name's first token; it
 * must be capitalised.  Returns the new end. */
static int32_t
slav_gov_domain(nctx *x, int32_t l, int32_t r, int32_t lim, int *has_comp)
{
    int ru = strcmp(x->lang, "ru") == 0, uk = strcmp(x->lang, "uk") == 0;
    if ((!ru && !uk) || !is_cap(x, l) || r >= lim)
        return r;
    if (!(ru ? tok_eq(x, r, "по")
             : tok_eq(x, r, "з") || tok_eq(x, r, "із") || tok_eq(x, r, "зі")))
        return r;
    int32_t u = r + 1;
    for (int group = 0; group < 2; group++) {
        int32_t v = u;
        while (v < lim && v < u + 3 && slav_adj(x, v))
            v++;
        if (v >= lim || !slav_plain(x, v) || slav_adj(x, v))
            break;
        u = v + 1;
        if (!(tok_eq(x, v, "делам") || tok_eq(x, v, "вопросам") ||
              tok_eq(x, v, "питань") || tok_eq(x, v, "справ")))
            break;
    }
    if (u == r + 1)
        return r;
    absorb(x, r + 1, u);
    *has_comp = 1;
    return u;
}

/* "Профсоюз работников рыбного хозяйства", "Союз журналистов России",
 * "Спілка журналістів України": a capitalised organisation head (ORG
 * "head" rows of ner-orgs.tsv) followed by lowercase genitive words
 * (adjectives, nouns, "и"/"та" between nouns) ending in a noun, and an
 * optional place. */
static void
slav_org_common(nctx *x)
{
    if (strcmp(x->lang, "ru") != 0 && strcmp(x->lang, "uk") != 0)
        return;
    static const char *const gen[] = {"а",  "я",  "ы",  "и",  "ов",
                                      "ев", "ёв", "ей", "ий", "і",
                                      "ів", "їв", "у",  "ю",  NULL};
    int32_t h = 0;
    for (; (h = kind_next(x, NK_ORGHEAD, h)) < x->nt; h++) {
        if (!is_cap(x, h) || !is1(x, h, NK_ORGHEAD) || x->cover[h] >= 0)
            continue;
        int32_t lim = sent_end(x, h), u = h + 1, r = -1;
        while (u < lim && u < h + 7) {
            if (slav_adj(x, u)) {
                u++;
                continue;
            }
            if (slav_plain(x, u) && slav_ends(x, u, gen)) {
                u++;
                r = u;
                if (u + 1 < lim && is1(x, u, NK_COORD) &&
                    (slav_plain(x, u + 1) || slav_adj(x, u + 1)))
                    u++;
                continue;
            }
            break;
        }
        if (r < 0)
            continue;
        int32_t e = loc_at(x, r, lim);
        if (e > 0) {
            absorb(x, r, e);
            r = e;
        }
        if (accept(x, h, r, WS_ORG, "pattern", -1) >= 0)
            h = r - 1;
    }
}

/* Polish adjectives agree with the head: when an inflected head is put
 * in the nominative ("Komendy" -> "Komenda"), the capitalised adjectives
 * right after it follow ("Głównej" -> "Główna", "Wojewódzkiego" ->
 * "Wojewódzki", "Obronnego" -> "Obronne"), by the head's gender (its
 * nominative ends in -a: feminine, -o/-e: neuter, else masculine).
 * Writes the adjectives with the space before each into out (at most
 * cap bytes), takes their bytes off *post and returns the bytes written. */
static size_t
pl_adj_after_head(const nctx *x, int32_t h, int32_t end, const char *canon,
                  char *out, size_t cap, size_t *post)
{
    static const char *const masc[] = {
        "kiego", "ki",  "giego", "gi", "iego", "i",  "ego", "y", "kim",
        "ki",    "gim", "gi",    "im", "i",    "ym", "y",   NULL};
    static const char *const fem[] = {"kiej",     "ka", "giej", "ga",
                                      "iej",      "ia", "ej",   "a",
                                      "\xc4\x85", "a",  NULL};
    static const char *const neut[] = {
        "kiego", "kie", "giego", "gie", "iego", "ie", "ego", "e", "kim",
        "kie",   "gim", "gie",   "im",  "ie",   "ym", "e",   NULL};
    const ws_doc *d = x->d;
    size_t cl = strlen(canon), o = 0;
    for (int32_t t = h + 1; t < end && t < h + 3; t++) {
        const ws_token *k = &d->tokens.v[t];
        const char *w = d->text + k->bstart;
        size_t wl = (size_t)(k->bend - k->bstart), gap;
        if (!is_cap(x, t) || !is_word(x, t) || wl < 4)
            break;
        /* -ej and -ą are feminine whatever the head ends in ("Straży
         * Granicznej": the feminine "straż") */
        int f = canon[cl - 1] == 'a' || !memcmp(w + wl - 2, "ej", 2) ||
                !memcmp(w + wl - 2, "\xc4\x85", 2);
        const char *const *m = f ? fem
                               : canon[cl - 1] == 'o' || canon[cl - 1] == 'e'
                                   ? neut
                                   : masc;
        while (*m) {
            size_t el = strlen(m[0]);
            if (wl > el + 2 && !memcmp(w + wl - el, m[0], el))
                break;
            m += 2;
        }
        gap = (size_t)(k->bstart - d->tokens.v[t - 1].bend);
        if (!*m || o + gap + wl + 4 >= cap || gap + wl > *post)
            break;
        size_t stem = wl - strlen(m[0]);
        memcpy(out + o, w - gap, gap + stem);
        o += gap + stem;
        memcpy(out + o, m[1], strlen(m[1]));
        o += strlen(m[1]);
        *post -= gap + wl;
    }
    return o;
}

/* Polish names of bodies capitalise every word ("Urząd Wojewódzki",
 * "Urząd Miasta Krakowa", "Komenda Główna Policji"), and an office of a
 * place names the place after "w" ("Urząd Wojewódzki w Gdańsku"): extends
 * a capitalised head's name from r over capitalised words and places, and
 * over "w" and a place once it has two words.  Returns the new end. */
static int32_t
titlecase_gov(nctx *x, int32_t h, int32_t r, int32_t lim, int *has_comp)
{
    int32_t r0 = r, e;
    while (r < lim && r < h + 6) {
        if ((e = loc_at(x, r, lim)) > 0) {
            absorb(x, r, e);
            r = e;
        } else if (is_word(x, r) && cap_word(x, r) && !mk(x, r, NK_FIRST) &&
                   !mk(x, r, NK_CONN) && !mk(x, r, NK_COORD)) {
            r++;
        } else {
            break;
        }
    }
    if (r - h >= 2 && r + 1 < lim && tok_eq(x, r, "w") &&
        (e = loc_at(x, r + 1, lim)) > 0) {
        absorb(x, r + 1, e);
        r = e;
    } else if (r - h >= 2 && r + 1 < lim && tok_eq(x, r, "w") &&
               is_word(x, r + 1) && cap_word(x, r + 1) && !tok_init(x, r + 1) &&
               x->cover[r + 1] < 0 && !mk(x, r + 1, NK_FIRST)) {
        /* "Urząd Morski w Gdyni": a capitalised word after "w" is the
         * office's town, in the gazetteer or not */
        r += 2;
    }
    if (r > r0)
        *has_comp = 1;
    return r;
}

/* Russian and Ukrainian bodies named by adjectives before the head, the
 * first capitalised: "Федеральная таможенная служба", "Державна
 * прикордонна служба", "Федеральной налоговой службы".  Returns the
 * first adjective's token, or h when there is none.  Sentence-initial
 * capitals prove nothing: two adjectives are needed there. */
static int32_t
slav_adj_name_left(const nctx *x, int32_t h, int32_t s0)
{
    static const char *const suf[] = {
        "ая",  "яя",  "ое",  "ее",   "ый",   "ий",   "ой",  "ые",  "ие",
        "ых",  "их",  "ую",  "юю",   "ым",   "им",   "ей",  "ого", "его",
        "ому", "ему", "ыми", "ими",  "ій",   "ої",   "ьої", "на",  "ну",
        "ні",  "не",  "ним", "ного", "ному", "ньої", NULL};
    int ru = strcmp(x->lang, "ru") == 0, uk = strcmp(x->lang, "uk") == 0;
    if (!ru && !uk)
        return h;
    int32_t l = h;
    while (l > s0 && h - l < 3) {
        int32_t t = l - 1;
        if (!is_word(x, t) || x->cover[t] >= 0 || x->tk[t].fl < 10 ||
            x->tk[t].caps || !slav_ends(x, t, suf) || mk(x, t, NK_STOP) ||
            mk(x, t, NK_DET) || mk(x, t, NK_PRON) || mk(x, t, NK_SAY) ||
            mk(x, t, NK_ROLE) || mk(x, t, NK_GOVHEAD))
            break;
        l = t;
        if (is_cap(x, t))
            break;
    }
    if (l == h || !is_cap(x, l))
        return h;
    for (int32_t t = l + 1; t < h; t++)
        if (is_cap(x, t))
            return h;
    if (tok_init(x, l) && h - l < 2)
        return h;
    return l;
}

/* Writes to out the text src[0, pre) of the Russian or Ukrainian
 * adjectives [a, h) before a GOV head, put in the nominative to agree
 * with the head's nominative canon: "Федеральной таможенной" + "служба"
 * -> "Федеральная таможенная", "Державної прикордонної" -> "Державна
 * прикордонна".  An ending not in the tables is kept.  Returns the bytes
 * written (never more than pre: no nominative ending is longer than
 * the oblique one it replaces), or 0 when [a, h) holds
 * anything but words. */
static size_t
slav_adj_nominative(const nctx *x, int32_t a, int32_t h, const char *canon,
                    const char *src, size_t pre, char *out)
{
    /* oblique ending, nominative ending; per gender of the head */
    static const char *const ru_f[] = {"ой", "ая", "ую", "ая",
                                       "юю", "яя", NULL};
    static const char *const ru_n[] = {"ого", "ое", "ому", "ое",  "ым",
                                       "ое",  "ом", "ое",  "его", "ее",
                                       "ему", "ее", NULL};
    static const char *const ru_m[] = {"ского", "ский", "ого", "ый",  "ому",
                                       "ый",    "его",  "ий",  "ему", "ий",
                                       "ым",    "ый",   "им",  "ий",  NULL};
    static const char *const ru_p[] = {"ых", "ые", "ыми", "ые",  "ым",
                                       "ые", "их", "ие",  "ими", "ие",
                                       "им", "ие", NULL};
    static const char *const uk_f[] = {"ьої", "я", "ої", "а", "ій", "а",
                                       "ою",  "а", "у",  "а", NULL};
    static const char *const uk_n[] = {"ого", "е",  "ому", "е", "им",
                                       "е",   "ім", "е",   NULL};
    static const char *const uk_m[] = {"ого", "ий", "ому", "ий", "им",
                                       "ий",  "ім", "ий",  NULL};
    static const char *const uk_p[] = {"ими", "і", "их", "і", "им", "і", NULL};
    const ws_doc *d = x->d;
    int ru = strcmp(x->lang, "ru") == 0;
    size_t cl = strlen(canon);
    if ((!ru && strcmp(x->lang, "uk") != 0) || cl < 2)
        return 0;
    /* the head's gender or number from its nominative's last letter
     * (Cyrillic letters are two bytes) */
    const char *last = canon + cl - 2;
    const char *const *tab;
    if (!memcmp(last, "а", 2) || !memcmp(last, "я", 2))
        tab = ru ? ru_f : uk_f;
    else if (!memcmp(last, "о", 2) || !memcmp(last, "е", 2))
        tab = ru ? ru_n : uk_n;
    else if (!memcmp(last, "ы", 2) || !memcmp(last, "и", 2) ||
             !memcmp(last, "і", 2))
        tab = ru ? ru_p : uk_p;
    else
        tab = ru ? ru_m : uk_m;
    size_t base = (size_t)d->tokens.v[a].bstart, o = 0, from = 0;
    for (int32_t t = a; t < h; t++) {
        const ws_token *k = &d->tokens.v[t];
        size_t wb = (size_t)k->bstart - base,
               wl = (size_t)(k->bend - k->bstart);
        if (wb + wl > pre || wb < from || !is_word(x, t))
            return 0;
        size_t keep = wl;
        const char *rep = "";
        for (const char *const *m = tab; *m; m += 2) {
            size_t el = strlen(m[0]);
            if (wl > el + 4 && !memcmp(src + wb + wl - el, m[0], el)) {
                keep = wl - el;
                rep = m[1];
                break;
            }
        }
        memcpy(out + o, src + from, wb - from + keep);
        o += wb - from + keep;
        memcpy(out + o, rep, strlen(rep));
        o += strlen(rep);
        from = wb + wl;
    }
    memcpy(out + o, src + from, pre - from);
    return o + pre - from;
}

static void
find_gov(nctx *x)
{
    int32_t h = 0;
    for (; (h = kind_next(x, NK_GOVHEAD, h)) < x->nt; h++) {
        const nmatch *hm = mk(x, h, NK_GOVHEAD);
        if (!hm || !free_range(x, h, h + hm->ntok))
            continue;
        /* "ministre des Armées": a domain word after a preposition */
        if (is1(x, h, NK_GOVDOM) && h > 0 &&
            (is1(x, h - 1, NK_CONN) || is1(x, h - 1, NK_DET)))
            continue;
        int32_t s0 = sent_start(x, h), lim = sent_end(x, h);
        int32_t l = h, r = h + hm->ntok;
        int has_dom = 0, has_mod = 0, has_comp = 0, has_norp = 0;
        /* modifiers on the left */
        while (l > s0) {
            int32_t t = l - 1;
            if (x->tk[t].poss)
                break;
            const ncand *c = cand_at(x, t);
            if (c) {
                if ((c->type == WS_LOC || c->type == WS_NORP) && c->t1 == l &&
                    !strcmp(c->source, "lexicon")) {
                    l = c->t0;
                    has_mod = has_norp = 1;
                    continue;
                }
                break;
            }
            if (is1(x, t, NK_GOVDOM)) {
                l = t;
                has_dom = 1;
                continue;
            }
            if (is1(x, t, NK_NORP) || is1(x, t, NK_LOC)) {
                l = t;
                has_mod = has_norp = 1;
                continue;
            }
            if (!x->lx->nouns_cap && !x->lx->headfirst && cap_word(x, t) &&
                !mk(x, t, NK_ORG) && !mk(x, t, NK_MEDIA) &&
                !mk(x, t, NK_GOVHEAD) && !mk(x, t, NK_FIRST)) {
                l = t;
                has_mod = 1;
                continue;
            }
            break;
        }
        if (l == h) {
            int32_t a = slav_adj_name_left(x, h, s0);
            if (a < h) {
                l = a;
                has_dom = 1;
            }
        }
        r = gov_right(x, r, lim, 0, &has_comp);
        r = slav_gov_domain(x, l, r, lim, &has_comp);
        if (x->lx->titlecase && is_cap(x, h) && l == h)
            r = titlecase_gov(x, h, r, lim, &has_comp);
        /* "armée irlandaise", "gouvernement français" */
        if (x->lx->elide && r < lim && is1(x, r, NK_NORP) && x->cover[r] < 0 &&
            !x->tk[r - 1].poss) {
            r++;
            has_norp = 1;
            /* "ministère béninois de la Défense" */
            r = gov_right(x, r, lim, 0, &has_comp);
        }
        int spec = has_dom || has_comp || hm->via == WM_SUFFIX ||
                   hm->ntok > 1 || (x->lx->norpgov && has_norp);
        int ok;
        if (x->lx->nouns_cap)
            ok = spec || has_mod;
        else if (is_cap(x, h))
            ok = !(tok_init(x, h) && l == h && !has_comp) || spec;
        else
            ok = spec;
        if (!ok)
            continue;
        absorb(x, l, r);
        int32_t ci = accept(x, l, r, WS_GOV, "pattern", hm->ent);
        if (ci >= 0) {
            x->c[ci].head = h;
            h = r - 1;
        }
    }
}

/* ---- 5. roles ---- */

/* French "à", "au", "aux" before a role's domain ("commissaire à la
 * sécurité", "ministre délégué aux Sports"). */
static int
fr_role_prep(const nctx *x, int32_t u)
{
    return x->lx->elide && u < x->nt &&
           (tok_eq(x, u, "\xc3\xa0") || tok_eq(x, u, "au") ||
            tok_eq(x, u, "aux"));
}

static void
find_roles(nctx *x)
{
    int32_t t = 0;
    for (; (t = kind_next(x, NK_ROLE, t)) < x->nt; t++) {
        const nmatch *m = mk(x, t, NK_ROLE);
        if (!m || !free_range(x, t, t + m->ntok))
            continue;
        int32_t l = t, s0 = sent_start(x, t);
        while (l > s0 && x->cover[l - 1] < 0 && !x->tk[l - 1].poss &&
               (is1(x, l - 1, NK_ROLEMOD) || is1(x, l - 1, NK_GOVDOM)))
            l--;
        int32_t r = t + m->ntok;
        /* "deputy foreign minister": a following role word continues */
        while (r < x->nt && r < sent_end(x, t) && !x->tk[r - 1].poss) {
            const nmatch *n = mk(x, r, NK_ROLE);
            if (n && is1(x, r - 1, NK_ROLEMOD) && free_range(x, r, r + n->ntok))
                r += n->ntok;
            else
                break;
        }
        /* "minister spraw zagranicznych", "ministre des Armées" */
        int32_t lim = sent_end(x, t);
        while (r < lim && !x->tk[r - 1].poss) {
            if (x->cover[r] < 0 && is1(x, r, NK_GOVDOM) &&
                (x->lx->headfirst || r > t + m->ntok)) {
                r++;
                continue;
            }
            int32_t u = r;
            /* "ministre français des Comptes publics", "secrétaire d'État
             * britannique aux Transports": a nationality adjective between
             * a French role and its domain */
            int norp = 0;
            if (x->lx->elide && r > t && u + 1 < lim && !is_cap(x, u) &&
                (is1(x, u, NK_NORP) ||
                 (cand_at(x, u) && cand_at(x, u)->type == WS_NORP &&
                  cand_at(x, u)->t0 == u && cand_at(x, u)->t1 == u + 1))) {
                u++;
                norp = 1;
            }
            if (is1(x, u, NK_CONN) || fr_role_prep(x, u)) {
                u++;
                while (u < lim && is1(x, u, NK_DET))
                    u++;
                if (u < lim && x->cover[u] < 0 && is1(x, u, NK_GOVDOM)) {
                    if (norp)
                        absorb(x, r, r + 1);
                    r = u + 1;
                    continue;
                }
            }
            break;
        }
        int32_t ci = accept(x, l, r, WS_ROLE, "lexicon", m->ent);
        if (ci >= 0)
            t = r - 1;
    }
}

/* French: a capitalised organisation head with a complement in common
 * nouns ("Association des armateurs ouest-africains", "Fédération
 * nationale des transporteurs", "Syndicat des journalistes de Belgique"):
 * head, an optional adjective, de/du/des/d' (+ article), a lowercase noun,
 * optional nationality adjectives, an optional place. */
static int
fr_org_adj(const nctx *x, int32_t u)
{
    static const char *const adj[] = {
        "national",      "nationale",      "nationaux",      "nationales",
        "international", "internationale", "internationaux", "internationales",
        "mondial",       "mondiale",       "général",        "générale",
        "régional",      "régionale",      "européen",       "européenne"};
    if (!is_word(x, u) || is_cap(x, u))
        return 0;
    if (is1(x, u, NK_NORP))
        return 1;
    for (size_t k = 0; k < sizeof adj / sizeof *adj; k++)
        if (tok_eq(x, u, adj[k]))
            return 1;
    return 0;
}

static void
fr_org_common(nctx *x)
{
    if (!x->lx->elide)
        return;
    int32_t h = 0;
    for (; (h = kind_next(x, NK_ORGHEAD, h)) < x->nt; h++) {
        if (!is_cap(x, h) || !is1(x, h, NK_ORGHEAD) || x->cover[h] >= 0)
            continue;
        int32_t lim = sent_end(x, h), u = h + 1;
        if (u < lim && fr_org_adj(x, u))
            u++;
        if (u >= lim || !is1(x, u, NK_CONN) || tok_eq(x, u, "pour"))
            continue;
        u++;
        while (u < lim && (is1(x, u, NK_DET) || x->tk[u].elart))
            u++;
        /* the noun: a lowercase content word */
        if (u >= lim || !is_word(x, u) || is_cap(x, u) || x->tk[u].fl < 3 ||
            mk(x, u, NK_STOP) || mk(x, u, NK_DET) || mk(x, u, NK_CONN) ||
            mk(x, u, NK_SAY) || mk(x, u, NK_PRON) || x->cover[u] >= 0)
            continue;
        int32_t r = u + 1;
        while (r < lim && r < u + 3 && x->cover[r] < 0 && fr_org_adj(x, r))
            r++;
        /* "... de France", "... du Sénégal" */
        if (r + 1 < lim && is1(x, r, NK_CONN) && !tok_eq(x, r, "pour")) {
            int32_t v = r + 1;
            while (v < lim && (is1(x, v, NK_DET) || x->tk[v].elart))
                v++;
            int32_t e = loc_at(x, v, lim);
            if (e > 0) {
                absorb(x, v, e);
                r = e;
            } else if (v < lim && is_cap(x, v) && x->cover[v] < 0 &&
                       !mk(x, v, NK_STOP) && !mk(x, v, NK_ROLE) &&
                       !mk(x, v, NK_TITLE) && !mk(x, v, NK_FIRST) &&
                       (v + 1 >= lim || !is_cap(x, v + 1))) {
                /* a place the lexicon does not know: "de Cadix" */
                r = v + 1;
            }
        }
        if (accept(x, h, r, WS_ORG, "pattern", -1) >= 0)
            h = r - 1;
    }
}

/* GOV acronyms and names from the lexicon take a country complement:
 * "МЗС України", "MFA of Ukraine". */
static void
extend_gov_full(nctx *x)
{
    for (int32_t ci = 0; ci < x->nc; ci++) {
        ncand *c = &x->c[ci];
        if (c->dead || c->type != WS_GOV || strcmp(c->source, "lexicon"))
            continue;
        int has = 0;
        int32_t lim = sent_end(x, c->t0);
        /* "German Foreign Office", "litewskie MSZ" */
        int32_t l = c->t0;
        if (l > sent_start(x, l) && !x->tk[l - 1].poss) {
            const ncand *p = cand_at(x, l - 1);
            if (p && p->type == WS_NORP && p->t1 == l &&
                !strcmp(p->source, "lexicon")) {
                int32_t nl = p->t0;
                unaccept(x, x->cover[l - 1]);
                for (int32_t t = nl; t < l; t++)
                    x->cover[t] = ci;
                c->t0 = nl;
            }
        }
        int32_t r = gov_right(x, c->t1, lim, 1, &has);
        if (r > c->t1) {
            for (int32_t t = c->t1; t < r; t++)
                x->cover[t] = ci;
            c->t1 = r;
        }
    }
}

/* ---- 6. the trained tagger ---- */

static int
all_lexical(const nctx *x, int32_t a, int32_t b)
{
    int nw = 0;
    for (int32_t t = a; t < b; t++) {
        if (!is_word(x, t))
            continue;
        nw++;
        if (!mk(x, t, NK_ORG) && !mk(x, t, NK_LOC) && !mk(x, t, NK_NORP) &&
            !mk(x, t, NK_GOV) && !mk(x, t, NK_MEDIA))
            return 0;
    }
    return nw > 1;
}

/* An initial: one capital letter followed by a full stop ("А . Кулешов"
 * as the .bio files split it, or "А." as one token). */
static int
is_initial(const nctx *x, int32_t t, int32_t lim)
{
    if (!is_cap(x, t))
        return 0;
    const char *s = ws_tok_ptr(x->d, t);
    size_t n = (size_t)ws_tok_blen(x->d, t), j = 0;
    (void)ws_utf8_decode(s, n, &j);
    if (j == n)
        return t + 1 < lim && tok_eq(x, t + 1, ".");
    return j + 1 == n && s[j] == '.';
}

/* True when token t's folded form is longer than, and ends with, one of
 * the n endings. */
static int
ends_with_any(const nctx *x, int32_t t, const char *const *end, size_t n)
{
    const ntok *k = &x->tk[t];
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(end[i]);
        if ((size_t)k->fl > len && memcmp(k->f + k->fl - len, end[i], len) == 0)
            return 1;
    }
    return 0;
}

/* A patronymic (Russian, Ukrainian): Григорьевич, Петровна, Іванівна. */
static int
patronymic(const nctx *x, int32_t t)
{
    static const char *const end[] = {"вич", "вна", "чна", "ична", "івна"};
    return ends_with_any(x, t, end, sizeof(end) / sizeof(end[0]));
}

static int
name_start(const nctx *x, int32_t t, int32_t lim)
{
    return is1(x, t, NK_FIRST) || is_initial(x, t, lim);
}

/* A word in Cyrillic letters (U+0400-U+04FF: lead bytes D0-D3). */
static int
cyrillic(const nctx *x, int32_t t)
{
    const unsigned char *s = (const unsigned char *)ws_tok_ptr(x->d, t);
    return ws_tok_blen(x->d, t) >= 2 && s[0] >= 0xD0 && s[0] <= 0xD3;
}

/* Ends like a genitive of a name (Пушкина, Шеймана, Джексона, Зеленського):
 * -а, -я, -ого, -его. */
static int
genitive_like(const nctx *x, int32_t t)
{
    static const char *const end[] = {"а", "я", "ого", "его"};
    return ends_with_any(x, t, end, sizeof(end) / sizeof(end[0]));
}

/* Corrections of the tagger's person spans, on its BIO tags (before the
 * stage reads them, and in `whosaid eval --bio`):
 * - a role or courtesy title, or a word for kin or a monarch's rank
 *   ("kin" rows of ner-context.tsv: Сын, Вдова, Король), opening a
 *   person's span is not part of the name ("Senator Maria Lindqvist",
 *   "Директор Карпенко", "Сын Ирины Соколовой"): the span
 *   starts at the capitalised word after it;
 * - in Russian and Ukrainian a person's span that runs on into a second
 *   name is split where a first name or an initial follows a Cyrillic
 *   surname: "дочь Петра Соколова Ирина" (two words before), "ученик
 *   Карпенко В . Лысенко", "директор музея Гоголя Олег Бойко" (one word
 *   with a genitive ending, then a first name, not an initial: "Уолтера
 *   Т. Грина" is one man, and a surname), or a first name, a patronymic
 *   and a surname after one word ("глава Эрмитажа Виталий Григорьевич
 *   Костин"); not the
 *   surname-first order of one person, "Соколова Ирина Петровна" (a
 *   patronymic second) or "Соколова Ирина" (a first name alone), and not
 *   names in Latin letters, whose middle initials and given names our
 *   first-name lists do not cover ("Mary J. Carter"). */
static void
fix_person_tags(nctx *x, uint8_t *tags)
{
    const uint8_t B = 1 + 2 * WS_BIO_PER, I = 2 + 2 * WS_BIO_PER;
    const int cyr = !strcmp(x->lang, "ru") || !strcmp(x->lang, "uk");
    for (int32_t s = 0; s < x->d->sentences.n; s++) {
        const ws_sentence *se = &x->d->sentences.v[s];
        for (int32_t a = se->tok0;
             (a = ws_next_tag(tags, a, se->tok1)) < se->tok1;) {
            if (tags[a] != B) {
                a++;
                continue;
            }
            int32_t b = a + 1;
            while (b < se->tok1 && tags[b] == I)
                b++;
            if (b - a >= 2 && is_cap(x, a + 1) &&
                (is1(x, a, NK_ROLE) || is1(x, a, NK_TITLE) ||
                 is1(x, a, NK_KIN)) &&
                !is1(x, a, NK_FIRST)) {
                tags[a] = 0;
                tags[++a] = B;
            }
            for (int32_t k = a + 1; cyr && k < b; k++) {
                if (!is_word(x, k - 1) || !is_cap(x, k - 1) ||
                    !cyrillic(x, k - 1) || !cyrillic(x, k) ||
                    name_start(x, k - 1, b) || !name_start(x, k, b))
                    continue;
                int nbefore = 0, nafter = 0;
                int32_t second = -1;
                for (int32_t t = a; t < b; t++) {
                    if (!is_word(x, t))
                        continue;
                    if (t < k) {
                        nbefore++;
                    } else if (++nafter == 2) {
                        second = t;
                    }
                }
                if (nbefore >= 2 ||
                    (genitive_like(x, k - 1) && is1(x, k, NK_FIRST) &&
                     nafter >= 2 && !patronymic(x, second)) ||
                    (is1(x, k, NK_FIRST) && nafter >= 3 &&
                     patronymic(x, second))) {
                    tags[k] = B;
                    break;
                }
            }
            a = b;
        }
    }
}

/* Token t is a quotation mark that can open (open != 0) or close a
 * quoted name: « " „ “ and » " ” “. */
static int
quote_mark(const nctx *x, int32_t t, int open)
{
    const char *s = ws_tok_ptr(x->d, t);
    size_t n = (size_t)ws_tok_blen(x->d, t);
    if (n == 1)
        return s[0] == '"';
    if (n == 2)
        return memcmp(s, open ? "\xc2\xab" : "\xc2\xbb", 2) == 0;
    return n == 3 &&
           (memcmp(s, "\xe2\x80\x9c", 3) == 0 ||
            memcmp(s, open ? "\xe2\x80\x9e" : "\xe2\x80\x9d", 3) == 0);
}

/* Quotation-mark balance of tokens [a, b): +1 for each « „, -1 for
 * each » ”, and " “ (which open and close) closing an open mark or
 * opening one. */
static int
quote_balance(const nctx *x, int32_t a, int32_t b)
{
    int bal = 0;
    for (int32_t t = a; t < b; t++) {
        int o = quote_mark(x, t, 1), c = quote_mark(x, t, 0);
        if (o && c)
            bal += bal > 0 ? -1 : 1;
        else if (o)
            bal++;
        else if (c)
            bal--;
    }
    return bal;
}

/* End of the chunk of type ty starting at a (tags of one sentence up to
 * lim). */
static int32_t
chunk_end(const uint8_t *tags, int32_t a, int32_t lim, int ty)
{
    int32_t b = a + 1;
    while (b < lim && tags[b] == 2 + 2 * ty)
        b++;
    return b;
}

static void
set_chunk(uint8_t *tags, int32_t a, int32_t b, int ty)
{
    tags[a] = (uint8_t)(1 + 2 * ty);
    for (int32_t t = a + 1; t < b; t++)
        tags[t] = (uint8_t)(2 + 2 * ty);
}

/* Is sentence s a headline in title case ("Court Says Mayor Can Stay"):
 * at least four words of four letters or more, nearly all capitalised,
 * in a language whose nouns are not all capitalised anyway? */
static int
title_case_sentence(const nctx *x, int32_t s)
{
    const ws_sentence *se = &x->d->sentences.v[s];
    int32_t words = 0, caps = 0;
    if (x->lx->nouns_cap || se->tok1 - se->tok0 > 64)
        return 0;
    for (int32_t t = se->tok0; t < se->tok1; t++) {
        if (!is_word(x, t) || ws_tok_blen(x->d, t) < 4)
            continue;
        words++;
        caps += is_cap(x, t);
    }
    return words >= 4 && caps * 5 >= words * 4;
}

/* Is token t a function word that does not open a person's name: a
 * capitalised preposition, conjunction, article or pronoun ("Against
 * Smith", "For Anna Berg")? */
static int
function_word(const nctx *x, int32_t t)
{
    return is1(x, t, NK_STOP) || is1(x, t, NK_DET) || is1(x, t, NK_CONN) ||
           is1(x, t, NK_PREPLOC) || is1(x, t, NK_COORD);
}

/* Does token t end the name of type ty it stands in (ty, tc: the name's
 * BIO type, whether its sentence is a title-case headline; tc < 0: not
 * known yet, asked here)?  0: no; 1: the words after t may be a name
 * still, t is a speech verb ("says", "told") or, in a person's name, a
 * capitalised function word of a title-case headline ("Clinton Breaks
 * With Obama") or a lower-case stop word ("Smith vs. Jones"); 2: the words
 * after t are its verb, t is an auxiliary ("is", "was", "must").  A verb ends a
 * name in lower case, or capitalised in a title-case headline ("Court Says
 * ...", "Mayor Is Right"). */
static int
name_break(const nctx *x, int32_t t, int ty, int *tc)
{
    int say = is1(x, t, NK_SAY), aux = is1(x, t, NK_AUX);
    if (say || aux) {
        if (is_cap(x, t) && *tc < 0)
            *tc = title_case_sentence(x, x->d->tokens.v[t].sent);
        if (!is_cap(x, t) || *tc > 0)
            return say ? 1 : 2;
    }
    if (ty == WS_BIO_PER && !is_cap(x, t) && is1(x, t, NK_STOP))
        return 1; /* "vs." */
    if (ty == WS_BIO_PER && is_cap(x, t) && function_word(x, t)) {
        if (*tc < 0)
            *tc = title_case_sentence(x, x->d->tokens.v[t].sent);
        return *tc > 0;
    }
    return 0;
}

/* Splits the tagger's names at verbs (after fix_person_tags, in the stage
 * and in `whosaid eval --bio`):
 * - a speech verb or an auxiliary ends a name: "the Court of Appeals
 *   says Anna Berg" is a name, a verb and a name, and so is a title-case
 *   headline's "Appeals Court Says Anna Berg Can Stay"; the words after
 *   a speech verb stay a name when they open with a capital that is no
 *   function word ("Senators Vow To Fight" holds none), a person's when
 *   the first is a first name; the words after an auxiliary are its
 *   verb ("Anna Berg Must Pay");
 * - a person's name holds no "vs.", nor in a title-case headline a
 *   capitalised function word: "Clinton Breaks With Obama" ends before
 *   "With";
 * - a person's name opening with a function word starts after it
 *   ("Against Smith, Party Rallies", "For Anna Berg, A Long Week"); not
 *   other names ("The Hague", "Die Linke"). */
static void
fix_verb_tags(nctx *x, uint8_t *tags)
{
    for (int32_t s = 0; s < x->d->sentences.n; s++) {
        const ws_sentence *se = &x->d->sentences.v[s];
        int tc = -1; /* title case, asked once a name holds a verb */
        for (int32_t a = se->tok0;
             (a = ws_next_tag(tags, a, se->tok1)) < se->tok1;) {
            if (tags[a] >= WS_BIO_NTAGS || !(tags[a] & 1)) {
                a++;
                continue;
            }
            int ty = (tags[a] - 1) / 2;
            int32_t b = chunk_end(tags, a, se->tok1, ty);
            if (ty == WS_BIO_PER && b - a >= 2 && is_cap(x, a + 1) &&
                function_word(x, a)) {
                tags[a++] = 0;
                set_chunk(tags, a, b, ty);
            }
            for (int32_t k = a; ty != WS_BIO_MISC && k < b; k++) {
                int brk = name_break(x, k, ty, &tc);
                if (!brk)
                    continue;
                tags[k] = 0;
                if (k > a)
                    set_chunk(tags, a, k, ty);
                int32_t r = k + 1;
                if (r < b && brk == 1 && is_cap(x, r) && !function_word(x, r))
                    set_chunk(tags, r, b,
                              is1(x, r, NK_FIRST) ? WS_BIO_PER : ty);
                else
                    memset(tags + r, 0, (size_t)(b - r));
                b = k;
                break;
            }
            a = b;
        }
    }
}

/* Corrections of the tagger's types and spans in Russian and Ukrainian
 * (after fix_person_tags, in the stage and in `whosaid eval --bio`):
 * - a name in quotation marks after a lower-case noun for a kind of
 *   work, award or event ("work" rows of ner-context.tsv: фильм «X»,
 *   песню «X», премии «X», фестиваль «X») is MISC, as are the quoted
 *   names listed after it ("картины «X», «Y» и «Z»", also after "как":
 *   "такими картинами, как «X»"); after a noun for
 *   a kind of facility ("facility" rows: аэропорт «X», станция «X»),
 *   a place;
 * - a name's quotation marks pair up: a span with an opening mark
 *   takes the closing mark right after it, a closing mark that ends a
 *   span without its opening mark leaves it;
 * - a name the tagger ends inside its quotation marks, before a
 *   lower-case word ("партии «Союз за демократию»"), runs to the closing
 *   mark when nothing else is tagged across it;
 * - a name defined by its abbreviation in brackets is one name
 *   (fix_acronym_defs);
 * - one capitalised word tagged as a person right after a lower-case
 *   noun for a kind of place ("place" rows: город, столица, жители) is
 *   a place, unless it is a first name ("в городе Иваново", not "жители
 *   Ивана");
 * - a Latin-script name run together with a person's name in Cyrillic
 *   is an organisation and a person (latin_then_person);
 * - an organisation of lower-case nouns and one capitalised word that
 *   is a person's surname (after an initial, or the last word of a
 *   person's full name in the document: "в кабинете Орловой") is that
 *   person. */
/* A name defined by its abbreviation in brackets, "Союз вольных
 * художников (СВХ)": when the initials of the capitalised and lower-case
 * content words right before "(ABBR)" spell ABBR (short function words
 * skipped), and the tagger tagged some of those words, they are one
 * name, of the type of the first tagged word (ORG for a person). */
static void
fix_acronym_defs(nctx *x, uint8_t *tags, int32_t s0, int32_t lim)
{
    for (int32_t i = s0 + 2; i + 2 < lim; i++) {
        if (!tok_eq(x, i, "(") || !tok_eq(x, i + 2, ")") ||
            !x->tk[i + 1].caps || !is_word(x, i + 1))
            continue;
        int32_t L[8];
        int n = 0;
        const ntok *ab = &x->tk[i + 1];
        size_t j = 0;
        while (j < (size_t)ab->fl && n < 8) {
            int32_t cp = ws_utf8_decode(ab->f, (size_t)ab->fl, &j);
            if (cp < 0 || !ws_cp_is_letter(cp))
                break;
            L[n++] = cp;
        }
        if (n < 2 || n > 7 || j != (size_t)ab->fl)
            continue;
        int32_t t = i - 1, a = -1;
        for (int k = n - 1; t >= s0 && k >= 0; t--) {
            if (!is_word(x, t))
                break;
            if (!is_cap(x, t) && x->tk[t].fl <= 4)
                continue; /* "с", "за", "по", "і", "та" */
            size_t q = 0;
            if (ws_utf8_decode(x->tk[t].f, (size_t)x->tk[t].fl, &q) != L[k])
                break;
            if (--k < 0)
                a = t;
        }
        if (a < 0 || i - a < 2 || !is_cap(x, a) || (tags[a] && !(tags[a] & 1)))
            continue;
        int ty = -1;
        for (int32_t u = a; u < i && ty < 0; u++)
            if (tags[u] && tags[u] < WS_BIO_NTAGS)
                ty = (tags[u] - 1) / 2;
        /* nothing tagged, or a chunk running on past "(" */
        if (ty < 0 || (tags[i] && !(tags[i] & 1)))
            continue;
        set_chunk(tags, a, i, ty == WS_BIO_PER ? WS_BIO_ORG : ty);
    }
}

static int first_oblique(nctx *x, int32_t t);

/* A lower-case word of a name's genitive or dative chain after "по"
 * (ru) or "з" (uk): "по надзору в сфере образования и науки", "з питань
 * охорони здоров'я"; a noun or adjective by its ending, not a verb
 * ("вынесла", "заявили", "решить"), at least three letters. */
static int
chain_word(const nctx *x, int32_t t)
{
    static const char *const noun[] = {"а", "я", "ы", "и", "і", "у",  "ю",
                                       "е", "й", "х", "м", "ь", "ов", "ев"};
    static const char *const verb[] = {"ла", "ло", "ли", "ть",  "ся", "ет",
                                       "ит", "ют", "ят", "ать", "ыми"};
    /* adverbs of time with a noun's ending */
    static const char *const adv[] = {
        "сегодня",  "вчера", "завтра", "всегда", "тогда", "также",
        "сьогодні", "вчора", "завтра", "завжди", "тоді",  "теперь"};
    if (!is_word(x, t) || is_cap(x, t) || x->tk[t].fl < 6)
        return 0;
    for (size_t i = 0; i < sizeof(adv) / sizeof(adv[0]); i++)
        if (tok_eq(x, t, adv[i]))
            return 0;
    return ends_with_any(x, t, noun, sizeof(noun) / sizeof(noun[0])) &&
           !ends_with_any(x, t, verb, sizeof(verb) / sizeof(verb[0]));
}

/* A noun for a body that takes a "по"/"з" chain as part of its name
 * (Russian, Ukrainian), in any case form: служба, агентство, комитет,
 * комиссия, суд, управление, організація, комісія ... */
static int
body_noun(const nctx *x, int32_t t)
{
    static const char *const stem[] = {
        "агентств",    "служб",       "комитет",     "комітет",  "комисси",
        "комісі",      "организаци",  "організаці",  "суд",      "совет",
        "управлени",   "управлінн",   "фонд",        "центр",    "институт",
        "інститут",    "министерств", "міністерств", "инспекци", "інспекці",
        "департамент", "ассоциаци",   "асоціаці",    "палат",    "бюро",
        "агенці",      "союз",        "трибунал"};
    const ntok *k = &x->tk[t];
    for (size_t i = 0; i < sizeof(stem) / sizeof(stem[0]); i++) {
        size_t n = strlen(stem[i]);
        /* the stem and at most a two-letter ending */
        if ((size_t)k->fl >= n && (size_t)k->fl <= n + 4 &&
            memcmp(k->f, stem[i], n) == 0)
            return 1;
    }
    return 0;
}

/* Extends an organisation ending in a body noun over its lower-case
 * "по"/"з" chain: "Европейский суд | по правам человека", "Агентство |
 * по охране окружающей среды" (and a one-word place right after it,
 * "... среды США"); returns the new end. */
static int32_t
body_chain_end(nctx *x, const uint8_t *tags, int32_t b, int32_t lim)
{
    if (b + 1 >= lim || !body_noun(x, b - 1) || tags[b] != 0 ||
        !(tok_eq(x, b, "по") || tok_eq(x, b, "з")) || tags[b + 1] != 0 ||
        !chain_word(x, b + 1))
        return b;
    int32_t e = b + 2, end = e;
    while (e < lim && e < b + 12 && tags[e] == 0) {
        if (chain_word(x, e)) {
            end = ++e;
        } else if ((tok_eq(x, e, "и") || tok_eq(x, e, "і") ||
                    tok_eq(x, e, "та") || tok_eq(x, e, "в") ||
                    tok_eq(x, e, "у")) &&
                   e + 1 < lim && tags[e + 1] == 0 && chain_word(x, e + 1)) {
            e++;
        } else {
            break;
        }
    }
    /* a one-word place right after the chain, "США", "России" */
    if (end < lim && end == e && tags[end] == 1 + 2 * WS_BIO_LOC &&
        is_cap(x, end) &&
        (end + 1 >= lim || tags[end + 1] != 2 + 2 * WS_BIO_LOC))
        end++;
    return end;
}

static int surname_match(const char *a, size_t al, const char *b, size_t bl,
                         int infl);

/* A word in Latin letters (its first letter ASCII). */
static int
latin(const nctx *x, int32_t t)
{
    const unsigned char *s = (const unsigned char *)ws_tok_ptr(x->d, t);
    return is_word(x, t) && ((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z');
}

/* A name in Latin letters run together with a person's name in Cyrillic
 * ("представник Halvard Bank Олег Сомов", "аналитик Norvik Capital
 * Ирина Зуева"): the Latin words are the organisation the person works
 * for, the Cyrillic ones (two or three capitalised words or initials)
 * the person.  Returns the first Cyrillic token of the span [a, b), or
 * -1. */
static int32_t
latin_then_person(const nctx *x, int32_t a, int32_t b)
{
    int32_t k = a;
    while (k < b && (latin(x, k) || (k > a && !is_word(x, k) &&
                                     !(tflags(x, k) & WS_TOK_QUOTE))))
        k++;
    if (k == a || k == b || !latin(x, k - 1) || !cyrillic(x, k) ||
        !is_cap(x, k))
        return -1;
    int nw = 0;
    for (int32_t t = k; t < b; t++) {
        if (is_initial(x, t, b)) {
            nw++;
            if (t + 1 < b && tok_eq(x, t + 1, "."))
                t++;
            continue;
        }
        if (!cyrillic(x, t) || !is_cap(x, t) || x->tk[t].caps)
            return -1;
        nw++;
    }
    return nw >= 2 && nw <= 3 ? k : -1;
}

/* The folded last word of a person's name of two or more words tagged
 * in the same document ("Анна Орлова" for "кабинет Орловой"), same stem;
 * the document is the paragraph in a .bio file, the whole text in the
 * stage. */
static int
doc_surname(const nctx *x, const uint8_t *tags, int32_t s, int32_t t)
{
    const uint8_t B = 1 + 2 * WS_BIO_PER, I = 2 + 2 * WS_BIO_PER;
    const ws_doc *d = x->d;
    int32_t p = d->sentences.v[s].para;
    int32_t s0 = s, s1 = s + 1;
    if (x->para_doc) {
        while (s0 > 0 && d->sentences.v[s0 - 1].para == p)
            s0--;
        while (s1 < d->sentences.n && d->sentences.v[s1].para == p)
            s1++;
    } else {
        s0 = 0;
        s1 = d->sentences.n;
    }
    const ntok *k = &x->tk[t];
    for (int32_t u = d->sentences.v[s0].tok0; u < d->sentences.v[s1 - 1].tok1;
         u++) {
        if (tags[u] != I || (u + 1 < x->nt && tags[u + 1] == I) ||
            !is_cap(x, u) || u == t)
            continue;
        int32_t v = u;
        while (v > 0 && tags[v] == I)
            v--;
        if (tags[v] != B)
            continue;
        if (surname_match(x->tk[u].f, (size_t)x->tk[u].fl, k->f, (size_t)k->fl,
                          1))
            return 1;
    }
    return 0;
}

/* Initials before a surname are part of the person's name: "А. П.
 * Петренко", "А. Смолин" (one token each, as the Russian tokenizer
 * writes them, or "А . П ." as .bio files split them), which the tagger,
 * trained mostly on split initials, often leaves out.  One initial joins a
 * surname the tagger took for a person (or an initial of it did); two or more
 * make a person of a capitalised word the tagger left untagged or took for a
 * one-word place.  Only initials that are untagged or a person's are
 * taken ("Институт имени В. И. Петренко" stays the organisation). */
static void
fix_initials(nctx *x, uint8_t *tags, int32_t s0, int32_t lim)
{
    const uint8_t B = 1 + 2 * WS_BIO_PER, I = 2 + 2 * WS_BIO_PER;
    for (int32_t t = s0; t < lim;) {
        int32_t k = t, n = 0;
        while (k < lim && n < 3 && is_initial(x, k, lim) &&
               (tags[k] == 0 || tags[k] == B || tags[k] == I)) {
            int split = k + 1 < lim && tok_eq(x, k + 1, ".");
            if (split && tags[k + 1] != 0 && tags[k + 1] != I)
                break;
            k += split ? 2 : 1;
            n++;
        }
        if (n == 0) {
            t++;
            continue;
        }
        /* k: the word after the initials */
        if (k < lim && is_word(x, k) && is_cap(x, k) && cyrillic(x, k) &&
            !x->tk[k].caps && !is_initial(x, k, lim) &&
            (tags[k] == B || tags[k] == I ||
             (n >= 2 &&
              (tags[k] == 0 ||
               (tags[k] == 1 + 2 * WS_BIO_LOC &&
                (k + 1 >= lim || tags[k + 1] != 2 + 2 * WS_BIO_LOC)))))) {
            int32_t e = k + 1;
            while (e < lim && tags[e] == I)
                e++;
            set_chunk(tags, t, e, WS_BIO_PER);
            t = e;
        } else {
            t = k;
        }
    }
}

static void
fix_slav_tags(nctx *x, uint8_t *tags)
{
    if (strcmp(x->lang, "ru") != 0 && strcmp(x->lang, "uk") != 0)
        return;
    const int PER = WS_BIO_PER, ORG = WS_BIO_ORG, LOC = WS_BIO_LOC,
              MISC = WS_BIO_MISC;
    for (int32_t s = 0; s < x->d->sentences.n; s++) {
        const ws_sentence *se = &x->d->sentences.v[s];
        int32_t lim = se->tok1, listed = -1; /* closing mark of a title */
        int listed_ty = MISC;
        fix_acronym_defs(x, tags, se->tok0, lim);
        fix_initials(x, tags, se->tok0, lim);
        for (int32_t a = se->tok0; (a = ws_next_tag(tags, a, lim)) < lim;) {
            int tg = tags[a];
            if (!(tg & 1) || tg >= WS_BIO_NTAGS) {
                a++;
                continue;
            }
            int ty = (tg - 1) / 2;
            int32_t b = chunk_end(tags, a, lim, ty);
            /* a name's quotation marks pair up: "ТОВ «Зоря»", not
             * "ТОВ «Зоря" nor "Зоря»" */
            int bal = quote_balance(x, a, b);
            if (bal > 0 && b < lim && tags[b] == 0 && quote_mark(x, b, 0))
                tags[b++] = (uint8_t)(2 + 2 * ty);
            else if (bal < 0 && b - 1 > a && quote_mark(x, b - 1, 0) &&
                     !quote_mark(x, b - 1, 1))
                tags[--b] = 0;
            int quoted = a - 2 >= se->tok0 && quote_mark(x, a - 1, 1);
            if (quoted && b < lim && (ty == ORG || ty == MISC) &&
                is_word(x, b) && !is_cap(x, b) && !quote_mark(x, b, 0)) {
                int32_t c = b;
                while (c < lim && c < a + 12 && !quote_mark(x, c, 0) &&
                       !quote_mark(x, c, 1))
                    c++;
                /* nothing tagged across the closing mark */
                if (c < lim && c < a + 12 && quote_mark(x, c, 0) &&
                    tags[c] == 0 &&
                    (c + 1 >= lim || tags[c + 1] == 0 || (tags[c + 1] & 1))) {
                    set_chunk(tags, a, c, ty);
                    b = c;
                }
            }
            if (quoted && b < lim && quote_mark(x, b, 0)) {
                int32_t p = a - 2;
                /* "картинами, как «X»" */
                if (p - 2 >= se->tok0 && is1(x, p, NK_LIKE)) {
                    int32_t h = p - 1;
                    if (x->tk[h].fl == 1 && x->tk[h].f[0] == ',')
                        h--;
                    if (is_word(x, h) && !is_cap(x, h) && is1(x, h, NK_WORK))
                        p = h;
                }
                int low = is_word(x, p) && !is_cap(x, p);
                int to = low && is1(x, p, NK_WORK)    ? MISC
                         : low && is1(x, p, NK_FACIL) ? LOC
                                                      : -1;
                int comma = x->tk[p].fl == 1 && x->tk[p].f[0] == ',';
                if (to < 0 && listed == p - 1 && (comma || is1(x, p, NK_COORD)))
                    to = listed_ty;
                if (to >= 0) {
                    if (ty != to)
                        set_chunk(tags, a, b, to);
                    listed = b;
                    listed_ty = to;
                }
            }
            if (ty == ORG) {
                /* "комитета Совета Федерации по": no trailing
                 * preposition or conjunction */
                if (b - 1 > a && !is_cap(x, b - 1) &&
                    (tok_eq(x, b - 1, "по") || tok_eq(x, b - 1, "и") ||
                     tok_eq(x, b - 1, "в") || tok_eq(x, b - 1, "з") ||
                     tok_eq(x, b - 1, "і") || tok_eq(x, b - 1, "та")))
                    tags[--b] = 0;
                /* "комитета Совета Федерации": a lower-case body noun
                 * before a capitalised body's name is not part of it */
                if (b - a >= 3 && !is_cap(x, a) && body_noun(x, a) &&
                    is_cap(x, a + 1) && is_cap(x, a + 2)) {
                    tags[a] = 0;
                    set_chunk(tags, ++a, b, ORG);
                }
                int32_t e = body_chain_end(x, tags, b, lim);
                if (e > b) {
                    set_chunk(tags, a, e, ORG);
                    b = e;
                }
            }
            if (ty == PER || ty == ORG) {
                int32_t k = latin_then_person(x, a, b);
                if (k > a) {
                    set_chunk(tags, a, k, ORG);
                    set_chunk(tags, k, b, PER);
                }
            }
            /* "в кабинете Орловой", "правительства А. Орловой": a lower-case
             * noun before a person's name, not a body's name */
            if (ty == ORG && !is_cap(x, a) && is_word(x, a)) {
                int32_t c = a;
                while (c < b && is_word(x, c) && !is_cap(x, c))
                    c++;
                int init = c < b && is_initial(x, c, b);
                int32_t e =
                    init ? c + (c + 1 < b && tok_eq(x, c + 1, ".") ? 2 : 1) : c;
                if (c > a && c < b && e + 1 == b && is_cap(x, e) &&
                    cyrillic(x, e) && !x->tk[e].caps && !mk(x, e, NK_LOC) &&
                    (init || doc_surname(x, tags, s, e))) {
                    for (int32_t t = a; t < c; t++)
                        tags[t] = 0;
                    set_chunk(tags, c, b, PER);
                }
            }
            if (ty == PER && b == a + 1 && a > se->tok0 && is_word(x, a - 1) &&
                !is_cap(x, a - 1) && is1(x, a - 1, NK_PLACE) &&
                !is1(x, a, NK_FIRST) && !first_oblique(x, a))
                tags[a] = (uint8_t)(1 + 2 * LOC);
            a = b;
        }
    }
}

/* Tags every sentence; accepts spans of at least minlen tokens (after
 * trimming tokens already taken).  tags is filled once (pass 0). */
static int
run_tagger(nctx *x, uint8_t **tagsp, int minlen)
{
    ws_doc *d = x->d;
    uint8_t *tags = *tagsp;
    if (!tags) {
        ws_models *m = ws_worker_models(x->w);
        const ws_tagger *tg = m ? ws_models_tagger(m, x->lang) : NULL;
        if (!tg)
            return 0;
        /* (the tags live as long as the stage: from the thread's
         * scratch, as build()'s arrays) */
        tags = nctx_take(x, (size_t)x->nt + 1);
        if (!tags)
            return -WS_ENOMEM;
        memset(tags, 0, (size_t)x->nt + 1);
        for (int32_t s = 0; s < d->sentences.n; s++) {
            const ws_sentence *se = &d->sentences.v[s];
            if (se->tok1 <= se->tok0)
                continue;
            if (ws_tagger_tag(tg, x->w, d, s, tags + se->tok0) < 0)
                memset(tags + se->tok0, 0, (size_t)(se->tok1 - se->tok0));
        }
        /* one string, one type within a document (on failure the
         * sentence-level tags stand) */
        (void)ws_tagger_doc_pass(d, 0, d->sentences.n, tags);
        fix_person_tags(x, tags);
        fix_verb_tags(x, tags);
        fix_slav_tags(x, tags);
        *tagsp = tags;
        x->tagged = 1;
    }
    for (int32_t s = 0; s < d->sentences.n; s++) {
        const ws_sentence *se = &d->sentences.v[s];
        for (int32_t i = se->tok0;
             (i = ws_next_tag(tags, i, se->tok1)) < se->tok1;) {
            int tag = tags[i];
            if (tag >= WS_BIO_NTAGS) {
                i++;
                continue;
            }
            int ty = (tag - 1) / 2;
            int32_t j = i + 1;
            while (j < se->tok1 && tags[j] == 2 + 2 * ty)
                j++;
            int32_t a = i, b = j;
            i = j;
            while (a < b && (x->cover[a] >= 0 || !is_word(x, a) ||
                             is1(x, a, NK_TITLE) || is1(x, a, NK_DET)))
                a++;
            while (b > a && (x->cover[b - 1] >= 0 || !is_word(x, b - 1)))
                b--;
            if (b - a < minlen || !free_range(x, a, b))
                continue;
            int type;
            switch (ty) {
            case WS_BIO_PER:
                type = WS_PERSON;
                /* "le syndicat Solidaires Douanes", "die Reederei Nordholm":
                 * a name right after a kind of organisation names it */
                if (a > 0 && is1(x, a - 1, NK_ORGCLASS))
                    type = WS_ORG;
                break;
            case WS_BIO_ORG:
                type = WS_ORG;
                if (is1(x, b - 1, NK_MEDIAHEAD) || mk(x, a, NK_MEDIA))
                    type = WS_MEDIA;
                break;
            case WS_BIO_LOC:
                type = WS_LOC;
                /* a city's newspaper: "Philadelphia Inquirer" */
                if (b - a >= 2 && is1(x, b - 1, NK_MEDIAHEAD))
                    type = WS_MEDIA;
                break;
            default:
                type = WS_MISC;
                if (b - a == 1 && is1(x, a, NK_NORP))
                    type = WS_NORP;
                break;
            }
            if (type == WS_MISC)
                continue;
            if (b - a == 1 && (mk(x, a, NK_STOP) || mk(x, a, NK_ROLE)))
                continue;
            /* a month's abbreviation before a day: "Oct 2" of a dateline */
            if (b - a == 1 && mk(x, a, NK_MONTH) && b < x->nt &&
                (tflags(x, b) & WS_TOK_NUM))
                continue;
            /* a lone lowercase connector left by the trimming ("de" of
             * "de Côte d'Ivoire") */
            if (b - a == 1 && !is_cap(x, a) &&
                (is1(x, a, NK_CONN) || is1(x, a, NK_PART)))
                continue;
            if (type != WS_PERSON && all_lexical(x, a, b))
                continue;
            /* a person's name does not end in a role or start a sentence
             * with a common word */
            if (type == WS_PERSON && b - a == 1 && tok_init(x, a) &&
                common_word(x, a))
                continue;
            /* "Sołtys Mirczy Józef Bielak", "Староста села Мирча Йосип
             * Беляк": after a role or a lowercase noun, a word before a
             * first name and a surname is the role's place, not the
             * person's first word (languages with a genitive place
             * after a role; not "Ayatollah Ali Khamenei") */
            if (type == WS_PERSON && x->lx->inflect && b - a >= 3 && a > 0 &&
                !is1(x, a, NK_FIRST) &&
                (mk(x, a - 1, NK_ROLE) ||
                 (is_word(x, a - 1) && !is_cap(x, a - 1)))) {
                int32_t k = a + 1;
                while (k < b - 1 && !is1(x, k, NK_FIRST))
                    k++;
                if (k < b - 1 && k - a <= 2) {
                    accept(x, a, k, WS_LOC, "tagger", -1);
                    a = k;
                }
            }
            accept(x, a, b, type, "tagger", -1);
        }
    }
    return 0;
}

/* ---- 7. rules for capitalised words nobody took ---- */

/* A capitalised word no candidate holds and no match of these kinds
 * (mk() of each: a token has a match of a kind exactly when its kinds
 * bitmap has the kind's bit, so one test of the bitmap, where a test a
 * kind took some 60 000 mispredicted branches per MB of English news),
 * nor a handle or a URL. */
#define RUN_NOT                                                                \
    (1ull << NK_STOP | 1ull << NK_DET | 1ull << NK_ROLE | 1ull << NK_TITLE |   \
     1ull << NK_SAY | 1ull << NK_AUX | 1ull << NK_PRON | 1ull << NK_CONN |     \
     1ull << NK_COORD | 1ull << NK_PREPLOC)
static int
run_tok(nctx *x, int32_t u)
{
    return is_cap(x, u) && x->cover[u] < 0 && !(x->tk[u].kinds & RUN_NOT) &&
           !(tflags(x, u) & (WS_TOK_HANDLE | WS_TOK_URL));
}

/* The title right before token a ("Mr", "Mr.", "пан"), or -1. */
static int32_t
title_before(const nctx *x, int32_t a)
{
    int32_t p = a - 1;
    if (p >= 0 && tok_eq(x, p, ".") && p > 0 && no_space_after(x, p - 1))
        p--;
    if (p >= 0 && is1(x, p, NK_TITLE))
        return p;
    return -1;
}

/* Index of the ROLE candidate that introduces a name at a: "[ROLE] a",
 * "[ROLE], a", "[ROLE] [ORG] a", "[ROLE] of the [ORG], a"; or -1. */
static int32_t
role_before(const nctx *x, int32_t a)
{
    int32_t q = a - 1;
    if (q >= 0 && (tok_eq(x, q, ",") || (tflags(x, q) & WS_TOK_DASH)))
        q--;
    for (int hop = 0; hop < 3 && q >= 0; hop++) {
        const ncand *c = cand_at(x, q);
        if (!c || c->t1 != q + 1)
            return -1;
        if (c->type == WS_ROLE)
            return x->cover[q];
        if (c->type != WS_ORG && c->type != WS_GOV && c->type != WS_MEDIA &&
            c->type != WS_LOC && c->type != WS_NORP)
            return -1;
        q = c->t0 - 1;
        while (q >= 0 && (is1(x, q, NK_DET) || is1(x, q, NK_CONN)))
            q--;
    }
    return -1;
}

static int
next_is_say(const nctx *x, int32_t b)
{
    if (b < x->nt && tok_eq(x, b, ",") && b + 1 < x->nt)
        b++;
    return b < x->nt && mk(x, b, NK_SAY) != NULL;
}

static int first_oblique(nctx *x, int32_t t);

static void
find_runs(nctx *x)
{
    for (int32_t t = 0; (t = cap_next(x, t)) < x->nt; t++) {
        if (!run_tok(x, t))
            continue;
        int32_t lim = sent_end(x, t);
        int32_t a = t, b = t;
        while (b < lim && b - a < MAX_RUN) {
            if (run_tok(x, b)) {
                b++;
                continue;
            }
            if (b > a && b + 1 < lim && run_tok(x, b + 1) &&
                ((is1(x, b, NK_PART)) ||
                 (tok_eq(x, b, "-") && no_space_after(x, b - 1) &&
                  no_space_after(x, b)))) {
                b++;
                continue;
            }
            break;
        }
        t = b - 1;
        /* a common word opening a sentence is not part of a name (a
         * first name first: it stops the loop without asking Hunspell) */
        while (a < b && tok_init(x, a) && !is1(x, a, NK_FIRST) &&
               common_word(x, a))
            a++;
        while (b > a && (is1(x, b - 1, NK_PART) || tok_eq(x, b - 1, "-")))
            b--;
        if (a >= b)
            continue;
        int32_t n = b - a;
        int32_t ti = title_before(x, a);
        int32_t ri = role_before(x, a);
        int type = -1;
        uint8_t gender = 0;
        int first = is1(x, a, NK_FIRST) || (n >= 2 && first_oblique(x, a));
        if (ti >= 0) {
            type = WS_PERSON;
            const nmatch *m = mk(x, ti, NK_TITLE);
            gender = x->lx->e[m->ent].gender;
        } else if (ri >= 0) {
            type = WS_PERSON;
        } else if (n >= 2 && is1(x, b - 1, NK_MEDIAHEAD)) {
            type = WS_MEDIA;
        } else if (n >= 2 && is1(x, b - 1, NK_ORGHEAD)) {
            type = WS_ORG;
        } else if (first && (n >= 2 || next_is_say(x, b))) {
            type = WS_PERSON;
        } else if (n == 1 && x->tk[a].caps && x->tk[a].fl >= 2 &&
                   x->tk[a].fl <= 6 && !common_word(x, a)) {
            type = WS_ORG;
        } else if (!x->tagged) {
            if (n >= 2 && !common_word(x, b - 1))
                type = WS_PERSON;
            else if (n == 1 && !common_word(x, a)) {
                if (next_is_say(x, b))
                    type = WS_PERSON;
                else if (a > 0 && is1(x, a - 1, NK_PREPLOC) &&
                         !x->lx->nouns_cap)
                    type = WS_LOC;
            }
        }
        if (type < 0)
            continue;
        int32_t ci = accept(x, a, b, type, "pattern", -1);
        if (ci >= 0 && type == WS_PERSON) {
            if (!gender && first && mk(x, a, NK_FIRST))
                gender = x->lx->e[mk(x, a, NK_FIRST)->ent].gender;
            x->c[ci].gender = gender;
        }
    }
}

/* ---- canonical names of people: inflected forms to the nominative ---- */

typedef struct {
    const char *end, *rep;
} nsuf;

static const nsuf first_uk[] = {
    {"ові", ""},  {"ові", "о"}, {"еві", ""}, {"єві", "й"}, {"ом", ""},
    {"ом", "о"},  {"ем", ""},   {"єм", "й"}, {"а", ""},    {"а", "о"},
    {"я", "й"},   {"у", ""},    {"у", "о"},  {"ю", "й"},   {"и", "а"},
    {"ії", "ія"}, {"і", "а"},   {"у", "а"},  {"ою", "а"},  {"єю", "я"},
    {"ю", "я"},   {NULL, NULL}};
static const nsuf first_ru[] = {
    {"а", ""},   {"я", "й"},   {"у", ""},   {"ю", "й"},  {"ом", ""},
    {"ем", "й"}, {"ем", ""},   {"е", ""},   {"е", "й"},  {"ы", "а"},
    {"и", "а"},  {"ии", "ия"}, {"ой", "а"}, {"ей", "я"}, {"у", "а"},
    {"ю", "я"},  {"е", "а"},   {"ою", "а"}, {NULL, NULL}};
static const nsuf first_pl[] = {
    {"a", ""},    {"owi", ""}, {"em", ""}, {"u", ""},  {"ie", ""},  {"y", "a"},
    {"ii", "ia"}, {"i", "a"},  {"ę", "a"}, {"ą", "a"}, {NULL, NULL}};

/* '+' first: only after a consonant */
static const nsuf sur_uk_m[] = {
    {"ського", "ський"}, {"цького", "цький"}, {"ському", "ський"},
    {"ським", "ський"},  {"ого", "ий"},       {"ому", "ий"},
    {"енка", "енко"},    {"енкові", "енко"},  {"енку", "енко"},
    {"енком", "енко"},   {"ові", ""},         {"еві", ""},
    {"ом", ""},          {"ем", ""},          {"ою", "а"},
    {"+а", ""},          {"и", "а"},          {"і", "а"},
    {"+у", ""},          {NULL, NULL}};
static const nsuf sur_uk_f[] = {
    {"ської", "ська"}, {"цької", "цька"}, {"ській", "ська"}, {"ською", "ська"},
    {"ську", "ська"},  {"ої", "а"},       {"ій", "а"},       {"ою", "а"},
    {"у", "а"},        {"и", "а"},        {"і", "а"},        {NULL, NULL}};
static const nsuf sur_ru_m[] = {
    {"ского", "ский"}, {"цкого", "цкий"}, {"скому", "ский"}, {"ским", "ский"},
    {"ого", "ий"},     {"ова", "ов"},     {"ева", "ев"},     {"ёва", "ёв"},
    {"ина", "ин"},     {"ову", "ов"},     {"еву", "ев"},     {"овым", "ов"},
    {"евым", "ев"},    {"ым", ""},        {"ом", ""},        {"ем", ""},
    {"+а", ""},        {"ы", "а"},        {"+у", ""},        {"+е", ""},
    {NULL, NULL}};
static const nsuf sur_ru_f[] = {
    {"ской", "ская"}, {"цкой", "цкая"}, {"овой", "ова"},
    {"евой", "ева"},  {"иной", "ина"},  {"ой", "а"},
    {"у", "а"},       {"ы", "а"},       {NULL, NULL}};
static const nsuf sur_pl_m[] = {
    {"skiego", "ski"}, {"ckiego", "cki"}, {"dzkiego", "dzki"},
    {"skiemu", "ski"}, {"ckiemu", "cki"}, {"skim", "ski"},
    {"ckim", "cki"},   {"owi", ""},       {"em", ""},
    {"y", "a"},        {"ie", "a"},       {"ę", "a"},
    {"ą", "a"},        {"+a", ""},        {"+u", ""},
    {NULL, NULL}};
static const nsuf sur_pl_f[] = {
    {"skiej", "ska"}, {"ckiej", "cka"}, {"ską", "ska"},
    {"cką", "cka"},   {"y", "a"},       {"ę", "a"},
    {"ą", "a"},       {"i", "a"},       {NULL, NULL}};

static int
vowel_before(const char *s, size_t n)
{
    /* last code point of s[0..n) */
    size_t i = n;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--;
    if (i == 0 || i >= n)
        return 1;
    size_t j = i;
    int32_t cp = ws_utf8_decode(s, n, &j);
    static const char *v = "aeiouyąęóаеєиіїоуюяыэё";
    char enc[5];
    int l = ws_utf8_encode(cp, enc);
    enc[l] = '\0';
    return strstr(v, enc) != NULL;
}

/* Applies the first matching rule to fold (len n); writes the result
 * (surface case kept) into out; returns its length or -1 when no rule
 * applies. */
static int
apply_suf(const nsuf *tab, const char *surf, const char *fold, size_t n,
          char *out, size_t cap, const nlex *lx, int need_first,
          uint8_t *gender)
{
    for (int i = 0; tab[i].end; i++) {
        const char *e = tab[i].end;
        int plus = e[0] == '+';
        if (plus)
            e++;
        size_t el = strlen(e), rl = strlen(tab[i].rep);
        if (n <= el + 1 || memcmp(fold + n - el, e, el) != 0)
            continue;
        if (plus && vowel_before(fold, n - el))
            continue;
        if (n - el + rl + 1 > cap)
            continue;
        memcpy(out, fold, n - el);
        memcpy(out + n - el, tab[i].rep, rl);
        size_t ol = n - el + rl;
        out[ol] = '\0';
        if (need_first) {
            int32_t nd = index_get(lx, WM_EXACT, out, ol);
            int hit = 0;
            for (; nd >= 0; nd = lx->node[nd].next)
                if (lx->e[lx->node[nd].ent].kind == NK_FIRST &&
                    lx->e[lx->node[nd].ent].nw == 1) {
                    if (gender)
                        *gender = lx->e[lx->node[nd].ent].gender;
                    hit = 1;
                    break;
                }
            if (!hit)
                continue;
        }
        /* keep the case of the surface stem */
        memcpy(out, surf, n - el);
        return (int)ol;
    }
    return -1;
}

static const nsuf *
first_table(const char *lang)
{
    if (!strcmp(lang, "uk"))
        return first_uk;
    if (!strcmp(lang, "ru"))
        return first_ru;
    if (!strcmp(lang, "pl"))
        return first_pl;
    return NULL;
}

/* 1 when token t is an inflected form of a known first name. */
static int
first_oblique(nctx *x, int32_t t)
{
    const nsuf *ft = first_table(x->lang);
    const ntok *k = &x->tk[t];
    if (!ft || !x->lx || k->fl >= KEY_MAX || !is_word(x, t))
        return 0;
    char tmp[KEY_MAX];
    return apply_suf(ft, k->f, k->f, (size_t)k->fl, tmp, sizeof(tmp), x->lx, 1,
                     NULL) >= 0;
}

/* Writes the canonical (nominative) form of PERSON tokens [t0, t1) into
 * buf; sets *gender when the first name tells it; *oblique when the form
 * was inflected. */
static void
person_name(nctx *x, int32_t t0, int32_t t1, char *buf, size_t cap,
            uint8_t *gender, int *oblique)
{
    ws_doc *d = x->d;
    size_t o = 0;
    int obl = 0;
    uint8_t g = 0;
    const nlex *lx = x->lx;
    const nsuf *ft = NULL, *sm = NULL, *sf = NULL;
    if (!strcmp(x->lang, "uk")) {
        ft = first_uk;
        sm = sur_uk_m;
        sf = sur_uk_f;
    } else if (!strcmp(x->lang, "ru")) {
        ft = first_ru;
        sm = sur_ru_m;
        sf = sur_ru_f;
    } else if (!strcmp(x->lang, "pl")) {
        ft = first_pl;
        sm = sur_pl_m;
        sf = sur_pl_f;
    }
    buf[0] = '\0';
    for (int32_t t = t0; t < t1; t++) {
        const ws_token *tok = &d->tokens.v[t];
        const char *s = d->text + tok->bstart;
        size_t n = (size_t)(tok->bend - tok->bstart);
        const ntok *k = &x->tk[t];
        if (k->poss)
            n = (size_t)k->fl <= n
                    ? (size_t)ws_doc_byte(d, k->cend) - (size_t)tok->bstart
                    : n;
        if (t > t0 && (d->tokens.v[t - 1].flags & WS_TOK_SPACE) && o + 1 < cap)
            buf[o++] = ' ';
        char tmp[KEY_MAX];
        int l = -1;
        if (ft && lx && (size_t)k->fl == n && n < sizeof(tmp) &&
            is_word(x, t)) {
            if (t == t0) {
                const nmatch *fm = mk(x, t, NK_FIRST);
                if (fm && fm->ntok == 1) {
                    g = lx->e[fm->ent].gender;
                } else if (t1 - t0 >= 2) {
                    l = apply_suf(ft, s, k->f, n, tmp, sizeof(tmp), lx, 1, &g);
                    if (l >= 0)
                        obl = 1;
                }
            } else if (obl) {
                const nsuf *tab = g == 'f' ? sf : sm;
                l = apply_suf(tab, s, k->f, n, tmp, sizeof(tmp), lx, 0, NULL);
            }
        }
        const char *src = l >= 0 ? tmp : s;
        size_t sl = l >= 0 ? (size_t)l : n;
        if (o + sl + 1 < cap) {
            memcpy(buf + o, src, sl);
            o += sl;
        }
    }
    buf[o] = '\0';
    if (gender && g)
        *gender = g;
    if (oblique)
        *oblique = obl;
}

/* The code points of s from byte i to byte n, counted up to max (a
 * count of max or more stops there). */
static size_t
cp_count(const char *s, size_t i, size_t n, size_t max)
{
    size_t c = 0;
    for (; i < n && c < max; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Surname comparison on case-folded forms: equal, or (inflecting
 * languages) the same stem with different endings. */
static int
surname_match(const char *a, size_t al, const char *b, size_t bl, int infl)
{
    if (al == bl && memcmp(a, b, al) == 0)
        return 1;
    if (!infl)
        return 0;
    size_t cp = 0, m = al < bl ? al : bl;
    while (cp < m && a[cp] == b[cp])
        cp++;
    /* the shared stem's code points first: most pairs share none (and a
     * tail of more than three code points ends the count) */
    size_t pc = cp_count(a, 0, cp, 5);
    if (pc < 3)
        return 0;
    size_t ta = cp_count(a, cp, al, 4), tb = cp_count(b, cp, bl, 4);
    return ta <= 3 && tb <= 3 && (pc >= 5 || (ta <= 1 && tb <= 1));
}

/* Latin-ASCII key of a folded word (for matching across scripts). */
static int
latin_key(nctx *x, const char *f, size_t n, char *out, size_t cap)
{
    int ascii = 1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)f[i] >= 0x80)
            ascii = 0;
    if (ascii) {
        if (n + 1 > cap)
            return -1;
        memcpy(out, f, n);
        out[n] = '\0';
        return (int)n;
    }
    ws_icu *u = ws_worker_icu(x->w);
    if (!u)
        return -1;
    int l = ws_icu_latin(u, f, n, out, cap);
    if (l < 0)
        return -1;
    for (int i = 0; i < l; i++)
        if (out[i] >= 'A' && out[i] <= 'Z')
            out[i] = (char)(out[i] + 32);
    return l;
}

/* ---- 8. surnames of people named in full ---- */

static void
find_surnames(nctx *x)
{
    int32_t last[64];
    int nl = 0;
    /* the surnames' keys (nctx.kh) by their top six bits, and whether
     * every surname's form starts with an ASCII byte */
    uint64_t keys = 0;
    int last_ascii = 1;
    for (int32_t ci = 0; ci < x->nc && nl < 64; ci++) {
        const ncand *c = &x->c[ci];
        if (c->dead || c->type != WS_PERSON || c->t1 - c->t0 < 2)
            continue;
        last[nl++] = c->t1 - 1;
        keys |= (uint64_t)1 << (x->kh[c->t1 - 1] >> 26);
        last_ascii &= (unsigned char)x->tk[c->t1 - 1].f[0] < 0x80;
    }
    if (!nl)
        return;
    int infl = x->lx && (x->lx->inflect || x->lx->nouns_cap);
    /* Without inflection, a form of the same script as every surname's
     * (ASCII first bytes) matches one only if it is equal to it, so has
     * its key: a capitalised word whose key's bit is not set has no
     * surname, and is passed over before the tests below (each of
     * which passes over it too, without a side effect). */
    int by_key = !infl && last_ascii;
    for (int32_t t = 0; (t = cap_next(x, t)) < x->nt; t++) {
        if (by_key && (unsigned char)x->tk[t].f[0] < 0x80 &&
            !(keys >> (x->kh[t] >> 26) & 1))
            continue;
        ncand *c = cand_at(x, t);
        if (c &&
            (c->t1 - c->t0 != 1 || c->type == WS_PERSON ||
             (strcmp(c->source, "tagger") && strcmp(c->source, "pattern")) ||
             c->type == WS_GOV || c->type == WS_ROLE || c->type == WS_MEDIA))
            continue;
        if (!c && (mk(x, t, NK_STOP) || mk(x, t, NK_ROLE) ||
                   mk(x, t, NK_TITLE) || mk(x, t, NK_DET)))
            continue;
        const ntok *k = &x->tk[t];
        int hit = 0;
        for (int i = 0; i < nl && !hit; i++) {
            const ntok *s = &x->tk[last[i]];
            if (last[i] == t)
                break;
            int sa = (unsigned char)s->f[0] < 0x80,
                ka = (unsigned char)k->f[0] < 0x80;
            /* (without inflection, equal forms alone match, and equal
             * forms have equal keys: most pairs differ there, without
             * reading either form) */
            if (sa == ka && !infl && x->kh[t] != x->kh[last[i]])
                continue;
            if (sa == ka) {
                hit = surname_match(k->f, (size_t)k->fl, s->f, (size_t)s->fl,
                                    infl);
            } else {
                char a[KEY_MAX], b[KEY_MAX];
                int al = latin_key(x, k->f, (size_t)k->fl, a, sizeof(a));
                int bl = latin_key(x, s->f, (size_t)s->fl, b, sizeof(b));
                hit = al > 0 && bl > 0 &&
                      surname_match(a, (size_t)al, b, (size_t)bl, 1);
            }
        }
        if (!hit)
            continue;
        if (c) {
            c->type = WS_PERSON;
            c->source = "coref";
        } else {
            accept(x, t, t + 1, WS_PERSON, "coref", -1);
        }
    }
}

/* ---- 9. entities, links, clusters and names ---- */

static int
cmp_cand(const void *a, const void *b)
{
    const ncand *x = a, *y = b;
    return x->t0 < y->t0 ? -1 : x->t0 > y->t0;
}

/* Does the word (folded) have a one-word lexicon entry of kind? */
static const nent *
lex_word_kind(const nlex *lx, const char *f, size_t n, int kind)
{
    if (!lx || !n)
        return NULL;
    for (int pass = 0; pass < 3; pass++) {
        uint64_t lens = pass == 1 ? lx->prelens : lx->suflens;
        for (int L = pass == 0 ? (int)n : 1; L < 64 && (size_t)L <= n; L++) {
            if (pass > 0 && !(lens & ((uint64_t)1 << L)))
                continue;
            const char *k = pass == 2 ? f + n - (size_t)L : f;
            if (pass == 2 && (size_t)L == n)
                continue;
            for (int32_t nd = index_get(lx, pass, k, (size_t)L); nd >= 0;
                 nd = lx->node[nd].next) {
                const nent *e = &lx->e[lx->node[nd].ent];
                if (e->kind == kind && e->nw == 1)
                    return e;
            }
            if (pass == 0)
                break;
        }
    }
    return NULL;
}

/* Folds token i of d into buf (possessive removed); returns length. */
static int
fold_tok(const ws_doc *d, int32_t i, char *buf, size_t cap)
{
    const ws_token *t = &d->tokens.v[i];
    int l =
        fold_norm(d->text + t->bstart, (size_t)(t->bend - t->bstart), buf, cap);
    if (l > 2 && buf[l - 1] == 's' && buf[l - 2] == '\'')
        l -= 2;
    if (l < 0)
        l = 0;
    buf[l] = '\0';
    return l;
}

/* Is entity j a GOV/ORG body whose words share the head word f? */
static int
body_has_word(const ws_doc *d, int32_t j, const char *f, size_t n)
{
    const ws_entity *e = &d->entities.v[j];
    if (e->tok0 < 0)
        return 0;
    for (int32_t t = e->tok0; t < e->tok1; t++) {
        char b[KEY_MAX];
        if (ws_tok_blen(d, t) >= KEY_MAX / 3)
            continue;
        int l = fold_tok(d, t, b, sizeof(b));
        size_t m = (size_t)l < n ? (size_t)l : n, cp = 0;
        while (cp < m && b[cp] == f[cp])
            cp++;
        if (cp == n && cp == (size_t)l)
            return 1;
        /* inflected forms: a long common stem */
        if (cp >= 6 && cp + 4 >= n && cp + 4 >= (size_t)l)
            return 1;
        /* compounds: "Außenministerium" ~ "Ministerium" */
        if ((size_t)l > n && n >= 6 && memcmp(b + l - n, f, n) == 0)
            return 1;
    }
    return 0;
}

struct ws_ner_index;
static int32_t resolve_body(const ws_doc *d, const struct ws_ner_index *ix,
                            const nlex *lx, int32_t before, const char *f,
                            size_t n, int mask);

static int
is_ent_org(int type)
{
    return type == WS_ORG || type == WS_GOV || type == WS_MEDIA;
}

/* Does a handle's part (folded) stand for the folded word w: the same
 * word, the same stem ("ukraine" / "ukrainian": 4 letters shared, both
 * words of 5 or more), or an abbreviation ("dept", "govt": the part's
 * letters in order in the longer word, the first letter shared)? */
static int
handle_part_is_word(const char *p, int pl, const char *w, int wl)
{
    if (pl == wl && !memcmp(p, w, (size_t)pl))
        return 1;
    int c = 0;
    while (c < pl && c < wl && p[c] == w[c])
        c++;
    if (c >= 4 && pl >= 5 && wl >= 5)
        return 1;
    if (pl < 3 || pl >= wl || p[0] != w[0])
        return 0;
    int k = 1;
    for (int i = 1; i < wl && k < pl; i++)
        if (w[i] == p[k])
            k++;
    return k == pl;
}

/* The organisation a handle stands for when the document names it
 * elsewhere: every part of the body must stand for a word of the
 * organisation ("@StateDept" the State Department), or name its kind
 * ("MFA", "Ministry" for a government body; an outlet's word for MEDIA),
 * with at least two parts matched so that a bare "@Ukraine" stays apart.
 * Two organisations of different names that fit equally well leave the
 * handle alone.  Returns the entity's index or -1. */
static int32_t
handle_owner(nctx *x, const ws_entity *E, int32_t ne, int32_t h)
{
    const ws_doc *d = x->d;
    const char *s = d->text + d->tokens.v[E[h].tok0].bstart;
    int32_t n = (int32_t)(d->tokens.v[E[h].tok1 - 1].bend -
                          d->tokens.v[E[h].tok0].bstart);
    char part[8][KEY_MAX];
    int plen[8], pkind[8], np = 0;
    int32_t i = 0, j;
    while ((j = handle_part(s, n, &i)) >= 0) {
        if (np == 8)
            return -1;
        plen[np] = j - i < KEY_MAX / 3
                       ? fold_norm(s + i, (size_t)(j - i), part[np], KEY_MAX)
                       : -1;
        if (plen[np] <= 0)
            return -1;
        pkind[np] = x->lx ? handle_part_kind(x->lx, s + i, j - i) : 0;
        np++;
        i = j;
    }
    if (np < 2)
        return -1;
    int32_t best = -1;
    int tie = 0;
    for (int32_t k = 0; k < ne; k++) {
        if (k == h || !is_ent_org(E[k].type) || E[k].text[0] == '@' ||
            E[k].tok0 < 0)
            continue;
        int all = 1;
        for (int p = 0; p < np && all; p++) {
            int hit = pkind[p] && pkind[p] == E[k].type;
            for (int32_t t = E[k].tok0; t < E[k].tok1 && !hit; t++)
                hit = handle_part_is_word(part[p], plen[p], x->tk[t].f,
                                          x->tk[t].fl);
            all = hit;
        }
        if (!all)
            continue;
        if (best < 0)
            best = k;
        else if (strcasecmp(E[best].name ? E[best].name : E[best].text,
                            E[k].name ? E[k].name : E[k].text))
            tie = 1;
    }
    return tie ? -1 : best;
}

static int32_t
ent_at(const ws_doc *d, const int32_t *map, int32_t t)
{
    (void)d;
    return t >= 0 && t < d->tokens.n ? map[t] : -1;
}

static void
link_entities(nctx *x, const int32_t *em)
{
    ws_doc *d = x->d;
    ws_entity *E = d->entities.v;
    /* roles: their organisation */
    for (int32_t i = 0; i < d->entities.n; i++) {
        if (E[i].type != WS_ROLE)
            continue;
        int32_t p = E[i].tok0 - 1, j = ent_at(d, em, p);
        if (j >= 0 && E[j].tok1 == p + 1 && is_ent_org(E[j].type)) {
            E[i].org = j;
            continue;
        }
        if (j < 0 && p >= 0 && is_word(x, p) && !is_cap(x, p)) {
            int32_t r = resolve_body(d, NULL, x->lx, d->tokens.v[p].start,
                                     x->tk[p].f, (size_t)x->tk[p].fl, 0);
            if (r >= 0) {
                E[i].org = r;
                continue;
            }
        }
        /* "spokesman for the ministry", "речник МЗС", "Sprecher des
         * Auswärtigen Amtes" */
        int32_t q = E[i].tok1, lim = sent_end(x, E[i].tok0);
        int skipped = 0;
        while (q < lim && skipped < 3 &&
               (is1(x, q, NK_CONN) || is1(x, q, NK_DET)))
            q++, skipped++;
        if (q >= lim)
            continue;
        j = ent_at(d, em, q);
        if (j >= 0 && E[j].tok0 == q && is_ent_org(E[j].type)) {
            E[i].org = j;
        } else if (j < 0 && skipped && is_word(x, q) && !is_cap(x, q)) {
            int32_t r = resolve_body(d, NULL, x->lx, d->tokens.v[q].start,
                                     x->tk[q].f, (size_t)x->tk[q].fl, 0);
            if (r >= 0)
                E[i].org = r;
        }
    }
    /* people: their role */
    for (int32_t i = 0; i < d->entities.n; i++) {
        if (E[i].type != WS_PERSON)
            continue;
        int32_t p = E[i].tok0 - 1;
        if (p >= 0 && (tok_eq(x, p, ",") || (tflags(x, p) & WS_TOK_DASH)))
            p--;
        int32_t j = ent_at(d, em, p);
        for (int hop = 0; hop < 3 && j >= 0 && E[j].tok1 == p + 1; hop++) {
            if (E[j].type == WS_ROLE) {
                E[i].role = j;
                break;
            }
            if (!is_ent_org(E[j].type) && E[j].type != WS_LOC &&
                E[j].type != WS_NORP)
                break;
            int32_t o = j;
            p = E[j].tok0 - 1;
            while (p >= 0 && (is1(x, p, NK_DET) || is1(x, p, NK_CONN)))
                p--;
            j = ent_at(d, em, p);
            if (j >= 0 && E[j].type == WS_ROLE && E[j].tok1 == p + 1 &&
                E[j].org < 0 && is_ent_org(E[o].type))
                E[j].org = o;
        }
        if (E[i].role < 0) {
            int32_t q = E[i].tok1, lim = sent_end(x, E[i].tok0);
            if (q < lim && (tok_eq(x, q, ",") || tok_eq(x, q, "(") ||
                            (tflags(x, q) & WS_TOK_DASH))) {
                q++;
                while (q < lim && is1(x, q, NK_DET))
                    q++;
                j = ent_at(d, em, q);
                if (j >= 0 && E[j].type == WS_ROLE && E[j].tok0 == q)
                    E[i].role = j;
            }
        }
        if (E[i].role >= 0)
            E[i].org = E[E[i].role].org;
    }
}

static char
up_first(char *s)
{
    /* upper-cases an ASCII first letter (for names from the lexicon) */
    if (s[0] >= 'a' && s[0] <= 'z')
        s[0] = (char)(s[0] - 32);
    return s[0];
}

/* A body named again by its head noun alone: "the Commission" after "the
 * European Commission", "la Commission" after "la Commission européenne",
 * "die Kommission" after "die Europäische Kommission".  Entity i, one
 * capitalised token that the lexicons know as a government or organisation
 * head, joins the one earlier body of two or more words whose first or last
 * word it is, and takes its type and name; with two such bodies it stays
 * apart. */
static void
head_mention(nctx *x, ws_entity *E, int32_t *root, int32_t i)
{
    ws_entity *e = &E[i];
    int32_t t = e->tok0;
    if (e->tok1 - t != 1 || !is_ent_org(e->type) || !is_cap(x, t) ||
        !(is1(x, t, NK_GOVHEAD) || is1(x, t, NK_ORGHEAD)))
        return;
    const ntok *k = &x->tk[t];
    int32_t hit = -1;
    for (int32_t j = 0; j < i; j++) {
        if (root[j] != j || !is_ent_org(E[j].type) || E[j].tok1 - E[j].tok0 < 2)
            continue;
        const ntok *a = &x->tk[E[j].tok0], *b = &x->tk[E[j].tok1 - 1];
        if ((a->fl == k->fl && !memcmp(a->f, k->f, (size_t)k->fl)) ||
            (b->fl == k->fl && !memcmp(b->f, k->f, (size_t)k->fl))) {
            if (hit >= 0 && strcasecmp(E[hit].name, E[j].name))
                return;
            hit = j;
        }
    }
    if (hit < 0)
        return;
    root[i] = hit;
    e->type = E[hit].type;
    e->name = E[hit].name;
}

/* An index of entities by a 64-bit key hash (hash | 1; 0: empty): open
 * addressing over a power of two of at least twice the entities, linear
 * probing with no deletion, so the entries of one key lie along its probe
 * sequence in the order they were added.  grp (when kept) tells keys of
 * different groups apart.  Replaces a scan of every earlier entity per
 * entity (quadratic in a document's entities). */
typedef struct {
    uint64_t *h;
    int32_t *ix; /* entity */
    int8_t *grp; /* NULL: no groups */
    uint32_t mask;
} ent_tab;

/* (its arrays from x's scratch, nctx_take(): the table lives as long as
 * build() does) */
static int
ent_tab_init(ent_tab *t, nctx *x, int32_t n, int groups)
{
    uint32_t cap = 16;
    while (cap < 2 * (uint32_t)n + 2)
        cap *= 2;
    t->mask = cap - 1;
    t->h = nctx_take(x, cap * sizeof *t->h);
    t->ix = nctx_take(x, cap * sizeof *t->ix);
    t->grp = groups ? nctx_take(x, cap * sizeof *t->grp) : NULL;
    if (!t->h || !t->ix || (!t->grp && groups))
        return -1;
    /* (ix and grp are read only where h is set) */
    memset(t->h, 0, cap * sizeof *t->h);
    return 0;
}

static void
ent_tab_add(ent_tab *t, uint64_t h, int grp, int32_t i)
{
    uint32_t k = (uint32_t)h & t->mask;
    while (t->h[k] != 0)
        k = (k + 1) & t->mask;
    t->h[k] = h;
    t->ix[k] = i;
    if (t->grp)
        t->grp[k] = (int8_t)grp;
}

/* A 64-bit hash of the n bytes at s (ASCII letters folded when fold)
 * and of seed: the bytes eight at a time, the last eight over the block
 * before (a text under eight bytes as its first and last four, or its
 * first, middle and last byte), its length mixed in; | 1, so never 0
 * (ent_tab's empty key).  Texts equal but for the case of ASCII letters
 * (strcasecmp's equality in the C locale) hash alike when fold. */
static inline uint64_t
text_hash(const char *s, size_t n, uint64_t seed, int fold)
{
    uint64_t h = (seed + 1) * 0x9E3779B97F4A7C15ull ^ n * 0xC2B2AE3D27D4EB4Full,
             v;
    if (n >= 8) {
        const char *end = s + n - 8;
        for (; s < end; s += 8) {
            memcpy(&v, s, 8);
            h = (h ^ (fold ? ws_ascii_lower8(v) : v)) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
        }
        memcpy(&v, end, 8);
    } else if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, s + n - 4, 4);
        v = (uint64_t)hi << 32 | lo;
    } else if (n > 0) {
        v = (uint64_t)(unsigned char)s[0] |
            (uint64_t)(unsigned char)s[n / 2] << 8 |
            (uint64_t)(unsigned char)s[n - 1] << 16;
    } else {
        v = 0;
    }
    h = (h ^ (fold ? ws_ascii_lower8(v) : v)) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h | 1;
}

/* The roots of the clusters of entities other than people, by group and
 * name, the name hashed with ASCII letters folded (strcasecmp's equality
 * in the C locale). */
static uint64_t
name_hash(int grp, const char *s)
{
    return text_hash(s, strlen(s), (uint64_t)(unsigned)grp, 1);
}

/* The entity of group grp named name (hashed h: name_hash()), or -1. */
static int32_t
name_tab_find(const ent_tab *t, const ws_entity *E, int grp, const char *name,
              uint64_t h)
{
    for (uint32_t k = (uint32_t)h & t->mask;; k = (k + 1) & t->mask) {
        if (t->h[k] == 0)
            return -1;
        if (t->h[k] == h && t->grp[k] == grp &&
            !strcasecmp(E[t->ix[k]].name, name))
            return t->ix[k];
    }
}

/* Does person i (nw tokens) share person j's surname (and, named in full,
 * the first name, or an initial)? */
static int
person_hit(nctx *x, const ws_entity *E, int32_t i, int32_t j, int nw, int infl)
{
    const ntok *a = &x->tk[E[i].tok1 - 1], *b = &x->tk[E[j].tok1 - 1];
    int hit = surname_match(a->f, (size_t)a->fl, b->f, (size_t)b->fl, infl);
    if (!hit &&
        (((unsigned char)a->f[0] < 0x80) != ((unsigned char)b->f[0] < 0x80))) {
        char ka[KEY_MAX], kb[KEY_MAX];
        int al = latin_key(x, a->f, (size_t)a->fl, ka, sizeof(ka));
        int bl = latin_key(x, b->f, (size_t)b->fl, kb, sizeof(kb));
        hit = al > 0 && bl > 0 &&
              surname_match(ka, (size_t)al, kb, (size_t)bl, 1);
    }
    if (hit && nw >= 2) {
        const ntok *fa = &x->tk[E[i].tok0], *fb = &x->tk[E[j].tok0];
        hit =
            surname_match(fa->f, (size_t)fa->fl, fb->f, (size_t)fb->fl, infl) ||
            fa->fl == 1 || fb->fl == 1;
    }
    return hit;
}

/* The roots among people named in full, by the bytes of their last
 * token. */
static uint64_t
sur_hash(const char *s, size_t n)
{
    return text_hash(s, n, 0, 0);
}

/* The first root added whose last token has the bytes of person i's and
 * that person_hit() accepts, or -1 (no inflection). */
static int32_t
sur_tab_first(const ent_tab *t, nctx *x, const ws_entity *E, int32_t i, int nw)
{
    const ntok *a = &x->tk[E[i].tok1 - 1];
    uint64_t h = sur_hash(a->f, (size_t)a->fl);
    for (uint32_t s = (uint32_t)h & t->mask; t->h[s] != 0;
         s = (s + 1) & t->mask) {
        int32_t j = t->ix[s];
        if (t->h[s] != h || j == i)
            continue;
        const ntok *b = &x->tk[E[j].tok1 - 1];
        if (b->fl == a->fl && !memcmp(b->f, a->f, (size_t)a->fl) &&
            person_hit(x, E, i, j, nw, 0))
            return j;
    }
    return -1;
}

static int
build(nctx *x)
{
    ws_doc *d = x->d;
    int32_t n = 0;
    /* (in locals: the stores through em could alias x's fields, which
     * the compiler would load again after each) */
    const int32_t ntk = x->nt, nc = x->nc;
    const ncand *c0 = x->c;
    /* build()'s own arrays from the thread's scratch (nctx_take()), where
     * the document's arena gave fresh lines, each an L2 write miss (cs
     * and ec some 12k each per MB of English); not zeroed (cs, ec, gen,
     * root, mpa and mpn: every element read is written first; em:
     * zeroed below) */
    ncand *cs = nctx_take(x, sizeof(*cs) * (size_t)(nc + 1));
    int32_t *em = nctx_take(x, sizeof(*em) * (size_t)(ntk + 1));
    if (!cs || !em)
        return -WS_ENOMEM;
    /* the live candidates by first token, equal ones in their order (as
     * qsort's merge sort left them): a counting sort, em counting */
    memset(em, 0, sizeof(*em) * (size_t)(ntk + 1));
    int counted = 1;
    for (int32_t i = 0; i < nc && counted; i++) {
        int32_t t0 = c0[i].t0;
        if (c0[i].dead)
            continue;
        if (t0 < 0 || t0 >= ntk)
            counted = 0;
        else
            em[t0 + 1]++;
    }
    if (counted) {
        for (int32_t t = 1; t <= ntk; t++)
            em[t] += em[t - 1];
        for (int32_t i = 0; i < nc; i++)
            if (!c0[i].dead)
                cs[em[c0[i].t0]++] = c0[i];
        n = em[ntk];
    } else {
        for (int32_t i = 0; i < nc; i++)
            if (!c0[i].dead)
                cs[n++] = c0[i];
        qsort(cs, (size_t)n, sizeof(*cs), cmp_cand);
    }
    /* (-1 in every byte: memset) */
    memset(em, 0xff, sizeof(*em) * (size_t)ntk);
    /* per entity: the candidate it came from */
    ncand *ec = nctx_take(x, sizeof(*ec) * (size_t)(n + 1));
    if (!ec)
        return -WS_ENOMEM;
    int32_t prev_t1 = -1;
    for (int32_t i = 0; i < n; i++) {
        const ncand *c = &cs[i];
        /* "NATO-Ukraine cooperation": the first name of a hyphenated
         * compound names the actor; the second is part of a modifier */
        if (c->t0 >= 2 && prev_t1 == c->t0 - 1 &&
            (tok_eq(x, c->t0 - 1, "-") ||
             (tflags(x, c->t0 - 1) & WS_TOK_DASH)) &&
            no_space_after(x, c->t0 - 2) && no_space_after(x, c->t0 - 1) &&
            (c->type == WS_LOC || c->type == WS_NORP || c->type == WS_ORG ||
             c->type == WS_MISC))
            continue;
        /* "Cyprus-registered", "Kremlin-backed": part of an adjective */
        if (c->t1 + 1 < x->nt && c->type != WS_PERSON && c->type != WS_ROLE &&
            tok_eq(x, c->t1, "-") && no_space_after(x, c->t1 - 1) &&
            no_space_after(x, c->t1) && is_word(x, c->t1 + 1) &&
            !is_cap(x, c->t1 + 1))
            continue;
        ws_entity *e = WS_PUSH(d->entities);
        if (!e)
            return -WS_ENOMEM;
        int32_t k = d->entities.n - 1;
        e->tok0 = c->t0;
        e->tok1 = c->t1;
        e->start = x->tk[c->t0].cstart;
        e->end = x->tk[c->t1 - 1].cend;
        e->type = c->type;
        e->text = ws_doc_slice(d, e->start, e->end);
        e->name = e->text;
        e->cluster = -1;
        e->role = -1;
        e->org = -1;
        e->gender = NULL;
        e->source = c->source;
        ec[k] = *c;
        for (int32_t t = c->t0; t < c->t1; t++)
            em[t] = k;
        prev_t1 = c->t1;
    }
    link_entities(x, em);

    /* names */
    ws_entity *E = d->entities.v;
    int32_t ne = d->entities.n;
    uint8_t *gen = nctx_take(x, (size_t)ne + 1);
    int32_t *root = nctx_take(x, sizeof(int32_t) * (size_t)(ne + 1));
    if (!gen || !root)
        return -WS_ENOMEM;
    char buf[1024];
    for (int32_t i = 0; i < ne; i++) {
        ws_entity *e = &E[i];
        const nent *le = entry(x, ec[i].ent);
        gen[i] = ec[i].gender;
        root[i] = i;
        if (e->type == WS_PERSON) {
            person_name(x, e->tok0, e->tok1, buf, sizeof(buf), &gen[i], NULL);
            e->name = ws_arena_strdup(d->arena, buf);
            if (e->role >= 0 && !gen[i]) {
                const nent *re = entry(x, ec[e->role].ent);
                if (re && re->gender)
                    gen[i] = re->gender;
            }
        } else if (e->type == WS_GOV && ec[i].head >= 0 && le && le->canon &&
                   e->tok0 >= 0) {
            /* the head in the nominative: "Міністерства" -> "Міністерство" */
            int32_t h = ec[i].head;
            const ws_token *ht = &d->tokens.v[h];
            size_t o = 0;
            const char *s0 = d->text + d->tokens.v[e->tok0].bstart;
            size_t pre = (size_t)(ht->bstart - d->tokens.v[e->tok0].bstart);
            size_t cl = strlen(le->canon);
            size_t post_b = (size_t)ws_doc_byte(d, e->end);
            size_t post =
                post_b > (size_t)ht->bend ? post_b - (size_t)ht->bend : 0;
            if (pre + cl + post + 1 < sizeof(buf)) {
                o = h > e->tok0 ? slav_adj_nominative(x, e->tok0, h, le->canon,
                                                      s0, pre, buf)
                                : 0;
                if (o == 0) {
                    memcpy(buf, s0, pre);
                    o = pre;
                }
                memcpy(buf + o, le->canon, cl);
                if (is_cap(x, h) && (unsigned char)buf[o] < 0x80)
                    up_first(buf + o);
                else if (is_cap(x, h) && cl >= 2) {
                    /* upper-case a non-ASCII first letter */
                    char tmp[8];
                    size_t j = 0;
                    int32_t cp = ws_utf8_decode(le->canon, cl, &j);
                    (void)cp;
                    size_t hl = (size_t)(ht->bend - ht->bstart);
                    if (j <= hl && j < sizeof(tmp))
                        memcpy(buf + o, d->text + ht->bstart, j);
                }
                o += cl;
                if (x->lx->titlecase && !x->tk[h].poss &&
                    !(x->tk[h].fl == (int32_t)cl &&
                      !memcmp(x->tk[h].f, le->canon, cl)))
                    o += pl_adj_after_head(x, h, e->tok1, le->canon, buf + o,
                                           sizeof(buf) - o, &post);
                memcpy(buf + o, d->text + (post_b - post), post);
                o += post;
                buf[o] = '\0';
                e->name = ws_arena_strdup(d->arena, buf);
            }
        } else if (le && le->canon &&
                   (e->type != WS_GOV || e->tok1 - e->tok0 == le->nw)) {
            e->name = le->canon;
        } else if (e->text[0] == '@') {
            int32_t p = e->tok0 - 1;
            int32_t j = p >= 0 ? em[p] : -1;
            if (j >= 0 && is_ent_org(E[j].type)) {
                e->name = E[j].name;
                root[i] = j;
            } else {
                e->name = e->text + 1;
                /* "... welcomed it on its account @X": the body before */
                if (p >= 0 && mk(x, p, NK_ACCT)) {
                    int32_t s0 = sent_start(x, e->tok0);
                    for (j = i - 1; j >= 0 && E[j].tok0 >= s0; j--)
                        if (is_ent_org(E[j].type)) {
                            if (e->type == WS_ORG)
                                e->type = E[j].type;
                            e->name = E[j].name;
                            root[i] = j;
                            break;
                        }
                }
                if (root[i] == i && (j = handle_owner(x, E, ne, i)) >= 0) {
                    if (e->type == WS_ORG)
                        e->type = E[j].type;
                    e->name = E[j].name ? E[j].name : E[j].text;
                    root[i] = j;
                }
            }
        }
        if (!e->name)
            e->name = e->text;
    }
    /* clusters: people by surname (full names first), others by name */
    ent_tab nt, st;
    int infl = x->lx && (x->lx->inflect || x->lx->nouns_cap);
    /* the roots of people named in full, by the script of their surname
     * (ASCII first byte or not) */
    int32_t *mpa = nctx_take(x, sizeof(int32_t) * (size_t)(ne + 1));
    int32_t *mpn = nctx_take(x, sizeof(int32_t) * (size_t)(ne + 1));
    int32_t nmpa = 0, nmpn = 0;
    if (ent_tab_init(&nt, x, ne, 1) < 0 || ent_tab_init(&st, x, ne, 0) < 0 ||
        !mpa || !mpn)
        return -WS_ENOMEM;
    for (int pass = 0; pass < 2; pass++) {
        for (int32_t i = 0; i < ne; i++) {
            ws_entity *e = &E[i];
            if (e->type != WS_PERSON) {
                if (pass == 1 || root[i] != i)
                    continue;
                /* the first earlier root of the same group and name
                 * (ASCII case folded), by a hash of both */
                int gi = is_ent_org(e->type) ? 1 : e->type + 10;
                /* (head_mention() renames an entity it gives a root:
                 * one that stays its own root keeps the name hashed) */
                uint64_t nh = name_hash(gi, e->name);
                int32_t j = name_tab_find(&nt, E, gi, e->name, nh);
                if (j >= 0)
                    root[i] = j;
                if (root[i] == i)
                    head_mention(x, E, root, i);
                if (root[i] == i)
                    ent_tab_add(&nt, nh, gi, i);
                continue;
            }
            int nw = e->tok1 - e->tok0;
            if ((pass == 0) != (nw >= 2))
                continue;
            int32_t lt = e->tok1 - 1;
            if (!infl) {
                /* the same first j as the scan below: without inflection
                 * a surname matches one written with the same bytes (by
                 * the hash of the last token) or one in the other script
                 * (by its Latin key: the roots of that script, in order) */
                const ntok *a = &x->tk[lt];
                int32_t hit = sur_tab_first(&st, x, E, i, nw);
                int asc = (unsigned char)a->f[0] < 0x80;
                const int32_t *ol = asc ? mpn : mpa;
                int32_t no = asc ? nmpn : nmpa;
                for (int32_t m = 0; m < no && (hit < 0 || ol[m] < hit); m++)
                    if (ol[m] != i && person_hit(x, E, i, ol[m], nw, infl)) {
                        hit = ol[m];
                        break;
                    }
                if (hit >= 0)
                    root[i] = hit;
                if (pass == 0 && root[i] == i) {
                    ent_tab_add(&st, sur_hash(a->f, (size_t)a->fl), 0, i);
                    if (asc)
                        mpa[nmpa++] = i;
                    else
                        mpn[nmpn++] = i;
                }
                continue;
            }
            for (int32_t j = 0; j < ne; j++) {
                if (j == i || E[j].type != WS_PERSON || root[j] != j ||
                    E[j].tok1 - E[j].tok0 < 2)
                    continue;
                if (pass == 0 && j > i)
                    continue;
                if (person_hit(x, E, i, j, nw, infl)) {
                    root[i] = j;
                    break;
                }
            }
        }
    }
    /* follow roots; the canonical name is the root's */
    for (int32_t i = 0; i < ne; i++) {
        int32_t r = i, guard = 0;
        while (root[r] != r && guard++ < ne)
            r = root[r];
        root[i] = r;
    }
    int32_t next = 0;
    for (int32_t i = 0; i < ne; i++) {
        int32_t r = root[i];
        if (r == i)
            E[i].cluster = next++;
    }
    for (int32_t i = 0; i < ne; i++) {
        int32_t r = root[i];
        E[i].cluster = E[r].cluster;
        if (E[i].type == WS_PERSON && r != i) {
            E[i].name = E[r].name;
            if (gen[i] && !gen[r])
                gen[r] = gen[i];
        }
    }
    for (int32_t i = 0; i < ne; i++) {
        if (E[i].type != WS_PERSON)
            continue;
        uint8_t g = gen[root[i]] ? gen[root[i]] : gen[i];
        E[i].gender = g == 'm' ? "m" : g == 'f' ? "f" : NULL;
    }
    return 0;
}

/* ---- the stage ---- */

/* Starts x on document d: its tokens, language (en when none) and that
 * language's lexicon (NULL when none is loaded).  Returns the worker's
 * models (NULL without a worker). */
static ws_models *
nctx_start(nctx *x, ws_worker *w, ws_doc *d)
{
    memset(x, 0, sizeof(*x));
    x->w = w;
    x->d = d;
    x->nt = d->tokens.n;
    x->lang = d->lang[0] ? d->lang : "en";
    ws_models *m = w ? ws_worker_models(w) : NULL;
    x->lx = m ? lex_get(m, x->lang) : NULL;
    return m;
}

int
ws_ner(ws_worker *w, ws_doc *d)
{
    int rc;
    if (!(d->done & WS_DONE_TOKENIZE)) {
        if ((rc = ws_tokenize(w, d)) < 0)
            return rc;
    }
    d->entities.n = 0;
    nctx x;
    ws_models *m = nctx_start(&x, w, d);
    if ((!x.lx || !x.lx->ne) && m && strcmp(x.lang, "en") != 0)
        x.lx = lex_get(m, "en");
    if (!x.lx || !x.lx->ne) {
        static const nlex empty;
        x.lx = &empty;
    }
    if (x.nt == 0) {
        d->done |= WS_DONE_NER;
        return 0;
    }
    /* (prep_tokens clears each token's entry) */
    nctx_scratch(&x);
    x.tk = nctx_take(&x, sizeof(*x.tk) * (size_t)x.nt);
    x.cover = nctx_take(&x, sizeof(*x.cover) * (size_t)x.nt);
    if (!x.tk || !x.cover)
        goto oom;
    for (int32_t t = 0; t < x.nt; t++)
        x.cover[t] = -1;
    if ((rc = prep_tokens(&x)) < 0 || (rc = find_matches(&x)) < 0)
        goto fail;

    uint8_t *tags = NULL;
    find_dateline(&x);
    find_handles(&x);
    find_quoted_media(&x);
    find_lexicon(&x, 2);
    find_gov(&x);
    find_roles(&x);
    fr_org_common(&x);
    slav_org_common(&x);
    if ((rc = run_tagger(&x, &tags, 2)) < 0)
        goto fail;
    find_lexicon(&x, 1);
    find_regions(&x);
    extend_gov_full(&x);
    if (tags && (rc = run_tagger(&x, &tags, 1)) < 0)
        goto fail;
    find_runs(&x);
    find_surnames(&x);
    if ((rc = build(&x)) < 0)
        goto fail;
    nctx_end(&x);
    d->done |= WS_DONE_NER;
    return 0;
oom:
    rc = -WS_ENOMEM;
fail:
    nctx_end(&x);
    d->entities.n = 0;
    ws_doc_error(d, "ner", -rc, "entity recognition failed: %s",
                 ws_strerror(-rc));
    return rc;
}

/* ---- the tagger's tags alone (whosaid eval --bio) ---- */

/* Word, number, punctuation and capital flags of a token the tokenizer
 * did not make (a .bio file's tokens come as they are). */
static uint32_t
bio_flags(const ws_doc *d, int32_t i)
{
    const char *s = ws_tok_ptr(d, i);
    size_t n = (size_t)ws_tok_blen(d, i), j = 0;
    int nlet = 0, nup = 0, ndig = 0, first = -1;
    while (j < n) {
        int c = ws_cp_class(ws_utf8_decode(s, n, &j));
        if (first < 0)
            first = c;
        if (c & WS_CP_LETTER) {
            nlet++;
            nup += (c & WS_CP_UPPER) != 0;
        } else if (c & WS_CP_DIGIT) {
            ndig++;
        }
    }
    uint32_t f = nlet ? WS_TOK_WORD : ndig ? WS_TOK_NUM : WS_TOK_PUNCT;
    if (first > 0 && (first & WS_CP_UPPER))
        f |= WS_TOK_UPPER;
    if (nlet > 1 && nup == nlet)
        f |= WS_TOK_ALLCAP;
    return f;
}

int
ws_ner_fix_tags(ws_worker *w, ws_doc *d, uint8_t *tags)
{
    nctx x;
    (void)nctx_start(&x, w, d);
    if (x.nt == 0 || !x.lx || !x.lx->ne)
        return 0;
    const uint32_t kinds = WS_TOK_WORD | WS_TOK_NUM | WS_TOK_PUNCT;
    for (int32_t i = 0; i < x.nt; i++)
        if (!(d->tokens.v[i].flags & kinds))
            d->tokens.v[i].flags |= bio_flags(d, i);
    /* (prep_tokens clears each token's entry) */
    nctx_scratch(&x);
    x.tk = nctx_take(&x, sizeof(*x.tk) * (size_t)x.nt);
    int rc = x.tk ? 0 : -WS_ENOMEM;
    if (rc < 0 || (rc = prep_tokens(&x)) < 0 || (rc = find_matches(&x)) < 0) {
        nctx_end(&x);
        return rc;
    }
    x.para_doc = 1;
    fix_person_tags(&x, tags);
    fix_verb_tags(&x, tags);
    fix_slav_tags(&x, tags);
    nctx_end(&x);
    return 0;
}

/* ---- helpers for the stance stage ---- */

/* The entities of a document indexed for ws_ner_resolve(), built once per
 * document (stance resolves a speaker per statement: a scan of every entity
 * per call made a long document quadratic).  Each search gives the entity
 * the scan over the entities in index order gave. */
enum {
    LAST_M,     /* persons a masculine pronoun may stand for */
    LAST_F,     /* ... a feminine one */
    LAST_ORG,   /* WS_ORG */
    LAST_GOV,   /* WS_GOV */
    LAST_MEDIA, /* WS_MEDIA */
    LAST_BODY,  /* WS_GOV or WS_ORG (resolve_body) */
    LAST_NAMED, /* persons of one token or more (surnames) */
    NLAST
};

struct ws_ner_index {
    const ws_entity *v; /* the entities it was built for */
    int32_t n, ntok;
    int64_t maxlen; /* the longest entity, tok1 - tok0 (>= 0) */
    struct ordent {
        int32_t tok0, j;
    } * ord;              /* the entities by tok0, ties in index order */
    int sorted;           /* the entities are in increasing start order */
    int32_t *last[NLAST]; /* last[c][i]: greatest j < i of class c, or -1 */
};

/* entities looked at by ws_ner_resolve() in this thread (a test's measure
 * of its work) */
static _Thread_local uint64_t resolve_visits;

uint64_t
ws_ner_resolve_visits(void)
{
    return resolve_visits;
}

static int
cmp_ord(const void *a, const void *b)
{
    const struct ordent *p = a, *q = b;
    if (p->tok0 != q->tok0)
        return p->tok0 < q->tok0 ? -1 : 1;
    return p->j < q->j ? -1 : p->j > q->j;
}

static int
ent_class(const ws_entity *e, int c)
{
    switch (c) {
    case LAST_M:
    case LAST_F:
        return e->type == WS_PERSON &&
               (!e->gender || e->gender[0] == (c == LAST_M ? 'm' : 'f'));
    case LAST_ORG:
        return e->type == WS_ORG;
    case LAST_GOV:
        return e->type == WS_GOV;
    case LAST_MEDIA:
        return e->type == WS_MEDIA;
    case LAST_BODY:
        return e->type == WS_GOV || e->type == WS_ORG;
    default:
        return e->type == WS_PERSON && e->tok1 - e->tok0 >= 1;
    }
}

/* The index of d's entities, built when missing or made for other
 * entities; NULL when out of memory (the callers then scan). */
static const struct ws_ner_index *
ent_index(ws_doc *d)
{
    struct ws_ner_index *ix = d->ner_index;
    if (ix && ix->v == d->entities.v && ix->n == d->entities.n &&
        ix->ntok == d->tokens.n)
        return ix;
    d->ner_index = NULL;
    int32_t n = d->entities.n;
    ix = ws_arena_alloc(d->arena, sizeof(*ix));
    if (!ix)
        return NULL;
    memset(ix, 0, sizeof(*ix));
    ix->v = d->entities.v;
    ix->n = n;
    ix->ntok = d->tokens.n;
    ix->ord = ws_arena_alloc(d->arena, sizeof(*ix->ord) * ((size_t)n + 1));
    if (!ix->ord)
        return NULL;
    for (int c = 0; c < NLAST; c++) {
        ix->last[c] =
            ws_arena_alloc(d->arena, sizeof(int32_t) * ((size_t)n + 1));
        if (!ix->last[c])
            return NULL;
        ix->last[c][0] = -1;
    }
    ix->sorted = 1;
    resolve_visits += (uint64_t)n;
    for (int32_t j = 0; j < n; j++) {
        const ws_entity *e = &d->entities.v[j];
        ix->ord[j].tok0 = e->tok0;
        ix->ord[j].j = j;
        int64_t len = (int64_t)e->tok1 - e->tok0;
        if (len > ix->maxlen)
            ix->maxlen = len;
        if (j > 0 && e->start < d->entities.v[j - 1].start)
            ix->sorted = 0;
        for (int c = 0; c < NLAST; c++)
            ix->last[c][j + 1] = ent_class(e, c) ? j : ix->last[c][j];
    }
    if (n > 1)
        qsort(ix->ord, (size_t)n, sizeof(*ix->ord), cmp_ord);
    d->ner_index = ix;
    return ix;
}

/* The entity over tokens [tok0, tok1): the person, else the body (the
 * last of each in index order), else the first other one. */
static int32_t
entity_overlapping(const ws_doc *d, const struct ws_ner_index *ix, int32_t tok0,
                   int32_t tok1, int mask)
{
    int32_t person = -1, body = -1, first = -1;
    int32_t i = 0, n = d->entities.n;
    if (ix) {
        /* an entity over tok0 starts after tok0 - maxlen */
        int64_t from = (int64_t)tok0 - ix->maxlen + 1;
        int32_t lo = 0, hi = n;
        while (lo < hi) {
            int32_t mid = lo + (hi - lo) / 2;
            resolve_visits++;
            if (ix->ord[mid].tok0 < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        i = lo;
    }
    for (; i < n; i++) {
        int32_t j = ix ? ix->ord[i].j : i;
        const ws_entity *e = &d->entities.v[j];
        resolve_visits++;
        if (ix && ix->ord[i].tok0 >= tok1)
            break;
        if (e->tok0 < tok1 && e->tok1 > tok0 &&
            (!mask || (mask & (1 << e->type)))) {
            if (e->type == WS_PERSON) {
                if (j > person)
                    person = j;
            } else if (is_ent_org(e->type)) {
                if (j > body)
                    body = j;
            }
            if (first < 0 || j < first)
                first = j;
        }
    }
    /* prefer the person, then the body, over roles and places */
    return person >= 0 ? person : body >= 0 ? body : first;
}

void
ws_ner_prepare(ws_worker *w, const char *lang)
{
    if (w != NULL && lang != NULL && *lang != '\0')
        (void)lex_get(ws_worker_models(w), lang);
}

void
ws_ner_use_scratch(int use)
{
    ner_scr_off = !use;
}

/* w's lexicon of lang for the test hooks below, NULL without entries */
static const nlex *
hook_lex(ws_worker *w, const char *lang)
{
    const nlex *lx = w ? lex_get(ws_worker_models(w), lang) : NULL;
    return lx && lx->ne ? lx : NULL;
}

int
ws_ner_filter_misses(ws_worker *w, const char *lang)
{
    const nlex *lx = hook_lex(w, lang);
    if (lx == NULL)
        return -1;
    int miss = 0;
    for (uint32_t i = 0; i < lx->cap; i++) {
        const nslot *s = &lx->slot[i];
        if (s->head >= 0 && (!key_filter(lx, s->h) ||
                             index_get(lx, s->mode, s->k, s->kl) != s->head))
            miss++;
    }
    return miss;
}

int
ws_ner_node_mismatches(ws_worker *w, const char *lang)
{
    const nlex *lx = hook_lex(w, lang);
    if (lx == NULL)
        return -1;
    int bad = 0;
    for (int32_t i = 0; i < lx->nn; i++) {
        const nnode *nd = &lx->node[i];
        const nent *e = &lx->e[nd->ent];
        if (nd->nw != e->nw || nd->kind != e->kind || nd->mode0 != e->mode[0] ||
            nd->wl0 != e->wl[0])
            bad++;
    }
    /* find_matches()' probe of a token's whole form: behind the filter,
     * from sixteen readable bytes of the form (zero past its end) */
    for (uint32_t i = 0; i < lx->cap; i++) {
        const nslot *s = &lx->slot[i];
        if (s->head < 0 || s->mode != WM_EXACT || s->kl > 64)
            continue;
        char f[80] = {0};
        memcpy(f, s->kl <= KEY_IN ? s->kin : s->k, s->kl);
        uint64_t a, b;
        uint32_t h =
            key_mix(whole_hash_form(f, (size_t)s->kl, &a, &b), WM_EXACT);
        if (!key_filter(lx, h) ||
            slot_find_form(lx, f, (size_t)s->kl, h, a, b)->head != s->head)
            bad++;
        /* the chain's record (crec_build()): an answer is the first
         * one-word entry of each kind of the chain the case lets match,
         * in the chain's order (two kinds or more in a list); every
         * other entry has a first word as long as the key, and two or
         * more words its b2's bit */
        const nrec *r = &s->rec;
        for (unsigned c = 0; r && c < 4; c++) {
            nclist want = {0};
            int multi = 0, over = 0;
            for (int32_t nd = s->head; nd >= 0; nd = lx->node[nd].next) {
                const nnode *n = &lx->node[nd];
                if (n->wl0 != s->kl ||
                    (n->nw >= 2 && !(n->need & c) &&
                     (n->b2 < 0 || !(r->b2m[c] >> (n->b2 & 31) & 1))))
                    multi = 1;
                if (n->nw == 1 && !(n->need & c) && !clist_add(&want, n))
                    over = 1;
            }
            const nclist *got = r->kind[c] == CREC_LIST && lx->clist
                                    ? &lx->clist[r->ent[c]]
                                    : NULL;
            if (r->kind[c] == CREC_WALK)
                continue;
            if (multi || over ||
                (r->kind[c] == CREC_NONE ? want.n != 0
                 : r->kind[c] == CREC_LIST
                     ? want.n < 2 || !got || got->n != want.n ||
                           memcmp(got->kind, want.kind, want.n) != 0 ||
                           memcmp(got->ent, want.ent,
                                  sizeof want.ent[0] * want.n) != 0
                     : want.n != 1 || want.ent[0] != r->ent[c] ||
                           want.kind[0] != r->kind[c]))
                bad++;
        }
    }
    return bad;
}

/* The entity a pronoun stands for: the last one starting before code
 * point `before` that it may stand for. */
static int32_t
resolve_pronoun(const ws_doc *d, const struct ws_ner_index *ix, const nent *pr,
                int32_t before, int mask)
{
    int gendered = pr->gender == 'm' || pr->gender == 'f';
    if (ix && ix->sorted) {
        int32_t ub = ws_doc_ents_before(d, before);
        resolve_visits++;
        if (gendered) {
            if (mask && !(mask & (1 << WS_PERSON)))
                return -1;
            return ix->last[pr->gender == 'm' ? LAST_M : LAST_F][ub];
        }
        static const int cls[3] = {LAST_ORG, LAST_GOV, LAST_MEDIA};
        static const int typ[3] = {WS_ORG, WS_GOV, WS_MEDIA};
        int32_t best = -1;
        for (int k = 0; k < 3; k++)
            if (!mask || (mask & (1 << typ[k])))
                if (ix->last[cls[k]][ub] > best)
                    best = ix->last[cls[k]][ub];
        return best;
    }
    for (int32_t j = d->entities.n - 1; j >= 0; j--) {
        const ws_entity *e = &d->entities.v[j];
        resolve_visits++;
        if (e->start >= before)
            continue;
        if (mask && !(mask & (1 << e->type)))
            continue;
        if (gendered) {
            if (e->type != WS_PERSON)
                continue;
            if (e->gender && e->gender[0] != pr->gender)
                continue;
            return j;
        }
        if (is_ent_org(e->type))
            return j;
    }
    return -1;
}

/* "the ministry": the last GOV/ORG body starting before code point
 * `before` that has the word f, else the last GOV body; -1 when f is not
 * a word for a body. */
static int32_t
resolve_body(const ws_doc *d, const struct ws_ner_index *ix, const nlex *lx,
             int32_t before, const char *f, size_t n, int mask)
{
    int generic = lex_word_kind(lx, f, n, NK_ANAPH) != NULL;
    int head = lex_word_kind(lx, f, n, NK_GOVHEAD) != NULL;
    if (!generic && !head)
        return -1;
    int32_t fallback = -1;
    int fast = ix && ix->sorted;
    int32_t j = fast ? ix->last[LAST_BODY][ws_doc_ents_before(d, before)]
                     : d->entities.n - 1;
    for (; j >= 0; j = fast ? ix->last[LAST_BODY][j] : j - 1) {
        const ws_entity *e = &d->entities.v[j];
        resolve_visits++;
        if (e->start >= before)
            continue;
        if (e->type != WS_GOV && e->type != WS_ORG)
            continue;
        if (mask && !(mask & (1 << e->type)))
            continue;
        if (body_has_word(d, j, f, n))
            return j;
        if (fallback < 0 && e->type == WS_GOV)
            fallback = j;
    }
    return fallback;
}

/* ws_ner_resolve() with the index ix (NULL: scans of the entities) */
static int32_t
resolve_with(const ws_doc *d, const struct ws_ner_index *ix, int32_t tok0,
             int32_t tok1, int want_type_mask)
{
    int32_t j = entity_overlapping(d, ix, tok0, tok1, want_type_mask);
    if (j >= 0)
        return j;
    const nlex *lx = lex_find_lang(d->lang[0] ? d->lang : "en");
    if (!lx)
        lx = lex_find_lang("en");
    int32_t before = d->tokens.v[tok0].start;
    /* the head word: the last word token of the phrase */
    int32_t h = tok1 - 1;
    while (h > tok0 && !(d->tokens.v[h].flags & WS_TOK_WORD))
        h--;
    if (ws_tok_blen(d, h) >= KEY_MAX / 3)
        return -1;
    char f[KEY_MAX];
    int fl = fold_tok(d, h, f, sizeof(f));
    if (fl <= 0)
        return -1;
    /* pronouns */
    const nent *pr = lex_word_kind(lx, f, (size_t)fl, NK_PRON);
    if (pr && tok1 - tok0 == 1)
        return resolve_pronoun(d, ix, pr, before, want_type_mask);
    /* "the ministry", "the service", "відомство" */
    j = resolve_body(d, ix, lx, before, f, (size_t)fl, want_type_mask);
    if (j >= 0)
        return j;
    /* a surname */
    if (d->tokens.v[h].flags & WS_TOK_UPPER) {
        for (j = ix ? ix->last[LAST_NAMED][d->entities.n] : d->entities.n - 1;
             j >= 0; j = ix ? ix->last[LAST_NAMED][j] : j - 1) {
            const ws_entity *e = &d->entities.v[j];
            resolve_visits++;
            if (e->type != WS_PERSON || e->tok1 - e->tok0 < 1)
                continue;
            if (want_type_mask && !(want_type_mask & (1 << WS_PERSON)))
                break;
            char g[KEY_MAX];
            if (ws_tok_blen(d, e->tok1 - 1) >= KEY_MAX / 3)
                continue;
            int gl = fold_tok(d, e->tok1 - 1, g, sizeof(g));
            int infl = lx && (lx->inflect || lx->nouns_cap);
            if (surname_match(f, (size_t)fl, g, (size_t)gl, infl))
                return j;
        }
    }
    return -1;
}

int32_t
ws_ner_resolve(ws_doc *d, int32_t tok0, int32_t tok1, int want_type_mask)
{
    if (!d || tok0 < 0 || tok1 > d->tokens.n || tok0 >= tok1)
        return -1;
    int32_t r = resolve_with(d, ent_index(d), tok0, tok1, want_type_mask);
    return r;
}

const char *
ws_ner_org_name(const ws_doc *d, int32_t ent)
{
    if (!d || ent < 0 || ent >= d->entities.n)
        return NULL;
    const ws_entity *e = &d->entities.v[ent];
    if (is_ent_org(e->type))
        return e->name ? e->name : e->text;
    int32_t o = e->org;
    if (o < 0 && e->type == WS_PERSON && e->role >= 0 &&
        e->role < d->entities.n)
        o = d->entities.v[e->role].org;
    if (o < 0 || o >= d->entities.n)
        return NULL;
    const ws_entity *oe = &d->entities.v[o];
    return oe->name ? oe->name : oe->text;
}
