/*
 * test_hunspell.c - the Hunspell adapter: dictionaries loaded through
 * flag aliases (ws_hun_compact) answer every question as the originals
 * do, and take less memory.
 */
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "hunspell_guard.h"
#include "test.h"
#include "ws_int.h"

static ws_hun *
open_hun(const char *lang, int plain)
{
    if (plain)
        setenv("WHOSAID_HUNSPELL_PLAIN", "1", 1);
    else
        unsetenv("WHOSAID_HUNSPELL_PLAIN");
    ws_hun *h = ws_hun_open(lang);
    unsetenv("WHOSAID_HUNSPELL_PLAIN");
    return h;
}

/* Asks both handles about word; returns 1 when they agree. */
static int
same_answers(ws_hun *a, ws_hun *b, const char *word)
{
    char sa[512], sb[512];
    if (ws_hun_spell(a, word) != ws_hun_spell(b, word))
        return 0;
    int na = ws_hun_stem(a, word, sa, sizeof sa);
    int nb = ws_hun_stem(b, word, sb, sizeof sb);
    return na == nb && (na == 0 || strcmp(sa, sb) == 0);
}

/* The word of a .dic line (before its flags and fields; the lines are
 * in the dictionary's encoding, the adapter speaks UTF-8: words that are
 * not UTF-8 are asked as they are and answered "no" by both). */
static void
dic_word(const char *line, char *out, size_t cap)
{
    size_t n = 0;
    for (const char *p = line; *p && *p != '/' && *p != '\t' && *p != ' ' &&
                               *p != '\n' && *p != '\r' && n + 1 < cap;
         p++)
        out[n++] = *p;
    out[n] = '\0';
}

/* Every installed dictionary: its words, their inflected and capitalised
 * variants get the same spell and stem answers from the aliased copy. */
static void
test_hun_compact_same_answers(void)
{
    static const char *langs[] = {"en", "de", "fr", "pl", "ru", "uk"};
    /* (U+0301 last: uk_UA's IGNORE character, lifted from its copy) */
    static const char *endings[] = {"s",  "ed",  "en",    "er",  "es",
                                    "а",  "и",   "ов",    "ami", "ów",
                                    "ів", "ого", "\u0301"};
    for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
        char dic[4096], line[1024], word[512], var[600];
        snprintf(dic, sizeof dic, "%s/%s.dic", ws_hun_dir(),
                 ws_hun_dicname(langs[l]));
        FILE *f = fopen(dic, "r");
        if (f == NULL)
            continue; /* not installed here */
        ws_hun *plain = open_hun(langs[l], 1);
        ws_hun *comp = open_hun(langs[l], 0);
        CHECK(plain != NULL && comp != NULL, "%s: both open", langs[l]);
        if (plain == NULL || comp == NULL) {
            fclose(f);
            ws_hun_free(plain);
            ws_hun_free(comp);
            continue;
        }
        long n = 0, diff = 0;
        char first_diff[600] = "";
        /* every 89th line: a sample through the whole file (every 13th
         * line, some 40 s, agreed too when this was written) */
        while (fgets(line, sizeof line, f)) {
            if (n++ % 89 != 0)
                continue;
            dic_word(line, word, sizeof word);
            if (word[0] == '\0')
                continue;
            for (size_t e = 0; e <= sizeof endings / sizeof endings[0]; e++) {
                if (e == 0)
                    snprintf(var, sizeof var, "%s", word);
                else
                    snprintf(var, sizeof var, "%s%s", word, endings[e - 1]);
                if (!same_answers(plain, comp, var) && diff++ == 0)
                    snprintf(first_diff, sizeof first_diff, "%s", var);
            }
            /* all capitals: the hidden capitalised entries */
            size_t k = 0;
            for (; word[k]; k++)
                var[k] = (char)(word[k] >= 'a' && word[k] <= 'z'
                                    ? word[k] - 'a' + 'A'
                                    : word[k]);
            var[k] = '\0';
            if (!same_answers(plain, comp, var) && diff++ == 0)
                snprintf(first_diff, sizeof first_diff, "%s", var);
            /* the stress mark after the first character */
            size_t c1 = 1;
            while (word[c1] != '\0' && (word[c1] & 0xC0) == 0x80)
                c1++;
            snprintf(var, sizeof var, "%.*s\u0301%s", (int)c1, word, word + c1);
            if (!same_answers(plain, comp, var) && diff++ == 0)
                snprintf(first_diff, sizeof first_diff, "%s", var);
        }
        fclose(f);
        CHECK(diff == 0, "%s: %ld answers differ, first '%s'", langs[l], diff,
              first_diff);
        ws_hun_free(plain);
        ws_hun_free(comp);
    }
}

/* ws_hun_stem reads the stem from Hunspell_analyze()'s analyses itself
 * (Hunspell_stem's C++ string streams cost a third of its time): on a
 * sample of every installed dictionary, with inflected, capitalised and
 * compound variants and words that are none, its answer is
 * Hunspell_stem's. */
static void
test_hun_stem_as_hunspell(void)
{
    static const char *langs[] = {"en", "de", "fr", "pl", "ru", "uk"};
    static const char *endings[] = {"s",   "ing", "ed", "en",  "er",
                                    "ung", "es",  "а",  "ами", "ów",
                                    "ів",  "ого", "x",  "-",   "'s"};
    static const char *more[] = {"",       "1990",   "U.S.",     "e-mail",
                                 "a-t-il", "Bundes", "Verkehrs", "XIV",
                                 "don't",  "1st",    "l'homme",  "anti-war"};
    for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
        char dic[4096], line[1024], word[512], var[600], a[512], b[512];
        snprintf(dic, sizeof dic, "%s/%s.dic", ws_hun_dir(),
                 ws_hun_dicname(langs[l]));
        FILE *f = fopen(dic, "r");
        if (f == NULL)
            continue; /* not installed here */
        ws_hun *h = open_hun(langs[l], 0);
        CHECK(h != NULL, "%s: opens", langs[l]);
        if (h == NULL) {
            fclose(f);
            continue;
        }
        long n = 0, asked = 0, diff = 0, stems = 0;
        char first_diff[1200] = "";
#define ASK(wd)                                                                \
    do {                                                                       \
        int na = ws_hun_stem(h, (wd), a, sizeof a);                            \
        int nb = ws_hun_stem_ref(h, (wd), b, sizeof b);                        \
        asked++;                                                               \
        stems += na > 0;                                                       \
        if ((na != nb || (na > 0 && strcmp(a, b) != 0)) && diff++ == 0)        \
            snprintf(first_diff, sizeof first_diff, "%.200s: %.200s / %.200s", \
                     (wd), na > 0 ? a : "-", nb > 0 ? b : "-");                \
    } while (0)
        for (size_t m = 0; m < sizeof more / sizeof more[0]; m++)
            ASK(more[m]);
        char prev[512] = "";
        while (fgets(line, sizeof line, f)) {
            if (n++ % 97 != 0)
                continue;
            dic_word(line, word, sizeof word);
            if (word[0] == '\0')
                continue;
            ASK(word);
            for (size_t e = 0; e < sizeof endings / sizeof endings[0]; e++) {
                snprintf(var, sizeof var, "%s%s", word, endings[e]);
                ASK(var);
            }
            /* a compound of two words of the dictionary */
            snprintf(var, sizeof var, "%.250s%.250s", prev, word);
            ASK(var);
            snprintf(prev, sizeof prev, "%s", word);
            size_t k = 0;
            for (; word[k]; k++)
                var[k] = (char)(word[k] >= 'a' && word[k] <= 'z'
                                    ? word[k] - 'a' + 'A'
                                    : word[k]);
            var[k] = '\0';
            ASK(var);
            if (word[0] >= 'a' && word[0] <= 'z') {
                snprintf(var, sizeof var, "%c%s", word[0] - 'a' + 'A',
                         word + 1);
                ASK(var);
            }
        }
#undef ASK
        fclose(f);
        CHECK(diff == 0, "%s: %ld of %ld stems differ, first %s", langs[l],
              diff, asked, first_diff);
        CHECK(stems > asked / 20, "%s: %ld of %ld words have a stem", langs[l],
              stems, asked);
        ws_hun_free(h);
    }
}

static void
write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* A new folder from the mkdtemp() template dir and, in aff and dic (256
 * bytes each), the paths of its en_US.aff and en_US.dic; 0, or -1 (a
 * failed check) */
static int
dict_dir(char *dir, char *aff, char *dic)
{
    if (mkdtemp(dir) == NULL) {
        CHECK(0, "mkdtemp");
        return -1;
    }
    snprintf(aff, 256, "%s/en_US.aff", dir);
    snprintf(dic, 256, "%s/en_US.dic", dir);
    return 0;
}

/* Removes dict_dir()'s folder and its two files */
static void
dict_dir_done(const char *dir, const char *aff, const char *dic)
{
    unlink(aff);
    unlink(dic);
    rmdir(dir);
}

/* Lines Hunspell splits in odd ways: a leading '/', an escaped "\/",
 * morphological fields after a tab or "  po:", a '/' with no flags,
 * a colon among the flags (uk_UA's flag characters),
 * CRLF line ends, words without flags, flags shared by many words. */
static void
test_hun_compact_odd_dic_lines(void)
{
    char dir[] = "/tmp/whosaid-huntest-XXXXXX", aff[256], dic[256];
    if (dict_dir(dir, aff, dic) < 0)
        return;
    write_file(aff, "SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n"
                    "FORBIDDENWORD !\n"
                    "SFX S Y 2\nSFX S 0 s [^sxy]\nSFX S y ies y\n"
                    "SFX D Y 2\nSFX D 0 ed [^ey]\nSFX D 0 d e\n"
                    "SFX : Y 1\nSFX : 0 ing .\n"
                    "PFX U Y 1\nPFX U 0 un .\n");
    write_file(dic, "15\nwalk/SD\n/slash/S\nand\\/or/S\ntalk/SD\tpo:verb\n"
                    "city/S  po:noun st:city\nbake/D\nhappy/U\nodd/\n"
                    "crlf/S\r\nplain\nNASA/S\nbad/!\njump/DS\n"
                    "sing/S:\nring/:S  po:verb\n");
    setenv("WHOSAID_HUNSPELL_DIR", dir, 1);
    FILE *ca = NULL, *cd = NULL;
    char pa[64], pd[64];
    CHECK(ws_hun_compact(aff, dic, &ca, &cd, pa, pd, sizeof pa) == 0,
          "the test pair is aliased");
    if (ca)
        fclose(ca);
    if (cd)
        fclose(cd);
    ws_hun *plain = open_hun("en", 1), *comp = open_hun("en", 0);
    CHECK(plain != NULL && comp != NULL, "both open");
    static const char *words[] = {
        "walk",   "walks",   "walked", "/slash",  "/slashs", "slash",
        "and/or", "and/ors", "talk",   "talked",  "talks",   "city",
        "cities", "bake",    "baked",  "happy",   "unhappy", "odd",
        "crlf",   "crlfs",   "plain",  "NASA",    "NASAs",   "bad",
        "jump",   "jumped",  "jumps",  "Walk",    "WALKED",  "po:verb",
        "noun",   "sing",    "sings",  "singing", "ring",    "rings",
        "ringing"};
    if (plain != NULL && comp != NULL) {
        for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
            CHECK(same_answers(plain, comp, words[i]), "'%s'", words[i]);
        CHECK(ws_hun_spell(comp, "cities") == 1 &&
                  ws_hun_spell(comp, "unhappy") == 1 &&
                  ws_hun_spell(comp, "bad") == 0 &&
                  ws_hun_spell(comp, "ringing") == 1,
              "the aliased copy knows the affixes and the forbidden word");
    }
    ws_hun_free(plain);
    ws_hun_free(comp);
    /* continuation classes (fr_FR, de_DE): aliased in the same table */
    write_file(aff, "SET UTF-8\nSFX S Y 2\nSFX S 0 s/D .\nSFX S 0 es/ .\n"
                    "SFX D Y 1\nSFX D 0 ed .\nPFX U Y 1\nPFX U 0 un/S .\n");
    write_file(dic, "3\nwalk/SU\ntalk/S\nbox/D\n");
    ca = cd = NULL;
    CHECK(ws_hun_compact(aff, dic, &ca, &cd, pa, pd, sizeof pa) == 0,
          "a pair with continuation classes is aliased");
    if (ca)
        fclose(ca);
    if (cd)
        fclose(cd);
    plain = open_hun("en", 1);
    comp = open_hun("en", 0);
    CHECK(plain != NULL && comp != NULL, "both open (continuation classes)");
    static const char *cwords[] = {"walk",   "walks",   "walksed", "walkes",
                                   "unwalk", "unwalks", "talks",   "talksed",
                                   "boxed",  "boxsed",  "talked",  "untalk"};
    if (plain != NULL && comp != NULL) {
        for (size_t i = 0; i < sizeof cwords / sizeof cwords[0]; i++)
            CHECK(same_answers(plain, comp, cwords[i]), "'%s'", cwords[i]);
        CHECK(ws_hun_spell(comp, "walksed") == ws_hun_spell(plain, "walksed") &&
                  ws_hun_spell(comp, "walks") == 1,
              "the continuation class still applies");
    }
    ws_hun_free(plain);
    ws_hun_free(comp);
    unsetenv("WHOSAID_HUNSPELL_DIR");
    dict_dir_done(dir, aff, dic);
}

/* Whether en_US is installed; when it is, the next loads go without the
 * dictionaries' pools ($WHOSAID_HUNSPELL_POOL=0: their records
 * malloc'd one by one) until the caller unsets it */
static int
en_us_unpooled(void)
{
    char dic[4096];
    snprintf(dic, sizeof dic, "%s/%s.dic", ws_hun_dir(), "en_US");
    if (access(dic, R_OK) != 0)
        return 0;
    setenv("WHOSAID_HUNSPELL_POOL", "0", 1);
    return 1;
}

/* The point of it: the aliased English dictionary takes less heap (its
 * records malloc'd one by one, without the pool, as the flag vectors
 * of the plain one are). */
static void
test_hun_compact_shares_flag_vectors(void)
{
    if (!en_us_unpooled())
        return;
    size_t b0 = mallinfo2().uordblks;
    ws_hun *plain = open_hun("en", 1);
    size_t b1 = mallinfo2().uordblks;
    ws_hun *comp = open_hun("en", 0);
    size_t b2 = mallinfo2().uordblks;
    unsetenv("WHOSAID_HUNSPELL_POOL");
    CHECK(plain != NULL && comp != NULL, "en opens");
    /* Under AddressSanitizer malloc is ASan's and mallinfo2 counts
     * nothing: there is no heap figure to compare (the make sanitize
     * build failed on this check). */
    if (b1 == b0) {
        printf("test_hunspell: malloc does not report to mallinfo2 (a "
               "sanitizer build?): heap comparison skipped\n");
        ws_hun_free(plain);
        ws_hun_free(comp);
        return;
    }
    CHECK(b2 - b1 + (1u << 20) < b1 - b0,
          "aliased en_US: %zu KB of heap, plain %zu KB", (b2 - b1) >> 10,
          (b1 - b0) >> 10);
    ws_hun_free(plain);
    ws_hun_free(comp);
}

/* A dictionary's records come from a pool of its own while it loads,
 * not from malloc one by one (hunspell_guard.cc): en_US takes megabytes
 * less of malloc's heap than with $WHOSAID_HUNSPELL_POOL=0 and answers
 * the same; loaded and freed again and again, it answers the same each
 * time. */
static void
test_hun_pool_holds_records(void)
{
    if (!en_us_unpooled())
        return;
    size_t b0 = mallinfo2().uordblks;
    ws_hun *own = ws_hun_open("en");
    size_t b1 = mallinfo2().uordblks;
    unsetenv("WHOSAID_HUNSPELL_POOL");
    ws_hun *pooled = ws_hun_open("en");
    size_t b2 = mallinfo2().uordblks;
    CHECK(own != NULL && pooled != NULL, "en opens");
    if (own == NULL || pooled == NULL)
        return;
    static const char *words[] = {"kettles",  "lanterns", "colour",
                                  "Colorado", "NASA's",   "OpenOffice",
                                  "unkettle", "Straße",   "running"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        CHECK(same_answers(own, pooled, words[i]),
              "%s: the pooled dictionary answers as the malloc'd one",
              words[i]);
    if (b1 == b0)
        printf("test_hunspell: malloc does not report to mallinfo2 (a "
               "sanitizer build?): heap comparison skipped\n");
    else
        CHECK(b2 - b1 + (3u << 20) < b1 - b0,
              "pooled en_US: %zu KB of malloc's heap, unpooled %zu KB",
              (b2 - b1) >> 10, (b1 - b0) >> 10);
    ws_hun_free(pooled);
    for (int round = 0; round < 3; round++) {
        pooled = ws_hun_open("en");
        CHECK(pooled != NULL && same_answers(own, pooled, "kettles") &&
                  same_answers(own, pooled, "NASA's"),
              "loaded again (%d): the same answers", round);
        ws_hun_free(pooled);
    }
    ws_hun_free(own);
}

/* The compacted copy cannot be written whole (a full $TMPDIR, here a
 * file-size limit of 64 KB): the dictionary loads from the installed
 * files, never from a truncated copy. */
/* ws_hun_mark_seen, 8 bytes at a time, marks every byte that the
 * dictionary's absent punctuation is made of (ASCII punctuation but
 * . , - ' <) as marking each byte does: strings of letters, UTF-8 and
 * punctuation at every length and offset, each punctuation character
 * alone at each position of a block and of the tail. */
static void
test_hun_mark_seen_as_bytewise(void)
{
    static const char alpha[] = "abzAZ09.,-'< \t\xc3\xa9\xd0\xb6!\"#$%&()*+/"
                                ":;=>?@[\\]^_`{|}~\x7f";
    unsigned rnd = 12345;
    int wrong = 0;
    char buf[64];
    for (int round = 0; round < 20000; round++) {
        size_t n = (size_t)(round % 40);
        for (size_t i = 0; i < n; i++) {
            rnd = rnd * 1103515245u + 12345u;
            /* mostly letters, now and then another byte */
            buf[i] = (rnd >> 16) % 8 != 0
                         ? (char)('a' + (rnd >> 20) % 26)
                         : alpha[(rnd >> 20) % (sizeof alpha - 1)];
        }
        unsigned char fast[256] = {0}, ref[256] = {0};
        ws_hun_mark_seen(fast, buf, n);
        for (size_t i = 0; i < n; i++)
            ref[(unsigned char)buf[i]] = 1;
        for (int c = 33; c < 127; c++)
            if (ref[c] && !fast[c] && strchr(".,-'<", c) == NULL &&
                !((c >= '0' && c <= '9') ||
                  ((c | 32) >= 'a' && (c | 32) <= 'z')))
                wrong++;
    }
    /* one punctuation character among letters, at every position */
    for (int c = 33; c < 127; c++)
        for (size_t n = 1; n <= 24; n++)
            for (size_t at = 0; at < n; at++) {
                memset(buf, 'q', n);
                buf[at] = (char)c;
                unsigned char seen[256] = {0};
                ws_hun_mark_seen(seen, buf, n);
                if (!seen[c] &&
                    !((c >= '0' && c <= '9') ||
                      ((c | 32) >= 'a' && (c | 32) <= 'z')) &&
                    strchr(".,-'<", c) == NULL)
                    wrong++;
            }
    CHECK(wrong == 0, "%d characters not marked", wrong);
    /* and words of letters and UTF-8 alone mark nothing */
    unsigned char none[256] = {0};
    const char *plain = "Stra\xc3\x9f"
                        "enbahnhaltestelle\xd0\xb6\xd0\xb8";
    ws_hun_mark_seen(none, plain, strlen(plain));
    int marked = 0;
    for (int c = 0; c < 256; c++)
        marked += none[c];
    CHECK(marked == 0, "%d bytes marked in a word of letters", marked);
}

/* Words holding punctuation that the dictionary never holds (a URL, a
 * handle, words glued by a slash or a colon) are answered without
 * Hunspell: the answers must be Hunspell's, in every language, for words
 * of the dictionary with such a character before, after, between or
 * next to a hyphen, an apostrophe or a final dot. */
static void
test_hun_absent_punct_as_hunspell(void)
{
    static const char *langs[] = {"en", "de", "fr", "pl", "ru", "uk"};
    static const char punct[] = "!\"#$%&()*+/:;=>?@[\\]^_`{|}~";
    enum { FORMS = 8 };
    for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
        char dic[4096], line[1024], word[512], var[1200], a[512], b[512];
        snprintf(dic, sizeof dic, "%s/%s.dic", ws_hun_dir(),
                 ws_hun_dicname(langs[l]));
        FILE *f = fopen(dic, "r");
        if (f == NULL)
            continue; /* not installed here */
        ws_hun *h = open_hun(langs[l], 0);
        CHECK(h != NULL, "%s: opens", langs[l]);
        if (h == NULL) {
            fclose(f);
            continue;
        }
        long n = 0, asked = 0, diff = 0;
        char first_diff[1400] = "";
        while (fgets(line, sizeof line, f)) {
            if (n++ % 1499 != 0)
                continue;
            dic_word(line, word, sizeof word);
            if (word[0] == '\0' || strlen(word) > 60)
                continue;
            for (const char *p = punct; *p; p++)
                for (int k = 0; k < FORMS; k++) {
                    char c = *p;
                    switch (k) {
                    case 0:
                        snprintf(var, sizeof var, "%s%c", word, c);
                        break;
                    case 1:
                        snprintf(var, sizeof var, "%c%s", c, word);
                        break;
                    case 2:
                        snprintf(var, sizeof var, "%s%c%s", word, c, word);
                        break;
                    case 3:
                        snprintf(var, sizeof var, "%s-%c", word, c);
                        break;
                    case 4:
                        snprintf(var, sizeof var, "%c-%s", c, word);
                        break;
                    case 5:
                        snprintf(var, sizeof var, "%s%c.", word, c);
                        break;
                    case 6:
                        snprintf(var, sizeof var, "%s'%c", word, c);
                        break;
                    default:
                        snprintf(var, sizeof var, "https%c//%s", c, word);
                    }
                    int sa = ws_hun_spell(h, var),
                        sb = ws_hun_spell_ref(h, var);
                    int na = ws_hun_stem(h, var, a, sizeof a);
                    int nb = ws_hun_stem_ref(h, var, b, sizeof b);
                    asked++;
                    if ((sa != sb || na != nb ||
                         (na > 0 && strcmp(a, b) != 0)) &&
                        diff++ == 0)
                        snprintf(first_diff, sizeof first_diff,
                                 "%.200s: spell %d / %d, stem %.200s / %.200s",
                                 var, sa, sb, na > 0 ? a : "-",
                                 nb > 0 ? b : "-");
                }
        }
        fclose(f);
        CHECK(diff == 0, "%s: %ld of %ld answers differ, first %s", langs[l],
              diff, asked, first_diff);
        CHECK(asked > 0, "%s: words asked", langs[l]);
        ws_hun_free(h);
    }
}

static void
test_hun_compact_write_failure_falls_back(void)
{
    char dic[4096];
    snprintf(dic, sizeof dic, "%s/%s.dic", ws_hun_dir(), "en_US");
    if (access(dic, R_OK) != 0)
        return;
    struct rlimit old, lim;
    if (getrlimit(RLIMIT_FSIZE, &old) != 0)
        return;
    void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
    lim = old;
    lim.rlim_cur = 64 * 1024;
    CHECK(setrlimit(RLIMIT_FSIZE, &lim) == 0, "setrlimit");
    ws_hun *h = open_hun("en", 0);
    setrlimit(RLIMIT_FSIZE, &old);
    signal(SIGXFSZ, prev);
    CHECK(h != NULL, "en opens under a file-size limit");
    if (h != NULL) {
        CHECK(ws_hun_spell(h, "abandon") == 1, "'abandon' (early in the .dic)");
        CHECK(ws_hun_spell(h, "zoology") == 1,
              "'zoology' (late in the .dic): a truncated copy was loaded");
    }
    ws_hun_free(h);
}

/* Threads that open and close dictionaries at once (-j2 on a mixed
 * corpus loads each language's dictionary in the thread that first meets
 * it).  libhunspell's shared UTF-8 table was allocated twice and one copy
 * lost (LeakSanitizer in CI), or freed under a live dictionary: the
 * table's creation and release are serialised (hunspell_guard.cc), and
 * with them the whole loads only when that cannot be.  Tiny UTF-8
 * dictionaries make the loads short, so the threads overlap on every
 * round. */
enum { CONC_THREADS = 4, CONC_ROUNDS = 150 };

static void *
conc_loads(void *arg)
{
    int *bad = arg;
    for (int i = 0; i < CONC_ROUNDS; i++) {
        ws_hun *h = ws_hun_open(i % 2 ? "en" : "de");
        if (h == NULL || ws_hun_spell(h, "Straße") != 1 ||
            ws_hun_spell(h, "Strasze") != 0)
            (*bad)++;
        ws_hun_free(h);
    }
    return NULL;
}

/* The dictionaries of two languages load at once in two threads (-j2 on
 * a mixed corpus): only libhunspell's shared table is behind a lock, once
 * a UTF-8 dictionary's load has shown that libhunspell's calls reach the
 * definitions of hunspell_guard.cc.  Before, each load waited for the
 * other's whole (5 of the six-language corpus's 6 loads, 1.4 s). */
static void
test_hun_loads_not_serialised(void)
{
    ws_hun *h = ws_hun_open("en"); /* en_US.aff: SET UTF-8 */
    CHECK(h != NULL, "English dictionary");
    CHECK(ws_hg_tables_locked() == 1,
          "libhunspell's table under our lock: loads need no global lock");
    ws_hun_free(h);
    CHECK(ws_hg_tables_locked() == 1, "and stays so after a free");
}

static void
test_hun_concurrent_loads_share_utf_table(void)
{
    char dir[] = "/tmp/ws_hun_conc_XXXXXX";
    CHECK(mkdtemp(dir) != NULL, "mkdtemp");
    static const char *names[] = {"en_US", "de_DE"};
    for (int k = 0; k < 2; k++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s.aff", dir, names[k]);
        FILE *f = fopen(path, "w");
        CHECK(f != NULL, "write .aff");
        if (f) {
            fputs("SET UTF-8\nTRY aeß\n", f);
            fclose(f);
        }
        snprintf(path, sizeof path, "%s/%s.dic", dir, names[k]);
        f = fopen(path, "w");
        CHECK(f != NULL, "write .dic");
        if (f) {
            fputs("2\nStraße\nÄrger\n", f);
            fclose(f);
        }
    }
    char *old = getenv("WHOSAID_HUNSPELL_DIR");
    char *saved = old ? strdup(old) : NULL;
    setenv("WHOSAID_HUNSPELL_DIR", dir, 1);
    pthread_t t[CONC_THREADS];
    int bad[CONC_THREADS] = {0};
    int started = 0;
    for (int i = 0; i < CONC_THREADS; i++)
        if (pthread_create(&t[i], NULL, conc_loads, &bad[i]) == 0)
            started |= 1 << i;
    for (int i = 0; i < CONC_THREADS; i++)
        if (started & (1 << i))
            pthread_join(t[i], NULL);
    CHECK(started == (1 << CONC_THREADS) - 1, "threads started");
    for (int i = 0; i < CONC_THREADS; i++)
        CHECK(bad[i] == 0,
              "every concurrent load answers as the dictionary says");
    if (saved) {
        setenv("WHOSAID_HUNSPELL_DIR", saved, 1);
        free(saved);
    } else
        unsetenv("WHOSAID_HUNSPELL_DIR");
    for (int k = 0; k < 2; k++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s.aff", dir, names[k]);
        unlink(path);
        snprintf(path, sizeof path, "%s/%s.dic", dir, names[k]);
        unlink(path);
    }
    rmdir(dir);
}

/*
 * libhunspell is C++: when memory runs out its operator new throws
 * std::bad_alloc, which used to reach our C frames and end the process in
 * std::terminate (SIGABRT, a core) instead of the out-of-memory path.
 * Here memory runs out for certain: in a child process the address space
 * is capped at what it holds (RLIMIT_AS) and every free block of the heap
 * is taken, so the next allocation of any size fails; the calls into
 * Hunspell must then fail (out of memory, ws_hun_failed()) and the child
 * live on to exit normally.  Not under AddressSanitizer, which needs
 * terabytes of address space and ends the process itself when operator
 * new fails.
 */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

static void *drained; /* the blocks taken, chained through their first word */

/* Caps the address space at its size now and takes every free block of
 * the heap; 0 on success. */
static int
drain_heap(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long pages = 0;
    int got = f != NULL && fscanf(f, "%lu", &pages) == 1;
    if (f)
        fclose(f);
    if (!got)
        return -1;
    struct rlimit lim;
    lim.rlim_cur = lim.rlim_max = (rlim_t)pages * (rlim_t)getpagesize();
    if (setrlimit(RLIMIT_AS, &lim) != 0)
        return -1;
    /* large sizes first, then every small size class (glibc serves those
     * only from their own lists) */
    for (size_t sz = (size_t)1 << 24; sz >= 8;
         sz = sz > 4096 ? sz / 2 : sz - 8) {
        void *p;
        while ((p = malloc(sz)) != NULL) {
            *(void **)p = drained;
            drained = p;
        }
    }
    return 0;
}

static void
release_heap(void)
{
    while (drained != NULL) {
        void *next = *(void **)drained;
        free(drained);
        drained = next;
    }
}

/* Writes dir/en_US.aff and .dic: "kettle" and "lantern" with a plural. */
static int
write_small_dic(const char *dir)
{
    char path[256];
    snprintf(path, sizeof path, "%s/en_US.aff", dir);
    FILE *f = fopen(path, "w");
    if (f == NULL)
        return -1;
    fputs("SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n", f);
    fclose(f);
    snprintf(path, sizeof path, "%s/en_US.dic", dir);
    if ((f = fopen(path, "w")) == NULL)
        return -1;
    fputs("3\nkettle/S\nlantern/S\ntea\n", f);
    fclose(f);
    return 0;
}

/* The child's findings: exit codes. */
enum {
    OOM_OK = 0,
    OOM_SETUP,
    OOM_GUARD_CREATE,
    OOM_GUARD_SPELL,
    OOM_OPEN,
    OOM_SPELL,
    OOM_STEM,
    OOM_WORKER_SPELL,
    OOM_WORKER_STEM,
    OOM_SPELL_CACHED,
    OOM_STEM_CACHED,
    OOM_OPEN_MESSAGE,
    OOM_NCODES
};

static const char *const oom_what[OOM_NCODES] = {
    "",
    "setup (dictionary, models, rlimit)",
    "ws_hg_create out of memory answers NULL",
    "ws_hg_spell out of memory answers -1",
    "ws_hun_open out of memory answers NULL with ws_hun_failed()",
    "ws_hun_spell out of memory answers -1 with ws_hun_failed()",
    "ws_hun_stem out of memory answers -1 with ws_hun_failed()",
    "ws_spell out of memory answers -1 (no answer) with ws_hun_failed()",
    "ws_stem out of memory answers the word with ws_hun_failed()",
    "ws_spell after out of memory: the real answer, not a cached one",
    "ws_stem after out of memory: the real stem, not a cached one",
    "ws_hun_why_missing after a load out of memory: says so, not \"no "
    "Hunspell dictionary\" (hunspell_open_oom_message)",
};

static int
oom_child(const char *dir)
{
    char aff[256], dic[256];
    snprintf(aff, sizeof aff, "%s/en_US.aff", dir);
    snprintf(dic, sizeof dic, "%s/en_US.dic", dir);
    setenv("WHOSAID_HUNSPELL_DIR", dir, 1);
    char err[256];
    ws_models *m = ws_models_open(NULL, err, sizeof err);
    ws_worker *wk = m ? ws_worker_new(m) : NULL;
    ws_hun *h = ws_hun_open("en");
    Hunhandle *hh = ws_hg_create(aff, dic);
    /* the worker's dictionary loaded, its caches warm */
    if (wk == NULL || h == NULL || hh == NULL ||
        ws_spell(wk, "en", "tea", 3) != 1 ||
        strcmp(ws_stem(wk, "en", "lanterns", 8), "lantern") != 0)
        return OOM_SETUP;
    ws_hun_failed();
    char buf[64];
    if (drain_heap() != 0)
        return OOM_SETUP;
    int code = OOM_OK;
    if (ws_hg_create(aff, dic) != NULL)
        code = OOM_GUARD_CREATE;
    else if (ws_hg_spell(hh, "kettle") != -1)
        code = OOM_GUARD_SPELL;
    else if (ws_hun_open("en") != NULL || !ws_hun_failed())
        code = OOM_OPEN;
    else if (ws_hun_spell(h, "kettle") != -1 || !ws_hun_failed())
        code = OOM_SPELL;
    else if (ws_hun_stem(h, "kettles", buf, sizeof buf) != -1 ||
             !ws_hun_failed())
        code = OOM_STEM;
    else if (ws_spell(wk, "en", "kettel", 6) != -1 || !ws_hun_failed())
        code = OOM_WORKER_SPELL;
    else if (strcmp(ws_stem(wk, "en", "kettles", 7), "kettles") != 0 ||
             !ws_hun_failed())
        code = OOM_WORKER_STEM;
    release_heap();
    if (code != OOM_OK)
        return code;
    /* the files are there: what is said of the missing dictionary is
     * that memory ran out (hunspell_open_oom_message) */
    char why[512];
    ws_hun_why_missing("en", why, sizeof why);
    if (strstr(why, "out of memory") == NULL ||
        strstr(why, "no Hunspell dictionary") != NULL)
        return OOM_OPEN_MESSAGE;
    /* a load that succeeds clears it */
    ws_hun_free(ws_hun_open("en"));
    ws_hun_why_missing("en", why, sizeof why);
    if (strstr(why, "no Hunspell dictionary for en") == NULL)
        return OOM_OPEN_MESSAGE;
    /* with memory back, the words are answered as the dictionary says */
    if (ws_spell(wk, "en", "kettel", 6) != 0)
        return OOM_SPELL_CACHED;
    if (strcmp(ws_stem(wk, "en", "kettles", 7), "kettle") != 0)
        return OOM_STEM_CACHED;
    return OOM_OK;
}

static void
test_hunspell_bad_alloc_is_out_of_memory(void)
{
#ifdef UNDER_ASAN
    printf("test_hunspell: hunspell_bad_alloc_is_out_of_memory skipped "
           "(AddressSanitizer)\n");
    return;
#endif
    char dir[] = "/tmp/ws_hun_oom_XXXXXX";
    CHECK(mkdtemp(dir) != NULL, "mkdtemp");
    CHECK(write_small_dic(dir) == 0, "write the dictionary");
    fflush(NULL);
    pid_t pid = fork();
    CHECK(pid >= 0, "fork");
    if (pid == 0)
        _exit(oom_child(dir));
    int st = 0;
    CHECK(pid > 0 && waitpid(pid, &st, 0) == pid, "waitpid");
    CHECK(!WIFSIGNALED(st),
          "hunspell_bad_alloc_is_out_of_memory: the child was killed by "
          "signal %d (%s): an exception from libhunspell reached C frames",
          WTERMSIG(st), WTERMSIG(st) == SIGABRT ? "SIGABRT" : "not SIGABRT");
    if (WIFEXITED(st)) {
        int c = WEXITSTATUS(st);
        CHECK(c == OOM_OK, "hunspell_bad_alloc_is_out_of_memory: %s",
              c < OOM_NCODES ? oom_what[c] : "unknown exit code");
    }
    char path[256];
    snprintf(path, sizeof path, "%s/en_US.aff", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/en_US.dic", dir);
    unlink(path);
    rmdir(dir);
}

static long long
cpu_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* libhunspell reads its compound check's time bound from clock(): its
 * calls reach the program's clock() (hunspell.c), which reads the CPU
 * clock (a system call) at most every 10 ms, never goes back, and stays
 * within 10 ms above the process's CPU time in a single thread. */
static void
test_hun_clock_is_ours(void)
{
    ws_hun *h = open_hun("en", 0);
    CHECK(h != NULL, "en opens");
    unsigned long c0, r0, c1, r1;
    ws_hun_clock_counts(&c0, &r0);
    if (h != NULL) {
        /* forms no dictionary lists: each gets a compound check */
        static const char *const odd[] = {"blorfingtonwise", "zqxvbn",
                                          "Quaxelbrim", "unfrobnicatedly"};
        for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++)
            CHECK(ws_hun_spell_ref(h, odd[i]) == 0, "'%s' is no word", odd[i]);
        ws_hun_free(h);
    }
    ws_hun_clock_counts(&c1, &r1);
    CHECK(c1 > c0, "libhunspell's clock() is the program's (%lu calls)",
          c1 - c0);

    ws_hun_clock_counts(&c0, &r0);
    clock_t prev = clock();
    int back = 0;
    for (int i = 0; i < 200; i++) {
        clock_t c = clock();
        back += c < prev;
        prev = c;
    }
    ws_hun_clock_counts(&c1, &r1);
    CHECK(back == 0, "clock() went back %d times", back);
    CHECK(c1 - c0 == 201 && r1 - r0 <= 20,
          "201 calls read the CPU clock %lu times", r1 - r0);

    /* against the CPU clock itself, after some work */
    long long start = cpu_ns();
    volatile unsigned spin = 0;
    int far = 0;
    for (int round = 0; round < 30; round++) {
        while (cpu_ns() - start < 1000000LL * (round + 1))
            spin = spin * 31u + 7u;
        long long before = cpu_ns();
        long long ours = (long long)clock() * (1000000000LL / CLOCKS_PER_SEC);
        long long after = cpu_ns();
        /* no less than the CPU time before the call (to the clock's
         * tick), no more than 10 ms above it after */
        if (ours < before - 1000000000LL / CLOCKS_PER_SEC ||
            ours > after + 10000000LL)
            far++;
    }
    CHECK(far == 0, "clock() strayed from the CPU time %d times in 30", far);
}

/* ---- ws_hun_stem_spell: both questions answered as ws_hun_spell and
 * ws_hun_stem answer them, though Hunspell_spell is asked only of the
 * words Hunspell_analyze has no analysis of: that a word analyze knows
 * in lower case is one spell accepts is proved here over the words of
 * every installed dictionary, as listed, in lower case, capitalised and
 * in capitals, and over a sample of inflected and compound forms (with
 * capitals, spell is asked: "Dubois", of en_US's "DuBois") ---- */

/* The capital of code point c for the scripts of the dictionaries
 * (Latin-1, Latin Extended-A, Cyrillic); c itself when none. */
static int32_t
upper_cp(int32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7))
        return c - 0x20;
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
        return c & ~1;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return (c & 1) ? c : c - 1;
    if (c >= 0x430 && c <= 0x44F)
        return c - 0x20;
    if (c >= 0x450 && c <= 0x45F)
        return c - 0x50;
    if (c >= 0x460 && c <= 0x4FF && (c & 1))
        return c - 1;
    return c;
}

/* s with its first (first_only) or every letter in capitals, into out;
 * s is UTF-8 (a word that is not is copied as it is). */
static void
to_upper(const char *s, char *out, size_t cap, int first_only)
{
    size_t n = 0;
    int done = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        int32_t c;
        int k;
        if (*p < 0x80) {
            c = *p, k = 1;
        } else if ((*p & 0xE0) == 0xC0 && (p[1] & 0xC0) == 0x80) {
            c = (*p & 0x1F) << 6 | (p[1] & 0x3F), k = 2;
        } else {
            /* longer sequences (and bytes that are not UTF-8) as they are */
            c = -1, k = 1;
        }
        if (c >= 0 && !done)
            c = upper_cp(c);
        if (first_only)
            done = 1;
        if (n + 3 >= cap)
            break;
        if (c < 0) {
            out[n++] = (char)*p;
        } else if (c < 0x80) {
            out[n++] = (char)c;
        } else {
            out[n++] = (char)(0xC0 | c >> 6);
            out[n++] = (char)(0x80 | (c & 0x3F));
        }
        p += k;
    }
    out[n] = '\0';
}

static long ss_asked, ss_differ, ss_spelled;
static char ss_first_diff[800];

/* Both answers of word, each way (stems too when with_stem). */
static void
ask(ws_hun *h, const char *word, int with_stem)
{
    char a[512], b[512];
    int sp;
    int na = ws_hun_stem_spell(h, word, a, sizeof a, &sp);
    int ref = ws_hun_spell(h, word);
    int bad = sp != ref;
    if (with_stem && na != WS_HUN_NO_STEM) {
        int nb = ws_hun_stem(h, word, b, sizeof b);
        bad |= na != nb || (na > 0 && strcmp(a, b) != 0);
    }
    ss_asked++;
    ss_spelled += ref == 1;
    if (bad && ss_differ++ == 0)
        snprintf(ss_first_diff, sizeof ss_first_diff, "'%.200s' spell %d / %d",
                 word, sp, ref);
}

/*
 * The words of every installed dictionary (every 5th line, some 15 s of
 * CPU over the six, every 100th under ASan; $WHOSAID_TEST_STRIDE=1 asks
 * every line, 70 s, and agreed when this was written) in four forms, and
 * a sample of them
 * with endings and joined to the one before.
 */
static void
test_hun_analysed_is_spelled(void)
{
    static const char *langs[] = {"en", "de", "fr", "pl", "ru", "uk"};
    static const char *endings[] = {"s",   "ing", "ed", "en", "er",
                                    "ung", "es",  "а",  "ів", "ów",
                                    "ого", "-",   "'s", "x",  "1"};
    static const char *more[] = {"",        "1990",  "U.S.",     "e-mail",
                                 "a-t-il",  "XIV",   "don't",    "1st",
                                 "l'homme", "2,500", "co-op",    "3-4",
                                 "Mr.",     "etc.",  "anti-war", "12th"};
    const char *st = getenv("WHOSAID_TEST_STRIDE");
#ifdef __SANITIZE_ADDRESS__
    long dflt = 100; /* (ASan's malloc is some ten times slower) */
#else
    long dflt = 5;
#endif
    long stride = st && atol(st) > 0 ? atol(st) : dflt;
    for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
        char dic[4096], line[1024], word[512], var[1200], prev[512] = "";
        snprintf(dic, sizeof dic, "%s/%s.dic", ws_hun_dir(),
                 ws_hun_dicname(langs[l]));
        FILE *f = fopen(dic, "r");
        if (f == NULL)
            continue; /* not installed here */
        ws_hun *h = ws_hun_open(langs[l]);
        CHECK(h != NULL, "%s: opens", langs[l]);
        if (h == NULL) {
            fclose(f);
            continue;
        }
        ss_asked = ss_differ = ss_spelled = 0;
        ss_first_diff[0] = '\0';
        for (size_t m = 0; m < sizeof more / sizeof more[0]; m++)
            ask(h, more[m], 1);
        long n = 0;
        while (fgets(line, sizeof line, f)) {
            if (n++ % stride != 0 || n == 1) /* (the first line: a count) */
                continue;
            dic_word(line, word, sizeof word);
            if (word[0] == '\0')
                continue;
            int sample = n % 41 == 0;
            ask(h, word, sample);
            char low[512];
            if (ws_utf8_fold(word, strlen(word), low, sizeof low) < 0)
                snprintf(low, sizeof low, "%s", word);
            if (strcmp(low, word) != 0)
                ask(h, low, sample);
            to_upper(word, var, sizeof var, 1);
            if (strcmp(var, word) != 0)
                ask(h, var, sample);
            to_upper(low, var, sizeof var, 1);
            if (strcmp(var, word) != 0 && strcmp(var, low) != 0)
                ask(h, var, sample);
            to_upper(word, var, sizeof var, 0);
            ask(h, var, sample);
            if (!sample)
                continue;
            for (size_t e = 0; e < sizeof endings / sizeof endings[0]; e++) {
                snprintf(var, sizeof var, "%s%s", word, endings[e]);
                ask(h, var, 1);
            }
            snprintf(var, sizeof var, "%.250s%.250s", prev, word);
            ask(h, var, 1);
            snprintf(var, sizeof var, "%.250s-%.250s", prev, word);
            ask(h, var, 1);
            snprintf(prev, sizeof prev, "%s", word);
        }
        fclose(f);
        CHECK(ss_differ == 0, "%s: %ld of %ld answers ss_differ, first %s",
              langs[l], ss_differ, ss_asked, ss_first_diff);
        /* the proof is about words spell accepts: most of those ss_asked */
        CHECK(ss_spelled > ss_asked / 3,
              "%s: %ld of %ld words ss_spelled right", langs[l], ss_spelled,
              ss_asked);
        ws_hun_free(h);
    }
}

/* A word analyze does not know is still ss_asked of spell (numbers and
 * hyphenated pairs, which spell accepts through its own rules), and so
 * is a capitalised one (the capitalised form of a word listed in mixed
 * case, "DuBois", analyze takes and spell does not). */
static void
test_hun_unanalysed_still_asked(void)
{
    ws_hun *h = ws_hun_open("en");
    if (h == NULL)
        return; /* not installed here */
    static const char *words[] = {"1990",      "2,500",  "well-known",
                                  "zqxv",      "Dubois", "Mcdonald",
                                  "Macarthur", "DUBOIS", "dubois"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        char b[512];
        int sp;
        int n = ws_hun_stem_spell(h, words[i], b, sizeof b, &sp);
        CHECK(n >= 0 && sp == ws_hun_spell(h, words[i]),
              "'%s': spell %d as ws_hun_spell's %d", words[i], sp,
              ws_hun_spell(h, words[i]));
    }
    ws_hun_free(h);
}

/* Numbers ("2024", "91,596", "15.2"): the dictionaries numbers_unknown
 * says have no analysis of one are not asked it (hunspell.c), and what
 * they answer is Hunspell_stem's and Hunspell_spell's over every
 * installed dictionary: every number of one to three bytes (one, which
 * en_US analyses, is asked), a few near them, and 3 000 more of four to
 * fifteen bytes. */
static void
test_hun_numbers_unknown(void)
{
    static const char *langs[] = {"en", "de", "fr", "pl", "ru", "uk"};
    static const char num[] = "0123456789.,";
    static const char *more[] = {
        "2024",        "91,596", "15.2", "1.000.000", "3,14", "12.05.2026",
        "100,000,000", "1..2",   "3,,4", "0,5",       "1990", "007"};
    for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
        ws_hun *h = ws_hun_open(langs[l]);
        if (h == NULL)
            continue; /* not installed here */
        long asked = 0, differ = 0;
        char first[300] = "", word[32];
        unsigned rnd = 12345;
        for (int k = -10; k < 100 + 1200 + 12 + 3000; k++) {
            if (k < 0) {
                snprintf(word, sizeof word, "%d", k + 10); /* (not asked) */
            } else if (k < 100) {
                snprintf(word, sizeof word, "%02d", k);
            } else if (k < 1300) {
                int i = k - 100;
                snprintf(word, sizeof word, "%c%c%c", '0' + i / 120,
                         num[i / 10 % 12], '0' + i % 10);
            } else if (k < 1312) {
                snprintf(word, sizeof word, "%s", more[k - 1300]);
            } else {
                rnd = rnd * 1103515245u + 12345u;
                size_t n = 4 + (rnd >> 16) % 12;
                for (size_t i = 0; i < n; i++) {
                    rnd = rnd * 1103515245u + 12345u;
                    /* mostly digits, a separator now and then */
                    unsigned c = (rnd >> 16) % 16;
                    word[i] = c < 10 ? (char)('0' + c) : num[10 + c % 2];
                }
                word[0] = '1';
                word[n - 1] = '7';
                word[n] = '\0';
            }
            char a[512], b[512], c[512];
            int sp;
            int na = ws_hun_stem(h, word, a, sizeof a);
            int nb = ws_hun_stem_ref(h, word, b, sizeof b);
            int ns = ws_hun_stem_spell(h, word, c, sizeof c, &sp);
            int ref = ws_hun_spell_ref(h, word);
            asked++;
            if ((na != nb || (na > 0 && strcmp(a, b) != 0) || sp != ref ||
                 (ns != WS_HUN_NO_STEM &&
                  (ns != na || (ns > 0 && strcmp(c, a) != 0)))) &&
                differ++ == 0)
                snprintf(first, sizeof first,
                         "'%s': stem %d / %d, spell %d / %d", word, na, nb, sp,
                         ref);
        }
        CHECK(differ == 0, "%s: %ld of %ld numbers differ, first %s", langs[l],
              differ, asked, first);
        ws_hun_free(h);
    }
}

/* de_DE analyses lower-case forms of its nouns, which spell rejects: its
 * .aff has the options that turn the shortcut off, and spell is ss_asked. */
static void
test_hun_risky_dictionary_asks_spell(void)
{
    ws_hun *h = ws_hun_open("de");
    if (h == NULL)
        return; /* not installed here */
    static const char *words[] = {"ähren", "häuser", "Häuser", "xqzt"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        char b[512];
        int sp;
        int n = ws_hun_stem_spell(h, words[i], b, sizeof b, &sp);
        CHECK(n == WS_HUN_NO_STEM && sp == ws_hun_spell(h, words[i]),
              "'%s': %d, spell %d as ws_hun_spell's %d", words[i], n, sp,
              ws_hun_spell(h, words[i]));
    }
    ws_hun_free(h);
}

/* The .dic lines read in one pass (no colon, tab or backslash, not
 * starting with '/') are written as dic_flags splits them, next to the
 * lines it reads itself; their words' punctuation counts as the
 * dictionary's ('@' below: ws_hun_spell would answer "no" without
 * asking otherwise); a blank among the flags still leaves the pair as
 * it is. */
static void
test_hun_compact_plain_lines_as_odd_ones(void)
{
    char dir[] = "/tmp/whosaid-huntest-XXXXXX", aff[256], dic[256];
    if (dict_dir(dir, aff, dic) < 0)
        return;
    char got[1024] = "", line[256];
    write_file(aff, "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n"
                    "SFX T Y 1\nSFX T 0 t .\n");
    write_file(dic, "9\nwalk/S\nrun/ST\ntab/S\tpo:x\nco:lon/T\n"
                    "back\\/slash/S\nend/\nplain\nsp ace/S\n@home/S\n");
    FILE *ca = NULL, *cd = NULL;
    char pa[64], pd[64];
    CHECK(ws_hun_compact(aff, dic, &ca, &cd, pa, pd, sizeof pa) == 0,
          "aliased");
    if (cd != NULL) {
        rewind(cd);
        while (fgets(line, sizeof line, cd))
            strncat(got, line, sizeof got - strlen(got) - 1);
    }
    if (ca)
        fclose(ca);
    if (cd)
        fclose(cd);
    const char *want = "9\nwalk/1\nrun/2\ntab/1\tpo:x\nco:lon/3\n"
                       "back\\/slash/1\nend/\nplain\nsp ace/1\n@home/1\n";
    CHECK(strcmp(got, want) == 0, "the copy's .dic:\n%s", got);
    setenv("WHOSAID_HUNSPELL_DIR", dir, 1);
    ws_hun *plain = open_hun("en", 1), *comp = open_hun("en", 0);
    CHECK(plain != NULL && comp != NULL, "both open");
    static const char *words[] = {"walks", "runt",  "tabs",   "colont",
                                  "end",   "plain", "@homes", "@home"};
    if (plain != NULL && comp != NULL) {
        for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
            CHECK(same_answers(plain, comp, words[i]), "'%s'", words[i]);
        CHECK(ws_hun_spell(comp, "@homes") == 1, "'@homes' is spelled");
    }
    ws_hun_free(plain);
    ws_hun_free(comp);
    write_file(dic, "2\nwalk/S\nrun/S T\n");
    ca = cd = NULL;
    CHECK(ws_hun_compact(aff, dic, &ca, &cd, pa, pd, sizeof pa) != 0,
          "a blank among the flags: not aliased");
    if (ca)
        fclose(ca);
    if (cd)
        fclose(cd);
    unsetenv("WHOSAID_HUNSPELL_DIR");
    dict_dir_done(dir, aff, dic);
}

/* A pair in dir as uk_UA's, opened plain and aliased: both answer the
 * same of each of words (n of them), and the aliased copy of the .aff
 * has an IGNORE line unless lifted; 1 when so. */
static int
pair_same(const char *dir, const char *aff_text, const char *dic_text,
          const char *const *words, size_t n, int lifted, const char *what)
{
    char aff[256], dic[256];
    snprintf(aff, sizeof aff, "%s/uk_UA.aff", dir);
    snprintf(dic, sizeof dic, "%s/uk_UA.dic", dir);
    write_file(aff, aff_text);
    write_file(dic, dic_text);
    FILE *ca = NULL, *cd = NULL;
    char pa[64], pd[64], line[256];
    int has_ignore = 0;
    CHECK(ws_hun_compact(aff, dic, &ca, &cd, pa, pd, sizeof pa) == 0,
          "%s: aliased", what);
    if (ca != NULL) {
        rewind(ca);
        while (fgets(line, sizeof line, ca))
            has_ignore |= strncmp(line, "IGNORE", 6) == 0;
        fclose(ca);
    }
    if (cd)
        fclose(cd);
    CHECK(has_ignore == !lifted, "%s: the copy %s IGNORE", what,
          has_ignore ? "has" : "has no");
    setenv("WHOSAID_HUNSPELL_DIR", dir, 1);
    ws_hun *plain = open_hun("uk", 1), *comp = open_hun("uk", 0);
    int ok = plain != NULL && comp != NULL && has_ignore == !lifted;
    CHECK(ok, "%s: both open", what);
    for (size_t i = 0; ok && i < n; i++) {
        int same = same_answers(plain, comp, words[i]);
        CHECK(same, "%s: '%s': spell %d / %d", what, words[i],
              ws_hun_spell(plain, words[i]), ws_hun_spell(comp, words[i]));
        ok = ok && same;
    }
    ws_hun_free(plain);
    ws_hun_free(comp);
    unsetenv("WHOSAID_HUNSPELL_DIR");
    unlink(aff);
    unlink(dic);
    return ok;
}

/* An .aff's IGNORE line left out of the aliased copy (its characters
 * taken out of the words asked instead) answers as Hunspell does with
 * it: the characters anywhere in a word, with ICONV's characters, in
 * capitals, alone, before '<' and in an XML-looking word; and where the
 * line must stay (a word of the .dic holds the character, an ICONV
 * pattern of two characters), it stays. */
static void
test_hun_ignore_lifted_same_answers(void)
{
    char dir[] = "/tmp/whosaid-huntest-XXXXXX";
    if (mkdtemp(dir) == NULL) {
        CHECK(0, "mkdtemp");
        return;
    }
    static const char *words[] = {
        "мама",          "ма\u0301ма",    "\u0301мама",  "мама\u0301",
        "мами\u0301",    "МА\u0301МА",    "Ма\u0301ма",  "\u0301Мама",
        "тато",          "та\u0301то",    "та\u0301x",   "тат\u0301’",
        "\u0301",        "\u0301\u0301",  "ма\u0301ма.", "<ма\u0301",
        "<?xml?>\u0301", "<?xml\u0301?>", "x\u0301",     "кі\u0301т",
        "сон",           "со\u0301н",     "сони\u0301",  "вода"};
    const char *aff = "SET UTF-8\nIGNORE \u0301\nTRY аоеитн\n"
                      "ICONV 2\nICONV ’ '\nICONV x т\n"
                      "SFX A Y 1\nSFX A 0 и .\n";
    const char *dic = "5\nмама/A\nтато\nтат'\nсон/A\nкіт\n";
    size_t nw = sizeof words / sizeof words[0];
    CHECK(pair_same(dir, aff, dic, words, nw, 1, "lifted"), "lifted");
    /* a word of the .dic holds the character: Hunspell takes it out */
    const char *dic2 = "5\nмама/A\nтато\nсо\u0301н/A\nкіт\nво\u0301да\n";
    CHECK(pair_same(dir, aff, dic2, words, nw, 0, "in the .dic"),
          "in the .dic");
    /* an ICONV pattern of two characters would match only once the
     * character is out */
    const char *aff3 = "SET UTF-8\nIGNORE \u0301\nICONV 1\nICONV ва т\n"
                       "SFX A Y 1\nSFX A 0 и .\n";
    static const char *words3[] = {"в\u0301ато", "вато", "тато", "\u0301вато"};
    CHECK(pair_same(dir, aff3, dic, words3, 4, 0, "two-character ICONV"),
          "two-character ICONV");
    rmdir(dir);
}

/* The .aff's options that make analyze and spell differ are read in the
 * pass that reads its affixes: through the aliased copy, and through
 * scan_seen when the pair is not aliased (an .aff with its own AF table). */
static void
test_hun_risky_read_in_one_pass(void)
{
    char dir[] = "/tmp/whosaid-huntest-XXXXXX", aff[256], dic[256];
    if (dict_dir(dir, aff, dic) < 0)
        return;
    static const char *const affs[] = {
        "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n",
        "SET UTF-8\n  KEEPCASE K\nSFX S Y 1\nSFX S 0 s .\n",
        "SET UTF-8\nAF 1\nAF S\nSFX S Y 1\nSFX S 0 s .\n",
        "SET UTF-8\nAF 1\nAF S\nSFX S Y 1\nSFX S 0 s .\nWARN W\n"};
    setenv("WHOSAID_HUNSPELL_DIR", dir, 1);
    for (int i = 0; i < 4; i++) {
        write_file(aff, affs[i]);
        if (i < 2)
            write_file(dic, "2\nwalk/S\ntalk/S\n");
        else
            write_file(dic, "2\nwalk/1\ntalk/1\n");
        ws_hun *h = ws_hun_open("en");
        CHECK(h != NULL, "pair %d opens", i);
        if (h == NULL)
            continue;
        char b[64];
        int sp, n = ws_hun_stem_spell(h, "walks", b, sizeof b, &sp);
        int risky = i % 2 == 1;
        CHECK((n == WS_HUN_NO_STEM) == risky && sp == 1,
              "pair %d: %s (%d, spell %d)", i,
              risky ? "spell alone" : "analyze first", n, sp);
        ws_hun_free(h);
    }
    unsetenv("WHOSAID_HUNSPELL_DIR");
    dict_dir_done(dir, aff, dic);
}

/* libhunspell splits its analyses with line_tok() and line_uniq(), whose
 * calls reach hunspell_guard.cc's (no string stream): they answer as
 * libhunspell's own on the edge cases (empty, only break characters,
 * breaks leading, trailing and doubled, repeated pieces, NUL bytes in
 * pieces) and on strings drawn from a few bytes, with '\n' and other
 * break characters; and libhunspell's analyses reach ours. */
static void
test_hun_line_tok_as_libhunspell(void)
{
    static const struct {
        const char *s;
        size_t n;
    } edge[] = {{"", 0},
                {"\n", 1},
                {"\n\n\n", 3},
                {"a", 1},
                {"a\nb", 3},
                {"\na\n\nb\n", 6},
                {"a\na", 3},
                {"ab\na", 4},
                {"a\nab\na", 6},
                {"x\ny\nx\nz\ny", 9},
                {"a\0b\na\0b", 7},
                {"a\0\n\0a", 5},
                {" st:a\n st:a\n st:b", 17}};
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++)
        CHECK(ws_hg_line_check(edge[i].s, edge[i].n, '\n') == 1,
              "edge case %zu split as libhunspell splits it", i);
    static const char alpha[] = {'a', 'b', '\n', '\n', ' ', '|', '\0'};
    static const char breaks[] = {'\n', '|', ' ', '\0'};
    unsigned x = 12345u;
    int differ = 0, tried = 0;
    for (int round = 0; round < 1500; round++) {
        char buf[48];
        x = x * 1103515245u + 12345u;
        size_t n = (x >> 16) % sizeof buf;
        for (size_t k = 0; k < n; k++) {
            x = x * 1103515245u + 12345u;
            buf[k] = alpha[(x >> 16) % sizeof alpha];
        }
        char brk = breaks[round % sizeof breaks];
        int r = ws_hg_line_check(buf, n, brk);
        tried++;
        differ += r != 1;
    }
    CHECK(differ == 0, "%d of %d random strings split otherwise", differ,
          tried);

    ws_hun *h = open_hun("en", 0);
    if (h != NULL) {
        char st[256];
        CHECK(ws_hun_stem(h, "kettles", st, sizeof st) > 0 &&
                  strcmp(st, "kettle") == 0,
              "kettles: kettle");
        CHECK(ws_hg_line_seen() == 1, "libhunspell calls our line_tok");
        ws_hun_free(h);
    }
}

/* Of an .aff's affix lines only the fields a word can hold say which
 * ASCII punctuation words may hold (cannot_match): not the morphological
 * fields after the fifth ("po:"), nor the continuation classes after a
 * '/'; nor the .dic's morphological fields.  A word with a ':' is then
 * answered without asking Hunspell, as Hunspell answers it. */
static void
test_hun_morph_fields_not_word_characters(void)
{
    char dir[] = "/tmp/whosaid-huntest-XXXXXX", aff[256], dic[256];
    if (dict_dir(dir, aff, dic) < 0)
        return;
    write_file(aff, "SET UTF-8\n"
                    "SFX S Y 2\nSFX S 0 s/G [^sxy] is:plural\n"
                    "SFX S y ies/G y is:plural\n"
                    "SFX G Y 1\nSFX G 0 ' . is:genitive\n");
    write_file(dic, "3\nkettle/S\tpo:noun\npony/S po:noun\nmarsh\n");
    for (int plain = 0; plain < 2; plain++) {
        setenv("WHOSAID_HUNSPELL_DIR", dir, 1);
        ws_hun *h = open_hun("en", plain);
        unsetenv("WHOSAID_HUNSPELL_DIR");
        CHECK(h != NULL, "the pair loads (plain %d)", plain);
        if (h == NULL)
            continue;
        char st[64];
        CHECK(ws_hun_stem(h, "ponies", st, sizeof st) > 0 &&
                  strcmp(st, "pony") == 0,
              "ponies: pony");
        static const char *const colon[] = {"https://kettle",
                                            "kettle:", "po:noun", "is:plural"};
        for (size_t i = 0; i < sizeof colon / sizeof colon[0]; i++) {
            unsigned long before = ws_hg_lookups();
            int sp = ws_hun_spell(h, colon[i]);
            int sn = ws_hun_stem(h, colon[i], st, sizeof st);
            CHECK(ws_hg_lookups() == before,
                  "%s answered without Hunspell (plain %d)", colon[i], plain);
            CHECK(sp == ws_hun_spell_ref(h, colon[i]) &&
                      sn == ws_hun_stem_ref(h, colon[i], st, sizeof st),
                  "%s answered as Hunspell answers it", colon[i]);
        }
        ws_hun_free(h);
    }
    dict_dir_done(dir, aff, dic);
}

/* The words en_US lists as they are (lower case, no ONLYINCOMPOUND flag)
 * are their own stems: the adapter answers them from a set it reads with
 * the .dic, without Hunspell_analyze (hunspell.c's plain_add).  Every
 * word of the .dic: ws_hun_stem_spell's stem and spelling are
 * Hunspell's own (Hunspell_stem, Hunspell_spell), and most of the words
 * were answered without a call into libhunspell. */
static void
test_hun_listed_words_as_hunspell(void)
{
    char dic[4096], line[1024], word[512], a[512], b[512];
    snprintf(dic, sizeof dic, "%s/%s.dic", ws_hun_dir(), ws_hun_dicname("en"));
    FILE *f = fopen(dic, "r");
    if (f == NULL)
        return; /* not installed here */
    ws_hun *h = open_hun("en", 0);
    CHECK(h != NULL, "en opens");
    if (h == NULL) {
        fclose(f);
        return;
    }
    long n = 0, asked = 0, quick = 0, diff = 0;
    char first_diff[512] = "";
    while (fgets(line, sizeof line, f)) {
        if (n++ == 0)
            continue; /* (the count of words) */
        dic_word(line, word, sizeof word);
        if (word[0] == '\0')
            continue;
        int sp;
        unsigned long before = ws_hg_lookups();
        int na = ws_hun_stem_spell(h, word, a, sizeof a, &sp);
        quick += ws_hg_lookups() == before;
        asked++;
        int nb = ws_hun_stem_ref(h, word, b, sizeof b);
        int ok = sp == ws_hun_spell_ref(h, word) &&
                 (na == WS_HUN_NO_STEM ||
                  (na == nb && (na <= 0 || strcmp(a, b) == 0)));
        if (!ok && diff++ == 0)
            snprintf(first_diff, sizeof first_diff, "%s", word);
    }
    fclose(f);
    CHECK(diff == 0,
          "en: %ld of %ld listed words answered otherwise, first '%s'", diff,
          asked, first_diff);
    CHECK(quick * 2 > asked,
          "en: most listed words answered without libhunspell (%ld of %ld)",
          quick, asked);
    ws_hun_free(h);
}

/* The set of listed words is filled after the .dic is read, in groups
 * (plain_index): each of 40 words (more than a group), a homonym listed
 * twice among them, is answered from the set without libhunspell, as
 * its own stem; a word not listed is not. */
static void
test_hun_listed_set_in_groups(void)
{
    char dir[] = "/tmp/whosaid-huntest-XXXXXX", aff[256], dic[256];
    if (dict_dir(dir, aff, dic) < 0)
        return;
    write_file(aff, "SET UTF-8\nSFX S Y 1\nSFX S 0 s .\n");
    char text[2048] = "41\n", w[40][8];
    for (int i = 0; i < 40; i++) {
        snprintf(w[i], sizeof w[i], "w%c%cx", 'a' + i % 26, 'a' + i / 26);
        for (char *c = w[i]; *c; c++)
            if (*c >= '0' && *c <= '9')
                *c = 'q';
        strcat(text, w[i]);
        strcat(text, i % 3 == 0 ? "/S\n" : "\n");
    }
    strcat(text, "wbax\n"); /* (the homonym of w[1]) */
    write_file(dic, text);
    setenv("WHOSAID_HUNSPELL_DIR", dir, 1);
    ws_hun *h = open_hun("en", 0);
    unsetenv("WHOSAID_HUNSPELL_DIR");
    CHECK(h != NULL, "the pair loads");
    if (h != NULL) {
        char st[64];
        for (int i = 0; i < 40; i++) {
            unsigned long before = ws_hg_lookups();
            int n = ws_hun_stem(h, w[i], st, sizeof st);
            CHECK(ws_hg_lookups() == before && n > 0 && strcmp(st, w[i]) == 0,
                  "%s: its own stem, from the set", w[i]);
        }
        unsigned long before = ws_hg_lookups();
        ws_hun_stem(h, "wzzx", st, sizeof st);
        CHECK(ws_hg_lookups() != before, "wzzx, not listed: asked");
        ws_hun_free(h);
    }
    dict_dir_done(dir, aff, dic);
}

int
main(void)
{
    test_hun_morph_fields_not_word_characters();
    test_hun_line_tok_as_libhunspell();
    test_hun_concurrent_loads_share_utf_table();
    test_hun_loads_not_serialised();
    test_hun_compact_odd_dic_lines();
    test_hun_listed_set_in_groups();
    test_hun_ignore_lifted_same_answers();
    test_hun_compact_plain_lines_as_odd_ones();
    test_hun_risky_read_in_one_pass();
    test_hun_compact_shares_flag_vectors();
    test_hun_pool_holds_records();
    test_hun_compact_same_answers();
    test_hun_stem_as_hunspell();
    test_hun_listed_words_as_hunspell();
    test_hun_absent_punct_as_hunspell();
    test_hun_mark_seen_as_bytewise();
    test_hun_compact_write_failure_falls_back();
    test_hunspell_bad_alloc_is_out_of_memory();
    test_hun_clock_is_ours();
    test_hun_risky_dictionary_asks_spell();
    test_hun_unanalysed_still_asked();
    test_hun_numbers_unknown();
    test_hun_analysed_is_spelled();
    TEST_END();
}
