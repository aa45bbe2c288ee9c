/*
 * test_stance_en_near27.c - English content boundaries (session 27):
 * contents that missed what was said by a clause, too long or too short,
 * so that they overlapped the right one too little.  Each test is named
 * after what it fixes, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "... paid no rent -- as was the case ...", "... -- assuming that ...",
 * "... -- not after the test": a dash and an "as", a "not", a relative
 * pronoun or a condition after reported content open the writer's aside,
 * which was taken into what was said */
static void
test_en_dash_aside_ends_content(void)
{
    expect_exact("The mayor noted the firm had paid no rent -- as was the "
                 "case for most tenants that year.",
                 "the firm had paid no rent", WS_INDIRECT, "noted",
                 "The mayor");
    expect_exact("The auditors argue the fund should hold almost no cash -- "
                 "assuming that members keep paying in.",
                 "the fund should hold almost no cash", WS_INDIRECT, "argue",
                 "The auditors");
    expect_exact("Parents should know what the exam rules are -- not after "
                 "the test.",
                 "what the exam rules are", WS_INDIRECT, "know", "Parents");
    /* the second dash closes the aside before the main clause's speaker */
    expect_exact("When the mayor noted the firm had paid no rent \xe2\x80\x95 "
                 "as was true for several years \xe2\x80\x95 the owner "
                 "boasted, \"We are clever.\"",
                 "the firm had paid no rent", WS_INDIRECT, "noted",
                 "the mayor");
    /* a pair of dashes inside the content leaves it whole */
    expect_exact("The mayor said the plan -- as drafted last spring -- would "
                 "cut bus fares.",
                 "the plan -- as drafted last spring -- would cut bus fares",
                 WS_INDIRECT, "said", "The mayor");
    /* a noun phrase after the dash is no aside opened by these words */
    expect_exact("The mayor said the plan would cut bus fares -- the second "
                 "cut this year.",
                 "the plan would cut bus fares -- the second cut this year",
                 WS_INDIRECT, "said", "The mayor");
}

/* "highlighted a weakness, which is a plan to cut jobs": a relative clause of
 * "be" after a reported act's object holds a word that can be a cue
 * ("plan", "resist"); it was taken for a new attribution, and the
 * object ended at the comma */
static void
test_en_which_copula_cue_word_stays_in_object(void)
{
    expect_exact(
        "The vote highlighted a weakness, which is a plan to cut jobs.",
        "a weakness, which is a plan to cut jobs", WS_REPORTED, "highlighted",
        "The vote");
    expect_exact(
        "The debate highlighted a flaw, which was his failure to resist "
        "talking about every slight.",
        "a flaw, which was his failure to resist talking about every "
        "slight",
        WS_REPORTED, "highlighted", "The debate");
    /* a relative clause with another verb still ends the object */
    expect_exact("The mayor praised the plan, which the council rejected.",
                 "the plan", WS_REPORTED, "praised", "The mayor");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_near27: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_dash_aside_ends_content();
    test_en_which_copula_cue_word_stays_in_object();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
