/*
 * test_stance_ctx_sweep31.c - ctx_init's sweep (session 31, speed): the
 * light-verb and split-act rules are asked only of words that pass their
 * first tests inline, and the per-token memos of the skip and speakers
 * lexicons are not zeroed before use (a bit per token tells a looked-up
 * entry).  Session 32: the tokens' fold_is() signatures are computed for
 * tokens of 1 to 16 bytes from two 8-byte loads (a token that ends within
 * 8 bytes of the text's end the old way), the test of a source
 * preposition phrase ("по предварительным данным") asks its word's and
 * the next two words' flags in one branch, and the sweeps over the cues
 * skip the tokens that start none eight at a time (next_cue).  Each test
 * is named after what it proves, on short invented sentences.  Session
 * 34: the light-verb rule looks up its verb only when an entry of the
 * cues lexicon may start at one of the four words it reads after it, the
 * split-act rule only at a word where an entry of the cues lexicon may
 * start (ctx_init's scan), the per-token folded forms are zeroed on first
 * use, and the German and source-phrase rules are not called on words
 * they cannot start at.  Session 36: the signatures are 1024 bits wide (a
 * list's set is tested at fewer words that are none of it), the
 * candidate sweeps sort the tokens by the top 8 bits.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

#include "stance_test.h"

/* A light verb with an act noun after it still makes the act's cue when
 * the sweep asks its first tests inline (a lowercase word after the verb,
 * an entry of the labels lexicon that may start there); a capitalised
 * word, a quotation or a sentence end after the verb makes none. */
static void
test_light_act_found_after_inline_pretest(void)
{
    expect_exact("The ferry crews lodged an angry protest over the new "
                 "rota.",
                 "over the new rota", WS_REPORTED, "lodged an angry protest",
                 "The ferry crews");
    expect_exact("The council made a fresh appeal for calm after the storm.",
                 "for calm", WS_REPORTED, "made a fresh appeal", "The council");
    /* the verb at a sentence's end: nothing after it to read */
    expect_no_en_cue("The harbour board said nothing. The crews lodged.",
                     "lodged");
}

/* A phrasal act with an adverb or a time inside it is still found when
 * the sweep tests its first word inline (no cue, no quotation, not
 * capitalised); a capitalised first word opens none. */
static void
test_split_act_found_after_inline_pretest(void)
{
    expect_exact("The pilot spoke warmly of the old lighthouse keepers.",
                 "the old lighthouse keepers", WS_REPORTED, "spoke warmly of",
                 "The pilot");
    expect_exact("The growers railed yesterday against the water charges.",
                 "the water charges", WS_REPORTED, "railed yesterday against",
                 "The growers");
}

/* Each text of second gets the statements after each text of first (run
 * before it on the same worker, whose per-token memos of the first held
 * other words at the same token positions, in arena memory that is
 * reused) that it gets on a fresh worker. */
static void
expect_same_after(const char *const *first, size_t nfirst,
                  const char *const *second, size_t nsecond)
{
    for (size_t a = 0; a < nfirst; a++)
        for (size_t b = 0; b < nsecond; b++) {
            static char want[4096], got[4096];
            ws_worker *saved = worker;
            worker = ws_worker_new(models);
            CHECK(worker != NULL, "worker");
            if (worker == NULL) {
                worker = saved;
                return;
            }
            ws_doc *d = run("en", second[b]);
            ws_test_dump(d, want, sizeof want);
            ws_doc_free(d);
            ws_worker_free(worker);
            worker = saved;
            ws_doc *d1 = run("en", first[a]);
            ws_doc_free(d1);
            d = run("en", second[b]);
            ws_test_dump(d, got, sizeof got);
            ws_doc_free(d);
            CHECK(want[0] != '\0', "%s: no statement", second[b]);
            CHECK(strcmp(want, got) == 0, "%s after %s:\n got  %s\n want %s",
                  second[b], first[a], got, want);
        }
}

/* The skip and speakers memos are read only where this document looked
 * the token up: a document run after another one gets the statements it
 * gets on a fresh worker. */
static void
test_memo_not_read_before_lookup(void)
{
    static const char *const first[] = {
        "Quietly, yesterday, the old clerk often said that the ledger was "
        "lost, officials added.",
        "The spokeswoman for the ferry company told reporters the timetable "
        "would change in May.",
    };
    static const char *const second[] = {
        "The harbour master said the quay would reopen on Monday, a "
        "spokesman for the port added.",
        "Residents, the mayor said, have complained about the noise since "
        "spring.",
    };
    expect_same_after(first, sizeof first / sizeof *first, second,
                      sizeof second / sizeof *second);
}

/* A sentence gets the same statements whether it ends the text (its last
 * tokens within 8 bytes of the end: signed the old way) or a sentence
 * that makes none follows it (signed from the 8-byte loads); its words
 * run from one byte to over sixteen, in lower case, capitalised and in
 * capitals (the signature folds the first and last byte). */
static void
test_fold_signature_same_at_text_end(void)
{
    static const char *const sent[] = {
        "The clerk whispered that the ledger was lost.",
        "The mayor asked whether the quay would reopen.",
        "Critics call it \"a scam\"",
        "THE PILOTS SAID THE RUNWAY WAS WET, according to a spokeswoman.",
        "Lee said the counterintelligence briefings were \"fine\"",
        "The harbourmasters insisted that the quay would reopen",
        "Residents, the mayor said, have complained about the noise.",
    };
    for (size_t k = 0; k < sizeof sent / sizeof *sent; k++) {
        static char alone[4096], followed[4096], text[512];
        ws_doc *d = run("en", sent[k]);
        CHECK(d != NULL, "out of memory");
        if (d == NULL)
            return;
        ws_test_dump(d, alone, sizeof alone);
        ws_doc_free(d);
        snprintf(text, sizeof text, "%s\n\nThe gulls circled.", sent[k]);
        d = run("en", text);
        CHECK(d != NULL, "out of memory");
        if (d == NULL)
            return;
        ws_test_dump(d, followed, sizeof followed);
        ws_doc_free(d);
        CHECK(strcmp(alone, followed) == 0, "%s:\n alone    %s\n followed %s",
              sent[k], alone, followed);
    }
    expect_exact("The mayor asked whether the quay would reopen.",
                 "whether the quay would reopen", WS_INDIRECT, "asked",
                 "The mayor");
    expect_exact("The clerk whispered that the ledger was lost.",
                 "the ledger was lost", WS_INDIRECT, "whispered", "The clerk");
}

/* The statement of doc in lang with cue `cue`: its speaker and content
 * (NULL cue: no statement at all) */
static void
expect_src(const char *lang, const char *text, const char *cue,
           const char *speaker, const char *content)
{
    ws_doc *d = run(lang, text);
    CHECK(d != NULL, "out of memory");
    if (d == NULL)
        return;
    if (cue == NULL) {
        CHECK(d->statements.n == 0, "%s: %d statements, want none", text,
              (int)d->statements.n);
    } else {
        ws_statement *st = find_cue(d, cue);
        CHECK(st != NULL, "%s: no statement with cue %s", text, cue);
        if (st != NULL) {
            CHECK(strcmp(span(d, st->speaker), speaker) == 0,
                  "%s: speaker %s, want %s", text, span(d, st->speaker),
                  speaker);
            CHECK(st->ncontent == 1 &&
                      strcmp(span(d, st->content[0]), content) == 0,
                  "%s: content %s, want %s", text,
                  st->ncontent ? span(d, st->content[0]) : "", content);
        }
    }
    ws_doc_free(d);
}

/* A source preposition, one or two lower-case adjectives and a source
 * noun still make one cue with the branch-free first test; a name after
 * it is the source, none makes the phrase the source; a capitalised word
 * after the preposition makes no such cue. */
static void
test_source_preposition_phrase_found_after_one_branch(void)
{
    expect_src("ru",
               "По предварительным данным Минздрава, в городе закрыты три "
               "школы.",
               "По предварительным данным", "Минздрава",
               "в городе закрыты три школы");
    expect_src("pl",
               "Według nieoficjalnych informacji rząd zamknie trzy "
               "szkoły.",
               "Według nieoficjalnych informacji", "nieoficjalnych informacji",
               "rząd zamknie trzy szkoły");
    expect_src("uk", "За попередніми даними, у місті закрито три школи.",
               "За попередніми даними", "попередніми даними",
               "у місті закрито три школи");
    expect_src("ru",
               "По Предварительным данным Минздрава, в городе закрыты три "
               "школы.",
               NULL, NULL, NULL);
}

/* The sweeps over the cues (an -s noun before a verb of speech is that
 * verb's subject; the act noun after a verb is part of its cue; a cue
 * inside a longer one is none) find the same cues wherever the cue falls
 * among the eight tokens next_cue reads at a time: after none to ten
 * tokens of sentences that hold no cue. */
static void
test_cue_sweeps_same_at_every_offset(void)
{
    static const struct {
        const char *text, *cue, *speaker;
    } c[] = {
        {"Media reports suggest the quay will reopen in May.", "suggest",
         "Media reports"},
        {"The survey shows support for the new ferry timetable.",
         "shows support for", "The survey"},
        {"The mayor made a fresh appeal for calm.", "made a fresh appeal",
         "The mayor"},
    };
    static const char *const lead[] = {"", "Gulls. ", "The gulls circled. ",
                                       "The gulls circled. Rain fell. ",
                                       "The gulls circled. Rain fell. Boats "
                                       "waited. "};
    for (size_t k = 0; k < sizeof c / sizeof *c; k++)
        for (size_t l = 0; l < sizeof lead / sizeof *lead; l++) {
            char text[512];
            snprintf(text, sizeof text, "%s%s", lead[l], c[k].text);
            expect_speaker(text, c[k].cue, c[k].speaker, NULL);
        }
}

/* The light-verb act is found through the act noun up to four words
 * after the verb, also when the verb ends the text's words (fewer than
 * four after it), when the verb's scan bits come from an earlier
 * document (the thread's token cache) and when the act noun's do; a
 * preposition or "to" before the noun, or no cue word in reach, makes
 * none. */
static void
test_light_act_found_only_with_cue_word_in_reach(void)
{
    for (int round = 0; round < 2; round++) {
        expect_exact("The envoy issued a very stern warning to the rebels "
                     "that they would pay.",
                     "they would pay", WS_INDIRECT,
                     "issued a very stern warning", "The envoy");
        expect_exact("The mayor made an appeal for calm", "for calm",
                     WS_REPORTED, "made an appeal", "The mayor");
        expect_exact("They issued warnings to Lee", "to Lee", WS_REPORTED,
                     "issued warnings", "They");
        expect_no_en_cue("The crews made it to the protest on time.",
                         "made it to the protest");
        expect_no_en_cue("The crews made the old ferry ramp safe.", "made");
    }
}

/* A phrasal act with an adverb inside is found when its first word was
 * seen in an earlier document alone (its scan bits read from the token
 * cache) and at the text's end; a word that starts no entry of the cues
 * lexicon makes none with the same adverb and preposition after it. */
static void
test_split_act_found_where_cue_entry_may_start(void)
{
    ws_doc *d = run("en", "The pilot spoke. The growers railed.");
    CHECK(d != NULL, "out of memory");
    ws_doc_free(d);
    for (int round = 0; round < 2; round++) {
        expect_exact("The pilot spoke warmly of the old lighthouse keepers.",
                     "the old lighthouse keepers", WS_REPORTED,
                     "spoke warmly of", "The pilot");
        expect_exact("The growers railed bitterly against the charges",
                     "the charges", WS_REPORTED, "railed bitterly against",
                     "The growers");
        expect_no_en_cue("The pilot walked warmly of the keepers.",
                         "walked warmly of");
    }
}

/* A document run after another whose tokens at the same positions had
 * other folded forms and stems (the per-token forms are in arena memory
 * that is reused, zeroed only on first use) gets the statements it gets
 * on a fresh worker: capitals, accents and words past ASCII included. */
static void
test_folded_forms_not_read_before_use(void)
{
    static const char *const first[] = {
        "THE CLERK SAID THAT THE LEDGER WAS LOST, OFFICIALS ADDED.",
        "Émile Dupré, the café's owner, told reporters the naïve plan "
        "would fail.",
    };
    static const char *const second[] = {
        "The harbour master warned that the quay would stay shut, a "
        "spokeswoman said.",
        "Critics call it \"a scam\", the mayor insisted on Monday.",
    };
    expect_same_after(first, sizeof first / sizeof *first, second,
                      sizeof second / sizeof *second);
}

/* German "nach" with a source noun is still a cue when the sweep asks
 * the German source rule only in German; a Russian source phrase is
 * still found in mid-sentence, after words whose class in the skip
 * lexicon the sweep knew already (the phrase's preposition's class is
 * asked for when it is not known). */
static void
test_source_phrases_found_where_asked(void)
{
    ws_doc *d = run("de", "Nach jüngsten Angaben der Polizei ist die Brücke "
                          "gesperrt.");
    CHECK(d != NULL, "out of memory");
    if (d != NULL) {
        CHECK(find_cue(d, "Nach jüngsten Angaben") != NULL,
              "no cue \"Nach jüngsten Angaben\"");
        ws_doc_free(d);
    }
    expect_src("ru",
               "В городе, по предварительным данным Минздрава, закрыты три "
               "школы.",
               "по предварительным данным", "Минздрава", "В городе");
}

/* With 1024-bit signatures fold_is() and the candidate sweeps still find
 * a list's words: "that"/"to" two to four words after a candidate
 * (en_claim_noun_pass, bucketed by the signature's top bits), "seems" as
 * a head word, a possessive, each in a sentence whose other words
 * (capitalised, long, past ASCII) have signatures of their own. */
static void
test_wide_signature_finds_list_words(void)
{
    expect_exact("The ministry's warning that the bridge was unsafe drew "
                 "anger.",
                 "the bridge was unsafe drew anger", WS_INDIRECT, "warning",
                 NULL);
    expect_exact("Her insistence that the counterintelligence reports were "
                 "wrong surprised nobody.",
                 "the counterintelligence reports were wrong", WS_INDIRECT,
                 "insistence", "Her");
    expect_exact("The mayor's pledge to rebuild the \xc3\xa9"
                 "cole was "
                 "welcomed.",
                 "to rebuild the \xc3\xa9"
                 "cole",
                 WS_INDIRECT, "pledge", "The mayor's");
    expect_exact("It seems clear that the ferry will be late, the captain "
                 "said.",
                 "It seems clear that the ferry will be late", WS_INDIRECT,
                 "said", "the captain");
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_ctx_sweep31: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_light_act_found_after_inline_pretest();
    test_split_act_found_after_inline_pretest();
    test_memo_not_read_before_lookup();
    test_fold_signature_same_at_text_end();
    test_source_preposition_phrase_found_after_one_branch();
    test_cue_sweeps_same_at_every_offset();
    test_light_act_found_only_with_cue_word_in_reach();
    test_split_act_found_where_cue_entry_may_start();
    test_folded_forms_not_read_before_use();
    test_source_phrases_found_where_asked();
    test_wide_signature_finds_list_words();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
