/*
 * tagger.c - averaged-perceptron BIO tagger over PER/ORG/LOC/MISC.
 *
 * Two decoders, chosen at training time and recorded in the model: a
 * structured perceptron decoded by first-order Viterbi (the default; the
 * previous tag alone, with the word and with the shape, as features), or
 * greedy left-to-right decoding with the two previous tags as features
 * (trained on the gold history: training on its own predictions under
 * the BIO constraint cost 3-7 F1 points).  Both keep IOB2 valid (I-X only
 * after B-X or I-X).  Features are hashed
 * into 2^bits buckets; each bucket holds one weight per tag, so a feature
 * costs one row read.  Token-level hashes (word, folded form, shapes,
 * affixes, Hunspell stem and dictionary class) are computed once per token
 * into a scratch array and combined with template ids by a 64-bit mixer,
 * so tagging allocates nothing per token.
 *
 * Gazetteer (feature set 3): a phrase table saved in the model holds the
 * entities of the training file (counted per type) and the phrases of
 * models/<lang>/tagger-gaz.tsv (countries, regions, cities, first names,
 * surnames, languages, currencies, company legal forms; made from Debian
 * packages by tests/make-gazetteers.sh).  Each token gets the category
 * and B/I/E/S position of the longest match of each category, matched on
 * the folded forms and, for inflected proper nouns, on their Hunspell
 * stems.  While training, a phrase's count leaves out the mentions of the
 * sentence's own document (or block of 32 sentences), so the weights
 * learn what a hit is worth on unseen text.  Measured on dev F1 against
 * the first feature set: en +2.7, de +1.9, fr +1.6, uk +1.7, pl/ru +0.4.
 * The table also counts, per word, how often it ends a name of several
 * words of each type (a surname, "Railway", "Verlag"): a lone "Kennedy"
 * then hits as the tail of persons (mean of 3 seeds: en +0.4, fr +0.2,
 * uk +0.4, ru/pl/de -0.0..-0.3, all within the seed spread).  Words
 * derived from a gazetteer name by a suffix of the language (German
 * Regensburg-er, österreich-ischem; French Paris-ien) hit as
 * TG_GAZDERIV.  `train ner --xgaz FILE` adds the capitalised entities of
 * another language's training file as categories x-per/x-org/x-loc/
 * x-misc (persons, companies, places and works keep their names across
 * languages of one script); measured 2026-11-29, mean of seeds 2 and 3,
 * dev / WikiNEuRal test F1: en +0.45 / +0.4, de +0.7 / +2.0 (from the
 * other three Latin-script languages), fr +0.3 / +0.8; pl -0.0, and
 * ru (from uk) -0.2, uk (from ru) -0.4 on dev.  Training ru on ru + uk
 * sentences cost ru dev 0.4.
 * Tried and dropped (no gain on dev): wider tables (2^22), character
 * trigrams, 5-affixes, length buckets, dictionary class at +-2,
 * neighbour-word x shape pairs, neighbour gazetteer hits, word dropout;
 * and (2026-11-29, en/de dev, seed-to-seed spread of the best epoch is
 * about +-0.5 F1 here, so none of these beat it): word bigrams at -2..-1
 * and +1..+2, features of the capitalised run around a token (position,
 * words before and after the run, its first and last word), loss-
 * augmented Viterbi in training (cost 1, 3, 10), the mean of the weights
 * of 4 runs with different shuffles, 2^21 buckets.  Tried 2026-11-30
 * (dev F1, mean of seeds 1-3 against the same seeds without; the spread
 * between seeds is about +-0.5): word clusters of the training text
 * (spherical k-means into 512 and 48 clusters over random projections
 * of each word's +-2 contexts, ids kept in the gazetteer entry): fr
 * +0.05, en +0.1, de +0.4 (seed 1), uk -0.6 (seed 1) -- the clustered
 * words are words the weights already know; document features after
 * Chieu and Ng 2002 (the word elsewhere within 8 sentences in lower
 * case / capitalised inside a sentence / in a capitalised run): fr
 * +0.1, ru +0.0 (seed 1); a bag of the words at -4..-1 and +1..+4: fr -0.0;
 * shape x 3-suffix, shape x 3-prefix, dictionary class x 3-suffix: fr
 * -0.0 (seeds 1-2); each gazetteer hit paired with the dictionary class and
 * sentence-initial position: en +0.35, de +0.2, fr +0.2 (mean of 3
 * seeds) and +0.1 on the WikiNEuRal tests of fr, en and de, but with the
 * committed seeds and 30 epochs dev en -0.4, de -0.15: not kept.
 * German compound heads (2026-11-30): the last part of a capitalised
 * compound from a lexicon of organisation, place and other-name heads
 * and place-name suffixes (Bundesjustiz-ministerium, Frauen-verbände),
 * with its category, for the token and as the neighbour at -1 and +1:
 * de dev mean of seeds 1-3 74.36 -> 75.18, WikiANN / WikiNEuRal test
 * 56.61 / 74.23 -> 56.92 / 74.55 (seed 3); the other languages' features
 * are unchanged.  A constant lowering of the O tag's score after
 * training (a precision/recall trade-off) gained at most 0.1 on de dev.
 * Also tried then and dropped: the head category at -2/+2 too (de mean
 * 75.05), country names from -isch adjectives by the stem plus -en,
 * -ien, -a, -land (schwed-isch; de mean 75.15), and an English lexicon
 * of head words (University, Street, Prize) in the same features (en
 * seeds 1-3 82.26, 82.02, 82.08 against 82.58 for seed 1 without).
 * Feature set 4 (2026-11-30; a model records its set, and models of set
 * 3 load and tag as before): the last two letters of the token paired
 * with those of each neighbour (case and number endings agree inside a
 * noun phrase, and a change of case starts the next name: "Пушкина
 * Виталий"), and, for Russian, head nouns of names (heads_ru: Министерство,
 * Фонд, область, чемпионат) in the head features the German compound heads
 * use.  ru dev, seeds 1-3: 86.31, 86.52, 86.63 -> 87.09, 86.67, 86.72
 * (heads alone 86.78, 86.58; the pairs alone 86.72, 86.42, 86.64);
 * held-out WikiNEuRal / WikiANN ru test 61.2 / 33.2 -> 62.6 / 33.9 (seed
 * 1), 62.4 / 33.2 (seed 3, the committed model: seed 1 lost a whole
 * accusative organisation name of the stance tests).  The pairs on en (seeds
 * 1-2, with quotation-mark features) 82.45, 81.71 against 82.58, 81.98, on
 * de 75.38, 75.29 against 75.30, 75.21: those two keep their set-3 models.
 * Tried then and dropped (ru seeds 1-2 unless said): inside/outside quotation
 * marks x shape and x dictionary class (+-0.0), the nearest words before and
 * after that are not punctuation (-0.2), suffixes of the neighbours at +-1 (2
 * letters) and
 * +-2 (3 letters) and 3-letter agreement pairs (-0.5 together with the
 * former two), the previous tag x shape x 2-letter suffix as the third
 * transition feature (-0.1), each gazetteer hit x dictionary class x
 * sentence start (ru -0.2, en -1.8 / -0.3), the distance to a capitalised
 * head noun 2-4 tokens back (-0.3), the capitalised entities of the
 * Latin-script training files as --xgaz for ru (-0.3), a passive-aggressive
 * step instead of the perceptron's (ru -1.5), a count cutoff of 2 on
 * the static features (-0.2), document-pass keys without the last two
 * letters of words of 6+ (ru/uk +0.1, pl 0, de -0.1), and for de the
 * igerman98 proper names (capitalised entries with the flag S alone) as a
 * gazetteer category (seeds 3, 1: 75.14, 75.51 against 75.38, 75.29).
 * Set 4 with a Ukrainian lexicon of head nouns like heads_ru (uk dev,
 * seeds 3, 1, 2): 85.42, 85.62, 85.93 against 86.16, 85.79, 85.85: uk
 * keeps its set-3 model and has no lexicon.
 * Feature set 5 (2026-11-30): set 4 and two shape trigrams, the shapes
 * of the token and the two before it and of the token and the two after
 * it.  en dev, seeds 1-3: set 3 82.74, 82.13, 81.60 (mean 82.16), set 4
 * 82.56, 81.10, 82.55 (82.07), set 5 83.08, 83.09, 82.48 (82.88); the
 * committed model (seed 1) on the held-out WikiNEuRal / WikiANN en tests
 * 80.29 / 46.03 -> 80.37 / 46.05.  On de set 5 gets 75.07, 75.49, 74.88
 * (mean 75.15) against set 3 75.17 and set 4 75.26: de keeps its set-3
 * model.  Set 3 with the shape trigrams (no agreement pairs): en 82.36.
 * Tried then and dropped (mean of seeds 1-3 against the same set without):
 * the lower-case word trigram -1..+1 (en 82.41; with the shapes 82.37);
 * each gazetteer hit paired with the previous word (en 82.01); the word
 * at the sentence start as a feature of its own (en 82.25; with the
 * shapes 82.57); the dictionary classes of -1, 0, +1 together (en 82.08);
 * for de the longest ending of a capitalised word that Hunspell knows as
 * a noun (Landes-sportbund -> Sportbund; any noun, not a lexicon's) as a
 * feature of the word and of its neighbours (75.64, 75.03, 75.05 against
 * 75.17, 75.04, 75.30; the Hunspell calls made training 20 times slower).
 * Document-level features cannot be measured on these dev sets: their
 * sentences are unrelated (one '# newdoc' over the file, Wikipedia and
 * GermEval sentences in no order).
 * ws_tagger_doc_pass() makes the tags of a document consistent.
 * Word clusters (2026-12-01, commit cb76387, removed after it): `train
 * clusters` (Brown's class-bigram objective split top down into 10
 * levels) wrote each word's bit string, and `train ner --clusters FILE`
 * gave a token the prefixes of 4, 6 and 10 bits of its folded form's
 * string, and the neighbours' prefix of 6 and whole string, as features.
 * The only unlabelled text allowed is the training files' tokens, so the
 * clustered words are the words the weights already know, as with the
 * k-means clusters above.
 * Dev F1, seeds 1-3, against en 83.08, 83.09, 82.48 (mean 82.88) and de
 * 75.17, 75.04, 75.30 (75.17) without: en with clusters of en-train
 * 82.49, 82.40, 82.58 (82.49; a first build that also counted the pairs
 * with sentence ends: 82.04, 83.66, 83.08), of all six training files
 * (first build) 82.62, 82.52, 82.48; de with clusters of all six files
 * 75.47, 75.36, 75.38 (75.40; first build 75.46, 75.09, 75.48), of
 * de-train alone (first build, seeds 1, 3) 75.55, 74.93: under the seed
 * spread of about +-0.5.
 * Tried then and dropped too (en dev, seeds 1-3): the instances of
 * WordNet 3.0 (Debian wordnet-base; the lexicographer file of person,
 * location, natural object, group, else other) as gazetteer categories,
 * 14k names: 82.62, 82.14, 82.62; en-train with fr-train's sentences
 * added as training data: 80.05 (seed 1); each entity mention of a
 * training sentence replaced by another of its type with probability
 * 0.5, the copies added to the training file (mention replacement): 75.97,
 * 76.20, 76.10 (the copies put the training file's own names into other
 * blocks, so the gazetteer's leave-out no longer hides them).  A prediction
 * history after Ratinov and Roth 2009 (the tag a word had earlier in
 * the document) was not built: of the 577 token errors on en dev (blocks
 * of TG_EVALBLOCK sentences, after the document pass), 88 are words seen
 * earlier in their block, and the gold tag of those earlier occurrences
 * (more than the history of predicted tags could know) is right for 48.
 * The taggers are short of data more than of features: trained on the
 * first 25, 50, 75 % of the training sentences (same command otherwise,
 * one seed) en dev F1 is 75.39, 77.98, 81.37 (all: 83.08), de 70.76 (50 %),
 * 72.73 (75 %; all: 75.30), still rising by 2 to 3 points a quarter at the
 * end; en-train is WikiNEuRal's validation split alone and de-train two
 * thirds of GermEval's training part.
 *
 * Model file (little endian, read into memory at load: a mapping would
 * die of SIGBUS when the file is rewritten in place under a running stage):
 *   header (64 bytes, struct tg_header) then nbuckets * ntags weights
 *   (int16, quantised by `scale`, or float32), then (gazbits != 0) the
 *   phrase table, 2^gazbits slots of struct tg_gent.  The header carries
 *   a checksum of itself and of the payload; a file that fails any check
 *   is refused with a message naming the problem.  Files of feature set 1
 *   (no gazetteer) still load.
 *
 * Also here: the trainer behind `whosaid train ner` (ws_tagtrain_*), the
 * .bio reader and the exact-span scorer behind `whosaid eval --bio`.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "ws_int.h"

#define TG_MAGIC       "WSTAGGER"
#define TG_VERSION     2
#define TG_FEATVERSION 5 /* bump when feature extraction changes */
#define TG_FEATV_OLD   3 /* the oldest set after 1 still loaded (3, 4, 5) */
#define TG_ENDIAN      0x01020304u
#define TG_DT_F32      1
#define TG_DT_I16      2
#define TG_START       WS_BIO_NTAGS /* history symbol before the sentence */
#define TG_GREEDY      1
#define TG_VITERBI     2
#define TG_MAXFEAT     112
#define TG_STACKTOK    256
#define TG_GAZMAXLEN   6           /* longest gazetteer phrase, in tokens */
#define TG_GAZF        12          /* gazetteer matches kept per token */
#define TG_GAZCATS     31          /* 0..3 training-data types, 4.. external */
#define TG_PREFIX      0x80000000u /* mask bit: a longer phrase starts so */
#define TG_NDSTEM      3           /* derivation stems tried per word */
#define TG_GAZDERIV    29          /* gazetteer category: derived from a name */
#define TG_NCNT        8  /* training-data counts per phrase (see gcnt) */
#define TG_GAZTAIL     25 /* mask bits 25..28: last word of a type's names */
#define TG_GAZTYPES    (((1u << WS_BIO_NTYPES) - 1) | 15u << TG_GAZTAIL)

typedef struct {
    char magic[8];
    uint32_t version;
    uint16_t featversion;
    uint16_t mode; /* TG_GREEDY or TG_VITERBI */
    char lang[8];
    uint32_t bits;
    uint16_t ntags;
    uint16_t gazbits; /* 0: no gazetteer table */
    uint32_t dtype;
    uint32_t endian;
    float scale;
    float dev_f1;
    uint64_t payload_sum;
    uint64_t header_sum; /* of the 56 bytes before it */
} tg_header;

struct ws_tagger {
    char lang[8];
    uint32_t bits;
    int dtype;
    int mode; /* TG_GREEDY or TG_VITERBI */
    const float *wf;
    /* int16 weights (a loaded model): only the rows that are not all
     * zero, in bucket order; wix[b / 64] says which rows of buckets
     * b & ~63 .. b | 63 are stored and where the first of them is */
    const int16_t *wq;
    const struct tg_rowix *wix;
    /* gazetteer: 2^gazbits slots; gcnt (training only) holds the counts
     * of each phrase per entity type in the training data */
    const struct tg_gent *gaz;
    /* a loaded int16 model's gazetteer instead (gaz NULL): the same
     * slots as two arrays, the keys (all a probe reads) and the masks,
     * 12 bytes a slot where struct tg_gent takes 16 */
    const uint64_t *gkey;
    const uint32_t *gmask;
    /* a loaded int16 model's filter over gkey (NULL: none): one 64-bit
     * word per key hash, two bits of it set per key (tg_gfilt_bits()) */
    uint64_t *gfilt;
    uint32_t gfiltbits; /* gfilt holds 2^gfiltbits words */
    const uint16_t *gcnt;
    uint32_t gazbits;
    unsigned featv; /* feature set: 1 (first models) or TG_FEATVERSION */
    void *map;
    size_t maplen;
    size_t alloclen; /* of the anonymous mapping holding map */
    float dev_f1;
    uint64_t gen; /* unique per loaded model: the caches' key */
    /* a loaded int16 model's scores of F_T1 alone (the transition
     * template every token has): tag c after previous tag p (0..8) as
     * floats, -inf where IOB2 forbids c after p (t1_fill()) */
    float t1s[WS_BIO_NTAGS][WS_BIO_NTAGS];
    /* a loaded int16 model: its header, the split gazetteer's offset in
     * map and the bytes of map in use (what its image holds) */
    tg_header h;
    size_t gazoff, imglen;
};

/* ---- model memory ----
 * The weights are read into an anonymous mapping aligned to 2 MB and
 * marked for transparent huge pages: feature rows are read at random
 * over the whole table, and with 4 KB pages nearly every read also
 * missed the TLB. */
#define TG_HUGE ((size_t)2 << 20)

/* Row store of int16 weights: 60-75 % of the hashed buckets of a trained
 * model are all zero, so only the others are kept (a quarter to two
 * fifths of the dense table: some 40 MB less for the six languages).
 * Per 64 buckets a bitmap of the stored rows and the number of rows
 * stored before them; a missing row reads as zeros. */
struct tg_rowix {
    uint64_t bits;
    uint32_t rank;
    uint32_t pad;
};

static const int16_t tg_zero_row[WS_BIO_NTAGS];

/* Eight tags at once (GCC vector types: SSE, or AVX2 in the clones that
 * target it): the first 8 of a row's 9 int16 weights, their int32 sums,
 * float scores. */
typedef int16_t tg_v8s __attribute__((vector_size(16)));
typedef int32_t tg_v8i __attribute__((vector_size(32)));
typedef float tg_v8f __attribute__((vector_size(32)));

/* The int16 weights q[0..8) widened to int32 lanes into *out.  Element by
 * element: GCC 12 makes that one sign-extending load in the AVX2 clones,
 * where __builtin_convertvector of a loaded tg_v8s took five
 * instructions. */
static inline __attribute__((always_inline)) void
widen8(tg_v8i *out, const int16_t *q)
{
    tg_v8i w = {q[0], q[1], q[2], q[3], q[4], q[5], q[6], q[7]};
    *out = w;
}

/* The callers of wrow() outside the AVX2 clones (which have POPCNT) get a
 * POPCNT clone with GCC on x86-64 (chosen when the program starts), as
 * resolve_rows(): the set bits below a bucket's in one instruction, not a
 * dozen (the default clones and clang without POPCNT count them in
 * software or in libgcc). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) &&         \
    defined(__ELF__)
#define TG_POPCNT_CLONES __attribute__((target_clones("popcnt", "default")))
/* The fills of a new form's sums (groups_fill(), trans_fill()), whose
 * rows are eight int16 lanes widened and added as int32 vectors (tg_v8i):
 * an AVX2 clone as well, where a row is one sign-extending load and one
 * add; in the POPCNT clone, without AVX2, GCC widened a row lane by lane
 * and split each 32-byte vector op in two, and trans_fill()'s compare of
 * the narrowed sums took some 50 instructions a row.  Integers only: the
 * same sums.  (2 MB of English news: trans_fill 1 360 instructions a
 * call, 660 in the AVX2 clone; groups_fill 1 410, 1 040.) */
#define TG_VEC_CLONES                                                          \
    __attribute__((target_clones("avx2", "popcnt", "default")))
#else
#define TG_POPCNT_CLONES
#define TG_VEC_CLONES
#endif

/* The index entry of bucket r (its 64 buckets' bits and rank) */
static inline const struct tg_rowix *
wrow_ix(const ws_tagger *t, uint32_t r)
{
    return &t->wix[r >> 6];
}

/* Whether bucket r's row is stored (1) or not (0) */
static inline unsigned
wrow_stored(const ws_tagger *t, uint32_t r)
{
    return (unsigned)(wrow_ix(t, r)->bits >> (r & 63) & 1);
}

/* The place of bucket r's row among the stored rows, stored or not: the
 * first stored row at or after r (at most one past the last row) */
static inline const int16_t *
wrow_place(const ws_tagger *t, uint32_t r)
{
    const struct tg_rowix *x = wrow_ix(t, r);
    uint64_t bit = (uint64_t)1 << (r & 63);
    return t->wq + (size_t)(x->rank + (unsigned)__builtin_popcountll(
                                          x->bits & (bit - 1))) *
                       WS_BIO_NTAGS;
}

/* The int16 weights of bucket r (zeros when it is not stored).  Without
 * a branch: whether a bucket read at random is stored is not predictable
 * (a branch on it was mispredicted some 670 000 times in 2 MB of news),
 * so the stored row's place (wrow_place()) is computed either way and the
 * zero row chosen by a mask. */
static inline const int16_t *
wrow(const ws_tagger *t, uint32_t r)
{
    const int16_t *p = wrow_place(t, r);
    uintptr_t stored = (uintptr_t)0 - (uintptr_t)wrow_stored(t, r);
    return (const int16_t *)(((uintptr_t)p & stored) |
                             ((uintptr_t)tg_zero_row & ~stored));
}

static void *
tg_alloc(size_t n, size_t *alloclen)
{
    size_t len = (n + TG_HUGE - 1) / TG_HUGE * TG_HUGE;
    char *p = mmap(NULL, len + TG_HUGE, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    size_t head = (TG_HUGE - (uintptr_t)p % TG_HUGE) % TG_HUGE;
    if (head)
        munmap(p, head);
    if (TG_HUGE - head)
        munmap(p + head + len, TG_HUGE - head);
    p += head;
#ifdef MADV_HUGEPAGE
    /* the last huge page too, though part of it stays unused: in 4 KB
     * pages its reads at random missed the TLB (the thread caches' last
     * 1.3 MB, the pair rows among them; 1.8 MB of the English model's
     * 3.8).  Made whole, `run -j1` took about 1 % less CPU time on
     * English and on the six languages (medians of interleaved pairs:
     * -0.8 and -1.1 % on 2 MB of English, -1.7 % on 8 MB, -1.1 % on 2 MB
     * of the six languages), for 0.7 MB more resident memory a tagging
     * thread and 0.1-1.2 MB a model: `run -j2` on the bench's six
     * languages 136.7 -> 142.6 MB */
    if (n >= TG_HUGE && !ws_heap_huge_off())
        (void)madvise(p, len, MADV_HUGEPAGE);
#endif
    *alloclen = len;
    return p;
}

static void
tg_release(void *p, size_t alloclen)
{
    if (p != NULL)
        munmap(p, alloclen);
}

/* ---- hashing ---- */

#define FNV_BASIS 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL
#define GOLDEN    0x9e3779b97f4a7c15ULL

static inline uint64_t
mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

static inline uint64_t
fnv_add(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= FNV_PRIME;
    }
    return h;
}

static inline uint64_t
fnv(const char *s, size_t n)
{
    return fnv_add(FNV_BASIS, s, n) | 1;
}

/* A hash of the n bytes at s for the word-feature cache's key, reading
 * them 8, 4 or 1 at a time (overlapping loads, none past the end): the
 * first and last 8 bytes (and the 8-byte blocks between) of a word of
 * more than 8, with the length; a word of 8 or fewer is its bytes as a
 * little-endian number (from the first and last 4 of 4 to 7, else the
 * first, middle and last byte, the overlapping bytes ORed where they are
 * equal), with the length; a word's bytes and its length give the same
 * values and the same hash.  (The feature F_WORD's fnv() of the bytes,
 * one multiply a byte, is made on a cache miss alone.) */
static inline uint64_t
raw_hash(const char *s, size_t n)
{
    uint64_t h = (uint64_t)n * GOLDEN, a, b;
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8) {
            memcpy(&a, s + i, 8);
            h = mix64(h ^ a);
        }
        memcpy(&b, s + n - 8, 8);
        return h ^ b;
    }
    if (n >= 4) {
        uint32_t x, y;
        memcpy(&x, s, 4);
        memcpy(&y, s + n - 4, 4);
        return h ^ ((uint64_t)y << (8 * (n - 4)) | x);
    }
    if (n == 0)
        return h;
    return h ^ ((uint64_t)(unsigned char)s[0] |
                (uint64_t)(unsigned char)s[n / 2] << (8 * (n / 2)) |
                (uint64_t)(unsigned char)s[n - 1] << (8 * (n - 1)));
}

/* raw_hash() of the n bytes at s, a token of the text at text: a word
 * of 1 to 8 bytes that ends 8 or more bytes into the text by one load of
 * the 8 bytes it ends, shifted (on little-endian hosts; the same value:
 * its bytes as a little-endian number).  raw_hash()'s branches on the
 * length (8 or more, 4 or more) were mispredicted some 150 000 times a
 * MB of English news. */
static inline uint64_t
tok_hash(const char *text, const char *s, size_t n)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n - 1 < 8 && (size_t)(s - text) + n >= 8) {
        uint64_t w;
        memcpy(&w, s + n - 8, 8);
        return (uint64_t)n * GOLDEN ^ (w >> (64 - 8 * n));
    }
#else
    (void)text;
#endif
    return raw_hash(s, n);
}

/* A fast checksum over a payload of 8-byte words (plus a tail), also
 * computed piece by piece: psum_add on consecutive pieces whose lengths,
 * all but the last, are multiples of 8 gives the same sum. */
static uint64_t
psum_add(uint64_t h, const void *p, size_t n)
{
    const unsigned char *b = p;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, b + i, 8);
        h = (h ^ v) * FNV_PRIME;
        h ^= h >> 29;
    }
    for (; i < n; i++)
        h = (h ^ b[i]) * FNV_PRIME;
    return h;
}

static uint64_t
payload_sum(const void *p, size_t n)
{
    return psum_add(FNV_BASIS ^ n, p, n);
}

/* ---- gazetteer ----
 * Phrases (folded tokens) hashed into an open-addressed table of
 * 2^gazbits slots stored in the model after the weights.  Each phrase has
 * a mask of categories: bits 0..3 = seen as PER/ORG/LOC/MISC in the
 * training data, bits 4.. = the categories of the gazetteer files given
 * at training time (models/<lang>/tagger-gaz.tsv). */
struct tg_gent {
    uint64_t key; /* 0 = empty */
    uint32_t mask;
    uint32_t pad;
};

static inline uint64_t
gaz_step(uint64_t h, uint64_t lower)
{
    return mix64(h ^ (lower * GOLDEN)) | 1;
}

/* Slot of key, or -1. */
static inline long
gaz_find(const struct tg_gent *g, uint32_t gbits, uint64_t key)
{
    size_t m = ((size_t)1 << gbits) - 1;
    for (size_t i = (size_t)(key >> 20) & m;; i = (i + 1) & m) {
        if (g[i].key == key)
            return (long)i;
        if (g[i].key == 0)
            return -1;
    }
}

/* The two bits of a key in its word of the filter t->gfilt (bit 0 of
 * every key is set; the word is chosen by the top bits). */
static inline uint64_t
tg_gfilt_bits(uint64_t key)
{
    return ((uint64_t)1 << ((key >> 1) & 63)) |
           ((uint64_t)1 << ((key >> 7) & 63));
}

/* The filter's word of key. */
static inline const uint64_t *
tg_gfilt_word(const ws_tagger *t, uint64_t key)
{
    return &t->gfilt[key >> (64 - t->gfiltbits)];
}

/* Whether key may be in t's gazetteer: false only when it surely is not
 * (most phrases asked, some 94 % of the two-token ones, are not in the
 * table, and the filter stays in the cache where the table's keys do
 * not). */
static inline bool
tg_gmaybe(const ws_tagger *t, uint64_t key)
{
    uint64_t b = tg_gfilt_bits(key);
    return t->gfilt == NULL || (*tg_gfilt_word(t, key) & b) == b;
}

/* Slot of key in t's gazetteer (either layout), or -1. */
static inline long
tg_gfind(const ws_tagger *t, uint64_t key)
{
    if (t->gkey == NULL)
        return gaz_find(t->gaz, t->gazbits, key);
    if (!tg_gmaybe(t, key))
        return -1;
    const uint64_t *k = t->gkey;
    size_t m = ((size_t)1 << t->gazbits) - 1;
    for (size_t i = (size_t)(key >> 20) & m;; i = (i + 1) & m) {
        if (k[i] == key)
            return (long)i;
        if (k[i] == 0)
            return -1;
    }
}

static inline uint64_t
tg_gkey(const ws_tagger *t, size_t slot)
{
    return t->gkey ? t->gkey[slot] : t->gaz[slot].key;
}

static inline uint32_t
tg_gmask(const ws_tagger *t, size_t slot)
{
    return t->gkey ? t->gmask[slot] : t->gaz[slot].mask;
}

/* Mask bits of the training-data counts of a phrase (c: TG_NCNT
 * counts; own: the counts to leave out, or NULL): bit k when the phrase
 * was seen as a name of type k, bit TG_GAZTAIL + k when (one word) it
 * was seen as the last word of a longer name of type k. */
static uint32_t
gaz_typebits(const uint16_t *c, const long *own)
{
    uint32_t m = 0;
    for (int k = 0; k < TG_NCNT; k++)
        if ((long)c[k] > (own != NULL ? own[k] : 0))
            m |= 1u << (k < WS_BIO_NTYPES ? k : TG_GAZTAIL + k - WS_BIO_NTYPES);
    return m;
}

static int
gcnt_zero(const uint16_t *c)
{
    for (int k = 0; k < TG_NCNT; k++)
        if (c[k] != 0)
            return 0;
    return 1;
}

/* ---- token features ---- */

typedef struct {
    /* the features of the form alone, kept in the word-feature cache in
     * two blocks, dict_ent's in the same order: from lower to g1hs those
     * every token's tagging reads in English (a cache hit copies them),
     * from word to suf those only a form's new group sums, the uncached
     * paths and deriv_fill() read (group_feats(), static_feats(): copied
     * when asked, tf_cold()) */
    uint64_t lower, shape;
    uint64_t dict;  /* dictionary class as a small hash, 0 = absent */
    uint64_t gstem; /* folded stem of the word as written, for the
                     * gazetteer (proper nouns stem only as written) */
    uint64_t suf1;  /* suf[1], which the pairs read (see pair_fill()) */
    /* gaz_fill()'s first step: the phrase hashes of the token alone
     * (gaz_step() of FNV_BASIS and lower, and gstem or lower) */
    uint64_t g1h, g1hs;
    /* (the cold block) */
    uint64_t word, shapel, stem;
    uint64_t pre[4];
    uint64_t head; /* compound head of the lexicon (heads_de), 0 = none */
    /* hashes of the folded form less a derivational suffix of the
     * language (Regensburg-er, österreich-ischem, Paris-ien), 0 = none:
     * looked up in the gazetteer as names */
    uint64_t dstem[TG_NDSTEM];
    uint64_t suf[4];
    /* (end of the form's features) */
    /* the inner hashes static_feats() reads from this token, computed
     * once per sentence by mix_fill() (tokens of the sentence only, the
     * padding's are computed where needed): mix64() of the shape pair
     * with the next token (FEAT2(0, shape, next shape)); of the shape and
     * first-position mark F_DICT_SHAPE_POS reads */
    uint64_t mpair, mdshape;
    int ext; /* the model's feature set when it is 4 or later (its
              * features), else 0 (set per sentence by scratch_fill) */
    int ngz;
    uint32_t gz[TG_GAZF]; /* gazetteer matches: cat << 8 | pos << 4 | len */
    /* 1 when the cold block (word to suf) holds the token's features;
     * 0 after a cache hit, which copies the hot block alone (tf_cold()
     * copies the rest from the entry de, which holds them while its key
     * is dkey; before a fill replaces an entry, tokens_fill() copies them
     * into the sentence's tokens that have it, dict_evict()) */
    int cold;
    /* the word's entry in the feature cache (NULL: none) with its key,
     * where the slot of gaz_fill()'s first step is kept per model */
    struct dict_ent *de;
    uint64_t dkey;
} tokfeat;

/* Padding tokens before (v 11) and after (v 13) the sentence. */
#define TF_PAD(v)                                                              \
    {                                                                          \
        .word = v, .lower = v, .shape = v, .shapel = v, .stem = v, .dict = v,  \
        .cold = 1                                                              \
    }
static const tokfeat TF_BOS = TF_PAD(11);
static const tokfeat TF_EOS = TF_PAD(13);

static char
shape_char(int32_t cp)
{
    if (cp < 128) {
        if (cp >= 'A' && cp <= 'Z')
            return 'X';
        if (cp >= 'a' && cp <= 'z')
            return 'x';
        if (cp >= '0' && cp <= '9')
            return 'd';
        return (char)cp;
    }
    if (ws_cp_is_upper(cp))
        return 'X';
    if (ws_cp_is_lower(cp))
        return 'x';
    if (ws_cp_is_letter(cp))
        return 'l';
    if (ws_cp_is_digit(cp))
        return 'd';
    if (ws_cp_is_quote(cp))
        return 'q';
    if (ws_cp_is_dash(cp))
        return '-';
    return '~';
}

/* Folds s (n bytes) into buf (cap bytes); returns the length. */
static size_t
fold_into(const char *s, size_t n, char *buf, size_t cap)
{
    size_t i;
    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 128)
            break;
    if (i == n && n < cap) {
        for (i = 0; i < n; i++) {
            char c = s[i];
            buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        buf[n] = '\0';
        return n;
    }
    int r = ws_utf8_fold(s, n, buf, cap);
    if (r < 0) {
        size_t m = n < cap - 1 ? n : cap - 1;
        memcpy(buf, s, m);
        buf[m] = '\0';
        return m;
    }
    return (size_t)r;
}

/* A per-thread cache of the whole feature set of a word form
 * (everything but the gazetteer matches, which depend on the sentence):
 * a frequent word costs one hash of its bytes and a copy.  Keyed by
 * raw_hash() of the word, the language and the worker (the dictionary
 * answers are the worker's).  Two-way set associative, the way not used
 * last replaced (tl_dmru): direct-mapped, 2 MB of English news (11 000
 * distinct forms) missed 19 500 times, 8 000 of them forms met before
 * and pushed out by a rarer one, and a miss costs a Hunspell stem
 * (some 6 000 instructions). */
#define TG_DICTCACHE   8192
#define TG_DICTSETBITS 12
#define TG_DICTSETS    (TG_DICTCACHE / 2)
_Static_assert(TG_DICTSETS == 1 << TG_DICTSETBITS, "the cache's sets");
/* A token's transition scores as the decoder adds them (trans_wide()):
 * per previous tag p other than START, the scores of tags 0..7 (tr[p],
 * read as one vector) and of tag 8, I-MISC (tr8[p]) */
_Static_assert(WS_BIO_NTAGS == 9, "the transition rows are 8 + 1 tags");
typedef struct {
    float tr[WS_BIO_NTAGS][8];
    float tr8[WS_BIO_NTAGS];
} tg_trans;
/* A form's transition scores as its cache entry keeps them
 * (trans_fill()): without F_T1's row, the same for every token
 * (ws_tagger.t1s), the sums of the rows of F_T1_LOWER and F_T1_SHAPE,
 * exact int16 when every sum fits (narrow; else the decoder sums the
 * rows as for a token without an entry).  Per previous tag p other than
 * START, tags 0..7 (d[p], read as one vector), and tag 8 after 7 and 8
 * (d8[p - 7]), the only previous tags IOB2 lets I-MISC follow.  Half the
 * bytes of tg_trans: the decoder read its 324 bytes a token at random
 * over the 6 MB cache.  Packed (d): per previous tag p the six scores
 * IOB2 may allow, those of tags 0, 1, the I-X p may precede (2 after 1
 * and 2, 4 after 3 and 4, 6 after 5 and 6; 0 for the other p), 3, 5
 * and 7, which trans_vec() reads as one vector of 8 and spreads to the
 * tags (TG_TSPREAD: the I-X's score in the lanes of the three I-X,
 * whose forbidden pairs are -inf in t1s); then d8, tags 8 after 7 and
 * 8 (d[TG_TD8 + p - 7]).  112 bytes where the rows of 8 took 148: an
 * entry's seventh line is its last. */
enum { TG_TPACK = 6, TG_TD8 = WS_BIO_NTAGS * TG_TPACK };
/* (the lanes of __builtin_shufflevector(), gcc 12 and clang both) */
#define TG_TSPREAD 0, 1, 2, 3, 2, 4, 2, 5
typedef struct {
    int16_t d[TG_TD8 + 2];
    uint8_t narrow;
} tg_trans16;
typedef struct dict_ent {
    uint64_t key;
    /* tokfeat's hot block, lower to g1hs, in its order (TF_HOT_BYTES):
     * with the key, the first line */
    uint64_t lower, shape, dict, gstem, suf1, g1h, g1hs;
    /* gaz_fill()'s first step under the model of generation ggen (unique
     * per loaded model, never 0; 0: not asked yet): the slot of the word
     * alone, or -1 (slots are below 2^24), and that slot's mask (the
     * table's, read at random) with TG_PREFIX set only when a longer
     * phrase may start with the word (gaz_more()) */
    uint64_t ggen;
    int32_t gslot;
    uint32_t gmask;
    /* the sums of the word's feature groups (sentence_groups()) and its
     * transition scores under the model of generation sgen (0: not
     * computed yet; only loaded models, of nonzero generations, keep
     * them): the group of the token's own features (vs,
     * TG_G_SELF, some 16 rows: most sums of frequent words are past
     * int16) as int32, the other four (TG_G_M1 .. TG_G_P2, 2 to 7 rows)
     * as int16 (v[g - 1]), vnarrow 1 when each of those fits (in 2 MB of
     * English news all but 6 of 12 000 forms, of the six languages all
     * but 87 of 20 000: frequent words, whose int32 sums the table of
     * wide sums keeps, see wide_sums()).  All as int32 they took 72
     * bytes more, a ninth line an entry.  (The models' pointers beside
     * their generations, and the transition rows of 8, took an eighth
     * line.) */
    uint64_t sgen;
    int32_t vs[WS_BIO_NTAGS];
    int16_t v[4][WS_BIO_NTAGS]; /* [TG_NGROUP - 1] */
    uint8_t vnarrow;
    tg_trans16 trs;
    /* tokfeat's cold block, word to suf (TF_COLD_BYTES), past the first
     * five lines, which hold everything a token's tagging in English
     * reads: a hit reads five lines, and its copy the first.  (With the
     * cold fields among the hot ones a hit read all seven; with suf[4]
     * and the derivational stems hot and pair_fill()'s inner hashes kept,
     * six, and its copy three.) */
    uint64_t word __attribute__((aligned(64)));
    uint64_t shapel, stem;
    uint64_t pre[4];
    uint64_t head;
    uint64_t dstem[TG_NDSTEM];
    uint64_t suf[4];
} __attribute__((aligned(64))) dict_ent;
/* seven whole cache lines an entry (the cache is mapped 2 MB aligned) */
_Static_assert(sizeof(dict_ent) == 7 * 64, "a dict_ent is 7 cache lines");
/* the bytes of tokfeat's hot and cold blocks, laid out as dict_ent's */
#define TF_HOT_BYTES  (offsetof(tokfeat, g1hs) + 8 - offsetof(tokfeat, lower))
#define TF_COLD_BYTES (offsetof(tokfeat, suf) + 32 - offsetof(tokfeat, word))
_Static_assert(offsetof(tokfeat, lower) == 0 &&
                   offsetof(dict_ent, g1hs) - offsetof(dict_ent, lower) ==
                       offsetof(tokfeat, g1hs) &&
                   offsetof(dict_ent, suf1) - offsetof(dict_ent, lower) ==
                       offsetof(tokfeat, suf1) &&
                   TF_HOT_BYTES == 7 * sizeof(uint64_t) &&
                   offsetof(dict_ent, lower) + TF_HOT_BYTES == 64,
               "tokfeat's hot block is dict_ent's, in its first line");
_Static_assert(offsetof(dict_ent, suf) - offsetof(dict_ent, word) ==
                       offsetof(tokfeat, suf) - offsetof(tokfeat, word) &&
                   offsetof(dict_ent, dstem) - offsetof(dict_ent, word) ==
                       offsetof(tokfeat, dstem) - offsetof(tokfeat, word) &&
                   offsetof(dict_ent, head) - offsetof(dict_ent, word) ==
                       offsetof(tokfeat, head) - offsetof(tokfeat, word) &&
                   offsetof(dict_ent, pre) - offsetof(dict_ent, word) ==
                       offsetof(tokfeat, pre) - offsetof(tokfeat, word) &&
                   TF_COLD_BYTES == 15 * sizeof(uint64_t) &&
                   offsetof(dict_ent, word) == 5 * 64,
               "tokfeat's cold block is dict_ent's, past five lines");
/* the first line of a dict_ent past those holding the hot block (which
 * a hit copies) */
#define TG_DE_COPIED ((offsetof(dict_ent, lower) + TF_HOT_BYTES + 63) / 64 * 64)
/* this thread's cache (thread_caches(): mapped on first use, not in
 * static TLS, which every thread would zero and make resident) */
static _Thread_local dict_ent *tl_dict;
/* per set of tl_dict, the way (0 or 1) hit or filled last */
static _Thread_local uint8_t *tl_dmru;
/* the int32 group sums of forms whose entry's int16 ones do not fit
 * (dict_ent.vnarrow 0; wide_sums()), direct-mapped by the form's cache
 * key: frequent words, some dozens of forms */
#define TG_WIDE 256
typedef struct {
    uint64_t key, gen;
    int32_t v[5][WS_BIO_NTAGS]; /* [TG_NGROUP] */
} wide_ent;
static _Thread_local wide_ent *tl_wide;
static int thread_caches(void);

static void deriv_stems(tokfeat *tf, const char *lang, const char *s, size_t n,
                        const char *fold, size_t fn);
static void dict_features(tokfeat *tf, ws_worker *w, const char *lang,
                          const char *s, size_t n, const char *fold, size_t fn);
static void compound_head(tokfeat *tf, const char *lang, const char *s,
                          size_t n, const char *fold, size_t fn);

/* Derivational suffixes that make adjectives and inhabitant nouns of
 * place and person names, per language, longest first within a family
 * (general morphology: German -er/-isch, French -ais/-ien/-ois/-ain).
 * Measured (mean of 3 seeds): de +0.55; English -(i)an/-ese/-ish/-er
 * cost 0.7 (too many names end so) and are left out. */
static const char *const deriv_de[] = {"ischen", "ischer", "isches",  "ischem",
                                       "ische",  "isch",   "erinnen", "erin",
                                       "ern",    "ers",    "er",      NULL};
static const char *const deriv_fr[] = {
    "aises", "aise", "ais",  "iennes", "ienne", "iens", "ien",
    "oises", "oise", "ois",  "aines",  "aine",  "ains", "ain",
    "ens",   "en",   "anes", "ane",    "ans",   "an",   NULL};

/* The derivational suffixes of language lang, or NULL (none: its
 * words' dstem stay 0) */
static const char *const *
deriv_suffixes(const char *lang)
{
    return strcmp(lang, "de") == 0   ? deriv_de
           : strcmp(lang, "fr") == 0 ? deriv_fr
                                     : NULL;
}

/* Fills tf->dstem: the word's folded form less each suffix of the
 * language that leaves 3 or more letters (the first TG_NDSTEM).  French
 * writes these words with a capital (les Parisiens) when they are names;
 * German adjectives are lower case (iranischen). */
static void
deriv_stems(tokfeat *tf, const char *lang, const char *s, size_t n,
            const char *fold, size_t fn)
{
    const char *const *suf = deriv_suffixes(lang);
    if (suf == deriv_fr) {
        size_t i = 0;
        int32_t cp = ws_utf8_decode(s, n, &i);
        if (cp <= 0 || !ws_cp_is_upper(cp))
            return;
    }
    int k = 0;
    for (int j = 0; suf != NULL && suf[j] != NULL && k < TG_NDSTEM; j++) {
        size_t sl = strlen(suf[j]);
        if (fn < sl + 3 || memcmp(fold + fn - sl, suf[j], sl) != 0)
            continue;
        tf->dstem[k++] = fnv(fold, fn - sl);
    }
}

/* German compound heads: the last part of a capitalised compound says
 * what kind of thing it names (Bundesjustiz-ministerium, Frauen-verbände,
 * Industriekredit-bank, Ben-Jehuda-straße, Schmalkalden-krieg), and so
 * does the word after an adjective of a name (Hamburger Frauenverbände).
 * The suffix features reach only 4 letters.  General vocabulary of the
 * language, folded, with the plural and genitive forms whose stem
 * changes; the category (1 organisation, 2 place, 3 other name, 4 a
 * suffix of place names) joins the head in the features, so a head the
 * training data never saw still counts by its category. */
/* organisations */
static const char *const heads_de_org[] = {"ministerium",
                                           "ministerien",
                                           "amt",
                                           "ämter",
                                           "behörde",
                                           "verband",
                                           "verbände",
                                           "verein",
                                           "vereinigung",
                                           "partei",
                                           "gericht",
                                           "gerichtshof",
                                           "bank",
                                           "gesellschaft",
                                           "institut",
                                           "stiftung",
                                           "universität",
                                           "hochschule",
                                           "akademie",
                                           "schule",
                                           "gymnasium",
                                           "kommission",
                                           "komitee",
                                           "rat",
                                           "räte",
                                           "bund",
                                           "bündnis",
                                           "konzern",
                                           "werk",
                                           "werft",
                                           "verlag",
                                           "zeitung",
                                           "zeitschrift",
                                           "magazin",
                                           "sender",
                                           "rundfunk",
                                           "fernsehen",
                                           "club",
                                           "klub",
                                           "mannschaft",
                                           "orchester",
                                           "chor",
                                           "ensemble",
                                           "theater",
                                           "museum",
                                           "bibliothek",
                                           "archiv",
                                           "kammer",
                                           "agentur",
                                           "dienst",
                                           "direktion",
                                           "polizei",
                                           "armee",
                                           "regiment",
                                           "division",
                                           "bataillon",
                                           "brigade",
                                           "flotte",
                                           "marine",
                                           "luftwaffe",
                                           "gewerkschaft",
                                           "genossenschaft",
                                           "versicherung",
                                           "holding",
                                           "gruppe",
                                           "konsortium",
                                           "unternehmen",
                                           "firma",
                                           "fabrik",
                                           "brauerei",
                                           "kaufhaus",
                                           "fraktion",
                                           "regierung",
                                           "senat",
                                           "parlament",
                                           "landtag",
                                           "bundestag",
                                           "ausschuss",
                                           "union",
                                           "verwaltung",
                                           "zentrale",
                                           "zentrum",
                                           "labor",
                                           "klinik",
                                           "klinikum",
                                           "krankenhaus",
                                           "sparkasse",
                                           "kasse",
                                           "bahn",
                                           "gmbh",
                                           "kirche",
                                           "gemeinde",
                                           "liga",
                                           "staffel",
                                           "kanzlei",
                                           "büro",
                                           NULL};
/* places */
static const char *const heads_de_loc[] = {
    "straße", "strasse", "platz",     "weg",   "allee",   "gasse",   "damm",
    "ufer",   "bahnhof", "flughafen", "hafen", "brücke",  "berg",    "gebirge",
    "tal",    "see",     "fluss",     "bach",  "insel",   "inseln",  "wald",
    "dorf",   "stadt",   "land",      "kreis", "bezirk",  "provinz", "region",
    "burg",   "schloss", "kloster",   "dom",   "kapelle", "turm",    "park",
    "garten", "viertel", "gebiet",    "kanal", "meer",    "stadion", "halle",
    "arena",  NULL};
/* other names: events, prizes, laws, works */
static const char *const heads_de_misc[] = {"krieg",
                                            "kriege",
                                            "schlacht",
                                            "preis",
                                            "pokal",
                                            "meisterschaft",
                                            "meisterschaften",
                                            "spiele",
                                            "turnier",
                                            "festival",
                                            "gesetz",
                                            "vertrag",
                                            "verträge",
                                            "abkommen",
                                            "konferenz",
                                            "gipfel",
                                            "messe",
                                            "ausstellung",
                                            "album",
                                            "film",
                                            "roman",
                                            "oper",
                                            "sinfonie",
                                            "serie",
                                            "reihe",
                                            "award",
                                            "cup",
                                            NULL};
/* suffixes of place names */
static const char *const heads_de_place[] = {
    "hausen", "ingen", "stedt", "leben", "heim",    "feld",  "hagen",
    "rode",   "reuth", "furt",  "born",  "kirchen", "stein", "walde",
    "witz",   "itz",   "ow",    "au",    "bruck",   "brück", NULL};
static const char *const *const heads_de[] = {heads_de_org, heads_de_loc,
                                              heads_de_misc, heads_de_place};

/* Endings of the German case and number forms tried after the word as
 * written (Ministerium-s, Verband-es, Universität-en, Bank-en). */
static const char *const head_end_de[] = {"s", "es", "n", "en",
                                          "e", "er", NULL};

/* Russian head nouns of names: the first noun of an organisation's,
 * a place's or an event's name says what it names (Министерство
 * иностранных дел, Фонд борьбы с коррупцией, Кировская область,
 * Олимпийские игры).  Stems (folded) of general vocabulary; a word is
 * the head when it is the stem plus a case ending of at most 3 letters. */
static const char *const heads_ru_org[] = {
    "министерств", "ведомств",    "комитет",      "комисси",      "агентств",
    "служб",       "фонд",        "союз",         "совет",        "собрани",
    "дум",         "парламент",   "правительств", "администраци", "управлени",
    "департамент", "палат",       "суд",          "прокуратур",   "парти",
    "движени",     "организаци",  "ассоциаци",    "объединени",   "обществ",
    "компани",     "корпораци",   "концерн",      "холдинг",      "групп",
    "банк",        "университет", "институт",     "академи",      "школ",
    "колледж",     "центр",       "музе",         "театр",        "библиотек",
    "клуб",        "команд",      "федераци",     "лиг",          "редакци",
    "газет",       "журнал",      "телеканал",    "радиостанци",  "штаб",
    "арми",        "флот",        "полици",       "инспекци",     "бюро",
    "конгресс",    "сенат",       "кабинет",      "канцеляри",    "посольств",
    "консульств",  "завод",       "фабрик",       "комбинат",     "предприяти",
    "больниц",     "клиник",      "епархи",       "церк",         "альянс",
    "блок",        "фронт",       "трибунал",     "орган",        NULL};
static const char *const heads_ru_loc[] = {
    "област",   "край",      "края",    "краю",     "крае",       "район",
    "округ",    "республик", "губерни", "провинци", "штат",       "улиц",
    "проспект", "площад",    "переулк", "переулок", "бульвар",    "набережн",
    "шоссе",    "рек",       "озер",    "остров",   "полуостров", "залив",
    "пролив",   "океан",     "хребет",  "хребт",    "долин",      "пустын",
    "парк",     "аэропорт",  "вокзал",  "станци",   "мост",       "крепост",
    "дворц",    "дворец",    "собор",   "храм",     "монастыр",   "стадион",
    "площадк",  NULL};
static const char *const heads_ru_misc[] = {
    "войн",     "чемпионат", "кубк",       "кубок",  "олимпиад",   "игр",
    "фестивал", "конкурс",   "преми",      "орден",  "медал",      "закон",
    "договор",  "соглашени", "конференци", "форум",  "саммит",     "выставк",
    "турнир",   "революци",  "операци",    "кодекс", "конституци", NULL};
static const char *const *const heads_ru[] = {heads_ru_org, heads_ru_loc,
                                              heads_ru_misc};

/* Fills tf->head for a Russian word: the longest head stem of the
 * lexicon the word begins with, followed by at most 3 letters; the low
 * bit says whether the word is capitalised. */
static void
ru_head(tokfeat *tf, const char *s, size_t n, const char *fold, size_t fn)
{
    size_t i = 0, best = 0;
    int bc = 0;
    int32_t cp = ws_utf8_decode(s, n, &i);
    int cap = cp > 0 && ws_cp_is_upper(cp);
    for (int c = 0; c < 3; c++)
        for (int j = 0; heads_ru[c][j] != NULL; j++) {
            const char *hd = heads_ru[c][j];
            size_t hl = strlen(hd);
            if (hl <= best || hl > fn || memcmp(fold, hd, hl) != 0)
                continue;
            int rest = 0;
            for (size_t k = hl; k < fn && rest <= 3;) {
                int32_t r = ws_utf8_decode(fold, fn, &k);
                rest = ws_cp_is_letter(r) ? rest + 1 : 99;
            }
            if (rest <= 3) {
                best = hl;
                bc = c + 1;
            }
        }
    if (best > 0)
        tf->head =
            (mix64(fnv(fold, best) + (uint64_t)cap * 2 + (uint64_t)bc * 8 + 5) &
             ~(uint64_t)31) |
            (uint64_t)bc << 1 | (uint64_t)cap | 16;
}

/* Fills tf->head: German, the longest head of the lexicon ending the
 * capitalised word (or the word less a case ending), with its category
 * and whether the word is a compound or the head alone; Russian, see
 * ru_head(). */
static void
compound_head(tokfeat *tf, const char *lang, const char *s, size_t n,
              const char *fold, size_t fn)
{
    if (lang[0] == 'r' && lang[1] == 'u' && lang[2] == '\0' && n > 0) {
        ru_head(tf, s, n, fold, fn);
        return;
    }
    if (lang[0] != 'd' || lang[1] != 'e' || lang[2] != '\0' || n == 0)
        return;
    size_t i = 0;
    int32_t cp = ws_utf8_decode(s, n, &i);
    if (cp <= 0 || !ws_cp_is_upper(cp))
        return;
    for (int e = -1; e < 0 || head_end_de[e] != NULL; e++) {
        size_t el = e < 0 ? 0 : strlen(head_end_de[e]);
        if (el > 0 &&
            (fn < el || memcmp(fold + fn - el, head_end_de[e], el) != 0))
            continue;
        size_t m = fn - el, best = 0;
        int bc = 0;
        for (int c = 0; c < 4; c++)
            for (int j = 0; heads_de[c][j] != NULL; j++) {
                const char *hd = heads_de[c][j];
                size_t hl = strlen(hd);
                if (hl > best && hl <= m &&
                    memcmp(fold + m - hl, hd, hl) == 0 &&
                    (c != 3 || m >= hl + 3)) {
                    best = hl;
                    bc = c + 1;
                }
            }
        if (best > 0) {
            /* low 5 bits: 16, the category and the compound flag */
            tf->head = (mix64(fnv(fold + m - best, best) +
                              (uint64_t)(m > best) * 2 + (uint64_t)bc * 8) &
                        ~(uint64_t)31) |
                       (uint64_t)bc << 1 | (uint64_t)(m > best) | 16;
            return;
        }
    }
}

int
ws_tagger_head_cat(const char *lang, const char *word, size_t n)
{
    char fold[256];
    tokfeat tf;
    if (n >= sizeof fold / 4)
        return 0;
    memset(&tf, 0, sizeof tf);
    size_t fn = fold_into(word, n, fold, sizeof fold);
    compound_head(&tf, lang, word, n, fold, fn);
    return tf.head != 0 ? (int)(tf.head >> 1 & 7) : 0;
}

/* The hash of a language code for tok_features(). */
static inline uint64_t
lang_hash(const char *lang)
{
    return fnv(lang, strlen(lang));
}

/* tok_features() of a form not in the cache: computes its features into
 * tf and, when e is not NULL, into the cache entry e (the way to fill of
 * its set) under key (out of line: the hit path of tok_features() stays
 * small) */
__attribute__((noinline)) static void
tok_features_new(tokfeat *tf, ws_worker *w, const char *lang, const char *s,
                 size_t n, dict_ent *e, uint64_t key, char *fold,
                 size_t foldcap)
{
    memset(tf, 0, sizeof *tf);
    size_t fn = fold_into(s, n, fold, foldcap);
    tf->word = fnv(s, n);
    tf->lower = fnv(fold, fn);

    /* shapes: short (runs collapsed) and long (runs capped at 3, 12 max) */
    uint64_t hs = FNV_BASIS, hl = FNV_BASIS;
    char last = 0;
    int run = 0, nl = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp = ws_utf8_decode(s, n, &i);
        char c = shape_char(cp < 0 ? 0xfffd : cp);
        if (c != last) {
            hs = (hs ^ (unsigned char)c) * FNV_PRIME;
            run = 0;
        }
        if (run < 3 && nl < 12) {
            hl = (hl ^ (unsigned char)c) * FNV_PRIME;
            nl++;
        }
        run++;
        last = c;
    }
    tf->shape = hs | 1;
    tf->shapel = hl | 1;

    /* code point boundaries of the folded form, for affixes */
    size_t cut[5] = {0};
    int ncp = 0;
    for (size_t i = 0; i < fn && ncp < 5;) {
        ws_utf8_decode(fold, fn, &i);
        cut[ncp++] = i;
    }
    for (int k = 0; k < 4 && k < ncp; k++)
        tf->pre[k] = mix64(fnv(fold, cut[k]) + (uint64_t)k);

    size_t j = fn;
    for (int k = 0; k < 4 && j > 0; k++) {
        j--;
        while (j > 0 && ((unsigned char)fold[j] & 0xc0) == 0x80)
            j--;
        tf->suf[k] = mix64(fnv(fold + j, fn - j) + 7 + (uint64_t)k);
    }

    deriv_stems(tf, lang, s, n, fold, fn);
    compound_head(tf, lang, s, n, fold, fn);
    if (w != NULL)
        dict_features(tf, w, lang, s, n, fold, fn);
    tf->suf1 = tf->suf[1];
    tf->g1h = gaz_step(FNV_BASIS, tf->lower);
    tf->g1hs = gaz_step(FNV_BASIS, tf->gstem ? tf->gstem : tf->lower);
    tf->cold = 1;
    if (e != NULL) {
        tf->de = e;
        tf->dkey = key;
        memcpy(&e->lower, &tf->lower, TF_HOT_BYTES);
        memcpy(&e->word, &tf->word, TF_COLD_BYTES);
        e->ggen = 0;
        e->sgen = 0;
        e->key = key;
    }
}

/* The salt of the word-feature cache's hashes of the forms of language
 * hash langh (lang_hash()) for worker w (whose answers the entries keep) */
static inline uint64_t
dict_salt(const ws_worker *w, uint64_t langh)
{
    return langh ^ (uint64_t)(uintptr_t)w * GOLDEN;
}

/* The word-feature cache's hash of the form of n bytes at s, a token of
 * the text at text (salt: dict_salt()), which its key (dict_key()) and
 * set (dict_set()) are made of */
static inline uint64_t
dict_pre(uint64_t salt, const char *text, const char *s, size_t n)
{
    return tok_hash(text, s, n) ^ salt;
}

/* The cache's key of a form of hash pre (dict_pre()) */
static inline uint64_t
dict_key(uint64_t pre)
{
    return mix64(pre) | 1;
}

/* The first of the two ways of the cache's set of a form of hash pre
 * (dict_pre()): by a multiply, not from the key, so that the sets of the
 * sentence tagged next cost viterbi() a few instructions a token (see
 * tg_next) */
static inline size_t
dict_set(uint64_t pre)
{
    return (size_t)((pre * 0xff51afd7ed558ccdULL) >> (64 - TG_DICTSETBITS));
}

/* 1 when tok_features() keeps the forms of worker w in the thread's
 * word-feature cache (mapped now if it was not) */
static inline int
dict_cached(const ws_worker *w)
{
    return w != NULL && (tl_dict != NULL || thread_caches() == 0);
}

/* The entry of key's set (set: dict_set()) of the cache dict (tl_dict,
 * its ways used last dmru) holding key, the way used last tried first
 * (on a hit there, the other way's line is not read), or NULL; marks the
 * way found as used last. */
static inline dict_ent *
dict_lookup(dict_ent *dict, uint8_t *dmru, uint64_t key, size_t set)
{
    unsigned way = dmru[set];
    dict_ent *e = &dict[2 * set + way];
    if (__builtin_expect(e->key == key, 1))
        return e;
    e = &dict[2 * set + (way ^ 1)];
    if (e->key != key)
        return NULL;
    dmru[set] = (uint8_t)(way ^ 1);
    return e;
}

/* Copies the hot block of entry e into tf, 32 bytes a move: in
 * tokens_fill()'s AVX2 copy two overlapping moves, where memcpy() made
 * 16-byte ones (GCC's generic tuning splits the pieces of a memcpy);
 * without AVX2, GCC made each move two through the stack, so the other
 * copy uses memcpy() (tok_features()' wide) */
typedef uint64_t tg_u4 __attribute__((vector_size(32), aligned(1), may_alias));
_Static_assert(TF_HOT_BYTES > sizeof(tg_u4) &&
                   TF_HOT_BYTES <= 2 * sizeof(tg_u4),
               "the hot block is two overlapping 32-byte moves");
static inline __attribute__((always_inline)) void
tf_form_copy(tokfeat *tf, const dict_ent *e)
{
    const char *src = (const char *)&e->lower;
    char *dst = (char *)&tf->lower;
    const size_t o = TF_HOT_BYTES - sizeof(tg_u4);
    *(tg_u4 *)dst = *(const tg_u4 *)src;
    *(tg_u4 *)(dst + o) = *(const tg_u4 *)(src + o);
}

/* 1 when the features of t's tokens have no compound head (feature sets
 * before 4 of Russian: tokens_fill() clears the head its entry keeps) */
static inline int
tg_nohead(const ws_tagger *t)
{
    return t->featv < 4 && t->lang[0] == 'r' && t->lang[1] == 'u';
}

/* Fills x's cold block from its entry when a hit left it out (x->de
 * holds x's form: not replaced since, see dict_evict()); t: the tagger
 * whose tokens_fill() filled x. */
static inline void
tf_cold(const ws_tagger *t, tokfeat *x)
{
    if (__builtin_expect(x->cold, 1))
        return;
    memcpy(&x->word, &x->de->word, TF_COLD_BYTES);
    if (tg_nohead(t))
        x->head = 0;
    x->cold = 1;
}

/* tf_cold() of the n tokens of tf, for the paths that read every
 * feature (static_feats(), group_feats()) */
static void
tf_complete(const ws_tagger *t, tokfeat *tf, int n)
{
    for (int i = 0; i < n; i++)
        tf_cold(t, &tf[i]);
}

/* Before a fill replaces entry e: the cold block of the tokens of
 * tf[0..n) that have e and hold its form without their cold block
 * copied into them (their hot block they hold; once e is replaced,
 * nothing reads it for them: its key is no longer their dkey).  Out of
 * line: a miss (some 7 % of English news' tokens) whose victim a token
 * of the same sentence has is rarer still. */
__attribute__((noinline)) static void
dict_evict(const ws_tagger *t, tokfeat *tf, int n, const dict_ent *e)
{
    for (int j = 0; j < n; j++)
        if (tf[j].de == e && tf[j].dkey == e->key)
            tf_cold(t, &tf[j]);
}

/* Fills tf for the token of n bytes at s (on a cache hit its hot block
 * alone, tf->cold 0); fold is scratch of at least 4*n+16; dict: the
 * thread's word-feature cache (tl_dict, its ways used last dmru) when
 * it keeps the forms of w (dict_cached()), else NULL; pre: dict_pre()
 * of the token when dict is not NULL, else unused; done[0..ndone): the tokens
 * filled before it whose cold blocks a fill must not lose (dict_evict(); t:
 * their tagger).  (Inline: a cache hit is a few dozen instructions, which a
 * call's set-up would add a third to.) */
static inline __attribute__((always_inline)) void
tok_features(tokfeat *tf, ws_worker *w, const char *lang, dict_ent *dict,
             uint8_t *dmru, uint64_t pre, const char *s, size_t n, char *fold,
             size_t foldcap, int wide, const ws_tagger *t, tokfeat *done,
             int ndone)
{
    dict_ent *e = NULL;
    uint64_t key = 0;

    if (dict != NULL) {
        key = dict_key(pre);
        size_t set = dict_set(pre);
        e = dict_lookup(dict, dmru, key, set);
        if (e != NULL) {
            /* the entry's lines past those the copy reads up to the
             * cold block: its group sums and transition scores, which
             * sentence_groups() and viterbi() read.  (Prefetched there,
             * by a loop over the sentence's entries before the adds and
             * three tokens ahead: English news, 2.8M instructions a MB
             * more.) */
            for (size_t o = TG_DE_COPIED; o < offsetof(dict_ent, word); o += 64)
                __builtin_prefetch((const char *)e + o);
            /* the hot block in one block (the rest is set per sentence;
             * gz is read only below ngz) */
            if (wide)
                tf_form_copy(tf, e);
            else
                memcpy(&tf->lower, &e->lower, TF_HOT_BYTES);
            tf->cold = 0;
            tf->ngz = 0;
            tf->de = e;
            tf->dkey = key;
            return;
        }
        /* a miss: fill the way not used last */
        uint8_t way = (uint8_t)(dmru[set] ^ 1);
        dmru[set] = way;
        e = &dict[2 * set + way];
        if (ndone > 0 && e->key != 0)
            dict_evict(t, done, ndone, e);
    }
    tok_features_new(tf, w, lang, s, n, e, key, fold, foldcap);
}

/* Hunspell features: dictionary class and stem hash. */
static void
dict_features(tokfeat *tf, ws_worker *w, const char *lang, const char *s,
              size_t n, const char *fold, size_t fn)
{
    /* 1: known in lower case; 2: known only as written (a proper noun of
     * the dictionary); 3: unknown; 4: no letter */
    int cls = 3;
    int is_alpha = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] >= 128) ||
            ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z')) {
            is_alpha = 1;
            break;
        }
    /* a token without a letter (numbers, punctuation: a fifth of the
     * distinct forms of news) is class 4 whatever Hunspell answers, so
     * only whether it can answer is asked (ws_spell's -1: no dictionary,
     * or an empty or over-long word) */
    int sp;
    if (!is_alpha) {
        sp = n == 0 || n > 200 || !ws_spell_avail(w, lang) ? -1 : 0;
        cls = 4;
    } else if (fn == n && memcmp(fold, s, n) == 0) {
        sp = ws_spell(w, lang, s, n);
        cls = sp == 1 ? 1 : 3;
    } else if (n == 0 || n > 200) {
        sp = -1; /* ws_spell's answer for the word as written */
    } else if (ws_spell(w, lang, fold, fn) == 1) {
        /* known in lower case: class 1 whatever the form as written
         * gets, so that one is not asked (a capitalised common word,
         * new to the caches, is one Hunspell call instead of two) */
        sp = 0;
        cls = 1;
    } else {
        /* the folded form unknown (or not askable: -1) */
        sp = ws_spell(w, lang, s, n);
        cls = sp == 1 ? 2 : 3;
    }
    if (sp < 0)
        return; /* no dictionary: the features are absent */
    tf->dict = 100 + (uint64_t)cls;
    if (is_alpha) {
        const char *st = ws_stem(w, lang, fold, fn);
        if (st != NULL)
            tf->stem = fnv(st, strlen(st));
        tf->gstem = tf->stem;
        if (cls == 2) {
            /* a proper noun: its stem as written, folded */
            st = ws_stem(w, lang, s, n);
            size_t sl = st != NULL ? strlen(st) : 0;
            if (sl > 0 && sl < 200 && (sl != n || memcmp(st, s, n) != 0)) {
                char buf[1024];
                size_t bl = fold_into(st, sl, buf, sizeof buf);
                tf->gstem = fnv(buf, bl);
            }
        }
    }
}

/* Type of the gold chunk spanning exactly [s, s + len), or -1. */
static int
gold_chunk(const uint8_t *gold, int n, int s, int len)
{
    int t = gold[s];
    if (t == 0 || !(t & 1))
        return -1;
    for (int i = s + 1; i < s + len; i++)
        if (gold[i] != t + 1)
            return -1;
    if (s + len < n && gold[s + len] == t + 1)
        return -1;
    return (t - 1) / 2;
}

static void
gz_add(tokfeat *t, int cat, int pos, int len)
{
    uint32_t code = (uint32_t)cat << 8 | (uint32_t)pos << 4 |
                    (uint32_t)(len < 15 ? len : 15);
    for (int j = 0; j < t->ngz; j++)
        if ((t->gz[j] >> 8) == (uint32_t)cat) {
            if ((int)(t->gz[j] & 15) < len)
                t->gz[j] = code;
            return;
        }
    if (t->ngz < TG_GAZF)
        t->gz[t->ngz++] = code;
}

/* A gazetteer match: tokens [s, s + len) with category mask. */
typedef struct {
    uint16_t s, len;
    uint32_t mask;
} tg_match;

/* Marks the tokens of a match with its categories and their position
 * (B I E S); each token keeps the longest match of each category. */
static void
gaz_mark(tokfeat *tf, int s, int len, uint32_t mask)
{
    if (len == 1 && tf[s].ngz == 0) {
        /* a word alone on a token without matches yet (gaz_fill()'s
         * first step, most calls): gz_add() would find none of the
         * categories, each new, and append them in ascending order */
        tokfeat *t = &tf[s];
        int k = 0;
        for (; mask != 0 && k < TG_GAZF; mask &= mask - 1)
            t->gz[k++] = (uint32_t)__builtin_ctz(mask) << 8 | 3u << 4 | 1u;
        t->ngz = k;
        return;
    }
    /* the categories in ascending order, set bits only (the tail bits
     * 25.. made a loop over every bit walk some 20 clear ones) */
    for (; mask != 0; mask &= mask - 1) {
        int c = __builtin_ctz(mask);
        for (int i = s; i < s + len; i++) {
            int pos = len == 1 ? 3 : i == s ? 0 : i == s + len - 1 ? 2 : 1;
            gz_add(&tf[i], c, pos, len);
        }
    }
}

/* Gazetteer matches of the sentence tf[0..n): every phrase of the table
 * spanning tokens. */
/* The gazetteer slot of a phrase of hash h (hs: of its gazetteer stems),
 * or -1 */
static long
gaz_phrase_slot(const ws_tagger *t, uint64_t h, uint64_t hs)
{
    long slot = tg_gfind(t, h);
    if (hs != h &&
        (slot < 0 ||
         (tg_gmask(t, (size_t)slot) == TG_PREFIX &&
          (t->gcnt == NULL || gcnt_zero(t->gcnt + (size_t)slot * TG_NCNT))))) {
        long s2 = tg_gfind(t, hs);
        if (s2 >= 0)
            slot = s2;
    }
    return slot;
}

/* The entry of token x in the word-feature cache when it holds x's form
 * and gaz_fill() may keep the first step there (no training counts), or
 * NULL. */
static inline dict_ent *
gaz_ent(const ws_tagger *t, const tokfeat *x)
{
    return t->gcnt == NULL && x->de != NULL && x->de->key == x->dkey ? x->de
                                                                     : NULL;
}

/* Whether a phrase of two tokens or more may start with a word of
 * phrase hashes h and hs (gaz_fill()'s first step) in the loaded table t:
 * the table holds every proper prefix of its phrases with TG_PREFIX in
 * its mask (the builders set it), so a phrase h2 or hs2 of the next step
 * is there only when h or hs is there with TG_PREFIX (but for a
 * collision of the 64-bit keys).  slot: gaz_phrase_slot()'s answer, the
 * slot of h, or of hs when h was absent or a prefix alone. */
static int
gaz_more(const ws_tagger *t, uint64_t h, uint64_t hs, long slot)
{
    if (slot < 0)
        return 0; /* neither is there */
    if (tg_gmask(t, (size_t)slot) & TG_PREFIX)
        return 1;
    if (hs == h)
        return 0;
    /* the one of h and hs that slot is not */
    long o = tg_gfind(t, tg_gkey(t, (size_t)slot) == hs ? h : hs);
    return o >= 0 && (tg_gmask(t, (size_t)o) & TG_PREFIX);
}

static void
gaz_fill(const ws_tagger *t, tokfeat *tf, int n)
{
    if (t->gazbits == 0)
        return;
    for (int s = 0; s < n; s++) {
        uint64_t h = FNV_BASIS, hs = FNV_BASIS;
        /* 0 when the word's entry says no longer phrase starts with it:
         * 94 % of the phrases of two tokens asked are not in the table,
         * and each asked the filter, a line read at random over 64-256 KB
         * (gaz_more()) */
        int more = 1;
        for (int len = 1; len <= TG_GAZMAXLEN && s + len <= n; len++) {
            const tokfeat *x = &tf[s + len - 1];
            long slot;
            uint32_t mask;
            dict_ent *de = len == 1 ? gaz_ent(t, x) : NULL;
            if (len == 1) {
                h = x->g1h;
                hs = x->g1hs;
            } else {
                h = gaz_step(h, x->lower);
                hs = gaz_step(hs, x->gstem ? x->gstem : x->lower);
            }
            if (de != NULL && de->ggen == t->gen && t->gen != 0) {
                /* the word's first step, asked before */
                slot = de->gslot;
                mask = de->gmask;
                more = (mask & TG_PREFIX) != 0;
            } else {
                slot = gaz_phrase_slot(t, h, hs);
                mask = slot >= 0 ? tg_gmask(t, (size_t)slot) : 0;
                if (de != NULL) {
                    more = gaz_more(t, h, hs, slot);
                    de->ggen = t->gen;
                    de->gslot = (int32_t)slot;
                    de->gmask = (mask & ~TG_PREFIX) | (more ? TG_PREFIX : 0);
                }
            }
            if (slot < 0)
                break; /* no phrase starts with these tokens */
            mask &= ~TG_PREFIX;
            if (t->gcnt != NULL)
                mask = (mask & ~TG_GAZTYPES) |
                       gaz_typebits(t->gcnt + (size_t)slot * TG_NCNT, NULL);
            if (mask != 0)
                gaz_mark(tf, s, len, mask);
            if (!more)
                break;
        }
    }
}

/* Marks the words of the sentence derived from a name of the gazetteer
 * (a place, a person, a name of the training data) with category
 * TG_GAZDERIV. */
static void
deriv_fill(const ws_tagger *t, tokfeat *tf, int n)
{
    /* (a language without suffixes has no stems: its tokens' dstem,
     * which tok_features() fills with t's language, are all 0, and the
     * loop read a line of each token for nothing) */
    if (t->gazbits == 0 || deriv_suffixes(t->lang) == NULL)
        return;
    for (int i = 0; i < n; i++) {
        tf_cold(t, &tf[i]); /* (dstem is in the cold block) */
        for (int k = 0; k < TG_NDSTEM && tf[i].dstem[k] != 0; k++) {
            long slot = tg_gfind(t, gaz_step(FNV_BASIS, tf[i].dstem[k]));
            if (slot < 0)
                continue;
            uint32_t m = tg_gmask(t, (size_t)slot) & ~TG_PREFIX;
            if (t->gcnt != NULL)
                m = (m & ~TG_GAZTYPES) |
                    gaz_typebits(t->gcnt + (size_t)slot * TG_NCNT, NULL);
            if (m & ~TG_GAZTYPES) {
                gz_add(&tf[i], TG_GAZDERIV, 3, 1);
                break;
            }
            if (m & ((1u << WS_BIO_NTYPES) - 1)) {
                gz_add(&tf[i], TG_GAZDERIV + 1, 3, 1);
                break;
            }
        }
    }
}

enum {
    F_BIAS = 1,
    F_WORD,
    F_LOWER,
    F_SHAPE,
    F_SHAPEL,
    F_PRE,
    F_SUF = F_PRE + 4,
    F_LOWER_M1 = F_SUF + 4,
    F_LOWER_P1,
    F_LOWER_M2,
    F_LOWER_P2,
    F_WORD_M1,
    F_WORD_P1,
    F_SHAPE_M1,
    F_SHAPE_P1,
    F_SHAPE_M2,
    F_SHAPE_P2,
    F_BI_M1,
    F_BI_P1,
    F_SHAPE3,
    F_POS,
    F_DICT,
    F_DICT_SHAPE_POS,
    F_DICT_M1,
    F_DICT_P1,
    F_STEM,
    F_STEM_M1,
    F_STEM_P1,
    F_SUF3_M1,
    F_SUF3_P1,
    F_T1,
    F_T2,
    F_T1_LOWER,
    F_T1_SHAPE,
    F_T1_SUF3,
    F_GAZ,
    F_GAZL,
    F_HEAD,
    F_HEADC,
    F_HEAD_M1,
    F_HEAD_P1,
    F_HEADC_M1,
    F_HEADC_P1,
    F_AGREE_M1,
    F_AGREE_P1,
    F_SHAPE_L3,
    F_SHAPE_R3
};

#define FEAT(tmpl, h) (mix64((h) + (uint64_t)(tmpl)*GOLDEN))
#define FEAT2(tmpl, a, b)                                                      \
    (mix64((a)*FNV_PRIME + mix64(b) + (uint64_t)(tmpl)*GOLDEN))

static inline const tokfeat *
tf_at(const tokfeat *tf, int n, int i)
{
    if (i < 0)
        return &TF_BOS;
    if (i >= n)
        return &TF_EOS;
    return &tf[i];
}

/* Groups of the tag-independent features of token i by the one token
 * they read: TG_G_SELF the token's own (with the bias), TG_G_M1 a token
 * seen as the previous one (the features of i + 1 it gives), TG_G_M2 as
 * the one before that, TG_G_P1 / TG_G_P2 as the next ones.  The rest of
 * the features (pairs, position, gazetteer) read several tokens. */
enum { TG_G_SELF, TG_G_M1, TG_G_M2, TG_G_P1, TG_G_P2, TG_NGROUP };

/* Hashes of group g of token x into h; returns their number. */
static int
group_feats(const tokfeat *x, int g, uint64_t *h)
{
    int k = 0;
    switch (g) {
    case TG_G_SELF:
        h[k++] = FEAT(F_BIAS, 1);
        h[k++] = FEAT(F_WORD, x->word);
        h[k++] = FEAT(F_LOWER, x->lower);
        h[k++] = FEAT(F_SHAPE, x->shape);
        h[k++] = FEAT(F_SHAPEL, x->shapel);
        for (int j = 0; j < 4; j++) {
            if (x->pre[j])
                h[k++] = FEAT(F_PRE + j, x->pre[j]);
            if (x->suf[j])
                h[k++] = FEAT(F_SUF + j, x->suf[j]);
        }
        if (x->dict)
            h[k++] = FEAT(F_DICT, x->dict);
        if (x->stem)
            h[k++] = FEAT(F_STEM, x->stem);
        if (x->head) {
            h[k++] = FEAT(F_HEAD, x->head);
            h[k++] = FEAT(F_HEADC, x->head & 15);
        }
        break;
    case TG_G_M1:
        h[k++] = FEAT(F_LOWER_M1, x->lower);
        h[k++] = FEAT(F_WORD_M1, x->word);
        h[k++] = FEAT(F_SHAPE_M1, x->shape);
        if (x->stem)
            h[k++] = FEAT(F_STEM_M1, x->stem);
        if (x->suf[2])
            h[k++] = FEAT(F_SUF3_M1, x->suf[2]);
        if (x->head) {
            h[k++] = FEAT(F_HEAD_M1, x->head);
            h[k++] = FEAT(F_HEADC_M1, x->head & 15);
        }
        break;
    case TG_G_M2:
        h[k++] = FEAT(F_LOWER_M2, x->lower);
        h[k++] = FEAT(F_SHAPE_M2, x->shape);
        break;
    case TG_G_P1:
        h[k++] = FEAT(F_LOWER_P1, x->lower);
        h[k++] = FEAT(F_WORD_P1, x->word);
        h[k++] = FEAT(F_SHAPE_P1, x->shape);
        if (x->stem)
            h[k++] = FEAT(F_STEM_P1, x->stem);
        if (x->suf[2])
            h[k++] = FEAT(F_SUF3_P1, x->suf[2]);
        if (x->head) {
            h[k++] = FEAT(F_HEAD_P1, x->head);
            h[k++] = FEAT(F_HEADC_P1, x->head & 15);
        }
        break;
    default:
        h[k++] = FEAT(F_LOWER_P2, x->lower);
        h[k++] = FEAT(F_SHAPE_P2, x->shape);
        break;
    }
    return k;
}

/* Bucket indices of the features of token i that do not depend on the
 * tags; returns their number.  (viterbi()'s cached path sums their rows
 * from the thread's caches instead: sentence_groups() the groups',
 * shape_groups() those of the shapes, the position and the neighbours'
 * dictionary classes, gaz_groups() the gazetteer's, pair_groups() the
 * pairs'.) */
static int
static_feats(const tokfeat *tf, int n, int i, unsigned bits, uint32_t *idx)
{
    int k = 0;
    unsigned sh = 64 - bits;
    const tokfeat *t = &tf[i], *m1 = tf_at(tf, n, i - 1),
                  *m2 = tf_at(tf, n, i - 2), *p1 = tf_at(tf, n, i + 1),
                  *p2 = tf_at(tf, n, i + 2);

    uint64_t h[TG_MAXFEAT];
    int g = 0;
    g += group_feats(t, TG_G_SELF, h + g);
    g += group_feats(m1, TG_G_M1, h + g);
    g += group_feats(m2, TG_G_M2, h + g);
    g += group_feats(p1, TG_G_P1, h + g);
    g += group_feats(p2, TG_G_P2, h + g);
    for (int j = 0; j < g; j++)
        idx[k++] = (uint32_t)(h[j] >> sh);
        /* the rest straight to bucket indices (the same order) */
#define PUT(hv) (idx[k++] = (uint32_t)((hv) >> sh))
        /* FEAT2(tmpl, a, b) with mix64(b) given (mix_fill()'s per token) */
#define FEAT2M(tmpl, a, mb)                                                    \
    (mix64((a)*FNV_PRIME + (mb) + (uint64_t)(tmpl)*GOLDEN))
    int last = i == n - 1;
    PUT(FEAT2M(F_BI_M1, m1->lower, mix64(t->lower)));
    PUT(FEAT2M(F_BI_P1, t->lower, mix64(p1->lower)));
    PUT(FEAT2M(F_SHAPE3, m1->shape, t->mpair));
    uint64_t pos = (uint64_t)(i < 3 ? i : 3) + (last ? 8 : 0);
    PUT(FEAT(F_POS, pos + 1));
    if (t->dict) {
        PUT(FEAT2M(F_DICT_SHAPE_POS, t->dict, t->mdshape));
        PUT(FEAT(F_DICT_M1, m1->dict));
        PUT(FEAT(F_DICT_P1, p1->dict));
    }
    for (int j = 0; j < t->ngz; j++) {
        PUT(FEAT(F_GAZ, t->gz[j] >> 4));
        PUT(FEAT(F_GAZL, t->gz[j]));
    }
    if (t->ext >= 4) {
        /* agreement: the last two letters of the token with those of
         * each neighbour (case and number endings agree inside a noun
         * phrase, and a change of case starts a new name); after the
         * last token the stand-in 5, for a next token without suffix 6 */
        PUT(FEAT2M(F_AGREE_M1, m1->suf1 ? m1->suf1 : (uint64_t)(i > 0) + 3,
                   mix64(t->suf1)));
        PUT(FEAT2M(F_AGREE_P1, t->suf1,
                   mix64(last       ? 5
                         : p1->suf1 ? p1->suf1
                                    : 6)));
    }
    if (t->ext >= 5) {
        /* set 5: the shapes of the token and the two before it, and of
         * the token and the two after it (a capitalised word after
         * "Xx ," or before "( dddd", the inside of "X. X." and "Xx-Xx")
         */
        PUT(FEAT2M(F_SHAPE_L3, m2->shape,
                   i > 0 ? m1->mpair : mix64(FEAT2(0, m1->shape, t->shape))));
        PUT(FEAT2M(F_SHAPE_R3, t->shape,
                   !last ? p1->mpair : mix64(FEAT2(0, p1->shape, p2->shape))));
    }
#undef FEAT2M
#undef PUT
    return k;
}

/* Fills the inner hashes of the n tokens of tf that static_feats() reads
 * (see tokfeat): the same values it computed from the fields before. */
static void
mix_fill(tokfeat *tf, int n)
{
    for (int i = 0; i < n; i++) {
        tokfeat *t = &tf[i];
        t->mdshape = mix64(t->shape * 31 + (i == 0));
        t->mpair = mix64(FEAT2(0, t->shape, tf_at(tf, n, i + 1)->shape));
    }
}

/* ---- group sums ----
 * With int16 weights (a loaded model, never one in training) the sums of
 * each group's rows depend on the token's form alone, so the form's entry
 * in the word-feature cache keeps them (dict_ent.v) under the model that
 * summed them: a frequent word costs one read of its entry instead of
 * some 30 row reads scattered over the table.  The sums are exact
 * integers, so the scores are the same as without the cache.  They are
 * used only while the token's entry holds its form (the entry's key is
 * still the token's dkey) and for the model, pointer and generation, that
 * summed them; the features they sum are the entry's own, copied into the
 * token.  (They had a cache of their own, keyed by a hash of the
 * features, which compared fourteen fields per token and, direct-mapped,
 * missed twice as often.)  The padding tokens' sums are kept per thread
 * for the model used last. */
_Static_assert(TG_NGROUP == 5, "dict_ent.v holds the groups");

/* The group sums of token x under model t into v (out of line, so that
 * the hit path inlined in sentence_groups() has no frame for its
 * hashes). */
TG_VEC_CLONES
__attribute__((noinline)) static void
groups_fill(const ws_tagger *t, const tokfeat *x, int32_t (*v)[WS_BIO_NTAGS])
{
    enum { NT = WS_BIO_NTAGS };
    /* the features of all groups (35 at most, some of static_feats()'),
     * then all their rows found and prefetched, then summed: the rows,
     * read at random over the table, were most of its time, and summed
     * group by group, a group's rows waited on the hashes of the next
     * group's ones before their loads were issued (30 MB of English
     * news: perf gave groups_fill 3.0 % of the samples of run -j1, 1.8 %
     * so; cachegrind, blind to misses that overlap, 1.3M est2 a MB
     * more) */
    uint64_t h[TG_MAXFEAT];
    const int16_t *rp[TG_MAXFEAT];
    int k[TG_NGROUP], m = 0;
    unsigned sh = 64 - t->bits;
    for (int g = 0; g < TG_NGROUP; g++) {
        k[g] = group_feats(x, g, h + m);
        m += k[g];
    }
    /* the index lines the rows' places are read from first, all of
     * them (found row by row, the loads of the later ones waited on the
     * room of the core's window the earlier ones' took) */
    for (int j = 0; j < m; j++)
        __builtin_prefetch(wrow_ix(t, (uint32_t)(h[j] >> sh)));
    for (int j = 0; j < m; j++) {
        rp[j] = wrow(t, (uint32_t)(h[j] >> sh));
        __builtin_prefetch(rp[j]);
    }
    const int16_t *const *row = rp;
    for (int g = 0; g < TG_NGROUP; g++) {
        /* tags 0..7 widened and added as one vector, tag 8 alone */
        tg_v8i a = {0, 0, 0, 0, 0, 0, 0, 0};
        int32_t a8 = 0;
        for (int j = 0; j < k[g]; j++, row++) {
            tg_v8i r;
            widen8(&r, *row);
            a += r;
            a8 += (*row)[NT - 1];
        }
        memcpy(v[g], &a, sizeof a);
        v[g][NT - 1] = a8;
    }
}

/* The padding tokens' group sums under the model t used last. */
typedef struct {
    const ws_tagger *t;
    uint64_t gen;
    int32_t bos[TG_NGROUP][WS_BIO_NTAGS], eos[TG_NGROUP][WS_BIO_NTAGS];
} tg_padsums;
static _Thread_local tg_padsums tl_pad;

static const tg_padsums *
pad_sums(const ws_tagger *t)
{
    tg_padsums *p = &tl_pad;
    if (p->t != t || p->gen != t->gen) {
        groups_fill(t, &TF_BOS, p->bos);
        groups_fill(t, &TF_EOS, p->eos);
        p->t = t;
        p->gen = t->gen;
    }
    return p;
}

static void trans_fill(const ws_tagger *t, const tokfeat *x, tg_trans16 *e);
static inline void trans_prefetch(const ws_tagger *t, const tokfeat *x);

/* The group sums v into the entry e (those of the neighbour groups
 * narrowed to int16); 1 when each of these fits.  Tags 0..7 narrowed as
 * one vector and widened back, a lane that does not fit the one that
 * changes (tag by tag, English news: sentence_groups.avx2 0.7M
 * instructions a MB more, some 115 a new form).  Inline: in the AVX2
 * copy of its caller, one vector op a group. */
static inline __attribute__((always_inline)) int
groups_narrow(dict_ent *e, int32_t (*v)[WS_BIO_NTAGS])
{
    enum { NT = WS_BIO_NTAGS };
    memcpy(e->vs, v[TG_G_SELF], sizeof e->vs);
    tg_v8i bad = {0, 0, 0, 0, 0, 0, 0, 0};
    int fits = 1;
    for (int g = 1; g < TG_NGROUP; g++) {
        tg_v8i a, back;
        memcpy(&a, v[g], sizeof a);
        tg_v8s d = __builtin_convertvector(a, tg_v8s);
        memcpy(e->v[g - 1], &d, sizeof d);
        widen8(&back, e->v[g - 1]);
        bad |= back != a;
        fits &= v[g][NT - 1] >= INT16_MIN && v[g][NT - 1] <= INT16_MAX;
        e->v[g - 1][NT - 1] = (int16_t)v[g][NT - 1];
    }
    for (int c = 0; c < 8; c++)
        fits &= bad[c] == 0;
    return fits;
}

/* The int32 group sums of the forms whose cache entry cannot hold them
 * (vnarrow 0), per thread: the entry of token x's form (its cache key
 * dkey) under model t, summed now when it is not there (out of line: a
 * few tokens in a thousand). */
__attribute__((noinline)) static const int32_t (
    *wide_sums(const ws_tagger *t, tokfeat *x))[WS_BIO_NTAGS]
{
    wide_ent *w = &tl_wide[(x->dkey >> 1) & (TG_WIDE - 1)];
    if (w->key != x->dkey || w->gen != t->gen) {
        tf_cold(t, x);
        groups_fill(t, x, w->v);
        w->key = x->dkey;
        w->gen = t->gen;
    }
    return (const int32_t(*)[WS_BIO_NTAGS])w->v;
}

/* The group sums of token x under model t: its cache entry (its sums
 * summed now, with its transition scores, when they are not there
 * yet), or NULL with *wide the int32 sums: an entry whose neighbour
 * sums do not all fit int16 (wide_sums()), or (in tmp) none holding the
 * form (x->de is then made NULL: an entry no longer holding the form,
 * replaced by a later token of the sentence, and the decoder then reads
 * no key to know it). */
static inline const dict_ent *
form_sums(const ws_tagger *t, tokfeat *x, int32_t (*tmp)[WS_BIO_NTAGS],
          const int32_t (**wide)[WS_BIO_NTAGS])
{
    dict_ent *e = x->de;
    if (__builtin_expect(e != NULL && e->key == x->dkey, 1)) {
        if (__builtin_expect(e->sgen != t->gen, 0)) {
            tf_cold(t, x);
            trans_prefetch(t, x);
            groups_fill(t, x, tmp);
            e->vnarrow = (uint8_t)groups_narrow(e, tmp);
            trans_fill(t, x, &e->trs);
            e->sgen = t->gen;
        }
        if (__builtin_expect(e->vnarrow, 1))
            return e;
        *wide = wide_sums(t, x);
        return NULL;
    }
    /* (its cold block copied before the entry was replaced) */
    x->de = NULL;
    groups_fill(t, x, tmp);
    *wide = (const int32_t(*)[WS_BIO_NTAGS])tmp;
    return NULL;
}

/* acc[0..9) += v[0..9): tags 0..7 as one vector (two SSE adds, or one
 * AVX2 add in sentence_groups' AVX2 copy) and the ninth alone */
static inline void
acc_add(int32_t *acc, const int32_t *v)
{
    _Static_assert(WS_BIO_NTAGS == 9, "acc_add adds 8 + 1 tags");
    tg_v8i a, b;
    memcpy(&a, acc, sizeof a);
    memcpy(&b, v, sizeof b);
    a += b;
    memcpy(acc, &a, sizeof a);
    acc[8] += v[8];
}

/* acc_add() of the int16 sums v, widened */
static inline void
acc_add16(int32_t *acc, const int16_t *v)
{
    tg_v8i a, b;
    memcpy(&a, acc, sizeof a);
    widen8(&b, v);
    a += b;
    memcpy(acc, &a, sizeof a);
    acc[8] += v[8];
}

/* The sums of the groups read by each token of a sentence: acc[i] for
 * token i (n entries) is the sum of the group TG_G_SELF of token i,
 * TG_G_M1 of i - 1, TG_G_M2 of i - 2, TG_G_P1 of i + 1 and TG_G_P2 of
 * i + 2, the padding tokens outside the sentence.  Each token's entry
 * adds its groups to the tokens that read them (exact integer sums, so
 * the order does not matter).  acc has TG_ACCPAD rows before acc[0] and
 * after acc[n - 1], which get the sums of the tokens outside the
 * sentence (and are not read): the adds need no test of the sentence's
 * ends (four branches a token, mispredicted some 60 000 times in 1 MB
 * of English news). */
enum { TG_ACCPAD = 2 };
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
static void
sentence_groups(const ws_tagger *t, tokfeat *tf, int n,
                int32_t (*acc)[WS_BIO_NTAGS])
{
    int32_t tmp[TG_NGROUP][WS_BIO_NTAGS];
    const tg_padsums *pad = pad_sums(t);
    memset(acc - TG_ACCPAD, 0, (size_t)(n + 2 * TG_ACCPAD) * sizeof *acc);
    /* the padding before the sentence: tokens -2 and -1 */
    acc_add(acc[0], pad->bos[TG_G_M1]);
    acc_add(acc[0], pad->bos[TG_G_M2]);
    if (n > 1)
        acc_add(acc[1], pad->bos[TG_G_M2]);
    for (int i = 0; i < n; i++) {
        const int32_t(*w)[WS_BIO_NTAGS] = NULL;
        const dict_ent *e = form_sums(t, &tf[i], tmp, &w);
#define TG_ADD_GROUPS(add, self, v)                                            \
    do {                                                                       \
        acc_add(acc[i], self);                                                 \
        add(acc[i + 1], (v)[TG_G_M1 - 1]);                                     \
        add(acc[i + 2], (v)[TG_G_M2 - 1]);                                     \
        add(acc[i - 1], (v)[TG_G_P1 - 1]);                                     \
        add(acc[i - 2], (v)[TG_G_P2 - 1]);                                     \
    } while (0)
        if (__builtin_expect(e != NULL, 1)) {
            TG_ADD_GROUPS(acc_add16, e->vs, e->v);
        } else {
            /* (the groups after TG_G_SELF at g - 1, as e->v) */
            TG_ADD_GROUPS(acc_add, w[TG_G_SELF], w + 1);
        }
#undef TG_ADD_GROUPS
    }
    /* the padding after it: tokens n and n + 1 */
    acc_add(acc[n - 1], pad->eos[TG_G_P1]);
    acc_add(acc[n - 1], pad->eos[TG_G_P2]);
    if (n > 1)
        acc_add(acc[n - 2], pad->eos[TG_G_P2]);
}

/* Features that depend on the previous tags (appended at idx). */
static int
dyn_feats(const tokfeat *tf, int i, int t1, int t2, unsigned bits,
          uint32_t *idx)
{
    unsigned sh = 64 - bits;
    const tokfeat *t = &tf[i];
    uint64_t a = (uint64_t)t1 + 1, b = (uint64_t)t2 + 1;
    idx[0] = (uint32_t)(FEAT(F_T1, a) >> sh);
    idx[1] = (uint32_t)(FEAT(F_T2, a * 32 + b) >> sh);
    idx[2] = (uint32_t)(FEAT2(F_T1_LOWER, a, t->lower) >> sh);
    idx[3] = (uint32_t)(FEAT2(F_T1_SHAPE, a, t->shape) >> sh);
    if (t->suf[2]) {
        idx[4] = (uint32_t)(FEAT2(F_T1_SUF3, a, t->suf[2]) >> sh);
        return 5;
    }
    return 4;
}

/* True when tag may follow prev under IOB2. */
static inline int
tag_allowed(int prev, int tag)
{
    if (tag == 0 || (tag & 1))
        return 1;
    return prev == tag || prev == tag - 1;
}

static int
best_tag(const float *sc, int prev)
{
    int best = 0;
    float bs = sc[0];
    for (int t = 1; t < WS_BIO_NTAGS; t++)
        if (sc[t] > bs && tag_allowed(prev, t)) {
            bs = sc[t];
            best = t;
        }
    return best;
}

/* The stored rows of buckets idx[0..k) of an int16 model into rp (the
 * buckets whose rows are all zero are left out), each prefetched;
 * returns their number. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
/* a copy for CPUs with POPCNT, chosen when the program starts */
__attribute__((target_clones("popcnt", "default")))
#endif
static int
resolve_rows(const ws_tagger *t, const uint32_t *idx, int k, const int16_t **rp)
{
    int n = 0;
    for (int j = 0; j < k; j++) {
        if (wrow_stored(t, idx[j])) {
            rp[n] = wrow_place(t, idx[j]);
            __builtin_prefetch(rp[n]);
            n++;
        }
    }
    return n;
}

/* The sums of the int16 rows rp[0..n) as floats (exact: integers far
 * below 2^24): tags 0..7 widened to int32 and added as one vector (GCC
 * vector types), tag 8 alone. */
static void
sum_rows(const int16_t *const *rp, int n, float *sc)
{
    _Static_assert(WS_BIO_NTAGS == 9, "sum_rows adds 8 + 1 tags");
    tg_v8i a = {0, 0, 0, 0, 0, 0, 0, 0};
    int32_t a8 = 0;
    for (int j = 0; j < n; j++) {
        const int16_t *row = rp[j];
        tg_v8i r;
        widen8(&r, row);
        a += r;
        a8 += row[8];
    }
    tg_v8f f = __builtin_convertvector(a, tg_v8f);
    memcpy(sc, &f, sizeof f);
    sc[8] = (float)a8;
}

static void
score_rows(const ws_tagger *t, const uint32_t *idx, int k, float *sc)
{
    enum { NT = WS_BIO_NTAGS };
    if (t->dtype == TG_DT_I16) {
        const int16_t *rp[TG_MAXFEAT];
        sum_rows(rp, resolve_rows(t, idx, k, rp), sc);
    } else {
        for (int c = 0; c < NT; c++)
            sc[c] = 0;
        for (int j = 0; j < k; j++) {
            const float *row = t->wf + (size_t)idx[j] * NT;
            for (int c = 0; c < NT; c++)
                sc[c] += row[c];
        }
    }
}

static inline void
prefetch_rows(const ws_tagger *t, const uint32_t *idx, int k)
{
    for (int j = 0; j < k; j++)
        __builtin_prefetch(t->wf + (size_t)idx[j] * WS_BIO_NTAGS);
}

/* First-order features for Viterbi: for each template a block of 16
 * consecutive rows, row base + p for previous tag p (START included), so
 * the rows of all previous tags share a few cache lines. */
#define TG_NDYN 3
static void
vit_bases(const tokfeat *t, unsigned bits, uint32_t *base)
{
    unsigned sh = 64 - bits;
    base[0] = (uint32_t)(FEAT(F_T1, 1) >> sh) & ~15u;
    base[1] = (uint32_t)(FEAT(F_T1_LOWER, t->lower) >> sh) & ~15u;
    base[2] = (uint32_t)(FEAT(F_T1_SHAPE, t->shape) >> sh) & ~15u;
}

/* Adds the rows of previous tag p to d[]. */
static void
vit_dyn_scores(const ws_tagger *t, const uint32_t *base, int p, float *d)
{
    enum { NT = WS_BIO_NTAGS };
    for (int c = 0; c < NT; c++)
        d[c] = 0;
    for (int j = 0; j < TG_NDYN; j++) {
        size_t r = (size_t)(base[j] + (uint32_t)p) * NT;
        if (t->dtype == TG_DT_I16) {
            const int16_t *row = wrow(t, base[j] + (uint32_t)p);
            for (int c = 0; c < NT; c++)
                d[c] += (float)row[c];
        } else {
            for (int c = 0; c < NT; c++)
                d[c] += t->wf[r + (size_t)c];
        }
    }
}

/* Transition scores of token i for every previous tag p (START
 * included) into tr[p][]: the sums of the TG_NDYN rows base[j] + p.
 * With int16 weights the rows are summed exactly in int32 (each sum is
 * an integer far below 2^24, so it equals the float sum in any order);
 * the rows of template 0 (F_T1 alone) are the same for every token and
 * come from t1, summed once per sentence. */
static void
vit_trans(const ws_tagger *t, const uint32_t *base, const int32_t *t1,
          const float *prev, int first, float *tr)
{
    enum { NT = WS_BIO_NTAGS };
    for (int p = 0; p <= NT; p++) {
        float *d = tr + (size_t)p * NT;
        if (first ? p != TG_START : (p == TG_START || prev[p] <= -1e29f))
            continue;
        if (t->dtype == TG_DT_I16) {
            const int16_t *r1 = wrow(t, base[1] + (uint32_t)p);
            const int16_t *r2 = wrow(t, base[2] + (uint32_t)p);
            const int32_t *r0 = t1 + (size_t)p * NT;
            for (int c = 0; c < NT; c++)
                d[c] = (float)(r0[c] + (int32_t)r1[c] + (int32_t)r2[c]);
        } else {
            vit_dyn_scores(t, base, p, d);
        }
    }
}

static inline void
prefetch_trans(const ws_tagger *t, const uint32_t *base)
{
    size_t es = 4;
    const char *w = (const char *)t->wf;
    if (t->dtype == TG_DT_I16) {
        for (int j = 1; j < TG_NDYN; j++)
            for (uint32_t p = 0; p <= WS_BIO_NTAGS; p++)
                __builtin_prefetch(wrow(t, base[j] + p));
        return;
    }
    for (int j = 1; j < TG_NDYN; j++) {
        const char *r = w + (size_t)base[j] * WS_BIO_NTAGS * es;
        /* rows base..base+NT (START included): 10 * 9 * es bytes */
        for (size_t o = 0; o < (WS_BIO_NTAGS + 1) * WS_BIO_NTAGS * es; o += 64)
            __builtin_prefetch(r + o);
        __builtin_prefetch(r + (WS_BIO_NTAGS + 1) * WS_BIO_NTAGS * es - 1);
    }
}

/* Prefetches the rows trans_fill() reads of token x under model t
 * (form_sums(), before the group sums: those rows, their index line and
 * then the rows read at random, were some 70 % of trans_fill()'s time).
 * A template's rows base..base + 8 are in one index entry (base is a
 * multiple of 16) and those stored are consecutive: from the first at
 * or after base, at most 9 rows of 18 bytes. */
static inline __attribute__((always_inline)) void
trans_prefetch(const ws_tagger *t, const tokfeat *x)
{
    if (t->dtype != TG_DT_I16)
        return;
    uint32_t base[TG_NDYN];
    vit_bases(x, t->bits, base);
    for (int j = 1; j < TG_NDYN; j++) {
        /* (the lines as addresses, not pointers: the last rows' span
         * may end past the table, which a prefetch may ask for and a
         * pointer may not point to) */
        uintptr_t p = (uintptr_t)wrow_place(t, base[j]);
        uintptr_t span = WS_BIO_NTAGS * WS_BIO_NTAGS * sizeof(int16_t);
        __builtin_prefetch((const void *)p);
        __builtin_prefetch((const void *)(p + 64));
        __builtin_prefetch((const void *)(p + 128));
        __builtin_prefetch((const void *)(p + span - 1));
    }
}

/* True when tag may follow prev under IOB2, as a table [prev][tag]. */
static uint8_t tg_allowed[WS_BIO_NTAGS + 1][WS_BIO_NTAGS];
/* viterbi_step()'s lane constants: row p holds p eight times.  Filled at
 * run time, so the compiler reads them as memory operands of the blends
 * instead of building each from an immediate (three instructions). */
static int32_t tg_lane[WS_BIO_NTAGS][8];
static pthread_once_t tg_allowed_once = PTHREAD_ONCE_INIT;

static void
tg_allowed_init(void)
{
    for (int p = 0; p <= WS_BIO_NTAGS; p++)
        for (int c = 0; c < WS_BIO_NTAGS; c++)
            tg_allowed[p][c] = (uint8_t)tag_allowed(p, c);
    for (int p = 0; p < WS_BIO_NTAGS; p++)
        for (int c = 0; c < 8; c++)
            tg_lane[p][c] = p;
}

static void
tg_allowed_once_init(void)
{
    pthread_once(&tg_allowed_once, tg_allowed_init);
}

/* ---- transition scores ----
 * With int16 weights the transition scores of a token (F_T1 alone, and
 * with the token's folded form and its shape, for every previous tag)
 * depend on the word alone, so the form's entry in the word-feature cache
 * keeps the whole matrix (tg_trans, beside the group sums) as the floats
 * the decoder adds (the same values as summing the rows per call); the
 * row of START, read once per sentence, is summed when it is read.  A
 * transition IOB2 forbids holds -inf, so the decoder's max loop needs
 * no test per pair: prev + -inf never beats a finite best.  (The
 * matrices had a cache of their own, keyed by a hash of the form and
 * shape.) */

/* 0 where tag c (0..7) may follow previous tag p under IOB2, -inf where
 * not: a row sum plus this is the row of the cache (x + 0 = x exactly) */
static tg_v8f tg_ninf8[WS_BIO_NTAGS + 1];
static pthread_once_t tg_ninf8_once = PTHREAD_ONCE_INIT;

static void
tg_ninf8_init(void)
{
    for (int p = 0; p <= WS_BIO_NTAGS; p++)
        for (int c = 0; c < WS_BIO_NTAGS - 1; c++)
            tg_ninf8[p][c] = tag_allowed(p, c) ? 0.0f : -INFINITY;
}

/* ---- shape cache ----
 * The features of static_feats() that read the shapes alone (F_SHAPE3,
 * F_DICT_SHAPE_POS, F_SHAPE_L3, F_SHAPE_R3) read the shapes of the
 * tokens i - 2 .. i + 2, the token's dictionary class, whether it is
 * the first or the last and the feature set: few distinct values (news
 * has some hundreds of shape windows), so a per-thread cache keeps the sum of
 * their rows per window (int16 weights, exact integer sums) instead of four
 * hashes and row reads per token.  An entry is used when its key, a 64-bit
 * hash of every input, is equal.  8192 entries (512 KB; with 4096,
 * English news' windows filled anew cost 1.9M est2 a MB more, with 2048
 * 6.7M; the thread caches' mapping stays within its three huge pages) */
#define TG_SHCACHE 8192
typedef struct {
    /* shape_key() of the window, the flags and the model's generation
     * (unique per loaded model); 0: empty */
    uint64_t key;
    int32_t v[WS_BIO_NTAGS];
} __attribute__((aligned(64))) shape_ent;
/* one entry a cache line (the cache is mapped 2 MB aligned).  The 64-bit
 * key stands for the inputs (the window's five shape hashes, the flags,
 * the model), as a 64-bit hash of a form stands for it in the word-feature
 * cache: of its bits, 53 beside the set's say whether a way holds the
 * window.  (With the inputs kept and compared, 96 bytes an entry, a set
 * took three lines and a look-up read two: 2 MB of English news, 126 k
 * L2 misses a MB in shape_groups.  The sums do not fit in int16: with
 * int16 entries, two a line, 96 % of the windows filled were past it.) */
_Static_assert(sizeof(shape_ent) == 64, "a shape_ent is one cache line");
static _Thread_local shape_ent *tl_shape;
/* two-way set associative, the entry used last in the first way (a hit
 * in the second swaps the two, a fill moves the first to the second): a
 * look-up reads the first way's line, and the second's when the first
 * does not hold its window.  (Direct-mapped, 2 MB of English news missed
 * on 6.6 % of the tokens; the way used last kept in an array of a byte a
 * set, read before the entry, missed the first-level cache on some 76 000
 * tokens a MB.) */
#define TG_SHSETS (TG_SHCACHE / 2)

/* ---- gazetteer rows ----
 * A token's gazetteer features (F_GAZ and F_GAZL) read one match code
 * alone (tokfeat.gz: category << 8 | position << 4 | length, below 2^13):
 * per thread and code the sum of their two rows under the model used
 * last with it (int16 weights, exact integer sums), instead of two
 * hashes and row reads per match. */
#define TG_GZROWS 8192
typedef struct {
    uint64_t gen; /* the model's (unique per loaded model) */
    uint32_t gz;
    int32_t v[WS_BIO_NTAGS];
} __attribute__((aligned(64))) gzrow_ent;
/* one whole cache line an entry (56 bytes with the model's pointer,
 * which the generation stands for, straddled two lines on most codes) */
_Static_assert(sizeof(gzrow_ent) == 64, "a gzrow_ent is one cache line");
static _Thread_local gzrow_ent *tl_gzrow;

/* ---- pair rows ----
 * The features of two neighbouring tokens that read the pair alone: the
 * word pair F_BI_M1 of the second and F_BI_P1 of the first, which read
 * the folded forms of the two words (lower), and (feature set 4 and
 * later) the agreement pair F_AGREE_M1 of the second and F_AGREE_P1 of
 * the first, which read the last two letters of the two words (suf[1],
 * of the folded form too).  Per thread and pair of folded forms (a, b: lower of
 * the first and of the second token), under the model used last with it (gen),
 * the sums of the two rows of the second token (m1: F_BI_M1 + F_AGREE_M1) and
 * of the first (p1: F_BI_P1 + F_AGREE_P1), exact int16 sums (a pair whose sums
 * do not fit is not kept: its rows are read each time).  The padding tokens are
 * pairs too, keyed by their lower (11 before the sentence, 13 after it; a
 * form's lower, an FNV hash, is these two with odds of 2^-62): the pair of the
 * padding and the first token holds that token's m1 (p1 zero, added to the
 * margin row before acc[0], which is not read), the pair of the last token and
 * the padding its p1. Direct-mapped, 16 384 entries (1 MB), the slot from the
 * high bits of a multiplicative hash of both forms.  (Before, two caches: the
 * word pairs in 8192 entries, keyed by (a ^ b * GOLDEN) * FNV_PRIME, whose high
 * bits are bits 11..23 of that value, and these of FNV hashes are made of the
 * low bits of each byte's step alone: 58 % of the pairs of 2 MB of English news
 * found, where a random slot finds 61 %; the agreement pairs in 4096 entries of
 * their own, 63 % found, so a token read two lines of cache at random; the rows
 * of the padding's pairs read from the table.  2 MB of English news: 68 % of
 * the pairs found here, the padding's included, and 59.3 M estimated cycles (L2
 * misses counted) a MB in the pairs' look-ups and fills where they took 66.8 M,
 * with 12 288 entries, the 768 KB of the two caches; with 16 384, 55.1 M,
 * the whole 4.9 M less, for some 0.4 MB more peak RSS of `run -j2` on the
 * six languages, 146.9 MB.) */
#define TG_PAIRBITS 14
#define TG_PAIRS    (1 << TG_PAIRBITS)
/* A miss does not replace an entry hit since it was filled: each hit
 * counts one up (to TG_PAIRHOT), each miss on its slot one down, and the
 * slot is filled anew when the count is 0 (a pair met once no longer
 * pushes out a frequent one; the count is in the line the look-up reads
 * anyway).  2 MB of English news: 70.7 % of the pairs found
 * direct-mapped, 75.6 % so with counts to 2, 75.8 % to 3 (2-way set
 * associative, the way used last kept, 76.7 %, but a look-up in the
 * second way reads another line). */
#define TG_PAIRHOT 3
typedef struct {
    uint64_t a, b;            /* lower of the first and of the second token */
    uint64_t gen;             /* the model's (unique per loaded model) */
    int16_t m1[WS_BIO_NTAGS]; /* F_BI_M1 + F_AGREE_M1 of the second token */
    int16_t p1[WS_BIO_NTAGS]; /* F_BI_P1 + F_AGREE_P1 of the first token */
    uint8_t hot; /* 0..TG_PAIRHOT: hits since filled, less misses since */
} __attribute__((aligned(64))) pair_ent;
_Static_assert(sizeof(pair_ent) == 64, "a pair_ent is one cache line");
static _Thread_local pair_ent *tl_pair;

/* ---- START rows ----
 * A sentence's first token's transition scores from START
 * (trans_start(): three rows, that of F_T1_LOWER read at random over the
 * table) per thread and pair of the inputs its rows read, the folded
 * form and the shape, under the model used last with them (gen): few
 * words start most sentences.  Direct-mapped, 1024 entries (64 KB), the
 * slot from the high bits of a multiplicative hash of both. */
#define TG_STARTBITS 10
typedef struct {
    uint64_t lower, shape, gen;
    float tr[WS_BIO_NTAGS];
} __attribute__((aligned(64))) start_ent;
_Static_assert(sizeof(start_ent) == 64, "a start_ent is one cache line");
static _Thread_local start_ent *tl_start;

/* ---- per-thread cache memory ----
 * The word-feature cache (3.5 MB: 8192 entries of 448 bytes, a form's
 * features with its group sums and transition scores; with half as many
 * entries, 1 MB of English news missed some 8 to 11 % of the time, and a
 * miss costs 30 row reads), the shape and gazetteer-row caches, the
 * pair rows (1 MB; the 768 KB a cache of word pairs and one of agreement
 * pairs took before were 0.4 MB less peak RSS of `run -j2` on the six
 * languages; an agreement cache of 1 MB alone had taken it from 146 to
 * 149 MB of the 150 the issue allows), the wide group sums (50 KB) and the
 * START rows (64 KB) are mapped on a thread's first tagging, not held in static
 * TLS: a thread's static TLS is zeroed, so made resident, when the thread
 * starts, which cost every thread of `run -j N` (the reader and the writer too)
 * and every stage binary that never tags some megabytes.  Unmapped when the
 * thread exits.  (The sums and the transition scores had caches of their
 * own, 7.05 MB in all with the others; these hold the same in 6.98, and 6.86
 * since the shape cache's entries are one line.) */
typedef struct {
    dict_ent dict[TG_DICTCACHE];
    shape_ent shape[TG_SHCACHE];
    gzrow_ent gzrow[TG_GZROWS];
    pair_ent pair[TG_PAIRS];
    wide_ent wide[TG_WIDE];
    start_ent start[1 << TG_STARTBITS];
    uint8_t dmru[TG_DICTSETS];
} tg_tcaches;
_Static_assert(offsetof(tg_tcaches, shape) % 64 == 0,
               "a shape cache set is one line");
static pthread_key_t tg_tc_key;
static pthread_once_t tg_tc_once = PTHREAD_ONCE_INIT;
static int tg_tc_keyok;

/* the length tg_alloc maps for the caches */
#define TG_TC_LEN ((sizeof(tg_tcaches) + TG_HUGE - 1) / TG_HUGE * TG_HUGE)

static void
tg_tc_unmap(void *p)
{
    tg_release(p, TG_TC_LEN);
}

static void
tg_tc_init(void)
{
    tg_tc_keyok = pthread_key_create(&tg_tc_key, tg_tc_unmap) == 0;
}

/* Maps the calling thread's caches (zero pages until used); 0 or -1. */
static int
thread_caches(void)
{
    if (tl_dict != NULL)
        return 0;
    pthread_once(&tg_tc_once, tg_tc_init);
    if (!tg_tc_keyok)
        return -1;
    size_t len;
    void *p = tg_alloc(sizeof(tg_tcaches), &len);
    if (p == NULL)
        return -1;
    if (pthread_setspecific(tg_tc_key, p) != 0) {
        tg_release(p, len);
        return -1;
    }
    tl_dict = ((tg_tcaches *)p)->dict;
    tl_shape = ((tg_tcaches *)p)->shape;
    tl_gzrow = ((tg_tcaches *)p)->gzrow;
    tl_pair = ((tg_tcaches *)p)->pair;
    tl_wide = ((tg_tcaches *)p)->wide;
    tl_start = ((tg_tcaches *)p)->start;
    tl_dmru = ((tg_tcaches *)p)->dmru;
    return 0;
}

static void tg_allowed_once_init(void);

/* The transition scores of previous tag p for token x under model t
 * (bases: vit_bases()) into tr (tags 0..7) and *tr8 (tag 8). */
static inline void
trans_row(const ws_tagger *t, const uint32_t *base, int p, float *tr,
          float *tr8)
{
    enum { NT = WS_BIO_NTAGS };
    /* tags 0..7 as vectors (8 int16 -> int32 sums -> floats, the
     * forbidden ones made -inf), tag 8 alone */
    const int16_t *r0 = wrow(t, base[0] + (uint32_t)p);
    const int16_t *r1 = wrow(t, base[1] + (uint32_t)p);
    const int16_t *r2 = wrow(t, base[2] + (uint32_t)p);
    tg_v8i a0, a1, a2;
    widen8(&a0, r0);
    widen8(&a1, r1);
    widen8(&a2, r2);
    tg_v8i sum = a0 + a1 + a2;
    tg_v8f f = __builtin_convertvector(sum, tg_v8f) + tg_ninf8[p];
    memcpy(tr, &f, sizeof f);
    *tr8 = tg_allowed[p][NT - 1]
               ? (float)((int32_t)r0[NT - 1] + (int32_t)r1[NT - 1] +
                         (int32_t)r2[NT - 1])
               : -INFINITY;
}

/* Fills e with the transition scores of token x under model t (int16
 * weights), previous tags 0..8, as floats; out of line, as
 * groups_fill(). */
TG_POPCNT_CLONES
__attribute__((noinline)) static void
trans_wide(const ws_tagger *t, const tokfeat *x, tg_trans *e)
{
    uint32_t base[TG_NDYN];
    vit_bases(x, t->bits, base);
    tg_allowed_once_init();
    pthread_once(&tg_ninf8_once, tg_ninf8_init);
    for (int p = 0; p < WS_BIO_NTAGS; p++)
        trans_row(t, base, p, e->tr[p], &e->tr8[p]);
}

/* Fills the cache entry's e with token x's transition scores under model
 * t (int16 weights) less F_T1's: per previous tag 0..8 the sums of the
 * rows of F_T1_LOWER and F_T1_SHAPE, and e->narrow 1 when each of them
 * fits int16 (most do: 12 000 forms of 2 MB of English news all, of
 * 21 500 of the mixed languages all but one).  Plus t->t1s they are the
 * floats trans_wide() gives: both addends and the sum are integers far
 * below 2^24, so the float add is exact, and a forbidden pair's -inf
 * stays -inf.  Out of line, as groups_fill(). */
TG_VEC_CLONES
__attribute__((noinline)) static void
trans_fill(const ws_tagger *t, const tokfeat *x, tg_trans16 *e)
{
    enum { NT = WS_BIO_NTAGS };
    uint32_t base[TG_NDYN];
    vit_bases(x, t->bits, base);
    tg_v8i bad = {0, 0, 0, 0, 0, 0, 0, 0}; /* lanes of a sum past int16 */
    int fits = 1;
    for (int p = 0; p < NT; p++) {
        const int16_t *r1 = wrow(t, base[1] + (uint32_t)p);
        const int16_t *r2 = wrow(t, base[2] + (uint32_t)p);
        tg_v8i a1, a2, back;
        widen8(&a1, r1);
        widen8(&a2, r2);
        tg_v8i sum = a1 + a2;
        tg_v8s d = __builtin_convertvector(sum, tg_v8s);
        int16_t d16[8];
        memcpy(d16, &d, sizeof d16);
        widen8(&back, d16);
        /* (every lane tested, the forbidden ones too: a sum past int16
         * there only sends the form to trans_wide(), the same scores) */
        bad |= back != sum;
        /* the packed row (tg_trans16): the I-X p may precede, if any */
        int16_t *q = e->d + (size_t)p * TG_TPACK;
        q[0] = d16[0];
        q[1] = d16[1];
        q[2] = p >= 1 && p <= 6 ? d16[(p + 1) & ~1] : 0;
        q[3] = d16[3];
        q[4] = d16[5];
        q[5] = d16[7];
        if (p >= NT - 2) {
            int32_t s8 = (int32_t)r1[NT - 1] + (int32_t)r2[NT - 1];
            e->d[TG_TD8 + p - (NT - 2)] = (int16_t)s8;
            fits &= s8 >= INT16_MIN && s8 <= INT16_MAX;
        }
    }
    for (int c = 0; c < 8; c++)
        fits &= bad[c] == 0;
    e->narrow = (uint8_t)fits;
}

/* Fills t->t1s (a loaded int16 model; its row index mapped). */
static void
t1_fill(ws_tagger *t)
{
    enum { NT = WS_BIO_NTAGS };
    uint32_t base[TG_NDYN];
    vit_bases(&TF_BOS, t->bits, base); /* base[0] is every token's */
    tg_allowed_once_init();
    for (int p = 0; p < NT; p++) {
        const int16_t *r0 = wrow(t, base[0] + (uint32_t)p);
        for (int c = 0; c < NT; c++)
            t->t1s[p][c] = tg_allowed[p][c] ? (float)r0[c] : -INFINITY;
    }
}

/* The transition scores of START for token x under model t into
 * tr[0..9) (the first token's; int16 weights). */
TG_POPCNT_CLONES
static void
trans_start(const ws_tagger *t, const tokfeat *x, float *tr)
{
    uint32_t base[TG_NDYN];
    vit_bases(x, t->bits, base);
    tg_allowed_once_init();
    pthread_once(&tg_ninf8_once, tg_ninf8_init);
    trans_row(t, base, TG_START, tr, &tr[WS_BIO_NTAGS - 1]);
}

/* The thread's START rows' entry of token x */
static inline start_ent *
start_slot(const tokfeat *x)
{
    uint64_t h = (x->lower ^ x->shape * GOLDEN) * GOLDEN;
    return &tl_start[h >> (64 - TG_STARTBITS)];
}

/* trans_start() of token x under model t (a loaded int16 model, the
 * thread's caches mapped) from the thread's START rows, filled there
 * when they do not hold it: the same floats */
static void
start_row(const ws_tagger *t, const tokfeat *x, float *tr)
{
    start_ent *e = start_slot(x);
    if (e->lower != x->lower || e->shape != x->shape || e->gen != t->gen) {
        trans_start(t, x, e->tr);
        e->lower = x->lower;
        e->shape = x->shape;
        e->gen = t->gen;
    }
    memcpy(tr, e->tr, sizeof e->tr);
}

/* The rows of the features of static_feats() of few values: the
 * position (F_POS, 12 values) and the
 * dictionary class of the previous and the next token (F_DICT_M1,
 * F_DICT_P1: none, the padding's 11 and 13, classes 101..104), per
 * thread for the last model asked (int16 weights as int32). */
enum { TG_NDV = 7 };
typedef struct {
    const ws_tagger *t;
    uint64_t gen;
    int32_t pos[12][WS_BIO_NTAGS];
    int32_t dm1[TG_NDV][WS_BIO_NTAGS], dp1[TG_NDV][WS_BIO_NTAGS];
} tg_crows;
static _Thread_local tg_crows tl_crows;

/* The index of a dictionary value in tg_crows (tokfeat.dict: 0, 11, 13
 * or 101..104) */
static inline int
dict_ix(uint64_t v)
{
    return v == 0 ? 0 : v == 11 ? 1 : v == 13 ? 2 : (int)(v - 98);
}

static void
crow_set(const ws_tagger *t, uint64_t h, int32_t *v)
{
    const int16_t *r = wrow(t, (uint32_t)(h >> (64 - t->bits)));
    for (int c = 0; c < WS_BIO_NTAGS; c++)
        v[c] = r[c];
}

static const tg_crows *
const_rows(const ws_tagger *t)
{
    tg_crows *c = &tl_crows;
    if (c->t == t && c->gen == t->gen)
        return c;
    for (int p = 0; p < 12; p++)
        crow_set(t, FEAT(F_POS, (uint64_t)p + 1), c->pos[p]);
    static const uint64_t dv[TG_NDV] = {0, 11, 13, 101, 102, 103, 104};
    for (int k = 0; k < TG_NDV; k++) {
        crow_set(t, FEAT(F_DICT_M1, dv[k]), c->dm1[k]);
        crow_set(t, FEAT(F_DICT_P1, dv[k]), c->dp1[k]);
    }
    c->t = t;
    c->gen = t->gen;
    return c;
}

/* Every token's dictionary value is one const_rows() holds: 0 (no
 * dictionary) or 100 plus dict_features()' class 1..4, the only values
 * tok_features_new() sets; the padding's are 11 and 13.  (A loop over the
 * sentence's tokens checked it: English news, 1.7M est2 a MB.) */
_Static_assert(TG_NDV == 7, "tg_crows holds 0, 11, 13 and 101..104");

/* Adds the rows const_rows() holds for token i of tf[0..n) to acc. */
static inline void
add_const_rows(const tg_crows *c, const tokfeat *tf, int n, int i, int32_t *acc)
{
    int last = i == n - 1;
    acc_add(acc, c->pos[(i < 3 ? i : 3) + (last ? 8 : 0)]);
    if (tf[i].dict) {
        acc_add(acc, c->dm1[dict_ix(tf_at(tf, n, i - 1)->dict)]);
        acc_add(acc, c->dp1[dict_ix(tf_at(tf, n, i + 1)->dict)]);
    }
}

/* Hashes of the shape features of token i of tf[0..n) into h, in
 * static_feats()'s order; returns their number. */
static int
shape_feats(const tokfeat *tf, int n, int i, uint64_t *h)
{
#define FEAT2M(tmpl, a, mb)                                                    \
    (mix64((a)*FNV_PRIME + (mb) + (uint64_t)(tmpl)*GOLDEN))
    int k = 0;
    const tokfeat *t = &tf[i], *m1 = tf_at(tf, n, i - 1),
                  *m2 = tf_at(tf, n, i - 2), *p1 = tf_at(tf, n, i + 1),
                  *p2 = tf_at(tf, n, i + 2);
    /* mix_fill()'s values computed here (on a shape-cache miss only, so
     * that a sentence of the cached path does not pay for them): mpair
     * of token j is mix64(FEAT2(0, shape j, shape j + 1)), padding
     * included, so m1's and p1's are static_feats()' stand-ins */
    h[k++] = FEAT2M(F_SHAPE3, m1->shape, mix64(FEAT2(0, t->shape, p1->shape)));
    if (t->dict)
        h[k++] = FEAT2M(F_DICT_SHAPE_POS, t->dict,
                        mix64(t->shape * 31 + (uint64_t)(i == 0)));
    if (t->ext >= 5) {
        h[k++] =
            FEAT2M(F_SHAPE_L3, m2->shape, mix64(FEAT2(0, m1->shape, t->shape)));
        h[k++] =
            FEAT2M(F_SHAPE_R3, t->shape, mix64(FEAT2(0, p1->shape, p2->shape)));
    }
#undef FEAT2M
    return k;
}

/* shape_groups()' miss: fills entry e with key and the row sums of token
 * i of tf[0..n) (out of line, so that the loop of hits keeps its window
 * in registers) */
TG_POPCNT_CLONES
__attribute__((noinline)) static void
shape_fill(const ws_tagger *t, const tg_crows *c, const tokfeat *tf, int n,
           int i, shape_ent *e, uint64_t key)
{
    enum { NT = WS_BIO_NTAGS };
    unsigned bsh = 64 - t->bits;
    uint64_t h[4];
    int k = shape_feats(tf, n, i, h);
    int32_t a[NT] = {0};
    for (int j = 0; j < k; j++) {
        const int16_t *row = wrow(t, (uint32_t)(h[j] >> bsh));
        for (int q = 0; q < NT; q++)
            a[q] += row[q];
    }
    add_const_rows(c, tf, n, i, a);
    memcpy(e->v, a, sizeof a);
    e->key = key;
}

/* shape_groups()' inputs of token i of n besides the shapes: position
 * (0, 1, 2, 3 and more), next to last (bit 2), last (bit 3), the
 * dictionary classes dw, the feature set ext */
static inline uint32_t
shape_flags(int n, int i, uint32_t dw, uint32_t ext)
{
    unsigned left = (unsigned)(n - 1 - i);
    return (uint32_t)(i < 3 ? i : 3) | (left < 2 ? 8u >> left : 0) | dw | ext;
}

/* The shape cache's window hash of the shapes s0..s4 of tokens i - 2 ..
 * i + 2: the polynomial s0 P^4 + s1 P^3 + s2 P^2 + s3 P + s4 (mod 2^64,
 * P = FNV_PRIME, odd), which shape_groups()' loop moves along the sentence
 * with two multiplies (shape_roll()) instead of five a token.  Two windows
 * that differ in one shape never share it (P is invertible); in several,
 * as two random values would. */
#define TG_P4 (FNV_PRIME * FNV_PRIME * FNV_PRIME * FNV_PRIME)
static inline uint64_t
shape_poly(uint64_t s0, uint64_t s1, uint64_t s2, uint64_t s3, uint64_t s4)
{
    return (((s0 * FNV_PRIME + s1) * FNV_PRIME + s2) * FNV_PRIME + s3) *
               FNV_PRIME +
           s4;
}

/* The window hash h of shapes s0..s4 moved by one token: of s1..s5 */
static inline uint64_t
shape_roll(uint64_t h, uint64_t s0, uint64_t s5)
{
    return (h - s0 * TG_P4) * FNV_PRIME + s5;
}

/* The shape cache's key of the window of window hash h (shape_poly())
 * with the flags fl under the model of generation key genk: the flags
 * spread over the word by a multiply (XORed as they are, two windows
 * whose hashes differed in the low 20 bits alone would share a key), all
 * times GOLDEN (odd: a bijection, so two inputs share a key only when
 * equal, but for the low bit, set so that 0 marks an empty entry), whose
 * high bits, which mix every bit of the input, pick the set (shape_set();
 * mix64() took 13 instructions more a token) */
static inline uint64_t
shape_key(uint64_t h, uint32_t fl, uint64_t genk)
{
    return (h ^ (uint64_t)fl * GOLDEN ^ genk) * GOLDEN | 1;
}

/* The set of the shape cache holding key (its first way): the key's
 * high bits (see shape_key()) */
_Static_assert((TG_SHSETS & (TG_SHSETS - 1)) == 0 && TG_SHSETS < 1u << 20,
               "the shape cache's sets are a power of two");
static inline size_t
shape_set(uint64_t key)
{
    return (size_t)(key >> (64 - __builtin_ctz(TG_SHSETS)));
}

/* Prefetches the two lines of key's set of the shape cache (the cache is
 * larger than the first-level cache, and a token's window is in either
 * way) */
static inline void
shape_prefetch(const shape_ent *cache, uint64_t key)
{
    const shape_ent *e = &cache[2 * shape_set(key)];
    __builtin_prefetch(e);
    __builtin_prefetch(e + 1);
}

/* dict_ix() of the dictionary value v of a token of a sentence (0 or
 * 101..104: no padding's) */
static inline uint32_t
tok_dict_ix(uint64_t v)
{
    return v == 0 ? 0 : (uint32_t)(v - 98);
}

/* shape_groups()' step at token i of tf[0..n): the sums of the entry of
 * *key (token i's) added to acc[i], the window *h and the classes *dw
 * moved to token i + 1 and its key made and prefetched.  mid: 1 when
 * 2 <= i and i + 3 < n (constant in each call, so each inlined copy
 * keeps only its own tests of the sentence's ends). */
static inline __attribute__((always_inline)) void
shape_step(const ws_tagger *t, const tg_crows *c, const tokfeat *tf, int n,
           int i, int32_t (*acc)[WS_BIO_NTAGS], shape_ent *cache, uint64_t *h,
           uint32_t *dw, uint32_t ext, uint64_t genk, uint64_t *key, int mid)
{
    shape_ent *e = &cache[2 * shape_set(*key)];
    /* the entry used last first */
    if (__builtin_expect(e->key != *key, 0)) {
        /* the second way holds it (the two swapped), or (a miss) the
         * first way's entry moves to the second and the first is filled */
        shape_ent x = e[1];
        e[1] = e[0];
        if (x.key == *key)
            e[0] = x;
        else
            shape_fill(t, c, tf, n, i, e, *key);
    }
    acc_add(acc[i], e->v);
    if (mid) {
        /* token i + 1: position 3 or more, two or more before the last */
        *h = shape_roll(*h, tf[i - 2].shape, tf[i + 3].shape);
        *dw = (*dw >> 4 & 0xff0u) | tok_dict_ix(tf[i + 2].dict) << 12;
        *key = shape_key(*h, 3u | *dw | ext, genk);
        shape_prefetch(cache, *key);
    } else if (i + 1 < n) {
        *h = shape_roll(*h, i >= 2 ? tf[i - 2].shape : TF_BOS.shape,
                        tf_at(tf, n, i + 3)->shape);
        *dw = (*dw >> 4 & 0xff0u) | (i + 2 < n ? tok_dict_ix(tf[i + 2].dict)
                                               : (uint32_t)dict_ix(TF_EOS.dict))
                                        << 12;
        *key = shape_key(*h, shape_flags(n, i + 1, *dw, ext), genk);
        shape_prefetch(cache, *key);
    }
}

/* Adds to acc[i], for each token i of tf[0..n), the sums of the rows of
 * its shape features (shape_feats()) and of the rows const_rows() holds
 * (add_const_rows(): the position and the neighbours' dictionary
 * classes), from the shape cache (model t: int16 weights, the thread's
 * caches mapped).  (An AVX2 copy: the sums'
 * adds one vector a token.) */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
static void
shape_groups(const ws_tagger *t, const tg_crows *c, const tokfeat *tf, int n,
             int32_t (*acc)[WS_BIO_NTAGS])
{
    const uint64_t genk = t->gen * GOLDEN;
    shape_ent *const cache = tl_shape;
    /* the window hash of the shapes i - 2 .. i + 2 (shape_poly()) and the
     * dictionary values i - 1 .. i + 1 (as dw: dict_ix() of i - 1, i,
     * i + 1 at bits 4, 8 and 12 of the flags), moved along the sentence;
     * the shapes entering and leaving the window are read from tf */
    uint64_t h = shape_poly(TF_BOS.shape, TF_BOS.shape, tf[0].shape,
                            tf_at(tf, n, 1)->shape, tf_at(tf, n, 2)->shape);
    uint32_t dw = (uint32_t)dict_ix(TF_BOS.dict) << 4 |
                  tok_dict_ix(tf[0].dict) << 8 |
                  (uint32_t)dict_ix(tf_at(tf, n, 1)->dict) << 12;
    const uint32_t ext = (uint32_t)tf[0].ext << 16;
    /* a token's key comes from the previous iteration, which prefetched
     * its set once the window had moved */
    uint64_t key = shape_key(h, shape_flags(n, 0, dw, ext), genk);
    /* three loops: the tokens whose window or flags may reach past the
     * sentence (the first two, the last three) test its ends, the others
     * (shape_step() with mid 1) need no test: the next token is at
     * position 3 or more and two or more before the last, its window's
     * shapes and classes all the sentence's.  (One loop testing the ends
     * at every token: English news, shape_groups.avx2 2.9M instructions a
     * MB more, some 18 a token.) */
    int i = 0;
    for (; i < n && i < 2; i++)
        shape_step(t, c, tf, n, i, acc, cache, &h, &dw, ext, genk, &key, 0);
    for (; i + 3 < n; i++)
        shape_step(t, c, tf, n, i, acc, cache, &h, &dw, ext, genk, &key, 1);
    for (; i < n; i++)
        shape_step(t, c, tf, n, i, acc, cache, &h, &dw, ext, genk, &key, 0);
}

/* Adds to acc[i], for each token i of tf[0..n), the sums of the rows of
 * its gazetteer features (static_feats()' F_GAZ and F_GAZL, the same
 * hashes) from the thread's table of match codes (model t: int16
 * weights, the thread's caches mapped).  (With an AVX2 copy: a sum's add
 * one vector.) */
TG_VEC_CLONES
static void
gaz_groups(const ws_tagger *t, const tokfeat *tf, int n,
           int32_t (*acc)[WS_BIO_NTAGS])
{
    unsigned bsh = 64 - t->bits;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < tf[i].ngz; j++) {
            uint32_t gz = tf[i].gz[j];
            gzrow_ent *e = &tl_gzrow[gz & (TG_GZROWS - 1)];
            if (e->gen != t->gen || e->gz != gz) {
                const int16_t *r0 =
                    wrow(t, (uint32_t)(FEAT(F_GAZ, gz >> 4) >> bsh));
                const int16_t *r1 =
                    wrow(t, (uint32_t)(FEAT(F_GAZL, gz) >> bsh));
                for (int c = 0; c < WS_BIO_NTAGS; c++)
                    e->v[c] = (int32_t)r0[c] + (int32_t)r1[c];
                e->gen = t->gen;
                e->gz = gz;
            }
            acc_add(acc[i], e->v);
        }
}

/* acc += the int16 row r widened (tags 0..7 as one vector, and a8 +=
 * the ninth) */
static inline void
row_add(tg_v8i *acc, int32_t *a8, const int16_t *r)
{
    tg_v8i b;
    widen8(&b, r);
    *acc += b;
    *a8 += r[8];
}

/* The pair cache's entry of the folded forms a (first token) and b */
static inline pair_ent *
pair_slot(uint64_t a, uint64_t b)
{
    uint64_t h = (a ^ b * GOLDEN) * GOLDEN;
    return &tl_pair[h >> (64 - TG_PAIRBITS)];
}

/* The rows of the pairs of tokens i - 1 and i of tf (0 <= i <= n, the
 * padding at -1 and n) under model t into r: static_feats()' F_BI_M1
 * and F_AGREE_M1 of token i (r[0], r[1]) and F_BI_P1 and F_AGREE_P1 of
 * token i - 1 (r[2], r[3]), the same hashes and stand-ins, the zero row
 * for those the pair has not (of the padding alone, or the agreement
 * pairs before feature set 4) */
static inline __attribute__((always_inline)) void
pair_rows(const ws_tagger *t, const tokfeat *tf, int n, int i,
          const int16_t **r)
{
#define FEAT2M(tmpl, a, mb)                                                    \
    (mix64((a)*FNV_PRIME + (mb) + (uint64_t)(tmpl)*GOLDEN))
    const unsigned sh = 64 - t->bits;
    const int ext = tf[0].ext >= 4;
    /* token i's inner hashes (static_feats()' mix64() of its lower, of
     * its suf1, and of suf1 or the stand-in 6 for none), made here
     * on a miss alone (kept in the word cache's entries, they took the
     * sixth line a hit reads) */
    uint64_t ml = 0, ms = 0, ma = 0;
    r[0] = r[1] = r[2] = r[3] = tg_zero_row;
    if (i < n) {
        ml = mix64(tf[i].lower);
        if (ext) {
            ms = mix64(tf[i].suf1);
            ma = tf[i].suf1 ? ms : mix64(6);
        }
    }
    /* the stand-ins: 3 (before the first token) or 4 for a previous
     * token without suffix, 5 after the last */
    if (i < n) {
        const tokfeat *m1 = i > 0 ? &tf[i - 1] : &TF_BOS;
        r[0] = wrow(t, (uint32_t)(FEAT2M(F_BI_M1, m1->lower, ml) >> sh));
        if (ext)
            r[1] = wrow(t, (uint32_t)(FEAT2M(F_AGREE_M1,
                                             m1->suf1 ? m1->suf1
                                                      : (uint64_t)(i > 0) + 3,
                                             ms) >>
                                      sh));
    }
    if (i > 0) {
        const tokfeat *x = &tf[i - 1];
        int last = i == n;
        r[2] = wrow(t, (uint32_t)(FEAT2M(F_BI_P1, x->lower,
                                         last ? mix64(TF_EOS.lower) : ml) >>
                                  sh));
        if (ext)
            r[3] = wrow(t, (uint32_t)(FEAT2M(F_AGREE_P1, x->suf1,
                                             last ? mix64(5) : ma) >>
                                      sh));
    }
#undef FEAT2M
}

/* pair_groups()' miss: adds the pair rows r (pair_rows() of token i of
 * a sentence) to acc, r[0] and r[1] to acc[i], r[2] and r[3] to
 * acc[i - 1], and keeps their sums in e (NULL: not kept) under the key
 * a, b when they fit int16 (out of line, so that the loop of hits keeps
 * its registers) */
TG_VEC_CLONES
__attribute__((noinline)) static void
pair_fill(const ws_tagger *t, const int16_t *const *r, int i, pair_ent *e,
          uint64_t a, uint64_t b, int32_t (*acc)[WS_BIO_NTAGS])
{
    tg_v8i m, p, acc8;
    int32_t m8, p8;
    widen8(&m, r[0]);
    m8 = r[0][8];
    row_add(&m, &m8, r[1]);
    widen8(&p, r[2]);
    p8 = r[2][8];
    row_add(&p, &p8, r[3]);
    memcpy(&acc8, acc[i], sizeof acc8);
    acc8 += m;
    memcpy(acc[i], &acc8, sizeof acc8);
    acc[i][8] += m8;
    memcpy(&acc8, acc[i - 1], sizeof acc8);
    acc8 += p;
    memcpy(acc[i - 1], &acc8, sizeof acc8);
    acc[i - 1][8] += p8;
    if (e == NULL) /* the slot kept: nothing to narrow */
        return;
    /* kept when every sum fits int16 (narrowed and widened back equal) */
    tg_v8s dm = __builtin_convertvector(m, tg_v8s),
           dp = __builtin_convertvector(p, tg_v8s);
    int16_t m16[8], p16[8];
    memcpy(m16, &dm, sizeof m16);
    memcpy(p16, &dp, sizeof p16);
    tg_v8i bm, bp;
    widen8(&bm, m16);
    widen8(&bp, p16);
    tg_v8i bad = (bm != m) | (bp != p);
    int fits = m8 >= INT16_MIN && m8 <= INT16_MAX && p8 >= INT16_MIN &&
               p8 <= INT16_MAX;
    for (int c = 0; c < 8; c++)
        fits &= bad[c] == 0;
    if (!fits)
        return;
    memcpy(e->m1, m16, sizeof m16);
    e->m1[8] = (int16_t)m8;
    memcpy(e->p1, p16, sizeof p16);
    e->p1[8] = (int16_t)p8;
    e->a = a;
    e->b = b;
    e->gen = t->gen;
    e->hot = 0;
}

/* How many tokens ahead pair_groups() prefetches an entry, and how many
 * it looks at the entry it prefetched and, on a miss, prefetches its
 * rows (TG_PAIR_RING: the rows kept for the tokens between) */
enum { TG_PAIR_AHEAD = 10, TG_ROWS_AHEAD = 4, TG_PAIR_RING = 8 };
_Static_assert(TG_ROWS_AHEAD < TG_PAIR_RING &&
                   (TG_PAIR_RING & (TG_PAIR_RING - 1)) == 0,
               "the ring holds the tokens looked at ahead");

/* pair_groups()' look at token j (0 <= j <= n) ahead: when the pair
 * cache does not hold the pair of tokens j - 1 and j, its rows into r
 * (pair_rows()), prefetched; else r[0] NULL.  A miss's rows, read at
 * random over the table, were most of pair_fill()'s time, and a look up
 * of an entry prefetched 6 tokens before most of pair_groups()' own: 30
 * MB of English news, perf gave the two 6.7 % of the samples of run -j1,
 * 4.9 % so (with the first entries prefetched before the groups' sums,
 * pair_prefetch(); 6.5 % with the rows 2 tokens ahead and the entries
 * 6), and task-clock -2.6 to -3.4 % on 8 MB.  (Cachegrind, which sees
 * no misses overlap, counts 12.8M est2 a MB more: the looks ahead and
 * their mispredicted branch, some 20 instructions a token.) */
static inline __attribute__((always_inline)) void
pair_ahead(const ws_tagger *t, const tokfeat *tf, int n, int j,
           const int16_t **r)
{
    uint64_t a = j > 0 ? tf[j - 1].lower : TF_BOS.lower;
    uint64_t b = j < n ? tf[j].lower : TF_EOS.lower;
    const pair_ent *e = pair_slot(a, b);
    r[0] = NULL;
    if (((e->a ^ a) | (e->b ^ b) | (e->gen ^ t->gen)) != 0) {
        pair_rows(t, tf, n, j, r);
        for (int k = 0; k < 4; k++)
            __builtin_prefetch(r[k]);
    }
}

/* Prefetches the entries of the pairs pair_groups() looks at first in
 * tf[0..n), before the sums of the tokens' groups and shapes: from
 * pair_groups() itself, the first looks ahead waited on them.  (The
 * entries of the whole sentence so, and none from pair_groups()' loop:
 * pair_groups() 3.5 % of the samples where it had 2.0 %.) */
static inline void
pair_prefetch(const tokfeat *tf, int n)
{
    uint64_t a = TF_BOS.lower;
    for (int i = 0; i < n && i < TG_PAIR_AHEAD; i++) {
        __builtin_prefetch(pair_slot(a, tf[i].lower));
        a = tf[i].lower;
    }
}

/* pair_groups()' step at token i (0 <= i <= n): the pair of *a (the
 * lower of token i - 1) and token i's added to acc, from the pair cache
 * or (a miss) pair_fill() with the rows r (r[0] NULL: not made yet);
 * *a becomes token i's lower */
static inline __attribute__((always_inline)) void
pair_add(const ws_tagger *t, const tokfeat *tf, int n, int i, uint64_t *a,
         const int16_t **r, int32_t (*acc)[WS_BIO_NTAGS])
{
    const uint64_t gen = t->gen;
    tg_v8i s;
    int32_t s8;
    uint64_t b = i < n ? tf[i].lower : TF_EOS.lower;
    pair_ent *e = pair_slot(*a, b);
    if (__builtin_expect(((e->a ^ *a) | (e->b ^ b) | (e->gen ^ gen)) != 0, 0)) {
        /* the pair takes the slot when its entry's count is 0, else
         * the count goes down (without branches, as below) */
        unsigned h = e->hot;
        e->hot = (uint8_t)(h - (h != 0));
        if (r[0] == NULL)
            pair_rows(t, tf, n, i, r);
        pair_fill(t, r, i, h != 0 ? NULL : e, *a, b, acc);
    } else {
        /* the count up to TG_PAIRHOT (a branch on it was mispredicted
         * on some 9 % of the look-ups) */
        e->hot = (uint8_t)(e->hot + (e->hot < TG_PAIRHOT));
        memcpy(&s, acc[i], sizeof s);
        s8 = acc[i][8];
        row_add(&s, &s8, e->m1);
        memcpy(acc[i], &s, sizeof s);
        acc[i][8] = s8;
        memcpy(&s, acc[i - 1], sizeof s);
        s8 = acc[i - 1][8];
        row_add(&s, &s8, e->p1);
        memcpy(acc[i - 1], &s, sizeof s);
        acc[i - 1][8] = s8;
    }
    *a = b;
}

/* Adds to acc[i], for each token i of tf[0..n), the rows of the
 * features of static_feats() that read two tokens' words: the word pairs
 * F_BI_M1 and F_BI_P1 and, with feature set 4 and later, the agreement pairs
 * F_AGREE_M1 and F_AGREE_P1, from the pair cache (model t: int16 weights, the
 * thread's caches mapped; acc has TG_ACCPAD margin rows at both ends, and the
 * margin rows next to the sentence get the padding's halves of the pairs with
 * it).  (Before the caches, the rows of every token read directly, 4 rows a
 * token read at random: 2 MB of English news 57.4 M estimated cycles a MB in
 * pair_groups, 1.02 M D1 misses; with a cache of word pairs and one of
 * agreement pairs 43.8 M, 0.62 M.) */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
static void
pair_groups(const ws_tagger *t, const tokfeat *tf, int n,
            int32_t (*acc)[WS_BIO_NTAGS])
{
    const int16_t *rows[TG_PAIR_RING][4];
    for (int j = 0; j < TG_ROWS_AHEAD && j <= n; j++)
        pair_ahead(t, tf, n, j, rows[j]);
    uint64_t a = TF_BOS.lower;
    /* the tokens that prefetch the entry TG_PAIR_AHEAD tokens on, those
     * that look TG_ROWS_AHEAD tokens on, then the rest (three loops: a
     * test a token for either was mispredicted some 30 000 and 43 000
     * times per MB of English news) */
    int i = 0;
    for (; i + TG_PAIR_AHEAD < n; i++) {
        __builtin_prefetch(pair_slot(tf[i + TG_PAIR_AHEAD - 1].lower,
                                     tf[i + TG_PAIR_AHEAD].lower));
        pair_ahead(t, tf, n, i + TG_ROWS_AHEAD,
                   rows[(i + TG_ROWS_AHEAD) & (TG_PAIR_RING - 1)]);
        pair_add(t, tf, n, i, &a, rows[i & (TG_PAIR_RING - 1)], acc);
    }
    for (; i + TG_ROWS_AHEAD <= n; i++) {
        pair_ahead(t, tf, n, i + TG_ROWS_AHEAD,
                   rows[(i + TG_ROWS_AHEAD) & (TG_PAIR_RING - 1)]);
        pair_add(t, tf, n, i, &a, rows[i & (TG_PAIR_RING - 1)], acc);
    }
    for (; i <= n; i++)
        pair_add(t, tf, n, i, &a, rows[i & (TG_PAIR_RING - 1)], acc);
}

/* The transition scores of previous tag p to tags 0..7 for viterbi_step()
 * into *r: a narrow entry's sums (tn) plus F_T1's (t1s), or (tn NULL)
 * tw's. */
static inline __attribute__((always_inline)) void
trans_vec(tg_v8f *r, const tg_trans16 *tn, const float (*t1s)[WS_BIO_NTAGS],
          const tg_trans *tw, int p)
{
    if (tn == NULL) {
        memcpy(r, tw->tr[p], sizeof *r);
        return;
    }
    tg_v8i d;
    tg_v8f f;
    /* the packed row and the next one's first two (or d8), spread */
    widen8(&d, tn->d + (size_t)p * TG_TPACK);
    d = __builtin_shufflevector(d, d, TG_TSPREAD);
    memcpy(&f, t1s[p], sizeof f);
    *r = __builtin_convertvector(d, tg_v8f) + f;
}

/* viterbi_step()'s pair of maxima: *v and *ix become v2 and ix2 in the
 * lanes where v2 is greater (a tie keeps *v, the earlier one) */
static inline __attribute__((always_inline)) void
vmax_pair(tg_v8f *v, tg_v8i *ix, const tg_v8f *v2, const tg_v8i *ix2)
{
    tg_v8i m = *v2 > *v;
    *v = (tg_v8f)(((tg_v8i)*v2 & m) | ((tg_v8i)*v & ~m));
    *ix = (*ix2 & m) | (*ix & ~m);
}

/* One step of viterbi()'s cached path, a token after the first: per tag
 * c, cur[c] = st[c] + the maximum over the previous tags p of prev[p]
 * plus the transition score of p to c, and b[c] that p.  The scores come
 * from tn and t1s or (tn NULL) tw, as trans_vec() reads them; each call
 * passes a constant NULL, so its inlined copy reads one kind. */
static inline __attribute__((always_inline)) void
viterbi_step(const float *prev, const float *st, const tg_trans16 *tn,
             const float (*t1s)[WS_BIO_NTAGS], const tg_trans *tw, float *cur,
             uint8_t *b)
{
    enum { NT = WS_BIO_NTAGS };
    /* previous tags outside and tags 0..7 inside one vector: per tag c
     * the first strict maximum over the previous tags in ascending order
     * (after -1e30, p -1); forbidden pairs hold -inf in the rows, so they
     * never win.  Tag 8 (I-MISC) may follow B-MISC and I-MISC (7 and 8)
     * alone.  The maximum as a tree of pairs, the earlier one kept on a
     * tie: the same value and p as a scan, with four compares in a chain
     * instead of nine.  The next token's sums wait on that chain: 30 MB
     * of English news, the decoder's perf samples -28 % (cachegrind
     * counts 1.0M instructions a MB more, the lane constants' loads). */
    tg_v8f best = {-1e30f, -1e30f, -1e30f, -1e30f,
                   -1e30f, -1e30f, -1e30f, -1e30f};
    tg_v8i bc = {-1, -1, -1, -1, -1, -1, -1, -1};
    tg_v8f xs[NT];
    tg_v8i ln[NT];
#pragma GCC unroll 9
    for (int p = 0; p < NT; p++) {
        const tg_v8f pp = {prev[p], prev[p], prev[p], prev[p],
                           prev[p], prev[p], prev[p], prev[p]};
        tg_v8f r;
        trans_vec(&r, tn, t1s, tw, p);
        xs[p] = pp + r;
        memcpy(&ln[p], tg_lane[p], sizeof ln[p]); /* {p, p, ..} */
        if (p == 0)
            vmax_pair(&best, &bc, &xs[0], &ln[0]);
        else if (p % 2 == 0)
            vmax_pair(&xs[p - 1], &ln[p - 1], &xs[p], &ln[p]);
    }
    vmax_pair(&best, &bc, &xs[1], &ln[1]);
    vmax_pair(&xs[3], &ln[3], &xs[5], &ln[5]);
    vmax_pair(&best, &bc, &xs[3], &ln[3]);
    vmax_pair(&best, &bc, &xs[7], &ln[7]);
    float best8 = -1e30f;
    int bc8 = -1;
    for (int p = NT - 2; p < NT; p++) {
        float r8 = tn != NULL
                       ? (float)tn->d[TG_TD8 + p - (NT - 2)] + t1s[p][NT - 1]
                       : tw->tr8[p];
        float x = prev[p] + r8;
        /* (selects, not a branch: which of the two wins is not
         * predictable, some 30 000 mispredictions per MB of English
         * news) */
        int gt = x > best8;
        best8 = gt ? x : best8;
        bc8 = gt ? p : bc8;
    }
    /* a tag with no valid previous tag (bc -1, stored as 255) keeps
     * -1e30 plus its score: it never wins a later maximum nor the last
     * one (O always has a valid previous tag), so its back pointer is
     * never read */
    /* the low byte of each lane (0..8, or 255 for -1): one byte shuffle
     * (__builtin_shufflevector: gcc 12 and clang both) */
    typedef uint8_t tg_v32b __attribute__((vector_size(32)));
    typedef uint8_t tg_v8b __attribute__((vector_size(8)));
    tg_v32b bb;
    memcpy(&bb, &bc, sizeof bb);
    tg_v8b lo = __builtin_shufflevector(bb, bb, 0, 4, 8, 12, 16, 20, 24, 28);
    memcpy(b, &lo, sizeof lo);
    tg_v8f s8;
    memcpy(&s8, st, sizeof s8);
    s8 += best;
    memcpy(cur, &s8, sizeof s8);
    b[NT - 1] = (uint8_t)bc8;
    cur[NT - 1] = best8 + st[NT - 1];
}

/* The tokens of the sentence a caller tags next (dict_next()), whose
 * word-cache sets viterbi()'s cached path prefetches, a token at each of
 * its steps: the entry's line read at random over the cache's 3.5 MB
 * was most of tokens_fill()'s time, and the decoding of a sentence gives
 * the prefetches time to land, its steps' chain of compares the hashes
 * room.  (All at once before it, the prefetches waited on the core's
 * buffers of misses.) */
typedef struct {
    const dict_ent *dict; /* tl_dict */
    const ws_token *tok;
    const char *text;
    uint64_t salt; /* dict_salt() */
    int n;
} tg_next;

/* Prefetches both ways' first lines of the set of token i of nx
 * (i < nx->n; always_inline: GCC 12 drops the call of a static inline
 * function whose only effect is a prefetch) */
static inline __attribute__((always_inline)) void
next_prefetch(const tg_next *nx, int i)
{
    const char *p = nx->text + nx->tok[i].bstart;
    size_t b = (size_t)(nx->tok[i].bend - nx->tok[i].bstart);
    const dict_ent *e =
        &nx->dict[2 * dict_set(dict_pre(nx->salt, nx->text, p, b))];
    __builtin_prefetch(e);
    __builtin_prefetch(e + 1);
}

/* viterbi()'s cached path, the group sums gv holding every static
 * score: the scores of the n tokens' best paths into prev,
 * back pointers into bp.  The same float operations in the same order as
 * viterbi()'s loop (st: 0 plus gv's exact integer sums, the same value).
 * In that loop, the tests of the other paths and their spills cost
 * some 60 instructions a token: viterbi.avx2 per MB of English 35.9M
 * instructions (43.7M est2) there, 26.0M (32.9M) here. */
static inline __attribute__((always_inline)) void
vit_cached(const ws_tagger *t, const tokfeat *tf, int n,
           int32_t (*gv)[WS_BIO_NTAGS], float *prev, uint8_t *bp,
           const tg_next *next)
{
    enum { NT = WS_BIO_NTAGS };
    float tr[NT], st[NT], cur[NT];
    tg_trans ttmp;
    /* (a copy: the stores of the loop do not alias it, so its fields stay
     * in registers) */
    const tg_next nx = *next;
    start_row(t, &tf[0], tr);
    for (int c = 0; c < NT; c++) {
        prev[c] = -1e30f;
        if (tg_allowed[TG_START][c]) {
            prev[c] = (float)gv[0][c] + tr[c];
            bp[c] = TG_START;
        }
    }
    if (nx.n > 0)
        next_prefetch(&nx, 0);
    for (int i = 1; i < n; i++) {
        if (i < nx.n)
            next_prefetch(&nx, i);
        tg_v8i g8;
        tg_v8f s8;
        memcpy(&g8, gv[i], sizeof g8);
        s8 = __builtin_convertvector(g8, tg_v8f);
        memcpy(st, &s8, sizeof s8);
        st[NT - 1] = (float)gv[i][NT - 1];
        uint8_t *b = bp + (size_t)i * NT;
        const dict_ent *de = tf[i].de;
        if (de != NULL && de->trs.narrow) {
            viterbi_step(prev, st, &de->trs, t->t1s, NULL, cur, b);
        } else {
            trans_wide(t, &tf[i], &ttmp);
            viterbi_step(prev, st, NULL, NULL, &ttmp, cur, b);
        }
        memcpy(prev, cur, NT * sizeof *prev);
    }
    for (int i = n > 1 ? n : 1; i < nx.n; i++)
        next_prefetch(&nx, i);
}

/* Best tag sequence of tokens tf[0..n) under first-order Viterbi with
 * the IOB2 constraint.  v: 2 * NT floats, bp: n * NT bytes.  next: the
 * word-cache sets its cached path prefetches (NULL: none). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
/* a copy for CPUs with AVX2 (the vector maxima with blends), chosen when
 * the program starts; no FMA, so the same sums in the same order */
__attribute__((target_clones("avx2", "default")))
#endif
static void
viterbi(const ws_tagger *t, tokfeat *tf, int n, uint8_t *out, uint8_t *bp,
        const tg_next *next)
{
    enum { NT = WS_BIO_NTAGS };
    uint32_t idxbuf[2][TG_MAXFEAT], bases[2][TG_NDYN];
    const int16_t *rowbuf[2][TG_MAXFEAT]; /* int16 models: the stored rows */
    int i16 = t->dtype == TG_DT_I16;
    float prev[NT], cur[NT], st[NT], tr[(NT + 1) * NT];
    int32_t t1[(NT + 1) * NT];
    int cache = t->dtype == TG_DT_I16 && t->gen != 0 && thread_caches() == 0;
    /* the group sums (TG_ACCPAD rows of margin at both ends) */
    int32_t sgv[TG_STACKTOK + 2 * TG_ACCPAD][NT];
    int32_t(*gvm)[NT] = sgv;
    if (cache && n > TG_STACKTOK) {
        gvm = malloc((size_t)(n + 2 * TG_ACCPAD) * sizeof *gvm);
        if (gvm == NULL) {
            gvm = sgv;
            cache = 0; /* the same scores, read row by row */
        }
    }
    int32_t(*gv)[NT] = gvm + TG_ACCPAD;
    pthread_once(&tg_allowed_once, tg_allowed_init);
    if (cache) {
        /* every static score summed into gv from the caches (the
         * dictionary values shape_groups() reads are all ones
         * const_rows() holds: 0 or 100 plus dict_features()' class, the
         * only ones tok_features_new() sets; a loop over the tokens
         * checked it, English news 1.7M est2 a MB), then the loop below
         * without its tests of the other paths */
        pair_prefetch(tf, n);
        /* (read at the decoding's start, the START rows' entry took 4 %
         * of viterbi()'s samples) */
        __builtin_prefetch(start_slot(&tf[0]));
        sentence_groups(t, tf, n, gv);
        shape_groups(t, const_rows(t), tf, n, gv);
        gaz_groups(t, tf, n, gv);
        pair_groups(t, tf, n, gv);
        static const tg_next none;
        vit_cached(t, tf, n, gv, prev, bp, next != NULL ? next : &none);
        goto trace;
    }
    tf_complete(t, tf, n);
    mix_fill(tf, n);
    int knext = static_feats(tf, n, 0, t->bits, idxbuf[0]);
    if (i16)
        knext = resolve_rows(t, idxbuf[0], knext, rowbuf[0]);
    vit_bases(&tf[0], t->bits, bases[0]);
    if (i16) {
        for (int p = 0; p <= NT; p++) {
            const int16_t *r = wrow(t, bases[0][0] + (uint32_t)p);
            for (int c = 0; c < NT; c++)
                t1[p * NT + c] = r[c];
        }
    }
    for (int i = 0; i < n; i++) {
        /* the static scores do not depend on the path: fetch the rows of
         * token i + 1 while summing those of token i */
        const uint32_t *idx = idxbuf[i & 1];
        const uint32_t *base = bases[i & 1];
        int k = knext;
        if (i + 1 < n) {
            uint32_t *nx = idxbuf[(i + 1) & 1];
            knext = static_feats(tf, n, i + 1, t->bits, nx);
            if (i16)
                knext = resolve_rows(t, nx, knext, rowbuf[(i + 1) & 1]);
            else
                prefetch_rows(t, nx, knext);
            vit_bases(&tf[i + 1], t->bits, bases[(i + 1) & 1]);
            prefetch_trans(t, bases[(i + 1) & 1]);
        }
        if (i16)
            sum_rows(rowbuf[i & 1], k, st);
        else
            score_rows(t, idx, k, st);
        vit_trans(t, base, t1, prev, i == 0, tr);
        if (i == 0) {
            /* the other branch sets every cur[c] */
            for (int c = 0; c < NT; c++)
                cur[c] = -1e30f;
            const float *d = tr + (size_t)TG_START * NT;
            for (int c = 0; c < NT; c++)
                if (tg_allowed[TG_START][c]) {
                    cur[c] = st[c] + d[c];
                    bp[c] = TG_START;
                }
        } else {
            /* per tag c, the previous tags in ascending order, the
             * first strict maximum kept: O and B-X may follow any tag,
             * I-X only B-X (c - 1) and I-X (c) */
            uint8_t *b = bp + (size_t)i * NT;
            int np = 0;
            uint8_t valid[NT];
            for (int p = 0; p < NT; p++)
                if (!(prev[p] <= -1e29f))
                    valid[np++] = (uint8_t)p;
            for (int c = 0; c < NT; c++) {
                float best = -1e30f;
                int bc = -1;
                if (c == 0 || (c & 1)) {
                    for (int x = 0; x < np; x++) {
                        int p = valid[x];
                        float v = prev[p] + tr[(size_t)p * NT + (size_t)c];
                        if (v > best) {
                            best = v;
                            bc = p;
                        }
                    }
                } else {
                    for (int p = c - 1; p <= c; p++) {
                        if (prev[p] <= -1e29f)
                            continue;
                        float v = prev[p] + tr[(size_t)p * NT + (size_t)c];
                        if (v > best) {
                            best = v;
                            bc = p;
                        }
                    }
                }
                if (bc >= 0)
                    b[c] = (uint8_t)bc;
                cur[c] = best + st[c];
            }
        }
        memcpy(prev, cur, sizeof prev);
    }
trace:;
    int best = 0;
    for (int c = 1; c < NT; c++)
        if (prev[c] > prev[best])
            best = c;
    for (int i = n - 1; i >= 0; i--) {
        out[i] = (uint8_t)best;
        best = bp[(size_t)i * NT + (size_t)best];
    }
    if (gvm != sgv)
        free(gvm);
}

/* Scratch for one sentence: token features and fold buffer, on the stack
 * for ordinary sentences, on the heap for long ones. */
typedef struct {
    tokfeat stf[TG_STACKTOK];
    uint8_t sbp[TG_STACKTOK * WS_BIO_NTAGS];
    char sfold[1024];
    tokfeat *tf;
    uint8_t *bp; /* Viterbi back pointers */
    char *fold;
    size_t foldcap;
    int n;
} tg_scratch;

static void
scratch_done(tg_scratch *sc)
{
    if (sc->tf != sc->stf) {
        free(sc->tf);
        free(sc->bp);
    }
    if (sc->fold != sc->sfold)
        free(sc->fold);
}

/* Replaces sc's fold buffer by one of cap bytes; 0 or -1 (no memory:
 * the old one is kept). */
static int
scratch_fold(tg_scratch *sc, size_t cap)
{
    char *f = malloc(cap);
    if (f == NULL)
        return -1;
    if (sc->fold != sc->sfold)
        free(sc->fold);
    sc->fold = f;
    sc->foldcap = cap;
    return 0;
}

/* tokens_fill_in()'s loop over the n tokens at tok (of the text at text)
 * with the thread's word-feature cache dict (its ways used last dmru;
 * salt: dict_salt() of w and t's language), or (dict NULL) without a cache;
 * each call passes dict either as tl_dict or as a constant NULL, so each
 * inlined copy keeps only its own path.  (One loop testing per token
 * whether the forms are cached, with the cache's pointers read again
 * from thread-local storage after each token's stores, which may alias
 * them, and the Russian heads' test: English news, some 10 instructions
 * a token more.) */
static inline __attribute__((always_inline)) int
tokens_fill_run(tg_scratch *sc, ws_worker *w, const ws_tagger *t,
                const ws_token *tok, const char *text, int n, int wide,
                dict_ent *dict, uint8_t *dmru, uint64_t salt)
{
    const char *lang = t->lang;
    /* in the same loop: the fold buffer grown for a token longer than
     * it holds (4 bytes a byte and 16) and the feature set; gaz_fill()
     * and deriv_fill() read neither.  (A loop of its own over the
     * lengths for the longest, and one setting ext, cost some 12
     * instructions and a mispredicted branch on the longest a
     * sentence.) */
    const int ext = t->featv >= 4 ? (int)t->featv : 0;
    /* the scratch's buffers in locals: the stores into the token
     * features (their 32-byte copy may alias anything) made GCC read
     * each again a token */
    tokfeat *tf = sc->tf;
    char *fold = sc->fold;
    size_t foldcap = sc->foldcap;
    for (int i = 0; i < n; i++) {
        const char *p = text + tok[i].bstart;
        size_t b = (size_t)(tok[i].bend - tok[i].bstart);
        if (__builtin_expect(4 * b + 16 > foldcap, 0)) {
            if (scratch_fold(sc, 4 * b + 16) < 0) {
                scratch_done(sc);
                return -WS_ENOMEM;
            }
            fold = sc->fold;
            foldcap = sc->foldcap;
        }
        /* a token's cache key in the loop that looks it up: GCC had
         * dropped the prefetches of a loop of the keys before it (main's
         * binary of 40fa6b7 had none), and with them made, whosaid run
         * -j1 was no faster on 8 MB of English (user time, medians of
         * 9) */
        uint64_t pre = dict != NULL ? dict_pre(salt, text, p, b) : 0;
        tok_features(&tf[i], w, lang, dict, dmru, pre, p, b, fold, foldcap,
                     wide, t, tf, i);
        tf[i].ext = ext;
    }
    return 0;
}

/* The features of the n tokens of sentence s of d into sc->tf (the
 * buffers of n tokens allocated), the fold buffer grown for the longest;
 * 0 or -WS_ENOMEM (sc freed).  wide: 1 in the copy built for AVX2, where
 * a word cache hit copies its 192 bytes of form features with six
 * 32-byte moves (tf_form_copy()) instead of twelve 16-byte ones, the same
 * bytes; else 0.  (The copy for AVX2 is this loop alone: with the whole
 * of scratch_fill() copied, GCC no longer inlined gaz_fill() and
 * deriv_fill(), called twice, and their calls cost what the moves
 * saved.) */
static inline __attribute__((always_inline)) int
tokens_fill_in(tg_scratch *sc, ws_worker *w, const ws_tagger *t,
               const ws_doc *d, const ws_sentence *s, int n, int wide)
{
    const ws_token *tok = d->tokens.v + s->tok0;
    int rc =
        dict_cached(w)
            ? tokens_fill_run(sc, w, t, tok, d->text, n, wide, tl_dict, tl_dmru,
                              dict_salt(w, lang_hash(t->lang)))
            : tokens_fill_run(sc, w, t, tok, d->text, n, wide, NULL, NULL, 0);
    /* the features of the forms filled anew without the head (the
     * Russian head nouns are features of feature set 4; a hit leaves the
     * head with the cold block, and tf_cold() clears it there) */
    if (rc == 0 && tg_nohead(t))
        for (int i = 0; i < n; i++)
            if (sc->tf[i].cold)
                sc->tf[i].head = 0;
    return rc;
}

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) &&         \
    defined(__ELF__)
#define TG_FILL_AVX2 1
/* tokens_fill() for CPUs with AVX2 (integers only: the same features) */
__attribute__((target("avx2"))) static int
tokens_fill_avx2(tg_scratch *sc, ws_worker *w, const ws_tagger *t,
                 const ws_doc *d, const ws_sentence *s, int n)
{
    return tokens_fill_in(sc, w, t, d, s, n, 1);
}
#endif

static int
tokens_fill(tg_scratch *sc, ws_worker *w, const ws_tagger *t, const ws_doc *d,
            const ws_sentence *s, int n)
{
#ifdef TG_FILL_AVX2
    if (__builtin_cpu_supports("avx2"))
        return tokens_fill_avx2(sc, w, t, d, s, n);
#endif
    return tokens_fill_in(sc, w, t, d, s, n, 0);
}

/* (One copy out of line, as GCC made it before tokens_fill() was apart:
 * inlined in its two callers or cloned for pm NULL, it called gaz_fill()
 * and deriv_fill() instead of inlining them.) */
__attribute__((noinline, noclone)) static int
scratch_fill(tg_scratch *sc, ws_worker *w, const ws_tagger *t, const ws_doc *d,
             int32_t sent, const tg_match *pm, int npm)
{
    const ws_sentence *s = &d->sentences.v[sent];
    int n = s->tok1 - s->tok0;
    sc->tf = sc->stf;
    sc->bp = sc->sbp;
    sc->fold = sc->sfold;
    sc->foldcap = sizeof sc->sfold;
    sc->n = n;
    if (n <= 0)
        return 0;
    if (n > TG_STACKTOK) {
        sc->tf = malloc((size_t)n * sizeof *sc->tf);
        sc->bp = malloc((size_t)n * WS_BIO_NTAGS);
        if (sc->tf == NULL || sc->bp == NULL) {
            free(sc->tf);
            free(sc->bp);
            return -WS_ENOMEM;
        }
    }
    int rc = tokens_fill(sc, w, t, d, s, n);
    if (rc < 0)
        return rc;
    if (pm == NULL)
        gaz_fill(t, sc->tf, n);
    else
        for (int j = 0; j < npm; j++)
            gaz_mark(sc->tf, pm[j].s, pm[j].len, pm[j].mask);
    deriv_fill(t, sc->tf, n);
    /* viterbi() fills them itself when its path reads them (not the
     * cached one, whose shape features shape_feats() hashes), with the
     * cold blocks */
    if (t->mode != TG_VITERBI) {
        tf_complete(t, sc->tf, n);
        mix_fill(sc->tf, n);
    }
    return 0;
}

/* The tokens of sentence sent of d into nx (none past the document's
 * last, or without the cache) */
static void
dict_next(tg_next *nx, const ws_tagger *t, const ws_worker *w, const ws_doc *d,
          int32_t sent)
{
    nx->n = 0;
    if (sent >= d->sentences.n || !dict_cached(w))
        return;
    const ws_sentence *s = &d->sentences.v[sent];
    nx->dict = tl_dict;
    nx->tok = d->tokens.v + s->tok0;
    nx->text = d->text;
    nx->salt = dict_salt(w, lang_hash(t->lang));
    nx->n = s->tok1 - s->tok0 > 0 ? s->tok1 - s->tok0 : 0;
}

int
ws_tagger_tag(const ws_tagger *t, ws_worker *w, const ws_doc *d, int32_t sent,
              uint8_t *tags)
{
    tg_scratch sc;
    uint32_t idx[TG_MAXFEAT];
    float score[WS_BIO_NTAGS];

    if (t == NULL || d == NULL || sent < 0 || sent >= d->sentences.n)
        return -WS_EINTERNAL;
    int rc = scratch_fill(&sc, w, t, d, sent, NULL, 0);
    if (rc < 0)
        return rc;
    if (t->mode == TG_VITERBI) {
        tg_next nx;
        dict_next(&nx, t, w, d, sent + 1);
        if (sc.n > 0)
            viterbi(t, sc.tf, sc.n, tags, sc.bp, &nx);
        scratch_done(&sc);
        return 0;
    }
    int p1 = TG_START, p2 = TG_START;
    for (int i = 0; i < sc.n; i++) {
        int k = static_feats(sc.tf, sc.n, i, t->bits, idx);
        k += dyn_feats(sc.tf, i, p1, p2, t->bits, idx + k);
        score_rows(t, idx, k, score);
        int best = best_tag(score, p1);
        tags[i] = (uint8_t)best;
        p2 = p1;
        p1 = best;
    }
    scratch_done(&sc);
    return 0;
}

/* ---- document pass ---- */

typedef struct {
    uint64_t key; /* exact token strings of the span */
    uint64_t sur; /* a person's name of 2+ tokens: key of its last */
    int32_t pos;  /* its first token */
    uint8_t type, len;
} dp_ent;

/* The document pass's token hashes: dp_tokhash() of each token's bytes,
 * computed on first use and kept (never 0, so 0 marks a token not hashed
 * yet); the pass hashed the same token once per span and per candidate
 * start, up to TG_GAZMAXLEN times.  fv NULL (no memory): hashed each time. */
typedef struct {
    const ws_doc *d;
    uint64_t *fv; /* tokens base.. */
    int32_t base;
} dp_memo;

/* A hash of token i's bytes for the document pass, never 0: tok_hash()
 * (a few loads a token; fnv()'s loop over the bytes ended at a
 * mispredicted branch a token), mixed.  The pass compares the keys made
 * of it with each other alone. */
static inline uint64_t
dp_tokhash(const ws_doc *d, int32_t i)
{
    return mix64(
               tok_hash(d->text, ws_tok_ptr(d, i), (size_t)ws_tok_blen(d, i))) |
           1;
}

static inline uint64_t
dp_step(uint64_t h, const dp_memo *m, int32_t i)
{
    const ws_doc *d = m->d;
    if (m->fv == NULL)
        return mix64(h ^ dp_tokhash(d, i)) | 1;
    uint64_t *f = &m->fv[i - m->base];
    if (*f == 0)
        *f = dp_tokhash(d, i);
    return mix64(h ^ *f) | 1;
}

static inline int
dp_upper(const ws_doc *d, int32_t i)
{
    const char *s = ws_tok_ptr(d, i);
    size_t n = (size_t)ws_tok_blen(d, i), j = 0;
    if (n == 0)
        return 0;
    if ((unsigned char)s[0] < 0x80) /* ws_cp_is_upper()'s ASCII answer */
        return s[0] >= 'A' && s[0] <= 'Z';
    int32_t cp = ws_utf8_decode(s, n, &j);
    return cp > 0 && ws_cp_is_upper(cp);
}

static void
dp_set(uint8_t *tags, int32_t a, int32_t b, int type)
{
    for (int32_t i = a; i < b; i++)
        tags[i] = (uint8_t)(i == a ? 1 + 2 * type : 2 + 2 * type);
}

/* The document pass's strings: an open-addressing table over dp_step()
 * keys (never 0, so 0 marks a free slot) of the tagged spans' strings and
 * of the last tokens of the names of persons of several tokens.  A table,
 * not sorted arrays searched by halves: the sorts and the searches'
 * comparisons were mispredicted some 250 000 times in 2 MB of news.  The
 * slots hold a key and the index of its string's record; the records are
 * kept apart, in the order of their first key, so that a document's pass
 * clears the keys alone (not 48-byte slots, four or more a mention) and
 * dp_majority() visits its strings alone (not every slot). */
typedef struct {
    int32_t cnt[WS_BIO_NTYPES];   /* mentions per type */
    int32_t first[WS_BIO_NTYPES]; /* order of the first mention per type */
    uint8_t len;                  /* tokens */
    uint8_t sur; /* the last token of a person's name of 2+ tokens */
    int8_t type; /* the majority type (dp_majority()); -1: no mention */
} dp_slot;

typedef struct {
    uint64_t *key; /* per slot: 0 free */
    uint32_t *ix;  /* per slot with a key: its record in v */
    dp_slot *v;    /* the records, nv of them */
    size_t mask;   /* slots - 1, a power of two less one */
    size_t nv;
} dp_tab;

/* The slot of key in tab: its own, or the free one it would fill. */
static inline size_t
dp_slot_of(const dp_tab *tab, uint64_t key)
{
    size_t i = (size_t)(key >> 32) & tab->mask;
    while (tab->key[i] != 0 && tab->key[i] != key)
        i = (i + 1) & tab->mask;
    return i;
}

/* The record of key in tab, or NULL. */
static inline const dp_slot *
dp_find(const dp_tab *tab, uint64_t key)
{
    size_t i = dp_slot_of(tab, key);
    return tab->key[i] == key ? &tab->v[tab->ix[i]] : NULL;
}

/* The record of key in tab, a new one (zeroed) when key has none. */
static inline dp_slot *
dp_add(dp_tab *tab, uint64_t key)
{
    size_t i = dp_slot_of(tab, key);
    if (tab->key[i] != key) {
        tab->key[i] = key;
        tab->ix[i] = (uint32_t)tab->nv;
        memset(&tab->v[tab->nv++], 0, sizeof *tab->v);
    }
    return &tab->v[tab->ix[i]];
}

/* The record of the tagged string key in tab, or NULL. */
static inline const dp_slot *
dp_tagged(const dp_tab *tab, uint64_t key)
{
    const dp_slot *m = dp_find(tab, key);
    return m != NULL && m->type >= 0 ? m : NULL;
}

/* Counts the mentions e[0..n) into tab (at least 4n slots, keys zeroed;
 * room for 2n records); a mention's order is its index. */
static void
dp_count(dp_tab *tab, const dp_ent *e, size_t n)
{
    for (size_t a = 0; a < n; a++) {
        dp_slot *m = dp_add(tab, e[a].key);
        m->len = e[a].len;
        if (m->cnt[e[a].type]++ == 0)
            m->first[e[a].type] = (int32_t)a;
        if (e[a].sur != 0) {
            dp_slot *u = dp_add(tab, e[a].sur);
            u->len = 1;
            u->sur = 1;
        }
    }
}

/* Sets each string's type: the type of most of its mentions (ties: the
 * type mentioned first), a person for a one-token mention of a person's
 * surname, -1 for a surname never mentioned alone. */
static void
dp_majority(dp_tab *tab)
{
    for (size_t i = 0; i < tab->nv; i++) {
        dp_slot *m = &tab->v[i];
        int best = -1, bestc = 0;
        int32_t bestf = 0;
        /* without branches (conditional moves) */
        for (int ty = 0; ty < WS_BIO_NTYPES; ty++) {
            int32_t c = m->cnt[ty], f = m->first[ty];
            int win = (c > bestc) | ((c > 0) & (c == bestc) & (f < bestf));
            best = win ? ty : best;
            bestc = win ? c : bestc;
            bestf = win ? f : bestf;
        }
        int person = (best >= 0) & (m->len == 1) & (m->sur != 0);
        m->type = (int8_t)(person ? 0 : best);
    }
}

/* A filter of 4096 bits over the tokens of the tagged spans, keyed by a
 * token's length and first and last bytes (read without a loop over its
 * bytes): a token whose bit is clear is in no tagged span, so no string
 * holding it repeats one, and the search from an untagged capitalised
 * token (most were never tagged) ends before its bytes are hashed. */
typedef struct {
    uint64_t b[64];
} dp_filter;

/* Token i's bit of a dp_filter. */
static inline uint32_t
dp_tokbit(const ws_doc *d, int32_t i)
{
    const unsigned char *s = (const unsigned char *)ws_tok_ptr(d, i);
    uint32_t n = (uint32_t)ws_tok_blen(d, i);
    uint32_t a = n ? s[0] : 0, z = n ? s[n - 1] : 0;
    return ((n << 16 | a << 8 | z) * 0x9e3779b1u) >> 20;
}

static inline void
dp_filter_add(dp_filter *f, uint32_t bit)
{
    f->b[bit >> 6] |= (uint64_t)1 << (bit & 63);
}

static inline int
dp_filter_may(const dp_filter *f, uint32_t bit)
{
    return (int)(f->b[bit >> 6] >> (bit & 63) & 1);
}

/* The first token from i on, before end, that is untagged (tags) and
 * may be in a tagged span (its bit in f), or end: the pass's scan for
 * its search's starts, in a loop of its own (inside the pass's loop GCC
 * kept the token's pointer and the bound on the stack for the rare
 * search: English news, 0.5M instructions a MB more). */
static inline int32_t
dp_next_cand(const ws_doc *d, const uint8_t *tags, const dp_filter *f,
             int32_t i, int32_t end)
{
    /* (one branch a token: most are tagged, or in no tagged span) */
    while (i < end && !((tags[i] == 0) & dp_filter_may(f, dp_tokbit(d, i))))
        i++;
    return i;
}

/* True when tag t begins a span (B-X: odd, below WS_BIO_NTAGS); one
 * branch for the callers' scans. */
static inline int
dp_begins(int t)
{
    return (t & 1) & (t < WS_BIO_NTAGS);
}

int
ws_tagger_doc_pass(const ws_doc *d, int32_t s0, int32_t s1, uint8_t *tags)
{
    dp_filter ftok; /* the tokens of the tagged spans */
    dp_ent *e = NULL;
    uint64_t skey[256];
    uint32_t six[256];
    dp_slot srec[128];
    dp_tab tab = {NULL, NULL, NULL, 0, 0};
    void *heap = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    uint64_t sfv[512];
    dp_memo memo = {d, NULL, 0};
    const dp_memo *dm = &memo;
    if (s0 < s1) {
        int32_t t0 = d->sentences.v[s0].tok0, t1 = t0;
        for (int32_t s = s0; s < s1; s++) {
            if (d->sentences.v[s].tok0 < t0)
                t0 = d->sentences.v[s].tok0;
            if (d->sentences.v[s].tok1 > t1)
                t1 = d->sentences.v[s].tok1;
        }
        size_t nt = t1 > t0 ? (size_t)(t1 - t0) : 0;
        memo.base = t0;
        if (nt <= sizeof sfv / sizeof sfv[0]) {
            memset(sfv, 0, nt * sizeof sfv[0]);
            memo.fv = sfv;
        } else {
            memo.fv = calloc(nt, sizeof *memo.fv);
        }
    }

    /* the tagged spans of the document */
    memset(&ftok, 0, sizeof ftok);
    for (int32_t s = s0; s < s1; s++) {
        const ws_sentence *se = &d->sentences.v[s];
        for (int32_t i = se->tok0;
             (i = ws_next_tag(tags, i, se->tok1)) < se->tok1;) {
            int t = tags[i];
            if (!dp_begins(t)) {
                i++;
                continue;
            }
            int32_t j = i + 1;
            while (j < se->tok1 && tags[j] == t + 1)
                j++;
            if (j - i <= TG_GAZMAXLEN) {
                if (n == cap) {
                    cap = cap ? 2 * cap : 64;
                    dp_ent *ne = realloc(e, cap * sizeof *e);
                    if (ne == NULL) {
                        rc = -WS_ENOMEM;
                        goto done;
                    }
                    e = ne;
                }
                uint64_t h = FNV_BASIS;
                for (int32_t k = i; k < j; k++) {
                    h = dp_step(h, dm, k);
                    dp_filter_add(&ftok, dp_tokbit(d, k));
                }
                e[n].key = h;
                e[n].pos = i;
                e[n].type = (uint8_t)((t - 1) / 2);
                e[n].len = (uint8_t)(j - i);
                e[n].sur = j - i >= 2 && (t - 1) / 2 == 0
                               ? dp_step(FNV_BASIS, dm, j - 1)
                               : 0;
                n++;
            }
            i = j;
        }
    }
    if (n == 0)
        goto done;
    /* the strings' types: at most 2n keys (the spans' and the surnames'),
     * in at least 4n slots */
    size_t slots = 16;
    while (slots < 4 * n)
        slots *= 2;
    if (slots <= sizeof skey / sizeof skey[0]) {
        tab.key = skey;
        tab.ix = six;
        tab.v = srec;
    } else {
        /* the records first (their alignment), then keys and indices */
        heap = malloc(slots / 2 * sizeof *tab.v +
                      slots * (sizeof *tab.key + sizeof *tab.ix));
        if (heap == NULL) {
            rc = -WS_ENOMEM;
            goto done;
        }
        tab.v = heap;
        tab.key = (uint64_t *)(void *)(tab.v + slots / 2);
        tab.ix = (uint32_t *)(void *)(tab.key + slots);
    }
    memset(tab.key, 0, slots * sizeof *tab.key);
    tab.mask = slots - 1;
    dp_count(&tab, e, n);
    dp_majority(&tab);
    size_t k = 0; /* the mentions of sentence s: e[k] on */
    for (int32_t s = s0; s < s1; s++) {
        const ws_sentence *se = &d->sentences.v[s];
        /* every mention gets its string's majority type: the spans of
         * the first scan, as they are still (the scan below changes the
         * tags of its own sentence alone, the sentences hold disjoint
         * tokens); the longer ones, not in e, get none.  (Scanned again,
         * the tags cost some 3M instructions and 40 000 mispredicted
         * branches per MB of English news.) */
        for (; k < n && e[k].pos >= se->tok0 && e[k].pos < se->tok1; k++) {
            const dp_slot *m = dp_tagged(&tab, e[k].key);
            if (m != NULL && m->type != e[k].type)
                dp_set(tags, e[k].pos, e[k].pos + e[k].len, m->type);
        }
        /* an untagged repeat of a tagged capitalised string is tagged
         * (the longest; not inside a longer capitalised run) */
        for (int32_t i = se->tok0;
             (i = dp_next_cand(d, tags, &ftok, i, se->tok1)) < se->tok1; i++) {
            if (!dp_upper(d, i))
                continue;
            if (i > se->tok0 + 1 && tags[i - 1] == 0 && dp_upper(d, i - 1))
                continue;
            uint64_t h = FNV_BASIS;
            const dp_slot *hit = NULL;
            int32_t end = 0;
            for (int32_t j = i;
                 j < se->tok1 && j - i < TG_GAZMAXLEN && tags[j] == 0; j++) {
                if (j > i && !dp_filter_may(&ftok, dp_tokbit(d, j)))
                    break; /* no longer string repeats a tagged one */
                h = dp_step(h, dm, j);
                const dp_slot *m = dp_tagged(&tab, h);
                if (m != NULL && m->len == j - i + 1) {
                    hit = m;
                    end = j + 1;
                }
            }
            if (hit == NULL) {
                /* a lone capitalised surname of a person named before */
                uint64_t h1 = dp_step(FNV_BASIS, dm, i);
                const dp_slot *u = dp_find(&tab, h1);
                if (u != NULL && u->sur &&
                    (i + 1 >= se->tok1 ||
                     (tags[i + 1] == 0 && !dp_upper(d, i + 1))))
                    dp_set(tags, i, i + 1, 0);
                continue;
            }
            if (end < se->tok1 && (tags[end] != 0 || dp_upper(d, end)))
                continue;
            dp_set(tags, i, end, hit->type);
            i = end - 1;
        }
    }
done:
    free(e);
    free(heap);
    if (memo.fv != sfv)
        free(memo.fv);
    return rc;
}

/* ---- loading and saving ---- */

/* The bytes of a model file: a gzip member (the committed models) read
 * by raw inflate straight from the mapped file, or the file as it is (a
 * fresh `train` output).  zlib's gzread() computed the member's CRC-32
 * over the 10-14 MB it inflates, a third of the load; the header and
 * payload checksums of the format already cover every byte, so the
 * CRC is not computed (the member's length field is still checked). */
typedef struct {
    unsigned char *file; /* the mapped file */
    size_t filelen;
    const unsigned char *p, *end; /* plain: the bytes not read yet */
    z_stream zs;
    int inflating; /* a gzip member; zs initialised */
    int ended;     /* its deflate stream ended (Z_STREAM_END) */
} tg_src;

/* Skips the gzip header (RFC 1952) at p; the start of the deflate
 * stream, or NULL when the header is not a complete deflate member's. */
static const unsigned char *
tg_gz_header(const unsigned char *p, const unsigned char *end)
{
    if (end - p < 10 || p[0] != 0x1f || p[1] != 0x8b || p[2] != 8 ||
        (p[3] & 0xE0) != 0)
        return NULL;
    unsigned flg = p[3];
    p += 10;
    if (flg & 4) { /* FEXTRA */
        if (end - p < 2)
            return NULL;
        size_t xlen = (size_t)p[0] | (size_t)p[1] << 8;
        if ((size_t)(end - p) - 2 < xlen)
            return NULL;
        p += 2 + xlen;
    }
    for (unsigned bit = 8; bit <= 16; bit <<= 1) { /* FNAME, FCOMMENT */
        if (!(flg & bit))
            continue;
        const unsigned char *z = memchr(p, 0, (size_t)(end - p));
        if (z == NULL)
            return NULL;
        p = z + 1;
    }
    if (flg & 2) { /* FHCRC */
        if (end - p < 2)
            return NULL;
        p += 2;
    }
    return p;
}

/* Maps the file of fd (size bytes); 0, -WS_EIO (not a gzip member nor a
 * plain file we can map) or -WS_ENOMEM. */
static int
tg_src_open(tg_src *s, int fd, size_t size)
{
    memset(s, 0, sizeof *s);
    if (size == 0)
        return 0; /* nothing to read: the header read fails */
    void *m = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (m == MAP_FAILED)
        return -WS_EIO;
    s->file = m;
    s->filelen = size;
    s->p = s->file;
    s->end = s->file + size;
    if (size >= 2 && s->file[0] == 0x1f && s->file[1] == 0x8b) {
        const unsigned char *d = tg_gz_header(s->p, s->end);
        if (d == NULL || inflateInit2(&s->zs, -MAX_WBITS) != Z_OK)
            return -WS_EIO;
        s->inflating = 1;
        s->zs.next_in = (unsigned char *)(uintptr_t)d;
        s->p = d;
    }
    return 0;
}

/* Feeds the input in pieces zlib's 32-bit counts can hold. */
static void
tg_src_feed(tg_src *s)
{
    if (s->zs.avail_in == 0 && s->p < s->end) {
        size_t left = (size_t)(s->end - s->p);
        size_t k = left > ((size_t)1 << 30) ? (size_t)1 << 30 : left;
        s->zs.next_in = (unsigned char *)(uintptr_t)s->p;
        s->zs.avail_in = (uInt)k;
        s->p += k;
    }
}

/* Reads n bytes; 0, or -1 when the data ends first (or is corrupt). */
static int
tg_src_read(tg_src *s, void *buf, size_t n)
{
    if (!s->inflating) {
        if ((size_t)(s->end - s->p) < n)
            return -1;
        memcpy(buf, s->p, n);
        s->p += n;
        return 0;
    }
    for (size_t got = 0; got < n;) {
        size_t chunk = n - got > ((size_t)1 << 30) ? (size_t)1 << 30 : n - got;
        s->zs.next_out = (unsigned char *)buf + got;
        s->zs.avail_out = (uInt)chunk;
        while (s->zs.avail_out > 0) {
            if (s->ended)
                return -1;
            tg_src_feed(s);
            int r = inflate(&s->zs, Z_NO_FLUSH);
            if (r == Z_STREAM_END)
                s->ended = 1;
            else if (r != Z_OK)
                return -1; /* corrupt, or the input ran out */
        }
        got += chunk;
    }
    return 0;
}

/* 1 when every byte has been read (for a gzip member: its deflate stream
 * ended there and the trailer's length matches), else 0. */
static int
tg_src_at_end(tg_src *s)
{
    if (!s->inflating)
        return s->p == s->end;
    if (!s->ended) {
        unsigned char extra;
        s->zs.next_out = &extra;
        s->zs.avail_out = 1;
        while (!s->ended && s->zs.avail_out > 0) {
            tg_src_feed(s);
            int r = inflate(&s->zs, Z_NO_FLUSH);
            if (r == Z_STREAM_END)
                s->ended = 1;
            else if (r != Z_OK)
                return 0;
        }
        if (s->zs.avail_out == 0)
            return 0; /* a byte more than the header promised */
    }
    /* the trailer: CRC-32 (not checked, see above), then ISIZE */
    const unsigned char *t = s->zs.next_in;
    size_t left = s->zs.avail_in + (size_t)(s->end - s->p);
    if (left < 8)
        return 0;
    uint32_t isize = (uint32_t)t[4] | (uint32_t)t[5] << 8 |
                     (uint32_t)t[6] << 16 | (uint32_t)t[7] << 24;
    return isize == (uint32_t)s->zs.total_out;
}

static void
tg_src_close(tg_src *s)
{
    if (s->inflating)
        inflateEnd(&s->zs);
    if (s->file != NULL)
        munmap(s->file, s->filelen);
    memset(s, 0, sizeof *s);
}

/* Bytes of the row index of 2^bits buckets (a multiple of 16). */
static size_t
tg_ix_bytes(unsigned bits)
{
    size_t nb = (size_t)1 << bits;
    return (nb + 63) / 64 * sizeof(struct tg_rowix);
}

/* Bytes of the split gazetteer (keys, then masks) of gbytes of
 * struct tg_gent. */
static size_t
tg_gsplit_bytes(size_t gbytes)
{
    return gbytes / sizeof(struct tg_gent) *
           (sizeof(uint64_t) + sizeof(uint32_t));
}

/* The bytes tg_read_rows maps for a model of header h whose gazetteer
 * takes gbytes in the file: the row index, the dense table (the most the
 * rows can take), the split gazetteer and the file's gazetteer. */
static size_t
tg_rows_total(const tg_header *h, size_t gbytes)
{
    size_t nb = (size_t)1 << h->bits, rowb = WS_BIO_NTAGS * sizeof(int16_t);
    return tg_ix_bytes(h->bits) + nb * rowb + tg_gsplit_bytes(gbytes) + 8 +
           gbytes;
}

/* Unmaps the huge pages of the mapping map (*alloclen bytes) past the
 * first used bytes (never made resident: they were not written); the
 * last one in use stays whole (tg_alloc). */
static void
tg_trim(char *map, size_t *alloclen, size_t used)
{
    used = (used + TG_HUGE - 1) / TG_HUGE * TG_HUGE;
    if (used < *alloclen && munmap(map + used, *alloclen - used) == 0)
        *alloclen = used;
}

/* Reads the int16 weights and the gazetteer (gbytes) that follow the
 * header h into one mapping: the row index, the rows, then the
 * gazetteer (split: its keys, then its masks; rehashed into *gazbitsp,
 * the smallest table at most 9/16 full, or the file's when that is
 * smaller: the training tables of the files are half full or less, a
 * quarter full for two languages)
 * that are not all zero (written in place, so the mapping's untouched
 * tail never becomes resident; it is unmapped at the end).  *sum: the
 * payload checksum of the bytes as read (the dense table, then the
 * gazetteer).  0, -WS_EIO (short file) or -WS_ENOMEM; on failure
 * nothing stays allocated. */
static int
tg_read_rows(tg_src *src, const tg_header *h, size_t gbytes, void **mapp,
             size_t *alloclenp, uint64_t *sum, unsigned *gazbitsp,
             size_t *gazoffp)
{
    enum { NT = WS_BIO_NTAGS, CHUNK = 4096 }; /* rows per read */
    size_t nb = (size_t)1 << h->bits, rowb = NT * sizeof(int16_t);
    size_t ixb = tg_ix_bytes(h->bits);
    size_t ng = gbytes / sizeof(struct tg_gent);
    uint64_t ps = FNV_BASIS ^ (nb * rowb + gbytes);
    int16_t *buf = malloc(CHUNK * rowb);
    size_t alloclen = 0, nrows = 0;
    /* the file's gazetteer is read to the end of the mapping (gbytes),
     * below which its split rehashed copy (tg_gsplit_bytes() at most)
     * follows the rows:
     * the tail, past what is used, is unmapped at the end */
    size_t total = tg_rows_total(h, gbytes);
    char *map = buf ? tg_alloc(total, &alloclen) : NULL;
    *mapp = NULL;
    if (map == NULL) {
        free(buf);
        return -WS_ENOMEM;
    }
    struct tg_rowix *ix = (struct tg_rowix *)(void *)map;
    int16_t *rows = (int16_t *)(void *)(map + ixb);
    for (size_t b0 = 0; b0 < nb; b0 += CHUNK) {
        size_t m = nb - b0 < CHUNK ? nb - b0 : CHUNK;
        if (tg_src_read(src, buf, m * rowb) < 0)
            goto short_file;
        /* CHUNK * rowb is a multiple of 8: the pieces sum as one */
        ps = psum_add(ps, buf, m * rowb);
        for (size_t i = 0; i < m; i++) {
            size_t b = b0 + i;
            const int16_t *r = buf + i * NT;
            if ((b & 63) == 0)
                ix[b >> 6].rank = (uint32_t)nrows;
            uint64_t w0, w1;
            uint16_t w2;
            memcpy(&w0, r, 8);
            memcpy(&w1, r + 4, 8);
            memcpy(&w2, r + 8, 2);
            if ((w0 | w1 | w2) == 0)
                continue;
            memcpy(rows + nrows * NT, r, rowb);
            nrows++;
            ix[b >> 6].bits |= (uint64_t)1 << (b & 63);
        }
    }
    size_t gstart = (ixb + nrows * rowb + 7) / 8 * 8, gused = 0;
    unsigned gb = h->gazbits;
    if (ng > 0) {
        char *raw = map + total - gbytes;
        if (tg_src_read(src, raw, gbytes) < 0)
            goto short_file;
        ps = psum_add(ps, raw, gbytes);
        const struct tg_gent *ge = (const struct tg_gent *)(void *)raw;
        size_t used_slots = 0;
        for (size_t i = 0; i < ng; i++)
            used_slots += ge[i].key != 0;
        unsigned nbits = 4;
        while (nbits < gb && ((size_t)9 << nbits) / 16 < used_slots)
            nbits++;
        gb = nbits;
        size_t ns = (size_t)1 << gb, m = ns - 1;
        uint64_t *gk = (uint64_t *)(void *)(map + gstart);
        uint32_t *gm = (uint32_t *)(void *)(gk + ns);
        /* (zero pages: the mapping is fresh and nothing was written
         * there) */
        for (size_t i = 0; i < ng; i++) {
            if (ge[i].key == 0)
                continue;
            size_t j = (size_t)(ge[i].key >> 20) & m;
            while (gk[j] != 0)
                j = (j + 1) & m;
            gk[j] = ge[i].key;
            gm[j] = ge[i].mask;
        }
        gused = ns * (sizeof *gk + sizeof *gm);
    }
    free(buf);
    tg_trim(map, &alloclen, gstart + gused);
    *mapp = map;
    *alloclenp = alloclen;
    *sum = ps;
    *gazbitsp = gb;
    *gazoffp = gstart;
    return 0;
short_file:
    free(buf);
    tg_release(map, alloclen);
    return -WS_EIO;
}

static void seterr(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
seterr(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    if (err == NULL || errlen == 0)
        return;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

/* Builds t->gfilt over the keys of t->gkey: a power of two of words, at
 * least one per four keys (16 bits a key or more, two of them set: at
 * most about one absent phrase in 70 passes; 64-256 KB for the models'
 * 24 000-66 000 phrases, whose keys take 512 KB-1 MB).  Without memory
 * t keeps no filter. */
static void
gfilt_build(ws_tagger *t)
{
    size_t slots = (size_t)1 << t->gazbits, nk = 0;
    for (size_t i = 0; i < slots; i++)
        nk += t->gkey[i] != 0;
    unsigned fb = 1;
    while (fb < 40 && ((size_t)1 << fb) * 4 < nk)
        fb++;
    uint64_t *f = calloc((size_t)1 << fb, sizeof *f);
    if (f == NULL)
        return;
    t->gfilt = f;
    t->gfiltbits = fb;
    for (size_t i = 0; i < slots; i++)
        if (t->gkey[i] != 0)
            f[t->gkey[i] >> (64 - fb)] |= tg_gfilt_bits(t->gkey[i]);
}

/* The header's fields checked: NULL, or why the model cannot be used. */
static const char *
tg_header_problem(const tg_header *h)
{
    if (memcmp(h->magic, TG_MAGIC, 8) != 0)
        return "not a tagger model (bad magic)";
    if (h->endian != TG_ENDIAN || h->header_sum != ws_hash64(h, 56))
        return "corrupt tagger model header";
    /* version 1 files (no gazetteer, the first feature set) still load */
    if (h->version < 1 || h->version > TG_VERSION ||
        (h->featversion != 1 && h->featversion != TG_FEATV_OLD &&
         h->featversion != TG_FEATV_OLD + 1 &&
         h->featversion != TG_FEATVERSION) ||
        (h->mode != TG_GREEDY && h->mode != TG_VITERBI))
        return "tagger model of another version (retrain it)";
    if (h->ntags != WS_BIO_NTAGS || h->bits < 8 || h->bits > 26 ||
        h->gazbits > 24 || (h->gazbits != 0 && h->gazbits < 4) ||
        (h->dtype != TG_DT_F32 && h->dtype != TG_DT_I16) ||
        h->lang[sizeof h->lang - 1] != '\0')
        return "corrupt tagger model header";
    return NULL;
}

/* The tagger of header h over the mapping map (alloclen bytes, maplen of
 * them its own; payload: the weights; gazoff: the gazetteer's offset in
 * payload, gazbits its size), or NULL (out of memory; map is left to the
 * caller). */
static ws_tagger *
tg_new(const tg_header *h, void *map, size_t maplen, size_t alloclen,
       const char *payload, size_t gazoff, unsigned gazbits)
{
    ws_tagger *t = calloc(1, sizeof *t);
    if (t == NULL)
        return NULL;
    memcpy(t->lang, h->lang, sizeof t->lang);
    t->h = *h;
    t->bits = h->bits;
    t->dtype = (int)h->dtype;
    t->mode = h->mode;
    t->map = map;
    t->maplen = maplen;
    t->alloclen = alloclen;
    t->dev_f1 = h->dev_f1;
    t->gazbits = gazbits;
    t->featv = h->featversion;
    {
        static uint64_t gens;
        t->gen = __atomic_add_fetch(&gens, 1, __ATOMIC_RELAXED);
    }
    if (h->gazbits && t->dtype == TG_DT_I16) {
        t->gkey = (const uint64_t *)(const void *)(payload + gazoff);
        t->gmask = (const uint32_t *)(const void *)(payload + gazoff +
                                                    ((size_t)8 << gazbits));
        gfilt_build(t);
    } else if (h->gazbits) {
        t->gaz = (const struct tg_gent *)(const void *)(payload + gazoff);
    }
    if (t->dtype == TG_DT_I16) {
        t->wix = (const struct tg_rowix *)(const void *)payload;
        t->wq = (const int16_t *)(const void *)(payload + tg_ix_bytes(h->bits));
        t->gazoff = gazoff;
        t->imglen = gazoff + (h->gazbits ? (size_t)12 << gazbits : 0);
        t1_fill(t);
    } else {
        t->wf = (const float *)(const void *)payload;
    }
    return t;
}

/* ---- model images ----
 * A loaded int16 model's memory (row index, rows, split gazetteer: what
 * tg_read_rows leaves) written by `whosaid tagger-image MODEL IMAGE` at
 * build time ($(BUILD)/model-images/<lang>/ner.model.img), and read back
 * instead of inflating the model (10-14 MB a language) when it is the
 * image of that very file: its device, inode, size and modification
 * and change times, the header's copy and the checksums must all match,
 * else the model is inflated as before (WHOSAID_IMAGE_DEBUG=1 says
 * why).  The image is read into memory laid out as tg_read_rows's (the
 * same 2 MB pages), not mapped from the file: the rows are read at
 * random over the whole table, and in 4 KB pages nearly every read
 * missed the TLB. */
#define TG_IMG_MAGIC "WSTGIMG1"
typedef struct {
    char magic[8];
    ws_file_id model; /* the model file's identity */
    tg_header h;      /* the model's */
    uint64_t gazbits; /* of the split gazetteer */
    uint64_t gazoff;  /* its offset in the body */
    uint64_t bodylen; /* the bytes that follow this header */
    uint64_t body_sum;
    uint64_t layout; /* TG_IMG_LAYOUT of the program that wrote it */
    uint64_t sum;    /* ws_hash64 of the bytes before it */
} tg_image;
/* What the image's layout depends on (make writes the images again
 * whenever it links bin/whosaid, for a change of the code that fills
 * them) */
#define TG_IMG_LAYOUT                                                          \
    ((uint64_t)sizeof(struct tg_rowix) | (uint64_t)WS_BIO_NTAGS << 8 |         \
     (uint64_t)sizeof(struct tg_gent) << 16 | (uint64_t)TG_VERSION << 24 |     \
     (uint64_t)TG_FEATVERSION << 32 | (uint64_t)1 << 48)
_Static_assert(sizeof(tg_header) == 64 && sizeof(tg_image) == 176,
               "an image header has no padding");

/* The image of the model at path: <image dir>/<its folder's name>/<its
 * name>.img (ws_image_dir()); 0, or -1 (no image). */
static int
tg_image_path(const char *path, char *out, size_t cap)
{
    const char *dir = ws_image_dir();
    if (dir == NULL)
        return -1;
    const char *base = strrchr(path, '/');
    const char *sub = path;
    if (base != NULL) {
        sub = base;
        while (sub > path && sub[-1] != '/')
            sub--;
    }
    int n = snprintf(out, cap, "%s/%s.img", dir, sub);
    return n > 0 && (size_t)n < cap ? 0 : -1;
}

/* Reads n bytes at offset off of fd; 0 or -1. */
static int
tg_pread_all(int fd, void *buf, size_t n, off_t off)
{
    for (size_t got = 0; got < n;) {
        ssize_t r = pread(fd, (char *)buf + got, n - got, off + (off_t)got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        got += (size_t)r;
    }
    return 0;
}

/* The tagger of the model at path (stat st) from its image, or NULL
 * (no usable image: the caller inflates the model). */
static ws_tagger *
tg_image_load(const char *path, const struct stat *st)
{
    char img[PATH_MAX + 64];
    if (tg_image_path(path, img, sizeof img) < 0)
        return NULL;
    int fd = open(img, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        ws_image_debug(img, strerror(errno));
        return NULL;
    }
    const char *why = NULL;
    tg_image im;
    const ws_file_id key = ws_file_id_of(st);
    struct stat ist;
    void *map = NULL;
    size_t alloclen = 0;
    if (fstat(fd, &ist) != 0 || !S_ISREG(ist.st_mode) ||
        (size_t)ist.st_size < sizeof im ||
        tg_pread_all(fd, &im, sizeof im, 0) < 0) {
        why = "too short";
        goto out;
    }
    if (memcmp(im.magic, TG_IMG_MAGIC, 8) != 0 ||
        im.sum != ws_hash64(&im, offsetof(tg_image, sum)) ||
        im.layout != TG_IMG_LAYOUT) {
        why = "corrupt header";
        goto out;
    }
    if (memcmp(&im.model, &key, sizeof key) != 0) {
        why = "stale (not of this model file)";
        goto out;
    }
    const tg_header *h = &im.h;
    size_t gbytes = h->gazbits ? sizeof(struct tg_gent) << h->gazbits : 0;
    if (tg_header_problem(h) != NULL || h->dtype != TG_DT_I16 ||
        im.gazbits > h->gazbits || (h->gazbits && im.gazbits < 4) ||
        im.gazoff % 8 != 0 || im.gazoff < tg_ix_bytes(h->bits) ||
        im.bodylen != im.gazoff + (h->gazbits ? (size_t)12 << im.gazbits : 0) ||
        im.bodylen > tg_rows_total(h, gbytes) ||
        (uint64_t)ist.st_size - sizeof im != im.bodylen) {
        why = "corrupt header, or the wrong size";
        goto out;
    }
    map = tg_alloc(tg_rows_total(h, gbytes), &alloclen);
    if (map == NULL) {
        why = "out of memory";
        goto out;
    }
    if (tg_pread_all(fd, map, im.bodylen, (off_t)sizeof im) < 0) {
        why = "too short";
        goto out;
    }
    if (payload_sum(map, im.bodylen) != im.body_sum) {
        why = "checksum mismatch (corrupt)";
        goto out;
    }
    tg_trim(map, &alloclen, im.bodylen);
    ws_tagger *t = tg_new(h, map, alloclen, alloclen, map, im.gazoff,
                          (unsigned)im.gazbits);
    if (t == NULL) {
        why = "out of memory";
        goto out;
    }
    close(fd);
    ws_image_debug(img, "used");
    return t;
out:
    tg_release(map, alloclen);
    close(fd);
    ws_image_debug(img, why);
    return NULL;
}

static ws_tagger *tg_load(const char *path, int image, char *err,
                          size_t errlen);

ws_tagger *
ws_tagger_load(const char *path, char *err, size_t errlen)
{
    return tg_load(path, 1, err, errlen);
}

int
ws_tagger_write_image(const char *model, const char *out, char *err,
                      size_t errlen)
{
    struct stat st;
    ws_tagger *t = tg_load(model, 0, err, errlen);
    if (t == NULL)
        return -WS_EIO;
    if (t->dtype != TG_DT_I16 || stat(model, &st) != 0) {
        seterr(err, errlen, "%s: %s", model,
               t->dtype != TG_DT_I16 ? "not an int16 model (no image)"
                                     : strerror(errno));
        ws_tagger_free(t);
        return -WS_EIO;
    }
    tg_image im;
    memset(&im, 0, sizeof im);
    memcpy(im.magic, TG_IMG_MAGIC, 8);
    im.model = ws_file_id_of(&st);
    im.h = t->h;
    im.gazbits = t->gazbits;
    im.gazoff = t->gazoff;
    im.bodylen = t->imglen;
    im.body_sum = payload_sum(t->map, t->imglen);
    im.layout = TG_IMG_LAYOUT;
    im.sum = ws_hash64(&im, offsetof(tg_image, sum));
    int rc = ws_file_replace(out, &im, sizeof im, t->map, t->imglen);
    if (rc < 0)
        seterr(err, errlen, "%s: %s", out, strerror(-rc));
    ws_tagger_free(t);
    return rc < 0 ? -WS_EIO : 0;
}

static ws_tagger *
tg_load(const char *path, int image, char *err, size_t errlen)
{
    ws_tagger *t = NULL;
    tg_header h;
    void *map = NULL;
    size_t alloclen = 0;
    struct stat st;
    tg_src src;
    memset(&src, 0, sizeof src);
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    if (fd < 0) {
        seterr(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        seterr(err, errlen, "%s: %s", path, "not a regular file");
        goto fail;
    }
    if (image && (t = tg_image_load(path, &st)) != NULL) {
        close(fd);
        return t;
    }
    /* Model files are committed gzip-compressed (the weights are mostly
     * zero); an uncompressed file (a fresh `train` output) is read as it
     * is.  The header says how many bytes must follow. */
    if (tg_src_open(&src, fd, (size_t)st.st_size) < 0) {
        seterr(err, errlen, "%s: %s", path,
               "tagger model too short (truncated?)");
        goto fail;
    }
    close(fd);
    fd = -1; /* the mapping stays valid */
    if (tg_src_read(&src, &h, sizeof h) < 0) {
        seterr(err, errlen, "%s: %s", path,
               "tagger model too short (truncated?)");
        goto fail;
    }
    const char *bad = tg_header_problem(&h);
    if (bad != NULL) {
        seterr(err, errlen, "%s: %s", path, bad);
        goto fail;
    }
    size_t es = h.dtype == TG_DT_I16 ? 2 : 4;
    size_t wbytes = ((size_t)1 << h.bits) * WS_BIO_NTAGS * es;
    size_t gbytes = h.gazbits ? sizeof(struct tg_gent) << h.gazbits : 0;
    const char *payload;
    size_t want, gazoff = 0;
    uint64_t sum = 0;
    unsigned gazbits = h.gazbits;
    if (h.dtype == TG_DT_I16) {
        int r = tg_read_rows(&src, &h, gbytes, &map, &alloclen, &sum, &gazbits,
                             &gazoff);
        if (r < 0) {
            seterr(err, errlen, "%s: %s", path,
                   r == -WS_ENOMEM ? "out of memory"
                                   : "tagger model has the wrong size "
                                     "(truncated or corrupt)");
            goto fail;
        }
        payload = (const char *)map;
        want = alloclen;
    } else {
        want = sizeof h + wbytes + gbytes;
        map = tg_alloc(want, &alloclen);
        if (map == NULL) {
            seterr(err, errlen, "%s: %s", path, "out of memory");
            goto fail;
        }
        memcpy(map, &h, sizeof h);
        if (tg_src_read(&src, (char *)map + sizeof h, want - sizeof h) < 0) {
            seterr(err, errlen, "%s: %s", path,
                   "tagger model has the wrong size (truncated or corrupt)");
            goto fail;
        }
        payload = (const char *)map + sizeof h;
        sum = payload_sum(payload, want - sizeof h);
        gazoff = wbytes;
    }
    if (!tg_src_at_end(&src)) {
        seterr(err, errlen, "%s: %s", path,
               "tagger model has the wrong size (truncated or corrupt)");
        goto fail;
    }
    tg_src_close(&src);
    if (sum != h.payload_sum) {
        seterr(err, errlen, "%s: %s", path,
               "tagger model checksum mismatch (corrupt)");
        goto fail;
    }
    t = tg_new(&h, map, want, alloclen, payload, gazoff, gazbits);
    if (t == NULL) {
        seterr(err, errlen, "%s: %s", path, "out of memory");
        goto fail;
    }
    return t;
fail:
    tg_release(map, alloclen);
    tg_src_close(&src);
    if (fd >= 0)
        close(fd);
    return NULL;
}

void
ws_tagger_free(ws_tagger *t)
{
    if (t == NULL)
        return;
    tg_release(t->map, t->alloclen);
    free(t->gfilt);
    free(t);
}

const char *
ws_tagger_lang(const ws_tagger *t)
{
    return t->lang;
}

unsigned
ws_tagger_featureset(const ws_tagger *t)
{
    return t->featv;
}

int
ws_tagger_save(const ws_tagger *t, const char *path, int quantise, float dev_f1,
               char *err, size_t errlen)
{
    size_t nw = ((size_t)1 << t->bits) * WS_BIO_NTAGS;
    tg_header h;
    void *payload = NULL;
    size_t plen;
    FILE *fp = NULL;
    char tmp[4096];
    int rc = -WS_EIO;

    memset(&h, 0, sizeof h);
    memcpy(h.magic, TG_MAGIC, 8);
    h.version = TG_VERSION;
    h.featversion = (uint16_t)(t->featv ? t->featv : TG_FEATVERSION);
    h.mode = (uint16_t)t->mode;
    memcpy(h.lang, t->lang, sizeof h.lang);
    h.lang[sizeof h.lang - 1] = '\0';
    h.bits = t->bits;
    h.ntags = WS_BIO_NTAGS;
    h.endian = TG_ENDIAN;
    h.dev_f1 = dev_f1;
    if (quantise && t->dtype == TG_DT_F32) {
        float mx = 0;
        for (size_t i = 0; i < nw; i++)
            if (fabsf(t->wf[i]) > mx)
                mx = fabsf(t->wf[i]);
        h.scale = mx > 0 ? 32767.0f / mx : 1.0f;
        int16_t *q = malloc(nw * sizeof *q);
        if (q == NULL) {
            seterr(err, errlen, "%s: %s", path, "out of memory");
            return -WS_ENOMEM;
        }
        for (size_t i = 0; i < nw; i++)
            q[i] = (int16_t)lrintf(t->wf[i] * h.scale);
        payload = q;
        plen = nw * sizeof *q;
        h.dtype = TG_DT_I16;
    } else if (t->dtype == TG_DT_I16) {
        /* the dense table again from the row store */
        int16_t *q = malloc(nw * sizeof *q);
        if (q == NULL) {
            seterr(err, errlen, "%s: %s", path, "out of memory");
            return -WS_ENOMEM;
        }
        for (size_t b = 0; b < ((size_t)1 << t->bits); b++)
            memcpy(q + b * WS_BIO_NTAGS, wrow(t, (uint32_t)b),
                   WS_BIO_NTAGS * sizeof *q);
        payload = q;
        plen = nw * 2;
        h.dtype = TG_DT_I16;
        h.scale = 1.0f;
    } else {
        payload = (void *)(uintptr_t)t->wf;
        plen = nw * 4;
        h.dtype = TG_DT_F32;
        h.scale = 1.0f;
    }
    /* the gazetteer, rehashed into the smallest table at most half
     * full, with the training-data bits taken from the counts */
    if (t->gazbits) {
        size_t ng = 0, slots = (size_t)1 << t->gazbits;
        for (size_t i = 0; i < slots; i++)
            ng += tg_gkey(t, i) != 0;
        unsigned gb = 4;
        while (((size_t)1 << gb) < 2 * ng)
            gb++;
        size_t gbytes = sizeof(struct tg_gent) << gb;
        char *all = malloc(plen + gbytes);
        if (all == NULL) {
            seterr(err, errlen, "%s: %s", path, "out of memory");
            rc = -WS_ENOMEM;
            goto done;
        }
        memcpy(all, payload, plen);
        struct tg_gent *g = (struct tg_gent *)(void *)(all + plen);
        memset(g, 0, gbytes);
        for (size_t i = 0; i < slots; i++) {
            if (tg_gkey(t, i) == 0)
                continue;
            uint32_t mask = tg_gmask(t, i);
            if (t->gcnt != NULL)
                mask = (mask & ~TG_GAZTYPES) |
                       gaz_typebits(t->gcnt + i * TG_NCNT, NULL);
            if (mask == 0)
                continue;
            size_t m = ((size_t)1 << gb) - 1,
                   j = (size_t)(tg_gkey(t, i) >> 20) & m;
            while (g[j].key != 0)
                j = (j + 1) & m;
            g[j].key = tg_gkey(t, i);
            g[j].mask = mask;
        }
        if (payload != t->wq && payload != t->wf)
            free(payload);
        payload = all;
        plen += gbytes;
        h.gazbits = (uint16_t)gb;
    }
    h.payload_sum = payload_sum(payload, plen);
    h.header_sum = ws_hash64(&h, 56);

    if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp) {
        seterr(err, errlen, "%s: %s", path, "path too long");
        goto done;
    }
    fp = fopen(tmp, "wb");
    if (fp == NULL) {
        seterr(err, errlen, "%s: %s", tmp, strerror(errno));
        rc = -WS_EIO;
        goto done;
    }
    if (fwrite(&h, sizeof h, 1, fp) != 1 ||
        fwrite(payload, 1, plen, fp) != plen) {
        seterr(err, errlen, "%s: %s", tmp, "write failed");
        fclose(fp);
        remove(tmp);
        goto done;
    }
    if (fclose(fp) != 0) {
        seterr(err, errlen, "%s: %s", tmp, strerror(errno));
        remove(tmp);
        goto done;
    }
    if (rename(tmp, path) != 0) {
        seterr(err, errlen, "%s: %s", path, strerror(errno));
        remove(tmp);
        goto done;
    }
    rc = 0;
done:
    if (payload != NULL && payload != (const void *)t->wq &&
        payload != (const void *)t->wf)
        free(payload);
    return rc;
}

/* ---- training ---- */

struct ws_tagtrain {
    ws_tagger view; /* averaged weights (avg) seen as a tagger */
    float *w;       /* current weights */
    double *u;      /* sum of c * update, for averaging */
    float *avg;     /* averaged weights (last ws_tagtrain_average) */
    float *best;    /* kept copy */
    size_t nw;
    double c;            /* number of tokens seen + 1 */
    struct tg_gent *gaz; /* gazetteer table (TG_TRAINGAZ bits) */
    uint16_t *gcnt;      /* its training-data counts, TG_NCNT a phrase:
                          * 0..3 as a name of each type, 4..7 (one word)
                          * as the last word of a longer name of each */
    uint16_t *xcnt;      /* --xgaz: mentions of each phrase per type in the
                          * other languages' files, WS_BIO_NTYPES a slot */
    size_t ngaz;
    int ncat; /* external categories, bits 4.. */
    char cat[TG_GAZCATS][24];
    /* the training file's gazetteer matches, precomputed with the
     * file's own entities of the same document (or block of sentences)
     * left out: sentence s has gm[goff[s] .. goff[s + 1]) */
    const ws_doc *gm_doc;
    const uint8_t *gm_tags;
    tg_match *gm;
    size_t *goff;
    int gm_ready;
};

#define TG_TRAINGAZ 19

ws_tagtrain *
ws_tagtrain_new(const char *lang, unsigned bits, int viterbi)
{
    ws_tagtrain *tt = calloc(1, sizeof *tt);
    if (tt == NULL)
        return NULL;
    if (bits < 8 || bits > 26)
        bits = 19;
    tt->nw = ((size_t)1 << bits) * WS_BIO_NTAGS;
    tt->w = calloc(tt->nw, sizeof *tt->w);
    tt->u = calloc(tt->nw, sizeof *tt->u);
    tt->avg = calloc(tt->nw, sizeof *tt->avg);
    if (tt->w == NULL || tt->u == NULL || tt->avg == NULL) {
        ws_tagtrain_free(tt);
        return NULL;
    }
    snprintf(tt->view.lang, sizeof tt->view.lang, "%s", lang);
    tt->view.bits = bits;
    tt->view.dtype = TG_DT_F32;
    tt->view.mode = viterbi ? TG_VITERBI : TG_GREEDY;
    tt->view.wf = tt->avg;
    tt->view.featv = TG_FEATV_OLD + 1; /* set 4 unless told */
    tt->c = 1;
    return tt;
}

int
ws_tagtrain_featureset(ws_tagtrain *tt, unsigned set)
{
    if (set < TG_FEATV_OLD || set > TG_FEATVERSION)
        return -WS_EFIELD;
    tt->view.featv = set;
    return 0;
}

void
ws_tagtrain_free(ws_tagtrain *tt)
{
    if (tt == NULL)
        return;
    free(tt->w);
    free(tt->u);
    free(tt->avg);
    free(tt->best);
    free(tt->gaz);
    free(tt->gcnt);
    free(tt->xcnt);
    free(tt->gm);
    free(tt->goff);
    free(tt);
}

/* Slot of phrase key in the training table (created when absent); -1
 * when the table is full. */
static long
gaz_slot(ws_tagtrain *tt, uint64_t key)
{
    size_t slots = (size_t)1 << TG_TRAINGAZ, m = slots - 1;
    if (tt->gaz == NULL) {
        tt->gaz = calloc(slots, sizeof *tt->gaz);
        tt->gcnt = calloc(slots * TG_NCNT, sizeof *tt->gcnt);
        if (tt->gaz == NULL || tt->gcnt == NULL)
            return -1;
        tt->view.gaz = tt->gaz;
        tt->view.gcnt = tt->gcnt;
        tt->view.gazbits = TG_TRAINGAZ;
    }
    size_t i = (size_t)(key >> 20) & m;
    while (tt->gaz[i].key != 0 && tt->gaz[i].key != key)
        i = (i + 1) & m;
    if (tt->gaz[i].key == 0) {
        if (tt->ngaz >= slots / 2)
            return -1;
        tt->gaz[i].key = key;
        tt->ngaz++;
    }
    return (long)i;
}

/* Hash of the folded form of token i of d (tokfeat.lower). */
static uint64_t
tok_lower(const ws_doc *d, int32_t i, char *fold, size_t cap)
{
    size_t n = (size_t)ws_tok_blen(d, i);
    const char *s = ws_tok_ptr(d, i);
    if (4 * n + 16 > cap)
        n = (cap - 16) / 4;
    size_t fn = fold_into(s, n, fold, cap);
    return fnv(fold, fn);
}

/* Phrase key of tokens [a, b) of d. */
static uint64_t
phrase_key(const ws_doc *d, int32_t a, int32_t b, char *fold, size_t cap)
{
    uint64_t h = FNV_BASIS;
    for (int32_t i = a; i < b; i++)
        h = gaz_step(h, tok_lower(d, i, fold, cap));
    return h;
}

static int
gcnt_any(const ws_tagtrain *tt, long slot)
{
    return !gcnt_zero(tt->gcnt + (size_t)slot * TG_NCNT);
}

static int
cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Sentences per leave-out block when the training file has no document
 * boundaries. */
#define TG_LOOBLOCK 32

/* Sentences per document for the document pass when a .bio file has no
 * document boundaries (its sentences run in article order: WikiNEuRal
 * keeps an article's sentences together).  Measured on en/fr/de dev with
 * 8, 16, 32 and 64: all within 0.2 F1 of each other, en +1.0 over no
 * document pass, fr and de unchanged (within 0.2). */
#define TG_EVALBLOCK 16

/* Precomputes the gazetteer matches of the training file's sentences;
 * a phrase's training-data count of a type excludes its occurrences as
 * that type in the sentence's own document (block), so the weights learn
 * what a hit means for text the table was not built from. */
static int
gaz_precompute(ws_tagtrain *tt, ws_worker *w)
{
    const ws_doc *d = tt->gm_doc;
    const uint8_t *tags = tt->gm_tags;
    char fold[4096];
    uint64_t *bk = NULL;
    tokfeat *low = NULL;
    size_t nbk = 0, capbk = 0, n = 0, cap = 4096;
    int32_t ns, maxpara = 0;
    const int32_t blk = TG_LOOBLOCK;

    tt->gm_ready = 1;
    if (d == NULL)
        return 0;
    ns = d->sentences.n;
    for (int32_t s = 0; s < ns; s++)
        if (d->sentences.v[s].para > maxpara)
            maxpara = d->sentences.v[s].para;
    tt->goff = malloc((size_t)(ns + 1) * sizeof *tt->goff);
    tt->gm = malloc(cap * sizeof *tt->gm);
    if (tt->goff == NULL || tt->gm == NULL)
        return -WS_ENOMEM;
    for (int32_t b0 = 0, b1; b0 < ns; b0 = b1) {
        int32_t id0 = maxpara > 0 ? d->sentences.v[b0].para : b0 / blk;
        b1 = b0 + 1;
        while (b1 < ns &&
               (maxpara > 0 ? d->sentences.v[b1].para : b1 / blk) == id0)
            b1++;
        /* the block's own entities: key with the type in the low bits */
        nbk = 0;
        for (int32_t s = b0; s < b1; s++) {
            const ws_sentence *se = &d->sentences.v[s];
            int sn = se->tok1 - se->tok0;
            for (int i = 0; i < sn; i++)
                for (int len = 1; len <= TG_GAZMAXLEN && i + len <= sn; len++) {
                    int ty = gold_chunk(tags + se->tok0, sn, i, len);
                    if (ty < 0)
                        continue;
                    if (nbk + 2 > capbk) {
                        capbk = capbk ? 2 * capbk : 256;
                        uint64_t *nb = realloc(bk, capbk * sizeof *bk);
                        if (nb == NULL) {
                            free(bk);
                            return -WS_ENOMEM;
                        }
                        bk = nb;
                    }
                    uint64_t key = phrase_key(
                        d, se->tok0 + i, se->tok0 + i + len, fold, sizeof fold);
                    bk[nbk++] = (key & ~(uint64_t)7) | (uint64_t)ty;
                    if (len >= 2) {
                        /* its last word, counted as a tail (gcnt) */
                        key = phrase_key(d, se->tok0 + i + len - 1,
                                         se->tok0 + i + len, fold, sizeof fold);
                        bk[nbk++] = (key & ~(uint64_t)7) |
                                    (uint64_t)(WS_BIO_NTYPES + ty);
                    }
                }
        }
        qsort(bk, nbk, sizeof *bk, cmp_u64);
        for (int32_t s = b0; s < b1; s++) {
            const ws_sentence *se = &d->sentences.v[s];
            int sn = se->tok1 - se->tok0;
            tt->goff[s] = n;
            free(low);
            low = malloc((size_t)(sn + 1) * sizeof *low);
            if (low == NULL) {
                free(bk);
                return -WS_ENOMEM;
            }
            dict_ent *dict = dict_cached(w) ? tl_dict : NULL;
            uint64_t salt = dict_salt(w, lang_hash(tt->view.lang));
            for (int i = 0; i < sn; i++) {
                const char *p = ws_tok_ptr(d, se->tok0 + i);
                size_t b = (size_t)ws_tok_blen(d, se->tok0 + i);
                tok_features(&low[i], w, tt->view.lang, dict, tl_dmru,
                             dict ? dict_pre(salt, d->text, p, b) : 0, p, b,
                             fold, sizeof fold, 0, NULL, NULL, 0);
            }
            for (int i = 0; i < sn; i++) {
                uint64_t h = FNV_BASIS, hs = FNV_BASIS;
                for (int len = 1; len <= TG_GAZMAXLEN && i + len <= sn; len++) {
                    const tokfeat *x = &low[i + len - 1];
                    h = gaz_step(h, x->lower);
                    hs = gaz_step(hs, x->gstem ? x->gstem : x->lower);
                    uint64_t key = h; /* for the own-entity check */
                    long slot = gaz_find(tt->gaz, TG_TRAINGAZ, h);
                    if (hs != h &&
                        (slot < 0 || (tt->gaz[slot].mask == TG_PREFIX &&
                                      !gcnt_any(tt, slot)))) {
                        long s2 = gaz_find(tt->gaz, TG_TRAINGAZ, hs);
                        if (s2 >= 0) {
                            slot = s2;
                            key = hs;
                        }
                    }
                    if (slot < 0)
                        break;
                    uint32_t mask =
                        tt->gaz[slot].mask & ~TG_GAZTYPES & ~TG_PREFIX;
                    const uint16_t *c = tt->gcnt + (size_t)slot * TG_NCNT;
                    long owns[TG_NCNT] = {0};
                    for (int k = 0; k < TG_NCNT; k++) {
                        if (c[k] == 0)
                            continue;
                        uint64_t want = (key & ~(uint64_t)7) | (uint64_t)k;
                        long own = 0;
                        const uint64_t *hit =
                            nbk ? bsearch(&want, bk, nbk, sizeof *bk, cmp_u64)
                                : NULL;
                        if (hit != NULL) {
                            const uint64_t *a = hit, *z = hit;
                            while (a > bk && a[-1] == want)
                                a--;
                            while (z + 1 < bk + nbk && z[1] == want)
                                z++;
                            own = z - a + 1;
                        }
                        owns[k] = own;
                    }
                    mask |= gaz_typebits(c, owns);
                    if (mask == 0)
                        continue;
                    if (n == cap) {
                        cap *= 2;
                        tg_match *ng = realloc(tt->gm, cap * sizeof *ng);
                        if (ng == NULL) {
                            free(bk);
                            free(low);
                            return -WS_ENOMEM;
                        }
                        tt->gm = ng;
                    }
                    tt->gm[n].s = (uint16_t)i;
                    tt->gm[n].len = (uint16_t)len;
                    tt->gm[n].mask = mask;
                    n++;
                }
            }
        }
    }
    tt->goff[ns] = n;
    free(bk);
    free(low);
    return 0;
}

int
ws_tagtrain_gaz_bio(ws_tagtrain *tt, const ws_bio *b)
{
    const ws_doc *d = b->doc;
    char fold[4096];
    int added = 0;
    tt->gm_doc = d;
    tt->gm_tags = b->tags;
    tt->gm_ready = 0;
    for (int32_t s = 0; s < d->sentences.n; s++) {
        const ws_sentence *se = &d->sentences.v[s];
        int n = se->tok1 - se->tok0;
        const uint8_t *g = b->tags + se->tok0;
        for (int i = 0; i < n; i++) {
            for (int len = 1; len <= TG_GAZMAXLEN && i + len <= n; len++) {
                int ty = gold_chunk(g, n, i, len);
                if (ty < 0)
                    continue;
                long sl = -1;
                uint64_t h = FNV_BASIS;
                for (int k = 0; k < len; k++) {
                    h = gaz_step(
                        h, tok_lower(d, se->tok0 + i + k, fold, sizeof fold));
                    sl = gaz_slot(tt, h);
                    if (sl < 0)
                        return -WS_ENOMEM;
                    if (k + 1 < len)
                        tt->gaz[sl].mask |= TG_PREFIX;
                }
                uint16_t *c = &tt->gcnt[(size_t)sl * TG_NCNT + (size_t)ty];
                if (*c < 65535)
                    (*c)++;
                added++;
                if (len >= 2) {
                    /* the last word of a name of several words */
                    sl = gaz_slot(
                        tt,
                        gaz_step(FNV_BASIS, tok_lower(d, se->tok0 + i + len - 1,
                                                      fold, sizeof fold)));
                    if (sl < 0)
                        return -WS_ENOMEM;
                    c = &tt->gcnt[(size_t)sl * TG_NCNT + WS_BIO_NTYPES +
                                  (size_t)ty];
                    if (*c < 65535)
                        (*c)++;
                }
            }
        }
    }
    return added;
}

/* Index of external category name in tt (added when new), or -1 when
 * the mask has no room left. */
static int
gaz_cat(ws_tagtrain *tt, const char *name)
{
    for (int k = 0; k < tt->ncat; k++)
        if (strcmp(tt->cat[k], name) == 0)
            return k;
    if (WS_BIO_NTYPES + tt->ncat >= TG_GAZTAIL)
        return -1;
    snprintf(tt->cat[tt->ncat], sizeof tt->cat[0], "%s", name);
    return tt->ncat++;
}

int
ws_tagtrain_gaz_xbio(ws_tagtrain *tt, const ws_bio *b)
{
    static const char *const names[WS_BIO_NTYPES] = {"x-per", "x-org", "x-loc",
                                                     "x-misc"};
    const ws_doc *d = b->doc;
    char fold[4096];
    int added = 0, ci[WS_BIO_NTYPES];
    uint32_t xbits = 0;
    for (int t = 0; t < WS_BIO_NTYPES; t++) {
        if ((ci[t] = gaz_cat(tt, names[t])) < 0)
            return 0;
        xbits |= 1u << (WS_BIO_NTYPES + ci[t]);
    }
    size_t slots = (size_t)1 << TG_TRAINGAZ;
    if (tt->xcnt == NULL &&
        (tt->xcnt = calloc(slots * WS_BIO_NTYPES, sizeof *tt->xcnt)) == NULL)
        return -WS_ENOMEM;
    for (int32_t s = 0; s < d->sentences.n; s++) {
        const ws_sentence *se = &d->sentences.v[s];
        int n = se->tok1 - se->tok0;
        const uint8_t *g = b->tags + se->tok0;
        for (int i = 0; i < n; i++) {
            if (g[i] == 0 || !(g[i] & 1))
                continue;
            int len = 1;
            while (i + len < n && g[i + len] == g[i] + 1)
                len++;
            /* a name of this language's writing starts with a capital;
             * a lower-case one (German 'deutschen') is a word of its own
             * language */
            size_t j = 0;
            int32_t cp =
                ws_utf8_decode(ws_tok_ptr(d, se->tok0 + i),
                               (size_t)ws_tok_blen(d, se->tok0 + i), &j);
            if (len > TG_GAZMAXLEN || cp <= 0 || !ws_cp_is_upper(cp))
                continue;
            long sl = -1;
            uint64_t h = FNV_BASIS;
            for (int k = 0; k < len; k++) {
                h = gaz_step(h,
                             tok_lower(d, se->tok0 + i + k, fold, sizeof fold));
                sl = gaz_slot(tt, h);
                if (sl < 0)
                    return -WS_ENOMEM;
                if (k + 1 < len)
                    tt->gaz[sl].mask |= TG_PREFIX;
            }
            uint16_t *c =
                &tt->xcnt[(size_t)sl * WS_BIO_NTYPES + (size_t)(g[i] - 1) / 2];
            if (*c < 65535)
                (*c)++;
            added++;
        }
    }
    /* each phrase in the category of its most frequent type (the first
     * of equals): a name two languages tag differently ('Deutsche' ORG,
     * MISC or LOC) counts as what it mostly is */
    for (size_t sl = 0; sl < slots; sl++) {
        const uint16_t *c = &tt->xcnt[sl * WS_BIO_NTYPES];
        int best = 0;
        for (int t = 1; t < WS_BIO_NTYPES; t++)
            if (c[t] > c[best])
                best = t;
        if (c[best] == 0)
            continue;
        tt->gaz[sl].mask =
            (tt->gaz[sl].mask & ~xbits) | 1u << (WS_BIO_NTYPES + ci[best]);
    }
    return added;
}

int
ws_tagtrain_gaz_tsv(ws_tagtrain *tt, const char *path, char *err, size_t errlen)
{
    FILE *fp = fopen(path, "r");
    char line[1024], fold[4096];
    int added = 0;
    if (fp == NULL) {
        seterr(err, errlen, "%s: %s", path, strerror(errno));
        return -WS_EIO;
    }
    while (fgets(line, sizeof line, fp) != NULL) {
        size_t n = strcspn(line, "\r\n");
        line[n] = '\0';
        char *tab = strchr(line, '\t');
        if (line[0] == '#' || tab == NULL || tab == line)
            continue;
        *tab = '\0';
        const char *cat = tab + 1;
        char cname[24];
        snprintf(cname, sizeof cname, "%.*s", (int)strcspn(cat, "\t"), cat);
        int ci = gaz_cat(tt, cname);
        if (ci < 0)
            continue;
        /* tokens: the phrase split at spaces */
        uint64_t h = FNV_BASIS, pre[TG_GAZMAXLEN];
        int ntok = 0;
        for (char *p = line; *p != '\0';) {
            while (*p == ' ')
                p++;
            size_t m = strcspn(p, " ");
            if (m == 0)
                break;
            size_t fn = fold_into(p, m, fold, sizeof fold);
            h = gaz_step(h, fnv(fold, fn));
            if (ntok < TG_GAZMAXLEN)
                pre[ntok] = h;
            ntok++;
            p += m;
        }
        if (ntok == 0 || ntok > TG_GAZMAXLEN)
            continue;
        long sl = 0;
        for (int k = 0; k + 1 < ntok && sl >= 0; k++)
            if ((sl = gaz_slot(tt, pre[k])) >= 0)
                tt->gaz[sl].mask |= TG_PREFIX;
        if (sl >= 0)
            sl = gaz_slot(tt, h);
        if (sl < 0)
            break;
        tt->gaz[sl].mask |= 1u << (WS_BIO_NTYPES + ci);
        added++;
    }
    fclose(fp);
    return added;
}

static inline void
upd(ws_tagtrain *tt, uint32_t row, int col, float delta)
{
    size_t r = (size_t)row * WS_BIO_NTAGS + (size_t)col;
    tt->w[r] += delta;
    tt->u[r] += tt->c * delta;
}

/* Structured perceptron step: Viterbi with the current weights, then
 * gold features up and predicted features down where they differ. */
static int
train_viterbi(ws_tagtrain *tt, const ws_tagger *cur, tg_scratch *sc,
              const uint8_t *gold)
{
    uint8_t spred[TG_STACKTOK];
    uint8_t *pred = sc->n <= TG_STACKTOK ? spred : malloc((size_t)sc->n);
    uint32_t idx[TG_MAXFEAT], base[TG_NDYN];
    int errors = 0;
    unsigned bits = cur->bits;

    if (pred == NULL)
        return -WS_ENOMEM;
    if (sc->n > 0)
        viterbi(cur, sc->tf, sc->n, pred, sc->bp, NULL);
    /* static_feats() below reads them (viterbi() fills them only
     * on its uncached path) */
    tf_complete(cur, sc->tf, sc->n);
    mix_fill(sc->tf, sc->n);
    for (int i = 0; i < sc->n; i++) {
        int g = gold[i], p = pred[i];
        int gp = i > 0 ? gold[i - 1] : TG_START;
        int pp = i > 0 ? pred[i - 1] : TG_START;
        if (g != p)
            errors++;
        if (g == p && gp == pp)
            continue;
        if (g != p) {
            int k = static_feats(sc->tf, sc->n, i, bits, idx);
            for (int j = 0; j < k; j++) {
                upd(tt, idx[j], g, 1.0f);
                upd(tt, idx[j], p, -1.0f);
            }
        }
        vit_bases(&sc->tf[i], bits, base);
        for (int j = 0; j < TG_NDYN; j++) {
            upd(tt, base[j] + (uint32_t)gp, g, 1.0f);
            upd(tt, base[j] + (uint32_t)pp, p, -1.0f);
        }
    }
    tt->c += 1;
    if (pred != spred)
        free(pred);
    return errors;
}

int
ws_tagtrain_sentence(ws_tagtrain *tt, ws_worker *w, const ws_doc *d,
                     int32_t sent, const uint8_t *gold)
{
    tg_scratch sc;
    uint32_t idx[TG_MAXFEAT];
    float score[WS_BIO_NTAGS];
    ws_tagger cur = tt->view;
    unsigned bits = tt->view.bits;
    int errors = 0, rc;

    cur.wf = tt->w;
    if (tt->gaz != NULL && !tt->gm_ready) {
        rc = gaz_precompute(tt, w);
        if (rc < 0)
            return rc;
    }
    const tg_match *pm = NULL;
    int npm = 0;
    if (tt->gm_doc == d && tt->goff != NULL) {
        pm = tt->gm + tt->goff[sent];
        npm = (int)(tt->goff[sent + 1] - tt->goff[sent]);
    }
    rc = scratch_fill(&sc, w, &cur, d, sent, pm, npm);
    if (rc < 0)
        return rc;
    if (tt->view.mode == TG_VITERBI) {
        errors = train_viterbi(tt, &cur, &sc, gold);
        scratch_done(&sc);
        return errors;
    }
    int p1 = TG_START, p2 = TG_START;
    for (int i = 0; i < sc.n; i++) {
        int k = static_feats(sc.tf, sc.n, i, bits, idx);
        k += dyn_feats(sc.tf, i, p1, p2, bits, idx + k);
        score_rows(&cur, idx, k, score);
        int pred = best_tag(score, p1);
        int g = gold[i];
        if (pred != g) {
            errors++;
            for (int j = 0; j < k; j++) {
                size_t r = (size_t)idx[j] * WS_BIO_NTAGS;
                tt->w[r + (size_t)g] += 1.0f;
                tt->u[r + (size_t)g] += tt->c;
                tt->w[r + (size_t)pred] -= 1.0f;
                tt->u[r + (size_t)pred] -= tt->c;
            }
        }
        tt->c += 1;
        p2 = p1;
        p1 = g; /* gold history: see the header comment */
    }
    scratch_done(&sc);
    return errors;
}

const ws_tagger *
ws_tagtrain_average(ws_tagtrain *tt)
{
    double inv = 1.0 / tt->c;
    for (size_t i = 0; i < tt->nw; i++)
        tt->avg[i] = (float)(tt->w[i] - tt->u[i] * inv);
    tt->view.wf = tt->avg;
    return &tt->view;
}

int
ws_tagtrain_keep(ws_tagtrain *tt)
{
    if (tt->best == NULL) {
        tt->best = malloc(tt->nw * sizeof *tt->best);
        if (tt->best == NULL)
            return -WS_ENOMEM;
    }
    memcpy(tt->best, tt->avg, tt->nw * sizeof *tt->best);
    return 0;
}

const ws_tagger *
ws_tagtrain_best(ws_tagtrain *tt)
{
    if (tt->best != NULL)
        tt->view.wf = tt->best;
    return &tt->view;
}

/* ---- .bio files ---- */

static int
tag_parse(const char *s, size_t n)
{
    static const char *const names[WS_BIO_NTYPES] = {"PER", "ORG", "LOC",
                                                     "MISC"};
    if (n == 1 && s[0] == 'O')
        return 0;
    if (n < 3 || (s[0] != 'B' && s[0] != 'I') || s[1] != '-')
        return -1;
    for (int t = 0; t < WS_BIO_NTYPES; t++)
        if (n - 2 == strlen(names[t]) && memcmp(s + 2, names[t], n - 2) == 0)
            return s[0] == 'B' ? 1 + 2 * t : 2 + 2 * t;
    return -1;
}

void
ws_bio_free(ws_bio *b)
{
    if (b == NULL)
        return;
    ws_doc_free(b->doc);
    free(b->tags);
    b->doc = NULL;
    b->tags = NULL;
}

int
ws_bio_read(ws_bio *out, const char *path, const char *lang, char *err,
            size_t errlen)
{
    FILE *fp = NULL;
    char *line = NULL;
    size_t lcap = 0;
    ws_buf text = {0};
    ws_doc *d = NULL;
    uint8_t *tags = NULL;
    int32_t tcap = 0;
    long lineno = 0;
    int rc = 0;
    int32_t sent0 = 0; /* first token of the open sentence */
    int32_t ndoc = 0;
    int32_t cp = 0;

    memset(out, 0, sizeof *out);
    fp = fopen(path, "r");
    if (fp == NULL) {
        seterr(err, errlen, "%s: %s", path, strerror(errno));
        return -WS_EIO;
    }
    d = ws_doc_new();
    if (d == NULL) {
        rc = -WS_ENOMEM;
        goto done;
    }
    snprintf(d->lang, sizeof d->lang, "%s", lang != NULL ? lang : "");
    d->lang_given = 1;
    for (;;) {
        ssize_t got = getline(&line, &lcap, fp);
        size_t n = got > 0 ? (size_t)got : 0;
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        if (got >= 0 && n > 0 && line[0] == '#' && (n == 1 || line[1] == ' ')) {
            if (n > 9 && memcmp(line, "# newdoc", 8) == 0 && d->tokens.n > 0)
                ndoc++; /* sentences carry their document's index */
            continue;
        }
        if (got < 0 || n == 0) {
            /* end of a sentence */
            if (d->tokens.n > sent0) {
                ws_sentence *s = WS_PUSH(d->sentences);
                if (s == NULL) {
                    rc = -WS_ENOMEM;
                    goto done;
                }
                int32_t si = d->sentences.n - 1;
                s->tok0 = sent0;
                s->tok1 = d->tokens.n;
                s->start = d->tokens.v[sent0].start;
                s->end = d->tokens.v[d->tokens.n - 1].end;
                s->para = ndoc;
                for (int32_t i = sent0; i < d->tokens.n; i++)
                    d->tokens.v[i].sent = si;
                d->tokens.v[sent0].flags |= WS_TOK_SENT0;
                d->tokens.v[d->tokens.n - 1].flags &= ~(uint32_t)WS_TOK_SPACE;
                text.buf[text.len - 1] = '\n';
                sent0 = d->tokens.n;
            }
            if (got < 0)
                break;
            continue;
        }
        char *tab = memchr(line, '\t', n);
        if (tab == NULL || tab == line) {
            seterr(err, errlen, "%s:%ld: expected token<TAB>tag", path, lineno);
            rc = -WS_EFIELD;
            goto done;
        }
        size_t tl = (size_t)(tab - line);
        int tg = tag_parse(tab + 1, n - tl - 1);
        if (tg < 0 || ws_utf8_invalid_at(line, tl) >= 0) {
            seterr(err, errlen, "%s:%ld: bad tag or invalid UTF-8", path,
                   lineno);
            rc = -WS_EFIELD;
            goto done;
        }
        ws_token *t = WS_PUSH(d->tokens);
        if (t == NULL) {
            rc = -WS_ENOMEM;
            goto done;
        }
        if (d->tokens.n > tcap) {
            int32_t nc = tcap ? tcap * 2 : 4096;
            uint8_t *nt = realloc(tags, (size_t)nc);
            if (nt == NULL) {
                rc = -WS_ENOMEM;
                goto done;
            }
            tags = nt;
            tcap = nc;
        }
        tags[d->tokens.n - 1] = (uint8_t)tg;
        int32_t ncp = 0;
        for (size_t i = 0; i < tl; i++)
            if (((unsigned char)line[i] & 0xc0) != 0x80)
                ncp++;
        t->bstart = (int32_t)text.len;
        t->bend = (int32_t)(text.len + tl);
        t->start = cp;
        t->end = cp + ncp;
        t->flags = WS_TOK_SPACE;
        cp += ncp + 1;
        ws_buf_put(&text, line, tl);
        ws_buf_putc(&text, ' ');
        if (text.oom) {
            rc = -WS_ENOMEM;
            goto done;
        }
    }
    if (ferror(fp)) {
        seterr(err, errlen, "%s: %s", path, "read error");
        rc = -WS_EIO;
        goto done;
    }
    d->text = ws_arena_strndup(d->arena, text.buf ? text.buf : "", text.len);
    if (d->text == NULL) {
        rc = -WS_ENOMEM;
        goto done;
    }
    d->len = text.len;
    rc = ws_doc_index(d);
    if (rc < 0)
        goto done;
    d->done |= WS_DONE_TOKENIZE;
    out->doc = d;
    out->tags = tags;
    d = NULL;
    tags = NULL;
    rc = 0;
done:
    if (rc == -WS_ENOMEM)
        seterr(err, errlen, "%s: %s", path, "out of memory");
    free(line);
    ws_buf_free(&text);
    ws_doc_free(d);
    free(tags);
    fclose(fp);
    return rc;
}

/* Counts of exact-span chunks per type, conlleval style. */
typedef struct {
    long gold[WS_BIO_NTYPES], pred[WS_BIO_NTYPES], ok[WS_BIO_NTYPES];
    long ntok, nsent;
} tg_counts;

/* Chunk starting at i (tags of one sentence, n long): returns its type
 * and sets *end, or -1 when no chunk starts at i. */
static int
chunk_at(const uint8_t *tg, int n, int i, int *end)
{
    int t = tg[i];
    if (t == 0)
        return -1;
    int type = (t - 1) / 2;
    int prev = i > 0 ? tg[i - 1] : 0;
    if (!(t & 1) && prev != 0 && (prev - 1) / 2 == type)
        return -1; /* continuation */
    int j = i + 1;
    while (j < n && tg[j] == 2 + 2 * type)
        j++;
    *end = j;
    return type;
}

static void
count_sentence(tg_counts *c, const uint8_t *gold, const uint8_t *pred, int n)
{
    for (int i = 0; i < n; i++) {
        int ge = -1, pe = -1;
        int gt = chunk_at(gold, n, i, &ge);
        int pt = chunk_at(pred, n, i, &pe);
        if (gt >= 0)
            c->gold[gt]++;
        if (pt >= 0)
            c->pred[pt]++;
        if (gt >= 0 && gt == pt && ge == pe)
            c->ok[gt]++;
    }
    c->ntok += n;
    c->nsent++;
}

static double
f1_of(long ok, long gold, long pred, double *p, double *r)
{
    *p = pred ? 100.0 * (double)ok / (double)pred : 0;
    *r = gold ? 100.0 * (double)ok / (double)gold : 0;
    return *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

int
ws_bio_score(const ws_tagger *t, ws_worker *w, const ws_bio *b, FILE *out,
             double *f1)
{
    static const char *const names[WS_BIO_NTYPES] = {"PER", "ORG", "LOC",
                                                     "MISC"};
    tg_counts c;
    const ws_doc *d = b->doc;
    struct timespec t0, t1;
    uint8_t *pred = malloc((size_t)d->tokens.n + 1);
    int32_t maxpara = 0;

    if (pred == NULL)
        return -WS_ENOMEM;
    memset(&c, 0, sizeof c);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int32_t s = 0; s < d->sentences.n; s++) {
        const ws_sentence *se = &d->sentences.v[s];
        int rc = ws_tagger_tag(t, w, d, s, pred + se->tok0);
        if (rc < 0) {
            free(pred);
            return rc;
        }
        if (se->para > maxpara)
            maxpara = se->para;
    }
    /* the document pass, as the stage runs it over an article: over
     * each document of a file with documents ('# newdoc'), over blocks
     * of TG_EVALBLOCK sentences in a file without them */
    for (int32_t s0 = 0, s1; s0 < d->sentences.n; s0 = s1) {
        s1 = s0 + 1;
        while (s1 < d->sentences.n &&
               (maxpara > 0 ? d->sentences.v[s1].para == d->sentences.v[s0].para
                            : s1 - s0 < TG_EVALBLOCK))
            s1++;
        int rc = ws_tagger_doc_pass(d, s0, s1, pred);
        if (rc < 0) {
            free(pred);
            return rc;
        }
    }
    /* and the ner stage's corrections of the tags */
    int frc = ws_ner_fix_tags(w, b->doc, pred);
    if (frc < 0) {
        free(pred);
        return frc;
    }
    for (int32_t s = 0; s < d->sentences.n; s++) {
        const ws_sentence *se = &d->sentences.v[s];
        count_sentence(&c, b->tags + se->tok0, pred + se->tok0,
                       se->tok1 - se->tok0);
    }

    free(pred);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    /* A type the gold file never uses is not scored (WikiANN has no
     * MISC): its predictions would all count as false positives. */
    long tg = 0, tp = 0, tok = 0;
    int unscored = 0;
    for (int i = 0; i < WS_BIO_NTYPES; i++) {
        if (c.gold[i] == 0 && c.ntok > 1000) {
            unscored |= 1 << i;
            continue;
        }
        tg += c.gold[i];
        tp += c.pred[i];
        tok += c.ok[i];
    }
    double p, r, f = f1_of(tok, tg, tp, &p, &r);
    if (f1 != NULL)
        *f1 = f;
    if (out != NULL) {
        double secs = (double)(t1.tv_sec - t0.tv_sec) +
                      (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
        fprintf(out,
                "%ld tokens, %ld sentences, %ld gold / %ld found / %ld "
                "correct entities, %.0f tokens/s\n",
                c.ntok, c.nsent, tg, tp, tok,
                secs > 0 ? (double)c.ntok / secs : 0.0);
        fprintf(out, "%-6s %6s %6s %6s %7s %7s %7s\n", "type", "gold", "found",
                "ok", "P", "R", "F1");
        for (int i = 0; i < WS_BIO_NTYPES; i++) {
            double tp1, tr1, tf1;
            if (c.gold[i] == 0 && c.pred[i] == 0)
                continue;
            tf1 = f1_of(c.ok[i], c.gold[i], c.pred[i], &tp1, &tr1);
            fprintf(out, "%-6s %6ld %6ld %6ld %7.2f %7.2f %7.2f\n", names[i],
                    c.gold[i], c.pred[i], c.ok[i], tp1, tr1, tf1);
        }
        fprintf(out, "%-6s %6ld %6ld %6ld %7.2f %7.2f %7.2f\n", "ALL", tg, tp,
                tok, p, r, f);
        for (int i = 0; i < WS_BIO_NTYPES; i++)
            if (unscored & (1 << i))
                fprintf(out, "(%s: not in the gold file, not scored)\n",
                        names[i]);
    }
    return 0;
}

int
ws_bio_eval(ws_worker *w, const char *lang, const char *path, FILE *out,
            double *f1)
{
    ws_bio b;
    char err[512];
    const ws_tagger *t;

    if (w == NULL || lang == NULL || lang[0] == '\0') {
        if (out != NULL)
            fprintf(out, "%s: no language given\n", path);
        return -WS_EINTERNAL;
    }
    t = ws_models_tagger(ws_worker_models(w), lang);
    if (t == NULL) {
        if (out != NULL)
            fprintf(out, "%s: no tagger model for language '%s'\n", path, lang);
        return -WS_EMODEL;
    }
    int rc = ws_bio_read(&b, path, lang, err, sizeof err);
    if (rc < 0) {
        if (out != NULL)
            fprintf(out, "%s\n", err);
        return rc;
    }
    if (out != NULL)
        fprintf(out, "%s (%s):\n", path, lang);
    rc = ws_bio_score(t, w, &b, out, f1);
    ws_bio_free(&b);
    return rc;
}
