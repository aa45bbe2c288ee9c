/*
 * test_stance_en_acc30.c - English attributions (session 30): a trailing
 * speaker with an apposition.  Each test is
 * named after what it fixes, on short invented sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* "The harbour is safe, Okoye, a pilot with the port authority, said":
 * the speaker with an apposition after the clause it attributes had no
 * subject, and the content ran on over the name and the apposition */
static void
test_en_trailing_speaker_apposition(void)
{
    expect_exact("The harbour is safe for small boats, Okoye, a pilot with "
                 "the port authority, said on Friday.",
                 "The harbour is safe for small boats", WS_INDIRECT, "said",
                 "Okoye");
    expect_exact("The levy will fall next spring, the treasurer, a former "
                 "banker, told reporters.",
                 "The levy will fall next spring", WS_INDIRECT, "told",
                 "the treasurer");
    /* a name list with no clause before it stays as it was */
    expect_exact("Brandt, the club's coach, said the pitch was flooded.",
                 "the pitch was flooded", WS_INDIRECT, "said", "Brandt");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_acc30: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_trailing_speaker_apposition();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
