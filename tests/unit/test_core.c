/*
 * test_core.c - the library core: JSON, records, the reader, offsets,
 * maps, lexicons, case folding.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static void
test_json(void)
{
    ws_arena *a = ws_arena_new();
    ws_json *v;
    char err[128];
    const char *s = "{\"a\":[1,2.5,-3e2],\"b\":\"x\\u00e9\\ud83d\\ude00\\n\","
                    "\"c\":{\"d\":null,\"e\":true}}";
    CHECK(ws_json_parse(a, s, strlen(s), &v, err, sizeof err) == 0, "%s", err);
    CHECK(v->type == WS_JOBJ && v->n == 3, "object of 3");
    const ws_json *arr = ws_json_get(v, "a");
    CHECK(arr && arr->n == 3 && arr->child->next->num == 2.5, "array");
    const ws_json *b = ws_json_get(v, "b");
    CHECK(b && strcmp(b->s, "x\xc3\xa9\xf0\x9f\x98\x80\n") == 0,
          "escapes and surrogate pairs");
    /* lone surrogate becomes U+FFFD */
    s = "\"\\ud800x\"";
    CHECK(ws_json_parse(a, s, strlen(s), &v, err, sizeof err) == 0 &&
              strcmp(v->s, "\xef\xbf\xbdx") == 0,
          "lone surrogate");
    const char *bad[] = {"{",   "{\"a\":}", "[1,]",       "\"abc", "{\"a\" 1}",
                         "tru", "[1] x",    "{\"a\":1,}", ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        CHECK(ws_json_parse(a, bad[i], strlen(bad[i]), &v, err, sizeof err) ==
                  -WS_EJSON,
              "bad json %zu accepted: %s", i, bad[i]);
    /* deep nesting is refused, not recursed into */
    char *deep = malloc(200001);
    memset(deep, '[', 200000);
    deep[200000] = '\0';
    CHECK(ws_json_parse(a, deep, 200000, &v, err, sizeof err) == -WS_EJSON &&
              strstr(err, "deep") != NULL,
          "deep nesting: %s", err);
    free(deep);
    ws_buf b2 = {0};
    ws_buf_jstrz(&b2, "q\"\\\n\x01é");
    CHECK(strcmp(b2.buf, "\"q\\\"\\\\\\n\\u0001é\"") == 0, "writer: %s",
          b2.buf);
    ws_buf_free(&b2);
    ws_arena_free(a);
}

/* The parser finds the end of a string and of a number eight bytes at a
 * time: a quote, a backslash or a control character at every position of
 * those eight (and past them), after plain ASCII and after UTF-8 bytes,
 * and numbers of every length up to 17 digits followed by each kind of
 * byte, parse as they read. */
static void
test_json_word_scan(void)
{
    ws_arena *a = ws_arena_new();
    ws_json *v;
    char err[128], buf[128], want[64];
    int bad = 0;

    for (int k = 0; k < 20 && bad < 3; k++) {
        for (int kind = 0; kind < 4; kind++) {
            /* k bytes of text, then a special byte or the closing quote */
            size_t n = 0, w = 0;
            buf[n++] = '[';
            buf[n++] = '"';
            for (int i = 0; i < k; i++) {
                const char *c = (kind == 3 && i % 3 == 0) ? "\xc3\xa9" : "x";
                memcpy(buf + n, c, strlen(c));
                memcpy(want + w, c, strlen(c));
                n += strlen(c);
                w += strlen(c);
            }
            if (kind == 1) { /* an escaped quote, then more text */
                memcpy(buf + n, "\\\"yz", 4);
                n += 4;
                memcpy(want + w, "\"yz", 3);
                w += 3;
            } else if (kind == 2) { /* a control character: refused */
                buf[n++] = '\x01';
            }
            memcpy(buf + n, "\",1]", 4);
            n += 4;
            want[w] = '\0';
            int rc = ws_json_parse(a, buf, n, &v, err, sizeof err);
            int ok = kind == 2 ? rc == -WS_EJSON
                               : rc == 0 && v->type == WS_JARR && v->n == 2 &&
                                     v->child->type == WS_JSTR &&
                                     strcmp(v->child->s, want) == 0;
            bad += !ok;
            CHECK(ok, "string scan: %d bytes, kind %d: [%.*s]", k, kind, (int)n,
                  buf);
        }
    }
    /* the writer: a byte to escape at every position */
    for (int k = 0; k < 20 && bad < 3; k++) {
        static const char *const esc[][2] = {
            {"\"", "\\\""}, {"\\", "\\\\"}, {"\n", "\\n"}, {"\x01", "\\u0001"}};
        for (int e = 0; e < 4; e++) {
            char in[64], out[96];
            memset(in, 'x', (size_t)k);
            snprintf(in + k, sizeof in - (size_t)k, "%syz", esc[e][0]);
            memset(out, 'x', (size_t)k + 1);
            out[0] = '"';
            snprintf(out + k + 1, sizeof out - (size_t)k - 1, "%syz\"",
                     esc[e][1]);
            ws_buf wb = {0};
            ws_buf_jstr(&wb, in, strlen(in));
            int ok = wb.buf != NULL && strcmp(wb.buf, out) == 0;
            bad += !ok;
            CHECK(ok, "writer scan: %s for %s", wb.buf ? wb.buf : "(null)",
                  out);
            ws_buf_free(&wb);
        }
    }
    /* what follows the number: valid or not, and what it adds to it */
    static const struct {
        const char *tail;
        int valid;
        double add;
    } tails[] = {{",\"z\":1}]}", 1, 0}, {"}]}", 1, 0},    {" }]}", 1, 0},
                 {".5}]}", 1, 0.5},     {"e1}]}", 1, -1}, {":}]}", 0, 0},
                 {"]}", 0, 0},          {"x}]}", 0, 0}};
    for (int d = 1; d <= 17 && bad < 3; d++) {
        for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++) {
            /* a token span {"start":D,"end":D...} (the fast paths take
             * the plain ones) */
            char num[24];
            for (int i = 0; i < d; i++)
                num[i] = (char)('1' + i % 9);
            num[d] = '\0';
            snprintf(buf, sizeof buf, "{\"tokens\":[{\"start\":%s,\"end\":%s%s",
                     num, num, tails[t].tail);
            int rc = ws_json_parse(a, buf, strlen(buf), &v, err, sizeof err);
            double x = strtod(num, NULL);
            x = tails[t].add < 0 ? x * 10 : x + tails[t].add;
            const ws_json *tok = rc == 0 ? ws_json_get(v, "tokens") : NULL;
            int ok = tails[t].valid ? tok != NULL && tok->type == WS_JARR
                                    : rc == -WS_EJSON;
            if (ok && tails[t].valid) {
                const ws_json *e =
                    tok->child ? ws_json_get(tok->child, "end") : NULL;
                ok = e != NULL && e->type == WS_JNUM && e->num == x;
            }
            /* a record's token list, left raw when it is all plain
             * spans (its numbers read as it was checked, above
             * UINT32_MAX as UINT32_MAX) */
            rc = ws_json_parse_record(a, buf, strlen(buf), &v, err, sizeof err);
            tok = rc == 0 ? ws_json_get(v, "tokens") : NULL;
            if (!tails[t].valid) {
                ok = ok && rc == -WS_EJSON;
            } else if (tok == NULL) {
                ok = 0;
            } else if (ws_json_lazy_spans(tok)) {
                const uint32_t *nu = ws_json_span_nums(tok);
                ok = ok && tails[t].add == 0 && tails[t].tail[0] == '}' &&
                     d < 16 && tok->n == 1 &&
                     (double)nu[1] == (x > UINT32_MAX ? UINT32_MAX : x);
            } else {
                /* parsed in full: not a plain span or too long */
                ok = ok &&
                     (tails[t].add != 0 || tails[t].tail[0] != '}' || d >= 16);
            }
            bad += !ok;
            CHECK(ok, "number scan: %d digits: %s", d, buf);
        }
    }
    ws_arena_free(a);
}

/* Compares two parsed values node by node (types, keys, numbers, strings,
 * raw text, member counts). */
static int
json_same(const ws_json *x, const ws_json *y)
{
    for (; x != NULL && y != NULL; x = x->next, y = y->next) {
        if (x->type != y->type || x->n != y->n || x->keylen != y->keylen ||
            (x->keylen && memcmp(x->key, y->key, x->keylen) != 0) ||
            x->num != y->num || x->slen != y->slen ||
            (x->s != NULL) != (y->s != NULL) ||
            (x->s && memcmp(x->s, y->s, x->slen) != 0) ||
            x->rawlen != y->rawlen || memcmp(x->raw, y->raw, x->rawlen) != 0 ||
            !json_same(x->child, y->child))
            return 0;
    }
    return x == NULL && y == NULL;
}

/* json_same() for two containers whose raw texts differ by white space:
 * arrays element by element, objects member by member. */
static int
json_same_members(const ws_json *x, const ws_json *y)
{
    if (x->type != y->type || x->n != y->n)
        return 0;
    if (x->type != WS_JARR)
        return json_same(x->child, y->child);
    const ws_json *cx = x->child, *cy = y->child;
    for (; cx != NULL && cy != NULL; cx = cx->next, cy = cy->next)
        if (!json_same_members(cx, cy))
            return 0;
    return cx == NULL && cy == NULL;
}

/* The span objects' fast path ({"start":N,"end":M} without white space)
 * builds the same nodes as the general parser does for the same members
 * with white space, and leaves every other form to the general parser. */
static void
test_json_span_fast_path(void)
{
    ws_arena *a = ws_arena_new();
    char err[128];
    static const char *const pairs[][2] = {
        {"[{\"start\":0,\"end\":12},{\"start\":7,\"end\":7}]",
         "[ {\"start\" :0 ,\"end\":12} , {\"start\":7, \"end\":7 } ]"},
        {"{\"start\":00123,\"end\":999999999999999}",
         "{ \"start\":00123,\"end\":999999999999999}"},
        {"{\"start\":1,\"end\":2,\"type\":\"X\"}",
         "{\"start\":1, \"end\":2,\"type\":\"X\"}"},
        {"{\"start\":-1,\"end\":2}", "{ \"start\":-1,\"end\":2}"},
        {"{\"start\":1.5,\"end\":2}", "{ \"start\":1.5,\"end\":2}"},
        {"{\"start\":1,\"end\":2e3}", "{ \"start\":1,\"end\":2e3}"},
        {"{\"start\":1234567890123456,\"end\":2}",
         "{ \"start\":1234567890123456,\"end\":2}"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        ws_json *x = NULL, *y = NULL;
        int rx = ws_json_parse(a, pairs[i][0], strlen(pairs[i][0]), &x, err,
                               sizeof err);
        int ry = ws_json_parse(a, pairs[i][1], strlen(pairs[i][1]), &y, err,
                               sizeof err);
        CHECK(rx == 0 && ry == 0, "span %zu parses: %s", i, err);
        if (rx == 0 && ry == 0) {
            /* the outer raw texts differ by the white space */
            CHECK(json_same_members(x, y),
                  "span %zu: the same nodes as the general parser", i);
        }
    }
    static const char *const bad[] = {
        "{\"start\":1,\"end\":2", "{\"start\":1,\"end\":}",
        "{\"start\":1,\"end\":2]", "{\"start\":,\"end\":2}",
        "[{\"start\":1,\"end\":2}x]"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ws_json *v = NULL;
        CHECK(ws_json_parse(a, bad[i], strlen(bad[i]), &v, err, sizeof err) ==
                  -WS_EJSON,
              "bad span %zu accepted: %s", i, bad[i]);
    }
    ws_arena_free(a);
}

/* ws_json_parse_record() leaves a record's span lists as text; the
 * document read from it is the one the full parse gives, whatever the
 * spans hold (bad, out of range, overlapping, too long numbers), and a
 * list it cannot take as written is parsed in full. */
static void
test_record_lazy_spans(void)
{
    static const char *const recs[] = {
        /* as the stages write it: read lazily */
        "{\"id\":\"a\",\"text\":\"Ab cd. Ef\",\"paragraphs\":[{\"start\":0,"
        "\"end\":9}],\"sentences\":[{\"start\":0,\"end\":6},{\"start\":7,"
        "\"end\":9}],\"tokens\":[{\"start\":0,\"end\":2},{\"start\":3,\"end\":"
        "5},{\"start\":5,\"end\":6},{\"start\":7,\"end\":9}],\"versions\":{"
        "\"tokenize\":\"1\"}}",
        /* out of range, reversed, overlapping and 15-digit spans */
        "{\"text\":\"Ab cd\",\"sentences\":[{\"start\":0,\"end\":5}],"
        "\"tokens\":[{\"start\":0,\"end\":2},{\"start\":1,\"end\":2},{\"start\""
        ":4,\"end\":3},{\"start\":3,\"end\":99},{\"start\":3,\"end\":"
        "999999999999999},{\"start\":3,\"end\":5}],\"versions\":{\"tokenize\":"
        "\"1\"}}",
        /* white space inside: parsed in full */
        "{\"text\":\"Ab cd\",\"sentences\":[ {\"start\":0,\"end\":5}],"
        "\"tokens\":[{\"start\":0,\"end\":2}, {\"start\":3,\"end\":5}],"
        "\"versions\":{\"tokenize\":\"1\"}}",
        /* another member after the spans, a negative and a 16-digit one */
        "{\"text\":\"Ab cd\",\"sentences\":[{\"start\":0,\"end\":5}],"
        "\"tokens\":[{\"start\":0,\"end\":2},{\"start\":-1,\"end\":2},{"
        "\"start\":3,\"end\":1234567890123456},{\"start\":3,\"end\":5,\"x\":1}]"
        ",\"versions\":{\"tokenize\":\"1\"}}",
        /* spans under another name stay nodes */
        "{\"text\":\"Ab\",\"k\":[{\"start\":0,\"end\":2}]}",
    };
    char err[128];
    for (size_t i = 0; i < sizeof recs / sizeof recs[0]; i++) {
        ws_json *x = NULL, *y = NULL;
        ws_doc *dx = ws_doc_new(), *dy = ws_doc_new();
        int rx = ws_json_parse_record(dx->arena, recs[i], strlen(recs[i]), &x,
                                      err, sizeof err);
        int ry = ws_json_parse(dy->arena, recs[i], strlen(recs[i]), &y, err,
                               sizeof err);
        CHECK(rx == 0 && ry == 0, "record %zu parses: %s", i, err);
        if (rx == 0 && ry == 0) {
            const ws_json *t = ws_json_get(x, "tokens");
            if (i < 2)
                CHECK(ws_json_lazy_spans(t), "record %zu: tokens left as text",
                      i);
            CHECK(!ws_json_lazy_spans(ws_json_get(x, "k")) &&
                      !ws_json_lazy_spans(ws_json_get(y, "tokens")),
                  "record %zu: other lists and the full parse have nodes", i);
            ws_record_from_json(dx, x);
            ws_record_from_json(dy, y);
            ws_buf bx = {0}, by = {0};
            ws_record_write(&bx, dx);
            ws_record_write(&by, dy);
            CHECK(bx.len == by.len && memcmp(bx.buf, by.buf, bx.len) == 0 &&
                      dx->tokens.n == dy->tokens.n &&
                      dx->errors.n == dy->errors.n,
                  "record %zu read alike:\n%s\n%s", i, bx.buf, by.buf);
            for (int32_t k = 0; k < dx->tokens.n && k < dy->tokens.n; k++)
                CHECK(dx->tokens.v[k].flags == dy->tokens.v[k].flags &&
                          dx->tokens.v[k].sent == dy->tokens.v[k].sent,
                      "record %zu token %d", i, (int)k);
            ws_buf_free(&bx);
            ws_buf_free(&by);
        }
        ws_doc_free(dx);
        ws_doc_free(dy);
    }
    static const char *const bad[] = {
        "{\"text\":\"a\",\"tokens\":[{\"start\":0,\"end\":1}x]}",
        "{\"text\":\"a\",\"tokens\":[{\"start\":0,\"end\":1},]}",
        "{\"text\":\"a\",\"tokens\":[{\"start\":0,\"end\":1}"};
    ws_arena *a = ws_arena_new();
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ws_json *v = NULL;
        CHECK(ws_json_parse_record(a, bad[i], strlen(bad[i]), &v, err,
                                   sizeof err) == -WS_EJSON,
              "bad record %zu accepted", i);
    }
    ws_arena_free(a);
}

/* ws_json_parse_record() reads a span list's numbers of up to seven
 * digits eight bytes at a time when eight bytes of the line are left
 * from them, digit by digit otherwise: numbers of one to nine digits,
 * zeros among them, and the last ones close to the end of the line,
 * read back exactly (ws_json_span_nums()). */
static void
test_span_list_digits(void)
{
    static const char rec[] =
        "{\"tokens\":[{\"start\":0,\"end\":9},{\"start\":10,\"end\":"
        "1000005},{\"start\":2345678,\"end\":12345678},{\"start\":"
        "987654321,\"end\":100000000},{\"start\":4,\"end\":7}]}";
    static const uint32_t want[][2] = {{0, 9},
                                       {10, 1000005},
                                       {2345678, 12345678},
                                       {987654321, 100000000},
                                       {4, 7}};
    char err[128];
    ws_arena *a = ws_arena_new();
    ws_json *v = NULL;
    int rc = ws_json_parse_record(a, rec, sizeof rec - 1, &v, err, sizeof err);
    const ws_json *t = rc == 0 ? ws_json_get(v, "tokens") : NULL;
    CHECK(t != NULL && ws_json_lazy_spans(t) && t->n == 5,
          "five spans kept as a list of numbers");
    if (t != NULL && ws_json_lazy_spans(t) && t->n == 5) {
        const uint32_t *nu = ws_json_span_nums(t);
        for (size_t n = 0; n < 5; n++)
            CHECK(nu[2 * n] == want[n][0] && nu[2 * n + 1] == want[n][1],
                  "span %zu read as %u-%u", n, nu[2 * n], nu[2 * n + 1]);
    }
    ws_arena_free(a);
}

/* ws_arena_strndup() zeroes the bytes after the string up to the
 * alignment of the arena's allocations, as ws_arena_alloc() would, in
 * memory written before (the arena reset): every length up to three
 * alignment units. */
static void
test_arena_strndup_pads_zeros(void)
{
    const size_t align = sizeof(max_align_t);
    char src[256];
    memset(src, 'x', sizeof src);
    ws_arena *a = ws_arena_new();
    memset(ws_arena_alloc_raw(a, 4096), 0x5a, 4096);
    ws_arena_reset(a);
    for (size_t n = 0; n <= 3 * align && n < sizeof src; n++) {
        char *p = ws_arena_strndup(a, src, n);
        size_t pad = (n + align) / align * align, bad = 0;
        for (size_t k = 0; k < pad; k++)
            bad += p[k] != (k < n ? 'x' : '\0');
        CHECK(bad == 0, "strndup of %zu bytes: %zu bytes wrong", n, bad);
    }
    ws_arena_free(a);
}

static ws_doc *
read_one(const char *input, int *n_out, ws_doc **second)
{
    FILE *fp = fmemopen((void *)(uintptr_t)input, strlen(input), "r");
    ws_reader *r = ws_reader_new(fp, "t", 0);
    ws_doc *d = ws_doc_new(), *d2 = ws_doc_new();
    int n = 0;
    if (ws_reader_next(r, d) == 1)
        n++;
    if (ws_reader_next(r, d2) == 1)
        n++;
    ws_doc *d3 = ws_doc_new();
    while (ws_reader_next(r, d3) == 1)
        n++;
    ws_doc_free(d3);
    ws_reader_free(r);
    fclose(fp);
    *n_out = n;
    if (second)
        *second = d2;
    else
        ws_doc_free(d2);
    return d;
}

/* ws_doc_ensure_ids(), four hashes at once, gives each document the id
 * ws_doc_ensure_id() and ws_doc_set_text_id() (one hash) give it: texts
 * of every length to 200 bytes and some long ones, in batches of one to
 * nine with documents that have an id among them */
static void
test_doc_ensure_ids(void)
{
    enum { NLEN = 201 + 4, MAXB = 9 };
    static const size_t longs[] = {1000, 4099, 65536 + 7, 300001};
    size_t maxlen = longs[3];
    char *src = malloc(maxlen);
    for (size_t i = 0; i < maxlen; i++)
        src[i] = (char)(' ' + (i * 7 + i / 13) % 95);
    /* some UTF-8 (two-byte) in the text, byte by byte to the hash */
    for (size_t i = 5; i + 1 < maxlen; i += 37)
        src[i] = (char)0xC3, src[i + 1] = (char)0xA9;
    size_t len[NLEN];
    for (int i = 0; i < NLEN; i++)
        len[i] = i <= 200 ? (size_t)i : longs[i - 201];
    ws_doc *docs[MAXB], *one = ws_doc_new(), *fused = ws_doc_new();
    for (int b = 0; b < MAXB; b++)
        docs[b] = ws_doc_new();
    int bad = 0;
    for (int nb = 1; nb <= MAXB; nb++) {
        for (int at = 0; at < NLEN; at += nb) {
            int n = at + nb <= NLEN ? nb : NLEN - at;
            for (int b = 0; b < n; b++) {
                /* start the text inside a two-byte character: never */
                size_t off = (size_t)(at + b) % 3, l = len[at + b];
                if (off + l > maxlen)
                    off = 0;
                while (off > 0 && ((unsigned char)src[off] & 0xC0) == 0x80)
                    off--;
                ws_doc_reset(docs[b]);
                ws_doc_set_text(docs[b], src + off, l);
                if ((at + b) % 5 == 4)
                    docs[b]->id = "given";
            }
            ws_doc_ensure_ids(docs, n);
            for (int b = 0; b < n; b++) {
                ws_doc_reset(one);
                ws_doc_set_text(one, docs[b]->text, docs[b]->len);
                ws_doc_ensure_id(one);
                ws_doc_reset(fused);
                ws_doc_set_text_id(fused, docs[b]->text, docs[b]->len);
                const char *want = (at + b) % 5 == 4 ? "given" : one->id;
                bad += docs[b]->id == NULL || strcmp(docs[b]->id, want) != 0 ||
                       strcmp(fused->id, one->id) != 0;
            }
        }
    }
    CHECK(bad == 0, "ensure_ids: %d ids differ from ensure_id's", bad);
    for (int b = 0; b < MAXB; b++)
        ws_doc_free(docs[b]);
    ws_doc_free(one);
    ws_doc_free(fused);
    free(src);
}

/* The ids of input read with ws_reader_defer_ids() and then
 * ws_doc_ensure_ids() over the batch are those read one at a time,
 * with the bad documents among them (invalid UTF-8, over the limit,
 * broken JSON, an id given) */
static void
test_reader_defer_ids(void)
{
    static const char *const inputs[] = {
        " date 2022-01-14 Head one\n\nMOSCOW (Sputnik) Text one.\n"
        " date 2022-01-15 Head two\n\nKYIV (Ukrinform) - Bad \xff\xfe text.\n"
        " date 2022-01-16 Head three\n\nROME (AP) - "
        "A text over the limit of two hundred bytes, a text over the limit "
        "of two hundred bytes, a text over the limit of two hundred bytes, "
        "a text over the limit of two hundred bytes.\n"
        " date 2022-01-17 Head four\n\nPARIS (AFP) - Last.\n",
        "{\"id\":\"given-1\",\"text\":\"One.\"}\n"
        "{\"text\":\"Two, no id.\"}\n"
        "{\"text\":\"broken\n"
        "{\"text\":\"Bad \xff byte.\"}\n"
        "{\"text\":\"A text over the limit of two hundred bytes, a text over "
        "the limit of two hundred bytes, a text over the limit of two hundred "
        "bytes, a text over the limit of two hundred bytes.\"}\n"
        "{\"text\":\"\"}\n"
        "{\"text\":\"Last"};
    enum { MAXD = 16 };
    for (size_t k = 0; k < sizeof inputs / sizeof inputs[0]; k++) {
        ws_doc *a[MAXD], *b[MAXD];
        int na = 0, nb = 0;
        for (int defer = 0; defer < 2; defer++) {
            ws_doc **docs = defer ? b : a;
            int *n = defer ? &nb : &na;
            FILE *fp =
                fmemopen((void *)(uintptr_t)inputs[k], strlen(inputs[k]), "r");
            ws_reader *r = ws_reader_new(fp, "t", 200);
            if (defer)
                ws_reader_defer_ids(r);
            for (;;) {
                docs[*n] = ws_doc_new();
                if (*n + 1 == MAXD || ws_reader_next(r, docs[*n]) != 1)
                    break;
                ++*n;
            }
            ws_doc_free(docs[*n]);
            if (defer)
                ws_doc_ensure_ids(docs, *n);
            ws_reader_free(r);
            fclose(fp);
        }
        CHECK(na == nb && na >= 4, "input %zu: %d and %d documents", k, na, nb);
        int bad = 0, errs = 0;
        for (int i = 0; i < na && i < nb; i++) {
            bad += a[i]->id == NULL || b[i]->id == NULL ||
                   strcmp(a[i]->id, b[i]->id) != 0;
            errs += a[i]->errors.n != b[i]->errors.n;
        }
        CHECK(bad == 0 && errs == 0, "input %zu: %d ids, %d errors differ", k,
              bad, errs);
        for (int i = 0; i < na; i++)
            ws_doc_free(a[i]);
        for (int i = 0; i < nb; i++)
            ws_doc_free(b[i]);
    }
}

static void
test_reader(void)
{
    int n;
    ws_doc *d2;
    /* two articles glued by cat (no final newline) */
    ws_doc *d = read_one(
        " date 2022-01-14 Head one\n\nMOSCOW (UrduPoint News / Sputnik - 14th "
        "January, 2022) Text one. It ended four years. date 2023-03-09 Head "
        "two\n\nKYIV (Ukrinform) - Text two.",
        &n, &d2);
    CHECK(n == 2, "glued: %d articles", n);
    CHECK(strcmp(d->text + d->len - 11, "four years.") == 0, "first ends: %s",
          d->text);
    CHECK(d->date && strcmp(d->date, "2022-01-14") == 0, "date");
    CHECK(d->title && strcmp(d->title, "Head one") == 0, "title");
    CHECK(d->place && strcmp(d->place, "MOSCOW") == 0, "place");
    CHECK(d->source && strcmp(d->source, "UrduPoint News / Sputnik") == 0,
          "source %s", d->source ? d->source : "(null)");
    CHECK(d->dateline_date && strcmp(d->dateline_date, "2022-01-14") == 0,
          "dateline date");
    CHECK(strncmp(d2->text, " date 2023-03-09 Head two", 25) == 0,
          "second starts: %s", d2->text);
    CHECK(d2->source && strcmp(d2->source, "Ukrinform") == 0, "source 2");
    ws_doc_free(d);
    ws_doc_free(d2);
    /* dateline_abbrev_dot_dropped_place: the full stop of "Sept." was taken
     * for a sentence end, and the dateline gave no place */
    d = read_one(" date 2024-09-14 H\n\nLONDON, Sept. 14 (Reuters) - Text.", &n,
                 NULL);
    CHECK(d->place && strcmp(d->place, "LONDON") == 0, "abbreviated month: %s",
          d->place ? d->place : "(null)");
    CHECK(d->source && strcmp(d->source, "Reuters") == 0, "its source");
    ws_doc_free(d);
    d = read_one(" date 2024-09-14 H\n\nHe left. (Reuters) - Text.", &n, NULL);
    CHECK(d->place == NULL, "a sentence before the parenthesis is no place");
    ws_doc_free(d);
    /* leading spaces and blank lines; header on its own */
    d = read_one("\n\n   date 2021-05-05 Title\nBody.\n\n", &n, NULL);
    CHECK(n == 1 && strcmp(d->text, "   date 2021-05-05 Title\nBody.") == 0,
          "leading spaces: %d '%s'", n, d->text);
    ws_doc_free(d);
    /* a date in running text that does not follow a sentence end */
    d = read_one("date 2021-05-05 T\n\nOn date 2020-01-01 nothing.", &n, NULL);
    CHECK(n == 1, "no false split: %d", n);
    ws_doc_free(d);
    /* headerless stream: one document */
    d = read_one("Plain text.\nMore text.\n", &n, NULL);
    CHECK(n == 1 && d->date == NULL, "headerless");
    ws_doc_free(d);
    /* JSON Lines with meta and unknown members kept */
    d = read_one("{\"id\":\"x1\",\"text\":\"Caf\\u0065\\u0301 ok\",\"lang\":"
                 "\"fr\",\"meta\":{\"source\":\"AFP\",\"k\":[1]},\"z\":{}}\n\n"
                 "{\"text\":\"b\"}",
                 &n, NULL);
    CHECK(n == 2, "jsonl docs %d", n);
    CHECK(strcmp(d->id, "x1") == 0 && strcmp(d->lang, "fr") == 0, "id lang");
    CHECK(strcmp(d->text, "Caf\xc3\xa9 ok") == 0 && d->ncp == 7,
          "NFC applied: %s ncp %d", d->text, d->ncp);
    ws_buf b = {0};
    ws_record_write(&b, d);
    CHECK(strstr(b.buf, "\"z\":{}") && strstr(b.buf, "\"k\":[1]") &&
              strstr(b.buf, "\"source\":\"AFP\""),
          "passthrough: %s", b.buf);
    ws_buf_free(&b);
    ws_doc_free(d);
}

/* Lines of lengths around and above the reader's 64 KiB block and line
 * buffer, a raw NUL inside a line, CRLF and no final newline: every record
 * comes out whole, from a stream with a descriptor (read) and one without
 * (fmemopen, fread). */
static void
test_reader_blocks(void)
{
    static const size_t lens[] = {1,      65000, 65515,  65516, 65517, 65535,
                                  131050, 70000, 200000, 3,     65600};
    size_t nl = sizeof lens / sizeof lens[0];
    ws_buf in = {0};
    for (size_t i = 0; i < nl; i++) {
        char head[64];
        int hn = snprintf(head, sizeof head, "{\"id\":\"r%zu\",\"text\":\"", i);
        ws_buf_put(&in, head, (size_t)hn);
        for (size_t k = 0; k < lens[i]; k++)
            ws_buf_put(&in, k % 7 == 6 ? " " : "ab" + (k & 1), 1);
        ws_buf_put(&in, i % 3 == 1 ? "\"}\r\n" : "\"}\n", i % 3 == 1 ? 4 : 3);
    }
    /* a raw NUL inside a record, then a last line without a newline */
    ws_buf_put(&in, "{\"id\":\"z\",\"text\":\"a\0b\"}\n", 24);
    ws_buf_put(&in, "{\"id\":\"last\",\"text\":\"end\"}", 26);
    for (int mode = 0; mode < 2; mode++) {
        FILE *fp;
        if (mode == 0) {
            fp = fmemopen(in.buf, in.len, "rb");
        } else {
            fp = tmpfile();
            if (fp != NULL) {
                fwrite(in.buf, 1, in.len, fp);
                rewind(fp);
            }
        }
        CHECK(fp != NULL, "reader blocks: mode %d: no stream", mode);
        if (fp == NULL)
            continue;
        CHECK((fileno(fp) >= 0) == (mode == 1), "mode %d fileno", mode);
        ws_reader *r = ws_reader_new(fp, "t", (size_t)1 << 20);
        ws_doc *d = ws_doc_new();
        size_t n = 0;
        int rc;
        while ((rc = ws_reader_next(r, d)) == 1) {
            if (n < nl) {
                int good = d->len == lens[n] && d->input_line == (long)n + 1;
                for (size_t k = 0; good && k < d->len; k++)
                    good = d->text[k] == (k % 7 == 6 ? ' ' : "ab"[k & 1]);
                CHECK(good, "mode %d record %zu: %zu bytes for %zu", mode, n,
                      d->len, lens[n]);
            } else if (n == nl) {
                CHECK(d->len == 0 && d->errors.n > 0 &&
                          strcmp(d->id, "t:12") == 0,
                      "mode %d NUL line: id %s len %zu", mode, d->id, d->len);
            } else {
                CHECK(strcmp(d->id, "last") == 0 && strcmp(d->text, "end") == 0,
                      "mode %d last line: %s", mode, d->text);
            }
            n++;
        }
        CHECK(rc == 0 && n == nl + 2, "mode %d: rc %d, %zu records", mode, rc,
              n);
        CHECK(ws_reader_error(r) == 0, "mode %d: read error", mode);
        ws_doc_free(d);
        ws_reader_free(r);
        fclose(fp);
    }
    ws_buf_free(&in);
}

static void
test_offsets(void)
{
    ws_doc *d = ws_doc_new();
    const char *t = "a\xc3\xa9\xe2\x80\x9c\xf0\x9f\x98\x80z"; /* aé“😀z */
    ws_doc_set_text(d, t, strlen(t));
    CHECK(d->ncp == 5, "ncp %d", d->ncp);
    CHECK(ws_doc_byte(d, 3) == 6 && ws_doc_cp(d, 6) == 3, "cp<->byte");
    CHECK(ws_doc_byte(d, 5) == (int32_t)d->len, "end");
    CHECK(strcmp(ws_doc_slice(d, 1, 3), "\xc3\xa9\xe2\x80\x9c") == 0, "slice");
    ws_doc_reset(d);
    ws_doc_set_text(d, "ab\xff\xc0\x80z", 6);
    CHECK(d->errors.n == 1 && d->errors.v[0].code == WS_EUTF8,
          "invalid utf8 reported");
    CHECK(d->ncp == 6, "replacements: %d", d->ncp);
    ws_doc_free(d);
}

/* ws_doc_tok_at (a search without branches) answers what a scan over the
 * tokens answers: the first token whose start is at or after cp (end 0)
 * or whose end is after cp (end 1), for token lists of every length up
 * to 40 with gaps and every cp around them. */
static void
test_tok_at_matches_scan(void)
{
    ws_doc *d = ws_doc_new();
    int bad = 0;
    for (int n = 0; n <= 40 && bad < 3; n++) {
        d->tokens.n = 0;
        for (int i = 0, at = 0; i < n; i++) {
            ws_token *t = WS_PUSH(d->tokens);
            t->start = at;
            t->end = at + 1 + i % 3;
            at = t->end + i % 2;
        }
        int32_t last = n ? d->tokens.v[n - 1].end : 0;
        for (int end = 0; end < 2; end++)
            for (int32_t cp = -1; cp <= last + 2; cp++) {
                int32_t want = 0;
                while (want < n && (end ? d->tokens.v[want].end
                                        : d->tokens.v[want].start + 1) <= cp)
                    want++;
                int32_t got = ws_doc_tok_at(d, cp, end);
                bad += got != want;
                CHECK(got == want, "%d tokens, cp %d, end %d: %d, not %d", n,
                      cp, end, got, want);
            }
    }
    ws_doc_free(d);
}

/* ws_buf_int writes in place what printf writes, for numbers of every
 * length and sign (the offsets' two and four digit paths and the
 * general one), after text already in the buffer. */
static void
test_buf_int_every_length(void)
{
    long long v = 1;
    int ok = 1;
    for (int len = 1; len <= 19 && ok; len++) {
        if (len > 1)
            v *= 10; /* 10^(len - 1) */
        for (int sign = 0; sign < 2 && ok; sign++)
            for (long long d = -1; d <= 1 && ok; d++) {
                long long x = (sign ? -v : v) + d;
                char want[32];
                snprintf(want, sizeof want, "[%lld]", x);
                ws_buf b = {0};
                ws_buf_putc(&b, '[');
                ws_buf_int(&b, x);
                ws_buf_putc(&b, ']');
                ok = b.buf != NULL && strcmp(b.buf, want) == 0;
                CHECK(ok, "ws_buf_int %lld: %s", x, b.buf ? b.buf : "(null)");
                ws_buf_free(&b);
            }
    }
    char want[32];
    ws_buf b = {0};
    ws_buf_int(&b, INT64_MIN);
    snprintf(want, sizeof want, "%lld", (long long)INT64_MIN);
    CHECK(b.buf != NULL && strcmp(b.buf, want) == 0, "ws_buf_int min: %s",
          b.buf ? b.buf : "(null)");
    ws_buf_free(&b);
}

/* The eight-byte ASCII steps of ws_doc_index, ws_utf8_invalid_at and
 * ws_hash64 (and ws_doc_set_text_id's hash in the index's pass) give what
 * a byte at a time gives, whatever the alignment of the non-ASCII
 * character, the invalid byte and the text's length. */
static void
test_offsets_ascii_runs(void)
{
    ws_doc *d = ws_doc_new(), *d2 = ws_doc_new();
    char t[64];
    for (int len = 0; len <= 40; len++) {
        for (int at = 0; at <= len; at++) {
            /* len ASCII bytes with "é" inserted at byte at */
            int n = 0;
            for (int i = 0; i < len; i++) {
                if (i == at)
                    n += sprintf(t + n, "\xc3\xa9");
                t[n++] = (char)('a' + i % 26);
            }
            if (at == len)
                n += sprintf(t + n, "\xc3\xa9");
            ws_doc_reset(d);
            ws_doc_set_text(d, t, (size_t)n);
            CHECK(d->ncp == len + 1, "len %d at %d: ncp %d", len, at, d->ncp);
            int ok = 1;
            for (int cp = 0; cp <= len + 1; cp++) {
                int32_t want = cp <= at ? cp : cp + 1;
                if (ws_doc_byte(d, cp) != (cp >= len + 1 ? n : want))
                    ok = 0;
            }
            CHECK(ok, "len %d at %d: cp->byte", len, at);
            /* the id: FNV-1a 64 of the bytes */
            uint64_t h = 0xcbf29ce484222325ULL;
            for (int i = 0; i < n; i++)
                h = (h ^ (unsigned char)t[i]) * 0x100000001b3ULL;
            CHECK(ws_hash64(t, (size_t)n) == h, "len %d at %d: hash", len, at);
            /* the reader's ws_doc_set_text_id: the same offsets, and the
             * id from the hash made in the index's pass */
            char want_id[24];
            snprintf(want_id, sizeof want_id, "doc-%016llx",
                     (unsigned long long)h);
            ws_doc_reset(d2);
            CHECK(ws_doc_set_text_id(d2, t, (size_t)n) == 0 && d2->id != NULL &&
                      strcmp(d2->id, want_id) == 0,
                  "len %d at %d: id %s, want %s", len, at,
                  d2->id ? d2->id : "(null)", want_id);
            ok = d2->ncp == d->ncp;
            for (int cp = 0; ok && cp <= len + 1; cp++)
                ok = ws_doc_byte(d2, cp) == ws_doc_byte(d, cp);
            CHECK(ok, "len %d at %d: set_text_id's offsets", len, at);
            /* len + 1 ASCII bytes with an invalid byte at at */
            for (int i = 0; i <= len; i++)
                t[i] = i == at ? (char)0xff : 'a';
            CHECK(ws_utf8_invalid_at(t, (size_t)len + 1) == at,
                  "len %d: invalid byte at %d", len, at);
            CHECK(ws_utf8_invalid_at(t, (size_t)at) == -1,
                  "len %d: the %d bytes before it are valid", len, at);
        }
    }
    ws_doc_free(d);
    ws_doc_free(d2);
}

/* The well-formed UTF-8 byte sequences of Unicode's table 3-7: the code
 * point of the one at s (n bytes), its length in *len; -1 when none. */
static int32_t
ref_decode(const unsigned char *s, size_t n, size_t *len)
{
    static const struct {
        unsigned char lo, hi, lo1, hi1; /* lead range, second byte range */
        int n;
    } t[] = {{0x00, 0x7F, 0, 0, 1},       {0xC2, 0xDF, 0x80, 0xBF, 2},
             {0xE0, 0xE0, 0xA0, 0xBF, 3}, {0xE1, 0xEC, 0x80, 0xBF, 3},
             {0xED, 0xED, 0x80, 0x9F, 3}, {0xEE, 0xEF, 0x80, 0xBF, 3},
             {0xF0, 0xF0, 0x90, 0xBF, 4}, {0xF1, 0xF3, 0x80, 0xBF, 4},
             {0xF4, 0xF4, 0x80, 0x8F, 4}};
    for (size_t k = 0; k < sizeof t / sizeof t[0]; k++) {
        if (n == 0 || s[0] < t[k].lo || s[0] > t[k].hi)
            continue;
        if ((size_t)t[k].n > n)
            return -1;
        if (t[k].n == 1) {
            *len = 1;
            return s[0];
        }
        if (s[1] < t[k].lo1 || s[1] > t[k].hi1)
            return -1;
        int32_t cp = s[0] & (0xFF >> (t[k].n + 1));
        for (int j = 1; j < t[k].n; j++) {
            if (j > 1 && (s[j] & 0xC0) != 0x80)
                return -1;
            cp = (cp << 6) | (s[j] & 0x3F);
        }
        *len = (size_t)t[k].n;
        return cp;
    }
    return -1;
}

/* ws_utf8_decode (inline for one and two bytes, three bytes of its own,
 * utf8proc for the rest) decodes every sequence of one to three bytes as
 * table 3-7 does, and four-byte ones with every lead byte, whole and cut
 * short: the code point and the bytes it advances. */
static void
test_utf8_decode_every_sequence(void)
{
    unsigned char b[5] = {0};
    long bad = 0;
    for (unsigned x = 0; x < 256; x++)
        for (unsigned y = 0; y < 256; y++)
            for (unsigned z = 0; z < 256; z++) {
                /* the fourth byte: a continuation byte, or not */
                if (x < 0xE0 && z > 0)
                    break;
                b[0] = (unsigned char)x;
                b[1] = (unsigned char)y;
                b[2] = (unsigned char)z;
                b[3] = (unsigned char)(x >= 0xF0 && (z & 1) ? 0x41 : 0xA5);
                for (size_t n = 1; n <= 4; n++) {
                    size_t rl = 1, i = 0;
                    int32_t want = ref_decode(b, n, &rl);
                    int32_t got = ws_utf8_decode((const char *)b, n, &i);
                    if (got != want || i != (want < 0 ? 1 : rl)) {
                        if (bad++ < 5)
                            CHECK(0,
                                  "%02x %02x %02x %02x (%zu bytes): %ld "
                                  "after %zu, want %ld after %zu",
                                  x, y, z, b[3], n, (long)got, i, (long)want,
                                  want < 0 ? (size_t)1 : rl);
                    }
                }
            }
    CHECK(bad == 0, "%ld sequences decoded wrongly", bad);
    /* from an offset, and at the end of the text */
    const char *s = "a\xc3\xa9\xe2\x80\x94\xf0\x9f\x98\x80";
    size_t i = 1, n = strlen(s);
    CHECK(ws_utf8_decode(s, n, &i) == 0xE9 && i == 3, "é");
    CHECK(ws_utf8_decode(s, n, &i) == 0x2014 && i == 6, "dash");
    CHECK(ws_utf8_decode(s, n, &i) == 0x1F600 && i == 10, "emoji");
    CHECK(ws_utf8_decode(s, n, &i) == -1 && i == 11, "end of text");
}

/* A released document (a free slot of whosaid run's ring) holds no
 * memory and is as good as new: the same text gives the same offsets and
 * errors, and its arena hands out memory again. */
static void
test_doc_release_reuse(void)
{
    ws_doc *d = ws_doc_new();
    const char *t = "a\xc3\xa9\xe2\x80\x9c\xf0\x9f\x98\x80z\xff";
    for (int round = 0; round < 3; round++) {
        ws_doc_set_text(d, t, strlen(t));
        CHECK(d->ncp == 6 && d->errors.n == 1, "round %d: ncp %d errors %d",
              round, d->ncp, d->errors.n);
        CHECK(ws_doc_byte(d, 3) == 6, "round %d: cp->byte", round);
        char *p = ws_arena_alloc(d->arena, 200000);
        CHECK(p != NULL, "round %d: arena", round);
        if (p != NULL)
            memset(p, 'x', 200000);
        ws_doc_release(d);
        CHECK(d->tokens.v == NULL && d->errors.v == NULL && d->cp2b.cap == 0,
              "round %d: nothing kept", round);
    }
    ws_doc_free(d);
}

static void
test_map_fold_lex(void)
{
    ws_map *m = ws_map_new();
    char k[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(k, sizeof k, "k%d", i);
        ws_map_put(m, k, strlen(k), (void *)(intptr_t)(i + 1));
    }
    int ok = 1;
    for (int i = 0; i < 5000; i++) {
        snprintf(k, sizeof k, "k%d", i);
        ok &= ws_map_get(m, k, strlen(k)) == (void *)(intptr_t)(i + 1);
    }
    CHECK(ok && ws_map_count(m) == 5000, "map");
    ws_map_free(m);
    char buf[64];
    ws_utf8_fold("ÜBER Straße ŁÓDŹ", strlen("ÜBER Straße ŁÓDŹ"), buf,
                 sizeof buf);
    CHECK(strcmp(buf, "über strasse łódź") == 0, "fold: %s", buf);

    char path[] = "/tmp/ws-lex-XXXXXX";
    int fd = mkstemp(path);
    FILE *fp = fdopen(fd, "w");
    fputs("# test\nsaid\tspeech\naccording to\taccording\nзасуд*\tcondemn\n"
          "Foreign Ministry\tgov\n",
          fp);
    fclose(fp);
    char err[256];
    ws_lex *lx = ws_lex_load(path, err, sizeof err);
    CHECK(lx != NULL && ws_lex_size(lx) == 4, "lexicon loaded");
    if (lx) {
        CHECK(ws_lex_word(lx, "said", 4) &&
                  strcmp(ws_lex_word(lx, "said", 4), "speech") == 0,
              "word");
        const char *v = ws_lex_word(lx, "засудив", strlen("засудив"));
        CHECK(v && strcmp(v, "condemn") == 0, "prefix entry");
        CHECK(ws_lex_word(lx, "foreign", 7) == NULL, "no partial phrase");
    }
    ws_lex_free(lx);
    remove(path);
    CHECK(ws_lex_load("/nonexistent/x.tsv", err, sizeof err) == NULL &&
              strstr(err, "No such file"),
          "missing lexicon: %s", err);
}

/* The JSON string writer scans eight bytes at a time: every byte that
 * needs an escape, at every position of a word, is still escaped (a
 * reference byte-by-byte writer gives the expected text). */
static void
test_jstr_every_position(void)
{
    const char special[] = {'"', '\\', '\n', '\x01', '\x1f', '\t'};
    const char *plain = "abcdefghijklmnopqrstu\xc3\xa9vwxyz ABCDEFGHIJKLMNOPQR";
    int ok = 1;
    /* warm: the buffer has room before the call (the short-string path
     * writes in place only then); pos == len: no byte to escape */
    for (int warm = 0; warm < 2; warm++)
        for (size_t k = 0; k < sizeof special; k++)
            for (size_t len = 1; len <= 40 && ok; len++)
                for (size_t pos = 0; pos <= len && ok; pos++) {
                    char in[48], want[256];
                    size_t wl = 0;
                    want[wl++] = '"';
                    for (size_t i = 0; i < len; i++) {
                        in[i] = i == pos ? special[k] : plain[i];
                        unsigned char c = (unsigned char)in[i];
                        if (c == '"' || c == '\\') {
                            want[wl++] = '\\';
                            want[wl++] = (char)c;
                        } else if (c == '\n') {
                            memcpy(want + wl, "\\n", 2);
                            wl += 2;
                        } else if (c == '\t') {
                            memcpy(want + wl, "\\t", 2);
                            wl += 2;
                        } else if (c < 0x20) {
                            wl += (size_t)snprintf(want + wl, 7, "\\u%04x", c);
                        } else {
                            want[wl++] = (char)c;
                        }
                    }
                    want[wl++] = '"';
                    want[wl] = '\0';
                    ws_buf b = {0};
                    if (warm) {
                        char pad[300];
                        memset(pad, 'p', sizeof pad);
                        ws_buf_put(&b, pad, sizeof pad);
                        b.len = 0;
                    }
                    ws_buf_jstr(&b, in, len);
                    ok = b.buf != NULL && strcmp(b.buf, want) == 0;
                    CHECK(ok, "jstr byte %zu at %zu of %zu (warm %d): %s", k,
                          pos, len, warm, b.buf ? b.buf : "(null)");
                    ws_buf_free(&b);
                }
}

/* ws_lex_word in a lexicon without prefix patterns answers the exact
 * one-word entries alone (a word sharing an entry's first two bytes, or
 * the first word of a phrase, is none), and a lexicon with one prefix
 * pattern still finds it, from one byte of the pattern's stem to many;
 * ws_lex_word_h with the hashes given agrees with ws_lex_word. */
static void
test_lex_word_without_prefix_patterns(void)
{
    static const char *const text[2] = {
        "she\tf\nshed\tx\nher own\tpf\nhim\tm\n",
        "she\tf\nher own\tpf\nhim\tm\nhe*\tpat\n"};
    static const char *const words[] = {"she", "shed", "sh",  "her",
                                        "him", "hi",   "he",  "hers",
                                        "s",   "h",    "own", "her own"};
    /* the answers of each lexicon (NULL: none) */
    static const char *const want[2][12] = {
        {"f", "x", NULL, NULL, "m", NULL, NULL, NULL, NULL, NULL, NULL, "pf"},
        {"f", NULL, NULL, "pat", "m", NULL, "pat", "pat", NULL, NULL, NULL,
         "pf"}};
    for (int l = 0; l < 2; l++) {
        char path[] = "/tmp/ws-lexnp-XXXXXX";
        int fd = mkstemp(path);
        FILE *fp = fdopen(fd, "w");
        fputs(text[l], fp);
        fclose(fp);
        char err[256];
        ws_lex *lx = ws_lex_load(path, err, sizeof err);
        remove(path);
        CHECK(lx != NULL, "lexicon %d loaded: %s", l, err);
        if (lx == NULL)
            continue;
        for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
            size_t n = strlen(words[i]);
            const char *v = ws_lex_word(lx, words[i], n);
            const char *vh =
                ws_lex_word_h(lx, words[i], n, ws_map_hash(words[i], n),
                              ws_map_hash(words[i], n < 2 ? n : 2));
            int ok = want[l][i] == NULL
                         ? v == NULL
                         : v != NULL && strcmp(v, want[l][i]) == 0;
            CHECK(ok && v == vh, "lexicon %d, %s: %s", l, words[i],
                  v ? v : "(none)");
        }
        ws_lex_free(lx);
    }
}

/* ws_lex_has_attr names whole words of a value only: not a prefix,
 * not a longer word, not an empty word nor one with a space. */
static void
test_lex_has_attr_words(void)
{
    CHECK(ws_lex_has_attr("speech past", "speech") == 1, "first word");
    CHECK(ws_lex_has_attr("speech past", "past") == 1, "last word");
    CHECK(ws_lex_has_attr("  speech   past  ", "past") == 1, "spaces");
    CHECK(ws_lex_has_attr("speech past", "pas") == 0, "a prefix");
    CHECK(ws_lex_has_attr("speech pas", "past") == 0, "a longer word");
    CHECK(ws_lex_has_attr("speech past", "speech past") == 0, "two words");
    CHECK(ws_lex_has_attr("speech", "") == 0, "the empty word");
    CHECK(ws_lex_has_attr("", "speech") == 0, "an empty value");
    CHECK(ws_lex_has_attr(NULL, "speech") == 0, "no value");
}

/* ws_lex_values_may_have never says no to a word of a value: every word
 * of every value of each language's stance-skip lexicon (stance skips
 * its source-phrase pass on a no), and of a small lexicon, is a yes; a
 * lexicon of none is a no. */
static void
test_lex_values_may_have_no_false_no(void)
{
    static const char *const langs[] = {"en", "de", "fr", "pl", "ru", "uk"};
    for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
        char path[512], err[256], line[1024];
        snprintf(path, sizeof path, "%s/%s/stance-skip.tsv", WS_MODELDIR,
                 langs[l]);
        ws_lex *lx = ws_lex_load(path, err, sizeof err);
        FILE *fp = fopen(path, "r");
        CHECK(lx != NULL && fp != NULL, "%s loaded: %s", path, err);
        int words = 0;
        char bad[64] = "";
        while (lx != NULL && fp != NULL && fgets(line, sizeof line, fp)) {
            char *tab = strchr(line, '\t');
            if (line[0] == '#' || tab == NULL)
                continue;
            for (char *w = strtok(tab + 1, " \r\n"); w != NULL;
                 w = strtok(NULL, " \r\n")) {
                words++;
                if (!ws_lex_values_may_have(lx, w) && bad[0] == '\0')
                    snprintf(bad, sizeof bad, "%s", w);
            }
        }
        CHECK(words > 0 && bad[0] == '\0', "%s: %d value words, a no for %s",
              langs[l], words, bad);
        if (fp != NULL)
            fclose(fp);
        ws_lex_free(lx);
    }
    char path[] = "/tmp/ws-lexvs-XXXXXX";
    int fd = mkstemp(path);
    FILE *fp = fdopen(fd, "w");
    fputs("by\tsrcprep\nsaid\tspeech  past\n", fp);
    fclose(fp);
    char err[256];
    ws_lex *lx = ws_lex_load(path, err, sizeof err);
    remove(path);
    CHECK(lx != NULL, "small lexicon loaded: %s", err);
    CHECK(ws_lex_values_may_have(lx, "srcprep") &&
              ws_lex_values_may_have(lx, "speech") &&
              ws_lex_values_may_have(lx, "past"),
          "small lexicon's value words");
    ws_lex_free(lx);
    CHECK(ws_lex_values_may_have(NULL, "srcprep") == 0, "no lexicon");
}

/* The key pools start small and double: keys of every size (one
 * longer than the largest pool) are all kept, before and after the pools
 * reach their largest size. */
static void
test_map_key_pools_grow(void)
{
    ws_map *m = ws_map_new();
    enum { BIG = 70000 };
    char *big = malloc(BIG + 1);
    CHECK(m != NULL && big != NULL, "setup");
    if (m == NULL || big == NULL) {
        ws_map_free(m);
        free(big);
        return;
    }
    memset(big, 'x', BIG);
    big[BIG] = '\0';
    char k[600];
    int ok = 1;
    for (int i = 0; i < 3000; i++) {
        size_t n = (size_t)(i % 500) + 1; /* 1 to 500 bytes */
        memset(k, 'a' + i % 26, n);
        n += (size_t)snprintf(k + n, sizeof k - n, "#%d", i);
        ok &= ws_map_put(m, k, n, (void *)(intptr_t)(i + 1)) == 0;
        if (i == 5)
            ok &= ws_map_put(m, big, BIG, (void *)(intptr_t)-1) == 0;
    }
    CHECK(ok, "puts");
    for (int i = 0; i < 3000; i++) {
        size_t n = (size_t)(i % 500) + 1;
        memset(k, 'a' + i % 26, n);
        n += (size_t)snprintf(k + n, sizeof k - n, "#%d", i);
        ok &= ws_map_get(m, k, n) == (void *)(intptr_t)(i + 1);
    }
    ok &= ws_map_get(m, big, BIG) == (void *)(intptr_t)-1;
    ok &= ws_map_get(m, big, BIG - 1) == NULL;
    CHECK(ok && ws_map_count(m) == 3001, "every key kept (%zu)",
          ws_map_count(m));
    ws_map_free(m);
    free(big);
}

/* ws_map_get_h with ws_map_hash gives what ws_map_get gives, in small
 * (half-full) and large tables. */
static void
test_map_hashed(void)
{
    ws_map *m = ws_map_new();
    char k[32];
    int ok = 1;
    for (int i = 0; i < 100000; i++) {
        snprintf(k, sizeof k, "w%d", i * 7);
        ws_map_put(m, k, strlen(k), (void *)(intptr_t)(i + 1));
        if (i == 100 || i == 99999)
            for (int j = 0; j <= i * 7 + 6; j++) {
                snprintf(k, sizeof k, "w%d", j);
                size_t n = strlen(k);
                ok &= ws_map_get_h(m, k, n, ws_map_hash(k, n)) ==
                      ws_map_get(m, k, n);
                ok &=
                    (ws_map_get(m, k, n) != NULL) == (j % 7 == 0 && j <= i * 7);
            }
    }
    CHECK(ok, "hashed lookups");
    ws_map_free(m);
}

/* ws_map_hash reads a key's last 1-7 bytes with overlapping loads: its
 * values are those of the definition, eight bytes at a time then the rest
 * as a little-endian number, for every length and byte value (a high
 * byte, or one in two loads, must not be counted twice). */
static uint64_t
map_mix_ref(uint64_t h)
{
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ULL;
    h ^= h >> 32;
    return h;
}

static uint64_t
map_hash_ref(const unsigned char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)n * 0xff51afd7ed558ccdULL);
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t v = 0;
        for (int i = 7; i >= 0; i--)
            v = v << 8 | s[i];
        h = map_mix_ref(h ^ v) + 0x9E3779B97F4A7C15ULL;
    }
    uint64_t v = 0;
    for (size_t i = n; i > 0; i--)
        v = v << 8 | s[i - 1];
    return map_mix_ref(map_mix_ref(h ^ v));
}

static void
test_map_hash_tail_bytes(void)
{
    unsigned char k[40];
    int ok = 1;
    uint32_t x = 12345;
    for (int it = 0; it < 20000; it++) {
        size_t n = (size_t)it % 33;
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            k[i] = (unsigned char)(x >> 16);
        }
        ok &= ws_map_hash((const char *)k, n) == map_hash_ref(k, n);
    }
    CHECK(ok, "ws_map_hash equals its byte-by-byte definition");
    /* two keys that differ only in one tail byte hash differently */
    CHECK(ws_map_hash("abcde", 5) != ws_map_hash("abcdf", 5) &&
              ws_map_hash("ab", 2) != ws_map_hash("ac", 2),
          "tail bytes count");
}

/* The worker's word caches are dropped when full: the answers stay the
 * same, and a stem handed out just before a drop is still readable. */
static void
test_word_cache_drop(void)
{
    char err[256];
    ws_models *m = ws_models_open(NULL, err, sizeof err);
    CHECK(m != NULL, "models: %s", err);
    if (m == NULL)
        return;
    ws_worker *w = ws_worker_new(m), *fresh = ws_worker_new(m);
    if (ws_worker_dict_missing(w, "en")) {
        fprintf(stderr, "test_word_cache_drop: no en dictionary, skipped\n");
    } else {
        ws_worker_set_cache_limit(w, 50);
        const char *words[] = {"running", "talks",  "said",   "ministers",
                               "walked",  "cities", "better", "xqzzv"};
        int ok = 1;
        for (int round = 0; round < 40; round++)
            for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
                char wd[32];
                snprintf(wd, sizeof wd, "%s", words[i]);
                if (round % 2)
                    snprintf(wd, sizeof wd, "%s%d", words[i], round);
                const char *a = ws_stem(w, "en", wd, strlen(wd));
                int sa = ws_spell(w, "en", wd, strlen(wd));
                char keep[64];
                snprintf(keep, sizeof keep, "%s", a); /* read after a drop */
                const char *b = ws_stem(fresh, "en", wd, strlen(wd));
                ok &= strcmp(keep, b) == 0 &&
                      sa == ws_spell(fresh, "en", wd, strlen(wd));
            }
        CHECK(ok, "answers across cache drops");
    }
    ws_worker_free(w);
    ws_worker_free(fresh);
    ws_models_free(m);
}

/* ws_tok_is_final: the sentence-final tokens, each exactly (it looks at
 * the length first) */
static void
test_tok_is_final_forms(void)
{
    static const struct {
        const char *tok;
        int want;
    } c[] = {{".", 1},   {"!", 1},  {"?", 1},    {"\xe2\x80\xa6", 1},
             {"...", 1}, {"..", 0}, {"....", 0}, {"?!", 0},
             {",", 0},   {"a", 0},  {"..!", 0},  {"\xe2\x80\x94", 0},
             {"x.", 0},  {"Mr.", 0}};
    ws_doc *d = ws_doc_new();
    char text[256];
    size_t len = 0;
    int32_t off[sizeof c / sizeof c[0]];
    for (size_t k = 0; k < sizeof c / sizeof c[0]; k++) {
        off[k] = (int32_t)len;
        len += (size_t)sprintf(text + len, "%s ", c[k].tok);
    }
    ws_doc_set_text(d, text, len);
    for (size_t k = 0; k < sizeof c / sizeof c[0]; k++) {
        ws_token *t = WS_PUSH(d->tokens);
        CHECK(t != NULL, "push");
        if (t == NULL)
            break;
        t->bstart = off[k];
        t->bend = off[k] + (int32_t)strlen(c[k].tok);
    }
    for (int32_t k = 0; k < d->tokens.n; k++)
        CHECK(ws_tok_is_final(d, k) == c[k].want, "'%s': %d", c[k].tok,
              !c[k].want);
    ws_doc_free(d);
}

static void
test_names(void)
{
    CHECK(ws_etype_parse("PER") == WS_PERSON, "PER");
    CHECK(ws_stance_parse("denial") == WS_DENIAL, "denial");
    CHECK(strcmp(ws_kind_name(WS_MIXED), "mixed") == 0, "mixed");
    CHECK(strcmp(ws_strerror(-WS_EUTF8), "invalid-utf8") == 0, "strerror");
}

/* The quoted names the record writer copies are the names in quotes,
 * with their lengths, for every kind and stance and out of range */
static void
test_names_json_as_quoted_names(void)
{
    char want[64];
    size_t n;
    for (int k = -1; k <= WS_NKINDS; k++) {
        const char *j = ws_kind_json(k, &n);
        snprintf(want, sizeof want, "\"%s\"", ws_kind_name(k));
        CHECK(n == strlen(want) && strncmp(j, want, n) == 0, "kind %d: %.*s", k,
              (int)n, j);
    }
    for (int k = -1; k <= WS_NSTANCES; k++) {
        const char *j = ws_stance_json(k, &n);
        snprintf(want, sizeof want, "\"%s\"", ws_stance_name(k));
        CHECK(n == strlen(want) && strncmp(j, want, n) == 0, "stance %d: %.*s",
              k, (int)n, j);
    }
}

int
main(void)
{
    test_json();
    test_json_word_scan();
    test_doc_release_reuse();
    test_json_span_fast_path();
    test_record_lazy_spans();
    test_span_list_digits();
    test_arena_strndup_pads_zeros();
    test_reader();
    test_doc_ensure_ids();
    test_reader_defer_ids();
    test_reader_blocks();
    test_offsets();
    test_offsets_ascii_runs();
    test_tok_at_matches_scan();
    test_buf_int_every_length();
    test_utf8_decode_every_sequence();
    test_map_fold_lex();
    test_jstr_every_position();
    test_map_hashed();
    test_map_hash_tail_bytes();
    test_map_key_pools_grow();
    test_lex_has_attr_words();
    test_lex_values_may_have_no_false_no();
    test_lex_word_without_prefix_patterns();
    test_word_cache_drop();
    test_tok_is_final_forms();
    test_names();
    test_names_json_as_quoted_names();
    TEST_END();
}
