/*
 * test_stance_en_indirect18.c - English indirect and mixed statements the
 * rules of session 18 (issue 9) find: forms of verbs of saying and of
 * evidence that are also nouns ("states", "show", "note", "claim") before
 * a content clause, and the verbs "demonstrate" and "stipulate"; a verb
 * of loud speech with an addressee before its that-clause.  Each
 * test is named after what was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "the memo states that ...", "the logs show the pump had failed": a
 * verb form that is also a noun reports what a source says when a
 * content clause follows it right after its subject. */
static void
test_en_noun_form_verb_before_clause(void)
{
    expect_exact("The harbour safety memo states that two cranes lacked "
                 "permits.",
                 "two cranes lacked permits", WS_INDIRECT, "states", "memo");
    expect_exact("A leaflet on the union's website states that night staff "
                 "would receive extra pay.",
                 "night staff would receive extra pay", WS_INDIRECT, "states",
                 "leaflet");
    expect_exact("Maintenance logs show the pump had failed twice in May.",
                 "the pump had failed twice in May", WS_INDIRECT, "show",
                 "logs");
    expect_exact("Some growers claim that the frost killed half the vines.",
                 "the frost killed half the vines", WS_INDIRECT, "claim",
                 "growers");
    expect_exact("Engineers note that the older bridge was never "
                 "repainted.",
                 "the older bridge was never repainted", WS_INDIRECT, "note",
                 "Engineers");
}

/* "demonstrate", "stipulate" in all their forms: what a study shows or a
 * contract lays down, before a clause. */
static void
test_en_demonstrate_stipulate_clause(void)
{
    expect_exact("The trial demonstrated that the new vaccine kept calves "
                 "healthy.",
                 "the new vaccine kept calves healthy", WS_INDIRECT,
                 "demonstrated", "trial");
    expect_exact("The lease stipulates that tenants repaint the hall every "
                 "decade.",
                 "tenants repaint the hall every decade", WS_INDIRECT,
                 "stipulates", "lease");
}

/* The same forms as nouns are no cue and stay in their noun phrase:
 * "the states that may lose seats", "a late show aired", "according to
 * show staff" (the speaker is the whole phrase), "begins to show when". */
static void
test_en_noun_form_as_noun_no_cue(void)
{
    expect_no_en_cue("Extra money for states that may lose seats is scarce.",
                     "states");
    expect_no_en_cue("A late show aired on the regional channel.", "show");
    expect_no_en_cue("She left a note for the caretaker.", "note");
    expect_no_en_cue("His talent begins to show when he paints outdoors.",
                     "show");
    expect_exact("According to show staff, the host arrived an hour late.",
                 "the host arrived an hour late", WS_INDIRECT, "According to",
                 "show staff");
    expect_exact("Ms Varga, one of the farmers suing the states, said the "
                 "quota was unfair.",
                 "the quota was unfair", WS_INDIRECT, "said",
                 "suing the states");
}

/* "shouted to the stewards that ...", "yelled to him that ...": a verb of
 * loud speech with an addressee before its that-clause reports words as
 * "told X that" does; "shouted to the police for an hour" stays none.
 * A passive "could be heard shouting that ...": the -ing verb is the cue,
 * "heard" makes no second statement of the same words. */
static void
test_en_loud_speech_to_addressee_that(void)
{
    expect_exact("The fans shouted to the stewards that the north gate was "
                 "locked.",
                 "the north gate was locked", WS_INDIRECT, "shouted", "fans");
    expect_exact("Her cousin yelled to him that the tide was coming in.",
                 "the tide was coming in", WS_INDIRECT, "yelled", "cousin");
    expect_none_en("The marchers shouted to the police for an hour.");
    expect_exact("Ines Borg could be heard screaming to the medics that her "
                 "son had stopped breathing.",
                 "her son had stopped breathing", WS_INDIRECT, "screaming",
                 "Ines Borg");
    expect_no_en_cue("Ines Borg could be heard screaming to the medics that "
                     "her son had stopped breathing.",
                     "heard");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_indirect18: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_noun_form_verb_before_clause();
    test_en_demonstrate_stipulate_clause();
    test_en_noun_form_as_noun_no_cue();
    test_en_loud_speech_to_addressee_that();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
