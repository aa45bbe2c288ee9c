/*
 * test_stance_en_indirect17.c - English indirect and mixed statements the
 * rules of session 17 (issue 9) find: nouns of saying with a that-clause
 * and no possessive, a possessive "its" before a noun of saying or will.
 * Each test is named after what was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "a quiet acknowledgment that ...", "the prediction that ...": a noun
 * naming what was said, with no possessive before it, still makes its
 * that-clause a statement (with no named source), as a noun of belief
 * held by many does; a relative clause after the noun stays none. */
static void
test_en_claim_noun_without_possessive(void)
{
    expect_exact("The ruling carried a quiet acknowledgment that the fees "
                 "had been set too high.",
                 "the fees had been set too high", WS_INDIRECT,
                 "acknowledgment", NULL);
    expect_exact("Few trusted the cheerful prediction that the ferry would "
                 "run again by spring.",
                 "the ferry would run again by spring", WS_INDIRECT,
                 "prediction", NULL);
    expect_no_act("Nobody on the board liked the assertion that she "
                  "offered.",
                  "she offered");
}

/* "its insistence that ...", "its own plan to ...": "its" is a
 * possessive source of a noun of saying or will like his, her, their. */
static void
test_en_its_before_claim_noun(void)
{
    expect_exact("The agency is known for its insistence that every grant "
                 "be audited.",
                 "every grant be audited", WS_INDIRECT, "insistence", "its");
    expect_exact("The board began drafting its own plan to widen the canal.",
                 "to widen the canal", WS_INDIRECT, "plan", "its");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_indirect17: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_claim_noun_without_possessive();
    test_en_its_before_claim_noun();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
