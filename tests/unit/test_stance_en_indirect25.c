/*
 * test_stance_en_indirect25.c - English indirect statements of session 25:
 * where a content clause or an act's object ended too early or ran on too
 * far.  Each test is named after what broke, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "The planner proposed a cheaper route: the buses would skip the bridge":
 * an act's object spelled out after a colon by a clause of its own (a
 * subject and its verb, a question word, an auxiliary before a pronoun)
 * is what the act says; the object ran only to the colon.  A clause with a
 * subject and an auxiliary in the object makes the statement indirect
 * (en_clause_object_kind_pass), a question's inverted auxiliary too.  A list of
 * participles or nouns after the colon still ends it. */
static void
test_en_colon_clause_continues_act_object(void)
{
    expect_exact("The planner proposed a cheaper route for the night buses: "
                 "they would skip the bridge entirely.",
                 "a cheaper route for the night buses: they would skip the "
                 "bridge entirely",
                 WS_INDIRECT, "proposed", "The planner");
    expect_exact("The auditor raised a blunt point with the trustees: why "
                 "had the fund kept paying the consultants?",
                 "a blunt point with the trustees: why had the fund kept "
                 "paying the consultants",
                 WS_INDIRECT, "raised", "The auditor");
    /* a participle list after the colon stays out */
    expect_exact("The captain mocked the rival's favourite habits: wasting "
                 "time and diving near the box.",
                 "the rival's favourite habits", WS_REPORTED, "mocked",
                 "The captain");
}

/* "The ferry line said fares would rise next week and analysts warned that
 * ...": a second clause after "and" with no comma, whose subject is a bare
 * plural noun of a speaking group (or follows a weekday) and whose speech
 * verb takes a clause of its own, is a second statement; it had run on as
 * part of the first content.  A plain object after the verb keeps it one
 * content. */
static void
test_en_and_bare_group_subject_new_statement(void)
{
    expect_exact("The ferry line said fares would rise next week and analysts "
                 "warned that commuters would switch to buses.",
                 "fares would rise next week", WS_INDIRECT, "said",
                 "The ferry line");
    expect_exact("The ferry line said fares would rise next week and analysts "
                 "warned that commuters would switch to buses.",
                 "commuters would switch to buses", WS_INDIRECT, "warned",
                 "analysts");
    expect_exact("The depot said the trams would run again on Friday and the "
                 "engineers cautioned that the rails were worn.",
                 "the trams would run again on Friday", WS_INDIRECT, "said",
                 "The depot");
    /* coordinated subjects inside the content stay in it */
    expect_exact("She said the nurses and officials met at the depot.",
                 "the nurses and officials met at the depot", WS_INDIRECT,
                 "said", "She");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_indirect25: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_colon_clause_continues_act_object();
    test_en_and_bare_group_subject_new_statement();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
