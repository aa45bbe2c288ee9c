/*
 * test_stance_en_indirect23.c - English indirect statements of session 23
 * (issue 9, seventh round): cue families that were missed entirely.  Each
 * test is named after what was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "The coach praised the fans and seemed to believe his side was weary": a
 * verb of belief after a raising or aspect verb ("seemed to", "appeared to")
 * joined to the clause by "and" is a statement of the clause's subject; the
 * finite verb is the raising verb, not the bare form after "to" (a bare verb
 * after "and" is a modal's second verb and was dropped as one). */
static void
test_en_coordinated_raising_verb_before_belief(void)
{
    expect_exact("The coach praised the fans and seemed to believe his side "
                 "was weary.",
                 "his side was weary", WS_INDIRECT, "believe", "The coach");
    expect_exact("The nurse thanked the donors and appeared to believe the "
                 "ward needed more staff.",
                 "the ward needed more staff", WS_INDIRECT, "believe",
                 "The nurse");
    /* a modal's second verb stays none */
    expect_no_en_cue("The board would delay the vote and try to argue the "
                     "rules were unclear.",
                     "argue");
}

/* "Thinking the deal was dead, she left": the forms of verbs of knowing,
 * thinking, sensing, supposing and foreseeing that were missing from the
 * lexicon ("knowing", "thinking", "feeling", "sensed", "presume",
 * "envisioned", "foresaw", "figured") report a view before a content
 * clause; as nouns or before a plain object they are no cue, also at the
 * start of a sentence ("Noticing the crowd, he waved" had made a statement
 * of "the crowd"). */
static void
test_en_cognition_verb_forms_before_clause(void)
{
    expect_exact("Tenants have no means of knowing whether the rent will rise.",
                 "whether the rent will rise", WS_INDIRECT, "knowing", NULL);
    expect_exact("Thinking the merger was dead, he left the bank.",
                 "the merger was dead", WS_INDIRECT, "Thinking", "he");
    expect_exact("The pilot sensed the weather had turned.",
                 "the weather had turned", WS_INDIRECT, "sensed", "The pilot");
    expect_exact("We presume the judge will rule by Friday.",
                 "the judge will rule by Friday", WS_INDIRECT, "presume", "We");
    expect_exact("Few engineers envisioned that the dam would crack.",
                 "the dam would crack", WS_INDIRECT, "envisioned",
                 "Few engineers");
    expect_exact("The treasurer figured the levy would pass easily.",
                 "the levy would pass easily", WS_INDIRECT, "figured",
                 "The treasurer");
    expect_no_en_cue("His thinking on trade has shifted.", "thinking");
    expect_no_en_cue("The feeling of relief was plain.", "feeling");
    /* a fronted participle of knowing before a plain object */
    expect_no_en_cue("Knowing him well, she trusted the plan.", "Knowing");
    expect_no_en_cue("Noticing the crowd, he waved.", "Noticing");
}

/* "The levy faces a vote when critics argue the council should drop it": a
 * bare plural right after a subordinator is the subject of the clause the
 * subordinator opens, not a phrase running back over the main clause ("The
 * levy faces a vote when critics" had been the speaker). */
static void
test_en_bare_plural_after_subordinator_is_subject(void)
{
    expect_speaker("The levy faces a vote when critics argue the council "
                   "should drop it.",
                   "argue", "critics", NULL);
    expect_speaker("The mill closed because owners feared the debt would "
                   "grow.",
                   "feared", "owners", NULL);
}

/* "Aides persuaded the senator to stay in the race": verbs of
 * persuading (persuade, convince, coax, cajole) report what their object
 * was brought to do: the content is the infinitive after the object, an
 * indirect statement; with a plain object and no infinitive they report no
 * words. */
static void
test_en_persuading_verbs_report_the_infinitive(void)
{
    expect_exact("Aides persuaded the senator to stay in the race.",
                 "to stay in the race", WS_INDIRECT, "persuaded", "Aides");
    expect_exact("The coach tried to convince the striker to sign a new "
                 "deal.",
                 "to sign a new deal", WS_INDIRECT, "convince", "The coach");
    expect_exact("Neighbours cajoled the owner of the mill to reopen it.",
                 "to reopen it", WS_INDIRECT, "cajoled", "Neighbours");
    expect_exact("The owners were persuaded that the stadium would pay off.",
                 "the stadium would pay off", WS_INDIRECT, "persuaded that",
                 "The owners");
    expect_no_en_cue("Nothing will convince me.", "convince");
    expect_no_en_cue("They coaxed the cat to the door.", "coaxed");
}

/* "The envoy set about persuading the rebels to disarm": "set about" and
 * "went about" before an -ing cue are aspect verbs like "began"; the cue
 * after the preposition is a verb, not a gerund object, and its subject
 * stands before the phrase. */
static void
test_en_set_about_before_ing_cue(void)
{
    expect_exact("The envoy set about persuading the rebels to disarm.",
                 "to disarm", WS_INDIRECT, "persuading", "The envoy");
    expect_exact("The chair went about arguing that the fee was unfair.",
                 "the fee was unfair", WS_INDIRECT, "arguing", "The chair");
    expect_none_en("The crew set about fixing the roof.");
}

/* "By Smith's own account, the talks had stalled": "own admission" and "own
 * account" after a possessive and before a comma name the source of the
 * clause, like "according to"; the preposition before the possessive is no
 * part of the source or of the content.  Without the comma they are plain
 * nouns. */
static void
test_en_own_admission_names_source(void)
{
    expect_exact("By the coach's own admission, the squad was unfit.",
                 "the squad was unfit", WS_INDIRECT, "own admission",
                 "the coach's");
    expect_exact("The talks, by Smith's own account, had stalled.",
                 "The talks | had stalled", WS_INDIRECT, "own account",
                 "Smith");
    expect_exact("By her own admission, the budget was late.",
                 "the budget was late", WS_INDIRECT, "By her own admission",
                 NULL);
    expect_none_en("Smith's own account of the crash differs from the "
                   "police report.");
    expect_none_en("She paid the bill from her own account.");
}

/* "The talks yielded an accord to reopen the border": a noun of an
 * agreement before "to" and a verb reports what the parties agreed on, an
 * indirect statement with no named source, or with the subject of the past
 * verb whose object it is ("they reached a pact to ..."); after a possessive
 * it is left to the possessive passes, and before a plain "to" phrase it is
 * none. */
static void
test_en_agreement_noun_before_infinitive(void)
{
    expect_exact("The talks yielded one result: an accord to reopen the "
                 "border.",
                 "to reopen the border", WS_INDIRECT, "accord", NULL);
    expect_exact("After a long night the unions reached a pact to end the "
                 "strike.",
                 "to end the strike", WS_INDIRECT, "pact", "unions");
    expect_no_en_cue("Their agreement to sell the land angered farmers.",
                     "agreement");
    expect_no_en_cue("The agreement to the terms was quick.", "agreement");
}

/* "The rivals sparred over whether the tax was fair": verbs of disputing
 * (spar, clash, quarrel, bicker, wrangle, feud, squabble) with "over" or
 * "about" report the question in dispute when a content clause follows;
 * with a plain object they are no cue. */
static void
test_en_disputing_verbs_before_clause(void)
{
    expect_exact("The rivals sparred over whether the toll was fair.",
                 "whether the toll was fair", WS_INDIRECT, "sparred over",
                 "The rivals");
    expect_exact("Aides bickered about who would speak first.",
                 "who would speak first", WS_INDIRECT, "bickered about",
                 "Aides");
    expect_none_en("The clans feuded over land for years.");
    expect_none_en("The rivals sparred over the budget.");
}

/* "I am convinced that the ferry will stop": "am" is a form of "be" like
 * "is" and "was" and stands between the speaker and an adjective of belief
 * ("convinced that", "persuaded that", "certain that") without being part of
 * the speaker ("I am" had been the speaker span). */
static void
test_en_am_before_adjective_of_belief(void)
{
    expect_speaker("I am convinced that the ferry will stop in May.",
                   "convinced that", "I", NULL);
    expect_speaker("Frankly, I am persuaded that the museum needs a new "
                   "roof.",
                   "persuaded that", "I", NULL);
    expect_speaker("We were convinced that the bridge was safe.",
                   "convinced that", "We", NULL);
}

/* "Saying the count was flawed, the clerk walked out": after an opening
 * participle clause the subject of the main clause is a full noun phrase
 * whose verb ("walked", "went") or whose end of sentence ("the crews
 * fled.") had been read into the phrase; the content ends at the comma and
 * the speaker is the phrase before the verb. */
static void
test_en_lead_participle_before_noun_subject(void)
{
    expect_exact("Saying the count was flawed, the clerk walked out.",
                 "the count was flawed", WS_INDIRECT, "Saying", "the clerk");
    expect_exact("Thinking the storm had passed, the fishermen went back "
                 "to sea.",
                 "the storm had passed", WS_INDIRECT, "Thinking",
                 "the fishermen");
    expect_exact("Fearing the levee would give way, the farmers fled.",
                 "the levee would give way", WS_REPORTED, "Fearing",
                 "the farmers");
    /* a participle after a determiner is a modifier of the subject */
    expect_speaker("Arguing the law was void, the elected council sued.",
                   "Arguing", "the elected council", NULL);
}

/* "Aides persuaded the mayor, after a long night of talks, to drop the
 * fee": an aside opened by a preposition or subordinator between the object
 * of a verb of persuading and its infinitive had ended the object, and no
 * statement was made; the infinitive after the aside is the content. */
static void
test_en_persuading_verb_aside_before_infinitive(void)
{
    expect_exact("Aides persuaded the mayor, after a long night of talks, "
                 "to drop the fee.",
                 "to drop the fee", WS_INDIRECT, "persuaded", "Aides");
    expect_exact("The union cajoled the owners, in a short letter to "
                 "staff, to reopen the plant.",
                 "to reopen the plant", WS_INDIRECT, "cajoled", "The union");
    expect_exact("Doctors coaxed the minister after months of pressure to "
                 "fund the clinic.",
                 "to fund the clinic", WS_INDIRECT, "coaxed", "Doctors");
    /* a clause of its own after the aside: not the object's infinitive */
    expect_no_en_cue("Aides persuaded the mayor, after talks, and the board "
                     "agreed to drop it.",
                     "persuaded");
}

/* "There was broad agreement that the levy should go": the modals
 * "should", "must" and "shall" are auxiliaries like "will" and
 * "would"; a noun phrase read from the clause's subject had run on over
 * them ("the levy should go"), the clause was found to have no verb, and a
 * noun of a view held by many ("agreement", "consensus") made no statement
 * (which has no named source). */
static void
test_en_modal_after_clause_subject(void)
{
    expect_exact("There was broad agreement that the levy should go soon.",
                 "the levy should go soon", WS_INDIRECT, "agreement", NULL);
    expect_exact("There is a consensus that the council must act.",
                 "the council must act", WS_INDIRECT, "consensus", NULL);
    expect_exact("Fans share the belief that the club should win the cup.",
                 "the club should win the cup", WS_INDIRECT, "belief", NULL);
}

/* "The union convinced the owners to reopen the mill": "convinced" is an
 * adjective of certainty after a copula ("they were convinced ...") and a
 * verb of persuading before an object and its infinitive, as "persuaded"
 * is; "convincing" too.  The adjective entry had held the verb back. */
static void
test_en_convince_object_infinitive(void)
{
    expect_exact("The union convinced the owners to reopen the mill.",
                 "to reopen the mill", WS_INDIRECT, "convinced", "The union");
    expect_exact("Our pastor is convincing the town to build a shelter.",
                 "to build a shelter", WS_INDIRECT, "convincing", "Our pastor");
    /* the adjective after a copula is unchanged */
    expect_exact("They were convinced the mill would reopen.",
                 "the mill would reopen", WS_INDIRECT, "convinced", "They");
    /* no infinitive: no words reported */
    expect_no_en_cue("The union convinced the owners of the risk.",
                     "convinced");
}

/* "..., after weeks of talks." closing the sentence tells when the words
 * fell; the content ends at its comma */
static void
test_en_closing_time_phrase_ends_content(void)
{
    expect_exact("Among the farmers there was wide agreement that the "
                 "quota should go, after a month of rallies.",
                 "the quota should go", WS_INDIRECT, "agreement", NULL);
    expect_exact("The board said its chief would resign, amid a row over "
                 "bonuses.",
                 "its chief would resign", WS_INDIRECT, "said", "The board");
}

/* "Fearing a rout, the newly elected mayor walked out": an -ly adverb
 * after the determiner of the main clause's subject had ended the noun
 * phrase at the determiner, and no speaker was found */
static void
test_en_lead_participle_ly_adverb_in_subject(void)
{
    expect_exact("Fearing a rout, the newly elected mayor walked out of "
                 "the hall.",
                 "a rout", WS_REPORTED, "Fearing", "the newly elected mayor");
    expect_speaker("Citing the drought, the newly chosen chairman resigned "
                   "on Monday.",
                   "Citing", "the newly chosen chairman", NULL);
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_indirect23: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_coordinated_raising_verb_before_belief();
    test_en_cognition_verb_forms_before_clause();
    test_en_bare_plural_after_subordinator_is_subject();
    test_en_persuading_verbs_report_the_infinitive();
    test_en_set_about_before_ing_cue();
    test_en_own_admission_names_source();
    test_en_agreement_noun_before_infinitive();
    test_en_disputing_verbs_before_clause();
    test_en_am_before_adjective_of_belief();
    test_en_lead_participle_before_noun_subject();
    test_en_persuading_verb_aside_before_infinitive();
    test_en_modal_after_clause_subject();
    test_en_convince_object_infinitive();
    test_en_closing_time_phrase_ends_content();
    test_en_lead_participle_ly_adverb_in_subject();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
