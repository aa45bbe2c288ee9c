/*
 * test_stance_en_reported19.c - English reported acts (issue 9, session
 * 19): forms of a verb of evidence that are also nouns ("show") after a
 * plural noun of a document or of figures, and the uses that stay nouns.
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

/* "surveys show a tight race": "show", listed as a noun form, was a cue
 * only before a content clause, so the figures' finding with a plain
 * object was missed. */
static void
test_en_doc_plural_show_object(void)
{
    expect_exact("Surveys show a dead heat in the river counties.",
                 "a dead heat in the river counties", WS_REPORTED, "show",
                 "Surveys");
    expect_exact("The harbour records show two unpaid berthing fees.",
                 "two unpaid berthing fees", WS_REPORTED, "show",
                 "The harbour records");
}

/* the noun "show" stays inside its noun phrase: after a determiner, after
 * a singular noun, or with no plural document noun before it. */
static void
test_en_show_noun_stays_noun(void)
{
    expect_no_act("The cooking show drew a small crowd in Leeds.",
                  "a small crowd");
    expect_no_act("Farmers show cattle at the county fair each June.",
                  "cattle at the county fair");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_reported19: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_doc_plural_show_object();
    test_en_show_noun_stays_noun();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
