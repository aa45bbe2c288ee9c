/*
 * test_stance_en_bounds23.c - English content boundaries (issue 9,
 * session 23): a predicted content that overlapped the right one too
 * little, running on past its end or merging two statements into one.
 * Each test is named after what it fixes, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* 'called the plan "reckless," warning that ...': the comma before the
 * participle stands inside the closing mark; the act's object ends after
 * the quotation and the participle is a statement of its own, of the
 * same subject (not the quotation's attribution) */
static void
test_en_quote_comma_then_participle_splits(void)
{
    expect_exact("The mayor called the plan \"reckless,\" warning that it "
                 "would ruin the port.",
                 "the plan \"reckless,\"", WS_MIXED, "called", "The mayor");
    expect_exact("The mayor called the plan \"reckless,\" warning that it "
                 "would ruin the port.",
                 "it would ruin the port", WS_INDIRECT, "warning", "The mayor");
    expect_exact("The senator praised the new premier as a \"bold "
                 "reformer,\" comparing her favorably to her rival.",
                 "the new premier as a \"bold reformer,\"", WS_MIXED, "praised",
                 "The senator");
    expect_exact("The senator praised the new premier as a \"bold "
                 "reformer,\" comparing her favorably to her rival.",
                 "her favorably to her rival", WS_REPORTED, "comparing",
                 "The senator");
    /* a quotation standing alone keeps its participle as attribution */
    expect_exact("\"No deal tonight,\" the envoy told us, adding that "
                 "talks resume at noon.",
                 "talks resume at noon", WS_INDIRECT, "adding", "the envoy");
}

/* 'called the plan "reckless," which ...': a relative clause after a
 * quotation ending in a comma inside its marks is the writer's, as after
 * a comma outside them; the act's object ends after the closing mark */
static void
test_en_quote_comma_then_relative_ends_object(void)
{
    expect_exact("The mayor called the plan \"reckless,\" which angered the "
                 "council.",
                 "the plan \"reckless,\"", WS_MIXED, "called", "The mayor");
    expect_exact("The coach described the referee as \"a disgrace,\" who "
                 "had ruined the final.",
                 "the referee as \"a disgrace,\"", WS_MIXED, "described",
                 "The coach");
    /* the comma outside the marks already did */
    expect_exact("The mayor called the plan \"reckless\", which angered the "
                 "council.",
                 "the plan \"reckless\"", WS_MIXED, "called", "The mayor");
}

/* "The reason the mayor refuses to X may be ...": an intent verb in a
 * relative clause without a relative pronoun (or with "that") on the
 * sentence's opening noun phrase; its content ends before the main
 * clause's modal or copula.  A time phrase opening the sentence holds
 * no such clause */
static void
test_en_contact_relative_content_ends_before_main_verb(void)
{
    expect_exact("The reason the mayor refuses to release the audit may be "
                 "that it is damning.",
                 "to release the audit", WS_INDIRECT, "refuses", "the mayor");
    expect_exact("One big reason that the board declines to sell the "
                 "land may be its rising price.",
                 "to sell the land", WS_INDIRECT, "declines", "the board");
    expect_exact("One of the reasons the board declines to sell the land "
                 "is its rising price.",
                 "to sell the land", WS_INDIRECT, "declines", "the board");
    expect_exact("This week the mayor vowed to make sure the roads are "
                 "safe.",
                 "to make sure the roads are safe", WS_INDIRECT, "vowed",
                 "the mayor");
}

/* "vowed to cut costs and the unions pledged to ...": an infinitive
 * content has no subject that "and" could join a second one to, so a
 * short one ends before "and" and a new subject with a verb of speech
 * of its own (a determiner's phrase or a bare plural) */
static void
test_en_infinitive_then_and_new_speech_clause(void)
{
    expect_exact("The mayor vowed to cut costs and the unions pledged to "
                 "raise wages.",
                 "to cut costs", WS_INDIRECT, "vowed", "The mayor");
    expect_exact("The mayor vowed to cut costs and the unions pledged to "
                 "raise wages.",
                 "to raise wages", WS_INDIRECT, "pledged", "the unions");
    expect_exact("The board promised to trim fees and tenants demanded "
                 "lower rents.",
                 "to trim fees", WS_INDIRECT, "promised", "The board");
    /* no verb of speech after the second noun: one object */
    expect_exact("The mayor vowed to help farmers and workers hurt by the "
                 "ruling.",
                 "to help farmers and workers hurt by the ruling", WS_INDIRECT,
                 "vowed", "The mayor");
}

/* "One reason the board declines to sell is that ...": an infinitive
 * content has no finite verb of its own; the search for the cue's "that"
 * stops at the main clause's verb, and the content is the infinitive */
static void
test_en_infinitive_that_search_stops_at_main_verb(void)
{
    expect_exact("One reason the board declines to sell is that prices are "
                 "rising.",
                 "to sell", WS_INDIRECT, "declines", "the board");
    expect_exact("The reason the club hopes to move is that its stadium is "
                 "old.",
                 "to move", WS_INDIRECT, "hopes", "the club");
    /* a "that" of the infinitive's own verb stays that verb's */
    expect_exact("The mayor promised to tell voters that taxes would fall.",
                 "taxes would fall", WS_INDIRECT, "tell", "The mayor");
}

/* en_object_predicate_cut's comment named "the reason the board rejected
 * the offer was money" as its own; en_contact_relative_end ends that
 * act's object before the main clause's copula (the comment now says so),
 * and the comma case stays en_object_predicate_cut's */
static void
test_en_act_in_subject_relative_object_ends_before_copula(void)
{
    expect_exact("The reason the council rejected the bid was its cost.",
                 "the bid", WS_REPORTED, "rejected", "the council");
    expect_exact("The reason the union opposed the merger may be fear.",
                 "the merger", WS_REPORTED, "opposed", "the union");
}

/* "The plan was rash, the mayor noted.": a verb of speech that may also
 * take an object ("noted", "reported", "confirmed") attributes the clause
 * before it, though a word of that clause is listed as a cue ("plan",
 * "plans" as verbs) when it heads a noun phrase after its determiner and
 * makes no statement there; a cue that acts in the clause (a verb with
 * its object, a noun with its infinitive) still keeps the trailing verb
 * off it */
static void
test_en_trailing_speech_verb_over_cue_noun_subject(void)
{
    expect_exact("The plan was reckless, the mayor noted.",
                 "The plan was reckless", WS_INDIRECT, "noted", "the mayor");
    expect_exact("Their plan stalled in May, the weekly reported.",
                 "Their plan stalled in May", WS_INDIRECT, "reported",
                 "the weekly");
    expect_exact("The new plans cost far too much, a council aide confirmed.",
                 "The new plans cost far too much", WS_INDIRECT, "confirmed",
                 "a council aide");
    expect_exact("The city's plan has no funding yet, officials noted on "
                 "Friday.",
                 "The city's plan has no funding yet", WS_INDIRECT, "noted",
                 "officials");
    /* a cue acting in the clause keeps its own object; the trailing
     * verb takes none */
    expect_exact("The board rejected the offer, the weekly reported.",
                 "the offer", WS_REPORTED, "rejected", "The board");
    expect_no_en_cue("The board rejected the offer, the weekly reported.",
                     "reported");
    /* and so does a noun cue with its own content */
    expect_exact("Her plan to widen the canal stalled in May, the weekly "
                 "reported.",
                 "to widen the canal", WS_INDIRECT, "plan", "Her");
    expect_no_en_cue("Her plan to widen the canal stalled in May, the weekly "
                     "reported.",
                     "reported");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_bounds23: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_quote_comma_then_participle_splits();
    test_en_quote_comma_then_relative_ends_object();
    test_en_contact_relative_content_ends_before_main_verb();
    test_en_infinitive_then_and_new_speech_clause();
    test_en_infinitive_that_search_stops_at_main_verb();
    test_en_act_in_subject_relative_object_ends_before_copula();
    test_en_trailing_speech_verb_over_cue_noun_subject();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
