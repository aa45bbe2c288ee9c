/*
 * test_tagfeat40.c - the token features' gazetteer steps of session 40:
 * gaz_fill() stops after a word whose word-cache entry says no longer
 * phrase starts with it (gaz_more(): the TG_PREFIX bit kept in the
 * entry), deriv_fill() skips a language without derivational
 * suffixes, and gaz_mark() writes a word's categories straight to a token
 * without matches yet (up to TG_GAZF of them: a word of 16 categories,
 * alone and starting a phrase).  A loaded int16 model with a gazetteer of
 * one-word places, places of two and three words (some starting with a one-word
 * place) and a one-word place that ends no phrase, trained so that the
 * gazetteer is the only clue between an unseen place and an unseen
 * name, tags a document of those words in every order the same with the
 * word cache (cold, warm, warm in reverse) as without a worker, whose
 * tokens have no cache entry and ask every step (language "zz": no
 * dictionary answers, so the features are otherwise the same), and the
 * unseen places as places.  Trains its own model in a temporary
 * directory.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tagger_test.h"
#include "test.h"
#include "ws_int.h"

/* The thread of the checks (fresh per-thread caches) */
typedef struct {
    const ws_tagger *t;
    const ws_doc *doc;
    int ntok;
    int rc;
} gaz_job;

static void *
gaz_run(void *arg)
{
    gaz_job *j = arg;
    int n = j->ntok;
    uint8_t *ref = malloc((size_t)n), *got = malloc((size_t)n);
    ws_models *m = ws_models_none();
    ws_worker *w = m != NULL ? ws_worker_new(m) : NULL;
    j->rc = -1;
    if (ref == NULL || got == NULL || w == NULL) {
        CHECK(0, "memory");
        goto out;
    }
    /* without a worker: no entry, every phrase step asked */
    CHECK(tag_all(j->t, NULL, j->doc, 0, ref) == 0, "tag without a worker");
    /* a model that tags entities, of both types (its gazetteer hits
     * are features of every token of the places) */
    int loc = 0, per = 0;
    for (int i = 0; i < n; i++) {
        loc += ref[i] == 5 || ref[i] == 6;
        per += ref[i] == 1 || ref[i] == 2;
    }
    CHECK(loc >= 5 && per >= 5, "the model tags places (%d) and names (%d)",
          loc, per);
    for (int pass = 0; pass < 3; pass++) {
        memset(got, 0xff, (size_t)n);
        CHECK(tag_all(j->t, w, j->doc, pass == 2, got) == 0, "tag");
        int diff = 0;
        for (int i = 0; i < n; i++)
            diff += got[i] != ref[i];
        CHECK(diff == 0,
              "pass %d (%s): the word cache's steps tag as without (%d "
              "differ)",
              pass, pass ? "warm" : "cold", diff);
    }
    j->rc = 0;
out:
    free(ref);
    free(got);
    ws_worker_free(w);
    ws_models_free(m);
    return NULL;
}

static void
test_gaz_prefix_stop(const char *dir)
{
    /* the gazetteer: one-word places, of which Vorla and Quessa also
     * start longer places and Kestal ends one; places of two and three
     * words */
    static const char *const gazp[] = {
        "Vorla",        "Quessa",           "Kestal",           "Ulvane",
        "Dosk",         "Vorla Brenn",      "Quessa Tarn Holm", "Mirbo Kestal",
        "Pryde Holmar", "Zentova Rusk Fen", "Gallow Fennic",    "Ilvara",
        "Ilvara Tesk",  "Brennor",          "Kettra Vool Amst", "Kettra"};
    /* training sentences: places (gazetteer) and names (no list) in the
     * same words around them */
    static const char *const place[] = {"Vorla",
                                        "Ulvane",
                                        "Dosk",
                                        "Vorla Brenn",
                                        "Mirbo Kestal",
                                        "Pryde Holmar",
                                        "Zentova Rusk Fen",
                                        "Gallow Fennic",
                                        "Quessa Tarn Holm"};
    static const char *const name[] = {
        "Tobrin",         "Essel",        "Moriam",
        "Dalvy Orrek",    "Sabeth Crone", "Fenna Morrow",
        "Ilvo Tesk Varn", "Orla Pim",     "Nessa Tal Brim"};
    enum { NP = 9 };
    char path[512], err[256], model[512];
    ws_buf gaz = {0}, buf = {0}, tag = {0};
    for (size_t k = 0; k < sizeof gazp / sizeof gazp[0]; k++)
        ws_buf_printf(&gaz, "%s\tcity\n", gazp[k]);
    /* a word of 16 categories, more than a token keeps (TG_GAZF, 12:
     * gaz_mark()'s first matches of a token stop there as gz_add()'s),
     * alone and starting a phrase of one more */
    for (int c = 0; c < 16; c++)
        ws_buf_printf(&gaz, "Morvath\tcat%d\n", c);
    ws_buf_puts(&gaz, "Morvath Pell\tcat16\n");
    for (int rep = 0; rep < 2; rep++)
        for (int k = 0; k < NP; k++)
            for (int c = 0; c < 2; c++) {
                const char *p = c ? name[k] : place[k];
                ws_buf_puts(&buf, "they\tO\nwent\tO\nto\tO\n");
                int first = 1;
                for (const char *q = p; *q != '\0';) {
                    size_t l = strcspn(q, " ");
                    ws_buf_printf(&buf, "%.*s\t%s-%s\n", (int)l, q,
                                  first ? "B" : "I", c ? "PER" : "LOC");
                    first = 0;
                    q += l;
                    q += *q == ' ';
                }
                ws_buf_puts(&buf, "today\tO\n.\tO\n\n");
            }
    /* tagged: the places seen only in the gazetteer (Kestal alone, a
     * one-word place ending a longer one; Ilvara and Ilvara Tesk, a
     * one-word place starting a longer one; Kettra Vool Amst, three
     * words whose first is a place alone), a place at the end of a
     * sentence, a place word followed by a word that continues no
     * phrase (Vorla Dosk: two places), and unseen names */
    static const char *const sent[][2] = {
        {"Kestal", "B-LOC"},
        {"Ilvara", "B-LOC"},
        {"Ilvara Tesk", "B-LOC I-LOC"},
        {"Kettra Vool Amst", "B-LOC I-LOC I-LOC"},
        {"Kettra", "B-LOC"},
        {"Brennor", "B-LOC"},
        {"Morvath", "B-LOC"},
        {"Morvath Pell", "B-LOC I-LOC"},
        {"Kettro Voola", "B-PER I-PER"},
        {"Tessa", "B-PER"},
        {"Quessa Tarn Holm", "B-LOC I-LOC I-LOC"},
        {"Quessa", "B-LOC"}};
    enum { NS = sizeof sent / sizeof sent[0] };
    for (int rep = 0; rep < 3; rep++)
        for (int k = 0; k < NS; k++) {
            int s = (k * 7 + rep * 3) % NS;
            const char *p = sent[s][0], *t = sent[s][1];
            if (rep != 1)
                ws_buf_puts(&tag, "they\tO\nwent\tO\nto\tO\n");
            for (const char *q = p; *q != '\0';) {
                size_t l = strcspn(q, " "), tl = strcspn(t, " ");
                ws_buf_printf(&tag, "%.*s\t%.*s\n", (int)l, q, (int)tl, t);
                q += l;
                q += *q == ' ';
                t += tl;
                t += *t == ' ';
            }
            if (rep != 2)
                ws_buf_puts(&tag, "today\tO\n.\tO\n");
            ws_buf_puts(&tag, "\n");
        }
    ws_bio b, e;
    if (gaz_train_tag(dir, "", &gaz, &buf, &tag, &b, &e) != 0)
        return;
    /* language zz: no dictionary, so a worker's features are those of
     * no worker; and no derivational suffixes */
    ws_tagtrain *tt = ws_tagtrain_new("zz", 16, 1);
    snprintf(path, sizeof path, "%s/gaz.tsv", dir);
    CHECK(tt != NULL && ws_tagtrain_gaz_tsv(tt, path, err, sizeof err) ==
                            (int)(sizeof gazp / sizeof gazp[0]) + 17,
          "gazetteer: %s", err);
    for (int ep = 0; tt != NULL && ep < 10; ep++)
        for (int32_t s = 0; s < b.doc->sentences.n; s++)
            CHECK(ws_tagtrain_sentence(tt, NULL, b.doc, s,
                                       b.tags + b.doc->sentences.v[s].tok0) >=
                      0,
                  "train step");
    snprintf(model, sizeof model, "%s/gaz.model", dir);
    ws_tagger *t = NULL;
    if (tt != NULL) {
        ws_tagtrain_average(tt);
        CHECK(ws_tagtrain_keep(tt) == 0 &&
                  ws_tagger_save(ws_tagtrain_best(tt), model, 1, 100.0f, err,
                                 sizeof err) == 0,
              "save: %s", err);
        t = ws_tagger_load(model, err, sizeof err);
        CHECK(t != NULL, "load: %s", err);
    }
    if (t != NULL) {
        gaz_job j = {.t = t, .doc = e.doc, .ntok = (int)e.doc->tokens.n};
        pthread_t th;
        CHECK(pthread_create(&th, NULL, gaz_run, &j) == 0, "thread");
        pthread_join(th, NULL);
        CHECK(j.rc == 0, "checks ran");
    }
    ws_tagger_free(t);
    ws_tagtrain_free(tt);
    ws_bio_free(&b);
    ws_bio_free(&e);
}

int
main(void)
{
    if (in_tmpdir("test_tagfeat40", test_gaz_prefix_stop) != 0)
        return 1;
    TEST_END();
}
