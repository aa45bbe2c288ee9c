/*
 * test_stance_en_precision19.c - English statements and their speakers
 * (issue 9, session 19): a sentence adverb set off by commas between a
 * common-noun subject and an act.  Short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* Bug: "The mayor, however, criticized ..." gave no statement: the
 * adverb between commas hid the subject from the act (a name before it,
 * or a verb of saying, already worked). */
static void
test_en_comma_adverb_before_act(void)
{
    expect_exact("The harbour master, however, criticized the new mooring "
                 "fees.",
                 "the new mooring fees", WS_REPORTED, "criticized",
                 "The harbour master");
    expect_exact("The fishermen's guild, meanwhile, welcomed the quota.",
                 "the quota", WS_REPORTED, "welcomed", "guild");
    expect_exact("The inspector, reportedly, rejected the bakery's appeal.",
                 "the bakery's appeal", WS_REPORTED, "rejected",
                 "The inspector");
    /* a verb of saying after the adverb keeps its clause */
    expect_exact("The harbour master, however, said the fees were fair.",
                 "the fees were fair", WS_INDIRECT, "said",
                 "The harbour master");
}

/* Bug: "The senators' statement condemned ..." had the speaker
 * "statement": the phrase stopped at the apostrophe of a plural
 * possessive before a speaker or document noun ("the senator's
 * statement", "the nurses' letter" already held theirs). */
static void
test_en_plural_possessive_speaker(void)
{
    expect_exact("The growers' statement condemned the new water charges.",
                 "the new water charges", WS_REPORTED, "condemned",
                 "The growers' statement");
    expect_exact("The dockers' spokesmen rejected the night rota.",
                 "the night rota", WS_REPORTED, "rejected",
                 "The dockers' spokesmen");
    expect_exact("The pilots' union said the new rota was unsafe.",
                 "the new rota was unsafe", WS_INDIRECT, "said",
                 "The pilots' union");
}

/* Bug: "The dockers' union, which represents ..., condemned ..." gave
 * no statement, and "The ad praises Jo Bell, a nurse ..." took the
 * object for the speaker: a union, panel, coalition or board, and an ad
 * or a video, were no speaker heads (a committee or a council was). */
static void
test_en_collective_and_ad_speakers(void)
{
    expect_exact("The bakers' union, which represents 900 shops, condemned "
                 "the flour tax.",
                 "the flour tax", WS_REPORTED, "condemned", "union");
    expect_exact("The tenants' coalition, which met on Friday, rejected the "
                 "rent rise.",
                 "the rent rise", WS_REPORTED, "rejected", "coalition");
    expect_exact("The new ad praises Jo Bell, a nurse from Leeds.",
                 "Jo Bell, a nurse from Leeds", WS_REPORTED, "praises",
                 "The new ad");
    expect_exact("The school board said the bus routes would change.",
                 "the bus routes would change", WS_INDIRECT, "said", "board");
}

/* Bug: "raised $350 million" and "raised funds" were reported acts: the
 * act "raise" with an amount, money or a rate for its object is no act
 * of speech ("raised concerns about ..." stays one). */
static void
test_en_raise_amount_no_act(void)
{
    expect_no_act("The two cousins raised $40,000 for the village library.",
                  "$40,000");
    expect_no_act("The rowing club raised nearly 9,000 pounds last spring.",
                  "9,000 pounds");
    expect_no_act("The water board raised its rates for the third time.",
                  "its rates");
    expect_exact("The harbour master raised the question of the mooring "
                 "fees.",
                 "the question of the mooring fees", WS_REPORTED, "raised",
                 "The harbour master");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_precision19: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_comma_adverb_before_act();
    test_en_plural_possessive_speaker();
    test_en_collective_and_ad_speakers();
    test_en_raise_amount_no_act();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
