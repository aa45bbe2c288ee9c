/*
 * test_stance_en_boundsrep24.c - English reported acts' object boundaries
 * (issue 9, session 24): an act's object cut too early or run on too far,
 * so that it overlapped the right one too little.  Each test is named
 * after what it fixes, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "praised the rise in fares after the strike": a time phrase on the
 * common noun that ends an object of three words or more says which
 * event the object is and stays in it; after a short object, a name or a
 * pronoun it tells when the act fell and ends the object */
static void
test_en_event_time_phrase_stays_in_object(void)
{
    expect_exact("The union criticized the rise in fares after the spring "
                 "strike.",
                 "the rise in fares after the spring strike", WS_REPORTED,
                 "criticized", "The union");
    expect_exact("The coach is raising questions about her knee trouble "
                 "during Sunday's match with the visitors.",
                 "her knee trouble during Sunday's match with the visitors",
                 WS_REPORTED, "raising questions about", "The coach");
    expect_exact("The mayor praised Lee after the vote.", "Lee", WS_REPORTED,
                 "praised", "The mayor");
    expect_exact("The mayor praised them after the vote.", "them", WS_REPORTED,
                 "praised", "The mayor");
    expect_exact("The mayor praised the levy after the vote.", "the levy",
                 WS_REPORTED, "praised", "The mayor");
    /* a clause of time (its own subject and verb) still ends it */
    expect_exact("The mayor praised the new tram plan after the council had "
                 "voted.",
                 "the new tram plan", WS_REPORTED, "praised", "The mayor");
    /* a preposition right after the time word opens no noun phrase */
    expect_exact("The board backed the new tax on fuel until at least next "
                 "spring.",
                 "the new tax on fuel", WS_REPORTED, "backed", "The board");
}

/* "..., even suggesting ...": an adverb before the participle after the
 * act's object; the participle clause is a further act, not the object */
static void
test_en_adverb_participle_ends_object(void)
{
    expect_exact("The coach complained about her knee the day after the "
                 "match, even suggesting she had been fouled.",
                 "her knee the day after the match", WS_REPORTED, NULL,
                 "The coach");
    expect_exact("The coach complained about her knee the day after the "
                 "match, even suggesting she had been fouled.",
                 "she had been fouled", WS_INDIRECT, "suggesting", "The coach");
}

/* "suffer from chronic stress disorder": a cue word between a modifier
 * after a preposition and the noun it qualifies is a noun, no verb with
 * a subject: no statement */
static void
test_en_cue_word_noun_in_prep_phrase_no_statement(void)
{
    expect_no_statement("en",
                        "Many dockers suffer from chronic stress disorder "
                        "after the long strike.",
                        "disorder");
    expect_no_statement("en",
                        "The clinic treats ills such as job-related stress "
                        "disorder or burnout.",
                        "disorder");
    /* a plural subject before a prepositional phrase still speaks */
    expect_exact("Parents in the town say taxes will rise.", "taxes will rise",
                 WS_INDIRECT, "say", "Parents");
}

/* "championed bus lanes and extended grants to ...": a past form after
 * "and" with a bare plural object and a preposition of its own is a
 * second act of the same subject; the first act's object ends before
 * "and" */
static void
test_en_second_act_with_bare_plural_object_ends_object(void)
{
    expect_exact("The mayor championed bus lanes and extended grants to "
                 "small shops.",
                 "bus lanes", WS_REPORTED, "championed", "The mayor");
    /* "of" after the plural: a noun phrase of the object goes on */
    expect_exact("The mayor praised the cuts and reduced levels of noise.",
                 "the cuts and reduced levels of noise", WS_REPORTED, "praised",
                 "The mayor");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_boundsrep24: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_event_time_phrase_stays_in_object();
    test_en_adverb_participle_ends_object();
    test_en_cue_word_noun_in_prep_phrase_no_statement();
    test_en_second_act_with_bare_plural_object_ends_object();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
