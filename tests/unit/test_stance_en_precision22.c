/*
 * test_stance_en_precision22.c - English statements (issue 9, session
 * 22): predictions with no statement in the gold, removed where English
 * grammar shows the cue word is no verb of saying or acting.  Short
 * invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* Bug: "the bitter attacks that have marked ..." and "the repair
 * projects, are ..." were acts ("attacks", "projects" as verbs of the
 * third person singular) with what followed as content: a verb agreeing
 * only with a plural subject after the -s form makes it a plural noun. */
static void
test_en_plural_noun_before_plural_verb(void)
{
    expect_no_en_cue("The mayor has stepped up the bitter attacks that have "
                     "marked his campaign.",
                     "attacks");
    expect_no_en_cue("Grants for the harbour, which pay for the repair "
                     "projects, are being reviewed this spring.",
                     "projects");
    expect_no_en_cue("Local farmers say the water plans were drawn up in "
                     "secret.",
                     "plans");
    /* the verb keeps its clause */
    expect_exact("The ministry projects that fuel costs will rise.",
                 "fuel costs will rise", WS_INDIRECT, "projects",
                 "The ministry");
    expect_exact("The council says that repairs are overdue.",
                 "repairs are overdue", WS_INDIRECT, "says", "The council");
}

/* Bug: "In a box labeled "next of kin," a clerk ..." made the box's
 * label a statement: the participle on a thing after a preposition was
 * no cue only when the preposition was in lower case, not when it
 * opened the sentence. */
static void
test_en_thing_participle_sentence_start(void)
{
    expect_no_en_cue("In a box labeled \"next of kin,\" a clerk had written "
                     "nothing.",
                     "labeled");
    expect_no_en_cue("In a folder titled Minutes, the clerk kept every letter.",
                     "titled");
    /* a subject before the verb keeps the act */
    expect_exact("In Ohio, a judge labeled the law unfair.", "the law unfair",
                 WS_REPORTED, "labeled", "a judge");
}

/* Bug: "... and pressed against the railing" was an act with "against
 * the railing" as content: "pressed" takes a direct object as an act
 * ("pressed the mayor on ..."; "pressed for" is a cue of its own), a
 * preposition where the object would be makes it the bodily sense. */
static void
test_en_pressed_against_no_act(void)
{
    expect_no_en_cue("Fans squeezed into the stand and pressed against the "
                     "railing.",
                     "pressed");
    expect_no_en_cue("The senator pressed against the door.", "pressed");
    expect_exact("The senator pressed the mayor on the delays.",
                 "the mayor on the delays", WS_REPORTED, "pressed",
                 "The senator");
}

/* Bug: "Such talk is compared to ..." and "lawyers who had debated on
 * many stages" were acts with a prepositional phrase as content:
 * comparing, likening and debating are acts with a direct object
 * ("compared the levy to a fine", "debated the levy"); "compared to" /
 * "debated on" with none is a comparison or the plain activity. */
static void
test_en_compare_debate_need_object(void)
{
    expect_no_en_cue("Such talk is often compared to the noise of a "
                     "leaf blower.",
                     "compared");
    expect_no_en_cue("Her rivals were lawyers who had debated on many "
                     "stages.",
                     "debated");
    expect_exact("The senator compared the levy to a fine.",
                 "the levy to a fine", WS_REPORTED, "compared", "The senator");
    expect_exact("The senator debated the levy with the mayor.",
                 "the levy with the mayor", WS_REPORTED, "debated",
                 "The senator");
}

/* Bug: "The treasurer had never once been charged." was a
 * reported act with the treasurer as content: the passive took "charged"
 * with no one who charged.  "charged" is now an act only of a named
 * source (stance-cues.tsv "agent"): in the passive only with a "by"
 * phrase, which may follow the charge ("charged with fraud by ..."). */
static void
test_en_passive_charged_needs_agent(void)
{
    expect_no_en_cue("The treasurer had never once been charged.", "charged");
    expect_no_en_cue("The clerk was charged with theft last spring.",
                     "charged");
    expect_exact("The clerk was charged with theft by the FBI.", "The clerk",
                 WS_REPORTED, "charged", "the FBI");
    expect_exact("The clerk was charged by the FBI with theft.", "The clerk",
                 WS_REPORTED, "charged by", "the FBI");
    expect_exact("The mayor charged that the audit was rigged.",
                 "the audit was rigged", WS_INDIRECT, "charged", "The mayor");
}

/* Bug: "For instance, calls to set up an inquiry were rejected." was
 * an act of "calls" with a speaker from an earlier sentence: an -s form
 * right after the comma of an opening phrase has no subject of its own;
 * it is a plural noun. */
static void
test_en_plural_noun_after_opening_phrase(void)
{
    expect_no_en_cue("The council met twice. For instance, calls to set up "
                     "an inquiry were rejected.",
                     "calls");
    expect_no_en_cue("In the valley, plans for a new dam were shelved.",
                     "plans");
    /* a subject after the phrase keeps the verb */
    expect_exact("In the valley, the mayor plans to build a dam.",
                 "to build a dam", WS_INDIRECT, "plans", "the mayor");
}

/* Bug: "The trust maintains a fund for young farmers." was indirect
 * speech with the fund as content: "maintain" says something only by a
 * clause ("maintains that ...", ", she maintains."); with a plain object
 * it is keeping (stance-cues.tsv "clause"). */
static void
test_en_maintain_needs_clause(void)
{
    expect_no_en_cue("The trust maintains a fund for young farmers.",
                     "maintains");
    expect_no_en_cue("Cheap loans help the mayor maintain the look of a "
                     "thrifty manager.",
                     "maintain");
    expect_exact("The mayor maintains that the bridge is safe.",
                 "the bridge is safe", WS_INDIRECT, "maintains", "The mayor");
    expect_exact("The bridge is safe, the mayor maintained.",
                 "The bridge is safe", WS_INDIRECT, "maintained", "the mayor");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_precision22: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_plural_noun_before_plural_verb();
    test_en_thing_participle_sentence_start();
    test_en_pressed_against_no_act();
    test_en_compare_debate_need_object();
    test_en_passive_charged_needs_agent();
    test_en_plural_noun_after_opening_phrase();
    test_en_maintain_needs_clause();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
