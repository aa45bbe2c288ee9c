/*
 * test_stance_en_reported27.c - English reported acts (session 27).
 * Each test is named after what was missed, on short invented sentences.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "The poll shows support for the levy.": the -s verb before a base form
 * that is also an act noun was read as a plural noun, so "support" was
 * the verb and "The poll shows" its subject.  A verb with a determiner
 * before it or an object after the base form stays as it was. */
static void
test_en_s_verb_before_act_noun(void)
{
    expect_exact("The harbour poll shows support for a lower ferry fare.",
                 "a lower ferry fare", WS_REPORTED, "shows support for",
                 "The harbour poll");
    expect_exact("Our fresh count shows demand for cheaper flats.",
                 "demand for cheaper flats", WS_REPORTED, "shows",
                 "Our fresh count");
    expect_exact("The dockers' unions support the long strike.",
                 "the long strike", WS_REPORTED, "support",
                 "The dockers' unions");
    expect_no_en_cue("Those claims show a worrying pattern.", "claims");
}

/* "On Friday, Ann Lee, a planner for the port, faulted the plan.": the
 * subject with an apposition or a "which" aside after an opening phrase
 * was not found (the opening phrase was asked to end before the
 * subject's first word), so an act in the past after the aside's comma
 * was taken for a participle and made no statement. */
static void
test_en_appos_subject_after_opening_phrase(void)
{
    expect_exact("On Friday, Ann Lee, a planner for the port, faulted the "
                 "dredging scheme.",
                 "the dredging scheme", WS_REPORTED, "faulted",
                 "Ann Lee, a planner for the port");
    expect_exact("In an email, Tom Reyes, an aide to the governor, praised "
                 "the new ferry timetable.",
                 "the new ferry timetable", WS_REPORTED, "praised",
                 "Tom Reyes, an aide to the governor");
    expect_exact("Two weeks ago, Ann Lee, the head of the guild, called the "
                 "new quota \"a trap\".",
                 "the new quota \"a trap\"", WS_MIXED, "called",
                 "Ann Lee, the head of the guild");
    expect_exact("On Tuesday, the union, which has its seat in Hull, "
                 "criticized the fixture list.",
                 "the fixture list", WS_REPORTED, "criticized",
                 "the union, which has its seat in Hull");
}

/* "Recent surveys have shown the lead narrowing.", "The ad references
 * three votes.": forms missing from verb families the cues lexicon
 * holds ("shown" took only a content clause, where "shows" and "showed"
 * also take an object; "references" and "reference" beside "referenced"
 * and "referencing"), so the same act in another form reported nothing.
 * The participle before a preposition stays no cue. */
static void
test_en_missing_show_reference_forms(void)
{
    expect_exact("Recent surveys have shown the council's lead narrowing.",
                 "the council's lead narrowing", WS_REPORTED, "shown",
                 "Recent surveys");
    expect_exact("A new radio ad references three votes on harbour fees.",
                 "three votes on harbour fees", WS_REPORTED, "references",
                 "A new radio ad");
    expect_no_en_cue("The film was shown to the jurors.", "shown");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_reported27: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_s_verb_before_act_noun();
    test_en_appos_subject_after_opening_phrase();
    test_en_missing_show_reference_forms();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
