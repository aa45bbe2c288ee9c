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
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
