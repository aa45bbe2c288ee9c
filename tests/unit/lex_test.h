/*
 * lex_test.h - a helper shared by the unit tests of lexicons
 * (test_models.c, test_lexicon_memo.c): a lexicon loaded from a temporary
 * file of its entries.
 */
#ifndef LEX_TEST_H
#define LEX_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "ws_int.h"

/* The lexicon of `entries` (lines of the lexicon format), loaded from a
 * temporary file; NULL with a message in err when it cannot be made. */
static inline ws_lex *
tmp_lex(const char *name, const char *entries, char *err, size_t errn)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/ws-%s-XXXXXX", name);
    int fd = mkstemp(path);
    FILE *fp = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (fp == NULL) {
        snprintf(err, errn, "temporary lexicon");
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    fputs(entries, fp);
    fclose(fp);
    ws_lex *lx = ws_lex_load(path, err, errn);
    remove(path);
    return lx;
}

#endif
