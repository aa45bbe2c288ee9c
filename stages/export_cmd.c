/*
 * export_cmd.c - `whosaid export KIND DB`: research exports from a corpus
 * store, streamed one row at a time (constant memory).
 *
 *   statements | entities | speakers | documents   CSV (RFC 4180) or JSONL
 *   tokens (and documents --format conllu)         CoNLL-U
 *   html                                           static pages (-o DIR)
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

#define PROG "whosaid export"

enum { F_CSV, F_JSONL, F_CONLLU };

static void
usage(FILE *fp)
{
    fprintf(
        fp,
        "usage: whosaid export KIND DB [options]\n\n"
        "KIND:\n"
        "  statements   one row per statement (document, date, outlet, "
        "language,\n"
        "               speaker, role, organisation, stance, intensity, "
        "negation,\n"
        "               target, content, cue, offsets)\n"
        "  entities     one row per entity mention\n"
        "  speakers     one row per speaker: statements by stance, first "
        "and last date\n"
        "  documents    one row per document (metadata, counts, text)\n"
        "  tokens       CoNLL-U (sentences, tokens, NE=B-TYPE in MISC)\n"
        "  html         static pages: -o DIR gets index.html and one page per "
        "document\n\n"
        "Options:\n"
        "  --format F     csv (default), jsonl, or conllu (tokens, "
        "documents)\n"
        "  -o PATH        output file (default stdout); a directory for html\n"
        "  --one-page     html: all selected documents in DIR/index.html\n"
        "  --since DATE   documents dated DATE (YYYY-MM-DD) or later\n"
        "  --until DATE   documents dated DATE or earlier\n"
        "  --lang L       documents in language L (en, uk, ru, pl, de, fr)\n"
        "  --stance S     statements with stance label S (for other kinds: "
        "documents\n"
        "                 having such a statement)\n"
        "  --speaker S    statements whose speaker name contains S\n"
        "  --source S     documents whose outlet/agency contains S\n"
        "  --limit N      at most N rows (html, tokens: documents)\n\n"
        "CSV: UTF-8, comma-separated, CRLF line ends, a header row, fields "
        "with\ncommas, quotes or line breaks quoted (RFC 4180); NULL is an "
        "empty field.\nOffsets are Unicode code points into the document "
        "text, end exclusive.\n\n%s",
        ws_cli_exit_help);
}

/* ---- output ---- */

typedef struct {
    FILE *fp;
    ws_buf b;
    int err;
} out_t;

static void
flush_out(out_t *o)
{
    if (o->b.len && !o->err && fwrite(o->b.buf, 1, o->b.len, o->fp) != o->b.len)
        o->err = errno ? errno : EIO;
    o->b.len = 0;
}

static void
maybe_flush(out_t *o)
{
    if (o->b.len >= 65536)
        flush_out(o);
}

static void
csv_field(ws_buf *b, const char *s, size_t n)
{
    int quote = 0;
    for (size_t i = 0; i < n && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote) {
        ws_buf_put(b, s, n);
        return;
    }
    ws_buf_putc(b, '"');
    size_t from = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '"') {
            ws_buf_put(b, s + from, i + 1 - from);
            ws_buf_putc(b, '"');
            from = i + 1;
        }
    ws_buf_put(b, s + from, n - from);
    ws_buf_putc(b, '"');
}

static int
export_table(ws_store *s, int kind, const ws_store_filter *f, int format,
             out_t *o)
{
    ws_store_cursor *c;
    int rc = ws_store_query(s, kind, f, &c);
    if (rc < 0)
        return rc;
    int nc = ws_store_ncols(c);
    if (format == F_CSV) {
        for (int i = 0; i < nc; i++) {
            if (i)
                ws_buf_putc(&o->b, ',');
            const char *name = ws_store_colname(c, i);
            csv_field(&o->b, name, strlen(name));
        }
        ws_buf_put(&o->b, "\r\n", 2);
    }
    while ((rc = ws_store_next(c)) > 0) {
        if (format == F_CSV) {
            for (int i = 0; i < nc; i++) {
                size_t len;
                const char *v = ws_store_text(c, i, &len);
                if (i)
                    ws_buf_putc(&o->b, ',');
                if (v)
                    csv_field(&o->b, v, len);
            }
            ws_buf_put(&o->b, "\r\n", 2);
        } else {
            ws_buf_putc(&o->b, '{');
            for (int i = 0; i < nc; i++) {
                const char *name = ws_store_colname(c, i);
                if (i)
                    ws_buf_putc(&o->b, ',');
                ws_buf_jstrz(&o->b, name);
                ws_buf_putc(&o->b, ':');
                size_t len;
                int t = ws_store_coltype(c, i);
                const char *v = ws_store_text(c, i, &len);
                if (t == WS_COL_NULL || v == NULL) {
                    ws_buf_puts(&o->b, "null");
                } else if (t == WS_COL_INT || t == WS_COL_REAL) {
                    ws_buf_put(&o->b, v, len);
                } else if (strcmp(name, "stance") == 0) {
                    /* labels as a list */
                    ws_buf_putc(&o->b, '[');
                    size_t from = 0;
                    for (size_t k = 0; k <= len && len > 0; k++)
                        if (k == len || v[k] == ';') {
                            if (from)
                                ws_buf_putc(&o->b, ',');
                            ws_buf_jstr(&o->b, v + from, k - from);
                            from = k + 1;
                        }
                    ws_buf_putc(&o->b, ']');
                } else if (strcmp(name, "errors") == 0 && len && v[0] == '[') {
                    ws_buf_put(&o->b, v, len); /* already JSON */
                } else {
                    ws_buf_jstr(&o->b, v, len);
                }
            }
            ws_buf_put(&o->b, "}\n", 2);
        }
        maybe_flush(o);
        if (o->err)
            break;
    }
    ws_store_cursor_free(c);
    return rc;
}

/* ---- CoNLL-U ---- */

static void
put_cps(ws_buf *b, const ws_doc *d, int32_t s, int32_t e, int form)
{
    int32_t bs = ws_doc_byte(d, s), be = ws_doc_byte(d, e);
    for (int32_t i = bs; i < be; i++) {
        char ch = d->text[i];
        if (ch == '\n' || ch == '\r' || ch == '\t' || (form && ch == ' '))
            ch = form ? '_' : ' ';
        ws_buf_putc(b, ch);
    }
}

static void
conllu_doc(ws_buf *b, ws_doc *d)
{
    ws_buf_puts(b, "# newdoc id = ");
    ws_buf_puts(b, d->id ? d->id : "");
    ws_buf_putc(b, '\n');
    int32_t ent = 0, prev_para = -1;
    for (int32_t k = 0; k < d->sentences.n; k++) {
        const ws_sentence *se = &d->sentences.v[k];
        if (se->tok1 <= se->tok0)
            continue;
        if (se->para != prev_para) {
            ws_buf_puts(b, "# newpar\n");
            prev_para = se->para;
        }
        ws_buf_printf(b, "# sent_id = %s-%d\n# text = ", d->id ? d->id : "",
                      (int)k + 1);
        put_cps(b, d, se->start, se->end, 0);
        ws_buf_putc(b, '\n');
        for (int32_t t = se->tok0; t < se->tok1; t++) {
            const ws_token *tk = &d->tokens.v[t];
            ws_buf_printf(b, "%d\t", (int)(t - se->tok0 + 1));
            put_cps(b, d, tk->start, tk->end, 1);
            ws_buf_puts(b, "\t_\t_\t_\t_\t_\t_\t_\t");
            int misc = 0;
            int32_t next =
                t + 1 < d->tokens.n ? d->tokens.v[t + 1].start : d->ncp + 1;
            if (next == tk->end) {
                ws_buf_puts(b, "SpaceAfter=No");
                misc = 1;
            }
            /* entities are sorted by start: the first one covering t */
            while (ent < d->entities.n && d->entities.v[ent].end <= tk->start)
                ent++;
            for (int32_t e = ent; e < d->entities.n; e++) {
                const ws_entity *en = &d->entities.v[e];
                if (en->start >= tk->end)
                    break;
                if (en->start <= tk->start && en->end >= tk->end) {
                    ws_buf_printf(b, "%sNE=%s-%s", misc ? "|" : "",
                                  en->start == tk->start ? "B" : "I",
                                  ws_etype_name(en->type));
                    misc = 1;
                    break;
                }
            }
            if (!misc)
                ws_buf_putc(b, '_');
            ws_buf_putc(b, '\n');
        }
        ws_buf_putc(b, '\n');
    }
}

static int
ent_cmp(const void *a, const void *b)
{
    const ws_entity *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end > y->end ? -1 : x->end < y->end;
}

static int
export_conllu(ws_store *s, const ws_store_filter *f, out_t *o, ws_doc *d)
{
    ws_store_cursor *c;
    int rc = ws_store_query(s, WS_EXPORT_DOCROWS, f, &c);
    if (rc < 0)
        return rc;
    while ((rc = ws_store_next(c)) > 0) {
        if ((rc = ws_store_load(s, ws_store_int(c, 0), d, 1, NULL)) < 0)
            break;
        if (!(d->done & WS_DONE_TOKENIZE))
            continue;
        /* entity indices are not needed here: sort for the scan */
        if (d->entities.n > 1)
            qsort(d->entities.v, (size_t)d->entities.n, sizeof(ws_entity),
                  ent_cmp);
        conllu_doc(&o->b, d);
        maybe_flush(o);
        if (o->err)
            break;
    }
    ws_store_cursor_free(c);
    return rc;
}

/* ---- HTML ---- */

static const char *const stance_color[WS_NSTANCES] = {
    "#c62839", "#e07b00", "#8a2be2", "#1f6fb2",
    "#c2185b", "#b8860b", "#2e8b3d", "#6b7280"};

static const char css[] =
    ":root{--ink:#1f2328;--muted:#656d76;--line:#d0d7de;--bg:#f6f8fa}"
    "*{box-sizing:border-box}"
    "body{margin:0;background:var(--bg);color:var(--ink);"
    "font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',"
    "sans-serif}"
    "header.top{background:#24292f;color:#fff;padding:14px 28px}"
    "header.top a{color:#c9d1d9;text-decoration:none}"
    "header.top h1{font-size:20px;margin:2px 0 0;font-weight:600}"
    ".meta{color:#c9d1d9;font-size:13px}"
    ".meta span+span:before{content:' \\00b7  '}"
    "main{max-width:1240px;margin:0 auto;padding:20px 24px;display:grid;"
    "grid-template-columns:minmax(0,2fr) minmax(280px,1fr);gap:24px}"
    "@media (max-width:900px){main{grid-template-columns:1fr}}"
    "article.text{background:#fff;border:1px solid var(--line);"
    "border-radius:8px;padding:22px 28px;white-space:pre-wrap;"
    "font:17px/1.9 Georgia,'DejaVu Serif',serif}"
    "aside{display:flex;flex-direction:column;gap:16px}"
    ".card{background:#fff;border:1px solid var(--line);border-radius:8px;"
    "padding:12px 14px}"
    ".card h2{font-size:13px;text-transform:uppercase;letter-spacing:.06em;"
    "color:var(--muted);margin:0 0 8px}"
    ".ent{border-radius:3px;padding:0 2px;border-bottom:2px solid "
    "rgba(0,0,0,.25)}"
    ".ent-PERSON{background:#ffe58f}.ent-ORG{background:#bae0ff}"
    ".ent-GOV{background:#c7d2fe}.ent-MEDIA{background:#f5d0fe}"
    ".ent-LOC{background:#c6f6d5}.ent-NORP{background:#fed7aa}"
    ".ent-ROLE{background:#e5e7eb}.ent-MISC{background:#ede0c8}"
    ".st{position:relative;border:2px solid var(--c);border-radius:5px;"
    "background:var(--t);padding:1px 2px;-webkit-box-decoration-break:clone;"
    "box-decoration-break:clone;cursor:help}"
    ".st:hover{background:var(--h);box-shadow:0 0 0 2px var(--c)}"
    ".st:hover:after{content:attr(data-tip);position:absolute;left:0;"
    "top:calc(100% + 6px);z-index:10;width:max-content;max-width:380px;"
    "white-space:pre-line;background:#24292f;color:#fff;border-left:6px "
    "solid var(--c);border-radius:6px;padding:8px 10px;"
    "font:13px/1.45 system-ui,sans-serif;box-shadow:0 6px 18px "
    "rgba(0,0,0,.25)}"
    ".spk{text-decoration:underline 2px;text-decoration-color:var(--c);"
    "text-underline-offset:4px}"
    ".cue{font-style:italic;text-decoration:underline dotted 2px;"
    "text-underline-offset:4px}"
    ".chip{display:inline-block;border-radius:999px;padding:0 8px;"
    "font-size:12px;color:#fff;background:var(--c);margin:1px 2px}"
    ".legend .chip,.legend .ent{margin:2px;display:inline-block;"
    "font-size:12px}"
    ".stmt{border-left:5px solid var(--c);padding:6px 10px;margin:8px 0;"
    "background:var(--t);border-radius:0 6px 6px 0;font-size:14px}"
    ".stmt b{font-weight:600}.stmt .q{color:#424a53;font-style:italic}"
    ".stmt .k{color:var(--muted);font-size:12px}"
    "table{border-collapse:collapse;width:100%;background:#fff}"
    "th,td{border-bottom:1px solid var(--line);padding:6px 8px;"
    "text-align:left;vertical-align:top;font-size:14px}"
    "th{background:#eaeef2;font-size:12px;text-transform:uppercase;"
    "letter-spacing:.05em;color:var(--muted)}"
    "td a{color:#0969da;text-decoration:none}"
    ".wide{max-width:1240px;margin:0 auto;padding:20px 24px}"
    "footer{color:var(--muted);font-size:12px;text-align:center;"
    "padding:18px}"
    "section.doc{margin-bottom:28px}";

static void
stance_vars(ws_buf *b, int lab)
{
    const char *c =
        stance_color[lab >= 0 && lab < WS_NSTANCES ? lab : WS_NEUTRAL];
    /* the colour, a light tint and a hover tint (8-digit hex) */
    ws_buf_printf(b, "--c:%s;--t:%s14;--h:%s2e", c, c, c);
}

static void
html_esc(ws_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '&':
            ws_buf_puts(b, "&amp;");
            break;
        case '<':
            ws_buf_puts(b, "&lt;");
            break;
        case '>':
            ws_buf_puts(b, "&gt;");
            break;
        case '"':
            ws_buf_puts(b, "&quot;");
            break;
        case '\r':
            break;
        default:
            ws_buf_putc(b, s[i]);
        }
    }
}

static void
html_escz(ws_buf *b, const char *s)
{
    if (s)
        html_esc(b, s, strlen(s));
}

static void
html_span_text(ws_buf *b, const ws_doc *d, int32_t s, int32_t e)
{
    if (s < 0 || e > d->ncp || e < s)
        return;
    int32_t bs = ws_doc_byte(d, s), be = ws_doc_byte(d, e);
    html_esc(b, d->text + bs, (size_t)(be - bs));
}

typedef struct {
    int32_t start, end;
    int order;        /* ties: statements outside entities */
    const char *open; /* arena */
} hspan;

static int
hspan_cmp(const void *a, const void *b)
{
    const hspan *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1;
    return x->order - y->order;
}

static int
i32_cmp(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static void
tip_line(ws_buf *t, const char *key, const char *v)
{
    if (v == NULL || *v == '\0')
        return;
    if (t->len)
        ws_buf_putc(t, '\n');
    ws_buf_puts(t, key);
    ws_buf_puts(t, ": ");
    ws_buf_puts(t, v);
}

static const char *
stmt_labels(ws_doc *d, const ws_statement *st)
{
    ws_buf t = {0};
    for (int k = 0; k < st->nstance; k++) {
        if (k)
            ws_buf_puts(&t, ", ");
        ws_buf_puts(&t, ws_stance_name(st->stance[k]));
    }
    const char *r = ws_arena_strndup(d->arena, t.buf ? t.buf : "", t.len);
    ws_buf_free(&t);
    return r;
}

/* Opening tag of statement i's content span (arena). */
static const char *
stmt_open(ws_doc *d, int32_t i)
{
    const ws_statement *st = &d->statements.v[i];
    ws_buf t = {0}, b = {0};
    const char *spk = st->speaker_name;
    char *spk_text = NULL;
    if (spk == NULL && st->speaker.start >= 0)
        spk = spk_text = ws_doc_slice(d, st->speaker.start, st->speaker.end);
    tip_line(&t, "Speaker", spk ? spk : "(unnamed)");
    tip_line(&t, "Role", st->speaker_role);
    tip_line(&t, "Organisation", st->speaker_org);
    tip_line(&t, "Stance", stmt_labels(d, st));
    tip_line(&t, "Target", st->target);
    const char *extra[3] = {ws_kind_name(st->kind),
                            st->negated ? "negated" : NULL,
                            st->hedged ? "hedged" : NULL};
    ws_buf k = {0};
    for (int j = 0; j < 3; j++)
        if (extra[j]) {
            if (k.len)
                ws_buf_puts(&k, ", ");
            ws_buf_puts(&k, extra[j]);
        }
    if (st->intensity) {
        ws_buf_puts(&k, ", ");
        ws_buf_puts(&k, st->intensity);
    }
    if (st->cue.start >= 0) {
        ws_buf_puts(&k, "; cue \u201c");
        char *cue = ws_doc_slice(d, st->cue.start, st->cue.end);
        ws_buf_puts(&k, cue ? cue : "");
        ws_buf_puts(&k, "\u201d");
    }
    ws_buf_putc(&k, '\0');
    tip_line(&t, "Kind", k.buf);
    ws_buf_free(&k);
    ws_buf_printf(&b, "<span class=\"st st-%s\" data-st=\"%d\" style=\"",
                  st->nstance ? ws_stance_name(st->stance[0]) : "none",
                  (int)i + 1);
    stance_vars(&b, st->nstance ? st->stance[0] : WS_NEUTRAL);
    ws_buf_puts(&b, "\" data-speaker=\"");
    html_escz(&b, spk);
    ws_buf_puts(&b, "\" data-stance=\"");
    html_escz(&b, stmt_labels(d, st));
    ws_buf_puts(&b, "\" data-tip=\"");
    if (t.buf)
        html_esc(&b, t.buf, t.len);
    ws_buf_puts(&b, "\">");
    const char *r = ws_arena_strndup(d->arena, b.buf, b.len);
    (void)spk_text;
    ws_buf_free(&t);
    ws_buf_free(&b);
    return r;
}

/* The article text with entities and statements as nested spans. */
static int
html_text(ws_buf *b, ws_doc *d)
{
    int32_t cap = d->entities.n + d->statements.n * (WS_MAX_SEGMENTS + 2);
    hspan *sp = calloc((size_t)cap + 1, sizeof(*sp));
    int32_t *bounds = calloc(2 * (size_t)cap + 2, sizeof(*bounds));
    hspan **stack = calloc((size_t)cap + 1, sizeof(*stack));
    hspan **reopen = calloc((size_t)cap + 1, sizeof(*reopen));
    if (!sp || !bounds || !stack || !reopen) {
        free(sp);
        free(bounds);
        free(stack);
        free(reopen);
        return -WS_ENOMEM;
    }
    int32_t n = 0;
#define ADD(s_, e_, ord_, open_)                                               \
    do {                                                                       \
        if ((s_) >= 0 && (e_) > (s_) && (e_) <= d->ncp && (open_)) {           \
            sp[n].start = (s_);                                                \
            sp[n].end = (e_);                                                  \
            sp[n].order = (ord_);                                              \
            sp[n].open = (open_);                                              \
            n++;                                                               \
        }                                                                      \
    } while (0)
    for (int32_t i = 0; i < d->statements.n; i++) {
        const ws_statement *st = &d->statements.v[i];
        const char *open = stmt_open(d, i);
        for (int k = 0; k < st->ncontent && k < WS_MAX_SEGMENTS; k++)
            ADD(st->content[k].start, st->content[k].end, 0, open);
        int lab = st->nstance ? st->stance[0] : WS_NEUTRAL;
        ADD(st->speaker.start, st->speaker.end, 1,
            ws_arena_printf(d->arena,
                            "<span class=\"spk\" data-st=\"%d\" "
                            "style=\"--c:%s\">",
                            (int)i + 1, stance_color[lab]));
        ADD(st->cue.start, st->cue.end, 1,
            ws_arena_printf(d->arena, "<span class=\"cue\" data-st=\"%d\">",
                            (int)i + 1));
    }
    for (int32_t i = 0; i < d->entities.n; i++) {
        const ws_entity *e = &d->entities.v[i];
        ws_buf t = {0};
        ws_buf_printf(&t, "<span class=\"ent ent-%s\" data-type=\"%s\"",
                      ws_etype_name(e->type), ws_etype_name(e->type));
        if (e->name) {
            ws_buf_puts(&t, " data-name=\"");
            html_escz(&t, e->name);
            ws_buf_putc(&t, '"');
        }
        ws_buf_putc(&t, '>');
        ADD(e->start, e->end, 2, ws_arena_strndup(d->arena, t.buf, t.len));
        ws_buf_free(&t);
    }
#undef ADD
    qsort(sp, (size_t)n, sizeof(*sp), hspan_cmp);
    int32_t nb = 0;
    for (int32_t i = 0; i < n; i++) {
        bounds[nb++] = sp[i].start;
        bounds[nb++] = sp[i].end;
    }
    bounds[nb++] = d->ncp;
    qsort(bounds, (size_t)nb, sizeof(*bounds), i32_cmp);
    int32_t depth = 0, next = 0, pos = 0;
    for (int32_t bi = 0; bi < nb; bi++) {
        int32_t p = bounds[bi];
        if (bi > 0 && p == bounds[bi - 1])
            continue;
        html_span_text(b, d, pos, p);
        pos = p;
        /* close every span ending here, and the ones opened inside them
         * (those are reopened) */
        int32_t low = -1;
        for (int32_t k = 0; k < depth; k++)
            if (stack[k]->end <= p) {
                low = k;
                break;
            }
        if (low >= 0) {
            int32_t nre = 0;
            for (int32_t k = depth - 1; k >= low; k--) {
                ws_buf_puts(b, "</span>");
                if (stack[k]->end > p)
                    reopen[nre++] = stack[k];
            }
            depth = low;
            for (int32_t k = nre - 1; k >= 0; k--) {
                ws_buf_puts(b, reopen[k]->open);
                stack[depth++] = reopen[k];
            }
        }
        while (next < n && sp[next].start == p) {
            ws_buf_puts(b, sp[next].open);
            stack[depth++] = &sp[next];
            next++;
        }
    }
    while (depth > 0) {
        ws_buf_puts(b, "</span>");
        depth--;
    }
    free(sp);
    free(bounds);
    free(stack);
    free(reopen);
    return 0;
}

static void
html_head(ws_buf *b, const char *title)
{
    ws_buf_puts(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta "
                   "charset=\"utf-8\"><meta name=\"viewport\" "
                   "content=\"width=device-width,initial-scale=1\">"
                   "<meta http-equiv=\"Content-Security-Policy\" "
                   "content=\"default-src 'none'; style-src "
                   "'unsafe-inline'; img-src data:\"><title>");
    html_escz(b, title);
    ws_buf_puts(b, "</title><style>");
    ws_buf_puts(b, css);
    ws_buf_puts(b, "</style></head><body>\n");
}

static void
html_legend(ws_buf *b)
{
    ws_buf_puts(b, "<div class=\"card legend\"><h2>Entities</h2>");
    for (int t = 0; t < WS_NETYPES; t++)
        ws_buf_printf(b, "<span class=\"ent ent-%s\">%s</span> ",
                      ws_etype_name(t), ws_etype_name(t));
    ws_buf_puts(b, "<h2 style=\"margin-top:10px\">Stance</h2>");
    for (int l = 0; l < WS_NSTANCES; l++) {
        ws_buf_puts(b, "<span class=\"chip\" style=\"");
        stance_vars(b, l);
        ws_buf_printf(b, "\">%s</span>", ws_stance_name(l));
    }
    ws_buf_puts(b, "<p class=\"k\" style=\"font-size:12px;color:#656d76;"
                   "margin:8px 0 0\">Statements are outlined in the colour "
                   "of their first stance label; the speaker is underlined "
                   "in that colour, the cue dotted. Hover a statement for "
                   "its speaker, role, organisation, stance and target."
                   "</p></div>");
}

static void
html_doc_body(ws_buf *b, ws_doc *d, const char *versions, const char *back)
{
    ws_buf_puts(b, "<header class=\"top\">");
    if (back) {
        ws_buf_puts(b, "<a href=\"");
        ws_buf_puts(b, back);
        ws_buf_puts(b, "\">&larr; all documents</a>");
    }
    ws_buf_puts(b, "<h1>");
    html_escz(b, d->title ? d->title : d->id);
    ws_buf_puts(b, "</h1><div class=\"meta\">");
    const char *mv[5] = {d->date, d->source, d->place,
                         d->lang[0] ? d->lang : NULL, d->id};
    for (int i = 0; i < 5; i++)
        if (mv[i]) {
            ws_buf_puts(b, "<span>");
            html_escz(b, mv[i]);
            ws_buf_puts(b, "</span>");
        }
    ws_buf_puts(b, "</div></header>\n<main><article class=\"text\" id=\"t\">");
    html_text(b, d);
    ws_buf_puts(b, "</article>\n<aside>");
    html_legend(b);
    ws_buf_printf(b, "<div class=\"card\"><h2>Statements (%d)</h2>",
                  (int)d->statements.n);
    for (int32_t i = 0; i < d->statements.n; i++) {
        const ws_statement *st = &d->statements.v[i];
        int lab = st->nstance ? st->stance[0] : WS_NEUTRAL;
        ws_buf_printf(b, "<div class=\"stmt\" id=\"s%d\" style=\"", (int)i + 1);
        stance_vars(b, lab);
        ws_buf_puts(b, "\"><b>");
        if (st->speaker_name)
            html_escz(b, st->speaker_name);
        else if (st->speaker.start >= 0)
            html_span_text(b, d, st->speaker.start, st->speaker.end);
        else
            ws_buf_puts(b, "(unnamed)");
        ws_buf_puts(b, "</b>");
        if (st->speaker_role || st->speaker_org) {
            ws_buf_puts(b, " <span class=\"k\">");
            html_escz(b, st->speaker_role);
            if (st->speaker_role && st->speaker_org)
                ws_buf_puts(b, ", ");
            html_escz(b, st->speaker_org);
            ws_buf_puts(b, "</span>");
        }
        ws_buf_puts(b, "<br>");
        for (int k = 0; k < st->nstance; k++) {
            ws_buf_puts(b, "<span class=\"chip\" style=\"");
            stance_vars(b, st->stance[k]);
            ws_buf_printf(b, "\">%s</span>", ws_stance_name(st->stance[k]));
        }
        ws_buf_printf(b, " <span class=\"k\">%s%s%s</span>",
                      ws_kind_name(st->kind), st->negated ? ", negated" : "",
                      st->hedged ? ", hedged" : "");
        if (st->ncontent > 0) {
            ws_buf_puts(b, "<div class=\"q\">\u201c");
            int32_t s0 = st->content[0].start, e0 = st->content[0].end;
            if (e0 - s0 > 160)
                e0 = s0 + 160;
            html_span_text(b, d, s0, e0);
            ws_buf_puts(b, e0 < st->content[0].end || st->ncontent > 1
                               ? "\u2026\u201d</div>"
                               : "\u201d</div>");
        }
        if (st->target) {
            ws_buf_puts(b, "<div class=\"k\">target: ");
            html_escz(b, st->target);
            ws_buf_puts(b, "</div>");
        }
        ws_buf_puts(b, "</div>");
    }
    ws_buf_puts(b, "</div></aside></main>\n<footer>whosaid ");
    ws_buf_puts(b, WS_VERSION);
    if (versions) {
        ws_buf_puts(b, " &middot; annotated by ");
        html_escz(b, versions);
    }
    ws_buf_puts(b, "</footer>\n");
}

static int
write_file(const char *path, const ws_buf *b)
{
    FILE *fp = fopen(path, "wb");
    if (fp == NULL)
        return -1;
    int ok = fwrite(b->buf, 1, b->len, fp) == b->len;
    if (fclose(fp) != 0)
        ok = 0;
    return ok ? 0 : -1;
}

static int
export_html(ws_store *s, const ws_store_filter *f, const char *dir,
            int one_page, ws_doc *d, long *ndocs)
{
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        ws_cli_warn(PROG, "%s: %s", dir, strerror(errno));
        return -WS_EIO;
    }
    char path[4200];
    snprintf(path, sizeof path, "%s/index.html", dir);
    FILE *index = fopen(path, "wb");
    if (index == NULL) {
        ws_cli_warn(PROG, "%s: %s", path, strerror(errno));
        return -WS_EIO;
    }
    ws_buf ib = {0}, pb = {0};
    html_head(&ib, "whosaid corpus");
    ws_buf_puts(&ib, "<header class=\"top\"><h1>whosaid &mdash; annotated "
                     "documents</h1><div class=\"meta\"><span>");
    ws_buf_puts(&ib, one_page ? "all selected documents on one page"
                              : "click a title to read the article");
    ws_buf_puts(&ib, "</span></div></header>\n");
    if (!one_page)
        ws_buf_puts(&ib, "<div class=\"wide\"><table><tr><th>date</th>"
                         "<th>outlet</th><th>lang</th><th>title</th>"
                         "<th>statements</th><th>stance</th></tr>\n");
    ws_store_cursor *c;
    int rc = ws_store_query(s, WS_EXPORT_DOCROWS, f, &c);
    if (rc < 0)
        goto out;
    while ((rc = ws_store_next(c)) > 0) {
        int64_t row = ws_store_int(c, 0);
        const char *versions;
        if ((rc = ws_store_load(s, row, d, 1, &versions)) < 0)
            break;
        (*ndocs)++;
        if (one_page) {
            ws_buf_printf(&ib, "<section class=\"doc\" id=\"d%lld\">",
                          (long long)row);
            html_doc_body(&ib, d, versions, NULL);
            ws_buf_puts(&ib, "</section>\n");
        } else {
            pb.len = 0;
            html_head(&pb, d->title ? d->title : d->id);
            html_doc_body(&pb, d, versions, "index.html");
            ws_buf_puts(&pb, "</body></html>\n");
            snprintf(path, sizeof path, "%s/d%06lld.html", dir, (long long)row);
            if (pb.oom || write_file(path, &pb) < 0) {
                ws_cli_warn(PROG, "%s: %s", path, strerror(errno));
                rc = -WS_EIO;
                break;
            }
            int counts[WS_NSTANCES] = {0};
            for (int32_t i = 0; i < d->statements.n; i++)
                for (int k = 0; k < d->statements.v[i].nstance; k++)
                    counts[d->statements.v[i].stance[k]]++;
            ws_buf_puts(&ib, "<tr><td>");
            html_escz(&ib, d->date);
            ws_buf_puts(&ib, "</td><td>");
            html_escz(&ib, d->source);
            ws_buf_puts(&ib, "</td><td>");
            html_escz(&ib, d->lang);
            ws_buf_printf(&ib, "</td><td><a href=\"d%06lld.html\">",
                          (long long)row);
            html_escz(&ib, d->title ? d->title : d->id);
            ws_buf_printf(&ib, "</a></td><td>%d</td><td>",
                          (int)d->statements.n);
            for (int l = 0; l < WS_NSTANCES; l++)
                if (counts[l]) {
                    ws_buf_puts(&ib, "<span class=\"chip\" style=\"");
                    stance_vars(&ib, l);
                    ws_buf_printf(&ib, "\">%s %d</span>", ws_stance_name(l),
                                  counts[l]);
                }
            ws_buf_puts(&ib, "</td></tr>\n");
        }
        if (ib.len > 65536) {
            if (fwrite(ib.buf, 1, ib.len, index) != ib.len) {
                rc = -WS_EIO;
                break;
            }
            ib.len = 0;
        }
    }
    ws_store_cursor_free(c);
out:
    if (!one_page)
        ws_buf_puts(&ib, "</table></div>\n");
    ws_buf_printf(&ib,
                  "<footer>whosaid %s &middot; %ld documents</footer>"
                  "</body></html>\n",
                  WS_VERSION, *ndocs);
    if (fwrite(ib.buf, 1, ib.len, index) != ib.len && rc == 0)
        rc = -WS_EIO;
    if (fclose(index) != 0 && rc == 0)
        rc = -WS_EIO;
    ws_buf_free(&ib);
    ws_buf_free(&pb);
    return rc;
}

/* ---- main ---- */

static int
valid_date(const char *s)
{
    /* YYYY, YYYY-MM or YYYY-MM-DD */
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return 0;
    return 1;
}

int
ws_cmd_export(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"since", required_argument, NULL, 'S'},
        {"until", required_argument, NULL, 'U'},
        {"lang", required_argument, NULL, 'L'},
        {"stance", required_argument, NULL, 'T'},
        {"speaker", required_argument, NULL, 'P'},
        {"source", required_argument, NULL, 'R'},
        {"limit", required_argument, NULL, 'n'},
        {"one-page", no_argument, NULL, '1'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    ws_store_filter f = {0};
    const char *fmt = NULL, *outpath = NULL;
    int one_page = 0, c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            fmt = optarg;
            break;
        case 'o':
            outpath = optarg;
            break;
        case 'S':
        case 'U':
            if (!valid_date(optarg)) {
                ws_cli_warn(PROG, "--%s: expected YYYY-MM-DD, got '%s'",
                            c == 'S' ? "since" : "until", optarg);
                return WS_EXIT_USAGE;
            }
            /* a short date covers its whole month or year */
            if (c == 'S') {
                f.since = optarg;
            } else {
                static char until[24];
                snprintf(until, sizeof until, "%s%s", optarg,
                         strlen(optarg) == 4   ? "-12-31"
                         : strlen(optarg) == 7 ? "-31"
                                               : "");
                f.until = until;
            }
            break;
        case 'L':
            f.lang = optarg;
            break;
        case 'T':
            if (ws_stance_parse(optarg) < 0) {
                ws_cli_warn(PROG, "--stance: unknown label '%s'", optarg);
                return WS_EXIT_USAGE;
            }
            f.stance = optarg;
            break;
        case 'P':
            f.speaker = optarg;
            break;
        case 'R':
            f.source = optarg;
            break;
        case 'n': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end != '\0' || v < 1) {
                ws_cli_warn(PROG, "--limit: not a positive number: %s", optarg);
                return WS_EXIT_USAGE;
            }
            f.limit = v;
            break;
        }
        case '1':
            one_page = 1;
            break;
        case 'h':
            usage(stdout);
            return 0;
        default:
            usage(stderr);
            return WS_EXIT_USAGE;
        }
    }
    if (argc - optind != 2) {
        usage(stderr);
        return WS_EXIT_USAGE;
    }
    const char *kindname = argv[optind], *dbpath = argv[optind + 1];
    static const char *const kinds[] = {"statements", "entities", "speakers",
                                        "documents",  "tokens",   "html"};
    int kind = -1;
    for (int i = 0; i < 6; i++)
        if (strcmp(kindname, kinds[i]) == 0)
            kind = i;
    if (kind < 0) {
        ws_cli_warn(PROG,
                    "unknown kind '%s' (statements, entities, "
                    "speakers, documents, tokens, html)",
                    kindname);
        return WS_EXIT_USAGE;
    }
    int format = kind == 4 ? F_CONLLU : F_CSV;
    if (fmt) {
        if (strcmp(fmt, "csv") == 0)
            format = F_CSV;
        else if (strcmp(fmt, "jsonl") == 0)
            format = F_JSONL;
        else if (strcmp(fmt, "conllu") == 0)
            format = F_CONLLU;
        else {
            ws_cli_warn(PROG, "--format: csv, jsonl or conllu, not '%s'", fmt);
            return WS_EXIT_USAGE;
        }
        int ok = kind == 3   ? 1
                 : kind == 4 ? format == F_CONLLU
                 : kind == 5 ? 0
                             : format != F_CONLLU;
        if (!ok) {
            ws_cli_warn(PROG, "--format %s does not apply to %s", fmt,
                        kindname);
            return WS_EXIT_USAGE;
        }
    }
    if (kind == 5 && outpath == NULL) {
        ws_cli_warn(PROG, "html needs -o DIR");
        return WS_EXIT_USAGE;
    }
    signal(SIGPIPE, SIG_IGN);

    char err[1100];
    ws_store *s;
    int rc = ws_store_open(&s, dbpath, 0, 0, err, sizeof err);
    if (rc < 0) {
        ws_cli_warn(PROG, "%s", err);
        return rc == -WS_EIO ? WS_EXIT_NOINPUT : WS_EXIT_DATAERR;
    }
    ws_doc *d = ws_doc_new();
    out_t o = {stdout, {0}, 0};
    int status = 0;
    long ndocs = 0;
    if (d == NULL) {
        rc = -WS_ENOMEM;
        goto end;
    }
    if (kind == 5) {
        rc = export_html(s, &f, outpath, one_page, d, &ndocs);
        if (rc >= 0)
            fprintf(stderr, PROG ": %ld documents written to %s/\n", ndocs,
                    outpath);
        goto end;
    }
    if (outpath && strcmp(outpath, "-") != 0) {
        if ((o.fp = fopen(outpath, "wb")) == NULL) {
            ws_cli_warn(PROG, "%s: %s", outpath, strerror(errno));
            status = WS_EXIT_IOERR;
            goto end;
        }
    }
    if (format == F_CONLLU)
        rc = export_conllu(s, &f, &o, d);
    else
        rc = export_table(s,
                          kind == 0   ? WS_EXPORT_STATEMENTS
                          : kind == 1 ? WS_EXPORT_ENTITIES
                          : kind == 2 ? WS_EXPORT_SPEAKERS
                                      : WS_EXPORT_DOCUMENTS,
                          &f, format, &o);
    flush_out(&o);
    if (fflush(o.fp) != 0 || ferror(o.fp))
        o.err = errno ? errno : EIO;
    if (o.fp != stdout ? fclose(o.fp) != 0 : 0)
        o.err = errno ? errno : EIO;
    if (o.err) {
        if (o.err != EPIPE)
            ws_cli_warn(PROG, "write error: %s", strerror(o.err));
        status = WS_EXIT_IOERR;
    }
end:
    if (rc < 0) {
        ws_cli_warn(PROG, "%s",
                    rc == -WS_ENOMEM ? "out of memory" : ws_store_errmsg(s));
        status = rc == -WS_ENOMEM ? WS_EXIT_SOFTWARE : WS_EXIT_IOERR;
    }
    ws_buf_free(&o.b);
    ws_doc_free(d);
    ws_store_close(s);
    if (o.fp == stdout && fclose(stdout) != 0 && status == 0) {
        ws_cli_warn(PROG, "write error: %s", strerror(errno));
        status = WS_EXIT_IOERR;
    }
    return status;
}
