/*
 * icu.c - the ICU adapter: the only file that includes <unicode/...>.
 *
 * A ws_icu holds one thread's ICU state: word and sentence break
 * iterators cached per locale (ICU's own sentence-break suppressions,
 * "@ss=standard", are not used: measured on the UD sets they suppress
 * real breaks, e.g. German "super. Die"; tokenize.c applies the
 * project's abbreviation lists instead), a reusable UText over UTF-8 (no UTF-16
 * conversion), a transliterator, and growable scratch buffers that the
 * tokenizer reuses from document to document.  Not thread-safe: one per
 * worker.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>

#include "ws_int.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define WS_ICU_MAXLOC   12
#define WS_ICU_NSCRATCH 8

typedef struct {
    char locale[32];
    UBreakIterator *word, *sent;
} ws_icu_loc;

struct ws_icu {
    ws_icu_loc loc[WS_ICU_MAXLOC];
    int nloc, next_evict;
    UText *ut;
    UTransliterator *latin;
    int latin_failed;
    UChar *ubuf;
    int32_t ubufcap;
    void *scratch[WS_ICU_NSCRATCH];
    size_t scratchcap[WS_ICU_NSCRATCH];
    /* the current text in UTF-16 (ws_icu_text), shared by the word and
     * sentence iterators; u16b[i] is the byte offset of UTF-16 unit i
     * (NULL use: the text is ASCII, offsets are equal) */
    const char *u16src;
    size_t u16srclen;
    UChar *u16;
    int32_t *u16b;
    int32_t u16len, u16ascii, u16ok;
    size_t u16cap;
    /* Sentence_Break in {ATerm, STerm, CR, LF, Sep} per BMP code point,
     * filled per block of 256 on first use (sbdone) */
    uint64_t sbterm[1024];
    uint8_t sbdone[256];
    int exact;     /* ws_icu_exact: sentences by iterating over every break,
                      words by ICU alone */
    int icu_words; /* $WHOSAID_ICU_WORDS: words by ICU alone */
    /* word-break classes (WC_*) of U+0000..U+052F and U+2000..U+206F for
     * the word-break fast path (fast_words), filled on first use */
    uint8_t wbc[0x530], wbg[0x70];
    int wbinit;
    /* sentence-boundary models per language (tokenize.c), loaded once */
    struct {
        char lang[8];
        ws_sbd *m;
    } sbd[WS_ICU_MAXLOC];
    int nsbd, sbd_off;
    ws_sbd_sink *sink;
};

ws_icu *
ws_icu_new(void)
{
    ws_icu *u = calloc(1, sizeof(*u));
    /* WHOSAID_ICU_WORDS=1 turns the word-break fast path off: every
     * word break comes from ICU's iterator (same output, slower; for
     * measuring the fast path and checking it against ICU) */
    const char *e = getenv("WHOSAID_ICU_WORDS");
    if (u != NULL && e != NULL && *e != '\0' && strcmp(e, "0") != 0)
        u->icu_words = 1;
    return u;
}

static void
loc_close(ws_icu_loc *l)
{
    if (l->word)
        ubrk_close(l->word);
    if (l->sent)
        ubrk_close(l->sent);
    memset(l, 0, sizeof(*l));
}

/* The sentence-boundary models of the process, shared by the workers'
 * ws_icu: `whosaid run -j N` loaded one copy per worker (each worker
 * reading the file and building the weight table while the other waited
 * on nothing, and N copies of the weights in the caches).  Keyed by the
 * file (path, device, inode, size and time: a model written again is
 * loaded again), counted, freed with its last holder. */
typedef struct sbd_shared {
    struct sbd_shared *next;
    ws_sbd *m;
    int refs;
    dev_t dev;
    ino_t ino;
    off_t size;
    struct timespec mtime;
    char path[];
} sbd_shared;
static pthread_mutex_t sbd_mu = PTHREAD_MUTEX_INITIALIZER;
static sbd_shared *sbd_list;

/* The model at path, loaded or shared (NULL when it cannot be read) */
static ws_sbd *
sbd_acquire(const char *path, char *err, size_t errlen)
{
    struct stat st;
    sbd_shared *e;
    ws_sbd *m = NULL;

    if (stat(path, &st) != 0)
        return ws_sbd_load(path, err, errlen); /* its error message */
    pthread_mutex_lock(&sbd_mu);
    for (e = sbd_list; e; e = e->next)
        if (e->dev == st.st_dev && e->ino == st.st_ino &&
            e->size == st.st_size && e->mtime.tv_sec == st.st_mtim.tv_sec &&
            e->mtime.tv_nsec == st.st_mtim.tv_nsec &&
            strcmp(e->path, path) == 0) {
            e->refs++;
            m = e->m;
            break;
        }
    if (!e && (m = ws_sbd_load(path, err, errlen)) != NULL) {
        size_t pl = strlen(path) + 1;
        e = malloc(sizeof(*e) + pl);
        if (e) {
            e->m = m;
            e->refs = 1;
            e->dev = st.st_dev;
            e->ino = st.st_ino;
            e->size = st.st_size;
            e->mtime = st.st_mtim;
            memcpy(e->path, path, pl);
            e->next = sbd_list;
            sbd_list = e;
        } else {
            ws_sbd_free(m);
            m = NULL;
        }
    }
    pthread_mutex_unlock(&sbd_mu);
    return m;
}

/* Gives back a model of sbd_acquire (or one it loaded unshared) */
static void
sbd_release(ws_sbd *m)
{
    sbd_shared **pe, *e;
    int last = 1; /* not shared, or its last holder */

    if (!m)
        return;
    pthread_mutex_lock(&sbd_mu);
    for (pe = &sbd_list; (e = *pe) != NULL; pe = &e->next)
        if (e->m == m)
            break;
    if (e && (last = --e->refs == 0))
        *pe = e->next;
    pthread_mutex_unlock(&sbd_mu);
    if (last) {
        ws_sbd_free(m);
        free(e);
    }
}

void
ws_icu_free(ws_icu *u)
{
    int i;

    if (!u)
        return;
    for (i = 0; i < u->nloc; i++)
        loc_close(&u->loc[i]);
    if (u->ut)
        utext_close(u->ut);
    if (u->latin)
        utrans_close(u->latin);
    free(u->ubuf);
    free(u->u16);
    free(u->u16b);
    for (i = 0; i < WS_ICU_NSCRATCH; i++)
        free(u->scratch[i]);
    for (i = 0; i < u->nsbd; i++)
        sbd_release(u->sbd[i].m);
    free(u);
}

void *
ws_icu_scratch(ws_icu *u, int slot, size_t bytes)
{
    size_t cap;
    void *p;

    if (slot < 0 || slot >= WS_ICU_NSCRATCH)
        return NULL;
    if (bytes <= u->scratchcap[slot] && u->scratch[slot])
        return u->scratch[slot];
    cap = u->scratchcap[slot] ? u->scratchcap[slot] : 4096;
    while (cap < bytes)
        cap *= 2;
    p = realloc(u->scratch[slot], cap);
    if (!p)
        return NULL;
    u->scratch[slot] = p;
    u->scratchcap[slot] = cap;
    return p;
}

/* ws_icu_scratch whose memory is zeroed when it is (re)allocated: the
 * caller tells a new buffer from one it filled before. */
void *
ws_icu_scratch0(ws_icu *u, int slot, size_t bytes)
{
    void *p;

    if (slot < 0 || slot >= WS_ICU_NSCRATCH)
        return NULL;
    if (bytes <= u->scratchcap[slot] && u->scratch[slot])
        return u->scratch[slot];
    p = ws_icu_scratch(u, slot, bytes);
    if (p)
        memset(p, 0, u->scratchcap[slot]);
    return p;
}

/* The cached entry for a locale ("" = root); NULL when out of slots and
 * memory. */
static ws_icu_loc *
get_loc(ws_icu *u, const char *locale)
{
    int i;
    ws_icu_loc *l;

    if (!locale)
        locale = "";
    for (i = 0; i < u->nloc; i++)
        if (strcmp(u->loc[i].locale, locale) == 0)
            return &u->loc[i];
    if (u->nloc < WS_ICU_MAXLOC) {
        l = &u->loc[u->nloc++];
    } else {
        l = &u->loc[u->next_evict];
        u->next_evict = (u->next_evict + 1) % WS_ICU_MAXLOC;
        loc_close(l);
    }
    snprintf(l->locale, sizeof(l->locale), "%s", locale);
    return l;
}

static UText *
open_text(ws_icu *u, const char *text, size_t len, UErrorCode *st)
{
    UText *ut = utext_openUTF8(u->ut, text, (int64_t)len, st);
    if (U_FAILURE(*st))
        return NULL;
    u->ut = ut;
    return ut;
}

static int
run_iter(ws_icu *u, UBreakIterator **bip, UBreakIteratorType type,
         const char *locale, const char *text, size_t len, ws_icu_cb cb,
         void *payload)
{
    UErrorCode st = U_ZERO_ERROR;
    UText *ut;
    int32_t p, q;

    if (!*bip) {
        char lbuf[48];
        snprintf(lbuf, sizeof(lbuf), "%s", locale);
        *bip = ubrk_open(type, lbuf, NULL, 0, &st);
        if (U_FAILURE(st)) {
            *bip = NULL;
            return -WS_EMODEL;
        }
    }
    ut = open_text(u, text, len, &st);
    if (!ut)
        return -WS_ENOMEM;
    ubrk_setUText(*bip, ut, &st);
    if (U_FAILURE(st))
        return -WS_EINTERNAL;
    p = ubrk_first(*bip);
    for (q = ubrk_next(*bip); q != UBRK_DONE; p = q, q = ubrk_next(*bip))
        cb(p, q, ubrk_getRuleStatus(*bip), payload);
    return 0;
}

int
ws_icu_words(ws_icu *u, const char *locale, const char *text, size_t len,
             ws_icu_cb cb, void *payload)
{
    ws_icu_loc *l = get_loc(u, locale);
    return run_iter(u, &l->word, UBRK_WORD, l->locale, text, len, cb, payload);
}

int
ws_icu_sentences(ws_icu *u, const char *locale, const char *text, size_t len,
                 ws_icu_cb cb, void *payload)
{
    ws_icu_loc *l = get_loc(u, locale);
    return run_iter(u, &l->sent, UBRK_SENTENCE, l->locale, text, len, cb,
                    payload);
}

#ifdef __SSE2__
/* Sixteen ASCII bytes v at byte offset at: their UTF-16 units to o and,
 * when ob is not NULL, their byte offsets to ob (ws_icu_text). */
static inline void
ascii16(UChar *o, int32_t *ob, __m128i v, int32_t at)
{
    const __m128i z = _mm_setzero_si128();
    _mm_storeu_si128((__m128i *)(void *)o, _mm_unpacklo_epi8(v, z));
    _mm_storeu_si128((__m128i *)(void *)(o + 8), _mm_unpackhi_epi8(v, z));
    if (ob) {
        __m128i b =
            _mm_add_epi32(_mm_set1_epi32(at), _mm_setr_epi32(0, 1, 2, 3));
        const __m128i four = _mm_set1_epi32(4);
        int x;
        for (x = 0; x < 16; x += 4) {
            _mm_storeu_si128((__m128i *)(void *)(ob + x), b);
            b = _mm_add_epi32(b, four);
        }
    }
}
#endif

/* Converts text to UTF-16 once for the iterators (ICU's UTF-8 UText
 * converts every chunk again for each iterator that reads it: a fifth of
 * the cost of a word + sentence pass).  Returns 0, or -1 when the text is
 * not well-formed UTF-8 or memory runs out (the iterators then read the
 * UTF-8 bytes). */
int
ws_icu_text(ws_icu *u, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    int32_t j = 0;
    int ascii = 1;

    u->u16src = text;
    u->u16srclen = len;
    u->u16ok = 0;
    if (len >= (size_t)INT32_MAX / 4)
        return -1;
    if (len + 1 > u->u16cap) {
        size_t cap = (len + 1) * 2;
        UChar *nu = realloc(u->u16, cap * sizeof(UChar));
        int32_t *nb;
        if (!nu)
            return -1;
        u->u16 = nu;
        nb = realloc(u->u16b, (cap + 1) * sizeof(int32_t));
        if (!nb)
            return -1;
        u->u16b = nb;
        u->u16cap = cap;
    }
    /* ASCII prefix: the units are the bytes */
#ifdef __SSE2__
    while (i + 16 <= len) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        if (_mm_movemask_epi8(v))
            break;
        ascii16(u->u16 + i, NULL, v, 0);
        i += 16;
    }
#endif
    while (i < len && s[i] < 0x80) {
        u->u16[i] = s[i];
        i++;
    }
    j = (int32_t)i;
    if (i < len) {
        int32_t x;
        ascii = 0;
        for (x = 0; x < j; x++)
            u->u16b[x] = x;
    }
    while (i < len) {
        uint32_t c = s[i], c1, c2, c3;
        size_t at = i;
        if (c < 0x80) {
            /* runs of sixteen and eight ASCII bytes (tried at ASCII only:
             * in Cyrillic or Greek text they end at the next letter) */
#ifdef __SSE2__
            while (i + 16 <= len) {
                __m128i v =
                    _mm_loadu_si128((const __m128i *)(const void *)(s + i));
                if (_mm_movemask_epi8(v))
                    break;
                ascii16(u->u16 + j, u->u16b + j, v, (int32_t)i);
                i += 16;
                j += 16;
            }
#endif
            while (i + 8 <= len) {
                uint64_t w8;
                int x;
                memcpy(&w8, s + i, 8);
                if (w8 & 0x8080808080808080ULL)
                    break;
                for (x = 0; x < 8; x++) {
                    u->u16b[j + x] = (int32_t)i + x;
                    u->u16[j + x] = s[i + (size_t)x];
                }
                i += 8;
                j += 8;
            }
            if (i >= len)
                break;
            c = s[i];
            at = i;
        }
        if (c < 0x80) {
            u->u16b[j] = (int32_t)i;
            u->u16[j++] = (UChar)c;
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF && i + 1 < len &&
                   ((c1 = s[i + 1]) & 0xC0) == 0x80) {
            c = ((c & 0x1F) << 6) | (c1 & 0x3F);
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF && i + 2 < len &&
                   ((c1 = s[i + 1]) & 0xC0) == 0x80 &&
                   ((c2 = s[i + 2]) & 0xC0) == 0x80) {
            c = ((c & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F);
            if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
                return -1;
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4 && i + 3 < len &&
                   ((c1 = s[i + 1]) & 0xC0) == 0x80 &&
                   ((c2 = s[i + 2]) & 0xC0) == 0x80 &&
                   ((c3 = s[i + 3]) & 0xC0) == 0x80) {
            c = ((c & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) |
                (c3 & 0x3F);
            if (c < 0x10000 || c > 0x10FFFF)
                return -1;
            i += 4;
        } else {
            return -1;
        }
        if (c >= 0x10000) {
            u->u16b[j] = (int32_t)at;
            u->u16[j++] = (UChar)(0xD7C0 + (c >> 10));
            u->u16b[j] = (int32_t)at;
            u->u16[j++] = (UChar)(0xDC00 | (c & 0x3FF));
        } else {
            u->u16b[j] = (int32_t)at;
            u->u16[j++] = (UChar)c;
        }
    }
    u->u16b[j] = (int32_t)len;
    u->u16len = j;
    u->u16ascii = ascii;
    u->u16ok = 1;
    return 0;
}

/* Can a sentence break follow UTF-16 unit c (a full stop, question or
 * exclamation mark of any script, or a paragraph separator)?  Surrogates
 * answer for their code point (hi, lo). */
static int
sb_term(ws_icu *u, UChar c, const UChar *next, const UChar *end)
{
    int32_t cp = c;

    if (c < 0x80)
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r';
    if (U16_IS_LEAD(c) && next < end && U16_IS_TRAIL(*next)) {
        int32_t sb;
        cp = U16_GET_SUPPLEMENTARY(c, *next);
        sb = u_getIntPropertyValue(cp, UCHAR_SENTENCE_BREAK);
        return sb == U_SB_ATERM || sb == U_SB_STERM;
    }
    if (!u->sbdone[c >> 8]) {
        int32_t x;
        for (x = c & 0xFF00; x < (c & 0xFF00) + 256; x++) {
            int32_t sb = u_getIntPropertyValue(x, UCHAR_SENTENCE_BREAK);
            if (sb == U_SB_ATERM || sb == U_SB_STERM || sb == U_SB_SEP ||
                sb == U_SB_CR || sb == U_SB_LF)
                u->sbterm[x >> 6] |= (uint64_t)1 << (x & 63);
        }
        u->sbdone[c >> 8] = 1;
    }
    return (u->sbterm[cp >> 6] >> (cp & 63)) & 1;
}

/* Locales whose sentence rules are the root ones (no tailoring of the
 * terminators): the languages the project tokenizes. */
static int
root_sentence_rules(const char *locale)
{
    static const char *const ok[] = {"",   "en", "de", "fr", "pl", "ru",
                                     "uk", "zh", "ja", "th", NULL};
    int i;

    for (i = 0; ok[i]; i++)
        if (strcmp(locale, ok[i]) == 0)
            return 1;
    return 0;
}

/* Sentence_Break of UTF-16 unit c (the code point when c leads a
 * surrogate pair). */
static int32_t
sb_prop(const UChar *t, int32_t p, int32_t len)
{
    int32_t cp = t[p];

    if (U16_IS_LEAD(t[p]) && p + 1 < len && U16_IS_TRAIL(t[p + 1]))
        cp = U16_GET_SUPPLEMENTARY(t[p], t[p + 1]);
    return u_getIntPropertyValue(cp, UCHAR_SENTENCE_BREAK);
}

/* Is Sentence_Break value sb one of a and b? */
static int
sb_is(int32_t sb, int a, int b)
{
    return sb == a || sb == b;
}

static inline int
ascii_alnum(UChar c)
{
    return (UChar)((c | 32) - 'a') < 26 || (UChar)(c - '0') < 10;
}

/* Is UTF-16 unit c a quotation mark of the Sentence_Break class Close:
 * '"' or a curly one (U+2018, U+2019, U+201C, U+201D)? */
static inline int
close_quote(UChar c)
{
    return c == '"' || (UChar)(c - 0x2018) <= 1 || (UChar)(c - 0x201C) <= 1;
}

/* ASCII letters and digits, the space, and the punctuation of
 * Sentence_Break Other or SContinue ('#', '%', ',', '-', '/', ':', '@',
 * ...; not the terminators, quotation marks, brackets or control
 * characters): no break comes after any of them unless a terminator or
 * separator is before it (SB4, SB11), bit c of the pair. */
static const uint64_t sw_plain[2] = {0x7fffbc7900000000ULL,
                                     0x57ffffffd7ffffffULL};

static inline int
sw_plain_unit(UChar c)
{
    return (c < 0x80) & (int)((sw_plain[(c >> 6) & 1] >> (c & 63)) & 1);
}

/* The breaks the sentence iterator finds in the commonest windows, read
 * without it: sw_plain_unit's units and full stops that no break can
 * follow, one terminator, quotation marks, spaces and newlines, quotation
 * marks, a letter, then letters, digits and spaces ("said. The",
 * "said.\n\n\"We", "etc. and", "Mr. A b", "https://www.x.com/a/2026-12.
 * The"); the text's end after the spaces and newlines ("said.",
 * "said.\u201D\n"); or no terminator but those full stops ("3.5 mil").
 * A full stop before a digit (SB6), before a lower-case letter (SB8) or
 * between a letter and an upper-case one (SB7) has no break after it, and
 * is read as one of those units.  By UAX #29 a break follows each
 * newline (SB4; those after the terminator end its sentence, SB11);
 * without one, a break comes before the first quotation mark or letter
 * after the spaces when the letter is upper case (SB11: SB7 needs no
 * space, SB8 a lower-case letter), none after a full stop when it is lower
 * case (SB8); at the text's end none but its own (SB2: sentence_breaks
 * adds it).  Stores the breaks (units) in q[] and returns their count, or
 * -1 when the iterator has to decide (any other window, or one that
 * reaches the text's end otherwise).  Most windows of news, each an
 * iterator reset and a run of its rules; with the curly quotation marks
 * and the text's end, 9.4k of English news' 10.1k windows per MB (8.6k
 * without them: est2 1.1M more), and with the full stops inside URLs and
 * numbers 10.1k (est2 1.2-1.9M less: ICU's iterator ran over 0.7k windows
 * per MB, URLs and decimal numbers). */
static int
simple_window(const UChar *t, int32_t ws, int32_t we, int32_t len, int32_t q[4])
{
    int32_t p = ws, s;
    int nq = 0;
    UChar term;

    /* a word first (most windows: "said. The"), then the rest */
    while (p < we && ascii_alnum(t[p]))
        p++;
    for (; p < we; p++) {
        UChar c = t[p], d;
        if (sw_plain_unit(c))
            continue;
        if (c != '.' || p + 1 >= we)
            break;
        d = t[p + 1];
        if (!((UChar)(d - '0') < 10 || (UChar)(d - 'a') < 26 ||
              ((UChar)(d - 'A') < 26 && p > ws &&
               (UChar)((t[p - 1] | 32) - 'a') < 26)))
            break;
    }
    if (p >= we)
        return 0; /* no terminator; the text's end is sentence_breaks' */
    if (p == ws || !((term = t[p]) == '.' || term == '!' || term == '?'))
        return -1;
    p++;
    while (p < we && close_quote(t[p]))
        p++;
    for (s = p; p < we && (t[p] == ' ' || t[p] == '\n'); p++)
        if (t[p] == '\n') {
            if (nq == 4)
                return -1;
            q[nq++] = p + 1;
        }
    if (p == len)
        return nq;
    if (p == s || we >= len)
        return -1;
    s = p; /* the new sentence's first unit when it is one */
    while (p < we && close_quote(t[p]))
        p++;
    if (p >= we || (UChar)((t[p] | 32) - 'a') >= 26)
        return -1;
    if (nq == 0) {
        if (t[p] >= 'A' && t[p] <= 'Z')
            q[nq++] = s;
        else if (term != '.')
            return -1;
    }
    /* then letters, digits and spaces: no break without a terminator or
     * separator (SB998) */
    while (p < we && (ascii_alnum(t[p]) || t[p] == ' '))
        p++;
    return p == we ? nq : -1;
}

/* Runs the sentence iterator over units [ws, we) of the UTF-16 text and
 * appends the breaks inside (and at the end of the text). */
static int32_t
window_breaks(ws_icu *u, UBreakIterator *bi, int32_t ws, int32_t we,
              int32_t *out, int32_t n, int32_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    UText *ut;
    int32_t q, sq[4];
    int nsq = simple_window(u->u16, ws, we, u->u16len, sq);

    if (nsq >= 0) {
        for (int k = 0; k < nsq; k++) {
            q = u->u16ascii ? sq[k] : u->u16b[sq[k]];
            if (n > 0 && out[n - 1] >= q)
                continue;
            if (n >= cap)
                return -WS_ETOOBIG;
            out[n++] = q;
        }
        return n;
    }
    ut = utext_openUChars(u->ut, u->u16 + ws, we - ws, &st);
    if (U_FAILURE(st))
        return -WS_ENOMEM;
    u->ut = ut;
    ubrk_setUText(bi, ut, &st);
    if (U_FAILURE(st))
        return -WS_EINTERNAL;
    ubrk_first(bi);
    for (q = ubrk_next(bi); q != UBRK_DONE; q = ubrk_next(bi)) {
        q += ws;
        if (q >= we && we < u->u16len)
            break;
        if (n > 0 && out[n - 1] >= (u->u16ascii ? q : u->u16b[q]))
            continue;
        if (n >= cap)
            return -WS_ETOOBIG;
        out[n++] = u->u16ascii ? q : u->u16b[q];
    }
    return n;
}

/* The first unit at or after p that may end a sentence: '.', '!', '?',
 * LF, CR or a non-ASCII unit outside U+0086..U+052F (len when none);
 * eight units a compare with SSE2 (the scan read every unit of the text,
 * with a branch each).  U+0086..U+052F (Latin, Greek and Cyrillic letters,
 * the Latin-1 quotation marks) holds no Sentence_Break ATerm, STerm, Sep,
 * CR or LF (sb_term's set; U+0085 is Sep): without it, Cyrillic or Polish
 * text stopped the scan at every letter. */
static inline int32_t
skip_plain(const UChar *t, int32_t p, int32_t len)
{
#ifdef __SSE2__
    const __m128i dot = _mm_set1_epi16('.'), exc = _mm_set1_epi16('!'),
                  que = _mm_set1_epi16('?'), lf = _mm_set1_epi16('\n'),
                  cr = _mm_set1_epi16('\r'), hi = _mm_set1_epi16(-0x80),
                  lo2 = _mm_set1_epi16(0x86), n2 = _mm_set1_epi16(0x52F - 0x86),
                  zero = _mm_setzero_si128();
    for (; p + 8 <= len; p += 8) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + p));
        __m128i m = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi16(v, dot), _mm_cmpeq_epi16(v, exc)),
            _mm_or_si128(_mm_cmpeq_epi16(v, que), _mm_cmpeq_epi16(v, lf)));
        /* plain: ASCII, or in U+0086..U+052F (unsigned: v - 0x86
         * saturated minus the range's width is 0) */
        __m128i plain = _mm_or_si128(
            _mm_cmpeq_epi16(_mm_and_si128(v, hi), zero),
            _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(v, lo2), n2), zero));
        int bits;
        m = _mm_or_si128(m, _mm_cmpeq_epi16(v, cr));
        bits = _mm_movemask_epi8(m) | (~_mm_movemask_epi8(plain) & 0xFFFF);
        if (bits)
            return p + __builtin_ctz((unsigned)bits) / 2;
    }
#endif
    for (; p < len; p++) {
        UChar c = t[p];
        if (c >= 0x80
                ? (UChar)(c - 0x86) > 0x52F - 0x86
                : c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r')
            return p;
    }
    return len;
}

/* The first of the units before p, back to lo, that are ASCII and not a
 * space, tab, LF or CR (p when t[p - 1] is not one of them); eight units
 * a compare with SSE2, the last match by its highest bit (the loop that
 * stepped back a unit at a time over the word before each terminator,
 * its exit mispredicted, cost 0.5M of est2 more per MB of English). */
static inline int32_t
back_plain(const UChar *t, int32_t p, int32_t lo)
{
#ifdef __SSE2__
    const __m128i sp = _mm_set1_epi16(' '), tab = _mm_set1_epi16('\t'),
                  lf = _mm_set1_epi16('\n'), cr = _mm_set1_epi16('\r'),
                  hi = _mm_set1_epi16(-0x80), zero = _mm_setzero_si128();
    for (; p - 8 >= lo; p -= 8) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + p - 8));
        __m128i m = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi16(v, sp), _mm_cmpeq_epi16(v, tab)),
            _mm_or_si128(_mm_cmpeq_epi16(v, lf), _mm_cmpeq_epi16(v, cr)));
        int bits =
            _mm_movemask_epi8(m) |
            (~_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, hi), zero)) &
             0xFFFF);
        if (bits)
            return p - 8 + (31 - __builtin_clz((unsigned)bits)) / 2 + 1;
    }
#endif
    while (p > lo && t[p - 1] < 0x80 && t[p - 1] != ' ' && t[p - 1] != '\t' &&
           t[p - 1] != '\n' && t[p - 1] != '\r')
        p--;
    return p;
}

/* Sentence breaks read near the characters that can end a sentence: by
 * UAX #29 a sentence break follows a paragraph separator (SB4) or
 * ATerm|STerm Close* Sp* ParaSep? (SB11), and whether it does depends on
 * the letter before the full stop (SB7) and on the characters after it up
 * to the first letter, separator or terminator (SB8).  So the iterator
 * runs over a window from the last space before each terminator to that
 * character (windows that touch are merged), breaks after separators
 * outside windows are taken as they are, and the rest of the text (most
 * of it) is not read: the same breaks as iterating over all of it (the
 * unit test compares both), for a third of the work. */
static int32_t
sentence_breaks(ws_icu *u, UBreakIterator *bi, int32_t *out, int32_t cap)
{
    const UChar *t = u->u16, *end = u->u16 + u->u16len;
    int32_t len = u->u16len, p, n = 0, ws = -1, we = -1, i, sb, lo;

    for (p = 0; p < len; p++) {
        UChar c0;
        if ((p = skip_plain(t, p, len)) >= len)
            break;
        c0 = t[p];
        if (c0 < 0x80 ? !((c0 == '.') | (c0 == '!') | (c0 == '?') |
                          (c0 == '\n') | (c0 == '\r'))
                      : !sb_term(u, c0, t + p + 1, end))
            continue;
        if (p < we)
            goto extend; /* inside the pending window */
        sb = t[p] < 0x80 ? (t[p] == '\n'   ? U_SB_LF
                            : t[p] == '\r' ? U_SB_CR
                                           : U_SB_ATERM)
                         : sb_prop(t, p, len);
        if (sb == U_SB_LF || sb == U_SB_CR || sb == U_SB_SEP) {
            /* a separator outside any window: a break after it (after
             * CR LF as one) */
            if (ws >= 0 && (n = window_breaks(u, bi, ws, we, out, n, cap)) < 0)
                return n;
            ws = we = -1;
            i = p + 1;
            if (sb == U_SB_CR && i < len && t[i] == '\n')
                i++;
            if (n >= cap)
                return -WS_ETOOBIG;
            if (n == 0 || out[n - 1] < (u->u16ascii ? i : u->u16b[i]))
                out[n++] = u->u16ascii ? i : u->u16b[i];
            p = i - 1;
            continue;
        }
        /* a new window from the last space or separator before p (at most
         * 32 units back), not starting on a combining or format
         * character */
        lo = p - 32 > we ? p - 32 : we;
        lo = lo > 0 ? lo : 0;
        for (i = p; (i = back_plain(t, i, lo)) > lo; i--) {
            int32_t s2;
            /* a space, tab, LF or CR, or a unit beyond ASCII */
            if (t[i - 1] < 0x80)
                break;
            s2 = sb_prop(t, i - 1, len);
            if (s2 == U_SB_SP || s2 == U_SB_SEP)
                break;
        }
        if (i < len && t[i] >= 0x80 &&
            sb_is(sb_prop(t, i, len), U_SB_EXTEND, U_SB_FORMAT))
            i = we >= 0 ? we : 0;
        if (ws >= 0 && i > we) {
            if ((n = window_breaks(u, bi, ws, we, out, n, cap)) < 0)
                return n;
            ws = -1;
        }
        if (ws < 0)
            ws = i;
    extend:
        /* the window's end: past terminators, closing punctuation,
         * spaces and one separator, then up to and including the first
         * letter, separator or terminator, and two more units */
        i = p + 1;
        while (i < len) {
            UChar c = t[i];
            if (c < 0x80) {
                if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' ||
                    c == ')' || c == ']' || c == '}')
                    i++;
                else
                    break;
            } else {
                sb = sb_prop(t, i, len);
                if (sb == U_SB_ATERM || sb == U_SB_STERM || sb == U_SB_CLOSE ||
                    sb == U_SB_EXTEND || sb == U_SB_FORMAT)
                    i++;
                else
                    break;
            }
        }
        while (i < len) {
            UChar c = t[i];
            if (c == ' ' || c == '\t' ||
                (c >= 0x80 && sb_prop(t, i, len) == U_SB_SP))
                i++;
            else
                break;
        }
        while (i < len) {
            sb = t[i] < 0x80 ? -1 : sb_prop(t, i, len);
            if (t[i] < 0x80 ? (t[i] >= 'a' && t[i] <= 'z') ||
                                  (t[i] >= 'A' && t[i] <= 'Z') ||
                                  t[i] == '\n' || t[i] == '\r' || t[i] == '.' ||
                                  t[i] == '!' || t[i] == '?'
                            : (sb == U_SB_OLETTER || sb == U_SB_UPPER ||
                               sb == U_SB_LOWER || sb == U_SB_SEP ||
                               sb == U_SB_ATERM || sb == U_SB_STERM))
                break;
            i++;
        }
        i += 3;
        if (i > len)
            i = len;
        if (i > we)
            we = i;
    }
    if (ws >= 0 && (n = window_breaks(u, bi, ws, we, out, n, cap)) < 0)
        return n;
    if (n == 0 || out[n - 1] < (u->u16ascii ? len : u->u16b[len])) {
        if (n >= cap)
            return -WS_ETOOBIG;
        out[n++] = u->u16ascii ? len : u->u16b[len];
    }
    return n;
}

/* ---- word breaks: a fast path for alphabetic text ----
 * ICU's word iterator costs some 130 instructions a byte of English; most
 * of the text is letters, digits, spaces and ASCII punctuation, whose
 * breaks the rules of UAX #29 as ICU implements them (word.txt: the colon
 * is not MidLetter there, '@' is ALetter) decide from the neighbouring
 * characters alone: WB3 (CR LF), WB3a/b (breaks around newlines), WB3d (spaces
 * together), WB5-WB13b for letters, digits, their middle punctuation and
 * connectors.  Those characters (the Latin, Greek and Cyrillic blocks and
 * General Punctuation, by their Word_Break property) are segmented here;
 * a stretch with any other character (a combining mark, a format
 * character, an emoji, a Hebrew, CJK or Thai letter, ...) goes to ICU,
 * from the last break before it that no later character can move (before
 * a space, around a newline, after spaces before a simple character) to
 * the next such break: ICU iterating from a break it would give anyway
 * gives the same breaks as over the whole text.  The rule status is
 * ICU's: 200 for a word ending in a letter (or a connector after one or
 * after another connector), 100 for one ending in a digit (or a
 * connector after one), 0 otherwise.  The unit test compares both on
 * random text. */
enum {
    WC_OT,  /* any other simple character: breaks on both sides */
    WC_AL,  /* ALetter */
    WC_NU,  /* Numeric */
    WC_ML,  /* MidLetter (not ':') */
    WC_MN,  /* MidNum */
    WC_MNL, /* MidNumLet, Single_Quote */
    WC_ENL, /* ExtendNumLet */
    WC_WS,  /* WSegSpace */
    WC_CR,
    WC_LF,
    WC_NL, /* Newline */
    WC_X   /* anything else: ICU decides */
};

static uint8_t
wb_class_of(UChar32 c)
{
    if (c == '@')
        return WC_AL; /* ICU 72's word.txt adds it to ALetter */
    if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ||
        u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT)
        return WC_X;
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_OTHER:
    case U_WB_DOUBLE_QUOTE:
        return WC_OT;
    case U_WB_ALETTER:
        return WC_AL;
    case U_WB_NUMERIC:
        return WC_NU;
    case U_WB_MIDLETTER:
        return c == ':' ? WC_OT : WC_ML;
    case U_WB_MIDNUM:
        return WC_MN;
    case U_WB_MIDNUMLET:
    case U_WB_SINGLE_QUOTE:
        return WC_MNL;
    case U_WB_EXTENDNUMLET:
        return WC_ENL;
    case U_WB_WSEGSPACE:
        return WC_WS;
    case U_WB_CR:
        return WC_CR;
    case U_WB_LF:
        return WC_LF;
    case U_WB_NEWLINE:
        return WC_NL;
    default:
        return WC_X;
    }
}

static void
wb_init(ws_icu *u)
{
    UChar32 c;

    for (c = 0; c < 0x530; c++)
        u->wbc[c] = wb_class_of(c);
    for (c = 0; c < 0x70; c++)
        u->wbg[c] = wb_class_of(0x2000 + c);
    u->wbinit = 1;
}

/* The classes that start a run of letters, digits and connectors. */
#define WB_RUN_START ((1u << WC_AL) | (1u << WC_NU) | (1u << WC_ENL))

/* The classes after which a space is not a segment of its own. */
#define WB_NOT_AFTER_SPACE ((1u << WC_WS) | (1u << WC_X))

static inline int
wcls(const ws_icu *u, UChar c)
{
    if (c < 0x530)
        return u->wbc[c];
    if (c >= 0x2000 && c < 0x2070)
        return u->wbg[c - 0x2000];
    return WC_X;
}

/* Is there a break between a unit of class a and one of class b whatever
 * the text after them and before them (see above)? */
static int
wb_certain_rule(int a, int b)
{
    if (a == WC_LF || a == WC_NL || b == WC_LF || b == WC_NL)
        return !(a == WC_CR && b == WC_LF);
    if (a == WC_CR || b == WC_CR)
        return 1;
    if (b == WC_WS)
        return a != WC_WS && a != WC_X;
    return a == WC_WS && b != WC_X;
}

/* wb_certain_rule's answers by class pair, bit b of wb_certain[a]: asked
 * at every segment, where its branches on the classes (a space or not)
 * were mispredicted */
static uint16_t wb_certain[WC_X + 1];
static pthread_once_t wb_certain_once = PTHREAD_ONCE_INIT;

static void
wb_certain_init(void)
{
    for (int a = 0; a <= WC_X; a++) {
        uint16_t row = 0;
        for (int b = 0; b <= WC_X; b++)
            row |= (uint16_t)(wb_certain_rule(a, b) << b);
        wb_certain[a] = row;
    }
}

static inline int
wb_certain_ab(int a, int b)
{
    return (wb_certain[a] >> b) & 1;
}

/* Is UTF-16 unit c one of skip_letters' letters: an ASCII letter, or
 * one of U+00C0..U+02D7 (not U+00D7 or U+00F7), U+0400..U+0481 and
 * U+048A..U+052F (Latin and Cyrillic), all of them ALetter? */
static inline int
run_letter(UChar c)
{
    return (UChar)((c | 32) - 'a') < 26 ||
           ((UChar)(c - 0xC0) <= 0x2D7 - 0xC0 && c != 0xD7 && c != 0xF7) ||
           (UChar)(c - 0x400) <= 0x481 - 0x400 ||
           (UChar)(c - 0x48A) <= 0x52F - 0x48A;
}

/* The first unit at or after p that is not one of run_letter's letters
 * (len when none): eight units a compare with SSE2.  They are ALetter, so
 * a run of them only keeps the word going (fast_words; most of a word's
 * units, each a class look-up and branches in the loop; Cyrillic and
 * Polish words too, not only ASCII ones). */
static inline int32_t
skip_letters(const UChar *t, int32_t p, int32_t len)
{
#ifdef __SSE2__
    const __m128i x20 = _mm_set1_epi16(0x20), a = _mm_set1_epi16('a'),
                  z = _mm_set1_epi16(25), zero = _mm_setzero_si128(),
                  l1 = _mm_set1_epi16(0xC0), n1 = _mm_set1_epi16(0x2D7 - 0xC0),
                  c1 = _mm_set1_epi16(0x400),
                  m1 = _mm_set1_epi16(0x481 - 0x400),
                  c2 = _mm_set1_epi16(0x48A),
                  m2 = _mm_set1_epi16(0x52F - 0x48A),
                  times = _mm_set1_epi16(0xD7), divide = _mm_set1_epi16(0xF7);
    for (; p + 8 <= len; p += 8) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + p));
        /* x - lo <= hi - lo, unsigned: saturating minus (hi - lo) is 0 */
        __m128i l = _mm_sub_epi16(_mm_or_si128(v, x20), a);
        __m128i in = _mm_cmpeq_epi16(_mm_subs_epu16(l, z), zero);
        int bits = _mm_movemask_epi8(in), q;
        if (bits == 0xFFFF)
            continue;
        /* the other letters only when the ASCII ones stop at one of
         * U+00C0 or above (not at the space or punctuation after an
         * English word) */
        q = p + __builtin_ctz(~(unsigned)bits & 0xFFFF) / 2;
        if (t[q] < 0xC0)
            return q;
        __m128i lat =
            _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(v, l1), n1), zero);
        __m128i cyr = _mm_or_si128(
            _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(v, c1), m1), zero),
            _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(v, c2), m2), zero));
        __m128i sym =
            _mm_or_si128(_mm_cmpeq_epi16(v, times), _mm_cmpeq_epi16(v, divide));
        bits = _mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(in, cyr), _mm_andnot_si128(sym, lat)));
        if (bits != 0xFFFF)
            return p + __builtin_ctz(~(unsigned)bits & 0xFFFF) / 2;
    }
#endif
    while (p < len && run_letter(t[p]))
        p++;
    return p;
}

#ifdef __SSE2__
/* The lanes of the eight UTF-16 units at t that are ASCII letters */
static inline __m128i
ascii_letters8(const UChar *t)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)t);
    __m128i l = _mm_sub_epi16(_mm_or_si128(v, _mm_set1_epi16(0x20)),
                              _mm_set1_epi16('a'));
    return _mm_cmpeq_epi16(_mm_subs_epu16(l, _mm_set1_epi16(25)),
                           _mm_setzero_si128());
}
#endif

/* skip_letters(t, p, len) for fast_words' run of words, each after one
 * space: from a bit a unit (an ASCII letter) over a window of 64 units at
 * *base, made again when p is outside it; the letters at p by one shift
 * and a count.  skip_letters waited for each word's end (a count of bits)
 * before it loaded the next word's units: a chain of loads from word to
 * word, here only the count (perf: ws_icu_breaks' samples -10 % in run,
 * tokenize -0.7 to -2.2 %).  A run that reaches a unit of U+00C0 or above,
 * or the window's end, goes on in skip_letters. */
static inline int32_t
skip_letters_w(const UChar *t, int32_t p, int32_t len, int32_t *base,
               uint64_t *lm)
{
#ifdef __SSE2__
    uint32_t r = (uint32_t)p - (uint32_t)*base;
    uint64_t m;
    int32_t q;
    if (r >= 64) {
        uint64_t b = 0;
        if (p + 64 > len)
            return skip_letters(t, p, len);
        for (int j = 0; j < 64; j += 16)
            b |= (uint64_t)(uint32_t)_mm_movemask_epi8(_mm_packs_epi16(
                     ascii_letters8(t + p + j), ascii_letters8(t + p + j + 8)))
                 << j;
        *base = p;
        *lm = b;
        r = 0;
    }
    m = ~*lm >> r;
    if (!m)
        return skip_letters(t, *base + 64, len);
    q = p + __builtin_ctzll(m);
    return t[q] < 0xC0 ? q : skip_letters(t, q, len);
#else
    (void)base;
    (void)lm;
    return skip_letters(t, p, len);
#endif
}

/* The word breaks of the UTF-16 text (see above); bi is the locale's word
 * iterator for the stretches ICU decides.  Returns the count, or a
 * negative code. */
static int32_t
fast_words(ws_icu *u, UBreakIterator *bi, int32_t *out, int32_t *status,
           int32_t cap)
{
    const UChar *t = u->u16;
    const int32_t len = u->u16len;
    const int32_t *ub = u->u16ascii ? NULL : u->u16b;
    int32_t p = 0, n = 0, safe = 0, nsafe = 0, nwin = 0;
    int32_t wbase = -64; /* skip_letters_w's window (none yet) */
    uint64_t wlm = 0;
    int pc = WC_X; /* the class of unit p - 1 */
    int c;         /* the class of unit p */

    if (!u->wbinit) {
        pthread_once(&wb_certain_once, wb_certain_init);
        wb_init(u);
    }
    c = len > 0 ? wcls(u, t[0]) : WC_X;
    while (p < len) {
        int32_t i = p, st = 0;
        int x = -1, nc;
        if (p > 0 && wb_certain_ab(pc, c)) {
            safe = p;
            nsafe = n;
        }
        /* tests, not a switch: its jump was mispredicted at nearly every
         * segment (a word, a space, a word ...), these branches follow
         * that pattern; spaces and words first, the most frequent */
        if (c == WC_WS) {
            while (i < len && wcls(u, t[i]) == WC_WS)
                i++;
        } else if ((1u << c) & WB_RUN_START) {
            int prev = c;
            st = c == WC_AL ? 200 : c == WC_NU ? 100 : 0;
            /* a word that starts with a letter (most of them): its
             * letters at once, and the loop below starts at the unit
             * after them (not a letter: the loop's test of it is not
             * made) */
            i = c == WC_AL ? skip_letters(t, i + 1, len) : i + 1;
            /* the commonest segments: a word of letters, then one space
             * before a unit that is neither a space nor ICU's
             * (WB_NOT_AFTER_SPACE), a segment of its own: both breaks
             * here, as the code below would write them (its class tests,
             * the break after the space without a branch, the classes
             * read again, skipped), and the break after the space, which
             * is certain, made safe; word after word without the tests
             * at the loop's top and above */
            while (c == WC_AL && i + 1 < len && t[i] == ' ' && n + 2 <= cap) {
                int e = wcls(u, t[i + 1]);
                if ((WB_NOT_AFTER_SPACE >> e) & 1u)
                    break;
                out[n] = ub ? ub[i] : i;
                out[n + 1] = ub ? ub[i + 1] : i + 1;
                if (status) {
                    status[n] = 200;
                    status[n + 1] = 0;
                }
                n += 2;
                pc = WC_WS;
                c = e;
                p = safe = i + 1;
                nsafe = n;
                if (c == WC_AL)
                    i = skip_letters_w(t, p + 1, len, &wbase, &wlm);
            }
            /* a segment of another kind after the space: the loop's top
             * (a word of letters that ends otherwise: the loop below, as
             * for the first) */
            if (c != prev)
                continue;
            for (; i < len; i++) {
                int d;
                /* a space ends the word (WC_WS: none of the tests below
                 * goes on; most words end at one) */
                if (t[i] == ' ')
                    break;
                if (run_letter(t[i])) {
                    /* letters: each as d == WC_AL below */
                    i = skip_letters(t, i + 1, len);
                    st = 200;
                    prev = WC_AL;
                    if (i >= len)
                        break;
                }
                d = wcls(u, t[i]);
                if (d == WC_AL) {
                    st = 200;
                } else if (d == WC_NU) {
                    st = 100;
                } else if (d == WC_ENL) {
                    st = prev == WC_NU ? 100 : 200;
                } else if ((d == WC_ML || d == WC_MNL || d == WC_MN) &&
                           prev != WC_ENL && i + 1 < len) {
                    int e = wcls(u, t[i + 1]);
                    if (e == WC_X) {
                        x = i + 1;
                        break;
                    }
                    if (prev == WC_AL && d != WC_MN && e == WC_AL) {
                        st = 200;
                    } else if (prev == WC_NU && d != WC_ML && e == WC_NU) {
                        st = 100;
                    } else {
                        break;
                    }
                    i++;
                    d = e;
                } else {
                    if (d == WC_X)
                        x = i;
                    break;
                }
                prev = d;
            }
        } else if (c == WC_X) {
            x = p;
        } else if (c == WC_CR) {
            i++;
            if (i < len && t[i] == '\n')
                i++;
        } else { /* one character */
            i++;
        }
        /* the class of unit i: the next segment's first (read once) */
        nc = i < len ? wcls(u, t[i]) : WC_X;
        if (x < 0 && i < len && nc == WC_X)
            x = i; /* it may attach to what is before it */
        if (x >= 0) {
            /* ICU from the last certain break to the next one after x */
            UErrorCode e = U_ZERO_ERROR;
            UText *ut;
            int32_t q = x + 1, r;
            /* text full of such characters (a language ICU segments
             * with a dictionary, emoji) goes to ICU whole from here */
            if (++nwin > 16 && (int64_t)nwin * 256 > x)
                q = len;
            while (q < len && !wb_certain_ab(wcls(u, t[q - 1]), wcls(u, t[q])))
                q++;
            ut = utext_openUChars(u->ut, t + safe, q - safe, &e);
            if (U_FAILURE(e))
                return -WS_ENOMEM;
            u->ut = ut;
            ubrk_setUText(bi, ut, &e);
            if (U_FAILURE(e))
                return -WS_EINTERNAL;
            n = nsafe;
            ubrk_first(bi);
            for (r = ubrk_next(bi); r != UBRK_DONE; r = ubrk_next(bi)) {
                if (n >= cap)
                    return -WS_ETOOBIG;
                out[n] = ub ? ub[safe + r] : safe + r;
                if (status)
                    status[n] = ubrk_getRuleStatus(bi);
                n++;
            }
            p = safe = q;
            nsafe = n;
            pc = wcls(u, t[q - 1]);
            c = q < len ? wcls(u, t[q]) : WC_X;
            continue;
        }
        if (n >= cap)
            return -WS_ETOOBIG;
        out[n] = ub ? ub[i] : i;
        if (status)
            status[n] = st;
        n++;
        {
            /* one space (U+0020, most of the spaces in running text)
             * after the segment and before a unit that is neither a
             * space nor ICU's (WB_NOT_AFTER_SPACE) is a segment of its
             * own: its break is written here, counted only when it is
             * one (sp), without a branch on it.  The loop's test for a
             * space segment was mispredicted at every word that ends at
             * punctuation, not at a space (136k of ws_icu_breaks' 386k
             * mispredicts per MB of English).  The break after the
             * space is certain (wb_certain_ab): the loop's top records
             * it as safe.  t[i] and t[i + 1] are read only inside the
             * text (else t[p], and sp is 0). */
            int32_t i1 = i + 1 < len ? i + 1 : p;
            int e = wcls(u, t[i1]);
            int32_t sp = (i + 1 < len) & (t[i < len ? i : p] == ' ') &
                         (int32_t)(((WB_NOT_AFTER_SPACE >> e) & 1u) ^ 1u);
            if ((n >= cap) & (sp != 0))
                return -WS_ETOOBIG;
            if (n < cap) {
                out[n] = ub ? ub[i1] : i1;
                if (status)
                    status[n] = 0;
            }
            n += sp;
            /* the class of unit i - 1 read either way, then chosen
             * without a branch (whether a space followed was not
             * predictable) */
            pc = wcls(u, t[i - 1]);
            pc = sp ? WC_WS : pc;
            c = sp ? e : nc;
            p = i + sp;
        }
    }
    return n;
}

/* Locales whose word rules are the root ones and need no dictionary. */
static int
root_word_rules(const char *locale)
{
    static const char *const ok[] = {"",   "en", "de", "fr",
                                     "pl", "ru", "uk", NULL};
    int i;

    for (i = 0; ok[i]; i++)
        if (strcmp(locale, ok[i]) == 0)
            return 1;
    return 0;
}

void
ws_icu_exact(ws_icu *u, int exact)
{
    u->exact = exact;
}

/* Boundaries only (no callback): fills out[] with the break offsets after
 * the first one (so out[i] is the end of segment i) and, when status is
 * not NULL, the rule status of each.  Returns the number of segments, or
 * a negative code; cap too small gives -WS_ETOOBIG.  The text is read
 * in UTF-16: the copy ws_icu_text made when text and len are those of the
 * last call (ws_tokenize calls ws_icu_text for every document, so a new
 * document at the same address is converted again), else a new one. */
int32_t
ws_icu_breaks(ws_icu *u, int sentences, const char *locale, const char *text,
              size_t len, int32_t *out, int32_t *status, int32_t cap)
{
    ws_icu_loc *l = get_loc(u, locale);
    UBreakIterator **bip = sentences ? &l->sent : &l->word;
    UErrorCode st = U_ZERO_ERROR;
    UText *ut;
    int32_t q, n = 0;

    if (!*bip) {
        char lbuf[48];
        snprintf(lbuf, sizeof(lbuf), "%s", l->locale);
        *bip = ubrk_open(sentences ? UBRK_SENTENCE : UBRK_WORD, lbuf, NULL, 0,
                         &st);
        if (U_FAILURE(st)) {
            *bip = NULL;
            return -WS_EMODEL;
        }
    }
    if (u->u16src != text || u->u16srclen != len)
        ws_icu_text(u, text, len);
    /* the fast paths give the iterator the stretches it decides (the whole
     * text set here first cost 0.8M of est2 per MB of English, two
     * settings a document, mostly never iterated) */
    if (sentences && !status && u->u16ok && !u->exact &&
        root_sentence_rules(l->locale))
        return sentence_breaks(u, *bip, out, cap);
    if (!sentences && u->u16ok && !u->exact && !u->icu_words &&
        root_word_rules(l->locale))
        return fast_words(u, *bip, out, status, cap);
    if (u->u16ok)
        ut = utext_openUChars(u->ut, u->u16, u->u16len, &st);
    else
        ut = utext_openUTF8(u->ut, text, (int64_t)len, &st);
    if (U_FAILURE(st))
        return -WS_ENOMEM;
    u->ut = ut;
    ubrk_setUText(*bip, ut, &st);
    if (U_FAILURE(st))
        return -WS_EINTERNAL;
    ubrk_first(*bip);
    for (q = ubrk_next(*bip); q != UBRK_DONE; q = ubrk_next(*bip)) {
        if (n >= cap)
            return -WS_ETOOBIG;
        out[n] = (u->u16ok && !u->u16ascii) ? u->u16b[q] : q;
        if (status)
            status[n] = ubrk_getRuleStatus(*bip);
        n++;
    }
    return n;
}

int
ws_icu_latin(ws_icu *u, const char *s, size_t len, char *buf, size_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t ulen = 0, limit, olen = 0;
    static const UChar id[] = {'A', 'n', 'y', '-', 'L', 'a', 't', 'i',
                               'n', ';', ' ', 'L', 'a', 't', 'i', 'n',
                               '-', 'A', 'S', 'C', 'I', 'I', 0};

    if (!u->latin && !u->latin_failed) {
        u->latin = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
        if (U_FAILURE(st)) {
            u->latin = NULL;
            u->latin_failed = 1;
        }
        st = U_ZERO_ERROR;
    }
    if (!u->latin || len > (size_t)INT32_MAX / 8)
        return -1;
    /* room for the expansion of the transliteration */
    if (u->ubufcap < (int32_t)len * 4 + 16) {
        int32_t nc = (int32_t)len * 4 + 16;
        UChar *nb = realloc(u->ubuf, (size_t)nc * sizeof(UChar));
        if (!nb)
            return -1;
        u->ubuf = nb;
        u->ubufcap = nc;
    }
    u_strFromUTF8(u->ubuf, u->ubufcap, &ulen, s, (int32_t)len, &st);
    if (U_FAILURE(st))
        return -1;
    limit = ulen;
    utrans_transUChars(u->latin, u->ubuf, &ulen, u->ubufcap, 0, &limit, &st);
    if (U_FAILURE(st))
        return -1;
    u_strToUTF8(buf, (int32_t)cap, &olen, u->ubuf, ulen, &st);
    if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING ||
        (size_t)olen >= cap)
        return -1;
    return olen;
}

const ws_sbd *
ws_icu_sbd(ws_icu *u, ws_models *m, const char *lang)
{
    char path[4096], err[256];
    const char *env;
    int i;

    if (!m || !lang || !lang[0])
        return NULL;
    if (!u->sbd_off) {
        env = getenv("WS_SBD");
        u->sbd_off = (env && strcmp(env, "0") == 0) ? 1 : -1;
    }
    if (u->sbd_off > 0)
        return NULL;
    for (i = 0; i < u->nsbd; i++)
        if (strcmp(u->sbd[i].lang, lang) == 0)
            return u->sbd[i].m;
    if (u->nsbd >= WS_ICU_MAXLOC)
        return NULL;
    ws_models_path(m, lang, "sbd.model", path, sizeof(path));
    snprintf(u->sbd[u->nsbd].lang, sizeof(u->sbd[0].lang), "%s", lang);
    ws_doc_deadline_hold();
    u->sbd[u->nsbd].m = sbd_acquire(path, err, sizeof(err));
    ws_doc_deadline_release();
    return u->sbd[u->nsbd++].m;
}

void
ws_icu_set_sink(ws_icu *u, ws_sbd_sink *s)
{
    u->sink = s;
}

ws_sbd_sink *
ws_icu_sink(ws_icu *u)
{
    return u->sink;
}
