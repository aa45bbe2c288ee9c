/*
 * test_stance_en_quotes22.c - English direct and mixed quotes (issue 9,
 * session 22): quotes missed or attributed to part of a speaker phrase.
 * Short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* Bug: a speaker phrase with a hyphenated modifier ("the 52-year-old
 * teacher", "the long-time party activist") gave no statement before the
 * cue (the hyphens counted as words past the phrase's bound, and ended
 * the attribution as dashes) or a speaker cut at the first hyphen after
 * it ("the long"). */
static void
test_en_hyphenated_speaker_phrase(void)
{
    expect_exact("\"We will appeal,\" the 52-year-old teacher said.",
                 "We will appeal,", WS_DIRECT, "said",
                 "the 52-year-old teacher");
    expect_exact("\"We will appeal,\" a 40-year-old nurse told reporters.",
                 "We will appeal,", WS_DIRECT, "told", "a 40-year-old nurse");
    expect_exact("\"We will appeal,\" said the long-time party activist.",
                 "We will appeal,", WS_DIRECT, "said",
                 "the long-time party activist");
    expect_exact("\"The fees are too high,\" said a well-known local lawyer.",
                 "The fees are too high,", WS_DIRECT, "said",
                 "a well-known local lawyer");
    expect_exact("The 52-year-old teacher said: \"We will appeal.\"",
                 "We will appeal.", WS_DIRECT, "said",
                 "The 52-year-old teacher");
}

/* Bug: "the 41-year-old father of two replied, "..."" had no speaker
 * phrase: a person described by their children ends in a count, which
 * was taken for no noun. */
static void
test_en_parent_of_count_speaker(void)
{
    expect_exact("The mayor spoke first, and the 41-year-old father of two "
                 "replied, \"We will not move.\"",
                 "We will not move.", WS_DIRECT, "replied",
                 "the 41-year-old father of two");
    expect_exact("\"We will not move,\" said the 41-year-old father of two.",
                 "We will not move,", WS_DIRECT, "said",
                 "the 41-year-old father of two");
    expect_exact("\"We will not move,\" a mother of three told reporters.",
                 "We will not move,", WS_DIRECT, "told", "a mother of three");
}

/* Bug: sung words next to a quotation ('"...," the choir sang') had no
 * statement: the family of "sing" was no cue.  A song's title right after
 * the verb stays no statement (punct). */
static void
test_en_sung_quote(void)
{
    expect_exact("\"We shall overcome,\" the choir sang as the doors opened.",
                 "We shall overcome,", WS_DIRECT, "sang", "the choir");
    expect_exact("\"Keep your head up,\" the singer sings to her fans in "
                 "the new clip.",
                 "Keep your head up,", WS_DIRECT, "sings", "the singer");
    expect_exact("The singer took the stage and sang: \"Nobody leaves "
                 "tonight.\"",
                 "Nobody leaves tonight.", WS_DIRECT, "sang", "The singer");
    expect_no_en_cue("The choir sang \"Amazing Grace\" at the funeral.",
                     "sang");
}

/* Bug: a nickname in quotation marks inside a name (Anna "Annie" Lowe)
 * was a quotation of its own: the attribution after a quote stopped at
 * it and the quote had no statement; a hyphenated compound likewise made
 * the phrase before a verb of shouting too long. */
static void
test_en_quoted_nickname_in_speaker(void)
{
    expect_exact("\"We have to win this,\" state Rep. Anna \"Annie\" Lowe "
                 "shouted to the crowd.",
                 "We have to win this,", WS_DIRECT, "shouted",
                 "state Rep. Anna \"Annie\" Lowe");
    expect_exact("\"We have to win this,\" said Anna \"Annie\" Lowe.",
                 "We have to win this,", WS_DIRECT, "said",
                 "Anna \"Annie\" Lowe");
    expect_exact("\"We are here!\" the 52-year-old teacher shouted.",
                 "We are here!", WS_DIRECT, "shouted",
                 "the 52-year-old teacher");
}

/* Bug: a quote after a colon that closes a clause whose object is a
 * message noun ('the mayor issued a short statement: "..."') had no
 * statement, or the speaker of the statement before: the clause's
 * subject is the speaker. */
static void
test_en_message_noun_colon_quote(void)
{
    expect_exact("On Monday the mayor issued a short statement: \"We will "
                 "appeal.\"",
                 "We will appeal.", WS_DIRECT, "issued a short statement",
                 "the mayor");
    expect_exact("The union sent a letter: \"We will strike on Friday.\"",
                 "We will strike on Friday.", WS_DIRECT, "sent a letter",
                 "The union");
    expect_exact("With the vote a week away, the mayor unveils a fresh and "
                 "rather bold campaign message: \"It is about you.\"",
                 "It is about you.", WS_DIRECT,
                 "unveils a fresh and rather bold campaign message",
                 "the mayor");
}

/* Bug: once "concluded with" stopped being a cue, a quote after "with"
 * and an act noun with its article ("concluded with a warning: "..."")
 * had no statement: an act noun after its article before the colon is a
 * message noun too. */
static void
test_en_act_noun_colon_quote_after_with(void)
{
    expect_exact("The mayor concluded with a warning: \"We will not pay "
                 "for this road.\"",
                 "We will not pay for this road.", WS_DIRECT,
                 "concluded with a warning", "The mayor");
    expect_exact("The union ended its rally with a plea: \"Keep the ward "
                 "open.\"",
                 "Keep the ward open.", WS_DIRECT,
                 "ended its rally with a plea", "The union");
}

/* Bug: a whole quotation after a cue and a comma, closed by its own
 * comma and followed by a conjunction ('said on Monday, "...," and left
 * the room') was a mixed statement running on to the sentence's end: the
 * clause after the quote is the writer's. */
static void
test_en_quote_then_clause_is_direct(void)
{
    expect_exact("The mayor said during the debate, \"We cut what we "
                 "could,\" before the crowd cheered.",
                 "We cut what we could,", WS_DIRECT, "said", "The mayor");
    expect_exact("The mayor told reporters on Monday, \"We cut what we "
                 "could,\" and left the room.",
                 "We cut what we could,", WS_DIRECT, "told", "The mayor");
    expect_exact("The clip shows Smith saying during the debate, \"We cut "
                 "what we could,\" when Jones pressed him.",
                 "We cut what we could,", WS_DIRECT, "saying", "Smith");
    /* a fragment inside the clause stays mixed */
    expect_exact("He said the plan was \"cruel, unfair,\" and would fail.",
                 "the plan was \"cruel, unfair,\" and would fail", WS_MIXED,
                 "said", "He");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_quotes22: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_hyphenated_speaker_phrase();
    test_en_parent_of_count_speaker();
    test_en_sung_quote();
    test_en_quoted_nickname_in_speaker();
    test_en_message_noun_colon_quote();
    test_en_quote_then_clause_is_direct();
    test_en_act_noun_colon_quote_after_with();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
