/*
 * test_stance_en_acc33.c - English attributions (session 33): a speech
 * participle after a passive verb of reporting or perceiving ("was quoted
 * as saying", "was heard saying"), a message noun that is only the
 * channel of a verb of speech ("said in a short statement that"), and "by" with
 * a gerund after an act verb ("protested by walking out").  Each test is
 * named after what it fixes, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "X was quoted as saying ...": the passive's "as" phrase made a reported
 * act that a later rule dropped, and the participle after "as" was read
 * as a noun: no statement at all */
static void
test_en_quoted_as_saying_is_statement(void)
{
    expect_exact("The mayor was quoted as saying that the bridge would "
                 "reopen in May.",
                 "the bridge would reopen in May", WS_INDIRECT,
                 "quoted as saying", "The mayor");
    expect_speaker("The mayor was quoted as saying that the bridge would "
                   "reopen in May.",
                   "quoted as saying", "The mayor", NULL);
    expect_exact("Okafor has been widely reported as saying the talks had "
                 "failed.",
                 "the talks had failed", WS_INDIRECT, "reported as saying",
                 "Okafor");
    /* a phrase of the passive's own between the verb and "as" */
    expect_exact("The mayor was quoted by the local paper as saying the "
                 "bridge would reopen in May.",
                 "the bridge would reopen in May", WS_INDIRECT, "saying",
                 "The mayor");
    /* before a quotation: the passive's subject speaks */
    expect_exact("The mayor was quoted as saying, \"We will reopen the "
                 "bridge in May.\"",
                 "We will reopen the bridge in May.", WS_DIRECT, "saying",
                 "The mayor");
}

/* "X was heard saying ...": the speaker span ran over the passive ("The
 * minister was heard") */
static void
test_en_heard_saying_speaker_is_subject(void)
{
    expect_speaker("The minister was heard saying that taxes would rise.",
                   "saying", "The minister", NULL);
    expect_exact("The minister was heard saying that taxes would rise.",
                 "taxes would rise", WS_INDIRECT, "saying", "The minister");
    /* whom it was said to stays out of the content */
    expect_exact("The driver could be heard shouting to the guards that the "
                 "gate was locked.",
                 "the gate was locked", WS_INDIRECT, NULL, "The driver");
    expect_speaker("The coach was caught on camera telling players to slow "
                   "down.",
                   "telling", "The coach", NULL);
    expect_speaker("The mayor was heard saying, \"We will reopen the bridge "
                   "in May.\"",
                   "saying", "The mayor", NULL);
}

/* "said in a short statement that ...": the clause is the verb's content; the
 * channel noun before "that" made a second statement with the cue
 * "statement" and no speaker */
static void
test_en_statement_channel_no_second_statement(void)
{
    expect_no_en_cue(
        "The company said in a short statement that it would appeal.",
        "statement");
    expect_exact("The company said in a short statement that it would appeal.",
                 "it would appeal", WS_INDIRECT, "said", "The company");
    expect_no_en_cue("The union said on Friday in a written statement that "
                     "the strike would go ahead.",
                     "statement");
    expect_no_en_cue("The senator argued in a long essay that the levy was "
                     "unfair.",
                     "essay");
    /* the noun with a possessive source is still a statement */
    expect_exact("Her statement that the levy was unfair angered voters.",
                 "the levy was unfair", WS_INDIRECT, "statement", "Her");
}

/* "protested by walking out": a reduced passive took the gerund after
 * "by" for the agent, the speaker "walking" and the subject the content */
static void
test_en_by_gerund_is_no_agent(void)
{
    expect_speaker("Teachers protested by walking out of the hall on "
                   "Monday.",
                   "protested", "Teachers", NULL);
    expect_speaker("Farmers protested by blocking the roads.", "protested",
                   "Farmers", NULL);
    expect_no_en_cue("Farmers protested by blocking the roads.",
                     "protested by");
    /* a real agent stays one */
    expect_speaker("The plan was criticised by the union.", "criticised by",
                   "the union", NULL);
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_acc33: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_quoted_as_saying_is_statement();
    test_en_heard_saying_speaker_is_subject();
    test_en_statement_channel_no_second_statement();
    test_en_by_gerund_is_no_agent();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
