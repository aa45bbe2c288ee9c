/*
 * lexicon.c - reviewable text lexicons (models/<lang>/<name>.tsv).
 *
 * Format: one entry per line, "phrase<TAB>value"; '#' starts a comment
 * line; blank lines are ignored.  Phrases are matched token by token on
 * case-folded text; a word ending in '*' (at least two bytes before it)
 * matches any token that starts with it.
 */
#include <assert.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
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

/* What a word starts: the most words of an exact phrase it starts, and
 * its value as a one-word phrase (NULL when it is none). */
typedef struct {
    intptr_t most;
    const char *v1;
} fentry;

/* The key of a lexicon's answers of one kind in the token cache
 * (ans_key_of()): the tag (0: not kept) and the two slots of an entry's
 * tags the answer can be in, made once when the lexicon is loaded. */
typedef struct {
    uint16_t t;
    uint8_t a, b;
} ans_key;

/* bits of a lexicon's filter of the words of its values */
#define VSIG_BITS 1024

struct ws_lex {
    char *data;    /* the file, folded and cut into strings */
    ws_map *exact; /* folded phrase -> value */
    int maxwords;
    pentry *pe;
    int32_t npe, cappe;
    ws_map *pidx;  /* first two bytes of the first word -> head+1 */
    ws_map *first; /* first word of exact phrases -> index + 1 in fe */
    fentry *fe;
    int32_t nfe, capfe;
    size_t n;
    /* a bit per ws_map_hash() of each key of `exact`, `first` and `pidx`
     * (some 16 bits per key): ws_lex_match and ws_lex_word reject most
     * tokens on two or three bit tests instead of as many map probes */
    uint64_t *filt;
    uint64_t fmask; /* bits in filt - 1 */
    /* a bit per ws_map_hash() of each word prefix of an exact phrase of
     * two or more words ("a b" of "a b c", and "a b c"): lex_match
     * looks up no more tokens than such prefixes reach */
    uint64_t *pfilt;
    uint64_t pmask; /* bits in pfilt - 1 */
    /* a bit per pair_hash() of the ws_map_hash() of the first two words
     * of each exact phrase of two or more words: lex_match reads the
     * second token's hashes from the memo and looks no further when
     * neither its forms' pair nor its stems' is here */
    uint64_t *p2filt;
    uint64_t p2mask; /* bits in p2filt - 1 */
    unsigned id;     /* load order: the lexicon's slot in the memo */
    /* the lexicon's bit in qbits: word qw, mask qm (0: its id has none) */
    unsigned qw;
    uint64_t qm;
    size_t dlen; /* bytes in data (the values point into it) */
    /* a bit per ws_map_hash() of each space-separated word of each value
     * (ws_lex_values_may_have) */
    uint64_t vsig[VSIG_BITS / 64];
    ans_key ak[4]; /* the keys of its answers, by kind (ans_key_of) */
};

/* The memo of ws_lex_match for one document (ws_lex_memo_begin): the
 * rules ask the same lexicon about the same token several times, and
 * the answer is a pure function of the lexicon and the document's
 * tokens.  One slot per lexicon (by its id), a result per token,
 * allocated on first use (memo_take(): from the thread's scratch, else
 * the document's arena). */
#define MEMO_SLOTS  32
#define MEMO_MAXTOK (1 << 20)
typedef struct {
    const ws_lex *lx; /* NULL: unused for this document */
    uint32_t *e;      /* per token: the result + 1 (low 4 bits; 0 before
                       * the lookup) and the value (lex_val_code) */
} memo_slot;
/* The lexicons that lex_match() answers 0 for a token text whatever
 * follows it (by its quick rejection, or by an answer decided by the
 * token alone: *single), a bit per lexicon of load id below QB_IDS (bit
 * id).  Kept with the token in the memo and in the token cache, so that
 * a lexicon asked again about a token text (in this or a later document)
 * answers on one bit test, before its memo slot is read; load ids are
 * never reused, so a bit never stands for another lexicon. */
#define QB_IDS 128
typedef struct {
    uint64_t no[QB_IDS / 64];
} qbits;

/* What lex_match's quick rejection reads of a token (ws_tok_forms_x's
 * hashes), kept per token of the memo's document: every lexicon asks
 * about the same tokens, most answer no from these alone. */
typedef struct {
    uint64_t fh, ph, sh;
    struct tc_ent *ent; /* the token's entry in the thread's token cache */
    uint64_t stamp;     /* ent's stamp then (ent holds another text when
                         * its stamp differs); NULL ent: none */
    uint8_t state;      /* 0: not yet, 1: known, 2: a token lex_match skips */
    uint8_t space, has_stem;
} memo_tok;
static _Thread_local struct {
    const ws_doc *d; /* the document, NULL outside begin..end */
    ws_arena *arena;
    int32_t ntok; /* tokens memoised (the first ones of d) */
    int32_t nq;   /* ntok once the per-token arrays are taken, else 0 */
    memo_slot s[MEMO_SLOTS];
    memo_tok *tk;   /* per token (not zeroed; NULL until first use) */
    uint8_t *known; /* per token: 1 when tk's entry is filled (zeroed:
                     * a byte per token, not the entry's 48, to clear) */
    /* per token (zeroed): the lexicons with no entry at the token (its
     * cache entry's, when there), apart from tk so that the question
     * most calls end on reads 16 bytes a token */
    qbits *qb;
    /* the token cache of worker tcw (tc_get's answer, asked once a
     * document instead of once a token); tcw NULL: not asked yet */
    const ws_worker *tcw;
    struct tc_ent *tcc;
    /* the thread's scratch (memo_take()) for this document (p NULL:
     * none), once asked for (sasked) */
    ws_bump scr;
    int sasked;
} memo;
/* The thread's scratch for the memo's per-token arrays (tk, known, qb
 * and the slots' answers): reused from document to document, so that
 * their lines are in the L2 when they are written or zeroed, where each
 * document's arena gave fresh lines (each an L2 write miss: some 230k
 * per MB of English, in memo_tok_fill() and the zeroing).  MEMO_SCRATCH
 * bytes (65 a token and 4 per lexicon asked: some 2000 tokens with
 * sixteen lexicons); what does not fit comes from the document's
 * arena. */
#define MEMO_SCRATCH ((size_t)256 * 1024)
static _Thread_local ws_tltab memo_scr;
static atomic_uint lex_ids;
static inline memo_tok *memo_tok_of(ws_worker *w, const ws_doc *d, int32_t tok);

/* 1 when token tok of d has a memo entry (d is the memo's document) */
static inline int
memo_has(const ws_doc *d, int32_t tok)
{
    return d == memo.d && memo.arena != NULL && tok >= 0 && tok < memo.ntok;
}

/* the value of an entry without one */
static const char lex_one[] = "1";

/* a bit filter f of mask+1 bits: the bit of hash h */
static inline void
bits_add(uint64_t *f, uint64_t mask, uint64_t h)
{
    uint64_t b = (h >> 40) & mask;
    f[b >> 6] |= (uint64_t)1 << (b & 63);
}

static inline int
bits_has(const uint64_t *f, uint64_t mask, uint64_t h)
{
    uint64_t b = (h >> 40) & mask;
    return (f[b >> 6] >> (b & 63)) & 1;
}

/* filt (the keys) and pfilt (the word prefixes of the exact phrases) */
#define filt_add(lx, h)   bits_add((lx)->filt, (lx)->fmask, (h))
#define filt_has(lx, h)   bits_has((lx)->filt, (lx)->fmask, (h))
#define filt_add_p(lx, h) bits_add((lx)->pfilt, (lx)->pmask, (h))
#define filt_has_p(lx, h) bits_has((lx)->pfilt, (lx)->pmask, (h))
#define filt_add_2(lx, h) bits_add((lx)->p2filt, (lx)->p2mask, (h))
#define filt_has_2(lx, h) bits_has((lx)->p2filt, (lx)->p2mask, (h))

/* May a prefix pattern of lx start with the first two bytes of hash ph?
 * (0: surely not.)  A lexicon without prefix patterns (most) answers no
 * without reading its filter, where ph's bit may be another key's. */
#define ph_maybe(lx, ph) ((lx)->npe != 0 && filt_has(lx, ph))

/* the filter hash of two words from their ws_map_hash()es */
static inline uint64_t
pair_hash(uint64_t a, uint64_t b)
{
    uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ULL)) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 29);
}

/* The key of the answers of kind `kind` of the lexicon of load id `id` in
 * the token cache: lex_match's (kind 0), its lex_gate's (1) or
 * ws_lex_tok_word's (2, 3 with use_stem); a tag of 0 when the id does
 * not fit (its answers are not kept).  The two slots of the sixteen an
 * answer can be in, by two hashes of the tag (different slots). */
static ans_key
ans_key_of(unsigned id, unsigned kind)
{
    unsigned t = id + 1 < (1u << 14) ? (id + 1) << 2 | kind : 0;
    unsigned a = (t * 0x9E3779B1u) >> 28;
    unsigned b = (t * 0x85EBCA6Bu) >> 28;
    if (b == a)
        b = a ^ 1;
    return (ans_key){(uint16_t)t, (uint8_t)a, (uint8_t)b};
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
    free(lx->pfilt);
    free(lx->p2filt);
    for (int32_t i = 0; i < lx->npe; i++)
        free(lx->pe[i].words);
    free(lx->pe);
    free(lx->fe);
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
        intptr_t fi = (intptr_t)ws_map_get(lx->first, key, fw);
        filt_add(lx, ws_map_hash(key, fw));
        if (fi == 0) {
            if (lx->nfe == lx->capfe) {
                int32_t nc = lx->capfe ? lx->capfe * 2 : 64;
                fentry *nf = realloc(lx->fe, sizeof(*nf) * (size_t)nc);
                if (nf == NULL)
                    return -WS_ENOMEM;
                lx->fe = nf;
                lx->capfe = nc;
            }
            lx->fe[lx->nfe].most = 0;
            lx->fe[lx->nfe].v1 = NULL;
            fi = ++lx->nfe;
            if (ws_map_put(lx->first, key, fw, (void *)fi) < 0)
                return -WS_ENOMEM;
        }
        fentry *f = &lx->fe[fi - 1];
        if (nwords > f->most)
            f->most = nwords;
        if (nwords == 1) /* the later of two equal phrases wins, as in exact */
            f->v1 = value;
        filt_add(lx, ws_map_hash(key, (size_t)kl));
        for (int i = (int)fw + 1; i <= kl; i++)
            if (i == kl || key[i] == ' ')
                filt_add_p(lx, ws_map_hash(key, (size_t)i));
        if (nwords >= 2) {
            size_t w2 = fw + 1;
            while (w2 < (size_t)kl && key[w2] != ' ')
                w2++;
            filt_add_2(lx, pair_hash(ws_map_hash(key, fw),
                                     ws_map_hash(key + fw + 1, w2 - fw - 1)));
        }
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

/* the bit of word w (n bytes) in a lexicon's vsig */
static inline unsigned
vsig_bit(const char *w, size_t n)
{
    return (unsigned)(ws_map_hash(w, n) >> 54) & (VSIG_BITS - 1);
}

/* adds the words of value v to lx->vsig */
static void
vsig_add(ws_lex *lx, const char *v)
{
    while (*v) {
        while (*v == ' ')
            v++;
        const char *e = v;
        while (*e && *e != ' ')
            e++;
        if (e > v) {
            unsigned b = vsig_bit(v, (size_t)(e - v));
            lx->vsig[b / 64] |= (uint64_t)1 << (b % 64);
        }
        v = e;
    }
}

int
ws_lex_values_may_have(const ws_lex *lx, const char *word)
{
    if (lx == NULL)
        return 0;
    unsigned b = vsig_bit(word, strlen(word));
    return (lx->vsig[b / 64] >> (b % 64)) & 1;
}

/* The lexicon of the text read from path (named in the messages); it
 * takes text's memory, and text is left empty either way */
static ws_lex *
lex_take(const char *path, ws_buf *text, char *err, size_t errlen)
{
    ws_buf b = *text;
    memset(text, 0, sizeof *text);
    ws_lex *lx = calloc(1, sizeof(*lx));
    if (lx == NULL || b.oom) {
        snprintf(err, errlen, "%s: out of memory", path);
        ws_buf_free(&b);
        free(lx);
        errno = ENOMEM;
        return NULL;
    }
    if (ws_utf8_invalid_at(b.buf ? b.buf : "", b.len) >= 0) {
        snprintf(err, errlen, "%s: invalid UTF-8", path);
        ws_buf_free(&b);
        free(lx);
        errno = EILSEQ;
        return NULL;
    }
    lx->data = b.buf ? b.buf : calloc(1, 1);
    lx->id = atomic_fetch_add(&lex_ids, 1);
    lx->qw = lx->id < QB_IDS ? lx->id / 64 : 0;
    lx->qm = lx->id < QB_IDS ? (uint64_t)1 << (lx->id % 64) : 0;
    for (unsigned k = 0; k < 4; k++)
        lx->ak[k] = ans_key_of(lx->id, k);
    lx->dlen = b.len;
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
    /* the word prefixes: some as many as the lines of two or more words;
     * 16 bits per line, 512 at least */
    size_t pbits = 512;
    while (pbits < 16 * lines && pbits < ((size_t)1 << 30))
        pbits *= 2;
    lx->pmask = pbits - 1;
    lx->pfilt = calloc(pbits / 64, sizeof(uint64_t));
    lx->p2mask = pbits - 1; /* (as many keys as pfilt at most) */
    lx->p2filt = calloc(pbits / 64, sizeof(uint64_t));
    if (lx->data == NULL || lx->exact == NULL || lx->pidx == NULL ||
        lx->first == NULL || lx->filt == NULL || lx->pfilt == NULL ||
        lx->p2filt == NULL) {
        snprintf(err, errlen, "%s: out of memory", path);
        ws_lex_free(lx);
        errno = ENOMEM;
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
            const char *value = lex_one;
            if (tab) {
                *tab = '\0';
                value = tab + 1;
            }
            vsig_add(lx, value);
            if (add_entry(lx, p, value) < 0) {
                snprintf(err, errlen, "%s: out of memory", path);
                ws_lex_free(lx);
                errno = ENOMEM;
                return NULL;
            }
        }
        if (eol == NULL)
            break;
        p = eol + 1;
    }
    return lx;
}

ws_lex *
ws_lex_load(const char *path, char *err, size_t errlen)
{
    ws_buf b = {0};
    int rc = ws_file_slurp(path, &b);
    if (rc < 0) {
        snprintf(err, errlen, "%s: %s", path,
                 rc == -ENOMEM ? "out of memory" : strerror(-rc));
        ws_buf_free(&b);
        errno = -rc;
        return NULL;
    }
    return lex_take(path, &b, err, errlen);
}

/* Does token text tok (tl bytes) match word w of e (the whole word, or
 * its start for a prefix pattern)?  The last byte of the word first: the
 * entries of a bucket share their first two. */
static inline int
prefix_ok(const pentry *e, int w, const char *tok, size_t tl)
{
    size_t wl = e->wlen[w];
    if ((e->prefix & (1u << w)) ? tl < wl : tl != wl)
        return 0;
    return wl == 0 || (tok[wl - 1] == e->word[w][wl - 1] &&
                       memcmp(tok, e->word[w], wl) == 0);
}

/* ws_lex_word() with the hash h of the n bytes known, and the hash of
 * the first two at *ph (NULL: hashed here, only when the exact entries
 * have no answer) */
static const char *
lex_word(const ws_lex *lx, const char *folded, size_t n, uint64_t h,
         const uint64_t *ph)
{
    if (lx == NULL || n == 0)
        return NULL;
    if (filt_has(lx, h)) {
        const char *v = ws_map_get_h(lx->exact, folded, n, h);
        if (v != NULL)
            return v;
    }
    /* no prefix pattern (most lexicons): nothing more to look up, and
     * the first two bytes are not hashed */
    if (lx->npe == 0)
        return NULL;
    size_t bl = n < 2 ? n : 2;
    uint64_t p = ph != NULL ? *ph : ws_map_hash(folded, bl);
    if (!filt_has(lx, p))
        return NULL;
    intptr_t head = (intptr_t)ws_map_get_h(lx->pidx, folded, bl, p);
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

/* lex_word() past the filter's rejection (out of line) */
static __attribute__((noinline)) const char *
lex_word_rest(const ws_lex *lx, const char *folded, size_t n, uint64_t h)
{
    return lex_word(lx, folded, n, h, NULL);
}

const char *
ws_lex_word(const ws_lex *lx, const char *folded, size_t n)
{
    if (lx == NULL || n == 0)
        return NULL;
    uint64_t h = ws_map_hash(folded, n);
    /* (lex_word's answer for most words, with a few registers saved
     * around the hash: lex_word inline here saved six) */
    if (!filt_has(lx, h) && lx->npe == 0)
        return NULL;
    return lex_word_rest(lx, folded, n, h);
}

const char *
ws_lex_word_h(const ws_lex *lx, const char *folded, size_t n, uint64_t h,
              uint64_t ph)
{
    return lex_word(lx, folded, n, h, &ph);
}

/* Folded form and stem (NULL when none or equal to the form) of token
 * tok + k, copied into the thread's scratch slot k; 0, or -1 when too
 * long (or out of memory).  From the token cache when the memo has the
 * token (ws_lex_scan made its entry): ws_tok_forms_x folded and stemmed
 * the token anew in each document (5.3k tokens per MB of English, half
 * of them past the worker's form cache then; est2 per MB -3.3M). */
static _Thread_local char scratch[LEX_MAXWORDS][2][520];

static int
lex_form(ws_worker *w, const ws_doc *d, int32_t tok, int k, const char **form,
         size_t *flen, const char **stem, size_t *slen)
{
    ws_tokform t;
    if (ws_lex_tok_forms(w, d, tok + k, &t) < 0 || t.flen >= 256 ||
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

/* The answer of lex_match() for a token when no phrase of two or more
 * words can start there: a phrase of several words starts with the
 * token's form or stem, but no prefix pattern matches it and its answer
 * is its one-word phrase's (r, v) whenever the pair of it and the next
 * token is not in p2filt (or no next token of the sentence); set is 0
 * when the token is not such. */
typedef struct {
    int set, r;
    const char *v;
} lex_gate;

/* lex_match() sets *single when its answer was decided by the first
 * token's form and stem alone (no later token looked up): a pure function
 * of the lexicon and that token's forms, kept across documents by
 * lex_match_memo(); and *gate (when not NULL), also such a function. */
static int
lex_match(const ws_lex *lx, ws_worker *w, const ws_doc *d, int32_t tok,
          const char **value, int *single, const ws_tokform *t0in,
          lex_gate *gate)
{
    int32_t sent = d->tokens.v[tok].sent;
    int maxw = lx->maxwords;
    const char *form[LEX_MAXWORDS], *stem[LEX_MAXWORDS];
    size_t flen[LEX_MAXWORDS], slen[LEX_MAXWORDS];
    int avail = 0;
    char key[LEX_KEYMAX], skey[LEX_KEYMAX];
    ws_tokform t0;
    if (t0in != NULL)
        t0 = *t0in;
    if (maxw < 1 || (t0in == NULL && ws_tok_forms_x(w, d, tok, &t0) < 0) ||
        t0.flen >= 256 || t0.slen >= sizeof scratch[0][1])
        return 0;
    /* Quick rejection (most calls end here): no exact phrase starts with
     * the first token's form or stem, and no prefix pattern shares its
     * first two bytes.  The token's hashes are computed once per
     * document; the filter answers most of it without a map probe. */
    if (!t0.space && !filt_has(lx, t0.fh) && !ph_maybe(lx, t0.ph) &&
        (t0.stem == NULL || !filt_has(lx, t0.sh))) {
        *single = 1;
        return 0;
    }
    /* each map is probed only when the filter holds the key's hash */
    intptr_t fi =
        filt_has(lx, t0.fh)
            ? (intptr_t)ws_map_get_h(lx->first, t0.form, t0.flen, t0.fh)
            : 0;
    intptr_t si =
        t0.stem != NULL && filt_has(lx, t0.sh)
            ? (intptr_t)ws_map_get_h(lx->first, t0.stem, t0.slen, t0.sh)
            : 0;
    const fentry *ff = fi ? &lx->fe[fi - 1] : NULL;
    const fentry *sf0 = si ? &lx->fe[si - 1] : NULL;
    intptr_t most = ff ? ff->most : 0;
    if (sf0 != NULL && sf0->most > most)
        most = sf0->most;
    /* a token with a space inside ("560 000") can match a phrase's words
     * in other ways: no shortcut then */
    if (t0.space)
        most = LEX_MAXWORDS;
    size_t bl = t0.flen < 2 ? t0.flen : 2;
    intptr_t head = ph_maybe(lx, t0.ph)
                        ? (intptr_t)ws_map_get_h(lx->pidx, t0.form, bl, t0.ph)
                        : 0;
    /* the prefix patterns of the bucket whose first word the token's
     * form or stem matches: none, and the bucket is passed over (the
     * loop below tests that word first) */
    int pneed = 0;
    for (int32_t i = (int32_t)head - 1; i >= 0; i = lx->pe[i].next) {
        const pentry *e = &lx->pe[i];
        if (e->nwords > pneed &&
            (prefix_ok(e, 0, t0.form, t0.flen) ||
             (t0.stem != NULL && prefix_ok(e, 0, t0.stem, t0.slen))))
            pneed = e->nwords;
    }
    if (pneed == 0)
        head = 0;
    if (most == 0 && head == 0) {
        *single = !t0.space;
        return 0;
    }
    /* the candidate tokens (same sentence; as many as the longest exact
     * phrase or prefix pattern that can start here has words) */
    int need = most < maxw ? (int)most : maxw;
    if (pneed > need)
        need = pneed < maxw ? pneed : maxw;
    /* token 0's forms; into the scratch slot 0 when more tokens are
     * looked up (the pointers are valid only until the next
     * ws_tok_forms call) */
    form[0] = t0.form;
    flen[0] = t0.flen;
    stem[0] = t0.stem;
    slen[0] = t0.stem != NULL ? t0.slen : 0;
    if (need > 1) {
        memcpy(scratch[0][0], t0.form, t0.flen + 1);
        form[0] = scratch[0][0];
        if (t0.stem != NULL) {
            memcpy(scratch[0][1], t0.stem, t0.slen + 1);
            stem[0] = scratch[0][1];
        }
    }
    /* The keys of the first 2, 3 ... tokens (forms, and stems where
     * there are), built as the tokens are looked up, with their hashes.
     * Each shorter key of a phrase's is a word prefix of it (pfilt holds
     * them all): the first key pfilt does not hold, of forms and of
     * stems, bounds the phrases that can match, and no more tokens are
     * looked up than that and the prefix patterns need. */
    uint64_t khash[LEX_MAXWORDS + 1], shash[LEX_MAXWORDS + 1];
    size_t kend[LEX_MAXWORDS + 1], send[LEX_MAXWORDS + 1];
    uint8_t kok[LEX_MAXWORDS + 1], sok[LEX_MAXWORDS + 1];
    uint8_t sany[LEX_MAXWORDS + 1];
    size_t kl = flen[0], sl = stem[0] ? slen[0] : flen[0];
    int fits = kl + 2 < sizeof key && sl + 2 < sizeof skey;
    sany[1] = stem[0] != NULL;
    int xmax = most > 0 ? 1 : 0; /* the most tokens of a phrase here */
    int alive = fits;            /* a key of forms or stems in pfilt */
    avail = 1;
    if (gate != NULL && pneed == 0 && most > 1 && !t0.space && fits) {
        /* (the one-word answer of the loop below at len 1) */
        const char *v1 = ff ? ff->v1 : NULL;
        if (v1 == NULL && stem[0] != NULL)
            v1 = sf0 ? sf0->v1 : NULL;
        gate->set = 1;
        gate->r = v1 != NULL;
        gate->v = v1;
    }
    /* the second token's hashes from the memo (no copy of its forms, no
     * key hashed): neither pair of words in p2filt, and no exact phrase
     * of two or more words can match here (the loop then looks up only
     * the tokens the prefix patterns need) */
    if (alive && most > 1 && !t0.space && tok + 1 < d->tokens.n &&
        d->tokens.v[tok + 1].sent == sent && memo_has(d, tok + 1)) {
        const memo_tok *q1 = memo_tok_of(w, d, tok + 1);
        if (q1 != NULL && q1->state == 1 && !q1->space &&
            !filt_has_2(lx, pair_hash(t0.fh, q1->fh)) &&
            !filt_has_2(lx, pair_hash(t0.stem != NULL ? t0.sh : t0.fh,
                                      q1->has_stem ? q1->sh : q1->fh)))
            alive = 0;
    }
    /* the keys start with token 0's forms (read only while alive) */
    if (alive) {
        memcpy(key, form[0], kl);
        memcpy(skey, stem[0] ? stem[0] : form[0], sl);
    }
    for (int k = 1; k < need && tok + k < d->tokens.n; k++) {
        if (d->tokens.v[tok + k].sent != sent)
            break;
        if (k >= pneed && !(alive && k < most))
            break;
        if (lex_form(w, d, tok, k, form, flen, stem, slen) < 0)
            break;
        avail++;
        if (!alive || k >= most)
            continue;
        const char *sf = stem[k] ? stem[k] : form[k];
        size_t sfl = stem[k] ? slen[k] : flen[k];
        if (kl + flen[k] + 2 >= sizeof key || sl + sfl + 2 >= sizeof skey) {
            alive = 0;
            continue;
        }
        int n = k + 1;
        key[kl++] = ' ';
        memcpy(key + kl, form[k], flen[k]);
        kl += flen[k];
        skey[sl++] = ' ';
        memcpy(skey + sl, sf, sfl);
        sl += sfl;
        sany[n] = sany[k] || stem[k] != NULL;
        kend[n] = kl;
        send[n] = sl;
        kok[n] = (n == 2 || kok[k]) &&
                 filt_has_p(lx, khash[n] = ws_map_hash(key, kl));
        if (!sany[n]) {
            sok[n] = kok[n]; /* the same key */
            shash[n] = khash[n];
        } else {
            sok[n] = (n == 2 || sok[k]) &&
                     filt_has_p(lx, shash[n] = ws_map_hash(skey, sl));
        }
        alive = kok[n] || sok[n];
        if (alive)
            xmax = n;
    }
    int best = 0;
    const char *bestv = NULL;
    /* exact phrases, longest first, on forms and on stems */
    for (int len = xmax; len >= 1 && best == 0; len--) {
        const char *v = NULL;
        if (len == 1 && !t0.space) {
            /* one-word phrases are in fe (a form without a space is no
             * longer phrase's key) */
            v = ff ? ff->v1 : NULL;
            if (v == NULL && stem[0] != NULL)
                v = sf0 ? sf0->v1 : NULL;
        } else if (len == 1) { /* token 0's form, and its stem */
            if (fits) {
                v = ws_map_get_h(lx->exact, form[0], flen[0], t0.fh);
                if (v == NULL && stem[0] != NULL)
                    v = ws_map_get_h(lx->exact, stem[0], slen[0], t0.sh);
            }
        } else {
            /* the filter holds every phrase's hash: most keys are
             * rejected without a probe */
            if (kok[len] && filt_has(lx, khash[len]))
                v = ws_map_get_h(lx->exact, key, kend[len], khash[len]);
            if (v == NULL && sany[len] && sok[len] && filt_has(lx, shash[len]))
                v = ws_map_get_h(lx->exact, skey, send[len], shash[len]);
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
    /* one token looked up (and no form with a space: its phrases are
     * read otherwise) */
    *single = need <= 1 && !t0.space;
    if (best)
        *value = bestv;
    return best;
}

void
ws_lex_memo_begin(ws_doc *d)
{
    memo.d = d;
    memo.arena = d->arena;
    memo.ntok = d->tokens.n < MEMO_MAXTOK ? d->tokens.n : MEMO_MAXTOK;
    memo.nq = 0;
    memo.tk = NULL;
    memo.known = NULL;
    memo.qb = NULL;
    memo.tcw = NULL;
    memo.tcc = NULL;
    memo.scr = (ws_bump){0};
    memo.sasked = 0;
    for (int i = 0; i < MEMO_SLOTS; i++)
        memo.s[i].lx = NULL;
}

void
ws_lex_memo_end(void)
{
    memo.d = NULL;
    memo.arena = NULL;
    memo.nq = 0;
    memo.tk = NULL;
    memo.known = NULL;
    memo.qb = NULL;
    memo.tcw = NULL;
    memo.tcc = NULL;
    memo.scr = (ws_bump){0};
    memo.sasked = 0;
    for (int i = 0; i < MEMO_SLOTS; i++)
        memo.s[i] = (memo_slot){0};
}

/* n bytes for one of the memo's per-token arrays (zeroed when zero),
 * valid until the memo's end: from the thread's scratch (w's) when they
 * fit there (aligned to a cache line), else from the document's arena;
 * NULL when out of memory. */
static void *
memo_take(const ws_worker *w, size_t n, int zero)
{
    if (!memo.sasked && w != NULL) {
        memo.sasked = 1;
        char *p = ws_tltab_get(&memo_scr, w, MEMO_SCRATCH);
        memo.scr = (ws_bump){p, p != NULL ? MEMO_SCRATCH : 0};
    }
    void *p = ws_bump_take(&memo.scr, n);
    if (p != NULL) {
        if (zero)
            memset(p, 0, n);
        return p;
    }
    return zero ? ws_arena_alloc(memo.arena, n)
                : ws_arena_alloc_raw(memo.arena, n);
}

/* The memo slot of lx, claimed on first use; NULL when all are held by
 * other lexicons (or out of memory).  Its own slot (id % MEMO_SLOTS)
 * first, where ws_lex_match looks; when another lexicon of the document
 * holds that one (load ids of several languages, or of several models),
 * the next free one. */
static memo_slot *
memo_slot_of(const ws_lex *lx, const ws_worker *w)
{
    memo_slot *m = NULL;
    for (unsigned i = 0; i < MEMO_SLOTS; i++) {
        m = &memo.s[(lx->id + i) % MEMO_SLOTS];
        if (m->lx == lx)
            return m;
        if (m->lx == NULL)
            break;
    }
    if (m == NULL || m->lx != NULL || memo.arena == NULL)
        return NULL;
    m->e = memo_take(w, ((size_t)memo.ntok + 1) * sizeof(*m->e), 1);
    if (m->e == NULL)
        return NULL;
    m->lx = lx;
    return m;
}

/* The thread's token cache: per distinct token text (up to TC_RAW bytes)
 * and document language, what lex_match's quick rejection reads of the
 * token (ws_tok_forms_x's hashes) and the answers decided by the token
 * alone: lex_match's when *single, and ws_lex_tok_word's, TC_ANS of
 * them per entry, each kept in one of two slots chosen by its key (the
 * lexicon and the kind of question: ans_key_of()), so that the lexicons
 * of a language share the slots without evicting each other much.  A
 * lexicon's answer is a pure function of the lexicon (its load id: never
 * reused) and the token's folded form and stem, which are one of the
 * text and the language (ws_tok_forms_x's answer) for one worker: the
 * cache is emptied when another worker uses the thread.  TC_WAYS-way
 * set-associative (a text goes into the set of its hash; a new one
 * replaces an entry of the set not hit since its fill, else the one hit
 * longest ago: tc_ages()),
 * WS_LEX_TC_SLOTS entries of 224 bytes (some 450 KB) and a 16-bit tag
 * of each entry's hash after them (tc_tags: a set's four in 8 bytes, so
 * that a lookup reads the entry it finds alone), then each entry's age
 * (tc_ages), allocated on first use (aligned to a cache line), freed
 * when the thread ends. */
#define TC_SLOTS WS_LEX_TC_SLOTS
#define TC_WAYS  4
#define TC_RAW   24
#define TC_ANS   16
#define TC_FS    40
typedef struct tc_ent {
    /* What a lookup compares and a hit copies first, together (88
     * bytes: two cache lines, the cache aligned to one, where spread
     * over the entry a hit read three; the entries are cold at a
     * document's start, each line an L2 miss). */
    uint8_t rlen;  /* bytes of raw, 0: empty */
    uint8_t state; /* as memo_tok's: 1 known, 2 a token lex_match skips */
    uint8_t space, has_stem;
    uint8_t pad_;
    uint8_t flen, slen; /* bytes of the form and the stem in fs */
    uint8_t forms;      /* fs holds them (state 1 only) */
    uint64_t stamp;     /* set anew on each fill (never 0 for a filled one) */
    uint64_t lang;      /* the document's language (its 8 bytes) */
    char raw[TC_RAW];
    uint64_t fh, ph, sh;
    qbits qb;             /* the lexicons with no entry at the text */
    uint16_t tag[TC_ANS]; /* ans_key_of()'s tag of the answer, 0: none */
    uint32_t ans[TC_ANS]; /* the answer, coded as the memo's */
    char fs[TC_FS];       /* the folded form, NUL, the stem, NUL */
} tc_ent;
_Static_assert(sizeof(tc_ent) == 224, "tc_ent: 224 bytes");
_Static_assert(offsetof(tc_ent, tag) == 88, "the hit's fields in 88 bytes");
/* the bytes of the cache: the entries, their tags, their ages (and a
 * cache line more, to align them to one) */
#define TC_BYTES                                                               \
    (TC_SLOTS * (sizeof(tc_ent) + sizeof(uint16_t) + sizeof(uint32_t)))
#define TC_ALLOC (TC_BYTES + 64)

/* The tags of cache c's entries: 0 when empty, else tc_tag() of the
 * hash of the entry's text.  The victim's choice reads a set's tags and
 * ages (tc_ages) alone, where it read a line of each of its four entries
 * (L2 misses: some 21k per MB of English). */
static inline uint16_t *
tc_tags(tc_ent *c)
{
    return (uint16_t *)(void *)(c + TC_SLOTS);
}

/* the ages of cache c's entries: the low 32 bits of the thread's stamp
 * at the entry's last hit, 0 until its first (after 2^32 fills and hits
 * an order may be wrong: only the victim's choice).  A new text takes
 * the place of one not hit since it came, else of the one hit longest
 * ago: half the words a document brings in are not seen again while
 * they are in the cache, and where each new text pushed out its set's
 * oldest (one not hit since the set's last replacement), it pushed out
 * the words the documents repeat ahead of them (half the misses were of
 * texts it had held before).  Misses 50k -> 42k on 8 MB of English,
 * 187k -> 150k on 30 MB, 175k -> 127k on 8 MB of six languages; each a
 * new fold and stem (ws_tok_forms_x, some 300 ns). */
static inline uint32_t *
tc_ages(tc_ent *c)
{
    return (uint32_t *)(void *)(tc_tags(c) + TC_SLOTS);
}

/* the tag of a text of hash h (never 0) */
static inline uint16_t
tc_tag(uint64_t h)
{
    return (uint16_t)((h >> 48) | 1);
}
static _Thread_local struct {
    ws_tltab t;     /* the table: TC_SLOTS entries */
    uint64_t stamp; /* the last fill's or hit's stamp */
    ws_lex_tcstats st;
} tc;

/* This thread's cache for worker w, NULL when it cannot have one. */
static tc_ent *
tc_get(ws_worker *w)
{
    uintptr_t p = (uintptr_t)ws_tltab_get(&tc.t, w, TC_ALLOC);
    return p != 0 ? (tc_ent *)((p + 63) & ~(uintptr_t)63) : NULL;
}

ws_lex_tcstats
ws_lex_tc_stats(void)
{
    return tc.st;
}

void
ws_lex_tc_reset(void)
{
    if (tc.t.p != NULL)
        memset(tc.t.p, 0, TC_ALLOC);
    memset(&tc.st, 0, sizeof tc.st);
}

/* a value of lx (lex_one or in its data) as the memo codes it: 0 for
 * lex_one, else its offset in data + 1 (28 bits); (uint32_t)-1 when it
 * cannot be coded */
static inline uint32_t
val_code(const ws_lex *lx, const char *v)
{
    if (v == lex_one)
        return 0;
    uintptr_t off = (uintptr_t)v - (uintptr_t)lx->data;
    return off < lx->dlen && off + 1 < ((uintptr_t)1 << 28)
               ? (uint32_t)(off + 1)
               : (uint32_t)-1;
}

static inline const char *
val_of(const ws_lex *lx, uint32_t code)
{
    return code ? lx->data + code - 1 : lex_one;
}

/* ws_keep24[n - 1] (ws_int.h): the masks of a text's n bytes (1 to 24)
 * in its three words, the bytes after them 0 (little-endian: the low
 * bytes first); the token cache's keys here, stance's skc_slot */
#define TC_K(n)                                                                \
    ((n) >= 8 ? ~(uint64_t)0 : (n) <= 0 ? 0 : ((uint64_t)1 << (8 * (n))) - 1)
#define TC_K3(n)                                                               \
    {                                                                          \
        TC_K(n), TC_K((n)-8), TC_K((n)-16)                                     \
    }
_Static_assert(TC_RAW == 24, "a text in three words");
const uint64_t ws_keep24[24][3] = {
    TC_K3(1),  TC_K3(2),  TC_K3(3),  TC_K3(4),  TC_K3(5),  TC_K3(6),
    TC_K3(7),  TC_K3(8),  TC_K3(9),  TC_K3(10), TC_K3(11), TC_K3(12),
    TC_K3(13), TC_K3(14), TC_K3(15), TC_K3(16), TC_K3(17), TC_K3(18),
    TC_K3(19), TC_K3(20), TC_K3(21), TC_K3(22), TC_K3(23), TC_K3(24)};
#undef TC_K3
#undef TC_K

/* The text of n bytes (1 to TC_RAW) at s as three words, zero-padded
 * (as a cache entry keeps it in raw); tail: TC_RAW bytes from s are
 * readable (a token's, not too near its document's end: the text's
 * len + 1 bytes are).  Then the words are loaded whole and the bytes
 * past the text masked off, with no branch on its length (the
 * overlapping loads of 8, 4 or 1 bytes that this replaces missed some
 * 90k branches per MB of English). */
static inline void
tc_words(const char *s, int32_t n, int tail, uint64_t w[3])
{
    if (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && tail) {
        const uint64_t *mk = ws_keep24[n - 1];
        memcpy(w, s, TC_RAW);
        w[0] &= mk[0];
        w[1] &= mk[1];
        w[2] &= mk[2];
    } else {
        w[0] = w[1] = w[2] = 0;
        memcpy(w, s, (size_t)n);
    }
}

/* The token cache's hash of a text of n bytes (its words w, tc_words())
 * in language lang */
static inline uint64_t
tc_hash(const uint64_t w[3], int32_t n, uint64_t lang)
{
    uint64_t h = ((w[0] ^ lang) * 0x9E3779B97F4A7C15ULL) ^
                 ((w[1] + (uint64_t)n) * 0xC2B2AE3D27D4EB4FULL) ^
                 (w[2] * 0x165667B19E3779F9ULL);
    return h ^ (h >> 31);
}

/* memo_tok_fill() past the token cache's lookup: the token's text is
 * not in the cache (set: the cache's set it goes into, its tag tag;
 * NULL when the text has no entry: none of TC_RAW bytes or fewer, or no
 * cache).  Out of line, so that a hit (most tokens) saves and restores
 * none of the registers this part needs. */
static __attribute__((noinline)) void
memo_tok_miss(ws_worker *w, const ws_doc *d, int32_t tok, memo_tok *q,
              tc_ent *set, uint16_t tag)
{
    const char *raw = ws_tok_ptr(d, tok);
    int32_t rlen = ws_tok_blen(d, tok);
    uint64_t lang;
    memcpy(&lang, d->lang, sizeof lang);
    tc_ent *e = NULL;
    uint32_t *age = NULL;
    if (set != NULL) {
        uint16_t *tg = tc_tags(memo.tcc) + (set - memo.tcc);
        uint32_t *ag = tc_ages(memo.tcc) + (set - memo.tcc);
        /* the victim: an empty way, else the first of the smallest
         * age (tc_ages()) */
        int v = 0;
        for (int i = 0; i < TC_WAYS; i++) {
            if (tg[i] == 0) {
                v = i;
                break;
            }
            if (ag[i] < ag[v])
                v = i;
        }
        e = &set[v];
        age = &ag[v];
        tg[v] = tag;
    }
    q->state = 0;
    q->ent = NULL;
    q->stamp = 0;
    q->fh = q->ph = q->sh = 0;
    q->space = q->has_stem = 0;
    ws_tokform t;
    int r = ws_tok_forms_x(w, d, tok, &t);
    if (r == -2)
        return; /* out of memory: not kept */
    if (r < 0 || t.flen >= 256 || t.slen >= sizeof scratch[0][1]) {
        q->state = 2;
    } else {
        q->fh = t.fh;
        q->ph = t.ph;
        q->sh = t.sh;
        q->space = t.space;
        q->has_stem = t.stem != NULL;
        q->state = 1;
    }
    if (e != NULL) {
        if (e->rlen != 0)
            tc.st.evicts++;
        else
            tc.st.fills++;
        memset(e->tag, 0, sizeof e->tag);
        /* (zero-padded: a lookup compares the three words) */
        memset(e->raw, 0, sizeof e->raw);
        memcpy(e->raw, raw, (size_t)rlen);
        e->rlen = (uint8_t)rlen;
        e->lang = lang;
        e->state = q->state;
        e->fh = q->fh;
        e->ph = q->ph;
        e->sh = q->sh;
        e->space = q->space;
        e->has_stem = q->has_stem;
        e->qb = (qbits){{0}}; /* (memo.qb[tok]: zeroed, not yet set) */
        e->forms = 0;
        if (q->state == 1 && t.flen + t.slen + 2 <= TC_FS) {
            memcpy(e->fs, t.form, t.flen);
            e->fs[t.flen] = '\0';
            if (t.stem != NULL)
                memcpy(e->fs + t.flen + 1, t.stem, t.slen);
            e->fs[t.flen + 1 + (t.stem != NULL ? t.slen : 0)] = '\0';
            e->flen = (uint8_t)t.flen;
            e->slen = (uint8_t)(t.stem != NULL ? t.slen : 0);
            e->forms = 1;
        }
        e->stamp = ++tc.stamp;
        *age = 0; /* (not hit yet) */
        q->ent = e;
        q->stamp = e->stamp;
    }
}

/* The entry of cache c holding the text of rlen bytes (1 to TC_RAW) at
 * raw in language lang (tail: as tc_words()'s), its age set; NULL when
 * none, and then *set is the cache's set the text goes into and *tag its
 * tag (memo_tok_miss's arguments).  Inline in ws_lex_scan's loop, which
 * asks it of every word of a document. */
static inline __attribute__((always_inline)) tc_ent *
tc_find(tc_ent *c, const char *raw, int32_t rlen, int tail, uint64_t lang,
        tc_ent **set, uint16_t *tag)
{
    uint64_t w[3];
    tc_words(raw, rlen, tail, w);
    uint64_t h = tc_hash(w, rlen, lang);
    size_t si = (h * 0xBF58476D1CE4E5B9ULL >> 40) & (TC_SLOTS - TC_WAYS);
    uint16_t *tg = tc_tags(c) + si, tg1 = tc_tag(h);
    *set = &c[si];
    *tag = tg1;
    /* the ways whose tag is the text's: the high bit of each 16-bit
     * lane of tags ^ tag that is zero (and maybe of some above one),
     * each checked in full */
    _Static_assert(TC_WAYS == 4, "a set's tags in 64 bits");
    uint64_t tv, ones = 0x0001000100010001ULL;
    memcpy(&tv, tg, sizeof tv);
    tv ^= tg1 * ones;
    for (uint64_t z = (tv - ones) & ~tv & (ones << 15); z != 0; z &= z - 1) {
        int i = __builtin_ctzll(z) >> 4;
        tc_ent *x = &c[si + (size_t)i];
        uint64_t x0, x1, x2;
        memcpy(&x0, x->raw, 8);
        memcpy(&x1, x->raw + 8, 8);
        memcpy(&x2, x->raw + 16, 8);
        if (x->rlen == (uint8_t)rlen && x->lang == lang &&
            ((x0 ^ w[0]) | (x1 ^ w[1]) | (x2 ^ w[2])) == 0) {
            tc_ages(c)[si + (size_t)i] = (uint32_t)++tc.stamp;
            return x;
        }
    }
    return NULL;
}

/* Fills q, token tok's entry of the memo, from its text's cache entry e
 * (a hit) */
static inline __attribute__((always_inline)) void
memo_tok_hit(memo_tok *q, int32_t tok, tc_ent *e)
{
    tc.st.hits++;
    q->fh = e->fh;
    q->ph = e->ph;
    q->sh = e->sh;
    q->space = e->space;
    q->has_stem = e->has_stem;
    q->ent = e;
    q->stamp = e->stamp;
    q->state = e->state;
    memo.qb[tok] = e->qb;
}

static void memo_tok_fill(ws_worker *w, const ws_doc *d, int32_t tok,
                          memo_tok *q);

/* memo_tok_fill() for the first token of a document (or of another
 * worker): asks for the thread's token cache first */
static __attribute__((noinline)) void
memo_tok_fill_tc(ws_worker *w, const ws_doc *d, int32_t tok, memo_tok *q)
{
    memo.tcc = tc_get(w);
    memo.tcw = w;
    memo_tok_fill(w, d, tok, q);
}

/* Fills q, token tok's entry of the memo: from the token cache when its
 * text was seen before, else from ws_tok_forms_x (and put into the
 * cache).  q stays unknown (state 0) when out of memory.  (The calls
 * out of it are its last steps: a hit saves no register.) */
static __attribute__((noinline)) void
memo_tok_fill(ws_worker *w, const ws_doc *d, int32_t tok, memo_tok *q)
{
    const char *raw = ws_tok_ptr(d, tok);
    int32_t rlen = ws_tok_blen(d, tok);
    /* (q is not zeroed: a cache hit sets every field read later, and so
     * does the rest after it) */
    uint64_t lang;
    memcpy(&lang, d->lang, sizeof lang);
    if (rlen > 0 && rlen <= TC_RAW) {
        if (memo.tcw != w) {
            memo_tok_fill_tc(w, d, tok, q);
            return;
        }
        tc_ent *c = memo.tcc;
        if (c != NULL) {
            tc_ent *set;
            uint16_t tag;
            int tail = (size_t)d->tokens.v[tok].bstart + TC_RAW <= d->len + 1;
            tc_ent *e = tc_find(c, raw, rlen, tail, lang, &set, &tag);
            if (e != NULL) {
                memo_tok_hit(q, tok, e);
                return;
            }
            memo_tok_miss(w, d, tok, q, set, tag);
            return;
        }
    }
    memo_tok_miss(w, d, tok, q, NULL, 0);
}

/* Takes the memo's per-token arrays (tk, known, qb) for its document;
 * 0 when out of memory.  The entries raw, the flags zeroed unless raw
 * (ws_lex_scan, which writes every token's first). */
static int
memo_tok_arrays(ws_worker *w, int raw)
{
    size_t n = (size_t)memo.ntok + 1;
    memo.tk = memo_take(w, n * sizeof(*memo.tk), 0);
    memo.known = memo.tk != NULL ? memo_take(w, n, !raw) : NULL;
    memo.qb =
        memo.known != NULL ? memo_take(w, n * sizeof(*memo.qb), !raw) : NULL;
    if (memo.qb == NULL) {
        memo.tk = NULL;
        memo.known = NULL;
        return 0;
    }
    memo.nq = memo.ntok;
    return 1;
}

/* The memo's entry of token tok (tok < memo.ntok of the memo's
 * document), filled on first use; NULL when out of memory. */
static inline memo_tok *
memo_tok_of(ws_worker *w, const ws_doc *d, int32_t tok)
{
    if (memo.tk == NULL && !memo_tok_arrays(w, 0))
        return NULL;
    memo_tok *q = &memo.tk[tok];
    if (!memo.known[tok]) {
        memo_tok_fill(w, d, tok, q);
        memo.known[tok] = q->state != 0;
    }
    return q;
}

/* q's entry in the token cache, NULL when none or evicted since */
static inline tc_ent *
tc_of(const memo_tok *q)
{
    return q->ent != NULL && q->ent->stamp == q->stamp ? q->ent : NULL;
}

/* the slot of e holding the answer keyed k, -1 when none */
static inline int
ans_find(const tc_ent *e, ans_key k)
{
    if (e->tag[k.a] == k.t)
        return (int)k.a;
    return e->tag[k.b] == k.t ? (int)k.b : -1;
}

/* keeps answer code a keyed k in e: in its first slot when that is free,
 * else in its second when that is, else over the first's */
static inline void
ans_put(tc_ent *e, ans_key k, uint32_t a)
{
    unsigned s = k.a;
    if (e->tag[s] != 0 && e->tag[s] != k.t &&
        (e->tag[k.b] == 0 || e->tag[k.b] == k.t))
        s = k.b;
    e->tag[s] = k.t;
    e->ans[s] = a;
}

/* ws_tok_forms_x()'s answer for token tok of the memo's document from
 * the token cache (q, its memo entry); 0 when the cache does not hold
 * the token's forms */
static inline int
tc_forms(const memo_tok *q, ws_tokform *t)
{
    const tc_ent *e;
    if (q == NULL || q->state != 1 || (e = tc_of(q)) == NULL || !e->forms)
        return 0;
    t->form = e->fs;
    t->flen = e->flen;
    t->stem = e->has_stem ? e->fs + e->flen + 1 : NULL;
    t->slen = e->slen;
    t->fh = e->fh;
    t->sh = e->sh;
    t->ph = e->ph;
    t->space = e->space;
    return 1;
}

/* 1 when lex_match(lx, ..., tok) is sure to answer 0 by its first tests
 * (a token it skips; the quick rejection), read from the memo's per-token
 * hashes (q); 0 when it has to run. */
static inline int
quick_no(const ws_lex *lx, const memo_tok *q)
{
    if (q == NULL || q->state == 0)
        return 0;
    if (q->state == 2 || lx->maxwords < 1)
        return 1;
    return !q->space && !filt_has(lx, q->fh) && !ph_maybe(lx, q->ph) &&
           (!q->has_stem || !filt_has(lx, q->sh));
}

/* Keeps in the memo's bits of token tok (q: its memo entry) and in the
 * token's cache entry that lx has no entry starting at the token
 * whatever follows it (when lx's load id has a bit) */
static inline void
qb_note_no(const ws_lex *lx, int32_t tok, const memo_tok *q)
{
    if (q == NULL || q->state == 0 || lx->qm == 0)
        return;
    memo.qb[tok].no[lx->qw] |= lx->qm;
    tc_ent *e = tc_of(q);
    if (e != NULL)
        e->qb = memo.qb[tok];
}

/* 1 when the memo's bits of token tok (tok < memo.ntok) say that lx has
 * no entry starting there (qb_note_no; zero while the token is unknown) */
static inline int
qb_no(const ws_lex *lx, int32_t tok)
{
    return memo.qb != NULL && (memo.qb[tok].no[lx->qw] & lx->qm) != 0;
}

/* 1 when lex_match() gives token tok (q: its memo entry) the answer of
 * its lex_gate: no next token in the sentence, or the next one's forms
 * and tok's make no pair of p2filt */
static int
gate_shut(const ws_lex *lx, ws_worker *w, const ws_doc *d, int32_t tok,
          const memo_tok *q)
{
    if (tok + 1 >= d->tokens.n ||
        d->tokens.v[tok + 1].sent != d->tokens.v[tok].sent)
        return 1;
    if (!memo_has(d, tok + 1))
        return 0;
    const memo_tok *q1 = memo_tok_of(w, d, tok + 1);
    return q1 != NULL && q1->state == 1 && !q1->space &&
           !filt_has_2(lx, pair_hash(q->fh, q1->fh)) &&
           !filt_has_2(lx, pair_hash(q->has_stem ? q->sh : q->fh,
                                     q1->has_stem ? q1->sh : q1->fh));
}

/* lex_match() through the token cache's answers decided by the first
 * token (q: the token's memo entry), and its lex_gate's (kept keyed by
 * kind 1) when the next token shuts the gate, then through quick_no();
 * *pure is set to 1 when the answer was decided by the token alone
 * (whatever follows it), else 0; *ans to the answer as the memo and the
 * cache code it (0 when it cannot be coded) */
static int
lex_match_tc(const ws_lex *lx, ws_worker *w, const ws_doc *d, int32_t tok,
             const memo_tok *q, const char **value, int *pure, uint32_t *ans)
{
    int single = 0;
    tc_ent *e = NULL;
    ans_key t = lx->ak[0], tg = lx->ak[1];
    if (q != NULL && q->state == 1 && !q->space && t.t != 0) {
        e = tc_of(q);
        int s = e != NULL ? ans_find(e, t) : -1;
        uint32_t a = s >= 0 ? e->ans[s] : 0;
        *pure = s >= 0;
        if (s < 0 && e != NULL && (s = ans_find(e, tg)) >= 0) {
            /* the answer read before gate_shut(): filling the next
             * token's cache entry may take e's place */
            a = e->ans[s];
            if (!gate_shut(lx, w, d, tok, q))
                s = -1;
        }
        if (s >= 0) {
            int r = (int)(a & 15) - 1;
            tc.st.ans++;
            *ans = a;
            if (r > 0)
                *value = val_of(lx, a >> 4);
            return r;
        }
    }
    /* (after the cache's answers: a token text asked about before
     * reads no filter here) */
    if (quick_no(lx, q)) {
        *pure = 1;
        *ans = 1;
        return 0;
    }
    const char *v = NULL;
    ws_tokform t0;
    lex_gate g = {0};
    int r = lex_match(lx, w, d, tok, &v, &single, tc_forms(q, &t0) ? &t0 : NULL,
                      e != NULL ? &g : NULL);
    *pure = single;
    /* the value as 0 (lex_one) or its offset in data + 1 (28 bits) */
    uint32_t code = r > 0 ? val_code(lx, v) : 0;
    *ans =
        r + 1 < 16 && code != (uint32_t)-1 ? code << 4 | (uint32_t)(r + 1) : 0;
    /* e again: gate_shut() and lex_match() fill the next token's cache
     * entry, which may have taken e's place (then the answer is not
     * kept, not written into another word's entry) */
    if (e != NULL)
        e = tc_of(q);
    if (e != NULL && single && r + 1 < 16) {
        if (*ans != 0)
            ans_put(e, t, *ans);
    } else if (e != NULL && g.set) {
        uint32_t gcode = g.r > 0 ? val_code(lx, g.v) : 0;
        if (gcode != (uint32_t)-1)
            ans_put(e, tg, gcode << 4 | (uint32_t)(g.r + 1));
    }
    if (r > 0)
        *value = v;
    return r;
}

/* ws_lex_tok_forms() past the forms of a token whose memo entry is
 * filled (its memo entry filled on first use here) */
static __attribute__((noinline)) int
lex_tok_forms_look(ws_worker *w, const ws_doc *d, int32_t tok, ws_tokform *t)
{
    if (d == memo.d && tok >= 0 && tok < memo.ntok && w != NULL &&
        tc_forms(memo_tok_of(w, d, tok), t))
        return 0;
    return ws_tok_forms_x(w, d, tok, t);
}

/* The public look-ups of a token below answer a token whose memo entry
 * is filled (memo.nq: 0 until the memo's arrays are taken) from its
 * token cache entry in a few instructions, the rest out of line: with
 * it inline each call saved and restored six registers (some 20 of its
 * 60-odd instructions). */
int
ws_lex_tok_forms(ws_worker *w, const ws_doc *d, int32_t tok, ws_tokform *t)
{
    if (d == memo.d && (uint32_t)tok < (uint32_t)memo.nq && w != NULL &&
        memo.known[tok] && tc_forms(&memo.tk[tok], t))
        return 0;
    return lex_tok_forms_look(w, d, tok, t);
}

/* ws_lex_tok_word() past the answer the token cache keeps */
static __attribute__((noinline)) int
lex_tok_word_look(const ws_lex *lx, ws_worker *w, const ws_doc *d, int32_t tok,
                  int use_stem, const char **value)
{
    if (lx == NULL) {
        *value = NULL;
        return 1;
    }
    tc_ent *e = NULL;
    ans_key tag = lx->ak[use_stem ? 3 : 2];
    if (d == memo.d && tok >= 0 && tok < memo.ntok && w != NULL && tag.t != 0) {
        memo_tok *q = memo_tok_of(w, d, tok);
        int s;
        if (q != NULL && q->state == 1 && (e = tc_of(q)) != NULL &&
            (s = ans_find(e, tag)) >= 0) {
            uint32_t a = e->ans[s];
            tc.st.ans++;
            *value = (a & 15) > 1 ? val_of(lx, a >> 4) : NULL;
            return 1;
        }
    }
    ws_tokform t;
    if (ws_lex_tok_forms(w, d, tok, &t) != 0)
        return 0;
    const char *v = ws_lex_word_h(lx, t.form, t.flen, t.fh, t.ph);
    if (v == NULL && t.stem != NULL && use_stem)
        v = t.slen > 0 ? lex_word(lx, t.stem, t.slen, t.sh, NULL) : NULL;
    if (e != NULL) {
        uint32_t code = v != NULL ? val_code(lx, v) : 0;
        if (code != (uint32_t)-1)
            ans_put(e, tag, code << 4 | (v != NULL ? 2u : 1u));
    }
    *value = v;
    return 1;
}

int
ws_lex_tok_word(const ws_lex *lx, ws_worker *w, const ws_doc *d, int32_t tok,
                int use_stem, const char **value)
{
    if (lx != NULL && d == memo.d && (uint32_t)tok < (uint32_t)memo.nq &&
        w != NULL && memo.known[tok]) {
        const memo_tok *q = &memo.tk[tok];
        ans_key k = lx->ak[use_stem ? 3 : 2];
        const tc_ent *e;
        int s;
        if (k.t != 0 && q->state == 1 && (e = tc_of(q)) != NULL &&
            (s = ans_find(e, k)) >= 0) {
            uint32_t a = e->ans[s];
            tc.st.ans++;
            *value = (a & 15) > 1 ? val_of(lx, a >> 4) : NULL;
            return 1;
        }
    }
    return lex_tok_word_look(lx, w, d, tok, use_stem, value);
}

/* ws_lex_match() past its memo: looks the token up and keeps the answer
 * (out of line, so that the memo's answers take a few instructions) */
static __attribute__((noinline)) int
lex_match_memo(const ws_lex *lx, ws_worker *w, const ws_doc *d, int32_t tok,
               const char **value, memo_slot *m)
{
    int single;
    if (d != memo.d || tok >= memo.ntok) /* (m is NULL) */
        return lex_match(lx, w, d, tok, value, &single, NULL, NULL);
    /* the token's bits, from its cache entry when the text was seen
     * before: most lexicons asked about it first in the
     * document answer here */
    memo_tok *q = memo_tok_of(w, d, tok);
    if (qb_no(lx, tok)) {
        tc.st.nos++;
        return 0;
    }
    if (m == NULL) {
        m = memo_slot_of(lx, w);
        /* (a slot past lx's own: its answer, when there is one) */
        uint32_t e = m != NULL ? m->e[tok] : 0;
        if (e != 0) {
            int r = (int)(e & 15) - 1;
            if (r > 0)
                *value = val_of(lx, e >> 4);
            return r;
        }
        if (m == NULL)
            return lex_match(lx, w, d, tok, value, &single, NULL, NULL);
    }
    const char *v = NULL;
    int pure;
    uint32_t a;
    int r = lex_match_tc(lx, w, d, tok, q, &v, &pure, &a);
    if (pure && r == 0)
        qb_note_no(lx, tok, q);
    if (a != 0)
        m->e[tok] = a;
    if (r > 0)
        *value = v;
    return r;
}

int
ws_lex_match(const ws_lex *lx, ws_worker *w, const ws_doc *d, int32_t tok,
             const char **value)
{
    memo_slot *m = NULL;
    /* (memo.nq: 0 until the memo's per-token arrays are taken, by
     * lex_match_memo, so that qb is read without a test of its own) */
    if (d == memo.d && (uint32_t)tok < (uint32_t)memo.nq && lx != NULL &&
        w != NULL) {
        /* no entry of lx can start at the token by quick_no(), asked
         * before of this token text (most questions end here) */
        if ((memo.qb[tok].no[lx->qw] & lx->qm) != 0) {
            tc.st.nos++;
            return 0;
        }
        /* the memo's answer, when there is one */
        m = &memo.s[lx->id % MEMO_SLOTS];
        if (m->lx == lx) {
            uint32_t e = m->e[tok];
            if (e != 0) {
                int r = (int)(e & 15) - 1;
                if (r > 0)
                    *value = (e >> 4) ? lx->data + (e >> 4) - 1 : lex_one;
                return r;
            }
        } else
            m = NULL; /* (not claimed yet, or another lexicon's) */
    } else if (lx == NULL || tok < 0 || tok >= d->tokens.n || w == NULL)
        return 0;
    return lex_match_memo(lx, w, d, tok, value, m);
}

void
ws_lex_scan(const ws_lex *const *lxs, int n, ws_worker *w, const ws_doc *d,
            int32_t t0, int32_t t1, uint8_t *maybe)
{
    assert(n >= 1 && n <= 8); /* a bit of maybe's byte per lexicon */
    uint8_t all = (uint8_t)((1u << n) - 1), live = 0;
    /* each lexicon's bit in qbits (a mask of 0 tests no bit: a lexicon
     * of a load id past QB_IDS is asked) */
    unsigned qw[8];
    uint64_t qm[8];
    for (int k = 0; k < n; k++) {
        qw[k] = lxs[k] != NULL ? lxs[k]->qw : 0;
        qm[k] = lxs[k] != NULL ? lxs[k]->qm : 0;
        live |= (uint8_t)(lxs[k] != NULL) << k;
    }
    /* the memo's tokens of the range (none outside begin..end) */
    int32_t tm = d == memo.d && memo.arena != NULL && w != NULL
                     ? (t1 < memo.ntok ? t1 : memo.ntok)
                     : t0;
    int32_t tok = t0;
    /* the memo's arrays and the thread's token cache, asked once here:
     * the loop fills the entry of every word (memo_tok_fill's, with the
     * cache's lookup inline: no call, no registers saved a word).
     * Arrays taken here for the whole document are not zeroed: the loop
     * writes every token's flags and bits first. */
    int fresh = tok < tm && memo.tk == NULL;
    int whole = fresh && t0 == 0 && tm == memo.ntok;
    if (fresh && !memo_tok_arrays(w, whole))
        tm = tok;
    if (tok < tm && memo.tcw != w) {
        memo.tcc = tc_get(w);
        memo.tcw = w;
    }
    const ws_token *tv = d->tokens.v;
    memo_tok *tk = memo.tk;
    uint8_t *known = memo.known;
    qbits *qb = memo.qb;
    tc_ent *c = memo.tcc;
    uint64_t lang;
    memcpy(&lang, d->lang, sizeof lang);
    for (; tok < tm; tok++) {
        /* a word's entry, its bits read from the token cache when its
         * text was seen before: the lexicons that answered 0 for it by
         * their quick tests */
        if (!(tv[tok].flags & WS_TOK_WORD)) {
            if (whole) { /* (not known, no bit) */
                known[tok] = 0;
                qb[tok] = (qbits){{0}};
            }
            maybe[tok - t0] = all;
            continue;
        }
        memo_tok *q = &tk[tok];
        if (whole || !known[tok]) {
            int32_t b = tv[tok].bstart, rlen = tv[tok].bend - b;
            tc_ent *e = NULL, *set = NULL;
            uint16_t tag = 0;
            if (c != NULL && rlen > 0 && rlen <= TC_RAW)
                e = tc_find(c, d->text + b, rlen,
                            (size_t)b + TC_RAW <= d->len + 1, lang, &set, &tag);
            if (e != NULL) {
                memo_tok_hit(q, tok, e);
            } else {
                qb[tok] = (qbits){{0}}; /* (memo_tok_miss sets none) */
                memo_tok_miss(w, d, tok, q, set, tag);
            }
            known[tok] = q->state != 0;
        }
        if (q->state == 0) {
            maybe[tok - t0] = all;
            continue;
        }
        const qbits *no = &qb[tok];
        unsigned b = 0;
        if (n == 3) /* (stance's sweep: the loop unrolled) */
            b = (unsigned)((no->no[qw[0]] & qm[0]) == 0) |
                (unsigned)((no->no[qw[1]] & qm[1]) == 0) << 1 |
                (unsigned)((no->no[qw[2]] & qm[2]) == 0) << 2;
        else
            for (int k = 0; k < n; k++)
                b |= (unsigned)((no->no[qw[k]] & qm[k]) == 0) << k;
        maybe[tok - t0] = (uint8_t)(b & live);
    }
    for (; tok < t1; tok++)
        maybe[tok - t0] = all;
}

int
ws_lex_has_attr(const char *v, const char *word)
{
    /* one pass over v, comparing as it goes (no strlen of word) */
    while (v && *v) {
        while (*v == ' ')
            v++;
        const char *p = word;
        while (*p != '\0' && *v == *p && *v != ' ') {
            p++;
            v++;
        }
        if (*p == '\0' && p != word && (*v == ' ' || *v == '\0'))
            return 1;
        while (*v && *v != ' ')
            v++;
    }
    return 0;
}
