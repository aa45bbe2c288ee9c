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

/* The statements of text, as ws_test_dump writes them, must be want
 * (one "kind|cue|speaker|content..." line each). */
static void
expect_dump(const char *text, const char *want)
{
    static char got[4096];
    ws_doc *d = run("en", text);
    CHECK(d != NULL, "out of memory");
    if (d == NULL)
        return;
    ws_test_dump(d, got, sizeof got);
    ws_doc_free(d);
    CHECK(strcmp(got, want) == 0, "%s:\n got  %s want %s", text, got, want);
}

/* "told a packed hall at the old mill that ...": a participle in -ed
 * inside the addressee (after its determiner) was read as a finite verb,
 * the "that" was not looked for past it, and the content ran from the
 * addressee */
static void
test_en_tell_addressee_participle_keeps_that(void)
{
    char want[256];
    snprintf(want, sizeof want,
             "%d|told|Mayor Ann Okafor|she wants a new "
             "ferry for the island\n",
             WS_INDIRECT);
    expect_dump("Mayor Ann Okafor told a packed hall at the old ferry "
                "terminal that she wants a new ferry for the island.",
                want);
    /* a "that" right after a finite verb is still no complementizer of
     * the cue's: the object runs on */
    expect_exact("The council told residents it had approved that plan.",
                 "it had approved that plan", WS_INDIRECT, "told",
                 "The council");
}

/* 'told NBC's "Desk" that ...': a short quoted title in a verb of
 * telling's addressee was passed over only when the "that" stood more
 * than five words on, so the content ran from the addressee */
static void
test_en_tell_quoted_title_addressee(void)
{
    char want[256];
    snprintf(want, sizeof want, "%d|told|Lee|the ferry would stay\n",
             WS_INDIRECT);
    expect_dump("Lee told WQRT's \"Harbour\" that the ferry would stay.", want);
    expect_dump("Lee told the \"Harbour Hour\" that the ferry would stay.",
                want);
}

/* "warned, as did the council itself, that ...": an aside of comparison
 * between commas with its own verb stopped the search for "that" five
 * words on, and the content began with the aside */
static void
test_en_as_did_aside_before_that(void)
{
    char want[256];
    snprintf(want, sizeof want,
             "%d|cautioned|The harbour master|the quay might close in "
             "winter\n",
             WS_INDIRECT);
    expect_dump("The harbour master cautioned, as did the pilots' guild "
                "itself, that the quay might close in winter.",
                want);
}

/* "said in a statement posted online that ...": the adverb "online"
 * after the channel phrase made the "that" a relative pronoun (content
 * "online that ..."), and the participle "posted" after the channel noun
 * made a second statement with the speaker "a statement" */
static void
test_en_channel_participle_online_that(void)
{
    char want[256];
    snprintf(want, sizeof want,
             "%d|said|Senator Lena Brook|the levy would hurt small "
             "bakeries\n",
             WS_INDIRECT);
    expect_dump("Senator Lena Brook said in a statement posted online that "
                "the levy would hurt small bakeries.",
                want);
    expect_dump("Senator Lena Brook said in a letter sent to the board on "
                "Friday that the levy would hurt small bakeries.",
                want);
}

/* "Fees set by the board hurt farmers": after a participle on the
 * sentence's opening noun, the agent ran on over the main clause's verb
 * (a verb whose past is its base) and its object: speaker "the board hurt
 * farmers" */
static void
test_en_opening_participle_agent_stops_at_verb(void)
{
    char want[256];
    snprintf(want, sizeof want, "%d|imposed by|the county|Levies\n",
             WS_REPORTED);
    expect_dump("Levies imposed by the county hurt bakers across the valley.",
                want);
    snprintf(want, sizeof want, "%d|backed by|the guild|Levies\n", WS_REPORTED);
    expect_dump("Levies backed by the guild cost bakers more than they save.",
                want);
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
    test_en_tell_addressee_participle_keeps_that();
    test_en_channel_participle_online_that();
    test_en_tell_quoted_title_addressee();
    test_en_as_did_aside_before_that();
    test_en_opening_participle_agent_stops_at_verb();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
