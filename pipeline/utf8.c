/*
 * utf8.c - the utf8proc adapter: validation, NFC, case folding and
 * character classes.  The only file that includes <utf8proc.h>.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ws_int.h"

/* The inline ws_utf8_decode() (ws_int.h) decodes ASCII and well-formed
 * two-byte sequences (U+0080..U+07FF, no overlong forms with lead bytes
 * C2..DF) itself; the rest comes here: well-formed three-byte sequences
 * outside the surrogates (U+0800..U+FFFF: dashes, quotation marks), then
 * utf8proc, which rejects what these paths do not take. */
int32_t
ws_utf8__decode(const char *s, size_t len, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s + *i;
    if (len - *i >= 3 && *i < len && (u[0] & 0xF0) == 0xE0 &&
        (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
        int32_t cp = ((int32_t)(u[0] & 0x0F) << 12) |
                     ((int32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
            *i += 3;
            return cp;
        }
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + *i,
                                          (utf8proc_ssize_t)(len - *i), &cp);
    if (n <= 0) {
        (*i)++;
        return -1;
    }
    *i += (size_t)n;
    return cp;
}

int
ws_utf8_encode(int32_t cp, char *out)
{
    return (int)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

/* Skips whole eight-byte words of ASCII from i: the first index at or
 * after i where a word holds a byte >= 0x80 or fewer than eight remain. */
static inline size_t
ascii_words(const char *s, size_t i, size_t len)
{
    while (i + 8 <= len) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        if (v & 0x8080808080808080ULL)
            break;
        i += 8;
    }
    return i;
}

long
ws_utf8_invalid_at(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        i = ascii_words(s, i, len);
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t at = i;
        if (ws_utf8_decode(s, len, &i) < 0)
            return (long)at;
    }
    return -1;
}

/*
 * True when every code point of s is in a range whose characters are NFC
 * on their own and cannot compose with a neighbour (no combining marks,
 * no singletons, no conjoining jamo).  Conservative: false means "run the
 * normaliser", not "not NFC".  Covers Latin, Greek, Cyrillic, Thai, the
 * common punctuation and symbols, kana, CJK, Hangul syllables and emoji.
 */
static bool
cp_nfc_inert(int32_t cp)
{
    if (cp < 0x300)
        return true;
    if (cp < 0x370)
        return false; /* combining diacritics */
    if (cp <= 0x482)
        return cp != 0x374 && cp != 0x37E && cp != 0x387;
    if (cp <= 0x489)
        return false; /* Cyrillic combining marks */
    if (cp <= 0x52F)
        return true;
    if (cp >= 0x0E00 && cp <= 0x0E7F)
        return true;
    if (cp >= 0x2002 && cp <= 0x206F)
        return true;
    if (cp >= 0x20A0 && cp <= 0x20CF)
        return true;
    if (cp >= 0x2100 && cp <= 0x214F)
        return cp != 0x2126 && cp != 0x212A && cp != 0x212B;
    if (cp >= 0x2190 && cp <= 0x23FF)
        return cp != 0x2329 && cp != 0x232A;
    if (cp >= 0x2500 && cp <= 0x27BF)
        return true;
    if (cp >= 0x3000 && cp <= 0x30FF)
        return cp != 0x3099 && cp != 0x309A;
    if (cp >= 0x4E00 && cp <= 0x9FFF)
        return true;
    if (cp >= 0xAC00 && cp <= 0xD7A3)
        return true;
    if (cp >= 0xFF00 && cp <= 0xFFEF)
        return true;
    if (cp >= 0x1F000 && cp <= 0x1FAFF)
        return true;
    return false;
}

bool
ws_utf8_is_nfc_quick(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        i = ascii_words(s, i, len);
        if (i >= len)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c < 0xCC) {
            /* ASCII and U+0080..U+02FF (lead bytes below 0xCC) */
            i += c < 0x80 ? 1 : 2;
            continue;
        }
        int32_t cp = ws_utf8_decode(s, len, &i);
        if (cp < 0 || !cp_nfc_inert(cp))
            return false;
    }
    return true;
}

char *
ws_utf8_nfc(const char *s, size_t len, size_t *outlen)
{
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n =
        utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &out,
                     UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (n < 0)
        return NULL;
    *outlen = (size_t)n;
    return (char *)out;
}

/* Case folding of U+0080..U+07FF (Latin, Greek, Cyrillic ...), computed
 * once with utf8proc: the UTF-8 of each folded form (at most 7 bytes; a
 * longer one is left to utf8proc at run time, len 0xFF). */
static struct {
    unsigned char len;
    char s[7];
} fold2[0x800];
static pthread_once_t fold2_once = PTHREAD_ONCE_INIT;

static void
fold2_init(void)
{
    for (int32_t cp = 0x80; cp < 0x800; cp++) {
        utf8proc_int32_t dst[8];
        utf8proc_ssize_t k =
            utf8proc_decompose_char(cp, dst, 8, UTF8PROC_CASEFOLD, NULL);
        if (k < 0 || k > 8) {
            dst[0] = cp;
            k = 1;
        }
        char tmp[40];
        int n = 0;
        for (utf8proc_ssize_t j = 0; j < k; j++)
            n += ws_utf8_encode(dst[j], tmp + n);
        if (n > 7) {
            fold2[cp].len = 0xFF;
            continue;
        }
        memcpy(fold2[cp].s, tmp, (size_t)n);
        fold2[cp].len = (unsigned char)n;
    }
}

int
ws_utf8_fold(const char *s, size_t len, char *buf, size_t cap)
{
    size_t i = 0, n = 0;
    int init = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (n + 1 >= cap)
                return -1;
            buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        int32_t cp = ws_utf8_decode(s, len, &i);
        if (cp < 0)
            cp = 0xFFFD;
        if (cp < 0x800) {
            if (!init) {
                pthread_once(&fold2_once, fold2_init);
                init = 1;
            }
            if (fold2[cp].len != 0xFF) {
                /* near the end of buf: the general path's exact checks */
                if (n + 4 + fold2[cp].len >= cap)
                    goto general;
                memcpy(buf + n, fold2[cp].s, fold2[cp].len);
                n += fold2[cp].len;
                continue;
            }
        }
    general:;
        utf8proc_int32_t dst[8];
        utf8proc_ssize_t k =
            utf8proc_decompose_char(cp, dst, 8, UTF8PROC_CASEFOLD, NULL);
        if (k < 0 || k > 8) {
            dst[0] = cp;
            k = 1;
        }
        for (utf8proc_ssize_t j = 0; j < k; j++) {
            if (n + 4 >= cap)
                return -1;
            n += (size_t)ws_utf8_encode(dst[j], buf + n);
        }
    }
    buf[n] = '\0';
    return (int)n;
}

bool
ws_cp_is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool
ws_cp_is_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int
ws_cp_class(int32_t cp)
{
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z')
            return WS_CP_LETTER | WS_CP_UPPER;
        if (cp >= 'a' && cp <= 'z')
            return WS_CP_LETTER;
        return cp >= '0' && cp <= '9' ? WS_CP_DIGIT : 0;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return WS_CP_LETTER | WS_CP_UPPER;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return WS_CP_LETTER;
    case UTF8PROC_CATEGORY_ND:
        return WS_CP_DIGIT;
    default:
        return 0;
    }
}

bool
ws_cp_is_lower(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool
ws_cp_is_digit(int32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

bool
ws_cp_is_space(int32_t cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
        cp == '\v')
        return true;
    if (cp < 0x80)
        return false;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
           c == UTF8PROC_CATEGORY_ZP || cp == 0x85;
}

bool
ws_cp_is_punct(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) ||
               (cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0x7E);
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_SO;
}

bool
ws_cp_is_quote(int32_t cp)
{
    switch (cp) {
    case '"':
    case '\'':
    case 0x00AB: /* « */
    case 0x00BB: /* » */
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201A: /* ‚ */
    case 0x201B:
    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x201E: /* „ */
    case 0x201F:
    case 0x2039: /* ‹ */
    case 0x203A: /* › */
    case 0x300C: /* 「 */
    case 0x300D: /* 」 */
    case 0x300E: /* 『 */
    case 0x300F: /* 』 */
    case 0xFF02: /* ＂ */
        return true;
    default:
        return false;
    }
}

bool
ws_cp_is_dash(int32_t cp)
{
    return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2012 ||
           cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2212;
}
