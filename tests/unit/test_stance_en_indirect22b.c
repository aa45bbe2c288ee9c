/*
 * test_stance_en_indirect22b.c - English indirect and reported statements
 * of session 22 (issue 9, sixth round): fronted participle clauses whose
 * content holds a quotation, nouns of speech with a clause, and casting
 * verbs.  Each test is named after what was missed, on short invented
 * sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* 'Saying the budget was "a disgrace," she left ...': the comma that
 * closes a fronted participle clause of speech may stand inside a
 * quotation ending right after it; the content ends with the quotation
 * and the speaker is the main clause's subject (the content had run on
 * into the main clause, or nothing was found). */
static void
test_en_lead_participle_content_ends_in_quote(void)
{
    expect_exact("Saying the budget was \"a disgrace,\" she left the room.",
                 "the budget was \"a disgrace,\"", WS_MIXED, "Saying", "she");
    expect_exact("After saying her knee was \"badly swollen,\" she withdrew "
                 "from the race.",
                 "her knee was \"badly swollen,\"", WS_MIXED, "saying", "she");
    expect_exact("Insisting that the fees were \u201cfair and modest,\u201d "
                 "the landlord refused to talk further.",
                 "the fees were \u201cfair and modest,\u201d", WS_MIXED,
                 "Insisting", "the landlord");
}

/* "The agency rated the bridge as unsafe": rating and grading verbs with
 * "as" after their object cast a judgement, like "described X as Y"
 * (a reported act with content "X as Y"); without "as" they are measures
 * or nouns. */
static void
test_en_rate_and_grade_as_casting_verbs(void)
{
    expect_exact("The agency rated the old bridge as unsafe.",
                 "the old bridge as unsafe", WS_REPORTED, "rated",
                 "The agency");
    expect_exact("Inspectors graded the two schools as failing.",
                 "the two schools as failing", WS_REPORTED, "graded",
                 "Inspectors");
    expect_no_en_cue("The bank raised rates as prices climbed.", "rates");
    expect_no_en_cue("The new bonds were rated triple-A.", "rated");
}

/* "He could not fathom why the vote failed": verbs of grasping before a
 * content clause report a view like "understand" and "realise"; with a
 * plain object or none ("hard to fathom") they are no cue. */
static void
test_en_grasping_verbs_before_clause(void)
{
    expect_exact("She cannot fathom how the board approved the deal.",
                 "how the board approved the deal", WS_INDIRECT, "fathom",
                 "She");
    expect_exact("He never comprehended why voters turned on him.",
                 "why voters turned on him", WS_INDIRECT, "comprehended", "He");
    expect_exact("The mayor realises the plan could fail.",
                 "the plan could fail", WS_REPORTED, "realises", "mayor");
    expect_no_en_cue("The depth of the lake is hard to fathom.", "fathom");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_indirect22b: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_lead_participle_content_ends_in_quote();
    test_en_rate_and_grade_as_casting_verbs();
    test_en_grasping_verbs_before_clause();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
