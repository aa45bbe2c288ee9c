/*
 * test_stance_en_spans17.c - English content spans that ended too early
 * or ran on too far (issue 9, session 17: near misses, a statement found
 * whose content overlapped the right one too little).  Each test is
 * named after what it fixes, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "cast herself as X when it comes to Y": "when it comes to" means "as
 * for" and stays in the act's object; a plain "when" clause still ends
 * it */
static void
test_en_when_it_comes_to_stays_in_object(void)
{
    expect_exact("The governor is casting herself as a friend of farmers "
                 "when it comes to water rights.",
                 "herself as a friend of farmers when it comes to water "
                 "rights",
                 WS_REPORTED, "casting", "The governor");
    expect_exact("The coach has painted himself as a purist when it came "
                 "down to youth training.",
                 "himself as a purist when it came down to youth training",
                 WS_REPORTED, "painted", "The coach");
    expect_exact("The council praised the firefighters when the flood "
                 "receded.",
                 "the firefighters", WS_REPORTED, "praised", "The council");
}

/* "as a steward of the budget who's about to ...": a relative
 * pronoun with its auxiliary glued on opens a relative clause on the
 * object, like "who" */
static void
test_en_contracted_who_relative_stays_in_object(void)
{
    expect_exact("The senator portrays himself as a careful steward of "
                 "the budget who\xe2\x80\x99s about to trim the waste.",
                 "himself as a careful steward of the budget "
                 "who\xe2\x80\x99s about to trim the waste",
                 WS_REPORTED, "portrays", "The senator");
    expect_exact("The mayor has cast herself as a builder who's ready to "
                 "break ground.",
                 "herself as a builder who's ready to break ground",
                 WS_REPORTED, "cast", "The mayor");
}

/* "will accuse the board of X and urge members to Y": a second act verb
 * in its base form, joined by "and" with an object of its own, is a
 * statement of its own; the first act's object ends before "and" */
static void
test_en_bare_second_act_after_and(void)
{
    expect_exact("The treasurer will accuse the board of wasting the "
                 "reserve and urge members to vote it out.",
                 "the board of wasting the reserve", WS_REPORTED, "accuse",
                 "The treasurer");
    expect_exact("The treasurer will accuse the board of wasting the "
                 "reserve and urge members to vote it out.",
                 "members to vote it out", WS_REPORTED, "urge",
                 "The treasurer");
    expect_exact("The coach may blame the referee for being \"blind\" and "
                 "ask the league to review the match.",
                 "the referee for being \"blind\"", WS_MIXED, "blame",
                 "The coach");
    /* inside an infinitive both verbs are one plan */
    expect_exact("The guild vowed to review and criticize the rules.",
                 "to review and criticize the rules", WS_INDIRECT, "vowed",
                 "The guild");
}

/* "backed the plan, the latest step in a long campaign that ...": an
 * apposition headed by "the latest" sums the act up as one of a series,
 * the writer's gloss, not what the act was about, commas and all */
static void
test_en_latest_gloss_ends_act_object(void)
{
    expect_exact("The dockers' union is backing the port expansion, the "
                 "latest twist in a dispute that has run, on and off, for "
                 "years.",
                 "the port expansion", WS_REPORTED, "backing",
                 "The dockers' union");
}

/* "... whether X, even as Y": "even as" sets the writer's contrasting
 * fact against what was said and ends the content, like "although" */
static void
test_en_even_as_ends_content(void)
{
    expect_exact("Several aldermen said the stadium should be sold, even "
                 "as the fans marched to save it.",
                 "the stadium should be sold", WS_INDIRECT, "said",
                 "Several aldermen");
}

/* ", but during their visit they could not ...", ", but many commuters
 * and the shop owners have found ...": a new main clause whose subject
 * stands after a short phrase, or is two noun phrases joined by "and",
 * ends what was said before the comma (also a comma inside a closing
 * quote) */
static void
test_en_conj_clause_after_phrase_or_two_subjects(void)
{
    expect_exact("The inspectors found that the rumour about layoffs at the "
                 "mill is accurate, but during their visit they could not "
                 "help adding that few jobs were safe.",
                 "the rumour about layoffs at the mill is accurate",
                 WS_INDIRECT, "found", "The inspectors");
    expect_exact("The inspectors found that the rumour about "
                 "\xe2\x80\x9cmass layoffs\xe2\x80\x9d at the mill is "
                 "\xe2\x80\x9c"
                 "accurate,\xe2\x80\x9d but during their visit they could "
                 "not help adding that few jobs were safe.",
                 "the rumour about \xe2\x80\x9cmass layoffs\xe2\x80\x9d at "
                 "the mill is \xe2\x80\x9c"
                 "accurate,\xe2\x80\x9d",
                 WS_MIXED, "found", "The inspectors");
    expect_exact("Riders complain that fares are too high, but many "
                 "commuters and the shop owners of the town have found ways "
                 "around them.",
                 "fares are too high", WS_INDIRECT, "complain", "Riders");
    /* one subject after ", and" without a finite verb: still content */
    expect_exact("The mayor said the bridge would reopen, and in May the "
                 "ferry too.",
                 "the bridge would reopen, and in May the ferry too",
                 WS_INDIRECT, "said", "The mayor");
}

/* "underscored a weakness, which is ...": a relative clause with a form
 * of "be" says what the object is and stays in a reported act's object;
 * one with another verb still ends it */
static void
test_en_which_copula_stays_in_object(void)
{
    expect_exact("The audit underscored a familiar weakness, which is the "
                 "board's habit of spending first.",
                 "a familiar weakness, which is the board's habit of spending "
                 "first",
                 WS_REPORTED, "underscored", "The audit");
    expect_exact("The mayor blamed the clerks for the errors, which were "
                 "common across every branch.",
                 "the clerks for the errors, which were common across every "
                 "branch",
                 WS_REPORTED, "blamed", "The mayor");
    expect_exact("The mayor praised the new bridge, which the council "
                 "fought for years.",
                 "the new bridge", WS_REPORTED, "praised", "The mayor");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_spans17: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_when_it_comes_to_stays_in_object();
    test_en_contracted_who_relative_stays_in_object();
    test_en_bare_second_act_after_and();
    test_en_latest_gloss_ends_act_object();
    test_en_even_as_ends_content();
    test_en_conj_clause_after_phrase_or_two_subjects();
    test_en_which_copula_stays_in_object();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
