/*
 * test_stance_en_extras23.c - English statements (issue 9, session 23):
 * predictions with no statement in the gold where the cue word heads no
 * statement in its sentence.  Short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* Bug: "After the council objected, the vote was put off" made the main
 * clause what the council said: a cue closing a fronted adverbial clause
 * with its comma has no content after that comma. */
static void
test_en_intro_clause_cue_no_content(void)
{
    expect_no_en_cue("After the tenants' association objected, the hearing "
                     "was moved to Monday.",
                     "objected");
    expect_no_en_cue("When the farmers complained, the depot was closed for "
                     "a week.",
                     "complained");
    expect_no_en_cue("If the board agrees, the new pier opens in June.",
                     "agrees");
    /* "as" names a source: its main clause is the content */
    expect_exact("As the harbour master said, the tide is too low.",
                 "the tide is too low", WS_INDIRECT, "said",
                 "the harbour master");
    /* a clause after the cue inside the subordinate clause stays */
    expect_exact("When the clerk said the files were lost, nobody believed "
                 "her.",
                 "the files were lost", WS_INDIRECT, "said", "the clerk");
}

/* Bug: "because of the firm's tax claims, lawyers ..." made "claims" a
 * verb with the clause after the comma as content: an -s form ending a
 * noun phrase after a preposition, before a comma, is a plural noun. */
static void
test_en_plural_noun_after_preposition(void)
{
    expect_no_en_cue("The suit may fail because of the mayor's tax claims, "
                     "lawyers rarely win such cases.",
                     "claims");
    expect_no_en_cue("Despite the depot's storage plans, trucks still wait "
                     "outside.",
                     "plans");
    /* a subject before the verb keeps the statement */
    expect_exact("The mayor's lawyer claims, without proof, that the file "
                 "was forged.",
                 "the file was forged", WS_INDIRECT, "claims",
                 "The mayor's lawyer");
}

/* Bug: "raised $3.5 million that went to ads" was a statement with the
 * relative clause as content: raising an amount of money is no act of
 * speech. */
static void
test_en_raise_amount_no_act(void)
{
    expect_no_en_cue("In May, the candidate's allies raised $3.5 million "
                     "that went to ads.",
                     "raised");
    expect_no_en_cue("The charity raised about \xc2\xa3"
                     "40,000 that paid "
                     "for beds.",
                     "raised");
    expect_exact("The engineer raised fears that the dam was unsafe.",
                 "the dam was unsafe", WS_INDIRECT, "raised", "The engineer");
}

/* Bug: a headline "Stealth Over Health: ..." was a statement of
 * "Stealth Over Health": a label holding a preposition a headline
 * capitalises ("Over", "After", "Amid") is a phrase, no source. */
static void
test_en_headline_phrase_label_no_source(void)
{
    expect_no_en_cue("Tension Over Water: Valley Towns Brace for a Dry "
                     "Summer.\n\nThe towns met on Monday.",
                     ":");
    expect_no_en_cue("Life After Office: Former Mayor Opens a Bakery.\n\nThe "
                     "shop opened on Monday.",
                     ":");
    /* a name before the colon stays a source */
    expect_exact("Senator Jones: Farmers Need a New Dam.\n\nThe senator "
                 "spoke on Monday.",
                 "Farmers Need a New Dam", WS_INDIRECT, ":", "Senator Jones");
}

/* Bug: 'In her book, "Grow Your Own Beans," the author argued that ...'
 * made the book's title, with the words before it, a mixed statement and
 * lost the clause after "argued": a quotation in title case right after
 * a noun naming a work is its title. */
static void
test_en_work_title_no_quote(void)
{
    expect_exact("In her book \"Grow Your Own Beans,\" Ms. Avery argued "
                 "that gardens save money.",
                 "gardens save money", WS_INDIRECT, "argued", "Ms. Avery");
    expect_no_act("In his 2008 film, \"A Road to the Coast,\" the director "
                  "spoke little.",
                  "A Road to the Coast");
    /* a sentence quoted from a book stays a quotation */
    expect_exact("She wrote in her book, \"We were never told the truth "
                 "about the dam,\" and critics agreed.",
                 "We were never told the truth about the dam,", WS_DIRECT,
                 "wrote", "She");
}

/* Bug: 'at a "Future of Farming Summit" sponsored by ...' made the
 * summit's name a statement with "sponsored" as its cue: a quotation in
 * title case right after an article is a name. */
static void
test_en_article_title_no_quote(void)
{
    expect_no_act("He spoke at a \"Future of Farming Summit\" sponsored by the "
                  "county and said the plan was sound.",
                  "Future of Farming Summit");
    expect_exact("He spoke at a \"Future of Farming Summit\" sponsored by the "
                 "county and said the plan was sound.",
                 "the plan was sound", WS_INDIRECT, "said", "He");
}

/* Bug: "a law requiring state police to tell the ministry when ..."
 * made "tell" a statement of the police: an infinitive governed by a
 * verb of obligation names a duty, not something said or done. */
static void
test_en_duty_infinitive_no_statement(void)
{
    expect_no_en_cue("He backed a law requiring state police to tell the "
                     "ministry when a prisoner dies.",
                     "tell");
    expect_no_en_cue("The new rules force the brewery to disclose its "
                     "losses.",
                     "disclose");
    expect_no_en_cue("Clerks are required to report every unpaid fine.",
                     "report");
    /* a verb of saying around it keeps its own statement */
    expect_exact("She told the board that the rules force firms to report "
                 "losses.",
                 "the rules force firms to report losses", WS_INDIRECT, "told",
                 "She");
}

/* Bug: "the 529 savings plans that banks offer" made "plans" a verb
 * with the relative clause as its content: an -s form a number counts
 * (next to it or past one plain word) is a plural noun. */
static void
test_en_counted_plural_no_verb(void)
{
    expect_no_en_cue("Parents can put money into the 529 savings plans "
                     "that most banks now offer.",
                     "plans");
    expect_no_en_cue("On Monday the 2024 budget plans that the mayor drafted "
                     "went to the board.",
                     "plans");
    expect_no_en_cue("Voters got 12 promises that nobody kept.", "promises");
    /* a plural the number counts is the subject of the verb after it */
    expect_exact("A poll of 900 voters shows that the mayor is ahead.",
                 "the mayor is ahead", WS_INDIRECT, "shows",
                 "A poll of 900 voters");
    /* a number after a capitalised word names something */
    expect_exact("Table 2 shows that rents rose.", "rents rose", WS_INDIRECT,
                 "shows", "Table 2");
}

/* Bug: "the letters she wrote in March to the regulator went
 * unanswered" made the rest of the sentence what she wrote: in a
 * relative clause without "that" whose object is the noun before it,
 * the verb has no content. */
static void
test_en_object_gap_relative_no_content(void)
{
    expect_no_en_cue("The letters she wrote in March to the regulator went "
                     "unanswered.",
                     "wrote");
    expect_no_en_cue("The reports we wrote for the harbour board went "
                     "missing.",
                     "wrote");
    expect_no_en_cue("The two columns he wrote in 2018 for the paper drew no "
                     "replies.",
                     "wrote");
    /* a time noun before the pronoun is no object */
    expect_exact("It rained on the day he said the plant would close.",
                 "the plant would close", WS_INDIRECT, "said", "he");
    /* a clause after the verb stays its content */
    expect_exact("Last week I wrote that the council was wrong.",
                 "the council was wrong", WS_INDIRECT, "wrote", "I");
}

/* "The day he said ..., shares fell": a cue inside a fronted time noun
 * phrase with a clause on it let the content run past the comma into
 * the main clause, which is the writer's. */
static void
test_en_time_noun_intro_content_ends_at_comma(void)
{
    expect_exact("The day he said the plant would close, shares fell.",
                 "the plant would close", WS_INDIRECT, "said", "he");
    expect_exact("The moment the coach said she would stay, fans cheered.",
                 "she would stay", WS_INDIRECT, "said", "the coach");
    expect_exact("On the night that the mayor said the dam was safe, it "
                 "gave way.",
                 "the dam was safe", WS_INDIRECT, "said", "the mayor");
}

/* "the plans (that) he said were dead came back": the noun before the
 * subject of the cue is the subject of what was said; the content had
 * lost it and its verb and ran into the main clause.  The content is the
 * noun phrase and the verb phrase after the cue, with or without "that",
 * as for "which". */
static void
test_en_reduced_relative_subject_of_said(void)
{
    expect_exact("The plans he said were dead came back.",
                 "The plans | were dead", WS_INDIRECT, "said", "he");
    expect_exact("The plans that he said were dead came back.",
                 "The plans | were dead", WS_INDIRECT, "said", "he");
    expect_exact("The road the mayor said was closed to traffic reopened.",
                 "The road | was closed to traffic", WS_INDIRECT, "said",
                 "the mayor");
    expect_exact("Farmers revived the dykes they said were useless.",
                 "the dykes | were useless", WS_INDIRECT, "said", "they");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_extras23: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_intro_clause_cue_no_content();
    test_en_plural_noun_after_preposition();
    test_en_raise_amount_no_act();
    test_en_headline_phrase_label_no_source();
    test_en_work_title_no_quote();
    test_en_article_title_no_quote();
    test_en_duty_infinitive_no_statement();
    test_en_counted_plural_no_verb();
    test_en_object_gap_relative_no_content();
    test_en_time_noun_intro_content_ends_at_comma();
    test_en_reduced_relative_subject_of_said();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
