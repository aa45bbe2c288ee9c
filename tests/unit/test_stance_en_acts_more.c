/*
 * test_stance_en_acts_more.c - English reported acts (issue 9, session
 * 14): more verb families of stance that were no cue, so their acts got no
 * statement at all, and the uses of them that make none.  Each test is
 * named after what was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "linked the rents to the zoning rules", "ignored the auditor's
 * findings", "saw the quota as a betrayal": verbs of linking, ignoring and
 * seeing as were no cue. */
static void
test_en_link_ignore_see_as_verbs(void)
{
    expect_exact("The governor linked the rise in rents to the new zoning "
                 "rules.",
                 "the rise in rents to the new zoning rules", WS_REPORTED,
                 "linked", "The governor");
    expect_exact("The senator ignored the auditor's findings.",
                 "the auditor's findings", WS_REPORTED, "ignored",
                 "The senator");
    expect_exact("Opposition leaders saw the quota as a betrayal.",
                 "the quota as a betrayal", WS_REPORTED, "saw",
                 "Opposition leaders");
}

/* The same verbs with a thing as their subject, as a participle before
 * "to", or with "as" opening a clause of time tell of no stance. */
static void
test_en_link_ignore_see_as_no_act(void)
{
    expect_no_act("The ferry links the island to the harbour.", "the island");
    expect_no_act("A gang linked to the cartel robbed the store.",
                  "the cartel");
    expect_no_act("She saw the captain as he boarded the boat.", "the captain");
    expect_no_act("Hikers ignored the trail signs.", "the trail signs");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_acts_more: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_link_ignore_see_as_verbs();
    test_en_link_ignore_see_as_no_act();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
