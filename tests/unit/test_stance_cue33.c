/*
 * test_stance_cue33.c - the stance stage's shared machinery (session 33,
 * speed): tok_starting_at keeps its answers per character in a small
 * table of the document's context (the passes over the statements ask
 * the same cue and content starts again and again), and ctx_init's scan
 * marks the words that start no entry of the skip lexicon with a mask
 * per token, not a branch.  Each test is named after what it proves, on
 * short invented sentences.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* Invented sentences, each with the statement it makes (kind, cue,
 * speaker, content): contents found right after their cue
 * (content_after_cue, the "about" pass: tok_starting_at), and words of
 * the skip lexicon (adverbs, times, prepositions) read around cues */
static const char *const sent[][2] = {
    {"Residents complained about the noise from the plant.",
     "3|complained|Residents|the noise from the plant\n"},
    {"The pilot spoke out on Sunday about the runway lights.",
     "3|spoke out|The pilot|the runway lights\n"},
    {"The mayor asked whether the quay would reopen.",
     "1|asked|The mayor|whether the quay would reopen\n"},
    {"The mayor asked where the ferry would dock.",
     "1|asked|The mayor|where the ferry would dock\n"},
    {"The mayor asked if the ferry would dock.",
     "1|asked|The mayor|if the ferry would dock\n"},
    {"Officials questioned how the fund was spent.",
     "1|questioned|Officials|how the fund was spent\n"},
    {"The crews lodged a complaint about the rota.",
     "3|lodged a complaint|The crews|the rota\n"},
    {"The union vowed to fight the cuts.",
     "1|vowed|The union|to fight the cuts\n"},
    {"However, the clerk said the ledger was lost.",
     "1|said|the clerk|the ledger was lost\n"},
    {"When pressed, the clerk said the ledger was lost.",
     "1|said|the clerk|the ledger was lost\n"},
    {"Parents should know the school will close, the head said.",
     "1|said|the head|Parents should know the school will close\n"},
    {"The growers railed yesterday against the water charges.",
     "3|railed yesterday against|The growers|the water charges\n"},
};

/* A word of 64 bytes or more is never marked by the scan (its class is
 * looked up when asked): next to one, the words of the skip lexicon keep
 * their classes, and the sentence makes the statement it makes with a
 * short word in its place */
static void
test_skip_classes_same_next_to_long_word(void)
{
    static const char long_word[] =
        "Aaaabbbbccccddddeeeeffffgggghhhhiiiijjjjkkkkllllmmmmnnnnoooopppp"
        "qqqq";
    static char text[512];
    ws_doc *d = run("en", "The Fooo growers railed yesterday against the "
                          "water charges.");
    static char alone[4096];
    CHECK(d != NULL, "run");
    if (d == NULL)
        return;
    ws_test_dump(d, alone, sizeof alone);
    ws_doc_free(d);
    snprintf(text, sizeof text,
             "The %s growers railed yesterday against the water charges.",
             long_word);
    d = run("en", text);
    CHECK(d != NULL, "run");
    if (d == NULL)
        return;
    static char with_long[4096];
    ws_test_dump(d, with_long, sizeof with_long);
    ws_doc_free(d);
    CHECK(strstr(alone, "|railed yesterday against|") != NULL &&
              strstr(alone, "|the water charges\n") != NULL,
          "short word: %s", alone);
    CHECK(strstr(with_long, "|railed yesterday against|") != NULL &&
              strstr(with_long, "|the water charges\n") != NULL,
          "long word: %s", with_long);
}
enum { NSENT = sizeof sent / sizeof *sent };

static char want[1 << 17], got[1 << 17];

/* Each sentence alone makes its statement: a content found right after
 * its cue by its first token (tok_starting_at, asked first), and the
 * skip lexicon's classes of the words around a cue read from the memo
 * the scan marked */
static void
test_each_sentence_alone_makes_its_statement(void)
{
    for (size_t i = 0; i < NSENT; i++) {
        ws_doc *d = run("en", sent[i][0]);
        CHECK(d != NULL, "run");
        if (d == NULL)
            return;
        ws_test_dump(d, got, sizeof got);
        CHECK(strcmp(got, sent[i][1]) == 0, "%s:\n got  %s want %s", sent[i][0],
              got, sent[i][1]);
        ws_doc_free(d);
    }
}

/* A document of every sentence forty times, paragraph by paragraph, has
 * more cue and content starts than tok_starting_at's table has slots
 * (answers of other characters take a slot's place): every copy makes
 * its sentence's statement, as the sentence alone does */
static void
test_token_starts_same_with_table_full(void)
{
    enum { COPIES = 40 };
    size_t cap = 0;
    for (size_t i = 0; i < NSENT; i++)
        cap += (strlen(sent[i][0]) + 2) * COPIES;
    char *text = malloc(cap + 1);
    CHECK(text != NULL, "malloc");
    if (text == NULL)
        return;
    size_t n = 0, w = 0;
    want[0] = '\0';
    for (int c = 0; c < COPIES; c++)
        for (size_t i = 0; i < NSENT; i++) {
            size_t l = strlen(sent[i][0]);
            memcpy(text + n, sent[i][0], l);
            n += l;
            text[n++] = '\n';
            text[n++] = '\n';
            size_t lw = strlen(sent[i][1]);
            if (w + lw < sizeof want) {
                memcpy(want + w, sent[i][1], lw + 1);
                w += lw;
            }
        }
    text[n] = '\0';
    ws_doc *d = run("en", text);
    CHECK(d != NULL, "run");
    if (d != NULL) {
        ws_test_dump(d, got, sizeof got);
        CHECK(d->statements.n == COPIES * NSENT, "%d statements, want %d",
              (int)d->statements.n, COPIES * NSENT);
        CHECK(strcmp(got, want) == 0, "the copies differ:\n got  %.400s", got);
        ws_doc_free(d);
    }
    free(text);
}

/* The table is the document's: a sentence run after a long document on
 * the same worker (its statements' starts at other characters) makes
 * the statement it makes on a fresh worker */
static void
test_token_starts_not_kept_across_documents(void)
{
    static const char *const first =
        "The clerk said the ledger was lost. The mayor asked whether the "
        "ferry would dock, the pilot said. Residents complained about the "
        "noise, the warden said.";
    for (size_t i = 0; i < NSENT; i++) {
        ws_doc *d = run("en", first);
        CHECK(d != NULL && d->statements.n > 0, "first document");
        ws_doc_free(d);
        d = run("en", sent[i][0]);
        CHECK(d != NULL, "run");
        if (d == NULL)
            return;
        ws_test_dump(d, got, sizeof got);
        CHECK(strcmp(got, sent[i][1]) == 0, "%s after another:\n got  %s",
              sent[i][0], got);
        ws_doc_free(d);
    }
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_cue33: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_each_sentence_alone_makes_its_statement();
    test_skip_classes_same_next_to_long_word();
    test_token_starts_same_with_table_full();
    test_token_starts_not_kept_across_documents();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
