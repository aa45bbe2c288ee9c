/*
 * test_tok_perf40.c - the sentence splitter's per-token passes (session
 * 40): the pass that marks hyphenated compounds and Cyrillic initials and
 * decides the rule breaks (compound_nobrk asked only before a hyphen's
 * byte, the policy and the previous token's flags in locals), and the
 * last pass that rejoins abbreviation periods and numbers the tokens'
 * sentences (the count of sentences in a local).  The expected figures
 * were made by the tokenizer before them (31d65a1; `-gen` prints them):
 * the sentence starts of edge cases, and a hash of the tokens, sentences
 * and paragraphs of random documents rich in hyphens, dashes, initials,
 * abbreviations, ellipses and enumerators, in the six languages with
 * models, a language without one, and without the classifier (WS_SBD=0).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "tokenize_test.h"
#include "ws_int.h"

/* the random documents' figures by the tokenizer at 31d65a1 */
#define RANDOM_TOKENS    193667
#define RANDOM_SENTENCES 30128
#define RANDOM_HASH      0x94a13f89c310e5d0ULL
#define SINK_FEATURES    201138
#define SINK_HASH        0x0c12f3e1f814338fULL

static ws_models *models;
static int gen;

/* A hyphenated model name before a sentence end, asked in two languages */
#define BUK_M1                                                                 \
    "\xd0\x91\xd1\x83\xd0\xba-\xd0\x9c"                                        \
    "1 \xd0\xb2\xd1\x8b\xd0\xbb\xd0\xb5\xd1\x82\xd0\xb5\xd0\xbb. "             \
    "\xd0\x9e\xd0\xbd \xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbb."

static const struct {
    const char *text, *lang, *want;
} cases[] = {
    {BUK_M1, "ru", "8:0,27"},
    {BUK_M1, "uk", "8:0,27"},
    {"The A-4 jet flew. It landed.", "en", "10:0,18"},
    {"He is well-known - and so on. Then x-y Z.", "en", "13:0,30"},
    {"\xd0\x92. \xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd "
     "\xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbb. \xd0\x92. \xd0\x92. "
     "\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd "
     "\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82\xd0\xb8\xd0\xbb. \xd0\x84. "
     "\xd0\x9c\xd0\xb0\xd1\x80\xd1\x87\xd1\x83\xd0\xba "
     "\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb1\xd1\x8b\xd0\xbb.",
     "ru", "13:0,29,64"},
    {"\xd0\x84. \xd0\x9c\xd0\xb0\xd1\x80\xd1\x87\xd1\x83\xd0\xba "
     "\xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xb2. "
     "\xd0\x92.\xd0\x9f\xd1\x83\xd1\x82\xd1\x96\xd0\xbd \xd0\xbd\xd1\x96.",
     "uk", "10:0,31"},
    {"Mr. Smith went to the U.S. He said so.", "en", "10:0"},
    {"See e.g. the list etc. and more. Fine.", "en", "10:0,33"},
    {"It ended... and then. It ended\xe2\x80\xa6 Then.", "en", "11:0,22"},
    {"Id\xc4\x99 \xe2\x80\x93 powiedzia\xc5\x82. By\xc5\x82 tam. \xe2\x80\x93 "
     "a powr\xc3\xb3\xc4\x87my",
     "pl", "10:0,22,32"},
    {"1. Pierwszy punkt. 2. Drugi punkt.", "pl", "10:0,19"},
    {"un excellent travail Ils sont partis ; Il est l\xc3\xa0", "fr",
     "10:0,21,39"},
    {"r\xc3\xa9sum\xc3\xa9 Le Monde dit. La Rochelle aussi.", "fr", "9:0,23"},
    {"boju. 46-letni pan. Tak.", "pl", "7:0,6,20"},
    {"Hello x-", "en", "3:0"},
    {"-", "en", "1:0"},
    {"A-", "en", "2:0"},
    {"-A", "en", "2:0"},
    {"A - B-52 - C.", "de", "7:0"},
    {"Der B-52 flog. Er landete.", "de", "9:0,15"},
    {"Il pleut. La Tour-Eiffel brille.", "it", "7:0,10"},
};

static void
test_cases(ws_worker *w)
{
    size_t c;
    char got[512];

    for (c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
        int r = starts_case(w, cases[c].text, cases[c].lang,
                            gen ? NULL : cases[c].want, got, sizeof(got));
        CHECK(r >= 0, "case %zu: no tokens", c);
        if (r < 0)
            continue;
        if (gen)
            printf("case %zu: %s\n", c, got);
        else
            CHECK(r == 1, "case %zu (%s): sentences %s, want %s", c,
                  cases[c].text, got, cases[c].want);
    }
}

static uint64_t rng = 0x2545F4914F6CDD1DULL;

/* Random documents of pieces the passes look for, in any order, glued or
 * spaced; the hash of every token's spans, flags and sentence, of the
 * sentences and of the paragraphs */
static void
test_random(ws_worker *w, ws_worker *w0, int *ntok, int *nsent, uint64_t *hp)
{
    static const char *const piece[] = {"A",
                                        "-",
                                        "-",
                                        "4",
                                        "well",
                                        "known",
                                        "Бук",
                                        "М1",
                                        "В.",
                                        "В",
                                        ".",
                                        ".",
                                        ".",
                                        "Путин",
                                        "Є.",
                                        "Марчук",
                                        "Mr.",
                                        "U.S.",
                                        "etc.",
                                        "Dr.",
                                        "\xe2\x80\x93",
                                        "\xe2\x80\x94",
                                        "\xe2\x80\xa6",
                                        "...",
                                        "1.",
                                        "2",
                                        "12",
                                        "the",
                                        "said",
                                        "he",
                                        "It",
                                        "Il",
                                        "La",
                                        "ils",
                                        ";",
                                        ",",
                                        "!",
                                        "?",
                                        "\"",
                                        ")",
                                        "\n",
                                        "\n\n",
                                        "x-y",
                                        "A-4",
                                        "Z",
                                        "ok",
                                        "The",
                                        "Der",
                                        "macha",
                                        "powiedział",
                                        "рік",
                                        "серпня",
                                        "boju",
                                        "46-letni",
                                        "Paris",
                                        "\xc2\xab",
                                        "\xc2\xbb",
                                        "B-52",
                                        "co-op",
                                        "e.g."};
    const size_t np = sizeof(piece) / sizeof(piece[0]);
    static const char *const langs[] = {"en", "fr", "de", "ru",
                                        "uk", "pl", "it"};
    static char text[4096];
    uint64_t h = *hp;
    int doc;

    for (doc = 0; doc < 5600; doc++) {
        size_t n = 0;
        int nw = 1 + (int)xs_rnd(&rng, 70);
        ws_doc *d;
        n = glue_pieces(text, sizeof(text), piece, np, nw, &rng, 3);
        /* every eighth document without the classifier */
        d = tokenize_lang(doc % 8 == 7 ? w0 : w, text, n, langs[doc % 7]);
        CHECK(d != NULL, "document %d: no tokens", doc);
        if (!d)
            continue;
        h = mix_doc(h, d);
        *ntok += d->tokens.n;
        *nsent += d->sentences.n;
        ws_doc_free(d);
    }
    *hp = h;
}

/* The training sink's features (every one the classifier makes, the
 * folded words' hashes and their last three bytes' among them) of random
 * documents of words of every length, in mixed case, with letters outside
 * ASCII, digits and punctuation: their hash, made by the tokenizer at
 * 31d65a1 (whose fold hashed each token's every prefix and its suffix) */
static void
test_sink_random(ws_worker *w, int *nfeat, uint64_t *hp)
{
    static const char *const piece[] = {
        "a",
        "I",
        "an",
        "Of",
        "the",
        "THE",
        "said",
        "Said",
        "house",
        "Houses",
        "mention",
        "MENTIONED",
        "statement",
        "Statements",
        "government",
        "Governments",
        "x",
        "Mr.",
        "U.S.",
        "etc.",
        "\xc3\x9c"
        "ber",
        "\xc3\x89"
        "COLE",
        "stra\xc3\x9f"
        "e",
        "\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd",
        "caf\xc3\xa9",
        "12",
        "3.5",
        "1990",
        ".",
        ".",
        ",",
        "!",
        "?",
        "\"",
        "-",
        "\n\n",
        "AbCdEfGh",
        "abcdefghi",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "x1",
        "(",
        ")",
        "a-b",
        "Zz"};
    const size_t np = sizeof(piece) / sizeof(piece[0]);
    static char text[2048];
    ws_icu *u = ws_worker_icu(w);
    uint64_t h = *hp;

    for (int doc = 0; doc < 600; doc++) {
        size_t n = 0;
        int nw = 1 + (int)xs_rnd(&rng, 60);
        ws_sbd_sink sink;
        ws_doc *d;
        n = glue_pieces(text, sizeof(text), piece, np, nw, &rng, 4);
        memset(&sink, 0, sizeof(sink));
        ws_icu_set_sink(u, &sink);
        d = tokenize_lang(w, text, n, doc % 2 ? "en" : "de");
        ws_icu_set_sink(u, NULL);
        CHECK(d != NULL, "sink document %d: no tokens", doc);
        for (size_t i = 0; i < sink.nfeat; i++)
            h = mix(h, sink.feat[i]);
        for (size_t i = 0; i < sink.n; i++) {
            h = mix(h, (int64_t)sink.off[i + 1]);
            h = mix(h, sink.pos[i]);
            h = mix(h, sink.rule[i]);
        }
        *nfeat += (int)sink.nfeat;
        free(sink.feat);
        free(sink.off);
        free(sink.pos);
        free(sink.rule);
        free(sink.label);
        ws_doc_free(d);
    }
    *hp = h;
}

int
main(int argc, char **argv)
{
    char err[256];
    ws_worker *w, *w0;
    int ntok = 0, nsent = 0, nfeat = 0;
    uint64_t h = 14695981039346656037ULL, hs = 14695981039346656037ULL;

    gen = argc > 1 && strcmp(argv[1], "-gen") == 0;
    models = ws_models_open(NULL, err, sizeof(err));
    if (!models) {
        fprintf(stderr, "test_tok_perf40: %s\n", err);
        return 1;
    }
    w = ws_worker_new(models);
    /* a worker without the classifier: WS_SBD is read when the worker
     * first asks for a model */
    setenv("WS_SBD", "0", 1);
    w0 = ws_worker_new(models);
    if (!w || !w0) {
        fprintf(stderr, "test_tok_perf40: no worker\n");
        return 1;
    }
    {
        ws_doc *d = tokenize_lang(w0, "A b.", 4, "en");
        ws_doc_free(d);
    }
    unsetenv("WS_SBD");
    test_cases(w);
    test_random(w, w0, &ntok, &nsent, &h);
    test_sink_random(w, &nfeat, &hs);
    if (gen) {
        printf("random: %d tokens, %d sentences, hash %016llx\n", ntok, nsent,
               (unsigned long long)h);
        printf("sink: %d features, hash %016llx\n", nfeat,
               (unsigned long long)hs);
    } else {
        CHECK(nfeat == SINK_FEATURES, "%d sink features, want %d", nfeat,
              SINK_FEATURES);
        CHECK(hs == SINK_HASH, "sink hash %016llx, want %016llx",
              (unsigned long long)hs, (unsigned long long)SINK_HASH);
        CHECK(ntok == RANDOM_TOKENS, "%d tokens, want %d", ntok, RANDOM_TOKENS);
        CHECK(nsent == RANDOM_SENTENCES, "%d sentences, want %d", nsent,
              RANDOM_SENTENCES);
        CHECK(h == RANDOM_HASH, "hash %016llx, want %016llx",
              (unsigned long long)h, (unsigned long long)RANDOM_HASH);
    }
    ws_worker_free(w0);
    ws_worker_free(w);
    ws_models_free(models);
    TEST_END();
}
