/*
 * test_stance_en_indirect18b.c - English indirect statements of session
 * 18 (issue 9, second round): a clause that an act verb reads as its
 * object (an indirect question, an infinitive of intention) is indirect
 * speech, not a reported act.  Each test is
 * named after what was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "questioned whether ...", "asked how ...": an indirect question after
 * the cue is indirect speech. */
static void
test_en_indirect_question_is_indirect(void)
{
    expect_exact("The auditors questioned whether the orchard grant had been "
                 "spent on seedlings.",
                 "whether the orchard grant had been spent on seedlings",
                 WS_INDIRECT, "questioned", "auditors");
    expect_exact("Hugo Lindqvist asked how the lighthouse would be heated in "
                 "winter.",
                 "how the lighthouse would be heated in winter", WS_INDIRECT,
                 "asked", "Hugo Lindqvist");
    expect_exact("The ferry operator praised the new harbour master.",
                 "the new harbour master", WS_REPORTED, "praised", "operator");
}

/* "vowed to ...", "refused to ...": what the speaker promised, wanted or
 * refused is an infinitive content, indirect speech like the same
 * infinitive after a noun ("her refusal to ...").  A noun phrase object
 * after the same kind of verb stays a reported act. */
static void
test_en_infinitive_content_is_indirect(void)
{
    expect_exact("The ferry operator vowed to repaint every hull before the "
                 "spring season.",
                 "to repaint every hull before the spring season", WS_INDIRECT,
                 "vowed", "operator");
    expect_exact("Councillor Mira Obst refused to sign the zoning waiver.",
                 "to sign the zoning waiver", WS_INDIRECT, "refused",
                 "Mira Obst");
    expect_exact("The glassworks union has threatened to walk out if the "
                 "kilns close.",
                 "to walk out if the kilns close", WS_INDIRECT, "threatened",
                 "union");
    expect_exact("The ferry operator vowed a refit of every hull.",
                 "a refit of every hull", WS_REPORTED, "vowed", "operator");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_indirect18b: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_indirect_question_is_indirect();
    test_en_infinitive_content_is_indirect();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
