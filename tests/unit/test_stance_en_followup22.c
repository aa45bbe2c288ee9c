/*
 * test_stance_en_followup22.c - English attribution follow-ups (issue 9,
 * session 22): "according to" sources with a relative clause, duplicate
 * and split statements around quotes.  Short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* Bug: "..., according to the union, which represents ..." took the
 * relative clause after the source's comma for a second part of the
 * content: it describes the source, the content is the clause before. */
static void
test_en_according_to_relative_not_content(void)
{
    expect_exact("The plant will close, according to the union, which "
                 "represents 300 workers.",
                 "The plant will close", WS_INDIRECT, "according to",
                 "the union");
    expect_exact("Fares will go up in May, according to the city's "
                 "transport chief, who spoke at a hearing on Monday.",
                 "Fares will go up in May", WS_INDIRECT, "according to",
                 "the city's transport chief");
    /* a verb after the source's comma still continues the clause */
    expect_exact("The plant, according to the union, will close.",
                 "The plant | will close", WS_INDIRECT, "according to",
                 "the union");
}

/* Bug: "concludes with ... saying, "..."" made "concludes" a cue with
 * the whole "with" phrase as its content: a verb of ending before "with"
 * names what came last; the words are the "saying" speaker's. */
static void
test_en_conclude_with_is_no_cue(void)
{
    expect_exact("The report concludes with a warning from the mayor "
                 "saying, \"We will run out of water.\"",
                 "We will run out of water.", WS_DIRECT, "saying", "the mayor");
    expect_no_en_cue("The evening concluded with a song by the choir.",
                     "concluded");
    /* still a cue before a content clause and after a quotation */
    expect_exact("The mayor concluded that the plan had failed.",
                 "the plan had failed", WS_INDIRECT, "concluded", "The mayor");
    expect_exact("\"We are done,\" she concluded.", "We are done,", WS_DIRECT,
                 "concluded", "she");
}

/* Bug: a noun of will with an infinitive in the subject ("Her pledge to
 * fix the roads won praise") gave no statement: the infinitive, with its
 * "to", is the content and ends before the main verb. */
static void
test_en_intent_noun_subject_ends_before_main_verb(void)
{
    expect_exact("The governor's pledge to fix the roads won praise from "
                 "drivers.",
                 "to fix the roads", WS_INDIRECT, "pledge", "The governor");
    expect_exact("The minister's promise to cut fees angered landlords.",
                 "to cut fees", WS_INDIRECT, "promise", "The minister");
    expect_exact("The union's threat to strike was met with silence.",
                 "to strike", WS_INDIRECT, "threat", "The union");
    /* a participle or a compound inside the infinitive is no main verb */
    expect_exact("The mayor's plan to rebuild streets damaged by floods met "
                 "resistance.",
                 "to rebuild streets damaged by floods", WS_INDIRECT, "plan",
                 "The mayor");
}

/* The number of statements in text (English); of kind `kind` only when
 * kind >= 0. */
static int32_t
count_statements(const char *text, int kind)
{
    ws_doc *d = run("en", text);
    if (d == NULL)
        return -1;
    int32_t n = 0;
    for (int32_t i = 0; i < d->statements.n; i++)
        n += kind < 0 || d->statements.v[i].kind == kind;
    ws_doc_free(d);
    return n;
}

/* Bug: 'Calling the ruling "a travesty," the governor vowed ...' gave
 * the mixed statement of "Calling" and a second, direct one giving the
 * same quote to "vowed": the quote is the participle's object only. */
static void
test_en_lead_participle_quote_no_duplicate(void)
{
    const char *t1 = "Calling the ruling \"a travesty of justice,\" the "
                     "governor vowed to appeal.";
    expect_exact(t1, "the ruling \"a travesty of justice,\"", WS_MIXED,
                 "Calling", "the governor");
    CHECK(count_statements(t1, -1) == 1, "%s: %d statements", t1,
          count_statements(t1, -1));
    const char *t2 = "Describing the bill as \"a gift to polluters,\" "
                     "Senator Ruth Ames voted against it.";
    expect_exact(t2, "the bill as \"a gift to polluters,\"", WS_MIXED,
                 "Describing", "Ruth Ames");
    CHECK(count_statements(t2, WS_DIRECT) == 0, "%s: a direct statement", t2);
    /* a quote before its attribution stays direct */
    expect_exact("\"We will appeal,\" the governor vowed.", "We will appeal,",
                 WS_DIRECT, "vowed", "the governor");
}

/* Bug: a clause broken off by "she said," and finished by a quotation in
 * lower case ('The fund was, she said, "a lifeline."') gave a direct
 * statement of the quote alone: the two parts are one mixed statement. */
static void
test_en_clause_then_attrib_quote_is_mixed(void)
{
    const char *t1 = "The fund was, she said, \"a lifeline for families.\"";
    expect_exact(t1, "The fund was | \"a lifeline for families.\"", WS_MIXED,
                 "said", "she");
    CHECK(count_statements(t1, -1) == 1, "%s: %d statements", t1,
          count_statements(t1, -1));
    expect_exact("Prices will rise, he said, \"by at least a third.\"",
                 "Prices will rise | \"by at least a third.\"", WS_MIXED,
                 "said", "he");
    /* an adjunct before the attribution, or a capital: the quote alone */
    expect_exact("Last week, she said, \"we will win.\"", "we will win.",
                 WS_DIRECT, "said", "she");
    expect_exact("The vote was close. She said, \"We will win.\"",
                 "We will win.", WS_DIRECT, "said", "She");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_followup22: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_according_to_relative_not_content();
    test_en_conclude_with_is_no_cue();
    test_en_intent_noun_subject_ends_before_main_verb();
    test_en_lead_participle_quote_no_duplicate();
    test_en_clause_then_attrib_quote_is_mixed();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
