/*
 * test_stance_en_unseen.c - English statements that got no prediction at
 * all (session 14, issue 9): cue forms, quotes and clauses the rules did
 * not reach.  Each test is named after what it fixes, on short invented
 * sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* 'X said the plan failed because "few knew," she said. "We ..."': the
 * second part of the quote, after the attribution inside the mixed
 * statement's content, went with the dropped nested attribution. */
static void
test_en_quote_part_after_nested_attribution_kept(void)
{
    expect_exact("Ortega said the dam held up because \xe2\x80\x9cthe crews "
                 "worked all night,\xe2\x80\x9d she said. \xe2\x80\x9cNobody "
                 "in the valley went home before the water fell.\xe2\x80\x9d",
                 "Nobody in the valley went home before the water fell.",
                 WS_DIRECT, "said", "she");
}

/* 'When X noted that ... -- as ... -- Y boasted, "..."': the content
 * clause of "noted" ran on over the dashes into the main clause and took
 * the attribution of the quotation with it, so the quotation was lost. */
static void
test_en_clause_before_quote_attribution_ends(void)
{
    expect_exact("When the auditor noted that the club had paid no rent "
                 "\xe2\x80\x95 as had been the case for a decade "
                 "\xe2\x80\x95 Okafor boasted, \xe2\x80\x9cThat is just good "
                 "business.\xe2\x80\x9d",
                 "That is just good business.", WS_DIRECT, "boasted", "Okafor");
}

/* '"We trust the design" of the bridge, the engineer said.': a sentence
 * that opens with a quotation and runs on past it before a trailing
 * attribution made no statement at all. */
static void
test_en_opening_quote_run_on_before_attribution(void)
{
    expect_exact(
        "\xe2\x80\x9cWe trust every part of the design\xe2\x80\x9d of the "
        "new bridge, the chief engineer said.",
        "\xe2\x80\x9cWe trust every part of the design\xe2\x80\x9d of the "
        "new bridge",
        WS_MIXED, "said", "the chief engineer");
    /* a quotation closed by its own comma stays direct speech */
    expect_exact("\xe2\x80\x9cWe trust the design,\xe2\x80\x9d the chief "
                 "engineer said.",
                 "We trust the design,", WS_DIRECT, "said",
                 "the chief engineer");
}

/* '... the change it said she would bring: "...," the union wrote.': the
 * clause of "it said" ran over the colon and took the quotation and its
 * own attribution with it; both were lost as nested statements. */
static void
test_en_colon_quote_with_own_attribution_kept(void)
{
    expect_exact("The letter also praised the change it said Adeyemi, the "
                 "first tenant elected to the board, would bring to the "
                 "estate: \xe2\x80\x9cLike our long fight for repairs, her "
                 "work has shown tenants that they can run their own "
                 "homes,\xe2\x80\x9d the association wrote.",
                 "Like our long fight for repairs, her work has shown tenants "
                 "that they can run their own homes,",
                 WS_DIRECT, "wrote", "the association");
}

/* A paragraph that opens with a closing mark and an ellipsis ('" ...
 * what we saw there," he said.'): a passage quoted from inside a
 * sentence, the mark typed the wrong way round; the quotation was not
 * seen. */
static void
test_en_wrong_way_mark_before_ellipsis_opens_quote(void)
{
    expect_exact("\xe2\x80\x9d \xe2\x80\xa6 what we saw in the flooded "
                 "villages last spring is that help came too late for "
                 "most families,\xe2\x80\x9d she said.",
                 "\xe2\x80\xa6 what we saw in the flooded villages last "
                 "spring is that help came too late for most families,",
                 WS_DIRECT, "said", "she");
}

/* "which state media claimed lets ...": "media" (as "newspaper" and
 * "broadcaster") names a source like any organisation noun; with an
 * adjective before it the clause had no speaker and made no statement. */
static void
test_en_media_noun_names_source(void)
{
    expect_exact("The envoys met to review the launch, which state media "
                 "claimed lets the navy strike ships far out at sea.",
                 "which | lets the navy strike ships far out at sea",
                 WS_INDIRECT, "claimed", "state media");
    expect_exact("A regional broadcaster said the border post had been "
                 "closed overnight.",
                 "the border post had been closed overnight", WS_INDIRECT,
                 "said", "A regional broadcaster");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_unseen: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_quote_part_after_nested_attribution_kept();
    test_en_clause_before_quote_attribution_ends();
    test_en_opening_quote_run_on_before_attribution();
    test_en_colon_quote_with_own_attribution_kept();
    test_en_wrong_way_mark_before_ellipsis_opens_quote();
    test_en_media_noun_names_source();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
