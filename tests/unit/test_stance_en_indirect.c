/*
 * test_stance_en_indirect.c - English indirect and mixed speech fixes of
 * session 11 (issue 9): content clauses, their boundaries and their
 * speakers.  Each test is named after what broke, on short invented
 * sentences.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* The statement whose content is exactly `content` (all segments joined
 * by " | "), with kind `kind`, cue `cue` and a speaker span containing
 * `speaker` (NULL: not checked). */
static void
expect_exact(const char *text, const char *content, int kind, const char *cue,
             const char *speaker)
{
    ws_doc *d = run("en", text);
    if (d == NULL) {
        CHECK(0, "out of memory");
        return;
    }
    ws_statement *hit = NULL;
    char got[1024];
    got[0] = '\0';
    for (int32_t i = 0; i < d->statements.n && hit == NULL; i++) {
        ws_statement *st = &d->statements.v[i];
        char buf[1024];
        buf[0] = '\0';
        for (int k = 0; k < st->ncontent; k++) {
            size_t n = strlen(buf);
            snprintf(buf + n, sizeof buf - n, "%s%s", k ? " | " : "",
                     span(d, st->content[k]));
        }
        if (strcmp(buf, content) == 0)
            hit = st;
        else {
            /* "[content] " appended while it fits (no snprintf into the
             * rest: gcc -O1 warns that it may truncate) */
            size_t n = strlen(got), bl = strlen(buf);
            if (n + bl + 4 <= sizeof got) {
                got[n] = '[';
                memcpy(got + n + 1, buf, bl);
                memcpy(got + n + 1 + bl, "] ", 3);
            }
        }
    }
    CHECK(hit != NULL, "%s: no statement \"%s\" (got %s)", text, content, got);
    if (hit != NULL) {
        CHECK(hit->kind == kind, "\"%s\": kind %s, want %s", content,
              ws_kind_name(hit->kind), ws_kind_name(kind));
        if (cue)
            CHECK(strcmp(span(d, hit->cue), cue) == 0,
                  "\"%s\": cue \"%s\", want \"%s\"", content, span(d, hit->cue),
                  cue);
        if (speaker)
            CHECK(strstr(span(d, hit->speaker), speaker) != NULL,
                  "\"%s\": speaker \"%s\", want \"%s\"", content,
                  span(d, hit->speaker), speaker);
    }
    ws_doc_free(d);
}

/* 'said he "would ..."': the one word between the verb and the quote is
 * the subject of the quoted clause, so the statement is mixed speech
 * with the subject in its content; it was a direct quote without it. */
static void
test_en_subject_word_before_quote_is_mixed(void)
{
    expect_exact("The coach said he \"would never leave the club.\"",
                 "he \"would never leave the club.\"", WS_MIXED, "said",
                 "The coach");
    expect_exact("The senator says Moreno\xe2\x80\x99s \"budget is a "
                 "fantasy.\"",
                 "Moreno\xe2\x80\x99s \"budget is a fantasy.\"", WS_MIXED,
                 "says", "The senator");
    /* a time word or an addressee between stays a direct quote */
    expect_exact("The coach said Friday \"we will win the next round.\"",
                 "we will win the next round.", WS_DIRECT, "said", "The coach");
    expect_exact("The coach told reporters \"we are ready for anything.\"",
                 "we are ready for anything.", WS_DIRECT, "told", "The coach");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_en_indirect: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_en_subject_word_before_quote_is_mixed();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
