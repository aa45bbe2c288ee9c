/*
 * test_tokenize_two_byte.c - the word, number, capital and all-capitals
 * flags of tokens with two-byte characters (U+0080..U+07FF, classified by
 * emit's table of their classes) agree with ws_cp_class.
 */
#include <string.h>

#include "test.h"
#include "tokenize_test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

/* Every two-byte code point doubled ("ÉÉ"), after an ASCII capital
 * ("AÉ") and before an ASCII letter ("Éa"): each token's flags are those
 * of its characters' classes, and it spans as many code points as it has
 * (the two-byte class table is indexed by the code point). */
static void
test_two_byte_token_flags(void)
{
    static char text[0x800 * 12];
    size_t n = 0;
    int32_t cp, i, checked = 0, letters = 0, digits = 0;
    ws_doc *d;

    for (cp = 0x80; cp < 0x800 && n + 13 < sizeof(text); cp++) {
        put_cp(text, &n, cp);
        put_cp(text, &n, cp);
        text[n++] = ' ';
        text[n++] = 'A';
        put_cp(text, &n, cp);
        text[n++] = ' ';
        put_cp(text, &n, cp);
        text[n++] = 'a';
        text[n++] = ' ';
    }
    text[n] = 0;
    d = ws_doc_new();
    CHECK(d != NULL, "no document");
    if (!d)
        return;
    ws_doc_set_text(d, text, n);
    snprintf(d->lang, sizeof(d->lang), "%s", "en");
    d->lang_given = 1;
    CHECK(ws_tokenize(worker, d) == 0, "ws_tokenize failed");
    for (i = 0; i < d->tokens.n; i++) {
        const ws_token *k = &d->tokens.v[i];
        const char *p = d->text + k->bstart;
        int32_t len = k->bend - k->bstart, ncp = 0;
        uint32_t got, want;
        size_t j = 0;

        if (k->flags & (WS_TOK_URL | WS_TOK_HANDLE))
            continue;
        while (j < (size_t)len) {
            ws_utf8_decode(p, (size_t)len, &j);
            ncp++;
        }
        want = want_flags(p, len);
        got = k->flags & (WS_TOK_WORD | WS_TOK_NUM | WS_TOK_PUNCT |
                          WS_TOK_UPPER | WS_TOK_ALLCAP);
        CHECK(got == want, "token %.*s (byte %d) flags %x, want %x", (int)len,
              p, k->bstart, got, want);
        CHECK(k->end - k->start == ncp, "token %.*s spans %d code points",
              (int)len, p, k->end - k->start);
        letters += (want & WS_TOK_WORD) != 0;
        digits += (want & WS_TOK_NUM) != 0;
        checked++;
    }
    /* the text has letters (Latin, Greek, Cyrillic, Hebrew, Arabic) and
     * digits (Arabic-Indic, N'Ko) of two bytes */
    CHECK(checked > 3000, "%d tokens checked", checked);
    CHECK(letters > 2000, "%d word tokens", letters);
    CHECK(digits > 0, "%d number tokens", digits);
    ws_doc_free(d);
}

int
main(void)
{
    char err[256];

    models = ws_models_open(NULL, err, sizeof(err));
    if (!models) {
        fprintf(stderr, "test_tokenize_two_byte: %s\n", err);
        return 1;
    }
    worker = ws_worker_new(models);
    if (!worker) {
        fprintf(stderr, "test_tokenize_two_byte: no worker\n");
        return 1;
    }
    test_two_byte_token_flags();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
