/*
 * cli.c - the stage runner shared by tokenize, ner, stance and
 * `whosaid run`: options, inputs, the per-document error policy, threads,
 * ordered output and exit codes.
 *
 * Policy (README "Errors"): a bad document gets one line on stderr
 * (program, input position, document id, message) and is still written,
 * with an "errors" member; the exit status is the worst seen: 65 for a bad
 * record, 66 for an input that cannot be opened, 70 for an internal error,
 * 74 for a write failure.
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char ws_cli_exit_help[] =
    "Exit status:\n"
    "  0   every document processed without error\n"
    "  64  usage error\n"
    "  65  at least one bad input record (it was still written, with "
    "\"errors\")\n"
    "  66  an input file could not be opened\n"
    "  70  internal error (out of memory, a bug)\n"
    "  74  write failure (disk full, closed pipe)\n";

void
ws_cli_warn(const char *prog, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: ", prog);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int
ws_cli_worse(int a, int b)
{
    /* 70, 74 and 75 dominate 66, which dominates 65 */
    static const int rank[] = {0, 64, 65, 66, 70, 74, 75};
    int ra = 0, rb = 0;
    for (int i = 0; i < 7; i++) {
        if (rank[i] == a)
            ra = i;
        if (rank[i] == b)
            rb = i;
    }
    return ra >= rb ? a : b;
}

typedef struct {
    const char *prog;
    unsigned stages;
    ws_models *models;
    int models_missing;
    char models_err[512];
} run_cfg;

/* Batches (ws_annotate_batch): each stage runs on up to RUN_BATCH
 * documents, or as many as hold RUN_BATCH_BYTES of text, before the next
 * stage starts, so that its code and tables are still in the core's L2
 * from one document to the next; one document at a time, a document met
 * the tagger's, the lexicons' and the sentence model's lines evicted by
 * the other stages.  Cachegrind, 2 MB of English, `run -j1`, lines read
 * from beyond a 1 MB L2 per MB: 3.55 M one at a time, 2.15 M in batches
 * of 8, 1.83 M of 16, 1.66 M of 32 (mixed news: peak RSS 137 MB at 1,
 * 142 MB at 16, 147 MB at 32 without batch_trim()).  Measured again on
 * 2026-12-06, est2 per MB: 1 237.5M in batches of 32 documents or 64 KB
 * of text (1 007 k lines read from beyond the L2), 1 225.3M of 64 or 128
 * KB (939 k), 1 222.5M of 128 or 256 KB (918 k); CPU time of `run -j1` on
 * 8 MB of English -7.7 % and -5.0 % at 64 (medians of 20 interleaved
 * pairs); peak RSS on 8 MB of the six languages 137.2, 139.2 and 149.0
 * MB.  A batch's records go out when it is done: --unbuffered and a
 * terminal take documents one at a time. */
#define RUN_BATCH       64
#define RUN_BATCH_BYTES ((size_t)128 << 10)
_Static_assert(RUN_BATCH <= WS_BATCH_MAX, "a batch is annotated in one go");
/* A batch is for documents with two stages or more to go through (raw
 * text through ner or stance, tokens through stance: ws_annotate_todo).
 * A document with one stage to go (tokenize, or the stage after the one
 * its JSON came from) gains nothing from it, and the batch's parsed
 * input lines cost cache misses of their own: `stance` on ner's JSONL, 2
 * MB of English, missed the L2 on 1 029 k lines written per MB in
 * batches of 32, 156 k one at a time.  So the first document of a batch
 * decides whether more join it. */
#define BATCH_WORTH(d, stages) (ws_annotate_todo((d), (stages)) >= 2)

/* -j N's workers take smaller batches, of at most PIPE_BATCH_BYTES of
 * text: the N workers' batches are all in memory at once, and the
 * records waiting to be written with them; a document keeps some 150 KB
 * a batch position (its arena block, and the arrays of the longest
 * document it held, as -j1's do).  Peak RSS of `run -j2` on the bench's
 * 30 MB of the six languages, KiB: 144 800 in batches of 4, 146 700 of
 * 8, 149 500 of 16 and 154 000 of 32, against the 150 MB issue #7
 * allows (146 200-146 300 in batches of 4 read ahead into the ring,
 * before: see pipe_read's note).  With batches of 16 read by each worker, CPU
 * time of `run -j2` on 8 MB of English fell by 9.9 % and 14.3 % against
 * that (medians of 12 interleaved pairs, 11 of 12 faster each time; the
 * six languages -6.2 %, 9 of 12): each stage's tables and code come back
 * into the L2 once every 16 documents instead of every 4, and a record
 * is written while its document is still in the cache. */
#define PIPE_BATCH       16
#define PIPE_BATCH_BYTES ((size_t)64 << 10)
_Static_assert(PIPE_BATCH <= WS_BATCH_MAX, "a batch is annotated in one go");

/* The memory of the batch's documents past the first that were longer
 * than RUN_BATCH_KEEP bytes goes back once their records are written:
 * a document keeps the arrays and arena of the longest it held, so a
 * batch keeps one long document's memory at most, as one document did,
 * and the others' of short ones. */
#define RUN_BATCH_KEEP ((size_t)8 << 10)
static void
batch_trim(ws_doc **docs, int n)
{
    for (int i = 1; i < n; i++)
        if (docs[i]->len > RUN_BATCH_KEEP)
            ws_doc_release(docs[i]);
}

/* ---- threads (-j N, N > 1): a pipeline ----
 * Each of N workers reads its next batch into its own documents (one
 * worker at a time: the reader's role, see pipe_read), each document
 * taking the next slot of a ring, annotates the batch as -j1 does and
 * serialises each record into its slot as the document's last stage is
 * through (pipe_done), and the worker that finishes the next slot to
 * write writes it and the finished slots after it, in input order (see
 * pipe_drain).  A message the reading has to give (an input that cannot
 * be opened, a read error) takes a slot too, so stderr comes out in the
 * order a single thread would give.  The ring bounds the records waiting
 * to be written (two batches a worker). */

enum { SLOT_FREE, SLOT_BUSY, SLOT_DONE };

typedef struct {
    int state;
    int is_msg; /* a message, not a document */
    char *msg;  /* the message (malloc'd) */
    int msg_status;
    char *oom_id; /* the document's id when its record ran out of memory */
    ws_buf out;   /* the document's record */
    /* the document's error lines for stderr, as the worker wrote them
     * (written with the record, in input order), their number and the exit
     * status they call for */
    ws_buf err;
    long nerr;
    int err_status;
} slot;

/* The input as the reading worker goes through it (only the worker
 * holding the reader's role touches it) */
typedef struct {
    char **files;
    int nfiles;
    int fi; /* the next file to open */
    size_t max_bytes;
    ws_reader *r; /* the file being read, NULL between files */
    FILE *fp;
    const char *name;
    int read_reported; /* its read error was given */
    long nin;          /* documents read */
    int status;        /* out of memory while reading */
} input_t;

typedef struct {
    const run_cfg *cfg;
    slot *slots;
    int nslots;
    long nread, nwritten; /* sequence numbers: next to fill, to write */
    int eof, stop;
    /* who waits: the condition variable is signalled only then, and
     * after the mutex is released, so a woken thread does not block on
     * it at once */
    int wk_wait;
    int reading; /* a worker is reading its batch */
    int writing; /* a worker is writing slots out (pipe_drain) */
    pthread_mutex_t mu;
    pthread_cond_t can_work;
    /* the record buffers of the slots written, the last one on top: a
     * slot takes one as its document is read, so that there are only as
     * many as records wait at once (see pipe_drain) */
    ws_buf *outs;
    int nouts;
    input_t in;
    /* the writing's results */
    int unbuffered, strict, status;
    long nout, nerr;
} pipe_t;

typedef struct {
    pipe_t *p;
    ws_worker *w;
    int batch;       /* the most documents it takes at a time */
    unsigned nbatch; /* batches done */
    /* its batch, read into its own documents, which keep their memory
     * from batch to batch as -j1's do (batch_trim) */
    ws_doc *docs[PIPE_BATCH];
    slot *slots[PIPE_BATCH]; /* their slots */
    int ndone;               /* the batch's documents done (pipe_done) */
    void *spare; /* the last stage's arena block (ws_annotate_batch_emit) */
} pipe_arg;

/* The document's error lines (those that came with it are not repeated):
 * appended to err, or written to stderr when err is NULL; *status takes
 * the exit status they call for and *n counts them.  `whosaid run -j N`'s
 * workers collect them in the slot; pipe_drain prints them in input order. */
#define DOC_ERR_FMT "%s: %s:%ld: %s: %s\n"
static void
doc_errors(const char *prog, const ws_doc *d, ws_buf *err, int *status, long *n)
{
    for (int32_t i = d->nerrors_in; i < d->errors.n; i++) {
        const char *name = d->input_name ? d->input_name : "<stdin>";
        const char *id = d->id ? d->id : "?";
        if (err != NULL)
            ws_buf_printf(err, DOC_ERR_FMT, prog, name, d->input_line, id,
                          d->errors.v[i].message);
        else
            fprintf(stderr, DOC_ERR_FMT, prog, name, d->input_line, id,
                    d->errors.v[i].message);
        int c = d->errors.v[i].code;
        *status = ws_cli_worse(*status, c == WS_ENOMEM || c == WS_EINTERNAL
                                            ? WS_EXIT_SOFTWARE
                                            : WS_EXIT_DATAERR);
        (*n)++;
    }
}

/* d's record and error lines into sl */
static void
slot_record(const char *prog, slot *sl, const ws_doc *d)
{
    sl->err.len = 0;
    sl->err.oom = 0;
    sl->nerr = 0;
    sl->err_status = WS_EXIT_OK;
    doc_errors(prog, d, &sl->err, &sl->err_status, &sl->nerr);
    sl->out.len = 0;
    sl->out.oom = 0;
    ws_record_write(&sl->out, d);
    if (sl->out.oom)
        sl->oom_id = strdup(d->id);
}

static int write_slot(pipe_t *p, slot *sl);
static void pipe_stop(pipe_t *p);

/* Writes the finished slots from the next one to write on, in input
 * order, unless another worker is at it (the caller holds the mutex; it
 * is released around each write).  The worker that finishes a slot
 * writes it while its record is still in its own cache; with a writer
 * thread (until now) the writer was woken for nearly every document, two
 * context switches a document on a machine with as many cores as
 * workers, where it also took a worker's core away for the write. */
static void
pipe_drain(pipe_t *p)
{
    if (p->writing)
        return; /* the other worker sees this slot done before it stops */
    p->writing = 1;
    while (!p->stop && p->nwritten < p->nread) {
        slot *sl = &p->slots[p->nwritten % p->nslots];
        if (sl->state != SLOT_DONE)
            break;
        pthread_mutex_unlock(&p->mu);
        int rc = write_slot(p, sl);
        /* a free slot keeps no memory: the ring's slots each kept
         * their largest record (64 KB of buffer on mixed news; 64 slots
         * at -j2), where only those waiting to be written need one: the
         * buffer goes back to p->outs (48 of them after a run at -j2) */
        if (sl->err.cap > ((size_t)4 << 10))
            ws_buf_free(&sl->err);
        pthread_mutex_lock(&p->mu);
        if (sl->out.cap > ((size_t)64 << 10))
            ws_buf_free(&sl->out);
        else if (sl->out.buf != NULL)
            p->outs[p->nouts++] = sl->out;
        memset(&sl->out, 0, sizeof sl->out);
        free(sl->msg);
        sl->msg = NULL;
        free(sl->oom_id);
        sl->oom_id = NULL;
        sl->is_msg = 0;
        sl->state = SLOT_FREE;
        p->nwritten++;
        if (rc < 0)
            pipe_stop(p);
    }
    p->writing = 0;
}

static void input_close(input_t *in);
static int input_next(const char *prog, input_t *in, slot *sl, ws_doc *d);

/* The reader's role (the caller holds the mutex, and p->reading is 0):
 * reads the worker's next batch into its documents, and gives each a
 * slot, in input order: up to pa->batch documents or PIPE_BATCH_BYTES of
 * text (a message the input calls for takes a slot of its own, done at
 * once), releasing the mutex around each.  Returns the batch's size.
 * Reading a document costs some 1 % of annotating it, so a worker that
 * waits for another's reading waits little.  (Documents read ahead into
 * the ring, as before 2026-12-06, took `run -j2` to 151-155 MB on the
 * bench's six languages in batches of 16: docs/PERFORMANCE.md.) */
static int
pipe_read(pipe_arg *pa, int *msgs)
{
    pipe_t *p = pa->p;
    int n = 0;
    size_t bytes = 0;
    p->reading = 1;
    while (n < pa->batch && bytes < PIPE_BATCH_BYTES && !p->stop &&
           p->nread - p->nwritten < p->nslots) {
        slot *sl = &p->slots[p->nread % p->nslots];
        pthread_mutex_unlock(&p->mu);
        int rc = input_next(p->cfg->prog, &p->in, sl, pa->docs[n]);
        pthread_mutex_lock(&p->mu);
        if (rc <= 0) {
            p->eof = 1;
            if (rc < 0) /* out of memory: stop now */
                pipe_stop(p);
            break;
        }
        p->nread++;
        if (sl->is_msg) {
            sl->state = SLOT_DONE;
            *msgs = 1;
            continue;
        }
        sl->state = SLOT_BUSY;
        if (p->nouts > 0 && sl->out.buf == NULL)
            sl->out = p->outs[--p->nouts];
        bytes += pa->docs[n]->len;
        pa->slots[n] = sl;
        if (n++ == 0 && !BATCH_WORTH(pa->docs[0], p->cfg->stages))
            break;
    }
    p->reading = 0;
    return n;
}

/* A document of the batch through its last stage: its record and error
 * lines into its slot (ws_annotate_batch_emit) */
static void
pipe_done(void *ctx, ws_doc *d)
{
    pipe_arg *pa = ctx;
    slot_record(pa->p->cfg->prog, pa->slots[pa->ndone++], d);
}

static void *
pipe_work(void *arg)
{
    pipe_arg *pa = arg;
    pipe_t *p = pa->p;
    ws_heap_huge_arena(); /* this worker's malloc arena (heap.c) */
    pthread_mutex_lock(&p->mu);
    for (;;) {
        if (p->stop || p->eof)
            break;
        if (p->reading || p->nread - p->nwritten >= p->nslots) {
            /* another worker is reading, or the ring is full until the
             * slot to write next is done */
            p->wk_wait++;
            pthread_cond_wait(&p->can_work, &p->mu);
            p->wk_wait--;
            continue;
        }
        int msgs = 0;
        int n = pipe_read(pa, &msgs);
        if (p->wk_wait > 0) { /* the next worker may read */
            pthread_mutex_unlock(&p->mu);
            pthread_cond_signal(&p->can_work);
            pthread_mutex_lock(&p->mu);
        }
        if (n == 0) {
            if (msgs)
                pipe_drain(p);
            continue;
        }
        pthread_mutex_unlock(&p->mu);
        pa->ndone = 0;
        ws_annotate_batch_emit(pa->w, pa->docs, n, p->cfg->stages, p->cfg->prog,
                               pipe_done, pa, &pa->spare);
        batch_trim(pa->docs, n);
        if (++pa->nbatch % 64 == 0)
            ws_heap_budget(); /* the arenas' huge pages (heap.c) */
        pthread_mutex_lock(&p->mu);
        for (int i = 0; i < n; i++)
            pa->slots[i]->state = SLOT_DONE;
        pipe_drain(p);
    }
    pthread_cond_broadcast(&p->can_work);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static void
pipe_stop(pipe_t *p)
{
    p->stop = 1;
    pthread_cond_broadcast(&p->can_work);
}

/* Writes one finished slot (the caller holds no lock); 0 or -1 to stop. */
static int
write_slot(pipe_t *p, slot *sl)
{
    const char *prog = p->cfg->prog;
    if (sl->is_msg) {
        ws_cli_warn(prog, "%s", sl->msg ? sl->msg : "out of memory");
        p->status = ws_cli_worse(p->status, sl->msg_status);
        return 0;
    }
    long before = p->nerr;
    if (sl->err.len > 0)
        fwrite(sl->err.buf, 1, sl->err.len, stderr);
    p->status = ws_cli_worse(p->status, sl->err_status);
    p->nerr += sl->nerr;
    if (sl->out.oom) {
        ws_cli_warn(prog, "%s: out of memory writing the record",
                    sl->oom_id ? sl->oom_id : "?");
        p->status = ws_cli_worse(p->status, WS_EXIT_SOFTWARE);
        return -1;
    }
    if (fwrite(sl->out.buf, 1, sl->out.len, stdout) != sl->out.len ||
        (p->unbuffered && fflush(stdout) != 0)) {
        if (errno != EPIPE)
            ws_cli_warn(prog, "write error: %s", strerror(errno));
        p->status = ws_cli_worse(p->status, WS_EXIT_IOERR);
        return -1;
    }
    p->nout++;
    if (p->strict && p->nerr > before) {
        ws_cli_warn(prog, "--strict: stopping at the first bad record");
        return -1;
    }
    return 0;
}

/* A message for stderr in input order (printed by pipe_drain), in sl */
static void slot_message(slot *sl, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
slot_message(slot *sl, int status, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    sl->is_msg = 1;
    sl->msg = strdup(buf);
    sl->msg_status = status;
}

static void
input_close(input_t *in)
{
    ws_reader_free(in->r);
    if (in->fp != NULL && in->fp != stdin)
        fclose(in->fp);
    in->r = NULL;
    in->fp = NULL;
}

/* Reads the next document of the input into d, or the message an input
 * calls for (opening it, a read error) into sl, opening the files in
 * turn: 1, 0 once every input is read through, -1 out of memory (said on
 * stderr). */
static int
input_next(const char *prog, input_t *in, slot *sl, ws_doc *d)
{
    for (;;) {
        if (in->r == NULL) {
            if (in->fi >= (in->nfiles ? in->nfiles : 1))
                return 0;
            const char *name = in->nfiles ? in->files[in->fi] : "-";
            in->fi++;
            FILE *fp = stdin;
            if (strcmp(name, "-") != 0) {
                struct stat st;
                if (stat(name, &st) == 0 && S_ISDIR(st.st_mode)) {
                    slot_message(sl, WS_EXIT_NOINPUT, "%s: is a directory",
                                 name);
                    return 1;
                }
                fp = fopen(name, "rb");
                if (fp == NULL) {
                    slot_message(sl, WS_EXIT_NOINPUT, "%s: %s", name,
                                 strerror(errno));
                    return 1;
                }
            } else {
                name = "<stdin>";
            }
            in->r = ws_reader_new(fp, name, in->max_bytes);
            in->fp = fp;
            in->name = name;
            in->read_reported = 0;
            if (in->r == NULL) {
                input_close(in);
                ws_cli_warn(prog, "out of memory");
                in->status = ws_cli_worse(in->status, WS_EXIT_SOFTWARE);
                return -1;
            }
        }
        int rc = ws_reader_next(in->r, d);
        if (rc > 0) {
            in->nin++;
            return 1;
        }
        if (rc == -WS_ENOMEM) {
            ws_cli_warn(prog, "out of memory");
            in->status = ws_cli_worse(in->status, WS_EXIT_SOFTWARE);
            return -1;
        }
        int msg = rc < 0 || (ws_reader_error(in->r) && !in->read_reported);
        if (msg)
            slot_message(sl, WS_EXIT_IOERR, "%s: read error: %s", in->name,
                         strerror(ws_reader_error(in->r)));
        input_close(in);
        if (msg)
            return 1;
    }
}

static void
usage(FILE *fp, const char *prog, int allow_jobs)
{
    fprintf(fp,
            "usage: %s [options] [FILE...]\n"
            "Reads articles (seed layout) or JSON Lines from FILEs or stdin "
            "and writes\none JSON record per document to stdout.\n\n"
            "Options:\n"
            "  -u, --unbuffered   one document at a time, each record flushed\n"
            "      --strict       stop at the first bad record\n"
            "      --models DIR   model directory (default: $WHOSAID_MODELS "
            "or the\n"
            "                     models/ beside the program)\n"
            "      --max-bytes N  annotate documents up to N bytes (default "
            "16 MiB);\n"
            "                     larger ones are written unannotated, with "
            "an error\n"
            "%s"
            "  -h, --help         this help\n"
            "      --version      print the version\n\n%s",
            prog,
            allow_jobs ? "  -j, --jobs N       worker threads (default 1)\n"
                       : "",
            ws_cli_exit_help);
}

/* Bytes of records gathered before they are written: stdout's buffer */
#define OUT_GATHER (1 << 16)

/* stdout's buffer.  A record is kilobytes of JSON; with stdio's default
 * buffer (st_blksize, one 4 KiB page) most of it went out in 4 KiB
 * write calls, and the kernel's cost of a write to a file grows with the
 * number of calls and pages handled one at a time: writes of 64 KiB let
 * it fill large page-cache folios (171 MB of records: about 0.2 s of
 * system time at 4 KiB, 0.08 s at 64 KiB).  64 KiB is also a pipe's
 * capacity.  --unbuffered keeps its flush after every record, and a
 * terminal keeps stdio's line buffering (a record shows when it is
 * done).  Returns 1 when records may be gathered before they are
 * written (neither --unbuffered nor a terminal: emit). */
static int
out_buffer(int unbuffered)
{
    static _Alignas(4096) char buf[OUT_GATHER];
    if (unbuffered || isatty(fileno(stdout)))
        return 0;
    setvbuf(stdout, buf, _IOFBF, sizeof buf);
    return 1;
}

/* Writes the records gathered in out to stdout's descriptor and empties
 * out (also when the write fails); 0, or -1 after the error is reported
 * into *status. */
static int
out_flush(const char *prog, ws_buf *out, int *status)
{
    const char *p = out->buf;
    size_t left = out->len;
    out->len = 0;
    /* (nothing is left in stdout's stdio buffer before them) */
    int bad = left > 0 && fflush(stdout) != 0;
    while (!bad && left > 0) {
        ssize_t k = write(STDOUT_FILENO, p, left);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            bad = 1;
            break;
        }
        p += k;
        left -= (size_t)k;
    }
    if (!bad)
        return 0;
    if (errno != EPIPE)
        ws_cli_warn(prog, "write error: %s", strerror(errno));
    *status = ws_cli_worse(*status, WS_EXIT_IOERR);
    return -1;
}

/* Writes d's record after the ones gathered in out, and out when it
 * holds OUT_GATHER bytes or more, or at once when records are not
 * gathered (gather 0: out_buffer).  The records are written from out
 * itself, not copied into stdout's stdio buffer first (a record holds
 * some ten bytes of JSON for each byte of text).  0, or -1 to stop. */
static int
emit(const char *prog, ws_doc *d, ws_buf *out, int gather, int *status,
     long *errors)
{
    doc_errors(prog, d, NULL, status, errors);
    size_t mark = out->len;
    ws_record_write(out, d);
    if (out->oom) {
        /* the records before this one still go out */
        out->len = mark;
        out->oom = 0;
        out_flush(prog, out, status);
        ws_cli_warn(prog, "%s: out of memory writing the record", d->id);
        *status = ws_cli_worse(*status, WS_EXIT_SOFTWARE);
        return -1;
    }
    if (gather && out->len < OUT_GATHER)
        return 0;
    return out_flush(prog, out, status);
}

/* The single thread's records: emit() as ws_annotate_batch_emit()
 * hands each document over, until one fails (*stop) */
typedef struct {
    const char *prog;
    ws_buf *out;
    int gather, strict;
    int *status;
    long *nerr, *nout;
    int *stop;
} emit_ctx;

static void
emit_done(void *ctx, ws_doc *d)
{
    emit_ctx *ec = ctx;
    if (*ec->stop)
        return;
    long before = *ec->nerr;
    if (emit(ec->prog, d, ec->out, ec->gather, ec->status, ec->nerr) < 0) {
        *ec->stop = 1;
        return;
    }
    (*ec->nout)++;
    if (ec->strict && *ec->nerr > before) {
        ws_cli_warn(ec->prog, "--strict: stopping at the first bad record");
        *ec->stop = 1;
    }
}

/* The workers' documents and arena blocks */
static void
pipe_free(pipe_arg *pa, int jobs)
{
    for (int t = 0; t < jobs; t++) {
        for (int i = 0; i < PIPE_BATCH; i++)
            ws_doc_free(pa[t].docs[i]);
        ws_arena_spare_free(pa[t].spare);
    }
}

/* The -j N > 1 path.  Returns the exit status, or -1 when the threads
 * cannot be started (nothing has been read; the caller runs the
 * single-threaded loop instead). */
static int
run_parallel(const run_cfg *cfg, ws_worker **workers, int jobs, int nfiles,
             char **files, size_t max_bytes, int unbuffered, int strict)
{
    const char *prog = cfg->prog;
    pipe_t p;
    memset(&p, 0, sizeof p);
    p.cfg = cfg;
    /* each worker takes up to `batch` documents at a time: the ring holds
     * two batches a worker (at least 8 slots a worker), so that a worker
     * whose batch waits for another's to be written goes on with its
     * next */
    int batch = unbuffered || isatty(fileno(stdout)) ? 1 : PIPE_BATCH;
    p.nslots = 2 * batch * jobs > 8 * jobs ? 2 * batch * jobs : 8 * jobs;
    p.unbuffered = unbuffered;
    p.strict = strict;
    p.status = WS_EXIT_OK;
    p.in.files = files;
    p.in.nfiles = nfiles;
    p.in.max_bytes = max_bytes;
    p.in.status = WS_EXIT_OK;
    pthread_t th[256];
    pipe_arg pa[256];
    memset(pa, 0, (size_t)jobs * sizeof pa[0]);
    p.slots = calloc((size_t)p.nslots, sizeof(slot));
    p.outs = calloc((size_t)p.nslots, sizeof(ws_buf));
    if (p.slots == NULL || p.outs == NULL)
        goto fail;
    for (int t = 0; t < jobs; t++)
        for (int i = 0; i < batch; i++)
            if ((pa[t].docs[i] = ws_doc_new()) == NULL)
                goto fail;
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.can_work, NULL);
    /* strings built lazily on first use, shared by the workers */
    ws_stage_version("tokenize");
    ws_stage_version("ner");
    ws_stage_version("stance");

    int started = 0;
    for (int t = 0; t < jobs; t++) {
        pa[t].p = &p;
        pa[t].w = workers[t];
        pa[t].batch = batch;
        if (pthread_create(&th[t], NULL, pipe_work, &pa[t]) != 0)
            break;
        started++;
    }
    if (started == 0) {
        pthread_mutex_destroy(&p.mu);
        pthread_cond_destroy(&p.can_work);
        goto fail;
    }
    for (int t = 0; t < started; t++)
        pthread_join(th[t], NULL);
    /* the last worker to finish wrote the last slots; nothing is left
     * unless the workers stopped */
    pthread_mutex_lock(&p.mu);
    pipe_drain(&p);
    pthread_mutex_unlock(&p.mu);
    input_close(&p.in);
    int status = ws_cli_worse(p.in.status, p.status);
    if (!p.stop && p.in.nin != p.nout) {
        ws_cli_warn(prog, "internal error: %ld records in, %ld out", p.in.nin,
                    p.nout);
        status = ws_cli_worse(status, WS_EXIT_SOFTWARE);
    }
    pthread_mutex_destroy(&p.mu);
    pthread_cond_destroy(&p.can_work);
    for (int i = 0; i < p.nslots; i++) {
        ws_buf_free(&p.slots[i].out);
        ws_buf_free(&p.slots[i].err);
        free(p.slots[i].msg);
        free(p.slots[i].oom_id);
    }
    for (int i = 0; i < p.nouts; i++)
        ws_buf_free(&p.outs[i]);
    free(p.outs);
    free(p.slots);
    pipe_free(pa, jobs);
    return status;

fail:
    free(p.outs);
    free(p.slots);
    pipe_free(pa, jobs);
    return -1;
}

void
ws_cli_tune_malloc(void)
{
#ifdef M_TOP_PAD
    /* The pad each growth of an arena asks beyond the request: a new
     * thread arena's heap (64 MB of address space, made writable as it
     * grows) is created writable whole, one mprotect call instead of one
     * a page.  The pages are still taken only when touched: peak RSS is
     * the same (run -j2 on 2 MB of the six languages: 144 MB both ways;
     * system calls 27 252 -> 7 498).  The main heap grows by brk 64 MB of
     * address space at a time. */
    mallopt(M_TOP_PAD, 64 << 20);
#endif
}

int
ws_cli_run_stages(int argc, char **argv, const char *prog, unsigned stages,
                  int allow_jobs)
{
    static const struct option longopts[] = {
        {"unbuffered", no_argument, NULL, 'u'},
        {"strict", no_argument, NULL, 'S'},
        {"models", required_argument, NULL, 'M'},
        {"max-bytes", required_argument, NULL, 'B'},
        {"jobs", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0}};
    int unbuffered = 0, strict = 0, jobs = 1, c;
    const char *models_dir = NULL;
    size_t max_bytes = 0;
    ws_cli_tune_malloc();
    optind = 1;
    while ((c = getopt_long(argc, argv, "uj:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'u':
            unbuffered = 1;
            break;
        case 'S':
            strict = 1;
            break;
        case 'M':
            models_dir = optarg;
            break;
        case 'B': {
            char *end;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*end != '\0' || v == 0) {
                ws_cli_warn(prog, "--max-bytes: not a positive number: %s",
                            optarg);
                return WS_EXIT_USAGE;
            }
            max_bytes = (size_t)v;
            break;
        }
        case 'j': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (!allow_jobs || *end != '\0' || v < 1 || v > 256) {
                ws_cli_warn(prog, "-j: expected 1..256, got %s", optarg);
                return WS_EXIT_USAGE;
            }
            jobs = (int)v;
            break;
        }
        case 'h':
            usage(stdout, prog, allow_jobs);
            return WS_EXIT_OK;
        case 'V':
            printf("%s %s (schema %s)\n", prog, WS_VERSION, WS_SCHEMA_VERSION);
            return WS_EXIT_OK;
        default:
            usage(stderr, prog, allow_jobs);
            return WS_EXIT_USAGE;
        }
    }
    signal(SIGPIPE, SIG_IGN);
    int gather = out_buffer(unbuffered);
    /* one thread: its heap (the models and caches it loads) in huge
     * pages.  -j N's workers allocate in arenas of their own, which each
     * worker marks as it starts, within a budget (heap.c) */
    if (jobs == 1)
        ws_heap_huge_start();

    run_cfg cfg = {prog, stages, NULL, 0, ""};
    cfg.models =
        ws_models_open(models_dir, cfg.models_err, sizeof cfg.models_err);
    if (cfg.models == NULL) {
        cfg.models_missing = 1;
        ws_cli_warn(prog, "%s", cfg.models_err);
        cfg.models = ws_models_none();
        if (cfg.models == NULL) {
            ws_cli_warn(prog, "out of memory");
            return WS_EXIT_SOFTWARE;
        }
    }
    int status = WS_EXIT_OK;
    ws_worker *workers[256] = {0};
    /* records go out as each document is done (--unbuffered, a
     * terminal): one document at a time; else in batches (RUN_BATCH) */
    int batch_max = gather ? RUN_BATCH : 1;
    ws_doc **docs = calloc((size_t)batch_max, sizeof(*docs));
    ws_buf out = {0};
    int nw = 0, stop = 0;
    void *spare = NULL; /* the last stage's arena block (emit_done) */
    long nin = 0, nout = 0, nerr = 0;
    if (docs == NULL)
        goto oom;
    for (nw = 0; nw < jobs; nw++)
        if ((workers[nw] = ws_worker_new(cfg.models)) == NULL)
            goto oom;

    int nfiles = argc - optind;
    if (jobs > 1) {
        int st = run_parallel(&cfg, workers, jobs, nfiles, argv + optind,
                              max_bytes, unbuffered, strict);
        if (st >= 0) {
            status = st;
            goto done;
        }
    }
    for (int i = 0; i < batch_max; i++)
        if ((docs[i] = ws_doc_new()) == NULL)
            goto oom;
    emit_ctx ec = {prog, &out, gather, strict, &status, &nerr, &nout, &stop};
    for (int fi = 0; fi < (nfiles ? nfiles : 1) && !stop; fi++) {
        const char *name = nfiles ? argv[optind + fi] : "-";
        FILE *fp = stdin;
        if (strcmp(name, "-") != 0) {
            struct stat st;
            if (stat(name, &st) == 0 && S_ISDIR(st.st_mode)) {
                ws_cli_warn(prog, "%s: is a directory", name);
                status = ws_cli_worse(status, WS_EXIT_NOINPUT);
                continue;
            }
            fp = fopen(name, "rb");
            if (fp == NULL) {
                ws_cli_warn(prog, "%s: %s", name, strerror(errno));
                status = ws_cli_worse(status, WS_EXIT_NOINPUT);
                continue;
            }
        } else {
            name = "<stdin>";
        }
        ws_reader *r = ws_reader_new(fp, name, max_bytes);
        if (r == NULL)
            goto oom;
        /* a batch's ids hashed together, four texts at once (below) */
        if (batch_max > 1)
            ws_reader_defer_ids(r);
        int eof = 0, read_reported = 0;
        while (!eof && !stop) {
            int n = 0, read_failed = 0, nomem = 0;
            size_t bytes = 0;
            while (n < batch_max && bytes < RUN_BATCH_BYTES) {
                int rc = ws_reader_next(r, docs[n]);
                if (rc == 0) {
                    eof = 1;
                    break;
                }
                if (rc < 0) {
                    /* reported after the records read before it */
                    nomem = rc == -WS_ENOMEM;
                    read_failed = !nomem;
                    eof = 1;
                    break;
                }
                bytes += docs[n]->len;
                nin++;
                if (n++ == 0 && !BATCH_WORTH(docs[0], cfg.stages))
                    break;
            }
            /* before anything reads an id: the records, the messages
             * (the ids the reader set, as it does unbuffered, stay) */
            ws_doc_ensure_ids(docs, n);
            ws_heap_huge(); /* what the last batch grew the heap by */
            ws_annotate_batch_emit(workers[0], docs, n, cfg.stages, cfg.prog,
                                   emit_done, &ec, &spare);
            batch_trim(docs, n);
            if (nomem) {
                ws_reader_free(r);
                goto oom;
            }
            if (read_failed && !stop) {
                ws_cli_warn(prog, "%s: read error: %s", name,
                            strerror(ws_reader_error(r)));
                status = ws_cli_worse(status, WS_EXIT_IOERR);
                read_reported = 1;
            }
        }
        if (ws_reader_error(r) && !stop && !read_reported) {
            ws_cli_warn(prog, "%s: read error: %s", name,
                        strerror(ws_reader_error(r)));
            status = ws_cli_worse(status, WS_EXIT_IOERR);
        }
        ws_reader_free(r);
        if (fp != stdin)
            fclose(fp);
    }
    if (!stop && nin != nout) {
        ws_cli_warn(prog, "internal error: %ld records in, %ld out", nin, nout);
        status = ws_cli_worse(status, WS_EXIT_SOFTWARE);
    }
    goto done;
oom:
    ws_cli_warn(prog, "out of memory");
    status = ws_cli_worse(status, WS_EXIT_SOFTWARE);
done:
    if (out.len > 0)
        out_flush(prog, &out, &status);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (errno != EPIPE && status != WS_EXIT_IOERR)
            ws_cli_warn(prog, "write error: %s", strerror(errno));
        status = ws_cli_worse(status, WS_EXIT_IOERR);
    }
    if (fclose(stdout) != 0 && status != WS_EXIT_IOERR) {
        ws_cli_warn(prog, "write error: %s", strerror(errno));
        status = ws_cli_worse(status, WS_EXIT_IOERR);
    }
    ws_buf_free(&out);
    ws_arena_spare_free(spare);
    if (docs)
        for (int i = 0; i < batch_max; i++)
            ws_doc_free(docs[i]);
    free(docs);
    for (int i = 0; i < nw; i++)
        ws_worker_free(workers[i]);
    ws_models_leave(cfg.models);
    return status;
}
