/*
 * test_stance_en_bugs20.c - English bugs of session 20 (issue 9, found by
 * other helpers): an act in a subject's relative clause whose object ran
 * into the main clause, a modal kept in a bare plural speaker, and a
 * speech verb's determiner "that" read as a complementizer.  Each test is
 * named after what broke, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "Anglers who resisted the quota were later shown right": the act of the
 * relative clause on the subject ends before the main clause's finite
 * verb; its object is never the main clause. */
static void
test_en_relative_act_object_ends_before_main_verb(void)
{
    expect_exact("Anglers who resisted the new quota were later shown right.",
                 "the new quota", WS_REPORTED, "resisted", NULL);
    expect_exact("Tenants who backed the rent cap have since moved away.",
                 "the rent cap", WS_REPORTED, "backed", NULL);
    expect_exact("Bakers who opposed the flour tax that was introduced in "
                 "spring will meet the minister.",
                 "the flour tax that was introduced in spring", WS_REPORTED,
                 "opposed", NULL);
    expect_no_act("Anglers who resisted the new quota were later shown right.",
                  "shown right");
}

/* "Parents should know ...", "Drivers must remember ...": a modal or an
 * auxiliary between a bare plural subject and the cue is no part of the
 * speaker. */
static void
test_en_speaker_excludes_modal(void)
{
    ws_doc *d = run("en", "Cyclists should know that the bridge will close "
                          "in June.");
    ws_statement *st = d ? find(d, "the bridge will close") : NULL;
    CHECK(st != NULL, "cyclists: no statement");
    if (st != NULL)
        CHECK(strcmp(span(d, st->speaker), "Cyclists") == 0,
              "cyclists: speaker \"%s\"", span(d, st->speaker));
    ws_doc_free(d);
    d = run("en", "The growers must argue that the frost ruined the crop.");
    st = d ? find(d, "the frost ruined the crop") : NULL;
    CHECK(st != NULL, "growers: no statement");
    if (st != NULL)
        CHECK(strcmp(span(d, st->speaker), "The growers") == 0,
              "growers: speaker \"%s\"", span(d, st->speaker));
    ws_doc_free(d);
    d = run("en", "Pilots can claim that the runway is too short.");
    st = d ? find(d, "the runway is too short") : NULL;
    CHECK(st != NULL, "pilots: no statement");
    if (st != NULL)
        CHECK(strcmp(span(d, st->speaker), "Pilots") == 0,
              "pilots: speaker \"%s\"", span(d, st->speaker));
    ws_doc_free(d);
}

/* "conceded that point": a speech verb's "that" before a lone noun with
 * no clause after it is a determiner; the phrase is the object of a
 * reported act, "that" included.  With a clause after it, it stays a
 * complementizer. */
static void
test_en_speech_verb_that_determiner_is_act(void)
{
    expect_exact("The goalkeeper conceded that point after the match.",
                 "that point", WS_REPORTED, "conceded", "goalkeeper");
    expect_exact("The goalkeeper conceded that defence was the weak spot.",
                 "defence was the weak spot", WS_INDIRECT, "conceded",
                 "goalkeeper");
    /* a verb that speaks only next to a quotation takes no object */
    expect_no_act("The index continued that trend on Monday.", "trend");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_bugs20: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_relative_act_object_ends_before_main_verb();
    test_en_speaker_excludes_modal();
    test_en_speech_verb_that_determiner_is_act();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
