/*
 * test_stance_en_acts_more.c - English reported acts (issue 9, session
 * 14): more verb families of stance that were no cue, so their acts got no
 * statement at all, and the uses of them that make none.  Each test is
 * named after what was missed, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "linked the rents to the zoning rules", "ignored the auditor's
 * findings", "saw the quota as a betrayal": verbs of linking, ignoring and
 * seeing as were no cue. */
static void
test_en_link_ignore_see_as_verbs(void)
{
    expect_exact("The governor linked the rise in rents to the new zoning "
                 "rules.",
                 "the rise in rents to the new zoning rules", WS_REPORTED,
                 "linked", "The governor");
    expect_exact("The senator ignored the auditor's findings.",
                 "the auditor's findings", WS_REPORTED, "ignored",
                 "The senator");
    expect_exact("Opposition leaders saw the quota as a betrayal.",
                 "the quota as a betrayal", WS_REPORTED, "saw",
                 "Opposition leaders");
}

/* The same verbs with a thing as their subject, as a participle before
 * "to", or with "as" opening a clause of time tell of no stance. */
static void
test_en_link_ignore_see_as_no_act(void)
{
    expect_no_act("The ferry links the island to the harbour.", "the island");
    expect_no_act("A gang linked to the cartel robbed the store.",
                  "the cartel");
    expect_no_act("She saw the captain as he boarded the boat.", "the captain");
    expect_no_act("Hikers ignored the trail signs.", "the trail signs");
}

/* "members of the guild echo ...", "Ito, others vow ...", "many clinics
 * (rural ones above all) offer ...": a bare verb after a plural noun with
 * an "of" group, after "others" or after a parenthesis in its subject had
 * no subject it accepted. */
static void
test_en_bare_act_after_group_subject(void)
{
    expect_exact("Several members of the guild echo her doubts about the "
                 "merger.",
                 "her doubts about the merger", WS_REPORTED, "echo", NULL);
    expect_exact("Storms batter the coast; Ito, others vow repairs.", "repairs",
                 WS_REPORTED, "vow", "Ito");
    expect_exact("Many clinics (rural ones above all) offer free flu shots.",
                 "free flu shots", WS_REPORTED, "offer", "Many clinics");
}

/* "echo her doubts, in large part because ...", "offer free shots, even if
 * ...": a clause of cause, condition or concession after a comma is no
 * part of a reported act's object. */
static void
test_en_act_object_ends_before_comma_clause_of_cause(void)
{
    expect_exact("The growers echo her doubts, in large part because the "
                 "river is low.",
                 "her doubts", WS_REPORTED, "echo", "The growers");
    expect_exact("The clinics offer free flu shots, even if the patient has "
                 "no insurance.",
                 "free flu shots", WS_REPORTED, "offer", "The clinics");
}

/* "weren\xe2\x80\x99t too concerned about": a curly negated copula was
 * no copula, and the degree word stayed in the speaker. */
static void
test_en_adjective_act_after_curly_negated_copula(void)
{
    expect_exact("Farmers weren\xe2\x80\x99t too concerned about the frost.",
                 "the frost", WS_REPORTED, "concerned about", "Farmers");
    ws_doc *d = run("en", "Farmers weren\xe2\x80\x99t too concerned about "
                          "the frost.");
    ws_statement *st = d ? find(d, "the frost") : NULL;
    CHECK(st != NULL && strcmp(span(d, st->speaker), "Farmers") == 0,
          "curly copula: speaker \"%s\"", st ? span(d, st->speaker) : "");
    ws_doc_free(d);
}

/* "With party leaders worried about turnout, ...", "..., with donors
 * wary of the levy": "with" and a noun phrase before an adjective cue
 * hold the copula's place; the object ends at the comma. */
static void
test_en_adjective_act_in_with_phrase(void)
{
    expect_exact("With party leaders increasingly worried about low "
                 "turnout, the senator will tour the valley.",
                 "low turnout", WS_REPORTED, "worried about", "party leaders");
    expect_exact("The mayor spoke, with donors wary of the levy.", "the levy",
                 WS_REPORTED, "wary of", "donors");
}

/* "The proposals for pooling arms orders are backed by ...", "Of the nine
 * judges ..., five were appointed by ...", "is likely to be approved by":
 * a passive act with a "by" agent whose subject the noun phrase rules
 * missed (an -ing word inside it, a number after a comma, an adjective of
 * likelihood before "to be") made no statement. */
static void
test_en_passive_act_with_agent_subject_missed(void)
{
    expect_exact("The proposals for pooling arms orders are backed by a "
                 "broad group of ministers.",
                 "The proposals for pooling arms orders", WS_REPORTED,
                 "backed by", NULL);
    expect_exact("Of the nine judges on the panel, five were appointed by "
                 "Republican governors.",
                 "five", WS_REPORTED, "appointed by", "Republican governors");
    expect_exact("The new zoning map is likely to be approved by the council.",
                 "The new zoning map", WS_REPORTED, "approved by",
                 "the council");
}

/* "the Herald, which first reported the deal": "first" between a pronoun
 * subject and its act verb hid the subject. */
static void
test_en_act_after_pronoun_and_first(void)
{
    expect_exact("The mayor leaked the memo to the Herald, which first "
                 "reported the deal.",
                 "the deal", WS_REPORTED, "reported", "which");
    expect_exact("She first proposed the bridge toll.", "the bridge toll",
                 WS_REPORTED, "proposed", "She");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_acts_more: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_link_ignore_see_as_verbs();
    test_en_link_ignore_see_as_no_act();
    test_en_bare_act_after_group_subject();
    test_en_act_object_ends_before_comma_clause_of_cause();
    test_en_adjective_act_after_curly_negated_copula();
    test_en_adjective_act_in_with_phrase();
    test_en_passive_act_with_agent_subject_missed();
    test_en_act_after_pronoun_and_first();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
