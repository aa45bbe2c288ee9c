/* fuzz_article.c - the article reader (seed layout, glued articles,
 * dateline metadata).  Inputs whose first non-blank byte would make the
 * stream JSON Lines are read as articles after a leading "x". */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t i = 0;
    while (i < size && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' ||
                        data[i] == '\r' || data[i] == '\v' || data[i] == '\f'))
        i++;
    if (i < size && (data[i] == '{' || data[i] == '[')) {
        uint8_t *copy = malloc(size + 1);
        if (copy == NULL)
            return 0;
        copy[0] = 'x';
        memcpy(copy + 1, data, size);
        fz_read_all(copy, size + 1, 0, 4096);
        free(copy);
        return 0;
    }
    /* a small annotation limit so the over-limit path is exercised too */
    fz_read_all(data, size, 0, 4096);
    return 0;
}
