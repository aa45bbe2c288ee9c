/*
 * test_stance_en_acts18b.c - English reported acts (issue 9, session 18,
 * second round): nouns of a report, a charge or a doubt with no
 * possessive before them ("amid allegations of X"), read as reported
 * acts with no speaker.  Short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "allegations of", "reports of", "criticism of", "skepticism about"
 * with no possessive: the noun and the preposition are the cue, the
 * noun phrase after it the content, and nobody is named. */
static void
test_en_bare_report_noun_object(void)
{
    expect_exact("The dairy closed amid allegations of tampering.", "tampering",
                 WS_REPORTED, "allegations of", NULL);
    expect_exact("Ferries halted after early reports of a leak.", "a leak",
                 WS_REPORTED, "reports of", NULL);
    expect_exact("Despite fierce criticism of the curfew, the mayor "
                 "stayed calm.",
                 "the curfew", WS_REPORTED, "criticism of", NULL);
    expect_exact("Bakers worry about growing skepticism about the "
                 "grain levy.",
                 "the grain levy", WS_REPORTED, "skepticism about", NULL);
    /* a verb form of the cue lexicon read as the noun before "of" */
    expect_exact("The mill faced claims of wage theft.", "wage theft",
                 WS_REPORTED, "claims of", NULL);
    /* a possessive inside the object does not end it */
    expect_exact("Anglers went home after criticism of the warden's "
                 "fishing rules.",
                 "the warden's fishing rules", WS_REPORTED, "criticism of",
                 NULL);
}

/* The noun after a possessive is en_poss_act_pass's (the possessive
 * speaks); a question word after it opens no act object; inside a
 * quotation nothing is read. */
static void
test_en_bare_report_noun_not_possessed(void)
{
    expect_exact("The tanners' criticism of the tariff was loud.", "the tariff",
                 WS_REPORTED, "criticism of", "tanners");
    expect_no_en_cue("Reports of whether the pier reopened were thin.",
                     "Reports of");
    expect_no_en_cue("\"Reports of snow were wrong,\" the pilot said.",
                     "Reports of");
}

/* Attitude nouns after a possessive ("her obsession with", "their theory
 * of", "his ideas about"): the possessive speaks, the phrase after the
 * preposition is the content; a list of items after it is one object. */
static void
test_en_poss_attitude_noun_and_list(void)
{
    expect_exact("Her obsession with sourdough puzzled the bakers.",
                 "sourdough", WS_REPORTED, "obsession with", "Her");
    expect_exact("After their theory of ancient kilns, the hall emptied.",
                 "ancient kilns", WS_REPORTED, "theory of", "their");
    expect_exact("Students heard little of his ideas about rowing.", "rowing",
                 WS_REPORTED, "ideas about", "his");
    expect_exact("Her distrust of ferries, trams and rental bikes was "
                 "well known.",
                 "ferries, trams and rental bikes", WS_REPORTED, "distrust of",
                 "Her");
    /* a cue after the comma is no list item */
    expect_exact("Kwame Osei's criticism of the toll, the driver said, was "
                 "fair.",
                 "the toll", WS_REPORTED, "criticism of", "Osei");
}

/* en_poss_act_pass visits only the tokens that may be possessives: one
 * of its pronouns, or a token with an apostrophe among its last two
 * bytes.  The curly apostrophe (U+2019, its last byte 0x99) as well as
 * "'s" and the plural's "'", and a possessive as the text's first
 * token, are all still read. */
static void
test_en_poss_act_filter_keeps_possessives(void)
{
    expect_exact("Kwame Osei\u2019s criticism of the toll was fair.",
                 "the toll", WS_REPORTED, "criticism of", "Osei");
    expect_exact("The tanners\u2019 criticism of the tariff was loud.",
                 "the tariff", WS_REPORTED, "criticism of", "tanners");
    expect_exact("Osei's criticism of the toll was fair.", "the toll",
                 WS_REPORTED, "criticism of", "Osei");
    expect_exact("His criticism of the toll was fair.", "the toll", WS_REPORTED,
                 "criticism of", "His");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_acts18b: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_bare_report_noun_object();
    test_en_bare_report_noun_not_possessed();
    test_en_poss_attitude_noun_and_list();
    test_en_poss_act_filter_keeps_possessives();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
