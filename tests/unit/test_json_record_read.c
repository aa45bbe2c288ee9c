/*
 * test_json_record_read.c - the record parser's short cuts: an object
 * that opens as a span and goes on (an entity) and the numbers of a span
 * list read while it is checked.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

/* Same values, member names, raw texts and shape. */
static int
same_tree(const ws_json *a, const ws_json *b)
{
    if (a == NULL || b == NULL)
        return a == b;
    if (a->type != b->type || a->n != b->n || a->keylen != b->keylen ||
        (a->keylen && memcmp(a->key, b->key, a->keylen) != 0) ||
        a->rawlen != b->rawlen || memcmp(a->raw, b->raw, a->rawlen) != 0)
        return 0;
    if (a->type == WS_JSTR &&
        (a->slen != b->slen || memcmp(a->s, b->s, a->slen) != 0))
        return 0;
    if (a->type == WS_JNUM && a->num != b->num)
        return 0;
    for (const ws_json *x = a->child, *y = b->child; x || y;
         x = x->next, y = y->next)
        if (x == NULL || y == NULL || !same_tree(x, y))
            return 0;
    return 1;
}

/* The byte offset in a parser's message, or -1. */
static long
err_at(const char *err)
{
    const char *p = strstr(err, " at byte ");
    return p ? strtol(p + 9, NULL, 10) : -1;
}

/* An object that opens as {"start":N,"end":M, and goes on is parsed as
 * the same object with a space after its brace (which the general path
 * parses): the same tree, or the same error one byte earlier; through
 * both parsers, alone, inside a list and at the nesting limit. */
static void
test_span_object_that_goes_on_parses_alike(void)
{
    static const char *const tails[] = {
        "\"type\":\"PER\",\"text\":\"Jo Ann\",\"cluster\":3}",
        "\"role\":-1,\"x\":[1,{\"start\":2,\"end\":3}],\"y\":null}",
        "\"start\":9,\"end\":1}",
        "\"a\" : true , \"b\":false }",
        "\"s\":\"a\\u00e9\\n\"}",
        "}",
        "\"a\":}",
        "\"a\"1}",
        "\"a\":1",
        "\"a\":1,",
        "\"unterminated",
        "1:2}",
        "",
    };
    static const char *const heads[] = {"{\"start\":12,\"end\":345,",
                                        "{\"start\":0,\"end\":0,"};
    static const int depths[] = {0, 1, 253, 254, 255, 256};
    char err_a[128], err_b[128];
    for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++)
        for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++)
            for (size_t d = 0; d < sizeof depths / sizeof depths[0]; d++)
                for (int rec = 0; rec < 2; rec++) {
                    int dep = depths[d];
                    size_t hl = strlen(heads[h]), tl = strlen(tails[t]);
                    char *a = malloc(2 * (size_t)dep + hl + tl + 2);
                    char *b = malloc(2 * (size_t)dep + hl + tl + 2);
                    memset(a, '[', (size_t)dep);
                    memcpy(a + dep, heads[h], hl);
                    memcpy(a + dep + hl, tails[t], tl);
                    memset(a + dep + hl + tl, ']', (size_t)dep);
                    size_t n = 2 * (size_t)dep + hl + tl;
                    a[n] = '\0';
                    /* b: a space after the object's brace */
                    memcpy(b, a, (size_t)dep + 1);
                    b[dep + 1] = ' ';
                    memcpy(b + dep + 2, a + dep + 1, n - (size_t)dep);
                    ws_arena *ar = ws_arena_new();
                    ws_json *va = NULL, *vb = NULL;
                    err_a[0] = err_b[0] = '\0';
                    int ra =
                        rec ? ws_json_parse_record(ar, a, n, &va, err_a,
                                                   sizeof err_a)
                            : ws_json_parse(ar, a, n, &va, err_a, sizeof err_a);
                    int rb = rec ? ws_json_parse_record(ar, b, n + 1, &vb,
                                                        err_b, sizeof err_b)
                                 : ws_json_parse(ar, b, n + 1, &vb, err_b,
                                                 sizeof err_b);
                    int ok = ra == rb;
                    if (ok && ra == 0) {
                        /* the objects (their raw texts differ by the
                         * space) */
                        const ws_json *oa = va, *ob = vb;
                        for (int k = 0; k < dep; k++) {
                            oa = oa->child;
                            ob = ob->child;
                        }
                        ok = oa->type == WS_JOBJ && ob->type == WS_JOBJ &&
                             oa->n == ob->n && oa->rawlen + 1 == ob->rawlen &&
                             same_tree(oa->child, ob->child);
                    } else if (ok) {
                        long pa = err_at(err_a), pb = err_at(err_b);
                        size_t la = strcspn(err_a, "0123456789");
                        ok = pa >= 0 &&
                             (pa == pb || (pa >= dep + 1 && pa + 1 == pb)) &&
                             strncmp(err_a, err_b, la) == 0;
                    }
                    CHECK(ok, "head %zu tail %zu depth %d %s: %d %d %s | %s", h,
                          t, dep, rec ? "record" : "full", ra, rb, err_a,
                          err_b);
                    ws_arena_free(ar);
                    free(a);
                    free(b);
                }
}

/* A record's span list is kept with its numbers read as it is checked:
 * they are the numbers written in its text (above UINT32_MAX as
 * UINT32_MAX), for numbers of 1 to 15 digits, with the
 * list first in the record (eight bytes after every number) and last
 * (the last numbers close to the end of the line). */
static void
test_span_list_numbers_read_while_checked(void)
{
    static const uint64_t vals[] = {
        0,          7,          42,          999,
        1000,       65536,      1234567,     12345678,
        99999999,   123456789,  2147483647,  2147483648,
        4294967295, 4294967296, 98765432109, 999999999999999};
    const size_t nv = sizeof vals / sizeof vals[0];
    for (int last = 0; last < 2; last++)
        for (size_t r = 0; r < nv; r++) {
            ws_buf b = {0};
            ws_buf_puts(&b,
                        last ? "{\"id\":\"x\",\"tokens\":[" : "{\"tokens\":[");
            /* every value as a start and as an end, rotated by r */
            for (size_t i = 0; i < nv; i++) {
                ws_buf_printf(&b, "%s{\"start\":%llu,\"end\":%llu}",
                              i ? "," : "",
                              (unsigned long long)vals[(i + r) % nv],
                              (unsigned long long)vals[(i + r + 1) % nv]);
            }
            ws_buf_puts(&b, last ? "]}" : "],\"id\":\"x\"}");
            ws_arena *a = ws_arena_new();
            ws_json *v = NULL;
            char err[128];
            int rc = ws_json_parse_record(a, b.buf, b.len, &v, err, sizeof err);
            const ws_json *t = rc == 0 ? ws_json_get(v, "tokens") : NULL;
            CHECK(t != NULL && ws_json_lazy_spans(t) && t->n == (int32_t)nv,
                  "list %d/%zu kept as text", last, r);
            if (t != NULL && ws_json_lazy_spans(t)) {
                const uint32_t *nums = ws_json_span_nums(t);
                for (size_t i = 0; i < nv; i++) {
                    uint64_t ws = vals[(i + r) % nv],
                             we = vals[(i + r + 1) % nv];
                    CHECK(nums[2 * i] == (ws > UINT32_MAX ? UINT32_MAX : ws) &&
                              nums[2 * i + 1] ==
                                  (we > UINT32_MAX ? UINT32_MAX : we),
                          "list %d/%zu span %zu: %u-%u", last, r, i,
                          nums[2 * i], nums[2 * i + 1]);
                }
            }
            ws_arena_free(a);
            ws_buf_free(&b);
        }
}

int
main(void)
{
    test_span_object_that_goes_on_parses_alike();
    test_span_list_numbers_read_while_checked();
    TEST_END();
}
