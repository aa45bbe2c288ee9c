/*
 * test_stance_en_quotes26.c - English direct quotes and their speakers
 * (session 26): a quotation with no cue that goes on with the speaker of
 * the quote before it, a quotation announced by a colon that ends the
 * paragraph before it, dashes and "as" around a trailing speaker phrase,
 * a possessive name with an apposition after an exclaimed quote, a
 * quoted sentence between dashes after a person's name.
 * Each test is named after what broke, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* Bug: a quotation with no cue of its own right after a quote and its
 * attribution ('"...," she said.' and the next paragraph, or one more
 * sentence of the same paragraph) became a statement of its own, with
 * the speaker copied but no cue, instead of a further part of the
 * statement it goes on with. */
static void
test_en_uncued_quote_goes_on_with_previous_quote(void)
{
    expect_exact("\"The bridge will reopen in May,\" Maria Olsen said.\n\n"
                 "\"After that we repave the square and plant the trees.\"",
                 "The bridge will reopen in May, | After that we repave the "
                 "square and plant the trees.",
                 WS_DIRECT, "said", "Maria Olsen");
    expect_exact("\"The bridge will reopen in May,\" Maria Olsen said on "
                 "Monday. She did not mention the cost. \"After that we "
                 "repave the square and plant the trees.\"",
                 "The bridge will reopen in May, | After that we repave the "
                 "square and plant the trees.",
                 WS_DIRECT, "said", "Maria Olsen");
    /* someone else speaks in between: the first quote stays alone */
    expect_exact("\"The bridge will reopen in May,\" Maria Olsen said on "
                 "Monday. Tom Reyes, the builder, declined to comment. "
                 "\"After that we repave the square and plant the trees.\"",
                 "The bridge will reopen in May,", WS_DIRECT, "said",
                 "Maria Olsen");
    /* two sentences in between: too far */
    expect_exact("\"The bridge will reopen in May,\" Maria Olsen said on "
                 "Monday. The town has waited two years. The budget was cut "
                 "twice. \"After that we repave the square and plant the "
                 "trees.\"",
                 "The bridge will reopen in May,", WS_DIRECT, "said",
                 "Maria Olsen");
    /* an attribution line after a dash closes its item */
    expect_exact("\"The bridge will reopen in May.\" \xe2\x80\x95 Maria "
                 "Olsen\n\n\"After that we repave the square and plant the "
                 "trees.\"",
                 "The bridge will reopen in May.", WS_DIRECT, NULL,
                 "Maria Olsen");
}

/* Bug: a quotation that is a paragraph of its own after a paragraph
 * ending in a message noun and a colon ("made the following comment:")
 * had no statement: the attribution before a quote was looked for only
 * in the quote's own paragraph. */
static void
test_en_quote_after_colon_paragraph(void)
{
    expect_exact("On March 3, the senator made the following comment:\n\n"
                 "\"For farmers who lost their crops, the relief fund is far "
                 "too small. We need to triple it.\"\n\nCritics disagreed.",
                 "For farmers who lost their crops, the relief fund is far "
                 "too small. We need to triple it.",
                 WS_DIRECT, "made the following comment", "the senator");
}

/* Bug: a speaker phrase set off by dashes after the quote ('"...," --
 * Ann Lee -- said') kept its closing dash, and one opened by "as" ('"...,"
 * as the memo put it') kept the "as", in the speaker span. */
static void
test_en_trailing_speaker_phrase_trimmed(void)
{
    expect_speaker("The mayor of Brackton was blunt. \"We will never sell "
                   "the harbour,\" -- Maria Olsen -- said on Tuesday.",
                   "said", "Maria Olsen", NULL);
    expect_speaker("The main test for the grant is a \"clear plan for "
                   "public transport,\" as a ministry circular put it.",
                   "put it", "a ministry circular", NULL);
}

/* Bug: after a quote ending in "!" or "?", a capitalised word opens a
 * new sentence unless a short name and a verb of speech follow; a
 * possessive name with its role noun and an apposition naming the
 * person ("Hale's cousin, state Rep. Ann Ortiz (D-Ohio), shouted") was
 * not taken for that name, and the quote lost its attribution. */
static void
test_en_exclaimed_quote_possessive_role_appos(void)
{
    expect_exact("\"Bring the lanterns now!\" Hale's cousin, state Rep. "
                 "Maria \"Mia\" Ortiz (D-Ohio), shouted to the crowd.",
                 "Bring the lanterns now!", WS_DIRECT, "shouted", "Ortiz");
    expect_exact("\"Bring the lanterns now!\" Hale's cousin, Maria Ortiz, "
                 "yelled at the dock.",
                 "Bring the lanterns now!", WS_DIRECT, "yelled", "Ortiz");
    /* no person in the apposition: a new sentence */
    expect_no_en_cue("\"Bring the lanterns now!\" Hale's boat, an old "
                     "ferry, shouted back with its horn.",
                     "shouted");
}

/* Bug: a quoted sentence set off by dashes right after a person's name
 * ("including the former governor Ann Lee -- \"It is ...\" -- and ...")
 * had no attribution of its own and took the speaker of the statement
 * before it. */
static void
test_en_name_then_dash_quote(void)
{
    expect_exact("Many leaders have said so, including the former governor "
                 "Ann Lee -- \"It is a plain mistake to close the port\" -- "
                 "and two mayors.",
                 "It is a plain mistake to close the port", WS_DIRECT, "--",
                 "Ann Lee");
    /* a description of the person, no sentence: not her words */
    expect_exact("He praised Ann Lee -- \"a fine mayor of our old town\" "
                 "-- and left.",
                 "a fine mayor of our old town", WS_DIRECT, "praised", "He");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_quotes26: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_uncued_quote_goes_on_with_previous_quote();
    test_en_quote_after_colon_paragraph();
    test_en_trailing_speaker_phrase_trimmed();
    test_en_exclaimed_quote_possessive_role_appos();
    test_en_name_then_dash_quote();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
