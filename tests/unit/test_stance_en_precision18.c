/*
 * test_stance_en_precision18.c - English statements that are none (issue 9,
 * session 18): a sentence adverb or connective taken for the speaker, and
 * an -ing verb with its particle taken for the speaker.  Short invented
 * sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "Worse, ... reporting ...", "Perhaps ... ask ...": a connective or
 * sentence adverb does not speak. */
static void
test_en_adverb_speaker_no_statement(void)
{
    expect_no_act("Worse, the landlords kept raising rents, in several cases "
                  "reporting lower incomes to the housing office.",
                  "lower incomes to the housing office");
    expect_no_act("Perhaps walk on a little and ask whether the houses "
                  "there are cheap.",
                  "the houses there are cheap");
    /* a named speaker after the adverb stays */
    expect_exact("Perhaps wisely, the mayor criticized the road plan.",
                 "the road plan", WS_REPORTED, "criticized", "the mayor");
}

/* "..., cutting back plans to widen the road": the participle and its
 * particle are no speaker, and "plans" is their object. */
static void
test_en_particle_speaker_no_statement(void)
{
    expect_no_act("The council backed away from its budget, cutting back "
                  "plans to widen the road.",
                  "to widen the road");
    /* a subject that plans stays */
    expect_exact("The council backed away from its budget; the mayor plans "
                 "to widen the road.",
                 "to widen the road", WS_REPORTED, "plans", "the mayor");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_precision18: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_adverb_speaker_no_statement();
    test_en_particle_speaker_no_statement();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
