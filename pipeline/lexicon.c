/*
 * lexicon.c - reviewable text lexicons (models/<lang>/<name>.tsv).
 *
 * Format: one entry per line, "phrase<TAB>value"; '#' starts a comment
 * line; blank lines are ignored.  Phrases are matched token by token on
 * case-folded text; a word ending in '*' (at least two bytes before it)
 * matches any token that starts with it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ws_int.h"

#define LEX_MAXWORDS 8
#define LEX_KEYMAX   512

typedef struct {
    const char *word[LEX_MAXWORDS];
    uint16_t wlen[LEX_MAXWORDS];
    int nwords;
    unsigned prefix; /* bit i: word i is a prefix pattern */
    const char *value;
    char *words;  /* owned copy of the folded phrase */
    int32_t next; /* next entry in the same bucket, -1 */
} pentry;

struct ws_lex {
    char *data;    /* the file, folded and cut into strings */
    ws_map *exact; /* folded phrase -> value */
    int maxwords;
    pentry *pe;
    int32_t npe, cappe;
    ws_map *pidx;  /* first two bytes of the first word -> head+1 */
    ws_map *first; /* first word of exact phrases -> most words */
    size_t n;
    /* a bit per ws_map_hash() of each key of `exact`, `first` and `pidx`
     * (some 16 bits per key): ws_lex_match and ws_lex_word reject most
     * tokens on two or three bit tests instead of as many map probes */
    uint64_t *filt;
    uint64_t fmask; /* bits in filt - 1 */
};

static inline void
filt_add(ws_lex *lx, uint64_t h)
{
    uint64_t b = (h >> 40) & lx->fmask;
    lx->filt[b >> 6] |= (uint64_t)1 << (b & 63);
}

static inline int
filt_has(const ws_lex *lx, uint64_t h)
{
    uint64_t b = (h >> 40) & lx->fmask;
    return (lx->filt[b >> 6] >> (b & 63)) & 1;
}

void
ws_lex_free(ws_lex *lx)
{
    if (lx == NULL)
        return;
    ws_map_free(lx->exact);
    ws_map_free(lx->pidx);
    ws_map_free(lx->first);
    free(lx->filt);
    for (int32_t i = 0; i < lx->npe; i++)
        free(lx->pe[i].words);
    free(lx->pe);
    free(lx->data);
    free(lx);
}

size_t
ws_lex_size(const ws_lex *lx)
{
    return lx ? lx->n : 0;
}

static int
add_entry(ws_lex *lx, char *phrase, const char *value)
{
    /* fold the phrase in place is not possible (length may change) */
    char folded[LEX_KEYMAX];
    int fl = ws_utf8_fold(phrase, strlen(phrase), folded, sizeof folded);
    if (fl < 0)
        return 0; /* too long: skipped */
    /* collapse runs of spaces */
    char key[LEX_KEYMAX];
    int kl = 0, sp = 1;
    for (int i = 0; i < fl; i++) {
        char c = folded[i];
        if (c == ' ' || c == '\t') {
            if (!sp)
                key[kl++] = ' ';
            sp = 1;
            continue;
        }
        key[kl++] = c;
        sp = 0;
    }
    while (kl > 0 && key[kl - 1] == ' ')
        kl--;
    key[kl] = '\0';
    if (kl == 0)
        return 0;
    int nwords = 1;
    for (int i = 0; i < kl; i++)
        nwords += key[i] == ' ';
    if (nwords > LEX_MAXWORDS)
        return 0;
    if (nwords > lx->maxwords)
        lx->maxwords = nwords;
    int has_prefix = 0;
    for (int i = 0; i < kl; i++)
        if (key[i] == '*' && (i + 1 == kl || key[i + 1] == ' ') && i >= 2)
            has_prefix = 1;
    if (!has_prefix) {
        lx->n++;
        /* the first word, for ws_lex_match's quick rejection */
        size_t fw = 0;
        while (fw < (size_t)kl && key[fw] != ' ')
            fw++;
        intptr_t most = (intptr_t)ws_map_get(lx->first, key, fw);
        filt_add(lx, ws_map_hash(key, fw));
        if (nwords > most &&
            ws_map_put(lx->first, key, fw, (void *)(intptr_t)nwords) < 0)
            return -WS_ENOMEM;
        filt_add(lx, ws_map_hash(key, (size_t)kl));
        return ws_map_put(lx->exact, key, (size_t)kl, (void *)(uintptr_t)value);
    }
    if (lx->npe == lx->cappe) {
        int32_t nc = lx->cappe ? lx->cappe * 2 : 64;
        pentry *np = realloc(lx->pe, sizeof(pentry) * (size_t)nc);
        if (np == NULL)
            return -WS_ENOMEM;
        lx->pe = np;
        lx->cappe = nc;
    }
    pentry *e = &lx->pe[lx->npe];
    memset(e, 0, sizeof(*e));
    char *words = malloc((size_t)kl + 1);
    if (words == NULL)
        return -WS_ENOMEM;
    memcpy(words, key, (size_t)kl + 1);
    e->words = words;
    e->value = value;
    e->next = -1;
    char *p = words;
    for (int w = 0; w < nwords; w++) {
        char *sp2 = strchr(p, ' ');
        size_t len = sp2 ? (size_t)(sp2 - p) : strlen(p);
        if (len >= 3 && p[len - 1] == '*') {
            e->prefix |= 1u << w;
            len--;
        }
        e->word[w] = p;
        e->wlen[w] = (uint16_t)len;
        p = sp2 ? sp2 + 1 : p + len;
    }
    e->nwords = nwords;
    /* bucket by the first two bytes of the first word */
    size_t bl = e->wlen[0] < 2 ? e->wlen[0] : 2;
    intptr_t head = (intptr_t)ws_map_get(lx->pidx, e->word[0], bl);
    filt_add(lx, ws_map_hash(e->word[0], bl));
    e->next = (int32_t)head - 1;
    if (ws_map_put(lx->pidx, e->word[0], bl, (void *)(intptr_t)(lx->npe + 1)) <
        0)
        return -WS_ENOMEM;
    lx->npe++;
    lx->n++;
    return 0;
}

ws_lex *
ws_lex_load(const char *path, char *err, size_t errlen)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    ws_lex *lx = calloc(1, sizeof(*lx));
    ws_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        ws_buf_put(&b, chunk, n);
    int rerr = ferror(fp);
    fclose(fp);
    if (lx == NULL || b.oom || rerr) {
        snprintf(err, errlen, "%s: %s", path,
                 rerr ? "read error" : "out of memory");
        ws_buf_free(&b);
        free(lx);
        return NULL;
    }
    if (ws_utf8_invalid_at(b.buf ? b.buf : "", b.len) >= 0) {
        snprintf(err, errlen, "%s: invalid UTF-8", path);
        ws_buf_free(&b);
        free(lx);
        return NULL;
    }
    lx->data = b.buf ? b.buf : calloc(1, 1);
    lx->exact = ws_map_new();
    lx->pidx = ws_map_new();
    lx->first = ws_map_new();
    /* at most two filter keys per line (the phrase and its first word, or
     * a prefix bucket): 32 bits per line, 512 at least */
    size_t lines = 1;
    for (size_t i = 0; i < b.len; i++)
        lines += b.buf[i] == '\n';
    size_t fbits = 512;
    while (fbits < 32 * lines && fbits < ((size_t)1 << 30))
        fbits *= 2;
    lx->fmask = fbits - 1;
    lx->filt = calloc(fbits / 64, sizeof(uint64_t));
    if (lx->data == NULL || lx->exact == NULL || lx->pidx == NULL ||
        lx->first == NULL || lx->filt == NULL) {
        snprintf(err, errlen, "%s: out of memory", path);
        ws_lex_free(lx);
        return NULL;
    }
    char *p = lx->data;
    while (*p) {
        char *eol = strchr(p, '\n');
        if (eol)
            *eol = '\0';
        char *cr = strchr(p, '\r');
        if (cr)
            *cr = '\0';
        if (*p != '#' && *p != '\0') {
            char *tab = strchr(p, '\t');
            const char *value = "1";
            if (tab) {
                *tab = '\0';
                value = tab + 1;
            }
            if (add_entry(lx, p, value) < 0) {
                snprintf(err, errlen, "%s: out of memory", path);
                ws_lex_free(lx);
                return NULL;
            }
        }
        if (eol == NULL)
            break;
        p = eol + 1;
    }
    return lx;
}

static int
prefix_ok(const pentry *e, int w, const char *tok, size_t tl)
{
    if (e->prefix & (1u << w))
        return tl >= e->wlen[w] && memcmp(tok, e->word[w], e->wlen[w]) == 0;
    return tl == e->wlen[w] && memcmp(tok, e->word[w], tl) == 0;
}

const char *
ws_lex_word(const ws_lex *lx, const char *folded, size_t n)
{
    if (lx == NULL || n == 0)
        return NULL;
    uint64_t h = ws_map_hash(folded, n);
    if (filt_has(lx, h)) {
        const char *v = ws_map_get_h(lx->exact, folded, n, h);
        if (v != NULL)
            return v;
    }
    size_t bl = n < 2 ? n : 2;
    uint64_t ph = ws_map_hash(folded, bl);
    if (!filt_has(lx, ph))
        return NULL;
    intptr_t head = (intptr_t)ws_map_get_h(lx->pidx, folded, bl, ph);
    const char *best = NULL;
    size_t bestlen = 0;
    for (int32_t i = (int32_t)head - 1; i >= 0; i = lx->pe[i].next) {
        const pentry *e = &lx->pe[i];
        if (e->nwords == 1 && prefix_ok(e, 0, folded, n) &&
            e->wlen[0] >= bestlen) {
            best = e->value;
            bestlen = e->wlen[0];
        }
    }
    return best;
}

/* Folded form and stem (NULL when none or equal to the form) of token
 * tok + k, copied into the thread's scratch slot k; 0, or -1 when too
 * long (or out of memory). */
static _Thread_local char scratch[LEX_MAXWORDS][2][520];

static int
lex_form(ws_worker *w, const ws_doc *d, int32_t tok, int k, const char **form,
         size_t *flen, const char **stem, size_t *slen)
{
    ws_tokform t;
    if (ws_tok_forms_x(w, d, tok + k, &t) < 0 || t.flen >= 256 ||
        t.slen >= sizeof scratch[k][1])
        return -1;
    const char *f = t.form, *s = t.stem;
    size_t fl = t.flen, sl = t.slen;
    memcpy(scratch[k][0], f, fl + 1);
    form[k] = scratch[k][0];
    flen[k] = fl;
    stem[k] = NULL;
    slen[k] = 0;
    if (s != NULL) {
        memcpy(scratch[k][1], s, sl + 1);
        stem[k] = scratch[k][1];
        slen[k] = sl;
    }
    return 0;
}

int
ws_lex_match(const ws_lex *lx, ws_worker *w, const ws_doc *d, int32_t tok,
             const char **value)
{
    if (lx == NULL || tok < 0 || tok >= d->tokens.n || w == NULL)
        return 0;
    int32_t sent = d->tokens.v[tok].sent;
    int maxw = lx->maxwords;
    const char *form[LEX_MAXWORDS], *stem[LEX_MAXWORDS];
    size_t flen[LEX_MAXWORDS], slen[LEX_MAXWORDS];
    int avail = 0;
    char key[LEX_KEYMAX], skey[LEX_KEYMAX];
    ws_tokform t0;
    if (maxw < 1 || ws_tok_forms_x(w, d, tok, &t0) < 0 || t0.flen >= 256 ||
        t0.slen >= sizeof scratch[0][1])
        return 0;
    /* Quick rejection (most calls end here): no exact phrase starts with
     * the first token's form or stem, and no prefix pattern shares its
     * first two bytes.  The token's hashes are computed once per
     * document; the filter answers most of it without a map probe. */
    if (!t0.space && !filt_has(lx, t0.fh) && !filt_has(lx, t0.ph) &&
        (t0.stem == NULL || !filt_has(lx, t0.sh)))
        return 0;
    intptr_t most = (intptr_t)ws_map_get_h(lx->first, t0.form, t0.flen, t0.fh);
    if (t0.stem != NULL) {
        intptr_t ms =
            (intptr_t)ws_map_get_h(lx->first, t0.stem, t0.slen, t0.sh);
        if (ms > most)
            most = ms;
    }
    /* a token with a space inside ("560 000") can match a phrase's words
     * in other ways: no shortcut then */
    if (t0.space)
        most = LEX_MAXWORDS;
    size_t bl = t0.flen < 2 ? t0.flen : 2;
    intptr_t head = (intptr_t)ws_map_get_h(lx->pidx, t0.form, bl, t0.ph);
    if (most == 0 && head == 0)
        return 0;
    /* token 0 into the scratch slot 0 (the pointers are valid only until
     * the next ws_tok_forms call) */
    memcpy(scratch[0][0], t0.form, t0.flen + 1);
    form[0] = scratch[0][0];
    flen[0] = t0.flen;
    stem[0] = NULL;
    slen[0] = 0;
    if (t0.stem != NULL) {
        memcpy(scratch[0][1], t0.stem, t0.slen + 1);
        stem[0] = scratch[0][1];
        slen[0] = t0.slen;
    }
    /* the candidate tokens (same sentence; as many as the longest exact
     * phrase or prefix pattern that can start here has words) */
    int need = most < maxw ? (int)most : maxw;
    for (int32_t i = (int32_t)head - 1; i >= 0 && need < maxw;
         i = lx->pe[i].next)
        if (lx->pe[i].nwords > need)
            need = lx->pe[i].nwords;
    avail = 1;
    for (int k = 1; k < need && tok + k < d->tokens.n; k++) {
        if (d->tokens.v[tok + k].sent != sent)
            break;
        if (lex_form(w, d, tok, k, form, flen, stem, slen) < 0)
            break;
        avail++;
    }
    int best = 0;
    const char *bestv = NULL;
    /* exact phrases, longest first, on forms and on stems (no phrase is
     * longer than `most` words) */
    for (int len = avail < most ? avail : (int)most; len >= 1 && best == 0;
         len--) {
        size_t kl = 0, sl = 0;
        int fits = 1, anystem = 0;
        for (int k = 0; k < len; k++) {
            const char *sf = stem[k] ? stem[k] : form[k];
            size_t sfl = stem[k] ? slen[k] : flen[k];
            if (kl + flen[k] + 2 >= sizeof key || sl + sfl + 2 >= sizeof skey) {
                fits = 0;
                break;
            }
            if (k) {
                key[kl++] = ' ';
                skey[sl++] = ' ';
            }
            memcpy(key + kl, form[k], flen[k]);
            kl += flen[k];
            memcpy(skey + sl, sf, sfl);
            sl += sfl;
            anystem |= stem[k] != NULL;
        }
        if (!fits)
            continue;
        const char *v;
        if (len == 1) { /* key is token 0's form, skey its stem */
            v = ws_map_get_h(lx->exact, key, kl, t0.fh);
            if (v == NULL && anystem)
                v = ws_map_get_h(lx->exact, skey, sl, t0.sh);
        } else {
            v = ws_map_get(lx->exact, key, kl);
            if (v == NULL && anystem)
                v = ws_map_get(lx->exact, skey, sl);
        }
        if (v != NULL) {
            best = len;
            bestv = v;
        }
    }
    /* prefix patterns, bucketed by the first token's first two bytes */
    for (int32_t i = (int32_t)head - 1; i >= 0; i = lx->pe[i].next) {
        const pentry *e = &lx->pe[i];
        if (e->nwords > avail || e->nwords <= best)
            continue;
        int ok = 1;
        for (int k = 0; k < e->nwords && ok; k++)
            ok = prefix_ok(e, k, form[k], flen[k]) ||
                 (stem[k] && prefix_ok(e, k, stem[k], slen[k]));
        if (ok) {
            best = e->nwords;
            bestv = e->value;
        }
    }
    if (best)
        *value = bestv;
    return best;
}

int
ws_lex_has_attr(const char *v, const char *word)
{
    size_t n = strlen(word);
    while (v && *v) {
        while (*v == ' ')
            v++;
        const char *e = v;
        while (*e && *e != ' ')
            e++;
        if ((size_t)(e - v) == n && memcmp(v, word, n) == 0)
            return 1;
        v = e;
    }
    return 0;
}
