/*
 * annotate.c - runs the requested stages on one document under the error
 * policy: a record that could not be read is left as it is, an empty one
 * is reported, missing models and dictionaries are recorded on it.
 */
#include <string.h>

#include "ws_int.h"

int
ws_annotate(ws_worker *w, ws_doc *d, unsigned stages, const char *prog)
{
    /* A record that could not be read is written as it is. */
    for (int32_t i = d->nerrors_in; i < d->errors.n; i++) {
        int c = d->errors.v[i].code;
        if (c == WS_EJSON || c == WS_ENOTOBJ || c == WS_ENOTEXT ||
            c == WS_ETOOBIG || c == WS_ETRUNC)
            return 0;
    }
    int blank = 1;
    for (size_t i = 0; i < d->len && blank; i++)
        blank = d->text[i] == ' ' || d->text[i] == '\n' ||
                d->text[i] == '\t' || d->text[i] == '\r';
    if (blank) {
        ws_doc_error(d, "read", WS_EEMPTY, "empty document");
        return 0;
    }
    ws_models *m = ws_worker_models(w);
    if (ws_models_missing(m) && (stages & ~WS_ANNOTATE_TOKENIZE))
        ws_doc_error(d, prog, WS_EMODEL,
                     "no model directory; annotated without models");
    int rc = 0;
    if (stages & WS_ANNOTATE_STANCE) {
        if (!(d->done & WS_DONE_STANCE))
            rc = ws_stance(w, d);
    } else if (stages & WS_ANNOTATE_NER) {
        if (!(d->done & WS_DONE_NER))
            rc = ws_ner(w, d);
    } else if (!(d->done & WS_DONE_TOKENIZE)) {
        rc = ws_tokenize(w, d);
    }
    if (rc < 0)
        ws_doc_error(d, prog, rc, "annotation failed: %s", ws_strerror(rc));
    if (d->lang[0] && (stages & ~WS_ANNOTATE_TOKENIZE) &&
        ws_worker_dict_missing(w, d->lang))
        ws_doc_error(d, prog, WS_EMODEL,
                     "no Hunspell dictionary for %s in %s; annotated without "
                     "stems",
                     d->lang, ws_hun_dir());
    return rc;
}
