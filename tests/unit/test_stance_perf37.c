/*
 * test_stance_perf37.c - the stance stage's speed and memory (session
 * 37): fold_is()'s cache of list signatures is a thread's table taken
 * on first use (ws_tltab_get: calloc'ed, zeroed when the thread's worker
 * changes, freed at the thread's end), not static TLS that every thread
 * zeroes at its start.  Each test is named after what it proves, on
 * short invented sentences.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* Sentences whose rules ask fold_is() of many lists (and the candidate
 * sweeps of cand_add): capitals, words past ASCII, possessives */
static const char *const texts[] = {
    "The ministry's warning that the bridge was unsafe drew anger.",
    "It seems clear that the ferry will be late, the captain said.",
    "Critics call it \"a scam\", the mayor insisted on Monday.",
    "The Clerk Said That The Ledger Was Lost, officials added.",
    "\xc3\x89mile Dupr\xc3\xa9, the caf\xc3\xa9's owner, told reporters the "
    "plan would fail.",
    "The crowd shouted that the owner must go, a witness said.",
};
enum { NTEXTS = sizeof texts / sizeof *texts, DUMP = 4096 };

/* the statements of texts[k] on worker w, in out (run_on(): the
 * threads share no global) */
static void
dump_on(ws_worker *w, size_t k, char *out)
{
    out[0] = '\0';
    ws_doc *d = run_on(w, "en", texts[k]);
    if (d == NULL)
        return;
    ws_test_dump(d, out, DUMP);
    ws_doc_free(d);
}

typedef struct {
    ws_worker *w; /* NULL: a worker of its own */
    char got[NTEXTS][DUMP];
    int ok;
} job;

static void *
thread_main(void *v)
{
    job *j = v;
    ws_worker *w = j->w != NULL ? j->w : ws_worker_new(models);
    if (w == NULL)
        return NULL;
    /* twice: the second time from the table the first one filled */
    for (int r = 0; r < 2; r++)
        for (size_t k = 0; k < NTEXTS; k++)
            dump_on(w, k, j->got[k]);
    if (j->w == NULL)
        ws_worker_free(w);
    j->ok = 1;
    return NULL;
}

/* A thread's first document (its table calloc'ed then), a document after
 * the table was filled, and one on a second worker of the same thread
 * (its table zeroed) get the statements of the main thread. */
static void
test_signature_table_per_thread(void)
{
    static char want[NTEXTS][DUMP];
    for (size_t k = 0; k < NTEXTS; k++) {
        dump_on(worker, k, want[k]);
        CHECK(want[k][0] != '\0', "%s: no statement", texts[k]);
    }
    static job jobs[2];
    int made[2] = {0, 0};
    jobs[0].w = NULL; /* its own worker */
    jobs[1].w = NULL;
    for (int t = 0; t < 2; t++)
        jobs[t].ok = 0;
    run_threads(thread_main, jobs, sizeof jobs[0], 2, made);
    for (int t = 0; t < 2; t++) {
        if (!made[t])
            continue;
        CHECK(jobs[t].ok, "thread %d: no worker", t);
        for (size_t k = 0; jobs[t].ok && k < NTEXTS; k++)
            CHECK(strcmp(jobs[t].got[k], want[k]) == 0,
                  "thread %d, %s:\n got  %s\n want %s", t, texts[k],
                  jobs[t].got[k], want[k]);
    }
    /* this thread, a second worker (the table zeroed), then the first
     * again (zeroed again) */
    ws_worker *w2 = ws_worker_new(models);
    CHECK(w2 != NULL, "worker");
    for (int r = 0; w2 != NULL && r < 2; r++)
        for (size_t k = 0; k < NTEXTS; k++) {
            static char got[DUMP];
            dump_on(r == 0 ? w2 : worker, k, got);
            CHECK(strcmp(got, want[k]) == 0,
                  "worker %d, %s:\n got  %s\n want %s", r, texts[k], got,
                  want[k]);
        }
    ws_worker_free(w2);
}

/* lang's statement with cue `cue` in text as "speaker | content ..."
 * in out ("" when none) */
static void
stmt_of(const char *lang, const char *text, const char *cue, char *out,
        size_t cap)
{
    out[0] = '\0';
    ws_doc *d = run(lang, text);
    CHECK(d != NULL, "out of memory");
    if (d == NULL)
        return;
    ws_statement *st = find_cue(d, cue);
    if (st != NULL) {
        snprintf(out, cap, "%s", span(d, st->speaker));
        for (int k = 0; k < st->ncontent; k++) {
            size_t n = strlen(out);
            snprintf(out + n, cap - n, " | %s", span(d, st->content[k]));
        }
        size_t n = strlen(out);
        snprintf(out + n, cap - n, " [%s]", ws_kind_name(st->kind));
    }
    ws_doc_free(d);
}

/* The cues ctx_init's sweep finds (a speech verb; a light verb's act; a
 * phrasal act; a source phrase; a cue after a word of 64 bytes or
 * more) are the same after two to thirteen tokens of sentences that hold
 * no cue (the cue at every offset of the eight and four tokens read at
 * a time, and within the last ones of the text, read one by one), in
 * English, French and Russian */
static void
test_sweep_hops_same_at_every_offset(void)
{
    static const struct {
        const char *lang, *text, *cue;
    } c[] = {
        {"en", "The harbour master said the quay would reopen on Monday.",
         "said"},
        {"en", "The mayor made a fresh appeal for calm.",
         "made a fresh appeal"},
        {"en", "The pilot spoke warmly of the old lighthouse keepers.",
         "spoke warmly of"},
        {"en", "The envoy issued a very stern warning to the rebels.",
         "issued a very stern warning"},
        {"en",
         "The "
         "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
         " board said the quay would reopen.",
         "said"},
        {"fr",
         "Le maire a d\xc3\xa9"
         "clar\xc3\xa9 que le pont serait ferm\xc3\xa9.",
         "a d\xc3\xa9"
         "clar\xc3\xa9"},
        {"ru",
         "\xd0\x9f\xd0\xbe \xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb2"
         "\xd0\xb0\xd1\x80\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8c"
         "\xd0\xbd\xd1\x8b\xd0\xbc \xd0\xb4\xd0\xb0\xd0\xbd\xd0\xbd"
         "\xd1\x8b\xd0\xbc \xd0\x9c\xd0\xb8\xd0\xbd\xd0\xb7\xd0\xb4"
         "\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb0, \xd0\xb2 \xd0\xb3\xd0\xbe"
         "\xd1\x80\xd0\xbe\xd0\xb4\xd0\xb5 \xd0\xb7\xd0\xb0\xd0\xba"
         "\xd1\x80\xd1\x8b\xd1\x82\xd1\x8b \xd1\x82\xd1\x80\xd0\xb8 "
         "\xd1\x88\xd0\xba\xd0\xbe\xd0\xbb\xd1\x8b.",
         "\xd0\x9f\xd0\xbe \xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb2"
         "\xd0\xb0\xd1\x80\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8c"
         "\xd0\xbd\xd1\x8b\xd0\xbc \xd0\xb4\xd0\xb0\xd0\xbd\xd0\xbd"
         "\xd1\x8b\xd0\xbc"},
    };
    for (size_t k = 0; k < sizeof c / sizeof *c; k++) {
        char want[1024], got[1024], text[1024];
        stmt_of(c[k].lang, c[k].text, c[k].cue, want, sizeof want);
        CHECK(want[0] != '\0', "%s: no statement with cue %s", c[k].text,
              c[k].cue);
        for (int n = 2; n <= 13; n++) {
            /* n tokens: "Rain." (two) and, for an odd n, one "Gulls
             * circled." (three) */
            text[0] = '\0';
            for (int left = n; left > 0; left -= left == 3 ? 3 : 2)
                strcat(text, left == 3 ? "Gulls circled. " : "Rain. ");
            strcat(text, c[k].text);
            stmt_of(c[k].lang, text, c[k].cue, got, sizeof got);
            CHECK(strcmp(got, want) == 0, "%s:\n got  %s\n want %s", text, got,
                  want);
        }
    }
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_perf37: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_signature_table_per_thread();
    test_sweep_hops_same_at_every_offset();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
