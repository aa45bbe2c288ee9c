/*
 * test_json_write.c - the record writer's fast paths give the text a
 * plain writer gives: JSON strings (a short plain one on a path of its
 * own, the rest out of line, scanned by words) and the offsets of spans
 * (up to four digits inline); and the document's code point index, built
 * sixteen ASCII bytes at a time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

/* The JSON string of the n bytes of s, byte by byte: '"', '\\' and the
 * control bytes escaped, every other byte (invalid UTF-8 too) as it is. */
static size_t
ref_jstr(char *out, const char *s, size_t n)
{
    size_t o = 0;
    out[o++] = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *e = NULL;
        switch (c) {
        case '"':
            e = "\\\"";
            break;
        case '\\':
            e = "\\\\";
            break;
        case '\n':
            e = "\\n";
            break;
        case '\r':
            e = "\\r";
            break;
        case '\t':
            e = "\\t";
            break;
        case '\b':
            e = "\\b";
            break;
        case '\f':
            e = "\\f";
            break;
        default:
            break;
        }
        if (e != NULL) {
            memcpy(out + o, e, 2);
            o += 2;
        } else if (c < 0x20) {
            o += (size_t)snprintf(out + o, 7, "\\u%04x", c);
        } else {
            out[o++] = (char)c;
        }
    }
    out[o++] = '"';
    out[o] = '\0';
    return o;
}

/* ws_buf_jstr of s into a buffer with room (warm) or without (the short
 * path writes in place only with room), at an offset of the buffer that
 * is not a multiple of eight (off): the reference text. */
static int
jstr_same(const char *s, size_t n, int warm, size_t off)
{
    static char want[6 * 200 + 8];
    ref_jstr(want, s, n);
    ws_buf b = {0};
    if (warm) {
        char pad[2048];
        memset(pad, 'p', sizeof pad);
        ws_buf_put(&b, pad, sizeof pad);
        b.len = 0;
    }
    for (size_t i = 0; i < off; i++)
        ws_buf_putc(&b, 'x');
    ws_buf_jstr(&b, s, n);
    int ok = b.buf != NULL && b.len == off + strlen(want) &&
             strcmp(b.buf + off, want) == 0;
    ws_buf_free(&b);
    return ok;
}

/* Every byte that needs an escape (each control byte, '"', '\\'), and
 * bytes that need none (DEL, invalid UTF-8 bytes), at every position of
 * strings of 0 to 72 bytes: each position of an eight-byte word, the
 * last byte, the bytes of the short path (up to 32) and past it. */
static void
test_jstr_escape_every_byte_at_every_position(void)
{
    const char *plain = "The quick brown fox jumps over the lazy dog while "
                        "Zoe waits by the river bank.";
    int ok = 1;
    for (int c = 0; c < 0x100 && ok; c++) {
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f && c != 0x80 &&
            c != 0xc3 && c != 0xff)
            continue;
        for (size_t len = 1; len <= 72 && ok; len++)
            for (size_t pos = 0; pos < len && ok; pos++)
                for (int warm = 0; warm < 2 && ok; warm++) {
                    char in[80];
                    memcpy(in, plain, len);
                    in[pos] = (char)c;
                    ok = jstr_same(in, len, warm, pos % 3);
                    CHECK(ok, "byte 0x%02x at %zu of %zu (warm %d)", c, pos,
                          len, warm);
                }
    }
    CHECK(jstr_same("", 0, 1, 0) && jstr_same("", 0, 0, 0), "empty string");
    ws_buf b = {0};
    ws_buf_jstr(&b, NULL, 0);
    CHECK(b.buf != NULL && strcmp(b.buf, "null") == 0, "NULL is null");
    ws_buf_free(&b);
}

/* Two-, three- and four-byte characters at every offset, so that each
 * crosses the boundary of an eight-byte word (and of the sixteen-byte
 * blocks) somewhere, with a byte to escape right after, right before or
 * nowhere: copied whole, the escapes the same. */
static void
test_jstr_multibyte_across_word_boundaries(void)
{
    static const char *const chars[] = {"\xc3\xa9", "\xe2\x80\x9c",
                                        "\xf0\x9f\x98\x80", "\xe2\x80"};
    static const char tails[] = {'\0', '"', '\n', '\\'};
    int ok = 1;
    for (size_t k = 0; k < sizeof chars / sizeof chars[0]; k++)
        for (size_t t = 0; t < sizeof tails; t++)
            for (size_t at = 0; at < 40 && ok; at++)
                for (size_t len = at + 5; len <= at + 30 && ok; len += 5)
                    for (int warm = 0; warm < 2 && ok; warm++) {
                        char in[80];
                        memset(in, 'a', sizeof in);
                        size_t cl = strlen(chars[k]);
                        memcpy(in + at, chars[k], cl);
                        size_t n = at + cl < len ? len : at + cl;
                        if (tails[t] != '\0') {
                            in[at + cl] = tails[t];
                            if (at > 0)
                                in[at - 1] = tails[t];
                            if (n < at + cl + 1)
                                n = at + cl + 1;
                        }
                        ok = jstr_same(in, n, warm, 0);
                        CHECK(ok, "char %zu at %zu, tail %zu, %zu bytes", k, at,
                              t, n);
                    }
}

/* A long text (several of the writer's 4 KB chunks) with escapes spread
 * over it and at both ends. */
static void
test_jstr_long_text_chunks(void)
{
    size_t n = 3 * 4096 + 123;
    char *s = malloc(n);
    char *want = malloc(6 * n + 3);
    static const char lorem[] = "Lorem ipsum, dolor \xc3\xa9t amet. ";
    for (size_t i = 0; i < n; i++)
        s[i] = lorem[i % (sizeof lorem - 1)];
    for (size_t i = 0; i < n; i += 997)
        s[i] = (char)(i % 2 ? '\n' : '"');
    s[n - 1] = '\x1f';
    ref_jstr(want, s, n);
    ws_buf b = {0};
    ws_buf_jstr(&b, s, n);
    CHECK(b.buf != NULL && strcmp(b.buf, want) == 0, "long text");
    ws_buf_free(&b);
    free(s);
    free(want);
}

/* The offsets of token spans as the record has them: every number of
 * digits (the inline path up to 9999, and past it), each boundary
 * between them, and a negative one (out of the inline path). */
static void
test_record_span_offsets_every_digit_count(void)
{
    static const int32_t offs[] = {0,    1,    9,     10,     11,     99,
                                   100,  101,  999,   1000,   1001,   4321,
                                   9998, 9999, 10000, 10001,  99999,  100000,
                                   -1,   -10,  65536, 123456, 2000000};
    size_t no = sizeof offs / sizeof offs[0];
    ws_doc *d = ws_doc_new();
    CHECK(d != NULL && ws_doc_set_text(d, "A b.", 4) == 0, "doc");
    if (d == NULL)
        return;
    d->done |= WS_DONE_TOKENIZE;
    char want[4096];
    size_t wl = 0;
    wl += (size_t)snprintf(want + wl, sizeof want - wl, "\"tokens\":[");
    for (size_t i = 0; i < no; i++) {
        ws_token *t = WS_PUSH(d->tokens);
        CHECK(t != NULL, "token");
        if (t == NULL)
            break;
        t->start = offs[i];
        t->end = offs[no - 1 - i];
        wl += (size_t)snprintf(want + wl, sizeof want - wl,
                               "%s{\"start\":%d,\"end\":%d}", i ? "," : "",
                               (int)offs[i], (int)offs[no - 1 - i]);
    }
    snprintf(want + wl, sizeof want - wl, "],");
    ws_buf b = {0};
    ws_record_write(&b, d);
    CHECK(b.buf != NULL && strstr(b.buf, want) != NULL, "tokens: %s",
          b.buf ? b.buf : "(null)");
    ws_buf_free(&b);
    ws_doc_free(d);
}

/* The byte offset of every code point (and of the end) of texts of 0 to
 * 80 bytes with a two-, three- or four-byte character at every offset:
 * the ASCII runs before and after it of every length, cut at every
 * place of a block of sixteen and of eight. */
static void
test_doc_index_multibyte_at_every_offset(void)
{
    static const char *const chars[] = {"\xc3\xa9", "\xe2\x80\x9d",
                                        "\xf0\x9f\x98\x80"};
    int ok = 1;
    for (size_t k = 0; k < 3; k++)
        for (size_t len = 0; len <= 80 && ok; len++)
            for (size_t at = 0; at <= len && ok; at++) {
                char in[96];
                for (size_t i = 0; i < sizeof in; i++)
                    in[i] = (char)('a' + i % 26);
                size_t cl = strlen(chars[k]), n = len;
                if (at < len) {
                    memcpy(in + at, chars[k], cl);
                    if (n < at + cl)
                        n = at + cl;
                }
                /* the reference: a code point starts at each byte that
                 * is no continuation byte */
                int32_t want[96], nw = 0;
                for (size_t i = 0; i < n; i++)
                    if (((unsigned char)in[i] & 0xC0) != 0x80)
                        want[nw++] = (int32_t)i;
                want[nw] = (int32_t)n;
                ws_doc *d = ws_doc_new();
                ok =
                    d != NULL && ws_doc_set_text(d, in, n) == 0 && d->ncp == nw;
                for (int32_t c = 0; ok && c <= nw; c++)
                    ok = ws_doc_byte(d, c) == want[c];
                CHECK(ok, "char %zu at %zu of %zu bytes", k, at, n);
                ws_doc_free(d);
            }
}

/* Texts mostly of two-byte characters (another script), with ASCII
 * bytes and three- and four-byte characters among them, of every length
 * to 100 bytes: the same index as a byte-by-byte count. */
static void
test_doc_index_other_scripts(void)
{
    static const char *const chars[] = {"\xd0\xb6", "\xd1\x8f", "a",
                                        "\xe2\x80\x94", "\xf0\x9f\x98\x80"};
    int ok = 1;
    for (unsigned seed = 1; seed <= 7 && ok; seed++)
        for (size_t len = 0; len <= 100 && ok; len++) {
            char in[112];
            size_t n = 0;
            for (unsigned r = seed; n < len;) {
                r = r * 1103515245u + 12345u;
                unsigned pick = (r >> 16) % 16;
                const char *c = chars[pick < 11   ? pick % 2
                                      : pick < 14 ? 2
                                                  : pick - 11];
                size_t cl = strlen(c);
                memcpy(in + n, c, cl);
                n += cl;
            }
            int32_t want[112], nw = 0;
            for (size_t i = 0; i < n; i++)
                if (((unsigned char)in[i] & 0xC0) != 0x80)
                    want[nw++] = (int32_t)i;
            want[nw] = (int32_t)n;
            ws_doc *d = ws_doc_new();
            ok = d != NULL && ws_doc_set_text(d, in, n) == 0 && d->ncp == nw;
            for (int32_t c = 0; ok && c <= nw; c++)
                ok = ws_doc_byte(d, c) == want[c];
            CHECK(ok, "seed %u, %zu bytes", seed, n);
            ws_doc_free(d);
        }
}

/* ws_buf_jstrz of strings of 0 to 40 bytes that start at each of the
 * sixteen places of an aligned block, with a byte to escape at every
 * position of the string, or none, and with such bytes (and a NUL)
 * right before the string and right after its NUL in the same blocks:
 * the reference text of the bytes up to the NUL, and no byte from
 * around the string. */
static void
test_jstrz_every_start_in_block_and_length(void)
{
    static const char specials[] = {'"', '\\', '\n', '\x01', '\0'};
    _Alignas(16) char area[96];
    static char want[6 * 64 + 8];
    int ok = 1;
    for (size_t at = 0; at < 16 && ok; at++)
        for (size_t len = 0; len <= 40 && ok; len++)
            for (size_t pos = 0; pos <= len && ok; pos++)
                for (size_t k = 0; k < sizeof specials && ok; k++) {
                    if (pos == len && k > 0)
                        break; /* pos == len: no special inside */
                    for (size_t i = 0; i < sizeof area; i++)
                        area[i] = specials[(i + k) % sizeof specials];
                    char *s = area + 16 + at;
                    for (size_t i = 0; i < len; i++)
                        s[i] = (char)('A' + (i * 7 + at) % 50);
                    if (pos < len)
                        s[pos] = specials[k];
                    s[len] = '\0';
                    ref_jstr(want, s, strlen(s));
                    for (int warm = 0; warm < 2 && ok; warm++) {
                        ws_buf b = {0};
                        if (warm) {
                            char pad[512];
                            memset(pad, 'p', sizeof pad);
                            ws_buf_put(&b, pad, sizeof pad);
                            b.len = 3;
                        }
                        size_t off = b.len;
                        ws_buf_jstrz(&b, s);
                        ok = b.buf != NULL && b.len == off + strlen(want) &&
                             strcmp(b.buf + off, want) == 0;
                        CHECK(ok, "at %zu, %zu bytes, special %zu at %zu (%d)",
                              at, len, k, pos, warm);
                        ws_buf_free(&b);
                    }
                }
    ws_buf b = {0};
    ws_buf_jstrz(&b, NULL);
    CHECK(b.buf != NULL && strcmp(b.buf, "null") == 0, "NULL is null");
    ws_buf_free(&b);
}

/* The record names each entity type, statement kind and stance as
 * ws_etype_name(), ws_kind_name() and ws_stance_name() do (the writer's
 * own copies of them, in slots of constant size), out-of-range values
 * too, and nothing of a slot after the name. */
static void
test_record_names_every_type_kind_stance(void)
{
    ws_doc *d = ws_doc_new();
    CHECK(d != NULL && ws_doc_set_text(d, "Ann said no.", 12) == 0, "doc");
    if (d == NULL)
        return;
    d->done |= WS_DONE_NER | WS_DONE_STANCE;
    for (int t = -1; t <= WS_NETYPES; t++) {
        ws_entity *e = WS_PUSH(d->entities);
        CHECK(e != NULL, "entity");
        if (e == NULL)
            break;
        memset(e, 0, sizeof *e);
        e->start = 0;
        e->end = 3;
        e->type = t;
        e->role = e->org = -1;
    }
    for (int k = -1; k <= WS_NKINDS; k++) {
        ws_statement *st = WS_PUSH(d->statements);
        CHECK(st != NULL, "statement");
        if (st == NULL)
            break;
        memset(st, 0, sizeof *st);
        st->kind = k;
        st->cue.start = st->speaker.start = st->target_span.start = -1;
        st->speaker_ent = -1;
        st->nstance = 0;
        for (int i = 0; i < WS_MAX_LABELS; i++) {
            int sv = (k + 1) * WS_MAX_LABELS + i - 1;
            if (sv > WS_NSTANCES)
                break;
            st->stance[st->nstance++] = sv;
        }
    }
    ws_buf b = {0};
    ws_record_write(&b, d);
    char want[512];
    const char *at = b.buf ? b.buf : "";
    for (int t = -1; t <= WS_NETYPES && at; t++) {
        snprintf(want, sizeof want, "{\"start\":0,\"end\":3,\"type\":\"%s\",",
                 ws_etype_name(t));
        at = strstr(at, want);
        CHECK(at != NULL, "type %d: %s", t, want);
    }
    for (int k = -1; k <= WS_NKINDS && at; k++) {
        int n =
            snprintf(want, sizeof want, "{\"kind\":\"%s\",", ws_kind_name(k));
        at = strstr(at, want);
        CHECK(at != NULL, "kind %d: %s", k, want);
        if (at == NULL)
            break;
        n = snprintf(want, sizeof want, "\"stance\":[");
        for (int i = 0; i < WS_MAX_LABELS; i++) {
            int sv = (k + 1) * WS_MAX_LABELS + i - 1;
            if (sv > WS_NSTANCES)
                break;
            n += snprintf(want + n, sizeof want - (size_t)n, "%s\"%s\"",
                          i ? "," : "", ws_stance_name(sv));
        }
        snprintf(want + n, sizeof want - (size_t)n, "],\"negated\"");
        at = strstr(at, want);
        CHECK(at != NULL, "stances of kind %d: %s", k, want);
    }
    ws_buf_free(&b);
    ws_doc_free(d);
}

/* The flags of a token of one to eighteen ASCII bytes (every printable
 * byte and some control bytes, at every position) with sixteen bytes of
 * text from its start (taken in one load) are those of the same token
 * where the text ends (taken byte by byte), but for WS_TOK_SPACE. */
static void
test_token_flags_ascii_block_same_as_byte_loop(void)
{
    static const char *const bases[] = {
        "word",    "Word", "WORD",       "42",   "--",
        "x",       "@ab",  "http://a.b", "Mc9!", "aBcDeFgHiJkLmNoPq",
        "www.x.yz"};
    int ok = 1;
    for (size_t k = 0; k < sizeof bases / sizeof bases[0] && ok; k++)
        for (int c = 1; c < 0x80 && ok; c++)
            for (size_t pos = 0; pos < strlen(bases[k]) + 1 && ok; pos++) {
                char tok[24];
                size_t n = strlen(bases[k]);
                memcpy(tok, bases[k], n);
                if (pos < n)
                    tok[pos] = (char)c;
                else
                    tok[n++] = (char)c;
                if (n > 18)
                    continue;
                char text[64];
                uint32_t fl[2];
                for (int far = 0; far < 2; far++) {
                    size_t tl = n;
                    memcpy(text, tok, n);
                    if (far) {
                        memset(text + n, ' ', 20);
                        tl += 20;
                    }
                    ws_doc *d = ws_doc_new();
                    ok = d != NULL && ws_doc_set_text(d, text, tl) == 0;
                    if (!ok)
                        break;
                    ws_token t = {0};
                    t.bstart = 0;
                    t.bend = (int32_t)n;
                    t.flags = WS_TOK_SENT0 | WS_TOK_URL;
                    ws_token_flags(d, &t);
                    fl[far] = t.flags & ~(uint32_t)WS_TOK_SPACE;
                    ws_doc_free(d);
                }
                ok = ok && fl[0] == fl[1];
                CHECK(ok, "byte 0x%02x at %zu of \"%s\": %x, in one load %x", c,
                      pos, bases[k], fl[0], fl[1]);
            }
}

int
main(void)
{
    test_doc_index_other_scripts();
    test_doc_index_multibyte_at_every_offset();
    test_jstr_escape_every_byte_at_every_position();
    test_jstr_multibyte_across_word_boundaries();
    test_jstr_long_text_chunks();
    test_record_span_offsets_every_digit_count();
    test_jstrz_every_start_in_block_and_length();
    test_record_names_every_type_kind_stance();
    test_token_flags_ascii_block_same_as_byte_loop();
    TEST_END();
}
