/*
 * test_tokenize_word_path.c - tokens' fast path for a word that starts
 * with an ASCII letter and ends at a space (emit_in with `word`, inlined
 * in tokens()) gives the tokens the general path gives: the same words
 * with a tab after them (the general path) have the same offsets and
 * flags, and the flags are those of their characters' classes.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "tokenize_test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

static ws_doc *
tokenized(const char *text, size_t n)
{
    ws_doc *d = ws_doc_new();
    CHECK(d != NULL, "no document");
    if (!d)
        return NULL;
    ws_doc_set_text(d, text, n);
    snprintf(d->lang, sizeof(d->lang), "%s", "en");
    d->lang_given = 1;
    CHECK(ws_tokenize(worker, d) == 0, "ws_tokenize failed");
    return d;
}

/* Random words (an ASCII letter first, then ASCII letters of either case,
 * digits, two-byte letters; 1 to 40 bytes, across the sixteen bytes the
 * vector path reads) with a space after each, and the same with a tab:
 * the tokens agree field by field (SENT0 aside: the sentence breaks may
 * see a tab otherwise), and with the classes of their characters. */
static void
test_word_path(unsigned seed)
{
    static const int32_t two[] = {0xE9,  0xC9,  0xDF,  0x101, 0x142,
                                  0x416, 0x436, 0x3A9, 0x3C9, 0x660};
    static const char first[] = "aAzZmQ";
    static char sp[1 << 16], tab[1 << 16];
    size_t n = 0;
    int32_t words = 0, i, checked = 0;
    ws_doc *a, *b;

    srand(seed);
    while (n + 48 < sizeof(sp) / 2) {
        int len = 1 + rand() % 40;
        size_t w0 = n;
        sp[n++] = first[rand() % 6];
        while ((int)(n - w0) < len) {
            int r = rand() % 10;
            if (r < 5)
                sp[n++] = (char)('a' + rand() % 26);
            else if (r < 7)
                sp[n++] = (char)('A' + rand() % 26);
            else if (r < 8)
                sp[n++] = (char)('0' + rand() % 10);
            else
                put_cp(sp, &n, two[rand() % 10]);
        }
        sp[n++] = ' ';
        words++;
    }
    sp[n++] = 'x'; /* the last word's space is inside the text */
    memcpy(tab, sp, n);
    for (size_t j = 0; j < n; j++)
        if (tab[j] == ' ')
            tab[j] = '\t';
    a = tokenized(sp, n);
    b = tokenized(tab, n);
    if (!a || !b) {
        ws_doc_free(a);
        ws_doc_free(b);
        return;
    }
    CHECK(a->tokens.n == b->tokens.n, "%d tokens with spaces, %d with tabs",
          a->tokens.n, b->tokens.n);
    for (i = 0; i < a->tokens.n && i < b->tokens.n; i++) {
        const ws_token *x = &a->tokens.v[i], *y = &b->tokens.v[i];
        const char *p = a->text + x->bstart;
        int32_t len = x->bend - x->bstart;
        CHECK(x->start == y->start && x->end == y->end &&
                  x->bstart == y->bstart && x->bend == y->bend,
              "token %d %.*s: [%d,%d) bytes [%d,%d) against [%d,%d) [%d,%d)", i,
              (int)len, p, x->start, x->end, x->bstart, x->bend, y->start,
              y->end, y->bstart, y->bend);
        CHECK((x->flags & ~(uint32_t)WS_TOK_SENT0) ==
                  (y->flags & ~(uint32_t)WS_TOK_SENT0),
              "token %d %.*s: flags %x with a space, %x with a tab", i,
              (int)len, p, x->flags, y->flags);
        if (i + 1 < a->tokens.n) {
            /* a space follows each word but the last */
            uint32_t want = want_flags(p, len) | WS_TOK_SPACE;
            uint32_t got =
                x->flags & (WS_TOK_WORD | WS_TOK_NUM | WS_TOK_PUNCT |
                            WS_TOK_UPPER | WS_TOK_ALLCAP | WS_TOK_SPACE);
            CHECK(got == want, "token %d %.*s: flags %x, want %x", i, (int)len,
                  p, got, want);
            checked++;
        }
    }
    CHECK(checked + 1 >= words, "%d of %d words checked", checked, words);
    ws_doc_free(a);
    ws_doc_free(b);
}

/* Edge cases: one-letter words, words of exactly 16 and 17 bytes, a word
 * of two-byte letters after an ASCII one, capitals, a word with digits,
 * at the start and before the text's last word. */
static void
test_word_edges(void)
{
    static const char *const texts[] = {
        "a b c d",
        "Abcdefghijklmnop Abcdefghijklmnopq abcdefghijklmno x",
        "A\xC3\x89\xC3\x89 a\xC3\xA9t\xC3\xA9 ABC AB A x",
        "a1 A1b2 abc123def456ghi789 x1y2z3w4v5u6t7s8r9 end",
        "Zz zZ ZZZZZZZZZZZZZZZZZZZZ zzzzzzzzzzzzzzzzzzzz q",
    };
    for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
        size_t n = strlen(texts[t]);
        char tab[128];
        memcpy(tab, texts[t], n);
        for (size_t j = 0; j < n; j++)
            if (tab[j] == ' ')
                tab[j] = '\t';
        ws_doc *a = tokenized(texts[t], n), *b = tokenized(tab, n);
        if (!a || !b) {
            ws_doc_free(a);
            ws_doc_free(b);
            return;
        }
        CHECK(a->tokens.n == b->tokens.n, "text %zu: %d tokens, %d", t,
              a->tokens.n, b->tokens.n);
        for (int32_t i = 0; i < a->tokens.n && i < b->tokens.n; i++) {
            const ws_token *x = &a->tokens.v[i], *y = &b->tokens.v[i];
            const char *p = a->text + x->bstart;
            int32_t len = x->bend - x->bstart;
            CHECK(x->start == y->start && x->end == y->end &&
                      x->bstart == y->bstart && x->bend == y->bend &&
                      (x->flags & ~(uint32_t)WS_TOK_SENT0) ==
                          (y->flags & ~(uint32_t)WS_TOK_SENT0),
                  "text %zu token %d %.*s differs (flags %x, %x)", t, i,
                  (int)len, p, x->flags, y->flags);
            if (i + 1 < a->tokens.n)
                CHECK((x->flags &
                       (WS_TOK_WORD | WS_TOK_NUM | WS_TOK_PUNCT | WS_TOK_UPPER |
                        WS_TOK_ALLCAP | WS_TOK_SPACE)) ==
                          (want_flags(p, len) | WS_TOK_SPACE),
                      "text %zu token %d %.*s: flags %x", t, i, (int)len, p,
                      x->flags);
        }
        ws_doc_free(a);
        ws_doc_free(b);
    }
}

int
main(void)
{
    char err[256];

    models = ws_models_open(NULL, err, sizeof(err));
    if (!models) {
        fprintf(stderr, "test_tokenize_word_path: %s\n", err);
        return 1;
    }
    worker = ws_worker_new(models);
    if (!worker) {
        fprintf(stderr, "test_tokenize_word_path: no worker\n");
        return 1;
    }
    test_word_edges();
    for (unsigned seed = 1; seed <= 4; seed++)
        test_word_path(seed);
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
