/*
 * test_tokenize.c - tokens, sentences, paragraphs and language
 * identification of the tokenize stage.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

/* Tokenizes text (lang "" = identify) into a fresh document. */
static ws_doc *
run(const char *lang, const char *text)
{
    ws_doc *d = ws_doc_new();
    int rc;

    if (!d)
        return NULL;
    ws_doc_set_text(d, text, strlen(text));
    snprintf(d->lang, sizeof(d->lang), "%s", lang);
    d->lang_given = lang[0] != 0;
    rc = ws_tokenize(worker, d);
    CHECK(rc == 0, "ws_tokenize returned %d", rc);
    CHECK(d->done & WS_DONE_TOKENIZE, "done flag not set");
    return d;
}

/* Index of the token whose text is s, or -1. */
static int32_t
find_tok(const ws_doc *d, const char *s)
{
    int32_t i;
    for (i = 0; i < d->tokens.n; i++)
        if (ws_tok_blen(d, i) == (int32_t)strlen(s) &&
            memcmp(ws_tok_ptr(d, i), s, strlen(s)) == 0)
            return i;
    return -1;
}

/* Checks that each of the space-separated tokens in want ("|" stands for
 * a space inside a token) is a token of text. */
static void
has_tokens(const char *lang, const char *text, const char *want)
{
    ws_doc *d = run(lang, text);
    char buf[256], *p, *save = NULL;

    snprintf(buf, sizeof(buf), "%s", want);
    for (p = strtok_r(buf, " ", &save); p; p = strtok_r(NULL, " ", &save)) {
        char tok[128];
        size_t i, n = 0;
        for (i = 0; p[i] && n + 3 < sizeof(tok); i++) {
            if (p[i] == '|') {
                /* no-break space */
                tok[n++] = (char)0xC2;
                tok[n++] = (char)0xA0;
            } else {
                tok[n++] = p[i];
            }
        }
        tok[n] = 0;
        CHECK(find_tok(d, tok) >= 0, "[%s] %s: no token \"%s\"", lang, text,
              tok);
    }
    ws_doc_free(d);
}

static void
sentence_count(const char *lang, const char *text, int32_t want)
{
    ws_doc *d = run(lang, text);
    CHECK(d->sentences.n == want, "[%s] %s: %d sentences, want %d", lang, text,
          d->sentences.n, want);
    ws_doc_free(d);
}

static void
test_tokens(void)
{
    has_tokens("fr",
               "Il y avait 560\xC2\xA0"
               "000 personnes.",
               "560|000 personnes .");
    has_tokens("en", "It cost 1,000.5 dollars at 10:30 on 2022-01-14.",
               "1,000.5 10:30 2022-01-14 .");
    has_tokens("en", "See https://example.com/a?b=1. Then.",
               "https://example.com/a?b=1 .");
    has_tokens("en", "Write to jan.kowalski@example.org today.",
               "jan.kowalski@example.org today");
    has_tokens("en", "Thanks @MFA_Ukraine for #StandWithUkraine!",
               "@MFA_Ukraine #StandWithUkraine !");
    has_tokens("en", "Mr. Smith met U.S. officials, e.g. Dr. Jones.",
               "Mr. U.S. e.g. Dr. Jones .");
    has_tokens("de", "Er kam z.B. am 1. Januar.", "z.B. 1. Januar .");
    has_tokens("ru", "Он родился в 1990 г. в Москве.", "г. Москве .");
    /* the period stayed off "н." of "н. э." and "рус." */
    has_tokens("ru",
               "Крепость стоит с V в. н. э. на холме, рус. название иное.",
               "в. н. э. рус.");
    has_tokens("en", "The NATO-Ukraine deal (signed) won't fail...",
               "NATO - Ukraine ( signed ) won't ...");
    has_tokens("ru", "Из-за дождя кто-то ушёл.", "Из-за кто-то");
    /* Russian names with a common-noun part, particles and model numbers
     * split; prefixes, adjective stems and acronyms join */
    has_tokens("ru", "Самолёт Ил-76 сел у Бейкер-стрит в Нью-Йорке.",
               "Ил - 76 Бейкер стрит Нью-Йорке");
    has_tokens("ru", "Историко-культурный музей Франкфурт-на-Майне.",
               "Историко-культурный Франкфурт на Майне");
    has_tokens("ru", "По-моему, GPS-приёмник сломан.", "По-моему GPS-приёмник");
    /* a capital at the start of a sentence or headline is not a name */
    has_tokens("ru", "Встреча прошла. Премьер-министр уехал на Бейкер-стрит.",
               "Премьер-министр Бейкер стрит");
    has_tokens("ru", " date 2023-04-09 Пресс-секретарь ответил",
               "Пресс-секретарь");
    has_tokens("uk", "Міста, як-от Львів.", "як - от Львів");
    /* German-GSD: "!!!" and "?!" are single characters, "..." one token */
    has_tokens("de", "Super!!! Wirklich?! Na ja...", "Super ! Wirklich ? ...");
    has_tokens("fr", "L'homme a-t-il dit qu'il viendrait?",
               "L' homme a -t-il qu' il");
    has_tokens("en", "Nice \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD work",
               "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD");
}

static void
test_flags(void)
{
    ws_doc *d = run("en", "\"Hello,\" she said \xE2\x80\x94 twice.");
    int32_t q = find_tok(d, "\""), dash = find_tok(d, "\xE2\x80\x94");
    int32_t h = find_tok(d, "Hello");

    CHECK(q >= 0 && (d->tokens.v[q].flags & WS_TOK_QUOTE), "quote flag");
    CHECK(dash >= 0 && (d->tokens.v[dash].flags & WS_TOK_DASH), "dash flag");
    CHECK(h >= 0 && (d->tokens.v[h].flags & WS_TOK_UPPER) &&
              (d->tokens.v[h].flags & WS_TOK_WORD),
          "word flags");
    CHECK(d->tokens.v[0].flags & WS_TOK_SENT0, "first token starts a sentence");
    CHECK(h >= 0 && !(d->tokens.v[h].flags & WS_TOK_SPACE), "Hello, no space");
    CHECK(d->tokens.v[d->tokens.n - 1].start == d->ncp - 1, "last token cp");
    ws_doc_free(d);
    /* code points and bytes */
    d = run("uk", "Київ — столиця.");
    CHECK(d->tokens.n == 4, "4 tokens, got %d", d->tokens.n);
    if (d->tokens.n == 4) {
        CHECK(d->tokens.v[1].start == 5 && d->tokens.v[1].end == 6,
              "dash cp span %d-%d", d->tokens.v[1].start, d->tokens.v[1].end);
        CHECK(d->tokens.v[1].bstart == 9 && d->tokens.v[1].bend == 12,
              "dash byte span");
    }
    ws_doc_free(d);
}

/* Checks each token's flags and code point span in d (an ASCII text)
 * against its bytes. */
static void
check_ascii_flags(const ws_doc *d, size_t t)
{
    for (int32_t i = 0; i < d->tokens.n; i++) {
        const ws_token *k = &d->tokens.v[i];
        const char *p = d->text + k->bstart;
        int32_t n = k->bend - k->bstart, nlet = 0, nup = 0, ndig = 0;
        uint32_t want = 0, got;
        for (int32_t j = 0; j < n; j++) {
            nlet += (p[j] | 32) >= 'a' && (p[j] | 32) <= 'z';
            nup += p[j] >= 'A' && p[j] <= 'Z';
            ndig += p[j] >= '0' && p[j] <= '9';
        }
        want |= nlet ? WS_TOK_WORD : ndig ? WS_TOK_NUM : WS_TOK_PUNCT;
        if (p[0] >= 'A' && p[0] <= 'Z')
            want |= WS_TOK_UPPER;
        if (nlet > 1 && nup == nlet)
            want |= WS_TOK_ALLCAP;
        if (k->bend < (int32_t)d->len && d->text[k->bend] == ' ')
            want |= WS_TOK_SPACE;
        got = k->flags & (WS_TOK_WORD | WS_TOK_NUM | WS_TOK_PUNCT |
                          WS_TOK_UPPER | WS_TOK_ALLCAP | WS_TOK_SPACE);
        CHECK(got == want, "%zu: token %.*s flags %x, want %x", t, (int)n, p,
              got, want);
        CHECK(k->end - k->start == n, "%zu: token %.*s spans %d code points", t,
              (int)n, p, k->end - k->start);
    }
}

/* emit's flags from one eight-byte load (a token of up to eight bytes
 * with eight bytes of text from its start) and from its byte loop (the
 * last tokens of a text, longer ones) agree with the token's bytes: the
 * same tokens at the start and at the end of a text. */
static void
test_flags_short_tokens(void)
{
    static const char *const texts[] = {
        "NATO a Ab ABC 12 x9 Q1 9x abcdefgh ABCDEFGH Abcdefghi 12345678 ok",
        "ok 12345678 Abcdefghi ABCDEFGH abcdefgh 9x Q1 x9 12 ABC Ab a NATO"};
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        ws_doc *d = run("en", texts[t]);
        CHECK(d->tokens.n == 13, "%zu: %d tokens, want 13", t, d->tokens.n);
        check_ascii_flags(d, t);
        ws_doc_free(d);
    }
    /* URLs at the start of the text and with an upper-case scheme */
    has_tokens("en", "www.example.org and HTTPS://Example.NET/x are gone.",
               "www.example.org HTTPS://Example.NET/x gone .");
    has_tokens("en", "Old: ftp://files.example.com, wwww.example.org.",
               "ftp://files.example.com ,");
}

/* emit's sixteen-byte load (tokens of nine to sixteen bytes with sixteen
 * bytes of text from their start) gives the flags and spans the bytes
 * give: tokens of 9 to 17 bytes, every case mix, at the start of a text
 * (the load) and at its end (the byte loop). */
static void
test_flags_sixteen_byte_tokens(void)
{
    static const char *const texts[] = {
        "Internationally ABCDEFGHIJKLMNOP abcdefghijklmnopq ABCDEFGHIJKLMNOPQ "
        "Abcdefghi ABCDEFGHIJ abcdefghijk QWERTYUIOPAS AbCdEfGhIjKlM "
        "ZZZZZZZZZZZZZZ Zzzzzzzzzzzzzzz X ok",
        "ok X Zzzzzzzzzzzzzzz ZZZZZZZZZZZZZZ AbCdEfGhIjKlM QWERTYUIOPAS "
        "abcdefghijk ABCDEFGHIJ Abcdefghi ABCDEFGHIJKLMNOPQ abcdefghijklmnopq "
        "ABCDEFGHIJKLMNOP Internationally"};
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        ws_doc *d = run("en", texts[t]);
        CHECK(d->tokens.n == 13, "%zu: %d tokens, want 13", t, d->tokens.n);
        check_ascii_flags(d, t);
        ws_doc_free(d);
    }
}

/* Tokens' code point offsets in a text that is not ASCII, after gaps of
 * every length from one to a dozen bytes (emit counts the code points
 * of a gap of up to eight bytes at once), no-break spaces and line breaks
 * among them: each token starts at the code points before its first
 * byte and spans those of its bytes. */
static void
test_cp_offsets_after_gaps(void)
{
    char text[512];
    size_t n = 0;
    static const char *const gaps[] = {
        " ",        "  ",         "   ",      "    ",          "     ",
        "      ",   "       ",    "        ", "         ",     "            ",
        "\xC2\xA0", " \xC2\xA0 ", "\n",       " \n \xC2\xA0  "};
    n += (size_t)snprintf(text + n, sizeof(text) - n, "\xC3\xA9t\xC3\xA9");
    for (size_t g = 0; g < sizeof gaps / sizeof *gaps; g++)
        n += (size_t)snprintf(text + n, sizeof(text) - n, "%sw%zu\xC3\xA9",
                              gaps[g], g);
    ws_doc *d = run("en", text);
    CHECK(d->tokens.n == 15, "%d tokens, want 15", d->tokens.n);
    for (int32_t i = 0; i < d->tokens.n; i++) {
        const ws_token *k = &d->tokens.v[i];
        int32_t cps = 0, len = 0;
        for (int32_t b = 0; b < k->bend; b++) {
            int cont = ((unsigned char)text[b] & 0xC0) == 0x80;
            cps += b < k->bstart && !cont;
            len += b >= k->bstart && !cont;
        }
        CHECK(k->start == cps && k->end - k->start == len,
              "token %d at %d-%d, want %d-%d", i, k->start, k->end, cps,
              cps + len);
    }
    ws_doc_free(d);
}

/* tokens' fast path for a word before a space (languages without their
 * own splits) leaves an e-mail address to match_email (an '@' inside
 * ICU's segment) and a French word to fr_elision. */
static void
test_word_before_space_fast_path(void)
{
    ws_doc *d = run("en", "Write to anna@example.org today and not later.");
    int32_t i = find_tok(d, "anna@example.org");
    CHECK(i >= 0 && (d->tokens.v[i].flags & WS_TOK_URL),
          "e-mail address is one URL token");
    i = find_tok(d, "today");
    CHECK(i >= 0 && (d->tokens.v[i].flags & WS_TOK_SPACE) &&
              (d->tokens.v[i].flags & WS_TOK_WORD),
          "the word after it");
    ws_doc_free(d);
    has_tokens("fr", "Il voit l'homme ici et qu'il part.", "l' homme qu' il");
    has_tokens("en", "Mr. Smith met them today.", "Mr. Smith them today .");
}

/* The candidates the sentence classifier is asked about (in training,
 * every one is collected): after punctuation that may end a sentence (.
 * : ; ) a quote or a dash) even before a lower-case word, at punctuation
 * that is not one of , . ; : ) ] } % ! ?, and not after a comma or an
 * opening bracket. */
static void
test_sbd_candidates_after_punctuation(void)
{
    ws_sbd_sink sink;
    ws_icu *u = ws_worker_icu(worker);
    static const char *const yes[] = {"b", "e", "f", "g", "j", "(", "*", "n"};
    static const char *const no[] = {"c", ",", "h", "l", "m"};

    memset(&sink, 0, sizeof(sink));
    ws_icu_set_sink(u, &sink);
    ws_doc *d =
        run("en",
            "It went. b c, h: e; f) g \xE2\x80\x94 j ( l * m \xE2\x80\x9D n.");
    ws_icu_set_sink(u, NULL);
    for (size_t x = 0; x < sizeof yes / sizeof *yes + sizeof no / sizeof *no;
         x++) {
        int want = x < sizeof yes / sizeof *yes;
        const char *w = want ? yes[x] : no[x - sizeof yes / sizeof *yes];
        int32_t i = find_tok(d, w), got = 0;
        CHECK(i >= 0, "no token %s", w);
        for (size_t c = 0; i >= 0 && c < sink.n; c++)
            got |= sink.pos[c] == d->tokens.v[i].start;
        CHECK(got == want, "token %s: candidate %d, want %d", w, got, want);
    }
    ws_doc_free(d);
    free(sink.feat);
    free(sink.off);
    free(sink.pos);
    free(sink.rule);
    free(sink.label);
}

/* ws_tokenize__vec (tokenize.c): the classifier's features eight at a
 * time with AVX2 (on), or one by one (off) */
void ws_tokenize__vec(int on);

/* Tokenizes text with the training sink on (its features into *sink) and
 * returns the document. */
static ws_doc *
run_sink(const char *text, ws_sbd_sink *sink)
{
    ws_icu *u = ws_worker_icu(worker);
    ws_doc *d;

    memset(sink, 0, sizeof(*sink));
    ws_icu_set_sink(u, sink);
    d = run("en", text);
    ws_icu_set_sink(u, NULL);
    return d;
}

static void
sink_release(ws_sbd_sink *s)
{
    free(s->feat);
    free(s->off);
    free(s->pos);
    free(s->rule);
    free(s->label);
}

/* The classifier's features made eight at a time (AVX2, where the
 * processor has it) are those made one by one, hash for hash and in the
 * same order (the training sink keeps them all), and the model's scores
 * of them put the same sentence starts (the sum in the same order): an
 * invented text with abbreviations, quotes, numbers, dashes and
 * capitalised words after and without punctuation. */
static void
test_sbd_features_eight_at_once_same(void)
{
    static const char text[] =
        "Mr. Brandel said the plan was late. \"It failed,\" she added. "
        "The U.S. team met at 9 a.m. on Monday. Prices rose 3.5 % - "
        "analysts (at Korvex Ltd.) were not surprised! Why? Nobody knew; "
        "Ms. Oslan left early. etc. and so on. Dr. Fenn Quade arrived "
        "from St. Ives. 12. Item two \xE2\x80\x94 \"Rates fell. No. 5 won.\n\n"
        "New Holm Council met Tuesday. It voted.";
    ws_sbd_sink a, b;
    ws_doc *da, *db;
    int same;

    ws_tokenize__vec(0);
    da = run_sink(text, &a);
    ws_tokenize__vec(1);
    db = run_sink(text, &b);
    CHECK(a.n > 20, "only %zu candidates", a.n);
    same = a.n == b.n && a.nfeat == b.nfeat &&
           memcmp(a.off, b.off, (a.n + 1) * sizeof(size_t)) == 0 &&
           memcmp(a.feat, b.feat, a.nfeat * sizeof(uint32_t)) == 0 &&
           memcmp(a.pos, b.pos, a.n * sizeof(int32_t)) == 0;
    CHECK(same, "features differ: %zu/%zu candidates, %zu/%zu features", a.n,
          b.n, a.nfeat, b.nfeat);
    sink_release(&a);
    sink_release(&b);
    ws_doc_free(da);
    ws_doc_free(db);
    /* classifying with the English model: the same sentences */
    ws_tokenize__vec(0);
    da = run("en", text);
    ws_tokenize__vec(1);
    db = run("en", text);
    CHECK(da->sentences.n == db->sentences.n && da->sentences.n > 5,
          "sentences %d one by one, %d eight at once", (int)da->sentences.n,
          (int)db->sentences.n);
    for (int32_t i = 0;
         i < da->sentences.n && da->sentences.n == db->sentences.n; i++)
        CHECK(da->sentences.v[i].start == db->sentences.v[i].start,
              "sentence %d starts at %d one by one, %d eight at once", (int)i,
              (int)da->sentences.v[i].start, (int)db->sentences.v[i].start);
    ws_doc_free(da);
    ws_doc_free(db);
}

static void
test_sentences(void)
{
    sentence_count("en", "Mr. Smith went to Washington. He met Dr. Jones.", 2);
    sentence_count("en", "\"I condemn it.\" He said so.", 2);
    sentence_count("en", "He said: \"We are concerned.\" Then he left.", 2);
    sentence_count("de", "Das ist z.B. gut. Am 3. Mai kam er.", 2);
    sentence_count("pl", "Mieszka przy ul. Długiej. Tzw. reforma upadła.", 2);
    sentence_count("ru", "Это было в 1990 г. в Москве. Потом всё.", 2);
    /* no sentence starts inside a split compound (В-2, a capital letter
     * that is also a preposition) */
    sentence_count("ru", "Первой была ракета В-2 в серийном виде. Потом всё.",
                   2);
    sentence_count("de", "Das Essen war super!!! Wir kommen wieder.", 2);
    /* without a trained model: an ellipsis character before a capital, a
     * full stop before a number followed by a lower-case word */
    sentence_count("uk", "Ми довго чекали\xE2\x80\xA6 Потім усі пішли.", 2);
    sentence_count("uk", "Це був важкий рік. 12 травня ми поїхали.", 2);
    sentence_count("uk", "Ми чекали\xE2\x80\xA6 і нарешті пішли.", 1);
    sentence_count("uk", "Це сталося 2015 р. у Києві. Св. Миколай прийшов.", 2);
    sentence_count("en", "One line without stop\nAnother line", 2);
    /* the classifier made a sentence of a document's first word before
     * a capitalised one ("Отчёт | Счётной палаты ..."): no sentence of
     * one word without punctuation */
    sentence_count("ru",
                   "Отчёт Городской думы, опубликованный вчера, показывает "
                   "рост расходов.",
                   1);
    sentence_count("en", "Report Card figures released today show growth.", 1);
    sentence_count("de", "Bericht Nationaler Stellen zeigt ein Wachstum.", 1);
    sentence_count("en", "First paragraph.\n\nSecond one.", 2);
    /* a capitalised word after a capitalised one (not in capitals) is
     * left unscored in English: a run of them stays in its sentence, a
     * full stop still ends one (session 24) */
    sentence_count("en",
                   "The Foreign Affairs Committee Chairman Paul Green spoke "
                   "on Monday in New York City Hall.",
                   1);
    sentence_count("en", "He works at Acme Labs in Oslo. The lab grew fast.",
                   2);
    /* a first sentence "Name (D), ..." or "Name (R-Ohio) said ..." is no
     * dateline: the parenthesis ends no sentence (session 12) */
    sentence_count("en", "Tom Hale (D), a farmer, said the bill failed.", 1);
    sentence_count("en", "Ann Ode (R-Ohio) said the vote was close. It was.",
                   2);
    sentence_count(
        "zh",
        "\xE6\x88\x91\xE4\xBB\xAC\xE5\x8E\xBB\xE4\xBA\x86\xE3\x80\x82"
        "\xE4\xBB\x96\xE4\xBB\xAC\xE6\x9D\xA5\xE4\xBA\x86\xE3\x80\x82",
        2);
}

static void
test_article(void)
{
    ws_doc *d = run("en", " date 2022-01-14 Leaders condemned attacks\n\n"
                          "MOSCOW (UrduPoint News / Sputnik - 14th January, "
                          "2022) The minister spoke. He left.\n\nLast one.");
    int32_t i;

    CHECK(d->sentences.n == 6, "article: %d sentences, want 6", d->sentences.n);
    CHECK(d->paragraphs.n == 3, "article: %d paragraphs", d->paragraphs.n);
    if (d->sentences.n == 6) {
        ws_sentence *s = d->sentences.v;
        CHECK(s[1].tok1 - s[1].tok0 == 3, "headline sentence");
        CHECK(ws_tok_is(d, s[2].tok0, "MOSCOW") &&
                  ws_tok_is(d, s[2].tok1 - 1, ")"),
              "dateline sentence");
        CHECK(s[2].para == 1 && s[5].para == 2, "paragraph index");
    }
    for (i = 0; i < d->tokens.n; i++)
        CHECK(d->tokens.v[i].sent >= 0 && d->tokens.v[i].sent < d->sentences.n,
              "token sentence index");
    ws_doc_free(d);
}

static void
test_seed(void)
{
    FILE *fp = fopen("../shared/seed/000_426ea73442c4cdcc.txt", "rb");
    static char buf[1 << 16];
    size_t n;
    ws_doc *d;

    if (!fp)
        fp = fopen(WS_MODELDIR "/../../shared/seed/000_426ea73442c4cdcc.txt",
                   "rb");
    if (!fp)
        return;
    n = fread(buf, 1, sizeof(buf) - 1, fp);
    fclose(fp);
    buf[n] = 0;
    d = run("", buf);
    CHECK(strcmp(d->lang, "en") == 0, "seed language %s", d->lang);
    /* header date, headline, dateline, and 13 sentences of the body */
    CHECK(d->sentences.n == 16, "seed: %d sentences, want 16", d->sentences.n);
    CHECK(d->paragraphs.n == 9, "seed: %d paragraphs, want 9", d->paragraphs.n);
    CHECK(find_tok(d, "@MFA_Ukraine") >= 0, "seed handle");
    ws_doc_free(d);
}

static void
langid(const char *text, const char *want)
{
    char out[8];
    ws_langid(text, strlen(text), out);
    CHECK(strcmp(out, want) == 0, "langid(%s) = %s, want %s", text, out, want);
}

static void
test_langid(void)
{
    langid("The minister said that the talks would continue next week.", "en");
    langid("Der Minister sagte, dass die Gespräche nächste Woche "
           "fortgesetzt werden.",
           "de");
    langid("Le ministre a déclaré que les discussions se poursuivraient la "
           "semaine prochaine.",
           "fr");
    langid("Minister powiedział, że rozmowy będą kontynuowane w przyszłym "
           "tygodniu.",
           "pl");
    langid("Министр сказал, что переговоры продолжатся на следующей "
           "неделе.",
           "ru");
    langid("Міністр сказав, що переговори продовжаться наступного тижня.",
           "uk");
    langid("\xE9\x83\xA8\xE9\x95\xBF\xE8\xAF\xB4\xE8\xB0\x88\xE5\x88\xA4"
           "\xE5\xB0\x86\xE7\xBB\xA7\xE7\xBB\xAD\xE3\x80\x82",
           "zh");
    langid("\xE5\xA4\xA7\xE8\x87\xA3\xE3\x81\xAF\xE4\xBA\xA4\xE6\xB8\x89"
           "\xE3\x81\x8C\xE7\xB6\x9A\xE3\x81\x8F\xE3\x81\xA8\xE8\xA8\x80"
           "\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82",
           "ja");
    langid("\xE0\xB8\xA3\xE0\xB8\xB1\xE0\xB8\x90\xE0\xB8\xA1\xE0\xB8\x99"
           "\xE0\xB8\x95\xE0\xB8\xA3\xE0\xB8\xB5",
           "th");
    langid("12345 678", "");
}

/* A Cyrillic text with a few Latin letters (a dateline, an acronym) is
 * decided early, as an all-Cyrillic one is: it was read to its 16 KB
 * (langid_early_latin_letters).  The Ukrainian tail after the Russian
 * opening would win a full reading; the early decision stops before it. */
static void
test_langid_early_latin_letters(void)
{
    static const char head[] =
        " date 2024-03-05 Переговоры продолжатся\n\n"
        "Министр сказал, что переговоры с NATO продолжатся на следующей "
        "неделе, и что это было также его решение. Он сказал, что они уже "
        "готовы, но еще не все вопросы решены, и только после этого будет "
        "ясно, где и когда они встретятся. Если это так, то уже через год "
        "было бы ясно, который из них прав.\n\n";
    static const char tail[] = "Він сказав, що його рішення було таке. ";
    char buf[8192], out[8];
    size_t n = strlen(head);
    memcpy(buf, head, n);
    while (n + sizeof tail < sizeof buf) {
        memcpy(buf + n, tail, sizeof tail - 1);
        n += sizeof tail - 1;
    }
    ws_langid(buf, n, out);
    CHECK(strcmp(out, "ru") == 0, "early decision with Latin letters: %s", out);
    /* the tail alone is Ukrainian (the test's premise) */
    ws_langid(buf + strlen(head), n - strlen(head), out);
    CHECK(strcmp(out, "uk") == 0, "the tail alone: %s", out);
}

/* A single Cyrillic capital and a full stop before a capitalised word is
 * an initial and its surname, not a sentence end (ru_initial_surname;
 * "Министр С. Лавров" was two sentences). */
static void
test_ru_initial_surname(void)
{
    sentence_count("ru",
                   "Министр С. Лавров не согласился. Затем выступил "
                   "А. Петров.",
                   2);
    sentence_count("ru", "Об этом рассказал В. В. Сидоров, глава района.", 1);
    sentence_count("ru", "Доклад подготовил Н. Кузнецов. Его обсудят в среду.",
                   2);
    /* Ukrainian keeps the full stop apart ("Є" "."): the same */
    sentence_count("uk", "Як зазначив Є. Коваленко, роботи тривають.", 1);
    sentence_count("uk",
                   "Міністр С. Бондар заперечив це. Потім слово взяв "
                   "І. Мельник.",
                   2);
}

/* Number of tokens of text. */
static int32_t
ntok(const char *lang, const char *text)
{
    ws_doc *d = run(lang, text);
    int32_t n = d->tokens.n;
    ws_doc_free(d);
    return n;
}

static void
test_units(void)
{
    /* Ukrainian treebank: decimal separators are tokens */
    CHECK(ntok("uk", "4,2 млн") == 4, "uk decimal comma split");
    /* Japanese: hiragana runs cut into particles and auxiliaries
     * (で|は, し|て), a small tsu back on the stem (言っ|て) */
    has_tokens("ja", "\xE5\xAD\xA6\xE6\xA0\xA1\xE3\x81\xA7\xE3\x81\xAF",
               "\xE3\x81\xA7 \xE3\x81\xAF");
    /* Chinese: demonstrative | classifier (這個問題 -> 這 個 問題) */
    has_tokens("zh", "\xE9\x80\x99\xE5\x80\x8B\xE5\x95\x8F\xE9\xA1\x8C",
               "\xE9\x80\x99 \xE5\x80\x8B");
}

/* Token i of text in lang is want. */
static void
tok_is(const char *lang, const char *text, int32_t i, const char *want)
{
    ws_doc *d = run(lang, text);
    int ok = i < d->tokens.n && ws_tok_blen(d, i) == (int32_t)strlen(want) &&
             memcmp(ws_tok_ptr(d, i), want, strlen(want)) == 0;

    CHECK(ok, "[%s] %s: token %d is not \"%s\"", lang, text, i, want);
    ws_doc_free(d);
}

/* UD Ukrainian: times and a full stop between Cyrillic letters were kept
 * in one token (12:46, О.П., т.д., вул.Чупринки), thousands grouped by a
 * plain space were split (1 010), and the particle -таки joined while з-під
 * and врешті-решт were split.  A hashtag stays whole although the treebank
 * splits its '#'. */
static void
test_uk_conventions(void)
{
    CHECK(ntok("uk", "о 12:46") == 4, "uk time split");
    tok_is("uk", "Автор О.П. Іванов", 1, "О");
    tok_is("uk", "Автор О.П. Іванов", 2, ".");
    tok_is("uk", "Автор О.П. Іванов", 3, "П");
    tok_is("uk", "книги, журнали т.д. усе", 3, "т");
    tok_is("uk", "книги, журнали т.д. усе", 5, "д");
    tok_is("uk", "на вул.Чупринки", 1, "вул");
    tok_is("uk", "Пишіть #Кіборги", 1, "#Кіборги");
    tok_is("uk", "втрати склали 1 010 вояків", 2, "1 010");
    has_tokens("uk", "він ж-таки вийшов з-під мосту, врешті-решт",
               "ж таки з-під врешті-решт");
    /* a Latin domain keeps its full stop */
    has_tokens("uk", "сайт читомо.com працює", "читомо.com");
}

/* UD Russian: number ranges and fractions were split (24-11, 1/8); a span
 * of two years stays three tokens. */
static void
test_ru_number_ranges(void)
{
    has_tokens("ru", "Счёт 24-11, доля 1/8, сезон 1903/04.",
               "24-11 1/8 1903/04");
    CHECK(ntok("ru", "в 1904-1905 годах") == 5, "ru year span split");
}

/* Chinese: ICU's dictionary words kept what UD splits off (他的 -> 他 的,
 * 位於 -> 位 於, 成為 -> 成 為, 天津市 -> 天津 市, 這一 -> 這 一) and
 * split what UD joins (每個, 第一); lexicalised words stay whole. */
static void
test_zh_attachments(void)
{
    /* 他的書 */
    has_tokens("zh", "\xE4\xBB\x96\xE7\x9A\x84\xE6\x9B\xB8",
               "\xE4\xBB\x96 \xE7\x9A\x84");
    /* 該島位於南部 */
    has_tokens("zh",
               "\xE8\xA9\xB2\xE5\xB3\xB6\xE4\xBD\x8D\xE6\x96\xBC"
               "\xE5\x8D\x97\xE9\x83\xA8",
               "\xE4\xBD\x8D \xE6\x96\xBC");
    /* 我們認為北京市很大 */
    has_tokens(
        "zh",
        "\xE6\x88\x91\xE5\x80\x91\xE8\xAA\x8D\xE7\x82\xBA"
        "\xE5\x8C\x97\xE4\xBA\xAC\xE5\xB8\x82\xE5\xBE\x88\xE5\xA4\xA7",
        "\xE8\xAA\x8D\xE7\x82\xBA \xE5\x8C\x97\xE4\xBA\xAC \xE5\xB8\x82");
    /* 每個學生 */
    has_tokens("zh", "\xE6\xAF\x8F\xE5\x80\x8B\xE5\xAD\xB8\xE7\x94\x9F",
               "\xE6\xAF\x8F\xE5\x80\x8B");
}

/* Chinese: an adverb stayed on its verb (都有), a pronoun on the copula
 * (這是), a count on 年 (三年), a derivational suffix on a word of three
 * or more characters (博物館, 伊斯蘭教), and 爾 was not a transliteration
 * character (隆美爾). */
static void
test_zh_suffixes(void)
{
    /* 他們都有三年 */
    has_tokens("zh",
               "\xE4\xBB\x96\xE5\x80\x91\xE9\x83\xBD\xE6\x9C\x89\xE4\xB8\x89"
               "\xE5\xB9\xB4",
               "\xE9\x83\xBD \xE6\x9C\x89 \xE4\xB8\x89 \xE5\xB9\xB4");
    /* 這是博物館 */
    has_tokens(
        "zh", "\xE9\x80\x99\xE6\x98\xAF\xE5\x8D\x9A\xE7\x89\xA9\xE9\xA4\xA8",
        "\xE9\x80\x99 \xE6\x98\xAF \xE5\x8D\x9A\xE7\x89\xA9 \xE9\xA4\xA8");
    /* 也是 stays whole */
    has_tokens("zh",
               "\xE4\xBB\x96\xE4\xB9\x9F\xE6\x98\xAF\xE5\xAD\xB8\xE7\x94\x9F",
               "\xE4\xB9\x9F\xE6\x98\xAF");
}

/* Chinese: 每 and 該/该 stayed apart from a one-character word after them
 * (每 个, 该 岛) where UD joins them. */
static void
test_zh_each_that(void)
{
    /* 每个学生, 该岛位于 */
    has_tokens("zh", "\xE6\xAF\x8F\xE4\xB8\xAA\xE5\xAD\xA6\xE7\x94\x9F",
               "\xE6\xAF\x8F\xE4\xB8\xAA");
    has_tokens("zh",
               "\xE8\xA9\xB2\xE5\xB3\xB6\xE4\xBD\x8D\xE6\x96\xBC\xE5\x8D\x97"
               "\xE9\x83\xA8",
               "\xE8\xA9\xB2\xE5\xB3\xB6");
}

/* Polish: the period after an abbreviation that follows a hyphen (5-proc.)
 * ended the sentence before a lower-case word. */
static void
test_pl_hyphen_abbrev(void)
{
    sentence_count("pl", "Zysk z 5-proc. rezerwy firm wzrósł.", 1);
}

/* UD Polish: model names (F-16), numbered items (III-1), joined acronyms,
 * hyphenated prefixes (non-profit), numbers of three groups (a telephone
 * number) and the abbreviation S.A. were split at the hyphen or at the
 * inner full stop; ranges of numbers and Roman numerals still split. */
static void
test_pl_hyphen_compounds(void)
{
    has_tokens("pl", "Lecą samoloty F-16 i MiG-29.", "F-16");
    has_tokens("pl", "Zob. rozdział III-2 ustawy.", "III-2");
    has_tokens("pl", "Klub posłów SLD-PSL obradował.", "SLD-PSL");
    has_tokens("pl", "To organizacja non-profit z Gdańska.", "non-profit");
    has_tokens("pl", "Dzwoń pod 22-631-45-07 w piątek.", "22-631-45-07");
    has_tokens("pl", "Bank Handlowy S.A. podał wyniki.", "S.A .");
    CHECK(ntok("pl", "w latach 1990-1993") == 5, "pl year range split");
    CHECK(ntok("pl", "rozdziały I-IV") == 4, "pl Roman range split");
    sentence_count("pl", "Zysk ma spółka Orlen S.A. Zarząd jest zadowolony.",
                   2);
}

/* The header line of a forwarded e-mail, a name and a time stamp
 * ("Jane Roe 03/14/2002 09:41 AM"), ran into the message's first
 * sentence; a stamp after "on" stays in its sentence. */
static void
test_post_stamps(void)
{
    ws_doc *d = run("en", "Thanks for the call. Jane Roe 03/14/2002 09:41 AM "
                          "please send me the draft today.");
    CHECK(d->sentences.n == 4 && d->sentences.v[2].start == 30 &&
              d->sentences.v[3].start == 50,
          "post stamp: %d sentences", d->sentences.n);
    ws_doc_free(d);
    sentence_count("en", "It was sent on 03/14/2002 09:41:07 PM to the team.",
                   1);
}

/* Web text: a list of links ran into one sentence, and so did numbered
 * items without final punctuation ("... nights 1) what ... 2) I would"). */
static void
test_web_lines(void)
{
    sentence_count("en", "Links: http://www.a.org/ http://www.b.org/", 2);
    sentence_count("en",
                   "We stay four nights 1) where can we eat 2) is the beach "
                   "near",
                   3);
}

/* A spaced straight quotation mark that closes a quotation after the full
 * stop ("... savoir. " Elle") opened the next sentence. */
static void
test_spaced_closing_quote(void)
{
    ws_doc *d =
        run("fr", "Il a dit : \"Venez. Faites-le savoir. \" Elle part.");
    CHECK(d->sentences.n == 3 && d->sentences.v[1].end == 38,
          "closing quote after the full stop: %d sentences", d->sentences.n);
    ws_doc_free(d);
    d = run("fr", "Fin du monde. \" \"C'est la panique\", dit-il.");
    CHECK(d->sentences.n == 2 && d->sentences.v[0].end == 15,
          "closing quote before an opening one: %d sentences", d->sentences.n);
    ws_doc_free(d);
    /* an opening quotation mark stays with its sentence */
    d = run("fr", "Il est parti. \" Je reviens \", a-t-il dit.");
    CHECK(d->sentences.n == 2 && d->sentences.v[1].start == 14,
          "opening quote: %d sentences", d->sentences.n);
    ws_doc_free(d);
}

/* UD Polish: "!!!", "?!" and initials (J.T.) were kept in one token, and
 * numbers of acts (2299/89) were split at the slash. */
static void
test_pl_conventions(void)
{
    CHECK(ntok("pl", "Nie!!!") == 4, "pl !!! split");
    CHECK(ntok("pl", "Co?!") == 3, "pl ?! split");
    tok_is("pl", "Pisał J.T. Gross", 1, "J");
    tok_is("pl", "Pisał J.T. Gross", 2, ".");
    tok_is("pl", "Pisał J.T. Gross", 3, "T");
    has_tokens("pl", "W rozporządzeniu nr 2299/89 zmiany.", "2299/89");
    /* initials of two-byte letters (uk_split reads the characters around
     * each full stop only) */
    tok_is("pl", "Pisał Ł.Ś. Nowak", 1, "Ł");
    tok_is("pl", "Pisał Ł.Ś. Nowak", 2, ".");
    tok_is("pl", "Pisał Ł.Ś. Nowak", 3, "Ś");
    tok_is("pl", "Pisał Ł.Ś. Nowak", 4, ".");
}

/* Ukrainian splits a word at a full stop between Cyrillic letters and at
 * a colon between digits (uk_split, which reads the characters around
 * each full stop and colon only). */
static void
test_uk_split_points(void)
{
    ws_doc *d = run("uk", "Це т.зв. реформа, див.також ст.5 о 10:30.");
    const char *want[] = {"Це",  "т", ".",     "зв", ".", "реформа", ",",
                          "див", ".", "також", "ст", ".", "5",       "о",
                          "10",  ":", "30",    ".",  NULL};
    int i;
    for (i = 0; want[i] && i < d->tokens.n; i++)
        CHECK(ws_tok_blen(d, i) == (int32_t)strlen(want[i]) &&
                  memcmp(ws_tok_ptr(d, i), want[i], strlen(want[i])) == 0,
              "token %d: \"%.*s\", want \"%s\"", i, ws_tok_blen(d, i),
              ws_tok_ptr(d, i), want[i]);
    CHECK(want[i] == NULL && i == d->tokens.n, "%d tokens", d->tokens.n);
    ws_doc_free(d);
}

/* delegate_title_ends_sentence: "Del." (a state delegate) before a name
 * ended the sentence, as did other titles of news reports (Sens., Cpl.,
 * Msgr., Amb.) */
static void
test_news_titles(void)
{
    sentence_count("en", "The bill passed, said Del. Rosa Lind of Dale County.",
                   1);
    sentence_count("en", "Sens. Ana Ruiz and Ben Holt voted against it.", 1);
    sentence_count("en", "Cpl. Dan Orr and Msgr. Leo Platt were there.", 1);
    sentence_count("en", "He met Amb. Kay Wong. She spoke first.", 2);
}

/* A capital initial whose lower case is an abbreviation that may end a
 * sentence (В. of в. "century", W. of w.) ended the sentence before the
 * surname; Polish abbreviations (tel., pocz.) and two-letter
 * initials (Ch.) ended sentences. */
static void
test_initial_before_name(void)
{
    sentence_count("ru", "Об этом сообщил В. Иванов.", 1);
    sentence_count("pl", "Pisze o tym W. Kowalski.", 1);
    sentence_count("pl", "Marek Ch. doznał złamania nogi.", 1);
    sentence_count("pl", "Dzwonić pod numer (tel. 642-65-85) do piątku.", 1);
    sentence_count("pl", "Zamek wzniesiono na pocz. XIX wieku.", 1);
}

/* The sentence-boundary model file: missing -> NULL, written -> loaded. */
/* The classifier's fold arena grew while the features of one candidate
 * pointed into it (heap-use-after-free under ASan on long documents): a
 * document with thousands of distinct words keeps every sentence. */
static void
test_sbd_arena_growth(void)
{
    size_t cap = 3000 * 64, n = 0;
    char *buf = malloc(cap);
    int i;

    if (!buf)
        return;
    for (i = 0; i < 3000; i++)
        n += (size_t)snprintf(buf + n, cap - n,
                              "Quorblex%04d met Zandrofil%04d today. ", i, i);
    sentence_count("en", buf, 3000);
    free(buf);
}

static void
test_sbd_model(void)
{
    char err[128];
    const char *path = "build/tests/test-sbd.model";
    FILE *fp;
    uint32_t bits = 10, n = 1, idx = 3;
    float w = 1.5f;
    ws_sbd *s;

    CHECK(ws_sbd_load("/nonexistent/sbd.model", err, sizeof(err)) == NULL,
          "missing model loads");
    fp = fopen(path, "wb");
    if (!fp)
        return;
    fwrite("WSSBD002", 1, 8, fp);
    fwrite(&bits, 4, 1, fp);
    fwrite(&n, 4, 1, fp);
    fwrite(&idx, 4, 1, fp);
    fwrite(&w, 4, 1, fp);
    fclose(fp);
    s = ws_sbd_load(path, err, sizeof(err));
    CHECK(s != NULL, "sbd model: %s", err);
    ws_sbd_free(s);
    fp = fopen(path, "wb");
    if (fp) {
        fwrite("WSSBD002", 1, 8, fp);
        fwrite(&bits, 4, 1, fp);
        n = 5;
        fwrite(&n, 4, 1, fp);
        fclose(fp);
    }
    CHECK(ws_sbd_load(path, err, sizeof(err)) == NULL, "truncated model");
    remove(path);
    /* with the trained English model: no break inside "Mr. Smith", one
     * after a sentence without final punctuation before "Thanks" is not
     * required, but a plain full stop still ends a sentence */
    sentence_count("en", "Mr. Smith arrived. He left.", 2);
    test_sbd_arena_growth();
}

/* Sentence boundaries the rules missed: a Polish full stop before a dash
 * and a lower-case word, a word starting with digits after a full stop,
 * a French sentence without a final stop running into the next, English
 * salutations and closings ended by a comma; and the cases that must stay
 * one sentence. */
static void
test_run_on_sentences(void)
{
    sentence_count("pl",
                   "Zrobili\xc5\x9bmy to wczoraj. \xe2\x80\x93 a teraz "
                   "idziemy dalej.",
                   2);
    sentence_count(
        "pl",
        "To by\xc5\x82o dawno... \xe2\x80\x93 macha r\xc4\x99k\xc4\x85 "
        "Jan.",
        1);
    sentence_count("pl",
                   "Nikt nie wiedzia\xc5\x82, co robi\xc4\x87. 30-letni "
                   "m\xc4\x99\xc5\xbc"
                   "czyzna uciek\xc5\x82.",
                   2);
    sentence_count("pl", "Zgodnie z lit. b tego przepisu nie trzeba.", 1);
    sentence_count("fr",
                   "Le service est rapide et agr\xc3\xa9"
                   "able Nous "
                   "reviendrons bient\xc3\xb4t.",
                   2);
    sentence_count("fr", "Le repas \xc3\xa9tait bon ; Il faut r\xc3\xa9server.",
                   2);
    sentence_count("fr", "Il habite \xc3\xa0 La Rochelle depuis longtemps.", 1);
    sentence_count("fr", "Elle lit Le Monde tous les jours.", 1);
    sentence_count("en", "Kasia, We have received your order today.", 2);
    sentence_count("en", "Hi Kasia, We have received your order today.", 2);
    sentence_count("en", "We shipped it today. Thanks, Tomasz", 3);
    sentence_count("en", "Yesterday, President Smith said nothing.", 1);
    sentence_count("en", "\"Thanks, John,\" she said.", 1);
}

/* Sentence breaks read in windows around the terminators (icu.c) equal
 * those of ICU's iterator run over the whole text: on hand-picked cases
 * and on pseudo-random strings of terminators, closing marks, spaces,
 * separators, combining and format characters and letters. */
static void
test_sentence_windows(void)
{
    static const char *const cases[] = {
        "He left. She stayed.",
        "U.S. officials met Mr. Smith at 3.5 p.m. today. Then",
        "\"Stop!\" he said. \"Now.\" (Really.) [Yes.] 'ok.' next",
        "Wait...  what?!  No.\r\nNew line.\xe2\x80\xa9Para.\xc2\x85Next",
        "\xe4\xb8\xad\xe6\x96\x87\xe3\x80\x82\xe6\x97\xa5\xe6\x9c\xac"
        "\xef\xbc\x81x",
        "e.\xcc\x81 X. \xc2\xad"
        "A.\xe2\x80\x8b b. c.d. 1. 2.",
        "\xc2\xbb. \xc2\xab\xd0\x90. \xd0\xb0. \xe2\x80\x9c\xd0\x91."
        "\xe2\x80\x9d \xd0\x92",
        "...",
        ". . .",
        "a.\n",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.Bbbbbbb. ccc",
        /* the windows icu.c reads without the iterator */
        "The ferry docked.\n\nPassengers cheered. \"Finally,\" one said.",
        "Rain fell in 1998.\n \n\"Nobody came!\"\n\"Why? we asked.",
        "Ships sail at dawn! they say. approx. nine boats. Done",
        "It rained.\" Then it stopped.\"\n\"Good",
        "Dr. K spoke at 9 am. A 7 pm slot? no 2 x. B c 4",
        /* curly closing marks, and windows that reach the text's end */
        "He left.\xe2\x80\x9d She stayed.\xe2\x80\x99\n\xe2\x80\x98Yes",
        "It ended.\xe2\x80\x9d\n",
        "It ended.",
        "It ended. \n \n",
        /* full stops inside URLs and numbers */
        "See https://www.example.com/news/2026-12. The end",
        "at http://a.b.org/x/1-2.\n\n\"Yes",
        "It rose 3.5 million. Then 2.4 bn. and 7.A. U.S. Army. A.B. c.",
        "see x.y. Z then a.b-c. d e.f. \"G",
    };
    static const char *const alpha[] = {".",
                                        ".",
                                        "!",
                                        "?",
                                        "\"",
                                        "'",
                                        ")",
                                        "(",
                                        " ",
                                        " ",
                                        " ",
                                        "\n",
                                        "\r",
                                        "a",
                                        "b",
                                        "A",
                                        "B",
                                        "1",
                                        ",",
                                        ";",
                                        ":",
                                        "-",
                                        "\xc2\xab",
                                        "\xc2\xbb",
                                        "\xe2\x80\x9c",
                                        "\xe2\x80\x9d",
                                        "\xe3\x80\x82",
                                        "\xef\xbc\x81",
                                        "\xcc\x81",
                                        "\xc2\xad",
                                        "\xe2\x80\xa9",
                                        "\xc2\x85",
                                        "\xc2\xa0",
                                        "\t",
                                        "\xe2\x80\xa6",
                                        "\xc3\xa9",
                                        "\xc3\x89",
                                        "\xe4\xb8\xad",
                                        "\xf0\x9f\x98\x80",
                                        "\xe0\xa5\xa4",
                                        "\xef\xbc\x8e"};
    static const char *const plain[] = {"a",
                                        "b",
                                        "y",
                                        "A",
                                        "Q",
                                        "7",
                                        ".",
                                        "!",
                                        "?",
                                        "\"",
                                        " ",
                                        " ",
                                        " ",
                                        "\n",
                                        "ab",
                                        "Cd",
                                        "e",
                                        "\xe2\x80\x98",
                                        "\xe2\x80\x99",
                                        "\xe2\x80\x9c",
                                        "\xe2\x80\x9d",
                                        "/",
                                        ":",
                                        "-",
                                        "_",
                                        ",",
                                        "%",
                                        "(",
                                        "www.",
                                        ".com",
                                        "3.5"};
    static int32_t a[512], b[512];
    const char *const locs[] = {"en", "ja", "ru"};
    ws_icu *u = ws_icu_new();
    uint32_t seed = 12345;
    char buf[512];
    int c, r, bad = 0;

    CHECK(u != NULL, "ws_icu_new");
    if (!u)
        return;
    for (r = 0; r < 12000 + (int)(sizeof(cases) / sizeof(cases[0])); r++) {
        const char *t = buf, *loc = locs[r % 3];
        size_t len = 0;
        int32_t na, nb;
        if (r < (int)(sizeof(cases) / sizeof(cases[0]))) {
            t = cases[r];
            len = strlen(t);
        } else {
            int n;
            seed = seed * 1103515245u + 12345u;
            n = 1 + (int)((seed >> 16) % 60);
            for (c = 0; c < n; c++) {
                const char *x;
                seed = seed * 1103515245u + 12345u;
                /* every other string: only the characters of the windows
                 * icu.c reads itself (ASCII letters and digits, the
                 * terminators, the straight and curly quotation marks,
                 * spaces, newlines) */
                x = r % 2 ? plain[(seed >> 16) %
                                  (sizeof(plain) / sizeof(plain[0]))]
                          : alpha[(seed >> 16) %
                                  (sizeof(alpha) / sizeof(alpha[0]))];
                memcpy(buf + len, x, strlen(x));
                len += strlen(x);
            }
        }
        ws_icu_exact(u, 1);
        ws_icu_text(u, t, len);
        na = ws_icu_breaks(u, 1, loc, t, len, a, NULL, 512);
        ws_icu_exact(u, 0);
        ws_icu_text(u, t, len);
        nb = ws_icu_breaks(u, 1, loc, t, len, b, NULL, 512);
        if (na != nb || (na > 0 && memcmp(a, b, sizeof(int32_t) * (size_t)na)))
            bad++;
        CHECK(na == nb &&
                  (na <= 0 || !memcmp(a, b, sizeof(int32_t) * (size_t)na)),
              "sentence windows differ from the full iteration on [%.*s]",
              (int)len, t);
        if (bad > 3)
            break;
    }
    ws_icu_free(u);
}

/* The word-break fast path (icu.c fast_words) against ICU's iterator over
 * the whole text: the same breaks and rule statuses on random text made of
 * the characters it decides itself (letters, digits, their middle
 * punctuation, connectors, spaces, newlines, '@' and ':', which ICU's
 * rules treat unlike their Word_Break property) and of those it hands to
 * ICU (combining and format characters, Hebrew, Thai, CJK, emoji), in
 * the locales it serves. */
static void
test_word_fast_path(void)
{
    static const char *const alpha[] = {"a",
                                        "b",
                                        "Z",
                                        "1",
                                        "9",
                                        "_",
                                        ".",
                                        ",",
                                        ";",
                                        ":",
                                        "'",
                                        "\"",
                                        "-",
                                        "@",
                                        " ",
                                        " ",
                                        "  ",
                                        "\t",
                                        "\n",
                                        "\r",
                                        "\r\n",
                                        "\xc3\xa9",
                                        "\xd0\x96",
                                        "\xd0\xb4",
                                        "\xc2\xb7",
                                        "\xd9\xa1",
                                        "\xcd\xb4",
                                        "\xc2\xa0",
                                        "\xc2\x85",
                                        "\xc2\xa9",
                                        "\xcc\x81",
                                        "\xc2\xad",
                                        "\xd7\x90",
                                        "\xef\xbc\x8c",
                                        "\xe2\x80\x99",
                                        "\xe2\x80\x98",
                                        "\xe2\x80\x8d",
                                        "\xe2\x80\x8b",
                                        "\xe2\x80\xaf",
                                        "\xe2\x80\xa8",
                                        "\xe2\x80\xbf",
                                        "\xe2\x80\x94",
                                        "\xe2\x80\x9c",
                                        "\xe2\x81\xa0",
                                        "\xe0\xb8\x81",
                                        "\xe4\xb8\xad",
                                        "\xe3\x82\xa2",
                                        "\xef\xb9\x95",
                                        "\xf0\x9f\x98\x80"};
    static const char *const locs[] = {"en", "de", "fr", "pl", "ru", "uk", ""};
    static int32_t a[256], sa[256], b[256], sb[256];
    const int na = (int)(sizeof(alpha) / sizeof(alpha[0]));
    ws_icu *u = ws_icu_new();
    uint32_t seed = 777;
    char buf[512];
    int r, c, bad = 0;

    CHECK(u != NULL, "ws_icu_new");
    if (!u)
        return;
    for (r = 0; r < 40000 && bad < 3; r++) {
        const char *loc = locs[r % 7];
        size_t len = 0;
        int32_t n1, n2, n;
        seed = seed * 1103515245u + 12345u;
        n = 1 + (int)((seed >> 16) % 24);
        for (c = 0; c < n; c++) {
            const char *x;
            seed = seed * 1103515245u + 12345u;
            /* half of them from the first 14: ASCII word material */
            x = alpha[(seed >> 16) % (((seed >> 8) & 1) ? 14u : (unsigned)na)];
            memcpy(buf + len, x, strlen(x));
            len += strlen(x);
        }
        ws_icu_exact(u, 1);
        ws_icu_text(u, buf, len);
        n1 = ws_icu_breaks(u, 0, loc, buf, len, a, sa, 256);
        ws_icu_exact(u, 0);
        ws_icu_text(u, buf, len);
        n2 = ws_icu_breaks(u, 0, loc, buf, len, b, sb, 256);
        if (n1 != n2 ||
            (n1 > 0 && (memcmp(a, b, sizeof(int32_t) * (size_t)n1) ||
                        memcmp(sa, sb, sizeof(int32_t) * (size_t)n1)))) {
            bad++;
            CHECK(0, "word fast path differs from ICU (%s) on [%.*s]", loc,
                  (int)len, buf);
        }
    }
    CHECK(bad == 0, "word fast path: %d of %d texts differ", bad, r);
    ws_icu_free(u);
}

/* fast_words' segment kinds one after another: a space run, a run of
 * letters, digits and connectors, a character ICU decides, CR (and CR
 * LF), one other character, each followed by each of the others and by
 * itself, at the text's start, middle and end.  fast_words takes each
 * segment's kind from the class it read past the previous segment (or,
 * after a stretch ICU decided, reads it anew); the breaks and rule
 * statuses are those of ICU's iterator over the whole text. */
static void
test_word_fast_path_segment_order(void)
{
    static const char *const seg[] = {" ",
                                      "  \t",
                                      "Word",
                                      "ab12",
                                      "4,5",
                                      "x_y",
                                      "it's",
                                      "\r",
                                      "\r\n",
                                      "\n",
                                      ".",
                                      ",",
                                      "-",
                                      "\xe2\x80\x9c",
                                      "\xcc\x81",
                                      "\xd7\x90",
                                      "\xe4\xb8\xad",
                                      "\xc2\xa0",
                                      "\xf0\x9f\x98\x80"};
    static int32_t a[64], sa[64], b[64], sb[64];
    const int ns = (int)(sizeof(seg) / sizeof(seg[0]));
    ws_icu *u = ws_icu_new();
    char buf[128];
    int i, j, k, bad = 0;

    CHECK(u != NULL, "ws_icu_new");
    if (!u)
        return;
    for (i = 0; i < ns && bad < 3; i++)
        for (j = 0; j < ns; j++)
            for (k = 0; k < 3; k++) {
                /* the pair alone, after a word, and between words */
                int n = snprintf(buf, sizeof(buf), "%s%s%s%s", k ? "Tom " : "",
                                 seg[i], seg[j], k == 2 ? " ran" : "");
                int32_t n1, n2;
                ws_icu_exact(u, 1);
                ws_icu_text(u, buf, (size_t)n);
                n1 = ws_icu_breaks(u, 0, "en", buf, (size_t)n, a, sa, 64);
                ws_icu_exact(u, 0);
                ws_icu_text(u, buf, (size_t)n);
                n2 = ws_icu_breaks(u, 0, "en", buf, (size_t)n, b, sb, 64);
                if (n1 <= 0 || n1 != n2 ||
                    memcmp(a, b, sizeof(int32_t) * (size_t)n1) ||
                    memcmp(sa, sb, sizeof(int32_t) * (size_t)n1)) {
                    bad++;
                    CHECK(0, "segments [%s] then [%s]: fast path differs",
                          seg[i], seg[j]);
                }
            }
    CHECK(bad == 0, "word fast path segment order: %d pairs differ", bad);
    ws_icu_free(u);
}

/* French elisions found by find_byte2's look for the apostrophe in a
 * word's first eight bytes: at byte 6 (' and U+2019), close to the text's
 * end (fewer than eight bytes left) and in no word without one; the
 * Ukrainian full stop between Cyrillic letters past a word's eighth byte. */
static void
test_apostrophe_and_stop_scans(void)
{
    has_tokens("fr",
               "Elle attendait lorsqu'il marchait puisqu\xE2\x80\x99"
               "avant, tout est d'eau",
               "lorsqu' il puisqu\xE2\x80\x99 avant d' eau");
    has_tokens("fr", "Aujourd'hui les marcheurs arrivent",
               "Aujourd'hui marcheurs arrivent");
    has_tokens("uk", "Шевченківський.Район тут", "Шевченківський . Район");
}

/* The breaks icu.c reads itself against ICU's iterators, for every code
 * point below U+2100 in runs long enough for the eight-unit scans
 * (skip_letters' letters, skip_plain's units that end no sentence): inside
 * a word, after a sentence's full stop and starting a sentence. */
static void
test_icu_breaks_every_unit(void)
{
    static int32_t a[256], sa[256], b[256], sb[256];
    ws_icu *u = ws_icu_new();
    char buf[256], ch[4];
    int32_t c;
    int bad = 0;

    CHECK(u != NULL, "ws_icu_new");
    if (!u)
        return;
    for (c = 1; c < 0x2100 && bad < 3; c++) {
        size_t len = 0;
        int x, k, w = ws_utf8_encode(c, ch);
        static const char *const pre = "Ab", *const mid = "cd. Ef ";
        memcpy(buf, pre, strlen(pre));
        len = strlen(pre);
        for (x = 0; x < 10; x++, len += (size_t)w)
            memcpy(buf + len, ch, (size_t)w);
        memcpy(buf + len, mid, strlen(mid));
        len += strlen(mid);
        for (x = 0; x < 3; x++, len += (size_t)w)
            memcpy(buf + len, ch, (size_t)w);
        memcpy(buf + len, "gh. ", 4);
        len += 4;
        for (x = 0; x < 9; x++, len += (size_t)w)
            memcpy(buf + len, ch, (size_t)w);
        for (k = 0; k < 2; k++) {
            int32_t n1, n2;
            ws_icu_exact(u, 1);
            ws_icu_text(u, buf, len);
            n1 = ws_icu_breaks(u, k, "ru", buf, len, a, k ? NULL : sa, 256);
            ws_icu_exact(u, 0);
            ws_icu_text(u, buf, len);
            n2 = ws_icu_breaks(u, k, "ru", buf, len, b, k ? NULL : sb, 256);
            if (n1 != n2 ||
                (n1 > 0 &&
                 (memcmp(a, b, sizeof(int32_t) * (size_t)n1) ||
                  (!k && memcmp(sa, sb, sizeof(int32_t) * (size_t)n1))))) {
                bad++;
                CHECK(0, "%s breaks differ from ICU around U+%04X",
                      k ? "sentence" : "word", (unsigned)c);
            }
        }
    }
    CHECK(bad == 0, "icu.c's breaks differ from ICU's on %d code points", bad);
    ws_icu_free(u);
}

/* ws_icu_text's UTF-16 copy (ASCII runs of sixteen bytes converted at a
 * time, at the start of the text and between other characters): the word
 * breaks read through it are ICU's over the UTF-8 bytes, for ASCII runs
 * of every length from 0 to 40 around two- to four-byte characters. */
static void
test_icu_text_ascii_runs(void)
{
    static const char *const other[] = {"\xc3\xa9", "\xe2\x80\x9c",
                                        "\xf0\x9f\x98\x80", "\xd0\x96"};
    static const char run[] = "Abc def. 12 gh-ij, klm nop qrs tuv wxy zAB CD";
    static int32_t a[256], st[256];
    ws_icu *u = ws_icu_new();
    UErrorCode e = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "en", NULL, 0, &e);
    UText *ut = NULL;
    char buf[256];
    int n1, n2, x, bad = 0;

    CHECK(u != NULL && U_SUCCESS(e), "ws_icu_new or ubrk_open failed");
    if (!u || U_FAILURE(e))
        return;
    for (n1 = 0; n1 <= 40 && bad < 3; n1++)
        for (n2 = 0; n2 <= 40 && bad < 3; n2 += 3)
            for (x = 0; x < 4 && bad < 3; x++) {
                size_t len = 0;
                int32_t n, q, i = 0, ok = 1;
                memcpy(buf + len, run, (size_t)n1);
                len += (size_t)n1;
                memcpy(buf + len, other[x], strlen(other[x]));
                len += strlen(other[x]);
                memcpy(buf + len, run + 3, (size_t)n2);
                len += (size_t)n2;
                memcpy(buf + len, other[(x + 1) % 4],
                       strlen(other[(x + 1) % 4]));
                len += strlen(other[(x + 1) % 4]);
                memcpy(buf + len, run, (size_t)n1);
                len += (size_t)n1;
                ws_icu_text(u, buf, len);
                n = ws_icu_breaks(u, 0, "en", buf, len, a, st, 256);
                e = U_ZERO_ERROR;
                ut = utext_openUTF8(ut, buf, (int64_t)len, &e);
                ubrk_setUText(bi, ut, &e);
                ubrk_first(bi);
                for (q = ubrk_next(bi); q != UBRK_DONE; q = ubrk_next(bi), i++)
                    if (i >= n || a[i] != q || st[i] != ubrk_getRuleStatus(bi))
                        ok = 0;
                if (i != n || U_FAILURE(e))
                    ok = 0;
                bad += !ok;
                CHECK(ok, "word breaks through UTF-16 differ on [%.*s]",
                      (int)len, buf);
            }
    utext_close(ut);
    ubrk_close(bi);
    ws_icu_free(u);
}

/* The sentence classifier's spelling cache is kept from document to
 * document: documents in several languages (the same words after an
 * abbreviation's full stop, where the dictionary feature decides: "Mit"
 * is German, not English) tokenized one after another on one worker give
 * the tokens and sentences each gives on a worker of its own. */
static void
test_spell_cache_languages(void)
{
    static const char *const docs[][2] = {
        {"de", "It was 5 p.m. Mit said so. Die Zeit berichtete."},
        {"en", "It was 5 p.m. Mit said so. Die Zeit berichtete."},
        {"ru", "It was 5 p.m. Die said so. Also Paris."},
        {"en", "It was 5 p.m. Die said so. Also Paris."},
        {"fr", "Nous sommes à Berlin. Was ist das? Dans la rue."},
        {"pl", "Byli w Berlinie. Nie. Tak. Was? Dans."}};
    int nd = (int)(sizeof(docs) / sizeof(docs[0])), i, j;

    for (i = 0; i < nd; i++) {
        ws_doc *a = run(docs[i][0], docs[i][1]), *b;
        ws_worker *w = ws_worker_new(models);
        int same;
        CHECK(w != NULL, "ws_worker_new");
        if (!w || !a) {
            ws_doc_free(a);
            ws_worker_free(w);
            return;
        }
        b = ws_doc_new();
        ws_doc_set_text(b, docs[i][1], strlen(docs[i][1]));
        snprintf(b->lang, sizeof(b->lang), "%s", docs[i][0]);
        b->lang_given = 1;
        CHECK(ws_tokenize(w, b) == 0, "ws_tokenize on a new worker");
        same = a->tokens.n == b->tokens.n && a->sentences.n == b->sentences.n;
        for (j = 0; same && j < a->tokens.n; j++)
            same = a->tokens.v[j].start == b->tokens.v[j].start &&
                   a->tokens.v[j].end == b->tokens.v[j].end &&
                   a->tokens.v[j].sent == b->tokens.v[j].sent;
        CHECK(same, "[%s] %s: another worker's document changed the result",
              docs[i][0], docs[i][1]);
        ws_doc_free(a);
        ws_doc_free(b);
        ws_worker_free(w);
    }
}

int
main(void)
{
    char err[256];

    models = ws_models_open(NULL, err, sizeof(err));
    if (!models) {
        fprintf(stderr, "test_tokenize: %s\n", err);
        return 1;
    }
    worker = ws_worker_new(models);
    if (!worker) {
        fprintf(stderr, "test_tokenize: no worker\n");
        return 1;
    }
    test_tokens();
    test_flags();
    test_flags_short_tokens();
    test_flags_sixteen_byte_tokens();
    test_cp_offsets_after_gaps();
    test_word_before_space_fast_path();
    test_sbd_candidates_after_punctuation();
    test_sbd_features_eight_at_once_same();
    test_sentences();
    test_article();
    test_seed();
    test_langid();
    test_langid_early_latin_letters();
    test_ru_initial_surname();
    test_units();
    test_uk_conventions();
    test_ru_number_ranges();
    test_initial_before_name();
    test_news_titles();
    test_pl_conventions();
    test_uk_split_points();
    test_spaced_closing_quote();
    test_zh_attachments();
    test_zh_suffixes();
    test_zh_each_that();
    test_pl_hyphen_abbrev();
    test_pl_hyphen_compounds();
    test_post_stamps();
    test_web_lines();
    test_sbd_model();
    test_sentence_windows();
    test_run_on_sentences();
    test_icu_text_ascii_runs();
    test_word_fast_path();
    test_word_fast_path_segment_order();
    test_icu_breaks_every_unit();
    test_apostrophe_and_stop_scans();
    test_spell_cache_languages();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
