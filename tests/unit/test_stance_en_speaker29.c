/*
 * test_stance_en_speaker29.c - English speakers and attributions (session
 * 29): who speaks when the speaker's phrase holds a complement ("the head
 * of the agency", "an aide to the governor").  Each test is named after
 * what it fixes, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* The English statement whose cue is `cue` has the speaker role `role`. */
static void
expect_role(const char *text, const char *cue, const char *role)
{
    ws_doc *d = run("en", text);
    if (d == NULL) {
        CHECK(0, "out of memory");
        return;
    }
    ws_statement *hit = find_cue(d, cue);
    CHECK(hit != NULL, "%s: no statement with cue \"%s\"", text, cue);
    if (hit != NULL) {
        const char *got = hit->speaker_role ? hit->speaker_role : "";
        CHECK(strcmp(got, role) == 0, "%s: speaker role \"%s\", want \"%s\"",
              text, got, role);
    }
    ws_doc_free(d);
}

/* "..., the director of the museum said": a role with an "of" phrase
 * trailing the content is its speaker (there was no statement) */
static void
test_en_role_of_trailing_speaker(void)
{
    expect_exact("The gallery will reopen in June, the director of the "
                 "museum said.",
                 "The gallery will reopen in June", WS_INDIRECT, "said",
                 "the director of the museum");
    expect_exact("Ferry fares will rise next year, the head of the port "
                 "authority told reporters.",
                 "Ferry fares will rise next year", WS_INDIRECT, "told",
                 "the head of the port authority");
}

/* "Kevin Walsh, an adviser to Governor Ann Reyes, praised": the name in
 * the apposition's complement is whom the speaker serves; the speaker's
 * name and role are the head's (they were the governor's) */
static void
test_en_appositive_complement_not_speaker(void)
{
    expect_speaker("Kevin Walsh, an adviser to Governor Ann Reyes, praised "
                   "the new levy.",
                   "praised", "Kevin Walsh, an adviser to Governor Ann Reyes",
                   "Kevin Walsh");
    expect_role("Kevin Walsh, an adviser to Governor Ann Reyes, praised the "
                "new levy.",
                "praised", "adviser");
    expect_role("Kevin Walsh, an aide to the governor, praised the levy.",
                "praised", "aide");
    /* a spokeswoman for a named mayor: she speaks, unnamed */
    expect_speaker("A spokeswoman for Mayor Tom Brandt said the bridge would "
                   "reopen in June.",
                   "said", "A spokeswoman for Mayor Tom Brandt", "");
    /* a title holding "of" stays one role before the name */
    expect_speaker("Secretary of State Lena Morrow praised the accord.",
                   "praised", "Secretary of State Lena Morrow", "Lena Morrow");
}

/* "The Association of Ferry Crews called": an organisation noun
 * the tagger did not resolve, in a capitalised phrase, is still named
 * (the name was dropped); a bare "Police" or "the ministry" is not */
static void
test_en_unresolved_org_phrase_named(void)
{
    expect_speaker("Pilots were angry. The Association of Ferry Crews called "
                   "the fee unfair.",
                   "called", "The Association of Ferry Crews",
                   "Association of Ferry Crews");
    expect_speaker("Police said the driver fled.", "said", "Police", "");
    expect_speaker("The ministry called the plan reckless.", "called",
                   "The ministry", "");
}

/* "Asked about the levy, Reyes said ...", "Pressed on why fees rose,
 * ...": the fronted question put to the subject is a statement of its own
 * by someone unnamed (it was missed, or took the main clause's speaker
 * and the wrong content) */
static void
test_en_asked_opener_statement(void)
{
    expect_exact("Asked to name the contractor, Reyes said she could not.",
                 "to name the contractor", WS_INDIRECT, "Asked", NULL);
    expect_speaker("Asked to name the contractor, Reyes said she could not.",
                   "Asked", "", "");
    expect_exact("Asked about the mayor's claim that the levy was illegal, "
                 "Reyes said she disagreed.",
                 "the mayor's claim that the levy was illegal", WS_INDIRECT,
                 "Asked about", NULL);
    expect_exact("When pressed on how the fees rose, Reyes said costs had "
                 "doubled.",
                 "how the fees rose", WS_INDIRECT, "pressed on", NULL);
    /* the main clause keeps its own statement */
    expect_exact("Asked whether she would run again, Reyes said no decision "
                 "had been made.",
                 "no decision had been made", WS_INDIRECT, "said", "Reyes");
    /* no question: a bare topic, a participle of another sense, or asked
     * in a clause */
    expect_no_en_cue("Asked about the ferry timetable, Reyes said it would "
                     "change in May.",
                     "Asked about");
    expect_no_en_cue("Pressed into service, the old ferry sailed at dawn.",
                     "Pressed into");
    expect_exact("The officers asked about the car, and Reyes said nothing.",
                 "the car", WS_REPORTED, "asked", "The officers");
}

/* Does the first token w of d open a new sentence? */
static int
breaks_before(ws_doc *d, const char *w)
{
    for (int32_t i = 1; i < d->tokens.n; i++)
        if (strcmp(span(d, (ws_span){d->tokens.v[i].start, d->tokens.v[i].end}),
                   w) == 0)
            return d->tokens.v[i].sent != d->tokens.v[i - 1].sent;
    return 0;
}

/* "she said no. The vote ...": a lowercase word equal to a title
 * abbreviation ("No.", "Sun.") kept its full stop and joined the next
 * sentence (the look-up is case-folded); the capitalised title stays */
static void
test_en_lowercase_word_not_title_abbrev(void)
{
    ws_doc *d = run("en", "Asked twice, she said no. Voting went ahead. "
                          "They sat in the sun. Rain came later.");
    CHECK(d != NULL && breaks_before(d, "Voting"), "no. ended no sentence");
    CHECK(d != NULL && breaks_before(d, "Rain"), "sun. ended no sentence");
    ws_doc_free(d);
    d = run("en", "Bill No. 12 passed. Sen. Lee voted for it.");
    CHECK(d != NULL && !breaks_before(d, "12"), "No. 12 was cut");
    CHECK(d != NULL && !breaks_before(d, "Lee"), "Sen. Lee was cut");
    ws_doc_free(d);
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_speaker29: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_role_of_trailing_speaker();
    test_en_appositive_complement_not_speaker();
    test_en_unresolved_org_phrase_named();
    test_en_asked_opener_statement();
    test_en_lowercase_word_not_title_abbrev();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
