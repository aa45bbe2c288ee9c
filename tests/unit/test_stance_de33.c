/*
 * test_stance_de33.c - German source phrases ("laut X", "nach Angaben X",
 * "X zufolge") on short invented sentences: where the source ends (an
 * adjective after "vom", a genitive with adjectives, a second source
 * joined by "und", a name in apposition, an adjective before a bare
 * noun), a relative clause on the source before the clause goes on, and
 * a source after "und" that speaks for its own conjunct only.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* The statement whose content holds `needle` has the content segments
 * `want` (joined by " | ") and a speaker span holding `speaker`. */
static void
expect_parts(const char *text, const char *needle, const char *want,
             const char *speaker)
{
    ws_doc *d = run("de", text);
    if (d == NULL) {
        CHECK(0, "out of memory");
        return;
    }
    ws_statement *st = find(d, needle);
    CHECK(st != NULL, "%s: no statement with \"%s\" (%d found)", text, needle,
          d->statements.n);
    if (st != NULL) {
        char got[512] = "";
        for (int k = 0; k < st->ncontent; k++) {
            if (k > 0)
                strncat(got, " | ", sizeof got - strlen(got) - 1);
            strncat(got, span(d, st->content[k]), sizeof got - strlen(got) - 1);
        }
        CHECK(strcmp(got, want) == 0, "%s: content \"%s\", want \"%s\"", text,
              got, want);
        CHECK(strstr(span(d, st->speaker), speaker) != NULL,
              "%s: speaker \"%s\", want \"%s\"", text, span(d, st->speaker),
              speaker);
    }
    ws_doc_free(d);
}

/* "Nach Informationen vom frühen Morgen ...": an adjective between "vom"
 * and the noun left the source empty, and no statement was made. */
static void
test_de_source_vom_adjective(void)
{
    expect_parts(
        "Nach Informationen vom fr\xc3\xbchen Morgen wurden zw\xc3\xb6lf "
        "Menschen verletzt.",
        "zw\xc3\xb6lf Menschen", "wurden zw\xc3\xb6lf Menschen verletzt",
        "Morgen");
}

/* A second source joined by "und" is the source's, not the content's. */
static void
test_de_source_joined_by_und(void)
{
    expect_parts("Nach Angaben der Polizei und der Feuerwehr wurden drei "
                 "H\xc3\xa4user zerst\xc3\xb6rt.",
                 "drei H\xc3\xa4user",
                 "wurden drei H\xc3\xa4user zerst\xc3\xb6rt", "Feuerwehr");
    expect_parts("Im Hafen sind nach Angaben von DPA und AP zwei Schiffe "
                 "gesunken.",
                 "zwei Schiffe", "Im Hafen sind | zwei Schiffe gesunken", "AP");
}

/* A genitive whose noun has an adjective before it, and a name in
 * apposition after it, end the source, not the content's first words. */
static void
test_de_source_genitive_adjective(void)
{
    expect_parts("Nach Angaben der Schwester des verletzten Fahrers "
                 "ging es um einen Streit.",
                 "Streit", "ging es um einen Streit", "Fahrers");
    expect_parts("Der Damm bildet nach Angaben des Leiters des "
                 "st\xc3\xa4"
                 "dtischen Bauamts, Paul Winter, eine Gefahr "
                 "f\xc3\xbcr die Siedlung.",
                 "Gefahr",
                 "Der Damm bildet | eine Gefahr f\xc3\xbcr die "
                 "Siedlung",
                 "Paul Winter");
}

/* "X zufolge": a source joined by "und" before it and an adjective
 * before a bare source noun belong to the source; a verb before it
 * ("wurden") stays in the content. */
static void
test_de_zufolge_joined_and_adjective(void)
{
    expect_parts("Der Zug war Berichten der Sender Radio Ost und Radio West "
                 "zufolge bis Mitternacht unterwegs.",
                 "Mitternacht", "Der Zug war | bis Mitternacht unterwegs",
                 "Radio");
    expect_parts("Die Firma strich eigenen Angaben zufolge drei\xc3\x9fig "
                 "Stellen.",
                 "Stellen", "Die Firma strich | drei\xc3\x9fig Stellen",
                 "Angaben");
    expect_parts("Die H\xc3\xa4ndler wurden Angaben zufolge sofort bezahlt.",
                 "bezahlt", "Die H\xc3\xa4ndler wurden | sofort bezahlt",
                 "Angaben");
}

/* A verb in "-en" before "Angaben zufolge" is the content's, whatever
 * its stem ("warten": "wart", "bieten": "biet" look like adjectives'
 * stems); an adjective before the noun is the source's: German declines
 * an adjective in "-em" too ("erstem"), a verb never. */
static void
test_de_zufolge_verb_has_no_em_form(void)
{
    expect_parts("Die Fahrg\xc3\xa4ste warten Angaben zufolge seit dem Morgen "
                 "am Bahnhof.",
                 "Bahnhof",
                 "Die Fahrg\xc3\xa4ste warten | seit dem Morgen am "
                 "Bahnhof",
                 "Angaben");
    expect_parts("Die Helfer bieten Angaben zufolge warme Mahlzeiten an.",
                 "Mahlzeiten", "Die Helfer bieten | warme Mahlzeiten an",
                 "Angaben");
    expect_parts("Die G\xc3\xa4ste warteten ersten Berichten zufolge "
                 "vergeblich.",
                 "vergeblich", "Die G\xc3\xa4ste warteten | vergeblich",
                 "ersten Berichten");
    /* the test itself, loose or not: verbs (tokens 1 and 3) no, the
     * adjective and the possessive (4 and 2) yes */
    ws_doc *d = run("de", "Sie arbeiten ihren halten offiziellen Plan.");
    if (d != NULL && d->tokens.n > 5) {
        for (int loose = 0; loose < 2; loose++) {
            CHECK(!ws_de_src_adj(worker, d, 1, loose), "arbeiten (%d)", loose);
            CHECK(!ws_de_src_adj(worker, d, 3, loose), "halten (%d)", loose);
            CHECK(ws_de_src_adj(worker, d, 2, loose), "ihren (%d)", loose);
            CHECK(ws_de_src_adj(worker, d, 4, loose), "offiziellen (%d)",
                  loose);
        }
    }
    ws_doc_free(d);
}

/* A relative clause on the source ("laut Berichten, die einen Ermittler ...
 * zitieren, ...") is neither source nor content; the clause goes on after
 * it.  A relative clause whose own verb has a "dass" clause is not
 * skipped. */
static void
test_de_source_relative_clause(void)
{
    expect_parts("Der Schaden ist laut Zeitungsberichten, die einen Ermittler "
                 "zitieren, deutlich h\xc3\xb6her als erwartet.",
                 "Schaden",
                 "Der Schaden ist | deutlich h\xc3\xb6her als erwartet",
                 "Zeitungsberichten");
    expect_parts("Nach Angaben zweier Zeitungen, die einen Ermittler zitieren, "
                 "kommt die Pr\xc3\xbc"
                 "fung zu einem klaren Ergebnis.",
                 "klaren Ergebnis",
                 "kommt die Pr\xc3\xbc"
                 "fung zu einem klaren Ergebnis",
                 "Zeitungen");
    expect_parts(
        "Der Bau sei zu teuer, so die Ministerin, die auch angab, dass "
        "die Stadt nicht zahlen k\xc3\xb6nne.",
        "Der Bau", "Der Bau sei zu teuer", "Ministerin");
}

/* "... haben und laut Zeugen ... haben": the source speaks for its own
 * conjunct; the one before "und" is not its content. */
static void
test_de_source_after_und_own_conjunct(void)
{
    expect_parts(
        "Der Mann soll die T\xc3\xbcr aufgebrochen haben und laut "
        "Zeugen, die ihn beobachtet hatten, auch Geld gestohlen haben.",
        "Geld", "auch Geld gestohlen haben", "Zeugen");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_de33: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_de_source_vom_adjective();
    test_de_source_joined_by_und();
    test_de_source_genitive_adjective();
    test_de_zufolge_joined_and_adjective();
    test_de_zufolge_verb_has_no_em_form();
    test_de_source_relative_clause();
    test_de_source_after_und_own_conjunct();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
