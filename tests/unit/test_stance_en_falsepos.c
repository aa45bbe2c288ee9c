/*
 * test_stance_en_falsepos.c - English statements that are none (issue 9,
 * session 16): headings, adjuncts taken for objects and other uses of cue
 * words that report no one's words or acts.  Each test is named after
 * what was wrongly found, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "TENANTS SAY THE LANDLORD IGNORED REPAIRS -- The building ...": a line
 * set all in capitals is a heading over the story, even when it runs into
 * its paragraph at a dash; its cue word made a statement. */
static void
test_en_caps_heading_no_statement(void)
{
    expect_no_act("TENANTS SAY THE LANDLORD IGNORED REPAIRS -- The building "
                  "on Elm Row has had no heat since March.",
                  "IGNORED REPAIRS");
    expect_no_act("Residents met on Tuesday.\n\nCRITICS SAY THE NEW BRIDGE "
                  "WILL RUST\n\nThe council voted for steel anyway.",
                  "WILL RUST");
    /* the same words in running text are a statement */
    expect_exact("Tenants say the landlord ignored the repairs.",
                 "the landlord ignored the repairs", WS_INDIRECT, "say",
                 "Tenants");
}

/* "made the promise at a rally in Dover, Delaware": a cue that holds its
 * own object noun ("made the promise", "made a pledge") is the whole
 * act; the place phrase after it was taken for its object. */
static void
test_en_light_cue_adjunct_no_object(void)
{
    expect_no_act("The governor made the promise at a rally in Dover, "
                  "Delaware on Friday.",
                  "Dover");
    expect_no_act("The candidate also made a pledge at a fish fry in Dothan, "
                  "Alabama.",
                  "fish fry");
    /* a "with" phrase names the act's addressee: it stays */
    expect_exact("The dockers' union has lodged a formal protest with the "
                 "harbour board.",
                 "with the harbour board", WS_REPORTED,
                 "lodged a formal protest", "union");
    /* a particle verb's "with" phrase is its object */
    expect_exact("The mayor weighed in with a plan for the ferry.",
                 "with a plan for the ferry", WS_REPORTED, NULL, "mayor");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_falsepos: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_caps_heading_no_statement();
    test_en_light_cue_adjunct_no_object();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
