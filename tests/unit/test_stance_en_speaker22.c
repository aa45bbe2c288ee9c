/*
 * test_stance_en_speaker22.c - English speakers (issue 9, session 22): the
 * speaker span and the name it resolves to, checked exactly.  Each test is
 * named after what broke, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "He's said ...", "she’d told ...": a pronoun with its auxiliary glued on
 * is the speaker without the auxiliary, and resolves as the bare pronoun
 * (the span was "He's"). */
static void
test_en_contracted_pronoun_speaker(void)
{
    expect_speaker("He's said the ferry timetable will change in spring.",
                   "said", "He", NULL);
    expect_speaker("She'd told the board that the levy was unfair.", "told",
                   "She", NULL);
    expect_speaker("They've argued that the old bridge needs repair.", "argued",
                   "They", NULL);
    expect_speaker("Mark Odell chairs the harbour board. He\xe2\x80\x99s said "
                   "the tram will not run on Sundays.",
                   "said", "He", "Mark Odell");
    expect_speaker("Greta Moll runs the clinic. Last week she\xe2\x80\x99"
                   "d warned that the waiting list would grow.",
                   "warned", "she", "Greta Moll");
}

/* A sentence opening with an adjective cue and its preposition, then a
 * comma: the phrase is fronted, the subject after it speaks for a later
 * participle (the adjective was the speaker). */
static void
test_en_fronted_adjective_phrase_not_speaker(void)
{
    expect_speaker("Worried about the audit, Paula Grieg, the club's "
                   "secretary, walked out, promising a full inquiry.",
                   "promising", "Paula Grieg", "Paula Grieg");
    expect_speaker("Angry at the long delay, the ferry captain turned back, "
                   "demanding an apology.",
                   "demanding", "the ferry captain", NULL);
}

/* "Critics who opposed the plan were ...": the relative clause's act is
 * the sentence subject's, which speaks, not the pronoun (no name or role
 * resolved it, so the speaker was "who"). */
static void
test_en_relative_pronoun_on_sentence_subject_not_speaker(void)
{
    expect_speaker("Skeptics who doubted the tunnel were shown to be wrong.",
                   "doubted", "Skeptics", NULL);
    expect_speaker("Tenants, who rejected the rent rise, stayed home.",
                   "rejected", "Tenants", NULL);
}

/* A verb of speech after a subject relative clause ("Tenants who live
 * by the depot say ...", "Some analysts who modelled the levy argue that
 * ..."): the relative's antecedent speaks, not the relative clause's
 * object (the speaker was "the depot"); an object relative ("The route
 * that critics say ...") keeps the subject after the pronoun. */
static void
test_en_speech_verb_speaker_before_subject_relative(void)
{
    expect_speaker("Tenants who live by the depot say the noise is worse.",
                   "say", "Tenants", NULL);
    expect_speaker("Some analysts who modelled the levy argue that it "
                   "failed.",
                   "argue", "Some analysts", NULL);
    expect_speaker("The route that the planners say is safest runs north.",
                   "say", "the planners", NULL);
}

/* "Drivers who opposed the toll now say it works": the relative
 * clause's act ends before the main clause's verb of speech, which makes
 * its own statement with the antecedent as speaker (the act's object ran
 * over it and the statement was lost). */
static void
test_en_relative_act_ends_before_main_speech_verb(void)
{
    expect_exact("Drivers who opposed the toll now say the road is quicker.",
                 "the road is quicker", WS_INDIRECT, "say", "Drivers");
    expect_exact("Drivers who opposed the toll now say the road is quicker.",
                 "the toll", WS_REPORTED, "opposed", "Drivers");
    expect_exact("Nurses who backed the strike insist that wards are safer.",
                 "wards are safer", WS_INDIRECT, "insist", "Nurses");
}

/* A transcript without quotation marks: a label in capitals that opens
 * a paragraph speaks it when another speaker's label opens another
 * ("VANCE: ...", "ORTH: ...", "Q: ...", "A: ..."); a label heard once was
 * missed unless it named a person of the document.  Section labels and a
 * lone headline label make no turn. */
static void
test_en_transcript_label_turns(void)
{
    const char *talk = "The radio host spoke with a ferry pilot about the "
                       "winter timetable.\n\n"
                       "VANCE: Our crews cannot sail in these storms.\n\n"
                       "ORTH: So the island stays cut off for a week?\n\n"
                       "VANCE: Only when the swell passes four metres.\n\n"
                       "UPDATE: The service resumed on Sunday morning.\n";
    expect_speaker(talk, ":", "VANCE", NULL);
    expect_exact(talk, "So the island stays cut off for a week", WS_INDIRECT,
                 ":", "ORTH");
    expect_no_act(talk, "The service resumed");
    const char *qa = "A talk with the harbour engineer on the new quay.\n\n"
                     "Q: When does the quay open to freighters?\n\n"
                     "A: The first berth opens in late April.\n";
    expect_exact(qa, "When does the quay open to freighters", WS_INDIRECT, ":",
                 "Q");
    expect_exact(qa, "The first berth opens in late April", WS_INDIRECT, ":",
                 "A");
    expect_none_en("RATES: what the new levy means for tenants\n\n"
                   "The council set the levy on Tuesday.\n");
}

/* Bug: "aired footage of X saying, "..."" took the whole clause up to the
 * cue ("The station aired footage of X") for the speaker: the phrase after
 * "of" and a noun of a recording is the one who speaks. */
static void
test_en_recording_of_speaker_before_saying(void)
{
    expect_exact("The station aired footage of Smith saying, \"We will "
                 "build the bridge next year.\"",
                 "We will build the bridge next year.", WS_DIRECT, "saying",
                 "Smith");
    expect_exact("Viewers shared a video of the mayor saying \"The park "
                 "will stay open all summer.\"",
                 "The park will stay open all summer.", WS_DIRECT, "saying",
                 "the mayor");
    expect_speaker("Reporters obtained a recording of the minister saying "
                   "that the plan was dead.",
                   "saying", "the minister", NULL);
}

/* Bug: "John Smith's lawyer said ..." resolved the speaker to John Smith:
 * a person's possessive before a role names whose the role is; the role's
 * holder speaks, unnamed.  A name after the role still speaks. */
static void
test_en_possessive_person_before_role_not_speaker_name(void)
{
    expect_speaker("John Smith's lawyer said his client would appeal.", "said",
                   "John Smith's lawyer", "");
    expect_speaker("Anna Berg's spokesman said the trip was cancelled.", "said",
                   "Anna Berg's spokesman", "");
    expect_speaker("Anna Berg's spokesman, Tom Reed, said the trip was "
                   "cancelled.",
                   "said", "Anna Berg's spokesman, Tom Reed", "Tom Reed");
    expect_speaker("Senator Anna Berg said the trip was cancelled.", "said",
                   "Senator Anna Berg", "Anna Berg");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_speaker22: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_contracted_pronoun_speaker();
    test_en_fronted_adjective_phrase_not_speaker();
    test_en_relative_pronoun_on_sentence_subject_not_speaker();
    test_en_speech_verb_speaker_before_subject_relative();
    test_en_relative_act_ends_before_main_speech_verb();
    test_en_transcript_label_turns();
    test_en_recording_of_speaker_before_saying();
    test_en_possessive_person_before_role_not_speaker_name();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
