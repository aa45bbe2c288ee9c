/* fuzz_corpus_add.c - the corpus `add` path: every document of the input
 * (articles or JSON Lines) is added to a new in-memory store, tokenized, its
 * annotation saved, and loaded back: the text must survive unchanged. */
#include "fuzz.h"

static ws_store *store;
static int64_t run, vid;

/* A new store for every input, so that a crash replays on its own. */
static void
open_store(void)
{
    char err[512];
    ws_store_close(store);
    int rc = ws_store_open(&store, ":memory:", WS_STORE_CREATE, 0, err,
                           sizeof err);
    FZ_ASSERT(rc == 0, "store open: %s", err);
    FZ_ASSERT(ws_store_version_id(store, "whosaid=fuzz", &vid) == 0, "vid");
    FZ_ASSERT(ws_store_run_start(store, "add", vid, 1, &run) == 0, "run");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    ws_worker *w = fz_get_worker();
    open_store();
    FILE *fp = fmemopen((void *)(uintptr_t)data, size, "rb");
    FZ_ASSERT(fp != NULL, "fmemopen");
    ws_reader *r = ws_reader_new(fp, "fuzz", 0);
    ws_doc *d = ws_doc_new(), *back = ws_doc_new();
    ws_buf scratch = {0};
    int n = 0;
    FZ_ASSERT(ws_store_begin(store) == 0, "begin: %s",
              ws_store_errmsg(store));
    while (n++ < 16 && ws_reader_next(r, d) > 0) {
        int what = -1;
        int64_t rowid = -1;
        int rc = ws_store_add(store, run, d, "fuzz", &scratch, &what, &rowid);
        FZ_ASSERT(rc >= 0, "add: %s", ws_store_errmsg(store));
        if (what == WS_STORE_DUPLICATE || rowid < 0)
            continue;
        ws_annotate(w, d, WS_ANNOTATE_TOKENIZE, "fuzz");
        rc = ws_store_save(store, rowid, run, vid, d, &scratch);
        FZ_ASSERT(rc >= 0, "save: %s", ws_store_errmsg(store));
        const char *versions = NULL;
        rc = ws_store_load(store, rowid, back, 1, &versions);
        FZ_ASSERT(rc >= 0, "load: %s", ws_store_errmsg(store));
        FZ_ASSERT(back->len == d->len &&
                      memcmp(back->text, d->text, d->len) == 0,
                  "text changed through the store");
        FZ_ASSERT(back->tokens.n == d->tokens.n, "tokens %d -> %d",
                  d->tokens.n, back->tokens.n);
        fz_check_doc(back);
    }
    FZ_ASSERT(ws_store_commit(store) == 0, "commit: %s",
              ws_store_errmsg(store));
    ws_buf_free(&scratch);
    ws_doc_free(d);
    ws_doc_free(back);
    ws_reader_free(r);
    fclose(fp);
    return 0;
}
