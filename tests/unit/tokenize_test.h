/*
 * tokenize_test.h - helpers shared by the tokenizer's unit tests of token
 * flags (test_tokenize_two_byte.c, test_tokenize_word_path.c): write a code
 * point as UTF-8, and the flags a token's characters' classes give it; and
 * by those of random documents (test_tokenize_sparse.c, test_tok_perf40.c):
 * tokenize a text, list and check its sentence starts, draw random numbers
 * and hash a document's tokens, sentences and paragraphs.
 */
#ifndef TOKENIZE_TEST_H
#define TOKENIZE_TEST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

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

/* The byte offsets of the sentence starts and the token count, "n:a,b,c" */
static inline void
starts(const ws_doc *d, char *out, size_t cap)
{
    size_t o = (size_t)snprintf(out, cap, "%d:", d->tokens.n);
    int32_t s;

    for (s = 0; s < d->sentences.n && o + 12 < cap; s++) {
        int32_t t = d->sentences.v[s].tok0;
        o += (size_t)snprintf(out + o, cap - o, "%s%d", s ? "," : "",
                              d->tokens.v[t].bstart);
    }
}

/* A new document of text[0..n) in language lang tokenized by w, or NULL */
static inline ws_doc *
tokenize_lang(ws_worker *w, const char *text, size_t n, const char *lang)
{
    ws_doc *d = ws_doc_new();

    if (!d)
        return NULL;
    ws_doc_set_text(d, text, n);
    snprintf(d->lang, sizeof(d->lang), "%s", lang);
    d->lang_given = 1;
    if (ws_tokenize(w, d) != 0) {
        ws_doc_free(d);
        return NULL;
    }
    return d;
}

/* The sentence starts (starts()) of text in language lang tokenized by w,
 * in got: 1 when they are want (or want is NULL: the tests' gen mode), 0
 * when not, -1 when the text could not be tokenized */
static inline int
starts_case(ws_worker *w, const char *text, const char *lang, const char *want,
            char *got, size_t cap)
{
    ws_doc *d = tokenize_lang(w, text, strlen(text), lang);
    if (!d)
        return -1;
    starts(d, got, cap);
    ws_doc_free(d);
    return want == NULL || strcmp(got, want) == 0;
}

/* A random number below n from the xorshift state *rng */
static inline uint32_t
xs_rnd(uint64_t *rng, uint32_t n)
{
    *rng ^= *rng << 13;
    *rng ^= *rng >> 7;
    *rng ^= *rng << 17;
    return (uint32_t)(*rng >> 32) % n;
}

/* nw pieces drawn from piece[0..np) by the state *rng glued into text (of
 * cap bytes, ended by a NUL), each followed by a space unless
 * xs_rnd(rng, space) is 0, up to the one that would fill it; the length */
static inline size_t
glue_pieces(char *text, size_t cap, const char *const *piece, size_t np, int nw,
            uint64_t *rng, uint32_t space)
{
    size_t n = 0;
    for (int k = 0; k < nw; k++) {
        const char *p = piece[xs_rnd(rng, (uint32_t)np)];
        size_t l = strlen(p);
        if (n + l + 2 >= cap)
            break;
        memcpy(text + n, p, l);
        n += l;
        if (xs_rnd(rng, space))
            text[n++] = ' ';
    }
    text[n] = 0;
    return n;
}

static inline uint64_t
mix(uint64_t h, int64_t v)
{
    return (h ^ (uint64_t)v) * 0x100000001B3ULL;
}

/* h with every token's spans, flags and sentence, every sentence's spans,
 * tokens and paragraph, and every paragraph's span of d mixed in */
static inline uint64_t
mix_doc(uint64_t h, const ws_doc *d)
{
    for (int32_t i = 0; i < d->tokens.n; i++) {
        const ws_token *t = &d->tokens.v[i];
        const int64_t v[] = {t->start, t->end,   t->bstart,
                             t->bend,  t->flags, t->sent};
        for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
            h = mix(h, v[k]);
    }
    for (int32_t i = 0; i < d->sentences.n; i++) {
        const ws_sentence *s = &d->sentences.v[i];
        const int64_t v[] = {s->start, s->end, s->tok0, s->tok1, s->para};
        for (size_t k = 0; k < sizeof v / sizeof v[0]; k++)
            h = mix(h, v[k]);
    }
    for (int32_t i = 0; i < d->paragraphs.n; i++) {
        h = mix(h, d->paragraphs.v[i].start);
        h = mix(h, d->paragraphs.v[i].end);
    }
    return h;
}

#endif
