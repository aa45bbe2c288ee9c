/*
 * test_tagcore39.c - the int16 tagger's decoder loop for sentences whose
 * static scores the group sums hold whole (session 39: viterbi()'s
 * vit_cached(), a loop of its own without the tests of the other paths):
 * it tags as the float model's decoder, which sums every row per token,
 * for sentences at the loop's edges, with the word cache's transition
 * scores (a worker) and without (no worker: the token's own), cold and
 * warm.  Trains its own models in a temporary directory.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tagger_test.h"
#include "test.h"
#include "ws_int.h"

/* Sentences of 1 to 6 tokens (the first token's START row alone, and
 * sentences shorter and longer than the decoder's look-ahead of 3), of
 * 256 (the stack's scratch full) and 257 tokens (the sums on the heap),
 * names of each type at the start, the middle and the end, some words
 * met once; each sentence tagged by the int16 model and the float one
 * must get the same tags, in a fresh thread and again warm, in order
 * and in reverse, with a worker and without. */
static const char *const units[] = {"Anna\tB-PER\nKowalski\tI-PER\n",
                                    "visited\tO\n",
                                    "Berlin\tB-LOC\n",
                                    "with\tO\n",
                                    "Nowak\tB-PER\n",
                                    "and\tO\n",
                                    "the\tO\n",
                                    "Red\tB-ORG\nCross\tI-ORG\n",
                                    "Olympics\tB-MISC\n",
                                    "in\tO\n",
                                    "New\tB-LOC\nYork\tI-LOC\n",
                                    "said\tO\n",
                                    "Siemens\tB-ORG\n",
                                    "World\tB-MISC\nCup\tI-MISC\n",
                                    "on\tO\n",
                                    "Monday\tO\n",
                                    "Rome\tB-LOC\n"};
enum { NUNITS = sizeof units / sizeof units[0] };
/* the words of the units, for the document */
static const char *const words[] = {
    "Anna", "Kowalski", "visited", "Berlin",   "with", "Nowak",  "and",
    "the",  "Red",      "Cross",   "Olympics", "in",   "New",    "York",
    "said", "Siemens",  "World",   "Cup",      "on",   "Monday", "Rome"};
enum { NWORDS = sizeof words / sizeof words[0] };

/* The training text: the units in sentences of 3 to 9 of them */
static void
train_text(ws_buf *buf)
{
    uint32_t r = 12345;
    for (int s = 0; s < 300; s++) {
        r = r * 1103515245u + 12345u;
        int len = 3 + (int)(r >> 16) % 7;
        for (int i = 0; i < len; i++) {
            r = r * 1103515245u + 12345u;
            ws_buf_puts(buf, units[(r >> 16) % NUNITS]);
        }
        ws_buf_putc(buf, '\n');
    }
}

/* The document to tag: sentences of lens[] tokens, words of the list
 * and words met once (tagged O in the file; the decoders' tags are
 * compared, not these) */
static const int lens[] = {1, 2, 3, 4, 5, 6, 256, 257, 1, 7};
enum { NSENT = sizeof lens / sizeof lens[0], MAXTOK = 1024 };

static void
doc_text(ws_buf *buf)
{
    uint32_t r = 777;
    char w[32];
    for (int s = 0; s < NSENT; s++) {
        for (int i = 0; i < lens[s]; i++) {
            r = r * 1103515245u + 12345u;
            int k = (int)(r >> 16) % (NWORDS + 4);
            if (k < NWORDS) {
                ws_buf_puts(buf, words[k]);
            } else {
                snprintf(w, sizeof w, "%sqzt%u", k & 1 ? "V" : "",
                         (unsigned)(r >> 8) % 100000u);
                ws_buf_puts(buf, w);
            }
            ws_buf_puts(buf, "\tO\n");
        }
        ws_buf_putc(buf, '\n');
    }
}

/* Tags sentence s of d with t (worker w or NULL) into tags; 0 or -1 */
static int
tag_sent(const ws_tagger *t, ws_worker *w, const ws_doc *d, int32_t s,
         uint8_t *tags)
{
    return ws_tagger_tag(t, w, d, s, tags + d->sentences.v[s].tok0);
}

typedef struct {
    const ws_tagger *tf, *tq;
    ws_worker *w;
    const ws_doc *d;
    int diff, ents, rc;
} cmp_job;

/* In a fresh thread: every sentence tagged by both models, forward
 * then (warm) in reverse, twice */
static void *
cmp_run(void *arg)
{
    cmp_job *j = arg;
    static _Thread_local uint8_t want[MAXTOK], got[MAXTOK];
    int32_t ns = j->d->sentences.n;
    for (int pass = 0; pass < 4; pass++)
        for (int32_t k = 0; k < ns; k++) {
            int32_t s = pass & 1 ? ns - 1 - k : k;
            const ws_sentence *se = &j->d->sentences.v[s];
            int n = se->tok1 - se->tok0;
            memset(got + se->tok0, 0xff, (size_t)n);
            if (tag_sent(j->tf, j->w, j->d, s, want) != 0 ||
                tag_sent(j->tq, j->w, j->d, s, got) != 0) {
                j->rc = -1;
                continue;
            }
            j->diff += same_tags(got + se->tok0, want + se->tok0, n, &j->ents);
        }
    return NULL;
}

static void
test_cached_loop_edges(const char *dir)
{
    char fmodel[512], qmodel[512];
    ws_buf tb = {0}, db = {0};
    ws_tagger *tf = NULL, *tq = NULL;
    ws_bio b;
    snprintf(fmodel, sizeof fmodel, "%s/f.model", dir);
    snprintf(qmodel, sizeof qmodel, "%s/q.model", dir);
    train_text(&tb);
    train_pair(dir, "train.bio", &tb, 4, fmodel, qmodel, &tf, &tq);
    ws_buf_free(&tb);
    doc_text(&db);
    int ok = tf != NULL && tq != NULL &&
             bio_of(dir, "doc.bio", db.buf, db.len, &b) == 0;
    ws_buf_free(&db);
    if (!ok) {
        ws_tagger_free(tf);
        ws_tagger_free(tq);
        return;
    }
    CHECK(b.doc->sentences.n == NSENT && b.doc->tokens.n <= MAXTOK,
          "%d sentences, %d tokens", b.doc->sentences.n, (int)b.doc->tokens.n);
    ws_models *m = ws_models_none();
    ws_worker *w = ws_worker_new(m);
    CHECK(m != NULL && w != NULL, "worker");
    for (int wk = 0; wk < 2; wk++) {
        cmp_job j = {tf, tq, wk ? w : NULL, b.doc, 0, 0, 0};
        pthread_t th;
        CHECK(pthread_create(&th, NULL, cmp_run, &j) == 0, "thread");
        pthread_join(th, NULL);
        CHECK(j.rc == 0, "%s: tagged", wk ? "worker" : "no worker");
        CHECK(j.diff == 0,
              "%s: the int16 decoder's tags are the float one's (%d "
              "differ)",
              wk ? "worker" : "no worker", j.diff);
        CHECK(j.ents > 0, "%s: some entity tags (%d)",
              wk ? "worker" : "no worker", j.ents);
    }
    ws_worker_free(w);
    ws_models_free(m);
    ws_bio_free(&b);
    ws_tagger_free(tf);
    ws_tagger_free(tq);
}

int
main(void)
{
    char dir[] = "/tmp/ws_test_tagcore39_XXXXXX";
    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    test_cached_loop_edges(dir);
    remove_tree(dir);
    TEST_END();
}
