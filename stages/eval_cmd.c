/*
 * eval_cmd.c - `whosaid eval`: scores records against gold, tokens and
 * sentences against UD, the tagger against .bio files, with gates.
 *
 *   whosaid eval [--json] [--per-sentence | --no-per-sentence]
 *                [--min NAME=VALUE]... GOLD.jsonl [RECORDS.jsonl | -]
 *   whosaid eval --ud FILE.conllu [--lang xx] [--json] [--min NAME=VALUE]...
 *   whosaid eval --bio FILE.bio [--lang xx] [--json] [--min NAME=VALUE]...
 *
 * The scoring itself is in pipeline/eval.c (records), pipeline/ud.c and
 * tagger.c; this file parses options, opens files, checks the gates and
 * maps results to exit statuses: 0 ok, 1 a gate missed, 64 usage,
 * 65 bad input (malformed lines; reported and skipped), 66 cannot open,
 * 70 internal, 74 cannot write.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ws_int.h"

#define EV_MAXGATES 64

typedef struct {
    char name[48];
    double min;
} ev_gate;

static void
eval_usage(FILE *fp)
{
    fprintf(
        fp,
        "usage: whosaid eval [options] GOLD.jsonl [RECORDS.jsonl | -]\n"
        "       whosaid eval --ud FILE.conllu [--lang xx] [options]\n"
        "       whosaid eval --bio FILE.bio [--lang xx] [options]\n"
        "       whosaid eval --label-gold GOLD.jsonl [--baseline verb] "
        "[options]\n"
        "Scores pipeline records (JSON Lines, default stdin) against gold in\n"
        "the FORMAT.md form and prints a scoreboard: statements by kind at\n"
        "overlap 0.5, 0.8 and exact, speaker accuracy, end-to-end F1, stance\n"
        "micro/macro F1 with per-label scores and confusion, entities by "
        "type.\n"
        "--ud scores tokenize on a UD treebank (token and sentence F1),\n"
        "--bio the named-entity tagger on a .bio file (exact-span F1).\n"
        "--label-gold scores the stance labeller alone: each gold document\n"
        "is tokenized and tagged, its gold statements (kind, content, cue,\n"
        "speaker) are given to the labeller and the stance is scored.\n"
        "Options:\n"
        "  --json             print one JSON line instead of the scoreboard\n"
        "  --min NAME=VALUE   gate: fail when metric NAME (percent) < VALUE;\n"
        "                     repeatable.  Records: stmt_f1 stmt_f1_08\n"
        "                     stmt_f1_exact stmt_p stmt_r speaker_acc e2e_f1\n"
        "                     (also _direct _indirect _mixed _reported),\n"
        "                     kind_acc role_acc org_acc stance_micro\n"
        "                     stance_macro stance_exact (also _e2e),\n"
        "                     target_acc target_f1 (gold targets: share\n"
        "                     of predicted targets with token overlap\n"
        "                     >= 0.5 of the longer; mean token F1), ent_p\n"
        "                     ent_r ent_f1 ent_f1_PERSON ...; --ud: tok_f1\n"
        "                     sent_f1; --bio: ner_f1\n"
        "  --per-sentence     score stance per sentence (automatic when every\n"
        "                     gold content is empty and the gold meta.scoring\n"
        "                     says sentence); --no-per-sentence turns it off\n"
        "  --baseline verb    with --label-gold: the verb-only floor (the cue\n"
        "                     verb's class from a small verb table)\n"
        "  --labeller NAME    with --label-gold: new (default), rules (new\n"
        "                     without the trained fallback), old (the\n"
        "                     stance stage's own), verb (= --baseline verb)\n"
        "  --label-pipeline   with --label-gold: label the pipeline's own\n"
        "                     statements instead of the gold ones (end to "
        "end)\n"
        "  --features         with --label-gold: print each gold statement's\n"
        "                     features for training the stance fallback\n"
        "                     (tools/stance_clf.py)\n"
        "  --errors           list statement errors before the scoreboard, a\n"
        "                     TSV line each: id, miss|extra|speaker|kind,\n"
        "                     gold kind, predicted kind, cue, gold speaker,\n"
        "                     predicted speaker, content; with --label-gold:\n"
        "                     the statements whose label set differs from\n"
        "                     the gold (--list: all)\n"
        "  --lang xx          language for --ud/--bio (default: from the file\n"
        "                     name, en_ewt-ud-test.conllu -> en)\n"
        "Exit: 0 ok, 1 a gate missed, 64 usage, 65 bad input, 66 cannot\n"
        "open, 70 internal, 74 cannot write.\n");
}

static int
eval_parse_gate(const char *arg, ev_gate *g)
{
    const char *eq = strchr(arg, '=');
    if (eq == NULL || eq == arg || (size_t)(eq - arg) >= sizeof g->name)
        return -1;
    char *end;
    errno = 0;
    double v = strtod(eq + 1, &end);
    if (errno != 0 || end == eq + 1 || *end != '\0' || !(v >= 0 && v <= 100))
        return -1;
    memcpy(g->name, arg, (size_t)(eq - arg));
    g->name[eq - arg] = '\0';
    g->min = v;
    return 0;
}

/* Language from a file name: "en_ewt-ud-test.conllu", "en-dev.bio". */
static void
eval_lang_of(const char *path, char out[8])
{
    const char *b = strrchr(path, '/');
    b = b != NULL ? b + 1 : path;
    size_t n = 0;
    while (n < 3 && b[n] >= 'a' && b[n] <= 'z')
        n++;
    out[0] = '\0';
    if (n >= 2 && (b[n] == '_' || b[n] == '-' || b[n] == '.')) {
        memcpy(out, b, n);
        out[n] = '\0';
    }
}

/* Checks the gates against a value getter; prints failures.  Returns the
 * number of gates missed. */
typedef int (*eval_getter)(const char *name, double *v, void *payload);

static int
eval_gates(const ev_gate *gates, int ngates, eval_getter get, FILE *out,
           void *payload)
{
    int failed = 0;
    for (int i = 0; i < ngates; i++) {
        double v = NAN;
        get(gates[i].name, &v, payload);
        if (isnan(v)) {
            fprintf(out, "GATE FAILED %s not measured (min %.1f)\n",
                    gates[i].name, gates[i].min);
            failed++;
        } else if (v + 1e-9 < gates[i].min) {
            fprintf(out, "GATE FAILED %s %.1f < %.1f\n", gates[i].name, v,
                    gates[i].min);
            failed++;
        }
    }
    if (ngates > 0 && failed == 0)
        fprintf(out, "gates: %d passed\n", ngates);
    return failed;
}

static int
eval_get_records(const char *name, double *v, void *payload)
{
    return ws_eval_metric(payload, name, v);
}

typedef struct {
    double tok, sent, ner;
} eval_vals;

static int
eval_get_vals(const char *name, double *v, void *payload)
{
    const eval_vals *x = payload;
    if (strcmp(name, "tok_f1") == 0)
        *v = x->tok;
    else if (strcmp(name, "sent_f1") == 0)
        *v = x->sent;
    else if (strcmp(name, "ner_f1") == 0)
        *v = x->ner;
    else
        return -1;
    return 0;
}

/* "scores: name value ..." - the headline metrics that were measured and
 * every gated one, for scripts (tests/eval.sh's summary). */
static void
eval_scores_line(const ws_eval *ev, const ev_gate *gates, int ngates)
{
    static const char *const head[] = {
        "stmt_f1",          "stmt_f1_exact", "speaker_acc",
        "e2e_f1",           "stance_micro",  "stance_macro",
        "stance_macro_e2e", "target_acc",    "ent_f1"};
    const char *names[sizeof head / sizeof *head + EV_MAXGATES];
    int n = 0;
    for (size_t i = 0; i < sizeof head / sizeof *head; i++)
        names[n++] = head[i];
    for (int i = 0; i < ngates; i++) {
        int dup = 0;
        for (int j = 0; j < n && !dup; j++)
            dup = strcmp(names[j], gates[i].name) == 0;
        if (!dup)
            names[n++] = gates[i].name;
    }
    printf("scores:");
    for (int i = 0; i < n; i++) {
        double v;
        if (ws_eval_metric(ev, names[i], &v) == 0 && !isnan(v))
            printf(" %s %.1f", names[i], v);
    }
    printf("\n");
}

static int
eval_close_stdout(int rc)
{
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "whosaid eval: cannot write output: %s\n",
                strerror(errno));
        return WS_EXIT_IOERR;
    }
    return rc;
}

/* --ud and --bio */
static int
eval_external(const char *ud, const char *bio, const char *lang_opt, int json,
              const ev_gate *gates, int ngates)
{
    const char *path = ud != NULL ? ud : bio;
    for (int i = 0; i < ngates; i++) {
        const char *n = gates[i].name;
        int ok = ud != NULL
                     ? strcmp(n, "tok_f1") == 0 || strcmp(n, "sent_f1") == 0
                     : strcmp(n, "ner_f1") == 0;
        if (!ok) {
            fprintf(stderr, "whosaid eval: unknown gate '%s' for %s\n", n,
                    ud != NULL ? "--ud" : "--bio");
            return WS_EXIT_USAGE;
        }
    }
    FILE *fp = fopen(path, "r");
    if (fp == NULL) {
        fprintf(stderr, "whosaid eval: cannot open %s: %s\n", path,
                strerror(errno));
        return WS_EXIT_NOINPUT;
    }
    fclose(fp);
    char lang[8];
    if (lang_opt != NULL)
        snprintf(lang, sizeof lang, "%s", lang_opt);
    else
        eval_lang_of(path, lang);
    char err[256] = "";
    ws_models *m = ws_models_open(NULL, err, sizeof err);
    if (m == NULL) {
        fprintf(stderr, "whosaid eval: models: %s\n", err);
        return WS_EXIT_NOINPUT;
    }
    ws_worker *w = ws_worker_new(m);
    if (w == NULL) {
        fprintf(stderr, "whosaid eval: out of memory\n");
        ws_models_free(m);
        return WS_EXIT_SOFTWARE;
    }
    eval_vals v = {NAN, NAN, NAN};
    FILE *rep = json ? stderr : stdout;
    int rc;
    if (ud != NULL) {
        rc = ws_ud_eval(w, path, lang, rep, &v.tok, &v.sent);
    } else {
        rc = ws_bio_eval(w, lang, path, rep, &v.ner);
    }
    ws_worker_free(w);
    ws_models_leave(m);
    if (rc < 0) {
        fprintf(stderr, "whosaid eval: %s: %s\n", path, ws_strerror(-rc));
        return rc == -WS_EIO ? WS_EXIT_NOINPUT : WS_EXIT_DATAERR;
    }
    if (json) {
        ws_buf b = {0};
        ws_buf_puts(&b, "{\"file\":");
        ws_buf_jstrz(&b, path);
        ws_buf_puts(&b, ",\"lang\":");
        ws_buf_jstrz(&b, lang);
        if (ud != NULL) {
            if (isnan(v.tok))
                ws_buf_puts(&b, ",\"tok_f1\":null,\"sent_f1\":null}");
            else
                ws_buf_printf(&b, ",\"tok_f1\":%.2f,\"sent_f1\":%.2f}", v.tok,
                              v.sent);
        } else if (isnan(v.ner)) {
            ws_buf_puts(&b, ",\"ner_f1\":null}");
        } else {
            ws_buf_printf(&b, ",\"ner_f1\":%.2f}", v.ner);
        }
        ws_buf_putc(&b, '\n');
        fwrite(b.buf, 1, b.len, stdout);
        ws_buf_free(&b);
    }
    if (!json) {
        if (ud != NULL)
            printf("scores: tok_f1 %.1f sent_f1 %.1f\n", v.tok, v.sent);
        else
            printf("scores: ner_f1 %.1f\n", v.ner);
    }
    int failed =
        eval_gates(gates, ngates, eval_get_vals, json ? stderr : stdout, &v);
    return eval_close_stdout(failed > 0 ? 1 : WS_EXIT_OK);
}

/* ---- --label-gold: the stance labeller on gold statements ---- */

enum { LAB_NEW, LAB_OLD, LAB_VERB, LAB_RULES };

/* --features: one line per gold statement for training the stance
 * fallback: "F<TAB>doc<TAB>index<TAB>gold labels<TAB>rule labels<TAB>
 * features" (labels comma-separated). */
static void
eval_print_features(ws_worker *w, ws_doc *d, const ws_statement *st, int i,
                    unsigned gold)
{
    ws_buf b = {0};
    ws_buf_printf(&b, "F\t%s\t%d\t", d->id ? d->id : "?", i);
    int k = 0;
    for (int l = 0; l < WS_NSTANCES; l++)
        if (gold & (1u << l)) {
            ws_buf_printf(&b, "%s%s", k++ ? "," : "", ws_stance_name(l));
        }
    ws_buf_putc(&b, '\t');
    for (int l = 0; l < st->nstance; l++)
        ws_buf_printf(&b, "%s%s", l ? "," : "", ws_stance_name(st->stance[l]));
    ws_buf_putc(&b, '\t');
    ws_stance_label_features(w, d, st, &b);
    ws_buf_putc(&b, '\n');
    if (!b.oom)
        fwrite(b.buf, 1, b.len, stdout);
    ws_buf_free(&b);
}

static int
eval_jspan(const ws_json *o, int32_t ncp, ws_span *s)
{
    const ws_json *a = o ? ws_json_get(o, "start") : NULL;
    const ws_json *b = o ? ws_json_get(o, "end") : NULL;
    if (a == NULL || b == NULL || a->type != WS_JNUM || b->type != WS_JNUM)
        return -1;
    if (a->num < 0 || b->num < a->num || b->num > ncp)
        return -1;
    s->start = (int32_t)a->num;
    s->end = (int32_t)b->num;
    return 0;
}

/* Gold statements of obj into d->statements (no stance); the gold label
 * sets into gl[] (bit per label), at most cap. */
static int
eval_gold_statements(ws_doc *d, const ws_json *obj, unsigned *gl, int cap)
{
    const ws_json *sts = ws_json_get(obj, "statements");
    int n = 0;
    for (const ws_json *c = sts ? sts->child : NULL; c && n < cap;
         c = c->next) {
        const ws_json *k = ws_json_get(c, "kind");
        int kind = k && k->type == WS_JSTR ? ws_kind_parse(k->s) : -1;
        ws_statement *st = WS_PUSH(d->statements);
        if (st == NULL)
            return -WS_ENOMEM;
        st->kind = kind < 0 ? WS_REPORTED : kind;
        const ws_json *content = ws_json_get(c, "content");
        for (const ws_json *g = content ? content->child : NULL; g; g = g->next)
            if (st->ncontent < WS_MAX_SEGMENTS &&
                eval_jspan(g, d->ncp, &st->content[st->ncontent]) == 0)
                st->ncontent++;
        st->cue.start = st->cue.end = -1;
        st->speaker.start = st->speaker.end = -1;
        st->target_span.start = st->target_span.end = -1;
        st->speaker_ent = -1;
        eval_jspan(ws_json_get(c, "cue"), d->ncp, &st->cue);
        eval_jspan(ws_json_get(c, "speaker"), d->ncp, &st->speaker);
        const ws_json *nm = ws_json_get(c, "speaker_name");
        if (nm && nm->type == WS_JSTR)
            st->speaker_name = ws_arena_strdup(d->arena, nm->s);
        unsigned bits = 0;
        const ws_json *stance = ws_json_get(c, "stance");
        for (const ws_json *g = stance ? stance->child : NULL; g; g = g->next) {
            int l = g->type == WS_JSTR ? ws_stance_parse(g->s) : -1;
            if (l >= 0)
                bits |= 1u << l;
        }
        gl[n++] = bits;
    }
    return n;
}

static void
eval_print_span(ws_doc *d, ws_span s, int max)
{
    if (s.start < 0) {
        printf("-");
        return;
    }
    int32_t e = s.end - s.start > max ? s.start + max : s.end;
    const char *t = ws_doc_slice(d, s.start, e);
    for (const char *p = t; p && *p; p++)
        putchar(*p == '\n' ? ' ' : *p);
    if (e < s.end)
        printf("...");
}

static void
eval_print_labels(const int *l, int n)
{
    for (int i = 0; i < n; i++)
        printf("%s%s", i ? "+" : "", ws_stance_name(l[i]));
}

static int
eval_label_gold(const char *path, int labeller, int pipeline, int errors,
                int features, const ws_eval_options *opt, int json,
                const ev_gate *gates, int ngates)
{
    for (int i = 0; i < ngates; i++) {
        double v;
        ws_eval *probe = ws_eval_new(opt);
        int bad = probe && ws_eval_metric(probe, gates[i].name, &v) < 0;
        ws_eval_free(probe);
        if (bad) {
            fprintf(stderr, "whosaid eval: unknown gate '%s'\n", gates[i].name);
            return WS_EXIT_USAGE;
        }
    }
    FILE *gf = fopen(path, "r");
    if (gf == NULL) {
        fprintf(stderr, "whosaid eval: cannot open %s: %s\n", path,
                strerror(errno));
        return WS_EXIT_NOINPUT;
    }
    ws_eval *ev = ws_eval_new(opt);
    long nbad = 0;
    int r = ev ? ws_eval_read(ev, gf, path, 1, &nbad) : -WS_ENOMEM;
    if (r < 0) {
        fclose(gf);
        ws_eval_free(ev);
        return r == -WS_EIO ? WS_EXIT_IOERR : WS_EXIT_SOFTWARE;
    }
    rewind(gf);
    char err[256] = "";
    ws_models *m = ws_models_open(NULL, err, sizeof err);
    if (m == NULL) {
        fprintf(stderr, "whosaid eval: models: %s\n", err);
        fclose(gf);
        ws_eval_free(ev);
        return WS_EXIT_NOINPUT;
    }
    ws_worker *w = ws_worker_new(m);
    ws_doc *d = ws_doc_new();
    ws_arena *ja = ws_arena_new();
    ws_buf out = {0};
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0, nstmt = 0, nwrong = 0;
    int rc = WS_EXIT_OK;
    if (w == NULL || d == NULL || ja == NULL)
        rc = WS_EXIT_SOFTWARE;
    while (rc == WS_EXIT_OK && (len = getline(&line, &cap, gf)) > 0) {
        lineno++;
        ws_json *obj;
        ws_arena_reset(ja);
        if (ws_json_parse(ja, line, (size_t)len, &obj, err, sizeof err) < 0 ||
            obj->type != WS_JOBJ)
            continue; /* already reported by ws_eval_read */
        ws_doc_reset(d);
        if (ws_record_from_json(d, obj) < 0)
            continue;
        d->statements.n = 0;
        d->entities.n = 0;
        d->done = 0;
        ws_tokenize(w, d);
        ws_ner(w, d);
        unsigned gl[512];
        int ng = 0;
        if (pipeline) {
            if (labeller == LAB_OLD)
                ws_stance(w, d);
            else {
                ws_stance(w, d);
                for (int32_t i = 0; i < d->statements.n; i++) {
                    if (labeller == LAB_VERB)
                        ws_stance_label_baseline(w, d, &d->statements.v[i]);
                    else if (labeller == LAB_RULES)
                        ws_stance_label_rules(w, d, &d->statements.v[i]);
                    else
                        ws_stance_label_statement(w, d, &d->statements.v[i]);
                }
            }
        } else {
            ng = eval_gold_statements(d, obj, gl, 512);
            if (ng < 0) {
                rc = WS_EXIT_SOFTWARE;
                break;
            }
            for (int32_t i = 0; i < d->statements.n; i++) {
                ws_statement *st = &d->statements.v[i];
                if (labeller == LAB_OLD)
                    ws_stance_label(w, d, st);
                else if (labeller == LAB_VERB)
                    ws_stance_label_baseline(w, d, st);
                else if (labeller == LAB_RULES || features)
                    ws_stance_label_rules(w, d, st);
                else
                    ws_stance_label_statement(w, d, st);
                if (features && i < ng)
                    eval_print_features(w, d, st, i, gl[i]);
            }
        }
        d->done |= WS_DONE_STANCE;
        for (int i = 0; errors && i < ng && i < d->statements.n; i++) {
            ws_statement *st = &d->statements.v[i];
            unsigned pb = 0;
            for (int k = 0; k < st->nstance; k++)
                pb |= 1u << st->stance[k];
            nstmt++;
            if (pb == gl[i] && errors < 2)
                continue;
            nwrong += pb != gl[i];
            int glab[WS_NSTANCES], gn = 0;
            for (int l = 0; l < WS_NSTANCES; l++)
                if (gl[i] & (1u << l))
                    glab[gn++] = l;
            printf("%s %s#%d gold=", pb == gl[i] ? "OK" : "ERR",
                   d->id ? d->id : "?", i);
            eval_print_labels(glab, gn);
            printf(" pred=");
            eval_print_labels(st->stance, st->nstance);
            printf("%s%s\n    cue: ", st->negated ? " NEG" : "",
                   st->hedged ? " HEDGE" : "");
            eval_print_span(d, st->cue, 60);
            printf("\n    content: ");
            if (st->ncontent > 0)
                eval_print_span(d, st->content[0], 240);
            if (st->cue.start >= 0 && d->tokens.n > 0) {
                int32_t t = 0;
                while (t + 1 < d->tokens.n &&
                       d->tokens.v[t].end <= st->cue.start)
                    t++;
                const ws_sentence *se = &d->sentences.v[d->tokens.v[t].sent];
                ws_span ss = {se->start, se->end};
                printf("\n    sentence: ");
                eval_print_span(d, ss, 300);
            }
            printf("\n");
        }
        out.len = 0;
        ws_record_write(&out, d);
        if (out.oom) {
            rc = WS_EXIT_SOFTWARE;
            break;
        }
        if (ws_eval_add_record(ev, out.buf, out.len, err, sizeof err) < 0) {
            fprintf(stderr, "whosaid eval: %s:%ld: %s\n", path, lineno, err);
            nbad++;
        }
    }
    if (errors)
        printf("%ld of %ld statements differ from the gold label set\n", nwrong,
               nstmt);
    free(line);
    fclose(gf);
    ws_buf_free(&out);
    ws_arena_free(ja);
    ws_doc_free(d);
    ws_worker_free(w);
    ws_models_leave(m);
    if (rc != WS_EXIT_OK) {
        fprintf(stderr, "whosaid eval: out of memory\n");
        ws_eval_free(ev);
        return rc;
    }
    ws_eval_finish(ev);
    FILE *gout = stdout;
    if (json) {
        ws_buf b = {0};
        ws_eval_json(ev, &b);
        ws_buf_putc(&b, '\n');
        fwrite(b.buf, 1, b.len, stdout);
        ws_buf_free(&b);
        gout = stderr;
    } else {
        printf("labeller: %s on %s statements\n",
               labeller == LAB_OLD     ? "old (stance.c)"
               : labeller == LAB_VERB  ? "verb-only baseline"
               : labeller == LAB_RULES ? "stance_label.c rules only"
                                       : "stance_label.c",
               pipeline ? "pipeline" : "gold");
        ws_eval_report(ev, stdout);
        eval_scores_line(ev, gates, ngates);
    }
    int failed = eval_gates(gates, ngates, eval_get_records, gout, ev);
    ws_eval_free(ev);
    if (nbad > 0)
        fprintf(stderr, "whosaid eval: %ld malformed line(s) skipped\n", nbad);
    return eval_close_stdout(nbad > 0     ? WS_EXIT_DATAERR
                             : failed > 0 ? 1
                                          : WS_EXIT_OK);
}

int
ws_cmd_eval(int argc, char **argv)
{
    ev_gate gates[EV_MAXGATES];
    int ngates = 0, json = 0;
    const char *ud = NULL, *bio = NULL, *lang = NULL, *lgold = NULL;
    int labeller = LAB_NEW, lpipe = 0, lerrors = 0, lfeat = 0;
    const char *files[2] = {NULL, NULL};
    int nfiles = 0;
    ws_eval_options opt = WS_EVAL_OPTIONS_INIT;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *val = NULL;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            eval_usage(stdout);
            return eval_close_stdout(WS_EXIT_OK);
        } else if (strcmp(a, "--json") == 0) {
            json = 1;
        } else if (strcmp(a, "--label-pipeline") == 0) {
            lpipe = 1;
        } else if (strcmp(a, "--errors") == 0) {
            lerrors = 1;
        } else if (strcmp(a, "--list") == 0) {
            lerrors = 2;
        } else if (strcmp(a, "--features") == 0) {
            lfeat = 1;
        } else if ((strcmp(a, "--label-gold") == 0 ||
                    strcmp(a, "--baseline") == 0 ||
                    strcmp(a, "--labeller") == 0) &&
                   i + 1 < argc) {
            val = argv[++i];
            if (strcmp(a, "--label-gold") == 0) {
                lgold = val;
            } else if (strcmp(val, "verb") == 0) {
                labeller = LAB_VERB;
            } else if (strcmp(a, "--labeller") == 0 &&
                       strcmp(val, "old") == 0) {
                labeller = LAB_OLD;
            } else if (strcmp(a, "--labeller") == 0 &&
                       strcmp(val, "new") == 0) {
                labeller = LAB_NEW;
            } else if (strcmp(a, "--labeller") == 0 &&
                       strcmp(val, "rules") == 0) {
                labeller = LAB_RULES;
            } else {
                fprintf(stderr, "whosaid eval: unknown %s '%s'\n", a, val);
                return WS_EXIT_USAGE;
            }
        } else if (strcmp(a, "--per-sentence") == 0) {
            opt.per_sentence = 1;
        } else if (strcmp(a, "--no-per-sentence") == 0) {
            opt.per_sentence = 0;
        } else if (strcmp(a, "--min") == 0 || strcmp(a, "--ud") == 0 ||
                   strcmp(a, "--bio") == 0 || strcmp(a, "--lang") == 0 ||
                   strncmp(a, "--min=", 6) == 0) {
            if (strncmp(a, "--min=", 6) == 0) {
                val = a + 6;
            } else if (i + 1 < argc) {
                val = argv[++i];
            } else {
                fprintf(stderr, "whosaid eval: %s needs a value\n", a);
                eval_usage(stderr);
                return WS_EXIT_USAGE;
            }
            if (strncmp(a, "--min", 5) == 0) {
                if (ngates == EV_MAXGATES ||
                    eval_parse_gate(val, &gates[ngates]) < 0) {
                    fprintf(stderr,
                            "whosaid eval: bad gate '%s' (want NAME=VALUE, "
                            "VALUE a percentage 0-100)\n",
                            val);
                    return WS_EXIT_USAGE;
                }
                ngates++;
            } else if (strcmp(a, "--ud") == 0) {
                ud = val;
            } else if (strcmp(a, "--bio") == 0) {
                bio = val;
            } else {
                lang = val;
            }
        } else if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "whosaid eval: unknown option %s\n", a);
            eval_usage(stderr);
            return WS_EXIT_USAGE;
        } else if (nfiles < 2) {
            files[nfiles++] = a;
        } else {
            fprintf(stderr, "whosaid eval: too many arguments\n");
            eval_usage(stderr);
            return WS_EXIT_USAGE;
        }
    }
    if (lgold != NULL) {
        if (ud != NULL || bio != NULL || nfiles > 0) {
            fprintf(stderr, "whosaid eval: --label-gold takes one file\n");
            return WS_EXIT_USAGE;
        }
        return eval_label_gold(lgold, labeller, lpipe, lerrors, lfeat, &opt,
                               json, gates, ngates);
    }
    if (ud != NULL || bio != NULL) {
        if ((ud != NULL && bio != NULL) || nfiles > 0) {
            fprintf(stderr, "whosaid eval: --ud and --bio take one file and "
                            "no gold\n");
            return WS_EXIT_USAGE;
        }
        return eval_external(ud, bio, lang, json, gates, ngates);
    }
    if (nfiles == 0) {
        fprintf(stderr, "whosaid eval: no gold file\n");
        eval_usage(stderr);
        return WS_EXIT_USAGE;
    }

    if (lerrors)
        opt.errors = stdout;
    ws_eval *ev = ws_eval_new(&opt);
    if (ev == NULL) {
        fprintf(stderr, "whosaid eval: out of memory\n");
        return WS_EXIT_SOFTWARE;
    }
    int rc = WS_EXIT_OK;
    for (int i = 0; i < ngates; i++) {
        double v;
        if (ws_eval_metric(ev, gates[i].name, &v) < 0) {
            fprintf(stderr, "whosaid eval: unknown gate '%s'\n", gates[i].name);
            ws_eval_free(ev);
            return WS_EXIT_USAGE;
        }
    }
    long nbad = 0;
    FILE *gf = fopen(files[0], "r");
    if (gf == NULL) {
        fprintf(stderr, "whosaid eval: cannot open %s: %s\n", files[0],
                strerror(errno));
        ws_eval_free(ev);
        return WS_EXIT_NOINPUT;
    }
    int r = ws_eval_read(ev, gf, files[0], 1, &nbad);
    fclose(gf);
    FILE *rf = stdin;
    const char *rname = "<stdin>";
    if (r == 0 && files[1] != NULL && strcmp(files[1], "-") != 0) {
        rname = files[1];
        rf = fopen(rname, "r");
        if (rf == NULL) {
            fprintf(stderr, "whosaid eval: cannot open %s: %s\n", rname,
                    strerror(errno));
            ws_eval_free(ev);
            return WS_EXIT_NOINPUT;
        }
    }
    if (r == 0)
        r = ws_eval_read(ev, rf, rname, 0, &nbad);
    if (rf != stdin)
        fclose(rf);
    if (r < 0) {
        ws_eval_free(ev);
        return r == -WS_EIO ? WS_EXIT_IOERR : WS_EXIT_SOFTWARE;
    }
    ws_eval_finish(ev);
    FILE *gout = stdout;
    if (json) {
        ws_buf b = {0};
        ws_eval_json(ev, &b);
        ws_buf_putc(&b, '\n');
        if (b.oom) {
            fprintf(stderr, "whosaid eval: out of memory\n");
            rc = WS_EXIT_SOFTWARE;
        } else {
            fwrite(b.buf, 1, b.len, stdout);
        }
        ws_buf_free(&b);
        gout = stderr;
    } else {
        ws_eval_report(ev, stdout);
        eval_scores_line(ev, gates, ngates);
    }
    int failed = eval_gates(gates, ngates, eval_get_records, gout, ev);
    if (nbad > 0)
        fprintf(stderr, "whosaid eval: %ld malformed line(s) skipped\n", nbad);
    if (rc == WS_EXIT_OK)
        rc = nbad > 0 ? WS_EXIT_DATAERR : failed > 0 ? 1 : WS_EXIT_OK;
    ws_eval_free(ev);
    return eval_close_stdout(rc);
}
