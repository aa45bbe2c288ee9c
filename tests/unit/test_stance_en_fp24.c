/*
 * test_stance_en_fp24.c - English statements found where there are none,
 * or cut in two (issue 9, session 24): a demonstrative "that" taken for a
 * complementizer, a verb of a clause inside the content taken for a second
 * verb of the speaker.  Each test is named after what broke, on short
 * invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "said that was not the plan": a verb right after "that" makes it the
 * subject of the content clause; it was dropped as a complementizer and
 * the content began at the verb. */
static void
test_en_that_subject_not_complementizer(void)
{
    expect_exact("The harbour board said that was never its intention.",
                 "that was never its intention", WS_INDIRECT, "said",
                 "The harbour board");
    expect_exact("The ferry captain said that would delay every crossing.",
                 "that would delay every crossing", WS_INDIRECT, "said",
                 "The ferry captain");
    /* the complementizer before a subject is still dropped */
    expect_exact("The ferry captain said that the crossing was rough.",
                 "the crossing was rough", WS_INDIRECT, "said",
                 "The ferry captain");
}

/* "said she was boarding when the guards stopped her and ordered her to
 * wait": the verb after "and" goes on with the "when" clause inside the
 * content (same past form as "stopped"), not with the cue; it made a
 * second statement of the speaker and cut the content short. */
static void
test_en_inner_clause_verb_not_speaker_act(void)
{
    expect_exact("The pilot said she was boarding the ferry when two guards "
                 "stopped her and ordered her to wait on the quay.",
                 "she was boarding the ferry when two guards stopped her and "
                 "ordered her to wait on the quay",
                 WS_INDIRECT, "said", "The pilot");
    expect_no_en_cue("The pilot said she was boarding the ferry when two "
                     "guards stopped her and ordered her to wait on the quay.",
                     "ordered");
    /* a relative clause in the present: "a rule that ... and demands" */
    expect_exact("The union explained that the port keeps a rule that "
                 "shields the crews and demands fair pay.",
                 "the port keeps a rule that shields the crews and demands "
                 "fair pay",
                 WS_INDIRECT, "explained", "The union");
    /* a second verb of the speaker's is still a statement of its own */
    expect_exact("The mayor said the bridge would reopen in May and warned "
                 "of long delays.",
                 "the bridge would reopen in May", WS_INDIRECT, "said",
                 "The mayor");
    expect_exact("The mayor said the bridge would reopen in May and warned "
                 "of long delays.",
                 "of long delays", WS_REPORTED, "warned", "The mayor");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_fp24: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_that_subject_not_complementizer();
    test_en_inner_clause_verb_not_speaker_act();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
