/*
 * test_tagger_agree.c - the int16 decoder's agreement rows (feature sets
 * 4 and 5: the last two letters of a token with those of each
 * neighbour), kept per thread and pair of endings under the model that
 * read them.  Needs no model or data outside the test: two small models
 * are trained here on invented sentences.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

enum { MAXTOK = 4096 };

static int
write_file(const char *path, const void *data, size_t n)
{
    FILE *fp = fopen(path, "wb");
    if (fp == NULL)
        return -1;
    size_t w = fwrite(data, 1, n, fp);
    return fclose(fp) == 0 && w == n ? 0 : -1;
}

/* Invented sentences whose words share a few endings in many pairs:
 * names in -ski, -ova, -enko, places in -ia and -burg, organisations in
 * -ium and -ex, lower-case words in -ed, -es, -al; then sentences of one
 * and of two tokens (the first token's pair with the padding and the
 * last one's are read apart).  rot: the entity types rotated (a second
 * model whose rows of the same pairs differ). */
static void
make_corpus(ws_buf *b, int rot)
{
    static const char *const first[] = {"Anka", "Borys", "Celina", "Darek",
                                        "Elwira"};
    static const char *const last[] = {"Mirowski", "Talova", "Perenko",
                                       "Gadowski", "Surova"};
    static const char *const verbs[] = {"visited", "praises", "joined",
                                        "leaves", "signed"};
    static const char *const places[] = {"Velaria", "Orsburg", "Tamaria",
                                         "Klenburg"};
    static const char *const orgs[] = {"Consortium", "Lumex", "Forum",
                                       "Nortex"};
    const char *per = rot ? "LOC" : "PER", *loc = rot ? "ORG" : "LOC",
               *org = rot ? "PER" : "ORG";
    char line[64];
    for (int i = 0; i < 60; i++) {
        snprintf(line, sizeof line, "%s\tB-%s\n%s\tI-%s\n", first[i % 5], per,
                 last[(i / 5) % 5], per);
        ws_buf_puts(b, line);
        ws_buf_puts(b, verbs[(i / 3) % 5]);
        ws_buf_puts(b, "\tO\nthe\tO\n");
        if (i % 2) {
            snprintf(line, sizeof line, "%s\tB-%s\n", orgs[(i / 2) % 4], org);
            ws_buf_puts(b, line);
        } else {
            ws_buf_puts(b, "regional\tO\n");
        }
        snprintf(line, sizeof line, "in\tO\n%s\tB-%s\n.\tO\n\n",
                 places[(i / 4) % 4], loc);
        ws_buf_puts(b, line);
    }
}

/* Sentences of invented words (unknown to the models: their endings and
 * shapes alone, the agreement pairs among them, score them), 1 to 14
 * tokens, made of stems and the corpus' endings, some capitalised. */
static void
make_words(ws_buf *b)
{
    static const char *const stem[] = {"dar", "vel", "kor", "mis", "tal",
                                       "gor", "pen", "sur", "lum", "ber"};
    static const char *const end[] = {"ski",  "ova", "enko", "ia", "burg",
                                      "ium",  "ex",  "ed",   "es", "al",
                                      "ence", "in",  "the",  "s",  "a"};
    uint32_t x = 12345;
    char w[32];
    for (int s = 0; s < 150; s++) {
        x = x * 1103515245u + 12345u;
        int len = 1 + (int)(x >> 16) % 14;
        for (int i = 0; i < len; i++) {
            x = x * 1103515245u + 12345u;
            unsigned r = x >> 8;
            snprintf(w, sizeof w, "%s%s", stem[r % 10], end[(r / 10) % 15]);
            if ((r / 150) % 3 == 0)
                w[0] = (char)(w[0] - 'a' + 'A');
            ws_buf_puts(b, w);
            ws_buf_puts(b, "\tO\n");
        }
        ws_buf_putc(b, '\n');
    }
}

static int
train(const ws_bio *b, unsigned set, const char *fpath, const char *qpath)
{
    char err[256];
    ws_tagtrain *tt = ws_tagtrain_new("en", 16, 1);
    if (tt == NULL || ws_tagtrain_featureset(tt, set) != 0) {
        ws_tagtrain_free(tt);
        return -1;
    }
    for (int ep = 0; ep < 6; ep++)
        for (int32_t s = 0; s < b->doc->sentences.n; s++)
            if (ws_tagtrain_sentence(tt, NULL, b->doc, s,
                                     b->tags + b->doc->sentences.v[s].tok0) <
                0) {
                ws_tagtrain_free(tt);
                return -1;
            }
    ws_tagtrain_average(tt);
    int rc = ws_tagtrain_keep(tt);
    if (rc == 0 && fpath != NULL)
        rc = ws_tagger_save(ws_tagtrain_best(tt), fpath, 0, 100.0f, err,
                            sizeof err);
    if (rc == 0)
        rc = ws_tagger_save(ws_tagtrain_best(tt), qpath, 1, 100.0f, err,
                            sizeof err);
    ws_tagtrain_free(tt);
    return rc;
}

/* A thread tagging every sentence of doc with each model of seq in turn
 * (the thread's caches start empty), the tags of model k at tags[k]. */
typedef struct {
    const ws_doc *doc;
    const ws_tagger *seq[3];
    int nseq;
    uint8_t tags[3][MAXTOK];
    int rc;
} tag_job;

static void *
tag_run(void *arg)
{
    tag_job *j = arg;
    j->rc = 0;
    for (int k = 0; k < j->nseq; k++)
        for (int32_t s = 0; s < j->doc->sentences.n; s++)
            if (ws_tagger_tag(j->seq[k], NULL, j->doc, s,
                              j->tags[k] + j->doc->sentences.v[s].tok0) != 0)
                j->rc = -1;
    return NULL;
}

/* Runs j in a thread of its own (fresh caches); 0 or -1. */
static int
run_fresh(tag_job *j)
{
    pthread_t th;
    if (pthread_create(&th, NULL, tag_run, j) != 0)
        return -1;
    pthread_join(th, NULL);
    return j->rc;
}

/* 0 when the float decoder and the int16 one tag every token of j's
 * model k alike (want: the float model's tags) */
static int
same_tags(const uint8_t *got, const uint8_t *want, int ntok, int *ents)
{
    int diff = 0;
    for (int i = 0; i < ntok; i++) {
        diff += got[i] != want[i];
        *ents += want[i] != 0;
    }
    return diff;
}

/* The int16 decoder (agreement rows from the thread's cache, those of
 * the first and last tokens read directly) gets the tags of the float
 * model's decoder (every row read per token) cold and warm, on sentences
 * of unknown words whose endings and their pairs score them; and a
 * model tags the same after another one (its types rotated: other rows
 * for the same pairs of endings) filled the thread's cache as alone:
 * the rows are kept per model.  Sets 5 and 4. */
static void
test_agree_rows_per_model(const char *dir)
{
    char path[512], fm[2][512], qm[2][512], err[256];
    ws_tagger *tf[2] = {NULL, NULL}, *tq[2] = {NULL, NULL};
    for (int m = 0; m < 2; m++) {
        ws_buf buf = {0};
        ws_bio b;
        make_corpus(&buf, m);
        snprintf(path, sizeof path, "%s/agree%d.bio", dir, m);
        snprintf(fm[m], sizeof fm[m], "%s/f%d.model", dir, m);
        snprintf(qm[m], sizeof qm[m], "%s/q%d.model", dir, m);
        CHECK(write_file(path, buf.buf, buf.len) == 0, "write corpus");
        ws_buf_free(&buf);
        if (ws_bio_read(&b, path, "en", err, sizeof err) != 0) {
            CHECK(0, "read %s", err);
            continue;
        }
        CHECK(train(&b, m ? 4 : 5, fm[m], qm[m]) == 0, "train %d", m);
        ws_bio_free(&b);
        tf[m] = ws_tagger_load(fm[m], err, sizeof err);
        tq[m] = ws_tagger_load(qm[m], err, sizeof err);
        CHECK(tf[m] != NULL && tq[m] != NULL, "load %d: %s", m, err);
    }
    ws_buf buf = {0};
    ws_bio b;
    make_words(&buf);
    snprintf(path, sizeof path, "%s/words.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write words");
    ws_buf_free(&buf);
    if (tf[0] == NULL || tf[1] == NULL || tq[0] == NULL || tq[1] == NULL ||
        ws_bio_read(&b, path, "en", err, sizeof err) != 0) {
        for (int m = 0; m < 2; m++) {
            ws_tagger_free(tf[m]);
            ws_tagger_free(tq[m]);
        }
        CHECK(0, "models or words: %s", err);
        return;
    }
    int ntok = (int)b.doc->tokens.n;
    CHECK(ntok <= MAXTOK, "%d tokens", ntok);
    static tag_job ref, cold, seq;
    if (ntok <= MAXTOK) {
        ref = (tag_job){.doc = b.doc, .seq = {tf[0], tf[1]}, .nseq = 2};
        CHECK(run_fresh(&ref) == 0, "tag float");
        cold = (tag_job){.doc = b.doc, .seq = {tq[0], tq[0]}, .nseq = 2};
        CHECK(run_fresh(&cold) == 0, "tag int16");
        int ents = 0, d;
        d = same_tags(cold.tags[0], ref.tags[0], ntok, &ents);
        CHECK(d == 0, "set 5 int16 cold = float decoder (%d differ)", d);
        CHECK(ents > 20 && ents < ntok - 20,
              "unknown words tagged both ways (%d of %d entities)", ents, ntok);
        d = same_tags(cold.tags[1], ref.tags[0], ntok, &ents);
        CHECK(d == 0, "set 5 int16 warm = float decoder (%d differ)", d);
        seq = (tag_job){.doc = b.doc, .seq = {tq[1], tq[0], tq[1]}, .nseq = 3};
        CHECK(run_fresh(&seq) == 0, "tag set 4, 5, 4");
        d = same_tags(seq.tags[0], ref.tags[1], ntok, &ents);
        CHECK(d == 0, "set 4 int16 = float decoder (%d differ)", d);
        d = same_tags(seq.tags[1], ref.tags[0], ntok, &ents);
        CHECK(d == 0, "set 5 after set 4: its own rows (%d differ)", d);
        d = same_tags(seq.tags[2], ref.tags[1], ntok, &ents);
        CHECK(d == 0, "set 4 after set 5: its own rows (%d differ)", d);
        CHECK(memcmp(ref.tags[0], ref.tags[1], (size_t)ntok) != 0,
              "the two models tag apart");
    }
    ws_bio_free(&b);
    for (int m = 0; m < 2; m++) {
        ws_tagger_free(tf[m]);
        ws_tagger_free(tq[m]);
    }
}

int
main(void)
{
    char dir[] = "/tmp/ws_test_agree_XXXXXX";
    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    test_agree_rows_per_model(dir);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    TEST_END();
}
