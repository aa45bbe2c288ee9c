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

/* ---- document pass ----
 * ws_tagger_doc_pass() gives every tagged span its string's majority
 * type from the spans of its first scan (session 39; it had scanned the
 * tags again), then tags the untagged repeats.  Against a reference
 * written from its description (strings compared as strings, no hash,
 * no filter): random documents of a few capitalised and lower-case
 * words, random IOB2 tags (spans of 1 to 8 tokens, the longest past the
 * pass's 6, at the sentences' ends, sentences with none), over the whole
 * document and over a range of its sentences. */
enum { RMAXREC = 512, RMAXSTR = 96 };
typedef struct {
    char key[RMAXSTR];
    int cnt[WS_BIO_NTYPES], first[WS_BIO_NTYPES];
    int len, sur, type;
} rrec;
typedef struct {
    rrec v[RMAXREC];
    int n;
} rtab;

/* The string of tokens [a, b) of d into key */
static void
rkey(const ws_doc *d, int32_t a, int32_t b, char *key)
{
    size_t o = 0;
    key[0] = '\0';
    for (int32_t i = a; i < b; i++) {
        int n = ws_tok_blen(d, i);
        if (o + (size_t)n + 2 >= RMAXSTR)
            break;
        memcpy(key + o, ws_tok_ptr(d, i), (size_t)n);
        o += (size_t)n;
        key[o++] = '|';
        key[o] = '\0';
    }
}

static rrec *
rfind(rtab *t, const char *key, int add)
{
    for (int k = 0; k < t->n; k++)
        if (strcmp(t->v[k].key, key) == 0)
            return &t->v[k];
    if (!add || t->n == RMAXREC)
        return NULL;
    rrec *r = &t->v[t->n++];
    memset(r, 0, sizeof *r);
    snprintf(r->key, sizeof r->key, "%s", key);
    return r;
}

static int
rupper(const ws_doc *d, int32_t i)
{
    const char *s = ws_tok_ptr(d, i);
    return ws_tok_blen(d, i) > 0 && s[0] >= 'A' && s[0] <= 'Z';
}

static void
rset(uint8_t *tags, int32_t a, int32_t b, int type)
{
    for (int32_t i = a; i < b; i++)
        tags[i] = (uint8_t)(i == a ? 1 + 2 * type : 2 + 2 * type);
}

/* The end of the span that begins at i (tag t) in sentence se */
static int32_t
rspan_end(const uint8_t *tags, const ws_sentence *se, int32_t i, int t)
{
    int32_t j = i + 1;
    while (j < se->tok1 && tags[j] == t + 1)
        j++;
    return j;
}

/* The end of the next span in sentence se from token *i on, *i moved to
 * its first token (a B tag) past the tokens outside spans; -1 when the
 * sentence has no more (both of ref_doc_pass's walks over the spans). */
static int32_t
rnext_span(const uint8_t *tags, const ws_sentence *se, int32_t *i)
{
    while (*i < se->tok1 && (!(tags[*i] & 1) || tags[*i] >= WS_BIO_NTAGS))
        (*i)++;
    return *i < se->tok1 ? rspan_end(tags, se, *i, tags[*i]) : -1;
}

static void
ref_doc_pass(const ws_doc *d, int32_t s0, int32_t s1, uint8_t *tags, rtab *tab)
{
    char key[RMAXSTR];
    int nm = 0;
    tab->n = 0;
    for (int32_t s = s0; s < s1; s++) {
        const ws_sentence *se = &d->sentences.v[s];
        for (int32_t i = se->tok0, j; (j = rnext_span(tags, se, &i)) >= 0;) {
            int t = tags[i];
            if (j - i <= 6) {
                int ty = (t - 1) / 2;
                rkey(d, i, j, key);
                rrec *r = rfind(tab, key, 1);
                r->len = j - i;
                if (r->cnt[ty]++ == 0)
                    r->first[ty] = nm;
                nm++;
                if (j - i >= 2 && ty == 0) {
                    rkey(d, j - 1, j, key);
                    rrec *u = rfind(tab, key, 1);
                    u->len = 1;
                    u->sur = 1;
                }
            }
            i = j;
        }
    }
    for (int k = 0; k < tab->n; k++) {
        rrec *r = &tab->v[k];
        int best = -1, bestc = 0, bestf = 0;
        for (int ty = 0; ty < WS_BIO_NTYPES; ty++)
            if (r->cnt[ty] > bestc || (r->cnt[ty] > 0 && r->cnt[ty] == bestc &&
                                       r->first[ty] < bestf)) {
                best = ty;
                bestc = r->cnt[ty];
                bestf = r->first[ty];
            }
        r->type = best >= 0 && r->len == 1 && r->sur ? 0 : best;
    }
    for (int32_t s = s0; s < s1; s++) {
        const ws_sentence *se = &d->sentences.v[s];
        for (int32_t i = se->tok0, j; (j = rnext_span(tags, se, &i)) >= 0;) {
            int t = tags[i];
            if (j - i <= 6) {
                rkey(d, i, j, key);
                const rrec *m = rfind(tab, key, 0);
                if (m != NULL && m->type >= 0 && m->type != (t - 1) / 2)
                    rset(tags, i, j, m->type);
            }
            i = j;
        }
        for (int32_t i = se->tok0; i < se->tok1; i++) {
            if (tags[i] != 0 || !rupper(d, i))
                continue;
            if (i > se->tok0 + 1 && tags[i - 1] == 0 && rupper(d, i - 1))
                continue;
            const rrec *hit = NULL;
            int32_t end = 0;
            for (int32_t j = i; j < se->tok1 && j - i < 6 && tags[j] == 0;
                 j++) {
                rkey(d, i, j + 1, key);
                const rrec *m = rfind(tab, key, 0);
                if (m != NULL && m->type >= 0 && m->len == j - i + 1) {
                    hit = m;
                    end = j + 1;
                }
            }
            if (hit == NULL) {
                rkey(d, i, i + 1, key);
                const rrec *u = rfind(tab, key, 0);
                if (u != NULL && u->sur &&
                    (i + 1 >= se->tok1 ||
                     (tags[i + 1] == 0 && !rupper(d, i + 1))))
                    rset(tags, i, i + 1, 0);
                continue;
            }
            if (end < se->tok1 && (tags[end] != 0 || rupper(d, end)))
                continue;
            rset(tags, i, end, hit->type);
            i = end - 1;
        }
    }
}

static void
test_doc_pass_vs_reference(const char *dir)
{
    static const char *const vocab[] = {
        "Nowak", "Anna",  "Berlin", "Red",  "Cross",     "the", "said", "nowak",
        "of",    "Paris", "New",    "York", "Kowalczyk", "and", "Cup",  "in"};
    enum { NV = sizeof vocab / sizeof vocab[0], NDOC = 300, MAXT = 400 };
    static rtab tab;
    uint32_t r = 4242;
    int changed = 0, checked = 0, retyped = 0;
    for (int doc = 0; doc < NDOC; doc++) {
        ws_buf buf = {0};
        r = r * 1103515245u + 12345u;
        int ns = 1 + (int)(r >> 16) % 12;
        int ntok = 0;
        for (int s = 0; s < ns && ntok < MAXT - 40; s++) {
            r = r * 1103515245u + 12345u;
            int len = 1 + (int)(r >> 16) % 30;
            for (int i = 0; i < len; i++) {
                r = r * 1103515245u + 12345u;
                ws_buf_puts(&buf, vocab[(r >> 16) % NV]);
                ws_buf_puts(&buf, "\tO\n");
                ntok++;
            }
            ws_buf_putc(&buf, '\n');
        }
        ws_bio b;
        int ok = bio_of(dir, "dp.bio", buf.buf, buf.len, &b) == 0;
        ws_buf_free(&buf);
        if (!ok)
            return;
        const ws_doc *d = b.doc;
        uint8_t tags[MAXT], want[MAXT], orig[MAXT];
        memset(tags, 0, sizeof tags);
        for (int32_t s = 0; s < d->sentences.n; s++) {
            const ws_sentence *se = &d->sentences.v[s];
            for (int32_t i = se->tok0; i < se->tok1;) {
                r = r * 1103515245u + 12345u;
                int skip = (int)(r >> 16) % 3;
                if (skip) {
                    i++;
                    continue;
                }
                int ty = (int)(r >> 20) % WS_BIO_NTYPES;
                int len = 1 + (int)(r >> 24) % 8;
                if (len > 3 && (r >> 28) % 2)
                    len = 1;
                for (int k = 0; k < len && i < se->tok1; k++, i++)
                    tags[i] = (uint8_t)(k == 0 ? 1 + 2 * ty : 2 + 2 * ty);
            }
        }
        int32_t nt = d->tokens.n;
        /* the whole document, then (the same tags) its middle sentences */
        for (int part = 0; part < 2; part++) {
            int32_t s0 = part ? d->sentences.n / 3 : 0;
            int32_t s1 =
                part ? d->sentences.n - d->sentences.n / 3 : d->sentences.n;
            memcpy(orig, tags, (size_t)nt);
            memcpy(want, tags, (size_t)nt);
            uint8_t got[MAXT];
            memcpy(got, tags, (size_t)nt);
            ref_doc_pass(d, s0, s1, want, &tab);
            CHECK(ws_tagger_doc_pass(d, s0, s1, got) == 0, "doc %d pass", doc);
            int diff = memcmp(got, want, (size_t)nt) != 0;
            CHECK(!diff, "doc %d part %d: the reference's tags", doc, part);
            checked++;
            changed += memcmp(orig, want, (size_t)nt) != 0;
            for (int32_t i = 0; i < nt; i++)
                retyped += orig[i] != 0 && want[i] != 0 && orig[i] != want[i];
            if (diff)
                break;
        }
        ws_bio_free(&b);
    }
    CHECK(checked == 2 * NDOC && changed > NDOC / 4 && retyped > 0,
          "%d passes, %d changed the tags, %d tokens retyped", checked, changed,
          retyped);
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
    test_doc_pass_vs_reference(dir);
    remove_tree(dir);
    TEST_END();
}
