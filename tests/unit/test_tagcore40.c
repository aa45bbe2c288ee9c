/*
 * test_tagcore40.c - the int16 tagger's pair cache with the count of hits
 * per entry (session 40: a miss fills a slot only when its entry was not
 * hit since it was filled, or was missed on as often since): the decoder
 * tags as the float model's decoder and as itself in a fresh thread when
 * pairs met once fall on the slots of frequent pairs, model after model
 * and three times over in one thread (the counts then high, and entries
 * of the other model's generation kept by theirs).  Trains its own models
 * in a temporary directory.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tagger_test.h"
#include "test.h"
#include "ws_int.h"

/* ---- pair cache counts ----
 * Two models (sets 5 and 3) trained on names after trigger words; then
 * sentences of 1 to 16 words, each word half of the time from 24 frequent
 * pairs (met some 150 times each) and else drawn from 20 000 words (pairs
 * met once, some 4 000 of them, on a quarter of the cache's slots: a
 * frequent pair's slot is asked for by pairs met once, which must not
 * take it, and the frequent pair then found again).  The int16 decoder
 * in one thread, model after model, and one model three times over, tags
 * as each model alone in a fresh thread, and nearly as the float
 * decoder. */
static void
test_pair_counts(const char *dir)
{
    static const char *const type[] = {"PER", "LOC", "ORG"};
    static const char *const trig[] = {"mister", "inside", "company"};
    static const unsigned set[] = {5, 3};
    char path[512], fm[2][512], qm[2][512], err[256], w[32], w2[32];
    ws_tagger *tf[2] = {NULL, NULL}, *tq[2] = {NULL, NULL};
    uint32_t x = 9191;
    for (int m = 0; m < 2; m++) {
        ws_buf buf = {0};
        for (int s = 0; s < 360; s++) {
            int k = s / 3 % 3;
            x = x * 1103515245u + 12345u;
            pair_word(w, sizeof w, 0, (x >> 4) % 200);
            ws_buf_printf(&buf, "%s\tO\n%s\tO\n", w, trig[k]);
            x = x * 1103515245u + 12345u;
            pair_word(w, sizeof w, 1, x >> 4);
            ws_buf_printf(&buf, "%s\tB-%s\n", w, type[k]);
            x = x * 1103515245u + 12345u;
            pair_word(w, sizeof w, 0, (x >> 4) % 200);
            if (s % 2)
                ws_buf_printf(&buf, "%s\tO\n", w);
            ws_buf_putc(&buf, '\n');
        }
        snprintf(path, sizeof path, "hot%d.bio", m);
        snprintf(fm[m], sizeof fm[m], "%s/hotf%d.model", dir, m);
        snprintf(qm[m], sizeof qm[m], "%s/hotq%d.model", dir, m);
        train_pair(dir, path, &buf, set[m], fm[m], qm[m], &tf[m], &tq[m]);
        ws_buf_free(&buf);
    }
    ws_buf buf = {0};
    ws_bio b;
    int ntok = 0;
    for (int s = 0; ntok < TAGGER_TEST_MAXTOK - 32; s++) {
        x = x * 1103515245u + 12345u;
        int len = 1 + (int)(x >> 16) % 16;
        for (int i = 0; i < len; i++, ntok++) {
            x = x * 1103515245u + 12345u;
            uint32_t r = x >> 8;
            if (r % 2 == 0 && i + 1 < len) {
                /* a frequent pair: a trigger word or a word of the 200,
                 * then a capitalised word of 8 */
                int p = (int)(r >> 1) % 24;
                if (p < 3)
                    ws_buf_printf(&buf, "%s\tO\n", trig[p]);
                else {
                    pair_word(w, sizeof w, 0, (uint32_t)p * 7);
                    ws_buf_printf(&buf, "%s\tO\n", w);
                }
                pair_word(w2, sizeof w2, 1, (uint32_t)(p % 8) * 131);
                ws_buf_printf(&buf, "%s\tO\n", w2);
                i++;
                ntok++;
            } else {
                pair_word(w, sizeof w, r % 7 == 1, (r >> 3) % 20000);
                ws_buf_printf(&buf, "%s\tO\n", w);
            }
        }
        ws_buf_putc(&buf, '\n');
    }
    snprintf(path, sizeof path, "%s/hott.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write hott");
    ws_buf_free(&buf);
    if (tf[0] != NULL && tf[1] != NULL && tq[0] != NULL && tq[1] != NULL &&
        ws_bio_read(&b, path, "en", err, sizeof err) == 0) {
        ntok = (int)b.doc->tokens.n;
        static two_models t;
        static tag_job q3;
        CHECK(ntok <= TAGGER_TEST_MAXTOK, "%d tokens", ntok);
        if (ntok <= TAGGER_TEST_MAXTOK) {
            static const char *const name[] = {"set 5", "set 3"};
            q3 = (tag_job){
                .doc = b.doc, .seq = {tq[0], tq[0], tq[0]}, .nseq = 3};
            CHECK(tag_two_models(&t, b.doc, tf, tq, &q3) == 0, "tag");
            /* (the float decoder may differ on near ties: none in the
             * 8 000 tokens here) */
            check_two_models(&t, ntok, 400, "frequent pairs", 0, name);
            int ents = 0;
            for (int k = 0; k < 3; k++) {
                int d = same_tags(q3.tags[k], t.a.tags[0], ntok, &ents);
                CHECK(d == 0, "set 5, run %d in one thread (%d differ)", k + 1,
                      d);
            }
        }
        ws_bio_free(&b);
    }
    free_two_models(tf, tq);
}

int
main(void)
{
    if (in_tmpdir("test_tagcore40", test_pair_counts) != 0)
        return 1;
    TEST_END();
}
