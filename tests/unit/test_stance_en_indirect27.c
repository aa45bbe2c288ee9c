/*
 * test_stance_en_indirect27.c - English statements missed outright in
 * session 27 (indirect, mixed and direct ones that no prediction
 * overlapped): a speaker or a cue the passes did not find.  Each test is
 * named after what broke, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "On Friday, Ann Lee, an aide, blasted the plan": an act verb's subject
 * with an apposition right after an opening phrase and its comma was not
 * found (after_intro marks no start when the head follows the comma), so
 * the act, taken for a participle after a comma, was dropped */
static void
test_en_intro_then_appositive_subject_of_act(void)
{
    expect_exact("On Friday, Jane Roe, an aide, blasted the plan.", "the plan",
                 WS_REPORTED, "blasted", "Jane Roe, an aide");
    expect_exact("With two days to go, Tom Hale, a senior aide to the mayor, "
                 "called the budget \"a dead end\" for the town.",
                 "the budget \"a dead end\" for the town", WS_MIXED, "called",
                 "Tom Hale, a senior aide to the mayor");
    /* a participle after a comma with no such subject stays no act */
    expect_no_en_cue("The tax fell by half, compared with last year.",
                     "compared");
}

/* "Rivals would call him \"a liar\"": the bare verb "call", which the cues
 * lexicon lists as a noun only, after a subject or a modal and before an
 * object and a quotation names the object, as "called" does */
static void
test_en_bare_call_names_object_with_quote(void)
{
    expect_exact("Rivals would call him \"a liar.\"", "him \"a liar.\"",
                 WS_MIXED, "call", "Rivals");
    expect_exact("The rivals call him \"a liar\" in private.",
                 "him \"a liar\" in private", WS_MIXED, "call", "The rivals");
    expect_exact("They call the new levy \"a tax on the poor.\"",
                 "the new levy \"a tax on the poor.\"", WS_MIXED, "call",
                 "They");
    /* the noun stays no cue */
    expect_no_en_cue("His call \"for calm\" went unheard.", "call");
    expect_no_en_cue("The phone call \"lasted an hour,\" she said.", "call");
    expect_no_en_cue("They call on the mayor every week.", "call");
}

/* "Despite loud pronouncements that the bridge was safe, the town closed
 * it": "pronouncement" was no noun of saying in stance-skip.tsv, and a
 * noun's content clause inside an opening phrase ran on past the phrase's
 * comma into the main clause */
static void
test_en_pronouncement_clause_in_opening_phrase(void)
{
    expect_exact("Despite loud pronouncements that the bridge was safe, the "
                 "town closed it.",
                 "the bridge was safe", WS_INDIRECT, "pronouncements", NULL);
    expect_exact("Amid rumors that the mayor would quit, the council met.",
                 "the mayor would quit", WS_INDIRECT, "rumors", NULL);
    expect_exact("The mayor's pronouncement that the bridge was safe proved "
                 "wrong.",
                 "the bridge was safe", WS_INDIRECT, "pronouncement",
                 "The mayor's");
}

/* 'The ferry is "a relic," Ann Cole wrote in a note to staff, and "a
 * danger."': the fronted content was lost for what followed the cue ("to
 * staff, and ..."), also with "said, and" and when only where and to
 * whom it was written followed */
static void
test_en_fronted_content_resumed_after_cue_phrase(void)
{
    expect_exact("The ferry is \"a relic,\" Ann Cole wrote in a note to "
                 "staff, and \"a danger.\"",
                 "The ferry is \"a relic,\" | \"a danger.\"", WS_MIXED, "wrote",
                 "Ann Cole");
    expect_exact("The ferry is \"a relic,\" Ann Cole said, and \"a "
                 "danger.\"",
                 "The ferry is \"a relic,\" | \"a danger.\"", WS_MIXED, "said",
                 "Ann Cole");
    expect_exact("The ferry had sunk twice, Ann Cole wrote in a note to "
                 "staff.",
                 "The ferry had sunk twice", WS_INDIRECT, "wrote", "Ann Cole");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_indirect27: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_intro_then_appositive_subject_of_act();
    test_en_bare_call_names_object_with_quote();
    test_en_pronouncement_clause_in_opening_phrase();
    test_en_fronted_content_resumed_after_cue_phrase();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
