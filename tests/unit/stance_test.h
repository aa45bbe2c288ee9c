/*
 * stance_test.h - helpers shared by the stance unit tests (test_stance*.c): run
 * the stage on a short text, read spans, find a statement, and time ws_stance
 * on a repeated unit to show it stays linear; the English tests' exact-content
 * checks.  The including file defines `worker` before including this.
 */
#ifndef STANCE_TEST_H
#define STANCE_TEST_H

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "test.h"
#include "ws_int.h"

/* "В городе, по предварительным данным Минздрава, закрыты три школы." (a
 * source phrase after a comma; test_stance_perf39.c, test_stance_perf40.c) */
#define RU_SOURCE_PHRASE_TEXT                                                  \
    "\xd0\x92 \xd0\xb3\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb4\xd0\xb5, "              \
    "\xd0\xbf\xd0\xbe \xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb2"                \
    "\xd0\xb0\xd1\x80\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8c"                 \
    "\xd0\xbd\xd1\x8b\xd0\xbc \xd0\xb4\xd0\xb0\xd0\xbd\xd0\xbd"                \
    "\xd1\x8b\xd0\xbc \xd0\x9c\xd0\xb8\xd0\xbd\xd0\xb7\xd0\xb4"                \
    "\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb0, \xd0\xb7\xd0\xb0\xd0\xba"               \
    "\xd1\x80\xd1\x8b\xd1\x82\xd1\x8b \xd1\x82\xd1\x80\xd0\xb8 "               \
    "\xd1\x88\xd0\xba\xd0\xbe\xd0\xbb\xd1\x8b."

/* ws_stance (which runs the earlier stages) on worker w, on text in
 * language lang. */
static inline ws_doc *
run_on(ws_worker *w, const char *lang, const char *text)
{
    ws_doc *d = ws_doc_new();
    if (d == NULL)
        return NULL;
    ws_doc_set_text(d, text, strlen(text));
    snprintf(d->lang, sizeof(d->lang), "%s", lang);
    d->lang_given = 1;
    ws_stance(w, d);
    return d;
}

/* run_on() the test's worker. */
static inline ws_doc *
run(const char *lang, const char *text)
{
    return run_on(worker, lang, text);
}

/* Text of a span (arena of d); "" when absent. */
static inline const char *
span(ws_doc *d, ws_span s)
{
    if (s.start < 0)
        return "";
    return ws_doc_slice(d, s.start, s.end);
}

/* The statement whose content (any segment) contains `needle`. */
static inline ws_statement *
find(ws_doc *d, const char *needle)
{
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        for (int k = 0; k < st->ncontent; k++)
            if (strstr(span(d, st->content[k]), needle))
                return st;
    }
    return NULL;
}

/* The first statement of d whose cue is `cue` (NULL: none). */
static inline ws_statement *
find_cue(ws_doc *d, const char *cue)
{
    for (int32_t i = 0; i < d->statements.n; i++)
        if (strcmp(span(d, d->statements.v[i].cue), cue) == 0)
            return &d->statements.v[i];
    return NULL;
}

/* CPU seconds of this process: a bound on work done that a busy machine
 * (other jobs on the same cores) does not stretch as it does wall time. */
static inline double
cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* unit repeated n times (malloc'd), or NULL. */
static inline char *
repeat(const char *unit, int n)
{
    size_t ul = strlen(unit);
    char *s = malloc(ul * (size_t)n + 1);
    if (s == NULL)
        return NULL;
    for (int i = 0; i < n; i++)
        memcpy(s + ul * (size_t)i, unit, ul);
    s[ul * (size_t)n] = '\0';
    return s;
}

/* CPU seconds of ws_stance alone (tokens and entities made first) on `unit`
 * repeated n times in language lang; the statements found in *nst. */
static inline double
stance_seconds(const char *lang, const char *unit, int n, int32_t *nst)
{
    char *text = repeat(unit, n);
    ws_doc *d = ws_doc_new();
    *nst = -1;
    if (text == NULL || d == NULL) {
        free(text);
        ws_doc_free(d);
        return -1;
    }
    ws_doc_set_text(d, text, strlen(text));
    snprintf(d->lang, sizeof(d->lang), "%s", lang);
    d->lang_given = 1;
    ws_ner(worker, d);
    double t0 = cpu_seconds();
    ws_stance(worker, d);
    double t = cpu_seconds() - t0;
    *nst = d->statements.n;
    ws_doc_free(d);
    free(text);
    return t;
}

/* A search that grows with the document shows as growth: n units must cost
 * about n/8 units times 8, not times 64 (the bound: 30).  Both sizes are timed
 * in CPU seconds in this run, so a slow build (sanitizers) changes both and
 * other jobs on the machine change neither much; a run that is fast outright
 * passes whatever the ratio (timer noise on tiny times), and a run that
 * fails is timed once more, the faster of each size counting.  want: the number
 * of statements the big run must find (-1: over 90 % of n; -2: not checked). */
static inline void
check_linear(const char *lang, const char *name, const char *unit, int n,
             int32_t want)
{
    int32_t nsmall, nbig;
    double small = stance_seconds(lang, unit, n / 8, &nsmall);
    double big = stance_seconds(lang, unit, n, &nbig);
    CHECK(small >= 0 && big >= 0, "%s: out of memory", name);
    if (small < 0 || big < 0)
        return;
    double ratio = big / (small > 1e-4 ? small : 1e-4);
    if (big >= 0.25 && ratio >= 30) {
        /* a job on the other core can slow one run through the shared
         * caches: time both sizes once more and keep the faster of each */
        int32_t n2;
        double s2 = stance_seconds(lang, unit, n / 8, &n2);
        double b2 = stance_seconds(lang, unit, n, &n2);
        if (s2 >= 0 && s2 < small)
            small = s2;
        if (b2 >= 0 && b2 < big)
            big = b2;
        ratio = big / (small > 1e-4 ? small : 1e-4);
    }
    CHECK(big < 0.25 || ratio < 30,
          "%s_quadratic: %.3f s for %d, %.3f s for %d (x%.1f)", name, small,
          n / 8, big, n, ratio);
    if (want != -2)
        CHECK(want < 0 ? nbig > n * 9 / 10 : nbig == want, "%s: %d statements",
              name, nbig);
}

/* English: the statement whose content is exactly `content` (all segments
 * joined by " | "), with kind `kind`, cue `cue` and a speaker span
 * containing `speaker` (NULL: not checked). */
static inline void
expect_exact(const char *text, const char *content, int kind, const char *cue,
             const char *speaker)
{
    ws_doc *d = run("en", text);
    if (d == NULL) {
        CHECK(0, "out of memory");
        return;
    }
    ws_statement *hit = NULL;
    char got[1024];
    got[0] = '\0';
    for (int32_t i = 0; i < d->statements.n && hit == NULL; i++) {
        ws_statement *st = &d->statements.v[i];
        char buf[1024];
        buf[0] = '\0';
        for (int k = 0; k < st->ncontent; k++) {
            size_t n = strlen(buf);
            snprintf(buf + n, sizeof buf - n, "%s%s", k ? " | " : "",
                     span(d, st->content[k]));
        }
        if (strcmp(buf, content) == 0)
            hit = st;
        else {
            /* "[content] " appended while it fits (no snprintf into the
             * rest: gcc -O1 warns that it may truncate) */
            size_t n = strlen(got), bl = strlen(buf);
            if (n + bl + 4 <= sizeof got) {
                got[n] = '[';
                memcpy(got + n + 1, buf, bl);
                memcpy(got + n + 1 + bl, "] ", 3);
            }
        }
    }
    CHECK(hit != NULL, "%s: no statement \"%s\" (got %s)", text, content, got);
    if (hit != NULL) {
        CHECK(hit->kind == kind, "\"%s\": kind %s, want %s", content,
              ws_kind_name(hit->kind), ws_kind_name(kind));
        if (cue)
            CHECK(strcmp(span(d, hit->cue), cue) == 0,
                  "\"%s\": cue \"%s\", want \"%s\"", content, span(d, hit->cue),
                  cue);
        if (speaker)
            CHECK(strstr(span(d, hit->speaker), speaker) != NULL,
                  "\"%s\": speaker \"%s\", want \"%s\"", content,
                  span(d, hit->speaker), speaker);
    }
    ws_doc_free(d);
}

/* The English statement whose cue is `cue` has exactly the speaker span
 * `speaker` ("": none) and, when `name` is not NULL, the speaker name
 * `name` ("": none). */
static inline void
expect_speaker(const char *text, const char *cue, const char *speaker,
               const char *name)
{
    ws_doc *d = run("en", text);
    if (d == NULL) {
        CHECK(0, "out of memory");
        return;
    }
    ws_statement *hit = find_cue(d, cue);
    CHECK(hit != NULL, "%s: no statement with cue \"%s\"", text, cue);
    if (hit != NULL) {
        CHECK(strcmp(span(d, hit->speaker), speaker) == 0,
              "%s: speaker \"%s\", want \"%s\"", text, span(d, hit->speaker),
              speaker);
        if (name != NULL) {
            const char *got = hit->speaker_name ? hit->speaker_name : "";
            CHECK(strcmp(got, name) == 0,
                  "%s: speaker name \"%s\", want \"%s\"", text, got, name);
        }
    }
    ws_doc_free(d);
}

/* No statement in English text whose cue is `cue`. */
static inline void
expect_no_en_cue(const char *text, const char *cue)
{
    ws_doc *d = run("en", text);
    if (d == NULL)
        return;
    for (int32_t i = 0; i < d->statements.n; i++)
        CHECK(strcmp(span(d, d->statements.v[i].cue), cue) != 0,
              "%s: unexpected cue \"%s\"", text, cue);
    ws_doc_free(d);
}

/* No statement whose content contains `needle`. */
static inline void
expect_no_act(const char *text, const char *needle)
{
    ws_doc *d = run("en", text);
    if (d == NULL)
        return;
    ws_statement *st = find(d, needle);
    CHECK(st == NULL, "%s: unexpected statement \"%s\"", text,
          st ? span(d, st->content[0]) : "");
    ws_doc_free(d);
}

/* No statement at all in text. */
static inline void
expect_none_en(const char *text)
{
    ws_doc *d = run("en", text);
    if (d == NULL)
        return;
    CHECK(d->statements.n == 0, "%s: %d statements, want none", text,
          d->statements.n);
    ws_doc_free(d);
}

/* No statement with `content` in text, in language lang. */
static inline void
expect_no_statement(const char *lang, const char *text, const char *content)
{
    ws_doc *d = run(lang, text);
    if (d == NULL)
        return;
    CHECK(find(d, content) == NULL, "[%s] %s: unexpected statement \"%s\"",
          lang, text, content);
    ws_doc_free(d);
}

/* All statements of d as one string: kind, cue, speaker and contents */
static inline void
ws_test_dump(ws_doc *d, char *out, size_t cap)
{
    size_t n = 0;
    out[0] = '\0';
    for (int32_t i = 0; i < d->statements.n && n + 1 < cap; i++) {
        ws_statement *st = &d->statements.v[i];
        int w = snprintf(out + n, cap - n, "%d|%s|%s", (int)st->kind,
                         span(d, st->cue), span(d, st->speaker));
        if (w < 0)
            return;
        n += (size_t)w < cap - n ? (size_t)w : cap - n - 1;
        for (int k = 0; k < st->ncontent && n + 1 < cap; k++) {
            w = snprintf(out + n, cap - n, "|%s", span(d, st->content[k]));
            if (w < 0)
                return;
            n += (size_t)w < cap - n ? (size_t)w : cap - n - 1;
        }
        if (n + 1 < cap)
            out[n++] = '\n', out[n] = '\0';
    }
}

/* Runs fn on each of the n (at most 8) objects of `size` bytes at jobs, in
 * threads all at once, and waits for them; made[t]: thread t was started
 * (the tests of per-thread tables, test_stance_perf37.c and _perf39.c). */
static inline void
run_threads(void *(*fn)(void *), void *jobs, size_t size, int n, int *made)
{
    pthread_t th[8];
    for (int t = 0; t < n && t < 8; t++) {
        made[t] =
            pthread_create(&th[t], NULL, fn, (char *)jobs + t * size) == 0;
        CHECK(made[t], "pthread_create");
    }
    for (int t = 0; t < n && t < 8; t++)
        if (made[t])
            pthread_join(th[t], NULL);
}

#endif
