/*
 * test_stance_en_reported23.c - English reported acts (issue 9, session
 * 23).  Each test is named after what was missed, on short invented
 * sentences.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "praised X and thanked the union.": the second act of a coordinated
 * pair, with an object that names someone as the last words, was
 * read as an inverted attribution ("..., said the union") and lost. */
static void
test_en_coordinated_act_object_not_inverted_subject(void)
{
    const char *t = "The harbour master praised the pilots and thanked the "
                    "dockers' union.";
    expect_exact(t, "the pilots", WS_REPORTED, "praised", "harbour master");
    expect_exact(t, "the dockers' union", WS_REPORTED, "thanked",
                 "harbour master");
    expect_exact("Governor Ruth Alder toured the flooded farms and later "
                 "blamed the water board.",
                 "the water board", WS_REPORTED, "blamed", "Ruth Alder");
}

/* "Tariffs imposed by the state ...": a plural noun opening the sentence,
 * capitalised there, before a participle and its "by" agent was taken for
 * the speaker, and the agent with the rest of the sentence for the
 * content. */
static void
test_en_sentence_initial_plural_before_participle_by(void)
{
    expect_exact("Tariffs imposed by the state hurt the orchard growers.",
                 "Tariffs", WS_REPORTED, "imposed by", "the state");
    expect_exact("Curfews proposed by the council would end at dawn.",
                 "Curfews", WS_REPORTED, "proposed by", "the council");
}

/* "The senator, backed by the union, said ...": the verb after a passive
 * participle aside with its "by" agent took the agent for its speaker
 * (and an act verb there was lost) instead of the noun phrase before the
 * aside. */
static void
test_en_participle_by_aside_not_speaker(void)
{
    const char *t = "The port director, backed by the pilots' guild, said "
                    "the quay is unsafe.";
    expect_exact(t, "the quay is unsafe", WS_INDIRECT, "said",
                 "The port director");
    expect_exact(t, "The port director", WS_REPORTED, "backed", "guild");
    expect_exact("Councillor Ida Marsh, cheered by the tenants, denounced "
                 "the rent rise.",
                 "the rent rise", WS_REPORTED, "denounced", "Ida Marsh");
}

/* "The plan was branded a mistake by the union": a subject whose last
 * noun is also a cue word ("plan", "report") left the passive naming verb
 * without a subject, and the act was lost. */
static void
test_en_passive_naming_cue_noun_subject(void)
{
    expect_exact("The ferry plan was branded a folly by the harbour guild.",
                 "The ferry plan | a folly", WS_REPORTED, "branded",
                 "harbour guild");
    expect_exact("Their report was called a whitewash by the tenants.",
                 "Their report | a whitewash", WS_REPORTED, "called",
                 "tenants");
}

/* "The levy was viewed as unfair by the growers": the "by" agent after a
 * judging verb's "as" predicate was left in the content, with no
 * speaker. */
static void
test_en_passive_judged_as_by_agent(void)
{
    expect_exact("The new toll was viewed as unfair by the ferry pilots.",
                 "The new toll | unfair", WS_REPORTED, "viewed",
                 "ferry pilots");
    expect_exact("The merger was described as a blunder by the dockers' "
                 "union.",
                 "The merger | a blunder", WS_REPORTED, "described", "union");
}

/* "The claims were rated as false": verbs of rating and portraying in the
 * passive with "as" are judgements like "viewed as" (an assessment with no
 * named holder, en_passive_judgement_pass, or the agent's act); they had
 * made no statement, and with a "by" agent left it in the content. */
static void
test_en_passive_rated_as(void)
{
    expect_exact("Most of the ferry claims were rated as false.",
                 "Most of the ferry claims | false", WS_INDIRECT, "were rated",
                 NULL);
    expect_exact("The levy was painted as reckless by the growers.",
                 "The levy | reckless", WS_REPORTED, "painted", "growers");
}

/* "The Daily Ledger, which unearthed a memo": an act verb listed "agent"
 * (a stance only of someone named) took no relative "which", even after
 * an organisation's name, and the act was lost. */
static void
test_en_agent_act_which_after_organisation(void)
{
    const char *t = "The leak came to light through The Daily Ledger, which "
                    "unearthed a memo from the harbour board.";
    expect_exact(t, "a memo from the harbour board", WS_REPORTED, "unearthed",
                 "which");
    expect_speaker(t, "unearthed", "which", "Daily Ledger");
}

/* "who only criticized ...", "the mayor even praised ...": the focus
 * adverbs "only" and "even" between the subject and the act verb blocked
 * the act or were taken into the speaker span. */
static void
test_en_focus_adverb_before_act(void)
{
    expect_exact("Ferry pilots who only criticized the new toll stayed home.",
                 "the new toll", WS_REPORTED, "criticized", "pilots");
    expect_exact("The harbour master only thanked the pilots.", "the pilots",
                 WS_REPORTED, "thanked", "harbour master");
    expect_speaker("The harbour master even praised the pilots.", "praised",
                   "The harbour master", NULL);
}

/* "praised the pilots, then thanked the guild": the first act's object ran
 * on over ", then" and the second act, which was lost. */
static void
test_en_comma_then_second_act(void)
{
    const char *t = "Governor Ruth Alder praised the pilots, then thanked the "
                    "harbour guild.";
    expect_exact(t, "the pilots", WS_REPORTED, "praised", "Ruth Alder");
    expect_exact(t, "the harbour guild", WS_REPORTED, "thanked", "Ruth Alder");
}

/* "criticism of the toll by the guild": a noun of judging with no
 * possessive took no source from the "by" phrase after its object; after
 * a noun of a report the "by" phrase stays the object's own. */
static void
test_en_judging_noun_of_by_source(void)
{
    expect_exact("The fierce criticism of the toll by Councillor Ida Marsh "
                 "surprised the port.",
                 "the toll", WS_REPORTED, "criticism of", "Ida Marsh");
    expect_speaker("The condemnation of the raid by the dockers' union was "
                   "swift.",
                   "condemnation of", "the dockers' union", NULL);
    expect_speaker("Reports of raids by the coast guard unsettled the port.",
                   "Reports of", "", NULL);
}

/* "The mayor, attacking the levy, left early", "A letter praising the
 * crews was read out": the object of a participle hanging on the subject
 * ran on over the main verb of the sentence. */
static void
test_en_participle_object_ends_before_main_verb(void)
{
    expect_exact("The harbour master, attacking the toll, walked out of the "
                 "hearing.",
                 "the toll", WS_REPORTED, "attacking", "harbour master");
    expect_exact("A letter praising the lifeboat crews was read out by the "
                 "mayor.",
                 "the lifeboat crews", WS_REPORTED, "praising", "A letter");
}

/* "The crowd included voters who ...": the speaker of the relative
 * clause's act ran back over the main verb to the sentence's subject;
 * it is the object the relative hangs on. */
static void
test_en_relative_act_speaker_after_main_verb(void)
{
    expect_speaker("The rally drew farmers who condemned the new toll.",
                   "condemned", "farmers", NULL);
    expect_speaker("The inquiry interviewed residents who blamed the ferry "
                   "board.",
                   "blamed", "residents", NULL);
}

/* "a $3 million fine imposed by the board": an amount between the
 * determiner and the noun stopped the search for what the act is about,
 * and the act was lost. */
static void
test_en_amount_inside_act_object_phrase(void)
{
    expect_exact("The ferry line paid a $3 million fine imposed by the "
                 "harbour board.",
                 "a $3 million fine", WS_REPORTED, "imposed by",
                 "harbour board");
    expect_exact("Growers fear the 25 percent tariff proposed by the trade "
                 "office.",
                 "the 25 percent tariff", WS_REPORTED, "proposed by",
                 "trade office");
}

/* "The lone critic of the toll, Ann Vale, said ...": a cue word as a noun
 * in the head of an apposition ("critic of", "the plan") broke the
 * apposition, and the words before the cue word were taken for the
 * speaker. */
static void
test_en_appos_head_with_cue_noun(void)
{
    expect_speaker("The only critic of the ferry plan, Councillor Ida Marsh, "
                   "said the fares were too high.",
                   "said",
                   "The only critic of the ferry plan, Councillor Ida "
                   "Marsh",
                   "Ida Marsh");
    expect_speaker("The loudest critic of the plan, Bo Dent, warned that the "
                   "quay would flood.",
                   "warned", "The loudest critic of the plan, Bo Dent",
                   "Bo Dent");
}

/* "The injured miners who blamed the owners stayed away": an -ed
 * modifier after the determiner of the subject ("injured", "retired")
 * was taken for a verb there, so the relative clause's act ran on past
 * the main verb. */
static void
test_en_relative_act_ed_modifier_subject(void)
{
    expect_exact("The injured miners who blamed the owners stayed away.",
                 "the owners", WS_REPORTED, "blamed", "injured miners");
    expect_exact("The tired farmers who condemned the tariff stayed home.",
                 "the tariff", WS_REPORTED, "condemned", "tired farmers");
}

/* "..., mocking the plan, and the hall laughed": the new clause's -ed
 * verb was read as the last word of its subject ("the hall laughed"), so
 * the act's object ran on into it. */
static void
test_en_object_ends_before_and_clause_ed_verb(void)
{
    expect_exact("Kim Ross left the stage, mocking the plan, and the hall "
                 "laughed.",
                 "the plan", WS_REPORTED, "mocking", "Kim Ross");
    expect_exact("Kim Ross rejected the offer, and the workers cheered.",
                 "the offer", WS_REPORTED, "rejected", "Kim Ross");
}

/* "Kim Ross, hailing the nurses, the porters and the cooks, thanked
 * them": the second act after an -ing participle aside (its object a
 * list with commas of its own) found no subject and was lost. */
static void
test_en_act_after_ing_aside_with_list(void)
{
    expect_exact("Kim Ross, hailing the nurses, the porters and the cooks, "
                 "thanked them.",
                 "them", WS_REPORTED, "thanked", "Kim Ross");
    expect_exact("Kim Ross, hailing the nurses, thanked them.", "them",
                 WS_REPORTED, "thanked", "Kim Ross");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_reported23: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_coordinated_act_object_not_inverted_subject();
    test_en_sentence_initial_plural_before_participle_by();
    test_en_participle_by_aside_not_speaker();
    test_en_passive_naming_cue_noun_subject();
    test_en_passive_judged_as_by_agent();
    test_en_passive_rated_as();
    test_en_agent_act_which_after_organisation();
    test_en_focus_adverb_before_act();
    test_en_comma_then_second_act();
    test_en_judging_noun_of_by_source();
    test_en_participle_object_ends_before_main_verb();
    test_en_relative_act_speaker_after_main_verb();
    test_en_amount_inside_act_object_phrase();
    test_en_appos_head_with_cue_noun();
    test_en_relative_act_ed_modifier_subject();
    test_en_object_ends_before_and_clause_ed_verb();
    test_en_act_after_ing_aside_with_list();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
