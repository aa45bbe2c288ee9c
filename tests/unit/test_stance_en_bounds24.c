/*
 * test_stance_en_bounds24.c - English content boundaries (issue 9,
 * session 24): direct, indirect and mixed contents that overlapped the
 * right one too little.  Each test is named after what it fixes, on short
 * invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* '... the bridge "reckless," the newspaper said': a trailing
 * attribution after a quotation whose comma stands inside its closing
 * mark ends the clause before it, as one after a plain comma does; the
 * attribution's source says the whole clause */
static void
test_en_quote_comma_then_trailing_attribution_ends_clause(void)
{
    expect_exact("The mayor called the new bridge \"reckless,\" the "
                 "newspaper said.",
                 "The mayor called the new bridge \"reckless,\"", WS_MIXED,
                 "said", "the newspaper");
    expect_exact("Our coach thinks the referee was \"a total disgrace,\" "
                 "the club said on Sunday.",
                 "Our coach thinks the referee was \"a total disgrace,\"",
                 WS_MIXED, "said", "the club");
    /* a quotation in a list goes on: no attribution follows */
    expect_exact("The mayor said the budget was \"thin,\" \"late\" and "
                 "unfair to the schools.",
                 "the budget was \"thin,\" \"late\" and unfair to the schools",
                 WS_MIXED, "said", "The mayor");
}

/* "The cuts she said would hurt nobody hit the poor": the main clause's
 * verb after what was said is a past form like its base ("hit", "cost")
 * or an irregular one the list lacked ("sank", "fought"); the content
 * ends before it */
static void
test_en_noun_said_would_content_ends_at_irregular_past(void)
{
    expect_exact("The cuts she said would hurt nobody hit the poor.",
                 "The cuts | would hurt nobody", WS_INDIRECT, "said", "she");
    expect_exact("The rules he said would protect workers cost the firm "
                 "millions.",
                 "The rules | would protect workers", WS_INDIRECT, "said",
                 "he");
    expect_exact("The levy she said would save the harbor sank the budget.",
                 "The levy | would save the harbor", WS_INDIRECT, "said",
                 "she");
}

/* "published the audit by announcing that ...": a speech participle after
 * "by" ended no act's object; the object ran over it and the participle's
 * own statement was lost */
static void
test_en_by_speech_participle_ends_act_object(void)
{
    expect_exact("The panel rebuked the grain board by announcing "
                 "that the claim was false.",
                 "the grain board", WS_REPORTED, "rebuked", "The panel");
    expect_exact("The panel rebuked the grain board by announcing "
                 "that the claim was false.",
                 "the claim was false", WS_INDIRECT, "announcing", "The panel");
    expect_exact("He pitched himself to farmers by telling them that prices "
                 "would soon rise.",
                 "prices would soon rise", WS_INDIRECT, "telling", "He");
}

/* "On May 3 they ...", "Last week she ...": a time phrase opening the
 * sentence without a comma was taken for the subject (or hid it) */
static void
test_en_time_lead_without_comma_then_subject(void)
{
    expect_exact("On May 3 they released a short report on the grain by "
                 "announcing that the claim was false.",
                 "the claim was false", WS_INDIRECT, "announcing", "they");
    expect_exact("Last week she closed the hearing by saying that the vote "
                 "was final.",
                 "the vote was final", WS_INDIRECT, "saying", "she");
}

/* "..., after a hard push from both the French envoy and the Polish
 * minister over thin budgets": a long closing time phrase, two nouns
 * joined by "and" and a cue noun in it, is the writer's, as a short one
 * was */
static void
test_en_long_time_aside_ends_content(void)
{
    expect_exact("The ministers agreed that the union should pool its "
                 "navies, after a hard push from both the French envoy and "
                 "the Polish minister over thin budgets.",
                 "the union should pool its navies", WS_INDIRECT, "agreed",
                 "The ministers");
    /* a clause after the conjunction stays: it may be what was said */
    expect_exact("The ministers agreed that the union should pool its "
                 "navies, after the talks and the envoys would meet again.",
                 "the union should pool its navies, after the talks and the "
                 "envoys would meet again",
                 WS_INDIRECT, "agreed", "The ministers");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_bounds24: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_quote_comma_then_trailing_attribution_ends_clause();
    test_en_noun_said_would_content_ends_at_irregular_past();
    test_en_by_speech_participle_ends_act_object();
    test_en_time_lead_without_comma_then_subject();
    test_en_long_time_aside_ends_content();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
