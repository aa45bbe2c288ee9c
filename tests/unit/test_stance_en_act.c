/*
 * test_stance_en_act.c - English reported acts (issue 9, session 11):
 * which verbs and nouns make an act of speech or stance and where the
 * act's object, its content, starts and ends.  Each test is named after
 * what broke, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "attacked Reed in late-night posts", "endorsed her in June": the
 * channel or time of the act after a one-word object stayed in the
 * object (only objects of two words or more were cut). */
static void
test_en_channel_tail_after_one_word_object(void)
{
    expect_exact("The governor attacked Reed in late-night posts.", "Reed",
                 WS_REPORTED, "attacked", "governor");
    expect_exact("The union endorsed her in June.", "her", WS_REPORTED,
                 "endorsed", "union");
    /* a place after the object is no channel or time: it stays */
    expect_exact("The mayor praised Dover in the harbour district.",
                 "Dover in the harbour district", WS_REPORTED, "praised",
                 "mayor");
}

/* "The Republican state senator has been endorsed by ...": a party or
 * nationality adjective before lowercase modifiers cut the subject
 * phrase short ("state senator"), so the passive act had no subject
 * opening its clause and was lost, and speakers lost the adjective. */
static void
test_en_norp_adjective_in_noun_phrase(void)
{
    expect_exact("The Republican state senator has been endorsed by two "
                 "unions.",
                 "The Republican state senator", WS_REPORTED, "endorsed by",
                 "two unions");
    expect_exact("The Republican state senator said taxes would rise.",
                 "taxes would rise", WS_INDIRECT, "said",
                 "The Republican state senator");
}

/* "The bill, meanwhile, is opposed by ...": a sentence adverb between
 * commas after the subject of a passive act hid the subject. */
static void
test_en_passive_subject_before_comma_adverb(void)
{
    expect_exact("The bill, meanwhile, is opposed by most farmers.", "The bill",
                 WS_REPORTED, "opposed by", "most farmers");
    expect_exact("The levy, however, was criticized by the unions.", "The levy",
                 WS_REPORTED, "criticized by", "unions");
}

/* "than the bank disclosed in its filings", "the rules the council
 * proposed during the session": an act verb whose object stands before
 * it took the place or time phrase after it as its object. */
static void
test_en_act_object_not_a_place_or_time_phrase(void)
{
    expect_no_act("The losses were larger than the bank disclosed in its "
                  "quarterly filings.",
                  "quarterly filings");
    expect_no_act("The rules the council proposed during the last session "
                  "were dropped.",
                  "the last session");
    /* a measure with a number word: "decline by three points" */
    expect_no_act("Under the new tariff the fee would decline by three "
                  "percentage points a season.",
                  "points a season");
    /* a clause after the phrase is still the object */
    expect_exact("The regulator decided after a long review to fine the bank.",
                 "after a long review to fine the bank", WS_REPORTED, "decided",
                 "regulator");
    /* a content clause past the phrase: indirect speech, the phrase left
     * out (the indirect-speech rules skip an adjunct before it) */
    expect_exact("The chart shows in detail how prices rose.",
                 "how prices rose", WS_INDIRECT, "shows", "chart");
}

/* "Privacy advocates criticized the law": a plural noun that is also a
 * cue word ("advocates") was no noun phrase, so the act had no subject
 * and was dropped. */
static void
test_en_cue_word_plural_noun_subject(void)
{
    expect_exact("Privacy advocates criticized the new camera law.",
                 "the new camera law", WS_REPORTED, "criticized",
                 "Privacy advocates");
    expect_exact("Tenant advocates have welcomed the rent freeze.",
                 "the rent freeze", WS_REPORTED, "welcomed",
                 "Tenant advocates");
    /* the same word as a verb keeps its own subject */
    expect_exact("She advocates stricter rules for landlords.",
                 "stricter rules for landlords", WS_REPORTED, "advocates",
                 "She");
}

/* "... leading in two wards, using ballots from ...": a participle
 * clause after a comma ends a reported act's object, but five-letter
 * participles ("using", "being") were not taken for participles. */
static void
test_en_short_participle_ends_act_object(void)
{
    expect_exact("The count shows the incumbent leading in two wards, using "
                 "ballots from the early vote.",
                 "the incumbent leading in two wards", WS_REPORTED, "shows",
                 "count");
    /* a noun in -ing after the comma stays in the object */
    expect_exact("The council praised the new hall, a fine thing for the "
                 "town.",
                 "the new hall, a fine thing for the town", WS_REPORTED,
                 "praised", "council");
}

/* "sounded a warning", "sounded a call for ...": "sound" is a light
 * verb before an act noun like "issue" or "voice", but was not listed,
 * so the act was lost. */
static void
test_en_sound_light_verb_act(void)
{
    /* (the topic after "about" is the content, as in "voiced concerns
     * about the plan") */
    expect_exact("The central bank sounded a stern warning about rising debt.",
                 "rising debt", WS_REPORTED, "sounded a stern warning",
                 "central bank");
    expect_exact("The governor sounded a call for calm.", "for calm",
                 WS_REPORTED, "sounded a call", "governor");
    /* "sound" with no act noun after it is no cue */
    expect_no_act("The old engine sounded rough all winter.", "winter");
}

/* "booked housing advocates and their critics": a cue word followed by
 * "and" or a spaced dash has no object and is no verb there; "assume"
 * with a noun object ("assume the debts", "assumed office") is taking
 * something on, not a stated belief.  Both made false acts. */
static void
test_en_no_object_after_cue_word(void)
{
    expect_no_act("The show booked housing advocates and their critics.",
                  "their critics");
    expect_no_act("The mayor invited - in a rare move - all three rivals.",
                  "rare move");
    expect_no_act("The new owner will assume the plant's debts.", "debts");
    /* a belief stated with "assume" is still speech */
    expect_exact("Analysts assume that prices will rise.", "prices will rise",
                 WS_INDIRECT, "assume", "Analysts");
    /* a hyphen inside a compound is no dash */
    expect_exact("The senator thanked the feel-good crowd.",
                 "the feel-good crowd", WS_REPORTED, "thanked", "senator");
}

/* "called Friday for new elections": a time word inside "call for"
 * left "for" in the object ("for new elections") instead of the cue. */
static void
test_en_call_for_with_time_inside(void)
{
    expect_exact("The mayor called Friday for new elections.", "new elections",
                 WS_REPORTED, "called Friday for", "mayor");
    expect_exact("The union called again for calm.", "calm", WS_REPORTED,
                 "called again for", "union");
}

/* "Tom Hale (R), the mayor's rival, called for ...": a party and
 * state in parentheses after the name hid the head of the apposition,
 * so the subject was not found and the act was lost. */
static void
test_en_party_parenthesis_before_apposition(void)
{
    /* (not the first sentence: "Name (X)," there reads as a dateline) */
    expect_exact("The vote is near. Senator Jane Roe (D-Ore.), a senior "
                 "member, praised the bill.",
                 "the bill", WS_REPORTED, "praised", "Jane Roe (D-Ore.)");
    expect_exact("The vote is near. Tom Hale (R), the mayor's rival, called "
                 "for a recount.",
                 "a recount", WS_REPORTED, "called for", "Tom Hale");
}

/* "complained about the noise", "isn't saying much about the case": the
 * preposition "about" (and "much") after the cue stood in the act's
 * content; the topic starts after it.  "about 20 people" is a number,
 * and "about whether" opens an indirect question. */
static void
test_en_about_not_in_act_content(void)
{
    expect_exact("Residents complained about the noise from the plant.",
                 "the noise from the plant", WS_REPORTED, "complained",
                 "Residents");
    expect_exact("The judge isn't saying much about the case, with one "
                 "exception.",
                 "the case", WS_REPORTED, "saying", "The judge");
    expect_exact("The mayor said about 20 people came.", "about 20 people came",
                 WS_INDIRECT, "said", "The mayor");
    expect_exact("Critics asked about whether the plan works.",
                 "whether the plan works", WS_INDIRECT, "asked", "Critics");
}

/* Verbs of disavowal, reproach and avowal ("disavowed", "repudiated",
 * "contradicted", "extolled", "confessed", "took issue with", "played
 * down") and missing forms of known families ("comparing") were no
 * cues, so their acts were lost. */
static void
test_en_speech_act_verb_families(void)
{
    expect_exact("The party disavowed the candidate's remarks.",
                 "the candidate's remarks", WS_REPORTED, "disavowed",
                 "The party");
    expect_exact("The union repudiated the deal.", "the deal", WS_REPORTED,
                 "repudiated", "The union");
    expect_exact("The envoy contradicted the minister.", "the minister",
                 WS_REPORTED, "contradicted", "The envoy");
    expect_exact("The governor extolled the new bridge.", "the new bridge",
                 WS_REPORTED, "extolled", "The governor");
    expect_exact("Aides confessed their doubts.", "their doubts", WS_REPORTED,
                 "confessed", "Aides");
    expect_exact("The mayor took issue with the budget.", "the budget",
                 WS_REPORTED, "took issue with", "The mayor");
    expect_exact("Officials played down the risk.", "the risk", WS_REPORTED,
                 "played down", "Officials");
    expect_exact("The coach is comparing the team to a machine.",
                 "the team to a machine", WS_REPORTED, "comparing",
                 "The coach");
}

/* "began by criticizing", "stopped short of calling", "while downplaying":
 * an act verb after a preposition was no verb (verb_ok), so the act of
 * the clause's subject was lost; "thanked the nurses for praising ..."
 * ties the act to the object and stays no act of its own. */
static void
test_en_act_gerund_after_preposition(void)
{
    expect_exact("The senator began by criticizing the judge.", "the judge",
                 WS_REPORTED, "criticizing", "The senator");
    expect_exact("But the union stayed clear of blaming the court.",
                 "the court", WS_REPORTED, "blaming", "the union");
    expect_exact("She stopped short of calling the vote rigged.",
                 "the vote rigged", WS_REPORTED, "calling", "She");
    expect_exact("He spoke for an hour while systematically downplaying the "
                 "risk.",
                 "the risk", WS_REPORTED, "downplaying", "He");
    expect_no_act("The mayor thanked the nurses for praising the doctors.",
                  "the doctors.");
}

/* "Before praising the nurses, the mayor ...": a participle phrase after
 * a preposition opening the sentence took the preposition for its
 * speaker ("Before", "In"); the subject after the comma speaks, also when
 * the phrase rules run on into its verb ("the judge left the room"). */
static void
test_en_lead_preposition_participle(void)
{
    expect_exact("Before praising the nurses, the mayor thanked the doctors.",
                 "the nurses", WS_REPORTED, "praising", "the mayor");
    expect_exact("In defending the budget, the mayor offered few details.",
                 "the budget", WS_REPORTED, "defending", "the mayor");
    expect_exact("After saying the vote was fair, the judge left the room.",
                 "the vote was fair", WS_INDIRECT, "saying", "the judge");
}

/* "highlights the killings ... to help give context", "cited the figure,
 * further raising ...", "want policies that cut revenue (they say ...)":
 * a purpose, a participle clause after an adverb and a parenthesis with
 * a clause of its own ran on in the act's object; a short parenthesis in
 * a name ("(D-Ore.)") stays. */
static void
test_en_act_object_ends_before_aside(void)
{
    expect_exact("The director highlights the killings of two teenagers to "
                 "help give context to the protests.",
                 "the killings of two teenagers", WS_REPORTED, "highlights",
                 "The director");
    expect_exact("The senators cited the new figure, further raising the "
                 "issue's profile.",
                 "the new figure", WS_REPORTED, "cited", "The senators");
    expect_exact("Republicans want policies that cut revenue (they say lower "
                 "rates would spur growth).",
                 "policies that cut revenue", WS_REPORTED, "want",
                 "Republicans");
    expect_exact("The governor praised Senator Jo Ward (D-Ore.) and the "
                 "mayor.",
                 "Senator Jo Ward (D-Ore.) and the mayor", WS_REPORTED,
                 "praised", "The governor");
}

/* "met with the envoy to discuss ...", "gathered Thursday to discuss
 * ...": the act in a purpose clause after a verb of meeting took the
 * whole phrase up to "to" for its speaker. */
static void
test_en_purpose_act_after_meeting_verb(void)
{
    expect_exact("The ministers met with the envoy to discuss the trade "
                 "dispute.",
                 "the trade dispute", WS_REPORTED, "discuss", "The ministers");
    ws_doc *d = run("en", "Farm ministers gathered Thursday to discuss the "
                          "drought.");
    if (d != NULL) {
        ws_statement *st = find(d, "the drought");
        CHECK(st != NULL && strcmp(span(d, st->speaker), "Farm ministers") == 0,
              "gathered Thursday to discuss: speaker \"%s\"",
              st ? span(d, st->speaker) : "");
        ws_doc_free(d);
    }
}

/* "The mayor, who has called for higher taxes, spoke Monday": an
 * irregular past after the comma that closes the relative clause did not
 * end the act's object ("..., spoke Monday" stayed in it). */
static void
test_en_relative_act_ends_before_irregular_verb(void)
{
    expect_exact("The mayor, who has called for higher taxes on the rich, "
                 "spoke Monday.",
                 "higher taxes on the rich", WS_REPORTED, "called for", "who");
    expect_exact("The mayor, who has praised the plan, left early.", "the plan",
                 WS_REPORTED, "praised", "who");
}

/* "spoke emotionally of ...", "railed repeatedly against ...", "spoke
 * out Sunday about ...": an adverb or a time inside a phrasal act
 * ("spoke of", "railed against") hid the phrase, so the act was lost or
 * kept the preposition in its content. */
static void
test_en_phrasal_act_with_adverb_inside(void)
{
    expect_exact("The president spoke emotionally of his flights over the "
                 "city.",
                 "his flights over the city", WS_REPORTED,
                 "spoke emotionally of", "The president");
    expect_exact("He railed repeatedly against the tax code.", "the tax code",
                 WS_REPORTED, "railed repeatedly against", "He");
    expect_exact("The bishop spoke out Sunday about the closing of two "
                 "schools.",
                 "the closing of two schools", WS_REPORTED, "spoke out",
                 "The bishop");
    /* any adverb or time word of stance-skip.tsv, not only a handful
     * ("tonight" was not among them) */
    expect_exact("The council railed tonight against the new parking fees.",
                 "the new parking fees", WS_REPORTED, "railed tonight against",
                 "The council");
    /* no phrasal act: "spoke briefly to reporters" */
    expect_none_en("The mayor spoke briefly to reporters.");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_act: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_channel_tail_after_one_word_object();
    test_en_norp_adjective_in_noun_phrase();
    test_en_passive_subject_before_comma_adverb();
    test_en_act_object_not_a_place_or_time_phrase();
    test_en_cue_word_plural_noun_subject();
    test_en_short_participle_ends_act_object();
    test_en_sound_light_verb_act();
    test_en_no_object_after_cue_word();
    test_en_call_for_with_time_inside();
    test_en_party_parenthesis_before_apposition();
    test_en_about_not_in_act_content();
    test_en_speech_act_verb_families();
    test_en_act_gerund_after_preposition();
    test_en_lead_preposition_participle();
    test_en_act_object_ends_before_aside();
    test_en_purpose_act_after_meeting_verb();
    test_en_relative_act_ends_before_irregular_verb();
    test_en_phrasal_act_with_adverb_inside();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
