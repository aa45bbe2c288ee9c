/*
 * test_json_string_scan.c - the parser finds a string's end sixteen bytes
 * at a time (SSE2), then eight, then byte by byte: strings of 0 to 70
 * bytes with a quote, an escape, a control byte or a byte above 0x7F at
 * every position, unterminated at every length, as values and as member
 * names, in buffers of their exact size (read past by nothing), give the
 * string or the error a byte-by-byte reference gives.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

/* The reference: the string body at s (n bytes, after the opening
 * quote) up to its closing quote, unescaped into out (escapes: \" \\ \/
 * \b \f \n \r \t and \u00e9); its length, and in *end the offset of
 * the closing quote, or -1 (a control byte, a bad escape or no closing
 * quote). */
static long
ref_string(const char *s, size_t n, char *out, size_t *end)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"') {
            *end = i;
            return (long)o;
        }
        if (c < 0x20)
            return -1;
        if (c != '\\') {
            out[o++] = (char)c;
            continue;
        }
        if (i + 1 >= n)
            return -1;
        char e = s[++i];
        switch (e) {
        case '"':
        case '\\':
        case '/':
            out[o++] = e;
            break;
        case 'b':
            out[o++] = '\b';
            break;
        case 'f':
            out[o++] = '\f';
            break;
        case 'n':
            out[o++] = '\n';
            break;
        case 'r':
            out[o++] = '\r';
            break;
        case 't':
            out[o++] = '\t';
            break;
        case 'u':
            if (i + 4 >= n || memcmp(s + i + 1, "00e9", 4) != 0)
                return -1;
            i += 4;
            out[o++] = (char)0xc3;
            out[o++] = (char)0xa9;
            break;
        default:
            return -1;
        }
    }
    return -1;
}

/* Parses "BODY as a document of its own (ending at the closing quote the
 * reference finds, or at the body's end), or {"BODY:1} (the string as a
 * member name), from a buffer of its exact size; 1 when the parser gives
 * the reference's string, or an error where the reference has none. */
static int
scan_alike(const char *body, size_t n, int as_key)
{
    char want[256];
    size_t qe = 0;
    long wl = ref_string(body, n, want, &qe);
    size_t bn = wl >= 0 ? qe + 1 : n; /* the body up to its quote */
    size_t len = bn + 1 + (as_key ? 4 : 0);
    char *buf = malloc(len);
    if (buf == NULL)
        return 0;
    size_t o = 0;
    if (as_key)
        buf[o++] = '{';
    buf[o++] = '"';
    memcpy(buf + o, body, bn);
    o += bn;
    if (as_key)
        memcpy(buf + o, ":1}", 3);
    ws_arena *a = ws_arena_new();
    ws_json *v = NULL;
    char err[128];
    int rc = a ? ws_json_parse(a, buf, len, &v, err, sizeof err) : -1;
    int ok;
    if (wl < 0) {
        ok = rc < 0;
    } else if (rc < 0 || v == NULL) {
        ok = 0;
    } else if (as_key) {
        const ws_json *c = v->child;
        ok = c != NULL && c->keylen == (size_t)wl &&
             memcmp(c->key, want, c->keylen) == 0;
    } else {
        ok = v->type == WS_JSTR && v->slen == (size_t)wl &&
             memcmp(v->s, want, v->slen) == 0 && v->s[v->slen] == '\0';
    }
    ws_arena_free(a);
    free(buf);
    return ok;
}

static void
test_string_end_at_every_offset(void)
{
    static const char *const specials[] = {
        "\"",   "\\\"",     "\\\\", "\\n",  "\\u00e9", "\x01",
        "\x1f", "\xc3\xa9", "\x7f", "\xff", " ",       "\\"};
    int fails = 0, runs = 0;
    for (size_t k = 0; k < sizeof specials / sizeof specials[0]; k++)
        for (size_t len = 0; len <= 70; len++)
            for (size_t at = 0; at <= len; at++)
                for (int end = 0; end < 2; end++)
                    for (int as_key = 0; as_key < 2; as_key++) {
                        char body[128];
                        size_t n = 0;
                        for (size_t i = 0; i < at; i++)
                            body[n++] = (char)('a' + i % 26);
                        size_t sl = strlen(specials[k]);
                        memcpy(body + n, specials[k], sl);
                        n += sl;
                        for (size_t i = at; i < len; i++)
                            body[n++] = (char)('A' + i % 26);
                        if (end)
                            body[n++] = '"';
                        runs++;
                        if (!scan_alike(body, n, as_key) && fails++ < 5)
                            CHECK(0, "special %zu at %zu of %zu, end %d key %d",
                                  k, at, len, end, as_key);
                    }
    CHECK(fails == 0, "%d of %d strings parsed unlike the reference", fails,
          runs);
}

/* Random bodies of printable bytes, quotes, escapes and control bytes */
static void
test_string_scan_random(void)
{
    static const char alphabet[] = "abcXYZ09 .,\"\\n\x01\xc3\xa9";
    srand(7);
    int fails = 0;
    for (int it = 0; it < 20000; it++) {
        char body[100];
        size_t n = (size_t)(rand() % 90);
        for (size_t i = 0; i < n; i++)
            body[i] = alphabet[rand() % (int)(sizeof alphabet - 1)];
        if (!scan_alike(body, n, it & 1) && fails++ < 5)
            CHECK(0, "random body %d (%zu bytes)", it, n);
    }
    CHECK(fails == 0, "%d random strings parsed unlike the reference", fails);
}

int
main(void)
{
    test_string_end_at_every_offset();
    test_string_scan_random();
    TEST_END();
}
