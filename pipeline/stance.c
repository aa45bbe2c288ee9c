/*
 * stance.c - the stance stage: statements (direct, indirect, mixed and
 * reported speech), their speakers and their stance labels.
 *
 * Everything is driven by per-language lexicons in models/<lang>/:
 *   stance-cues.tsv       speech and act verbs, "according to" phrases,
 *                         complementizers, document nouns, subjunctive forms
 *   stance-labels.tsv     stance words (condemn, concern, ...)
 *   stance-intensity.tsv  intensifiers (strongly, рішуче, ...)
 *   stance-negation.tsv   negation and refusal (not, declined to, ...)
 *   stance-hedges.tsv     hypothetical and hedging words (if, would, ...)
 *   stance-pronouns.tsv   pronouns with gender/number (poss: the possessive
 *                         of a source phrase, "за її словами", no subject)
 *   stance-skip.tsv       adverbs, time phrases, determiners
 *   stance-speakers.tsv   common nouns that name speakers (spokesman, ...)
 *
 * The passes, over one document:
 *   1. quotation marks are paired per paragraph (every style, nesting,
 *      continuation over paragraphs, stray marks dropped);
 *   2. each outermost quote looks for its attribution after the closing
 *      mark ("...," X said / said X / -- X) or before the opening mark
 *      (X said: "..."); quotes interrupted by the cue are merged;
 *   3. each cue outside the quotes makes an indirect, mixed or reported
 *      statement (content clause or object phrase, speaker on the left
 *      or, inverted, on the right);
 *   4. long quotes without a cue continue the previous speaker; short
 *      ones (titles, scare quotes) are not statements; paragraphs opened
 *      by a dash are direct speech; German subjunctive sentences continue
 *      the previous speaker's reported speech;
 *   5. every statement is labelled (ws_stance_label).
 *
 * Memory: per-document scratch comes from d->arena (no allocation per
 * token); lexicons are the models' (read-only).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ws_int.h"

/* ws_tok_is for a string literal (WS_TOK_IS). */
#define tok_is(d, i, s) WS_TOK_IS(d, i, s)

/* ---- lexicon attributes ---- */
enum {
    C_SAY = 1 << 0,
    C_ACT = 1 << 1,
    C_PREP = 1 << 2,
    C_POST = 1 << 3,
    C_DOC = 1 << 4,
    C_COMP = 1 << 5,
    C_SUBJ = 1 << 6,
    C_INV = 1 << 7,    /* prep cue valid only before a final noun phrase */
    C_NOSP = 1 << 8,   /* cue that takes no speaker on its left ("heißt es") */
    C_SRC = 1 << 9,    /* source noun of "nach jüngsten Angaben" */
    C_ACTN = 1 << 10,  /* act noun after a light verb ("issued a warning") */
    C_RNOUN = 1 << 11, /* English noun of a stance role with its preposition
                        * ("critic of"): a cue after a copula and an article
                        * ("is a staunch critic of") */
    C_ADJ = 1 << 15,   /* English adjective of feeling or judgement with its
                        * preposition ("worried about"): a cue after a copula */
    C_CLAUSE = 1 << 12 /* English verb of finding out or recalling: a cue only
                        * before a content clause ("discovered the pipe had
                        * cracked"), not before a plain object */
};
enum { G_M = 1, G_F = 2, G_N = 4, G_P = 8, G_ANY = 15 };

/* skip classes */
enum {
    K_ADV = 1,
    K_TIME = 2,
    K_DET = 4,
    K_PREP = 8,
    K_STOP = 16,
    K_CONJ = 32,
    K_SUB = 64,    /* subordinator: ends a reported act's object only */
    K_INTRO = 128, /* opens a phrase before the subject ("dans", "lors") */
    K_SRCP = 256, /* opens a source phrase ("по неофициальным данным") */
    K_CHAN = 1 << 11,   /* heads a channel or time phrase ("in a statement");
                         * a bit of its own: lexclass also returns C_SRC */
    K_CLAIM = 1 << 12,  /* a noun naming what was said ("claim", "warning") */
    K_NOPART = 1 << 13, /* an -ing word that opens no participle clause */
    K_INTENT = 1 << 14, /* a noun naming a decision or will, with "to" and a
                         * verb ("her decision to run", "its pledge to cut") */
    K_ATT = 1 << 15,    /* a noun naming an attitude ("concern", "support")
                         * that an act verb expresses about something */
    K_CAUSE = 1 << 16,  /* a verb that sets its object to act, with "to"
                         * ("mobilized groups to support ...") */
    K_HELD = 1 << 17,   /* a noun of a belief, fear or charge held by many,
                         * whose that-clause often has no named source
                         * ("amid growing concerns that ...") */
    K_CTRL = 1 << 18,   /* a verb that makes its object act, with "to": the
                         * object is the act's subject ("forced the envoy
                         * to resign") */
    K_SAIDN = 1 << 19   /* a noun whose "that" opens what was said ("the
                         * warning that ..."), not a relative clause */
};
/* classes asked for alone (skip_has), never returned by lexclass */
#define K_NOUNS                                                                \
    ((unsigned)(K_CHAN | K_CLAIM | K_NOPART | K_INTENT | K_ATT | K_CAUSE |     \
                K_HELD | K_CTRL | K_SAIDN))

/* fold_is()'s signatures: 1 << FSIG_LOG bits (see ws_fold_sig); the
 * sweeps' candidate sets (cand_add) are made for up to CAND_LISTS lists
 * by one pass over the tokens (cand_sweep) */
enum { FSIG_LOG = WS_FSIG_LOG, FSIG_BITS = 1 << FSIG_LOG, CAND_LISTS = 32 };
enum { TSA_LOG = 8, TSA_SLOTS = 1 << TSA_LOG }; /* tok_starting_at's cache */

/* speakers lexicon classes */
enum { S_ROLE = 1, S_ORG = 2, S_PLACE = 8 }; /* "doc" is C_DOC */

typedef struct {
    const char *lang;
    const ws_lex *cues, *labels, *inten, *neg, *hedge, *pron, *skip, *spk;
} lexset;

/* one outermost quotation */
typedef struct {
    int32_t o, c; /* token of the opening mark, of the closing mark */
    int32_t seg0[WS_MAX_SEGMENTS], seg1[WS_MAX_SEGMENTS]; /* content tokens */
    int nseg;
    int32_t nwords;
    int used;
} quote;

/* a token's folded form and stem, kept for the document: the rules ask
 * for the same token's form many times */
typedef struct {
    const char *form; /* NULL before the first use */
    const char *stem; /* NULL before the first use; "" when none */
    uint32_t flen, slen;
} tokfold;

typedef struct {
    ws_worker *w;
    ws_doc *d;
    lexset L;
    int32_t ntok;
    int32_t *qid;        /* per token: outermost quote or -1 */
    uint8_t *sq;         /* per token (English): 1 when a straight ' is a
                          * quotation mark, paired in its paragraph
                          * (en_single_quotes); NULL: none is */
    uint8_t *cuelen;     /* per token: length of the cue starting here */
    uint64_t *cuebits;   /* a bit per token, set where cuelen is not 0:
                          * made at the end of ctx_init (NULL before),
                          * kept by cue_drop (next_cue) */
    uint16_t *cueattr;   /* per token: C_* of that cue */
    uint8_t *cueg;       /* per token: gender of that cue */
    uint8_t *cueused;    /* per token: cue already used */
    const char **cueval; /* per token: the cue's lexicon value */
    int32_t *ent;        /* per token: entity index or -1 */
    quote *q;
    int32_t nq, qcap;
    int32_t skip_para; /* paragraph whose statements are dropped, or -1 */
    int32_t *sgrp;     /* per sentence: first sentence of its group */
    int32_t *sgend;    /* per group head: one past its last token */
    int32_t dl0, dl1;  /* tokens of the dateline "PLACE (Agency) -", or -1 */
    /* Indexes that keep every per-statement search bounded (a hostile
     * document must not take time quadratic in its size); NULL when the
     * arena ran out, the searches then scan as before. */
    int32_t *srun0, *srun1; /* per sentence: first, last sentence of its
                             * paragraph */
    int32_t *pfirst;        /* per paragraph: its first sentence or -1 */
    int ent_sorted;         /* entities sorted by start */
    int32_t *eprev[5];      /* per entity e: the last entity <= e that is a
                             * person compatible with gender class c (0-3,
                             * see gclass) or, c = 4, an organisation */
    int32_t *chead, *cnext; /* cluster members in index order: the first
                             * one of e's cluster, the next one after e */
    uint16_t *skipc;        /* per token: lexclass of L.skip, or 0xFFFF
                             * before it is looked up */
    tokfold *fc;            /* per token: folded form and stem, computed
                             * on first use (NULL: fold every time); an
                             * entry is read once its bit in fcset is
                             * set (fc_entry; not zeroed before) */
    uint64_t *fcset;        /* a bit per token whose fc entry is set */
    uint16_t *fsig;         /* per token: fold_is()'s signature, 0 before
                             * it is computed (NULL: none) */
    char *fcbuf;            /* the rest of the arena chunk the forms in fc
                             * are copied to (one allocation for many) */
    size_t fcfree;          /* its bytes left */
    const char **skipv;     /* per token: lexw of L.skip, LEXW_NONE when
                             * none; read once its bit in skipset is set
                             * (not zeroed before) */
    const char **spkv;      /* the same for L.spk */
    uint64_t *skipset;      /* a bit per token looked up in skipv */
    uint64_t *spkset;       /* the same for spkv */
    uint16_t lang16;        /* L.lang's two letters, the first the low
                             * byte (lang_is: one compare with a
                             * constant, not three bytes read through
                             * L.lang; 8.4M est2 per MB of English) */
    int lang_same;          /* the lexicons' language is d->lang (the
                             * worker's token forms have their stems) */
    struct cue_ent *cues;   /* orphan_pass: the statements made before it,
                             * sorted by cue start (sort_cues) */
    int32_t ncues;          /* -1: not sorted yet in this pass */
    uint8_t *pgm;           /* per token: pron_gender's answer + 1 (rel:
                             * + 16), 0 before it is asked (NULL: none) */
    uint8_t *pwm;           /* per token: plain_word_lex's answer + 1, 0
                             * before it is asked (NULL: none) */
    struct skc_ent *skc;    /* the thread's cache of L.skip's classes by
                             * token text (skc_table; NULL: none) */
    uint64_t skc_lang;      /* d->lang's 8 bytes, its key */
    struct lsig *lsig;      /* the thread's cache of fold_is()'s list
                             * signatures (lsig_table), lsigmask + 1 slots */
    struct fw_index *fwx;   /* fold_is()'s word index (lsig_table; NULL:
                             * none) */
    uint16_t *fwid;         /* per token: its word's number in fwx + 1, 1
                             * when none, 0 before it is asked (fold_is_idx;
                             * NULL before its first question) */
    int fwidfail;           /* fwid could not be had */
    uint32_t fwnw;          /* fwx->nwords when fwid's answers were had */
    struct pam_ent *pam;    /* the thread's cache of parse_attrs' answers
                             * by value (attrs; NULL: none) */
    uint32_t lsigmask;
    uint64_t *cuestart; /* a bit per token: a word where an entry of the
                         * cues lexicon may start (ctx_init; NULL: any) */
    uint8_t *lmay;      /* per token: LM_* bits of the lexicons that may have an
                         * entry starting there (ctx_init's ws_lex_scan; NULL:
                         * any) */
    struct {
        int32_t c1, t; /* tok_starting_at's answer t for character c1 - 1 */
    } tsa[TSA_SLOTS];  /* (c1 0: an empty slot; ctx_init zeroes them) */

    struct cand_reg *creg; /* the thread's lists of the sweeps (lsig_table;
                            * NULL: none) */
    uint64_t *cbm;  /* per list of creg (cid - 1) below cnreg: a bit per token
                     * whose signature is one of its words', then the tokens
                     * without one (cand_sweep; NULL before) */
    uint32_t cnreg; /* creg's lists when cbm was made */
    int cswept;     /* cand_sweep has run (cbm NULL: it failed) */
} ctx;

/* Is the rules' language (x->L.lang) the two-letter code l?  strcmp's
 * answer by its bytes, inline: the rules ask it of nearly every token,
 * so its two letters are kept in x->lang16 (ctx_init) and compared with
 * l's, a constant where l is a literal.  x->L.lang is always one of
 * pick_lang's codes, two letters and the NUL. */
static inline int
lang_is(const ctx *x, const char l[3])
{
    return x->lang16 ==
           (uint16_t)((unsigned char)l[0] | (unsigned)(unsigned char)l[1] << 8);
}

/* A statement's cue span and its index in d->statements. */
typedef struct cue_ent {
    int32_t start, end, i;
} cue_ent;

/* Limits of the searches per statement.  Far above anything in news
 * (the results there are those of the unbounded scans); a document that
 * reaches them gets the nearest candidates only. */
enum {
    STMT_EXACT = 512,  /* statements scanned in full up to this many */
    STMT_WIN = 128,    /* else: this many around the position and last */
    ORG_WIN = 256,     /* organisations tried for a head word */
    CLUSTER_WIN = 256, /* mentions of a cluster read for role and org */
    CLAUSE_MAX = 600   /* tokens of one content clause */
};

/* ---- small helpers ---- */

/* qsort(), skipped when the n elements are in order already (a pass
 * that added or moved none leaves them so): glibc's qsort is a stable
 * merge sort, so an ordered array comes out of it as it went in.  A few
 * elements (a document's statements, nearly in order) are sorted by
 * insertion instead, stable too: the same order, without qsort's
 * set-up. */
static void
sort_unless_sorted(void *base, size_t n, size_t size,
                   int (*cmp)(const void *, const void *))
{
    char *p = base;
    for (size_t i = 1; i < n; i++) {
        if (cmp(p + (i - 1) * size, p + i * size) <= 0)
            continue;
        _Alignas(max_align_t) char tmp[256];
        if (n > 64 || size > sizeof tmp) {
            qsort(base, n, size, cmp);
            return;
        }
        /* from the first element out of order on: each moved left past
         * the greater ones before it */
        for (; i < n; i++) {
            if (cmp(p + (i - 1) * size, p + i * size) <= 0)
                continue;
            memcpy(tmp, p + i * size, size);
            size_t j = i;
            while (j > 0 && cmp(p + (j - 1) * size, tmp) > 0) {
                memcpy(p + j * size, p + (j - 1) * size, size);
                j--;
            }
            memcpy(p + j * size, tmp, size);
        }
        return;
    }
}

/* The next word of a lexicon value's attribute list from *v on (words
 * split by spaces): its start, its end in *end; at the end of the list
 * the NUL (*end the same). */
static inline const char *
attr_word(const char *v, const char **end)
{
    while (*v == ' ')
        v++;
    const char *e = v;
    while (*e && *e != ' ')
        e++;
    *end = e;
    return v;
}

static unsigned
parse_attrs(const char *v, unsigned *gender)
{
    unsigned a = 0, g = 0;
    while (v && *v) {
        const char *e;
        v = attr_word(v, &e);
        size_t n = (size_t)(e - v);
#define IS(s) (n == sizeof(s) - 1 && memcmp(v, s, n) == 0)
        if (IS("say") || IS("quote"))
            a |= C_SAY; /* "quote": a speech verb only next to a quote */
        else if (IS("act"))
            a |= C_ACT;
        else if (IS("prep"))
            a |= C_PREP;
        else if (IS("post"))
            a |= C_POST;
        else if (IS("doc"))
            a |= C_DOC;
        else if (IS("comp"))
            a |= C_COMP;
        else if (IS("subj"))
            a |= C_SUBJ;
        else if (IS("inv"))
            a |= C_INV;
        else if (IS("nosp"))
            a |= C_NOSP;
        else if (IS("src"))
            a |= C_SRC;
        else if (IS("actn"))
            a |= C_ACTN;
        else if (IS("rolenoun"))
            a |= C_RNOUN;
        else if (IS("adj"))
            a |= C_ADJ;
        else if (IS("clause"))
            a |= C_CLAUSE;
        else if (IS("m"))
            g |= G_M;
        else if (IS("f"))
            g |= G_F;
        else if (IS("n"))
            g |= G_N;
        else if (IS("p"))
            g |= G_P;
        else if (IS("x"))
            g |= G_ANY;
        else if (IS("role"))
            a |= S_ROLE;
        else if (IS("org"))
            a |= S_ORG;
        else if (IS("place"))
            a |= S_PLACE;
        else if (IS("adv"))
            a |= K_ADV;
        else if (IS("time"))
            a |= K_TIME;
        else if (IS("det"))
            a |= K_DET;
        else if (IS("tprep"))
            a |= K_PREP;
        else if (IS("stop"))
            a |= K_STOP;
        else if (IS("conj"))
            a |= K_CONJ;
        else if (IS("sub"))
            a |= K_SUB;
        else if (IS("intro"))
            a |= K_INTRO;
        else if (IS("srcprep"))
            a |= K_SRCP;
        else if (IS("channel"))
            a |= K_CHAN;
        else if (IS("claim"))
            a |= K_CLAIM;
        else if (IS("ing"))
            a |= K_NOPART;
        else if (IS("intent"))
            a |= K_INTENT;
        else if (IS("attitude"))
            a |= K_ATT;
        else if (IS("cause"))
            a |= K_CAUSE;
        else if (IS("held"))
            a |= K_HELD;
        else if (IS("control"))
            a |= K_CTRL;
        else if (IS("saidnoun"))
            a |= K_SAIDN;
#undef IS
        v = e;
    }
    if (gender)
        *gender = g;
    return a;
}

/* The thread's cache of parse_attrs() answers by value string: the
 * values are the lexicons' entries (their strings live as long as the
 * worker's lexicons), and the rules parse the same few over and over
 * (48.8k calls per MB of English text, 188 distinct values, 19.8k
 * distinct within their documents).  Two ways a set, by the pointer:
 * direct-mapped, a dozen of the values met another in their slot, which
 * ones by where the heap put them, and a build whose heap moved ran
 * some 2M instructions per MB more; emptied when another worker uses
 * the thread (ws_tltab_get, once per document). */
enum { PAM_BITS = 10, PAM_SLOTS = 1 << PAM_BITS };
typedef struct pam_ent {
    const char *v; /* NULL: empty */
    uint32_t a;    /* parse_attrs' answer */
    uint16_t g;    /* its *gender */
    uint16_t w;    /* parse_words' answer, PAM_W_UNSET before it is asked */
} pam_ent;
static _Thread_local ws_tltab pam_tab;

/* The attribute words the rules test of a value one at a time (vhas, as
 * ws_lex_has_attr() finds them), a bit each, and whether "next:" or
 * "req:" is anywhere in it (cue_requirement_ok's strstr): worked out
 * once per value with parse_attrs' answer, where each test was a pass
 * over the value (some 70k per MB of English, most on the cues'
 * values). */
enum {
    VW_AGENT = 1 << 0,
    VW_OBJ = 1 << 1,
    VW_OBJTO = 1 << 2,
    VW_QUOTE = 1 << 3,
    VW_POSS = 1 << 4,
    VW_NONE = 1 << 5,
    VW_LIGHT = 1 << 6,
    VW_SELF = 1 << 7,
    VW_REL = 1 << 8,
    VW_PUNCT = 1 << 9,
    VW_PRED = 1 << 10,
    VW_NOUN = 1 << 11,
    VW_ACTN = 1 << 12,
    VW_NEXT = 1 << 13, /* "next:" anywhere */
    VW_REQ = 1 << 14,  /* "req:" anywhere */
    PAM_W_UNSET = 1 << 15
};

static unsigned
parse_words(const char *v)
{
    if (v == NULL)
        return 0;
    unsigned w = (strstr(v, "next:") != NULL ? VW_NEXT : 0) |
                 (strstr(v, "req:") != NULL ? VW_REQ : 0);
    while (*v) {
        const char *e;
        v = attr_word(v, &e);
        size_t n = (size_t)(e - v);
#define IS(s) (n == sizeof(s) - 1 && memcmp(v, s, n) == 0)
        w |= IS("agent")   ? VW_AGENT
             : IS("obj")   ? VW_OBJ
             : IS("objto") ? VW_OBJTO
             : IS("quote") ? VW_QUOTE
             : IS("poss")  ? VW_POSS
             : IS("none")  ? VW_NONE
             : IS("light") ? VW_LIGHT
             : IS("self")  ? VW_SELF
             : IS("rel")   ? VW_REL
             : IS("punct") ? VW_PUNCT
             : IS("pred")  ? VW_PRED
             : IS("noun")  ? VW_NOUN
             : IS("actn")  ? VW_ACTN
                           : 0;
#undef IS
        v = e;
    }
    return w;
}

/* fills e, the cache entry of value v (its words on first use: vhas);
 * out of line, as the rules ask the values in the cache most times */
static __attribute__((noinline)) void
pam_fill(pam_ent *e, const char *v)
{
    unsigned g;
    e->a = parse_attrs(v, &g);
    e->g = (uint16_t)g;
    e->w = PAM_W_UNSET;
    e->v = v;
}

/* the set s's entry for value v, filled in its first way, the value
 * there moved to the second (out of line: a miss) */
static __attribute__((noinline)) pam_ent *
pam_miss(pam_ent *s, const char *v)
{
    s[1] = s[0];
    pam_fill(&s[0], v);
    return &s[0];
}

/* x's cache entry of a lexicon value v (not NULL; x->pam not NULL),
 * filled when its set holds other values; valid until the next call */
static inline pam_ent *
pam_of(const ctx *x, const char *v)
{
    pam_ent *s =
        &x->pam[((uintptr_t)v * 0x9E3779B97F4A7C15ULL >> (64 - PAM_BITS)) &
                ~(uintptr_t)1];
    if (s[0].v == v)
        return &s[0];
    if (s[1].v == v)
        return &s[1];
    return pam_miss(s, v);
}

/* parse_attrs(v, gender) of a lexicon value v, through the thread's
 * cache (a value not from a lexicon of x's worker must not be asked) */
static inline unsigned
attrs(const ctx *x, const char *v, unsigned *gender)
{
    if (v == NULL || x->pam == NULL)
        return parse_attrs(v, gender);
    const pam_ent *e = pam_of(x, v);
    if (gender)
        *gender = e->g;
    return e->a;
}

/* ws_lex_has_attr(v, word) for the word of bit b (VW_*) of a lexicon
 * value v (or NULL), through attrs' cache (the same values only) */
static inline __attribute__((always_inline)) int
vhas(const ctx *x, const char *v, unsigned b)
{
    if (v == NULL)
        return 0;
    if (x->pam == NULL)
        return (parse_words(v) & b) != 0;
    pam_ent *e = pam_of(x, v);
    if (e->w & PAM_W_UNSET)
        e->w = (uint16_t)parse_words(v);
    return (e->w & b) != 0;
}

static int32_t
tok_cp(const ws_doc *d, int32_t i)
{
    size_t k = 0;
    return ws_utf8_decode(ws_tok_ptr(d, i), (size_t)ws_tok_blen(d, i), &k);
}

static int
is_cap(const ws_doc *d, int32_t i)
{
    return (d->tokens.v[i].flags & (WS_TOK_WORD | WS_TOK_UPPER)) ==
           (WS_TOK_WORD | WS_TOK_UPPER);
}

/* Is token i a dash: flagged so, or a token of U+2012 to U+2015 alone
 * (three bytes, E2 80 92-95: what a token of up to three bytes starting
 * with one of them holds)?  Inline, by bytes: the rules ask it of nearly
 * every token they sweep. */
static inline int
is_dash(const ws_doc *d, int32_t i)
{
    if (d->tokens.v[i].flags & WS_TOK_DASH)
        return 1;
    const unsigned char *p = (const unsigned char *)ws_tok_ptr(d, i);
    return ws_tok_blen(d, i) == 3 && p[0] == 0xE2 && p[1] == 0x80 &&
           p[2] >= 0x92 && p[2] <= 0x95;
}

/* Is token i a comma, a semicolon, a colon, a bracket or final
 * punctuation?  By the length first (one byte, or three: "…", "...") */
static inline int
is_clause_punct(const ws_doc *d, int32_t i)
{
    int32_t n = ws_tok_blen(d, i);
    if (n == 1) {
        char c = ws_tok_ptr(d, i)[0];
        return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' ||
               c == '?' || c == '(' || c == ')';
    }
    return n == 3 && ws_tok_is_final(d, i);
}

/* n bytes for a token's forms in fc, taken from a chunk of the
 * document's arena (an allocation per token costs more than the copy) */
static char *
fc_take(ctx *x, size_t n)
{
    enum { FC_CHUNK = 8192 };
    if (n > x->fcfree) {
        /* not zeroed: tok_fold writes what it reads */
        if (n > FC_CHUNK / 4)
            return ws_arena_alloc_raw(x->d->arena, n);
        x->fcbuf = ws_arena_alloc_raw(x->d->arena, FC_CHUNK);
        x->fcfree = x->fcbuf != NULL ? FC_CHUNK : 0;
        if (x->fcbuf == NULL)
            return NULL;
    }
    char *p = x->fcbuf;
    x->fcbuf += n;
    x->fcfree -= n;
    return p;
}

/* tok_fold() the first time for token i (c: its entry, NULL when none) */
static __attribute__((noinline)) const char *
tok_fold_new(ctx *x, tokfold *c, int32_t i, size_t *n)
{
    ws_tokform t;
    if (c != NULL && ws_lex_tok_forms(x->w, x->d, i, &t) == 0) {
        /* the worker's forms of the token (the rules' first lookup, in
         * the cues lexicon, made them): its folded form and, in the
         * lexicons' language, its stem (tok_stem's) */
        size_t sl = t.stem != NULL ? t.slen : 0;
        char *copy = fc_take(x, t.flen + sl + 2);
        if (copy != NULL) {
            memcpy(copy, t.form, t.flen);
            copy[t.flen] = '\0';
            c->form = copy;
            c->flen = (uint32_t)t.flen;
            if (x->lang_same) {
                memcpy(copy + t.flen + 1, t.stem != NULL ? t.stem : "", sl);
                copy[t.flen + 1 + sl] = '\0';
                c->stem = copy + t.flen + 1;
                c->slen = (uint32_t)sl;
            }
            *n = t.flen;
            return copy;
        }
    }
    size_t l;
    const char *f = ws_tok_fold(x->w, x->d, i, 3, &l);
    *n = l;
    if (c == NULL)
        return f;
    char *copy = ws_arena_alloc_raw(x->d->arena, l + 1);
    if (copy == NULL)
        return f;
    memcpy(copy, f, l + 1);
    c->form = copy;
    c->flen = (uint32_t)l;
    return copy;
}

/* Token i's entry of x->fc, zeroed on first use (NULL when none): most
 * documents ask the forms of a part of their tokens only, and the
 * entries of the others are not written. */
static inline tokfold *
fc_entry(ctx *x, int32_t i)
{
    if (x->fc == NULL || (uint32_t)i >= (uint32_t)x->ntok)
        return NULL;
    uint64_t b = (uint64_t)1 << (i & 63), *set = &x->fcset[i >> 6];
    if (!(*set & b)) {
        x->fc[i] = (tokfold){0};
        *set |= b;
    }
    return &x->fc[i];
}

/* The folded form of token i (ws_tok_fold), folded once per document:
 * the copy lives in the document's arena, so it stays valid while the
 * document does.  Inline for the copy (some 450 questions a KB of
 * news, four in five of them answered from the copy). */
static inline const char *
tok_fold(ctx *x, int32_t i, size_t *n)
{
    tokfold *c = fc_entry(x, i);
    if (c != NULL && c->form != NULL) {
        *n = c->flen;
        return c->form;
    }
    return tok_fold_new(x, c, i, n);
}

/* The stem of word token i in the lexicons' language, or NULL when it
 * has none other than its folded form f (length n); kept per token. */
static const char *
tok_stem(ctx *x, int32_t i, const char *f, size_t n, size_t *sl)
{
    tokfold *c = fc_entry(x, i);
    if (c != NULL && c->stem != NULL) {
        *sl = c->slen;
        return c->slen ? c->stem : NULL;
    }
    const char *s = ws_stem(x->w, x->L.lang, f, n);
    if (s && strcmp(s, f) == 0)
        s = NULL;
    *sl = s ? strlen(s) : 0;
    if (c != NULL) {
        char *copy = ws_arena_alloc(x->d->arena, *sl + 1);
        if (copy != NULL) {
            if (s)
                memcpy(copy, s, *sl + 1);
            c->stem = copy;
            c->slen = (uint32_t)*sl;
            if (s)
                s = copy;
        }
    }
    return s;
}

/* lexw's memo value for "no entry" */
static const char LEXW_NONE[1];

static const char *lexw_look(ctx *x, const ws_lex *lx, int32_t i);

/* The value of token i in lexicon lx (its folded form's, else its
 * stem's); kept per token for L.skip and L.spk. */
static const char *
lexw(ctx *x, const ws_lex *lx, int32_t i)
{
    if (lx == NULL || i < 0 || i >= x->ntok)
        return NULL;
    const char **memo = lx == x->L.skip  ? x->skipv
                        : lx == x->L.spk ? x->spkv
                                         : NULL;
    if (memo == NULL)
        return lexw_look(x, lx, i);
    uint64_t *set = memo == x->skipv ? x->skipset : x->spkset;
    uint64_t b = (uint64_t)1 << (i & 63);
    if (!(set[i >> 6] & b)) {
        const char *v = lexw_look(x, lx, i);
        memo[i] = v != NULL ? v : LEXW_NONE;
        set[i >> 6] |= b;
    }
    return memo[i] != LEXW_NONE ? memo[i] : NULL;
}

static const char *
lexw_look(ctx *x, const ws_lex *lx, int32_t i)
{
    const char *v;
    if (x->lang_same && x->fc != NULL && i >= 0 && i < x->ntok &&
        ws_lex_tok_word(lx, x->w, x->d, i,
                        ws_tok_is_word(x->d, i) && x->L.lang[0], &v)) {
        /* the worker's form and stem of the token (tok_fold's and
         * tok_stem's in the lexicons' language), the answer kept per
         * token text across documents */
        return v;
    }
    size_t n;
    const char *f = tok_fold(x, i, &n);
    v = ws_lex_word(lx, f, n);
    if (v == NULL && ws_tok_is_word(x->d, i) && x->L.lang[0]) {
        size_t sl;
        const char *s = tok_stem(x, i, f, n, &sl);
        if (s)
            v = ws_lex_word(lx, s, sl);
    }
    return v;
}

/* The value of token i's folded form in lx (ws_lex_word of tok_fold's
 * form, no stem), the answer kept per token text in the lexicon's token
 * cache (ws_lex_tok_word): the rules ask it of the same words in every
 * document. */
static const char *
lexw_form(ctx *x, const ws_lex *lx, int32_t i)
{
    const char *v;
    if (x->fc != NULL && i >= 0 && i < x->ntok &&
        ws_lex_tok_word(lx, x->w, x->d, i, 0, &v))
        return v;
    size_t n;
    const char *f = tok_fold(x, i, &n);
    return ws_lex_word(lx, f, n);
}

static unsigned lexclass_look(ctx *x, const ws_lex *lx, int32_t i, int memo);
static int lexmatch(ctx *x, const ws_lex *lx, int32_t i, const char **v);

/* The classes of token i in lexicon lx (its lexw value's attributes, no
 * noun classes); kept per token for L.skip.  Inline for the kept answer
 * (most of the rules' questions), the lookup out of line. */
static inline unsigned
lexclass(ctx *x, const ws_lex *lx, int32_t i)
{
    /* (with no skip lexicon no answer is kept: lexclass_look's memo 0) */
    if ((uint32_t)i < (uint32_t)x->ntok && lx == x->L.skip &&
        x->skipc != NULL) {
        unsigned c = x->skipc[i];
        if (c != 0xFFFF)
            return c;
        return lexclass_look(x, lx, i, lx != NULL);
    }
    return lexclass_look(x, lx, i, 0);
}

/* The thread's cache of lexclass() answers in L.skip by token text: a
 * pure function of the lexicon, the document's language and the token's
 * bytes (its folded form and stem, which are the worker's), asked of
 * nearly every word of every document.  Direct-mapped, the text kept as
 * three zero-padded words; emptied when another worker uses the thread
 * (skc_table, once per document). */
enum { SKC_SLOTS = 2048, SKC_RAW = 24 };
typedef struct skc_ent {
    const ws_lex *lx; /* NULL: empty */
    uint64_t lang;    /* the document's language (its 8 bytes) */
    uint64_t raw[SKC_RAW / 8];
    uint16_t cls;
} skc_ent;
static _Thread_local ws_tltab skc;

/* The thread's cache for worker w, NULL when it cannot have one. */
static skc_ent *
skc_table(ws_worker *w)
{
    return ws_tltab_get(&skc, w, SKC_SLOTS * sizeof(skc_ent));
}

_Static_assert(SKC_RAW == 24, "a token in three words: ws_keep24");

/* token i's slot in the cache of lexicon lx (NULL when it has none: too
 * long, no cache); raw: its text, zero-padded; *hit when the slot holds
 * token i's answer */
static inline skc_ent *
skc_slot(ctx *x, const ws_lex *lx, int32_t i, uint64_t raw[SKC_RAW / 8],
         int *hit)
{
    *hit = 0;
    int32_t rl = ws_tok_blen(x->d, i);
    if (x->skc == NULL || rl <= 0 || rl > SKC_RAW)
        return NULL;
    const char *p = ws_tok_ptr(x->d, i);
    const int le = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
    if (le && (size_t)x->d->tokens.v[i].bstart + SKC_RAW <= x->d->len + 1) {
        /* (the text's len + 1 bytes are readable, its NUL the last: the
         * three words loaded whole and the bytes past the token masked
         * off, no copy of a length known at run time, whose branches
         * missed 61k times per MB of English) */
        memcpy(raw, p, SKC_RAW);
        const uint64_t *mk = ws_keep24[rl - 1];
        raw[0] &= mk[0];
        raw[1] &= mk[1];
        raw[2] &= mk[2];
    } else {
        raw[0] = raw[1] = raw[2] = 0;
        memcpy(raw, p, (size_t)rl);
    }
    uint64_t h =
        raw[0] * 0x9E3779B97F4A7C15ULL ^ raw[1] * 0xC2B2AE3D27D4EB4FULL ^
        raw[2] * 0x165667B19E3779F9ULL ^
        (x->skc_lang + (uint64_t)(uintptr_t)lx) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
    skc_ent *e = &x->skc[(h * 0x94D049BB133111EBULL >> 40) & (SKC_SLOTS - 1)];
    *hit = e->lx == lx && e->lang == x->skc_lang && e->raw[0] == raw[0] &&
           e->raw[1] == raw[1] && e->raw[2] == raw[2];
    return e;
}

static __attribute__((noinline)) unsigned
lexclass_look(ctx *x, const ws_lex *lx, int32_t i, int memo)
{
    uint64_t raw[SKC_RAW / 8];
    int hit = 0;
    skc_ent *e = memo ? skc_slot(x, lx, i, raw, &hit) : NULL;
    if (hit) {
        x->skipc[i] = e->cls;
        return e->cls;
    }
    /* no entry of lx starts at i (ws_lex_match's answer, on the token's
     * form and its stem in the document's language, often kept in the
     * memo): no word entry either, and no lookup of the word */
    const char *mv;
    const char *v = x->lang_same && ws_tok_blen(x->d, i) < 64 &&
                            lexmatch(x, lx, i, &mv) == 0
                        ? NULL
                        : lexw(x, lx, i);
    /* (the noun classes are asked for alone: skip_has) */
    unsigned c = v ? attrs(x, v, NULL) & ~K_NOUNS : 0;
    if (memo)
        x->skipc[i] = (uint16_t)c;
    if (e != NULL) {
        e->lx = lx;
        e->lang = x->skc_lang;
        memcpy(e->raw, raw, sizeof e->raw);
        e->cls = (uint16_t)c;
    }
    return c;
}

/* Has the word at i the noun class k (K_CHAN, K_CLAIM) of the skip
 * lexicon? */
static int
skip_has(ctx *x, int32_t i, unsigned k)
{
    const char *v = lexw(x, x->L.skip, i);
    return v != NULL && (attrs(x, v, NULL) & k) != 0;
}

static int
lexmatch(ctx *x, const ws_lex *lx, int32_t i, const char **v)
{
    if (lx == NULL || i < 0 || i >= x->ntok)
        return 0;
    return ws_lex_match(lx, x->w, x->d, i, v);
}

/* The lexicons of ctx_init's scan (x->lmay), a bit each; LM_ASK: a word
 * where an entry of cues or labels may start, or of 64 bytes or more
 * (scan_words: the words ctx_init's sweep asks outside German); LM_QUOTE:
 * a token that may be a quotation mark, flagged WS_TOK_QUOTE or a
 * straight ' in x->sq (find_quotes' sweep goes from one to the next) */
enum { LM_CUES = 1, LM_LABELS = 2, LM_SKIP = 4, LM_ASK = 8, LM_QUOTE = 16 };

/* The first token at i or after it whose x->lmay has a bit of b (x->ntok
 * when none): eight tokens at a time */
static int32_t
next_lmay(const ctx *x, int32_t i, unsigned b)
{
    const uint8_t *lm = x->lmay;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t bb = (uint64_t)b * 0x0101010101010101ull;
    for (; i + 8 <= x->ntok; i += 8) {
        uint64_t w;
        memcpy(&w, lm + i, 8);
        if (w & bb)
            return i + (int32_t)(__builtin_ctzll(w & bb) >> 3);
    }
#endif
    while (i < x->ntok && !(lm[i] & b))
        i++;
    return i;
}

/* lexmatch() in lx, the lexicon of scan bit b: 0 without a lookup when
 * ctx_init's scan found that no entry of lx can start at i */
static inline int
lexmatch_may(ctx *x, const ws_lex *lx, unsigned b, int32_t i, const char **v)
{
    if (x->lmay != NULL && (uint32_t)i < (uint32_t)x->ntok && !(x->lmay[i] & b))
        return 0;
    return lexmatch(x, lx, i, v);
}

/* Sentences here are the tokenizer's, merged when one ends without
 * final punctuation inside a paragraph (a split before a capitalised
 * word is no sentence end for attribution). */
static int32_t
sent_of(ctx *x, int32_t i)
{
    int32_t s = x->d->tokens.v[i].sent;
    return x->sgrp ? x->sgrp[s] : s;
}

static int32_t
para_of(ctx *x, int32_t i)
{
    return x->d->sentences.v[sent_of(x, i)].para;
}

static int32_t
sent_t0(ctx *x, int32_t i)
{
    return x->d->sentences.v[sent_of(x, i)].tok0;
}

static int32_t
sent_t1(ctx *x, int32_t i)
{
    int32_t g = sent_of(x, i);
    return x->sgend ? x->sgend[g] : x->d->sentences.v[g].tok1;
}

/* first and one-past-last token of token i's paragraph */
static void
para_range(ctx *x, int32_t i, int32_t *t0, int32_t *t1)
{
    const ws_doc *d = x->d;
    if (x->srun0) {
        int32_t s = sent_of(x, i);
        *t0 = d->sentences.v[x->srun0[s]].tok0;
        *t1 = d->sentences.v[x->srun1[s]].tok1;
        return;
    }
    int32_t p = para_of(x, i), s = sent_of(x, i), a = s, b = s;
    while (a > 0 && d->sentences.v[a - 1].para == p)
        a--;
    while (b + 1 < d->sentences.n && d->sentences.v[b + 1].para == p)
        b++;
    *t0 = d->sentences.v[a].tok0;
    *t1 = d->sentences.v[b].tok1;
}

/* English: is token t the possessive clitic on its own ("'s", "’s")? */
static int
en_poss_clitic(const ws_doc *d, int32_t t)
{
    return tok_is(d, t, "'s") || tok_is(d, t, "\xe2\x80\x99s");
}

/* tok_starting_at's slot of character c */
static inline unsigned
tsa_slot(int32_t c)
{
    return ((uint32_t)c * 0x9E3779B1u) >> (32 - TSA_LOG);
}

/* Keeps t as tok_starting_at's answer for character c (0 <= c <
 * INT32_MAX) */
static inline void
tsa_put(ctx *x, int32_t c, int32_t t)
{
    unsigned h = tsa_slot(c);
    x->tsa[h].c1 = c + 1;
    x->tsa[h].t = t;
}

/* The span of tokens [t0, t1).  Its start is kept as tok_starting_at's
 * answer t0 when no token before t0 starts there (the tokens start in
 * order: t0 is the search's answer): the passes ask the token of a
 * statement's cue, content and speaker starts, which these spans made
 * (29.6k of 48.6k questions per MB of English were searched) */
static ws_span
tok_span(ctx *x, int32_t t0, int32_t t1)
{
    const ws_token *tv = x->d->tokens.v;
    ws_span s = {tv[t0].start, tv[t1 - 1].end};
    if (s.start >= 0 && s.start < INT32_MAX &&
        (t0 == 0 || tv[t0 - 1].start < s.start))
        tsa_put(x, s.start, t0);
    return s;
}

/* ---- quotation marks ---- */

/* Closing mark expected for an opening mark, or 0 when cp cannot open. */
static int32_t
close_for(int32_t cp)
{
    switch (cp) {
    case 0x201E:
        return 0x201C; /* „ “ (also ”) */
    case 0x201A:
        return 0x2018; /* ‚ ‘ (also ’) */
    case 0x201C:
        return 0x201D; /* “ ” */
    case 0x2018:
        return 0x2019; /* ‘ ’ */
    case 0x00AB:
        return 0x00BB; /* « » */
    case 0x00BB:
        return 0x00AB; /* » « */
    case 0x2039:
        return 0x203A; /* ‹ › */
    case 0x203A:
        return 0x2039; /* › ‹ */
    case 0x300C:
        return 0x300D; /* 「 」 */
    case 0x300E:
        return 0x300F; /* 『 』 */
    case '"':
        return '"';
    case 0x201D:
        return 0x201D; /* ”…” */
    case '`':
    case '\'':
        return '\'';
    default:
        return 0;
    }
}

static int
closes(int32_t open, int32_t cp)
{
    int32_t want = close_for(open);
    if (cp == want)
        return 1;
    if (open == 0x201E && cp == 0x201D)
        return 1;
    if (open == 0x201A && cp == 0x2019)
        return 1;
    /* mixed styles in one quote: “..." and "...” */
    if ((open == 0x201C && cp == '"') || (open == '"' && cp == 0x201D))
        return 1;
    return 0;
}

/* quote_cp() of a token flagged as a quotation (out of line) */
static __attribute__((noinline)) int32_t
quote_cp_mark(const ws_doc *d, int32_t i)
{
    int32_t n = ws_tok_blen(d, i);
    const char *p = ws_tok_ptr(d, i);
    if (n == 2 &&
        ((p[0] == '\'' && p[1] == '\'') || (p[0] == '`' && p[1] == '`')))
        return '"';
    int32_t c = tok_cp(d, i);
    if (c == '\'' || c == 0x201B || c == 0x201F)
        return 0;
    /* a token of one quotation mark only */
    size_t k = 0;
    ws_utf8_decode(p, (size_t)n, &k);
    if ((int32_t)k != n)
        return 0;
    return c;
}

/* Quote character of token i (0 when the token is not a quotation mark).
 * '' and `` count as " .  The flag's answer inline: the sweeps ask it of
 * every token. */
static inline int32_t
quote_cp(const ws_doc *d, int32_t i)
{
    if (!(d->tokens.v[i].flags & WS_TOK_QUOTE))
        return 0;
    return quote_cp_mark(d, i);
}

static int space_before(const ws_doc *d, int32_t i, int32_t p0);
static int space_after(const ws_doc *d, int32_t i, int32_t p1);

/* Quote character of token i with the straight single quotes that
 * en_single_quotes found to be quotation marks. */
static int32_t
qmark(const ctx *x, int32_t i)
{
    if (x->sq != NULL && x->sq[i])
        return '\'';
    return quote_cp(x->d, i);
}

static int
space_before(const ws_doc *d, int32_t i, int32_t p0)
{
    if (i <= p0)
        return 1;
    return (d->tokens.v[i - 1].flags & WS_TOK_SPACE) != 0;
}

static int
space_after(const ws_doc *d, int32_t i, int32_t p1)
{
    if (i + 1 >= p1)
        return 1;
    return (d->tokens.v[i].flags & WS_TOK_SPACE) != 0;
}

/* Token i is a straight single quote alone. */
static int
is_sq(const ws_doc *d, int32_t i)
{
    /* (both tests and-ed, no branch: the token's first byte is readable
     * at any length, the text NUL-terminated) */
    return (ws_tok_blen(d, i) == 1) & (ws_tok_ptr(d, i)[0] == '\'');
}

/* The word after an apostrophe that stands for dropped letters in
 * English: "'90s", "rock 'n' roll", "'em", "'til", "'cause", "'tis". */
static int
en_elided(const ws_doc *d, int32_t i)
{
    static const char *const w[] = {"n",    "em",     "til", "cause", "cos",
                                    "cuz",  "bout",   "tis", "twas",  "round",
                                    "nuff", "nother", "s",   "d",     "ll"};
    if (d->tokens.v[i].flags & WS_TOK_NUM)
        return 1;
    const char *p = ws_tok_ptr(d, i);
    int32_t n = ws_tok_blen(d, i);
    for (size_t k = 0; k < sizeof(w) / sizeof(w[0]); k++) {
        size_t m = strlen(w[k]);
        if ((size_t)n != m)
            continue;
        size_t j = 0;
        while (j < m && (p[j] | 0x20) == w[k][j])
            j++;
        if (j == m)
            return 1;
    }
    return 0;
}

/* English quotations in straight single quotes ('We are ready,' she
 * said): a ' opens after a space, a bracket or a dash and before a word,
 * and closes glued to the word or punctuation before it and before a
 * space or punctuation; each paragraph pairs them in order.  An
 * apostrophe is none of these: inside a word (don't), before an elided
 * word or a number (rock 'n' roll, the '90s), or the possessive after a
 * word in -s before the next word (Jones' car).  A mark left without a
 * partner is an apostrophe too. */
static void
en_single_quotes(ctx *x)
{
    const ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    /* (a text without the byte has no such token: memchr's answer 32
     * bytes a step, where the sweep read every token) */
    if (d->text == NULL || memchr(d->text, '\'', d->len) == NULL)
        return;
    int any = 0;
    for (int32_t i = 0; i < x->ntok && !any; i++)
        any = is_sq(d, i);
    if (!any)
        return;
    x->sq = ws_arena_alloc(d->arena, (size_t)x->ntok + 1);
    if (x->sq == NULL)
        return;
    memset(x->sq, 0, (size_t)x->ntok + 1);
    int32_t t = 0;
    while (t < x->ntok) {
        int32_t p0, p1;
        para_range(x, t, &p0, &p1);
        int32_t open = -1;
        for (int32_t i = p0; i < p1; i++) {
            if (!is_sq(d, i))
                continue;
            int sb = space_before(d, i, p0), sa = space_after(d, i, p1);
            int after_word = i + 1 < p1 && ws_tok_is_word(d, i + 1);
            if (!sb && open >= 0 && (sa || !after_word)) {
                /* a closing mark, unless a possessive or 'n' */
                const char *w = ws_tok_ptr(d, i - 1);
                int32_t n = ws_tok_blen(d, i - 1);
                int poss = ws_tok_is_word(d, i - 1) && after_word &&
                           (w[n - 1] | 0x20) == 's';
                int elided =
                    i - 2 >= p0 && is_sq(d, i - 2) && en_elided(d, i - 1);
                if (!poss && !elided && i - 1 > open) {
                    x->sq[open] = 1;
                    x->sq[i] = 1;
                    if (x->lmay != NULL) {
                        x->lmay[open] |= LM_QUOTE;
                        x->lmay[i] |= LM_QUOTE;
                    }
                    open = -1;
                }
                continue;
            }
            if (sa || !after_word || en_elided(d, i + 1))
                continue;
            if (sb || (ws_tok_is_punct(d, i - 1) && !is_sq(d, i - 1) &&
                       !ws_tok_is_final(d, i - 1) && !tok_is(d, i - 1, ",")))
                open = i;
        }
        t = p1;
    }
}

static int
add_quote(ctx *x, int32_t o, int32_t c, const int32_t *s0, const int32_t *s1,
          int nseg)
{
    if (x->nq == x->qcap) {
        int32_t nc = x->qcap ? x->qcap * 2 : 32;
        quote *nq = ws_arena_alloc(x->d->arena, sizeof(quote) * (size_t)nc);
        if (nq == NULL)
            return -WS_ENOMEM;
        if (x->nq)
            memcpy(nq, x->q, sizeof(quote) * (size_t)x->nq);
        x->q = nq;
        x->qcap = nc;
    }
    quote *q = &x->q[x->nq];
    memset(q, 0, sizeof(*q));
    q->o = o;
    q->c = c;
    q->nseg = 0;
    for (int k = 0; k < nseg; k++) {
        if (s1[k] > s0[k] && q->nseg < WS_MAX_SEGMENTS) {
            q->seg0[q->nseg] = s0[k];
            q->seg1[q->nseg] = s1[k];
            q->nseg++;
        }
    }
    if (q->nseg == 0)
        return 0;
    for (int k = 0; k < q->nseg; k++)
        for (int32_t t = q->seg0[k]; t < q->seg1[k]; t++)
            q->nwords += ws_tok_is_word(x->d, t);
    for (int32_t t = o; t <= c && t < x->ntok; t++)
        x->qid[t] = x->nq;
    x->nq++;
    return 0;
}

/* English: a paragraph that is only a short quotation in single marks,
 * its words in title case, is a subheading ('Nobody Saw It Coming.'),
 * not a statement: headlines and subheads put quotations in single
 * marks. */
static int
en_subhead(const ctx *x, int32_t o, int32_t c, int32_t p0, int32_t p1)
{
    const ws_doc *d = x->d;
    int32_t oc = qmark(x, o);
    if ((oc != '\'' && oc != 0x2018) || o != p0 || !lang_is(x, "en"))
        return 0;
    int32_t e = c + 1;
    while (e < p1 && ws_tok_is_punct(d, e))
        e++;
    if (e != p1)
        return 0;
    int words = 0, caps = 0;
    for (int32_t t = o + 1; t < c; t++) {
        if (!ws_tok_is_word(d, t))
            continue;
        words++;
        caps += is_cap(d, t);
    }
    return words >= 2 && words <= 10 && 2 * caps > words;
}

/* English: a quoted nickname inside a person's name (Anna "Annie" Lowe):
 * one capitalised word in marks glued to it, between two capitalised
 * words, is part of the name, not a quotation. */
static int
en_nickname(const ctx *x, int32_t o, int32_t c, int32_t p0, int32_t p1)
{
    const ws_doc *d = x->d;
    if (!lang_is(x, "en") || c != o + 2 || o - 1 <= p0 || c + 1 >= p1)
        return 0;
    return ws_tok_is_word(d, o - 1) && is_cap(d, o - 1) &&
           ws_tok_is_word(d, o + 1) && is_cap(d, o + 1) &&
           ws_tok_is_word(d, c + 1) && is_cap(d, c + 1) &&
           space_before(d, o, p0) && !space_after(d, o, p1) &&
           !space_before(d, c, p0) && space_after(d, c, p1);
}

/* English: is token i a mark of a quoted nickname (en_nickname)? */
static int
en_nick_mark(const ctx *x, int32_t i)
{
    if (x->qid[i] >= 0 || quote_cp(x->d, i) == 0)
        return 0;
    int32_t p0 = 0, p1 = x->ntok;
    return (i + 2 < p1 && quote_cp(x->d, i + 2) != 0 &&
            en_nickname(x, i, i + 2, p0, p1)) ||
           (i - 2 >= p0 && quote_cp(x->d, i - 2) != 0 &&
            en_nickname(x, i - 2, i, p0, p1));
}

/* Pairs quotation marks paragraph by paragraph.  An outermost quote left
 * open at the end of a paragraph continues only when the next paragraph
 * opens with the same mark; otherwise the opening mark was stray. */
/* English: an ellipsis at token i (before p1): "…" or "..." ("” … what
 * we heard": a quotation of a passage that opens inside a sentence) */
static int
en_ellipsis_at(const ctx *x, int32_t i, int32_t p1)
{
    if (!lang_is(x, "en") || i >= p1)
        return 0;
    return tok_is(x->d, i, "\xe2\x80\xa6") || tok_is(x->d, i, "...");
}

static int
find_quotes(ctx *x)
{
    const ws_doc *d = x->d;
    en_single_quotes(x);
    int32_t t = 0;
    /* pending outermost quote carried over paragraphs */
    int carry = 0;
    int32_t c_open = 0, c_o = -1;
    int32_t s0[WS_MAX_SEGMENTS], s1[WS_MAX_SEGMENTS];
    int nseg = 0;
    int32_t nxq = -1; /* the first token that may be a mark at or after
                       * the one its sweep started from (x->lmay) */
    while (t < x->ntok) {
        if (ws_doc_deadline())
            break;
        int32_t p0, p1;
        para_range(x, t, &p0, &p1);
        int32_t stack_cp[8], stack_t[8];
        int depth = 0;
        int32_t i = p0;
        if (carry) {
            int32_t qc = qmark(x, p0);
            if (qc == c_open && nseg < WS_MAX_SEGMENTS) {
                stack_cp[0] = c_open;
                stack_t[0] = c_o;
                depth = 1;
                s0[nseg] = p0 + 1;
                i = p0 + 1;
            } else {
                carry = 0;
                nseg = 0;
            }
        }
        for (; i < p1; i++) {
            /* (on to the next token that may be a mark, which may lie
             * paragraphs ahead: per MB of English est2 -3.7M here, +0.8M
             * in scan_words, where a test of every token's flags was) */
            if (x->lmay != NULL) {
                if (nxq < i)
                    nxq = next_lmay(x, i, LM_QUOTE);
                if ((i = nxq) >= p1)
                    break;
            }
            int32_t qc = qmark(x, i);
            if (qc == 0)
                continue;
            /* English: ’ after a word in -s and before the next word is
             * the possessive (‘The Joneses’ house burned,’ she said) */
            if (qc == 0x2019 && i > p0 && i + 1 < p1 &&
                ws_tok_is_word(d, i - 1) && ws_tok_is_word(d, i + 1) &&
                !space_before(d, i, p0) && space_after(d, i, p1) &&
                (ws_tok_ptr(d, i)[-1] | 0x20) == 's' && lang_is(x, "en"))
                continue;
            /* close an open quote at any depth (innermost first) */
            int closed = 0;
            for (int k = depth - 1; k >= 0; k--) {
                if (!closes(stack_cp[k], qc))
                    continue;
                int sym = close_for(stack_cp[k]) == stack_cp[k];
                /* a symmetric mark closes only at a word end */
                if (sym && !space_after(d, i, p1) && space_before(d, i, p0) &&
                    !ws_tok_is_punct(d, i + 1))
                    break;
                if (k == 0) {
                    if (carry && stack_t[0] == c_o && nseg > 0) {
                        s1[nseg] = i;
                        nseg++;
                    } else {
                        s0[0] = stack_t[0] + 1;
                        s1[0] = i;
                        nseg = 1;
                    }
                    if (!en_subhead(x, stack_t[0], i, p0, p1) &&
                        !en_nickname(x, stack_t[0], i, p0, p1) &&
                        add_quote(x, stack_t[0], i, s0, s1, nseg) < 0)
                        return -WS_ENOMEM;
                    carry = 0;
                    nseg = 0;
                }
                depth = k;
                closed = 1;
                break;
            }
            if (closed)
                continue;
            if (close_for(qc) == 0 || depth >= 8)
                continue;
            /* U+201D opens only at a paragraph's start, glued to a word
             * (the ”...” style, or a typo for “); a symmetric mark opens
             * before a word */
            if (qc == 0x201D && depth == 0 &&
                !(i == p0 && !space_after(d, i, p1) &&
                  ws_tok_is_word(d, i + 1)) &&
                !(i == p0 && en_ellipsis_at(x, i + 1, p1)))
                continue;
            if (close_for(qc) == qc && !space_before(d, i, p0) &&
                !ws_tok_is_punct(d, i - 1))
                continue;
            stack_cp[depth] = qc;
            stack_t[depth] = i;
            depth++;
        }
        if (depth > 0 && p1 < x->ntok && nseg + 1 < WS_MAX_SEGMENTS) {
            /* outermost left open: continue when the next paragraph
             * reopens with the same mark */
            int32_t n0 = p1;
            if (qmark(x, n0) == stack_cp[0]) {
                if (!carry || stack_t[0] != c_o) {
                    nseg = 0;
                    s0[0] = stack_t[0] + 1;
                }
                s1[nseg] = p1;
                /* drop trailing spaces: token end is the paragraph end */
                nseg++;
                carry = 1;
                c_open = stack_cp[0];
                c_o = stack_t[0];
            } else {
                carry = 0;
                nseg = 0;
            }
        } else {
            carry = 0;
            nseg = 0;
        }
        t = p1;
    }
    return 0;
}

/* ---- entities ---- */

static void
index_entities(ctx *x)
{
    ws_doc *d = x->d;
    /* (the count and the array in locals: the stores through them alias
     * nothing the loop reads, so it runs vectorised) */
    int32_t *ent = x->ent;
    for (int32_t i = 0, nt = x->ntok; i < nt; i++)
        ent[i] = -1;
    for (int32_t e = 0; e < d->entities.n; e++) {
        ws_entity *en = &d->entities.v[e];
        int32_t a = en->tok0, b = en->tok1;
        if (a < 0 || b <= a || b > x->ntok) {
            /* find the tokens by offsets */
            int32_t lo = 0, hi = x->ntok;
            while (lo < hi) {
                int32_t mid = (lo + hi) / 2;
                if (d->tokens.v[mid].end <= en->start)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            a = lo;
            b = a;
            while (b < x->ntok && d->tokens.v[b].start < en->end)
                b++;
            en->tok0 = a;
            en->tok1 = b;
        }
        for (int32_t t = a; t < b; t++) {
            int32_t old = x->ent[t];
            /* keep the longest (an enclosing entity wins) */
            if (old < 0 || (d->entities.v[old].end - d->entities.v[old].start) <
                               (en->end - en->start))
                x->ent[t] = e;
        }
    }
}

static int
is_person(const ws_doc *d, int32_t e)
{
    return e >= 0 && d->entities.v[e].type == WS_PERSON;
}

static int
is_orgish(const ws_doc *d, int32_t e)
{
    if (e < 0)
        return 0;
    int t = d->entities.v[e].type;
    return t == WS_ORG || t == WS_GOV || t == WS_MEDIA;
}

/* Gender class of a mask for eprev: which of G_M, G_F it allows. */
static int
gclass(unsigned g)
{
    return ((g & G_M) ? 1 : 0) | ((g & G_F) ? 2 : 0);
}

typedef struct {
    int32_t cluster, e;
} cmember;

static int
cmp_member(const void *a, const void *b)
{
    const cmember *p = a, *q = b;
    if (p->cluster != q->cluster)
        return p->cluster < q->cluster ? -1 : 1;
    return p->e < q->e ? -1 : p->e > q->e;
}

/* The indexes of ctx that bound the searches (see ctx).  Each one left
 * NULL (out of memory) leaves its search as the plain scan. */
static void
build_indexes(ctx *x)
{
    ws_doc *d = x->d;
    ws_arena *ar = d->arena;
    int32_t ns = d->sentences.n, np = d->paragraphs.n, ne = d->entities.n;
    x->srun0 = ws_arena_alloc(ar, (size_t)(ns + 1) * sizeof(int32_t));
    x->srun1 = ws_arena_alloc(ar, (size_t)(ns + 1) * sizeof(int32_t));
    if (x->srun0 && x->srun1) {
        for (int32_t s = 0; s < ns; s++)
            x->srun0[s] =
                s > 0 && d->sentences.v[s - 1].para == d->sentences.v[s].para
                    ? x->srun0[s - 1]
                    : s;
        for (int32_t s = ns - 1; s >= 0; s--)
            x->srun1[s] = s + 1 < ns && d->sentences.v[s + 1].para ==
                                            d->sentences.v[s].para
                              ? x->srun1[s + 1]
                              : s;
    } else {
        x->srun0 = x->srun1 = NULL;
    }
    x->pfirst = ws_arena_alloc(ar, (size_t)(np + 1) * sizeof(int32_t));
    if (x->pfirst) {
        for (int32_t p = 0; p < np; p++)
            x->pfirst[p] = -1;
        for (int32_t s = 0; s < ns; s++) {
            int32_t p = d->sentences.v[s].para;
            if (p >= 0 && p < np && x->pfirst[p] < 0)
                x->pfirst[p] = s;
        }
    }
    x->ent_sorted = 1;
    for (int32_t e = 1; e < ne; e++)
        if (d->entities.v[e].start < d->entities.v[e - 1].start)
            x->ent_sorted = 0;
    /* the five in one pass over the entities, an entity's five answers
     * (a person of gender class 0 to 3, is_orgish) the bits of a mask,
     * where five passes branched on each entity's type five times
     * (build_indexes' est2 per MB of English 4.4M -> 2.9M, mispredicts
     * 93k -> 51k) */
    int ev_ok = 1;
    for (int c = 0; c < 5; c++) {
        x->eprev[c] = ws_arena_alloc(ar, (size_t)(ne + 1) * sizeof(int32_t));
        ev_ok &= x->eprev[c] != NULL;
    }
    if (!ev_ok)
        for (int c = 0; c < 5; c++)
            x->eprev[c] = NULL;
    int32_t last[5] = {-1, -1, -1, -1, -1};
    for (int32_t e = 0; ev_ok && e < ne; e++) {
        const ws_entity *en = &d->entities.v[e];
        unsigned fit = 0;
        if (en->type == WS_PERSON) {
            /* a person fits a gender class (gclass) unless a man's lacks
             * G_M's bit or a woman's G_F's: a man 1 and 3, a woman 2 and
             * 3 */
            char g = en->gender ? en->gender[0] : '\0';
            fit = g == 'm' ? 0xAu : g == 'f' ? 0xCu : 0xFu;
        }
        fit |= (unsigned)is_orgish(d, e) << 4;
        for (int c = 0; c < 5; c++) {
            last[c] = (fit >> c & 1) ? e : last[c];
            x->eprev[c][e] = last[c];
        }
    }
    x->chead = ws_arena_alloc_raw(ar, (size_t)(ne + 1) * sizeof(int32_t));
    x->cnext = ws_arena_alloc_raw(ar, (size_t)(ne + 1) * sizeof(int32_t));
    if (x->chead == NULL || x->cnext == NULL) {
        x->chead = x->cnext = NULL;
        return;
    }
    x->chead[ne] = x->cnext[ne] = 0;
    /* cluster ids up to a few times the entities (the resolver numbers
     * them from 0): two passes over the entities with the cluster's last
     * member seen, no sort */
    int32_t maxc = -1;
    for (int32_t e = 0; e < ne; e++) {
        int32_t c = d->entities.v[e].cluster;
        if (c < 0 || c > 4 * ne + 64) {
            maxc = -2;
            break;
        }
        if (c > maxc)
            maxc = c;
    }
    int32_t *seen =
        maxc >= 0 ? ws_arena_alloc_raw(ar, (size_t)(maxc + 1) * sizeof(int32_t))
                  : NULL;
    if (seen != NULL) {
        for (int32_t c = 0; c <= maxc; c++)
            seen[c] = -1;
        /* backwards: the next member of each one's cluster */
        for (int32_t e = ne - 1; e >= 0; e--) {
            int32_t c = d->entities.v[e].cluster;
            x->cnext[e] = seen[c];
            seen[c] = e;
        }
        /* (seen holds each cluster's first member now) */
        for (int32_t e = 0; e < ne; e++)
            x->chead[e] = seen[d->entities.v[e].cluster];
        return;
    }
    cmember *m = ws_arena_alloc(ar, (size_t)(ne + 1) * sizeof(cmember));
    if (m == NULL) {
        x->chead = x->cnext = NULL;
        return;
    }
    for (int32_t e = 0; e < ne; e++) {
        m[e].cluster = d->entities.v[e].cluster;
        m[e].e = e;
    }
    if (ne > 1)
        qsort(m, (size_t)ne, sizeof *m, cmp_member);
    for (int32_t k = 0; k < ne; k++) {
        int first = k == 0 || m[k - 1].cluster != m[k].cluster;
        x->chead[m[k].e] = first ? m[k].e : x->chead[m[k - 1].e];
        x->cnext[m[k].e] =
            k + 1 < ne && m[k + 1].cluster == m[k].cluster ? m[k + 1].e : -1;
    }
}

/* ---- noun phrases ---- */

/* English: the pronouns lexicon's entry of a folded word f (n bytes)
 * that is a pronoun with a contracted auxiliary glued on ("who's",
 * "she’s", "they've", "he'd", "we'll"), or NULL; *cut (when not NULL)
 * is set to the auxiliary's length in code points, apostrophe included. */
static const char *
en_pron_contracted(const ws_lex *pron, const char *f, size_t n, size_t *cut)
{
    static const char *const aux[] = {"'s", "'ve", "'d", "'ll", "'re"};
    /* most words have no apostrophe in their last six bytes: no call
     * for them (this runs for every word pron_gender is asked about).  A
     * word of 4 bytes or more is told so by two loads of four that cover
     * those bytes, without a branch per byte ("'" and the last byte of
     * U+2019 sought as a zero byte of the words xor them) */
    size_t lo = n > 6 ? n - 6 : 0, q = lo;
    if (n >= 4) {
        const uint64_t ones = 0x0101010101010101ull, high = ones << 7;
        uint32_t w0, w1;
        memcpy(&w0, f + lo, 4);
        memcpy(&w1, f + n - 4, 4);
        uint64_t w = w0 | (uint64_t)w1 << 32;
        uint64_t a = w ^ (ones * '\''), b = w ^ (ones * 0x99);
        if (((((a - ones) & ~a) | ((b - ones) & ~b)) & high) == 0)
            return NULL;
    }
    while (q < n && f[q] != '\'' && (unsigned char)f[q] != 0x99)
        q++;
    if (q == n)
        return NULL;
    for (size_t k = 0; k < sizeof aux / sizeof *aux; k++) {
        size_t al = strlen(aux[k]);
        if (cut)
            *cut = al;
        /* the apostrophe as "'" or as U+2019 (3 bytes) */
        if (n > al && memcmp(f + n - al, aux[k], al) == 0)
            return ws_lex_word(pron, f, n - al);
        if (n > al + 2 && memcmp(f + n - al - 2, "\xe2\x80\x99", 3) == 0 &&
            memcmp(f + n - al + 1, aux[k] + 1, al - 1) == 0)
            return ws_lex_word(pron, f, n - al - 2);
    }
    return NULL;
}

static unsigned pron_gender_look(ctx *x, int32_t i, int *rel);

/* The gender class of a subject pronoun at i (G_*; G_ANY for a relative
 * one, *rel set), 0 when it is none; kept per token (the rules ask about
 * the same words many times). */
static unsigned
pron_gender(ctx *x, int32_t i, int *rel)
{
    if (x->pgm == NULL || i < 0 || i >= x->ntok)
        return pron_gender_look(x, i, rel);
    uint8_t m = x->pgm[i];
    if (m == 0) {
        unsigned g = pron_gender_look(x, i, rel);
        m = (uint8_t)(1 + g + (*rel ? 16 : 0));
        x->pgm[i] = m;
    }
    *rel = (m - 1) >> 4;
    return (unsigned)(m - 1) & 15u;
}

static unsigned
pron_gender_look(ctx *x, int32_t i, int *rel)
{
    const ws_doc *d = x->d;
    *rel = 0;
    if (!ws_tok_is_word(d, i))
        return 0;
    size_t n;
    const char *f = tok_fold(x, i, &n);
    /* French inversion: "-il", "-t-elle" */
    while (n > 0 && (*f == '-' || (n > 2 && f[0] == 't' && f[1] == '-'))) {
        if (*f == '-') {
            f++;
            n--;
        } else {
            f += 2;
            n -= 2;
        }
    }
    const char *v = ws_lex_word(x->L.pron, f, n);
    /* English: a pronoun with its auxiliary glued on ("who's called for",
     * "she's urged", "they've", "he'd") is that pronoun */
    if (v == NULL && lang_is(x, "en"))
        v = en_pron_contracted(x->L.pron, f, n, NULL);
    /* a possessive ("її", "jego", "lui") names no subject */
    if (v == NULL || vhas(x, v, VW_POSS))
        return 0;
    if (vhas(x, v, VW_REL)) {
        *rel = 1;
        return G_ANY;
    }
    unsigned g = 0;
    attrs(x, v, &g);
    return g ? g : G_ANY;
}

/* German: a capitalised word that is no noun or name ("Wie", "Im",
 * "Gleichzeitig"): its lowercase form is a word of the dictionary. */
static int
de_funcword(ctx *x, int32_t i)
{
    const ws_doc *d = x->d;
    if (!lang_is(x, "de") || !is_cap(d, i))
        return 0;
    /* a one-word "entity" at the sentence start may be the tagger's
     * mistake ("Insgesamt") */
    if (x->ent[i] >= 0 &&
        d->entities.v[x->ent[i]].tok1 - d->entities.v[x->ent[i]].tok0 > 1)
        return 0;
    size_t n;
    const char *f = tok_fold(x, i, &n);
    if (n == 0 || n > 40)
        return 0;
    /* only where capitalisation says nothing: the first word of a
     * sentence or clause; a word glued to the one before ("39-Jährige")
     * is none */
    if (i > 0 && sent_of(x, i) == sent_of(x, i - 1) &&
        (ws_tok_is_word(d, i - 1) ||
         !(d->tokens.v[i - 1].flags & WS_TOK_SPACE)))
        return 0;
    /* "Betroffene forderten ...": an adjective or participle used as a
     * noun */
    return ws_spell(x->w, "de", f, n) == 1 && !ws_de_nominal_adj(x->w, d, i);
}

/* May token i be part of a speaker noun phrase (not at its edge)? */
static int
np_inner(ctx *x, int32_t i)
{
    const ws_doc *d = x->d;
    if (x->qid[i] >= 0 || (i >= x->dl0 && i < x->dl1))
        return 0;
    if (de_funcword(x, i))
        return 0;
    if (x->ent[i] >= 0)
        return 1;
    if (is_cap(d, i))
        return 1;
    if (d->tokens.v[i].flags & WS_TOK_HANDLE)
        return 1;
    if (ws_tok_is_word(d, i) && lexclass(x, x->L.spk, i))
        return 1;
    /* possessive clitic and hyphen inside names */
    size_t n;
    const char *f = tok_fold(x, i, &n);
    if ((n == 2 && f[0] == '\'' && f[1] == 's') ||
        (n == 4 && memcmp(f, "\xe2\x80\x99s", 4) == 0))
        return 1;
    return 0;
}

/* The length of the word before a possessive "'s" or "\xe2\x80\x99s" that
 * ends the folded form f (n bytes); 0 when it ends in none. */
static size_t
poss_stem_len(const char *f, size_t n)
{
    if (n >= 2 && f[n - 1] == 's' && f[n - 2] == '\'')
        return n - 2;
    if (n >= 4 && memcmp(f + n - 4, "\xe2\x80\x99s", 4) == 0)
        return n - 4;
    return 0;
}

static int
pron_gender_simple(ctx *x, int32_t i)
{
    int rel;
    return pron_gender(x, i, &rel) != 0 && !rel;
}

static int is_det(ctx *x, int32_t i);

static int fold_is(ctx *x, int32_t i, const char *const *list, size_t n);

/* English subordinators that open an adverbial clause of time, cause or
 * concession ("when", "because", "although", ...). */
static const char *const en_adv_sub[] = {
    "after", "although", "because", "before", "once",
    "since", "though",   "until",   "when",   "while"};

static int
en_is_adv_sub(ctx *x, int32_t i)
{
    return fold_is(x, i, en_adv_sub, sizeof en_adv_sub / sizeof *en_adv_sub);
}

/* German prepositions that take a noun phrase. */
static const char *const de_prep[] = {"von",
                                      "vom",
                                      "seit",
                                      "mit",
                                      "nach",
                                      "bei",
                                      "beim",
                                      "aus",
                                      "zu",
                                      "zum",
                                      "zur",
                                      "f\xc3\xbcr",
                                      "gegen",
                                      "in",
                                      "im",
                                      "an",
                                      "am",
                                      "auf",
                                      "\xc3\xbc"
                                      "ber",
                                      "unter",
                                      "vor",
                                      "durch",
                                      "wegen",
                                      "trotz",
                                      "ohne",
                                      "um",
                                      "bis",
                                      "laut",
                                      "hinter",
                                      "neben",
                                      "zwischen",
                                      "gegen\xc3\xbc"
                                      "ber"};
#define NDE_PREP (sizeof de_prep / sizeof *de_prep)

/* German: a verb form at i inflected like an adjective ("-e", "-en",
 * "-em", "-er", "-es") between an article and the noun or quotation it
 * modifies, with lowercase words after the article and capitalised ones
 * only right before the verb form ("die seit Wochen erwartete
 * Entscheidung", "einem von der Stadt unterstützten Antrag", "mit einem
 * laut gerufenen „Nein“"): an attributive participle, no finite verb.
 * Not "Die Ministerin der Stadt bestätigte Berichte" (a noun right after
 * the article) nor "Der in der Stadt lebende Mann sagte ..." (a noun
 * before a lowercase word). */
static int
de_attr_participle(ctx *x, int32_t i)
{
    const ws_doc *d = x->d;
    if (!lang_is(x, "de") || i < 2 || i + 1 >= x->ntok || is_cap(d, i) ||
        sent_of(x, i + 1) != sent_of(x, i) ||
        !(is_cap(d, i + 1) || (d->tokens.v[i + 1].flags & WS_TOK_QUOTE)))
        return 0;
    size_t n;
    const char *f = tok_fold(x, i, &n);
    if (n < 4 || !(f[n - 1] == 'e' ||
                   (f[n - 2] == 'e' && strchr("nmrs", f[n - 1]) != NULL)))
        return 0;
    /* a noun right before the verb form is the object of a preposition
     * ("seit Tagen", "von der Stadt"), not the head of the phrase the
     * article opens ("Der englischen Zeitung sagte Karma ...") */
    if (is_cap(d, i - 1)) {
        int32_t k = i - 1;
        while (k > 0 && k > i - 5 && (is_cap(d, k - 1) || is_det(x, k - 1)))
            k--;
        if (k < 1 || !fold_is(x, k - 1, de_prep, NDE_PREP))
            return 0;
    }
    int lower = 0;
    for (int32_t k = i - 1; k >= 0 && k >= i - 8; k--) {
        if (!ws_tok_is_word(d, k) || sent_of(x, k) != sent_of(x, i) ||
            x->qid[k] >= 0 || x->cuelen[k])
            return 0;
        if (is_det(x, k) && k + 1 < i && !is_cap(d, k + 1))
            return !pron_gender_simple(x, k + 1);
        if (is_cap(d, k)) {
            if (lower)
                return 0;
        } else if (!is_det(x, k)) {
            lower = 1;
        }
    }
    return 0;
}

static int fr_ment_adv(ctx *x, int32_t i);

/* English adverb in -ly ("generally", "publicly"), not in the lexicon. */
static int
is_ly_adv(ctx *x, int32_t i)
{
    static const char *const notadv[] = {
        "only",     "family",   "supply",  "apply",  "reply",    "rally",
        "ally",     "belly",    "bully",   "jelly",  "assembly", "anomaly",
        "monopoly", "italy",    "july",    "holy",   "ugly",     "silly",
        "lonely",   "friendly", "elderly", "likely", "unlikely", "daily",
        "weekly",   "monthly",  "yearly"};
    const ws_doc *d = x->d;
    if (fr_ment_adv(x, i))
        return 1;
    if (!lang_is(x, "en") || !ws_tok_is_word(d, i) || is_cap(d, i) ||
        x->ent[i] >= 0)
        return 0;
    const char *p = ws_tok_ptr(d, i);
    int32_t n = ws_tok_blen(d, i);
    if (n < 5 || p[n - 1] != 'y' || p[n - 2] != 'l')
        return 0;
    for (size_t k = 0; k < sizeof notadv / sizeof *notadv; k++)
        if (ws_tok_is(d, i, notadv[k]))
            return 0;
    return 1;
}

/* French adverb in -ment after an auxiliary or another adverb ("a
 * vigoureusement condamné", "a aussi catégoriquement démenti"); nouns in
 * -ment ("gouvernement") do not stand there. */
static int
fr_ment_adv(ctx *x, int32_t i)
{
    const ws_doc *d = x->d;
    if (!lang_is(x, "fr") || i < 1 || !ws_tok_is_word(d, i) || is_cap(d, i) ||
        x->ent[i] >= 0 || x->cuelen[i])
        return 0;
    const char *p = ws_tok_ptr(d, i);
    int32_t n = ws_tok_blen(d, i);
    if (n < 6 || memcmp(p + n - 4, "ment", 4) != 0)
        return 0;
    if (!ws_tok_is_word(d, i - 1) || is_cap(d, i - 1))
        return 0;
    return (lexclass(x, x->L.skip, i - 1) & K_ADV) != 0;
}

/* plain_word's tests of token i's text alone: no pronoun, no function
 * word (a class in L.skip other than a noun class), no negation or hedge,
 * over two bytes */
static int
plain_word_lex(ctx *x, int32_t i)
{
    const ws_doc *d = x->d;
    int rel;
    if (pron_gender(x, i, &rel))
        return 0;
    /* (a channel or claim noun alone, "statement", "video", "claim", is a
     * plain noun) */
    const char *sv = lexw(x, x->L.skip, i);
    unsigned sa = sv ? attrs(x, sv, NULL) : 0;
    if ((sv && !((sa & K_NOUNS) && !(sa & ~K_NOUNS))) || lexw(x, x->L.neg, i) ||
        lexw(x, x->L.hedge, i))
        return 0;
    return ws_tok_blen(d, i) > 2;
}

/* A lowercase content word that is no function word, cue or pronoun.
 * The tests of its text kept per token (x->pwm): the noun phrase rules
 * ask them of the same words around each cue, and the negation and
 * hedge lexicons have no answer kept of their own. */
static int
plain_word(ctx *x, int32_t i)
{
    const ws_doc *d = x->d;
    if (!ws_tok_is_word(d, i) || is_cap(d, i) || x->qid[i] >= 0 ||
        x->cuelen[i] || (i >= x->dl0 && i < x->dl1))
        return 0;
    if (x->pwm == NULL || (uint32_t)i >= (uint32_t)x->ntok)
        return plain_word_lex(x, i);
    uint8_t m = x->pwm[i];
    if (m == 0) {
        m = (uint8_t)(1 + (plain_word_lex(x, i) != 0));
        x->pwm[i] = m;
    }
    return m - 1;
}

/* English: is token i a part of a hyphenated compound ("long", "52",
 * "time" in "long-time", "52-year-old")?  A word or number outside quotes
 * and the dateline. */
static int
en_hyph_part(ctx *x, int32_t i)
{
    const ws_doc *d = x->d;
    return (ws_tok_is_word(d, i) || (d->tokens.v[i].flags & WS_TOK_NUM)) &&
           x->qid[i] < 0 && !(i >= x->dl0 && i < x->dl1);
}

/* English: is token h a hyphen glued to the tokens on both sides? */
static int
en_glued_hyphen(ctx *x, int32_t h)
{
    const ws_doc *d = x->d;
    return h >= 1 && h + 1 < x->ntok && tok_is(d, h, "-") &&
           !(d->tokens.v[h - 1].flags & WS_TOK_SPACE) &&
           !(d->tokens.v[h].flags & WS_TOK_SPACE);
}

/* English: is token h the hyphen inside a compound ("long-time"), which
 * ends no clause? */
static int
en_hyph_joint(ctx *x, int32_t h)
{
    return lang_is(x, "en") && en_glued_hyphen(x, h) &&
           en_hyph_part(x, h - 1) && en_hyph_part(x, h + 1);
}

/* English: a hyphenated compound modifier starting at token k
 * ("long-time", "52-year-old", "well-known") before hi: one past its
 * last part, or k when no compound starts there.  A speaker phrase counts
 * it as one word ("the long-time party activist"). */
static int32_t
en_hyph_end(ctx *x, int32_t k, int32_t hi)
{
    if (!lang_is(x, "en") || k >= hi || !en_hyph_part(x, k))
        return k;
    int32_t e = k + 1;
    while (e + 1 < hi && e - k < 9 && en_glued_hyphen(x, e) &&
           en_hyph_part(x, e + 1))
        e += 2;
    return e > k + 1 ? e : k;
}

/* English: the first token of a hyphenated compound ending at token j
 * (not before lo), or j + 1 when none ends there. */
static int32_t
en_hyph_start(ctx *x, int32_t j, int32_t lo)
{
    if (!lang_is(x, "en") || j < lo || !en_hyph_part(x, j))
        return j + 1;
    int32_t a = j;
    while (a - 2 >= lo && j - a < 8 && en_glued_hyphen(x, a - 1) &&
           en_hyph_part(x, a - 2))
        a -= 2;
    return a < j ? a : j + 1;
}

/* English-style plural noun ("critics", "officials") */
static int
ends_plural(ctx *x, int32_t i)
{
    const char *p = ws_tok_ptr(x->d, i);
    int32_t n = ws_tok_blen(x->d, i);
    /* not "tremendous", "status", "analysis" */
    return lang_is(x, "en") && n > 3 && p[n - 1] == 's' && p[n - 2] != 's' &&
           p[n - 2] != 'u' && p[n - 2] != 'i';
}

/* English: a noun of the speaker list marked plural ("polls doc p",
 * "data doc p") */
static int
en_doc_plural(ctx *x, int32_t i)
{
    unsigned g = 0;
    const char *v = lexw(x, x->L.spk, i);
    return v != NULL && (attrs(x, v, &g) & C_DOC) && (g & G_P);
}

static int
is_det(ctx *x, int32_t i)
{
    return ws_tok_is_word(x->d, i) && (lexclass(x, x->L.skip, i) & K_DET);
}

/* French: the "de" linking a noun to its complement at token k ("du",
 * "des", "d’", "de la", "de l’"): the token after it, or k when none. */
static int32_t
fr_de_link(ctx *x, int32_t k, int32_t hi)
{
    const ws_doc *d = x->d;
    if (!lang_is(x, "fr") || k + 1 >= hi)
        return k;
    if (tok_is(d, k, "du") || tok_is(d, k, "des") ||
        tok_is(d, k, "d\xe2\x80\x99") || tok_is(d, k, "d'"))
        return k + 1;
    if (tok_is(d, k, "de") && k + 2 < hi &&
        (tok_is(d, k + 1, "la") || tok_is(d, k + 1, "l\xe2\x80\x99") ||
         tok_is(d, k + 1, "l'")))
        return k + 2;
    return k;
}

/* French: the complement after a "de" link at token l: a whole entity
 * ("du ministère de l’Europe et des Affaires étrangères"), else a common
 * noun and up to two adjectives ("de la compagnie maritime"); one past
 * its end, or l. */
static int plain_word(ctx *x, int32_t i);
static int32_t
fr_de_tail(ctx *x, int32_t l, int32_t hi)
{
    int32_t l2 = l;
    if (l < hi && x->ent[l] >= 0) {
        while (l2 < hi && x->ent[l2] == x->ent[l])
            l2++;
        return l2;
    }
    while (l2 < hi && l2 < l + 3 && x->ent[l2] < 0 && plain_word(x, l2))
        l2++;
    return l2;
}

/* Does [a, b) hold a role or a speaker noun (lexicon or ROLE entity)? */
static int
has_role_noun(ctx *x, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++)
        if ((x->ent[k] >= 0 && x->d->entities.v[x->ent[k]].type == WS_ROLE) ||
            (ws_tok_is_word(x->d, k) && lexclass(x, x->L.spk, k)))
            return 1;
    return 0;
}

/* Noun phrase ending at token e (inclusive), not before lo.  Returns its
 * first token or -1.  A pronoun is a phrase of its own. */
static int32_t np_left(ctx *x, int32_t e, int32_t lo);
static int slav_fr(ctx *x);

/* Ukrainian, Russian, Polish, French: the role before a subject's
 * complements ("Посол Норвегии в Москве Ингрид Сольберг", "Un
 * porte-parole de l’ONU", "керівник обласної компанії Віктор Ткаченко"):
 * the phrase's first token, or a when no role is found. */
static int32_t
role_left(ctx *x, int32_t a, int32_t lo)
{
    const ws_doc *d = x->d;
    int fr = lang_is(x, "fr");
    for (int32_t k = a - 1; k >= lo && k >= a - 6; k--) {
        int32_t en = x->ent[k];
        if ((en >= 0 && d->entities.v[en].type == WS_ROLE) ||
            (en < 0 && ws_tok_is_word(d, k) && lexclass(x, x->L.spk, k))) {
            int32_t b = np_left(x, k, lo);
            return b >= 0 && b < a ? b : k < a ? k : a;
        }
        if (x->qid[k] >= 0 || x->cuelen[k] ||
            (en >= 0 && d->entities.v[en].type == WS_PERSON))
            return a;
        size_t n = ws_tok_blen(d, k);
        const char *f = ws_tok_ptr(d, k);
        int elided =
            n >= 2 && (f[n - 1] == '\'' ||
                       (n >= 4 && memcmp(f + n - 3, "\xe2\x80\x99", 3) == 0));
        if (!ws_tok_is_word(d, k) && !elided)
            return a;
        if (en < 0 && is_cap(d, k))
            return a;
        if (fr && en < 0 && !elided && n > 3)
            return a;
    }
    return a;
}

static int32_t np_left(ctx *x, int32_t e, int32_t lo);

/* A short quoted name ending at closing mark e: "компанія «Енергоком»",
 * "концерн «Газпром»", "spółka „Orlen”".  Its words are capitalised and
 * it holds an entity or follows a speaker noun; the common noun before it
 * belongs to the phrase.  Returns the phrase's first token, or -1. */
static int32_t
quoted_name_start(ctx *x, int32_t e, int32_t lo)
{
    const ws_doc *d = x->d;
    if (x->qid[e] < 0)
        return -1;
    const quote *q = &x->q[x->qid[e]];
    if (q->c != e || q->nseg != 1 || q->nwords < 1 || q->nwords > 4 ||
        q->o <= lo)
        return -1;
    int ent = 0;
    for (int32_t t = q->seg0[0]; t < q->seg1[0]; t++) {
        if (ws_tok_is_word(d, t) && !is_cap(d, t) && t == q->seg0[0])
            return -1;
        if (x->ent[t] >= 0)
            ent = 1;
    }
    int32_t j = q->o - 1;
    int noun = ws_tok_is_word(d, j) && x->ent[j] < 0 &&
               (lexclass(x, x->L.spk, j) & (S_ORG | C_DOC | S_ROLE));
    if (!ent && !noun)
        return -1;
    if (noun) {
        int32_t b = np_left(x, j, lo);
        return b >= 0 ? b : j;
    }
    return q->o;
}

/* English: a one-word nationality or party adjective ("the Democratic
 * presidential nominee", "several Russian officials"), a modifier inside
 * a common-noun phrase like a lowercase word. */
static int
en_norp_mod(ctx *x, int32_t i)
{
    const ws_doc *d = x->d;
    int32_t e = x->ent[i];
    return e >= 0 && lang_is(x, "en") && d->entities.v[e].type == WS_NORP &&
           x->qid[i] < 0 && (i == 0 || x->ent[i - 1] != e) &&
           (i + 1 >= x->ntok || x->ent[i + 1] != e);
}

static int is_speech_cue(unsigned a);
static int32_t skip_adv_fwd(ctx *x, int32_t i, int32_t hi);

/* English: a cue word in -s right before a verb of speech or an
 * auxiliary is a plural noun heading the subject ("Privacy advocates
 * criticized ...", "Consumer advocates have welcomed ..."). */
static int
en_cue_noun(ctx *x, int32_t e)
{
    static const char *const aux[] = {"have", "had",   "are",  "were",
                                      "will", "would", "could"};
    const ws_doc *d = x->d;
    if (!lang_is(x, "en") || x->cuelen[e] != 1 || !ws_tok_is_word(d, e) ||
        is_cap(d, e) || x->qid[e] >= 0 || e + 1 >= x->ntok ||
        x->qid[e + 1] >= 0)
        return 0;
    const char *w = ws_tok_ptr(d, e);
    int32_t wl = ws_tok_blen(d, e);
    if (wl < 5 || w[wl - 1] != 's' || w[wl - 2] == 's')
        return 0;
    int32_t k = skip_adv_fwd(x, e + 1, sent_t1(x, e));
    if (k >= x->ntok)
        return 0;
    return fold_is(x, k, aux, sizeof aux / sizeof *aux) ||
           (x->cuelen[k] && is_speech_cue(x->cueattr[k]) &&
            !(x->cueattr[k] & (C_PREP | C_POST)));
}

static int en_plural_poss(const ctx *x, int32_t k);

/* English: a small count, in figures or words ("3", "three") */
static int
en_count_word(ctx *x, int32_t i)
{
    static const char *const num[] = {"two", "three",  "four",  "five",
                                      "six", "seven",  "eight", "nine",
                                      "ten", "eleven", "twelve"};
    const ws_doc *d = x->d;
    if ((d->tokens.v[i].flags & WS_TOK_NUM) && ws_tok_blen(d, i) <= 2)
        return 1;
    return ws_tok_is_word(d, i) && fold_is(x, i, num, sizeof num / sizeof *num);
}

static const char *const en_parent[] = {
    "mother",      "father", "parent", "grandmother", "grandfather",
    "grandparent", "mom",    "dad",    "mum"};

static int32_t
np_left(ctx *x, int32_t e, int32_t lo)
{
    const ws_doc *d = x->d;
    if (e < lo || e < 0)
        return -1;
    int rel;
    if (pron_gender(x, e, &rel))
        return e;
    int32_t qa = quoted_name_start(x, e, lo);
    if (qa >= 0)
        return qa;
    /* English: a person described by the children they have ("the
     * 41-year-old father of two", "a mother of four") */
    if (lang_is(x, "en") && e - 2 >= lo && en_count_word(x, e) &&
        tok_is(d, e - 1, "of") && plain_word(x, e - 2) &&
        fold_is(x, e - 2, en_parent, sizeof en_parent / sizeof *en_parent))
        return np_left(x, e - 2, lo);
    if (!np_inner(x, e)) {
        /* a common-noun phrase: "the doctor", "many experts", "critics" */
        if (!plain_word(x, e) && !en_cue_noun(x, e))
            return -1;
        int32_t a = e;
        for (int k = 0; a - 1 >= lo && k < 3; k++) {
            int32_t c = en_hyph_start(x, a - 1, lo);
            if (c < a) {
                a = c;
                continue;
            }
            if (!plain_word(x, a - 1))
                break;
            a--;
        }
        if (a - 1 >= lo && is_det(x, a - 1)) {
            /* French: "la direction du port", "une porte-parole de la
             * préfecture": the role or body the complement belongs to */
            int32_t g = a - 1;
            if (g - 1 >= lo && tok_is(d, g - 1, "de") &&
                fr_de_link(x, g - 1, e + 1) == a)
                g--;
            if (fr_de_link(x, g, e + 1) == a && g - 1 >= lo &&
                plain_word(x, g - 1)) {
                int32_t b = np_left(x, g - 1, lo);
                if (b >= 0 && has_role_noun(x, b, g))
                    return b;
            }
            return a - 1;
        }
        if (a - 1 >= lo && (np_inner(x, a - 1) || en_poss_clitic(d, a - 1))) {
            int32_t b = np_left(x, a - 1, lo);
            return b >= 0 ? b : a;
        }
        /* English: a plural possessive ("the farmers' union"): the
         * apostrophe right after a word in -s */
        if (a - 2 >= lo && lang_is(x, "en") &&
            (tok_is(d, a - 1, "'") || tok_is(d, a - 1, "\xe2\x80\x99")) &&
            !(d->tokens.v[a - 2].flags & WS_TOK_SPACE) &&
            (d->tokens.v[a - 1].flags & WS_TOK_SPACE) &&
            ws_tok_is_word(d, a - 2) && ws_tok_blen(d, a - 2) > 2 &&
            ws_tok_ptr(d, a - 2)[ws_tok_blen(d, a - 2) - 1] == 's') {
            int32_t b = np_left(x, a - 2, lo);
            return b >= 0 ? b : a;
        }
        if (a == lo || is_clause_punct(d, a - 1) ||
            (lexclass(x, x->L.skip, a - 1) & (K_ADV | K_CONJ)))
            return a == e ? (ends_plural(x, e) ? a : -1) : a;
        /* a number opening the phrase: "However, 63 percent said", "12
         * senators wrote" */
        if ((d->tokens.v[a - 1].flags & WS_TOK_NUM) &&
            (a - 1 == lo || is_clause_punct(d, a - 2) ||
             (lexclass(x, x->L.skip, a - 2) & (K_ADV | K_CONJ))))
            return a - 1;
        /* English: an amount between the determiner and the noun ("a $2
         * million fine", "the 40 percent tariff", "a €5 million grant") */
        if (lang_is(x, "en") && (d->tokens.v[a - 1].flags & WS_TOK_NUM)) {
            int32_t b = a - 1;
            if (b - 1 >= lo &&
                (tok_is(d, b - 1, "$") || tok_is(d, b - 1, "\xe2\x82\xac") ||
                 tok_is(d, b - 1, "\xc2\xa3")))
                b--;
            if (b - 1 >= lo && is_det(x, b - 1))
                return b - 1;
        }
        /* "74 percent of likely voters", "some of the experts" */
        if (a - 2 >= lo && tok_is(d, a - 1, "of") &&
            (plain_word(x, a - 2) || (d->tokens.v[a - 2].flags & WS_TOK_NUM) ||
             is_det(x, a - 2))) {
            int32_t b = a - 2;
            while (
                b - 1 >= lo && a - b < 6 &&
                ((d->tokens.v[b - 1].flags & WS_TOK_NUM) || is_det(x, b - 1)))
                b--;
            return b;
        }
        return -1;
    }
    /* a lone capitalised sentence-initial word that is an adverb is not */
    int32_t a = e;
    int n = 0;
    while (a - 1 >= lo && n < 14) {
        int32_t j = a - 1;
        if (np_inner(x, j) && !pron_gender(x, j, &rel)) {
            a = j;
            n++;
            continue;
        }
        /* Anna "Annie" Lowe: the marks of a nickname */
        if (en_nick_mark(x, j)) {
            a = j;
            continue;
        }
        /* English: a plural possessive before a speaker or document noun
         * ("the senators' statement", "the unions' leaders") */
        if (j - 1 >= lo && en_plural_poss(x, j)) {
            a = j - 1;
            n++;
            continue;
        }
        /* "of", "for", "de" between capitalised parts */
        if (j - 1 >= lo && ws_tok_is_word(d, j) && !is_cap(d, j) &&
            ws_tok_blen(d, j) <= 3 &&
            (is_cap(d, j - 1) || x->ent[j - 1] >= 0) &&
            (is_cap(d, a) || x->ent[a] >= 0) && x->ent[a] >= 0 &&
            x->ent[j - 1] == x->ent[a]) {
            a = j;
            continue;
        }
        /* "Smith-Jones", "Der 39-Jährige": a hyphen inside a name or
         * after a number */
        if (tok_is(d, j, "-") && j - 1 >= lo &&
            (np_inner(x, j - 1) || (d->tokens.v[j - 1].flags & WS_TOK_NUM)) &&
            !(d->tokens.v[j - 1].flags & WS_TOK_SPACE)) {
            a = (d->tokens.v[j - 1].flags & WS_TOK_NUM) ? j - 1 : j;
            continue;
        }
        break;
    }
    /* "top black lawmakers", "several cast members": lowercase modifiers
     * before a speaker noun */
    if (a == e && x->ent[e] < 0 && !is_cap(d, e) && lexclass(x, x->L.spk, e)) {
        int k = 0;
        while (a - 1 >= lo && k < 3) {
            int32_t c = en_hyph_start(x, a - 1, lo);
            if (c < a)
                a = c;
            else if ((plain_word(x, a - 1) || en_norp_mod(x, a - 1)) &&
                     !is_ly_adv(x, a - 1))
                a--;
            else
                break;
            k++;
        }
    }
    if (a - 1 >= lo && !is_det(x, a - 1)) {
        /* "Die oppositionelle Partei", "the former Soviet republic", "the
         * 52-year-old former mayor" */
        int32_t k = a;
        for (int w = 0; k - 1 >= lo && w < 3; w++) {
            int32_t c = en_hyph_start(x, k - 1, lo);
            if (c < k)
                k = c;
            else if ((plain_word(x, k - 1) || en_norp_mod(x, k - 1)) &&
                     !is_ly_adv(x, k - 1))
                k--;
            else
                break;
        }
        if (k < a && k - 1 >= lo && is_det(x, k - 1))
            a = k;
    }
    if (a - 1 >= lo && is_det(x, a - 1))
        a--;
    /* German genitive attribute: "ein Sprecher der Feuerwehr" */
    if (a - 1 >= lo && a < e && ws_de_genitive(x->w, d, a) &&
        !x->cuelen[a - 1] && x->qid[a - 1] < 0) {
        int32_t b = np_left(x, a - 1, lo);
        if (b >= 0)
            a = b;
    }
    if (slav_fr(x))
        a = role_left(x, a, lo);
    /* drop a leading sentence adverb ("Earlier", "Gestern") */
    while (a < e && (lexclass(x, x->L.skip, a) & (K_ADV | K_TIME)) &&
           x->ent[a] < 0)
        a++;
    if (a == e && (lexclass(x, x->L.skip, e) & (K_ADV | K_TIME)) &&
        x->ent[e] < 0)
        return -1;
    return a;
}

/* Noun phrase starting at token b, before hi.  Returns one past its last
 * token, or b when there is none. */
/* The phrase [start, e) holds a role noun and a person's name starts
 * within five words after e, with only lowercase words and places or
 * organisations between: returns the name's first token, else e. */
static int32_t
role_name_gap(ctx *x, int32_t start, int32_t e, int32_t hi)
{
    const ws_doc *d = x->d;
    int role = 0;
    for (int32_t k = start; k < e && !role; k++)
        role = (x->ent[k] >= 0 && d->entities.v[x->ent[k]].type == WS_ROLE) ||
               (ws_tok_is_word(d, k) && lexclass(x, x->L.spk, k));
    if (!role)
        return e;
    for (int32_t k = e; k < hi && k < e + 5; k++) {
        int32_t en = x->ent[k];
        if (en >= 0 && d->entities.v[en].type == WS_PERSON)
            return k;
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 || x->cuelen[k] ||
            (en < 0 && is_cap(d, k)) ||
            (en >= 0 && d->entities.v[en].type == WS_ROLE))
            return e;
    }
    return e;
}

/* The end of a role's noun phrase [start,e) after a cue, taking the name in
 * apposition after its comma: "said the group's president, Karen Osei",
 * "a déclaré le ministre, Karim Bennani, lors de ...".  The name must end
 * the clause or stand between commas; a phrase that already holds a person
 * keeps its end. */
static int32_t
appos_name(ctx *x, int32_t start, int32_t e, int32_t hi)
{
    const ws_doc *d = x->d;
    if (e + 1 >= hi || !tok_is(d, e, ","))
        return e;
    int role = 0;
    for (int32_t k = start; k < e; k++) {
        int32_t en = x->ent[k];
        if (en >= 0 && d->entities.v[en].type == WS_PERSON)
            return e;
        role |= (en >= 0 && d->entities.v[en].type == WS_ROLE) ||
                (ws_tok_is_word(d, k) && lexclass(x, x->L.spk, k));
    }
    int32_t en = x->ent[e + 1];
    if (!role || en < 0 || d->entities.v[en].type != WS_PERSON)
        return e;
    int32_t k = e + 1;
    while (k < hi && x->ent[k] == en)
        k++;
    if (k < hi && !tok_is(d, k, ",") && !ws_tok_is_final(d, k))
        return e;
    return k;
}

/* English: token k is the apostrophe of a plural possessive, glued to
 * a word in -s before the next word ("the nurses' union"). */
static int
en_plural_poss(const ctx *x, int32_t k)
{
    const ws_doc *d = x->d;
    if (k < 1 || k + 1 >= x->ntok || !lang_is(x, "en"))
        return 0;
    int32_t c = tok_cp(d, k);
    if (ws_tok_blen(d, k) > 3 || (c != '\'' && c != 0x2019) ||
        (x->sq != NULL && x->sq[k]) || x->qid[k] >= 0)
        return 0;
    return !(d->tokens.v[k - 1].flags & WS_TOK_SPACE) &&
           (d->tokens.v[k].flags & WS_TOK_SPACE) && ws_tok_is_word(d, k - 1) &&
           ws_tok_is_word(d, k + 1) && (ws_tok_ptr(d, k)[-1] | 0x20) == 's';
}

static int32_t
np_right(ctx *x, int32_t b, int32_t hi)
{
    const ws_doc *d = x->d;
    if (b >= hi)
        return b;
    int rel;
    /* a pronoun, unless it is a determiner before its noun ("diese
     * Firma") */
    if (pron_gender(x, b, &rel) && !rel &&
        !(is_det(x, b) && b + 1 < hi && ws_tok_is_word(d, b + 1) &&
          !pron_gender(x, b + 1, &rel) && !lexclass(x, x->L.skip, b + 1)))
        return b + 1;
    /* "prof. Anna Nowicka", "gen. Jan Kos", "проф. Иванов": an
     * abbreviated title glued to its full stop before a person */
    if (b + 2 < hi && ws_tok_is_word(d, b) && !is_cap(d, b) &&
        ws_tok_blen(d, b) <= 6 && !(d->tokens.v[b].flags & WS_TOK_SPACE) &&
        tok_is(d, b + 1, ".") && x->ent[b + 2] >= 0 &&
        is_person(d, x->ent[b + 2])) {
        int32_t e2 = np_right(x, b + 2, hi);
        if (e2 > b + 2)
            return e2;
    }
    int32_t e = b;
    if (is_det(x, e)) {
        e++;
        /* "der 17-Jährige": a number glued to the noun by a hyphen */
        if (e + 2 < hi && (d->tokens.v[e].flags & WS_TOK_NUM) &&
            !(d->tokens.v[e].flags & WS_TOK_SPACE) && tok_is(d, e + 1, "-") &&
            !(d->tokens.v[e + 1].flags & WS_TOK_SPACE) &&
            ws_tok_is_word(d, e + 2))
            e += 2;
        /* adjectives before the noun: "der zuständige Vorstand", "the
         * former prime minister"; a hyphenated compound counts as one
         * ("the long-time party activist") */
        int32_t k = e;
        for (int n = 0; k < hi && n < 3; n++) {
            int32_t c = en_hyph_end(x, k, hi);
            if (c > k) {
                k = c;
                continue;
            }
            if (!plain_word(x, k) || is_ly_adv(x, k))
                break;
            k++;
        }
        /* English plural possessive: "the nurses' union" */
        if (k > e && k + 1 < hi && en_plural_poss(x, k) &&
            plain_word(x, k + 1)) {
            k++;
            int32_t k0 = k;
            while (k < hi && k < k0 + 2 && plain_word(x, k) && !is_ly_adv(x, k))
                k++;
        }
        if (k > e && k < hi && np_inner(x, k))
            e = k;
        else if (k > e && (k >= hi || !np_inner(x, k))) {
            /* a common-noun phrase: "the poll", "the campaign"; in
             * French with a role's complement ("une porte-parole de la
             * préfecture") */
            for (int n = 0; n < 2 && has_role_noun(x, e, k); n++) {
                int32_t l = fr_de_link(x, k, hi), l2 = fr_de_tail(x, l, hi);
                if (l == k || l2 == l)
                    break;
                k = l2;
            }
            /* English: "the 41-year-old father of two" */
            if (lang_is(x, "en") && k + 1 < hi && tok_is(d, k, "of") &&
                en_count_word(x, k + 1) &&
                fold_is(x, k - 1, en_parent,
                        sizeof en_parent / sizeof *en_parent))
                k += 2;
            return appos_name(x, e, k, hi);
        }
    } else if (lang_is(x, "en")) {
        /* a number among the modifiers before a name: "9/11 widow Jane
         * Doe", "55-year-old teacher Mary Jones" */
        int32_t k = e;
        int num = 0;
        while (k < hi && k < e + 6 &&
               ((d->tokens.v[k].flags & WS_TOK_NUM) ||
                ((tok_is(d, k, "-") || tok_is(d, k, "/")) &&
                 !(d->tokens.v[k].flags & WS_TOK_SPACE)) ||
                (plain_word(x, k) && !is_ly_adv(x, k)))) {
            num |= (d->tokens.v[k].flags & WS_TOK_NUM) != 0;
            k++;
        }
        if (num && k > e && k < hi && np_inner(x, k))
            e = k;
    }
    int32_t start = e;
    while (e < hi && e - b < 14) {
        if (np_inner(x, e) && !(e > start && pron_gender(x, e, &rel))) {
            e++;
            continue;
        }
        if (e > start && en_nick_mark(x, e)) {
            e++;
            continue;
        }
        /* "of", "von", "de" inside an entity or before a capital */
        if (e > start && e + 1 < hi && ws_tok_is_word(d, e) && !is_cap(d, e) &&
            ws_tok_blen(d, e) <= 3 && x->ent[e + 1] >= 0 &&
            x->ent[e + 1] == x->ent[e - 1]) {
            e++;
            continue;
        }
        /* German compound split at its hyphen: "UN-Vertreter" */
        if (e > start && e + 1 < hi && lang_is(x, "de") && tok_is(d, e, "-") &&
            !(d->tokens.v[e - 1].flags & WS_TOK_SPACE) &&
            !(d->tokens.v[e].flags & WS_TOK_SPACE) && np_inner(x, e + 1)) {
            e += 2;
            continue;
        }
        /* German genitive: "die Gewerkschaft der Polizei" */
        if (e > start && e + 1 < hi && lang_is(x, "de") &&
            (tok_is(d, e, "der") || tok_is(d, e, "des")) && is_cap(d, e + 1) &&
            !de_funcword(x, e + 1)) {
            e += 2;
            continue;
        }
        /* Ukrainian, Russian, Polish, French: a role with its lowercase
         * complements before the name ("керівник обласної енергетичної
         * компанії Віктор Ткаченко", "Посол Норвегии в Москве Ингрид
         * Сольберг") */
        if (e > start && slav_fr(x)) {
            int32_t k = role_name_gap(x, start, e, hi);
            if (k > e) {
                e = k;
                continue;
            }
        }
        /* French: a role's or a body's complement with "de" ("une
         * porte-parole de la préfecture", "la direction du port"): the
         * common noun after it and its adjectives */
        if (e > start && lang_is(x, "fr") && has_role_noun(x, start, e)) {
            int32_t k = fr_de_link(x, e, hi), k2 = fr_de_tail(x, k, hi);
            if (k > e && k2 > k) {
                e = k2;
                continue;
            }
        }
        if (e > start && is_det(x, e) && e + 1 < hi && x->ent[e + 1] >= 0 &&
            x->ent[e - 1] < 0 && lexclass(x, x->L.spk, e - 1)) {
            /* "spokesman of the ministry": stop, keep simple */
            break;
        }
        break;
    }
    if (e == start)
        return b;
    return appos_name(x, start, e, hi);
}

/* ---- speakers ---- */

static const char *
ent_name(const ws_doc *d, int32_t e)
{
    const ws_entity *en = &d->entities.v[e];
    return en->name ? en->name : en->text;
}

/* Role and organisation of a PERSON (or ROLE) mention: its own links, the
 * entities just before it ("NATO Secretary General Jens Stoltenberg"),
 * then the other mentions of its cluster. */
/* Role and organisation from mention k (see person_links); 1 when both
 * are known. */
static int
links_of(ctx *x, int32_t k, int32_t *role, int32_t *org)
{
    const ws_doc *d = x->d;
    const ws_entity *en = &d->entities.v[k];
    if (*role < 0 && en->role >= 0 && en->role < d->entities.n)
        *role = en->role;
    if (*org < 0 && en->org >= 0 && en->org < d->entities.n)
        *org = en->org;
    if (*role < 0 && *org < 0 && en->type == WS_ROLE)
        *role = k;
    /* adjacent entities to the left */
    int32_t t = en->tok0 - 1;
    int hops = 0;
    while (t >= 0 && hops < 3 && x->ent[t] >= 0 && x->ent[t] != k) {
        int32_t j = x->ent[t];
        const ws_entity *ej = &d->entities.v[j];
        if (ej->type == WS_ROLE && *role < 0)
            *role = j;
        else if ((ej->type == WS_ORG || ej->type == WS_GOV ||
                  ej->type == WS_MEDIA) &&
                 *org < 0)
            *org = j;
        else if (ej->type != WS_NORP && ej->type != WS_ROLE &&
                 ej->type != WS_ORG && ej->type != WS_GOV &&
                 ej->type != WS_MEDIA)
            break;
        t = ej->tok0 - 1;
        hops++;
    }
    if (*role >= 0 && d->entities.v[*role].org >= 0 && *org < 0)
        *org = d->entities.v[*role].org;
    return *role >= 0 && *org >= 0;
}

/* Role and organisation of a PERSON (or ROLE) mention: its own links, the
 * entities just before it ("NATO Secretary General Jens Stoltenberg"),
 * then the other mentions of its cluster (the first CLUSTER_WIN). */
static void
person_links(ctx *x, int32_t e, int32_t *role, int32_t *org)
{
    const ws_doc *d = x->d;
    *role = -1;
    *org = -1;
    if (links_of(x, e, role, org))
        return;
    const ws_entity *ee = &d->entities.v[e];
    if (x->chead) {
        int n = 0;
        for (int32_t k = x->chead[e]; k >= 0 && n < CLUSTER_WIN;
             k = x->cnext[k], n++) {
            if (k == e || d->entities.v[k].type != ee->type)
                continue;
            if (links_of(x, k, role, org))
                return;
        }
        return;
    }
    for (int32_t k = 0; k < d->entities.n; k++) {
        if (k == e || d->entities.v[k].cluster != ee->cluster ||
            d->entities.v[k].type != ee->type)
            continue;
        if (links_of(x, k, role, org))
            return;
    }
}

/* Last ORG/GOV/MEDIA entity before token `before` one of whose words
 * starts like the folded word f (the head of "the ministry"). */
static int32_t
resolve_head(ctx *x, const char *f, size_t n, int32_t before)
{
    const ws_doc *d = x->d;
    size_t pre = n < 5 ? n : 5;
    if (pre < 3)
        return -1;
    int32_t limit = before < x->ntok ? d->tokens.v[before].start : d->ncp;
    int fast = x->ent_sorted && x->eprev[4];
    int32_t e = fast ? ws_doc_ents_before(d, limit) - 1 : d->entities.n - 1;
    for (int tried = 0; e >= 0; e--) {
        if (fast) {
            /* the organisations before limit, nearest first */
            e = x->eprev[4][e];
            if (e < 0 || tried++ >= ORG_WIN)
                break;
        }
        const ws_entity *en = &d->entities.v[e];
        if (en->start >= limit || !is_orgish(d, e))
            continue;
        for (int32_t t = en->tok0; t < en->tok1 && t < x->ntok; t++) {
            size_t m;
            const char *g = tok_fold(x, t, &m);
            if (m >= pre && memcmp(g, f, pre) == 0)
                return e;
        }
    }
    return -1;
}

/* The statements of the first n a search for position pos reads:
 * [w[0], w[1]) and [w[2], w[3]), in index order.  All of them in a document
 * with up to STMT_EXACT statements; else STMT_WIN on each side of pos in
 * position order (the array is sorted after the qsorts; before them and since,
 * statements are appended in text order) and the last STMT_WIN
 * appended. */
static void
stmt_window(ctx *x, int32_t pos, int32_t n, int32_t w[4])
{
    const ws_doc *d = x->d;
    w[0] = 0;
    w[1] = n;
    w[2] = w[3] = n;
    if (n <= STMT_EXACT)
        return;
    int32_t lo = 0, hi = n;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        const ws_statement *st = &d->statements.v[mid];
        int32_t sp = st->ncontent ? st->content[0].start : st->cue.start;
        if (sp < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    w[0] = lo > STMT_WIN ? lo - STMT_WIN : 0;
    w[1] = lo < n - STMT_WIN ? lo + STMT_WIN : n;
    w[2] = n - STMT_WIN > w[1] ? n - STMT_WIN : w[1];
    w[3] = n;
}

/* Last person compatible with gender mask g before token `before`; the
 * speaker of the previous statement is preferred when compatible. */
static int32_t
resolve_person(ctx *x, unsigned g, int32_t before)
{
    ws_doc *d = x->d;
    int32_t limit = before < x->ntok ? d->tokens.v[before].start : d->ncp;
    int32_t best = -1;
    int32_t nb =
        x->ent_sorted && x->eprev[0] ? ws_doc_ents_before(d, limit) : -1;
    if (nb > 0)
        best = x->eprev[(g == G_P || g == G_N) ? 4 : gclass(g)][nb - 1];
    for (int32_t e = nb >= 0 ? -1 : d->entities.n - 1; e >= 0; e--) {
        const ws_entity *en = &d->entities.v[e];
        if (en->start >= limit)
            continue;
        if (g == G_P || g == G_N) {
            if (is_orgish(d, e) || (g == G_P && en->type == WS_NORP && 0)) {
                best = e;
                break;
            }
            continue;
        }
        if (en->type != WS_PERSON)
            continue;
        if (en->gender && ((en->gender[0] == 'm' && !(g & G_M)) ||
                           (en->gender[0] == 'f' && !(g & G_F))))
            continue;
        best = e;
        break;
    }
    /* previous statement's speaker */
    int32_t prev = -1, prevpos = -1, w[4];
    stmt_window(x, limit, d->statements.n, w);
    for (int part = 0; part < 4; part += 2)
        for (int32_t s = w[part]; s < w[part + 1]; s++) {
            ws_statement *st = &d->statements.v[s];
            int32_t pos = st->cue.start >= 0 ? st->cue.start
                          : st->ncontent     ? st->content[0].start
                                             : -1;
            if (pos < limit && pos > prevpos && st->speaker_ent >= 0) {
                prevpos = pos;
                prev = st->speaker_ent;
            }
        }
    if (prev >= 0 && prev < d->entities.n) {
        const ws_entity *pe = &d->entities.v[prev];
        int ok;
        if (g == G_P || g == G_N)
            ok = is_orgish(d, prev);
        else
            ok = pe->type == WS_PERSON &&
                 !(pe->gender && ((pe->gender[0] == 'm' && !(g & G_M)) ||
                                  (pe->gender[0] == 'f' && !(g & G_F))));
        if (ok && (best < 0 || d->entities.v[best].cluster == pe->cluster ||
                   pe->start > d->entities.v[best].start - 400))
            best = prev;
    }
    return best;
}

/* English: is the speaker span of st a possessive word ("his", "her")? */
static int
en_poss_span(ctx *x, const ws_statement *st)
{
    static const char *const poss[] = {"his", "her", "its", "their"};
    int32_t a = ws_doc_tok_at(x->d, st->speaker.start, 0);
    int32_t b = ws_doc_tok_at(x->d, st->speaker.end, 1);
    return a >= 0 && b == a + 1 && fold_is(x, a, poss, 4);
}

/* English: the person a "he" or "she" opening its sentence at a stands
 * for when the sentence before, in the same paragraph, reports a
 * statement of a person of that gender: the speaker of its first such
 * statement, the preceding sentence's subject, not a name mentioned after the
 * cue ('Ann Lee said after meeting Bo Dent. She ...': Ann Lee).  -1 when there
 * is no such statement. */
static int32_t
en_prev_sentence_speaker(ctx *x, int32_t a, unsigned g)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || !(g & (G_M | G_F)) ||
        (g & (G_M | G_F)) == (G_M | G_F) || a != sent_t0(x, a) || a < 1)
        return -1;
    int32_t p0, p1;
    para_range(x, a, &p0, &p1);
    int32_t s0 = sent_t0(x, a - 1);
    if (s0 < p0)
        return -1;
    int32_t lo = d->tokens.v[s0].start, hi = d->tokens.v[a].start;
    int32_t best = -1, bestpos = -1, w[4];
    stmt_window(x, lo, d->statements.n, w);
    for (int part = 0; part < 4; part += 2)
        for (int32_t i = w[part]; i < w[part + 1]; i++) {
            const ws_statement *st = &d->statements.v[i];
            int32_t pos = st->cue.start;
            if (pos < lo || pos >= hi || (bestpos >= 0 && pos >= bestpos) ||
                st->speaker_ent < 0 || st->speaker_ent >= d->entities.n ||
                st->speaker.start < lo || en_poss_span(x, st))
                continue;
            bestpos = pos;
            best = st->speaker_ent;
        }
    if (best < 0)
        return -1;
    const ws_entity *pe = &d->entities.v[best];
    if (pe->type != WS_PERSON ||
        (pe->gender && pe->gender[0] == 'm' && !(g & G_M)) ||
        (pe->gender && pe->gender[0] == 'f' && !(g & G_F)))
        return -1;
    return best;
}

static void
set_from_entity(ctx *x, ws_statement *st, int32_t e)
{
    ws_doc *d = x->d;
    st->speaker_ent = e;
    st->speaker_name = ent_name(d, e);
    if (d->entities.v[e].type == WS_PERSON ||
        d->entities.v[e].type == WS_ROLE) {
        int32_t role, org;
        person_links(x, e, &role, &org);
        if (d->entities.v[e].type == WS_ROLE) {
            st->speaker_name = NULL;
            role = e;
        }
        if (role >= 0 && !st->speaker_role)
            st->speaker_role = d->entities.v[role].text;
        if (org >= 0 && !st->speaker_org)
            st->speaker_org = ent_name(d, org);
    }
}

/* Fills the speaker of st from tokens [a, b) (a pronoun, a name, a role,
 * an organisation, a document).  a < 0: no span; g: gender for a dropped
 * subject. */
static int fold_is(ctx *x, int32_t i, const char *const *list, size_t n);

/* French: a role with a possessive ("son porte-parole", "sa
 * directrice") belongs to the organisation that is the subject of the
 * sentence before: its first organisation or government body. */
static void
fr_poss_org(ctx *x, ws_statement *st, int32_t a)
{
    static const char *const poss[] = {"son", "sa", "ses"};
    ws_doc *d = x->d;
    if (!lang_is(x, "fr") || !fold_is(x, a, poss, 3))
        return;
    int32_t s0 = sent_t0(x, a);
    if (s0 <= 0)
        return;
    for (int32_t t = sent_t0(x, s0 - 1); t < s0; t++) {
        int32_t e = x->ent[t];
        if (e >= 0 && x->qid[t] < 0 &&
            (d->entities.v[e].type == WS_ORG ||
             d->entities.v[e].type == WS_GOV)) {
            st->speaker_org = ent_name(d, e);
            return;
        }
    }
}

static int fold_is(ctx *x, int32_t i, const char *const *list, size_t n);
static int en_verb_in_person(ctx *x, int32_t i);

/* Does person entity e run on past token b over a lowercase word (see
 * en_verb_in_person)? */
static int
en_person_over_verb(ctx *x, int32_t e, int32_t b)
{
    for (int32_t t = b; t < x->d->entities.v[e].tok1 && t < x->ntok; t++)
        if (en_verb_in_person(x, t))
            return 1;
    return 0;
}

/* English: a speaker span ending in a pronoun with its auxiliary glued
 * on ("He's said", "they’ve argued") ends before the apostrophe: the
 * speaker is the pronoun. */
static void
en_speaker_uncontract(ctx *x, ws_statement *st, int32_t b)
{
    if (!lang_is(x, "en") || !ws_tok_is_word(x->d, b - 1))
        return;
    size_t n, cut = 0;
    const char *f = tok_fold(x, b - 1, &n);
    if (ws_lex_word(x->L.pron, f, n) == NULL &&
        en_pron_contracted(x->L.pron, f, n, &cut) != NULL &&
        st->speaker.end - (int32_t)cut > x->d->tokens.v[b - 1].start)
        st->speaker.end -= (int32_t)cut;
}

static int en_poss_word(const ws_doc *d, int32_t t);
static int en_past_form(ctx *x, int32_t k);

/* English: is the word at a a capitalised preposition that opens its
 * sentence ("Amid ...", "Despite ...", "After ...")?  Such a word is
 * capitalised for its place, not as a name. */
static int
en_sentence_prep(ctx *x, int32_t a)
{
    static const char *const prep[] = {
        "about",   "above",      "across",    "after",   "against",
        "amid",    "amidst",     "among",     "amongst", "around",
        "before",  "behind",     "beneath",   "beside",  "besides",
        "between", "beyond",     "despite",   "during",  "following",
        "for",     "from",       "in",        "inside",  "into",
        "near",    "of",         "on",        "over",    "regarding",
        "through", "throughout", "toward",    "towards", "under",
        "unlike",  "until",      "upon",      "with",    "within",
        "without", "concerning", "alongside", "atop",    "per"};
    ws_doc *d = x->d;
    return a >= 0 && a < x->ntok && is_cap(d, a) && x->ent[a] < 0 &&
           a == sent_t0(x, a) &&
           fold_is(x, a, prep, sizeof prep / sizeof *prep);
}

/* English: the prepositional complement of the speaker's head in [a, b):
 * from the first "to", "for", "of", "at" or "with" after a name or a role
 * ("Okafor, an aide to Governor Ann Reyes", "a spokesman for the mayor")
 * up to the next comma.  Whom the head serves is named there, not the
 * speaker.  Sets [*c0, *c1); empty (b, b) when there is none. */
static void
en_head_complement(ctx *x, int32_t a, int32_t b, int32_t *c0, int32_t *c1)
{
    static const char *const prep[] = {"to", "for", "of", "at", "with"};
    const ws_doc *d = x->d;
    *c0 = *c1 = b;
    if (!lang_is(x, "en"))
        return;
    int head = 0;
    for (int32_t t = a; t < b; t++) {
        int32_t e = x->ent[t];
        if (head && e < 0 && x->qid[t] < 0 &&
            fold_is(x, t, prep, sizeof prep / sizeof *prep)) {
            *c0 = t;
            while (t < b && !tok_is(d, t, ","))
                t++;
            *c1 = t;
            return;
        }
        head |= (e >= 0 && (d->entities.v[e].type == WS_PERSON ||
                            d->entities.v[e].type == WS_ROLE)) ||
                (e < 0 && ws_tok_is_word(d, t) &&
                 (lexclass(x, x->L.spk, t) & S_ROLE));
    }
}

/* English: does the phrase [a, b) around the organisation noun orgw hold
 * a capitalised word besides orgw, not the sentence's first ("the
 * Association of Flight Engineers"; not "Police" or "the ministry")? */
static int
en_named_org_phrase(ctx *x, int32_t a, int32_t b, int32_t orgw)
{
    if (!lang_is(x, "en"))
        return 0;
    for (int32_t t = a; t < b; t++)
        if (t != orgw && is_cap(x->d, t) && t != sent_t0(x, t))
            return 1;
    return 0;
}

static void
set_speaker(ctx *x, ws_statement *st, int32_t a, int32_t b, unsigned g,
            int32_t at)
{
    ws_doc *d = x->d;
    st->speaker.start = st->speaker.end = -1;
    st->speaker_ent = -1;
    st->speaker_name = st->speaker_role = st->speaker_org = NULL;
    if (a < 0 || b <= a) {
        int32_t e = resolve_person(x, g ? g : G_ANY, at);
        if (e >= 0)
            set_from_entity(x, st, e);
        return;
    }
    /* English: a lone subordinator, conjunction or sentence adverb
     * ("When pressed by ...", "However, ...") names no one */
    static const char *const notsrc[] = {
        "when",  "if",   "while", "although", "though",    "because",
        "since", "once", "as",    "yet",      "however",   "but",
        "and",   "so",   "then",  "still",    "meanwhile", "instead"};
    if (b - a == 1 && lang_is(x, "en") &&
        fold_is(x, a, notsrc, sizeof notsrc / sizeof *notsrc)) {
        set_speaker(x, st, -1, -1, g, at);
        return;
    }
    /* English: a capitalised preposition opening the sentence is no
     * part of the speaker ("After party aides argued ...") and alone
     * names no one ("Amid doubts about ...") */
    if (lang_is(x, "en") && en_sentence_prep(x, a)) {
        if (b - a == 1) {
            set_speaker(x, st, -1, -1, g, at);
            return;
        }
        a++;
    }
    /* English: a subordinator before the subject is no part of the
     * speaker ("When Smith noted ...", "denied that the agency said";
     * not the determiner of "that plan").  (A relative pronoun after
     * it, "a PAC that intends", stays: it is the clause's subject.) */
    static const char *const lead[] = {"that",    "when",     "if",
                                       "while",   "as",       "since",
                                       "because", "although", "though"};
    /* nor before a bare plural ("as officials praised ..."): all but
     * "that" are no determiners; "as many as ..." keeps its "as" */
    static const char *const qty[] = {"many", "much", "few", "well",
                                      "long", "soon", "far", "more"};
    if (lang_is(x, "en"))
        while (b - a >= 2 && fold_is(x, a, lead, sizeof lead / sizeof *lead) &&
               (is_cap(d, a + 1) || is_det(x, a + 1) ||
                pron_gender_simple(x, a + 1) ||
                (!tok_is(d, a, "that") && ws_tok_is_word(d, a + 1) &&
                 !fold_is(x, a + 1, qty, sizeof qty / sizeof *qty))))
            a++;
    /* English: a modal or an auxiliary between the subject and the cue
     * is no part of the speaker ("Parents should know ...", "Pilots
     * can claim ..."); after a determiner the word is a noun ("the
     * will says ...") */
    static const char *const modal[] = {
        "can",  "could", "should", "must", "shall", "will", "would",
        "may",  "might", "is",     "are",  "was",   "were", "has",
        "have", "had",   "does",   "do",   "did",   "ought"};
    if (lang_is(x, "en"))
        while (b - a >= 2 && !is_cap(d, b - 1) && x->qid[b - 1] < 0 &&
               fold_is(x, b - 1, modal, sizeof modal / sizeof *modal) &&
               !is_det(x, b - 2))
            b--;
    /* "В заявлении МИД говорится", "У заяві компанії йдеться": the
     * document's phrase speaks, not its preposition */
    if (b - a >= 2 && (lexclass(x, x->L.skip, a) & K_PREP) &&
        (lexclass(x, x->L.cues, a + 1) & C_DOC))
        a++;
    st->speaker = tok_span(x, a, b);
    en_speaker_uncontract(x, st, b);
    int rel;
    unsigned pg = (b - a == 1) ? pron_gender(x, a, &rel) : 0;
    if (pg) {
        int32_t e = -1;
        if (rel) {
            /* "X, who said": the phrase before the comma */
            int32_t j = a - 1;
            if (j >= 0 && tok_is(d, j, ","))
                j--;
            int32_t s = np_left(x, j, sent_t0(x, a));
            int obj = 0;
            /* English: "The crowd included voters who ...": the phrase ran
             * back over the main verb, a past form after the subject's
             * noun; the antecedent is the object after that verb */
            for (int32_t t = j - 1; s >= 0 && t > s + 1 && !obj; t--)
                if (lang_is(x, "en") && en_past_form(x, t) &&
                    plain_word(x, t - 1) && !is_det(x, t - 1) &&
                    !is_ly_adv(x, t - 1) && !x->cuelen[t - 1]) {
                    s = t + 1;
                    obj = 1;
                }
            if (s >= 0) {
                for (int32_t t = j; t >= s && e < 0; t--)
                    if (is_person(d, x->ent[t]) || is_orgish(d, x->ent[t]))
                        e = x->ent[t];
                /* "anonimowego dyplomatę, który twierdzi": a phrase with
                 * no name speaks as a role; the pronoun stays the
                 * speaker's span, the phrase gives its role */
                if (e < 0 && s <= j) {
                    int role = 0;
                    for (int32_t t = s; t <= j && !role; t++)
                        role =
                            (x->ent[t] >= 0 &&
                             d->entities.v[x->ent[t]].type == WS_ROLE) ||
                            (ws_tok_is_word(d, t) && lexclass(x, x->L.spk, t));
                    if (role) {
                        set_speaker(x, st, s, j + 1, g, at);
                        st->speaker = tok_span(x, a, b);
                        en_speaker_uncontract(x, st, b);
                        return;
                    }
                    /* English: "Critics who opposed the plan ...": the
                     * sentence's subject, with neither name nor role, is
                     * the speaker itself, not the pronoun standing for
                     * it (the pronoun stays the speaker elsewhere) */
                    if (lang_is(x, "en") && (s == sent_t0(x, a) || obj)) {
                        set_speaker(x, st, s, j + 1, g, at);
                        return;
                    }
                }
            }
        } else {
            e = ws_ner_resolve(d, a, b,
                               (pg & (G_M | G_F))
                                   ? (1 << WS_PERSON)
                                   : (1 << WS_ORG) | (1 << WS_GOV) |
                                         (1 << WS_MEDIA) | (1 << WS_PERSON));
            if (e < 0 || !(is_person(d, e) || is_orgish(d, e)))
                e = resolve_person(x, pg, a);
            int32_t ps = en_prev_sentence_speaker(x, a, pg);
            if (ps >= 0)
                e = ps;
        }
        if (e >= 0)
            set_from_entity(x, st, e);
        return;
    }
    /* entities inside the span; no person named in a relative clause
     * after the head's ("Sen. Ann Lee, who lost the primary to Bo Dent,":
     * Ann Lee) */
    static const char *const relp[] = {"who", "whose", "which"};
    int32_t person = -1, org = -1, role = -1, loc = -1;
    int inrel = 0;
    /* a name or role in the complement of the head ("an aide to the
     * governor") names whom the head serves, when the head has its own */
    int32_t comp, comp1;
    en_head_complement(x, a, b, &comp, &comp1);
    int head_role = 0;
    for (int32_t t = a; t < comp && !head_role; t++)
        head_role =
            (x->ent[t] >= 0 && d->entities.v[x->ent[t]].type == WS_ROLE) ||
            (x->ent[t] < 0 && ws_tok_is_word(d, t) &&
             (lexclass(x, x->L.spk, t) & S_ROLE));
    for (int32_t t = a; t < b; t++) {
        if (t > a && person >= 0 && tok_is(d, t - 1, ",") &&
            fold_is(x, t, relp, sizeof relp / sizeof *relp) && lang_is(x, "en"))
            inrel = 1;
        int32_t e = x->ent[t];
        if (e < 0)
            continue;
        switch (d->entities.v[e].type) {
        case WS_PERSON:
            /* not a name the tagger ran on past the span over the
             * verb ("Ortiz praised Brandt" for the speaker "Ortiz") */
            if (!inrel && !en_person_over_verb(x, e, b) &&
                !(t >= comp && t < comp1))
                person = e;
            break;
        case WS_ORG:
        case WS_GOV:
        case WS_MEDIA:
            if (org < 0)
                org = e;
            break;
        case WS_ROLE:
            if (!(t >= comp && t < comp1 && head_role))
                role = e;
            break;
        case WS_LOC:
            loc = e;
            break;
        default:
            break;
        }
    }
    /* common nouns: role, organisation or document heads */
    int32_t rolew = -1, orgw = -1;
    for (int32_t t = a; t < b; t++) {
        if (x->ent[t] >= 0 || !ws_tok_is_word(d, t))
            continue;
        unsigned c = lexclass(x, x->L.spk, t);
        if ((c & S_ROLE) && !(t >= comp && t < comp1 && head_role))
            rolew = t;
        else if ((c & S_ORG) && orgw < 0)
            orgw = t;
    }
    /* English: "John Smith's lawyer", "Ann Lee's aides": a person
     * with a possessive before the role is whose the role is; the role's
     * holder, unnamed, speaks */
    if (person >= 0 && lang_is(x, "en")) {
        int32_t lt = b - 1;
        while (lt >= a && x->ent[lt] != person)
            lt--;
        int ps = lt >= a && (en_poss_word(d, lt) ||
                             (lt + 1 < b && en_poss_clitic(d, lt + 1)));
        int32_t rt = role >= 0 ? b - 1 : rolew;
        while (role >= 0 && rt > lt && x->ent[rt] != role)
            rt--;
        /* the role heads the possessive's phrase: up to two modifiers
         * between ("Smith's former campaign aide") */
        int32_t pe = en_poss_word(d, lt) ? lt : lt + 1;
        if (ps && rt > pe && rt <= pe + 3)
            person = -1;
    }
    if (person >= 0) {
        set_from_entity(x, st, person);
        if (role >= 0)
            st->speaker_role = d->entities.v[role].text;
        else if (!st->speaker_role && rolew >= 0)
            st->speaker_role = ws_doc_slice(d, d->tokens.v[rolew].start,
                                            d->tokens.v[rolew].end);
        if (org >= 0)
            st->speaker_org = ent_name(d, org);
        else if (!st->speaker_org && orgw >= 0) {
            size_t n;
            const char *f = tok_fold(x, orgw, &n);
            int32_t e = resolve_head(x, f, n, a);
            if (e >= 0)
                st->speaker_org = ent_name(d, e);
        }
        return;
    }
    if (role >= 0 || rolew >= 0) {
        /* role-only speaker: "a ministry spokeswoman" */
        st->speaker_role = role >= 0 ? d->entities.v[role].text
                                     : ws_doc_slice(d, d->tokens.v[rolew].start,
                                                    d->tokens.v[rolew].end);
        if (org >= 0)
            st->speaker_org = ent_name(d, org);
        else if (role >= 0 && d->entities.v[role].org >= 0)
            st->speaker_org = ent_name(d, d->entities.v[role].org);
        else if (orgw >= 0) {
            size_t n;
            const char *f = tok_fold(x, orgw, &n);
            int32_t e = resolve_head(x, f, n, a);
            if (e >= 0)
                st->speaker_org = ent_name(d, e);
        }
        if (!st->speaker_org)
            fr_poss_org(x, st, a);
        return;
    }
    if (org >= 0) {
        st->speaker_ent = org;
        st->speaker_name = ent_name(d, org);
        return;
    }
    if (loc >= 0) {
        st->speaker_ent = loc;
        st->speaker_name = ent_name(d, loc);
        return;
    }
    if (orgw >= 0) {
        /* "the service", "the ministry" */
        int32_t e = ws_ner_resolve(
            d, a, b, (1 << WS_ORG) | (1 << WS_GOV) | (1 << WS_MEDIA));
        if (e < 0 || !is_orgish(d, e)) {
            size_t n;
            const char *f = tok_fold(x, orgw, &n);
            e = resolve_head(x, f, n, a);
        }
        if (e >= 0) {
            st->speaker_ent = e;
            st->speaker_name = ent_name(d, e);
        }
        /* English, unresolved: "the Association of Flight Engineers",
         * with capitals besides the noun's own, is still a name (below) */
        if (e >= 0 || !en_named_org_phrase(x, a, b, orgw))
            return;
    }
    /* a name the tagger missed: the phrase without its determiner */
    int32_t s = a;
    while (s < b && is_det(x, s))
        s++;
    int caps = 0, lower = 0;
    static const char *const link[] = {"of", "the", "and", "for", "de"};
    for (int32_t t = s; t < b; t++) {
        caps += is_cap(d, t);
        /* English: a phrase with a verb or a common noun in it ("Harbor Board
         * survey released in early spring") is no name */
        lower += ws_tok_is_word(d, t) && !is_cap(d, t) &&
                 !fold_is(x, t, link, sizeof link / sizeof *link);
    }
    if (lower && lang_is(x, "en"))
        caps = 0;
    if (caps && s < b && !(lexclass(x, x->L.cues, b - 1) & C_DOC))
        st->speaker_name =
            ws_doc_slice(d, d->tokens.v[s].start, d->tokens.v[b - 1].end);
}

/* ---- statements ---- */

static ws_statement *
new_statement(ctx *x, int kind)
{
    ws_statement *st = WS_PUSH(x->d->statements);
    if (st == NULL)
        return NULL;
    memset(st, 0, sizeof(*st));
    st->kind = kind;
    st->cue.start = st->cue.end = -1;
    st->speaker.start = st->speaker.end = -1;
    st->target_span.start = st->target_span.end = -1;
    st->speaker_ent = -1;
    return st;
}

/* A statement of the given kind whose cue is the one token t, marked as
 * used; NULL when out of memory. */
static ws_statement *
cue_statement(ctx *x, int kind, int32_t t)
{
    ws_statement *st = new_statement(x, kind);
    if (st == NULL)
        return NULL;
    st->cue = tok_span(x, t, t + 1);
    x->cueused[t] = 1;
    return st;
}

static void
add_content(ctx *x, ws_statement *st, int32_t t0, int32_t t1)
{
    /* the dateline is no part of what was said */
    if (x->dl0 >= 0 && t0 == x->dl0 && t1 > x->dl1)
        t0 = x->dl1;
    if (t1 <= t0 || st->ncontent >= WS_MAX_SEGMENTS)
        return;
    st->content[st->ncontent++] = tok_span(x, t0, t1);
}

/* Content of a quote: inside the marks.  For a continued quote, one
 * segment per paragraph. */
static void
add_quote_content(ctx *x, ws_statement *st, const quote *q)
{
    for (int k = 0; k < q->nseg; k++)
        add_content(x, st, q->seg0[k], q->seg1[k]);
}

/* Cue starting at token i (0 when none), with its attributes. */
static int
cue_at(ctx *x, int32_t i, unsigned *attr, unsigned *g)
{
    if (i < 0 || i >= x->ntok || x->cuelen[i] == 0)
        return 0;
    *attr = x->cueattr[i];
    *g = x->cueg[i];
    return x->cuelen[i];
}

static int
is_speech_cue(unsigned a)
{
    return (a & (C_SAY | C_ACT)) != 0;
}

/* Skips adverbs and time phrases from token i forward (within hi). */
static int32_t
skip_adv_fwd(ctx *x, int32_t i, int32_t hi)
{
    for (int guard = 0; guard < 6 && i < hi; guard++) {
        if (x->cuelen[i])
            break; /* "a déclaré": the auxiliary starts the cue */
        if (is_ly_adv(x, i)) {
            i++;
            continue;
        }
        const char *v;
        int n = lexmatch(x, x->L.skip, i, &v);
        if (n > 0 && i + n <= hi) {
            unsigned c = attrs(x, v, NULL);
            if (c & (K_ADV | K_TIME)) {
                i += n;
                continue;
            }
        }
        break;
    }
    return i;
}

/* Skips adverbs, auxiliaries, negation and hedges backward: returns the
 * last token before cue token p that may end the subject phrase. */
static int en_participle(ctx *x, int32_t k);
static int32_t en_copula_noun(ctx *x, int32_t p, int32_t s0);

static int32_t lexmatch_len(ctx *x, int32_t i);
static int fold_is(ctx *x, int32_t i, const char *const *list, size_t n);
/* English: a noun of a meeting that someone calls or holds ("meeting",
 * "session", "summit", "hearing", "news conference"): called with a verb
 * of convening it is no act of speech, and an act in the infinitive after
 * it ("to discuss ...") is the caller's. */
static int
en_event_noun(ctx *x, int32_t k)
{
    static const char *const ev[] = {
        "meeting",  "meetings",  "session",  "sessions",   "summit",
        "summits",  "hearing",   "hearings", "conference", "conferences",
        "briefing", "briefings", "assembly", "retreat"};
    return ws_tok_is_word(x->d, k) && !is_cap(x->d, k) &&
           fold_is(x, k, ev, sizeof ev / sizeof *ev);
}

/* English: is the cue at p a form of "call" whose object is a meeting
 * followed by "to" ("called a snap meeting to weigh ...",
 * "calls a special session to weigh ...")?  Then "call" convenes, it
 * reports nothing; the act in the infinitive makes the statement. */
static int
en_call_event_object(ctx *x, int32_t p, int m, int32_t s1)
{
    static const char *const call[] = {"call", "calls", "called", "calling"};
    ws_doc *d = x->d;
    if (m != 1 || !lang_is(x, "en") ||
        !fold_is(x, p, call, sizeof call / sizeof *call))
        return 0;
    for (int32_t k = p + 1; k < s1 && k <= p + 5; k++) {
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0)
            return 0;
        if (en_event_noun(x, k))
            return k + 1 < s1 && tok_is(d, k + 1, "to");
    }
    return 0;
}

/* English: where the subject ends when ", however," or another
 * sentence adverb between commas stands right before b (the cue): the
 * first comma; b itself otherwise.  Short linking phrases set off the
 * same way count before a finite verb ("The unions, too, ...", "The
 * board, in turn, ...", "The club, for its part, ..."), not before an
 * -ing form: there they close the clause before ("urged a recount,
 * too, saying ..."). */
static int32_t
en_comma_adverb_back(ctx *x, int32_t b, int32_t lo)
{
    static const char *const too[] = {"too", "also", "though", "instead"};
    static const char *const part_poss[] = {"their", "its", "his",
                                            "her",   "our", "my"};
    static const char *const two[][2] = {
        {"in", "turn"},     {"in", "response"},  {"in", "contrast"},
        {"by", "contrast"}, {"in", "fact"},      {"of", "course"},
        {"in", "return"},   {"in", "particular"}};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || b - 4 < lo || !tok_is(d, b - 1, ","))
        return b;
    size_t bn;
    const char *bf = tok_fold(x, b, &bn);
    int linking = !(bn > 4 && memcmp(bf + bn - 3, "ing", 3) == 0);
    if (linking && b - 5 >= lo && tok_is(d, b - 4, ",") && x->qid[b - 3] < 0 &&
        x->qid[b - 2] < 0)
        for (size_t k = 0; k < sizeof two / sizeof *two; k++)
            if (ws_tok_is(d, b - 3, two[k][0]) &&
                ws_tok_is(d, b - 2, two[k][1]))
                return b - 4;
    if (linking && b - 6 >= lo && tok_is(d, b - 4, "for") &&
        tok_is(d, b - 2, "part") &&
        fold_is(x, b - 3, part_poss, sizeof part_poss / sizeof *part_poss) &&
        tok_is(d, b - 5, ",") && x->qid[b - 4] < 0)
        return b - 5;
    if (!tok_is(d, b - 3, ",") || x->qid[b - 2] >= 0 || x->ent[b - 2] >= 0)
        return b;
    if (!is_ly_adv(x, b - 2) &&
        !(lexclass(x, x->L.skip, b - 2) & (K_ADV | K_TIME)) &&
        !(linking && fold_is(x, b - 2, too, sizeof too / sizeof *too)))
        return b;
    return b - 3;
}

/* English: a chain of verbs before "to" and an act cue at p (b == p) that
 * is no part of the subject: "went on to criticize", "took to the radio
 * (again) to defend", "was quick to condemn", "was the first to back",
 * "voted on Friday to reject" (a speech or act verb with a time phrase
 * before "to"; the inner cue makes the statement).  Returns the first
 * token of the chain, the boundary before which the subject ends, or b
 * when there is none.  Looks back over at most eight tokens. */
static int32_t
en_act_chain_back(ctx *x, int32_t p, int32_t b, int32_t lo)
{
    static const char *const go[] = {"go", "goes", "went", "gone", "going"};
    static const char *const take[] = {"take", "takes", "took", "taken",
                                       "taking"};
    static const char *const how[] = {"quick", "swift", "fast",   "eager",
                                      "keen",  "first", "careful"};
    static const char *const be[] = {"is", "are",  "was",   "were",
                                     "be", "been", "being", "am"};
    static const char *const meet[] = {"met",      "meet",   "meets",
                                       "gathered", "gather", "gathers",
                                       "convened", "huddled"};
    static const char *const convene[] = {
        "called",    "calls",     "call",     "calling", "convened",
        "convenes",  "held",      "holds",    "hold",    "holding",
        "scheduled", "organized", "organised"};
    ws_doc *d = x->d;
    if (b != p || b - 2 <= lo || !tok_is(d, b - 1, "to") || !x->cuelen[p] ||
        !is_speech_cue(x->cueattr[p]))
        return b;
    int32_t v = b - 2;
    /* "went on to" */
    if (tok_is(d, v, "on") && v - 1 > lo &&
        fold_is(x, v - 1, go, sizeof go / sizeof *go))
        return v - 1;
    /* "took to the airwaves to": up to four words between the two "to" */
    for (int32_t j = v; j > lo + 1 && j >= v - 4; j--) {
        if (!ws_tok_is_word(d, j) || x->qid[j] >= 0 ||
            (x->cuelen[j] && j != v) ||
            d->tokens.v[j].sent != d->tokens.v[p].sent)
            break;
        if (j < v && tok_is(d, j, "to") &&
            fold_is(x, j - 1, take, sizeof take / sizeof *take))
            return j - 1;
    }
    /* "was quick to", "were the first to", "is keen to" */
    int32_t a = v;
    if (fold_is(x, a, how, sizeof how / sizeof *how)) {
        if (tok_is(d, a, "first") && a - 1 > lo && tok_is(d, a - 1, "the"))
            a--;
        if (a - 1 > lo && fold_is(x, a - 1, be, sizeof be / sizeof *be))
            return a - 1;
        return b;
    }
    /* "met to discuss", "gathered in secret to weigh" */
    if (fold_is(x, v, meet, sizeof meet / sizeof *meet))
        return v;
    /* "called a snap meeting to weigh", "held a session to
     * review": a verb of convening and its event noun */
    if (en_event_noun(x, v))
        for (int32_t j = v - 1; j > lo && j >= v - 4; j--) {
            if (!ws_tok_is_word(d, j) || x->qid[j] >= 0)
                break;
            if (fold_is(x, j, convene, sizeof convene / sizeof *convene))
                return j;
            if ((x->cuelen[j] && !en_call_event_object(x, j, 1, p)) ||
                is_cap(d, j))
                break;
        }
    /* "voted on Friday to", "agreed last week to", "met on Monday to": a
     * time phrase between a verb of speech, act or meeting and "to" */
    for (int32_t j = v; j > lo + 1 && j >= v - 3; j--) {
        int n = lexmatch_len(x, j);
        if (n <= 0 || j + n != v + 1)
            continue;
        int32_t c = j - 1;
        if (c > lo && (lexclass(x, x->L.skip, c) & K_PREP))
            c--;
        if (c > lo &&
            ((x->cuelen[c] == 1 && (x->cueattr[c] & (C_SAY | C_ACT)) &&
              !en_participle(x, c)) ||
             fold_is(x, c, meet, sizeof meet / sizeof *meet)))
            return c;
        break;
    }
    return b;
}

/* English: is the cue at p an -ing form after "set about" or "went about"
 * ("set about persuading", "goes about urging")?  The phrase is an aspect
 * verb, like "began": the cue's subject stands before it. */
static int
en_set_about(ctx *x, int32_t p, int32_t lo)
{
    static const char *const verb[] = {"set",  "sets", "setting", "go",
                                       "goes", "went", "going",   "gone"};
    size_t n;
    const char *f;
    if (!lang_is(x, "en") || p - 2 < lo || !tok_is(x->d, p - 1, "about"))
        return 0;
    f = tok_fold(x, p, &n);
    return n > 4 && memcmp(f + n - 3, "ing", 3) == 0 &&
           fold_is(x, p - 2, verb, sizeof verb / sizeof *verb);
}

static int32_t
skip_adv_back(ctx *x, int32_t p, int32_t lo)
{
    int32_t b = p; /* boundary: tokens [.., b) remain */
    for (int guard = 0; guard < 6; guard++) {
        int moved = 0;
        if (b - 1 >= lo && is_ly_adv(x, b - 1)) {
            b--;
            continue;
        }
        /* English: a year after "in" ("an appeals court in 2019 found") */
        if (b - 2 > lo && lang_is(x, "en") && tok_is(x->d, b - 2, "in") &&
            ws_tok_blen(x->d, b - 1) == 4 &&
            (x->d->tokens.v[b - 1].flags & WS_TOK_NUM) &&
            (ws_tok_ptr(x->d, b - 1)[0] == '1' ||
             ws_tok_ptr(x->d, b - 1)[0] == '2')) {
            b -= 2;
            continue;
        }
        /* English: an aspect or attempt verb before the cue, with "to"
         * or before an -ing form ("continues to insist", "began to
         * argue", "tried to blame", "keeps saying"): the subject is
         * before it */
        if (b == p && b - 1 > lo && lang_is(x, "en") &&
            en_act_chain_back(x, p, b, lo) < b) {
            b = en_act_chain_back(x, p, b, lo);
            continue;
        }
        if (b == p && b - 1 > lo && lang_is(x, "en")) {
            static const char *const cat_to[] = {
                "continue", "continues", "continued", "begin",    "begins",
                "began",    "begun",     "start",     "starts",   "started",
                "try",      "tries",     "tried",     "seem",     "seems",
                "seemed",   "appear",    "appears",   "appeared", "used",
                "need",     "needs",     "needed",    "dared",    "went"};
            static const char *const cat_ing[] = {
                "keep",      "keeps", "kept",    "continue", "continues",
                "continued", "began", "started", "stopped",  "went"};
            size_t cn;
            const char *cf = tok_fold(x, p, &cn);
            int ing = cn > 4 && memcmp(cf + cn - 3, "ing", 3) == 0;
            if (tok_is(x->d, b - 1, "to") && b - 2 >= lo &&
                fold_is(x, b - 2, cat_to, sizeof cat_to / sizeof *cat_to)) {
                b -= 2;
                continue;
            }
            if (ing &&
                fold_is(x, b - 1, cat_ing, sizeof cat_ing / sizeof *cat_ing)) {
                b -= 1;
                continue;
            }
            if (en_set_about(x, p, lo + 1)) {
                b -= 2;
                continue;
            }
            /* "won't be able to veto", "was unable to block", "has been
             * able to pass": the ability phrase and its copula are no
             * part of the subject */
            static const char *const able[] = {"able", "unable"};
            static const char *const be[] = {"be",  "been", "being", "is",
                                             "are", "was",  "were",  "am"};
            if (tok_is(x->d, b - 1, "to") && b - 2 > lo &&
                fold_is(x, b - 2, able, sizeof able / sizeof *able)) {
                b -= 2;
                if (b - 1 > lo && fold_is(x, b - 1, be, sizeof be / sizeof *be))
                    b--;
                continue;
            }
        }
        /* English: a verb of speech or will with "to" before the cue
         * ("vowed to condemn", "wants to criticize", "pledged to
         * support"): the inner cue makes the statement (cue_pass), its
         * subject is the outer verb's */
        if (b == p && b - 2 >= lo && tok_is(x->d, b - 1, "to") &&
            x->cuelen[b - 2] == 1 && x->cuelen[p] && (x->cueattr[p] & C_ACT) &&
            (x->cueattr[b - 2] & (C_SAY | C_ACT)) && !en_participle(x, b - 2) &&
            lang_is(x, "en")) {
            b -= 2;
            continue;
        }
        /* English: "is a staunch critic of": the subject is the
         * copula's */
        if (b == p && x->cuelen[p] && (x->cueattr[p] & C_RNOUN) &&
            lang_is(x, "en")) {
            static const char *const aux[] = {
                "has",   "have",   "had",  "will", "would",  "may",
                "might", "could",  "can",  "must", "should", "not",
                "never", "always", "long", "also"};
            int32_t c = en_copula_noun(x, p, lo);
            if (c > lo) {
                b = c;
                while (b - 1 > lo &&
                       (is_ly_adv(x, b - 1) ||
                        fold_is(x, b - 1, aux, sizeof aux / sizeof *aux)))
                    b--;
                continue;
            }
        }
        /* English: an act in an infinitive after the object of a verb
         * that sets it going ("has mobilized groups abroad to help
         * support ...", "sent envoys to back ..."): the act is the
         * causer's, its subject the verb's */
        if (b == p && x->cuelen[p] && (x->cueattr[p] & C_ACT) &&
            lang_is(x, "en")) {
            int32_t t = b - 1;
            if (t > lo && tok_is(x->d, t, "help"))
                t--;
            int32_t j = t - 1;
            if (t > lo && tok_is(x->d, t, "to"))
                for (; j > lo && j >= t - 8; j--) {
                    if (is_clause_punct(x->d, j) || x->qid[j] >= 0 ||
                        x->cuelen[j] || skip_has(x, j, K_CAUSE))
                        break;
                }
            if (t > lo && tok_is(x->d, t, "to") && j > lo && j < t - 1 &&
                skip_has(x, j, K_CAUSE) && x->qid[j] < 0) {
                b = j;
                continue;
            }
        }
        /* English: a sentence adverb set off by commas between the
         * subject and the cue ("The council, however, rejected ...") */
        if (b == p && en_comma_adverb_back(x, b, lo) < b) {
            b = en_comma_adverb_back(x, b, lo);
            continue;
        }
        for (int32_t j = b - 1; j >= lo && j >= b - 4 && !moved; j--) {
            /* (a name's word is none: no lookup) */
            if (x->ent[j] >= 0)
                continue;
            /* intensifiers too: "the ministry firmly rejected", "МЗС
             * рішуче засудило" */
            const ws_lex *lx[4] = {x->L.skip, x->L.neg, x->L.hedge, x->L.inten};
            for (int k = 0; k < 4 && !moved; k++) {
                const char *v;
                int n = lexmatch(x, lx[k], j, &v);
                if (n > 0 && j + n == b) {
                    /* a conjunction before the cue joins a second
                     * predicate of the clause's subject ("n'a pas condamné
                     * la grève mais a appelé"): the noun before it is no
                     * subject */
                    if (k == 0 && (!(attrs(x, v, NULL) & (K_ADV | K_TIME)) ||
                                   (attrs(x, v, NULL) & K_CONJ)))
                        continue;
                    if (x->ent[j] >= 0)
                        continue;
                    b = j;
                    moved = 1;
                    /* "on Sunday": the preposition before a time word */
                    if (k == 0 && (attrs(x, v, NULL) & K_TIME) && b - 1 >= lo &&
                        (lexclass(x, x->L.skip, b - 1) & K_PREP))
                        b--;
                }
            }
        }
        if (!moved)
            break;
    }
    return b - 1;
}

/* fold_is() of a token not folded yet, from its bytes: while they are
 * ASCII its folded form is those bytes in lower case (ws_utf8_fold folds
 * byte by byte there; a token under 64 bytes folds in full), so a word
 * of the list differs where a lower-cased byte differs, and equals it
 * when every byte matched.  1 or 0 without folding the token (most
 * tokens the rules sweep are none of the words asked for); -1 at a byte
 * past ASCII (then it is folded). */
static int
fold_is_raw(ctx *x, int32_t i, const char *const *list, size_t n)
{
    const char *r = ws_tok_ptr(x->d, i);
    int32_t rl = ws_tok_blen(x->d, i);
    if (rl <= 0 || rl >= 64 || r[0] == '\0' || (unsigned char)r[0] >= 0x80)
        return -1;
#define LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (char)((c) + 32) : (c))
    const char c0 = LOWER(r[0]);
    for (size_t k = 0; k < n; k++) {
        const char *s = list[k];
        if (s[0] != c0)
            continue;
        int32_t j = 1;
        for (; j < rl && s[j] != '\0'; j++) {
            if ((unsigned char)r[j] >= 0x80)
                return -1;
            if (s[j] != LOWER(r[j]))
                break;
        }
        if (j == rl && s[rl] == '\0')
            return 1;
    }
#undef LOWER
    return 0;
}

/* fold_is()'s filter.  A word's signature is a bit 0-1023 from the first
 * byte, the last byte and the length of its folded form (ws_fold_sig:
 * their 24 bits times a Fibonacci constant, the top 10 bits); a list's is
 * the 1024-bit set of its words' bits, made once per thread and list (the
 * lists are static arrays: their address names them) in a small
 * direct-mapped cache.  A token whose bit is not in the list's set is
 * none of its words, without a scan of the list (most tokens the rules
 * ask about are none). */

/* (LSIG_PROBES slots past the last: a list's slots follow its home slot
 * without a wrap, lsig_find) */
enum { FSIG_NONE = 0, FSIG_ANY = 0xFFFF, LSIG_SLOTS = 2048, LSIG_PROBES = 16 };

struct lsig {
    const char *const *list; /* NULL: an empty slot */
    uint32_t n;
    uint32_t lid; /* its number in the word index (fw_list), 0: none */
    uint32_t cid; /* its number in the sweeps' lists (cand_reg), 0: none */
    uint64_t m[FSIG_BITS / 64];
};

/* The lists the sweeps ask for candidates (cand_add), numbered 1 to
 * CAND_LISTS as the thread meets them: for each signature bit, the
 * lists that have a word of that bit (a bit cid - 1 each) */
struct cand_reg {
    uint32_t n;
    uint32_t bits[FSIG_BITS];
};

/* fold_is()'s word index: past the filter, whether a token's folded form
 * is one of a list's words is one lookup of the form among all the
 * lists' words (kept per token) and one of the pair (word, list), where
 * fold_is_scan compared it with the list's words one by one (27k scans
 * per MB of English, 9.5 words a list, nearly four in five of them a
 * match; per MB of English est2 1201.2M -> 1194.0M).  The thread numbers
 * each list (a static array and its length: reg) and each word of one
 * (up to 24 bytes, kept as three zero-padded words: word) once, when the
 * list's signature is first made; a list with a longer or empty word, or
 * past the tables' room, has no number and is scanned as before (the
 * six languages' rules ask 187 lists of 773 words). */
enum {
    FW_REG_SLOTS = 1024,
    FW_LISTS_MAX = 768,
    FW_WORD_SLOTS = 2048,
    FW_WORDS_MAX = 1536,
    FW_PAIR_SLOTS = 8192,
    FW_PAIRS_MAX = 6144
};
struct fw_index {
    uint32_t nlists, nwords, npairs;
    struct {
        const char *const *list; /* NULL: an empty slot */
        uint32_t n, lid;         /* lid 0: the list has no number */
    } reg[FW_REG_SLOTS];
    struct {
        uint64_t k[3]; /* the word, zero-padded */
        uint32_t wid;  /* 0: an empty slot */
    } word[FW_WORD_SLOTS];
    uint32_t pair[FW_PAIR_SLOTS]; /* wid << 16 | lid, 0: an empty slot */
};

/* the thread's cache of LSIG_SLOTS slots (and LSIG_PROBES after them),
 * its word index and the sweeps' lists, one table (all emptied alike when
 * another worker uses the thread: a slot's cid stays one of cand_reg's;
 * calloc'ed on first use by ws_tltab_get, not static TLS that every
 * thread would zero and make resident: 304 KB, 112 KB and 4 KB);
 * lsig_one: the one slot of a thread that could not have it (and no
 * index, no lists), and an empty one after it that fold_is reads */
static _Thread_local ws_tltab lsig_tab;
static _Thread_local struct lsig lsig_one[2];

/* Sets x->lsig, x->lsigmask, x->fwx and x->creg (ctx_init) */
static void
lsig_table(ctx *x)
{
    const size_t sz = (LSIG_SLOTS + LSIG_PROBES) * sizeof(struct lsig);
    char *t =
        ws_tltab_get(&lsig_tab, x->w,
                     sz + sizeof(struct fw_index) + sizeof(struct cand_reg));
    x->lsig = (struct lsig *)t;
    x->lsigmask = LSIG_SLOTS - 1;
    x->fwx = t != NULL ? (struct fw_index *)(t + sz) : NULL;
    x->creg = t != NULL ? (struct cand_reg *)(t + sz + sizeof(struct fw_index))
                        : NULL;
    if (x->lsig == NULL) {
        x->lsig = lsig_one;
        x->lsigmask = 0;
    }
}

/* The number of the cache's home slot of list */
static inline uint32_t
lsig_home(const ctx *x, const char *const *list)
{
    uint64_t h = (uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15ull;
    /* 11 bits: LSIG_SLOTS */
    return (uint32_t)(h >> 53) & x->lsigmask;
}

/* The slot of list and n: the one that holds them, else the first empty
 * one from its home slot on (list_sig_new fills it), else its home slot
 * (its list evicted).  Direct-mapped, two lists a document asks for
 * could meet in one slot, by where the linker put them, and take turns
 * in it (a build of this file had est2 per MB of English +2.3M in
 * cand_add so), as did one list asked with two lengths; the six
 * languages' rules ask some 190 lists, so the slots never fill. */
static __attribute__((noinline)) struct lsig *
lsig_find(const ctx *x, const char *const *list, size_t n)
{
    uint32_t s = lsig_home(x, list);
    for (uint32_t k = 0; k < LSIG_PROBES && k <= x->lsigmask; k++) {
        struct lsig *e = &x->lsig[s + k];
        if (e->list == NULL || (e->list == list && e->n == n))
            return e;
    }
    return &x->lsig[s];
}

/* lsig_find(x, list, n), its home slot tested here first (the slot of
 * most lists) */
static inline struct lsig *
lsig_get(const ctx *x, const char *const *list, size_t n)
{
    struct lsig *e = &x->lsig[lsig_home(x, list)];
    return e->list == list && e->n == n ? e : lsig_find(x, list, n);
}

/* Is p within 1 MB of this frame, on the stack?  A compound literal
 * ("(const char *const[]){"as"}") lives there, and another may take its
 * place later: such a list is never cached (so that a slot that names a
 * list names a static one), and fold_is scans it whole at every call.
 * So the rules give fold_is static lists only (with 14 compound literals
 * they made 6 600 of its 32 200 scans per MB of English; static, est2
 * per MB 1 220.0M -> 1 216.0M). */
static inline int
on_stack(const void *p)
{
    char here;
    uintptr_t a = (uintptr_t)p, b = (uintptr_t)&here;
    return (a > b ? a - b : b - a) < ((uintptr_t)1 << 20);
}

/* The slot of k in the index's words (one whose wid is 0 when k is none
 * of them) */
static inline uint32_t
fw_word_slot(const struct fw_index *ix, const uint64_t k[3])
{
    uint64_t h = k[0] * 0x9E3779B97F4A7C15ULL ^ k[1] * 0xC2B2AE3D27D4EB4FULL ^
                 k[2] * 0x165667B19E3779F9ULL;
    uint32_t s = (uint32_t)(h >> 53); /* 11 bits: FW_WORD_SLOTS */
    while (ix->word[s].wid != 0 &&
           (ix->word[s].k[0] != k[0] || ix->word[s].k[1] != k[1] ||
            ix->word[s].k[2] != k[2]))
        s = (s + 1) & (FW_WORD_SLOTS - 1);
    return s;
}

/* The slot of the pair key p in the index's pairs (0 there when none) */
static inline uint32_t
fw_pair_slot(const struct fw_index *ix, uint32_t p)
{
    uint32_t s = (p * 0x9E3779B1u) >> 19; /* 13 bits: FW_PAIR_SLOTS */
    while (ix->pair[s] != 0 && ix->pair[s] != p)
        s = (s + 1) & (FW_PAIR_SLOTS - 1);
    return s;
}

/* The number of the n words of list in the index (fw_index), made on
 * its first question; 0 when it has none */
static uint32_t
fw_list(const ctx *x, const char *const *list, size_t n)
{
    struct fw_index *ix = x->fwx;
    if (ix == NULL)
        return 0;
    uint64_t h = (uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15ull + n;
    uint32_t s = (uint32_t)(h >> 54); /* 10 bits: FW_REG_SLOTS */
    while (ix->reg[s].list != NULL &&
           (ix->reg[s].list != list || ix->reg[s].n != n))
        s = (s + 1) & (FW_REG_SLOTS - 1);
    if (ix->reg[s].list != NULL)
        return ix->reg[s].lid;
    if (ix->nlists == FW_LISTS_MAX)
        return 0;
    uint32_t lid = 0;
    if (ix->nwords + n <= FW_WORDS_MAX && ix->npairs + n <= FW_PAIRS_MAX) {
        lid = ix->nlists + 1;
        for (size_t k = 0; k < n && lid != 0; k++) {
            size_t l = strlen(list[k]);
            if (l == 0 || l > 24)
                lid = 0;
        }
    }
    for (size_t k = 0; k < n && lid != 0; k++) {
        uint64_t w[3] = {0, 0, 0};
        memcpy(w, list[k], strlen(list[k]));
        uint32_t ws = fw_word_slot(ix, w);
        if (ix->word[ws].wid == 0) {
            memcpy(ix->word[ws].k, w, sizeof w);
            ix->word[ws].wid = ++ix->nwords;
        }
        uint32_t p = ix->word[ws].wid << 16 | lid;
        uint32_t ps = fw_pair_slot(ix, p);
        if (ix->pair[ps] == 0) {
            ix->pair[ps] = p;
            ix->npairs++;
        }
    }
    ix->nlists++;
    ix->reg[s].list = list;
    ix->reg[s].n = (uint32_t)n;
    ix->reg[s].lid = lid;
    return lid;
}

/* Token i's folded form as a key of the index's words, zero-padded; 0
 * when it is not had here (over 24 bytes, or past ASCII and not folded
 * yet; then fold_is_scan compares as before).  ASCII bytes other than NUL
 * fold to themselves in lower case (fold_is_raw), 8 at a time: a high
 * bit or the borrow of a zero byte is past that (ws_ascii_lower8) */
static int
tok_fw_key(ctx *x, int32_t i, uint64_t k[3])
{
    const ws_doc *d = x->d;
    int32_t b = d->tokens.v[i].bstart, rl = d->tokens.v[i].bend - b;
    if ((uint32_t)(rl - 1) < 24u) {
        const uint64_t ones = 0x0101010101010101ull, high = ones << 7;
        const uint64_t *mk = ws_keep24[rl - 1];
        if ((size_t)b + 24 <= d->len + 1) {
            memcpy(k, d->text + b, 24);
        } else {
            k[0] = k[1] = k[2] = 0;
            memcpy(k, d->text + b, (size_t)rl);
        }
        uint64_t bad = 0;
        for (int j = 0; j < 3; j++) {
            uint64_t w = k[j] & mk[j];
            bad |= (w | ((w - ones) & ~w)) & high & mk[j];
            k[j] = ws_ascii_lower8(w);
        }
        if (bad == 0)
            return 1;
    }
    /* a form folded already: its bytes */
    if (x->fc == NULL || !(x->fcset[i >> 6] >> (i & 63) & 1))
        return 0;
    const tokfold *c = &x->fc[i];
    if (c->form == NULL || c->flen - 1u >= 24u ||
        memchr(c->form, '\0', c->flen) != NULL)
        return 0;
    k[0] = k[1] = k[2] = 0;
    memcpy(k, c->form, c->flen);
    return 1;
}

static int fold_is_scan(ctx *x, int32_t i, const char *const *list, size_t n);

/* fold_is() of a list with a number (lid) in the index, once its filter
 * let token i through: the token's word number, kept per token (a word
 * is asked of several lists), and the pair's lookup */
static __attribute__((noinline)) int
fold_is_idx(ctx *x, int32_t i, const char *const *list, size_t n, uint32_t lid)
{
    if (x->fwid == NULL && !x->fwidfail) {
        x->fwid =
            ws_arena_alloc(x->d->arena, (size_t)x->ntok * sizeof(uint16_t));
        x->fwidfail = x->fwid == NULL;
        x->fwnw = x->fwx->nwords;
    } else if (x->fwid != NULL && x->fwnw != x->fwx->nwords) {
        /* words came into the index since (a list met for the first time
         * in this thread, as in its first documents): a token kept as in
         * none of them may be one now, so every token is asked again */
        memset(x->fwid, 0, (size_t)x->ntok * sizeof(uint16_t));
        x->fwnw = x->fwx->nwords;
    }
    uint32_t w = x->fwid != NULL ? x->fwid[i] : 0;
    if (w == 0) {
        uint64_t k[3];
        if (!tok_fw_key(x, i, k))
            return fold_is_scan(x, i, list, n);
        w = x->fwx->word[fw_word_slot(x->fwx, k)].wid + 1;
        if (x->fwid != NULL)
            x->fwid[i] = (uint16_t)w;
    }
    return w > 1 &&
           x->fwx->pair[fw_pair_slot(x->fwx, (w - 1) << 16 | lid)] != 0;
}

/* list's signature set, put in slot e (lsig_find's); NULL for a list on the
 * stack */
static const uint64_t *
list_sig_new(const ctx *x, struct lsig *e, const char *const *list, size_t n)
{
    if (on_stack(list))
        return NULL;
    memset(e->m, 0, sizeof e->m);
    for (size_t k = 0; k < n; k++) {
        size_t l = strlen(list[k]);
        if (l == 0) {
            /* "" matches a token folded to nothing: no filter */
            memset(e->m, 0xFF, sizeof e->m);
            break;
        }
        unsigned b = ws_fold_sig((unsigned char)list[k][0],
                                 (unsigned char)list[k][l - 1], l);
        e->m[b >> 6] |= (uint64_t)1 << (b & 63);
    }
    e->list = list;
    e->n = (uint32_t)n;
    e->cid = 0;
    e->lid = fw_list(x, list, n);
    return e->m;
}

/* token i's signature bit + 1 from its bytes when they are ASCII (under
 * 64 bytes, no NUL: they fold to themselves in lower case, fold_is_raw),
 * else FSIG_NONE */
static inline unsigned
tok_sig_ascii(const ws_doc *d, int32_t i)
{
    const unsigned char *r = (const unsigned char *)ws_tok_ptr(d, i);
    int32_t rl = ws_tok_blen(d, i);
    if (rl <= 0 || rl >= 64)
        return FSIG_NONE;
    /* a byte past ASCII or NUL, 8 or 4 at a time (a high bit, or the
     * borrow of a zero byte): the last 8 or 4 overlapping the ones before
     * (all within the token's bytes), no loop over the tail; under 4
     * bytes the first, middle and last */
    uint64_t bad = 0;
    if (rl >= 8) {
        uint64_t w;
        for (int32_t j = 0; j + 8 < rl; j += 8) {
            memcpy(&w, r + j, 8);
            bad |= (w | ((w - 0x0101010101010101ull) & ~w));
        }
        memcpy(&w, r + rl - 8, 8);
        bad |= (w | ((w - 0x0101010101010101ull) & ~w));
        bad &= 0x8080808080808080ull;
    } else if (rl >= 4) {
        uint32_t w0, w1;
        memcpy(&w0, r, 4);
        memcpy(&w1, r + rl - 4, 4);
        bad = ((w0 | ((w0 - 0x01010101u) & ~w0)) |
               (w1 | ((w1 - 0x01010101u) & ~w1))) &
              0x80808080u;
    } else {
        bad = ((unsigned)(r[0] - 1u) >= 0x7Fu) |
              ((unsigned)(r[rl >> 1] - 1u) >= 0x7Fu) |
              ((unsigned)(r[rl - 1] - 1u) >= 0x7Fu);
    }
    if (bad)
        return FSIG_NONE;
#define LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c))
    return 1 + ws_fold_sig((unsigned char)LOWER(r[0]),
                           (unsigned char)LOWER(r[rl - 1]), (size_t)rl);
#undef LOWER
}

/* token i's signature bit + 1, FSIG_ANY when none (no filter) */
static unsigned
tok_sig_new(ctx *x, int32_t i)
{
    unsigned s = tok_sig_ascii(x->d, i);
    if (s == FSIG_NONE) {
        size_t l;
        const char *f = tok_fold(x, i, &l);
        s = l > 0 && f[0] != '\0' ? 1 + ws_fold_sig((unsigned char)f[0],
                                                    (unsigned char)f[l - 1], l)
                                  : FSIG_ANY;
    }
    x->fsig[i] = (uint16_t)s;
    return s;
}

/* fold_is() past its filter, for a list without a number in the index
 * (or a token without a key) */
static __attribute__((noinline)) int
fold_is_scan(ctx *x, int32_t i, const char *const *list, size_t n)
{
    size_t l;
    if (x->fsig != NULL && i >= 0 && i < x->ntok) {
        unsigned s = x->fsig[i];
        if (s == FSIG_NONE)
            s = tok_sig_new(x, i);
        if (s != FSIG_ANY) {
            struct lsig *e = lsig_get(x, list, n);
            const uint64_t *m = e->list == list && e->n == n
                                    ? e->m
                                    : list_sig_new(x, e, list, n);
            if (m != NULL && !(m[(s - 1) >> 6] >> ((s - 1) & 63) & 1))
                return 0;
        }
    }
    const tokfold *c = fc_entry(x, i);
    if (c != NULL && c->form == NULL) {
        int r = fold_is_raw(x, i, list, n);
        if (r >= 0)
            return r;
    }
    const char *f = tok_fold(x, i, &l);
    if (l == 0 || f[0] == '\0') {
        for (size_t k = 0; k < n; k++) {
            const char *s = list[k];
            if (l == 0 ? s[0] == '\0' : strlen(s) == l && memcmp(f, s, l) == 0)
                return 1;
        }
        return 0;
    }
    /* the first byte before the rest (most words differ there), the rest
     * compared in place, no strlen of each word that starts alike */
    const char c0 = f[0];
    for (size_t k = 0; k < n; k++) {
        const char *s = list[k];
        if (s[0] != c0)
            continue;
        size_t j = 1;
        while (j < l && s[j] == f[j] && s[j] != '\0')
            j++;
        if (j == l && s[l] == '\0')
            return 1;
    }
    return 0;
}

/* Is token i's folded form one of the n words of list?  Most answers
 * are the filter's no, taken here without a stack frame: the token's
 * signature known, the list's in its home slot or the next one
 * (lsig_find: where a list another holds the home of goes) and the bit
 * not in it. */
static int
fold_is(ctx *x, int32_t i, const char *const *list, size_t n)
{
    if (x->fsig != NULL && (uint32_t)i < (uint32_t)x->ntok) {
        unsigned s = x->fsig[i] - 1u; /* the bit, or FSIG_BITS or above */
        if (s < FSIG_BITS) {
            const struct lsig *e = &x->lsig[lsig_home(x, list)];
            if (e->list != list)
                e++;
            if (e->list == list && e->n == n) {
                if (!(e->m[s >> 6] >> (s & 63) & 1))
                    return 0;
                /* (the filter's answer first: it stands as before) */
                if (e->lid != 0)
                    return fold_is_idx(x, i, list, n, e->lid);
            }
        }
    }
    return fold_is_scan(x, i, list, n);
}

/* 0 when token i's folded form surely starts with none of the bytes of
 * first (lower-case ASCII), else 1: an ASCII first byte of a token under
 * 64 bytes folds to itself in lower case (fold_is_raw).  A sweep's test
 * before fold_is() on every token. */
static inline int
fold_first_in(ctx *x, int32_t i, const char *first)
{
    const char *r = ws_tok_ptr(x->d, i);
    int32_t rl = ws_tok_blen(x->d, i);
    char c = r[0];
    if (rl <= 0 || rl >= 64 || c == '\0' || (unsigned char)c >= 0x80)
        return 1;
    if (c >= 'A' && c <= 'Z')
        c = (char)(c + 32);
    for (; *first != '\0'; first++)
        if (*first == c)
            return 1;
    return 0;
}

/* Makes x->cbm (see ctx) at the first sweep of a document: the tokens
 * of each list the thread has met in a sweep so far (creg), by one pass
 * over the tokens' signatures.  Each sweep's cand_add read the tokens of
 * its list's signature buckets (the top 8 of the 10 bits) from a sort of
 * all the tokens by signature, made once a document; now it ORs a bitmap
 * of the list's full signature bits (fewer candidates too): per MB of
 * English est2 1131.3M -> 1123.5M.  A list met later in the document (as
 * in a thread's first one) is swept alone by cand_add. */
static void
cand_sweep(ctx *x)
{
    x->cswept = 1;
    const struct cand_reg *r = x->creg;
    uint32_t nl = r != NULL ? r->n : 0;
    size_t nw = (size_t)x->ntok / 64 + 1;
    x->cbm = ws_arena_alloc(x->d->arena, (nl + 1) * nw * sizeof(uint64_t));
    if (x->cbm == NULL)
        return;
    x->cnreg = nl;
    uint64_t *cbm = x->cbm, *none = x->cbm + nl * nw;
    const uint16_t *fsig = x->fsig;
    for (int32_t t = 0, nt = x->ntok; t < nt; t++) {
        unsigned s = fsig[t] - 1u; /* the bit, or FSIG_BITS or above */
        uint64_t bit = (uint64_t)1 << (t & 63);
        size_t k = (size_t)t >> 6;
        if (s >= FSIG_BITS) {
            none[k] |= bit;
            continue;
        }
        for (uint32_t mk = nl != 0 ? r->bits[s] : 0; mk != 0; mk &= mk - 1)
            cbm[(size_t)__builtin_ctz(mk) * nw + k] |= bit;
    }
}

/* A set of candidate tokens for a sweep of every token: a bit per token
 * (NULL: every token is one).  A sweep whose rule needs one of a list's
 * words at a fixed distance from its token asks only the tokens where
 * one of them may be (cand_add), in order (cand_next). */
static uint64_t *
cand_new(ctx *x)
{
    if (x->fsig == NULL)
        return NULL;
    if (!x->cswept)
        cand_sweep(x);
    return ws_arena_alloc(x->d->arena,
                          ((size_t)x->ntok / 64 + 1) * sizeof(uint64_t));
}

/* The list of slot e (its signature set m) among the sweeps' lists: its
 * number there, given on its first sweep while there is room; 0 when it
 * has none */
static uint32_t
cand_list(ctx *x, struct lsig *e, const uint64_t *m)
{
    struct cand_reg *r = x->creg;
    if (e->cid != 0 || r == NULL || r->n >= CAND_LISTS)
        return e->cid;
    e->cid = ++r->n;
    for (unsigned w = 0; w < FSIG_BITS / 64; w++)
        for (uint64_t b = m[w]; b != 0; b &= b - 1)
            r->bits[w * 64 + (unsigned)__builtin_ctzll(b)] |= (uint32_t)1
                                                              << (e->cid - 1);
    return e->cid;
}

/* Adds to c the tokens t whose word at t + off may be one of the n words
 * of list (fold_is: its signature's bit is the list's, or it has none),
 * off 0 to 63 */
static void
cand_add(ctx *x, uint64_t *c, const char *const *list, size_t n, int32_t off)
{
    if (c == NULL)
        return;
    struct lsig *e = lsig_get(x, list, n);
    const uint64_t *m =
        e->list == list && e->n == n ? e->m : list_sig_new(x, e, list, n);
    uint32_t cid = m != NULL ? cand_list(x, e, m) : 0;
    int32_t nt = x->ntok;
    if (cid != 0 && cid <= x->cnreg && x->cbm != NULL) {
        /* the sweep's tokens of the list and those without a signature,
         * off tokens back */
        size_t nw = (size_t)nt / 64 + 1;
        const uint64_t *lb = x->cbm + (cid - 1) * nw;
        const uint64_t *nb = x->cbm + x->cnreg * nw;
        for (size_t k = 0; k < nw; k++) {
            uint64_t hi = k + 1 < nw && off > 0
                              ? (lb[k + 1] | nb[k + 1]) << (64 - off)
                              : 0;
            c[k] |= (lb[k] | nb[k]) >> off | hi;
        }
        return;
    }
    /* a list met after the sweep (or past its room): its tokens here */
    for (int32_t t = off; t < nt; t++) {
        unsigned s = x->fsig[t] - 1u;
        if (m == NULL || s >= FSIG_BITS || (m[s >> 6] >> (s & 63) & 1))
            c[(t - off) >> 6] |= (uint64_t)1 << ((t - off) & 63);
    }
}

/* Adds to c the tokens t whose word at t + off may start an entry of
 * the cues lexicon (x->cuestart), off 0 to 63 */
static void
cand_add_cue(ctx *x, uint64_t *c, int32_t off)
{
    if (c == NULL)
        return;
    int32_t nk = x->ntok / 64 + 1;
    for (int32_t k = 0; k < nk; k++) {
        if (x->cuestart == NULL) {
            c[k] = ~(uint64_t)0;
            continue;
        }
        uint64_t hi =
            k + 1 < nk && off > 0 ? x->cuestart[k + 1] << (64 - off) : 0;
        c[k] |= x->cuestart[k] >> off | hi;
    }
}

/* The first candidate of c at t or after it (x->ntok when none; t
 * itself when c is NULL) */
static int32_t
cand_next(ctx *x, const uint64_t *c, int32_t t)
{
    if (c == NULL || t >= x->ntok)
        return t;
    if (t < 0)
        t = 0;
    int32_t k = t >> 6, nk = x->ntok / 64 + 1;
    uint64_t wd = c[k] & (~(uint64_t)0 << (t & 63));
    while (wd == 0) {
        if (++k >= nk)
            return x->ntok;
        wd = c[k];
    }
    return k * 64 + __builtin_ctzll(wd);
}

/* English: a subject pronoun ("he", "she", "they", "we", "I", "it"). */
static int
en_nom_pron(ctx *x, int32_t i)
{
    static const char *const nom[] = {"he", "she", "they", "we", "i", "it"};
    return fold_is(x, i, nom, sizeof nom / sizeof *nom);
}

/* fold_starts()' filter: a list's set of the first two bytes of its
 * stems (256 bits by a hash of the two), made once per thread and list
 * (a static array: its address names it) in a small direct-mapped cache;
 * no filter (every bit) when a stem is shorter than two bytes.  A word
 * whose first two bytes are not in the set starts with none of the
 * stems, without a pass over the list (per MB of English est2 -2.2M).
 * 256 slots (12 KB a thread): at 64, two of the lists a document asks
 * for met in one slot in some builds, by where the linker put them, and
 * fold_starts' est2 per MB went from 1.7M to 5.3M with stance.c as it
 * was. */
enum { FST_SLOTS = 256 };
static _Thread_local struct fst {
    const char *const *list; /* NULL: an empty slot */
    size_t n;
    uint64_t m[4];
} fst_tab[FST_SLOTS];

static inline unsigned
fst_bit(const char *f)
{
    return ((unsigned)(unsigned char)f[0] * 31u +
            (unsigned)(unsigned char)f[1]) &
           255u;
}

/* list's set, from its slot or made there; NULL for a list on the stack */
static const uint64_t *
fst_set(const char *const *list, size_t n)
{
    if (on_stack(list))
        return NULL;
    uint64_t h = (uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15ull;
    struct fst *e = &fst_tab[(h >> 56) & (FST_SLOTS - 1)];
    if (e->list == list && e->n == n)
        return e->m;
    memset(e->m, 0, sizeof e->m);
    for (size_t k = 0; k < n; k++) {
        if (list[k][0] == '\0' || list[k][1] == '\0') {
            memset(e->m, 0xFF, sizeof e->m);
            break;
        }
        unsigned b = fst_bit(list[k]);
        e->m[b >> 6] |= (uint64_t)1 << (b & 63);
    }
    e->list = list;
    e->n = n;
    return e->m;
}

/* Does token i's folded form start with one of the n stems in list? */
static int
fold_starts(ctx *x, int32_t i, const char *const *list, size_t n)
{
    size_t l;
    const char *f = tok_fold(x, i, &l);
    const uint64_t *m = n > 1 ? fst_set(list, n) : NULL;
    if (m != NULL && ~m[0] != 0) {
        /* (every stem of two bytes or more: a shorter word is none) */
        if (l < 2)
            return 0;
        unsigned b = fst_bit(f);
        if (!(m[b >> 6] >> (b & 63) & 1))
            return 0;
    }
    for (size_t k = 0; k < n; k++) {
        /* (the first byte before the length: most stems differ there) */
        if (list[k][0] != '\0' && (l == 0 || list[k][0] != f[0]))
            continue;
        size_t sl = strlen(list[k]);
        if (l >= sl && memcmp(f, list[k], sl) == 0)
            return 1;
    }
    return 0;
}

/* German: does tokens [a, b) hold a name, an organisation, a role or a
 * speaker noun? */
static int
de_names_source(ctx *x, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++) {
        int32_t en = x->ent[k];
        if ((en >= 0 && (is_person(x->d, en) || is_orgish(x->d, en) ||
                         x->d->entities.v[en].type == WS_ROLE)) ||
            (ws_tok_is_word(x->d, k) && lexclass(x, x->L.spk, k)))
            return 1;
    }
    return 0;
}

/* German verb-second order: is the subject of the finite cue at p the
 * phrase after it ("Am Abend sagte er", "Der Zeitung sagte Karma",
 * "Dies sei falsch, erklärte die Polizei")?  The phrase before the verb
 * is the subject only when it fills the whole prefield and is no
 * dative or accusative phrase. */
static int
de_right_subject(ctx *x, int32_t p, int m, int32_t lo, int32_t hi,
                 int32_t left_end)
{
    static const char *const oblique[] = {"dem",   "den",   "einem", "einen",
                                          "des",   "eines", "ihm",   "ihr",
                                          "ihnen", "uns",   "mir",   "dir"};
    static const char *const nom[] = {"er", "wir", "ich", "man"};
    static const char *const nomamb[] = {"sie", "es"};
    ws_doc *d = x->d;
    if (!lang_is(x, "de"))
        return 0;
    int32_t r0 = skip_adv_fwd(x, p + m, hi);
    if (r0 >= hi || !ws_tok_is_word(d, r0) || x->qid[r0] >= 0)
        return 0;
    int rightnom = fold_is(x, r0, nom, 4) || is_person(d, x->ent[r0]);
    int rightamb = fold_is(x, r0, nomamb, 2) || is_det(x, r0) ||
                   is_orgish(d, x->ent[r0]) || lexclass(x, x->L.spk, r0);
    /* "ihr Vorsitzender", "ihr neuer Chef": the possessive before a
     * noun, no dative */
    int poss =
        tok_is(d, r0, "ihr") && r0 + 1 < hi && !is_person(d, x->ent[r0 + 1]) &&
        (is_cap(d, r0 + 1) ||
         (r0 + 2 < hi && ws_tok_is_word(d, r0 + 1) && !is_det(x, r0 + 1) &&
          is_cap(d, r0 + 2) && !is_person(d, x->ent[r0 + 2])));
    if (poss)
        rightamb = 1;
    if (!rightnom && !rightamb)
        return 0;
    if (!poss && fold_is(x, r0, oblique, sizeof oblique / sizeof *oblique))
        return 0;
    /* "warf der Regierung Versagen vor": "der" before a noun of a
     * feminine suffix is a dative or genitive */
    if (tok_is(d, r0, "der") && r0 + 1 < hi && is_cap(d, r0 + 1)) {
        static const char *const fem[] = {
            "ung",  "heit",       "keit", "schaft", "tion",
            "sion", "t\xc3\xa4t", "erin", "ei",     "ie"};
        size_t n;
        const char *f = tok_fold(x, r0 + 1, &n);
        for (size_t i = 0; i < sizeof fem / sizeof *fem; i++) {
            size_t l = strlen(fem[i]);
            if (n > l + 2 && memcmp(f + n - l, fem[i], l) == 0)
                return 0;
        }
    }
    if (rightnom)
        return 1;
    /* "... und bezeichnete die Brücke als ...": a coordinated clause
     * that shares the subject of the first */
    if (left_end >= lo && left_end == p - 1 &&
        (lexclass(x, x->L.skip, left_end) & K_CONJ))
        return 0;
    /* the left phrase */
    if (left_end < lo)
        return 1;
    int32_t la = np_left(x, left_end, lo);
    if (la < 0)
        return 1;
    if (fold_is(x, la, oblique, sizeof oblique / sizeof *oblique))
        return 1;
    /* "Der britischen Zeitung erklärte die Ministerin": "der" with an
     * adjective in "-en" is a dative or genitive (the nominative takes
     * "-e": "der neue Chef") */
    if (tok_is(d, la, "der") || tok_is(d, la, "Der")) {
        size_t an;
        const char *af = la + 1 <= left_end && ws_tok_is_word(d, la + 1) &&
                                 !is_cap(d, la + 1)
                             ? tok_fold(x, la + 1, &an)
                             : NULL;
        if (af != NULL && an > 3 && af[an - 2] == 'e' && af[an - 1] == 'n')
            return 1;
    }
    /* the prefield starts at the clause start */
    if (la > lo && ws_tok_is_word(d, la - 1) &&
        !(lexclass(x, x->L.skip, la - 1) & K_CONJ))
        return 1;
    /* "Die Zahl der Toten konnte die Polizei nicht bestätigen": both
     * phrases may be nominative; when only the one after the verb names
     * a possible speaker, and the one before is a common noun phrase with
     * its article, the one after is the subject */
    int32_t r1 = np_right(x, r0, hi);
    if (r1 <= r0 || !is_det(x, la) || !de_names_source(x, r0, r1))
        return 0;
    /* "Die Anwohner kritisierten die Polizei": a plural finite verb
     * right after the prefield does not agree with a singular noun after
     * it (an article and one noun in a letter no plural ends in: "-ei",
     * "-ung", "-t"), so that one is the object */
    if (left_end == p - 1 && m == 1 && r1 == r0 + 2 && is_det(x, r0) &&
        is_cap(d, r0 + 1)) {
        size_t vn, nn;
        const char *vf = tok_fold(x, p, &vn);
        const char *nf = tok_fold(x, r0 + 1, &nn);
        if (vn > 4 && vf[vn - 2] == 'e' && vf[vn - 1] == 'n' && nn > 2 &&
            !strchr("enrsl", nf[nn - 1]))
            return 0;
    }
    for (int32_t k = la; k <= left_end; k++)
        if (x->ent[k] >= 0 || de_names_source(x, k, k + 1))
            return 0;
    return 1;
}

static int32_t appos_subject(ctx *x, int32_t s0, int32_t comma);

/* German finite auxiliaries of the perfect and pluperfect (haben, sein;
 * indicative and subjunctive), before a clause-final participle cue. */
static const char *const de_perf_aux[] = {
    "hat", "hatte", "habe", "hätte", "haben", "hatten", "hätten",
    "ist", "war",   "sind", "waren", "sei",   "wäre"};
#define NDE_PERF_AUX (sizeof de_perf_aux / sizeof *de_perf_aux)

/* German: the subject of a finite cue at p that follows an apposition
 * ("Anna Berg, die Sprecherin der Stadt, sagte ...: ") or a coordinating
 * conjunction with the subject left out ("Er lobte X und bezeichnete Y
 * als ..."), when no nominative pronoun or name follows the cue.  Sets
 * *a, *b and returns 1 when found. */
/* Is tokens [a, b) one whole person's name? */
static int
whole_person(ctx *x, int32_t a, int32_t b)
{
    if (b <= a || !is_person(x->d, x->ent[a]))
        return 0;
    for (int32_t t = a + 1; t < b; t++)
        if (x->ent[t] != x->ent[a])
            return 0;
    return x->ent[b] != x->ent[a] && (a == 0 || x->ent[a - 1] != x->ent[a]);
}

/* German subject with an apposition the general rule does not take (a
 * long head, "seines Zeichens ..."): "Die Sprecherin des Amtes in Bonn,
 * Eva Roth, teilte mit", "Max Bauer, seines Zeichens Direktor der Bank,
 * warnte": the person's name between the commas, else the name the
 * clause opens with, is the speaker. */
static int
de_appos_name(ctx *x, int32_t lo, int32_t comma, int32_t *a, int32_t *b)
{
    ws_doc *d = x->d;
    int32_t c2 = -1;
    for (int32_t t = comma - 1; t > lo && t >= comma - 24; t--) {
        if (x->qid[t] >= 0 || ws_tok_is_final(d, t) || tok_is(d, t, ";") ||
            tok_is(d, t, ":"))
            return 0;
        if (tok_is(d, t, ",")) {
            c2 = t;
            break;
        }
    }
    if (c2 < 0)
        return 0;
    if (whole_person(x, c2 + 1, comma)) {
        *a = c2 + 1;
        *b = comma;
        return 1;
    }
    int32_t h = lo;
    static const char *const wie[] = {"wie"};
    if (h < c2 && fold_is(x, h, wie, 1))
        h++;
    if (whole_person(x, h, c2)) {
        *a = h;
        *b = c2;
        return 1;
    }
    return 0;
}

static int
de_left_subject(ctx *x, int32_t p, int m, int32_t lo, int32_t hi, int32_t e,
                int32_t *a, int32_t *b)
{
    static const char *const nom[] = {"er", "sie", "wir", "ich", "man", "es"};
    ws_doc *d = x->d;
    if (!lang_is(x, "de") || e < lo)
        return 0;
    /* "X kommentierte die Lage mit den Worten: ...": the cue is an
     * adverbial, the subject opens the clause */
    static const char *const mit[] = {"mit"};
    if (m >= 3 && fold_is(x, p, mit, 1)) {
        /* "Die Zeitung zitiert einen Zeugen mit den Worten": the one
         * quoted speaks */
        for (int32_t k = lo; k < p; k++) {
            size_t fl;
            const char *f = tok_fold(x, k, &fl);
            if (fl < 7 || memcmp(f, "zitier", 6) != 0)
                continue;
            static const char *const adv[] = {"dazu", "damit", "auch",
                                              "außerdem", "zudem"};
            int32_t r0 = skip_adv_fwd(x, k + 1, p);
            while (r0 < p && fold_is(x, r0, adv, sizeof adv / sizeof *adv))
                r0 = skip_adv_fwd(x, r0 + 1, p);
            int32_t r1 = np_right(x, r0, p);
            if (r1 > r0) {
                *a = r0;
                *b = r1;
                return 1;
            }
        }
        int32_t r = np_right(x, lo, p);
        if (r > lo && r < p && (is_det(x, lo) || is_cap(d, lo))) {
            *a = lo;
            *b = r;
            return 1;
        }
    }
    /* "X hat den Plan in einer Mail bestätigt: ...": a participle at the
     * end of its clause has its subject around the finite auxiliary */
    if (m == 1 && ws_de_participle(x->w, d, p)) {
        int32_t au = -1;
        for (int32_t k = lo; k < p; k++)
            if (ws_tok_is_word(d, k) && !is_cap(d, k) &&
                fold_is(x, k, de_perf_aux, NDE_PERF_AUX)) {
                au = k;
                break;
            }
        if (au > lo && np_left(x, au - 1, lo) == lo) {
            *a = lo;
            *b = au;
            return 1;
        }
        if (au >= lo) {
            int32_t r0 = skip_adv_fwd(x, au + 1, p);
            int32_t r1 = np_right(x, r0, p);
            if (r1 > r0) {
                *a = r0;
                *b = r1;
                return 1;
            }
        }
    }
    /* "..., indem sie den Rat zum Handeln aufforderte: ...": a
     * subordinate clause with its verb last has its subject right after
     * the conjunction (not the word before the verb) */
    static const char *const sub[] = {"indem", "nachdem", "weil", "da",
                                      "als",   "obwohl",  "wobei"};
    if (e >= lo && e == p - 1) {
        int32_t c0 = p;
        while (c0 > lo && !is_clause_punct(d, c0 - 1) && !is_dash(d, c0 - 1) &&
               x->qid[c0 - 1] < 0)
            c0--;
        if (c0 > lo && tok_is(d, c0 - 1, ",") && p - c0 >= 3 &&
            fold_is(x, c0, sub, sizeof sub / sizeof *sub)) {
            int32_t r1 = np_right(x, c0 + 1, p);
            if (r1 > c0 + 1 && r1 < p) {
                *a = c0 + 1;
                *b = r1;
                return 1;
            }
        }
    }
    if (e != p - 1)
        return 0;
    int32_t r0 = skip_adv_fwd(x, p + m, hi);
    if (r0 < hi && ws_tok_is_word(d, r0) &&
        (fold_is(x, r0, nom, sizeof nom / sizeof *nom) ||
         is_person(d, x->ent[r0])))
        return 0;
    if (tok_is(d, e, ",")) {
        int32_t ap = appos_subject(x, lo, e);
        if (ap < 0)
            return de_appos_name(x, lo, e, a, b);
        *a = ap;
        *b = e;
        return 1;
    }
    if ((lexclass(x, x->L.skip, e) & K_CONJ) && e > lo) {
        int32_t r = np_right(x, lo, e);
        if (r > lo && r < e) {
            *a = lo;
            *b = r;
            return 1;
        }
        /* "Am Montag kritisierte die Gewerkschaft den Plan und forderte
         * ...": no phrase opens the first clause, so its verb has the
         * subject after it, which the second verb shares; a verb that is
         * no cue stands right after an opening prepositional phrase or
         * adverb ("Am Abend besuchte die Ministerin ... und sagte") */
        static const char *const obl[] = {"dem",   "den", "einem",
                                          "einen", "des", "eines"};
        int32_t fv = -1;
        if (fold_is(x, lo, de_prep, NDE_PREP)) {
            int32_t j = np_right(x, lo + 1, e);
            fv = j > lo + 1 ? j : -1;
        } else {
            int32_t j = skip_adv_fwd(x, lo, e);
            fv = j > lo ? j : -1;
        }
        if (fv > lo && fv + 1 < e && x->cuelen[fv] == 0 &&
            ws_tok_is_word(d, fv) && !is_cap(d, fv) && x->qid[fv] < 0) {
            int32_t s = fv + 1;
            if (tok_is(d, s, "sich"))
                s++;
            s = skip_adv_fwd(x, s, e);
            /* an object before the subject ("Danach half dem Mann ein
             * Passant und sagte", "dankte ihm eine Sprecherin") */
            static const char *const objpro[] = {"ihm", "ihn", "ihnen"};
            for (int k = 0; k < 2 && s < e; k++) {
                int32_t o = s;
                if (fold_is(x, s, objpro, sizeof objpro / sizeof *objpro))
                    o = s + 1;
                else if (fold_is(x, s, obl, sizeof obl / sizeof *obl))
                    o = np_right(x, s, e);
                /* "überreichte dem Sieger der Präsident den Preis": a
                 * dative phrase read with a "der" genitive leaves the
                 * clause no subject after it; that "der" is the
                 * nominative and opens the subject */
                static const char *const dat[] = {"dem", "einem"};
                if (o > s + 2 && o < e &&
                    fold_is(x, s, dat, sizeof dat / sizeof *dat)) {
                    int32_t n2 = skip_adv_fwd(x, o, e);
                    if (!(n2 < e && (is_det(x, n2) || is_cap(d, n2)) &&
                          !fold_is(x, n2, obl, sizeof obl / sizeof *obl)))
                        for (int32_t g = s + 2; g < o; g++)
                            if (tok_is(d, g, "der") && is_cap(d, g - 1)) {
                                o = g;
                                break;
                            }
                }
                if (o <= s || o >= e)
                    break;
                s = skip_adv_fwd(x, o, e);
            }
            int32_t t = s < e && (is_det(x, s) || is_cap(d, s)) &&
                                !fold_is(x, s, obl, sizeof obl / sizeof *obl)
                            ? np_right(x, s, e)
                            : s;
            if (t > s) {
                *a = s;
                *b = t;
                return 1;
            }
        }
        for (int32_t v = lo + 1; v < e; v++) {
            unsigned va, vg;
            int vm = cue_at(x, v, &va, &vg);
            if (vm == 0 || !(va & (C_SAY | C_ACT)))
                continue;
            if (!de_right_subject(x, v, vm, lo, e, v - 1))
                break;
            int32_t s = skip_adv_fwd(x, v + vm, e);
            int32_t t = np_right(x, s, e);
            if (t <= s)
                break;
            *a = s;
            *b = t;
            return 1;
        }
    }
    return 0;
}

/* Speaker for a cue at p..p+m: the phrase on its left, or on its right
 * (inverted).  Sets *a, *b (tokens) or *a = -1. */
/* English: an indefinite or quantified subject ending at e that np_left
 * does not take: "(not) everyone", "nobody", "someone", and a quantifier
 * with "of whom/which/them/us" ("many of whom argue", "some of them
 * argue").  Sets [*a, *b); 0 when e ends none. */
static int en_quant_subject(ctx *x, int32_t k, int32_t s0);

static int
en_indef_subject(ctx *x, int32_t e, int32_t lo, int32_t *a, int32_t *b)
{
    static const char *const indef[] = {"everyone", "everybody", "someone",
                                        "somebody", "anyone",    "anybody",
                                        "nobody",   "no one",    "none"};
    static const char *const ofw[] = {"whom", "which", "them",
                                      "us",   "these", "those"};
    static const char *const q[] = {
        "all",  "both", "some", "many",  "most", "few",     "each",  "several",
        "none", "one",  "two",  "three", "half", "neither", "either"};
    static const char *const neg[] = {"not", "almost", "nearly", "virtually"};
    /* (not "others": "Ito, others vow ..." joins a name) */
    static const char *const alone[] = {"all",  "both", "many",   "most",
                                        "some", "few",  "several"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || e < lo || x->qid[e] >= 0)
        return 0;
    int32_t s = -1;
    if (fold_is(x, e, indef, sizeof indef / sizeof *indef))
        s = e;
    else if (fold_is(x, e, alone, sizeof alone / sizeof *alone) &&
             en_quant_subject(x, e, lo))
        s = e; /* "To some degree, all agreed ...": a quantifier alone */
    else if (e - 2 >= lo && fold_is(x, e, ofw, sizeof ofw / sizeof *ofw) &&
             tok_is(d, e - 1, "of") &&
             fold_is(x, e - 2, q, sizeof q / sizeof *q))
        s = e - 2;
    if (s < 0)
        return 0;
    if (s - 1 >= lo && fold_is(x, s - 1, neg, sizeof neg / sizeof *neg))
        s--;
    *a = s;
    *b = e + 1;
    return 1;
}

/* English: the cue at p is an infinitive after the object of a verb that
 * makes its object do it ("forced the chief, who was under questioning,
 * to admit that ...", "has led the writer to fear ...", "prompted her to
 * warn"): the object is the speaker.  Sets [*a, *b) to the object phrase
 * (a comma-enclosed aside after it may stand before "to"); 0 when the
 * pattern is not there.  Looks back at most 24 tokens in the sentence. */
static int
en_control_object(ctx *x, int32_t p, int32_t lo, int32_t *a, int32_t *b)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || p - 3 < lo || !tok_is(d, p - 1, "to"))
        return 0;
    for (int32_t j = p - 3; j >= lo && j >= p - 26; j--) {
        if (x->qid[j] >= 0 || ws_tok_is_final(d, j) || tok_is(d, j, ";") ||
            tok_is(d, j, ":"))
            return 0;
        if (is_cap(d, j) || !skip_has(x, j, K_CTRL))
            continue;
        int32_t r = np_right(x, j + 1, p - 1);
        if (r <= j + 1)
            return 0;
        /* "the veteran writer Ole Brask": whatever words stand between
         * the verb and "to" are its object (up to eight) */
        if (r < p - 1 && p - 1 - (j + 1) <= 8) {
            int32_t k = r;
            while (k < p - 1 && ws_tok_is_word(d, k) && !x->cuelen[k])
                k++;
            if (k == p - 1)
                r = k;
        }
        /* the phrase runs to "to", or an aside between commas does */
        if (r != p - 1 && !(tok_is(d, r, ",") && tok_is(d, p - 2, ",")))
            return 0;
        *a = j + 1;
        *b = r;
        return 1;
    }
    return 0;
}

static void
find_speaker(ctx *x, int32_t p, int m, int32_t lo, int32_t hi, int32_t *a,
             int32_t *b, int prefer_right)
{
    *a = -1;
    *b = -1;
    if (!prefer_right && en_control_object(x, p, lo, a, b))
        return;
    int32_t e = skip_adv_back(x, p, lo);
    int32_t s = -1;
    if (!prefer_right && en_indef_subject(x, e, lo, a, b))
        return;
    if (!prefer_right && de_left_subject(x, p, m, lo, hi, e, a, b))
        return;
    if (!prefer_right && de_right_subject(x, p, m, lo, hi, e))
        prefer_right = 1;
    if (!prefer_right && e >= lo)
        s = np_left(x, e, lo);
    if (s >= 0) {
        *a = s;
        *b = e + 1;
        return;
    }
    int32_t r0 = skip_adv_fwd(x, p + m, hi);
    int32_t r1 = np_right(x, r0, hi);
    if (r1 > r0) {
        *a = r0;
        *b = r1;
        return;
    }
    if (prefer_right && e >= lo) {
        s = np_left(x, e, lo);
        if (s >= 0) {
            *a = s;
            *b = e + 1;
        }
    }
    /* German coordinated verb: "X dankte dem Team und sagte: ..." has the
     * clause's subject */
    if (*a < 0 && e > lo && lang_is(x, "de") &&
        (lexclass(x, x->L.skip, e) & K_CONJ)) {
        int32_t r = np_right(x, lo, e);
        if (r > lo) {
            *a = lo;
            *b = r;
        }
    }
}

/* A source a cue names ("nach Polizeiangaben", "Angaben der Feuerwehr
 * zufolge"): it ends in a capitalised noun and holds no possessive
 * ("nach ihren Worten", "nach eigener Aussage" stand for someone else). */
static int
named_source(ctx *x, ws_span sp)
{
    static const char *const poss[] = {
        "sein",    "seine",   "seiner", "seinen",  "seinem",  "ihr",
        "ihre",    "ihrer",   "ihren",  "ihrem",   "unser",   "unsere",
        "unserer", "unseren", "eigene", "eigener", "eigenen", "eigenem"};
    ws_doc *d = x->d;
    int32_t a = ws_doc_tok_at(d, sp.start, 0), b = ws_doc_tok_at(d, sp.end, 1);
    if (a >= b || b > d->tokens.n || !is_cap(d, b - 1))
        return 0;
    for (int32_t k = a; k < b; k++)
        if (fold_is(x, k, poss, sizeof poss / sizeof *poss))
            return 0;
    return 1;
}

static int stmt_holds(const ws_statement *st, int32_t c);

/* German: the finite verb after the prefield that opens a main clause
 * at s0, before lim: the first word in lower case with no noun right
 * after it and no hyphen beside it (not an adjective "die hessische
 * Ministerin", "die baden-württembergische"); -1 when there is none, or
 * the prefield opens with a preposition, an adverb or a subordinator
 * (no subject). */
static int32_t
de_finite_after_prefield(ctx *x, int32_t s0, int32_t lim)
{
    ws_doc *d = x->d;
    if (lim - s0 > 30 ||
        (lexclass(x, x->L.skip, s0) & (K_PREP | K_ADV | K_SUB | K_TIME)))
        return -1;
    int32_t f = s0 + 1;
    while (f < lim &&
           (!ws_tok_is_word(d, f) || is_cap(d, f) || is_det(x, f) ||
            is_cap(d, f + 1) || tok_is(d, f - 1, "-") || tok_is(d, f + 1, "-")))
        f++;
    return f < lim ? f : -1;
}

/* German "Die Stadtwerke haben eigenen Angaben zufolge ...", "Nach
 * eigenen Angaben hat die Firma ...": a source phrase with a possessive
 * (o's speaker beside its cue "zufolge", "nach") stands for the subject
 * of its clause, who speaks on after it: the prefield before the
 * finite verb, or the noun phrase after the verb when the phrase opens
 * the sentence.  Its tokens in [*a, *b); 0 when there is none. */
static int
de_own_source_subject(ctx *x, const ws_statement *o, int32_t *a, int32_t *b)
{
    static const char *const poss[] = {
        "sein",    "seine",   "seiner", "seinen",  "seinem",  "ihr",
        "ihre",    "ihrer",   "ihren",  "ihrem",   "unser",   "unsere",
        "unserer", "unseren", "eigene", "eigener", "eigenen", "eigenem"};
    ws_doc *d = x->d;
    if (!lang_is(x, "de") || o->speaker.start < 0 || o->cue.start < 0)
        return 0;
    int32_t sa = ws_doc_tok_at(d, o->speaker.start, 0);
    int32_t sb = ws_doc_tok_at(d, o->speaker.end, 1);
    int32_t ca = ws_doc_tok_at(d, o->cue.start, 0);
    int32_t cb = ws_doc_tok_at(d, o->cue.end, 1);
    if (sa < 0 || sb <= sa || sb > x->ntok || ca < 0 || cb <= ca ||
        cb > x->ntok || !(x->cueattr[ca] & (C_PREP | C_POST)))
        return 0;
    /* (the span may leave the possessive out: "eigenen | Angaben") */
    while (sa > 0 && fold_is(x, sa - 1, poss, sizeof poss / sizeof *poss))
        sa--;
    int own = 0;
    for (int32_t k = sa; k < sb; k++)
        own |= fold_is(x, k, poss, sizeof poss / sizeof *poss);
    if (!own)
        return 0;
    /* the source phrase, its cue with it, right next to each other */
    int32_t p0 = sa < ca ? sa : ca, p1 = sb > cb ? sb : cb;
    if (p1 - p0 != (sb - sa) + (cb - ca))
        return 0;
    int32_t s0 = sent_t0(x, p0), s1 = sent_t1(x, p0);
    int32_t n0, n1;
    if (p0 > s0) {
        /* the prefield, then the finite verb and adverbs */
        n0 = s0;
        int32_t f = de_finite_after_prefield(x, s0, p0);
        if (f < 0)
            return 0;
        for (int32_t k = f; k < p0; k++)
            if (!ws_tok_is_word(d, k) || is_cap(d, k) || x->qid[k] >= 0)
                return 0;
        n1 = f;
        while (n1 > n0 + 1 && tok_is(d, n1 - 1, ","))
            n1--;
    } else {
        /* "Nach eigenen Angaben hat die Firma ...": the verb, then the
         * subject */
        int32_t f = p1;
        if (f + 1 >= s1 || !ws_tok_is_word(d, f) || is_cap(d, f))
            return 0;
        n0 = f + 1;
        n1 = np_right(x, n0, s1);
        if (n1 <= n0 || !(x->ent[n0] >= 0 || is_det(x, n0)))
            return 0;
    }
    int rel;
    if (!(x->ent[n0] >= 0 || is_det(x, n0) || is_cap(d, n0)) ||
        (n1 - n0 == 1 && pron_gender(x, n0, &rel)))
        return 0;
    *a = n0;
    *b = n1;
    return 1;
}

/* Gives st the speaker of the last statement before position pos; with
 * incue, a source named inside its cue ("nach Polizeiangaben") counts
 * when it is a capitalised noun (not "nach ihren Worten"). */
static int
prev_speaker(ctx *x, ws_statement *st, int32_t pos, int32_t minpos, int incue)
{
    ws_doc *d = x->d;
    const ws_statement *best = NULL;
    int32_t bestpos = -1, w[4];
    stmt_window(x, pos, d->statements.n, w);
    for (int part = 0; part < 4; part += 2)
        for (int32_t s = w[part]; s < w[part + 1]; s++) {
            const ws_statement *o = &d->statements.v[s];
            if (o == st)
                continue;
            int32_t op = o->ncontent ? o->content[0].start : o->cue.start;
            if (o->cue.start >= 0 && o->cue.start < op)
                op = o->cue.start;
            /* "nach ihren Informationen", "demnach": a source inside the
             * cue is no one to continue */
            if (o->speaker.start >= 0 && o->cue.start >= 0 &&
                o->speaker.start >= o->cue.start &&
                o->speaker.end <= o->cue.end &&
                !(incue && named_source(x, o->speaker)))
                continue;
            /* a German passive act the filter drops later: its
             * "speaker" is a noun of the clause, no source */
            if (op < pos && op > bestpos && op >= minpos &&
                (o->speaker.start >= 0 || o->speaker_name) &&
                !ws_de_dropped_act(x->w, d, o)) {
                best = o;
                bestpos = op;
            }
        }
    if (best == NULL)
        return 0;
    /* a statement nested in the content of another one that does not hold
     * pos ("X said Y would act and suggested ...", "X said he believed
     * ..., arguing"): the outer statement's speaker continues (English;
     * German: "X erklärte, eine Studie habe ergeben, dass ... . Die Lage
     * sei ...": the subjunctive goes on reporting X) */
    if (best->cue.start >= 0 && (lang_is(x, "en") || lang_is(x, "de")))
        for (int part = 0; part < 4; part += 2)
            for (int32_t s = w[part]; s < w[part + 1]; s++) {
                const ws_statement *o = &d->statements.v[s];
                if (o == st || o == best || o->ncontent == 0 ||
                    o->cue.start < minpos || o->cue.start >= pos ||
                    !(o->speaker.start >= 0 || o->speaker_name) ||
                    !stmt_holds(o, best->cue.start) || stmt_holds(o, pos) ||
                    stmt_holds(best, o->cue.start))
                    continue;
                best = o;
                part = 4;
                break;
            }
    int32_t oa, ob;
    if (de_own_source_subject(x, best, &oa, &ob)) {
        set_speaker(x, st, oa, ob, 0, oa);
        return 1;
    }
    st->speaker = best->speaker;
    st->speaker_ent = best->speaker_ent;
    st->speaker_name = best->speaker_name;
    st->speaker_role = best->speaker_role;
    st->speaker_org = best->speaker_org;
    return 1;
}

/* prev_speaker without the sources named inside cues. */
static int
copy_prev_speaker(ctx *x, ws_statement *st, int32_t pos, int32_t minpos)
{
    return prev_speaker(x, st, pos, minpos, 0);
}

static int32_t
para_start_cp(ctx *x, int32_t t, int back)
{
    int32_t p = para_of(x, t) - back;
    if (p < 0)
        p = 0;
    if (p < x->d->paragraphs.n)
        return x->d->paragraphs.v[p].start;
    return 0;
}

/* Attribution after a closing mark: ', X said', ', said X', '-- X'.  On
 * success fills st's cue and speaker and returns the token after the
 * attribution, else -1. */
/* French inversion after a quote: "a-t-il ajouté", "a-t-elle
 * déclaré" (the auxiliary, the pronoun clitic, a speech participle from
 * t).  Returns the clitic's token, or -1. */
static int32_t
fr_inverted(ctx *x, int32_t t, int32_t lim)
{
    ws_doc *d = x->d;
    unsigned a, g;
    int rel;
    if (!lang_is(x, "fr") || t + 2 >= lim || !ws_tok_is_word(d, t) ||
        ws_tok_ptr(d, t + 1)[0] != '-' || !pron_gender(x, t + 1, &rel) || rel ||
        !cue_at(x, t + 2, &a, &g) || !is_speech_cue(a))
        return -1;
    return t + 1;
}

/* Is the full stop at k an abbreviation's inside a short parenthesis,
 * not a sentence end: "Sen. Jane Roe (D-Mo.) said", "(R-Pa.)"? */
static int
paren_dot(ctx *x, int32_t k)
{
    ws_doc *d = x->d;
    if (!tok_is(d, k, ".") || k + 1 >= d->tokens.n || !tok_is(d, k + 1, ")"))
        return 0;
    for (int32_t j = k - 1; j >= 0 && j >= k - 5; j--) {
        if (tok_is(d, j, "("))
            return 1;
        if (ws_tok_is_final(d, j) || x->qid[j] >= 0)
            return 0;
    }
    return 0;
}

/* English: after a capitalised name ending before k, its possessive
 * and role noun, then an apposition between commas that names a person
 * ("Hale's cousin, state Rep. Ann Ortiz (D-Ohio), shouted"): the token
 * after the apposition's comma; else k. */
static int32_t
en_name_role_appos(ctx *x, int32_t k, int32_t hi)
{
    ws_doc *d = x->d;
    int32_t j = k;
    size_t n;
    const char *f = k > 0 ? tok_fold(x, k - 1, &n) : NULL;
    if (j < hi && en_poss_clitic(d, j))
        j++;
    else if (f == NULL || poss_stem_len(f, n) < 2)
        return k;
    int32_t r = j;
    while (j < hi && j < r + 3 && ws_tok_is_word(d, j) && !is_cap(d, j) &&
           !x->cuelen[j] && x->qid[j] < 0)
        j++;
    if (j >= hi || j == r || !tok_is(d, j, ","))
        return k;
    int person = 0;
    for (j++; j < hi && j < k + 16 && !tok_is(d, j, ","); j++) {
        if (ws_tok_is_final(d, j) || x->cuelen[j] ||
            (x->qid[j] >= 0 && !en_nick_mark(x, j)) ||
            ((d->tokens.v[j].flags & WS_TOK_QUOTE) && !en_nick_mark(x, j)))
            return k;
        person |= is_person(d, x->ent[j]);
    }
    return person && j + 1 < hi && tok_is(d, j, ",") ? j + 1 : k;
}

/* English: does a capitalised name of a few words at t, then a verb of
 * speech that ends its clause, stand before hi ("Graham asked.", "Smith
 * demanded, ...")?  The name is capitals only, so a new sentence with a
 * capitalised subject and a verb of its own ("Nobody said ...", "The
 * senator said the ...") is none. */
static int
en_name_says(ctx *x, int32_t t, int32_t hi)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return 0;
    int32_t k = t;
    while (k < hi && k < t + 4 && ws_tok_is_word(d, k) && is_cap(d, k) &&
           !x->cuelen[k] && x->qid[k] < 0)
        k++;
    if (k == t || k >= hi)
        return 0;
    k = en_name_role_appos(x, k, hi);
    unsigned a, g;
    int m = cue_at(x, k, &a, &g);
    if (m == 0 || !(a & C_SAY))
        return 0;
    int32_t e = k + m;
    if (e >= hi || ws_tok_is_final(d, e) || tok_is(d, e, ",") || x->qid[e] >= 0)
        return 1;
    /* a short phrase of place, time or addressee closing the clause
     * ('"Why?" Ann Brook shouted to the crowd.') */
    static const char *const preps[] = {"to",     "at",    "on",     "in",
                                        "during", "after", "before", "from"};
    if (!fold_is(x, e, preps, sizeof preps / sizeof *preps))
        return 0;
    for (int32_t j = e + 1; j < hi && j <= e + 6; j++) {
        if (ws_tok_is_final(d, j))
            return 1;
        if (x->qid[j] >= 0 || x->cuelen[j] || tok_is(d, j, ",") ||
            (!ws_tok_is_word(d, j) && !tok_is(d, j, "'s")))
            return 0;
    }
    return 0;
}

static int32_t
attrib_after(ctx *x, ws_statement *st, int32_t c, int32_t hi)
{
    ws_doc *d = x->d;

    int32_t t = c + 1;
    /* '"... rebuild." He added ...': the quote ended its sentence */
    if (c > 0 && t < hi &&
        (tok_is(d, c - 1, ".") || tok_is(d, c - 1, "…") ||
         tok_is(d, c - 1, "..."))) {
        if (!is_dash(d, t))
            return -1;
    }
    /* '"Why?" Nobody knew.': a capital after a question or exclamation
     * opens a new sentence, unless a short name and a speech verb ending
     * the clause follow ('"Who knows?" Graham asked.') */
    if (c > 0 && t < hi && (tok_is(d, c - 1, "!") || tok_is(d, c - 1, "?")) &&
        is_cap(d, t) && !x->cuelen[t] && !en_name_says(x, t, hi))
        return -1;
    while (t < hi && (tok_is(d, t, ",") || tok_is(d, t, ";")))
        t++;
    if (t >= hi || x->qid[t] >= 0)
        return -1;
    unsigned attr = 0, g = 0;
    int dash = 0;
    int32_t dtok = -1;
    if (is_dash(d, t)) {
        dash = 1;
        dtok = t;
        t++;
        while (t < hi && tok_is(d, t, ","))
            t++;
    }
    int32_t lim = hi;
    for (int32_t k = t; k < hi; k++)
        if (x->qid[k] >= 0 || (ws_tok_is_final(d, k) && !paren_dot(x, k)) ||
            tok_is(d, k, ";") ||
            (k > t && is_dash(d, k) && !en_hyph_joint(x, k))) {
            lim = k;
            break;
        }
    /* cue first: inverted or dropped subject */
    int32_t t2 = skip_adv_fwd(x, t, lim);
    int m = cue_at(x, t2, &attr, &g);
    int32_t fpr = fr_inverted(x, t, lim);
    if (fpr >= 0) {
        /* "« … », a-t-il ajouté." */
        st->cue = tok_span(x, t, fpr + 2);
        x->cueused[fpr + 1] = 1;
        set_speaker(x, st, fpr, fpr + 1, 0, fpr + 1);
        return fpr + 2;
    }
    /* German perfect: "„…“, hatte der Chef in einem Interview erklärt."
     * -- the auxiliary, the subject, the participle closing the clause */
    if (lang_is(x, "de") && t + 2 < hi && ws_tok_is_word(d, t) &&
        !is_cap(d, t) && fold_is(x, t, de_perf_aux, NDE_PERF_AUX)) {
        /* a hyphen inside a compound ("VW-Chef") ends no clause */
        int32_t e = lim;
        while (e + 1 < hi && e > t && tok_is(d, e, "-") &&
               ws_tok_is_word(d, e - 1) && ws_tok_is_word(d, e + 1) &&
               !(d->tokens.v[e - 1].flags & WS_TOK_SPACE) &&
               !(d->tokens.v[e].flags & WS_TOK_SPACE)) {
            e++;
            while (e < hi && x->qid[e] < 0 && !ws_tok_is_final(d, e) &&
                   !tok_is(d, e, ";") && !is_dash(d, e))
                e++;
        }
        int32_t k2 = e - 1;
        while (k2 > t && !ws_tok_is_word(d, k2))
            k2--;
        unsigned a2, g2;
        int m2 = k2 > t + 1 ? cue_at(x, k2, &a2, &g2) : 0;
        int32_t r0 = skip_adv_fwd(x, t + 1, k2);
        int32_t r = np_right(x, r0, k2);
        /* "VW-Chef Berg": capitalised words joined by hyphens */
        while (r <= r0 && r0 < k2 && is_cap(d, r0)) {
            r = r0 + 1;
            while (r < k2 && (is_cap(d, r) || (tok_is(d, r, "-") &&
                                               r + 1 < k2 && is_cap(d, r + 1))))
                r++;
        }
        if (m2 == 1 && (a2 & C_SAY) && ws_de_participle(x->w, d, k2) &&
            r > r0) {
            st->cue = tok_span(x, k2, k2 + 1);
            x->cueused[k2] = 1;
            set_speaker(x, st, r0, r, g2, k2);
            return k2 + 1;
        }
    }
    /* '"...," adding that ...': a participle continues the sentence's
     * own attribution, it is none */
    if (m && (lexclass(x, x->L.skip, t2) & K_STOP))
        return -1;
    /* 'called the plan "reckless," warning that ...': a quotation
     * inside a running clause (a word right before its opening mark)
     * then a participle: the participle continues that clause, it is
     * no attribution of the quotation */
    if (m && t2 == c + 1 && lang_is(x, "en") && en_participle(x, t2) &&
        x->qid[c] >= 0) {
        int32_t o = x->q[x->qid[c]].o;
        if (o > 0 && ws_tok_is_word(d, o - 1) && x->qid[o - 1] < 0 &&
            sent_t0(x, o) < o)
            return -1;
    }
    if (m && (is_speech_cue(attr) || (attr & C_PREP))) {
        int32_t r0 = skip_adv_fwd(x, t2 + m, lim);
        int32_t r1 = np_right(x, r0, lim);
        st->cue = tok_span(x, t2, t2 + m);
        x->cueused[t2] = 1;
        if (r1 > r0)
            set_speaker(x, st, r0, r1, g, t2);
        else {
            /* the subject on the left of the quote ("Він заявив: ...") is
             * not here; a dropped subject */
            set_speaker(x, st, -1, -1, g ? g : G_ANY, t2);
        }
        return r1 > r0 ? r1 : t2 + m;
    }
    /* a phrase, then the cue: "X said", "the New York businessman said",
     * "X (R-Ohio), an oversight panel member, said" */
    /* (German: a phrase that opens with an article, a name or a pronoun;
     * not the particle closing the quotation's clause, "„…“ fest,
     * allerdings will man") */
    int32_t r1 = np_right(x, t, lim);
    int rel0;
    if (t < lim && ws_tok_is_word(d, t) &&
        (is_det(x, t) || is_cap(d, t) || x->ent[t] >= 0 ||
         pron_gender(x, t, &rel0) ||
         (!lang_is(x, "de") && (np_inner(x, t) || plain_word(x, t)))) &&
        !(lexclass(x, x->L.skip, t) & (K_ADV | K_CONJ | K_STOP | K_PREP))) {
        for (int32_t k2 = t + 1; k2 < hi && k2 < t + 30; k2++) {
            if (x->qid[k2] >= 0 ||
                (ws_tok_is_final(d, k2) && !paren_dot(x, k2)) ||
                ((d->tokens.v[k2].flags & WS_TOK_QUOTE) &&
                 !en_nick_mark(x, k2)))
                break;
            unsigned a2, g2;
            int m2 = cue_at(x, k2, &a2, &g2);
            if (!m2 || !(a2 & C_SAY))
                continue;
            int32_t e2 = skip_adv_back(x, k2, t);
            int32_t comma = -1;
            for (int32_t j = t; j <= e2; j++)
                if ((tok_is(d, j, ",") || tok_is(d, j, "(")) && comma < 0)
                    comma = j;
            /* a hyphenated compound counts as one word ("the
             * 52-year-old teacher said") */
            int32_t words = k2 - t;
            for (int32_t j = t + 1; j < k2; j++) {
                if (en_hyph_joint(x, j))
                    words -= 2;
                else if (en_nick_mark(x, j))
                    words--;
            }
            if (comma < 0 && words > 6)
                break;
            if (e2 < t)
                break;
            /* '"...," -- Ann Lee -- said': the dash closing the speaker
             * phrase; '"...," as the memo put it': the "as" opening it */
            while (e2 > t && is_dash(d, e2))
                e2--;
            int32_t s = t;
            if (e2 > t && lang_is(x, "en") && tok_is(d, t, "as"))
                s = t + 1;
            st->cue = tok_span(x, k2, k2 + m2);
            x->cueused[k2] = 1;
            int32_t head_end = comma >= 0 ? comma : e2 + 1;
            /* "the EU's policy chief, Anton Verhaegen, told": the name in
             * the apposition is the speaker */
            for (int32_t j = s; j <= e2 && comma >= 0; j++)
                if (is_person(d, x->ent[j]))
                    head_end = e2 + 1;
            if (r1 > s && r1 < head_end)
                head_end = r1;
            set_speaker(x, st, s, head_end, g2, k2);
            if (st->speaker.start >= 0)
                st->speaker = tok_span(x, s, e2 + 1);
            return k2 + m2;
        }
    }
    if (r1 > t) {
        if (dash && (r1 >= lim || is_clause_punct(d, r1))) {
            /* "..." -- Commissioner Jones */
            st->cue = tok_span(x, dtok, dtok + 1);
            set_speaker(x, st, t, r1, 0, t);
            return r1;
        }
    }
    /* "«…» – рибалка з Вилкового Іван Мороз.": a trailing attribution
     * whose job noun no lexicon lists; a person's name closes the
     * sentence, and nothing but words comes before it */
    if (dash && t < lim && lim - t <= 8 &&
        (lim >= hi || ws_tok_is_final(d, lim)) &&
        is_person(d, x->ent[lim - 1])) {
        int32_t k = t;
        while (k < lim && ws_tok_is_word(d, k) && !x->cuelen[k])
            k++;
        if (k == lim) {
            st->cue = tok_span(x, dtok, dtok + 1);
            set_speaker(x, st, t, lim, 0, t);
            return lim;
        }
    }
    return -1;
}

/* English: is the one word at w, between a verb of speech at k and an
 * opening quotation mark, the subject of the quoted clause ("said he
 * \"would ...\"", "said Smith \"had ...\"") rather than an adjunct or an
 * addressee ("said Monday \"...\"", "told reporters \"...\"")?  A
 * nominative pronoun or a capitalised name that is no time word, after a
 * verb that tells no one. */
static int en_tell_verb(ctx *x, int32_t i);

static int
en_clause_subject_word(ctx *x, int32_t k, int32_t w)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || en_tell_verb(x, k) || !ws_tok_is_word(d, w) ||
        x->qid[w] >= 0 || x->cuelen[w])
        return 0;
    if (en_nom_pron(x, w))
        return 1;
    if (!is_cap(d, w) || lexclass(x, x->L.skip, w))
        return 0;
    /* a possessive name ("said Smith's \"plan ...\"") */
    size_t n;
    const char *f = tok_fold(x, w, &n);
    if (poss_stem_len(f, n) >= 2)
        return 1;
    int32_t e = x->ent[w];
    return e >= 0 &&
           (d->entities.v[e].type == WS_PERSON ||
            d->entities.v[e].type == WS_ORG || d->entities.v[e].type == WS_GOV);
}

static int32_t appos_subject(ctx *x, int32_t s0, int32_t comma);
static int32_t after_intro(ctx *x, int32_t s0, int32_t p);
static int en_comma_adjunct(ctx *x, int32_t s0, int32_t comma);
static int en_short_participle(ctx *x, int32_t k);
static int en_finite(ctx *x, int32_t k);

/* English: the subject of a cue at k before a quote, in sentence s0, that
 * the phrase next to the cue is not: the subject with its apposition ("Ann
 * Lee, a nurse who was there, recalled, \"...\"", "Ann Lee, at a later
 * briefing, said"), or, for a participle after the main clause ("Lee
 * criticised the plan, saying, \"...\""), the sentence's own speaker.
 * Sets st's speaker and returns 1, or returns 0. */
static int
en_quote_subject(ctx *x, ws_statement *st, int32_t k, int32_t s0)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || k - 2 <= s0)
        return 0;
    int part = en_participle(x, k) || en_short_participle(x, k);
    int32_t e = k - 1;
    static const char *const whileby[] = {"while", "by"};
    if (part && fold_is(x, e, whileby, 2))
        e--;
    else if (!part && !tok_is(d, e, ",") && is_ly_adv(x, e) && e - 1 > s0 &&
             tok_is(d, e - 1, ","))
        e--; /* "..., the group's chief, recently put it" */
    else if (!part && is_dash(d, e)) {
        /* "Ann Lee, the head of the firm -- an aside about the firm --
         * told me, ...": the apposition ends at the aside's first dash
         * (looked for within 40 tokens) */
        int32_t o = e - 1;
        while (o > s0 && o > e - 40 && !is_dash(d, o) && x->qid[o] < 0 &&
               !ws_tok_is_final(d, o))
            o--;
        int32_t ap = o > s0 && is_dash(d, o) ? appos_subject(x, s0, o) : -1;
        if (ap < 0 || ap >= o)
            return 0;
        set_speaker(x, st, ap, o, x->cueg[k], k);
        return 1;
    } else if (!tok_is(d, e, ","))
        return 0;
    if (!part) {
        int32_t ap = appos_subject(x, s0, e), end = e;
        if (ap < 0 && en_comma_adjunct(x, s0, e)) {
            /* the subject before the adjunct's first comma */
            end = e - 1;
            while (end > s0 && !tok_is(d, end, ","))
                end--;
            ap = np_left(x, end - 1, s0);
        }
        if (ap < 0 || ap >= end)
            return 0;
        set_speaker(x, st, ap, end, x->cueg[k], k);
        return 1;
    }
    /* the participle continues the main clause: its statement's speaker,
     * else its subject */
    if (copy_prev_speaker(x, st, d->tokens.v[k].start, d->tokens.v[s0].start))
        return 1;
    int32_t a0 = after_intro(x, s0, e);
    int32_t r1 = a0 >= 0 ? np_right(x, a0, e) : -1;
    if (a0 < 0 || r1 <= a0)
        return 0;
    set_speaker(x, st, a0, r1, x->cueg[k], k);
    return 1;
}

/* English: the phrase [a, ..) before a cue is the object of a preposition
 * in a participle phrase after the subject ("Students marching through the
 * town center chanted", "A survey released in early March found", "The
 * man accused of the attack told"): the subject is the whole phrase from
 * the sentence start s0 when that is clean (capital or determiner first,
 * words and numbers only, no cue, pronoun or finite verb besides the one
 * participle, under 16 tokens); two finite verbs cannot share a clause
 * without a conjunction, so an -ed form there is a participle (none may
 * stand between the phrase and the cue at p).  Returns its start, or a. */
static int32_t
en_pp_object_subject(ctx *x, int32_t a, int32_t s0, int32_t p)
{
    static const char *const prep[] = {
        "through", "across", "along",  "around", "past",    "outside",
        "inside",  "near",   "behind", "toward", "towards", "into",
        "onto",    "over",   "at",     "in",     "on",      "from",
        "by",      "of",     "with",   "for",    "about"};
    ws_doc *d = x->d;
    /* "in early March": a time modifier after the preposition */
    int32_t q = a - 1;
    static const char *const early[] = {"early", "late", "mid"};
    if (q - 1 > s0 && fold_is(x, q, early, 3))
        q--;
    if (!lang_is(x, "en") || q - 1 <= s0 || a - s0 >= 16 ||
        !((lexclass(x, x->L.skip, q) & K_PREP) ||
          fold_is(x, q, prep, sizeof prep / sizeof *prep)) ||
        !(is_det(x, s0) || is_cap(d, s0)) || pron_gender_simple(x, s0))
        return a;
    /* "X chastised Y for Z but did not recommend": a second verb of the
     * same subject */
    for (int32_t k = a; k < p; k++)
        if (lexclass(x, x->L.skip, k) & K_CONJ || tok_is(d, k, "and") ||
            tok_is(d, k, "but") || tok_is(d, k, "or"))
            return a;
    int32_t part = -1;
    for (int32_t k = s0; k < a; k++) {
        if (x->qid[k] >= 0 || pron_gender_simple(x, k) ||
            !(ws_tok_is_word(d, k) || (d->tokens.v[k].flags & WS_TOK_NUM)))
            return a;
        if (part < 0 && k > s0 && !is_cap(d, k) && !is_det(x, k - 1) &&
            !fold_is(x, k - 1, prep, sizeof prep / sizeof *prep)) {
            size_t n;
            const char *f = tok_fold(x, k, &n);
            if (en_participle(x, k) || en_short_participle(x, k) ||
                (n > 4 && f[n - 2] == 'e' && f[n - 1] == 'd')) {
                part = k;
                continue;
            }
        }
        if (x->cuelen[k] || en_finite(x, k))
            return a;
    }
    return part > s0 ? s0 : a;
}

/* Attribution before an opening mark: 'X said: "', 'said X, "', 'X: "'. */
static int en_finite(ctx *x, int32_t k);
static int en_past_form(ctx *x, int32_t k);

/* English: is the word at p an adverb that stands between a subject and
 * its verb ("she then urges", "he also says")? */
static int
en_subject_adverb(ctx *x, int32_t p)
{
    static const char *const adv[] = {"then", "also", "now", "again"};
    return fold_is(x, p, adv, sizeof adv / sizeof *adv);
}

/* English: is the word at v a cue verb in the present third person
 * ("urges", "asks"), which en_finite does not tell from a plural noun,
 * right after a subject pronoun or an adverb ("She then urges ...")? */
static int
en_coord_cue_verb(ctx *x, int32_t v)
{
    ws_doc *d = x->d;
    size_t n;
    const char *f = tok_fold(x, v, &n);
    if (v < 1 || !x->cuelen[v] || n < 3 || f[n - 1] != 's' ||
        !ws_tok_is_word(d, v - 1))
        return 0;
    int32_t p = v - 1;
    if (en_subject_adverb(x, p) || is_ly_adv(x, p))
        p--;
    int rel;
    return p >= 0 && pron_gender(x, p, &rel) != 0 && !rel;
}

/* English: the cue at k after "and" joins a second verb to a clause
 * whose subject stands before the first ("I laughed and said, ...", "The
 * chief paused and added: ..."): [*a, *b) is that subject, the phrase
 * before the nearest finite or past verb within ten tokens that opens
 * its clause; 0 when there is none. */
static int
en_coord_subject(ctx *x, int32_t k, int32_t s0, int32_t *a, int32_t *b)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || k - 3 < s0)
        return 0;
    /* an adverb between ("and repeatedly says") */
    int32_t c = k - 1;
    if (c - 3 >= s0 && is_ly_adv(x, c))
        c--;
    if (!tok_is(d, c, "and"))
        return 0;
    for (int32_t v = c - 1; v > s0 && v >= k - 12; v--) {
        if (x->qid[v] >= 0 || is_clause_punct(d, v))
            return 0;
        if (is_cap(d, v) ||
            !(en_finite(x, v) || en_past_form(x, v) || en_coord_cue_verb(x, v)))
            continue;
        /* past an adverb after the subject ("She then urges") */
        int32_t e = v - 1;
        if (e > s0 && (is_ly_adv(x, e) || en_subject_adverb(x, e)))
            e--;
        int32_t a2 = np_left(x, e, s0);
        if (a2 < 0)
            continue;
        if (a2 == s0 || is_clause_punct(d, a2 - 1) ||
            (lexclass(x, x->L.skip, a2 - 1) & (K_CONJ | K_SUB))) {
            *a = a2;
            *b = e + 1;
            return 1;
        }
    }
    return 0;
}

/* English: does a possessive ("Ward's", "their") or an article stand
 * right before the word at k, making it a noun ("the mayor's show")?  A
 * pronoun's contraction ("he's") is no possessive. */
static int
en_noun_after_poss(ctx *x, int32_t k, int32_t s0)
{
    static const char *const poss[] = {"the", "a",     "an",  "his", "her",
                                       "its", "their", "our", "my",  "your"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || k - 1 < s0 || x->qid[k - 1] >= 0)
        return 0;
    if (en_poss_clitic(d, k - 1))
        return !(k - 2 >= s0 && pron_gender_simple(x, k - 2));
    static const char *const contr[] = {"he's",
                                        "she's",
                                        "it's",
                                        "who's",
                                        "that's",
                                        "he\xe2\x80\x99s",
                                        "she\xe2\x80\x99s",
                                        "it\xe2\x80\x99s",
                                        "who\xe2\x80\x99s",
                                        "that\xe2\x80\x99s"};
    size_t n;
    const char *f = tok_fold(x, k - 1, &n);
    if (ws_tok_is_word(d, k - 1) && poss_stem_len(f, n) >= 1)
        return !fold_is(x, k - 1, contr, sizeof contr / sizeof *contr);
    return fold_is(x, k - 1, poss, sizeof poss / sizeof *poss);
}

static int32_t en_np_verb_trim(ctx *x, int32_t a0, int32_t r1, int32_t p);

/* English: "The mayor issued a short statement: "..."", "The senator
 * unveils a fresh slogan: "..."": a clause whose object, right before
 * the colon, is a message noun (a "doc" cue) gives the quote its words;
 * its subject, opening the sentence, is the speaker and the verb phrase
 * up to the noun the cue.  t: the token before the colon. */
static int
en_message_colon(ctx *x, ws_statement *st, int32_t t, int32_t s0)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || t <= s0 || !ws_tok_is_word(d, t) || is_cap(d, t) ||
        x->cueused[t])
        return 0;
    /* a message noun, or an act noun after its article ("ended with a
     * warning:", "made a plea:") */
    unsigned cls = lexclass(x, x->L.cues, t);
    if (!(cls & C_DOC) && !((cls & C_ACTN) && is_det(x, t - 1)))
        return 0;
    /* the subject after a phrase opening the sentence ("On Monday, the
     * mayor issued ...") */
    int32_t a0 = s0;
    for (int32_t k = t - 1; k > s0; k--)
        if (tok_is(d, k, ",")) {
            a0 = k + 1;
            break;
        }
    int32_t a = skip_adv_fwd(x, a0, t);
    int rel;
    if (a >= t || x->qid[a] >= 0 ||
        !(x->ent[a] >= 0 || is_det(x, a) || pron_gender(x, a, &rel)))
        return 0;
    int32_t b = en_np_verb_trim(x, a, np_right(x, a, t), t);
    if (b <= a || b >= t || t - b > 10)
        return 0;
    /* the verb phrase up to the noun holds no clause of its own */
    for (int32_t k = b; k < t; k++)
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 || x->cueused[k] ||
            tok_is(d, k, "that"))
            return 0;
    st->cue = tok_span(x, b, t + 1);
    x->cueused[t] = 1;
    set_speaker(x, st, a, b, 0, b);
    return 1;
}

/* English: a person's name at t right before a dash that opens the
 * quotation at o, which quotes a sentence (its first word a capital that
 * names no one, four words or more): "including the former governor Ann
 * Lee -- \"It is a plain mistake\" -- and ...".  The name speaks, the dash
 * is the cue.  s0: the sentence's first token.  1 when found. */
static int
en_name_dash_quote(ctx *x, ws_statement *st, int32_t t, int32_t o, int32_t s0)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || t < s0 || x->qid[o] < 0 ||
        !is_person(d, x->ent[t]) || x->q[x->qid[o]].nwords < 4 ||
        o + 1 >= x->ntok || !ws_tok_is_word(d, o + 1) || !is_cap(d, o + 1) ||
        x->ent[o + 1] >= 0)
        return 0;
    int32_t a = np_left(x, t, s0);
    if (a < 0)
        return 0;
    st->cue = tok_span(x, t + 1, t + 2);
    set_speaker(x, st, a, t + 1, 0, a);
    return 1;
}

/* English: the source of a speech participle v ("saying") after a verb
 * in the passive that reports or perceives words: "The mayor was quoted
 * as saying ...", "was quoted by the paper as saying ...", "has been
 * described as saying ...", "was heard saying ...", "was caught on tape
 * telling ...".  The participle's subject is the passive's subject, the
 * noun phrase before "be" (not the words up to the participle, "The
 * mayor was heard").  Returns its start and sets *sb (its end) and *pp
 * (the passive participle), or -1. */
static int32_t
en_passive_saying_subject(ctx *x, int32_t v, int32_t s0, int32_t *sb,
                          int32_t *pp)
{
    static const char *const be[] = {"is", "are",  "was",  "were",
                                     "be", "been", "being"};
    static const char *const mods[] = {
        "has",  "have",  "had",   "will",   "would",  "could",
        "can",  "may",   "might", "must",   "should", "not",
        "n't",  "also",  "often", "widely", "once",   "later",
        "even", "never", "again", "first",  "since"};
    static const char *const irregular[] = {"heard", "seen", "caught",
                                            "overheard", "shown"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || v - 3 < s0 || !ws_tok_is_word(d, v))
        return -1;
    size_t n;
    const char *f = tok_fold(x, v, &n);
    if (n < 5 || memcmp(f + n - 3, "ing", 3) != 0)
        return -1;
    /* "as" before the participle ("quoted as saying"); a phrase of the
     * passive's own between ("quoted in the paper as", "caught on camera
     * saying"): words only, no clause of their own */
    int32_t j = v - 1;
    if (tok_is(d, j, "as"))
        j--;
    int32_t p = -1;
    for (int32_t k = j; k > s0 && k >= j - 6; k--) {
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 || is_cap(d, k))
            break;
        size_t l;
        const char *g = tok_fold(x, k, &l);
        if ((l > 4 && g[l - 2] == 'e' && g[l - 1] == 'd') ||
            fold_is(x, k, irregular, sizeof irregular / sizeof *irregular)) {
            p = k;
            break;
        }
        /* between the participle and "as" only a "by", "in" or "on"
         * phrase: its words are no verbs */
        if (en_finite(x, k) || (x->cuelen[k] && k != j))
            break;
    }
    if (p < 0)
        return -1;
    /* (a phrase between opens with a preposition) */
    if (p < j && !(lexclass(x, x->L.skip, p + 1) & K_PREP))
        return -1;
    /* "be" before it, over adverbs; the subject ends before "be" and the
     * auxiliaries before that */
    int32_t e = p - 1;
    while (
        e > s0 && e > p - 4 &&
        (is_ly_adv(x, e) || (!fold_is(x, e, be, sizeof be / sizeof *be) &&
                             fold_is(x, e, mods, sizeof mods / sizeof *mods))))
        e--;
    if (e <= s0 || !fold_is(x, e, be, sizeof be / sizeof *be))
        return -1;
    while (e - 1 > s0 && (fold_is(x, e - 1, mods, sizeof mods / sizeof *mods) ||
                          fold_is(x, e - 1, be, sizeof be / sizeof *be) ||
                          is_ly_adv(x, e - 1)))
        e--;
    int rl;
    if (x->qid[e - 1] >= 0 || (pron_gender(x, e - 1, &rl) && rl))
        return -1;
    int32_t sa = np_left(x, e - 1, s0);
    if (sa < 0)
        return -1;
    *sb = e;
    if (pp != NULL)
        *pp = p;
    return sa;
}

static int
attrib_before(ctx *x, ws_statement *st, int32_t o, int32_t lo)
{
    ws_doc *d = x->d;
    int32_t t = o - 1;
    if (t < lo)
        return 0;
    int colon = 0, punct = 0, dash = 0;
    if (tok_is(d, t, ":") || tok_is(d, t, ",")) {
        colon = tok_is(d, t, ":");
        punct = 1;
        t--;
    } else if (is_dash(d, t)) {
        punct = dash = 1;
        t--;
    } else if (lang_is(x, "de") && tok_is(d, t, ".") && t - 2 >= lo &&
               para_of(x, t) == para_of(x, o)) {
        /* "Sie fügte hinzu. „…“": a sentence of a subject and a verb of
         * speech and nothing else announces the quote */
        int32_t s0 = sent_t0(x, t - 1);
        for (int32_t k = s0 + 1; k < t && k <= s0 + 2; k++) {
            unsigned attr, g;
            int m = cue_at(x, k, &attr, &g);
            if (m == 0 || !(attr & C_SAY) || x->cueused[k] || x->qid[k] >= 0 ||
                k + m != t)
                continue;
            if (np_left(x, k - 1, s0) != s0 || x->qid[s0] >= 0)
                break;
            st->cue = tok_span(x, k, k + m);
            x->cueused[k] = 1;
            set_speaker(x, st, s0, k, x->cueg[k], k);
            return 1;
        }
        return 0;
    }
    if (t < lo || x->qid[t] >= 0)
        return 0;
    int32_t s0 = sent_t0(x, t);
    if (s0 < lo)
        s0 = lo;
    /* nearest cue in the last few tokens; German "sagte am Dienstag bei
     * einem Besuch in der Stadt: „…“": before a colon a verb of speech
     * further back in the same clause, with no comma, dash, conjunction,
     * subordinator or other cue between it and the colon */
    int far = colon && lang_is(x, "de");
    for (int32_t k = t; k >= s0 && (k >= t - 6 || far); k--) {
        if (x->qid[k] >= 0 || ws_tok_is_final(d, k))
            break;
        if (k < t && far &&
            (tok_is(d, k + 1, ",") || tok_is(d, k + 1, ":") ||
             tok_is(d, k + 1, ";") || is_dash(d, k + 1) || x->cuelen[k + 1] ||
             (lexclass(x, x->L.skip, k + 1) & (K_CONJ | K_SUB))))
            far = 0;
        unsigned attr, g;
        int m = cue_at(x, k, &attr, &g);
        if (m > 0 && k < t - 6 && ((attr & C_PREP) || !(attr & C_SAY)))
            continue;
        if (m == 0 || !(is_speech_cue(attr) || (attr & C_PREP)) ||
            x->cueused[k])
            continue;
        if (k + m - 1 > t)
            continue;
        /* "the senator's show, 'Town Talk'", "their plans: '...'": an
         * English verb cue after a possessive or an article is a noun */
        if (m == 1 && !(attr & C_PREP) && en_noun_after_poss(x, k, s0))
            break;
        /* without a colon or comma the cue must be next to the quote,
         * and say something ("what she called \"...\"" names) */
        if (!punct && (t - (k + m - 1) > 1 || !(attr & C_SAY)))
            break;
        /* 'said he "would ..."', 'said Smith "had ..."': the word between
         * is the subject of a clause the quote ends, mixed speech for the
         * cue pass */
        if (!punct && t == k + m && en_clause_subject_word(x, k, t))
            break;
        /* German "sagte, dass, „…“", "sagte, der Grundsatz, „…“ gelte":
         * a complementizer, or a comma right after the verb, opens the
         * reported clause the quote stands in: mixed speech for the cue
         * pass */
        if (punct && k + m <= t && lang_is(x, "de")) {
            int inside = tok_is(d, k + m, ",");
            for (int32_t j = k + m; j <= t && !inside; j++)
                inside = x->cuelen[j] && (x->cueattr[j] & C_COMP);
            if (inside)
                break;
        }
        int32_t a, b;
        find_speaker(x, k, m, s0, t + 1, &a, &b, (attr & C_PREP) != 0);
        if (a < 0 && !(attr & C_PREP))
            en_coord_subject(x, k, s0, &a, &b);
        /* 'was quoted as saying: "..."', 'was heard saying, "..."': the
         * passive's subject */
        int32_t pb, pp;
        int32_t pa = m == 1 && !(attr & C_PREP)
                         ? en_passive_saying_subject(x, k, s0, &pb, &pp)
                         : -1;
        if (pa >= 0) {
            a = pa;
            b = pb;
        }
        st->cue = tok_span(x, k, k + m);
        x->cueused[k] = 1;
        if (a < 0 && !(attr & C_PREP) && en_quote_subject(x, st, k, s0))
            return 1;
        if (a > s0 && !(attr & C_PREP))
            a = en_pp_object_subject(x, a, s0, k);
        set_speaker(x, st, a, b, x->cueg[k], k);
        return 1;
    }
    if (colon) {
        /* "NATO chief: ..." / "And from Chairwoman Smith: ..." */
        int32_t a = np_left(x, t, s0);
        if (a >= 0 && a <= s0 + 2) {
            st->cue = tok_span(x, t + 1, t + 2);
            set_speaker(x, st, a, t + 1, 0, a);
            return 1;
        }
    }
    if (colon && en_message_colon(x, st, t, s0))
        return 1;
    if (dash && en_name_dash_quote(x, st, t, o, s0))
        return 1;
    return 0;
}

/* Interruption inside a quote: «…, — сказав він. — …»: a dash followed by
 * a cue.  Splits the quote's content.  Returns 1 when found. */
static int
quote_inner_attrib(ctx *x, ws_statement *st, quote *q)
{
    ws_doc *d = x->d;
    if (q->nseg != 1)
        return 0;
    int32_t a0 = q->seg0[0], a1 = q->seg1[0];
    /* French inversion inside the quote: «…, a-t-il assuré. …» */
    for (int32_t t = a0 + 1; t < a1 - 1; t++) {
        if (!tok_is(d, t, ","))
            continue;
        int32_t lim = -1, pr = -1;
        for (int32_t k = t + 1; k < a1 && k <= t + 6; k++) {
            if (ws_tok_is_final(d, k) || tok_is(d, k, ",")) {
                lim = k;
                break;
            }
            int rel;
            if (ws_tok_ptr(d, k)[0] == '-' && pron_gender(x, k, &rel) && !rel)
                pr = k;
        }
        if (lim < 0 || pr < 0)
            continue;
        int has_cue = 0;
        for (int32_t k = t + 1; k < lim; k++)
            has_cue |= x->cuelen[k] && is_speech_cue(x->cueattr[k]);
        if (!has_cue)
            continue;
        st->cue = tok_span(x, t + 1, lim);
        for (int32_t k = t + 1; k < lim; k++)
            if (x->cuelen[k])
                x->cueused[k] = 1;
        set_speaker(x, st, pr, pr + 1, 0, t + 1);
        add_content(x, st, a0, t + 1);
        int32_t r = lim + 1;
        if (r < a1)
            add_content(x, st, r, a1);
        return 1;
    }
    for (int32_t t = a0 + 1; t < a1 - 1; t++) {
        if (!is_dash(d, t))
            continue;
        int bare = !(tok_is(d, t - 1, ",") || tok_is(d, t - 1, "!") ||
                     tok_is(d, t - 1, "?") || tok_is(d, t - 1, "."));
        /* Polish puts no comma before the dash: „… odległe – powiedział
         * X. – …”; the verb must follow the dash at once */
        unsigned ba, bg;
        if (bare && !(lang_is(x, "pl") && ws_tok_is_word(d, t - 1) &&
                      cue_at(x, skip_adv_fwd(x, t + 1, a1), &ba, &bg) &&
                      is_speech_cue(ba) && (ba & C_SAY)))
            continue;
        int32_t lim = a1;
        for (int32_t k = t + 1; k < a1; k++)
            if (is_dash(d, k) || ws_tok_is_final(d, k)) {
                lim = k;
                break;
            }
        int32_t k = skip_adv_fwd(x, t + 1, lim);
        unsigned attr, g;
        int m = cue_at(x, k, &attr, &g);
        int32_t sa = -1, sb = -1;
        /* the interruption is the narrator's: its names are not quoted
         * words ("— сказал Пётр Левченко. —") */
        int32_t q0 = x->qid[t];
        for (int32_t j = t + 1; j < lim; j++)
            x->qid[j] = -1;
        if (m && is_speech_cue(attr)) {
            int32_t r0 = skip_adv_fwd(x, k + m, lim);
            int32_t r1 = np_right(x, r0, lim);
            if (r1 > r0) {
                sa = r0;
                sb = r1;
            }
        } else {
            int32_t r1 = np_right(x, t + 1, lim);
            if (r1 > t + 1) {
                k = skip_adv_fwd(x, r1, lim);
                m = cue_at(x, k, &attr, &g);
                sa = t + 1;
                sb = r1;
            }
            if (r1 == t + 1 || !m || !is_speech_cue(attr)) {
                for (int32_t j = t + 1; j < lim; j++)
                    x->qid[j] = q0;
                continue;
            }
        }
        for (int32_t j = t + 1; j < lim; j++)
            x->qid[j] = q0;
        st->cue = tok_span(x, k, k + m);
        x->cueused[k] = 1;
        set_speaker(x, st, sa, sb, g, k);
        int32_t c1 = t - 1; /* the comma before the dash stays in content */
        add_content(x, st, a0, c1 + 1);
        int32_t r = lim;
        if (r < a1 && (is_dash(d, r) || ws_tok_is_final(d, r)))
            r++;
        while (r < a1 && is_dash(d, r))
            r++;
        add_content(x, st, r, a1);
        return 1;
    }
    return 0;
}

static int
headline_dup(ctx *x, int32_t t)
{
    return x->skip_para >= 0 && para_of(x, t) == x->skip_para;
}

static int32_t clause_end(ctx *x, int32_t a, int reported);
static int32_t en_clause_cut(ctx *x, int32_t a, int32_t e, int reported);
static int en_quant_participle(ctx *x, int32_t p, int32_t s0);
static int en_participle(ctx *x, int32_t k);
static int32_t en_copula_noun(ctx *x, int32_t p, int32_t s0);
static int en_finite(ctx *x, int32_t k);
static int en_bare(ctx *x, int32_t p);

/* Length of the skip-lexicon phrase at token i (0 when none). */
static int
lexmatch_len(ctx *x, int32_t i)
{
    const char *v;
    int n = lexmatch(x, x->L.skip, i, &v);
    if (n <= 0 || !(attrs(x, v, NULL) & K_TIME))
        return 0;
    return n;
}
static int mark_mixed(ctx *x, int32_t a, int32_t b);

/* German: does a relative clause open at k, after a comma: "was" or a
 * relative pronoun with the clause's own subject after it (", was die
 * Kommission plante", ", den sie ankündigten", ", dessen Chef warnte")?
 * Its verb stands at the clause's end, so a verb of speech there is the
 * relative clause's, no attribution of the clause before the comma. A
 * bare article before a capital (", die Regierung ...") may open a
 * main clause and is left alone. */
static int
de_relative_opener(ctx *x, int32_t k, int32_t hi)
{
    static const char *const wh[] = {"was",
                                     "deren",
                                     "dessen",
                                     "welche",
                                     "welcher",
                                     "welches",
                                     "welchem",
                                     "welchen",
                                     "wor\xc3\xbc"
                                     "ber",
                                     "wof\xc3\xbcr",
                                     "womit",
                                     "wogegen"};
    static const char *const rel[] = {"der", "die", "das", "dem", "den"};
    ws_doc *d = x->d;
    if (!lang_is(x, "de") || k + 1 >= hi || x->qid[k] >= 0 ||
        !ws_tok_is_word(d, k) || is_cap(d, k) || x->cuelen[k + 1])
        return 0;
    if (fold_is(x, k, wh, sizeof wh / sizeof *wh))
        return 1;
    return fold_is(x, k, rel, sizeof rel / sizeof *rel) &&
           ws_tok_is_word(d, k + 1) && !is_cap(d, k + 1) && x->qid[k + 1] < 0;
}

/* A noun phrase at k followed by a speech cue ('"..." he said')? */
static int
np_then_cue(ctx *x, int32_t k, int32_t hi)
{
    if (k < hi && ws_tok_is_word(x->d, k) && !is_cap(x->d, k) &&
        (lexclass(x, x->L.skip, k) & (K_CONJ | K_ADV | K_STOP | K_PREP)))
        return 0;
    if (de_relative_opener(x, k, hi))
        return 0;
    int32_t lim = k + 7;
    for (int32_t e = k; e < hi && e < lim; e++) {
        /* English: a short parenthesis after a name ("Sen. Jo Ward
         * (D-Ore.) said"): past it, within the words counted */
        int32_t r = e + 1;
        if (tok_is(x->d, e, "(") && e > k && is_cap(x->d, e - 1) &&
            lang_is(x, "en")) {
            while (r < hi && r < e + 7 && !tok_is(x->d, r, ")") &&
                   x->qid[r] < 0)
                r++;
            if (r < hi && tok_is(x->d, r, ")")) {
                lim += r - e + 1;
                e = r;
                continue;
            }
        }
        if (ws_tok_is_punct(x->d, e) && !tok_is(x->d, e, "-"))
            return 0;
        /* a hyphenated compound ("the 52-year-old teacher said") counts
         * as one word */
        if (en_hyph_joint(x, e) && e > k && lim < k + 15)
            lim += 2;
        if (x->cuelen[e] && is_speech_cue(x->cueattr[e])) {
            /* English: ", including ones showing ...", ", polls that
             * show ...": a participle or a relative clause's verb is no
             * attribution of the clause before */
            if (lang_is(x, "en") && e > k &&
                (tok_is(x->d, e - 1, "that") || tok_is(x->d, e - 1, "who") ||
                 tok_is(x->d, e - 1, "which") || en_participle(x, e)))
                return 0;
            /* (or an object relative clause inside the phrase: ", Kent
             * and other towns which they blamed on ...", not ",
             * which he said ...", the clause's attribution) */
            static const char *const rel[] = {"that", "which", "whom"};
            if (lang_is(x, "en") && e - 2 > k && fold_is(x, e - 2, rel, 3) &&
                pron_gender_simple(x, e - 1))
                return 0;
            return e > k;
        }
    }
    return 0;
}

/* English: is the cue word at k a noun after its determiner ("The
 * plan, the mayor said, ...", "their new proposal", "the city's
 * offer"): up to two plain words between, none before lo? */
static int
en_det_noun(ctx *x, int32_t k, int32_t lo)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return 0;
    int32_t j = k - 1;
    while (j >= lo && j > k - 3 && plain_word(x, j))
        j--;
    return j >= lo && (is_det(x, j) || en_poss_clitic(d, j));
}

/* English: is the word at k, in lower case, one of list[0..n) or a regular
 * past in -ed ("stepped")? */
static int
en_listed_or_ed(ctx *x, int32_t k, const char *const *list, size_t n)
{
    ws_doc *d = x->d;
    if (!ws_tok_is_word(d, k) || is_cap(d, k))
        return 0;
    if (fold_is(x, k, list, n))
        return 1;
    size_t fl;
    const char *f = tok_fold(x, k, &fl);
    return fl > 4 && f[fl - 2] == 'e' && f[fl - 1] == 'd';
}

/* English: a verb in the past ("refused", "thought"): a regular form in
 * -ed or a common irregular one. */
static int
en_past_form(ctx *x, int32_t k)
{
    static const char *const irr[] = {
        "said",     "told",     "thought",  "wrote",   "knew",   "felt",
        "saw",      "spoke",    "sought",   "took",    "gave",   "made",
        "held",     "led",      "met",      "won",     "lost",   "paid",
        "ran",      "sent",     "brought",  "chose",   "drew",   "fell",
        "got",      "kept",     "left",     "meant",   "stood",  "swore",
        "threw",    "went",     "came",     "began",   "found",  "understood",
        "sat",      "became",   "bought",   "built",   "caught", "fought",
        "grew",     "heard",    "rose",     "sold",    "spent",  "struck",
        "taught",   "drove",    "flew",     "forgot",  "hid",    "shot",
        "slept",    "stole",    "stuck",    "swept",   "broke",  "wore",
        "tore",     "woke",     "froze",    "dealt",   "lent",   "sank",
        "shook",    "fled",     "dug",      "hung",    "rode",   "rang",
        "withdrew", "overcame", "overtook", "forgave", "arose",  "undertook"};
    return en_listed_or_ed(x, k, irr, sizeof irr / sizeof *irr);
}

static int en_obj_pron(ctx *x, int32_t i);

/* English: a past form the same as the verb's base ("hit", "cut",
 * "put") before the start of its object (a determiner, a pronoun, a
 * capital): the verb of a clause that a past tense opens ("The cuts she
 * said would hurt nobody hit the poor"); after a noun, no present of a
 * plural subject can be told from it, so callers look for a past. */
static const char *const en_base_pasts[] = {
    "hit",  "cut",  "put",    "set",  "let",   "hurt",  "cost",
    "shut", "quit", "spread", "beat", "split", "upset", "cast"};

static int
en_base_past_before_object(ctx *x, int32_t k, int32_t hi)
{
    ws_doc *d = x->d;
    return k + 1 < hi && ws_tok_is_word(d, k) && !is_cap(d, k) &&
           x->qid[k] < 0 && x->qid[k + 1] < 0 &&
           fold_is(x, k, en_base_pasts,
                   sizeof en_base_pasts / sizeof *en_base_pasts) &&
           (is_det(x, k + 1) || is_cap(d, k + 1) ||
            pron_gender_simple(x, k + 1) || en_obj_pron(x, k + 1));
}

/* English: is the verb at v, after "and" in a content clause opened at a,
 * in the past while the cue before the content is in the present
 * ("Police say he fired twice and refused to stop")?  Then it continues
 * the content's own clause (tenses agree there), not the cue's. */
static int
en_past_after_present(ctx *x, int32_t a, int32_t v)
{
    ws_doc *d = x->d;
    /* only after "and", and not a speech verb with a clause or quote of
     * its own ("say it is early but noted that ...") */
    int32_t w = v + x->cuelen[v];
    if (!lang_is(x, "en") || !en_past_form(x, v) ||
        !tok_is(d, skip_adv_back(x, v, a), "and") || w >= x->ntok ||
        tok_is(d, w, "that") || tok_is(d, w, ":") || tok_is(d, w, ",") ||
        x->qid[w] >= 0)
        return 0;
    /* the cue: just before the content, or before its "that" */
    int32_t c = a - 1;
    if (c >= 0 &&
        (tok_is(d, c, "that") || tok_is(d, c, ",") || tok_is(d, c, ":")))
        c--;
    while (c >= 0 && c > a - 4 && !x->cuelen[c])
        c--;
    if (c < 0 || !x->cuelen[c] || c + x->cuelen[c] < a - 1)
        return 0;
    size_t n;
    const char *f = tok_fold(x, c, &n);
    /* a present form: "say", "says", "argue", "tells" (not "said",
     * "argued", an auxiliary, nor an infinitive: "declined to condemn
     * the strike and said ...") */
    static const char *const inf[] = {"to",    "will", "would", "can",
                                      "could", "may",  "might", "should",
                                      "must",  "did",  "not",   "never"};
    return ws_tok_is_word(d, c) && !en_finite(x, c) && !en_past_form(x, c) &&
           !(n > 3 && memcmp(f + n - 3, "ing", 3) == 0) &&
           !(c > 0 && fold_is(x, c - 1, inf, sizeof inf / sizeof *inf));
}

/* English: is the verb at v, after "and" in a content clause opened at a,
 * the second verb of a subordinate clause inside the content ("said she
 * was leaving when guards stopped her and sent her home", "a plan that
 * cuts fees and demands audits")?  The verb nearest before "and" stands
 * in a clause opened by a subordinator or relative word after a and has
 * the same form as v (both past, or both present in -s after the
 * relative word): v goes on with that clause, not with the cue's. */
static int en_clause_opens(ctx *x, int32_t c, int32_t s1);
static int
en_inner_clause_verb(ctx *x, int32_t a, int32_t v)
{
    static const char *const sub[] = {
        "when",  "while", "as",  "because", "after", "before", "since",
        "until", "which", "who", "that",    "where", "whom"};
    ws_doc *d = x->d;
    int32_t and = v - 1, w = v + x->cuelen[v];
    if (!lang_is(x, "en") || and <= a || !tok_is(d, and, "and") ||
        w >= x->ntok || tok_is(d, w, "that") || tok_is(d, w, ":") ||
        tok_is(d, w, ",") || x->qid[w] >= 0)
        return 0;
    /* a verb with a clause of its own says something: "... and asked
     * how ...", "... and said they would ..." */
    static const char *const wh[] = {"how", "what", "why",  "whether",
                                     "if",  "who",  "when", "where"};
    if (fold_is(x, w, wh, sizeof wh / sizeof *wh) ||
        en_clause_opens(x, w, sent_t1(x, w)))
        return 0;
    size_t nv, nf;
    const char *fv = tok_fold(x, v, &nv);
    int past = en_past_form(x, v);
    int pres = !past && nv > 3 && fv[nv - 1] == 's' && fv[nv - 2] != 's';
    if (!past && !pres)
        return 0;
    int32_t f = -1;
    for (int32_t k = and-1; k > a && k >= and-12 && f < 0; k--) {
        if (x->qid[k] >= 0 || is_clause_punct(d, k) || tok_is(d, k, "and") ||
            (x->cuelen[k] && !(x->cueattr[k] & C_COMP)))
            return 0;
        const char *ff = tok_fold(x, k, &nf);
        if (past ? en_past_form(x, k)
                 : nf > 3 && ff[nf - 1] == 's' && k - 1 >= a &&
                       fold_is(x, k - 1, sub + 8, 3))
            f = k;
    }
    if (f < 0)
        return 0;
    /* the subordinator: a few words before that verb, inside the content */
    for (int32_t k = f - 1; k >= a && k >= f - 6; k--) {
        if (x->qid[k] >= 0 || is_clause_punct(d, k) ||
            (x->cuelen[k] && !(x->cueattr[k] & C_COMP)))
            return 0;
        if (fold_is(x, k, sub, sizeof sub / sizeof *sub))
            return 1;
    }
    return 0;
}

/* English: is the noun phrase at k (after a comma inside a content
 * clause [a, hi)) the subject of an act verb with an object of
 * its own ("... that at his first meeting, in 1980, he backed a rival")?
 * That is the content's main clause after a fronted phrase, not a
 * trailing attribution (", officials said"), which has a speech verb
 * and no object. */
static int
en_content_act(ctx *x, int32_t a, int32_t k, int32_t hi)
{
    /* what opens a fronted phrase or clause */
    static const char *const front[] = {
        "if",    "when",    "while",   "although", "though", "because",
        "since", "after",   "before",  "once",     "unless", "as",
        "at",    "in",      "on",      "during",   "under",  "for",
        "with",  "without", "despite", "by",       "from",   "amid",
        "until", "unlike",  "like",    "over",     "within", "throughout"};
    if (!lang_is(x, "en"))
        return 0;
    /* the content opens with a fronted phrase or clause, or its subject
     * stands before the comma with adverbs only ("he really, really
     * wants ...") */
    if (!fold_is(x, a, front, sizeof front / sizeof *front)) {
        if (!pron_gender_simple(x, a))
            return 0;
        for (int32_t t = a + 1; t < k - 1; t++)
            if (!is_ly_adv(x, t) && !tok_is(x->d, t, ","))
                return 0;
    }
    for (int32_t c = k + 1; c < hi && c < k + 7; c++) {
        if (!x->cuelen[c])
            continue;
        unsigned at = x->cueattr[c];
        int32_t o = c + x->cuelen[c];
        return (at & C_ACT) && !(at & C_SAY) && o < hi &&
               ws_tok_is_word(x->d, o) && x->qid[o] < 0 &&
               !(lexclass(x, x->L.skip, o) & (K_TIME | K_ADV));
    }
    return 0;
}

/* English: the end of an "according to" source [.., sb) that runs on
 * over "by X", "of X" ("an analysis by Lily Reyes") and an apposition
 * after a comma ("Lily Reyes, a former aide now at a university"); sets
 * *closed when nothing of the clause follows the source (only when
 * `last`: the content stands before the cue). */
static int32_t
en_source_tail(ctx *x, int32_t sb, int32_t s1, int last, int *closed)
{
    static const char *const prep[] = {"by", "of", "from", "at"};
    static const char *const rel[] = {"which", "who", "whom", "whose"};
    ws_doc *d = x->d;
    while (sb + 1 < s1 && x->qid[sb] < 0 &&
           fold_is(x, sb, prep, sizeof prep / sizeof *prep)) {
        int32_t e = np_right(x, sb + 1, s1);
        if (e <= sb + 1)
            break;
        sb = e;
    }
    /* "..., according to the union, which represents ...": a relative
     * clause on the source (or on the sentence) is no part of the content */
    if (last && sb + 1 < s1 && tok_is(d, sb, ",") && x->qid[sb + 1] < 0 &&
        !is_cap(d, sb + 1) &&
        fold_is(x, sb + 1, rel, sizeof rel / sizeof *rel)) {
        *closed = 1;
        return sb;
    }
    if (last && sb + 1 < s1 && tok_is(d, sb, ",") && x->qid[sb + 1] < 0 &&
        ws_tok_is_word(d, sb + 1) &&
        (is_det(x, sb + 1) ||
         (x->ent[sb + 1] >= 0 &&
          d->entities.v[x->ent[sb + 1]].type == WS_ROLE) ||
         (lexclass(x, x->L.spk, sb + 1) & S_ROLE))) {
        /* an apposition: to the sentence's end with no finite verb
         * ("..., a former aide", "..., head of the institute") */
        int32_t e = sb + 1;
        while (e < s1 && !ws_tok_is_final(d, e) && x->qid[e] < 0 &&
               !tok_is(d, e, ";"))
            e++;
        int verb = 0;
        for (int32_t k = sb + 2; k < e && !verb && !tok_is(d, k, ","); k++)
            verb = en_finite(x, k) && !tok_is(d, k - 1, "who") &&
                   !tok_is(d, k - 1, "that") && !tok_is(d, k - 1, "which");
        if (!verb) {
            *closed = 1;
            return e;
        }
    }
    /* "According to Lily Reyes, a former aide, the economy ...": an
     * apposition closed by a second comma before any verb */
    if (!last && sb + 2 < s1 && tok_is(d, sb, ",") && x->qid[sb + 1] < 0 &&
        ws_tok_is_word(d, sb + 1) && is_det(x, sb + 1))
        for (int32_t k = sb + 2; k < s1 && k < sb + 10; k++) {
            if (tok_is(d, k, ","))
                return k;
            if (x->qid[k] >= 0 || !ws_tok_is_word(d, k) || en_finite(x, k))
                break;
        }
    return sb;
}

/* English: where the source of a cue like "according to" at p (m
 * tokens) that opens the sentence ends: at the first comma, when no
 * more than fifteen words of no finite verb, quote or other cue come
 * before it ("According to state records, ...", "According to her own
 * account, ...", "According to morning show host Dana Pike, ...").
 * Returns the comma's position, or -1. */
static int32_t
en_opening_source_end(ctx *x, int32_t p, int m, int32_t s0, int32_t s1)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || p > s0 + 1 ||
        (p == s0 + 1 && !(lexclass(x, x->L.skip, s0) & K_CONJ) &&
         !tok_is(d, s0, "but") && !tok_is(d, s0, "But")))
        return -1;
    for (int32_t k = p + m; k < s1 && k <= p + m + 15; k++) {
        if (tok_is(d, k, ","))
            return k > p + m ? k : -1;
        if (x->qid[k] >= 0 || en_finite(x, k) || ws_tok_is_final(d, k) ||
            is_clause_punct(d, k) || tok_is(d, k, "that") ||
            (x->cuelen[k] && is_speech_cue(x->cueattr[k])))
            return -1;
    }
    return -1;
}

/* Has quote q a cue of its own right after it? */
static int
has_own_cue(ctx *x, const quote *q)
{
    int32_t s1 = sent_t1(x, q->c);
    for (int32_t t = q->c + 1; t < s1 && t <= q->c + 5; t++) {
        if (x->qid[t] >= 0 || ws_tok_is_final(x->d, t))
            break;
        if (x->cuelen[t] && is_speech_cue(x->cueattr[t]))
            return 1;
    }
    return 0;
}

/* English: may quote q continue the quote before it?  Not when it is a
 * quoted fragment the sentence runs on after and that sentence has a
 * speech cue of its own ('"You cut jobs" to raise the price, she told
 * the board'): the fragment belongs to that cue.  A fragment with no
 * cue after it ('"... just a tax increase" for the top bracket') and a
 * quote ending its sentence continue.  Other languages: always. */
static int
en_quote_continues(ctx *x, const quote *q)
{
    if (!lang_is(x, "en"))
        return 1;
    int32_t k = q->c + 1, s1 = sent_t1(x, q->c);
    if (k >= s1 || ws_tok_is_final(x->d, k) || tok_is(x->d, k, ";") ||
        x->qid[k] >= 0)
        return 1;
    for (int32_t t = k; t < s1; t++)
        if (x->qid[t] < 0 && x->cuelen[t] && is_speech_cue(x->cueattr[t]))
            return 0;
    return 1;
}

/* A short quote right after a word, with no final punctuation inside:
 * a name or title ("сказал он газете «Северное побережье»", "told the
 * weekly \"Die Zeit\""), not the quotation's next part. */
static int
quoted_name_after_word(ctx *x, const quote *q)
{
    ws_doc *d = x->d;
    if (q->nseg != 1 || q->nwords > 3 || q->o == 0 ||
        !ws_tok_is_word(d, q->o - 1))
        return 0;
    for (int32_t t = q->seg0[0]; t < q->seg1[0]; t++)
        if (ws_tok_is_final(d, t))
            return 0;
    return 1;
}

/* English: a short quote right after a word inside an attribution, a
 * name or title whose only final punctuation, if any, is its last token
 * ('told the weekly "Harbour News."': the full stop of the sentence
 * inside the marks, as American style has it). */
static int
title_in_attrib(ctx *x, const quote *q)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || q->nseg != 1 || q->nwords > 4 || q->o == 0 ||
        !ws_tok_is_word(d, q->o - 1) || q->seg1[0] <= q->seg0[0])
        return 0;
    for (int32_t t = q->seg0[0]; t < q->seg1[0] - 1; t++)
        if (ws_tok_is_final(d, t) || tok_is(d, t, ","))
            return 0;
    return 1;
}

/* English: a quotation right after a noun naming a work (with a comma
 * between or not: 'In her book, "Grow Your Own Beans," the author
 * ...', 'the film "A Long Way Home"'), its words in title case (short
 * function words aside): the work's title, no one's words. */
static int
en_work_title(ctx *x, const quote *q)
{
    static const char *const work[] = {
        "book", "books",       "novel", "memoir",  "film",    "movie",
        "song", "album",       "essay", "article", "column",  "poem",
        "play", "documentary", "paper", "titled",  "entitled"};
    static const char *const small[] = {"of", "the", "a",   "an", "to", "and",
                                        "in", "on",  "for", "or", "at", "by"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || q->nseg != 1 || q->nwords < 2 || q->nwords > 8 ||
        q->o < 1)
        return 0;
    static const char *const art[] = {"a", "an", "the"};
    int32_t k = q->o - 1;
    /* or right after an article: 'at a "Future of Farming Summit"
     * hosted by ...', a name */
    int named = ws_tok_is_word(d, k) && fold_is(x, k, art, 3);
    if (k > 0 && tok_is(d, k, ","))
        k--;
    if (!named && (!ws_tok_is_word(d, k) ||
                   !fold_is(x, k, work, sizeof work / sizeof *work)))
        return 0;
    int first = 1;
    for (int32_t t = q->seg0[0]; t < q->seg1[0]; t++) {
        if (!ws_tok_is_word(d, t))
            continue;
        if (!is_cap(d, t) &&
            (first || !fold_is(x, t, small, sizeof small / sizeof *small)))
            return 0;
        first = 0;
    }
    return 1;
}

/* Headline attribution: 'NATO chief: cyberattacks "unacceptable"' -- a
 * short phrase, a colon, then a clause with a quoted fragment and no cue.
 * Makes a mixed statement; returns 1 when made. */
static int
headline_attrib(ctx *x, quote *q)
{
    ws_doc *d = x->d;
    int32_t s0 = sent_t0(x, q->o), s1 = sent_t1(x, q->o);
    int32_t colon = -1;
    for (int32_t t = s0 + 1; t < q->o && t <= s0 + 6; t++)
        if (tok_is(d, t, ":")) {
            colon = t;
            break;
        }
    if (colon < 0 || colon + 1 >= q->o)
        return 0;
    for (int32_t t = s0; t < s1; t++)
        if (x->cuelen[t] && is_speech_cue(x->cueattr[t]))
            return 0;
    int32_t a = np_left(x, colon - 1, s0);
    if (a < 0 || a > s0 + 1)
        return 0;
    int32_t e = clause_end(x, colon + 1, 0);
    if (e <= colon + 1)
        return 0;
    ws_statement *st = new_statement(x, WS_MIXED);
    if (st == NULL)
        return 0;
    st->cue = tok_span(x, colon, colon + 1);
    set_speaker(x, st, a, colon, 0, a);
    add_content(x, st, colon + 1, e);
    mark_mixed(x, colon + 1, e);
    return 1;
}

/* English: does the quotation q close an -ing phrase of speech opening
 * its sentence with its own comma ('Calling the plan "a sham," the mayor
 * vowed ...')?  The quote is the object of the participle: the cue pass
 * makes the one mixed statement (en_lead_participle), no direct one for
 * the verb after it. */
static int
en_quote_ends_lead_participle(ctx *x, const quote *q)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || q->nseg != 1 || q->c - 1 <= q->o ||
        !tok_is(d, q->c - 1, ","))
        return 0;
    int32_t s0 = sent_t0(x, q->o);
    if (s0 + 2 > q->o || x->cuelen[s0] != 1 ||
        !(x->cueattr[s0] & (C_SAY | C_ACT)))
        return 0;
    const char *w = ws_tok_ptr(d, s0);
    int32_t wl = ws_tok_blen(d, s0);
    if (wl < 6 || memcmp(w + wl - 3, "ing", 3) != 0)
        return 0;
    for (int32_t k = s0 + 1; k < q->o; k++)
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 ||
            (x->cuelen[k] && is_speech_cue(x->cueattr[k])))
            return 0;
    return 1;
}

/* English: a quotation after an attribution set off by commas inside a
 * clause, its first word in lower case ('The fund was, she said, "a
 * lifeline."', 'Prices will rise, he said, "by a third."'): the quote
 * completes the clause begun before the attribution, one mixed statement
 * of two parts.  Sets [*a, *b) to the part before; returns 1, or 0. */
static int
en_clause_then_attrib_quote(ctx *x, const ws_statement *st, const quote *q,
                            int32_t *a, int32_t *b)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || q->nseg != 1 || st->speaker.start < 0 ||
        st->cue.start < 0 || q->o < 1 || !tok_is(d, q->o - 1, ",") ||
        q->seg0[0] >= q->seg1[0] || !ws_tok_is_word(d, q->seg0[0]) ||
        is_cap(d, q->seg0[0]))
        return 0;
    int32_t sp = ws_doc_tok_at(d, st->speaker.start, 0);
    int32_t cu = ws_doc_tok_at(d, st->cue.start, 0);
    int32_t lo = sp < cu ? sp : cu;
    int32_t s0 = sent_t0(x, q->o);
    if (lo < 0 || lo - 1 <= s0 || !tok_is(d, lo - 1, ","))
        return 0;
    for (int32_t k = lo; k < q->o - 1; k++)
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0)
            return 0;
    int words = 0, verb = 0;
    for (int32_t k = s0; k < lo - 1; k++) {
        verb |= en_finite(x, k);
        if (x->qid[k] >= 0 || ws_tok_is_final(d, k) || tok_is(d, k, ":") ||
            tok_is(d, k, ";") || is_dash(d, k) ||
            (x->cuelen[k] && is_speech_cue(x->cueattr[k])))
            return 0;
        words += ws_tok_is_word(d, k);
    }
    /* a clause with its verb, not an adjunct ('Last week, she said,
     * "..."') */
    if (words < 2 || !verb ||
        (lexclass(x, x->L.skip, s0) & (K_PREP | K_TIME | K_SUB | K_ADV)))
        return 0;
    *a = s0;
    *b = lo - 1;
    return 1;
}

/* Pass 2: quotes with an attribution. */
/* English: a whole quotation introduced by a comma or colon and closed
 * by its own comma, then a conjunction opening a new clause ('said on
 * Monday, "We cut what we could," and left', '..., "...," before the
 * crowd cheered'): the quote is the words, the clause after it the
 * writer's, not a mixed statement running on. */
static int
en_quote_then_clause(ctx *x, const quote *q, int32_t k)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || q->nseg != 1 || q->nwords < 2 || q->o < 1 ||
        q->seg1[0] <= q->seg0[0])
        return 0;
    if (!tok_is(d, q->o - 1, ",") && !tok_is(d, q->o - 1, ":"))
        return 0;
    if (!tok_is(d, q->seg1[0] - 1, ","))
        return 0;
    return !is_cap(d, k) && (lexclass(x, x->L.skip, k) & (K_CONJ | K_SUB));
}

/* English: is the cue at t, in the words before a quotation that a
 * trailing attribution closes, an act verb or a noun after its
 * determiner ("praised the bridge as \"...,\" the paper said", "sent a
 * message that \"...,\" she said")?  The attribution's source says the
 * whole clause, the act and the quotation with it. */
static int
en_lead_act(ctx *x, int32_t t, int32_t lo)
{
    return lang_is(x, "en") &&
           (!(x->cueattr[t] & C_SAY) || en_det_noun(x, t, lo));
}

/* English: the first token of the paragraph before the one quote mark o
 * opens (p0 the first token of o's paragraph), when that paragraph ends
 * with a colon announcing the quote ("She made the following remark:"
 * and the quotation as a paragraph of its own); else -1. */
static int32_t
en_colon_para_before(ctx *x, int32_t o, int32_t p0)
{
    if (!lang_is(x, "en") || o != p0 || o < 2 || !tok_is(x->d, o - 1, ":") ||
        x->qid[o - 1] >= 0)
        return -1;
    int32_t a, b;
    para_range(x, o - 1, &a, &b);
    return a < o - 1 ? a : -1;
}

static void
direct_pass(ctx *x)
{
    ws_doc *d = x->d;
    for (int32_t qi = 0; qi < x->nq; qi++) {
        if (ws_doc_deadline())
            break;
        quote *q = &x->q[qi];
        if (q->used || headline_dup(x, q->o))
            continue;
        int32_t p0, p1, c0, c1;
        para_range(x, q->o, &p0, &p1);
        para_range(x, q->c, &c0, &c1);
        ws_statement tmp;
        memset(&tmp, 0, sizeof(tmp));
        tmp.kind = WS_DIRECT;
        tmp.cue.start = tmp.cue.end = -1;
        tmp.speaker.start = tmp.speaker.end = -1;
        tmp.target_span.start = tmp.target_span.end = -1;
        tmp.speaker_ent = -1;
        int32_t after = -1;
        int found = 0, inner = 0;
        /* a short quote inside a running sentence is a quoted fragment
         * (mixed speech, a title, scare quotes): left to the cue pass */
        if (q->nwords <= 3 && q->nseg == 1) {
            int fin = 0;
            for (int32_t t = q->seg0[0]; t < q->seg1[0]; t++)
                fin |= ws_tok_is_final(d, t);
            int32_t k = q->c + 1;
            if (headline_attrib(x, q))
                continue;
            if (!fin && k < c1 && ws_tok_is_word(d, k) && !x->cuelen[k] &&
                !np_then_cue(x, k, c1))
                continue;
            /* a name or title inside a running sentence ("the weekly
             * «Дзеркало тижня»"): not a quotation with an attribution */
            if (!fin && q->o > sent_t0(x, q->o) &&
                ws_tok_is_word(d, q->o - 1) && !x->cuelen[q->o - 1])
                continue;
        }
        if (en_work_title(x, q))
            continue;
        if (q->nwords >= 2 && quote_inner_attrib(x, &tmp, q)) {
            found = 1;
            inner = 1;
        }
        if (!found) {
            after = attrib_after(x, &tmp, q->c, c1);
            found = after >= 0;
            if (found && en_quote_ends_lead_participle(x, q))
                continue;
        }
        if (!found && q->nseg == 1) {
            /* 'said that, "..." against what ...': the clause runs on
             * after the quote -- mixed speech, left to the cue pass */
            int32_t k = q->c + 1;
            /* (also on through a complementizer: 'says that "the fines
             * are so small" that firms hide them') */
            if (k < c1 && sent_of(x, k) == sent_of(x, q->c) &&
                ws_tok_is_word(d, k) &&
                (!x->cuelen[k] || (x->cueattr[k] & C_COMP)) &&
                !np_then_cue(x, k, c1) && !en_quote_then_clause(x, q, k))
                continue;
        }
        int before = 0;
        if (!found)
            found = before = attrib_before(x, &tmp, q->o, p0);
        if (!found && en_colon_para_before(x, q->o, p0) >= 0)
            found = before =
                attrib_before(x, &tmp, q->o, en_colon_para_before(x, q->o, p0));
        if (!found)
            continue;
        int32_t part0 = -1, part1 = -1;
        if (before)
            en_clause_then_attrib_quote(x, &tmp, q, &part0, &part1);
        /* 'With X, "there is no ...," he said': words before the quote
         * in its sentence make it mixed speech */
        int32_t lead = -1;
        if (!inner && after >= 0 && q->nseg == 1) {
            int32_t qs0 = sent_t0(x, q->o);
            int words = 0, clean = 1;
            for (int32_t t = qs0; t < q->o; t++) {
                if (x->qid[t] >= 0 ||
                    (x->cuelen[t] && is_speech_cue(x->cueattr[t]) &&
                     !en_lead_act(x, t, qs0)) ||
                    tok_is(d, t, ":") || is_dash(d, t))
                    clean = 0;
                words += ws_tok_is_word(d, t);
            }
            if (clean && words >= 2 && q->nwords >= 4 &&
                sent_of(x, q->c) == sent_of(x, q->o))
                lead = qs0;
        }
        ws_statement *st = new_statement(x, WS_DIRECT);
        if (st == NULL)
            return;
        *st = tmp;
        if (lead >= 0) {
            st->kind = WS_MIXED;
            add_content(x, st, lead, q->c + 1);
        } else if (part1 > part0) {
            st->kind = WS_MIXED;
            add_content(x, st, part0, part1);
            add_content(x, st, q->o, q->c + 1);
        } else if (!inner)
            add_quote_content(x, st, q);
        q->used = 1;
        /* interrupted: '"...," he said, "..."' */
        if (after >= 0) {
            /* '"...," he said, "..."', '"...," said X, the Y. "..."' */
            int32_t t = after;
            int title_end = 0;
            while (t < c1 && t - after < 40 && !ws_tok_is_final(d, t)) {
                if (x->qid[t] >= 0) {
                    /* a show's or paper's title in the attribution
                     * ('said on the show "Morning Desk."'): passed over,
                     * the sentence ending inside it when its last word
                     * is followed by a full stop */
                    const quote *qn = &x->q[x->qid[t]];
                    if (qn->o != t || !title_in_attrib(x, qn))
                        break;
                    t = qn->c + 1;
                    if (ws_tok_is_final(d, qn->c - 1)) {
                        title_end = 1;
                        break;
                    }
                    continue;
                }
                t++;
            }
            /* a cue in between makes the next quote its own ('..., he
             * said, and she added: "..."') when the quote stands in that
             * cue's sentence; a cue whose clause ends with the sentence
             * before the quote ('"...," she said, sure the vote would
             * hold. "..."') leaves the quotation whole */
            if (t < c1 && !ws_tok_is_final(d, t) && !title_end)
                for (int32_t k = after; k < t && k - after < 12; k++)
                    if (x->cuelen[k] && (x->cueattr[k] & C_SAY)) {
                        t = k;
                        break;
                    }
            if (t < c1 && ws_tok_is_final(d, t))
                t++;
            if (t < c1 && x->qid[t] >= 0 && x->q[x->qid[t]].o == t &&
                !x->q[x->qid[t]].used && !has_own_cue(x, &x->q[x->qid[t]]) &&
                en_quote_continues(x, &x->q[x->qid[t]]) &&
                !quoted_name_after_word(x, &x->q[x->qid[t]])) {
                quote *q2 = &x->q[x->qid[t]];
                add_quote_content(x, st, q2);
                q2->used = 1;
            }
        }
    }
}

/* End of a content clause that starts at token a in the sentence of a:
 * the sentence end (a quote that runs on is followed), without the final
 * punctuation. */
/* French: ", mais X a averti ...", "et Paris a répondu ...": a new
 * clause with its own subject and cue ends the content at t. */
static int
fr_new_clause(ctx *x, int32_t t, int32_t e)
{
    static const char *const conj[] = {"mais", "et"};
    if (!lang_is(x, "fr"))
        return 0;
    int32_t k = tok_is(x->d, t, ",") ? t + 1 : t;
    if (k >= e || !ws_tok_is_word(x->d, k) || !fold_is(x, k, conj, 2))
        return 0;
    return np_then_cue(x, k + 1, e);
}

/* French: a form of "être" at k makes the participle after it passive or
 * an adjective ("le service minimum est assuré", "la décision a été
 * annoncée"): no cue ("s'est dit" is a cue of its own). */
static int
fr_passive_aux(ctx *x, int32_t k)
{
    static const char *const etre[] = {"est",  "sont",   "était",  "étaient",
                                       "été",  "être",   "soit",   "soient",
                                       "sera", "seront", "serait", "seraient",
                                       "fut",  "furent", "étant"};
    if (!lang_is(x, "fr") || !ws_tok_is_word(x->d, k))
        return 0;
    return fold_is(x, k, etre, sizeof etre / sizeof *etre);
}

/* French: a negated cue takes its negation: "n'a pas condamné", "ne
 * l'a jamais démenti".  Returns the first token of the cue at p. */
static int32_t
fr_neg_start(ctx *x, int32_t p, int32_t s0)
{
    static const char *const ne[] = {"ne", "n'", "n\xe2\x80\x99"};
    static const char *const clitic[] = {
        "l'", "l\xe2\x80\x99", "le", "la", "les", "lui", "leur", "y", "en"};
    if (!lang_is(x, "fr"))
        return p;
    int32_t start = p, neg = 0;
    for (int32_t j = p - 1; j >= s0 && j >= p - 6; j--) {
        if (!ws_tok_is_word(x->d, j) || is_cap(x->d, j))
            break;
        if (fold_is(x, j, ne, 3)) {
            if (neg)
                start = j;
            break;
        }
        if (lexw(x, x->L.neg, j))
            neg = 1;
        else if (!(lexclass(x, x->L.skip, j) & K_ADV) && !is_ly_adv(x, j) &&
                 !(j > s0 && fold_is(x, j, clitic, 9) &&
                   fold_is(x, j - 1, ne, 3)))
            break;
    }
    return start;
}

/* English: does what starts at t (inside a reported act's object that
 * ends at e) add the writer's words rather than the act's object: a
 * purpose ("... to help give context", "in order to ...", "so as to
 * ..."), a parenthesis holding a clause ("(they want lower rates ...)":
 * four words or more with a finite verb), or a participle clause after
 * a comma past an adverb (", further raising ...", ", thereby
 * ending ...")? */
static int en_finite(ctx *x, int32_t k);
static int en_participle(ctx *x, int32_t k);
static int en_short_participle(ctx *x, int32_t k);

static int
en_object_aside(ctx *x, int32_t t, int32_t e)
{
    ws_doc *d = x->d;
    if (tok_is(d, t, "to") && t + 1 < e && tok_is(d, t + 1, "help"))
        return 1;
    if ((tok_is(d, t, "in") && t + 2 < e && tok_is(d, t + 1, "order") &&
         tok_is(d, t + 2, "to")) ||
        (tok_is(d, t, "so") && t + 2 < e && tok_is(d, t + 1, "as") &&
         tok_is(d, t + 2, "to")))
        return 1;
    if (tok_is(d, t, "(")) {
        int words = 0, fin = 0;
        for (int32_t k = t + 1; k < e && !tok_is(d, k, ")"); k++) {
            words += ws_tok_is_word(d, k);
            fin |= x->qid[k] < 0 && en_finite(x, k);
        }
        return words >= 4 && fin;
    }
    if (tok_is(d, t, ",") && t + 2 < e) {
        int32_t k = skip_adv_fwd(x, t + 1, e);
        if (k > t + 1 && k < e && !x->cuelen[k] &&
            (en_participle(x, k) || en_short_participle(x, k)))
            return 1;
        /* ", even if ...", ", in large part because ...": a clause of
         * cause, condition or concession after a comma, over a few plain
         * words */
        static const char *const subw[] = {"because",  "if",     "though",
                                           "although", "unless", "whereas"};
        int32_t lim = sent_t1(x, t);
        for (k = t + 1; k < lim && k <= t + 4; k++) {
            if (fold_is(x, k, subw, sizeof subw / sizeof *subw))
                return 1;
            if (!ws_tok_is_word(d, k) || is_cap(d, k) || x->cuelen[k] ||
                x->qid[k] >= 0 || en_finite(x, k))
                break;
        }
    }
    return 0;
}

/* English: where a reported act's object [a, e) stops before a second
 * predicate of the same subject: "criticized the plan but did not
 * ...", "praised the bill yet refuses ...", "promoted the therapies and
 * downplayed the risks", "backed the deal and has since ...". */
/* English: is the word at t a name's or a noun's possessive with "'s"
 * glued on ("Ann's", "the board’s")? */
static int
en_poss_word(const ws_doc *d, int32_t t)
{
    const char *w = ws_tok_ptr(d, t);
    int32_t wl = ws_tok_blen(d, t);
    return ws_tok_is_word(d, t) &&
           ((wl > 2 && memcmp(w + wl - 2, "'s", 2) == 0) ||
            (wl > 4 && memcmp(w + wl - 4, "\xe2\x80\x99s", 4) == 0));
}

static int en_poss_source(ctx *x, int32_t t, int32_t s0, int32_t *sa,
                          int32_t *sb);

/* English: where a reported act's object [a, e) runs into a predicate
 * that is not the act's: a comma, then a noun phrase opened by a
 * determiner or a possessive and, within five words, an auxiliary or
 * modal, a new clause with its own subject ("wondering about the levy,
 * the storm has voters ..."): the object ends at the comma.  A quotation
 * or a relative word before the comma keeps it whole.  (An act in a
 * relative clause on the sentence's subject, "the reason the board
 * rejected the offer was money", is en_contact_relative_end's.) */
static int32_t
en_object_predicate_cut(ctx *x, int32_t a, int32_t e)
{
    static const char *const aux[] = {"is",    "are", "was",   "were",   "has",
                                      "have",  "had", "will",  "would",  "may",
                                      "might", "can", "could", "should", "must",
                                      "does",  "did"};
    static const char *const rel[] = {"that", "which", "who", "whom", "whose"};
    ws_doc *d = x->d;
    for (int32_t t = a; t < e; t++) {
        if (x->qid[t] >= 0 || fold_is(x, t, rel, sizeof rel / sizeof *rel))
            return e;
        if (tok_is(d, t, ",")) {
            /* ", the storm has ...": up to five words, then the verb */
            int32_t k = t + 1;
            if (k >= e || x->qid[k] >= 0)
                return e;
            /* a determiner or a possessive ("the storm", "Ann's move") */
            int32_t sa, sb, j = k;
            while (j < e && j < k + 3 && is_cap(d, j) && !is_det(x, j) &&
                   !en_poss_word(d, j))
                j++;
            if (!is_det(x, k) && !(j < e && en_poss_word(d, j) &&
                                   en_poss_source(x, j, k, &sa, &sb)))
                return e;
            if (!is_det(x, k))
                k = j;
            for (k++; k < e && k <= t + 6; k++) {
                if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 || x->cuelen[k] ||
                    (lexclass(x, x->L.skip, k) &
                     (K_PREP | K_CONJ | K_SUB | K_STOP | K_DET)))
                    break;
                if (fold_is(x, k, aux, sizeof aux / sizeof *aux))
                    return k > t + 2 ? t : e;
            }
            return e;
        }
    }
    return e;
}

static int32_t
en_object_cut(ctx *x, int32_t a, int32_t e)
{
    static const char *const aux[] = {
        "has",    "have",  "had",   "is",   "was",    "were",
        "will",   "would", "did",   "does", "can",    "could",
        "should", "may",   "might", "must", "cannot", "also"};
    ws_doc *d = x->d;
    int plain = 1; /* no punctuation yet: still the object's phrase */
    for (int32_t t = a + 1; t + 1 < e; t++) {
        if (x->qid[t] >= 0)
            continue;
        if (t > a + 1 && en_object_aside(x, t, e))
            return t;
        if (ws_tok_is_punct(d, t) && !tok_is(d, t, "'s") &&
            !tok_is(d, t, "\xe2\x80\x99s") && !tok_is(d, t, "-"))
            plain = 0;
        if (is_cap(d, t) || !ws_tok_is_word(d, t + 1))
            continue;
        if (tok_is(d, t, "but") ||
            (tok_is(d, t, "yet") && tok_is(d, t - 1, ",")))
            return t;
        if (!plain || !tok_is(d, t, "and") || is_cap(d, t + 1))
            continue;
        int32_t k = t + 1;
        const char *w = ws_tok_ptr(d, k);
        int32_t wl = ws_tok_blen(d, k);
        if (fold_is(x, k, aux, sizeof aux / sizeof *aux) ||
            (wl > 4 && w[wl - 2] == 'e' && w[wl - 1] == 'd' && k + 1 < e &&
             ws_tok_is_word(d, k + 1) &&
             (is_det(x, k + 1) || pron_gender_simple(x, k + 1) ||
              tok_is(d, k + 1, "to"))))
            return t;
    }
    return en_object_predicate_cut(x, a, e);
}

/* English: does the comma at t open a relative clause set off by commas
 * inside an act's object, after which the verb's complement goes on
 * ("accused the mayor, who had run the fund, of hiding losses", "praised
 * the nurses, who worked double shifts, for their calm")?  Then the
 * object runs on past the relative clause.  A comma within a few words
 * of t + 1, then "of", "for" or "as". */
static int
en_relative_then_complement(ctx *x, int32_t t, int32_t e)
{
    static const char *const rel[] = {"who", "which", "whose", "whom"};
    static const char *const comp[] = {"of", "for", "as"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || t + 2 >= e ||
        !fold_is(x, t + 1, rel, sizeof rel / sizeof *rel))
        return 0;
    for (int32_t k = t + 2; k + 1 < e && k <= t + 16; k++) {
        if (x->qid[k] >= 0 || tok_is(d, k, ";") || ws_tok_is_final(d, k))
            return 0;
        if (tok_is(d, k, ","))
            return fold_is(x, k + 1, comp, sizeof comp / sizeof *comp);
    }
    return 0;
}

static int en_infinitive_content(ctx *x, int32_t a, int32_t e);
static int en_span_which_copula(ctx *x, int32_t t, int32_t e);

/* English: inside an infinitive content, does the comma at t open a
 * relative clause in the future or the conditional on the planned
 * thing ("vowed to build a new dam, which would flood the valley",
 * "plans to open an office in the port, where most of its staff will
 * work")?  It tells what was planned and stays in the content.  A
 * relative clause of fact ("to scrap the levy, which funds the parks")
 * is the writer's gloss and, like one after a reported act's object,
 * still ends the content at the comma. */
static int
en_to_clause_relative(ctx *x, int32_t a, int32_t t, int32_t e)
{
    static const char *const rel[] = {"which", "where", "whose"};
    static const char *const modal[] = {"would", "will", "could",
                                        "might", "can",  "may"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || t + 2 >= e ||
        !fold_is(x, t + 1, rel, sizeof rel / sizeof *rel) ||
        !en_infinitive_content(x, a, e))
        return 0;
    for (int32_t j = t + 2; j < e && j <= t + 7; j++) {
        if (x->qid[j] >= 0 || !ws_tok_is_word(d, j))
            return 0;
        if (fold_is(x, j, modal, sizeof modal / sizeof *modal))
            return 1;
    }
    return 0;
}

/* English: the content that ends at the comma t before a new attributed
 * clause ("..., the minister replied ...") ends before that clause's
 * fronted subordinate clause when one is joined on with "and" or "but"
 * after a comma ("X would not get the grant, and when asked why, the
 * minister replied ..."): the comma before the conjunction, else t. */
static int32_t
en_fronted_sub_start(ctx *x, int32_t a, int32_t t)
{
    static const char *const conj[] = {"and", "but"};
    static const char *const opener[] = {"if", "asked", "pressed"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return t;
    for (int32_t j = t - 1; j > a && j > t - CLAUSE_MAX; j--) {
        if (x->qid[j] >= 0 || tok_is(d, j, ";"))
            return t;
        if (tok_is(d, j, ","))
            return j + 2 < t && fold_is(x, j + 1, conj, 2) &&
                           (en_is_adv_sub(x, j + 2) ||
                            fold_is(x, j + 2, opener, 3))
                       ? j
                       : t;
    }
    return t;
}

static int en_quote_comma(ctx *x, int32_t t);

/* English: the content [a, e) without a closing time phrase set off by a
 * comma ("the levy should go, after weeks of talks", "..., amid a row over
 * pay", "..., after a push from both the mayor and the governor"): a
 * preposition of time after the comma, then a noun phrase of at most
 * twenty tokens with no finite verb, cue verb, conjunction of clauses,
 * comma or quote up to the sentence end; it tells when the words fell,
 * not what they said. */
static int32_t
en_time_aside_cut(ctx *x, int32_t a, int32_t e)
{
    static const char *const prep[] = {"after", "before", "amid", "during"};
    ws_doc *d = x->d;
    int32_t s1 = sent_t1(x, a);
    int32_t end = e;
    while (end < s1 && ws_tok_is_final(d, end))
        end++;
    if (end != s1)
        return e;
    /* the cut, if any, is at the last comma in reach with a preposition
     * of time after it: without one the phrase's words need no look */
    int32_t c = e - 2;
    while (c > a + 1 && c >= e - 22 && !tok_is(d, c, ","))
        c--;
    if (!(c > a + 1 && c >= e - 22) || c + 2 >= e ||
        !fold_is(x, c + 1, prep, 4))
        return e;
    for (int32_t t = e - 2; t > a + 1 && t >= e - 22; t--) {
        /* a noun phrase may join two names or nouns ("from both the
         * mayor and the governor") and hold a cue noun ("a tough push"),
         * no clause */
        int joint = (tok_is(d, t, "and") || tok_is(d, t, "or")) &&
                    x->qid[t + 1] < 0 && !pron_gender_simple(x, t + 1) &&
                    !tok_is(d, t - 1, ",");
        if (x->qid[t] >= 0 || (x->cuelen[t] && !en_det_noun(x, t, a)) ||
            en_finite(x, t) ||
            (ws_tok_is_word(d, t) && !joint &&
             (lexclass(x, x->L.skip, t) & K_CONJ)))
            return e;
        if (tok_is(d, t, ","))
            return fold_is(x, t + 1, prep, 4) && t + 2 < e ? t : e;
    }
    return e;
}

static int en_aux(ctx *x, int32_t k);

/* English: does a clause of its own follow the colon at t, before e
 * ("suggested one remedy: the board would meet weekly", "raised a
 * question: would the levy pass?")?  A subject and its finite verb, a
 * question word, or an auxiliary before a subject pronoun: an act's
 * object before it is spelled out there, and the content runs on over
 * the colon (a list of participles or nouns after it does not). */
static int
en_colon_clause(ctx *x, int32_t t, int32_t e)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || !tok_is(d, t, ":") || t + 2 >= e ||
        x->qid[t + 1] >= 0)
        return 0;
    return en_clause_opens(x, t + 1, e) ||
           (en_aux(x, t + 1) && en_nom_pron(x, t + 2));
}

static int32_t
clause_end(ctx *x, int32_t a, int reported)
{
    ws_doc *d = x->d;
    int32_t e = sent_t1(x, a);
    int32_t p0, p1;
    para_range(x, a, &p0, &p1);
    /* a quote opened in the content and closed in a later sentence */
    for (int32_t t = a; t < e && t < a + CLAUSE_MAX; t++) {
        if (x->qid[t] >= 0) {
            const quote *q = &x->q[x->qid[t]];
            if (q->c + 1 > e && q->c < p1)
                e = q->c + 1;
            t = q->c;
        }
    }
    /* no clause runs on for pages (a sentence without end is no text) */
    if (e > a + CLAUSE_MAX)
        e = a + CLAUSE_MAX;
    /* ", which ...", ", saying ...": the content ends before */
    for (int32_t t = a + 1; t + 1 < e; t++) {
        /* (outside a quotation only a comma stops the content here, and
         * in French a conjunction: fr_new_clause) */
        if (x->qid[t] < 0 && !tok_is(d, t, ",") && !lang_is(x, "fr"))
            continue;
        /* '"reckless," which ...': an English comma inside the closing
         * mark ends the clause as one after it would; the content keeps
         * the quotation */
        int qc = lang_is(x, "en") && en_quote_comma(x, t);
        if (x->qid[t] >= 0 && !qc)
            continue;
        if (qc) {
            /* 'called the bridge "reckless," the paper said': a trailing
             * attribution after the quotation's own comma ends an act's
             * object, as after a plain comma (after a speech verb's
             * clause it repeats the source: 'X said the dam held because
             * "...," she said') */
            if (x->qid[t + 1] < 0 &&
                ((lexclass(x, x->L.skip, t + 1) & K_STOP) ||
                 (reported && np_then_cue(x, t + 1, e) &&
                  !en_content_act(x, a, t + 1, e)) ||
                 (reported && (lexclass(x, x->L.skip, t + 1) & K_SUB) &&
                  !en_relative_then_complement(x, t, e) &&
                  !en_to_clause_relative(x, a, t, e) &&
                  !en_span_which_copula(x, t, e)))) {
                e = t + 1;
                break;
            }
            continue;
        }
        if (fr_new_clause(x, t, e)) {
            e = t;
            break;
        }
        /* ", однако эксперты заявили …", ", ale eksperci uważają …": a
         * conjunction, then a clause with a subject and a cue of its own
         * (English has en_new_main_clause) */
        if (tok_is(d, t, ",") && t + 2 < e && !lang_is(x, "en") &&
            (lexclass(x, x->L.skip, t + 1) & K_CONJ) &&
            np_then_cue(x, t + 2, e)) {
            e = t;
            break;
        }
        /* a comma ends the content before a stop word, a reported act's
         * subordinate clause or a new attribution (not ", which is a plan
         * to ...": a cue word after "which" and "be" is the relative
         * clause's predicate, no attribution) */
        if (tok_is(d, t, ",") &&
            ((lexclass(x, x->L.skip, t + 1) & K_STOP) ||
             (reported && (lexclass(x, x->L.skip, t + 1) & K_SUB) &&
              !en_relative_then_complement(x, t, e) &&
              !en_to_clause_relative(x, a, t, e) &&
              !en_span_which_copula(x, t, e)) ||
             (np_then_cue(x, t + 1, e) && !en_content_act(x, a, t + 1, e) &&
              !en_span_which_copula(x, t, e)))) {
            e = en_fronted_sub_start(x, a, t);
            break;
        }
    }
    {
        for (int32_t t = a + 1; t < e; t++) {
            if (x->qid[t] >= 0)
                continue;
            if (tok_is(d, t, ";") ||
                (reported && tok_is(d, t, ":") && !en_colon_clause(x, t, e))) {
                e = t;
                break;
            }
            /* a reported act's object ends before a time or channel
             * phrase ("... on Friday", "... in a statement") */
            int ml = reported && t > a + 1 && ws_tok_is_word(d, t)
                         ? lexmatch_len(x, t)
                         : 0;
            if (ml > 1) {
                /* only a trailing adjunct: "welcomed the deal on its
                 * account @X and ...", not "called the remarks on
                 * Saturday \"a wake-up call\"" */
                int32_t k3 = t + ml;
                if (k3 < e && (d->tokens.v[k3].flags & WS_TOK_HANDLE))
                    k3++;
                if (k3 >= e || is_clause_punct(d, k3) ||
                    (lexclass(x, x->L.skip, k3) & K_CONJ)) {
                    e = t;
                    break;
                }
            }
            /* "... and announced ..." / ", saying ..." */
            int32_t k = t;
            if (tok_is(d, k, ",") && k + 1 < e)
                k++;
            /* (", then added ...": "then" after the comma joins a next
             * verb of the same subject too) */
            int conj =
                k + 1 < e &&
                ((lexclass(x, x->L.skip, k) & K_CONJ) != 0 ||
                 tok_is(d, k, "but") ||
                 (k == t + 1 && lang_is(x, "en") && tok_is(d, k, "then")));
            unsigned at, g;
            if (conj) {
                int32_t k2 = skip_adv_fwd(x, k + 1, e);
                if (cue_at(x, k2, &at, &g) && is_speech_cue(at) &&
                    !en_bare(x, k2) &&
                    !(!reported && en_past_after_present(x, a, k2)) &&
                    !(!reported && k2 == k + 1 &&
                      en_inner_clause_verb(x, a, k2))) {
                    e = t;
                    break;
                }
            }
            /* ", said X", ", according to X", ", повідомили в X": a
             * trailing attribution closes the content */
            int cm = k == t + 1 ? cue_at(x, k, &at, &g) : 0; /* (t: ",") */
            if (cm && (is_speech_cue(at) || ((at & C_PREP) && cm >= 2))) {
                e = t;
                break;
            }
        }
    }
    if (lang_is(x, "en"))
        e = en_clause_cut(x, a, e, reported);
    if (reported && lang_is(x, "en"))
        e = en_object_cut(x, a, e);
    if (lang_is(x, "en"))
        e = en_time_aside_cut(x, a, e);
    while (e > a && (ws_tok_is_final(d, e - 1) || tok_is(d, e - 1, ",") ||
                     tok_is(d, e - 1, ";") || tok_is(d, e - 1, ":")))
        e--;
    /* a closing quote after the final period stays: ...change."" */
    if (e < sent_t1(x, a) && x->qid[e] >= 0 && e > a && x->qid[e - 1] < 0) {
        /* nothing */
    }
    return e;
}

/* English: is the word at k a finite verb by its form: an auxiliary or
 * modal ("is", "could", "didn't"), a common irregular past ("said"), or a
 * regular past in -ed ("stepped")?  (Irregular pasts like "fell" and
 * third-person forms, which plural nouns share, are not told.) */
static int
en_finite(ctx *x, int32_t k)
{
    static const char *const fin[] = {
        "is",        "are",     "was",    "were",    "has",      "have",
        "had",       "will",    "would",  "can",     "could",    "may",
        "might",     "should",  "must",   "does",    "did",      "do",
        "won't",     "can't",   "didn't", "doesn't", "isn't",    "wasn't",
        "said",      "says",    "told",   "found",   "aren't",   "weren't",
        "hasn't",    "haven't", "hadn't", "don't",   "wouldn't", "couldn't",
        "shouldn't", "mustn't"};
    return en_listed_or_ed(x, k, fin, sizeof fin / sizeof *fin);
}

/* English: a new main clause after ", and" / ", but" with a subject of
 * its own and a finite verb: "... lowered its forecast, and the downgrade
 * is ...", "... agreed to lend the money, and the union also stepped
 * in": what the source said or did ends before the comma. */
static int
en_new_main_clause(ctx *x, int32_t t, int32_t e)
{
    static const char *const conj[] = {"and", "but", "while", "whereas", "yet"};
    ws_doc *d = x->d;
    if (!tok_is(d, t, ",") || t + 3 >= e ||
        !fold_is(x, t + 1, conj, sizeof conj / sizeof *conj))
        return 0;
    int32_t r0 = t + 2, r1;
    if (x->qid[r0] >= 0 || x->cuelen[r0])
        return 0;
    if (pron_gender_simple(x, r0))
        r1 = r0 + 1;
    else if (is_det(x, r0) || is_cap(d, r0) || x->ent[r0] >= 0)
        r1 = np_right(x, r0, e);
    else if (plain_word(x, r0)) {
        /* a bare plural subject: ", but instant polls are ..." */
        r1 = r0;
        while (r1 < e && r1 < r0 + 4 && plain_word(x, r1) && !en_finite(x, r1))
            r1++;
        if (r1 == r0 || !ends_plural(x, r1 - 1))
            return 0;
    } else
        return 0;
    if (r1 <= r0 || r1 - r0 > 6)
        return 0;
    /* ", and the crowd cheered": the -ed word the phrase took as its last
     * modifier, after a determiner and a noun, is the clause's verb when
     * the clause ends or an adverb or preposition follows */
    if (r1 - r0 >= 3 && is_det(x, r0) && en_finite(x, r1 - 1) &&
        x->qid[r1 - 1] < 0 && !is_cap(d, r1 - 1) && !x->cuelen[r1 - 1] &&
        plain_word(x, r1 - 2) && !en_finite(x, r1 - 2) &&
        (r1 >= e || is_clause_punct(d, r1) || is_ly_adv(x, r1) ||
         (lexclass(x, x->L.skip, r1) & (K_PREP | K_ADV | K_TIME))))
        r1--;
    int32_t v = r1;
    while (v < e && v < r1 + 2 &&
           (is_ly_adv(x, v) || tok_is(d, v, "also") || tok_is(d, v, "still") ||
            tok_is(d, v, "then")))
        v++;
    return v < e && x->qid[v] < 0 && en_finite(x, v);
}

/* English: is "as" at t the second of a comparison "as ADJ as" ("as
 * tall as the plans said", "as soon as the mayor says"), inside the
 * clause opened at a?  What follows is part of the clause, not a new
 * one. */
static int
en_comparative_as(ctx *x, int32_t a, int32_t t)
{
    ws_doc *d = x->d;
    if (!tok_is(d, t, "as"))
        return 0;
    for (int32_t j = t - 2; j >= t - 3 && j >= a; j--)
        if (tok_is(d, j, "as") || tok_is(d, j, "As"))
            return 1;
    return 0;
}

/* English: is there a finite verb in [a, b) (one sentence at most)? */
static int
en_finite_in(ctx *x, int32_t a, int32_t b)
{
    for (int32_t k = a; k < b; k++)
        if (x->qid[k] < 0 && en_finite(x, k))
            return 1;
    return 0;
}

/* English: a form of the verb "add" ("add", "adds", "added", "adding"). */
static int
en_add_verb(ctx *x, int32_t i)
{
    static const char *const add[] = {"add", "adds", "added", "adding"};
    return fold_is(x, i, add, sizeof add / sizeof *add);
}

static int en_clause_opens(ctx *x, int32_t c, int32_t s1);

/* English: does a plain object start at c, after a verb of adding ("added
 * three players", "add new rules") -- a word that opens no clause, no
 * quotation, no comma or colon before what was said, no "that"?  The
 * verb then adds a thing and says nothing. */
static int
en_add_object(ctx *x, int32_t c, int32_t s1)
{
    ws_doc *d = x->d;
    return c < s1 && x->qid[c] < 0 && ws_tok_is_word(d, c) &&
           !tok_is(d, c, "that") && !en_clause_opens(x, c, s1);
}

/* English: does the "that" at k, right after a conjunction, open a
 * second that-clause ("said that ..., and that he might ..."): a
 * complementizer before the clause's subject (a pronoun, a determiner,
 * a capital), not a demonstrative with its noun ("and that plan")? */
static int
en_and_that_clause(ctx *x, int32_t k, int32_t e)
{
    ws_doc *d = x->d;
    return k + 2 < e && tok_is(d, k, "that") && x->qid[k] < 0 &&
           (pron_gender_simple(x, k + 1) || is_det(x, k + 1) ||
            is_cap(d, k + 1));
}

/* English: does the word at t (in a content clause opened at a, ending
 * before e) join a new clause with a subject of its own and a speech
 * cue: ", and critics warned", "and Democrats accused", "as officials
 * praised", "while others say"?  Without a comma the conjunction must
 * follow a lower-case word some way into the clause and open a name,
 * pronoun or determined phrase ("Trump and Clinton agreed", "the
 * shootings and protests demand" are one subject). */
/* English: does a bare plural noun of a group that speaks ("officials",
 * "analysts", "engineers") open a clause at k, with, within two words, a
 * speech verb that takes "that" or a clause of its own ("and engineers
 * warned that ...", "and analysts expect prices will ...")?  Such a
 * subject after "and" starts a second statement even with no comma; a
 * plain object after the verb ("and critics doubted it") does not. */
static int
en_bare_group_subject(ctx *x, int32_t k, int32_t e)
{
    if (x->qid[k] >= 0 || !plain_word(x, k) || !ends_plural(x, k) ||
        !lexclass(x, x->L.spk, k))
        return 0;
    for (int32_t c = k + 1; c < e && c < k + 3; c++) {
        if (!(x->cuelen[c] && is_speech_cue(x->cueattr[c])))
            continue;
        int32_t o = skip_adv_fwd(x, c + x->cuelen[c], e);
        return o < e && (tok_is(x->d, o, "that") || en_clause_opens(x, o, e));
    }
    return 0;
}

static int
en_new_speech_clause(ctx *x, int32_t a, int32_t t, int32_t e)
{
    static const char *const conj[] = {"and",     "but",    "as",      "while",
                                       "whereas", "though", "although"};
    ws_doc *d = x->d;
    if (t <= a || t + 2 >= e || !fold_first_in(x, t, "abwt") ||
        !fold_is(x, t, conj, sizeof conj / sizeof *conj) ||
        en_comparative_as(x, a, t))
        return 0;
    /* a quotation closing right before counts as the word or the comma
     * it ends with ('... "a fair hearing" and he added ...', '... "the
     * right call," but she noted ...') */
    int qclose =
        x->qid[t - 1] >= 0 && x->q[x->qid[t - 1]].c == t - 1 && t - 2 > a;
    int comma = tok_is(d, t - 1, ",") || (qclose && tok_is(d, t - 2, ","));
    int32_t k = t + 1;
    /* "..., and that he might ...": a second that-clause of the same cue
     * (a complementizer before its subject, not "that plan") */
    if (en_and_that_clause(x, k, e))
        return 0;
    /* an infinitive content has no subject that "and" could join a
     * second one to ("vowed to cut costs and the unions pledged ...") */
    int inf =
        tok_is(d, a, "to") && (tok_is(d, t, "and") || tok_is(d, t, "but"));
    if (!comma &&
        (t - a < (inf ? 2 : 5) || !(ws_tok_is_word(d, t - 1) || qclose) ||
         (is_cap(d, t - 1) && !(lexclass(x, x->L.skip, t - 1) & K_TIME)) ||
         !(is_det(x, k) || is_cap(d, k) || pron_gender_simple(x, k) ||
           (inf && plain_word(x, k) && ends_plural(x, k)) ||
           en_bare_group_subject(x, k, e))))
        return 0;
    if (!(is_det(x, k) || is_cap(d, k) || x->ent[k] >= 0 ||
          lexclass(x, x->L.spk, k) || ends_plural(x, k) ||
          pron_gender_simple(x, k) || (comma && plain_word(x, k))))
        return 0;
    for (int32_t c = k + 1; c < e && c < k + 7; c++) {
        if (x->qid[c] >= 0 ||
            (ws_tok_is_punct(d, c) && !tok_is(d, c, "-") &&
             !tok_is(d, c, "'s") && !tok_is(d, c, "\xe2\x80\x99s")))
            return 0;
        if (x->cuelen[c] && is_speech_cue(x->cueattr[c]) &&
            ws_tok_is_word(d, c)) {
            /* a finite verb: not "to warn", not an -ing form */
            size_t n;
            const char *f = tok_fold(x, c, &n);
            if (tok_is(d, c - 1, "to") ||
                (n > 3 && memcmp(f + n - 3, "ing", 3) == 0) || is_det(x, c - 1))
                return 0;
            /* "but that the law adds new rules": adding a thing */
            if (en_add_verb(x, c) && en_add_object(x, c + 1, e))
                return 0;
            return 1;
        }
        if (!ws_tok_is_word(d, c) && !tok_is(d, c, "-") &&
            !tok_is(d, c, "'s") && !tok_is(d, c, "\xe2\x80\x99s"))
            return 0;
    }
    return 0;
}

/* English: does "as" at t open a clause with a subject of its own and a
 * finite verb ("as Trump consolidates", "as the nominee looks to",
 * "as he entered"), or a reduced passive one, a participle of evidence
 * and its "by" or "in" ("as shown by the vote", "as seen in the polls")?  Not
 * the comparative "as ... as", "such as", "the same as", "as well as", "known
 * as". */
static int
en_as_clause(ctx *x, int32_t t, int32_t e)
{
    static const char *const before[] = {"such", "same", "well", "as", "known"};
    ws_doc *d = x->d;
    if (!tok_is(d, t, "as") || !ws_tok_is_word(d, t - 1) || t + 2 >= e ||
        fold_is(x, t - 1, before, sizeof before / sizeof *before))
        return 0;
    for (int32_t j = t - 2; j >= t - 4 && j >= 0; j--)
        if (tok_is(d, j, "as"))
            return 0;
    int32_t k = t + 1;
    if (x->qid[k] >= 0)
        return 0;
    /* participles of evidence and reference only: after a verb of
     * casting the "as" phrase is the object's predicate ("described the
     * plan as based in fantasy") */
    static const char *const evid[] = {
        "shown",       "seen",      "evidenced", "demonstrated", "indicated",
        "illustrated", "reflected", "reported",  "noted",        "documented",
        "measured",    "required",  "outlined",  "stated",       "defined"};
    if (k + 1 < e && x->qid[k + 1] < 0 &&
        (tok_is(d, k + 1, "by") || tok_is(d, k + 1, "in")) &&
        fold_is(x, k, evid, sizeof evid / sizeof *evid) && !is_cap(d, k))
        return 1;
    if (x->cuelen[k])
        return 0;
    /* the subject: a pronoun, or a phrase opened by a determiner or a
     * capital (not a role: "as secretary of state") */
    int32_t v0;
    if (pron_gender_simple(x, k))
        v0 = k + 1;
    else if ((is_det(x, k) || is_cap(d, k)) &&
             !(x->ent[k] >= 0 && d->entities.v[x->ent[k]].type == WS_ROLE))
        v0 = is_det(x, k) ? k + 2 : k + 1;
    else
        return 0;
    /* the verb: the first finite form within a few words (past a
     * coordinated subject: "as Norway, Sweden and Finland supported",
     * "as the mayor and her deputies looked on") */
    int coord = 0;
    for (int32_t v = v0; v < e && v < k + 10; v++) {
        if (x->qid[v] >= 0)
            return 0;
        int rl0;
        int coordsubj =
            v + 1 < e && (is_cap(d, v + 1) || x->ent[v + 1] >= 0 ||
                          is_det(x, v + 1) || pron_gender(x, v + 1, &rl0));
        if (tok_is(d, v, ",") && coordsubj && v > k) {
            continue;
        }
        if (!ws_tok_is_word(d, v))
            return 0;
        if (is_cap(d, v) || x->ent[v] >= 0)
            continue;
        if ((tok_is(d, v, "and") || tok_is(d, v, "or")) && coordsubj) {
            v++;
            coord = 1;
            continue;
        }
        /* a noun phrase has no preposition, relative word or pronoun
         * ("as a convert who has", "as a deterrence to what it ...") */
        int rl;
        if ((lexclass(x, x->L.skip, v) &
             (K_PREP | K_SUB | K_CONJ | K_STOP | K_DET)) ||
            tok_is(d, v, "to") || tok_is(d, v, "that") ||
            pron_gender(x, v, &rl))
            return 0;
        if (en_finite(x, v))
            return 1;
        /* a plural verb after coordinated subjects: "as Oslo and Bern
         * support the ..." */
        if (coord && v + 1 < e && ws_tok_is_word(d, v + 1) &&
            (is_det(x, v + 1) || pron_gender_simple(x, v + 1) ||
             tok_is(d, v + 1, "to")))
            return 1;
        /* a present-tense verb before its complement: "consolidates
         * the", "looks to", "struggles to" */
        size_t n;
        const char *f = tok_fold(x, v, &n);
        if (n > 3 && f[n - 1] == 's' && f[n - 2] != 's' && v + 1 < e &&
            !(lexclass(x, x->L.skip, v) & (K_PREP | K_CONJ | K_DET)) &&
            ws_tok_is_word(d, v + 1) &&
            (tok_is(d, v + 1, "to") || is_det(x, v + 1) ||
             pron_gender_simple(x, v + 1)))
            return 1;
    }
    return 0;
}

/* English: is the word at k a present participle that opens a clause
 * ("dealing", "calling", "sending")?  Not the -ing prepositions and
 * nouns ("including", "during", "meeting": the class `ing` of
 * stance-skip.tsv) and not short words ("king", "thing"). */
static int
en_participle(ctx *x, int32_t k)
{
    ws_doc *d = x->d;
    if (!ws_tok_is_word(d, k) || is_cap(d, k) || x->qid[k] >= 0)
        return 0;
    size_t n;
    const char *f = tok_fold(x, k, &n);
    if (n <= 5 || memcmp(f + n - 3, "ing", 3) != 0)
        return 0;
    /* the form itself, not its stem, is listed */
    const char *v = ws_lex_word(x->L.skip, f, n);
    return v == NULL || !(attrs(x, v, NULL) & K_NOPART);
}

/* English: a five-letter participle ("using", "being", "going"): a
 * vowel before "-ing" ("thing", "bring", "sting" have none). */
static int
en_short_participle(ctx *x, int32_t k)
{
    ws_doc *d = x->d;
    if (!ws_tok_is_word(d, k) || is_cap(d, k) || x->qid[k] >= 0)
        return 0;
    size_t n;
    const char *f = tok_fold(x, k, &n);
    return n == 5 && memcmp(f + 2, "ing", 3) == 0 &&
           (strchr("aeiouy", f[0]) || strchr("aeiouy", f[1]));
}

/* English: does the preposition at t open a phrase naming the channel,
 * occasion or time of an act ("in a statement", "in early-morning
 * tweets", "during the debate Monday night", "in July", "on Friday")
 * that runs to the end of the clause [.., e) or to a comma (at most a
 * few more words after its head)?  The heads are the class `channel` of
 * stance-skip.tsv. */
static int
en_channel_tail(ctx *x, int32_t t, int32_t e)
{
    static const char *const prep[] = {"in", "at", "during", "on"};
    ws_doc *d = x->d;
    if (!fold_is(x, t, prep, sizeof prep / sizeof *prep) || x->qid[t] >= 0)
        return 0;
    for (int32_t k = t + 1; k < e && k <= t + 5; k++) {
        if (x->qid[k] >= 0)
            return 0;
        if (!ws_tok_is_word(d, k) && !tok_is(d, k, "-") &&
            !tok_is(d, k, "'s") && !tok_is(d, k, "\xe2\x80\x99s"))
            return 0;
        if (!skip_has(x, k, K_CHAN))
            continue;
        /* the phrase ends the clause within a few words */
        for (int32_t r = k + 1; r <= k + 4; r++) {
            if (r >= e || tok_is(d, r, ",") || is_clause_punct(d, r) ||
                is_dash(d, r) || tok_is(d, r, "--"))
                return 1;
            if (x->qid[r] >= 0 || !ws_tok_is_word(d, r))
                return 0;
        }
        return 0;
    }
    return 0;
}

/* English: for a quotation met at t inside a fronted subordinate
 * clause's content (en_intro_clause_end, which ends before e): -1 when
 * it cannot be passed over (it runs past e or opened before t); one
 * past its closing mark when it ends with a comma inside the marks
 * ('... called it "a mistake," the minister ...') and a word follows;
 * 0 to pass over it. */
static int32_t
en_intro_quote_end(ctx *x, int32_t t, int32_t e)
{
    ws_doc *d = x->d;
    const quote *q = &x->q[x->qid[t]];
    if (q->o != t || q->c + 1 >= e)
        return -1;
    if (q->c - 1 > q->o && tok_is(d, q->c - 1, ",") &&
        ws_tok_is_word(d, q->c + 1))
        return q->c + 1;
    return 0;
}

/* English: a subordinator (one of list) that opens a clause after "and",
 * "but" or "that" within the few words before a content clause at a
 * ("... is that the coach has few plans and once she has praised the
 * squad, she goes home"): its position, or -1. */
static int32_t
en_inner_intro(ctx *x, int32_t s0, int32_t a, const char *const *list, size_t n)
{
    ws_doc *d = x->d;
    for (int32_t k = a - 2; k > s0 && k >= a - 10; k--) {
        if (x->qid[k] >= 0 || is_clause_punct(d, k))
            return -1;
        if (fold_is(x, k, list, n) && !is_cap(d, k))
            return tok_is(d, k - 1, "and") || tok_is(d, k - 1, "but") ||
                           tok_is(d, k - 1, "that")
                       ? k
                       : -1;
    }
    return -1;
}

/* English: does a fronted time noun phrase with a clause on it open at k
 * ("The day the mayor said ...", "On the night that he said ...", "By
 * the time she said ...")?  Returns its last word (the clause's subject
 * follows), or -1. */
static int32_t
en_time_noun_intro(ctx *x, int32_t k, int32_t a)
{
    static const char *const prep[] = {"on", "by", "from", "until"};
    static const char *const noun[] = {
        "day",     "week",    "month",     "year",    "night",
        "morning", "evening", "afternoon", "weekend", "moment",
        "minute",  "hour",    "instant",   "time",    "season"};
    if (k < a && fold_is(x, k, prep, sizeof prep / sizeof *prep))
        k++;
    if (k + 2 >= a || x->qid[k] >= 0 || x->qid[k + 1] >= 0 ||
        (!tok_is(x->d, k, "the") && !tok_is(x->d, k, "The")))
        return -1;
    if (!fold_is(x, k + 1, noun, sizeof noun / sizeof *noun) ||
        is_cap(x->d, k + 1))
        return -1;
    k++;
    if (k + 2 < a &&
        (tok_is(x->d, k + 1, "that") || tok_is(x->d, k + 1, "when")))
        k++;
    return k;
}

/* English: where the content [a, e) of a clause inside a fronted
 * subordinate clause would end (en_intro_clause_end): at its first
 * comma, or one past a quotation ending in one, or e (no comma, or a
 * quotation that cannot be passed over first). */
static int32_t
en_intro_comma(ctx *x, int32_t a, int32_t e)
{
    for (int32_t t = a + 1; t + 1 < e; t++) {
        if (x->qid[t] >= 0) {
            /* a quotation in the intro clause ("Though she called the
             * deal \"a mistake,\" the minister ..."): its last comma,
             * inside the closing mark, may be the one that ends it */
            int32_t c = en_intro_quote_end(x, t, e);
            if (c < 0)
                return e;
            if (c > t)
                return c;
            t = x->q[x->qid[t]].c;
            continue;
        }
        if (tok_is(x->d, t, ","))
            return t;
    }
    return e;
}

/* English: a content clause [a, e) inside a fronted subordinate clause
 * ("While he invoked the rising seas to rally the crowd, he did not
 * ...", "Although the mayor said taxes would fall, the budget ...") ends
 * at the comma that closes the subordinate clause: what follows is the
 * main clause, the writer's.  Returns the new end. */
static int32_t
en_intro_clause_end(ctx *x, int32_t a, int32_t e)
{
    static const char *const intro[] = {
        "while", "although", "though", "whereas", "when",   "if", "because",
        "since", "after",    "before", "once",    "unless", "as"};
    ws_doc *d = x->d;
    /* the comma that would close the subordinate clause, first: without
     * one there is nothing to cut */
    int32_t cut = en_intro_comma(x, a, e);
    if (cut == e)
        return e;
    int32_t s0 = sent_t0(x, a);
    /* the sentence opens with the subordinator (after an opening mark
     * or a conjunction: "But while ...", "Just as ...") */
    int32_t k = s0;
    while (k < a &&
           (ws_tok_is_punct(d, k) || tok_is(d, k, "but") ||
            tok_is(d, k, "and") || tok_is(d, k, "But") || tok_is(d, k, "And")))
        k++;
    if (k + 1 < a &&
        (tok_is(d, k, "just") || tok_is(d, k, "Just") || tok_is(d, k, "even") ||
         tok_is(d, k, "Even")) &&
        tok_is(d, k + 1, "as"))
        k++;
    /* (or a time noun with a clause on it: "The day he said ...,") */
    if (k < a && !fold_is(x, k, intro, sizeof intro / sizeof *intro) &&
        en_time_noun_intro(x, k, a) >= 0)
        k = en_time_noun_intro(x, k, a);
    else if (k >= a || !fold_is(x, k, intro, sizeof intro / sizeof *intro))
        k = en_inner_intro(x, s0, a, intro, sizeof intro / sizeof *intro);
    if (k < 0)
        return e;
    /* no comma between it and the content (nor a quotation ending in
     * one): the cue is inside */
    for (int32_t t = k + 1; t < a; t++) {
        if (x->qid[t] >= 0 && en_intro_quote_end(x, t, a) == 0) {
            t = x->q[x->qid[t]].c;
            continue;
        }
        if (tok_is(d, t, ",") || x->qid[t] >= 0 || is_dash(d, t))
            return e;
        /* "As she put it, ...", "as he said": a source phrase, whose
         * content is the main clause */
        if (tok_is(d, k, "as") || tok_is(d, k, "As"))
            if (x->cuelen[t] && (x->cueattr[t] & C_SAY))
                return e;
    }
    return cut;
}

/* English: where a content clause [a, e) stops before a part that is
 * not the source's words: a new coordinated clause with its own
 * pronoun subject and speech verb ("... -- and he noted ..."), and for
 * a reported act a subordinate clause ("criticized the plan after the
 * vote") or a ", but ..." clause.  (Participle and relative clauses
 * after a comma stay: in news they mostly belong to the content.) */
/* English: does a non-restrictive relative clause (", who ...", ",
 * which ...") hold the act whose content starts at a? */
static int
en_in_relative(ctx *x, int32_t a)
{
    /* "who's": "who has" ("who's called for ...") */
    static const char *const rel[] = {"who", "which", "who's",
                                      "who\xe2\x80\x99s"};
    ws_doc *d = x->d;
    int32_t s0 = sent_t0(x, a);
    for (int32_t k = a - 1; k > s0 && k >= a - 10; k--) {
        if (x->qid[k] >= 0 || is_clause_punct(d, k))
            return 0;
        if (fold_is(x, k, rel, sizeof rel / sizeof *rel))
            return tok_is(d, k - 1, ",");
    }
    return 0;
}

/* English: is the word at k a relative pronoun that can be the subject
 * of a clause ("which", "who")? */
static int
en_relative_subject(ctx *x, int32_t k)
{
    static const char *const rel[] = {"which", "who", "who's",
                                      "who\xe2\x80\x99s"};
    return lang_is(x, "en") && k >= 0 && x->qid[k] < 0 && !is_cap(x->d, k) &&
           fold_is(x, k, rel, sizeof rel / sizeof *rel);
}

/* English: is the word at k, before the subject of a verb of saying, a
 * question or relative word that a part of the clause said was moved out
 * of ("the ferry, which the mayor says she will keep", "between what
 * the firm says its losses were and ...", "how engineers say it would
 * hold")?  Not sentence-initial (a question), not "which" or
 * "whom" after a preposition ("the day on which she said ...": the
 * phrase is the saying's), not "that" (a complementizer as often). */
static int
en_extracted_wh(ctx *x, int32_t k, int32_t s0)
{
    static const char *const wh[] = {"which", "what", "how", "whom"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || k <= s0 || x->qid[k] >= 0 || is_cap(d, k) ||
        !fold_is(x, k, wh, sizeof wh / sizeof *wh))
        return 0;
    if (!tok_is(d, k, "what") && !tok_is(d, k, "how") &&
        ws_tok_is_word(d, k - 1) && !is_cap(d, k - 1) &&
        (lexclass(x, x->L.skip, k - 1) & K_PREP))
        return 0;
    return 1;
}

/* English: the position of a finite verb right after a cue that ends at
 * c (past "now", "also", "still" and -ly adverbs), the verb of a clause
 * whose subject stands before the cue ("which officials said were
 * moved", "which the agency claimed now lets"); 0 when there is none. */
static int32_t
en_verb_after_cue(ctx *x, int32_t c, int32_t s1)
{
    ws_doc *d = x->d;
    int32_t v = c;
    while (v < s1 && v < c + 3 &&
           (is_ly_adv(x, v) || tok_is(d, v, "now") || tok_is(d, v, "also") ||
            tok_is(d, v, "still") || tok_is(d, v, "never") ||
            tok_is(d, v, "always")))
        v++;
    if (v >= s1 || x->qid[v] >= 0 || !ws_tok_is_word(d, v) || is_cap(d, v))
        return 0;
    if (en_finite(x, v))
        return v;
    /* a present-tense verb: "-s" and no noun's company ("lets the") */
    size_t n;
    const char *f = tok_fold(x, v, &n);
    if (n > 3 && f[n - 1] == 's' && f[n - 2] != 's' && !is_det(x, v) &&
        !lexclass(x, x->L.skip, v) && v + 1 < s1 &&
        (is_det(x, v + 1) || pron_gender_simple(x, v + 1) ||
         tok_is(d, v + 1, "to")))
        return v;
    return 0;
}

/* English: does the comma at t, after a name that ends a content clause
 * [a, e) with a finite verb, open an apposition with an article that
 * runs to the clause's end with no finite verb of its own (a relative
 * clause in it may have one): "... did not back Mr. Ward, the favourite
 * of the bankers", "... work with NATO, the alliance that ..."?  The
 * apposition is the writer's gloss on the name, not what was said. */
/* English: do "and" or "or" at k join two bare nouns of an apposition
 * ("a former judge and envoy to ..."): plain lower-case words on both
 * sides, no pronoun, determiner, cue or finite verb after it. */
static int
en_apposition_noun_pair(ctx *x, int32_t k)
{
    ws_doc *d = x->d;
    int32_t r = k + 1;
    return ws_tok_is_word(d, k - 1) && !is_cap(d, k - 1) && x->qid[k - 1] < 0 &&
           ws_tok_is_word(d, r) && !is_cap(d, r) && x->qid[r] < 0 &&
           !x->cuelen[r] && !is_det(x, r) && !pron_gender_simple(x, r) &&
           !en_finite(x, r) && !is_ly_adv(x, r) && !lexclass(x, x->L.skip, r);
}

static int
en_name_apposition_end(ctx *x, int32_t a, int32_t t, int32_t e)
{
    static const char *const art[] = {"the", "a", "an"};
    static const char *const rel[] = {"that", "who", "which", "whom", "whose"};
    static const char *const aux[] = {
        "is",   "are",   "was", "were",  "has",  "have",  "had",
        "will", "would", "can", "could", "may",  "might", "should",
        "must", "does",  "did", "do",    "said", "says"};
    ws_doc *d = x->d;
    if (!tok_is(d, t, ",") || t + 2 >= e || !fold_is(x, t + 1, art, 3) ||
        is_cap(d, t + 1) || x->qid[t - 1] >= 0)
        return 0;
    /* a name before the comma (a short parenthesis after it: "Rep. Jo
     * Ward (D-Va.)") */
    int32_t n = t - 1;
    if (tok_is(d, n, ")")) {
        while (n > a && n > t - 6 && !tok_is(d, n, "("))
            n--;
        n--;
    }
    if (n <= a || !is_cap(d, n) || x->ent[n] < 0 ||
        (d->entities.v[x->ent[n]].type != WS_PERSON &&
         d->entities.v[x->ent[n]].type != WS_ORG &&
         d->entities.v[x->ent[n]].type != WS_GOV))
        return 0;
    int verb = 0;
    for (int32_t k = a; k < n && !verb; k++)
        verb = x->qid[k] < 0 && en_finite(x, k);
    if (!verb)
        return 0;
    for (int32_t k = t + 2; k < e; k++) {
        if (x->qid[k] >= 0 || (x->cuelen[k] && is_speech_cue(x->cueattr[k])))
            return 0;
        if (fold_is(x, k, rel, sizeof rel / sizeof *rel))
            return 1;
        if (!ws_tok_is_word(d, k) && !tok_is(d, k, "-") &&
            !tok_is(d, k, "'s") && !tok_is(d, k, "\xe2\x80\x99s") &&
            !tok_is(d, k, ".") && !(d->tokens.v[k].flags & WS_TOK_NUM))
            return 0;
        /* two nouns joined in the apposition ("a former judge and
         * envoy"), not a new clause or a second phrase */
        if ((tok_is(d, k, "and") || tok_is(d, k, "or")) && k + 1 < e &&
            en_apposition_noun_pair(x, k))
            continue;
        if (fold_is(x, k, aux, sizeof aux / sizeof *aux) ||
            (lexclass(x, x->L.skip, k) & (K_CONJ | K_SUB | K_STOP)) ||
            tok_is(d, k, "and") || tok_is(d, k, "but") || tok_is(d, k, "or"))
            return 0;
    }
    return 1;
}

/* English: does the comma at t, after a reported act's object that ends
 * in a common noun ("endorsed the mayor's campaign, the latest turn in
 * a feud that ..."), open a long apposition (seven words or more) with
 * an article that runs to the clause's end e with no comma, dash or
 * quotation of its own?  Such a trailing gloss is the writer's comment
 * on the object, not part of the act; a short label ("praised the hall,
 * a fine thing"), an apposition set off on both sides ("backed the vote,
 * the first of the term, in May") or one after a name ("praised Jo
 * Ward, a nurse from ...") stays. */
static int
en_trailing_gloss(ctx *x, int32_t a, int32_t t, int32_t e)
{
    static const char *const art[] = {"the", "a", "an"};
    ws_doc *d = x->d;
    if (!tok_is(d, t, ",") || t < a + 2 || t + 3 >= e ||
        !fold_is(x, t + 1, art, 3) || is_cap(d, t + 1) || x->qid[t - 1] >= 0 ||
        !ws_tok_is_word(d, t - 1) || is_cap(d, t - 1) || x->ent[t - 1] >= 0 ||
        (d->tokens.v[t - 1].flags & WS_TOK_NUM))
        return 0;
    int words = 0;
    for (int32_t k = t + 1; k < e; k++) {
        if (x->qid[k] >= 0 || tok_is(d, k, ",") || tok_is(d, k, ";") ||
            is_dash(d, k) || tok_is(d, k, "--") || tok_is(d, k, "(") ||
            (x->cuelen[k] && (x->cueattr[k] & C_SAY)))
            return 0;
        words += ws_tok_is_word(d, k);
    }
    return words >= 7;
}

/* English: does a bare day name at t end an act's object [.., e): the
 * day of the act, at the clause's end or before a channel phrase
 * ("blasted the plan as \"a farce\" Monday on a radio show", "called
 * the fine unfair Friday.")?  Not after a preposition or a determiner
 * ("by Monday", "last Friday", "the Tuesday vote"). */
static int
en_day_tail(ctx *x, int32_t t, int32_t e)
{
    static const char *const day[] = {"monday",   "tuesday", "wednesday",
                                      "thursday", "friday",  "saturday",
                                      "sunday"};
    static const char *const before[] = {"last",  "next",  "this",   "that",
                                         "every", "early", "late",   "until",
                                         "by",    "since", "before", "after"};
    ws_doc *d = x->d;
    if (x->qid[t] >= 0 || !fold_is(x, t, day, sizeof day / sizeof *day) ||
        is_det(x, t - 1) ||
        fold_is(x, t - 1, before, sizeof before / sizeof *before) ||
        (lexclass(x, x->L.skip, t - 1) & (K_PREP | K_TIME)))
        return 0;
    int32_t k = t + 1;
    if (k < e && en_poss_clitic(d, k))
        return 0;
    return k >= e || tok_is(d, k, ",") || is_clause_punct(d, k) ||
           is_dash(d, k) || tok_is(d, k, "--") || en_channel_tail(x, k, e);
}

static int en_to_verb(ctx *x, int32_t t, int32_t hi);

/* English: does the content [a, e) open with an infinitive ("to lift
 * the ban", "not to sell", "never to return")? */
static int
en_infinitive_content(ctx *x, int32_t a, int32_t e)
{
    ws_doc *d = x->d;
    if (a + 1 < e && (tok_is(d, a, "not") || tok_is(d, a, "never")))
        a++;
    return en_to_verb(x, a, e);
}

/* English: inside an infinitive content ("agreed to lift the ban so the
 * ferries could sail again", "promised to fix the roof so that pupils
 * can return"), does "so" or "so that" at t open a clause with a subject
 * of its own and a modal?  That clause is the writer's reason for the
 * act, not what was promised: the content ends before it.  Not "so"
 * before an adjective ("to make the test so hard that ..."). */
static int
en_to_clause_so_cut(ctx *x, int32_t a, int32_t t, int32_t e)
{
    static const char *const modal[] = {"could",  "can",      "would",   "will",
                                        "might",  "may",      "should",  "must",
                                        "cannot", "couldn't", "wouldn't"};
    ws_doc *d = x->d;
    if (t < a + 3 || !tok_is(d, t, "so") || x->qid[t] >= 0 ||
        !en_infinitive_content(x, a, e))
        return 0;
    int32_t k = t + 1;
    if (k < e && tok_is(d, k, "that"))
        k++;
    if (k + 1 >= e || x->qid[k] >= 0 ||
        !(is_det(x, k) || pron_gender_simple(x, k) || is_cap(d, k)))
        return 0;
    for (int32_t j = k + 1; j < e && j <= k + 4; j++) {
        if (x->qid[j] >= 0 || !ws_tok_is_word(d, j))
            return 0;
        if (fold_is(x, j, modal, sizeof modal / sizeof *modal))
            return 1;
    }
    return 0;
}

/* English: inside an infinitive content, does "before", "after" or
 * "until" at t open a noun phrase of time that bounds the promised act
 * ("pledged to repay the loan before the deadline", "vowed to stay
 * until the end of the season")?  That phrase belongs to what was
 * promised; a clause with a verb of its own ("after the court ruled")
 * stays cut. */
static int
en_to_clause_time_phrase(ctx *x, int32_t a, int32_t t, int32_t e)
{
    static const char *const prep[] = {"before", "after", "until"};
    ws_doc *d = x->d;
    if (!fold_is(x, t, prep, sizeof prep / sizeof *prep) || t + 2 > e ||
        !is_det(x, t + 1) || !en_infinitive_content(x, a, e))
        return 0;
    for (int32_t j = t + 2; j < e && j <= t + 5; j++) {
        if (x->qid[j] >= 0 || en_finite(x, j) || pron_gender_simple(x, j))
            return 0;
        if (!ws_tok_is_word(d, j))
            break;
    }
    return 1;
}

static int en_bare(ctx *x, int32_t p);

/* English: inside an infinitive content, does "and" or "or" at t join a
 * second infinitive that is a verb of speech with a clause of its own
 * ("refused to hand over the files or say why they were missing",
 * "agreed to meet the envoy and explain how the funds were spent")?
 * What that verb introduces is a statement of its own, not part of the
 * first act: the content ends before the conjunction.  Only after a
 * reported act (refuse, vow, threaten); a clause-taking verb like
 * "agreed" keeps both infinitives. */
static int
en_to_clause_speech_conj(ctx *x, int32_t a, int32_t t, int32_t e)
{
    static const char *const wh[] = {"how",  "why",   "what", "whether",
                                     "when", "where", "who",  "if",
                                     "that", "which"};
    ws_doc *d = x->d;
    if (t < a + 3 || !(tok_is(d, t, "and") || tok_is(d, t, "or")))
        return 0;
    int32_t v = t + 1;
    unsigned at, g;
    if (v + 1 >= e || x->qid[v] >= 0 || !cue_at(x, v, &at, &g) ||
        !(at & C_SAY) || !en_bare(x, v))
        return 0;
    int32_t w = v + x->cuelen[v];
    return w < e && x->qid[w] < 0 &&
           fold_is(x, w, wh, sizeof wh / sizeof *wh) &&
           en_infinitive_content(x, a, e);
}

/* ---- content spans (session 17): near misses ---- */

/* English: is the word at t a relative pronoun with its auxiliary glued
 * on ("who's", "who'd", "who've", typographic apostrophe too)?  Like
 * "who", it opens a relative clause on the noun before it ("cast himself
 * as a reformer who's going to ..."), not a new clause. */
static int
en_span_rel_contracted(ctx *x, int32_t t)
{
    static const char *const rel[] = {"who's",
                                      "who'd",
                                      "who've",
                                      "who\xe2\x80\x99s",
                                      "who\xe2\x80\x99"
                                      "d",
                                      "who\xe2\x80\x99"
                                      "ve"};
    return fold_is(x, t, rel, sizeof rel / sizeof *rel);
}

/* English: does "when" at t open the fixed phrase "when it comes to"
 * ("when it came to", "when it comes down to")?  It means "as for" and
 * adds to the phrase before it ("styled herself a friend of farmers when
 * it comes to water"), not a clause of time that ends an act's object. */
static int
en_span_when_comes(ctx *x, int32_t t, int32_t e)
{
    static const char *const come[] = {"comes", "came", "come"};
    ws_doc *d = x->d;
    if (!tok_is(d, t, "when") || t + 3 >= e || !tok_is(d, t + 1, "it") ||
        !fold_is(x, t + 2, come, sizeof come / sizeof *come))
        return 0;
    int32_t k = t + 3;
    if (tok_is(d, k, "down") && k + 1 < e)
        k++;
    return tok_is(d, k, "to");
}

/* English: does an adverb at k open a participle clause ("..., even
 * suggesting ...", "..., again calling ...")?  Like a participle right
 * after the comma, it is the writer's comment or a further act. */
static int
en_adv_participle(ctx *x, int32_t k, int32_t e)
{
    int32_t v = skip_adv_fwd(x, k, e);
    return v > k && v < e && en_participle(x, v);
}

/* English: does a preposition of time at t ("after", "before", "during",
 * "since", "until") open a plain noun phrase on the common noun that ends
 * an object of three words or more opened at a ("the rise in fares after
 * the strike", "his microphone trouble during the debate")?  The phrase
 * tells which event the object is, and stays in it: no finite verb,
 * pronoun or quotation follows up to the clause's end or a comma.  After
 * a short object, a name or a pronoun ("praised the budget after the
 * vote", "praised Lee after the vote") it tells when the act fell, and
 * ends the object. */
static int
en_span_event_time_pp(ctx *x, int32_t a, int32_t t, int32_t e)
{
    static const char *const prep[] = {"after", "before", "during", "since",
                                       "until"};
    ws_doc *d = x->d;
    if (!fold_is(x, t, prep, sizeof prep / sizeof *prep) || is_cap(d, t) ||
        t < a + 3 || t + 1 >= e || !plain_word(x, t - 1) ||
        !ws_tok_is_word(d, t + 1) ||
        (!is_det(x, t + 1) && (lexclass(x, x->L.skip, t + 1) & K_PREP)))
        return 0;
    for (int32_t k = t + 1; k < e; k++) {
        if (tok_is(d, k, ",") || is_clause_punct(d, k))
            break;
        if (x->qid[k] >= 0 || en_finite(x, k) || pron_gender_simple(x, k) ||
            x->cuelen[k])
            return 0;
    }
    return 1;
}

/* English: a subordinator at t that does not end an act's object: the
 * three above. */
static int
en_span_sub_keeps(ctx *x, int32_t a, int32_t t, int32_t e)
{
    return en_span_rel_contracted(x, t) || en_span_when_comes(x, t, e) ||
           en_span_event_time_pp(x, a, t, e);
}

/* English: does the comma at t open ", which" and a form of "be" ("...
 * underscored a weakness, which is his temper", "blamed the clerks for
 * the errors, which were common across the branch")?  Such a relative
 * clause says what the object is and stays in a reported act's object;
 * one with another verb ("..., which the court struck down") is the
 * writer's gloss and still ends it. */
static int
en_span_which_copula(ctx *x, int32_t t, int32_t e)
{
    static const char *const be[] = {"is", "was", "are", "were"};
    ws_doc *d = x->d;
    return lang_is(x, "en") && tok_is(d, t, ",") && t + 3 < e &&
           tok_is(d, t + 1, "which") && x->qid[t + 2] < 0 &&
           fold_is(x, t + 2, be, sizeof be / sizeof *be);
}

/* English: does the comma at t open a new main clause whose subject
 * stands after a short phrase or is two noun phrases joined by "and"
 * or "or" (", but in a footnote she also wrote ...", ", and by then
 * the council had ...", ", but many traders and the big banks have
 * found ...")?  en_new_main_clause takes the subject right after the
 * conjunction and one noun phrase only.  What the source said ends
 * before the comma. */
static int
en_span_conj_clause(ctx *x, int32_t t, int32_t e)
{
    static const char *const conj[] = {"and", "but", "yet"};
    static const char *const nom[] = {"he", "she", "they", "we", "i", "it"};
    static const char *const co[] = {"and", "or"};
    ws_doc *d = x->d;
    /* the comma, or a conjunction after a quote that closes on a comma
     * ("... is \"true,\" but they ...") */
    int32_t c = t + 1;
    if (!tok_is(d, t, ",")) {
        if (t < 2 || x->qid[t] >= 0 || x->qid[t - 1] < 0 ||
            x->q[x->qid[t - 1]].c != t - 1 || !tok_is(d, t - 2, ","))
            return 0;
        c = t;
    }
    if (c + 3 >= e || !fold_is(x, c, conj, sizeof conj / sizeof *conj))
        return 0;
    int32_t r = c + 1, r1 = -1;
    if (x->qid[r] >= 0 || x->cuelen[r])
        return 0;
    if (lexclass(x, x->L.skip, r) & K_PREP) {
        /* a phrase of up to five words, then a pronoun subject */
        int32_t k = r + 1;
        while (k < e && k <= r + 5 && ws_tok_is_word(d, k) && x->qid[k] < 0 &&
               !fold_is(x, k, nom, sizeof nom / sizeof *nom))
            k++;
        if (k < e && tok_is(d, k, ","))
            k++;
        if (k >= e || k > r + 6 ||
            !fold_is(x, k, nom, sizeof nom / sizeof *nom))
            return 0;
        r1 = k + 1;
    } else if (is_det(x, r) || is_cap(d, r) || x->ent[r] >= 0) {
        int32_t m = np_right(x, r, e);
        if (m <= r || m - r > 6 || m + 1 >= e ||
            !fold_is(x, m, co, sizeof co / sizeof *co))
            return 0;
        int32_t r2 = m + 1;
        if (x->qid[r2] >= 0 ||
            !(is_det(x, r2) || is_cap(d, r2) || x->ent[r2] >= 0))
            return 0;
        r1 = np_right(x, r2, e);
        /* "the owners of the town" */
        if (r1 > r2 && r1 + 1 < e && tok_is(d, r1, "of") &&
            (is_det(x, r1 + 1) || is_cap(d, r1 + 1)))
            r1 = np_right(x, r1 + 1, e);
        if (r1 <= r2 || r1 - r2 > 8)
            return 0;
    } else
        return 0;
    int32_t v = r1;
    while (v < e && v < r1 + 2 &&
           (is_ly_adv(x, v) || tok_is(d, v, "also") || tok_is(d, v, "still") ||
            tok_is(d, v, "then") || tok_is(d, v, "not")))
        v++;
    return v < e && x->qid[v] < 0 && en_finite(x, v);
}

/* English: does the comma at t, after a reported act's object, open an
 * apposition headed by "the latest" or "the newest" ("endorsed the
 * mayor's bid, the latest turn in a long feud")?  It sums up the act as
 * one in a series: the writer's gloss, not part of what the act was
 * about, however long it runs (en_trailing_gloss asks a long one with no
 * comma of its own). */
static int
en_span_latest_gloss(ctx *x, int32_t a, int32_t t, int32_t e)
{
    static const char *const late[] = {"latest", "newest"};
    ws_doc *d = x->d;
    return tok_is(d, t, ",") && t > a + 1 && t + 3 < e && x->qid[t - 1] < 0 &&
           ws_tok_is_word(d, t - 1) && tok_is(d, t + 1, "the") &&
           x->qid[t + 2] < 0 &&
           fold_is(x, t + 2, late, sizeof late / sizeof *late) &&
           ws_tok_is_word(d, t + 3) &&
           !(lexclass(x, x->L.skip, t + 3) &
             (K_PREP | K_CONJ | K_SUB | K_STOP));
}

/* English: does the comma at t open "even as" and a clause ("... whether
 * the report should be published, even as copies circulated")?  Like
 * "although" it sets the writer's contrasting fact against what was
 * said: the content ends before the comma.  Not "even as late as ...",
 * a comparison. */
static int
en_span_even_as(ctx *x, int32_t t, int32_t e)
{
    ws_doc *d = x->d;
    if (!tok_is(d, t, ",") || t + 3 >= e || !tok_is(d, t + 1, "even") ||
        !tok_is(d, t + 2, "as") || x->qid[t + 3] >= 0)
        return 0;
    return ws_tok_is_word(d, t + 3) && !(t + 4 < e && tok_is(d, t + 4, "as"));
}

/* English: inside a reported act's object, does "and" at t join a second
 * act verb in its base form with an object of its own ("will accuse the
 * board of hiding losses and urge members to vote", "should thank the
 * crews and ask them to stay")?  That verb is a second act of the same
 * subject, found as its own statement: the first object ends before
 * "and".  Not inside an infinitive ("vowed to review and revise the
 * rules"), nor a base-form word used as a noun ("praised the teams and
 * support staff": no determiner, pronoun or name after it). */
static int
en_span_bare_act_conj(ctx *x, int32_t a, int32_t t, int32_t e)
{
    static const char *const objp[] = {"them",  "him", "her", "us",
                                       "me",    "you", "it",  "his",
                                       "their", "its", "our"};
    ws_doc *d = x->d;
    if (t < a + 2 || !tok_is(d, t, "and") ||
        (ws_tok_is_punct(d, t - 1) && x->qid[t - 1] < 0))
        return 0;
    for (int32_t j = t - 1; j > a && j >= t - 3; j--)
        if (tok_is(d, j, "to"))
            return 0;
    int32_t v = t + 1;
    unsigned at, g;
    if (v + 1 >= e || x->qid[v] >= 0 || is_cap(d, v) ||
        !cue_at(x, v, &at, &g) || !is_speech_cue(at) || !en_bare(x, v))
        return 0;
    int32_t w = v + x->cuelen[v];
    /* an object: a determiner, a pronoun, a name, or a plural noun
     * before "to" ("urge voters to ...") */
    if (w >= e || x->qid[w] >= 0 ||
        !(is_det(x, w) || fold_is(x, w, objp, sizeof objp / sizeof *objp) ||
          (is_cap(d, w) && x->ent[w] >= 0) ||
          (w + 1 < e && tok_is(d, w + 1, "to") && ws_tok_is_word(d, w) &&
           ends_plural(x, w))))
        return 0;
    return !en_infinitive_content(x, a, e);
}

/* English: does "if" at t end a reported act's noun-phrase object [a, e)
 * ("will mock the ratings if the host asks about it")?  It opens a
 * condition on the act, no part of its object: "if" after at least two
 * words of an object that opens with no "to" or "for" (an infinitive
 * keeps its condition: "pledged to act if the others do"), and a subject
 * after it (a personal pronoun, a determiner or a name) with a finite
 * verb or a cue word within four words.  Returns where the object ends
 * (before "even if", "only if" and a comma before them), or -1; "as if"
 * is a manner, no condition. */
static int32_t
en_if_condition_cut(ctx *x, int32_t a, int32_t t, int32_t e)
{
    ws_doc *d = x->d;
    if (t < a + 2 || t + 2 >= e || !tok_is(d, t, "if") ||
        tok_is(d, t - 1, "as") || tok_is(d, a, "to") || tok_is(d, a, "for") ||
        tok_is(d, a, "if") || tok_is(d, a, "whether") || x->qid[t + 1] >= 0 ||
        !(pron_gender_simple(x, t + 1) || is_det(x, t + 1) ||
          (is_cap(d, t + 1) && x->ent[t + 1] >= 0)))
        return -1;
    int fin = 0;
    for (int32_t k = t + 2; k < e && k <= t + 5 && !fin; k++)
        fin = en_finite(x, k) ||
              (x->cuelen[k] && ws_tok_is_word(d, k) && !is_cap(d, k));
    if (!fin)
        return -1;
    int32_t c = t;
    if (tok_is(d, c - 1, "even") || tok_is(d, c - 1, "only"))
        c--;
    if (c > a + 1 && tok_is(d, c - 1, ","))
        c--;
    return c > a ? c : -1;
}

/* Is t the closing mark of a quotation whose last token is a comma
 * ("\"reckless,\"", the American placing)?  The comma then ends the
 * clause the quotation stands in, as one outside the marks would. */
static int
en_quote_comma(ctx *x, int32_t t)
{
    return t > 0 && x->qid[t] >= 0 && x->q[x->qid[t]].c == t &&
           x->q[x->qid[t]].o < t - 1 && tok_is(x->d, t - 1, ",");
}

/* English: an object pronoun or a demonstrative standing alone as a
 * noun phrase ("him", "them", "this", "those"): a whole object, so a
 * subordinator right after it ("condemned this because ...") opens a
 * clause of its own. */
static int
en_obj_pron(ctx *x, int32_t i)
{
    static const char *const obj[] = {
        "him",   "her", "them",   "us",      "me",      "this",      "these",
        "those", "you", "itself", "himself", "herself", "themselves"};
    return ws_tok_is_word(x->d, i) && x->qid[i] < 0 &&
           fold_is(x, i, obj, sizeof obj / sizeof *obj);
}

/* English: the verbs of giving and refusing that take two objects, who
 * receives and what ("granted the firm an extension", "could deny them
 * permits", "offered the workers a new contract"). */
static const char *const en_give_verbs[] = {
    "grant",   "grants",  "granted",  "granting", "deny",    "denies",
    "denied",  "denying", "offer",    "offers",   "offered", "offering",
    "give",    "gives",   "gave",     "given",    "giving",  "award",
    "awards",  "awarded", "awarding", "hand",     "hands",   "handed",
    "handing", "owe",     "owes",     "owed",     "lend",    "lends",
    "lent",    "lending"};

/* English: where the thing given starts when a verb of giving (p, the
 * cue's last word before its object) has its recipient first, then the
 * thing: a personal object pronoun or a name or determined phrase, right
 * before a second phrase opened by a determiner, a number or, after a
 * pronoun, a bare noun ("granted Mr. Lowe an extension", "deny them
 * drilling permits").  The recipient is no part of what was granted or
 * denied.  Else c0. */
static int32_t
en_recipient_object_start(ctx *x, int32_t p, int32_t c0, int32_t c1)
{
    static const char *const obj[] = {"him", "them", "us", "me", "you"};
    ws_doc *d = x->d;
    if (c0 + 2 > c1 || x->qid[c0] >= 0 ||
        !fold_is(x, p, en_give_verbs,
                 sizeof en_give_verbs / sizeof *en_give_verbs))
        return c0;
    int pron = fold_is(x, c0, obj, sizeof obj / sizeof *obj);
    int32_t r1;
    if (pron || tok_is(d, c0, "her"))
        r1 = c0 + 1;
    else if (is_det(x, c0) || is_cap(d, c0) || x->ent[c0] >= 0)
        r1 = np_right(x, c0, c1);
    else
        return c0;
    /* not "offered no proof that ...": "that" opens a clause */
    if (r1 <= c0 || r1 + 1 > c1 || x->qid[r1] >= 0 || tok_is(d, r1, "that"))
        return c0;
    int thing = is_det(x, r1) || (d->tokens.v[r1].flags & WS_TOK_NUM) ||
                (pron && plain_word(x, r1) &&
                 !(lexclass(x, x->L.skip, r1) &
                   (K_PREP | K_CONJ | K_SUB | K_STOP | K_ADV | K_TIME)));
    return thing ? r1 : c0;
}

/* English: the end of a reported act's object that is a lone object
 * pronoun before a "to" phrase naming who received it ("disclosed them
 * to the press", "pitched himself to older voters"): the pronoun is the
 * whole object, the "to" phrase its recipient.  Not after a verb of
 * likening, whose "to" phrase is part of what was said ("compared him
 * to Nixon"), nor before an infinitive ("urged them to stay").  Else c1. */
static int en_to_verb(ctx *x, int32_t t, int32_t hi);

static int32_t
en_pron_recipient_end(ctx *x, int32_t p, int32_t c0, int32_t c1)
{
    static const char *const liken[] = {"compar", "liken",   "link",
                                        "tie",    "tying",   "equat",
                                        "refer",  "connect", "sentenc"};
    static const char *const pron[] = {"him",    "them",      "us",
                                       "me",     "himself",   "herself",
                                       "itself", "themselves"};
    ws_doc *d = x->d;
    if (c0 + 2 >= c1 || !fold_is(x, c0, pron, sizeof pron / sizeof *pron) ||
        x->qid[c0] >= 0 || !tok_is(d, c0 + 1, "to") ||
        en_to_verb(x, c0 + 1, c1) ||
        fold_starts(x, p, liken, sizeof liken / sizeof *liken))
        return c1;
    return c0 + 1;
}

/* English: "by" at t before a speech verb's participle ("by announcing
 * that", "by telling them", "by saying"), within the clause ending
 * before e? */
static int
en_by_speech_participle(ctx *x, int32_t t, int32_t e)
{
    int32_t k = t + 1;
    if (k >= e || !tok_is(x->d, t, "by") || x->qid[t] >= 0)
        return 0;
    k = skip_adv_fwd(x, k, e);
    return k < e && x->cuelen[k] && (x->cueattr[k] & C_SAY) &&
           en_participle(x, k);
}

/* English: does a comma at t (or a quotation's closing mark with the
 * comma inside it, en_quote_comma) end what was said before a new clause
 * joined without a conjunction -- a subject (a pronoun, "there", a
 * determined phrase or a name) and a finite verb that is no speech cue:
 * 'said the plan was "dead," the town would pay', 'labeled it a "minor
 * issue," a nurse had written ...'?  Not a fronted subordinate clause
 * inside the content ("if costs rise, the town ..."), nor a list of
 * clauses ending in "and" ("prices rose, wages fell and ..."), nor an
 * aside that a comma closes ("the plan, she believes, would ...").  A
 * clause's content must hold a verb of its own before the comma. */
static int
en_comma_splice_clause(ctx *x, int32_t a, int32_t t, int32_t e, int reported)
{
    ws_doc *d = x->d;
    if (!(en_quote_comma(x, t) || (x->qid[t] < 0 && tok_is(d, t, ","))))
        return 0;
    int32_t k = t + 1, r1;
    if (k + 1 >= e || x->qid[k] >= 0 || x->cuelen[k])
        return 0;
    if (pron_gender_simple(x, k) || tok_is(d, k, "there"))
        r1 = k + 1;
    else if (is_det(x, k) || is_cap(d, k) || x->ent[k] >= 0)
        r1 = np_right(x, k, e);
    else
        return 0;
    if (r1 <= k || r1 - k > 5)
        return 0;
    /* the verb: an auxiliary ("had", "would") or, after adverbs, a
     * finite form */
    int32_t v = skip_adv_fwd(x, r1, e);
    if (v >= e || x->qid[v] >= 0 || (v + 1 < e && tok_is(d, v + 1, ",")) ||
        !(en_finite(x, r1) || en_finite(x, v)))
        return 0;
    for (int32_t j = a; j < t; j++)
        if (x->qid[j] < 0 && (en_is_adv_sub(x, j) || tok_is(d, j, "if") ||
                              tok_is(d, j, "If") || tok_is(d, j, "unless")))
            return 0;
    for (int32_t j = v + 1; j < e; j++)
        if (x->qid[j] < 0 && (tok_is(d, j, "and") || tok_is(d, j, "or")))
            return 0;
    return reported || en_finite_in(x, a, t);
}

/* English: does a speech verb stand within the next few words from k,
 * before e ("... -- the mayor said, ...")?  The words open the writer's
 * attribution of a new statement, not more of the content. */
static int
en_speech_soon(ctx *x, int32_t k, int32_t e)
{
    for (int32_t c = k; c < e && c < k + 5; c++) {
        if (x->qid[c] >= 0 || !ws_tok_is_word(x->d, c))
            return 0;
        if (x->cuelen[c] && is_speech_cue(x->cueattr[c]))
            return 1;
    }
    return 0;
}

/* English: does a spaced dash at t open the writer's aside after what
 * was said ("... paid no tax -- as was true in 2005", "... should pay
 * nothing -- assuming that buyers pay more", "... what the terms are --
 * not after the vote")?  An "as", a "not", a relative pronoun or a
 * condition ("assuming", "provided", "unless") after the dash, and no
 * second dash before e with words after it ("-- as it turned out -- the
 * plan" is an inserted remark, the clause goes on). */
static int
en_dash_aside(ctx *x, int32_t a, int32_t t, int32_t e)
{
    static const char *const open[] = {
        "as",       "not",       "which", "who",     "whom",  "assuming",
        "provided", "providing", "given", "barring", "unless"};
    ws_doc *d = x->d;
    int32_t k = t + 1;
    if (t <= a + 1 || k >= e || x->qid[k] >= 0 ||
        !(is_dash(d, t) || tok_is(d, t, "--")) || !space_before(d, t, a) ||
        !space_after(d, t, e) ||
        !fold_is(x, k, open, sizeof open / sizeof *open))
        return 0;
    for (int32_t j = k + 1; j < e; j++)
        if ((is_dash(d, j) || tok_is(d, j, "--")) && j + 1 < e &&
            ws_tok_is_word(d, j + 1) && !en_speech_soon(x, j + 1, e))
            return 0;
    return 1;
}

/* English: does a comma at t after a figure ("1.6 percent", "$4
 * million", "200 jobs") open a comparison with it ("..., more than half a
 * point less than forecast", "..., fewer than the town hoped")?  The
 * comparison is the writer's gloss on the figure; what was said ends
 * at the comma. */
static int
en_figure_gloss(ctx *x, int32_t t, int32_t e)
{
    static const char *const unit[] = {"percent", "%", "points", "point"};
    static const char *const cmp[] = {"more", "less", "fewer"};
    ws_doc *d = x->d;
    int32_t k = t + 1;
    if (t < 1 || k + 2 >= e || !tok_is(d, t, ",") || x->qid[k] >= 0 ||
        !fold_is(x, k, cmp, sizeof cmp / sizeof *cmp) ||
        !tok_is(d, k + 1, "than"))
        return 0;
    return (d->tokens.v[t - 1].flags & WS_TOK_NUM) ||
           fold_is(x, t - 1, unit, sizeof unit / sizeof *unit) ||
           (t >= 2 && (d->tokens.v[t - 2].flags & WS_TOK_NUM));
}

/* English: does the content [a, e) hold a lone pronoun object and an
 * emphatic reflexive after it ("never trusted it herself", "won't admit
 * that themselves")?  The reflexive tells who, not what: the content ends
 * before it. */
static int
en_object_then_reflexive(ctx *x, int32_t a, int32_t e)
{
    static const char *const obj[] = {"it", "this", "that", "so"};
    static const char *const refl[] = {"himself",   "herself",   "themselves",
                                       "itself",    "myself",    "yourself",
                                       "ourselves", "yourselves"};
    ws_doc *d = x->d;
    return a + 2 <= e && x->qid[a] < 0 && x->qid[a + 1] < 0 &&
           (a + 2 == e || is_clause_punct(d, a + 2) ||
            ws_tok_is_final(d, a + 2)) &&
           fold_is(x, a, obj, sizeof obj / sizeof *obj) &&
           fold_is(x, a + 1, refl, sizeof refl / sizeof *refl);
}

/* English: can en_clause_cut's sweep stop at token t: is it a quoted
 * token, a comma, a dash, a bracket, or a word one of its tests opens
 * with (a conjunction, "so", and for a reported act's object also "if",
 * "who", "by", a preposition of a channel, a day name, a subordinator
 * or a stop word)?  Most words are none: the sweep passes them by
 * without asking each test. */
static int
en_cut_candidate(ctx *x, int32_t t, int reported)
{
    static const char *const any[] = {"and",      "but",     "as",
                                      "while",    "whereas", "though",
                                      "although", "yet",     "so"};
    static const char *const rep[] = {
        "and",      "but",       "as",       "while",  "whereas",  "though",
        "although", "yet",       "so",       "or",     "if",       "who",
        "by",       "in",        "at",       "during", "on",       "monday",
        "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday"};
    ws_doc *d = x->d;
    if (x->qid[t] >= 0 || tok_is(d, t, ",") || is_dash(d, t) ||
        tok_is(d, t, "--") || tok_is(d, t, "(") || tok_is(d, t, "-"))
        return 1;
    if (!reported)
        return fold_is(x, t, any, sizeof any / sizeof *any);
    return fold_is(x, t, rep, sizeof rep / sizeof *rep) ||
           (ws_tok_is_word(d, t) && !is_cap(d, t) &&
            (lexclass(x, x->L.skip, t) & (K_SUB | K_STOP)));
}

static int32_t
en_clause_cut(ctx *x, int32_t a, int32_t e, int reported)
{
    static const char *const rel[] = {"which", "who", "whom", "whose"};
    ws_doc *d = x->d;
    e = en_intro_clause_end(x, a, e);
    if (en_object_then_reflexive(x, a, e))
        return a + 1;
    for (int32_t t = a + 1; t + 1 < e; t++) {
        if (!en_cut_candidate(x, t, reported))
            continue;
        /* "called the plan \"reckless,\" warning that ...": the comma
         * before a participle clause stands inside the closing mark; the
         * act's object ends after the quote (as at a plain comma below) */
        if (reported && t > a + 1 && en_quote_comma(x, t) &&
            en_participle(x, t + 1))
            return t + 1;
        if (t > a + 1 && en_comma_splice_clause(x, a, t, e, reported))
            return x->qid[t] >= 0 ? t + 1 : t;
        if (x->qid[t] >= 0)
            continue;
        if (t > a + 1 && en_figure_gloss(x, t, e))
            return t;
        if (en_to_clause_so_cut(x, a, t, e))
            return t > a + 1 && tok_is(d, t - 1, ",") ? t - 1 : t;
        if (reported && en_to_clause_speech_conj(x, a, t, e))
            return t > a + 1 && tok_is(d, t - 1, ",") ? t - 1 : t;
        if (reported && en_if_condition_cut(x, a, t, e) > a)
            return en_if_condition_cut(x, a, t, e);
        int sep = tok_is(d, t, ",") || is_dash(d, t) || tok_is(d, t, "--") ||
                  tok_is(d, t, "(");
        int32_t k = t + 1;
        /* ", and he said ...", "-- but they noted ..." */
        if (sep && k + 2 < e &&
            ((lexclass(x, x->L.skip, k) & K_CONJ) || tok_is(d, k, "but"))) {
            int32_t k2 = k + 1;
            if (pron_gender_simple(x, k2)) {
                int32_t k3 = skip_adv_fwd(x, k2 + 1, e);
                unsigned at, g;
                if (k3 < e && cue_at(x, k3, &at, &g) && is_speech_cue(at))
                    return t;
            }
        }
        /* "... the plan, and critics warned that ...", "... the probe
         * and Democrats accused ...", "... as officials praised ...": a
         * new clause with its own subject and speech verb */
        if (en_new_speech_clause(x, a, t, e))
            return t > a + 1 && tok_is(d, t - 1, ",") ? t - 1 : t;
        if (t > a + 1 &&
            (en_new_main_clause(x, t, e) || en_span_conj_clause(x, t, e)))
            return t;
        /* "... a tightening race as Trump consolidates ...", "... the
         * launch as Pyongyang fired ...": an "as" clause with a subject
         * and a finite verb of its own is the writer's background, not
         * the source's words (not "as ... as", "such as") */
        if ((t > a + 2 || (reported && t > a + 1)) &&
            en_as_clause(x, t, reported ? sent_t1(x, t) : e))
            return t - 1 > a + 1 && (tok_is(d, t - 1, "even") ||
                                     tok_is(d, t - 1, "just"))
                       ? t - 1
                       : t;
        if (t > a + 1 && en_span_even_as(x, t, e))
            return t;
        if (!reported) {
            if (t > a + 2 && en_name_apposition_end(x, a, t, e))
                return t;
            if (en_dash_aside(x, a, t, e))
                return t;
            /* "The tax ruling, which the firm contended was unfair, is
             * ...": a comma and a finite verb close the relative clause
             * set off by commas that holds the cue */
            if (tok_is(d, t, ",") && t > a + 1 && k < e && en_finite(x, k) &&
                en_in_relative(x, a))
                return t;
            continue;
        }
        /* "defended a builder who said he was never paid", "praised
         * officials who warned that ...": a relative clause with a
         * speech verb of its own is another source's statement */
        if (t > a && tok_is(d, t, "who")) {
            int32_t k2 = skip_adv_fwd(x, t + 1, e);
            unsigned at, g;
            if (k2 < e && cue_at(x, k2, &at, &g) && (at & C_SAY) &&
                !en_bare(x, k2))
                return t;
        }
        /* "... , but ..." */
        if (tok_is(d, t, ",") && tok_is(d, k, "but"))
            return t;
        /* "endorsed the campaign, the latest turn in a long feud" */
        if (en_trailing_gloss(x, a, t, e))
            return t;
        if (en_span_latest_gloss(x, a, t, e) ||
            en_span_bare_act_conj(x, a, t, e))
            return t;
        /* "backed the plan as well.": an adverb of addition after the
         * object, no part of it */
        if (t > a + 1 && tok_is(d, t, "as") && k < e && x->qid[k] < 0 &&
            tok_is(d, k, "well") && (k + 1 >= e || is_clause_punct(d, k + 1)))
            return t;
        /* "praised the coach in a post, in which she said ...", ",
         * during which he told ...": a relative clause after a
         * preposition with a speech verb of its own is another
         * statement, not the act's object */
        if (tok_is(d, t, ",") && t > a + 1 && k + 2 < e &&
            (lexclass(x, x->L.skip, k) & K_PREP) && tok_is(d, k + 1, "which")) {
            int said = 0;
            for (int32_t j = k + 2; j < e && j <= k + 6 && !said; j++) {
                unsigned at, g;
                if (x->qid[j] >= 0 || is_clause_punct(d, j))
                    break;
                said = cue_at(x, j, &at, &g) && (at & C_SAY);
            }
            if (said)
                return t;
        }
        /* "vetoed the bill and then flew home", "backed the plan and
         * extended it to ...", "backed bus lanes and extended grants to
         * ...": a second verb phrase of the act's subject (a past form
         * after "and", with an adverb of sequence or before the start of
         * its own object: a determiner, a pronoun, a particle, or a bare
         * plural and a preposition) is another act, not the object */
        if (t > a + 1 && tok_is(d, t, "and") && ws_tok_is_word(d, t - 1) &&
            k + 1 < e) {
            static const char *const seq[] = {
                "then",         "later",      "also",     "soon",
                "subsequently", "eventually", "promptly", "quickly",
                "immediately",  "afterwards"};
            int32_t v = k;
            int adv = 0;
            /* not an infinitive's second verb: "vowed to freeze and then
             * trim" */
            int inf = 0;
            for (int32_t j = t - 1; j > a && j >= t - 3; j--)
                if (tok_is(d, j, "to"))
                    inf = 1;
            if (fold_is(x, v, seq, sizeof seq / sizeof *seq)) {
                v++;
                adv = 1;
            }
            int32_t w = v + 1;
            if (!inf && v < e && !x->cuelen[v] && x->qid[v] < 0 &&
                (en_past_form(x, v) ||
                 (adv && ws_tok_is_word(d, v) && !is_cap(d, v) &&
                  !is_ly_adv(x, v) && !is_det(x, v) &&
                  !pron_gender_simple(x, v) &&
                  !(lexclass(x, x->L.skip, v) & (K_PREP | K_CONJ | K_DET)))) &&
                (adv ||
                 (w < e && (is_det(x, w) || pron_gender_simple(x, w) ||
                            tok_is(d, w, "to") || tok_is(d, w, "up") ||
                            tok_is(d, w, "out") || tok_is(d, w, "off") ||
                            (w + 1 < e && plain_word(x, w) &&
                             ends_plural(x, w) && !tok_is(d, w + 1, "of") &&
                             (lexclass(x, x->L.skip, w + 1) & K_PREP))))))
                return t;
        }
        /* "Reed, who is a fierce critic of the plan, is ...": a comma and
         * a finite verb (an irregular past too: "..., spoke Monday") close
         * the relative clause holding the act */
        if (tok_is(d, t, ",") && k < e && en_in_relative(x, a)) {
            /* an adverb may open the main clause's predicate ("..., later
             * ran for office") */
            int32_t kv = skip_adv_fwd(x, k, e);
            if (en_finite(x, k) || en_past_form(x, k) ||
                (kv < e && (en_finite(x, kv) || en_past_form(x, kv))))
                return t;
        }
        /* "vetoed the bill, dealing a blow to ...", "attacked the
         * ruling, calling it ...": a participle clause after the act's
         * object is the writer's comment or a further act */
        if (tok_is(d, t, ",") && t > a + 1 &&
            (en_participle(x, k) || en_short_participle(x, k) ||
             en_adv_participle(x, k, e) ||
             (k + 1 < e && en_quant_participle(x, k + 1, a))))
            return t;
        /* "attacked her in early-morning tweets.", "cited the figure
         * during a prime-time speech", "endorsed him in July": the
         * channel or time of the act at the clause's end */
        if (t > a && en_channel_tail(x, t, e) &&
            !en_span_event_time_pp(x, a, t, e))
            return t;
        if (t > a + 1 && en_day_tail(x, t, e))
            return t;
        /* "likened the rules to tyranny - a charge that stung", "dismissed
         * the report -- the second in a week": a dash after the act's
         * object opens the writer's aside (not "-- and why ...", which
         * adds to the object) */
        if (t > a &&
            (is_dash(d, t) || tok_is(d, t, "--") || tok_is(d, t, "-")) &&
            space_before(d, t, a) && space_after(d, t, e) &&
            !tok_is(d, t + 1, "and") && !tok_is(d, t + 1, "or"))
            return t;
        /* "endorsed the plan, with both senators expected to ...": ",
         * with" after the act's object opens the writer's aside */
        if (t > a + 1 && tok_is(d, t, ",") && tok_is(d, k, "with"))
            return t;
        /* "published the audit by announcing that ...": a speech
         * participle after "by" tells the act's manner with a statement
         * of its own (the clause's subject speaks); the object ends */
        if (t > a + 1 && en_by_speech_participle(x, t, e))
            return t;
        /* "attacked the plan after the vote", "... when she ran",
         * "mentioned Smith since the debate", "praised him in a post",
         * "condemned them because ..." (an object pronoun or a
         * demonstrative alone: en_obj_pron) */
        if ((t > a + 1 ||
             (t == a + 1 && (is_cap(d, a) || pron_gender_simple(x, a) ||
                             en_obj_pron(x, a)))) &&
            ws_tok_is_word(d, t) && !is_cap(d, t) &&
            (lexclass(x, x->L.skip, t) & (K_SUB | K_STOP)) &&
            !fold_is(x, t, rel, 4) && !en_to_clause_time_phrase(x, a, t, e) &&
            !en_span_sub_keeps(x, a, t, e))
            return t;
    }
    /* the loop stops before the last word: "... as \"a farce\" Monday" */
    if (reported && e - 1 > a + 1 && en_day_tail(x, e - 1, e))
        return e - 1;
    return e;
}

/* Does [a, b) contain a quote (and words outside it)? */
static int
mark_mixed(ctx *x, int32_t a, int32_t b)
{
    int has = 0, outside = 0;
    for (int32_t t = a; t < b; t++) {
        if (x->qid[t] >= 0) {
            /* a name in quotation marks ("Northern Dawn", «Північний
             * щит», «5+2»: capitalised, four words at most, or no word)
             * is no quoted speech */
            const quote *q = &x->q[x->qid[t]];
            if (!has && q->nwords > 0 &&
                (q->nwords > 4 || !is_cap(x->d, q->seg0[0])))
                has = 1;
            x->q[x->qid[t]].used = 1;
        } else if (ws_tok_is_word(x->d, t)) {
            outside++;
        }
    }
    return has && outside >= 1;
}

/* The content [a, b) of st, which makes it mixed when a quotation stands
 * in it with words of its own (mark_mixed). */
static void
add_clause(ctx *x, ws_statement *st, int32_t a, int32_t b)
{
    if (mark_mixed(x, a, b))
        st->kind = WS_MIXED;
    add_content(x, st, a, b);
}

/* English: "to" at t followed by a verb's base form ("urged Congress to
 * act", "asked them to leave"): an object with an infinitive, not a
 * phrase like "to reporters" or "to the press". */
static int
en_to_verb(ctx *x, int32_t t, int32_t hi)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || t + 1 >= hi || !tok_is(d, t, "to"))
        return 0;
    int32_t k = t + 1;
    while (k < hi && k < t + 3 && is_ly_adv(x, k))
        k++;
    if (k >= hi || !ws_tok_is_word(d, k) || is_cap(d, k) || is_det(x, k) ||
        pron_gender_simple(x, k) || x->ent[k] >= 0 || x->qid[k] >= 0)
        return 0;
    const char *w = ws_tok_ptr(d, k);
    int32_t wl = ws_tok_blen(d, k);
    /* an -ing form is a gerund ("committed to fighting") when a vowel
     * stands before the ending; "bring", "sing", "string" are verbs */
    int ing = 0;
    if (wl > 3 && memcmp(w + wl - 3, "ing", 3) == 0)
        for (int32_t i = 0; i < wl - 3 && !ing; i++)
            ing = strchr("aeiouyAEIOUY", w[i]) != NULL;
    /* "-ss" and "-cus" are no plural ending: "to discuss", "to focus" */
    int plural = wl > 1 && w[wl - 1] == 's' && !(wl > 2 && w[wl - 2] == 's') &&
                 !(wl > 3 && memcmp(w + wl - 3, "cus", 3) == 0);
    return !(plural || (wl > 2 && w[wl - 2] == 'e' && w[wl - 1] == 'd') ||
             ing || (d->tokens.v[k].flags & WS_TOK_NUM));
}

/* Where the subject of a sentence starts when it opens with a
 * prepositional or subordinate phrase ("At the rally, he ...", "In a
 * statement, the group ...", "Dans un communiqué, le ministre ..."):
 * after the phrase's comma, before p; s0 itself when the sentence opens
 * otherwise; -1 when the phrase has no comma before p.  Not German, whose
 * verb follows an opening phrase ("In einer Mitteilung sagte er"). */
/* English: where the subject starts after an opening phrase's comma at
 * r - 1, before p: past a sentence adverb set off by commas ("On Monday,
 * however, the mayor ...") and an "as well as" phrase that continues the
 * opening one ("Stung by the vote, as well as by the polls, the senator
 * ..."). */
static int32_t
en_intro_rest(ctx *x, int32_t r, int32_t p)
{
    static const char *const adv[] = {"however", "meanwhile", "though",
                                      "instead", "too",       "also",
                                      "then",    "still",     "moreover"};
    ws_doc *d = x->d;
    if (r + 2 < p && tok_is(d, r + 1, ",") &&
        fold_is(x, r, adv, sizeof adv / sizeof *adv))
        return r + 2;
    static const char *const as[] = {"as"}, *const well[] = {"well"};
    if (r + 3 < p && fold_is(x, r, as, 1) && fold_is(x, r + 1, well, 1) &&
        fold_is(x, r + 2, as, 1))
        for (int32_t k = r + 3; k < p && k < r + 40; k++) {
            if (x->qid[k] >= 0 || ws_tok_is_final(d, k))
                break;
            if (tok_is(d, k, ","))
                return k + 1 < p ? k + 1 : r;
        }
    return r;
}

/* English time nouns: units, days of the week, months, seasons. */
static const char *const en_time_nouns[] = {
    "week",    "weeks",    "weekend", "month",   "months",    "year",
    "years",   "day",      "days",    "night",   "morning",   "afternoon",
    "evening", "winter",   "spring",  "summer",  "autumn",    "fall",
    "season",  "decade",   "century", "quarter", "term",      "session",
    "hour",    "hours",    "monday",  "tuesday", "wednesday", "thursday",
    "friday",  "saturday", "sunday",  "january", "february",  "march",
    "april",   "may",      "june",    "july",    "august",    "september",
    "october", "november", "december"};
#define EN_NTIME_NOUNS (sizeof en_time_nouns / sizeof *en_time_nouns)

/* English: does a short time phrase without a comma open the sentence at
 * s0 ("On May 3 they ...", "In June the board ...", "Last week she
 * ..."): "on", "in", "last" or "this", then time nouns and numbers only,
 * then a pronoun or a determiner (the clause's subject)?  Returns where
 * the subject starts, or -1. */
static int32_t
en_bare_time_lead(ctx *x, int32_t s0, int32_t p)
{
    static const char *const open[] = {"on", "in", "last", "this"};
    ws_doc *d = x->d;
    if (!fold_is(x, s0, open, sizeof open / sizeof *open))
        return -1;
    int32_t k = s0 + 1;
    while (k < p && k <= s0 + 3 && x->qid[k] < 0 &&
           ((d->tokens.v[k].flags & WS_TOK_NUM) ||
            fold_is(x, k, en_time_nouns, EN_NTIME_NOUNS)))
        k++;
    if (k == s0 + 1 || k >= p || x->qid[k] >= 0 ||
        !(pron_gender_simple(x, k) || is_det(x, k)))
        return -1;
    return k;
}

/* English: does a fronted time phrase open at s0 and end at a comma
 * within a few words ("Last winter,", "This week,", "Earlier this
 * month,", "Late on Tuesday,", "Two days later,", "Weeks ago,")?
 * Returns the comma or -1.  A determiner like "this" opens one only
 * with a time noun ("This plan, the mayor said, ..." is a subject). */
static int32_t
en_time_intro(ctx *x, int32_t s0, int32_t p)
{
    static const char *const open[] = {"last",  "this",  "next", "earlier",
                                       "later", "early", "late", "that",
                                       "each",  "every", "over"};
    static const char *const end[] = {"ago", "later", "earlier", "before",
                                      "after"};
    static const char *const *const noun = en_time_nouns;
    ws_doc *d = x->d;
    int32_t c = -1;
    for (int32_t k = s0 + 1; k < p && k <= s0 + 4; k++) {
        if (x->qid[k] >= 0 || x->cuelen[k])
            return -1;
        if (tok_is(d, k, ",")) {
            c = k;
            break;
        }
        if (!ws_tok_is_word(d, k) && !(d->tokens.v[k].flags & WS_TOK_NUM))
            return -1;
    }
    if (c < 0 || c + 1 >= p)
        return -1;
    int hasnoun = 0;
    for (int32_t k = s0; k < c; k++)
        if (fold_is(x, k, noun, EN_NTIME_NOUNS))
            hasnoun = 1;
    if (fold_is(x, s0, open, sizeof open / sizeof *open) && hasnoun)
        return c;
    if (hasnoun && fold_is(x, c - 1, end, sizeof end / sizeof *end))
        return c;
    return -1;
}

static int32_t
after_intro(ctx *x, int32_t s0, int32_t p)
{
    static const char *const intro[] = {
        "if",      "when", "as",  "while",  "although", "though",
        "because", "but",  "and", "so",     "after",    "before",
        "since",   "once", "yet", "however"};
    ws_doc *d = x->d;
    int en = lang_is(x, "en");
    /* English: an adjective cue with its preposition opens a phrase like
     * a participle ("Worried about the survey, the treasurer left ...") */
    int adj = en && s0 < p && x->cuelen[s0] && (x->cueattr[s0] & C_ADJ) &&
              x->ent[s0] < 0;
    if (lang_is(x, "de") || s0 >= p || !ws_tok_is_word(d, s0) ||
        x->ent[s0] >= 0 || (x->cuelen[s0] && !adj))
        return s0;
    /* English: a coordinator opens no phrase of its own ("But Ann Lee,
     * the group's chief, said", not a phrase up to the apposition's
     * comma); what follows it may ("But in a statement, ...") */
    static const char *const coord[] = {"but", "and", "yet", "so", "or"};
    if (en && s0 + 1 < p &&
        fold_is(x, s0, coord, sizeof coord / sizeof *coord)) {
        if (tok_is(d, s0 + 1, ","))
            return s0 + 2 < p ? s0 + 2 : -1;
        return after_intro(x, s0 + 1, p);
    }
    /* a participle phrase: "Chastened by the result, the senator ...",
     * "Interrogée par la presse, la ministre ..." */
    const char *w = ws_tok_ptr(d, s0);
    int32_t wl = ws_tok_blen(d, s0);
    int part = 0;
    if (!(d->tokens.v[s0].flags & WS_TOK_ALLCAP) && wl > 4) {
        if (en)
            part = memcmp(w + wl - 2, "ed", 2) == 0 ||
                   memcmp(w + wl - 3, "ing", 3) == 0;
        else if (lang_is(x, "fr"))
            part = memcmp(w + wl - 2, "\xc3\xa9", 2) == 0 ||
                   memcmp(w + wl - 3,
                          "\xc3\xa9"
                          "e",
                          3) == 0 ||
                   memcmp(w + wl - 3,
                          "\xc3\xa9"
                          "s",
                          3) == 0 ||
                   (wl > 5 && memcmp(w + wl - 4,
                                     "\xc3\xa9"
                                     "es",
                                     4) == 0) ||
                   memcmp(w + wl - 3, "ant", 3) == 0;
    }
    if (en) {
        int32_t c = en_time_intro(x, s0, p);
        if (c >= 0)
            return en_intro_rest(x, c + 1, p);
        /* no comma: "On May 3 they ...", "Last week she ..." */
        c = en_bare_time_lead(x, s0, p);
        if (c >= 0)
            return c;
    }
    unsigned sc = lexclass(x, x->L.skip, s0);
    if (!((sc & (K_PREP | K_INTRO)) ||
          (en && fold_is(x, s0, intro, sizeof intro / sizeof *intro)) || part ||
          adj))
        return s0;
    for (int32_t k = s0 + 1; k < p; k++) {
        if (x->qid[k] >= 0)
            return -1;
        if (tok_is(d, k, ","))
            return k + 1 < p ? (en ? en_intro_rest(x, k + 1, p) : k + 1) : -1;
    }
    return -1;
}

/* English: does [m0, comma) open with a role noun after at most two
 * lower-case modifiers and no determiner ("executive director of the
 * group", "senior adviser to the campaign", "former governor")? */
static int
en_bare_role(ctx *x, int32_t m0, int32_t comma)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return 0;
    for (int32_t k = m0; k < comma && k < m0 + 3; k++) {
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 || x->cuelen[k])
            return 0;
        if ((lexclass(x, x->L.spk, k) & S_ROLE) ||
            (x->ent[k] >= 0 && d->entities.v[x->ent[k]].type == WS_ROLE))
            return 1;
    }
    return 0;
}

/* English: the comma before an -ing act participle that opens the aside
 * ending at the comma `comma` ("Ann Lee, praising the pilots, the crews
 * and the dockers, thanked ..."), past the commas of a list in its object
 * (a determiner, a capital or "and" after them); no finite verb, cue
 * other than the participle, quotation or clause punctuation in it.  -1
 * when there is none. */
static int32_t
en_ing_aside_comma(ctx *x, int32_t s0, int32_t comma)
{
    ws_doc *d = x->d;
    for (int32_t t = comma - 1; t > s0 && t >= comma - 24; t--) {
        if (x->qid[t] >= 0 || ws_tok_is_final(d, t) || tok_is(d, t, ";") ||
            tok_is(d, t, ":") || en_finite(x, t))
            return -1;
        if (tok_is(d, t, ",")) {
            if (t + 1 < comma && x->cuelen[t + 1] &&
                (x->cueattr[t + 1] & C_ACT) && en_participle(x, t + 1))
                return t + 2 < comma ? t : -1;
            if (t + 1 < comma &&
                (is_det(x, t + 1) || is_cap(d, t + 1) ||
                 tok_is(d, t + 1, "and") || tok_is(d, t + 1, "or")))
                continue;
            return -1;
        }
        if (x->cuelen[t] && !(tok_is(d, t - 1, ",") && en_participle(x, t)))
            return -1;
    }
    return -1;
}

/* Subject with an apposition ending at the comma `comma` before a cue:
 * "Phil Lovas, the state's campaign chairman, said"; "The chairman, Phil
 * Lovas, said".  Returns its first token or -1. */
static int32_t en_adjunct_before_by(ctx *x, int32_t k, int32_t s1);

static int32_t
appos_subject(ctx *x, int32_t s0, int32_t comma)
{
    ws_doc *d = x->d;
    int32_t c2 = -1;
    for (int32_t t = comma - 1; t > s0; t--) {
        if (x->qid[t] >= 0 || ws_tok_is_final(d, t) || tok_is(d, t, ";") ||
            tok_is(d, t, ":"))
            return -1;
        if (tok_is(d, t, ",")) {
            c2 = t;
            break;
        }
    }
    /* "Ann Lee, praising the pilots, the crews and the dockers, thanked
     * them": an -ing act participle aside, whose object may be a list
     * with commas of its own */
    int ingcl = 0;
    if (c2 > s0 && lang_is(x, "en")) {
        int32_t j = en_ing_aside_comma(x, s0, comma);
        if (j > s0) {
            c2 = j;
            ingcl = 1;
        }
    }
    if (c2 < 0 || comma - c2 < 2 || comma - c2 > 28)
        return -1;
    /* the middle: a noun phrase (determiner, capital or name first) with
     * no cue */
    int32_t m0 = c2 + 1;
    /* "Critics, including two senators, said", "Allies, like France,
     * warned" */
    static const char *const incl[] = {"including", "like", "among"};
    static const char *const rel[] = {"who", "whose"};
    if (m0 + 1 < comma && lang_is(x, "en") &&
        fold_is(x, m0, incl, sizeof incl / sizeof *incl))
        m0++;
    /* "Christie, who has campaigned for him, blasted ...": a relative
     * clause about a person */
    int relcl = ingcl || (m0 + 1 < comma && lang_is(x, "en") &&
                          fold_is(x, m0, rel, sizeof rel / sizeof *rel));
    /* "The senator, backed by the union, said": a passive participle
     * with its "by" agent; the agent is not the subject (the participle
     * may be an act cue of its own) */
    size_t pn;
    const char *pf = tok_fold(x, m0, &pn);
    int partcl = !relcl && m0 + 2 < comma && lang_is(x, "en") &&
                 ws_tok_is_word(d, m0) && !is_cap(d, m0) && pn > 3 &&
                 pf[pn - 2] == 'e' && pf[pn - 1] == 'd' &&
                 tok_is(d, en_adjunct_before_by(x, m0 + 1, comma), "by");
    /* a relative clause may run longer ("who leads the party's
     * door-knocking drive for retired nurses in four coastal states") */
    if (comma - c2 > (relcl ? 28 : 16))
        return -1;
    if (!relcl && !partcl &&
        !(is_det(x, m0) || is_cap(d, m0) || x->ent[m0] >= 0 ||
          lexclass(x, x->L.spk, m0) || en_bare_role(x, m0, comma)))
        return -1;
    /* (a relative clause may hold a cue of its own: "The senator, who
     * said last week that ..., warned ...") */
    for (int32_t t = m0; t < comma && !relcl && !partcl; t++)
        if (x->cuelen[t] && is_speech_cue(x->cueattr[t]) && x->ent[t] < 0)
            return -1;
    /* the head: a noun phrase from the sentence start */
    int32_t h = c2 - 1;
    /* "Tom Hale (R), the mayor's rival, said": a short parenthesis
     * (a party and state) after the name */
    if (h - 2 > s0 && tok_is(d, h, ")") && lang_is(x, "en"))
        for (int32_t k = h - 1; k > s0 && k >= h - 6; k--) {
            if (x->qid[k] >= 0 || tok_is(d, k, ","))
                break;
            if (tok_is(d, k, "(")) {
                if (k - 1 > s0 && ws_tok_is_word(d, k - 1))
                    h = k - 1;
                break;
            }
        }
    /* "Johnnie Wilson, of Springfield, Va., said" */
    int32_t a = np_left(x, h, s0);
    /* (a cue word as the noun after its determiner and up to two
     * modifiers: "the plan", "the ferry plan") */
    if (a < 0 && h - 1 >= s0 && lang_is(x, "en") && x->cuelen[h] == 1 &&
        !is_cap(d, h)) {
        int32_t j = h - 1;
        while (j > s0 && j > h - 3 && plain_word(x, j))
            j--;
        if (is_det(x, j))
            a = j;
    }
    if (a < 0)
        return -1;
    /* "In a statement, Marc Smith, the group's chief, said", "Dans un
     * communiqué, le ministre, Karim Bennani, a déclaré": the head starts
     * after an opening phrase and its comma (after_intro asks for a
     * phrase ending before its bound: the head's first word may follow
     * the comma right away) */
    int32_t i0 = after_intro(x, s0, a + 1);
    if (i0 > s0 && i0 <= a)
        s0 = i0;
    /* English: "As Ann Lee, the group's chief, put it, ...": the
     * subordinator is no part of the subject */
    static const char *const as[] = {"as"};
    if (a == s0 + 1 && lang_is(x, "en") && fold_is(x, s0, as, 1))
        s0 = a;
    if (a > s0 + 4)
        return -1;
    /* (a cue word there only as a noun after its determiner or modifier,
     * or "only" and its determiner: "The only critic of the plan, Ann
     * Lee, said") */
    for (int32_t t = s0; t < a; t++)
        if (!ws_tok_is_word(d, t) || pron_gender_simple(x, t) ||
            (x->cuelen[t] && !(lang_is(x, "en") && t > s0 &&
                               t + x->cuelen[t] <= a && !is_cap(d, t) &&
                               (is_det(x, t - 1) || plain_word(x, t - 1) ||
                                (t - 1 > s0 && is_det(x, t - 2) &&
                                 (lexclass(x, x->L.skip, t - 1) & K_ADV))))))
            return -1;
    a = s0;
    int person = 0;
    for (int32_t t = s0; t < comma; t++)
        if (x->ent[t] >= 0 || lexclass(x, x->L.spk, t))
            person = 1;
    return person ? a : -1;
}

/* English: the comma before `comma` that may open an aside ending there
 * (no quotation, sentence end, ";" or ":" between them), looking back
 * over at most 28 tokens; -1 when none. */
static int32_t
en_aside_open_comma(ctx *x, int32_t s0, int32_t comma)
{
    ws_doc *d = x->d;
    for (int32_t t = comma - 1; t > s0 && t >= comma - 28; t--) {
        if (x->qid[t] >= 0 || ws_tok_is_final(d, t) || tok_is(d, t, ";") ||
            tok_is(d, t, ":"))
            return -1;
        if (tok_is(d, t, ","))
            return t;
    }
    return -1;
}

/* English: the subject of a verb after a relative clause on "which" set
 * off by commas ("The league, which is based in Ohio, criticized ...",
 * "The agency, which in May fined the bank, called ..."), the clause
 * opening at comma c2 (en_aside_open_comma): the noun phrase from the
 * sentence start (after an opening phrase) to c2, naming an organisation
 * or a speaker noun.  Its first token, or -1. */
static int32_t
en_which_aside_subject(ctx *x, int32_t s0, int32_t comma, int32_t c2)
{
    ws_doc *d = x->d;
    if (comma - c2 < 3 || !tok_is(d, c2 + 1, "which"))
        return -1;
    int32_t a = np_left(x, c2 - 1, s0);
    if (a < s0)
        return -1;
    int32_t i0 = after_intro(x, s0, a + 1);
    if (a != s0 && !(i0 > s0 && i0 == a))
        return -1;
    for (int32_t t = a; t < c2; t++)
        if (x->ent[t] >= 0 || lexclass(x, x->L.spk, t))
            return a;
    return -1;
}

/* English: the subject with its apposition after a clause and its comma,
 * a trailing attribution ("The plan is sound, Ann Lee, an aide to the
 * governor, said"), the apposition opening at comma c2
 * (en_aside_open_comma): the head starts after the comma that closes a
 * clause with a finite verb, and appos_subject takes it from there.  Its
 * first token, or -1. */
static int32_t
en_trailing_appos_subject(ctx *x, int32_t s0, int32_t comma, int32_t c2)
{
    ws_doc *d = x->d;
    /* the comma before the head (a head of a few words) */
    int32_t k = -1;
    for (int32_t t = c2 - 1; t > s0 && t >= c2 - 6; t--) {
        if (x->qid[t] >= 0 || !(ws_tok_is_word(d, t) || tok_is(d, t, ",")))
            return -1;
        if (tok_is(d, t, ",")) {
            k = t;
            break;
        }
    }
    if (k < 0 || k - s0 < 3 || !en_finite_in(x, s0, k))
        return -1;
    int32_t a = appos_subject(x, k + 1, comma);
    return a == k + 1 ? a : -1;
}

/* appos_subject, or a subject before a "which" clause between commas
 * (en_which_aside_subject), or after a clause (en_trailing_appos_subject) */
static int32_t
en_aside_subject(ctx *x, int32_t s0, int32_t comma)
{
    int32_t a = appos_subject(x, s0, comma);
    if (a >= 0)
        return a;
    int32_t c2 = lang_is(x, "en") ? en_aside_open_comma(x, s0, comma) : -1;
    if (c2 < 0)
        return -1;
    a = en_which_aside_subject(x, s0, comma, c2);
    return a >= 0 ? a : en_trailing_appos_subject(x, s0, comma, c2);
}

/* English irregular past forms of cue verbs: no base forms, though
 * they end in no -s, -ed or -ing ("laid out", "brought up") */
static const char *const en_irregular[] = {
    "thought", "felt",  "knew",    "sought", "understood", "learnt", "told",
    "said",    "wrote", "found",   "meant",  "held",       "saw",    "spoke",
    "gave",    "took",  "made",    "put",    "set",        "let",    "forecast",
    "sent",    "laid",  "brought", "went",   "gone",       "drew",   "struck",
    "shown",   "chose", "broke",   "fought", "stood",      "upheld", "overrode",
    "dwelt",   "leant", "hit",     "threw",  "thrown",     "lent",   "came",
    "cast",    "spelt", "lit"};

/* English: is the cue word at p a base form ("add", "plan"), not a
 * finite past or third-person form? */
static int
en_bare(ctx *x, int32_t p)
{
    const ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return 0;
    const char *w = ws_tok_ptr(d, p);
    int32_t wl = ws_tok_blen(d, p);
    if ((wl > 1 && w[wl - 1] == 's') ||
        (wl > 2 && w[wl - 2] == 'e' && w[wl - 1] == 'd') ||
        (wl > 3 && memcmp(w + wl - 3, "ing", 3) == 0))
        return 0;
    for (size_t k = 0; k < sizeof en_irregular / sizeof *en_irregular; k++)
        if (ws_tok_is(d, p, en_irregular[k]))
            return 0;
    return 1;
}

/* English: is the cue at p a participle after ", each" or ", both" ("The
 * rivals sparred, each touting ...", "..., both praising ...")?  The
 * quantifier stands for the clause's subject and the participle
 * continues that clause: its act is the subject's. */
static int
en_quant_participle(ctx *x, int32_t p, int32_t s0)
{
    static const char *const each[] = {"each", "both"};
    ws_doc *d = x->d;
    return lang_is(x, "en") && p - 2 > s0 && fold_is(x, p - 1, each, 2) &&
           tok_is(d, p - 2, ",") &&
           (en_participle(x, p) || en_short_participle(x, p));
}

/* English: a floating quantifier between the subject and the cue ("the
 * senators all said", "Smith and Jones both argued", "they each
 * warned"): the subject ends before it.  Returns the new end of the
 * subject phrase (t itself when there is none). */
static int32_t
en_float_quant(ctx *x, int32_t t, int32_t s0)
{
    static const char *const q[] = {"all", "both", "each"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || t - 1 < s0 ||
        !fold_is(x, t, q, sizeof q / sizeof *q))
        return t;
    /* the word before ends a noun phrase: a name, a plural noun, a
     * pronoun or a closing parenthesis, not a determiner or preposition
     * ("of all said", "for all") */
    int32_t k = t - 1;
    int rel;
    if (tok_is(d, k, ")") ||
        (ws_tok_is_word(d, k) && !is_det(x, k) &&
         !(lexclass(x, x->L.skip, k) & (K_PREP | K_CONJ | K_ADV)) &&
         (is_cap(d, k) || x->ent[k] >= 0 || ends_plural(x, k) ||
          pron_gender(x, k, &rel))))
        return k;
    return t;
}

/* English: before a verb, the token j when it closes a short parenthesis
 * inside the subject ("most clinics (the rural ones above all)
 * offer"): the word before the parenthesis, which ends the subject; else
 * j.  At most 10 tokens looked at. */
static int32_t
en_paren_before(ctx *x, int32_t j, int32_t s0)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || j <= s0 || !tok_is(d, j, ")"))
        return j;
    for (int32_t k = j - 1; k > s0 && k >= j - 10; k--) {
        if (tok_is(d, k, "("))
            return k - 1 >= s0 && ws_tok_is_word(d, k - 1) ? k - 1 : j;
        if (x->qid[k] >= 0 || ws_tok_is_final(d, k) ||
            (x->cuelen[k] && is_speech_cue(x->cueattr[k])))
            return j;
    }
    return j;
}

/* English: may the cue at p (an act or say-act verb that is also a noun
 * or adjective: "plan", "support", "questions") be a verb here?  Not
 * after a determiner, a possessive or a preposition; a base form needs a
 * plural or first/second-person subject, "to", an auxiliary or a
 * relative pronoun before it. */
/* English: the token before the adjective at p past its degree words and
 * adverbs ("not", "so", "increasingly", ...; at most four, in the
 * sentence from s0), or s0 - 1. */
static int32_t
en_before_degree(ctx *x, int32_t p, int32_t s0)
{
    static const char *const deg[] = {
        "not",  "n't",     "so",   "very",  "too",   "more",
        "most", "less",    "also", "still", "quite", "all",
        "as",   "equally", "even", "now",   "often"};
    int32_t j = p - 1;
    while (j >= s0 && j > p - 5 &&
           (is_ly_adv(x, j) || fold_is(x, j, deg, sizeof deg / sizeof *deg)))
        j--;
    return j;
}

/* English: the form of "be" before the adjective cue at p, over degree
 * words and adverbs ("are increasingly worried about", "has been highly
 * critical of", "is not opposed to", "weren't too wary of"), or
 * -1 (en_copula_before: is there one?).  Without it the adjective
 * qualifies a noun ("voters critical of the plan stayed home") and names
 * no stance of a source.  (Other copulas, "remained", "seemed", are left
 * out: the subject phrase is found over "be" and auxiliaries only.) */
static int32_t
en_copula_at(ctx *x, int32_t p, int32_t s0)
{
    static const char *const cop[] = {"is",
                                      "are",
                                      "was",
                                      "were",
                                      "be",
                                      "been",
                                      "being",
                                      "am",
                                      "'s",
                                      "'re",
                                      "\xe2\x80\x99s",
                                      "\xe2\x80\x99re",
                                      "isn't",
                                      "aren't",
                                      "wasn't",
                                      "weren't",
                                      "'m",
                                      "\xe2\x80\x99m",
                                      "remain",
                                      "remains",
                                      "remained",
                                      "isn\xe2\x80\x99t",
                                      "aren\xe2\x80\x99t",
                                      "wasn\xe2\x80\x99t",
                                      "weren\xe2\x80\x99t"};
    int32_t j = en_before_degree(x, p, s0);
    return j >= s0 && fold_is(x, j, cop, sizeof cop / sizeof *cop) ? j : -1;
}

/* English: "with" and a noun phrase before the adjective cue at p (over
 * degree words and adverbs), opening the sentence or after a comma: "With
 * party leaders increasingly worried about turnout, ...", "..., with
 * donors wary of the plan": the phrase holds the copula's place, its noun
 * phrase the subject.  The phrase's first token, or -1. */
static int32_t
en_with_absolute(ctx *x, int32_t p, int32_t s0)
{
    ws_doc *d = x->d;
    int32_t j = en_before_degree(x, p, s0);
    if (j <= s0 || !ws_tok_is_word(d, j) || x->cuelen[j])
        return -1;
    static const char *const with[] = {"with"};
    for (int32_t k = j - 1; k >= s0 && k >= j - 6; k--) {
        if (fold_is(x, k, with, 1))
            return (k == s0 || tok_is(d, k - 1, ",")) &&
                           np_left(x, j, k + 1) == k + 1
                       ? k + 1
                       : -1;
        if (!ws_tok_is_word(d, k) || x->cuelen[k] || x->qid[k] >= 0)
            return -1;
    }
    return -1;
}

static int
en_copula_before(ctx *x, int32_t p, int32_t s0)
{
    return en_copula_at(x, p, s0) >= 0;
}

/* English: the copula before a noun cue of a stance role at p ("is a
 * staunch critic of", "has been a vocal and persistent opponent of",
 * "is no friend of", "is one of the fiercest critics of"): over
 * adjectives, adverbs and "and" to an article or "no", then a form of
 * "be".  Its token, or -1: without it the noun names a person of the
 * text ("a critic of the plan said ...", "his critics"), no stance of a
 * source. */
static int32_t
en_copula_noun(ctx *x, int32_t p, int32_t s0)
{
    static const char *const cop[] = {
        "is", "are",  "was",           "were",
        "be", "been", "being",         "am",
        "'s", "'re",  "\xe2\x80\x99s", "\xe2\x80\x99re"};
    static const char *const art[] = {"a", "an", "the", "no"};
    ws_doc *d = x->d;
    int32_t j = p - 1;
    /* adjectives and adverbs: lower-case words, no cue, no function word */
    while (j >= s0 && j > p - 6 && ws_tok_is_word(d, j) && !is_cap(d, j) &&
           x->qid[j] < 0 && !x->cuelen[j] &&
           !fold_is(x, j, art, sizeof art / sizeof *art) &&
           !fold_is(x, j, cop, sizeof cop / sizeof *cop) &&
           (tok_is(d, j, "and") || is_ly_adv(x, j) ||
            !(lexclass(x, x->L.skip, j) &
              (K_PREP | K_CONJ | K_SUB | K_STOP | K_DET))))
        j--;
    if (j < s0 || !fold_is(x, j, art, sizeof art / sizeof *art))
        return -1;
    /* "one of the", "among the", "some of the" */
    if (j - 2 >= s0 && tok_is(d, j, "the") && tok_is(d, j - 1, "of") &&
        (tok_is(d, j - 2, "one") || tok_is(d, j - 2, "some")))
        j -= 2;
    else if (j - 1 >= s0 && tok_is(d, j, "the") && tok_is(d, j - 1, "among"))
        j -= 1;
    j--;
    while (j >= s0 && j > p - 10 && is_ly_adv(x, j))
        j--;
    return j >= s0 && fold_is(x, j, cop, sizeof cop / sizeof *cop) ? j : -1;
}

/* English: is the -ing cue at p the second word of its sentence, after a
 * preposition of time or manner ("Before praising ...", "In defending
 * ...")?  Its phrase is then a lead participle (en_lead_participle). */
static int
en_lead_prep(ctx *x, int32_t p, int32_t s0)
{
    static const char *const lead[] = {"by",     "in",      "after",
                                       "before", "while",   "upon",
                                       "since",  "without", "when"};
    size_t n;
    const char *f = tok_fold(x, p, &n);
    return lang_is(x, "en") && p == s0 + 1 && n >= 6 &&
           memcmp(f + n - 3, "ing", 3) == 0 &&
           fold_is(x, s0, lead, sizeof lead / sizeof *lead);
}

/* English: an act in an -ing form after a preposition of manner or time
 * inside the clause of its subject: "The senator began by criticizing
 * the judge", "The union stayed clear of blaming him", "She
 * stopped short of calling it a crime", "He spoke while downplaying the
 * risk".  The source is the clause's subject: a noun phrase opening the
 * sentence (past a conjunction or adverb, and past a fronted phrase or
 * clause and its comma: "In 2010, the guild ..."), then its verb phrase
 * with no
 * comma, quote, cue or new clause up to the preposition ("for", which
 * may tie the act to an object, "thanked the nurses for praising", is no
 * such preposition; "of" only after "short", "clear" and "instead").  Sets
 * [*sa, *sb) and returns 1, or returns 0. */
static int
en_gerund_subject(ctx *x, int32_t p, int m, int32_t s0, int32_t *sa,
                  int32_t *sb)
{
    static const char *const prep[] = {"by", "while",  "in",      "after",
                                       "of", "before", "without", "despite"};
    static const char *const ofh[] = {"short", "clear", "instead"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || m != 1)
        return 0;
    size_t n;
    const char *f = tok_fold(x, p, &n);
    if (n < 6 || memcmp(f + n - 3, "ing", 3) != 0)
        return 0;
    int32_t j = p - 1;
    while (j > s0 && is_ly_adv(x, j))
        j--;
    if (j <= s0 + 1 || is_cap(d, j) || x->qid[j] >= 0 ||
        !fold_is(x, j, prep, sizeof prep / sizeof *prep))
        return 0;
    if (tok_is(d, j, "of") && !fold_is(x, j - 1, ofh, sizeof ofh / sizeof *ofh))
        return 0;
    /* past a fronted phrase and its comma ("After the strike, the
     * dockers were first in demanding ...") */
    int32_t a = after_intro(x, s0, j);
    if (a < s0 || a >= j)
        return 0;
    while (a < j && ws_tok_is_word(d, a) && x->qid[a] < 0 &&
           ((lexclass(x, x->L.skip, a) & (K_CONJ | K_ADV)) ||
            tok_is(d, a, "but")) &&
           !is_det(x, a))
        a++;
    if (a >= j)
        return 0;
    /* the phrase ends at the clause's verb: a finite form, or a verb of
     * beginning or ending the phrase rules take for a noun ("began") */
    static const char *const vb[] = {"began", "begins", "begin",  "opens",
                                     "ends",  "closes", "starts", "kept"};
    int32_t b = np_right(x, a, j);
    for (int32_t t = a + 1; t < b && t < j; t++)
        if (x->qid[t] < 0 &&
            (en_finite(x, t) || fold_is(x, t, vb, sizeof vb / sizeof *vb) ||
             fold_is(x, t, en_irregular,
                     sizeof en_irregular / sizeof *en_irregular))) {
            b = t;
            break;
        }
    if (b <= a || b >= j)
        return 0;
    int rl, named = 0;
    for (int32_t t = a; t < b && !named; t++)
        named = x->ent[t] >= 0 || is_cap(d, t) || pron_gender(x, t, &rl) ||
                lexclass(x, x->L.spk, t) || is_det(x, t);
    if (!named || b + 12 < j)
        return 0;
    /* between: the verb, its auxiliaries and its object or adjuncts (the
     * -ing phrase is the subject's whatever the verb took: "He pitched
     * the plan to voters by telling them ...", also an act of its own:
     * "defended the plan while dismissing the critics"), no new clause
     * and no verb of speech, whose clause may hold the phrase */
    static const char *const rel[] = {"that",  "which",   "who", "whom",
                                      "whose", "because", "if",  "as"};
    for (int32_t t = b; t < j; t++)
        if (!ws_tok_is_word(d, t) || x->qid[t] >= 0 ||
            fold_is(x, t, rel, sizeof rel / sizeof *rel) ||
            (x->cuelen[t] && is_speech_cue(x->cueattr[t]) &&
             (x->cueattr[t] & C_SAY)))
            return 0;
    *sa = a;
    *sb = b;
    return 1;
}

static int en_clause_opens(ctx *x, int32_t c, int32_t s1);

/* English: a bare speech verb at p whose subject, ending at j, is a
 * plural that verb_ok's other tests leave out, when a content clause
 * follows the verb ("Residents fear the plant will close", "Figures from
 * the census show that ..."): a capitalised plural noun opening the
 * sentence (alone it may be a noun: "Sales plan to ..."), or a plural
 * noun before a short prepositional phrase ("Parents at the school
 * say", "Data from the survey show"). */
static int
en_plural_before_clause(ctx *x, int32_t j, int32_t p, unsigned attr, int32_t s0)
{
    static const char *const mass[] = {"data", "people", "police"};
    ws_doc *d = x->d;
    int32_t s1 = sent_t1(x, p);
    if (!(attr & C_SAY) || p + 2 >= s1 || x->qid[p + 1] >= 0 ||
        !(tok_is(d, p + 1, "that") || en_clause_opens(x, p + 1, s1)))
        return 0;
    if (j == s0 && ws_tok_is_word(d, j) && is_cap(d, j) && x->ent[j] < 0 &&
        ends_plural(x, j))
        return 1;
    for (int32_t k = j - 1; k > s0 && k >= j - 6; k--) {
        if (x->qid[k] >= 0 || x->cuelen[k] || !ws_tok_is_word(d, k))
            return 0;
        unsigned c = lexclass(x, x->L.skip, k);
        if (c & (K_CONJ | K_SUB | K_STOP))
            return 0;
        if (!(c & K_PREP) || tok_is(d, k, "to"))
            continue;
        return ws_tok_is_word(d, k - 1) && x->qid[k - 1] < 0 &&
               (fold_is(x, k - 1, mass, sizeof mass / sizeof *mass) ||
                ((!is_cap(d, k - 1) || (k - 1 == s0 && x->ent[k - 1] < 0)) &&
                 ends_plural(x, k - 1)));
    }
    return 0;
}

/* English: token i is a cardinal number counting a noun after it, a
 * numeral ("529", "2,400") or a number word ("three", "dozen"); not
 * "one", which stands alone as a subject ("one says"), and not a
 * number after a capitalised word, which names something ("Table 2",
 * "Article 5") unless that word is a determiner opening the sentence */
static int
en_numeral(ctx *x, int32_t i, int32_t s0)
{
    static const char *const num[] = {
        "two",    "three",   "four",     "five",    "six",     "seven",
        "eight",  "nine",    "ten",      "eleven",  "twelve",  "twenty",
        "thirty", "forty",   "fifty",    "sixty",   "seventy", "eighty",
        "ninety", "hundred", "thousand", "million", "billion", "dozen"};
    ws_doc *d = x->d;
    const char *w = ws_tok_ptr(d, i);
    int32_t wl = ws_tok_blen(d, i);
    int digits = wl > 0 && w[0] >= '0' && w[0] <= '9';
    for (int32_t k = 1; digits && k < wl; k++)
        if (!((w[k] >= '0' && w[k] <= '9') || w[k] == ',' || w[k] == '.'))
            digits = 0;
    if (!digits && !fold_is(x, i, num, sizeof num / sizeof *num))
        return 0;
    return i == s0 || !is_cap(d, i - 1) || is_det(x, i - 1);
}

/* English: is token j a noun in -s that is no plural ("savings", "news")? */
static int
en_mass_s_noun(ctx *x, int32_t j)
{
    static const char *const sg_s[] = {"savings",   "news",   "politics",
                                       "economics", "ethics", "physics"};
    return fold_is(x, j, sg_s, sizeof sg_s / sizeof *sg_s);
}

/* English: do tokens j-1 and j make a two-word compound a determiner and
 * a number open ("those 529 college savings", "the three city transit")?
 * Then an -s form after j is the plural the number counts, no verb: both
 * words plain, the first no plural; the determiner keeps out a year that
 * opens the sentence ("In 2015 city hall says ...") */
static int
en_counted_compound(ctx *x, int32_t j, int32_t s0)
{
    if (j - 3 < s0 || !plain_word(x, j) || !plain_word(x, j - 1) ||
        !en_numeral(x, j - 2, s0) || !is_det(x, j - 3))
        return 0;
    size_t n;
    const char *f = tok_fold(x, j - 1, &n);
    if (f[n - 1] == 's')
        return 0;
    f = tok_fold(x, j, &n);
    return f[n - 1] != 's' || en_mass_s_noun(x, j);
}

static int en_doc_plural_subject(ctx *x, int32_t i);

/* English: the cue p and its pronoun subject j stand in a relative
 * clause without "that" whose object is the noun before them, and a
 * preposition or a time word follows the verb, no clause: "the notes
 * she wrote in May for the board were lost", "the letter I sent last
 * week".  The verb's object is the noun, nothing after it is said.  A
 * time or manner noun before the pronoun is no object ("the day he
 * said ...", "the way I told it"). */
static int
en_object_gap_rel(ctx *x, int32_t p, int32_t j, int32_t s0)
{
    static const char *const pron[] = {"i", "we", "you", "he", "she", "they"};
    static const char *const when[] = {
        "day",    "days",    "week",   "weeks",   "month",  "months",
        "year",   "years",   "night",  "morning", "time",   "times",
        "moment", "minute",  "hour",   "way",     "reason", "evening",
        "decade", "weekend", "season", "place",   "point"};
    static const char *const after[] = {"last", "this", "yesterday", "earlier",
                                        "today"};
    static const char *const poss[] = {"its", "their", "his", "her",
                                       "our", "my",    "your"};
    ws_doc *d = x->d;
    int32_t n = j - 1;
    if (n <= s0 || p + 1 >= x->ntok ||
        !fold_is(x, j, pron, sizeof pron / sizeof *pron) ||
        !ws_tok_is_word(d, n) || is_cap(d, n) || x->qid[n] >= 0 ||
        fold_is(x, n, when, sizeof when / sizeof *when) || is_ly_adv(x, n))
        return 0;
    /* the noun may be a cue noun ("the reports I wrote"), no other word
     * of the lexicons */
    const char *sv = lexw(x, x->L.skip, n);
    unsigned sa = sv ? attrs(x, sv, NULL) : 0;
    if (sv && !((sa & K_NOUNS) && !(sa & ~K_NOUNS)))
        return 0;
    if (!((lexclass(x, x->L.skip, p + 1) & K_PREP) &&
          !tok_is(d, p + 1, "that")) &&
        !fold_is(x, p + 1, after, sizeof after / sizeof *after))
        return 0;
    /* the noun ends a noun phrase a determiner opens: "the reports",
     * "her old notes" */
    for (int32_t k = n - 1; k >= s0 && k >= n - 3; k--) {
        if ((is_det(x, k) && !tok_is(d, k, "that")) ||
            fold_is(x, k, poss, sizeof poss / sizeof *poss))
            return 1;
        if (!plain_word(x, k))
            return 0;
    }
    return 0;
}

/* English: is the word at g, after "by", a gerund with its object or
 * particle ("by walking out", "by calling a strike", "by saying that"),
 * not an -ing adjective before its noun ("by leading banks")? */
static int
en_by_gerund(ctx *x, int32_t g)
{
    static const char *const part[] = {"out",  "up",   "off", "down",
                                       "back", "that", "it",  "them"};
    ws_doc *d = x->d;
    int32_t bl = ws_tok_blen(d, g);
    if (bl <= 4 || memcmp(ws_tok_ptr(d, g) + bl - 3, "ing", 3) != 0 ||
        g + 1 >= x->ntok)
        return 0;
    return is_det(x, g + 1) || pron_gender_simple(x, g + 1) ||
           fold_is(x, g + 1, part, sizeof part / sizeof *part) ||
           (lexclass(x, x->L.skip, g + 1) & K_PREP);
}

static int32_t en_object_infinitive(ctx *x, int32_t c0, int32_t c1);

static int
verb_ok(ctx *x, int32_t p, unsigned attr, int32_t s0)
{
    static const char *const subj[] = {
        "i",     "we",   "they",  "you",  "to",    "who",    "that",
        "which", "will", "would", "can",  "could", "should", "may",
        "might", "must", "do",    "did",  "does",  "not",    "n't",
        "never", "and",  "or",    "also", "cannot"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || !(attr & C_ACT))
        return 1;
    /* "convinced the owners to reopen the mill": an adjective of
     * certainty that is also a verb of persuading ("objto") is the verb
     * when an object and its infinitive follow it */
    if ((attr & C_ADJ) && !en_copula_before(x, p, s0) && x->cueval[p] &&
        vhas(x, x->cueval[p], VW_OBJTO) &&
        en_object_infinitive(x, p + 1, x->ntok) > p + 1)
        return 1;
    if (attr & C_ADJ)
        return en_copula_before(x, p, s0) || en_with_absolute(x, p, s0) >= 0;
    if (attr & C_RNOUN)
        return en_copula_noun(x, p, s0) >= 0;
    int32_t j = p - 1;
    while (j >= s0 && is_ly_adv(x, j))
        j--;
    if (j < s0)
        return 1;
    /* "The farmers, however, oppose ...": the subject stands before the
     * sentence adverb set off by commas */
    if (en_comma_adverb_back(x, j + 1, s0) < j + 1 &&
        en_comma_adverb_back(x, j + 1, s0) > s0)
        j = en_comma_adverb_back(x, j + 1, s0) - 1;
    j = en_float_quant(x, j, s0);
    j = en_paren_before(x, j, s0);
    size_t n;
    const char *f = tok_fold(x, j, &n);
    int rel;
    unsigned pg = pron_gender(x, j, &rel);
    /* "others" standing alone is a plural subject ("Ito, others vow
     * ..."), no determiner of a noun */
    if (tok_is(d, j, "others"))
        return 1;
    /* a possessive ("Smith's plan"), not a contraction of "is" or "has"
     * after a pronoun ("he's claiming", "she's called for") */
    static const char *const contr[] = {"he's",
                                        "she's",
                                        "it's",
                                        "who's",
                                        "that's",
                                        "he\xe2\x80\x99s",
                                        "she\xe2\x80\x99s",
                                        "it\xe2\x80\x99s",
                                        "who\xe2\x80\x99s",
                                        "that\xe2\x80\x99s"};
    if ((en_poss_clitic(d, j) && j > s0 && pron_gender_simple(x, j - 1)) ||
        fold_is(x, j, contr, sizeof contr / sizeof *contr))
        return 1;
    if (en_poss_clitic(d, j) || poss_stem_len(f, n) >= 1)
        return 0;
    if (is_det(x, j) && !tok_is(d, j, "that") && !pg &&
        !en_quant_participle(x, p, s0))
        return 0;
    int32_t gsa, gsb;
    if ((lexclass(x, x->L.skip, j) & K_PREP) && !tok_is(d, j, "to") &&
        !en_gerund_subject(x, p, 1, s0, &gsa, &gsb) &&
        !en_lead_prep(x, p, s0) && !en_set_about(x, p, s0))
        return 0;
    /* the last noun of an object phrase: "raised its growth forecast",
     * "increased their spending plan" -- a possessive after a past verb
     * opens an object, not a subject (after a preposition it may be in
     * the subject: "Washington along with its allies demanded") */
    static const char *const posd[] = {"its", "their", "his", "her",
                                       "our", "my",    "your"};
    for (int32_t k = j - 1; k >= s0 + 1 && k >= j - 3; k--) {
        if (!ws_tok_is_word(d, k) || !ws_tok_is_word(d, j) ||
            lexclass(x, x->L.skip, j) || x->cuelen[j] || is_ly_adv(x, j))
            break;
        if (!fold_is(x, k, posd, sizeof posd / sizeof *posd)) {
            /* only nouns and adjectives between: "its British growth" */
            if (lexclass(x, x->L.skip, k) || x->cuelen[k] || is_ly_adv(x, k))
                break;
            continue;
        }
        size_t vn;
        const char *vf = tok_fold(x, k - 1, &vn);
        if (ws_tok_is_word(d, k - 1) && !is_cap(d, k - 1) && vn > 3 &&
            vf[vn - 2] == 'e' && vf[vn - 1] == 'd')
            return 0;
        break;
    }
    /* a hyphenated verb ("pooh-poohed"): its last piece is inflected */
    int32_t q = p;
    if (x->cuelen[p] >= 3 && p + 2 < x->ntok && tok_is(d, p + 1, "-") &&
        ws_tok_is_word(d, p + 2) && !(d->tokens.v[p].flags & WS_TOK_SPACE) &&
        !(d->tokens.v[p + 1].flags & WS_TOK_SPACE))
        q = p + 2;
    const char *w = ws_tok_ptr(d, q);
    int32_t wl = ws_tok_blen(d, q);
    /* passive: "is expected to", "was asked", "were invited" -- the
     * subject is no source */
    static const char *const be[] = {"is", "are",  "was",  "were",
                                     "be", "been", "being"};
    /* (over adverbs between: "was also dubbed", "were not named") */
    static const char *const mid[] = {"also",  "not",  "n't",   "still",
                                      "now",   "then", "often", "once",
                                      "later", "even", "never", "again"};
    int32_t jb = j;
    while (jb > s0 && jb > j - 3 &&
           (fold_is(x, jb, mid, sizeof mid / sizeof *mid) ||
            (jb < j && is_ly_adv(x, jb))))
        jb--;
    if (wl > 3 && w[wl - 2] == 'e' && w[wl - 1] == 'd' &&
        fold_is(x, jb, be, sizeof be / sizeof *be))
        return 0;
    /* a participle right before a "by" agent is passive: "a coalition
     * led by A and backed by B"; not before "by" and a gerund with its
     * object or particle, a manner ("protested by walking out") */
    if (wl > 3 && w[wl - 2] == 'e' && w[wl - 1] == 'd' && q == p &&
        x->cuelen[p] == 1 && p + 3 < x->ntok && tok_is(d, p + 1, "by") &&
        ws_tok_is_word(d, p + 2) && !en_by_gerund(x, p + 2))
        return 0;
    int bare = !((wl > 1 && w[wl - 1] == 's') ||
                 (wl > 2 && w[wl - 2] == 'e' && w[wl - 1] == 'd') ||
                 (wl > 3 && memcmp(w + wl - 3, "ing", 3) == 0));
    for (size_t k = 0; bare && k < sizeof en_irregular / sizeof *en_irregular;
         k++)
        if (ws_tok_is(d, q, en_irregular[k]))
            bare = 0;
    /* an irregular form the list does not hold is no bare form either
     * when its stem differs from it */
    if (bare) {
        size_t pn, sl;
        const char *pf = tok_fold(x, q, &pn);
        if (tok_stem(x, q, pf, pn, &sl) != NULL)
            bare = 0;
    }
    /* an -s form followed by a finite verb is a plural noun, the subject
     * of that verb: "Health worries have dogged ...", "which advocates
     * say ..." */
    static const char *const fin[] = {
        "have", "are",   "were", "will", "would", "can",    "could", "should",
        "may",  "might", "must", "say",  "said",  "remain", "do",    "did"};
    if (!bare && wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's' &&
        q + 1 < x->ntok && ws_tok_is_word(d, q + 1) &&
        fold_is(x, q + 1, fin, sizeof fin / sizeof *fin))
        return 0;
    /* an -s form after "to", after a past verb or before "of" or a
     * speech verb is a plural noun: "according to reports", "scrutinized
     * reports like ...", "initial reports of", "media reports suggest" */
    if (!bare && wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's') {
        size_t jn;
        const char *jf = tok_fold(x, j, &jn);
        unsigned na, ng;
        if (tok_is(d, j, "to") ||
            (j == p - 1 && ws_tok_is_word(d, j) && !is_cap(d, j) && jn > 3 &&
             jf[jn - 2] == 'e' && jf[jn - 1] == 'd') ||
            (q + 1 < x->ntok && tok_is(d, q + 1, "of")) ||
            (q + 1 < x->ntok && cue_at(x, q + 1, &na, &ng) &&
             is_speech_cue(na)))
            return 0;
    }
    /* an -s form after an infinitive is its object, a plural noun:
     * "to halt attacks", "to end threats" */
    if (!bare && wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's' && j == p - 1 &&
        j - 1 >= s0 && tok_is(d, j - 1, "to") && plain_word(x, j))
        return 0;
    /* an -s form after a number, next to it or with one plain word
     * between, is a plural noun the number counts: "the 529 savings
     * plans that ...", "three new plans that ...", "the 2024 budget
     * plans"; not after a plural the number counts, its subject ("a
     * poll of 900 voters shows", "its last three rulings show") -- a
     * noun in -s that is no plural ("savings", "news") aside */
    size_t mn;
    const char *mf = tok_fold(x, j, &mn);
    if (!bare && wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's' && j == p - 1 &&
        (en_numeral(x, j, s0) || en_counted_compound(x, j, s0) ||
         (j - 1 >= s0 && plain_word(x, j) && en_numeral(x, j - 1, s0) &&
          (mf[mn - 1] != 's' || en_mass_s_noun(x, j)))))
        return 0;
    if (!bare)
        return 1;
    /* "to help support": "help" takes a bare infinitive */
    static const char *const help[] = {"help"};
    if (fold_is(x, j, help, 1) && j - 1 >= s0 && tok_is(d, j - 1, "to"))
        return 1;
    for (size_t k = 0; k < sizeof subj / sizeof *subj; k++)
        if (n == strlen(subj[k]) && memcmp(f, subj[k], n) == 0)
            return 1;
    /* a negated auxiliary as one token: "didn't criticize", "won't
     * endorse", "doesn\xe2\x80\x99t support" */
    if ((n > 3 && memcmp(f + n - 3, "n't", 3) == 0) ||
        (n > 5 && memcmp(f + n - 5, "n\xe2\x80\x99t", 5) == 0))
        return 1;
    if (lexclass(x, x->L.skip, j) & K_ADV)
        return 1; /* an auxiliary: "will", "did" */
    /* a plural noun without -s ("40 percent support", "women want"),
     * not after "a" ("a police plan") */
    static const char *const pl_noun[] = {
        "percent",  "%",      "people",   "women",    "men",
        "children", "police", "majority", "minority", "half"};
    if (fold_is(x, j, pl_noun, sizeof pl_noun / sizeof *pl_noun) &&
        !(j > s0 && (tok_is(d, j - 1, "a") || tok_is(d, j - 1, "an")) &&
          !tok_is(d, j, "majority") && !tok_is(d, j, "minority")))
        return 1;
    if (ws_tok_is_word(d, j) && !is_cap(d, j) && ends_plural(x, j))
        return 1;
    if (ws_tok_is_word(d, j) && (lexclass(x, x->L.spk, j) & S_ROLE) &&
        ends_plural(x, j))
        return 1;
    /* a plural noun of records or figures, also capitalised at the
     * sentence start: "Surveys suggest ...", "Files indicate ...",
     * "Figures show ..." (the speaker list marks them doc p) */
    if (ws_tok_is_word(d, j) && (lexclass(x, x->L.spk, j) & C_DOC) &&
        en_doc_plural(x, j))
        return 1;
    /* a plural subject: a capitalised plural noun or group name
     * ("Democrats want"; at the sentence start only a name: not "Sales
     * plan to ..."), names joined by "and" ("China and Russia support",
     * "Britain and France oppose") */
    if (ws_tok_is_word(d, j) && is_cap(d, j) && ends_plural(x, j) &&
        (j > s0 || x->ent[j] >= 0))
        return 1;
    if (is_cap(d, j) || x->ent[j] >= 0) {
        int32_t k = j - 1;
        while (k > s0 && k > j - 5 && (is_cap(d, k) || x->ent[k] >= 0))
            k--;
        if (k > s0 && tok_is(d, k, "and") &&
            (is_cap(d, k - 1) || x->ent[k - 1] >= 0))
            return 1;
    }
    /* a plural noun of records or figures before a short prepositional
     * phrase: "ledgers from the old firm show ...", "polls in both
     * states show ..." */
    if (lang_is(x, "en") && en_doc_plural_subject(x, p))
        return 1;
    /* a plural noun with an "of" phrase naming a group ("members of
     * Congress echo", "members of the guild want") */
    for (int32_t k = j - 1; k > s0 && k >= j - 4; k--) {
        if (tok_is(d, k, "of"))
            return ws_tok_is_word(d, k - 1) && !is_cap(d, k - 1) &&
                   ends_plural(x, k - 1);
        if (!ws_tok_is_word(d, k) || x->cuelen[k] || x->qid[k] >= 0 ||
            (lexclass(x, x->L.skip, k) & (K_PREP | K_CONJ | K_SUB | K_STOP)))
            break;
    }
    return en_plural_before_clause(x, j, p, attr, s0);
}

/* German passive cue with a clause: "Es wird befürchtet, dass ...",
 * "Ihm wird vorgeworfen, ... zu haben", "Die Anwohner wurden gebeten,
 * ... zu bleiben": what is feared, alleged or asked is the content; the
 * source is the agent "von X" when named, else no one. */
static void
de_passive_clause(ctx *x, int32_t p, int m, int32_t c0, int32_t e, int32_t s1)
{
    static const char *const von[] = {"von", "vom"};
    static const char *const dass[] = {"dass", "daß"};
    ws_doc *d = x->d;
    if (e + 1 >= s1 || !tok_is(d, e, ",") || x->qid[e + 1] >= 0)
        return;
    int32_t k0 = e + 1, k1;
    if (fold_is(x, k0, dass, 2)) {
        k0++;
        k1 = k0 < s1 ? clause_end(x, k0, 0) : k0;
    } else {
        k1 = ws_de_zu_clause(x->w, d, k0, s1);
    }
    if (k1 <= k0)
        return;
    ws_statement *st = new_statement(x, WS_INDIRECT);
    if (st == NULL)
        return;
    st->cue = tok_span(x, p, p + m);
    x->cueused[p] = 1;
    for (int32_t k = c0; k < p; k++)
        if (fold_is(x, k, von, 2)) {
            int32_t r = np_right(x, k + 1, p);
            if (r > k + 1)
                set_speaker(x, st, k + 1, r, 0, p);
            break;
        }
    add_clause(x, st, k0, k1);
}

/* German verb-final cue: a participle or infinitive at the end of its
 * clause with a finite auxiliary in second position ("Die Regierung hat
 * den Plan scharf kritisiert", "Am Abend hatte er angekündigt, ...").
 * The subject stands around the auxiliary; with no clause after the cue
 * the act's object is the middle field.  Returns 1 when a statement was
 * made (or the cue is spent). */
static int
de_final_cue(ctx *x, int32_t p, int m, unsigned attr, unsigned g, int32_t s0,
             int32_t s1)
{
    static const char *const aux[] = {
        "hat",    "hatte", "haben",  "hatten", "habe",   "hätte",  "hätten",
        "ist",    "war",   "sind",   "waren",  "wurde",  "wurden", "wird",
        "werden", "sei",   "seien",  "soll",   "sollen", "will",   "wollte",
        "wollen", "kann",  "konnte", "muss",   "musste", "möchte", "würde"};
    ws_doc *d = x->d;
    if (!lang_is(x, "de"))
        return 0;
    static const char *const passive[] = {"worden", "wurde", "wurden", "wird",
                                          "werden"};
    int32_t e = p + m;
    int pass = 0;
    /* "angekündigt worden", "kritisiert haben": a trailing auxiliary */
    while (e < s1 && e < p + m + 2 && ws_tok_is_word(d, e) &&
           (fold_is(x, e, aux, sizeof aux / sizeof *aux) ||
            fold_is(x, e, passive, 1))) {
        pass |= fold_is(x, e, passive, 1);
        e++;
    }
    if (!(e >= s1 || is_clause_punct(d, e) || is_dash(d, e) ||
          (lexclass(x, x->L.skip, e) & K_CONJ) || x->qid[e] >= 0))
        return 0;
    /* clause start and the auxiliary */
    int32_t c0 = p;
    while (c0 > s0 && !tok_is(d, c0 - 1, ",") && !tok_is(d, c0 - 1, ";") &&
           !tok_is(d, c0 - 1, ":") && !is_dash(d, c0 - 1))
        c0--;
    if (x->dl1 > c0 && x->dl0 >= s0 && x->dl0 <= c0)
        c0 = x->dl1;
    int32_t a = -1;
    for (int32_t t = c0; t < p; t++)
        if (ws_tok_is_word(d, t) && !is_cap(d, t) &&
            fold_is(x, t, aux, sizeof aux / sizeof *aux)) {
            a = t;
            break;
        }
    if (a < 0 || a - c0 > 16)
        return 0;
    /* passive: "wurde kritisiert", "sind festgestellt worden" -- the
     * subject is no speaker */
    if (pass || fold_is(x, a, passive, sizeof passive / sizeof *passive)) {
        de_passive_clause(x, p, m, c0, e, s1);
        return 1;
    }
    /* subject: before the auxiliary, or right after it */
    int32_t sa = -1, sb = -1, mid = a + 1;
    int32_t le = skip_adv_back(x, a, c0);
    int32_t ap = -1;
    /* "Die Generalsekretärin der OSZE, Ingrid Sollberger, hat ..." */
    if (a == c0 && a - 1 > s0 && tok_is(d, a - 1, ",")) {
        int32_t s0b = x->dl1 > s0 && x->dl0 >= s0 ? x->dl1 : s0;
        ap = appos_subject(x, s0b, a - 1);
        if (ap >= 0)
            le = a - 1;
    }
    if (ap >= 0) {
        sa = ap;
        sb = le;
    } else if (de_right_subject(x, a, 1, c0, p, le) || le < c0) {
        int32_t r0 = skip_adv_fwd(x, a + 1, p);
        int32_t r1 = np_right(x, r0, p);
        if (r1 > r0) {
            sa = r0;
            sb = r1;
            mid = r1;
        }
    } else {
        sa = np_left(x, le, c0);
        sb = le + 1;
    }
    if (sa < 0)
        return 0;
    /* content: a clause after the comma, else the middle field */
    int32_t k0 = -1, k1 = -1;
    int kind;
    if ((attr & C_SAY) && a == c0 && c0 - 2 > s0 && tok_is(d, c0 - 1, ",") &&
        x->qid[s0] < 0 && (e >= s1 || ws_tok_is_final(d, e)) && ap < 0 &&
        np_left(x, c0 - 2, s0) != s0) {
        /* "Es drohe ein Wettlauf, hatte X in Moskau gesagt.": the
         * fronted clause */
        k0 = s0;
        k1 = c0 - 1;
        kind = WS_INDIRECT;
    } else if (e < s1 && tok_is(d, e, ",") && e + 1 < s1 && x->qid[e + 1] < 0 &&
               !(lexclass(x, x->L.skip, e + 1) & K_STOP) && (attr & C_SAY)) {
        k0 = e + 1;
        unsigned ka, kg;
        if (cue_at(x, k0, &ka, &kg) && (ka & C_COMP))
            k0 += x->cuelen[k0];
        k1 = clause_end(x, k0, 0);
        kind = WS_INDIRECT;
    } else {
        k0 = skip_adv_fwd(x, mid, p);
        k1 = p;
        kind = (attr & C_ACT) ? WS_REPORTED : WS_INDIRECT;
    }
    /* a fronted object: "Den Einsatz hat die GdP abgelehnt" */
    int32_t f0 = -1, f1 = -1;
    if (kind == WS_REPORTED && sa > a && a > c0) {
        f0 = c0;
        f1 = a;
        while (f1 > f0 && (lexclass(x, x->L.skip, f1 - 1) & (K_ADV | K_TIME)))
            f1--;
    }
    if (k1 <= k0 && f1 <= f0)
        return 0;
    ws_statement *st = new_statement(x, kind);
    if (st == NULL)
        return 1;
    st->cue = tok_span(x, p, p + m);
    x->cueused[p] = 1;
    set_speaker(x, st, sa, sb, g, p);
    /* English: a reported act with a quotation in its object is mixed
     * too ("called the plan \"a disaster\"") */
    if (mark_mixed(x, k0, k1) && (kind != WS_REPORTED || lang_is(x, "en")))
        st->kind = WS_MIXED;
    if (f1 > f0)
        add_content(x, st, f0, f1);
    add_content(x, st, k0, k1);
    return 1;
}

/* An indirect statement (mixed when its content holds a quote) with the
 * cue c0..c1, the cue word p, the speaker sa..sb of gender g and the
 * content k0..k1; 0 when out of memory. */
static int
add_indirect(ctx *x, int32_t c0, int32_t c1, int32_t p, int32_t sa, int32_t sb,
             unsigned g, int32_t k0, int32_t k1)
{
    ws_statement *st = new_statement(x, WS_INDIRECT);
    if (st == NULL)
        return 0;
    st->cue = tok_span(x, c0, c1);
    x->cueused[p] = 1;
    set_speaker(x, st, sa, sb, g, p);
    add_clause(x, st, k0, k1);
    return 1;
}

/* German subordinate clause ending in the cue, then a "dass" clause:
 * "Nachdem die Anwältin dem Richter mitgeteilt hatte, dass ...", "...,
 * die auch angab, dass ...": the verb is last in its clause; the subject
 * follows the conjunction, or is the relative pronoun.  Returns 1 when a
 * statement was made. */
static int
de_sub_clause(ctx *x, int32_t p, int m, unsigned attr, unsigned g, int32_t s0,
              int32_t s1)
{
    static const char *const sub[] = {"nachdem", "als",     "weil",   "da",
                                      "obwohl",  "während", "bevor",  "wenn",
                                      "seit",    "seitdem", "sobald", "indem"};
    static const char *const rel[] = {"der",     "die",    "das",
                                      "welcher", "welche", "welches"};
    static const char *const comp[] = {"dass", "daß", "ob"};
    ws_doc *d = x->d;
    if (!lang_is(x, "de") || !(attr & C_SAY))
        return 0;
    int32_t e = p + m;
    while (e < s1 && e < p + m + 2 && ws_tok_is_word(d, e) &&
           fold_is(x, e, de_perf_aux, NDE_PERF_AUX))
        e++;
    if (e + 2 >= s1 || !tok_is(d, e, ","))
        return 0;
    /* "..., der vor dem Parlament betonte, er gehöre keiner Partei an":
     * a clause in the subjunctive with no "dass" */
    int nocomp = !fold_is(x, e + 1, comp, 3);
    if (nocomp) {
        int subj = 0;
        for (int32_t k = e + 1; k < s1 && !is_clause_punct(d, k) && !subj; k++)
            subj = x->cuelen[k] && (x->cueattr[k] & C_SUBJ);
        if (!subj)
            return 0;
    }
    int32_t c0 = p;
    while (c0 > s0 && !is_clause_punct(d, c0 - 1) && !is_dash(d, c0 - 1) &&
           x->qid[c0 - 1] < 0)
        c0--;
    if (p - c0 < 2 || p - c0 > 16)
        return 0;
    int32_t sa, sb;
    if (fold_is(x, c0, sub, sizeof sub / sizeof *sub)) {
        sa = c0 + 1;
        sb = np_right(x, sa, p);
        if (sb <= sa)
            return 0;
    } else if (c0 > s0 && tok_is(d, c0 - 1, ",") &&
               fold_is(x, c0, rel, sizeof rel / sizeof *rel) &&
               !is_cap(d, c0 + 1)) {
        sa = c0;
        sb = c0 + 1;
    } else
        return 0;
    int32_t k0 = nocomp ? e + 1 : e + 2, k1 = clause_end(x, k0, 0);
    /* the "dass" clause ends before the main clause's verb: "..., hatte
     * dieser ...", "..., kam nicht" */
    static const char *const go_on[] = {"und", "oder", "so",
                                        "um",  "aber", "sondern"};
    for (int32_t k = k0; k + 1 < k1; k++)
        if (tok_is(d, k, ",") && ws_tok_is_word(d, k + 1) &&
            !is_cap(d, k + 1) && !ws_de_sub(x->w, d, k + 1) &&
            !fold_is(x, k + 1, go_on, sizeof go_on / sizeof *go_on) &&
            !pron_gender_simple(x, k + 1) && !is_det(x, k + 1)) {
            k1 = k;
            break;
        }
    if (k1 <= k0)
        return 0;
    add_indirect(x, p, p + m, p, sa, sb, g, k0, k1);
    return 1;
}

/* German "wie"-clause of attribution: "..., wie der Konzern gestern
 * mitteilte." and "Wie das Ministerium bekannt gab, wird ...": the verb
 * closes the clause that "wie" opens; its subject (or "aus X") is the
 * source, the main clause before or after it the content.  Returns 1
 * when a statement was made. */
static int
de_wie_clause(ctx *x, int32_t p, int m, unsigned attr, unsigned g, int32_t s0,
              int32_t s1)
{
    static const char *const wie[] = {"wie"};
    static const char *const from[] = {"aus", "von"};
    ws_doc *d = x->d;
    if (!lang_is(x, "de") || !(attr & C_SAY))
        return 0;
    int32_t c0 = p;
    while (c0 > s0 && !is_clause_punct(d, c0 - 1) && !is_dash(d, c0 - 1) &&
           x->qid[c0 - 1] < 0)
        c0--;
    /* "wie die Sprecherin des Amtes, Eva Roth, mitteilte": the name in
     * the apposition is the source */
    int32_t na = -1, nb = -1;
    if (c0 == p && p > s0 + 4 && tok_is(d, p - 1, ",")) {
        int32_t k = p - 1;
        while (k > s0 && k > p - 8 && !is_clause_punct(d, k - 1) &&
               x->qid[k - 1] < 0)
            k--;
        int32_t j = k - 1;
        while (j > s0 && j > k - 20 && !is_clause_punct(d, j - 1) &&
               !is_dash(d, j - 1) && x->qid[j - 1] < 0)
            j--;
        if (k - 1 > s0 && tok_is(d, k - 1, ",") && whole_person(x, k, p - 1) &&
            fold_is(x, j, wie, 1)) {
            na = k;
            nb = p - 1;
            c0 = j;
        }
    }
    if (p - c0 < 2 || (p - c0 > 16 && na < 0) || !fold_is(x, c0, wie, 1))
        return 0;
    int32_t e = p + m;
    while (
        e < s1 && e < p + m + 2 && ws_tok_is_word(d, e) &&
        (fold_is(x, e, de_perf_aux, NDE_PERF_AUX) || lexclass(x, x->L.cues, e)))
        e++;
    if (!(e >= s1 || tok_is(d, e, ",") || ws_tok_is_final(d, e) ||
          is_dash(d, e)))
        return 0;
    int32_t sa = c0 + 1;
    if (fold_is(x, sa, from, 2))
        sa++;
    int32_t sb = np_right(x, sa, p);
    if (sb <= sa && sa < p && is_cap(d, sa))
        sb = sa + 1;
    if (na >= 0) {
        sa = na;
        sb = nb;
    }
    if (sb <= sa)
        return 0; /* "wie erwartet", "wie berichtet": no source */
    /* the content: the main clause after a fronted "wie" clause, else
     * the one before it */
    int32_t k0, k1;
    if (c0 == s0 || (c0 == s0 + 1 && !ws_tok_is_word(d, s0))) {
        k0 = e < s1 && tok_is(d, e, ",") ? e + 1 : e;
        if (k0 >= s1 || x->qid[k0] >= 0)
            return 0;
        k1 = clause_end(x, k0, 0);
    } else {
        k0 = s0;
        k1 = c0;
        while (k1 > k0 && (tok_is(d, k1 - 1, ",") || is_dash(d, k1 - 1)))
            k1--;
    }
    if (k1 <= k0)
        return 0;
    add_indirect(x, p, p + m, p, sa, sb, g, k0, k1);
    return 1;
}

/* German: a cue word used as an adjective before its noun ("die so
 * genannten Regeln", "seinem vermuteten Aufenthaltsort"). */
static int
de_attributive(ctx *x, int32_t p, int m, int32_t s0, int32_t s1)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "de") || m != 1 || p <= s0 || p + 1 >= s1)
        return 0;
    if (!is_cap(d, p + 1) || is_cap(d, p) || x->ent[p + 1] >= 0)
        return 0;
    int32_t j = p - 1;
    if (!ws_tok_is_word(d, j))
        return 0;
    unsigned c = lexclass(x, x->L.skip, j);
    if (c & (K_DET | K_PREP))
        return 1;
    if (tok_is(d, j, "so"))
        return 1;
    int rel;
    if (is_cap(d, j) || c || pron_gender(x, j, &rel) || lexw(x, x->L.neg, j))
        return 0;
    const char *w = ws_tok_ptr(d, j);
    int32_t n = ws_tok_blen(d, j);
    return n > 3 && (w[n - 1] == 'e' ||
                     (w[n - 2] == 'e' && (w[n - 1] == 'n' || w[n - 1] == 'r' ||
                                          w[n - 1] == 's' || w[n - 1] == 'm')));
}

static int
has_digit_or_hyphen(const ws_doc *d, int32_t i)
{
    const char *p = ws_tok_ptr(d, i);
    for (int32_t k = 0; k < ws_tok_blen(d, i); k++)
        if ((p[k] >= '0' && p[k] <= '9') || p[k] == '-')
            return 1;
    return 0;
}

/* A cue marked "req:WORD" (a verb that is a speech act only with its
 * particle or preposition: "wezwał ... do", "wies ... zurück") needs WORD
 * later in its clause; one marked "next:WORD" needs it right after. */
static int
cue_requirement_ok(ctx *x, int32_t p, int m, int32_t s1)
{
    const char *v = x->cueval[p];
    /* "next:WORD": WORD right after the cue ("votes to ...", not "votes
     * for him") */
    const char *nx = vhas(x, v, VW_NEXT) ? strstr(v, "next:") : NULL;
    if (nx != NULL) {
        nx += 5;
        size_t nl = strcspn(nx, " "), n;
        const char *f = p + m < s1 ? tok_fold(x, p + m, &n) : NULL;
        if (f == NULL || n != nl || memcmp(f, nx, n) != 0)
            return 0;
    }
    const char *r = vhas(x, v, VW_REQ) ? strstr(v, "req:") : NULL;
    if (r == NULL)
        return 1;
    r += 4;
    size_t rl = 0;
    while (r[rl] && r[rl] != ' ')
        rl++;
    for (int32_t k = p + m, lim = p + m + 16; k < s1 && k < lim; k++) {
        lim += ws_de_np_apposition(x->w, x->d, k, s1) - k; /* not counted */
        /* German: a short quotation inside the clause, words after it
         * ("wies die Kritik als „haltlos“ zurück") */
        if (x->qid[k] >= 0 && x->q[x->qid[k]].o == k && lang_is(x, "de") &&
            x->q[x->qid[k]].nwords <= 6 && x->q[x->qid[k]].c + 1 < s1 &&
            ws_tok_is_word(x->d, x->q[x->qid[k]].c + 1)) {
            k = x->q[x->qid[k]].c;
            continue;
        }
        if (tok_is(x->d, k, ";") || ws_tok_is_final(x->d, k) || x->qid[k] >= 0)
            break;
        size_t n;
        const char *f = tok_fold(x, k, &n);
        /* alternatives: "req:zurück|hin" */
        for (size_t a = 0; a < rl;) {
            size_t b = a;
            while (b < rl && r[b] != '|')
                b++;
            if (n == b - a && memcmp(f, r + a, n) == 0) {
                /* a German separable particle closes its clause ("gab
                 * ... bekannt"); a preposition ("spricht von") need not */
                static const char *const particles[] = {
                    "zurück",  "hin",  "ab",   "ein",    "aus", "an",  "mit",
                    "bekannt", "fest", "klar", "hervor", "zu",  "vor", "auf"};
                if (!lang_is(x, "de") ||
                    !fold_is(x, k, particles,
                             sizeof particles / sizeof *particles) ||
                    k + 1 >= s1 || is_clause_punct(x->d, k + 1) ||
                    is_dash(x->d, k + 1) || x->qid[k + 1] >= 0 ||
                    (lexclass(x, x->L.skip, k + 1) & K_CONJ))
                    return 1;
            }
            a = b + 1;
        }
    }
    return 0;
}

/* A cue whose complement is what was said ("pred": "s'est dit
 * « préoccupé »"): with quotation marks the statement is mixed. */
static int
pred_cue(ctx *x, int32_t p)
{
    return x->cueval[p] && vhas(x, x->cueval[p], VW_PRED);
}

/* Ukrainian, Russian, Polish, French: a reported act whose object holds
 * quoted words ("закликав партнерів «не чекати …»", "wezwał strony
 * „do powściągliwości”") is mixed speech with any verb. */
static int
slav_fr(ctx *x)
{
    static const char *const l[] = {"uk", "ru", "pl", "fr"};
    for (size_t i = 0; i < sizeof l / sizeof *l; i++)
        if (lang_is(x, l[i]))
            return 1;
    return 0;
}

/* Ukrainian, Russian, Polish, French: the acts inside the content
 * [c0, c1) of "według X, …" are X's words, not statements of their own,
 * also a verb coordinated after the clause ("strona polska przekazała
 * notę i zażądała wyjaśnień").  Marks their cues used; returns the end
 * of the content. */
static int32_t
prep_acts(ctx *x, int32_t c0, int32_t c1, int32_t s1)
{
    ws_doc *d = x->d;
    unsigned a, g;
    while (c1 + 1 < s1 && (lexclass(x, x->L.skip, c1) & K_CONJ) &&
           cue_at(x, c1 + 1, &a, &g) && (a & (C_SAY | C_ACT)) &&
           x->qid[c1 + 1] < 0) {
        int32_t e = clause_end(x, c1 + 1, 1);
        if (e <= c1 + 1)
            break;
        c1 = e;
    }
    for (int32_t k = c0; k < c1; k++)
        if (x->cuelen[k] && !ws_tok_is_final(d, k))
            x->cueused[k] = 1;
    return c1;
}

/* Ukrainian, Russian, Polish: "Как сообщила газета «X», …", "Як заявив
 * міністр, …", "Jak podał resort, …": a fronted source clause opening the
 * sentence; the source lies between the verb and the comma, the content
 * after it.  Makes the statement and returns 1, else 0. */
static int
as_source(ctx *x, int32_t p, int m, int32_t s0, int32_t s1)
{
    static const char *const as[] = {"как", "як", "jak"};
    ws_doc *d = x->d;
    if (p - 1 != s0 || !fold_is(x, p - 1, as, 3))
        return 0;
    int32_t sa = skip_adv_fwd(x, p + m, s1), comma = -1;
    for (int32_t k = sa; k < s1 && k < sa + 10; k++) {
        if (tok_is(d, k, ",") && x->qid[k] < 0) {
            comma = k;
            break;
        }
        if (ws_tok_is_final(d, k) || (x->cuelen[k] && k > sa))
            return 0;
    }
    if (comma <= sa || comma + 1 >= s1)
        return 0;
    int32_t c0 = comma + 1, c1 = clause_end(x, c0, 0);
    if (c1 <= c0)
        return 0;
    return add_indirect(x, p - 1, p + m, p, sa, comma, 0, c0, c1);
}

/* Ukrainian, Russian, Polish, French: a light verb ("выразило
 * решительный протест", "висловили занепокоєння", "wyraził
 * poparcie") is a cue together with its stance noun, up to two words
 * on.  Returns the cue's length. */
static int
light_cue(ctx *x, int32_t p, int m, int32_t s1)
{
    if (!slav_fr(x))
        return m;
    for (int32_t k = p + m; k < s1 && k < p + m + 3; k++) {
        if (!ws_tok_is_word(x->d, k) || x->qid[k] >= 0)
            break;
        const char *v;
        int n = lexmatch(x, x->L.labels, k, &v);
        if (n > 0)
            return (int)(k + n - p);
    }
    return m;
}

/* Ukrainian, Russian: an impersonal plural act with the source in a
 * place phrase and the object fronted: "В Тирасполе обвинения
 * отвергли.", "У Брюсселі це рішення підтримали, …".  Makes the
 * reported statement and returns 1, else 0. */
static int
loc_ovs(ctx *x, int32_t p, int m, int32_t s0, int32_t s1)
{
    static const char *const in[] = {"в", "во", "у"};
    ws_doc *d = x->d;
    if ((!lang_is(x, "ru") && !lang_is(x, "uk")) || !(x->cueg[p] & G_P) ||
        p - s0 < 3 || !fold_is(x, s0, in, 3) || x->ent[s0 + 1] < 0)
        return 0;
    int32_t e1 = s0 + 1;
    while (e1 < p && x->ent[e1] == x->ent[s0 + 1])
        e1++;
    if (e1 >= p)
        return 0;
    for (int32_t k = e1; k < p; k++)
        if (!ws_tok_is_word(d, k) || x->cuelen[k] ||
            (lexclass(x, x->L.skip, k) & (K_ADV | K_TIME | K_CONJ)))
            return 0;
    int32_t r = p + m;
    if (!(r >= s1 || ws_tok_is_final(d, r) || tok_is(d, r, ",")))
        return 0;
    ws_statement *st = new_statement(x, WS_REPORTED);
    if (st == NULL)
        return 0;
    st->cue = tok_span(x, p, p + m);
    x->cueused[p] = 1;
    set_speaker(x, st, s0 + 1, e1, 0, p);
    add_content(x, st, e1, p);
    return 1;
}

/* "…, говорится в заявлении мэрии города, …": a source phrase after
 * its content ends at the next comma when only a few words (its
 * genitive complements) come before it.  Returns the new end. */
static int32_t
genitive_tail(ctx *x, int32_t sb, int32_t s1)
{
    for (int32_t k = sb; k < s1 && k < sb + 4; k++) {
        if (tok_is(x->d, k, ","))
            return k;
        if (!ws_tok_is_word(x->d, k) || x->cuelen[k] || x->qid[k] >= 0)
            break;
    }
    return sb;
}

/* Ukrainian, Russian: an object noun before "про те, що" / "о том, что"
 * between the cue's object start t and the complementizer comp. */
static int
noun_that(ctx *x, int32_t t, int32_t comp)
{
    static const char *const prep[] = {"про", "о", "об"};
    static const char *const that[] = {"те", "том"};
    ws_doc *d = x->d;
    if ((!lang_is(x, "uk") && !lang_is(x, "ru")) || comp - 3 <= t ||
        !tok_is(d, comp - 1, ",") || !fold_is(x, comp - 2, that, 2) ||
        !fold_is(x, comp - 3, prep, 3))
        return 0;
    for (int32_t k = t; k < comp - 3; k++)
        if (!ws_tok_is_word(d, k) || x->ent[k] >= 0 ||
            (lexclass(x, x->L.skip, k) & (K_ADV | K_TIME)))
            return 0;
    return 1;
}

/* Ukrainian, Russian, Polish: the possessive pronoun inside a cue ("за її
 * словами", "по его словам", "jego zdaniem"; French "selon lui", "d'après
 * eux": the stressed pronoun), an entry marked poss in the pronoun
 * lexicon: its gender (G_*) and token in *k, or 0. */
static unsigned
poss_in_cue(ctx *x, int32_t p, int m, int32_t *k)
{
    if (!slav_fr(x) && !lang_is(x, "de"))
        return 0;
    for (int32_t i = p; i < p + m; i++) {
        *k = i;
        size_t n;
        const char *f = tok_fold(x, i, &n);
        const char *v = f ? ws_lex_word(x->L.pron, f, n) : NULL;
        unsigned g = 0;
        if (v != NULL && vhas(x, v, VW_POSS)) {
            attrs(x, v, &g);
            if (g)
                return g;
        }
    }
    return 0;
}

/* The first token of the first organisation named in [s0, p) outside
 * quotation marks, or -1. */
static int32_t
nosp_org(ctx *x, int32_t s0, int32_t p)
{
    for (int32_t k = s0; k < p; k++)
        if (x->ent[k] >= 0 && x->qid[k] < 0 && is_orgish(x->d, x->ent[k]))
            return k;
    return -1;
}

/* French and German: a subject followed by its acronym or party in
 * parentheses ("La Communauté européenne (UE) a condamné ...", "Anna
 * Roth (SPD) kritisierte ...").  e is the ")" before the cue; returns the
 * subject's first token or -1. */
static int32_t
fr_paren_subject(ctx *x, int32_t e, int32_t s0)
{
    ws_doc *d = x->d;
    if ((!lang_is(x, "fr") && !lang_is(x, "de")) || !tok_is(d, e, ")"))
        return -1;
    int32_t o = e - 1;
    while (o > s0 && o > e - 5 && !tok_is(d, o, "(")) {
        if (!is_cap(d, o) && x->ent[o] < 0)
            return -1;
        o--;
    }
    if (o <= s0 || o == e - 1 || !tok_is(d, o, "("))
        return -1;
    return np_left(x, o - 1, s0);
}

/* English: does the word at i start like a verb that takes a person as
 * object before its "that" clause ("told reporters that", "warned the
 * public that", "reminded voters that")? */
static int
en_tell_verb(ctx *x, int32_t i)
{
    static const char *const stems[] = {
        "tell",    "told",    "warn",    "remind", "assur",  "reassur",
        "inform",  "convinc", "persuad", "notif",  "promis", "advis",
        "caution", "show",    "taught",  "teach",  "alert",  "brief"};
    return fold_starts(x, i, stems, sizeof stems / sizeof *stems);
}

static const char *const en_as_word1[] = {"as"};

/* English: is there a preposition (outside quotations) in [t, k)? */
static int
en_prep_in(ctx *x, int32_t t, int32_t k)
{
    for (int32_t j = t; j < k; j++)
        if (ws_tok_is_word(x->d, j) && x->qid[j] < 0 &&
            (lexclass(x, x->L.skip, j) & K_PREP))
            return 1;
    return 0;
}

/* English: is the word at k, inside the phrase between a speech verb and
 * its "that", a participle in -ed of that phrase rather than the finite
 * verb of a clause: one right after a determiner ("told a packed hall
 * that ..."), or one after a noun once a preposition has opened the
 * phrase at t or after, whose noun is the preposition's object and no
 * subject ("said in a note posted online that ...", "in a letter sent to
 * ...")?  The past form must follow a word ("had", "did" and "used" are
 * no participles here). */
static int
en_phrase_participle(ctx *x, int32_t k, int32_t t)
{
    ws_doc *d = x->d;
    static const char *const aux[] = {"had", "did", "used"};
    if (k < 1 || !ws_tok_is_word(d, k - 1) || x->qid[k - 1] >= 0 ||
        !en_past_form(x, k) || fold_is(x, k, aux, 3))
        return 0;
    if (is_det(x, k - 1))
        return 1;
    return !(lexclass(x, x->L.skip, k - 1) &
             (K_PREP | K_CONJ | K_SUB | K_STOP | K_DET | K_ADV)) &&
           en_prep_in(x, t, k);
}

/* English: how far after a speech verb at p (its complement starting at
 * t) a complementizer is looked for: five words, and twelve when they
 * are an addressee ("told a meeting of county leaders that ...") or an
 * adjunct ("said during a visit to the state capital that ...", "warned,
 * as others had, that ...").  Other languages: five. */
/* English: "so that" at k, a conjunction of purpose or result. */
static int
en_so_that(ctx *x, int32_t k)
{
    return lang_is(x, "en") && k + 1 < x->d->tokens.n &&
           tok_is(x->d, k, "so") && x->qid[k] < 0 &&
           tok_is(x->d, k + 1, "that");
}

/* English subject pronouns that open a clause */
static const char *const en_subj_pron[] = {"he", "she", "they", "we", "i"};

static int32_t
en_comp_reach(ctx *x, int32_t p, int32_t t, int32_t s1)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || t >= s1)
        return t + 5;
    /* (or a participle after a channel phrase that skip_adv_fwd passed:
     * "said in a letter sent to the board on Friday that ...") */
    if (!(en_tell_verb(x, p) || tok_is(d, t, ",") ||
          (ws_tok_is_word(d, t) && !is_cap(d, t) &&
           (lexclass(x, x->L.skip, t) & (K_PREP | K_TIME))) ||
          (t > p + 1 && en_phrase_participle(x, t, p + 1))))
        return t + 5;
    /* only over a phrase: no verb, infinitive, participle or
     * subordinate clause before the "that" ("agreed to clean the land
     * that ...", "said, since voters accept that ...") */
    /* "warned, as did the council itself, that ...": an aside of
     * comparison between commas, whatever its verb */
    if (tok_is(d, t, ",") && t + 1 < s1 && fold_is(x, t + 1, en_as_word1, 1))
        for (int32_t k = t + 2; k < s1 && k <= t + 10; k++) {
            if (x->qid[k] >= 0 || ws_tok_is_final(d, k) || tok_is(d, k, ";"))
                break;
            if (tok_is(d, k, ","))
                return k + 1 < s1 && tok_is(d, k + 1, "that") ? t + 12 : t + 5;
        }
    for (int32_t k = t; k < s1 && k <= t + 12; k++) {
        if (tok_is(d, k, "that"))
            return k > t + 5 ? t + 12 : t + 5;
        if (x->qid[k] >= 0)
            continue;
        if (en_phrase_participle(x, k, t))
            continue;
        if (en_to_verb(x, k, s1) || en_finite(x, k) || en_participle(x, k) ||
            (k > t && (lexclass(x, x->L.skip, k) & (K_SUB | K_STOP))) ||
            (x->cuelen[k] && is_speech_cue(x->cueattr[k])) ||
            ws_tok_is_final(d, k) || tok_is(d, k, ";"))
            return t + 5;
    }
    return t + 5;
}

/* English: does the complement of a speech verb, starting at t, open an
 * adverbial clause ("as he entered the hall", "before he died", "while
 * touring the plant") rather than what was said?  "after", "before",
 * "since", "until" open a clause only before a subject pronoun or at the
 * end ("said after the vote he would ..." is a time phrase). */
static int
en_no_content_after(ctx *x, int32_t t, int32_t s1)
{
    static const char *const sub[] = {"while",   "although", "though",
                                      "because", "unless",   "whereas"};
    static const char *const time[] = {"after", "before", "since", "until"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || t >= s1 || x->qid[t] >= 0 || is_cap(d, t))
        return 0;
    if (fold_is(x, t, sub, sizeof sub / sizeof *sub) ||
        (t > 0 && en_as_clause(x, t, s1)))
        return 1;
    if (fold_is(x, t, time, sizeof time / sizeof *time))
        return t + 1 >= s1 || ws_tok_is_final(d, t + 1) ||
               en_nom_pron(x, t + 1);
    return 0;
}

/* en_aux's words, also in en_subject_then_verb's look-ahead */
#define EN_AUX_WORDS                                                           \
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",  \
        "could", "may", "might", "should", "must", "won't", "can't", "isn't",  \
        "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't",          \
        "doesn't", "didn't", "wouldn't", "couldn't"

/* English: is token k a finite auxiliary or modal ("is", "had", "would",
 * "can't"; the forms of "do" are not in it: callers that take them add
 * en_does_did or their own list)? */
static int
en_aux(ctx *x, int32_t k)
{
    static const char *const aux[] = {EN_AUX_WORDS};
    return fold_is(x, k, aux, sizeof aux / sizeof *aux);
}

/* English: is token k "does" or "did"? */
static int
en_does_did(ctx *x, int32_t k)
{
    static const char *const dd[] = {"does", "did"};
    return fold_is(x, k, dd, sizeof dd / sizeof *dd);
}

/* English: does a content clause without "that" start at c: a subject
 * noun phrase (a determiner, a name or a plural noun at its head) and
 * right after it a finite verb ("the vote was rigged", "the Smiths had
 * left", "prices would fall")? */
static int
en_subject_then_verb(ctx *x, int32_t c, int32_t s1)
{
    /* en_aux's words and en_does_did's, for the look-ahead below */
    static const char *const verb[] = {EN_AUX_WORDS, "does", "did"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || c >= s1 || x->qid[c] >= 0 || !ws_tok_is_word(d, c))
        return 0;
    /* the verb is at most ten tokens on (eight of the phrase, adverbs up
     * to c + 10): without one there, no np_right (3.5k calls per MB of
     * English, fewer than one in a hundred with one) */
    int32_t v = c + 1;
    while (v < s1 && v <= c + 10 &&
           (x->qid[v] >= 0 || !fold_is(x, v, verb, sizeof verb / sizeof *verb)))
        v++;
    if (v >= s1 || v > c + 10)
        return 0;
    int32_t r = np_right(x, c, s1);
    if (r <= c || r >= s1 || r - c > 8)
        return 0;
    while (r < s1 && r < c + 10 &&
           (is_ly_adv(x, r) || tok_is(d, r, "also") || tok_is(d, r, "still") ||
            tok_is(d, r, "never") || tok_is(d, r, "not")))
        r++;
    return r < s1 && x->qid[r] < 0 && (en_aux(x, r) || en_does_did(x, r));
}

/* English: a demonstrative pronoun standing as a clause's subject right
 * before its finite auxiliary ("were convinced this was wrong", "knows
 * these were mistakes"): no noun follows it, so it opens a clause as a
 * personal pronoun does. */
static int
en_demonstrative_subject(ctx *x, int32_t c, int32_t s1)
{
    static const char *const dem[] = {"this", "these", "those"};
    static const char *const aux[] = {
        "is",      "are",    "was",    "were",    "has",    "have",
        "had",     "will",   "would",  "can",     "could",  "may",
        "might",   "should", "must",   "isn't",   "wasn't", "aren't",
        "weren't", "won't",  "hasn't", "doesn't", "didn't"};
    return c + 2 < s1 && x->qid[c] < 0 && x->qid[c + 1] < 0 &&
           fold_is(x, c, dem, sizeof dem / sizeof *dem) &&
           fold_is(x, c + 1, aux, sizeof aux / sizeof *aux);
}

/* English: does a clause without "that" start at c with a subject that
 * np_right does not read, a bare noun phrase (no determiner, or a
 * possessive before it): up to four lowercase content words, then at
 * most one "of"/"in"/"for"/"at"/"on"/"with" phrase of up to four more,
 * then (past "not", "also" or an adverb) an auxiliary or a modal
 * ("conceded wages were too low", "noted rural clinics would close",
 * "hinted her main task in the cabinet is to ...")?  Not after a
 * relative pronoun before the cue at p ("critics who opposed tariffs
 * were ...": the auxiliary is the main clause's). */
static int
en_bare_subject_then_aux(ctx *x, int32_t p, int32_t c, int32_t s1)
{
    static const char *const poss[] = {"his", "her", "their", "its",
                                       "our", "my",  "your"};
    static const char *const prep[] = {"of", "in", "for", "at", "on", "with"};
    static const char *const rel[] = {"who", "that", "which"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || c >= s1 || x->qid[c] >= 0)
        return 0;
    int32_t b = p - 1;
    if (b >= 0 && is_ly_adv(x, b))
        b--;
    if (b >= 0 && d->tokens.v[b].sent == d->tokens.v[c].sent &&
        fold_is(x, b, rel, sizeof rel / sizeof *rel))
        return 0;
    int32_t k = c;
    if (fold_is(x, k, poss, sizeof poss / sizeof *poss) || is_det(x, k))
        k++;
    int32_t k0 = k;
    while (k < s1 && k < k0 + 4 && plain_word(x, k) && !is_ly_adv(x, k) &&
           !en_aux(x, k))
        k++;
    if (k == k0)
        return 0;
    if (k + 1 < s1 && x->qid[k] < 0 &&
        fold_is(x, k, prep, sizeof prep / sizeof *prep)) {
        int32_t j = k + 1;
        if (is_det(x, j) || fold_is(x, j, poss, sizeof poss / sizeof *poss))
            j++;
        int32_t j0 = j;
        while (j < s1 && j < j0 + 4 && plain_word(x, j) && !is_ly_adv(x, j) &&
               !en_aux(x, j))
            j++;
        if (j == j0)
            return 0;
        k = j;
    }
    for (int n = 0; n < 2 && k < s1 && x->qid[k] < 0 &&
                    (is_ly_adv(x, k) || tok_is(d, k, "also") ||
                     tok_is(d, k, "not") || tok_is(d, k, "still"));
         n++)
        k++;
    return k < s1 && x->qid[k] < 0 && en_aux(x, k);
}

/* English: does a content clause without "that" start at c: a subject
 * pronoun or "there" ("he had left", "there was a key"), a subject
 * noun phrase and a finite verb
 * (en_subject_then_verb), or a question word ("how the money was
 * spent", "whether it works")? */
static int
en_clause_opens(ctx *x, int32_t c, int32_t s1)
{
    static const char *const wh[] = {"how", "why",   "whether", "what",
                                     "if",  "where", "when",    "who"};
    if (c >= s1 || x->qid[c] >= 0)
        return 0;
    return ((en_nom_pron(x, c) || tok_is(x->d, c, "there")) && c + 1 < s1 &&
            !ws_tok_is_final(x->d, c + 1) && !tok_is(x->d, c + 1, ",")) ||
           fold_is(x, c, wh, sizeof wh / sizeof *wh) ||
           en_subject_then_verb(x, c, s1) || en_demonstrative_subject(x, c, s1);
}

/* English: the end of the content [c0, c1) of a cue inside a free
 * relative clause ("the distance between what the mayor says her
 * budget will cover and what it will cost", "what the firm says its
 * losses were, ..."): the subject before the cue (ending at left_end)
 * opens with "what" or "how", so the content ends with its own verb
 * group, before a comma, a conjunction, a dash or another finite verb
 * (the main clause's: "what she says the levy will raise has shrunk").
 * c1 when the cue is no such clause's. */
static int32_t
en_free_relative_end(ctx *x, int32_t left_end, int32_t s0, int32_t c0,
                     int32_t c1)
{
    static const char *const wh[] = {"what", "how"};
    static const char *const stop[] = {"and", "or", "but", "while", "yet"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || x->qid[left_end] >= 0)
        return c1;
    /* the word is one of s0 .. left_end - 1 (np_left's answer is at most
     * left_end): without one, no np_left (1.9k calls per MB of English,
     * the words before the cue 2.7 tokens on average, none with "what"
     * or "how") */
    int32_t w = s0;
    while (w < left_end && !fold_is(x, w, wh, 2))
        w++;
    if (w >= left_end)
        return c1;
    int32_t a = np_left(x, left_end, s0);
    /* the subject phrase may take the word in ("how engineers") */
    if (a >= 0 && a < left_end && fold_is(x, a, wh, 2))
        a++;
    if (a <= s0 || !fold_is(x, a - 1, wh, 2) ||
        (is_cap(d, a - 1) && a - 1 > s0))
        return c1;
    int32_t v = -1;
    for (int32_t k = c0; k < c1; k++) {
        if (x->qid[k] >= 0)
            return c1;
        if (tok_is(d, k, ",") || is_dash(d, k) || tok_is(d, k, "--") ||
            tok_is(d, k, ";") || fold_is(x, k, stop, 5))
            return v >= 0 && k > c0 ? k : c1;
        if (en_finite(x, k)) {
            if (v >= 0 && k > v + 1 && !en_finite(x, k - 1))
                return k; /* the main clause's verb */
            v = k;
        }
    }
    return c1;
}

/* English: does a phrase with a preposition start at k ("at the
 * hearing", "during the visit") and end at a comma followed by a finite
 * verb (", were paid", ", had cut")?  Returns the comma, or -1. */
static int32_t
en_adjunct_comma(ctx *x, int32_t k, int32_t s1)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || k + 2 >= s1 || x->qid[k] >= 0 ||
        !ws_tok_is_word(d, k) || is_cap(d, k) ||
        !(lexclass(x, x->L.skip, k) & K_PREP))
        return -1;
    int32_t r = skip_adv_fwd(x, np_right(x, k + 1, s1), s1);
    if (r > k + 1 && r + 1 < s1 && tok_is(d, r, ",") && x->qid[r + 1] < 0 &&
        (en_finite(x, r + 1) || en_past_form(x, r + 1)))
        return r;
    return -1;
}

/* English: is the quantifier at k the whole subject of the verb after
 * it ("All agreed that ...", "Some believe the ...", "..., but many
 * warned ...")?  It opens its clause: the sentence starts there, or a
 * comma, a conjunction or a semicolon comes before. */
static int
en_quant_subject(ctx *x, int32_t k, int32_t s0)
{
    static const char *const q[] = {"all",  "both",   "some",    "many",
                                    "most", "few",    "several", "others",
                                    "none", "either", "neither"};
    static const char *const conj[] = {"and", "but", "or", "yet", "while"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || x->qid[k] >= 0 ||
        !fold_is(x, k, q, sizeof q / sizeof *q))
        return 0;
    return k == s0 || tok_is(d, k - 1, ",") || tok_is(d, k - 1, ";") ||
           fold_is(x, k - 1, conj, sizeof conj / sizeof *conj);
}

/* English: the start of what was said after a verb that tells someone
 * (at p), its complement starting at t with no complementizer: past the
 * addressee and a time phrase, a question word ("told the panel how
 * ...", "told us why ...") or a clause with a pronoun subject and a
 * finite verb ("told the committee he would resign").  Returns t when
 * there is no such clause (the object is the content). */
static int32_t
en_after_addressee(ctx *x, int32_t p, int32_t t, int32_t s1)
{
    /* not "who", "where", "when", "if": they also open a relative or
     * adverbial clause ("told a voter who ...", "tell the police when
     * ...") */
    static const char *const wh[] = {"how", "why", "whether", "what"};
    /* an object that a pronoun clause may qualify ("tell them anything
     * it does not know") */
    static const char *const thing[] = {"anything", "something", "everything",
                                        "nothing",  "all",       "much"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || !en_tell_verb(x, p) || t >= s1 || x->qid[t] >= 0 ||
        fold_is(x, t, wh, sizeof wh / sizeof *wh))
        return t;
    /* the addressee and a time phrase: words of no verb, clause or
     * infinitive, up to the first question word or subject pronoun */
    for (int32_t r = t + 1; r < s1 && r <= t + 10; r++) {
        if (x->qid[r] >= 0 ||
            fold_is(x, r, thing, sizeof thing / sizeof *thing))
            return t;
        if (fold_is(x, r, wh, sizeof wh / sizeof *wh))
            return is_cap(d, r) ? t : r;
        if (en_nom_pron(x, r)) {
            for (int32_t v = r + 1; v < s1 && v <= r + 3; v++) {
                if (en_finite(x, v))
                    return r;
                if (!is_ly_adv(x, v) && !tok_is(d, v, "also") &&
                    !tok_is(d, v, "still") && !tok_is(d, v, "never"))
                    break;
            }
            return t;
        }
        if (!ws_tok_is_word(d, r) && !tok_is(d, r, "'s") &&
            !tok_is(d, r, "\xe2\x80\x99s") && !tok_is(d, r, "-"))
            return t;
        if (en_finite(x, r) || tok_is(d, r, "to") || tok_is(d, r, "that") ||
            x->cuelen[r] || en_participle(x, r) ||
            (lexclass(x, x->L.skip, r) & (K_SUB | K_STOP)))
            return t;
    }
    return t;
}

/* English: is the "that" at comp, found after the cue at p with its
 * complement starting at t, something else than the complementizer of
 * the cue's content clause?  Returns 1 for a relative pronoun after the
 * cue's object ("attacked loopholes that benefit others", "believed the
 * polls that showed ..."): the object and its relative clause are the
 * content; 2 for a determiner or pronoun after a verb of acts that takes
 * no clause ("rejected that argument in a ruling"); 0 otherwise. */
static int
en_that_kind(ctx *x, int32_t p, unsigned attr, int32_t t, int32_t comp,
             int32_t s1)
{
    static const char *const preps[] = {
        "in",      "at",   "on",     "during", "via",   "through", "after",
        "before",  "to",   "with",   "from",   "by",    "over",    "amid",
        "outside", "late", "early",  "last",   "this",  "earlier", "on",
        "under",   "for",  "inside", "while",  "again", "when",    "as"};
    ws_doc *d = x->d;
    int rl;
    if (!lang_is(x, "en") || !tok_is(d, comp, "that"))
        return 0;
    if (comp == t) {
        /* "said that was not the plan": a verb right after "that" makes
         * it the content's demonstrative subject, not a complementizer
         * (a complementizer's clause opens with its own subject) */
        if ((attr & C_SAY) && comp + 1 < s1 &&
            (en_aux(x, comp + 1) || en_does_did(x, comp + 1)))
            return 1;
        /* "rejected that argument", "declined that assignment": a
         * singular noun after "that" and the phrase ends */
        if (!(attr & (C_ACT | C_SAY)) || comp + 2 > s1 ||
            (!(attr & C_ACT) && x->cueval[p] &&
             vhas(x, x->cueval[p], VW_QUOTE)))
            return 0;
        int32_t n = comp + 1;
        if (!ws_tok_is_word(d, n) || is_cap(d, n) || x->qid[n] >= 0 ||
            is_det(x, n) || pron_gender(x, n, &rl) ||
            lexclass(x, x->L.skip, n) || ends_plural(x, n) || x->cuelen[n])
            return 0;
        int32_t k = n + 1;
        if (k >= s1 || is_clause_punct(d, k) || ws_tok_is_final(d, k) ||
            is_dash(d, k) ||
            fold_is(x, k, preps, sizeof preps / sizeof *preps) ||
            (lexclass(x, x->L.skip, k) & (K_PREP | K_SUB | K_STOP | K_CONJ)) ||
            tok_is(d, k, "and") || tok_is(d, k, "but") || tok_is(d, k, "or")) {
            /* a speech verb's "that" opens a clause unless no finite
             * verb follows in it ("admitted that mistake on Monday", not
             * "admitted that growth in May was slow") */
            if ((attr & C_SAY) && en_finite_in(x, k, clause_end(x, k, 0)))
                return 0;
            return 2;
        }
        return 0;
    }
    /* "argues they hold the view that ...": a clause without "that"
     * opens right after the verb (a subject pronoun, then its verb); the
     * "that" further on is inside it */
    if ((attr & C_SAY) && comp > t + 1 && en_nom_pron(x, t) &&
        !en_tell_verb(x, p))
        return 1;
    /* words between the cue and "that": an object noun phrase (with a
     * lower-case word) is the antecedent of a relative clause, unless
     * the verb tells someone (not over a preposition of the cue's:
     * "warned against the fees that ...") or the words are an adverbial */
    if ((en_tell_verb(x, p) &&
         !(t - 1 > p && (lexclass(x, x->L.skip, t - 1) & K_PREP))) ||
        fold_is(x, t, preps, sizeof preps / sizeof *preps) ||
        (lexclass(x, x->L.skip, t) & (K_PREP | K_TIME | K_SUB | K_STOP)) ||
        (t > p + 1 && en_phrase_participle(x, t, p + 1)))
        return 0;
    /* nouns whose "that" opens what was said (class saidnoun of
     * stance-skip.tsv): "warnings from his lawyer that ...", "the claim
     * that ..." */
    int lower = 0;
    for (int32_t k = t; k < comp; k++) {
        /* the hyphen inside a compound ("the low-cost loans
         * that ...", "its long-term plans that ...") */
        if (k > t && k + 1 < comp && tok_is(d, k, "-") &&
            ws_tok_is_word(d, k - 1) && ws_tok_is_word(d, k + 1) &&
            !space_before(d, k, t) && !space_after(d, k, comp))
            continue;
        if (x->qid[k] >= 0 || !ws_tok_is_word(d, k) || x->cuelen[k])
            return 0;
        if (skip_has(x, k, K_SAIDN))
            return 0;
        if (!is_cap(d, k) && !pron_gender(x, k, &rl) &&
            !(lexclass(x, x->L.skip, k) & (K_ADV | K_TIME)) && !is_ly_adv(x, k))
            lower = 1;
    }
    return lower;
}

/* English: where the content of an act or intent verb in a relative
 * clause without "that" on the sentence's opening noun phrase ends
 * ("The reason the mayor refuses to release the report may be ...",
 * "The plan the council wants to adopt would double the fee"): before
 * the main clause's auxiliary or copula, the first one after the
 * content's start that no pronoun, "to" or relative word stands before.
 * The opening phrase is an article or "one", "another" and a plain noun
 * ("This week the mayor vowed ..." has no relative clause) and the
 * subject right after it a determiner's phrase or a name.  c1 when the
 * sentence is otherwise. */
static int32_t
en_contact_relative_end(ctx *x, int32_t left_end, int32_t s0, int32_t c0,
                        int32_t c1)
{
    static const char *const inner[] = {"who", "which", "that", "whom", "he",
                                        "she", "they",  "we",   "i",    "you",
                                        "it",  "to",    "there"};
    static const char *const open[] = {"the", "a", "an", "one", "another"};
    ws_doc *d = x->d;
    /* the tests that read neither the phrase nor its start first, the
     * cut they find the only answer but c1: the opening word, then the
     * auxiliary (np_left, asked last, was most of the rule's time: 3.7k
     * calls per MB of English, three in five of them no such sentence) */
    if (!lang_is(x, "en") || x->qid[left_end] >= 0 ||
        !fold_is(x, s0, open, sizeof open / sizeof *open))
        return c1;
    int32_t cut = c1;
    for (int32_t k = c0 + 1; k < c1; k++) {
        if (x->qid[k] >= 0 || tok_is(d, k, ",") || tok_is(d, k, ";"))
            return c1;
        if (en_aux(x, k) && !is_cap(d, k) &&
            !fold_is(x, k - 1, inner, sizeof inner / sizeof *inner)) {
            cut = k;
            break;
        }
    }
    if (cut == c1)
        return c1;
    int32_t a = np_left(x, left_end, s0);
    if (a < s0 + 2 || x->qid[a] >= 0 || !(is_det(x, a) || is_cap(d, a)) ||
        pron_gender_simple(x, a))
        return c1;
    int32_t h = a - 1;
    if (h - 1 > s0 && tok_is(d, h, "that"))
        h--; /* "the reason that the mayor refuses ..." */
    if (x->qid[h] >= 0 || !plain_word(x, h) || is_cap(d, h) ||
        (lexclass(x, x->L.skip, h) &
         (K_PREP | K_CONJ | K_SUB | K_STOP | K_DET | K_ADV | K_TIME)))
        return c1;
    /* ("One of the reasons the mayor ...": words with no verb) */
    for (int32_t k = s0; k <= h; k++)
        if (x->qid[k] >= 0 || x->cuelen[k] || !ws_tok_is_word(d, k) ||
            en_finite(x, k) || en_past_form(x, k) || pron_gender_simple(x, k))
            return c1;
    return cut;
}

/* English: is the -ed word at k, between a determiner and a plain word
 * before r, a modifier of the noun after it ("the retired pilots", "an
 * injured crew") rather than a verb? */
static int
en_det_ed_modifier(ctx *x, int32_t k, int32_t r)
{
    ws_doc *d = x->d;
    size_t fl;
    if (k < 1 || k + 1 >= r || !is_det(x, k - 1) || is_cap(d, k) ||
        x->qid[k - 1] >= 0 || x->qid[k + 1] >= 0 || !plain_word(x, k + 1) ||
        lexclass(x, x->L.skip, k + 1) || en_past_form(x, k + 1))
        return 0;
    const char *f = tok_fold(x, k, &fl);
    return fl > 4 && f[fl - 2] == 'e' && f[fl - 1] == 'd';
}

/* English: an act in a relative clause on the subject ("Critics who
 * opposed the plan were proved wrong"): the relative pronoun at rel
 * before the cue; the act's object [c0, c1) ends before the main
 * clause's finite auxiliary or modal.  An auxiliary after a relative or
 * subject pronoun or "to" belongs to an inner clause ("the tax that was
 * introduced"); a comma or a conjunction left before the cut goes.
 * Returns the new end (c1 when no auxiliary follows the object). */
static int32_t
en_relative_act_end(ctx *x, int32_t rel, int32_t s0, int32_t c0, int32_t c1)
{
    static const char *const relp[] = {"who", "which", "that"};
    static const char *const inner[] = {"who", "which", "that", "whom",
                                        "he",  "she",   "they", "we",
                                        "i",   "you",   "it",   "to"};
    static const char *const do_forms[] = {"does", "did", "do", "don't"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || rel <= s0 || x->qid[rel] >= 0 ||
        !fold_is(x, rel, relp, sizeof relp / sizeof *relp) ||
        !(ws_tok_is_word(d, rel - 1) ||
          (tok_is(d, rel - 1, ",") && !tok_is(d, rel, "that"))) ||
        x->qid[rel - 1] >= 0)
        return c1;
    static const char *const then_adv[] = {"also",  "later", "then",
                                           "soon",  "since", "eventually",
                                           "still", "never"};
    for (int32_t k = c0 + 1; k < c1; k++) {
        if (x->qid[k] >= 0)
            return c1;
        /* the main clause's verb of speech before its content clause, past
         * adverbs before it, after a noun ("Residents who backed the
         * bypass now say the traffic ...") */
        if (x->cuelen[k] && (x->cueattr[k] & C_SAY) && !is_cap(d, k) &&
            (tok_is(d, k + x->cuelen[k], "that") ||
             en_clause_opens(x, k + x->cuelen[k], sent_t1(x, k)))) {
            int32_t e = k;
            while (e > c0 + 1 && x->qid[e - 1] < 0 &&
                   ((lexclass(x, x->L.skip, e - 1) & (K_ADV | K_TIME)) ||
                    is_ly_adv(x, e - 1)))
                e--;
            if (e > c0 + 1 && ws_tok_is_word(d, e - 1) && x->qid[e - 1] < 0 &&
                !is_det(x, e - 1) && !lexclass(x, x->L.skip, e - 1) &&
                !fold_is(x, e - 1, inner, sizeof inner / sizeof *inner))
                return e;
        }
        /* an adverb of sequence and a past form: the main clause's
         * predicate ("the treaty, which banned the mines also came
         * with ...") */
        int seq = k + 1 < c1 && !is_cap(d, k) && x->qid[k + 1] < 0 &&
                  fold_is(x, k, then_adv, sizeof then_adv / sizeof *then_adv) &&
                  en_past_form(x, k + 1) &&
                  (k + 2 >= c1 || !tok_is(d, k + 2, "by"));
        if (!seq &&
            (is_cap(d, k) ||
             !(en_aux(x, k) ||
               fold_is(x, k, do_forms, sizeof do_forms / sizeof *do_forms)) ||
             fold_is(x, k - 1, inner, sizeof inner / sizeof *inner)))
            continue;
        int32_t e = k;
        while (e > c0 && (tok_is(d, e - 1, ",") || tok_is(d, e - 1, "and") ||
                          tok_is(d, e - 1, "or") || tok_is(d, e - 1, "but")))
            e--;
        return e;
    }
    /* no auxiliary: "Nations that oppose the tariff met on Monday" -- the
     * main clause's predicate is the last past form right after a noun
     * (or a time word) of the object, when what stands before the
     * relative is a short phrase with no verb: the relative clause is on
     * the subject, so the sentence needs its verb after it */
    if (rel - s0 > 6 || c1 - c0 < 3)
        return c1;
    for (int32_t k = s0; k < rel; k++)
        if (x->qid[k] >= 0 || x->cuelen[k] ||
            ((en_finite(x, k) || en_past_form(x, k)) &&
             !en_det_ed_modifier(x, k, rel)) ||
            !(ws_tok_is_word(d, k) || en_poss_clitic(d, k) ||
              tok_is(d, k, "-")))
            return c1;
    for (int32_t k = c1 - 1; k >= c0 + 2; k--) {
        if (!en_past_form(x, k) || is_cap(d, k) || x->qid[k] >= 0 ||
            !ws_tok_is_word(d, k - 1) || x->qid[k - 1] >= 0 ||
            is_det(x, k - 1) ||
            fold_is(x, k - 1, inner, sizeof inner / sizeof *inner) ||
            (k + 1 < c1 && tok_is(d, k + 1, "by")))
            continue;
        unsigned lc = lexclass(x, x->L.skip, k - 1);
        if ((lc && !(lc & K_TIME)) || is_ly_adv(x, k - 1) ||
            en_past_form(x, k - 1))
            continue;
        return k;
    }
    return c1;
}

/* English: the document noun before the time words or the short
 * "from", "on" or "in" phrase that ends at h, right before a relative
 * "that" and its speech verb ("a letter from her doctor that says ...",
 * "a statement Friday that said ..."), or -1. */
static int32_t
en_doc_before_adjunct(ctx *x, int32_t h, int32_t s0)
{
    static const char *const prep[] = {"from", "on", "in"};
    ws_doc *d = x->d;
    int32_t k = h;
    while (k > s0 && k > h - 3 && x->qid[k] < 0 &&
           (lexclass(x, x->L.skip, k) & K_TIME))
        k--;
    if (k == h) {
        /* a short prepositional phrase: "from her doctor" */
        for (int32_t j = h - 1; j > s0 && j >= h - 5; j--) {
            if (x->qid[j] >= 0 || !ws_tok_is_word(d, j) || x->cuelen[j])
                return -1;
            if (fold_is(x, j, prep, sizeof prep / sizeof *prep)) {
                k = j - 1;
                break;
            }
        }
        if (k == h)
            return -1;
    }
    if (k <= s0 || x->qid[k] >= 0 || x->cuelen[k] ||
        !(lexclass(x, x->L.cues, k) & C_DOC))
        return -1;
    return k;
}

/* English: "the cities that support the rules", "a group that opposes
 * the plan": a subject relative "that" before the cue at left_end + 1
 * (after adverbs); the speaker is its antecedent with the pronoun
 * when that names a source.
 * Sets [*sa, *sb) and returns 1 when found. */
static int
en_that_subject(ctx *x, int32_t left_end, int32_t s0, int32_t *sa, int32_t *sb)
{
    ws_doc *d = x->d;
    int rl;
    if (!lang_is(x, "en") || left_end <= s0 || !tok_is(d, left_end, "that") ||
        x->qid[left_end] >= 0)
        return 0;
    int32_t h = left_end - 1;
    int32_t hd = en_doc_before_adjunct(x, h, s0);
    if (hd >= 0) {
        int32_t ad = np_left(x, hd, s0);
        if (ad < 0)
            return 0;
        *sa = ad;
        *sb = hd + 1;
        return 1;
    }
    int32_t a = np_left(x, h, s0);
    /* a document noun of the cues ("a letter that says ...") speaks */
    int doc = !x->cuelen[h] && (lexclass(x, x->L.cues, h) & C_DOC);
    if (a < 0 || x->cuelen[h] || pron_gender(x, h, &rl))
        return 0;
    /* a source: a name, a speaker noun or people ("the groups"), not "a
     * problem that demands ..." */
    if (!(is_cap(d, h) || x->ent[h] >= 0 || lexclass(x, x->L.spk, h) ||
          ends_plural(x, h) || doc))
        return 0;
    *sa = a;
    *sb = left_end + 1;
    return 1;
}

/* English: "Farmers who sued the agency welcomed the verdict": the noun
 * phrase [*sa, *sb) before an act verb is the object of a subject
 * relative clause ("who", "which" or "that" and its verb, a few tokens
 * back); the speaker is the relative's antecedent, a short phrase with
 * no verb opening the sentence.  Bounded: the pronoun at most
 * RELSUBJ_MAX tokens before the phrase, the antecedent at most
 * RELSUBJ_MAX tokens long. */
#define RELSUBJ_MAX 6
static void
en_relative_on_subject(ctx *x, int32_t s0, int say, int32_t *sa, int32_t *sb)
{
    static const char *const relp[] = {"who", "which", "that"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    int32_t r = -1, cue = -1;
    for (int32_t k = *sa - 1; k > s0 && k >= *sa - RELSUBJ_MAX; k--) {
        if (x->qid[k] >= 0 || !ws_tok_is_word(d, k))
            return;
        if (x->cuelen[k])
            cue = k;
        if (fold_is(x, k, relp, sizeof relp / sizeof *relp)) {
            r = k;
            break;
        }
    }
    /* a subject relative: its own verb right after the pronoun ("that
     * fought", not "that the board"), with no other cue before the
     * object */
    int rl;
    if (r < 0 || r + 1 >= *sa || (cue >= 0 && cue > r + 1) ||
        is_cap(d, r + 1) || is_det(x, r + 1) || pron_gender(x, r + 1, &rl) ||
        (lexclass(x, x->L.skip, r + 1) & (K_PREP | K_SUB | K_CONJ)))
        return;
    if (r - s0 > RELSUBJ_MAX || !ws_tok_is_word(d, r - 1))
        return;
    /* before a verb of speech, whose subject may follow an object
     * relative's pronoun ("The plan that critics say ..."), the word after
     * the pronoun is a verb: a finite or past form, a cue, or a plain
     * plural present, no word in -s ("who live near", "that backed") */
    if (say &&
        !(en_finite(x, r + 1) || en_past_form(x, r + 1) || x->cuelen[r + 1])) {
        size_t n;
        const char *f = tok_fold(x, r + 1, &n);
        if (n < 2 || f[n - 1] == 's' || lexclass(x, x->L.skip, r + 1))
            return;
    }
    for (int32_t k = s0; k < r; k++)
        if (x->qid[k] >= 0 || x->cuelen[k] || en_finite(x, k) ||
            en_past_form(x, k) ||
            !(ws_tok_is_word(d, k) || en_poss_clitic(d, k) ||
              tok_is(d, k, "-")))
            return;
    int32_t a = np_left(x, r - 1, s0);
    if (a != s0)
        return;
    *sa = a;
    *sb = r;
}

/* English: where the subject of a passive act verb with a "by" agent
 * starts when the noun phrase rules find none before e ("The talks about
 * pooling arms orders are backed by ...", "Of the nine judges, five were
 * named by ..."): after the last comma, semicolon or dash before e in its
 * clause (at most CLAUSE_MAX tokens back), or the sentence start; -1 when
 * a quote, a cue or a relative or subordinating word stands in between. */
static int32_t
en_passive_clause_start(ctx *x, int32_t e, int32_t s0)
{
    ws_doc *d = x->d;
    int32_t k = e - 1;
    for (; k >= s0 && k >= e - CLAUSE_MAX; k--) {
        if (tok_is(d, k, ",") || tok_is(d, k, ";") || is_dash(d, k))
            break;
        if (x->qid[k] >= 0 || (x->cuelen[k] && is_speech_cue(x->cueattr[k])) ||
            tok_is(d, k, "that") ||
            (lexclass(x, x->L.skip, k) & (K_SUB | K_CONJ | K_STOP)))
            return -1;
    }
    if (k < s0 - 1 || (k >= s0 && k < e - CLAUSE_MAX))
        return -1;
    int32_t a = k + 1;
    return a < e && ws_tok_is_word(d, a) ? a : -1;
}

/* English passive attribution: "The plan was criticized by the unions",
 * "Turnout is expected to rise", "He was accused of fraud", "The bill
 * has been endorsed by the board".  The cue at p is a participle after a
 * form of "be" (adverbs and auxiliaries between); what the act is about
 * is the subject, with the complement ("to rise", "of fraud"); the source
 * is the "by" phrase, or none.  Makes the statement and returns 1, or
 * returns 0 (not such a passive). */
/* English: the head of a subject whose noun phrase [sa, ...) is the
 * object of "of" ("The cost of the new bridge was criticized by ...",
 * "the fate of the treaty"): the phrase before "of", up to two links
 * back; sa when none. */
static int32_t
en_of_head(ctx *x, int32_t sa, int32_t s0)
{
    for (int i = 0; i < 2 && sa - 2 >= s0 && tok_is(x->d, sa - 1, "of") &&
                    x->qid[sa - 2] < 0 && !is_cap(x->d, sa - 2);
         i++) {
        int32_t h = np_left(x, sa - 2, s0);
        if (h < 0 || h >= sa - 1 || !is_det(x, h))
            break;
        sa = h;
    }
    return sa;
}

/* English: the "by" of a passive after an adverb or a time phrase between
 * it and the participle ("condemned sharply by", "denounced on Monday by",
 * "rejected last week by"): its token, or k when none stands there. */
static int32_t
en_adjunct_before_by(ctx *x, int32_t k, int32_t s1)
{
    ws_doc *d = x->d;
    int32_t j = k;
    while (j < s1 && j < k + 3 && ws_tok_is_word(d, j) && x->qid[j] < 0 &&
           !tok_is(d, j, "by") &&
           (is_ly_adv(x, j) || (lexclass(x, x->L.skip, j) & K_TIME) ||
            tok_is(d, j, "on") || tok_is(d, j, "last") || tok_is(d, j, "this")))
        j++;
    return j > k && j < s1 && tok_is(d, j, "by") ? j : k;
}

/* English: a passive verb of reporting or perceiving with a speech
 * participle after it ("The mayor was quoted as saying the bridge would
 * reopen", "The minister was heard saying that taxes would rise"): an
 * indirect statement of the passive's subject, its content the clause
 * after the participle.  p is the passive participle or the speech
 * participle.  Makes the statement and returns 1; returns 1 with none
 * when the participle already attributes a quotation, 0 when the rule
 * does not apply. */
static int
en_passive_saying(ctx *x, int32_t p, int32_t s0, int32_t s1)
{
    ws_doc *d = x->d;
    int32_t v = -1, sa, sb, pp;
    if (x->cuelen[p] == 1 && (x->cueattr[p] & C_SAY) &&
        en_passive_saying_subject(x, p, s0, &sb, &pp) >= 0)
        v = p;
    else if (p + 2 < s1 && ws_tok_is_word(d, p + 1))
        /* the passive participle: the speech participle a few words on */
        for (int32_t k = p + 1; k < s1 && k <= p + 8; k++) {
            if (!ws_tok_is_word(d, k) || x->qid[k] >= 0)
                break;
            if (x->cuelen[k] == 1 && (x->cueattr[k] & C_SAY) &&
                en_passive_saying_subject(x, k, s0, &sb, &pp) >= 0 && pp == p) {
                v = k;
                break;
            }
        }
    if (v < 0)
        return 0;
    if (x->cueused[v])
        return 1;
    sa = en_passive_saying_subject(x, v, s0, &sb, &pp);
    int32_t c0 = v + 1;
    unsigned ka, kg;
    /* "heard shouting to the guards that ...": a phrase of whom it was
     * said to before the complementizer */
    if (c0 < s1 && ws_tok_is_word(d, c0) && !is_cap(d, c0) &&
        (lexclass(x, x->L.skip, c0) & K_PREP))
        for (int32_t k = c0 + 1; k < s1 && k <= c0 + 6; k++) {
            if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 || en_finite(x, k))
                break;
            if (cue_at(x, k, &ka, &kg) && (ka & C_COMP)) {
                c0 = k;
                break;
            }
        }
    if (c0 < s1 && cue_at(x, c0, &ka, &kg) && (ka & C_COMP))
        c0 += x->cuelen[c0];
    if (c0 >= s1 || x->qid[c0] >= 0 || !ws_tok_is_word(d, c0))
        return 0;
    int32_t c1 = clause_end(x, c0, 0);
    if (c1 <= c0 + 1)
        return 0;
    ws_statement *st = new_statement(x, WS_INDIRECT);
    if (st == NULL)
        return 1;
    /* the cue: "quoted as saying"; the participle alone after a verb of
     * perceiving ("heard saying") or a phrase between */
    st->cue = v == pp + 2 && tok_is(d, pp + 1, "as") ? tok_span(x, pp, v + 1)
                                                     : tok_span(x, v, v + 1);
    x->cueused[v] = 1;
    x->cueused[pp] = 1;
    set_speaker(x, st, sa, sb, x->cueg[v], v);
    if (mark_mixed(x, c0, c1))
        st->kind = WS_MIXED;
    add_content(x, st, c0, c1);
    return 1;
}

static int en_all_caps(ctx *x, int32_t i);

static int
en_passive(ctx *x, int32_t p, int m, int32_t s0, int32_t s1)
{
    static const char *const be[] = {"is",    "are", "was",
                                     "were",  "be",  "been",
                                     "being", "'s",  "\xe2\x80\x99s"};
    static const char *const irregular[] = {"thought", "seen",  "told",
                                            "said",    "known", "held"};
    /* what stands between "be" and the participle, and before "be" */
    static const char *const mods[] = {
        "has",   "have",   "had",   "will",   "would",   "could", "can",
        "may",   "might",  "must",  "should", "not",     "n't",   "also",
        "often", "widely", "first", "long",   "already", "never", "sometimes",
        "once",  "again",  "even",  "still",  "later",   "twice", "ever"};
    /* the full forms of "be" (not a clitic 's) */
    static const char *const be_full[] = {"being", "been", "is", "are",
                                          "was",   "were", "be"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || m != 1 || p <= s0)
        return 0;
    /* "was quoted as saying ...", "was heard saying ..." */
    if (en_passive_saying(x, p, s0, s1))
        return 1;
    size_t n;
    const char *f = tok_fold(x, p, &n);
    if (!((n > 3 && f[n - 2] == 'e' && f[n - 1] == 'd') ||
          fold_is(x, p, irregular, sizeof irregular / sizeof *irregular)))
        return 0;
    /* "protested by walking out", "objected by blocking the road": "by"
     * and a gerund with its object or particle is the manner of an active
     * verb, no agent */
    if (p + 2 < s1 && tok_is(d, p + 1, "by") && en_by_gerund(x, p + 2))
        return 0;
    /* the form of "be" before, over adverbs */
    int32_t j = p - 1;
    while (j > s0 && j > p - 4 &&
           (is_ly_adv(x, j) || fold_is(x, j, mods, sizeof mods / sizeof *mods)))
        j--;
    int32_t e = j;
    int reduced = 0;
    /* "When pressed by the host about ...": a participle after a
     * subordinator, its agent the source; what it is about, to the
     * clause's comma, the content */
    static const char *const subp[] = {"when",  "if",    "unless", "once",
                                       "after", "until", "while",  "as"};
    if (j == p - 1 && p + 2 < s1 && tok_is(d, p + 1, "by") &&
        fold_is(x, j, subp, sizeof subp / sizeof *subp)) {
        int32_t b0 = p + 2, b1 = np_right(x, b0, s1);
        if (b1 <= b0)
            return 0;
        int32_t c1 = b1;
        while (c1 < s1 && c1 < b1 + CLAUSE_MAX && !tok_is(d, c1, ",") &&
               !ws_tok_is_final(d, c1) && x->qid[c1] < 0)
            c1++;
        if (c1 >= s1 || !tok_is(d, c1, ","))
            return 0;
        ws_statement *st = new_statement(x, WS_REPORTED);
        if (st == NULL)
            return 1;
        st->cue = tok_span(x, p, b0);
        x->cueused[p] = 1;
        set_speaker(x, st, b0, b1, 0, p);
        if (c1 > b1)
            add_content(x, st, b1, c1);
        return 1;
    }
    if (!fold_is(x, j, be, sizeof be / sizeof *be)) {
        /* a participle after its noun: "a view echoed by many", "a
         * coalition backed by the West" */
        /* (also a plural noun opening the sentence, capitalised there
         * only: "Tariffs imposed by the state hurt farmers") */
        int rl0;
        int first = j == s0 && is_cap(d, j) && x->ent[j] < 0 &&
                    ws_tok_is_word(d, j) && x->qid[j] < 0 && !x->cuelen[j] &&
                    !en_all_caps(x, j) && !pron_gender(x, j, &rl0) &&
                    !lexclass(x, x->L.skip, j) && ends_plural(x, j);
        if (!(j == p - 1 && p + 1 < s1 && tok_is(d, p + 1, "by") &&
              ((plain_word(x, j) && !is_cap(d, j)) || first) &&
              !pron_gender_simple(x, j) && !lexclass(x, x->L.skip, j)))
            return 0;
        e = p;
        j = p;
        reduced = 1 + first;
    }
    /* the auxiliaries before it; the subject ends before them */
    while (e - 1 > s0 && e > j - 4 &&
           (fold_is(x, e - 1, mods, sizeof mods / sizeof *mods) ||
            fold_is(x, e - 1, be_full, sizeof be_full / sizeof *be_full) ||
            is_ly_adv(x, e - 1)))
        e--;
    /* "is likely to be approved by", "are unlikely to be backed by": the
     * subject stands before the adjective of likelihood and its form of
     * "be" */
    static const char *const likely[] = {"likely", "unlikely", "certain",
                                         "sure"};
    if (!reduced && e - 3 > s0 && tok_is(d, e - 1, "to") &&
        fold_is(x, e - 2, likely, sizeof likely / sizeof *likely) &&
        fold_is(x, e - 3, be_full, sizeof be_full / sizeof *be_full)) {
        e -= 3;
        while (e - 1 > s0 &&
               (fold_is(x, e - 1, mods, sizeof mods / sizeof *mods) ||
                is_ly_adv(x, e - 1)))
            e--;
    }
    /* "The plan, however, was backed by ...": a sentence adverb between
     * commas stands between the subject and the verb */
    if (e - 3 > s0 && tok_is(d, e - 1, ",") && tok_is(d, e - 3, ",") &&
        (is_ly_adv(x, e - 2) ||
         (lexclass(x, x->L.skip, e - 2) & (K_ADV | K_TIME))))
        e -= 3;
    /* a cue word ends the subject only as a noun after its determiner
     * ("The plan was criticized by ...", "the report was welcomed") */
    if (e - 1 < s0 || x->qid[e - 1] >= 0 ||
        (x->cuelen[e - 1] &&
         !(e - 2 >= s0 && (is_det(x, e - 2) || plain_word(x, e - 2)))))
        return 0;
    static const char *const sub[] = {"when",   "if",      "although",
                                      "though", "while",   "because",
                                      "since",  "whether", "once"};
    int rl;
    int32_t sa = reduced == 2 ? s0 : np_left(x, e - 1, s0);
    if (sa < 0 && x->cuelen[e - 1] && e - 2 >= s0) {
        /* a noun that is also a cue word: "The (budget) plan was ..." */
        if (is_det(x, e - 2))
            sa = e - 2;
        else if (plain_word(x, e - 2) && !x->cuelen[e - 2])
            sa = np_left(x, e - 2, s0);
    }
    if (sa < 0 && !reduced && p + 2 < s1 && tok_is(d, p + 1, "by"))
        sa = en_passive_clause_start(x, e, s0);
    if (sa >= 0 && !reduced)
        sa = en_of_head(x, sa, s0);
    if (sa < 0 || (pron_gender(x, e - 1, &rl) && rl) ||
        (lexclass(x, x->L.skip, e - 1) & (K_ADV | K_TIME)))
        return 0;
    /* "When terrorists are ...": the subordinator is no part of it */
    while (sa < e - 1 && fold_is(x, sa, sub, sizeof sub / sizeof *sub))
        sa++;
    /* the subject opens its clause */
    if (!reduced && sa > s0 && !is_clause_punct(d, sa - 1) &&
        !is_dash(d, sa - 1) &&
        !(lexclass(x, x->L.skip, sa - 1) &
          (K_CONJ | K_SUB | K_STOP | K_ADV | K_TIME)) &&
        !tok_is(d, sa - 1, "and") && !tok_is(d, sa - 1, "but") &&
        !fold_is(x, sa - 1, sub, sizeof sub / sizeof *sub) &&
        !tok_is(d, sa - 1, "that"))
        return 0;
    static const char *const wh[] = {"how", "whether", "why", "what", "where"};
    int32_t k = en_adjunct_before_by(x, p + 1, s1), a0 = -1, a1 = -1, c0 = -1,
            c1 = -1;
    int by_late = 0;
    /* a verb listed "agent" (below): its "by" phrase may follow a phrase
     * of the verb's own in the same clause ("was charged with fraud by
     * prosecutors") */
    if (k < s1 && !tok_is(d, k, "by") && x->cueval[p] &&
        vhas(x, x->cueval[p], VW_AGENT)) {
        int32_t b = k;
        while (b < s1 && b < k + 6 && ws_tok_is_word(d, b) && x->qid[b] < 0 &&
               !tok_is(d, b, "by"))
            b++;
        if (b + 1 < s1 && b < k + 6 && tok_is(d, b, "by")) {
            k = b;
            by_late = 1;
        }
    }
    if (k < s1 && tok_is(d, k, "by")) {
        a0 = k + 1;
        a1 = np_right(x, a0, s1);
        if (a1 <= a0 && a0 < s1 && ws_tok_is_word(d, a0) && x->qid[a0] < 0)
            a1 = a0 + 1; /* "by dozens of papers": its head word */
        if (a1 <= a0 && a0 + 1 < s1 && (d->tokens.v[a0].flags & WS_TOK_NUM)) {
            /* "by 42 percent of voters": a number, its unit and the
             * group it counts */
            a1 = a0 + 1;
            if (a1 < s1 && (tok_is(d, a1, "percent") || tok_is(d, a1, "%") ||
                            tok_is(d, a1, "per")))
                a1++;
            if (a1 + 1 < s1 && tok_is(d, a1, "of")) {
                int32_t a2 = np_right(x, a1 + 1, s1);
                if (a2 > a1 + 1)
                    a1 = a2;
            }
        }
        /* "Fees set by the board hurt farmers": after a participle on
         * the sentence's opening noun the main clause's verb follows
         * the agent, no word of it (a verb whose past is its base, or
         * a finite one) */
        for (int32_t v = a0 + 1; reduced == 2 && v < a1; v++)
            if (x->qid[v] < 0 && !is_cap(d, v) &&
                (en_finite(x, v) ||
                 fold_is(x, v, en_base_pasts,
                         sizeof en_base_pasts / sizeof *en_base_pasts))) {
                a1 = v;
                break;
            }
        if (a1 <= a0)
            return 0;
    } else if (k + 1 < s1 && (tok_is(d, k, "to") || tok_is(d, k, "of") ||
                              tok_is(d, k, "for") || tok_is(d, k, "as"))) {
        if (tok_is(d, k, "as") && tok_is(d, k + 1, "well"))
            return 0; /* "as well as" */
        c0 = tok_is(d, k, "for") || tok_is(d, k, "to") ? k : k + 1;
        /* an infinitive is a clause ("to come before the deadline") */
        c1 = clause_end(x, c0, !tok_is(d, k, "to"));
        if (c1 <= c0)
            return 0;
    } else if (k + 1 < s1 && fold_is(x, k, wh, sizeof wh / sizeof *wh)) {
        /* "was asked how the war would end": the question asked */
        c0 = k;
        c1 = clause_end(x, c0, 0);
        if (c1 <= c0)
            return 0;
    } else if (!(k >= s1 || is_clause_punct(d, k) || ws_tok_is_final(d, k) ||
                 (lexclass(x, x->L.skip, k) & (K_PREP | K_TIME | K_SUB)))) {
        return 0;
    }
    /* a verb listed "agent" is an act only of someone named: in the
     * passive, its "by" phrase ("the risks were exaggerated" is a
     * description; "were exaggerated by the council" an act) */
    if (a0 < 0 && x->cueval[p] && vhas(x, x->cueval[p], VW_AGENT))
        return 0;
    /* "It was first proposed by the mayor.": a lone "it" as the subject,
     * and nothing after the verb, leaves no words of what was proposed or
     * said (they stand in an earlier sentence): no statement.  (A person
     * is the target of the act: "He was endorsed by the union.") */
    if (c0 < 0 && e - sa == 1 && pron_gender(x, sa, &rl) == G_N && !rl)
        return 1;
    ws_statement *st = new_statement(
        x, c0 >= 0 && tok_is(d, k, "to") ? WS_INDIRECT : WS_REPORTED);
    if (st == NULL)
        return 1;
    st->cue = tok_span(x, p, a0 >= 0 && !by_late ? a0 : p + 1);
    x->cueused[p] = 1;
    if (a0 >= 0)
        set_speaker(x, st, a0, a1, 0, p);
    add_content(x, st, sa, e);
    if (c1 > c0)
        add_content(x, st, c0, c1);
    return 1;
}

/* English: the end of a pro-form object of a speech verb at c0 ("as
 * much", "so", "the same thing", "nothing", "little else", "the same of
 * X"), when what follows ends the clause or opens a time, place or
 * channel phrase ("said as much in an interview", "said so on Monday");
 * -1 when c0 opens a clause ("said nothing would change", "said so far
 * the plan works"). */
static int32_t
en_proform_end(ctx *x, int32_t c0, int32_t c1)
{
    static const char *const one[] = {"so",     "nothing",   "little",
                                      "much",   "something", "otherwise",
                                      "enough", "more",      "less"};
    static const char *const after[] = {
        "in",    "on",     "at",   "to",    "during",   "last",    "this",
        "after", "before", "when", "while", "as",       "earlier", "later",
        "again", "too",    "then", "also",  "recently", "before"};
    ws_doc *d = x->d;
    int32_t k = c0;
    if (tok_is(d, k, "as") && k + 1 < c1 && tok_is(d, k + 1, "much"))
        k += 2;
    else if (tok_is(d, k, "the") && k + 1 < c1 && tok_is(d, k + 1, "same")) {
        k += 2;
        if (k < c1 && (tok_is(d, k, "thing") || tok_is(d, k, "things")))
            k++;
    } else if (fold_is(x, k, one, sizeof one / sizeof *one) && !is_cap(d, k))
        k++;
    else
        return -1;
    if (k < c1 && (tok_is(d, k, "else") || tok_is(d, k, "more")))
        k++;
    /* "the same of Trump", "little about the plan" */
    if (k + 1 < c1 && (tok_is(d, k, "of") || tok_is(d, k, "about"))) {
        int32_t r = np_right(x, k + 1, c1);
        if (r <= k + 1)
            return -1;
        k = r;
    }
    if (k >= c1 || is_clause_punct(d, k) || tok_is(d, k, ",") ||
        (lexclass(x, x->L.skip, k) & (K_TIME | K_PREP)) ||
        fold_is(x, k, after, sizeof after / sizeof *after))
        return k;
    return -1;
}

/* English: is the cue at p a verb that expresses or conveys an attitude
 * rather than acting on its object ("expressed", "voiced", "raised",
 * "offered", "pledged", "showed"): "voiced concern over X" is about X,
 * but "criticized the support for X" is about the support. */
static int
en_expressive_verb(ctx *x, int32_t p)
{
    static const char *const stem[] = {
        "express",  "voic",     "rais",   "show", "register", "signal",
        "convey",   "offer",    "extend", "lend", "lent",     "pledg",
        "reiterat", "reaffirm", "shar",   "air",  "renew"};
    return fold_starts(x, p, stem, sizeof stem / sizeof *stem);
}

/* English: where the object [c0, c1) of an act verb names an attitude
 * and what it is about ("deep concern about the policy", "his strong
 * support for the bill", "misgivings over the deal", "concern that
 * ..."): up to a determiner and two modifiers, a noun of the class
 * `attitude` of stance-skip.tsv and a preposition (or "that").  Returns
 * where what it is about starts, or -1. */
static int32_t
en_attitude_object(ctx *x, int32_t c0, int32_t c1)
{
    static const char *const prep[] = {
        "about",   "over",      "at", "for",     "with", "toward",
        "towards", "regarding", "on", "against", "that"};
    static const char *const poss[] = {"his", "her",  "their", "its",
                                       "our", "some", "no",    "a",
                                       "an",  "the",  "much",  "little"};
    ws_doc *d = x->d;
    int32_t k = c0;
    if (k < c1 && fold_is(x, k, poss, sizeof poss / sizeof *poss))
        k++;
    for (int mods = 0; k < c1 && mods < 3; mods++) {
        if (skip_has(x, k, K_ATT))
            break;
        if (!ws_tok_is_word(d, k) || is_cap(d, k) || x->qid[k] >= 0 ||
            x->cuelen[k] || lexclass(x, x->L.skip, k))
            return -1;
        k++;
    }
    if (k + 2 > c1 || !skip_has(x, k, K_ATT) || x->qid[k] >= 0 ||
        !fold_is(x, k + 1, prep, sizeof prep / sizeof *prep))
        return -1;
    return k + 2;
}

/* English: does a relative clause on "everything", "anything", "nothing"
 * or "all" end with the speech verb before t (its subject ending at
 * left_end, at most four words after the quantifier), with a form of "be"
 * at t, right after the verb, that opens the main clause's predicate
 * ("Everything the mayor says is spin")?  Not before "that" or a
 * quotation ('all she said was "no"'); not "what": "what the critics said
 * was a swindle" gives what they said. */
static int
en_quant_relative_copula(ctx *x, int32_t left_end, int32_t t, int32_t s0,
                         int32_t s1)
{
    static const char *const quant[] = {"everything", "anything", "nothing",
                                        "all"};
    static const char *const be[] = {"is", "was", "are", "were"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || t + 1 >= s1 || x->qid[t] >= 0 ||
        !fold_is(x, t, be, sizeof be / sizeof *be) ||
        tok_is(d, t + 1, "that") || x->qid[t + 1] >= 0 || left_end < s0)
        return 0;
    for (int32_t j = left_end; j >= s0 && j >= left_end - 4; j--) {
        if (!ws_tok_is_word(d, j) || x->qid[j] >= 0)
            return 0;
        if (j < left_end && fold_is(x, j, quant, sizeof quant / sizeof *quant))
            return 1;
    }
    return 0;
}

/* English: an act verb in an object-gap relative clause ("The levy the
 * mayor has proposed would cost millions", "the reforms she promised
 * have stalled", "voters liked the reforms we backed."): the verb (p, m
 * words) has no object after it but a finite verb or modal of the main
 * clause or the end of the sentence (then the noun phrase needs its
 * determiner), and its subject, a pronoun
 * or a short noun phrase ending at left_end, follows a plain noun phrase
 * directly (or after "that"/"which").  That noun phrase is what the act
 * is about: returns its start (its end in *e1), or -1.  Bounded: a few
 * words back from the subject. */
static int32_t
en_gap_head(ctx *x, int32_t p, int32_t m, int32_t left_end, int32_t s0,
            int32_t *e1)
{
    ws_doc *d = x->d;
    int32_t t = p + m;
    if (!lang_is(x, "en") || t >= x->ntok || x->qid[t] >= 0)
        return -1;
    int final = ws_tok_is_final(d, t);
    if (!final && !en_finite(x, t))
        return -1;
    int rel;
    int32_t sa = -1;
    if (pron_gender(x, left_end, &rel)) {
        if (rel)
            return -1;
        sa = left_end;
    } else if (is_det(x, left_end - 1 >= s0 ? left_end - 1 : left_end) &&
               plain_word(x, left_end)) {
        sa = left_end - 1; /* "the mayor" */
    } else
        return -1;
    int32_t h = sa - 1;
    if (h > s0 && (tok_is(d, h, "that") || tok_is(d, h, "which")))
        h--;
    if (h < s0 || !plain_word(x, h) || is_det(x, h))
        return -1;
    int32_t a = h;
    while (a > s0 && a > h - 4 && plain_word(x, a - 1) && !is_det(x, a - 1))
        a--;
    if (a > s0 && is_det(x, a - 1))
        a--;
    else if (a > s0 || final)
        return -1; /* the phrase must open the clause or have a determiner */
    *e1 = h + 1;
    return a;
}

/* Pass 3: indirect, mixed and reported statements from cues. */
/* "The council issued a statement calling for ...", "Trump unleashed a
 * series of tweets saying ...": an -ing cue after the object of the
 * clause's verb, where a document noun (statement, letter, tweets) stands
 * in that object.  The phrase just before the cue (sa, up to p) is no
 * subject; the document's issuer, the clause's subject, speaks.  Returns
 * the verb before the document's phrase, or -1.  A bounded look back from
 * the cue within its clause. */
static int32_t
en_doc_object(ctx *x, int32_t sa, int32_t p, int32_t s0)
{
    ws_doc *d = x->d;
    size_t n = (size_t)ws_tok_blen(d, p);
    if (!lang_is(x, "en") || sa <= s0 || n < 5 ||
        memcmp(ws_tok_ptr(d, p) + n - 3, "ing", 3) != 0)
        return -1;
    for (int32_t k = p - 1; k > s0 && k >= p - 14; k--) {
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 ||
            (x->cuelen[k] && is_speech_cue(x->cueattr[k])))
            return -1;
        if (!(lexclass(x, x->L.cues, k) & C_DOC))
            continue;
        /* the document's phrase follows a verb ("issued a statement"),
         * not the start of the clause ("The statement, ...") */
        int32_t j = k - 1;
        while (j > s0 && j >= k - 4 && !is_det(x, j) && ws_tok_is_word(d, j) &&
               !is_cap(d, j))
            j--;
        if (!is_det(x, j))
            return -1;
        j--;
        if (j > s0 && ws_tok_is_word(d, j) && !is_cap(d, j) &&
            !(lexclass(x, x->L.skip, j) & (K_CONJ | K_DET | K_PREP)))
            return j;
        return -1;
    }
    return -1;
}

/* English: "footage of X saying", "a recording of X saying": the start of
 * X when the phrase [sa, sb) before an -ing cue holds "of" after a noun of
 * a recording, or -1. */
static int32_t
en_recording_of(ctx *x, int32_t sa, int32_t sb)
{
    static const char *const rec[] = {
        "footage",    "video",      "videos",    "clip",       "clips",
        "recording",  "recordings", "tape",      "tapes",      "audio",
        "film",       "films",      "videotape", "videotapes", "audiotape",
        "audiotapes", "livestream", "broadcast", "broadcasts"};
    for (int32_t k = sb - 2; k > sa; k--)
        if (tok_is(x->d, k, "of") &&
            fold_is(x, k - 1, rec, sizeof rec / sizeof *rec))
            return k + 1;
    return -1;
}

/* English: is the phrase [sa, sb) before an -ing cue at p the object of a
 * preposition of occasion, with no name, pronoun or role in it ("she said
 * at a news conference announcing that ...")?  The occasion does not
 * speak; the clause's speaker does. */
static int
en_event_participle(ctx *x, int32_t sa, int32_t sb, int32_t p)
{
    static const char *const prep[] = {"at", "during", "in", "after"};
    ws_doc *d = x->d;
    size_t n = (size_t)ws_tok_blen(d, p);
    if (!lang_is(x, "en") || sb != p || n < 5 ||
        memcmp(ws_tok_ptr(d, p) + n - 3, "ing", 3) != 0 ||
        !fold_is(x, sa - 1, prep, sizeof prep / sizeof *prep))
        return 0;
    for (int32_t k = sa; k < sb; k++)
        if (x->ent[k] >= 0 || is_cap(d, k) || pron_gender_simple(x, k) ||
            (ws_tok_is_word(d, k) && (lexclass(x, x->L.spk, k) & S_ROLE)))
            return 0;
    return 1;
}

/* English: a dateline opening the sentence ("WASHINGTON - ...",
 * "BRUSSELS (Reuters) - ..."): one to three words in capitals (a comma
 * and a short parenthesis allowed) before a dash.  Returns the token after
 * the dash, or s0 when there is none before p. */
static int32_t
en_dateline_end(ctx *x, int32_t s0, int32_t p)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return s0;
    int32_t k = s0, words = 0;
    while (k < p && k < s0 + 8) {
        if (ws_tok_is_word(d, k) && (d->tokens.v[k].flags & WS_TOK_ALLCAP) &&
            x->qid[k] < 0)
            words++;
        else if (tok_is(d, k, ",") && words > 0)
            ;
        else if (tok_is(d, k, "(") && words > 0) {
            int32_t c = k + 1;
            while (c < p && c < k + 4 && !tok_is(d, c, ")"))
                c++;
            if (c >= p || !tok_is(d, c, ")"))
                return s0;
            k = c;
        } else
            break;
        k++;
    }
    if (words == 0 || words > 3 || k + 1 >= p || !is_dash(d, k))
        return s0;
    return k + 1;
}

/* English: is the one-word cue at p no verb of speech here, by its
 * neighbours?  A plural noun: after an adjective in -ous or -ical
 * ("dubious claims", "medical claims"), or, for a verb of acts
 * only, before "about", "of", "from", "on" or the end of the sentence
 * ("took questions from", "legislative attacks.").  (A plural word
 * before it tells nothing: "a study by researchers shows".)  A phrasal verb of
 * another sense ("backed out", "showed up", "called into").  An
 * imperative opening its sentence ("Imagine that ...") and a question to
 * the reader ("Do you know ...?"). */
/* English: is the -ed cue at p a participle after its noun inside an
 * opening prepositional phrase ("In a message posted Friday, X said
 * ...": from the preposition at s0 up to the phrase's comma, no finite
 * verb)?  It is no statement; the clause after the comma has one. */
static int
en_intro_participle(ctx *x, int32_t p, int32_t s0, int32_t s1)
{
    ws_doc *d = x->d;
    const char *w = ws_tok_ptr(d, p);
    int32_t wl = ws_tok_blen(d, p);
    if (wl <= 4 || w[wl - 2] != 'e' || w[wl - 1] != 'd' || p - 1 <= s0 ||
        is_cap(d, p) || !plain_word(x, p - 1) || pron_gender_simple(x, p - 1) ||
        !(lexclass(x, x->L.skip, s0) & K_PREP))
        return 0;
    for (int32_t k = s0 + 1; k < p; k++)
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 || en_finite(x, k))
            return 0;
    for (int32_t k = p + 1; k < s1 && k < p + 8; k++) {
        if (tok_is(d, k, ","))
            return 1;
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 || en_finite(x, k))
            return 0;
    }
    return 0;
}

static int
en_not_speech(ctx *x, int32_t p, int m, unsigned attr, int32_t s0, int32_t s1)
{
    static const char *const nprep[] = {"of", "from", "on"};
    static const char *const particle[] = {"out", "up", "away", "down", "into"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || m != 1 || !(attr & (C_SAY | C_ACT)))
        return 0;
    const char *w = ws_tok_ptr(d, p);
    int32_t wl = ws_tok_blen(d, p);
    int32_t j = p - 1;
    while (j >= s0 && is_ly_adv(x, j))
        j--;
    int sform =
        wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's' && w[wl - 2] != '\'';
    /* "Republican claims", "Chinese plans": a group adjective before
     * the word makes it a noun */
    if (sform && j >= s0 && j == p - 1 && x->ent[j] >= 0 &&
        d->entities.v[x->ent[j]].type == WS_NORP &&
        d->entities.v[x->ent[j]].tok1 == p && ws_tok_blen(d, j) > 1 &&
        ws_tok_ptr(d, j)[ws_tok_blen(d, j) - 1] != 's')
        return 1;
    if (j == p - 1 && en_intro_participle(x, p, s0, s1))
        return 1;
    /* idioms: "it goes without saying", "let's say" */
    static const char *const let[] = {"let's", "let\xe2\x80\x99s", "without"};
    if (j >= s0 && (fold_is(x, j, let, sizeof let / sizeof *let) ||
                    ((tok_is(d, j, "'s") || tok_is(d, j, "us") ||
                      tok_is(d, j, "\xe2\x80\x99s")) &&
                     j > s0 && ws_tok_is_word(d, j - 1) &&
                     (tok_is(d, j - 1, "let") || tok_is(d, j - 1, "Let")))))
        return 1;
    if (sform && j >= s0 && j == p - 1 && ws_tok_is_word(d, j) &&
        !is_cap(d, j) && x->ent[j] < 0) {
        const char *v = ws_tok_ptr(d, j);
        int32_t vl = ws_tok_blen(d, j);
        if ((vl > 5 && memcmp(v + vl - 3, "ous", 3) == 0) ||
            (vl > 6 && memcmp(v + vl - 4, "ical", 4) == 0))
            return 1;
    }
    /* "faces questions", "his plans to", "tough questions": the -s
     * form after a determiner, an adjective of degree or "face" is a
     * plural noun ("raises questions about" stays: an act) */
    static const char *const nverb[] = {
        "face", "faces",   "faced",   "facing",  "tough",
        "new",  "further", "broader", "serious", "lingering",
        "more", "many",    "several"};
    if (sform && j >= s0 && j == p - 1 && ws_tok_is_word(d, j) &&
        !is_cap(d, j) &&
        ((is_det(x, j) && !tok_is(d, j, "that") && !tok_is(d, j, "one")) ||
         fold_is(x, j, nverb, sizeof nverb / sizeof *nverb)))
        return 1;
    /* "has not been charged with any crime", "was charged": a charge
     * laid by no named source is no statement (not "charged by") */
    static const char *const be[] = {"been", "be",  "was",   "were", "is",
                                     "are",  "get", "being", "got"};
    if (tok_is(d, p, "charged") && j >= s0 &&
        fold_is(x, j, be, sizeof be / sizeof *be)) {
        int by = 0;
        for (int32_t k = p + 1; k < s1 && k < p + 8 && !by; k++)
            by = tok_is(d, k, "by");
        if (!by)
            return 1;
    }
    /* "the bitter attacks that have marked ...", "the repair projects,
     * are being reviewed": a verb that agrees only with a plural subject
     * after the -s form (a comma or a relative pronoun between) makes
     * the -s form a plural noun, no verb of the third person singular
     * ("says that have" is no English; "says that is" may be) */
    static const char *const plural_aux[] = {"are",
                                             "were",
                                             "have",
                                             "aren't",
                                             "weren't",
                                             "haven't",
                                             "aren\xe2\x80\x99t",
                                             "weren\xe2\x80\x99t",
                                             "haven\xe2\x80\x99t"};
    static const char *const rel[] = {"that", "which", "who"};
    if (sform && !is_cap(d, p) && p + 1 < s1) {
        int32_t k = p + 1;
        if (tok_is(d, k, ",") || fold_is(x, k, rel, sizeof rel / sizeof *rel))
            k++;
        if (k < s1 && x->qid[k] < 0 &&
            fold_is(x, k, plural_aux, sizeof plural_aux / sizeof *plural_aux))
            return 1;
    }
    /* "For instance, calls to set up an inquiry were rejected": an -s
     * form right after the comma of a phrase opening the sentence has no
     * subject; it is a plural noun, the subject of the clause (not
     * before a name or an article, "In a reply, says the mayor, ...", nor
     * before "that", where a noun of saying keeps its clause) */
    if (sform && !is_cap(d, p) && p - 1 > s0 && tok_is(d, p - 1, ",") &&
        p + 1 < s1 && ws_tok_is_word(d, p + 1) && !is_cap(d, p + 1) &&
        !tok_is(d, p + 1, "the") && !tok_is(d, p + 1, "a") &&
        !tok_is(d, p + 1, "an") && !tok_is(d, p + 1, "that") &&
        after_intro(x, s0, p + 1) == p)
        return 1;
    /* "because of the firm's tax claims, lawyers ...", "despite the
     * town's water plans, ...": an -s form ending a noun phrase that a
     * preposition opens, before a comma, is the phrase's plural noun (a
     * verb's subject is no object of a preposition) */
    if (sform && !is_cap(d, p) && p + 1 < s1 && tok_is(d, p + 1, ",") &&
        j == p - 1) {
        static const char *const dprep[] = {"despite", "amid", "amidst"};
        int32_t a = np_left(x, p - 1, s0);
        if (a > s0 && (((lexclass(x, x->L.skip, a - 1) & K_PREP) &&
                        !tok_is(d, a - 1, "to")) ||
                       fold_is(x, a - 1, dprep, sizeof dprep / sizeof *dprep)))
            return 1;
    }
    if (sform && !(attr & C_SAY) &&
        (p + 1 >= s1 || ws_tok_is_final(d, p + 1) || tok_is(d, p + 1, ";") ||
         fold_is(x, p + 1, nprep, sizeof nprep / sizeof *nprep)))
        return 1;
    if (p + 1 < s1 && ws_tok_is_word(d, p + 1) &&
        fold_is(x, p + 1, particle, sizeof particle / sizeof *particle))
        return 1;
    /* "raised $2 million", "raises 40,000 euros": raising an amount is
     * fund-raising or a rise, no act of speech ("raised concerns") */
    static const char *const raise[] = {"raise", "raises", "raised", "raising"};
    static const char *const about[] = {"about",   "nearly", "almost",
                                        "roughly", "over",   "some"};
    if (p + 1 < s1 && fold_is(x, p, raise, sizeof raise / sizeof *raise)) {
        int32_t k = p + 1;
        if (k + 1 < s1 && fold_is(x, k, about, sizeof about / sizeof *about))
            k++;
        const char *a = ws_tok_ptr(d, k);
        int32_t al = ws_tok_blen(d, k);
        if ((d->tokens.v[k].flags & WS_TOK_NUM) || (al >= 1 && a[0] == '$') ||
            (al >= 3 && memcmp(a, "\xe2\x82\xac", 3) == 0) ||
            (al >= 2 && memcmp(a, "\xc2\xa3", 2) == 0))
            return 1;
    }
    /* "called in to a radio show": the particle "in" before "to" */
    if (p + 2 < s1 && tok_is(d, p + 1, "in") && tok_is(d, p + 2, "to"))
        return 1;
    /* "85 percent support among voters": no verb takes "among" */
    if (!(attr & C_SAY) && p + 1 < s1 && tok_is(d, p + 1, "among"))
        return 1;
    if (en_bare(x, p) &&
        (j < s0 || (j == s0 && (lexclass(x, x->L.skip, j) & K_ADV))) &&
        x->qid[p] < 0 && !(j < s0 && p > 0 && x->qid[p - 1] >= 0))
        return 1;
    if (j >= s0 && tok_is(d, j, "you") && s1 - 1 > p && tok_is(d, s1 - 1, "?"))
        return 1;
    /* a relative clause without "that" whose object is the noun before
     * it: "the strike they had been planning for weeks" -- an act verb
     * with no object of its own (ending the sentence, "the reforms we
     * backed.", the act is about that noun: en_gap_head) */
    static const char *const aux[] = {"have",  "has",   "had", "been",  "be",
                                      "was",   "were",  "is",  "are",   "will",
                                      "would", "could", "had", "might", "did"};
    static const char *const spron[] = {"they", "we", "he", "she", "i", "you"};
    if (!(attr & C_SAY) && (p + 1 >= s1 || !ws_tok_is_word(d, p + 1) ||
                            (lexclass(x, x->L.skip, p + 1) & K_PREP))) {
        int32_t k = j;
        while (k > s0 && k > j - 3 &&
               fold_is(x, k, aux, sizeof aux / sizeof *aux))
            k--;
        if (k > s0 && fold_is(x, k, spron, sizeof spron / sizeof *spron) &&
            plain_word(x, k - 1) && !(lexclass(x, x->L.skip, k - 1) & K_TIME) &&
            !(p + 1 < s1 && ws_tok_is_final(d, p + 1)))
            return 1;
    }
    return 0;
}

/* English: is the cue of m words at p the last word of a fronted
 * adverbial clause ("After the council objected, the vote was put off",
 * "When the mayor complained, the fee was cut")?  The clause opens the
 * sentence with a subordinator of time, cause, condition or concession,
 * holds no comma before the cue, and the cue's comma closes it: what
 * follows is the main clause, the writer's, not what was said ("As the
 * mayor said, ..." stays: "as" names a source). */
static int
en_intro_clause_cue(ctx *x, int32_t p, int m, int32_t s0, int32_t s1)
{
    static const char *const intro[] = {
        "after", "although", "because",  "before", "once", "since",  "though",
        "until", "when",     "whenever", "while",  "if",   "unless", "whereas"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || p + m >= s1 || !tok_is(d, p + m, ","))
        return 0;
    int32_t k = s0;
    while (k < p &&
           (ws_tok_is_punct(d, k) || tok_is(d, k, "but") ||
            tok_is(d, k, "and") || tok_is(d, k, "But") || tok_is(d, k, "And")))
        k++;
    /* a subject between the subordinator and the cue */
    if (k + 1 >= p || !fold_is(x, k, intro, sizeof intro / sizeof *intro))
        return 0;
    for (int32_t t = k + 1; t < p; t++)
        if (is_clause_punct(d, t) || is_dash(d, t) || x->qid[t] >= 0)
            return 0;
    return 1;
}

/* English: is the cue at p an infinitive that a verb of obligation
 * governs ("a law requiring police to report each death", "forced the
 * firm to disclose its losses", "are required to tell")?  It names a
 * duty, what someone must say or do, not what anyone said or did. */
static int
en_duty_infinitive(ctx *x, int32_t p, int32_t s0)
{
    static const char *const duty[] = {"requir", "forc", "oblig", "compel"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || p - 2 < s0 || !tok_is(d, p - 1, "to"))
        return 0;
    for (int32_t k = p - 2; k >= s0 && k >= p - 10; k--) {
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0)
            return 0;
        if (fold_starts(x, k, duty, sizeof duty / sizeof *duty))
            return 1;
        if (x->cuelen[k])
            return 0;
    }
    return 0;
}

/* English: does the cue of m words at p end in (or is it followed by) a
 * preposition left with no object ("the gifts she had hoped for or wanted",
 * "the plan he argued against.")?  Its object is the noun before, in a relative
 * clause: no act of its own. */
static int
en_stranded_prep(ctx *x, int32_t p, int m, int32_t s1)
{
    static const char *const prep[] = {"for", "about", "against", "on",
                                       "of",  "with",  "to"};
    static const char *const conj[] = {"or", "and", "but"};
    ws_doc *d = x->d;
    int32_t q = p + m;
    if (!lang_is(x, "en") || q > s1)
        return 0;
    /* the preposition ends the cue ("argued against") or follows it */
    if (!(m >= 2 && fold_is(x, q - 1, prep, sizeof prep / sizeof *prep))) {
        if (q >= s1 || x->qid[q] >= 0 ||
            !fold_is(x, q, prep, sizeof prep / sizeof *prep))
            return 0;
        q++;
    }
    /* (a dash after it closes the relative clause: "the almanac the
     * skippers write about -- a slim red book -- ...") */
    return q >= s1 || ws_tok_is_final(d, q) || tok_is(d, q, ";") ||
           (x->qid[q] < 0 &&
            (fold_is(x, q, conj, sizeof conj / sizeof *conj) ||
             ((is_dash(d, q) || tok_is(d, q, "--") || tok_is(d, q, "-")) &&
              space_before(d, q, 0))));
}

/* English: is the cue at p an infinitive after a noun of means or right,
 * an adjective of ease or a participle of purpose ("no way to tell",
 * "every right to know", "efforts to enact", "hard to imagine",
 * "designed to offer")?  It names what could or should be said or done,
 * by no one in particular: no statement. */
static int
en_generic_infinitive(ctx *x, int32_t p, unsigned attr, int32_t s0)
{
    static const char *const head[] = {
        "way",        "ways",     "means",    "right", "rights",
        "effort",     "efforts",  "hard",     "easy",  "difficult",
        "impossible", "designed", "intended", "meant"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || !(attr & (C_SAY | C_ACT)))
        return 0;
    int32_t j = p - 1;
    while (j > s0 && is_ly_adv(x, j))
        j--;
    return j > s0 && tok_is(d, j, "to") && x->qid[j - 1] < 0 &&
           fold_is(x, j - 1, head, sizeof head / sizeof *head);
}

/* English: is the cue at p an -ing participle right after "anyone",
 * "everyone" and the like ("a guide for anyone wanting to retire early",
 * "open to everybody seeking a permit")?  It says what any such person
 * would want or ask, not what someone did: no statement. */
static int
en_generic_participle(ctx *x, int32_t p, int32_t s0)
{
    static const char *const who[] = {"anyone", "anybody", "everyone",
                                      "everybody"};
    if (!lang_is(x, "en") || p <= s0 || x->qid[p] >= 0)
        return 0;
    size_t n;
    const char *f = tok_fold(x, p, &n);
    return n > 4 && memcmp(f + n - 3, "ing", 3) == 0 &&
           fold_is(x, p - 1, who, sizeof who / sizeof *who);
}

/* English: does a prepositional phrase open at token k > 0 (a lowercase
 * preposition other than "to", or the "as" of "such as")?
 * en_noun_in_pp()'s opener. */
static int
en_pp_opener(ctx *x, int32_t k)
{
    ws_doc *d = x->d;
    return ws_tok_is_word(d, k) && !is_cap(d, k) && !tok_is(d, k, "to") &&
           ((lexclass(x, x->L.skip, k) & K_PREP) ||
            (tok_is(d, k, "as") && tok_is(d, k - 1, "such")));
}

/* English: is the cue word at p a noun inside a prepositional phrase,
 * between a modifier and the noun it qualifies ("suffer from chronic
 * stress disorder", "ills such as chronic stress disorder")?  A
 * preposition or "such as", then
 * up to three lowercase words that are no plural (the modifiers), the
 * cue, then a plain noun: no subject stands before the word, and it
 * states nothing. */
static int
en_noun_in_pp(ctx *x, int32_t p, int32_t s0, int32_t s1)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || p + 1 >= s1 || x->cuelen[p] != 1)
        return 0;
    /* the loop below answers 1 only at an opener two to six tokens back:
     * without one, no plain_word of the words around (asked of 6.4k cues
     * per MB of English, most of the words after them not asked before) */
    int32_t w = p - 2;
    while (w > s0 && w >= p - 6 && !en_pp_opener(x, w))
        w--;
    if (!(w > s0 && w >= p - 6) || !plain_word(x, p + 1))
        return 0;
    for (int32_t k = p - 1; k > s0 && k >= p - 6; k--) {
        if (tok_is(d, k, "-") && k - 1 > s0 && plain_word(x, k - 1))
            continue;
        if (plain_word(x, k) && !ends_plural(x, k))
            continue;
        return k < p - 1 && en_pp_opener(x, k);
    }
    return 0;
}

/* English: is the cue at p "called" or "dubbed" naming a thing, a
 * participle after its noun, with a capitalised name right after it
 * ("camped by a creek called Otter Run", "a ferry dubbed Old Bess")?  The
 * noun phrase stands after a preposition or a verb, as an object, not as
 * the verb's subject: no one is called anything in a statement. */
static int
en_naming_participle(ctx *x, int32_t p, int32_t s0, int32_t s1)
{
    static const char *const name[] = {"called", "dubbed"};
    ws_doc *d = x->d;
    int rl;
    if (!lang_is(x, "en") || p - 2 < s0 || p + 1 >= s1 ||
        !fold_is(x, p, name, sizeof name / sizeof *name) ||
        x->qid[p + 1] >= 0 || !ws_tok_is_word(d, p + 1) || !is_cap(d, p + 1))
        return 0;
    int32_t h = p - 1;
    if (!plain_word(x, h) || is_cap(d, h) || pron_gender(x, h, &rl) ||
        x->cuelen[h] || lexclass(x, x->L.skip, h))
        return 0;
    int32_t a = np_left(x, h, s0);
    return a > s0 && ws_tok_is_word(d, a - 1) && !is_cap(d, a - 1) &&
           (lexclass(x, x->L.skip, a - 1) & K_PREP);
}

/* English: is the -ing cue at p in an opening phrase naming the
 * channel of the act, right after its noun ("In a memo announcing
 * the merger, the board ...", "In a letter urging a recount, the mayor
 * ...")?  The document speaks for the main clause's subject: it is the
 * act's source, as in "the statement said". */
static int
en_lead_channel(ctx *x, int32_t p, int32_t s0)
{
    static const char *const prep[] = {"in", "with", "through", "via"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || p < s0 + 2 || p > s0 + 5 ||
        !fold_is(x, s0, prep, sizeof prep / sizeof *prep) ||
        !(en_participle(x, p) || en_short_participle(x, p)) ||
        !skip_has(x, p - 1, K_CHAN) || !ws_tok_is_word(d, p - 1) ||
        is_cap(d, p - 1))
        return 0;
    for (int32_t k = s0 + 1; k < p - 1; k++)
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 ||
            (x->cuelen[k] && !(x->cueattr[k] & C_DOC)) ||
            (lexclass(x, x->L.skip, k) & (K_PREP | K_CONJ | K_SUB)))
            return 0;
    return 1;
}
/* English: a participle phrase opening the sentence, then its subject:
 * "Citing a new poll, the senator said ...", "Lamenting the delays,
 * residents ...".  What the cue governs is the phrase up to the comma;
 * the source is the noun phrase after it, when a verb follows that.
 * Makes the statement and returns 1, or returns 0. */
static int
en_lead_participle(ctx *x, int32_t p, int m, unsigned attr, unsigned g,
                   int32_t s0, int32_t s1)
{
    ws_doc *d = x->d;
    /* also after a preposition of time or manner: "Before praising the
     * nurses, the mayor ...", "In defending the plan, she ..." */
    if (!lang_is(x, "en") || !(attr & (C_SAY | C_ACT)) ||
        (p != s0 && !en_lead_prep(x, p, s0) && !en_lead_channel(x, p, s0)))
        return 0;
    const char *w = ws_tok_ptr(d, p + m - 1);
    int32_t wl = ws_tok_blen(d, p + m - 1);
    if (m != 1 || wl < 6 || memcmp(w + wl - 3, "ing", 3) != 0)
        return 0;
    int32_t c0 = p + m;
    if (c0 >= s1 || !ws_tok_is_word(d, c0) ||
        (lexclass(x, x->L.skip, c0) & (K_PREP | K_CONJ | K_SUB)) ||
        tok_is(d, c0, "to"))
        return 0;
    int32_t k = c0;
    while (k < s1 && k < c0 + 25 && !tok_is(d, k, ",")) {
        if (ws_tok_is_final(d, k) || tok_is(d, k, ";") || tok_is(d, k, ":") ||
            (x->cuelen[k] && is_speech_cue(x->cueattr[k])))
            return 0;
        k++;
    }
    if (k >= s1 || k == c0 || !tok_is(d, k, ","))
        return 0;
    /* 'Calling the plan "a fraud," the senator ...': the comma closing
     * the phrase stands inside a quotation that ends right after it */
    int32_t c1 = k;
    if (x->qid[k] >= 0 && x->q[x->qid[k]].c == k + 1 && k + 2 < s1)
        c1 = ++k + 1;
    int32_t sa = k + 1;
    while (sa < s1 && ws_tok_is_word(d, sa) &&
           (lexclass(x, x->L.skip, sa) & (K_ADV | K_TIME)) && !is_det(x, sa))
        sa++;
    int32_t sb = np_right(x, sa, s1);
    /* "the newly elected mayor": an adverb in -ly after the determiner
     * modifies the next word; the phrase runs on past it */
    if (sb <= sa + 1 && sa + 1 < s1 && is_det(x, sa) && is_ly_adv(x, sa + 1)) {
        int32_t j = sa + 1;
        while (j < s1 && is_ly_adv(x, j))
            j++;
        int32_t sb2 = j < s1 ? np_right(x, j, s1) : j;
        /* (np_right opens no phrase on the participle the adverb
         * modifies: "newly elected", "newly chosen") */
        if (sb2 <= j && j + 1 < s1 && plain_word(x, j) && !is_cap(d, j))
            sb2 = np_right(x, j + 1, s1);
        if (sb2 > j)
            sb = sb2;
    }
    /* "the judge left the room": a determiner right after the phrase
     * opens the object of its last word, the verb */
    if (sb > sa + 1 && sb < s1 && is_det(x, sb) && !is_det(x, sb - 1) &&
        !is_cap(d, sb - 1) && x->ent[sb - 1] < 0 && ws_tok_is_word(d, sb - 1))
        sb--;
    /* "the mayor walked out", "the crews went home": a past form or an
     * auxiliary read into the phrase after a noun is the main clause's
     * verb, and the subject ends before it (after a determiner, a
     * preposition, a hyphen or an adverb in -ly it is a modifier: "the
     * elected mayor", "the newly hired staff") */
    for (int32_t t = sa + 1; t < sb; t++)
        if ((en_finite(x, t) || en_past_form(x, t)) && !is_cap(d, t) &&
            x->ent[t] < 0 && plain_word(x, t - 1) && !is_det(x, t - 1) &&
            !is_ly_adv(x, t - 1) && !tok_is(d, t - 1, "-") &&
            !(lexclass(x, x->L.skip, t - 1) & K_PREP) &&
            !(t + 1 < s1 && tok_is(d, t + 1, "by"))) {
            sb = t;
            break;
        }
    /* "the villagers fled.": a determined phrase of three words or more
     * that runs to the end of the sentence ends in its verb */
    if (sb - sa >= 3 && is_det(x, sa) && plain_word(x, sb - 1) &&
        (sb >= s1 || ws_tok_is_final(d, sb)))
        sb--;
    /* "the Association of Ferry Pilots", "the board of the port" */
    if (sb > sa && sb + 1 < s1 && tok_is(d, sb, "of") &&
        (is_cap(d, sb + 1) || is_det(x, sb + 1))) {
        int32_t sb2 = np_right(x, sb + 1, s1);
        if (sb2 > sb + 1)
            sb = sb2;
    }
    if (sb <= sa || sb >= s1)
        return 0;
    int rl, named = 0;
    for (int32_t t = sa; t < sb && !named; t++)
        named = x->ent[t] >= 0 || is_cap(d, t) || pron_gender(x, t, &rl) ||
                lexclass(x, x->L.spk, t) || is_det(x, t);
    /* the verb of the main clause follows its subject */
    int32_t v = skip_adv_fwd(x, sb, s1);
    if (!named || v >= s1 || !ws_tok_is_word(d, v) || is_cap(d, v) ||
        is_det(x, v) || (lexclass(x, x->L.skip, v) & (K_PREP | K_CONJ)))
        return 0;
    int kind = WS_REPORTED;
    unsigned ka, kg;
    if (cue_at(x, c0, &ka, &kg) && (ka & C_COMP)) {
        c0 += x->cuelen[c0];
        kind = WS_INDIRECT;
    } else if ((attr & C_CLAUSE) && !en_clause_opens(x, c0, c1))
        /* "Knowing him well, she ...", "Noticing the crowd, he ...": a
         * verb of knowing or finding out says something only by a
         * clause */
        return 0;
    else if ((attr & C_SAY) && !(attr & C_ACT))
        kind = WS_INDIRECT;
    if (c1 <= c0)
        return 0;
    ws_statement *st = new_statement(x, kind);
    if (st == NULL)
        return 1;
    st->cue = tok_span(x, p, p + m);
    x->cueused[p] = 1;
    /* "In a letter announcing ...": the document is the source, as
     * in "the statement said" */
    if (p != s0 && en_lead_channel(x, p, s0)) {
        sa = s0 + 1;
        sb = p;
    }
    set_speaker(x, st, sa, sb, g, p);
    add_clause(x, st, c0, c1);
    return 1;
}

/* English: is [.., comma) a subject from the sentence start followed by
 * an adjunct set off by commas ("Clinton, at Monday's debate, cited
 * ...", "The senator, in a letter, urged ...")?  The verb after the
 * comma is then the subject's, not a participle of the clause before. */
static int
en_comma_adjunct(ctx *x, int32_t s0, int32_t comma)
{
    ws_doc *d = x->d;
    int32_t c2 = -1;
    for (int32_t t = comma - 1; t > s0 && t > comma - 12; t--) {
        if (x->qid[t] >= 0 || ws_tok_is_final(d, t) || tok_is(d, t, ";") ||
            tok_is(d, t, ":") || (x->cuelen[t] && is_speech_cue(x->cueattr[t])))
            return 0;
        if (tok_is(d, t, ",")) {
            c2 = t;
            break;
        }
    }
    /* (or a participle phrase: "Lee, speaking after the vote, cited
     * ...") */
    if (c2 < 0 || comma - c2 < 3 || !ws_tok_is_word(d, c2 + 1) ||
        is_cap(d, c2 + 1) ||
        !((lexclass(x, x->L.skip, c2 + 1) & K_PREP) ||
          en_participle(x, c2 + 1)))
        return 0;
    /* the subject: a name, pronoun or determined phrase from s0, or
     * right after a subordinator inside the sentence ("... since Lee, at
     * the hearing, cited ...") */
    int32_t a = np_left(x, c2 - 1, s0);
    if (a != s0 && !(a > s0 && after_intro(x, s0, a) == a) &&
        !(a > s0 && en_is_adv_sub(x, a - 1)))
        return 0;
    for (int32_t t = a; t < c2; t++)
        if (x->ent[t] >= 0 || is_cap(d, t) || pron_gender_simple(x, t) ||
            lexclass(x, x->L.spk, t))
            return 1;
    return 0;
}

/* "…, повідомили в представництві ЄС у Києві": what follows a source
 * phrase is no content when it is a preposition and one named place or
 * body ending the clause. */
static int
place_adjunct(ctx *x, int32_t a, int32_t e)
{
    if (e - a < 2 || !(lexclass(x, x->L.skip, a) & K_PREP))
        return 0;
    int32_t ent = x->ent[a + 1];
    if (ent < 0)
        return 0;
    for (int32_t t = a + 1; t < e; t++)
        if (x->ent[t] != ent)
            return 0;
    return 1;
}

/* English: is a reported act's object [c0, c1) only a phrase of place,
 * time or measure ("detailed in the filings", "debated during the
 * session", "fell by four points"): the act has no object, and such a
 * phrase is no statement.  A phrase with a clause after it ("decided
 * after the review not to ...", "shows in detail how ...") is not. */
static int
en_adjunct_only(ctx *x, int32_t c0, int32_t c1)
{
    static const char *const prep[] = {"in",     "at",         "during",
                                       "inside", "throughout", "amid"};
    static const char *const open[] = {"that",    "how", "what",  "why",
                                       "whether", "who", "which", "to"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || is_cap(d, c0))
        return 0;
    static const char *const num[] = {
        "two", "three", "four", "five",  "six",    "seven",  "eight", "nine",
        "ten", "half",  "a",    "about", "nearly", "almost", "more",  "less"};
    if (!fold_is(x, c0, prep, sizeof prep / sizeof *prep) &&
        !(tok_is(d, c0, "by") && c0 + 1 < c1 &&
          ((d->tokens.v[c0 + 1].flags & WS_TOK_NUM) ||
           (fold_is(x, c0 + 1, num, sizeof num / sizeof *num) && c0 + 2 < c1 &&
            ((d->tokens.v[c0 + 2].flags & WS_TOK_NUM) ||
             tok_is(d, c0 + 2, "percent") || tok_is(d, c0 + 2, "percentage") ||
             tok_is(d, c0 + 2, "points") || tok_is(d, c0 + 2, "third") ||
             tok_is(d, c0 + 2, "quarter") || tok_is(d, c0 + 1, "half"))))))
        return 0;
    for (int32_t k = c0 + 1; k < c1; k++)
        if (x->qid[k] >= 0 || tok_is(d, k, ",") ||
            fold_is(x, k, open, sizeof open / sizeof *open) ||
            (x->cuelen[k] && is_speech_cue(x->cueattr[k])))
            return 0;
    return 1;
}

/* English: is the act "raise" at p (one word) about an amount or a
 * price, not words: its object from c0 (before c1) opens with a number
 * or a currency sign ("raised $2 million", "raised nearly 40,000
 * dollars") or is money or a rate within its first three words ("raised
 * funds", "raised its interest rates")?  Then it is no act of speech
 * ("raised concerns", "raised the issue" stay). */
static int
en_raise_amount(ctx *x, int32_t p, int m, int32_t c0, int32_t c1)
{
    static const char *const raise[] = {"raise", "raises", "raised", "raising"};
    static const char *const about[] = {"about", "nearly",  "almost", "over",
                                        "some",  "roughly", "around", "more",
                                        "less",  "than",    "at",     "least"};
    static const char *const money[] = {
        "money",    "funds",    "fund",      "cash",    "millions",
        "billions", "dollars",  "donations", "prices",  "price",
        "rates",    "rate",     "fees",      "fares",   "rents",
        "wages",    "salaries", "taxes",     "tariffs", "capital"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || m != 1 || c0 >= c1 ||
        !fold_is(x, p, raise, sizeof raise / sizeof *raise))
        return 0;
    int32_t k = c0;
    while (k < c1 && k < c0 + 3 &&
           fold_is(x, k, about, sizeof about / sizeof *about))
        k++;
    if (k < c1) {
        int32_t c = tok_cp(d, k);
        if ((d->tokens.v[k].flags & WS_TOK_NUM) || c == '$' || c == 0x20ac ||
            c == 0xa3)
            return 1;
    }
    for (k = c0; k < c1 && k < c0 + 3; k++) {
        if (x->qid[k] >= 0 || !ws_tok_is_word(d, k))
            return 0;
        if (fold_is(x, k, money, sizeof money / sizeof *money))
            return 1;
    }
    return 0;
}

/* English: does the one-word act verb at p (m words) stand without an
 * object at c0?  A clause of cause or concession where the object would
 * be ("the plan wasn't approved because of ...") after an -ed form, a
 * preposition after a verb that takes a direct object (stance-cues.tsv
 * "obj": "the judge nominated for the high court", "signed on to the
 * pact"), or a comma right after a verb of acts alone ("the treaty, which
 * most nations signed, binds ..."): the verb is a participle or its
 * object stands elsewhere; no reported act. */
static int
en_act_no_object(ctx *x, int32_t p, int m, int32_t c0)
{
    static const char *const sub[] = {"because", "although", "though", "unless",
                                      "whereas"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return 0;
    /* a phrasal verb listed "obj" too: "called out to her" */
    if (m > 1 && ws_tok_is_word(d, c0) && x->cueval[p] &&
        vhas(x, x->cueval[p], VW_OBJ) && (lexclass(x, x->L.skip, c0) & K_PREP))
        return 1;
    if (m != 1)
        return 0;
    if (c0 > p + 1 && tok_is(d, p + 1, ",") &&
        (x->cueattr[p] & (C_ACT | C_SAY)) == C_ACT)
        return 1;
    if (!ws_tok_is_word(d, c0))
        return 0;
    if (x->cueval[p] && vhas(x, x->cueval[p], VW_OBJ) &&
        (lexclass(x, x->L.skip, c0) & K_PREP))
        return 1;
    if (ws_tok_blen(d, p) < 5 ||
        memcmp(ws_tok_ptr(d, p) + ws_tok_blen(d, p) - 2, "ed", 2) != 0)
        return 0;
    return fold_is(x, c0, sub, sizeof sub / sizeof *sub);
}

/* English: does the subject [a, b) of an act verb listed "agent" name
 * someone who can hold a stance: a person, an organisation, a group or a
 * role (an entity, a speaker noun of stance-speakers.tsv), a personal
 * pronoun other than "it", or "who"?  A thing does not link, ignore or see
 * something as something in a statement ("the bridge links the island to
 * the coast", "drivers ignored the signs").  At most 12 words looked at. */
static int
en_agent_subject(ctx *x, int32_t a, int32_t b)
{
    ws_doc *d = x->d;
    for (int32_t k = a; k < b && k < a + 12; k++) {
        int32_t e = x->ent[k];
        if (is_person(d, e) || is_orgish(d, e) ||
            (e >= 0 && (d->entities.v[e].type == WS_NORP ||
                        d->entities.v[e].type == WS_ROLE)))
            return 1;
        if (lexclass(x, x->L.spk, k) & (S_ROLE | S_ORG | C_DOC))
            return 1;
        int rl;
        unsigned g = pron_gender(x, k, &rl);
        if (g && g != G_N && (!rl || tok_is(d, k, "who")))
            return 1;
        /* "the Ledger, which unearthed ...": a relative "which" after
         * the comma that closes an organisation's name */
        if (k - 2 >= 0 && tok_is(d, k, "which") && tok_is(d, k - 1, ",") &&
            is_orgish(d, x->ent[k - 2]))
            return 1;
    }
    return 0;
}

/* English: does the object [c0, c1) of an act verb open with someone's
 * claim and its clause ("disputes the club's first claim that the gate
 * was shut", "ignored her warning that ...")?  A possessive, at most one
 * modifier, then a claim noun (stance-skip.tsv) right before "that": the
 * words the claim reports are the statement (en_claim_noun_pass), not
 * what the verb did to them. */
static int
en_claim_object(ctx *x, int32_t c0, int32_t c1)
{
    static const char *const poss[] = {"his", "her", "their", "its"};
    ws_doc *d = x->d;
    for (int32_t k = c0; k + 1 < c1 && k < c0 + 6; k++) {
        if (!tok_is(d, k + 1, "that") || !skip_has(x, k, K_CLAIM))
            continue;
        for (int32_t j = k - 1; j >= c0 && j >= k - 2; j--)
            if (en_poss_clitic(d, j) || en_poss_word(d, j) ||
                fold_is(x, j, poss, sizeof poss / sizeof *poss))
                return 1;
        return 0;
    }
    return 0;
}

/* English: the first "as" after an act verb at p (m words; at most 16
 * words, in its clause) opens a clause of time, a subject and its verb
 * ("saw him as he left", "ignored the crowd as it grew"), not what the
 * object is seen as: the verb tells of an event, no stance. */
static int
en_as_is_clause(ctx *x, int32_t p, int m, int32_t s1)
{
    ws_doc *d = x->d;
    for (int32_t k = p + m; k < s1 && k < p + m + 16; k++) {
        if (tok_is(d, k, ";") || ws_tok_is_final(d, k) || x->qid[k] >= 0)
            return 0;
        if (tok_is(d, k, "as"))
            return en_as_clause(x, k, s1) ||
                   (k + 1 < s1 && (pron_gender_simple(x, k + 1) ||
                                   tok_is(d, k + 1, "there")));
    }
    return 0;
}

/* English: the "as" before the speaker of a cue at p ("As the mayor
 * noted, ...", "..., as one trader put it."), or -1.  It opens the
 * sentence or follows a comma; the speaker phrase [as + 1, p) has words
 * only: no punctuation, quote, verb or other cue. */
static int32_t
en_as_word(ctx *x, int32_t p, int32_t s0)
{
    ws_doc *d = x->d;
    for (int32_t k = p - 1; k >= s0 && k >= p - 8; k--) {
        if (x->qid[k] >= 0 || (!ws_tok_is_word(d, k) && !tok_is(d, k, "'s") &&
                               !tok_is(d, k, "\xe2\x80\x99s")))
            return -1;
        if (tok_is(d, k, "as") || tok_is(d, k, "As")) {
            /* before it: the sentence's start (after an opening mark or
             * "But") or a comma */
            int32_t b = s0;
            while (b < k && (ws_tok_is_punct(d, b) || tok_is(d, b, "But") ||
                             tok_is(d, b, "And")))
                b++;
            if (b != k && !(k > s0 && tok_is(d, k - 1, ",")))
                return -1;
            /* the speaker is a noun phrase: no verb ("as might be
             * expected") */
            for (int32_t j = k + 1; j < p; j++)
                if (en_finite(x, j))
                    return -1;
            return k;
        }
        if (x->cuelen[k] && k < p)
            return -1;
    }
    return -1;
}

/* English: the subject phrase [a0, r1) of the sentence's main clause
 * ends before its verb: np_right may take a noun and a past verb after
 * it for noun and adjective ("The mayor toured the harbor, praising
 * ..." gives "The mayor", not "The mayor toured").  Returns the end. */
static int32_t
en_np_verb_trim(ctx *x, int32_t a0, int32_t r1, int32_t p)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return r1;
    /* "The two rivals sparred ...": a number among the modifiers, which
     * np_right does not take: a determiner, then words and numbers up to
     * the verb */
    if (r1 <= a0 && is_det(x, a0)) {
        int32_t k = a0 + 1;
        if (k < p && is_det(x, k)) /* "the two", "the three" */
            k++;
        while (k < p && k < a0 + 5 && x->qid[k] < 0 && !x->cuelen[k] &&
               (plain_word(x, k) || (d->tokens.v[k].flags & WS_TOK_NUM) ||
                (ws_tok_is_word(d, k) && !is_cap(d, k) &&
                 !(lexclass(x, x->L.skip, k) &
                   (K_PREP | K_CONJ | K_SUB | K_STOP | K_DET)))) &&
               !en_finite(x, k) && !en_past_form(x, k))
            k++;
        return k > a0 + 1 && k < p && ws_tok_is_word(d, k) && !is_det(x, k - 1)
                   ? k
                   : r1;
    }
    for (int32_t k = a0 + 1; k < r1; k++)
        if (ws_tok_is_word(d, k) && !is_cap(d, k) && x->ent[k] < 0 &&
            (en_finite(x, k) || en_past_form(x, k)) &&
            ws_tok_is_word(d, k - 1) && !is_det(x, k - 1) &&
            !is_ly_adv(x, k - 1) && x->qid[k - 1] < 0)
            return k;
    return r1;
}

/* English: a source clause with "as" ("As the mayor noted on Monday, the
 * city is broke", "The city is broke, as the mayor put it.", "The market,
 * as one trader said, is tired", "As reported by the local paper, ...").
 * The clause runs from "as" to a comma or the sentence's end (a time or
 * channel phrase after the cue stays in it); the content is the rest of
 * the sentence on either side.  Makes the statement and returns 1, else
 * 0. */
static int
en_as_source(ctx *x, int32_t p, int m, unsigned g, int32_t s0, int32_t s1)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return 0;
    int32_t as = en_as_word(x, p, s0);
    if (as < 0)
        return 0;
    int32_t b = s0;
    while (b < as && (ws_tok_is_punct(d, b) || tok_is(d, b, "But") ||
                      tok_is(d, b, "And")))
        b++;
    int front = b == as;
    int32_t sa = as + 1, sb = skip_adv_back(x, p, as) + 1;
    /* a passive "as reported by X", "as noted in the report": the
     * source follows the preposition */
    int32_t e = p + m;
    if (sb <= sa) {
        if (e + 1 >= s1 || !(tok_is(d, e, "by") || tok_is(d, e, "in")))
            return 0;
        sa = e + 1;
        sb = np_right(x, sa, s1);
        if (sb <= sa)
            return 0;
        e = sb;
    }
    /* the clause's end: a comma or the sentence's end within a few words
     * (no verb, quote or clause of its own; a channel or manner phrase
     * may run to a dozen tokens: "as the mayor noted in a long speech to
     * the council on Friday, ...") */
    int32_t cm = -1;
    for (int32_t k = e; k < s1 && k < e + 12; k++) {
        if (x->qid[k] >= 0 || tok_is(d, k, "that") || tok_is(d, k, ":") ||
            (x->cuelen[k] && k > p))
            return 0;
        if (tok_is(d, k, ",") || ws_tok_is_final(d, k)) {
            cm = k;
            break;
        }
    }
    if (cm < 0 || sb - sa > 8)
        return 0;
    int32_t k0 = -1, k1 = -1, r0 = -1, r1 = -1;
    if (!front) {
        k0 = b;
        k1 = as - 1;
        if (k1 <= k0)
            return 0;
    }
    if (tok_is(d, cm, ",") && cm + 1 < s1) {
        r0 = cm + 1;
        r1 = clause_end(x, r0, 0);
        if (r1 <= r0)
            return 0;
    } else if (front)
        return 0;
    ws_statement *st = new_statement(x, WS_INDIRECT);
    if (st == NULL)
        return 0;
    st->cue = tok_span(x, p, p + m);
    x->cueused[p] = 1;
    set_speaker(x, st, sa, sb, g, p);
    if ((k0 >= 0 && mark_mixed(x, k0, k1)) ||
        (r0 >= 0 && mark_mixed(x, r0, r1)))
        st->kind = WS_MIXED;
    if (k0 >= 0)
        add_content(x, st, k0, k1);
    if (r0 >= 0)
        add_content(x, st, r0, r1);
    return 1;
}

/* English: a sentence that opens with a quotation and runs on past its
 * closing mark in the writer's words before a trailing attribution
 * ('"We like the engine" of the plan, the chief said.'): the sentence is
 * the content (mixed speech), the quotation is no statement of its own. */
static int
en_open_quote_runs_on(ctx *x, int32_t s0, int32_t e)
{
    if (!lang_is(x, "en") || x->qid[s0] < 0)
        return 0;
    const quote *q = &x->q[x->qid[s0]];
    return q->o == s0 && !q->used && q->c + 1 < e &&
           ws_tok_is_word(x->d, q->c + 1) && x->qid[q->c + 1] < 0;
}

/* English: after a speech cue whose content came before its subject
 * ('The plan is "a mess," Ann Lee wrote in a note to staff, and "a
 * waste."'), where does the rest of the sentence take the content up
 * again?  Only prepositional phrases may follow the cue (where and to
 * whom it was said), then either the sentence's end (s1 is returned: no
 * content after the cue) or ", and" before a quotation that continues
 * the content (its opening mark is returned).  -1 for anything else. */
static int32_t
en_cue_tail_resume(ctx *x, int32_t cue_end, int32_t s1)
{
    const ws_doc *d = x->d;
    int32_t k = cue_end;
    /* ("insist on", "call for", "write about": what is said or asked) */
    static const char *const topic[] = {"on", "for", "about"};
    if (k < s1 && ws_tok_is_word(d, k) &&
        (!(lexclass(x, x->L.skip, k) & K_PREP) || fold_is(x, k, topic, 3)))
        return -1;
    for (; k < s1 && k < cue_end + 12; k++) {
        if (tok_is(d, k, ",") && k + 2 < s1 && tok_is(d, k + 1, "and") &&
            x->qid[k + 2] >= 0 && x->q[x->qid[k + 2]].o == k + 2)
            return k + 2;
        if (ws_tok_is_final(d, k) && x->qid[k] < 0)
            return k + 1 == s1 ? s1 : -1;
        if (x->qid[k] >= 0 || !ws_tok_is_word(d, k) || x->cuelen[k] ||
            tok_is(d, k, "that") || en_finite(x, k))
            return -1;
    }
    return k == s1 ? s1 : -1;
}

/* English: is token i a word written all in capitals, with at least two
 * letters and no lower-case one ("SAYS", "OZ'S"; the tokens'
 * WS_TOK_ALLCAP)? */
static int
en_all_caps(ctx *x, int32_t i)
{
    return ws_tok_is_word(x->d, i) &&
           (x->d->tokens.v[i].flags & WS_TOK_ALLCAP) != 0;
}

/* English: is the cue at p a word in capitals inside a line set all in
 * capitals ("CRITICS SAY THE BRIDGE WILL RUST")?  Such a line is a
 * section heading or a kicker over the story, a title and no one's
 * words: no statement.  The line is its sentence up to a dash after the
 * cue (a heading run into its paragraph: "HARBOUR FEES RISE -- The
 * port ..."), at most 40 words looked at; three words in capitals and
 * none with a lower-case letter make it one. */
static int
en_caps_heading(ctx *x, int32_t p, int32_t s0, int32_t s1)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || x->qid[p] >= 0 || !en_all_caps(x, p))
        return 0;
    int caps = 0;
    for (int32_t t = s0; t < s1 && t < s0 + 40; t++) {
        /* a heading run into its paragraph ends at a dash */
        if (t > p && (is_dash(d, t) || tok_is(d, t, "--")))
            break;
        if (!ws_tok_is_word(d, t) || x->qid[t] >= 0)
            continue;
        if (en_all_caps(x, t))
            caps++;
        else {
            const char *w = ws_tok_ptr(d, t);
            for (int32_t k = 0; k < ws_tok_blen(d, t); k++)
                if (w[k] >= 'a' && w[k] <= 'z')
                    return 0;
        }
    }
    return caps >= 3;
}

/* English: is a reported act's content [c0, c1) only a phrase of place
 * or time after a cue that holds its own object noun ("made the promise
 * at a rally in Dover, Delaware", "gave the order during the storm")?
 * The noun in the cue is the whole act; the phrase after it says where
 * or when, no object.  A comma is let through only before a capitalised
 * word (a place and its state); a quotation, a clause opener or a speech
 * cue in it keeps the content.  A "with" phrase is the act's addressee
 * ("lodged a protest with the council"): it stays. */
static int
en_light_cue_adjunct(ctx *x, int32_t p, int m, int32_t c0, int32_t c1)
{
    static const char *const prep[] = {"at",   "in",         "during",
                                       "amid", "throughout", "inside"};
    static const char *const open[] = {"that",    "how", "what",  "why",
                                       "whether", "who", "which", "to"};
    ws_doc *d = x->d;
    int32_t last = p + m - 1;
    if (!lang_is(x, "en") || m < 2 || c1 <= c0 + 1 ||
        !ws_tok_is_word(d, last) || x->qid[last] >= 0 ||
        (lexclass(x, x->L.skip, last) & K_PREP) ||
        !fold_is(x, c0, prep, sizeof prep / sizeof *prep))
        return 0;
    /* the cue's last word is a noun after a determiner ("the promise",
     * "a protest"), not a particle ("weighed in", "spoke out") */
    int det = 0;
    for (int32_t k = p + 1; k < last; k++)
        if (is_det(x, k))
            det = 1;
    if (!det)
        return 0;
    for (int32_t k = c0 + 1; k < c1; k++)
        if (x->qid[k] >= 0 || fold_is(x, k, open, sizeof open / sizeof *open) ||
            (x->cuelen[k] && is_speech_cue(x->cueattr[k])) ||
            (tok_is(d, k, ",") && !(k + 1 < c1 && is_cap(d, k + 1))))
            return 0;
    return 1;
}

/* English: is the cue at p a past participle hanging on a thing named in
 * a prepositional phrase, a reduced relative clause ("sore from a course
 * of shots intended to ease the pain", "in a field labeled 'other
 * income'", "a folder titled Minutes")?  The noun is what is meant or
 * marked, no one speaks or acts: no statement.  "intended", "designed"
 * and "meant" need "to" after them; "labeled", "titled" and the like a
 * quotation or a capitalised word. */
static int
en_thing_participle(ctx *x, int32_t p, int32_t s0, int32_t s1)
{
    static const char *const aim[] = {"intended", "designed", "meant"};
    static const char *const mark[] = {"labeled", "labelled", "titled",
                                       "entitled", "marked"};
    ws_doc *d = x->d;
    int rl;
    if (!lang_is(x, "en") || p - 2 < s0 || p + 1 >= s1 || x->qid[p] >= 0)
        return 0;
    if (fold_is(x, p, aim, sizeof aim / sizeof *aim)) {
        if (!tok_is(d, p + 1, "to"))
            return 0;
    } else if (fold_is(x, p, mark, sizeof mark / sizeof *mark)) {
        int q = x->qid[p + 1] >= 0 && x->q[x->qid[p + 1]].o == p + 1;
        if (!q && !(ws_tok_is_word(d, p + 1) && is_cap(d, p + 1)))
            return 0;
    } else
        return 0;
    int32_t h = p - 1;
    if (!plain_word(x, h) || is_cap(d, h) || pron_gender(x, h, &rl) ||
        x->cuelen[h] || lexclass(x, x->L.skip, h) ||
        (lexclass(x, x->L.spk, h) & (S_ROLE | S_ORG)))
        return 0;
    int32_t a = np_left(x, h, s0);
    return a > s0 && ws_tok_is_word(d, a - 1) &&
           (!is_cap(d, a - 1) || a - 1 == s0) &&
           (lexclass(x, x->L.skip, a - 1) & K_PREP);
}

/* Drops the statements for which drop(x, st) is true, keeping the order
 * of the others. */
static void
drop_statements(ctx *x, int (*drop)(ctx *, const ws_statement *))
{
    ws_doc *d = x->d;
    int32_t k = 0;
    for (int32_t i = 0; i < d->statements.n; i++) {
        if (drop(x, &d->statements.v[i]))
            continue;
        if (k != i)
            d->statements.v[k] = d->statements.v[i];
        k++;
    }
    d->statements.n = k;
}

/* English: is the whole content one adverb in -ly ("According to the
 * tally, roughly.")?  A word of manner or degree says nothing that was
 * said or done. */
static int
en_adverb_content(ctx *x, const ws_statement *st)
{
    ws_doc *d = x->d;
    if (st->kind == WS_DIRECT || st->ncontent != 1 || st->content[0].start < 0)
        return 0;
    int32_t t = ws_doc_tok_at(d, st->content[0].start, 0);
    return t >= 0 && t < d->tokens.n &&
           d->tokens.v[t].start == st->content[0].start &&
           d->tokens.v[t].end == st->content[0].end && is_ly_adv(x, t);
}

/* English: drops the statements whose whole content is one -ly adverb. */
static void
en_adverb_content_pass(ctx *x)
{
    if (lang_is(x, "en"))
        drop_statements(x, en_adverb_content);
}

/* Rules for statements that report no one's words or acts.  Each takes
 * one statement and says whether it is such; en_no_report_pass drops
 * those.  t0 is the token where the content starts, p the cue's last
 * token (-1 without a cue). */

/* (below: the token starting at a character, or -1; its answers kept per
 * character, as the passes before ask of the same starts) */
static int32_t tok_starting_at(ctx *x, int32_t c);

/* English: an -ly adverb between a reported act's cue and a gerund that
 * opens its object modifies the gerund ("called for promptly rebuilding
 * the pier", "urged quietly dropping the case"): it belongs to the
 * content, which started after it. */
static void
en_act_adverb_gerund_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        if (st->kind != WS_REPORTED || st->ncontent == 0 || st->cue.start < 0)
            continue;
        int32_t t = tok_starting_at(x, st->content[0].start);
        if (t < 2 || !en_participle(x, t) || !is_ly_adv(x, t - 1) ||
            x->qid[t - 1] >= 0 || d->tokens.v[t - 1].start < st->cue.end ||
            d->tokens.v[t - 2].end > st->cue.end)
            continue;
        st->content[0].start = d->tokens.v[t - 1].start;
    }
}

/* "they found a way round the rule", "firms have found ways to pay less":
 * finding a way is managing to do something, not a finding reported. */
static int
en_nsp_find_a_way(ctx *x, int32_t p, int32_t t0)
{
    static const char *const find[] = {"find", "finds", "found", "finding"};
    static const char *const way[] = {"way", "ways"};
    ws_doc *d = x->d;
    if (p < 0 || t0 < 0 || !fold_is(x, p, find, sizeof find / sizeof *find))
        return 0;
    for (int32_t k = t0; k < t0 + 3 && k < d->tokens.n; k++) {
        if (fold_is(x, k, way, sizeof way / sizeof *way))
            return 1;
        if (!ws_tok_is_word(d, k) || is_cap(d, k) || x->qid[k] >= 0 ||
            x->cuelen[k])
            return 0;
    }
    return 0;
}

/* "told us how to dress", "tells you what to buy": "tell" with a
 * question word and "to" is an instruction, not words reported. */
static int
en_nsp_tell_how_to(ctx *x, int32_t p, int32_t t0)
{
    static const char *const tell[] = {"tell", "tells", "told", "telling"};
    static const char *const wh[] = {"how",  "what", "where",
                                     "when", "whom", "which"};
    ws_doc *d = x->d;
    return p >= 0 && t0 >= 0 && t0 + 1 < d->tokens.n &&
           fold_is(x, p, tell, sizeof tell / sizeof *tell) &&
           fold_is(x, t0, wh, sizeof wh / sizeof *wh) &&
           tok_is(d, t0 + 1, "to");
}

/* "offered no details.", "gave no reason": a content that is only "no"
 * and one or two plain words says that nothing was said (with a clause
 * after it, "no sign that ...", it stays). */
static int
en_nsp_bare_no(ctx *x, const ws_statement *st, int32_t t0)
{
    ws_doc *d = x->d;
    if (st->kind != WS_REPORTED || st->ncontent != 1 || t0 < 0 ||
        !tok_is(d, t0, "no"))
        return 0;
    int32_t k = t0 + 1;
    while (k < d->tokens.n && d->tokens.v[k].end <= st->content[0].end) {
        if (!plain_word(x, k) || k > t0 + 2)
            return 0;
        k++;
    }
    return k > t0 + 1;
}

/* "the board, which in May imposed new fees": a month or weekday name
 * taken for the speaker (s: its first token, tok_starting_at's, as
 * en_nsp_any passes it to the rules that read it). */
static int
en_nsp_date_speaker(ctx *x, const ws_statement *st, int32_t s)
{
    static const char *const dates[] = {
        "january",  "february", "march",    "april",     "may",
        "june",     "july",     "august",   "september", "october",
        "november", "december", "monday",   "tuesday",   "wednesday",
        "thursday", "friday",   "saturday", "sunday"};
    ws_doc *d = x->d;
    return s >= 0 && d->tokens.v[s].end == st->speaker.end &&
           fold_is(x, s, dates, sizeof dates / sizeof *dates);
}

/* "a clerk who wrote and signed the order": the content opening on "and" or
 * "or" right after the cue is the second verb of a pair, not what was
 * said.  A colon is no verb: "JONES: And ..." opens a turn. */
static int
en_nsp_coordinated_cue(ctx *x, int32_t p, int32_t t0)
{
    static const char *const conj[] = {"and", "or"};
    return p >= 0 && t0 == p + 1 && ws_tok_is_word(x->d, p) &&
           fold_is(x, t0, conj, sizeof conj / sizeof *conj);
}

/* English: the verbs of judging, rating and portraying that take their
 * predicate through "as" in the passive ("is regarded as a risk", "was
 * rated as false", "were painted as reckless") */
static const char *const en_judge_as[] = {
    "defined",       "described",     "regarded", "seen",    "viewed",
    "perceived",     "rated",         "graded",   "painted", "framed",
    "characterized", "characterised", "portrayed"};

/* "The day is observed as a holiday", "they were unmasked as spies": a
 * passive participle with "as" (no "by" in the cue) classes the subject;
 * no one speaks. */
static int
en_nsp_passive_as(ctx *x, const ws_statement *st, int32_t p)
{
    static const char *const be[] = {"is",   "are",   "was", "were", "be",
                                     "been", "being", "'s",  "’s"};
    ws_doc *d = x->d;
    (void)st;
    if (p < 1 || p + 1 >= d->tokens.n || !tok_is(d, p + 1, "as"))
        return 0;
    size_t l;
    const char *f = tok_fold(x, p, &l);
    if (l < 4 || f[l - 2] != 'e' || f[l - 1] != 'd')
        return 0;
    /* a verb of judging is an assessment with no named holder
     * (en_passive_judgement_pass): "is defined as ..." */
    if (fold_is(x, p, en_judge_as, sizeof en_judge_as / sizeof *en_judge_as))
        return 0;
    int32_t b = p - 1;
    if (is_ly_adv(x, b) && b > 0)
        b--;
    return fold_is(x, b, be, sizeof be / sizeof *be);
}

/* "She made the point with a chart", "the ad closes with a clip of the
 * rally": a content that is only a "with" phrase after the cue is the
 * means or the manner, not what was said.  After a verb of answering
 * ("replied with a joke") the phrase is the answer, and it stays. */
static int
en_nsp_with_phrase(ctx *x, const ws_statement *st, int32_t p, int32_t t0)
{
    static const char *const answer[] = {
        "respond",  "responds",  "responded", "responding", "reply",
        "replies",  "replied",   "replying",  "answer",     "answers",
        "answered", "answering", "react",     "reacts",     "reacted",
        "reacting", "retort",    "retorts",   "retorted",   "counter",
        "counters", "countered", "countering"};
    ws_doc *d = x->d;
    return st->kind == WS_INDIRECT && p >= 0 && t0 > p && t0 <= p + 2 &&
           tok_is(d, t0, "with") &&
           !fold_is(x, p, answer, sizeof answer / sizeof *answer);
}

/* "the host's show proved a haven and offered him a stage": a speaker
 * that ends in a possessive "'s" names whose thing acted, not who spoke;
 * the verb's subject is the noun after it.  A pronoun's "'s" is "is" or
 * "has" ("he's argued"), and a cue right after the "'s" may read as one
 * too: both stay. */
static int
en_nsp_possessive_speaker(ctx *x, const ws_statement *st, int32_t p)
{
    static const char *const poss[] = {"'s", "’s"};
    static const char *const pron[] = {"he",    "she",  "it",  "who",  "that",
                                       "there", "what", "let", "here", "where"};
    ws_doc *d = x->d;
    if (p < 0 || st->speaker.start < 0 || st->speaker.end > st->cue.start)
        return 0;
    int32_t e = ws_doc_tok_at(d, st->speaker.end, 1) - 1;
    if (e < 1 || e >= d->tokens.n || d->tokens.v[e].end != st->speaker.end ||
        p <= e + 1)
        return 0;
    size_t l;
    const char *f = tok_fold(x, p, &l);
    if (!(l > 4 && f[l - 2] == 'e' && f[l - 1] == 'd') &&
        !(l > 5 && memcmp(f + l - 3, "ing", 3) == 0))
        return 0;
    if (fold_is(x, e, poss, sizeof poss / sizeof *poss))
        return !fold_is(x, e - 1, pron, sizeof pron / sizeof *pron);
    /* one token "Oz's" */
    f = tok_fold(x, e, &l);
    for (size_t k = 0; k < sizeof poss / sizeof *poss; k++) {
        size_t pl = strlen(poss[k]);
        if (l > pl + 1 && memcmp(f + l - pl, poss[k], pl) == 0) {
            size_t nl = l - pl;
            for (size_t j = 0; j < sizeof pron / sizeof *pron; j++)
                if (strlen(pron[j]) == nl && memcmp(f, pron[j], nl) == 0)
                    return 0;
            return 1;
        }
    }
    return 0;
}

/* "According to his log, after testing the pump, he ...": a speaker
 * span lying inside the cue is a piece of the cue ("According to"), no
 * one who spoke, and a content opening on "after", "when" and the like
 * is the time clause before the main one, no report either. */
static int
en_nsp_speaker_in_cue(ctx *x, const ws_statement *st, int32_t t0)
{
    static const char *const sub[] = {"after",   "before", "when", "while",
                                      "since",   "until",  "once", "as",
                                      "because", "if"};
    return st->speaker.start >= 0 && st->cue.start >= 0 && t0 >= 0 &&
           st->speaker.start >= st->cue.start &&
           st->speaker.end <= st->cue.end &&
           fold_is(x, t0, sub, sizeof sub / sizeof *sub);
}

/* "Perhaps ask yourself ...", "Worse, in many cases reporting ...": a
 * speaker that is one sentence adverb or connective (no name) modifies
 * the clause; it does not speak, and the verb after it is no one's act
 * that was found. */
static int
en_nsp_adverb_speaker(ctx *x, const ws_statement *st, int32_t s)
{
    static const char *const conn[] = {
        "perhaps",   "maybe",        "worse",        "better",
        "instead",   "moreover",     "furthermore",  "nevertheless",
        "likewise",  "nonetheless",  "besides",      "hence",
        "thus",      "otherwise",    "ironically",   "notably",
        "similarly", "additionally", "consequently", "admittedly"};
    ws_doc *d = x->d;
    if (s < 0 || d->tokens.v[s].end != st->speaker.end || x->ent[s] >= 0 ||
        !ws_tok_is_word(d, s))
        return 0;
    return (lexclass(x, x->L.skip, s) & K_ADV) ||
           fold_is(x, s, conn, sizeof conn / sizeof *conn);
}

/* "..., scaling back plans to ...": a speaker that is an -ing verb and its
 * particle is a participle clause, no noun phrase; the word after it
 * ("plans", "calls") is its object, a noun, not an act. */
static int
en_nsp_particle_speaker(ctx *x, const ws_statement *st, int32_t s)
{
    static const char *const part[] = {"back", "up",   "down", "off",
                                       "out",  "away", "over"};
    ws_doc *d = x->d;
    if (s < 0 || s + 1 >= d->tokens.n ||
        d->tokens.v[s + 1].end != st->speaker.end || !plain_word(x, s) ||
        !fold_is(x, s + 1, part, sizeof part / sizeof *part))
        return 0;
    size_t l;
    const char *f = tok_fold(x, s, &l);
    return l > 5 && memcmp(f + l - 3, "ing", 3) == 0;
}

/* English: the tokens of span sp, in *a and *b (one past); 0 when sp is
 * no whole run of tokens. */
static int
span_whole_toks(ctx *x, ws_span sp, int32_t *a, int32_t *b)
{
    ws_doc *d = x->d;
    if (sp.start < 0 || sp.end <= sp.start)
        return 0;
    *a = tok_starting_at(x, sp.start);
    *b = ws_doc_tok_at(d, sp.end, 1);
    return *a >= 0 && *b > *a && *b <= d->tokens.n &&
           d->tokens.v[*b - 1].end == sp.end;
}

/* "the choice of guests says something about the host": "say" with
 * "something", "a lot", "much" ... and "about" after it, its subject
 * naming no one who can speak (en_agent_subject), tells what a thing
 * reveals, not what was said */
static int
en_nsp_says_about(ctx *x, const ws_statement *st, int32_t p, int32_t t0)
{
    static const char *const say[] = {"say", "says", "said", "saying"};
    static const char *const amount[] = {"something", "much",   "little",
                                         "nothing",   "plenty", "volumes",
                                         "lot",       "great",  "deal"};
    ws_doc *d = x->d;
    int32_t a, b;
    if (p < 0 || t0 <= p || !fold_is(x, p, say, sizeof say / sizeof *say) ||
        !span_whole_toks(x, st->speaker, &a, &b) || en_agent_subject(x, a, b))
        return 0;
    int32_t k = t0;
    while (k < d->tokens.n && k < t0 + 3 &&
           (tok_is(d, k, "a") ||
            fold_is(x, k, amount, sizeof amount / sizeof *amount)))
        k++;
    return k > t0 && k < d->tokens.n && tok_is(d, k, "about");
}

/* "she welcomed several hundred guests": "welcome" with a short object
 * that ends in a noun for people who come (guests, visitors, a crowd) is
 * receiving them, not a word about anything */
static int
en_nsp_welcome_guests(ctx *x, const ws_statement *st, int32_t p, int32_t t0)
{
    static const char *const welcome[] = {"welcome", "welcomes", "welcomed",
                                          "welcoming"};
    static const char *const comer[] = {"guests",   "visitors",  "crowd",
                                        "crowds",   "delegates", "delegation",
                                        "audience", "attendees", "newcomers",
                                        "guest",    "visitor"};
    int32_t a, b;
    if (p < 0 || t0 <= p ||
        !fold_is(x, p, welcome, sizeof welcome / sizeof *welcome) ||
        st->ncontent != 1 || !span_whole_toks(x, st->content[0], &a, &b))
        return 0;
    return b - a <= 5 && fold_is(x, b - 1, comer, sizeof comer / sizeof *comer);
}

/* "the gear and support needed to stay open": a cue right before a past
 * participle and "to" or "by" is a noun the participle modifies (a verb
 * takes no participle phrase as its object); no statement */
static int
en_nsp_noun_before_participle(ctx *x, int32_t p, int32_t t0)
{
    ws_doc *d = x->d;
    if (p < 0 || t0 != p + 1 || t0 + 1 >= d->tokens.n ||
        !ws_tok_is_word(d, t0) || is_cap(d, t0))
        return 0;
    size_t n;
    const char *f = tok_fold(x, t0, &n);
    return n > 4 && f[n - 2] == 'e' && f[n - 1] == 'd' &&
           (tok_is(d, t0 + 1, "to") || tok_is(d, t0 + 1, "by"));
}

/* "both parties are contesting Ohio": "contest" whose whole content is a
 * place is competing for it, not disputing anything */
static int
en_nsp_contest_place(ctx *x, const ws_statement *st, int32_t p)
{
    static const char *const contest[] = {"contest", "contests", "contested",
                                          "contesting"};
    ws_doc *d = x->d;
    int32_t a, b;
    if (p < 0 || !fold_is(x, p, contest, sizeof contest / sizeof *contest) ||
        st->ncontent != 1 || !span_whole_toks(x, st->content[0], &a, &b))
        return 0;
    int32_t e = x->ent[a];
    for (int32_t k = a; k < b; k++)
        if (x->ent[k] != e)
            return 0;
    return e >= 0 && d->entities.v[e].type == WS_LOC;
}

/* English: does the paragraph of token p open with "Editor's note" (a
 * publisher's aside on the article, a correction or a disclaimer, not
 * reporting of what anyone said)? */
static int
en_nsp_editors_note(ctx *x, const ws_statement *st, int32_t p)
{
    static const char *const heads[] = {
        "editor's note", "editor\xe2\x80\x99s note", "editors' note",
        "editors\xe2\x80\x99 note"};
    ws_doc *d = x->d;
    int32_t t0, t1;
    if (p < 0 || st->ncontent < 1)
        return 0;
    para_range(x, p, &t0, &t1);
    const char *h = d->text + ws_doc_byte(d, d->tokens.v[t0].start);
    /* (every head opens with "editor": most paragraphs differ there, no
     * call) */
    if ((h[0] | 0x20) != 'e')
        return 0;
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
        if (strncasecmp(h, heads[i], strlen(heads[i])) == 0)
            return 1;
    return 0;
}

/* English: does one of the en_nsp_* rules find that st reports no one's
 * words or acts? */
static int
en_nsp_any(ctx *x, const ws_statement *st)
{
    ws_doc *d = x->d;
    int32_t p = -1, t0 = -1;
    if (st->kind == WS_DIRECT)
        return 0;
    if (st->cue.start >= 0) {
        p = ws_doc_tok_at(d, st->cue.end, 1) - 1;
        if (p < 0 || p >= d->tokens.n || d->tokens.v[p].end != st->cue.end)
            p = -1;
    }
    if (st->ncontent > 0)
        t0 = tok_starting_at(x, st->content[0].start);
    /* the speaker's first token, found once for the rules that read it */
    const int32_t s = tok_starting_at(x, st->speaker.start);
    return en_nsp_find_a_way(x, p, t0) || en_nsp_tell_how_to(x, p, t0) ||
           en_nsp_bare_no(x, st, t0) || en_nsp_date_speaker(x, st, s) ||
           en_nsp_coordinated_cue(x, p, t0) || en_nsp_passive_as(x, st, p) ||
           en_nsp_with_phrase(x, st, p, t0) ||
           en_nsp_possessive_speaker(x, st, p) ||
           en_nsp_speaker_in_cue(x, st, t0) ||
           en_nsp_adverb_speaker(x, st, s) ||
           en_nsp_particle_speaker(x, st, s) ||
           en_nsp_says_about(x, st, p, t0) ||
           en_nsp_welcome_guests(x, st, p, t0) ||
           en_nsp_noun_before_participle(x, p, t0) ||
           en_nsp_contest_place(x, st, p) || en_nsp_editors_note(x, st, p);
}

/* English: drops the statements that the en_nsp_* rules find to report
 * no one's words or acts. */
static void
en_no_report_pass(ctx *x)
{
    if (lang_is(x, "en"))
        drop_statements(x, en_nsp_any);
}

/* English: the end of a bare plural noun phrase at a0 ("farmers",
 * "fellow doctors", "many local farmers"): up to three plain words, the
 * last plural; a0 when none. */
static int32_t
en_bare_plural_end(ctx *x, int32_t a0, int32_t s1)
{
    int32_t k = a0;
    while (k < s1 && k < a0 + 3 && plain_word(x, k) && x->qid[k] < 0 &&
           !is_ly_adv(x, k) && !en_finite(x, k) && !x->cuelen[k])
        k++;
    return k > a0 && ends_plural(x, k - 1) ? k : a0;
}

/* English: is the one-word act verb at p in a relative clause whose
 * object is the gap of "that" or "which" ("the delays that she blamed on
 * the council", "a rule which he faulted for its cost")?  A preposition
 * follows the verb where its object would stand: what the act is about
 * is the noun before "that", and the phrase after the verb is no object.
 * No statement is made (the relative clause belongs to the noun). */
static int
en_gapped_relative_act(ctx *x, int32_t p, int m, unsigned attr, int32_t s0,
                       int32_t s1)
{
    static const char *const prep[] = {"on", "for", "over", "with", "against"};
    static const char *const rel[] = {"that", "which"};
    if (!lang_is(x, "en") || m != 1 || !(attr & C_ACT) || (attr & C_SAY) ||
        p + 1 >= s1 || p - 3 < s0 ||
        !fold_is(x, p + 1, prep, sizeof prep / sizeof *prep))
        return 0;
    /* the subject: a pronoun or a short noun phrase after the relative */
    int32_t r;
    if (pron_gender_simple(x, p - 1))
        r = p - 2;
    else {
        int32_t a = np_left(x, p - 1, s0);
        if (a < 0 || a > p - 1 || p - a > 4)
            return 0;
        r = a - 1;
    }
    return r - 1 >= s0 && fold_is(x, r, rel, sizeof rel / sizeof *rel) &&
           plain_word(x, r - 1) && !x->cuelen[r - 1] &&
           !lexclass(x, x->L.skip, r - 1);
}

/* English: a passive act participle trailing its clause after a comma,
 * with its "by" agent ("The levy stays in force, defended by the
 * treasurer", "The scheme went ahead, criticised by the guild as too
 * costly"): the agent is the source; the noun phrase opening the clause
 * before the comma (its subject, or the noun the participle follows) is
 * what the act is about, with an "as" phrase after the agent.  The
 * clause is bounded (CLAUSE_MAX tokens) and holds no quote and no other
 * cue.  Makes the statement and returns 1, or returns 0. */
static int
en_comma_participle_by(ctx *x, int32_t p, int m, unsigned attr, int32_t s0,
                       int32_t s1)
{
    ws_doc *d = x->d;
    size_t n;
    int rl;
    if (!lang_is(x, "en") || m != 1 || !(attr & C_ACT) || p - 2 < s0 ||
        p + 2 >= s1 || !tok_is(d, p - 1, ","))
        return 0;
    const char *f = tok_fold(x, p, &n);
    if (!(n > 3 && f[n - 2] == 'e' && f[n - 1] == 'd'))
        return 0;
    int32_t k = en_adjunct_before_by(x, p + 1, s1);
    if (k + 1 >= s1 || !tok_is(d, k, "by"))
        return 0;
    int32_t a0 = k + 1, a1 = np_right(x, a0, s1);
    if (a1 <= a0)
        a1 = en_bare_plural_end(x, a0, s1);
    if (a1 <= a0 || (d->tokens.v[a0].flags & WS_TOK_NUM) ||
        (lexclass(x, x->L.skip, a0) & K_TIME))
        return 0;
    /* the clause before the comma */
    int32_t c = p - 2;
    for (; c >= s0; c--) {
        if (c <= p - 2 - CLAUSE_MAX || x->qid[c] >= 0 || x->cuelen[c])
            return 0;
        if (is_clause_punct(d, c) || is_dash(d, c) || tok_is(d, c, "that") ||
            (lexclass(x, x->L.skip, c) & (K_SUB | K_STOP)))
            break;
    }
    int32_t sa = c + 1;
    if (sa >= p - 1 || !ws_tok_is_word(d, sa) || pron_gender(x, sa, &rl) ||
        (lexclass(x, x->L.skip, sa) & (K_PREP | K_TIME | K_ADV | K_CONJ)))
        return 0;
    /* the noun phrase ends before the clause's verb: a finite or past
     * form, or a linking verb np_right takes for a noun ("The levy
     * stays in force") */
    static const char *const link[] = {
        "remain",   "remains",   "stay",   "stays",   "went", "goes",
        "seem",     "seems",     "became", "becomes", "look", "looks",
        "continue", "continues", "proved", "proves",  "got",  "gets"};
    int32_t sb = en_np_verb_trim(x, sa, np_right(x, sa, p - 1), p - 1);
    /* a capitalised first word np_right takes for a name ("Toll roads
     * remain ..."): the plain words after it up to the verb */
    if (sa == s0 && sb == sa + 1)
        while (sb < p - 1 && sb < sa + 5 && plain_word(x, sb) &&
               !is_cap(x->d, sb) && !is_ly_adv(x, sb) && !en_finite(x, sb) &&
               !en_past_form(x, sb) && !lexclass(x, x->L.skip, sb) &&
               !fold_is(x, sb, link, sizeof link / sizeof *link))
            sb++;
    for (int32_t v = sa + 1; v < sb; v++)
        if (fold_is(x, v, link, sizeof link / sizeof *link)) {
            sb = v;
            break;
        }
    if (sb <= sa)
        return 0;
    int32_t c0 = -1, c1 = -1;
    if (a1 + 1 < s1 && tok_is(d, a1, "as") && !tok_is(d, a1 + 1, "well")) {
        c0 = a1 + 1;
        c1 = clause_end(x, c0, 1);
    }
    ws_statement *st = cue_statement(x, WS_REPORTED, p);
    if (st == NULL)
        return 1;
    set_speaker(x, st, a0, a1, 0, p);
    add_content(x, st, sa, sb);
    if (c1 > c0)
        add_content(x, st, c0, c1);
    return 1;
}

/* English: a passive naming verb with its predicate before a "by" agent
 * ("The merger was branded a mistake by the union", "has been called an
 * eyesore by neighbours", "was labelled reckless by the auditors"): the
 * agent is the source; the subject and the predicate (at most 6 words,
 * no name, no particle) are what the act is about.  Makes the statement
 * and returns 1, or returns 0. */
static int
en_passive_naming(ctx *x, int32_t p, int m, int32_t s0, int32_t s1)
{
    static const char *const nm[] = {"called",   "branded", "labeled",
                                     "labelled", "dubbed",  "termed"};
    static const char *const be[] = {"is", "are",  "was",  "were",
                                     "be", "been", "being"};
    static const char *const aux[] = {
        "has",  "have",   "had",  "will",  "would", "could", "may", "might",
        "must", "should", "also", "often", "once",  "even",  "not", "n't"};
    static const char *const part[] = {"back",    "up",   "out",  "off",
                                       "in",      "away", "home", "together",
                                       "forward", "down", "upon", "over"};
    ws_doc *d = x->d;
    int rl;
    if (!lang_is(x, "en") || m != 1 || p - 2 < s0 || p + 3 >= s1)
        return 0;
    /* a verb of judging with "as" before its predicate ("was painted as
     * reckless by the auditors") */
    int as =
        tok_is(d, p + 1, "as") &&
        fold_is(x, p, en_judge_as, sizeof en_judge_as / sizeof *en_judge_as);
    if (!as && !fold_is(x, p, nm, sizeof nm / sizeof *nm))
        return 0;
    int32_t j = p - 1;
    while (j > s0 && j > p - 3 && is_ly_adv(x, j))
        j--;
    if (!fold_is(x, j, be, sizeof be / sizeof *be))
        return 0;
    int32_t e = j;
    while (e - 1 > s0 && e > j - 3 &&
           (fold_is(x, e - 1, aux, sizeof aux / sizeof *aux) ||
            fold_is(x, e - 1, be, sizeof be / sizeof *be) ||
            is_ly_adv(x, e - 1)))
        e--;
    /* the predicate, up to "by" */
    int32_t k = p + 1 + as;
    if (k >= s1 || is_cap(d, k) ||
        fold_is(x, k, part, sizeof part / sizeof *part) || tok_is(d, k, "to") ||
        (lexclass(x, x->L.skip, k) & K_PREP))
        return 0;
    while (k < s1 && k < p + 7 + as && ws_tok_is_word(d, k) && x->qid[k] < 0 &&
           !tok_is(d, k, "by") && !x->cuelen[k])
        k++;
    if (k + 1 >= s1 || !tok_is(d, k, "by"))
        return 0;
    int32_t a0 = k + 1, a1 = np_right(x, a0, s1);
    if (a1 <= a0)
        a1 = en_bare_plural_end(x, a0, s1);
    if (a1 <= a0 || (d->tokens.v[a0].flags & WS_TOK_NUM) ||
        (lexclass(x, x->L.skip, a0) & K_TIME) ||
        (lexclass(x, x->L.skip, a1 - 1) & K_TIME))
        return 0;
    /* the subject; an apposition between commas or dashes belongs to it
     * ("Ms. Quist, a former judge, was dubbed ...") */
    int32_t sb = e, sa = -1;
    if (e - 3 > s0 && (tok_is(d, e - 1, ",") || is_dash(d, e - 1))) {
        /* the same mark opens it (not a hyphen inside a word) */
        const char *mk = ws_tok_ptr(d, e - 1);
        int32_t ml = ws_tok_blen(d, e - 1), c = e - 2;
        while (c > s0 && c > e - 14 && x->qid[c] < 0 &&
               !(ws_tok_blen(d, c) == ml && !memcmp(ws_tok_ptr(d, c), mk, ml)))
            c--;
        if (c > s0 && ws_tok_blen(d, c) == ml &&
            !memcmp(ws_tok_ptr(d, c), mk, ml) && ws_tok_is_word(d, c - 1)) {
            sa = np_left(x, c - 1, s0);
            sb = e - 1;
        }
    } else if (e - 1 >= s0 && ws_tok_is_word(d, e - 1) && x->qid[e - 1] < 0) {
        sa = np_left(x, e - 1, s0);
        /* a noun that is also a cue word ("The plan was branded ...",
         * "The budget report was called ..."), as in en_passive */
        if (sa < 0 && x->cuelen[e - 1] && e - 2 >= s0) {
            if (is_det(x, e - 2))
                sa = e - 2;
            else if (plain_word(x, e - 2) && !x->cuelen[e - 2])
                sa = np_left(x, e - 2, s0);
        }
        if (sa < 0)
            sa = en_passive_clause_start(x, e, s0);
        else
            sa = en_of_head(x, sa, s0);
    }
    if (sa < 0 || sa >= sb || (pron_gender(x, sa, &rl) && rl))
        return 0;
    ws_statement *st = cue_statement(x, WS_REPORTED, p);
    if (st == NULL)
        return 1;
    set_speaker(x, st, a0, a1, 0, p);
    add_content(x, st, sa, sb);
    add_content(x, st, p + 1 + as, k);
    return 1;
}

/* English: is the cue at p an -ing participle ("attacking", "calling
 * for"; en_participle)?  A participle takes no subject after it: ",
 * attacking the council" is the main clause's subject's act, not the
 * council's (as ", said the council" would be). */
static int
en_ing_cue(ctx *x, int32_t p)
{
    return lang_is(x, "en") && en_participle(x, p);
}

/* English: the "to" of an infinitive after the object that opens [c0, c1)
 * ("buyers of the ore, like mills, to pay more"): the first "to" within
 * twenty tokens with a plain word after it, before a clause or quotation
 * starts; -1 when there is none ("persuaded them of the risk", "coaxed
 * him to the table"). */
static int32_t
en_object_infinitive(ctx *x, int32_t c0, int32_t c1)
{
    ws_doc *d = x->d;
    for (int32_t k = c0 + 1; k + 1 < c1 && k <= c0 + 20; k++) {
        if (x->qid[k] >= 0 || ws_tok_is_final(d, k) || tok_is(d, k, ";") ||
            tok_is(d, k, ":") || tok_is(d, k, "that"))
            return -1;
        if (tok_is(d, k, "to") && ws_tok_is_word(d, k + 1) &&
            !is_det(x, k + 1) && !is_cap(d, k + 1))
            return k;
    }
    return -1;
}

/* English: the "to" of an infinitive after an aside that starts at a
 * (after the object of a verb of persuading): the aside opens with a
 * comma or a preposition or subordinator ("after weeks of talks", ", in
 * a long letter,") and holds no finite verb, cue, conjunction or quote;
 * after a comma "to" comes right after the aside's closing comma.  -1
 * when there is none before e. */
static int32_t
en_aside_infinitive(ctx *x, int32_t a, int32_t e)
{
    ws_doc *d = x->d;
    int32_t b = tok_is(d, a, ",") ? a + 1 : a;
    if (b >= e || !ws_tok_is_word(d, b) ||
        !(lexclass(x, x->L.skip, b) & (K_PREP | K_SUB)))
        return -1;
    int comma = b > a;
    for (int32_t k = b + 1; k + 1 < e && k <= b + 12; k++) {
        if (x->qid[k] >= 0 || ws_tok_is_final(d, k) || tok_is(d, k, ";") ||
            tok_is(d, k, ":") || x->cuelen[k] || en_finite(x, k) ||
            (ws_tok_is_word(d, k) && (lexclass(x, x->L.skip, k) & K_CONJ)))
            return -1;
        if (tok_is(d, k, ",")) {
            if (!comma)
                return -1;
            return tok_is(d, k + 1, "to") && k + 2 < e &&
                           ws_tok_is_word(d, k + 2) && !is_det(x, k + 2) &&
                           !is_cap(d, k + 2)
                       ? k + 1
                       : -1;
        }
        if (!comma && tok_is(d, k, "to") && ws_tok_is_word(d, k + 1) &&
            !is_det(x, k + 1) && !is_cap(d, k + 1))
            return k;
    }
    return -1;
}

/* English: where the object [c0, c1) of an -ing participle cue at p ends
 * when the participle hangs on the noun phrase opening the sentence at s0
 * (no cue or other participle in it), whose main verb comes later.  Set off by
 * commas ("The mayor, attacking the levy, left early") the aside closes at its
 * second comma (not one of a list: a determiner, a name or "and" after it);
 * right after the noun phrase ("A letter praising the crews was read out") the
 * object ends before an auxiliary, or a past form with its own object.  A
 * relative clause or a quote inside the object leaves it whole. */
static int32_t
en_participle_object_end(ctx *x, int32_t p, int32_t s0, int32_t c0, int32_t c1)
{
    static const char *const rel[] = {"that", "which", "who", "whom", "whose"};
    ws_doc *d = x->d;
    int aside = p > s0 + 1 && tok_is(d, p - 1, ",");
    if (p <= s0 || np_left(x, p - 1 - aside, s0) != s0)
        return c1;
    for (int32_t k = s0; k < p - 1; k++)
        if (x->cuelen[k] || en_participle(x, k))
            return c1;
    for (int32_t k = c0 + 1; k < c1; k++) {
        if (x->qid[k] >= 0 || fold_is(x, k, rel, sizeof rel / sizeof *rel))
            return c1;
        if (aside && tok_is(d, k, ",")) {
            if (k + 1 < c1 && (is_det(x, k + 1) || is_cap(d, k + 1) ||
                               (lexclass(x, x->L.skip, k + 1) & K_CONJ)))
                return c1;
            return k;
        }
        if (!aside && (en_aux(x, k) || en_does_did(x, k) ||
                       (en_past_form(x, k) && k + 1 < c1 && is_det(x, k + 1))))
            return k;
    }
    return c1;
}

/* The first token at p or after it where a cue starts (x->ntok when
 * none): eight tokens' lengths at a time; from x->cuebits once made,
 * 64 tokens a word (next_cue).  The passes over the cues call it some
 * ten times a document per 8 tokens, where the 8-byte steps' exit
 * missed its prediction at nearly every cue (per MB of English some
 * 4.5M of est2, 0.75 % of perf's samples of run -j1). */
static int32_t
next_cue_bytes(const ctx *x, int32_t p)
{
    const uint8_t *c = x->cuelen;
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; p + 8 <= x->ntok; p += 8) {
        uint64_t w;
        memcpy(&w, c + p, 8);
        if (w)
            return p + (int32_t)(__builtin_ctzll(w) >> 3);
    }
#endif
    while (p < x->ntok && c[p] == 0)
        p++;
    return p;
}

/* next_cue past the word of p's bit (out of line: most cues are found
 * in it) */
static int32_t
next_cue_far(const ctx *x, int32_t p)
{
    int32_t k = p >> 6, nk = x->ntok / 64 + 1;
    for (;;) {
        if (++k >= nk)
            return x->ntok;
        if (x->cuebits[k] != 0)
            return k * 64 + __builtin_ctzll(x->cuebits[k]);
    }
}

static inline int32_t
next_cue(const ctx *x, int32_t p)
{
    if (x->cuebits == NULL)
        return next_cue_bytes(x, p);
    if (p >= x->ntok)
        return x->ntok;
    uint64_t wd = x->cuebits[p >> 6] & (~(uint64_t)0 << (p & 63));
    return wd != 0 ? (p & ~63) + __builtin_ctzll(wd) : next_cue_far(x, p);
}

/* Token i starts no cue (after ctx_init: its bit in x->cuebits too) */
static void
cue_drop(ctx *x, int32_t i)
{
    x->cuelen[i] = 0;
    if (x->cuebits != NULL)
        x->cuebits[i >> 6] &= ~((uint64_t)1 << (i & 63));
}

/* cue_pass's tests of a cue that read only what the pass does not
 * change (the tokens, quotations, entities and cues, not its statements
 * or cueused; their caches give the same answers in any order), asked
 * ahead of it, one test at a time over the document's cues: each test's
 * code is then fetched once per document, not once per cue (the pass's
 * rules and their callees are larger than the 32 KB I1).  PRE_* is the
 * first test that drops the cue, in the pass's order; the tests between
 * them that make statements stay in the pass. */
enum { PRE_NONE, PRE_DET, PRE_GAP, PRE_VERB, PRE_REQ, CUE_CHUNK = 64 };

/* a cue as cue_pass sees it at its tests */
typedef struct {
    int32_t p, s0, s1;
    int m;
    unsigned attr, g, pre;
} cue_item;

/* The cue at p as cue_pass sees it before its tests (its m after
 * light_cue, s0 after en_dateline_end), or 0 when the pass drops it
 * before them (a cue used before the pass stays used: only the pass
 * sets more) */
static int
cue_item_at(ctx *x, int32_t p, int is_en, int is_sf, cue_item *c)
{
    unsigned attr, g;
    int m = cue_at(x, p, &attr, &g);
    if (m == 0 || x->cueused[p] || x->qid[p] >= 0 || headline_dup(x, p) ||
        !(attr & (C_SAY | C_ACT | C_PREP | C_POST)))
        return 0;
    int32_t s0 = sent_t0(x, p), s1 = sent_t1(x, p);
    if (is_en)
        s0 = en_dateline_end(x, s0, p);
    if (is_sf && x->cueval[p] && vhas(x, x->cueval[p], VW_LIGHT))
        m = light_cue(x, p, m, s1);
    *c = (cue_item){p, s0, s1, m, attr, g, PRE_NONE};
    return 1;
}

/* PRE_* of the n cues of it (n <= CUE_CHUNK), one test at a time over
 * the cues no test has dropped yet (a bit each in live).  (Not inlined:
 * one copy for cue_pre_pass and cue_pass.) */
static __attribute__((noinline)) void
cue_pre_tests(ctx *x, cue_item *it, int n, int is_en)
{
    uint64_t live = 0;
    /* "an alleged leak", "the reported attack": not a verb */
    for (int k = 0; k < n; k++) {
        const cue_item *c = &it[k];
        int32_t p = c->p, s0 = c->s0, rsa, rsb;
        if ((c->attr & (C_SAY | C_ACT)) && !(c->attr & C_RNOUN) && p > s0 &&
            is_det(x, p - 1) && !pron_gender_simple(x, p - 1) &&
            en_float_quant(x, p - 1, s0) == p - 1 &&
            !en_that_subject(x, p - 1, s0, &rsa, &rsb) &&
            !en_quant_subject(x, p - 1, s0) && !en_quant_participle(x, p, s0))
            it[k].pre = PRE_DET;
        else
            live |= (uint64_t)1 << k;
    }
#define PRE_TEST(cond, v)                                                      \
    for (uint64_t b = live; b != 0; b &= b - 1) {                              \
        int k = __builtin_ctzll(b);                                            \
        cue_item *c = &it[k];                                                  \
        int32_t p = c->p, s0 = c->s0, s1 = c->s1;                              \
        int m = c->m;                                                          \
        unsigned attr = c->attr, g = c->g;                                     \
        (void)s0, (void)s1, (void)m, (void)attr, (void)g;                      \
        if (cond) {                                                            \
            c->pre = (v);                                                      \
            live &= ~((uint64_t)1 << k);                                       \
        }                                                                      \
    }
    if (is_en)
        PRE_TEST(en_gapped_relative_act(x, p, m, attr, s0, s1), PRE_GAP)
    PRE_TEST((attr & (C_SAY | C_ACT)) && !verb_ok(x, p, attr, s0), PRE_VERB)
    PRE_TEST((attr & (C_SAY | C_ACT)) && !(attr & C_RNOUN) &&
                 en_object_gap_rel(x, p, p - 1, s0),
             PRE_VERB)
    if (is_en) {
        PRE_TEST(en_not_speech(x, p, m, attr, s0, s1), PRE_VERB)
        PRE_TEST(en_generic_infinitive(x, p, attr, s0), PRE_VERB)
        PRE_TEST(en_generic_participle(x, p, s0), PRE_VERB)
        PRE_TEST(en_noun_in_pp(x, p, s0, s1), PRE_VERB)
        PRE_TEST(en_naming_participle(x, p, s0, s1), PRE_VERB)
        PRE_TEST(en_stranded_prep(x, p, m, s1), PRE_VERB)
        PRE_TEST(en_intro_clause_cue(x, p, m, s0, s1), PRE_VERB)
        PRE_TEST(en_duty_infinitive(x, p, s0), PRE_VERB)
        PRE_TEST(en_caps_heading(x, p, s0, s1), PRE_VERB)
        PRE_TEST(en_thing_participle(x, p, s0, s1), PRE_VERB)
    }
    PRE_TEST((is_en && (attr & (C_SAY | C_ACT)) && en_lead_prep(x, p, s0)) ||
                 !cue_requirement_ok(x, p, m, s1),
             PRE_REQ)
#undef PRE_TEST
}

/* 0: cue_pass asks its tests at each cue (ws_stance_ask_ahead) */
static _Thread_local int ask_ahead_off;

void
ws_stance_ask_ahead(int on)
{
    ask_ahead_off = !on;
}

/* cue_pass's PRE_* of every cue where it may ask its tests, in pre (a
 * byte per token, written at those cues only), CUE_CHUNK cues at a
 * time; it stops early when the document's deadline is reached (the
 * pass then stops before it asks one: ws_doc_deadline stays reached) */
static void
cue_pre_pass(ctx *x, uint8_t *pre, int is_en, int is_sf)
{
    cue_item it[CUE_CHUNK];
    int32_t p = next_cue(x, 0);
    while (p < x->ntok) {
        int n = 0;
        for (; p < x->ntok && n < CUE_CHUNK; p = next_cue(x, p + 1))
            n += cue_item_at(x, p, is_en, is_sf, &it[n]);
        cue_pre_tests(x, it, n, is_en);
        for (int k = 0; k < n; k++)
            pre[it[k].p] = (uint8_t)it[k].pre;
        if (ws_doc_deadline())
            return;
    }
}

static void
cue_pass(ctx *x)
{
    ws_doc *d = x->d;
    /* the rules' language, asked at every cue: once */
    const int is_en = lang_is(x, "en"), is_de = lang_is(x, "de"),
              is_sf = slav_fr(x);
    /* the tests that make no statement, asked ahead (cue_pre_pass; 13
     * cues a document on average); without the bytes, asked at each cue */
    uint8_t *pre = ask_ahead_off
                       ? NULL
                       : ws_arena_alloc_raw(d->arena, (size_t)x->ntok + 1);
    if (pre != NULL)
        cue_pre_pass(x, pre, is_en, is_sf);
    for (int32_t p = next_cue(x, 0); p < x->ntok; p = next_cue(x, p + 1)) {
        cue_item c;
        if (!cue_item_at(x, p, is_en, is_sf, &c))
            continue;
        if (ws_doc_deadline())
            break;
        const int32_t s0 = c.s0, s1 = c.s1;
        const int m = c.m; /* (light_cue is for slav_fr, never English) */
        const unsigned attr = c.attr, g = c.g;
        if (is_en && (attr & C_SAY) && en_as_source(x, p, m, g, s0, s1))
            continue;
        if (pre == NULL)
            cue_pre_tests(x, &c, 1, is_en);
        unsigned pv = pre != NULL ? pre[p] : c.pre;
        /* "an alleged leak", "the reported attack": not a verb */
        if (pv == PRE_DET)
            continue;
        /* (the rules of English below return 0 at once elsewhere) */
        if (is_en && (en_comma_participle_by(x, p, m, attr, s0, s1) ||
                      en_passive_naming(x, p, m, s0, s1) || pv == PRE_GAP))
            continue;
        if (is_en && (attr & (C_SAY | C_ACT)) && en_passive(x, p, m, s0, s1))
            continue;
        /* (verb_ok, en_object_gap_rel and English rules from
         * en_not_speech to en_thing_participle) */
        if (pv == PRE_VERB)
            continue;
        if (is_en && en_lead_participle(x, p, m, attr, g, s0, s1))
            continue;
        /* (en_lead_prep, cue_requirement_ok) */
        if (pv == PRE_REQ)
            continue;
        if (is_de && (attr & (C_SAY | C_ACT)) &&
            (de_attributive(x, p, m, s0, s1) ||
             de_wie_clause(x, p, m, attr, g, s0, s1) ||
             de_sub_clause(x, p, m, attr, g, s0, s1) ||
             de_final_cue(x, p, m, attr, g, s0, s1)))
            continue;
        if (attr & (C_PREP | C_POST)) {
            /* "according to X, ...", "..., according to X", "X zufolge" */
            int32_t sa, sb, possk = -1, src0 = -1;
            unsigned possg = 0;
            if ((attr & C_PREP) && (attr & C_NOSP)) {
                /* "ihrer Meinung nach", "за її словами": the source is in
                 * the cue */
                sa = p;
                sb = p + m - 1;
                int subj = 0;
                for (int32_t k = p; k < p + m; k++)
                    if (pron_gender_simple(x, k)) {
                        sa = k;
                        sb = k + 1;
                        subj = 1;
                    }
                int32_t pk = -1;
                unsigned pg = poss_in_cue(x, p, m, &pk);
                int32_t c0 = skip_adv_fwd(x, p + m, s1), c1;
                while (c0 < s1 && tok_is(d, c0, ","))
                    c0++;
                c1 = c0 < s1 ? clause_end(x, c0, 0) : c0;
                if (pg && !subj && c1 > c0 && p == s0) {
                    /* "За її словами, …": her, the last woman named */
                    ws_statement *st = new_statement(x, WS_INDIRECT);
                    if (st == NULL)
                        return;
                    st->cue = tok_span(x, p, p + m);
                    x->cueused[p] = 1;
                    set_speaker(x, st, -1, -1, pg, p);
                    st->speaker = tok_span(x, pk, pk + 1);
                    add_clause(x, st, c0, c1);
                    continue;
                }
                /* "Вона, на його думку, має …": the possessive inside
                 * the cue names the source */
                if (pg && !subj) {
                    possg = pg;
                    possk = pk;
                }
            } else if ((attr & C_SRC) &&
                       !(p + m < s1 && ws_tok_is_word(d, p + m) &&
                         (tok_is(d, p + m, "der") || tok_is(d, p + m, "des") ||
                          tok_is(d, p + m, "von") ||
                          tok_is(d, p + m, "vom")))) {
                /* "nach jüngsten Untersuchungen": no source named */
                sa = p + 1;
                sb = p + m;
            } else if (attr & C_PREP) {
                sa = p + m;
                /* "„…“, so charakterisierte ihn X": a verb of speech
                 * after "so", an object pronoun, then the source */
                int32_t sv = -1;
                if ((attr & C_INV) && sa < s1 && x->cuelen[sa] == 1 &&
                    (x->cueattr[sa] & (C_SAY | C_ACT)) && p > s0 &&
                    tok_is(d, p - 1, ",")) {
                    static const char *const obj[] = {"ihn", "sie", "es",
                                                      "ihm", "ihr", "ihnen",
                                                      "das", "dies"};
                    sv = sa;
                    sa++;
                    if (sa + 1 < s1 &&
                        fold_is(x, sa, obj, sizeof obj / sizeof *obj))
                        sa++;
                }
                sb = np_right(x, sa, s1);
                if (sv >= 0 && sb > sa)
                    x->cueused[sv] = 1;
                else if (sv >= 0)
                    sa = sv;
                if (sb == sa && sa < s1 &&
                    (ws_tok_is_word(d, sa) ||
                     (d->tokens.v[sa].flags & WS_TOK_NUM)) &&
                    !x->cuelen[sa] && !lexclass(x, x->L.skip, sa) &&
                    (!is_de || has_digit_or_hyphen(d, sa))) {
                    /* a source the phrase rules miss ("n-tv", "n24") */
                    sb = sa + 1;
                    while (sb < s1 && sb < sa + 6 && np_inner(x, sb))
                        sb++;
                }
                if (is_de && sb == sa && sa + 1 < s1 && !is_det(x, sa)) {
                    /* "nach Meinung vieler Experten", "nach Angaben
                     * örtlicher Behörden": an adjective before the noun */
                    int32_t k = sa;
                    while (k < s1 && k < sa + 2 && plain_word(x, k) &&
                           !x->cuelen[k] && !lexclass(x, x->L.skip, k))
                        k++;
                    if (k > sa && k < s1 && is_cap(d, k) && np_inner(x, k)) {
                        int32_t e2 = np_right(x, k, s1);
                        if (e2 > k)
                            sb = e2;
                    }
                }
                if (is_de && sb == sa && sa + 1 < s1) {
                    /* "nach Informationen vom Abend", "laut „Le Monde“" */
                    static const char *const von[] = {"von", "vom"};
                    if (fold_is(x, sa, von, 2)) {
                        sb = np_right(x, sa + 1, s1);
                        /* "vom frühen Morgen": adjectives before it */
                        int32_t k = sa + 1;
                        while (sb <= sa + 1 && k < sa + 3 && k < s1 &&
                               ws_de_src_adj(x->w, d, k, 1))
                            k++;
                        if (sb <= sa + 1 && k > sa + 1 && k < s1 &&
                            is_cap(d, k) && np_inner(x, k))
                            sb = np_right(x, k, s1);
                    } else if (x->qid[sa] >= 0 && x->q[x->qid[sa]].o == sa &&
                               x->q[x->qid[sa]].nwords <= 5)
                        sb = x->q[x->qid[sa]].c + 1;
                    if (sb <= sa + 1)
                        sb = sa;
                }
                /* "nach Angaben des Instituts (IFO)" */
                if (is_de && sb > sa && sb + 2 < s1 && tok_is(d, sb, "(") &&
                    tok_is(d, sb + 2, ")"))
                    sb += 3;
                if (sb == sa)
                    continue;
                if (is_de && !(attr & C_INV))
                    sb = ws_de_source_tail(x->w, d, sb, s1);
                if (attr & C_INV)
                    sb = ws_de_apposition(d, sb, s1);
                if ((attr & C_INV) && !(sb >= s1 || is_clause_punct(d, sb))) {
                    int32_t e2 = ws_de_so_tail(x->w, d, p, sb, s1);
                    if (e2 < 0)
                        continue;
                    sb = e2 > sb ? ws_de_apposition(d, e2, s1) : sb;
                }
            } else {
                sb = p;
                sa = np_left(x, p - 1, s0);
                /* "Angaben zufolge ...": a bare noun opening the sentence */
                if (sa < 0 && p - 1 >= s0 && is_cap(d, p - 1) && is_de &&
                    x->qid[p - 1] < 0)
                    sa = p - 1;
                if (sa < 0)
                    continue;
                /* German "Berichten der Sender A und B zufolge", "hat
                 * eigenen Angaben zufolge": a source joined by "und",
                 * an adjective before a bare noun */
                if (is_de && sa - 2 > s0 &&
                    (tok_is(d, sa - 1, "und") || tok_is(d, sa - 1, "sowie")) &&
                    is_cap(d, sa - 2) && x->qid[sa - 2] < 0) {
                    int32_t l = np_left(x, sa - 2, s0);
                    if (l >= 0)
                        sa = l;
                }
                for (int n = 0; is_de && n < 2 && sa - 1 > s0 &&
                                ws_de_src_adj(x->w, d, sa - 1, 0);
                     n++)
                    sa--;
                /* "By Smith's own account, ...", "..., in Lee's own
                 * view, ...": the preposition before the possessive is
                 * no part of the source (nor of the content before) */
                static const char *const byin[] = {"by", "in"};
                if (sa + 1 < sb && is_en && fold_is(x, sa, byin, 2))
                    src0 = sa++;
                else if (sa > s0 && is_en && fold_is(x, sa - 1, byin, 2))
                    src0 = sa - 1;
            }
            int32_t from = attr & C_PREP ? p : src0 >= 0 ? src0 : sa;
            if (is_sf && (attr & C_PREP) && !(attr & C_NOSP) && p > s0 + 1 &&
                sb > sa)
                sb = genitive_tail(x, sb, s1);
            int32_t c0, c1, b0 = -1, b1 = -1;
            int32_t after =
                (attr & C_PREP) && !(attr & C_NOSP) && sb > p + m ? sb : p + m;
            /* "…, говорится в заявлении ведомства, опубликованном …": a
             * comma closes the source phrase; no content after it */
            int closed =
                is_sf && after < s1 && after > p + m && tok_is(d, after, ",");
            /* English: "..., according to an analysis by X, a former
             * aide.": the source runs on over "by"/"of" phrases and an
             * apposition; only a verb after its comma continues the
             * clause ("The economy, according to the IMF, will grow") */
            if (is_en && (attr & C_PREP) && !(attr & C_NOSP) && sb > p + m) {
                /* "According to state records, ...", "According to
                 * morning show host Dana Pike, ...": a source opening the
                 * sentence runs to its comma */
                int32_t ac = en_opening_source_end(x, p, m, s0, s1);
                if (ac > sb)
                    sb = ac;
                after = sb = en_source_tail(x, sb, s1, p > s0 + 1, &closed);
            }
            /* English "According to her own account, ...": the pronoun
             * is a possessive; its noun phrase runs to the comma */
            if ((attr & C_NOSP) && after == p + m && after < s1 &&
                ws_tok_is_word(d, after)) {
                int32_t ac = en_opening_source_end(x, p, m, s0, s1);
                if (ac > after)
                    after = ac;
            }
            /* German "laut Berichten, die einen Ermittler zitieren,
             * hat ...": the clause goes on after a relative clause on the
             * source */
            if (is_de && (attr & C_PREP) && !(attr & (C_NOSP | C_INV)) &&
                sb > sa && after == sb)
                after = ws_de_source_rel(x->w, d, after, s1);
            while (after < s1 && tok_is(d, after, ","))
                after++;
            /* German: a semicolon before the cue opens its clause ("...;
             * nach Behördenangaben stecke ...") */
            int32_t cs0 = s0;
            int relstart = 0;
            if (is_de)
                for (int32_t k = from - 1; k > s0 && k >= from - CLAUSE_MAX;
                     k--) {
                    if (tok_is(d, k, ";")) {
                        cs0 = k + 1;
                        break;
                    }
                    /* "... gelogen haben und laut Zeugen ... gestohlen
                     * haben": a source after "und" speaks for its own
                     * conjunct only */
                    if (k == from - 1 && (attr & C_PREP) &&
                        (tok_is(d, k, "und") || tok_is(d, k, "aber"))) {
                        cs0 = from;
                        break;
                    }
                    /* "..., das seiner Meinung nach ... führe", "..., wo
                     * nach Zeugenaussagen ...", "..., da er nach Angaben
                     * der Polizei ...": a relative or subordinate clause
                     * holding the cue is the content */
                    static const char *const rel[] = {
                        "der",    "die",     "das",    "dem",
                        "den",    "deren",   "dessen", "denen",
                        "welche", "welcher", "welches"};
                    if (tok_is(d, k, ",")) {
                        if (k + 1 < from &&
                            (ws_de_sub(x->w, d, k + 1) ||
                             fold_is(x, k + 1, rel,
                                     sizeof rel / sizeof *rel))) {
                            cs0 = k + 1;
                            relstart = 1;
                        }
                        break;
                    }
                }
            if (from > cs0 + 1 ||
                (from == cs0 + 1 && (!ws_tok_is_word(d, cs0) || relstart))) {
                /* content before (one clause's worth at most: a sentence
                 * of many sources stays linear) */
                c0 = cs0;
                c1 = from;
                if (c1 - c0 > CLAUSE_MAX)
                    c0 = c1 - CLAUSE_MAX;
                while (c1 > c0 &&
                       (tok_is(d, c1 - 1, ",") || is_dash(d, c1 - 1)))
                    c1--;
                /* and after, when the cue stands inside the clause:
                 * "Der Verlag plant nach Angaben der Redaktion den
                 * Verkauf ..." */
                /* a short quotation inside the clause ("wird nach
                 * Angaben X „sorgfältig“ geprüft") is part of it */
                int inq = after < s1 && x->qid[after] >= 0 && is_de &&
                          x->q[x->qid[after]].o == after &&
                          x->q[x->qid[after]].nwords <= 5 &&
                          x->q[x->qid[after]].c + 1 < s1 &&
                          ws_tok_is_word(d, x->q[x->qid[after]].c + 1);
                /* English: "..., according to a local radio station.",
                 * "..., according to federal statistics": words right
                 * after the source phrase the rules stopped short of (no
                 * comma between) are the source's to the clause's end,
                 * not a second part of the content */
                if (is_en && (attr & C_PREP) && !(attr & C_NOSP) && !closed &&
                    after == sb && after < s1 && ws_tok_is_word(d, after) &&
                    x->qid[after] < 0 &&
                    !(x->cuelen[after] && is_speech_cue(x->cueattr[after]))) {
                    int32_t e2 = after;
                    while (e2 < s1 && e2 < after + 12 &&
                           !is_clause_punct(d, e2) && !is_dash(d, e2) &&
                           x->qid[e2] < 0)
                        e2++;
                    if (e2 >= s1 || is_clause_punct(d, e2)) {
                        sb = after = e2;
                        closed = 1;
                    }
                }
                if (after < s1 && (ws_tok_is_word(d, after) || inq) &&
                    !closed && (x->qid[after] < 0 || inq) &&
                    !(lexclass(x, x->L.skip, after) & K_STOP) &&
                    !(x->cuelen[after] && is_speech_cue(x->cueattr[after])) &&
                    ws_de_after_ok(x->w, d, (attr & C_INV) != 0, after)) {
                    int32_t e2 = clause_end(x, after, 0);
                    if (e2 > after && !place_adjunct(x, after, e2)) {
                        b0 = after;
                        b1 = e2;
                    }
                }
            } else {
                c0 = after;
                c1 = clause_end(x, after, 0);
                if (is_sf && c1 > c0)
                    c1 = prep_acts(x, c0, c1, s1);
            }
            if (c1 <= c0)
                continue;
            ws_statement *st = new_statement(x, WS_INDIRECT);
            if (st == NULL)
                return;
            st->cue = tok_span(x, p, p + m);
            x->cueused[p] = 1;
            if (possg) {
                set_speaker(x, st, -1, -1, possg, p);
                st->speaker = tok_span(x, possk, possk + 1);
            } else
                set_speaker(x, st, sa, sb, 0, p);
            if (mark_mixed(x, c0, c1) | (b1 > b0 && mark_mixed(x, b0, b1)))
                st->kind = WS_MIXED;
            add_content(x, st, c0, c1);
            if (b1 > b0)
                add_content(x, st, b0, b1);
            continue;
        }
        if ((attr & C_SAY) && is_sf && as_source(x, p, m, s0, s1))
            continue;
        if (is_sf && (attr & C_ACT) && loc_ovs(x, p, m, s0, s1))
            continue;
        if ((attr & C_NOSP) && (attr & C_SAY)) {
            /* "Demnach ...", "heißt es": the source is the cue itself or
             * not named */
            int32_t c0 = skip_adv_fwd(x, p + m, s1), c1;
            while (c0 < s1 && (tok_is(d, c0, ",") || tok_is(d, c0, ":")))
                c0++;
            unsigned ka, kg;
            if (c0 < s1 && cue_at(x, c0, &ka, &kg) && (ka & C_COMP))
                c0 += x->cuelen[c0];
            c1 = c0 < s1 ? clause_end(x, c0, 0) : c0;
            if (c1 <= c0) {
                c0 = s0;
                c1 = p;
                while (c1 > c0 &&
                       (tok_is(d, c1 - 1, ",") || is_dash(d, c1 - 1)))
                    c1--;
            }
            if (c1 <= c0 || (x->qid[c0] >= 0 && x->q[x->qid[c0]].used))
                continue;
            ws_statement *st = new_statement(x, WS_INDIRECT);
            if (st == NULL)
                return;
            st->cue = tok_span(x, p, p + m);
            x->cueused[p] = 1;
            if (x->cueval[p] && vhas(x, x->cueval[p], VW_SELF))
                st->speaker = st->cue;
            else {
                /* "Aus Militärkreisen verlautete, ...": the source in a
                 * phrase with "aus" */
                static const char *const from[] = {"aus"};
                for (int32_t k = s0; k < p; k++)
                    if (fold_is(x, k, from, 1)) {
                        int32_t e2 = np_right(x, k + 1, p);
                        if (e2 == k + 1 && k + 1 < p && is_cap(d, k + 1))
                            e2 = k + 2;
                        if (e2 > k + 1) {
                            st->speaker = tok_span(x, k, e2);
                            break;
                        }
                    }
                if (st->speaker.start < 0 && is_sf) {
                    /* "Na koncie ministerstwa … napisano", "В заявлении
                     * МИД говорится": the organisation of the phrase */
                    int32_t a = nosp_org(x, s0, p);
                    if (a >= 0) {
                        int32_t b = a + 1;
                        while (b < p && x->ent[b] == x->ent[a])
                            b++;
                        set_speaker(x, st, a, b, 0, p);
                    }
                }
            }
            add_clause(x, st, c0, c1);
            continue;
        }
        /* subject */
        int32_t left_end = skip_adv_back(x, p, s0);
        left_end = en_float_quant(x, left_end, s0);
        /* "which first reported the deal", "who first proposed it": the
         * adverb "first" after a pronoun subject */
        int rl1;
        if (left_end > s0 && is_en && tok_is(d, left_end, "first") &&
            pron_gender(x, left_end - 1, &rl1))
            left_end--;
        /* "weren't too wary of": the subject of an adjective
         * cue ends before its copula and the degree words after it */
        if ((attr & C_ADJ) && is_en) {
            int32_t cj = en_copula_at(x, p, s0);
            if (cj > s0 && cj <= left_end)
                left_end = skip_adv_back(x, cj, s0);
        }
        /* "The rivals sparred, each touting ...", "..., both praising
         * ...": a quantifier before a participle after a comma stands for
         * the clause's subject; the participle continues that clause */
        if (left_end == p - 1 && en_quant_participle(x, p, s0))
            left_end--;
        int prefer_right = 0;
        if (left_end >= s0 && left_end == s0 &&
            (lexclass(x, x->L.skip, left_end) & (K_ADV | K_TIME)))
            prefer_right = 1;
        int coord = 0;
        if (left_end >= s0) {
            if (tok_is(d, left_end, ",") ||
                (lexclass(x, x->L.skip, left_end) & K_CONJ))
                coord = 1;
        }
        /* "called the plan \"reckless,\" warning ...": the comma before
         * the participle stands inside the closing mark */
        if (!coord && left_end == p - 1 && left_end > s0 && is_en &&
            en_quote_comma(x, left_end) && en_participle(x, p))
            coord = 1;
        /* "The coach left the field after saying ...", "... before
         * announcing ...": a speech participle after a preposition inside
         * the sentence continues the clause, as after a comma; its speaker
         * is the clause's subject, not the words before it */
        static const char *const tsub[] = {"after",   "before", "while",
                                           "since",   "by",     "upon",
                                           "without", "when"};
        if (!coord && left_end > s0 && left_end == p - 1 && (attr & C_SAY) &&
            is_en && en_participle(x, p) && fold_is(x, left_end, tsub, 8))
            coord = 1;
        /* "praised the plan but urged ...": "but" inside the sentence
         * joins a second verb of the same subject (at its start it is a
         * sentence adverb, which skip_adv_back passes) */
        if (!coord && p - 1 > s0 && p - 1 > left_end && is_en)
            /* (also before the auxiliaries: "but did not urge") */
            for (int32_t k = p - 1; k > left_end && k > s0; k--)
                if (tok_is(d, k, "but")) {
                    left_end = k;
                    coord = 1;
                    break;
                }
        /* "..., compared with ...": a participle after a comma */
        if (coord && left_end == p - 1 && tok_is(d, left_end, ",") && is_en &&
            (attr & C_ACT) && !(attr & C_SAY) && ws_tok_blen(d, p) > 3 &&
            memcmp(ws_tok_ptr(d, p) + ws_tok_blen(d, p) - 2, "ed", 2) == 0 &&
            en_aside_subject(x, s0, left_end) < 0 &&
            !en_comma_adjunct(x, s0, left_end))
            continue;
        /* "would restrict ... and add ...": a bare verb after "and" is
         * the second verb of a modal, no statement; after a raising or
         * aspect verb ("and seemed to believe ...") the finite verb is
         * that one, whose form decides */
        if (coord && left_end >= s0 && !tok_is(d, left_end, ",") &&
            en_bare(x, left_end + 1 < p ? left_end + 1 : p) && !(attr & C_ACT))
            continue;
        int v2 = !(left_end >= s0 && tok_is(d, left_end, ",")) && is_de &&
                 de_right_subject(x, p, m, s0, s1, left_end);
        if (v2)
            prefer_right = 1;
        if (is_en && en_call_event_object(x, p, m, s1))
            continue;
        /* content */
        int32_t t = skip_adv_fwd(x, p + m, s1);
        /* "called Friday for ...", "calls again for ...": "call for" with
         * a time or an adverb inside; "for" joins the cue */
        int32_t call_for = -1;
        if (m == 1 && t > p + m && t + 1 < s1 && tok_is(d, t, "for") && is_en &&
            (attr & C_ACT) &&
            fold_starts(x, p, (const char *const[]){"call"}, 1)) {
            t++;
            call_for = t;
        }
        int32_t c0 = -1, c1 = -1;
        int kind = WS_INDIRECT;
        int32_t comp = -1;
        int32_t clim = en_comp_reach(x, p, t, s1);
        int to_inf = is_en && tok_is(d, t, "to");
        for (int32_t k = t; k < s1 && k <= clim; k++) {
            if (x->qid[k] >= 0 &&
                (clim > t + 5 || (is_en && en_tell_verb(x, p))) &&
                x->q[x->qid[k]].o == k && x->q[x->qid[k]].nwords <= 4 &&
                x->q[x->qid[k]].c + 1 < s1 &&
                ws_tok_is_word(d, x->q[x->qid[k]].c + 1)) {
                /* 'told the show "Daybreak" that', 'told NBC's "Desk"
                 * that' (a verb of telling: its addressee) */
                k = x->q[x->qid[k]].c;
                continue;
            }
            if (x->qid[k] >= 0 || ws_tok_is_final(d, k) || tok_is(d, k, ";"))
                break;
            /* (past five words); English: an infinitive has no finite
             * verb of its own, so one after it is the main clause's ("One
             * reason the board declines to sell is that ..."): a "that"
             * past it is not the cue's */
            if (k > t + 1 && (k > t + 5 || to_inf) && en_finite(x, k))
                break;
            /* English: a subject pronoun right after the verb opens the
             * clause ("show he lost a fortune that year"): a later "that"
             * is inside it */
            if (k == t && is_en && fold_is(x, k, en_subj_pron, 5))
                break;
            /* "agreed to unlock the grant so that ...": "so that" opens a
             * purpose clause, no complement of the verb */
            if (k > t && en_so_that(x, k))
                break;
            unsigned ka, kg;
            if (cue_at(x, k, &ka, &kg) && (ka & C_COMP)) {
                comp = k;
                break;
            }
            /* (not a participle inside a phrase before "that": "said
             * in a note posted to the board that ...") */
            if (k > t && cue_at(x, k, &ka, &kg) && is_speech_cue(ka) &&
                !(is_en && k < clim && en_phrase_participle(x, k, t)))
                break;
            /* German "sagte, sie glaube, dass ...": a verb in the
             * subjunctive opens the reported clause that holds the
             * complementizer */
            if (k > t && x->cuelen[k] && (x->cueattr[k] & C_SUBJ) && is_de)
                break;
        }
        /* "conceded that point": a speech verb's determiner "that"
         * before its object noun makes the verb an act */
        int that_det = 0;
        if (comp >= 0) {
            int tk = en_that_kind(x, p, attr, t, comp, s1);
            that_det = tk == 2 && comp == t;
            if (tk)
                comp = -1; /* "attacked loopholes that ...": no clause */
        }
        if (comp >= 0 && (attr & C_ACT) && noun_that(x, t, comp)) {
            /* "заперечила повідомлення про те, що …": the clause belongs
             * to the object noun, a reported act */
            c0 = t;
            kind = WS_REPORTED;
        } else if (comp >= 0) {
            c0 = comp + x->cuelen[comp];
            /* 'said that, if elected, she would ...': the comma after
             * the complementizer opens an inserted phrase, no content */
            if (is_en)
                while (c0 < s1 && tok_is(d, c0, ","))
                    c0++;
            /* German "sagte, dass, „…“": a stray comma after it; the
             * content keeps the complementizer, not a bare comma */
            if (is_de && c0 < s1 && tok_is(d, c0, ","))
                c0 = comp;
        } else {
            int32_t k = t;
            /* "sagte, ...", "заявив, ...", "said: ..." */
            if (k < s1 && (tok_is(d, k, ",") || tok_is(d, k, ":")))
                k++;
            /* leave 'X said: "..."' and 'X said, "..."' to the quotes;
             * German "sprach von „Verrat“": a quotation the quote pass
             * left as the object of the cue's preposition is the
             * content (ws_de_filter makes it direct) */
            if (k < s1 && x->qid[k] >= 0 && x->q[x->qid[k]].o == k &&
                (x->q[x->qid[k]].used ||
                 (clause_end(x, k, 0) <= x->q[x->qid[k]].c + 1 &&
                  (!(attr & C_ACT) || k > t) &&
                  !(k == t && k == p + m && is_de && tok_is(d, k - 1, "von")))))
                continue;
            c0 = k;
            if (k == t && (attr & C_SAY))
                c0 = en_after_addressee(x, p, t, s1);
            /* "said as he entered the hall", "said before he died": an
             * adverbial clause is no content */
            if (k == t && (attr & C_SAY) && en_no_content_after(x, t, s1)) {
                /* what was said stands before: ", the envoy said as he
                 * left"; else there is none ("as X said before he
                 * died") */
                int32_t l = skip_adv_back(x, p, s0);
                int32_t a0 = l >= s0 ? np_left(x, l, s0) : -1;
                if (a0 > s0 && tok_is(d, a0 - 1, ","))
                    c0 = s1;
                else
                    continue;
            }
            if (((attr & C_ACT) && !(attr & C_SAY)) || (that_det && c0 == t))
                kind = WS_REPORTED;
            else if ((attr & C_ACT) && c0 == t) {
                /* an object noun phrase, not a clause (a clause without
                 * "that" has a finite verb after its subject: "claimed
                 * the vote was rigged") */
                int rel;
                if (!(c0 < s1 && pron_gender(x, c0, &rel) && !rel) &&
                    !en_subject_then_verb(x, c0, s1) &&
                    !en_demonstrative_subject(x, c0, s1) &&
                    !en_bare_subject_then_aux(x, p, c0, s1))
                    kind = WS_REPORTED;
            }
        }
        /* "discovered the body", "remembers the flood": a verb of
         * finding out or recalling says something only by a clause */
        if ((attr & C_CLAUSE) && comp < 0 && c0 < s1 &&
            !ws_tok_is_final(d, c0) &&
            (c0 != t || (!en_clause_opens(x, c0, s1) &&
                         !en_bare_subject_then_aux(x, p, c0, s1))) &&
            /* ("convinced the owners to reopen the mill": an object and
             * its infinitive, a verb of persuading) */
            !(c0 == t && x->cueval[p] && vhas(x, x->cueval[p], VW_OBJTO) &&
              en_object_infinitive(x, c0, s1) > c0))
            continue;
        /* "Everything the mayor says is spin.", "Nothing she said was
         * new.": a speech verb in a relative clause on "everything",
         * "nothing" or "all", right before the main clause's copula: what
         * follows tells what the writer makes of the words, not the
         * words */
        if (kind == WS_INDIRECT && comp < 0 && c0 == t &&
            en_quant_relative_copula(x, left_end, p + m, s0, s1))
            continue;
        /* "declined to condemn ...", "plans to announce ...": the inner
         * cue makes the statement */
        if (c0 + 1 < s1 && tok_is(d, c0, "to") && x->cuelen[c0 + 1] &&
            is_speech_cue(x->cueattr[c0 + 1]) &&
            !(is_en && x->cueval[c0 + 1] && vhas(x, x->cueval[c0 + 1], VW_OBJ)))
            continue;
        /* "learned from the experience", "reported from the capital":
         * an act verb's "from" phrase is a source or a place, no object */
        if (kind == WS_REPORTED && m == 1 && c0 < s1 && tok_is(d, c0, "from") &&
            is_en)
            continue;
        c1 = clause_end(x, c0 < s1 ? c0 : s1 - 1, kind == WS_REPORTED);
        if (c0 >= s1)
            c1 = c0;
        else if (kind == WS_REPORTED && comp < 0 && c0 == t && !coord &&
                 left_end > s0) {
            /* "Critics who opposed the plan were proved wrong" */
            int32_t r1 = en_relative_act_end(x, left_end, s0, c0, c1);
            if (r1 < c1 && r1 <= c0)
                continue;
            c1 = en_contact_relative_end(x, left_end, s0, c0, r1);
        } else if (kind == WS_INDIRECT && !coord && left_end > s0) {
            c1 = en_free_relative_end(x, left_end, s0, c0, c1);
            if (comp < 0 && c0 == t && tok_is(d, c0, "to"))
                c1 = en_contact_relative_end(x, left_end, s0, c0, c1);
        }
        /* "The levy the mayor proposed would ...": the act's object is
         * the noun its relative clause hangs on */
        int32_t gap1 = -1, gap0 = -1;
        if (kind == WS_REPORTED && comp < 0 && c0 == t && !coord &&
            left_end >= s0)
            gap0 = en_gap_head(x, p, m, left_end, s0, &gap1);
        if (kind == WS_REPORTED && c1 > c0 && en_adjunct_only(x, c0, c1))
            continue;
        if (kind == WS_REPORTED && c1 > c0 && en_act_no_object(x, p, m, c0))
            continue;
        if (kind == WS_REPORTED && en_raise_amount(x, p, m, c0, c1))
            continue;
        if (kind == WS_REPORTED && en_light_cue_adjunct(x, p, m, c0, c1))
            continue;
        if (kind == WS_REPORTED && c0 == t && is_en)
            c1 = en_pron_recipient_end(x, p, c0, c1);
        /* "granted Mr. Lowe an extension": the recipient before the
         * thing given is no part of it */
        if (kind == WS_REPORTED && c0 == t && is_en)
            c0 = en_recipient_object_start(x, t - 1, c0, c1);
        /* "advocates and their theories", "invited - with ...": a
         * conjunction or a dash where the object would start: the word is
         * no verb with an object here */
        if (kind == WS_REPORTED && c1 > c0 && c0 == t && is_en &&
            (tok_is(d, c0, "and") || tok_is(d, c0, "or") ||
             tok_is(d, c0, "nor") ||
             ((is_dash(d, c0) || tok_is(d, c0, "-") || tok_is(d, c0, "--")) &&
              space_before(d, c0, s0) && space_after(d, c0, s1))))
            continue;
        /* "assumed office", "assume the obligations": "assume" with a noun
         * object is taking on, not a belief stated (that is a clause) */
        if (kind == WS_REPORTED && m == 1 && is_en &&
            fold_starts(x, p, (const char *const[]){"assum"}, 1))
            continue;
        /* "made the criticism while ...": a light verb's act noun is the
         * whole act; a subordinate clause after it is none of it */
        if (m > 1 && c0 < s1 && x->cueval[p] &&
            vhas(x, x->cueval[p], VW_ACTN) && ws_tok_is_word(d, c0) &&
            !is_cap(d, c0) && (lexclass(x, x->L.skip, c0) & (K_SUB | K_STOP)))
            c1 = c0;
        /* "expressed deep concern about the policy", "voiced support for
         * the bill": the attitude noun and its preposition join the cue,
         * the content is what the attitude is about */
        int32_t cue_end = call_for > 0 ? call_for : p + m;
        if (kind == WS_REPORTED && c1 > c0 && is_en &&
            en_expressive_verb(x, p)) {
            int32_t a2 = en_attitude_object(x, c0, c1);
            if (a2 > c0 && a2 < c1) {
                cue_end = a2;
                c0 = a2;
            }
        }
        /* "persuaded the board to drop the levy", "coaxing buyers of the
         * ore, like mills, to pay more":
         * a verb of persuading ("objto") reports what its object was
         * brought to do; the content is the infinitive after the object,
         * an indirect statement.  With a plain object and no infinitive
         * ("nothing will convince me", "coaxed the cat to the door") it
         * reports no words */
        if (kind == WS_REPORTED && c1 > c0 && c0 == t && x->cueval[p] &&
            vhas(x, x->cueval[p], VW_OBJTO)) {
            int32_t k2 = en_object_infinitive(x, c0, c1);
            /* "persuaded the board, after weeks of talks, to drop the
             * levy": an aside opened by a preposition or subordinator
             * ended the object; the infinitive after it (right after
             * the aside's comma, when there is one) is the content */
            if (k2 <= c0 && c1 > c0 && c1 + 1 < s1)
                k2 = en_aside_infinitive(x, c1, s1);
            if (k2 > c1)
                c1 = clause_end(x, k2, 1);
            if (k2 <= c0)
                continue;
            c0 = k2;
            kind = WS_INDIRECT;
        }
        /* "said as much in an interview", "said the same of Trump": a
         * pro-form object is what was said, a reported act; the time or
         * channel after it is none of it */
        if ((attr & C_SAY) && c1 > c0 && is_en) {
            int32_t k2 = en_proform_end(x, c0, c1);
            if (k2 > c0) {
                c1 = k2;
                kind = WS_REPORTED;
            }
        }
        /* "He said:" or "The governor added:" closing its paragraph: the
         * next paragraph is what was said, a quote (direct) or plain
         * words (indirect) */
        quote *nextq = NULL;
        if (c0 >= s1 && (attr & C_SAY) && is_en && s1 < x->ntok && s1 - 1 > p &&
            tok_is(d, s1 - 1, ":") && para_of(x, s1) != para_of(x, p)) {
            int32_t n0, n1;
            para_range(x, s1, &n0, &n1);
            if (n0 == s1 && x->qid[s1] >= 0) {
                quote *nq = &x->q[x->qid[s1]];
                if (nq->o == s1 && !nq->used && nq->nseg > 0) {
                    nextq = nq;
                    kind = WS_DIRECT;
                }
            } else if (n0 == s1 && ws_tok_is_word(d, s1)) {
                c0 = s1;
                c1 = n1;
                while (c1 > c0 &&
                       (ws_tok_is_final(d, c1 - 1) || tok_is(d, c1 - 1, ",")))
                    c1--;
                kind = WS_INDIRECT;
            }
        }
        if (gap0 >= 0) {
            c0 = gap0;
            c1 = gap1;
        }
        /* subject and inversion */
        int32_t sa = -1, sb = -1;
        if (!prefer_right && en_control_object(x, p, s0, &sa, &sb))
            coord = 0;
        else if (!prefer_right && left_end >= s0 &&
                 en_indef_subject(x, left_end, s0, &sa, &sb))
            coord = 0;
        else if (!prefer_right && left_end >= s0 && !coord) {
            sa = np_left(x, left_end, s0), sb = left_end + 1;
            if (sa > s0)
                sa = en_pp_object_subject(x, sa, s0, p);
            /* "how engineers say ...": the question word before a bare
             * plural is no part of the subject */
            if (sa > s0 && sa < left_end && !tok_is(d, sa, "which") &&
                !tok_is(d, sa, "whom") && en_extracted_wh(x, sa, s0))
                sa++;
            if (sa > s0 + 1 && (attr & (C_ACT | C_SAY)))
                en_relative_on_subject(x, s0, !(attr & C_ACT), &sa, &sb);
            /* "... faces a vote when critics argue ...": a
             * bare plural right after a subordinator is the subject of
             * the clause it opens */
            if (sa < 0 && left_end > s0 && is_en &&
                (lexclass(x, x->L.skip, left_end - 1) & K_SUB) &&
                plain_word(x, left_end) && ends_plural(x, left_end))
                sa = left_end;
        }
        if (sa < 0 && !prefer_right && !coord && left_end > s0 && is_en &&
            tok_is(d, left_end, ")")) {
            /* "Sen. Jane Smith (D-Ore.) said": a name with a short
             * parenthesis (party and state, age, an abbreviation) */
            for (int32_t k = left_end - 1; k > s0 && k >= left_end - 6; k--) {
                if (tok_is(d, k, "(")) {
                    int32_t a2 =
                        k - 1 >= s0 && (is_cap(d, k - 1) || x->ent[k - 1] >= 0)
                            ? np_left(x, k - 1, s0)
                            : -1;
                    if (a2 >= 0) {
                        sa = a2;
                        sb = left_end + 1;
                    }
                    break;
                }
                if (x->qid[k] >= 0 || ws_tok_is_final(d, k) ||
                    (x->cuelen[k] && is_speech_cue(x->cueattr[k])))
                    break;
            }
        }
        if (sa < 0 && !prefer_right && !coord && left_end >= s0 && is_en &&
            tok_is(d, left_end, "others")) {
            /* "Ito, others vow ...": "others" is the subject, with the
             * names listed before it */
            sa = left_end;
            sb = left_end + 1;
            int32_t a2 = left_end - 2 >= s0 && tok_is(d, left_end - 1, ",")
                             ? np_left(x, left_end - 2, s0)
                             : -1;
            if (a2 >= 0)
                sa = a2;
        }
        if (!prefer_right && !coord && (attr & C_ADJ) && left_end > s0 &&
            is_en && !en_copula_before(x, p, s0)) {
            /* "With leaders worried about X, ...", "..., with donors wary
             * of X": the subject is the noun phrase after "with"; the
             * object ends at the comma that closes the phrase */
            int32_t wa = en_with_absolute(x, p, s0);
            if (wa >= 0) {
                sa = wa;
                sb = left_end + 1;
                for (int32_t k = c0; k < c1; k++)
                    if (tok_is(d, k, ",") && x->qid[k] < 0) {
                        c1 = k;
                        break;
                    }
            }
        }
        if (sa < 0 && !prefer_right && !coord && (attr & C_ACT) &&
            left_end > s0 && is_en) {
            /* "most clinics (the rural ones above all) offer": a
             * parenthesis inside the subject of an act verb */
            int32_t j2 = en_paren_before(x, left_end, s0);
            if (j2 < left_end && (sa = np_left(x, j2, s0)) >= 0)
                sb = j2 + 1;
        }
        if (sa > s0 + 1 && sb > sa && is_en && ws_tok_is_word(d, sa - 1) &&
            !is_cap(d, sa - 1) && (lexclass(x, x->L.skip, sa - 1) & K_PREP) &&
            (!tok_is(d, sa - 1, "of") || has_role_noun(x, sa - 2, sa - 1))) {
            /* "federal prosecutors in April charged": the phrase before
             * the cue is a prepositional adjunct; the subject precedes it */
            int32_t a2 = np_left(x, sa - 2, s0);
            if (a2 >= 0 &&
                (x->ent[a2] >= 0 || is_det(x, a2) || is_cap(d, a2) ||
                 lexclass(x, x->L.spk, a2) || ends_plural(x, sa - 2)))
                sa = a2;
        }
        if (sa > s0 + 1 && sb > sa && !is_en && !is_de) {
            /* "Литвин в інтерв’ю газеті «Вісті» підтримала", "Коваль в
             * ефірі телеканалу «Дім» засудив": the name before the cue
             * ends a prepositional adjunct (a preposition and up to three
             * common nouns); the subject precedes it */
            int32_t k = sa - 1;
            int n = 0, nouns = 0;
            while (k > s0 && n < 3 && ws_tok_is_word(d, k) && !is_cap(d, k) &&
                   x->ent[k] < 0 && !x->cuelen[k] &&
                   !(lexclass(x, x->L.skip, k) & K_PREP)) {
                nouns += !is_det(x, k);
                k--;
                n++;
            }
            /* a genitive "de" ("Le communiqué final de la Cedeao") keeps
             * its name: the phrase is the subject's own */
            static const char *const de[] = {"de", "du", "des"};
            if (nouns > 0 && k > s0 && ws_tok_is_word(d, k) && !is_cap(d, k) &&
                (lexclass(x, x->L.skip, k) & K_PREP) && !fold_is(x, k, de, 3)) {
                int32_t a2 = np_left(x, k - 1, s0);
                if (a2 >= 0 && (x->ent[a2] >= 0 || is_cap(d, a2) ||
                                lexclass(x, x->L.spk, a2))) {
                    sa = a2;
                    sb = k;
                }
            }
        }
        if (sa < 0 && !prefer_right && left_end > s0 + 3 && is_de &&
            tok_is(d, left_end, ",")) {
            /* "Ein Flugblatt, das am Bahnhof verteilt wurde, wirft der
             * Stadt vor, ...": the comma before the cue closes a relative
             * clause; its antecedent, not the noun after the verb, is the
             * subject */
            static const char *const rel[] = {"der", "die",    "das",
                                              "den", "deren",  "dessen",
                                              "dem", "welche", "welcher"};
            int32_t k = s0 + 1;
            while (k < left_end && !tok_is(d, k, ","))
                k++;
            int32_t j = k + 1;
            while (j < left_end && !tok_is(d, j, ","))
                j++;
            /* not a fronted object ("Den Verein, dessen …, forderte
             * sie auf"), an infinitive clause ("Die Pläne, die Steuern zu
             * erhöhen, bezeichnete er …") or a pronoun subject after the
             * verb */
            static const char *const obj[] = {"den", "dem", "einen", "einem"};
            static const char *const nom[] = {"er", "sie", "wir", "ich", "ihr"};
            if (k + 1 < left_end && j == left_end && x->qid[k] < 0 &&
                fold_is(x, k + 1, rel, sizeof rel / sizeof *rel) &&
                !fold_is(x, s0, obj, 4) &&
                (p + m >= s1 || !fold_is(x, p + m, nom, 5)) &&
                ws_de_zu_clause(x->w, d, k + 1, s1) <= k + 1) {
                int32_t a2 = np_left(x, k - 1, s0);
                if (a2 == s0) {
                    sa = a2;
                    sb = k;
                    coord = 0;
                }
            }
        }
        if (sa > s0 && !coord && en_event_participle(x, sa, sb, p)) {
            sa = sb = -1;
            coord = 1;
        }
        if (sa >= 0 && !coord) {
            int32_t vb = en_doc_object(x, sa, p, s0);
            int32_t a0 = vb > s0 ? after_intro(x, s0, vb) : -1;
            int32_t e0 = a0 >= 0 ? skip_adv_back(x, vb, a0) : -1;
            int32_t a1 = e0 >= a0 && a0 >= 0 ? np_left(x, e0, a0) : -1;
            if (a1 >= 0) {
                sa = a1;
                sb = e0 + 1;
            } else if (a0 >= 0 && e0 >= a0) {
                /* a subject too long for np_left ("a club of retired pilots
                 * with homes in river towns mailed a letter ... urging"):
                 * the phrase opening the clause */
                int32_t r1 = np_right(x, a0, e0 + 1);
                if (r1 > a0) {
                    sa = a0;
                    sb = r1;
                }
            }
        }
        if (sa >= 0 && !coord && sb == p && en_ing_cue(x, p)) {
            /* "aired footage of the mayor saying ...": the phrase after
             * "of" and a noun of a recording speaks, not the clause
             * around the recording */
            int32_t ka = en_recording_of(x, sa, sb);
            if (ka >= 0)
                sa = ka;
        }
        if (kind == WS_REPORTED && c1 > c0 && en_ing_cue(x, p))
            c1 = en_participle_object_end(x, p, s0, c0, c1);
        if (sa < 0 && !prefer_right && !coord && (attr & C_ACT))
            en_gerund_subject(x, p, m, s0, &sa, &sb);
        if (sa < 0 && !prefer_right && !coord)
            en_that_subject(x, left_end, s0, &sa, &sb);
        if (sa < 0 && !prefer_right && left_end > s0 && !coord &&
            (sa = fr_paren_subject(x, left_end, s0)) >= 0)
            sb = left_end + 1;
        if (sa < 0) {
            sb = -1;
            int32_t r0 = skip_adv_fwd(x, p + m, s1);
            int32_t r1 = np_right(x, r0, s1);
            int32_t r2 = r1 > r0 ? skip_adv_fwd(x, r1, s1) : r1;
            /* ", said X", and in the other languages "… – poinformowało
             * X", "…, — сообщило X" with a dash */
            int ldash = left_end > s0 && !is_en && is_dash(d, left_end) &&
                        x->qid[left_end - 1] < 0;
            int lcomma = left_end >= s0 && (tok_is(d, left_end, ",") || ldash);
            /* inverted subject only before the end or a comma */
            /* an inverted subject names someone: a name, a pronoun, a
             * capitalised or speaker noun ("..., denied any involvement"
             * has none) */
            int named = 0;
            for (int32_t k = r0; k < r1 && !named; k++) {
                int rl;
                named = x->ent[k] >= 0 || is_cap(d, k) ||
                        pron_gender(x, k, &rl) || lexclass(x, x->L.spk, k);
            }
            if (!named)
                r1 = r0;
            /* English puts no subject after a verb that "and", "or" or
             * "but" joins to the clause before ("praised the staff and
             * thanked the union"): the noun after it is its object */
            int conj = coord && left_end >= s0 && is_en &&
                       !tok_is(d, left_end, ",") &&
                       (lexclass(x, x->L.skip, left_end) & K_CONJ);
            int rl0;
            int inv =
                r1 > r0 && (comp < 0 || v2) && !conj &&
                !(lcomma && en_ing_cue(x, p)) &&
                (r1 >= s1 || is_clause_punct(d, r1) || prefer_right ||
                 (lcomma && (r2 >= s1 || is_clause_punct(d, r2) ||
                             ((lexclass(x, x->L.skip, r1) & K_PREP) &&
                              !en_to_verb(x, r1, s1) &&
                              /* "..., compared the mayor to a referee": an
                               * act verb's object, not its subject */
                              ((attr & C_SAY) || !is_en)) ||
                             (!is_det(x, r0) && !pron_gender(x, r0, &rl0) &&
                              (attr & C_SAY) && !is_en && !is_de))));
            /* German ", teilte X gestern mit." */
            if (!inv && r1 > r0 && (comp < 0 || v2) && lcomma &&
                (attr & C_SAY) && ws_de_inv_tail(x->w, d, r2, s1))
                inv = 1;
            /* German "Die Pläne, ..., bezeichnete er als ...": a fronted
             * object; a nominative-only pronoun after the finite verb is
             * its subject, the content follows it */
            static const char *const nom[] = {"er", "ich", "wir"};
            int deobj = !inv && lcomma && r1 == r0 + 1 && (comp < 0 || v2) &&
                        is_de && fold_is(x, r0, nom, 3);
            if (deobj)
                inv = 1;
            if (!inv && lcomma) {
                /* "X, the Y of Z, said ...": the subject with its
                 * apposition */
                int32_t ap = en_aside_subject(x, s0, left_end);
                if (ap >= 0) {
                    sa = ap;
                    sb = left_end;
                    coord = 0;
                } else if (is_en && en_comma_adjunct(x, s0, left_end)) {
                    /* "..., after Lee, at the hearing, said ...": the
                     * subject before the adjunct's first comma */
                    int32_t end = left_end - 1;
                    while (end > s0 && !tok_is(d, end, ","))
                        end--;
                    if ((ap = np_left(x, end - 1, s0)) >= 0 && ap < end) {
                        sa = ap;
                        sb = end;
                        coord = 0;
                    }
                }
            }
            if (sa < 0 && !inv && !coord && !prefer_right && left_end > s0 &&
                is_en && (is_det(x, s0) || is_cap(d, s0)) &&
                left_end - s0 < 16) {
                /* a long subject the phrase rules miss: "The GOP's
                 * complaint to the Board on ... says" */
                int clean = 1;
                for (int32_t k = s0; k <= left_end && clean; k++)
                    if (ws_tok_is_punct(d, k) && !tok_is(d, k, "'s") &&
                        !tok_is(d, k, "\xe2\x80\x99s") && !tok_is(d, k, "-") &&
                        !tok_is(d, k, ".") && !tok_is(d, k, "(") &&
                        !tok_is(d, k, ")"))
                        clean = 0;
                    else if (x->qid[k] >= 0 ||
                             (x->cuelen[k] && is_speech_cue(x->cueattr[k])))
                        clean = 0;
                if (clean) {
                    sa = s0;
                    sb = left_end + 1;
                }
            }
            if (sa < 0 && inv) {
                r1 = ws_de_apposition(d, r1, s1);
                sa = r0;
                sb = r1;
                if (!deobj && left_end >= s0 &&
                    (tok_is(d, left_end, ",") || ldash) && left_end > s0 &&
                    x->qid[s0] < 0) {
                    /* "..., said X." : the content is before the comma */
                    c0 = s0;
                    c1 = left_end;
                    if (ldash && tok_is(d, c1 - 1, ","))
                        c1--;
                    kind = WS_INDIRECT;
                } else if (c0 >= r0 && c0 < r1) {
                    /* "..., said X." : content before */
                    c0 = r1;
                    while (c0 < s1 && tok_is(d, c0, ","))
                        c0++;
                    c1 = clause_end(x, c0 < s1 ? c0 : s1 - 1, 0);
                    if (c0 >= s1)
                        c1 = c0;
                }
            }
        }
        /* "These workers, the manager explained at the hearing, were
         * paid ...", "The levee, the engineer noted during the visit, was
         * built ...": a phrase with a preposition after the cue of a
         * parenthetical attribution, then a comma and a finite verb that
         * resumes the clause the attribution interrupts */
        if ((attr & C_SAY) && comp < 0 && sa >= 0 && sa < p && sa > s0 + 1 &&
            tok_is(d, sa - 1, ",") && c1 > c0 && c0 > p) {
            int32_t r = en_adjunct_comma(x, c0, s1);
            if (r > 0) {
                c0 = r + 1;
                c1 = clause_end(x, c0, 0);
                kind = WS_INDIRECT;
            }
        }
        if (kind != WS_REPORTED && comp < 0 && sa >= 0 && sa < p &&
            sa > s0 + 1 && tok_is(d, sa - 1, ",") && c1 > c0 && c0 > p) {
            /* "..., she said, referencing ...", "..., X told The Post on
             * Thursday.": what follows the cue is no content */
            int32_t k = c0;
            /* (an English participle of any verb: "..., she said,
             * referring to ...", not a gerund subject: "..., she said,
             * replacing him would be hard") */
            if ((lexclass(x, x->L.skip, k) & K_STOP) ||
                (is_en && (en_participle(x, k) || en_short_participle(x, k)) &&
                 !en_finite_in(x, k + 1, c1)))
                c1 = c0;
            else {
                /* "..., the minister said to reporters.": a phrase with a
                 * preposition is no content either */
                int32_t k1 = k;
                if (is_en && k + 1 < s1 && ws_tok_is_word(d, k) &&
                    !is_cap(d, k) && (lexclass(x, x->L.skip, k) & K_PREP))
                    k1 = k + 1;
                int32_t r = np_right(x, k1, s1);
                /* "..., X told farmers", "..., X told police": a bare
                 * lower-case noun is the addressee of a verb of telling */
                if (r == k1 && k1 == k && en_tell_verb(x, p) &&
                    ws_tok_is_word(d, k) && !is_cap(d, k) && !x->cuelen[k] &&
                    !lexclass(x, x->L.skip, k))
                    r = k + 1;
                r = skip_adv_fwd(x, r, s1);
                /* "..., X told farmers on Tuesday.", "..., X told the
                 * board at a meeting in May.": phrases with a
                 * preposition after the addressee are no content either */
                while (r > k1 && r + 1 < s1 && r < c1 && is_en &&
                       ws_tok_is_word(d, r) && !is_cap(d, r) &&
                       (lexclass(x, x->L.skip, r) & K_PREP)) {
                    int32_t r2 = np_right(x, r + 1, s1);
                    if (r2 <= r + 1)
                        break;
                    r = skip_adv_fwd(x, r2, s1);
                }
                if (r > k1 && (r >= c1 || is_clause_punct(d, r)))
                    c1 = c0;
            }
        }
        /* English: "added three players to the squad", "it would add new
         * rules", "adding levity": the verb of adding with a plain object
         * adds a thing; it says something with a clause, a quotation or
         * as the attribution of the words before it (an infinitive after
         * another cue, "promising to add funds", stays that cue's) */
        if (is_en && comp < 0 && c0 == t && c1 > c0 && nextq == NULL &&
            en_add_verb(x, p) && en_add_object(x, c0, s1) &&
            !(p > s0 && tok_is(d, p - 1, "to")))
            continue;
        /* a content before the subject (a clause: "Like the mayor, I
         * believe in ..." is none), and after the cue only where and to
         * whom it was said, or those and ", and" before a quotation
         * that goes on with the content: the content is the part before
         * (with that quotation) */
        int32_t resume = -1, resume_end = c1;
        if (is_en && (attr & C_SAY) && comp < 0 && nextq == NULL && c1 > c0 &&
            sa > s0 + 1 && sa < p && x->qid[s0] < 0 &&
            en_finite_in(x, s0, sa - 1) &&
            (tok_is(d, sa - 1, ",") ||
             (qmark(x, sa - 1) && x->qid[sa - 1] >= 0 &&
              tok_is(d, sa - 2, ",")))) {
            resume = en_cue_tail_resume(x, cue_end, s1);
            if (resume >= 0)
                c1 = c0;
        }
        if (c1 <= c0 && (kind != WS_REPORTED || ((attr & C_SAY) && is_en)) &&
            nextq == NULL) {
            /* cue at the end: "The sites were down, the ministry said.",
             * also a speech verb that may take an object: "..., he
             * noted.", "..., a spokesman announced Monday." (without
             * the clause before, that one stays a bare reported act) */
            int32_t from = sa >= 0 && sa < p ? sa : p;
            int32_t e = from;
            while (e > s0 && (tok_is(d, e - 1, ",") || is_dash(d, e - 1)))
                e--;
            /* '... ''we will not wait,'' the minister said': the comma
             * inside the closing mark */
            int qcomma = e == from && e - 2 > s0 && qmark(x, e - 1) &&
                         x->qid[e - 1] >= 0 && tok_is(d, e - 2, ",") &&
                         x->q[x->qid[e - 1]].o > s0;
            int none = (e == from && !qcomma) || e <= s0 ||
                       (x->qid[s0] >= 0 && !en_open_quote_runs_on(x, s0, e));
            /* the object-taking verb only over a clause of no cue of its
             * own ("X threatened ..., the paper reported" keeps both); a
             * cue word heading a noun phrase after its determiner, with
             * no statement and no "to" or "that" of its own after it, is
             * a plain noun there ("The plan was rash, the mayor noted.",
             * not "Her plan to sell ...", a noun cue's) */
            for (int32_t k = s0; !none && kind == WS_REPORTED && k < e; k++)
                none = x->cuelen[k] && is_speech_cue(x->cueattr[k]) &&
                       !(!x->cueused[k] && en_det_noun(x, k, s0) &&
                         !tok_is(d, k + 1, "to") && !tok_is(d, k + 1, "that"));
            if (none && kind != WS_REPORTED)
                continue; /* (a quote: handled, or not speech) */
            if (!none) {
                c0 = s0;
                c1 = e;
                kind = WS_INDIRECT;
            }
        }
        if (kind == WS_REPORTED && c1 <= c0 && !(attr & C_ACT))
            continue;
        /* English: an act verb with no object names no statement ("the
         * chairman declined.", "who had never debated", "a past that
         * isn't repeated", "the worst way I can imagine"): its object is
         * elsewhere or not there */
        if (kind == WS_REPORTED && c1 <= c0 && nextq == NULL && is_en)
            continue;
        if (kind == WS_REPORTED && sa < 0 && !coord)
            continue;
        /* English: a verb of linking, ignoring or seeing as (listed
         * "agent") is a stance only of someone, and seeing as only with
         * "as" before what it is seen as */
        if (kind == WS_REPORTED && x->cueval[p] &&
            vhas(x, x->cueval[p], VW_AGENT) &&
            ((sa >= 0 && !en_agent_subject(x, sa, sb)) ||
             en_as_is_clause(x, p, m, s1) || en_claim_object(x, c0, c1)))
            continue;
        /* English: a content of one word that is a question word or a
         * stranded preposition ("the crew proved it knows how.", "nothing
         * anyone heard of") holds none of the source's words */
        if ((c1 == c0 + 1 || (c1 == c0 + 2 && ws_tok_is_punct(d, c0 + 1) &&
                              x->qid[c0 + 1] < 0)) &&
            nextq == NULL && x->qid[c0] < 0 && is_en) {
            static const char *const wh[] = {"how",  "what",  "why",
                                             "when", "where", "who"};
            if (fold_is(x, c0, wh, sizeof wh / sizeof *wh) ||
                (ws_tok_is_word(d, c0) && !is_cap(d, c0) &&
                 (lexclass(x, x->L.skip, c0) & K_PREP)))
                continue;
        }
        /* "the tanks, which officials said were moved at night, ...", "the
         * senator, who he said had been honest": a relative pronoun before
         * the subject is the subject of what was said; the content is the
         * pronoun and the verb phrase after the cue, to the comma that
         * closes a relative clause set off by commas */
        int32_t pre0 = -1, pre1 = -1;
        if (resume >= 0 && resume < s1 && c1 > c0) {
            pre0 = c0;
            pre1 = c1;
            c0 = resume;
            c1 = resume_end;
        }
        /* (and "what": "funds what the mayor says is a fair share", not
         * "what she said was that ...", what she said being the subject) */
        int what_subj = sa > s0 + 1 && sa < p && tok_is(d, sa - 1, "what") &&
                        en_extracted_wh(x, sa - 1, s0);
        /* "That was what the mayor said when she left ...", "... what the
         * mayor said.": nothing of what was said after the cue, only
         * "what" (a clause of time or cause, or the sentence's end) */
        if (what_subj && (attr & C_SAY) && comp < 0 && nextq == NULL) {
            static const char *const as[] = {"as"};
            int32_t v = skip_adv_fwd(x, cue_end, s1);
            if (v >= s1 || ws_tok_is_final(d, v) ||
                (x->qid[v] < 0 &&
                 (en_is_adv_sub(x, v) || fold_is(x, v, as, 1)))) {
                c0 = c1 = cue_end;
                kind = WS_INDIRECT;
                pre0 = sa - 1;
                pre1 = sa;
                what_subj = 0;
            }
        }
        if (pre1 < 0 && sa > s0 + 1 && sa < p && (attr & C_SAY) && comp < 0 &&
            (en_relative_subject(x, sa - 1) || what_subj)) {
            int32_t v0 = en_verb_after_cue(x, cue_end, s1);
            if (v0 > 0 && what_subj && v0 + 1 < s1 && tok_is(d, v0 + 1, "that"))
                v0 = 0;
            if (v0 > 0) {
                c0 = cue_end;
                c1 = clause_end(x, c0, 0);
                if (what_subj)
                    c1 = en_free_relative_end(x, left_end, s0, c0, c1);
                for (int32_t k = c0; tok_is(d, sa - 2, ",") && k < c1; k++)
                    if (x->qid[k] < 0 && tok_is(d, k, ",")) {
                        c1 = k;
                        break;
                    }
                kind = WS_INDIRECT;
                pre0 = sa - 1;
                pre1 = sa;
            }
        }
        /* "the plans (that) he said were dead came back": a noun before the
         * subject, bare or with "that", is the subject of what was said
         * when a finite verb follows the cue; the content is that noun
         * phrase and the verb phrase after the cue, up to the next finite
         * verb (the main clause's) */
        if (pre1 < 0 && sa > s0 && sa < p && (attr & C_SAY) &&
            !(attr & C_ACT) && comp < 0 && nextq == NULL && is_en &&
            (is_det(x, sa) || pron_gender_simple(x, sa))) {
            int32_t h = tok_is(d, sa - 1, "that") ? sa - 2 : sa - 1;
            int32_t v0 = en_verb_after_cue(x, cue_end, s1);
            static const char *const wh[] = {"what", "which", "who",  "whom",
                                             "how",  "where", "when", "why"};
            int rl;
            if (h >= s0 && v0 > 0 &&
                !fold_is(x, h, wh, sizeof wh / sizeof *wh) &&
                ws_tok_is_word(d, h) && x->qid[h] < 0 &&
                (!is_cap(d, h) || h == s0) && !is_det(x, h) &&
                !pron_gender(x, h, &rl) &&
                !(lexclass(x, x->L.skip, h) &
                  (K_PREP | K_CONJ | K_SUB | K_STOP | K_DET))) {
                int32_t a0 = np_left(x, h, s0);
                /* (a cue noun, "plans", "claims", is no phrase of its own
                 * there: the noun and its determiner) */
                if (a0 < 0)
                    a0 = h > s0 && is_det(x, h - 1) ? h - 1 : h;
                /* (a word that may be a verb, "plans", "cuts", is a noun
                 * after a determiner) */
                if (a0 >= s0 && a0 <= h &&
                    ((a0 < h && is_det(x, a0)) ||
                     (!en_finite(x, h) && !en_past_form(x, h)))) {
                    c0 = cue_end;
                    c1 = clause_end(x, c0, 0);
                    for (int32_t k = v0 + 2; k < c1; k++)
                        if (x->qid[k] < 0 &&
                            (en_finite(x, k) || en_past_form(x, k) ||
                             en_base_past_before_object(x, k, c1))) {
                            c1 = k;
                            break;
                        }
                    kind = WS_INDIRECT;
                    pre0 = a0;
                    pre1 = h + 1;
                }
            }
        }
        /* "the ferry, which the mayor says she will keep", "what the firm
         * says its losses were", "how engineers say it would hold": a
         * question or relative word before the subject stands for a part
         * of the content clause (its object or adjunct); it opens the
         * content */
        if (pre1 < 0 && kind == WS_INDIRECT && sa > s0 + 1 && sa < p &&
            (attr & C_SAY) && comp < 0 && nextq == NULL && c1 > c0 &&
            c0 >= cue_end && c0 <= cue_end + 2 &&
            en_extracted_wh(x, sa - 1, s0)) {
            pre0 = sa - 1;
            pre1 = sa;
        }
        /* a parenthetical attribution: "The bridge, the mayor said, would
         * reopen ...": the content is on both sides (", which, the mayor
         * said, is ...": the relative pronoun before it) */
        if (pre1 < 0 && kind != WS_REPORTED && sa > s0 + 1 && sa < p &&
            tok_is(d, sa - 1, ",") && c0 > p && c1 > c0 &&
            tok_is(d, c0 - 1, ",") && sa - 2 > s0 &&
            en_relative_subject(x, sa - 2) && tok_is(d, sa - 3, ",")) {
            pre0 = sa - 2;
            pre1 = sa - 1;
        } else if (pre1 < 0 && kind != WS_REPORTED && sa > s0 + 1 && sa < p &&
                   tok_is(d, sa - 1, ",") && c0 > p && c1 > c0 &&
                   tok_is(d, c0 - 1, ",")) {
            int clean = 1;
            /* one clause's worth at most: a sentence of many attributions
             * stays linear */
            int32_t lo0 = sa - 1 - CLAUSE_MAX > s0 ? sa - 1 - CLAUSE_MAX : s0;
            /* (a cue as an infinitive is no attribution: "To understand
             * the port, the mayor said, one should ...") */
            static const char *const to[] = {"to"};
            for (int32_t k = lo0; k < sa - 1 && clean; k++)
                if (x->qid[k] >= 0 ||
                    (x->cuelen[k] && !x->cueused[k] &&
                     is_speech_cue(x->cueattr[k]) && !en_det_noun(x, k, lo0) &&
                     !(k > lo0 && fold_is(x, k - 1, to, 1) && is_en)))
                    clean = 0;
            if (clean) {
                pre0 = lo0;
                pre1 = sa - 1;
            }
        }
        ws_statement *st = new_statement(x, kind);
        if (st == NULL)
            return;
        st->cue = tok_span(x, fr_neg_start(x, p, s0), cue_end);
        x->cueused[p] = 1;
        /* "said in a note posted online that ...": a participle inside
         * the phrase before the content is no cue of its own */
        if (is_en && comp > p + m)
            for (int32_t k = p + m + 1; k < comp; k++)
                if (x->cuelen[k] && en_phrase_participle(x, k, p + m))
                    x->cueused[k] = 1;
        if (sa >= 0)
            set_speaker(x, st, sa, sb, g, p);
        else if (coord || (left_end >= s0 && !prefer_right)) {
            /* coordinated verb or participle: the sentence's speaker */
            if (!copy_prev_speaker(x, st, d->tokens.v[p].start,
                                   d->tokens.v[s0].start)) {
                int32_t a0 = after_intro(x, s0, p);
                int32_t r1 = a0 >= 0 ? np_right(x, a0, p) : a0;
                if (a0 >= 0)
                    r1 = en_np_verb_trim(x, a0, r1, p);
                /* ", each touting ...": the quantifier's subject is
                 * plural, names joined by "and" ("Ann Lee and Bo Kim
                 * met, each praising ...") */
                if (r1 > a0 && r1 + 1 < p && tok_is(d, r1, "and") &&
                    en_quant_participle(x, p, s0)) {
                    int32_t r2 = np_right(x, r1 + 1, p);
                    if (r2 > r1 + 1)
                        r1 = en_np_verb_trim(x, r1 + 1, r2, p);
                }
                if (r1 > a0)
                    set_speaker(x, st, a0, r1, g, p);
                else
                    set_speaker(x, st, -1, -1, g, p);
            }
        } else
            set_speaker(x, st, -1, -1, g, p);
        if (nextq != NULL) {
            add_quote_content(x, st, nextq);
            nextq->used = 1;
        }
        if (pre1 > pre0) {
            add_clause(x, st, pre0, pre1);
        }
        if (c1 > c0) {
            /* a reported act with a quotation in its object is mixed
             * ("called the plan \"a disaster\""), not in German */
            if (mark_mixed(x, c0, c1) &&
                (kind != WS_REPORTED || pred_cue(x, p) || is_sf || is_en))
                st->kind = WS_MIXED;
            else if (comp >= 0 && kind == WS_INDIRECT && is_sf &&
                     x->qid[c0] >= 0 && x->qid[c1 - 1] == x->qid[c0])
                st->kind = WS_MIXED; /* "stwierdził, że „…”": a quoted
                                      * clause after the complementizer */
            add_content(x, st, c0, c1);
        }
    }
}

/* Does statement st have a content segment holding code point c? */
static int
stmt_holds(const ws_statement *st, int32_t c)
{
    for (int k = 0; k < st->ncontent; k++)
        if (st->content[k].start <= c && c < st->content[k].end)
            return 1;
    return 0;
}

/* The content spans of the statements [0, n0) sorted by start, with the
 * running maximum of their ends, so that whether a position is inside
 * any of them takes a binary search: a pass that skips what an earlier
 * statement holds scanned every statement per candidate, quadratic in a
 * long document.  Built on a pass's first question (held_by); the pass
 * adds statements only after n0 and changes none before it. */
typedef struct {
    int built; /* 1 built, -1 out of memory (scan instead) */
    int32_t n;
    ws_span *v; /* by start; v[i].end: the largest end of v[0..i] */
} held_index;

static int
cmp_span_start(const void *a, const void *b)
{
    int32_t x = ((const ws_span *)a)->start, y = ((const ws_span *)b)->start;
    return x < y ? -1 : x > y;
}

/* Whether position c is inside the content of one of the statements
 * [0, n0) (stmt_holds of any). */
static int
held_by(ctx *x, held_index *h, int32_t n0, int32_t c)
{
    const ws_doc *d = x->d;
    if (h->built == 0) {
        size_t n = 0;
        for (int32_t i = 0; i < n0; i++)
            n += (size_t)d->statements.v[i].ncontent;
        h->v = n ? ws_arena_alloc_raw(x->d->arena, n * sizeof *h->v) : NULL;
        h->built = n && h->v == NULL ? -1 : 1;
        h->n = 0;
        for (int32_t i = 0; i < n0 && h->v != NULL; i++)
            for (int k = 0; k < d->statements.v[i].ncontent; k++)
                h->v[h->n++] = d->statements.v[i].content[k];
        if (h->n > 1)
            qsort(h->v, (size_t)h->n, sizeof *h->v, cmp_span_start);
        for (int32_t i = 1; i < h->n; i++)
            if (h->v[i].end < h->v[i - 1].end)
                h->v[i].end = h->v[i - 1].end;
    }
    if (h->built < 0) {
        for (int32_t i = 0; i < n0; i++)
            if (stmt_holds(&d->statements.v[i], c))
                return 1;
        return 0;
    }
    /* the last span starting at or before c */
    int32_t lo = 0, hi = h->n;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (h->v[mid].start <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && c < h->v[lo - 1].end;
}

/* Does every content segment of statement st end at or before code
 * point c? */
static int
stmt_ends_by(const ws_statement *st, int32_t c)
{
    for (int k = 0; k < st->ncontent; k++)
        if (st->content[k].end > c)
            return 0;
    return 1;
}

/* The statement a noun cue at n makes (en_claim_noun_pass,
 * de_claim_noun_pass): speaker [sa, sb) (g: a possessive's gender),
 * content [c0, c1), mixed when it holds a quotation.  0 when out of
 * memory. */
static int
noun_statement(ctx *x, int32_t n, int32_t sa, int32_t sb, unsigned g,
               int32_t c0, int32_t c1)
{
    ws_statement *st = cue_statement(x, WS_INDIRECT, n);
    if (st == NULL)
        return 0;
    set_speaker(x, st, sa, sb, g, n);
    add_clause(x, st, c0, c1);
    return 1;
}

/* Words that open another clause inside a clause of the subject
 * (en_subject_clause_end, en_intent_subject_end): its end is not told
 * past them. */
static const char *const en_subj_clause_stop[] = {
    "that", "which", "who", "whom", "whose",  "and",
    "or",   "but",   "if",  "when", "because"};

/* English: the end of a that-clause [c0, c1) that is part of the
 * sentence's subject ("His claim that the count was rigged angered
 * officials", "Her warning that prices would rise was ignored"): the
 * clause has a finite verb of its own, then the main verb follows a
 * plain word (not an auxiliary: "was rigged" is one verb) and opens no
 * prepositional phrase ("a rate tied to ..." is no main verb).  -1 when
 * the end is not told: no verb found, or a comma, a conjunction or a
 * relative word on the way (the clause may hold another clause). */
static int32_t
en_subject_clause_end(ctx *x, int32_t c0, int32_t c1)
{
    static const char *const aux[] = {
        "is",  "are",   "was",    "were",  "be",    "been", "being",
        "has", "have",  "had",    "will",  "would", "can",  "could",
        "may", "might", "should", "must",  "do",    "does", "did",
        "not", "never", "also",   "still", "just",  "n't",  "to"};
    ws_doc *d = x->d;
    int32_t v1 = -1;
    for (int32_t k = c0; k < c1; k++) {
        if (x->qid[k] >= 0 || (ws_tok_is_punct(d, k) && !tok_is(d, k, "-")) ||
            fold_is(x, k, en_subj_clause_stop,
                    sizeof en_subj_clause_stop / sizeof *en_subj_clause_stop))
            return -1;
        if (!en_finite(x, k))
            continue;
        if (v1 < 0) {
            v1 = k;
            continue;
        }
        int32_t b = k - 1; /* over adverbs: "was widely rigged" */
        while (b > v1 && is_ly_adv(x, b))
            b--;
        if (b > v1 && ws_tok_is_word(d, b) &&
            !fold_is(x, b, aux, sizeof aux / sizeof *aux) && k + 1 < c1 &&
            ws_tok_is_word(d, k + 1) &&
            !(lexclass(x, x->L.skip, k + 1) & K_PREP))
            return k;
    }
    return -1;
}

/* English: "The governor's pledge to fix the roads won praise": the end
 * of the infinitive after a noun of will in the subject, at the main verb
 * (an auxiliary, a form in -ed or a common irregular past) after the
 * infinitive's verb at c0 + 1, or -1 when none is told before c1 or a
 * clause boundary comes first. */
static int32_t
en_intent_subject_end(ctx *x, int32_t c0, int32_t c1)
{
    static const char *const aux[] = {
        "is",    "are",    "was",  "were",  "be",   "been",  "has",
        "have",  "had",    "will", "would", "can",  "could", "may",
        "might", "should", "must", "do",    "does", "did",   "to"};
    ws_doc *d = x->d;
    for (int32_t k = c0 + 2; k < c1; k++) {
        if (x->qid[k] >= 0 || (ws_tok_is_punct(d, k) && !tok_is(d, k, "-")) ||
            fold_is(x, k, en_subj_clause_stop,
                    sizeof en_subj_clause_stop / sizeof *en_subj_clause_stop))
            return -1;
        if (!en_finite(x, k) && !en_past_form(x, k))
            continue;
        /* "to fix roads damaged by floods": a participle, not the verb;
         * nor a word in a noun phrase, after a determiner, a preposition
         * or a hyphenated compound ("a long-delayed", "so-called armed") */
        if ((k + 1 < c1 && tok_is(d, k + 1, "by")) || tok_is(d, k - 1, "-") ||
            tok_is(d, k - 2, "-") || is_det(x, k - 1) ||
            (lexclass(x, x->L.skip, k - 1) & K_PREP))
            continue;
        if (fold_is(x, k - 1, aux, sizeof aux / sizeof *aux))
            return -1;
        return k;
    }
    return -1;
}

/* English: a statement named by a noun whose source is a possessive and
 * whose content is a that-clause: "Trump's claim that ...", "the
 * ministry's warning that ...", "her insistence that ...", "its own plan
 * to ...".  The nouns
 * are the class `claim` of stance-skip.tsv. */
static void
en_claim_noun_pass(ctx *x)
{
    static const char *const poss[] = {"his", "her", "their", "its"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    static const char *const thatto[] = {"that", "to"};
    static const char *const that[] = {"that"};
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, thatto, 2, 2);
    cand_add(x, cand, thatto, 2, 3);
    cand_add(x, cand, that, 1, 4);
    for (int32_t t = cand_next(x, cand, 0); t + 3 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        /* the noun (at t + 1 or t + 2) is followed by "that" or "to":
         * the cheap test first (the rest only looks) */
        if (!tok_is(d, t + 2, "that") && !tok_is(d, t + 2, "to") &&
            !tok_is(d, t + 3, "that") && !tok_is(d, t + 3, "to") &&
            !(t + 4 < x->ntok && tok_is(d, t + 4, "that")))
            continue;
        int apos = en_poss_clitic(d, t);
        /* "Trump's" as one token */
        const char *w = ws_tok_ptr(d, t);
        int32_t wl = ws_tok_blen(d, t);
        int glued = !apos && ws_tok_is_word(d, t) &&
                    ((wl > 2 && memcmp(w + wl - 2, "'s", 2) == 0) ||
                     (wl > 4 && memcmp(w + wl - 4, "\xe2\x80\x99s", 4) == 0));
        /* "a New York Times report that ...": a named body or medium
         * before the noun is its source */
        int named_ent = !apos && !glued && x->ent[t] >= 0 &&
                        (t + 1 >= x->ntok || x->ent[t + 1] != x->ent[t]) &&
                        d->entities.v[x->ent[t]].type != WS_ROLE &&
                        d->entities.v[x->ent[t]].type != WS_LOC &&
                        d->entities.v[x->ent[t]].type != WS_NORP;
        if (!apos && !glued && !named_ent &&
            !fold_is(x, t, poss, sizeof poss / sizeof *poss))
            continue;
        int32_t n = t + 1;
        /* one modifier between: "its earlier claim that", "his repeated
         * insistence that", "its own decision to" */
        if (!skip_has(x, n, K_CLAIM | K_INTENT) && ws_tok_is_word(d, n) &&
            !is_cap(d, n) && !x->cuelen[n] && !ends_plural(x, n) &&
            !(lexclass(x, x->L.skip, n) &
              (K_PREP | K_DET | K_CONJ | K_STOP | K_SUB)) &&
            skip_has(x, n + 1, K_CLAIM | K_INTENT))
            n++;
        /* "her decision to run", "its pledge to cut": a noun of will
         * with "to" and a verb (not "his call to the nation") */
        int intent = skip_has(x, n, K_INTENT) && tok_is(d, n + 1, "to") &&
                     n + 2 < x->ntok && ws_tok_is_word(d, n + 2) &&
                     !is_cap(d, n + 2) && !is_det(x, n + 2) &&
                     !pron_gender_simple(x, n + 2) &&
                     !(d->tokens.v[n + 2].flags & WS_TOK_NUM) &&
                     !(lexclass(x, x->L.skip, n + 2) & (K_TIME | K_PREP));
        /* "the governor's view is that ...", "her position was that
         * ...": the noun, a form of "be", then the clause */
        static const char *const be[] = {"is", "was", "remains", "remained"};
        int cop = skip_has(x, n, K_CLAIM) && n + 3 < x->ntok &&
                  fold_is(x, n + 1, be, sizeof be / sizeof *be) &&
                  tok_is(d, n + 2, "that");
        if (!((skip_has(x, n, K_CLAIM) && tok_is(d, n + 1, "that")) || intent ||
              cop) ||
            x->qid[t] >= 0 || x->qid[n] >= 0 || x->cueused[n])
            continue;
        int32_t s0 = sent_t0(x, t), s1 = sent_t1(x, t);
        if (n + 2 >= s1)
            continue;
        int32_t sa = t, sb = t + 1;
        if (named_ent) {
            sa = t;
            while (sa > s0 && x->ent[sa - 1] == x->ent[t])
                sa--;
            /* "a New York Times report": the phrase opens with a
             * determiner, not a verb's subject */
            if (sa - 1 < s0 || !is_det(x, sa - 1))
                continue;
        } else if (glued) {
            /* "Donald Trump's", "the ministry's" */
            while (
                sa > s0 && sa > t - 5 &&
                (is_cap(d, sa - 1) || is_det(x, sa - 1) || x->ent[sa - 1] >= 0))
                sa--;
            int named = 0;
            for (int32_t k = sa; k <= t && !named; k++)
                named = x->ent[k] >= 0 || is_cap(d, k) ||
                        lexclass(x, x->L.spk, k) != 0;
            if (!named)
                continue;
        } else if (apos) {
            sa = np_left(x, t - 1, s0);
            sb = t;
            int named = 0;
            for (int32_t k = sa; k >= 0 && k < t && !named; k++)
                named = x->ent[k] >= 0 || is_cap(d, k);
            if (sa < 0 || !named)
                continue;
        }
        /* only an object or a phrase after a preposition ("checked
         * Trump's claim that ..."): a subject's clause runs on into the
         * main verb ("His claim that X was false angered ...") */
        int subj = sa <= s0;
        if (!subj && ws_tok_is_word(d, sa - 1) && is_cap(d, sa - 1))
            continue;
        /* the infinitive keeps its "to" ("to act alone") */
        int32_t c0 = intent ? n + 1 : cop ? n + 3 : n + 2;
        int32_t c1 = clause_end(x, c0, 0);
        /* the subject's clause ends before the main verb, when it is
         * told ("Her claim that the count was rigged angered ...") */
        if (subj && !intent && !cop)
            c1 = en_subject_clause_end(x, c0, c1);
        else if (subj && intent)
            c1 = en_intent_subject_end(x, c0, c1);
        if (c1 <= c0 + intent)
            continue;
        if (!noun_statement(x, n, sa, sb, 0, c0, c1))
            return;
    }
}

/* English: an impersonal finding: "it is clear that ...", "it was
 * obvious the plan had failed", "nor is it apparent that ...", "it
 * appeared that ...": an assessment of what the facts show, a statement
 * with no named source.  The adjective (clear, obvious, apparent,
 * evident) follows "it" and a form of "be", "seem", "become" or "remain"
 * (adverbs between: "it is now abundantly clear"), or an inverted "is
 * it"; "seems", "appears" (and their pasts) follow "it" right before
 * "that" (not "it seems to ..."); the clause opens with
 * "that", a subject pronoun or a subject and a finite verb (not a
 * question word: "it is unclear whether" asks, and "clear why" too).
 * Not inside a quotation or another statement's content. */
static void
en_evident_pass(ctx *x)
{
    static const char *const be[] = {
        "is",      "was",   "'s",     "\xe2\x80\x99s", "been",    "became",
        "becomes", "seems", "seemed", "remains",       "remained"};
    static const char *const adv[] = {"now",  "quite",   "very",   "so",
                                      "also", "still",   "all",    "too",
                                      "more", "already", "crystal"};
    static const char *const it[] = {"it"};
    static const char *const its[] = {"it's", "it\xe2\x80\x99s"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    int32_t n0 = d->statements.n;
    held_index held = {0};
    static const char *const head[] = {"seems",    "seemed", "appears",
                                       "appeared", "clear",  "obvious",
                                       "apparent", "evident"};
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, head, sizeof head / sizeof *head, 0);
    for (int32_t t = cand_next(x, cand, 1); t + 2 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        /* the words as written first: folding every token costs */
        int verb = tok_is(d, t, "seems") || tok_is(d, t, "seemed") ||
                   tok_is(d, t, "appears") || tok_is(d, t, "appeared");
        if (!(verb || tok_is(d, t, "clear") || tok_is(d, t, "obvious") ||
              tok_is(d, t, "apparent") || tok_is(d, t, "evident")) ||
            x->qid[t] >= 0)
            continue;
        /* "it seems that ...", "it appeared that ...": the verb alone,
         * with "that" */
        if (verb && !(fold_is(x, t - 1, it, 1) && tok_is(d, t + 1, "that")))
            continue;
        int32_t k = verb ? t : t - 1;
        while (
            k > 0 && k > t - 4 &&
            (is_ly_adv(x, k) || fold_is(x, k, adv, sizeof adv / sizeof *adv)))
            k--;
        int32_t cs;
        if (verb)
            cs = t - 1;
        else if (fold_is(x, k, be, sizeof be / sizeof *be) && k - 1 >= 0 &&
                 fold_is(x, k - 1, it, 1))
            cs = k - 1; /* "it is clear", "it's clear" */
        else if (tok_is(d, k, "been") && k - 2 >= 0 && fold_is(x, k - 2, it, 1))
            cs = k - 2; /* "it has been clear" */
        else if (fold_is(x, k, it, 1) && k - 1 >= 0 &&
                 (fold_is(x, k - 1, be, 2)))
            cs = k - 1; /* "nor is it clear" */
        else if (fold_is(x, k, its, 2))
            cs = k; /* "it's clear" as one token */
        else
            continue;
        int32_t s1 = sent_t1(x, t);
        int32_t c0 = t + 1;
        if (c0 < s1 && tok_is(d, c0, "that"))
            c0++;
        else if (!(c0 + 1 < s1 && en_nom_pron(x, c0) &&
                   en_finite(x, skip_adv_fwd(x, c0 + 1, s1))) &&
                 !en_subject_then_verb(x, c0, s1))
            continue;
        if (c0 >= s1 || sent_of(x, cs) != sent_of(x, t))
            continue;
        int inside = held_by(x, &held, n0, d->tokens.v[t].start);
        int32_t c1 = clause_end(x, c0, 0);
        if (inside || c1 <= c0)
            continue;
        ws_statement *st = new_statement(x, WS_INDIRECT);
        if (st == NULL)
            return;
        st->cue = tok_span(x, cs, t + 1);
        add_clause(x, st, c0, c1);
        t = c1;
    }
}

/* English: the end of a content clause inside an opening phrase
 * ("Despite claims that the bridge was safe, the town closed it", "Amid
 * rumors that the mayor would quit, the council met"): when the sentence
 * opens with a preposition or a subordinator and no comma stands between
 * its start and the noun at n, the phrase, and the clause in it, ends at
 * the first comma (outside quotations) after which a main clause opens (a
 * subject and a finite verb).  c1 otherwise. */
static int32_t
en_opening_phrase_clause_end(ctx *x, int32_t n, int32_t c0, int32_t c1)
{
    ws_doc *d = x->d;
    int32_t s0 = sent_t0(x, n), s1 = sent_t1(x, n);
    if (!(lexclass(x, x->L.skip, s0) & (K_PREP | K_SUB)))
        return c1;
    for (int32_t k = s0 + 1; k < n; k++)
        if (x->qid[k] >= 0 || tok_is(d, k, ","))
            return c1;
    for (int32_t k = c0 + 1; k + 2 < c1; k++) {
        if (x->qid[k] >= 0 || !tok_is(d, k, ","))
            continue;
        /* the main clause: a subject pronoun, or a phrase of up to seven
         * words with no punctuation, then a finite verb (adverbs before
         * it) */
        int32_t a = k + 1, v = a + 1;
        if (!ws_tok_is_word(d, a) || en_finite(x, a) || en_past_form(x, a))
            continue;
        if (!en_nom_pron(x, a))
            while (v < s1 && v < a + 8 && ws_tok_is_word(d, v) &&
                   !en_finite(x, v) && !en_past_form(x, v))
                v++;
        while (v < s1 && is_ly_adv(x, v))
            v++;
        if (v < s1 && x->qid[v] < 0 && (en_finite(x, v) || en_past_form(x, v)))
            return k;
    }
    return c1;
}

/* English: is the noun at n the channel of a verb of speech before it
 * ("declared in its statement that ...", "announced on Monday in a
 * written note that ...", "argued in an op-ed that ...")?  The noun heads a
 * phrase with "in", "through" or "via" (a determiner and up to two
 * modifiers between) right after a verb of speech the cue pass used, over
 * a time or place phrase of a few words: the clause after it is that
 * verb's content, no statement of the noun. */
static int
en_channel_noun(ctx *x, int32_t n)
{
    static const char *const via[] = {"in", "through", "via"};
    ws_doc *d = x->d;
    int32_t s0 = sent_t0(x, n), k = n - 1;
    while (k > s0 && k >= n - 3 && ws_tok_is_word(d, k) && x->qid[k] < 0 &&
           !fold_is(x, k, via, sizeof via / sizeof *via))
        k--;
    if (k <= s0 || !fold_is(x, k, via, sizeof via / sizeof *via))
        return 0;
    for (int32_t j = k - 1; j >= s0 && j >= k - 6; j--) {
        if (x->qid[j] >= 0 || ws_tok_is_final(d, j) || tok_is(d, j, ";"))
            return 0;
        if (x->cuelen[j] && is_speech_cue(x->cueattr[j]))
            return x->cueused[j];
    }
    return 0;
}

/* English: a noun of a belief, fear or charge held by many with a
 * that-clause: "hounded by charges that the fund ...", "amid growing concerns
 * that the bloc ...", "forced a recognition that ...": the clause is a
 * statement with no named source.  The noun is of the class `held` of
 * stance-skip.tsv, or a noun of saying (`claim`: "a tacit acknowledgment
 * that ...") that en_claim_noun_pass found no possessive source for; the
 * clause has a subject and a
 * finite verb (in a relative clause "that" is the subject: "concerns
 * that give ...") and goes on after its verbs with no preposition or end
 * (a relative clause lacks its object: "the charges that he faces in
 * court", "the claims that they made.").  Not inside a quotation, on a
 * cue already used, or inside another statement's content. */
static void
en_noun_clause_pass(ctx *x)
{
    static const char *const prep[] = {
        "in",    "on",    "at",     "from",  "for",   "with",
        "about", "over",  "during", "into",  "to",    "against",
        "under", "after", "before", "since", "until", "of"};
    static const char *const vg[] = {"be",  "been",  "being", "not",
                                     "n't", "never", "also",  "still"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    int32_t n0 = d->statements.n;
    held_index held = {0};
    static const char *const that[] = {"that"};
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, that, 1, 0);
    for (int32_t t = cand_next(x, cand, 1); t + 3 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        if (!tok_is(d, t, "that") || x->qid[t] >= 0)
            continue;
        int32_t n = t - 1;
        if (x->qid[n] >= 0 || x->cueused[n] || !ws_tok_is_word(d, n) ||
            is_cap(d, n) || !skip_has(x, n, K_HELD | K_CLAIM))
            continue;
        int32_t s1 = sent_t1(x, t), c0 = t + 1, v;
        if (c0 + 2 >= s1 || x->qid[c0] >= 0)
            continue;
        if (en_nom_pron(x, c0) || tok_is(d, c0, "there"))
            v = c0 + 1;
        else if (en_subject_then_verb(x, c0, s1))
            v = np_right(x, c0, s1);
        else
            continue;
        while (v < s1 && (is_ly_adv(x, v) || fold_is(x, v, vg, 8)))
            v++;
        if (v >= s1 || !en_finite(x, v))
            continue;
        int32_t w = v + 1;
        while (w < s1 && w < v + 5 &&
               (en_finite(x, w) || en_past_form(x, w) || is_ly_adv(x, w) ||
                fold_is(x, w, vg, sizeof vg / sizeof *vg)))
            w++;
        if (w >= s1 || ws_tok_is_final(d, w) || is_clause_punct(d, w) ||
            fold_is(x, w, prep, sizeof prep / sizeof *prep))
            continue;
        int inside = held_by(x, &held, n0, d->tokens.v[n].start);
        int32_t c1 = clause_end(x, c0, 0);
        c1 = en_opening_phrase_clause_end(x, n, c0, c1);
        if (inside || c1 <= c0 + 1 || en_channel_noun(x, n))
            continue;
        ws_statement *st = cue_statement(x, WS_INDIRECT, n);
        if (st == NULL)
            return;
        add_clause(x, st, c0, c1);
        t = c1;
    }
}

/* English: a noun of an agreement ("agreement", "accord", "pact") before
 * "to" and a verb ("yielded an accord to reopen the border", "signed a
 * pact to curb emissions"): the infinitive is what the parties agreed on,
 * an indirect statement with no named source (the noun a possessive
 * names a source for, "their agreement to ...", is en_poss_act_pass's).
 * Not inside a quotation, on a cue already used, or inside another
 * statement's content. */
static void
en_agreement_to_pass(ctx *x)
{
    static const char *const noun[] = {"agreement", "agreements", "accord",
                                       "accords",   "pact",       "pacts"};
    static const char *const poss[] = {"his", "her",  "their", "its",
                                       "our", "your", "my"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    int32_t n0 = d->statements.n;
    held_index held = {0};
    /* (only the tokens that may be one of the nouns: cand_add) */
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, noun, sizeof noun / sizeof *noun, 0);
    for (int32_t n = cand_next(x, cand, 1); n + 2 < x->ntok;
         n = cand_next(x, cand, n + 1)) {
        if (x->qid[n] >= 0 || x->cueused[n] ||
            !fold_is(x, n, noun, sizeof noun / sizeof *noun))
            continue;
        int32_t s1 = sent_t1(x, n), c0 = n + 1;
        if (!en_to_verb(x, c0, s1) || x->cueused[c0 + 1])
            continue;
        /* a possessive names the parties: "their agreement to ..." */
        int32_t k = n - 1;
        while (k > 0 && is_ly_adv(x, k))
            k--;
        if (fold_is(x, k, poss, sizeof poss / sizeof *poss) ||
            en_poss_clitic(d, k) || en_poss_word(d, k))
            continue;
        int inside = held_by(x, &held, n0, d->tokens.v[n].start);
        int32_t c1 = clause_end(x, c0, 0);
        if (inside || c1 <= c0 + 1)
            continue;
        ws_statement *st = cue_statement(x, WS_INDIRECT, n);
        if (st == NULL)
            break;
        /* "they reached an agreement to ...": the object of a verb in the
         * past is the subject's agreement */
        int32_t s0 = sent_t0(x, n);
        if (k - 1 > s0 && is_det(x, k) && en_past_form(x, k - 1) &&
            !is_cap(d, k - 1)) {
            int32_t sa = np_left(x, k - 2, s0);
            if (sa >= 0)
                set_speaker(x, st, sa, k - 1, 0, n);
        }
        add_clause(x, st, c0, c1);
        n = c1;
    }
}

/* English: a source after "from" that is a bare plural noun phrase, or
 * two joined by "and" or "or" ("criticism from unions", "support from
 * older voters", "pressure from farm groups and rural mayors"): its end,
 * sa when there is none. */
static int32_t en_bare_plural_end(ctx *x, int32_t a0, int32_t s1);
static int32_t
en_from_bare_source(ctx *x, int32_t sa, int32_t s1)
{
    int32_t e = en_bare_plural_end(x, sa, s1);
    if (e > sa && e + 1 < s1 &&
        (tok_is(x->d, e, "and") || tok_is(x->d, e, "or"))) {
        int32_t e2 = en_bare_plural_end(x, e + 1, s1);
        if (e2 > e + 1)
            e = e2;
    }
    return e;
}

/* English: the start of the subject that receives an act, from the
 * sentence start when the words before the noun phrase at c0 are its
 * modifiers ("The club's young Dutch keeper Jan Smit faced ..."): a
 * determiner or a capital first, then words and possessive endings only,
 * no comma, cue or quotation, at most eight tokens.  Else c0. */
static int32_t
en_received_subject_start(ctx *x, int32_t s0, int32_t c0)
{
    ws_doc *d = x->d;
    if (c0 <= s0 || c0 - s0 > 8 || !(is_det(x, s0) || is_cap(d, s0)) ||
        (lexclass(x, x->L.skip, s0) & (K_PREP | K_CONJ | K_ADV | K_TIME)))
        return c0;
    for (int32_t k = s0; k < c0; k++)
        if (x->qid[k] >= 0 || x->cuelen[k] ||
            (!ws_tok_is_word(d, k) && !tok_is(d, k, "'s") &&
             !tok_is(d, k, "\xe2\x80\x99s")))
            return c0;
    return s0;
}

/* English: an act received rather than made: "X faces pressure from Y
 * to ...", "X came under sharp criticism for ...", "X is drawing
 * criticism after ...".  The verb (face, draw, come under) and an act
 * noun of the cues lexicon (actn) up to three plain words on make the
 * cue; the source follows "from" (none named when it is missing); the
 * content is what the act is for ("for ...", "to ..."), else the
 * subject that receives it.  A bounded look at each such verb. */
static void
en_received_act_pass(ctx *x)
{
    static const char *const recv[] = {
        "face",  "faces",   "faced", "facing", "draw",  "draws",  "drew",
        "drawn", "drawing", "came",  "come",   "comes", "coming", "under"};
    static const char *const aux[] = {"is",   "are",   "was",   "were",
                                      "has",  "have",  "had",   "been",
                                      "will", "would", "could", "may"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, recv, sizeof recv / sizeof *recv, 0);
    for (int32_t t = cand_next(x, cand, 1); t + 2 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        const char *t0 = ws_tok_ptr(d, t);
        if ((*t0 != 'f' && *t0 != 'd' && *t0 != 'c' && *t0 != 'u') ||
            !fold_is(x, t, recv, sizeof recv / sizeof *recv) || is_cap(d, t) ||
            x->qid[t] >= 0 || x->cuelen[t])
            continue;
        int32_t k = t + 1;
        size_t fl;
        const char *f = tok_fold(x, t, &fl);
        int under = fl == 5 && memcmp(f, "under", 5) == 0;
        if (f[0] == 'c') { /* "came under" */
            if (!tok_is(d, k, "under"))
                continue;
            k++;
            under = 1;
        }
        int32_t s0 = sent_t0(x, t), s1 = sent_t1(x, t);
        int32_t n = -1;
        for (int32_t j = k; j < s1 && j <= k + 3; j++) {
            if (!ws_tok_is_word(d, j) || is_cap(d, j) || x->qid[j] >= 0 ||
                x->cueused[j])
                break;
            const char *jf = tok_fold(x, j, &fl);
            const char *w = ws_lex_word(x->L.cues, jf, fl);
            if (w != NULL && (attrs(x, w, NULL) & C_ACTN)) {
                n = j;
                break;
            }
            if (x->cuelen[j] || w != NULL)
                break;
        }
        /* "under pressure" alone needs its source: "under pressure from" */
        if (n < 0 || n + 1 >= s1 ||
            (under && f[0] == 'u' && !tok_is(d, n + 1, "from")))
            continue;
        int32_t r = n + 1, sa = -1, sb = -1;
        if (tok_is(d, r, "from") && r + 1 < s1) {
            sa = r + 1;
            sb = np_right(x, sa, s1);
            if (sb <= sa)
                sb = en_from_bare_source(x, sa, s1);
            if (sb <= sa)
                continue;
            r = sb;
        }
        int32_t c0 = -1, c1 = -1;
        if (r + 1 < s1 && (tok_is(d, r, "for") || tok_is(d, r, "over") ||
                           tok_is(d, r, "to"))) {
            c0 = tok_is(d, r, "to") ? r : r + 1;
            c1 = clause_end(x, c0, !tok_is(d, r, "to"));
        } else {
            /* the subject, over auxiliaries: "Trump is drawing ..." */
            int32_t e = t;
            while (e - 1 > s0 &&
                   fold_is(x, e - 1, aux, sizeof aux / sizeof *aux))
                e--;
            if (f[0] == 'u' || e <= s0 || !ws_tok_is_word(d, e - 1))
                continue;
            c0 = np_left(x, e - 1, s0);
            c1 = e;
            if (c0 < 0 || pron_gender_simple(x, c0))
                continue;
            c0 = en_received_subject_start(x, s0, c0);
        }
        if (c1 <= c0)
            continue;
        ws_statement *st = new_statement(x, WS_REPORTED);
        if (st == NULL)
            return;
        st->cue = tok_span(x, t, n + 1);
        x->cueused[n] = 1;
        if (sa >= 0)
            set_speaker(x, st, sa, sb, 0, t);
        else {
            st->speaker.start = st->speaker.end = -1;
            st->speaker_ent = -1;
            st->speaker_name = st->speaker_role = st->speaker_org = NULL;
        }
        add_content(x, st, c0, c1);
        t = n;
    }
}

/* English: a light verb's act in the passive, its act noun the subject:
 * "Evidence against the firm was presented by the prosecutor", "A
 * warning was issued by the ministry", "Charges were filed by ...".
 * The participle and "by" make the cue, the agent speaks, the subject
 * (with an act or document noun of the cues lexicon, or a noun of what
 * is put forward) is the content.  A bounded look at each "by". */
static void
en_passive_light_pass(ctx *x)
{
    static const char *const part[] = {
        "issued", "made",   "presented", "filed",     "lodged",
        "voiced", "raised", "delivered", "submitted", "tabled"};
    static const char *const be[] = {"was", "were", "been", "is", "are", "be"};
    static const char *const put[] = {"evidence",  "charges",   "proposal",
                                      "proposals", "motion",    "resolution",
                                      "case",      "arguments", "argument"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, part, sizeof part / sizeof *part, 0);
    for (int32_t t = cand_next(x, cand, 2); t + 2 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        if (!tok_is(d, t + 1, "by") || x->cuelen[t] || x->cueused[t] ||
            x->qid[t] >= 0 ||
            !fold_is(x, t, part, sizeof part / sizeof *part) ||
            !fold_is(x, t - 1, be, sizeof be / sizeof *be))
            continue;
        int32_t s0 = sent_t0(x, t), s1 = sent_t1(x, t);
        int32_t e = t - 1;
        while (e - 1 > s0 &&
               (fold_is(x, e - 1, be, sizeof be / sizeof *be) ||
                tok_is(d, e - 1, "has") || tok_is(d, e - 1, "have") ||
                tok_is(d, e - 1, "had")))
            e--;
        if (e <= s0 || x->qid[e - 1] >= 0)
            continue;
        /* the act noun heads the subject, its complements after it
         * ("evidence against the firm"): up to eight words back, no
         * punctuation, quote or cue between */
        int32_t sa = -1;
        for (int32_t k = e - 1; k >= s0 && k >= e - 8 && sa < 0; k--) {
            if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 || x->cuelen[k])
                break;
            if (is_cap(d, k) && k > s0)
                continue;
            size_t fl;
            const char *f = tok_fold(x, k, &fl);
            const char *w = ws_lex_word(x->L.cues, f, fl);
            if ((w != NULL && (attrs(x, w, NULL) & (C_ACTN | C_DOC))) ||
                fold_is(x, k, put, sizeof put / sizeof *put))
                sa = np_left(x, k, s0);
        }
        int32_t a0 = t + 2, a1 = a0 < s1 ? np_right(x, a0, s1) : a0;
        if (sa < 0 || sa >= e || a1 <= a0)
            continue;
        ws_statement *st = new_statement(x, WS_REPORTED);
        if (st == NULL)
            return;
        st->cue = tok_span(x, t, t + 2);
        x->cueused[t] = 1;
        set_speaker(x, st, a0, a1, 0, t);
        add_content(x, st, sa, e);
    }
}

/* The token whose span starts at character c, or -1: the first token
 * that does not start before c (a binary search whose steps are chosen
 * without a branch: the tokens start in increasing order), if it starts
 * at c. */
static int32_t
tok_starting_at_search(const ctx *x, int32_t c)
{
    const ws_doc *d = x->d;
    int32_t lo = 0, n = x->ntok;
    if (n <= 0)
        return -1;
    while (n > 1) {
        int32_t half = n / 2;
        lo = d->tokens.v[lo + half - 1].start < c ? lo + half : lo;
        n -= half;
    }
    return d->tokens.v[lo].start == c ? lo : -1;
}

/* tok_starting_at_search's answer, kept per character in x->tsa (a slot
 * by c's hash): the passes over the statements ask it of the same cue
 * and content starts again and again, and the tokens do not move. */
static int32_t
tok_starting_at(ctx *x, int32_t c)
{
    if (c < 0 || c == INT32_MAX)
        return tok_starting_at_search(x, c);
    unsigned h = tsa_slot(c);
    if (x->tsa[h].c1 == c + 1)
        return x->tsa[h].t;
    int32_t t = tok_starting_at_search(x, c);
    tsa_put(x, c, t);
    return t;
}

/* English: does the word at k open an indirect question ("whether",
 * "what", "how", "why", "who", "when", "where"; "if" too with with_if:
 * "asked if ...")? */
static int
en_question_word(ctx *x, int32_t k, int with_if)
{
    static const char *const wh[] = {"whether", "what", "how",   "why",
                                     "who",     "when", "where", "if"};
    return fold_is(x, k, wh, with_if ? 8 : 7);
}

/* English: does the word at k end an act's noun-phrase object, a
 * relative or subordinate clause starting ("the cuts that ...", "the
 * plan because ...")? */
static int
en_np_stop_word(ctx *x, int32_t k)
{
    static const char *const rel[] = {"that",    "which", "who",  "whom",
                                      "whose",   "where", "when", "while",
                                      "because", "as",    "if"};
    return fold_is(x, k, rel, sizeof rel / sizeof *rel);
}

/* English: is token k an irregular past ("came", "went") standing as
 * the verb after a noun phrase, not a noun after a determiner or a
 * preposition ("the left", "on the rise") nor a participle before "by"? */
static int
en_object_irregular_verb(ctx *x, int32_t k)
{
    return k > 0 && en_past_form(x, k) && !is_det(x, k - 1) &&
           !(lexclass(x, x->L.skip, k - 1) & K_PREP) &&
           !(k + 1 < x->ntok && tok_is(x->d, k + 1, "by"));
}

/* English: where an act's noun-phrase object from c0 ends, at most at
 * c1: before the main verb that follows it (and the -ly adverbs before
 * that verb: "His criticism of the court was sharp", "... sharply
 * rejected"), unless a quotation or a relative or subordinate word comes
 * first. */
static int32_t
en_object_verb_end(ctx *x, int32_t c0, int32_t c1)
{
    for (int32_t k = c0 + 1; k < c1; k++) {
        if (x->qid[k] >= 0 || en_np_stop_word(x, k))
            break;
        if (en_finite(x, k) || en_object_irregular_verb(x, k)) {
            int32_t e = k;
            while (e - 1 > c0 && is_ly_adv(x, e - 1))
                e--;
            return e;
        }
    }
    return c1;
}

/* English: "wondered about his health", "complained about the noise",
 * "raised questions about the deal", "isn't saying much about the case":
 * the topic of an act is the phrase after "about", which is the cue's
 * preposition and not part of what was said ("about 20 people" stays: a
 * number follows).  A wh-word or "whether" after it opens a clause, an
 * indirect question; a phrase is a reported act. */
static void
en_about_object_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        if ((st->kind != WS_REPORTED && st->kind != WS_INDIRECT) ||
            st->ncontent < 1 || st->cue.start < 0 ||
            st->content[0].start < st->cue.end)
            continue;
        int32_t a = tok_starting_at(x, st->content[0].start);
        if (a < 0 || x->qid[a] >= 0)
            continue;
        int32_t k = a;
        if (tok_is(d, k, "much") && k + 1 < x->ntok)
            k++;
        if (!tok_is(d, k, "about") || k + 2 >= x->ntok ||
            d->tokens.v[k + 1].sent != d->tokens.v[a].sent ||
            !ws_tok_is_word(d, k + 1) ||
            (d->tokens.v[k + 1].flags & WS_TOK_NUM) || x->qid[k + 1] >= 0 ||
            d->tokens.v[k + 1].start >= st->content[0].end)
            continue;
        /* the cue ends right before the phrase, or before adverbs and
         * times ("spoke out Sunday about ...") */
        int32_t c = tok_starting_at(x, st->cue.start);
        int32_t ce = c;
        while (ce + 1 < a && d->tokens.v[ce + 1].end <= st->cue.end)
            ce++;
        if (c < 0 || (ce + 1 != a && skip_adv_fwd(x, ce + 1, a) != a))
            continue;
        st->content[0].start = d->tokens.v[k + 1].start;
        if (en_question_word(x, k + 1, 0)) {
            st->kind = WS_INDIRECT;
            continue;
        }
        /* a phrase: the object of an act, to where such an object ends
         * (", with one exception" is no longer what was said) */
        st->kind = WS_REPORTED;
        int32_t e = clause_end(x, k + 1, 1);
        if (st->ncontent == 1 && e > k + 1 &&
            d->tokens.v[e - 1].end < st->content[0].end)
            st->content[0].end = d->tokens.v[e - 1].end;
    }
}

/* English: the subject of the clause whose predicate ends in the word h
 * ("the aides were cagey", "the towns have long quarrelled", "the
 * ledgers could throw light", "you're worried"): the noun phrase before
 * an auxiliary or a form of "be" (past adverbs and negation) within five
 * words before h, in the same clause (not past a bracket or a comma).
 * Without an auxiliary h may be a noun ("the long debate about"): none.
 * [*a, *b) = -1 when none is told. */
static void
en_wh_topic_subject(ctx *x, int32_t h, int32_t *a, int32_t *b)
{
    static const char *const vg[] = {"is",
                                     "are",
                                     "was",
                                     "were",
                                     "be",
                                     "been",
                                     "has",
                                     "have",
                                     "had",
                                     "will",
                                     "would",
                                     "can",
                                     "could",
                                     "may",
                                     "might",
                                     "should",
                                     "must",
                                     "do",
                                     "does",
                                     "did",
                                     "not",
                                     "never",
                                     "also",
                                     "still",
                                     "long",
                                     "often",
                                     "'re",
                                     "'ve",
                                     "'ll",
                                     "'d",
                                     "n't",
                                     "\xe2\x80\x99re",
                                     "\xe2\x80\x99ve",
                                     "always",
                                     "again",
                                     "now"};
    ws_doc *d = x->d;
    int32_t s0 = sent_t0(x, h);
    *a = *b = -1;
    /* a noun phrase ending in h ("the initial ruling on", "much talk
     * about") names no source */
    if (h <= s0 || is_det(x, h - 1))
        return;
    int32_t e = h - 1;
    /* "Deeply divided about ..." opens the sentence: no subject */
    if (is_ly_adv(x, e) ||
        (e == s0 && is_cap(d, e) && x->ent[e] < 0 && ws_tok_blen(d, e) > 4 &&
         memcmp(ws_tok_ptr(d, e) + ws_tok_blen(d, e) - 2, "ly", 2) == 0))
        return;
    /* back over the verb group: auxiliaries, negation, adverbs; an
     * auxiliary or a form of "be" must be among them (without one, h may
     * be a noun: "the long debate about") */
    /* the subject is within the same clause: after a bracket, a comma or
     * a colon ("(or you are worried about ...") */
    int32_t lo = e;
    while (lo > s0 && lo > h - 12 && !is_clause_punct(d, lo - 1) &&
           !tok_is(d, lo - 1, "(") && !tok_is(d, lo - 1, ")"))
        lo--;
    int rel;
    /* "you're worried about", "they’ve argued over": the pronoun with
     * its auxiliary glued on */
    size_t fl;
    const char *f = tok_fold(x, e, &fl);
    if (pron_gender(x, e, &rel) && !rel &&
        (memchr(f, '\'', fl) != NULL || strstr(f, "\xe2\x80\x99") != NULL)) {
        *a = e;
        *b = e + 1;
        return;
    }
    int aux = 0;
    /* a verb and its bare noun before the preposition: "could throw light
     * on", "have raised doubts about" */
    if (e - 1 > lo && x->qid[e] < 0 && ws_tok_is_word(d, e) && !is_cap(d, e) &&
        !is_det(x, e) &&
        !(lexclass(x, x->L.skip, e) & (K_PREP | K_CONJ | K_SUB | K_DET)) &&
        fold_is(x, e - 1, vg, 26))
        e--;
    while (e >= lo && e > h - 6 && x->qid[e] < 0 &&
           (fold_is(x, e, vg, sizeof vg / sizeof *vg) || is_ly_adv(x, e))) {
        if (fold_is(x, e, vg, 20) || fold_is(x, e, vg + 26, 7))
            aux = 1;
        e--;
    }
    if (!aux || e < lo || x->qid[e] >= 0 || !ws_tok_is_word(d, e) ||
        is_ly_adv(x, e) ||
        (lexclass(x, x->L.skip, e) & (K_PREP | K_CONJ | K_SUB | K_DET)))
        return;
    int32_t s = np_left(x, e, lo);
    if (s >= 0) {
        *a = s;
        *b = e + 1;
    }
}

/* English: an indirect question after a topic preposition, on a word
 * that is no cue of the lexicon: "were cagey about whether the deal would
 * hold", "the two capitals quarrel over who owns the island", "a long
 * argument as to why the vote failed": what the question asks is what
 * was said or thought about, a statement of its own (kind indirect, no
 * named source).  The question word opens a clause ("about what
 * happened", not "about what's next" alone: a word after it); not inside
 * a quotation or another statement's content, and not after a cue the
 * earlier passes used (en_about_object_pass reads those). */
static void
en_wh_topic_pass(ctx *x)
{
    static const char *const prep[] = {"about", "over", "on"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    int32_t n0 = d->statements.n;
    held_index held = {0};
    /* (the tokens that may be one of prep or "as", by their signatures:
     * cand_add) */
    static const char *const as[] = {"as"};
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, prep, sizeof prep / sizeof *prep, 0);
    cand_add(x, cand, as, 1, 0);
    for (int32_t t = cand_next(x, cand, 1); t + 2 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        int32_t h = t - 1; /* the word the question is about */
        int as_to = tok_is(d, t, "as") && tok_is(d, t + 1, "to");
        if (!as_to && !fold_is(x, t, prep, sizeof prep / sizeof *prep))
            continue;
        int32_t c0 = as_to ? t + 2 : t + 1;
        int32_t s1 = sent_t1(x, t);
        if (c0 + 1 >= s1 || x->qid[t] >= 0 || x->qid[c0] >= 0 ||
            x->qid[h] >= 0 || x->cueused[h] || !ws_tok_is_word(d, h) ||
            (d->tokens.v[h].flags & WS_TOK_NUM) ||
            !en_question_word(x, c0, 0) || !ws_tok_is_word(d, c0 + 1) ||
            sent_of(x, h) != sent_of(x, t))
            continue;
        int inside = held_by(x, &held, n0, d->tokens.v[c0].start) ||
                     held_by(x, &held, n0, d->tokens.v[t].start);
        int32_t c1 = clause_end(x, c0, 0);
        /* a question inside brackets ends at the closing one */
        for (int32_t k = c0 + 1, depth = 0; k < c1; k++) {
            if (tok_is(d, k, "("))
                depth++;
            else if (tok_is(d, k, ")") && depth-- == 0) {
                c1 = k;
                break;
            }
        }
        if (inside || c1 <= c0 + 1)
            continue;
        int32_t sa, sb;
        en_wh_topic_subject(x, h, &sa, &sb);
        if (sa < 0)
            continue;
        ws_statement *st = new_statement(x, WS_INDIRECT);
        if (st == NULL)
            return;
        st->cue = tok_span(x, h, as_to ? t + 2 : t + 1);
        set_speaker(x, st, sa, sb, 0, h);
        add_clause(x, st, c0, c1);
        t = c1;
    }
}

/* The bit of a statement kind in a set of kinds (content_after_cue). */
#define KIND_BIT(k) (1u << (k))

/* The kind passes below: the token that opens statement st's content,
 * when st's kind is in the set `kinds` (KIND_BIT), st has one content
 * span and a cue, and the content starts after the cue; -1 otherwise. */
static int32_t
content_after_cue(ctx *x, const ws_statement *st, unsigned kinds)
{
    if (!(kinds & KIND_BIT(st->kind)) || st->ncontent != 1 ||
        st->cue.start < 0 || st->content[0].start < st->cue.end)
        return -1;
    return tok_starting_at(x, st->content[0].start);
}

/* English: a statement read as a reported act whose content, right
 * after its cue, is a clause of its own is indirect speech: an indirect
 * question ("asked whether the dam was safe", "questioned how the fund
 * was spent", "pressed the minister on why the depot closed") or an
 * infinitive of what was promised, wanted, urged or refused ("vowed to
 * rebuild the pier", "refused to testify", "urged the board to wait"):
 * what the speaker committed to or asked for, as a clause.  An act's
 * noun phrase object stays a reported act.  Run after the labels, which
 * read these statements as acts ("threatened to ..." is a warning). */
static void
en_clause_content_kind_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        int32_t a = content_after_cue(x, st, KIND_BIT(WS_REPORTED));
        if (a < 0 || x->qid[a] >= 0)
            continue;
        /* the content's first few tokens (a bounded window) */
        int32_t e = a;
        while (e < x->ntok && e < a + 6 &&
               d->tokens.v[e].start < st->content[0].end &&
               d->tokens.v[e].sent == d->tokens.v[a].sent)
            e++;
        if ((e > a + 1 && en_question_word(x, a, 0)) ||
            en_infinitive_content(x, a, e))
            st->kind = WS_INDIRECT;
    }
}

/* English: an indirect statement whose content, right after its cue, is
 * only a prepositional phrase with no finite verb in it ("believes in
 * the wisdom of voters", "pleaded for his son's release") reports an
 * act, not a clause of what was said.  A phrase before a clause ("said
 * in May the port would close"), a question ("on which date") and a
 * number ("said about 20 came") stay indirect, and so do "to" (an
 * infinitive, or "did not respond to requests") and "with" after a verb
 * of answering ("replied with a list of repairs": the answer). */
static void
en_prep_content_kind_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        int32_t a = content_after_cue(x, st, KIND_BIT(WS_INDIRECT));
        int32_t c = tok_starting_at(x, st->cue.start);
        if (a < 1 || c < 0 || x->qid[a] >= 0 || a + 1 >= x->ntok ||
            d->tokens.v[a - 1].end > st->cue.end ||
            !(lexclass(x, x->L.skip, a) & K_PREP) || tok_is(d, a, "to") ||
            tok_is(d, a, "with") || (d->tokens.v[a + 1].flags & WS_TOK_NUM) ||
            en_question_word(x, a + 1, 0))
            continue;
        /* the whole content, within its sentence */
        int32_t e = a, s1 = sent_t1(x, a);
        while (e < s1 && d->tokens.v[e].start < st->content[0].end)
            e++;
        int ok = e > a + 1;
        for (int32_t k = a; k < e && ok; k++)
            ok = x->qid[k] < 0 && !x->cuelen[k] && !en_finite(x, k) &&
                 !en_nom_pron(x, k);
        if (ok)
            st->kind = WS_REPORTED;
    }
}

/* English: does the auxiliary at k follow a subject of its own (a word,
 * not a relative pronoun: "remarks the senator had made", not "the tax
 * that was raised", "the medics, who were born")? */
static int
en_aux_has_subject(ctx *x, int32_t k)
{
    static const char *const rel[] = {"that", "which", "who", "whom"};
    return k > 0 && ws_tok_is_word(x->d, k - 1) &&
           !fold_is(x, k - 1, rel, sizeof rel / sizeof *rel);
}

/* English: a reported act whose object holds a clause of its own with a
 * finite auxiliary or modal ("cited remarks the senator had made about
 * nurses", "offered no proof that the mayor had lied", "noted his lawyer
 * had asked for a delay") tells what was said as a proposition: indirect
 * speech, as the gold guidelines mark it.  An object that is only a noun
 * phrase stays a reported act; the auxiliary must come after the
 * content's first word, outside quotation marks and after a subject of
 * its own (en_aux_has_subject).  A content that opens with a clause
 * ("realises the plan could fail"), a question word or a preposition
 * ("asked about how she would pay") keeps the kind its verb gave it. */
static void
en_clause_object_kind_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        int32_t a = content_after_cue(x, st, KIND_BIT(WS_REPORTED));
        if (a < 0 || x->qid[a] >= 0)
            continue;
        int32_t s1 = sent_t1(x, a);
        if (en_subject_then_verb(x, a, s1) || en_question_word(x, a, 0) ||
            (lexclass(x, x->L.skip, a) & K_PREP))
            continue;
        /* past a short subject opening the content ("the plan could") */
        for (int32_t k = a + 3;
             k < s1 && d->tokens.v[k].end <= st->content[0].end; k++)
            if (x->qid[k] < 0 && en_aux(x, k) && en_aux_has_subject(x, k)) {
                st->kind = WS_INDIRECT;
                break;
            }
    }
}

/* English: a statement whose content is one whole quotation brought in
 * by the complementizer "that" after its cue ("wrote that \"the vote was
 * rigged\"", "told the panel that, \"we will appeal\""): the speaker's
 * words are quoted inside a reported clause, so it is mixed speech, not
 * direct (the quotation alone) nor indirect. */
static void
en_that_quote_kind_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        int32_t a = content_after_cue(
            x, st, KIND_BIT(WS_DIRECT) | KIND_BIT(WS_INDIRECT));
        if (a < 2 || x->qid[a] < 0)
            continue;
        const quote *q = &x->q[x->qid[a]];
        if (q->o < 1 || a > q->o + 1 || q->c >= x->ntok ||
            st->content[0].end > d->tokens.v[q->c].end)
            continue;
        /* "that" right before the opening mark, a comma between allowed */
        int32_t t = q->o - 1;
        if (t > 0 && tok_is(d, t, ","))
            t--;
        if (tok_is(d, t, "that") && d->tokens.v[t].start >= st->cue.end &&
            d->tokens.v[t].sent == d->tokens.v[q->o].sent)
            st->kind = WS_MIXED;
    }
}

/* English: is the "on" at k, after a light verb's act noun, about a
 * topic ("a speech on farm subsidies") rather than a day or a date ("a
 * speech on Tuesday", "on the 50th anniversary", "on March 3")?  The word
 * after it (past a determiner) is lowercase, no number and no time word. */
static int
en_actn_on_topic(ctx *x, int32_t k)
{
    ws_doc *d = x->d;
    if (!tok_is(d, k, "on") || k + 1 >= x->ntok)
        return 0;
    int32_t w = k + 1;
    if (is_det(x, w) && w + 1 < x->ntok &&
        d->tokens.v[w + 1].sent == d->tokens.v[k].sent)
        w++;
    return ws_tok_is_word(d, w) && !is_cap(d, w) &&
           !(d->tokens.v[w].flags & WS_TOK_NUM) &&
           !(lexclass(x, x->L.skip, w) & K_TIME) &&
           !(ws_tok_ptr(d, w)[0] >= '0' && ws_tok_ptr(d, w)[0] <= '9');
}

/* English: a light verb's act noun ends the cue and "on" with a topic
 * opens the content: "gave a speech on farm subsidies", "made comments
 * on the strike".  The preposition belongs to the cue's noun; what the
 * act is about is its object (as "about" in en_about_object_pass; "for"
 * and "against" stay: "renewed his call for calm").  A wh-word after it
 * opens an indirect question. */
static void
en_actn_topic_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        int32_t a = content_after_cue(x, st, KIND_BIT(WS_REPORTED));
        int32_t c = tok_starting_at(x, st->cue.start);
        if (a < 1 || c < 0 || a - 1 <= c || x->qid[a] >= 0 ||
            d->tokens.v[a - 1].end != st->cue.end || a + 1 >= x->ntok ||
            d->tokens.v[a + 1].sent != d->tokens.v[a].sent ||
            d->tokens.v[a + 1].start >= st->content[0].end ||
            !ws_tok_is_word(d, a + 1) || x->qid[a + 1] >= 0 ||
            !(lexclass(x, x->L.skip, a) & K_PREP))
            continue;
        /* the cue's last word is a light verb's act noun */
        size_t nl;
        const char *nf = tok_fold(x, a - 1, &nl);
        const char *v = ws_lex_word(x->L.cues, nf, nl);
        if (v == NULL || !(attrs(x, v, NULL) & C_ACTN) ||
            !en_actn_on_topic(x, a))
            continue;
        st->content[0].start = d->tokens.v[a + 1].start;
        if (en_question_word(x, a + 1, 0))
            st->kind = WS_INDIRECT;
    }
}

/* English: 1 when the word at p is one of the prepositions that the cues
 * lexicon lists after the attribute key (such as "possn:" or "bare:",
 * alternatives with "|") for the word at n, 0 otherwise. */
static int
en_lex_prep(ctx *x, int32_t n, int32_t p, const char *key)
{
    ws_doc *d = x->d;
    if (!ws_tok_is_word(d, n) || !ws_tok_is_word(d, p))
        return 0;
    /* no entry of the lexicon starts at n (ws_lex_match's answer, kept
     * per token since ctx_init asked it of each word): its form has no
     * word entry either (a short token: a form of 256 bytes or more is
     * no token ws_lex_match looks up) */
    const char *mv;
    if (ws_tok_blen(d, n) < 64 && lexmatch(x, x->L.cues, n, &mv) == 0)
        return 0;
    size_t pl;
    const char *v = lexw_form(x, x->L.cues, n);
    const char *r = v ? strstr(v, key) : NULL;
    if (r == NULL)
        return 0;
    r += strlen(key);
    size_t rl = 0;
    while (r[rl] && r[rl] != ' ')
        rl++;
    const char *pf = tok_fold(x, p, &pl);
    for (size_t a = 0; a < rl;) {
        size_t b = a;
        while (b < rl && r[b] != '|')
            b++;
        if (pl == b - a && memcmp(pf, r + a, pl) == 0)
            return 1;
        a = b + 1;
    }
    return 0;
}

/* English: the preposition after a noun of a speech or stance act at n
 * that the cues lexicon marks "possn:PREP" (alternatives with "|"): 1 when
 * the word at p is one of the noun's, 0 otherwise. */
static int
en_possn_prep(ctx *x, int32_t n, int32_t p)
{
    return !is_cap(x->d, n) && en_lex_prep(x, n, p, "possn:");
}

/* English: the possessive pronouns that can name a statement's source,
 * and the gender of each (en_poss_source, en_poss_pron_speaker,
 * en_poss_maybe) */
static const char *const en_poss_pron[] = {"his", "her", "their", "its"};
static const unsigned en_poss_gen[] = {G_M, G_F, G_P, G_N};
#define EN_NPOSS (sizeof en_poss_pron / sizeof *en_poss_pron)

/* English: the source of a possessive ending at t (the possessive's last
 * token) in [*sa, *sb): a name's or a speaker noun's "'s" ("the mayor's",
 * "Ann Ravel's"), a plural's apostrophe ("the unions'"), or his, her,
 * their, its.  0 when t ends no possessive naming someone (a contraction,
 * "he's", or a thing: "the plan's"). */
static int
en_poss_source(ctx *x, int32_t t, int32_t s0, int32_t *sa, int32_t *sb)
{
    static const char *const contr[] = {
        "he's",   "she's", "it's",      "that's",     "there's",
        "here's", "who's", "what's",    "let's",      "where's",
        "how's",  "one's", "someone's", "everyone's", "nobody's"};
    ws_doc *d = x->d;
    *sb = t + 1;
    if (fold_is(x, t, en_poss_pron, EN_NPOSS)) {
        *sa = t;
        return 1;
    }
    if (en_plural_poss(x, t)) {
        *sa = np_left(x, t - 1, s0);
        return *sa >= 0 && *sa < t;
    }
    const char *w = ws_tok_ptr(d, t);
    int32_t wl = ws_tok_blen(d, t);
    int glued = ws_tok_is_word(d, t) &&
                ((wl > 2 && memcmp(w + wl - 2, "'s", 2) == 0) ||
                 (wl > 4 && memcmp(w + wl - 4, "\xe2\x80\x99s", 4) == 0));
    if (!glued) {
        if (!(en_poss_clitic(d, t)) || t < 1)
            return 0;
        *sa = np_left(x, t - 1, s0);
        return *sa >= 0 && *sa < t &&
               (x->ent[t - 1] >= 0 || is_cap(d, t - 1) ||
                lexclass(x, x->L.spk, t - 1) != 0);
    }
    if (fold_is(x, t, contr, sizeof contr / sizeof *contr))
        return 0;
    /* "Donald Trump's", "the ministry's" (as en_claim_noun_pass) */
    int32_t a = t;
    while (a > s0 && a > t - 5 &&
           (is_cap(d, a - 1) || is_det(x, a - 1) || x->ent[a - 1] >= 0))
        a--;
    *sa = a;
    /* a name (not a capital determiner: "The bill's") or a speaker noun
     * ("the ministry's") */
    for (int32_t k = a; k <= t; k++)
        if (x->ent[k] >= 0 || lexclass(x, x->L.spk, k) != 0 ||
            (is_cap(d, k) && !is_det(x, k)))
            return 1;
    return 0;
}

/* English: a possessive pronoun as a statement's speaker [a, b) ("his",
 * "her", "their", "its"): the person or body it stands for, as a subject
 * pronoun of its gender would be resolved (set_speaker leaves the
 * possessive without a name); the pronoun stays the speaker's span. */
static void
en_poss_pron_speaker(ctx *x, ws_statement *st, int32_t a, int32_t b)
{
    ws_doc *d = x->d;
    if (b - a != 1 || st->speaker_ent >= 0 || st->speaker_name != NULL)
        return;
    unsigned g = 0;
    for (size_t i = 0; i < EN_NPOSS && !g; i++)
        if (fold_is(x, a, en_poss_pron + i, 1))
            g = en_poss_gen[i];
    if (!g)
        return;
    int32_t e = ws_ner_resolve(d, a, b,
                               (g & (G_M | G_F))
                                   ? (1 << WS_PERSON)
                                   : (1 << WS_ORG) | (1 << WS_GOV) |
                                         (1 << WS_MEDIA) | (1 << WS_PERSON));
    if (e < 0 || !(is_person(d, e) || is_orgish(d, e)))
        e = resolve_person(x, g, a);
    if (e < 0)
        return;
    ws_span sp = st->speaker;
    set_from_entity(x, st, e);
    st->speaker = sp;
}

/* English: can token t end a possessive en_poss_source takes (his, her,
 * their, its, or a token with an apostrophe: "'s", "mayor's", the
 * plural's "'")?  A quick test before the look for an act noun after
 * it, which most tokens fail. */
static inline int
en_poss_maybe(ctx *x, int32_t t)
{
    const unsigned char *w = (const unsigned char *)ws_tok_ptr(x->d, t);
    int32_t wl = ws_tok_blen(x->d, t);
    if (wl < 1)
        return 0;
    /* the apostrophe ("'", or U+2019's last byte) last, or before "s" */
    unsigned char c = w[wl - 1];
    if (c == '\'' || c == 0x99 ||
        ((c | 0x20) == 's' && wl >= 2 &&
         (w[wl - 2] == '\'' || w[wl - 2] == 0x99)))
        return 1;
    c = w[0] | 0x20;
    return wl >= 3 && wl <= 5 && (c == 'h' || c == 't' || c == 'i') &&
           fold_is(x, t, en_poss_pron, EN_NPOSS);
}

/* Clears in c the tokens that keep does not hold and whose last two
 * bytes hold no apostrophe ("'", or the last byte of U+2019, 0x99),
 * unless they end before the text's second byte: en_poss_maybe's test
 * by the apostrophe.  Two bytes a token of c looked up in a table, no
 * branch but the loop's. */
static void
cand_keep_apos(ctx *x, uint64_t *c, const uint64_t *keep)
{
    static const uint8_t apos[256] = {['\''] = 1, [0x99] = 1};
    const ws_token *t = x->d->tokens.v;
    const unsigned char *s = (const unsigned char *)x->d->text;
    int32_t nt = x->ntok;
    for (int32_t k = 0; s != NULL && k * 64 < nt; k++) {
        uint64_t m = c[k] & ~keep[k], drop = 0;
        if (nt - k * 64 < 64)
            m &= ((uint64_t)1 << (nt - k * 64)) - 1;
        for (; m != 0; m &= m - 1) {
            unsigned j = (unsigned)__builtin_ctzll(m);
            /* (a text with a token has two bytes at least, its NUL
             * counted: b2 + 1 is readable) */
            int32_t b = t[k * 64 + (int32_t)j].bend, b2 = b >= 2 ? b - 2 : 0;
            unsigned h = (unsigned)(b < 2) | apos[s[b2]] | apos[s[b2 + 1]];
            drop |= (uint64_t)(h ^ 1u) << j;
        }
        c[k] &= ~drop;
    }
}

/* English: the end of a list an act's object opens at e, the token after
 * its first item ("with tariffs, quotas and the treaty"): commas between
 * items of up to four words (names or plain words), then "and" or "or"
 * and the last item; e itself when no such list follows.  A bounded look
 * (sixteen tokens). */
static int32_t
en_bare_list_end(ctx *x, int32_t e, int32_t s1)
{
    ws_doc *d = x->d;
    if (e + 2 >= s1 || !tok_is(d, e, ","))
        return e;
    int32_t run = 0;
    for (int32_t k = e + 1; k < s1 && k < e + 16; k++) {
        if (tok_is(d, k, ",")) {
            if (run == 0)
                return e;
            run = 0;
            continue;
        }
        if (tok_is(d, k, "and") || tok_is(d, k, "or")) {
            if (run == 0 && !tok_is(d, k - 1, ","))
                return e;
            int32_t j = k + 1, n = 0;
            if (j < s1 && is_det(x, j))
                j++;
            while (j < s1 && n < 6 && x->qid[j] < 0 && !x->cuelen[j] &&
                   ws_tok_is_word(d, j) && (is_cap(d, j) || plain_word(x, j)) &&
                   !en_finite(x, j)) {
                j++;
                n++;
            }
            return n > 0 ? j : e;
        }
        if (run >= 4 || x->qid[k] >= 0 || x->cuelen[k] ||
            !ws_tok_is_word(d, k) || en_finite(x, k) ||
            !(is_cap(d, k) || plain_word(x, k) || is_det(x, k)))
            return e;
        run++;
    }
    return e;
}

/* English: a speech or stance act named by a noun after a possessive
 * that names its source, with the preposition that tells what it is
 * about: "the mayor's criticism of the budget", "their support for the
 * strike", "her remarks on the merger", "the unions' disdain for him".
 * The nouns and their prepositions are the cues lexicon's possn entries;
 * up to three modifiers may stand before the noun ("his long-standing
 * doubts about", "her repeated calls for") and a time word after it
 * ("Ravel's comments Monday on").  The noun and the preposition are the
 * cue, the possessive the speaker, the phrase after the preposition the
 * content: a reported act's object, ending before the main verb when
 * the phrase is the clause's subject ("His criticism of the court was
 * sharp").  Not inside a quotation, not before a question word ("her
 * questions about whether ..." asks). */
static void
en_poss_act_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    /* (the noun, up to four words on, starts a cue entry: en_possn_prep) */
    uint64_t *cand = cand_new(x);
    for (int32_t k = 1; k <= 4; k++)
        cand_add_cue(x, cand, k);
    /* (and t may be a possessive, en_poss_maybe: one of its pronouns, or
     * an apostrophe among its last two bytes; of some 70k candidates per
     * MB of English above, a few thousand are, and each cost about 60
     * est2 in the loop below) */
    uint64_t *pm = cand != NULL ? cand_new(x) : NULL;
    if (pm != NULL) {
        cand_add(x, pm, en_poss_pron, EN_NPOSS, 0);
        cand_keep_apos(x, cand, pm);
    }
    for (int32_t t = cand_next(x, cand, 0); t + 3 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        if (x->qid[t] >= 0 || !ws_tok_is_word(d, t + 1) || x->qid[t + 1] >= 0 ||
            !en_poss_maybe(x, t))
            continue;
        int32_t s0 = sent_t0(x, t), s1 = sent_t1(x, t);
        /* the noun: right after the possessive, or after modifiers */
        int32_t n = -1, p = -1;
        for (int32_t k = t + 1; k < s1 && k <= t + 4 && n < 0; k++) {
            if (x->qid[k] >= 0)
                break;
            if (tok_is(d, k, "-") && k > t + 1)
                continue;
            if (!ws_tok_is_word(d, k) || is_cap(d, k) ||
                (d->tokens.v[k].flags & WS_TOK_NUM))
                break;
            int32_t q = k + 1;
            if (q < s1 && (lexclass(x, x->L.skip, q) & K_TIME) &&
                !(lexclass(x, x->L.skip, q) & K_PREP))
                q++;
            if (q < s1 && en_possn_prep(x, k, q)) {
                n = k;
                p = q;
                break;
            }
            if (x->cuelen[k] || (lexclass(x, x->L.skip, k) &
                                 (K_PREP | K_DET | K_CONJ | K_STOP | K_SUB)))
                break;
        }
        if (n < 0 || p + 1 >= s1 || x->cueused[n])
            continue;
        int32_t sa, sb;
        if (!en_poss_source(x, t, s0, &sa, &sb))
            continue;
        int32_t c0 = p + 1;
        /* "his remarks on Saturday": a time, not the topic */
        if (x->qid[c0] >= 0 || !ws_tok_is_word(d, c0) ||
            en_question_word(x, c0, 1) || (lexclass(x, x->L.skip, c0) & K_TIME))
            continue;
        int32_t c1 = clause_end(x, c0, 1);
        /* the phrase as the subject: its object is a noun phrase, and
         * ends at the main verb at the latest */
        if (sa == s0) {
            int32_t e = np_right(x, c0, c1);
            if (e > c0)
                c1 = e;
        }
        c1 = en_object_verb_end(x, c0, c1);
        if (c1 <= c0)
            continue;
        c1 = en_bare_list_end(x, c1, s1);
        ws_statement *st = new_statement(x, WS_REPORTED);
        if (st == NULL)
            return;
        st->cue = tok_span(x, n, p + 1);
        x->cueused[n] = 1;
        set_speaker(x, st, sa, sb, 0, n);
        en_poss_pron_speaker(x, st, sa, sb);
        add_content(x, st, c0, c1);
        t = n;
    }
}

/* English: the first token whose span starts at or after character c
 * (binary search; x->ntok when none). */
static int32_t
en_bare_tok_from(ctx *x, int32_t c)
{
    const ws_doc *d = x->d;
    int32_t lo = 0, hi = x->ntok;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (d->tokens.v[mid].start < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* English: per token, how many statements made so far hold it in their
 * cue or content (a running sum over a difference array: linear in the
 * tokens and the statements); NULL when the arena is out. */
static int32_t *
en_bare_cover(ctx *x)
{
    ws_doc *d = x->d;
    int32_t *c = ws_arena_alloc(d->arena, (size_t)(x->ntok + 1) * sizeof *c);
    if (c == NULL)
        return NULL;
    memset(c, 0, (size_t)(x->ntok + 1) * sizeof *c);
    for (int32_t i = 0; i < d->statements.n; i++) {
        const ws_statement *st = &d->statements.v[i];
        ws_span sp[WS_MAX_SEGMENTS + 1];
        int ns = 0;
        if (st->cue.start >= 0)
            sp[ns++] = st->cue;
        for (int k = 0; k < st->ncontent && ns <= WS_MAX_SEGMENTS; k++)
            sp[ns++] = st->content[k];
        for (int k = 0; k < ns; k++) {
            if (sp[k].end <= sp[k].start)
                continue;
            int32_t a = en_bare_tok_from(x, sp[k].start);
            int32_t b = en_bare_tok_from(x, sp[k].end);
            if (a < b) {
                c[a]++;
                c[b]--;
            }
        }
    }
    for (int32_t t = 1; t <= x->ntok; t++)
        c[t] += c[t - 1];
    return c;
}

/* English: a noun of a report, a charge or a doubt with no possessive
 * naming its source, and the preposition that tells what it is about:
 * "amid allegations of bribery", "after reports of gunfire", "the sharp
 * criticism of the referee", "questions about the contract".  The noun
 * and the preposition make the cue, the phrase after it the content (a
 * reported act's object, as in en_poss_act_pass); no speaker is named.
 * The nouns and their prepositions are the cues lexicon's bare entries.
 * Not inside a quotation, not where another statement already holds the
 * noun or the phrase, not before a question word. */
static void
en_bare_act_noun_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    int32_t *cov = NULL;
    int cov_done = 0;
    uint64_t *cand = cand_new(x);
    cand_add_cue(x, cand, 0);
    for (int32_t n = cand_next(x, cand, 0); n + 2 < x->ntok;
         n = cand_next(x, cand, n + 1)) {
        /* a cue verb's form ("claims", "reports") before one of these
         * prepositions is the noun */
        if (x->qid[n] >= 0 || !ws_tok_is_word(d, n) || x->cueused[n])
            continue;
        int32_t p = n + 1;
        if (!en_lex_prep(x, n, p, "bare:"))
            continue;
        int32_t s0 = sent_t0(x, n), s1 = sent_t1(x, p);
        int32_t c0 = p + 1;
        if (c0 >= s1 || x->qid[p] >= 0 || x->qid[c0] >= 0 ||
            !ws_tok_is_word(d, c0) || en_question_word(x, c0, 1) ||
            (lexclass(x, x->L.skip, c0) & K_TIME))
            continue;
        /* a possessive before the noun (over up to three modifiers)
         * names the source: en_poss_act_pass's */
        int poss = 0;
        for (int32_t k = n - 1; k >= s0 && k >= n - 4; k--) {
            if (en_poss_maybe(x, k)) {
                poss = 1;
                break;
            }
            if (!ws_tok_is_word(d, k) || is_cap(d, k) || is_det(x, k) ||
                (lexclass(x, x->L.skip, k) & (K_PREP | K_CONJ | K_SUB)))
                break;
        }
        if (poss)
            continue;
        if (!cov_done) {
            cov = en_bare_cover(x);
            cov_done = 1;
        }
        if (cov == NULL || cov[n] || cov[c0])
            continue;
        int32_t c1 = clause_end(x, c0, 1);
        /* the noun's object: a noun phrase, over a possessive in it
         * ("of the coach's remarks") */
        {
            int32_t e = np_right(x, c0, c1);
            if (e > c0 && e < c1 && en_poss_maybe(x, e - 1)) {
                int32_t k = e;
                while (k < c1 && k < e + 4 && plain_word(x, k))
                    k++;
                e = k;
            }
            if (e > c0)
                c1 = en_bare_list_end(x, e, s1);
        }
        c1 = en_object_verb_end(x, c0, c1);
        if (c1 <= c0)
            continue;
        /* "criticism of the plan by the union": a "by" phrase after the
         * object that names someone is the source of a noun of judging
         * (after a noun of a report or a charge it is the object's own:
         * "reports of raids by the army") */
        static const char *const judge[] = {"criticism",    "condemnation",
                                            "denunciation", "protest",
                                            "assessment",   "denials"};
        int32_t a0 = -1, a1 = -1;
        if (c1 + 1 < s1 && tok_is(d, c1, "by") && x->qid[c1 + 1] < 0 &&
            fold_is(x, n, judge, sizeof judge / sizeof *judge)) {
            a0 = c1 + 1;
            a1 = np_right(x, a0, s1);
            if (a1 <= a0 || !en_agent_subject(x, a0, a1))
                a0 = -1;
        }
        ws_statement *st = new_statement(x, WS_REPORTED);
        if (st == NULL)
            return;
        st->cue = tok_span(x, n, p + 1);
        x->cueused[n] = 1;
        if (a0 >= 0)
            set_speaker(x, st, a0, a1, 0, n);
        add_content(x, st, c0, c1);
        n = p;
    }
}

/* English: a sentence that opens with "In" and a noun phrase whose last
 * word is a document noun of the speakers lexicon, then a comma ("In the
 * latest survey, the mayor leads by four points", "In this study,
 * conducted in May, most tenants ..."; a participle phrase between commas
 * after it is skipped): what follows is what the document found, a
 * reported act with the phrase as its source, "In" its cue.  Not when the
 * rest holds a cue or a quotation of its own (that statement names the
 * source), nor where another statement holds it.  The phrase is looked
 * for within a few words. */
static void
en_in_doc_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    int32_t *cov = NULL;
    int cov_done = 0;
    static const char *const in[] = {"in"};
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, in, 1, 0);
    for (int32_t t = cand_next(x, cand, 0); t + 3 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        if (sent_t0(x, t) != t || !tok_is(d, t, "In") || x->qid[t] >= 0 ||
            x->cueused[t])
            continue;
        int32_t s1 = sent_t1(x, t), cm = -1;
        for (int32_t k = t + 1; k < s1 && k <= t + 10; k++) {
            if (tok_is(d, k, ",")) {
                cm = k;
                break;
            }
            if (!ws_tok_is_word(d, k) && !tok_is(d, k, "/") &&
                !tok_is(d, k, "-") && !tok_is(d, k, "'s") &&
                !tok_is(d, k, "\xe2\x80\x99s"))
                break;
        }
        if (cm < t + 2 || !ws_tok_is_word(d, cm - 1) ||
            !(lexclass(x, x->L.spk, cm - 1) & C_DOC))
            continue;
        int32_t c0 = cm + 1;
        /* ", conducted in May," */
        if (c0 < s1 && ws_tok_is_word(d, c0) && en_past_form(x, c0)) {
            int32_t k = c0 + 1;
            while (k < s1 && k <= c0 + 10 && !tok_is(d, k, ","))
                k++;
            if (k >= s1 || !tok_is(d, k, ","))
                continue;
            c0 = k + 1;
        }
        int32_t c1 = s1;
        while (c1 > c0 && !ws_tok_is_word(d, c1 - 1) && x->qid[c1 - 1] < 0)
            c1--;
        if (c1 <= c0 + 2)
            continue;
        int own = 0;
        for (int32_t k = c0; k < c1 && !own; k++)
            own = x->qid[k] >= 0 || x->cueused[k] ||
                  (x->cuelen[k] && is_speech_cue(x->cueattr[k]));
        if (own)
            continue;
        if (!cov_done) {
            cov = en_bare_cover(x);
            cov_done = 1;
        }
        if (cov == NULL || cov[t + 1] || cov[c0])
            continue;
        ws_statement *st = cue_statement(x, WS_REPORTED, t);
        if (st == NULL)
            return;
        set_speaker(x, st, t + 1, cm, 0, t);
        add_content(x, st, c0, c1);
        t = c1;
    }
}

/* English: a share of the people polled as the subject of a verb of
 * choosing or siding ("44 percent would back the mayor", "5 percent
 * prefer the third candidate"): a number and "percent" (or "%") right
 * before the verb, a modal or "still" or "now" between; the verb's
 * object, a noun phrase, is the content of a reported act whose source
 * is the share.  Not before a preposition or a punctuation mark ("85
 * percent support among ..." is the noun), nor where another statement
 * holds the verb or the object. */
static void
en_percent_choice_pass(ctx *x)
{
    static const char *const verbs[] = {
        "back",    "backs",    "backed",    "choose", "chooses", "chose",
        "pick",    "picks",    "picked",    "prefer", "prefers", "preferred",
        "favor",   "favors",   "favored",   "favour", "favours", "favoured",
        "support", "supports", "supported", "oppose", "opposes", "opposed"};
    static const char *const modal[] = {"would", "will", "could", "still",
                                        "now"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    int32_t *cov = NULL;
    int cov_done = 0;
    /* (only the tokens that may be one of the verbs: cand_add) */
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, verbs, sizeof verbs / sizeof *verbs, 0);
    for (int32_t t = cand_next(x, cand, 2); t + 1 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        if (x->qid[t] >= 0 || x->cueused[t] || !ws_tok_is_word(d, t) ||
            !fold_is(x, t, verbs, sizeof verbs / sizeof *verbs))
            continue;
        int32_t v = t - 1;
        if (fold_is(x, v, modal, sizeof modal / sizeof *modal))
            v--;
        int32_t s0 = sent_t0(x, t), s1 = sent_t1(x, t);
        if (v - 1 < s0 || !(tok_is(d, v, "percent") || tok_is(d, v, "%")) ||
            !(ws_tok_ptr(d, v - 1)[0] >= '0' && ws_tok_ptr(d, v - 1)[0] <= '9'))
            continue;
        int32_t c0 = t + 1;
        if (c0 >= s1 || !ws_tok_is_word(d, c0) || x->qid[c0] >= 0 ||
            (lexclass(x, x->L.skip, c0) & (K_PREP | K_CONJ | K_SUB | K_TIME)))
            continue;
        int32_t c1 = np_right(x, c0, clause_end(x, c0, 1));
        if (c1 <= c0)
            continue;
        if (!cov_done) {
            cov = en_bare_cover(x);
            cov_done = 1;
        }
        if (cov == NULL || cov[t] || cov[c0])
            continue;
        ws_statement *st = new_statement(x, WS_REPORTED);
        if (st == NULL)
            return;
        st->cue = tok_span(x, v + 1 < t ? v + 1 : t, t + 1);
        x->cueused[t] = 1;
        set_speaker(x, st, v - 1, v + 1, 0, t);
        add_content(x, st, c0, c1);
        t = c1 - 1;
    }
}

/* Does [a, b) hold the word w outside quotations? */
static int
en_span_has(ctx *x, int32_t a, int32_t b, const char *w)
{
    for (int32_t k = a; k < b; k++)
        if (x->qid[k] < 0 && ws_tok_is(x->d, k, w))
            return 1;
    return 0;
}

/* English: "Asked about the delay, X said ...", "Asked to name the firm,
 * ...", "When pressed on why fees rose, ...": a fronted participle of
 * asking reports the question put to the main clause's subject by someone
 * unnamed.  The cue is the participle (with "about" or "on"), the content
 * the topic or the question up to the comma that closes the phrase (an
 * indirect statement with no speaker). */
static void
en_asked_opener_pass(ctx *x)
{
    static const char *const ask[] = {"asked", "pressed"};
    static const char *const when[] = {"when", "if", "once"};
    static const char *const topic[] = {"about", "on"};
    static const char *const wh[] = {"to",  "whether", "if",    "why",
                                     "how", "what",    "where", "who"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, ask, sizeof ask / sizeof *ask, 0);
    for (int32_t t = cand_next(x, cand, 0); t + 2 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        if (x->qid[t] >= 0 || !fold_is(x, t, ask, sizeof ask / sizeof *ask))
            continue;
        int32_t s0 = sent_t0(x, t), s1 = sent_t1(x, t);
        int32_t o = t;
        if (o > s0 && fold_is(x, o - 1, when, sizeof when / sizeof *when))
            o--;
        if (o != s0)
            continue;
        int32_t c0 = t + 1;
        if (fold_is(x, c0, topic, sizeof topic / sizeof *topic))
            c0++;
        else if (!fold_is(x, c0, wh, sizeof wh / sizeof *wh))
            continue;
        /* the comma closing the phrase, a main clause after it */
        int32_t c1 = c0;
        while (c1 < s1 && c1 < c0 + 40 && x->qid[c1] < 0 && !tok_is(d, c1, ","))
            c1++;
        if (c1 <= c0 || c1 + 1 >= s1 || !tok_is(d, c1, ",") ||
            !ws_tok_is_word(d, c1 + 1) || x->qid[c1] >= 0)
            continue;
        /* a bare topic ("Asked about the levy") tells what the question
         * was about, no more: the topic must hold a question or a clause
         * ("about why ...", "about the claim that ...") */
        if (c0 > t + 1 && !fold_is(x, c0, wh + 1, sizeof wh / sizeof *wh - 1) &&
            !en_span_has(x, c0, c1, "that"))
            continue;
        /* a statement already on the participle is this one */
        ws_statement *st = NULL;
        for (int32_t i = 0; i < d->statements.n && st == NULL; i++)
            if (d->statements.v[i].cue.start == d->tokens.v[t].start)
                st = &d->statements.v[i];
        if (st == NULL && x->cueused[t])
            continue;
        if (st == NULL && (st = new_statement(x, WS_INDIRECT)) == NULL)
            return;
        st->kind = WS_INDIRECT;
        st->cue = tok_span(x, t, c0);
        x->cueused[t] = 1;
        st->speaker.start = st->speaker.end = -1;
        st->speaker_ent = -1;
        st->speaker_name = st->speaker_role = st->speaker_org = NULL;
        st->ncontent = 0;
        add_content(x, st, c0, c1);
        t = c1;
    }
}

/* English: "The vote sends a firm message that ...", "She sent a signal
 * that ...": a verb of sending, an article, up to two modifiers and
 * "message" or "signal", then "that" and a clause.  The cue is the verb
 * phrase, the content the clause.  Its subject speaks only when it names
 * someone (en_agent_subject); a thing that sends a message ("the ruling",
 * "it") is no speaker, and the statement has none. */
static void
en_message_that_pass(ctx *x)
{
    static const char *const send[] = {"send", "sends", "sent", "sending"};
    static const char *const noun[] = {"message", "signal"};
    static const char *const art[] = {"a", "an", "the", "this"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, send, sizeof send / sizeof *send, 0);
    for (int32_t t = cand_next(x, cand, 0); t + 4 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        if (x->qid[t] >= 0 || x->cueused[t] ||
            !fold_is(x, t, send, sizeof send / sizeof *send) ||
            !fold_is(x, t + 1, art, sizeof art / sizeof *art))
            continue;
        int32_t s0 = sent_t0(x, t), s1 = sent_t1(x, t);
        int32_t n = t + 2;
        while (n < s1 && n < t + 4 && plain_word(x, n) &&
               !fold_is(x, n, noun, sizeof noun / sizeof *noun))
            n++;
        if (n + 2 >= s1 || !fold_is(x, n, noun, sizeof noun / sizeof *noun) ||
            !tok_is(d, n + 1, "that") || x->cueused[n])
            continue;
        /* the clause ends as a reported act's does: before a trailing
         * attribution (", Mr. Abara said"), whose verb is no finite verb
         * of the clause */
        int32_t c1 = clause_end(x, n + 2, 1);
        if (!en_finite_in(x, n + 2, c1))
            continue;
        ws_statement *st = new_statement(x, WS_INDIRECT);
        if (st == NULL)
            return;
        st->cue = tok_span(x, t, n + 1);
        for (int32_t k = t; k <= n; k++)
            x->cueused[k] = 1;
        /* the subject right before the verb (an adverb in -ly between
         * them) */
        int32_t b = t > s0 && is_ly_adv(x, t - 1) ? t - 1 : t;
        int32_t a = b > s0 ? np_left(x, b - 1, s0) : -1;
        if (a >= 0 && en_agent_subject(x, a, b))
            set_speaker(x, st, a, b, G_ANY, t);
        add_content(x, st, n + 2, c1);
        t = n;
    }
}

/* German: what follows a statement noun at n, up to s1: the comma right
 * after it (*ga = *gb = -1), or a genitive or "von" phrase naming a source
 * and then the comma ("die Forderung der Gewerkschaft, dass": [*ga, *gb)
 * the source, "von" left out).  Sets *comma and returns 1, or returns 0. */
static int
de_noun_genitive(ctx *x, int32_t n, int32_t s1, int32_t *ga, int32_t *gb,
                 int32_t *comma)
{
    static const char *const gen[] = {"der",   "des", "eines",
                                      "einer", "von", "vom"};
    ws_doc *d = x->d;
    *ga = *gb = -1;
    if (n + 1 < s1 && tok_is(d, n + 1, ",")) {
        *comma = n + 1;
        return 1;
    }
    if (!fold_is(x, n + 1, gen, sizeof gen / sizeof *gen))
        return 0;
    int named = 0;
    for (int32_t k = n + 2; k < s1 && k <= n + 8; k++) {
        if (tok_is(d, k, ",")) {
            if (!named)
                return 0;
            /* "von X", "vom Verband": the source after the preposition */
            *ga = fold_is(x, n + 1, gen + 4, 2) ? n + 2 : n + 1;
            *gb = k;
            *comma = k;
            return 1;
        }
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0)
            return 0;
        if (is_cap(d, k) || x->ent[k] >= 0)
            named = 1;
        else if (!is_det(x, k) && !(lexclass(x, x->L.skip, k) & K_DET)) {
            /* a lower-case word: an adjective before the noun only */
            size_t fl;
            const char *f = tok_fold(x, k, &fl);
            if (fl < 3 ||
                !(f[fl - 1] == 'n' || f[fl - 1] == 'r' || f[fl - 1] == 'e' ||
                  f[fl - 1] == 's') ||
                k + 1 >= s1 || !is_cap(d, k + 1))
                return 0;
        }
    }
    return 0;
}

/* German: the subject of the verb that governs a statement noun starting
 * at a (its article), in the clause from s0: the phrase that opens the
 * clause ("Die Regierung erhob den Vorwurf"), or in inverted order the
 * phrase after the verb ("Am Montag erhob die Regierung den Vorwurf");
 * never a dative or accusative object ("dem Heer den Befehl").  Sets
 * [*sa, *sb) and returns 1, or returns 0. */
static int
de_noun_subject(ctx *x, int32_t a, int32_t s0, int32_t *sa, int32_t *sb)
{
    static const char *const oblique[] = {
        "dem", "den",   "einem", "einen", "des", "eines", "ihm",
        "ihr", "ihnen", "uns",   "mir",   "dir", "man"};
    ws_doc *d = x->d;
    int32_t lo = a;
    while (lo > s0 && !is_clause_punct(d, lo - 1) && !is_dash(d, lo - 1) &&
           x->qid[lo - 1] < 0)
        lo--;
    if (a - lo < 2 || a - lo > 14)
        return 0;
    /* the subject opens the clause: "Die Regierung erhob den Vorwurf",
     * "Er gab dem Heer den Befehl" */
    if (ws_tok_is_word(d, lo) &&
        !fold_is(x, lo, oblique, sizeof oblique / sizeof *oblique) &&
        !(lexclass(x, x->L.skip, lo) &
          (K_PREP | K_CONJ | K_SUB | K_ADV | K_TIME))) {
        int32_t r = np_right(x, lo, a);
        if (r > lo && r < a && ws_tok_is_word(d, r) && !is_cap(d, r) &&
            !is_det(x, r) && x->qid[r] < 0 &&
            (is_det(x, lo) || is_cap(d, lo) || x->ent[lo] >= 0 ||
             pron_gender_simple(x, lo))) {
            *sa = lo;
            *sb = r;
            return 1;
        }
    }
    /* inverted: "Am Montag erhob die Regierung den Vorwurf", "Dann gab
     * er den Befehl": the phrase before the noun's, after the verb */
    int32_t e = a - 1;
    if (e <= lo)
        return 0;
    int32_t s = np_left(x, e, lo);
    if (s <= lo || fold_is(x, s, oblique, sizeof oblique / sizeof *oblique) ||
        !ws_tok_is_word(d, s - 1) || is_cap(d, s - 1) || is_det(x, s - 1) ||
        (lexclass(x, x->L.skip, s - 1) & (K_PREP | K_DET)) ||
        !(is_det(x, s) || x->ent[s] >= 0 || pron_gender_simple(x, s) ||
          is_cap(d, s)))
        return 0;
    *sa = s;
    *sb = a;
    return 1;
}

/* German: is the word at n, as written (no stem: "Forderungen" is none),
 * a noun of the class `claim` of stance-skip.tsv ("Vorwurf", "Warnung")? */
static int
de_claim_noun(ctx *x, int32_t n)
{
    size_t fl;
    const char *f = tok_fold(x, n, &fl);
    const char *v = f ? ws_lex_word(x->L.skip, f, fl) : NULL;
    return v != NULL && (attrs(x, v, NULL) & K_CLAIM) != 0;
}

/* German: a statement named by a noun with a dass/zu clause after a
 * comma ("Die Regierung erhob den Vorwurf, dass ...", "Er gab den Befehl,
 * die Brücke zu sperren", "kam zu dem Ergebnis, dass ...", "die Forderung
 * der Gewerkschaft, dass ...", "seine Warnung, dass ..."): the content is
 * the clause (the nouns: de_claim_noun);
 * the speaker is a genitive or "von" phrase after the noun, a possessive
 * before it resolved to the last person, or the governing verb's subject
 * (de_noun_subject).  No statement without a speaker, none over text
 * another statement holds. */
static void
de_claim_noun_pass(ctx *x)
{
    static const char *const det[] = {"den",   "die",   "der",  "dem",
                                      "das",   "einen", "eine", "einer",
                                      "einem", "ein",   "zum"};
    static const char *const possm[] = {"sein",   "seine",  "seinen",
                                        "seinem", "seiner", "dessen"};
    static const char *const possf[] = {"ihr",   "ihre",  "ihren",
                                        "ihrem", "ihrer", "deren"};
    static const char *const comp[] = {"dass", "daß"};
    static const char *const go_on[] = {"und", "oder", "so", "um", "aber"};
    ws_doc *d = x->d;
    if (!lang_is(x, "de"))
        return;
    int32_t n0 = d->statements.n, live = n0, last = 0;
    held_index held = {0};
    for (int32_t n = 1; n + 3 < x->ntok; n++) {
        if (!is_cap(d, n) || x->qid[n] >= 0 || x->cueused[n])
            continue;
        int claim = de_claim_noun(x, n), near = 0;
        for (int32_t k = n + 2; k < x->ntok && k <= n + 10 && !claim && !near;
             k++)
            near = tok_is(d, k, "wonach");
        if (!claim && !near)
            continue;
        int32_t s0 = sent_t0(x, n), s1 = sent_t1(x, n);
        /* the article or possessive, one adjective between */
        int32_t a = n - 1;
        if (a > s0 && !is_cap(d, a) && ws_tok_is_word(d, a) &&
            !fold_is(x, a, det, sizeof det / sizeof *det) &&
            !fold_is(x, a, possm, 6) && !fold_is(x, a, possf, 6))
            a--;
        if (a < s0)
            continue;
        unsigned pg = fold_is(x, a, possm, 6)   ? G_M
                      : fold_is(x, a, possf, 6) ? (G_F | G_P)
                                                : 0;
        if (!pg && !fold_is(x, a, det, sizeof det / sizeof *det))
            continue;
        /* "zu dem Ergebnis", "zum Schluss": the phrase starts at "zu" */
        if (a > s0 && tok_is(d, a - 1, "zu") && !fold_is(x, a, possm, 6))
            a--;
        int32_t ga, gb, comma;
        if (!de_noun_genitive(x, n, s1, &ga, &gb, &comma))
            continue;
        /* "der Verdacht der Kritiker, wonach ... sei": any noun with a
         * source after it names what the source holds to be so */
        int wonach = comma + 2 < s1 && tok_is(d, comma + 1, "wonach");
        if (!claim && !(wonach && ga >= 0))
            continue;
        int32_t c0, c1;
        if (comma + 2 < s1 && (fold_is(x, comma + 1, comp, 2) || wonach)) {
            c0 = comma + 2;
            c1 = clause_end(x, c0, 0);
            for (int32_t k = c0; k + 1 < c1; k++)
                if (tok_is(d, k, ",") && ws_tok_is_word(d, k + 1) &&
                    !is_cap(d, k + 1) && !ws_de_sub(x->w, d, k + 1) &&
                    !fold_is(x, k + 1, go_on, sizeof go_on / sizeof *go_on) &&
                    !pron_gender_simple(x, k + 1) && !is_det(x, k + 1)) {
                    c1 = k;
                    break;
                }
        } else {
            c0 = comma + 1;
            c1 = ws_de_zu_clause(x->w, d, c0, s1);
        }
        /* "teilt die Sorge der Eltern, wonach ... sei: „…“": a
         * quotation after a colon belongs to the main clause; a clause
         * after "wonach" with a colon in it is left to the other passes */
        int colon = 0;
        for (int32_t k = c0; k < c1 && wonach && !colon; k++)
            colon = tok_is(d, k, ":");
        if (c1 <= c0 || c1 - c0 < 3 || colon)
            continue;
        /* the clause already in another statement's content: one before
         * the pass (held_by), or one of the pass's own from `live` on (a
         * candidate's clause starts no earlier than the last one's, so
         * a statement of the pass that ends before it holds no later
         * one either; should one start earlier, all of them again) */
        int32_t cp = d->tokens.v[c0].start;
        if (cp < last)
            live = n0;
        last = cp;
        while (live < d->statements.n &&
               stmt_ends_by(&d->statements.v[live], cp))
            live++;
        int taken = held_by(x, &held, n0, cp);
        for (int32_t i = live; i < d->statements.n && !taken; i++)
            taken = stmt_holds(&d->statements.v[i], cp);
        if (taken)
            continue;
        int32_t sa = -1, sb = -1;
        if (ga >= 0) {
            sa = ga;
            sb = gb;
        } else if (!pg && !de_noun_subject(x, a, s0, &sa, &sb))
            continue;
        if (!noun_statement(x, n, sa, sb, pg, c0, c1))
            return;
    }
}
/* German: the agent after "von"/"vom" at token v of a passive clause
 * ("von der Opposition", "vom Verband", "von Innenminister Eva Roth"):
 * an article and lower-case adjectives, a capitalised head, the names
 * that go with it and a genitive after it; one that names someone who can speak
 * (an entity of a person, a role, a group or an organisation, or a noun of
 * stance-speakers.tsv).  [*a, *b) after "von" (the article with it), and
 * 1; 0 when there is none. */
static int
de_agent_np(ctx *x, int32_t v, int32_t s1, int32_t *a, int32_t *b)
{
    ws_doc *d = x->d;
    int32_t k = v + 1;
    if (k < s1 && is_det(x, k))
        k++;
    while (k < s1 && ws_tok_is_word(d, k) && !is_cap(d, k) && x->qid[k] < 0 &&
           !x->cuelen[k])
        k++;
    if (k >= s1 || !is_cap(d, k) || x->qid[k] >= 0)
        return 0;
    int32_t e = k + 1;
    /* the names after a head ("Innenminister Eva Roth") or one
     * entity's words, a hyphen inside them */
    while (e < s1 && ((x->ent[e] >= 0 && is_cap(d, e)) ||
                      (is_dash(d, e) && e + 1 < s1 && x->ent[e + 1] >= 0)))
        e++;
    /* a genitive after the head ("von der Partei der Grünen") */
    if (e + 1 < s1 && (tok_is(d, e, "der") || tok_is(d, e, "des"))) {
        int32_t g = e + 1;
        while (g < s1 && ws_tok_is_word(d, g) && !is_cap(d, g) &&
               x->qid[g] < 0 && !x->cuelen[g])
            g++;
        if (g < s1 && is_cap(d, g) && x->qid[g] < 0) {
            e = g + 1;
            while (e < s1 && x->ent[e] >= 0 && is_cap(d, e))
                e++;
        }
    }
    int ok = 0;
    for (int32_t i = k; i < e && !ok; i++) {
        int32_t en = x->ent[i];
        int t = en >= 0 ? d->entities.v[en].type : -1;
        ok = t == WS_PERSON || t == WS_ROLE || t == WS_NORP ||
             is_orgish(d, en) ||
             (lexclass(x, x->L.spk, i) & (S_ORG | S_ROLE)) != 0;
    }
    if (!ok)
        return 0;
    *a = v + 1;
    *b = e;
    return 1;
}

/* German: a reported act in the passive voice with its agent ("Dem
 * Minister wird von der Opposition Untreue vorgeworfen", "Von der
 * Gewerkschaft wurden Streiks angekündigt", "Der Plan ist vom Verband
 * kritisiert worden"): the main clause's participle is a cue, a passive
 * auxiliary goes with it, and "von"/"vom" with a source (de_agent_np)
 * stands before it in the clause.  A reported statement: the sentence,
 * the agent its speaker.  None over text another statement holds. */
static void
de_passive_agent_pass(ctx *x)
{
    static const char *const aux[] = {"wird", "wurde", "wurden", "werden",
                                      "worden"};
    static const char *const von[] = {"von", "vom"};
    ws_doc *d = x->d;
    if (!lang_is(x, "de"))
        return;
    int32_t n0 = d->statements.n;
    held_index held = {0};
    for (int32_t si = 0; si < d->sentences.n; si++) {
        const ws_sentence *se = &d->sentences.v[si];
        int32_t s0 = se->tok0, s1 = se->tok1;
        if (s1 - s0 < 4 || x->qid[s0] >= 0)
            continue;
        /* the main clause: to the first comma, colon or dash */
        int32_t ce = s0;
        while (ce < s1 && !is_clause_punct(d, ce) && !is_dash(d, ce) &&
               !tok_is(d, ce, ":"))
            ce++;
        int32_t p = -1, v = -1, au = 0;
        for (int32_t k = s0; k < ce; k++) {
            if (x->qid[k] >= 0 || x->cueused[k])
                break;
            if (fold_is(x, k, aux, sizeof aux / sizeof *aux))
                au = 1;
            else if (v < 0 && fold_is(x, k, von, 2))
                v = k;
            else if (v >= 0 && x->cuelen[k] == 1 && !is_cap(d, k) &&
                     (x->cueattr[k] & (C_SAY | C_ACT)) &&
                     ws_de_participle(x->w, d, k)) {
                p = k;
                au |= k + 1 < ce && fold_is(x, k + 1, aux, 5);
                break;
            }
        }
        int32_t a, b;
        if (p < 0 || !au || !de_agent_np(x, v, p, &a, &b))
            continue;
        if (held_by(x, &held, n0, d->tokens.v[s0].start) ||
            held_by(x, &held, n0, d->tokens.v[p].start))
            continue;
        ws_statement *st = cue_statement(x, WS_REPORTED, p);
        if (st == NULL)
            return;
        set_speaker(x, st, a, b, 0, p);
        add_content(x, st, s0, s1);
    }
}

/* English: is the label of n bytes at w (a word in capitals before a
 * colon) one that heads a section or a note rather than names a speaker
 * ("UPDATE:", "PHOTO:", "CORRECTION:", "WATCH:")? */
static int
en_section_label(const char *w, int32_t n)
{
    static const char *const sect[] = {"update",
                                       "updated",
                                       "updates",
                                       "correction",
                                       "corrections",
                                       "clarification",
                                       "note",
                                       "notes",
                                       "nb",
                                       "ps",
                                       "photo",
                                       "photos",
                                       "picture",
                                       "pictures",
                                       "image",
                                       "video",
                                       "audio",
                                       "watch",
                                       "read",
                                       "listen",
                                       "source",
                                       "sources",
                                       "related",
                                       "see",
                                       "caption",
                                       "credit",
                                       "credits",
                                       "warning",
                                       "disclaimer",
                                       "advertisement",
                                       "breaking",
                                       "exclusive",
                                       "analysis",
                                       "opinion",
                                       "editorial",
                                       "comment",
                                       "live",
                                       "graphic",
                                       "graphics",
                                       "map",
                                       "chart",
                                       "file",
                                       "transcript",
                                       "topics",
                                       "tags",
                                       "contact",
                                       "email",
                                       "follow",
                                       "subscribe",
                                       "share",
                                       "more",
                                       "background",
                                       "context",
                                       "summary",
                                       "editor",
                                       "by",
                                       "from",
                                       "to",
                                       "subject",
                                       "date",
                                       "sent",
                                       "cc",
                                       "re",
                                       "tip",
                                       "tips",
                                       "poll",
                                       "result",
                                       "results",
                                       "score",
                                       "when",
                                       "where",
                                       "what",
                                       "why",
                                       "how",
                                       "time",
                                       "venue",
                                       "price",
                                       "tickets",
                                       "part",
                                       "step",
                                       "fact",
                                       "facts",
                                       "verdict",
                                       "quote",
                                       "also",
                                       "previously",
                                       "meanwhile",
                                       "next",
                                       "bottom line",
                                       "fact check",
                                       "editor's note",
                                       "reporting",
                                       "additional reporting"};
    for (size_t k = 0; k < sizeof sect / sizeof *sect; k++) {
        size_t m = strlen(sect[k]), j = 0;
        if ((size_t)n != m)
            continue;
        while (j < m && (w[j] | 0x20) == sect[k][j])
            j++;
        if (j == m)
            return 1;
    }
    return 0;
}

/* English: a paragraph (a headline, a line of a transcript) that opens
 * with a source and a colon: "Poll: voters turn ...", "SMITH: We
 * will ...", "Senator Jones: \"...\"".  The source is a name or a
 * speaker noun, or a word in capitals that names a person of the
 * document ("SMITH" for "Anna Smith"); the rest of the paragraph is what
 * it said. */
static int
en_label_source(ctx *x, int32_t a, int32_t b)
{
    /* prepositions a headline capitalises but a name rarely holds:
     * "Tension Over Water:", "Life After Office:" are phrases */
    static const char *const hprep[] = {"over", "about", "after",  "before",
                                        "into", "amid",  "behind", "beyond",
                                        "vs",   "versus"};
    ws_doc *d = x->d;
    int named = 0;
    for (int32_t t = a; t < b; t++) {
        if (!ws_tok_is_word(d, t) || !is_cap(d, t) ||
            (t > a && fold_is(x, t, hprep, sizeof hprep / sizeof *hprep)))
            return 0;
        if (x->cuelen[t] && !(x->cueattr[t] & C_DOC))
            return 0;
        int32_t e = x->ent[t];
        if (e >= 0 && (is_person(d, e) || is_orgish(d, e)))
            named = 1;
        if (lexclass(x, x->L.spk, t) || (lexclass(x, x->L.cues, t) & C_DOC))
            named = 1;
    }
    if (named || b - a != 1)
        return named;
    /* "SMITH": all capitals, the last word of a person's name; "Q" and
     * "A", an interview's question and answer */
    const char *w = ws_tok_ptr(d, a);
    int32_t wl = ws_tok_blen(d, a);
    int qa = wl == 1 && (w[0] == 'Q' || w[0] == 'A');
    if (wl < 3 && !qa)
        return 0;
    for (int32_t k = 0; k < wl; k++)
        if ((unsigned char)w[k] < 0x80 && !(w[k] >= 'A' && w[k] <= 'Z'))
            return 0;
    /* (nor a dateline's place: "LONDON: ...") */
    if (en_section_label(d->text + ws_doc_byte(d, d->tokens.v[a].start), wl) ||
        (x->ent[a] >= 0 && d->entities.v[x->ent[a]].type == WS_LOC))
        return 0;
    /* a transcript: the same label opens another paragraph nearby (the
     * searches are windows: a hostile document of labels stays linear) */
    int32_t pa = d->sentences.v[d->tokens.v[a].sent].para;
    for (int32_t pi = pa > ORG_WIN ? pa - ORG_WIN : 0;
         pi < d->paragraphs.n && pi <= pa + ORG_WIN; pi++) {
        int32_t b0 = ws_doc_byte(d, d->paragraphs.v[pi].start);
        int32_t b1 = ws_doc_byte(d, d->paragraphs.v[pi].end);
        if (b0 == ws_doc_byte(d, d->tokens.v[a].start) ||
            b0 + 1 == ws_doc_byte(d, d->tokens.v[a].start))
            continue;
        if (b1 - b0 > wl + 1 && d->text[b0] == '"')
            b0++;
        if (b1 - b0 > wl && memcmp(d->text + b0, w, (size_t)wl) == 0 &&
            d->text[b0 + wl] == ':')
            return 1;
        /* or another speaker's label in capitals opens it: the document
         * is a transcript of two or more labelled turns ("HOLM: ...",
         * "REED: ...", "Q: ...", "A: ...") */
        int32_t l = 0;
        while (l < 24 && b0 + l < b1 &&
               ((d->text[b0 + l] >= 'A' && d->text[b0 + l] <= 'Z') ||
                (l > 0 && (d->text[b0 + l] == ' ' || d->text[b0 + l] == '.' ||
                           d->text[b0 + l] == '-'))))
            l++;
        if (l > 0 && b0 + l + 1 < b1 && d->text[b0 + l] == ':' &&
            d->text[b0 + l - 1] != ' ' &&
            (l > 1 || d->text[b0] == 'Q' || d->text[b0] == 'A') &&
            !en_section_label(d->text + b0, l))
            return 1;
    }
    if (qa)
        return 0;
    int32_t e0 =
        x->ent_sorted ? ws_doc_ents_before(d, d->tokens.v[a].start) : 0;
    for (int32_t e = e0 > ORG_WIN ? e0 - ORG_WIN : 0;
         e < d->entities.n && e < e0 + ORG_WIN; e++) {
        const ws_entity *en = &d->entities.v[e];
        if (en->type != WS_PERSON)
            continue;
        int32_t end = ws_doc_byte(d, en->end);
        int32_t st = ws_doc_byte(d, en->start);
        if (end - st <= wl || d->text[end - wl - 1] != ' ')
            continue;
        int32_t k = 0;
        while (k < wl && (d->text[end - wl + k] | 0x20) == (w[k] | 0x20))
            k++;
        if (k == wl)
            return 1;
    }
    return 0;
}

/* English: the first token of a label paragraph opening at t (ending
 * at p1), past a leading quotation mark.  Transcripts printed as one long
 * quotation open every paragraph with a mark and close only the last,
 * so the mark at a turn's start may have been paired as a closing one. */
static int32_t
en_label_open(ctx *x, int32_t t, int32_t p1)
{
    if (t + 1 < p1 && qmark(x, t) && ws_tok_is_word(x->d, t + 1))
        return t + 1;
    return t;
}

/* English: the colon after a label of one to four words opening at a
 * (in a paragraph ending at p1) that names a source; -1 when none. */
static int32_t
en_label_colon(ctx *x, int32_t a, int32_t p1)
{
    for (int32_t k = a + 1; k < p1 && k <= a + 4; k++)
        if (tok_is(x->d, k, ":"))
            return k + 1 < p1 && en_label_source(x, a, k) ? k : -1;
    return -1;
}

/* English: does the quotation mark at t stay open to p1, the end of its
 * paragraph?  The marks of its kind after it (an opening or a closing
 * one: straight marks are both) come in pairs: none closes it. */
static int
en_mark_open_to(ctx *x, int32_t t, int32_t p1)
{
    int32_t m = qmark(x, t), m2 = m;
    if (m == 0x201C)
        m2 = 0x201D;
    else if (m == 0x2018)
        m2 = 0x2019;
    int n = 0;
    for (int32_t k = t + 1; k < p1; k++) {
        int32_t c = qmark(x, k);
        if (c != 0 && (c == m || c == m2))
            n++;
    }
    return n % 2 == 0;
}

/* English: the end of a transcript turn whose first paragraph ends at
 * p1, in a transcript printed as one long quotation (the mark opening
 * the turn stays open at its paragraph's end): the turn runs on over
 * the paragraphs that open with a quotation mark and a word, up to the
 * next label ("JONES: ..."), a stage direction in parentheses
 * ("(LAUGHTER.)"), a paragraph with no opening mark or past one that
 * closes its mark, for at most eight paragraphs. */
static int32_t
en_label_turn_end(ctx *x, int32_t t, int32_t p1)
{
    int32_t e = p1;
    if (!en_mark_open_to(x, t, p1))
        return e;
    for (int n = 0; n < 8 && e < x->ntok; n++) {
        int32_t q0, q1;
        para_range(x, e, &q0, &q1);
        if (q0 != e || q1 <= e + 1)
            break;
        int32_t a = en_label_open(x, e, q1);
        if (a == e || en_label_colon(x, a, q1) >= 0)
            break;
        e = q1;
        if (!en_mark_open_to(x, q0, q1))
            break;
    }
    return e;
}

static void
en_label_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    /* (the sentences' first tokens only: the tokenization is consistent,
     * so inside a sentence the token before is of the same one; per MB of
     * English est2 -2.5M in the pass against a sweep of every token) */
    for (int32_t s = 0, prev = -1; s < d->sentences.n; s++) {
        int32_t t = d->sentences.v[s].tok0;
        if (t <= prev || t >= x->ntok)
            continue;
        prev = t;
        /* (a token of the sentence before it is in its paragraph) */
        if (t > 0 && (d->tokens.v[t - 1].sent == d->tokens.v[t].sent ||
                      para_of(x, t - 1) == para_of(x, t)))
            continue;
        if (headline_dup(x, t))
            continue;
        int32_t p0, p1;
        para_range(x, t, &p0, &p1);
        int32_t a = en_label_open(x, t, p1);
        int32_t c = en_label_colon(x, a, p1);
        if (c < 0)
            continue;
        int32_t e = a > t ? en_label_turn_end(x, t, p1) : p1;
        /* the closing mark of a transcript printed as one quotation */
        if (a > t && e > c + 1 && qmark(x, e - 1))
            e--;
        while (e > c + 1 && x->qid[e - 1] < 0 && ws_tok_is_final(d, e - 1))
            e--;
        if (e - (c + 1) < 3)
            continue;
        int kind = WS_INDIRECT;
        int32_t qi = x->qid[c + 1];
        if (qi >= 0 && x->q[qi].o == c + 1 && x->q[qi].c + 1 >= e)
            kind = WS_DIRECT;
        else if (mark_mixed(x, c + 1, e))
            kind = WS_MIXED;
        ws_statement *st = new_statement(x, kind);
        if (st == NULL)
            return;
        if (kind == WS_DIRECT) {
            x->q[qi].used = 1;
            add_quote_content(x, st, &x->q[qi]);
        } else
            add_content(x, st, c + 1, e);
        st->cue = tok_span(x, c, c + 1);
        set_speaker(x, st, a, c, 0, a);
    }
}

/* English: the end of a raised predicate running from c to at most e
 * ("to be a fair price -- whatever ...", "to be a lasting worry, as the
 * figures show"): before a dash, a colon, a semicolon or a parenthesis,
 * or a comma before a word that opens an adjunct or another clause. */
static int32_t
en_seem_predicate_end(ctx *x, int32_t c, int32_t e)
{
    static const char *const open[] = {
        "as",       "which",  "who",     "whom",  "whose",   "while",
        "although", "though", "because", "since", "despite", "according",
        "but",      "even",   "unlike",  "given", "if",      "when"};
    ws_doc *d = x->d;
    for (int32_t k = c; k < e; k++) {
        if (is_dash(d, k) || tok_is(d, k, ":") || tok_is(d, k, ";") ||
            tok_is(d, k, "(") || tok_is(d, k, "--") ||
            (tok_is(d, k, "-") && k + 1 < e && tok_is(d, k + 1, "-")))
            return k;
        if (tok_is(d, k, ",") && k + 1 < e &&
            fold_is(x, k + 1, open, sizeof open / sizeof *open))
            return k;
    }
    return e;
}

/* English: the start of the subject of a raised or passive verb group
 * opening at v: back from v to the clause's start (a punctuation mark,
 * the sentence's start or a conjunction or subordinator) within a dozen
 * tokens with no finite verb or cue word in it, or a relative "which" or
 * "who" alone; leading adverbs and time words are no part of it.  -1
 * when not found. */
static int32_t
en_raised_subject(ctx *x, int32_t v, int32_t s0)
{
    static const char *const stop[] = {
        "and",   "but",      "or",     "that", "because", "if", "when",
        "while", "although", "though", "as",   "since",   "so"};
    static const char *const rel[] = {"which", "who"};
    ws_doc *d = x->d;
    int32_t a = v;
    int ok = a == s0;
    while (a > s0 && a > v - 12) {
        int32_t k = a - 1;
        if (x->qid[k] >= 0)
            break;
        if (!ws_tok_is_word(d, k) ||
            fold_is(x, k, stop, sizeof stop / sizeof *stop)) {
            ok = 1;
            break;
        }
        /* a cue word only as a noun after its determiner or modifier
         * ("the plan", "the new report") */
        if (en_finite(x, k) ||
            (x->cuelen[k] && !(k - 1 >= s0 && x->qid[k - 1] < 0 &&
                               (is_det(x, k - 1) || plain_word(x, k - 1)))))
            break;
        a = k;
        if (fold_is(x, k, rel, sizeof rel / sizeof *rel) || a == s0) {
            ok = 1;
            break;
        }
    }
    while (ok && a < v &&
           (is_ly_adv(x, a) || (lexclass(x, x->L.skip, a) & (K_ADV | K_TIME))))
        a++;
    return ok && a < v ? a : -1;
}

/* English: a raising "seem" with no one named who judges: "the plan
 * seems to have failed", "which seemed to be a fair price": the author's
 * assessment, a statement with no source whose content is the subject
 * and the infinitive ("the plan | to have failed").  The verb (seem,
 * seems, seemed) is followed by "to be" or "to have"; the subject runs
 * back from the verb to the clause's start (a comma, a dash, a colon,
 * the sentence's start or a conjunction, over leading adverbs) within a
 * dozen tokens with no finite verb in it, a relative "which" or "who"
 * alone also (not "it" or "there", which hold no subject: "it seems to
 * me").  Not inside a quotation or another statement's content. */
static void
en_seem_raising_pass(ctx *x)
{
    static const char *const seem[] = {"seem",   "seems",   "seemed",
                                       "appear", "appears", "appeared"};
    static const char *const bh[] = {"be", "have"};
    static const char *const expl[] = {"it", "there", "this", "that"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    int32_t n0 = d->statements.n;
    held_index held = {0};
    /* (only the tokens that may be one of the verbs: cand_add) */
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, seem, sizeof seem / sizeof *seem, 0);
    for (int32_t t = cand_next(x, cand, 1); t + 3 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        if (!tok_is(d, t + 1, "to") ||
            !fold_is(x, t, seem, sizeof seem / sizeof *seem) ||
            x->qid[t] >= 0 || x->cueused[t] ||
            !fold_is(x, t + 2, bh, sizeof bh / sizeof *bh))
            continue;
        int32_t s0 = sent_t0(x, t), s1 = sent_t1(x, t);
        if (t + 3 >= s1 || t == s0)
            continue;
        int32_t a = en_raised_subject(x, t, s0);
        if (a < 0 ||
            (a + 1 == t && fold_is(x, a, expl, sizeof expl / sizeof *expl)))
            continue;
        int32_t c1 = en_seem_predicate_end(x, t + 3, clause_end(x, t + 1, 0));
        if (c1 <= t + 3)
            continue;
        int inside = held_by(x, &held, n0, d->tokens.v[t].start) ||
                     held_by(x, &held, n0, d->tokens.v[a].start);
        if (inside)
            continue;
        ws_statement *st = cue_statement(x, WS_INDIRECT, t);
        if (st == NULL)
            return;
        add_content(x, st, a, t);
        add_content(x, st, t + 1, c1);
        if (mark_mixed(x, a, c1))
            st->kind = WS_MIXED;
        t = c1;
    }
}

/* English: a passive verb of judging or naming with no agent and its
 * predicate: "the bridge is considered a hazard", "the zone is defined
 * as a district with ...", "the claim was labeled false": an assessment
 * whose holder is not named, a statement with no source whose content is
 * the subject and the predicate ("the bridge | a hazard").  The verb
 * (considered, deemed, labeled, labelled; defined, described, regarded,
 * seen, viewed, perceived with "as", which stays out) follows a form of
 * "be" (adverbs and "not" between); the predicate opens with no
 * preposition, time word or subordinator and holds no "by" (an agent:
 * en_passive's); the subject as en_raised_subject finds it ("there" is
 * none).  Not inside a quotation or another statement's content. */
static void
en_passive_judgement_pass(ctx *x)
{
    static const char *const bare[] = {"considered", "deemed", "labeled",
                                       "labelled",   "dubbed", "branded",
                                       "termed"};
    static const char *const be[] = {"is", "are",  "was",  "were",
                                     "be", "been", "being"};
    static const char *const mid[] = {"not",   "n't",   "also",   "now",
                                      "still", "often", "widely", "generally"};
    static const char *const there[] = {"there"};
    static const char *const aux[] = {"has",   "have",  "had",   "will",
                                      "would", "could", "can",   "may",
                                      "might", "must",  "should"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    int32_t n0 = d->statements.n;
    held_index held = {0};
    uint64_t *cand = cand_new(x);
    cand_add(x, cand, bare, sizeof bare / sizeof *bare, 0);
    cand_add(x, cand, en_judge_as, sizeof en_judge_as / sizeof *en_judge_as, 0);
    for (int32_t t = cand_next(x, cand, 2); t + 2 < x->ntok;
         t = cand_next(x, cand, t + 1)) {
        int isas = 0;
        if (!fold_first_in(x, t, "cdlbt") ||
            !fold_is(x, t, bare, sizeof bare / sizeof *bare)) {
            if (!tok_is(d, t + 1, "as") ||
                !fold_is(x, t, en_judge_as,
                         sizeof en_judge_as / sizeof *en_judge_as))
                continue;
            isas = 1;
        } else
            isas = tok_is(d, t + 1, "as"); /* "labeled as ..." */
        if (x->qid[t] >= 0 || x->cueused[t])
            continue;
        int32_t s0 = sent_t0(x, t), s1 = sent_t1(x, t);
        int32_t v = t - 1;
        while (
            v > s0 && v > t - 4 &&
            (is_ly_adv(x, v) || fold_is(x, v, mid, sizeof mid / sizeof *mid)))
            v--;
        if (!fold_is(x, v, be, sizeof be / sizeof *be))
            continue;
        /* the auxiliaries before "be" ("has been", "will be") */
        while (v - 1 > s0 && v > t - 6 &&
               (fold_is(x, v - 1, aux, sizeof aux / sizeof *aux) ||
                is_ly_adv(x, v - 1)))
            v--;
        int32_t c0 = t + 1 + isas;
        if (c0 + 1 >= s1 || (!ws_tok_is_word(d, c0) && x->qid[c0] < 0))
            continue;
        if (ws_tok_is_word(d, c0) &&
            ((lexclass(x, x->L.skip, c0) & (K_PREP | K_TIME | K_SUB)) ||
             tok_is(d, c0, "by") || tok_is(d, c0, "that")))
            continue;
        int32_t a = en_raised_subject(x, v, s0);
        if (a < 0 || (a + 1 == v && fold_is(x, a, there, 1)))
            continue;
        /* a naming verb's predicate ends as an act's object does, before
         * a time or channel phrase ("was dubbed the winner online") */
        static const char *const naming[] = {"dubbed", "branded", "termed"};
        int nm = fold_is(x, t, naming, sizeof naming / sizeof *naming);
        int32_t c1 = en_seem_predicate_end(x, c0, clause_end(x, c0, nm));
        if (c1 <= c0)
            continue;
        int agent = 0;
        for (int32_t k = c0; k < c1 && !agent; k++)
            agent = tok_is(d, k, "by");
        int inside = !agent && (held_by(x, &held, n0, d->tokens.v[t].start) ||
                                held_by(x, &held, n0, d->tokens.v[a].start));
        if (agent || inside)
            continue;
        /* (naming is an act with no clause: reported) */
        ws_statement *st = new_statement(x, nm ? WS_REPORTED : WS_INDIRECT);
        if (st == NULL)
            return;
        st->cue = tok_span(x, v, t + 1);
        x->cueused[t] = 1;
        add_content(x, st, a, v);
        add_content(x, st, c0, c1);
        if (mark_mixed(x, a, c1))
            st->kind = WS_MIXED;
        t = c1;
    }
}

static int32_t
stmt_pos(const ws_statement *s)
{
    if (s->ncontent)
        return s->content[0].start;
    return s->cue.start;
}

static int
cmp_stmt(const void *a, const void *b)
{
    int32_t x = stmt_pos(a), y = stmt_pos(b);
    return x < y ? -1 : x > y;
}

/* English: a quote at o that opens its sentence right after a sentence
 * of the same paragraph with no quote and no statement, whose subject
 * names a person ("Sen. Ann Lee, who lost the primary, called it a
 * turning point.  \"We are not done ...\""): that subject, [*a, *b), is
 * the quote's speaker rather than the last statement's.  1 when found. */
static int
en_prev_sentence_person(ctx *x, int32_t o, int32_t *a, int32_t *b)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || sent_t0(x, o) != o || o < 2)
        return 0;
    int32_t s0 = sent_t0(x, o - 1);
    if (s0 < 0 || s0 >= o - 1 || para_of(x, s0) != para_of(x, o))
        return 0;
    for (int32_t k = s0; k < o; k++)
        if (x->qid[k] >= 0 || x->cueused[k])
            return 0;
    int32_t a0 = after_intro(x, s0, o);
    if (a0 < 0)
        a0 = s0;
    int32_t r1 = np_right(x, a0, o);
    if (r1 <= a0)
        return 0;
    for (int32_t k = a0; k < r1; k++)
        if (is_person(d, x->ent[k])) {
            *a = a0;
            *b = r1;
            return 1;
        }
    return 0;
}

/* English: '... may wait, Ruiz said on Monday. "..."' -- the indirect or
 * mixed statement whose attribution ends the sentence right before quote
 * q (same paragraph; its content before its cue in that sentence, a few
 * words at most after the cue, no other cue after it): the quote goes on
 * with what that speaker said, one statement with two parts.  NULL when
 * there is none. */
static int
cmp_cue_ent(const void *pa, const void *pb)
{
    const cue_ent *a = pa, *b = pb;
    return (a->start > b->start) - (a->start < b->start);
}

/* x->cues: the cues of the statements made before orphan_pass, sorted
 * by start, for one binary search per quote in en_trailing_attrib_stmt
 * instead of a scan of every statement (quadratic in long documents).
 * The pass's own statements have no cue, so the list made on the first
 * look-up of the pass holds them all. */
static void
sort_cues(ctx *x)
{
    ws_doc *d = x->d;
    x->ncues = 0;
    x->cues = d->statements.n > 0
                  ? ws_arena_alloc(d->arena,
                                   (size_t)d->statements.n * sizeof *x->cues)
                  : NULL;
    if (x->cues == NULL)
        return;
    for (int32_t i = 0; i < d->statements.n; i++)
        if (d->statements.v[i].cue.start >= 0)
            x->cues[x->ncues++] = (cue_ent){d->statements.v[i].cue.start,
                                            d->statements.v[i].cue.end, i};
    qsort(x->cues, (size_t)x->ncues, sizeof *x->cues, cmp_cue_ent);
}

/* statements en_trailing_attrib_stmt has looked at in this thread (the
 * test of its growth with the document reads it) */
static _Thread_local uint64_t trailing_visits;

uint64_t
ws_stance_trailing_visits(void)
{
    return trailing_visits;
}

static ws_statement *
en_trailing_attrib_stmt(ctx *x, const quote *q)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || q->o < 2 || !ws_tok_is_final(d, q->o - 1) ||
        x->qid[q->o - 1] >= 0)
        return NULL;
    int32_t p0, p1;
    para_range(x, q->o, &p0, &p1);
    int32_t ps0 = sent_t0(x, q->o - 1);
    if (ps0 < p0 || ps0 >= q->o - 1)
        return NULL;
    int32_t a = d->tokens.v[ps0].start, e = d->tokens.v[q->o - 1].start;
    if (x->ncues < 0)
        sort_cues(x);
    ws_statement *hit = NULL;
    /* the statements whose cue lies in [a, e]: a binary search in the
     * cues sorted before the pass (the pass's own statements have none);
     * the answer does not depend on their order */
    int32_t lo = 0, hi = x->ncues;
    while (lo < hi) {
        int32_t mid = lo + (hi - lo) / 2;
        if (x->cues[mid].start < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* (a statement inside the trailing one's content, "They might be
     * reluctant to move, Lee said.", is no other: looked at after it) */
    int32_t inner0 = -1, inner1 = -1;
    for (int32_t c = lo; c < x->ncues && x->cues[c].start <= e; c++) {
        ws_statement *st = &d->statements.v[x->cues[c].i];
        trailing_visits++;
        if (st->cue.end > e)
            continue;
        if (hit != NULL || st->ncontent == 0 ||
            (st->kind != WS_INDIRECT && st->kind != WS_MIXED) ||
            st->ncontent >= WS_MAX_SEGMENTS || st->content[0].start < a ||
            st->content[st->ncontent - 1].end > st->cue.start) {
            if (hit != NULL || st->ncontent == 0)
                return NULL; /* another statement there */
            if (inner0 < 0)
                inner0 = st->cue.start;
            if (st->content[st->ncontent - 1].end > inner1)
                inner1 = st->content[st->ncontent - 1].end;
            continue;
        }
        hit = st;
    }
    if (hit == NULL || (inner0 >= 0 && (inner0 < hit->content[0].start ||
                                        inner1 > hit->cue.start)))
        return NULL;
    int words = 0;
    for (int32_t t = ps0; t < q->o - 1; t++)
        if (d->tokens.v[t].start >= hit->cue.end) {
            if (x->qid[t] >= 0 || tok_is(d, t, ","))
                return NULL;
            words += ws_tok_is_word(d, t);
        }
    return words <= 6 ? hit : NULL;
}

/* German: a quotation at o right after a colon that closes a main
 * clause opening with its subject ("Sie teilt die Sorge der Eltern,
 * wonach ... sei: „…“"), when no verb of speech near the colon gave it
 * an attribution: the subject speaks, not the speaker of an earlier
 * statement.  The subject is a personal pronoun, or a prefield that
 * names a person or an organisation; its tokens in [*a, *b). */
static int
de_colon_subject(ctx *x, int32_t o, int32_t *a, int32_t *b)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "de") || o < 3 || !tok_is(d, o - 1, ":"))
        return 0;
    int32_t s0 = sent_t0(x, o), colon = o - 1;
    if (colon - s0 < 3)
        return 0;
    for (int32_t k = s0; k < colon; k++)
        if (x->qid[k] >= 0 || is_dash(d, k))
            return 0;
    int32_t f = de_finite_after_prefield(x, s0, colon);
    if (f < 0)
        return 0;
    int32_t e = f;
    while (e > s0 + 1 && tok_is(d, e - 1, ","))
        e--;
    int rel, named = e == s0 + 1 && pron_gender(x, s0, &rel) && !rel &&
                     !tok_is(d, s0, "es") && !tok_is(d, s0, "Es");
    for (int32_t k = s0; k < e && !named; k++)
        named = x->ent[k] >= 0 &&
                (is_person(d, x->ent[k]) || is_orgish(d, x->ent[k]));
    if (!named)
        return 0;
    *a = s0;
    *b = e;
    return 1;
}

/* English: the direct statement that quotation q, with no cue of its
 * own, goes on with: the last one before q, attributed after its quote by
 * a word ('"...," she said.'), when q opens the next paragraph right
 * after that attribution's sentence, or opens a sentence of the same
 * paragraph with at most one sentence between, and every statement in
 * between has the same speaker ('"...," Ruiz said. He gave no date.
 * "..."').  NULL when there is none. */
static ws_statement *
en_quote_goes_on(ctx *x, const quote *q)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || sent_t0(x, q->o) != q->o)
        return NULL;
    int32_t pos = d->tokens.v[q->o].start, w[4];
    stmt_window(x, pos, d->statements.n, w);
    ws_statement *on = NULL;
    for (int part = 0; part < 4; part += 2)
        for (int32_t s = w[part]; s < w[part + 1]; s++) {
            ws_statement *o = &d->statements.v[s];
            if (o->kind == WS_DIRECT && o->ncontent > 0 &&
                o->content[o->ncontent - 1].end <= pos &&
                (on == NULL || o->content[o->ncontent - 1].end >
                                   on->content[on->ncontent - 1].end))
                on = o;
        }
    if (on == NULL || on->ncontent >= WS_MAX_SEGMENTS ||
        on->cue.start < on->content[on->ncontent - 1].end ||
        on->speaker_ent < 0)
        return NULL;
    int32_t c = ws_doc_tok_at(d, on->cue.start, 0);
    if (c < 0 || c >= q->o || !ws_tok_is_word(d, c))
        return NULL;
    for (int32_t t = c; t < q->o; t++)
        if (x->qid[t] >= 0)
            return NULL;
    int32_t gap = sent_of(x, q->o) - sent_of(x, c);
    int32_t p0, p1;
    para_range(x, q->o, &p0, &p1);
    if (para_of(x, c) == para_of(x, q->o) ? gap > 2 : gap != 1 || q->o != p0)
        return NULL;
    for (int part = 0; part < 4; part += 2)
        for (int32_t s = w[part]; s < w[part + 1]; s++) {
            const ws_statement *o = &d->statements.v[s];
            int32_t op = o->ncontent ? o->content[0].start : o->cue.start;
            if (o != on && op > on->cue.start && op < pos &&
                o->speaker_ent != on->speaker_ent)
                return NULL;
        }
    return on;
}

/* Pass 4a: quotes with no cue.  A long quote continues the previous
 * speaker (same or previous paragraph); a short one is a title or a scare
 * quote, not a statement. */
static void
orphan_pass(ctx *x)
{
    ws_doc *d = x->d;
    x->ncues = -1; /* en_trailing_attrib_stmt sorts them on first use */
    for (int32_t qi = 0; qi < x->nq; qi++) {
        if (ws_doc_deadline())
            break;
        quote *q = &x->q[qi];
        if (q->used || headline_dup(x, q->o))
            continue;
        int sentpunct = 0;
        for (int k = 0; k < q->nseg; k++)
            for (int32_t t = q->seg0[k]; t < q->seg1[k]; t++)
                if (ws_tok_is_final(d, t))
                    sentpunct = 1;
        if (q->nwords < 4 || (!sentpunct && q->nwords < 8))
            continue;
        /* must stand as a sentence: start a sentence or follow a colon */
        int32_t s0 = sent_t0(x, q->o);
        if (q->o != s0 &&
            !(q->o > 0 && (tok_is(d, q->o - 1, ":") || is_dash(d, q->o - 1))))
            continue;
        ws_statement *prev = en_trailing_attrib_stmt(x, q);
        if (prev != NULL) {
            prev->kind = WS_MIXED;
            add_quote_content(x, prev, q);
            q->used = 1;
            continue;
        }
        int32_t pa = -1, pb = -1;
        if (en_prev_sentence_person(x, q->o, &pa, &pb) ||
            de_colon_subject(x, q->o, &pa, &pb)) {
            ws_statement *st = new_statement(x, WS_DIRECT);
            if (st == NULL)
                return;
            set_speaker(x, st, pa, pb, 0, pa);
            add_quote_content(x, st, q);
            q->used = 1;
            continue;
        }
        ws_statement *on = en_quote_goes_on(x, q);
        if (on != NULL) {
            add_quote_content(x, on, q);
            q->used = 1;
            continue;
        }
        ws_statement tmp;
        memset(&tmp, 0, sizeof(tmp));
        tmp.speaker_ent = -1;
        if (!copy_prev_speaker(x, &tmp, d->tokens.v[q->o].start,
                               para_start_cp(x, q->o, 1)))
            continue;
        ws_statement *st = new_statement(x, WS_DIRECT);
        if (st == NULL)
            return;
        st->speaker = tmp.speaker;
        st->speaker_ent = tmp.speaker_ent;
        st->speaker_name = tmp.speaker_name;
        st->speaker_role = tmp.speaker_role;
        st->speaker_org = tmp.speaker_org;
        add_quote_content(x, st, q);
        q->used = 1;
    }
}

/* The first sentence after t0 in the paragraph ending at p1 that opens
 * with a dash after a full stop, or -1. */
static int32_t
mid_dash(ctx *x, int32_t t0, int32_t p1)
{
    ws_doc *d = x->d;
    for (int32_t t = t0 + 1; t + 2 < p1; t++)
        if (is_dash(d, t) && x->qid[t] < 0 && ws_tok_is_final(d, t - 1) &&
            x->qid[t - 1] < 0 && sent_t0(x, t) == t)
            return t;
    return -1;
}

/* Is s (one word) an acronym: two to eight letters, all capitals? */
static int
is_acronym(const char *s)
{
    size_t len = strlen(s), i = 0;
    int n = 0;
    while (i < len) {
        size_t j = i;
        int32_t cp = ws_utf8_decode(s, len, &j);
        char f[16];
        if (cp < 0 || j - i >= sizeof f - 1 ||
            ws_utf8_fold(s + i, j - i, f, sizeof f) < 0 ||
            strncmp(f, s + i, j - i) == 0)
            return 0; /* not a letter with a lower case, or lowercase */
        n++;
        i = j;
    }
    return n >= 2 && n <= 8;
}

/* Ukrainian, Russian, Polish, French: an organisation named by its
 * acronym ("Речник МЗС", "rzeczniczka MSZ") is given by its fuller name
 * in the document: the first one that extends the acronym ("МЗС
 * України") or whose words' initials spell it ("Ministerstwo Spraw
 * Zagranicznych"). */
static void
org_full_names(ctx *x)
{
    ws_doc *d = x->d;
    if (!slav_fr(x))
        return;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        const char *org = st->speaker_org;
        if (org == NULL || !is_acronym(org))
            continue;
        size_t n = strlen(org);
        char fa[64];
        if (n >= sizeof fa || ws_utf8_fold(org, n, fa, sizeof fa) < 0)
            continue;
        const char *ext = NULL, *ini = NULL;
        for (int32_t e = 0; e < d->entities.n && e < ORG_WIN * 4 && !ext; e++) {
            if (!is_orgish(d, e))
                continue;
            const char *nm = ent_name(d, e);
            if (strncmp(nm, org, n) == 0 && nm[n] == ' ') {
                ext = nm;
                break;
            }
            /* initials */
            char in[64], fi[64];
            size_t k = 0, len = strlen(nm), p = 0;
            while (p < len && k + 4 < sizeof in) {
                while (p < len && nm[p] == ' ')
                    p++;
                if (p >= len)
                    break;
                size_t q = p;
                if (ws_utf8_decode(nm, len, &q) < 0)
                    break;
                memcpy(in + k, nm + p, q - p);
                k += q - p;
                while (p < len && nm[p] != ' ')
                    p++;
            }
            in[k] = '\0';
            if (ini == NULL && k > 0 &&
                ws_utf8_fold(in, k, fi, sizeof fi) >= 0 && strcmp(fi, fa) == 0)
                ini = nm;
        }
        if (ext || ini)
            st->speaker_org = ext ? ext : ini;
    }
}

/* Pass 4b: paragraphs opened by a dash are direct speech (pl, uk, ru,
 * fr): "– Text – podkreśliła minister." */
static void
dash_pass(ctx *x, int phase)
{
    ws_doc *d = x->d;
    /* dialogue dashes are a convention of these languages, not of en/de */
    if (lang_is(x, "en") || lang_is(x, "de"))
        return;
    for (int32_t p = 0; p < d->paragraphs.n; p++) {
        if (ws_doc_deadline())
            break;
        /* first token of the paragraph */
        int32_t t0 = -1;
        if (x->pfirst) {
            if (x->pfirst[p] >= 0)
                t0 = d->sentences.v[x->pfirst[p]].tok0;
        } else {
            for (int32_t s = 0; s < d->sentences.n; s++)
                if (d->sentences.v[s].para == p) {
                    t0 = d->sentences.v[s].tok0;
                    break;
                }
        }
        if (t0 < 0 || t0 + 2 >= x->ntok)
            continue;
        int32_t p0, p1;
        para_range(x, t0, &p0, &p1);
        if (!is_dash(d, t0) || x->qid[t0] >= 0) {
            /* "Skrytykował tę postawę. – Kto …, ten … – powiedział.": a
             * later sentence of the paragraph opened by a dash, when an
             * attribution follows (phase 0) */
            t0 = phase == 0 ? mid_dash(x, t0, p1) : -1;
            if (t0 < 0)
                continue;
        }
        int32_t c0 = t0 + 1, cut = -1, after = -1;
        ws_statement tmp;
        memset(&tmp, 0, sizeof(tmp));
        tmp.speaker_ent = -1;
        tmp.cue.start = tmp.cue.end = -1;
        for (int32_t t = c0 + 1; t < p1 && cut < 0; t++) {
            if (!is_dash(d, t))
                continue;
            int32_t r = attrib_after(x, &tmp, t - 1, p1);
            if (r >= 0 && tmp.cue.start >= 0 &&
                tmp.cue.start != d->tokens.v[t].start) {
                cut = t;
                after = r;
            }
        }
        ws_statement *st;
        if ((cut < 0) != (phase == 1))
            continue;
        /* the speech is quoted text for the other passes */
        {
            int32_t qs0 = c0, qs1 = cut >= 0 ? cut : p1;
            int32_t nq0 = x->nq;
            if (add_quote(x, t0, qs1 < p1 ? qs1 : p1 - 1, &qs0, &qs1, 1) < 0)
                return;
            if (x->nq > nq0)
                x->q[nq0].used = 1;
        }
        if (cut < 0) {
            if (!copy_prev_speaker(x, &tmp, d->tokens.v[t0].start,
                                   para_start_cp(x, t0, 1)))
                continue;
            st = new_statement(x, WS_DIRECT);
            if (st == NULL)
                return;
            ws_span cue = st->cue;
            *st = tmp;
            st->kind = WS_DIRECT;
            st->cue = cue;
            add_content(x, st, c0, p1);
            continue;
        }
        st = new_statement(x, WS_DIRECT);
        if (st == NULL)
            return;
        *st = tmp;
        st->kind = WS_DIRECT;
        st->target_span.start = st->target_span.end = -1;
        int32_t e = cut;
        add_content(x, st, c0, e);
        /* more speech after the attribution: ". – ..." or ", – ..." */
        int32_t r = after;
        while (r < p1 &&
               (ws_tok_is_final(d, r) || tok_is(d, r, ",") || is_dash(d, r)))
            r++;
        if (r < p1 && r > after)
            add_content(x, st, r, p1);
    }
}

/* German: the person who opens the sentence before sentence s in the
 * same paragraph as its subject (a role before the name with it),
 * when no statement touches that
 * sentence ("Eva Sommer, seit Mai im Amt, verteidigte den Plan. Er sei
 * lange geprüft worden."): a subjunctive sentence after it goes on
 * with that person rather than with a speaker before.  The name's
 * tokens in [*a, *b); 0 when there is none. */
static int
de_fresh_subject(ctx *x, int32_t s, int32_t *a, int32_t *b)
{
    ws_doc *d = x->d;
    if (s < 1 || d->sentences.v[s - 1].para != d->sentences.v[s].para)
        return 0;
    const ws_sentence *pv = &d->sentences.v[s - 1];
    int32_t t = pv->tok0, k = t;
    /* a role before the name ("Gewerkschaftschef Max Roth",
     * "IG-Metall-Chef Max Roth": a compound of an organisation's name) */
    while (k < pv->tok1 &&
           ((x->ent[k] >= 0 && (d->entities.v[x->ent[k]].type == WS_ROLE ||
                                is_orgish(d, x->ent[k]))) ||
            (k > t && is_dash(d, k)) ||
            (k > t && is_dash(d, k - 1) && is_cap(d, k))))
        k++;
    int32_t e = k < pv->tok1 ? x->ent[k] : -1;
    if (!is_person(d, e) || pv->tok1 - pv->tok0 < 4)
        return 0;
    while (k < pv->tok1 && x->ent[k] == e)
        k++;
    /* a name the tagger cut short or split ("Anna Berg-Lenz" of which
     * it took "Anna"): the capitalised words and hyphens right after */
    for (int32_t m = 0;
         m < 3 && k < pv->tok1 && (x->ent[k] < 0 || is_person(d, x->ent[k])) &&
         (is_cap(d, k) || is_dash(d, k));
         m++)
        k++;
    /* the verb (or an apposition's comma) right after the name */
    if (k >= pv->tok1 ||
        !(tok_is(d, k, ",") || (ws_tok_is_word(d, k) && !is_cap(d, k))))
        return 0;
    for (int32_t i = pv->tok0; i < pv->tok1; i++)
        if (x->qid[i] >= 0 || x->cueused[i])
            return 0;
    int32_t w[4];
    stmt_window(x, pv->start, d->statements.n, w);
    for (int part = 0; part < 4; part += 2)
        for (int32_t i = w[part]; i < w[part + 1]; i++) {
            const ws_statement *o = &d->statements.v[i];
            if (o->cue.start >= pv->start && o->cue.start < pv->end)
                return 0;
            for (int c = 0; c < o->ncontent; c++)
                if (o->content[c].start < pv->end &&
                    o->content[c].end > pv->start)
                    return 0;
        }
    *a = t;
    *b = k;
    return 1;
}

/* Pass 4c: German reported speech in the subjunctive, with no cue:
 * continues the previous statement's speaker (same or previous
 * paragraph). */
static void
subjunctive_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "de"))
        return;
    for (int32_t s = 0; s < d->sentences.n; s++) {
        if (ws_doc_deadline())
            break;
        const ws_sentence *se = &d->sentences.v[s];
        int subj = 0, cue = 0, inq = 0, spoken = 0;
        int32_t sp = -1;
        for (int32_t t = se->tok0; t < se->tok1; t++) {
            if (x->qid[t] >= 0) {
                const quote *q = &x->q[x->qid[t]];
                inq = 1;
                /* words quoted, not a quoted name */
                spoken |=
                    q->nseg > 0 && t == q->o &&
                    !ws_de_quoted_name(x->w, d, q->o, q->seg0[0], q->seg1[0]);
            }
            if (x->cuelen[t] && (x->cueattr[t] & C_SUBJ) &&
                !ws_de_k2_sub(x->w, d, t)) {
                subj = 1;
                sp = t;
            } else if (x->cuelen[t] && x->cueused[t] &&
                       (x->cueattr[t] & (C_SAY | C_ACT | C_PREP | C_POST)))
                cue = 1;
        }
        /* a sentence that is one quotation is direct speech */
        if (inq && x->qid[se->tok0] >= 0 &&
            x->q[x->qid[se->tok0]].c + 2 >= se->tok1)
            continue;
        int32_t a = se->start, inside = 0, w[4];
        stmt_window(x, a, d->statements.n, w);
        /* "Die Besitzer sollen zum Gehen aufgefordert worden sein.": a
         * cue whose every act the German filter drops (a passive) is no
         * speech verb of the sentence */
        if (subj && cue && lang_is(x, "de")) {
            int live = 0, seen = 0;
            for (int part = 0; part < 4 && !live; part += 2)
                for (int32_t k = w[part]; k < w[part + 1] && !live; k++) {
                    const ws_statement *o = &d->statements.v[k];
                    if (o->cue.start < se->start || o->cue.start >= se->end)
                        continue;
                    seen = 1;
                    live = !ws_de_dropped_act(x->w, d, o);
                }
            cue = live || !seen;
        }
        if (!subj || cue || se->tok1 <= se->tok0)
            continue;
        /* not inside an existing statement, nor is its last subjunctive
         * verb inside a clause after "wonach" that is one ("der Verdacht
         * der Kritiker, wonach ... sei": the critics' statement) */
        int32_t vp = d->tokens.v[sp].start;
        for (int part = 0; part < 4 && !inside; part += 2)
            for (int32_t k = w[part]; k < w[part + 1] && !inside; k++) {
                const ws_statement *o = &d->statements.v[k];
                for (int c = 0; c < o->ncontent; c++) {
                    const ws_span *cs = &o->content[c];
                    int32_t c0 = ws_doc_tok_at(d, cs->start, 0);
                    if ((cs->start <= a && cs->end > a) ||
                        (cs->start <= vp && cs->end > vp && c0 > se->tok0 &&
                         tok_is(d, c0 - 1, "wonach")))
                        inside = 1;
                }
            }
        if (inside)
            continue;
        ws_statement tmp;
        memset(&tmp, 0, sizeof(tmp));
        tmp.speaker_ent = -1;
        /* "Angaben zufolge ... . Der Täter soll ... geflohen sein.": a
         * source named inside the cue continues too */
        if (!prev_speaker(x, &tmp, se->start, para_start_cp(x, se->tok0, 1), 1))
            continue;
        int32_t pa, pb;
        int fresh = de_fresh_subject(x, s, &pa, &pb);
        /* a quoted fragment inside makes it mixed speech */
        ws_statement *st = new_statement(x, spoken ? WS_MIXED : WS_INDIRECT);
        if (st == NULL)
            return;
        if (fresh) {
            set_speaker(x, st, pa, pb, 0, pa);
            add_content(x, st, se->tok0, se->tok1);
            continue;
        }
        st->speaker = tmp.speaker;
        st->speaker_ent = tmp.speaker_ent;
        st->speaker_name = tmp.speaker_name;
        st->speaker_role = tmp.speaker_role;
        st->speaker_org = tmp.speaker_org;
        add_content(x, st, se->tok0, se->tok1);
    }
}

typedef struct {
    int32_t start, end, owner;
} nest_seg;

static int
nest_seg_cmp(const void *a, const void *b)
{
    const nest_seg *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* An act reported by another source as the whole of its content, the
 * attribution trailing ("A court has ordered the mayor's arrest, local
 * media said"; "..., according to officials"): the act is an event with
 * a source of its own, not words put in the outer speaker's mouth, so
 * it stays beside the attribution.  The act's speaker opens the outer
 * content [c0, c1), its cue follows the speaker (adverbs and
 * auxiliaries between), and the outer cue comes after the content. */
static int
en_nested_act_opens(ctx *x, const ws_statement *a, const ws_statement *o,
                    int32_t c0, int32_t c1)
{
    const ws_doc *d = x->d;
    if (a->kind != WS_REPORTED || a->speaker.start != c0 ||
        a->speaker.end <= a->speaker.start || o->cue.start < c1 ||
        a->cue.start < a->speaker.end)
        return 0;
    int32_t se = ws_doc_tok_at(d, a->speaker.end, 1);
    int32_t ct = ws_doc_tok_at(d, a->cue.start, 0);
    if (se < 0 || ct < 0 || ct < se)
        return 0;
    if (skip_adv_back(x, ct, se) > se)
        return 0;
    /* an act of speech with a stance: a plan or a feeling the source
     * reports ("X plans to visit ..., an aide said") is a fact of its
     * content (FORMAT.md: neutral is a report of fact or plan) */
    ws_statement t = *a;
    ws_stance_label_statement(x->w, x->d, &t);
    return t.nstance > 0 && !(t.nstance == 1 && t.stance[0] == WS_NEUTRAL);
}

/* A quotation right after its attribution "X boasted, ..." that closes
 * the content of an earlier statement o ("When Y noted that rents rose
 * -- as they had for years -- X boasted, "..."): o's clause ran on into
 * the next one; it ends before the attribution and the quotation stays
 * X's.  Returns 1 when o was cut so. */
static int
en_nested_cut_before(ctx *x, const ws_statement *a, ws_statement *o)
{
    const ws_doc *d = x->d;
    ws_span *last = &o->content[o->ncontent - 1];
    /* the source, then the verb, then a comma or a colon and the
     * quotation; a comma or a dash closes o's clause before the source */
    if (a->speaker.start < 0 || a->speaker.end > a->cue.start ||
        a->speaker.start <= last->start || a->cue.end > last->end ||
        last->end > a->content[0].start)
        return 0;
    int32_t sp = ws_doc_tok_at(d, a->speaker.start, 0);
    int32_t t = ws_doc_tok_at(d, a->cue.end, 0);
    int32_t q = ws_doc_tok_at(d, a->content[0].start, 0);
    if (sp <= 0 || !(tok_is(d, sp - 1, ",") || is_dash(d, sp - 1)) || t >= q ||
        !(tok_is(d, t, ",") || tok_is(d, t, ":")))
        return 0;
    for (; t < q && t < d->tokens.n; t++)
        if (ws_tok_is_word(d, t))
            return 0;
    /* the clause before the source, without its closing marks */
    int32_t e = sp;
    while (e > 0 && d->tokens.v[e - 1].start >= last->start &&
           (tok_is(d, e - 1, ",") || is_dash(d, e - 1)))
        e--;
    if (e <= 0 || d->tokens.v[e - 1].end <= last->start)
        return 0;
    last->end = d->tokens.v[e - 1].end;
    return 1;
}

/* A quotation after a colon with its own trailing attribution inside the
 * content of an earlier statement o ("... the change it said she would
 * bring: "...," the union wrote."): o's clause ends at the colon; the
 * quotation stays with its source.  Returns 1 when o was cut so. */
static int
en_nested_cut_colon(ctx *x, const ws_statement *a, ws_statement *o)
{
    const ws_doc *d = x->d;
    ws_span *last = &o->content[o->ncontent - 1];
    if (a->ncontent != 1 || a->content[0].start <= last->start ||
        a->cue.start < a->content[0].end)
        return 0;
    int32_t q = ws_doc_tok_at(d, a->content[0].start, 0);
    /* the opening mark, then the colon */
    if (q < 2 || x->qid[q - 1] < 0 || x->q[x->qid[q - 1]].o != q - 1 ||
        !tok_is(d, q - 2, ":"))
        return 0;
    int32_t e = q - 2;
    if (e <= 0 || d->tokens.v[e - 1].end <= last->start)
        return 0;
    last->end = d->tokens.v[e - 1].end;
    return 1;
}

/* A quotation in parts whose attribution lies inside the content of a
 * statement o ('X said the plan failed because "few knew," she said.
 * "We had no map."'): the parts o holds go with it, the parts after o's
 * content are still this source's words.  Keeps those parts in a and
 * returns 1; 0 when a has none (then it goes). */
static int
en_nested_keep_tail(ctx *x, ws_statement *a, ws_statement *o)
{
    if (a->kind != WS_DIRECT || o->ncontent == 0)
        return 0;
    int32_t oend = o->content[o->ncontent - 1].end;
    if (a->content[0].start >= oend)
        return en_nested_cut_before(x, a, o);
    if (en_nested_cut_colon(x, a, o))
        return 1;
    if (a->ncontent < 2)
        return 0;
    int k = 0;
    for (int c = 0; c < a->ncontent; c++)
        if (a->content[c].start >= oend)
            a->content[k++] = a->content[c];
    if (k == 0)
        return 0;
    a->ncontent = k;
    return 1;
}

/* A reported act with its own subject trailing the clause of an earlier
 * statement o after a subordinator ("The ferry is late, officials said,
 * as they faulted the crew"; "... while she dismissed the audit"): o's
 * clause ends before it and the act is a statement of its own (the
 * PolNeAR sets hold no statement inside another's content).  Returns 1
 * when o was cut so. */
static int
en_nested_cut_trail(ctx *x, const ws_statement *a, ws_statement *o)
{
    static const char *const sub[] = {"as", "while", "whereas"};
    static const char *const aux[] = {
        "has",  "have", "had",  "was", "were",  "is",   "are",   "would",
        "will", "did",  "does", "do",  "could", "also", "again", "even"};
    const ws_doc *d = x->d;
    if (a->kind != WS_REPORTED || o->kind == WS_DIRECT || o->ncontent == 0 ||
        a->cue.start < 0 || a->speaker.start < 0)
        return 0;
    ws_span *last = &o->content[o->ncontent - 1];
    if (a->speaker.start <= last->start || a->speaker.end > a->cue.start ||
        a->cue.start >= last->end)
        return 0;
    int32_t c0 = ws_doc_tok_at(d, last->start, 0);
    int32_t ct = ws_doc_tok_at(d, a->cue.start, 0);
    int32_t sp = ws_doc_tok_at(d, a->speaker.start, 0);
    /* a headline's capitals ("Firm Seeks Loans As It Faults Rates") */
    if (c0 >= d->tokens.n || ct >= d->tokens.n || sp <= c0 - 1 || sp >= ct ||
        x->qid[ct] >= 0 || is_cap(d, ct))
        return 0;
    /* the subject, then adverbs and auxiliaries, then the cue */
    int32_t u = ct;
    for (int g = 0; g < 4 && u - 1 > c0 &&
                    (is_ly_adv(x, u - 1) || fold_is(x, u - 1, aux, 16));
         g++)
        u--;
    if (ws_doc_tok_at(d, a->speaker.end, 1) != u || u - sp > 4)
        return 0;
    /* the subordinator; "as" only after a comma or a dash ("..., as they
     * ..."; not "as rich as X claims") */
    int32_t cut = sp - 1;
    if (cut < c0 || x->qid[cut] >= 0 || !fold_is(x, cut, sub, 3) ||
        (tok_is(d, cut, "as") &&
         !(cut >= 1 && (tok_is(d, cut - 1, ",") || is_dash(d, cut - 1)))))
        return 0;
    /* o keeps its words before the subordinator; a last segment that is
     * all trailing clause goes ("Y, she said, as they ...") */
    int32_t e = cut;
    while (e > c0 && (tok_is(d, e - 1, ",") || is_dash(d, e - 1)))
        e--;
    if (e <= c0) {
        if (o->ncontent < 2)
            return 0;
        o->ncontent--;
        return 1;
    }
    if (!ws_tok_is_word(d, e - 1) && x->qid[e - 1] < 0)
        return 0;
    last->end = d->tokens.v[e - 1].end;
    return 1;
}

/* Pass 4e (English): an attribution inside the content of another ("She
 * said the senator had criticized the plan") is part of what that
 * source said, not a statement of the document of its own; it goes
 * (unless the two hold each other's cues, as a parenthetical "X, she
 * said, ..." may).  The content segments are sorted by start with the
 * two farthest ends (of different statements) so far: a cue is inside
 * some other statement's content when one of them reaches past it. */
static void
en_nested_pass(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || d->statements.n < 2)
        return;
    int32_t n = d->statements.n, ns = 0;
    for (int32_t i = 0; i < n; i++)
        ns += d->statements.v[i].ncontent;
    if (ns == 0)
        return;
    nest_seg *sg = ws_arena_alloc(d->arena, (size_t)ns * sizeof *sg);
    nest_seg *b1 = ws_arena_alloc(d->arena, (size_t)ns * sizeof *b1);
    nest_seg *b2 = ws_arena_alloc(d->arena, (size_t)ns * sizeof *b2);
    unsigned char *drop = ws_arena_alloc(d->arena, (size_t)n);
    if (sg == NULL || b1 == NULL || b2 == NULL || drop == NULL)
        return;
    int32_t k = 0;
    for (int32_t i = 0; i < n; i++)
        for (int c = 0; c < d->statements.v[i].ncontent; c++) {
            sg[k].start = d->statements.v[i].content[c].start;
            sg[k].end = d->statements.v[i].content[c].end;
            sg[k].owner = i;
            k++;
        }
    qsort(sg, (size_t)ns, sizeof *sg, nest_seg_cmp);
    /* b1[k]: the segment of [0, k] reaching farthest; b2[k]: the farthest
     * of another statement */
    nest_seg none = {0, -1, -1};
    for (k = 0; k < ns; k++) {
        nest_seg f1 = k ? b1[k - 1] : none, f2 = k ? b2[k - 1] : none;
        if (sg[k].end > f1.end) {
            if (sg[k].owner != f1.owner)
                f2 = f1;
            f1 = sg[k];
        } else if (sg[k].owner != f1.owner && sg[k].end > f2.end) {
            f2 = sg[k];
        }
        b1[k] = f1;
        b2[k] = f2;
    }
    memset(drop, 0, (size_t)n);
    for (int32_t i = 0; i < n; i++) {
        const ws_statement *a = &d->statements.v[i];
        int32_t c = a->cue.start;
        if (c < 0)
            continue;
        int32_t lo = 0, hi = ns; /* first segment starting after c */
        while (lo < hi) {
            int32_t mid = lo + (hi - lo) / 2;
            if (sg[mid].start <= c)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == 0)
            continue;
        nest_seg f = b1[lo - 1].owner != i ? b1[lo - 1] : b2[lo - 1];
        if (f.owner < 0 || f.end <= c)
            continue;
        ws_statement *o = &d->statements.v[f.owner];
        if (o->cue.start >= 0 && stmt_holds(a, o->cue.start))
            continue;
        if (en_nested_act_opens(x, a, o, f.start, f.end))
            continue;
        if (en_nested_keep_tail(x, &d->statements.v[i], o))
            continue;
        if (en_nested_cut_trail(x, a, o))
            continue;
        drop[i] = 1;
    }
    k = 0;
    for (int32_t i = 0; i < n; i++) {
        if (drop[i])
            continue;
        if (k != i)
            d->statements.v[k] = d->statements.v[i];
        k++;
    }
    d->statements.n = k;
}

/* Pass 4d (German): a quoted fragment inside reported speech is a direct
 * statement of its own ("Er sagte, dies sei „völlig inakzeptabel“"),
 * with the speaker of the statement around it.  Titles and names in
 * quotes ("der „Washington Post“") are not. */
static void
fragment_pass(ctx *x)
{
    static const char *const intro[] = {
        "der", "die", "das",  "den",   "dem",   "des",   "im",   "am",  "vom",
        "zum", "zur", "beim", "von",   "in",    "auf",   "mit",  "bei", "nach",
        "aus", "ein", "eine", "einer", "einem", "einen", "eines"};
    ws_doc *d = x->d;
    if (!lang_is(x, "de"))
        return;
    int32_t nst = d->statements.n;
    for (int32_t qi = 0; qi < x->nq; qi++) {
        if (ws_doc_deadline())
            break;
        const quote *q = &x->q[qi];
        if (q->nseg != 1 || q->nwords == 0 || headline_dup(x, q->o))
            continue;
        int32_t qa = d->tokens.v[q->o].start, qb = d->tokens.v[q->c].end;
        const ws_statement *host = NULL;
        int skip = 0;
        int32_t w[4];
        stmt_window(x, qa, nst, w);
        for (int part = 0; part < 4 && !skip; part += 2)
            for (int32_t k = w[part]; k < w[part + 1] && !skip; k++) {
                const ws_statement *o = &d->statements.v[k];
                if (o->speaker.start >= 0 && o->speaker.start < qb &&
                    o->speaker.end > qa)
                    skip = 1;
                for (int c = 0; c < o->ncontent; c++) {
                    if (o->content[c].start >= qb || o->content[c].end <= qa)
                        continue;
                    if (o->kind == WS_DIRECT)
                        skip = 1;
                    else if (host == NULL)
                        host = o;
                }
            }
        if (skip || host == NULL)
            continue;
        /* a title or a name: capitalised words after an article or a
         * preposition */
        int caps = 1;
        for (int32_t t = q->seg0[0]; t < q->seg1[0]; t++)
            if (ws_tok_is_word(d, t) && !is_cap(d, t))
                caps = 0;
        if (caps && q->nwords <= 4 && q->o > 0 && ws_tok_is_word(d, q->o - 1) &&
            fold_is(x, q->o - 1, intro, sizeof intro / sizeof *intro))
            continue;
        if (ws_de_quoted_name(x->w, d, q->o, q->seg0[0], q->seg1[0]))
            continue;
        int32_t hi = (int32_t)(host - d->statements.v);
        ws_statement *st = new_statement(x, WS_DIRECT);
        if (st == NULL)
            return;
        host = &d->statements.v[hi];
        st->cue = host->cue;
        st->speaker = host->speaker;
        st->speaker_ent = host->speaker_ent;
        st->speaker_name = host->speaker_name;
        st->speaker_role = host->speaker_role;
        st->speaker_org = host->speaker_org;
        add_content(x, st, q->o, q->c + 1);
    }
}

/* Labels come from stance_label.c (ws_stance_label_statement). */

/* ---- the stage ---- */

static void
load_lexset(ws_worker *w, const char *lang, lexset *L)
{
    ws_models *m = ws_worker_models(w);
    memset(L, 0, sizeof(*L));
    L->lang = lang;
    L->cues = ws_models_lex(m, lang, "stance-cues");
    L->labels = ws_models_lex(m, lang, "stance-labels");
    L->inten = ws_models_lex(m, lang, "stance-intensity");
    L->neg = ws_models_lex(m, lang, "stance-negation");
    L->hedge = ws_models_lex(m, lang, "stance-hedges");
    L->pron = ws_models_lex(m, lang, "stance-pronouns");
    L->skip = ws_models_lex(m, lang, "stance-skip");
    L->spk = ws_models_lex(m, lang, "stance-speakers");
}

static const char *
pick_lang(ws_worker *w, const ws_doc *d)
{
    static const char *known[] = {"en", "uk", "ru", "pl", "de", "fr"};
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (strcmp(d->lang, known[i]) == 0)
            return known[i];
    (void)w;
    return "en";
}

/* English: is the -s cue word at i a verb whose object is the act noun
 * at i + 1, a base form listed as a verb and a noun ("a new survey shows
 * support for the plan", "the poll shows anger over the levy")?  The
 * noun has a preposition, a mark or the end of the sentence after it
 * (the verb "support" would take an object), and a noun, not a
 * determiner or "to", stands before the -s word (its subject). */
static int
en_verb_before_act_noun(ctx *x, int32_t i)
{
    ws_doc *d = x->d;
    int32_t n = i + 1;
    if (i < 1 || n + 1 >= x->ntok || x->cuelen[n] != 1 ||
        !(x->cueattr[n] & C_ACT) || !en_bare(x, n) || en_bare(x, i) ||
        d->tokens.v[n + 1].sent != d->tokens.v[i].sent ||
        d->tokens.v[i - 1].sent != d->tokens.v[i].sent)
        return 0;
    const char *sw = ws_tok_ptr(d, i);
    int32_t sl = ws_tok_blen(d, i);
    if (sl < 4 || sw[sl - 1] != 's' || sw[sl - 2] == 's')
        return 0;
    size_t fl;
    const char *f = tok_fold(x, n, &fl);
    const char *w1 = ws_lex_word(x->L.cues, f, fl);
    if (w1 == NULL || !(attrs(x, w1, NULL) & C_ACTN))
        return 0;
    if (!ws_tok_is_word(d, i - 1) || is_det(x, i - 1) ||
        tok_is(d, i - 1, "to") || x->cuelen[i - 1] ||
        (lexclass(x, x->L.skip, i - 1) & (K_PREP | K_ADV | K_CONJ)))
        return 0;
    return (lexclass(x, x->L.skip, n + 1) & K_PREP) ||
           is_clause_punct(d, n + 1) || ws_tok_is_final(d, n + 1);
}

/* English: does the word at k, between a light verb and its act noun,
 * end the noun phrase the verb takes: "to" or a preposition ("the
 * pledge they made to support X", "made it to support ...")?  Then the
 * noun after it is no object of the light verb. */
static int
en_light_act_gap(ctx *x, int32_t k)
{
    return tok_is(x->d, k, "to") || (lexclass(x, x->L.skip, k) & K_PREP);
}

/* English: does the cue phrase of m words at i end in a word that opens
 * an act noun's phrase with the word after it: "made the case" before
 * "for" ("case for" is an act noun after a light verb)?  Then the light
 * verb's act is read instead of the phrase of saying, which takes a
 * content clause ("made the case that ..."). */
static int
en_phrase_ends_in_act(ctx *x, int32_t i, int m)
{
    const char *nv;
    int32_t t = i + m - 1;
    return t + 1 < x->ntok && lexmatch(x, x->L.cues, t, &nv) > 1 &&
           (attrs(x, nv, NULL) & C_ACTN);
}

/* English: is the word at k a message noun ("statement", "letter",
 * "memo") that the light verb at i sends as its whole act ("sent a
 * stern letter on Monday", "issued a statement on the floods")?  Not
 * with a demonstrative, which points back at words already reported
 * ("made this statement"), nor with a cue or a quotation after the
 * noun in its sentence, which tells what the message said ("issued a
 * statement saying ...", "sent the board a memo urging ...", "a
 * letter that ...", "a message: ..."). */
static int
en_light_message(ctx *x, int32_t i, int32_t k)
{
    static const char *const msg[] = {
        "statement", "statements", "letter",     "letters",  "message",
        "messages",  "memo",       "communique", "tweet",    "tweets",
        "report",    "reports",    "release",    "releases", "apology"};
    static const char *const dem[] = {"this", "that", "these", "those"};
    ws_doc *d = x->d;
    if (!fold_is(x, k, msg, sizeof msg / sizeof *msg))
        return 0;
    for (int32_t j = i + 1; j < k; j++)
        if (fold_is(x, j, dem, sizeof dem / sizeof *dem))
            return 0;
    int32_t s = d->tokens.v[k].sent;
    for (int32_t j = k + 1; j < x->ntok && d->tokens.v[j].sent == s; j++) {
        const char *v;
        if (x->qid[j] >= 0 || tok_is(d, j, ":") ||
            (j == k + 1 && tok_is(d, j, "that")))
            return 0;
        if (lexmatch(x, x->L.cues, j, &v) > 0)
            return 0;
    }
    return 1;
}

/* English: a light verb of the labels lexicon ("issued", "lodged",
 * "made") with an act noun of the cues lexicon ("warning", "protest",
 * "appeal") up to three words on ("issued a stern warning", "lodged an
 * official protest", "made a fresh appeal") is a reported act's cue
 * through the noun.  The words between are determiners, possessives and
 * modifiers, lowercase and not cues themselves.  Sets the cue at i. */
static void
en_light_act(ctx *x, int32_t i)
{
    ws_doc *d = x->d;
    const char *v;
    /* the loop's first tests on the next word, before the lookup: most
     * words have a mark, a name or "to" after them */
    int32_t i1 = i + 1;
    if (i1 >= x->ntok || d->tokens.v[i1].sent != d->tokens.v[i].sent ||
        !ws_tok_is_word(d, i1) || is_cap(d, i1) || x->qid[i1] >= 0 ||
        tok_is(d, i1, "to"))
        return;
    if (!lang_is(x, "en") || x->cuelen[i] || is_cap(d, i))
        return;
    int32_t s = d->tokens.v[i].sent;
    /* the light verb first: 20k words per MB of English come here, a
     * handful of them light verbs, where the look at the words after
     * them (below) asked the skip lexicon's class of up to four */
    if (lexmatch_may(x, x->L.labels, LM_LABELS, i, &v) != 1 ||
        !vhas(x, v, VW_LIGHT))
        return;
    /* the act noun is the cues lexicon's match at one of the words the
     * loop below reads before it stops: with none where ctx_init's scan
     * (x->lmay) lets one start, no lookup of the words */
    if (x->lmay != NULL) {
        int32_t k = i + 1;
        for (; k < x->ntok && k <= i + 4; k++) {
            if (d->tokens.v[k].sent != s || !ws_tok_is_word(d, k) ||
                is_cap(d, k) || x->qid[k] >= 0 || en_light_act_gap(x, k))
                return;
            if (x->lmay[k] & LM_CUES)
                break;
        }
        if (k >= x->ntok || k > i + 4)
            return;
    }
    for (int32_t k = i + 1; k < x->ntok && k <= i + 4; k++) {
        if (d->tokens.v[k].sent != s || !ws_tok_is_word(d, k) || is_cap(d, k) ||
            x->qid[k] >= 0 || en_light_act_gap(x, k))
            return;
        const char *nv;
        int n = lexmatch(x, x->L.cues, k, &nv);
        if (n > 1 && !(attrs(x, nv, NULL) & C_ACTN)) {
            /* the noun alone when its phrase is no act noun: "renewed
             * his call for calm" (the phrase "call for" is a verb's) */
            size_t fl;
            const char *f = tok_fold(x, k, &fl);
            const char *w1 = ws_lex_word(x->L.cues, f, fl);
            if (w1 != NULL && (attrs(x, w1, NULL) & C_ACTN)) {
                n = 1;
                nv = w1;
            }
        }
        if (n > 0 && !(attrs(x, nv, NULL) & C_ACTN) &&
            en_light_message(x, i, k)) {
            x->cuelen[i] = 1;
            x->cueattr[i] = C_ACT;
            x->cueval[i] = NULL;
            x->cueg[i] = 0;
            return;
        }
        if (n > 0) {
            if (!(attrs(x, nv, NULL) & C_ACTN) || k + n - i > 255)
                return;
            x->cuelen[i] = (uint8_t)(k + n - i);
            x->cueattr[i] = C_ACT;
            x->cueval[i] = nv;
            x->cueg[i] = 0;
            return;
        }
    }
}

/* English: a phrasal act of the cues lexicon ("spoke of", "spoke out
 * about", "talked about", "railed against") with an adverb or a time
 * phrase inside it: "spoke emotionally of ...", "spoke out Sunday about
 * ...", "railed repeatedly against ...".  The verb, an optional "out",
 * up to three words of adverbs and times (stance-skip adv, time; -ly
 * adverbs) and the preposition make one cue through the phrase's entry.
 * Sets the cue at i. */
static void
en_split_act(ctx *x, int32_t i)
{
    static const char *const prep[] = {"of",   "about", "against", "for",
                                       "on",   "at",    "with",    "to",
                                       "over", "after"};
    ws_doc *d = x->d;
    const char *lg = x->L.lang;
    if (lg[0] != 'e' || lg[1] != 'n' || lg[2] != '\0' || i + 2 >= x->ntok)
        return;
    /* a cue, a quoted or a capitalised word opens none: told by its
     * flags before the next word is read */
    if (x->cuelen[i] || x->qid[i] >= 0 || is_cap(d, i))
        return;
    /* most words have no adverb or time after them: the next word's
     * bytes (-ly, a capital), then its class in stance-skip.tsv (adv,
     * time; memoised per token), before any phrase is looked up */
    int32_t s = d->tokens.v[i].sent, j = i + 1;
    const char *jw = ws_tok_ptr(d, j);
    int32_t jl = ws_tok_blen(d, j);
    int out = jl == 3 && memcmp(jw, "out", 3) == 0;
    if (out) {
        j++;
        if (j >= x->ntok)
            return;
        jw = ws_tok_ptr(d, j);
        jl = ws_tok_blen(d, j);
    }
    int ly = jl >= 5 && jw[jl - 1] == 'y' && jw[jl - 2] == 'l';
    int up = jl >= 3 && jw[0] >= 'A' && jw[0] <= 'Z';
    if (!ws_tok_is_word(d, j))
        return;
    int common =
        !ly && !up && (lexclass(x, x->L.skip, j) & (K_ADV | K_TIME)) != 0;
    if (!ly && !up && !common)
        return;
    if (!(up && j + 1 < x->ntok && ws_tok_blen(d, j + 1) <= 7 &&
          ws_tok_ptr(d, j + 1)[0] >= 'a' && ws_tok_ptr(d, j + 1)[0] <= 'w' &&
          is_cap(d, j) && ws_tok_is_word(d, j + 1) && !is_cap(d, j + 1) &&
          fold_is(x, j + 1, prep, sizeof prep / sizeof *prep)) &&
        !(ly && is_ly_adv(x, j)) && !common)
        return;
    int32_t k =
        j < x->ntok ? skip_adv_fwd(x, j, j + 4 < x->ntok ? j + 4 : x->ntok) : j;
    if (k == j || k >= x->ntok || d->tokens.v[k].sent != s || x->qid[k] >= 0 ||
        !fold_is(x, k, prep, sizeof prep / sizeof *prep))
        return;
    for (int32_t t = j; t < k; t++)
        if (x->qid[t] >= 0 || d->tokens.v[t].sent != s)
            return;
    char key[64];
    size_t n0, nk;
    const char *f0 = tok_fold(x, i, &n0);
    const char *fk = tok_fold(x, k, &nk);
    if (n0 + nk + 6 > sizeof key)
        return;
    size_t kl = 0;
    memcpy(key, f0, n0);
    kl = n0;
    if (out) {
        memcpy(key + kl, " out", 4);
        kl += 4;
    }
    key[kl++] = ' ';
    memcpy(key + kl, fk, nk);
    kl += nk;
    const char *v = ws_lex_word(x->L.cues, key, kl);
    unsigned g;
    if (v == NULL || vhas(x, v, VW_NONE) || k - i + 1 > 255 ||
        !(attrs(x, v, &g) & C_ACT))
        return;
    x->cuelen[i] = (uint8_t)(k - i + 1);
    x->cueattr[i] = (uint16_t)attrs(x, v, &g);
    x->cueval[i] = v;
    x->cueg[i] = (uint8_t)g;
}

/* Can an entry of the cues lexicon start at one of the tokens i + 1 ..
 * i + 4 (ctx_init's scan, x->lmay; 1 when unknown)?  en_light_act's act
 * noun is the cues lexicon's match at one of them: a word whose bit is
 * clear has none (ws_lex_scan).  Four bytes in one test when all are in
 * the document. */
static inline int
en_cue_may_follow(const ctx *x, int32_t i)
{
    const uint8_t *lm = x->lmay;
    if (lm == NULL)
        return 1;
    if (i + 4 < x->ntok) {
        uint32_t w;
        memcpy(&w, lm + i + 1, sizeof w);
        return (w & LM_CUES * 0x01010101u) != 0;
    }
    for (int32_t k = i + 1; k < x->ntok; k++)
        if (lm[k] & LM_CUES)
            return 1;
    return 0;
}

/* English: en_light_act's and en_split_act's first tests, inline for
 * ctx_init's sweep, which asks them of every word that starts no cue (1
 * when the call may set a cue at i).  A light verb needs a lowercase
 * word after it in its sentence, outside a quotation, an entry of the
 * labels lexicon that may start at i and one of the cues lexicon that
 * may start at one of the four words after it (ctx_init's scan); a split
 * act a word two tokens from the end at least, where an entry of the
 * cues lexicon may start (its phrase's first word is i's form: a word
 * whose scan bit is clear starts none, whatever follows it).  Neither
 * starts at a cue, a quoted or a capitalised word.  The rules' language
 * is the caller's test. */
static inline int
en_light_act_may(const ctx *x, int32_t i)
{
    const ws_token *t = &x->d->tokens.v[i];
    return i + 1 < x->ntok && !x->cuelen[i] &&
           (x->lmay == NULL || (x->lmay[i] & LM_LABELS)) &&
           (t[0].flags & (WS_TOK_WORD | WS_TOK_UPPER)) !=
               (WS_TOK_WORD | WS_TOK_UPPER) &&
           (t[1].flags & (WS_TOK_WORD | WS_TOK_UPPER)) == WS_TOK_WORD &&
           t[1].sent == t[0].sent && x->qid[i + 1] < 0 &&
           en_cue_may_follow(x, i);
}

static inline int
en_split_act_may(const ctx *x, int32_t i)
{
    return i + 2 < x->ntok && (x->lmay == NULL || (x->lmay[i] & LM_CUES)) &&
           !x->cuelen[i] && x->qid[i] < 0 && !is_cap(x->d, i);
}

/* German "nach" with a source noun: "nach jüngsten Angaben (der
 * Polizei)" before its source, "ihrer Meinung nach" after it. */
static void
src_phrase(ctx *x, int32_t i)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "de") || x->cuelen[i])
        return;
    size_t n;
    const char *f = tok_fold(x, i, &n);
    if (n != 4 || memcmp(f, "nach", 4) != 0)
        return;
    int32_t s = d->tokens.v[i].sent;
    for (int32_t j = i + 1; j < x->ntok && j <= i + 3; j++) {
        if (d->tokens.v[j].sent != s || !ws_tok_is_word(d, j))
            break;
        if (is_cap(d, j)) {
            /* "nach NASA-Angaben": a compound written with a hyphen ends
             * in the source noun */
            int32_t h = j;
            if (j + 2 < x->ntok && tok_is(d, j + 1, "-") &&
                !(d->tokens.v[j].flags & WS_TOK_SPACE) &&
                !(d->tokens.v[j + 1].flags & WS_TOK_SPACE) &&
                d->tokens.v[j + 2].sent == s && ws_tok_is_word(d, j + 2))
                h = j + 2;
            /* "nach Bergers Angaben": a name in the genitive before the
             * source noun */
            if (h == j && j + 1 < x->ntok && d->tokens.v[j + 1].sent == s &&
                is_cap(d, j + 1) && ws_tok_blen(d, j) > 3 &&
                ws_tok_ptr(d, j)[ws_tok_blen(d, j) - 1] == 's' &&
                !(lexclass(x, x->L.cues, j) & C_SRC) &&
                ((lexclass(x, x->L.cues, j + 1) & C_SRC) ||
                 ws_de_src_noun(x->w, d, x->L.cues, j + 1)))
                h = j + 1;
            if ((lexclass(x, x->L.cues, h) & C_SRC) ||
                ws_de_src_noun(x->w, d, x->L.cues, h)) {
                x->cuelen[i] = (uint8_t)(h - i + 1);
                x->cueattr[i] = C_PREP | C_SRC;
            }
            break;
        }
    }
    /* postposition: "ihrer Meinung nach", not "Studien nach der Wahl" */
    if (x->cuelen[i] == 0 && i >= 1 && is_cap(d, i - 1) &&
        !(i + 1 < x->ntok && d->tokens.v[i + 1].sent == s &&
          (is_det(x, i + 1) || is_cap(d, i + 1))) &&
        (lexclass(x, x->L.cues, i - 1) & C_SRC) &&
        d->tokens.v[i - 1].sent == s) {
        int32_t a = i - 1;
        if (a >= 1 && ws_tok_is_word(d, a - 1) && !is_cap(d, a - 1) &&
            d->tokens.v[a - 1].sent == s)
            a--;
        x->cuelen[a] = (uint8_t)(i - a + 1);
        x->cueattr[a] = C_PREP | C_NOSP;
    }
}

/* "по неофициальным данным", "за попередніми даними", "według
 * nieoficjalnych informacji": a preposition of source (stance-skip class
 * "srcprep"), one or two adjectives and a source noun (stance-cues "src") make
 * one cue.  With no name after it the phrase itself is the source; with
 * one ("по предварительным данным Минздрава") the name is. */
static void
src_adj_phrase(ctx *x, int32_t i)
{
    ws_doc *d = x->d;
    /* a word, no longer cue at it, and the loop's first test (two
     * lower-case words after i) before the lexicon's: their parts and-ed
     * as bits, one branch, not seven on the words' flags */
    if (lang_is(x, "de") || i + 2 >= x->ntok)
        return;
    const ws_token *t = &d->tokens.v[i];
    const unsigned wu = WS_TOK_WORD | WS_TOK_UPPER;
    int32_t s = t[0].sent;
    if (!((x->cuelen[i] <= 1) & ((t[0].flags & WS_TOK_WORD) != 0) &
          (t[2].sent == s) & ((t[2].flags & wu) == WS_TOK_WORD) &
          ((t[1].flags & wu) == WS_TOK_WORD)) ||
        !(lexclass(x, x->L.skip, i) & K_SRCP))
        return;
    for (int32_t j = i + 2; j < x->ntok && j <= i + 3; j++) {
        if (d->tokens.v[j].sent != s || !ws_tok_is_word(d, j) || is_cap(d, j) ||
            !ws_tok_is_word(d, j - 1) || is_cap(d, j - 1))
            return;
        if (!(lexclass(x, x->L.cues, j) & C_SRC))
            continue;
        int named = j + 1 < x->ntok && d->tokens.v[j + 1].sent == s &&
                    (is_cap(d, j + 1) || x->ent[j + 1] >= 0);
        x->cuelen[i] = (uint8_t)(j - i + 1);
        x->cueattr[i] = (uint16_t)(C_PREP | (named ? 0 : C_SRC));
        x->cueval[i] = NULL;
        x->cueg[i] = 0;
        return;
    }
}

/* English: is token i a verb of a headline in title case ("Mayor Says
 * Bridge Will Reopen", "Senator Vows To Fight Cuts"): a capitalised
 * third-person form ending in -s in a sentence of at least four words
 * nearly all capitalised? */
static int
en_title_verb(ctx *x, int32_t i)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en") || !is_cap(d, i) || i == 0)
        return 0;
    const char *w = ws_tok_ptr(d, i);
    int32_t wl = ws_tok_blen(d, i);
    if (wl < 4 || w[wl - 1] != 's' || w[wl - 2] == 's')
        return 0;
    int32_t s = d->tokens.v[i].sent;
    int32_t t0 = d->sentences.v[s].tok0, t1 = d->sentences.v[s].tok1;
    if (t1 - t0 > 64)
        return 0; /* a headline is short */
    int32_t words = 0, caps = 0;
    for (int32_t t = t0; t < t1; t++) {
        if (!ws_tok_is_word(d, t) || ws_tok_blen(d, t) < 4)
            continue;
        words++;
        caps += is_cap(d, t);
    }
    return words >= 4 && caps * 5 >= words * 4;
}

/* English: a lowercase cue word inside a person's name is the tagger
 * running two names together across a verb ("Ortiz praised Brandt"): a
 * person's name in English holds no lowercase word but a particle
 * ("van", "de", "bin"), and those are no cues, so the verb stays a cue */
static int
en_verb_in_person(ctx *x, int32_t i)
{
    ws_doc *d = x->d;
    int32_t e = x->ent[i];
    if (!lang_is(x, "en") || e < 0 || d->entities.v[e].type != WS_PERSON ||
        is_cap(d, i) || !ws_tok_is_word(d, i))
        return 0;
    return i > d->entities.v[e].tok0 && i + 1 < d->entities.v[e].tok1;
}

/* Groups sentences that the tokenizer split without final punctuation
 * (see sent_of). */
static void
group_sentences(ctx *x)
{
    ws_doc *d = x->d;
    int32_t ns = d->sentences.n;
    x->sgrp = ws_arena_alloc(d->arena, (size_t)(ns + 1) * sizeof(int32_t));
    x->sgend = ws_arena_alloc(d->arena, (size_t)(ns + 1) * sizeof(int32_t));
    if (x->sgrp == NULL || x->sgend == NULL) {
        x->sgrp = x->sgend = NULL;
        return;
    }
    int32_t head = 0;
    for (int32_t s = 0; s < ns; s++) {
        const ws_sentence *se = &d->sentences.v[s];
        if (s > 0) {
            const ws_sentence *pv = &d->sentences.v[s - 1];
            int32_t last = pv->tok1 - 1;
            /* the last token before closing quotes and brackets */
            while (last > pv->tok0 &&
                   (quote_cp(d, last) || tok_is(d, last, ")")))
                last--;
            int open = pv->para == se->para && pv->tok1 > pv->tok0 &&
                       se->tok1 > se->tok0 && last >= pv->tok0 &&
                       ws_tok_is_word(d, last) && ws_tok_is_word(d, se->tok0);
            if (!open)
                head = s;
        }
        x->sgrp[s] = head;
        x->sgend[head] = se->tok1;
    }
}

/* English: is the word at i the verb "call" naming its object with a
 * quotation ("critics call it \"a scam\"", "Lee and Hale call them
 * \"lone wolves\"", "they would call the plan \"a tax\"")?  The cues
 * lexicon lists the bare form as a noun only ("his call for calm"); as a
 * verb it follows a subject (a personal pronoun, a plural noun or a name,
 * adverbs between) or a modal, and its object (a pronoun, or up to five
 * words with no punctuation) runs to an opening quotation mark.  Read in
 * ctx_init's sweep, before the quotations are found: the mark is told by
 * its character and the space before it. */
static int
en_call_names_quote(ctx *x, int32_t i)
{
    static const char *const call[] = {"call"};
    static const char *const subj[] = {"they", "we", "you", "i", "who"};
    static const char *const modal[] = {"will",   "would", "could", "might",
                                        "should", "may",   "can",   "often",
                                        "now",    "still", "also",  "even"};
    static const char *const obj[] = {"it",   "them", "him",   "her",
                                      "this", "that", "these", "those",
                                      "us",   "me",   "what",  "themselves"};
    ws_doc *d = x->d;
    int32_t sn = d->tokens.v[i].sent;
    if (i < 1 || i + 2 >= x->ntok || !fold_is(x, i, call, 1) ||
        d->tokens.v[i - 1].sent != sn)
        return 0;
    int32_t k = i - 1;
    while (k > 0 && d->tokens.v[k - 1].sent == sn && is_ly_adv(x, k))
        k--;
    if (!ws_tok_is_word(d, k) || is_det(x, k) ||
        !(fold_is(x, k, subj, sizeof subj / sizeof *subj) ||
          fold_is(x, k, modal, sizeof modal / sizeof *modal) || is_cap(d, k) ||
          (ends_plural(x, k) &&
           !(lexclass(x, x->L.skip, k) & (K_PREP | K_CONJ | K_ADV)))))
        return 0;
    int32_t j = i + 1;
    if (fold_is(x, j, obj, sizeof obj / sizeof *obj))
        j++;
    else
        while (j < i + 6 && j < x->ntok && d->tokens.v[j].sent == sn &&
               (ws_tok_is_word(d, j) || tok_is(d, j, "'s") ||
                tok_is(d, j, "\xe2\x80\x99s")) &&
               !(j == i + 1 && (lexclass(x, x->L.skip, j) & K_PREP)))
            j++;
    if (j == i + 1 || j >= x->ntok || d->tokens.v[j].sent != sn)
        return 0;
    int32_t q = quote_cp(d, j);
    return (q == '"' || q == 0x201C) &&
           (d->tokens.v[j - 1].flags & WS_TOK_SPACE) != 0;
}

/* Marks tokens i .. i + n - 1 in x->cuestart (ctx_init's sweep, which
 * asks the cues lexicon of every word it does not skip) */
static void
cue_start_mark(ctx *x, int32_t i, int32_t n)
{
    for (int32_t k = i; x->cuestart != NULL && k < i + n && k < x->ntok; k++)
        x->cuestart[k >> 6] |= (uint64_t)1 << (k & 63);
}

/* The lexicons ctx_init's sweep asks of each word (cues; labels for a
 * light verb; skip for the words after it), asked of every word in one
 * pass (x->lmay); a word where no entry of skip starts has class 0
 * (lexclass_look's answer, kept in x->skipc before it is asked). */
static void
scan_words(ctx *x)
{
    ws_doc *d = x->d;
    uint16_t *skipc = x->skipc;
    x->lmay = ws_arena_alloc_raw(d->arena, (size_t)x->ntok + 1);
    int sk =
        skipc != NULL && x->lmay != NULL && x->L.skip != NULL && x->lang_same;
    /* (0xFFFF: not looked up yet; with sk the loop below writes every
     * token's entry, so only the end's is set here) */
    if (sk)
        skipc[x->ntok] = 0xFFFF;
    else if (skipc != NULL)
        memset(skipc, 0xFF, ((size_t)x->ntok + 1) * sizeof(uint16_t));
    if (x->lmay == NULL)
        return;
    const ws_lex *lxs[3] = {x->L.cues, x->L.labels, x->L.skip};
    ws_lex_scan(lxs, 3, x->w, d, 0, x->ntok, x->lmay);
    /* (a mask per token, no branch: which tokens are none is data) */
    const ws_token *t = d->tokens.v;
    uint8_t *lmay = x->lmay;
    int32_t i = 0, nt = x->ntok;
#if defined(__SSE2__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* four tokens a step, the loop below's answers: one 16-byte load a
     * token of its bstart, bend, sent and flags, turned into a vector of
     * each (the scalar loop took some 30 instructions a token) */
    _Static_assert(offsetof(ws_token, bend) == offsetof(ws_token, bstart) + 4 &&
                       offsetof(ws_token, flags) ==
                           offsetof(ws_token, bstart) + 12,
                   "bstart, bend, sent, flags in a row");
    _Static_assert(WS_TOK_WORD == 1 && LM_ASK == 8 && WS_TOK_QUOTE == 32 &&
                       LM_QUOTE == 16,
                   "the shifts below");
    const __m128i c64 = _mm_set1_epi32(64), m3 = _mm_set1_epi32(3),
                  m4 = _mm_set1_epi32(LM_SKIP), m8 = _mm_set1_epi32(LM_ASK),
                  m16 = _mm_set1_epi32(LM_QUOTE), z = _mm_setzero_si128();
    for (; i + 4 <= nt; i += 4) {
        __m128i r0 = _mm_loadu_si128((const void *)&t[i].bstart);
        __m128i r1 = _mm_loadu_si128((const void *)&t[i + 1].bstart);
        __m128i r2 = _mm_loadu_si128((const void *)&t[i + 2].bstart);
        __m128i r3 = _mm_loadu_si128((const void *)&t[i + 3].bstart);
        __m128i a01 = _mm_unpacklo_epi32(r0, r1); /* bstart, bend */
        __m128i a23 = _mm_unpacklo_epi32(r2, r3);
        __m128i b01 = _mm_unpackhi_epi32(r0, r1); /* sent, flags */
        __m128i b23 = _mm_unpackhi_epi32(r2, r3);
        __m128i len = _mm_sub_epi32(_mm_unpackhi_epi64(a01, a23),
                                    _mm_unpacklo_epi64(a01, a23));
        __m128i f = _mm_unpackhi_epi64(b01, b23);
        __m128i shrt = _mm_cmplt_epi32(len, c64); /* (all ones: short) */
        uint32_t l4;
        memcpy(&l4, lmay + i, 4);
        __m128i l = _mm_unpacklo_epi16(
            _mm_unpacklo_epi8(_mm_cvtsi32_si128((int)l4), z), z);
        /* (ask, a bit of cues or labels or not short, and the word bit
         * moved to LM_ASK's) */
        __m128i ask = _mm_andnot_si128(
            _mm_and_si128(_mm_cmpeq_epi32(_mm_and_si128(l, m3), z), shrt),
            _mm_slli_epi32(f, 3));
        __m128i nl = _mm_or_si128(
            l, _mm_or_si128(_mm_and_si128(ask, m8),
                            _mm_and_si128(_mm_srli_epi32(f, 1), m16)));
        nl = _mm_packus_epi16(_mm_packs_epi32(nl, z), z);
        l4 = (uint32_t)_mm_cvtsi128_si32(nl);
        memcpy(lmay + i, &l4, 4);
        if (sk) {
            /* 0 where none (no bit of skip, short), else 0xFFFF */
            __m128i none =
                _mm_and_si128(_mm_cmpeq_epi32(_mm_and_si128(l, m4), z), shrt);
            __m128i sc = _mm_packs_epi32(_mm_cmpeq_epi32(none, z), z);
            _mm_storel_epi64((void *)(skipc + i), sc);
        }
    }
#endif
    for (; i < nt; i++) {
        unsigned f = t[i].flags;
        unsigned shrt = t[i].bend - t[i].bstart < 64;
        unsigned ask = ((lmay[i] & (LM_CUES | LM_LABELS)) != 0) | (shrt ^ 1u);
        lmay[i] |= (uint8_t)((ask & f & WS_TOK_WORD) * LM_ASK |
                             ((f & WS_TOK_QUOTE) != 0) * LM_QUOTE);
        if (sk) {
            unsigned none = ((lmay[i] & LM_SKIP) == 0) & shrt;
            skipc[i] = (uint16_t)(none - 1u);
        }
    }
}

/* ctx_init's sweep of fold_is()'s signatures: tok_sig_ascii's answer
 * for every token.  A token of 1 to 16 bytes with 8 bytes of the text
 * from its start (the text is NUL-terminated: its len + 1 bytes are
 * readable) is tested without a branch on its length: its first and its
 * last 8 bytes (the same 8 under 9 bytes), the bytes past its end
 * masked off (a borrow runs only towards them) */
static void
fsig_sweep(ctx *x)
{
    const ws_doc *d = x->d;
    const ws_token *t = d->tokens.v;
    const unsigned char *text = (const unsigned char *)d->text;
    const uint64_t ones = 0x0101010101010101ull, high = ones << 7;
    uint16_t *fsig = x->fsig;
    for (int32_t i = 0, nt = x->ntok; i < nt; i++) {
        int32_t b = t[i].bstart, rl = t[i].bend - b;
        if ((uint32_t)(rl - 1) >= 16u || (size_t)b + 8 > d->len + 1) {
            fsig[i] = (uint16_t)tok_sig_ascii(d, i);
            continue;
        }
        const unsigned char *r = text + b;
        uint64_t w0, w1;
        memcpy(&w0, r, 8);
        memcpy(&w1, r + (rl > 8 ? rl - 8 : 0), 8);
        uint64_t keep = ~0ull >> (8 * (8 - (rl < 8 ? rl : 8)));
        uint64_t bad =
            (w0 | ((w0 - ones) & ~w0) | w1 | ((w1 - ones) & ~w1)) & high & keep;
        unsigned c0 = r[0], cl = r[rl - 1];
        c0 |= (unsigned)(c0 - 'A' < 26u) << 5;
        cl |= (unsigned)(cl - 'A' < 26u) << 5;
        unsigned s =
            1 + ws_fold_sig((unsigned char)c0, (unsigned char)cl, (size_t)rl);
        fsig[i] = (uint16_t)(bad ? FSIG_NONE : s);
    }
}

/* Sets x->cuebits from x->cuelen (left NULL without memory): sixteen
 * tokens' lengths a step */
static void
cue_bits_make(ctx *x)
{
    int32_t nt = x->ntok, nk = nt / 64 + 1;
    uint64_t *b = ws_arena_alloc(x->d->arena, (size_t)nk * sizeof(uint64_t));
    if (b == NULL)
        return;
    const uint8_t *c = x->cuelen;
    int32_t t = 0;
#if defined(__SSE2__)
    const __m128i z = _mm_setzero_si128();
    for (; t + 16 <= nt; t += 16) {
        __m128i v = _mm_loadu_si128((const void *)(c + t));
        unsigned m =
            (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, z)) ^ 0xFFFFu;
        b[t >> 6] |= (uint64_t)m << (t & 63);
    }
#endif
    for (; t < nt; t++)
        b[t >> 6] |= (uint64_t)(c[t] != 0) << (t & 63);
    x->cuebits = b;
}

/* Asks for the lines of the n bytes at p, to be read a while later
 * (into the L2: the sweep between them would evict them from the L1) */
static void
prefetch_lines(const void *p, size_t n)
{
    const char *c = p;
    for (size_t o = 0; c != NULL && o < n; o += 64)
        __builtin_prefetch(c + o, 0, 1);
}

static int
ctx_init(ctx *x, ws_worker *w, ws_doc *d)
{
    memset(x, 0, sizeof(*x));
    x->w = w;
    x->d = d;
    x->ntok = d->tokens.n;
    load_lexset(w, pick_lang(w, d), &x->L);
    {
        /* (always two letters and the NUL: pick_lang's codes) */
        const char *g = x->L.lang;
        x->lang16 = g[0] != '\0' && g[1] != '\0' && g[2] == '\0'
                        ? (uint16_t)((unsigned char)g[0] |
                                     (unsigned)(unsigned char)g[1] << 8)
                        : 0;
    }
    x->lang_same = strcmp(x->L.lang, d->lang) == 0;
    x->skc = skc_table(w);
    lsig_table(x);
    x->pam = ws_tltab_get(&pam_tab, w, PAM_SLOTS * sizeof(pam_ent));
    {
        char lk[8] = {0}; /* (the bytes after the NUL zeroed) */
        for (size_t k = 0; k < sizeof lk && d->lang[k]; k++)
            lk[k] = d->lang[k];
        memcpy(&x->skc_lang, lk, sizeof x->skc_lang);
    }
    size_t n = (size_t)x->ntok + 1;
    x->qid = ws_arena_alloc_raw(d->arena, n * sizeof(int32_t));
    /* (every entry written: -1 by index_entities, the one past the last
     * token 0 here) */
    x->ent = ws_arena_alloc_raw(d->arena, n * sizeof(int32_t));
    x->cuelen = ws_arena_alloc(d->arena, n);
    x->cueused = ws_arena_alloc(d->arena, n);
    x->cueg = ws_arena_alloc(d->arena, n);
    x->cueattr = ws_arena_alloc(d->arena, n * sizeof(uint16_t));
    x->cueval = ws_arena_alloc(d->arena, n * sizeof(const char *));
    if (!x->qid || !x->ent || !x->cuelen || !x->cueused || !x->cueg ||
        !x->cueattr || !x->cueval)
        return -WS_ENOMEM;
    {
        int32_t *qid = x->qid, nt = x->ntok;
        for (int32_t i = 0; i < nt; i++)
            qid[i] = -1;
        qid[nt] = 0;
        x->ent[nt] = 0;
    }
    /* (every entry written by scan_words: 0xFFFF, or 0 when no entry of
     * L.skip can start at the token) */
    x->skipc = ws_arena_alloc_raw(d->arena, n * sizeof(uint16_t));
    /* (fc's entries zeroed on first use: fc_entry) */
    x->fcset =
        ws_arena_alloc(d->arena, ((size_t)x->ntok / 64 + 1) * sizeof(uint64_t));
    x->fc = x->fcset != NULL ? ws_arena_alloc_raw(d->arena, n * sizeof(tokfold))
                             : NULL;
    /* fold_is()'s signatures of the ASCII tokens (most; the others are
     * folded first, on first use): ner's, made as it folded every token,
     * when it had these tokens, else swept here (whosaid run: per MB of
     * English est2 1273.4M -> 1266.1M, the sweep's 17M less ner's 4M and
     * the first reads of the tokens, which ws_lex_scan makes now) */
    if (d->tsig != NULL && d->tsig_n == x->ntok) {
        x->fsig = d->tsig;
    } else {
        x->fsig = ws_arena_alloc_raw(d->arena, n * sizeof(uint16_t));
        if (x->fsig != NULL)
            fsig_sweep(x);
    }
    /* (skipv's and spkv's entries read once looked up: a bit each in
     * skipset, spkset) */
    size_t nw = (size_t)x->ntok / 64 + 1;
    x->skipset = ws_arena_alloc(d->arena, nw * sizeof(uint64_t));
    x->spkset = ws_arena_alloc(d->arena, nw * sizeof(uint64_t));
    x->skipv = x->skipset != NULL
                   ? ws_arena_alloc_raw(d->arena, n * sizeof(const char *))
                   : NULL;
    x->spkv = x->spkset != NULL
                  ? ws_arena_alloc_raw(d->arena, n * sizeof(const char *))
                  : NULL;
    x->pgm = ws_arena_alloc(d->arena, n);
    x->pwm = ws_arena_alloc(d->arena, n);
    /* cues */
    int lg_en = lang_is(x, "en"), lg_de = lang_is(x, "de");
    /* (ws_de_konj1 answers only in a German document: asked once here,
     * not per word) */
    int doc_de = strcmp(d->lang, "de") == 0;
    x->cuestart =
        ws_arena_alloc(d->arena, ((size_t)x->ntok / 64 + 1) * sizeof(uint64_t));
    /* The entities and the sentences are first read here since ner and
     * the tokenizer wrote them, a batch of documents ago: their lines
     * asked for now, read after ws_lex_scan's sweep (index_entities
     * waited on a miss at nearly every entity) */
    prefetch_lines(d->entities.v, (size_t)d->entities.n * sizeof(ws_entity));
    prefetch_lines(d->sentences.v,
                   (size_t)d->sentences.n * sizeof(ws_sentence));
    scan_words(x);
    /* (after scan_words: group_sentences reads the last token of each
     * sentence, and as the first read of the tokens since ner wrote them
     * those scattered reads each waited on a miss; ws_lex_scan's sweep
     * reads them in order, which the prefetcher streams) */
    group_sentences(x);
    index_entities(x);
    d->ner_index = NULL; /* index_entities may set tok0/tok1 */
    build_indexes(x);
    /* outside German a token that is no word, or a word where no entry
     * of the cues or the labels lexicon may start, under 64 bytes, is
     * neither marked nor asked by a rule below: the loop goes to the
     * next one that is (LM_ASK) */
    const int hop = x->lmay != NULL && !lg_de && !doc_de;
    for (int32_t i = 0; i < x->ntok; i++) {
        if (hop && (i = next_lmay(x, i, LM_ASK)) >= x->ntok)
            break;
        if (!ws_tok_is_word(d, i))
            continue;
        const char *v;
        int m = lexmatch_may(x, x->L.cues, LM_CUES, i, &v);
        /* (a token too long for a lookup is marked too: en_lex_prep) */
        if (m != 0 || ws_tok_blen(d, i) >= 64)
            cue_start_mark(x, i, m > 1 ? m : 1);
        if (m > 1 && lg_en && en_phrase_ends_in_act(x, i, m)) {
            en_light_act(x, i);
            if (x->cuelen[i])
                continue;
        }
        if (m <= 0) {
            /* (src_phrase reads German only: the test asked once) */
            if (lg_de)
                src_phrase(x, i);
            if (lg_en && en_light_act_may(x, i))
                en_light_act(x, i);
            if (lg_en && en_split_act_may(x, i))
                en_split_act(x, i);
            if (!x->cuelen[i] && doc_de && ws_de_konj1(w, d, i)) {
                x->cuelen[i] = 1;
                x->cueattr[i] = C_SUBJ;
            }
            continue;
        }
        unsigned g;
        unsigned a = attrs(x, v, &g);
        /* a fixed phrase that holds a cue word but reports no words
         * ("requested anonymity", "declined to be named"): none of its
         * words is a cue */
        if (vhas(x, v, VW_NONE)) {
            i += m - 1;
            continue;
        }
        if (m == 1 && lg_en && (a & C_ACTN) && en_call_names_quote(x, i))
            a |= C_ACT;
        if ((a & ~(unsigned)(C_DOC | C_SRC | C_ACTN)) == 0)
            continue;
        if (a == C_SUBJ && lang_is(x, "de") &&
            !ws_de_subj_form(w, d, x->L.cues, i))
            continue;
        if (m == 1 && lang_is(x, "en")) {
            /* English cues are listed in every form: "supporters" is not
             * "support" */
            if (lexw_form(x, x->L.cues, i) == NULL)
                continue;
            /* the first part of a hyphenated compound is no verb
             * ("feel-good", "say-so", "call-in show") */
            if (i + 2 < x->ntok && en_hyph_joint(x, i + 1) &&
                ws_tok_is_word(d, i + 2))
                continue;
        }
        if (m == 1 && lang_is(x, "de") && (a & (C_SAY | C_ACT)) &&
            is_cap(d, i) && i > 0 &&
            d->tokens.v[i - 1].sent == d->tokens.v[i].sent &&
            (ws_tok_is_word(d, i - 1) || ws_tok_is(d, i - 1, ",") ||
             (ws_tok_ptr(d, i - 1)[0] >= '0' &&
              ws_tok_ptr(d, i - 1)[0] <= '9') ||
             (ws_tok_is(d, i - 1, "-") &&
              !(d->tokens.v[i - 1].flags & WS_TOK_SPACE)))) {
            /* a noun inside the sentence ("Erklärungen", also after a
             * comma: "..., Warnungen ...", a number or a hyphen: "3:3-
             * Unentschieden", and one written like a verb form: "die
             * Versicherten", "dem Schreiben") is no verb */
            continue;
        }
        if (m == 1 && lang_is(x, "de") && i + 1 < x->ntok && is_cap(d, i + 1) &&
            !is_cap(d, i) && d->tokens.v[i + 1].sent == d->tokens.v[i].sent) {
            /* an inflected participle before a noun is an adjective
             * ("die genannten Namen") */
            size_t fl;
            const char *f = tok_fold(x, i, &fl);
            if (ws_lex_word(x->L.cues, f, fl) == NULL)
                continue;
        }
        if (m == 1 && de_attr_participle(x, i))
            continue;
        if (m == 1 && (a & C_PREP) && doc_de && ws_de_laut_adverb(w, d, i))
            continue;
        if (m == 1 && i > 0 && fr_passive_aux(x, i - 1))
            continue;
        /* "sagte weitere Hilfe zu": a separable particle makes the
         * speech verb an act */
        if (m == 1 && ws_de_sep_act(w, d, v, i))
            a = (a & ~(unsigned)C_SAY) | C_ACT;
        x->cuelen[i] = (uint8_t)(m > 255 ? 255 : m);
        x->cueattr[i] = (uint16_t)a;
        x->cueval[i] = v;
        x->cueg[i] = (uint8_t)g;
        /* English: a verb that is a cue only with a word after it ("sees
         * the deal as a mistake", req:as) is no cue without it, so it
         * neither makes a statement nor ends another's content ("allowing
         * voters to see the ledger") */
        if (lg_en && !cue_requirement_ok(x, i, m, sent_t1(x, i)))
            x->cuelen[i] = 0;
        /* English: a verb of acts that takes a direct object (obj) with a
         * preposition right after it is a participle or another sense
         * ("the judge nominated for the high court", "signed on to"): no
         * cue (its agent "by" stays: "was appointed by the governor") */
        if (lg_en && m == 1 && i + 1 < x->ntok && ws_tok_is_word(d, i + 1) &&
            !tok_is(d, i + 1, "by") &&
            (lexclass(x, x->L.skip, i + 1) & K_PREP) && vhas(x, v, VW_OBJ))
            x->cuelen[i] = 0;
        /* a cue inside a multi-token name is no cue (but a headline in
         * title case is no name: "Mayor Says Bridge Will Reopen") */
        if (x->ent[i] >= 0 && d->entities.v[x->ent[i]].type != WS_ROLE &&
            !(a & (C_COMP | C_PREP | C_POST)) && !en_title_verb(x, i) &&
            !en_verb_in_person(x, i))
            x->cuelen[i] = 0;
    }
    /* (src_adj_phrase reads no German, nor a language whose skip
     * lexicon has no source preposition (English, French): both tests
     * asked once, where the pass asked the skip lexicon's class of most
     * words followed by two lower-case ones: per MB of English est2
     * -3.6M in ctx_init, -1.4M in lexclass_look.  A word whose class in
     * L.skip is known already, without K_SRCP, opens no phrase: one test
     * of its kept class, no call) */
    int srcp =
        !lang_is(x, "de") && ws_lex_values_may_have(x->L.skip, "srcprep");
    {
        /* (the tokens to ask as a bit each, 64 at a time, without a
         * branch per token: src_adj_phrase(x, i) writes only token i's
         * entries, so no later token's bit changes) */
        const uint16_t *sc = x->skipc;
        for (int32_t b = 0, nt = srcp ? x->ntok : 0; b < nt; b += 64) {
            int32_t e = nt - b < 64 ? nt - b : 64;
            uint64_t m = ~(uint64_t)0;
            if (sc != NULL) {
                /* (0xFFFF, not looked up yet, has the bit of K_SRCP) */
                _Static_assert(K_SRCP == 1 << 8, "K_SRCP is bit 8");
                m = 0;
                int32_t k = 0;
#if defined(__SSE2__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                /* sixteen tokens at a time: K_SRCP (bit 8) shifted to
                 * each 16-bit lane's sign, packed to bytes with their
                 * signs, one bit per byte */
                for (; k + 16 <= e; k += 16) {
                    __m128i lo = _mm_loadu_si128((const void *)(sc + b + k));
                    __m128i hi =
                        _mm_loadu_si128((const void *)(sc + b + k + 8));
                    __m128i p = _mm_packs_epi16(_mm_slli_epi16(lo, 7),
                                                _mm_slli_epi16(hi, 7));
                    m |= (uint64_t)(uint32_t)_mm_movemask_epi8(p) << k;
                }
#endif
                for (; k < e; k++)
                    m |= (uint64_t)((sc[b + k] & K_SRCP) != 0) << k;
            } else if (e < 64)
                m = ((uint64_t)1 << e) - 1;
            for (; m != 0; m &= m - 1)
                src_adj_phrase(x, b + __builtin_ctzll(m));
        }
    }
    /* (every cue is made by now: the passes below drop some, with
     * cue_drop, which keeps the bits) */
    cue_bits_make(x);
    /* English: an -s cue word before a base-form speech verb is a plural
     * noun, that verb's subject ("media reports suggest", "the claims
     * show"), and after "to" a noun too ("according to reports"): no
     * cue; but before an act noun it is the verb ("the survey shows
     * support for ...") */
    /* (the cues only: next_cue's bits, 64 tokens a word, between them) */
    for (int32_t i = next_cue(x, 0); lg_en && i + 1 < x->ntok;
         i = next_cue(x, i + 1)) {
        if (x->cuelen[i] != 1) /* (both tests ask a cue of one word) */
            continue;
        if (en_verb_before_act_noun(x, i)) {
            cue_drop(x, i + 1);
            continue;
        }
        if (x->cuelen[i] != 1 ||
            !((x->cuelen[i + 1] != 0 && is_speech_cue(x->cueattr[i + 1]) &&
               en_bare(x, i + 1)) ||
              (i > 0 && tok_is(d, i - 1, "to"))))
            continue;
        const char *sw = ws_tok_ptr(d, i);
        int32_t sl = ws_tok_blen(d, i);
        if (sl > 3 && sw[sl - 1] == 's' && sw[sl - 2] != 's')
            cue_drop(x, i);
    }
    /* a cue inside a longer one ("condamné" in "a condamné") is none */
    {
        const uint8_t *cl = x->cuelen;
        for (int32_t i = next_cue(x, 0), nt = x->ntok; i < nt;
             i = next_cue(x, i + 1))
            for (int32_t k = i + 1; k < i + cl[i] && k < nt; k++)
                if (cl[k] != 0)
                    cue_drop(x, k);
    }
    /* the dateline opening the body: "BERLIN (dpa) -", "PARIS, 5 mai
     * (AFP) -" */
    x->dl0 = x->dl1 = -1;
    if (d->place && d->place[0]) {
        int32_t b0 = -1;
        for (int32_t p = 0; p < d->paragraphs.n && b0 < 0; p++) {
            if (p == 0 && d->title && d->paragraphs.n > 1)
                continue;
            for (int32_t i = 0; i < x->ntok; i++)
                if (d->tokens.v[i].start >= d->paragraphs.v[p].start) {
                    b0 = i;
                    break;
                }
        }
        for (int32_t i = b0; b0 >= 0 && i < x->ntok && i < b0 + 40; i++) {
            if (tok_is(d, i, ")")) {
                int32_t e = i + 1;
                if (e < x->ntok && (is_dash(d, e) || tok_is(d, e, "-")))
                    e++;
                x->dl0 = b0;
                x->dl1 = e;
                break;
            }
        }
    }
    /* headline repeated as the lead: its statements would be duplicates */
    x->skip_para = -1;
    if (d->title && d->title[0] && d->paragraphs.n > 1) {
        size_t tl = strlen(d->title);
        int32_t p0b = ws_doc_byte(d, d->paragraphs.v[0].start);
        int32_t p0e = ws_doc_byte(d, d->paragraphs.v[0].end);
        const char *in0 = strstr(d->text + p0b, d->title);
        if (tl > 20 && in0 && in0 < d->text + p0e &&
            strstr(d->text + p0e, d->title) != NULL)
            x->skip_para = 0;
        /* the header line of an article ("date 2023-03-03 <headline>"):
         * headline attributions are not statements of the article */
        const char *h = d->text + p0b;
        while (*h == ' ' || *h == '\t')
            h++;
        if (d->date && in0 && in0 < d->text + p0e &&
            strncmp(h, "date ", 5) == 0)
            x->skip_para = 0;
    }
    return 0;
}

/* A cue listed "quote" ("continued", "chanted", "put it") speaks only
 * next to a quotation: the quote opens right after it ('continued: "',
 * 'chanted "') or closed a few tokens before it in the same sentence
 * ('"...," she continued').  Elsewhere ("continued to rise", "the crowd
 * chanted for hours") it is no cue.  One bounded look per cue. */
/* English: does a "that" clause follow a verb of loud speech that ends
 * before j ("shouted that the bridge was out", "chanted that the owner
 * must go")?  "that" before a noun or a final mark is a determiner or a
 * pronoun ("yelled that word", "shouted that"), not a clause. */
/* English: past an addressee "to X" of a verb of loud speech
 * ("shouted to the guards that ...", "yelled to her that ..."): the
 * token after it when "that" ends a short phrase of words (up to four,
 * no punctuation or quotation) opening with a determiner, a pronoun or
 * a name; else j. */
static int32_t
en_loud_addressee(ctx *x, int32_t j, int32_t s1)
{
    ws_doc *d = x->d;
    static const char *const obj[] = {"him", "her", "them",    "me",
                                      "us",  "you", "everyone"};
    if (j + 2 >= s1 || !tok_is(d, j, "to") || x->qid[j + 1] >= 0 ||
        !(is_det(x, j + 1) ||
          fold_is(x, j + 1, obj, sizeof obj / sizeof *obj) ||
          is_cap(d, j + 1) || x->ent[j + 1] >= 0))
        return j;
    for (int32_t k = j + 2; k < s1 && k <= j + 5; k++) {
        if (tok_is(d, k, "that"))
            return k;
        if (!ws_tok_is_word(d, k) || x->qid[k] >= 0 || x->cuelen[k])
            return j;
    }
    return j;
}

static int
en_loud_that(ctx *x, int32_t j)
{
    static const char *const loud[] = {
        "shout",      "shouts",    "shouted", "shouting", "yell",
        "yells",      "yelled",    "yelling", "scream",   "screams",
        "screamed",   "screaming", "whisper", "whispers", "whispered",
        "whispering", "mutter",    "mutters", "muttered", "muttering",
        "chant",      "chants",    "chanted", "chanting"};
    ws_doc *d = x->d;
    if (j < 1 || j >= x->ntok ||
        !fold_is(x, j - 1, loud, sizeof loud / sizeof *loud))
        return 0;
    int32_t s1 = sent_t1(x, j - 1);
    j = en_loud_addressee(x, j, s1);
    if (j + 2 >= s1 || !tok_is(d, j, "that") || x->qid[j] >= 0 ||
        x->qid[j + 1] >= 0)
        return 0;
    /* a clause's subject: a pronoun, "there", a determiner or a name */
    return en_clause_opens(x, j + 1, s1) || is_det(x, j + 1) ||
           is_cap(d, j + 1) || x->ent[j + 1] >= 0;
}

/* English: is there a plural noun of a document or of figures that the
 * speakers lexicon lists right before i, or before a short prepositional
 * phrase that ends right before i? */
static int
en_doc_plural_subject(ctx *x, int32_t i)
{
    ws_doc *d = x->d;
    if (en_doc_plural(x, i - 1))
        return 1;
    /* across a short prepositional phrase: "figures from the census
     * show ...", "polls in both states show ..." (at most 8 words, none a
     * verb, a cue, a subordinator or a punctuation mark) */
    for (int32_t k = i - 1; k >= 1 && k >= i - 8; k--) {
        if (d->tokens.v[k].sent != d->tokens.v[i].sent ||
            !(ws_tok_is_word(d, k) || (d->tokens.v[k].flags & WS_TOK_NUM)) ||
            x->qid[k] >= 0 || x->cuelen[k] || en_finite(x, k))
            return 0;
        unsigned c = lexclass(x, x->L.skip, k);
        if (c & K_SUB)
            return 0;
        if (c & K_PREP)
            return k < i - 1 && ws_tok_is_word(d, k - 1) &&
                   d->tokens.v[k - 1].sent == d->tokens.v[i].sent &&
                   en_doc_plural(x, k - 1);
    }
    return 0;
}

/* English: a cue form listed "noun" at i ("show", "note") right after a
 * plural noun of a document or of figures that the speakers lexicon lists
 * as its subject ("polls show a tight race", "the logs note two faults"),
 * with a word after it that is no preposition: the verb, which takes a
 * plain object as well as a clause there (its clause-only mark is
 * lifted).  1 when so. */
static int
en_doc_plural_verb(ctx *x, int32_t i)
{
    ws_doc *d = x->d;
    int32_t s1 = sent_t1(x, i);
    if (i < 1 || i + 1 >= s1 || x->qid[i] >= 0 ||
        d->tokens.v[i - 1].sent != d->tokens.v[i].sent ||
        !ws_tok_is_word(d, i - 1) || !en_doc_plural_subject(x, i) ||
        !ws_tok_is_word(d, i + 1) || x->qid[i + 1] >= 0 ||
        (lexclass(x, x->L.skip, i + 1) & (K_PREP | K_CONJ | K_SUB)))
        return 0;
    x->cueattr[i] &= ~(unsigned)C_CLAUSE;
    return 1;
}

/* English: a cue form listed "noun" is also a common noun ("states",
 * "show", "note", "claim"): it is a cue word only right before "that"
 * or a content clause ("the memo states that ...", "the logs show the
 * pump had failed").  Elsewhere ("a coalition of states suing a regulator",
 * "according to show staff", "the states that may lose seats") it is
 * cleared before any pass reads it, so the noun stays inside its noun
 * phrase.  One look per cue. */
static void
en_noun_form_cues(ctx *x)
{
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    /* (the cues only: next_cue's bits, 64 tokens a word, between them) */
    for (int32_t i = next_cue(x, 0); i < x->ntok; i = next_cue(x, i + 1)) {
        if (x->cuelen[i] != 1 || !x->cueval[i] ||
            !vhas(x, x->cueval[i], VW_NOUN))
            continue;
        static const char *const adv[] = {"when", "where", "if"};
        int32_t s1 = sent_t1(x, i);
        int32_t j = i + 1;
        /* after a determiner or a possessive it is the noun ("repeated
         * the claim that ...": the noun pass reads it) */
        if (i > 0 && d->tokens.v[i - 1].sent == d->tokens.v[i].sent &&
            (is_det(x, i - 1) || en_poss_clitic(d, i - 1))) {
            cue_drop(x, i);
            continue;
        }
        if (en_doc_plural_verb(x, i))
            continue;
        /* "that" opening a clause, not a relative one ("states that
         * may lose seats"): no finite verb right after it */
        if (j + 1 < s1 && x->qid[j] < 0 && tok_is(d, j, "that") &&
            ws_tok_is_word(d, j + 1) && !en_finite(x, j + 1))
            continue;
        /* a clause without "that"; "when", "where" and "if" open no
         * content after a noun ("begins to show when ...") */
        if (j < s1 && x->qid[j] < 0 && !tok_is(d, j, "that") &&
            !fold_is(x, j, adv, sizeof adv / sizeof *adv) &&
            en_clause_opens(x, j, s1))
            continue;
        cue_drop(x, i);
    }
}

/* English: a passive verb of perceiving before a verb of speech in -ing
 * ("could be heard shouting that ...", "was heard telling them ..."): the
 * -ing verb makes the statement and its source is the passive's subject;
 * "heard" is no cue of its own there.  One look per cue. */
static void
en_perceived_speech_cues(ctx *x)
{
    static const char *const be[] = {"be",   "been", "being", "was",
                                     "were", "is",   "are"};
    ws_doc *d = x->d;
    if (!lang_is(x, "en"))
        return;
    for (int32_t i = next_cue(x, 1); i + 1 < x->ntok; i = next_cue(x, i + 1)) {
        if (x->cuelen[i] != 1 || !tok_is(d, i, "heard") ||
            !fold_is(x, i - 1, be, sizeof be / sizeof *be) ||
            !x->cuelen[i + 1] || !(x->cueattr[i + 1] & C_SAY))
            continue;
        int32_t bl = ws_tok_blen(d, i + 1);
        if (bl > 4 && memcmp(ws_tok_ptr(d, i + 1) + bl - 3, "ing", 3) == 0)
            cue_drop(x, i);
    }
}

/* Does the quotation closing at k end the sentence just before the
 * attribution in the sentence of i ('"... now!" the crowd shouted',
 * '"Why?" Ann shouted'): its own "!" or "?" ended the sentence, or the
 * attribution goes on in lower case? */
static int
en_quote_end_before_attrib(ctx *x, int32_t k, int32_t i)
{
    ws_doc *d = x->d;
    return x->qid[k] >= 0 && x->q[x->qid[k]].c == k &&
           d->tokens.v[k + 1].sent == d->tokens.v[i].sent &&
           ws_tok_is_word(d, k + 1) &&
           (!is_cap(d, k + 1) || tok_is(d, k - 1, "!") ||
            tok_is(d, k - 1, "?"));
}

/* English: does a quotation close right before a longer speaker phrase
 * that ends at the "quote" cue i ('"...!" the mayor's cousin, Del. Ann
 * "Annie" Lowe (D-Ohio), shouted')?  The phrase holds up to twelve
 * tokens besides one bracketed aside, with commas but no final mark, no
 * other cue, no finite verb and no other quotation. */
static int
en_quote_then_speaker_phrase(ctx *x, int32_t i)
{
    ws_doc *d = x->d;
    int32_t n = 0;
    int aside = 0;
    for (int32_t k = i - 1; k >= 0 && n <= 12; k--, n++) {
        if (tok_is(d, k, ")") && !aside) {
            /* one bracketed aside: "(D-Ohio)" */
            int32_t a = k - 1;
            while (a >= 0 && a >= k - 8 && !tok_is(d, a, "(") &&
                   !ws_tok_is_final(d, a) && x->qid[a] < 0)
                a--;
            if (a < 0 || !tok_is(d, a, "("))
                return 0;
            aside = 1;
            k = a;
            continue;
        }
        if (d->tokens.v[k].sent != d->tokens.v[i].sent &&
            !en_quote_end_before_attrib(x, k, i))
            return 0;
        if (x->qid[k] >= 0 && !en_nick_mark(x, k))
            return n > 0 && x->q[x->qid[k]].c == k && x->qid[i] < 0;
        if (ws_tok_is_final(d, k) || x->cuelen[k] ||
            (ws_tok_is_word(d, k) && en_finite(x, k)))
            return 0;
    }
    return 0;
}

static void
quote_only_cues(ctx *x)
{
    ws_doc *d = x->d;
    /* (the cues only: next_cue's bits, 64 tokens a word, between them) */
    for (int32_t i = next_cue(x, 0); i < x->ntok; i = next_cue(x, i + 1)) {
        if (!x->cuelen[i] || !x->cueval[i] || !vhas(x, x->cueval[i], VW_QUOTE))
            continue;
        int keep = 0;
        int32_t j = i + x->cuelen[i];
        int punct = 0;
        if (j < x->ntok && (tok_is(d, j, ",") || tok_is(d, j, ":"))) {
            j++;
            punct = 1;
        }
        /* "punct": a quotation after the verb only behind a comma or a
         * colon ('the sign read: "..."', not 'she read "Ulysses"') */
        if (j < x->ntok && x->qid[j] >= 0 && x->q[x->qid[j]].o == j &&
            x->qid[i] < 0 && (punct || !vhas(x, x->cueval[i], VW_PUNCT)))
            keep = 1;
        /* "as the mayor put it, ...": the "as" clause names the source of
         * indirect words too (en_as_source) */
        if (!keep && x->qid[i] < 0 && lang_is(x, "en") &&
            en_as_word(x, i, sent_t0(x, i)) >= 0)
            keep = 1;
        if (!keep && x->qid[i] < 0 && lang_is(x, "en") &&
            en_loud_that(x, i + x->cuelen[i]))
            keep = 1;
        /* (a hyphenated compound or a quoted nickname in the phrase
         * counts as one word: "the 52-year-old teacher shouted") */
        int32_t klo = i - 6;
        for (int32_t k = i - 1; !keep && k >= 0 && k >= klo; k--) {
            if (en_hyph_joint(x, k))
                klo -= 2;
            else if (en_nick_mark(x, k))
                klo--;
            /* '"... now!" the crowd shouted', '"Why?" Ann shouted': the
             * quote's own "!" or "?" ended the sentence before the
             * attribution (or it goes on in lower case) */
            if (d->tokens.v[k].sent != d->tokens.v[i].sent &&
                !en_quote_end_before_attrib(x, k, i))
                break;
            if (x->qid[k] >= 0) {
                keep = x->q[x->qid[k]].c == k && x->qid[i] < 0;
                break;
            }
            if (ws_tok_is_final(d, k) || (x->cuelen[k] && k < i))
                break;
        }
        if (!keep && lang_is(x, "en"))
            keep = en_quote_then_speaker_phrase(x, i);
        if (!keep)
            cue_drop(x, i);
    }
}

/* Labels every statement; out of time, the statements not labelled are
 * dropped (ws_annotate says the record is partial). */
/* "A European diplomat, who asked not to be named, said ... '...,' he
 * added": a statement whose speaker is a singular personal pronoun, and
 * whose statement just before has a speaker without a name (a role)
 * mentioned after the person the pronoun was given, continues that
 * speaker.  Runs on the sorted statements, when every speaker is known. */
static void
continuity_pass(ctx *x)
{
    ws_doc *d = x->d;
    for (int32_t i = 1; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        const ws_statement *last = &d->statements.v[i - 1];
        if (last->speaker_name || !last->speaker_role ||
            last->speaker.start < 0)
            continue;
        int rel = 0;
        unsigned pg = 0;
        if (st->speaker.start >= 0) {
            if (last->speaker.start >= st->speaker.start)
                continue;
            int32_t a = ws_doc_tok_at(d, st->speaker.start, 0);
            int32_t b = ws_doc_tok_at(d, st->speaker.end, 1);
            pg = a >= 0 && b == a + 1 ? pron_gender(x, a, &rel) : 0;
        } else if (st->cue.start > last->speaker.start) {
            /* a dropped subject ("– … – zapowiedział."): the gender
             * the cue verb marks */
            int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
            pg = c >= 0 && c < x->ntok && x->cuelen[c] ? x->cueg[c] : 0;
        }
        if (!pg || rel || !(pg & (G_M | G_F)) || (pg & G_P) ||
            (pg & (G_M | G_F)) == (G_M | G_F))
            continue;
        int32_t e = st->speaker_ent;
        if (e >= 0 && d->entities.v[e].start > last->speaker.start)
            continue;
        const ws_entity *r =
            last->speaker_ent >= 0 ? &d->entities.v[last->speaker_ent] : NULL;
        if (r && r->type == WS_ROLE && ends_plural(x, r->tok1 - 1))
            continue;
        if (r && r->gender &&
            ((r->gender[0] == 'm' && !(pg & G_M)) ||
             (r->gender[0] == 'f' && !(pg & G_F))))
            continue;
        st->speaker_ent = last->speaker_ent;
        st->speaker_name = NULL;
        st->speaker_role = last->speaker_role;
        st->speaker_org = last->speaker_org;
    }
}

static void
label_all(ws_worker *w, ws_doc *d)
{
    d->statements.n = ws_stance_label_doc(w, d);
}

int
ws_stance_label(ws_worker *w, ws_doc *d, ws_statement *st)
{
    if (!(d->done & WS_DONE_NER)) {
        int rc = ws_ner(w, d);
        if (rc < 0 && d->tokens.n == 0)
            return rc;
    }
    ctx x;
    int rc = ctx_init(&x, w, d);
    if (rc < 0)
        return rc;
    if (find_quotes(&x) < 0)
        return -WS_ENOMEM;
    ws_stance_label_statement(w, d, st);
    return 0;
}

int
ws_stance_label_all(ws_worker *w, ws_doc *d)
{
    if (!(d->done & WS_DONE_NER)) {
        int rc = ws_ner(w, d);
        if (rc < 0 && d->tokens.n == 0)
            return rc;
    }
    ctx x;
    int rc = ctx_init(&x, w, d);
    if (rc < 0)
        return rc;
    if (find_quotes(&x) < 0)
        return -WS_ENOMEM;
    label_all(w, d);
    return 0;
}

static int stance_doc(ws_worker *w, ws_doc *d);

int
ws_stance(ws_worker *w, ws_doc *d)
{
    if (!(d->done & WS_DONE_NER)) {
        int rc = ws_ner(w, d);
        if (rc < 0 && d->tokens.n == 0)
            return rc;
    }
    return ws_stance_pass(w, d);
}

int
ws_stance_pass(ws_worker *w, ws_doc *d)
{
    d->statements.n = 0;
    if (d->tokens.n == 0 || d->sentences.n == 0) {
        d->done |= WS_DONE_STANCE;
        return 0;
    }
    ws_lex_memo_begin(d);
    int rc = stance_doc(w, d);
    ws_lex_memo_end();
    return rc;
}

/* ws_stance on a document with tokens and sentences (the lexicon memo
 * active). */
static int
stance_doc(ws_worker *w, ws_doc *d)
{
    ctx x;
    int rc = ctx_init(&x, w, d);
    if (rc < 0) {
        ws_doc_error(d, "stance", WS_ENOMEM, "out of memory");
        return rc;
    }
    if (x.L.cues == NULL)
        ws_doc_error(d, "stance", WS_EMODEL,
                     "no stance lexicons for language %s", x.L.lang);
    if (find_quotes(&x) < 0) {
        ws_doc_error(d, "stance", WS_ENOMEM, "out of memory");
        return -WS_ENOMEM;
    }
    quote_only_cues(&x);
    en_noun_form_cues(&x);
    en_perceived_speech_cues(&x);
    en_label_pass(&x);
    direct_pass(&x);
    dash_pass(&x, 0);
    cue_pass(&x);
    en_claim_noun_pass(&x);
    en_evident_pass(&x);
    en_noun_clause_pass(&x);
    en_agreement_to_pass(&x);
    en_seem_raising_pass(&x);
    en_passive_judgement_pass(&x);
    en_received_act_pass(&x);
    en_passive_light_pass(&x);
    en_about_object_pass(&x);
    en_wh_topic_pass(&x);
    en_actn_topic_pass(&x);
    en_poss_act_pass(&x);
    en_bare_act_noun_pass(&x);
    en_in_doc_pass(&x);
    en_percent_choice_pass(&x);
    en_asked_opener_pass(&x);
    en_message_that_pass(&x);
    de_claim_noun_pass(&x);
    de_passive_agent_pass(&x);
    if (d->statements.n > 1)
        sort_unless_sorted(d->statements.v, (size_t)d->statements.n,
                           sizeof(ws_statement), cmp_stmt);
    orphan_pass(&x);
    dash_pass(&x, 1);
    ws_de_speakers(w, d);
    ws_de_anaphor(w, d);
    if (d->statements.n > 1)
        sort_unless_sorted(d->statements.v, (size_t)d->statements.n,
                           sizeof(ws_statement), cmp_stmt);
    subjunctive_pass(&x);
    ws_de_continue(w, d);
    fragment_pass(&x);
    en_nested_pass(&x);
    en_adverb_content_pass(&x);
    en_act_adverb_gerund_pass(&x);
    en_no_report_pass(&x);
    org_full_names(&x);
    ws_de_filter(w, d);
    if (d->statements.n > 1)
        sort_unless_sorted(d->statements.v, (size_t)d->statements.n,
                           sizeof(ws_statement), cmp_stmt);
    continuity_pass(&x);
    label_all(w, d);
    en_clause_content_kind_pass(&x);
    en_prep_content_kind_pass(&x);
    en_clause_object_kind_pass(&x);
    en_that_quote_kind_pass(&x);
    ws_de_acts(w, d);
    d->done |= WS_DONE_STANCE;
    return 0;
}
