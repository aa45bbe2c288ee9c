/*
 * test_stance_en_fp25.c - English statements of the wrong kind or found
 * where there are none (session 25).  Each test is named after what
 * broke, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "wrote that \"...\"": a whole quotation brought in by the complementizer
 * "that" is quoted speech inside a reported clause, mixed speech; it was
 * taken for direct speech (the quotation alone) or for indirect. */
static void
test_en_that_quote_is_mixed(void)
{
    expect_exact("The lighthouse keeper wrote that, \"the lamp has not "
                 "failed once this winter.\"",
                 "the lamp has not failed once this winter.", WS_MIXED, "wrote",
                 "The lighthouse keeper");
    expect_exact("The orchard growers told the council that \"frost ruined "
                 "half of the apple crop.\"",
                 "\"frost ruined half of the apple crop.\"", WS_MIXED, "told",
                 "The orchard growers");
    /* a quotation with no "that" before it stays direct */
    expect_exact("\"The lamp has not failed once this winter,\" the "
                 "lighthouse keeper wrote.",
                 "The lamp has not failed once this winter,", WS_DIRECT,
                 "wrote", "the lighthouse keeper");
}

/* "cited complaints the tenants had made": a reported act whose object
 * holds a clause with a finite auxiliary tells a proposition, indirect
 * speech; it stayed a reported act.  A bare noun phrase object stays
 * reported. */
static void
test_en_clause_in_object_is_indirect(void)
{
    expect_exact("The inspector cited complaints the tenants had made about "
                 "the boiler.",
                 "complaints the tenants had made about the boiler",
                 WS_INDIRECT, "cited", "The inspector");
    expect_exact("The coach offered no proof that the referee had taken "
                 "money.",
                 "no proof that the referee had taken money", WS_INDIRECT,
                 "offered", "The coach");
    expect_exact("The inspector cited the broken boiler in her report.",
                 "the broken boiler", WS_REPORTED, "cited", "The inspector");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_fp25: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_that_quote_is_mixed();
    test_en_clause_in_object_is_indirect();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
