/*
 * icu_loop.c - the ceilings `make bench` compares the stages against.
 *
 *   icu_loop [-u] [-l LOCALE] FILE  bare ICU word + sentence break loop
 *   icu_loop -c FILE             bare read-and-write copy to stdout
 *   icu_loop -t FILE             count the tokens in records (JSONL)
 *
 * The ICU loop reads FILE, splits it into articles at header lines
 * ("date YYYY-MM-DD", leading white space allowed) as the stages do, and
 * runs ICU's word break iterator (with the rule status of every boundary,
 * as the tokenizer asks for it) and the sentence break iterator over each
 * article through a UText on the UTF-8 bytes: the plain way to run ICU
 * over UTF-8 text, the ceiling `make bench` divides by.  With -u the
 * article is converted to UTF-16 once (u_strFromUTF8) and both iterators
 * read that, as pipeline/icu.c does (icu.c also reads the sentence
 * iterator only in windows around the terminators); -u is for comparing
 * the two ways, bench.sh does not use it.  It prints one line to stderr:
 *   "bytes N tokens T sentences S"
 * where tokens are word-break segments that are not white space.
 * The copy mode reads FILE in 64 KiB blocks and writes them to stdout.
 * The count mode prints the number of elements of the "tokens" arrays of
 * the records in FILE (the output of `tokenize`) to stdout.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

static int
is_header(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return n - i >= 15 && memcmp(s + i, "date ", 5) == 0 &&
           s[i + 9] == '-' && s[i + 12] == '-';
}

static int
copy(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        perror(path);
        return 66;
    }
    static char buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
        if (fwrite(buf, 1, n, stdout) != n)
            return 74;
    fclose(fp);
    return fflush(stdout) ? 74 : 0;
}

static int
count_tokens(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        perror(path);
        return 66;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long long count = 0;
    while ((n = getline(&line, &cap, fp)) > 0) {
        /* the "tokens" member of the top-level object: an array of
         * {"start":N,"end":M} objects (no strings inside) */
        const char *p = strstr(line, "],\"tokens\":[");
        if (p == NULL)
            continue;
        p += 12;
        for (; *p && *p != ']'; p++)
            count += *p == '{';
    }
    printf("%lld\n", count);
    free(line);
    fclose(fp);
    return 0;
}

static long long ntok, nsent;
static int utf16;
static UChar *u16;
static int32_t u16cap;

static void
segment(UBreakIterator *wb, UBreakIterator *sb, UText **ut, const char *s,
        size_t n)
{
    UErrorCode st = U_ZERO_ERROR;
    if (n == 0)
        return;
    if (utf16) {
        int32_t ulen = 0;
        if ((int32_t)n + 1 > u16cap) {
            u16cap = (int32_t)n * 2 + 1;
            u16 = realloc(u16, (size_t)u16cap * sizeof(UChar));
            if (!u16)
                exit(70);
        }
        u_strFromUTF8(u16, u16cap, &ulen, s, (int32_t)n, &st);
        *ut = utext_openUChars(*ut, u16, ulen, &st);
    } else {
        *ut = utext_openUTF8(*ut, s, (int64_t)n, &st);
    }
    ubrk_setUText(wb, *ut, &st);
    int32_t prev = ubrk_first(wb);
    for (int32_t q = ubrk_next(wb); q != UBRK_DONE; q = ubrk_next(wb)) {
        int rs = ubrk_getRuleStatus(wb);
        unsigned char c =
            utf16 ? (u16[prev] < 0x80 ? (unsigned char)u16[prev] : 0)
                  : (unsigned char)s[prev];
        if (rs != UBRK_WORD_NONE ||
            !(c == ' ' || c == '\n' || c == '\t' || c == '\r'))
            ntok++;
        prev = q;
    }
    ubrk_setUText(sb, *ut, &st);
    ubrk_first(sb);
    for (int32_t q = ubrk_next(sb); q != UBRK_DONE; q = ubrk_next(sb))
        nsent++;
    if (U_FAILURE(st)) {
        fprintf(stderr, "icu_loop: %s\n", u_errorName(st));
        exit(70);
    }
}

int
main(int argc, char **argv)
{
    const char *locale = "en";
    int i = 1;
    if (argc > 2 && strcmp(argv[1], "-c") == 0)
        return copy(argv[2]);
    if (argc > 2 && strcmp(argv[1], "-t") == 0)
        return count_tokens(argv[2]);
    if (argc > 2 && strcmp(argv[1], "-u") == 0) {
        utf16 = 1;
        i = 2;
    }
    if (argc > i + 2 && strcmp(argv[i], "-l") == 0) {
        locale = argv[i + 1];
        i += 2;
    }
    if (i >= argc) {
        fprintf(stderr,
                "usage: icu_loop [-u] [-l LOCALE] FILE | -c FILE | -t FILE\n");
        return 64;
    }
    FILE *fp = fopen(argv[i], "rb");
    if (!fp) {
        perror(argv[i]);
        return 66;
    }
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *wb = ubrk_open(UBRK_WORD, locale, NULL, 0, &st);
    UBreakIterator *sb = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &st);
    if (U_FAILURE(st)) {
        fprintf(stderr, "icu_loop: ubrk_open: %s\n", u_errorName(st));
        return 70;
    }
    UText *ut = NULL;
    char *line = NULL, *doc = NULL;
    size_t lcap = 0, dlen = 0, dcap = 0;
    long long bytes = 0;
    ssize_t n;
    while ((n = getline(&line, &lcap, fp)) > 0) {
        bytes += n;
        if (is_header(line, (size_t)n) && dlen > 0) {
            segment(wb, sb, &ut, doc, dlen);
            dlen = 0;
        }
        if (dlen + (size_t)n + 1 > dcap) {
            dcap = (dlen + (size_t)n + 1) * 2;
            doc = realloc(doc, dcap);
            if (!doc)
                return 70;
        }
        memcpy(doc + dlen, line, (size_t)n);
        dlen += (size_t)n;
    }
    segment(wb, sb, &ut, doc, dlen);
    fprintf(stderr, "bytes %lld tokens %lld sentences %lld\n", bytes, ntok,
            nsent);
    utext_close(ut);
    ubrk_close(wb);
    ubrk_close(sb);
    free(line);
    free(doc);
    free(u16);
    fclose(fp);
    return 0;
}
