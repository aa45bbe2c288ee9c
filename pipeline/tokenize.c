/*
 * tokenize.c - the tokenize stage: paragraphs, sentences and tokens.
 *
 * Tokens come from ICU's word break iterator (run once over the whole
 * document, on UTF-8) corrected by the project's rules where Universal
 * Dependencies conventions differ from UAX #29:
 *   - URLs, e-mail addresses, @handles, #hashtags and HTML entities whole;
 *   - numbers: times (10:30), ISO dates, groups of three digits separated by
 *     a no-break, narrow or thin space ("560 000");
 *   - punctuation runs ("...", "?!", "--", "''") and smileys whole;
 *   - a final period stays on abbreviations (Mr., U.S., z.B., г.) in the
 *     languages whose treebanks do that, and on German ordinals (1.);
 *   - hyphenated compounds joined or split per language;
 *   - English clitics (n't 's 're ...), French elision (l' qu') and French
 *     inverted clitics (-t-il, -ce) split off.
 * Sentences come from ICU's sentence break iterator, then corrected with
 * the abbreviation lists models/<lang>/abbrev.tsv, and forced at line breaks,
 * after the header ("date YYYY-MM-DD") and after a dateline
 * ("PLACE (Agency - date)").  Every non-blank line is a paragraph.
 *
 * Memory: the break offsets and per-token work arrays are per-worker
 * scratch (ws_icu_scratch) reused from document to document; tokens and
 * sentences go into the document's vectors.  No allocation per token.
 */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) &&         \
    defined(__ELF__)
#include <immintrin.h>
#define SBD_VEC 1 /* fpush8_avx2, chosen at run time */
#endif

#include "ws_int.h"

/* internal token marks (kept in a scratch array, not in the record) */
enum {
    MK_ABBR_T = 1,    /* abbreviation that never ends a sentence (Mr.) */
    MK_ABBR_E = 2,    /* abbreviation that may end a sentence (etc.) */
    MK_NL = 4,        /* a line break precedes the token */
    MK_PARA = 8,      /* a blank line precedes the token */
    MK_FORCE = 16,    /* a sentence starts here whatever ICU says */
    MK_ICU = 32,      /* ICU's sentence break iterator starts one here */
    MK_NOBRK = 64,    /* never start a sentence here */
    MK_DOTABBR = 128, /* "ul" "." (period split off an abbreviation) */
    MK_REJOIN = 256,  /* period split off tentatively: rejoined when no
                         sentence ends after it */
    MK_BRK = 512,     /* decided: a sentence starts here */
    /* a word with digits (emit; for the classifier's shape, where tokens
     * keep emit's bytes: not CJK): an ASCII word / one to look at */
    MK_ADIGIT = 1024,
    MK_XDIGIT = 2048,
    /* a punctuation token (emit): its last code point may end a sentence
     * before the token after it (sbd_candidate's set) / its first byte is
     * not one that never starts a sentence (ditto) */
    MK_ENDP = 4096,
    MK_OPENP = 8192,
    /* emit: a link (the mark its emit is given; web_lines), a comma
     * (letter_lines looks at the two tokens before it) or a straight double
     * quotation mark (closing_quotes).  With the numbers (WS_TOK_NUM:
     * post_stamps, web_lines' numbered items) and a paragraph's first
     * tokens (MK_PARA: closing_quotes), the tokens at which letter_lines,
     * post_stamps, web_lines or closing_quotes may act: sentences' sparse
     * passes visit only these, in order (what it reads is final after
     * emit: the passes change only MK_BRK) */
    MK_SPARSE = 16384
};

enum { HY_SPLIT, HY_JOIN };

typedef struct {
    ws_doc *d;
    const char *t;
    int32_t len;
    const char *lang;
    const ws_lex *abbr;
    int32_t cpc;   /* code point cursor for byte -> cp */
    int32_t *wend; /* ICU word segment ends */
    int32_t *wst;  /* their rule status */
    int32_t nw, wk;
    uint16_t *mk; /* marks per token (scratch, grown as tokens come) */
    ws_icu *u;
    ws_worker *w;      /* may be NULL: no dictionary features */
    const ws_sbd *sbd; /* sentence-boundary model, may be NULL */
    ws_sbd_sink *sink; /* training: collect candidates instead */
    int hyphen;        /* HY_* */
    int keep_abbr;     /* final period stays on abbreviations */
    int en, fr, de, uk, ru, pl, cjk, ja, zh;
    int plain;       /* none of the splits by language (tokens' fast path) */
    uint16_t pend;   /* marks for the next token */
    int32_t lastb;   /* byte of the last byte_to_cp answer */
    size_t mkcap;    /* tokens the mk scratch holds */
    int has_at;      /* the text has an '@' (e-mail addresses possible) */
    int32_t next_at; /* the first '@' at or after the last at_before's
                        position (len: none) */
    int32_t url_c, url_w; /* the same for "://" and "www." (url_mark) */
    int32_t url_m;        /* url_mark's last answer, the first of them
                             (INT32_MAX: the text has no "://" or "www."
                             in any case) */
    int ascii;            /* the text is ASCII: code point = byte offsets */
    /* per-token cache of the classifier's inputs (classify) */
    struct tcache *tc;
    struct spcache *spc; /* the spelling cache (cspell), may be NULL */
    struct pfcache *pfc; /* the shape features' scores (sbd_prefix), may be
                            NULL (training) */
    int asked;           /* the worker was asked about the language's words
                            (ws_spell_tried; dict_tail) */
    int vec;             /* the features eight at a time (fpush8_avx2) */
    char *fa;            /* folded texts (arena, scratch slot 6) */
    size_t fan, facap;
    /* the last abbreviation look-up (abbr_value) */
    int32_t ab_b, ab_e;
    int ab_dot;
    const char *ab_v;
} tk;

/* The passes over the tokens take k as tk *restrict: their stores to the
 * tokens, the marks and the caches (int32_t and uint16_t, which might alias
 * k's fields) leave k's fields in registers, not read again after each
 * (per MB of English 0.5M of est2 fewer, most of it in sentences). */

/* What the sentence classifier asks of a token, computed once per token
 * (a token is asked about as the word before, at and after candidates). */
typedef struct tcache {
    uint32_t hs;  /* hash of the shape */
    uint32_t hf;  /* hash of the folded text */
    int32_t foff; /* folded text at fa + foff */
    uint8_t fn;   /* folded length (0: none: too long) */
    uint8_t have; /* TC_* */
    int8_t spell; /* ws_spell answer */
} tcache;

/* The spelling cache: ws_spell's answers by folded text and language,
 * kept from document to document in a worker's scratch slot 7
 * (direct-mapped by the folded text's hash, 128 KB). */
#define SPC_SIZE 4096
typedef struct {
    uint32_t h; /* hash of the folded text (tcache.hf) */
    uint8_t n;  /* its length, 0: empty */
    int8_t spell;
    char lang[2]; /* the language code ("en"; "x" is 'x', 0) */
    char s[24];   /* the folded text */
} spc_entry;

typedef struct spcache {
    const ws_worker *w; /* the worker whose answers these are */
    spc_entry e[SPC_SIZE];
} spcache;

enum { TC_SHAPE = 1, TC_FOLD = 2, TC_SPELL = 4, TC_ABBR = 8, TC_ISABBR = 16 };

/* The score of a candidate's first eight features (sbd_prefix), which
 * depend only on the shapes of the four tokens around it, the rule and
 * ICU's break: kept by model and those values, from document to document
 * in a worker's scratch slot 3 (direct-mapped, 16 KB).  The features are
 * summed in the same order from 0 either way, so the score is the same
 * float. */
#define PFC_SIZE 512
typedef struct {
    const void *s;             /* the model (NULL: empty) */
    uint32_t sp, sn, spp, snn; /* the shapes' hashes */
    uint32_t ri;               /* rule * 2 + ICU's break */
    float sc;                  /* the eight features' sum */
} pfc_entry;

typedef struct pfcache {
    pfc_entry e[PFC_SIZE];
} pfcache;

const char *
ws_tok_locale(const char *lang)
{
    return lang ? lang : "";
}

static inline uint32_t
popcount64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (uint32_t)((x * 0x0101010101010101ULL) >> 56);
}

/* ---- character helpers ---- */

/* cp_at() of a non-ASCII byte (out of line: cp_at stays small enough to
 * be inlined where it is called) */
static __attribute__((noinline)) int32_t
cp_at_mb(const tk *k, int32_t b, int32_t *next)
{
    size_t i = (size_t)b;
    int32_t c = ws_utf8_decode(k->t, (size_t)k->len, &i);
    *next = (int32_t)i;
    return c;
}

static int32_t
cp_at(const tk *k, int32_t b, int32_t *next)
{
    if (b >= k->len) {
        *next = b;
        return -1;
    }
    if ((unsigned char)k->t[b] < 0x80) {
        *next = b + 1;
        return (unsigned char)k->t[b];
    }
    return cp_at_mb(k, b, next);
}

/* The code point that ends just before byte b (b > 0). */
static int32_t
cp_before(const tk *k, int32_t b)
{
    int32_t s = b - 1, n;

    if (b <= 0)
        return -1;
    while (s > 0 && ((unsigned char)k->t[s] & 0xC0) == 0x80)
        s--;
    return cp_at(k, s, &n);
}

static int
is_alnum(int32_t c)
{
    return c >= 0 && (ws_cp_is_letter(c) || ws_cp_is_digit(c));
}

static int
is_space(int32_t c)
{
    /* ASCII inline (ws_cp_is_space's answers: tab to carriage return and
     * the space) */
    if (c < 0x80)
        return c == ' ' || (c >= '\t' && c <= '\r');
    return ws_cp_is_space(c);
}

static int
is_apos(int32_t c)
{
    return c == '\'' || c == 0x2019;
}

static int
is_hyphen(int32_t c)
{
    return c == '-' || c == 0x2010 || c == 0x2011;
}

static int
is_ascii_alnum(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
}

/* The first byte in [i, lim) that is x or y (lim when none): eight bytes
 * a test (a byte loop over every word cost a branch a byte and a
 * mispredicted exit).  Where v = w ^ (x in every byte) has a zero byte,
 * (v - 0x01...01) & ~v has bit 7 set; a false one only above a true one,
 * so the lowest is exact. */
static inline int32_t
find_byte2(const tk *k, int32_t i, int32_t lim, unsigned char x,
           unsigned char y)
{
    const uint64_t ones = 0x0101010101010101ULL, high = ones << 7;
    for (; i < lim && i + 8 <= k->len; i += 8) {
        uint64_t w, vx, vy, z;
        memcpy(&w, k->t + i, 8);
        vx = w ^ (ones * x);
        vy = w ^ (ones * y);
        z = ((vx - ones) & ~vx & high) | ((vy - ones) & ~vy & high);
        if (z) {
            i += __builtin_ctzll(z) / 8;
            return i < lim ? i : lim;
        }
    }
    for (; i < lim; i++)
        if ((unsigned char)k->t[i] == x || (unsigned char)k->t[i] == y)
            return i;
    return i < lim ? i : lim;
}

/* Case-folds [b,e) of the text into buf; returns the length or -1. */
static int
fold(const tk *k, int32_t b, int32_t e, char *buf, size_t cap)
{
    if (e - b <= 0 || (size_t)(e - b) * 3 + 1 > cap)
        return -1;
    return ws_utf8_fold(k->t + b, (size_t)(e - b), buf, cap);
}

/* Case-insensitive ASCII equality of [b,e) with s. */
static int
eq_ci(const tk *k, int32_t b, int32_t e, const char *s)
{
    size_t n = strlen(s);
    int32_t i;

    if ((size_t)(e - b) != n)
        return 0;
    for (i = 0; i < e - b; i++) {
        int c = (unsigned char)k->t[b + i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (c != (unsigned char)s[i])
            return 0;
    }
    return 1;
}

/* Equality of folded [b,e) with one of the UTF-8 strings in list. */
static int
in_list(const tk *k, int32_t b, int32_t e, const char *const *list)
{
    char buf[64];
    int n = fold(k, b, e, buf, sizeof(buf));

    if (n < 0)
        return 0;
    for (; *list; list++)
        if ((size_t)n == strlen(*list) && memcmp(buf, *list, (size_t)n) == 0)
            return 1;
    return 0;
}

/* Is there an '@' in [pos, se)?  (pos grows from call to call: the text
 * is searched once, not once a token) */
static inline int
at_before(tk *k, int32_t pos, int32_t se)
{
    if (k->next_at < pos) {
        const char *p = memchr(k->t + pos, '@', (size_t)(k->len - pos));
        k->next_at = p ? (int32_t)(p - k->t) : k->len;
    }
    return k->next_at < se;
}

/* Is the byte at se (se <= len) one of match_email's @ . _ % + - ?  One
 * look-up, no branch (the byte read at len is the first one's). */
static inline int
email_stop(const tk *k, int32_t se)
{
    static const unsigned char stop[256] = {
        ['@'] = 1, ['.'] = 1, ['_'] = 1, ['%'] = 1, ['+'] = 1, ['-'] = 1};
    int in = se < k->len;
    return stop[(unsigned char)k->t[in ? se : 0]] & in;
}

/* The first "://" or "www." (any case) at or after pos (len: none; pos
 * grows from call to call).  A URL that match_url finds at pos has one
 * at pos + 3 to pos + 5 ("ftp://", "http://", "https://") or at pos
 * ("www."), so none starts at pos when the answer is past pos + 5. */
static int32_t
url_mark(tk *k, int32_t pos)
{
    const char *e = k->t + k->len, *p;

    if (k->url_c < pos) {
        k->url_c = k->len;
        for (p = k->t + pos; (p = memchr(p, ':', (size_t)(e - p))) != NULL; p++)
            if (e - p >= 3 && p[1] == '/' && p[2] == '/') {
                k->url_c = (int32_t)(p - k->t);
                break;
            }
    }
    if (k->url_w < pos) {
        k->url_w = k->len;
        for (p = k->t + pos + 3;
             p < e && (p = memchr(p, '.', (size_t)(e - p))) != NULL; p++)
            if ((p[-1] | 32) == 'w' && (p[-2] | 32) == 'w' &&
                (p[-3] | 32) == 'w') {
                k->url_w = (int32_t)(p - 3 - k->t);
                break;
            }
    }
    k->url_m = k->url_c < k->url_w ? k->url_c : k->url_w;
    return k->url_m;
}

/* ---- ICU word segments ---- */

/* End of the ICU segment that contains byte pos, and its status. */
static int32_t
seg_end(tk *k, int32_t pos, int32_t *status)
{
    int32_t j = k->wk; /* in a register: the loop stores nothing */
    const int32_t *we = k->wend;

    /* wend[nw] is a sentinel past every position (no test of j against
     * nw); the first two steps (the commonest: a word's segment and the
     * space after it) add comparisons, no branch that ends after a
     * different count for every token */
    j += we[j] <= pos;
    j += we[j] <= pos;
    while (we[j] <= pos)
        j++;
    k->wk = j;
    if (j >= k->nw) {
        *status = 0;
        return k->len;
    }
    *status = k->wst[j];
    return k->wend[j];
}

/* The end of the segment starting at pos if it is a word/number segment
 * (status >= 100), else -1.  Does not move the cursor. */
static int32_t
word_at(const tk *k, int32_t pos)
{
    int32_t j = k->wk;

    while (j < k->nw && k->wend[j] <= pos)
        j++;
    if (j >= k->nw)
        return -1;
    if (j > 0 && k->wend[j - 1] != pos)
        return -1; /* pos is not a segment start */
    if (j == 0 && pos != 0)
        return -1;
    return k->wst[j] >= WS_WB_NUMBER ? k->wend[j] : -1;
}

/* ---- emitting ---- */

/* The low g bytes of a word (g = 0..8) */
static const uint64_t low_bytes[9] = {0,
                                      0xFFULL,
                                      0xFFFFULL,
                                      0xFFFFFFULL,
                                      0xFFFFFFFFULL,
                                      0xFFFFFFFFFFULL,
                                      0xFFFFFFFFFFFFULL,
                                      0xFFFFFFFFFFFFFFULL,
                                      ~0ULL};

static inline int32_t
byte_to_cp(tk *k, int32_t b)
{
    const unsigned char *t = (const unsigned char *)k->t;
    int32_t i, n;

    if (k->ascii)
        return b;
    /* at the end of the last token, or after the space after a word
     * (emit_in): most tokens */
    if (b == k->lastb)
        return k->cpc;
    if (b < k->lastb) {
        k->cpc = ws_doc_cp(k->d, b);
        k->lastb = b;
        return k->cpc;
    }
    /* count the code points (non-continuation bytes) since the last
     * answer: after a token (emit sets lastb to its end) the bytes between
     * two tokens, most often one space, eight bytes at once (a loop ran
     * a different number of steps for every token, its exit mispredicted);
     * a longer stretch by a loop the compiler vectorises */
    {
        int32_t lim = b < k->len ? b : k->len, g = lim - k->lastb;
        if ((uint32_t)g <= 8 && k->lastb + 8 <= k->len) {
            /* continuation bytes 10xxxxxx: bit 7 set and bit 6 (shifted
             * to bit 7) clear, in the g bytes kept */
            uint64_t w, x;
            memcpy(&w, t + k->lastb, 8);
            w &= low_bytes[g];
            x = w & ~(w << 1) & 0x8080808080808080ULL;
            n = g - (int32_t)(((x >> 7) * 0x0101010101010101ULL) >> 56);
        } else {
            for (i = k->lastb, n = 0; i < lim; i++)
                n += (t[i] & 0xC0) != 0x80;
        }
    }
    k->cpc += n;
    k->lastb = b;
    return k->cpc;
}

/* The ASCII letters and digits for the two tables below: L_ is the value
 * of a lower-case letter, U_ of an upper-case one, D_ of a digit */
#define ASCII_TABLE(L_, U_, D_)                                                \
    {                                                                          \
        ['0'] = D_, ['1'] = D_, ['2'] = D_, ['3'] = D_, ['4'] = D_,            \
        ['5'] = D_, ['6'] = D_, ['7'] = D_, ['8'] = D_, ['9'] = D_,            \
        ['A'] = U_, ['B'] = U_, ['C'] = U_, ['D'] = U_, ['E'] = U_,            \
        ['F'] = U_, ['G'] = U_, ['H'] = U_, ['I'] = U_, ['J'] = U_,            \
        ['K'] = U_, ['L'] = U_, ['M'] = U_, ['N'] = U_, ['O'] = U_,            \
        ['P'] = U_, ['Q'] = U_, ['R'] = U_, ['S'] = U_, ['T'] = U_,            \
        ['U'] = U_, ['V'] = U_, ['W'] = U_, ['X'] = U_, ['Y'] = U_,            \
        ['Z'] = U_, ['a'] = L_, ['b'] = L_, ['c'] = L_, ['d'] = L_,            \
        ['e'] = L_, ['f'] = L_, ['g'] = L_, ['h'] = L_, ['i'] = L_,            \
        ['j'] = L_, ['k'] = L_, ['l'] = L_, ['m'] = L_, ['n'] = L_,            \
        ['o'] = L_, ['p'] = L_, ['q'] = L_, ['r'] = L_, ['s'] = L_,            \
        ['t'] = L_, ['u'] = L_, ['v'] = L_, ['w'] = L_, ['x'] = L_,            \
        ['y'] = L_, ['z'] = L_                                                 \
    }

/* ws_cp_class of the ASCII characters */
static const unsigned char ascii_cls[128] =
    ASCII_TABLE(WS_CP_LETTER, WS_CP_LETTER | WS_CP_UPPER, WS_CP_DIGIT);

/* emit's counts of the ASCII characters: letters in bits 0-15,
 * upper-case letters in bits 16-31, digits in bits 32-47 */
static const uint64_t ascii_cnt[128] =
    ASCII_TABLE(1ULL, 1ULL | 1ULL << 16, 1ULL << 32);
#undef ASCII_TABLE

/* The ASCII white space (is_space's answers below 0x80) */
static const unsigned char ascii_space[128] = {
    [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1};

/* Bit 7 of each byte of w that lies in [lo, hi], for bytes below 0x80
 * (lo >= 1, hi < 0x7F: the sums stay inside their byte). */
static inline uint64_t
swar_in(uint64_t w, unsigned lo, unsigned hi)
{
    const uint64_t ones = 0x0101010101010101ULL;
    uint64_t ge = w + ones * (0x80 - lo), gt = w + ones * (0x7F - hi);
    return ge & ~gt & 0x8080808080808080ULL;
}

/* The number of bytes of swar_in's answer (bit 7 set). */
static inline int32_t
swar_count(uint64_t x)
{
    return (int32_t)(((x >> 7) * 0x0101010101010101ULL) >> 56);
}

/* ws_cp_class of U+0080..U+07FF (Latin, Greek, Cyrillic), computed once:
 * emit classifies every character of a token */
static unsigned char cls2[0x800];
static pthread_once_t cls2_once = PTHREAD_ONCE_INIT;

static void punct_bits_init(void);
static void one_init(void);

static void
cls2_init(void)
{
    for (int32_t cp = 0x80; cp < 0x800; cp++)
        cls2[cp] = (unsigned char)ws_cp_class(cp);
    punct_bits_init();
    one_init();
}

/* May a sentence start after a punctuation token whose last code point
 * is c?  (MK_ENDP) */
static int
end_punct(int32_t c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' ||
           c == ';' || c == ')' || ws_cp_is_quote(c) || c == '-' ||
           ws_cp_is_dash(c);
}

/* What emit asks of each code point of a punctuation token: a quotation
 * mark (or '`'), a dash, end_punct */
enum { PB_QUOTE = 1, PB_DASH = 2, PB_END = 4 };

static unsigned
punct_bits_of(int32_t c)
{
    return ((ws_cp_is_quote(c) || c == '`') ? PB_QUOTE : 0) |
           (ws_cp_is_dash(c) ? PB_DASH : 0) | (end_punct(c) ? PB_END : 0);
}

/* punct_bits_of's answers for Latin-1 (the guillemets) and for General
 * Punctuation (U+2000..U+206F: the dashes, curly quotes and the ellipsis),
 * computed once (cls2_init): a look-up where every code point of every
 * punctuation token was two to four calls (25k such tokens per MB of English;
 * est2 1.3M fewer) */
static uint8_t pb_latin[0x100], pb_gen[0x70];

static inline unsigned
punct_bits(int32_t c)
{
    if ((uint32_t)c < 0x100)
        return pb_latin[c];
    if ((uint32_t)c - 0x2000 < 0x70)
        return pb_gen[c - 0x2000];
    return punct_bits_of(c);
}

static void
punct_bits_init(void)
{
    for (int32_t c = 0; c < 0x100; c++)
        pb_latin[c] = (uint8_t)punct_bits_of(c);
    for (int32_t c = 0; c < 0x70; c++)
        pb_gen[c] = (uint8_t)punct_bits_of(0x2000 + c);
}

/* The last token, made longer (emit_cjk): its MK_ENDP again. */
static void
reend_last(tk *k)
{
    int32_t i = k->d->tokens.n - 1;
    const ws_token *t = &k->d->tokens.v[i];

    k->mk[i] &= (uint16_t)~MK_ENDP;
    if ((t->flags & WS_TOK_PUNCT) && end_punct(cp_before(k, t->bend)))
        k->mk[i] |= MK_ENDP;
}

/* The first bytes of the punctuation tokens that are MK_SPARSE: the
 * comma (letter_lines) and the straight double quotation mark
 * (closing_quotes) */
static const uint8_t sparse_byte[256] = {[','] = 1, ['"'] = 1};

/* emit's token kinds by (letters > 0) * 2 + (digits > 0) */
static const uint32_t kind_flags[4] = {WS_TOK_PUNCT, WS_TOK_NUM, WS_TOK_WORD,
                                       WS_TOK_WORD};

/* The flags and marks emit_in gives a token of one ASCII byte by the
 * byte (but WS_TOK_SPACE, by the byte after it), made once (cls2_init)
 * by emit_in's own steps: its kind and upper case by its class, and a
 * punctuation token's quote, dash, MK_ENDP, MK_SPARSE and MK_OPENP (30k
 * such tokens per MB of English, where those steps cost some 80
 * instructions a token) */
static uint32_t one_fl[128];
static uint16_t one_mk[128];

static void
one_init(void)
{
    for (int c = 0; c < 128; c++) {
        int cls = ascii_cls[c];
        int kind = ((cls & WS_CP_LETTER) != 0) * 2 + ((cls & WS_CP_DIGIT) != 0);
        uint32_t fl = kind_flags[kind];
        uint16_t m = 0;
        if (cls & WS_CP_UPPER)
            fl |= WS_TOK_UPPER;
        if (kind == 0) {
            unsigned pb = punct_bits(c);
            if (pb & PB_QUOTE)
                fl |= WS_TOK_QUOTE;
            if (pb & PB_DASH)
                fl |= WS_TOK_DASH;
            if (pb & PB_END)
                m |= MK_ENDP;
            m |= (uint16_t)(sparse_byte[c] * MK_SPARSE);
            if (!(c == ',' || c == '.' || c == ';' || c == ':' || c == ')' ||
                  c == ']' || c == '}' || c == '%' || c == '!' || c == '?'))
                m |= MK_OPENP;
        }
        one_fl[c] = fl;
        one_mk[c] = m;
    }
}

/* WS_TOK_SPACE when a space (a white-space code point) is at byte e of
 * the text, else 0 (past the text's end too) */
static inline uint32_t
space_at(const tk *k, int32_t e)
{
    const unsigned char *s = (const unsigned char *)k->t;
    int32_t nx;
    if (e >= k->len)
        return 0;
    if (s[e] < 0x80)
        return (uint32_t)ascii_space[s[e]] * WS_TOK_SPACE;
    return is_space(cp_at(k, e, &nx)) ? WS_TOK_SPACE : 0;
}

/* Token [b, e) with flags and mark (emit).  word: tokens' commonest
 * token, a segment that starts with an ASCII letter and has a space (U+0020)
 * after it inside the text: a word (its first code point is a letter), with
 * WS_TOK_SPACE, not a punctuation token.  Inlined with word 1 at that call
 * in tokens() (seven tokens in ten of English), without the call, the
 * punctuation questions and the test of the byte after it; per MB of
 * English 6.7M instructions fewer (est2 1432.9M -> 1426.7M). */
static inline __attribute__((always_inline)) int
emit_in(tk *restrict k, int32_t b, int32_t e, uint32_t flags, uint16_t mark,
        int word)
{
    ws_doc *d = k->d;
    ws_token *t;
    int32_t i, nx, c = 0, nlet = 0, nup = 0, ndig = 0, fcls = -1, ncp = 0, kind;
    uint16_t *mk;
    const unsigned char *s = (const unsigned char *)k->t;

    if ((size_t)d->tokens.n + 1 > k->mkcap) {
        size_t cap = ((size_t)d->tokens.n + 1) * 2;
        mk = ws_icu_scratch(k->u, 4, sizeof(uint16_t) * cap);
        if (!mk)
            return -WS_ENOMEM;
        k->mk = mk;
        k->mkcap = cap;
    }
    mk = k->mk;
    if (d->tokens.n < d->tokens.cap) {
        t = &d->tokens.v[d->tokens.n++];
        t->sent = 0;
    } else if (!(t = WS_PUSH(d->tokens))) {
        return -WS_ENOMEM;
    }
    mk[d->tokens.n - 1] = (uint16_t)(mark | k->pend);
    k->pend = 0;
    t->bstart = b;
    t->bend = e;
    t->start = byte_to_cp(k, b);
    /* the end: the start plus the code points the loop steps over (the
     * text is valid UTF-8, ws_doc_set_text), not a second count of the
     * bytes.  The leading ASCII bytes first, their classes summed as
     * packed counts, one table look-up a byte (a token of 64 Ki bytes or
     * more takes the general loop: the counters are 16 bits) */
    i = b;
    if (!word && e - b == 1 && s[b] < 0x80) {
        /* one ASCII byte (most punctuation tokens): its flags and marks
         * by the byte (one_init; the steps below by its class cost 3.1M
         * of est2 more per MB of English, the sixteen-byte test before
         * them 0.8M more again), then the space after it */
        t->end = t->start + 1;
        if (!k->ascii) {
            k->cpc = t->end;
            k->lastb = e;
        }
        mk[d->tokens.n - 1] |= one_mk[s[b]];
        flags |= one_fl[s[b]];
        t->flags = flags | space_at(k, e);
        return 0;
    }
#ifdef __SSE2__
    else if (e > b && e - b <= 16 && b + 16 <= k->len) {
        /* a token of up to sixteen bytes (nearly every one): its bytes at
         * once, the classes by byte-wise range tests, no loop that ends at
         * a different byte for every token (the eight-byte test before it
         * was mispredicted at every longer word); of the letters only
         * whether there are any (kind) and whether they are all capitals,
         * two or more (WS_TOK_ALLCAP), is asked: from the masks of the
         * upper- and lower-case ones (their counts, summed with
         * _mm_sad_epu8, cost 0.7M of est2 more per MB of English) */
        int32_t len = e - b;
        unsigned keep = 0xFFFFu >> (16 - len);
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + b));
        if (!(_mm_movemask_epi8(v) & keep)) {
            __m128i up =
                _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                              _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
            __m128i lo =
                _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
                              _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
            __m128i dg =
                _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                              _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
            unsigned um = (unsigned)_mm_movemask_epi8(up) & keep,
                     lm = (unsigned)_mm_movemask_epi8(lo) & keep;
            i = e;
            ncp = len;
            fcls = ascii_cls[s[b]];
            /* counts that answer both as the true ones would: 2 and 2
             * for two or more capitals and no other letter, else 1 and 0
             * for letters, 0 and 0 for none (a word has letters: kind
             * does not ask) */
            nup = 2 * ((lm == 0) & ((um & (um - 1)) != 0));
            nlet = word ? nup : ((um | lm) != 0) + nup / 2;
            /* only whether there is one is asked (kind) */
            ndig = (_mm_movemask_epi8(dg) & keep) != 0;
        }
    }
#else
    else if (e > b && e - b <= 8 && b + 8 <= k->len) {
        /* a short token: its eight bytes at once, the classes counted
         * with byte-wise range tests (no loop that ends at a different
         * byte for every token, a mispredicted branch each) */
        uint64_t w, m = ~0ULL >> (8 * (8 - (e - b)));
        memcpy(&w, s + b, 8);
        if (!(w & m & 0x8080808080808080ULL)) {
            uint64_t up = swar_in(w, 'A', 'Z') & m,
                     lo = swar_in(w, 'a', 'z') & m,
                     dg = swar_in(w, '0', '9') & m;
            i = e;
            ncp = e - b;
            fcls = ascii_cls[s[b]];
            nup = swar_count(up);
            nlet = nup + swar_count(lo);
            ndig = swar_count(dg);
        }
    }
#endif
    if (i == b && e - b < 0x10000) {
        uint64_t acc = 0;
        while (i < e && s[i] < 0x80)
            acc += ascii_cnt[s[i++]];
        if (i > b) {
            ncp = i - b;
            fcls = ascii_cls[s[b]];
            nlet = (int32_t)(acc & 0xFFFF);
            nup = (int32_t)((acc >> 16) & 0xFFFF);
            ndig = (int32_t)(acc >> 32);
        }
    }
    for (; i < e; i = nx) {
        int cls;
        ncp++;
        if (s[i] < 0x80) {
            nx = i + 1;
            cls = ascii_cls[s[i]];
        } else if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < k->len &&
                   (s[i + 1] & 0xC0) == 0x80) {
            /* two bytes: the table, at the code point (s[i] - 0xC0) * 64 +
             * s[i + 1] - 0x80 without masking the bytes (the lead byte is
             * 0xC2..0xDF, the next a continuation byte) */
            nx = i + 2;
            cls = cls2[(s[i] << 6) + s[i + 1] - 0x3080];
        } else {
            cls = ws_cp_class(cp_at(k, i, &nx));
        }
        if (fcls < 0)
            fcls = cls;
        if (cls & WS_CP_LETTER) {
            nlet++;
            if (cls & WS_CP_UPPER)
                nup++;
        } else if (cls & WS_CP_DIGIT) {
            ndig++;
        }
    }
    t->end = t->start + ncp;
    if (!k->ascii) {
        /* a word: past the space after it (one byte, one code point),
         * where the next token most often starts */
        k->cpc = t->end + word;
        k->lastb = e + word;
    }
    /* a word, number or punctuation token by a look-up, not a branch
     * (which of them a token is, is not predictable); a word with
     * digits is rare (word: nlet counts its first letter) */
    kind = word ? 2 + (ndig != 0) : (nlet != 0) * 2 + (ndig != 0);
    flags |= kind_flags[kind];
    if (kind == 3)
        mk[d->tokens.n - 1] |= ncp == e - b ? MK_ADIGIT : MK_XDIGIT;
    /* without branches (upper or lower case is not predictable) */
    flags |=
        (uint32_t)((fcls > 0) & ((fcls & WS_CP_UPPER) != 0)) * WS_TOK_UPPER;
    flags |= (uint32_t)((nlet > 1) & (nup == nlet)) * WS_TOK_ALLCAP;
    if (!word && kind == 0) {
        /* quotation marks or dashes all (the bits every code point has;
         * pb: the last one's) */
        unsigned all = PB_QUOTE | PB_DASH, pb = 0;
        for (i = b; i < e; i = nx) {
            c = cp_at(k, i, &nx);
            pb = punct_bits(c);
            all &= pb;
        }
        if (all & PB_QUOTE)
            flags |= WS_TOK_QUOTE;
        if (all & PB_DASH)
            flags |= WS_TOK_DASH;
        /* sbd_candidate's questions about a punctuation token, answered
         * here, where its code points are read anyway: its last one (pb,
         * the loop's last) may end a sentence; its first byte is not one
         * that never starts one */
        if ((e > b ? pb : punct_bits(cp_before(k, e))) & PB_END)
            mk[d->tokens.n - 1] |= MK_ENDP;
        c = (unsigned char)k->t[b];
        /* a comma or straight double quotation mark is MK_SPARSE */
        mk[d->tokens.n - 1] |= (uint16_t)(sparse_byte[c] * MK_SPARSE);
        if (!(c == ',' || c == '.' || c == ';' || c == ':' || c == ')' ||
              c == ']' || c == '}' || c == '%' || c == '!' || c == '?'))
            mk[d->tokens.n - 1] |= MK_OPENP;
    }
    t->flags = flags | (word ? WS_TOK_SPACE : space_at(k, e));
    return 0;
}

/* Every other token (out of line: a dozen calls) */
static int
emit(tk *restrict k, int32_t b, int32_t e, uint32_t flags, uint16_t mark)
{
    return emit_in(k, b, e, flags, mark, 0);
}

/* ---- matchers for what ICU splits but UD keeps whole ---- */

static int
url_char(int32_t c)
{
    if (c < 0 || is_space(c))
        return 0;
    switch (c) {
    case '"':
    case '<':
    case '>':
    case 0xAB:
    case 0xBB:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case '`':
        return 0;
    }
    return 1;
}

/* URL starting at pos: returns its end or -1. */
static int32_t
match_url(const tk *k, int32_t pos)
{
    static const char *const pre[] = {"https://", "http://", "ftp://", "www.",
                                      NULL};
    const char *const *p;
    int32_t e = -1, n, c, nx, depth = 0, i;

    for (p = pre; *p; p++) {
        n = (int32_t)strlen(*p);
        if (pos + n < k->len && eq_ci(k, pos, pos + n, *p) &&
            is_ascii_alnum((unsigned char)k->t[pos + n])) {
            e = pos + n;
            break;
        }
    }
    if (e < 0)
        return -1;
    for (; e < k->len; e = nx) {
        c = cp_at(k, e, &nx);
        if (!url_char(c))
            break;
    }
    for (i = pos; i < e; i++)
        if (k->t[i] == '(')
            depth++;
        else if (k->t[i] == ')')
            depth--;
    /* trailing punctuation belongs to the sentence */
    while (e > pos) {
        char ch = k->t[e - 1];
        if (ch == ')' && depth < 0) {
            depth++;
            e--;
        } else if (strchr(".,;:!?'", ch) && ch) {
            e--;
        } else {
            break;
        }
    }
    return e;
}

/* E-mail address starting at pos: returns its end or -1. */
static int32_t
match_email(const tk *k, int32_t pos)
{
    int32_t i = pos, at, dots = 0, last_dot = -1;
    const char *t = k->t;

    if (!is_ascii_alnum((unsigned char)t[i]))
        return -1;
    while (i < k->len &&
           (is_ascii_alnum((unsigned char)t[i]) || t[i] == '.' || t[i] == '_' ||
            t[i] == '%' || t[i] == '+' || t[i] == '-'))
        i++;
    if (i >= k->len || t[i] != '@')
        return -1;
    at = i++;
    while (i < k->len && (is_ascii_alnum((unsigned char)t[i]) || t[i] == '-' ||
                          (t[i] == '.' && i + 1 < k->len &&
                           is_ascii_alnum((unsigned char)t[i + 1])))) {
        if (t[i] == '.') {
            dots++;
            last_dot = i;
        }
        i++;
    }
    if (!dots || i - last_dot < 3 || last_dot == at + 1)
        return -1;
    return i;
}

/* @handle or #hashtag at pos: returns its end or -1. */
static int32_t
match_handle(const tk *k, int32_t pos)
{
    int32_t i = pos + 1, nx, c, nlet = 0;

    if (pos > 0 && is_alnum(cp_before(k, pos)))
        return -1;
    for (; i < k->len; i = nx) {
        c = cp_at(k, i, &nx);
        if (ws_cp_is_letter(c))
            nlet++;
        else if (!(ws_cp_is_digit(c) || c == '_'))
            break;
    }
    if (i == pos + 1 || (k->t[pos] == '#' && !nlet))
        return -1;
    return i;
}

/* HTML entities ("&#39;", "&amp;"), a run of them as one token. */
static int32_t
match_entity(const tk *k, int32_t pos)
{
    int32_t i = pos, e = -1, j;

    while (i < k->len && k->t[i] == '&') {
        j = i + 1;
        if (j < k->len && k->t[j] == '#') {
            j++;
            while (j < k->len && k->t[j] >= '0' && k->t[j] <= '9')
                j++;
        } else {
            while (j < k->len && k->t[j] >= 'a' && k->t[j] <= 'z')
                j++;
        }
        if (j - i < 3 || j >= k->len || k->t[j] != ';' || j - i > 9)
            break;
        e = i = j + 1;
    }
    return e;
}

static int
ndigits(const tk *k, int32_t pos)
{
    int32_t i = pos;
    while (i < k->len && k->t[i] >= '0' && k->t[i] <= '9')
        i++;
    return (int)(i - pos);
}

/* A group separator in numbers: NBSP, narrow NBSP, thin space (and, in
 * French and Ukrainian, a plain space); returns its byte length or 0. */
static int
group_space(const tk *k, int32_t pos)
{
    int32_t nx, c = cp_at(k, pos, &nx);

    if (c == 0xA0 || c == 0x202F || c == 0x2009 ||
        (c == ' ' && (k->fr || k->uk)))
        return (int)(nx - pos);
    return 0;
}

/* A number at pos (ASCII digits) with the project's extensions to ICU:
 * digit groups separated by spaces, times, ISO dates, phone numbers.
 * Returns its end, or -1 when ICU's segment is right. */
static int32_t
match_number(const tk *k, int32_t pos, int32_t icu_end)
{
    int32_t i, n, g, first;
    const char *t = k->t;

    first = ndigits(k, pos);
    if (!first)
        return -1;
    i = pos + first;
    /* ISO date 2022-01-14 */
    if (first == 4 && i + 6 <= k->len && t[i] == '-' &&
        ndigits(k, i + 1) == 2 && t[i + 3] == '-' && ndigits(k, i + 4) == 2 &&
        (i + 6 == k->len || !is_ascii_alnum((unsigned char)t[i + 6])))
        return i + 6;
    /* dates 12/31/2001, 31/12/01 */
    if (first <= 2 && i < k->len && t[i] == '/' &&
        (n = ndigits(k, i + 1)) >= 1 && n <= 2 && t[i + 1 + n] == '/' &&
        ((g = ndigits(k, i + 2 + n)) == 2 || g == 4) &&
        !is_ascii_alnum((unsigned char)t[i + 2 + n + g]))
        return i + 2 + n + g;
    /* English phone numbers and ZIP+4: 555-1234, 713-555-1234, 3-5213 */
    if (k->en && first != 4 && i < k->len && t[i] == '-') {
        int32_t j = i;
        n = 0;
        while (j < k->len && t[j] == '-' && (n = ndigits(k, j + 1)) > 0)
            j += 1 + n;
        if (n == 4 && !is_ascii_alnum((unsigned char)t[j]))
            return j;
    }
    /* Russian treebank: ranges and fractions are one token (24-11, 1/8,
     * 1903/04), but a span of two years is three (1904 - 1905); Polish:
     * numbers of acts and cases (2299/89) */
    if ((k->ru || (k->pl && t[i] == '/')) && i < k->len &&
        (t[i] == '-' || t[i] == '/') && (n = ndigits(k, i + 1)) > 0 &&
        !(t[i] == '-' && first == 4 && n == 4) &&
        !is_ascii_alnum((unsigned char)t[i + 1 + n]) &&
        !(i + 1 + n < k->len && (t[i + 1 + n] == '-' || t[i + 1 + n] == '/')))
        return i + 1 + n;
    for (;;) {
        if (i < k->len && (t[i] == '.' || t[i] == ',') &&
            (n = ndigits(k, i + 1)) > 0) {
            i += 1 + n;
            continue;
        }
        if (i < k->len && t[i] == ':' && ndigits(k, i + 1) == 2) {
            i += 3;
            continue;
        }
        /* scores and ratios 3:0, 25:7 (Polish treebanks: 3 : 0) */
        if (!k->pl && i == pos + first && first <= 2 && i < k->len &&
            t[i] == ':' && (n = ndigits(k, i + 1)) >= 1 && n <= 2 &&
            !is_ascii_alnum((unsigned char)t[i + 1 + n])) {
            i += 1 + n;
            break;
        }
        g = group_space(k, i);
        if (g && first <= 3 && i == pos + first && ndigits(k, i + g) == 3 &&
            !(i + g + 3 < k->len &&
              (t[i + g + 3] == '.' || t[i + g + 3] == ',') &&
              ndigits(k, i + g + 4) > 0 && 0)) {
            /* 560 000, 1 000 000 */
            i += g + 3;
            while ((g = group_space(k, i)) && ndigits(k, i + g) == 3)
                i += g + 3;
            if (i < k->len && (t[i] == ',' || t[i] == '.') &&
                ndigits(k, i + 1) > 0)
                i += 1 + ndigits(k, i + 1);
            break;
        }
        break;
    }
    if (i <= icu_end)
        return -1;
    if (i < k->len && (ws_cp_is_letter((unsigned char)t[i]) || t[i] == '_'))
        return -1;
    return i;
}

/* ---- per-language rules ---- */

static int
is_cyrillic(int32_t c)
{
    return c >= 0x0400 && c <= 0x04FF && ws_cp_is_letter(c);
}

/* Ukrainian: the first split point inside the segment [b,e): a colon
 * between digits, a full stop between Cyrillic letters; Polish: the full
 * stop after an initial (J.T.); or b. */
static const char *abbr_value(tk *k, int32_t b, int32_t e, int with_dot);

static int32_t
uk_split(tk *k, int32_t b, int32_t e)
{
    int32_t i, nx, c, prev = -1, pstart = b;

    /* Polish: an abbreviation of the lexicon with inner full stops (S.A.,
     * p.o.) is one word, not initials */
    if (k->pl && e < k->len && k->t[e] == '.' && abbr_value(k, b, e, 1))
        return b;
    /* the colons and full stops after the first character and before
     * the last (ASCII bytes: never inside a multi-byte character), each
     * with the characters around it */
    for (i = b + 1; (i = find_byte2(k, i, e - 1, ':', '.')) < e - 1; i++) {
        c = (unsigned char)k->t[i];
        pstart = i - 1;
        while (pstart > b && ((unsigned char)k->t[pstart] & 0xC0) == 0x80)
            pstart--;
        prev = cp_at(k, pstart, &nx);
        nx = i + 1;
        {
            int32_t n2, next = cp_at(k, nx, &n2);
            if (c == ':' && k->uk && ws_cp_is_digit(prev) &&
                ws_cp_is_digit(next))
                return i;
            if (c == '.' && k->uk && is_cyrillic(prev) && is_cyrillic(next))
                return i;
            /* Polish: initials J.T. -> J . T . */
            if (c == '.' && k->pl && pstart == b && ws_cp_is_upper(prev) &&
                ws_cp_is_upper(next) && (n2 >= e || cp_at(k, n2, &n2) == '.'))
                return i;
        }
    }
    return b;
}

/* French elision: l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu'
 * quoiqu' presqu'; returns the split point (after the apostrophe) or -1. */
static int32_t
fr_elision(const tk *k, int32_t b, int32_t e)
{
    static const char *const pre[] = {
        "l",  "d",     "j",      "m",      "n",      "s",      "t",      "c",
        "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu", NULL};
    int32_t i, nx, c, lim = e < b + 8 ? e : b + 8;
    const char *const *p;

    /* the apostrophe (' or U+2019, E2 80 99) starts in the first eight
     * bytes: most words have neither byte there */
    if (find_byte2(k, b, lim, '\'', 0xE2) == lim)
        return -1;
    for (i = b; i < e && i - b <= 7; i = nx) {
        c = cp_at(k, i, &nx);
        if (is_apos(c)) {
            if (nx >= e)
                return -1;
            for (p = pre; *p; p++)
                if (eq_ci(k, b, i, *p)) {
                    if (eq_ci(k, b, i, "quelqu"))
                        return -1; /* quelqu'un is one word */
                    return nx;
                }
            return -1;
        }
        if (!ws_cp_is_letter(c))
            return -1;
    }
    return -1;
}

/* French inverted clitic after a hyphen ("-il", "-t-elle", "-ce", "-moi").
 * pos is at the hyphen; returns the end of "-clitic" or -1. */
static int32_t
fr_clitic(const tk *k, int32_t pos)
{
    static const char *const cl[] = {
        "il",   "elle", "on",   "ils",  "elles",  "je",   "tu",    "nous",
        "vous", "ce",   "moi",  "toi",  "le",     "la",   "les",   "lui",
        "leur", "y",    "en",   "t-il", "t-elle", "t-on", "t-ils", "t-elles",
        "m'",   "t'",   "z-en", "z-y",  NULL};
    int32_t s = pos + 1, e = s, c, nx;

    while (e < k->len) {
        c = cp_at(k, e, &nx);
        if (ws_cp_is_letter(c) ||
            (c == '-' && e == s + 1 && (k->t[s] | 32) == 't'))
            e = nx;
        else
            break;
    }
    if (e == s)
        return -1;
    c = cp_at(k, e, &nx);
    if (is_alnum(c))
        return -1;
    if (c == '-' && !(e == s + 1))
        return -1;
    if (in_list(k, s, e, cl))
        return e;
    return -1;
}

/* [b,e) is in list (folded). */
static int
ru_pre_ok(const tk *k, int32_t b, int32_t e, const char *const *list)
{
    return in_list(k, b, e, list);
}

/* [b,e) is the stem of a compound adjective (Историко-, Датско-): four
 * or more letters ending in -о or -е. */
static int
ru_adj_stem(const tk *k, int32_t b, int32_t e)
{
    int32_t c = cp_before(k, e), i, nx, n = 0;

    if (c != 0x043E && c != 0x0435) /* о е */
        return 0;
    for (i = b; i < e; i = nx, n++)
        if (!ws_cp_is_letter(cp_at(k, i, &nx)))
            return 0;
    return n >= 4;
}

/* The word at b probably opens a sentence (its capital says nothing):
 * at the start of the text or a line, or after final punctuation, a colon,
 * an opening quotation mark or a dash (with white space between). */
static int
sent_initial(const tk *k, int32_t b)
{
    int32_t c;

    while (b > 0 && (c = cp_before(k, b)) >= 0 && is_space(c) && c != '\n') {
        int32_t s = b - 1;
        while (s > 0 && ((unsigned char)k->t[s] & 0xC0) == 0x80)
            s--;
        b = s;
    }
    if (b <= 0)
        return 1;
    /* the headline after the header "date YYYY-MM-DD" */
    if (b >= 15 && memcmp(k->t + b - 15, "date ", 5) == 0 &&
        k->t[b - 6] == '-' && k->t[b - 3] == '-' &&
        (b == 15 || k->t[b - 16] == ' ' || k->t[b - 16] == '\n'))
        return 1;
    c = cp_before(k, b);
    return c == '\n' || c == '.' || c == '!' || c == '?' || c == 0x2026 ||
           c == ':' || c == 0xAB || c == 0x201E || c == 0x201C || c == '"' ||
           ws_cp_is_dash(c);
}

/* The lower-case form of the capitalised [b,e) is in the language's
 * dictionary (Премьер-, Пресс-: a common noun, not a name). */
static int
common_word(const tk *k, int32_t b, int32_t e)
{
    char buf[96];
    int n;

    if (!k->w)
        return 0;
    n = fold(k, b, e, buf, sizeof(buf));
    return n > 0 && ws_spell(k->w, k->lang, buf, (size_t)n) > 0;
}

/* [b,e) has two or more letters, all capitals. */
static int
all_upper(const tk *k, int32_t b, int32_t e)
{
    int32_t i, nx, c, n = 0;

    for (i = b; i < e; i = nx) {
        c = cp_at(k, i, &nx);
        if (ws_cp_is_letter(c)) {
            if (!ws_cp_is_upper(c))
                return 0;
            n++;
        }
    }
    return n >= 2;
}

/* Is [b,e) capital letters only (ASCII; one or more)? */
static int
caps_word(const tk *k, int32_t b, int32_t e)
{
    int32_t i;

    for (i = b; i < e; i++)
        if (k->t[i] < 'A' || k->t[i] > 'Z')
            return 0;
    return e > b;
}

/* Is [b,e) a Roman numeral's letters (I V X L C D M)? */
static int
all_roman(const tk *k, int32_t b, int32_t e)
{
    int32_t i;

    for (i = b; i < e; i++)
        if (k->t[i] == 0 || !strchr("IVXLCDM", k->t[i]))
            return 0;
    return e > b;
}

/* Is the digit group [lb,le) - [rb,re) part of a chain of three or more
 * groups of digits joined by hyphens (642-65-85)? */
static int
digit_chain(const tk *k, int32_t lb, int32_t le, int32_t rb, int32_t re)
{
    if (ndigits(k, lb) != le - lb || ndigits(k, rb) != re - rb)
        return 0;
    if (re + 1 < k->len && k->t[re] == '-' && ndigits(k, re + 1) > 0)
        return 1;
    return lb >= 2 && k->t[lb - 1] == '-' && k->t[lb - 2] >= '0' &&
           k->t[lb - 2] <= '9';
}

/* Does the language join a hyphenated compound [lb,le) - [rb,re)? */
static int
join_hyphen(const tk *k, int32_t lb, int32_t le, int32_t rb, int32_t re)
{
    int32_t nx;
    int32_t lc = cp_before(k, le), rc = cp_at(k, rb, &nx);
    int ldig = ws_cp_is_digit(lc), rdig = ws_cp_is_digit(rc);
    static const char *const en_pre[] = {
        "e",   "non", "counter", "mis",  "anti", "co",    "pre",
        "re",  "ex",  "multi",   "semi", "pro",  "inter", "post",
        "mid", "un",  "over",    "sub",  "de",   "bi",    "tri",
        "neo", "x",   "t",       "u",    NULL};
    /* prefixes and particles that UD Ukrainian keeps in one token, the
     * compound prepositions з-під, з-за, and the reduplication
     * врешті-решт; the particle -таки is split off (ж - таки) */
    static const char *const uk_pre[] = {"по", "будь",   "казна",  "хтозна",
                                         "де", "ні",     "аби",    "з",
                                         "із", "врешті", "урешті", NULL};
    static const char *const uk_suf[] = {"то", "небудь", "бо", "но",
                                         "ж",  "же",     NULL};
    static const char *const ru_pre[] = {
        "юго",   "северо", "восточно", "западно", "южно", "северно",
        "санкт", "сент",   "нью",      "лос",     "сан",  "гран",
        "по",    "кое",    "из",       NULL};
    static const char *const pl_pre[] = {"non", "bio",  "krio",  "eko",
                                         "ex",  "self", "quasi", NULL};
    static const char *const pl_suf[] = {"owi", "u",   "em",  "ie", "ów",
                                         "om",  "ach", "ami", "y",  "a",
                                         "ę",   "ą",   NULL};

    (void)re;
    if (k->en) {
        if (in_list(k, lb, le, en_pre))
            return 1;
        return 0;
    }
    if (k->de)
        return 0;
    if (k->fr)
        return 1;
    if (k->pl) {
        if (ldig && !rdig)
            return 1;
        /* a prefix written with a hyphen: non-profit, bio-obrazowanie */
        if (in_list(k, lb, le, pl_pre))
            return 1;
        /* model names and numbered items: F-16, M-28, III-1; acronyms:
         * PPE-DE (but the ranges of Roman numerals, I-IV, split) */
        if ((caps_word(k, lb, le) && rdig && ndigits(k, rb) == re - rb) ||
            (all_upper(k, lb, le) && caps_word(k, lb, le) &&
             caps_word(k, rb, re) && all_upper(k, rb, re) &&
             !(all_roman(k, lb, le) && all_roman(k, rb, re))))
            return 1;
        /* a number of three or more groups (642-65-85) is one token, a
         * range of two (1990-1993) is not */
        if (ldig && rdig && digit_chain(k, lb, le, rb, re))
            return 1;
        /* inflection of an acronym: PiS-owi, SLD-u */
        if (in_list(k, rb, re, pl_suf) && ws_cp_is_upper(cp_at(k, lb, &nx)))
            return 1;
        return 0;
    }
    if (k->uk) {
        if (ldig && !rdig)
            return 1;

        if (in_list(k, lb, le, uk_pre) || in_list(k, rb, re, uk_suf))
            return 1;
        return 0;
    }
    if (k->ru) {
        int lup = ws_cp_is_upper(cp_at(k, lb, &nx));
        /* numbers and model names: 1904-1905, Формула-1, РАФ-10 (but the
         * ordinal suffixes 3-й, 1960-х join) */
        if (rdig)
            return 0;
        if (ru_pre_ok(k, lb, le, ru_pre))
            return 1;
        /* names: Бад-Кёстриц, Лаго-Маджоре (but Юго-Западный); a name
         * with a common-noun part or a particle: Фултон-стрит,
         * Ростов-на-Дону (but the adjective stems of Историко-архивный
         * and the all-capital acronyms of USB-порт join) */
        if (ws_cp_is_upper(rc))
            return 0;
        if (lup && !ws_cp_is_upper(rc) && !ru_adj_stem(k, lb, le) &&
            !all_upper(k, lb, le) && !sent_initial(k, lb) &&
            !common_word(k, lb, le))
            return 0;
        return 1;
    }
    if (ldig && rdig)
        return 0;
    return k->hyphen == HY_JOIN;
}

/* Abbreviation lookup: value of folded [b,e) + "." in abbrev.tsv. */
static const char *
abbr_value(tk *k, int32_t b, int32_t e, int with_dot)
{
    char buf[96];
    int n = 0;
    const char *v;

    if (!k->abbr)
        return NULL;
    /* the word before a full stop is asked about up to three times */
    if (b == k->ab_b && e == k->ab_e && with_dot == k->ab_dot)
        return k->ab_v;
    if (e - b > 0 && (size_t)(e - b) * 3 + 1 <= sizeof(buf) - 2) {
        /* ASCII: lower case here, not through utf8proc; a word of eight
         * bytes or fewer at once (as cfold_new does: no loop that ends
         * after a different count for every word) */
        const unsigned char *p = (const unsigned char *)k->t + b;
        if (e - b <= 8 && b + 8 <= k->len) {
            uint64_t w, m = ~0ULL >> (8 * (8 - (e - b)));
            memcpy(&w, p, 8);
            if (!(w & m & 0x8080808080808080ULL)) {
                w = (w | (swar_in(w, 'A', 'Z') & m) >> 2) & m;
                memcpy(buf, &w, 8);
                n = e - b;
            }
        }
        for (; n < e - b && p[n] < 0x80; n++)
            buf[n] = (char)(p[n] >= 'A' && p[n] <= 'Z' ? p[n] + 32 : p[n]);
    }
    if (n < e - b || n == 0)
        n = fold(k, b, e, buf, sizeof(buf) - 2);
    if (n < 0)
        return NULL;
    if (with_dot)
        buf[n++] = '.';
    buf[n] = 0;
    v = ws_lex_word(k->abbr, buf, (size_t)n);
    /* "cap": only with a capital ("No. 5", "Sun. 4"; not "said no.", "in
     * the sun.": the lexicon is case-folded) */
    if (v != NULL && ws_lex_has_attr(v, "cap") &&
        !(k->t[b] >= 'A' && k->t[b] <= 'Z'))
        v = NULL;
    k->ab_b = b;
    k->ab_e = e;
    k->ab_dot = with_dot;
    k->ab_v = v;
    return v;
}

static int
abbr_mark(const char *v)
{
    return (v && (v[0] == 'e' || v[0] == 'E')) ? MK_ABBR_E : MK_ABBR_T;
}

/* Should the period at e join the word [b,e)?  Returns the mark to give
 * the token (MK_ABBR_*) or 0. */
static int
period_joins(tk *k, int32_t b, int32_t e)
{
    int32_t i, nx, c, nlet = 0, ndig = 0, ndot = 0, seg = 0, maxseg = 0;
    int32_t first;
    const char *v;

    first = cp_at(k, b, &nx);
    for (i = b; i < e; i = nx) {
        /* an ASCII code point's class by the table (the word before a
         * full stop, 9k per MB of English: two calls a letter were 0.5M
         * of est2) */
        int cls;
        c = cp_at(k, i, &nx);
        cls = (uint32_t)c < 0x80 ? ascii_cls[c] : ws_cp_class(c);
        if (c == '.') {
            ndot++;
            seg = 0;
        } else if (cls & WS_CP_LETTER) {
            nlet++;
            if (++seg > maxseg)
                maxseg = seg;
        } else if (cls & WS_CP_DIGIT) {
            ndig++;
        } else if (is_hyphen(c) && nx < e && i > b) {
            /* the abbreviation after a hyphen: 5-proc. */
            return period_joins(k, nx, e);
        } else {
            return 0;
        }
    }
    /* initials: J., and the capital of a lower-case abbreviation that may
     * end a sentence (W. of w. "century", Г. of г. "year") */
    if (nlet == 1 && !ndig && !ndot && ws_cp_is_upper(first))
        return MK_ABBR_T;
    if (nlet && !ndig && (v = abbr_value(k, b, e, 1)) != NULL)
        return abbr_mark(v);
    /* U.S.  z.B.  e.g.  Ph.D. */
    if (ndot && nlet && !ndig && maxseg <= 3)
        return MK_ABBR_E;
    if (ndot)
        return 0;
    /* German ordinals: 1. 13. */
    if (k->de && ndig && !nlet && ndig <= 3) {
        c = cp_at(k, e + 1, &nx);
        if (c == ' ' || c == 0xA0) {
            c = cp_at(k, nx, &nx);
            if (c >= 0 && (ws_cp_is_letter(c) || ws_cp_is_digit(c)))
                return MK_ABBR_T;
        }
        return 0;
    }
    if (!nlet || ndig)
        return 0;
    /* initials: J. */
    if (nlet == 1 && ws_cp_is_upper(first))
        return MK_ABBR_T;
    v = abbr_value(k, b, e, 1);
    if (v)
        return abbr_mark(v);
    return 0;
}

/* ---- the token loop ---- */

static int
smiley(const tk *k, int32_t pos)
{
    static const char *const sm[] = {":-)", ":-(", ";-)", ":-D", ":-P",
                                     ":)",  ":(",  ";)",  ":D",  ":P",
                                     ":/",  "<3",  NULL};
    const char *const *p;
    int32_t n, nx;

    for (p = sm; *p; p++) {
        n = (int32_t)strlen(*p);
        if (pos + n <= k->len && memcmp(k->t + pos, *p, (size_t)n) == 0) {
            int32_t c = cp_at(k, pos + n, &nx);
            if (c < 0 || is_space(c) || ws_cp_is_punct(c))
                return pos + n;
        }
    }
    return -1;
}

/* A run of punctuation that UD keeps as one token at pos: returns its end
 * or -1. */
static int32_t
punct_run(const tk *k, int32_t pos)
{
    const char *t = k->t;
    int32_t i = pos;
    char c = t[pos];

    if (k->pl && (c == '.' || c == '!' || c == '?' || c == '-')) {
        return -1; /* Polish treebanks split an ellipsis, "!!!", "?!" and
                    * "--" into characters */
    } else if (k->de && (c == '!' || c == '?')) {
        return -1; /* German-GSD splits "!!!" and "?!" into characters */
    } else if (k->de && c == '.') {
        while (i < k->len && t[i] == '.')
            i++;
    } else if (c == '.' || c == '!' || c == '?') {
        while (i < k->len && (t[i] == '.' || t[i] == '!' || t[i] == '?'))
            i++;
    } else if (c == '-' || c == '`' || c == '\'' || c == '$' || c == '*' ||
               c == '=' || c == '_' || c == '~' || c == '<' || c == '>') {
        while (i < k->len && t[i] == c)
            i++;
    }
    return i - pos >= 2 ? i : -1;
}

/* ---- Chinese and Japanese: ICU's dictionary words to UD's units ----
 * Japanese (UD follows UniDic's short units): a word of hiragana only is
 * re-cut into particles, auxiliaries and light verbs when the list below
 * covers it entirely (the fewest pieces win), and a leading small tsu
 * goes back on the verb stem before it (言|って -> 言っ|て).
 * Chinese: a numeral or demonstrative and its classifier are two words
 * (一個 -> 一|個); runs of one-character words that are all common
 * transliteration characters make one foreign name. */
static const char *const ja_units[] = {
    "から",     "まで",   "より",   "など",   "だけ",   "しか",   "ばかり",
    "ほど",     "くらい", "ぐらい", "こそ",   "さえ",   "ながら", "けど",
    "けれど",   "は",     "が",     "を",     "に",     "で",     "と",
    "の",       "も",     "へ",     "や",     "か",     "ね",     "よ",
    "わ",       "ぞ",     "し",     "て",     "た",     "だ",     "ず",
    "ば",       "な",     "ます",   "まし",   "ませ",   "ましょ", "です",
    "でし",     "でしょ", "だっ",   "だろ",   "ない",   "なかっ", "なく",
    "なけれ",   "なら",   "たい",   "たかっ", "たく",   "れる",   "れ",
    "られ",     "られる", "せ",     "させ",   "よう",   "らしい", "そう",
    "いる",     "い",     "いう",   "いっ",   "いわ",   "ある",   "あり",
    "あっ",     "する",   "さ",     "なる",   "なっ",   "なり",   "おり",
    "おる",     "いく",   "いき",   "くる",   "き",     "でき",   "できる",
    "しまっ",   "しまい", "しまう", "くれ",   "くれる", "もらっ", "もらい",
    "ください", "もの",   "こと",   "ため",   "よっ",   "よる",   "つい",
    "おい",     "おく",   "ん",     "られ",   "これ",   "それ",   "この",
    "その",     "あの",   "ここ",   "そこ",   NULL};

static int
is_hira(int32_t c)
{
    return c >= 0x3041 && c <= 0x309F;
}

static int
is_kanji(int32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

/* Length in bytes of the longest... : fills cut[] with the piece ends of
 * the cover of [b,e) by ja_units with the fewest pieces; returns the
 * number of pieces or 0 when there is none. */
static int
ja_cover(const tk *k, int32_t b, int32_t e, int32_t *cut)
{
    int32_t n = e - b, i;
    int best[97], from[97];
    const char *const *u;

    if (n <= 0 || n > 96)
        return 0;
    for (i = 0; i <= n; i++)
        best[i] = 1000;
    best[0] = 0;
    for (i = 0; i < n; i++) {
        if (best[i] >= 1000)
            continue;
        for (u = ja_units; *u; u++) {
            int32_t l = (int32_t)strlen(*u);
            if (i + l <= n && memcmp(k->t + b + i, *u, (size_t)l) == 0 &&
                best[i] + 1 < best[i + l]) {
                best[i + l] = best[i] + 1;
                from[i + l] = i;
            }
        }
    }
    if (best[n] >= 1000 || best[n] > 24)
        return 0;
    for (i = n; i > 0; i = from[i])
        cut[best[i] - 1] = b + i;
    return best[n];
}

/* c is one of the characters of the UTF-8 string set. */
static int
zh_in(const char *set, int32_t c)
{
    char buf[8];
    int n;
    if (c < 0x3400)
        return 0;
    n = (int)ws_utf8_encode(c, buf);
    buf[n] = 0;
    return strstr(set, buf) != NULL;
}

/* A character used in transliterated foreign names. */
static int
zh_translit(int32_t c)
{
    static const char chars[] =
        "阿埃艾安奧奥巴拜班邦貝贝比彼波伯布查達达德迪蒂丁杜多厄恩法菲費费"
        "芬弗福富戈格古哈海漢汉赫亨胡華华基吉加賈贾傑杰捷喀卡凱凯坎科克庫库"
        "拉萊莱蘭兰朗勞劳雷里理利莉列林倫伦羅罗洛盧卢魯鲁路馬马邁迈曼梅蒙米"
        "密明莫姆穆納纳奈南內内尼涅紐纽努諾诺帕佩彭皮普奇齊齐恰喬乔切薩萨塞"
        "瑟森沙什史舒斯絲丝索塔泰坦特提圖图托瓦威維维溫温沃烏乌西希錫锡夏謝谢"
        "辛休雅亞亚揚扬耶伊因尤約约贊赞澤泽扎詹茲兹祖佐爾尔瑪玛莎娜妮茨";
    return zh_in(chars, c);
}

static int
zh_numdem(int32_t c)
{
    static const int32_t v[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D,
                                0x4E03, 0x516B, 0x4E5D, 0x5341, 0x5169, 0x4E24,
                                0x5E7E, 0x51E0, 0x9019, 0x8FD9, 0x90A3, 0x6B64,
                                0x8A72, 0x8BE5, 0x67D0, 0x5404, 0x534A, 0};
    int i;
    for (i = 0; v[i]; i++)
        if (v[i] == c)
            return 1;
    return 0;
}

/* A Chinese numeral character or an ASCII digit. */
static int
zh_numeral(int32_t c)
{
    static const int32_t v[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341,
                                0x767E, 0x5343, 0x96F6, 0x3007, 0};
    int i;
    if (c >= '0' && c <= '9')
        return 1;
    for (i = 0; v[i]; i++)
        if (v[i] == c)
            return 1;
    return 0;
}

static int
zh_classifier(int32_t c)
{
    static const char cl[] =
        "個个種种位名次件條条隻只本張张家座所項项場场部類类份批支首架輛辆"
        "間间層层點点歲岁篇段句塊块顆颗棵把套場届屆期份門门頭头匹";
    return zh_in(cl, c);
}

/* Suffixes that UD Chinese splits off a word of three or more characters
 * (共和 國, 參賽 者, 博物 館, 伊斯蘭 教, 地質 學, 世界 上, 委員 會). */
static const char zh_suffixes[] =
    "國国軍军處处者量台館馆教黨党學学師师界化人上區区站隊队院員员會会能家長长";

/* UD Chinese splits off what ICU's dictionary attaches at the end of a
 * word: the particles 的 and 了, the complements 為/为 (成 為), 於/于
 * (位 於) and 在 (住 在) after a verb, the administrative 市, 省,
 * 縣/县 after a place name of two or more characters, and the suffixes
 * of zh_suffixes; lexicalised words stay whole (目的, 為了, 認為, 因為,
 * 由於, 對於, 現在, 存在).  Returns where the last character starts, or
 * b. */
static int32_t
zh_suffix(const tk *k, int32_t b, int32_t e)
{
    static const int32_t keep_wei[] = {0x8A8D, 0x8BA4, 0x56E0, 0x884C, 0x4EBA,
                                       0x66F4, 0x8F03, 0x8F83, 0x751A, 0x6975,
                                       0x6781, 0x9817, 0x9887, 0x6700, 0x5C24,
                                       0}; /* 認认因行人更較较甚極极頗颇最尤 */
    static const int32_t keep_yu[] = {0x7531, 0x5C0D, 0x5BF9, 0x95DC,
                                      0x5173, 0x81F3, 0x7D42, 0x7EC8,
                                      0x7B49, 0}; /* 由對对關关至終终等 */
    static const int32_t keep_zai[] = {
        0x5B58, 0x73FE, 0x73B0, 0x81EA, 0x5167,
        0x5185, 0x5BE6, 0x5B9E, 0}; /* 存現现自內内實实 */
    const int32_t *keep = NULL;
    int32_t i, nx, last = b, prev = -1, c = -1, n = 0, j;

    for (i = b; i < e; i = nx, n++) {
        prev = c;
        last = i;
        c = cp_at(k, i, &nx);
    }
    if (n < 2)
        return b;
    /* a count of years: 三 年, 多 年 (but 每年) */
    if (c == 0x5E74) {
        for (i = b;
             i < last &&
             (zh_numeral(cp_at(k, i, &nx)) || cp_at(k, i, &nx) == 0x591A ||
              cp_at(k, i, &nx) == 0x5E7E || cp_at(k, i, &nx) == 0x51E0);
             i = nx)
            ;
        return i == last ? last : b;
    }
    switch (c) {
    case 0x7684: /* 的, but 目的 */
        return prev == 0x76EE && n == 2 ? b : last;
    case 0x4E86: /* 了, but 為了 为了 */
        return (prev == 0x70BA || prev == 0x4E3A) && n == 2 ? b : last;
    case 0x70BA: /* 為 为 */
    case 0x4E3A:
        keep = keep_wei;
        break;
    case 0x65BC: /* 於 于 */
    case 0x4E8E:
        keep = keep_yu;
        break;
    case 0x5728: /* 在 */
        keep = keep_zai;
        break;
    case 0x5E02: /* 市 省 縣 县 after a place name */
    case 0x7701:
    case 0x7E23:
    case 0x53BF:
        return n >= 3 ? last : b;
    default:
        return n >= 3 && zh_in(zh_suffixes, c) ? last : b;
    }
    for (j = 0; keep[j]; j++)
        if (prev == keep[j])
            return b;
    return last;
}

/* UD Chinese splits an adverb from the verb ICU's dictionary joins it to
 * (都 有, 也 是, 並 不, 就 會), a pronoun from the copula (這 是, 他 是)
 * and 之/另/此 from 一 (之 一): returns the end of the first character of
 * such a two-character word [b,e), or b. */
static int32_t
zh_prefix(const tk *k, int32_t b, int32_t e)
{
    static const char adv[] = "都也還还仍就並并而曾即共又再才均皆亦";
    static const char verb[] = "有會会不";
    static const char pron[] = "這这那他她它的";
    static const char yi_pre[] = "之另此";
    int32_t nx, n2, c1 = cp_at(k, b, &nx), c2;
    char b1[8], b2[8];

    if (nx >= e)
        return b;
    c2 = cp_at(k, nx, &n2);
    if (n2 != e || c1 < 0x3400 || c2 < 0x3400)
        return b;
    b1[ws_utf8_encode(c1, b1)] = 0;
    b2[ws_utf8_encode(c2, b2)] = 0;
    if (strstr(adv, b1) && strstr(verb, b2))
        return nx;
    if (c2 == 0x662F && strstr(pron, b1))
        return nx;
    if (c2 == 0x4E00 && strstr(yi_pre, b1))
        return nx;
    return b;
}

/* Emits the CJK word segment [b,e) as UD units. */
static int
emit_cjk(tk *k, int32_t b, int32_t e)
{
    int32_t nx, c = cp_at(k, b, &nx), i, q2, cut[32];
    int np, rc, j;

    if (k->ja && is_hira(c)) {
        /* small tsu after a kanji stem */
        if (c == 0x3063 && k->d->tokens.n > 0) {
            ws_token *p = &k->d->tokens.v[k->d->tokens.n - 1];
            if (p->bend == b && is_kanji(cp_before(k, b))) {
                p->bend = nx;
                p->end = byte_to_cp(k, nx);
                reend_last(k);
                p->flags &= ~(uint32_t)WS_TOK_SPACE;
                if (is_space(cp_at(k, nx, &i)))
                    p->flags |= WS_TOK_SPACE;
                b = nx;
                if (b >= e)
                    return 0;
            }
        }
        for (i = b; i < e; i = nx)
            if (!is_hira(cp_at(k, i, &nx)))
                break;
        if (i == e && (np = ja_cover(k, b, e, cut)) > 1) {
            for (j = 0; j < np; j++) {
                if ((rc = emit(k, b, cut[j], 0, 0)) < 0)
                    return rc;
                b = cut[j];
            }
            return 0;
        }
    }
    /* the ordinal prefix 第 joins its numeral (第一, 第 27 -> 第27) */
    if (k->zh && k->d->tokens.n > 0 && zh_numeral(c)) {
        ws_token *p = &k->d->tokens.v[k->d->tokens.n - 1];
        if (p->bend == b && p->bend - p->bstart == 3 &&
            cp_at(k, p->bstart, &i) == 0x7B2C) {
            for (i = b; i < e && zh_numeral(cp_at(k, i, &q2)); i = q2)
                ;
            p->bend = i;
            p->end = byte_to_cp(k, i);
            reend_last(k);
            p->flags &= ~(uint32_t)WS_TOK_SPACE;
            if (i == e && is_space(cp_at(k, e, &q2)))
                p->flags |= WS_TOK_SPACE;
            if (i >= e)
                return 0;
            b = i;
            c = cp_at(k, b, &nx);
        }
    }
    /* 每 and 該/该 join a one-character word after them (每個, 該島) */
    if (k->zh && nx == e && k->d->tokens.n > 0) {
        ws_token *p = &k->d->tokens.v[k->d->tokens.n - 1];
        int32_t pc = cp_at(k, p->bstart, &q2);
        if (p->bend == b && q2 == b &&
            (pc == 0x6BCF || pc == 0x8A72 || pc == 0x8BE5) &&
            ws_cp_is_letter(c)) {
            p->bend = e;
            p->end = byte_to_cp(k, e);
            reend_last(k);
            p->flags &= ~(uint32_t)WS_TOK_SPACE;
            if (is_space(cp_at(k, e, &q2)))
                p->flags |= WS_TOK_SPACE;
            return 0;
        }
    }
    if (k->zh) {
        cp_at(k, nx, &i);
        /* numeral or demonstrative | classifier (這 個), and
         * demonstrative | 一 (這 一) */
        if (i == e && zh_numdem(c) &&
            (zh_classifier(cp_at(k, nx, &q2)) ||
             ((c == 0x9019 || c == 0x8FD9 || c == 0x90A3) &&
              cp_at(k, nx, &q2) == 0x4E00))) {
            if ((rc = emit(k, b, nx, 0, 0)) < 0)
                return rc;
            return emit(k, nx, e, 0, 0);
        }
        /* a one-character transliteration word after another: join */
        if (nx == e && zh_translit(c) && k->d->tokens.n > 0) {
            ws_token *p = &k->d->tokens.v[k->d->tokens.n - 1];
            int32_t q = p->bstart, n1 = 0, ok = 1;
            if (p->bend == b) {
                for (; q < p->bend; q = i, n1++)
                    if (!zh_translit(cp_at(k, q, &i)))
                        ok = 0;
                /* the previous token is a single transliteration char or
                 * a joined run; the next segment must continue too or the
                 * run be 3+ long */
                if (ok && n1 >= 1) {
                    int32_t c2 = cp_at(k, e, &i);
                    if (n1 >= 2 || (zh_translit(c2) && word_at(k, e) == i) ||
                        n1 == 1) {
                        p->bend = e;
                        p->end = byte_to_cp(k, e);
                        reend_last(k);
                        p->flags &= ~(uint32_t)WS_TOK_SPACE;
                        if (is_space(c2))
                            p->flags |= WS_TOK_SPACE;
                        return 0;
                    }
                }
            }
        }
    }
    if (k->zh && (i = zh_prefix(k, b, e)) > b) {
        if ((rc = emit(k, b, i, 0, 0)) < 0)
            return rc;
        b = i;
    }
    if (k->zh && (i = zh_suffix(k, b, e)) > b) {
        if ((rc = emit(k, b, i, 0, 0)) < 0)
            return rc;
        b = i;
    }
    return emit(k, b, e, 0, 0);
}

/* The position after the space at pos, if there is one (tokens' loop
 * skips it too): skipped where a token ends, by an addition, the loop's
 * test for a space at its start is not mispredicted after every word
 * that a space follows. */
static inline int32_t
space_after(const tk *k, int32_t pos)
{
    if (pos < k->len)
        pos += k->t[pos] == ' ';
    return pos;
}

/* tokens()' commonest token again and again: from pos, the spaces and
 * the words that take its fast path (a word or number segment that
 * starts with an ASCII letter and ends at a space, no URL near it, no
 * '@' in it, in a language with none of the splits: see there) of up to
 * sixteen ASCII bytes, each emitted as emit_in would (word 1), up to the
 * first token that is anything else or needs more room, whose position
 * it returns: tokens() takes it from there.  Called after such a word,
 * out of line, with the cursors (the segment's, the tokens' count, the
 * code points') in registers: in tokens()' loop, with all of its other
 * paths, GCC kept them and the token's values on the stack and read
 * k's fields again at every word (per MB of English, 100k of the 165k
 * tokens come here; est2 5.6M less).  ascii: k->ascii, a constant in
 * each of word_run's two copies.  Without SSE2, tokens() takes every
 * token. */
static inline __attribute__((always_inline)) int32_t
word_run_in(tk *restrict k, int32_t pos, int ascii)
{
#ifdef __SSE2__
    ws_doc *d = k->d;
    const unsigned char *t = (const unsigned char *)k->t;
    const int32_t len = k->len, has_at = k->has_at;
    const int32_t *we = k->wend, *wst = k->wst;
    ws_token *tv = d->tokens.v;
    uint16_t *mk = k->mk;
    int32_t j = k->wk, n = d->tokens.n, cpc = k->cpc, lastb = k->lastb;
    /* the tokens and marks there is room for (emit_in grows them) */
    int32_t room = d->tokens.cap;
    /* a word at or past lim goes to tokens(): a URL's mark at or before
     * its pos + 5 (or behind pos: url_mark is asked there), or too near
     * the text's end for its sixteen bytes and the space after them (a
     * word of up to sixteen bytes before lim ends before len) */
    const int32_t lim = k->url_m - 5 < len - 16 ? k->url_m - 5 : len - 16;

    if ((size_t)room > k->mkcap)
        room = (int32_t)k->mkcap;
    while (pos < len && n < room) {
        unsigned c = t[pos], um, lm, keep;
        int32_t se, wl, start;
        ws_token *o;
        __m128i v, up, lo, dg;
        if (c == ' ') {
            pos++;
            continue;
        }
        if (c >= 0x80 || !(ascii_cls[c] & WS_CP_LETTER))
            break;
        /* seg_end (the same steps: tokens() again at pos finds the same
         * segment); past the last one, the sentinel INT32_MAX makes wl
         * too long */
        j += we[j] <= pos;
        j += we[j] <= pos;
        while (we[j] <= pos)
            j++;
        se = we[j];
        wl = se - pos;
        /* too near a URL or the end, too long, a segment of punctuation,
         * not followed by a space, an '@' in it: tokens() */
        if (pos >= lim || wl > 16 || wst[j] < WS_WB_NUMBER || t[se] != ' ' ||
            (has_at && at_before(k, pos, se)))
            break;
        keep = 0xFFFFu >> (16 - wl);
        v = _mm_loadu_si128((const __m128i *)(const void *)(t + pos));
        if (_mm_movemask_epi8(v) & keep)
            break; /* not ASCII */
        if (ascii) {
            start = pos;
        } else {
            if (pos != lastb) {
                k->lastb = lastb;
                k->cpc = cpc;
                cpc = byte_to_cp(k, pos);
            }
            start = cpc;
            /* past the space, as emit_in */
            cpc = start + wl + 1;
            lastb = se + 1;
        }
        up = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                           _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
        lo = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)),
                           _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
        dg = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                           _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
        um = (unsigned)_mm_movemask_epi8(up) & keep;
        lm = (unsigned)_mm_movemask_epi8(lo) & keep;
        o = &tv[n];
        o->start = start;
        o->end = start + wl;
        o->bstart = pos;
        o->bend = se;
        o->sent = 0;
        /* emit_in's flags of a word: upper case by its first letter, all
         * capitals when two or more and no lower-case letter, and a word
         * with digits marked MK_ADIGIT (ASCII) */
        o->flags =
            WS_TOK_WORD | WS_TOK_SPACE |
            (uint32_t)((ascii_cls[c] & WS_CP_UPPER) != 0) * WS_TOK_UPPER |
            (uint32_t)((lm == 0) & ((um & (um - 1)) != 0)) * WS_TOK_ALLCAP;
        mk[n] = (uint16_t)(((_mm_movemask_epi8(dg) & keep) != 0) * MK_ADIGIT);
        n++;
        pos = se + 1;
    }
    d->tokens.n = n;
    k->wk = j;
    if (!ascii) {
        k->cpc = cpc;
        k->lastb = lastb;
    }
#else
    (void)k;
    (void)ascii;
#endif
    return pos;
}

static __attribute__((noinline)) int32_t
word_run(tk *restrict k, int32_t pos)
{
    return k->ascii ? word_run_in(k, pos, 1) : word_run_in(k, pos, 0);
}

static int
tokens(tk *restrict k)
{
    const char *t = k->t;
    int32_t pos = 0, nx, c, se, st, e, s;
    int rc, nl = 0;

    while (pos < k->len) {
        int letter;
        c = (unsigned char)t[pos];
        if (c == ' ') {
            /* the space between words (no line break: nl stays) */
            pos++;
            continue;
        }
        /* an ASCII letter (most tokens start with one) is neither white
         * space nor a control: no code point to decode, none of the tests
         * below */
        letter = c < 0x80 && (ascii_cls[c] & WS_CP_LETTER);
        if (!letter) {
            c = cp_at(k, pos, &nx);
            if (is_space(c) || c < 0 || (c < 0x20) || c == 0xFEFF ||
                c == 0x200B) {
                if (c == '\n' || c == 0x2029 || c == 0x2028) {
                    nl++;
                    k->pend |= nl >= 2 ? MK_PARA | MK_NL : MK_NL;
                }
                pos = nx;
                continue;
            }
        }
        nl = 0;
        se = seg_end(k, pos, &st);
        /* special forms, longest first */
        e = -1;
        /* url_mark's last answer while it is not behind pos (the same
         * answer, no call at every token) */
        if ((k->url_m >= pos ? k->url_m : url_mark(k, pos)) <= pos + 5)
            e = match_url(k, pos);
        if (e > pos) {
            if ((rc = emit(k, pos, e, WS_TOK_URL, MK_SPARSE)) < 0)
                return rc;
            pos = e;
            continue;
        }
        /* the commonest token: a word or number segment that starts with
         * an ASCII letter and ends at a space, in a language with none of
         * the splits below.  None of the tests below takes it (an e-mail
         * address only with an '@' in the segment: the space is not one
         * of email_stop's; not a handle, entity or number; no compound or
         * abbreviation period after it): it is emitted as they would,
         * without them (two dozen tests a word; the same fast path for
         * any ASCII character after the word cost more than it saved);
         * then the words like it that follow, by word_run */
        if (letter && k->plain && st >= WS_WB_NUMBER && se < k->len &&
            t[se] == ' ' && !(k->has_at && at_before(k, pos, se))) {
            if ((rc = emit_in(k, pos, se, 0, 0, 1)) < 0)
                return rc;
            if ((pos = word_run(k, se + 1)) < 0)
                return pos;
            continue;
        }
        /* an e-mail address: ICU's segment holds its '@' or stops at one
         * of @ . _ % + - (match_email's set) */
        if (k->has_at && (email_stop(k, se) | at_before(k, pos, se)) &&
            c < 0x80 && is_ascii_alnum(c)) {
            e = match_email(k, pos);
            if (e > pos) {
                if ((rc = emit(k, pos, e, WS_TOK_URL, MK_SPARSE)) < 0)
                    return rc;
                pos = e;
                continue;
            }
        }
        /* a handle or hashtag is one token in every language (the
         * Ukrainian treebank splits '#' off; users of social-media text
         * need the hashtag whole) */
        if (c == '@' || c == '#') {
            e = match_handle(k, pos);
            if (e > pos) {
                if ((rc = emit(k, pos, e, WS_TOK_HANDLE, 0)) < 0)
                    return rc;
                pos = e;
                continue;
            }
        }
        if (c == '&') {
            e = match_entity(k, pos);
            if (e > pos) {
                if ((rc = emit(k, pos, e, 0, 0)) < 0)
                    return rc;
                pos = e;
                continue;
            }
        }
        if (c >= '0' && c <= '9') {
            e = match_number(k, pos, se);
            if (e > pos) {
                se = e;
                st = WS_WB_NUMBER;
            }
        }
        if (st < WS_WB_NUMBER) {
            /* punctuation, symbols, emoji */
            if (c == ':' || c == ';' || c == '<')
                e = smiley(k, pos);
            else
                e = -1;
            if (e < 0 && c < 0x80)
                e = punct_run(k, pos);
            if (e < 0 && k->fr && is_hyphen(c) && pos > 0 &&
                is_alnum(cp_before(k, pos)))
                e = fr_clitic(k, pos);
            if (e > pos)
                se = e;
            if ((rc = emit(k, pos, se, 0, 0)) < 0)
                return rc;
            pos = space_after(k, se);
            continue;
        }
        /* Ukrainian treebank: decimal separators are tokens (4 , 2) */
        if (k->uk && st == WS_WB_NUMBER) {
            int32_t x;
            for (x = pos + 1; x + 1 < se; x++)
                if ((t[x] == ',' || t[x] == '.') && t[x - 1] >= '0' &&
                    t[x - 1] <= '9' && t[x + 1] >= '0' && t[x + 1] <= '9')
                    break;
            if (x + 1 < se) {
                if ((rc = emit(k, pos, x, 0, 0)) < 0 ||
                    (rc = emit(k, x, x + 1, 0, 0)) < 0)
                    return rc;
                pos = x + 1;
                continue;
            }
        }
        /* Ukrainian treebank: times (12 : 46) and a full stop between two
         * Cyrillic letters (О . П ., т . д ., вул . Чупринки) are split */
        if ((k->uk || k->pl) && (s = uk_split(k, pos, se)) > pos) {
            if ((rc = emit(k, pos, s, 0, 0)) < 0 ||
                (rc = emit(k, s, s + 1, 0, 0)) < 0)
                return rc;
            pos = s + 1;
            continue;
        }
        /* a word or number segment [pos, se) */
        if ((k->ja || k->zh) && st >= WS_WB_LETTER) {
            if ((rc = emit_cjk(k, pos, se)) < 0)
                return rc;
            pos = se;
            continue;
        }
        if (k->fr) {
            s = fr_elision(k, pos, se);
            if (s > pos && s < se) {
                if ((rc = emit(k, pos, s, 0, 0)) < 0)
                    return rc;
                pos = s;
                continue;
            }
        }
        /* hyphenated compounds */
        if (!k->cjk) {
            int32_t lb = pos;
            while (se < k->len) {
                int32_t hc = cp_at(k, se, &nx), re;
                if (!is_hyphen(hc))
                    break;
                re = word_at(k, nx);
                if (re < 0)
                    break;
                if (k->fr && fr_clitic(k, se) > 0)
                    break;
                if (!join_hyphen(k, lb, se, nx, re))
                    break;
                lb = nx;
                se = re;
            }
        }
        /* abbreviation period */
        {
            uint16_t mark = 0;
            if (se < k->len && t[se] == '.') {
                int m = period_joins(k, pos, se);
                int32_t c2 = cp_at(k, se + 1, &nx);
                if (m == MK_ABBR_E && k->keep_abbr &&
                    (c2 < 0 || is_space(c2) || ws_cp_is_quote(c2))) {
                    /* may end a sentence: split now, rejoined later when
                     * no sentence ends after it */
                    if ((rc = emit(k, pos, se, 0, 0)) < 0)
                        return rc;
                    if ((rc = emit(k, se, se + 1, 0,
                                   MK_DOTABBR | MK_REJOIN | MK_ABBR_E)) < 0)
                        return rc;
                    pos = se + 1;
                    continue;
                }
                if (m && k->keep_abbr) {
                    se++;
                    mark = (uint16_t)m;
                } else if (m || abbr_value(k, pos, se, 1)) {
                    /* the period is its own token, but no sentence ends
                     * after it */
                    if ((rc = emit(k, pos, se, 0, 0)) < 0)
                        return rc;
                    if ((rc = emit(k, se, se + 1, 0, MK_DOTABBR)) < 0)
                        return rc;
                    k->mk[k->d->tokens.n - 1] |= (uint16_t)(m ? m : MK_ABBR_E);
                    pos = se + 1;
                    continue;
                }
            }
            if ((rc = emit(k, pos, se, 0, mark)) < 0)
                return rc;
        }
        pos = space_after(k, se);
    }
    return 0;
}

/* ---- sentences ---- */

/* Header "date YYYY-MM-DD": the sentence after it starts at the headline.
 * Marks a forced break; returns the token after the date or -1. */
static int32_t
header(tk *k)
{
    ws_doc *d = k->d;
    int32_t i;

    if (d->tokens.n < 2 ||
        !eq_ci(k, d->tokens.v[0].bstart, d->tokens.v[0].bend, "date"))
        return -1;
    if (d->tokens.v[1].bend - d->tokens.v[1].bstart != 10)
        return -1;
    for (i = d->tokens.v[1].bstart; i < d->tokens.v[1].bend; i++)
        if (!((k->t[i] >= '0' && k->t[i] <= '9') || k->t[i] == '-'))
            return -1;
    if (d->tokens.n > 2 && !(k->mk[2] & MK_NL))
        k->mk[2] |= MK_FORCE;
    return 2;
}

/* Dateline at the start of the paragraph whose first token is p0:
 * "PLACE (Agency - date)" with an optional dash after it.  Forces a break
 * after it. */
static void
dateline(tk *k, int32_t p0)
{
    ws_doc *d = k->d;
    int32_t i, n = d->tokens.n, open = -1, close = -1;
    int nwords = 0;

    for (i = p0; i < n && i < p0 + 10; i++) {
        ws_token *t = &d->tokens.v[i];
        if (i > p0 && (k->mk[i] & MK_NL))
            return;
        if (t->bend - t->bstart == 1 && k->t[t->bstart] == '(') {
            open = i;
            break;
        }
        if (t->flags & WS_TOK_WORD) {
            if (!(t->flags & WS_TOK_UPPER))
                return;
            nwords++;
        } else if (!(t->flags & WS_TOK_NUM) &&
                   !(t->bend - t->bstart == 1 &&
                     (k->t[t->bstart] == ',' || k->t[t->bstart] == '.' ||
                      k->t[t->bstart] == '/'))) {
            return;
        }
    }
    if (open <= p0 || !nwords || !(d->tokens.v[p0].flags & WS_TOK_UPPER))
        return;
    for (i = open + 1; i < n && i < open + 30; i++) {
        ws_token *t = &d->tokens.v[i];
        if (k->mk[i] & MK_NL)
            return;
        if (t->bend - t->bstart == 1 && k->t[t->bstart] == ')') {
            close = i;
            break;
        }
        if (t->bend - t->bstart == 1 && k->t[t->bstart] == '(')
            return;
    }
    if (close < 0 || close + 1 >= n)
        return;
    i = close + 1;
    /* a name with its party, "Tom Hale (D), a senator, said", "Ann Ode
     * (R-Ohio) said": a comma or a lower-case word goes on with the
     * sentence; a dateline is followed by a dash or the text's first
     * word */
    if (!(k->mk[i] & MK_NL) &&
        ((d->tokens.v[i].bend - d->tokens.v[i].bstart == 1 &&
          k->t[d->tokens.v[i].bstart] == ',') ||
         ((d->tokens.v[i].flags & WS_TOK_WORD) &&
          !(d->tokens.v[i].flags & WS_TOK_UPPER))))
        return;
    if ((d->tokens.v[i].flags & WS_TOK_DASH) && i + 1 < n)
        i++;
    if (!(k->mk[i] & MK_NL))
        k->mk[i] |= MK_FORCE;
    for (n = p0 + 1; n < i; n++)
        k->mk[n] |= MK_NOBRK;
}

/* Closes the sentence of tokens [s0, s1) in paragraph para. */
static int
close_sentence(tk *k, int32_t s0, int32_t s1, int32_t para)
{
    ws_doc *d = k->d;
    ws_sentence *s;

    if (s1 <= s0)
        return 0;
    s = WS_PUSH(d->sentences);
    if (!s)
        return -WS_ENOMEM;
    s->start = d->tokens.v[s0].start;
    s->end = d->tokens.v[s1 - 1].end;
    s->tok0 = s0;
    s->tok1 = s1;
    s->para = para;
    /* the tokens' sent is set by sentences() as they come */
    d->tokens.v[s0].flags |= WS_TOK_SENT0;
    return 0;
}

static int tok_char(const tk *k, int32_t i, char c);
/* Should a sentence start at token i (ICU proposed one)? */
static int
keep_icu_break(const tk *k, int32_t i)
{
    const ws_token *t = &k->d->tokens.v[i];
    uint16_t pm = k->mk[i - 1];
    int lowish = !((t->flags & WS_TOK_UPPER) && (t->flags & WS_TOK_WORD)) &&
                 !(t->flags & WS_TOK_QUOTE) && !(t->flags & WS_TOK_DASH);

    if (k->mk[i] & MK_NOBRK)
        return 0;
    if (pm & MK_ABBR_T)
        return 0;
    /* enumerator "1." opening a sentence */
    if (i >= 2 && tok_char(k, i - 1, '.') &&
        (k->d->tokens.v[i - 2].flags & WS_TOK_NUM) && (k->mk[i - 2] & MK_BRK) &&
        k->pl && !(k->d->tokens.v[i - 2].flags & WS_TOK_SPACE))
        return 0;
    if ((pm & MK_ABBR_E) && lowish)
        return 0;
    return 1;
}

/* Token i can close a sentence after its full stop: a quotation mark, a
 * closing bracket, final punctuation, an HTML-escaped quote. */
static int
closer(const tk *k, int32_t i)
{
    const ws_token *t = &k->d->tokens.v[i];
    int32_t c;

    if (t->flags & WS_TOK_QUOTE)
        return 1;
    if (!(t->flags & WS_TOK_PUNCT))
        return 0;
    if (k->t[t->bstart] == '&')
        return 1; /* &#39;&#39; */
    c = cp_before(k, t->bend);
    return c == ')' || c == ']' || c == '.' || c == '!' || c == '?' ||
           c == 0x2026;
}

/* Token i is a word starting with a lower-case letter. */
static int
lower_word(const tk *k, int32_t i)
{
    const ws_token *t = &k->d->tokens.v[i];
    int32_t nx;

    return (t->flags & WS_TOK_WORD) && ws_cp_is_lower(cp_at(k, t->bstart, &nx));
}

/* Single-character token i equals c. */
static int
tok_char(const tk *k, int32_t i, char c)
{
    const ws_token *t = &k->d->tokens.v[i];
    /* the byte first (the byte at bstart is in the text: a token is not
     * empty): it is rarely c, a branch that is predicted, where one on
     * the length, one for a third of the tokens, is not */
    return k->t[t->bstart] == c && t->bend - t->bstart == 1;
}

/* Tokens just before token i are an initial: one Cyrillic capital and a
 * full stop ("В." as one token, or "В" and "." glued), then white space. */
static int
cyr_initial_before(const tk *k, int32_t i)
{
    const ws_token *v = k->d->tokens.v;
    int32_t b, e, nx, c;

    if (i < 2 || !(v[i - 1].flags & WS_TOK_SPACE))
        return 0;
    if (tok_char(k, i - 1, '.')) {
        if (v[i - 2].flags & WS_TOK_SPACE)
            return 0;
        b = v[i - 2].bstart;
        e = v[i - 2].bend;
    } else {
        b = v[i - 1].bstart;
        e = v[i - 1].bend - 1;
        if (e <= b || k->t[e] != '.')
            return 0;
    }
    /* one letter: the token's only code point (b), and not the end of a
     * longer word glued before it */
    c = cp_at(k, b, &nx);
    if (nx != e || c < 0x400 || c > 0x52F || !ws_cp_is_upper(c))
        return 0;
    return b == 0 || !ws_cp_is_letter(cp_before(k, b));
}

/* Token i ends a sentence: . ! ? ... (possibly followed by a closing
 * quotation mark or bracket), not an abbreviation's period. */
static int
sent_end_punct(const tk *k, int32_t i)
{
    const ws_token *t = &k->d->tokens.v[i];
    int32_t c;

    if (i > 0 &&
        ((t->flags & WS_TOK_QUOTE) ||
         (t->bend - t->bstart == 1 && k->t[t->bstart] == ')')) &&
        !(k->d->tokens.v[i - 1].flags & WS_TOK_SPACE)) {
        i--;
        t--;
    }
    if (!(t->flags & WS_TOK_PUNCT) || (k->mk[i] & (MK_DOTABBR | MK_ABBR_T)))
        return 0;
    c = cp_before(k, t->bend);
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/* French words that open a sentence and are written in lower case inside
 * one: pronouns, determiners, elided forms, sentence adverbs and
 * prepositions (general vocabulary of the language). */
static const char *const fr_openers[] = {
    "il",    "elle",      "ils",       "elles",        "je",    "j'",
    "nous",  "vous",      "on",        "c'",           "ce",    "cet",
    "cette", "ces",       "le",        "la",           "les",   "l'",
    "un",    "une",       "des",       "en",           "selon", "\xc3\xa0",
    "au",    "aux",       "dans",      "pour",         "mais",  "par",
    "sur",   "avec",      "depuis",    "apr\xc3\xa8s", "avant", "pendant",
    "lors",  "cependant", "toutefois", "ainsi",        "enfin", "puis",
    "d'",    "n'",        "qu'",       "quand",        "si",    "son",
    "sa",    "ses",       "leur",      "leurs",        "mon",   "ma",
    "mes",   "notre",     "nos",       "votre",        "vos",   NULL};

/* French: a sentence without a final stop (a heading, a line of a
 * review) runs into the next one: token i is a capitalised opener
 * (fr_openers) followed by a lower-case word, after a word or number or
 * a semicolon ("... un excellent travail Ils sont ...", "... ; Il est
 * ...").  Inside a sentence these words are capitalised only in names
 * and titles, whose next word is capitalised too ("La Rochelle", "Le
 * Monde"). */
static int
fr_run_on(const tk *k, int32_t i)
{
    const ws_token *t = &k->d->tokens.v[i], *p = t - 1;

    if (!(t->flags & WS_TOK_WORD) || !(t->flags & WS_TOK_UPPER) ||
        (t->flags & WS_TOK_ALLCAP) || i + 1 >= k->d->tokens.n ||
        !lower_word(k, i + 1) || !(p->flags & WS_TOK_SPACE))
        return 0;
    if (!(p->flags & (WS_TOK_WORD | WS_TOK_NUM)) && !tok_char(k, i - 1, ';'))
        return 0;
    return in_list(k, t->bstart, t->bend, fr_openers);
}

/* Breaks that ICU does not make: a full stop (not after an abbreviation)
 * followed by a lower-case word; a smiley followed by a capital. */
static int
extra_break(const tk *k, int32_t i)
{
    const ws_token *p;

    if (i < 2 || (k->mk[i] & MK_NOBRK))
        return 0;
    p = &k->d->tokens.v[i - 1];
    if (!(p->flags & WS_TOK_SPACE))
        return 0;
    /* dialogue or list dash after the end of a sentence; in Polish also
     * before a lower-case word after a full stop (a narrator's comment
     * after a dash follows the utterance without a full stop: "Idę –
     * powiedział", so "... lekarzami. – a powróćmy" starts a sentence; not
     * after an ellipsis, split into full stops in Polish: "dawno... –
     * macha ręką") */
    if ((k->d->tokens.v[i].flags & WS_TOK_DASH) &&
        (k->d->tokens.v[i].flags & WS_TOK_SPACE) && sent_end_punct(k, i - 1) &&
        i + 1 < k->d->tokens.n &&
        (!lower_word(k, i + 1) ||
         (k->pl && tok_char(k, i - 1, '.') && !tok_char(k, i - 2, '.'))))
        return 1;
    if (tok_char(k, i - 1, '.') &&
        !(k->mk[i - 1] & (MK_DOTABBR | MK_ABBR_T | MK_ABBR_E)) &&
        lower_word(k, i) && (k->d->tokens.v[i - 2].flags & WS_TOK_WORD) &&
        k->d->tokens.v[i - 2].end - k->d->tokens.v[i - 2].start > 1)
        return 1;
    /* without a trained model (which learns these from data): an
     * ellipsis character before a capitalised word, and a full stop
     * after a word before a number or a word that starts with digits
     * (ICU keeps "рік. 18 серпня" and "boju. 46-letni" together because a
     * lower-case letter follows the digits) */
    if (k->fr && fr_run_on(k, i))
        return 1;
    if (!k->sbd && !k->sink) {
        const ws_token *t = &k->d->tokens.v[i];
        if (cp_before(k, p->bend) == 0x2026 && (p->flags & WS_TOK_PUNCT) &&
            (t->flags & WS_TOK_WORD) && (t->flags & WS_TOK_UPPER))
            return 1;
        if (tok_char(k, i - 1, '.') &&
            !(k->mk[i - 1] & (MK_DOTABBR | MK_ABBR_T | MK_ABBR_E)) &&
            ((t->flags & WS_TOK_NUM) ||
             ((t->flags & WS_TOK_WORD) && k->t[t->bstart] >= '0' &&
              k->t[t->bstart] <= '9')) &&
            (k->d->tokens.v[i - 2].flags & WS_TOK_WORD) &&
            k->d->tokens.v[i - 2].end - k->d->tokens.v[i - 2].start > 2)
            return 1;
    }
    return 0;
}

/* ---- the sentence-boundary classifier ----
 * Candidates: token starts that the rules made a sentence start, tokens
 * after closing punctuation, and tokens that do not start with a
 * lower-case letter (or comma-like punctuation).  Features are hashed
 * (format 2: see hmix) into 2^bits weights; a positive score starts a sentence.
 * Model file: "WSSBD002", uint32 bits, uint32 n, then n pairs (uint32
 * index, float weight), little-endian as written by ws_sbd_train. */
struct ws_sbd {
    uint32_t mask;
    /* the non-zero weights, compact (a 2^18 dense table is 1 MB of mostly
     * zeros and costs a cache miss per feature): bit h % 64 of
     * blk[h / 64].bits is set when weight h is non-zero; it is
     * wt[blk[h / 64].rank + the set bits of blk[h / 64].bits at or below
     * it] (the ranks start at 0, the first weight at 1: wt[0] is 0)
     * (bits and rank side by side: one cache line per look-up); for a
     * model of 65 536 weights or more only (b16) */
    struct sbd_blk {
        uint64_t bits;
        uint32_t rank, pad;
    } * blk;
    /* the same in 32 bits a block of 16 slots (NULL when the model has
     * 65 536 weights or more; blk is NULL when this is made): bit h % 16
     * of b16[h / 16] is set when weight h is non-zero, its top 16 bits
     * are the block's rank.  A block's bits and rank are one 32-bit
     * load: fpush8_avx2 gathers eight of them at once, where blk took
     * two gathers of bits and one of ranks (a gather costs this host
     * some 13 cycles however near its data); the same 64 KB. */
    uint32_t *b16;
    float *wt;
    /* the largest |weight| (wt[]): a score farther from 0 than this keeps
     * its sign whatever one more feature adds (sbd_features' last) */
    float wmax;
    /* the weights of "since=" and "until=" by length bucket and rule
     * (fsince_h, funtil_h): every candidate has both, 32 values in all,
     * read here without hashing's look-up */
    float wsince[8][2], wuntil[8][2];
};

/* The hashes of "since=" and "until=" by length bucket and rule
 * (fname_init makes them, once): ws_sbd_load looks their weights up */
static pthread_once_t fname_once = PTHREAD_ONCE_INIT;
static uint32_t fsince_h[8][2], funtil_h[8][2];
static void fname_init(void);

void
ws_sbd_free(ws_sbd *s)
{
    if (!s)
        return;
    free(s->blk);
    free(s->b16);
    free(s->wt);
    free(s);
}

/* The weight of feature h (0 when the model has none).  No branch on
 * whether the weight is there (half the features have none, an
 * unpredictable branch): an absent weight reads wt[0], a zero (x + 0 is x,
 * the sum is the same). */
static inline __attribute__((always_inline)) float
sbd_weight(const ws_sbd *s, uint32_t h)
{
    uint32_t x = h & s->mask;
    if (s->b16) {
        /* bit h % 16 shifted to bit 15: the bits left below it are
         * those at or below it, and bit 15 says whether the weight is
         * there (the rank shifted out above) */
        uint32_t e = s->b16[x >> 4], y = (e << (15 - (x & 15))) & 0xFFFF;
        uint32_t r = (e >> 16) + (uint32_t)__builtin_popcount(y);
        return s->wt[r & (0u - (y >> 15))];
    }
    /* bit h % 64 shifted to the top: the bits left are those at or below
     * it, and the top one says whether the weight is there (a shift and
     * a count, no mask of the bits below to build) */
    uint64_t y = s->blk[x >> 6].bits << (63 - (x & 63));
    uint32_t r = s->blk[x >> 6].rank + (uint32_t)__builtin_popcountll(y);
    return s->wt[r & (0u - (uint32_t)(y >> 63))];
}

ws_sbd *
ws_sbd_load(const char *path, char *err, size_t errlen)
{
    FILE *fp = fopen(path, "rb");
    char magic[8];
    uint32_t bits, n, i, idx, nw, words;
    float wt, *dense = NULL;
    ws_sbd *s = NULL;

    if (!fp) {
        snprintf(err, errlen, "%s: cannot open", path);
        return NULL;
    }
    if (fread(magic, 1, 8, fp) != 8 || memcmp(magic, "WSSBD002", 8) != 0 ||
        fread(&bits, 4, 1, fp) != 1 || fread(&n, 4, 1, fp) != 1 || bits < 8 ||
        bits > 24) {
        snprintf(err, errlen, "%s: not a sentence-boundary model", path);
        goto fail;
    }
    words = ((uint32_t)1 << bits) / 64;
    s = calloc(1, sizeof(*s));
    if (!s || !(dense = calloc((size_t)1 << bits, sizeof(float))) ||
        !(s->blk = calloc(words, sizeof(*s->blk)))) {
        snprintf(err, errlen, "%s: out of memory", path);
        goto fail;
    }
    s->mask = ((uint32_t)1 << bits) - 1;
    for (i = 0; i < n; i++) {
        if (fread(&idx, 4, 1, fp) != 1 || fread(&wt, 4, 1, fp) != 1 ||
            idx > s->mask) {
            snprintf(err, errlen, "%s: truncated", path);
            goto fail;
        }
        dense[idx] = wt;
    }
    /* the bits of the non-zero weights (from the file's indices again:
     * not a pass over all 2^bits), then the ranks and weights block by
     * block, in index order */
    if (fseek(fp, 16, SEEK_SET) != 0) {
        snprintf(err, errlen, "%s: cannot read", path);
        goto fail;
    }
    for (i = 0; i < n; i++) {
        if (fread(&idx, 4, 1, fp) != 1 || fread(&wt, 4, 1, fp) != 1) {
            snprintf(err, errlen, "%s: truncated", path);
            goto fail;
        }
        if (dense[idx] != 0)
            s->blk[idx >> 6].bits |= (uint64_t)1 << (idx & 63);
    }
    for (i = nw = 0; i < words; i++)
        nw += popcount64(s->blk[i].bits);
    if (!(s->wt = malloc(sizeof(float) * (nw + 1)))) {
        snprintf(err, errlen, "%s: out of memory", path);
        goto fail;
    }
    s->wt[0] = 0;
    for (i = 0, nw = 1; i < words; i++) {
        uint64_t b = s->blk[i].bits;
        s->blk[i].rank = nw - 1;
        while (b) {
            wt = dense[i * 64 + (uint32_t)__builtin_ctzll(b)];
            s->wt[nw++] = wt;
            /* (a NaN weight leaves no bound) */
            wt = fabsf(wt);
            if (!(wt <= s->wmax))
                s->wmax = wt == wt ? wt : INFINITY;
            b &= b - 1;
        }
    }
    /* the 16-slot blocks, when their ranks fit in 16 bits */
    if (nw - 1 < 65536) {
        if (!(s->b16 = malloc(sizeof(uint32_t) * words * 4))) {
            snprintf(err, errlen, "%s: out of memory", path);
            goto fail;
        }
        for (i = 0; i < words; i++) {
            uint64_t b = s->blk[i].bits;
            uint32_t r = s->blk[i].rank;
            for (idx = 0; idx < 4; idx++) {
                uint32_t b4 = (uint32_t)(b >> (16 * idx)) & 0xFFFF;
                s->b16[i * 4 + idx] = b4 | r << 16;
                r += (uint32_t)popcount64(b4);
            }
        }
        free(s->blk);
        s->blk = NULL;
    }
    free(dense);
    fclose(fp);
    pthread_once(&fname_once, fname_init);
    for (i = 0; i < 8; i++)
        for (idx = 0; idx < 2; idx++) {
            s->wsince[i][idx] = sbd_weight(s, fsince_h[i][idx]);
            s->wuntil[i][idx] = sbd_weight(s, funtil_h[i][idx]);
        }
    return s;
fail:
    free(dense);
    ws_sbd_free(s);
    fclose(fp);
    return NULL;
}

#define SBD_MAXF 48

/* A candidate's features; their score under the model s is summed as they
 * are made (in order: the sum is the one a loop over f would give), not in
 * a second pass over them (training scores them with sbd_none). */
typedef struct {
    uint32_t f[SBD_MAXF];
    int n;
    const ws_sbd *s;
    float sc;
} feats;

static uint32_t
fnv(uint32_t h, const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

/* Feature hashing (model format 2): a feature is its template's seed
 * combined with the hashes of its values.  A token's folded text and
 * shape are hashed once (FNV-1a, cached per token) and a feature costs a
 * multiply per value, not a pass over the bytes of every value (the
 * format-1 hash of "name=a|b" cost a dependent multiply per byte and was a
 * third of the tokenizer's time).  Small categorical values are CAT(c). */
#define CAT(c) (0xC0000000u + (uint32_t)(c))

static inline uint32_t
hmix(uint32_t h, uint32_t x)
{
    h = (h ^ x) * 0x9E3779B1u;
    return h ^ (h >> 16);
}

static inline uint32_t
hfin(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    return h ^ (h >> 16);
}

/* The shape classes of words and numbers; a punctuation token's shape is
 * its first six bytes. */
enum {
    SH_U,
    SH_AT,
    SH_DX,
    SH_XX,
    SH_X,
    SH_XX1,
    SH_X2,
    SH_LX,
    SH_OX,
    SH_D2,
    SH_D,
    SH_BOS,
    SH_EOS,
    SH_COUNT
};
static const char *const shname[SH_COUNT] = {
    "U", "@", "dx", "XX", "X", "Xx", "x2", "x", "ox", "d2", "d", "<s>", "</s>"};
static uint32_t shname_h[SH_COUNT];

/* The sentence-boundary feature templates; fname_h[x] is the hash of
 * "name=", the template's seed. */
enum {
    FN_B,
    FN_R,
    FN_SP,
    FN_SN,
    FN_SPN,
    FN_RSPN,
    FN_SPPN,
    FN_SNN,
    FN_WP,
    FN_WN,
    FN_WPSN,
    FN_SPWN,
    FN_WPWN,
    FN_AB,
    FN_SPC,
    FN_SPCPN,
    FN_SINCE,
    FN_UNTIL,
    FN_WB,
    FN_LB,
    FN_SFB,
    FN_ABL,
    FN_DICTB,
    FN_SFP,
    FN_DICTN,
    FN_DICTN2,
    FN_WNN,
    FN_COUNT
};

static const char *const fname[FN_COUNT] = {
    "b",  "r",    "sp",   "sn",   "spn",   "rspn", "sppn",  "snn",    "wp",
    "wn", "wpsn", "spwn", "wpwn", "ab",    "spc",  "spcpn", "since",  "until",
    "wb", "lb",   "sfb",  "abl",  "dictb", "sfp",  "dictn", "dictn2", "wnn"};
static uint32_t fname_h[FN_COUNT];

/* The features of few values, hashed once (the same hashes as feat1 and
 * feat2 give): "b=", "r=" by rule and ICU break (and "since=" and
 * "until=", fsince_h and funtil_h above). */
static uint32_t fb_h, fr_h[2][2];

/* FNV-1a's states k steps of a zero byte before its offset basis
 * (fnv_pre[k] * 16777619^k = 2166136261): from fnv_pre[8 - n], eight
 * steps over eight bytes whose first 8 - n are zero hash the last n
 * (cfold_new) */
static uint32_t fnv_pre[9];

static void shape_tab_init(void);
static void fblocks_init(void);

static void
fname_init(void)
{
    int x, y;
    uint32_t inv = 16777619u;
    /* the inverse of the FNV prime modulo 2^32 (Newton's iteration: each
     * step doubles the bits that are right, three at the start) */
    for (x = 0; x < 5; x++)
        inv *= 2u - 16777619u * inv;
    fnv_pre[0] = 2166136261u;
    for (x = 1; x <= 8; x++)
        fnv_pre[x] = fnv_pre[x - 1] * inv;
    for (x = 0; x < FN_COUNT; x++)
        fname_h[x] = fnv(fnv(2166136261u, fname[x], strlen(fname[x])), "=", 1);
    for (x = 0; x < SH_COUNT; x++)
        shname_h[x] = fnv(2166136261u, shname[x], strlen(shname[x]));
    fb_h = hfin(hmix(fname_h[FN_B], 0));
    for (y = 0; y < 2; y++) {
        uint32_t r = CAT(y ? '1' : '0');
        for (x = 0; x < 2; x++)
            fr_h[y][x] = hfin(hmix(hmix(fname_h[FN_R], r), CAT(x ? 'i' : '-')));
        for (x = 0; x < 8; x++) {
            fsince_h[x][y] = hfin(hmix(hmix(fname_h[FN_SINCE], CAT(x)), r));
            funtil_h[x][y] = hfin(hmix(hmix(fname_h[FN_UNTIL], CAT(x)), r));
        }
    }
    shape_tab_init();
    fblocks_init();
}

/* Adds the feature of hash x (finalised). */
static inline __attribute__((always_inline)) void
fpush_h(feats *f, uint32_t x)
{
    f->f[f->n++] = x;
    f->sc += sbd_weight(f->s, x);
}

static inline __attribute__((always_inline)) void
fpush(feats *f, uint32_t h)
{
    /* no prefetch of the weight: the models' tables (64 KB of bits and
     * ranks) stay in the cache, and the prefetch was 4 % of the
     * instructions */
    fpush_h(f, hfin(h));
}

/* Features with one, two, three and four values. */
static inline __attribute__((always_inline)) void
feat1(feats *f, int name, uint32_t a)
{
    fpush(f, hmix(fname_h[name], a));
}

static inline __attribute__((always_inline)) void
feat2(feats *f, int name, uint32_t a, uint32_t b)
{
    fpush(f, hmix(hmix(fname_h[name], a), b));
}

static inline __attribute__((always_inline)) void
feat3(feats *f, int name, uint32_t a, uint32_t b, uint32_t c)
{
    fpush(f, hmix(hmix(hmix(fname_h[name], a), b), c));
}

static inline __attribute__((always_inline)) void
feat4(feats *f, int name, uint32_t a, uint32_t b, uint32_t c, uint32_t d)
{
    fpush(f, hmix(hmix(hmix(hmix(fname_h[name], a), b), c), d));
}

/* Eight features at once: those of a candidate that are always made, in
 * two blocks (sbd_prefix's and the words' around it), lane l the template
 * of seed[l] with one, two (m2) or three values (m3) hashed as feat1,
 * feat2 and feat3 do, or a hash given whole (m0: "b=", "r=").  The
 * masks are all ones where they hold. */
typedef struct {
    uint32_t seed[8], m0[8], m2[8], m3[8];
} fblock;
static fblock fblk_pre, fblk_main;

static void
fblock_init(fblock *b, const int *name, const int *nval)
{
    for (int l = 0; l < 8; l++) {
        b->seed[l] = name[l] >= 0 ? fname_h[name[l]] : 0;
        b->m0[l] = nval[l] == 0 ? ~0u : 0;
        b->m2[l] = nval[l] >= 2 ? ~0u : 0;
        b->m3[l] = nval[l] >= 3 ? ~0u : 0;
    }
}

/* The blocks' lanes: sbd_prefix's features and the first eight of
 * sbd_features, in their order (the values: fpush8_avx2's callers). */
static void
fblocks_init(void)
{
    static const int pre[8] = {-1,     -1,      FN_SP,   FN_SN,
                               FN_SPN, FN_RSPN, FN_SPPN, FN_SNN},
                     npre[8] = {0, 0, 1, 1, 2, 3, 3, 2},
                     wrd[8] = {FN_WP,   FN_WN, FN_WPSN, FN_SPWN,
                               FN_WPWN, FN_AB, FN_SPC,  FN_SPCPN},
                     nwrd[8] = {1, 1, 2, 2, 2, 2, 2, 3};
    fblock_init(&fblk_pre, pre, npre);
    fblock_init(&fblk_main, wrd, nwrd);
}

/* fpush8_avx2 runs where the processor has AVX2; ws_tokenize__vec(0)
 * turns it off (the unit test compares both ways; not for threads). */
static int sbd_vec = 1;
void ws_tokenize__vec(int on);
void
ws_tokenize__vec(int on)
{
    sbd_vec = on;
}

#ifdef SBD_VEC
/* Adds the eight features of block b whose values are v[0..2][lane]
 * (fblocks_init), v[j] as lanes 0-3 (vjl) and 4-7 (vjh): the callers
 * build them in registers (SSE2), where an array of v filled by 32-bit
 * stores was read here by 256-bit loads, which no store forwards to: each
 * waited for the stores to reach the cache, after every instruction
 * before them had retired, the candidate's misses included.  The hashes
 * with AVX2 (8 lanes a multiply), the weights
 * by two gathers (sbd_weight's look-up in s->b16: the bits and rank of
 * each hash's block, the count of the bits at or below it by nibble
 * look-ups; then the weights), then added to f->sc one by one in lane
 * order (the sum of the scalar code, to the bit).  About 110
 * instructions, and some 25 to fill v, where eight feat*() calls took
 * some 200. */
__attribute__((target("avx2"))) static void
fpush8_avx2(feats *f, const fblock *b, __m128i v0l, __m128i v0h, __m128i v1l,
            __m128i v1h, __m128i v2l, __m128i v2h)
{
    const __m256i K = _mm256_set1_epi32((int)0x9E3779B1u);
    const __m256i v0 = _mm256_set_m128i(v0h, v0l);
    const ws_sbd *s = f->s;
    __m256i h = _mm256_loadu_si256((const __m256i *)(const void *)b->seed), t;
    __m256i x, e, y, c, r;
    const __m256i nib = _mm256_set1_epi8(0x0F), zero = _mm256_setzero_si256();
    const __m256i lut =
        _mm256_setr_epi8(0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1,
                         1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
    float w[8];

    /* hmix by value, lanes without a second or third value kept */
    t = _mm256_mullo_epi32(_mm256_xor_si256(h, v0), K);
    h = _mm256_xor_si256(t, _mm256_srli_epi32(t, 16));
    t = _mm256_mullo_epi32(_mm256_xor_si256(h, _mm256_set_m128i(v1h, v1l)), K);
    t = _mm256_xor_si256(t, _mm256_srli_epi32(t, 16));
    h = _mm256_blendv_epi8(
        h, t, _mm256_loadu_si256((const __m256i *)(const void *)b->m2));
    t = _mm256_mullo_epi32(_mm256_xor_si256(h, _mm256_set_m128i(v2h, v2l)), K);
    t = _mm256_xor_si256(t, _mm256_srli_epi32(t, 16));
    h = _mm256_blendv_epi8(
        h, t, _mm256_loadu_si256((const __m256i *)(const void *)b->m3));
    /* hfin */
    h = _mm256_xor_si256(h, _mm256_srli_epi32(h, 16));
    h = _mm256_mullo_epi32(h, _mm256_set1_epi32((int)0x85EBCA6Bu));
    h = _mm256_xor_si256(h, _mm256_srli_epi32(h, 13));
    h = _mm256_mullo_epi32(h, _mm256_set1_epi32((int)0xC2B2AE35u));
    h = _mm256_xor_si256(h, _mm256_srli_epi32(h, 16));
    h = _mm256_blendv_epi8(
        h, v0, _mm256_loadu_si256((const __m256i *)(const void *)b->m0));
    _mm256_storeu_si256((__m256i *)(void *)(f->f + f->n), h);
    f->n += 8;
    /* sbd_weight by b16 (classify asks it to be there): the block's
     * bits and rank, bit x % 16 shifted to bit 15, the count of the bits
     * left by nibble look-ups (two bytes a lane, the upper two 0) */
    x = _mm256_and_si256(h, _mm256_set1_epi32((int)s->mask));
    e = _mm256_i32gather_epi32((const int *)(const void *)s->b16,
                               _mm256_srli_epi32(x, 4), 4);
    y = _mm256_and_si256(
        _mm256_sllv_epi32(
            e, _mm256_sub_epi32(_mm256_set1_epi32(15),
                                _mm256_and_si256(x, _mm256_set1_epi32(15)))),
        _mm256_set1_epi32(0xFFFF));
    c = _mm256_add_epi8(
        _mm256_shuffle_epi8(lut, _mm256_and_si256(y, nib)),
        _mm256_shuffle_epi8(lut,
                            _mm256_and_si256(_mm256_srli_epi16(y, 4), nib)));
    c = _mm256_and_si256(_mm256_add_epi32(c, _mm256_srli_epi32(c, 8)),
                         _mm256_set1_epi32(0xFF));
    r = _mm256_and_si256(_mm256_add_epi32(_mm256_srli_epi32(e, 16), c),
                         _mm256_sub_epi32(zero, _mm256_srli_epi32(y, 15)));
    _mm256_storeu_ps(w, _mm256_i32gather_ps(s->wt, r, 4));
    for (int l = 0; l < 8; l++)
        f->sc += w[l];
}
#endif

/* shape()'s answers for a token that is not a URL or handle, not CJK,
 * without digits outside ASCII and with an ASCII first byte, by the bits
 * SK_*: one look-up, not a branch on each flag (the shape of the words
 * around sentence candidates is unpredictable). */
enum {
    SK_WORD = 1,
    SK_NUM = 2,
    SK_ADIGIT = 4,
    SK_ALLCAP = 8,
    SK_UP = 16,  /* the first byte is an upper-case letter */
    SK_LET = 32, /* the first byte is a letter */
    SK_L1 = 64,  /* one code point */
    SK_L2 = 128  /* one or two code points */
};
static signed char shape_tab[256];
/* SK_UP and SK_LET of an ASCII first byte */
static unsigned char first_tab[128];
/* SK_L1 and SK_L2 of a length in code points (1, 2, 3 or more) */
static const unsigned char len_tab[4] = {SK_L2, SK_L1 | SK_L2, SK_L2, 0};

static void
shape_tab_init(void)
{
    for (int c = 'a'; c <= 'z'; c++) {
        first_tab[c] = SK_LET;
        first_tab[c - 32] = SK_UP | SK_LET;
    }
    for (int x = 0; x < 256; x++) {
        int v = -1;
        if (x & SK_WORD) {
            v = (x & SK_ADIGIT)   ? SH_DX
                : (x & SK_ALLCAP) ? SH_XX
                : (x & SK_UP)     ? ((x & SK_L1) ? SH_X : SH_XX1)
                : (x & SK_LET)    ? ((x & SK_L2) ? SH_X2 : SH_LX)
                                  : SH_OX;
        } else if (x & SK_NUM) {
            v = (x & SK_L2) ? SH_D2 : SH_D;
        }
        shape_tab[x] = (signed char)v;
    }
}

/* Shape class of token i (0 <= i < n): SH_* or -1 for punctuation. */
static int
shape(const tk *k, int32_t i)
{
    const ws_token *t;
    int32_t n;

    t = &k->d->tokens.v[i];
    if (!k->cjk && !(k->mk[i] & MK_XDIGIT) &&
        !(t->flags & (WS_TOK_URL | WS_TOK_HANDLE)) &&
        (unsigned char)k->t[t->bstart] < 0x80) {
        unsigned c = (unsigned char)k->t[t->bstart], f = t->flags;
        int32_t len = t->end - t->start;
        /* the letter and length bits by look-ups (compared, they
         * became branches) */
        unsigned x = ((f & WS_TOK_WORD) ? SK_WORD : 0) |
                     ((f & WS_TOK_NUM) ? SK_NUM : 0) |
                     ((k->mk[i] & MK_ADIGIT) ? SK_ADIGIT : 0) |
                     ((f & WS_TOK_ALLCAP) ? SK_ALLCAP : 0) | first_tab[c] |
                     len_tab[len > 3 ? 3 : len];
        return shape_tab[x];
    }
    if (t->flags & WS_TOK_URL)
        return SH_U;
    if (t->flags & WS_TOK_HANDLE)
        return SH_AT;
    if (t->flags & WS_TOK_WORD) {
        int32_t nx, c = cp_at(k, t->bstart, &nx);
        if (!k->cjk && !(k->mk[i] & MK_XDIGIT)) {
            if (k->mk[i] & MK_ADIGIT)
                return SH_DX;
        } else {
            for (n = t->bstart; n < t->bend; n++)
                if (k->t[n] >= '0' && k->t[n] <= '9')
                    return SH_DX;
        }
        if (t->flags & WS_TOK_ALLCAP)
            return SH_XX;
        if (ws_cp_is_upper(c))
            return t->end - t->start == 1 ? SH_X : SH_XX1;
        if (ws_cp_is_letter(c))
            return t->end - t->start <= 2 ? SH_X2 : SH_LX;
        return SH_OX;
    }
    if (t->flags & WS_TOK_NUM)
        return t->end - t->start <= 2 ? SH_D2 : SH_D;
    return -1;
}

/* The hash of token i's shape, computed (0 <= i < n). */
static uint32_t
cshape_new(tk *restrict k, int32_t i)
{
    tcache *c = &k->tc[i];
    int x = shape(k, i);
    if (x >= 0) {
        c->hs = shname_h[x];
    } else {
        const ws_token *t = &k->d->tokens.v[i];
        int32_t n = t->bend - t->bstart;
        c->hs = fnv(2166136261u, k->t + t->bstart, (size_t)(n > 6 ? 6 : n));
    }
    c->have |= TC_SHAPE;
    return c->hs;
}

/* The hash of token i's shape (cached: a token is asked about as the
 * word before, at and after candidates, the cached answer inline); "<s>"
 * and "</s>" outside the document. */
static inline uint32_t
cshape(tk *k, int32_t i)
{
    if (i < 0)
        return shname_h[SH_BOS];
    if (i >= k->d->tokens.n)
        return shname_h[SH_EOS];
    if (k->tc[i].have & TC_SHAPE)
        return k->tc[i].hs;
    return cshape_new(k, i);
}

/* Folds token i (0 <= i < n) into the cache: cfold_new's way for every
 * token but a short ASCII one (out of line: its calls made cfold_new save
 * and restore five registers at every token) */
static __attribute__((noinline)) void
cfold_any(tk *restrict k, int32_t i)
{
    const ws_token *t;
    tcache *c = &k->tc[i];
    int n = 0;

    c->have |= TC_FOLD;
    c->fn = 0;
    c->hf = 2166136261u;
    t = &k->d->tokens.v[i];
    if (t->bend - t->bstart <= 24) {
        if (k->fan + 80 > k->facap) {
            size_t cap = (k->fan + 80) * 2;
            char *fa = ws_icu_scratch(k->u, 6, cap);
            if (!fa)
                return; /* none: fn is 0 */
            k->fa = fa;
            k->facap = cap;
        }
        /* ASCII: lower case and hash in one pass */
        const unsigned char *p = (const unsigned char *)k->t + t->bstart;
        char *o = k->fa + k->fan;
        uint32_t h = 2166136261u;
        int tl = t->bend - t->bstart;
        for (; n < tl && p[n] < 0x80; n++) {
            unsigned char ch = p[n];
            ch = (unsigned char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            o[n] = (char)ch;
            h = (h ^ ch) * 16777619u;
        }
        if (n < tl) {
            n = fold(k, t->bstart, t->bend, o, 80);
            h = n > 0 ? fnv(2166136261u, o, (size_t)n) : h;
        }
        if (n > 0) {
            c->foff = (int32_t)k->fan;
            c->fn = (uint8_t)n;
            c->hf = h;
            k->fan += (size_t)n;
        }
    }
}

/* Folds token i (0 <= i < n) into the cache (cfold): a short ASCII token
 * (most of them) here, with room for it in the scratch, any other by
 * cfold_any (the same folded text and hash).  Per MB of English 3.8M
 * instructions fewer (est2 1357.2M -> 1354.1M) than one pass that also
 * hashed every token's last three bytes (csuf now, for the few tokens
 * asked), stored the hash of each prefix and saved five registers at
 * every call. */
static void
cfold_new(tk *restrict k, int32_t i)
{
    const ws_token *t = &k->d->tokens.v[i];
    int tl = t->bend - t->bstart;

    if (tl > 0 && tl <= 8 && t->bstart + 8 <= k->len &&
        k->fan + 80 <= k->facap) {
        /* its eight bytes at once, lower-cased with a byte-wise range
         * test (as emit counts them), then hashed */
        uint64_t w, m = ~0ULL >> (8 * (8 - tl));
        memcpy(&w, k->t + t->bstart, 8);
        if (!(w & m & 0x8080808080808080ULL)) {
            tcache *c = &k->tc[i];
            /* a loop of eight steps, not one that ends at a different
             * byte for every token (a mispredicted branch each): the tl
             * bytes last, after 8 - tl zero bytes from the state that
             * reaches the offset basis after them (fnv_pre), no store of
             * every prefix's hash */
            uint32_t h = fnv_pre[8 - tl];
            w = (w | (swar_in(w, 'A', 'Z') & m) >> 2) & m;
            memcpy(k->fa + k->fan, &w, 8);
            w <<= 8 * (8 - tl);
            for (int x = 0; x < 8; x++, w >>= 8)
                h = (h ^ (uint32_t)(w & 0xFF)) * 16777619u;
            c->have |= TC_FOLD;
            c->foff = (int32_t)k->fan;
            c->fn = (uint8_t)tl;
            c->hf = h;
            k->fan += (size_t)tl;
            return;
        }
    }
    cfold_any(k, i);
}

/* Folded text of token i (cached; none when longer than 24 bytes); its
 * length in *len (0 when none). */
static inline const char *
cfold(tk *k, int32_t i, size_t *len)
{
    const tcache *c;

    *len = 0;
    if (i < 0 || i >= k->d->tokens.n)
        return "";
    c = &k->tc[i];
    if (!(c->have & TC_FOLD))
        cfold_new(k, i);
    *len = c->fn;
    return c->fn ? k->fa + c->foff : "";
}

/* The hash of the last three bytes of token i's folded text (cfold gave
 * three or more): asked of a token before a candidate only, not kept for
 * every folded one */
static inline uint32_t
csuf(const tk *k, int32_t i)
{
    const tcache *c = &k->tc[i];
    return fnv(2166136261u, k->fa + c->foff + c->fn - 3, 3);
}

/* Hash of token i's folded text (of "" when none); its length in *len.
 * A token of one ASCII byte (the punctuation before most candidates) is
 * hashed here, not folded into the cache: its fold is the byte in lower
 * case, cfold's answer (cfold_new's call and the cache's test, often
 * mispredicted, cost more than the hash; per MB of English cfold_new
 * -1.75M of est2). */
static inline uint32_t
hfold(tk *k, int32_t i, size_t *len)
{
    const ws_token *t = &k->d->tokens.v[i];
    if (t->bend - t->bstart == 1 && (unsigned char)k->t[t->bstart] < 0x80) {
        unsigned c = (unsigned char)k->t[t->bstart];
        *len = 1;
        return (2166136261u ^ (c + ((c - 'A' < 26u) << 5))) * 16777619u;
    }
    cfold(k, i, len);
    return *len ? k->tc[i].hf : 2166136261u;
}

/* The spelling cache's entry of a token of cache c (its hf made) */
static inline spc_entry *
spc_at(const tk *k, const tcache *c)
{
    return &k->spc->e[c->hf & (SPC_SIZE - 1)];
}

/* ws_spell of token i's folded text (cached per token, and across the
 * worker's documents in the spelling cache: the worker's own cache is a
 * large table, a hash, a language look-up and a cache miss per call). */
static int
cspell(tk *restrict k, int32_t i)
{
    tcache *c = &k->tc[i];
    if (!(c->have & TC_SPELL)) {
        size_t n;
        const char *s = cfold(k, i, &n);
        spc_entry *e = NULL;
        c->spell = -1;
        c->have |= TC_SPELL;
        if (!n)
            return -1;
        if (k->spc && n <= sizeof(e->s)) {
            e = spc_at(k, c);
            if (e->h == c->hf && e->n == n && e->lang[0] == k->lang[0] &&
                e->lang[1] == k->lang[1] && memcmp(e->s, s, n) == 0) {
                c->spell = e->spell;
                return c->spell;
            }
        }
        c->spell = (int8_t)ws_spell(k->w, k->lang, s, n);
        k->asked = 1;
        if (e) {
            e->h = c->hf;
            e->n = (uint8_t)n;
            e->spell = c->spell;
            e->lang[0] = k->lang[0];
            e->lang[1] = k->lang[1];
            memcpy(e->s, s, n);
        }
    }
    return c->spell;
}

/* Prefetches the spelling cache's entry of token i, when it is folded
 * and not spelled yet (cspell's look-up) */
static inline void
spc_prefetch(const tk *k, int32_t i)
{
    const tcache *c = &k->tc[i];
    if (k->spc && (c->have & (TC_FOLD | TC_SPELL)) == TC_FOLD)
        __builtin_prefetch(spc_at(k, c));
}

/* Token i is in the abbreviation list (cached). */
static int
cabbr(tk *k, int32_t i)
{
    tcache *c = &k->tc[i];
    if (!(c->have & TC_ABBR)) {
        const ws_token *t = &k->d->tokens.v[i];
        c->have |= TC_ABBR;
        if (abbr_value(k, t->bstart, t->bend, 1))
            c->have |= TC_ISABBR;
    }
    return (c->have & TC_ISABBR) != 0;
}

/* Length bucket: 0 1 2 3 4-6 7-12 13-25 26+ (its index) */
static inline int
bucket_ix(int32_t n)
{
    /* a look-up (the lengths are not predictable); the clamps are
     * conditional moves */
    static const unsigned char b[27] = {0, 1, 2, 3, 4, 4, 4, 5, 5,
                                        5, 5, 5, 5, 6, 6, 6, 6, 6,
                                        6, 6, 6, 6, 6, 6, 6, 6, 7};
    n = n < 0 ? 0 : n;
    n = n > 26 ? 26 : n;
    return b[n];
}

/* Length bucket (the value) */
static uint32_t
bucket(int32_t n)
{
    return CAT(bucket_ix(n));
}

/* A model without weights: every feature reads wt[0], 0 (training; its
 * bound lets no feature be skipped: the sink sees them all). */
static uint32_t sbd_none_b16;
static float sbd_none_wt;
static const ws_sbd sbd_none = {
    .b16 = &sbd_none_b16, .wt = &sbd_none_wt, .wmax = INFINITY};

/* The score of the last features of sbd_features: the dictionary's answer
 * for the word before the punctuation (hb: when it is asked; "dictb"),
 * for token i (hn; "dictn", "dictn2"), then "wnn", added in that order to
 * f->sc (the sum sbd_features would make).  The dictionary is asked only
 * when the sign of the score depends on its answers: each answer is one of
 * three values (1 known, 0 unknown, -1 no answer), and when the score of
 * every combination falls on the same side of 0 the decision is made
 * without it (no look-up, and while no answer decides, no dictionary
 * loaded): f->sc is then 1 or -1.  Only until the worker is first asked
 * about the language's words (k->asked: the dictionary is loaded then, and
 * a look-up, most often in the caches, costs less than the nine weights of
 * the bound).  The features themselves are not kept (training takes
 * sbd_features' own path: it needs them). */
static float
tail_score(float sc, int hb, float wb, float wn, float wn2, int hw, float ww)
{
    if (hb)
        sc += wb;
    sc += wn;
    sc += wn2;
    if (hw)
        sc += ww;
    return sc;
}

static inline int
spell_ix(int s)
{
    return s > 0 ? 0 : s == 0 ? 1 : 2;
}

static inline __attribute__((always_inline)) void
dict_tail(tk *k, int32_t i, int hb, int hn, uint32_t SP, uint32_t SN,
          uint32_t R, feats *f)
{
    static const char dv[3] = {'1', '0', '-'};
    float wb[3] = {0, 0, 0}, wn[3], wn2[3], ww = 0;
    int v, x, hw = i + 1 < k->d->tokens.n, pos = 0, neg = 0;
    int nb = hb ? 3 : 1, nn = hn ? 3 : 1;

    for (v = 0; v < 3; v++) {
        uint32_t d = CAT(dv[v]);
        if (hb)
            wb[v] =
                sbd_weight(f->s, hfin(hmix(hmix(fname_h[FN_DICTB], d), SP)));
        wn[v] = sbd_weight(
            f->s,
            hfin(hmix(hmix(hmix(hmix(fname_h[FN_DICTN], d), SN), R), SP)));
        wn2[v] = sbd_weight(
            f->s, hfin(hmix(hmix(hmix(fname_h[FN_DICTN2], d), SN), R)));
    }
    if (hw) {
        size_t l2;
        ww = sbd_weight(
            f->s, hfin(hmix(hmix(fname_h[FN_WNN], hfold(k, i + 1, &l2)), SN)));
    }
    /* without a question: the values "-" only (nb, nn 1: index 2) */
    for (v = 0; v < nb; v++)
        for (x = 0; x < nn; x++) {
            int bv = hb ? v : 2, nv = hn ? x : 2;
            if (tail_score(f->sc, hb, wb[bv], wn[nv], wn2[nv], hw, ww) > 0)
                pos = 1;
            else
                neg = 1;
        }
    if (pos != neg) {
        f->sc = pos ? 1.0f : -1.0f;
        return;
    }
    {
        int bv = hb ? spell_ix(cspell(k, i - 2)) : 2;
        int nv = hn ? spell_ix(cspell(k, i)) : 2;
        f->sc = tail_score(f->sc, hb, wb[bv], wn[nv], wn2[nv], hw, ww);
    }
}

/* The prefix cache's key of a candidate's rule and ICU's break */
static inline uint32_t
pfc_ri(int rule, int icu)
{
    return (uint32_t)((rule != 0) * 2 + icu);
}

/* The prefix cache's entry of a candidate's shapes, rule and ICU's break
 * (NULL: no cache) */
static inline pfc_entry *
pfc_at(const tk *k, int rule, int icu, uint32_t SP, uint32_t SN, uint32_t SPP,
       uint32_t SNN)
{
    uint32_t ri = pfc_ri(rule, icu);
    if (!k->pfc)
        return NULL;
    return &k->pfc->e[hmix(hmix(hmix(hmix(ri, SP), SN), SPP), SNN) &
                      (PFC_SIZE - 1)];
}

/* The first eight features of a candidate (sbd_features): those of the
 * shapes around it, the rule and ICU's break.  Classifying, their sum
 * comes from the worker's cache when it has it, e (pfc_at; the features
 * themselves are not kept then: f->f is read only in training). */
static inline __attribute__((always_inline)) void
sbd_prefix(const tk *k, feats *f, pfc_entry *e, int rule, int icu, uint32_t SP,
           uint32_t SN, uint32_t SPP, uint32_t SNN)
{
    uint32_t ri = pfc_ri(rule, icu);

    if (e) {
        if (e->s == f->s && e->sp == SP && e->sn == SN && e->spp == SPP &&
            e->snn == SNN && e->ri == ri) {
            f->n = 8;
            f->sc = e->sc;
            return;
        }
    }
    f->n = 0;
    f->sc = 0;
#ifdef SBD_VEC
    if (k->vec) {
        const __m128i z = _mm_setzero_si128();
        fpush8_avx2(f, &fblk_pre,
                    _mm_setr_epi32((int)fb_h, (int)fr_h[rule != 0][icu],
                                   (int)SP, (int)SN),
                    _mm_setr_epi32((int)SP, (int)CAT(rule ? '1' : '0'),
                                   (int)SPP, (int)SN),
                    z, _mm_setr_epi32((int)SN, (int)SP, (int)SP, (int)SNN), z,
                    _mm_setr_epi32(0, (int)SN, (int)SN, 0));
    } else
#endif
    {
        fpush_h(f, fb_h);                 /* feat1(f, FN_B, 0) */
        fpush_h(f, fr_h[rule != 0][icu]); /* feat2(f, FN_R, R, icu) */
        feat1(f, FN_SP, SP);
        feat1(f, FN_SN, SN);
        feat2(f, FN_SPN, SP, SN);
        feat3(f, FN_RSPN, CAT(rule ? '1' : '0'), SP, SN);
        feat3(f, FN_SPPN, SPP, SP, SN);
        feat2(f, FN_SNN, SN, SNN);
    }
    if (e) {
        e->s = f->s;
        e->sp = SP;
        e->sn = SN;
        e->spp = SPP;
        e->snn = SNN;
        e->ri = ri;
        e->sc = f->sc;
    }
}

/* Features of a sentence start at token i (0 < i < n), scored by f->s.  On
 * x86-64 with GCC a POPCNT clone is picked at load time (the bit-trick popcount
 * costs a dozen instructions per feature). */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) &&         \
    defined(__ELF__)
__attribute__((target_clones("popcnt", "default")))
#endif
static void
sbd_features(tk *restrict k, int32_t i, int rule, int32_t since, int32_t until,
             feats *restrict f)
{
    const ws_token *tv = k->d->tokens.v;
    size_t lp, ln, lb = 0, l2;
    uint32_t SP = cshape(k, i - 1), SN = cshape(k, i);
    uint32_t SPP = cshape(k, i - 2), SNN = cshape(k, i + 1);
    int icu = (k->mk[i] & MK_ICU) != 0;
    /* the prefix cache's entry, asked for before the words are folded
     * (its compare waited on it: 8 % of this function's samples) */
    pfc_entry *pe = pfc_at(k, rule, icu, SP, SN, SPP, SNN);
    uint32_t R = CAT(rule ? '1' : '0');
    uint32_t wp, wn, wb = 0, spc, ab, spc2;
    int sp_n = -1;
    uint16_t pm = k->mk[i - 1];
    /* classifying (not training) with a dictionary not asked yet: its
     * answers only when they decide (dict_tail) */
    int lazy = !k->sink && k->w && !k->asked, hb = 0, hn;
    /* the word before the punctuation before i (its features below) */
    int pb = (tv[i - 1].flags & WS_TOK_PUNCT) && i >= 2;

    if (pe)
        __builtin_prefetch(pe);
    wp = hfold(k, i - 1, &lp);
    wn = hfold(k, i, &ln);
    /* the spelling cache's entries of the words cspell asks about below,
     * asked for now (cspell waited on them: 82 % of its samples) */
    spc_prefetch(k, i);
    if (pb) {
        wb = hfold(k, i - 2, &lb);
        spc_prefetch(k, i - 2);
    }
    spc = CAT((tv[i - 1].flags & WS_TOK_SPACE) ? 's' : '-');
    sbd_prefix(k, f, pe, rule, icu, SP, SN, SPP, SNN);
    ab = CAT((pm & MK_ABBR_T) ? 'T' : (pm & MK_ABBR_E) ? 'E' : '-');
    spc2 = CAT((i >= 2 && (tv[i - 2].flags & WS_TOK_SPACE)) ? 's' : '-');
#ifdef SBD_VEC
    if (k->vec) {
        const __m128i z = _mm_setzero_si128();
        fpush8_avx2(
            f, &fblk_main, _mm_setr_epi32((int)wp, (int)wn, (int)wp, (int)SP),
            _mm_setr_epi32((int)wp, (int)ab, (int)spc, (int)spc),
            _mm_setr_epi32(0, 0, (int)SN, (int)wn),
            _mm_setr_epi32((int)wn, (int)CAT((pm & MK_DOTABBR) ? 'd' : '-'),
                           (int)spc2, (int)SP),
            z, _mm_setr_epi32(0, 0, 0, (int)SN));
    } else
#endif
    {
        feat1(f, FN_WP, wp);
        feat1(f, FN_WN, wn);
        feat2(f, FN_WPSN, wp, SN);
        feat2(f, FN_SPWN, SP, wn);
        feat2(f, FN_WPWN, wp, wn);
        feat2(f, FN_AB, ab, CAT((pm & MK_DOTABBR) ? 'd' : '-'));
        feat2(f, FN_SPC, spc, spc2);
        feat3(f, FN_SPCPN, spc, SP, SN);
    }
    {
        int bs = bucket_ix(since), bu = bucket_ix(until), r = rule != 0;
        f->f[f->n++] = fsince_h[bs][r];
        f->sc += f->s->wsince[bs][r];
        f->f[f->n++] = funtil_h[bu][r];
        f->sc += f->s->wuntil[bu][r];
    }
    if (pb) {
        /* the word before the punctuation */
        feat2(f, FN_WB, wb, SP);
        feat2(f, FN_LB, bucket(tv[i - 2].end - tv[i - 2].start), SP);
        if (lb >= 3)
            feat2(f, FN_SFB, csuf(k, i - 2), SP);
        /* "abl" when the word is an abbreviation, asked only when the
         * model weighs the feature (66 % of these candidates of English
         * have no weight for it: x + 0 is x, the score the same) or in
         * training (where every feature is seen) */
        {
            uint32_t h = hfin(hmix(hmix(fname_h[FN_ABL], SP), SN));
            if ((k->sink || sbd_weight(f->s, h) != 0) && cabbr(k, i - 2))
                fpush_h(f, h);
        }
        hb = k->w && (tv[i - 2].flags & WS_TOK_WORD) && lb;
        if (hb && !lazy) {
            int s2 = cspell(k, i - 2);
            feat2(f, FN_DICTB, CAT(s2 > 0 ? '1' : s2 == 0 ? '0' : '-'), SP);
        }
    } else if (lp >= 3 && (tv[i - 1].flags & WS_TOK_WORD)) {
        feat1(f, FN_SFP, csuf(k, i - 1));
    }
    hn = k->w && (tv[i].flags & WS_TOK_WORD) && ln;
    if (lazy) {
        dict_tail(k, i, hb, hn, SP, SN, R, f);
        return;
    }
    if (hn)
        sp_n = cspell(k, i);
    {
        uint32_t d = CAT(sp_n > 0 ? '1' : sp_n == 0 ? '0' : '-');
        feat4(f, FN_DICTN, d, SN, R, SP);
        feat3(f, FN_DICTN2, d, SN, R);
    }
    /* "wnn", the last feature, only when its weight could change the
     * score's sign: a score farther from 0 than any weight keeps it (an
     * addition of two floats rounds to the side of 0 of the exact sum,
     * and is 0 only when it is), and so the decision; the sum is not the
     * same, but only its sign is read (and training's bound is
     * infinite).  96 % of the candidates of English skip it, and the
     * next token is then folded only when another candidate asks. */
    if (i + 1 < k->d->tokens.n && !(fabsf(f->sc) > f->s->wmax))
        feat2(f, FN_WNN, hfold(k, i + 1, &l2), SN);
}

/* Is a token of marks m and flags f, after one of marks mp, a candidate
 * sentence start for the classifier?  (Inlined in classify's loop, where
 * it is called for every token: out of line, the call cost 1 % of the
 * instructions.) */
static inline __attribute__((always_inline)) int
sbd_candidate(uint16_t m, uint16_t mp, uint32_t f)
{
    /* not at a line or forced break, nor where none may start; else at a
     * decided one, after punctuation that may end a sentence (MK_ENDP:
     * only a punctuation token, WS_TOK_PUNCT, has it), at a number,
     * quote, dash, URL or handle, at a capitalised word (WS_TOK_UPPER:
     * only a word has it) or at punctuation other than , . ; : ) ] } % !
     * ? (MK_OPENP: only a punctuation token has it).  The marks emit
     * set, tested at once: which of them holds is not predictable (each
     * a mispredicted branch). */
    return ((m & (MK_NL | MK_PARA | MK_FORCE | MK_NOBRK)) == 0) &
           (((m & (MK_BRK | MK_OPENP)) | (mp & MK_ENDP) |
             (f & (WS_TOK_NUM | WS_TOK_QUOTE | WS_TOK_DASH | WS_TOK_URL |
                   WS_TOK_HANDLE | WS_TOK_UPPER))) != 0);
}

/* Is token i a capitalised word straight after a capitalised word (not
 * one in capitals, as a heading is) that ends in a letter or digit (no
 * full stop of its own, as "U.S." has), in a language that does not
 * capitalise its nouns: a name of several words ("Foreign Ministry",
 * "New York")?  The classifier puts no sentence
 * start there (in German, where every noun is capitalised, it does, after
 * a heading without punctuation). */
static inline int
in_title_run(const tk *k, int32_t i)
{
    const ws_token *t = &k->d->tokens.v[i], *p = t - 1;
    if ((k->lang[0] == 'd' && k->lang[1] == 'e') || !(t->flags & WS_TOK_WORD) ||
        !(p->flags & WS_TOK_WORD) || !(p->flags & WS_TOK_UPPER) ||
        (p->flags & (WS_TOK_PUNCT | WS_TOK_QUOTE | WS_TOK_ALLCAP)))
        return 0;
    return is_alnum(cp_before(k, p->bend));
}

static int
sink_push(ws_sbd_sink *s, const feats *f, int32_t pos, int rule)
{
    if (s->n + 1 >= s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 4096;
        size_t *o = realloc(s->off, (nc + 1) * sizeof(size_t));
        int32_t *p;
        uint8_t *r;
        int8_t *l;
        if (!o)
            return -WS_ENOMEM;
        s->off = o;
        if (!(p = realloc(s->pos, nc * sizeof(int32_t))))
            return -WS_ENOMEM;
        s->pos = p;
        if (!(r = realloc(s->rule, nc)))
            return -WS_ENOMEM;
        s->rule = r;
        if (!(l = realloc(s->label, nc)))
            return -WS_ENOMEM;
        s->label = l;
        s->cap = nc;
        if (s->n == 0)
            s->off[0] = 0;
    }
    if (s->nfeat + SBD_MAXF > s->capfeat) {
        size_t nc = s->capfeat ? s->capfeat * 2 : 65536;
        uint32_t *nf = realloc(s->feat, nc * sizeof(uint32_t));
        if (!nf)
            return -WS_ENOMEM;
        s->feat = nf;
        s->capfeat = nc;
    }
    memcpy(s->feat + s->nfeat, f->f, (size_t)f->n * sizeof(uint32_t));
    s->nfeat += (size_t)f->n;
    s->pos[s->n] = pos;
    s->rule[s->n] = (uint8_t)rule;
    s->label[s->n] = 0;
    s->n++;
    s->off[s->n] = s->nfeat;
    return 0;
}

/* Runs the classifier (or the training sink) over the candidates. */
static int
classify(tk *restrict k)
{
    int32_t n = k->d->tokens.n, i, last = 0, next = n, j;
    const ws_token *tv;
    uint16_t *mk;
    feats f;
    int rc;

    pthread_once(&fname_once, fname_init);
    f.s = k->sink || !k->sbd ? &sbd_none : k->sbd;
    k->tc = ws_icu_scratch(k->u, 5, sizeof(tcache) * ((size_t)n + 1));
    k->fa = ws_icu_scratch(k->u, 6, 4096);
    if (!k->tc || !k->fa)
        return -WS_ENOMEM;
    /* only the marks of what is known: every other field is read after
     * its mark is set */
    for (int32_t ti = 0; ti < n; ti++)
        k->tc[ti].have = 0;
    k->fan = 0;
    k->facap = 4096;
    /* the spelling cache (a language code of one or two letters in its
     * entries), emptied when the worker is another one */
    k->spc = NULL;
    if (k->w && k->lang[0] && (!k->lang[1] || !k->lang[2])) {
        k->spc = ws_icu_scratch0(k->u, 7, sizeof(spcache));
        if (!k->spc)
            return -WS_ENOMEM;
        if (k->spc->w != k->w) {
            memset(k->spc, 0, sizeof(spcache));
            k->spc->w = k->w;
        }
    }
    /* the shape features' cache (classifying only: training keeps every
     * feature) */
    k->pfc = NULL;
    if (!k->sink) {
        k->pfc = ws_icu_scratch0(k->u, 3, sizeof(pfcache));
        if (!k->pfc)
            return -WS_ENOMEM;
    }
    /* the dictionary is loaded (or found missing) already: dict_tail's
     * bound would cost more than the look-ups */
    k->asked = k->w && ws_spell_tried(k->w, k->lang);
#ifdef SBD_VEC
    k->vec = sbd_vec && __builtin_cpu_supports("avx2") && f.s->b16;
#endif
    /* the tokens and the marks through locals (sbd_features' calls
     * change neither array, but the test of every token read them
     * through k and d again; per MB of English 1.2M instructions
     * fewer) */
    tv = k->d->tokens.v;
    mk = k->mk;
    for (i = 1; i < n; i++) {
        uint16_t m = mk[i];
        int rule;
        if (!sbd_candidate(m, mk[i - 1], tv[i].flags)) {
            /* the last start before a candidate: a line's, a forced or
             * a decided one (no candidate is at a line's or a forced
             * one) */
            if (m & (MK_NL | MK_PARA | MK_FORCE | MK_BRK))
                last = i;
            continue;
        }
        rule = (m & MK_BRK) != 0;
        /* the first word of a document, paragraph or line makes no
         * sentence of its own without punctuation ("Отчёт | Счётной
         * палаты ..."; a one-word heading has a line of its own); the
         * model still sees these candidates in training */
        if (!k->sink && !rule && i - last <= 1 &&
            (i == 1 || (mk[i - 1] & (MK_NL | MK_PARA | MK_FORCE))) &&
            (tv[i - 1].flags & (WS_TOK_WORD | WS_TOK_NUM)))
            continue;
        /* nor does a word inside a run of capitalised words (the model
         * still sees these candidates in training) */
        if (!k->sink && !rule && in_title_run(k, i))
            continue;
        if (next <= i) {
            for (j = i + 1; j < n && !(mk[j] & (MK_NL | MK_PARA)); j++)
                ;
            next = j;
        }
        sbd_features(k, i, rule, i - last, next - i, &f);
        if (k->sink) {
            if ((rc = sink_push(k->sink, &f, tv[i].start, rule)) < 0)
                return rc;
        } else {
            if (f.sc > 0)
                mk[i] |= MK_BRK;
            else
                mk[i] &= (uint16_t)~MK_BRK;
        }
        if (rule)
            last = i;
    }
    return 0;
}

/* Closing formulas of a letter, "Best, Jeff" (folded; two words: the
 * first of them). */
static const char *const en_closings[] = {
    "best",      "thanks", "thx",   "regards", "cheers",
    "sincerely", "love",   "yours", "ciao",    NULL};
static const char *const en_closings2[] = {"regards", "luck", "you", "wishes",
                                           NULL};
static const char *const en_greetings[] = {"hi", "hello", "dear", "hey", NULL};

/* Token i is a capitalised word (not all capitals). */
static int
cap_word(const tk *k, int32_t i)
{
    uint32_t f = k->d->tokens.v[i].flags;
    return (f & WS_TOK_WORD) && (f & WS_TOK_UPPER) && !(f & WS_TOK_ALLCAP);
}

/* English letters and e-mails: the salutation and the closing are
 * sentences of their own although a comma ends them ("Louise, There are
 * ...", "Hi John, We ...", "Best, Jeff", "Good luck, Mike").  At a
 * sentence start: a name (a capitalised word the dictionary does not know
 * in lower case), or a greeting and a name, then a comma and a
 * capitalised dictionary word; or a closing formula, a comma and a name.
 * The classifier never sees these (a comma ends no sentence). */
static void
letter_line(tk *k, int32_t i)
{
    const ws_doc *d = k->d;
    int32_t n = d->tokens.n, c, nx;
    int closing;

    if (!(i == 0 || (k->mk[i] & MK_BRK)) || !cap_word(k, i))
        return;
    /* the comma first: the word lists only then */
    closing = 0;
    if (tok_char(k, i + 1, ',')) {
        c = i + 1;
    } else if (i + 3 < n && tok_char(k, i + 2, ',')) {
        c = i + 2;
        if (in_list(k, d->tokens.v[i + 1].bstart, d->tokens.v[i + 1].bend,
                    en_closings2))
            closing = 1;
        else if (!cap_word(k, i + 1) ||
                 !in_list(k, d->tokens.v[i].bstart, d->tokens.v[i].bend,
                          en_greetings))
            return;
    } else {
        return;
    }
    if (c + 1 >= n || !(d->tokens.v[c].flags & WS_TOK_SPACE) ||
        !cap_word(k, c + 1) || (k->mk[c + 1] & (MK_BRK | MK_NOBRK)))
        return;
    nx = c + 1;
    if (closing ||
        in_list(k, d->tokens.v[i].bstart, d->tokens.v[i].bend, en_closings)) {
        /* a closing formula, then a name */
        if (cspell(k, nx) == 0)
            k->mk[nx] |= MK_BRK;
    } else if (cspell(k, c - 1) == 0 && cspell(k, nx) == 1) {
        /* a name (after a greeting), then a sentence */
        k->mk[nx] |= MK_BRK;
    }
}

/* letter_line at every token i (i + 2 < n) that has a comma one or two
 * tokens after it, in order (it does nothing at any other token): the
 * tokens before each comma among sentences' candidates (cand[0..nc), which
 * hold every comma: MK_SPARSE) */
static void
letter_lines(tk *k, const int32_t *cand, int32_t nc)
{
    int32_t n = k->d->tokens.n, x, i, last = -1;

    for (x = 0; x < nc; x++) {
        int32_t c = cand[x];
        if (!tok_char(k, c, ','))
            continue;
        for (i = c - 2 > last ? c - 2 : last + 1; i < c; i++)
            if (i >= 0 && i + 2 < n)
                letter_line(k, i);
        last = c - 1;
    }
}

/* Does token i consist of digit groups [lo,hi] long joined by sep, n
 * groups in all (n2 > 0: or n2 groups)? */
static int
digit_groups(const tk *k, int32_t i, char sep, int n, int n2, int lo, int hi)
{
    const ws_token *t = &k->d->tokens.v[i];
    int32_t p = t->bstart, g = 0;

    for (;;) {
        int nd = ndigits(k, p);
        if (nd < lo || nd > hi || p + nd > t->bend)
            return 0;
        p += nd;
        g++;
        if (p == t->bend)
            return g == n || g == n2;
        if (k->t[p] != sep)
            return 0;
        p++;
    }
}

/* The time stamp of an e-mail or forum post, "08/16/2000 12:05 PM"
 * (a date with slashes, a clock time, AM or PM): the header line it ends
 * is a sentence of its own, so is the sender's name before it.  A
 * sentence starts after the stamp, and before it after a capitalised
 * word, an address or a closing '>' or '"' ("Kay Mann 04/26/2001 07:17 AM
 * Will you ..."; but "... on 08/16/2000 03:14:14 PM" keeps its "on"). */
static void
post_stamps(tk *k, const int32_t *cand, int32_t nc)
{
    const ws_doc *d = k->d;
    int32_t n = d->tokens.n, i, e, x, ci, from = 0;

    /* the numbers among sentences' candidates (which hold them all),
     * after the last stamp found */
    for (ci = 0; ci < nc; ci++) {
        const ws_token *p;
        int before;
        i = cand[ci];
        if (i < from || i + 2 >= n)
            continue;
        if (!(d->tokens.v[i].flags & WS_TOK_NUM) ||
            !(d->tokens.v[i + 1].flags & WS_TOK_NUM) ||
            !digit_groups(k, i, '/', 3, 3, 1, 4) ||
            !digit_groups(k, i + 1, ':', 2, 3, 1, 2))
            continue;
        e = i + 2;
        if (WS_TOK_IS(d, e, "AM") || WS_TOK_IS(d, e, "PM") ||
            WS_TOK_IS(d, e, "am") || WS_TOK_IS(d, e, "pm"))
            e++;
        if (e >= n || (d->tokens.v[e].flags & WS_TOK_PUNCT))
            continue;
        p = i > 0 ? &d->tokens.v[i - 1] : NULL;
        before =
            p && (((p->flags & WS_TOK_WORD) && (p->flags & WS_TOK_UPPER)) ||
                  (p->flags & WS_TOK_URL) || tok_char(k, i - 1, '>') ||
                  tok_char(k, i - 1, '"'));
        if (before && !(k->mk[i] & MK_NOBRK))
            k->mk[i] |= MK_BRK;
        if (!(before || (k->mk[i] & MK_BRK) ||
              (d->tokens.v[e].flags & WS_TOK_UPPER)) ||
            (k->mk[e] & MK_NOBRK))
            continue;
        for (x = i + 1; x < e; x++)
            k->mk[x] &= (uint16_t)~MK_BRK;
        k->mk[e] |= MK_BRK;
        from = e;
    }
}

/* Does token i hold the byte c? */
static int
tok_has(const tk *k, int32_t i, char c)
{
    const ws_token *t = &k->d->tokens.v[i];
    return memchr(k->t + t->bstart, c, (size_t)(t->bend - t->bstart)) != NULL;
}

/* Web and e-mail text: a list of links (not of e-mail addresses) has one
 * link a sentence, and a
 * numbered item ("1) ...", "2) ...") starts a sentence when no
 * parenthesis opened before its number on the line. */
static void
web_lines(tk *k, const int32_t *cand, int32_t nc)
{
    const ws_doc *d = k->d;
    int32_t n = d->tokens.n, i, j, ci;

    /* a link (MK_SPARSE) or number starts each: sentences' candidates
     * hold them all */
    for (ci = 0; ci < nc; ci++) {
        const ws_token *t, *nt;
        int brk = -1;
        i = cand[ci];
        if (i < 1 || i + 1 >= n)
            continue;
        t = &d->tokens.v[i];
        nt = t + 1;
        if ((t->flags & WS_TOK_URL) && (nt->flags & WS_TOK_URL) &&
            (t->flags & WS_TOK_SPACE) && !tok_has(k, i, '@') &&
            !tok_has(k, i + 1, '@')) {
            brk = i + 1;
        } else if ((t->flags & WS_TOK_NUM) && t->bend - t->bstart == 1 &&
                   tok_char(k, i + 1, ')') && (nt->flags & WS_TOK_SPACE) &&
                   (d->tokens.v[i - 1].flags & WS_TOK_SPACE) &&
                   (d->tokens.v[i - 1].flags & WS_TOK_WORD)) {
            for (j = i - 1; j >= 0 && j >= i - 12; j--)
                if (tok_char(k, j, '(') || (k->mk[j] & (MK_NL | MK_PARA)))
                    break;
            if (j < 0 || j < i - 12 || !tok_char(k, j, '('))
                brk = i;
        }
        if (brk > 0 && !(k->mk[brk] & MK_NOBRK))
            k->mk[brk] |= MK_BRK;
    }
}

/* A straight double quotation mark after the end of a sentence, with
 * spaces on both sides, closes the quotation when the nearest quotation
 * mark before it in the paragraph opened one (space before, none after)
 * or when another one follows it: "... savoir. " Elle" and
 * "... monde. " "C'est" end the sentence after it, not before. */
static void
closing_quotes(tk *k, const int32_t *cand, int32_t nc)
{
    const ws_doc *d = k->d;
    int32_t n = d->tokens.n, i, ci;
    int open = 0; /* the last quotation mark opened a quotation */

    /* the quotation marks (MK_SPARSE) and paragraph starts (MK_PARA):
     * sentences' candidates hold them all */
    for (ci = 0; ci < nc; ci++) {
        const ws_token *t;
        int sp_before, sp_after;
        i = cand[ci];
        t = &d->tokens.v[i];
        if (k->mk[i] & MK_PARA)
            open = 0;
        if (!tok_char(k, i, '"'))
            continue;
        sp_before = i == 0 || (d->tokens.v[i - 1].flags & WS_TOK_SPACE) ||
                    (k->mk[i] & MK_NL);
        sp_after = i + 1 == n || (t->flags & WS_TOK_SPACE);
        if (i > 0 && i + 1 < n && (open || tok_char(k, i + 1, '"')) &&
            sp_before && sp_after && (k->mk[i] & MK_BRK) &&
            !(k->mk[i] & (MK_NL | MK_PARA | MK_FORCE)) &&
            !(k->mk[i + 1] & (MK_NL | MK_PARA)) && sent_end_punct(k, i - 1)) {
            k->mk[i] &= (uint16_t)~MK_BRK;
            k->mk[i + 1] |= MK_BRK;
            open = 0;
            continue;
        }
        open = sp_before && !sp_after;
    }
}

/* No sentence starts inside a hyphenated compound that the tokens split
 * (Бук-М1, A-4) when no punctuation precedes it: is token i (0 < i < n - 1)
 * such a compound's part before the hyphen?  The tests combined without
 * branches (word or number tokens are not predictable). */
static inline int
compound_nobrk(const tk *k, int32_t i)
{
    const ws_token *t = &k->d->tokens.v[i];
    return ((t->flags & (WS_TOK_WORD | WS_TOK_NUM)) != 0) &
           ((t->flags & WS_TOK_SPACE) == 0) &
           ((t[-1].flags & (WS_TOK_WORD | WS_TOK_NUM)) != 0) &
           (k->t[t[1].bstart] == '-') & (t[1].bend - t[1].bstart == 1) &
           ((t[1].flags & WS_TOK_SPACE) == 0);
}

/* sentences()' first pass over its commonest tokens, one after another
 * from token i (0 < i < n), up to the first that is not one (at most
 * n - 1), whose index it returns: no line or forced break at it, no ICU
 * break (the next one at byte brk) at or before its start, no
 * punctuation before it, not a dash, no hyphen's byte after it, in a
 * language with no rule for every token (lean there).  None of the
 * pass's tests adds to its marks or starts a sentence there: only the
 * candidates' list (cand, *nc) is asked; *pf: the flags of the token
 * before i, then of the last one taken.  Out of line, in registers:
 * there, with its calls, the pass cost some 55 instructions a token, and
 * a loop of these inside it some 35 (the pointers and the count on the
 * stack). */
static __attribute__((noinline)) int32_t
plain_run(const ws_token *tv, const uint16_t *mk, const unsigned char *tx,
          int32_t i, int32_t n, int32_t brk, uint32_t *pf, int32_t *cand,
          int32_t *nc)
{
    int32_t c = *nc;
    uint32_t p = *pf;

    for (; i + 1 < n; i++) {
        uint32_t f = tv[i].flags;
        uint16_t m = mk[i];
        if ((m & (MK_NL | MK_PARA | MK_FORCE)) || tv[i].bstart >= brk ||
            ((p & WS_TOK_PUNCT) | (f & WS_TOK_DASH)) ||
            tx[tv[i + 1].bstart] == '-')
            break;
        cand[c] = i;
        c += ((m & MK_SPARSE) != 0) | ((f & WS_TOK_NUM) != 0);
        p = f;
    }
    *nc = c;
    *pf = p;
    return i;
}

static int
sentences(tk *restrict k)
{
    ws_doc *d = k->d;
    int32_t n = d->tokens.n, i, nb, *br, j, para = -1, s0 = 0;
    int32_t *cand, *brks, *sb, nc = 0, nbk = 0, last;
    size_t half;
    int rc, cyr;

    if (!n)
        return 0;
    /* ICU's sentence breaks (the scratch's third part, read by the first
     * pass as it fills the other two); the candidates of the passes that
     * act at few tokens (MK_SPARSE, MK_PARA or a number: see MK_SPARSE),
     * and the decided sentence starts for the glued closers */
    half = (size_t)(k->len > n ? k->len : n) + 2;
    br = ws_icu_scratch(k->u, 2, sizeof(int32_t) * 3 * half);
    if (!br)
        return -WS_ENOMEM;
    sb = br + 2 * half;
    nb = ws_icu_breaks(k->u, 1, ws_tok_locale(k->lang), k->t, (size_t)k->len,
                       sb, NULL, k->len + 1);
    if (nb < 0)
        return (int)nb;
    /* the header line, then a dateline opening the first body paragraph */
    j = 0;
    if (header(k) >= 0) {
        for (j = 1; j < n && !(k->mk[j] & MK_NL); j++)
            ;
    }
    if (j < n)
        dateline(k, j);
    /* one pass: token i's MK_NOBRK (compound_nobrk, cyr_initial_before),
     * then its sentence start, which reads no other token's MK_NOBRK; the
     * candidate lists are filled as it goes (appended without a branch) */
    cand = br;
    brks = br + half;
    cyr = k->ru || k->uk;
    {
        /* the token's flags and marks, the previous token's flags and
         * the policy in locals: cand[] and brks[] are int32_t, whose
         * stores may alias the tokens' fields and k's flags, which were
         * read again after each of them; with the rejoining pass's
         * locals, per MB of English 4.4M instructions fewer, est2
         * 1361.2M -> 1357.2M) */
        const ws_token *tv = d->tokens.v;
        const unsigned char *tx = (const unsigned char *)k->t;
        uint16_t *mk = k->mk;
        const int ebm = k->fr || (!k->sbd && !k->sink);
        /* neither extra_break at every token nor the initials' rule */
        const int lean = !ebm && !cyr;
        uint32_t pf = 0;
        /* the next of ICU's sentence breaks (sb[jb], byte brk) */
        int32_t jb = 0, brk = nb > 0 ? sb[0] : INT32_MAX;
        for (i = 0; i < n; i++) {
            uint32_t f;
            uint16_t m;
            /* the commonest tokens, one after another (plain_run) */
            if (lean && i > 0)
                i = plain_run(tv, mk, tx, i, n, brk, &pf, cand, &nc);
            f = tv[i].flags;
            m = mk[i];
            /* ICU's break: at the first token that starts at or after
             * it (the breaks read as the tokens come, where a pass of
             * its own stepped over every token, some 8 instructions
             * each, before this one) */
            if (tv[i].bstart >= brk) {
                m |= MK_ICU;
                while (jb < nb && sb[jb] <= tv[i].bstart)
                    jb++;
                brk = jb < nb ? sb[jb] : INT32_MAX;
            }
            /* compound_nobrk, asked only at a token before a hyphen's
             * byte (rare: a branch that is predicted, where its tests
             * cost some 25 instructions a token) */
            if (i > 0 && i + 1 < n && tx[tv[i + 1].bstart] == '-')
                m |= (uint16_t)(compound_nobrk(k, i) * MK_NOBRK);
            /* an initial ends no sentence before a capitalised word, the
             * surname or the next initial: "В. Путин", "В. В. Путин", "Є.
             * Марчук" */
            if (cyr && i >= 2 && (f & WS_TOK_WORD) && (f & WS_TOK_UPPER) &&
                !(f & WS_TOK_ALLCAP) && cyr_initial_before(k, i))
                m |= MK_NOBRK;
            /* keep_icu_break and extra_break read the token's marks */
            mk[i] = m;
            if (i == 0 || (m & (MK_NL | MK_PARA | MK_FORCE)) ||
                ((m & MK_ICU) && keep_icu_break(k, i)) ||
                /* can extra_break say yes?  Every rule of it wants
                 * punctuation before the token or a dash at it, except
                 * the French run-on rule (most tokens of a classified
                 * document are words after words) */
                (!(m & MK_ICU) &&
                 (ebm || ((pf & WS_TOK_PUNCT) | (f & WS_TOK_DASH)) != 0) &&
                 extra_break(k, i))) {
                m |= MK_BRK;
                mk[i] = m;
            }
            cand[nc] = i;
            nc += ((m & (MK_SPARSE | MK_PARA)) != 0) | ((f & WS_TOK_NUM) != 0);
            brks[nbk] = i;
            nbk += (m & (MK_BRK | MK_NL | MK_PARA | MK_FORCE)) == MK_BRK;
            pf = f;
        }
    }
    /* a quotation mark glued to the end of a sentence closes it: at the
     * decided starts (no other token has MK_BRK here), in order, after the
     * last one moved (the starts it passed over lost their MK_BRK) */
    for (j = 0, last = 0; j < nbk; j++) {
        int32_t j2 = i = brks[j];
        if (i <= last || i + 1 >= n || !(k->mk[i] & MK_BRK) ||
            (k->mk[i] & (MK_NL | MK_PARA | MK_FORCE)))
            continue;
        /* glued closers: quotes, brackets, final punctuation */
        while (j2 + 1 < n && closer(k, j2) &&
               !(d->tokens.v[j2 - 1].flags & WS_TOK_SPACE) &&
               !(k->mk[j2 + 1] & (MK_NL | MK_PARA | MK_FORCE))) {
            j2++;
            if (d->tokens.v[j2 - 1].flags & WS_TOK_SPACE)
                break;
        }
        /* "... балуетесь! ``." : a spaced quote closed by a full stop */
        if (j2 == i && (d->tokens.v[i].flags & WS_TOK_QUOTE) &&
            !(d->tokens.v[i].flags & WS_TOK_SPACE) && i + 2 < n &&
            (tok_char(k, i + 1, '.') || tok_char(k, i + 1, '!') ||
             tok_char(k, i + 1, '?')) &&
            (d->tokens.v[i + 1].flags & WS_TOK_SPACE) &&
            !(k->mk[i + 2] & (MK_NL | MK_PARA | MK_FORCE)))
            j2 = i + 2;
        if (j2 > i && (d->tokens.v[j2 - 1].flags & WS_TOK_SPACE)) {
            int32_t x;
            for (x = i; x < j2; x++)
                k->mk[x] &= (uint16_t)~MK_BRK;
            k->mk[j2] |= MK_BRK;
            last = j2;
        }
    }
    if ((k->sbd || k->sink) && (rc = classify(k)) < 0)
        return rc;
    if (k->en && k->sbd && k->w)
        letter_lines(k, cand, nc);
    post_stamps(k, cand, nc);
    web_lines(k, cand, nc);
    closing_quotes(k, cand, nc);
    /* one pass: periods split off tentatively go back on their
     * abbreviation when no sentence ends after them (token i is joined to
     * the kept token j - 1, or kept as token j); a kept token's sentence
     * and paragraph are made as it comes (the tokens before it are final:
     * only the last kept token grows) */
    {
        /* the tokens, the marks and the count of sentences in locals (a
         * token's sent is an int32_t, whose store may alias them, read
         * again after each) */
        ws_token *tv = d->tokens.v;
        uint16_t *mk = k->mk;
        int32_t ns = d->sentences.n;
        for (i = j = 0; i < n; i++) {
            uint16_t m;
            /* the tokens up to the next sentence start or tentative
             * period while none has been rejoined (most documents have
             * none): their sentence's index, nothing else (the steps
             * below cost some 19 instructions a token) */
            if (j == i) {
                for (; i < n && !(mk[i] & (MK_REJOIN | MK_BRK)); i++)
                    tv[i].sent = ns;
                if (i >= n) {
                    j = i;
                    break;
                }
                j = i;
            }
            m = mk[i];
            if ((m & MK_REJOIN) && j > 0 && i + 1 < n &&
                !(mk[i + 1] & MK_BRK)) {
                ws_token *p = &tv[j - 1];
                p->end = tv[i].end;
                p->bend = tv[i].bend;
                p->flags = (p->flags & ~(uint32_t)WS_TOK_SPACE) |
                           (tv[i].flags & WS_TOK_SPACE);
                continue;
            }
            if (j != i) { /* after a rejoined one: moved down */
                tv[j] = tv[i];
                mk[j] = m;
            }
            if (m & MK_BRK) {
                if (j > 0 && (rc = close_sentence(k, s0, j, para)) < 0)
                    return rc;
                ns = d->sentences.n;
                if (j == 0 || (m & (MK_NL | MK_PARA))) {
                    ws_paragraph *p;
                    if (j > 0)
                        d->paragraphs.v[d->paragraphs.n - 1].end =
                            tv[j - 1].end;
                    p = WS_PUSH(d->paragraphs);
                    if (!p)
                        return -WS_ENOMEM;
                    p->start = tv[j].start;
                    para = d->paragraphs.n - 1;
                }
                s0 = j;
            }
            /* the index of the sentence it is in: those closed before it */
            tv[j].sent = ns;
            j++;
        }
    }
    d->tokens.n = n = j;
    if ((rc = close_sentence(k, s0, n, para)) < 0)
        return rc;
    d->paragraphs.v[d->paragraphs.n - 1].end = d->tokens.v[n - 1].end;
    return 0;
}

static void
set_policy(tk *k)
{
    const char *l = k->lang;

    k->en = strcmp(l, "en") == 0;
    k->fr = strcmp(l, "fr") == 0;
    k->de = strcmp(l, "de") == 0;
    k->uk = strcmp(l, "uk") == 0;
    k->ru = strcmp(l, "ru") == 0;
    k->pl = strcmp(l, "pl") == 0;
    k->ja = strcmp(l, "ja") == 0;
    k->zh = strcmp(l, "zh") == 0;
    k->cjk =
        strcmp(l, "zh") == 0 || strcmp(l, "ja") == 0 || strcmp(l, "th") == 0;
    k->keep_abbr = !(k->uk || k->pl);
    k->plain = !(k->fr || k->uk || k->pl || k->cjk || k->ja || k->zh);
    k->hyphen = HY_JOIN;
}

/* Could the text hold a URL (match_url's prefixes: "://", "www.")? */
static int
has_url(const char *t, size_t len)
{
    const char *p = t, *e = t + len;

    while ((p = memchr(p, ':', (size_t)(e - p))) != NULL) {
        if (e - p >= 3 && p[1] == '/' && p[2] == '/')
            return 1;
        p++;
    }
    p = t;
    while ((p = memchr(p, '.', (size_t)(e - p))) != NULL) {
        if (p - t >= 3 && (p[-1] | 32) == 'w' && (p[-2] | 32) == 'w' &&
            (p[-3] | 32) == 'w')
            return 1;
        p++;
    }
    return 0;
}

int
ws_tokenize_icu(ws_icu *u, ws_models *m, ws_doc *d)
{
    return ws_tokenize_w(u, m, NULL, d);
}

int
ws_tokenize_w(ws_icu *u, ws_models *m, ws_worker *w, ws_doc *d)
{
    tk k;
    int32_t n;
    int rc;

    d->tokens.n = 0;
    d->tsig = NULL; /* (ner's, of the tokens there were) */
    d->tsig_n = 0;
    d->sentences.n = 0;
    d->paragraphs.n = 0;
    if (!d->text) {
        d->done |= WS_DONE_TOKENIZE;
        return 0;
    }
    if (d->len > (size_t)INT32_MAX / 8)
        return -WS_ETOOBIG;
    if (d->cp2b.n != d->ncp + 1 && (rc = ws_doc_index(d)) < 0)
        return rc;
    if (!d->lang[0])
        ws_langid(d->text, d->len, d->lang);
    pthread_once(&cls2_once, cls2_init);
    memset(&k, 0, sizeof(k));
    k.ab_b = -1;
    k.d = d;
    k.u = u;
    k.t = d->text;
    k.len = (int32_t)d->len;
    k.lang = d->lang;
    set_policy(&k);
    if (m && d->lang[0])
        k.abbr = ws_models_lex(m, d->lang, "abbrev");
    k.w = w;
    k.sink = ws_icu_sink(u);
    if (!k.sink)
        k.sbd = ws_icu_sbd(u, m, d->lang);
    k.wend = ws_icu_scratch(u, 0, sizeof(int32_t) * ((size_t)k.len + 2));
    k.wst = ws_icu_scratch(u, 1, sizeof(int32_t) * ((size_t)k.len + 2));
    k.mk = ws_icu_scratch(u, 4, 64);
    k.mkcap = 32;
    if (!k.wend || !k.wst || !k.mk)
        return -WS_ENOMEM;
    ws_icu_text(u, k.t, (size_t)k.len);
    n = ws_icu_breaks(u, 0, ws_tok_locale(d->lang), k.t, (size_t)k.len, k.wend,
                      k.wst, k.len + 1);
    if (n < 0)
        return (int)n;
    k.nw = n;
    k.wend[n] = INT32_MAX; /* seg_end's sentinel (the scratch holds len + 2) */
    k.ascii = d->ncp == k.len;
    k.has_at = memchr(k.t, '@', (size_t)k.len) != NULL;
    k.next_at = k.url_c = k.url_w = -1;
    k.url_m = has_url(k.t, (size_t)k.len) ? -1 : INT32_MAX;
    if ((rc = tokens(&k)) < 0)
        return rc;
    if ((rc = sentences(&k)) < 0)
        return rc;
    d->done |= WS_DONE_TOKENIZE;
    return 0;
}

int
ws_tokenize(ws_worker *w, ws_doc *d)
{
    ws_icu *u = ws_worker_icu(w);
    int rc;

    if (!u)
        return -WS_ENOMEM;
    rc = ws_tokenize_w(u, ws_worker_models(w), w, d);
    if (rc < 0)
        ws_doc_error(d, "tokenize", -rc, "tokenize: %s", ws_strerror(-rc));
    return rc;
}
