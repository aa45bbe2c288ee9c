/*
 * ud.c - tokens and sentences scored against Universal Dependencies.
 *
 * Reads a .conllu file, rebuilds the raw text of each document the way the
 * CoNLL 2018 shared task did (documents at "# newdoc", paragraphs at
 * "# newpar" as blank lines, sentences from "# text" joined by a space
 * unless the sentence's last token has SpaceAfter=No), tokenizes each
 * document with the given language and scores the result.
 *
 * Scoring follows conll18_ud_eval.py: the gold tokens (multiword-token
 * range lines count as one token; empty nodes are ignored) are laid end
 * to end with white space removed, so every token and every sentence is a
 * span of character indices over the non-space characters of the text.
 * A system span is correct when both its ends equal a gold span's.
 * Precision = correct / system spans, recall = correct / gold spans.
 *
 * WS_UD_DEBUG=1 in the environment prints each token and sentence
 * disagreement with its context to stderr (for tuning on -dev files).
 */
#include <stdlib.h>
#include <string.h>

#include "ws_int.h"

typedef struct {
    int32_t s, e;
} span;

typedef struct {
    span *v;
    size_t n, cap;
} spanv;

static int
push_span(spanv *a, int32_t s, int32_t e)
{
    if (a->n == a->cap) {
        size_t nc = a->cap ? a->cap * 2 : 1024;
        span *nv = realloc(a->v, nc * sizeof(*nv));
        if (!nv)
            return -WS_ENOMEM;
        a->v = nv;
        a->cap = nc;
    }
    a->v[a->n].s = s;
    a->v[a->n].e = e;
    a->n++;
    return 0;
}

/* Number of code points of s[0..n) that are not white space. */
static int32_t
nonspace_len(const char *s, size_t n)
{
    size_t i = 0;
    int32_t k = 0, c;

    while (i < n) {
        c = ws_utf8_decode(s, n, &i);
        if (!ws_cp_is_space(c))
            k++;
    }
    return k;
}

/* True when s[0..n) contains the string pat. */
static int
has_str(const char *s, size_t n, const char *pat)
{
    size_t m = strlen(pat), i;

    for (i = 0; i + m <= n; i++)
        if (memcmp(s + i, pat, m) == 0)
            return 1;
    return 0;
}

typedef struct {
    ws_buf text;      /* the document being rebuilt */
    int nsent;        /* sentences in it */
    int last_noSpace; /* last token of the previous sentence */
    int newpar;
} builder;

/* Column i (0-based) of a tab-separated line, as pointer and length. */
static int
column(const char *line, int i, const char **p, size_t *n)
{
    const char *s = line, *t;

    while (i-- > 0) {
        s = strchr(s, '\t');
        if (!s)
            return 0;
        s++;
    }
    t = strchr(s, '\t');
    if (!t)
        t = s + strlen(s);
    *p = s;
    *n = (size_t)(t - s);
    return 1;
}

typedef struct {
    ws_worker *w;
    const char *lang;
    ws_doc *d;
    spanv sys_tok, sys_sent;
    int32_t base;       /* non-space characters before this document */
    long docs, lang_ok; /* language identification per document */
    long sents_lid, sents_lid_ok;
    int debug;
    int rc;
    ws_sbd_sink *sink; /* training: collect candidate sentence starts */
} evalst;

/* Tokenizes the rebuilt document and appends its system spans. */
static void
run_doc(evalst *e, builder *b)
{
    ws_doc *d = e->d;
    int32_t *nsp = NULL, i, c;
    size_t bi;
    char guess[8];
    int rc;

    if (!b->nsent || !b->text.len)
        goto out;
    ws_doc_reset(d);
    if (ws_doc_set_text(d, b->text.buf, b->text.len) < 0) {
        e->rc = -WS_ENOMEM;
        goto out;
    }
    ws_langid(d->text, d->len, guess);
    e->docs++;
    if (strcmp(guess, e->lang) == 0)
        e->lang_ok++;
    snprintf(d->lang, sizeof(d->lang), "%s", e->lang);
    d->lang_given = 1;
    if (e->sink) {
        e->sink->doc0 = e->sink->n;
        ws_icu_set_sink(ws_worker_icu(e->w), e->sink);
    }
    rc = ws_tokenize(e->w, d);
    if (e->sink)
        ws_icu_set_sink(ws_worker_icu(e->w), NULL);
    if (rc < 0) {
        e->rc = rc;
        goto out;
    }
    /* non-space index of each code point */
    nsp = malloc(sizeof(int32_t) * ((size_t)d->ncp + 1));
    if (!nsp) {
        e->rc = -WS_ENOMEM;
        goto out;
    }
    bi = 0;
    for (i = 0; i < d->ncp; i++) {
        nsp[i] = e->base;
        c = ws_utf8_decode(d->text, d->len, &bi);
        if (!ws_cp_is_space(c))
            e->base++;
    }
    nsp[d->ncp] = e->base;
    if (e->sink) {
        size_t x;
        for (x = e->sink->doc0; x < e->sink->n; x++)
            e->sink->pos[x] = nsp[e->sink->pos[x]];
    }
    for (i = 0; i < d->tokens.n; i++)
        if (push_span(&e->sys_tok, nsp[d->tokens.v[i].start],
                      nsp[d->tokens.v[i].end]) < 0)
            e->rc = -WS_ENOMEM;
    for (i = 0; i < d->sentences.n; i++)
        if (push_span(&e->sys_sent, nsp[d->sentences.v[i].start],
                      nsp[d->sentences.v[i].end]) < 0)
            e->rc = -WS_ENOMEM;
out:
    free(nsp);
    b->text.len = 0;
    b->nsent = 0;
    b->last_noSpace = 0;
    b->newpar = 0;
}

static int
cmp_span(const void *a, const void *b)
{
    const span *x = a, *y = b;
    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    return (x->e > y->e) - (x->e < y->e);
}

/* Correct spans (both ends equal), lists sorted by start. */
static size_t
matches(spanv *g, spanv *s)
{
    size_t i = 0, j = 0, ok = 0;

    if (g->n > 1) /* g->v is NULL when empty: qsort(NULL) is UB */
        qsort(g->v, g->n, sizeof(span), cmp_span);
    if (s->n > 1)
        qsort(s->v, s->n, sizeof(span), cmp_span);
    while (i < g->n && j < s->n) {
        int c = cmp_span(&g->v[i], &s->v[j]);
        if (c == 0) {
            ok++;
            i++;
            j++;
        } else if (c < 0) {
            i++;
        } else {
            j++;
        }
    }
    return ok;
}

static void
prf(size_t ok, size_t ng, size_t ns, double *p, double *r, double *f)
{
    *p = ns ? (double)ok / (double)ns : 0;
    *r = ng ? (double)ok / (double)ng : 0;
    *f = (*p + *r) > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

/* Debug: print the first disagreements of span lists (sorted). */
static void
debug_diff(const char *what, spanv *g, spanv *s, const char *chars,
           size_t nchars, const int32_t *cpos)
{
    size_t i = 0, j = 0;
    int shown = 0;

    (void)nchars;
    (void)cpos;
    while ((i < g->n || j < s->n) && shown < 100000) {
        int c;
        if (i < g->n && j < s->n)
            c = cmp_span(&g->v[i], &s->v[j]);
        else
            c = i < g->n ? -1 : 1;
        if (c == 0) {
            i++;
            j++;
            continue;
        }
        if (c < 0) {
            fprintf(stderr, "%s\tmissed\t%d\t%d\t", what, g->v[i].s, g->v[i].e);
            if (chars)
                fprintf(stderr, "%.*s",
                        (int)(cpos[g->v[i].e] - cpos[g->v[i].s]),
                        chars + cpos[g->v[i].s]);
            fputc('\n', stderr);
            i++;
        } else {
            fprintf(stderr, "%s\textra\t%d\t%d\t", what, s->v[j].s, s->v[j].e);
            if (chars)
                fprintf(stderr, "%.*s",
                        (int)(cpos[s->v[j].e] - cpos[s->v[j].s]),
                        chars + cpos[s->v[j].s]);
            fputc('\n', stderr);
            j++;
        }
        shown++;
    }
}

static int
cmp_i32(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

/* Labels the sink's candidates [from, n) from the gold sentences. */
static void
label_sink(ws_sbd_sink *s, size_t from, const spanv *gold)
{
    int32_t *st = malloc(sizeof(int32_t) * (gold->n + 1));
    size_t i;

    if (!st)
        return;
    for (i = 0; i < gold->n; i++)
        st[i] = gold->v[i].s;
    qsort(st, gold->n, sizeof(int32_t), cmp_i32);
    for (i = from; i < s->n; i++)
        s->label[i] =
            bsearch(&s->pos[i], st, gold->n, sizeof(int32_t), cmp_i32) != NULL;
    free(st);
}

static int ud_run(ws_worker *w, const char *path, const char *lang, FILE *out,
                  double *tok_f1, double *sent_f1, ws_sbd_sink *sink,
                  int augment);

int
ws_ud_eval(ws_worker *w, const char *path, const char *lang, FILE *out,
           double *tok_f1, double *sent_f1)
{
    return ud_run(w, path, lang, out, tok_f1, sent_f1, NULL, 0);
}

static int
ud_run(ws_worker *w, const char *path, const char *lang, FILE *out,
       double *tok_f1, double *sent_f1, ws_sbd_sink *sink, int augment)
{
    /* augment (training only): every Nth sentence ending in a lone full
     * stop loses it, so that the classifier also sees sentences that end
     * without punctuation (common in web text) */
    long nsents = 0;
    int last_period = 0;
    size_t sink0 = sink ? sink->n : 0;
    FILE *fp;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    builder b;
    evalst e;
    spanv gold_tok = {0}, gold_sent = {0};
    ws_buf sent = {0};  /* current "# text" */
    ws_buf chars = {0}; /* gold non-space characters (debug) */
    int32_t gidx = 0, sent0 = -1, range_end = 0, last_nospace = 0;
    char lbuf[8];
    double p, r, f, tf = 0, sf = 0;
    size_t ok;
    int in_sent = 0;

    memset(&b, 0, sizeof(b));
    memset(&e, 0, sizeof(e));
    if (!lang || !lang[0]) {
        const char *base = strrchr(path, '/');
        size_t k = 0;
        base = base ? base + 1 : path;
        while (base[k] && base[k] != '_' && k < sizeof(lbuf) - 1) {
            lbuf[k] = base[k];
            k++;
        }
        lbuf[k] = 0;
        lang = lbuf;
    }
    fp = fopen(path, "r");
    if (!fp)
        return -WS_EIO;
    e.w = w;
    e.lang = lang;
    e.sink = sink;
    e.d = ws_doc_new();
    e.debug = getenv("WS_UD_DEBUG") != NULL;
    if (!e.d) {
        fclose(fp);
        return -WS_ENOMEM;
    }
    for (;;) {
        n = getline(&line, &cap, fp);
        if (n > 0 && line[n - 1] == '\n')
            line[--n] = 0;
        if (n > 0 && line[n - 1] == '\r')
            line[--n] = 0;
        if (n < 0 || n == 0) {
            /* end of a sentence */
            if (in_sent && augment && last_period && ++nsents % augment == 0 &&
                sent.len > 1 && sent.buf[sent.len - 1] == '.' &&
                sent.buf[sent.len - 2] != '.') {
                sent.len--;
                while (sent.len > 0 && sent.buf[sent.len - 1] == ' ')
                    sent.len--;
                gidx--;
                if (gold_tok.n)
                    gold_tok.n--;
                last_nospace = 0;
            }
            if (in_sent) {
                if (b.nsent > 0) {
                    if (b.newpar)
                        ws_buf_puts(&b.text, "\n\n");
                    else if (!b.last_noSpace)
                        ws_buf_putc(&b.text, ' ');
                }
                ws_buf_put(&b.text, sent.buf ? sent.buf : "", sent.len);
                b.nsent++;
                b.newpar = 0;
                b.last_noSpace = last_nospace;
                if (gidx > sent0 && push_span(&gold_sent, sent0, gidx) < 0)
                    e.rc = -WS_ENOMEM;
                in_sent = 0;
                sent.len = 0;
            }
            if (n < 0)
                break;
            continue;
        }
        if (line[0] == '#') {
            if (strncmp(line, "# newdoc", 8) == 0) {
                run_doc(&e, &b);
            } else if (strncmp(line, "# newpar", 8) == 0) {
                b.newpar = 1;
            } else if (strncmp(line, "# text = ", 9) == 0) {
                sent.len = 0;
                ws_buf_put(&sent, line + 9, (size_t)n - 9);
            }
            continue;
        }
        {
            const char *id, *form, *misc;
            size_t idn, formn, miscn;
            int32_t a, z, len;
            const char *dash;

            if (!column(line, 0, &id, &idn) || !column(line, 1, &form, &formn))
                continue;
            if (memchr(id, '.', idn))
                continue; /* empty node */
            if (!in_sent) {
                in_sent = 1;
                sent0 = gidx;
                range_end = 0;
            }
            dash = memchr(id, '-', idn);
            a = atoi(id);
            if (!dash && a <= range_end)
                continue; /* a word inside a multiword token */
            z = dash ? atoi(dash + 1) : a;
            if (dash)
                range_end = z;
            len = nonspace_len(form, formn);
            if (push_span(&gold_tok, gidx, gidx + len) < 0)
                e.rc = -WS_ENOMEM;
            if (e.debug) {
                size_t i = 0;
                while (i < formn) {
                    size_t i0 = i;
                    int32_t c = ws_utf8_decode(form, formn, &i);
                    if (!ws_cp_is_space(c))
                        ws_buf_put(&chars, form + i0, i - i0);
                }
            }
            gidx += len;
            last_period = formn == 1 && form[0] == '.';
            last_nospace = column(line, 9, &misc, &miscn) &&
                           has_str(misc, miscn, "SpaceAfter=No");
        }
    }
    run_doc(&e, &b);
    fclose(fp);
    free(line);

    if (e.rc == 0) {
        int32_t *cpos = NULL;
        if (e.debug && chars.buf) {
            /* byte offset of each gold character */
            size_t i = 0;
            int32_t k = 0;
            cpos = malloc(sizeof(int32_t) * ((size_t)gidx + 2));
            if (cpos) {
                while (i < chars.len && k <= gidx) {
                    cpos[k++] = (int32_t)i;
                    ws_utf8_decode(chars.buf, chars.len, &i);
                }
                while (k <= gidx)
                    cpos[k++] = (int32_t)chars.len;
            }
        }
        if (e.base != gidx)
            fprintf(out,
                    "%s: warning: text has %d non-space characters, the "
                    "gold tokens %d\n",
                    path, e.base, gidx);
        ok = matches(&gold_tok, &e.sys_tok);
        prf(ok, gold_tok.n, e.sys_tok.n, &p, &r, &tf);
        fprintf(out, "%s\tlang %s\ttokens P %.2f R %.2f F1 %.2f", path, lang,
                100 * p, 100 * r, 100 * tf);
        if (e.debug && cpos)
            debug_diff("tok", &gold_tok, &e.sys_tok, chars.buf, chars.len,
                       cpos);
        ok = matches(&gold_sent, &e.sys_sent);
        prf(ok, gold_sent.n, e.sys_sent.n, &p, &r, &sf);
        fprintf(out, "\tsentences P %.2f R %.2f F1 %.2f", 100 * p, 100 * r,
                100 * sf);
        fprintf(out, "\tlangid %ld/%ld docs\n", e.lang_ok, e.docs);
        if (e.debug && cpos)
            debug_diff("sent", &gold_sent, &e.sys_sent, chars.buf, chars.len,
                       cpos);
        free(cpos);
        (void)f;
    }
    if (sink && e.rc == 0)
        label_sink(sink, sink0, &gold_sent);
    if (tok_f1)
        *tok_f1 = 100 * tf;
    if (sent_f1)
        *sent_f1 = 100 * sf;
    free(gold_tok.v);
    free(gold_sent.v);
    free(e.sys_tok.v);
    free(e.sys_sent.v);
    ws_buf_free(&sent);
    ws_buf_free(&chars);
    ws_buf_free(&b.text);
    ws_doc_free(e.d);
    return e.rc;
}

/* ---- training the sentence-boundary classifier ---- */

void
ws_sbd_sink_free(ws_sbd_sink *s)
{
    free(s->feat);
    free(s->off);
    free(s->pos);
    free(s->rule);
    free(s->label);
    memset(s, 0, sizeof(*s));
}

#define SBD_BITS 18

/* Scores candidate i with weights wt. */
static float
sbd_score(const ws_sbd_sink *s, const float *wt, size_t i)
{
    float sc = 0;
    size_t x;
    for (x = s->off[i]; x < s->off[i + 1]; x++)
        sc += wt[s->feat[x] & ((1u << SBD_BITS) - 1)];
    return sc;
}

/* Averaged perceptron over candidates with index in [a, b) (the others
 * held out); the averaged weights go to wt. */
static void
sbd_fit1(const ws_sbd_sink *s, size_t a, size_t b, size_t a2, size_t b2,
         int epochs, float *wt, float *acc, uint32_t seed)
{
    size_t nw = (size_t)1 << SBD_BITS, i, x, *ord;
    uint32_t rnd = seed;
    float c = 1;
    int ep;

    memset(wt, 0, nw * sizeof(float));
    memset(acc, 0, nw * sizeof(float));
    ord = malloc(sizeof(size_t) * (s->n ? s->n : 1));
    if (!ord)
        return;
    for (i = 0; i < s->n; i++)
        ord[i] = i;
    for (ep = 0; ep < epochs; ep++) {
        for (i = s->n; i > 1; i--) {
            size_t j, t;
            rnd = rnd * 1103515245u + 12345u;
            j = (rnd >> 8) % i;
            t = ord[i - 1];
            ord[i - 1] = ord[j];
            ord[j] = t;
        }
        for (i = 0; i < s->n; i++) {
            size_t k = ord[i];
            int y, guess;
            if ((k >= a && k < b) || (k >= a2 && k < b2))
                continue;
            y = s->label[k] ? 1 : -1;
            guess = sbd_score(s, wt, k) > 0 ? 1 : -1;
            if (guess != y) {
                for (x = s->off[k]; x < s->off[k + 1]; x++) {
                    uint32_t h = s->feat[x] & ((1u << SBD_BITS) - 1);
                    wt[h] += (float)y;
                    acc[h] += c * (float)y;
                }
            }
            c++;
        }
    }
    for (i = 0; i < nw; i++)
        wt[i] -= acc[i] / c;
    free(ord);
}

/* The mean of SBD_BAGS averaged perceptrons trained on differently
 * shuffled orders: one perceptron's weights depend on the order it saw
 * the candidates in (and on which features share a hash bucket) enough to
 * move the held-out errors by several percent; the mean does not.  wt
 * gets the result; acc and tmp are working space of 2^SBD_BITS. */
#define SBD_BAGS 8
static void
sbd_fit(const ws_sbd_sink *s, size_t a, size_t b, size_t a2, size_t b2,
        int epochs, float *wt, float *acc, float *sum)
{
    size_t nw = (size_t)1 << SBD_BITS, i;
    int g;

    memset(sum, 0, nw * sizeof(float));
    for (g = 0; g < SBD_BAGS; g++) {
        sbd_fit1(s, a, b, a2, b2, epochs, wt, acc,
                 12345u + 7919u * (uint32_t)g);
        for (i = 0; i < nw; i++)
            sum[i] += wt[i];
    }
    for (i = 0; i < nw; i++)
        wt[i] = sum[i] / SBD_BAGS;
}

/* Break precision/recall/F1 of the rules and of wt on [a, b). */
static void
sbd_report(const ws_sbd_sink *s, const float *wt, size_t a, size_t b,
           const char *what, FILE *log)
{
    size_t i, tp[2] = {0, 0}, fp[2] = {0, 0}, fn[2] = {0, 0};
    int m;

    for (i = a; i < b; i++)
        for (m = 0; m < 2; m++) {
            int g = m ? sbd_score(s, wt, i) > 0 : s->rule[i];
            if (g && s->label[i])
                tp[m]++;
            else if (g)
                fp[m]++;
            else if (s->label[i])
                fn[m]++;
        }
    for (m = 0; m < 2; m++)
        fprintf(log,
                "sbd %s %s: candidates %zu  breaks tp %zu fp %zu fn %zu  "
                "errors %zu\n",
                what, m ? "model" : "rules", b - a, tp[m], fp[m], fn[m],
                fp[m] + fn[m]);
}

int
ws_sbd_train(ws_worker *w, const char *lang, char **paths, int npaths,
             const char *out, int epochs, int augment, FILE *log)
{
    size_t n1;
    ws_sbd_sink s;
    size_t nw = (size_t)1 << SBD_BITS, i, cut;
    float *wt = NULL, *acc = NULL, *sum = NULL;
    uint32_t bits = SBD_BITS, nnz = 0;
    char tmp[4200];
    FILE *fp;
    int rc = 0, p;

    memset(&s, 0, sizeof(s));
    if (strcmp(lang, "xx") == 0)
        lang = NULL; /* multilingual: each file's language from its name */
    for (p = 0; p < npaths; p++)
        if ((rc = ud_run(w, paths[p], lang, log, NULL, NULL, &s, 0)) < 0)
            goto done;
    n1 = s.n;
    for (p = 0; p < npaths && augment > 0; p++)
        if ((rc = ud_run(w, paths[p], lang, log, NULL, NULL, &s, augment)) < 0)
            goto done;
    wt = malloc(nw * sizeof(float));
    acc = malloc(nw * sizeof(float));
    sum = malloc(nw * sizeof(float));
    if (!wt || !acc || !sum || !s.n) {
        rc = s.n ? -WS_ENOMEM : -WS_EIO;
        goto done;
    }
    /* held-out estimate: 5 folds by position over the original text (the
     * augmented copy of the fold is left out of training too) */
    {
        int fold;
        for (fold = 0; fold < 5; fold++) {
            size_t a = n1 * (size_t)fold / 5, b = n1 * (size_t)(fold + 1) / 5;
            size_t m2 = s.n - n1;
            char what[32];
            sbd_fit(&s, a, b, n1 + m2 * (size_t)fold / 5,
                    n1 + m2 * (size_t)(fold + 1) / 5, epochs, wt, acc, sum);
            snprintf(what, sizeof(what), "fold%d", fold);
            sbd_report(&s, wt, a, b, what, log);
        }
    }
    cut = s.n;
    sbd_fit(&s, cut, cut, cut, cut, epochs, wt, acc, sum);
    sbd_report(&s, wt, 0, s.n, "train", log);
    for (i = 0; i < nw; i++)
        if (wt[i] > 1e-4f || wt[i] < -1e-4f)
            nnz++;
    snprintf(tmp, sizeof(tmp), "%s.tmp", out);
    fp = fopen(tmp, "wb");
    if (!fp) {
        rc = -WS_EIO;
        goto done;
    }
    fwrite("WSSBD002", 1, 8, fp);
    fwrite(&bits, 4, 1, fp);
    fwrite(&nnz, 4, 1, fp);
    for (i = 0; i < nw; i++)
        if (wt[i] > 1e-4f || wt[i] < -1e-4f) {
            uint32_t idx = (uint32_t)i;
            fwrite(&idx, 4, 1, fp);
            fwrite(&wt[i], 4, 1, fp);
        }
    if (fclose(fp) != 0 || rename(tmp, out) != 0) {
        rc = -WS_EIO;
        goto done;
    }
    fprintf(log, "sbd: %zu candidates, %u weights -> %s\n", s.n, nnz, out);
done:
    free(wt);
    free(acc);
    free(sum);
    ws_sbd_sink_free(&s);
    return rc;
}
