/*
 * eval.c - scoring pipeline records against gold (../shared/eval/FORMAT.md).
 *
 * Gold documents are loaded first and kept; records are then scored one at
 * a time and nothing of a record is kept after its call, so a stream of
 * 50 MB records needs memory for one record.  Only the top-level members a
 * scorer needs (id, text, meta, entities, statements, sentences) are parsed
 * into the JSON DOM; `tokens` and the rest are skipped unparsed.
 *
 * Conventions (FORMAT.md "Scoring conventions", made precise here):
 * - Documents: a record is paired with the gold document of the same `id`,
 *   else the one with identical `text`, else the gold document at the same
 *   position (only when one text contains the other).  When the texts
 *   differ but one contains the other (a reader that trimmed white space),
 *   record offsets are shifted onto the gold text.  Gold documents no
 *   record reached count as all missed; records with no gold are ignored
 *   and counted.
 * - Entities (gold documents with an `entities` member): exact start, end
 *   and type.  When the gold uses the external tag set (PER), predicted
 *   types are mapped onto it (ORG, GOV, MEDIA -> ORG; NORP, MISC -> MISC;
 *   ROLE not scored).
 * - Statements (gold documents with a `statements` member): a statement's
 *   content is the union of its segments, each trimmed of white space and
 *   quotation marks at both ends (gold sets differ: PolNeAR's quotes
 *   include the marks, the seed's do not), and of one leading
 *   complementizer (that, dass, que, że, что, що ...: PolNeAR's indirect
 *   content starts with it, the seed's and corpora's do not).  Similarity of a
 * gold and a predicted statement = |overlap| / max(|gold|, |pred|) in code
 * points. When either content is empty (a `reported` statement with no content)
 *   the cue spans are compared the same way instead; "exact" then needs
 *   both contents empty and identical cues.  Pairs are matched one-to-one,
 *   greedily by decreasing similarity, separately at >= 0.5, >= 0.8 and
 *   exact.  Split by kind: recall counts matched gold statements of that
 *   gold kind, precision matched predictions of that predicted kind.
 * - Speaker (on the @0.5 pairs): right when the spans overlap, or the
 *   names are equal case-insensitively (a leading "the" ignored), or one
 *   name is one word equal to the other's last word (surname rule), or the
 *   gold names no source (no span, null name) and neither does the
 *   prediction.  End-to-end: a true positive needs both.
 * - Stance (on the @0.5 pairs whose gold has `stance`): multi-label micro
 *   F1 (pooled counts) and macro F1 (mean of per-label F1 over labels that
 *   occur in gold or prediction); an "exact set" needs the same label set;
 *   the confusion matrix is of the first labels (column "none" = the
 *   prediction has no label).  End to end: every gold statement with a
 *   stance counts; an unmatched one is scored as predicted with no label
 *   (predictions with no gold are not penalised, since stance gold may
 *   label only some statements of a document).
 * - Per sentence (--per-sentence, automatic when every gold statement has
 *   empty content and a gold `meta.scoring` mentions "sentence", as in
 *   cameo-stance): for each gold statement, its sentence is the record's
 *   sentence holding the gold cue (the whole document when the record has
 *   no sentences); the predicted label set is the union of the labels of
 *   the predicted statements whose cue or content overlaps that sentence,
 *   without `neutral` when another label is present.
 */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ws_int.h"

#define NK WS_NKINDS
#define NL WS_NSTANCES
#define NT WS_NETYPES

typedef struct {
    int kind; /* ws_kind or -1 */
    ws_span *seg;
    int nseg;
    int32_t clen;
    ws_span cue, speaker;
    const char *name, *role, *org;
    unsigned stance; /* one bit per label */
    int first;       /* first label or -1 */
    int has_stance;
    const char *target; /* the target phrase or NULL */
} ev_stmt;

typedef struct {
    int32_t start, end;
    int type;
} ev_ent;

typedef struct {
    const char *id;
    const char *text;
    size_t tlen;
    int has_ents, has_stmts, coarse, sentence_scoring, used;
    ev_ent *ents;
    int nents;
    ev_stmt *stmts;
    int nstmts;
    ws_span *sents;
    int nsents;
    int32_t *cps; /* gold: the text's code points */
    int32_t ncp;
} ev_doc;

typedef struct {
    long tp, fp, fn;
} ev_prf;

typedef struct {
    long gold, pred;
    long tpg[3], tpp[3]; /* matched, by gold kind / by predicted kind */
    long spk;            /* @0.5 pairs with the right speaker (gold kind) */
    long e2eg, e2ep;     /* the same by gold kind / by predicted kind */
} ev_kstat;

#define EV_NSHOW 5

struct ws_eval {
    ws_eval_options opt;
    int per_sentence, decided;
    ws_arena *ga, *ra;
    ev_doc *gold;
    int ngold, capgold;
    int32_t *idtab, *txtab; /* open addressing, gold index + 1 */
    size_t tabcap;
    long nrec, m_id, m_text, m_order, unrec, shifted, differ;
    const char *unrec_ids[EV_NSHOW];
    int ent_scored, stmt_scored, stance_scored, finished;
    ev_prf ent[NT + 1];
    long entg[NT + 1];
    ev_kstat ks[NK + 1];
    long kind_ok, role_ok, role_n, org_ok, org_n;
    ev_prf lab[2][NL]; /* [0] matched statements, [1] end to end */
    long st_n[2], st_exact[2];
    long conf[NL][NL + 1];
    long tgt_n, tgt_ok, tgt_none; /* targets: scored, agreeing, no target */
    double tgt_f1sum;             /* sum of the token F1s */
};

/* ---- small helpers ---- */

static uint64_t
ev_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static int32_t
ev_cplen(const char *s, size_t n)
{
    int32_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            k++;
    return k;
}

static int32_t
ev_min32(int32_t a, int32_t b)
{
    return a < b ? a : b;
}

static int32_t
ev_max32(int32_t a, int32_t b)
{
    return a > b ? a : b;
}

static int32_t
ev_span_overlap(ws_span a, ws_span b)
{
    if (a.start < 0 || b.start < 0)
        return 0;
    int32_t o = ev_min32(a.end, b.end) - ev_max32(a.start, b.start);
    return o > 0 ? o : 0;
}

static double
ev_pct(long a, long b)
{
    return b > 0 ? 100.0 * (double)a / (double)b : NAN;
}

/* F1 in percent from precision and recall counts. */
static double
ev_f1pr(long tpp, long pred, long tpg, long gold)
{
    if (pred == 0 && gold == 0)
        return NAN;
    double p = pred > 0 ? (double)tpp / (double)pred : 0.0;
    double r = gold > 0 ? (double)tpg / (double)gold : 0.0;
    return p + r > 0 ? 200.0 * p * r / (p + r) : 0.0;
}

static double
ev_prf_f1(ev_prf c)
{
    long d = 2 * c.tp + c.fp + c.fn;
    return d > 0 ? 200.0 * (double)c.tp / (double)d : NAN;
}

/* ---- the top-level scanner: finds members without parsing values ---- */

static const char *
ev_skip_string(const char *p, const char *end)
{
    p++;
    while (p < end && *p != '"') {
        if (*p == '\\')
            p++;
        p++;
    }
    return p < end ? p + 1 : NULL;
}

static const char *
ev_skip_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

/* Skips one value; returns the pointer after it or NULL when malformed. */
static const char *
ev_skip_value(const char *p, const char *end)
{
    if (p >= end)
        return NULL;
    if (*p == '"')
        return ev_skip_string(p, end);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (p < end) {
            if (*p == '"') {
                p = ev_skip_string(p, end);
                if (p == NULL)
                    return NULL;
                continue;
            }
            if (*p == '{' || *p == '[') {
                depth++;
            } else if (*p == '}' || *p == ']') {
                if (--depth == 0)
                    return p + 1;
            }
            p++;
        }
        return NULL;
    }
    const char *q = p;
    while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' &&
           *p != '\t' && *p != '\n' && *p != '\r')
        p++;
    return p > q ? p : NULL;
}

enum { M_ID, M_TEXT, M_META, M_ENTS, M_STMTS, M_SENTS, M_N };
static const char *const ev_members[M_N] = {
    "id", "text", "meta", "entities", "statements", "sentences"};

typedef struct {
    const ws_json *v[M_N];
} ev_raw;

/* Parses the members the scorer reads from one JSON object line. */
static int
ev_scan(ws_arena *a, const char *buf, size_t len, ev_raw *out, char *err,
        size_t errlen)
{
    const char *p = buf, *end = buf + len;
    memset(out, 0, sizeof(*out));
    p = ev_skip_ws(p, end);
    if (p >= end || *p != '{') {
        snprintf(err, errlen, "not a JSON object");
        return -WS_ENOTOBJ;
    }
    p = ev_skip_ws(p + 1, end);
    if (p < end && *p == '}')
        return 0;
    for (;;) {
        if (p >= end || *p != '"')
            goto bad;
        const char *k = p + 1;
        p = ev_skip_string(p, end);
        if (p == NULL)
            goto bad;
        size_t kl = (size_t)(p - 1 - k);
        p = ev_skip_ws(p, end);
        if (p >= end || *p != ':')
            goto bad;
        p = ev_skip_ws(p + 1, end);
        const char *v = p;
        p = ev_skip_value(p, end);
        if (p == NULL)
            goto bad;
        for (int m = 0; m < M_N; m++) {
            if (strlen(ev_members[m]) == kl &&
                memcmp(ev_members[m], k, kl) == 0) {
                ws_json *j;
                char e2[160];
                int rc =
                    ws_json_parse(a, v, (size_t)(p - v), &j, e2, sizeof e2);
                if (rc < 0) {
                    snprintf(err, errlen, "member \"%s\" at byte %ld: %s",
                             ev_members[m], (long)(v - buf), e2);
                    return rc;
                }
                out->v[m] = j;
            }
        }
        p = ev_skip_ws(p, end);
        if (p < end && *p == ',') {
            p = ev_skip_ws(p + 1, end);
            continue;
        }
        if (p < end && *p == '}') {
            p = ev_skip_ws(p + 1, end);
            if (p != end) {
                snprintf(err, errlen, "trailing characters at byte %ld",
                         (long)(p - buf));
                return -WS_EJSON;
            }
            return 0;
        }
        goto bad;
    }
bad:
    snprintf(err, errlen, "malformed JSON at byte %ld",
             (long)(p ? p - buf : 0));
    return -WS_EJSON;
}

/* ---- extraction into ev_doc ---- */

static int32_t
ev_num(const ws_json *o, const char *key, int32_t dflt)
{
    const ws_json *v = ws_json_get(o, key);
    return v != NULL && v->type == WS_JNUM ? (int32_t)v->num : dflt;
}

static const char *
ev_str(const ws_json *o, const char *key)
{
    const ws_json *v = ws_json_get(o, key);
    return v != NULL && v->type == WS_JSTR ? v->s : NULL;
}

static ws_span
ev_span(const ws_json *o, int32_t delta)
{
    ws_span s = {-1, -1};
    if (o == NULL || o->type != WS_JOBJ)
        return s;
    int32_t a = ev_num(o, "start", -1), b = ev_num(o, "end", -1);
    if (a < 0 || b < a)
        return s;
    s.start = a - delta;
    s.end = b - delta;
    return s;
}

static int
ev_span_cmp(const void *a, const void *b)
{
    const ws_span *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return (x->end > y->end) - (x->end < y->end);
}

/* Sorts and merges segments in place; sets the union's length. */
static void
ev_union(ev_stmt *s)
{
    if (s->nseg > 1)
        qsort(s->seg, (size_t)s->nseg, sizeof(ws_span), ev_span_cmp);
    int n = 0;
    for (int i = 0; i < s->nseg; i++) {
        if (s->seg[i].end <= s->seg[i].start)
            continue;
        if (n > 0 && s->seg[i].start <= s->seg[n - 1].end) {
            if (s->seg[i].end > s->seg[n - 1].end)
                s->seg[n - 1].end = s->seg[i].end;
        } else {
            s->seg[n++] = s->seg[i];
        }
    }
    s->nseg = n;
    s->clen = 0;
    for (int i = 0; i < n; i++)
        s->clen += s->seg[i].end - s->seg[i].start;
}

static bool
ev_trimmable(int32_t cp)
{
    return ws_cp_is_space(cp) || ws_cp_is_quote(cp);
}

/* Complementizers that may open an indirect statement's content. */
static const char *const ev_comps[] = {
    "that", "dass", "daß", "que",   "qu'", "qu\u2019",
    "że",   "iż",   "что", "чтобы", "що",  "щоб",
};

/* Length in code points of a complementizer word at cps[a] (followed by
 * white space, or ending in an apostrophe), or 0. */
static int32_t
ev_comp_len(const int32_t *cps, int32_t a, int32_t b)
{
    for (size_t w = 0; w < sizeof ev_comps / sizeof *ev_comps; w++) {
        const char *p = ev_comps[w];
        size_t len = strlen(p), k = 0;
        int32_t i = a, cp = 0;
        bool same = true;
        while (same && k < len && i < b) {
            cp = ws_utf8_decode(p, len, &k);
            same = cp == cps[i++];
        }
        if (same && k == len && i < b &&
            (cp == '\'' || cp == 0x2019 || ws_cp_is_space(cps[i])))
            return i - a;
    }
    return 0;
}

/* Trims white space and quotation marks off both ends of every content
 * segment (cps: the gold text), and one leading complementizer off the
 * first, so that contents are compared whichever convention a gold set
 * follows for quotation marks and for "that". */
static void
ev_trim(ev_stmt *s, const int32_t *cps, int32_t ncp)
{
    if (cps == NULL)
        return;
    for (int i = 0; i < s->nseg; i++) {
        int32_t a = s->seg[i].start, b = s->seg[i].end, n;
        if (a < 0 || b > ncp)
            continue;
        while (a < b && ev_trimmable(cps[a]))
            a++;
        while (b > a && ev_trimmable(cps[b - 1]))
            b--;
        if (i == 0 && (n = ev_comp_len(cps, a, b)) > 0) {
            for (a += n; a < b && ev_trimmable(cps[a]);)
                a++;
        }
        s->seg[i].start = a;
        s->seg[i].end = b;
    }
    ev_union(s);
}

static void
ev_stances(ev_stmt *s, const ws_json *st)
{
    s->first = -1;
    if (st == NULL || st->type == WS_JNULL)
        return;
    s->has_stance = 1;
    if (st->type == WS_JSTR) {
        int l = ws_stance_parse(st->s);
        if (l >= 0) {
            s->stance |= 1u << l;
            s->first = l;
        }
        return;
    }
    for (const ws_json *c = st->child; c != NULL; c = c->next) {
        if (c->type != WS_JSTR)
            continue;
        int l = ws_stance_parse(c->s);
        if (l < 0)
            continue;
        if (s->first < 0)
            s->first = l;
        s->stance |= 1u << l;
    }
}

static int
ev_extract_stmt(ws_arena *a, ev_stmt *s, const ws_json *o, int32_t delta)
{
    const char *k = ev_str(o, "kind");
    s->kind = k != NULL ? ws_kind_parse(k) : -1;
    const ws_json *c = ws_json_get(o, "content");
    if (c != NULL && c->type == WS_JARR && c->n > 0) {
        s->seg = ws_arena_alloc(a, sizeof(ws_span) * (size_t)c->n);
        if (s->seg == NULL)
            return -WS_ENOMEM;
        for (const ws_json *e = c->child; e != NULL; e = e->next) {
            ws_span sp = ev_span(e, delta);
            if (sp.start >= 0)
                s->seg[s->nseg++] = sp;
        }
    } else if (c != NULL && c->type == WS_JOBJ) {
        s->seg = ws_arena_alloc(a, sizeof(ws_span));
        if (s->seg == NULL)
            return -WS_ENOMEM;
        ws_span sp = ev_span(c, delta);
        if (sp.start >= 0)
            s->seg[s->nseg++] = sp;
    }
    ev_union(s);
    s->cue = ev_span(ws_json_get(o, "cue"), delta);
    s->speaker = ev_span(ws_json_get(o, "speaker"), delta);
    s->name = ev_str(o, "speaker_name");
    s->role = ev_str(o, "speaker_role");
    s->org = ev_str(o, "speaker_org");
    ev_stances(s, ws_json_get(o, "stance"));
    s->target = ev_str(o, "target");
    if (s->target != NULL && s->target[0] == '\0')
        s->target = NULL;
    return 0;
}

/* Fills the annotations of d from raw members; offsets minus delta. */
static int
ev_extract(ws_arena *a, ev_doc *d, const ev_raw *r, int32_t delta,
           int want_sents)
{
    const ws_json *e = r->v[M_ENTS];
    if (e != NULL && e->type == WS_JARR) {
        d->has_ents = 1;
        d->ents = ws_arena_alloc(a, sizeof(ev_ent) * (size_t)(e->n + 1));
        if (d->ents == NULL)
            return -WS_ENOMEM;
        for (const ws_json *c = e->child; c != NULL; c = c->next) {
            ws_span sp = ev_span(c, delta);
            const char *t = ev_str(c, "type");
            int ty = t != NULL ? ws_etype_parse(t) : -1;
            if (sp.start < 0 || ty < 0)
                continue;
            if (t != NULL && strcmp(t, "PER") == 0)
                d->coarse = 1;
            ev_ent *x = &d->ents[d->nents++];
            x->start = sp.start;
            x->end = sp.end;
            x->type = ty;
        }
    }
    const ws_json *s = r->v[M_STMTS];
    if (s != NULL && s->type == WS_JARR) {
        d->has_stmts = 1;
        d->stmts = ws_arena_alloc(a, sizeof(ev_stmt) * (size_t)(s->n + 1));
        if (d->stmts == NULL)
            return -WS_ENOMEM;
        for (const ws_json *c = s->child; c != NULL; c = c->next) {
            if (c->type != WS_JOBJ)
                continue;
            int rc = ev_extract_stmt(a, &d->stmts[d->nstmts], c, delta);
            if (rc < 0)
                return rc;
            d->nstmts++;
        }
    }
    const ws_json *se = r->v[M_SENTS];
    if (want_sents && se != NULL && se->type == WS_JARR && se->n > 0) {
        d->sents = ws_arena_alloc(a, sizeof(ws_span) * (size_t)se->n);
        if (d->sents == NULL)
            return -WS_ENOMEM;
        for (const ws_json *c = se->child; c != NULL; c = c->next) {
            ws_span sp = ev_span(c, delta);
            if (sp.start >= 0)
                d->sents[d->nsents++] = sp;
        }
    }
    const ws_json *m = r->v[M_META];
    const char *sc = m != NULL ? ev_str(m, "scoring") : NULL;
    if (sc != NULL && strstr(sc, "sentence") != NULL)
        d->sentence_scoring = 1;
    return 0;
}

/* ---- gold tables ---- */

static int
ev_ent_cmp(const void *a, const void *b)
{
    const ev_ent *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return (x->type > y->type) - (x->type < y->type);
}

static int
ev_tab_grow(ws_eval *ev)
{
    size_t cap = ev->tabcap ? ev->tabcap * 2 : 64;
    int32_t *a = calloc(cap, sizeof(int32_t)),
            *b = calloc(cap, sizeof(int32_t));
    if (a == NULL || b == NULL) {
        free(a);
        free(b);
        return -WS_ENOMEM;
    }
    free(ev->idtab);
    free(ev->txtab);
    ev->idtab = a;
    ev->txtab = b;
    ev->tabcap = cap;
    for (int i = 0; i < ev->ngold; i++) {
        const ev_doc *g = &ev->gold[i];
        if (g->id != NULL) {
            size_t h = ev_hash(g->id, strlen(g->id)) & (cap - 1);
            while (a[h] != 0)
                h = (h + 1) & (cap - 1);
            a[h] = i + 1;
        }
        if (g->text != NULL) {
            size_t h = ev_hash(g->text, g->tlen) & (cap - 1);
            while (b[h] != 0)
                h = (h + 1) & (cap - 1);
            b[h] = i + 1;
        }
    }
    return 0;
}

static int
ev_find(const ws_eval *ev, int by_text, const char *s, size_t n)
{
    if (ev->tabcap == 0 || s == NULL)
        return -1;
    const int32_t *t = by_text ? ev->txtab : ev->idtab;
    size_t h = ev_hash(s, n) & (ev->tabcap - 1);
    while (t[h] != 0) {
        const ev_doc *g = &ev->gold[t[h] - 1];
        const char *k = by_text ? g->text : g->id;
        size_t kl = by_text ? g->tlen : (g->id ? strlen(g->id) : 0);
        if (k != NULL && kl == n && memcmp(k, s, n) == 0 && !g->used)
            return t[h] - 1;
        h = (h + 1) & (ev->tabcap - 1);
    }
    return -1;
}

ws_eval *
ws_eval_new(const ws_eval_options *opt)
{
    ws_eval *ev = calloc(1, sizeof(*ev));
    if (ev == NULL)
        return NULL;
    if (opt != NULL)
        ev->opt = *opt;
    else
        ev->opt.per_sentence = -1;
    ev->ga = ws_arena_new();
    ev->ra = ws_arena_new();
    if (ev->ga == NULL || ev->ra == NULL) {
        ws_eval_free(ev);
        return NULL;
    }
    return ev;
}

void
ws_eval_free(ws_eval *ev)
{
    if (ev == NULL)
        return;
    ws_arena_free(ev->ga);
    ws_arena_free(ev->ra);
    free(ev->gold);
    free(ev->idtab);
    free(ev->txtab);
    free(ev);
}

int
ws_eval_add_gold(ws_eval *ev, const char *line, size_t len, char *err,
                 size_t errlen)
{
    ev_raw r;
    int rc = ev_scan(ev->ga, line, len, &r, err, errlen);
    if (rc < 0)
        return rc;
    if (r.v[M_TEXT] == NULL || r.v[M_TEXT]->type != WS_JSTR) {
        snprintf(err, errlen, "gold document without a string \"text\"");
        return -WS_ENOTEXT;
    }
    if (ev->ngold == ev->capgold) {
        int cap = ev->capgold ? ev->capgold * 2 : 64;
        ev_doc *g = realloc(ev->gold, sizeof(ev_doc) * (size_t)cap);
        if (g == NULL)
            return -WS_ENOMEM;
        ev->gold = g;
        ev->capgold = cap;
    }
    ev_doc *d = &ev->gold[ev->ngold];
    memset(d, 0, sizeof(*d));
    d->text = r.v[M_TEXT]->s;
    d->tlen = r.v[M_TEXT]->slen;
    if (r.v[M_ID] != NULL && r.v[M_ID]->type == WS_JSTR)
        d->id = r.v[M_ID]->s;
    rc = ev_extract(ev->ga, d, &r, 0, 0);
    if (rc < 0) {
        snprintf(err, errlen, "out of memory");
        return rc;
    }
    if (d->nents > 1)
        qsort(d->ents, (size_t)d->nents, sizeof(ev_ent), ev_ent_cmp);
    d->cps = ws_arena_alloc(ev->ga, sizeof(int32_t) * (d->tlen + 1));
    if (d->cps == NULL) {
        snprintf(err, errlen, "out of memory");
        return -WS_ENOMEM;
    }
    for (size_t i = 0; i < d->tlen;)
        d->cps[d->ncp++] = ws_utf8_decode(d->text, d->tlen, &i);
    for (int i = 0; i < d->nstmts; i++)
        ev_trim(&d->stmts[i], d->cps, d->ncp);
    ev->ngold++;
    if ((size_t)ev->ngold * 2 > ev->tabcap)
        return ev_tab_grow(ev);
    /* insert the new document */
    size_t cap = ev->tabcap;
    if (d->id != NULL) {
        size_t h = ev_hash(d->id, strlen(d->id)) & (cap - 1);
        while (ev->idtab[h] != 0)
            h = (h + 1) & (cap - 1);
        ev->idtab[h] = ev->ngold;
    }
    size_t h = ev_hash(d->text, d->tlen) & (cap - 1);
    while (ev->txtab[h] != 0)
        h = (h + 1) & (cap - 1);
    ev->txtab[h] = ev->ngold;
    return 0;
}

/* Decides per-sentence scoring once the gold is complete. */
static void
ev_decide(ws_eval *ev)
{
    if (ev->decided)
        return;
    ev->decided = 1;
    if (ev->opt.per_sentence >= 0) {
        ev->per_sentence = ev->opt.per_sentence;
        return;
    }
    int nst = 0, sentence = 0;
    for (int i = 0; i < ev->ngold; i++) {
        const ev_doc *g = &ev->gold[i];
        sentence |= g->sentence_scoring;
        for (int j = 0; j < g->nstmts; j++) {
            if (g->stmts[j].clen > 0)
                return;
            nst++;
        }
    }
    ev->per_sentence = nst > 0 && sentence;
}

static const char *
ev_memmem(const char *h, size_t hl, const char *n, size_t nl)
{
    if (nl == 0 || nl > hl)
        return NULL;
    const char *end = h + (hl - nl) + 1;
    for (const char *p = h; p < end;) {
        const char *q = memchr(p, n[0], (size_t)(end - p));
        if (q == NULL)
            return NULL;
        if (memcmp(q, n, nl) == 0)
            return q;
        p = q + 1;
    }
    return NULL;
}

/* Record offsets minus delta = gold offsets, when one text holds the
 * other (after trimming white space).  Returns 0 when found. */
static int
ev_shift(const char *gt, size_t gl, const char *rt, size_t rl, int32_t *delta)
{
    *delta = 0;
    if (gl == rl && memcmp(gt, rt, gl) == 0)
        return 0;
    size_t g0 = 0, r0 = 0;
    while (g0 < gl && isspace((unsigned char)gt[g0]))
        g0++;
    while (gl > g0 && isspace((unsigned char)gt[gl - 1]))
        gl--;
    while (r0 < rl && isspace((unsigned char)rt[r0]))
        r0++;
    while (rl > r0 && isspace((unsigned char)rt[rl - 1]))
        rl--;
    if (gl - g0 == 0 || rl - r0 == 0)
        return -1;
    const char *p = ev_memmem(rt, rl, gt + g0, gl - g0);
    if (p != NULL) {
        *delta = ev_cplen(rt, (size_t)(p - rt)) - (int32_t)g0;
        return 0;
    }
    p = ev_memmem(gt, gl, rt + r0, rl - r0);
    if (p != NULL) {
        *delta = (int32_t)r0 - ev_cplen(gt, (size_t)(p - gt));
        return 0;
    }
    return -1;
}

/* ---- scoring one document ---- */

static void
ev_score_ents(ws_eval *ev, const ev_doc *g, ev_doc *r)
{
    ev->ent_scored = 1;
    for (int i = 0; i < g->nents; i++) {
        ev->entg[g->ents[i].type]++;
        ev->entg[NT]++;
    }
    if (r == NULL) {
        for (int i = 0; i < g->nents; i++) {
            ev->ent[g->ents[i].type].fn++;
            ev->ent[NT].fn++;
        }
        return;
    }
    /* map predictions onto the external tag set */
    int n = 0;
    for (int i = 0; i < r->nents; i++) {
        ev_ent x = r->ents[i];
        if (g->coarse) {
            if (x.type == WS_ROLE)
                continue;
            if (x.type == WS_GOV || x.type == WS_MEDIA)
                x.type = WS_ORG;
            if (x.type == WS_NORP)
                x.type = WS_MISC;
        }
        r->ents[n++] = x;
    }
    r->nents = n;
    if (r->nents > 1)
        qsort(r->ents, (size_t)r->nents, sizeof(ev_ent), ev_ent_cmp);
    /* both sorted: merge, each gold entity used once */
    int i = 0, j = 0;
    while (i < r->nents || j < g->nents) {
        int c = i >= r->nents   ? 1
                : j >= g->nents ? -1
                                : ev_ent_cmp(&r->ents[i], &g->ents[j]);
        if (c == 0) {
            ev->ent[r->ents[i].type].tp++;
            ev->ent[NT].tp++;
            i++;
            j++;
        } else if (c < 0) {
            ev->ent[r->ents[i].type].fp++;
            ev->ent[NT].fp++;
            i++;
        } else {
            ev->ent[g->ents[j].type].fn++;
            ev->ent[NT].fn++;
            j++;
        }
    }
}

/* Similarity of two statements: overlap and max length (0 = no match),
 * and whether they are exact. */
static void
ev_sim(const ev_stmt *g, const ev_stmt *p, int32_t *ov, int32_t *mx, int *exact)
{
    *ov = 0;
    *mx = 0;
    *exact = 0;
    if (g->clen > 0 && p->clen > 0) {
        int i = 0, j = 0;
        int32_t o = 0;
        while (i < g->nseg && j < p->nseg) {
            o += ev_span_overlap(g->seg[i], p->seg[j]);
            if (g->seg[i].end < p->seg[j].end)
                i++;
            else
                j++;
        }
        *ov = o;
        *mx = ev_max32(g->clen, p->clen);
        *exact = o == g->clen && o == p->clen;
        return;
    }
    if (g->cue.start < 0 || p->cue.start < 0)
        return;
    *ov = ev_span_overlap(g->cue, p->cue);
    *mx = ev_max32(g->cue.end - g->cue.start, p->cue.end - p->cue.start);
    *exact = g->clen == 0 && p->clen == 0 && g->cue.start == p->cue.start &&
             g->cue.end == p->cue.end;
}

typedef struct {
    double sim;
    int32_t ov, mx;
    int g, p, exact;
} ev_pair;

static int
ev_pair_cmp(const void *a, const void *b)
{
    const ev_pair *x = a, *y = b;
    if (x->sim != y->sim)
        return x->sim > y->sim ? -1 : 1;
    if (x->g != y->g)
        return x->g < y->g ? -1 : 1;
    return (x->p > y->p) - (x->p < y->p);
}

static int
ev_level_ok(const ev_pair *pr, int level)
{
    switch (level) {
    case 0:
        return 2 * (int64_t)pr->ov >= pr->mx;
    case 1:
        return 5 * (int64_t)pr->ov >= 4 * (int64_t)pr->mx;
    default:
        return pr->exact;
    }
}

/* Folds a name for comparison: case-folded, trimmed, without "the ". */
static const char *
ev_fold_name(const char *s, char *buf, size_t cap)
{
    int n = ws_utf8_fold(s, strlen(s), buf, cap);
    if (n < 0) {
        size_t i = 0;
        for (; s[i] != '\0' && i + 1 < cap; i++)
            buf[i] = (char)tolower((unsigned char)s[i]);
        buf[i] = '\0';
        n = (int)i;
    }
    while (n > 0 && isspace((unsigned char)buf[n - 1]))
        buf[--n] = '\0';
    const char *p = buf;
    while (isspace((unsigned char)*p))
        p++;
    if (strncmp(p, "the ", 4) == 0)
        p += 4;
    return p;
}

int
ws_eval_name_match(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return 0;
    char ba[512], bb[512];
    const char *x = ev_fold_name(a, ba, sizeof ba);
    const char *y = ev_fold_name(b, bb, sizeof bb);
    if (*x == '\0' || *y == '\0')
        return 0;
    if (strcmp(x, y) == 0)
        return 1;
    /* surname rule: a one-word name equal to the other's last word */
    for (int pass = 0; pass < 2; pass++) {
        const char *one = pass ? y : x, *full = pass ? x : y;
        if (strchr(one, ' ') != NULL)
            continue;
        const char *last = strrchr(full, ' ');
        if (last != NULL && strcmp(last + 1, one) == 0)
            return 1;
    }
    return 0;
}

static int
ev_speaker_ok(const ev_stmt *g, const ev_stmt *p)
{
    if (ev_span_overlap(g->speaker, p->speaker) > 0)
        return 1;
    if (ws_eval_name_match(g->name, p->name))
        return 1;
    if (g->speaker.start < 0 && g->name == NULL)
        return p->speaker.start < 0 && p->name == NULL;
    return 0;
}

static void
ev_stance_pair(ws_eval *ev, int which, unsigned gs, unsigned ps, int gfirst,
               int pfirst)
{
    ev->st_n[which]++;
    if (gs == ps)
        ev->st_exact[which]++;
    for (int l = 0; l < NL; l++) {
        int a = (gs >> l) & 1, b = (ps >> l) & 1;
        if (a && b)
            ev->lab[which][l].tp++;
        else if (a)
            ev->lab[which][l].fn++;
        else if (b)
            ev->lab[which][l].fp++;
    }
    if (which == 0 && gfirst >= 0)
        ev->conf[gfirst][pfirst >= 0 ? pfirst : NL]++;
}

/* ---- targets ---- */

enum { EV_TGT_TOKS = 64, EV_TGT_TOKLEN = 48 };

/* Splits s into case-folded word tokens (runs of letters and digits) in
 * tok (at most EV_TGT_TOKS, each cut at EV_TGT_TOKLEN - 1 bytes);
 * returns their number. */
static int
ev_target_tokens(const char *s, char tok[][EV_TGT_TOKLEN])
{
    int n = 0;
    size_t len = strlen(s), i = 0;
    while (i < len && n < EV_TGT_TOKS) {
        size_t a = i;
        int32_t cp = ws_utf8_decode(s, len, &i);
        if (!ws_cp_is_letter(cp) && !ws_cp_is_digit(cp))
            continue;
        size_t b = i;
        while (b < len) {
            size_t j = b;
            cp = ws_utf8_decode(s, len, &j);
            if (!ws_cp_is_letter(cp) && !ws_cp_is_digit(cp))
                break;
            b = j;
        }
        i = b;
        if (ws_utf8_fold(s + a, b - a, tok[n], EV_TGT_TOKLEN) < 0) {
            /* too long for the buffer: the first bytes, unfolded */
            size_t k = b - a < EV_TGT_TOKLEN - 1 ? b - a : EV_TGT_TOKLEN - 1;
            memcpy(tok[n], s + a, k);
            tok[n][k] = '\0';
        }
        n++;
    }
    return n;
}

/* Token overlap of two target phrases: the number of tokens they share
 * (as multisets) and their token counts. */
void
ws_eval_target_overlap(const char *g, const char *p, int *common, int *ng,
                       int *np)
{
    char gt[EV_TGT_TOKS][EV_TGT_TOKLEN], pt[EV_TGT_TOKS][EV_TGT_TOKLEN];
    int used[EV_TGT_TOKS] = {0};
    *ng = g != NULL ? ev_target_tokens(g, gt) : 0;
    *np = p != NULL ? ev_target_tokens(p, pt) : 0;
    *common = 0;
    for (int i = 0; i < *ng; i++)
        for (int j = 0; j < *np; j++)
            if (!used[j] && strcmp(gt[i], pt[j]) == 0) {
                used[j] = 1;
                (*common)++;
                break;
            }
}

/* Scores the predicted target p (NULL: none) against the gold target
 * g: agreement when the shared tokens are at least half of the longer
 * phrase's; the token F1 is summed for the mean. */
static void
ev_target_pair(ws_eval *ev, const char *g, const char *p)
{
    int c, ng, np;
    ws_eval_target_overlap(g, p, &c, &ng, &np);
    if (ng == 0)
        return;
    ev->tgt_n++;
    if (np == 0) {
        ev->tgt_none++;
        return;
    }
    if (2 * c >= (ng > np ? ng : np) && c > 0)
        ev->tgt_ok++;
    ev->tgt_f1sum += 2.0 * c / (ng + np);
}

/* The best token overlap of target g among the targets of the
 * predicted statements in sentence sent of r (per-sentence scoring). */
static void
ev_target_sentence(ws_eval *ev, const char *g, const ev_doc *r, ws_span sent)
{
    const char *best = NULL;
    double bs = -1;
    for (int i = 0; r != NULL && i < r->nstmts; i++) {
        const ev_stmt *p = &r->stmts[i];
        int in = ev_span_overlap(p->cue, sent) > 0;
        for (int k = 0; k < p->nseg && !in; k++)
            in = ev_span_overlap(p->seg[k], sent) > 0;
        if (!in || p->target == NULL)
            continue;
        int c, ng, np;
        ws_eval_target_overlap(g, p->target, &c, &ng, &np);
        double f = ng + np > 0 ? 2.0 * c / (ng + np) : 0;
        if (f > bs) {
            bs = f;
            best = p->target;
        }
    }
    ev_target_pair(ev, g, best);
}

/* Per-sentence stance for gold statement gs of g against record r. */
static void
ev_stance_sentence(ws_eval *ev, const ev_stmt *gs, const ev_doc *r)
{
    unsigned ps = 0;
    int pfirst = -1, pfirst_nn = -1;
    ws_span sent = {0, INT32_MAX};
    if (r != NULL) {
        int32_t at = gs->cue.start >= 0 ? gs->cue.start
                     : gs->nseg > 0     ? gs->seg[0].start
                                        : -1;
        for (int i = 0; at >= 0 && i < r->nsents; i++) {
            if (r->sents[i].start <= at && at < r->sents[i].end) {
                sent = r->sents[i];
                break;
            }
        }
        for (int i = 0; i < r->nstmts; i++) {
            const ev_stmt *p = &r->stmts[i];
            int in = ev_span_overlap(p->cue, sent) > 0;
            for (int k = 0; k < p->nseg && !in; k++)
                in = ev_span_overlap(p->seg[k], sent) > 0;
            if (!in)
                continue;
            ps |= p->stance;
            if (pfirst < 0)
                pfirst = p->first;
            if (pfirst_nn < 0 && p->first >= 0 && p->first != WS_NEUTRAL)
                pfirst_nn = p->first;
        }
        if (ps & ~(1u << WS_NEUTRAL)) {
            ps &= ~(1u << WS_NEUTRAL);
            pfirst = pfirst_nn;
            if (pfirst < 0) {
                for (int l = 0; l < NL; l++)
                    if ((ps >> l) & 1) {
                        pfirst = l;
                        break;
                    }
            }
        }
    }
    ev_stance_pair(ev, 0, gs->stance, ps, gs->first, pfirst);
    ev_stance_pair(ev, 1, gs->stance, ps, gs->first, pfirst);
    if (gs->target != NULL)
        ev_target_sentence(ev, gs->target, r, sent);
}

static int
ev_kidx(int k)
{
    return k >= 0 && k < NK ? k : -1;
}

/* Writes the text of span sp of g (at most 200 code points) to out, tabs
 * and line breaks as spaces. */
static void
ev_put_span(FILE *out, const ev_doc *g, ws_span sp)
{
    if (g->cps == NULL || sp.start < 0 || sp.end > g->ncp)
        return;
    int32_t end = sp.end - sp.start > 200 ? sp.start + 200 : sp.end;
    for (int32_t i = sp.start; i < end; i++) {
        char u[4];
        int32_t c = g->cps[i];
        int n = ws_cp_is_space(c) ? (u[0] = ' ', 1) : ws_utf8_encode(c, u);
        fwrite(u, 1, (size_t)(n > 0 ? n : 0), out);
    }
    if (end < sp.end)
        fputs("...", out);
}

/* A statement's speaker for the error list: its resolved name, else the
 * text of its speaker span, else "-". */
static void
ev_put_speaker(FILE *out, const ev_doc *g, const ev_stmt *s)
{
    if (s == NULL)
        fputc('-', out);
    else if (s->name != NULL)
        for (const char *c = s->name; *c != '\0'; c++)
            fputc(*c == '\t' || *c == '\n' ? ' ' : *c, out);
    else if (s->speaker.start >= 0)
        ev_put_span(out, g, s->speaker);
    else
        fputc('-', out);
}

/* One line of the statement error list (ws_eval_options.errors). */
static void
ev_put_error(FILE *out, const ev_doc *g, const char *what, const ev_stmt *gs,
             const ev_stmt *ps)
{
    const ev_stmt *c = gs != NULL ? gs : ps;
    fprintf(out, "%s\t%s\t%s\t%s\t", g->id != NULL ? g->id : "-", what,
            gs != NULL && gs->kind >= 0 ? ws_kind_name(gs->kind) : "-",
            ps != NULL && ps->kind >= 0 ? ws_kind_name(ps->kind) : "-");
    ev_put_span(out, g, (ps != NULL ? ps : gs)->cue);
    fputc('\t', out);
    ev_put_speaker(out, g, gs);
    fputc('\t', out);
    ev_put_speaker(out, g, ps);
    fputc('\t', out);
    for (int i = 0; i < c->nseg; i++) {
        if (i > 0)
            fputs(" | ", out);
        ev_put_span(out, g, c->seg[i]);
    }
    fputc('\n', out);
}

static int
ev_score_stmts(ws_eval *ev, const ev_doc *g, const ev_doc *r)
{
    ev->stmt_scored = 1;
    int G = g->nstmts, P = r != NULL ? r->nstmts : 0;
    for (int i = 0; i < G; i++) {
        int k = ev_kidx(g->stmts[i].kind);
        ev->ks[NK].gold++;
        if (k >= 0)
            ev->ks[k].gold++;
        if (g->stmts[i].has_stance)
            ev->stance_scored = 1;
    }
    for (int j = 0; j < P; j++) {
        int k = ev_kidx(r->stmts[j].kind);
        ev->ks[NK].pred++;
        if (k >= 0)
            ev->ks[k].pred++;
    }
    if (ev->per_sentence) {
        for (int i = 0; i < G; i++)
            if (g->stmts[i].has_stance)
                ev_stance_sentence(ev, &g->stmts[i], r);
    }
    /* candidate pairs */
    size_t npairs = 0, cap = 0;
    ev_pair *pairs = NULL;
    for (int i = 0; i < G; i++) {
        for (int j = 0; j < P; j++) {
            ev_pair pr = {0};
            ev_sim(&g->stmts[i], &r->stmts[j], &pr.ov, &pr.mx, &pr.exact);
            if (pr.ov <= 0 || pr.mx <= 0 || 2 * (int64_t)pr.ov < pr.mx)
                continue;
            if (npairs == cap) {
                cap = cap ? cap * 2 : 64;
                ev_pair *np = realloc(pairs, cap * sizeof(*pairs));
                if (np == NULL) {
                    free(pairs);
                    return -WS_ENOMEM;
                }
                pairs = np;
            }
            pr.sim = (double)pr.ov / (double)pr.mx;
            pr.g = i;
            pr.p = j;
            pairs[npairs++] = pr;
        }
    }
    if (npairs > 1)
        qsort(pairs, npairs, sizeof(*pairs), ev_pair_cmp);
    int *gm = malloc(sizeof(int) * (size_t)(G + 1));
    int *pm = malloc(sizeof(int) * (size_t)(P + 1));
    if (gm == NULL || pm == NULL) {
        free(gm);
        free(pm);
        free(pairs);
        return -WS_ENOMEM;
    }
    for (int level = 2; level >= 0; level--) {
        for (int i = 0; i < G; i++)
            gm[i] = -1;
        for (int j = 0; j < P; j++)
            pm[j] = -1;
        for (size_t x = 0; x < npairs; x++) {
            const ev_pair *pr = &pairs[x];
            if (gm[pr->g] >= 0 || pm[pr->p] >= 0 || !ev_level_ok(pr, level))
                continue;
            gm[pr->g] = pr->p;
            pm[pr->p] = pr->g;
            int gk = ev_kidx(g->stmts[pr->g].kind);
            int pk = ev_kidx(r->stmts[pr->p].kind);
            ev->ks[NK].tpg[level]++;
            ev->ks[NK].tpp[level]++;
            if (gk >= 0)
                ev->ks[gk].tpg[level]++;
            if (pk >= 0)
                ev->ks[pk].tpp[level]++;
        }
    }
    /* level 0 assignment is in gm/pm now */
    FILE *eo = ev->opt.errors;
    for (int j = 0; eo != NULL && j < P; j++)
        if (pm[j] < 0)
            ev_put_error(eo, g, "extra", NULL, &r->stmts[j]);
    for (int i = 0; i < G; i++) {
        const ev_stmt *gs = &g->stmts[i];
        int gk = ev_kidx(gs->kind);
        if (eo != NULL && gm[i] < 0)
            ev_put_error(eo, g, "miss", gs, NULL);
        else if (eo != NULL && !ev_speaker_ok(gs, &r->stmts[gm[i]]))
            ev_put_error(eo, g, "speaker", gs, &r->stmts[gm[i]]);
        else if (eo != NULL && gs->kind >= 0 &&
                 gs->kind != r->stmts[gm[i]].kind)
            ev_put_error(eo, g, "kind", gs, &r->stmts[gm[i]]);
        if (gm[i] < 0) {
            if (gs->has_stance && !ev->per_sentence)
                ev_stance_pair(ev, 1, gs->stance, 0, gs->first, -1);
            continue;
        }
        const ev_stmt *ps = &r->stmts[gm[i]];
        int pk = ev_kidx(ps->kind);
        if (ev_speaker_ok(gs, ps)) {
            ev->ks[NK].spk++;
            if (gk >= 0)
                ev->ks[gk].spk++;
            ev->ks[NK].e2eg++;
            ev->ks[NK].e2ep++;
            if (gk >= 0)
                ev->ks[gk].e2eg++;
            if (pk >= 0)
                ev->ks[pk].e2ep++;
        }
        if (gs->kind >= 0 && gs->kind == ps->kind)
            ev->kind_ok++;
        if (gs->role != NULL) {
            ev->role_n++;
            ev->role_ok += ws_eval_name_match(gs->role, ps->role);
        }
        if (gs->org != NULL) {
            ev->org_n++;
            ev->org_ok += ws_eval_name_match(gs->org, ps->org);
        }
        if (gs->has_stance && !ev->per_sentence) {
            ev_stance_pair(ev, 0, gs->stance, ps->stance, gs->first, ps->first);
            ev_stance_pair(ev, 1, gs->stance, ps->stance, gs->first, ps->first);
        }
        if (gs->target != NULL && !ev->per_sentence)
            ev_target_pair(ev, gs->target, ps->target);
    }
    free(gm);
    free(pm);
    free(pairs);
    return 0;
}

static void
ev_score_doc(ws_eval *ev, const ev_doc *g, ev_doc *r)
{
    if (g->has_ents)
        ev_score_ents(ev, g, r);
    if (g->has_stmts)
        ev_score_stmts(ev, g, r);
}

int
ws_eval_add_record(ws_eval *ev, const char *line, size_t len, char *err,
                   size_t errlen)
{
    ev_decide(ev);
    ws_arena_reset(ev->ra);
    ev_raw r;
    int rc = ev_scan(ev->ra, line, len, &r, err, errlen);
    if (rc < 0)
        return rc;
    long k = ev->nrec++;
    const char *id =
        r.v[M_ID] != NULL && r.v[M_ID]->type == WS_JSTR ? r.v[M_ID]->s : NULL;
    const char *text = NULL;
    size_t tlen = 0;
    if (r.v[M_TEXT] != NULL && r.v[M_TEXT]->type == WS_JSTR) {
        text = r.v[M_TEXT]->s;
        tlen = r.v[M_TEXT]->slen;
    }
    int gi = id != NULL ? ev_find(ev, 0, id, strlen(id)) : -1;
    int32_t delta = 0;
    if (gi >= 0) {
        ev->m_id++;
    } else if ((gi = ev_find(ev, 1, text, tlen)) >= 0) {
        ev->m_text++;
    } else if (k < ev->ngold && !ev->gold[k].used && text != NULL &&
               ev_shift(ev->gold[k].text, ev->gold[k].tlen, text, tlen,
                        &delta) == 0) {
        gi = (int)k;
        ev->m_order++;
    }
    if (gi < 0) {
        if (ev->unrec < EV_NSHOW)
            ev->unrec_ids[ev->unrec] =
                ws_arena_strdup(ev->ga, id != NULL ? id : "(no id)");
        ev->unrec++;
        return 0;
    }
    ev_doc *g = &ev->gold[gi];
    g->used = 1;
    if (text != NULL && (g->tlen != tlen || memcmp(g->text, text, tlen))) {
        if (ev_shift(g->text, g->tlen, text, tlen, &delta) == 0)
            ev->shifted++;
        else
            ev->differ++;
    }
    ev_doc d;
    memset(&d, 0, sizeof d);
    d.id = id;
    rc = ev_extract(ev->ra, &d, &r, delta, ev->per_sentence);
    if (rc < 0) {
        snprintf(err, errlen, "out of memory");
        return rc;
    }
    for (int i = 0; i < d.nstmts; i++)
        ev_trim(&d.stmts[i], g->cps, g->ncp);
    ev_score_doc(ev, g, &d);
    return 0;
}

void
ws_eval_finish(ws_eval *ev)
{
    ev_decide(ev);
    if (ev->finished)
        return;
    ev->finished = 1;
    for (int i = 0; i < ev->ngold; i++)
        if (!ev->gold[i].used)
            ev_score_doc(ev, &ev->gold[i], NULL);
}

int
ws_eval_read(ws_eval *ev, FILE *fp, const char *name, int gold, long *nbad)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    char err[256];
    int rc = 0;
    while ((n = getline(&line, &cap, fp)) >= 0) {
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        size_t i = 0;
        while (i < (size_t)n && isspace((unsigned char)line[i]))
            i++;
        if (i == (size_t)n)
            continue;
        err[0] = '\0';
        int r = gold ? ws_eval_add_gold(ev, line, (size_t)n, err, sizeof err)
                     : ws_eval_add_record(ev, line, (size_t)n, err, sizeof err);
        if (r == -WS_ENOMEM) {
            fprintf(stderr, "whosaid eval: %s:%ld: out of memory\n", name,
                    lineno);
            rc = r;
            break;
        }
        if (r < 0) {
            fprintf(stderr, "whosaid eval: %s:%ld: %s\n", name, lineno, err);
            if (nbad != NULL)
                (*nbad)++;
        }
    }
    if (rc == 0 && ferror(fp)) {
        fprintf(stderr, "whosaid eval: %s: read error\n", name);
        rc = -WS_EIO;
    }
    free(line);
    return rc;
}

/* ---- metrics ---- */

static double
ev_stance_macro(const ws_eval *ev, int which)
{
    double sum = 0;
    int n = 0;
    for (int l = 0; l < NL; l++) {
        ev_prf c = ev->lab[which][l];
        if (c.tp + c.fp + c.fn == 0)
            continue;
        sum += ev_prf_f1(c);
        n++;
    }
    return n > 0 ? sum / n : NAN;
}

static double
ev_stance_micro(const ws_eval *ev, int which)
{
    ev_prf t = {0, 0, 0};
    for (int l = 0; l < NL; l++) {
        t.tp += ev->lab[which][l].tp;
        t.fp += ev->lab[which][l].fp;
        t.fn += ev->lab[which][l].fn;
    }
    return ev->st_n[which] > 0 ? (t.tp + t.fp + t.fn > 0 ? ev_prf_f1(t) : 100.0)
                               : NAN;
}

static double
ev_kind_metric(const ws_eval *ev, int k, const char *what)
{
    const ev_kstat *s = &ev->ks[k];
    if (!ev->stmt_scored)
        return NAN;
    if (strcmp(what, "stmt_p") == 0)
        return ev_pct(s->tpp[0], s->pred);
    if (strcmp(what, "stmt_r") == 0)
        return ev_pct(s->tpg[0], s->gold);
    if (strcmp(what, "stmt_f1") == 0)
        return ev_f1pr(s->tpp[0], s->pred, s->tpg[0], s->gold);
    if (strcmp(what, "stmt_f1_08") == 0)
        return ev_f1pr(s->tpp[1], s->pred, s->tpg[1], s->gold);
    if (strcmp(what, "stmt_f1_exact") == 0)
        return ev_f1pr(s->tpp[2], s->pred, s->tpg[2], s->gold);
    if (strcmp(what, "speaker_acc") == 0)
        return ev_pct(s->spk, s->tpg[0]);
    if (strcmp(what, "e2e_f1") == 0)
        return ev_f1pr(s->e2ep, s->pred, s->e2eg, s->gold);
    return NAN;
}

int
ws_eval_metric(const ws_eval *ev, const char *name, double *out)
{
    static const char *const kindm[] = {
        "stmt_p",  "stmt_r",      "stmt_f1_08", "stmt_f1_exact",
        "stmt_f1", "speaker_acc", "e2e_f1"};
    *out = NAN;
    for (size_t i = 0; i < sizeof kindm / sizeof *kindm; i++) {
        size_t n = strlen(kindm[i]);
        if (strncmp(name, kindm[i], n) != 0)
            continue;
        if (name[n] == '\0') {
            *out = ev_kind_metric(ev, NK, kindm[i]);
            return 0;
        }
        if (name[n] == '_') {
            int k = ws_kind_parse(name + n + 1);
            if (k >= 0) {
                *out = ev_kind_metric(ev, k, kindm[i]);
                return 0;
            }
        }
    }
    if (strcmp(name, "kind_acc") == 0) {
        *out = ev_pct(ev->kind_ok, ev->ks[NK].tpg[0]);
    } else if (strcmp(name, "role_acc") == 0) {
        *out = ev_pct(ev->role_ok, ev->role_n);
    } else if (strcmp(name, "org_acc") == 0) {
        *out = ev_pct(ev->org_ok, ev->org_n);
    } else if (strcmp(name, "stance_micro") == 0) {
        *out = ev_stance_micro(ev, 0);
    } else if (strcmp(name, "stance_macro") == 0) {
        *out = ev_stance_macro(ev, 0);
    } else if (strcmp(name, "stance_exact") == 0) {
        *out = ev_pct(ev->st_exact[0], ev->st_n[0]);
    } else if (strcmp(name, "stance_micro_e2e") == 0) {
        *out = ev_stance_micro(ev, 1);
    } else if (strcmp(name, "stance_macro_e2e") == 0) {
        *out = ev_stance_macro(ev, 1);
    } else if (strcmp(name, "stance_exact_e2e") == 0) {
        *out = ev_pct(ev->st_exact[1], ev->st_n[1]);
    } else if (strcmp(name, "target_acc") == 0) {
        *out = ev_pct(ev->tgt_ok, ev->tgt_n);
    } else if (strcmp(name, "target_f1") == 0) {
        *out = ev->tgt_n > 0 ? 100.0 * ev->tgt_f1sum / (double)ev->tgt_n : NAN;
    } else if (strncmp(name, "ent_", 4) == 0) {
        int t = NT;
        const char *w = name + 4;
        const char *u = strchr(w, '_');
        size_t wl = u != NULL ? (size_t)(u - w) : strlen(w);
        if (u != NULL) {
            t = ws_etype_parse(u + 1);
            if (t < 0)
                return -1;
        }
        if (!ev->ent_scored)
            return 0;
        ev_prf c = ev->ent[t];
        if (wl == 1 && w[0] == 'p')
            *out = ev_pct(c.tp, c.tp + c.fp);
        else if (wl == 1 && w[0] == 'r')
            *out = ev_pct(c.tp, c.tp + c.fn);
        else if (wl == 2 && memcmp(w, "f1", 2) == 0)
            *out = ev_prf_f1(c);
        else
            return -1;
    } else {
        return -1;
    }
    return 0;
}

/* ---- report ---- */

static void
ev_putpct(FILE *out, double v, int width)
{
    if (isnan(v))
        fprintf(out, "%*s", width, "-");
    else
        fprintf(out, "%*.1f", width, v);
}

static void
ev_stmt_row(const ws_eval *ev, FILE *out, const char *label, int k)
{
    const ev_kstat *s = &ev->ks[k];
    fprintf(out, "  %-9s %5ld %5ld %5ld", label, s->gold, s->pred, s->tpg[0]);
    ev_putpct(out, ev_pct(s->tpp[0], s->pred), 7);
    ev_putpct(out, ev_pct(s->tpg[0], s->gold), 7);
    ev_putpct(out, ev_f1pr(s->tpp[0], s->pred, s->tpg[0], s->gold), 7);
    ev_putpct(out, ev_f1pr(s->tpp[1], s->pred, s->tpg[1], s->gold), 7);
    ev_putpct(out, ev_f1pr(s->tpp[2], s->pred, s->tpg[2], s->gold), 7);
    ev_putpct(out, ev_pct(s->spk, s->tpg[0]), 7);
    ev_putpct(out, ev_f1pr(s->e2ep, s->pred, s->e2eg, s->gold), 7);
    fputc('\n', out);
}

static const char *const ev_short[NL] = {"cond", "conc", "accu", "deni",
                                         "dema", "warn", "supp", "neut"};

void
ws_eval_report(const ws_eval *ev, FILE *out)
{
    long matched = ev->m_id + ev->m_text + ev->m_order;
    long ungold = 0;
    for (int i = 0; i < ev->ngold; i++)
        ungold += !ev->gold[i].used;
    fprintf(out,
            "documents  gold %d  records %ld  matched %ld (id %ld, text %ld, "
            "order %ld)  unmatched gold %ld  unmatched records %ld\n",
            ev->ngold, ev->nrec, matched, ev->m_id, ev->m_text, ev->m_order,
            ungold, ev->unrec);
    if (ungold > 0) {
        fprintf(out, "  unmatched gold:");
        int shown = 0;
        for (int i = 0; i < ev->ngold && shown < EV_NSHOW; i++) {
            if (!ev->gold[i].used) {
                fprintf(out, " %s",
                        ev->gold[i].id ? ev->gold[i].id : "(no id)");
                shown++;
            }
        }
        fprintf(out, "%s\n", ungold > shown ? " ..." : "");
    }
    if (ev->unrec > 0) {
        fprintf(out, "  unmatched records:");
        for (long i = 0; i < ev->unrec && i < EV_NSHOW; i++)
            fprintf(out, " %s", ev->unrec_ids[i]);
        fprintf(out, "%s\n", ev->unrec > EV_NSHOW ? " ..." : "");
    }
    if (ev->shifted > 0)
        fprintf(out,
                "  note: %ld record text(s) differ from the gold text "
                "by surrounding white space; offsets shifted\n",
                ev->shifted);
    if (ev->differ > 0)
        fprintf(out,
                "  WARNING: %ld record text(s) differ from the gold "
                "text; spans compared as they are\n",
                ev->differ);
    if (ev->stmt_scored) {
        const ev_kstat *a = &ev->ks[NK];
        fprintf(out, "statements %ld/%ld, speakers %ld/%ld, stance %ld/%ld\n",
                a->tpg[0], a->gold, a->spk, a->gold, ev->st_exact[0],
                ev->st_n[1]);
        fprintf(out, "statements @0.5  P ");
        ev_putpct(out, ev_pct(a->tpp[0], a->pred), 5);
        fprintf(out, " R ");
        ev_putpct(out, ev_pct(a->tpg[0], a->gold), 5);
        fprintf(out, " F1 ");
        ev_putpct(out, ev_f1pr(a->tpp[0], a->pred, a->tpg[0], a->gold), 5);
        fprintf(out, "  (%ld/%ld gold, %ld pred)   @0.8 F1 ", a->tpg[0],
                a->gold, a->pred);
        ev_putpct(out, ev_f1pr(a->tpp[1], a->pred, a->tpg[1], a->gold), 5);
        fprintf(out, "   exact F1 ");
        ev_putpct(out, ev_f1pr(a->tpp[2], a->pred, a->tpg[2], a->gold), 5);
        fputc('\n', out);
        fprintf(out, "  %-9s %5s %5s %5s %6s %6s %6s %6s %6s %6s %6s\n", "kind",
                "gold", "pred", "match", "P", "R", "F1", "F1@.8", "F1=", "spk",
                "e2eF1");
        for (int k = 0; k < NK; k++)
            ev_stmt_row(ev, out, ws_kind_name(k), k);
        ev_stmt_row(ev, out, "all", NK);
        fprintf(out, "speaker accuracy ");
        ev_putpct(out, ev_pct(a->spk, a->tpg[0]), 5);
        fprintf(out, " (%ld/%ld)   end-to-end F1 ", a->spk, a->tpg[0]);
        ev_putpct(out, ev_f1pr(a->e2ep, a->pred, a->e2eg, a->gold), 5);
        fprintf(out, "   kind accuracy ");
        ev_putpct(out, ev_pct(ev->kind_ok, a->tpg[0]), 5);
        fprintf(out, " (%ld/%ld)\n", ev->kind_ok, a->tpg[0]);
        if (ev->role_n + ev->org_n > 0) {
            fprintf(out, "speaker_role ");
            ev_putpct(out, ev_pct(ev->role_ok, ev->role_n), 5);
            fprintf(out, " (%ld/%ld)   speaker_org ", ev->role_ok, ev->role_n);
            ev_putpct(out, ev_pct(ev->org_ok, ev->org_n), 5);
            fprintf(out, " (%ld/%ld)\n", ev->org_ok, ev->org_n);
        }
    }
    if (ev->stance_scored) {
        const char *mode = ev->per_sentence ? "per sentence" : "matched";
        fprintf(out, "stance (%s) micro-F1 ", mode);
        ev_putpct(out, ev_stance_micro(ev, 0), 5);
        fprintf(out, " macro-F1 ");
        ev_putpct(out, ev_stance_macro(ev, 0), 5);
        fprintf(out, "  (%ld/%ld exact sets)\n", ev->st_exact[0], ev->st_n[0]);
        if (!ev->per_sentence) {
            fprintf(out, "stance (end to end) micro-F1 ");
            ev_putpct(out, ev_stance_micro(ev, 1), 5);
            fprintf(out, " macro-F1 ");
            ev_putpct(out, ev_stance_macro(ev, 1), 5);
            fprintf(out, "  (%ld/%ld exact sets, unmatched gold = no label)\n",
                    ev->st_exact[1], ev->st_n[1]);
        }
        fprintf(out, "  %-13s %5s %5s %5s %6s %6s %6s\n", "label", "gold",
                "pred", "tp", "P", "R", "F1");
        for (int l = 0; l < NL; l++) {
            ev_prf c = ev->lab[0][l];
            if (c.tp + c.fp + c.fn == 0)
                continue;
            fprintf(out, "  %-13s %5ld %5ld %5ld", ws_stance_name(l),
                    c.tp + c.fn, c.tp + c.fp, c.tp);
            ev_putpct(out, ev_pct(c.tp, c.tp + c.fp), 7);
            ev_putpct(out, ev_pct(c.tp, c.tp + c.fn), 7);
            ev_putpct(out, ev_prf_f1(c), 7);
            fputc('\n', out);
        }
        fprintf(out,
                "  confusion of the first label (rows gold, columns "
                "predicted)\n  %-5s",
                "");
        for (int l = 0; l < NL; l++)
            fprintf(out, " %4s", ev_short[l]);
        fprintf(out, " %4s\n", "none");
        for (int l = 0; l < NL; l++) {
            long row = 0;
            for (int m = 0; m <= NL; m++)
                row += ev->conf[l][m];
            if (row == 0)
                continue;
            fprintf(out, "  %-5s", ev_short[l]);
            for (int m = 0; m <= NL; m++)
                fprintf(out, " %4ld", ev->conf[l][m]);
            fputc('\n', out);
        }
        if (ev->tgt_n > 0) {
            fprintf(out, "target (%s, gold with a target) agreement@0.5 ",
                    ev->per_sentence ? "per sentence" : "matched");
            ev_putpct(out, ev_pct(ev->tgt_ok, ev->tgt_n), 5);
            fprintf(out, " (%ld/%ld)  token-F1 ", ev->tgt_ok, ev->tgt_n);
            ev_putpct(out, 100.0 * ev->tgt_f1sum / (double)ev->tgt_n, 5);
            fprintf(out, "  no target %ld\n", ev->tgt_none);
        }
    }
    if (ev->ent_scored) {
        fprintf(out, "entities  %-8s %5s %5s %5s %6s %6s %6s\n", "type", "gold",
                "pred", "tp", "P", "R", "F1");
        for (int t = 0; t <= NT; t++) {
            ev_prf c = ev->ent[t];
            if (t < NT && c.tp + c.fp + c.fn == 0)
                continue;
            fprintf(out, "          %-8s %5ld %5ld %5ld",
                    t < NT ? ws_etype_name(t) : "overall", c.tp + c.fn,
                    c.tp + c.fp, c.tp);
            ev_putpct(out, ev_pct(c.tp, c.tp + c.fp), 7);
            ev_putpct(out, ev_pct(c.tp, c.tp + c.fn), 7);
            ev_putpct(out, ev_prf_f1(c), 7);
            fputc('\n', out);
        }
    }
    if (!ev->stmt_scored && !ev->ent_scored)
        fprintf(out, "nothing to score: the gold has no statements or "
                     "entities\n");
}

static void
ev_jnum(ws_buf *b, double v)
{
    if (isnan(v))
        ws_buf_puts(b, "null");
    else
        ws_buf_printf(b, "%.2f", v);
}

void
ws_eval_json(const ws_eval *ev, ws_buf *b)
{
    static const char *const names[] = {"stmt_p",
                                        "stmt_r",
                                        "stmt_f1",
                                        "stmt_f1_08",
                                        "stmt_f1_exact",
                                        "speaker_acc",
                                        "e2e_f1",
                                        "kind_acc",
                                        "role_acc",
                                        "org_acc",
                                        "stance_micro",
                                        "stance_macro",
                                        "stance_exact",
                                        "stance_micro_e2e",
                                        "stance_macro_e2e",
                                        "target_acc",
                                        "target_f1",
                                        "ent_p",
                                        "ent_r",
                                        "ent_f1"};
    long ungold = 0;
    for (int i = 0; i < ev->ngold; i++)
        ungold += !ev->gold[i].used;
    const ev_kstat *a = &ev->ks[NK];
    ws_buf_printf(b,
                  "{\"docs\":{\"gold\":%d,\"records\":%ld,\"matched\":%ld,"
                  "\"unmatched_gold\":%ld,\"unmatched_records\":%ld},",
                  ev->ngold, ev->nrec, ev->m_id + ev->m_text + ev->m_order,
                  ungold, ev->unrec);
    ws_buf_printf(b,
                  "\"counts\":{\"statements_gold\":%ld,\"statements_pred\":%ld,"
                  "\"matched\":%ld,\"speakers\":%ld,\"stance_exact\":%ld,"
                  "\"stance_gold\":%ld},",
                  a->gold, a->pred, a->tpg[0], a->spk, ev->st_exact[0],
                  ev->st_n[1]);
    ws_buf_printf(b, "\"per_sentence\":%s,\"metrics\":{",
                  ev->per_sentence ? "true" : "false");
    int first = 1;
    char nm[64];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        double v;
        ws_eval_metric(ev, names[i], &v);
        ws_buf_printf(b, "%s\"%s\":", first ? "" : ",", names[i]);
        ev_jnum(b, v);
        first = 0;
    }
    for (int k = 0; k < NK; k++) {
        static const char *const km[] = {"stmt_f1", "speaker_acc", "e2e_f1"};
        for (int m = 0; m < 3; m++) {
            double v;
            snprintf(nm, sizeof nm, "%s_%s", km[m], ws_kind_name(k));
            ws_eval_metric(ev, nm, &v);
            ws_buf_printf(b, ",\"%s\":", nm);
            ev_jnum(b, v);
        }
    }
    for (int t = 0; t < NT; t++) {
        if (ev->ent[t].tp + ev->ent[t].fp + ev->ent[t].fn == 0)
            continue;
        ws_buf_printf(b, ",\"ent_f1_%s\":", ws_etype_name(t));
        ev_jnum(b, ev_prf_f1(ev->ent[t]));
    }
    for (int l = 0; l < NL; l++) {
        ev_prf c = ev->lab[0][l];
        if (c.tp + c.fp + c.fn == 0)
            continue;
        ws_buf_printf(b, ",\"stance_f1_%s\":", ws_stance_name(l));
        ev_jnum(b, ev_prf_f1(c));
    }
    ws_buf_puts(b, "}}");
}
