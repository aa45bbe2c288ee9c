/*
 * test_stance_en_reported25.c - English reported acts (session 25).
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

/* "The union issued a statement on the pay talks.": a light verb took
 * only an act noun ("issued a warning"), so a message noun as its object
 * reported nothing.  Words of saying after the message keep their own
 * statement, and a demonstrative points back at words reported before. */
static void
test_en_light_verb_message_object(void)
{
    expect_exact("The union issued a statement on the pay talks.",
                 "a statement on the pay talks", WS_REPORTED, "issued",
                 "The union");
    expect_exact("The league sent a stern letter to both clubs on Friday.",
                 "a stern letter to both clubs", WS_REPORTED, "sent",
                 "The league");
    expect_no_en_cue("The ministry issued a statement saying the talks had "
                     "failed.",
                     "issued");
    expect_no_en_cue("The board sent a short letter, urging a delay.", "sent");
    expect_none_en("She made this statement at a rally in May.");
}

/* "... and almost at once revealed the files": "almost" and "nearly"
 * were no adverbs between a subject and its verb, so the act was lost
 * or the adverb joined the speaker. */
static void
test_en_degree_adverb_before_act(void)
{
    expect_exact("The clerks found the files and almost immediately "
                 "disclosed them to the auditors.",
                 "them", WS_REPORTED, "disclosed", "The clerks");
    expect_speaker("The governor nearly always criticizes them.", "criticizes",
                   "The governor", NULL);
}

/* "pitched himself to farmers in Ohio": a lone object pronoun is the
 * whole object; the "to" phrase after it names who received the act.
 * Verbs of likening keep theirs, and an infinitive stays the content. */
static void
test_en_pronoun_object_before_recipient(void)
{
    expect_exact("The senator pitched himself to farmers in Ohio.", "himself",
                 WS_REPORTED, "pitched", "The senator");
    expect_exact("The coach compared him to a young striker.",
                 "him to a young striker", WS_REPORTED, "compared",
                 "The coach");
    expect_exact("The mayor urged them to stay calm.", "them to stay calm",
                 WS_REPORTED, "urged", "The mayor");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_reported25: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_light_verb_message_object();
    test_en_degree_adverb_before_act();
    test_en_pronoun_object_before_recipient();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
