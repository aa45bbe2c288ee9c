/*
 * test_models.c - the model directory shared by worker threads: taggers
 * and dictionaries of several languages loaded at the same time, each
 * once, and the same answers as one thread gets.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../stages/cli.h"
#include "lex_test.h"
#include "test.h"
#include "ws_int.h"

static ws_models *models;

typedef struct {
    const char *lang;
    const ws_tagger *tagger;
    const char *stem;
    int spell;
} job;

/* Asks for a language's tagger and a stem at once in several threads. */
static void *
load_lang(void *arg)
{
    job *j = arg;
    ws_worker *w = ws_worker_new(models);
    j->tagger = ws_models_tagger(models, j->lang);
    j->stem = NULL;
    j->spell = -1;
    if (w != NULL) {
        const char *word = strcmp(j->lang, "de") == 0 ? "häuser" : "houses";
        static _Thread_local char buf[64];
        const char *s = ws_stem(w, j->lang, word, strlen(word));
        snprintf(buf, sizeof buf, "%s", s);
        j->stem = buf;
        j->spell = ws_spell(w, j->lang, word, strlen(word));
        ws_worker_free(w);
    }
    return NULL;
}

/* Loading one language's models does not hold the others up, and every
 * thread gets the one shared tagger of its language. */
static void
test_concurrent_loads(void)
{
    static const char *langs[] = {"en", "de", "en", "de"};
    job jobs[4];
    pthread_t th[4];
    int started[4] = {0};
    for (int i = 0; i < 4; i++) {
        jobs[i].lang = langs[i];
        started[i] = pthread_create(&th[i], NULL, load_lang, &jobs[i]) == 0;
    }
    for (int i = 0; i < 4; i++)
        if (started[i])
            pthread_join(th[i], NULL);
        else
            load_lang(&jobs[i]);
    for (int i = 0; i < 4; i++)
        CHECK(jobs[i].tagger != NULL, "%s tagger loaded", jobs[i].lang);
    CHECK(jobs[0].tagger == jobs[2].tagger && jobs[1].tagger == jobs[3].tagger,
          "one tagger per language");
    CHECK(jobs[0].tagger != jobs[1].tagger, "a tagger per language");
    CHECK(jobs[0].tagger == ws_models_tagger(models, "en") &&
              jobs[1].tagger == ws_models_tagger(models, "de"),
          "the same tagger afterwards");
    ws_worker *w = ws_worker_new(models);
    CHECK(w != NULL, "worker");
    if (w == NULL)
        return;
    for (int i = 0; i < 4; i++) {
        const char *word =
            strcmp(jobs[i].lang, "de") == 0 ? "häuser" : "houses";
        const char *s = ws_stem(w, jobs[i].lang, word, strlen(word));
        CHECK(jobs[i].stem != NULL && strcmp(jobs[i].stem, s) == 0,
              "%s stem in a thread '%s', alone '%s'", jobs[i].lang,
              jobs[i].stem ? jobs[i].stem : "(null)", s);
        CHECK(jobs[i].spell == ws_spell(w, jobs[i].lang, word, strlen(word)),
              "%s spell in a thread", jobs[i].lang);
    }
    CHECK(ws_models_problem(models, "en") == NULL, "no problem for en");
    ws_worker_free(w);
}

/* A language without a model directory entry: no tagger, and its problem
 * is recorded once. */
static void
test_missing_language(void)
{
    CHECK(ws_models_tagger(models, "xx") == NULL, "no tagger for xx");
    CHECK(ws_models_problem(models, "xx") == NULL,
          "an unsupported language is no problem");
}

/* d holds `text` in English, tokenized by w. */
static int
tokenize_en(ws_worker *w, ws_doc *d, const char *text)
{
    ws_doc_set_text(d, text, strlen(text));
    snprintf(d->lang, sizeof d->lang, "en");
    d->lang_given = 1;
    return ws_tokenize(w, d);
}

enum { MEMO_MAXT = 64 };

/* lx[0] and lx[1] asked about each of the first nt tokens of d without
 * the memo: the answers in n0 and v0, the number of matches returned */
static int
memo_ask_plain(const ws_lex *const lx[2], ws_worker *w, ws_doc *d, int32_t nt,
               int n0[2][MEMO_MAXT], const char *v0[2][MEMO_MAXT])
{
    int hits = 0;
    for (int k = 0; k < 2; k++)
        for (int32_t i = 0; i < nt; i++) {
            v0[k][i] = NULL;
            n0[k][i] = ws_lex_match(lx[k], w, d, i, &v0[k][i]);
            hits += n0[k][i] > 0;
        }
    return hits;
}

/* The same questions again with d's memo, twice over (the second answer
 * from the memo): how many answers differ from n0 and v0 */
static int
memo_ask_differ(const ws_lex *const lx[2], ws_worker *w, ws_doc *d, int32_t nt,
                int n0[2][MEMO_MAXT], const char *v0[2][MEMO_MAXT])
{
    int wrong = 0;
    ws_lex_memo_begin(d);
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < 2; k++)
            for (int32_t i = 0; i < nt; i++) {
                const char *v = NULL;
                int n = ws_lex_match(lx[k], w, d, i, &v);
                if (n != n0[k][i] || (v == NULL) != (v0[k][i] == NULL) ||
                    (v != NULL && strcmp(v, v0[k][i]) != 0))
                    wrong++;
            }
    ws_lex_memo_end();
    return wrong;
}

/* One-word entries are answered from the first-word index: a word
 * that is a phrase by itself and starts a longer one, the later of two
 * equal entries (as the phrase map keeps it), a word that only starts a
 * longer phrase, and a case-folded match. */
static void
test_lexicon_one_word_index(void)
{
    char err[256];
    ws_lex *lx = tmp_lex("lex1",
                         "glimber\tone\nglimber stave\ttwo\nplonk\tfirst\n"
                         "plonk\tsecond\ntrost wendle\tpair\n",
                         err, sizeof err);
    ws_worker *w = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    if (lx == NULL || w == NULL || d == NULL) {
        CHECK(0, "setup: %s", err);
        goto done;
    }
    CHECK(tokenize_en(w, d,
                      "Glimber stave. Glimber came. Plonk. Trost came. "
                      "Trost wendle.") == 0,
          "tokenized");
    const char *want[] = {"two", "one", "second", NULL, "pair"};
    int wantn[] = {2, 1, 1, 0, 2};
    int k = 0, wrong = 0;
    for (int32_t i = 0; i < d->tokens.n && k < 5; i++) {
        if (ws_tok_blen(d, i) < 5)
            continue;
        const char *v = NULL;
        int n = ws_lex_match(lx, w, d, i, &v);
        if (ws_tok_is(d, i, "stave") || ws_tok_is(d, i, "came") ||
            ws_tok_is(d, i, "wendle"))
            continue;
        if (n != wantn[k] || (want[k] == NULL) != (v == NULL) ||
            (v != NULL && strcmp(v, want[k]) != 0))
            wrong++;
        k++;
    }
    CHECK(k == 5 && wrong == 0, "%d of 5 starts, %d wrong", k, wrong);
    CHECK(ws_lex_word(lx, "plonk", 5) != NULL &&
              strcmp(ws_lex_word(lx, "plonk", 5), "second") == 0,
          "ws_lex_word: the later entry");
done:
    ws_doc_free(d);
    ws_worker_free(w);
    ws_lex_free(lx);
}

/* ws_lex_match's filter never turns a phrase away: a lexicon of many
 * one-word, two-word and prefix entries (invented words), every entry
 * found in a text that holds them all. */
static void
test_lexicon_filter(void)
{
    enum { N = 1200 };
    char path[] = "/tmp/ws-lexf-XXXXXX";
    int fd = mkstemp(path);
    FILE *fp = fd >= 0 ? fdopen(fd, "w") : NULL;
    CHECK(fp != NULL, "temporary lexicon");
    if (fp == NULL)
        return;
    ws_buf text = {0};
    char line[128];
    for (int i = 0; i < N; i++) {
        switch (i % 3) {
        case 0:
            fprintf(fp, "zorbel%d\tone%d\n", i, i);
            snprintf(line, sizeof line, "Then zorbel%d came. ", i);
            break;
        case 1:
            fprintf(fp, "quin%d blatter\ttwo%d\n", i, i);
            snprintf(line, sizeof line, "Then quin%d blatter came. ", i);
            break;
        default:
            fprintf(fp, "%c%cvex%d*\tpre%d\n", 'a' + i % 26, 'a' + i / 26 % 26,
                    i, i);
            snprintf(line, sizeof line, "Then %c%cvex%dings came. ",
                     'a' + i % 26, 'a' + i / 26 % 26, i);
            break;
        }
        ws_buf_puts(&text, line);
    }
    fclose(fp);
    char err[256];
    ws_lex *lx = ws_lex_load(path, err, sizeof err);
    remove(path);
    CHECK(lx != NULL && ws_lex_size(lx) == N, "lexicon of %d entries: %s", N,
          err);
    ws_worker *w = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    if (lx == NULL || w == NULL || d == NULL || text.oom) {
        CHECK(0, "setup");
        goto done;
    }
    ws_doc_set_text(d, text.buf, text.len);
    snprintf(d->lang, sizeof d->lang, "en");
    d->lang_given = 1;
    CHECK(ws_tokenize(w, d) == 0, "tokenized");
    int found = 0, wrong = 0;
    for (int32_t i = 0; i + 1 < d->tokens.n; i++) {
        if (!ws_tok_is(d, i, "Then"))
            continue;
        const char *v = NULL;
        int n = ws_lex_match(lx, w, d, i + 1, &v);
        int want = found % 3 == 1 ? 2 : 1;
        char exp[32];
        snprintf(exp, sizeof exp, "%s%d",
                 found % 3 == 0   ? "one"
                 : found % 3 == 1 ? "two"
                                  : "pre",
                 found);
        if (n != want || v == NULL || strcmp(v, exp) != 0)
            wrong++;
        found++;
    }
    CHECK(found == N && wrong == 0, "%d of %d entries found, %d wrong", found,
          N, wrong);
    const char *v = NULL;
    CHECK(ws_lex_match(lx, w, d, 0, &v) == 0, "a word of no entry");
    /* ws_lex_word, the same filter in front of its maps */
    wrong = 0;
    for (int i = 0; i < N; i++) {
        char word[64], exp[32];
        switch (i % 3) {
        case 0:
            snprintf(word, sizeof word, "zorbel%d", i);
            snprintf(exp, sizeof exp, "one%d", i);
            break;
        case 1:
            snprintf(word, sizeof word, "quin%d blatter", i);
            snprintf(exp, sizeof exp, "two%d", i);
            break;
        default:
            snprintf(word, sizeof word, "%c%cvex%dings", 'a' + i % 26,
                     'a' + i / 26 % 26, i);
            snprintf(exp, sizeof exp, "pre%d", i);
            break;
        }
        v = ws_lex_word(lx, word, strlen(word));
        if (v == NULL || strcmp(v, exp) != 0)
            wrong++;
    }
    CHECK(wrong == 0, "ws_lex_word: %d of %d entries wrong", wrong, N);
    CHECK(ws_lex_word(lx, "then", 4) == NULL, "ws_lex_word: no entry");
done:
    ws_doc_free(d);
    ws_worker_free(w);
    ws_lex_free(lx);
    ws_buf_free(&text);
}

/* Phrases that share their first words: the longest one the tokens
 * spell is found, a longer phrase that breaks off after two of its
 * words leaves the shorter one, the sentence's end stops a phrase, and
 * a prefix pattern that starts with the same word still needs its
 * tokens after the exact phrases have given up (lex_match looks up no
 * more tokens than the phrases' word prefixes reach). */
static void
test_lexicon_word_prefixes(void)
{
    char err[256];
    ws_lex *lx = tmp_lex("lexp",
                         "brell\tb1\nbrell vosk tarn\tb3\n"
                         "brell vosk tarn quill\tb4\nbrell mund\tm2\n"
                         "brel* vosk* gant\tp3\n",
                         err, sizeof err);
    ws_worker *w = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    if (lx == NULL || w == NULL || d == NULL) {
        CHECK(0, "setup: %s", err);
        goto done;
    }
    CHECK(tokenize_en(w, d,
                      "Brell vosk tarn quill. Brell vosk tarn. Brell vosk "
                      "plim. Brell mund. Brell voskish gant. Brellings "
                      "vosk gant. Brell vosk. Tarn quill.") == 0,
          "tokenized");
    const char *want[] = {"b4", "b3", "b1", "m2", "p3", "p3", "b1"};
    int wantn[] = {4, 3, 1, 2, 3, 3, 1};
    int k = 0, wrong = 0;
    for (int32_t i = 0; i < d->tokens.n && k < 7; i++) {
        if (i > 0 && d->tokens.v[i - 1].sent == d->tokens.v[i].sent)
            continue; /* the first word of each sentence */
        const char *v = NULL;
        int n = ws_lex_match(lx, w, d, i, &v);
        if (n != wantn[k] || v == NULL || strcmp(v, want[k]) != 0) {
            fprintf(stderr, "  sentence %d: %d %s\n", k + 1, n,
                    v ? v : "(none)");
            wrong++;
        }
        k++;
    }
    CHECK(k == 7 && wrong == 0, "%d of 7 sentences, %d wrong", k, wrong);
done:
    ws_doc_free(d);
    ws_worker_free(w);
    ws_lex_free(lx);
}

/* ws_lex_match between ws_lex_memo_begin and _end (the second answer of
 * each lexicon for a token comes from the memo) answers as without it:
 * the length and the value, an entry without a value ("1") included,
 * for two lexicons over the same tokens. */
static void
test_lexicon_memo_same_answers(void)
{
    char p1[] = "/tmp/ws-lexm1-XXXXXX", p2[] = "/tmp/ws-lexm2-XXXXXX";
    int f1 = mkstemp(p1), f2 = mkstemp(p2);
    FILE *a = f1 >= 0 ? fdopen(f1, "w") : NULL;
    FILE *b = f2 >= 0 ? fdopen(f2, "w") : NULL;
    CHECK(a != NULL && b != NULL, "temporary lexicons");
    if (a == NULL || b == NULL) {
        if (a)
            fclose(a);
        if (b)
            fclose(b);
        return;
    }
    fputs("glimber\tone\nglimber stave\ttwo\nplonk\ntrost*\tpre\n", a);
    fputs("stave\tnoun\nplonk came\n", b);
    fclose(a);
    fclose(b);
    char err[256];
    ws_lex *l1 = ws_lex_load(p1, err, sizeof err);
    ws_lex *l2 = ws_lex_load(p2, err, sizeof err);
    remove(p1);
    remove(p2);
    ws_worker *w = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    if (l1 == NULL || l2 == NULL || w == NULL || d == NULL) {
        CHECK(0, "setup: %s", err);
        goto done;
    }
    CHECK(tokenize_en(
              w, d, "Glimber stave. Plonk came, plonk. Trostful glimber.") == 0,
          "tokenized");
    int n0[2][MEMO_MAXT];
    const char *v0[2][MEMO_MAXT];
    const ws_lex *lx[2] = {l1, l2};
    int32_t nt = d->tokens.n < MEMO_MAXT ? d->tokens.n : MEMO_MAXT;
    int hits = memo_ask_plain(lx, w, d, nt, n0, v0);
    CHECK(hits == 7, "%d matches without the memo (7)", hits);
    int wrong = memo_ask_differ(lx, w, d, nt, n0, v0);
    CHECK(wrong == 0, "%d answers differ with the memo", wrong);
done:
    ws_doc_free(d);
    ws_worker_free(w);
    ws_lex_free(l1);
    ws_lex_free(l2);
}

/* ws_lex_scan: outside the memo every bit is set; inside it a bit is
 * clear only where ws_lex_match answers 0 (the token's text asked of
 * that lexicon before, here in an earlier document), a NULL lexicon's
 * bit at every word, and a token that is no word gets every bit. */
static void
test_lexicon_scan_clear_bit_is_no(void)
{
    char err[256] = "";
    ws_lex *l1 =
        tmp_lex("lexscan1", "quorble\tq\nquorble fent\tqf\n", err, sizeof err);
    ws_lex *l2 = tmp_lex("lexscan2", "fent\tf\nmarrow*\tm\n", err, sizeof err);
    ws_worker *w = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    const char *text = "Quorble fent the marrowing dune, a quorble said.";
    if (l1 == NULL || l2 == NULL || w == NULL || d == NULL ||
        tokenize_en(w, d, text) != 0) {
        CHECK(0, "setup: %s", err);
        goto done;
    }
    const ws_lex *lx[3] = {l1, NULL, l2};
    int32_t nt = d->tokens.n < MEMO_MAXT ? d->tokens.n : MEMO_MAXT;
    uint8_t may[MEMO_MAXT];
    ws_lex_scan(lx, 3, w, d, 0, nt, may);
    int unset = 0;
    for (int32_t i = 0; i < nt; i++)
        unset += may[i] != 7;
    CHECK(unset == 0, "%d tokens with a clear bit outside the memo", unset);
    /* the first document notes the answers of the token cache */
    ws_lex_memo_begin(d);
    for (int32_t i = 0; i < nt; i++)
        for (int k = 0; k < 3; k += 2) {
            const char *v;
            (void)ws_lex_match(lx[k], w, d, i, &v);
        }
    ws_lex_memo_end();
    ws_doc_free(d);
    d = ws_doc_new();
    if (d == NULL || tokenize_en(w, d, text) != 0) {
        CHECK(0, "second document");
        goto done;
    }
    ws_lex_memo_begin(d);
    ws_lex_scan(lx, 3, w, d, 0, nt, may);
    int wrong = 0, clear = 0;
    for (int32_t i = 0; i < nt; i++) {
        if (ws_tok_is_word(d, i) ? (may[i] & 2) != 0 : may[i] != 7)
            wrong++;
        for (int k = 0; k < 3; k += 2) {
            const char *v;
            if (!(may[i] >> k & 1)) {
                clear++;
                wrong += ws_lex_match(lx[k], w, d, i, &v) != 0;
            }
        }
    }
    ws_lex_memo_end();
    CHECK(wrong == 0 && clear > 0, "%d wrong bits, %d clear", wrong, clear);
done:
    ws_doc_free(d);
    ws_worker_free(w);
    ws_lex_free(l1);
    ws_lex_free(l2);
}

/* Lexicons whose load ids are 32 apart share a memo slot's home: the
 * later one takes the next free slot, and each answers as without the
 * memo, twice (its second answer from its own slot, not the other's).
 * The phrases of two words are read past the first on forms and on
 * stems alike, and a pair of words that starts no phrase answers no. */
static void
test_lexicon_memo_slots_shared_home(void)
{
    enum { NLEX = 33 };
    char err[256] = "";
    ws_lex *lx[NLEX] = {0};
    ws_worker *w = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    int ok = w != NULL && d != NULL;
    for (int i = 0; i < NLEX && ok; i++) {
        const char *e = i == 0          ? "brindle\tone\nbrindle oak\ttwo\n"
                        : i == NLEX - 1 ? "oak\tnoun\nbrindle walk\tpath\n"
                                        : "zzqx\n";
        lx[i] = tmp_lex("lexslot", e, err, sizeof err);
        ok = lx[i] != NULL;
    }
    if (!ok || tokenize_en(w, d,
                           "Brindle oak. Brindle walked by the oak, "
                           "brindle elm.") != 0) {
        CHECK(0, "setup: %s", err);
        goto done;
    }
    const ws_lex *two[2] = {lx[0], lx[NLEX - 1]};
    int n0[2][MEMO_MAXT];
    const char *v0[2][MEMO_MAXT];
    int32_t nt = d->tokens.n < MEMO_MAXT ? d->tokens.n : MEMO_MAXT;
    int hits = memo_ask_plain(two, w, d, nt, n0, v0);
    /* brindle oak (2), brindle, brindle; oak, brindle walked (2), oak */
    CHECK(hits == 6, "%d matches without the memo (6)", hits);
    CHECK(n0[0][0] == 2 && n0[1][3] == 2,
          "two-word phrases on the form (%d) and on the stem (%d)", n0[0][0],
          n0[1][3]);
    int wrong = memo_ask_differ(two, w, d, nt, n0, v0);
    CHECK(wrong == 0, "%d answers differ with the memo", wrong);
done:
    ws_doc_free(d);
    ws_worker_free(w);
    for (int i = 0; i < NLEX; i++)
        ws_lex_free(lx[i]);
}

/* The answers ws_lex_match keeps across documents (those the first
 * token decides) are per lexicon: a token in a second document, or asked
 * of a lexicon loaded after another was freed (perhaps at its address),
 * gets that lexicon's own answer, and a word that starts a longer phrase
 * still reads the tokens after it in each document. */
static void
test_lexicon_first_token_cache_across_documents(void)
{
    char err[256];
    ws_worker *w = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    ws_lex *a =
        tmp_lex("lexv1", "quandle\tone\nbrisket fold\ttwo\n", err, sizeof err);
    if (a == NULL || w == NULL || d == NULL) {
        CHECK(0, "setup: %s", err);
        goto done;
    }
    const char *docs[] = {"Quandle brisket fold.", "Brisket quandle fold.",
                          "Brisket fold quandle."};
    /* tokens: word word word "." */
    static const int want_a[3][3] = {{1, 2, 0}, {0, 1, 0}, {2, 0, 1}};
    int wrong = 0;
    for (int k = 0; k < 3; k++) {
        if (tokenize_en(w, d, docs[k]) != 0 || d->tokens.n < 3) {
            wrong++;
            continue;
        }
        ws_lex_memo_begin(d);
        for (int32_t i = 0; i < 3; i++) {
            const char *v = NULL;
            if (ws_lex_match(a, w, d, i, &v) != want_a[k][i])
                wrong++;
        }
        ws_lex_memo_end();
    }
    CHECK(wrong == 0, "%d answers of the first lexicon wrong", wrong);
    ws_lex_free(a);
    a = tmp_lex("lexv2", "brisket\tthree\n", err, sizeof err);
    if (a == NULL) {
        CHECK(0, "second lexicon: %s", err);
        goto done;
    }
    wrong = 0;
    if (tokenize_en(w, d, docs[0]) == 0 && d->tokens.n >= 3) {
        ws_lex_memo_begin(d);
        const char *v = NULL;
        if (ws_lex_match(a, w, d, 0, &v) != 0)
            wrong++;
        v = NULL;
        if (ws_lex_match(a, w, d, 1, &v) != 1 || v == NULL ||
            strcmp(v, "three") != 0)
            wrong++;
        ws_lex_memo_end();
    } else {
        wrong++;
    }
    CHECK(wrong == 0, "%d answers of the second lexicon wrong", wrong);
done:
    ws_doc_free(d);
    ws_worker_free(w);
    ws_lex_free(a);
}

/* d holds `text` in language lang, tokenized by w. */
static int
tokenize_lang(ws_worker *w, ws_doc *d, const char *text, const char *lang)
{
    ws_doc_set_text(d, text, strlen(text));
    snprintf(d->lang, sizeof d->lang, "%s", lang);
    d->lang_given = 1;
    return ws_tokenize(w, d);
}

/* Asks lx about every token of d (tokenized in lang) between
 * ws_lex_memo_begin and _end, ws_lex_match and ws_lex_tok_word, and
 * counts the answers that differ from those without the memo (and so
 * without the thread's token cache), and the forms that differ from
 * ws_tok_forms_x's. */
static int
tc_wrong(ws_worker *w, ws_doc *d, const ws_lex *lx, const char *text,
         const char *lang)
{
    if (tokenize_lang(w, d, text, lang) != 0 || d->tokens.n == 0)
        return 1;
    int32_t nt = d->tokens.n;
    int *n0 = calloc((size_t)nt, sizeof *n0);
    const char **v0 = calloc((size_t)nt, sizeof *v0);
    const char **wv0 = calloc((size_t)nt, sizeof *wv0);
    if (n0 == NULL || v0 == NULL || wv0 == NULL) {
        free(n0);
        free(v0);
        free(wv0);
        return 1;
    }
    for (int32_t i = 0; i < nt; i++) {
        n0[i] = ws_lex_match(lx, w, d, i, &v0[i]);
        if (ws_lex_tok_word(lx, w, d, i, 1, &wv0[i]) != 1)
            wv0[i] = "?";
    }
    int wrong = 0;
    ws_lex_memo_begin(d);
    for (int pass = 0; pass < 2; pass++)
        for (int32_t i = 0; i < nt; i++) {
            const char *v = NULL, *wv = NULL;
            int n = ws_lex_match(lx, w, d, i, &v);
            if (n != n0[i] || (n > 0 && v != v0[i]))
                wrong++;
            if (ws_lex_tok_word(lx, w, d, i, 1, &wv) != 1)
                wv = "?";
            if (wv != wv0[i] &&
                !(strcmp(wv, "?") == 0 && wv0[i] && strcmp(wv0[i], "?") == 0))
                wrong++;
            ws_tokform a, b;
            int ra = ws_lex_tok_forms(w, d, i, &a);
            char fa[256] = "", sa[256] = "";
            if (ra == 0) {
                snprintf(fa, sizeof fa, "%.*s", (int)a.flen, a.form);
                snprintf(sa, sizeof sa, "%.*s", a.stem ? (int)a.slen : 0,
                         a.stem ? a.stem : "");
            }
            int rb = ws_tok_forms_x(w, d, i, &b);
            if (ra != rb ||
                (ra == 0 &&
                 (a.flen != b.flen || a.fh != b.fh || a.sh != b.sh ||
                  a.ph != b.ph || (a.stem == NULL) != (b.stem == NULL) ||
                  memcmp(fa, b.form, b.flen) != 0 ||
                  (b.stem && memcmp(sa, b.stem, b.slen) != 0))))
                wrong++;
        }
    ws_lex_memo_end();
    free(n0);
    free(v0);
    free(wv0);
    return wrong;
}

/* The first token the lexicon memo fills in a document asks for the
 * thread's token cache (of the worker that runs the document) and is
 * then filled through it like every other token: found there when its
 * text was seen by that worker, put there when not, also right after
 * another worker used the thread (which empties the cache). */
static int
tc_first_wrong(ws_worker *w, ws_doc *d, const ws_lex *lx, const char *text,
               const char *const *want, int nwant)
{
    if (tokenize_en(w, d, text) != 0 || d->tokens.n != nwant)
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

static void
test_lexicon_token_cache_first_token(void)
{
    char err[256];
    ws_worker *w1 = ws_worker_new(models);
    ws_worker *w2 = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    ws_lex *lx =
        tmp_lex("lextcft", "quorble\tbird\nzintap\ttool\n", err, sizeof err);
    if (lx == NULL || w1 == NULL || w2 == NULL || d == NULL) {
        CHECK(0, "setup: %s", err);
        goto done;
    }
    static const char *const want[] = {"bird", "tool", "bird", NULL};
    const char *text = "quorble zintap quorble.";
    ws_lex_tc_reset();
    /* three texts put in the cache, the third token's found there */
    CHECK(tc_first_wrong(w1, d, lx, text, want, 4) == 0,
          "first document's answers");
    ws_lex_tcstats a = ws_lex_tc_stats();
    CHECK(a.fills == 3 && a.hits == 1,
          "first document: %llu fills (3), %llu hits (1)",
          (unsigned long long)a.fills, (unsigned long long)a.hits);
    /* the same worker again: every token from the cache, the first too */
    CHECK(tc_first_wrong(w1, d, lx, text, want, 4) == 0,
          "second document's answers");
    ws_lex_tcstats b = ws_lex_tc_stats();
    CHECK(b.fills == a.fills && b.hits == a.hits + 4,
          "second document: %llu fills (0), %llu hits (4)",
          (unsigned long long)(b.fills - a.fills),
          (unsigned long long)(b.hits - a.hits));
    /* another worker on the thread: its own (empty) cache, filled anew
     * from its first token on */
    CHECK(tc_first_wrong(w2, d, lx, text, want, 4) == 0,
          "other worker's answers");
    ws_lex_tcstats c = ws_lex_tc_stats();
    CHECK(c.fills == b.fills + 3 && c.hits == b.hits + 1,
          "other worker: %llu fills (3), %llu hits (1)",
          (unsigned long long)(c.fills - b.fills),
          (unsigned long long)(c.hits - b.hits));
done:
    ws_lex_free(lx);
    ws_doc_free(d);
    ws_worker_free(w2);
    ws_worker_free(w1);
}

/* The token cache's replacement: a text hit since its set's last
 * replacement is not the victim (the used bit in the tags, the ages
 * apart from the entries).  One text before each of 6000 distinct ones
 * (more than the cache's slots: some are evicted) is found each time
 * after its first, with the answers of the uncached lookups. */
static void
test_lexicon_token_cache_keeps_used(void)
{
    char err[256];
    ws_worker *w = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    ws_lex *lx = tmp_lex("lextcused", "marmot\tanimal\n", err, sizeof err);
    enum { NW = 6000 };
    size_t cap = (size_t)NW * 16 + 16, o = 0;
    char *text = malloc(cap);
    if (lx == NULL || w == NULL || d == NULL || text == NULL) {
        CHECK(0, "setup: %s", err);
        goto done;
    }
    for (int i = 0; i < NW; i++) {
        char wd[5];
        for (int k = 0, v = i; k < 4; k++, v /= 26)
            wd[k] = (char)('a' + v % 26);
        wd[4] = '\0';
        o += (size_t)snprintf(text + o, cap - o, "marmot zq%s ", wd);
    }
    ws_lex_tc_reset();
    CHECK(tc_wrong(w, d, lx, text, "en") == 0, "answers");
    ws_lex_tcstats st = ws_lex_tc_stats();
    CHECK(st.hits == NW - 1 && st.evicts > 0,
          "%llu hits (%d), %llu evictions (some)", (unsigned long long)st.hits,
          NW - 1, (unsigned long long)st.evicts);
done:
    free(text);
    ws_lex_free(lx);
    ws_doc_free(d);
    ws_worker_free(w);
}

/* The thread's token cache (ws_lex_match, ws_lex_tok_word and
 * ws_lex_tok_forms between ws_lex_memo_begin and _end): the same
 * answers as without it; a text seen in one language is looked up anew
 * in another (its stem there differs); a second document of the same
 * words is answered from the cache; more distinct words than it has
 * slots evict older ones and the answers stay right; the reset and
 * another worker of the thread empty it. */
static void
test_lexicon_token_cache(void)
{
    char err[256];
    ws_worker *w = ws_worker_new(models);
    ws_worker *w2 = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    ws_lex *lx = tmp_lex("lextc",
                         "house\tdwelling\nmarmot\tanimal\n"
                         "marmot burrow\tplace\ngreen*\tcolour\n",
                         err, sizeof err);
    char *big = NULL;
    if (lx == NULL || w == NULL || w2 == NULL || d == NULL) {
        CHECK(0, "setup: %s", err);
        goto done;
    }
    /* "marmot" twice: its second token is found in the cache ("houses"
     * in another case is another text) */
    const char *text = "Houses marmot burrow greenish marmot houses.";
    ws_lex_tc_reset();
    CHECK(tc_wrong(w, d, lx, text, "en") == 0, "English answers");
    ws_lex_tcstats st = ws_lex_tc_stats();
    CHECK(st.hits == 1 && st.fills == 6, "first document: %llu hits (1)",
          (unsigned long long)st.hits);
    /* the same text in German: no English entry answers for it */
    CHECK(tc_wrong(w, d, lx, text, "de") == 0, "German answers");
    ws_lex_tcstats st2 = ws_lex_tc_stats();
    CHECK(st2.hits == st.hits + 1 && st2.fills == st.fills + 6,
          "German tokens found English entries");
    /* English stems "houses" (a one-word answer the cache keeps), German
     * does not: the first token's answers differ between the languages */
    const char *ven = NULL, *vde = NULL;
    tokenize_lang(w, d, text, "en");
    ws_lex_tok_word(lx, w, d, 0, 1, &ven);
    tokenize_lang(w, d, text, "de");
    ws_lex_tok_word(lx, w, d, 0, 1, &vde);
    CHECK(vde == NULL && ven != NULL && strcmp(ven, "dwelling") == 0,
          "houses: English %s, German %s", ven ? ven : "none",
          vde ? vde : "none");
    /* a second English document of the same words: from the cache */
    CHECK(tc_wrong(w, d, lx, text, "en") == 0, "English answers again");
    ws_lex_tcstats st3 = ws_lex_tc_stats();
    CHECK(st3.hits > st2.hits && st3.ans > st2.ans,
          "second document: %llu hits, %llu answers from the cache",
          (unsigned long long)(st3.hits - st2.hits),
          (unsigned long long)(st3.ans - st2.ans));
    /* three times as many distinct words as slots: evictions */
    size_t nw = 3 * WS_LEX_TC_SLOTS;
    big = malloc(nw * 8 + 64);
    if (big == NULL) {
        CHECK(0, "memory");
        goto done;
    }
    size_t bl = 0;
    for (size_t k = 0; k < nw; k++) {
        size_t x = k;
        big[bl++] = 'q';
        for (int c = 0; c < 4; c++) {
            big[bl++] = (char)('a' + x % 26);
            x /= 26;
        }
        big[bl++] = ' ';
    }
    memcpy(big + bl, "marmot burrow.", 15);
    CHECK(tc_wrong(w, d, lx, big, "en") == 0, "answers of many words");
    ws_lex_tcstats st4 = ws_lex_tc_stats();
    CHECK(st4.evicts > 0 && st4.fills <= WS_LEX_TC_SLOTS,
          "%llu evictions, %llu fills (<= %d slots)",
          (unsigned long long)st4.evicts, (unsigned long long)st4.fills,
          WS_LEX_TC_SLOTS);
    CHECK(tc_wrong(w, d, lx, text, "en") == 0, "answers after evictions");
    /* the reset empties the cache: nothing found in it */
    ws_lex_tc_reset();
    CHECK(tc_wrong(w, d, lx, text, "en") == 0, "answers after the reset");
    st = ws_lex_tc_stats();
    CHECK(st.hits == 1 && st.evicts == 0, "after the reset: %llu hits",
          (unsigned long long)st.hits);
    /* another worker in the thread: its answers, not the first one's */
    CHECK(tc_wrong(w2, d, lx, text, "en") == 0, "second worker's answers");
    st2 = ws_lex_tc_stats();
    CHECK(st2.hits == st.hits + 1, "second worker found the first one's");
done:
    free(big);
    ws_doc_free(d);
    ws_worker_free(w);
    ws_worker_free(w2);
    ws_lex_free(lx);
}

/* Two dozen lexicons asked about the same words share each word's
 * sixteen answer slots in the thread's token cache, two slots a kind of
 * question of a lexicon: answers put over another lexicon's, or in a
 * slot its own second, are each lexicon's own (ws_lex_match's, its
 * gate's before a word that continues no phrase, ws_lex_tok_word's with
 * and without the stem), as without the cache, in every document. */
static void
test_lexicon_token_cache_answer_slots(void)
{
    enum { NL = 24 };
    char err[256];
    ws_worker *w = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    ws_lex *lx[NL] = {0};
    int ok = w != NULL && d != NULL;
    for (int k = 0; k < NL && ok; k++) {
        char ent[256];
        int n = 0;
        if (k % 2 == 0)
            n += snprintf(ent + n, sizeof ent - n, "quorble\tq%d\n", k);
        if (k % 3 == 0)
            n += snprintf(ent + n, sizeof ent - n, "zintaps\tz%d\n", k);
        if (k % 4 == 1)
            n += snprintf(ent + n, sizeof ent - n, "quorble zintap\tp%d\n", k);
        if (k % 5 == 2)
            n += snprintf(ent + n, sizeof ent - n, "zintap\ts%d\n", k);
        n += snprintf(ent + n, sizeof ent - n, "brindle%d\tb\n", k);
        lx[k] = tmp_lex("lexslots", ent, err, sizeof err);
        ok = lx[k] != NULL;
    }
    if (!ok) {
        CHECK(0, "setup: %s", err);
        goto done;
    }
    const char *text = "Quorble zintaps quorble. Zintaps quorble zintap "
                       "quorble, zintap quorble zintaps.";
    ws_lex_tc_reset();
    int wrong = 0;
    for (int round = 0; round < 3; round++)
        for (int k = 0; k < NL; k++)
            wrong += tc_wrong(w, d, lx[(k * 7 + round) % NL], text, "en");
    CHECK(wrong == 0, "%d answers differ with the cache", wrong);
    ws_lex_tcstats st = ws_lex_tc_stats();
    CHECK(st.ans > 0, "answers from the cache: %llu",
          (unsigned long long)st.ans);
done:
    ws_doc_free(d);
    ws_worker_free(w);
    for (int k = 0; k < NL; k++)
        ws_lex_free(lx[k]);
}

/* A word that starts a phrase of several words, told by the next token
 * to match only its one-word entry (or none), keeps that answer in the
 * thread's token cache: a later document asks the pair filter, not the
 * lexicon; a next token that can continue a phrase ("marmot burrow",
 * "the need to") is looked up as before, with the same answers as without
 * the cache. */
static void
test_lexicon_token_cache_pair_gate(void)
{
    char err[256];
    ws_worker *w = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    ws_lex *lx = tmp_lex("lexgate",
                         "house\tdwelling\nmarmot\tanimal\n"
                         "marmot burrow\tplace\nthe need to\tdemand\n",
                         err, sizeof err);
    if (lx == NULL || w == NULL || d == NULL) {
        CHECK(0, "setup: %s", err);
        goto done;
    }
    const char *mixed = "The marmot sleeps. The need to dig a marmot burrow "
                        "grows, marmot.";
    ws_lex_tc_reset();
    for (int k = 0; k < 3; k++)
        CHECK(tc_wrong(w, d, lx, mixed, "en") == 0, "answers, document %d",
              k + 1);
    /* "marmot" before "marmot" or "." and "house" (a one-word entry
     * only): as many answers from the cache (or from a word's bits of
     * lexicons without an entry there) on a second document */
    uint64_t got[2];
    const char *texts[2] = {"marmot marmot marmot.", "house house house."};
    for (int t = 0; t < 2; t++) {
        CHECK(tc_wrong(w, d, lx, texts[t], "en") == 0, "answers: %s", texts[t]);
        ws_lex_tcstats a = ws_lex_tc_stats();
        CHECK(tc_wrong(w, d, lx, texts[t], "en") == 0, "answers again: %s",
              texts[t]);
        ws_lex_tcstats b = ws_lex_tc_stats();
        got[t] = b.ans - a.ans + (b.nos - a.nos);
    }
    CHECK(got[0] == got[1] && got[0] > 0,
          "answers from the cache: %llu for marmot, %llu for house",
          (unsigned long long)got[0], (unsigned long long)got[1]);
    /* the pair that continues a phrase still matches after the cached
     * answer */
    tokenize_lang(w, d, "marmot marmot burrow.", "en");
    ws_lex_memo_begin(d);
    const char *v = NULL;
    int n0 = ws_lex_match(lx, w, d, 0, &v);
    CHECK(n0 == 1 && v != NULL && strcmp(v, "animal") == 0, "first marmot: %d",
          n0);
    v = NULL;
    int n1 = ws_lex_match(lx, w, d, 1, &v);
    CHECK(n1 == 2 && v != NULL && strcmp(v, "place") == 0, "marmot burrow: %d",
          n1);
    ws_lex_memo_end();
done:
    ws_doc_free(d);
    ws_worker_free(w);
    ws_lex_free(lx);
}

/* A lexicon that has no entry at a word whatever follows it (no entry
 * starts with it, or only a prefix pattern sharing its first bytes that
 * it does not match) keeps that in the word's bits, and a later question
 * about the word, in the document or in the next one, is answered from
 * them with the lookup's answer; another lexicon's answers about the
 * same words are its own, and a word that starts a phrase of several
 * words is still looked up with the word after it. */
static void
test_lexicon_token_bits_answer_as_lookup(void)
{
    char err[256];
    ws_worker *w = ws_worker_new(models);
    ws_doc *d = ws_doc_new();
    ws_lex *l1 =
        tmp_lex("lexqb1", "glimber\tone\nglimber stave\ttwo\ntrost*\tpre\n",
                err, sizeof err);
    ws_lex *l2 =
        tmp_lex("lexqb2", "trap\tsnare\nstave\tnoun\n", err, sizeof err);
    if (l1 == NULL || l2 == NULL || w == NULL || d == NULL) {
        CHECK(0, "setup: %s", err);
        goto done;
    }
    const char *texts[3] = {"Trap glimber stave, trim the trostful plonk.",
                            "Glimber trims. Trap a glimber stave here.",
                            "Plonk trap glimber; stave trim trap."};
    ws_lex_tc_reset();
    for (int k = 0; k < 3; k++) {
        CHECK(tc_wrong(w, d, l1, texts[k], "en") == 0, "first lexicon, %d",
              k + 1);
        CHECK(tc_wrong(w, d, l2, texts[k], "en") == 0, "second lexicon, %d",
              k + 1);
    }
    CHECK(ws_lex_tc_stats().nos > 0, "%llu answers from the bits",
          (unsigned long long)ws_lex_tc_stats().nos);
done:
    ws_doc_free(d);
    ws_worker_free(w);
    ws_lex_free(l1);
    ws_lex_free(l2);
}

/* One cache record holds a word's stem and its spell answer: asking for
 * one, then the other, in either order and across cache drops (a limit
 * of 3 words drops them every few questions), gives what the dictionary
 * says. */
static void
test_word_cache_same_answers_across_drops(ws_models *m)
{
    static const char *words[] = {"houses", "walked", "xqzt",   "cities",
                                  "houses", "the",    "walked", "xqzt",
                                  "cities", "running"};
    ws_worker *w = ws_worker_new(m);
    ws_hun *h = ws_hun_open("en");
    CHECK(w != NULL, "worker");
    if (w == NULL || h == NULL) {
        ws_worker_free(w);
        ws_hun_free(h);
        return;
    }
    for (int limit = 0; limit < 2; limit++) {
        ws_worker_set_cache_limit(w, limit ? 3 : (size_t)1 << 18);
        for (int round = 0; round < 3; round++)
            for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
                const char *wd = words[i];
                size_t n = strlen(wd);
                char want[512];
                int wn = ws_hun_stem(h, wd, want, sizeof want);
                if (wn == 0)
                    snprintf(want, sizeof want, "%s", wd);
                int sp = -2;
                const char *st;
                if ((i + (size_t)round) % 2) {
                    sp = ws_spell(w, "en", wd, n);
                    st = ws_stem(w, "en", wd, n);
                } else {
                    st = ws_stem(w, "en", wd, n);
                    sp = ws_spell(w, "en", wd, n);
                }
                CHECK(sp == ws_hun_spell(h, wd), "spell '%s' (limit %d)", wd,
                      limit);
                CHECK(strcmp(st, want) == 0, "stem '%s': '%s', want '%s'", wd,
                      st, want);
            }
    }
    ws_hun_free(h);
    ws_worker_free(w);
}

/* The word cache keeps its records in chunks that never move: thousands
 * of words (table doublings, several chunks) give the dictionary's
 * answers, a stem handed out early still reads the same at the end, and
 * a word's record in one language does not answer for another. */
static void
test_word_cache_growth_and_languages(ws_models *m)
{
    static const char *base[] = {"house", "walk", "city", "minister",
                                 "talk",  "run",  "say",  "zqxw"};
    static const char *sfx[] = {"", "s", "ed", "ing", "er", "est"};
    static const char *langs[] = {"en", "de"};
    ws_worker *w = ws_worker_new(m);
    ws_hun *h[2] = {ws_hun_open("en"), ws_hun_open("de")};
    CHECK(w != NULL, "worker");
    if (w == NULL || h[0] == NULL || h[1] == NULL) {
        fprintf(stderr, "test_word_cache_growth: no dictionaries, skipped\n");
        ws_worker_free(w);
        ws_hun_free(h[0]);
        ws_hun_free(h[1]);
        return;
    }
    const char *early[16];
    char early_want[16][512];
    int nearly = 0, ok_stem = 1, ok_spell = 1;
    for (int k = 0; k < 3000; k++) {
        char wd[64];
        const char *b = base[k % 8];
        const char *x = sfx[(k / 8) % 6];
        if (k < 48)
            snprintf(wd, sizeof wd, "%s%s", b, x);
        else
            snprintf(wd, sizeof wd, "%s%s%dq", b, x, k);
        for (int l = 0; l < 2; l++) {
            size_t n = strlen(wd);
            char want[512];
            int wn = ws_hun_stem(h[l], wd, want, sizeof want);
            if (wn == 0)
                snprintf(want, sizeof want, "%s", wd);
            const char *st = ws_stem(w, langs[l], wd, n);
            ok_stem &= strcmp(st, want) == 0;
            ok_spell &= ws_spell(w, langs[l], wd, n) == ws_hun_spell(h[l], wd);
            if (k % 3 == 0 && nearly < 16 && k < 48) {
                early[nearly] = st;
                snprintf(early_want[nearly++], sizeof early_want[0], "%s",
                         want);
            }
        }
    }
    CHECK(ok_stem, "stems of 3000 words in two languages");
    CHECK(ok_spell, "spell answers of 3000 words in two languages");
    int same = 1;
    for (int i = 0; i < nearly; i++)
        same &= strcmp(early[i], early_want[i]) == 0;
    CHECK(nearly == 16 && same, "early stems unchanged after the growth");
    /* asked again: from the cache, the same answers */
    int again = 1;
    for (int k = 0; k < 48; k++) {
        char wd[64], want[512];
        snprintf(wd, sizeof wd, "%s%s", base[k % 8], sfx[(k / 8) % 6]);
        for (int l = 0; l < 2; l++) {
            if (ws_hun_stem(h[l], wd, want, sizeof want) == 0)
                snprintf(want, sizeof want, "%s", wd);
            again &= strcmp(ws_stem(w, langs[l], wd, strlen(wd)), want) == 0;
        }
    }
    CHECK(again, "cached answers per language");
    ws_hun_free(h[0]);
    ws_hun_free(h[1]);
    ws_worker_free(w);
}

/* ws_tok_forms_x() keeps each word's folded form and stem across
 * documents (test_tok_forms_cache_across_documents): a word met again in
 * a later document, in another language, or after a document with
 * other words in the cache's slots, gets what a fresh worker computes. */
static void
test_tok_forms_cache_across_documents(void)
{
    static const struct {
        const char *lang, *text;
    } docs[] = {
        {"en", "The Houses said the cities were walking."},
        {"de", "Die Häuser sagten, die Städte seien houses."},
        {"en", "Cities said the houses walked; THE HOUSES."},
        {"", "houses Houses cities"},
        {"de", "Häuser Häuser, Städte und Houses."},
        {"en", "houses"},
        {"fr", "Ils ont payé 560 000 euros, 560 000 euros."},
        {"en", "They paid 560 000 dollars."},
    };
    ws_worker *w = ws_worker_new(models);
    CHECK(w != NULL, "worker");
    if (w == NULL)
        return;
    int checked = 0, spaced = 0;
    for (int round = 0; round < 2; round++)
        for (size_t k = 0; k < sizeof docs / sizeof docs[0]; k++) {
            ws_doc *d = ws_doc_new();
            ws_worker *fresh = ws_worker_new(models);
            if (d == NULL || fresh == NULL ||
                ws_doc_set_text(d, docs[k].text, strlen(docs[k].text)) < 0) {
                ws_doc_free(d);
                ws_worker_free(fresh);
                continue;
            }
            snprintf(d->lang, sizeof d->lang, "%s", docs[k].lang);
            if (ws_tokenize(w, d) < 0) {
                ws_doc_free(d);
                ws_worker_free(fresh);
                continue;
            }
            /* the tokenizer may name the language itself */
            snprintf(d->lang, sizeof d->lang, "%s", docs[k].lang);
            for (int32_t i = 0; i < d->tokens.n; i++) {
                ws_tokform a, b;
                int ra = ws_tok_forms_x(w, d, i, &a);
                char form[256] = "", stem[256] = "";
                uint64_t fh = a.fh, sh = a.sh, ph = a.ph;
                int space = a.space;
                size_t flen = a.flen, slen = a.slen;
                int has = a.stem != NULL;
                if (ra == 0) {
                    snprintf(form, sizeof form, "%s", a.form);
                    snprintf(stem, sizeof stem, "%s", a.stem ? a.stem : "");
                }
                int rb = ws_tok_forms_x(fresh, d, i, &b);
                CHECK(ra == rb, "doc %zu token %d: the same result", k, i);
                if (ra != 0 || rb != 0)
                    continue;
                CHECK(flen == b.flen && strcmp(form, b.form) == 0 && fh == b.fh,
                      "doc %zu token %d: form '%s', fresh '%s'", k, i, form,
                      b.form);
                CHECK(has == (b.stem != NULL) && slen == b.slen &&
                          (!has || (strcmp(stem, b.stem) == 0 && sh == b.sh)),
                      "doc %zu token %d: stem '%s', fresh '%s'", k, i, stem,
                      b.stem ? b.stem : "");
                /* the hash of the first two bytes and the space flag, kept
                 * in the token cache with them */
                CHECK(ph == b.ph && space == b.space,
                      "doc %zu token %d: ph and space of '%s' as fresh", k, i,
                      form);
                spaced += space;
                checked++;
            }
            ws_worker_free(fresh);
            ws_doc_free(d);
        }
    CHECK(checked > 40, "tokens compared: %d", checked);
    CHECK(spaced >= 2, "tokens with a space compared: %d", spaced);
    ws_worker_free(w);
}

/* ---- the shared second level of the Hunspell answers (shcache.c) ---- */

#define SC_THREADS 4
#define SC_KEYS    6000

typedef struct {
    ws_shcache *c;
    int start;  /* the key the thread begins with */
    int wrong;  /* answers read that differ from the key's */
    int stored; /* puts that made an entry */
} sc_job;

/* Key i, its value (none for some keys) and its two answers' bits: one
 * put without the value, one with it (as a spelling and a stem) */
static void
sc_key(int i, char *key, size_t *klen, char *val, size_t *vlen, unsigned *b1,
       unsigned *b2)
{
    *klen = (size_t)snprintf(key, 32, "w%dq%d", i * 7919 % 100003, i % 13);
    *vlen = (size_t)((unsigned)i % 5u);
    for (size_t k = 0; k < *vlen; k++)
        val[k] = (char)('a' + (i + (int)k) % 26);
    *b1 = 1u + (unsigned)(i & 1);
    *b2 = *vlen > 0 ? 8u : 4u;
}

/* Is e key i's entry with bits `want` among its bits (and the value when
 * 8 is among them)? */
static int
sc_right(const unsigned char *e, int i, unsigned want)
{
    char key[32], val[8];
    size_t klen, vlen, got;
    unsigned b1, b2;
    sc_key(i, key, &klen, val, &vlen, &b1, &b2);
    if (e == NULL || (ws_shcache_bits(e) & want) != want ||
        strcmp(ws_shcache_key(e), key) != 0)
        return 0;
    const char *v = ws_shcache_value(e, &got);
    if (ws_shcache_bits(e) & 8u)
        return got == vlen && memcmp(v, val, vlen) == 0 && v[vlen] == '\0';
    return 1;
}

/* Each thread asks for every key, from its own starting point, and puts
 * the answers missing, in an order of its own: the entries it reads are
 * the keys' whoever put them. */
static void *
sc_fill(void *arg)
{
    sc_job *j = arg;
    for (int n = 0; n < SC_KEYS; n++) {
        int i = (j->start + n) % SC_KEYS;
        char key[32], val[8];
        size_t klen, vlen;
        unsigned b1, b2;
        sc_key(i, key, &klen, val, &vlen, &b1, &b2);
        uint32_t h = (uint32_t)ws_map_hash(key, klen);
        for (int k = 0; k < 2; k++) {
            int with_value = (k ^ j->start ^ i) & 1;
            unsigned b = with_value ? b2 : b1;
            const unsigned char *e = ws_shcache_get(j->c, key, klen, h);
            if (e == NULL || (ws_shcache_bits(e) & b) != b) {
                int rc = ws_shcache_put(j->c, key, klen, h, b,
                                        with_value && vlen > 0 ? val : NULL,
                                        with_value ? vlen : 0, &e);
                j->stored += rc == 0 && ws_shcache_bits(e) == b;
                j->wrong += rc < 0;
            }
            j->wrong += !sc_right(ws_shcache_get(j->c, key, klen, h), i, b);
        }
    }
    return NULL;
}

/* Several threads filling one cache at once: every key gets one entry
 * with both answers, and the answers are those one thread alone gets. */
static void
test_shared_cache_concurrent_fill(void)
{
    ws_shcache *c = ws_shcache_new(SC_KEYS, (size_t)1 << 20);
    CHECK(c != NULL, "cache");
    if (c == NULL)
        return;
    sc_job jobs[SC_THREADS];
    pthread_t th[SC_THREADS];
    int started[SC_THREADS];
    for (int t = 0; t < SC_THREADS; t++) {
        jobs[t] = (sc_job){c, t * (SC_KEYS / SC_THREADS) + t, 0, 0};
        started[t] = pthread_create(&th[t], NULL, sc_fill, &jobs[t]) == 0;
    }
    int wrong = 0;
    for (int t = 0; t < SC_THREADS; t++) {
        if (started[t])
            pthread_join(th[t], NULL);
        else
            sc_fill(&jobs[t]);
        wrong += jobs[t].wrong;
    }
    CHECK(wrong == 0, "answers differing from the keys': %d", wrong);
    CHECK(ws_shcache_count(c) == SC_KEYS, "keys %zu", ws_shcache_count(c));
    /* one thread alone, on a fresh cache: the same entries */
    ws_shcache *one = ws_shcache_new(SC_KEYS, (size_t)1 << 20);
    sc_job alone = {one, 0, 0, 0};
    if (one != NULL)
        sc_fill(&alone);
    CHECK(one != NULL && alone.wrong == 0, "one thread: %d wrong", alone.wrong);
    int differ = 0;
    for (int i = 0; one != NULL && i < SC_KEYS; i++) {
        char key[32], val[8];
        size_t klen, vlen, l1, l2;
        unsigned b1, b2;
        sc_key(i, key, &klen, val, &vlen, &b1, &b2);
        uint32_t h = (uint32_t)ws_map_hash(key, klen);
        const unsigned char *e = ws_shcache_get(c, key, klen, h);
        const unsigned char *f = ws_shcache_get(one, key, klen, h);
        differ +=
            e == NULL || f == NULL ||
            ws_shcache_bits(e) != ws_shcache_bits(f) ||
            ws_shcache_bits(e) != (b1 | b2) ||
            strcmp(ws_shcache_value(e, &l1), ws_shcache_value(f, &l2)) != 0 ||
            l1 != l2;
    }
    CHECK(differ == 0, "entries differing from one thread's: %d", differ);
    const unsigned char *e;
    CHECK(ws_shcache_get(c, "w0q", 3, (uint32_t)ws_map_hash("w0q", 3)) == NULL,
          "a key's prefix is not there");
    char key[32], val[8];
    size_t klen, vlen, got;
    unsigned b1, b2;
    sc_key(1, key, &klen, val, &vlen, &b1, &b2);
    CHECK(ws_shcache_put(c, key, klen, (uint32_t)ws_map_hash(key, klen), 8u,
                         "zz", 2, &e) == 1 &&
              e != NULL && ws_shcache_value(e, &got)[0] == val[0] &&
              got == vlen,
          "a second value of a key keeps the first");
    ws_shcache_free(one);
    ws_shcache_free(c);
}

/* Bounded: puts of new keys past the entries or the bytes given are
 * refused, and what was stored stays readable. */
static void
test_shared_cache_bounds(void)
{
    ws_shcache *c = ws_shcache_new(100, (size_t)1 << 20);
    int stored = 0, refused = 0;
    for (int i = 0; c != NULL && i < 300; i++) {
        char key[32], val[8];
        size_t klen, vlen;
        unsigned b1, b2;
        sc_key(i, key, &klen, val, &vlen, &b1, &b2);
        const unsigned char *e;
        int rc = ws_shcache_put(c, key, klen, (uint32_t)ws_map_hash(key, klen),
                                b2, val, vlen, &e);
        stored += rc == 0;
        refused += rc < 0;
    }
    CHECK(stored == 100 && refused == 200,
          "entries bound: %d stored, %d refused", stored, refused);
    char key[32], val[8];
    size_t klen, vlen;
    unsigned b1, b2;
    sc_key(99, key, &klen, val, &vlen, &b1, &b2);
    CHECK(c != NULL &&
              sc_right(ws_shcache_get(c, key, klen,
                                      (uint32_t)ws_map_hash(key, klen)),
                       99, b2),
          "the last stored entry is there");
    ws_shcache_free(c);
    /* bytes: one 64 KB chunk of 1000-byte values holds 65 */
    c = ws_shcache_new(1000, 1000);
    static char big[1000];
    stored = 0;
    for (int i = 0; c != NULL && i < 200; i++) {
        char k[16];
        size_t kl = (size_t)snprintf(k, sizeof k, "b%d", i);
        const unsigned char *e;
        stored += ws_shcache_put(c, k, kl, (uint32_t)ws_map_hash(k, kl), 8u,
                                 big, sizeof big, &e) == 0;
    }
    CHECK(c != NULL && stored > 0 && stored < 200, "bytes bound: %d stored",
          stored);
    ws_shcache_free(c);
}

/* A value longer than a pool chunk is refused, not written past the
 * chunk's end (the bound checked the value's length field alone). */
static void
test_shared_cache_value_past_chunk_refused(void)
{
    ws_shcache *c = ws_shcache_new(16, (size_t)1 << 20);
    static char huge[65530];
    memset(huge, 'x', sizeof huge);
    const unsigned char *e = NULL;
    int rc = c != NULL ? ws_shcache_put(c, "long", 4,
                                        (uint32_t)ws_map_hash("long", 4), 8u,
                                        huge, sizeof huge, &e)
                       : 0;
    CHECK(c != NULL && rc < 0 && e == NULL &&
              ws_shcache_get(c, "long", 4, (uint32_t)ws_map_hash("long", 4)) ==
                  NULL,
          "a value past a chunk: rc %d", rc);
    rc = c != NULL
             ? ws_shcache_put(c, "short", 5, (uint32_t)ws_map_hash("short", 5),
                              8u, huge, 1000, &e)
             : -1;
    CHECK(rc == 0 && e != NULL, "a value that fits still goes in: rc %d", rc);
    ws_shcache_free(c);
}

/* ws_file_slurp: the whole file whatever its size against its reads
 * (empty; one byte; exactly the 64 KB stdio would read; past it), added
 * to what the buffer held; a missing file is -ENOENT, a file of the
 * kernel's whose size says 0 is read whole */
static void
test_file_slurp_reads_whole_file(void)
{
    static const size_t sizes[] = {0, 1, 65535, 65536, 65537, 300001};
    static char data[300001];
    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (char)('a' + (i * 7) % 26);
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        char path[] = "/tmp/ws-slurp-XXXXXX";
        int fd = mkstemp(path);
        ssize_t wr = fd >= 0 ? write(fd, data, sizes[k]) : -1;
        if (fd >= 0)
            close(fd);
        ws_buf b = {0};
        ws_buf_put(&b, "head", 4);
        int rc = wr == (ssize_t)sizes[k] ? ws_file_slurp(path, &b) : -1;
        CHECK(rc == 0 && b.len == 4 + sizes[k] && !b.oom &&
                  memcmp(b.buf, "head", 4) == 0 &&
                  memcmp(b.buf + 4, data, sizes[k]) == 0 &&
                  b.buf[b.len] == '\0',
              "size %zu: rc %d, %zu bytes", sizes[k], rc, b.len);
        ws_buf_free(&b);
        remove(path);
    }
    ws_buf b = {0};
    CHECK(ws_file_slurp("/nonexistent/ws-slurp", &b) == -ENOENT && b.len == 0,
          "a missing file");
    int rc = ws_file_slurp("/proc/self/status", &b);
    CHECK(rc == 0 && b.len > 0 && strstr(b.buf, "Name:") != NULL &&
              b.buf[b.len - 1] == '\n',
          "a file whose size is 0 to stat: rc %d, %zu bytes", rc, b.len);
    ws_buf_free(&b);
}

/* A lexicon loads from its file read whole; one the language does not
 * have is no problem (there is no access() before the read now), one
 * that cannot be used is */
static void
test_lexicon_missing_is_no_problem(void)
{
    char dir[] = "/tmp/ws-models-XXXXXX", sub[64], path[96], bad[96];
    CHECK(mkdtemp(dir) != NULL, "temporary directory");
    snprintf(sub, sizeof sub, "%s/xx", dir);
    snprintf(path, sizeof path, "%s/greet.tsv", sub);
    snprintf(bad, sizeof bad, "%s/broken.tsv", sub);
    FILE *fp = mkdir(sub, 0700) == 0 ? fopen(path, "w") : NULL;
    if (fp != NULL) {
        fputs("# a comment\nhello\tgreeting\n", fp);
        fclose(fp);
    }
    fp = fopen(bad, "w");
    if (fp != NULL) {
        fputs("caf\xe9\tnot UTF-8\n", fp);
        fclose(fp);
    }
    char err[256];
    ws_models *m = ws_models_open(dir, err, sizeof err);
    CHECK(m != NULL, "models: %s", err);
    if (m == NULL)
        return;
    const ws_lex *lx = ws_models_lex(m, "xx", "greet");
    const char *v = lx != NULL ? ws_lex_word(lx, "hello", 5) : NULL;
    CHECK(lx != NULL && ws_lex_size(lx) == 1 && v != NULL &&
              strcmp(v, "greeting") == 0,
          "the lexicon's one entry: %s", v ? v : "(none)");
    CHECK(ws_models_lex(m, "xx", "absent") == NULL &&
              ws_models_problem(m, "xx") == NULL,
          "a missing lexicon: %s", ws_models_problem(m, "xx"));
    const char *pb = ws_models_problem(m, "xx");
    CHECK(ws_models_lex(m, "xx", "broken") == NULL &&
              (pb = ws_models_problem(m, "xx")) != NULL &&
              strstr(pb, "invalid UTF-8") != NULL,
          "an unusable lexicon: %s", pb ? pb : "(none)");
    ws_models_free(m);
    remove(path);
    remove(bad);
    rmdir(sub);
    rmdir(dir);
}

/* The bytes writable from p on, in p's mapping (/proc/self/maps) */
static size_t
writable_from(const void *p)
{
    FILE *fp = fopen("/proc/self/maps", "r");
    char line[512];
    size_t got = 0;
    uintptr_t a = (uintptr_t)p;
    while (fp != NULL && fgets(line, sizeof line, fp) != NULL) {
        unsigned long lo, hi;
        char perm[8];
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perm) == 3 && a >= lo &&
            a < hi && perm[0] == 'r' && perm[1] == 'w')
            got = hi - a;
    }
    if (fp != NULL)
        fclose(fp);
    return got;
}

static void *
arena_probe(void *arg)
{
    size_t *out = arg;
    char *p = malloc(100);
    *out = p != NULL ? writable_from(p) : 0;
    free(p);
    return NULL;
}

/* ws_cli_tune_malloc: a worker thread's malloc arena is writable whole
 * from its first allocation (one mprotect call, not one a page as it
 * grows): tens of megabytes, where glibc's default makes 132 KB */
static void
test_worker_arena_writable_whole(void)
{
#ifdef __SANITIZE_ADDRESS__
    return; /* (ASan's allocator stands in for glibc's arenas) */
#endif
    ws_cli_tune_malloc();
    pthread_t th;
    size_t rw = 0;
    int rc = pthread_create(&th, NULL, arena_probe, &rw);
    if (rc == 0)
        pthread_join(th, NULL);
    CHECK(rc == 0 && rw > ((size_t)32 << 20),
          "a new thread's arena: %zu bytes writable past its first block", rw);
}

/* Words of English news-like inflections, for the workers' Hunspell
 * answers */
static const char *const hun_bases[] = {
    "walk",    "plant",    "harbour", "decide", "argue",    "copper",  "ferry",
    "glitter", "hesitate", "orchard", "quarry", "stubborn", "trumpet", "wander",
    "zeal",    "bicycle",  "clarify", "Vienna", "xqzt",     "Maribel"};
static const char *const hun_ends[] = {"",    "s",  "ed",   "ing", "er",
                                       "ers", "ly", "ness", "'s"};
#define HUN_NB (sizeof hun_bases / sizeof hun_bases[0])
#define HUN_NE (sizeof hun_ends / sizeof hun_ends[0])
#define HUN_NW (HUN_NB * HUN_NE)

typedef struct {
    ws_models *m;
    size_t start;
    char stem[HUN_NW][64];
    int spell[HUN_NW];
} hun_job;

static void
hun_word(size_t i, char *buf, size_t cap)
{
    snprintf(buf, cap, "%s%s", hun_bases[i / HUN_NE], hun_ends[i % HUN_NE]);
}

/* A worker of its own asks every word's stem and spelling, from its own
 * starting point (spelling first for every other word) */
static void *
hun_ask(void *arg)
{
    hun_job *j = arg;
    ws_worker *w = ws_worker_new(j->m);
    for (size_t n = 0; n < HUN_NW; n++) {
        size_t i = (j->start + n) % HUN_NW;
        char word[64];
        hun_word(i, word, sizeof word);
        size_t len = strlen(word);
        if (w == NULL) {
            j->spell[i] = -2;
            continue;
        }
        if (i & 1)
            j->spell[i] = ws_spell(w, "en", word, len);
        snprintf(j->stem[i], sizeof j->stem[i], "%s",
                 ws_stem(w, "en", word, len));
        if (!(i & 1))
            j->spell[i] = ws_spell(w, "en", word, len);
    }
    ws_worker_free(w);
    return NULL;
}

/* The workers of several threads fill the language's shared answers at
 * once: each gets the stems and spellings Hunspell gives one thread
 * asking directly, and a worker started afterwards gets them from the
 * shared answers alone. */
static void
test_hunspell_shared_answers_across_threads(void)
{
    char err[512];
    ws_models *m = ws_models_open(NULL, err, sizeof err);
    ws_hun *ref = ws_hun_open("en");
    CHECK(m != NULL && ref != NULL, "models and en dictionary: %s", err);
    if (m == NULL || ref == NULL) {
        ws_models_free(m);
        ws_hun_free(ref);
        return;
    }
    static hun_job jobs[SC_THREADS + 1];
    pthread_t th[SC_THREADS];
    int started[SC_THREADS];
    for (int t = 0; t < SC_THREADS; t++) {
        jobs[t].m = m;
        jobs[t].start = (size_t)t * 37;
        started[t] = pthread_create(&th[t], NULL, hun_ask, &jobs[t]) == 0;
    }
    for (int t = 0; t < SC_THREADS; t++)
        if (started[t])
            pthread_join(th[t], NULL);
        else
            hun_ask(&jobs[t]);
    /* afterwards, every answer is a shared one */
    jobs[SC_THREADS].m = m;
    jobs[SC_THREADS].start = 5;
    hun_ask(&jobs[SC_THREADS]);
    int wrong = 0, stems = 0;
    for (size_t i = 0; i < HUN_NW; i++) {
        char word[64], out[512];
        hun_word(i, word, sizeof word);
        int n = ws_hun_stem(ref, word, out, sizeof out);
        const char *want = n > 0 ? out : word;
        int sp = ws_hun_spell(ref, word);
        stems += n > 0 && strcmp(out, word) != 0;
        for (int t = 0; t <= SC_THREADS; t++) {
            if (strcmp(jobs[t].stem[i], want) != 0 || jobs[t].spell[i] != sp) {
                if (wrong++ < 5)
                    fprintf(stderr,
                            "  %s: thread %d stem '%s' spell %d, "
                            "Hunspell '%s' %d\n",
                            word, t, jobs[t].stem[i], jobs[t].spell[i], want,
                            sp);
            }
        }
    }
    CHECK(wrong == 0, "answers differing from Hunspell's: %d", wrong);
    CHECK(stems > 20, "words with a stem of their own: %d", stems);
    ws_hun_free(ref);
    ws_models_free(m);
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof err);
    CHECK(models != NULL, "models: %s", err);
    if (models == NULL)
        TEST_END();
    test_worker_arena_writable_whole();
    test_concurrent_loads();
    test_missing_language();
    test_lexicon_filter();
    test_lexicon_word_prefixes();
    test_lexicon_memo_same_answers();
    test_lexicon_scan_clear_bit_is_no();
    test_lexicon_memo_slots_shared_home();
    test_lexicon_first_token_cache_across_documents();
    test_lexicon_token_cache();
    test_lexicon_token_cache_keeps_used();
    test_lexicon_token_cache_first_token();
    test_lexicon_token_cache_answer_slots();
    test_lexicon_token_cache_pair_gate();
    test_lexicon_token_bits_answer_as_lookup();
    test_lexicon_one_word_index();
    test_file_slurp_reads_whole_file();
    test_lexicon_missing_is_no_problem();
    test_word_cache_same_answers_across_drops(models);
    test_word_cache_growth_and_languages(models);
    /* the workers' own tables, past the shared answers' bound */
    ws_models *few = ws_models_open(NULL, err, sizeof err);
    CHECK(few != NULL, "models: %s", err);
    if (few != NULL) {
        ws_models_set_shared_words(few, 16);
        test_word_cache_same_answers_across_drops(few);
        test_word_cache_growth_and_languages(few);
        ws_models_free(few);
    }
    test_tok_forms_cache_across_documents();
    test_shared_cache_concurrent_fill();
    test_shared_cache_bounds();
    test_shared_cache_value_past_chunk_refused();
    test_hunspell_shared_answers_across_threads();
    ws_models_free(models);
    TEST_END();
}
