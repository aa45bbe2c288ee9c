/*
 * test_stance_en_precision17.c - English statements that are none (issue 9,
 * session 17): cue words used for finding a way, giving an instruction,
 * saying nothing, a date taken for a speaker, a pair of verbs, and a
 * passive that classes its subject.  Short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "found a way round the levy": managing to do something, no finding. */
static void
test_en_find_a_way_no_statement(void)
{
    expect_no_act("The brewers found a way around the new bottle levy.",
                  "around the new bottle levy");
    expect_no_act("Several shipping firms have found ways to dodge the "
                  "harbour fees.",
                  "dodge the harbour fees");
    /* a finding that is a clause stays */
    expect_exact("The auditors found that the harbour fees were never paid.",
                 "the harbour fees were never paid", WS_INDIRECT, "found",
                 "auditors");
}

/* "tell us how to dress": an instruction, not words reported. */
static void
test_en_tell_how_to_no_statement(void)
{
    expect_no_act("Gardeners rarely let catalogues tell them what to plant "
                  "in spring.",
                  "plant in spring");
    /* "tell" with a clause stays */
    expect_exact("The coach told reporters that the striker would miss the "
                 "final.",
                 "the striker would miss the final", WS_INDIRECT, "told",
                 "coach");
}

/* "offered no details.": nothing was said. */
static void
test_en_bare_no_object_no_statement(void)
{
    expect_no_act("The mayor blamed the contractor for the flooding but "
                  "offered no evidence.",
                  "no evidence");
}

/* "the board, which in May imposed fees": a month is no speaker. */
static void
test_en_month_speaker_no_statement(void)
{
    expect_no_act("The ferry board, which in April imposed higher fares on "
                  "tourists, met again on Tuesday.",
                  "higher fares on tourists");
}

/* "a clerk who wrote and signed it": the first of two verbs. */
static void
test_en_coordinated_cue_no_statement(void)
{
    expect_no_act("She has a brother who argued and lost the case twice.",
                  "lost the case twice");
    expect_no_act("Would you back a candidate who wrote and sent such "
                  "letters to the press?",
                  "letters to the press");
}

/* "The feast is observed as a day of rest": the passive classes its
 * subject; no one speaks. */
static void
test_en_passive_as_no_statement(void)
{
    expect_no_act("In the valley the harvest feast is observed as a day of "
                  "rest.",
                  "a day of rest");
}

/* Bug: the passive-"as" filter dropped the verbs of judging too, whose
 * statement with no named holder en_passive_judgement_pass makes ("is
 * regarded as ..."); only the other participles class their subject. */
static void
test_passive_judgement_as_kept_by_passive_as_filter(void)
{
    expect_exact("The new levy is defined as a charge on imports.",
                 "The new levy | a charge on imports", WS_INDIRECT,
                 "is defined", NULL);
    expect_no_act("The old mill is used as a warehouse.", "a warehouse");
}

/* "the ad closes with a clip of the rally": a "with" phrase after the
 * cue is the means or the manner, not what was said. */
static void
test_en_with_phrase_no_statement(void)
{
    expect_no_act("The new campaign film concludes with a long shot of the "
                  "harbour at dawn.",
                  "a long shot of the harbour");
    /* after a verb of answering the phrase is the answer */
    expect_exact("The mayor responded with a long list of repairs.",
                 "with a long list of repairs", WS_INDIRECT, "responded",
                 "mayor");
}

/* "the host's show proved a haven and offered him a stage": the speaker
 * stopped at a possessive, which names whose thing acted. */
static void
test_en_possessive_speaker_no_statement(void)
{
    expect_no_act("For the senator, Lopez's radio hour became a friendly "
                  "stage, a room free of hard questions, and offered him a "
                  "chance to boast about his record.",
                  "a chance to boast");
    /* a pronoun's "'s" is "has": the statement stays */
    expect_exact("He's argued that the bridge toll is too high.",
                 "the bridge toll is too high", WS_INDIRECT, "argued", NULL);
}

/* "According to his log, after testing the pump, he wrote ...": the
 * speaker was part of the cue, and what followed it a time clause. */
static void
test_en_speaker_inside_cue_no_statement(void)
{
    expect_no_act("According to her diary, after visiting the farm, the "
                  "nurse wrote that the well was dry.",
                  "after visiting the farm");
    /* the statement of the main clause stays */
    expect_exact("According to her diary, after visiting the farm, the "
                 "nurse wrote that the well was dry.",
                 "the well was dry", WS_INDIRECT, "wrote", "nurse");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_precision17: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_find_a_way_no_statement();
    test_en_tell_how_to_no_statement();
    test_en_bare_no_object_no_statement();
    test_en_month_speaker_no_statement();
    test_en_coordinated_cue_no_statement();
    test_en_passive_as_no_statement();
    test_passive_judgement_as_kept_by_passive_as_filter();
    test_en_with_phrase_no_statement();
    test_en_possessive_speaker_no_statement();
    test_en_speaker_inside_cue_no_statement();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
