/*
 * test_stance_en_acts18.c - English reported acts (issue 9, session 18):
 * act verbs and light-verb act nouns that made no statement or a content
 * with the wrong start.  Each test is named after what was missed, on
 * short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "gave a speech on", "delivered remarks on", "made comments on": "give"
 * is a light verb, speech nouns are act nouns, and "on" (as "about")
 * with a topic belongs to the cue, not to the content. */
static void
test_en_light_verb_speech_noun_topic(void)
{
    expect_exact("The harbour master gave a speech on dredging costs.",
                 "dredging costs", WS_REPORTED, "gave a speech",
                 "The harbour master");
    expect_exact("The rector delivered carefully worded remarks on "
                 "tuition.",
                 "tuition", WS_REPORTED, "delivered carefully worded remarks",
                 "The rector");
    expect_exact("The coach made comments on the referee.", "the referee",
                 WS_REPORTED, "made comments", "The coach");
    expect_exact("The chemist gave testimony about the spill.", "the spill",
                 WS_REPORTED, "gave testimony", "The chemist");
    /* "for" stays with the content ("renewed its call for calm") */
    expect_exact("The abbot renewed his call for quiet.", "for quiet",
                 WS_REPORTED, "renewed his call", "The abbot");
}

/* A day or a date after "on" is when the speech was given, not what it
 * was about; "given" before a noun is the preposition. */
static void
test_en_light_verb_speech_on_day_no_topic(void)
{
    expect_no_act("The abbot gave a speech on Thursday.", "Thursday");
    expect_no_en_cue("Given the pressure on lenders, rates rose in May.",
                     "Given the pressure");
}

/* "identified", "documented", "unearthed" with an object, of someone
 * named: acts with the object as content; the passive without an agent
 * is none. */
static void
test_en_identify_document_unearth_acts(void)
{
    expect_exact("Inspector Ruth Oyelaran did not identify the driver.",
                 "the driver", WS_REPORTED, "identify", "Ruth Oyelaran");
    expect_exact("Greenpeace documented several leaking barrels.",
                 "several leaking barrels", WS_REPORTED, "documented",
                 "Greenpeace");
    expect_exact("The Harbor Gazette unearthed an old zoning memo.",
                 "an old zoning memo", WS_REPORTED, "unearthed",
                 "The Harbor Gazette");
    expect_no_en_cue("The wreck was identified in 1990.", "identified");
}

/* "decided against X", "raised questions about X": the preposition is
 * the cue's, the content what was decided against or questioned. */
static void
test_en_decide_against_raise_questions_about(void)
{
    expect_exact("The coach decided against benching the striker.",
                 "benching the striker", WS_REPORTED, "decided against",
                 "The coach");
    expect_exact("The auditor raised questions about the ferry contract.",
                 "the ferry contract", WS_REPORTED, "raised questions about",
                 "The auditor");
}

/* "make fun of", "vie for", "judged X Y": verb families of mocking,
 * competing for a post and judging that made no act. */
static void
test_en_mock_vie_judge_families(void)
{
    expect_exact("The comedian likes to make fun of the tax code.",
                 "the tax code", WS_REPORTED, "make fun of", "The comedian");
    expect_exact("Nine architects vied for the museum contract.",
                 "the museum contract", WS_REPORTED, "vied for",
                 "Nine architects");
    expect_exact("The admiral judged the blockade a costly failure.",
                 "the blockade a costly failure", WS_REPORTED, "judged",
                 "The admiral");
    expect_no_en_cue("The pie was judged in the village hall.", "judged");
    /* the noun "judge" is no act: "judged" and "judging" are listed */
    expect_no_en_cue("Aides said the mayor would pick Bo Hale, a retired "
                     "judge and a friend.",
                     "judge");
}

/* A condition after a reported act's noun-phrase object ("if the host
 * asks ...") is no part of the object, and its own act is read; an
 * infinitive keeps its condition. */
static void
test_en_if_condition_ends_act_object(void)
{
    expect_exact("The chef mocked the menu if the critic mentions the soup.",
                 "the menu", WS_REPORTED, "mocked", "The chef");
    expect_exact("The chef mocked the menu if the critic mentions the soup.",
                 "the soup", WS_REPORTED, "mentions", "the critic");
    expect_exact("The guild backed the levy, even if the dean objects.",
                 "the levy", WS_REPORTED, "backed", "The guild");
    expect_exact("The warden pledged to resign if the board objects.",
                 "to resign if the board objects", WS_INDIRECT, "pledged",
                 "The warden");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_acts18: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_light_verb_speech_noun_topic();
    test_en_light_verb_speech_on_day_no_topic();
    test_en_identify_document_unearth_acts();
    test_en_decide_against_raise_questions_about();
    test_en_mock_vie_judge_families();
    test_en_if_condition_ends_act_object();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
