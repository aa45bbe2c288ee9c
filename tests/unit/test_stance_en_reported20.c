/*
 * test_stance_en_reported20.c - English reported acts (issue 9, session
 * 20): an act with its own subject after "as" or "while" that trails the
 * content of an earlier statement is a statement of its own, and the
 * subordinator before a bare plural subject is no part of the speaker;
 * an -ly adverb before a gerund object belongs to the object.
 * Each test is named after what was missed, on short invented sentences.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "Y, X said, as they faulted Z": the act after the attribution was kept
 * as a second segment of the said-content and dropped as nested. */
static void
test_en_trailing_as_act_after_attribution(void)
{
    const char *t = "The levy is unfair to small growers, local farmers said "
                    "Tuesday, as they mocked the minister's figures.";
    expect_exact(t, "the minister's figures", WS_REPORTED, "mocked", "they");
    expect_exact(t, "The levy is unfair to small growers", WS_INDIRECT, "said",
                 "local farmers");
    const char *g = "The plan is dead, the aides said, as the governor "
                    "praised the rival bid.";
    expect_exact(g, "the rival bid", WS_REPORTED, "praised", "the governor");
    expect_exact(g, "The plan is dead", WS_INDIRECT, "said", "the aides");
}

/* a trailing "as" clause without an act, and a comparative "as ... as X
 * claims", stay in the content. */
static void
test_en_trailing_as_clause_without_act_stays(void)
{
    expect_exact("The ferry will not sail this week, port officials said "
                 "Monday, as the storm moved north.",
                 "The ferry will not sail this week | as the storm moved north",
                 WS_INDIRECT, "said", "port officials");
}

/* "as officials praised ...": the subordinator before a bare plural
 * noun was taken into the speaker span ("as officials"). */
static void
test_en_subordinator_not_in_bare_plural_speaker(void)
{
    expect_exact("The footage surfaced as officials praised the calm "
                 "marches.",
                 "the calm marches", WS_REPORTED, "praised", "officials");
    ws_doc *d = run("en", "The vote came as lawmakers criticized the plan.");
    ws_statement *st = d ? find(d, "the plan") : NULL;
    CHECK(st != NULL, "no statement for the plan");
    if (st != NULL)
        CHECK(strcmp(span(d, st->speaker), "lawmakers") == 0,
              "speaker \"%s\", want \"lawmakers\"", span(d, st->speaker));
    if (d != NULL)
        ws_doc_free(d);
}

/* "called for promptly rebuilding ...": the adverb of the gerund that
 * opens the object was left out of the content. */
static void
test_en_act_adverb_before_gerund_object(void)
{
    expect_exact("The harbour board has called for promptly rebuilding the "
                 "north pier.",
                 "promptly rebuilding the north pier", WS_REPORTED,
                 "called for", "The harbour board");
    expect_exact("The nurses' union urged swiftly ending the lockout.",
                 "swiftly ending the lockout", WS_REPORTED, "urged", "union");
}

/* an adverb of the act itself, before a plain noun object or a clause,
 * stays out of the content. */
static void
test_en_act_adverb_before_noun_object_stays_out(void)
{
    expect_exact("The mayor sharply criticized the ferry timetable.",
                 "the ferry timetable", WS_REPORTED, "criticized", "mayor");
    expect_exact("The senator said firmly that the levy would rise.",
                 "the levy would rise", WS_INDIRECT, "said", "senator");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_reported20: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_trailing_as_act_after_attribution();
    test_en_trailing_as_clause_without_act_stays();
    test_en_subordinator_not_in_bare_plural_speaker();
    test_en_act_adverb_before_gerund_object();
    test_en_act_adverb_before_noun_object_stays_out();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
