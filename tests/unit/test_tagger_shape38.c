/*
 * test_tagger_shape38.c - the int16 tagger's shape cache (session 38:
 * one 64-byte entry a window, keyed by a 64-bit hash of the window and
 * the model): the decoder that reads the sums from it tags as the float
 * model's decoder, which reads every row per token, with two models in
 * one thread.  Trains its own models in a temporary directory.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tagger_test.h"
#include "test.h"
#include "ws_int.h"

/* ---- shape cache ----
 * The int16 decoder reads the sums of a token's shape features (the
 * shapes of tokens i - 2 .. i + 2, with the position, the neighbours'
 * dictionary classes and the feature set) from the thread's two-way
 * cache of windows, keyed by a 64-bit hash of them and of the model.
 * Invented words whose shapes alone say their types (each word seen
 * once, so its own features say nothing) train two models, their types
 * rotated (the same windows, other sums: a key without the model's
 * generation would give one model's sums to the other); sentences of 1
 * to 14 tokens of many shapes (more windows than the cache has sets,
 * windows meeting the sentence's ends) must be tagged by the int16
 * decoder in one thread, model after model, as by each model alone in a
 * fresh thread, and nearly as by the float models' decoder, which reads
 * every row per token. */

/* A word of shape kind k (0: Xxxxx, 1: XXX-xx, 2: Xx9xx, 3: xxxx,
 * 4: XX99, 5: x-Xxx, 6: 999, 7: Xxx.) from the random value r into w */
static void
shape_word(char *w, size_t n, int k, uint32_t r)
{
    char a = (char)('a' + r % 26), b = (char)('a' + (r >> 5) % 26),
         c = (char)('a' + (r >> 10) % 26), d = (char)('0' + (r >> 15) % 10);
    char A = (char)(a - 'a' + 'A'), B = (char)(b - 'a' + 'A');
    switch (k) {
    case 0:
        snprintf(w, n, "%c%c%c%co", A, b, c, a);
        break;
    case 1:
        snprintf(w, n, "%c%c%c-%c%c", A, B, c - 'a' + 'A', a, b);
        break;
    case 2:
        snprintf(w, n, "%c%c%c%c%c", A, b, d, c, a);
        break;
    case 3:
        snprintf(w, n, "%c%c%c%c", a, b, c, a);
        break;
    case 4:
        snprintf(w, n, "%c%c%c%c", A, B, d, d);
        break;
    case 5:
        snprintf(w, n, "%c-%c%c%c", a, B, c, a);
        break;
    case 6:
        snprintf(w, n, "%c%c%c", d, d, (char)('0' + r % 10));
        break;
    default:
        snprintf(w, n, "%c%c%c.", A, b, c);
        break;
    }
}

static void
test_shape_cache_per_model(const char *dir)
{
    static const char *const type[] = {"PER", "LOC", "ORG"};
    char path[512], fm[2][512], qm[2][512], err[256], w[32];
    ws_tagger *tf[2] = {NULL, NULL}, *tq[2] = {NULL, NULL};
    uint32_t x = 777;
    for (int m = 0; m < 2; m++) {
        ws_buf buf = {0};
        /* lower-case words around a name of kind 0, 1 or 2: its type */
        for (int s = 0; s < 240; s++) {
            int k = s % 3;
            x = x * 1103515245u + 12345u;
            shape_word(w, sizeof w, 3, x >> 4);
            ws_buf_printf(&buf, "%s\tO\n", w);
            x = x * 1103515245u + 12345u;
            shape_word(w, sizeof w, k, x >> 4);
            ws_buf_printf(&buf, "%s\tB-%s\n", w, type[(k + m) % 3]);
            x = x * 1103515245u + 12345u;
            shape_word(w, sizeof w, 3 + (int)(x >> 20) % 5, x >> 4);
            ws_buf_printf(&buf, "%s\tO\n\n", w);
        }
        snprintf(path, sizeof path, "shape%d.bio", m);
        snprintf(fm[m], sizeof fm[m], "%s/shf%d.model", dir, m);
        snprintf(qm[m], sizeof qm[m], "%s/shq%d.model", dir, m);
        train_pair(dir, path, &buf, 5, fm[m], qm[m], &tf[m], &tq[m]);
        ws_buf_free(&buf);
    }
    ws_buf buf = {0};
    ws_bio b;
    for (int s = 0; s < 300; s++) {
        x = x * 1103515245u + 12345u;
        int len = 1 + (int)(x >> 16) % 14;
        for (int i = 0; i < len; i++) {
            x = x * 1103515245u + 12345u;
            shape_word(w, sizeof w, (int)(x >> 24) % 8, x >> 4);
            ws_buf_printf(&buf, "%s\tO\n", w);
        }
        ws_buf_putc(&buf, '\n');
    }
    snprintf(path, sizeof path, "%s/shapet.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write shapet");
    ws_buf_free(&buf);
    if (tf[0] != NULL && tf[1] != NULL && tq[0] != NULL && tq[1] != NULL &&
        ws_bio_read(&b, path, "en", err, sizeof err) == 0) {
        int ntok = (int)b.doc->tokens.n;
        static two_models t;
        CHECK(ntok <= TAGGER_TEST_MAXTOK, "%d tokens", ntok);
        if (ntok <= TAGGER_TEST_MAXTOK) {
            static const char *const name[] = {"model 0", "model 1"};
            CHECK(tag_two_models(&t, b.doc, tf, tq, NULL) == 0, "tag");
            /* the float decoder reads the rows of float weights: a
             * token whose best tags are nearly tied may go the other
             * way with the int16 ones (3 of some 2 300 here) */
            check_two_models(&t, ntok, 100, "shapes", 1, name);
        }
        ws_bio_free(&b);
    }
    free_two_models(tf, tq);
}

int
main(void)
{
    if (in_tmpdir("test_tagger_shape38", test_shape_cache_per_model) != 0)
        return 1;
    TEST_END();
}
