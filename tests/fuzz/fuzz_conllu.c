/* fuzz_conllu.c - the .conllu reader and tokenizer scoring of `whosaid
 * eval` (ws_ud_eval); the first byte picks the language. */
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
    double tf = 0, sf = 0;
    ws_ud_eval(w, path, langs[size ? data[0] % 6 : 0], devnull, &tf, &sf);
    close(fd);
    return 0;
}
