/*
 * test_tokenize_sparse.c - the sentence splitter's passes that act at few
 * tokens (letter_lines, post_stamps, web_lines, closing_quotes, the glued
 * closers) visit only lists of candidate tokens: the sentences they make
 * are those of the full scans they replace.  The expected figures were
 * made by the full scans (the tokenizer at f3cadfd; `-gen` prints them):
 * the sentence starts of edge cases, and a hash of the tokens and
 * sentences of random documents rich in commas, quotation marks, numbers,
 * time stamps, links and paragraph breaks (in English, French, German and
 * Russian).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "test.h"
#include "tokenize_test.h"
#include "ws_int.h"

/* the random documents' figures by the full scans */
#define RANDOM_TOKENS    114259
#define RANDOM_SENTENCES 17950
#define RANDOM_HASH      0x52bb4d972b96c5d4ULL

static ws_models *models;
static ws_worker *worker;
static int gen;

static const struct {
    const char *text, *want;
} cases[] = {
    /* letter lines: salutation, closing, at the document start and after
     * a sentence; commas next to each other and at the start */
    {"Hi John, We are late. Best, Jeff", "10:0,22,28"},
    {"Louise, There are two. Good luck, Mike", "10:0,8,23"},
    {", , Louise, There are two.", "8:0"},
    {"He said so. Hi Anna, Thanks for it. Regards, Bob", "14:0,12,36,45"},
    {"Dear Mr Smith, Thank you, Yours, Ann", "10:0"},
    {"A, B, C, D, E, F", "11:0"},
    {"Best, Jeff", "3:0,6"},
    {"Hi,", "2:0"},
    /* time stamps: after a name, adjacent, at the end, without AM */
    {"Kay Mann 04/26/2001 07:17 AM Will you come?", "9:0,9,29"},
    {"Sent on 08/16/2000 03:14:14 PM to all.", "8:0"},
    {"Bob 1/2/2003 10:11 AM 3/4/2005 11:12 PM Hello there.", "10:0,4,22,40"},
    {"Ann 1/2/2003 10:11", "3:0"},
    {"1/2/2003 10:11 AM Hi", "4:0,18"},
    /* links and numbered items */
    {"See http://a.com http://b.com http://c.com now", "5:0,17,30"},
    {"Mail a@b.com c@d.com now", "4:0"},
    {"Options are 1) red 2) blue (or 3) green) here.", "16:0,12,19"},
    {"1) first 2) second", "6:0,9"},
    /* quotation marks: glued, spaced, after a paragraph break */
    {"He left. \" She came.", "7:0,9"},
    {"He said: \"Go.\" Then he left.", "11:0,15"},
    {"\"Why?\" \"Because.\"\n\n\" No. \" Yes", "12:0,7,19"},
    {"It ended. \" \"Next one.\" Fine.", "11:0,12,24"},
    {"He ran!\" Then it stopped.", "8:0,9"},
    {"\"", "1:0"},
    {"\" \"", "2:0"},
};

static void
test_cases(void)
{
    size_t c;
    char got[512];

    for (c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
        int r = starts_case(worker, cases[c].text, "en",
                            gen ? NULL : cases[c].want, got, sizeof(got));
        CHECK(r >= 0, "case %zu: no tokens", c);
        if (r < 0)
            continue;
        if (gen)
            printf("    {\"%s\", \"%s\"},\n", cases[c].text, got);
        else
            CHECK(r == 1, "case %zu (%s): sentences %s, want %s", c,
                  cases[c].text, got, cases[c].want);
    }
}

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

/* Random documents of pieces the passes look for, in any order; the hash
 * of every token's span, flags and sentence, and of the sentences */
static void
test_random(void)
{
    static const char *const piece[] = {"Hi",
                                        "John",
                                        "Best",
                                        "Thanks",
                                        ",",
                                        ",",
                                        "\"",
                                        "\"",
                                        "\"",
                                        ".",
                                        "!",
                                        "?",
                                        "Good",
                                        "luck",
                                        "We",
                                        "the",
                                        "said",
                                        "Mike",
                                        "Dear",
                                        "Regards",
                                        "04/26/2001",
                                        "07:17",
                                        "AM",
                                        "PM",
                                        "3/4/05",
                                        "1",
                                        "2",
                                        ")",
                                        "(",
                                        "http://a.com",
                                        "www.b.org",
                                        "x@y.com",
                                        "Mr.",
                                        "U.S.",
                                        "A-4",
                                        "\xe2\x80\x9c",
                                        "\xe2\x80\x9d",
                                        "12",
                                        "It",
                                        "Paris",
                                        "\n",
                                        "\n\n",
                                        "\n\n",
                                        "-",
                                        "you",
                                        "Love",
                                        "Cheers",
                                        "Yours",
                                        "Kay",
                                        "Mann"};
    const size_t np = sizeof(piece) / sizeof(piece[0]);
    static const char *const langs[] = {"en", "fr", "de", "ru"};
    static char text[4096];
    uint64_t h = 14695981039346656037ULL;
    int doc, ntok = 0, nsent = 0;

    for (doc = 0; doc < 4000; doc++) {
        size_t n = 0;
        int nw = 1 + (int)xs_rnd(&rng, 60);
        ws_doc *d;
        int32_t i;
        n = glue_pieces(text, sizeof(text), piece, np, nw, &rng, 4);
        /* English (letter_lines runs), and languages whose
         * classifier or rules differ */
        d = tokenize_lang(worker, text, n, langs[doc % 4]);
        CHECK(d != NULL, "document %d: no tokens", doc);
        if (!d)
            continue;
        for (i = 0; i < d->tokens.n; i++) {
            const ws_token *t = &d->tokens.v[i];
            h = mix(h, t->bstart);
            h = mix(h, t->bend);
            h = mix(h, t->flags);
            h = mix(h, t->sent);
        }
        for (i = 0; i < d->sentences.n; i++) {
            h = mix(h, d->sentences.v[i].tok0);
            h = mix(h, d->sentences.v[i].tok1);
        }
        h = mix(h, d->paragraphs.n);
        ntok += d->tokens.n;
        nsent += d->sentences.n;
        ws_doc_free(d);
    }
    if (gen) {
        printf("random: %d tokens, %d sentences, hash %016llx\n", ntok, nsent,
               (unsigned long long)h);
        return;
    }
    CHECK(ntok == RANDOM_TOKENS, "%d tokens, want %d", ntok, RANDOM_TOKENS);
    CHECK(nsent == RANDOM_SENTENCES, "%d sentences, want %d", nsent,
          RANDOM_SENTENCES);
    CHECK(h == RANDOM_HASH, "hash %016llx, want %016llx", (unsigned long long)h,
          (unsigned long long)RANDOM_HASH);
}

int
main(int argc, char **argv)
{
    char err[256];

    gen = argc > 1 && strcmp(argv[1], "-gen") == 0;
    models = ws_models_open(NULL, err, sizeof(err));
    if (!models) {
        fprintf(stderr, "test_tokenize_sparse: %s\n", err);
        return 1;
    }
    worker = ws_worker_new(models);
    if (!worker) {
        fprintf(stderr, "test_tokenize_sparse: no worker\n");
        return 1;
    }
    test_cases();
    test_random();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
