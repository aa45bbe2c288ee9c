/* fuzz_jsonl.c - the JSON Lines reader: JSON parser, record reader (with
 * earlier stages' tokens, entities, statements and errors), writer. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* the JSON parser alone on the whole input */
    ws_arena *a = ws_arena_new();
    ws_json *v;
    char err[128];
    if (ws_json_parse(a, (const char *)data, size, &v, err, sizeof err) == 0)
        FZ_ASSERT(v->rawlen <= size, "raw length");
    ws_arena_free(a);
    /* the stream reader: force JSON Lines with a leading empty object */
    uint8_t *copy = malloc(size + 3);
    if (copy == NULL)
        return 0;
    memcpy(copy, "{}\n", 3);
    memcpy(copy + 3, data, size);
    fz_read_all(copy, size + 3, 0, 4096);
    free(copy);
    return 0;
}
