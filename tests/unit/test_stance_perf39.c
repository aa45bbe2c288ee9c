/*
 * test_stance_perf39.c - the stance stage's speed (session 39): the
 * attributes of a lexicon value (parse_attrs: "say", "act prep", a
 * pronoun's gender) are kept in a thread's table by the value's pointer
 * (attrs; ws_tltab_get: zeroed when the thread's worker changes), not
 * parsed at every question; the key of the thread's cache of the skip
 * lexicon's classes (skc_slot: a token's bytes, zero-padded to three
 * words) is loaded as three whole words and masked where the text goes
 * on for 24 bytes after the token's start; ctx_init asks the source
 * phrase rule of the tokens whose kept class has K_SRCP (or none yet) as
 * bits, 64 tokens at a time.  Each test is named after what it proves,
 * on short invented sentences.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* Sentences whose rules ask the attributes of many values of several
 * lexicons (speech and act verbs, "according to", pronouns of each
 * gender, source phrases, time words), in three languages: the values of
 * one language's lexicons share the table's slots with the others' */
static const struct {
    const char *lang, *text;
} texts[] = {
    {"en", "She said the bridge was unsafe, according to the council."},
    {"en", "He warned on Monday that they'd close the quay."},
    {"en", "The ministry's claim that the ferry was late drew anger, a "
           "spokeswoman told reporters."},
    {"en", "\"It will not reopen,\" they insisted, but the mayor denied "
           "it."},
    {"en", "The union lodged a formal protest over the new rota, its "
           "leader announced."},
    {"fr", "Le maire a d\xc3\xa9"
           "clar\xc3\xa9 que le pont serait ferm\xc3\xa9."},
    {"de", "Der B\xc3\xbcrgermeister sagte, die Br\xc3\xbc"
           "cke sei gesperrt."},
};
enum { NTEXTS = sizeof texts / sizeof *texts, DUMP = 4096 };

/* the statements of texts[k] on worker w, in out */
static void
dump_on(ws_worker *w, size_t k, char *out)
{
    out[0] = '\0';
    ws_doc *d = run_on(w, texts[k].lang, texts[k].text);
    if (d == NULL)
        return;
    ws_test_dump(d, out, DUMP);
    ws_doc_free(d);
}

/* the statements of texts[k] on a worker of its own (its table empty) */
static void
dump_fresh(size_t k, char *out)
{
    out[0] = '\0';
    ws_worker *w = ws_worker_new(models);
    CHECK(w != NULL, "worker");
    if (w == NULL)
        return;
    dump_on(w, k, out);
    ws_worker_free(w);
}

/* Each text's statements on a worker whose table the other texts (other
 * languages' lexicons) filled, forwards and backwards, three times over,
 * are those on a fresh worker */
static void
test_attrs_table_same_as_parse(void)
{
    static char want[NTEXTS][DUMP], got[DUMP];
    for (size_t k = 0; k < NTEXTS; k++) {
        dump_fresh(k, want[k]);
        CHECK(want[k][0] != '\0', "%s: no statement", texts[k].text);
    }
    for (int r = 0; r < 3; r++)
        for (size_t n = 0; n < NTEXTS; n++) {
            size_t k = r % 2 ? NTEXTS - 1 - n : n;
            dump_on(worker, k, got);
            CHECK(strcmp(got, want[k]) == 0,
                  "round %d, %s:\n got  %s\n want %s", r, texts[k].text, got,
                  want[k]);
        }
}

typedef struct {
    char got[NTEXTS][DUMP];
    int ok;
} job;

static void *
thread_main(void *v)
{
    job *j = v;
    ws_worker *w = ws_worker_new(models);
    if (w == NULL)
        return NULL;
    /* twice: the second time from the table the first one filled */
    for (int r = 0; r < 2; r++)
        for (size_t k = 0; k < NTEXTS; k++)
            dump_on(w, k, j->got[k]);
    ws_worker_free(w);
    j->ok = 1;
    return NULL;
}

/* Two threads at once, each with a worker (and a table) of its own, and
 * this thread alternating between two workers (the table zeroed at each
 * change), get the statements of a fresh worker */
static void
test_attrs_table_per_thread_and_worker(void)
{
    static char want[NTEXTS][DUMP], got[DUMP];
    for (size_t k = 0; k < NTEXTS; k++)
        dump_fresh(k, want[k]);
    static job jobs[2];
    int made[2] = {0, 0};
    for (int t = 0; t < 2; t++)
        jobs[t].ok = 0;
    run_threads(thread_main, jobs, sizeof jobs[0], 2, made);
    for (int t = 0; t < 2; t++) {
        if (!made[t])
            continue;
        CHECK(jobs[t].ok, "thread %d: no worker", t);
        for (size_t k = 0; jobs[t].ok && k < NTEXTS; k++)
            CHECK(strcmp(jobs[t].got[k], want[k]) == 0,
                  "thread %d, %s:\n got  %s\n want %s", t, texts[k].text,
                  jobs[t].got[k], want[k]);
    }
    ws_worker *w2 = ws_worker_new(models);
    CHECK(w2 != NULL, "worker");
    for (int r = 0; w2 != NULL && r < 4; r++)
        for (size_t k = 0; k < NTEXTS; k++) {
            dump_on(r % 2 ? w2 : worker, k, got);
            CHECK(strcmp(got, want[k]) == 0,
                  "worker %d, %s:\n got  %s\n want %s", r % 2, texts[k].text,
                  got, want[k]);
        }
    ws_worker_free(w2);
}

/* the statements of text in lang on worker w (a fresh one when NULL),
 * in out */
static void
dump_text(ws_worker *w, const char *lang, const char *text, char *out)
{
    out[0] = '\0';
    ws_worker *own = w == NULL ? ws_worker_new(models) : NULL;
    ws_doc *d = run_on(w != NULL ? w : own, lang, text);
    if (d != NULL) {
        ws_test_dump(d, out, DUMP);
        ws_doc_free(d);
    }
    if (own != NULL)
        ws_worker_free(own);
}

/* Words of 1 to 25 bytes (the cache's keys hold up to 24), time words
 * and words of the skip lexicon, each also with its last byte changed
 * (a key that lost or kept a byte too many would give one the other's
 * class), in the middle of a text (the key loaded whole and masked) and
 * within its last 24 bytes (copied byte by byte): on a worker whose
 * cache the lookalikes and the other place filled first, each text's
 * statements are those of a fresh worker. */
static void
test_skip_class_key_masked_like_copy(void)
{
    static const char *const words[] = {"a",
                                        "in",
                                        "the",
                                        "said",
                                        "today",
                                        "Monday",
                                        "however",
                                        "recently",
                                        "yesterday",
                                        "reportedly",
                                        "nevertheless",
                                        "approximately",
                                        "notwithstanding",
                                        "simultaneously",
                                        "counterproductive",
                                        "internationally",
                                        "disproportionately",
                                        "institutionalisation",
                                        "counterrevolutionaries",
                                        "electroencephalographs",
                                        "deinstitutionalisations",
                                        "antiestablishmentarianism",
                                        "antidisestablishmentarian"};
    enum { NW = sizeof words / sizeof *words, NT = NW * 4 };
    static char tx[NT][256], want[NT][DUMP], got[DUMP];
    for (size_t k = 0; k < NW; k++) {
        char look[64];
        snprintf(look, sizeof look, "%s", words[k]);
        size_t n = strlen(look);
        look[n - 1] = look[n - 1] == 'x' ? 'q' : 'x';
        for (int v = 0; v < 2; v++) {
            const char *w = v ? words[k] : look;
            snprintf(tx[k * 4 + v * 2], sizeof tx[0],
                     "The mayor said %s the old bridge would close for "
                     "repairs next spring.",
                     w);
            snprintf(tx[k * 4 + v * 2 + 1], sizeof tx[0],
                     "The bridge would close, the mayor said %s.", w);
        }
    }
    for (size_t t = 0; t < NT; t++)
        dump_text(NULL, "en", tx[t], want[t]);
    ws_worker *w = ws_worker_new(models);
    CHECK(w != NULL, "worker");
    for (int r = 0; w != NULL && r < 2; r++)
        for (size_t n = 0; n < NT; n++) {
            size_t t = r ? NT - 1 - n : n;
            dump_text(w, "en", tx[t], got);
            CHECK(strcmp(got, want[t]) == 0,
                  "round %d, %s:\n got  %s\n want %s", r, tx[t], got, want[t]);
        }
    ws_worker_free(w);
}

/* A source phrase ("по предварительным данным") is found wherever its
 * preposition falls among the 64 tokens ctx_init tests at a time: after
 * none to 140 tokens of sentences that hold none (the phrase's first
 * token at every offset in the first three blocks and at the text's
 * end), as the text without them */
static void
test_source_phrase_found_at_every_block_offset(void)
{
    static const char *const tail[] = {
        RU_SOURCE_PHRASE_TEXT,
        "\xd0\x92 \xd0\xb3\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb4\xd0\xb5 "
        "\xd0\xb7\xd0\xb0\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\xd1\x8b "
        "\xd1\x82\xd1\x80\xd0\xb8 \xd1\x88\xd0\xba\xd0\xbe\xd0\xbb"
        "\xd1\x8b, \xd0\xbf\xd0\xbe \xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4"
        "\xd0\xb2\xd0\xb0\xd1\x80\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb"
        "\xd1\x8c\xd0\xbd\xd1\x8b\xd0\xbc \xd0\xb4\xd0\xb0\xd0\xbd"
        "\xd0\xbd\xd1\x8b\xd0\xbc \xd0\x9c\xd0\xb8\xd0\xbd\xd0\xb7"
        "\xd0\xb4\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb0."};
    for (size_t k = 0; k < sizeof tail / sizeof *tail; k++) {
        static char want[DUMP], got[DUMP], text[2048];
        dump_text(worker, "ru", tail[k], want);
        CHECK(strstr(want, "\xd0\xbf\xd0\xbe \xd0\xbf\xd1\x80") != NULL,
              "%s: no source phrase: %s", tail[k], want);
        for (int n = 2; n <= 140; n++) {
            /* n tokens: "Rain." (two) and, for an odd n, one "Gulls
             * circled." (three) */
            text[0] = '\0';
            for (int left = n; left > 0; left -= left == 3 ? 3 : 2)
                strcat(text, left == 3 ? "Gulls circled. " : "Rain. ");
            size_t lead = strlen(text);
            strcat(text, tail[k]);
            dump_text(worker, "ru", text, got);
            /* the same statement, its offsets moved by the lead's
             * characters (ASCII: its bytes) */
            CHECK(got[0] != '\0', "%d tokens before: no statement", n);
            ws_doc *d = run("ru", text);
            ws_doc *d0 = run("ru", tail[k]);
            CHECK(d != NULL && d0 != NULL, "out of memory");
            if (d != NULL && d0 != NULL) {
                CHECK(d->statements.n == d0->statements.n,
                      "%d tokens before: %d statements, want %d", n,
                      (int)d->statements.n, (int)d0->statements.n);
                for (int32_t s = 0; s < d->statements.n && s < d0->statements.n;
                     s++) {
                    ws_statement *a = &d->statements.v[s],
                                 *b = &d0->statements.v[s];
                    CHECK(strcmp(span(d, a->cue), span(d0, b->cue)) == 0 &&
                              a->cue.start == b->cue.start + (int32_t)lead &&
                              strcmp(span(d, a->speaker),
                                     span(d0, b->speaker)) == 0,
                          "%d tokens before: cue %s speaker %s, want %s %s", n,
                          span(d, a->cue), span(d, a->speaker),
                          span(d0, b->cue), span(d0, b->speaker));
                }
            }
            ws_doc_free(d);
            ws_doc_free(d0);
        }
    }
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_perf39: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_attrs_table_same_as_parse();
    test_attrs_table_per_thread_and_worker();
    test_skip_class_key_masked_like_copy();
    test_source_phrase_found_at_every_block_offset();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
