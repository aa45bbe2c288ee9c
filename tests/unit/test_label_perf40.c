/*
 * test_label_perf40.c - the record writing and the arena of `whosaid run`
 * (session 40): ws_annotate_batch_emit() hands each document over once its
 * last stage is through, that stage allocating in a block lent to the
 * document's arena (ws_arena_lend, taken back by ws_arena_reclaim when the
 * record is written) and reused from one document to the next.  Each test
 * is named after what it proves, on short invented documents.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

/* A lent block takes what is allocated after the mark, even without a
 * spare; the memory before it is left as it was; reclaim gives the block
 * back as the next spare, whose memory the next lend hands out again from
 * its start (the same addresses: warm) */
static void
test_lend_reclaim_keeps_before_and_reuses_block(void)
{
    ws_arena *a = ws_arena_new();
    CHECK(a != NULL, "arena");
    if (a == NULL)
        return;
    char *before = ws_arena_strdup(a, "read with the document");
    void *spare = NULL;
    char *first = NULL;
    /* rounds 0-2 small, 3 more than a block (a block of its own: the
     * largest is kept as the spare), 4-6 small in that spare */
    for (int round = 0; round < 7; round++) {
        void *mark = ws_arena_lend(a, spare);
        spare = NULL;
        char *p = ws_arena_alloc(a, 100);
        CHECK(p != NULL, "round %d: alloc", round);
        if (p == NULL)
            break;
        int zero = 1;
        for (int k = 0; k < 100; k++)
            zero &= p[k] == 0;
        CHECK(zero, "round %d: not zeroed", round);
        memset(p, 'x', 100);
        if (round == 0 || round == 4)
            first = p;
        else if (round != 3)
            CHECK(p == first, "round %d: the spare's start again", round);
        if (round == 3) {
            char *q = ws_arena_alloc_raw(a, 200000);
            CHECK(q != NULL, "big alloc");
            if (q != NULL)
                memset(q, 'y', 200000);
        }
        spare = ws_arena_reclaim(a, mark);
        CHECK(spare != NULL, "round %d: a spare back", round);
        CHECK(strcmp(before, "read with the document") == 0,
              "round %d: memory before the mark kept", round);
    }
    /* after the lends, the arena's own block goes on as before */
    char *after = ws_arena_strdup(a, "after");
    CHECK(after != NULL && strcmp(after, "after") == 0 &&
              strcmp(before, "read with the document") == 0,
          "own block after the lends");
    ws_arena_spare_free(spare);
    ws_arena_free(a);
}

/* Many lends in turn on many arenas with one spare going round (as
 * `whosaid run` does over a batch): each arena's memory before its mark
 * is left whole */
static void
test_spare_goes_round_arenas(void)
{
    enum { NA = 8 };
    ws_arena *a[NA];
    char *mine[NA];
    for (int i = 0; i < NA; i++) {
        a[i] = ws_arena_new();
        CHECK(a[i] != NULL, "arena %d", i);
        if (a[i] == NULL)
            return;
        mine[i] = ws_arena_printf(a[i], "arena %d's own", i);
    }
    void *spare = NULL;
    uint32_t seed = 40;
    int allocs_ok = 1;
    for (int r = 0; r < 200; r++) {
        int i = r % NA;
        void *mark = ws_arena_lend(a[i], spare);
        spare = NULL;
        for (int k = 0; k < 20; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t n = (seed >> 8) % 9000;
            char *p = ws_arena_alloc(a[i], n);
            allocs_ok &= p != NULL;
            if (p != NULL)
                memset(p, 'z', n);
        }
        spare = ws_arena_reclaim(a[i], mark);
    }
    CHECK(allocs_ok, "allocations in lent blocks");
    for (int i = 0; i < NA; i++) {
        char want[32];
        snprintf(want, sizeof want, "arena %d's own", i);
        CHECK(strcmp(mine[i], want) == 0, "arena %d kept its own", i);
        ws_arena_free(a[i]);
    }
    ws_arena_spare_free(spare);
}

/* ---- ws_annotate_batch_emit ---- */

static const char *const texts[] = {
    "The minister said on Monday that the bridge would close. \"We have no "
    "choice,\" she told reporters.",
    "",
    "   \n\t ",
    "Police denied the claim, a spokesman said. The union warned of "
    "strikes.",
    "\"It is a disgrace,\" said John Smith, the mayor of Leeds.",
    "Short.",
    "Die Regierung sagte, die Br\xc3\xbc"
    "cke bleibe gesperrt.",
    "According to the council, the ferry was late again, and residents "
    "condemned the delay.",
};
enum { NT = sizeof texts / sizeof *texts };

/* the documents of texts, read as the reader would (id, text) */
static void
docs_fill(ws_doc **docs)
{
    for (int i = 0; i < NT; i++) {
        ws_doc_reset(docs[i]);
        ws_doc_set_text(docs[i], texts[i], strlen(texts[i]));
        docs[i]->id = ws_arena_printf(docs[i]->arena, "doc%d", i);
    }
}

typedef struct {
    ws_buf out;
    int calls;
    int order_ok;
    int dropped_ok; /* the previous document's annotations were dropped */
    ws_doc **docs;
} emit_t;

static void
on_done(void *ctx, ws_doc *d)
{
    emit_t *e = ctx;
    if (e->calls > 0) {
        ws_doc *prev = e->docs[e->calls - 1];
        if (prev->tokens.n != 0 || prev->entities.n != 0 ||
            prev->statements.n != 0 || prev->done != 0)
            e->dropped_ok = 0;
    }
    if (e->calls >= NT || e->docs[e->calls] != d)
        e->order_ok = 0;
    e->calls++;
    ws_record_write(&e->out, d);
}

/* The records ws_annotate_batch_emit() hands over are those written after
 * ws_annotate_batch(), byte for byte, in order, one a document (empty and
 * blank ones too), for each set of stages; after done() the document's
 * annotations are dropped (their memory went back with the spare) */
static void
test_emit_records_same_as_batch(void)
{
    static const unsigned stages[] = {WS_ANNOTATE_TOKENIZE, WS_ANNOTATE_NER,
                                      WS_ANNOTATE_STANCE};
    ws_doc *docs[NT];
    for (int i = 0; i < NT; i++)
        docs[i] = ws_doc_new();
    void *spare = NULL;
    for (size_t s = 0; s < sizeof stages / sizeof *stages; s++) {
        /* twice: the second time the spare is warm */
        for (int round = 0; round < 2; round++) {
            ws_buf want = {0};
            docs_fill(docs);
            ws_annotate_batch(worker, docs, NT, stages[s], "test");
            for (int i = 0; i < NT; i++)
                ws_record_write(&want, docs[i]);
            emit_t e = {{0}, 0, 1, 1, docs};
            docs_fill(docs);
            ws_annotate_batch_emit(worker, docs, NT, stages[s], "test", on_done,
                                   &e, &spare);
            CHECK(e.calls == NT, "stages %u: %d calls", stages[s], e.calls);
            CHECK(e.order_ok, "stages %u: in order", stages[s]);
            CHECK(e.dropped_ok, "stages %u: annotations dropped", stages[s]);
            CHECK(!want.oom && !e.out.oom && want.len == e.out.len &&
                      memcmp(want.buf, e.out.buf, want.len) == 0,
                  "stages %u round %d: records differ", stages[s], round);
            CHECK(spare != NULL, "stages %u: a spare", stages[s]);
            ws_buf_free(&want);
            ws_buf_free(&e.out);
        }
    }
    /* the statements were found at all (the comparison is not empty) */
    docs_fill(docs);
    ws_annotate_batch(worker, docs, NT, WS_ANNOTATE_STANCE, "test");
    int nst = 0;
    for (int i = 0; i < NT; i++)
        nst += docs[i]->statements.n;
    CHECK(nst >= 3, "%d statements", nst);
    for (int i = 0; i < NT; i++)
        ws_doc_free(docs[i]);
    ws_arena_spare_free(spare);
}

/* One document at a time (a batch of one, as --unbuffered runs) gives
 * the same records as a batch */
static void
test_emit_one_at_a_time_same(void)
{
    ws_doc *docs[NT];
    for (int i = 0; i < NT; i++)
        docs[i] = ws_doc_new();
    void *spare = NULL;
    emit_t all = {{0}, 0, 1, 1, docs};
    docs_fill(docs);
    ws_annotate_batch_emit(worker, docs, NT, WS_ANNOTATE_STANCE, "test",
                           on_done, &all, &spare);
    ws_buf one = {0};
    docs_fill(docs);
    for (int i = 0; i < NT; i++) {
        emit_t e = {{0}, 0, 1, 1, docs + i};
        ws_annotate_batch_emit(worker, docs + i, 1, WS_ANNOTATE_STANCE, "test",
                               on_done, &e, &spare);
        CHECK(e.calls == 1, "doc %d: %d calls", i, e.calls);
        ws_buf_put(&one, e.out.buf, e.out.len);
        ws_buf_free(&e.out);
    }
    CHECK(one.len == all.out.len && memcmp(one.buf, all.out.buf, one.len) == 0,
          "one at a time differs from the batch");
    ws_buf_free(&one);
    ws_buf_free(&all.out);
    for (int i = 0; i < NT; i++)
        ws_doc_free(docs[i]);
    ws_arena_spare_free(spare);
}

int
main(void)
{
    char err[512];
    test_lend_reclaim_keeps_before_and_reuses_block();
    test_spare_goes_round_arenas();
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_label_perf40: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_emit_records_same_as_batch();
    test_emit_one_at_a_time_same();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
