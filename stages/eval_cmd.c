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
        "Scores pipeline records (JSON Lines, default stdin) against gold in\n"
        "the FORMAT.md form and prints a scoreboard: statements by kind at\n"
        "overlap 0.5, 0.8 and exact, speaker accuracy, end-to-end F1, stance\n"
        "micro/macro F1 with per-label scores and confusion, entities by "
        "type.\n"
        "--ud scores tokenize on a UD treebank (token and sentence F1),\n"
        "--bio the named-entity tagger on a .bio file (exact-span F1).\n"
        "Options:\n"
        "  --json             print one JSON line instead of the scoreboard\n"
        "  --min NAME=VALUE   gate: fail when metric NAME (percent) < VALUE;\n"
        "                     repeatable.  Records: stmt_f1 stmt_f1_08\n"
        "                     stmt_f1_exact stmt_p stmt_r speaker_acc e2e_f1\n"
        "                     (also _direct _indirect _mixed _reported),\n"
        "                     kind_acc role_acc org_acc stance_micro\n"
        "                     stance_macro stance_exact (also _e2e), ent_p\n"
        "                     ent_r ent_f1 ent_f1_PERSON ...; --ud: tok_f1\n"
        "                     sent_f1; --bio: ner_f1\n"
        "  --per-sentence     score stance per sentence (automatic when every\n"
        "                     gold content is empty and the gold meta.scoring\n"
        "                     says sentence); --no-per-sentence turns it off\n"
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
        "stmt_f1",      "stmt_f1_exact", "speaker_acc",      "e2e_f1",
        "stance_micro", "stance_macro",  "stance_macro_e2e", "ent_f1"};
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

/* F1 as a percentage whether the scorer gave a fraction or a percent. */
static double
eval_percent(double v)
{
    return v > 0 && v <= 1.0 ? v * 100.0 : v;
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
        v.tok = eval_percent(v.tok);
        v.sent = eval_percent(v.sent);
    } else {
        rc = ws_bio_eval(w, lang, path, rep, &v.ner);
        v.ner = eval_percent(v.ner);
    }
    ws_worker_free(w);
    ws_models_free(m);
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

int
ws_cmd_eval(int argc, char **argv)
{
    ev_gate gates[EV_MAXGATES];
    int ngates = 0, json = 0;
    const char *ud = NULL, *bio = NULL, *lang = NULL;
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
