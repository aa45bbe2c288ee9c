/*
 * test_stance_en_extras27.c - English false statements (session 27):
 * statements found where nothing was said.  Each test is named after
 * what it fixes, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "one of those 529 tuition savings plans": an -s form after a
 * determiner, a number and a two-word compound is the plural the number
 * counts, no verb */
static void
test_en_counted_compound_plural_no_verb(void)
{
    expect_no_en_cue("Families can open one of those 529 tuition savings "
                     "plans that many credit unions sell.",
                     "plans");
    expect_no_en_cue("The three city transit plans that the council drew up "
                     "were shelved.",
                     "plans");
    /* a year opening the sentence is no count: the verb stays */
    expect_exact("In 2015 city hall says that rents rose.", "rents rose",
                 WS_INDIRECT, "says", NULL);
}

/* "the menu says something about the cook": "say" with
 * "something", "a lot" ... "about", its subject naming no one who can
 * speak, tells what a thing reveals; no statement */
static void
test_en_thing_says_something_about_no_statement(void)
{
    expect_no_en_cue("The choice of music says something about the mood of "
                     "the town.",
                     "says");
    expect_no_en_cue("That empty stadium said a lot about the club's "
                     "season.",
                     "said");
    /* someone who can speak still says it */
    expect_exact("The mayor said something about the budget on Monday.",
                 "something about the budget", WS_REPORTED, "said",
                 "The mayor");
}

/* "the hosts welcomed a few dozen guests": "welcome" with a short object
 * ending in a noun for people who come is receiving them, no statement */
static void
test_en_welcome_guests_no_statement(void)
{
    expect_no_en_cue("At the gala she welcomed several hundred guests.",
                     "welcomed");
    expect_no_en_cue("The governor is welcoming the trade delegation.",
                     "welcoming");
    /* welcoming a decision is a stance taken */
    expect_exact("The union welcomed the ruling.", "the ruling", WS_REPORTED,
                 "welcomed", "The union");
}

/* "the gear and support needed to ...": a cue right before a past
 * participle and "to" or "by" is a noun the participle modifies */
static void
test_en_noun_before_participle_no_statement(void)
{
    expect_no_en_cue("The clinics will get the staff, money and support "
                     "needed to stay open.",
                     "support");
    /* a participle before a noun is an adjective of the object */
    expect_exact("The council backed needed repairs to the bridge.",
                 "needed repairs to the bridge", WS_REPORTED, "backed",
                 "The council");
}

/* "both campaigns are contesting <state>": "contest" whose whole content
 * is a place is competing for it, no statement */
static void
test_en_contest_place_no_statement(void)
{
    expect_no_en_cue("Both campaigns are heavily contesting Arizona.",
                     "contesting");
    /* disputing a result stays */
    expect_exact("The senator contested the results of the count.",
                 "the results of the count", WS_REPORTED, "contested",
                 "The senator");
}

/* "the senator's response to the crowd came late": an irregular past after
 * the topic of a possessive act noun is the main verb and ends the
 * content */
static void
test_en_poss_act_irregular_verb_ends_content(void)
{
    expect_exact("The senator's response to the protesters came a day later.",
                 "the protesters", WS_REPORTED, "response to", "The senator's");
    expect_exact("The young mayor's criticism of Hansen went unnoticed.",
                 "Hansen", WS_REPORTED, "criticism of", "mayor's");
    /* a noun after a determiner stays in the phrase */
    expect_exact("The council's criticism of the left was mild.", "the left",
                 WS_REPORTED, "criticism of", "The council's");
}

/* "Editor's note: ...": a paragraph that opens with an editor's note is
 * the publisher's aside on the article, no statement */
static void
test_en_editors_note_no_statement(void)
{
    expect_no_en_cue("The council met on Tuesday.\n\nEditor's note: The "
                     "writer, who has argued that tolls should rise, sits "
                     "on the transit board.",
                     "argued");
    expect_no_en_cue("The council met on Tuesday.\n\nEditor\u2019s Note: An "
                     "earlier version wrongly reported that the mayor "
                     "voted against the levy.",
                     "reported");
    /* the same words in the body of the article stay */
    expect_exact("The council met on Tuesday.\n\nThe writer has argued "
                 "that tolls should rise.",
                 "tolls should rise", WS_INDIRECT, "argued", "The writer");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_extras27: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_counted_compound_plural_no_verb();
    test_en_thing_says_something_about_no_statement();
    test_en_welcome_guests_no_statement();
    test_en_noun_before_participle_no_statement();
    test_en_contest_place_no_statement();
    test_en_poss_act_irregular_verb_ends_content();
    test_en_editors_note_no_statement();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
