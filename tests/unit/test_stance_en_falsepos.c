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

/* "sore from a course of shots intended to ease the pain", "in a field
 * labeled 'prior injuries'": a participle hanging on a thing in a
 * prepositional phrase is a reduced relative clause; the thing was taken
 * for the speaker of an act. */
static void
test_en_thing_participle_no_act(void)
{
    expect_no_act("Her knee was still stiff from a course of shots intended "
                  "to ease the swelling.",
                  "ease the swelling");
    expect_no_act("On the intake form, in a field labeled \xe2\x80\x9cprior "
                  "injuries,\xe2\x80\x9d a nurse had written "
                  "\xe2\x80\x9cnone.\xe2\x80\x9d",
                  "prior injuries");
    /* the subject of the verb intends: an act */
    expect_exact("The ferry operator intended to raise fares in May.",
                 "to raise fares in May", WS_INDIRECT, "intended", "operator");
}

/* "According to the harbour master, slightly.": a content of one adverb
 * in -ly says nothing that was said. */
static void
test_en_adverb_only_content(void)
{
    expect_none_en("Was the storm worse than last year? According to the "
                   "harbour master, slightly.");
    expect_exact("According to the harbour master, the storm was slightly "
                 "worse.",
                 "the storm was slightly worse", WS_INDIRECT, "According to",
                 "harbour master");
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
    test_en_thing_participle_no_act();
    test_en_adverb_only_content();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
