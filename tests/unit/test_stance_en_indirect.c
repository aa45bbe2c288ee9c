/*
 * test_stance_en_indirect.c - English indirect and mixed speech fixes of
 * session 11 (issue 9): content clauses, their boundaries and their
 * speakers.  Each test is named after what broke, on short invented
 * sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* 'said he "would ..."': the one word between the verb and the quote is
 * the subject of the quoted clause, so the statement is mixed speech
 * with the subject in its content; it was a direct quote without it. */
static void
test_en_subject_word_before_quote_is_mixed(void)
{
    expect_exact("The coach said he \"would never leave the club.\"",
                 "he \"would never leave the club.\"", WS_MIXED, "said",
                 "The coach");
    expect_exact("The senator says Moreno\xe2\x80\x99s \"budget is a "
                 "fantasy.\"",
                 "Moreno\xe2\x80\x99s \"budget is a fantasy.\"", WS_MIXED,
                 "says", "The senator");
    /* a time word or an addressee between stays a direct quote */
    expect_exact("The coach said Friday \"we will win the next round.\"",
                 "we will win the next round.", WS_DIRECT, "said", "The coach");
    expect_exact("The coach told reporters \"we are ready for anything.\"",
                 "we are ready for anything.", WS_DIRECT, "told", "The coach");
}

/* "told a meeting of county leaders that ...", "said during a visit to
 * the state capital that ...": a "that" more than five words after the
 * verb, past an addressee or an adjunct, was not seen, so the addressee
 * or the adjunct opened the content. */
static void
test_en_that_after_long_addressee_or_adjunct(void)
{
    expect_exact("The governor told a large crowd of dairy farmers in the "
                 "valley that the drought would end soon.",
                 "the drought would end soon", WS_INDIRECT, "told",
                 "The governor");
    expect_exact("She said during a long rally in the old port city that "
                 "wages would rise.",
                 "wages would rise", WS_INDIRECT, "said", "She");
    /* a verb or an infinitive before the "that" keeps it a relative:
     * the content is the whole object */
    expect_exact("The firm agreed to repair the old bridge and reopen the "
                 "road that had been closed.",
                 "to repair the old bridge and reopen the road that had been "
                 "closed",
                 WS_INDIRECT, "agreed", "The firm");
}

/* 'said that, if elected, she would ...': the content began with the
 * comma after the complementizer. */
static void
test_en_comma_after_that_not_content(void)
{
    expect_exact("The mayor said that, if elected, she would cut taxes.",
                 "if elected, she would cut taxes", WS_INDIRECT, "said",
                 "The mayor");
}

/* "told the panel he would resign", "told reporters how angry he was":
 * with no "that", the addressee was taken into the content. */
static void
test_en_addressee_not_content(void)
{
    expect_exact("The chief told the panel he would resign in May.",
                 "he would resign in May", WS_INDIRECT, "told", "The chief");
    expect_exact("He told the reporters on Monday how angry he was about "
                 "the vote.",
                 "how angry he was about the vote", WS_INDIRECT, "told", "He");
    /* a pronoun clause after "anything" qualifies it; "who" opens a
     * relative clause */
    expect_exact("They did not tell the agency anything it did not know.",
                 "the agency anything it did not know", WS_INDIRECT, "tell",
                 "They");
}

/* "the tanks, which officials said were moved at night, ...": the
 * relative pronoun before the subject is the subject of what was said;
 * the content lost it, ran on past the relative clause or was taken for
 * a reported act ("which the agency claimed now lets ..."). */
static void
test_en_relative_pronoun_subject_of_content(void)
{
    expect_exact("The tanks, which officials said were moved at night, "
                 "reached the border.",
                 "which | were moved at night", WS_INDIRECT, "said",
                 "officials");
    expect_exact("The test, which the agency claimed now lets the army build "
                 "smaller bombs, drew protests.",
                 "which | now lets the army build smaller bombs", WS_INDIRECT,
                 "claimed", "the agency");
    expect_exact("He praised the senator, who he said had always been honest.",
                 "who | had always been honest", WS_INDIRECT, "said", "he");
    /* the parenthetical form: the pronoun, not the main clause, is the
     * first part */
    expect_exact("The plant is near the river, which, the mayor said, is "
                 "often full of boats in summer.",
                 "which | is often full of boats in summer", WS_INDIRECT,
                 "said", "the mayor");
}

/* "the ferry, which the mayor says she will keep", "what the port says its
 * fees cover", "how analysts say they work": the question or relative word
 * before the subject stands for a part of what was said (an object, an
 * adjunct, a subject) and was missing from the content. */
static void
test_en_extracted_wh_word_opens_content(void)
{
    expect_exact("The council runs a small ferry line, which the mayor says "
                 "she is trying hard to keep afloat.",
                 "which | she is trying hard to keep afloat", WS_INDIRECT,
                 "says", "the mayor");
    expect_exact("The levy pays for what the mayor says is a fair share of "
                 "the harbour costs.",
                 "what | is a fair share of the harbour costs", WS_INDIRECT,
                 "says", "the mayor");
    /* a pseudo-cleft's "what" is the subject of the main clause; "which"
     * after a preposition belongs to the saying's phrase */
    expect_exact("And what the mayor said was that the levy is fair.",
                 "the levy is fair", WS_INDIRECT, "said", "the mayor");
    expect_exact("That was the night on which the mayor said the levy would "
                 "rise.",
                 "the levy would rise", WS_INDIRECT, "said", "the mayor");
}

/* "The mayor charges that ...", "Villagers have heard that ...", "Tests
 * have shown that ...": forms of verb families of saying and learning that
 * were missing from the lexicon; "charges" after a preposition is the
 * noun. */
static void
test_en_charges_heard_shown_clause(void)
{
    expect_exact("The mayor charges that the ferry contract was rigged.",
                 "the ferry contract was rigged", WS_INDIRECT, "charges",
                 "The mayor");
    expect_exact("Villagers have heard that the quarry will close in spring.",
                 "the quarry will close in spring", WS_INDIRECT, "heard",
                 "Villagers");
    expect_exact("Two surveys have shown that the old pier is sinking.",
                 "the old pier is sinking", WS_INDIRECT, "shown",
                 "Two surveys");
    /* a noun after a preposition: no speaker of its own */
    ws_doc *d = run("en", "The builder was hounded by charges that he had "
                          "cut corners on the pier.");
    ws_statement *st = d ? find(d, "he had cut corners") : NULL;
    CHECK(st == NULL || st->speaker.start < 0 ||
              strcmp(span(d, st->speaker), "The builder") != 0,
          "by charges that: speaker %s", st ? span(d, st->speaker) : "-");
    ws_doc_free(d);
    /* a verb of hearing with a plain object says nothing */
    expect_none_en("The court heard the appeal on Monday.");
}

/* "The coach added three players", "it would add new rules": a verb of
 * adding with a plain object said nothing, and inside a content clause it
 * cut the clause ("agreed that X but that the law adds ..."); with a
 * clause, a quotation or after what was said it is a verb of saying. */
static void
test_en_add_with_plain_object_not_speech(void)
{
    expect_none_en("The coach added three new players to the squad.");
    expect_exact("All agreed that the levy would hit the ports but that the "
                 "law adds a pile of forms that clerks will drown in.",
                 "the levy would hit the ports but that the law adds a pile of "
                 "forms that clerks will drown in",
                 WS_INDIRECT, "agreed", "All");
    expect_exact("The ferry will run again in May, the mayor added.",
                 "The ferry will run again in May", WS_INDIRECT, "added",
                 "the mayor");
    expect_exact("The mayor added the ferry will run again in May.",
                 "the ferry will run again in May", WS_INDIRECT, "added",
                 "The mayor");
    expect_exact("The mayor added that the ferry will run again in May.",
                 "the ferry will run again in May", WS_INDIRECT, "added",
                 "The mayor");
}

/* "To a degree, all agreed ...", "In the end, both said ...": a
 * quantifier standing alone after an opening phrase is the subject; the
 * statement took the previous speaker. */
static void
test_en_quantifier_alone_after_opening_phrase(void)
{
    expect_exact("Two pilots were asked about the storm. In the end, both "
                 "agreed that the runway had been too wet.",
                 "the runway had been too wet", WS_INDIRECT, "agreed", "both");
    expect_exact("Dock workers met on Friday. To a man, all said the cranes "
                 "were unsafe.",
                 "the cranes were unsafe", WS_INDIRECT, "said", "all");
}

/* "..., she said, referring to ...": a participle clause after a trailing
 * attribution is the speaker's doing, not what was said, so the clause
 * before is the content (a quoted fragment there makes it mixed); a
 * gerund subject of a clause after a parenthetical
 * attribution stays content ("..., he said, replacing her would ..."). */
static void
test_en_participle_after_trailing_attribution(void)
{
    expect_exact("The ferry will not run in winter, the mayor said, "
                 "pointing to the ice on the bay.",
                 "The ferry will not run in winter", WS_INDIRECT, "said",
                 "the mayor");
    expect_exact("\"You kept the night crews short of staff\" to cut the "
                 "budget, she said, referring to the new rota.",
                 "\"You kept the night crews short of staff\" to cut the "
                 "budget",
                 WS_MIXED, "said", "she");
    expect_exact("Though the first move went smoothly, he said, replacing "
                 "the harbour master would be much harder.",
                 "Though the first move went smoothly | replacing the harbour "
                 "master would be much harder",
                 WS_INDIRECT, "said", "he");
}

/* 'The audit says that "the fees are so low" that towns skip them': a
 * quotation right after the complementizer with the clause running on
 * past it through another "that" was taken as a direct quotation alone;
 * the clause is the content, mixed. */
static void
test_en_quote_then_that_clause_runs_on_mixed(void)
{
    expect_exact("The audit also says that \"the harbour fees are so low\" "
                 "that most towns never bother to collect them.",
                 "\"the harbour fees are so low\" that most towns never "
                 "bother to collect them",
                 WS_MIXED, "says", "The audit");
}

/* "said as he entered the hall", "said before he died": the adverbial
 * clause after the verb was taken for what was said. */
static void
test_en_adverbial_clause_after_cue_not_content(void)
{
    expect_none_en("The envoy said as he entered the hall.");
    expect_none_en("The old chief said before he died.");
    /* the content before the comma stays, and a time phrase before a
     * clause is no adverbial clause */
    expect_exact("The talks will go on, the envoy said as he entered the "
                 "hall.",
                 "The talks will go on", WS_INDIRECT, "said", "the envoy");
    expect_exact("He said after the vote he would resign.",
                 "after the vote he would resign", WS_INDIRECT, "said", "He");
}

/* "... did not back Mr. Ward, the favourite of the bankers": an
 * apposition with an article after a name at the end of the content is
 * the writer's gloss; it ran into the content. */
static void
test_en_apposition_after_name_ends_content(void)
{
    expect_exact("He said he did not back Mr. Ward, the presumed favourite "
                 "of the bankers.",
                 "he did not back Mr. Ward", WS_INDIRECT, "said", "He");
    expect_exact("Critics say money would be better spent with NATO, the "
                 "old alliance that includes most of Europe.",
                 "money would be better spent with NATO", WS_INDIRECT, "say",
                 "Critics");
    /* not after a common noun, and not an apposition inside the clause */
    expect_exact("She said the plan helped the town, the council and the "
                 "schools.",
                 "the plan helped the town, the council and the schools",
                 WS_INDIRECT, "said", "She");
    expect_exact("The mayor said Smith, a busy man, would come.",
                 "Smith, a busy man, would come", WS_INDIRECT, "said",
                 "The mayor");
}

/* "According to state records, ...", "According to morning show host
 * Dana Pike, ...", "According to her own account, ...": the source phrase
 * rules stopped inside the source, so its rest opened the content. */
static void
test_en_opening_according_to_source_runs_to_comma(void)
{
    expect_exact("According to state records, most of the loans were repaid.",
                 "most of the loans were repaid", WS_INDIRECT, "According to",
                 "state records");
    expect_exact("According to morning show host Dana Pike, the plan smells "
                 "of panic.",
                 "the plan smells of panic", WS_INDIRECT, "According to",
                 "Dana Pike");
    expect_exact("According to her own account, the nurse sent the patient "
                 "home.",
                 "the nurse sent the patient home", WS_INDIRECT,
                 "According to her", NULL);
    /* an apposition after the source still belongs to it */
    expect_exact("According to Jo Reyes, a former aide, the budget will fail.",
                 "the budget will fail", WS_INDIRECT, "According to",
                 "Jo Reyes");
}

/* "claimed the vote was rigged", "admitted the plan had failed": a verb
 * that may also take an object (claim, admit, confirm, show) took the
 * clause's subject for its object and made a reported act; the clause
 * without "that" is what was said. */
static void
test_en_clause_without_that_after_act_verb(void)
{
    expect_exact("The group claimed the vote was rigged.",
                 "the vote was rigged", WS_INDIRECT, "claimed", "The group");
    expect_exact("A new survey showed the voters were still undecided.",
                 "the voters were still undecided", WS_INDIRECT, "showed",
                 "A new survey");
    /* a plain object stays a reported act */
    expect_exact("The board confirmed the sale.", "the sale", WS_REPORTED,
                 "confirmed", "The board");
}

/* ", but early polls are no guide": a new main clause with a bare plural
 * subject after ", but" ran into the content. */
static void
test_en_but_bare_plural_subject_ends_content(void)
{
    expect_exact("A poll showed the mayor was ahead, but early polls are no "
                 "guide to the vote.",
                 "the mayor was ahead", WS_INDIRECT, "showed", "A poll");
}

/* "the governor's view is that ...": a noun of what was said with a
 * possessive source, a form of "be" and a that-clause made no statement;
 * nor did "view", "opinion", "position" and "stance" name what was said. */
static void
test_en_claim_noun_copula_that(void)
{
    expect_exact("The vote is near. The governor\xe2\x80\x99s view is that "
                 "the tax is unfair.",
                 "the tax is unfair", WS_INDIRECT, "view", "governor");
    expect_exact("The vote is near. Her position was that the deal must be "
                 "redone.",
                 "the deal must be redone", WS_INDIRECT, "position", "Her");
    expect_exact("The vote is near. His view that the tax is unfair angered "
                 "the farmers.",
                 "the tax is unfair", WS_INDIRECT, "view", "His");
}

/* "noted that at his first meeting, in 1980, he backed a rival": the
 * comma and a subject with an act verb were read as a trailing
 * attribution (", officials said"), so the content stopped at the comma
 * and the act became a statement of its own; after a fronted phrase or
 * clause they are the content's main clause (session 12). */
static void
test_en_fronted_phrase_then_act_clause_in_content(void)
{
    expect_exact("Ortiz noted that at her first union congress, in 1994, "
                 "she opposed a strike.",
                 "at her first union congress, in 1994, she opposed a strike",
                 WS_INDIRECT, "noted", "Ortiz");
    expect_exact("The farmers feared that if the dam failed, the state "
                 "would blame the engineers.",
                 "if the dam failed, the state would blame the engineers",
                 WS_INDIRECT, "feared", "The farmers");
    /* a trailing attribution still closes the content */
    expect_exact("The old mill will close in May, managers confirmed on "
                 "Tuesday.",
                 "The old mill will close in May", WS_INDIRECT, "confirmed",
                 "managers");
}

/* "As the mayor put it, ...", "..., as the coach said.", "The market, as
 * one trader said, is tired", "As reported by the local paper, ...": an
 * "as" source clause was not read ("put it" only next to a quote, the
 * trailing and inserted clauses not at all), or its speaker kept the
 * "As" and its content the channel phrase after the cue (session 12). */
static void
test_en_as_source_clause(void)
{
    expect_exact("As the mayor put it, the city cannot pay its bills.",
                 "the city cannot pay its bills", WS_INDIRECT, "put it",
                 "the mayor");
    expect_exact("The league is broke, as the commissioner put it.",
                 "The league is broke", WS_INDIRECT, "put it",
                 "the commissioner");
    expect_exact("The harvest, as one grower said, was the worst in years.",
                 "The harvest | was the worst in years", WS_INDIRECT, "said",
                 "one grower");
    expect_exact("As one economist pointed out in a short essay, wages have "
                 "stalled.",
                 "wages have stalled", WS_INDIRECT, "pointed out",
                 "one economist");
    expect_exact("As reported by the regional paper, the factory will move "
                 "south.",
                 "the factory will move south", WS_INDIRECT, "reported",
                 "the regional paper");
    /* no speaker, or a verb for one: no source clause */
    expect_none_en("As expected, the factory will move south.");
    expect_none_en("The shop has kept its prices or, as could be expected "
                   "of a careful owner, raised them a little.");
    expect_none_en("The street was quiet as many shoppers continued to stay "
                   "home.");
}

/* "Police say the driver fled and refused to stop": a past verb after
 * "and" whose tense differs from the present cue's continues the
 * content's clause; it was cut off as a second act of the cue's subject
 * (session 12). */
static void
test_en_past_verb_after_present_cue_stays_in_content(void)
{
    expect_exact("Witnesses say the guard opened the gate and refused to "
                 "close it.",
                 "the guard opened the gate and refused to close it",
                 WS_INDIRECT, "say", "Witnesses");
    /* the same tense, or a speech verb with its own clause: the cue's */
    expect_exact("Witnesses said the guard opened the gate and refused to "
                 "close it.",
                 "the guard opened the gate", WS_INDIRECT, "said", "Witnesses");
    expect_exact("The owners say the season is long but noted that the "
                 "club lost money.",
                 "the season is long", WS_INDIRECT, "say", "The owners");
    /* an infinitive is no present cue */
    expect_exact("The mayor declined to condemn the protest and said the "
                 "council should wait.",
                 "the protest", WS_REPORTED, "condemn", "The mayor");
}

/* "The plan, the mayor said, will fail": a noun after its determiner
 * that is also a cue word ("plan", "offer", "proposal") made the part
 * before the parenthetical attribution look like a statement of its
 * own, so the content lost it (session 12). */
static void
test_en_parenthetical_cue_after_cue_noun(void)
{
    expect_exact("The plan, the mayor said, will fail.", "The plan | will fail",
                 WS_INDIRECT, "said", "the mayor");
    expect_exact("Their latest offer, a union official said, is far too "
                 "low.",
                 "Their latest offer | is far too low", WS_INDIRECT, "said",
                 "a union official");
}

/* "Reed, who said the plan was fair, was booed": the content ran on
 * over the comma that closes the relative clause into the main clause's
 * verb (session 12). */
static void
test_en_relative_clause_end_closes_content(void)
{
    expect_exact("The owner, who argued that prices would fall, is now "
                 "selling.",
                 "prices would fall", WS_INDIRECT, "argued", NULL);
    expect_exact("Reed, who said the plan was fair, was booed.",
                 "the plan was fair", WS_INDIRECT, "said", NULL);
}

/* "When Smith noted ...": the subordinator before the subject was kept
 * in the speaker span ("When Smith") (session 12). */
static void
test_en_subordinator_not_in_speaker(void)
{
    ws_doc *d = run("en", "When Rivera noted the budget was thin, the room "
                          "fell silent.");
    ws_statement *st = d ? find(d, "the budget was thin") : NULL;
    CHECK(st != NULL, "subordinator: no statement");
    if (st != NULL)
        CHECK(strcmp(span(d, st->speaker), "Rivera") == 0,
              "subordinator: speaker \"%s\", want \"Rivera\"",
              span(d, st->speaker));
    if (d != NULL)
        ws_doc_free(d);
}

/* "the auditors discovered the ledger had been altered": verbs of finding
 * out and recalling were no cues, so their clauses were lost; their plain
 * objects ("discovered a leak in the roof") are no statements. */
static void
test_en_discover_verb_clause_only(void)
{
    expect_exact("The auditors discovered the ledger had been altered twice.",
                 "the ledger had been altered twice", WS_INDIRECT, "discovered",
                 "The auditors");
    expect_exact("Two pilots noticed that the runway lights were off.",
                 "the runway lights were off", WS_INDIRECT, "noticed",
                 "Two pilots");
    expect_exact("The farmer remembered there was a well behind the barn.",
                 "there was a well behind the barn", WS_INDIRECT, "remembered",
                 "The farmer");
    expect_exact("Inspectors discovered how the valves had been opened.",
                 "how the valves had been opened", WS_INDIRECT, "discovered",
                 "Inspectors");
    expect_none_en("The plumbers discovered a leak in the old roof.");
    expect_none_en("Many older residents remember the winter storm of 1987.");
}

/* '... "a fair hearing" and he also believes ...', '... "a serious
 * error," but she noted ...': a quotation closing before the conjunction
 * hid the new clause with its own subject and cue, so the first content
 * ran on over the second statement. */
static void
test_en_new_speech_clause_after_closing_quote(void)
{
    const char *t1 = "The trainer said the riders deserved \"a fair "
                     "hearing\" and he also believes the stewards will "
                     "relent.";
    expect_exact(t1, "the riders deserved \"a fair hearing\"", WS_MIXED, "said",
                 "The trainer");
    expect_exact(t1, "the stewards will relent", WS_INDIRECT, "believes", "he");
    const char *t2 = "The curator said moving the statue was \"a serious "
                     "error,\" though she noted the museum had little "
                     "choice.";
    expect_exact(t2, "moving the statue was \"a serious error,\"", WS_MIXED,
                 "said", "The curator");
    expect_exact(t2, "the museum had little choice", WS_INDIRECT, "noted",
                 "she");
}

/* "It is clear that ...", "nor is it obvious ...": an impersonal finding
 * had no cue, so its clause was lost; a question after the adjective
 * ("it is unclear whether", "clear why") and a clause already inside
 * another statement stay as they were. */
static void
test_en_impersonal_evident_clause(void)
{
    expect_exact("By noon it was clear that the ferry would not sail.",
                 "the ferry would not sail", WS_INDIRECT, "it was clear", NULL);
    expect_exact("Nor is it obvious the orchard would survive another "
                 "drought.",
                 "the orchard would survive another drought", WS_INDIRECT,
                 "is it obvious", NULL);
    expect_exact("It\xe2\x80\x99s now abundantly clear they misjudged "
                 "the tide.",
                 "they misjudged the tide", WS_INDIRECT,
                 "It\xe2\x80\x99s now abundantly clear", NULL);
    expect_exact("By dusk it appeared that the fire had crossed the river.",
                 "the fire had crossed the river", WS_INDIRECT, "it appeared",
                 NULL);
    expect_none_en("It seems to rain every Sunday in the valley.");
    expect_none_en("It is unclear whether the ferry will sail on Monday.");
    expect_none_en("The rules of the tournament are clear to every player.");
    expect_exact("The skipper said it was clear the engine had failed.",
                 "it was clear the engine had failed", WS_INDIRECT, "said",
                 "The skipper");
}

/* "amid growing fears that the dam would fail", "hounded by charges that
 * the fund ...": a that-clause after a noun of a belief, fear or charge held
 * by many had no cue without a possessive source, so it was lost; a
 * relative "that" ("the fears that they raised in court", "concerns that
 * give ...") makes none. */
static void
test_en_held_noun_clause_without_source(void)
{
    expect_exact("The mayor resigned amid growing fears that the old dam "
                 "would fail.",
                 "the old dam would fail", WS_INDIRECT, "fears", NULL);
    expect_exact("For years the club was hounded by charges that the fund "
                 "had hidden its losses.",
                 "the fund had hidden its losses", WS_INDIRECT, "charges",
                 NULL);
    expect_exact("There is broad agreement that there are too few nurses.",
                 "there are too few nurses", WS_INDIRECT, "agreement", NULL);
    expect_none_en("The fears that they raised in court were baseless.");
    expect_none_en("There are concerns that give small investors pause.");
}

/* "the distance between what the mayor says her budget will cover and
 * how auditors say it would end has widened": a cue inside a free
 * relative ran its content on into the next relative and the main
 * clause's verb. */
static void
test_en_free_relative_cue_content_ends(void)
{
    const char *t = "The distance between what the mayor says her budget "
                    "will cover and how auditors say it would end has "
                    "widened.";
    expect_exact(t, "what | her budget will cover", WS_INDIRECT, "says",
                 "the mayor");
    expect_exact(t, "how | it would end", WS_INDIRECT, "say", "auditors");
    expect_exact("What the coach says the team will need is a new "
                 "goalkeeper.",
                 "the team will need", WS_INDIRECT, "says", "the coach");
}

/* "These workers, the manager explained earlier in the budget debate,
 * were paid ...", "The levee, the engineer noted during the site visit,
 * was built ...": a phrase after the cue of a parenthetical attribution
 * was taken for the act's adjunct or object, so the clause after the
 * comma was lost. */
static void
test_en_parenthetical_cue_with_adjunct(void)
{
    expect_exact("These workers, the manager explained earlier in the "
                 "budget debate, were paid far too little.",
                 "These workers | were paid far too little", WS_INDIRECT,
                 "explained", "the manager");
    expect_exact("The levee, the engineer noted during the site visit, was "
                 "built in 1952.",
                 "The levee | was built in 1952", WS_INDIRECT, "noted",
                 "the engineer");
    /* a phrase that ends the sentence stays no content */
    expect_exact("The storm had cut power to the valley, the mayor said on "
                 "Friday.",
                 "The storm had cut power to the valley", WS_INDIRECT, "said",
                 "the mayor");
}

/* "a memo that says ...": a document noun of the cues lexicon before a
 * subject relative "that" was no source, so the statement was dropped as
 * an adjective use of the verb. */
static void
test_en_document_that_says(void)
{
    expect_exact("The inspector has a memo that says the bridge is unsafe.",
                 "the bridge is unsafe", WS_INDIRECT, "says", "a memo");
}

/* "the farmers were sure the rain would come": an adjective of
 * certainty after a copula with a clause and no "that" was no cue, so
 * the belief was lost; "make sure", "to be sure," and a plain object
 * ("sure of it") make none. */
static void
test_en_certainty_adjective_without_that(void)
{
    expect_exact("The farmers were sure the rain would come before May.",
                 "the rain would come before May", WS_INDIRECT, "sure",
                 "The farmers");
    expect_exact("The engineers remain convinced the old bridge will hold.",
                 "the old bridge will hold", WS_INDIRECT, "convinced",
                 "The engineers");
    expect_none_en("Make sure the gate is shut before the storm.");
    expect_none_en("To be sure, the road to the coast is long.");
    expect_none_en("The captain was sure of it.");
}

/* "All agreed that ...", "Some believe the ...": a quantifier that is the
 * whole subject was taken for a determiner before an adjective ("all
 * reported cases"), so the statement was dropped. */
static void
test_en_quantifier_subject(void)
{
    expect_exact("All agreed that the new levy would hurt the growers.",
                 "the new levy would hurt the growers", WS_INDIRECT, "agreed",
                 "All");
    expect_exact("Some believe the harvest will be late this year.",
                 "the harvest will be late this year", WS_INDIRECT, "believe",
                 "Some");
    expect_none_en("All reported cases were closed within a week.");
}

/* '"...," she said, sure that ... . "..."': a cue inside the attribution's
 * sentence whose clause ends with that sentence stopped the scan for the
 * quotation's next part, so the part after the period became a quote of
 * its own; a cue that introduces the next part keeps it its own. */
static void
test_en_cue_between_quote_parts_keeps_quote_whole(void)
{
    expect_exact("\"The harvest is over,\" the farmer said on Tuesday, "
                 "sure the barley prices would climb before winter. "
                 "\"We stored every last sack.\"",
                 "The harvest is over, | We stored every last sack.", WS_DIRECT,
                 "said", "the farmer");
    expect_exact("\"The tunnel will open in May,\" the engineer said, "
                 "stressing that the drills had held up. \"Nothing "
                 "cracked down there.\"",
                 "The tunnel will open in May, | Nothing cracked down there.",
                 WS_DIRECT, "said", "the engineer");
    /* a cue that takes the next part as its own quote */
    expect_exact("\"The tunnel will open in May,\" the engineer said, and "
                 "her deputy added: \"Nobody here believes that date.\"",
                 "Nobody here believes that date.", WS_DIRECT, "added",
                 "her deputy");
}

/* 'X may happen, Y said on Monday. "..."': a quote with no cue of its own
 * right after the sentence that ends with an indirect statement's
 * attribution was a separate direct quote; it goes on with what that
 * speaker said, one mixed statement with two parts.  A sentence in
 * between, or a second cue after the attribution, keeps them apart. */
static void
test_en_quote_after_trailing_attribution_joins_it(void)
{
    expect_exact("The ferry timetable may change once the new pier opens, "
                 "the harbour master said on Monday. \"We will have to move "
                 "the evening boats to the east side of the bay.\"",
                 "The ferry timetable may change once the new pier opens | We "
                 "will have to move the evening boats to the east side of the "
                 "bay.",
                 WS_MIXED, "said", "the harbour master");
    /* a sentence of narration in between */
    expect_exact("The ferry timetable may change once the new pier opens, "
                 "the harbour master said. The gulls circled overhead. "
                 "\"We will have to move the evening boats to the east side "
                 "of the bay.\"",
                 "The ferry timetable may change once the new pier opens",
                 WS_INDIRECT, "said", "the harbour master");
    /* another cue after the attribution */
    expect_exact("The ferry timetable may change once the new pier opens, "
                 "the harbour master said, adding that the fares would "
                 "stay low. \"We will have to move the evening boats to the "
                 "east side of the bay.\"",
                 "The ferry timetable may change once the new pier opens",
                 WS_INDIRECT, "said", "the harbour master");
}

/* '"...," she said on the radio show "Morning Desk." "..."': the title in
 * the attribution, with the sentence's full stop inside its marks, was
 * taken as the quotation's next part and the real next part was lost. */
static void
test_en_title_in_attribution_not_next_part(void)
{
    expect_exact("\"The orchard lost half its pears to the frost,\" the "
                 "grower said on the radio show \"Valley Mornings.\" \"We "
                 "will plant hardier trees next spring.\"",
                 "The orchard lost half its pears to the frost, | We will "
                 "plant hardier trees next spring.",
                 WS_DIRECT, "said", "the grower");
}

/* '"...!" the cousin shouted.': the quote's own "!" ended the sentence, so
 * a verb that is a cue only next to a quotation (shout, yell) lost its
 * cue and the quote had no attribution; with a name after "?" and a
 * phrase after the verb ('Ann Brook said to the crowd') the quote was
 * lost and "to the crowd" became an indirect statement. */
static void
test_en_attribution_after_exclamation_quote(void)
{
    expect_exact("\"The new bridge is finally open!\" the ferryman's cousin "
                 "shouted.",
                 "The new bridge is finally open!", WS_DIRECT, "shouted",
                 "the ferryman's cousin");
    expect_exact("\"Who will pay for the new bridge?\" Ann Brook asked at "
                 "the town meeting.",
                 "Who will pay for the new bridge?", WS_DIRECT, "asked",
                 "Ann Brook");
    expect_exact("\"Who will pay for the new bridge?\" Ann Brook shouted to "
                 "the crowd.",
                 "Who will pay for the new bridge?", WS_DIRECT, "shouted",
                 "Ann Brook");
}

/* "said the tower was as tall as the builders claimed": the second "as"
 * of a comparison opened no new clause with its own speech verb, and
 * the content stopped before it. */
static void
test_en_comparative_as_keeps_content(void)
{
    expect_exact("The engineer said the new tower was as tall as the "
                 "builders claimed it would be.",
                 "the new tower was as tall as the builders claimed it "
                 "would be",
                 WS_INDIRECT, "said", "The engineer");
}

/* A bare plural noun of records or figures opens the sentence and is the
 * subject of a say-act verb in its base form ("Surveys suggest ...",
 * "Files indicate ..."). */
static void
test_en_plural_document_noun_subject_at_sentence_start(void)
{
    expect_exact("Surveys suggest the ferry link is losing riders.",
                 "the ferry link is losing riders", WS_INDIRECT, "suggest",
                 "Surveys");
    expect_exact("Records indicate that the orchard was sold twice.",
                 "the orchard was sold twice", WS_INDIRECT, "indicate",
                 "Records");
    /* a plural without the list's mark stays no subject */
    expect_no_act("Gardens suggest a quiet retreat from town.",
                  "quiet retreat");
}

/* A verb cue after a possessive or an article is a noun and attributes
 * no quotation: "the chef's show, 'Salt Days'" is a title. */
static void
test_en_cue_noun_after_possessive_before_quote(void)
{
    expect_no_act("The baker appeared on the chef's reports, 'Salt Days', "
                  "twice.",
                  "Salt Days");
    expect_exact("The chef reported: \"Our ovens failed again tonight.\"",
                 "Our ovens failed again tonight.", WS_DIRECT, "reported",
                 "The chef");
}

/* A trailing attribution whose name carries a short parenthesis ("Sen.
 * Ola Quist (D-Minn.) said") closes the content of a cue before it. */
static void
test_en_trailing_attribution_with_party_parenthesis(void)
{
    expect_no_act("She believes the bridge is safe, Sen. Ola Quist (D-Minn.) "
                  "said.",
                  "Quist (D-Minn.) said");
    expect_exact("She believes the bridge is safe, Sen. Ola Quist (D-Minn.) "
                 "said.",
                 "She believes the bridge is safe", WS_INDIRECT, "said",
                 "Ola Quist");
}

/* "tell" with a noun of narration as its object ("tell the truth",
 * "telling a story", "tell the difference") reports no words; "tell"
 * with a clause still does. */
static void
test_en_tell_the_truth_or_a_story_no_statement(void)
{
    expect_none_en("The pilot keeps telling the story of the storm.");
    expect_none_en("Shoppers cannot tell the difference between the two "
                   "brands.");
    expect_exact("The pilot told the crew that the storm had passed.",
                 "the storm had passed", WS_INDIRECT, "told", "The pilot");
}

/* A content of a lone question word or a stranded preposition ("it
 * knows how.", "(not that we heard of)") is no statement. */
static void
test_en_lone_question_word_or_preposition_no_content(void)
{
    expect_none_en("Sadly, the ferry crew no longer knows how.");
    expect_none_en("The fund lost money (not that anyone knows about).");
    expect_exact("The ferry crew knows how the tide turns.",
                 "how the tide turns", WS_INDIRECT, "knows", "The ferry crew");
}

/* '..., X told farmers on Tuesday.': a bare plural addressee of "told"
 * and the phrases with a preposition after it were taken as the content
 * ("farmers on Tuesday"); the clause before the attribution is. */
static void
test_en_told_bare_addressee_and_time_no_content(void)
{
    expect_exact("The orchard harvest will come late this year, Rep. Mina "
                 "Castell told growers on Tuesday.",
                 "The orchard harvest will come late this year", WS_INDIRECT,
                 "told", "Mina Castell");
    expect_exact("Ferry fares will rise in spring, the transport minister "
                 "told lawmakers on Monday at a hearing in the capital.",
                 "Ferry fares will rise in spring", WS_INDIRECT, "told",
                 "minister");
    expect_exact("The dam is sound, the engineer told villagers, who "
                 "cheered.",
                 "The dam is sound", WS_INDIRECT, "told", "engineer");
}

/* "Tenants fear the landlord will sell", "Logs from the depot suggest
 * that ...": a bare speech verb after a capitalised plural opening the
 * sentence, or after a plural noun and a short prepositional phrase, was
 * taken for a noun compound, so the clause was lost; with no clause after
 * it ("Sales plan to ...") it stays no cue. */
static void
test_en_plural_subject_before_clause(void)
{
    expect_exact("Tenants fear the landlord will sell the block.",
                 "the landlord will sell the block", WS_INDIRECT, "fear",
                 "Tenants");
    expect_exact("Logs from the harbour depot suggest that the ferry left "
                 "late.",
                 "the ferry left late", WS_INDIRECT, "suggest",
                 "Logs from the harbour depot");
    expect_exact("Nurses at the clinic complain the night shifts are too "
                 "long.",
                 "the night shifts are too long", WS_INDIRECT, "complain",
                 "Nurses at the clinic");
    expect_none_en("Sales plan to double within ten years.");
}

/* 'mocked the levy as "a farce" Monday on a talk show': a bare day name
 * after an act's object, at the clause's end or before a channel phrase,
 * is the day of the act, so it and the phrase are no part of the object
 * (they were, as "Monday" had no preposition); after "last" or "by" the
 * day stays in the object. */
static void
test_en_bare_day_after_act_object(void)
{
    expect_exact("The mayor mocked the levy as \"a farce\" Monday on a "
                 "late-night talk show.",
                 "the levy as \"a farce\"", WS_MIXED, "mocked", "The mayor");
    expect_exact("The governor criticized the new tolls Thursday in a radio "
                 "interview.",
                 "the new tolls", WS_REPORTED, "criticized", "The governor");
    expect_exact("The guild rejected the offer made last Friday.",
                 "the offer made last Friday", WS_REPORTED, "rejected",
                 "The guild");
}

/* "accused the warden, who ran the jail, of hiding abuse": a relative
 * clause set off by commas inside an act's object ended the object, so
 * the complement after it ("of ...", "for ...") was lost; "raised" with
 * a preposition where its object would be ("born in Leeds and raised in
 * a port")
 * is no act and no longer cuts the object either. */
static void
test_en_relative_aside_then_complement_in_object(void)
{
    expect_exact("The senator accused the warden, who ran the county jail "
                 "for a decade, of hiding abuse.",
                 "the warden, who ran the county jail for a decade, of hiding "
                 "abuse",
                 WS_REPORTED, "accused", "The senator");
    expect_exact("The chief thanked the medics, who were born in Leeds and "
                 "raised on farms, for their calm.",
                 "the medics, who were born in Leeds and raised on farms, for "
                 "their calm",
                 WS_REPORTED, "thanked", "The chief");
    /* no complement after the relative clause: the object ends before it */
    expect_exact("The union praised the medics, who worked double shifts.",
                 "the medics", WS_REPORTED, "praised", "The union");
    expect_none_en("The pilot was born in Leeds and raised in a port.");
}

/* "a memo from the auditor that says ...", "a notice Monday that said
 * ...": a document noun before a short "from"/"on"/"in" phrase or a time
 * word, then a relative "that" and a speech verb: the document speaks
 * (the phrase or the time word stood between and no source was found). */
static void
test_en_document_with_adjunct_that_says(void)
{
    expect_exact("The council released a memo from the auditor that says "
                 "the depot lost money.",
                 "the depot lost money", WS_INDIRECT, "says", "a memo");
    expect_exact("The league put out a statement Monday that said the final "
                 "would move to May.",
                 "the final would move to May", WS_INDIRECT, "said",
                 "a statement");
}

/* "yelled that the gate was open": a verb of loud speech speaks only
 * next to a quotation, so its "that" clause was lost; "that" right after
 * it and before a clause's subject makes it a cue ("yelled that word"
 * does not). */
static void
test_en_loud_speech_verb_that_clause(void)
{
    expect_exact("A driver shouted that the brakes had failed.",
                 "the brakes had failed", WS_INDIRECT, "shouted", "A driver");
    expect_exact("The fans chanted that the owner must sell the club.",
                 "the owner must sell the club", WS_INDIRECT, "chanted",
                 "The fans");
    expect_none_en("The toddler yelled that word all morning.");
    expect_none_en("The crowd chanted for an hour outside the gates.");
}

/* "As the coach noted in a long talk to the squad on Sunday, ...": the
 * "as" clause's phrase after the verb ran past eight tokens, so the
 * clause was no source and the phrase was taken for the content. */
static void
test_en_as_source_with_long_phrase(void)
{
    expect_exact("As the coach noted in a long talk to the squad on Sunday, "
                 "the season is not over.",
                 "the season is not over", WS_INDIRECT, "noted", "the coach");
    expect_exact("As one reader pointed out with a side-by-side chart, the "
                 "two maps do not match.",
                 "the two maps do not match", WS_INDIRECT, "pointed out",
                 "one reader");
}

/* "... would name Ada Lund (D-Ore.), a former judge and envoy who ...":
 * two nouns joined by "and" inside the apposition after a name made it
 * look like a new clause, so the apposition stayed in the content. */
static void
test_en_name_apposition_with_noun_pair(void)
{
    expect_exact("Aides say the governor would name Ada Lund, a former judge "
                 "and envoy who can raise money in the north.",
                 "the governor would name Ada Lund", WS_INDIRECT, "say",
                 "Aides");
    /* a clause after "and" still ends no apposition */
    expect_exact("Aides say the governor would name Ada Lund, a former judge "
                 "and she would accept.",
                 "the governor would name Ada Lund, a former judge and she "
                 "would accept",
                 WS_INDIRECT, "say", "Aides");
}

/* "agreed to unlock the grant so the ferries could sail again": a
 * "so" clause with a subject and a modal after an infinitive content is
 * the writer's reason for the act; the content ran on into it.  "so
 * that" was also taken for the verb's complementizer, which made the
 * purpose clause a statement of its own.  "so" before an adjective
 * stays in the content. */
static void
test_en_to_clause_ends_before_so_clause(void)
{
    expect_exact("The council agreed to unlock the grant so the ferries "
                 "could sail again.",
                 "to unlock the grant", WS_INDIRECT, "agreed", "The council");
    expect_exact("The council agreed to unlock the grant so that the "
                 "ferries can sail again.",
                 "to unlock the grant", WS_INDIRECT, "agreed", "The council");
    expect_no_act("The council agreed to unlock the grant so that the "
                  "ferries can sail again.",
                  "ferries can sail");
    expect_exact("The mayor promised to make the exam so hard that nobody "
                 "could cheat.",
                 "to make the exam so hard that nobody could cheat",
                 WS_INDIRECT, "promised", "The mayor");
}

/* "pledged to repay the loan before the deadline": a time phrase after
 * "before", "after" or "until" bounds the promised act and belongs to
 * the infinitive content; it was cut off like the time of a reported
 * act.  A clause with a verb of its own after it is still cut. */
static void
test_en_to_clause_keeps_time_phrase(void)
{
    expect_exact("The treasurer pledged to repay the loan before the "
                 "deadline.",
                 "to repay the loan before the deadline", WS_INDIRECT,
                 "pledged", "The treasurer");
    expect_exact("The treasurer pledged to repay the loan after the court "
                 "ruled on it.",
                 "to repay the loan", WS_INDIRECT, "pledged", "The treasurer");
}

/* "vowed to build a new dam, which would flood the valley": a relative
 * clause in the conditional or the future describes what was planned
 * and stays in the infinitive content; the comma ended it.  A relative
 * clause of fact is the writer's gloss, and after a reported act's
 * object the comma still ends the content. */
static void
test_en_to_clause_keeps_planned_relative(void)
{
    expect_exact("The utility vowed to build a new dam, which would flood "
                 "the valley.",
                 "to build a new dam, which would flood the valley",
                 WS_INDIRECT, "vowed", "The utility");
    expect_exact("The utility vowed to scrap the levy, which funds the "
                 "parks.",
                 "to scrap the levy", WS_INDIRECT, "vowed", "The utility");
    expect_exact("The ministry condemned the raid, which would hurt trade.",
                 "the raid", WS_REPORTED, "condemned", "The ministry");
}

/* "refused to hand over the files or say why they were missing": a
 * second infinitive that is a verb of speech with a clause of its own
 * gives a statement of its own; the refused act's content ran on over
 * it, which also hid the second statement. */
static void
test_en_to_clause_ends_before_coordinated_speech_verb(void)
{
    expect_exact("The minister refused to hand over the files or say why "
                 "they were missing.",
                 "to hand over the files", WS_INDIRECT, "refused",
                 "The minister");
    expect_exact("The agency refuses to meet the envoy or explain how the "
                 "money vanished.",
                 "how the money vanished", WS_INDIRECT, "explain",
                 "The agency");
    /* a speech verb with a plain object stays in the content */
    expect_exact("The club promised to repaint the stands and announce the "
                 "new kit.",
                 "to repaint the stands and announce the new kit", WS_INDIRECT,
                 "promised", "The club");
}

/* A transcript printed as one long quotation opens every paragraph with
 * a mark: the mark before a later label was paired as a closing one and
 * hid the label, a turn opening on "And" was taken for a second verb
 * after the colon, and a turn ended with its first paragraph. */
static void
test_en_transcript_turn_over_quoted_paragraphs(void)
{
    static const char text[] =
        "Rita Harlow spoke with the host Dan Okafor about the farm "
        "budget.\n\n"
        "\"OKAFOR: Why should voters trust you on spending?\n\n"
        "\"HARLOW: Well, we cut waste in three agencies last year.\n\n"
        "\"And our farmers need that bridge money. I think voters see "
        "it.\n\n"
        "\"(LAUGHTER.)\n\n"
        "\"OKAFOR: Senator, one more question for you.\n\n"
        "\"HARLOW: And that is why the bill will pass this fall.\"";
    expect_exact(text,
                 "Well, we cut waste in three agencies last year.\n\n"
                 "\"And our farmers need that bridge money. I think voters "
                 "see it.",
                 WS_INDIRECT, ":", "HARLOW");
    expect_exact(text, "Senator, one more question for you.", WS_INDIRECT, ":",
                 "OKAFOR");
    expect_exact(text, "And that is why the bill will pass this fall.",
                 WS_INDIRECT, ":", "HARLOW");
    /* a label whose mark closes in its paragraph is no long quotation:
     * the quote in the next paragraph stays a statement of its own */
    expect_exact("Mayor Lena Brandt answered the council on Tuesday.\n\n"
                 "\"BRANDT: The ferry will keep running,\" she wrote.\n\n"
                 "\"We have the money for two more years,\" the harbor "
                 "master Tom Ruiz added.",
                 "We have the money for two more years,", WS_DIRECT, "added",
                 "Tom Ruiz");
}

/* "the pier was dubbed the pride of the town": a passive naming verb
 * with no agent names no source; the statement is a reported act with
 * the subject and the predicate as its content, the predicate ending as
 * an act's object does (before a time phrase).  With a "by" agent the
 * agent is the source, as before. */
static void
test_en_passive_naming_without_agent_has_no_source(void)
{
    expect_exact("The new pier was dubbed the pride of the town.",
                 "The new pier | the pride of the town", WS_REPORTED,
                 "was dubbed", NULL);
    expect_exact("The new pier was also dubbed the pride of the town.",
                 "The new pier | the pride of the town", WS_REPORTED,
                 "was also dubbed", NULL);
    expect_exact("The levy was branded a failure on Monday.",
                 "The levy | a failure", WS_REPORTED, "was branded", NULL);
    expect_exact("The levy was branded a failure by critics.",
                 "The levy | a failure", WS_REPORTED, "branded", "critics");
}

/* "the pier was also called a landmark": an adverb between the form of
 * "be" and the participle hid the passive, and its subject was taken
 * for the source of an act */
static void
test_en_adverb_inside_passive_subject_no_source(void)
{
    expect_no_en_cue("The old pier was also called a landmark.", "called");
    expect_no_en_cue("The old pier was not called a landmark.", "called");
    /* the active verb after "also" keeps its subject */
    expect_exact("The mayor also slammed the plan.", "the plan", WS_REPORTED,
                 "slammed", "The mayor");
}

/* "a coalition led by A and backed by B": a participle right before a
 * "by" agent, after "and", was read as an active verb whose subject was
 * the source and whose "by" phrase was what it backed; "by" and a
 * gerund with its object is a manner and keeps the active verb. */
static void
test_en_coordinated_participle_before_by_is_passive(void)
{
    expect_no_en_cue("A coalition led by Spain and backed by France failed.",
                     "backed");
    expect_no_en_cue("The fund, run by farmers and backed by striking "
                     "workers, closed.",
                     "backed");
    expect_exact("She protested by walking out of the talks.",
                 "by walking out of the talks", WS_REPORTED, "protested",
                 "She");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_indirect: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_subject_word_before_quote_is_mixed();
    test_en_that_after_long_addressee_or_adjunct();
    test_en_comma_after_that_not_content();
    test_en_addressee_not_content();
    test_en_relative_pronoun_subject_of_content();
    test_en_extracted_wh_word_opens_content();
    test_en_charges_heard_shown_clause();
    test_en_add_with_plain_object_not_speech();
    test_en_quantifier_alone_after_opening_phrase();
    test_en_participle_after_trailing_attribution();
    test_en_quote_then_that_clause_runs_on_mixed();
    test_en_adverbial_clause_after_cue_not_content();
    test_en_apposition_after_name_ends_content();
    test_en_opening_according_to_source_runs_to_comma();
    test_en_clause_without_that_after_act_verb();
    test_en_but_bare_plural_subject_ends_content();
    test_en_claim_noun_copula_that();
    test_en_fronted_phrase_then_act_clause_in_content();
    test_en_as_source_clause();
    test_en_past_verb_after_present_cue_stays_in_content();
    test_en_parenthetical_cue_after_cue_noun();
    test_en_relative_clause_end_closes_content();
    test_en_subordinator_not_in_speaker();
    test_en_discover_verb_clause_only();
    test_en_new_speech_clause_after_closing_quote();
    test_en_impersonal_evident_clause();
    test_en_held_noun_clause_without_source();
    test_en_free_relative_cue_content_ends();
    test_en_parenthetical_cue_with_adjunct();
    test_en_document_that_says();
    test_en_certainty_adjective_without_that();
    test_en_quantifier_subject();
    test_en_cue_between_quote_parts_keeps_quote_whole();
    test_en_quote_after_trailing_attribution_joins_it();
    test_en_title_in_attribution_not_next_part();
    test_en_attribution_after_exclamation_quote();
    test_en_comparative_as_keeps_content();
    test_en_plural_document_noun_subject_at_sentence_start();
    test_en_cue_noun_after_possessive_before_quote();
    test_en_trailing_attribution_with_party_parenthesis();
    test_en_tell_the_truth_or_a_story_no_statement();
    test_en_lone_question_word_or_preposition_no_content();
    test_en_told_bare_addressee_and_time_no_content();
    test_en_plural_subject_before_clause();
    test_en_bare_day_after_act_object();
    test_en_relative_aside_then_complement_in_object();
    test_en_document_with_adjunct_that_says();
    test_en_loud_speech_verb_that_clause();
    test_en_as_source_with_long_phrase();
    test_en_name_apposition_with_noun_pair();
    test_en_to_clause_ends_before_so_clause();
    test_en_to_clause_keeps_time_phrase();
    test_en_to_clause_keeps_planned_relative();
    test_en_to_clause_ends_before_coordinated_speech_verb();
    test_en_transcript_turn_over_quoted_paragraphs();
    test_en_passive_naming_without_agent_has_no_source();
    test_en_adverb_inside_passive_subject_no_source();
    test_en_coordinated_participle_before_by_is_passive();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
