/*
 * test_stance_en_indirect22.c - English indirect and reported statements
 * of session 22 (issue 9, fifth round): subjects set off from their verb
 * by an aside, and content boundaries.  Each test is named after what
 * was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "The mayor, speaking after the vote at the town hall, cited ...": a
 * participle phrase set off by commas between the subject and an act
 * verb in -ed, like a prepositional one, leaves the verb the subject's
 * (it was read as a participle of the clause before, and dropped). */
static void
test_en_act_subject_before_participle_aside(void)
{
    expect_exact("The mayor, speaking after the vote at the old town hall, "
                 "cited rising rents in the port.",
                 "rising rents in the port", WS_REPORTED, "cited", "mayor");
    expect_exact("The coach, standing beside the bench, blamed the referee "
                 "for the loss.",
                 "the referee for the loss", WS_REPORTED, "blamed", "coach");
}

/* "... after the mayor, at the forum, cited ...": a subject with an
 * adjunct set off by commas may follow a subordinator inside the
 * sentence; the speaker is that subject, not the sentence's first noun
 * phrase. */
static void
test_en_aside_subject_after_subordinator(void)
{
    expect_exact("Rents rose after the mayor, at the forum, cited problems "
                 "in the city.",
                 "problems in the city", WS_REPORTED, "cited", "the mayor");
    expect_exact("Fares went up after the mayor, at the forum, said the "
                 "buses were losing money.",
                 "the buses were losing money", WS_INDIRECT, "said",
                 "the mayor");
    expect_exact("The dockers struck because their union, in a letter, "
                 "accused the port of cutting pay.",
                 "the port of cutting pay", WS_REPORTED, "accused",
                 "their union");
}

/* "cited delays in Kent, Essex and other towns which they blamed on
 * ...": a
 * cue inside an object relative clause of a listed phrase after a comma
 * is no attribution of what came before the comma; the object runs on. */
static void
test_en_object_relative_in_list_keeps_object(void)
{
    expect_exact("The mayor cited delays in Kent, Essex and other towns "
                 "which they blamed on the rail firm.",
                 "delays in Kent, Essex and other towns which they blamed "
                 "on the rail firm",
                 WS_REPORTED, "cited", "mayor");
    /* (", which he said ...": the clause's own attribution) */
    expect_exact("The pumps failed in the storm, which he said were too old "
                 "to cope.",
                 "which | were too old to cope", WS_INDIRECT, "said", "he");
}

/* "To understand the port, the mayor said, one should ...": a fronted
 * infinitive of a cue verb is no attribution of its own; what stands
 * before a parenthetical "the mayor said" is content as any other
 * fronted phrase. */
static void
test_en_infinitive_cue_before_parenthetical(void)
{
    expect_exact("To understand the old harbour, the mayor said, one should "
                 "walk along the quay.",
                 "To understand the old harbour | one should walk along the "
                 "quay",
                 WS_INDIRECT, "said", "the mayor");
    expect_exact("To hear the growers tell it, the broker said, every crop "
                 "is the worst in years.",
                 "To hear the growers tell it | every crop is the worst in "
                 "years",
                 WS_INDIRECT, "said", "the broker");
}

/* "votes to hold ...", "vied to take over ...": the verb families of
 * "voted" and of "vie for" take an infinitive of what was resolved or
 * sought, in all their forms; only with "to" right after them ("vote for
 * him", "vote counting") and, for "vote", with a subject that names
 * someone; "enough votes to pass" is a noun after a determiner. */
static void
test_en_vote_and_vie_take_infinitive(void)
{
    expect_exact("The council votes to hold the treasurer in contempt.",
                 "to hold the treasurer in contempt", WS_INDIRECT, "votes",
                 "council");
    expect_exact("Lawmakers are voting to delay the road bill.",
                 "to delay the road bill", WS_INDIRECT, "voting", "Lawmakers");
    expect_exact("The firm vied to take over a rival bank.",
                 "to take over a rival bank", WS_INDIRECT, "vied", "firm");
    expect_exact("Two builders are vying to repair the bridge.",
                 "to repair the bridge", WS_INDIRECT, "vying", "builders");
    expect_no_en_cue("The farmers will probably vote for the mayor again.",
                     "vote");
    expect_no_en_cue("The senators have enough votes to pass the bill.",
                     "votes");
}

/* "the union is ready to sign", "were reluctant to testify": adjectives
 * of willingness after a form of "be" take an infinitive of what the
 * subject is set on, when the subject names someone ("the bridge is
 * ready to open" is no statement). */
static void
test_en_willingness_adjective_takes_infinitive(void)
{
    expect_exact("The union is ready to sign the wage deal.",
                 "to sign the wage deal", WS_INDIRECT, "ready", "union");
    expect_exact("The governor was eager to meet the strikers.",
                 "to meet the strikers", WS_INDIRECT, "eager", "governor");
    expect_exact("Some senators were unwilling to back a smaller bill.",
                 "to back a smaller bill", WS_INDIRECT, "unwilling",
                 "senators");
    expect_no_en_cue("The new bridge is ready to open.", "ready");
}

/* "X might be reluctant to move ..., Lee said. \"...\"": a statement
 * nested in the content of a trailing attribution is no other statement
 * between it and the quotation after it; the quotation still joins the
 * attribution's statement (mixed). */
static void
test_en_trailing_attribution_with_nested_cue_joins_quote(void)
{
    expect_exact("The council might be reluctant to move until the mayor meets "
                 "with the union, Lee said. \"The other thing the council "
                 "may fear is a strike. I do not think that fear is real.\"",
                 "The council might be reluctant to move until the mayor meets "
                 "with the union | The other thing the council may fear is a "
                 "strike. I do not think that fear is real.",
                 WS_MIXED, "said", "Lee");
}

/* "would like to hold a rally", "likes to sing", "wishes to ...": the
 * forms of the verbs of liking and wishing left out as mostly nouns are
 * cues before an infinitive right after them, with a subject naming
 * someone; "wished to remain anonymous" is no statement. */
static void
test_en_like_and_wish_take_infinitive(void)
{
    expect_exact("The union would like to hold another rally in May.",
                 "to hold another rally in May", WS_INDIRECT, "like", "union");
    expect_exact("The mayor would love to see a new stadium.",
                 "to see a new stadium", WS_INDIRECT, "love", "mayor");
    expect_exact("Two senators wished to meet the strikers.",
                 "to meet the strikers", WS_INDIRECT, "wished", "senators");
    expect_none_en("Two officials wished to remain anonymous.");
    expect_no_en_cue("It looks like to me the deal is off.", "like");
}

/* "X would not get the grant, and when asked why, the minister replied
 * ...": content cut before a new attributed clause also leaves out that
 * clause's fronted subordinate clause joined on by "and" or "but". */
static void
test_en_content_ends_before_fronted_clause_of_next_attribution(void)
{
    expect_exact("She said tenants would not get the grant, and when asked "
                 "why, the minister replied that it was meant for owners.",
                 "tenants would not get the grant", WS_INDIRECT, "said", "She");
    expect_exact("He said the pier would stay shut, but once the storm "
                 "passed, the harbour master announced it would reopen.",
                 "the pier would stay shut", WS_INDIRECT, "said", "He");
}

/* "That was what the mayor said when she left ...": after a fronted
 * "what" the clause of time or cause that follows the cue is no part of
 * what was said; the content is "what" alone ("what the mayor said would
 * happen" keeps its verb phrase). */
static void
test_en_what_said_then_time_clause(void)
{
    expect_exact("That was what the mayor said when she left the council in "
                 "anger after the vote.",
                 "what", WS_INDIRECT, "said", "the mayor");
    expect_exact("It was exactly what the coach said after the storm hit the "
                 "stadium.",
                 "what", WS_INDIRECT, "said", "the coach");
    expect_exact("This is what the mayor said would happen to the port.",
                 "what | would happen to the port", WS_INDIRECT, "said",
                 "the mayor");
}

/* The speaker span of the statement with cue `cue` is exactly `speaker`. */
static void
expect_speaker_exact(const char *text, const char *cue, const char *speaker)
{
    ws_doc *d = run("en", text);
    if (d == NULL) {
        CHECK(0, "out of memory");
        return;
    }
    int found = 0;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        if (strcmp(span(d, st->cue), cue) != 0)
            continue;
        found = 1;
        CHECK(strcmp(span(d, st->speaker), speaker) == 0,
              "%s: speaker \"%s\", want \"%s\"", text, span(d, st->speaker),
              speaker);
    }
    CHECK(found, "%s: no statement with cue \"%s\"", text, cue);
    ws_doc_free(d);
}

/* "The coach left the field after saying ...": a speech participle after
 * a preposition inside the sentence continues the clause; its speaker is
 * the clause's subject ("The coach"), not "The coach left the field
 * after". */
static void
test_en_speech_participle_after_preposition_speaker(void)
{
    expect_exact("The coach left the field after saying the referee was "
                 "wrong.",
                 "the referee was wrong", WS_INDIRECT, "saying", "The coach");
    expect_speaker_exact("The coach left the field after saying the referee "
                         "was wrong.",
                         "saying", "The coach");
    expect_speaker_exact("The mayor ended the meeting before announcing "
                         "that taxes would rise.",
                         "announcing", "The mayor");
    expect_exact("The mayor ended the meeting before announcing that taxes "
                 "would rise.",
                 "taxes would rise", WS_INDIRECT, "announcing", "The mayor");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_indirect22: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_act_subject_before_participle_aside();
    test_en_aside_subject_after_subordinator();
    test_en_object_relative_in_list_keeps_object();
    test_en_infinitive_cue_before_parenthetical();
    test_en_vote_and_vie_take_infinitive();
    test_en_willingness_adjective_takes_infinitive();
    test_en_trailing_attribution_with_nested_cue_joins_quote();
    test_en_like_and_wish_take_infinitive();
    test_en_content_ends_before_fronted_clause_of_next_attribution();
    test_en_what_said_then_time_clause();
    test_en_speech_participle_after_preposition_speaker();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
