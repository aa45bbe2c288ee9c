/*
 * test_stance_ctx_sweep31.c - ctx_init's sweep (session 31, speed): the
 * light-verb and split-act rules are asked only of words that pass their
 * first tests inline, and the per-token memos of the skip and speakers
 * lexicons are not zeroed before use (a bit per token tells a looked-up
 * entry).  Each test is named after what it proves, on short invented
 * sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* A light verb with an act noun after it still makes the act's cue when
 * the sweep asks its first tests inline (a lowercase word after the verb,
 * an entry of the labels lexicon that may start there); a capitalised
 * word, a quotation or a sentence end after the verb makes none. */
static void
test_light_act_found_after_inline_pretest(void)
{
    expect_exact("The ferry crews lodged an angry protest over the new "
                 "rota.",
                 "over the new rota", WS_REPORTED, "lodged an angry protest",
                 "The ferry crews");
    expect_exact("The council made a fresh appeal for calm after the storm.",
                 "for calm", WS_REPORTED, "made a fresh appeal", "The council");
    /* the verb at a sentence's end: nothing after it to read */
    expect_no_en_cue("The harbour board said nothing. The crews lodged.",
                     "lodged");
}

/* A phrasal act with an adverb or a time inside it is still found when
 * the sweep tests its first word inline (no cue, no quotation, not
 * capitalised); a capitalised first word opens none. */
static void
test_split_act_found_after_inline_pretest(void)
{
    expect_exact("The pilot spoke warmly of the old lighthouse keepers.",
                 "the old lighthouse keepers", WS_REPORTED, "spoke warmly of",
                 "The pilot");
    expect_exact("The growers railed yesterday against the water charges.",
                 "the water charges", WS_REPORTED, "railed yesterday against",
                 "The growers");
}

/* All statements of d as one string: kind, cue, speaker and contents */
static void
dump(ws_doc *d, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = '\0';
    for (int32_t i = 0; i < d->statements.n && n + 1 < cap; i++) {
        ws_statement *st = &d->statements.v[i];
        int w = snprintf(out + n, cap - n, "%d|%s|%s", (int)st->kind,
                         span(d, st->cue), span(d, st->speaker));
        if (w < 0)
            return;
        n += (size_t)w < cap - n ? (size_t)w : cap - n - 1;
        for (int k = 0; k < st->ncontent && n + 1 < cap; k++) {
            w = snprintf(out + n, cap - n, "|%s", span(d, st->content[k]));
            if (w < 0)
                return;
            n += (size_t)w < cap - n ? (size_t)w : cap - n - 1;
        }
        if (n + 1 < cap)
            out[n++] = '\n', out[n] = '\0';
    }
}

/* The skip and speakers memos are read only where this document looked
 * the token up: a document run after another one (whose memos held other
 * words at the same token positions, in arena memory that is reused)
 * gets the statements it gets on a fresh worker. */
static void
test_memo_not_read_before_lookup(void)
{
    static const char *const first[] = {
        "Quietly, yesterday, the old clerk often said that the ledger was "
        "lost, officials added.",
        "The spokeswoman for the ferry company told reporters the timetable "
        "would change in May.",
    };
    static const char *const second[] = {
        "The harbour master said the quay would reopen on Monday, a "
        "spokesman for the port added.",
        "Residents, the mayor said, have complained about the noise since "
        "spring.",
    };
    for (size_t a = 0; a < sizeof first / sizeof *first; a++)
        for (size_t b = 0; b < sizeof second / sizeof *second; b++) {
            static char want[4096], got[4096];
            ws_worker *saved = worker;
            worker = ws_worker_new(models);
            CHECK(worker != NULL, "worker");
            if (worker == NULL) {
                worker = saved;
                return;
            }
            ws_doc *d = run("en", second[b]);
            dump(d, want, sizeof want);
            ws_doc_free(d);
            ws_worker_free(worker);
            worker = saved;
            ws_doc *d1 = run("en", first[a]);
            ws_doc_free(d1);
            d = run("en", second[b]);
            dump(d, got, sizeof got);
            ws_doc_free(d);
            CHECK(want[0] != '\0', "%s: no statement", second[b]);
            CHECK(strcmp(want, got) == 0, "%s after %s:\n got  %s\n want %s",
                  second[b], first[a], got, want);
        }
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_ctx_sweep31: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_light_act_found_after_inline_pretest();
    test_split_act_found_after_inline_pretest();
    test_memo_not_read_before_lookup();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
