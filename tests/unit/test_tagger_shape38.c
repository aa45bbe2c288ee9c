/*
 * test_tagger_shape38.c - the int16 tagger's shape cache (session 38:
 * one 64-byte entry a window, keyed by a 64-bit hash of the window and
 * the model): the decoder that reads the sums from it tags as the float
 * model's decoder, which reads every row per token, with two models in
 * one thread.  Trains its own models in a temporary directory.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"
#include "ws_int.h"

enum { SH_MAXTOK = 8192 };

static int
write_file(const char *path, const void *data, size_t n)
{
    FILE *fp = fopen(path, "wb");
    if (fp == NULL)
        return -1;
    size_t w = fwrite(data, 1, n, fp);
    return fclose(fp) == 0 && w == n ? 0 : -1;
}

/* b read from text (len bytes), written to dir/name first; 0, or -1
 * after a failed check */
static int
bio_of(const char *dir, const char *name, const char *text, size_t len,
       ws_bio *b)
{
    char path[1024], err[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (write_file(path, text, len) != 0) {
        CHECK(0, "write %s", path);
        return -1;
    }
    if (ws_bio_read(b, path, "en", err, sizeof err) != 0) {
        CHECK(0, "read %s", err);
        return -1;
    }
    return 0;
}

/* A model of feature set `set` trained on b for `epochs` epochs, saved
 * with int16 weights at model and with float ones at fmodel; 0 or -1 */
static int
train_fset(const ws_bio *b, unsigned set, int epochs, const char *fmodel,
           const char *model)
{
    char err[256];
    ws_tagtrain *tt = ws_tagtrain_new("en", 16, 1);
    if (tt == NULL || ws_tagtrain_featureset(tt, set) != 0) {
        ws_tagtrain_free(tt);
        return -1;
    }
    for (int ep = 0; ep < epochs; ep++)
        for (int32_t s = 0; s < b->doc->sentences.n; s++)
            if (ws_tagtrain_sentence(tt, NULL, b->doc, s,
                                     b->tags + b->doc->sentences.v[s].tok0) <
                0) {
                ws_tagtrain_free(tt);
                return -1;
            }
    ws_tagtrain_average(tt);
    int rc = ws_tagtrain_keep(tt);
    if (rc == 0)
        rc = ws_tagger_save(ws_tagtrain_best(tt), fmodel, 0, 100.0f, err,
                            sizeof err);
    if (rc == 0)
        rc = ws_tagger_save(ws_tagtrain_best(tt), model, 1, 100.0f, err,
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
    uint8_t tags[3][SH_MAXTOK];
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

/* The tokens of got[0..ntok) that differ from want; *ents += the
 * entity tags of want */
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

/* ---- shape cache ----
 * The int16 decoder reads the sums of a token's shape features (the
 * shapes of tokens i - 2 .. i + 2, with the position, the neighbours'
 * dictionary classes and the feature set) from the thread's two-way
 * cache of windows, keyed by a 64-bit hash of them and of the model.
 * Invented words whose shapes alone say their types (each word seen
 * once, so its own features say nothing) train two models, their types
 * rotated (the same windows, other sums: a key without the model's
 * generation would give one model's sums to the other); sentences of 1
 * to 14 tokens of many shapes (more windows than the cache has sets,
 * windows meeting the sentence's ends) must be tagged by the int16
 * decoder in one thread, model after model, as by each model alone in a
 * fresh thread, and nearly as by the float models' decoder, which reads
 * every row per token. */

/* A word of shape kind k (0: Xxxxx, 1: XXX-xx, 2: Xx9xx, 3: xxxx,
 * 4: XX99, 5: x-Xxx, 6: 999, 7: Xxx.) from the random value r into w */
static void
shape_word(char *w, size_t n, int k, uint32_t r)
{
    char a = (char)('a' + r % 26), b = (char)('a' + (r >> 5) % 26),
         c = (char)('a' + (r >> 10) % 26), d = (char)('0' + (r >> 15) % 10);
    char A = (char)(a - 'a' + 'A'), B = (char)(b - 'a' + 'A');
    switch (k) {
    case 0:
        snprintf(w, n, "%c%c%c%co", A, b, c, a);
        break;
    case 1:
        snprintf(w, n, "%c%c%c-%c%c", A, B, c - 'a' + 'A', a, b);
        break;
    case 2:
        snprintf(w, n, "%c%c%c%c%c", A, b, d, c, a);
        break;
    case 3:
        snprintf(w, n, "%c%c%c%c", a, b, c, a);
        break;
    case 4:
        snprintf(w, n, "%c%c%c%c", A, B, d, d);
        break;
    case 5:
        snprintf(w, n, "%c-%c%c%c", a, B, c, a);
        break;
    case 6:
        snprintf(w, n, "%c%c%c", d, d, (char)('0' + r % 10));
        break;
    default:
        snprintf(w, n, "%c%c%c.", A, b, c);
        break;
    }
}

static void
test_shape_cache_per_model(const char *dir)
{
    static const char *const type[] = {"PER", "LOC", "ORG"};
    char path[512], fm[2][512], qm[2][512], err[256], w[32];
    ws_tagger *tf[2] = {NULL, NULL}, *tq[2] = {NULL, NULL};
    uint32_t x = 777;
    for (int m = 0; m < 2; m++) {
        ws_buf buf = {0};
        ws_bio b;
        /* lower-case words around a name of kind 0, 1 or 2: its type */
        for (int s = 0; s < 240; s++) {
            int k = s % 3;
            x = x * 1103515245u + 12345u;
            shape_word(w, sizeof w, 3, x >> 4);
            ws_buf_printf(&buf, "%s\tO\n", w);
            x = x * 1103515245u + 12345u;
            shape_word(w, sizeof w, k, x >> 4);
            ws_buf_printf(&buf, "%s\tB-%s\n", w, type[(k + m) % 3]);
            x = x * 1103515245u + 12345u;
            shape_word(w, sizeof w, 3 + (int)(x >> 20) % 5, x >> 4);
            ws_buf_printf(&buf, "%s\tO\n\n", w);
        }
        snprintf(path, sizeof path, "shape%d.bio", m);
        snprintf(fm[m], sizeof fm[m], "%s/shf%d.model", dir, m);
        snprintf(qm[m], sizeof qm[m], "%s/shq%d.model", dir, m);
        int rc = bio_of(dir, path, buf.buf, buf.len, &b);
        ws_buf_free(&buf);
        if (rc != 0)
            continue;
        CHECK(train_fset(&b, 5, 6, fm[m], qm[m]) == 0, "train %d", m);
        ws_bio_free(&b);
        tf[m] = ws_tagger_load(fm[m], err, sizeof err);
        tq[m] = ws_tagger_load(qm[m], err, sizeof err);
        CHECK(tf[m] != NULL && tq[m] != NULL, "load %d: %s", m, err);
    }
    ws_buf buf = {0};
    ws_bio b;
    for (int s = 0; s < 300; s++) {
        x = x * 1103515245u + 12345u;
        int len = 1 + (int)(x >> 16) % 14;
        for (int i = 0; i < len; i++) {
            x = x * 1103515245u + 12345u;
            shape_word(w, sizeof w, (int)(x >> 24) % 8, x >> 4);
            ws_buf_printf(&buf, "%s\tO\n", w);
        }
        ws_buf_putc(&buf, '\n');
    }
    snprintf(path, sizeof path, "%s/shapet.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write shapet");
    ws_buf_free(&buf);
    if (tf[0] != NULL && tf[1] != NULL && tq[0] != NULL && tq[1] != NULL &&
        ws_bio_read(&b, path, "en", err, sizeof err) == 0) {
        int ntok = (int)b.doc->tokens.n;
        static tag_job ref, a, b1, q;
        CHECK(ntok <= SH_MAXTOK, "%d tokens", ntok);
        if (ntok <= SH_MAXTOK) {
            ref = (tag_job){.doc = b.doc, .seq = {tf[0], tf[1]}, .nseq = 2};
            a = (tag_job){.doc = b.doc, .seq = {tq[0]}, .nseq = 1};
            b1 = (tag_job){.doc = b.doc, .seq = {tq[1]}, .nseq = 1};
            q = (tag_job){
                .doc = b.doc, .seq = {tq[0], tq[1], tq[0]}, .nseq = 3};
            CHECK(run_fresh(&ref) == 0 && run_fresh(&a) == 0 &&
                      run_fresh(&b1) == 0 && run_fresh(&q) == 0,
                  "tag");
            int ents = 0, d;
            /* the float decoder reads the rows of float weights: a
             * token whose best tags are nearly tied may go the other
             * way with the int16 ones (3 of some 2 300 here) */
            for (int m = 0; m < 2; m++) {
                d = same_tags(m ? b1.tags[0] : a.tags[0], ref.tags[m], ntok,
                              &ents);
                CHECK(d * 100 < ntok,
                      "model %d int16 alone = float decoder (%d differ)", m, d);
            }
            CHECK(ents > 300 && ents < 2 * ntok - 300,
                  "the shapes tag (%d entities of %d tokens, 2 models)", ents,
                  ntok);
            CHECK(memcmp(ref.tags[0], ref.tags[1], (size_t)ntok) != 0 &&
                      memcmp(a.tags[0], b1.tags[0], (size_t)ntok) != 0,
                  "the two models tag apart");
            d = same_tags(q.tags[1], b1.tags[0], ntok, &ents);
            CHECK(d == 0, "model 1 after model 0: its own sums (%d differ)", d);
            d = same_tags(q.tags[2], a.tags[0], ntok, &ents);
            CHECK(d == 0, "model 0 after model 1: its own sums (%d differ)", d);
        }
        ws_bio_free(&b);
    }
    for (int m = 0; m < 2; m++) {
        ws_tagger_free(tf[m]);
        ws_tagger_free(tq[m]);
    }
}

int
main(void)
{
    char dir[] = "/tmp/ws_test_tagger_shape38_XXXXXX";
    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    test_shape_cache_per_model(dir);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    TEST_END();
}
