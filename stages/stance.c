/*
 * stance.c - the `stance` filter: JSON Lines (or articles) in, one JSON
 * record per document out.  All the work is in the library (ws_stance) and
 * the runner (cli.c); this file only names the stage.
 */
#include "cli.h"

int
main(int argc, char **argv)
{
    return ws_cli_run_stages(argc, argv, "stance", WS_STAGE_STANCE, 0);
}
