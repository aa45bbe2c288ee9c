/*
 * show_cmd.c - `whosaid show`: prints the statements of records readably,
 * one block per document (used by `make demo`).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Prints text[start:end) (code points) with newlines folded to spaces,
 * cut to at most max code points. */
static void
put_span(const char *text, const int32_t *cp2b, int32_t ncp, int32_t s,
         int32_t e, int max)
{
    if (s < 0 || e > ncp || e < s)
        return;
    int cut = 0;
    if (e - s > max) {
        e = s + max;
        cut = 1;
    }
    for (int32_t b = cp2b[s]; b < cp2b[e]; b++)
        putchar(text[b] == '\n' ? ' ' : text[b]);
    if (cut)
        fputs("…", stdout);
}

static int
show_one(ws_doc *d, const ws_json *obj)
{
    printf("== %s", d->id ? d->id : "?");
    if (d->date)
        printf("  %s", d->date);
    if (d->lang[0])
        printf("  [%s]", d->lang);
    if (d->title)
        printf("  %s", d->title);
    putchar('\n');
    const ws_json *sts = ws_json_get(obj, "statements");
    if (sts == NULL || sts->type != WS_JARR || sts->n == 0) {
        printf("   (no statements)\n\n");
        return 0;
    }
    int k = 0;
    for (const ws_json *s = sts->child; s; s = s->next) {
        const ws_json *v;
        printf("%3d. ", ++k);
        v = ws_json_get(s, "stance");
        printf("[");
        for (const ws_json *l = v ? v->child : NULL; l; l = l->next)
            printf("%s%s", l == v->child ? "" : ",",
                   l->type == WS_JSTR ? l->s : "?");
        printf("] ");
        v = ws_json_get(s, "speaker_name");
        const ws_json *sp = ws_json_get(s, "speaker");
        if (v && v->type == WS_JSTR)
            printf("%s", v->s);
        else if (sp && ws_json_get(sp, "text") &&
                 ws_json_get(sp, "text")->type == WS_JSTR)
            printf("\"%s\"", ws_json_get(sp, "text")->s);
        else
            printf("(unknown speaker)");
        const ws_json *role = ws_json_get(s, "speaker_role");
        const ws_json *org = ws_json_get(s, "speaker_org");
        if ((role && role->type == WS_JSTR) || (org && org->type == WS_JSTR))
            printf(" (%s%s%s)", role && role->type == WS_JSTR ? role->s : "",
                   role && role->type == WS_JSTR && org && org->type == WS_JSTR
                       ? ", "
                       : "",
                   org && org->type == WS_JSTR ? org->s : "");
        v = ws_json_get(s, "kind");
        const ws_json *cue = ws_json_get(s, "cue");
        const ws_json *cuet = cue ? ws_json_get(cue, "text") : NULL;
        printf(" — %s", v && v->type == WS_JSTR ? v->s : "?");
        if (cuet && cuet->type == WS_JSTR)
            printf(", \"%s\"", cuet->s);
        printf("\n       ");
        v = ws_json_get(s, "content");
        int seg = 0;
        for (const ws_json *c = v ? v->child : NULL; c; c = c->next) {
            const ws_json *a = ws_json_get(c, "start");
            const ws_json *b = ws_json_get(c, "end");
            if (!a || !b || a->type != WS_JNUM || b->type != WS_JNUM)
                continue;
            printf("%s", seg++ ? " … " : "« ");
            put_span(d->text, d->cp2b.v, d->ncp, (int32_t)a->num,
                     (int32_t)b->num, 160);
        }
        printf("%s\n", seg ? " »" : "(no content)");
        v = ws_json_get(s, "target");
        if (v && v->type == WS_JSTR)
            printf("       target: %s\n", v->s);
    }
    putchar('\n');
    return 0;
}

int
ws_cmd_show(int argc, char **argv)
{
    if (argc > 1 &&
        (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        printf("usage: whosaid show [RECORDS.jsonl]\n"
               "Prints the statements of stance records readably.\n");
        return WS_EXIT_OK;
    }
    FILE *fp = stdin;
    if (argc > 1 && strcmp(argv[1], "-") != 0) {
        fp = fopen(argv[1], "rb");
        if (fp == NULL) {
            perror(argv[1]);
            return WS_EXIT_NOINPUT;
        }
    }
    ws_doc *d = ws_doc_new();
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long ln = 0;
    int status = WS_EXIT_OK;
    while (d && (n = getline(&line, &cap, fp)) > 0) {
        ln++;
        ws_doc_reset(d);
        ws_json *obj;
        char err[128];
        if (ws_json_parse(d->arena, line, (size_t)n, &obj, err, sizeof err) <
                0 ||
            obj->type != WS_JOBJ) {
            fprintf(stderr, "whosaid show: line %ld: not a record\n", ln);
            status = WS_EXIT_DATAERR;
            continue;
        }
        ws_record_from_json(d, obj);
        show_one(d, obj);
    }
    free(line);
    ws_doc_free(d);
    if (fp != stdin)
        fclose(fp);
    return status;
}
