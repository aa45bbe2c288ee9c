/*
 * test_stance_perf39.c - the stance stage's speed (session 39): the
 * attributes of a lexicon value (parse_attrs: "say", "act prep", a
 * pronoun's gender) are kept in a thread's table by the value's pointer
 * (attrs; ws_tltab_get: zeroed when the thread's worker changes), not
 * parsed at every question.  Each test is named after what it proves,
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
    pthread_t th[2];
    int made[2] = {0, 0};
    for (int t = 0; t < 2; t++) {
        jobs[t].ok = 0;
        made[t] = pthread_create(&th[t], NULL, thread_main, &jobs[t]) == 0;
        CHECK(made[t], "pthread_create");
    }
    for (int t = 0; t < 2; t++) {
        if (!made[t])
            continue;
        pthread_join(th[t], NULL);
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
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
