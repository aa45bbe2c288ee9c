/*
 * test_stance_en_acc30.c - English attributions (session 30): a trailing
 * speaker with an apposition and a message sent by a thing or followed
 * by a trailing attribution.  Each test is
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

/* "The verdict sends a firm message that ...": a message sent by a thing
 * was no statement at all; its content is the clause, and a thing that
 * sends it is no speaker (a person still is) */
static void
test_en_message_that_thing_no_speaker(void)
{
    expect_exact("The verdict sends a firm message that landlords must fix "
                 "damp flats.",
                 "landlords must fix damp flats", WS_INDIRECT,
                 "sends a firm message", NULL);
    expect_speaker("The verdict sends a firm message that landlords must fix "
                   "damp flats.",
                   "sends a firm message", "", NULL);
    expect_speaker("This sends a signal that the league will fine late clubs.",
                   "sends a signal", "", NULL);
    expect_exact("The coach sent a message that training would start early.",
                 "training would start early", WS_INDIRECT, "sent a message",
                 "The coach");
    /* a message with no clause is no statement of this kind */
    expect_no_en_cue("The verdict sends a firm message to landlords.",
                     "sends a firm message");
}

/* "... sends a loud message that our goal "is ...," Mr. X said": the
 * clause ran on over the trailing attribution, whose verb made it a
 * clause; it ends before the attribution, and the statement is the
 * speaker's, not a second one of the message */
static void
test_en_message_that_trailing_attribution(void)
{
    expect_no_en_cue("The plans send a loud message that our first goal "
                     "\"is cutting the waiting lists for surgery,\" Mr. "
                     "Odhiambo said.",
                     "send a loud message");
    expect_no_en_cue("The plans send a loud message that our first goal is "
                     "cutting the waiting lists for surgery, Mr. Odhiambo "
                     "said.",
                     "send a loud message");
    expect_speaker("The plans send a loud message that our first goal is "
                   "cutting the waiting lists for surgery, Mr. Odhiambo "
                   "said.",
                   "said", "Mr. Odhiambo", NULL);
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
    test_en_message_that_thing_no_speaker();
    test_en_message_that_trailing_attribution();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
