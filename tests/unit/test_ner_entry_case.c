/*
 * test_ner_entry_case.c - a lexicon entry written with a capital (or in
 * capitals) matches only a first token that has it: match_from() checks
 * that case before the entry's words.  Each entry is tried as written and
 * in lower case, as one word and as two, in sentences written for this
 * test.
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
expect_in(const char *name, int type, int want)
{
    char text[256];
    snprintf(text, sizeof text,
             "The small delegation flew to meet %s officials on Monday.", name);
    ws_doc *d = run("en", text);
    if (!d)
        return;
    CHECK(has(d, name, type) == want, "\"%s\": %s %s", text,
          want ? "no" : "unexpected", ws_etype_name(type));
    ws_doc_free(d);
}

static void
test_capital_entries_need_their_case(void)
{
    /* two words, the first with a capital */
    expect_in("New Zealand", WS_LOC, 1);
    expect_in("new zealand", WS_LOC, 0);
    /* one word in capitals */
    expect_in("NATO", WS_ORG, 1);
    expect_in("nato", WS_ORG, 0);
    expect_in("UNICEF", WS_ORG, 1);
    expect_in("unicef", WS_ORG, 0);
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
    test_capital_entries_need_their_case();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
