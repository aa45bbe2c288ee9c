/*
 * train_cmd.c - `whosaid train ner`: trains the averaged-perceptron tagger
 * of one language from .bio files.
 *
 *   whosaid train ner --lang xx --train F --dev F [--epochs N] [--seed S]
 *                     [--out PATH] [--bits B] [--patience P] [--float]
 *                     [--greedy] [--no-dict] [--gaz FILE] [--no-gaz]
 *                     [--no-train-gaz] [--xgaz FILE]... [--feature-set 3|4|5]
 *
 * The training and dev files are read into documents with the tokens and
 * sentences of the file, so the features come from the same code as at
 * run time (Hunspell features through a worker of the default models).
 * Sentences are shuffled each epoch by a fixed-seed generator, the dev F1
 * is printed after each epoch and the best epoch's averaged weights are
 * written (int16 unless --float).  Exit: 0, 64 usage, 65 bad data,
 * 66 cannot open, 70 internal, 74 cannot write.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "ws_int.h"

static void
train_usage(FILE *fp)
{
    fprintf(
        fp,
        "usage: whosaid train ner --lang xx --train FILE --dev FILE\n"
        "                         [--epochs N] [--seed S] [--out PATH]\n"
        "                         [--bits B] [--patience P] [--float]\n"
        "                         [--greedy] [--no-dict] [--gaz FILE]\n"
        "                         [--no-gaz] [--no-train-gaz]\n"
        "                         [--xgaz FILE]... [--feature-set 3|4|5]\n"
        "Trains the named-entity tagger of one language from .bio files\n"
        "(token<TAB>IOB2 tag, blank line between sentences) and writes\n"
        "models/<lang>/ner.model (or PATH).  Defaults: 15 epochs, seed 1,\n"
        "2^19 feature buckets, Viterbi (--greedy: greedy decoding), int16\n"
        "weights (--float: float32), Hunspell features (--no-dict: off),\n"
        "stop after 3 epochs without a better dev F1.  The entities of\n"
        "the training file and the phrases of models/<lang>/tagger-gaz.tsv\n"
        "(or --gaz FILE) form a gazetteer saved in the model (--no-gaz,\n"
        "--no-train-gaz: leave them out).  --xgaz FILE (repeatable): the\n"
        "capitalised entities of another language's .bio file join the\n"
        "gazetteer as categories x-per, x-org, x-loc, x-misc.\n"
        "--feature-set 3|4|5: the tagger's features (default 4; 3: without\n"
        "the endings agreement pairs and the Russian head nouns; 5: set 4\n"
        "and the shapes of each token with its two neighbours on either\n"
        "side).  A model's set is in its header;\n"
        "models/MANIFEST's commands name the set of each shipped model.\n"
        "Exit: 0 ok, 64 usage, 65 bad data, 66 cannot open, 70 internal,\n"
        "74 cannot write.\n");
}

static uint64_t
rng_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static double
now_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int
exit_of(int rc)
{
    if (rc == -WS_EIO)
        return WS_EXIT_NOINPUT;
    if (rc == -WS_EFIELD)
        return WS_EXIT_DATAERR;
    return WS_EXIT_SOFTWARE;
}

static int
parse_long(const char *s, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

static int
train_ner(int argc, char **argv)
{
    const char *lang = NULL, *train = NULL, *dev = NULL, *out = NULL;
    long epochs = 15, seed = 1, bits = 19, patience = 3, fset = 4;
    int quant = 1, use_dict = 1, viterbi = 1, train_gaz = 1, use_gaz = 1;
    const char *gazfile = NULL, *xgaz[8];
    int nxgaz = 0;
    char err[512], outbuf[4096];
    ws_models *m = NULL;
    ws_worker *w = NULL;
    ws_bio tb = {0}, db = {0};
    ws_tagtrain *tt = NULL;
    int32_t *order = NULL;
    int status = WS_EXIT_OK;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        long n;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            train_usage(stdout);
            return WS_EXIT_OK;
        } else if (strcmp(a, "--float") == 0) {
            quant = 0;
            continue;
        } else if (strcmp(a, "--greedy") == 0) {
            viterbi = 0;
            continue;
        } else if (strcmp(a, "--no-dict") == 0) {
            use_dict = 0;
            continue;
        } else if (strcmp(a, "--no-train-gaz") == 0) {
            train_gaz = 0;
            continue;
        } else if (strcmp(a, "--no-gaz") == 0) {
            use_gaz = 0;
            continue;
        }
        if (v == NULL) {
            fprintf(stderr,
                    "whosaid train: unknown option or missing "
                    "value: %s\n",
                    a);
            train_usage(stderr);
            return WS_EXIT_USAGE;
        }
        if (strcmp(a, "--lang") == 0)
            lang = v;
        else if (strcmp(a, "--train") == 0)
            train = v;
        else if (strcmp(a, "--dev") == 0)
            dev = v;
        else if (strcmp(a, "--out") == 0)
            out = v;
        else if (strcmp(a, "--gaz") == 0)
            gazfile = v;
        else if (strcmp(a, "--xgaz") == 0 && nxgaz < 8)
            xgaz[nxgaz++] = v;
        else if (strcmp(a, "--epochs") == 0 && parse_long(v, 1, 1000, &n) == 0)
            epochs = n;
        else if (strcmp(a, "--seed") == 0 &&
                 parse_long(v, 0, 0x7fffffffL, &n) == 0)
            seed = n;
        else if (strcmp(a, "--bits") == 0 && parse_long(v, 8, 24, &n) == 0)
            bits = n;
        else if (strcmp(a, "--patience") == 0 &&
                 parse_long(v, 1, 1000, &n) == 0)
            patience = n;
        else if (strcmp(a, "--feature-set") == 0 &&
                 parse_long(v, 3, 5, &n) == 0)
            fset = n;
        else {
            fprintf(stderr, "whosaid train: bad option: %s %s\n", a, v);
            train_usage(stderr);
            return WS_EXIT_USAGE;
        }
        i++;
    }
    if (lang == NULL || train == NULL || dev == NULL || strlen(lang) < 2 ||
        strlen(lang) > 7) {
        fprintf(stderr, "whosaid train ner: --lang, --train and --dev are "
                        "required\n");
        train_usage(stderr);
        return WS_EXIT_USAGE;
    }

    m = ws_models_open(NULL, err, sizeof err);
    if (m == NULL && use_dict)
        fprintf(stderr,
                "whosaid train: %s (training without dictionary "
                "features)\n",
                err);
    if (m != NULL && use_dict) {
        w = ws_worker_new(m);
        if (w == NULL) {
            fprintf(stderr, "whosaid train: out of memory\n");
            status = WS_EXIT_SOFTWARE;
            goto done;
        }
        if (ws_spell(w, lang, "the", 3) < 0)
            fprintf(stderr,
                    "whosaid train: no Hunspell dictionary for "
                    "'%s' (features absent)\n",
                    lang);
    }
    if (out == NULL) {
        if (m != NULL)
            ws_models_path(m, lang, "ner.model", outbuf, sizeof outbuf);
        else
            snprintf(outbuf, sizeof outbuf, "models/%s/ner.model", lang);
        out = outbuf;
    }

    int rc = ws_bio_read(&tb, train, lang, err, sizeof err);
    if (rc == 0)
        rc = ws_bio_read(&db, dev, lang, err, sizeof err);
    if (rc < 0) {
        fprintf(stderr, "whosaid train: %s\n", err);
        status = exit_of(rc);
        goto done;
    }
    printf("train %s: %d sentences, %d tokens; dev %s: %d sentences, %d "
           "tokens; dictionary features %s; feature set %ld\n",
           train, tb.doc->sentences.n, tb.doc->tokens.n, dev,
           db.doc->sentences.n, db.doc->tokens.n, w != NULL ? "on" : "off",
           fset);
    fflush(stdout);

    tt = ws_tagtrain_new(lang, (unsigned)bits, viterbi);
    order = malloc((size_t)(tb.doc->sentences.n + 1) * sizeof *order);
    if (tt == NULL || order == NULL) {
        fprintf(stderr, "whosaid train: out of memory\n");
        status = WS_EXIT_SOFTWARE;
        goto done;
    }
    if (ws_tagtrain_featureset(tt, (unsigned)fset) < 0) {
        fprintf(stderr, "whosaid train: feature set %ld not built\n", fset);
        status = WS_EXIT_SOFTWARE;
        goto done;
    }
    for (int32_t i = 0; i < tb.doc->sentences.n; i++)
        order[i] = i;
    if (train_gaz) {
        rc = ws_tagtrain_gaz_bio(tt, &tb);
        if (rc < 0) {
            fprintf(stderr, "whosaid train: out of memory\n");
            status = WS_EXIT_SOFTWARE;
            goto done;
        }
        printf("gazetteer: %d entity mentions of the training data\n", rc);
    }
    char gazbuf[4096];
    if (use_gaz && gazfile == NULL && m != NULL) {
        ws_models_path(m, lang, "tagger-gaz.tsv", gazbuf, sizeof gazbuf);
        FILE *gf = fopen(gazbuf, "r");
        if (gf != NULL) {
            fclose(gf);
            gazfile = gazbuf;
        }
    }
    if (use_gaz && gazfile != NULL) {
        rc = ws_tagtrain_gaz_tsv(tt, gazfile, err, sizeof err);
        if (rc < 0) {
            fprintf(stderr, "whosaid train: %s\n", err);
            status = exit_of(rc);
            goto done;
        }
        printf("gazetteer: %d phrases from %s\n", rc, gazfile);
    }
    for (int k = 0; use_gaz && k < nxgaz; k++) {
        ws_bio xb = {0};
        rc = ws_bio_read(&xb, xgaz[k], lang, err, sizeof err);
        if (rc == 0)
            rc = ws_tagtrain_gaz_xbio(tt, &xb);
        ws_bio_free(&xb);
        if (rc < 0) {
            fprintf(stderr, "whosaid train: %s\n",
                    rc == -WS_ENOMEM ? "out of memory" : err);
            status = exit_of(rc);
            goto done;
        }
        printf("gazetteer: %d entity mentions of %s\n", rc, xgaz[k]);
    }

    uint64_t rs = (uint64_t)seed;
    double best = -1;
    long best_epoch = 0;
    for (long ep = 1; ep <= epochs; ep++) {
        double t0 = now_sec();
        long errs = 0;
        for (int32_t i = tb.doc->sentences.n - 1; i > 0; i--) {
            int32_t j = (int32_t)(rng_next(&rs) % (uint64_t)(i + 1));
            int32_t x = order[i];
            order[i] = order[j];
            order[j] = x;
        }
        for (int32_t i = 0; i < tb.doc->sentences.n; i++) {
            int32_t s = order[i];
            int e = ws_tagtrain_sentence(tt, w, tb.doc, s,
                                         tb.tags + tb.doc->sentences.v[s].tok0);
            if (e < 0) {
                fprintf(stderr, "whosaid train: %s\n", ws_strerror(-e));
                status = WS_EXIT_SOFTWARE;
                goto done;
            }
            errs += e;
        }
        double t1 = now_sec();
        const ws_tagger *avg = ws_tagtrain_average(tt);
        double f1 = 0;
        rc = ws_bio_score(avg, w, &db, NULL, &f1);
        if (rc < 0) {
            fprintf(stderr, "whosaid train: %s\n", ws_strerror(-rc));
            status = WS_EXIT_SOFTWARE;
            goto done;
        }
        printf("epoch %2ld  train token error %6.3f%%  dev F1 %6.2f  "
               "(%.1f s)%s\n",
               ep, 100.0 * (double)errs / (double)tb.doc->tokens.n, f1, t1 - t0,
               f1 > best ? "  *" : "");
        fflush(stdout);
        if (f1 > best) {
            best = f1;
            best_epoch = ep;
            if (ws_tagtrain_keep(tt) < 0) {
                fprintf(stderr, "whosaid train: out of memory\n");
                status = WS_EXIT_SOFTWARE;
                goto done;
            }
        } else if (ep - best_epoch >= patience) {
            printf("no better dev F1 for %ld epochs: stopping\n", patience);
            break;
        }
    }

    const ws_tagger *bt = ws_tagtrain_best(tt);
    rc = ws_tagger_save(bt, out, quant, (float)best, err, sizeof err);
    if (rc < 0) {
        fprintf(stderr, "whosaid train: %s\n", err);
        status = WS_EXIT_IOERR;
        goto done;
    }
    ws_tagger *lt = ws_tagger_load(out, err, sizeof err);
    if (lt == NULL) {
        fprintf(stderr, "whosaid train: reloading: %s\n", err);
        status = WS_EXIT_SOFTWARE;
        goto done;
    }
    struct stat st;
    long long size = stat(out, &st) == 0 ? (long long)st.st_size : -1;
    printf("best epoch %ld (dev F1 %.2f); wrote %s (%lld bytes, %s)\n",
           best_epoch, best, out, size, quant ? "int16" : "float");
    printf("dev scores of the written model:\n");
    double f1 = 0;
    ws_bio_score(lt, w, &db, stdout, &f1);
    printf("DEV-F1 %s %.2f\n", lang, f1);
    ws_tagger_free(lt);
done:
    free(order);
    ws_tagtrain_free(tt);
    ws_bio_free(&tb);
    ws_bio_free(&db);
    ws_worker_free(w);
    ws_models_free(m);
    if (fflush(stdout) != 0 || ferror(stdout))
        status = WS_EXIT_IOERR;
    return status;
}

int
ws_cmd_train(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "--help") == 0) {
        train_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? WS_EXIT_USAGE : WS_EXIT_OK;
    }
    if (strcmp(argv[1], "ner") != 0) {
        fprintf(stderr, "whosaid train: unknown model '%s' (only 'ner')\n",
                argv[1]);
        return WS_EXIT_USAGE;
    }
    return train_ner(argc - 1, argv + 1);
}
