/*
 * test_stance_en_frames.c - English reported acts in frames the verb
 * rules missed (issue 9, session 16): a passive participle with its "by"
 * agent after a comma ("The levy stays in force, defended by the
 * treasurer"), and a passive naming verb with its predicate and agent
 * ("The merger was branded a mistake by the guild").  Each test is named
 * after what was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "X remains in force, defended by Y": a participle act after a comma,
 * its "by" agent the source, the subject of the clause it trails what the
 * act is about */
static void
test_en_comma_participle_by_agent(void)
{
    expect_exact("The ferry levy stays in force, defended by the island "
                 "treasurer.",
                 "The ferry levy", WS_REPORTED, "defended",
                 "the island treasurer");
    expect_exact("The night curfew has lasted three winters, praised by "
                 "shopkeepers.",
                 "The night curfew", WS_REPORTED, "praised", "shopkeepers");
    expect_exact("The canal scheme went ahead, criticised by the boatmen's "
                 "guild as far too costly.",
                 "The canal scheme | far too costly", WS_REPORTED, "criticised",
                 "the boatmen's guild");
    expect_exact("Toll roads remain a favourite of both camps, promoted by "
                 "rural mayors.",
                 "Toll roads", WS_REPORTED, "promoted", "rural mayors");
}

/* a participle after a comma that is no act of a named agent: no
 * statement ("followed by", a clause with a speech verb of its own, a
 * "by" that names a means) */
static void
test_en_comma_participle_by_agent_no_act(void)
{
    expect_no_act("The parade ended at noon, followed by a picnic.",
                  "The parade");
    expect_no_act("Mr. Hale said the toll worked, backed by the ministers.",
                  "Mr. Hale");
}

/* "was branded a mistake by Y", "has been called a relic by Y": a
 * passive naming verb with its predicate before the "by" agent; the
 * subject and the predicate are what the act is about */
static void
test_en_passive_naming_predicate_by_agent(void)
{
    expect_exact("The tram merger was branded a costly mistake by the "
                 "drivers' union.",
                 "The tram merger | a costly mistake", WS_REPORTED, "branded",
                 "the drivers' union");
    expect_exact("The old sawmill has been called an eyesore by several "
                 "neighbours.",
                 "The old sawmill | an eyesore", WS_REPORTED, "called",
                 "several neighbours");
    expect_exact("The rescue fund was labelled reckless by the auditors.",
                 "The rescue fund | reckless", WS_REPORTED, "labelled",
                 "the auditors");
    expect_exact("Judge Amara Quist, a former prosecutor, was dubbed a "
                 "maverick by her colleagues.",
                 "Judge Amara Quist, a former prosecutor | a maverick",
                 WS_REPORTED, "dubbed", "her colleagues");
    expect_exact("Ivo Marsh \xe2\x80\x94 chess champion and part-time "
                 "baker \xe2\x80\x94 has been called a genius by fellow "
                 "players.",
                 "Ivo Marsh \xe2\x80\x94 chess champion and part-time baker "
                 "| a genius",
                 WS_REPORTED, "called", "fellow players");
}

/* a naming verb in the passive with no agent, or naming a thing, is no
 * act of anyone: no statement */
static void
test_en_passive_naming_no_agent_no_act(void)
{
    expect_no_act("The village was called Marsden by 1850.", "Marsden");
    expect_no_act("The storm was called a hurricane by noon.", "hurricane");
}

/* "the delays that she blamed on the council": an act verb whose object
 * is the gap of a relative "that" or "which" took the phrase after it
 * ("on the council") for what the act was about: no statement */
static void
test_en_gapped_relative_act_no_object(void)
{
    expect_no_act("Flooding was among the woes that she blamed on the "
                  "drainage board.",
                  "the drainage board");
    expect_no_act("The tariff which the guild faulted for its timing was "
                  "lifted in May.",
                  "its timing");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_frames: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_comma_participle_by_agent();
    test_en_comma_participle_by_agent_no_act();
    test_en_passive_naming_predicate_by_agent();
    test_en_passive_naming_no_agent_no_act();
    test_en_gapped_relative_act_no_object();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
