/*
 * test_stance_en_indirect19.c - English indirect statements of session
 * 19 (issue 9, third round): clauses that report what was said, asked or
 * thought with no cue of the lexicon before them.  Each test is named
 * after what was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "were cagey about whether ...", "have quarrelled over who ...": an
 * indirect question after a topic preposition is what was said or asked
 * about, with the clause's subject as its source; a noun phrase after
 * the preposition, or a question after a noun with no such subject, is
 * no statement. */
static void
test_en_wh_question_after_topic_preposition(void)
{
    expect_exact("The ferry owners were cagey about whether the winter "
                 "timetable would survive.",
                 "whether the winter timetable would survive", WS_INDIRECT,
                 "cagey about", "ferry owners");
    expect_exact("The two villages have quarrelled over who owns the old mill "
                 "pond.",
                 "who owns the old mill pond", WS_INDIRECT, "quarrelled over",
                 "villages");
    expect_exact("The harbour accounts could throw light on how the dredging "
                 "was paid for.",
                 "how the dredging was paid for", WS_INDIRECT, "light on",
                 "harbour accounts");
    expect_no_en_cue("There was a long debate about how the pond should be "
                     "drained.",
                     "debate about");
    expect_no_act("The ferry owners were quiet about the winter timetable.",
                  "winter timetable");
    expect_no_en_cue("\"We were cagey about whether the mill would "
                     "reopen,\" the baker recalled.",
                     "cagey about");
}

/* "said that ..., and that she might ...": a second that-clause after
 * "and" belongs to the same cue, even when a cue stands in it; a new
 * subject with its own speech verb still ends the content. */
static void
test_en_and_that_clause_continues_content(void)
{
    expect_exact("The warden said that the dunes were eroding faster than "
                 "forecast, and that she might ask the council to approve "
                 "new fencing.",
                 "the dunes were eroding faster than forecast, and that she "
                 "might ask the council to approve new fencing",
                 WS_INDIRECT, "said", "warden");
    expect_exact("The warden said that the dunes were eroding, and the "
                 "council warned that fencing would cost more.",
                 "the dunes were eroding", WS_INDIRECT, "said", "warden");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_indirect19: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_wh_question_after_topic_preposition();
    test_en_and_that_clause_continues_content();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
