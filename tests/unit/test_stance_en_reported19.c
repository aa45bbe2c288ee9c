/*
 * test_stance_en_reported19.c - English reported acts (issue 9, session
 * 19): forms of a verb of evidence that are also nouns ("show") after a
 * plural noun of a document or of figures, and the uses that stay nouns;
 * a sentence opened by "In" and a document ("In the survey, ..."); a
 * share of those polled backing or choosing someone.
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

/* "In the latest survey, the mayor leads ...": the finding of a document
 * named in an opening "In" phrase had no statement. */
static void
test_en_in_doc_opening_finding(void)
{
    expect_exact("In the latest survey, the harbour mayor leads her rival by "
                 "nine points.",
                 "the harbour mayor leads her rival by nine points",
                 WS_REPORTED, "In", "the latest survey");
    expect_exact("In this study, conducted over two winters, most tenants kept "
                 "their heating low.",
                 "most tenants kept their heating low", WS_REPORTED, "In",
                 "this study");
}

/* an "In" phrase of place or time, or a finding that has its own cue,
 * makes no such statement. */
static void
test_en_in_phrase_without_doc_no_finding(void)
{
    expect_no_en_cue("In the harbour town, the ferries run late on Sundays.",
                     "In");
    expect_no_en_cue("In the survey, most farmers said the rains came late.",
                     "In");
}

/* "44 percent would back the mayor": a share of those polled as the
 * subject of a verb of choosing or siding made no statement ("back" and
 * "choose" are no cues of their own). */
static void
test_en_percent_share_backs_object(void)
{
    expect_exact("Among harbour voters, 41 percent would back the ferry levy.",
                 "the ferry levy", WS_REPORTED, "would back", "41 percent");
    expect_exact("Only 7 percent chose the independent in the county.",
                 "the independent", WS_REPORTED, "chose", "7 percent");
}

/* "support" after a share is the noun before a preposition or a comma. */
static void
test_en_percent_share_noun_no_act(void)
{
    expect_no_act("Her 62 percent support among rural women held steady.",
                  "among rural women");
}

/* "ledgers from the old firm show ...": a plural noun of records or
 * figures with a short prepositional phrase between it and "show" was
 * not taken as the verb's subject, so its finding was missed. */
static void
test_en_doc_plural_show_across_pp(void)
{
    expect_exact("Ledgers from the old shipping firm show he sold the boats "
                 "at a loss.",
                 "he sold the boats at a loss", WS_INDIRECT, "show",
                 "Ledgers from the old shipping firm");
    expect_exact("Polls in both river towns show the ferry fare as the top "
                 "worry.",
                 "the ferry fare as the top worry", WS_REPORTED, "show",
                 "Polls in both river towns");
    expect_exact("Records from the 2011 harbour census show that most berths "
                 "sat empty.",
                 "most berths sat empty", WS_INDIRECT, "show",
                 "Records from the 2011 harbour census");
    expect_no_act("Farmers in the valley show cattle at the county fair.",
                  "cattle at the county fair");
}

/* "show he lost a fortune that winter": a subject pronoun right after the
 * verb opens the clause, and the later "that" (here a determiner) is no
 * complementizer; the content was cut to the word after it. */
static void
test_en_pronoun_clause_keeps_later_that(void)
{
    expect_exact("The harbour ledgers show he lost a fortune that winter.",
                 "he lost a fortune that winter", WS_INDIRECT, "show",
                 "The harbour ledgers");
}

/* "averages", "results", "estimates" and "projections" are plural nouns
 * of figures like "polls" and "data": "show" after them is the verb. */
static void
test_en_figure_plurals_show(void)
{
    expect_exact("Polling averages show the harbour mayor two points ahead.",
                 "the harbour mayor two points ahead", WS_REPORTED, "show",
                 "Polling averages");
    expect_exact("Early results from the river wards show that turnout fell "
                 "sharply.",
                 "turnout fell sharply", WS_INDIRECT, "show",
                 "Early results from the river wards");
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
    test_en_in_doc_opening_finding();
    test_en_in_phrase_without_doc_no_finding();
    test_en_percent_share_backs_object();
    test_en_percent_share_noun_no_act();
    test_en_doc_plural_show_across_pp();
    test_en_pronoun_clause_keeps_later_that();
    test_en_figure_plurals_show();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
