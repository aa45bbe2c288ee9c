/*
 * sbd_train_cmd.c - `whosaid train sbd`: trains the tokenizer's
 * sentence-boundary classifier (an averaged perceptron, tokenize.c) from
 * the gold sentences of Universal Dependencies .conllu files.
 *
 *   whosaid train sbd --lang xx --train F.conllu [--train F2 ...]
 *                     [--out PATH] [--epochs N] [--augment N]
 *
 * --augment N adds a copy of the training text in which every Nth
 * sentence ending in a full stop loses it (0, the default: none).
 *
 * Writes models/<lang>/sbd.model (or PATH).  Prints the rules' and the
 * model's boundary errors on 5 held-out folds and on the training data.
 */
#include <stdlib.h>
#include <string.h>

#include "ws_int.h"

static void
usage(FILE *fp)
{
    fprintf(fp, "usage: whosaid train sbd --lang xx --train FILE.conllu "
                "[--train FILE ...] [--out PATH] [--epochs N] [--augment N]\n");
}

int
ws_cmd_train_sbd(int argc, char **argv)
{
    const char *lang = NULL, *out = NULL;
    char *train[16], err[256], outbuf[4096];
    int ntrain = 0, epochs = 10, augment = 0, i, rc, status = WS_EXIT_OK;
    ws_models *m;
    ws_worker *w;

    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return WS_EXIT_OK;
        }
        if (strcmp(a, "sbd") == 0 && i == 1)
            continue;
        if (!v) {
            usage(stderr);
            return WS_EXIT_USAGE;
        }
        if (strcmp(a, "--lang") == 0)
            lang = v;
        else if (strcmp(a, "--train") == 0 && ntrain < 16)
            train[ntrain++] = argv[i + 1];
        else if (strcmp(a, "--out") == 0)
            out = v;
        else if (strcmp(a, "--epochs") == 0 && atoi(v) > 0)
            epochs = atoi(v);
        else if (strcmp(a, "--augment") == 0 && atoi(v) >= 0)
            augment = atoi(v);
        else {
            usage(stderr);
            return WS_EXIT_USAGE;
        }
        i++;
    }
    if (!lang || !ntrain || strlen(lang) < 2 || strlen(lang) > 7) {
        usage(stderr);
        return WS_EXIT_USAGE;
    }
    m = ws_models_open(NULL, err, sizeof err);
    if (!m) {
        fprintf(stderr, "whosaid train sbd: %s\n", err);
        return WS_EXIT_SOFTWARE;
    }
    w = ws_worker_new(m);
    if (!w) {
        ws_models_free(m);
        return WS_EXIT_SOFTWARE;
    }
    if (!out) {
        ws_models_path(m, lang, "sbd.model", outbuf, sizeof outbuf);
        out = outbuf;
    }
    rc = ws_sbd_train(w, lang, train, ntrain, out, epochs, augment, stderr);
    if (rc < 0) {
        fprintf(stderr, "whosaid train sbd: %s\n", ws_strerror(-rc));
        status = WS_EXIT_SOFTWARE;
    }
    ws_worker_free(w);
    ws_models_free(m);
    return status;
}
