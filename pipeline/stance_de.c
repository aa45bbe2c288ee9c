/*
 * stance_de.c - German reported speech for the stance stage: the
 * subjunctive (Konjunktiv I) as a mark of reported speech with no cue.
 *
 * Called from stance.c's German passes; the lexicons are stance.c's
 * (models/de/stance-*.tsv).
 */
#include <string.h>

#include "ws_int.h"

static int
is_dash_tok(const ws_doc *d, int32_t i)
{
    return ws_tok_is(d, i, "\xe2\x80\x93") || ws_tok_is(d, i, "\xe2\x80\x94") ||
           ws_tok_is(d, i, "-");
}

static int
clause_punct(const ws_doc *d, int32_t i)
{
    return ws_tok_is_final(d, i) || ws_tok_is(d, i, ",") ||
           ws_tok_is(d, i, ";") || ws_tok_is(d, i, ":") ||
           ws_tok_is(d, i, "(") || ws_tok_is(d, i, ")");
}

/* "soll ... verletzt worden sein", "sollen ... getötet haben": the modal's
 * clause ends with the infinitive "haben" or "sein" (hearsay); "soll ...
 * gebaut werden" is a plan. */
static int
perfect_infinitive(ws_worker *w, const ws_doc *d, int32_t i)
{
    int32_t s = d->tokens.v[i].sent, last = -1;
    for (int32_t k = i + 1; k < d->tokens.n && k <= i + 60; k++) {
        if (d->tokens.v[k].sent != s || clause_punct(d, k) || is_dash_tok(d, k))
            break;
        if (ws_tok_is_word(d, k))
            last = k;
    }
    if (last < 0)
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, last, 2, &n);
    return (n == 5 && memcmp(f, "haben", 5) == 0) ||
           (n == 4 && memcmp(f, "sein", 4) == 0);
}

int
ws_de_subj_form(ws_worker *w, const ws_doc *d, const ws_lex *cues, int32_t i)
{
    if (cues == NULL || i < 0 || i >= d->tokens.n || !ws_tok_is_word(d, i))
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, i, 3, &n);
    const char *v = ws_lex_word(cues, f, n);
    if (v == NULL || !ws_lex_has_attr(v, "subj"))
        return 0;
    /* a capital inside the sentence is a noun ("an zweiter Stelle") */
    const char *p = ws_tok_ptr(d, i);
    const unsigned char *u = (const unsigned char *)p;
    int cap = (u[0] >= 'A' && u[0] <= 'Z') ||
              (u[0] == 0xC3 && (u[1] == 0x84 || u[1] == 0x96 || u[1] == 0x9C));
    if (cap && i > 0 && d->tokens.v[i - 1].sent == d->tokens.v[i].sent)
        return 0;
    if (ws_lex_has_attr(v, "hearsay") && !perfect_infinitive(w, d, i))
        return 0;
    return 1;
}

/* first token starting at or after code point cp (tokens are sorted) */
static int32_t
tok_at(const ws_doc *d, int32_t cp)
{
    int32_t lo = 0, hi = d->tokens.n;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (d->tokens.v[mid].start < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* words (letters) in the statement's content */
static int32_t
content_words(const ws_doc *d, const ws_statement *st, int32_t max)
{
    int32_t n = 0;
    for (int c = 0; c < st->ncontent && n < max; c++)
        for (int32_t t = tok_at(d, st->content[c].start);
             t < d->tokens.n && d->tokens.v[t].end <= st->content[c].end &&
             n < max;
             t++)
            if (ws_tok_is_word(d, t))
                n++;
    return n;
}

void
ws_de_filter(ws_worker *w, ws_doc *d)
{
    (void)w;
    if (strcmp(d->lang, "de") != 0)
        return;
    int32_t k = 0;
    for (int32_t i = 0; i < d->statements.n; i++) {
        const ws_statement *st = &d->statements.v[i];
        /* reported and indirect speech has words: "(berichtete X)" or a
         * bare participle at the end of a clause is none */
        if (st->kind != WS_DIRECT && content_words(d, st, 2) < 2)
            continue;
        if (k != i)
            d->statements.v[k] = *st;
        k++;
    }
    d->statements.n = k;
}
