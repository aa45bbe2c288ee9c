/*
 * test_stance_en_bounds26.c - English content boundaries (session 26):
 * contents that ran on past the end of what was said, so that they
 * overlapped the right one too little.  Each test is named after what it
 * fixes, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* 'claim that members would "lose everything," there would be ...': a
 * comma (inside a closing mark or not) and a new clause with a subject
 * and a finite verb of its own, joined by no conjunction, is the
 * writer's sentence going on; what was said ends at the comma */
static void
test_en_comma_then_new_clause_ends_content(void)
{
    expect_exact("Against the union's claim that members would \"lose "
                 "everything,\" there would be new posts for most of them.",
                 "members would \"lose everything,\"", WS_MIXED, "claim", NULL);
    expect_exact("The coach said the squad was \"worn out,\" the fans "
                 "wanted a quieter week.",
                 "the squad was \"worn out,\"", WS_MIXED, "said", "The coach");
    expect_exact("Against the union's claim that members would lose "
                 "everything, there would be new posts for most of them.",
                 "members would lose everything", WS_INDIRECT, "claim", NULL);
    /* a fronted condition inside the content keeps its main clause */
    expect_exact("The mayor said that if taxes climbed, the town would "
                 "suffer.",
                 "if taxes climbed, the town would suffer", WS_INDIRECT, "said",
                 "The mayor");
    /* a list of clauses ending in "and" is one content */
    expect_exact("The mayor said prices climbed, wages dropped and rents "
                 "doubled.",
                 "prices climbed, wages dropped and rents doubled", WS_INDIRECT,
                 "said", "The mayor");
    /* an apposition is no clause */
    expect_exact("The mayor said Smith, the town clerk, had quit.",
                 "Smith, the town clerk, had quit", WS_INDIRECT, "said",
                 "The mayor");
}

/* "granted Mr. Lowe an extension", "deny them drilling permits": after a
 * verb of giving or refusing, the recipient before the thing given was
 * taken into the act's object */
static void
test_en_give_verb_recipient_not_in_object(void)
{
    expect_exact("The judge granted Mr. Lowe an extension on the deadline.",
                 "an extension on the deadline", WS_REPORTED, "granted",
                 "The judge");
    expect_exact("The board offered the workers a new contract.",
                 "a new contract", WS_REPORTED, "offered", "The board");
    expect_exact("The state denied them drilling permits.", "drilling permits",
                 WS_REPORTED, "denied", "The state");
    expect_exact("The panel offered her a seat on the board.",
                 "a seat on the board", WS_REPORTED, "offered", "The panel");
    /* one object stays whole */
    expect_exact("The judge denied the request.", "the request", WS_REPORTED,
                 "denied", "The judge");
}

/* "never trusted it herself": an emphatic reflexive after a lone pronoun
 * object was taken into what is trusted */
static void
test_en_object_pronoun_then_reflexive_ends_content(void)
{
    expect_exact("Our coach never believed it herself.", "it", WS_INDIRECT,
                 "believed", "Our coach");
    /* a reflexive after a clause's object stays in the clause */
    expect_exact("The mayor said he would fix the roads himself.",
                 "he would fix the roads himself", WS_INDIRECT, "said",
                 "The mayor");
}

/* "... will grow by 1.2 percent, less than half the pace forecast in
 * March": a comparison after a figure, set off by a comma, is the
 * writer's gloss on the figure, not what was forecast or said */
static void
test_en_figure_then_comparison_ends_content(void)
{
    expect_exact("The bank expects growth will slow to 1.2 percent, less "
                 "than half the pace forecast in March.",
                 "growth will slow to 1.2 percent", WS_INDIRECT, "expects",
                 "The bank");
    expect_exact("The mayor said the levy would raise $4 million, more than "
                 "twice the old one.",
                 "the levy would raise $4 million", WS_INDIRECT, "said",
                 "The mayor");
    /* no comma: the comparison is part of the figure */
    expect_exact("The mayor said the levy would raise $4 million more than "
                 "the old one.",
                 "the levy would raise $4 million more than the old one",
                 WS_INDIRECT, "said", "The mayor");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_bounds26: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_comma_then_new_clause_ends_content();
    test_en_give_verb_recipient_not_in_object();
    test_en_object_pronoun_then_reflexive_ends_content();
    test_en_figure_then_comparison_ends_content();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
