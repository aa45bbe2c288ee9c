/*
 * test_stance_en_reported24.c - English reported acts (issue 9, session
 * 24).  Each test is named after what was missed, on short invented
 * sentences.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "Several senators question the cost ...": the lexicon held only the
 * past forms of some verbs of judging ("questioned", "voiced",
 * "queried"), so the present and the base form after a modal reported
 * nothing.  Those forms that are also nouns stay silent as nouns. */
static void
test_en_present_base_forms_of_judging_verbs(void)
{
    expect_exact("Several senators question the cost of the new library.",
                 "the cost of the new library", WS_REPORTED, "question",
                 "Several senators");
    expect_exact("The chairwoman will query the auditors about the missing "
                 "funds.",
                 "the auditors about the missing funds", WS_REPORTED, "query",
                 "The chairwoman");
    expect_exact("They contradict their own lawyers.", "their own lawyers",
                 WS_REPORTED, "contradict", "They");
    expect_none_en("The dispute over the fence dragged on.");
    expect_none_en("The question of funding was left open.");
    expect_none_en("Three judges heard the appeal on Tuesday.");
    expect_exact("Aides say the board would pick Ada Lund, a former judge and "
                 "she would accept.",
                 "the board would pick Ada Lund, a former judge and she would "
                 "accept",
                 WS_INDIRECT, "say", "Aides");
}

/* "a feel-good story, yet the board voices doubts": the first part of
 * a hyphenated compound was read as the verb "feel" and made a statement
 * out of the words after it. */
static void
test_en_hyphen_compound_first_part_no_cue(void)
{
    const char *t = "It was a feel-good story for the town, yet some "
                    "Republicans quietly voice doubts about the cost.";
    expect_no_en_cue(t, "feel");
    expect_exact(t, "the cost", WS_REPORTED, "voice doubts about",
                 "some Republicans");
    expect_none_en("The talk show host gave the plan her say-so.");
}

/* "The union also views the mayor more favorably than ...": "views"
 * was a cue only with "as" after it, so a judgement given by an adverb
 * of favour reported nothing. */
static void
test_en_view_favorably_without_as(void)
{
    expect_exact("The union also views the mayor more favorably than the "
                 "governor.",
                 "the mayor more favorably than the governor", WS_REPORTED,
                 "views", "The union");
    expect_exact("Most tenants view both landlords unfavorably.",
                 "both landlords unfavorably", WS_REPORTED, "view",
                 "Most tenants");
    expect_no_en_cue("The tenants enjoyed the view from the roof.", "view");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_reported24: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_present_base_forms_of_judging_verbs();
    test_en_hyphen_compound_first_part_no_cue();
    test_en_view_favorably_without_as();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
