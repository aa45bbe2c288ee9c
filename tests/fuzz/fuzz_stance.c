/* fuzz_stance.c - ws_annotate(WS_ANNOTATE_STANCE) on every document of the
 * input (articles or JSON Lines, which may carry earlier stages' output
 * for the stage to trust), then the record invariants and a write/read
 * round trip. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_read_all(data, size, WS_ANNOTATE_STANCE, 0);
    return 0;
}
