/*
 * wclust.c - hierarchical word classes from unlabelled text, for the
 * tagger's cluster features (`whosaid train clusters`).
 *
 * Brown et al.'s class-bigram objective (the average mutual information
 * of adjacent classes: sum over class pairs of N(c,d) log N(c,d) minus
 * the left and right class marginals' N log N), optimised top down: all
 * words start in one class; at each level every class is split in two
 * (the words of a class dealt to its children by frequency rank), then
 * passes of the exchange algorithm move each word to whichever of its
 * class's two children gains the objective, under the full partition of
 * that level, until a pass moves fewer than 1 in 1000 words.  A word's
 * path of splits is its bit string: the prefixes of 4, 6 and 10 bits are
 * classes of three sizes (Brown clusters as Liang 2005 and Ratinov and
 * Roth 2009 use them; built top down instead of by agglomeration, which
 * costs a vocabulary times the class count squared).
 *
 * Text: the token column of .bio files (their tags are not read),
 * case-folded; the pairs of adjacent words within a sentence are counted
 * (not those with a word seen fewer than mincount times).  The result depends
 * only on the files and the parameters (no random numbers; ties keep the word
 * where it is), so a command rebuilds its file byte for byte.
 *
 * Output: one line per word of mincount or more, "word<TAB>bits", in
 * order of frequency (then bytes).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ws_int.h"

typedef struct {
    char **s;     /* word strings by id */
    long *cnt;    /* frequency by id */
    uint32_t *ht; /* open addressing: id + 1, 0 empty */
    size_t hcap, n, cap;
} wc_vocab;

static uint64_t
wc_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

static int
wc_grow(wc_vocab *v)
{
    size_t nc = v->hcap ? 2 * v->hcap : 1 << 16;
    uint32_t *nh = calloc(nc, sizeof *nh);
    if (nh == NULL)
        return -1;
    for (size_t i = 0; i < v->hcap; i++) {
        if (v->ht[i] == 0)
            continue;
        const char *s = v->s[v->ht[i] - 1];
        size_t j = wc_hash(s, strlen(s)) & (nc - 1);
        while (nh[j] != 0)
            j = (j + 1) & (nc - 1);
        nh[j] = v->ht[i];
    }
    free(v->ht);
    v->ht = nh;
    v->hcap = nc;
    return 0;
}

/* Id of word s (added when new), or -1 when out of memory. */
static long
wc_id(wc_vocab *v, const char *s, size_t n)
{
    if (2 * (v->n + 1) > v->hcap && wc_grow(v) < 0)
        return -1;
    size_t j = wc_hash(s, n) & (v->hcap - 1);
    while (v->ht[j] != 0) {
        const char *t = v->s[v->ht[j] - 1];
        if (strlen(t) == n && memcmp(t, s, n) == 0)
            return (long)v->ht[j] - 1;
        j = (j + 1) & (v->hcap - 1);
    }
    if (v->n == v->cap) {
        size_t nc = v->cap ? 2 * v->cap : 1024;
        char **ns = realloc(v->s, nc * sizeof *ns);
        if (ns == NULL)
            return -1;
        v->s = ns;
        long *nn = realloc(v->cnt, nc * sizeof *nn);
        if (nn == NULL)
            return -1;
        v->cnt = nn;
        v->cap = nc;
    }
    char *c = malloc(n + 1);
    if (c == NULL)
        return -1;
    memcpy(c, s, n);
    c[n] = '\0';
    v->s[v->n] = c;
    v->cnt[v->n] = 0;
    v->ht[j] = (uint32_t)v->n + 1;
    return (long)v->n++;
}

static void
wc_vocab_free(wc_vocab *v)
{
    for (size_t i = 0; i < v->n; i++)
        free(v->s[i]);
    free(v->s);
    free(v->cnt);
    free(v->ht);
}

static const wc_vocab *wc_sort_vocab;

/* frequency descending, then bytes */
static int
wc_cmp_freq(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    long cx = wc_sort_vocab->cnt[x], cy = wc_sort_vocab->cnt[y];
    if (cx != cy)
        return cx > cy ? -1 : 1;
    return strcmp(wc_sort_vocab->s[x], wc_sort_vocab->s[y]);
}

static int
wc_cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static inline double
xlogx(double x)
{
    return x > 0 ? x * log(x) : 0;
}

/* Sparse neighbour lists: word w's neighbours are nb[off[w] .. off[w+1])
 * with counts nc[...]. */
typedef struct {
    size_t *off;
    uint32_t *nb;
    uint32_t *nc;
} wc_adj;

/* Builds the adjacency of the sorted (a << 32 | b) pairs p[0..np). */
static int
wc_adj_build(wc_adj *g, const uint64_t *p, size_t np, size_t nw)
{
    g->off = calloc(nw + 1, sizeof *g->off);
    g->nb = malloc((np + 1) * sizeof *g->nb);
    g->nc = malloc((np + 1) * sizeof *g->nc);
    if (g->off == NULL || g->nb == NULL || g->nc == NULL)
        return -1;
    size_t k = 0;
    for (size_t i = 0; i < np;) {
        size_t j = i + 1;
        while (j < np && p[j] == p[i])
            j++;
        uint32_t a = (uint32_t)(p[i] >> 32);
        g->nb[k] = (uint32_t)p[i];
        g->nc[k] = (uint32_t)(j - i);
        g->off[a + 1]++;
        k++;
        i = j;
    }
    for (size_t w = 0; w < nw; w++)
        g->off[w + 1] += g->off[w];
    return 0;
}

static void
wc_adj_free(wc_adj *g)
{
    free(g->off);
    free(g->nb);
    free(g->nc);
}

int
ws_wclust(const char *const *paths, int npaths, int depth, long mincount,
          const char *out, char *err, size_t errlen)
{
    wc_vocab v = {0};
    uint32_t *seq = NULL, *rank = NULL, *cls = NULL, *order = NULL;
    uint64_t *pairs = NULL;
    long *outc = NULL, *inc = NULL, *selfc = NULL, *nl = NULL, *nr = NULL;
    int32_t *mat = NULL;
    long *rv = NULL, *lv = NULL, *size = NULL;
    uint32_t *touched = NULL;
    wc_adj right = {0}, left = {0};
    size_t nseq = 0, capseq = 0;
    int rc = -WS_ENOMEM;
    char fold[4096];

    if (depth < 1 || depth > 12 || npaths < 1) {
        snprintf(err, errlen, "clusters: depth 1..12 and a file needed");
        return -WS_EFIELD;
    }
    /* word 0: the sentence end; word 1: the rare words */
    if (wc_id(&v, "</s>", 4) != 0 || wc_id(&v, "<unk>", 5) != 1)
        goto done;
    for (int f = 0; f < npaths; f++) {
        ws_bio b = {0};
        int r = ws_bio_read(&b, paths[f], "xx", err, errlen);
        if (r < 0) {
            rc = r;
            goto done;
        }
        const ws_doc *d = b.doc;
        for (int32_t s = 0; s < d->sentences.n; s++) {
            const ws_sentence *se = &d->sentences.v[s];
            for (int32_t i = se->tok0; i <= se->tok1; i++) {
                long id = 0;
                if (i < se->tok1) {
                    size_t n = (size_t)ws_tok_blen(d, i);
                    if (n > 200)
                        n = 200;
                    int fl =
                        ws_utf8_fold(ws_tok_ptr(d, i), n, fold, sizeof fold);
                    if (fl < 0) {
                        memcpy(fold, ws_tok_ptr(d, i), n);
                        fl = (int)n;
                    }
                    id = wc_id(&v, fold, (size_t)fl);
                }
                if (id < 0) {
                    ws_bio_free(&b);
                    goto done;
                }
                if (nseq == capseq) {
                    capseq = capseq ? 2 * capseq : 1 << 20;
                    uint32_t *ns = realloc(seq, capseq * sizeof *ns);
                    if (ns == NULL) {
                        ws_bio_free(&b);
                        goto done;
                    }
                    seq = ns;
                }
                seq[nseq++] = (uint32_t)id;
                v.cnt[id]++;
            }
        }
        ws_bio_free(&b);
    }
    /* renumber: frequent words by rank, rare ones to word 1 */
    size_t nv = v.n;
    order = malloc(nv * sizeof *order);
    rank = malloc(nv * sizeof *rank);
    if (order == NULL || rank == NULL)
        goto done;
    for (size_t i = 0; i < nv; i++)
        order[i] = (uint32_t)i;
    wc_sort_vocab = &v;
    qsort(order + 2, nv - 2, sizeof *order, wc_cmp_freq);
    size_t nw = 2;
    rank[0] = 0;
    rank[1] = 1;
    for (size_t i = 2; i < nv; i++) {
        if (v.cnt[order[i]] >= mincount) {
            rank[order[i]] = (uint32_t)nw;
            order[nw++] = order[i];
        } else {
            rank[order[i]] = 1;
        }
    }
    for (size_t i = 0; i < nseq; i++)
        seq[i] = rank[seq[i]];
    /* bigrams, both ways, and each word's marginals */
    size_t np = nseq > 0 ? nseq - 1 : 0;
    pairs = malloc((np + 1) * sizeof *pairs);
    outc = calloc(nw, sizeof *outc);
    inc = calloc(nw, sizeof *inc);
    selfc = calloc(nw, sizeof *selfc);
    if (pairs == NULL || outc == NULL || inc == NULL || selfc == NULL)
        goto done;
    for (size_t i = 0; i < np; i++) {
        uint32_t a = seq[i], b = seq[i + 1];
        /* pairs with a sentence end or a rare word are not counted: those
         * two words are not clustered (the sentence end, a word of its
         * own, could take a class of a level alone) */
        if (a < 2 || b < 2) {
            pairs[i] = 0;
            continue;
        }
        outc[a]++;
        inc[b]++;
        if (a == b)
            selfc[a]++;
        pairs[i] = (uint64_t)a << 32 | b;
    }
    /* self pairs are kept apart (selfc) */
    size_t k = 0;
    for (size_t i = 0; i < np; i++)
        if (pairs[i] != 0 && (uint32_t)(pairs[i] >> 32) != (uint32_t)pairs[i])
            pairs[k++] = pairs[i];
    size_t npair = k;
    qsort(pairs, npair, sizeof *pairs, wc_cmp_u64);
    if (wc_adj_build(&right, pairs, npair, nw) < 0)
        goto done;
    for (size_t i = 0; i < npair; i++)
        pairs[i] = pairs[i] << 32 | pairs[i] >> 32;
    qsort(pairs, npair, sizeof *pairs, wc_cmp_u64);
    if (wc_adj_build(&left, pairs, npair, nw) < 0)
        goto done;
    free(pairs);
    pairs = NULL;

    size_t K = (size_t)1 << depth;
    cls = calloc(nw, sizeof *cls);
    mat = malloc(K * K * sizeof *mat);
    nl = malloc(K * sizeof *nl);
    nr = malloc(K * sizeof *nr);
    rv = calloc(K, sizeof *rv);
    lv = calloc(K, sizeof *lv);
    touched = malloc(2 * K * sizeof *touched);
    size = malloc(K * sizeof *size);
    if (size == NULL || cls == NULL || mat == NULL || nl == NULL ||
        nr == NULL || rv == NULL || lv == NULL || touched == NULL)
        goto done;

    for (int level = 1; level <= depth; level++) {
        size_t kc = (size_t)1 << level;
        /* deal each class's words to its two children by rank */
        size_t *seen = calloc(kc / 2, sizeof *seen);
        if (seen == NULL)
            goto done;
        for (size_t w = 0; w < nw; w++) {
            uint32_t c = cls[w];
            cls[w] = 2 * c + (uint32_t)(seen[c]++ & 1);
        }
        free(seen);
        memset(mat, 0, kc * kc * sizeof *mat);
        memset(nl, 0, kc * sizeof *nl);
        memset(nr, 0, kc * sizeof *nr);
        memset(size, 0, kc * sizeof *size);
        for (size_t w = 0; w < nw; w++) {
            size[cls[w]]++;
            for (size_t j = right.off[w]; j < right.off[w + 1]; j++)
                mat[cls[w] * kc + cls[right.nb[j]]] += (int32_t)right.nc[j];
            mat[cls[w] * kc + cls[w]] += (int32_t)selfc[w];
            nl[cls[w]] += outc[w];
            nr[cls[w]] += inc[w];
        }
        for (int pass = 0; pass < 20; pass++) {
            size_t moved = 0;
            for (size_t w = 0; w < nw; w++) {
                uint32_t a = cls[w], sib = a ^ 1;
                size_t nt = 0;
                if (size[a] == 1)
                    continue; /* a class is never emptied */
                for (size_t j = right.off[w]; j < right.off[w + 1]; j++) {
                    uint32_t d = cls[right.nb[j]];
                    if (rv[d] == 0 && lv[d] == 0)
                        touched[nt++] = d;
                    rv[d] += right.nc[j];
                }
                for (size_t j = left.off[w]; j < left.off[w + 1]; j++) {
                    uint32_t d = cls[left.nb[j]];
                    if (rv[d] == 0 && lv[d] == 0)
                        touched[nt++] = d;
                    lv[d] += left.nc[j];
                }
                long s = selfc[w];
                /* take w out of a */
                for (size_t t = 0; t < nt; t++) {
                    uint32_t d = touched[t];
                    mat[a * kc + d] -= (int32_t)rv[d];
                    mat[d * kc + a] -= (int32_t)lv[d];
                }
                mat[a * kc + a] -= (int32_t)s;
                nl[a] -= outc[w];
                nr[a] -= inc[w];
                /* gain of putting it into b */
                double gain[2];
                for (int q = 0; q < 2; q++) {
                    uint32_t b = q == 0 ? a : sib;
                    double g = 0;
                    for (size_t t = 0; t < nt; t++) {
                        uint32_t d = touched[t];
                        if (d == b)
                            continue;
                        double x = mat[b * kc + d], y = mat[d * kc + b];
                        if (rv[d])
                            g += xlogx(x + (double)rv[d]) - xlogx(x);
                        if (lv[d])
                            g += xlogx(y + (double)lv[d]) - xlogx(y);
                    }
                    double bb = mat[b * kc + b];
                    g += xlogx(bb + (double)(rv[b] + lv[b] + s)) - xlogx(bb);
                    g -=
                        xlogx((double)(nl[b] + outc[w])) - xlogx((double)nl[b]);
                    g -= xlogx((double)(nr[b] + inc[w])) - xlogx((double)nr[b]);
                    gain[q] = g;
                }
                uint32_t b = gain[1] > gain[0] + 1e-9 ? sib : a;
                for (size_t t = 0; t < nt; t++) {
                    uint32_t d = touched[t];
                    if (d != b) {
                        mat[b * kc + d] += (int32_t)rv[d];
                        mat[d * kc + b] += (int32_t)lv[d];
                    }
                }
                mat[b * kc + b] += (int32_t)(rv[b] + lv[b] + s);
                nl[b] += outc[w];
                nr[b] += inc[w];
                if (b != a) {
                    cls[w] = b;
                    size[a]--;
                    size[b]++;
                    moved++;
                }
                for (size_t t = 0; t < nt; t++)
                    rv[touched[t]] = lv[touched[t]] = 0;
            }
            if (moved * 1000 < nw)
                break;
        }
    }

    FILE *fp = fopen(out, "w");
    if (fp == NULL) {
        snprintf(err, errlen, "%s: %s", out, strerror(errno));
        rc = -WS_EIO;
        goto done;
    }
    for (size_t w = 2; w < nw; w++) {
        char bits[16];
        for (int j = 0; j < depth; j++)
            bits[j] = (char)('0' + ((cls[w] >> (depth - 1 - j)) & 1));
        bits[depth] = '\0';
        fprintf(fp, "%s\t%s\n", v.s[order[w]], bits);
    }
    if (fclose(fp) != 0) {
        snprintf(err, errlen, "%s: write failed", out);
        rc = -WS_EIO;
        goto done;
    }
    rc = (int)(nw - 2);
done:
    if (rc == -WS_ENOMEM)
        snprintf(err, errlen, "clusters: out of memory");
    wc_vocab_free(&v);
    wc_adj_free(&right);
    wc_adj_free(&left);
    free(seq);
    free(rank);
    free(order);
    free(pairs);
    free(outc);
    free(inc);
    free(selfc);
    free(cls);
    free(mat);
    free(nl);
    free(nr);
    free(rv);
    free(lv);
    free(touched);
    free(size);
    return rc;
}
