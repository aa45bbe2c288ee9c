/*
 * test_stance_en_precision18.c - English statements that are none (issue 9,
 * session 18): a sentence adverb or connective taken for the speaker, an
 * -ing verb with its particle taken for the speaker, a pronoun object
 * that ran on over a subordinate clause, and an act in a relative clause
 * that ran on into the main clause.  Short invented sentences.
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
    /* a subject that plans stays (an infinitive content is indirect
     * speech: en_clause_content_kind_pass) */
    expect_exact("The council backed away from its budget; the mayor plans "
                 "to widen the road.",
                 "to widen the road", WS_INDIRECT, "plans", "the mayor");
}

/* Bug: a reported act's object that is an object pronoun or a
 * demonstrative alone ran on over a subordinate clause after it
 * ("condemned them because ..."); only a name or "it" ended there. */
static void
test_en_pronoun_object_ends_before_subordinator(void)
{
    expect_exact("The dockers' union condemned them because they cut night "
                 "shifts.",
                 "them", WS_REPORTED, "condemned", "union");
    expect_exact("The two sisters rejected this after the harvest failed.",
                 "this", WS_REPORTED, "rejected", "sisters");
    /* a noun object with its clause still ends there */
    expect_exact("The dockers' union condemned the rota because it cut "
                 "night shifts.",
                 "the rota", WS_REPORTED, "condemned", "union");
}

/* Bug: a reported act inside a relative clause between commas ran on
 * into the main clause when an adverb opened its predicate ("..., who
 * denied the charges, then resigned"); a finite verb right after the
 * comma already closed it. */
static void
test_en_relative_act_ends_before_adverb_predicate(void)
{
    expect_exact("The ferry captain, who denied the charges, then resigned.",
                 "the charges", WS_REPORTED, "denied", NULL);
    expect_exact("Her cousin, who abolished the tax in 2003, later ran for "
                 "governor.",
                 "the tax in 2003", WS_REPORTED, "abolished", NULL);
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
    test_en_pronoun_object_ends_before_subordinator();
    test_en_relative_act_ends_before_adverb_predicate();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
