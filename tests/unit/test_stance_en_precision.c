/*
 * test_stance_en_precision.c - English statements that are none (issue 9,
 * session 15): uses of cue words that report no one's words or acts, and
 * statements whose content holds none of what was said.  Each test is
 * named after what was wrongly found, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "It was first proposed by the mayor.": a passive act whose subject is a
 * lone "it" and with nothing after the verb made a statement whose whole
 * content was "It". */
static void
test_en_passive_lone_it_no_content(void)
{
    expect_none_en("The harbour tax was dropped in 2004. It was first proposed "
                   "by the mayor in 1998.");
    /* a person is the act's target: the act stays */
    expect_exact("He was endorsed by the dockworkers' union.", "He",
                 WS_REPORTED, "endorsed by", "union");
    /* a noun phrase subject stays too */
    expect_exact("The levy was first proposed by the mayor.", "The levy",
                 WS_REPORTED, "proposed by", "mayor");
}

/* "a guide for anyone wanting to retire early": a participle after
 * "anyone" or "everyone" says what any such person would want, not what
 * someone did. */
static void
test_en_generic_participle_after_anyone(void)
{
    expect_no_act("The library keeps a shelf of guides for anyone wanting "
                  "to learn about beekeeping.",
                  "learn about beekeeping");
    expect_no_act("The permit office is open to everybody seeking a stall at "
                  "the fair.",
                  "a stall at the fair");
    /* a named group's participle is still an act */
    expect_exact("The council received letters from farmers demanding "
                 "cheaper water.",
                 "cheaper water", WS_REPORTED, "demanding", NULL);
}

/* "her push to reform the courts": a noun of effort with "to" names what
 * someone works for, not a decision voiced (as "efforts to"); it was a
 * noun of will whose infinitive became a statement. */
static void
test_en_effort_noun_push_no_statement(void)
{
    expect_none_en("The judge spent a decade on her push to reform the family "
                   "courts.");
    /* a noun of decision still is one */
    expect_exact("The reading room filled up after her decision to reopen the "
                 "archive.",
                 "to reopen the archive", WS_INDIRECT, "decision", "her");
}

/* "the almanac the skippers write about -- a slim red book -- ...": a
 * preposition stranded after the cue at the end of a relative clause,
 * before a dash, was taken for the start of a content. */
static void
test_en_stranded_preposition_before_dash(void)
{
    expect_no_act("The almanac most skippers write about -- a slim red book "
                  "-- was printed in Leith.",
                  "a slim red book");
    expect_no_act("The only almanac the old sailors know of -- a slim red "
                  "book -- was printed in Leith.",
                  "a slim red book");
    /* a preposition with its object is no stranded one */
    expect_exact("The ferryman spoke of the tides.", "the tides", WS_REPORTED,
                 "spoke of", "ferryman");
}

/* "Everything the mayor says is spin.", "Nothing she said was new.": a
 * speech verb in a relative clause on a quantifier took the main clause's
 * predicate, the writer's judgement, for what was said. */
static void
test_en_quantifier_relative_before_copula(void)
{
    expect_none_en("Nobody listens any more. Everything the mayor says is "
                   "spin.");
    expect_none_en("Nothing the trustees said was new to the tenants.");
    /* "what" opens what was said: "what they said was a swindle" */
    expect_exact("What the tenants said was a swindle, in plain words.",
                 "a swindle, in plain words", WS_INDIRECT, "said", "tenants");
}

/* "argues they hold the view that ...": a noun of saying before "that"
 * inside a content clause without "that" made the content start after
 * the noun's "that", and the noun a second statement of the same words. */
static void
test_en_clause_without_that_holds_noun_that(void)
{
    expect_exact("The coach argues they hold the view that every pupil can "
                 "learn to swim.",
                 "they hold the view that every pupil can learn to swim",
                 WS_INDIRECT, "argues", "coach");
    /* an object noun of saying keeps its clause: "cited warnings that" */
    expect_exact("The coach cited warnings that the pool was unsafe.",
                 "the pool was unsafe", WS_INDIRECT, "cited", "coach");
}

/* "camped by a creek called Otter Run": "called" naming a thing after its
 * noun, in an object phrase, was an act of calling with the noun as its
 * source. */
static void
test_en_naming_participle_after_object(void)
{
    expect_none_en("The hikers camped by a creek called Otter Run.");
    expect_none_en("They crossed the sound on a ferry dubbed Old Bess.");
    /* a subject calling someone something is an act */
    expect_exact("The mayor called Ruiz a liar.", "Ruiz a liar", WS_REPORTED,
                 "called", "mayor");
}

/* The nouns whose "that" opens what was said after a verb of saying
 * (class saidnoun of stance-skip.tsv, once a list in the code): singular
 * and plural keep the clause the content; another noun before "that" is
 * the antecedent of a relative clause, the act's object. */
static void
test_en_said_noun_class_from_lexicon(void)
{
    expect_exact("The inspector cited warnings from the auditor that the dam "
                 "was leaking.",
                 "the dam was leaking", WS_INDIRECT, "cited", "inspector");
    expect_exact("The inspector repeated the claim that the dam was leaking.",
                 "the dam was leaking", WS_INDIRECT, "repeated", "inspector");
    expect_exact("The inspector questioned the figures that the auditor "
                 "published.",
                 "the figures that the auditor published", WS_REPORTED,
                 "questioned", "inspector");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_precision: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_passive_lone_it_no_content();
    test_en_generic_participle_after_anyone();
    test_en_effort_noun_push_no_statement();
    test_en_said_noun_class_from_lexicon();
    test_en_stranded_preposition_before_dash();
    test_en_quantifier_relative_before_copula();
    test_en_clause_without_that_holds_noun_that();
    test_en_naming_participle_after_object();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
