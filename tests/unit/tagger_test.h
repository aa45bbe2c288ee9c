/*
 * tagger_test.h - helpers shared by the tagger's unit tests (test_tagger.c,
 * test_tagger_shape38.c, test_tagger_pairs39.c): write a .bio file and read
 * it, train a model of a feature set and save it with int16 and float
 * weights, tag a document with models in turn in a thread of its own (whose
 * per-thread caches start empty), and check two models' int16 decoder
 * against their float one and against each other in one thread.
 */
#ifndef TAGGER_TEST_H
#define TAGGER_TEST_H

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

/* Removes the temporary directory dir and what the test left in it */
static inline void
remove_tree(const char *dir)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
}

/* A word from the random value r into w (test_tagger_pairs39.c,
 * test_tagcore40.c): lower case (cap 0) or capitalised, 2 to 4 syllables and
 * one of a few endings (the agreement pairs read the last two letters) */
static inline void
pair_word(char *w, size_t n, int cap, uint32_t r)
{
    static const char *const syl[] = {"ka",  "lo", "mi",  "ren", "tus", "vo",
                                      "bar", "ne", "sil", "do",  "gru", "pe"};
    static const char *const end[] = {"a",   "ov", "ami", "ski", "er",
                                      "ina", "us", "em",  "",    "ij"};
    size_t k = 0;
    int ns = 2 + (int)(r % 3);
    r /= 3;
    w[0] = '\0';
    for (int i = 0; i < ns && k + 4 < n; i++) {
        const char *s = syl[r % 12];
        r /= 12;
        size_t l = strlen(s);
        memcpy(w + k, s, l);
        k += l;
    }
    const char *e = end[r % 10];
    size_t l = strlen(e);
    if (k + l < n) {
        memcpy(w + k, e, l);
        k += l;
    }
    w[k] = '\0';
    if (cap)
        w[0] = (char)(w[0] - 'a' + 'A');
}

/* the most tokens a tag_job's document may have */
enum { TAGGER_TEST_MAXTOK = 8192 };

static inline int
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
static inline int
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

/* Writes gaz, buf and tag (freeing them) to dir/<pre>gaz.tsv,
 * <pre>train.bio and <pre>tag.bio, and reads the two .bio files into *b
 * and *e (test_tagger.c, test_tagfeat40.c); 0, or -1 after a failed check
 * (nothing then left to free) */
static inline int
gaz_train_tag(const char *dir, const char *pre, ws_buf *gaz, ws_buf *buf,
              ws_buf *tag, ws_bio *b, ws_bio *e)
{
    char path[1024], err[256] = "";
    snprintf(path, sizeof path, "%s/%sgaz.tsv", dir, pre);
    int ok = write_file(path, gaz->buf, gaz->len) == 0;
    snprintf(path, sizeof path, "%s/%strain.bio", dir, pre);
    ok = ok && write_file(path, buf->buf, buf->len) == 0 &&
         ws_bio_read(b, path, "en", err, sizeof err) == 0;
    snprintf(path, sizeof path, "%s/%stag.bio", dir, pre);
    int oke = ok && write_file(path, tag->buf, tag->len) == 0 &&
              ws_bio_read(e, path, "en", err, sizeof err) == 0;
    ws_buf_free(gaz);
    ws_buf_free(buf);
    ws_buf_free(tag);
    CHECK(ok && oke, "write and read %s", err);
    if (!oke) {
        if (ok)
            ws_bio_free(b);
        return -1;
    }
    return 0;
}

/* Frees the models tf[0], tf[1], tq[0], tq[1] (each may be NULL) */
static inline void
free_two_models(ws_tagger *tf[2], ws_tagger *tq[2])
{
    for (int m = 0; m < 2; m++) {
        ws_tagger_free(tf[m]);
        ws_tagger_free(tq[m]);
    }
}

/* Tags every sentence of d with t and worker w into tags (indexed by
 * token), in order or (reverse) last sentence first (test_tagger.c,
 * test_tagfeat40.c); 0 or -1. */
static inline int
tag_all(const ws_tagger *t, ws_worker *w, const ws_doc *d, int reverse,
        uint8_t *tags)
{
    for (int32_t k = 0; k < d->sentences.n; k++) {
        int32_t s = reverse ? d->sentences.n - 1 - k : k;
        if (ws_tagger_tag(t, w, d, s, tags + d->sentences.v[s].tok0) != 0)
            return -1;
    }
    return 0;
}

/* Runs test(dir) in a new temporary directory /tmp/ws_<name>_XXXXXX,
 * removed after it; 0, or 1 when it could not be made */
static inline int
in_tmpdir(const char *name, void (*test)(const char *dir))
{
    char dir[256];
    snprintf(dir, sizeof dir, "/tmp/ws_%s_XXXXXX", name);
    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    test(dir);
    remove_tree(dir);
    return 0;
}

/* A model of feature set `set` trained on b for `epochs` epochs, saved
 * with int16 weights at model, and with float ones at fmodel too (when
 * not NULL); 0 or -1 */
static inline int
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
    if (rc == 0 && fmodel != NULL)
        rc = ws_tagger_save(ws_tagtrain_best(tt), fmodel, 0, 100.0f, err,
                            sizeof err);
    if (rc == 0)
        rc = ws_tagger_save(ws_tagtrain_best(tt), model, 1, 100.0f, err,
                            sizeof err);
    ws_tagtrain_free(tt);
    return rc;
}

/* A model of feature set `set` trained for 6 epochs on the .bio text of
 * buf (written to dir/name), saved with float weights at fmodel and with
 * int16 ones at qmodel, both loaded into *tf and *tq (left NULL, after a
 * failed check, when a step fails) */
static inline void
train_pair(const char *dir, const char *name, const ws_buf *buf, unsigned set,
           const char *fmodel, const char *qmodel, ws_tagger **tf,
           ws_tagger **tq)
{
    char err[256] = "";
    ws_bio b;
    if (bio_of(dir, name, buf->buf, buf->len, &b) != 0)
        return;
    CHECK(train_fset(&b, set, 6, fmodel, qmodel) == 0, "train %s", name);
    ws_bio_free(&b);
    *tf = ws_tagger_load(fmodel, err, sizeof err);
    *tq = ws_tagger_load(qmodel, err, sizeof err);
    CHECK(*tf != NULL && *tq != NULL, "load %s: %s", name, err);
}

/* A thread tagging every sentence of doc with each model of seq in turn
 * (the thread's caches start empty), the tags of model k at tags[k]. */
typedef struct {
    const ws_doc *doc;
    const ws_tagger *seq[3];
    int nseq;
    uint8_t tags[3][TAGGER_TEST_MAXTOK];
    int rc;
} tag_job;

static inline void *
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
static inline int
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
static inline int
same_tags(const uint8_t *got, const uint8_t *want, int ntok, int *ents)
{
    int diff = 0;
    for (int i = 0; i < ntok; i++) {
        diff += got[i] != want[i];
        *ents += want[i] != 0;
    }
    return diff;
}

/* The jobs of two models' check (test_tagger_shape38.c,
 * test_tagger_pairs39.c): the float models tf[0], tf[1] in one thread
 * (ref), each int16 model alone (a: tq[0], b1: tq[1]), and tq[0], tq[1],
 * tq[0] in one thread (q). */
typedef struct {
    tag_job ref, a, b1, q;
} two_models;

/* Runs t's jobs on doc (and `extra`, when not NULL, after them); 0, or
 * -1 when one failed */
static inline int
tag_two_models(two_models *t, const ws_doc *doc, ws_tagger *const tf[2],
               ws_tagger *const tq[2], tag_job *extra)
{
    t->ref = (tag_job){.doc = doc, .seq = {tf[0], tf[1]}, .nseq = 2};
    t->a = (tag_job){.doc = doc, .seq = {tq[0]}, .nseq = 1};
    t->b1 = (tag_job){.doc = doc, .seq = {tq[1]}, .nseq = 1};
    t->q = (tag_job){.doc = doc, .seq = {tq[0], tq[1], tq[0]}, .nseq = 3};
    return run_fresh(&t->ref) == 0 && run_fresh(&t->a) == 0 &&
                   run_fresh(&t->b1) == 0 && run_fresh(&t->q) == 0 &&
                   (extra == NULL || run_fresh(extra) == 0)
               ? 0
               : -1;
}

/* Checks t's tags of ntok tokens: each int16 model alone as the float
 * decoder but for fewer than ntok / tol tokens, the models tagging
 * `what` with entities, apart (and their float ones apart when
 * ref_apart), and each int16 model after the other with its own sums
 * (name: the models' names in the messages). */
static inline void
check_two_models(const two_models *t, int ntok, int tol, const char *what,
                 int ref_apart, const char *const name[2])
{
    int ents = 0, d;
    for (int m = 0; m < 2; m++) {
        d = same_tags(m ? t->b1.tags[0] : t->a.tags[0], t->ref.tags[m], ntok,
                      &ents);
        CHECK(d * tol < ntok,
              "model %d int16 alone = float decoder (%d differ)", m, d);
    }
    CHECK(ents > 300 && ents < 2 * ntok - 300,
          "the %s tag (%d entities of %d tokens, 2 models)", what, ents, ntok);
    CHECK((!ref_apart ||
           memcmp(t->ref.tags[0], t->ref.tags[1], (size_t)ntok) != 0) &&
              memcmp(t->a.tags[0], t->b1.tags[0], (size_t)ntok) != 0,
          "the two models tag apart");
    d = same_tags(t->q.tags[1], t->b1.tags[0], ntok, &ents);
    CHECK(d == 0, "%s after %s: its own sums (%d differ)", name[1], name[0], d);
    d = same_tags(t->q.tags[2], t->a.tags[0], ntok, &ents);
    CHECK(d == 0, "%s after %s: its own sums (%d differ)", name[0], name[1], d);
}

#endif
