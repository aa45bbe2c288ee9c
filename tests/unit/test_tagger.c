/*
 * test_tagger.c - the BIO tagger: .bio reading, training on a tiny inline
 * corpus, saving, loading (mmap), tagging, scoring, and refusal of
 * corrupt model files.  Needs no model or data outside the test.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "tagger_test.h"
#include "test.h"
#include "ws_int.h"

static const char *const corpus =
    "# newdoc id = test:1\n"
    "Anna\tB-PER\nKowalski\tI-PER\nvisited\tO\nBerlin\tB-LOC\n.\tO\n"
    "\n"
    "The\tO\nRed\tB-ORG\nCross\tI-ORG\nopened\tO\nan\tO\noffice\tO\n"
    "in\tO\nParis\tB-LOC\n.\tO\n"
    "\n"
    "Jan\tB-PER\nNowak\tI-PER\nwatched\tO\nthe\tO\nOlympics\tB-MISC\n"
    "in\tO\nRome\tB-LOC\n.\tO\n"
    "\n"
    "# a comment line\n"
    "Żółć\tO\nw\tO\nKrakowie\tB-LOC\n"
    "\n\n";

static char *
read_all(const char *path, size_t *n)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return NULL;
    fseek(fp, 0, SEEK_END);
    long len = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *buf = malloc((size_t)len + 1);
    if (buf != NULL && fread(buf, 1, (size_t)len, fp) != (size_t)len) {
        free(buf);
        buf = NULL;
    }
    fclose(fp);
    *n = (size_t)len;
    return buf;
}

/* Tags every sentence of b and counts tokens that differ from gold. */
static int
count_wrong(const ws_tagger *t, const ws_bio *b)
{
    uint8_t tags[512];
    int wrong = 0;
    for (int32_t s = 0; s < b->doc->sentences.n; s++) {
        const ws_sentence *se = &b->doc->sentences.v[s];
        if (ws_tagger_tag(t, NULL, b->doc, s, tags) != 0)
            return -1;
        for (int32_t i = se->tok0; i < se->tok1; i++)
            wrong += tags[i - se->tok0] != b->tags[i];
    }
    return wrong;
}

static void
test_read(const char *bio)
{
    ws_bio b;
    char err[256];
    int rc = ws_bio_read(&b, bio, "en", err, sizeof err);
    CHECK(rc == 0, "ws_bio_read: %d %s", rc, err);
    if (rc != 0)
        return;
    const ws_doc *d = b.doc;
    CHECK(d->sentences.n == 4, "sentences %d", d->sentences.n);
    CHECK(d->tokens.n == 25, "tokens %d", d->tokens.n);
    CHECK(strcmp(d->lang, "en") == 0, "lang %s", d->lang);
    CHECK(d->done & WS_DONE_TOKENIZE, "done flag");
    CHECK(strncmp(d->text, "Anna Kowalski visited Berlin .\nThe Red", 38) == 0,
          "text %.40s", d->text);
    CHECK(b.tags[0] == 1 && b.tags[1] == 2 && b.tags[2] == 0, "PER tags");
    /* "Żółć w Krakowie": code point and byte offsets differ */
    const ws_sentence *s3 = &d->sentences.v[3];
    const ws_token *t = &d->tokens.v[s3->tok0 + 2];
    CHECK(ws_tok_blen(d, s3->tok0) == 8, "blen of Żółć %d",
          ws_tok_blen(d, s3->tok0));
    CHECK(t->end - t->start == 8, "cp length of Krakowie");
    CHECK(t->bstart - d->tokens.v[s3->tok0].bstart == 11, "byte offset");
    CHECK(t->start - d->tokens.v[s3->tok0].start == 7, "cp offset");
    CHECK(memcmp(d->text + t->bstart, "Krakowie", 8) == 0, "slice");
    CHECK(ws_doc_byte(d, t->start) == t->bstart, "cp2b agrees");
    CHECK(t->sent == 3, "token sentence index");
    CHECK(b.tags[s3->tok0 + 2] == 1 + 2 * WS_BIO_LOC, "LOC tag");
    ws_bio_free(&b);
}

static void
test_bad_bio(const char *dir)
{
    char path[512], err[256];
    ws_bio b;
    snprintf(path, sizeof path, "%s/bad1.bio", dir);
    write_file(path, "Anna B-PER\n", 11);
    CHECK(ws_bio_read(&b, path, "en", err, sizeof err) == -WS_EFIELD,
          "line without a tab");
    CHECK(strstr(err, ":1:") != NULL, "message names the line: %s", err);
    snprintf(path, sizeof path, "%s/bad2.bio", dir);
    write_file(path, "Anna\tB-PER\nX\tB-EVT\n", 19);
    CHECK(ws_bio_read(&b, path, "en", err, sizeof err) == -WS_EFIELD,
          "unknown tag");
    CHECK(strstr(err, ":2:") != NULL, "message names line 2: %s", err);
    snprintf(path, sizeof path, "%s/missing.bio", dir);
    CHECK(ws_bio_read(&b, path, "en", err, sizeof err) == -WS_EIO,
          "missing file");
}

static ws_tagtrain *
train(const ws_bio *b, int viterbi)
{
    ws_tagtrain *tt = ws_tagtrain_new("en", 16, viterbi);
    if (tt == NULL)
        return NULL;
    for (int ep = 0; ep < 10; ep++)
        for (int32_t s = 0; s < b->doc->sentences.n; s++)
            if (ws_tagtrain_sentence(tt, NULL, b->doc, s,
                                     b->tags + b->doc->sentences.v[s].tok0) <
                0) {
                ws_tagtrain_free(tt);
                return NULL;
            }
    return tt;
}

static void
test_train_save_load(const char *dir, const char *bio, int viterbi)
{
    ws_bio b;
    char err[256], model[512];
    double f1 = -1;

    if (ws_bio_read(&b, bio, "en", err, sizeof err) != 0) {
        CHECK(0, "read %s", err);
        return;
    }
    ws_tagtrain *tt = train(&b, viterbi);
    CHECK(tt != NULL, "training");
    if (tt == NULL) {
        ws_bio_free(&b);
        return;
    }
    const ws_tagger *avg = ws_tagtrain_average(tt);
    CHECK(count_wrong(avg, &b) == 0, "averaged weights fit the corpus (%d)",
          count_wrong(avg, &b));
    CHECK(ws_tagtrain_keep(tt) == 0, "keep");
    CHECK(ws_bio_score(ws_tagtrain_best(tt), NULL, &b, NULL, &f1) == 0 &&
              f1 > 99.9,
          "F1 on the training corpus %.2f", f1);

    for (int quant = 0; quant < 2; quant++) {
        snprintf(model, sizeof model, "%s/m%d%d.model", dir, viterbi, quant);
        int rc = ws_tagger_save(ws_tagtrain_best(tt), model, quant, 100.0f, err,
                                sizeof err);
        CHECK(rc == 0, "save: %s", err);
        ws_tagger *t = ws_tagger_load(model, err, sizeof err);
        CHECK(t != NULL, "load: %s", err);
        if (t == NULL)
            continue;
        CHECK(strcmp(ws_tagger_lang(t), "en") == 0, "lang");
        CHECK(count_wrong(t, &b) == 0, "loaded model (quant %d) tags right",
              quant);
        FILE *out = tmpfile();
        CHECK(ws_bio_score(t, NULL, &b, out, &f1) == 0 && f1 > 99.9,
              "score %.2f", f1);
        if (out != NULL) {
            char line[256];
            int seen_all = 0;
            rewind(out);
            while (fgets(line, sizeof line, out))
                if (strncmp(line, "ALL ", 4) == 0 && strstr(line, "100.00"))
                    seen_all = 1;
            CHECK(seen_all, "report has an ALL line at 100");
            fclose(out);
        }
        ws_tagger_free(t);
    }
    ws_tagtrain_free(tt);
    ws_bio_free(&b);
}

/* A long sentence (heap scratch) and an empty-text token edge. */
/* The gazetteer: phrases of the training file and of a gazetteer file
 * are compiled into the model, which then loads, tags and is checked. */
static void
test_gazetteer(const char *dir, const char *bio)
{
    char path[512], model[512], err[256];
    ws_bio b;
    static const char gaz[] = "# comment\n"
                              "Krakowie\tcity\n"
                              "Red Cross\torg\n"
                              "no tab here\n"
                              "Rome\tcity\n";

    snprintf(path, sizeof path, "%s/gaz.tsv", dir);
    CHECK(write_file(path, gaz, strlen(gaz)) == 0, "write gaz");
    if (ws_bio_read(&b, bio, "en", err, sizeof err) != 0) {
        CHECK(0, "read %s", err);
        return;
    }
    ws_tagtrain *tt = ws_tagtrain_new("en", 16, 1);
    CHECK(tt != NULL, "trainer");
    if (tt == NULL) {
        ws_bio_free(&b);
        return;
    }
    CHECK(ws_tagtrain_gaz_bio(tt, &b) == 8, "8 entity mentions counted");
    CHECK(ws_tagtrain_gaz_tsv(tt, path, err, sizeof err) == 3,
          "3 gazetteer phrases");
    snprintf(path, sizeof path, "%s/missing.tsv", dir);
    CHECK(ws_tagtrain_gaz_tsv(tt, path, err, sizeof err) == -WS_EIO,
          "missing gazetteer file");
    for (int ep = 0; ep < 10; ep++)
        for (int32_t s = 0; s < b.doc->sentences.n; s++)
            CHECK(ws_tagtrain_sentence(tt, NULL, b.doc, s,
                                       b.tags + b.doc->sentences.v[s].tok0) >=
                      0,
                  "train step");
    const ws_tagger *avg = ws_tagtrain_average(tt);
    CHECK(count_wrong(avg, &b) == 0, "fits with the gazetteer");
    snprintf(model, sizeof model, "%s/gaz.model", dir);
    CHECK(ws_tagger_save(avg, model, 1, 99.0f, err, sizeof err) == 0,
          "save: %s", err);
    ws_tagger *t = ws_tagger_load(model, err, sizeof err);
    CHECK(t != NULL, "load with gazetteer: %s", err);
    if (t != NULL)
        CHECK(count_wrong(t, &b) == 0, "loaded gazetteer model tags right");
    ws_tagger_free(t);

    size_t n;
    char *data = read_all(model, &n);
    CHECK(data != NULL && n > 64 + ((size_t)9 << 16) * 2,
          "gazetteer stored after the weights");
    if (data != NULL) {
        snprintf(path, sizeof path, "%s/gazbad.model", dir);
        data[n - 5] ^= 0x40; /* in the gazetteer table */
        write_file(path, data, n);
        CHECK(ws_tagger_load(path, err, sizeof err) == NULL &&
                  strstr(err, "checksum") != NULL,
              "corrupt gazetteer refused: %s", err);
        write_file(path, data, n - 16);
        CHECK(ws_tagger_load(path, err, sizeof err) == NULL,
              "short gazetteer refused");
        free(data);
    }
    ws_tagtrain_free(tt);
    ws_bio_free(&b);
}

/* --xgaz: the capitalised entities of another language's file join the
 * gazetteer; a lower-case one (German 'deutschen') and one longer than
 * a gazetteer phrase do not. */
static void
test_xgaz_capitalised_only(const char *dir, const char *bio)
{
    char path[512], err[256];
    ws_bio b, x;
    static const char other[] =
        "Gestern\tO\nbesuchte\tO\nAnna\tB-PER\nKowalski\tI-PER\n"
        "die\tO\ndeutschen\tB-MISC\nFreunde\tO\nin\tO\n"
        "Warschau\tB-LOC\n.\tO\n\n"
        "Die\tO\nA\tB-MISC\nb\tI-MISC\nc\tI-MISC\nd\tI-MISC\n"
        "e\tI-MISC\nf\tI-MISC\ng\tI-MISC\nendet\tO\n.\tO\n\n";

    snprintf(path, sizeof path, "%s/other.bio", dir);
    CHECK(write_file(path, other, strlen(other)) == 0, "write other.bio");
    if (ws_bio_read(&b, bio, "en", err, sizeof err) != 0) {
        CHECK(0, "read %s", err);
        return;
    }
    if (ws_bio_read(&x, path, "en", err, sizeof err) != 0) {
        CHECK(0, "read %s", err);
        ws_bio_free(&b);
        return;
    }
    ws_tagtrain *tt = ws_tagtrain_new("en", 16, 1);
    CHECK(tt != NULL, "trainer");
    if (tt != NULL) {
        CHECK(ws_tagtrain_gaz_bio(tt, &b) == 8, "8 own entity mentions");
        CHECK(ws_tagtrain_gaz_xbio(tt, &x) == 2,
              "2 capitalised entities of the other file (not 'deutschen', "
              "not the 7-token title)");
        CHECK(ws_tagtrain_gaz_xbio(tt, &x) == 2, "a second file: no new room");
        for (int ep = 0; ep < 10; ep++)
            for (int32_t s = 0; s < b.doc->sentences.n; s++)
                CHECK(ws_tagtrain_sentence(tt, NULL, b.doc, s,
                                           b.tags +
                                               b.doc->sentences.v[s].tok0) >= 0,
                      "train step");
        CHECK(count_wrong(ws_tagtrain_average(tt), &b) == 0,
              "fits with the other language's names");
    }
    ws_tagtrain_free(tt);
    ws_bio_free(&x);
    ws_bio_free(&b);
}

/* The document pass: majority type per string, untagged repeats. */
static void
test_doc_pass(const char *dir)
{
    static const char text[] = "# newdoc id = a\n"
                               "Nowak\tO\nspoke\tO\n\n"
                               "Nowak\tO\nleft\tO\n\n"
                               "# newdoc id = b\n"
                               "Nowak\tO\nand\tO\nNowak\tO\n\n"
                               "nowak\tO\nNowak\tO\n\n";
    ws_bio b;
    if (bio_of(dir, "docs.bio", text, strlen(text), &b) != 0)
        return;
    const ws_doc *d = b.doc;
    CHECK(d->sentences.n == 4 && d->sentences.v[0].para == 0 &&
              d->sentences.v[1].para == 0 && d->sentences.v[2].para == 1,
          "sentences carry their document index");
    /* doc a: one PER mention, one untagged; doc b: PER, LOC, LOC + one
     * lower-case and one untagged repeat */
    uint8_t tags[16] = {0};
    tags[0] = 1; /* Nowak B-PER */
    tags[4] = 1; /* Nowak B-PER */
    tags[6] = 5; /* Nowak B-LOC */
    tags[8] = 5; /* Nowak B-LOC (after "nowak") */
    CHECK(ws_tagger_doc_pass(d, 0, 2, tags) == 0, "pass a");
    CHECK(tags[2] == 1, "untagged repeat tagged (%d)", tags[2]);
    CHECK(ws_tagger_doc_pass(d, 2, 4, tags) == 0, "pass b");
    CHECK(tags[4] == 5 && tags[6] == 5 && tags[8] == 5,
          "majority type LOC (%d %d %d)", tags[4], tags[6], tags[8]);
    CHECK(tags[7] == 0, "a lower-case form is not tagged");
    ws_bio_free(&b);
}

/* The document pass: a one-token mention of the surname of a person
 * named in full earlier is that person (tagged otherwise or untagged),
 * but not inside a longer capitalised run. */
static void
test_doc_pass_surname(const char *dir)
{
    static const char text[] = "# newdoc id = a\n"
                               "Anna\tO\nKowalczyk\tO\nspoke\tO\n\n"
                               "Kowalczyk\tO\nleft\tO\n\n"
                               "then\tO\nKowalczyk\tO\nsaid\tO\n\n"
                               "at\tO\nKowalczyk\tO\nStreet\tO\n\n";
    ws_bio b;
    if (bio_of(dir, "surname.bio", text, strlen(text), &b) != 0)
        return;
    uint8_t tags[16] = {0};
    tags[0] = 1; /* Anna B-PER */
    tags[1] = 2; /* Kowalczyk I-PER */
    tags[3] = 5; /* Kowalczyk B-LOC */
    CHECK(ws_tagger_doc_pass(b.doc, 0, 4, tags) == 0, "pass");
    CHECK(tags[3] == 1, "surname tagged otherwise becomes PER (%d)", tags[3]);
    CHECK(tags[6] == 1, "untagged surname becomes PER (%d)", tags[6]);
    CHECK(tags[9] == 0 && tags[10] == 0,
          "surname inside a capitalised run stays (%d %d)", tags[9], tags[10]);
    CHECK(tags[0] == 1 && tags[1] == 2, "full name kept");
    ws_bio_free(&b);
}

/* The document pass keeps its strings in a hash table and skips, by a
 * filter of the tagged spans' tokens, the untagged capitalised tokens
 * that are in no tagged span: the longest tagged string still wins over
 * a shorter one, a repeat followed by a word of no tagged span is still
 * found, and a document of more spans than the table's stack slots (64)
 * gives the same answers. */
static void
test_doc_pass_table(const char *dir)
{
    static const char head[] = "# newdoc id = a\n"
                               "Vela\tO\nPort\tO\nBoard\tO\nmet\tO\n\n"
                               "Vela\tO\nwaited\tO\n\n"
                               "then\tO\nVela\tO\nPort\tO\nBoard\tO\n"
                               "quorn\tO\n\n";
    char text[8192];
    size_t len = strlen(head);
    memcpy(text, head, len);
    /* 70 more one-token names, each tagged once (sentences 3..72), then
     * an untagged repeat of the last */
    for (int k = 0; k < 70; k++)
        len += (size_t)snprintf(text + len, sizeof text - len,
                                "Zorvik%02d\tO\nhere\tO\n\n", k);
    len += (size_t)snprintf(text + len, sizeof text - len,
                            "and\tO\nZorvik69\tO\n\n");
    ws_bio b;
    if (bio_of(dir, "table.bio", text, len, &b) != 0)
        return;
    int32_t ns = b.doc->sentences.n, nt = b.doc->tokens.n;
    uint8_t *tags = calloc((size_t)nt, 1);
    if (tags == NULL) {
        CHECK(0, "memory");
        ws_bio_free(&b);
        return;
    }
    tags[0] = 3; /* Vela Port Board: B-ORG I-ORG I-ORG */
    tags[1] = 4;
    tags[2] = 4;
    tags[4] = 5; /* Vela: B-LOC */
    for (int k = 0; k < 70; k++)
        tags[b.doc->sentences.v[3 + k].tok0] = 1; /* Zorvik..: B-PER */
    CHECK(ws_tagger_doc_pass(b.doc, 0, ns, tags) == 0, "pass");
    CHECK(tags[7] == 3 && tags[8] == 4 && tags[9] == 4,
          "the longest repeat wins (%d %d %d)", tags[7], tags[8], tags[9]);
    CHECK(tags[10] == 0, "a word of no tagged span stays (%d)", tags[10]);
    CHECK(tags[4] == 5, "the short string keeps its type (%d)", tags[4]);
    CHECK(tags[nt - 1] == 1, "repeat found past 64 spans (%d)", tags[nt - 1]);
    free(tags);
    ws_bio_free(&b);
}

/* The document pass keeps a string's counts in a record of its own,
 * apart from the table's slots (keys and record indices): each string
 * still gets the type of most of its mentions (a tie: the type
 * mentioned first) and a surname the person's type, with few strings
 * (the records on the stack) and with many (on the heap). */
static void
doc_pass_records_n(const char *dir, int nnames)
{
    char *text = malloc(65536);
    if (text == NULL) {
        CHECK(0, "memory");
        return;
    }
    size_t len = 0;
    len += (size_t)snprintf(text + len, 65536 - len,
                            "# newdoc id = r\nMira\tO\nQelvarsk\tO\n\n"
                            "Qelvarsk\tO\nsang\tO\n\n");
    /* name k: odd k mentioned twice (LOC, then ORG: a tie), even k three
     * times (ORG, LOC, ORG) */
    for (int k = 0; k < nnames; k++)
        for (int m = 0; m < (k & 1 ? 2 : 3); m++)
            len += (size_t)snprintf(text + len, 65536 - len,
                                    "Brontavel%02d\tO\nhere\tO\n\n", k);
    ws_bio b;
    char name[32];
    snprintf(name, sizeof name, "records%d.bio", nnames);
    int rc = bio_of(dir, name, text, len, &b);
    free(text);
    if (rc != 0)
        return;
    int32_t ns = b.doc->sentences.n, nt = b.doc->tokens.n;
    uint8_t *tags = calloc((size_t)nt, 1);
    if (tags == NULL) {
        CHECK(0, "memory");
        ws_bio_free(&b);
        return;
    }
    tags[0] = 1; /* Mira Qelvarsk: B-PER I-PER */
    tags[1] = 2;
    tags[2] = 3; /* Qelvarsk alone: B-ORG */
    int32_t s = 2;
    for (int k = 0; k < nnames; k++) {
        static const uint8_t odd[2] = {5, 3}, even[3] = {3, 5, 3};
        for (int m = 0; m < (k & 1 ? 2 : 3); m++, s++)
            tags[b.doc->sentences.v[s].tok0] = k & 1 ? odd[m] : even[m];
    }
    CHECK(s == ns, "sentences (%d %d)", s, ns);
    CHECK(ws_tagger_doc_pass(b.doc, 0, ns, tags) == 0, "pass");
    CHECK(tags[2] == 1, "the surname is the person (%d)", tags[2]);
    CHECK(tags[0] == 1 && tags[1] == 2, "the full name kept");
    s = 2;
    int bad = 0;
    for (int k = 0; k < nnames; k++)
        for (int m = 0; m < (k & 1 ? 2 : 3); m++, s++)
            bad += tags[b.doc->sentences.v[s].tok0] != (k & 1 ? 5 : 3);
    CHECK(bad == 0, "%d names: majority and first type per string (%d wrong)",
          nnames, bad);
    free(tags);
    ws_bio_free(&b);
}

static void
test_doc_pass_records_apart(const char *dir)
{
    doc_pass_records_n(dir, 4);  /* 12 mentions: the stack's table */
    doc_pass_records_n(dir, 90); /* 227 mentions: the heap's */
}

/* `whosaid eval --bio` on a file without document marks ran no
 * document pass at all (the stage runs it over every article): it now
 * runs over blocks of consecutive sentences, so a lone surname of a
 * person named in full a sentence before is scored as that person. */
static void
test_score_doc_pass_blocks(const char *dir)
{
    static const char tr[] = "Anna\tB-PER\nKowalczyk\tI-PER\nspoke\tO\n.\tO\n\n"
                             "Kowalczyk\tO\nleft\tO\n.\tO\n\n";
    static const char ev[] = "Anna\tB-PER\nKowalczyk\tI-PER\nspoke\tO\n.\tO\n\n"
                             "Kowalczyk\tB-PER\nleft\tO\n.\tO\n\n";
    ws_bio b, e;
    double f1 = -1;
    if (bio_of(dir, "blk-train.bio", tr, strlen(tr), &b) != 0)
        return;
    if (bio_of(dir, "blk-eval.bio", ev, strlen(ev), &e) != 0) {
        ws_bio_free(&b);
        return;
    }
    ws_tagtrain *tt = train(&b, 1);
    CHECK(tt != NULL, "training");
    if (tt != NULL) {
        const ws_tagger *avg = ws_tagtrain_average(tt);
        CHECK(count_wrong(avg, &b) == 0, "the model leaves the lone name");
        CHECK(ws_bio_score(avg, NULL, &e, NULL, &f1) == 0 && f1 > 99.9,
              "document pass over a file without documents (F1 %.2f)", f1);
    }
    ws_tagtrain_free(tt);
    ws_bio_free(&b);
    ws_bio_free(&e);
}

static void
test_long_sentence(const char *dir, const char *model)
{
    char path[512], err[256];
    ws_buf buf = {0};
    ws_bio b;
    for (int i = 0; i < 700; i++)
        ws_buf_puts(&buf, i % 7 == 0 ? "Berlin\tB-LOC\n" : "und\tO\n");
    ws_buf_putc(&buf, '\n');
    snprintf(path, sizeof path, "%s/long.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write long");
    ws_buf_free(&buf);
    ws_tagger *t = ws_tagger_load(model, err, sizeof err);
    CHECK(t != NULL, "load %s", err);
    if (t == NULL || ws_bio_read(&b, path, "en", err, sizeof err) != 0) {
        ws_tagger_free(t);
        return;
    }
    uint8_t *tags = malloc(700);
    CHECK(tags != NULL && ws_tagger_tag(t, NULL, b.doc, 0, tags) == 0,
          "long sentence tagged");
    int bad = 0;
    for (int i = 1; tags != NULL && i < 700; i++)
        if ((tags[i] & 1) == 0 && tags[i] != 0 && tags[i] != tags[i - 1] &&
            tags[i] != tags[i - 1] + 1)
            bad++;
    CHECK(bad == 0, "IOB2 kept valid (%d bad)", bad);
    CHECK(ws_tagger_tag(t, NULL, b.doc, 5, tags) < 0, "bad sentence index");
    free(tags);
    ws_bio_free(&b);
    ws_tagger_free(t);
}

/* The per-thread word-feature cache (two ways a set, the way used last
 * looked up first): a document of more distinct forms than the cache
 * holds, the names of the training corpus among them, makes sets hold
 * two forms, forms evicted and met again, and hits in either way.  The
 * tags must be the same cold, warm in reverse order (each set's way used
 * last changes), warm again, interleaved with a second worker (other
 * keys in the same cache), as the float model's decoder gives them (which
 * reads no sums nor transition scores from the entries: the first
 * sentence, of 6 000 tokens, has forms whose entry a later form of it
 * replaced) and, where no dictionary answers (Hunspell opens the
 * system's dictionaries even without models), without a worker, whose
 * features are then the same. */
static void
test_word_cache_ways(const char *dir, const char *fmodel, const char *model)
{
    static const char *const names[] = {"Anna",   "Kowalski", "visited",
                                        "Berlin", "Paris",    "Nowak",
                                        "Rome",   "Olympics", "Cross"};
    enum { NTOK = 24000, LONG = 6000 };
    char path[512], err[256], word[32];
    ws_buf buf = {0};
    ws_bio b;
    for (int i = 0; i < NTOK; i++) {
        if (i % 3 == 0)
            ws_buf_puts(&buf, names[(i / 3) % 9]);
        else {
            /* 14 000 forms, each met once or twice, some capitalised */
            int f = (i * 7) % 14000;
            snprintf(word, sizeof word, "%sqel%dx", f % 5 ? "" : "Z", f);
            ws_buf_puts(&buf, word);
        }
        ws_buf_puts(&buf, "\tO\n");
        /* the first sentence longer than the cache has sets: a later
         * form of it replaces an earlier one's entry */
        if (i == LONG - 1 || (i >= LONG && i % 12 == 11))
            ws_buf_putc(&buf, '\n');
    }
    snprintf(path, sizeof path, "%s/ways.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write ways");
    ws_buf_free(&buf);
    ws_tagger *t = ws_tagger_load(model, err, sizeof err);
    /* no models: no dictionary answers */
    ws_models *m = ws_models_none();
    ws_worker *w = ws_worker_new(m), *w2 = ws_worker_new(m);
    uint8_t *want = malloc(NTOK), *got = malloc(NTOK);
    CHECK(m != NULL && t != NULL && w != NULL && w2 != NULL && want != NULL &&
              got != NULL,
          "load %s", err);
    if (t != NULL && w != NULL && w2 != NULL && want != NULL && got != NULL &&
        ws_bio_read(&b, path, "en", err, sizeof err) == 0) {
        const ws_doc *d = b.doc;
        CHECK(d->tokens.n == NTOK, "%d tokens", (int)d->tokens.n);
        CHECK(tag_all(t, w, d, 0, want) == 0, "tag cold");
        int kinds = 0;
        for (int i = 1; i < NTOK; i++)
            kinds |= want[i] != want[0];
        CHECK(kinds, "the tags are not all one");
        for (int pass = 0; pass < 4; pass++) {
            memset(got, 0xff, NTOK);
            int rc = pass == 0   ? tag_all(t, w, d, 1, got)
                     : pass == 1 ? tag_all(t, w, d, 0, got)
                     : pass == 2 ? tag_all(t, w2, d, 1, got)
                                 : tag_all(t, w, d, 1, got);
            CHECK(rc == 0 && memcmp(want, got, NTOK) == 0,
                  "pass %d: the cached forms tag as when first met", pass);
        }
        ws_tagger *tf = ws_tagger_load(fmodel, err, sizeof err);
        CHECK(tf != NULL && tag_all(tf, w, d, 0, got) == 0 &&
                  memcmp(want, got, NTOK) == 0,
              "the float model's decoder (no cached sums): the same tags");
        ws_tagger_free(tf);
        if (!ws_spell_avail(w, "en"))
            CHECK(tag_all(t, NULL, d, 0, got) == 0 &&
                      memcmp(want, got, NTOK) == 0,
                  "without a worker (no dictionary either): the same tags");
        ws_bio_free(&b);
    }
    free(want);
    free(got);
    ws_worker_free(w);
    ws_worker_free(w2);
    ws_models_free(m);
    ws_tagger_free(t);
}

/* The word-feature cache keeps a form's transition scores packed (per
 * previous tag the six IOB2 may allow, spread to the eight tags when
 * read) and its sums and gazetteer step under the generation of the
 * model that computed them (no model pointer).  Sentences of the names
 * of the training corpus in every order, so that each tag follows many
 * others, tagged by two loads of the int16 model (two generations) in
 * turn on one worker's entries, cold and warm, and by a third load after
 * the first is freed (it may get the freed one's address), must get the
 * float model's tags. */
static void
test_trans_packed_gens(const char *dir, const char *fmodel, const char *qmodel)
{
    static const char *const words[] = {
        "Anna",  "Kowalski", "visited", "Berlin",  ".",      "The",
        "Red",   "Cross",    "opened",  "an",      "office", "in",
        "Paris", "Jan",      "Nowak",   "watched", "the",    "Olympics",
        "Rome",  "Krakowie", "w",       "Żółć"};
    enum { NW = sizeof words / sizeof words[0], NTOK = 6000 };
    char err[256];
    ws_buf buf = {0};
    ws_bio b;
    uint32_t r = 12345;
    for (int i = 0; i < NTOK; i++) {
        r = r * 1103515245u + 12345u;
        ws_buf_puts(&buf, words[(r >> 16) % NW]);
        ws_buf_puts(&buf, "\tO\n");
        if ((r >> 8) % 9 == 0)
            ws_buf_putc(&buf, '\n');
    }
    ws_buf_putc(&buf, '\n');
    int ok = bio_of(dir, "packed.bio", buf.buf, buf.len, &b) == 0;
    ws_buf_free(&buf);
    if (!ok)
        return;
    ws_tagger *tf = ws_tagger_load(fmodel, err, sizeof err);
    ws_tagger *q1 = ws_tagger_load(qmodel, err, sizeof err);
    ws_tagger *q2 = ws_tagger_load(qmodel, err, sizeof err);
    ws_models *m = ws_models_none();
    ws_worker *w = ws_worker_new(m);
    int32_t n = b.doc->tokens.n;
    uint8_t *want = malloc((size_t)n), *got = malloc((size_t)n);
    CHECK(tf != NULL && q1 != NULL && q2 != NULL && w != NULL && want != NULL &&
              got != NULL,
          "load %s", err);
    if (tf != NULL && q1 != NULL && q2 != NULL && w != NULL && want != NULL &&
        got != NULL) {
        CHECK(tag_all(tf, w, b.doc, 0, want) == 0, "tag float");
        int kinds = 0;
        for (int32_t i = 0; i < n; i++)
            kinds |= 1 << want[i];
        CHECK(__builtin_popcount((unsigned)kinds) >= 4,
              "several tags (%x) follow one another", kinds);
        for (int pass = 0; pass < 6; pass++) {
            const ws_tagger *q = pass % 2 ? q2 : q1;
            memset(got, 0xff, (size_t)n);
            CHECK(tag_all(q, w, b.doc, pass % 3 == 2, got) == 0 &&
                      memcmp(want, got, (size_t)n) == 0,
                  "pass %d: the packed scores give the float model's tags",
                  pass);
        }
        ws_tagger_free(q1);
        q1 = ws_tagger_load(qmodel, err, sizeof err);
        memset(got, 0xff, (size_t)n);
        CHECK(q1 != NULL && tag_all(q1, w, b.doc, 0, got) == 0 &&
                  memcmp(want, got, (size_t)n) == 0,
              "a model loaded after one freed: its own entries");
    }
    free(want);
    free(got);
    ws_worker_free(w);
    ws_models_free(m);
    ws_tagger_free(tf);
    ws_tagger_free(q1);
    ws_tagger_free(q2);
    ws_bio_free(&b);
}

/* scratch_fill() grows the fold buffer (1 024 bytes on the stack: four a
 * byte and 16) at the first token longer than it holds, in the loop over
 * the tokens: tokens of 300, 1 100 and 2 000 bytes (the last of 'İ', two
 * bytes that fold to three) after short ones, the longest first or
 * last, tagged by the int16 decoder with a worker (the word cache) and
 * without, must get the tags of the float model's decoder and, with
 * the worker, the same warm as cold (the grown buffer is freed: the
 * sanitizer build finds a leak or a write past it). */
static void
test_fold_buffer_grows_mid_sentence(const char *dir, const char *fmodel,
                                    const char *qmodel)
{
    char path[512], err[256];
    ws_buf buf = {0}, lng[3] = {{0}};
    ws_bio b;
    for (int i = 0; i < 300; i++)
        ws_buf_putc(&lng[0], i == 0 ? 'K' : 'q');
    for (int i = 0; i < 1100; i++)
        ws_buf_putc(&lng[1], i % 7 == 0 ? 'Z' : 'e');
    for (int i = 0; i < 1000; i++)
        ws_buf_puts(&lng[2], "\xc4\xb0");
    for (int order = 0; order < 2; order++) {
        ws_buf_puts(&buf, "Anna\tB-PER\nvisited\tO\n");
        for (int k = 0; k < 3; k++) {
            const ws_buf *l = &lng[order ? 2 - k : k];
            ws_buf_put(&buf, l->buf, l->len);
            ws_buf_puts(&buf, "\tO\nin\tO\n");
        }
        ws_buf_puts(&buf, "Rome\tB-LOC\n.\tO\n\n");
    }
    for (int k = 0; k < 3; k++)
        ws_buf_free(&lng[k]);
    snprintf(path, sizeof path, "%s/longtok.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write long tokens");
    ws_buf_free(&buf);
    ws_tagger *tf = ws_tagger_load(fmodel, err, sizeof err);
    ws_tagger *tq = ws_tagger_load(qmodel, err, sizeof err);
    ws_models *m = ws_models_none();
    ws_worker *w = ws_worker_new(m);
    CHECK(tf != NULL && tq != NULL && w != NULL, "load %s", err);
    if (tf != NULL && tq != NULL && w != NULL &&
        ws_bio_read(&b, path, "en", err, sizeof err) == 0) {
        const ws_doc *d = b.doc;
        CHECK(d->sentences.n == 2 && d->tokens.n == 20,
              "%d sentences %d tokens", (int)d->sentences.n, (int)d->tokens.n);
        CHECK(ws_tok_blen(d, 6) == 2000 && ws_tok_blen(d, 12) == 2000,
              "the longest token's bytes (%d)", (int)ws_tok_blen(d, 6));
        uint8_t want[20], got[20];
        CHECK(d->tokens.n == 20 && tag_all(tf, NULL, d, 0, want) == 0,
              "float decoder");
        for (int pass = 0; pass < 3; pass++) {
            memset(got, 0xff, sizeof got);
            CHECK(d->tokens.n == 20 &&
                      tag_all(tq, pass < 2 ? w : NULL, d, pass, got) == 0 &&
                      memcmp(want, got, sizeof got) == 0,
                  "pass %d: long tokens tag as the float decoder tags them",
                  pass);
        }
        ws_bio_free(&b);
    }
    ws_worker_free(w);
    ws_models_free(m);
    ws_tagger_free(tf);
    ws_tagger_free(tq);
}

/* The whole of a token longer than the stack fold buffer holds is
 * folded (scratch_fill() grows the buffer at that token, after short
 * ones): two tokens of 1 200 bytes alike but for their last three, one
 * a person, the other a place in training, written in capitals when
 * tagged (their word features unseen), are told apart by their folded
 * forms and suffixes alone, which a fold cut at the buffer's length
 * makes the same. */
static void
test_fold_reads_long_token_whole(const char *dir)
{
    char path[512], err[256];
    ws_buf buf = {0}, up[2] = {{0}};
    ws_bio b, e;
    static const char *const tail[2] = {"per", "loc"};
    static const char *const tag[2] = {"B-PER", "B-LOC"};
    for (int k = 0; k < 2; k++)
        for (int rep = 0; rep < 3; rep++) {
            ws_buf_puts(&buf, "we\tO\nsaw\tO\n");
            for (int i = 0; i < 1197; i++)
                ws_buf_putc(&buf, 'q');
            ws_buf_puts(&buf, tail[k]);
            ws_buf_printf(&buf, "\t%s\nthere\tO\n.\tO\n\n", tag[k]);
        }
    for (int k = 0; k < 2; k++) {
        ws_buf_puts(&up[k], "we\tO\nsaw\tO\n");
        for (int i = 0; i < 1197; i++)
            ws_buf_putc(&up[k], 'Q');
        for (const char *c = tail[k]; *c; c++)
            ws_buf_putc(&up[k], (char)(*c - 32));
        ws_buf_printf(&up[k], "\t%s\nthere\tO\n.\tO\n\n", tag[k]);
    }
    snprintf(path, sizeof path, "%s/longtrain.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write");
    int ok = ws_bio_read(&b, path, "en", err, sizeof err) == 0;
    snprintf(path, sizeof path, "%s/longtag.bio", dir);
    ws_buf_put(&up[0], up[1].buf, up[1].len);
    CHECK(write_file(path, up[0].buf, up[0].len) == 0, "write");
    ok = ok && ws_bio_read(&e, path, "en", err, sizeof err) == 0;
    ws_buf_free(&buf);
    ws_buf_free(&up[0]);
    ws_buf_free(&up[1]);
    CHECK(ok, "read %s", err);
    if (!ok)
        return;
    ws_tagtrain *tt = train(&b, 1);
    CHECK(tt != NULL, "trained");
    if (tt != NULL) {
        const ws_tagger *avg = ws_tagtrain_average(tt);
        uint8_t got[5];
        for (int32_t s = 0; s < 2; s++) {
            CHECK(e.doc->sentences.v[s].tok1 - e.doc->sentences.v[s].tok0 ==
                          5 &&
                      ws_tagger_tag(avg, NULL, e.doc, s, got) == 0,
                  "tag sentence %d", s);
            CHECK(got[2] == e.tags[e.doc->sentences.v[s].tok0 + 2],
                  "sentence %d: the long token gets %d (want %d)", s, got[2],
                  e.tags[e.doc->sentences.v[s].tok0 + 2]);
        }
        ws_tagtrain_free(tt);
    }
    ws_bio_free(&b);
    ws_bio_free(&e);
}

/* The int16 decoder sums each token's feature groups from the per-thread
 * score cache into the tokens that read them, the padding included, and
 * keeps the transition rows of tags 0..7 as one vector and tag 8 apart.
 * Sentences of 1, 2 and 3 tokens (the edges overlap) and one past the
 * stack scratch (TG_STACKTOK, 256) must get the tags of the float model's
 * decoder, which sums every row per token; the same cold and warm. */
static void
test_cached_decoder_edges(const char *dir, const char *fmodel,
                          const char *qmodel)
{
    char path[512], err[256];
    ws_buf buf = {0};
    ws_bio b;
    ws_buf_puts(&buf, "Berlin\tB-LOC\n\n");
    ws_buf_puts(&buf, "Anna\tB-PER\nKowalski\tI-PER\n\n");
    ws_buf_puts(&buf, "Rome\tB-LOC\nvisited\tO\nParis\tB-LOC\n\n");
    ws_buf_puts(&buf, "Olympics\tB-MISC\n\n");
    for (int i = 0; i < 300; i++)
        ws_buf_puts(&buf, i % 5 == 0   ? "Jan\tB-PER\n"
                          : i % 5 == 1 ? "Nowak\tI-PER\n"
                          : i % 5 == 2 ? "watched\tO\n"
                          : i % 5 == 3 ? "the\tO\n"
                                       : "Olympics\tB-MISC\n");
    ws_buf_putc(&buf, '\n');
    snprintf(path, sizeof path, "%s/edges.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write edges");
    ws_buf_free(&buf);
    ws_tagger *tf = ws_tagger_load(fmodel, err, sizeof err);
    ws_tagger *tq = ws_tagger_load(qmodel, err, sizeof err);
    CHECK(tf != NULL && tq != NULL, "load %s", err);
    if (tf == NULL || tq == NULL ||
        ws_bio_read(&b, path, "en", err, sizeof err) != 0) {
        ws_tagger_free(tf);
        ws_tagger_free(tq);
        return;
    }
    CHECK(b.doc->sentences.n == 5, "5 sentences (%d)", b.doc->sentences.n);
    uint8_t want[400], got[400];
    for (int pass = 0; pass < 2; pass++) /* cold caches, then warm */
        for (int32_t s = b.doc->sentences.n - 1; s >= 0; s--) {
            const ws_sentence *se = &b.doc->sentences.v[s];
            int n = se->tok1 - se->tok0;
            CHECK(n <= 400 && ws_tagger_tag(tf, NULL, b.doc, s, want) == 0 &&
                      ws_tagger_tag(tq, NULL, b.doc, s, got) == 0,
                  "tag sentence %d", s);
            CHECK(n <= 400 && memcmp(want, got, (size_t)n) == 0,
                  "pass %d sentence %d (%d tokens): cached decoder = float "
                  "decoder",
                  pass, s, n);
        }
    ws_bio_free(&b);
    ws_tagger_free(tf);
    ws_tagger_free(tq);
}

static void
test_corrupt(const char *dir, const char *model)
{
    char path[512], err[256];
    size_t n;
    char *data = read_all(model, &n);
    CHECK(data != NULL && n > 64, "read model back");
    if (data == NULL)
        return;

    snprintf(path, sizeof path, "%s/trunc.model", dir);
    write_file(path, data, n / 2);
    err[0] = '\0';
    CHECK(ws_tagger_load(path, err, sizeof err) == NULL, "truncated refused");
    CHECK(strstr(err, "size") != NULL, "truncated message: %s", err);

    snprintf(path, sizeof path, "%s/short.model", dir);
    write_file(path, data, 10);
    CHECK(ws_tagger_load(path, err, sizeof err) == NULL, "short refused");

    snprintf(path, sizeof path, "%s/empty.model", dir);
    write_file(path, "", 0);
    CHECK(ws_tagger_load(path, err, sizeof err) == NULL, "empty refused");

    snprintf(path, sizeof path, "%s/magic.model", dir);
    data[0] ^= 0x55;
    write_file(path, data, n);
    data[0] ^= 0x55;
    CHECK(ws_tagger_load(path, err, sizeof err) == NULL, "bad magic refused");
    CHECK(strstr(err, "magic") != NULL, "magic message: %s", err);

    snprintf(path, sizeof path, "%s/header.model", dir);
    data[20] ^= 1; /* a byte of the header (bits) */
    write_file(path, data, n);
    data[20] ^= 1;
    CHECK(ws_tagger_load(path, err, sizeof err) == NULL, "header refused");

    snprintf(path, sizeof path, "%s/payload.model", dir);
    data[n - 3] ^= 0x10;
    write_file(path, data, n);
    data[n - 3] ^= 0x10;
    CHECK(ws_tagger_load(path, err, sizeof err) == NULL, "payload refused");
    CHECK(strstr(err, "checksum") != NULL, "checksum message: %s", err);

    snprintf(path, sizeof path, "%s/nonexistent.model", dir);
    CHECK(ws_tagger_load(path, err, sizeof err) == NULL, "missing refused");
    CHECK(ws_tagger_load(dir, err, sizeof err) == NULL, "directory refused");

    snprintf(path, sizeof path, "%s/ok.model", dir);
    write_file(path, data, n);
    ws_tagger *t = ws_tagger_load(path, err, sizeof err);
    CHECK(t != NULL, "intact copy loads: %s", err);
    ws_tagger_free(t);
    ws_tagger_free(NULL);
    free(data);
}

/* Writes data gzip-compressed (one member, zlib's header, or with a file
 * name and comment in it when named); 0 or -1. */
static int
write_gz(const char *path, const void *data, size_t n, int named)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return -1;
    gz_header gh;
    memset(&gh, 0, sizeof gh);
    gh.name = (Bytef *)(uintptr_t) "m.model";
    gh.comment = (Bytef *)(uintptr_t) "test";
    gh.hcrc = 1;
    if (named)
        deflateSetHeader(&zs, &gh);
    size_t cap = deflateBound(&zs, (uLong)n) + 64;
    unsigned char *out = malloc(cap);
    if (out == NULL) {
        deflateEnd(&zs);
        return -1;
    }
    zs.next_in = (Bytef *)(uintptr_t)data;
    zs.avail_in = (uInt)n;
    zs.next_out = out;
    zs.avail_out = (uInt)cap;
    int r = deflate(&zs, Z_FINISH);
    size_t len = cap - zs.avail_out;
    deflateEnd(&zs);
    r = r == Z_STREAM_END ? write_file(path, out, len) : -1;
    free(out);
    return r;
}

/* Committed models are gzip members, read by raw inflate from the mapped
 * file (test_gzip_model_load): such a copy loads and tags as the plain
 * file does, with or without a name in the gzip header; a truncated,
 * corrupt or over-long member, or a wrong length in its trailer, is
 * refused. */
static void
test_gzip_model_load(const char *dir, const char *model, const char *bio)
{
    char path[512], err[256];
    size_t n, gn;
    ws_bio b;
    char *data = read_all(model, &n);
    CHECK(data != NULL && n > 64, "read model back");
    if (data == NULL)
        return;
    ws_tagger *plain = ws_tagger_load(model, err, sizeof err);
    CHECK(plain != NULL, "plain model loads: %s", err);
    int have_bio = ws_bio_read(&b, bio, "en", err, sizeof err) == 0;
    for (int named = 0; named < 2; named++) {
        snprintf(path, sizeof path, "%s/gz%d.model", dir, named);
        CHECK(write_gz(path, data, n, named) == 0, "write gz");
        ws_tagger *t = ws_tagger_load(path, err, sizeof err);
        CHECK(t != NULL, "gzip model (named %d) loads: %s", named, err);
        if (t != NULL && plain != NULL && have_bio)
            CHECK(count_wrong(t, &b) == count_wrong(plain, &b),
                  "gzip model (named %d) tags as the plain one", named);
        ws_tagger_free(t);
    }
    snprintf(path, sizeof path, "%s/gz0.model", dir);
    char *gz = read_all(path, &gn);
    CHECK(gz != NULL && gn > 20, "read gz back");
    if (gz != NULL && gn > 20) {
        snprintf(path, sizeof path, "%s/gzbad.model", dir);
        write_file(path, gz, gn / 2);
        CHECK(ws_tagger_load(path, err, sizeof err) == NULL,
              "truncated gzip refused");
        write_file(path, gz, gn - 4);
        CHECK(ws_tagger_load(path, err, sizeof err) == NULL,
              "gzip without its length refused");
        gz[gn - 4] ^= 1; /* ISIZE */
        write_file(path, gz, gn);
        gz[gn - 4] ^= 1;
        CHECK(ws_tagger_load(path, err, sizeof err) == NULL,
              "gzip with a wrong length refused");
        gz[gn / 2] ^= 0x5A; /* the deflate data */
        write_file(path, gz, gn);
        gz[gn / 2] ^= 0x5A;
        CHECK(ws_tagger_load(path, err, sizeof err) == NULL,
              "corrupt gzip refused");
        gz[3] = (char)0xE0; /* reserved header flags */
        write_file(path, gz, gn);
        CHECK(ws_tagger_load(path, err, sizeof err) == NULL,
              "gzip with reserved flags refused");
        /* the model and one byte more, compressed */
        char *more = malloc(n + 1);
        if (more != NULL) {
            memcpy(more, data, n);
            more[n] = 'x';
            CHECK(write_gz(path, more, n + 1, 0) == 0, "write gz");
            CHECK(ws_tagger_load(path, err, sizeof err) == NULL &&
                      strstr(err, "size") != NULL,
                  "gzip with a byte more refused: %s", err);
            free(more);
        }
    }
    free(gz);
    if (have_bio)
        ws_bio_free(&b);
    ws_tagger_free(plain);
    free(data);
}

/* A loaded int16 model keeps only its nonzero rows: saved again, it
 * writes the same dense table it was read from, and tags the same. */
static void
test_row_store(const char *dir, const char *bio)
{
    char model[512], again[512], err[256];
    ws_bio b;
    snprintf(model, sizeof model, "%s/gaz.model", dir);
    snprintf(again, sizeof again, "%s/gaz-again.model", dir);
    ws_tagger *t = ws_tagger_load(model, err, sizeof err);
    CHECK(t != NULL, "load: %s", err);
    if (t == NULL)
        return;
    CHECK(ws_tagger_save(t, again, 0, 99.0f, err, sizeof err) == 0,
          "save the loaded model: %s", err);
    size_t n1 = 0, n2 = 0, wb = 64 + ((size_t)9 << 16) * 2;
    char *a = read_all(model, &n1), *c = read_all(again, &n2);
    CHECK(a != NULL && c != NULL && n1 >= wb && n2 >= wb &&
              memcmp(a + 64, c + 64, wb - 64) == 0,
          "the row store gives back the dense weights");
    free(a);
    free(c);
    ws_tagger *t2 = ws_tagger_load(again, err, sizeof err);
    CHECK(t2 != NULL, "load the saved copy: %s", err);
    if (t2 != NULL && ws_bio_read(&b, bio, "en", err, sizeof err) == 0) {
        CHECK(count_wrong(t2, &b) == count_wrong(t, &b),
              "the copy tags the same");
        ws_bio_free(&b);
    }
    ws_tagger_free(t2);
    ws_tagger_free(t);
}

/* German compounds are seen by their heads: inflected and plural heads,
 * a place-name suffix; not a lower-case word, not another language. */
static void
test_compound_head_de(void)
{
    static const struct {
        const char *lang, *word;
        int cat;
    } c[] = {
        {"de", "Bundesjustizministeriums", 1},
        {"de", "Kreisverbände", 1},
        {"de", "Landesverband", 1},
        {"de", "Sparkasse", 1},
        {"de", "Hausberge", 2},
        {"de", "Nordstraße", 2},
        {"de", "Dreißigjährigen", 0},
        {"de", "Weltmeisterschaft", 3},
        {"de", "Mühlhausen", 4},
        {"de", "Frau", 0},
        {"de", "kreisverband", 0},
        {"en", "Landesverband", 0},
        {"de", "", 0},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        int got = ws_tagger_head_cat(c[i].lang, c[i].word, strlen(c[i].word));
        CHECK(got == c[i].cat, "%s %s: head category %d, want %d", c[i].lang,
              c[i].word, got, c[i].cat);
    }
}

/* Russian head nouns: a stem of the lexicon plus a case ending of at
 * most 3 letters, any case; a longer rest is another word. */
static void
test_head_ru(void)
{
    static const struct {
        const char *lang, *word;
        int cat;
    } c[] = {
        {"ru", "Министерства", 1},
        {"ru", "министерствами", 1},
        {"ru", "фонд", 1},
        {"ru", "области", 2},
        {"ru", "Чемпионату", 3},
        {"ru", "Москва", 0},
        {"ru", "судьбами", 0},
        {"uk", "Міністерство", 0},
        {"ru", "", 0},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        int got = ws_tagger_head_cat(c[i].lang, c[i].word, strlen(c[i].word));
        CHECK(got == c[i].cat, "%s %s: head category %d, want %d", c[i].lang,
              c[i].word, got, c[i].cat);
    }
}

/* The trainer's feature set (whosaid train ner --feature-set 3|4|5): the
 * shipped models of models/MANIFEST are of set 3, 4 or 5, and their
 * commands must rebuild each one as shipped.  A model trained with each
 * set says so in its header (featversion, bytes 12-13) and once loaded;
 * the sets give different weights (set 4 adds the endings agreement
 * pairs, set 5 the shape trigrams); the same set trained twice gives the
 * same file; other sets are refused. */
static const char *const fset_corpus =
    "# newdoc id = fset:1\n"
    "Marta\tB-PER\nLindqvist\tI-PER\nspoke\tO\nin\tO\nOslo\tB-LOC\n.\tO\n"
    "\n"
    "The\tO\nHarbour\tB-ORG\nBoard\tI-ORG\nmet\tO\nin\tO\nBergen\tB-LOC\n"
    ".\tO\n"
    "\n"
    "Tomas\tB-PER\nVik\tI-PER\nleads\tO\nthe\tO\nHarbour\tB-ORG\n"
    "Board\tI-ORG\n.\tO\n"
    "\n";

static void
test_train_feature_set(const char *dir)
{
    char bio[512], model[4][512], err[256];
    ws_bio b;
    snprintf(bio, sizeof bio, "%s/fset.bio", dir);
    CHECK(write_file(bio, fset_corpus, strlen(fset_corpus)) == 0, "write");
    if (ws_bio_read(&b, bio, "en", err, sizeof err) != 0) {
        CHECK(0, "read %s", err);
        return;
    }
    ws_tagtrain *tt = ws_tagtrain_new("en", 16, 1);
    CHECK(tt != NULL && ws_tagtrain_featureset(tt, 2) == -WS_EFIELD &&
              ws_tagtrain_featureset(tt, 6) == -WS_EFIELD &&
              ws_tagtrain_featureset(tt, 1) == -WS_EFIELD,
          "feature sets other than 3, 4 and 5 refused");
    ws_tagtrain_free(tt);

    char *data[4] = {NULL, NULL, NULL, NULL};
    size_t len[4] = {0, 0, 0, 0};
    for (int k = 0; k < 4; k++) {
        unsigned set = k == 1 ? 4 : k == 3 ? 5 : 3; /* 3, 4, 3 again, 5 */
        snprintf(model[k], sizeof model[k], "%s/fset%d.model", dir, k);
        CHECK(train_fset(&b, set, 8, NULL, model[k]) == 0, "train set %u", set);
        data[k] = read_all(model[k], &len[k]);
        uint16_t hv = 0;
        if (data[k] != NULL && len[k] > 64)
            memcpy(&hv, data[k] + 12, sizeof hv);
        CHECK(hv == set, "header feature set %u, want %u", hv, set);
        ws_tagger *t = ws_tagger_load(model[k], err, sizeof err);
        CHECK(t != NULL, "set %u model loads: %s", set, err);
        if (t == NULL)
            continue;
        CHECK(ws_tagger_featureset(t) == set, "loaded set %u, want %u",
              ws_tagger_featureset(t), set);
        CHECK(count_wrong(t, &b) == 0, "set %u model tags its corpus", set);
        ws_tagger_free(t);
    }
    CHECK(data[0] != NULL && data[1] != NULL &&
              (len[0] != len[1] ||
               memcmp(data[0] + 64, data[1] + 64, len[0] - 64) != 0),
          "sets 3 and 4 give different weights");
    CHECK(data[1] != NULL && data[3] != NULL &&
              (len[1] != len[3] ||
               memcmp(data[1] + 64, data[3] + 64, len[1] - 64) != 0),
          "sets 4 and 5 give different weights");
    CHECK(data[0] != NULL && data[2] != NULL && len[0] == len[2] &&
              memcmp(data[0], data[2], len[0]) == 0,
          "set 3 trained twice: the same file");
    for (int k = 0; k < 4; k++)
        free(data[k]);
    ws_bio_free(&b);
}

/* ---- the int16 decoder's agreement rows (feature sets 4 and 5: the
 * last two letters of a token with those of each neighbour), kept per
 * thread and pair of endings under the model that read them; two small
 * models trained here on invented sentences ---- */

enum { AGREE_MAXTOK = 4096 };

/* Invented sentences whose words share a few endings in many pairs:
 * names in -ski, -ova, -enko, places in -ia and -burg, organisations in
 * -ium and -ex, lower-case words in -ed, -es, -al; then sentences of one
 * and of two tokens (the first token's pair with the padding and the
 * last one's are read apart).  rot: the entity types rotated (a second
 * model whose rows of the same pairs differ). */
static void
make_corpus(ws_buf *b, int rot)
{
    static const char *const first[] = {"Anka", "Borys", "Celina", "Darek",
                                        "Elwira"};
    static const char *const last[] = {"Mirowski", "Talova", "Perenko",
                                       "Gadowski", "Surova"};
    static const char *const verbs[] = {"visited", "praises", "joined",
                                        "leaves", "signed"};
    static const char *const places[] = {"Velaria", "Orsburg", "Tamaria",
                                         "Klenburg"};
    static const char *const orgs[] = {"Consortium", "Lumex", "Forum",
                                       "Nortex"};
    const char *per = rot ? "LOC" : "PER", *loc = rot ? "ORG" : "LOC",
               *org = rot ? "PER" : "ORG";
    char line[64];
    for (int i = 0; i < 60; i++) {
        snprintf(line, sizeof line, "%s\tB-%s\n%s\tI-%s\n", first[i % 5], per,
                 last[(i / 5) % 5], per);
        ws_buf_puts(b, line);
        ws_buf_puts(b, verbs[(i / 3) % 5]);
        ws_buf_puts(b, "\tO\nthe\tO\n");
        if (i % 2) {
            snprintf(line, sizeof line, "%s\tB-%s\n", orgs[(i / 2) % 4], org);
            ws_buf_puts(b, line);
        } else {
            ws_buf_puts(b, "regional\tO\n");
        }
        snprintf(line, sizeof line, "in\tO\n%s\tB-%s\n.\tO\n\n",
                 places[(i / 4) % 4], loc);
        ws_buf_puts(b, line);
    }
}

/* Sentences of invented words (unknown to the models: their endings and
 * shapes alone, the agreement pairs among them, score them), 1 to 14
 * tokens, made of stems and the corpus' endings, some capitalised. */
static void
make_words(ws_buf *b)
{
    static const char *const stem[] = {"dar", "vel", "kor", "mis", "tal",
                                       "gor", "pen", "sur", "lum", "ber"};
    static const char *const end[] = {"ski",  "ova", "enko", "ia", "burg",
                                      "ium",  "ex",  "ed",   "es", "al",
                                      "ence", "in",  "the",  "s",  "a"};
    uint32_t x = 12345;
    char w[32];
    for (int s = 0; s < 150; s++) {
        x = x * 1103515245u + 12345u;
        int len = 1 + (int)(x >> 16) % 14;
        for (int i = 0; i < len; i++) {
            x = x * 1103515245u + 12345u;
            unsigned r = x >> 8;
            snprintf(w, sizeof w, "%s%s", stem[r % 10], end[(r / 10) % 15]);
            if ((r / 150) % 3 == 0)
                w[0] = (char)(w[0] - 'a' + 'A');
            ws_buf_puts(b, w);
            ws_buf_puts(b, "\tO\n");
        }
        ws_buf_putc(b, '\n');
    }
}

/* The int16 decoder (agreement rows from the thread's cache, those of
 * the first and last tokens read directly) gets the tags of the float
 * model's decoder (every row read per token) cold and warm, on sentences
 * of unknown words whose endings and their pairs score them; and a
 * model tags the same after another one (its types rotated: other rows
 * for the same pairs of endings) filled the thread's cache as alone:
 * the rows are kept per model.  Sets 5 and 4. */
static void
test_agree_rows_per_model(const char *dir)
{
    char path[512], fm[2][512], qm[2][512], err[256];
    ws_tagger *tf[2] = {NULL, NULL}, *tq[2] = {NULL, NULL};
    for (int m = 0; m < 2; m++) {
        ws_buf buf = {0};
        make_corpus(&buf, m);
        snprintf(path, sizeof path, "agree%d.bio", m);
        snprintf(fm[m], sizeof fm[m], "%s/f%d.model", dir, m);
        snprintf(qm[m], sizeof qm[m], "%s/q%d.model", dir, m);
        train_pair(dir, path, &buf, m ? 4 : 5, fm[m], qm[m], &tf[m], &tq[m]);
        ws_buf_free(&buf);
    }
    ws_buf buf = {0};
    ws_bio b;
    make_words(&buf);
    snprintf(path, sizeof path, "%s/words.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write words");
    ws_buf_free(&buf);
    if (tf[0] == NULL || tf[1] == NULL || tq[0] == NULL || tq[1] == NULL ||
        ws_bio_read(&b, path, "en", err, sizeof err) != 0) {
        for (int m = 0; m < 2; m++) {
            ws_tagger_free(tf[m]);
            ws_tagger_free(tq[m]);
        }
        CHECK(0, "models or words: %s", err);
        return;
    }
    int ntok = (int)b.doc->tokens.n;
    CHECK(ntok <= AGREE_MAXTOK, "%d tokens", ntok);
    static tag_job ref, cold, seq;
    if (ntok <= AGREE_MAXTOK) {
        ref = (tag_job){.doc = b.doc, .seq = {tf[0], tf[1]}, .nseq = 2};
        CHECK(run_fresh(&ref) == 0, "tag float");
        cold = (tag_job){.doc = b.doc, .seq = {tq[0], tq[0]}, .nseq = 2};
        CHECK(run_fresh(&cold) == 0, "tag int16");
        int ents = 0, d;
        d = same_tags(cold.tags[0], ref.tags[0], ntok, &ents);
        CHECK(d == 0, "set 5 int16 cold = float decoder (%d differ)", d);
        CHECK(ents > 20 && ents < ntok - 20,
              "unknown words tagged both ways (%d of %d entities)", ents, ntok);
        d = same_tags(cold.tags[1], ref.tags[0], ntok, &ents);
        CHECK(d == 0, "set 5 int16 warm = float decoder (%d differ)", d);
        seq = (tag_job){.doc = b.doc, .seq = {tq[1], tq[0], tq[1]}, .nseq = 3};
        CHECK(run_fresh(&seq) == 0, "tag set 4, 5, 4");
        d = same_tags(seq.tags[0], ref.tags[1], ntok, &ents);
        CHECK(d == 0, "set 4 int16 = float decoder (%d differ)", d);
        d = same_tags(seq.tags[1], ref.tags[0], ntok, &ents);
        CHECK(d == 0, "set 5 after set 4: its own rows (%d differ)", d);
        d = same_tags(seq.tags[2], ref.tags[1], ntok, &ents);
        CHECK(d == 0, "set 4 after set 5: its own rows (%d differ)", d);
        CHECK(memcmp(ref.tags[0], ref.tags[1], (size_t)ntok) != 0,
              "the two models tag apart");
    }
    ws_bio_free(&b);
    for (int m = 0; m < 2; m++) {
        ws_tagger_free(tf[m]);
        ws_tagger_free(tq[m]);
    }
}

/* ---- word-pair rows ----
 * The int16 decoder reads the rows of the word pairs (F_BI_M1 of a
 * token, F_BI_P1 of the one before it) from the thread's cache of
 * pairs.  A corpus where a name's type is decided by the pair alone
 * (cue A before name X or cue B before name Y: a person; A before Y or
 * B before X: a place; each word alone is as often one as the other)
 * trains a model whose pair rows decide; the int16 decoder in a fresh
 * thread (cold, then warm) must tag as the float model's decoder, which
 * reads every row per token, and both types must be tagged. */
static void
test_word_pair_rows_decide(const char *dir)
{
    static const char *const cue[] = {"ovat", "ilem", "udra", "esko"};
    static const char *const name[] = {"Kavel", "Morna", "Tibor", "Selka"};
    char path[512], fm[512], qm[512], err[256], line[96];
    ws_buf buf = {0};
    ws_bio b;
    for (int i = 0; i < 160; i++) {
        int c = i % 4, k = i / 4 % 4;
        snprintf(line, sizeof line, "%s\tO\n%s\tB-%s\nnow\tO\n\n", cue[c],
                 name[k], (c + k) % 2 ? "LOC" : "PER");
        ws_buf_puts(&buf, line);
    }
    snprintf(fm, sizeof fm, "%s/bif.model", dir);
    snprintf(qm, sizeof qm, "%s/biq.model", dir);
    int rc = bio_of(dir, "bi.bio", buf.buf, buf.len, &b);
    ws_buf_free(&buf);
    if (rc != 0)
        return;
    CHECK(train_fset(&b, 5, 8, fm, qm) == 0, "train pairs");
    ws_bio_free(&b);
    for (int i = 0; i < 64; i++) {
        int c = i % 4, k = (i / 4 + i / 16) % 4;
        snprintf(line, sizeof line, "%s\tO\n%s\tO\n%s\n", cue[c], name[k],
                 i % 3 ? "now\tO\n" : "");
        ws_buf_puts(&buf, line);
    }
    snprintf(path, sizeof path, "%s/bit.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write bit");
    ws_buf_free(&buf);
    ws_tagger *tf = ws_tagger_load(fm, err, sizeof err);
    ws_tagger *tq = ws_tagger_load(qm, err, sizeof err);
    CHECK(tf != NULL && tq != NULL, "load %s", err);
    if (tf != NULL && tq != NULL &&
        ws_bio_read(&b, path, "en", err, sizeof err) == 0) {
        int ntok = (int)b.doc->tokens.n;
        static tag_job ref, q;
        CHECK(ntok <= AGREE_MAXTOK, "%d tokens", ntok);
        if (ntok <= AGREE_MAXTOK) {
            ref = (tag_job){.doc = b.doc, .seq = {tf}, .nseq = 1};
            q = (tag_job){.doc = b.doc, .seq = {tq, tq}, .nseq = 2};
            CHECK(run_fresh(&ref) == 0 && run_fresh(&q) == 0, "tag");
            int per = 0, loc = 0;
            for (int i = 0; i < ntok; i++) {
                per += ref.tags[0][i] == 1;
                loc += ref.tags[0][i] == 5;
            }
            CHECK(per >= 16 && loc >= 16,
                  "the pairs decide: %d persons, %d places", per, loc);
            CHECK(memcmp(q.tags[0], ref.tags[0], (size_t)ntok) == 0,
                  "int16 cold = float decoder");
            CHECK(memcmp(q.tags[1], ref.tags[0], (size_t)ntok) == 0,
                  "int16 warm = float decoder");
        }
        ws_bio_free(&b);
    }
    ws_tagger_free(tf);
    ws_tagger_free(tq);
}

/* ---- group sums past int16 ----
 * The word-feature cache keeps a form's sums of the groups its
 * neighbours read (TG_G_M1 .. TG_G_P2) as int16; those of a form whose
 * sums do not fit come from the thread's table of int32 sums.  A cue
 * word always followed by a name makes its features as the previous
 * word (lower case, word, shape, 3-suffix, the same updates) some of the
 * largest weights, quantised near 32767 each, so their sum is past
 * int16.  The int16 decoder with a worker (the word cache) must tag as
 * the float model's decoder, cold and warm, and tag the names after the
 * cue (with int16 sums cut to 16 bits they are lost). ---- */
static void
test_group_sums_past_int16(const char *dir)
{
    static const char *const names[] = {"Kavel", "Morna", "Tibor", "Selka",
                                        "Dunja", "Ferko", "Halva", "Jorik"};
    char path[512], fm[512], qm[512], err[256], line[96];
    ws_buf buf = {0};
    ws_bio b;
    for (int i = 0; i < 120; i++) {
        snprintf(line, sizeof line,
                 "zorvat\tO\n%s%c\tB-PER\nspoke\tO\n.\tO\n\n", names[i % 8],
                 'a' + i / 8 % 26);
        ws_buf_puts(&buf, line);
        snprintf(line, sizeof line, "the\tO\n%s%c\tO\nspoke\tO\n.\tO\n\n",
                 names[(i + 3) % 8], 'a' + (i + 5) / 8 % 26);
        ws_buf_puts(&buf, line);
    }
    snprintf(fm, sizeof fm, "%s/w16f.model", dir);
    snprintf(qm, sizeof qm, "%s/w16q.model", dir);
    int rc = bio_of(dir, "w16.bio", buf.buf, buf.len, &b);
    ws_buf_free(&buf);
    CHECK(rc == 0, "read w16.bio");
    if (rc != 0)
        return;
    CHECK(train_fset(&b, 5, 4, fm, qm) == 0, "train w16");
    ws_bio_free(&b);
    for (int i = 0; i < 40; i++) {
        snprintf(line, sizeof line, "zorvat\tO\nQu%sx\tO\nspoke\tO\n.\tO\n\n",
                 names[i % 8]);
        ws_buf_puts(&buf, line);
        snprintf(line, sizeof line, "the\tO\nzorvat\tO\nVi%s\tO\n\n",
                 names[(i + 1) % 8]);
        ws_buf_puts(&buf, line);
    }
    snprintf(path, sizeof path, "%s/w16t.bio", dir);
    CHECK(write_file(path, buf.buf, buf.len) == 0, "write w16t");
    ws_buf_free(&buf);
    ws_tagger *tf = ws_tagger_load(fm, err, sizeof err);
    ws_tagger *tq = ws_tagger_load(qm, err, sizeof err);
    ws_models *m = ws_models_none();
    ws_worker *w = ws_worker_new(m);
    CHECK(tf != NULL && tq != NULL && m != NULL && w != NULL, "load %s", err);
    if (tf != NULL && tq != NULL && w != NULL &&
        ws_bio_read(&b, path, "en", err, sizeof err) == 0) {
        const ws_doc *d = b.doc;
        int ntok = (int)d->tokens.n;
        uint8_t *want = malloc((size_t)ntok), *got = malloc((size_t)ntok);
        if (want != NULL && got != NULL) {
            CHECK(tag_all(tf, NULL, d, 0, want) == 0, "tag float");
            int names_tagged = 0;
            for (int32_t s = 0; s < d->sentences.n; s++) {
                int32_t t0 = d->sentences.v[s].tok0;
                names_tagged += want[t0] == 0 && want[t0 + 1] == 1;
            }
            CHECK(names_tagged >= 30,
                  "the names after the cue are persons (%d)", names_tagged);
            for (int pass = 0; pass < 2; pass++) {
                memset(got, 0xff, (size_t)ntok);
                CHECK(tag_all(tq, w, d, pass, got) == 0 &&
                          memcmp(want, got, (size_t)ntok) == 0,
                      "pass %d: the int16 decoder with the word cache tags "
                      "as the float one",
                      pass);
            }
        }
        free(want);
        free(got);
        ws_bio_free(&b);
    }
    ws_worker_free(w);
    ws_models_free(m);
    ws_tagger_free(tf);
    ws_tagger_free(tq);
}

/* A word-cache hit gives the decoder the whole of the form's features,
 * the last of them too (the phrase hashes g1h/g1hs gaz_fill() starts a
 * phrase from, copied 32 bytes a move on CPUs with AVX2): two-token
 * places of the gazetteer and two-token names of no list, in the same
 * words around them, train a float model whose only clue between an
 * unseen place and an unseen name is the gazetteer.  Cold (entries
 * filled), warm (every token a hit) and warm again, the unseen place is
 * tagged B-LOC I-LOC, the unseen name B-PER I-PER. */
static void
test_word_cache_hit_copies_phrase_hashes(const char *dir)
{
    static const char *const place[][2] = {
        {"Vorla", "Brenn"},  {"Quessa", "Tarn"},  {"Mirbo", "Kestal"},
        {"Ulvane", "Dosk"},  {"Pryde", "Holmar"}, {"Zentova", "Rusk"},
        {"Gallow", "Fennic"}};
    static const char *const name[][2] = {
        {"Tobrin", "Lask"}, {"Essel", "Varn"},   {"Moriam", "Quent"},
        {"Dalvy", "Orrek"}, {"Sabeth", "Crone"}, {"Ilvar", "Tesk"},
        {"Fenna", "Morrow"}};
    enum { NP = 7 };
    char path[512], err[256];
    ws_buf gaz = {0}, buf = {0}, tag = {0};
    for (int k = 0; k < NP; k++)
        ws_buf_printf(&gaz, "%s %s\tcity\n", place[k][0], place[k][1]);
    ws_buf_puts(&gaz, "Kettra Vool\tcity\n"); /* seen only when tagging */
    for (int rep = 0; rep < 2; rep++)
        for (int k = 0; k < NP; k++)
            for (int c = 0; c < 2; c++)
                ws_buf_printf(&buf,
                              "they\tO\nwent\tO\nto\tO\n%s\tB-%s\n%s\tI-%s\n"
                              "today\tO\n.\tO\n\n",
                              c ? name[k][0] : place[k][0], c ? "PER" : "LOC",
                              c ? name[k][1] : place[k][1], c ? "PER" : "LOC");
    ws_buf_puts(&tag, "they\tO\nwent\tO\nto\tO\nKettra\tB-LOC\nVool\tI-LOC\n"
                      "today\tO\n.\tO\n\n"
                      "they\tO\nwent\tO\nto\tO\nKettro\tB-PER\nVoola\tI-PER\n"
                      "today\tO\n.\tO\n\n");
    ws_bio b, e;
    if (gaz_train_tag(dir, "phrase", &gaz, &buf, &tag, &b, &e) != 0)
        return;
    ws_tagtrain *tt = ws_tagtrain_new("en", 16, 1);
    snprintf(path, sizeof path, "%s/phrasegaz.tsv", dir);
    CHECK(tt != NULL &&
              ws_tagtrain_gaz_tsv(tt, path, err, sizeof err) == NP + 1,
          "gazetteer of %d phrases: %s", NP + 1, err);
    for (int ep = 0; tt != NULL && ep < 10; ep++)
        for (int32_t s = 0; s < b.doc->sentences.n; s++)
            CHECK(ws_tagtrain_sentence(tt, NULL, b.doc, s,
                                       b.tags + b.doc->sentences.v[s].tok0) >=
                      0,
                  "train step");
    ws_models *m = ws_models_none();
    ws_worker *w = ws_worker_new(m);
    CHECK(w != NULL, "worker");
    if (tt != NULL && w != NULL) {
        const ws_tagger *avg = ws_tagtrain_average(tt);
        uint8_t got[14];
        CHECK(e.doc->tokens.n == 14, "%d tokens", (int)e.doc->tokens.n);
        for (int pass = 0; pass < 3 && e.doc->tokens.n == 14; pass++) {
            memset(got, 0xff, sizeof got);
            CHECK(tag_all(avg, w, e.doc, pass == 1, got) == 0, "tag");
            for (int i = 0; i < 14; i++)
                CHECK(got[i] == e.tags[i],
                      "pass %d (%s): token %d tagged %d, want %d", pass,
                      pass ? "word cache hits" : "cold", i, got[i], e.tags[i]);
        }
    }
    ws_worker_free(w);
    ws_models_free(m);
    ws_tagtrain_free(tt);
    ws_bio_free(&b);
    ws_bio_free(&e);
}

int
main(void)
{
    char dir[] = "/tmp/ws_test_tagger_XXXXXX";
    char bio[512], model[512];

    if (mkdtemp(dir) == NULL) {
        perror("mkdtemp");
        return 1;
    }
    snprintf(bio, sizeof bio, "%s/tiny.bio", dir);
    CHECK(write_file(bio, corpus, strlen(corpus)) == 0, "write corpus");

    test_read(bio);
    test_bad_bio(dir);
    test_train_save_load(dir, bio, 1);
    test_train_save_load(dir, bio, 0);
    snprintf(model, sizeof model, "%s/m11.model", dir);
    test_long_sentence(dir, model);
    {
        char fmodel[512];
        snprintf(fmodel, sizeof fmodel, "%s/m10.model", dir);
        test_cached_decoder_edges(dir, fmodel, model);
    }
    {
        char fmodel[512];
        snprintf(fmodel, sizeof fmodel, "%s/m10.model", dir);
        test_word_cache_ways(dir, fmodel, model);
        test_trans_packed_gens(dir, fmodel, model);
        test_fold_buffer_grows_mid_sentence(dir, fmodel, model);
    }
    test_fold_reads_long_token_whole(dir);
    test_word_cache_hit_copies_phrase_hashes(dir);
    test_corrupt(dir, model);
    test_gzip_model_load(dir, model, bio);
    test_gazetteer(dir, bio);
    test_xgaz_capitalised_only(dir, bio);
    test_row_store(dir, bio);
    test_doc_pass(dir);
    test_doc_pass_surname(dir);
    test_doc_pass_table(dir);
    test_doc_pass_records_apart(dir);
    test_score_doc_pass_blocks(dir);
    test_compound_head_de();
    test_head_ru();
    test_train_feature_set(dir);
    test_agree_rows_per_model(dir);
    test_word_pair_rows_decide(dir);
    test_group_sums_past_int16(dir);

    remove_tree(dir);
    TEST_END();
}
