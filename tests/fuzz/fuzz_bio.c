/* fuzz_bio.c - the .bio reader and scorer of `whosaid eval`
 * (ws_bio_eval); the first byte picks the language. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {"en", "uk", "ru", "de", "fr", "pl"};
    static FILE *devnull;
    if (devnull == NULL)
        devnull = fopen("/dev/null", "w");
    ws_worker *w = fz_get_worker();
    char path[64];
    int fd = fz_memfile(data, size, path, sizeof path);
    double f1 = 0;
    ws_bio_eval(w, langs[size ? data[0] % 6 : 0], path, devnull, &f1);
    close(fd);
    return 0;
}
