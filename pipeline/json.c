/*
 * json.c - a small JSON parser (a DOM in an arena) and a buffered writer.
 *
 * The parser accepts RFC 8259 JSON.  Strings are unescaped into the arena;
 * \u escapes are decoded (surrogate pairs joined, a lone surrogate becomes
 * U+FFFD).  Nesting deeper than WS_JSON_MAXDEPTH is refused rather than
 * recursed into, so hostile input cannot exhaust the stack.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ws_int.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* AddressSanitizer builds: GCC defines __SANITIZE_ADDRESS__, clang
 * answers __has_feature(address_sanitizer) (make fuzz builds with
 * clang); the block reads of plainz_len() are left out of both */
#if defined(__SANITIZE_ADDRESS__)
#define WS_JSON_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WS_JSON_ASAN 1
#endif
#endif

#define WS_JSON_MAXDEPTH 256

typedef struct {
    ws_arena *a;
    const char *p, *end, *start;
    char *err;
    size_t errlen;
    int depth;
    int lazy; /* span arrays left as their raw text (ws_json_parse_record) */
    /* ws_json_parse_record's nodes, zeroed a batch at a time (a record
     * has some ten thousand): the next free one and how many are left */
    ws_json *pool;
    int npool;
    /* scan_spans' numbers while it reads an array (malloc'd, grown) */
    uint32_t *nums;
    size_t nnums;
} parser;

/* A zeroed node in the arena (see parser.pool) */
static ws_json *
node_new(parser *ps)
{
    enum { BATCH = 16 }; /* (zeroed below the size memset does by rep stosb) */
    if (!ps->lazy)
        return ws_arena_alloc(ps->a, sizeof(ws_json));
    if (ps->npool == 0) {
        ps->pool = ws_arena_alloc(ps->a, BATCH * sizeof(ws_json));
        if (ps->pool == NULL)
            return NULL;
        ps->npool = BATCH;
    }
    ps->npool--;
    return ps->pool++;
}

static int
fail(parser *ps, const char *what)
{
    if (ps->err != NULL && ps->errlen > 0)
        snprintf(ps->err, ps->errlen, "%s at byte %ld", what,
                 (long)(ps->p - ps->start));
    return -WS_EJSON;
}

static void
skip_ws(parser *ps)
{
    /* (a record has none: one compare then) */
    while (
        ps->p < ps->end && (unsigned char)*ps->p <= ' ' &&
        (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r'))
        ps->p++;
}

/* The high bit of each of the eight bytes at s that is below 0x20, '"'
 * or '\\' (the bytes a JSON string escapes): the zero-byte test on v,
 * on v ^ '"' and on v ^ '\\', and the less-than-0x20 one; a bit may also
 * be set for a byte after the first such one, never before it (the
 * lowest set bit is the first). */
static inline uint64_t
special8_mask(const char *s)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t v, q, bs;
    memcpy(&v, s, 8);
    q = v ^ (ones * '"');
    bs = v ^ (ones * '\\');
    uint64_t any =
        ((v - ones * 0x20) & ~v) | ((q - ones) & ~q) | ((bs - ones) & ~bs);
    return any & high;
}

#ifdef __SSE2__
/* The bytes of v that are below 0x20, '"' or '\\' (special8_mask's
 * bytes, exactly), one bit each. */
static inline unsigned
special16_mask(__m128i v)
{
    const __m128i ctl = _mm_set1_epi8(0x1F), quo = _mm_set1_epi8('"'),
                  bsl = _mm_set1_epi8('\\');
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(
        _mm_cmpeq_epi8(_mm_max_epu8(v, ctl), ctl),
        _mm_or_si128(_mm_cmpeq_epi8(v, quo), _mm_cmpeq_epi8(v, bsl))));
}
#endif

/* The special bytes of w (as special8_mask says, four bytes). */
static inline uint32_t
special4_mask(uint32_t w)
{
    const uint32_t ones = 0x01010101u, high = 0x80808080u;
    uint32_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
    return (((w - ones * 0x20) & ~w) | ((q - ones) & ~q) |
            ((bs - ones) & ~bs)) &
           high;
}

/* Copies the n bytes of s (k <= n <= 2k, k 1, 2 or 4, a constant once
 * inlined) to o when none is special: returns 1, or 0 (o undefined)
 * when one is.  Two loads of k bytes, at the start and at the end (they
 * overlap when n is not 2k); the bytes a load leaves out are plain. */
static inline int
ends_plain(char *o, const char *s, size_t n, size_t k)
{
    uint32_t a = 0x61616161u, z = 0x61616161u;
    memcpy(&a, s, k);
    memcpy(&z, s + n - k, k);
    if (special4_mask(a) | special4_mask(z))
        return 0;
    memcpy(o, &a, k);
    memcpy(o + n - k, &z, k);
    return 1;
}

/* Copies the n bytes of s (1 <= n < 8) to o when none is special:
 * returns 1, or 0 (o undefined) when one is. */
static inline int
short_plain(char *o, const char *s, size_t n)
{
    if (n >= 4)
        return ends_plain(o, s, n, 4);
    if (n >= 2)
        return ends_plain(o, s, n, 2);
    return ends_plain(o, s, n, 1);
}

static int
hex4(const char *p, int32_t *out)
{
    int32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= c - '0';
        else if (c >= 'a' && c <= 'f')
            v |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v |= c - 'A' + 10;
        else
            return -1;
    }
    *out = v;
    return 0;
}

/* Member names the records use, shared instead of copied into the arena
 * (a record line holds thousands of "start"/"end" keys); parse_span()
 * takes "start" and "end" from here. */
static const char KEY_START[] = "start", KEY_END[] = "end";

/* The record's member name p (n bytes) as a constant string, shared by
 * every object that has it instead of copied, or NULL when it is no
 * member name of the records. */
static const char *
known_key(const char *p, size_t n)
{
    /* by length, then the bytes (memcmp of a constant size: a load or two) */
#define KK(s)                                                                  \
    if (memcmp(p, s, sizeof(s) - 1) == 0)                                      \
        return s;
    switch (n) {
    case 2:
        KK("id")
        break;
    case 3:
        if (memcmp(p, KEY_END, 3) == 0)
            return KEY_END;
        KK("org")
        KK("cue")
        KK("url")
        KK("ner")
        break;
    case 4:
        KK("text")
        KK("type")
        KK("name")
        KK("role")
        KK("kind")
        KK("lang")
        KK("meta")
        KK("code")
        KK("date")
        break;
    case 5:
        if (memcmp(p, KEY_START, 5) == 0)
            return KEY_START;
        KK("stage")
        KK("title")
        KK("place")
        break;
    case 6:
        KK("gender")
        KK("source")
        KK("stance")
        KK("target")
        KK("hedged")
        KK("tokens")
        KK("errors")
        KK("schema")
        break;
    case 7:
        KK("cluster")
        KK("content")
        KK("speaker")
        KK("negated")
        KK("message")
        KK("whosaid")
        break;
    case 8:
        KK("entities")
        KK("versions")
        KK("tokenize")
        break;
    case 9:
        KK("intensity")
        KK("sentences")
        break;
    case 10:
        KK("paragraphs")
        KK("statements")
        break;
    case 11:
        KK("speaker_org")
        KK("target_span")
        break;
    case 12:
        KK("speaker_name")
        KK("speaker_role")
        break;
    case 13:
        KK("dateline_date")
        break;
    case 14:
        KK("speaker_entity")
        break;
    default:
        break;
    }
#undef KK
    return NULL;
}

/* Parses a string at ps->p (on the opening quote); is_key: a member
 * name, shared with known_key() when it is one. */
static int
parse_string(parser *ps, const char **out, size_t *outlen, int is_key)
{
    const char *p = ps->p + 1;
    /* Fast path: find the end, counting whether escapes occur; eight
     * plain bytes at a time (no '"', '\\' or control character), then
     * up to the next special byte */
    const char *q = p;
    int escapes = 0;
    for (;;) {
        uint64_t m = 0;
#ifdef __SSE2__
        /* sixteen at a time while sixteen are left (most strings end in
         * the first block) */
        unsigned m16 = 0;
        while (ps->end - q >= 16 &&
               (m16 = special16_mask(
                    _mm_loadu_si128((const __m128i *)(const void *)q))) == 0)
            q += 16;
        if (m16 != 0) {
            q += __builtin_ctz(m16);
            goto found;
        }
#endif
        while (ps->end - q >= 8 && (m = special8_mask(q)) == 0)
            q += 8;
        if (m != 0) /* the first special byte of those eight */
            q += __builtin_ctzll(m) >> 3;
        else
            while (q < ps->end && (unsigned char)*q >= 0x20 && *q != '"' &&
                   *q != '\\')
                q++;
#ifdef __SSE2__
    found:
#endif
        if (q >= ps->end) {
            ps->p = q;
            return fail(ps, "unterminated string");
        }
        if (*q == '"')
            break;
        if ((unsigned char)*q < 0x20) {
            ps->p = q;
            return fail(ps, "control character in string");
        }
        /* a backslash and the byte it escapes */
        escapes = 1;
        q += 2;
    }
    size_t rawlen = (size_t)(q - p);
    if (is_key && !escapes) {
        const char *k = known_key(p, rawlen);
        if (k != NULL) {
            *out = k;
            *outlen = rawlen;
            ps->p = q + 1;
            return 0;
        }
    }
    if (!escapes) {
        /* (every byte written: not zeroed first) */
        char *s = ws_arena_strndup(ps->a, p, rawlen);
        if (s == NULL)
            return -WS_ENOMEM;
        *out = s;
        *outlen = rawlen;
        ps->p = q + 1;
        return 0;
    }
    char *s = ws_arena_alloc(ps->a, rawlen + 1);
    if (s == NULL)
        return -WS_ENOMEM;
    size_t n = 0;
    while (p < q) {
        if (*p != '\\') {
            /* the run up to the next escape */
            const char *bs = memchr(p, '\\', (size_t)(q - p));
            size_t k = (size_t)((bs != NULL ? bs : q) - p);
            memcpy(s + n, p, k);
            n += k;
            p += k;
            continue;
        }
        p++;
        switch (*p) {
        case '"':
        case '\\':
        case '/':
            s[n++] = *p++;
            break;
        case 'b':
            s[n++] = '\b';
            p++;
            break;
        case 'f':
            s[n++] = '\f';
            p++;
            break;
        case 'n':
            s[n++] = '\n';
            p++;
            break;
        case 'r':
            s[n++] = '\r';
            p++;
            break;
        case 't':
            s[n++] = '\t';
            p++;
            break;
        case 'u': {
            int32_t cp;
            if (q - p < 5 || hex4(p + 1, &cp) < 0) {
                ps->p = p;
                return fail(ps, "bad \\u escape");
            }
            p += 5;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                int32_t lo;
                if (q - p >= 6 && p[0] == '\\' && p[1] == 'u' &&
                    hex4(p + 2, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    p += 6;
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            /* An escape never takes more bytes than its 6 source bytes. */
            n += (size_t)ws_utf8_encode(cp, s + n);
            break;
        }
        default:
            ps->p = p;
            return fail(ps, "bad escape");
        }
    }
    s[n] = '\0';
    *out = s;
    *outlen = n;
    ps->p = q + 1;
    return 0;
}

static int parse_value(parser *ps, ws_json *v);

/* Up to 15 digits at p (before end) as a number node: the value and the
 * raw text parse_number() gives them; the digit count, or 0 when the
 * number is not of that plain kind (the caller then parses in full). */
static size_t
plain_uint(const char *p, const char *end, ws_json *v)
{
    const char *d0 = p;
    uint64_t iv = 0;
    while (p < end && *p >= '0' && *p <= '9' && p - d0 < 16) {
        iv = iv * 10 + (uint64_t)(*p - '0');
        p++;
    }
    size_t n = (size_t)(p - d0);
    if (n == 0 || n >= 16 ||
        (p < end && (*p == '.' || *p == 'e' || *p == 'E' || *p == '+' ||
                     *p == '-' || (*p >= '0' && *p <= '9'))))
        return 0;
    v->type = WS_JNUM;
    v->num = (double)iv;
    v->raw = d0;
    v->rawlen = n;
    return n;
}

/* A span object written without white space, {"start":N,"end":M} with
 * plain integers (every token, sentence and paragraph of a record), at
 * ps->p: parsed into v and its two members exactly as the general path
 * parses it, in one allocation.  1 when done, 0 when the text is of
 * another form (nothing consumed), or -WS_ENOMEM.  An object that opens
 * that way and goes on ({"start":N,"end":M,... : every entity of a
 * record): 2, v and its first two members as for 1 and ps->p on the
 * comma after them, the object's depth entered (parse_members() reads
 * the rest). */
static int
parse_span(parser *ps, ws_json *v)
{
    static const char k1[] = "{\"start\":", k2[] = ",\"end\":";
    const char *p = ps->p, *end = ps->end;
    ws_json m[2];
    if ((size_t)(end - p) < sizeof k1 - 1 + sizeof k2 - 1 + 3 ||
        memcmp(p, k1, sizeof k1 - 1) != 0)
        return 0;
    p += sizeof k1 - 1;
    memset(m, 0, sizeof m);
    size_t n = plain_uint(p, end, &m[0]);
    if (n == 0)
        return 0;
    p += n;
    if ((size_t)(end - p) < sizeof k2 - 1 + 2 ||
        memcmp(p, k2, sizeof k2 - 1) != 0)
        return 0;
    p += sizeof k2 - 1;
    n = plain_uint(p, end, &m[1]);
    if (n == 0 || p + n >= end || (p[n] != '}' && p[n] != ','))
        return 0;
    int more = p[n] == ',';
    p += n + !more;
    if (ps->depth + 1 > WS_JSON_MAXDEPTH)
        return 0;
    ws_json *c = ws_arena_alloc(ps->a, sizeof m);
    if (c == NULL)
        return -WS_ENOMEM;
    m[0].key = KEY_START; /* known_key("start", 5) */
    m[0].keylen = 5;
    m[0].next = &c[1];
    m[1].key = KEY_END; /* known_key("end", 3) */
    m[1].keylen = 3;
    memcpy(c, m, sizeof m);
    v->type = WS_JOBJ;
    v->child = c;
    v->n = 2;
    ps->p = p;
    if (more)
        ps->depth++; /* parse_container()'s, for parse_members() */
    return more ? 2 : 1;
}

/* The high bit of each of the eight bytes at p that is not an ASCII
 * digit (no carries between bytes: a byte below 0x80 plus 0x50 stays
 * below 0x100, and bytes from 0x80 up are flagged by their own bit). */
static inline uint64_t
nondigit8(const char *p)
{
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    uint64_t v;
    memcpy(&v, p, 8);
    uint64_t lo = v & ~high;
    uint64_t ge0 = lo + ones * (0x80 - '0'), gt9 = lo + ones * (0x80 - '9' - 1);
    return ((v | ~ge0 | gt9) & high);
}

/* The digits of a number of the kind plain_uint() takes at p, followed by
 * the byte `next`: their count (1 to 15) and *val their value, or 0.
 * With eight bytes left, all read at once: the first that is not a
 * digit by its bit, and the digits before it (then fewer than eight)
 * moved to the top bytes and joined by multiplying, pairs, fours and
 * eights. */
static inline size_t
span_digits(const char *p, const char *end, char next, uint64_t *val)
{
    const char *d0 = p;
    uint64_t v = 0;
    if (end - p >= 8) {
        uint64_t m = nondigit8(p);
        if (m != 0) {
            size_t k = (size_t)__builtin_ctzll(m) >> 3;
            if (k == 0 || p[k] != next)
                return 0;
            uint64_t w;
            memcpy(&w, p, 8);
            w <<= 8 * (8 - k);
            w = (w & 0x0F0F0F0F0F0F0F0FULL) * 2561 >> 8;
            w = (w & 0x00FF00FF00FF00FFULL) * 6553601 >> 16;
            *val = (w & 0x0000FFFF0000FFFFULL) * 42949672960001ULL >> 32;
            return k;
        }
    }
    while (p < end && *p >= '0' && *p <= '9' && p - d0 < 16)
        v = v * 10 + (uint64_t)(*p++ - '0');
    size_t n = (size_t)(p - d0);
    *val = v;
    return n >= 1 && n < 16 && p < end && *p == next ? n : 0;
}

/* A span's number as scan_spans() keeps it: above UINT32_MAX as
 * UINT32_MAX (above INT32_MAX either way, where the reader drops it). */
static inline uint32_t
span_num(uint64_t v)
{
    return v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
}

/* A record's member whose value is a list of spans: "tokens",
 * "sentences" or "paragraphs". */
static int
is_span_list(const char *key, size_t n)
{
    return (n == 6 && memcmp(key, "tokens", 6) == 0) ||
           (n == 9 && memcmp(key, "sentences", 9) == 0) ||
           (n == 10 && memcmp(key, "paragraphs", 10) == 0);
}

/* An array of span objects exactly as parse_span() takes them, without
 * white space ([{"start":N,"end":M},...]: the tokens, sentences and
 * paragraphs of a record), at ps->p: left as its raw text, an array node
 * with n elements and no child, their numbers read as they are checked
 * (ws_json_span_nums()).
 * 1 when done, 0 when the text is of another form or there is no memory
 * for the numbers (nothing consumed; the array is then parsed in full,
 * and so are empty arrays). */
static int
scan_spans(parser *ps, ws_json *v)
{
    static const char k1[] = "{\"start\":", k2[] = ",\"end\":";
    const char *p = ps->p + 1, *end = ps->end;
    int32_t n = 0;
    if (ps->depth + 2 > WS_JSON_MAXDEPTH)
        return 0;
    for (;;) {
        if (end - p < (ptrdiff_t)(sizeof k1 - 1) ||
            memcmp(p, k1, sizeof k1 - 1) != 0)
            return 0;
        p += sizeof k1 - 1;
        uint64_t s, e;
        size_t k = span_digits(p, end, ',', &s);
        if (k == 0)
            return 0;
        p += k;
        if (end - p < (ptrdiff_t)(sizeof k2 - 1) ||
            memcmp(p, k2, sizeof k2 - 1) != 0)
            return 0;
        p += sizeof k2 - 1;
        k = span_digits(p, end, '}', &e);
        if (k == 0 || n == INT32_MAX)
            return 0;
        p += k + 1;
        if (2 * (size_t)n + 2 > ps->nnums) {
            size_t want = ps->nnums ? 2 * ps->nnums : 1024;
            uint32_t *nv = realloc(ps->nums, want * sizeof *nv);
            if (nv == NULL)
                return 0;
            ps->nums = nv;
            ps->nnums = want;
        }
        ps->nums[2 * n] = span_num(s);
        ps->nums[2 * n + 1] = span_num(e);
        n++;
        if (p < end && *p == ',') {
            p++;
            continue;
        }
        if (p < end && *p == ']')
            break;
        return 0;
    }
    uint32_t *keep = ws_arena_alloc_raw(ps->a, 2 * (size_t)n * sizeof *keep);
    if (keep == NULL)
        return 0;
    memcpy(keep, ps->nums, 2 * (size_t)n * sizeof *keep);
    v->type = WS_JARR;
    v->child = NULL;
    v->n = n;
    v->s = (const char *)(void *)keep; /* ws_json_span_nums() */
    ps->p = p + 1;
    return 1;
}

const uint32_t *
ws_json_span_nums(const ws_json *v)
{
    return (const uint32_t *)(const void *)v->s;
}

int
ws_json_lazy_spans(const ws_json *v)
{
    return v != NULL && v->type == WS_JARR && v->n > 0 && v->child == NULL;
}

static int
parse_number(parser *ps, ws_json *v)
{
    const char *p = ps->p;
    if (p < ps->end && *p == '-')
        p++;
    if (p >= ps->end || !(*p >= '0' && *p <= '9'))
        return fail(ps, "bad number");
    /* Fast path: a plain integer of up to 15 digits (exact in a double,
     * the value strtod gives).  Offsets in records are all of this kind. */
    const char *d0 = p;
    uint64_t iv = 0;
    while (p < ps->end && *p >= '0' && *p <= '9' && p - d0 < 16) {
        iv = iv * 10 + (uint64_t)(*p - '0');
        p++;
    }
    if (p - d0 < 16 &&
        (p >= ps->end || !(*p == '.' || *p == 'e' || *p == 'E' || *p == '+' ||
                           *p == '-' || (*p >= '0' && *p <= '9')))) {
        v->num = *ps->p == '-' ? -(double)iv : (double)iv;
        v->type = WS_JNUM;
        ps->p = p;
        return 0;
    }
    while (p < ps->end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' ||
                           *p == 'E' || *p == '+' || *p == '-'))
        p++;
    char tmp[64];
    size_t n = (size_t)(p - ps->p);
    if (n >= sizeof tmp) {
        /* Very long numbers: parse from a heap copy. */
        char *big = malloc(n + 1);
        if (big == NULL)
            return -WS_ENOMEM;
        memcpy(big, ps->p, n);
        big[n] = '\0';
        v->num = strtod(big, NULL);
        free(big);
    } else {
        memcpy(tmp, ps->p, n);
        tmp[n] = '\0';
        char *endp;
        v->num = strtod(tmp, &endp);
        if (*endp != '\0')
            return fail(ps, "bad number");
    }
    v->type = WS_JNUM;
    ps->p = p;
    return 0;
}

static int parse_members(parser *ps, ws_json *v, int is_obj, ws_json **tail);

static int
parse_container(parser *ps, ws_json *v, int is_obj)
{
    if (++ps->depth > WS_JSON_MAXDEPTH)
        return fail(ps, "nesting too deep");
    v->type = is_obj ? WS_JOBJ : WS_JARR;
    ps->p++;
    skip_ws(ps);
    char close = is_obj ? '}' : ']';
    if (ps->p < ps->end && *ps->p == close) {
        ps->p++;
        ps->depth--;
        return 0;
    }
    return parse_members(ps, v, is_obj, &v->child);
}

/* The members or elements of the container v (its depth entered) from
 * ps->p on, up to its closing bracket, linked at *tail; the depth left
 * again at the end. */
static int
parse_members(parser *ps, ws_json *v, int is_obj, ws_json **tail)
{
    char close = is_obj ? '}' : ']';
    for (;;) {
        ws_json *c = node_new(ps);
        if (c == NULL)
            return -WS_ENOMEM;
        skip_ws(ps);
        if (is_obj) {
            if (ps->p >= ps->end || *ps->p != '"')
                return fail(ps, "expected member name");
            int rc = parse_string(ps, &c->key, &c->keylen, 1);
            if (rc < 0)
                return rc;
            skip_ws(ps);
            if (ps->p >= ps->end || *ps->p != ':')
                return fail(ps, "expected ':'");
            ps->p++;
            if (ps->lazy && ps->depth == 1 && is_span_list(c->key, c->keylen)) {
                skip_ws(ps);
                const char *begin = ps->p;
                if (ps->p < ps->end && *ps->p == '[' && scan_spans(ps, c)) {
                    c->raw = begin;
                    c->rawlen = (size_t)(ps->p - begin);
                    goto added;
                }
            }
        }
        int rc = parse_value(ps, c);
        if (rc < 0)
            return rc;
    added:
        *tail = c;
        tail = &c->next;
        v->n++;
        skip_ws(ps);
        if (ps->p >= ps->end)
            return fail(ps, "unexpected end of input");
        if (*ps->p == ',') {
            ps->p++;
            continue;
        }
        if (*ps->p == close) {
            ps->p++;
            break;
        }
        return fail(ps, is_obj ? "expected ',' or '}'" : "expected ',' or ']'");
    }
    ps->depth--;
    return 0;
}

static int
parse_value(parser *ps, ws_json *v)
{
    skip_ws(ps);
    if (ps->p >= ps->end)
        return fail(ps, "unexpected end of input");
    const char *begin = ps->p;
    int rc;
    switch (*ps->p) {
    case '{':
        rc = parse_span(ps, v);
        if (rc == 0) {
            rc = parse_container(ps, v, 1);
        } else if (rc == 2) {
            /* the rest after the two members, as parse_container()'s
             * loop goes on after a comma */
            ps->p++;
            rc = parse_members(ps, v, 1, &v->child[1].next);
        } else if (rc > 0) {
            rc = 0;
        }
        break;
    case '[':
        rc = parse_container(ps, v, 0);
        break;
    case '"':
        v->type = WS_JSTR;
        rc = parse_string(ps, &v->s, &v->slen, 0);
        break;
    case 't':
        if (ps->end - ps->p >= 4 && memcmp(ps->p, "true", 4) == 0) {
            v->type = WS_JTRUE;
            ps->p += 4;
            rc = 0;
        } else {
            rc = fail(ps, "bad literal");
        }
        break;
    case 'f':
        if (ps->end - ps->p >= 5 && memcmp(ps->p, "false", 5) == 0) {
            v->type = WS_JFALSE;
            ps->p += 5;
            rc = 0;
        } else {
            rc = fail(ps, "bad literal");
        }
        break;
    case 'n':
        if (ps->end - ps->p >= 4 && memcmp(ps->p, "null", 4) == 0) {
            v->type = WS_JNULL;
            ps->p += 4;
            rc = 0;
        } else {
            rc = fail(ps, "bad literal");
        }
        break;
    default:
        rc = parse_number(ps, v);
        break;
    }
    if (rc == 0) {
        v->raw = begin;
        v->rawlen = (size_t)(ps->p - begin);
    }
    return rc;
}

static int
parse_doc(ws_arena *a, const char *buf, size_t len, ws_json **out, char *errbuf,
          size_t errlen, int lazy)
{
    parser ps = {a, buf,  buf + len, buf, errbuf, errlen,
                 0, lazy, NULL,      0,   NULL,   0};
    ws_json *v = ws_arena_alloc(a, sizeof(*v));
    if (v == NULL)
        return -WS_ENOMEM;
    int rc = parse_value(&ps, v);
    free(ps.nums);
    if (rc == -WS_ENOMEM && errbuf != NULL && errlen > 0)
        snprintf(errbuf, errlen, "out of memory");
    if (rc < 0)
        return rc;
    skip_ws(&ps);
    if (ps.p != ps.end)
        return fail(&ps, "trailing characters after the value");
    *out = v;
    return 0;
}

int
ws_json_parse(ws_arena *a, const char *buf, size_t len, ws_json **out,
              char *errbuf, size_t errlen)
{
    return parse_doc(a, buf, len, out, errbuf, errlen, 0);
}

int
ws_json_parse_record(ws_arena *a, const char *buf, size_t len, ws_json **out,
                     char *errbuf, size_t errlen)
{
    return parse_doc(a, buf, len, out, errbuf, errlen, 1);
}

const ws_json *
ws_json_get(const ws_json *obj, const char *key)
{
    if (obj == NULL || obj->type != WS_JOBJ)
        return NULL;
    size_t kl = strlen(key);
    for (const ws_json *c = obj->child; c != NULL; c = c->next)
        if (c->keylen == kl && memcmp(c->key, key, kl) == 0)
            return c;
    return NULL;
}

/* ---- writer ---- */

void
ws_buf_free(ws_buf *b)
{
    free(b->buf);
    b->buf = NULL;
    b->len = b->cap = 0;
}

static int
buf_grow(ws_buf *b, size_t more)
{
    if (b->oom)
        return -1;
    if (b->len + more + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + more + 1)
        cap *= 2;
    char *nb = realloc(b->buf, cap);
    if (nb == NULL) {
        b->oom = 1;
        return -1;
    }
    b->buf = nb;
    b->cap = cap;
    return 0;
}

char *
ws_buf__grow(ws_buf *b, size_t more)
{
    return buf_grow(b, more) < 0 ? NULL : b->buf + b->len;
}

void
ws_buf_put_grow(ws_buf *b, const char *s, size_t n)
{
    if (buf_grow(b, n) < 0)
        return;
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
}

void
ws_buf_puts(ws_buf *b, const char *s)
{
    ws_buf_put(b, s, strlen(s));
}

void
ws_buf_printf(ws_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || buf_grow(b, (size_t)n) < 0)
        return;
    va_start(ap, fmt);
    vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

const char ws_json__d2[200] =
    "00010203040506070809101112131415161718192021222324"
    "25262728293031323334353637383940414243444546474849"
    "50515253545556575859606162636465666768697071727374"
    "75767778798081828384858687888990919293949596979899";

/* Decimal digits of v at p (room for 20); returns the end. */
char *
ws_json__put_int(char *p, int64_t v)
{
    /* two digits per division */
    const char *d2 = ws_json__d2;
    uint64_t u = v < 0 ? 0ULL - (uint64_t)v : (uint64_t)v, x;
    int n = 1;
    if (v < 0)
        *p++ = '-';
    /* offsets of a document: at most four digits, written forwards */
    if (u < 10000)
        return ws_json__put_small(p, (uint32_t)u);
    /* the number of digits, then the digits written backwards in place */
    if (u < 100000) /* offsets: compare, do not divide */
        n = u < 10 ? 1 : u < 100 ? 2 : u < 1000 ? 3 : u < 10000 ? 4 : 5;
    else
        for (x = u; x >= 10; x /= 10)
            n++;
    char *q = p + n;
    while (u >= 100) {
        unsigned r = (unsigned)(u % 100);
        u /= 100;
        q -= 2;
        memcpy(q, d2 + 2 * r, 2);
    }
    if (u >= 10)
        memcpy(q - 2, d2 + 2 * u, 2);
    else
        q[-1] = (char)('0' + u);
    return p + n;
}

void
ws_buf_int(ws_buf *b, long long v)
{
    /* in place: room for the longest (20 bytes) */
    char *p = ws_buf__room(b, 20);
    if (p != NULL)
        ws_buf__done(b, ws_json__put_int(p, (int64_t)v));
}

/* The JSON escapes of the bytes a string escapes (below 0x20, '"' and
 * '\\'; the others unused), each as the eight bytes put_escape() stores:
 * the escape, then its length in the last byte */
#define JESC_HEX(x) (char)((x) < 10 ? '0' + (x) : 'a' + (x)-10)
#define JESC_U(c)                                                              \
    [c] = {'\\', 'u', '0', '0', JESC_HEX((c) >> 4), JESC_HEX((c)&15), 0, 6}
#define JESC_2(c, e) [c] = {'\\', e, 0, 0, 0, 0, 0, 2}
static const char jesc['\\' + 1][8] = {
    JESC_U(0x00),      JESC_U(0x01),      JESC_U(0x02),      JESC_U(0x03),
    JESC_U(0x04),      JESC_U(0x05),      JESC_U(0x06),      JESC_U(0x07),
    JESC_2('\b', 'b'), JESC_2('\t', 't'), JESC_2('\n', 'n'), JESC_U(0x0B),
    JESC_2('\f', 'f'), JESC_2('\r', 'r'), JESC_U(0x0E),      JESC_U(0x0F),
    JESC_U(0x10),      JESC_U(0x11),      JESC_U(0x12),      JESC_U(0x13),
    JESC_U(0x14),      JESC_U(0x15),      JESC_U(0x16),      JESC_U(0x17),
    JESC_U(0x18),      JESC_U(0x19),      JESC_U(0x1A),      JESC_U(0x1B),
    JESC_U(0x1C),      JESC_U(0x1D),      JESC_U(0x1E),      JESC_U(0x1F),
    JESC_2('"', '"'),  JESC_2('\\', '\\')};
#undef JESC_HEX
#undef JESC_U
#undef JESC_2

/* The escape of c (a byte below 0x20, '"' or '\\') at o (room for eight
 * bytes): one move and its length, no branch on c; returns its end. */
static inline char *
put_escape(char *o, unsigned char c)
{
    memcpy(o, jesc[c], 8);
    return o + jesc[c][7];
}

/* ws_buf_jstr() of a string that is long or holds a byte to escape (or
 * of any when b must grow): out of line, so that the short plain strings
 * (most of a record's) take a call without its registers saved */
static __attribute__((noinline)) void
jstr_escaped(ws_buf *b, const char *s, size_t n)
{
    /* written in place, a few KB of input at a time: room for each
     * chunk's every byte escaped (six bytes) and for put_escape's move,
     * so that no write checks */
    if (ws_buf__room(b, (n < 4096 ? 6 * n : 6 * 4096) + 9) == NULL)
        return;
    b->buf[b->len++] = '"';
    size_t i = 0;
    while (i < n) {
        size_t e = n - i < 4096 ? n : i + 4096;
        if (ws_buf__room(b, 6 * (e - i) + 8) == NULL)
            return;
        char *o = b->buf + b->len;
        /* Sixteen bytes (then eight) stored as they are, the output moved
         * past the plain ones, and the first byte to escape written over
         * the rest: no copy of a run's variable length (a call to memcpy
         * at every escape, one every 60 bytes of news) */
#ifdef __SSE2__
        while (i + 16 <= e) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            _mm_storeu_si128((__m128i *)(void *)o, v);
            unsigned m = special16_mask(v);
            if (m == 0) {
                i += 16;
                o += 16;
                continue;
            }
            unsigned k = (unsigned)__builtin_ctz(m);
            o = put_escape(o + k, (unsigned char)s[i + k]);
            i += k + 1;
        }
#endif
        while (i + 8 <= e) {
            uint64_t m = special8_mask(s + i);
            memcpy(o, s + i, 8);
            if (m == 0) {
                i += 8;
                o += 8;
                continue;
            }
            /* the lowest set bit is the first special byte */
            unsigned k = (unsigned)__builtin_ctzll(m) >> 3;
            o = put_escape(o + k, (unsigned char)s[i + k]);
            i += k + 1;
        }
        for (; i < e; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c >= 0x20 && c != '"' && c != '\\')
                *o++ = (char)c;
            else
                o = put_escape(o, c);
        }
        b->len = (size_t)(o - b->buf);
    }
    b->buf[b->len++] = '"';
    b->buf[b->len] = '\0';
}

void
ws_buf_jstr(ws_buf *b, const char *s, size_t n)
{
    if (s == NULL) {
        ws_buf_put(b, "null", 4);
        return;
    }
    /* a short string without a byte to escape (most names, types and
     * words): checked and copied eight bytes at a time (the last eight
     * overlapping), or byte by byte under eight, with no call */
    if (n <= 32 && !b->oom && b->len + n + 3 <= b->cap) {
        char *o = b->buf + b->len;
        int plain = 1;
        if (n >= 8) {
            uint64_t m = special8_mask(s + n - 8);
            for (size_t i = 0; i + 8 < n; i += 8)
                m |= special8_mask(s + i);
            if (m == 0) {
                for (size_t i = 0; i + 8 < n; i += 8)
                    memcpy(o + 1 + i, s + i, 8);
                memcpy(o + 1 + n - 8, s + n - 8, 8);
            } else {
                plain = 0;
            }
        } else if (n > 0) {
            /* one to seven bytes: two loads that overlap (the first and
             * the last half or so), tested and stored as they are, not
             * a loop that ends at a different byte for every string */
            plain = short_plain(o + 1, s, n);
        }
        if (plain) {
            o[0] = '"';
            o[n + 1] = '"';
            o[n + 2] = '\0';
            b->len += n + 2;
            return;
        }
    }
    jstr_escaped(b, s, n);
}

#if defined(__SSE2__) && !defined(WS_JSON_ASAN)
/* strlen(s) when none of s's bytes is one to escape, else (size_t)-1:
 * strlen() and ws_buf_jstr()'s test in one scan, of the aligned blocks
 * of sixteen bytes that hold s (the NUL is a special byte: the first
 * special byte ends a plain string).  An aligned block never crosses a
 * page, so the bytes of those blocks around s can be read (strlen()
 * does so); the bits of those before s are shifted out.  Not built
 * with AddressSanitizer (WS_JSON_ASAN), which reports those reads. */
static inline size_t
plainz_len(const char *s)
{
    uintptr_t off = (uintptr_t)s & 15;
    const char *a = (const char *)((uintptr_t)s - off);
    unsigned m =
        special16_mask(_mm_load_si128((const __m128i *)(const void *)a)) >> off;
    size_t i = 0;
    while (m == 0) {
        a += 16;
        i = (size_t)(a - s);
        m = special16_mask(_mm_load_si128((const __m128i *)(const void *)a));
    }
    i += (size_t)__builtin_ctz(m);
    return s[i] == '\0' ? i : (size_t)-1;
}

/* Copies n bytes (n <= 32) from s to o: two moves of a constant size
 * that overlap, chosen by n. */
static inline void
copy_upto32(char *o, const char *s, size_t n)
{
    if (n >= 16) {
        memcpy(o, s, 16);
        memcpy(o + n - 16, s + n - 16, 16);
    } else if (n >= 8) {
        memcpy(o, s, 8);
        memcpy(o + n - 8, s + n - 8, 8);
    } else if (n >= 4) {
        memcpy(o, s, 4);
        memcpy(o + n - 4, s + n - 4, 4);
    } else if (n >= 2) {
        memcpy(o, s, 2);
        memcpy(o + n - 2, s + n - 2, 2);
    } else if (n == 1) {
        o[0] = s[0];
    }
}

/* For s aligned to sixteen bytes (a string of the arena's or malloc's):
 * strlen(s) when s is plain and shorter than 32 bytes, its bytes copied
 * to o (room for 32) as the one or two aligned blocks plainz_len() reads
 * that hold them, a move each, where copy_upto32() branches on the
 * length; else (size_t)-1, o undefined. */
static inline size_t
aligned_plain_copy(char *o, const char *s)
{
    __m128i v = _mm_load_si128((const __m128i *)(const void *)s);
    unsigned m = special16_mask(v);
    _mm_storeu_si128((__m128i *)(void *)o, v);
    if (m == 0) {
        /* (s goes on into the next block: its bytes can be read) */
        v = _mm_load_si128((const __m128i *)(const void *)(s + 16));
        m = special16_mask(v) << 16;
        _mm_storeu_si128((__m128i *)(void *)(o + 16), v);
        if (m == 0)
            return (size_t)-1;
    }
    size_t n = (size_t)__builtin_ctz(m);
    return s[n] == '\0' ? n : (size_t)-1;
}
#endif

void
ws_buf_kjstrz(ws_buf *b, const char key[16], size_t kn, const char *s)
{
#if defined(__SSE2__) && !defined(WS_JSON_ASAN)
    /* ws_buf_jstrz()'s short plain string with the key before it, in
     * one room: the key a move of sixteen bytes */
    if (s != NULL && ((uintptr_t)s & 15) == 0 && !b->oom &&
        b->len + 16 + 32 + 3 <= b->cap) {
        /* the key, then the string over the rest of its slot (written
         * but not counted when the string is not of this kind) */
        char *o = b->buf + b->len;
        memcpy(o, key, 16);
        o += kn;
        size_t n = aligned_plain_copy(o + 1, s);
        if (n != (size_t)-1) {
            o[0] = '"';
            o[n + 1] = '"';
            o[n + 2] = '\0';
            b->len += kn + n + 2;
            return;
        }
    }
    if (s != NULL) {
        size_t n = plainz_len(s);
        if (n <= 32 && !b->oom && b->len + 16 + n + 3 <= b->cap) {
            char *o = b->buf + b->len;
            memcpy(o, key, 16);
            o += kn;
            copy_upto32(o + 1, s, n);
            o[0] = '"';
            o[n + 1] = '"';
            o[n + 2] = '\0';
            b->len += kn + n + 2;
            return;
        }
    }
#endif
    ws_buf_put(b, key, kn);
    ws_buf_jstrz(b, s);
}

void
ws_buf_jstrz(ws_buf *b, const char *s)
{
#if defined(__SSE2__) && !defined(WS_JSON_ASAN)
    /* a short plain string (most: names, types, versions) is measured
     * and checked in one scan, then copied as ws_buf_jstr() copies it
     * (an aligned one as its blocks) */
    if (s != NULL && ((uintptr_t)s & 15) == 0 && !b->oom &&
        b->len + 32 + 3 <= b->cap) {
        char *o = b->buf + b->len;
        size_t n = aligned_plain_copy(o + 1, s);
        if (n != (size_t)-1) {
            o[0] = '"';
            o[n + 1] = '"';
            o[n + 2] = '\0';
            b->len += n + 2;
            return;
        }
    }
    if (s != NULL) {
        size_t n = plainz_len(s);
        if (n <= 32 && !b->oom && b->len + n + 3 <= b->cap) {
            char *o = b->buf + b->len;
            copy_upto32(o + 1, s, n);
            o[0] = '"';
            o[n + 1] = '"';
            o[n + 2] = '\0';
            b->len += n + 2;
            return;
        }
        ws_buf_jstr(b, s, n != (size_t)-1 ? n : strlen(s));
        return;
    }
#endif
    ws_buf_jstr(b, s, s == NULL ? 0 : strlen(s));
}
