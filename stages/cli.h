/*
 * cli.h - what the command-line mains share: the stage runner (stdin to
 * stdout, error policy, exit codes, threads) and small helpers.
 */
#ifndef WS_CLI_H
#define WS_CLI_H

#include "ws_int.h"

/* Which stages a command runs (the library's WS_ANNOTATE_* mask). */
#define WS_STAGE_TOKENIZE WS_ANNOTATE_TOKENIZE
#define WS_STAGE_NER      WS_ANNOTATE_NER
#define WS_STAGE_STANCE   WS_ANNOTATE_STANCE
#define WS_STAGE_ALL      WS_ANNOTATE_ALL

/* Runs the stages over the inputs named in argv (options included) and
 * writes one JSON line per document to stdout.  prog names the command in
 * messages; allow_jobs enables -j.  Returns the exit status. */
int ws_cli_run_stages(int argc, char **argv, const char *prog, unsigned stages,
                      int allow_jobs);

/* Sets malloc up for the worker threads (called by ws_cli_run_stages):
 * a thread's arena is made writable whole when it is created.  glibc
 * grows a thread's arena a page at a time, one mprotect call a page, and
 * a Hunspell dictionary loaded in a worker grew it by some 20 000 pages
 * (six languages); the main thread's heap grows by brk in 128 KB steps. */
void ws_cli_tune_malloc(void);

/* The worse of two exit statuses (0 < 64 < 65 < 66 < 70 < 74 < 75): a
 * command keeps the worst it has seen. */
int ws_cli_worse(int a, int b);

/* Prints "prog: message" to stderr. */
void ws_cli_warn(const char *prog, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* The exit-code table, for --help texts. */
extern const char ws_cli_exit_help[];

#endif
