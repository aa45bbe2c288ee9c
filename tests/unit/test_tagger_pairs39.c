/*
 * test_tagger_pairs39.c - the int16 tagger's pair cache (session 39: one
 * 64-byte entry a pair of neighbouring folded forms, the padding before
 * and after the sentence included, holding the sums of the word-pair and
 * agreement-pair rows of both tokens, keyed by the two forms and the
 * model): the decoder that reads the sums from it tags as the float
 * model's decoder, which reads every row per token, and as itself in a
 * fresh thread, with models of feature sets 5 (agreement pairs) and 3
 * (none) in one thread.  Trains its own models in a temporary directory.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tagger_test.h"
#include "test.h"
#include "ws_int.h"

/* ---- pair cache ----
 * Names whose type the word before them or the word after them says (a
 * trigger word of each type; names first and last in their sentences
 * too, so that the pairs with the padding have weights) train a model of
 * set 5 and one of set 3;
 * then sentences of 1 to 16 words drawn from some 500 words (thousands of
 * distinct pairs, many met again, more than the cache's 16 384 entries
 * hold without collisions; sentences of one and two words, whose pairs
 * are all with the padding) are tagged by the int16 decoder in one
 * thread, model after model and twice over, as by each model alone in a
 * fresh thread, and nearly as by the float models' decoder. */
static void
test_pair_cache(const char *dir)
{
    static const char *const type[] = {"PER", "LOC", "ORG"};
    static const char *const trig[] = {"mister", "inside", "company"};
    static const char *const after[] = {"says", "lies", "sells"};
    static const unsigned set[] = {5, 3};
    char path[512], fm[2][512], qm[2][512], err[256], w[32];
    ws_tagger *tf[2] = {NULL, NULL}, *tq[2] = {NULL, NULL};
    uint32_t x = 4242;
    for (int m = 0; m < 2; m++) {
        ws_buf buf = {0};
        for (int s = 0; s < 360; s++) {
            /* the name after its trigger word and a word, first with the
             * word after it saying its type, or last */
            int k = s / 3 % 3, v = s % 3;
            x = x * 1103515245u + 12345u;
            pair_word(w, sizeof w, 0, (x >> 4) % 200);
            if (v != 1)
                ws_buf_printf(&buf, "%s\tO\n%s\tO\n", w, trig[k]);
            x = x * 1103515245u + 12345u;
            pair_word(w, sizeof w, 1, x >> 4);
            ws_buf_printf(&buf, "%s\tB-%s\n", w, type[k]);
            if (v == 1)
                ws_buf_printf(&buf, "%s\tO\n", after[k]);
            x = x * 1103515245u + 12345u;
            pair_word(w, sizeof w, 0, (x >> 4) % 200);
            if (v != 2)
                ws_buf_printf(&buf, "%s\tO\n", w);
            ws_buf_putc(&buf, '\n');
        }
        snprintf(path, sizeof path, "pair%d.bio", m);
        snprintf(fm[m], sizeof fm[m], "%s/prf%d.model", dir, m);
        snprintf(qm[m], sizeof qm[m], "%s/prq%d.model", dir, m);
        train_pair(dir, path, &buf, set[m], fm[m], qm[m], &tf[m], &tq[m]);
        ws_buf_free(&buf);
    }
    ws_buf buf = {0};
    ws_bio b;
    int ntok = 0;
    for (int s = 0; ntok < TAGGER_TEST_MAXTOK - 16; s++) {
        x = x * 1103515245u + 12345u;
        int len = 1 + (int)(x >> 16) % 16;
        for (int i = 0; i < len; i++, ntok++) {
            x = x * 1103515245u + 12345u;
            uint32_t r = x >> 8;
            /* (the first word a name half of the time, the second then
             * the word after it) */
            if (i < 2 && r % 2 == 0)
                r = (r & ~7u) | (i == 0 ? 1 : 0);
            if (r % 5 == 0)
                ws_buf_printf(&buf, "%s\tO\n",
                              (r & 8 && i > 1 ? trig : after)[(r >> 4) % 3]);
            else {
                pair_word(w, sizeof w, r % 5 == 1, (r >> 3) % 500);
                ws_buf_printf(&buf, "%s\tO\n", w);
            }
        }
        ws_buf_putc(&buf, '\n');
    }
    snprintf(path, sizeof path, "%s/pairt.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write pairt");
    ws_buf_free(&buf);
    if (tf[0] != NULL && tf[1] != NULL && tq[0] != NULL && tq[1] != NULL &&
        ws_bio_read(&b, path, "en", err, sizeof err) == 0) {
        ntok = (int)b.doc->tokens.n;
        static two_models t;
        static tag_job q2;
        CHECK(ntok <= TAGGER_TEST_MAXTOK, "%d tokens", ntok);
        if (ntok <= TAGGER_TEST_MAXTOK) {
            static const char *const name[] = {"set 5", "set 3"};
            q2 = (tag_job){
                .doc = b.doc, .seq = {tq[1], tq[1], tq[0]}, .nseq = 3};
            CHECK(tag_two_models(&t, b.doc, tf, tq, &q2) == 0, "tag");
            /* the float decoder reads the rows of float weights: a
             * token whose best tags are nearly tied may go the other
             * way with the int16 ones (none of the 8 000 tokens here; a
             * wrong stand-in of the padding's agreement pairs in the
             * cache's fill changed 3) */
            check_two_models(&t, ntok, 4000, "pairs", 0, name);
            int ents = 0;
            int d = same_tags(q2.tags[1], t.b1.tags[0], ntok, &ents);
            CHECK(d == 0, "set 3 again, from its entries (%d differ)", d);
            d = same_tags(q2.tags[2], t.a.tags[0], ntok, &ents);
            CHECK(d == 0, "set 5 after set 3 twice (%d differ)", d);
        }
        ws_bio_free(&b);
    }
    free_two_models(tf, tq);
}

int
main(void)
{
    if (in_tmpdir("test_tagger_pairs39", test_pair_cache) != 0)
        return 1;
    TEST_END();
}
