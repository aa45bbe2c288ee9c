/*
 * test_stance_en_reported26.c - English reported acts (session 26).
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

/* "The survey documented rising rents.": a verb listed "agent" was an act
 * only of a person, an organisation or a role, so a study, a survey or a
 * recording as its subject reported nothing; a thing still does not.
 * Such a verb before someone's claim and its clause leaves the claim its
 * statement. */
static void
test_en_document_subject_of_agent_verb(void)
{
    expect_exact("The survey documented a steep rise in rents.",
                 "a steep rise in rents", WS_REPORTED, "documented",
                 "The survey");
    expect_exact("The new research documented longer droughts in the south.",
                 "longer droughts in the south", WS_REPORTED, "documented",
                 "The new research");
    expect_exact("An audit ignored the older branch offices.",
                 "the older branch offices", WS_REPORTED, "ignored",
                 "An audit");
    expect_no_en_cue("The old bridge links the island to the coast.", "links");
}

/* "The senate would have overridden the veto.": some forms of a listed
 * verb were missing ("overridden", "repeat"), so
 * the same act in another tense reported nothing. */
static void
test_en_missing_verb_forms(void)
{
    expect_exact("The senate would easily have overridden the veto.",
                 "the veto", WS_REPORTED, "overridden", "The senate");
    expect_exact("The coaches repeat the same warnings.", "the same warnings",
                 WS_REPORTED, "repeat", "The coaches");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_reported26: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_document_subject_of_agent_verb();
    test_en_missing_verb_forms();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
