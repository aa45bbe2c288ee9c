/*
 * test_lexicon_memo.c - ws_lex_match's memo (ws_lex_memo_begin .. _end),
 * its per-token arrays from the thread's scratch (reused from document
 * to document) and from the document's arena past the scratch's end:
 * the same answers as without the memo, in documents of one token to
 * several times the scratch, one after another, with lexicons claiming
 * memo slots as they are asked.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lex_test.h"
#include "test.h"
#include "ws_int.h"

static ws_models *models;

enum { NLEX = 4 };

/* d's text: reps copies of a paragraph whose words are the lexicons'
 * (one-word, two-word and prefix entries) and others, or one word when
 * reps is 0; tokenized in English */
static int
make_doc(ws_worker *w, ws_doc *d, int reps)
{
    static const char para[] =
        "Quorble fent the marrowing dune, a quorble said. Brell vosk "
        "tarn quill and brellings came; plim mund voskish gant. ";
    size_t pl = sizeof para - 1, n = reps > 0 ? pl * (size_t)reps : 5;
    char *text = malloc(n + 1);
    if (text == NULL)
        return -1;
    if (reps == 0)
        memcpy(text, "Brell", 6);
    for (int k = 0; k < reps; k++)
        memcpy(text + pl * (size_t)k, para, pl + 1);
    ws_doc_set_text(d, text, n);
    free(text);
    snprintf(d->lang, sizeof d->lang, "en");
    d->lang_given = 1;
    return ws_tokenize(w, d);
}

/* How many of the answers of lx[0 .. NLEX-1] about every token of d
 * differ between the memo (asked twice over, in an order that claims
 * the lexicons' slots one by one) and no memo */
static long
memo_differs(const ws_lex *const lx[NLEX], ws_worker *w, ws_doc *d)
{
    int32_t nt = d->tokens.n;
    int *n0 = malloc(sizeof(int) * NLEX * ((size_t)nt + 1));
    const char **v0 = malloc(sizeof(char *) * NLEX * ((size_t)nt + 1));
    if (n0 == NULL || v0 == NULL) {
        free(n0);
        free(v0);
        return -1;
    }
    for (int k = 0; k < NLEX; k++)
        for (int32_t i = 0; i < nt; i++) {
            v0[k * nt + i] = NULL;
            n0[k * nt + i] = ws_lex_match(lx[k], w, d, i, &v0[k * nt + i]);
        }
    long wrong = 0;
    ws_lex_memo_begin(d);
    for (int pass = 0; pass < 2; pass++)
        for (int32_t i = 0; i < nt; i++)
            for (int k = 0; k < NLEX; k++) {
                /* (lexicon k asked from token k * nt / 4 on, the first
                 * pass: the slots are claimed as the memo fills) */
                if (pass == 0 && i < k * (nt / NLEX))
                    continue;
                const char *v = NULL;
                int n = ws_lex_match(lx[k], w, d, i, &v);
                const char *want = v0[k * nt + i];
                if (n != n0[k * nt + i] || (v == NULL) != (want == NULL) ||
                    (v != NULL && strcmp(v, want) != 0))
                    wrong++;
            }
    ws_lex_memo_end();
    free(n0);
    free(v0);
    return wrong;
}

static void
test_memo_scratch_same_answers(void)
{
    char err[256] = "";
    ws_lex *lx[NLEX] = {
        tmp_lex("memo1", "quorble\tq\nquorble fent\tqf\n", err, sizeof err),
        tmp_lex("memo2", "fent\tf\nmarrow*\tm\n", err, sizeof err),
        tmp_lex("memo3", "brell vosk\tb2\nbrell vosk tarn\tb3\nbrell*\tb\n",
                err, sizeof err),
        tmp_lex("memo4", "plim\tp\nmund\tm\ngant\tg\nsaid\ts\n", err,
                sizeof err),
    };
    ws_worker *w = ws_worker_new(models);
    int ok = w != NULL;
    for (int k = 0; k < NLEX; k++)
        ok = ok && lx[k] != NULL;
    CHECK(ok, "setup: %s", err);
    /* (a paragraph is some 25 tokens: the scratch of 256 KB holds the
     * arrays of some 3000 tokens with these four lexicons) */
    static const int reps[] = {0, 1, 3, 40, 110, 130, 1, 400, 2, 160};
    for (size_t r = 0; ok && r < sizeof reps / sizeof reps[0]; r++) {
        ws_doc *d = ws_doc_new();
        if (d == NULL || make_doc(w, d, reps[r]) != 0) {
            CHECK(0, "document of %d paragraphs", reps[r]);
            ws_doc_free(d);
            break;
        }
        long wrong = memo_differs((const ws_lex *const *)lx, w, d);
        CHECK(wrong == 0, "%d paragraphs (%d tokens): %ld answers differ",
              reps[r], (int)d->tokens.n, wrong);
        ws_doc_free(d);
    }
    ws_worker_free(w);
    for (int k = 0; k < NLEX; k++)
        ws_lex_free(lx[k]);
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof err);
    CHECK(models != NULL, "models: %s", err);
    if (models == NULL)
        TEST_END();
    test_memo_scratch_same_answers();
    ws_models_free(models);
    TEST_END();
}
