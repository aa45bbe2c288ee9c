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
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"

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

static int
worse(int a, int b)
{
    /* 70 and 74 dominate 66, which dominates 65 */
    static const int rank[] = {0, 64, 65, 66, 70, 74};
    int ra = 0, rb = 0;
    for (int i = 0; i < 6; i++) {
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

static void
process(const run_cfg *cfg, ws_worker *w, ws_doc *d)
{
    ws_annotate(w, d, cfg->stages, cfg->prog);
}

/* ---- threads: a batch of documents, processed in parallel ---- */

typedef struct {
    const run_cfg *cfg;
    ws_doc **docs;
    int n;
    atomic_int next;
} batch;

typedef struct {
    batch *b;
    ws_worker *w;
} thread_arg;

static void *
work(void *p)
{
    thread_arg *ta = p;
    batch *b = ta->b;
    for (;;) {
        int i = atomic_fetch_add(&b->next, 1);
        if (i >= b->n)
            break;
        process(b->cfg, ta->w, b->docs[i]);
    }
    return NULL;
}

static void
usage(FILE *fp, const char *prog, int allow_jobs)
{
    fprintf(fp,
            "usage: %s [options] [FILE...]\n"
            "Reads articles (seed layout) or JSON Lines from FILEs or stdin "
            "and writes\none JSON record per document to stdout.\n\n"
            "Options:\n"
            "  -u, --unbuffered   flush after every record\n"
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

static int
emit(const char *prog, ws_doc *d, ws_buf *out, int unbuffered, int *status,
     long *errors)
{
    for (int32_t i = d->nerrors_in; i < d->errors.n; i++) {
        fprintf(stderr, "%s: %s:%ld: %s: %s\n", prog,
                d->input_name ? d->input_name : "<stdin>", d->input_line,
                d->id ? d->id : "?", d->errors.v[i].message);
        int c = d->errors.v[i].code;
        *status = worse(*status, c == WS_ENOMEM || c == WS_EINTERNAL
                                     ? WS_EXIT_SOFTWARE
                                     : WS_EXIT_DATAERR);
        (*errors)++;
    }
    out->len = 0;
    ws_record_write(out, d);
    if (out->oom) {
        ws_cli_warn(prog, "%s: out of memory writing the record", d->id);
        *status = worse(*status, WS_EXIT_SOFTWARE);
        return -1;
    }
    if (fwrite(out->buf, 1, out->len, stdout) != out->len ||
        (unbuffered && fflush(stdout) != 0)) {
        if (errno != EPIPE)
            ws_cli_warn(prog, "write error: %s", strerror(errno));
        *status = worse(*status, WS_EXIT_IOERR);
        return -1;
    }
    return 0;
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

    run_cfg cfg = {prog, stages, NULL, 0, ""};
    cfg.models = ws_models_open(models_dir, cfg.models_err,
                                sizeof cfg.models_err);
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
    int batch_max = jobs > 1 ? 16 * jobs : 1;
    ws_doc **docs = calloc((size_t)batch_max, sizeof(*docs));
    ws_buf out = {0};
    int nw = 0, stop = 0;
    long nin = 0, nout = 0, nerr = 0;
    if (docs == NULL)
        goto oom;
    for (nw = 0; nw < jobs; nw++)
        if ((workers[nw] = ws_worker_new(cfg.models)) == NULL)
            goto oom;
    for (int i = 0; i < batch_max; i++)
        if ((docs[i] = ws_doc_new()) == NULL)
            goto oom;

    int nfiles = argc - optind;
    for (int fi = 0; fi < (nfiles ? nfiles : 1) && !stop; fi++) {
        const char *name = nfiles ? argv[optind + fi] : "-";
        FILE *fp = stdin;
        if (strcmp(name, "-") != 0) {
            struct stat st;
            if (stat(name, &st) == 0 && S_ISDIR(st.st_mode)) {
                ws_cli_warn(prog, "%s: is a directory", name);
                status = worse(status, WS_EXIT_NOINPUT);
                continue;
            }
            fp = fopen(name, "rb");
            if (fp == NULL) {
                ws_cli_warn(prog, "%s: %s", name, strerror(errno));
                status = worse(status, WS_EXIT_NOINPUT);
                continue;
            }
        } else {
            name = "<stdin>";
        }
        ws_reader *r = ws_reader_new(fp, name, max_bytes);
        if (r == NULL)
            goto oom;
        int eof = 0;
        while (!eof && !stop) {
            int n = 0;
            while (n < batch_max) {
                int rc = ws_reader_next(r, docs[n]);
                if (rc == 0) {
                    eof = 1;
                    break;
                }
                if (rc < 0) {
                    if (rc == -WS_ENOMEM) {
                        ws_reader_free(r);
                        goto oom;
                    }
                    ws_cli_warn(prog, "%s: read error: %s", name,
                                strerror(ws_reader_error(r)));
                    status = worse(status, WS_EXIT_IOERR);
                    eof = 1;
                    break;
                }
                nin++;
                n++;
            }
            if (n == 0)
                break;
            if (jobs > 1 && n > 1) {
                batch b = {&cfg, docs, n, 0};
                pthread_t th[256];
                thread_arg ta[256];
                int started = 0;
                for (int t = 0; t < jobs && t < n; t++) {
                    ta[t].b = &b;
                    ta[t].w = workers[t];
                    if (pthread_create(&th[t], NULL, work, &ta[t]) != 0)
                        break;
                    started++;
                }
                if (started == 0) {
                    ta[0].b = &b;
                    ta[0].w = workers[0];
                    work(&ta[0]);
                }
                for (int t = 0; t < started; t++)
                    pthread_join(th[t], NULL);
            } else {
                for (int i = 0; i < n; i++)
                    process(&cfg, workers[0], docs[i]);
            }
            for (int i = 0; i < n && !stop; i++) {
                long before = nerr;
                if (emit(prog, docs[i], &out, unbuffered, &status, &nerr) <
                    0) {
                    stop = 1;
                    break;
                }
                nout++;
                if (strict && nerr > before) {
                    ws_cli_warn(prog, "--strict: stopping at the first bad "
                                      "record");
                    stop = 1;
                }
            }
        }
        if (ws_reader_error(r) && !stop) {
            ws_cli_warn(prog, "%s: read error: %s", name,
                        strerror(ws_reader_error(r)));
            status = worse(status, WS_EXIT_IOERR);
        }
        ws_reader_free(r);
        if (fp != stdin)
            fclose(fp);
    }
    if (!stop && nin != nout) {
        ws_cli_warn(prog, "internal error: %ld records in, %ld out", nin,
                    nout);
        status = worse(status, WS_EXIT_SOFTWARE);
    }
    goto done;
oom:
    ws_cli_warn(prog, "out of memory");
    status = worse(status, WS_EXIT_SOFTWARE);
done:
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (errno != EPIPE && status != WS_EXIT_IOERR)
            ws_cli_warn(prog, "write error: %s", strerror(errno));
        status = worse(status, WS_EXIT_IOERR);
    }
    if (fclose(stdout) != 0 && status != WS_EXIT_IOERR) {
        ws_cli_warn(prog, "write error: %s", strerror(errno));
        status = worse(status, WS_EXIT_IOERR);
    }
    ws_buf_free(&out);
    if (docs)
        for (int i = 0; i < batch_max; i++)
            ws_doc_free(docs[i]);
    free(docs);
    for (int i = 0; i < nw; i++)
        ws_worker_free(workers[i]);
    ws_models_free(cfg.models);
    return status;
}
