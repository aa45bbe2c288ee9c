/*
 * test_stance_en_reported.c - English reported acts (issue 9, session
 * 13): the verb families that make a reported act beyond verbs of speech
 * (official acts, complaint and siding with a preposition, casting
 * someone as something) and the uses of them that make none.  Each test
 * is named after what was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "the council approved the budget", "the court struck down the law":
 * acts of a government, a court, a legislature or a publisher were no
 * cue, so these reported acts were missed. */
static void
test_en_official_act_verbs(void)
{
    expect_exact("The county board approved a new levy on hotel rooms.",
                 "a new levy on hotel rooms", WS_REPORTED, "approved",
                 "The county board");
    expect_exact("The appeals court struck down the curfew ordinance.",
                 "the curfew ordinance", WS_REPORTED, "struck down",
                 "The appeals court");
    expect_exact("The weekly paper published the inspector's letters.",
                 "the inspector's letters", WS_REPORTED, "published",
                 "The weekly paper");
    expect_exact("Parliament repealed the old grazing law.",
                 "the old grazing law", WS_REPORTED, "repealed", "Parliament");
}

/* "was approved because of ...": an -ed act verb with a clause of cause
 * or concession where its object would be has no object: no act. */
static void
test_en_act_verb_before_clause_of_cause(void)
{
    expect_no_act("The ferry plan wasn't approved because of the cost.",
                  "because of the cost");
    expect_no_act("The treaty wasn't signed although the islanders pressed.",
                  "although the islanders pressed");
}

/* "balked at the price", "bristled at the remark", "rallied behind the
 * mayor": verbs of complaint, resistance and siding with their
 * preposition were no cue. */
static void
test_en_prepositional_act_families(void)
{
    expect_exact("The farmers balked at the new water fees.",
                 "the new water fees", WS_REPORTED, "balked at", "The farmers");
    expect_exact("The opposition bristled at the minister's slip.",
                 "the minister's slip", WS_REPORTED, "bristled at",
                 "The opposition");
    expect_exact("Dock workers rallied behind the fired foreman.",
                 "the fired foreman", WS_REPORTED, "rallied behind",
                 "Dock workers");
    expect_exact("The tenants fretted over the rising rents.",
                 "the rising rents", WS_REPORTED, "fretted over",
                 "The tenants");
}

/* "painted her as weak", "viewed the merger as a threat": casting
 * someone as something was no cue; without "as" the verb is none, and it
 * does not end another statement's content. */
static void
test_en_casting_as_verbs(void)
{
    expect_exact("The challenger painted the mayor as a tool of developers.",
                 "the mayor as a tool of developers", WS_REPORTED, "painted",
                 "The challenger");
    expect_exact("The regulator viewed the merger as a threat to "
                 "competition.",
                 "the merger as a threat to competition", WS_REPORTED, "viewed",
                 "The regulator");
    expect_none_en("The volunteers painted the old school gym.");
    expect_exact("The mayor said the grant would let families paint their "
                 "houses.",
                 "the grant would let families paint their houses", WS_INDIRECT,
                 "said", "The mayor");
}

/* "resisted the merger", "disliked the tone", "loves the old harbour":
 * verbs of liking, disliking and resisting were no cue. */
static void
test_en_liking_and_resisting_verbs(void)
{
    expect_exact("The mill owners resisted the new safety rules.",
                 "the new safety rules", WS_REPORTED, "resisted",
                 "The mill owners");
    expect_exact("The ministry disliked the auditors' tone.",
                 "the auditors' tone", WS_REPORTED, "disliked", "The ministry");
    expect_exact("The poet loves the old harbour.", "the old harbour",
                 WS_REPORTED, "loves", "The poet");
}

/* "the judge nominated for the high court", "vowed to impose
 * sanctions": a verb of acts with a preposition after it is no cue (it
 * cut the content of the statement around it), and after "to" it leaves
 * the statement to the verb of promise or plan before it. */
static void
test_en_official_act_participle_and_infinitive(void)
{
    expect_exact("The union praised the engineer appointed to the board "
                 "last spring.",
                 "the engineer appointed to the board last spring", WS_REPORTED,
                 "praised", "The union");
    expect_exact("The council vowed to impose a fee on empty flats.",
                 "to impose a fee on empty flats", WS_INDIRECT, "vowed",
                 "The council");
}

/* "won't be able to veto": the ability phrase before the act verb was
 * kept in the speaker ("She won't be able to"). */
static void
test_en_act_speaker_without_ability_phrase(void)
{
    expect_exact("She won't be able to condemn the ruling on grazing rights.",
                 "the ruling on grazing rights", WS_REPORTED, "condemn", "She");
    expect_exact("The port authority was unable to approve the dredging "
                 "contract.",
                 "the dredging contract", WS_REPORTED, "approve",
                 "The port authority");
}

/* "Last winter, a guild of ... sent a letter ... urging": a fronted time
 * phrase opened by "last", "this" or "earlier" was taken for the
 * subject's start, so the speaker came out as "Last". */
static void
test_en_act_speaker_after_fronted_time_phrase(void)
{
    expect_exact("Last winter, a guild of retired sailors from coastal "
                 "villages sent a letter to the harbor board urging it to "
                 "dredge the channel.",
                 "it to dredge the channel", WS_REPORTED, "urging", "a guild");
    expect_exact("Two weeks later, a panel of judges from three states "
                 "struck down the curfew.",
                 "the curfew", WS_REPORTED, "struck down",
                 "a panel of judges from three states");
}

/* "vetoed the bill and then flew home", "backed the line and extended
 * it": a second verb phrase of the act's subject ran on in the act's
 * object. */
static void
test_en_act_object_ends_before_second_verb_phrase(void)
{
    expect_exact("The governor vetoed the fishing bill and then flew to the "
                 "coast.",
                 "the fishing bill", WS_REPORTED, "vetoed", "The governor");
    expect_exact("The council backed the tram line and extended it to the "
                 "harbor.",
                 "the tram line", WS_REPORTED, "backed", "The council");
    /* one object with two nouns stays whole */
    expect_exact("The mayor praised the firefighters and then the nurses.",
                 "the firefighters and then the nurses", WS_REPORTED, "praised",
                 "The mayor");
}

/* "praised the treaty in a radio address, in which she said ...": the
 * relative clause with a speech verb of its own ran on in the act's
 * object. */
static void
test_en_act_object_ends_before_in_which_said(void)
{
    expect_exact("The senator praised the treaty in a radio address, in "
                 "which she said the islands had won.",
                 "the treaty", WS_REPORTED, "praised", "The senator");
}

/* "The rivals sparred, each touting ...": a participle after ", each"
 * was taken for a noun after a determiner (no act), and inside another
 * act's object it ran on in that object. */
static void
test_en_participle_act_after_each(void)
{
    expect_exact("The two rivals sparred over taxes, each touting their own "
                 "plan for the harbor.",
                 "their own plan for the harbor", WS_REPORTED, "touting",
                 "The two rivals");
    expect_exact("The two mayors attacked the levy, each touting their own "
                 "record on taxes.",
                 "the levy", WS_REPORTED, "attacked", "two mayors");
    expect_exact("Ann Lee and Bo Kim met at the fair, both praising the new "
                 "ferry.",
                 "the new ferry", WS_REPORTED, "praising",
                 "Ann Lee and Bo Kim");
}

/* "The mayor toured the harbor, praising ...": the subject of the main
 * clause was taken with its verb ("The mayor toured"). */
static void
test_en_participle_act_speaker_without_verb(void)
{
    expect_exact("The mayor toured the harbor on Sunday, praising the new "
                 "ferry.",
                 "the new ferry", WS_REPORTED, "praising", "The mayor");
}

/* "In a letter announcing the closure, the museum ...": an act in a
 * participle after the channel noun of an opening phrase was missed; the
 * document is its source. */
static void
test_en_participle_act_in_opening_channel_phrase(void)
{
    expect_exact("In a letter announcing the closure, the Guild of Harbor "
                 "Pilots thanked its donors.",
                 "the closure", WS_REPORTED, "announcing", "a letter");
    expect_exact("In a letter announcing the closure, the Guild of Harbor "
                 "Pilots thanked its donors.",
                 "its donors", WS_REPORTED, "thanked",
                 "the Guild of Harbor Pilots");
}

/* "backed the rebels as Norway, Sweden and Finland support ...", "as
 * the mayor and her deputies looked on": an "as" clause with a
 * coordinated subject, or after a short object, ran on in the act's
 * object, as did "as well" at its end. */
static void
test_en_act_object_ends_before_as_clause(void)
{
    expect_exact("The island backed the rebels as Norway, Sweden and Finland "
                 "support the crown.",
                 "the rebels", WS_REPORTED, "backed", "The island");
    expect_exact("The council condemned the closure as the mayor and her "
                 "deputies looked on.",
                 "the closure", WS_REPORTED, "condemned", "The council");
    expect_exact("The bakers' union praised the flour deal as well.",
                 "the flour deal", WS_REPORTED, "praised", "The bakers' union");
    /* casting "as" stays in the object */
    expect_exact("The poet described the storm as a beast and a thief.",
                 "the storm as a beast and a thief", WS_REPORTED, "described",
                 "The poet");
}

/* "backed the harbour plan, the third such scheme in a decade": a
 * trailing apposition after a common noun is the writer's gloss on the
 * act's object; one set off on both sides, or after a name, stays. */
static void
test_en_act_object_ends_before_trailing_gloss(void)
{
    expect_exact("The fishermen's guild backed the harbour plan, the third "
                 "such scheme on this coast in a decade.",
                 "the harbour plan", WS_REPORTED, "backed",
                 "The fishermen's guild");
    expect_exact("The council praised the new ferry, the first of its kind "
                 "on the lake, and its crew.",
                 "the new ferry, the first of its kind on the lake, and its "
                 "crew",
                 WS_REPORTED, "praised", "The council");
    expect_exact("The union praised Maria Lopez, a nurse from the valley.",
                 "Maria Lopez, a nurse from the valley", WS_REPORTED, "praised",
                 "The union");
}

/* "there is no way to tell", "every right to know", "efforts to
 * enact", "hard to imagine", "designed to offer": an infinitive after a
 * noun of means or right, an adjective of ease or a participle of
 * purpose names no act that anyone made. */
static void
test_en_no_act_in_generic_infinitive(void)
{
    expect_no_act("There was simply no way to tell from the ledger.", "ledger");
    expect_no_act("Tenants surely had a right to know the terms of the lease.",
                  "the lease");
    expect_no_act("The flood came when their efforts to enact the dam "
                  "treaty stalled.",
                  "dam treaty");
    expect_no_act("It seems hard to imagine a colder winter.", "colder winter");
    expect_no_act("The tour is a series of stops designed to offer a calm "
                  "message.",
                  "calm message");
    /* a speaker's own infinitive stays */
    expect_exact("The mayor wants to ban the parade.", "to ban the parade",
                 WS_INDIRECT, NULL, "The mayor");
}

/* "were wrongly charged fees" (an adverb between the auxiliary and
 * "charged"), "called in to a radio show", "parcels nobody had
 * asked for": no act. */
static void
test_en_no_act_for_charge_call_in_or_stranded_preposition(void)
{
    expect_no_act("Shoppers were wrongly charged fees at the till.",
                  "fees at the till");
    expect_no_act("The coach called in to a late-night radio show.",
                  "radio show");
    expect_no_act("Neighbours got parcels nobody had asked for or simply "
                  "lost them.",
                  "lost them");
    expect_exact("The tenants asked for a new roof.", "for a new roof",
                 WS_REPORTED, "asked", "The tenants");
}

/* Verb families of stance completed in the cue lexicon: the forms a
 * family lacked ("weighs in on", "speaking out against", "fires back
 * at") and families it lacked ("espouses", "overstated",
 * "demonizing", "singled out", "broke with"). */
static void
test_en_completed_and_added_stance_verb_families(void)
{
    expect_exact("The bishop weighs in on the school closures.",
                 "the school closures", WS_REPORTED, "weighs in on",
                 "The bishop");
    expect_exact("Nurses are speaking out against the night shifts.",
                 "the night shifts", WS_REPORTED, "speaking out against",
                 "Nurses");
    expect_exact("The union fires back at the rail company.",
                 "the rail company", WS_REPORTED, "fires back at", "The union");
    expect_exact("The mayor espouses a ban on diesel buses.",
                 "a ban on diesel buses", WS_REPORTED, "espouses", "The mayor");
    expect_exact("The minister overstated the cost of the bridge.",
                 "the cost of the bridge", WS_REPORTED, "overstated",
                 "The minister");
    expect_exact("Two senators are demonizing the tenants.", "the tenants",
                 WS_REPORTED, "demonizing", "senators");
    expect_exact("The auditors singled out the parks department.",
                 "the parks department", WS_REPORTED, "singled out",
                 "The auditors");
    expect_exact("Councillor Ruth Obi broke with her party on the levy.",
                 "her party on the levy", WS_REPORTED, "broke with",
                 "Ruth Obi");
    /* a thing breaking with a tradition is no stance of anyone */
    expect_no_act("The new stadium breaks with the old design.", "old design");
}

/* Irregular past forms of listed act verbs ("broke with", "fought for",
 * "stood by", "upheld", "overrode") are no base forms: after a singular
 * subject they are finite verbs and make the act. */
static void
test_en_irregular_past_act_after_singular_subject(void)
{
    expect_exact("The harbour master fought for the dredging budget.",
                 "the dredging budget", WS_REPORTED, "fought for",
                 "The harbour master");
    expect_exact("The archdeacon stood by the choir director.",
                 "the choir director", WS_REPORTED, "stood by",
                 "The archdeacon");
    expect_exact("The tribunal upheld the grazing permit.",
                 "the grazing permit", WS_REPORTED, "upheld", "The tribunal");
    expect_exact("The regent overrode the guild charter.", "the guild charter",
                 WS_REPORTED, "overrode", "The regent");
}

/* A verb listed "agent" whose participle is also an adjective makes an
 * act in the passive only with a "by" agent: "the fares were
 * exaggerated" describes the fares. */
static void
test_en_agent_verb_passive_needs_by_agent(void)
{
    expect_no_act("The flood risks were exaggerated.", "flood risks");
    expect_no_act("The lobby of the hotel is understated.", "the hotel");
    expect_no_act("The warnings about the dam were ignored.", "the dam");
    expect_exact("The ferry fares were exaggerated by the opposition.",
                 "The ferry fares", WS_REPORTED, "exaggerated by",
                 "the opposition");
}

/* "that" after an act verb's object opens a relative clause of the
 * object also when the object holds a hyphenated compound ("the
 * long-range plans that ...") or follows a preposition of the cue
 * ("warned against the tolls that ..."): the object is the content, not
 * the clause alone. */
static void
test_en_act_object_relative_after_compound_or_cue_preposition(void)
{
    expect_exact("The chamber has railed against the short-term leases that "
                 "empty the old town.",
                 "the short-term leases that empty the old town", WS_REPORTED,
                 "railed against", "The chamber");
    expect_exact("The harbour master warned against the river tolls that "
                 "drive barges away.",
                 "the river tolls that drive barges away", WS_REPORTED,
                 "warned against", "The harbour master");
    /* a verb of telling keeps its addressee's clause */
    expect_exact("The harbour master warned the bargemen that the tolls "
                 "would rise.",
                 "the tolls would rise", WS_INDIRECT, "warned",
                 "The harbour master");
}

/* Verbs of striking that criticise someone for something ("hit",
 * "knocked", "ripped", "dinged", "rapped"): an act only with "for" in
 * the clause and of someone named. */
static void
test_en_strike_verbs_criticise_for(void)
{
    expect_exact("The senator hit the governor for the ferry delays.",
                 "the governor for the ferry delays", WS_REPORTED, "hit",
                 "The senator");
    expect_exact("The mayor knocked the council for its spending.",
                 "the council for its spending", WS_REPORTED, "knocked",
                 "The mayor");
    expect_no_act("The storm hit the coast for three days.", "the coast");
    expect_no_act("The union ripped up the old contract.", "old contract");
    expect_no_act("The senator knocked over a glass of water.", "a glass");
}

/* "On Tuesday, Lopez thanked Smith on the radio": the tagger ran the two
 * surnames together over the verb ("Lopez thanked Smith" one person),
 * and a cue inside a name is none, so the act was lost; its speaker's
 * name was that whole run. */
static void
test_en_act_verb_inside_tagger_person_run(void)
{
    static const char *const text[] = {
        "On Tuesday, Lopez thanked Smith on the radio for his help.",
        "On Wednesday, Davis criticized Clark on the radio.",
        "Earlier, Moore thanked White on the radio for the loan."};
    static const char *const content[] = {"Smith on the radio for his help",
                                          "Clark on the radio",
                                          "White on the radio for the loan"};
    static const char *const cue[] = {"thanked", "criticized", "thanked"};
    static const char *const who[] = {"Lopez", "Davis", "Moore"};
    for (int i = 0; i < 3; i++) {
        expect_exact(text[i], content[i], WS_REPORTED, cue[i], who[i]);
        ws_doc *d = run("en", text[i]);
        ws_statement *st = d ? find(d, content[i]) : NULL;
        CHECK(st != NULL && st->speaker_name != NULL &&
                  strcmp(st->speaker_name, who[i]) == 0,
              "%s: speaker_name \"%s\", want \"%s\"", text[i],
              st && st->speaker_name ? st->speaker_name : "", who[i]);
        ws_doc_free(d);
    }
}

/* "The levy the mayor has proposed would cost millions": in an
 * object-gap relative clause the act verb has no object after it, and
 * the main clause's verb phrase ("cost millions") was taken for its
 * content; the noun the clause hangs on is what the act is about. */
static void
test_en_act_object_gap_relative_takes_head_noun(void)
{
    expect_exact("The levy the mayor has proposed would cost millions.",
                 "The levy", WS_REPORTED, "proposed", "the mayor");
    expect_exact("The grant that the agency announced would fund ten "
                 "schools.",
                 "The grant", WS_REPORTED, "announced", "the agency");
    expect_exact("The ferry route she approved will open in spring.",
                 "The ferry route", WS_REPORTED, "approved", "she");
    /* an object after the verb: unchanged */
    expect_exact("The mayor proposed a levy on boats.", "a levy on boats",
                 WS_REPORTED, "proposed", "The mayor");
}

/* "shrugged off the warnings", "ruled out a merger", "came out against
 * the levy": phrasal verbs of dismissing, playing up, ruling out, taking
 * back and taking a stand were no cue (or a bare verb with its particle
 * taken for the content: "signed" with "off on the merger"); a phrasal
 * verb listed "obj" with a preposition after it is no act ("called out
 * to"). */
static void
test_en_phrasal_dismissal_and_stand_verbs(void)
{
    expect_exact("The harbour master shrugged off the storm warnings.",
                 "the storm warnings", WS_REPORTED, "shrugged off",
                 "The harbour master");
    expect_exact("The brewery ruled out a merger with its rival.",
                 "a merger with its rival", WS_REPORTED, "ruled out",
                 "The brewery");
    expect_exact("The trustees signed off on the chapel repairs.",
                 "the chapel repairs", WS_REPORTED, "signed off on",
                 "The trustees");
    expect_exact("The fishing league came out against the quota swap.",
                 "the quota swap", WS_REPORTED, "came out against",
                 "The fishing league");
    expect_exact("The auditor cast doubt on the museum's ledgers.",
                 "the museum's ledgers", WS_REPORTED, "cast doubt on",
                 "The auditor");
    expect_exact("The coach walked back his remarks about the referee.",
                 "his remarks about the referee", WS_REPORTED, "walked back",
                 "The coach");
    expect_exact("The ranger called out the poachers' tactics.",
                 "the poachers' tactics", WS_REPORTED, "called out",
                 "The ranger");
    expect_no_act("The ranger called out to the lost hikers.",
                  "the lost hikers");
}

/* "lampooned the tax", "poked fun at the rules", "made light of the
 * deficit", "has pooh-poohed the idea": verbs of belittling and mocking
 * were no cue (a hyphenated verb is listed by its parts around "-"). */
static void
test_en_belittling_and_mocking_verbs(void)
{
    expect_exact("The cartoonist lampooned the parking levy.",
                 "the parking levy", WS_REPORTED, "lampooned",
                 "The cartoonist");
    expect_exact("The columnist poked fun at the new uniform code.",
                 "the new uniform code", WS_REPORTED, "poked fun at",
                 "The columnist");
    expect_exact("The treasurer made light of the budget gap.",
                 "the budget gap", WS_REPORTED, "made light of",
                 "The treasurer");
    expect_exact("The harbour board has pooh-poohed the silt survey.",
                 "the silt survey", WS_REPORTED, "pooh-poohed",
                 "The harbour board");
    expect_exact("Hecklers in the gallery heckled the finance minister.",
                 "the finance minister", WS_REPORTED, "heckled", "Hecklers");
}

/* "The charter, which banned logging also came with ...": an act in a
 * "which" or "who" clause opened by a comma and never closed by one ran
 * on into the main clause's predicate (an adverb of sequence and a past
 * form); the object now ends before the adverb. */
static void
test_en_relative_act_object_ends_before_sequence_adverb(void)
{
    expect_exact("The charter, which condemned clear-cutting also came with "
                 "a quiet exemption.",
                 "clear-cutting", WS_REPORTED, "condemned", NULL);
    expect_exact("The co-op, who backed the ferry levy later closed its "
                 "depot.",
                 "the ferry levy", WS_REPORTED, "backed", NULL);
    /* a participle with "by" after the adverb stays in the object */
    expect_exact("The guild, which denounced the rules then drafted by the "
                 "board, met on Monday.",
                 "the rules then drafted by the board", WS_REPORTED,
                 "denounced", NULL);
}

/* "learned of the merger": a verb of learning with a plain object was
 * taken as a reported act; it reports words only by a clause, which may
 * also stand before it (", the weekly has learned."). */
static void
test_en_learning_verb_object_is_no_act(void)
{
    expect_no_act("The editor learned of the merger and later printed it.",
                  "of the merger");
    expect_no_act("Our cousin learnt about the fire from a neighbour.",
                  "about the fire");
    expect_exact("The ferry line will cut its winter trips, the weekly has "
                 "learned.",
                 "The ferry line will cut its winter trips", WS_INDIRECT,
                 "learned", "the weekly");
}

/* "The growers, however, resist the levy": a sentence adverb or a short
 * linking phrase set off by commas before a base-form act verb hid the
 * plural subject, so the act was missed. */
static void
test_en_base_act_after_comma_adverb(void)
{
    expect_exact("The growers, however, resist the new water levy.",
                 "the new water levy", WS_REPORTED, "resist", "The growers");
    expect_exact("The pilots, too, oppose the longer rosters.",
                 "the longer rosters", WS_REPORTED, "oppose", "The pilots");
    expect_exact("The tenants, in turn, oppose the rent rise.", "the rent rise",
                 WS_REPORTED, "oppose", "The tenants");
    expect_exact("The miners, for their part, oppose the pit closure.",
                 "the pit closure", WS_REPORTED, "oppose", "The miners");
    expect_exact("The nurses, in response, resist the new shift rules.",
                 "the new shift rules", WS_REPORTED, "resist", "The nurses");
    expect_exact("The bakers, of course, oppose the flour duty.",
                 "the flour duty", WS_REPORTED, "oppose", "The bakers");
}

/* "The captain pooh-poohed the forecast": the inflection of a hyphenated
 * act verb was read from its first piece, a bare form that needs a
 * plural subject, so a singular subject lost the act; more hyphenated
 * verbs of belittling, doubting and approving. */
static void
test_en_hyphenated_act_verb_after_singular_subject(void)
{
    expect_exact("The captain pooh-poohed the storm forecast.",
                 "the storm forecast", WS_REPORTED, "pooh-poohed",
                 "The captain");
    expect_exact("The captain openly pooh-poohs the storm forecast.",
                 "the storm forecast", WS_REPORTED, "pooh-poohs",
                 "The captain");
    expect_exact("The goalkeeper second-guessed the linesman's flag.",
                 "the linesman's flag", WS_REPORTED, "second-guessed",
                 "The goalkeeper");
    expect_exact("The landlord bad-mouthed the tenants' union.",
                 "the tenants' union", WS_REPORTED, "bad-mouthed",
                 "The landlord");
    expect_exact("The county green-lit the harbour dredging.",
                 "the harbour dredging", WS_REPORTED, "green-lit",
                 "The county");
}

/* "Towns that fight the quarry gathered on Sunday": an act in a relative
 * clause on the subject ran its object into the main clause's past verb
 * when no auxiliary marked it; the object now ends before that verb. */
static void
test_en_relative_act_object_ends_before_main_past_verb(void)
{
    expect_exact("Towns that oppose the quarry gathered on Sunday.",
                 "the quarry", WS_REPORTED, "oppose", "Towns");
    expect_exact("Towns that resist the quarry planned last winter "
                 "gathered on Sunday.",
                 "the quarry planned last winter", WS_REPORTED, "resist",
                 "Towns");
    expect_exact("Anglers who backed the fishing ban walked out early.",
                 "the fishing ban", WS_REPORTED, "backed", NULL);
}

static void
test_en_act_speaker_is_subject_before_relative_clause(void)
{
    expect_exact("Farmers who sued the agency welcomed the verdict.",
                 "the verdict", WS_REPORTED, "welcomed", "Farmers");
    expect_exact("Pilots that once flew the route praised the airline.",
                 "the airline", WS_REPORTED, "praised", "Pilots");
    expect_exact("Nurses who had joined the strike criticised the hospital "
                 "board.",
                 "the hospital board", WS_REPORTED, "criticised", "Nurses");
}

/* "is bullish on", "has been silent on", "were uneasy about", "is hostile
 * to": copular adjectives of outlook, feeling, attitude and reticence
 * beyond the first list were no cue, so these reported stances were
 * missed; without a copula the adjective still qualifies a noun. */
static void
test_en_copular_stance_adjective_families(void)
{
    expect_exact("The fund manager is bullish on the bank's new shares.",
                 "the bank's new shares", WS_REPORTED, "bullish on",
                 "The fund manager");
    expect_exact("The governor has been silent on the pipeline dispute.",
                 "the pipeline dispute", WS_REPORTED, "silent on",
                 "The governor");
    expect_exact("Residents were uneasy about the closure of the clinic.",
                 "the closure of the clinic", WS_REPORTED, "uneasy about",
                 "Residents");
    expect_exact("The senator is deeply hostile to the trade pact.",
                 "the trade pact", WS_REPORTED, "hostile to", "The senator");
    expect_exact("The union has been dismissive of the pay offer.",
                 "the pay offer", WS_REPORTED, "dismissive of", "The union");
    expect_none_en("Voters hostile to the toll plan stayed home.");
}

/* "the pills he has promoted.": an object-gap relative clause closing
 * its sentence (no main-clause verb after it) was no statement at all;
 * its act is about the noun phrase it hangs on, which needs a
 * determiner there. */
static void
test_en_act_object_gap_relative_at_sentence_end(void)
{
    expect_exact("The board studied the pills he has promoted.", "the pills",
                 WS_REPORTED, "promoted", "he");
    expect_exact("Voters liked the reforms we backed.", "the reforms",
                 WS_REPORTED, "backed", "we");
    expect_exact("The council cut the fee she had proposed.", "the fee",
                 WS_REPORTED, "proposed", "she");
    /* a preposition after the verb: still none */
    expect_no_act("The strike they had been planning for weeks began.",
                  "weeks");
}

/* "backed the levy as required by law": a reduced "as" clause of
 * evidence or reference (a participle and its "by" or "in") ran on in
 * the act's object; after a verb of casting the "as" phrase stays. */
static void
test_en_act_object_ends_before_as_participle(void)
{
    expect_exact("The mayor backed the levy as required by law.", "the levy",
                 WS_REPORTED, "backed", "The mayor");
    expect_exact("The guild praised the budget as shown in its newsletter.",
                 "the budget", WS_REPORTED, "praised", "The guild");
    expect_exact("The mayor described the plan as based in fantasy.",
                 "the plan as based in fantasy", WS_REPORTED, "described",
                 "The mayor");
}

/* "After the strike, the dockers were first in demanding ...": an act
 * in an -ing form after a preposition took its subject only from a noun
 * phrase opening the sentence, so a fronted phrase or clause and its
 * comma left the act with no source and it was dropped. */
static void
test_en_gerund_act_subject_after_fronted_phrase(void)
{
    expect_exact("After the strike, the dockers were first in demanding "
                 "a new contract.",
                 "a new contract", WS_REPORTED, "demanding", "the dockers");
    expect_exact("When the vote came, the mayor stopped short of calling "
                 "it a fraud.",
                 "it a fraud", WS_REPORTED, "calling", "the mayor");
    expect_exact("In 2019, the senator began by criticizing the judge.",
                 "the judge", WS_REPORTED, "criticizing", "the senator");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_reported: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_official_act_verbs();
    test_en_act_verb_before_clause_of_cause();
    test_en_prepositional_act_families();
    test_en_casting_as_verbs();
    test_en_liking_and_resisting_verbs();
    test_en_official_act_participle_and_infinitive();
    test_en_act_speaker_without_ability_phrase();
    test_en_act_speaker_after_fronted_time_phrase();
    test_en_act_object_ends_before_second_verb_phrase();
    test_en_act_object_ends_before_in_which_said();
    test_en_participle_act_after_each();
    test_en_participle_act_speaker_without_verb();
    test_en_participle_act_in_opening_channel_phrase();
    test_en_act_object_ends_before_as_clause();
    test_en_act_object_ends_before_trailing_gloss();
    test_en_no_act_in_generic_infinitive();
    test_en_no_act_for_charge_call_in_or_stranded_preposition();
    test_en_irregular_past_act_after_singular_subject();
    test_en_completed_and_added_stance_verb_families();
    test_en_agent_verb_passive_needs_by_agent();
    test_en_act_object_relative_after_compound_or_cue_preposition();
    test_en_strike_verbs_criticise_for();
    test_en_act_verb_inside_tagger_person_run();
    test_en_act_object_gap_relative_takes_head_noun();
    test_en_phrasal_dismissal_and_stand_verbs();
    test_en_belittling_and_mocking_verbs();
    test_en_relative_act_object_ends_before_sequence_adverb();
    test_en_learning_verb_object_is_no_act();
    test_en_base_act_after_comma_adverb();
    test_en_hyphenated_act_verb_after_singular_subject();
    test_en_relative_act_object_ends_before_main_past_verb();
    test_en_act_speaker_is_subject_before_relative_clause();
    test_en_copular_stance_adjective_families();
    test_en_act_object_gap_relative_at_sentence_end();
    test_en_act_object_ends_before_as_participle();
    test_en_gerund_act_subject_after_fronted_phrase();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
