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
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
