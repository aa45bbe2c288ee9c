/*
 * test_icu_single_space.c - icu.c's own word breaks after a segment
 * followed by one space (emitted with the segment, without a branch on
 * the space) give what ICU's iterators give.
 */
#include <string.h>

#include "test.h"
#include "ws_int.h"

/* Word breaks and rule statuses of buf[0..len) with icu.c's fast path and
 * with ICU's iterator over every break (ws_icu_exact); 1 when they agree. */
static int
same_as_exact(ws_icu *u, const char *loc, const char *buf, size_t len)
{
    static int32_t a[512], sa[512], b[512], sb[512];
    int32_t n1, n2;

    ws_icu_exact(u, 1);
    ws_icu_text(u, buf, len);
    n1 = ws_icu_breaks(u, 0, loc, buf, len, a, sa, 512);
    ws_icu_exact(u, 0);
    ws_icu_text(u, buf, len);
    n2 = ws_icu_breaks(u, 0, loc, buf, len, b, sb, 512);
    return n1 == n2 &&
           (n1 <= 0 || (!memcmp(a, b, sizeof(int32_t) * (size_t)n1) &&
                        !memcmp(sa, sb, sizeof(int32_t) * (size_t)n1)));
}

/* Random texts of words, numbers, punctuation, single spaces (most of the
 * pieces, so that one follows every kind of segment and comes before
 * every kind), runs of spaces, other spaces (tab, U+2003, no-break space),
 * line ends and characters ICU decides (a combining mark, a CJK
 * ideograph, an emoji), in English and Russian: the word breaks and their
 * statuses are ICU's. */
static void
test_single_space_segments_as_icu(void)
{
    static const char *const piece[] = {" ",
                                        " ",
                                        " ",
                                        " ",
                                        " ",
                                        "Word",
                                        "ab",
                                        "12",
                                        "3.5",
                                        "x_y",
                                        "it's",
                                        ".",
                                        ",",
                                        "-",
                                        "'",
                                        ":",
                                        "@",
                                        "\n",
                                        "\r\n",
                                        "\r",
                                        "\t",
                                        "  ",
                                        "\xc2\xa0",
                                        "\xe2\x80\x83",
                                        "\xcc\x81",
                                        "\xe4\xb8\xad",
                                        "\xf0\x9f\x98\x80",
                                        "\xe2\x80\x9c",
                                        "\xd0\x96\xd0\xb0",
                                        "\xc3\xa9t\xc3\xa9"};
    const unsigned np = (unsigned)(sizeof(piece) / sizeof(piece[0]));
    ws_icu *u = ws_icu_new();
    char buf[512];
    unsigned seed = 12345u;
    int r, bad = 0;

    CHECK(u != NULL, "ws_icu_new");
    if (!u)
        return;
    for (r = 0; r < 30000 && bad < 3; r++) {
        const char *loc = (r & 1) ? "ru" : "en";
        size_t len = 0;
        int c, n;
        seed = seed * 1103515245u + 12345u;
        n = 1 + (int)((seed >> 16) % 30);
        for (c = 0; c < n; c++) {
            const char *x;
            seed = seed * 1103515245u + 12345u;
            x = piece[(seed >> 16) % np];
            memcpy(buf + len, x, strlen(x));
            len += strlen(x);
        }
        if (!same_as_exact(u, loc, buf, len)) {
            bad++;
            CHECK(0, "word breaks differ from ICU (%s) on [%.*s]", loc,
                  (int)len, buf);
        }
    }
    CHECK(bad == 0, "single-space segments: %d of %d texts differ", bad, r);
    ws_icu_free(u);
}

/* With room for fewer breaks than the text has, the fast path answers
 * too big (also when the last break that fits is a space's, emitted with
 * the word before it) and writes nothing past the room it was given; with
 * room for all, the breaks are ICU's. */
static void
test_single_space_break_room(void)
{
    static const char text[] = "Tom ran far, then he sat. A b c";
    const size_t len = strlen(text);
    static int32_t want[64], wst[64], got[65], gst[65];
    ws_icu *u = ws_icu_new();
    int32_t n, cap;

    CHECK(u != NULL, "ws_icu_new");
    if (!u)
        return;
    ws_icu_exact(u, 1);
    ws_icu_text(u, text, len);
    n = ws_icu_breaks(u, 0, "en", text, len, want, wst, 64);
    CHECK(n > 10 && n < 64, "exact breaks: %d", (int)n);
    ws_icu_exact(u, 0);
    for (cap = 0; cap <= n && n > 0 && n < 64; cap++) {
        int32_t r;
        got[cap] = -7;
        gst[cap] = -7;
        ws_icu_text(u, text, len);
        r = ws_icu_breaks(u, 0, "en", text, len, got, gst, cap);
        CHECK(got[cap] == -7 && gst[cap] == -7,
              "room for %d breaks: written past it", (int)cap);
        if (cap < n)
            CHECK(r < 0, "room for %d of %d breaks: answered %d", (int)cap,
                  (int)n, (int)r);
        else
            CHECK(r == n && !memcmp(got, want, sizeof(int32_t) * (size_t)n) &&
                      !memcmp(gst, wst, sizeof(int32_t) * (size_t)n),
                  "room for all %d breaks: answered %d or other breaks", (int)n,
                  (int)r);
    }
    ws_icu_free(u);
}

int
main(void)
{
    test_single_space_segments_as_icu();
    test_single_space_break_room();
    TEST_END();
}
