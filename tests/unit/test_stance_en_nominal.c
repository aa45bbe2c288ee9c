/*
 * test_stance_en_nominal.c - English reported acts named by a noun or
 * made in frames the verb rules did not reach (issue 9, session 16):
 * "the mayor's criticism of the budget", "their support for the strike".
 * Each test is named after what was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* The speaker's resolved name of the statement whose content is exactly
 * `content` in text must contain `name`. */
static void
expect_name(const char *text, const char *content, const char *name)
{
    ws_doc *d = run("en", text);
    if (d == NULL)
        return;
    ws_statement *hit = NULL;
    for (int32_t i = 0; i < d->statements.n && !hit; i++)
        if (d->statements.v[i].ncontent == 1 &&
            strcmp(span(d, d->statements.v[i].content[0]), content) == 0)
            hit = &d->statements.v[i];
    CHECK(hit != NULL, "%s: no statement \"%s\"", text, content);
    if (hit)
        CHECK(hit->speaker_name && strstr(hit->speaker_name, name),
              "\"%s\": speaker name \"%s\", want \"%s\"", content,
              hit->speaker_name ? hit->speaker_name : "(none)", name);
    ws_doc_free(d);
}

/* "the mayor's criticism of the budget", "their support for the strike":
 * a noun of a speech or stance act after a possessive naming its source
 * was no cue, so the act was missed. */
static void
test_en_possessive_act_noun(void)
{
    expect_exact("After the vote came the minister's praise of the grain "
                 "deal.",
                 "the grain deal", WS_REPORTED, "praise of", "the minister's");
    expect_exact("Voters soon heard the senator's long-standing doubts about "
                 "the canal treaty.",
                 "the canal treaty", WS_REPORTED, "doubts about",
                 "the senator's");
    expect_exact("The dockers' disdain for the harbour board is no secret.",
                 "the harbour board", WS_REPORTED, "disdain for",
                 "The dockers'");
    expect_exact("Her support for the northern rail link cost her votes.",
                 "the northern rail link", WS_REPORTED, "support for", "Her");
    expect_exact("Despite her sharp criticism of the tram contract, Ms. Odell "
                 "voted yes.",
                 "the tram contract", WS_REPORTED, "criticism of", "her");
    expect_exact("Kessler's comments Monday on the ferry strike angered the "
                 "crews.",
                 "the ferry strike", WS_REPORTED, "comments Monday on",
                 "Kessler's");
}

/* "his criticism of ..." with a possessive pronoun: the pronoun's person,
 * not an unnamed speaker */
static void
test_en_possessive_act_noun_pronoun_resolved(void)
{
    expect_name("Governor Lena Brandt spoke in Dayton. She renewed her "
                "attacks on the water utility.",
                "the water utility", "Lena Brandt");
}

/* a thing's possessive, a time after the preposition, a contraction or a
 * question make no act */
static void
test_en_possessive_act_noun_no_act(void)
{
    expect_no_act("The bill's support for small farms is modest.",
                  "small farms");
    expect_no_act("His remarks on Friday drew little notice.", "Friday");
    expect_no_act("Her questions about whether the dam holds went "
                  "unanswered.",
                  "the dam holds");
}

/* "who's called for ...", "she's urged ...": a pronoun with its auxiliary
 * glued on was no pronoun, so the relative clause's act was missed and
 * the contracted subject named no one */
static void
test_en_act_after_contracted_pronoun(void)
{
    expect_exact("The harbour master, who\xe2\x80\x99s called for longer "
                 "pilot shifts, met the crews.",
                 "longer pilot shifts", WS_REPORTED, "called for",
                 "The harbour master");
    expect_name("Councillor Ida Ferro toured the depot. She's urged calm "
                "among the drivers.",
                "calm among the drivers", "Ida Ferro");
}

/* the quick test before the possessive look-up (en_poss_maybe) and
 * before the contracted-pronoun look-up lets through every spelling of
 * the apostrophe: a typographic one in "'s", in a plural's "'", and in
 * "they've" */
static void
test_en_possessive_act_noun_typographic_apostrophe(void)
{
    expect_exact("Nobody expected the minister\xe2\x80\x99s praise of the "
                 "new ledger.",
                 "the new ledger", WS_REPORTED, "praise of",
                 "the minister\xe2\x80\x99s");
    expect_exact("The pilots\xe2\x80\x99 disdain for the night schedule "
                 "is plain.",
                 "the night schedule", WS_REPORTED, "disdain for",
                 "The pilots\xe2\x80\x99");
    expect_exact("ITS support for the bus lanes surprised the shops.",
                 "the bus lanes", WS_REPORTED, "support for", "ITS");
    expect_name("Councillor Ida Ferro toured the depot. She\xe2\x80\x99s "
                "urged calm among the drivers.",
                "calm among the drivers", "Ida Ferro");
}

/* "wondering about X, the storm has ...": a comma, a new subject and an
 * auxiliary open a clause that is no part of the act's object */
static void
test_en_act_object_ends_before_new_clause_after_comma(void)
{
    expect_exact("Just as the flood had farmers wondering about the levee, "
                 "the drought has ranchers selling cattle.",
                 "the levee", WS_REPORTED, "wondering", "farmers");
    expect_exact("While the leak had residents asking about the pipes, "
                 "Mayor Tull's silence has neighbours fuming.",
                 "the pipes", WS_REPORTED, "asking", "residents");
}

/* "The cost of the bridge was criticized by ...": a passive subject that
 * is the object of "of" was cut at "of", which stopped the rule; an
 * adverb or time phrase before "by" hid the agent */
static void
test_en_passive_subject_with_of_and_adjunct_before_by(void)
{
    expect_exact("The cost of the new footbridge was criticized by the "
                 "harbour board.",
                 "The cost of the new footbridge", WS_REPORTED, "criticized by",
                 "the harbour board");
    expect_exact("The closure of the quarry was condemned on Monday by the "
                 "stonecutters union.",
                 "The closure of the quarry", WS_REPORTED,
                 "condemned on Monday by", "the stonecutters union");
    expect_exact("The toll was denounced sharply by the ferry pilots.",
                 "The toll", WS_REPORTED, "denounced sharply by",
                 "the ferry pilots");
}

/* "..., attacking the council": an -ing participle after a comma takes
 * no subject after it; the noun phrase is its object, the main clause's
 * subject the source */
static void
test_en_participle_after_comma_no_inverted_subject(void)
{
    expect_exact("The harbour master spoke on Friday, attacking the "
                 "council's dredging budget.",
                 "the council's dredging budget", WS_REPORTED, "attacking",
                 "The harbour master");
    expect_exact("Ms. Varga toured the mill, blasting the regional council.",
                 "the regional council", WS_REPORTED, "blasting", "Varga");
}

/* "defended the plan while dismissing the critics", "met in Rome before
 * condemning the strike": an -ing act after a subordinator is the main
 * clause subject's, also after an act verb of its own (not after a verb
 * of speech, whose clause may hold it) */
static void
test_en_participle_act_after_subordinator(void)
{
    expect_exact("The warden backed the curfew while dismissing the "
                 "fishermen's petition.",
                 "the fishermen's petition", WS_REPORTED, "dismissing",
                 "The warden");
    expect_exact("The guild gathered in Lyon before condemning the levy on "
                 "looms.",
                 "the levy on looms", WS_REPORTED, "condemning", "The guild");
    expect_no_en_cue("Pike said the county erred while trimming the school "
                     "budget.",
                     "trimming");
}

/* "has spoken about ...", "had spoken out against ...": the perfect forms
 * of "speak" with its prepositions were missing from the family */
static void
test_en_speak_family_perfect_forms(void)
{
    expect_exact("The abbess has spoken about the flooded crypt.",
                 "the flooded crypt", WS_REPORTED, "spoken about",
                 "The abbess");
    expect_exact("Mr. Oduya had spoken out against the quarry lease.",
                 "the quarry lease", WS_REPORTED, "spoken out against",
                 "Oduya");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_nominal: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_possessive_act_noun();
    test_en_possessive_act_noun_pronoun_resolved();
    test_en_possessive_act_noun_no_act();
    test_en_act_after_contracted_pronoun();
    test_en_possessive_act_noun_typographic_apostrophe();
    test_en_act_object_ends_before_new_clause_after_comma();
    test_en_passive_subject_with_of_and_adjunct_before_by();
    test_en_participle_after_comma_no_inverted_subject();
    test_en_participle_act_after_subordinator();
    test_en_speak_family_perfect_forms();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
