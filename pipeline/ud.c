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
    rc = ws_tokenize(e->w, d);
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

    qsort(g->v, g->n, sizeof(span), cmp_span);
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
            fprintf(stderr, "%s\tmissed\t%d\t%d\t", what, g->v[i].s,
                    g->v[i].e);
            if (chars)
                fprintf(stderr, "%.*s", (int)(cpos[g->v[i].e] - cpos[g->v[i].s]),
                        chars + cpos[g->v[i].s]);
            fputc('\n', stderr);
            i++;
        } else {
            fprintf(stderr, "%s\textra\t%d\t%d\t", what, s->v[j].s, s->v[j].e);
            if (chars)
                fprintf(stderr, "%.*s", (int)(cpos[s->v[j].e] - cpos[s->v[j].s]),
                        chars + cpos[s->v[j].s]);
            fputc('\n', stderr);
            j++;
        }
        shown++;
    }
}

int
ws_ud_eval(ws_worker *w, const char *path, const char *lang, FILE *out,
           double *tok_f1, double *sent_f1)
{
    FILE *fp;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    builder b;
    evalst e;
    spanv gold_tok = {0}, gold_sent = {0};
    ws_buf sent = {0};   /* current "# text" */
    ws_buf chars = {0};  /* gold non-space characters (debug) */
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
