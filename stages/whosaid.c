/*
 * whosaid.c - the multi-tool: `whosaid COMMAND [ARGS]`.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void
usage(FILE *fp)
{
    fprintf(
        fp,
        "usage: whosaid COMMAND [ARGS]\n\n"
        "Commands:\n"
        "  tokenize [FILE...]   the tokenize stage (like bin/tokenize)\n"
        "  ner [FILE...]        the ner stage (runs tokenize when "
        "needed)\n"
        "  stance [FILE...]     the stance stage (runs the earlier "
        "stages when needed)\n"
        "  run [-j N] [FILE...] all stages in one process, N threads\n"
        "  eval GOLD [RECORDS]  score records against gold (see "
        "`whosaid eval -h`)\n"
        "  show [RECORDS]       print the statements of records "
        "readably\n"
        "  train ner ...        train a tagger (see `whosaid train -h`)\n"
        "  train sbd ...        train a sentence-boundary model\n"
        "  corpus init|add|run|status|verify DB ...  the corpus store "
        "(see `whosaid corpus -h`)\n"
        "  export KIND DB       statements, entities, speakers, documents "
        "(CSV/JSONL),\n"
        "                       tokens (CoNLL-U), html (see `whosaid export "
        "-h`)\n"
        "  version              print the version\n\n"
        "Each command takes -h for its options.\n\n%s",
        ws_cli_exit_help);
}

int
main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return WS_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "tokenize") == 0)
        return ws_cli_run_stages(argc - 1, argv + 1, "whosaid tokenize",
                                 WS_STAGE_TOKENIZE, 0);
    if (strcmp(cmd, "ner") == 0)
        return ws_cli_run_stages(argc - 1, argv + 1, "whosaid ner",
                                 WS_STAGE_NER, 0);
    if (strcmp(cmd, "stance") == 0)
        return ws_cli_run_stages(argc - 1, argv + 1, "whosaid stance",
                                 WS_STAGE_STANCE, 0);
    if (strcmp(cmd, "run") == 0)
        return ws_cli_run_stages(argc - 1, argv + 1, "whosaid run",
                                 WS_STAGE_ALL, 1);
    if (strcmp(cmd, "eval") == 0)
        return ws_cmd_eval(argc - 1, argv + 1);
    if (strcmp(cmd, "show") == 0)
        return ws_cmd_show(argc - 1, argv + 1);
    if (strcmp(cmd, "train") == 0) {
        if (argc > 2 && strcmp(argv[2], "sbd") == 0)
            return ws_cmd_train_sbd(argc - 1, argv + 1);
        return ws_cmd_train(argc - 1, argv + 1);
    }
    if (strcmp(cmd, "corpus") == 0)
        return ws_cmd_corpus(argc - 1, argv + 1);
    if (strcmp(cmd, "export") == 0)
        return ws_cmd_export(argc - 1, argv + 1);
    if (strcmp(cmd, "tagger-image") == 0) {
        /* (not in the usage: make's, for the model images) */
        char err[512];
        if (argc != 4) {
            fprintf(stderr, "usage: whosaid tagger-image MODEL IMAGE\n");
            return WS_EXIT_USAGE;
        }
        if (ws_tagger_write_image(argv[2], argv[3], err, sizeof err) < 0) {
            fprintf(stderr, "whosaid tagger-image: %s\n", err);
            return WS_EXIT_IOERR;
        }
        return WS_EXIT_OK;
    }
    if (strcmp(cmd, "models-fingerprint") == 0) {
        /* (not in the usage: make's, for the model images) */
        char err[512];
        if (argc != 4) {
            fprintf(stderr, "usage: whosaid models-fingerprint DIR FILE\n");
            return WS_EXIT_USAGE;
        }
        if (ws_models_write_fingerprint(argv[2], argv[3], err, sizeof err) <
            0) {
            fprintf(stderr, "whosaid models-fingerprint: %s\n", err);
            return WS_EXIT_IOERR;
        }
        return WS_EXIT_OK;
    }
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
        printf("whosaid %s (schema %s)\n", WS_VERSION, WS_SCHEMA_VERSION);
        printf("tokenize %s\nner %s\nstance %s\n", ws_stage_version("tokenize"),
               ws_stage_version("ner"), ws_stage_version("stance"));
        return WS_EXIT_OK;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 ||
        strcmp(cmd, "--help") == 0) {
        usage(stdout);
        return WS_EXIT_OK;
    }
    fprintf(stderr, "whosaid: unknown command '%s'\n", cmd);
    usage(stderr);
    return WS_EXIT_USAGE;
}
