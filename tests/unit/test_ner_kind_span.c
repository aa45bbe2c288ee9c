/*
 * test_ner_kind_span.c - the ner passes that look for the tokens of one
 * lexicon kind (an outlet before a quoted name, a region after a place,
 * a GOV head, a role, an ORG head) read only the tokens from the first
 * match of that kind to the last.  Each document here holds one match of
 * the kind, at its first word: a span that starts one token late, or
 * ends at the match instead of one past it, loses the entity.  The sentences
 * are written for these tests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

static ws_doc *
run(const char *lang, const char *text)
{
    ws_doc *d = ws_doc_new();
    if (!d)
        return NULL;
    ws_doc_set_text(d, text, strlen(text));
    snprintf(d->lang, sizeof(d->lang), "%s", lang);
    d->lang_given = 1;
    int rc = ws_ner(worker, d);
    CHECK(rc == 0, "ws_ner failed on \"%s\": %d", text, rc);
    return d;
}

/* 1 when d has an entity of this text and type */
static int
has(const ws_doc *d, const char *text, int type)
{
    for (int32_t i = 0; i < d->entities.n; i++)
        if (!strcmp(d->entities.v[i].text, text) &&
            d->entities.v[i].type == type)
            return 1;
    return 0;
}

static void
expect_in(const char *lang, const char *text, const char *name, int type)
{
    ws_doc *d = run(lang, text);
    if (!d)
        return;
    CHECK(has(d, name, type), "%s: no %s \"%s\" in \"%s\"", lang,
          ws_etype_name(type), name, text);
    ws_doc_free(d);
}

/* an outlet noun as the document's first word, and as its only one */
static void
test_outlet_at_first_token(void)
{
    expect_in("uk", "Газета «Ранковий Поділ» написала про це.",
              "Ранковий Поділ", WS_MEDIA);
    expect_in("de", "Zeitung „Talwächter“ berichtete darüber.", "Talwächter",
              WS_MEDIA);
}

/* a GOV head as the document's first word */
static void
test_gov_head_at_first_token(void)
{
    expect_in("uk", "Уряд Волинської області повідомив про ремонт.",
              "Уряд Волинської області", WS_GOV);
    expect_in("ru", "Правительство Тверской области осудило задержку.",
              "Правительство Тверской области", WS_GOV);
}

/* a role (a word the tokenizer split) as the document's first word */
static void
test_role_at_first_token(void)
{
    expect_in("fr", "Porte-parole du ministère, Anne Ferrand a parlé.",
              "Porte-parole", WS_ROLE);
}

/* a document with no match of a kind after one with it: the span is the
 * document's own */
static void
test_span_is_per_document(void)
{
    expect_in("ru", "Губернатор Тверской области приехал на завод.",
              "Тверской области", WS_LOC);
    ws_doc *d = run("ru", "Вчера шёл дождь.");
    if (d) {
        CHECK(d->entities.n == 0, "%d entities in a sentence without names",
              (int)d->entities.n);
        ws_doc_free(d);
    }
}

int
main(void)
{
    char err[256];
    models = ws_models_open(NULL, err, sizeof(err));
    CHECK(models != NULL, "models: %s", err);
    if (!models)
        TEST_END();
    worker = ws_worker_new(models);
    CHECK(worker != NULL, "worker");
    if (!worker)
        TEST_END();
    test_outlet_at_first_token();
    test_gov_head_at_first_token();
    test_role_at_first_token();
    test_span_is_per_document();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
