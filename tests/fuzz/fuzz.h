/*
 * fuzz.h - shared helpers of the fuzz targets (tests/fuzz/fuzz_*.c).
 *
 * Each target defines LLVMFuzzerTestOneInput().  Built with clang
 * -fsanitize=fuzzer it is a libFuzzer binary; linked with replay_main.c
 * (any C17 compiler) it replays files and directories given as arguments.
 * Everything here is static: each target is one translation unit.
 */
#ifndef WS_FUZZ_H
#define WS_FUZZ_H

#define _GNU_SOURCE 1
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "ws_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FZ_ASSERT(cond, ...)                                                   \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "fuzz invariant failed at %s:%d: %s: ", __FILE__,  \
                    __LINE__, #cond);                                          \
            fprintf(stderr, __VA_ARGS__);                                      \
            fputc('\n', stderr);                                               \
            abort();                                                           \
        }                                                                      \
    } while (0)

int LLVMFuzzerInitialize(int *argc, char ***argv);

/* Models and one worker, shared by every run of a process. */
static ws_models *fz_models;
static ws_worker *fz_worker;

static inline ws_worker *
fz_get_worker(void)
{
    if (fz_models == NULL) {
        char err[512];
        fz_models = ws_models_open(getenv("WHOSAID_MODELS"), err, sizeof err);
        if (fz_models == NULL) {
            fprintf(stderr, "fuzz: %s (running without models)\n", err);
            fz_models = ws_models_none();
        }
        FZ_ASSERT(fz_models != NULL, "no models");
    }
    if (fz_worker == NULL)
        fz_worker = ws_worker_new(fz_models);
    FZ_ASSERT(fz_worker != NULL, "ws_worker_new failed");
    return fz_worker;
}

/* libFuzzer calls this once before fuzzing (the replay main does not):
 * loads every language's tagger, lexicons and Hunspell dictionary, which
 * takes long under AddressSanitizer, so that no input is charged for it
 * and reported as a timeout. */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static const char *const langs[] = {"en", "uk", "ru", "de", "fr", "pl"};
    (void)argc;
    (void)argv;
    ws_worker *w = fz_get_worker();
    for (int i = 0; i < 6; i++) {
        ws_doc *d = ws_doc_new();
        static const char text[] = "The Minister said: \"No.\"";
        if (d == NULL || ws_doc_set_text(d, text, sizeof text - 1) < 0)
            abort();
        strcpy(d->lang, langs[i]);
        d->lang_given = 1;
        ws_doc_ensure_id(d);
        ws_annotate(w, d, WS_ANNOTATE_STANCE, "fuzz");
        ws_doc_free(d);
    }
    return 0;
}

/* Structural invariants every document must satisfy after reading and
 * after each stage: what the writer and the next stage rely on. */
static inline void
fz_check_doc(const ws_doc *d)
{
    FZ_ASSERT(d->text != NULL, "no text");
    FZ_ASSERT(d->text[d->len] == '\0', "text not NUL-terminated");
    FZ_ASSERT(ws_utf8_invalid_at(d->text, d->len) < 0, "text not UTF-8");
    FZ_ASSERT(memchr(d->text, '\0', d->len) == NULL, "NUL in text");
    FZ_ASSERT(d->id != NULL, "no id");
    FZ_ASSERT(d->cp2b.n == d->ncp + 1, "cp2b %d ncp %d", d->cp2b.n, d->ncp);
    for (int32_t i = 0; i < d->tokens.n; i++) {
        const ws_token *t = &d->tokens.v[i];
        FZ_ASSERT(t->start >= 0 && t->start <= t->end && t->end <= d->ncp,
                  "token %d [%d,%d) ncp %d", i, t->start, t->end, d->ncp);
        FZ_ASSERT(t->bstart == d->cp2b.v[t->start] &&
                      t->bend == d->cp2b.v[t->end],
                  "token %d byte offsets", i);
        FZ_ASSERT(i == 0 || t->start >= d->tokens.v[i - 1].end,
                  "token %d overlaps the previous one", i);
        FZ_ASSERT(t->sent >= 0 && (t->sent < d->sentences.n ||
                                   (d->sentences.n == 0 && t->sent == 0)),
                  "token %d sentence %d of %d", i, t->sent, d->sentences.n);
    }
    for (int32_t i = 0; i < d->sentences.n; i++) {
        const ws_sentence *s = &d->sentences.v[i];
        FZ_ASSERT(s->start >= 0 && s->start <= s->end && s->end <= d->ncp,
                  "sentence %d [%d,%d)", i, s->start, s->end);
        FZ_ASSERT(s->tok0 >= 0 && s->tok0 <= s->tok1 &&
                      s->tok1 <= d->tokens.n,
                  "sentence %d tokens [%d,%d) of %d", i, s->tok0, s->tok1,
                  d->tokens.n);
        FZ_ASSERT(s->para >= 0 &&
                      (s->para < d->paragraphs.n || s->para == 0),
                  "sentence %d paragraph %d", i, s->para);
    }
    for (int32_t i = 0; i < d->paragraphs.n; i++)
        FZ_ASSERT(d->paragraphs.v[i].start >= 0 &&
                      d->paragraphs.v[i].start <= d->paragraphs.v[i].end &&
                      d->paragraphs.v[i].end <= d->ncp,
                  "paragraph %d", i);
    for (int32_t i = 0; i < d->entities.n; i++) {
        const ws_entity *e = &d->entities.v[i];
        FZ_ASSERT(e->start >= 0 && e->start <= e->end && e->end <= d->ncp,
                  "entity %d [%d,%d)", i, e->start, e->end);
        FZ_ASSERT(e->type >= 0 && e->type < WS_NETYPES, "entity %d type", i);
        FZ_ASSERT(e->role >= -1 && e->role < d->entities.n, "entity %d role",
                  i);
        FZ_ASSERT(e->org >= -1 && e->org < d->entities.n, "entity %d org", i);
    }
    for (int32_t i = 0; i < d->statements.n; i++) {
        const ws_statement *s = &d->statements.v[i];
        FZ_ASSERT(s->kind >= 0 && s->kind < WS_NKINDS, "statement %d kind", i);
        FZ_ASSERT(s->ncontent >= 0 && s->ncontent <= WS_MAX_SEGMENTS,
                  "statement %d ncontent %d", i, s->ncontent);
        for (int k = 0; k < s->ncontent; k++)
            FZ_ASSERT(s->content[k].start >= 0 &&
                          s->content[k].start <= s->content[k].end &&
                          s->content[k].end <= d->ncp,
                      "statement %d content %d [%d,%d)", i, k,
                      s->content[k].start, s->content[k].end);
        const ws_span *sp[3] = {&s->cue, &s->speaker, &s->target_span};
        for (int k = 0; k < 3; k++)
            FZ_ASSERT(sp[k]->start < 0 ||
                          (sp[k]->start <= sp[k]->end && sp[k]->end <= d->ncp),
                      "statement %d span %d [%d,%d)", i, k, sp[k]->start,
                      sp[k]->end);
        FZ_ASSERT(s->speaker_ent >= -1 && s->speaker_ent < d->entities.n,
                  "statement %d speaker_ent %d", i, s->speaker_ent);
        FZ_ASSERT(s->nstance >= 0 && s->nstance <= WS_MAX_LABELS,
                  "statement %d nstance", i);
    }
    for (int32_t i = 0; i < d->errors.n; i++)
        FZ_ASSERT(d->errors.v[i].message != NULL && d->errors.v[i].stage,
                  "error %d", i);
}

/* Writes d, checks the line is one JSON object that reads back into a
 * document writing the same line (the record survives a pipe). */
static inline void
fz_check_roundtrip(const ws_doc *d)
{
    ws_buf b = {0}, b2 = {0};
    ws_record_write(&b, d);
    FZ_ASSERT(!b.oom, "out of memory writing");
    FZ_ASSERT(b.len >= 2 && b.buf[b.len - 1] == '\n', "no newline");
    FZ_ASSERT(memchr(b.buf, '\n', b.len - 1) == NULL, "newline inside record");
    ws_arena *a = ws_arena_new();
    ws_json *v = NULL;
    char err[128];
    int rc = ws_json_parse(a, b.buf, b.len - 1, &v, err, sizeof err);
    FZ_ASSERT(rc == 0, "output is not JSON: %s: %.300s", err, b.buf);
    FZ_ASSERT(v->type == WS_JOBJ, "output is not an object");
    ws_doc *d2 = ws_doc_new();
    rc = ws_record_from_json(d2, v);
    if (d->text != NULL && d2->text != NULL)
        FZ_ASSERT(d2->len == d->len && memcmp(d2->text, d->text, d->len) == 0,
                  "text changed through write/read");
    /* what was written reads back (errors may be reported again) */
    FZ_ASSERT(d2->done == d->done && d2->tokens.n == d->tokens.n &&
                  d2->sentences.n == d->sentences.n &&
                  d2->entities.n == d->entities.n &&
                  d2->statements.n == d->statements.n,
              "annotations changed through write/read:\n%.600s", b.buf);
    ws_record_write(&b2, d2);
    FZ_ASSERT(!b2.oom, "out of memory writing");
    ws_doc_free(d2);
    ws_arena_free(a);
    ws_buf_free(&b);
    ws_buf_free(&b2);
}

/* Reads every document of data (at most 64) with the stream reader and
 * runs the stages (WS_ANNOTATE_* mask, 0 = none) on each. */
static inline void
fz_read_all(const uint8_t *data, size_t size, unsigned stages, size_t max)
{
    if (size == 0)
        return;
    FILE *fp = fmemopen((void *)(uintptr_t)data, size, "rb");
    FZ_ASSERT(fp != NULL, "fmemopen");
    ws_reader *r = ws_reader_new(fp, "fuzz", max);
    ws_doc *d = ws_doc_new();
    ws_worker *w = stages ? fz_get_worker() : NULL;
    int rc, n = 0;
    while (n < 64 && (rc = ws_reader_next(r, d)) > 0) {
        fz_check_doc(d);
        if (stages) {
            ws_annotate(w, d, stages, "fuzz");
            fz_check_doc(d);
        }
        fz_check_roundtrip(d);
        n++;
    }
    ws_doc_free(d);
    ws_reader_free(r);
    fclose(fp);
}

/* A path naming a memory file holding data (for the readers that take a
 * path).  The descriptor is kept open until fz_path_close(). */
static inline int
fz_memfile(const uint8_t *data, size_t size, char *path, size_t cap)
{
    int fd = memfd_create("fuzz", 0);
    FZ_ASSERT(fd >= 0, "memfd_create");
    size_t off = 0;
    while (off < size) {
        ssize_t k = write(fd, data + off, size - off);
        FZ_ASSERT(k > 0, "write");
        off += (size_t)k;
    }
    snprintf(path, cap, "/proc/self/fd/%d", fd);
    return fd;
}

#endif
