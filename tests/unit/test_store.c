/*
 * test_store.c - the corpus store (pipeline/store.c): migrations from an
 * older schema, dedup, save/load round trip of annotations, replacement
 * without duplicate rows, pending counts, export cursors, verify.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"
#include "ws_int.h"

static ws_doc *
make_doc(const char *id, const char *text)
{
    ws_doc *d = ws_doc_new();
    ws_doc_set_text(d, text, strlen(text));
    d->id = ws_arena_strdup(d->arena, id);
    d->date = "2024-02-03";
    d->source = "Test Wire, \"quoted\"";
    strcpy(d->lang, "en");
    d->lang_given = 1;
    return d;
}

/* A hand-made annotation: 2 sentences, tokens, 2 entities, 1 statement. */
static void
annotate_by_hand(ws_doc *d)
{
    /* text: "Anna Berg said: \"We object.\"\nThe end." */
    int32_t toks[][2] = {{0, 4},   {5, 9},   {10, 14}, {14, 15},
                         {16, 17}, {17, 19}, {20, 26}, {26, 27},
                         {27, 28}, {29, 32}, {33, 36}, {36, 37}};
    int n = (int)(sizeof toks / sizeof toks[0]);
    for (int i = 0; i < n; i++) {
        ws_token *t = WS_PUSH(d->tokens);
        t->start = toks[i][0];
        t->end = toks[i][1];
        t->bstart = ws_doc_byte(d, t->start);
        t->bend = ws_doc_byte(d, t->end);
        t->sent = i < 9 ? 0 : 1;
    }
    ws_sentence *s = WS_PUSH(d->sentences);
    s->start = 0, s->end = 28, s->tok0 = 0, s->tok1 = 9, s->para = 0;
    s = WS_PUSH(d->sentences);
    s->start = 29, s->end = 37, s->tok0 = 9, s->tok1 = 12, s->para = 1;
    ws_entity *e = WS_PUSH(d->entities);
    e->start = 0, e->end = 9, e->type = WS_PERSON, e->name = "Anna Berg";
    e->role = -1, e->org = -1, e->cluster = 0, e->source = "test";
    e = WS_PUSH(d->entities);
    e->start = 33, e->end = 36, e->type = WS_MISC, e->name = "end";
    e->role = -1, e->org = 0, e->cluster = 1;
    ws_statement *st = WS_PUSH(d->statements);
    st->kind = WS_DIRECT;
    st->content[0].start = 17, st->content[0].end = 27, st->ncontent = 1;
    st->cue.start = 10, st->cue.end = 14;
    st->speaker.start = 0, st->speaker.end = 9;
    st->speaker_ent = 0;
    st->speaker_name = "Anna Berg";
    st->speaker_role = "minister, \"acting\"";
    st->stance[0] = WS_DENIAL, st->stance[1] = WS_WARNING, st->nstance = 2;
    st->target = NULL;
    st->target_span.start = st->target_span.end = -1;
    st->negated = 1;
    d->done = WS_DONE_TOKENIZE | WS_DONE_NER | WS_DONE_STANCE;
}

static long
count_rows(ws_store *s, int kind)
{
    ws_store_filter f = {0};
    ws_store_cursor *c;
    if (ws_store_query(s, kind, &f, &c) < 0)
        return -1;
    long n = 0;
    while (ws_store_next(c) > 0)
        n++;
    ws_store_cursor_free(c);
    return n;
}

int
main(void)
{
    char dir[] = "/tmp/ws-test-store.XXXXXX";
    if (mkdtemp(dir) == NULL)
        return 1;
    char path[256], err[1100];
    snprintf(path, sizeof path, "%s/c.db", dir);
    ws_store *s;

    /* an old schema (1) migrates to the current one, data kept */
    CHECK(ws_store_open(&s, path, 0, 0, err, sizeof err) < 0,
          "opened a missing store without CREATE");
    CHECK(strstr(err, "corpus init") != NULL, "message: %s", err);
    CHECK(ws_store_open(&s, path, WS_STORE_CREATE, 1, err, sizeof err) == 0,
          "create at schema 1: %s", err);
    CHECK(ws_store_schema(s) == 1, "schema %d", ws_store_schema(s));
    ws_buf scratch = {0};
    int64_t run, rowid, vid;
    int what;
    ws_doc *d = make_doc("a1", "Anna Berg said: \"We object.\"\nThe end.");
    CHECK(ws_store_run_start(s, "add", -1, 1, &run) == 0, "run start");
    CHECK(ws_store_add(s, run, d, "t:1", &scratch, &what, &rowid) == 0 &&
              what == WS_STORE_ADDED,
          "add: %s", ws_store_errmsg(s));
    ws_store_close(s);
    CHECK(ws_store_open(&s, path, 0, 0, err, sizeof err) == 0, "reopen: %s",
          err);
    CHECK(ws_store_schema(s) == WS_STORE_SCHEMA, "migrated to %d",
          ws_store_schema(s));

    /* dedup: same text -> duplicate; same id, new text -> updated */
    CHECK(ws_store_add(s, run, d, "t:2", &scratch, &what, &rowid) == 0 &&
              what == WS_STORE_DUPLICATE,
          "dedup");
    ws_doc *d2 = make_doc("b2", "Another text entirely.");
    CHECK(ws_store_add(s, run, d2, "t:3", &scratch, &what, &rowid) == 0 &&
              what == WS_STORE_ADDED && rowid == 2,
          "second doc");

    /* pending: both new */
    CHECK(ws_store_version_id(s, "v1", &vid) == 0, "version id");
    long never, stale;
    CHECK(ws_store_pending(s, vid, &never, &stale) == 0 && never == 2 &&
              stale == 0,
          "pending %ld %ld", never, stale);
    int64_t ids[8];
    CHECK(ws_store_pending_ids(s, vid, 0, ids, 8) == 2 && ids[0] == 1,
          "pending ids");

    /* save twice (a rerun): rows replaced, never duplicated */
    annotate_by_hand(d);
    for (int k = 0; k < 2; k++) {
        CHECK(ws_store_begin(s) == 0, "begin");
        CHECK(ws_store_save(s, 1, run, vid, d, &scratch) == 0, "save: %s",
              ws_store_errmsg(s));
        CHECK(ws_store_commit(s) == 0, "commit");
    }
    CHECK(count_rows(s, WS_EXPORT_STATEMENTS) == 1, "statements %ld",
          count_rows(s, WS_EXPORT_STATEMENTS));
    CHECK(count_rows(s, WS_EXPORT_ENTITIES) == 2, "entities");
    CHECK(ws_store_pending(s, vid, &never, &stale) == 0 && never == 1 &&
              stale == 0,
          "pending after save %ld %ld", never, stale);
    /* new versions: stale */
    int64_t vid2;
    CHECK(ws_store_version_id(s, "v2", &vid2) == 0 && vid2 != vid, "v2");
    CHECK(ws_store_pending(s, vid2, &never, &stale) == 0 && never == 1 &&
              stale == 1,
          "stale %ld %ld", never, stale);
    /* a rolled back save leaves the old annotation */
    CHECK(ws_store_begin(s) == 0, "begin");
    d->statements.n = 0;
    CHECK(ws_store_save(s, 1, run, vid2, d, &scratch) == 0, "save");
    ws_store_rollback(s);
    CHECK(count_rows(s, WS_EXPORT_STATEMENTS) == 1, "rollback kept rows");

    /* load: the annotation comes back */
    ws_doc *l = ws_doc_new();
    const char *versions;
    CHECK(ws_store_load(s, 1, l, 1, &versions) == 1, "load");
    CHECK(versions && strcmp(versions, "v1") == 0, "versions %s",
          versions ? versions : "NULL");
    CHECK(l->tokens.n == 12 && l->sentences.n == 2 &&
              l->sentences.v[1].tok0 == 9 && l->tokens.v[11].end == 37,
          "tokens %d sentences %d", (int)l->tokens.n, (int)l->sentences.n);
    CHECK(l->paragraphs.n == 2, "paragraphs %d", (int)l->paragraphs.n);
    CHECK(l->entities.n == 2 && l->entities.v[1].org == 0 &&
              strcmp(l->entities.v[0].text, "Anna Berg") == 0,
          "entities");
    CHECK(l->statements.n == 1 && l->statements.v[0].nstance == 2 &&
              l->statements.v[0].stance[1] == WS_WARNING &&
              l->statements.v[0].negated == 1 &&
              l->statements.v[0].target_span.start == -1 &&
              strcmp(l->statements.v[0].speaker_role, "minister, \"acting\"") ==
                  0,
          "statement");
    CHECK(strcmp(l->source, "Test Wire, \"quoted\"") == 0 &&
              strcmp(l->lang, "en") == 0,
          "meta");
    CHECK(ws_store_load(s, 2, l, 1, NULL) == 0 && l->tokens.n == 0,
          "unannotated load");

    /* export cursor: values and filters */
    ws_store_filter f = {0};
    f.stance = "warning";
    ws_store_cursor *c;
    CHECK(ws_store_query(s, WS_EXPORT_STATEMENTS, &f, &c) == 0, "query");
    int got = 0;
    while (ws_store_next(c) > 0) {
        got++;
        size_t len;
        for (int i = 0; i < ws_store_ncols(c); i++) {
            const char *name = ws_store_colname(c, i);
            const char *v = ws_store_text(c, i, &len);
            if (strcmp(name, "content") == 0)
                CHECK(v && strcmp(v, "We object.") == 0, "content %s", v);
            if (strcmp(name, "stance") == 0)
                CHECK(v && strcmp(v, "denial;warning") == 0, "stance %s", v);
            if (strcmp(name, "cue") == 0)
                CHECK(v && strcmp(v, "said") == 0, "cue %s", v);
            if (strcmp(name, "target") == 0)
                CHECK(v == NULL && ws_store_coltype(c, i) == WS_COL_NULL,
                      "null target");
        }
    }
    ws_store_cursor_free(c);
    CHECK(got == 1, "stance filter rows %d", got);
    f.stance = "support";
    CHECK(ws_store_query(s, WS_EXPORT_STATEMENTS, &f, &c) == 0 &&
              ws_store_next(c) == 0,
          "no support rows");
    ws_store_cursor_free(c);
    ws_store_filter g = {0};
    g.since = "2024-03-01";
    CHECK(ws_store_query(s, WS_EXPORT_DOCUMENTS, &g, &c) == 0 &&
              ws_store_next(c) == 0,
          "--since excludes");
    ws_store_cursor_free(c);
    g.since = "2024-02-03";
    g.source = "Wire";
    CHECK(ws_store_query(s, WS_EXPORT_DOCUMENTS, &g, &c) == 0 &&
              ws_store_next(c) == 1,
          "--since/--source include");
    ws_store_cursor_free(c);
    /* input that looks like SQL is only a value */
    g.source = "x' OR 1=1; DROP TABLE documents; --";
    CHECK(ws_store_query(s, WS_EXPORT_DOCUMENTS, &g, &c) == 0 &&
              ws_store_next(c) == 0,
          "injection attempt is a value");
    ws_store_cursor_free(c);
    CHECK(count_rows(s, WS_EXPORT_DOCUMENTS) == 2, "documents intact");

    /* verify */
    FILE *devnull = fopen("/dev/null", "w");
    long problems = -1;
    CHECK(ws_store_verify(s, devnull, &problems) == 0 && problems == 0,
          "verify: %ld problems", problems);
    fclose(devnull);

    /* content hash: stable, length-sensitive */
    unsigned char h1[16], h2[16];
    ws_store_hash("abc", 3, h1);
    ws_store_hash("abc", 3, h2);
    CHECK(memcmp(h1, h2, 16) == 0, "hash stable");
    ws_store_hash("abc\0", 4, h2);
    CHECK(memcmp(h1, h2, 16) != 0, "hash length");

    ws_store_close(s);
    ws_doc_free(d);
    ws_doc_free(d2);
    ws_doc_free(l);
    ws_buf_free(&scratch);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    TEST_END();
}
