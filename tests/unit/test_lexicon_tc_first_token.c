/*
 * test_lexicon_tc_first_token.c - the first token the lexicon memo fills
 * in a document asks for the thread's token cache (of the worker that
 * runs the document) and is then filled through it like every other
 * token: found there when its text was seen by that worker, put there
 * when not, also right after another worker used the thread (which
 * empties the cache).  The words are invented for this test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"
#include "ws_int.h"

static ws_lex *
tmp_lex(const char *entries, char *err, size_t errn)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/ws-lextcft-XXXXXX");
    int fd = mkstemp(path);
    FILE *fp = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (fp == NULL) {
        snprintf(err, errn, "temporary lexicon");
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    fputs(entries, fp);
    fclose(fp);
    ws_lex *lx = ws_lex_load(path, err, errn);
    remove(path);
    return lx;
}

/* Asks lx about each token of text (English, run by w) in the memo, the
 * first token first; returns how many answers differ from want (the
 * values, NULL for none, a token each) */
static int
ask(ws_worker *w, ws_doc *d, const ws_lex *lx, const char *text,
    const char *const *want, int nwant)
{
    ws_doc_set_text(d, text, strlen(text));
    snprintf(d->lang, sizeof d->lang, "en");
    d->lang_given = 1;
    if (ws_tokenize(w, d) != 0 || d->tokens.n != nwant)
        return 100;
    int wrong = 0;
    ws_lex_memo_begin(d);
    for (int32_t i = 0; i < d->tokens.n; i++) {
        const char *v = NULL;
        int n = ws_lex_match(lx, w, d, i, &v);
        if ((want[i] == NULL) != (n <= 0) ||
            (want[i] != NULL && (v == NULL || strcmp(v, want[i]) != 0)))
            wrong++;
    }
    ws_lex_memo_end();
    return wrong;
}

int
main(void)
{
    char err[256];
    ws_models *models = ws_models_open(NULL, err, sizeof(err));
    CHECK(models != NULL, "models: %s", err);
    if (!models)
        TEST_END();
    ws_worker *w1 = ws_worker_new(models);
    ws_worker *w2 = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    ws_lex *lx = tmp_lex("quorble\tbird\nzintap\ttool\n", err, sizeof err);
    CHECK(w1 && w2 && d && lx, "setup: %s", err);
    if (!(w1 && w2 && d && lx))
        TEST_END();
    static const char *const want[] = {"bird", "tool", "bird", NULL};
    const char *text = "quorble zintap quorble.";
    ws_lex_tc_reset();
    /* three texts put in the cache, the third token's found there */
    CHECK(ask(w1, d, lx, text, want, 4) == 0, "first document's answers");
    ws_lex_tcstats a = ws_lex_tc_stats();
    CHECK(a.fills == 3 && a.hits == 1,
          "first document: %llu fills (3), %llu "
          "hits (1)",
          (unsigned long long)a.fills, (unsigned long long)a.hits);
    /* the same worker again: every token from the cache, the first too */
    CHECK(ask(w1, d, lx, text, want, 4) == 0, "second document's answers");
    ws_lex_tcstats b = ws_lex_tc_stats();
    CHECK(b.fills == a.fills && b.hits == a.hits + 4,
          "second document: %llu fills (0), %llu hits (4)",
          (unsigned long long)(b.fills - a.fills),
          (unsigned long long)(b.hits - a.hits));
    /* another worker on the thread: its own (empty) cache, filled anew
     * from its first token on */
    CHECK(ask(w2, d, lx, text, want, 4) == 0, "other worker's answers");
    ws_lex_tcstats c = ws_lex_tc_stats();
    CHECK(c.fills == b.fills + 3 && c.hits == b.hits + 1,
          "other worker: %llu fills (3), %llu hits (1)",
          (unsigned long long)(c.fills - b.fills),
          (unsigned long long)(c.hits - b.hits));
    ws_lex_free(lx);
    ws_doc_free(d);
    ws_worker_free(w2);
    ws_worker_free(w1);
    ws_models_free(models);
    TEST_END();
}
