/*
 * corpus_cmd.c - `whosaid corpus init|add|run|status|verify DB ...`: the
 * nightly corpus store (pipeline/store.c, schema in docs/STORE.md).
 *
 * run: the documents that are new or whose annotation was made by other
 * stage/model versions are read in batches, annotated on N threads and
 * written back one batch per transaction, so a process killed at any
 * moment loses at most the batch in flight and a second run finishes the
 * rest: every document is annotated exactly once.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#define PROG "whosaid corpus"

static volatile sig_atomic_t stop_requested;

static void
on_signal(int sig)
{
    (void)sig;
    stop_requested = 1;
}

static int
exit_for(int rc)
{
    return rc == -WS_ENOMEM || rc == -WS_EINTERNAL ? WS_EXIT_SOFTWARE
           : rc == -WS_EFIELD                      ? WS_EXIT_DATAERR
                                                   : WS_EXIT_IOERR;
}

static double
now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
usage(FILE *fp)
{
    fprintf(fp,
            "usage: whosaid corpus COMMAND DB [ARGS]\n\n"
            "A corpus store in one SQLite file (schema: docs/STORE.md).\n\n"
            "  init DB               create (or migrate) the store\n"
            "  add DB FILE...        add articles or JSON Lines (files, "
            "directories,\n"
            "                        '-' for stdin); duplicates (same text) "
            "are skipped;\n"
            "                        annotated records (with \"versions\") "
            "keep their\n"
            "                        annotations\n"
            "  run DB [-j N]         annotate every new or stale document\n"
            "        [--models DIR] [--batch N]\n"
            "  status DB             counts by state, language and run\n"
            "  verify DB             integrity and exactly-once checks\n\n"
            "A progress line goes to stderr when it is a terminal.\n\n%s"
            "  75  (run) another run is active on the store\n",
            ws_cli_exit_help);
}

static int
open_store(const char *path, unsigned flags, ws_store **s)
{
    char err[1100];
    int rc = ws_store_open(s, path, flags, 0, err, sizeof err);
    if (rc < 0) {
        ws_cli_warn(PROG, "%s", err);
        return rc == -WS_ENOMEM ? WS_EXIT_SOFTWARE
               : rc == -WS_EIO  ? WS_EXIT_NOINPUT
                                : WS_EXIT_DATAERR;
    }
    return 0;
}

/* ---- init ---- */

static int
cmd_init(int argc, char **argv)
{
    if (argc != 2) {
        usage(stderr);
        return WS_EXIT_USAGE;
    }
    ws_store *s;
    int st = open_store(argv[1], WS_STORE_CREATE, &s);
    if (st)
        return st;
    printf("%s: corpus store, schema %d\n", argv[1], ws_store_schema(s));
    ws_store_close(s);
    return 0;
}

/* ---- add ---- */

typedef struct {
    ws_store *s;
    int64_t run;
    ws_doc *d;
    ws_buf scratch;
    long added, dups, updated, imported, bad, pending;
    int status;
} add_ctx;

/* The versions string of an annotated input record, or 0 when it has
 * none worth importing. */
static int
record_versions(ws_doc *d, char *out, size_t cap)
{
    if (!(d->done & WS_DONE_STANCE) || d->versions_in == NULL)
        return 0;
    size_t n = strlen(d->versions_in);
    char *buf = ws_arena_alloc(d->arena, n + 3);
    if (buf == NULL)
        return 0;
    buf[0] = '{';
    memcpy(buf + 1, d->versions_in, n);
    buf[n + 1] = '}';
    buf[n + 2] = '\0';
    ws_json *v;
    char err[64];
    if (ws_json_parse(d->arena, buf, n + 2, &v, err, sizeof err) < 0)
        return 0;
    const char *k[5] = {"whosaid", "schema", "tokenize", "ner", "stance"};
    const char *val[5];
    for (int i = 0; i < 5; i++) {
        const ws_json *m = ws_json_get(v, k[i]);
        if (m == NULL || m->type != WS_JSTR)
            return 0;
        val[i] = m->s;
    }
    snprintf(out, cap, "whosaid=%s schema=%s tokenize=%s ner=%s stance=%s",
             val[0], val[1], val[2], val[3], val[4]);
    return 1;
}

static int
commit_batch(add_ctx *c)
{
    int rc = ws_store_commit(c->s);
    if (rc == 0)
        rc = ws_store_begin(c->s);
    c->pending = 0;
    return rc;
}

static int
add_stream(add_ctx *c, FILE *fp, const char *name)
{
    ws_reader *r = ws_reader_new(fp, name, 0);
    if (r == NULL)
        return -WS_ENOMEM;
    int rc;
    while ((rc = ws_reader_next(r, c->d)) > 0) {
        ws_doc *d = c->d;
        /* a record without a usable text cannot be stored */
        int refused = 0;
        for (int32_t i = 0; i < d->errors.n; i++) {
            int code = d->errors.v[i].code;
            if (code == WS_EJSON || code == WS_ENOTOBJ || code == WS_ENOTEXT ||
                code == WS_ETRUNC)
                refused = 1;
        }
        int blank = 1;
        for (size_t i = 0; i < d->len && blank; i++)
            blank = d->text[i] == ' ' || d->text[i] == '\n' ||
                    d->text[i] == '\t' || d->text[i] == '\r';
        if (refused || blank) {
            ws_cli_warn(PROG " add", "%s:%ld: %s: %s; not added", name,
                        d->input_line, d->id ? d->id : "?",
                        d->errors.n ? d->errors.v[0].message
                                    : "empty document");
            c->bad++;
            c->status = ws_cli_worse(c->status, WS_EXIT_DATAERR);
            continue;
        }
        for (int32_t i = 0; i < d->errors.n; i++) {
            ws_cli_warn(PROG " add", "%s:%ld: %s: %s (stored with the error)",
                        name, d->input_line, d->id ? d->id : "?",
                        d->errors.v[i].message);
            c->status = ws_cli_worse(c->status, WS_EXIT_DATAERR);
        }
        char origin[600];
        snprintf(origin, sizeof origin, "%.500s:%ld", name, d->input_line);
        int what;
        int64_t rowid;
        if ((rc = ws_store_add(c->s, c->run, d, origin, &c->scratch, &what,
                               &rowid)) < 0)
            break;
        if (what == WS_STORE_DUPLICATE) {
            c->dups++;
            continue;
        }
        if (what == WS_STORE_ADDED)
            c->added++;
        else
            c->updated++;
        char versions[512];
        if (record_versions(d, versions, sizeof versions)) {
            int64_t vid;
            if ((rc = ws_store_version_id(c->s, versions, &vid)) < 0 ||
                (rc = ws_store_save(c->s, rowid, c->run, vid, d, &c->scratch)) <
                    0)
                break;
            c->imported++;
        }
        if (++c->pending >= 2000 && (rc = commit_batch(c)) < 0)
            break;
    }
    if (rc == 0 && ws_reader_error(r)) {
        ws_cli_warn(PROG " add", "%s: read error: %s", name,
                    strerror(ws_reader_error(r)));
        c->status = ws_cli_worse(c->status, WS_EXIT_IOERR);
    }
    ws_reader_free(r);
    return rc < 0 ? rc : 0;
}

static int
name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds a file, or every regular file under a directory (sorted, hidden
 * names skipped). */
static int
add_path(add_ctx *c, const char *path, int depth)
{
    if (strcmp(path, "-") == 0)
        return add_stream(c, stdin, "<stdin>");
    struct stat st;
    if (stat(path, &st) != 0) {
        ws_cli_warn(PROG " add", "%s: %s", path, strerror(errno));
        c->status = ws_cli_worse(c->status, WS_EXIT_NOINPUT);
        return 0;
    }
    if (S_ISDIR(st.st_mode)) {
        if (depth > 32)
            return 0;
        DIR *dir = opendir(path);
        if (dir == NULL) {
            ws_cli_warn(PROG " add", "%s: %s", path, strerror(errno));
            c->status = ws_cli_worse(c->status, WS_EXIT_NOINPUT);
            return 0;
        }
        char **names = NULL;
        size_t n = 0, cap = 0;
        struct dirent *e;
        int rc = 0;
        while ((e = readdir(dir)) != NULL) {
            if (e->d_name[0] == '.')
                continue;
            if (n == cap) {
                cap = cap ? 2 * cap : 64;
                char **nn = realloc(names, cap * sizeof(*names));
                if (nn == NULL) {
                    rc = -WS_ENOMEM;
                    break;
                }
                names = nn;
            }
            size_t len = strlen(path) + strlen(e->d_name) + 2;
            if ((names[n] = malloc(len)) == NULL) {
                rc = -WS_ENOMEM;
                break;
            }
            snprintf(names[n], len, "%s/%s", path, e->d_name);
            n++;
        }
        closedir(dir);
        if (rc == 0 && n > 1)
            qsort(names, n, sizeof(*names), name_cmp);
        for (size_t i = 0; i < n; i++) {
            if (rc == 0)
                rc = add_path(c, names[i], depth + 1);
            free(names[i]);
        }
        free(names);
        return rc;
    }
    if (!S_ISREG(st.st_mode) && depth > 0)
        return 0; /* sockets, fifos inside a directory */
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        ws_cli_warn(PROG " add", "%s: %s", path, strerror(errno));
        c->status = ws_cli_worse(c->status, WS_EXIT_NOINPUT);
        return 0;
    }
    int rc = add_stream(c, fp, path);
    fclose(fp);
    return rc;
}

static int
cmd_add(int argc, char **argv)
{
    if (argc < 3) {
        usage(stderr);
        return WS_EXIT_USAGE;
    }
    add_ctx c = {0};
    int st = open_store(argv[1], WS_STORE_CREATE, &c.s);
    if (st)
        return st;
    int rc;
    if ((c.d = ws_doc_new()) == NULL) {
        ws_store_close(c.s);
        ws_cli_warn(PROG " add", "out of memory");
        return WS_EXIT_SOFTWARE;
    }
    if ((rc = ws_store_run_start(c.s, "add", -1, 1, &c.run)) < 0 ||
        (rc = ws_store_begin(c.s)) < 0)
        goto fail;
    for (int i = 2; i < argc && rc == 0; i++)
        rc = add_path(&c, argv[i], 0);
    if (rc < 0)
        goto fail;
    if ((rc = ws_store_commit(c.s)) < 0)
        goto fail;
    if ((rc = ws_store_run_finish(c.s, c.run, "done", c.added + c.updated,
                                  c.dups, c.bad)) < 0)
        goto fail;
    fprintf(stderr,
            PROG " add: %s: %ld added, %ld updated, %ld duplicates skipped, "
                 "%ld refused, %ld with annotations imported\n",
            argv[1], c.added, c.updated, c.dups, c.bad, c.imported);
    goto done;
fail:
    ws_store_rollback(c.s);
    ws_cli_warn(PROG " add", "%s",
                rc == -WS_ENOMEM ? "out of memory" : ws_store_errmsg(c.s));
    c.status = ws_cli_worse(c.status, exit_for(rc));
done:
    ws_buf_free(&c.scratch);
    ws_doc_free(c.d);
    ws_store_close(c.s);
    return c.status;
}

/* ---- run ---- */

typedef struct {
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
    for (;;) {
        int i = atomic_fetch_add(&ta->b->next, 1);
        if (i >= ta->b->n)
            break;
        ws_annotate(ta->w, ta->b->docs[i], WS_ANNOTATE_ALL, PROG " run");
    }
    return NULL;
}

static void
annotate_batch(ws_worker **workers, int jobs, ws_doc **docs, int n)
{
    batch b = {docs, n, 0};
    if (jobs <= 1 || n <= 1) {
        thread_arg ta = {&b, workers[0]};
        work(&ta);
        return;
    }
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
}

static void
progress(long done, long total, double t0, int final)
{
    double el = now_s() - t0;
    double rate = el > 0 ? (double)done / el : 0;
    long left = total - done;
    double eta = rate > 0 ? (double)left / rate : 0;
    fprintf(stderr,
            "\r" PROG " run: %ld/%ld documents (%.1f%%), %.0f docs/s, "
            "ETA %d:%02d:%02d  %s",
            done, total, total ? 100.0 * (double)done / (double)total : 100.0,
            rate, (int)(eta / 3600), (int)(eta / 60) % 60, (int)eta % 60,
            final ? "\n" : "");
    fflush(stderr);
}

static int
cmd_run(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"jobs", required_argument, NULL, 'j'},
        {"models", required_argument, NULL, 'M'},
        {"batch", required_argument, NULL, 'b'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    int jobs = 1, batch_max = 256, c;
    const char *models_dir = NULL;
    optind = 1;
    while ((c = getopt_long(argc, argv, "j:h", longopts, NULL)) != -1) {
        char *end;
        long v;
        switch (c) {
        case 'j':
            v = strtol(optarg, &end, 10);
            if (*end != '\0' || v < 1 || v > 256) {
                ws_cli_warn(PROG " run", "-j: expected 1..256, got %s", optarg);
                return WS_EXIT_USAGE;
            }
            jobs = (int)v;
            break;
        case 'b':
            v = strtol(optarg, &end, 10);
            if (*end != '\0' || v < 1 || v > 100000) {
                ws_cli_warn(PROG " run",
                            "--batch: expected 1..100000, got "
                            "%s",
                            optarg);
                return WS_EXIT_USAGE;
            }
            batch_max = (int)v;
            break;
        case 'M':
            models_dir = optarg;
            break;
        case 'h':
            usage(stdout);
            return 0;
        default:
            usage(stderr);
            return WS_EXIT_USAGE;
        }
    }
    if (argc - optind != 1) {
        usage(stderr);
        return WS_EXIT_USAGE;
    }
    const char *path = argv[optind];
    char merr[512];
    ws_models *models = ws_models_open(models_dir, merr, sizeof merr);
    if (models == NULL) {
        /* annotating a corpus without models would store empty
         * annotations as current: refuse */
        ws_cli_warn(PROG " run", "%s; not annotating", merr);
        return WS_EXIT_NOINPUT;
    }
    char versions[512];
    ws_store_versions_current(versions, sizeof versions);

    ws_store *s = NULL;
    int status = open_store(path, 0, &s), rc = 0;
    if (status) {
        ws_models_free(models);
        return status;
    }
    ws_worker *workers[256] = {0};
    ws_doc **docs = NULL;
    int64_t *ids = NULL, vid, run = -1;
    ws_buf scratch = {0};
    long live, never, stale, done = 0, nerr = 0;
    int nw = 0;
    if ((rc = ws_store_runs_recover(s, &live)) < 0)
        goto fail;
    if (live > 0) {
        ws_cli_warn(PROG " run",
                    "%s: another corpus run is active on this "
                    "store; not starting",
                    path);
        status = 75;
        goto done;
    }
    if ((rc = ws_store_version_id(s, versions, &vid)) < 0 ||
        (rc = ws_store_pending(s, vid, &never, &stale)) < 0)
        goto fail;
    long total = never + stale;
    if (total == 0) {
        fprintf(stderr, PROG " run: %s: nothing to do\n", path);
        goto done;
    }
    if ((docs = calloc((size_t)batch_max, sizeof(*docs))) == NULL ||
        (ids = calloc((size_t)batch_max, sizeof(*ids))) == NULL) {
        rc = -WS_ENOMEM;
        goto fail;
    }
    for (int i = 0; i < batch_max; i++)
        if ((docs[i] = ws_doc_new()) == NULL) {
            rc = -WS_ENOMEM;
            goto fail;
        }
    for (nw = 0; nw < jobs; nw++)
        if ((workers[nw] = ws_worker_new(models)) == NULL) {
            rc = -WS_ENOMEM;
            goto fail;
        }
    if ((rc = ws_store_run_start(s, "run", vid, jobs, &run)) < 0)
        goto fail;
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    int tty = isatty(2);
    double t0 = now_s(), last = 0;
    int64_t after = 0;
    while (!stop_requested) {
        int n = ws_store_pending_ids(s, vid, after, ids, batch_max);
        if (n < 0) {
            rc = n;
            goto fail;
        }
        if (n == 0)
            break;
        after = ids[n - 1];
        for (int i = 0; i < n; i++)
            if ((rc = ws_store_load(s, ids[i], docs[i], 0, NULL)) < 0)
                goto fail;
        annotate_batch(workers, jobs, docs, n);
        if ((rc = ws_store_begin(s)) < 0)
            goto fail;
        for (int i = 0; i < n; i++) {
            ws_doc *d = docs[i];
            if ((rc = ws_store_save(s, ids[i], run, vid, d, &scratch)) < 0)
                goto fail;
            if (d->errors.n > d->nerrors_in)
                nerr++;
            for (int32_t k = d->nerrors_in; k < d->errors.n; k++) {
                if (tty)
                    fputc('\n', stderr);
                ws_cli_warn(PROG " run", "%s: %s: %s",
                            d->input_name ? d->input_name : "?",
                            d->id ? d->id : "?", d->errors.v[k].message);
            }
        }
        done += n;
        if ((rc = ws_store_run_progress(s, run, done, nerr)) < 0 ||
            (rc = ws_store_commit(s)) < 0)
            goto fail;
        if (tty && now_s() - last > 0.5) {
            last = now_s();
            progress(done, total, t0, 0);
        }
    }
    if (tty)
        progress(done, done > total ? done : total, t0, 1);
    if ((rc = ws_store_run_finish(s, run,
                                  stop_requested ? "interrupted" : "done", done,
                                  0, nerr)) < 0)
        goto fail;
    fprintf(stderr,
            PROG " run: %s: %ld documents annotated (%ld new, %ld stale) in "
                 "%.1f s, %ld with errors%s\n",
            path, done, never, stale, now_s() - t0, nerr,
            stop_requested ? "; interrupted" : "");
    if (nerr)
        status = WS_EXIT_DATAERR;
    if (stop_requested)
        status = ws_cli_worse(status, WS_EXIT_SOFTWARE);
    goto done;
fail:
    ws_store_rollback(s);
    ws_cli_warn(PROG " run", "%s",
                rc == -WS_ENOMEM ? "out of memory" : ws_store_errmsg(s));
    if (run >= 0)
        ws_store_run_finish(s, run, "failed", done, 0, nerr);
    status = exit_for(rc);
done:
    ws_buf_free(&scratch);
    if (docs)
        for (int i = 0; i < batch_max; i++)
            ws_doc_free(docs[i]);
    free(docs);
    free(ids);
    for (int i = 0; i < nw; i++)
        ws_worker_free(workers[i]);
    ws_store_close(s);
    ws_models_leave(models);
    return status;
}

/* ---- status, verify ---- */

static int
cmd_status(int argc, char **argv)
{
    if (argc != 2) {
        usage(stderr);
        return WS_EXIT_USAGE;
    }
    char merr[512], versions[512];
    ws_models *m = ws_models_open(NULL, merr, sizeof merr);
    ws_store_versions_current(versions, sizeof versions);
    ws_store *s;
    int st = open_store(argv[1], 0, &s);
    if (st == 0) {
        long live;
        int rc = ws_store_runs_recover(s, &live);
        if (rc == 0)
            rc = ws_store_status(s, stdout, versions);
        if (rc < 0) {
            ws_cli_warn(PROG " status", "%s", ws_store_errmsg(s));
            st = exit_for(rc);
        }
        ws_store_close(s);
    }
    ws_models_free(m);
    return st;
}

static int
cmd_verify(int argc, char **argv)
{
    if (argc != 2) {
        usage(stderr);
        return WS_EXIT_USAGE;
    }
    ws_store *s;
    int st = open_store(argv[1], 0, &s);
    if (st)
        return st;
    long problems = 0;
    int rc = ws_store_verify(s, stdout, &problems);
    if (rc < 0) {
        ws_cli_warn(PROG " verify", "%s", ws_store_errmsg(s));
        st = exit_for(rc);
    } else if (problems) {
        st = WS_EXIT_DATAERR;
    }
    ws_store_close(s);
    return st;
}

int
ws_cmd_corpus(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return WS_EXIT_USAGE;
    }
    const char *sub = argv[1];
    if (strcmp(sub, "-h") == 0 || strcmp(sub, "--help") == 0 ||
        strcmp(sub, "help") == 0) {
        usage(stdout);
        return 0;
    }
    for (int i = 2; i < argc; i++)
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        }
    signal(SIGPIPE, SIG_IGN);
    if (strcmp(sub, "init") == 0)
        return cmd_init(argc - 1, argv + 1);
    if (strcmp(sub, "add") == 0)
        return cmd_add(argc - 1, argv + 1);
    if (strcmp(sub, "run") == 0)
        return cmd_run(argc - 1, argv + 1);
    if (strcmp(sub, "status") == 0)
        return cmd_status(argc - 1, argv + 1);
    if (strcmp(sub, "verify") == 0)
        return cmd_verify(argc - 1, argv + 1);
    ws_cli_warn(PROG, "unknown command '%s'", sub);
    usage(stderr);
    return WS_EXIT_USAGE;
}
