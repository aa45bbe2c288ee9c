/*
 * test_stance_en_indirect20.c - English indirect statements of session
 * 20 (issue 9, fourth round): content clauses read as an act's object
 * and infinitives that were not read as such.  Each test is named after
 * what was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "conceded wages were too low", "hinted her main task in the cabinet is
 * to ...": a clause without "that" whose subject is a bare noun phrase
 * (no determiner, or a possessive) and whose verb is an auxiliary is
 * what was said, indirect, not the object of an act; a relative pronoun
 * before the cue keeps the auxiliary in the main clause. */
static void
test_en_bare_subject_clause_is_indirect(void)
{
    expect_exact("The keeper admitted injuries were the main reason the "
                 "side lost.",
                 "injuries were the main reason the side lost", WS_INDIRECT,
                 "admitted", "keeper");
    expect_exact("The warden noted anglers are starting to ask for longer "
                 "seasons.",
                 "anglers are starting to ask for longer seasons", WS_INDIRECT,
                 "noted", "warden");
    expect_exact("The envoy suggested her main task in the new cabinet is "
                 "to calm the unions.",
                 "her main task in the new cabinet is to calm the unions",
                 WS_INDIRECT, "suggested", "envoy");
    expect_exact("The ranger hoped coastal villages would keep their ferry "
                 "link.",
                 "coastal villages would keep their ferry link", WS_INDIRECT,
                 "hoped", "ranger");
}

/* "acknowledged that the levy had failed": the complementizer opens the
 * clause after "acknowledged" as after any speech verb; "acknowledged
 * that error on Friday", a determiner before a noun with no verb after
 * it, is an act with its object. */
static void
test_en_acknowledged_that_opens_clause(void)
{
    expect_exact("The treasurer acknowledged that his scheme to fix the "
                 "harbour had not convinced the fishermen.",
                 "his scheme to fix the harbour had not convinced the "
                 "fishermen",
                 WS_INDIRECT, "acknowledged", "treasurer");
    expect_exact("The treasurer acknowledged that error on Friday.",
                 "that error", WS_REPORTED, "acknowledged", "treasurer");
    expect_exact("The treasurer admitted that growth in spring was weak.",
                 "growth in spring was weak", WS_INDIRECT, "admitted",
                 "treasurer");
}

/* "vowed to bring back the night trains": an -ing word with no vowel
 * before its ending ("bring", "sing", "string") is a bare verb after
 * "to", an infinitive content; a gerund ("committed to fighting") is
 * not. */
static void
test_en_infinitive_of_ing_verb(void)
{
    expect_exact("The rail minister vowed to bring back the night trains.",
                 "to bring back the night trains", WS_INDIRECT, "vowed",
                 "minister");
    expect_exact("The choir promised to sing the harvest hymn at dawn.",
                 "to sing the harvest hymn at dawn", WS_INDIRECT, "promised",
                 "choir");
}

/* "promising to focus on the estuary": a verb in "-ss" or "-cus"
 * ("discuss", "focus") after "to" is an infinitive, not a plural noun. */
static void
test_en_infinitive_of_s_final_verb(void)
{
    expect_exact("The port authority is promising to focus its dredging "
                 "on the estuary.",
                 "to focus its dredging on the estuary", WS_INDIRECT,
                 "promising", "port authority");
}

/* "believes in the common sense of farmers", "pleaded for her
 * brother's release": a speech verb's prepositional phrase with no
 * finite verb in it is the topic of an act, reported, not a clause; a
 * phrase before a clause, an infinitive and a question stay indirect. */
static void
test_en_prep_phrase_content_is_act(void)
{
    expect_exact("The old skipper believes in the common sense of the "
                 "harbour crews.",
                 "in the common sense of the harbour crews", WS_REPORTED,
                 "believes", "skipper");
    expect_exact("The teacher later pleaded for her brother's release.",
                 "for her brother's release", WS_REPORTED, "pleaded",
                 "teacher");
    expect_exact("The skipper said in March the harbour would close.",
                 "in March the harbour would close", WS_INDIRECT, "said",
                 "skipper");
    expect_exact("The skipper vowed to repaint the lighthouse.",
                 "to repaint the lighthouse", WS_INDIRECT, "vowed", "skipper");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_indirect20: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_bare_subject_clause_is_indirect();
    test_en_acknowledged_that_opens_clause();
    test_en_infinitive_of_ing_verb();
    test_en_prep_phrase_content_is_act();
    test_en_infinitive_of_s_final_verb();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
