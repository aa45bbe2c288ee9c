/*
 * test_stance_en_acts17.c - English reported acts (issue 9, session 17):
 * acts whose cue is a light verb with an act noun, or a verb behind a
 * chain of other verbs, that made no statement.  Each test is named after
 * what was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* Bug: "make the case" became a phrase of saying (content clause) in
 * the cue lexicon and hid the light verb's act "case for": "made the
 * case for X" gave no statement.  Both readings now stand, each where
 * it belongs. */
static void
test_make_the_case_for_not_shadowed_by_saying_phrase(void)
{
    expect_exact("The ferry union made the case for night crossings.",
                 "night crossings", WS_REPORTED, "made the case for",
                 "The ferry union");
    expect_exact("The ferry union made the case that fares must fall.",
                 "fares must fall", WS_INDIRECT, "made the case",
                 "The ferry union");
}

/* "made the case for", "made no secret of", "threw its support behind",
 * "lent her support to": light verbs (and the irregular pasts threw,
 * lent) with act nouns that were no cue. */
static void
test_en_light_verb_act_noun_families(void)
{
    expect_exact("The harbour master has long made the case for a second "
                 "pier.",
                 "a second pier", WS_REPORTED, "made the case for",
                 "The harbour master");
    expect_exact("The growers made no secret of their anger at the tariff.",
                 "their anger at the tariff", WS_REPORTED, "made no secret of",
                 "The growers");
    expect_exact("The dockers' guild threw its support behind the ferry "
                 "captain.",
                 "behind the ferry captain", WS_REPORTED, "threw its support",
                 "guild");
    expect_exact("The governor lent her support to the striking nurses.",
                 "to the striking nurses", WS_REPORTED, "lent her support",
                 "The governor");
}

/* "the vow they made to support X", "made it to support": "to" or a
 * preposition between a light verb and an act noun ends the verb's
 * object; the noun is no light verb's act. */
static void
test_en_light_verb_before_infinitive_no_act(void)
{
    expect_no_act("The vow the twins made to support the lighthouse fund "
                  "was soon broken.",
                  "the lighthouse fund");
    expect_no_act("The ferry made it in time for support of the rescue.",
                  "the rescue");
}

/* "went on to", "took to the radio to", "was quick to", "were the first
 * to", "voted on Monday to": a chain of verbs between the subject and an
 * act in the infinitive was read as part of the subject (or hid it, and
 * the act was lost). */
static void
test_en_verb_chain_before_infinitive_act(void)
{
    expect_speaker("The curator went on to criticize the museum board.",
                   "criticize", "The curator", NULL);
    expect_speaker("The fire chief took to the local radio to defend "
                   "the new siren.",
                   "defend", "The fire chief", NULL);
    expect_speaker("The rangers were quick to condemn the poachers.", "condemn",
                   "The rangers", NULL);
    expect_speaker("Two bakers were the first to praise the flour tax.",
                   "praise", "Two bakers", NULL);
    expect_exact("The guild voted on Monday to reject the wage offer.",
                 "the wage offer", WS_REPORTED, "reject", "The guild");
}

/* "X, which ..., condemned Y": a relative clause on "which" between an
 * organisation and its act verb was read as a participle clause after a
 * comma, and the act was lost. */
static void
test_en_act_after_which_clause_subject(void)
{
    expect_exact("The Port Commission, which owns the old docks, condemned "
                 "the toll plan.",
                 "the toll plan", WS_REPORTED, "condemned", "Port Commission");
}

/* "called an urgent meeting to discuss X", "met on Monday to discuss X":
 * a meeting called, or the subject meeting, before an act in the
 * infinitive; "call" convenes and reports nothing, the act is the
 * subject's. */
static void
test_en_meeting_then_infinitive_act(void)
{
    expect_exact("The ministry, which fined two ferry firms in spring, called "
                 "an urgent meeting to discuss the fare rules.",
                 "the fare rules", WS_REPORTED, "discuss", "ministry");
    expect_no_act("The council called a special session to debate the "
                  "budget.",
                  "a special session");
    expect_speaker("The tenants met to discuss the rent rise.", "discuss",
                   "The tenants", NULL);
    expect_speaker("The tenants met on Monday to discuss the rent rise.",
                   "discuss", "The tenants", NULL);
}

/* "faces criticism from unions", "faced heavy criticism from angry fans":
 * a received act's source that is a bare plural had no speaker the
 * phrase rules took, and the act was lost; the subject that receives it
 * is the whole noun phrase with its modifiers. */
static void
test_en_received_act_bare_plural_source(void)
{
    expect_exact("The mayor faces criticism from unions.", "The mayor",
                 WS_REPORTED, "faces criticism", "unions");
    expect_exact("The club's young Dutch keeper Jan Smit faced heavy "
                 "criticism from angry fans.",
                 "The club's young Dutch keeper Jan Smit", WS_REPORTED,
                 "faced heavy criticism", "angry fans");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_acts17: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_light_verb_act_noun_families();
    test_make_the_case_for_not_shadowed_by_saying_phrase();
    test_en_light_verb_before_infinitive_no_act();
    test_en_verb_chain_before_infinitive_act();
    test_en_act_after_which_clause_subject();
    test_en_meeting_then_infinitive_act();
    test_en_received_act_bare_plural_source();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
