/*
 * test_stance_perf40.c - the stance stage's speed (session 40): the cue
 * pass asks its tests that make no statement (a determiner before the
 * cue, verb_ok, the English rules from en_not_speech to
 * en_thing_participle, cue_requirement_ok ...) ahead of it, one test at a
 * time over the document's cues, 64 cues at a time (cue_pre_pass), and
 * reads their verdicts at each cue; ws_stance_ask_ahead(0) makes it ask
 * them at each cue, as before.  Four passes of stance_doc visit the cues
 * only (next_cue) or the tokens that may be a word of their list
 * (cand_add), not every token.  Each test is named after what it proves:
 * the statements are the same both ways, on short invented sentences that
 * each rule drops or keeps, alone and many to a document (across the
 * 64-cue chunks), in several languages; and after any number of tokens
 * (every position in the blocks of eight) as alone.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

enum { DUMP = 1 << 17 };

/* Sentences with a cue each (most), for the rules the pass asks ahead:
 * dropped by one of them, kept, or taken by a rule that makes a statement
 * between them (the passive, a leading participle, a quotation's
 * attribution before the pass) */
static const char *const en_pool[] = {
    "Officials said the bridge was unsafe.",
    "An alleged leak worried the council.",
    "The reported attack was condemned by the mayor.",
    "The plan was announced by the ministry on Monday.",
    "Criticized by the union, the minister said the rota would stay.",
    "\"The quay will close,\" the harbour master said.",
    "According to the council, the ferry was late.",
    "The ferry was late, according to the council.",
    "She wants to announce the results next week.",
    "The announced cuts hit the schools hard.",
    "He is the man who said it.",
    "MAYOR SAYS BRIDGE WILL REOPEN",
    "The committee, which warned of delays, met on Friday.",
    "Lee sees the deal as a mistake.",
    "Asked about the plan, Smith declined to comment.",
    "Reports suggest the port will close.",
    "The claims show support for the ban.",
    "It is said that the mill will close.",
    "Smith told reporters that the vote was rigged.",
    "The mayor has been accused of lying by rivals.",
    "The senators all said the bill would pass.",
    "The cities that support the rules were named.",
    "Critics call it \"a scam\" and want a review.",
    "The judge nominated for the high court spoke briefly.",
    "A spokeswoman for the port insisted the ferry was safe.",
    "They denied that the fund had lost money, the bank said.",
    "The warning that the dam could fail came late.",
    "Residents, each claiming a share, protested outside.",
};

static const struct {
    const char *lang, *text;
} other[] = {
    {"fr", "Le maire a d\xc3\xa9"
           "clar\xc3\xa9 que le pont serait ferm\xc3\xa9."},
    {"fr", "Selon le ministre, le pont sera ferm\xc3\xa9 lundi."},
    {"de", "Der B\xc3\xbcrgermeister sagte, die Br\xc3\xbc"
           "cke sei gesperrt."},
    {"de", "Nach Angaben der Polizei wurde niemand verletzt."},
    {"ru", RU_SOURCE_PHRASE_TEXT},
};

enum { NEN = sizeof en_pool / sizeof *en_pool };

/* the statements of text in lang, the tests asked ahead (on) or at each
 * cue, in out (empty when the document could not be made) */
static void
dump_way(const char *lang, const char *text, int on, char *out)
{
    out[0] = '\0';
    ws_stance_ask_ahead(on);
    ws_doc *d = run(lang, text);
    ws_stance_ask_ahead(1);
    if (d == NULL)
        return;
    ws_test_dump(d, out, DUMP);
    ws_doc_free(d);
}

/* text's statements are the same both ways; 1 when it has any */
static int
expect_same(const char *lang, const char *text)
{
    static char ahead[DUMP], each[DUMP];
    dump_way(lang, text, 1, ahead);
    dump_way(lang, text, 0, each);
    CHECK(strcmp(ahead, each) == 0,
          "[%s] %.80s...: asked ahead\n%.400s\nat each cue\n%.400s", lang, text,
          ahead, each);
    return ahead[0] != '\0';
}

/* Each sentence alone, in English and the other languages, gets the same
 * statements both ways (and most get one) */
static void
test_each_sentence_same_both_ways(void)
{
    int some = 0;
    for (size_t k = 0; k < NEN; k++)
        some += expect_same("en", en_pool[k]);
    CHECK(some >= (int)NEN / 2, "only %d of %d sentences made a statement",
          some, (int)NEN);
    for (size_t k = 0; k < sizeof other / sizeof *other; k++)
        expect_same(other[k].lang, other[k].text);
}

/* n sentences of the pool from the first'th on, in one paragraph or one
 * a paragraph, in text (cap bytes) */
static void
build(char *text, size_t cap, int n, int first, int paras)
{
    size_t len = 0;
    text[0] = '\0';
    for (int k = 0; k < n; k++) {
        const char *s = en_pool[(size_t)(first + k) % NEN];
        size_t l = strlen(s);
        if (len + l + 3 >= cap)
            break;
        if (k > 0) {
            memcpy(text + len, paras ? "\n\n" : " ", paras ? 2 : 1);
            len += paras ? 2 : 1;
        }
        memcpy(text + len, s, l);
        len += l;
        text[len] = '\0';
    }
}

/* A document of 1 to 3, 60 to 70, 126 to 130 and 200 sentences (its cues
 * run over one, two, three and four chunks of 64, ending at and around
 * their edges), in one paragraph or many, gets the same statements both
 * ways */
static void
test_many_cues_across_chunks_same(void)
{
    static char text[1 << 16];
    static const int ns[] = {1,  2,  3,   60,  61,  62,  63,  64, 65,
                             66, 70, 126, 127, 128, 129, 130, 200};
    for (size_t k = 0; k < sizeof ns / sizeof *ns; k++)
        for (int paras = 0; paras < 2; paras++) {
            build(text, sizeof text, ns[k], (int)k, paras);
            CHECK(expect_same("en", text) || ns[k] < 4,
                  "%d sentences: no statement", ns[k]);
        }
}

/* Documents of sentences drawn at random from the pool (a fixed seed),
 * some repeated, get the same statements both ways */
static void
test_random_documents_same(void)
{
    static char text[1 << 16];
    uint32_t r = 40;
    for (int doc = 0; doc < 40; doc++) {
        size_t len = 0;
        text[0] = '\0';
        r = r * 1103515245u + 12345u;
        int n = 1 + (int)((r >> 16) % 150);
        for (int k = 0; k < n; k++) {
            r = r * 1103515245u + 12345u;
            const char *s = en_pool[(r >> 16) % NEN];
            size_t l = strlen(s);
            if (len + l + 3 >= sizeof text)
                break;
            if (k > 0) {
                int para = ((r >> 8) & 3) == 0;
                memcpy(text + len, para ? "\n\n" : " ", para ? 2 : 1);
                len += para ? 2 : 1;
            }
            memcpy(text + len, s, l);
            len += l;
            text[len] = '\0';
        }
        expect_same("en", text);
    }
}

/* Sentences for the passes over the cues only (next_cue: eight tokens'
 * lengths at a time) or over the tokens that may be a word of a list
 * (cand_add: by their signatures): a verb of perceiving before one of
 * speech, a question after a topic preposition or "as to", a cue that
 * speaks only next to a quotation, a cue listed as a noun */
static const struct {
    const char *text, *cue; /* the cue of its statement (NULL: none) */
} block_pool[] = {
    {"The crowd could be heard shouting that the bridge was unsafe.",
     "shouting"},
    {"Officials were cagey about whether the deal would hold.", "cagey about"},
    {"The two capitals quarrel over who owns the island.", "quarrel over"},
    {"There was a long argument as to why the vote failed.", NULL},
    {"\"We will not move,\" the tenants continued.", "continued"},
    {"Prices continued to rise all year.", NULL},
    {"The claims that the port will close were denied by the mayor.", "claims"},
    {"Media reports suggest the port will close.", "suggest"},
};

/* Each sentence after 0 to 70 tokens without a statement ("Rain." and
 * "Gulls circled.": every position in and across the blocks of eight)
 * gets the statements it gets alone, asked ahead or not */
static void
test_passes_same_at_every_block_offset(void)
{
    static char want[DUMP], got[DUMP], text[4096];
    for (size_t k = 0; k < sizeof block_pool / sizeof *block_pool; k++) {
        dump_way("en", block_pool[k].text, 1, want);
        char cue[64];
        snprintf(cue, sizeof cue, "|%s|",
                 block_pool[k].cue ? block_pool[k].cue : "");
        CHECK(block_pool[k].cue == NULL ? want[0] == '\0'
                                        : strstr(want, cue) != NULL,
              "\"%s\" alone: %s", block_pool[k].text, want);
        for (int n = 0; n <= 70; n++) {
            text[0] = '\0';
            for (int left = n; left > 0; left -= left == 3 ? 3 : 2)
                strcat(text,
                       left == 1 || left == 3 ? "Gulls circled. " : "Rain. ");
            strcat(text, block_pool[k].text);
            for (int on = 0; on < 2; on++) {
                dump_way("en", text, on, got);
                CHECK(strcmp(want, got) == 0,
                      "%d tokens before \"%s\" (ahead %d): %s, want %s", n,
                      block_pool[k].text, on, got, want);
            }
        }
    }
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_perf40: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_each_sentence_same_both_ways();
    test_many_cues_across_chunks_same();
    test_random_documents_same();
    test_passes_same_at_every_block_offset();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
