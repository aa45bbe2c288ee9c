/*
 * test_stance_en_quotes25.c - English direct quotes and their speakers
 * (session 25): a loud-speech cue after a long speaker phrase, a
 * capitalised preposition opening a sentence taken for the speaker, a
 * pronoun after a statement resolved to a name after the cue.
 * Each test is named after what broke, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* Bug: a verb of loud speech ("shouted", "yelled") speaks only next to a
 * quotation, and the quotation had to close within six tokens before it:
 * a speaker phrase with an apposition, a quoted nickname or a bracketed
 * party tag ran past that bound, and the quote lost its cue. */
static void
test_en_loud_cue_after_long_speaker_phrase(void)
{
    expect_exact("\"Bring the lanterns now!\" his cousin, Maria Ortiz, "
                 "shouted.",
                 "Bring the lanterns now!", WS_DIRECT, "shouted",
                 "his cousin, Maria Ortiz,");
    expect_exact("\"Bring the lanterns now!\" the ferry captain's cousin, "
                 "Maria \"Mia\" Ortiz (D-Ohio), yelled at the dock.",
                 "Bring the lanterns now!", WS_DIRECT, "yelled", "Ortiz");
    /* no quotation before the phrase: no statement */
    expect_no_en_cue("The ferry captain's cousin, Maria Ortiz, shouted at "
                     "the gulls for an hour.",
                     "shouted");
}

/* Bug: a capitalised preposition opening a sentence ("Amid ...",
 * "After ...") was taken for a name: it became the speaker alone, or the
 * first word of the speaker phrase. */
static void
test_en_sentence_initial_preposition_not_speaker(void)
{
    expect_speaker("After dock workers insisted the pier was unsafe, the "
                   "owner closed it.",
                   "insisted", "dock workers", NULL);
    expect_speaker("Despite growers insisting the frost was mild, the "
                   "orchard lost half its crop.",
                   "insisting", "growers", NULL);
    /* alone it names no one */
    expect_speaker("Amid questions about the levy, the council met again.",
                   "questions", "", "");
}

/* Bug: "he" or "she" opening a sentence right after a statement took
 * the nearest earlier name of that gender, a person named after the cue
 * ("... said after meeting with Governor Paul Lowe. He ..."), instead of
 * the speaker, the preceding sentence's subject. */
static void
test_en_pronoun_after_statement_is_its_speaker(void)
{
    const char *text =
        "\"The river has flooded these farms before,\" John Smith said "
        "after talks with Governor Paul Lowe. He did not mention the levy. "
        "\"We want the roads open by spring.\"";
    expect_speaker(text, "mention", "He", "John Smith");
    /* the plain case: no other name between */
    expect_speaker("Ann Brody said the ferry would run on Sunday. She "
                   "praised the crew.",
                   "praised", "She", "Ann Brody");
}

/* Bug: a quote after a second verb of a sentence ("She then urges ...
 * and repeatedly says, "..."") had no speaker span: the subject of the
 * first verb was looked for only with "and" right before the cue, and a
 * present-tense cue verb after "then" was not taken for that verb. */
static void
test_en_coordinated_verb_quote_speaker(void)
{
    expect_speaker("Ann Brody waved at the pier. She then urges her "
                   "brother to step off the ferry and repeatedly says, "
                   "\"Hold the rail.\"",
                   "says", "She", "Ann Brody");
    expect_speaker("The skipper waved and calmly said, \"Hold the rail.\"",
                   "said", "The skipper", NULL);
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_quotes25: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_loud_cue_after_long_speaker_phrase();
    test_en_sentence_initial_preposition_not_speaker();
    test_en_pronoun_after_statement_is_its_speaker();
    test_en_coordinated_verb_quote_speaker();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
