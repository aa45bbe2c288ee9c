/*
 * stance_label.c - stance labels of one statement: condemnation, concern,
 * accusation, denial, demand, warning, support or neutral, with intensity,
 * negation, hedging and target.
 *
 * Reads only the public record (tokens, sentences, entities) and the
 * per-language lexicons in models/<lang>/:
 *   stance-labels.tsv     stance words and phrases: "phrase<TAB>label
 *                         [scope...]" (scopes below)
 *   stance-negation.tsv   negation ("neg") and refusal ("refuse") before
 *                         the act, "post" for negation after the verb
 *   stance-hedges.tsv     hypothetical, conditional and speculative words
 *   stance-intensity.tsv  intensifiers ("strong")
 *   stance-skip.tsv       adverbs, determiners, prepositions (targets)
 *   stance-pronouns.tsv   pronouns (possessives marked poss are none)
 * Entries are matched on case-folded tokens and on Hunspell stems.
 *
 * Scopes of a label entry:
 *   cue      counts only inside the statement's cue (a verbal act such
 *            as "slammed", not the same word in reported content)
 *   weak     counts only when nothing stronger is found, and only for
 *            reported acts (no content)
 *   content  counts only inside the content (evaluative adjectives,
 *            modal demands: "must", "unacceptable")
 *   eval     an evaluation ("unacceptable", "a disgrace", "liar"): the
 *            speaker's own wherever it stands in the content; other
 *            content words are acts ("demand", "worry") that count only
 *            when the speaker is their subject (rule 2 of the guideline:
 *            "the report says contacts expressed concern" is neutral)
 *   rej      a rejection ("rejected"): a denial only when its object is
 *            a claim, not a request or proposal (entries marked obj)
 *   obj      a noun that, as the object of a rejection, makes it neutral
 *   inf      an infinitive marker opening the content: a warning with an
 *            instruction ("warned officials to ...") also demands
 *   modal    a modal demand ("must", "powinny", "doivent"): an
 *            evaluation that stays a demand when negated ("must not")
 *   nodet    a noun that names no act of the speaker after a determiner
 *            ("the earlier demands of the opposition"), unless a light
 *            verb (a carrier marked light) governs it ("reiterated its
 *            demand", "is making a demand")
 *   sep=WORD counts only when WORD follows in the sentence (German
 *            separable verbs: "wies die Vorwürfe zurück")
 *   conj     a coordinating conjunction ("and"): a second act may follow
 *            it in the same sentence
 *   self     an act on one's own future ("threatened to testify"): the
 *            infinitive after it is no instruction to others
 *   needinf  counts only when the content opens with an instruction
 *            ("asked the crowd to ...", not "asked whether ...")
 *   safeq    a safety word ("safe", "bezpieczni"): a concern only in a
 *            question about the speaker's own safety ("whether we are
 *            safe"; a hedge marked q or a question mark, and a word marked
 *            first, firstobj or firstv near it)
 *   endclause counts only at the end of its clause ("heard it before,",
 *            not "heard it before the vote")
 *   thing    (a carrier) a situation or a rule: as the statement's
 *            subject, a demand cue states a requirement ("a problem that
 *            demands a response"), no demand
 *   owncond  one's own conduct asserted proper throughout ("at all
 *            times"): only with the speaker's side as its agent and no
 *            plan or present (mark, modal, carriers marked pres) before it
 * Carriers (label neutral) with a role of their own:
 *   light    a light verb: the nodet act noun after it and a determiner is
 *            the subject's own ("reiterated its demand")
 *   aux      an auxiliary: a reported act's content with one before a
 *            stance word is a clause, its acts their subject's; no end of
 *            a target
 *   subjrel  opens a subject clause ("whoever", "wer", "кто"): its speech
 *            verb is no nested speech for the main clause after its comma
 *
 * The decision reads the cue and the content together:
 *   1. stance words are found in the cue (and the words between the cue
 *      and the content: "expressed concern that ..."), then in the
 *      content; a word that is negated, refused or hypothetical in its
 *      clause ("did not condemn", "declined to condemn", "if you are
 *      worried") does not count (the statement gets negated/hedged);
 *   2. a stance word in the cue gives the first label; content words add
 *      a second label only when they make a second act;
 *   3. no stance word: neutral.
 * No allocation: everything is on the stack or in d->arena (targets).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ws_int.h"

/* ws_tok_is for a string literal (WS_TOK_IS). */
#define tok_is(d, i, s) WS_TOK_IS(d, i, s)

/* skip classes of stance-skip.tsv */
enum { K_ADV = 1, K_TIME = 2, K_DET = 4, K_PREP = 8, K_STOP = 16, K_CONJ = 32 };

enum {
    SC_CUE = 1,        /* only in the cue */
    SC_WEAK = 2,       /* only for reported acts, when nothing else */
    SC_CONTENT = 4,    /* only in the content */
    SC_EVAL = 8,       /* an evaluation: the speaker's wherever it stands */
    SC_OBJ = 16,       /* as the object of a rejection: a request (neutral) */
    SC_INF = 32,       /* infinitive marker: "warned X to ..." also demands */
    SC_REJ = 64,       /* a rejection: neutral when its object is SC_OBJ */
    SC_NEEDINF = 128,  /* only when the content opens with an instruction */
    SC_SELF = 256,     /* an act on one's own future ("threatened to ..."):
                        * its infinitive is no instruction to others */
    SC_MODAL = 512,    /* a modal demand ("must"): an evaluation, and a
                        * demand also when negated ("must not") */
    SC_CONJ = 1024,    /* a coordinating conjunction: a second act may
                        * follow in the same sentence */
    SC_NODET = 2048,   /* a noun that is no act after a determiner ("the
                        * repeated demands of ...") */
    SC_DEM = 4096,     /* a demonstrative ("these", "such"): the act noun
                        * after it names an earlier act, not a new one */
    SC_NEEDOBJ = 8192, /* needinf, and the instruction has an addressee
                        * ("wants the court to ...", not "wants to ...") */
    SC_DEED = 16384,   /* a hostile deed ("attacked", "shelled"): in the
                        * content, an accusation when its agent is not the
                        * speaker ("said the rebels shelled the town") */
    SC_INTENT = 32768, /* a coercive act ("blockade", "martial law"): a
                        * warning after an intent marker ("would", "is
                        * prepared to"), which is no hedge here */
    SC_MARK = 65536,   /* an intent marker */
    SC_SRC = 131072,   /* "from", "by": the act noun before it is its
                        * author's ("praise from Moscow") */
    SC_AS = 262144,    /* "as": "dismissed the envoy as a liar" */
    SC_CLAIM = 524288, /* a claim ("claims", "reports"): dismissed as
                        * false, it is denied */
    SC_IFTHREAT = 2097152, /* a punitive step ("halt", "suspend"): a
                            * warning when announced (an intent marker or
                            * "may") under a condition ("if", "wenn") */
    SC_DANGER = 4194304,   /* a disaster ("catastrophe", "bloodshed"): a
                            * warning as the outcome of a leading verb
                            * ("could lead to", "zu ... führen") or after a
                            * risk noun ("the risk of") in its clause */
    SC_PERSON = 8388608,   /* a people noun ("supporters", "critics"): it
                            * names who holds a stance, no act; outside the
                            * content (the cue's recipient: "told supporters
                            * that ...") it is never the speaker's */
    SC_REL = 16777216,     /* a relative pronoun the pronoun lexicon lacks
                            * ("that": "a post that insulted ...") */
    SC_OBJP = 33554432,    /* an object pronoun ("them"): an imperative's
                            * addressee or object ("Let them decide") */
    SC_NOIMP = 67108864,   /* a discourse imperative ("Let me", "Make no
                            * mistake", "Imagine"): no demand */
    SC_COND = 1048576      /* a negative condition ("without", "ohne"): with a
                            * negated or necessary consequence after it in
                            * its sentence ("without funds the mission will
                            * have to close") a warning, not a demand */
};

/* Tokens of one region read for stance words: a word farther than this
 * from the region's start is no longer this statement's (and a hostile
 * sentence of n cues, each reading the rest of it, must not take n^2). */
enum { LABEL_SCAN = 400 };

typedef struct {
    ws_worker *w;
    ws_doc *d;
    const char *lang;
    const ws_lex *labels, *inten, *neg, *hedge, *skip, *cues, *pron;
    const ws_lex *spk; /* stance-speakers.tsv: role and body nouns */
    const ws_lex *clf; /* stance-clf.tsv: the trained fallback, or NULL */
    int32_t ntok;
    int32_t tok_hint; /* span_toks' last first token (a start for the
                       * next search; kept from statement to statement,
                       * which stand near each other) */
    int32_t skc_tok;  /* skipclass_at's last token (-1: none) */
    unsigned skc;     /* and its answer */
    int target_act;   /* the target is a demanded action (a verb phrase,
                       * not ended by an adjunct preposition) */
    int target_subj;  /* TS_*: the target of a content clause is its
                       * subject (the cause of a concern, the accused):
                       * it ends at the clause's verb; TS_DANGER: the
                       * danger warned of, the subject, or the verb
                       * phrase of an agent */
} lctx;

enum { TS_NONE, TS_SUBJ, TS_DANGER };

/* The lexicons of lctx that a statement may not need, looked up on first
 * use (XL): ctx_init leaves them LEX_UNSET. */
static const char lex_unset;
#define LEX_UNSET ((const ws_lex *)(const void *)&lex_unset)
#define XL(x, f)                                                               \
    ((x)->f != LEX_UNSET ? (x)->f : xl_get((x), &(x)->f, XL_NAME_##f))
#define XL_NAME_inten "stance-intensity"
#define XL_NAME_hedge "stance-hedges"
#define XL_NAME_cues  "stance-cues"
#define XL_NAME_pron  "stance-pronouns"
#define XL_NAME_spk   "stance-speakers"
#define XL_NAME_clf   "stance-clf"

static const ws_lex *
xl_get(lctx *x, const ws_lex **f, const char *name)
{
    *f = ws_models_lex(ws_worker_models(x->w), x->lang, name);
    return *f;
}

/* The attribute words of entry values that the rules test (VHAS): a bit
 * each, read from a value once (vinfo) instead of a pass over the value
 * per test. */
/* clang-format off */
#define VA_LIST(X) \
    X(act) X(actend) X(actprep) X(adj) X(adv) X(assure) X(aux) X(avoir) X(claimsubj) X(comp) \
    X(conceal) X(cond) X(conj) X(contrast) X(cop) X(deliberate) X(det) \
    X(doc) X(endclause) X(endof) X(factv) X(first) X(firstobj) X(firstv) \
    X(forced) X(imp) X(inquiry) X(intentverb) X(lead) X(light) X(loss) \
    X(mean) X(mislead) X(modinf) X(name) X(namerel) X(neg) X(normobj) X(owncond) \
    X(party) X(poss) X(possdet) X(post) X(pre) X(pres) X(q) X(refuse) X(rel) \
    X(risk) X(safeq) X(say) X(stop) X(subjrel) X(super) X(tend) X(thing) \
    X(time) X(tprep) X(x)
/* clang-format on */
enum {
#define VA_ENUM(n) VA_##n,
    VA_LIST(VA_ENUM)
#undef VA_ENUM
        VA_N
};
static uint64_t vattr(const char *v);
/* ws_lex_has_attr(v, "NAME") for the attribute words of VA_LIST */
#define VHAS(v, NAME) ((vattr(v) >> VA_##NAME) & 1)
/* VHAS with the value's attribute bits a (vattr(v)) at hand */
#define VA_HAS(a, NAME) (((a) >> VA_##NAME) & 1)

/* ---- small helpers ---- */

static unsigned
skip_class(const char *v)
{
    uint64_t a = vattr(v);
    return ((a >> VA_adv) & 1 ? K_ADV : 0) | ((a >> VA_time) & 1 ? K_TIME : 0) |
           ((a >> VA_det) & 1 ? K_DET : 0) |
           ((a >> VA_tprep) & 1 ? K_PREP : 0) |
           ((a >> VA_stop) & 1 ? K_STOP : 0) |
           ((a >> VA_conj) & 1 ? K_CONJ : 0);
}

static inline int
is_clause_punct(const ws_doc *d, int32_t i)
{
    /* a word (a letter in it) is none of the marks below, only maybe a
     * dash */
    unsigned f = d->tokens.v[i].flags;
    if (f & WS_TOK_WORD)
        return (f & WS_TOK_DASH) != 0;
    /* by the length first: one byte, or three ("…", "...") */
    int32_t n = ws_tok_blen(d, i);
    if (n == 1) {
        char c = ws_tok_ptr(d, i)[0];
        if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' ||
            c == '?' || c == '(' || c == ')')
            return 1;
    } else if (n == 3 && ws_tok_is_final(d, i)) {
        return 1;
    }
    return (f & WS_TOK_DASH) != 0;
}

/* A full stop that ends an abbreviation inside the sentence ("ponad 4
 * proc. i ...", "approx. five"): glued to the word before it and
 * followed in the sentence by a lower-case word. */
static int
inner_dot(ws_worker *w, const ws_doc *d, int32_t i)
{
    if (!tok_is(d, i, ".") || i == 0 || i + 1 >= d->tokens.n ||
        d->tokens.v[i - 1].end != d->tokens.v[i].start ||
        d->tokens.v[i + 1].sent != d->tokens.v[i].sent ||
        !ws_tok_is_word(d, i + 1))
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, i + 1, 0, &n);
    return n > 0 && n == (size_t)ws_tok_blen(d, i + 1) &&
           memcmp(f, ws_tok_ptr(d, i + 1), n) == 0;
}

/* ws_lex_match's answer (0 for no lexicon or a token out of range: its
 * own tests, x->ntok being the document's tokens), called from each
 * site directly: the 130k calls per MB of English went through a
 * wrapper that tested the same bounds first. */
static inline __attribute__((always_inline)) int
lexmatch(lctx *x, const ws_lex *lx, int32_t i, const char **v)
{
    return ws_lex_match(lx, x->w, x->d, i, v);
}

/* A negation entry at token i (its length, entry in *v), or 0; entries
 * marked super are a superlative that negates nothing ("no greater
 * threat", "нет большей угрозы": the greatest threat). */
static int
neg_match(lctx *x, int32_t i, const char **v)
{
    int n = lexmatch(x, x->neg, i, v);
    return n > 0 && VHAS(*v, super) ? 0 : n;
}

/* A pronoun of the pronoun lexicon at token i (its length, entry in *v),
 * not a possessive (entries marked poss: "його", "jej", "lui" name a
 * speaker in a source phrase, no subject), or 0. */
static int
pron_at(lctx *x, int32_t i, const char **v)
{
    int n = lexmatch(x, XL(x, pron), i, v);
    return n > 0 && VHAS(*v, poss) ? 0 : n;
}

static unsigned
skipclass_at(lctx *x, int32_t i)
{
    /* the rules ask the same token's class two or three times in a row
     * ("a preposition, not a determiner"): the last answer kept (a
     * lexicon question and a vinfo() look-up each) */
    if (i == x->skc_tok)
        return x->skc;
    const char *v;
    unsigned k = lexmatch(x, x->skip, i, &v) != 1 ? 0 : skip_class(v);
    x->skc_tok = i;
    x->skc = k;
    return k;
}

/* The first token in [lo, hi) that ends after cp (hi when none): a
 * binary search, the tokens' ends rising, whose steps are chosen without
 * a branch (the halves taken alike whatever the answer). */
static int32_t
tok_end_after(const ws_token *tv, int32_t lo, int32_t hi, int32_t cp)
{
    int32_t n = hi - lo;
    if (n <= 0)
        return lo;
    while (n > 1) {
        int32_t half = n / 2;
        lo = tv[lo + half - 1].end <= cp ? lo + half : lo;
        n -= half;
    }
    return lo + (tv[lo].end <= cp);
}

static int32_t
tok_at_cp(lctx *x, int32_t cp)
{
    return tok_end_after(x->d->tokens.v, 0, x->ntok, cp);
}

/* tok_at_cp(x, cp) when every token before lo ends at or before cp: a
 * galloping search from lo (spans are short, the document long) */
static int32_t
tok_at_cp_from(lctx *x, int32_t lo, int32_t cp)
{
    const ws_token *tv = x->d->tokens.v;
    int32_t n = x->ntok, hi = lo, step = 1;
    while (hi < n && tv[hi].end <= cp) {
        lo = hi + 1;
        hi = lo + step;
        step *= 2;
    }
    return tok_end_after(tv, lo, hi > n ? n : hi, cp);
}

/* tok_at_cp(x, cp), galloping from the token of the last span_toks (the
 * spans of a statement stand near each other) */
static int32_t
tok_at_cp_near(lctx *x, int32_t cp)
{
    const ws_token *tv = x->d->tokens.v;
    int32_t h = x->tok_hint;
    if (h < 0 || h >= x->ntok)
        return tok_at_cp(x, cp);
    if (tv[h].end <= cp)
        return tok_at_cp_from(x, h + 1, cp);
    /* at or before h: back until a token ends at or before cp */
    int32_t hi = h, lo = h - 1, step = 1;
    while (lo >= 0 && tv[lo].end > cp) {
        hi = lo;
        step *= 2;
        lo = hi - step;
    }
    return tok_end_after(tv, lo < 0 ? 0 : lo + 1, hi, cp);
}

/* tokens [*t0, *t1) covering the code point span s */
static void
span_toks(lctx *x, ws_span s, int32_t *t0, int32_t *t1)
{
    *t0 = tok_at_cp_near(x, s.start);
    x->tok_hint = *t0;
    int32_t b =
        s.end >= s.start ? tok_at_cp_from(x, *t0, s.end) : tok_at_cp(x, s.end);
    if (b < x->ntok && x->d->tokens.v[b].start < s.end)
        b++;
    *t1 = b;
}

static int32_t
sent_t0(lctx *x, int32_t i)
{
    return x->d->sentences.v[x->d->tokens.v[i].sent].tok0;
}

static int32_t
sent_t1(lctx *x, int32_t i)
{
    return x->d->sentences.v[x->d->tokens.v[i].sent].tok1;
}

static ws_span
tok_span(lctx *x, int32_t t0, int32_t t1)
{
    ws_span s = {x->d->tokens.v[t0].start, x->d->tokens.v[t1 - 1].end};
    return s;
}

/* The words of entry values the rules read (the scope words of label
 * entries, SC_*, and the attribute words of VA_LIST), kept sorted
 * (strcmp) for vword_find: scope bits and attribute bit (or -1). */
static const struct {
    const char *word;
    unsigned scope;
    signed char va;
} vwords[] = {
    {"act", 0, VA_act},
    {"actend", 0, VA_actend},
    {"actprep", 0, VA_actprep},
    {"adj", 0, VA_adj},
    {"adv", 0, VA_adv},
    {"as", SC_AS, -1},
    {"assure", 0, VA_assure},
    {"aux", 0, VA_aux},
    {"avoir", 0, VA_avoir},
    {"claim", SC_CLAIM, -1},
    {"claimsubj", 0, VA_claimsubj},
    {"comp", 0, VA_comp},
    {"conceal", 0, VA_conceal},
    {"cond", SC_COND, VA_cond},
    {"conj", SC_CONJ, VA_conj},
    {"content", SC_CONTENT, -1},
    {"contrast", 0, VA_contrast},
    {"cop", 0, VA_cop},
    {"cue", SC_CUE, -1},
    {"danger", SC_DANGER, -1},
    {"deed", SC_DEED, -1},
    {"deliberate", 0, VA_deliberate},
    {"dem", SC_DEM, -1},
    {"det", 0, VA_det},
    {"doc", 0, VA_doc},
    {"endclause", 0, VA_endclause},
    {"endof", 0, VA_endof},
    {"eval", SC_EVAL, -1},
    {"factv", 0, VA_factv},
    {"first", 0, VA_first},
    {"firstobj", 0, VA_firstobj},
    {"firstv", 0, VA_firstv},
    {"forced", 0, VA_forced},
    {"ifthreat", SC_IFTHREAT, -1},
    {"imp", 0, VA_imp},
    {"inf", SC_INF, -1},
    {"inquiry", 0, VA_inquiry},
    {"intent", SC_INTENT, -1},
    {"intentverb", 0, VA_intentverb},
    {"lead", 0, VA_lead},
    {"light", 0, VA_light},
    {"loss", 0, VA_loss},
    {"mark", SC_MARK, -1},
    {"mean", 0, VA_mean},
    {"mislead", 0, VA_mislead},
    {"modal", SC_MODAL | SC_EVAL, -1},
    {"modinf", 0, VA_modinf},
    {"name", 0, VA_name},
    {"namerel", 0, VA_namerel},
    {"needinf", SC_NEEDINF, -1},
    {"needobj", SC_NEEDINF | SC_NEEDOBJ, -1},
    {"neg", 0, VA_neg},
    {"nodet", SC_NODET, -1},
    {"noimp", SC_NOIMP, -1},
    {"normobj", 0, VA_normobj},
    {"obj", SC_OBJ, -1},
    {"objp", SC_OBJP, -1},
    {"owncond", 0, VA_owncond},
    {"party", 0, VA_party},
    {"person", SC_PERSON, -1},
    {"poss", 0, VA_poss},
    {"possdet", 0, VA_possdet},
    {"post", 0, VA_post},
    {"pre", 0, VA_pre},
    {"pres", 0, VA_pres},
    {"q", 0, VA_q},
    {"refuse", 0, VA_refuse},
    {"rej", SC_REJ, -1},
    {"rel", SC_REL, VA_rel},
    {"risk", 0, VA_risk},
    {"safeq", 0, VA_safeq},
    {"say", 0, VA_say},
    {"self", SC_SELF, -1},
    {"src", SC_SRC, -1},
    {"stop", 0, VA_stop},
    {"subjrel", 0, VA_subjrel},
    {"super", 0, VA_super},
    {"tend", 0, VA_tend},
    {"thing", 0, VA_thing},
    {"time", 0, VA_time},
    {"tprep", 0, VA_tprep},
    {"weak", SC_WEAK, -1},
    {"x", 0, VA_x},
};

/* The entry of vwords for the word w of wl bytes, or -1. */
static int
vword_find(const char *w, size_t wl)
{
    int lo = 0, hi = (int)(sizeof vwords / sizeof *vwords);
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        const char *vw = vwords[mid].word;
        int c = strncmp(vw, w, wl);
        if (c == 0)
            c = vw[wl] != '\0';
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* The label of an entry value (its first word; -1 when none) */
static int
label_word(const char *v)
{
    const char *e = v;
    while (*e && *e != ' ')
        e++;
    char buf[24];
    size_t n = (size_t)(e - v);
    if (n >= sizeof buf)
        return -1;
    memcpy(buf, v, n);
    buf[n] = '\0';
    return ws_stance_parse(buf);
}

/* What the rules read of an entry value, worked out once per value: its
 * label (its first word), scope and attribute words (vwords).
 * A small per-thread table by the value's address; an answer holds while
 * the value's text is the same (another lexicon may later sit at the
 * same address).  The last value asked about is kept for the statement
 * being labelled (vinfo_last, reset by ctx_init), as the rules test one
 * value several times in a row.  The values are the worker's lexicons'
 * (or static text), which live as long as its models, and a worker keeps
 * its models: a slot's text checked once while one worker labels stays
 * the value's text until another worker labels in the thread
 * (vinfo_wid).  Checked per statement, the text compare (24.6k a MB of
 * English) read each value's cold line again. */
typedef struct {
    const char *v; /* the value's address, NULL: empty slot */
    char text[48]; /* its text (values this long or longer: no slot) */
    uint64_t wid;  /* the worker labelling when its text was last
                    * checked (vinfo_wid; 0: never) */
    int lab;
    unsigned scope;
    uint64_t attr;
} vinfo_t;
enum { VINFO_SLOTS = 512 };
static _Thread_local vinfo_t vinfo_tab[VINFO_SLOTS];
static _Thread_local vinfo_t vinfo_long; /* a value too long for a slot */
static _Thread_local const vinfo_t *vinfo_last;
/* the serial of the worker labelling in the thread (ctx_init;
 * ws_worker_serial, never 0): a slot checked during its turn holds */
static _Thread_local uint64_t vinfo_wid;

static void
vinfo_fill(vinfo_t *e, const char *v)
{
    /* one pass over the value's words, each looked up in vwords (every
     * word of the value, as ws_lex_has_attr() finds them) */
    e->lab = label_word(v);
    e->scope = 0;
    e->attr = 0;
    for (const char *w = v; *w;) {
        while (*w == ' ')
            w++;
        const char *we = w;
        while (*we && *we != ' ')
            we++;
        int k = we > w ? vword_find(w, (size_t)(we - w)) : -1;
        if (k >= 0) {
            e->scope |= vwords[k].scope;
            if (vwords[k].va >= 0)
                e->attr |= (uint64_t)1 << vwords[k].va;
        }
        w = we;
    }
}

static const vinfo_t *
vinfo(const char *v)
{
    const vinfo_t *l = vinfo_last;
    if (l != NULL && l->v == v)
        return l;
    size_t slot =
        (size_t)(((uint64_t)(uintptr_t)v * 0x9E3779B97F4A7C15ULL) >> 55) %
        VINFO_SLOTS;
    vinfo_t *e = &vinfo_tab[slot];
    if (e->v != v || (e->wid != vinfo_wid && strcmp(e->text, v) != 0)) {
        size_t n = strlen(v);
        if (n >= sizeof e->text) {
            e = &vinfo_long;
            e->text[0] = '\0';
        } else
            memcpy(e->text, v, n + 1);
        vinfo_fill(e, v);
        e->v = e == &vinfo_long ? NULL : v;
    }
    e->wid = vinfo_wid;
    vinfo_last = e->v != NULL ? e : NULL;
    return e;
}

static uint64_t
vattr(const char *v)
{
    return v != NULL ? vinfo(v)->attr : 0;
}

static int
label_of(const char *v, unsigned *scope)
{
    const vinfo_t *e = vinfo(v);
    *scope = e->scope;
    return e->lab;
}

/* ---- negation, hedges, intensity ---- */

/* Is the stance word at token h negated or refused?  Looks back over its
 * clause (3 tokens for plain negation, 12 for refusals: "will be unable
 * to persuade the voters and then accuse ...") and, for entries
 * marked "post" (German "verurteilen wollte er nicht"), forward. */
static int
negated_at(lctx *x, int32_t h, int hl, int32_t lo, int32_t hi)
{
    ws_doc *d = x->d;
    for (int32_t j = h - 1; j >= lo && j >= h - 12; j--) {
        const char *v;
        if (is_clause_punct(d, j) || (d->tokens.v[j].flags & WS_TOK_QUOTE)) {
            /* a refusal before the comma of its infinitive clause
             * ("vermied es, die Entscheidung zu kritisieren") */
            for (int32_t k = j - 1; tok_is(d, j, ",") && k >= lo && k >= j - 3;
                 k--) {
                int n = neg_match(x, k, &v);
                if (n > 0 && k + n == j && VHAS(v, refuse))
                    return 1;
            }
            break;
        }
        int n = neg_match(x, j, &v);
        if (n > 0 && j + n <= h && (!VHAS(v, post) || VHAS(v, pre)) &&
            (h - (j + n) <= 3 || VHAS(v, refuse)))
            return 1;
    }
    for (int32_t j = h + hl; j < hi && j <= h + hl + 5; j++) {
        if (is_clause_punct(d, j))
            break;
        const char *v;
        int n = neg_match(x, j, &v);
        if (n > 0 && VHAS(v, post))
            return 1;
    }
    return 0;
}

/* Is the negated reproach at token h (length hl) one of the speaker's
 * side ("no one can blame us", "personne ne peut nous reprocher",
 * "nikt nie może nam zarzucić", "man kann uns nicht vorwerfen", "нас не
 * в чем упрекнуть")?  A first-person object pronoun (a carrier marked
 * firstobj) stands in its clause before it or right after it ("blame
 * us").  One that is also a subject form (marked first too: French
 * "nous") counts only after the negation: before it, it is the subject
 * ("nous ne reprochons rien": the speaker's own refusal to reproach, no
 * denial). */
static int
reproach_of_self(lctx *x, int32_t h, int hl, int32_t lo, int32_t hi)
{
    ws_doc *d = x->d;
    const char *v;
    if (h + hl < hi && h + hl < x->ntok && lexmatch(x, x->labels, h + hl, &v) &&
        VHAS(v, firstobj))
        return 1;
    int past_neg = 0;
    for (int32_t j = h - 1; j >= lo && j >= h - 6; j--) {
        if (is_clause_punct(d, j) || (d->tokens.v[j].flags & WS_TOK_QUOTE))
            break;
        if (neg_match(x, j, &v) > 0) {
            past_neg = 1;
            continue;
        }
        if (lexmatch(x, x->labels, j, &v) == 1 && VHAS(v, firstobj))
            return !(past_neg && VHAS(v, first));
    }
    return 0;
}

/* The word of attribute key ("sep=") in entry value v: its start, its
 * length in *n and in *pre whether it ends in '*' (WORD* matches any word
 * it begins); NULL when v has no such attribute. */
static const char *
attr_word(const char *v, const char *key, size_t *n, int *pre)
{
    const char *p = v;
    size_t kl = strlen(key);
    /* the attribute itself, not the tail of a longer one */
    while ((p = strstr(p, key)) != NULL && p != v && p[-1] != ' ')
        p += kl;
    if (p == NULL)
        return NULL;
    p += kl;
    *n = 0;
    while (p[*n] && p[*n] != ' ')
        (*n)++;
    *pre = *n > 0 && p[*n - 1] == '*';
    if (*pre)
        (*n)--;
    return p;
}

/* Is token t the word w (n bytes, pre: a prefix)? */
static int
tok_equals(lctx *x, int32_t t, const char *w, size_t n, int pre)
{
    size_t fl;
    const char *f = ws_tok_fold(x->w, x->d, t, 3, &fl);
    return (pre ? fl >= n : fl == n) && memcmp(f, w, n) == 0;
}

/* For an entry "... sep=WORD" (a German separable verb: "wies die
 * Vorwürfe zurück"): does WORD follow token h in its sentence?  -1 when
 * the entry names no particle. */
static int
particle_after(lctx *x, const char *v, const char *key, int32_t h)
{
    size_t n;
    int pre;
    const char *p = attr_word(v, key, &n, &pre);
    if (p == NULL)
        return -1;
    /* to the sentence's final mark (not the sentence: a capitalised
     * noun may have been taken for a sentence start) */
    for (int32_t j = h + 1; j < x->ntok && j <= h + 30; j++) {
        if (ws_tok_is_final(x->d, j))
            break;
        if (tok_equals(x, j, p, n, pre))
            return 1;
    }
    return 0;
}

/* Is token t the separable particle ("sep=WORD") of the label entry at
 * token h? */
static int
particle_is(lctx *x, int32_t h, int32_t t)
{
    const char *v, *p;
    size_t n;
    int pre;
    if (lexmatch(x, x->labels, h, &v) <= 0 ||
        (p = attr_word(v, "sep=", &n, &pre)) == NULL)
        return 0;
    return tok_equals(x, t, p, n, pre);
}

static int
particle_follows(lctx *x, const char *v, int32_t h)
{
    return particle_after(x, v, "sep=", h) != 0;
}

/* Does word token t end in one of the '|'-separated endings in e (n
 * bytes), with at least two bytes before it? */
static int
ends_in(lctx *x, int32_t t, const char *e, size_t n)
{
    size_t fl;
    const char *f = ws_tok_fold(x->w, x->d, t, 3, &fl);
    while (n > 0) {
        size_t k = 0;
        while (k < n && e[k] != '|')
            k++;
        if (k > 0 && fl >= k + 2 && memcmp(f + fl - k, e, k) == 0)
            return 1;
        e += k < n ? k + 1 : k;
        n -= k < n ? k + 1 : k;
    }
    return 0;
}

/* For an entry marked modinf (Ukrainian "має", "мають": "has" or, before
 * an infinitive, "is to"): does an infinitive follow token h in its
 * clause, past up to two words ("має негайно компенсувати", "має не
 * допустити")?  The endings are the label lexicon's "_infinitive" entry
 * ("ends=ти|ть"); a reflexive one (its "refl=ся|сь") names a scheduled
 * event ("має відбутися"), no obligation. */
static int
infinitive_after(lctx *x, int32_t h)
{
    const char *v = ws_lex_word(x->labels, "_infinitive", 11);
    size_t en, rn;
    int pre;
    const char *e = v ? attr_word(v, "ends=", &en, &pre) : NULL;
    const char *r = v ? attr_word(v, "refl=", &rn, &pre) : NULL;
    if (e == NULL)
        return 0;
    for (int32_t j = h + 1; j < x->ntok && j <= h + 3; j++) {
        if (!ws_tok_is_word(x->d, j))
            return 0;
        if (ends_in(x, j, e, en))
            return r == NULL || !ends_in(x, j, r, rn);
    }
    return 0;
}

/* Is there, among the n words before token h in its clause, a label
 * entry ending before h whose scope has a bit of scmask or whose label is
 * label (-1: none)? */
static int
label_before(lctx *x, int32_t h, int32_t lo, int32_t n, unsigned scmask,
             int label)
{
    for (int32_t j = h - 1; j >= lo && j >= h - n; j--) {
        const char *v;
        unsigned sc;
        if (is_clause_punct(x->d, j))
            return 0;
        int m = lexmatch(x, x->labels, j, &v);
        if (m > 0 && j + m <= h && (label_of(v, &sc) == label || (sc & scmask)))
            return 1;
    }
    return 0;
}

/* For an entry marked claimsubj ("does not change", "не отменяют"): is
 * its subject a claim, a claim noun (marked claim) or an accusation among
 * the eight words before token h in its clause ("talk of historic rights
 * does not change the rules": the claim dismissed as irrelevant, a
 * denial; "the sanctions do not change the picture" is no denial)? */
static int
claim_subject(lctx *x, int32_t h, int32_t lo)
{
    return label_before(x, h, lo, 8, SC_CLAIM, WS_ACCUSATION);
}

/* A determiner among the two words before token h ("the nonstop
 * demands")? */
static int
after_det(lctx *x, int32_t h, int32_t lo)
{
    for (int32_t j = h - 1; j >= lo && j >= h - 2; j--) {
        if (!ws_tok_is_word(x->d, j))
            return 0;
        if (skipclass_at(x, j) & K_DET)
            return 1;
    }
    return 0;
}

/* A light verb (entries marked light: "made", "reiterated", "voiced")
 * before the determiner of the act noun at token h, in its sentence:
 * "is making a demand", "reiterated its demand that ...": the noun is the
 * subject's own act, not a report of someone else's. */
static int
after_light(lctx *x, int32_t h)
{
    int32_t s0 = sent_t0(x, h);
    int det = 0;
    for (int32_t j = h - 1; j >= s0 && j >= h - 4; j--) {
        const char *v;
        if (!ws_tok_is_word(x->d, j)) {
            if (x->d->tokens.v[j].flags & WS_TOK_QUOTE)
                continue;
            return 0;
        }
        unsigned k = skipclass_at(x, j);
        if (k & (K_DET | K_ADV)) {
            det |= (k & K_DET) != 0;
            continue;
        }
        /* the verb, then the determiner ("the repeated demands" is
         * no light verb) */
        return det && lexmatch(x, x->labels, j, &v) == 1 && VHAS(v, light);
    }
    return 0;
}

/* Does a demonstrative ("these", "such", "ці", "solche") stand among the
 * two words before token h ("these warnings", "such unfounded claims")? */
static int
after_dem(lctx *x, int32_t h, int32_t lo)
{
    for (int32_t j = h - 1; j >= lo && j >= h - 2; j--) {
        const char *v;
        unsigned sc;
        if (!ws_tok_is_word(x->d, j))
            return 0;
        if (lexmatch(x, x->labels, j, &v) == 1 &&
            (label_of(v, &sc), sc & SC_DEM))
            return 1;
    }
    return 0;
}

/* Has token j the label-lexicon scope bit `bit` (a carrier entry)? */
static int
carrier_at(lctx *x, int32_t j, unsigned bit, int *len)
{
    const char *v;
    unsigned sc;
    int n = lexmatch(x, x->labels, j, &v);
    if (n > 0 && (label_of(v, &sc), sc & bit)) {
        if (len)
            *len = n;
        return 1;
    }
    return 0;
}

/* A rejection "dismissed X as Y" (h: the rejection): condemnation when X
 * is a person or thing, a denial when X is a claim or Y says false
 * ("dismissed the report as baseless").  1 condemnation, 0 not. */
static int
dismissed_as(lctx *x, int32_t h, int hl, int32_t hi)
{
    ws_doc *d = x->d;
    int claim = 0;
    for (int32_t j = h + hl; j < hi && j <= h + hl + 8; j++) {
        if (is_clause_punct(d, j))
            return 0;
        if (!ws_tok_is_word(d, j))
            continue;
        const char *v;
        unsigned sc;
        int n = lexmatch(x, x->labels, j, &v);
        if (n <= 0)
            continue;
        int lab = label_of(v, &sc);
        if (sc & SC_CLAIM || lab == WS_ACCUSATION)
            claim = 1;
        if (sc & SC_AS) {
            if (claim || j == h + hl)
                return 0;
            for (int32_t k = j + n; k < hi && k <= j + 7; k++) {
                if (is_clause_punct(d, k))
                    break;
                if (ws_tok_is_word(d, k) && lexmatch(x, x->labels, k, &v) > 0 &&
                    label_of(v, &sc) == WS_DENIAL)
                    return 0;
            }
            return 1;
        }
        j += n - 1;
    }
    return 0;
}

/* Is token h in a question (its sentence ends with a question mark that
 * is not inside the statement's content)?  "But has he called for ...?" */
static int
in_question(lctx *x, const ws_statement *st, int32_t h)
{
    ws_doc *d = x->d;
    int32_t e = sent_t1(x, h) - 1;
    while (e > h && (d->tokens.v[e].flags & WS_TOK_QUOTE))
        e--;
    if (e <= h || !tok_is(d, e, "?"))
        return 0;
    int32_t cp = d->tokens.v[e].start;
    for (int k = 0; k < st->ncontent; k++)
        if (cp >= st->content[k].start && cp < st->content[k].end)
            return 0;
    return 1;
}

/* Does a subject clause opener (label carriers marked subjrel: "wer",
 * "кто", "whoever") stand among the words [from, to)? */
static int
subject_clause(lctx *x, int32_t from, int32_t to)
{
    for (int32_t j = from; j < to; j++) {
        const char *v;
        if (ws_tok_is_word(x->d, j) && lexmatch(x, x->labels, j, &v) > 0 &&
            VHAS(v, subjrel))
            return 1;
    }
    return 0;
}

/* A speech verb between the content's start and token h (an act verb
 * counts when a complementizer follows it): the words after it are a
 * third party's ("claimed that the judge was unfit"), unless the speaker
 * says it of themself ("I think"). */
static int
nested_speech(lctx *x, int32_t c0, int32_t h)
{
    /* within h's sentence: a new sentence is the speaker's again */
    int32_t s0 = sent_t0(x, h);
    if (s0 < c0)
        s0 = c0;
    for (int32_t j = h - 30 > s0 ? h - 30 : s0; j < h; j++) {
        const char *v;
        if (!ws_tok_is_word(x->d, j))
            continue;
        int n = lexmatch(x, XL(x, cues), j, &v);
        /* the speech verb of a subject clause (opened by a carrier marked
         * subjrel: "wer", "кто", "whoever") that ends with a comma just
         * before h ("Wer von Versagen spricht, kennt die Fakten nicht",
         * "Кто говорит о провале, не знает фактов"): h is the main
         * clause's, the speaker's own */
        if (n > 0 && j + n <= h && h > 0 && tok_is(x->d, h - 1, ",") &&
            h - 1 >= j + n && subject_clause(x, s0, j)) {
            j += n - 1;
            continue;
        }
        /* an act verb with a content clause ("claimed that the judge
         * was unfit", "a affirmé que") reports speech too */
        const char *cv;
        int speech = n > 0 && j + n <= h && VHAS(v, say) &&
                     (!VHAS(v, act) ||
                      (j + n < h && lexmatch(x, XL(x, cues), j + n, &cv) == 1 &&
                       VHAS(cv, comp)));
        if (speech) {
            /* "I think", "I'll tell you": the speaker's own */
            int own = 0;
            for (int32_t k = j - 1; k >= c0 && k >= j - 2 && !own; k--) {
                const char *pv;
                own = pron_at(x, k, &pv) == 1 && VHAS(pv, x);
            }
            if (!own)
                return 1;
        }
        if (n > 1)
            j += n - 1;
    }
    return 0;
}

static int
hedged_at(lctx *x, int32_t h, int32_t lo)
{
    ws_doc *d = x->d;
    for (int32_t j = h - 1; j >= lo && j >= h - 6; j--) {
        const char *v;
        if (is_clause_punct(d, j)) {
            /* a parenthetical hedge set off by commas ("мы, возможно,
             * осудим", "we will, perhaps, condemn") */
            for (int32_t k = j - 1; tok_is(d, j, ",") && k >= lo && k >= j - 2;
                 k--) {
                int n = lexmatch(x, XL(x, hedge), k, &v);
                if (n > 0 && k + n == j && !VHAS(v, cond))
                    return 1;
            }
            break;
        }
        int n = lexmatch(x, XL(x, hedge), j, &v);
        if (n > 0 && j + n <= h)
            return 1;
    }
    return 0;
}

/* Is a plan or the present before the own-conduct phrase at token h in
 * its clause: an intent marker, a modal or a present auxiliary (carriers
 * marked pres: "is", "are", "can")? */
static int
owncond_blocked(lctx *x, int32_t h, int32_t lo)
{
    if (label_before(x, h, lo, 10, SC_MARK | SC_MODAL, -1))
        return 1;
    for (int32_t j = h - 1; j >= lo && j >= h - 10; j--) {
        const char *v;
        if (is_clause_punct(x->d, j))
            break;
        if (lexmatch(x, x->labels, j, &v) == 1 && VHAS(v, pres))
            return 1;
    }
    return 0;
}

/* Is the safety word at token h (entries marked safeq) a question about
 * the speaker's own safety ("whether we are safe", "czy jesteśmy
 * bezpieczni", "sind wir sicher?", "в безопасности ли мы"): a question
 * marker (a hedge marked q) or a question mark closing its clause, and a
 * first-person word (labels marked first, firstobj or firstv: "we",
 * "jesteśmy"), each within four words of it in its clause?  Asking
 * whether one is safe voices worry; whether a thing is safe is a plain
 * question. */
static int
own_safety_question(lctx *x, int32_t h, int hl)
{
    ws_doc *d = x->d;
    int32_t s0 = sent_t0(x, h), s1 = sent_t1(x, h);
    int q = 0, first = 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        int32_t j = dir < 0 ? h - 1 : h + hl;
        for (int k = 0; k < 4 && j >= s0 && j < s1; k++, j += dir) {
            if (dir > 0 && tok_is(d, j, "?"))
                q = 1;
            if (is_clause_punct(d, j))
                break;
            const char *v;
            if (lexmatch(x, XL(x, hedge), j, &v) > 0 && VHAS(v, q))
                q = 1;
            if (lexmatch(x, x->labels, j, &v) > 0 &&
                (VHAS(v, first) || VHAS(v, firstobj) || VHAS(v, firstv)))
                first = 1;
        }
    }
    return q && first;
}

static int
strong_at(lctx *x, int32_t h, int hl, int32_t lo, int32_t hi)
{
    for (int32_t j = h - 3; j < h + hl + 5 && j < hi; j++) {
        if (j < lo || (j >= h && j < h + hl))
            continue;
        const char *v;
        if (lexmatch(x, XL(x, inten), j, &v) > 0)
            return 1;
    }
    return 0;
}

/* ---- target ---- */

/* A hyphen glued to the words on both sides ("early-morning",
 * "so-called"): part of a compound, not a clause break. */
static int
glued_hyphen(const ws_doc *d, int32_t i)
{
    return (d->tokens.v[i].flags & WS_TOK_DASH) && i > 0 &&
           i + 1 < d->tokens.n &&
           d->tokens.v[i - 1].end == d->tokens.v[i].start &&
           d->tokens.v[i + 1].start == d->tokens.v[i].end &&
           ws_tok_is_word(d, i - 1) && ws_tok_is_word(d, i + 1);
}

/* Does an adjunct preposition or subordinator (label carriers marked
 * tend: "for", "as", "during", "when") stand at token i?  It ends a
 * target after its first word ("mocked Romney | for not releasing
 * ...", "praised the mayor | in a speech"), unless a name follows it
 * ("the militia in Goma"; a capitalised pronoun is none: "because I"). */
static int
target_end_at(lctx *x, int32_t i, int act)
{
    const char *v;
    return ws_tok_is_word(x->d, i) && lexmatch(x, x->labels, i, &v) == 1 &&
           (act ? VHAS(v, actend) : VHAS(v, tend)) && i + 1 < x->ntok &&
           (!(x->d->tokens.v[i + 1].flags & WS_TOK_UPPER) ||
            pron_at(x, i + 1, &v) > 0);
}

/* Does a finite verb of a clause start at token i, known by its
 * auxiliary, copula, modal or intent marker (label carriers marked aux,
 * cop, factv, pres, mark or modal; hedges other than a condition or a
 * question: "could", "may", "können")?  "warned that the drought could
 * ruin the harvest": the subject "the drought" ends before it. */
static int
verb_value(const char *v)
{
    unsigned sc;
    return v != NULL &&
           (VHAS(v, aux) || VHAS(v, cop) || VHAS(v, factv) || VHAS(v, pres) ||
            (label_of(v, &sc), sc & (SC_MARK | SC_MODAL)));
}

static int
clause_verb_at(lctx *x, int32_t i)
{
    const char *v;
    if (!ws_tok_is_word(x->d, i))
        return 0;
    if (lexmatch(x, x->labels, i, &v) > 0 && verb_value(v))
        return 1;
    /* the word alone, when it opens a longer entry ("is lying") */
    if (ws_lex_tok_word(x->labels, x->w, x->d, i, 0, &v) && verb_value(v))
        return 1;
    return lexmatch(x, XL(x, hedge), i, &v) > 0 && !VHAS(v, cond) &&
           !VHAS(v, q);
}

/* Is token i a complementizer ("that", "que", "dass", "что": cue
 * carriers marked comp) that opens a clause, not a demonstrative
 * subject ("that was a mistake": a verb right after it)? */
static int
comp_opens_clause(lctx *x, int32_t i, int32_t hi)
{
    const char *v;
    return i + 1 < hi && ws_tok_is_word(x->d, i) &&
           lexmatch(x, XL(x, cues), i, &v) == 1 && VHAS(v, comp) &&
           ws_tok_is_word(x->d, i + 1) && !clause_verb_at(x, i + 1);
}

/* Does the conjunction at token c join a second phrase of the same kind
 * to the target ("accountability and transparency", "to discuss their
 * plans and refrain from insults"), not open a clause: a word after it
 * that is no pronoun, auxiliary, modal, adverb, second conjunction,
 * speech verb or verbal act ("and said", "and urged"), before the
 * region's end? */
static int
coordinated(lctx *x, int32_t c, int32_t hi)
{
    const char *v;
    unsigned sc;
    int32_t j = c + 1;
    return j < hi && ws_tok_is_word(x->d, j) && !clause_verb_at(x, j) &&
           pron_at(x, j, &v) == 0 &&
           !(skipclass_at(x, j) & (K_ADV | K_CONJ | K_PREP)) &&
           lexmatch(x, XL(x, hedge), j, &v) == 0 &&
           lexmatch(x, XL(x, cues), j, &v) == 0 &&
           !(lexmatch(x, x->labels, j, &v) > 0 &&
             label_of(v, &sc) != WS_NEUTRAL && (sc & SC_CUE));
}

/* The end of the target phrase that starts at token a (hi: the end of
 * the region): the clause end, a quote mark, an adjunct preposition
 * (target_end_at), an adverb or conjunction, an intensity phrase, at most
 * 14 tokens; verb: also the verb of a content clause (clause_verb_at),
 * which ends its subject. */
static int32_t
phrase_end(lctx *x, int32_t a, int32_t hi, int verb)
{
    ws_doc *d = x->d;
    int32_t b = a;
    while (b < hi && b - a < 14) {
        /* a short quotation inside the phrase is part of it ("a
         * \"blatant breach\" of the accord"): its closing mark within
         * six tokens, no clause break inside, a word after it */
        if (b > a && (d->tokens.v[b].flags & WS_TOK_QUOTE)) {
            int32_t q = b + 1;
            while (q < hi && q <= b + 6 && ws_tok_is_word(d, q))
                q++;
            if (q > b + 1 && q + 1 < hi && q <= b + 6 &&
                (d->tokens.v[q].flags & WS_TOK_QUOTE) &&
                ws_tok_is_word(d, q + 1) &&
                !(skipclass_at(x, q + 1) & (K_ADV | K_CONJ)) &&
                q + 1 - a < 14) {
                b = q + 1;
                continue;
            }
        }
        if ((is_clause_punct(d, b) && !glued_hyphen(d, b)) ||
            (d->tokens.v[b].flags & WS_TOK_QUOTE))
            break;
        if (b > (x->target_act ? a + 1 : a) &&
            target_end_at(x, b, x->target_act))
            break;
        /* an adverb or conjunction ends the target; an auxiliary (label
         * carriers marked aux) does not ("denied that troops had crossed
         * the border") */
        const char *av;
        if (b > a && (skipclass_at(x, b) & K_CONJ) && coordinated(x, b, hi)) {
            b++;
            continue;
        }
        if (b > a && (skipclass_at(x, b) & (K_ADV | K_CONJ)) &&
            !(lexmatch(x, x->labels, b, &av) == 1 && VHAS(av, aux)))
            break;
        /* "the attack in the strongest terms": the intensity is no
         * part of the target */
        const char *iv;
        if (b > a && lexmatch(x, XL(x, inten), b, &iv) > 0)
            break;
        if (b > a && verb && clause_verb_at(x, b))
            break;
        /* a time or channel phrase ("on Friday", "on Twitter", "in a
         * statement") is no part of what the act is about */
        const char *tv;
        if (b > a && lexmatch(x, x->skip, b, &tv) > 0 && VHAS(tv, time))
            break;
        /* a condition ("if", "si", "если") opens a clause of its own */
        const char *cv;
        if (b > a && lexmatch(x, XL(x, hedge), b, &cv) > 0 && VHAS(cv, cond))
            break;
        b++;
    }
    return b;
}

static int32_t ent_at(lctx *x, int32_t j);

/* Does the phrase [a, b) end with an agent: a pronoun, a named entity,
 * or a role or body noun (stance-speakers.tsv)?  Not "a Clinton
 * victory", a name before its head. */
static int
agent_phrase(lctx *x, int32_t a, int32_t b)
{
    int32_t j = b - 1;
    while (j > a && !ws_tok_is_word(x->d, j))
        j--;
    const char *v;
    return ws_tok_is_word(x->d, j) &&
           (ent_at(x, j) >= 0 || lexmatch(x, XL(x, spk), j, &v) > 0 ||
            (pron_at(x, j, &v) == 1 && !VHAS(v, rel)));
}

/* The start of the phrase named in "what X called Y" when one opens at
 * token a (a word marked namerel among the first three tokens, a naming
 * verb among the eight after it, no clause break between), else a. */
static int32_t
named_phrase(lctx *x, int32_t a, int32_t hi)
{
    ws_doc *d = x->d;
    for (int32_t k = a; k < hi && k < a + 3; k++) {
        const char *v;
        int n = lexmatch(x, x->labels, k, &v);
        if (n <= 0 || !VHAS(v, namerel))
            continue;
        for (int32_t j = k + n; j < hi && j <= k + 8; j++) {
            if (is_clause_punct(d, j) || (d->tokens.v[j].flags & WS_TOK_QUOTE))
                return a;
            int m = lexmatch(x, x->labels, j, &v);
            if (m > 0 && VHAS(v, name)) {
                j += m;
                while (j < hi && ws_tok_is_word(d, j) &&
                       (skipclass_at(x, j) & K_PREP) &&
                       !(skipclass_at(x, j) & K_DET))
                    j++;
                return j < hi ? j : a;
            }
        }
        return a;
    }
    return a;
}

/* The phrase after the stance word (prepositions skipped) to the clause
 * end, else the phrase before it in its clause. */
static void
set_target_dir(lctx *x, ws_statement *st, int32_t h, int hl, int32_t lo,
               int32_t hi, int subj)
{
    ws_doc *d = x->d;
    int32_t a = h + hl;
    for (;;) {
        const char *iv;
        int in = a < hi ? lexmatch(x, XL(x, inten), a, &iv) : 0;
        /* "condemned in the strongest terms the attack": the intensity
         * before the target is no part of it */
        if (in > 0 && a + in <= hi) {
            a += in;
            continue;
        }
        if (a < hi && ws_tok_is_word(d, a) &&
            (skipclass_at(x, a) & (K_PREP | K_ADV)) &&
            !(skipclass_at(x, a) & K_DET)) {
            a++;
            continue;
        }
        /* the quote marks around the stance word or its object ("«
         * profondément préoccupé » par la multiplication", "»zutiefst
         * besorgt« über die Blockade") are no part of the target, when a
         * preposition or a conjunction follows them (a quoted verb's
         * object is not what it is predicated of) */
        if (a < hi && (d->tokens.v[a].flags & WS_TOK_QUOTE) && a + 1 < hi &&
            ws_tok_is_word(d, a + 1) &&
            (skipclass_at(x, a + 1) & (K_PREP | K_CONJ))) {
            a++;
            continue;
        }
        break;
    }
    /* "condemned what the mayor called a betrayal", "a condamné ce qu'il
     * a qualifié de trahison": the target is what is named, after the
     * naming verb (carriers marked name) of a relative opened by a word
     * marked namerel among the first three tokens */
    int32_t named = subj ? a : named_phrase(x, a, hi);
    /* an object quoted whole: its words, to the closing mark (within 14
     * tokens, in its sentence) */
    int32_t quoted = -1;
    if ((named > a || hl == 0) && named + 1 < hi &&
        (d->tokens.v[named].flags & WS_TOK_QUOTE) &&
        ws_tok_is_word(d, named + 1)) {
        named++;
        /* (the region may end before the closing mark: the trailing
         * punctuation of a content is cut) */
        for (int32_t q = named + 1; q <= hi && q < x->ntok && q < named + 14;
             q++) {
            if (d->tokens.v[q].flags & WS_TOK_QUOTE) {
                quoted = q < hi ? q : hi;
                break;
            }
            if (ws_tok_is_final(d, q))
                break;
        }
    }
    a = named;
    /* the complementizer opening a content clause is no part of its
     * target ("denied that troops crossed": "troops crossed") */
    int clause = !subj && comp_opens_clause(x, a, hi);
    if (clause)
        a++;
    int32_t b = a;
    int before = subj;
    /* a conjunction right after the stance word opens the next clause:
     * the stance is predicated of what stands before it ("Ces attaques
     * sont inacceptables et menacent ...": the target is "Ces
     * attaques") */
    if (hl > 0 && a + 1 < hi && (skipclass_at(x, a) & K_CONJ))
        before = 1;
    if (!before && quoted > a) {
        b = quoted;
    } else if (!before) {
        b = phrase_end(x, a, hi, x->target_subj);
        /* "warned that the rebels could take the port": the danger is
         * what an agent (a pronoun, a name, a role or body) would do,
         * the verb phrase after its auxiliaries; a thing or an event
         * ("the drought could ruin ...") is the danger itself */
        if (x->target_subj == TS_DANGER && b > a && b < hi &&
            clause_verb_at(x, b) && agent_phrase(x, a, b)) {
            int32_t v = b;
            while (v < hi && ws_tok_is_word(d, v) &&
                   (clause_verb_at(x, v) || (skipclass_at(x, v) & K_ADV)))
                v++;
            int32_t e = v < hi ? phrase_end(x, v, hi, 0) : v;
            if (e > v) {
                a = v;
                b = e;
            }
        }
    }
    if (before || b <= a || (b == a + 1 && !ws_tok_is_word(d, a))) {
        b = h;
        /* "the sanctions were \"illegal\"": an opening quote before the
         * stance word does not end the phrase before it */
        while (b > lo && ((skipclass_at(x, b - 1) & K_ADV) ||
                          (d->tokens.v[b - 1].flags & WS_TOK_QUOTE)))
            b--;
        a = b;
        while (a > lo && !is_clause_punct(d, a - 1) &&
               !(d->tokens.v[a - 1].flags & WS_TOK_QUOTE) && b - a < 12)
            a--;
    }
    /* no trailing punctuation, auxiliary, adverb or determiner ("This is
     * a war crime": the target is "This") */
    const char *tv;
    while (b > a &&
           (ws_tok_is_punct(d, b - 1) ||
            (b > a + 1 && (skipclass_at(x, b - 1) & (K_DET | K_ADV))) ||
            (b > a + 1 && ws_tok_is_word(d, b - 1) &&
             (skipclass_at(x, b - 1) & K_PREP)) ||
            (lexmatch(x, x->labels, b - 1, &tv) == 1 &&
             (VHAS(tv, aux) || VHAS(tv, cop)))))
        b--;
    while (a < b && ws_tok_is_punct(d, a))
        a++;
    if (b > a) {
        st->target_span = tok_span(x, a, b);
        st->target =
            ws_doc_slice(d, st->target_span.start, st->target_span.end);
    }
}

/* subj: the phrase before the stance word first (the agent of a hostile
 * deed: "Russia is shelling the port" accuses Russia), the phrase after
 * it when there is none. */
static void
set_target(lctx *x, ws_statement *st, int32_t h, int hl, int32_t lo, int32_t hi,
           int subj)
{
    x->target_act = st->nstance > 0 && st->stance[0] == WS_DEMAND;
    x->target_subj =
        st->nstance == 0              ? TS_NONE
        : st->stance[0] == WS_WARNING ? TS_DANGER
        : st->stance[0] == WS_CONCERN || st->stance[0] == WS_ACCUSATION
            ? TS_SUBJ
            : TS_NONE;
    if (subj) {
        set_target_dir(x, st, h, hl, lo, hi, 1);
        if (st->target != NULL)
            return;
    }
    set_target_dir(x, st, h, hl, lo, hi, 0);
}

/* ---- the labeller ---- */

typedef struct {
    int label;
    unsigned scope;
    int32_t tok;
    int len;
    int32_t lo, hi;
    int on_cue;
    int deed; /* a hostile deed in the content: its agent is the target */
} hit;

#define MAXHITS 24

/* Does the cue itself negate, refuse or hedge what follows ("declined to",
 * "avoids", "would")?  1 negated, 2 hedged, 0 neither. */
static int
cue_mode(lctx *x, int32_t t0, int32_t t1)
{
    for (int32_t t = t0; t < t1; t++) {
        const char *v;
        if (neg_match(x, t, &v) > 0 && !VHAS(v, post))
            return 1;
    }
    for (int32_t t = t0; t < t1; t++) {
        const char *v;
        if (lexmatch(x, XL(x, hedge), t, &v) > 0)
            return 2;
    }
    return 0;
}

/* Does a refusal (negation entries marked refuse: "lehnte es ab")
 * begin at token t? */
static int
refusal_at(lctx *x, int32_t t)
{
    const char *v;
    return neg_match(x, t, &v) > 0 && VHAS(v, refuse);
}

/* Entity index holding token j, or -1: the last entity starting at or
 * before the token (entities are sorted and do not overlap), found by
 * ws_doc_ents_before's binary search, not a scan of the document's
 * entities for each token asked. */
static int32_t
ent_at(lctx *x, int32_t j)
{
    const ws_doc *d = x->d;
    if (j < 0 || j >= d->tokens.n)
        return -1;
    int32_t e = ws_doc_ents_before(d, d->tokens.v[j].start + 1) - 1;
    if (e >= 0 && d->entities.v[e].tok0 <= j && j < d->entities.v[e].tok1)
        return e;
    return -1;
}

/* Is token t inside the name of an organisation,
 * body, outlet, place or event of two or more tokens ("the Trans-Pacific
 * Partnership", "Partia Wolności", "Союз защиты")?  Its words name the
 * thing; they express no stance. */
static int
in_name(lctx *x, int32_t t)
{
    const ws_doc *d = x->d;
    int32_t e = ent_at(x, t);
    if (e < 0)
        return 0;
    const ws_entity *en = &d->entities.v[e];
    /* names start with a capital; their inner words need not
     * ("Organisation de coopération") */
    if (en->tok1 - en->tok0 < 2 || en->tok0 < 0 || en->tok0 >= x->ntok ||
        !(d->tokens.v[en->tok0].flags & WS_TOK_UPPER))
        return 0;
    return en->type == WS_ORG || en->type == WS_GOV || en->type == WS_MEDIA ||
           en->type == WS_LOC || en->type == WS_MISC;
}

/* Is token t a capitalised word after another inside its sentence
 * ("the Trans- Pacific Partnership" that the tagger missed)?  German
 * capitalises every noun: never there. */
static int
title_word(lctx *x, int32_t t)
{
    const ws_doc *d = x->d;
    return strcmp(x->lang, "de") != 0 && t > 0 &&
           (d->tokens.v[t].flags & WS_TOK_UPPER) &&
           (d->tokens.v[t - 1].flags & WS_TOK_UPPER) &&
           d->tokens.v[t - 1].sent == d->tokens.v[t].sent &&
           ws_tok_is_word(d, t - 1) && t - 1 > sent_t0(x, t);
}

/* Is entity e the speaker, or a body that states a government's or an
 * organisation's position (the speaker's country, ministry, alliance:
 * "Poland fully supports ...", said by its ministry)? */
static int
speaker_side(lctx *x, const ws_statement *st, int32_t e)
{
    const ws_entity *en = &x->d->entities.v[e];
    if (en->type == WS_LOC || en->type == WS_GOV || en->type == WS_ORG)
        return 1;
    if (en->type != WS_PERSON)
        return 0;
    if (st->speaker.start >= 0 && en->start < st->speaker.end &&
        st->speaker.start < en->end)
        return 1;
    if (st->speaker_ent >= 0 && st->speaker_ent < x->d->entities.n &&
        x->d->entities.v[st->speaker_ent].cluster == en->cluster)
        return 1;
    const char *nm = en->name ? en->name : en->text;
    return nm && st->speaker_name && ws_eval_name_match(nm, st->speaker_name);
}

/* Is entity e followed by a possessive ending ("NATO's support": its
 * owner is the agent of the act noun)? */
static int
possessive(lctx *x, int32_t e)
{
    const ws_doc *d = x->d;
    int32_t t = d->entities.v[e].tok1;
    if (t > 0 && t - 1 < x->ntok) {
        size_t n;
        const char *f = ws_tok_fold(x->w, d, t - 1, 0, &n);
        if ((n >= 2 && memcmp(f + n - 2, "'s", 2) == 0) ||
            (n >= 4 && memcmp(f + n - 4, "\xe2\x80\x99s", 4) == 0))
            return 1;
    }
    if (t < x->ntok) {
        size_t n;
        const char *f = ws_tok_fold(x->w, d, t, 0, &n);
        if ((n == 2 && memcmp(f, "'s", 2) == 0) ||
            (n == 4 && memcmp(f, "\xe2\x80\x99s", 4) == 0) ||
            (n == 1 && f[0] == '\'') ||
            (n == 3 && memcmp(f, "\xe2\x80\x99", 3) == 0))
            return 1;
    }
    return 0;
}

/* Is the agent of the deed at token h the speaker: a first-person word
 * ("we shelled", "our forces struck"; entries marked first) or a name
 * of the speaker, the first such word before it in its clause?  Another
 * pronoun or name is someone else. */
static int
own_deed(lctx *x, const ws_statement *st, int32_t h, int32_t lo)
{
    ws_doc *d = x->d;
    for (int32_t j = h - 1; j >= lo && j >= h - 8; j--) {
        if (is_clause_punct(d, j))
            break;
        if (!ws_tok_is_word(d, j))
            continue;
        const char *v;
        if (lexmatch(x, x->labels, j, &v) == 1 && VHAS(v, first))
            return 1;
        if (pron_at(x, j, &v) == 1)
            return 0;
        int32_t e = ent_at(x, j);
        if (e >= 0) {
            const ws_entity *en = &d->entities.v[e];
            if (st->speaker.start >= 0 && en->start < st->speaker.end &&
                st->speaker.start < en->end)
                return 1;
            if (st->speaker_ent >= 0 && st->speaker_ent < d->entities.n &&
                d->entities.v[st->speaker_ent].cluster == en->cluster)
                return 1;
            const char *nm = en->name ? en->name : en->text;
            return nm && st->speaker_name &&
                   ws_eval_name_match(nm, st->speaker_name);
        }
    }
    return 0;
}

/* An intent marker ("would", "is prepared to", "vowed to") among the
 * four words before token h? */
static int
after_intent(lctx *x, int32_t h, int32_t lo)
{
    return label_before(x, h, lo, 4, SC_MARK, -1);
}

/* Is the evaluation at token h the matter of an inquiry ("an
 * investigation of illegal arms sales", "расследование незаконных
 * поставок", "une enquête sur des ventes illégales"): an inquiry noun
 * (carriers marked inquiry) among the five words before it, with only
 * prepositions, determiners, adverbs and one other word (the noun an
 * adjective follows) between?  What is investigated is not yet the
 * speaker's verdict. */
static int
inquiry_matter(lctx *x, int32_t h, int32_t lo)
{
    int32_t k = -1;
    for (int32_t j = h - 1; j >= lo && j >= h - 5 && k < 0; j--) {
        if (is_clause_punct(x->d, j))
            return 0;
        const char *v;
        int n = lexmatch(x, x->labels, j, &v);
        if (n > 0 && j + n <= h && VHAS(v, inquiry))
            k = j + n;
    }
    if (k < 0)
        return 0;
    /* between: prepositions ("w sprawie", "of"), determiners, adverbs */
    int other = 0;
    for (int32_t j = k; j < h;) {
        const char *v;
        int n = lexmatch(x, x->skip, j, &v);
        if (n > 0 && j + n <= h && (skip_class(v) & (K_PREP | K_DET | K_ADV))) {
            j += n;
            continue;
        }
        if (other++)
            return 0;
        j++;
    }
    return 1;
}

/* A denial word later in the clause of token h (the accusation noun at
 * h is then the claim denied: "the allegations are baseless", "die
 * Vorwürfe sind haltlos"). */
static int
denied_later(lctx *x, int32_t from, int32_t hi)
{
    for (int32_t j = from; j < hi && j < from + 8; j++) {
        if (is_clause_punct(x->d, j))
            return 0;
        const char *v;
        unsigned sc;
        int n = lexmatch(x, x->labels, j, &v);
        if (n > 0 && ws_tok_is_word(x->d, j) && label_of(v, &sc) == WS_DENIAL &&
            (sc & SC_EVAL))
            return 1;
        if (n > 1)
            j += n - 1;
    }
    return 0;
}

/* Is the disaster word at token h (length hl) a predicted outcome: a
 * leading verb (entries marked lead: "lead to", "führen", "привести к",
 * and the purpose verbs of averting: "to avoid", "abzuwenden") in its
 * clause, or a risk noun (marked risk) among the three words before it?
 * Returns 0 when not, else the first token after the marker when it
 * stands before h (a refusal word in it, "to avoid", negates nothing),
 * h when after.  An end (endof: "the end of", "koniec", "das Ende") is a
 * danger only as what a consequence verb (marked mean: "means", "oznacza",
 * "bedeutet") names, among the two words after it: "the ban means the end
 * of fishing", not "talks could lead to the end of the war". */
static int32_t
danger_context(lctx *x, int32_t h, int hl, int endof)
{
    ws_doc *d = x->d;
    int32_t s0 = sent_t0(x, h), s1 = sent_t1(x, h);
    for (int32_t j = h - 1; j >= s0 && j >= h - 8; j--) {
        const char *v;
        if (is_clause_punct(d, j))
            break;
        int n = lexmatch(x, x->labels, j, &v);
        if (endof) {
            if (n > 0 && j + n <= h && VHAS(v, mean))
                return j + n;
            if (j <= h - 3)
                break;
            continue;
        }
        if (n > 0 && j + n <= h &&
            (VHAS(v, lead) || (VHAS(v, risk) && h - (j + n) <= 3)))
            return j + n;
    }
    if (endof)
        return 0;
    for (int32_t j = h + hl; j < s1 && j < h + hl + 6; j++) {
        const char *v;
        if (is_clause_punct(d, j))
            break;
        if (lexmatch(x, x->labels, j, &v) > 0 && VHAS(v, lead))
            return h > 0 ? h : 1;
    }
    return 0;
}

/* Does a carrier marked attr follow among the win words after the entry
 * at [h, h + hl), within its clause?  For a verb of breaking (entries
 * marked normobj: "порушують", "нарушил", "violent") a rule, law,
 * agreement or schedule (carriers marked norm, three words: "порушують
 * графік", not "порушив питання": raised the question); for a contrast
 * (motive_after's entries) a motive word (four words). */
static int
attr_after(lctx *x, int32_t h, int hl, int win, const char *attr)
{
    for (int32_t j = h + hl; j < x->ntok && j < h + hl + win; j++) {
        const char *v;
        if (is_clause_punct(x->d, j))
            return 0;
        if (lexmatch(x, x->labels, j, &v) > 0 && ws_lex_has_attr(v, attr))
            return 1;
    }
    return 0;
}

/* A possible loss at token h (entries marked loss: "cost", "lose",
 * "коштувати", "kosten", "perdre"): a modal of possibility (a hedge, no
 * condition or question) among the eight words before it in its clause
 * ("delays could cost the region its cargo", "könnte den Hafen Kunden
 * kosten"), and no figure among the six words after it in its clause
 * ("may cost 5 euros": a price; "could cost it nearly 2 % of its revenue":
 * an estimate, an analysis). */
static int
possible_loss(lctx *x, int32_t h, int hl)
{
    ws_doc *d = x->d;
    for (int32_t j = h + hl; j < x->ntok && j < h + hl + 6; j++) {
        if (is_clause_punct(d, j))
            break;
        if (d->tokens.v[j].flags & WS_TOK_NUM)
            return 0;
    }
    int32_t s0 = sent_t0(x, h);
    for (int32_t j = h - 1; j >= s0 && j >= h - 8; j--) {
        const char *v;
        if (is_clause_punct(d, j))
            break;
        int n = lexmatch(x, XL(x, hedge), j, &v);
        if (n > 0 && j + n <= h && !VHAS(v, cond) && !VHAS(v, q))
            return 1;
    }
    return 0;
}

/* For a participle (entries marked avoir: French "frappé"): does an
 * auxiliary of avoir (a carrier marked avoir) stand before it, adverbs
 * between ("a déjà frappé"; "advend=ment" in the entry v: a word with that
 * ending is an adverb too, "a récemment attaqué")?  "a été frappé" (a
 * passive) has none. */
static int
avoir_before(lctx *x, int32_t h, const char *pv)
{
    size_t en = 0;
    int pre = 0;
    const char *e = attr_word(pv, "advend=", &en, &pre);
    for (int32_t j = h - 1; j >= 0 && j >= h - 3; j--) {
        const char *v;
        if (is_clause_punct(x->d, j))
            return 0;
        if (lexmatch(x, x->labels, j, &v) == 1 && VHAS(v, avoir))
            return 1;
        if (!(skipclass_at(x, j) & K_ADV) && !(e && ends_in(x, j, e, en)))
            return 0;
    }
    return 0;
}

/* A conditional threat at token h ("may halt its mediation if ...",
 * "would suspend aid unless ..."): an intent marker or a modal hedge among
 * the four words before it and a condition (hedge entries marked cond)
 * in its sentence.  A compulsion (forced: "we will be forced to ...",
 * "будемо змушені", "nous serons contraints de") is its own marker: any
 * step it announces under a condition is a threat. */
static int
if_threat(lctx *x, int32_t h, int forced)
{
    int32_t s0 = sent_t0(x, h), s1 = sent_t1(x, h);
    int marked = forced || after_intent(x, h, s0);
    for (int32_t j = h - 1; !marked && j >= s0 && j >= h - 4; j--) {
        const char *v;
        if (is_clause_punct(x->d, j))
            break;
        int n = lexmatch(x, XL(x, hedge), j, &v);
        marked = n > 0 && j + n <= h && !VHAS(v, cond);
    }
    if (!marked)
        return 0;
    for (int32_t j = s0; j < s1; j++) {
        const char *v;
        if (lexmatch(x, XL(x, hedge), j, &v) > 0 && VHAS(v, cond))
            return 1;
    }
    return 0;
}

/* Does the statement's content hold a clausal negation of a fact (a
 * negation entry marked neg that is no preposition: "not", "не", "n'", not
 * "without", "без"; a factv carrier beside it)?  An assurance (entries marked
 * assure: "assured", "запевнив") that something is not so rejects a claim or a
 * concern: a denial ("assured that no record had left the building"); one that
 * something is so is none ("assured that the water is safe"), and so is a
 * promise ("assured that it will not cut its aid"). */
static int
content_negated(lctx *x, const ws_statement *st)
{
    for (int k = 0; k < st->ncontent; k++) {
        int32_t a, b;
        span_toks(x, st->content[k], &a, &b);
        for (int32_t j = a; j < b && j < x->ntok; j++) {
            const char *v;
            if (neg_match(x, j, &v) <= 0 || !VHAS(v, neg) ||
                (skipclass_at(x, j) & K_PREP))
                continue;
            /* a fact, not a promise: a past or present auxiliary or
             * "has" (carriers marked factv) beside the negation ("n'a
             * quitté", "did not", "не має"), not "ne réduira pas" */
            for (int32_t m = j - 1; m <= j + 2 && m < b && m < x->ntok; m++) {
                if (m < a || m == j || is_clause_punct(x->d, m))
                    continue;
                if (lexmatch(x, x->labels, m, &v) == 1 && VHAS(v, factv))
                    return 1;
            }
        }
    }
    return 0;
}

/* Is the statement's speaker a document (a speaker noun, or a label
 * carrier, marked doc: "the report", "une note interne", "звіт")?  It
 * states, it does not act: a noun phrase before an act word in its
 * content is that act's subject, a third party's. */
static int
doc_speaker(lctx *x, const ws_statement *st)
{
    if (st->speaker.start < 0)
        return 0;
    int32_t a, b;
    span_toks(x, st->speaker, &a, &b);
    for (int32_t j = a; j < b && j < x->ntok; j++) {
        const char *v;
        if (!ws_tok_is_word(x->d, j))
            continue;
        if ((lexmatch(x, XL(x, spk), j, &v) > 0 && VHAS(v, doc)) ||
            (lexmatch(x, x->labels, j, &v) > 0 && VHAS(v, doc)))
            return 1;
    }
    return 0;
}

/* An act word in the content (not an evaluation) is the speaker's when
 * it opens the content ("... said they were concerned", "that we
 * condemn"), a personal pronoun is its subject, or its subject names the
 * speaker or a government or organisation speaking through them; a
 * relative pronoun or another noun phrase before it makes it a third
 * party's act ("clients are beginning to demand", "a movement that
 * blames"). */
static int
speakers_act(lctx *x, const ws_statement *st, int32_t h, int32_t c0, int32_t lo)
{
    ws_doc *d = x->d;
    int words = 0;
    for (int32_t j = c0; j < h && words <= 2; j++)
        words += ws_tok_is_word(d, j);
    int other = 0;
    /* English puts a name before the noun it modifies ("the Coast Guard
     * manual calls for ..."): a name with a noun after it is not the
     * subject */
    int en_compound = strcmp(x->lang, "en") == 0;
    for (int32_t j = h - 1; j >= lo && j >= h - 8; j--) {
        if (is_clause_punct(d, j) && !inner_dot(x->w, d, j))
            break;
        if (!ws_tok_is_word(d, j))
            continue;
        const char *v;
        if (pron_at(x, j, &v) == 1)
            return !VHAS(v, rel);
        int32_t e = ent_at(x, j);
        if (e >= 0)
            return !(other && en_compound && !possessive(x, e)) &&
                   speaker_side(x, st, e);
        /* "we condemn ... and call for ...": a verb after a conjunction
         * shares the subject of the act before it */
        int cl;
        if (carrier_at(x, j, SC_CONJ, &cl) && cl == 1) {
            for (int32_t k = j - 1; k >= lo && k >= j - 8; k--) {
                if (is_clause_punct(d, k))
                    break;
                unsigned ksc;
                int kn = lexmatch(x, x->labels, k, &v);
                if (kn > 0 && k + kn <= j && ws_tok_is_word(d, k)) {
                    int kl = label_of(v, &ksc);
                    if (kl >= 0 && kl != WS_NEUTRAL && !(ksc & SC_EVAL))
                        return speakers_act(x, st, k, c0, lo);
                }
            }
        }
        if (skipclass_at(x, j) & (K_ADV | K_STOP | K_TIME))
            continue;
        if (neg_match(x, j, &v) > 0 || lexmatch(x, XL(x, inten), j, &v) > 0)
            continue;
        other = 1;
    }
    /* "a memo says the hackers demand a ransom": a document's content
     * names another agent, even in two words */
    if (other && doc_speaker(x, st))
        return 0;
    return words <= 2 || !other;
}

/* Is the statement's subject a thing (labels marked thing: "a problem
 * that", "the rules", "ситуация"), not a person, a body or a pronoun?  A
 * demand verb after it states a requirement ("a problem that demands a
 * joint response"), no act. */
static int
thing_speaker(lctx *x, const ws_statement *st)
{
    if (st->speaker.start < 0)
        return 0;
    int32_t a, b;
    span_toks(x, st->speaker, &a, &b);
    int thing = 0;
    for (int32_t j = a; j < b && j < x->ntok; j++) {
        const char *v;
        if (!ws_tok_is_word(x->d, j))
            continue;
        if (ent_at(x, j) >= 0 || lexmatch(x, XL(x, spk), j, &v) > 0 ||
            (pron_at(x, j, &v) == 1 && !VHAS(v, rel)))
            return 0;
        if (lexmatch(x, x->labels, j, &v) == 1 && VHAS(v, thing))
            thing = 1;
    }
    return thing;
}

/* Is the people noun at h the cue itself ("a staunch defender of", the
 * speaker in apposition), not the recipient of a speech verb before it in
 * the cue or after it ("told supporters that ...")? */
static int
person_cue(lctx *x, const ws_statement *st, int32_t h)
{
    int32_t c0, c1;
    span_toks(x, st->cue, &c0, &c1);
    if (h >= c1)
        return 0;
    for (int32_t j = c0; j < h; j++) {
        const char *v;
        if (lexmatch(x, XL(x, cues), j, &v) > 0)
            return 0;
    }
    return 1;
}

/* Is the act at h the verb of a relative clause inside the region that
 * starts at c0 ("a post that insulted the governor", "a letter which
 * condemned ...")?  Its subject is the noun before the relative pronoun,
 * not the speaker.  Only adverbs and intensifiers may stand between the
 * pronoun and the act, and a word of the region must stand before the
 * pronoun (a clause opening with "that" is a complement, not a
 * relative clause). */
static int
relative_act(lctx *x, int32_t h, int32_t c0, int32_t lo)
{
    ws_doc *d = x->d;
    for (int32_t j = h - 1; j >= lo && j > c0 && j >= h - 4; j--) {
        if (!ws_tok_is_word(d, j))
            return 0;
        const char *v;
        if ((pron_at(x, j, &v) == 1 && VHAS(v, rel)) ||
            carrier_at(x, j, SC_REL, NULL))
            return ws_tok_is_word(d, j - 1) || tok_is(d, j - 1, ",");
        if ((skipclass_at(x, j) & K_ADV) ||
            lexmatch(x, XL(x, inten), j, &v) > 0)
            continue;
        return 0;
    }
    return 0;
}

/* English: is the word at t a bare verb (the base form Hunspell knows
 * an -ing form of: "show" - "showing", "stop" - "stopping", "release" -
 * "releasing"), not a finite or derived form? */
static int
en_base_verb(lctx *x, int32_t t)
{
    size_t n;
    const char *f = ws_tok_fold(x->w, x->d, t, 0, &n);
    char buf[64];
    if (f == NULL || n < 2 || n + 5 > sizeof buf)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (f[k] < 'a' || f[k] > 'z')
            return 0;
    if ((f[n - 1] == 's' && f[n - 2] != 's') ||
        (n > 2 && memcmp(f + n - 2, "ed", 2) == 0) ||
        (n > 2 && memcmp(f + n - 2, "ly", 2) == 0) ||
        (n > 3 && memcmp(f + n - 3, "ing", 3) == 0))
        return 0;
    memcpy(buf, f, n);
    /* "show" - "showing", "release" - "releasing", "stop" - "stopping" */
    memcpy(buf + n, "ing", 3);
    if (ws_spell(x->w, "en", buf, n + 3) == 1)
        return 1;
    if (f[n - 1] == 'e') {
        memcpy(buf + n - 1, "ing", 3);
        if (ws_spell(x->w, "en", buf, n + 2) == 1)
            return 1;
    }
    buf[n] = f[n - 1];
    memcpy(buf + n + 1, "ing", 3);
    return ws_spell(x->w, "en", buf, n + 4) == 1;
}

/* Does the sentence of tokens [v, s1) hold the punctuation mark p ("?",
 * "!")? */
static int
sent_has(lctx *x, int32_t v, int32_t s1, const char *p, size_t pn)
{
    for (int32_t k = v; k < s1; k++)
        if (ws_tok_blen(x->d, k) == (int32_t)pn &&
            memcmp(ws_tok_ptr(x->d, k), p, pn) == 0)
            return 1;
    return 0;
}

/* German: is the verb at v an imperative?  The polite form is the
 * infinitive form followed by a capitalised "Sie" ("Stoppen Sie die
 * Angriffe", "Geben Sie uns Zeit"), in a sentence that asks nothing; the
 * plural familiar form ends in -t and is followed by an object in an
 * exclamation ("Stoppt den Krieg!").  Auxiliaries, modals and discourse
 * imperatives ("Glauben Sie mir", "Stellen Sie sich vor") are carriers
 * marked noimp in the label lexicon. */
static int
de_imperative(lctx *x, int32_t v, int32_t s1)
{
    ws_doc *d = x->d;
    size_t n;
    const char *f = ws_tok_fold(x->w, d, v, 0, &n);
    if (f == NULL || n < 4 || sent_has(x, v, s1, "?", 1))
        return 0;
    if (f[n - 1] == 'n' &&
        (f[n - 2] == 'e' || f[n - 2] == 'r' || f[n - 2] == 'l'))
        return tok_is(d, v + 1, "Sie");
    if (f[n - 1] == 't' && sent_has(x, v, s1, "!", 1))
        return (skipclass_at(x, v + 1) & K_DET) ||
               carrier_at(x, v + 1, SC_OBJP, NULL);
    return 0;
}

/* Polish: is the verb at v a plural imperative ("Przestańcie",
 * "Wycofajcie wojska", "Nie róbcie tego")?  Its ending is -cie after a
 * consonant (-jcie, -ńcie, -dźcie, -bcie); the present tense's -acie,
 * -ecie, -icie, -ycie and the past's -ście end in a vowel or "ś" before
 * it.  Discourse imperatives ("Słuchajcie", "Wyobraźcie sobie") are
 * carriers marked noimp. */
static int
pl_imperative(lctx *x, int32_t v)
{
    size_t n;
    const char *f = ws_tok_fold(x->w, x->d, v, 0, &n);
    if (f == NULL || n < 6 || memcmp(f + n - 3, "cie", 3) != 0)
        return 0;
    unsigned char c = (unsigned char)f[n - 4];
    if (c < 0x80)
        return strchr("aeiouy", c) == NULL;
    /* a two-byte letter before -cie: ó ą ę are vowels, ś is -ście */
    static const char *const no[] = {"ó", "ą", "ę", "ś"};
    for (size_t k = 0; k < sizeof no / sizeof *no; k++)
        if (memcmp(f + n - 5, no[k], 2) == 0)
            return 0;
    return 1;
}

/* A quoted sentence of the content opening at token t with an imperative
 * addressed to others ("Show voters the bill", "Release the prisoners",
 * "Let them decide"; German "Stoppen Sie die Angriffe", Polish
 * "Wycofajcie wojska"): a demand.  The verb (after at most one adverb:
 * "Please", "Just"; Polish also after "nie") opens the sentence.
 * English: a bare verb followed by an object, a determiner or object
 * pronoun right after it or after one more word ("Show voters the
 * bill"), or any bare verb after a negative opener outside a question
 * ("Don't shoot", "Never forget"; negation entries marked imp); German and
 * Polish: the imperative's own form (de_imperative, pl_imperative).  Discourse
 * imperatives ("Let me", "Make no mistake", "Imagine", "Thank you") are none; a
 * word that is a stance word of its own or a name is read as such. */
static int
imperative_at(lctx *x, int32_t t, int32_t t0)
{
    ws_doc *d = x->d;
    /* (the token's flags before the language: most words are no
     * capitalised word) */
    if (!ws_tok_is_word(d, t) || !(d->tokens.v[t].flags & WS_TOK_UPPER))
        return 0;
    int en = strcmp(x->lang, "en") == 0, de = strcmp(x->lang, "de") == 0,
        pl = strcmp(x->lang, "pl") == 0;
    if (!(en || de || pl))
        return 0;
    /* the first word of a sentence of the content */
    int32_t j = t - 1;
    while (j >= t0 && (d->tokens.v[j].flags & WS_TOK_QUOTE))
        j--;
    if (j >= t0 && !ws_tok_is_final(d, j))
        return 0;
    int32_t s1 = sent_t1(x, t);
    int32_t v = t;
    const char *lv;
    unsigned sc;
    /* English: a negative imperative ("Don't shoot", "Never forget"):
     * the opener is a negation entry marked imp; no object is needed */
    int negimp = 0;
    int nn = en ? neg_match(x, v, &lv) : 0;
    if (nn > 0 && VHAS(lv, imp) && v + nn < s1 && !sent_has(x, v, s1, "?", 1)) {
        v += nn;
        negimp = 1;
    } else if (v + 1 < s1 && ws_tok_is_word(d, v + 1) &&
               ((skipclass_at(x, v) & K_ADV) || (pl && tok_is(d, v, "Nie"))))
        v++;
    if ((!negimp && (v + 1 >= s1 || !ws_tok_is_word(d, v + 1))) ||
        !ws_tok_is_word(d, v) || ent_at(x, v) >= 0 || skipclass_at(x, v) != 0 ||
        pron_at(x, v, &lv) > 0)
        return 0;
    int n = lexmatch(x, x->labels, v, &lv);
    if (n > 0) {
        int lab = label_of(lv, &sc);
        if (lab != WS_NEUTRAL || (sc & (SC_NOIMP | SC_OBJP | SC_MARK)))
            return 0;
    }
    if (de)
        return de_imperative(x, v, s1);
    if (pl)
        return pl_imperative(x, v);
    if (!en_base_verb(x, v))
        return 0;
    if (negimp)
        return 1;
    for (int32_t k = v + 1; k <= v + 2 && k < s1; k++) {
        if (!ws_tok_is_word(d, k))
            return 0;
        if ((skipclass_at(x, k) & K_DET) || carrier_at(x, k, SC_OBJP, NULL))
            return 1;
    }
    return 0;
}

/* A reported act's content that is a clause, not the act's object: an
 * auxiliary (label carriers marked aux: "are", "has", "being") between
 * its start c0 and token h ("noted clients are beginning to demand ...":
 * the demand is the clients'). */
static int
clause_before(lctx *x, int32_t h, int32_t c0)
{
    for (int32_t j = c0; j < h; j++) {
        const char *v;
        if (ws_tok_is_word(x->d, j) && lexmatch(x, x->labels, j, &v) == 1 &&
            VHAS(v, aux))
            return 1;
    }
    return 0;
}

/* The object of a rejection at token h: a request or proposal (an entry
 * marked obj among its next four words)? */
static int
rejects_request(lctx *x, int32_t h, int hl, int32_t hi)
{
    ws_doc *d = x->d;
    for (int32_t j = h + hl; j < hi && j < h + hl + 5; j++) {
        if (is_clause_punct(d, j))
            break;
        const char *v;
        unsigned sc;
        if (ws_tok_is_word(d, j) && lexmatch(x, x->labels, j, &v) > 0 &&
            (label_of(v, &sc), sc & SC_OBJ))
            return 1;
    }
    return 0;
}

/* Does the infinitive marker at token j end a refusal or a hedge ("fails
 * to", "unable to", "plans to", "likely to"): no instruction then? */
static int
marker_in_phrase(lctx *x, int32_t j, int32_t lo)
{
    for (int32_t k = j - 1; k >= lo && k >= j - 3; k--) {
        const char *v;
        int n = neg_match(x, k, &v);
        if (n > 0 && k + n == j + 1)
            return 1;
        n = lexmatch(x, XL(x, hedge), k, &v);
        if (n > 0 && k + n == j + 1)
            return 1;
    }
    return 0;
}

/* The infinitive marker of an instruction opening the content: among its
 * first five words, or the five words after token `after` when that is
 * inside it ("North Korea to refrain ...", "appelait les parties à
 * respecter"); not after a condition opening it ("if the bloc fails to
 * ...") nor ending a refusal or hedge ("unable to").  Its token, or -1. */
static int32_t
content_inf_at(lctx *x, ws_span c, int32_t after)
{
    if (c.start < 0)
        return -1;
    ws_doc *d = x->d;
    int32_t a, b;
    span_toks(x, c, &a, &b);
    if (after > a && after < b)
        a = after;
    int words = 0;
    for (int32_t j = a; j < b && words < 5; j++) {
        if (!ws_tok_is_word(d, j)) {
            if (is_clause_punct(d, j) && words > 0)
                return -1;
            continue;
        }
        const char *v;
        unsigned sc;
        if (words == 0 && lexmatch(x, XL(x, hedge), j, &v) > 0 && VHAS(v, cond))
            return -1;
        words++;
        if (lexmatch(x, x->labels, j, &v) == 1 &&
            (label_of(v, &sc), sc & SC_INF))
            return marker_in_phrase(x, j, a) ? -1 : j;
    }
    return -1;
}

/* The stance of the act an instruction asks for: support, when the word
 * right after its infinitive marker m (adverbs skipped: "to fully
 * support") is an act of support, not negated: asking others to back or
 * welcome someone backs them.  Other acts asked for ("to retaliate", "to
 * protest") are the instruction's content, no second stance.  Its
 * label, or -1. */
static int
instructed_act(lctx *x, int32_t m)
{
    if (m < 0)
        return -1;
    int32_t s1 = sent_t1(x, m);
    for (int32_t j = m + 1; j < s1 && j <= m + 3; j++) {
        if (!ws_tok_is_word(x->d, j))
            return -1;
        if (skipclass_at(x, j) & K_ADV)
            continue;
        const char *v;
        unsigned sc;
        int n = lexmatch(x, x->labels, j, &v);
        if (n <= 0)
            return -1;
        int lab = label_of(v, &sc);
        if (lab != WS_SUPPORT ||
            (sc & (SC_CUE | SC_WEAK | SC_NEEDINF | SC_REJ | SC_INTENT |
                   SC_DEED | SC_IFTHREAT | SC_DANGER | SC_COND)) ||
            negated_at(x, j, n, sent_t0(x, j), s1))
            return -1;
        return lab;
    }
    return -1;
}

static int
content_inf(lctx *x, ws_span c, int32_t after)
{
    return content_inf_at(x, c, after) >= 0;
}

/* Is hit b a second act beside hit a?  A second sentence ("We are
 * concerned ... We strongly condemn ..."), or a second clause or
 * instruction after the first act ("urged the EC to support ...",
 * "lodged a protest, charging its neighbour with ..."); not a second
 * stance word in one phrase ("a disgusting fraud"). */
static int
second_act(lctx *x, const hit *a, const hit *b)
{
    const ws_doc *d = x->d;
    if (d->tokens.v[a->tok].sent != d->tokens.v[b->tok].sent)
        return 1;
    for (int32_t j = a->tok + a->len; j < b->tok; j++) {
        const char *v;
        unsigned sc;
        if (is_clause_punct(d, j))
            return 1;
        if (ws_tok_is_word(d, j) && lexmatch(x, x->labels, j, &v) == 1 &&
            (label_of(v, &sc), sc & (SC_INF | SC_CONJ)))
            return 1;
    }
    return 0;
}

/* A consequence after a negative condition ending at token `from`: a
 * negation or a modal of necessity later in its sentence (up to token
 * hi, the end of its region), before a semicolon or colon ("without a
 * budget, the mission can no longer ...", "ohne neue Mittel ...
 * schließen müsse").  Its token, or -1. */
static int32_t
cond_consequence(lctx *x, int32_t from, int32_t hi)
{
    ws_doc *d = x->d;
    for (int32_t j = from; j < hi && j < from + 20; j++) {
        if (tok_is(d, j, ";") || tok_is(d, j, ":") ||
            (ws_tok_is_final(d, j) && !inner_dot(x->w, d, j)))
            return -1;
        if (!ws_tok_is_word(d, j))
            continue;
        const char *v;
        unsigned sc;
        int n = lexmatch(x, x->labels, j, &v);
        if (n > 0) {
            label_of(v, &sc);
            if (sc & SC_MODAL)
                return j;
            /* another condition, or a second clause ("... without
             * problems and will not need ...") */
            if (sc & (SC_COND | SC_CONJ))
                return -1;
        }
        if (neg_match(x, j, &v) > 0 && VHAS(v, neg))
            return j;
        if (n > 1)
            j += n - 1;
    }
    return -1;
}

/* A rejection whose content stands before its cue ("calls to establish
 * a commission ... were rejected"): is the content a request? */
static int
passive_request(lctx *x, const ws_statement *st)
{
    if (st->ncontent == 0 || st->content[0].start >= st->cue.start)
        return 0;
    int32_t a, b;
    span_toks(x, st->content[0], &a, &b);
    return a < b && rejects_request(x, a - 1, 1, b);
}

/* Is the evaluation at token h a word a third party gives something
 * with a naming verb (carriers marked name: "calls", "nazywa",
 * "называет", "nennt", "qualifie") among the eight words before it in
 * its clause?  0 no; 1 yes, the namer's word and not the speaker's ("the
 * board calls the strike illegal"); 2 yes and what is named is the
 * speaker's own (a first-person word between: "the board calls our
 * protest «illegal»"): the speaker charges the namer with branding them,
 * an accusation.  A first-person namer ("we call this barbaric") names
 * nothing of a third party: 0. */
static int
named_by_other(lctx *x, int32_t h, int32_t lo)
{
    for (int32_t j = h - 1; j >= lo && j >= h - 8; j--) {
        const char *v;
        if (is_clause_punct(x->d, j))
            return 0;
        int n = lexmatch(x, x->labels, j, &v);
        if (n <= 0 || j + n > h || !VHAS(v, name))
            continue;
        if (j > lo && lexmatch(x, x->labels, j - 1, &v) > 0 && VHAS(v, first))
            return 0;
        for (int32_t k = j + n; k < h; k++)
            if (lexmatch(x, x->labels, k, &v) > 0 &&
                (VHAS(v, first) || VHAS(v, firstobj)))
                return 2;
        return 1;
    }
    return 0;
}

/* Does the attack verb at token h (length hl) have a named party as its
 * object: a place, government or nation among the four words after it, in
 * its clause ("wants to attack Switzerland", "готова атаковать Харків"; a
 * person or party is attacked in words: "plans to attack Clinton"), or a
 * first-person object ("attack us"), or between the intent marker and
 * the verb?  "plans to attack four provisions of the tax code" is no
 * threat. */
static int
party_at(lctx *x, int32_t j)
{
    const char *v;
    int32_t e = ent_at(x, j);
    if (e >= 0 && (x->d->entities.v[e].type == WS_LOC ||
                   x->d->entities.v[e].type == WS_GOV ||
                   x->d->entities.v[e].type == WS_NORP))
        return 1;
    return lexmatch(x, x->labels, j, &v) > 0 && VHAS(v, firstobj);
}

static int
attacks_party(lctx *x, int32_t h, int hl)
{
    /* German puts the object between the marker and the verb ("will
     * Litauen angreifen") */
    for (int32_t j = h - 1; j >= 0 && j >= h - 4; j--) {
        const char *v;
        unsigned sc;
        if (is_clause_punct(x->d, j) || (lexmatch(x, x->labels, j, &v) > 0 &&
                                         (label_of(v, &sc), sc & SC_MARK)))
            break;
        if (party_at(x, j))
            return 1;
    }
    for (int32_t j = h + hl; j < x->ntok && j < h + hl + 4; j++) {
        if (is_clause_punct(x->d, j))
            return 0;
        if (party_at(x, j))
            return 1;
    }
    return 0;
}

/* For an entry marked contrast (a corrective negation: "а не", "a
 * nie", "not for", "und nicht", "et non"): does a motive word (carriers
 * marked motive: "мотивов", "powodów", "reasons", "Gründen", "raisons")
 * follow among the four words after it?  "closed for safety reasons, а
 * не из политических мотивов" rebuts an imputed motive: a denial. */
static int
motive_after(lctx *x, int32_t h, int hl)
{
    return attr_after(x, h, hl, 4, "motive");
}

/* Scare quotes: a possessive determiner (carriers marked possdet:
 * "their", "свои", "swoje", "ihre", "leurs") at token t, then one to three
 * lower-case words between quotation marks ("until the insurers finish
 * their „checks“"): the speaker disparages what the quoted words name, a
 * condemnation.  A capitalised word is a name ("its «Sputnik» vaccine").
 * Returns the token after the closing mark, or -1. */
static int32_t
scare_quote_at(lctx *x, int32_t t, int32_t t1)
{
    const ws_doc *d = x->d;
    const char *v;
    /* the mark first: most words are followed by none (no lookup) */
    if (t + 3 >= t1 || !(d->tokens.v[t + 1].flags & WS_TOK_QUOTE) ||
        lexmatch(x, x->labels, t, &v) != 1 || !VHAS(v, possdet))
        return -1;
    for (int32_t j = t + 2; j < t1 && j <= t + 5; j++) {
        if (d->tokens.v[j].flags & WS_TOK_QUOTE)
            return j > t + 2 ? j + 1 : -1;
        if (!ws_tok_is_word(d, j) || (d->tokens.v[j].flags & WS_TOK_UPPER))
            return -1;
    }
    return -1;
}

/* A deception charged at token t (its lexicon entry v): a negated verb of
 * wanting (entries marked conceal: "doesn't want the voters to know ...")
 * or a plain verb of letting or leading (marked mislead: "allowed the
 * public to believe that ...") with an object of one to eleven words and
 * then what the object is kept from (carriers marked know) or led to
 * (marked believe), in the sentence.  Returns 1 or 0. */
static int
deceit_at(lctx *x, const char *v, int32_t t, int32_t lo, int32_t hi)
{
    const ws_doc *d = x->d;
    int conceal = VHAS(v, conceal);
    if (!conceal && !VHAS(v, mislead))
        return 0;
    if (negated_at(x, t, 1, lo, hi) != conceal)
        return 0;
    const char *goal = conceal ? "know" : "believe";
    for (int32_t j = t + 2; j < hi && j <= t + 12; j++) {
        if (d->tokens.v[j].sent != d->tokens.v[t].sent)
            return 0;
        const char *w;
        if (ws_tok_is_word(d, j) && lexmatch(x, x->labels, j, &w) > 1)
            return ws_lex_has_attr(w, goal);
    }
    return 0;
}

/* For an entry marked adj (an adjective of wrongdoing: "rigged",
 * "corrupt", "корумпований"): does it stand before a noun that names no
 * agent ("a rigged tax system", "the corrupting influence of ...")?  Then
 * it condemns a thing and charges nobody.  The noun after it is a
 * lower-case word (capitalised in German, where a lower-case one is no
 * noun: "gefälscht worden") that is no function word (skip
 * lexicon), no role or body that can act (stance-speakers.tsv: "corrupt
 * officials", "a corrupt regime" accuse) and no part of a name ("Crooked
 * Hillary"). */
static int
adj_of_thing(lctx *x, int32_t h, int hl)
{
    int32_t j = h + hl;
    const char *v;
    if (j >= x->ntok || !ws_tok_is_word(x->d, j) ||
        x->d->tokens.v[j].sent != x->d->tokens.v[h].sent)
        return 0;
    int upper = (x->d->tokens.v[j].flags & WS_TOK_UPPER) != 0;
    if (upper != (strcmp(x->lang, "de") == 0) || skipclass_at(x, j) ||
        lexmatch(x, XL(x, spk), j, &v) > 0 ||
        lexmatch(x, XL(x, pron), j, &v) > 0 || ent_at(x, j) >= 0)
        return 0;
    return 1;
}

/* Where the act asked for starts in a demand's content [a, b) that has
 * no infinitive marker: after a preposition of the act asked for
 * (carriers marked actprep: "wezwał sojuszników do zwiększenia", "призвал
 * стороны к диалогу"; not at the content's start, where it names the
 * addressee: "zaapelował do mieszkańców o spokój"), or at a quotation
 * after the addressee ("призвал стороны «воздержаться»"); else a. */
static int32_t
demanded_act(lctx *x, int32_t a, int32_t b)
{
    ws_doc *d = x->d;
    for (int32_t j = a + 1; j < b && j <= a + 6; j++) {
        const char *v;
        if (d->tokens.v[j].flags & WS_TOK_QUOTE)
            return j + 1 < b && ws_tok_is_word(d, j + 1) ? j : a;
        if (is_clause_punct(d, j))
            return a;
        if (j + 1 < b && ws_tok_is_word(d, j) &&
            lexmatch(x, x->labels, j, &v) == 1 && VHAS(v, actprep))
            return j + 1;
    }
    return a;
}

/* The object of the stance word h inside the statement's cue ("accused
 * the mayor of": "the mayor"), up to a comma, without a preposition
 * after it, as the target: 1, or 0 when the cue has none (no
 * determiner, name or pronoun after the stance word: "criticized as
 * ...", "criticism for ...", "racist rhetoric"). */
static int
cue_object(lctx *x, ws_statement *st, const hit *h)
{
    ws_doc *d = x->d;
    int32_t ca, cb;
    span_toks(x, st->cue, &ca, &cb);
    int32_t o = h->tok + h->len;
    const char *v;
    if (h->tok < ca || o >= cb || !ws_tok_is_word(d, o) ||
        (skipclass_at(x, o) & (K_PREP | K_ADV | K_CONJ)) ||
        (lexmatch(x, x->labels, o, &v) == 1 && VHAS(v, tend)) ||
        !((skipclass_at(x, o) & K_DET) ||
          (d->tokens.v[o].flags & WS_TOK_UPPER) || pron_at(x, o, &v) > 0))
        return 0;
    int32_t e = o;
    while (e < cb && !is_clause_punct(d, e) &&
           !(d->tokens.v[e].flags & WS_TOK_QUOTE))
        e++;
    while (e > o + 1 && ws_tok_is_word(d, e - 1) &&
           (((skipclass_at(x, e - 1) & (K_PREP | K_ADV)) &&
             !(skipclass_at(x, e - 1) & K_DET)) ||
            (lexmatch(x, x->labels, e - 1, &v) == 1 && VHAS(v, tend))))
        e--;
    st->target_span = tok_span(x, o, e);
    st->target = ws_doc_slice(d, st->target_span.start, st->target_span.end);
    return 1;
}

/* Is the stance word at h predicated of a subject before it: a copula or
 * auxiliary right before it or opening it, adverbs, intensity and
 * articles between ("he is lying", "the claims are outright lies")? */
static int
predicated(lctx *x, int32_t h, int32_t lo)
{
    /* "is lying": an entry that opens with its copula */
    if (clause_verb_at(x, h))
        return h > lo;
    for (int32_t j = h - 1; j >= lo && j >= h - 4; j--) {
        if (!ws_tok_is_word(x->d, j))
            return 0;
        if (clause_verb_at(x, j))
            return j > lo;
        const char *v;
        if (!(skipclass_at(x, j) & (K_ADV | K_DET)) &&
            lexmatch(x, XL(x, inten), j, &v) <= 0)
            return 0;
    }
    return 0;
}

static void
label(lctx *x, ws_statement *st)
{
    ws_doc *d = x->d;
    hit hits[MAXHITS];
    int nh = 0;
    int reported = st->kind == WS_REPORTED || st->ncontent == 0;
    /* regions: the cue (with the words up to the content), the content */
    ws_span reg[WS_MAX_SEGMENTS + 1];
    int nreg = 0;
    int cmode = 0;
    /* the tokens of the cue as given (cue_t0, cue_t1), of the cue's
     * region (reg0_t0, reg0_t1) and of content[0] (con_t0 >= 0 once
     * found): each span's tokens found once (a search of some 150
     * instructions) */
    int32_t cue_t0 = 0, cue_t1 = 0, reg0_t0 = 0, reg0_t1 = 0;
    int32_t con_t0 = -1, con_t1 = -1;
    if (st->cue.start >= 0) {
        reg[nreg] = st->cue;
        span_toks(x, st->cue, &cue_t0, &cue_t1);
        reg0_t0 = cue_t0;
        reg0_t1 = cue_t1;
        if (st->ncontent > 0 && st->content[0].start > st->cue.end) {
            /* (tok_at_cp of the cue's end and of the content's start,
             * each from the tokens before it) */
            int32_t a = st->cue.end >= st->cue.start
                            ? tok_at_cp_from(x, cue_t0, st->cue.end)
                            : tok_at_cp(x, st->cue.end);
            int32_t b = tok_at_cp_from(x, a, st->content[0].start);
            if (b - a <= 6 && a < x->ntok && b <= x->ntok && b > 0 &&
                d->tokens.v[a].sent == d->tokens.v[b - 1].sent) {
                reg[nreg].end = st->content[0].start;
                /* (span_toks of the region: its end's token is b) */
                reg0_t1 = b < x->ntok && d->tokens.v[b].start < reg[nreg].end
                              ? b + 1
                              : b;
            }
        }
        int32_t c0 = reg0_t0, c1 = reg0_t1;
        cmode = cue_mode(x, c0, c1);
        /* a reported act refused or negated before its cue ("did not
         * accuse them of breaking the rules", "не став звинувачувати
         * ... у порушенні правил"): its object names what the act would
         * have been about, no evaluation of the speaker's */
        if (cmode == 0 && reported && st->ncontent > 0 && c1 > c0 &&
            negated_at(x, c0, c1 - c0, sent_t0(x, c0), sent_t1(x, c0)))
            cmode = 1;
        nreg++;
    }
    for (int k = 0; k < st->ncontent; k++)
        reg[nreg++] = st->content[k];
    /* a reported act without content ("the council sent a final
     * notice to the firm to stop the work"): its clause after the cue is read
     * as the content, the speaker's own */
    int pseudo = 0, pre = -1;
    if (st->ncontent == 0 && st->cue.start >= 0) {
        int32_t c0 = cue_t0, c1 = cue_t1;
        if (c1 > c0 && c1 < x->ntok) {
            int32_t e = sent_t1(x, c1 - 1);
            if (e > c1 + 25)
                e = c1 + 25;
            if (e > c1) {
                reg[nreg++] = tok_span(x, c1, e);
                pseudo = 1;
            }
        }
        /* and its passive subject ("Proof of the fraud was
         * shown by the auditors"): evaluations only, not the acts that
         * name a speaker ("protesters", "supporters") */
        int32_t b0 = c0 > 0 ? sent_t0(x, c0) : 0;
        if (c0 > b0 && c0 - b0 <= 12 && c0 < x->ntok) {
            pre = nreg;
            reg[nreg++] = tok_span(x, b0, c0);
        }
    }
    ws_span first_content = nreg > 1 ? reg[1] : (ws_span){-1, -1};
    int cue_label = 0;
    /* the consequence of a negative condition: no demand of its own */
    int32_t cond_end = -1;
    for (int r = 0; r < nreg && nh < MAXHITS; r++) {
        int is_cue = st->cue.start >= 0 && r == 0;
        int32_t t0 = reg0_t0, t1 = reg0_t1;
        if (!is_cue)
            span_toks(x, reg[r], &t0, &t1);
        if (r == (st->cue.start >= 0) && st->ncontent > 0) {
            con_t0 = t0;
            con_t1 = t1;
        }
        if (t0 >= x->ntok || t1 <= t0)
            continue;
        int32_t lo = is_cue ? sent_t0(x, t0) : t0;
        int32_t hi = is_cue ? sent_t1(x, t0) : t1;
        if (is_cue && t1 > hi)
            hi = t1;
        if (t1 - t0 > LABEL_SCAN)
            t1 = t0 + LABEL_SCAN;
        for (int32_t t = t0; t < t1 && nh < MAXHITS; t++) {
            if (!ws_tok_is_word(d, t))
                continue;
            /* '"Show voters the bill," he said': a demand */
            /* (imperative_at's first test here, no call: most words are
             * not capitalised) */
            if (!is_cue && r != pre && !pseudo && st->kind == WS_DIRECT &&
                cmode == 0 && (d->tokens.v[t].flags & WS_TOK_UPPER) &&
                imperative_at(x, t, t0)) {
                hits[nh++] =
                    (hit){WS_DEMAND, SC_EVAL | SC_CONTENT, t, 1, lo, hi, 0, 0};
                if (nh >= MAXHITS)
                    break;
            }
            /* "finish their „checks“": scare quotes disparage */
            if (!is_cue && r != pre && !pseudo &&
                scare_quote_at(x, t, t1) > 0) {
                hits[nh++] = (hit){WS_CONDEMNATION,
                                   SC_EVAL | SC_CONTENT,
                                   t + 2,
                                   1,
                                   lo,
                                   hi,
                                   0,
                                   0};
                if (nh >= MAXHITS)
                    break;
            }
            const char *v;
            int n = lexmatch(x, x->labels, t, &v);
            if (n == 0)
                continue;
            /* "doesn't want the voters to know": a charge of deceit, not
             * the speaker's own */
            if (!is_cue && r != pre && !pseudo && cmode == 0 &&
                deceit_at(x, v, t, lo, hi) && !own_deed(x, st, t, lo)) {
                hits[nh++] = (hit){
                    WS_ACCUSATION, SC_EVAL | SC_CONTENT, t, 1, lo, hi, 0, 1};
                if (nh >= MAXHITS)
                    break;
                continue;
            }
            /* carriers ("to", "as", "we", ...) are no stance words, nor
             * the words of a name outside the cue (the cue is the act;
             * a title-case headline's "Allegations of Fraud" may be
             * tagged as a name) */
            /* (the first byte before the call: of the labels, only
             * "neutral" starts with an n) */
            if ((v[0] == 'n' && strncmp(v, "neutral", 7) == 0) ||
                (!is_cue && in_name(x, t))) {
                t += n - 1;
                continue;
            }
            unsigned scope, sc2;
            const char *v2;
            /* (the value's label, scope and attribute bits read once: the
             * rules below test a dozen of them) */
            const vinfo_t *vi = vinfo(v);
            int lab = vi->lab;
            uint64_t va = vi->attr;
            scope = vi->scope;
            int denied = 0;
            int deed = 0;
            int loss = 0;
            /* "czy jesteśmy bezpieczni": worry about one's own safety;
             * its question marker is no hedge */
            /* "our crew kept to the rules at all times": one's own
             * conduct asserted proper throughout denies a charge; a plan
             * or a present habit ("we will stay alert at all times", "we
             * are in touch at all times") or another's conduct is none */
            if (VA_HAS(va, owncond) &&
                (is_cue || r == pre || pseudo || !own_deed(x, st, t, lo) ||
                 owncond_blocked(x, t, lo))) {
                t += n - 1;
                continue;
            }
            /* "heard it before," but not "heard it before the vote":
             * entries marked endclause end their clause (punctuation, a
             * conjunction or the end after them) */
            if (VA_HAS(va, endclause) && t + n < x->ntok &&
                ws_tok_is_word(d, t + n) &&
                !carrier_at(x, t + n, SC_CONJ, NULL)) {
                t += n - 1;
                continue;
            }
            int safeq = VA_HAS(va, safeq);
            if (safeq && (is_cue || r == pre || pseudo ||
                          !own_safety_question(x, t, n))) {
                t += n - 1;
                continue;
            }
            /* "evalsep=WORD": an evaluation when WORD follows
             * ("Ответственность за ... несёт Москва") */
            if (particle_after(x, v, "evalsep=", t + n - 1) == 1) {
                scope &= ~(unsigned)SC_WEAK;
                scope |= SC_EVAL;
            }
            /* "wants to attack Kyiv", "готов атаковать Харьков": an attack
             * on a named party announced after an intent marker is a
             * threat (entries marked intentverb; elsewhere the word keeps
             * its own scope) */
            if (!is_cue && r != pre && VA_HAS(va, intentverb) &&
                after_intent(x, t, sent_t0(x, t)) && attacks_party(x, t, n) &&
                !negated_at(x, t, n, lo, hi)) {
                lab = WS_WARNING;
                scope = SC_EVAL | SC_INTENT;
            }
            /* "delays could cost the region its cargo": a possible loss
             * is a warning of a negative consequence */
            if (VA_HAS(va, loss)) {
                if (is_cue || r == pre || pseudo || !possible_loss(x, t, n) ||
                    negated_at(x, t, n, lo, hi)) {
                    t += n - 1;
                    continue;
                }
                /* self: no instruction to others after it */
                lab = WS_WARNING;
                scope = SC_EVAL | SC_INTENT | SC_SELF;
                loss = 1;
            }
            /* "we are not delaying anyone deliberately": an intent adverb
             * (entries marked deliberate) negated in a clause of the
             * speaker's side denies an imputed intent; elsewhere none */
            if (VA_HAS(va, deliberate)) {
                if (is_cue || r == pre || pseudo ||
                    !negated_at(x, t, n, lo, hi) || !own_deed(x, st, t, lo)) {
                    t += n - 1;
                    continue;
                }
                lab = WS_DENIAL;
                denied = 1;
                scope = SC_EVAL;
            }
            /* a hostile deed reported in the content accuses its agent */
            if ((scope & SC_DEED) && !is_cue && r != pre &&
                ((VA_HAS(va, normobj) && !attr_after(x, t, n, 3, "norm")) ||
                 (VA_HAS(va, avoir) && !avoir_before(x, t, v)))) {
                t += n - 1;
                continue;
            }
            if ((scope & SC_DEED) && !is_cue && r != pre) {
                int neg = negated_at(x, t, n, lo, hi);
                int own = own_deed(x, st, t, lo);
                /* "we are not blocking anything": denies the charge */
                if (neg && own && !hedged_at(x, t, lo)) {
                    lab = WS_DENIAL;
                    denied = 1;
                } else if (neg || own || hedged_at(x, t, lo)) {
                    t += n - 1;
                    continue;
                } else {
                    lab = WS_ACCUSATION;
                    deed = 1;
                }
                scope = SC_EVAL;
            }
            /* "without X, Y can no longer ...": a warning */
            if (scope & SC_COND) {
                int32_t c =
                    is_cue || r == pre ? -1 : cond_consequence(x, t + n, hi);
                if (c < 0) {
                    t += n - 1;
                    continue;
                }
                if (c + 1 > cond_end)
                    cond_end = c + 1;
                scope = SC_EVAL | SC_COND;
            } else if ((scope & SC_MODAL) && t < cond_end) {
                t += n - 1;
                continue;
            }
            /* a disaster as a predicted outcome: a warning; else the
             * word's own label (if any) */
            int32_t dlo = (scope & SC_DANGER)
                              ? danger_context(x, t, n, VA_HAS(va, endof))
                              : 0;
            if (dlo > 0) {
                lab = WS_WARNING;
                scope = SC_EVAL | SC_INTENT | SC_DANGER;
            } else if ((scope & SC_DANGER) && lab == WS_WARNING) {
                t += n - 1;
                continue;
            } else if (scope & SC_IFTHREAT) {
                /* a punitive step announced under a condition: a threat */
                if (!if_threat(x, t, VA_HAS(va, forced)) ||
                    negated_at(x, t, n, lo, hi)) {
                    t += n - 1;
                    continue;
                }
                /* "forced to take it to court": the step is the
                 * speaker's own (self), no instruction to others */
                scope = SC_EVAL | SC_INTENT | (scope & SC_SELF);
            } else if ((scope & SC_INTENT) && !loss) {
                /* a coercive act announced: a threat */
                /* the marker may end the cue ("vowed to | blockade"); an
                 * attack verb (marked party) only on a named party */
                if (!after_intent(x, t, sent_t0(x, t)) ||
                    (VA_HAS(va, party) && !attacks_party(x, t, n)) ||
                    negated_at(x, t, n, lo, hi)) {
                    t += n - 1;
                    continue;
                }
                scope = SC_EVAL | SC_INTENT;
            }
            /* "an investigation of illegal arms sales": the matter of an
             * inquiry, no evaluation of the speaker */
            if (!is_cue && (scope & SC_EVAL) && lab == WS_CONDEMNATION &&
                inquiry_matter(x, t, lo)) {
                t += n - 1;
                continue;
            }
            /* "told supporters that ...": a people noun is an act of
             * nobody outside the content, and in it only when the
             * speaker is its subject ("we are its firmest supporters") */
            if ((scope & SC_PERSON) &&
                (is_cue
                     ? !person_cue(x, st, t)
                     : r == pre || pseudo || !speakers_act(x, st, t, t0, lo))) {
                t += n - 1;
                continue;
            }
            /* a weak noun in a capitalised name ("Pacific Partnership") */
            if ((scope & SC_WEAK) && !is_cue && title_word(x, t)) {
                t += n - 1;
                continue;
            }
            if (lab < 0 || lab == WS_NEUTRAL || ((scope & SC_CUE) && !is_cue) ||
                (r == pre && !(scope & SC_EVAL)) ||
                ((scope & SC_CONTENT) && is_cue) ||
                ((scope & SC_WEAK) && !reported) || (scope & SC_INF)) {
                t += n - 1;
                continue;
            }
            /* "a problem that demands a response": a requirement */
            if (is_cue && lab == WS_DEMAND && thing_speaker(x, st)) {
                t += n - 1;
                continue;
            }
            /* a refusal phrase starting here ("lehnte es ab, ... zu
             * verurteilen") refuses the act after it; it is no rejection
             * of a claim */
            if (is_cue && (scope & SC_REJ) && refusal_at(x, t)) {
                t += n - 1;
                continue;
            }
            /* the content after a refusing or hypothetical cue */
            if (!particle_follows(x, v, t + n - 1)) {
                t += n - 1;
                continue;
            }
            if ((scope & SC_NODET) && !is_cue && after_det(x, t, lo) &&
                !after_light(x, t)) {
                t += n - 1;
                continue;
            }
            if (VA_HAS(va, contrast) && !motive_after(x, t, n)) {
                t += n - 1;
                continue;
            }
            if (VA_HAS(va, assure) && !content_negated(x, st)) {
                t += n - 1;
                continue;
            }
            if (VA_HAS(va, claimsubj) && !claim_subject(x, t, lo)) {
                t += n - 1;
                continue;
            }
            if (VA_HAS(va, modinf) && !infinitive_after(x, t + n - 1)) {
                t += n - 1;
                continue;
            }
            if ((scope & SC_NEEDINF) && !content_inf(x, first_content, t + n)) {
                t += n - 1;
                continue;
            }
            /* "wants to leave" is the speaker's own plan */
            if ((scope & SC_NEEDOBJ) && t + n < x->ntok &&
                lexmatch(x, x->labels, t + n, &v2) == 1 &&
                (label_of(v2, &sc2), sc2 & SC_INF)) {
                t += n - 1;
                continue;
            }
            /* "praise from Moscow": its author's, not the speaker's */
            if (!is_cue && !(scope & SC_EVAL) && t + n < t1 &&
                carrier_at(x, t + n, SC_SRC, NULL)) {
                t += n - 1;
                continue;
            }
            /* "a rigged tax system": a thing condemned, nobody accused */
            if (lab == WS_ACCUSATION && VA_HAS(va, adj) &&
                adj_of_thing(x, t, n))
                lab = WS_CONDEMNATION;
            /* "dismissed the envoy as a ...": disapproval of a person */
            if ((scope & SC_REJ) && dismissed_as(x, t, n, hi))
                lab = WS_CONDEMNATION;
            /* "the allegations are baseless": the claim denied */
            if (!is_cue && lab == WS_ACCUSATION && !(scope & SC_EVAL) &&
                denied_later(x, t + n, hi)) {
                t += n - 1;
                continue;
            }
            /* "these warnings", "such accusations": earlier acts */
            if (!is_cue && !(scope & SC_EVAL) && after_dem(x, t, lo)) {
                t += n - 1;
                continue;
            }
            if (!is_cue && cmode == 1) {
                st->negated = 1;
                t += n - 1;
                continue;
            }
            if (!is_cue && cmode == 2 && !(scope & (SC_EVAL | SC_INTENT))) {
                st->hedged = 1;
                t += n - 1;
                continue;
            }
            /* a negation inside an earlier stance phrase of this region
             * is that phrase's ("ne tolérerons aucune menace": the threat
             * is the object of the warning, not negated) */
            int32_t nlo = lo;
            if (nh > 0 && hits[nh - 1].lo == lo &&
                hits[nh - 1].tok + hits[nh - 1].len <= t &&
                hits[nh - 1].tok + hits[nh - 1].len > nlo)
                nlo = hits[nh - 1].tok + hits[nh - 1].len;
            /* "to avoid a catastrophe": the marker negates nothing */
            if (dlo > nlo && dlo <= t)
                nlo = dlo;
            if (!(scope & SC_MODAL) && !denied &&
                negated_at(x, t, n, nlo, hi)) {
                /* a negated approval is disapproval ("not satisfied
                 * with", "nicht zufrieden"); a negated act is no act */
                if (lab == WS_SUPPORT && (scope & SC_EVAL))
                    lab = WS_CONDEMNATION;
                /* a reproach nobody can make of us: denied */
                else if (lab == WS_ACCUSATION &&
                         reproach_of_self(x, t, n, nlo, hi)) {
                    lab = WS_DENIAL;
                    scope = SC_EVAL;
                    denied = 1;
                } else {
                    st->negated = 1;
                    t += n - 1;
                    continue;
                }
            }
            /* "nikt nie może nam zarzucić": the modal of a reproach
             * nobody can make is no hedge */
            if (!(scope & SC_INTENT) && !denied && !safeq &&
                hedged_at(x, t, lo)) {
                st->hedged = 1;
                t += n - 1;
                continue;
            }
            if (is_cue && in_question(x, st, t)) {
                st->hedged = 1;
                t += n - 1;
                continue;
            }
            /* "apologized for a post that insulted ...": the act of a
             * relative clause is its noun's, in any content */
            if (!is_cue && r != pre && !(scope & SC_EVAL) &&
                relative_act(x, t, t0, lo)) {
                t += n - 1;
                continue;
            }
            if (!is_cue && !pseudo &&
                (st->kind != WS_REPORTED || clause_before(x, t, t0)) &&
                (!(scope & SC_EVAL) ? !speakers_act(x, st, t, t0, lo)
                                    : nested_speech(x, t0, t))) {
                t += n - 1;
                continue;
            }
            /* "the board calls our protest «illegal»": the board's word,
             * and a charge against it when what it names is ours */
            if (!is_cue && (scope & SC_EVAL) &&
                (lab == WS_CONDEMNATION || lab == WS_ACCUSATION)) {
                int nb = named_by_other(x, t, lo);
                if (nb == 1) {
                    t += n - 1;
                    continue;
                }
                if (nb == 2)
                    lab = WS_ACCUSATION;
            }
            if ((scope & SC_REJ) &&
                (rejects_request(x, t, n,
                                 is_cue && st->ncontent > 0 ? x->ntok : hi) ||
                 (is_cue && passive_request(x, st)))) {
                t += n - 1;
                continue;
            }
            hits[nh++] = (hit){lab, scope, t, n, lo, hi, is_cue, deed};
            if (is_cue)
                cue_label = 1;
            t += n - 1;
        }
        if (reported && is_cue && cue_label)
            break;
    }
    int strong_hits = 0;
    for (int i = 0; i < nh; i++)
        strong_hits += !(hits[i].scope & SC_WEAK);
    int first = -1;
    for (int i = 0; i < nh; i++) {
        if ((hits[i].scope & SC_WEAK) && strong_hits)
            continue;
        int lab = hits[i].label;
        int dup = 0;
        for (int k = 0; k < st->nstance; k++)
            dup |= st->stance[k] == lab;
        if (dup || st->nstance >= WS_MAX_LABELS)
            continue;
        if (first >= 0 && !second_act(x, &hits[first], &hits[i]))
            continue;
        if (first < 0)
            first = i;
        st->stance[st->nstance++] = lab;
        if (st->nstance == 2)
            break;
    }
    if (st->nstance == 0) {
        st->stance[0] = WS_NEUTRAL;
        st->nstance = 1;
        return;
    }
    /* "warned officials to boost ...": a warning that instructs */
    if (st->nstance == 1 && st->stance[0] == WS_WARNING &&
        !(hits[first].scope & (SC_SELF | SC_DANGER)) &&
        (hits[first].scope & (SC_EVAL | SC_INTENT)) != SC_EVAL &&
        content_inf(x, first_content, hits[first].tok + hits[first].len))
        st->stance[st->nstance++] = WS_DEMAND;
    /* "urged the EC to support the PLO", "asked the crowd to welcome
     * the governor": the act the instruction asks for is the speaker's
     * stance too */
    if (st->nstance == 1 && st->stance[0] == WS_DEMAND) {
        int lab = instructed_act(
            x, content_inf_at(x, first_content,
                              hits[first].tok + hits[first].len));
        if (lab >= 0)
            st->stance[st->nstance++] = lab;
    }
    const hit *h = &hits[first];
    int strong = 0;
    for (int i = 0; i < nh; i++)
        if (hits[i].label == st->stance[0] &&
            strong_at(x, hits[i].tok, hits[i].len, hits[i].lo, hits[i].hi))
            strong = 1;
    st->intensity = strong ? "strong" : "normal";
    /* "accused the mayor of", "derided the plan", "hailed the envoy as":
     * an object inside the cue after its stance word is what the act is
     * about (a demand's target is the act asked for, a warning's the
     * danger: their content) */
    if (h->on_cue && st->stance[0] != WS_DEMAND &&
        st->stance[0] != WS_WARNING && cue_object(x, st, h))
        return;
    if (h->on_cue && st->ncontent > 0) {
        int32_t a = con_t0, b = con_t1;
        if (a < 0)
            span_toks(x, st->content[0], &a, &b);
        /* the separable particle of the cue's verb closing the content is
         * no part of the target ("wies die Vorwürfe zurück") */
        while (b > a && ws_tok_is_punct(d, b - 1))
            b--;
        if (b > a + 1 && b <= x->ntok && particle_is(x, h->tok, b - 1))
            b--;
        /* "urged NATO allies to step up patrols": the target of a demand
         * is the act asked for, not whom it is asked of */
        int32_t m = st->stance[0] == WS_DEMAND
                        ? content_inf_at(x, st->content[0], -1)
                        : -1;
        if (m >= a && m + 1 < b)
            a = m + 1;
        else if (st->stance[0] == WS_DEMAND)
            a = demanded_act(x, a, b);
        /* "accused the rebels of looting", "обвинило власти в срыве":
         * the accused is the target, not what they are accused of; a
         * preposition before a name belongs to the accused ("armed
         * groups in Sudan").  Only for the object right after the cue:
         * "warf der Regierung vor, Warnungen ... ignoriert zu haben" has
         * the charge as its content. */
        int32_t cb = cue_t1;
        if (st->stance[0] == WS_ACCUSATION && st->kind == WS_REPORTED &&
            cb == a)
            for (int32_t j = a + 1; j + 1 < b; j++)
                if (ws_tok_is_word(d, j) && (skipclass_at(x, j) & K_PREP) &&
                    !(skipclass_at(x, j) & K_DET) &&
                    !(d->tokens.v[j + 1].flags & WS_TOK_UPPER)) {
                    b = j;
                    break;
                }
        if (b > a && a < x->ntok) {
            set_target(x, st, a, 0, a, b, 0);
            if (st->target == NULL) {
                st->target_span = st->content[0];
                st->target =
                    ws_doc_slice(d, st->content[0].start, st->content[0].end);
            }
        }
        return;
    }
    set_target(x, st, h->tok, h->len, h->lo, h->hi,
               h->label == WS_ACCUSATION &&
                   (h->deed || predicated(x, h->tok, h->lo)));
}

static const char *
pick_lang(const ws_doc *d)
{
    static const char *known[] = {"en", "uk", "ru", "pl", "de", "fr"};
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (strcmp(d->lang, known[i]) == 0)
            return known[i];
    return "en";
}

static void
reset_labels(ws_statement *st)
{
    st->nstance = 0;
    st->negated = st->hedged = 0;
    st->intensity = NULL;
    st->target = NULL;
    st->target_span.start = st->target_span.end = -1;
}

/* Makes x ready for the next statement of its document: what one
 * statement's labelling leaves behind is forgotten (the lexicons kept) */
static void
ctx_next(lctx *x)
{
    vinfo_last = NULL;
    x->target_act = 0;
    x->target_subj = 0;
}

static int
ctx_init(lctx *x, ws_worker *w, ws_doc *d)
{
    memset(x, 0, sizeof *x);
    ctx_next(x);
    vinfo_wid = ws_worker_serial(w);
    if (d->tokens.n == 0 || d->sentences.n == 0)
        return -1;
    x->w = w;
    x->d = d;
    x->ntok = d->tokens.n;
    x->skc_tok = -1;
    x->lang = pick_lang(d);
    ws_models *m = ws_worker_models(w);
    x->labels = ws_models_lex(m, x->lang, "stance-labels");
    x->inten = LEX_UNSET;
    x->neg = ws_models_lex(m, x->lang, "stance-negation");
    x->hedge = LEX_UNSET;
    x->skip = ws_models_lex(m, x->lang, "stance-skip");
    x->cues = LEX_UNSET;
    x->pron = LEX_UNSET;
    x->spk = LEX_UNSET;
    x->clf = LEX_UNSET;
    return 0;
}

/* ---- the trained fallback (models/<lang>/stance-clf.tsv) ----
 * A linear classifier over lexical and contextual features of a
 * statement the rules leave neutral: the cue's and the content's words
 * and stems, the labels of every stance word the rules read (whatever
 * their scope), negation, hedges, first person, question and
 * exclamation marks, the kind and the content's length.  The model file
 * holds one line per feature, "feature<TAB>w_condemnation ... w_neutral"
 * (the order of enum ws_stance), and "_threshold<TAB>p": a label other
 * than neutral is taken when its softmax probability reaches p.  Trained
 * by tools/stance_clf.py (see models/MANIFEST). */

typedef struct {
    lctx *x;
    ws_buf *out; /* the features as text (training), or NULL */
    double score[WS_NSTANCES];
    int nfeat;
} fctx;

enum { CLF_MAXWORDS = 80 };

static void
feat(fctx *f, const char *pfx, const char *s, size_t n)
{
    char key[160];
    size_t pl = strlen(pfx);
    if (n == 0 || pl + n >= sizeof key)
        return;
    memcpy(key, pfx, pl);
    for (size_t i = 0; i < n; i++)
        /* no white space nor a trailing '*' (a prefix entry) in a key */
        key[pl + i] = s[i] == ' ' || s[i] == '\t' || s[i] == '*' ? '_' : s[i];
    key[pl + n] = '\0';
    f->nfeat++;
    if (f->out) {
        ws_buf_putc(f->out, ' ');
        ws_buf_put(f->out, key, pl + n);
        return;
    }
    const char *v = ws_lex_word(XL(f->x, clf), key, pl + n);
    if (v == NULL)
        return;
    for (int l = 0; l < WS_NSTANCES && *v; l++) {
        char *e;
        double w = strtod(v, &e);
        if (e == v)
            break;
        f->score[l] += w;
        v = e;
    }
}

static void
feat_words(fctx *f, const char *pfx, const char *spfx, int32_t t0, int32_t t1,
           int *nwords)
{
    lctx *x = f->x;
    for (int32_t t = t0; t < t1 && t < x->ntok && *nwords < CLF_MAXWORDS; t++) {
        if (tok_is(x->d, t, "?"))
            feat(f, "", "q", 1);
        if (tok_is(x->d, t, "!"))
            feat(f, "", "x", 1);
        if (!ws_tok_is_word(x->d, t))
            continue;
        (*nwords)++;
        size_t n;
        const char *w = ws_tok_fold(x->w, x->d, t, 0, &n);
        feat(f, pfx, w, n);
        const char *sm = ws_stem(x->w, x->lang, w, n);
        size_t sl = sm ? strlen(sm) : 0;
        if (sm && (sl != n || memcmp(sm, w, n) != 0))
            feat(f, spfx, sm, sl);
        const char *v;
        unsigned sc;
        int m = lexmatch(x, x->labels, t, &v);
        if (m > 0) {
            int lab = label_of(v, &sc);
            if (lab >= 0 && lab != WS_NEUTRAL) {
                const char *ln = ws_stance_name(lab);
                feat(f, "l=", ln, strlen(ln));
            } else if (VHAS(v, first))
                feat(f, "", "p1", 2);
        }
        if (neg_match(x, t, &v) > 0)
            feat(f, "", "negw", 4);
        if (lexmatch(x, XL(x, hedge), t, &v) > 0)
            feat(f, "", "hedgew", 6);
        if (lexmatch(x, XL(x, inten), t, &v) > 0)
            feat(f, "", "strongw", 7);
    }
}

/* The features of statement st as labelled by the rules (d tokenized). */
static void
features(fctx *f, const ws_statement *st)
{
    lctx *x = f->x;
    feat(f, "", "bias", 4);
    for (int k = 0; k < st->nstance; k++) {
        const char *ln = ws_stance_name(st->stance[k]);
        feat(f, "r=", ln, strlen(ln));
    }
    if (st->negated)
        feat(f, "", "neg", 3);
    if (st->hedged)
        feat(f, "", "hedge", 5);
    const char *kn = ws_kind_name(st->kind);
    if (kn)
        feat(f, "k=", kn, strlen(kn));
    int nw = 0;
    if (st->cue.start >= 0) {
        int32_t t0, t1;
        span_toks(x, st->cue, &t0, &t1);
        feat_words(f, "c=", "cs=", t0, t1, &nw);
    }
    nw = 0;
    for (int k = 0; k < st->ncontent; k++) {
        int32_t t0, t1;
        span_toks(x, st->content[k], &t0, &t1);
        feat_words(f, "w=", "s=", t0, t1, &nw);
    }
    const char *len = nw == 0    ? "0"
                      : nw <= 5  ? "1"
                      : nw <= 15 ? "2"
                      : nw <= 30 ? "3"
                                 : "4";
    feat(f, "len=", len, 1);
}

/* The rules left st neutral: the classifier's label when it is sure
 * enough. */
static void
clf_apply(lctx *x, ws_statement *st)
{
    const char *tv = ws_lex_word(XL(x, clf), "_threshold", 10);
    double thr = tv ? strtod(tv, NULL) : 1.0;
    if (!(thr > 0 && thr < 1))
        return;
    fctx f;
    memset(&f, 0, sizeof f);
    f.x = x;
    features(&f, st);
    double mx = f.score[0];
    for (int l = 1; l < WS_NSTANCES; l++)
        if (f.score[l] > mx)
            mx = f.score[l];
    double z = 0;
    for (int l = 0; l < WS_NSTANCES; l++)
        z += exp(f.score[l] - mx);
    int best = WS_NEUTRAL;
    for (int l = 0; l < WS_NSTANCES; l++)
        if (l != WS_NEUTRAL && exp(f.score[l] - mx) / z >= thr &&
            (best == WS_NEUTRAL || f.score[l] > f.score[best]))
            best = l;
    if (best == WS_NEUTRAL)
        return;
    st->stance[0] = best;
    st->nstance = 1;
    st->intensity = "normal";
    if (st->ncontent > 0) {
        st->target_span = st->content[0];
        st->target =
            ws_doc_slice(x->d, st->content[0].start, st->content[0].end);
    }
}

void
ws_stance_label_rules(ws_worker *w, ws_doc *d, ws_statement *st)
{
    reset_labels(st);
    lctx x;
    if (ctx_init(&x, w, d) < 0) {
        st->stance[0] = WS_NEUTRAL;
        st->nstance = 1;
        return;
    }
    label(&x, st);
}

/* Labels st with the context x of its document (ctx_init's answer rc) */
static void
label_with(lctx *x, int rc, ws_statement *st)
{
    reset_labels(st);
    if (rc < 0) {
        st->stance[0] = WS_NEUTRAL;
        st->nstance = 1;
        return;
    }
    label(x, st);
    if (st->nstance == 1 && st->stance[0] == WS_NEUTRAL && XL(x, clf))
        clf_apply(x, st);
}

void
ws_stance_label_statement(ws_worker *w, ws_doc *d, ws_statement *st)
{
    lctx x;
    label_with(&x, ctx_init(&x, w, d), st);
}

int32_t
ws_stance_label_doc(ws_worker *w, ws_doc *d)
{
    lctx x;
    int rc = ctx_init(&x, w, d);
    for (int32_t i = 0; i < d->statements.n; i++) {
        if (ws_doc_deadline())
            return i;
        if (i > 0)
            ctx_next(&x);
        label_with(&x, rc, &d->statements.v[i]);
    }
    return d->statements.n;
}

void
ws_stance_label_features(ws_worker *w, ws_doc *d, const ws_statement *st,
                         ws_buf *out)
{
    lctx x;
    if (ctx_init(&x, w, d) < 0)
        return;
    fctx f;
    memset(&f, 0, sizeof f);
    f.x = &x;
    f.out = out;
    features(&f, st);
}

/* ---- the verb-only baseline ---- */

/* A CAMEO-style verb dictionary: the stance class of the cue's verb
 * alone, no negation, no content.  English stems (prefix match on the
 * folded cue words); other languages get the same table through nothing
 * (neutral), which is the point of a floor. */
static const struct {
    const char *prefix;
    int label;
} baseline_verbs[] = {
    {"condemn", WS_CONDEMNATION},
    {"denounc", WS_CONDEMNATION},
    {"deplor", WS_CONDEMNATION},
    {"criticiz", WS_CONDEMNATION},
    {"criticis", WS_CONDEMNATION},
    {"censur", WS_CONDEMNATION},
    {"rebuk", WS_CONDEMNATION},
    {"concern", WS_CONCERN},
    {"worr", WS_CONCERN},
    {"fear", WS_CONCERN},
    {"accus", WS_ACCUSATION},
    {"blam", WS_ACCUSATION},
    {"charg", WS_ACCUSATION},
    {"alleg", WS_ACCUSATION},
    {"den", WS_DENIAL},
    {"reject", WS_DENIAL},
    {"refut", WS_DENIAL},
    {"demand", WS_DEMAND},
    {"urg", WS_DEMAND},
    {"appeal", WS_DEMAND},
    {"call", WS_DEMAND},
    {"ask", WS_DEMAND},
    {"warn", WS_WARNING},
    {"threat", WS_WARNING},
    {"prais", WS_SUPPORT},
    {"support", WS_SUPPORT},
    {"endors", WS_SUPPORT},
    {"welcom", WS_SUPPORT},
    {"back", WS_SUPPORT},
    {"applaud", WS_SUPPORT},
};

void
ws_stance_label_baseline(ws_worker *w, ws_doc *d, ws_statement *st)
{
    reset_labels(st);
    int lab = WS_NEUTRAL;
    if (st->cue.start >= 0 && d->tokens.n > 0) {
        lctx x;
        memset(&x, 0, sizeof x);
        x.d = d;
        x.ntok = d->tokens.n;
        int32_t t0, t1;
        span_toks(&x, st->cue, &t0, &t1);
        for (int32_t t = t0; t < t1 && lab == WS_NEUTRAL; t++) {
            if (!ws_tok_is_word(d, t))
                continue;
            size_t n;
            const char *f = ws_tok_fold(w, d, t, 0, &n);
            for (size_t k = 0;
                 k < sizeof baseline_verbs / sizeof *baseline_verbs; k++) {
                size_t pl = strlen(baseline_verbs[k].prefix);
                if (n >= pl && memcmp(f, baseline_verbs[k].prefix, pl) == 0 &&
                    (pl > 3 || n <= pl + 3)) {
                    lab = baseline_verbs[k].label;
                    break;
                }
            }
        }
    }
    st->stance[0] = lab;
    st->nstance = 1;
}
