/*
 * annotate.c - runs the requested stages on one document under the error
 * policy: a record that could not be read is left as it is, an empty one
 * is reported, missing models and dictionaries are recorded on it.
 *
 * Two limits keep one hostile document from taking the stream down:
 * - time: each document gets $WHOSAID_DOC_SECONDS (default 60, 0 = no
 *   limit) of annotation, counted in its thread's CPU time (so a busy
 *   machine does not change the output by making the clock run out) and
 *   without the time spent loading a language's models on first use
 *   (slow under valgrind); stages poll ws_doc_deadline() in the
 *   loops whose work can grow faster than the text and stop early; the
 *   record then carries a "too-big" error saying its annotation is
 *   partial.
 * - memory: when a stage runs out of memory (in libhunspell too:
 *   ws_hun_failed()) its annotations are dropped, so that the record
 *   itself (text, metadata, the error) can still be written.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ws_int.h"

/* The running document's deadline in its thread's CPU clock, per thread
 * (workers run in threads); held while models load.  Reading the thread's
 * CPU clock is a system call (5.5 us on a paravirtualised host, where
 * reading it twice a document cost 7 ms of a megabyte's 200); the
 * monotonic clock is read in user space, and a thread's CPU time grows no
 * faster than it, so the CPU clock is read only once the same bound has
 * passed on the monotonic clock (wall_deadline, held alike). */
static _Thread_local struct timespec deadline, held_at;
static _Thread_local struct timespec wall_deadline, wall_held_at;
static _Thread_local int deadline_armed, deadline_hit, held;
static _Thread_local unsigned polls;
/* The thread's CPU clock as last read and the monotonic clock then
 * (arm_deadline; cpu_seen_ok: read at all) */
static _Thread_local struct timespec cpu_seen, wall_seen;
static _Thread_local int cpu_seen_ok;

static double doc_secs = 60;

/* WHOSAID_DOC_SECONDS, read once per process (default 60; 0 = no bound).
 * A bound of more than 1e9 s (31 years) is none: in nanoseconds it would
 * overflow the deadline's arithmetic (1e300 stopped every document at
 * once); not a number is not a bound either (the default). */
static void
read_doc_seconds(void)
{
    const char *e = getenv("WHOSAID_DOC_SECONDS");
    char *end;
    double v = e ? strtod(e, &end) : 60;
    if (e && (end == e || *end != '\0' || v < 0 || v != v))
        v = 60;
    if (v > 1e9)
        v = 0;
    doc_secs = v;
}

static double
doc_seconds(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, read_doc_seconds);
    return doc_secs;
}

/* t += ns nanoseconds (ns >= 0) */
static void
ts_add(struct timespec *t, long long ns)
{
    t->tv_sec += (time_t)(ns / 1000000000LL);
    t->tv_nsec += (long)(ns % 1000000000LL);
    if (t->tv_nsec >= 1000000000L) {
        t->tv_sec++;
        t->tv_nsec -= 1000000000L;
    }
}

/* t -= ns nanoseconds (ns >= 0) */
static void
ts_sub(struct timespec *t, long long ns)
{
    t->tv_sec -= (time_t)(ns / 1000000000LL);
    t->tv_nsec -= (long)(ns % 1000000000LL);
    if (t->tv_nsec < 0) {
        t->tv_sec--;
        t->tv_nsec += 1000000000L;
    }
}

/* ns from a to b (0 when b is before a) */
static long long
ts_diff(const struct timespec *a, const struct timespec *b)
{
    long long ns = (long long)(b->tv_sec - a->tv_sec) * 1000000000LL +
                   (b->tv_nsec - a->tv_nsec);
    return ns > 0 ? ns : 0;
}

/* Arms the deadline secs of CPU time from now (secs > 0), or none */
static void
arm_deadline(double secs)
{
    deadline_hit = 0;
    held = 0;
    polls = 0;
    deadline_armed = secs > 0;
    if (!deadline_armed)
        return;
    /* The CPU clock (a system call, some 2 to 10 us here: as long as
     * tokenizing a few hundred bytes) is read at most once every
     * thousandth of the bound (and at least 1 ms apart), not for every
     * document: in between, the CPU time at the start is taken as the
     * last reading plus the monotonic time since, which is no less than
     * it (a thread's CPU time grows no faster), so the bound is never
     * reached earlier than with a fresh reading, and at most that
     * thousandth of it (60 ms of the default 60 s) later. */
    long long stale = (long long)(secs * 1e6);
    if (stale < 1000000)
        stale = 1000000;
    clock_gettime(CLOCK_MONOTONIC_RAW, &wall_deadline);
    if (!cpu_seen_ok || ts_diff(&wall_seen, &wall_deadline) > stale) {
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu_seen);
        wall_seen = wall_deadline;
        cpu_seen_ok = 1;
    }
    deadline = cpu_seen;
    ts_add(&deadline, ts_diff(&wall_seen, &wall_deadline));
    ts_add(&deadline, (long long)(secs * 1e9));
    ts_add(&wall_deadline, (long long)(secs * 1e9));
}

/* The CPU seconds the stage armed with secs (arm_deadline) took, or less:
 * 0 when less than a thousandth of the whole bound (at least 1 ms) went
 * by on the monotonic clock, which is read in user space; otherwise the
 * thread's CPU clock (a system call) less the start arm_deadline took,
 * which is no earlier than the true one.  So a document's stages are
 * never charged more than they took, and at most that thousandth each
 * less: the same leeway arm_deadline gives.  Time held for loading
 * models moved both deadlines, so it is not counted. */
static double
deadline_spent(double secs)
{
    if (!deadline_armed)
        return 0;
    long long stale = (long long)(doc_seconds() * 1e6);
    if (stale < 1000000)
        stale = 1000000;
    struct timespec now, start = wall_deadline;
    clock_gettime(CLOCK_MONOTONIC_RAW, &now);
    ts_sub(&start, (long long)(secs * 1e9));
    if (ts_diff(&start, &now) < stale)
        return 0;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    cpu_seen = now;
    clock_gettime(CLOCK_MONOTONIC_RAW, &wall_seen);
    start = deadline;
    ts_sub(&start, (long long)(secs * 1e9));
    return (double)ts_diff(&start, &now) / 1e9;
}

static int
ts_reached(const struct timespec *now, const struct timespec *t)
{
    return now->tv_sec > t->tv_sec ||
           (now->tv_sec == t->tv_sec && now->tv_nsec >= t->tv_nsec);
}

void
ws_doc_deadline_hold(void)
{
    if (deadline_armed && held++ == 0) {
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &held_at);
        clock_gettime(CLOCK_MONOTONIC_RAW, &wall_held_at);
    }
}

void
ws_doc_deadline_release(void)
{
    if (!deadline_armed || held == 0 || --held > 0)
        return;
    struct timespec now;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    ts_add(&deadline, ts_diff(&held_at, &now));
    clock_gettime(CLOCK_MONOTONIC_RAW, &now);
    ts_add(&wall_deadline, ts_diff(&wall_held_at, &now));
}

int
ws_doc_deadline(void)
{
    if (!deadline_armed)
        return 0;
    if (deadline_hit)
        return 1;
    /* the thread's CPU clock is a system call: read it every 16th poll */
    if ((polls++ & 15) != 0 || held > 0)
        return 0;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC_RAW, &now);
    if (!ts_reached(&now, &wall_deadline))
        return 0; /* the CPU clock cannot have reached it either */
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    if (ts_reached(&now, &deadline))
        deadline_hit = 1;
    return deadline_hit;
}

/* Frees what the stages produced (after running out of memory). */
static void
drop_annotations(ws_doc *d)
{
    free(d->paragraphs.v);
    free(d->sentences.v);
    free(d->tokens.v);
    free(d->entities.v);
    free(d->statements.v);
    d->paragraphs.v = NULL;
    d->sentences.v = NULL;
    d->tokens.v = NULL;
    d->entities.v = NULL;
    d->statements.v = NULL;
    d->paragraphs.n = d->paragraphs.cap = 0;
    d->sentences.n = d->sentences.cap = 0;
    d->tokens.n = d->tokens.cap = 0;
    d->entities.n = d->entities.cap = 0;
    d->statements.n = d->statements.cap = 0;
    d->done = 0;
}

int
ws_annotate_todo(const ws_doc *d, unsigned stages)
{
    if (stages & WS_ANNOTATE_STANCE)
        return (d->done & WS_DONE_STANCE)     ? 0
               : (d->done & WS_DONE_NER)      ? 1
               : (d->done & WS_DONE_TOKENIZE) ? 2
                                              : 3;
    if (stages & WS_ANNOTATE_NER)
        return (d->done & WS_DONE_NER)        ? 0
               : (d->done & WS_DONE_TOKENIZE) ? 1
                                              : 2;
    return (d->done & WS_DONE_TOKENIZE) ? 0 : 1;
}

/* A document's part in a batch (ws_annotate_batch) */
typedef struct {
    int go;      /* annotated: neither unreadable nor empty */
    int stop;    /* its stages ended (done or failed) */
    int rc;      /* what its stages returned */
    int pre_ner; /* it came with its entities */
    int hun;     /* libhunspell ran out of memory in one of its stages */
    int hit;     /* its deadline was reached */
    double left; /* CPU seconds of its bound left */
} doc_run;

/* The checks before the stages: 0 when d is not to be annotated */
static int
annotate_begin(ws_worker *w, ws_doc *d, unsigned stages, const char *prog)
{
    /* A record that could not be read is written as it is. */
    for (int32_t i = d->nerrors_in; i < d->errors.n; i++) {
        int c = d->errors.v[i].code;
        if (c == WS_EJSON || c == WS_ENOTOBJ || c == WS_ENOTEXT ||
            c == WS_ETOOBIG || c == WS_ETRUNC)
            return 0;
    }
    /* white space of any kind (U+3000, U+2028 ...) is still empty */
    int blank = 1;
    for (size_t i = 0; i < d->len && blank;) {
        int32_t cp = ws_utf8_decode(d->text, d->len, &i);
        blank = cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' ||
                ws_cp_is_space(cp);
    }
    if (blank) {
        ws_doc_error(d, "read", WS_EEMPTY, "empty document");
        return 0;
    }
    ws_models *m = ws_worker_models(w);
    if (ws_models_missing(m) && (stages & ~WS_ANNOTATE_TOKENIZE))
        ws_doc_error(d, prog, WS_EMODEL,
                     "no model directory; annotated without models");
    return 1;
}

/* The errors after the stages */
static void
annotate_end(ws_worker *w, ws_doc *d, doc_run *r, unsigned stages,
             const char *prog)
{
    ws_models *m = ws_worker_models(w);
    int rc = r->rc;
    /* libhunspell ran out of memory (it threw std::bad_alloc, caught in
     * hunspell_guard.cc): the stage went on with words unanswered */
    if (rc >= 0 && r->hun)
        rc = r->rc = -WS_ENOMEM;
    if (rc == -WS_ENOMEM) {
        drop_annotations(d);
        ws_doc_error(d, prog, rc,
                     "out of memory; the record is kept without annotations");
    } else if (rc < 0) {
        ws_doc_error(d, prog, rc, "annotation failed: %s", ws_strerror(rc));
    }
    if (r->hit)
        ws_doc_error(d, prog, WS_ETOOBIG,
                     "annotation stopped after %g s (WHOSAID_DOC_SECONDS); "
                     "its results are partial",
                     doc_seconds());
    const char *problem = d->lang[0] && (stages & ~WS_ANNOTATE_TOKENIZE)
                              ? ws_models_problem(m, d->lang)
                              : NULL;
    if (problem != NULL)
        ws_doc_error(d, prog, WS_EMODEL, "%s; annotated without it", problem);
    if (d->lang[0] && (stages & ~WS_ANNOTATE_TOKENIZE) &&
        ws_worker_dict_missing(w, d->lang)) {
        char why[4352];
        ws_hun_why_missing(d->lang, why, sizeof why);
        ws_doc_error(d, prog, WS_EMODEL, "%s; annotated without stems", why);
    }
}

/* The stages, one at a time over the batch */
enum { PH_TOKENIZE, PH_NER, PH_STANCE };

/* Runs phase ph on d as the chain of stages ws_annotate() asks for would
 * (ws_stance() runs ws_ner(), which runs ws_tokenize(), each only when the
 * document lacks its results; ws_stance() goes on after a failed ws_ner()
 * when tokens are left), under d's deadline */
static void
run_phase(ws_worker *w, ws_doc *d, doc_run *r, int ph, unsigned stages)
{
    int rc = 0, ran = 0;
    double secs = doc_seconds();
    if (secs > 0) {
        arm_deadline(r->left > 0 ? r->left : 1e-9);
        if (r->hit || r->left <= 0)
            deadline_hit = 1;
    }
    ws_hun_failed(); /* (clears what an earlier call left) */
    if (stages & WS_ANNOTATE_STANCE) {
        if (ph == PH_TOKENIZE && !r->pre_ner && !(d->done & WS_DONE_TOKENIZE)) {
            rc = ws_tokenize(w, d);
            ran = 1;
            if (rc < 0) { /* as ws_ner() returns it to ws_stance() */
                r->rc = rc;
                if (d->tokens.n == 0)
                    r->stop = 1;
                else
                    r->pre_ner = -1; /* on to the stance pass */
            }
        } else if (ph == PH_NER && !r->pre_ner) {
            rc = ws_ner(w, d);
            ran = 1;
            if (rc < 0 && d->tokens.n == 0) {
                r->rc = rc;
                r->stop = 1;
            }
        } else if (ph == PH_STANCE) {
            ws_ner_prepare(w, d->lang);
            r->rc = ws_stance_pass(w, d);
            ran = 1;
            r->stop = 1;
        }
    } else if (stages & WS_ANNOTATE_NER) {
        if (ph == PH_TOKENIZE && !(d->done & WS_DONE_TOKENIZE)) {
            rc = ws_tokenize(w, d);
            ran = 1;
            if (rc < 0) {
                r->rc = rc;
                r->stop = 1;
            }
        } else if (ph == PH_NER) {
            r->rc = ws_ner(w, d);
            ran = 1;
            r->stop = 1;
        }
    } else if (ph == PH_TOKENIZE) {
        r->rc = ws_tokenize(w, d);
        ran = 1;
        r->stop = 1;
    }
    if (ran && ws_hun_failed())
        r->hun = 1;
    if (secs > 0) {
        if (deadline_hit)
            r->hit = 1;
        else if (ran)
            r->left -= deadline_spent(r->left > 0 ? r->left : 1e-9);
    }
    deadline_armed = 0;
}

/* Batches: a stage's working set (the tagger's weights and per-thread
 * caches, the lexicons, the sentence model, each stage's code) is larger
 * than the core's 1 MB L2 together with the others', so a document taken
 * through the three stages in turn met each of them evicted by the two
 * others.  Cachegrind with its last level set to this machine's L2, on 2
 * MB of English, `run -j1`, per MB: 3.55 M lines read from beyond the L2
 * one document at a time, 2.15 M in batches of 8, 1.66 M of 32 (est with
 * such a miss weighed as 100 instructions, as a perf profile of the
 * host suggests: 1 670 M -> 1 455 M). */
/* A document's last stage with its record written right after it
 * (ws_annotate_batch_emit): done() and the arena block the stage is lent.
 * Written after the whole batch, a record read the document's tokens,
 * entities and statements after 31 other documents' stages had evicted
 * them from the L2; and the stance stage's scratch (some 41 KB a
 * document of English, ctx_init's tables and the like, in the
 * document's arena: 1.3 MB a batch) went to lines not written since the
 * batch before.  Now the scratch goes to the same warm block document
 * after document.  Cachegrind with the 1 MB L2, `run -j1` per MB of
 * English: ws_record_write's lines read from beyond the L2 102k -> 1k,
 * memset's written 170k -> 67k; est2 1 361.2M -> 1 351.0M. */
typedef struct {
    ws_annotate_done done;
    void *ctx;
    void **spare;
} doc_emit;

/* The last stage d goes through for `stages` */
static int
last_phase(unsigned stages)
{
    return (stages & WS_ANNOTATE_STANCE) ? PH_STANCE
           : (stages & WS_ANNOTATE_NER)  ? PH_NER
                                         : PH_TOKENIZE;
}

/* The last stage on d, then its record (em->done) and the memory that
 * stage allocated back (em->spare): what it allocated is gone, the
 * annotations and the errors it added with it (the record has them). */
static void
finish_doc(ws_worker *w, ws_doc *d, doc_run *r, int ph, unsigned stages,
           const char *prog, const doc_emit *em)
{
    int ran = r->go && !r->stop;
    int32_t nerr = d->errors.n;
    void *mark = ran ? ws_arena_lend(d->arena, *em->spare) : NULL;
    if (ran) {
        *em->spare = NULL;
        run_phase(w, d, r, ph, stages);
    }
    if (r->go)
        annotate_end(w, d, r, stages, prog);
    em->done(em->ctx, d);
    if (ran) {
        *em->spare = ws_arena_reclaim(d->arena, mark);
        d->paragraphs.n = d->sentences.n = d->tokens.n = 0;
        d->entities.n = d->statements.n = 0;
        d->errors.n = nerr;
        d->ner_index = NULL;
        d->done = 0;
    }
}

/* ws_annotate_batch() with the documents' part (n <= WS_BATCH_MAX);
 * em: ws_annotate_batch_emit()'s, or NULL */
static void
annotate_docs(ws_worker *w, ws_doc **docs, int n, unsigned stages,
              const char *prog, doc_run *run, const doc_emit *em)
{
    for (int i = 0; i < n; i++) {
        ws_doc *d = docs[i];
        doc_run *r = &run[i];
        memset(r, 0, sizeof *r);
        r->left = doc_seconds();
        r->go = annotate_begin(w, d, stages, prog);
        if (!r->go)
            continue;
        if (ws_annotate_todo(d, stages) == 0)
            r->stop = 1;
        r->pre_ner = (d->done & WS_DONE_NER) != 0;
    }
    /* (em: the last stage goes document by document, in finish_doc) */
    int end = em != NULL ? last_phase(stages) : PH_STANCE + 1;
    for (int ph = PH_TOKENIZE; ph < end; ph++)
        for (int i = 0; i < n; i++)
            if (run[i].go && !run[i].stop)
                run_phase(w, docs[i], &run[i], ph, stages);
    if (em != NULL) {
        for (int i = 0; i < n; i++)
            finish_doc(w, docs[i], &run[i], end, stages, prog, em);
        return;
    }
    for (int i = 0; i < n; i++)
        if (run[i].go)
            annotate_end(w, docs[i], &run[i], stages, prog);
}

void
ws_annotate_batch(ws_worker *w, ws_doc **docs, int n, unsigned stages,
                  const char *prog)
{
    doc_run run[WS_BATCH_MAX];
    for (int i = 0; i < n; i += WS_BATCH_MAX)
        annotate_docs(w, docs + i, n - i < WS_BATCH_MAX ? n - i : WS_BATCH_MAX,
                      stages, prog, run, NULL);
}

void
ws_annotate_batch_emit(ws_worker *w, ws_doc **docs, int n, unsigned stages,
                       const char *prog, ws_annotate_done done, void *ctx,
                       void **spare)
{
    doc_run run[WS_BATCH_MAX];
    doc_emit em = {done, ctx, spare};
    for (int i = 0; i < n; i += WS_BATCH_MAX)
        annotate_docs(w, docs + i, n - i < WS_BATCH_MAX ? n - i : WS_BATCH_MAX,
                      stages, prog, run, &em);
}

int
ws_annotate(ws_worker *w, ws_doc *d, unsigned stages, const char *prog)
{
    doc_run run;
    annotate_docs(w, &d, 1, stages, prog, &run, NULL);
    return run.rc;
}
