/*
 * tokenize_test.h - helpers shared by the tokenizer's unit tests of token
 * flags (test_tokenize_two_byte.c, test_tokenize_word_path.c): write a code
 * point as UTF-8, and the flags a token's characters' classes give it.
 */
#ifndef TOKENIZE_TEST_H
#define TOKENIZE_TEST_H

#include <stddef.h>
#include <stdint.h>

#include "ws_int.h"

/* Appends code point cp (U+0000..U+07FF) to buf at *n as UTF-8. */
static inline void
put_cp(char *buf, size_t *n, int32_t cp)
{
    if (cp < 0x80) {
        buf[(*n)++] = (char)cp;
    } else {
        buf[(*n)++] = (char)(0xC0 | (cp >> 6));
        buf[(*n)++] = (char)(0x80 | (cp & 0x3F));
    }
}

/* The flags emit gives a token of the bytes p[0..n), from the classes of
 * its code points (WS_TOK_SPACE aside: that is the caller's, from what
 * follows the token). */
static inline uint32_t
want_flags(const char *p, int32_t n)
{
    size_t i = 0;
    int nlet = 0, nup = 0, ndig = 0, first = -1;
    uint32_t want;

    while (i < (size_t)n) {
        int32_t cp = ws_utf8_decode(p, (size_t)n, &i);
        int cls = ws_cp_class(cp);
        if (first < 0)
            first = cls;
        if (cls & WS_CP_LETTER) {
            nlet++;
            nup += (cls & WS_CP_UPPER) != 0;
        } else if (cls & WS_CP_DIGIT) {
            ndig++;
        }
    }
    want = nlet ? WS_TOK_WORD : ndig ? WS_TOK_NUM : WS_TOK_PUNCT;
    if (first > 0 && (first & WS_CP_UPPER))
        want |= WS_TOK_UPPER;
    if (nlet > 1 && nup == nlet)
        want |= WS_TOK_ALLCAP;
    return want;
}

#endif
