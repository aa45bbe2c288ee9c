/*
 * doc.c - the document record: allocation, text and offsets, errors, and
 * the names of the enumerations.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ws_int.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

const char *
ws_strerror(int code)
{
    if (code < 0)
        code = -code;
    switch (code) {
    case WS_OK:
        return "ok";
    case WS_ENOMEM:
        return "out-of-memory";
    case WS_EUTF8:
        return "invalid-utf8";
    case WS_EJSON:
        return "bad-json";
    case WS_ENOTOBJ:
        return "not-an-object";
    case WS_ENOTEXT:
        return "no-text";
    case WS_EEMPTY:
        return "empty-document";
    case WS_ETOOBIG:
        return "too-big";
    case WS_EMODEL:
        return "model";
    case WS_EIO:
        return "io";
    case WS_EFIELD:
        return "bad-field";
    case WS_ETRUNC:
        return "truncated";
    default:
        return "internal";
    }
}

static const char *const etype_names[WS_NETYPES] = {
    "PERSON", "ORG", "GOV", "MEDIA", "LOC", "NORP", "ROLE", "MISC"};
/* The names of the statement kinds and stances (in enum order), and the
 * same as JSON strings with their lengths (nothing in them to escape):
 * the record writer copies those, with no scan */
/* clang-format off */
#define KIND_NAMES(X) X(direct) X(indirect) X(mixed) X(reported)
#define STANCE_NAMES(X) \
    X(condemnation) X(concern) X(accusation) X(denial) X(demand) \
    X(warning) X(support) X(neutral)
/* clang-format on */
#define NAME_STR(n)  #n,
#define NAME_JSON(n) {"\"" #n "\"", sizeof("\"" #n "\"") - 1},
typedef struct {
    const char *s;
    size_t n;
} json_name;
static const char *const kind_names[WS_NKINDS] = {KIND_NAMES(NAME_STR)};
static const json_name kind_json[WS_NKINDS] = {KIND_NAMES(NAME_JSON)};
static const char *const stance_names[WS_NSTANCES] = {STANCE_NAMES(NAME_STR)};
static const json_name stance_json[WS_NSTANCES] = {STANCE_NAMES(NAME_JSON)};

const char *
ws_etype_name(int type)
{
    return type >= 0 && type < WS_NETYPES ? etype_names[type] : "MISC";
}

int
ws_etype_parse(const char *name)
{
    for (int i = 0; i < WS_NETYPES; i++)
        if (strcmp(name, etype_names[i]) == 0)
            return i;
    if (strcmp(name, "PER") == 0)
        return WS_PERSON;
    return -1;
}

const char *
ws_kind_name(int kind)
{
    return kind >= 0 && kind < WS_NKINDS ? kind_names[kind] : "reported";
}

const char *
ws_kind_json(int kind, size_t *len)
{
    const json_name *j =
        &kind_json[kind >= 0 && kind < WS_NKINDS ? kind : WS_REPORTED];
    *len = j->n;
    return j->s;
}

int
ws_kind_parse(const char *name)
{
    for (int i = 0; i < WS_NKINDS; i++)
        if (strcmp(name, kind_names[i]) == 0)
            return i;
    return -1;
}

const char *
ws_stance_name(int stance)
{
    return stance >= 0 && stance < WS_NSTANCES ? stance_names[stance]
                                               : "neutral";
}

const char *
ws_stance_json(int stance, size_t *len)
{
    const json_name *j =
        &stance_json[stance >= 0 && stance < WS_NSTANCES ? stance : WS_NEUTRAL];
    *len = j->n;
    return j->s;
}

int
ws_stance_parse(const char *name)
{
    for (int i = 0; i < WS_NSTANCES; i++)
        if (strcmp(name, stance_names[i]) == 0)
            return i;
    return -1;
}

ws_doc *
ws_doc_new(void)
{
    ws_doc *d = calloc(1, sizeof(*d));
    if (d == NULL)
        return NULL;
    d->arena = ws_arena_new();
    if (d->arena == NULL) {
        free(d);
        return NULL;
    }
    return d;
}

void
ws_doc_free(ws_doc *d)
{
    if (d == NULL)
        return;
    ws_arena_free(d->arena);
    free(d->paragraphs.v);
    free(d->sentences.v);
    free(d->tokens.v);
    free(d->entities.v);
    free(d->statements.v);
    free(d->errors.v);
    free(d->cp2b.v);
    free(d->cp64.v);
    free(d);
}

/* Frees an array that grew far beyond the usual, so that one enormous
 * record does not pin its memory for the rest of the stream. */
#define SHRINK(vec)                                                            \
    do {                                                                       \
        if ((size_t)(vec).cap * sizeof(*(vec).v) > ((size_t)64 << 20)) {       \
            free((vec).v);                                                     \
            (vec).v = NULL;                                                    \
            (vec).cap = 0;                                                     \
        }                                                                      \
        (vec).n = 0;                                                           \
    } while (0)

void
ws_doc_reset(ws_doc *d)
{
    ws_arena_reset(d->arena);
    d->id = NULL;
    d->text = NULL;
    d->len = 0;
    d->ncp = 0;
    d->lang[0] = '\0';
    d->lang_given = 0;
    d->date = d->title = d->place = d->source = d->url = NULL;
    d->dateline_date = NULL;
    d->meta_extra = d->extra = d->versions_in = NULL;
    SHRINK(d->paragraphs);
    SHRINK(d->sentences);
    SHRINK(d->tokens);
    SHRINK(d->entities);
    SHRINK(d->statements);
    SHRINK(d->errors);
    d->nerrors_in = 0;
    SHRINK(d->cp2b);
    SHRINK(d->cp64);
    d->done = 0;
    d->input_line = 0;
    d->ner_index = NULL;
    d->tsig = NULL;
    d->tsig_n = 0;
}

/* ws_doc_reset() that keeps no capacity: for a document that waits
 * unused (a free slot of whosaid run's ring), whose memory the documents
 * being worked on can use meanwhile. */
void
ws_doc_release(ws_doc *d)
{
    ws_doc_reset(d);
    ws_arena_release(d->arena);
    ws_doc *v = d;
#define RELEASE(vec)                                                           \
    do {                                                                       \
        free((vec).v);                                                         \
        (vec).v = NULL;                                                        \
        (vec).cap = 0;                                                         \
    } while (0)
    RELEASE(v->paragraphs);
    RELEASE(v->sentences);
    RELEASE(v->tokens);
    RELEASE(v->entities);
    RELEASE(v->statements);
    RELEASE(v->errors);
    RELEASE(v->cp2b);
    RELEASE(v->cp64);
#undef RELEASE
}

void *
ws__vec_push(void *vec_ptr, int32_t *n, int32_t *cap, size_t elsize)
{
    void **v = vec_ptr;
    if (*n >= *cap) {
        if (*cap >= INT32_MAX / 2)
            return NULL;
        int32_t nc = *cap ? *cap * 2 : 16;
        void *nv = realloc(*v, (size_t)nc * elsize);
        if (nv == NULL)
            return NULL;
        *v = nv;
        *cap = nc;
    }
    char *el = (char *)*v + (size_t)(*n) * elsize;
    memset(el, 0, elsize);
    (*n)++;
    return el;
}

void
ws_doc_error(ws_doc *d, const char *stage, int code, const char *fmt, ...)
{
    ws_docerror *e = WS_PUSH(d->errors);
    if (e == NULL)
        return;
    e->stage = stage;
    e->code = code < 0 ? -code : code;
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    e->message = ws_arena_strdup(d->arena, tmp);
    if (e->message == NULL)
        e->message = "out of memory";
}

/* FNV-1a 64's constants, for ws_hash64() and index_pass() (the values
 * name documents) */
#define FNV_PRIME 0x100000001b3ULL
#define FNV_BASIS 0xcbf29ce484222325ULL

/* FNV-1a of the n bytes at s, on from h */
static inline __attribute__((always_inline)) uint64_t
fnv_run(uint64_t h, const unsigned char *s, int32_t n)
{
    for (int32_t j = 0; j < n; j++)
        h = (h ^ s[j]) * FNV_PRIME;
    return h;
}

/* ws_doc_index(), and with hash not NULL ws_hash64() of the text into
 * *hash in the same pass.  The hash is a chain of dependent multiplies
 * (some four cycles a byte) that leaves the core idle otherwise: the
 * index's loads and stores, each block's next to its bytes' steps of
 * the hash, run in its shadow, where the two passes one after the other
 * took the time of both. */
static inline __attribute__((always_inline)) int
index_pass(ws_doc *d, uint64_t *hash)
{
    uint64_t h = FNV_BASIS;
    d->cp2b.n = 0;
    const unsigned char *s = (const unsigned char *)d->text;
    /* one pass, without branches: room for a code point per byte (every
     * byte's offset is written, the cursor moves past lead bytes only) */
    if ((int32_t)d->len + 1 > d->cp2b.cap) {
        /* a new array, not realloc(): every offset is written below, so
         * the old ones need no copy */
        free(d->cp2b.v);
        d->cp2b.cap = 0;
        d->cp2b.v = malloc(sizeof(int32_t) * (d->len + 1));
        if (d->cp2b.v == NULL)
            return -WS_ENOMEM;
        d->cp2b.cap = (int32_t)d->len + 1;
    }
    int32_t k = 0, *v = d->cp2b.v, n = (int32_t)d->len, i = 0;
    while (i < n) {
#ifdef __SSE2__
        /* sixteen ASCII bytes: sixteen code points, offsets i..i+15,
         * stored as four vectors of four (the offsets of the first four
         * moved on by sixteen a step) */
        if (i + 16 <= n) {
            __m128i at =
                _mm_add_epi32(_mm_set1_epi32(i), _mm_setr_epi32(0, 1, 2, 3));
            const __m128i four = _mm_set1_epi32(4), eight = _mm_set1_epi32(8),
                          twelve = _mm_set1_epi32(12),
                          step = _mm_set1_epi32(16);
            do {
                __m128i c =
                    _mm_loadu_si128((const __m128i *)(const void *)(s + i));
                if (_mm_movemask_epi8(c) != 0)
                    break;
                if (hash)
                    h = fnv_run(h, s + i, 16);
                __m128i *o = (__m128i *)(void *)(v + k);
                _mm_storeu_si128(o, at);
                _mm_storeu_si128(o + 1, _mm_add_epi32(at, four));
                _mm_storeu_si128(o + 2, _mm_add_epi32(at, eight));
                _mm_storeu_si128(o + 3, _mm_add_epi32(at, twelve));
                at = _mm_add_epi32(at, step);
                k += 16;
                i += 16;
            } while (i + 16 <= n);
        }
        /* sixteen bytes, not all ASCII (text in another script, most
         * of it): byte by byte, then sixteen again */
        if (i + 16 <= n) {
            if (hash)
                h = fnv_run(h, s + i, 16);
            for (int32_t e = i + 16; i < e; i++) {
                v[k] = i;
                k += (s[i] & 0xC0) != 0x80;
            }
            continue;
        }
#endif
        /* eight ASCII bytes: eight code points, offsets i..i+7 (a
         * fixed-count loop the compiler vectorises) */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            if (hash)
                h = fnv_run(h, s + i, 8);
            for (int32_t j = 0; j < 8; j++)
                v[k + j] = i + j;
            k += 8;
            i += 8;
        }
        /* then byte by byte to the end of the next eight */
        if (hash)
            h = fnv_run(h, s + i, (i + 8 < n ? i + 8 : n) - i);
        for (int32_t e = i + 8 < n ? i + 8 : n; i < e; i++) {
            v[k] = i;
            k += (s[i] & 0xC0) != 0x80;
        }
    }
    v[k] = n;
    /* every 64th offset, for ws_doc_byte(): a few KB for a batch's
     * documents, where cp2b takes four bytes for each byte of text and
     * is out of the L2 by the time the later stages look offsets up */
    int32_t nb = (k >> 6) + 1;
    if (nb + 1 > d->cp64.cap) {
        int32_t *nk = realloc(d->cp64.v, sizeof(int32_t) * (size_t)(nb + 1));
        if (nk == NULL)
            return -WS_ENOMEM;
        d->cp64.v = nk;
        d->cp64.cap = nb + 1;
    }
    for (int32_t j = 0; j < nb; j++)
        d->cp64.v[j] = v[(size_t)j << 6];
    d->cp64.v[nb] = -1; /* (no block of 64 one-byte code points ends it) */
    d->cp64.n = nb + 1;
    d->cp2b.n = k + 1;
    d->ncp = k;
    if (hash)
        *hash = h;
    return 0;
}

int
ws_doc_index(ws_doc *d)
{
    return index_pass(d, NULL);
}

/*
 * Copies s into the arena as the document text: invalid UTF-8 sequences
 * become U+FFFD (the first is reported), NUL bytes become U+FFFD, and the
 * result is NFC.  Offsets are then code points into this text.
 */
static int
put_text(ws_doc *d, const char *s, size_t n)
{
    if (n > (size_t)INT32_MAX / 2) {
        ws_doc_error(d, "read", WS_ETOOBIG, "text of %zu bytes is too big", n);
        n = 0;
    }
    long bad = ws_utf8_invalid_at(s, n);
    const char *nul = memchr(s, '\0', n);
    char *clean = NULL;
    size_t cn = n;
    if (bad >= 0 || nul != NULL) {
        if (bad >= 0)
            ws_doc_error(d, "read", WS_EUTF8,
                         "invalid UTF-8 at byte %ld (replaced by U+FFFD)", bad);
        if (nul != NULL)
            ws_doc_error(d, "read", WS_EUTF8,
                         "NUL byte at byte %ld (replaced by U+FFFD)",
                         (long)(nul - s));
        clean = malloc(n * 3 + 1);
        if (clean == NULL)
            return -WS_ENOMEM;
        size_t i = 0, k = 0;
        while (i < n) {
            size_t at = i;
            int32_t cp = ws_utf8_decode(s, n, &i);
            if (cp <= 0) {
                memcpy(clean + k, "\xEF\xBF\xBD", 3);
                k += 3;
            } else {
                memcpy(clean + k, s + at, i - at);
                k += i - at;
            }
        }
        s = clean;
        cn = k;
    }
    if (ws_utf8_is_nfc_quick(s, cn)) {
        d->text = ws_arena_strndup(d->arena, s, cn);
        d->len = cn;
    } else {
        size_t on;
        char *nfc = ws_utf8_nfc(s, cn, &on);
        if (nfc == NULL) {
            free(clean);
            return -WS_ENOMEM;
        }
        d->text = ws_arena_strndup(d->arena, nfc, on);
        d->len = on;
        free(nfc);
    }
    free(clean);
    if (d->text == NULL)
        return -WS_ENOMEM;
    return 0;
}

int
ws_doc_set_text(ws_doc *d, const char *s, size_t n)
{
    int rc = put_text(d, s, n);
    return rc < 0 ? rc : ws_doc_index(d);
}

/* d->id from the hash h of the text: "doc-%016llx", its sixteen hex
 * digits written here (ws_arena_printf's two vsnprintf runs took some
 * 2 000 instructions a document) */
static void
set_id(ws_doc *d, uint64_t h)
{
    static const char hex[] = "0123456789abcdef";
    char s[4 + 16];
    memcpy(s, "doc-", 4);
    for (int i = (int)sizeof s - 1; i >= 4; i--, h >>= 4)
        s[i] = hex[h & 15];
    d->id = ws_arena_strndup(d->arena, s, sizeof s);
    if (d->id == NULL)
        d->id = "doc-unknown";
}

int
ws_doc_set_text_id(ws_doc *d, const char *s, size_t n)
{
    int rc = put_text(d, s, n);
    if (rc < 0)
        return rc;
    uint64_t h;
    if ((rc = index_pass(d, &h)) < 0)
        return rc;
    if (d->id == NULL)
        set_id(d, h);
    return 0;
}

int32_t
ws_doc_byte(const ws_doc *d, int32_t cp)
{
    if (cp <= 0 || d->cp2b.n == 0)
        return 0;
    if (cp >= d->ncp)
        return (int32_t)d->len;
    /* 64 code points that take 64 bytes are one byte each: the offset
     * from the block's start, without cp2b */
    const int32_t *k = d->cp64.v + (cp >> 6);
    if ((uint32_t)k[1] - (uint32_t)k[0] == 64)
        return k[0] + (cp & 63);
    return d->cp2b.v[cp];
}

int32_t
ws_doc_cp(const ws_doc *d, int32_t byte)
{
    if (byte <= 0 || d->cp2b.n == 0)
        return 0;
    if ((size_t)byte >= d->len)
        return d->ncp;
    int32_t lo = 0, hi = d->ncp;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (d->cp2b.v[mid] < byte)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int32_t
ws_doc_tok_at(const ws_doc *d, int32_t cp, int end)
{
    /* the number of tokens whose key (end, or start + 1) is at most cp:
     * the keys grow with the index, so a search that halves the range
     * with a conditional move, not a branch (which way it goes is not
     * predictable) */
    const ws_token *v = d->tokens.v;
    int32_t base = 0, n = d->tokens.n;
    if (n == 0)
        return 0;
    if (end) {
        while (n > 1) {
            int32_t half = n / 2;
            base = v[base + half].end <= cp ? base + half : base;
            n -= half;
        }
        return base + (v[base].end <= cp);
    }
    while (n > 1) {
        int32_t half = n / 2;
        base = v[base + half].start < cp ? base + half : base;
        n -= half;
    }
    return base + (v[base].start < cp);
}

int32_t
ws_doc_ents_before(const ws_doc *d, int32_t cp)
{
    int32_t lo = 0, hi = d->entities.n;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (d->entities.v[mid].start < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

char *
ws_doc_slice(ws_doc *d, int32_t start, int32_t end)
{
    int32_t b0 = ws_doc_byte(d, start), b1 = ws_doc_byte(d, end);
    if (b1 < b0)
        b1 = b0;
    return ws_arena_strndup(d->arena, d->text + b0, (size_t)(b1 - b0));
}

uint64_t
ws_hash64(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = FNV_BASIS;
    size_t i = 0;
    /* FNV-1a (the values name documents), eight bytes per loop step */
#define FNV_STEP(j) h = (h ^ s[i + (j)]) * FNV_PRIME
    for (; i + 8 <= n; i += 8) {
        FNV_STEP(0);
        FNV_STEP(1);
        FNV_STEP(2);
        FNV_STEP(3);
        FNV_STEP(4);
        FNV_STEP(5);
        FNV_STEP(6);
        FNV_STEP(7);
    }
#undef FNV_STEP
    for (; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

void
ws_doc_ensure_id(ws_doc *d)
{
    if (d->id != NULL)
        return;
    set_id(d, ws_hash64(d->text ? d->text : "", d->len));
}

void
ws_doc_ensure_ids(ws_doc *const *docs, int n)
{
    /* One document's FNV-1a is a chain of dependent multiplies, some four
     * cycles a byte, where the multiplier could start one each cycle:
     * four documents' chains, one byte of each a step, take about the
     * time of one.  A lane whose document ends takes the next one without an
     * id; an idle lane (no document left for it) runs over an active
     * lane's bytes, its hash unused, so that the loop stays one of four
     * chains. */
    enum { LANES = 4 };
    ws_doc *of[LANES] = {NULL};
    const unsigned char *p[LANES];
    size_t left[LANES];
    uint64_t h[LANES] = {0};
    int next = 0;
    for (;;) {
        int active = -1;
        for (int l = 0; l < LANES; l++) {
            while (of[l] == NULL && next < n) {
                ws_doc *d = docs[next++];
                if (d->id != NULL)
                    continue;
                of[l] = d;
                p[l] = (const unsigned char *)(d->text ? d->text : "");
                left[l] = d->len;
                h[l] = FNV_BASIS;
            }
            if (of[l] != NULL)
                active = l;
        }
        if (active < 0)
            return;
        size_t m = left[active];
        for (int l = 0; l < LANES; l++) {
            if (of[l] == NULL) {
                p[l] = p[active];
                left[l] = left[active];
            }
            if (left[l] < m)
                m = left[l];
        }
        uint64_t h0 = h[0], h1 = h[1], h2 = h[2], h3 = h[3];
        const unsigned char *p0 = p[0], *p1 = p[1], *p2 = p[2], *p3 = p[3];
        for (size_t j = 0; j < m; j++) {
            h0 = (h0 ^ p0[j]) * FNV_PRIME;
            h1 = (h1 ^ p1[j]) * FNV_PRIME;
            h2 = (h2 ^ p2[j]) * FNV_PRIME;
            h3 = (h3 ^ p3[j]) * FNV_PRIME;
        }
        h[0] = h0, h[1] = h1, h[2] = h2, h[3] = h3;
        for (int l = 0; l < LANES; l++) {
            p[l] += m;
            left[l] -= m;
            if (of[l] != NULL && left[l] == 0) {
                set_id(of[l], h[l]);
                of[l] = NULL;
            }
        }
    }
}

bool
ws_tok_is(const ws_doc *d, int32_t i, const char *s)
{
    /* strlen(s) == the token's length and the same bytes, without the
     * strlen (most calls differ at the first byte) */
    const char *p = ws_tok_ptr(d, i);
    size_t n = (size_t)ws_tok_blen(d, i);
    for (size_t k = 0; k < n; k++)
        if (s[k] == '\0' || s[k] != p[k])
            return false;
    return s[n] == '\0';
}
