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
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
