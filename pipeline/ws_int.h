/*
 * ws_int.h - private interfaces shared between the library's modules.
 * Not installed; stages/ and tests/ may include it, users of the library
 * include only ws.h.
 */
#ifndef WS_INT_H
#define WS_INT_H

#include <stdbool.h>
#include <string.h>

#include "ws.h"

/* ---- utf8.c: the utf8proc adapter ---- */

/* ws_utf8_decode() past its inline fast paths (any s[*i]) */
int32_t ws_utf8__decode(const char *s, size_t len, size_t *i);
/* Decodes one code point at s[*i] (len bytes); advances *i.  Returns the
 * code point or -1 for an invalid sequence (then *i advances by one).
 * ASCII and two-byte sequences inline: it is called per character. */
static inline int32_t
ws_utf8_decode(const char *s, size_t len, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s + *i;
    if (*i < len && u[0] < 0x80) {
        (*i)++;
        return u[0];
    }
    if (len - *i >= 2 && u[0] >= 0xC2 && u[0] <= 0xDF &&
        (u[1] & 0xC0) == 0x80) {
        *i += 2;
        return ((int32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    }
    return ws_utf8__decode(s, len, i);
}

/* The masks of a text's n bytes (1 to 24) in three 8-byte words, the
 * bytes after them 0: ws_keep24[n - 1] (lexicon.c) */
extern const uint64_t ws_keep24[24][3];

/* ASCII capitals of the eight bytes of v made small (bytes from 0x80 on
 * kept): per byte b below 0x80, b + 0x3f has its high bit from 'A' on
 * and b + 0x25 from 'Z' + 1 on (no carry leaves a byte), so their
 * difference marks A-Z, and moved down two bits it is the 0x20 to add */
static inline uint64_t
ws_ascii_lower8(uint64_t v)
{
    const uint64_t hi = 0x8080808080808080ULL, lo = ~hi;
    uint64_t a = v & lo;
    return v | (((a + 0x3f3f3f3f3f3f3f3fULL) & ~(a + 0x2525252525252525ULL) &
                 ~v & hi) >>
                2);
}

/* The first token from i on, before end, whose tag (one byte a token) is
 * not 0 (O), or end: eight tags a load, where a test a token was
 * mispredicted some 60 000 times per MB of English news (most tokens are
 * O); the rest by the last eight tags before end, those before i shifted
 * out (tags has at least end bytes readable from 0).  The tagger's
 * document pass and ner's passes over its tags look for names with it. */
static inline int32_t
ws_next_tag(const uint8_t *tags, int32_t i, int32_t end)
{
    const int le = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
    uint64_t w;
    for (; i + 8 <= end; i += 8) {
        memcpy(&w, tags + i, 8);
        if (w != 0)
            return i + (le ? __builtin_ctzll(w) : __builtin_clzll(w)) / 8;
    }
    if (i >= end)
        return i;
    if (end < 8) {
        while (i < end && tags[i] == 0)
            i++;
        return i;
    }
    memcpy(&w, tags + end - 8, 8);
    unsigned sh = 8 * (unsigned)(i - (end - 8));
    w = le ? w >> sh : w << sh;
    if (w == 0)
        return end;
    return i + (le ? __builtin_ctzll(w) : __builtin_clzll(w)) / 8;
}
/* Encodes cp into out (4 bytes room); returns the number of bytes. */
int ws_utf8_encode(int32_t cp, char *out);
/* Validates; returns the byte offset of the first invalid byte or -1. */
long ws_utf8_invalid_at(const char *s, size_t len);
/* NFC of s (valid UTF-8) into a malloc'd string; *outlen set.  Returns
 * NULL when out of memory. Caller frees with free(). */
char *ws_utf8_nfc(const char *s, size_t len, size_t *outlen);
/* True when s is certainly NFC already (fast check). */
bool ws_utf8_is_nfc_quick(const char *s, size_t len);
/* Case-folds s into buf (NUL-terminated, at most cap bytes incl. NUL);
 * returns the length or -1 when it does not fit. */
int ws_utf8_fold(const char *s, size_t len, char *buf, size_t cap);
/* Unicode general category helpers. */
bool ws_cp_is_letter(int32_t cp);
bool ws_cp_is_upper(int32_t cp);
bool ws_cp_is_lower(int32_t cp);
bool ws_cp_is_digit(int32_t cp);
bool ws_cp_is_space(int32_t cp);
bool ws_cp_is_punct(int32_t cp); /* punctuation or symbol */
bool ws_cp_is_quote(int32_t cp);
bool ws_cp_is_dash(int32_t cp);
/* letter (1), upper-case letter (2), decimal digit (4) in one lookup */
enum { WS_CP_LETTER = 1, WS_CP_UPPER = 2, WS_CP_DIGIT = 4 };
int ws_cp_class(int32_t cp);

/* ---- hash map (string -> value), open addressing, arena-free ---- */
typedef struct ws_map ws_map;
ws_map *ws_map_new(void);
void ws_map_free(ws_map *m); /* frees keys it copied; values are opaque */
/* Inserts or replaces; the key is copied.  Returns 0 or -WS_ENOMEM. */
int ws_map_put(ws_map *m, const char *key, size_t klen, void *value);
void *ws_map_get(const ws_map *m, const char *key, size_t klen);
size_t ws_map_count(const ws_map *m);

/* ---- lexicon.c: reviewable text lexicons ----
 * File format (models/<lang>/<name>.tsv): UTF-8, '#' starts a comment,
 * one entry per line: "phrase<TAB>value".  The phrase is words separated
 * by single spaces, matched token by token on case-folded text; a word
 * ending in '*' matches any token starting with that prefix (for
 * inflection: "засуд*").  Value is free text (the module reading the
 * lexicon gives it meaning); missing value = "1".
 */
typedef struct ws_lex ws_lex;
/* The lexicon at path, or NULL with a message in err and errno set
 * (ENOENT: there is no such file). */
ws_lex *ws_lex_load(const char *path, char *err, size_t errlen);
void ws_lex_free(ws_lex *lx);
size_t ws_lex_size(const ws_lex *lx);
/* Value of a one-word entry (key already case-folded), prefix entries
 * included; NULL when absent. */
const char *ws_lex_word(const ws_lex *lx, const char *folded, size_t n);
/* ws_lex_word() with ws_map_hash() of the n bytes (h) and of the first
 * two (ph) already known (ws_tok_forms_x's fh and ph) */
const char *ws_lex_word_h(const ws_lex *lx, const char *folded, size_t n,
                          uint64_t h, uint64_t ph);
/* ws_kind_name() and ws_stance_name() as JSON strings (quoted), their
 * bytes in *len (static strings) */
const char *ws_kind_json(int kind, size_t *len);
const char *ws_stance_json(int stance, size_t *len);
/* Longest entry matching the tokens of d from tok on (not crossing the
 * sentence).  Returns the number of tokens matched (0 = none) and sets
 * *value.  With w non-NULL, Hunspell stems of the tokens are tried too. */
int ws_lex_match(const ws_lex *lx, ws_worker *w, const ws_doc *d, int32_t tok,
                 const char **value);
/* Between ws_lex_memo_begin(d) and ws_lex_memo_end() (one thread, d's
 * tokens unchanged), ws_lex_match on d remembers each lexicon's answer
 * per token (in the thread's scratch, else d's arena) and gives it
 * again without a lookup. */
void ws_lex_memo_begin(ws_doc *d);
void ws_lex_memo_end(void);
/* The word tokens t0 .. t1 - 1 of d asked of n lexicons (n <= 8) in one
 * pass: bit k of maybe[tok - t0] is clear when ws_lex_match(lxs[k], w, d,
 * tok) answers 0 (known of the token's text before: no lookup), set when
 * it may not.  Between ws_lex_memo_begin(d) and _end (else every bit is
 * set); a token not a word gets every bit. */
void ws_lex_scan(const ws_lex *const *lxs, int n, ws_worker *w, const ws_doc *d,
                 int32_t t0, int32_t t1, uint8_t *maybe);
/* The value of token tok of d in lx as a one-word entry: ws_lex_word_h()
 * of its folded form, else (use_stem) ws_lex_word() of its stem
 * (ws_tok_forms_x's).  1 with *value set (NULL: none); 0 when the
 * token's forms cannot be had (ws_tok_forms_x fails).  Between
 * ws_lex_memo_begin(d) and _end, answered from the thread's token
 * cache when the token's text was asked about before. */
int ws_lex_tok_word(const ws_lex *lx, ws_worker *w, const ws_doc *d,
                    int32_t tok, int use_stem, const char **value);
/* The thread's token cache (ws_lex_match and ws_lex_tok_word between
 * ws_lex_memo_begin and _end): per distinct token text and language,
 * the token's hashes and each lexicon's answer decided by the token
 * alone, kept across documents.  Fixed size (direct-mapped: a new text
 * evicts the one in its slot); emptied when another worker uses the
 * thread.  For the tests: the counts since the thread's last reset, and
 * the reset. */
typedef struct {
    uint64_t hits;   /* a token's text found in the cache */
    uint64_t fills;  /* put into an empty slot */
    uint64_t evicts; /* put into a slot another text held */
    uint64_t ans;    /* lexicon answers read from the cache */
    uint64_t nos;    /* ws_lex_match's answers 0 read from a token's bits */
} ws_lex_tcstats;
ws_lex_tcstats ws_lex_tc_stats(void);
void ws_lex_tc_reset(void);
/* Slots of the token cache (a power of two). */
#define WS_LEX_TC_SLOTS 2048
/* A serial number of the worker, unique in the process. */
uint64_t ws_worker_serial(const ws_worker *w);
/* A cache table a thread keeps across documents for the worker it runs:
 * the caller holds one ws_tltab per table in a _Thread_local.
 * ws_tltab_get() returns the thread's table of n bytes for worker w,
 * zeroed when first made and whenever another worker uses the thread,
 * freed when the thread ends; NULL when it cannot be made. */
typedef struct {
    void *p;      /* the table, NULL: not made yet */
    uint64_t wid; /* ws_worker_serial() of the worker it holds */
} ws_tltab;
void *ws_tltab_get(ws_tltab *t, const ws_worker *w, size_t n);
/* The unused part of a scratch buffer (a thread's ws_tltab table lent to
 * one document): ws_bump_take() gives n bytes from its front, aligned
 * to a cache line, or NULL when they do not fit (or none is lent: p
 * NULL, left 0); the caller then takes them from the document's arena. */
typedef struct {
    char *p;
    size_t left;
} ws_bump;
static inline void *
ws_bump_take(ws_bump *b, size_t n)
{
    size_t r = (n + 63) & ~(size_t)63;
    if (r < n || r > b->left)
        return NULL;
    void *p = b->p;
    b->p += r;
    b->left -= r;
    return p;
}

/* ---- annotate.c ---- */
enum {
    WS_ANNOTATE_TOKENIZE = 1 << 0,
    WS_ANNOTATE_NER = 1 << 1,
    WS_ANNOTATE_STANCE = 1 << 2,
    WS_ANNOTATE_ALL = 7
};
/* Runs the stages (WS_ANNOTATE_* mask; a later stage runs the earlier
 * ones) on d under the error policy: unreadable records are left alone,
 * empty ones and missing models/dictionaries are recorded on d.  prog
 * names the stage in error records.  Returns the stage's result. */
int ws_annotate(ws_worker *w, ws_doc *d, unsigned stages, const char *prog);
/* ws_annotate() on the n documents of docs, stage by stage: each stage
 * runs on every document before the next stage starts, so that its code,
 * model and caches stay in the core's caches across the batch (see
 * annotate.c).  Each document gets what ws_annotate() would give it: the
 * same annotations, errors and time bound. */
void ws_annotate_batch(ws_worker *w, ws_doc **docs, int n, unsigned stages,
                       const char *prog);
/* ws_annotate_batch() that hands each document to done(ctx, d), in
 * order, once its last stage is through, so that its record is written
 * while its annotations are still in the core's cache.  That stage
 * allocates in *spare (NULL at first; free it with ws_arena_spare_free),
 * a block lent to d's arena and taken back when done() returns: then d
 * keeps what it was read with, without its annotations and the errors
 * that stage added (ws_doc_reset() it before it is read into again). */
typedef void (*ws_annotate_done)(void *ctx, ws_doc *d);
void ws_annotate_batch_emit(ws_worker *w, ws_doc **docs, int n, unsigned stages,
                            const char *prog, ws_annotate_done done, void *ctx,
                            void **spare);
/* The stages d has to go through for `stages` (WS_ANNOTATE_* mask; a
 * later stage runs the earlier ones whose results d lacks): 0 to 3 */
int ws_annotate_todo(const ws_doc *d, unsigned stages);
/* the documents ws_annotate_batch() takes through the stages together
 * (more are done in turns of this many) */
#define WS_BATCH_MAX 64

/* ---- file.c ---- */
/* Appends the whole file at path to b.  0, or -errno (-ENOENT: there is
 * no such file; -ENOMEM: b->oom is set); b keeps what was read. */
int ws_file_slurp(const char *path, ws_buf *b);
/* A file's identity as stat(2) gives it: a file replaced, rewritten or
 * touched has another (no padding: compared and hashed as bytes). */
typedef struct {
    uint64_t dev, ino, size;
    int64_t mtime_s, mtime_ns, ctime_s, ctime_ns;
} ws_file_id;
struct stat;
/* The identity of the file of st. */
ws_file_id ws_file_id_of(const struct stat *st);
/* Writes the na bytes at a, then the nb at b, to a new file beside path
 * (path.<pid>.tmp) and renames it to path: a reader finds the old file or
 * the whole new one.  0, or -errno (the new file removed). */
int ws_file_replace(const char *path, const void *a, size_t na, const void *b,
                    size_t nb);

/* ---- reader.c ---- */
/* errno of a read failure on the reader's stream, or 0. */
int ws_reader_error(const ws_reader *r);
/* Lines read so far. */
long ws_reader_line(const ws_reader *r);

/* ---- models.c: per-language resources ---- */
/* Lexicon `name` for `lang` (loaded on first use, shared read-only), or
 * NULL when the file does not exist. */
const ws_lex *ws_models_lex(ws_models *m, const char *lang, const char *name);
/* The first model or lexicon file of lang that exists but could not be
 * used (or the tagger model missing for a supported language), as a
 * message; NULL when everything loaded so far is fine.  Owned by m. */
const char *ws_models_problem(ws_models *m, const char *lang);
/* Path of a model file (models/<lang>/<file>) into buf. */
void ws_models_path(const ws_models *m, const char *lang, const char *file,
                    char *buf, size_t cap);

typedef struct ws_icu ws_icu;

/* ---- worker access ---- */
ws_models *ws_worker_models(ws_worker *w);
/* The worker's ICU state (break iterators cached per locale). */
ws_icu *ws_worker_icu(ws_worker *w);

/* Case-folded text of token i (worker scratch, valid until the next call
 * with the same slot 0..3). */
const char *ws_tok_fold(ws_worker *w, const ws_doc *d, int32_t i, int slot,
                        size_t *len);
/* Hunspell stem of a word (case-folded), cached per word form; returns the
 * word itself when no dictionary or no stem. Valid until the models are
 * freed when it came from the shared answers, else until the worker's
 * caches are dropped twice (ws_worker_set_cache_limit): use it at once. */
const char *ws_stem(ws_worker *w, const char *lang, const char *word,
                    size_t len);
/* 1 when the word is in the language's dictionary, 0 when not, -1 when
 * there is no dictionary. Cached. */
int ws_spell(ws_worker *w, const char *lang, const char *word, size_t len);
/* 1 when ws_spell() can answer for lang (its dictionary is there), 0
 * when it returns -1 for every word. */
int ws_spell_avail(ws_worker *w, const char *lang);
/* Has the worker opened (or tried to open) LANG's dictionary already:
 * was it asked about the language's words?  Loads nothing. */
int ws_spell_tried(ws_worker *w, const char *lang);

/* 1 when lang should have a Hunspell dictionary and its files are
 * missing (the stages then run without stems and say so). */
int ws_worker_dict_missing(ws_worker *w, const char *lang);

/* ---- hunspell.c: the Hunspell adapter (per worker) ---- */
typedef struct ws_hun ws_hun;
/* Dictionary folder ($WHOSAID_HUNSPELL_DIR or /usr/share/hunspell) and
 * the dictionary name for a language ("en_US"), NULL when none. */
const char *ws_hun_dir(void);
const char *ws_hun_dicname(const char *lang);
/* What to say of lang's missing dictionary (ws_worker_dict_missing): "no
 * Hunspell dictionary for LANG in DIR", or, when its files are there but
 * the last load ran out of memory (or iconv lacks its encoding), that it
 * could not be loaded and why.  snprintf's answer. */
int ws_hun_why_missing(const char *lang, char *buf, size_t cap);
/* Opens the dictionary for lang; NULL when its files are missing (or
 * memory ran out: ws_hun_failed()). */
ws_hun *ws_hun_open(const char *lang);
/* Copies the pair aff/dic with the .dic's flag strings as AF aliases
 * (one shared flag vector per distinct string instead of one per word)
 * into two unlinked temporary files, open in *aff_out and *dic_out (their
 * names through /proc in aff_path and dic_path); -1 when the pair cannot
 * be aliased as it is (already aliased, blanks in the flags, ...).
 * ws_hun_open() loads the copies ($WHOSAID_HUNSPELL_PLAIN: the originals). */
int ws_hun_compact(const char *aff, const char *dic, FILE **aff_out,
                   FILE **dic_out, char *aff_path, char *dic_path, size_t cap);
void ws_hun_free(ws_hun *h);
/* 1 when word is correct, 0 when not; -1 when libhunspell ran out of
 * memory (not an answer: ws_hun_failed() is then set). */
int ws_hun_spell(ws_hun *h, const char *word);
/* First stem into buf; returns its length, 0 when none, -1 as spell. */
int ws_hun_stem(ws_hun *h, const char *word, char *buf, size_t cap);
/* Both answers from one question where the dictionary allows (see
 * hunspell.c): returns ws_hun_stem's answer, or WS_HUN_NO_STEM when the
 * stem was not asked; *spell takes ws_hun_spell's (1, 0, or -1 out of
 * memory, the return being -1 then too). */
int ws_hun_stem_spell(ws_hun *h, const char *word, char *buf, size_t cap,
                      int *spell);
#define WS_HUN_NO_STEM (-2)
/* 1 when this thread ran out of memory in the adapter (a call into
 * libhunspell threw std::bad_alloc, or ws_hun_open() could not allocate)
 * since the last call; clears it.  ws_annotate() makes it the document's
 * out of memory. */
int ws_hun_failed(void);
/* How often this thread called the program's clock() (hunspell.c: what
 * libhunspell reads its time bound from) and how often that read the
 * process's CPU clock (tests). */
void ws_hun_clock_counts(unsigned long *calls, unsigned long *reads);
/* ws_hun_stem as Hunspell_stem() answers it (tests: the reference). */
int ws_hun_stem_ref(ws_hun *h, const char *word, char *buf, size_t cap);
/* ws_hun_spell always asking Hunspell (tests: the reference). */
int ws_hun_spell_ref(ws_hun *h, const char *word);
/* Sets seen[c] for every byte c of s[0..n) that is ASCII punctuation
 * but . , - ' < (the characters whose absence from a dictionary answers
 * a word without Hunspell); may set others of s too. */
void ws_hun_mark_seen(unsigned char *seen, const char *s, size_t n);

/* ---- shcache.c: word answers shared by the threads (second level) ----
 * key -> answer bits and an optional value, read without a lock from any
 * thread; puts take a mutex.  An entry's key and value never change and
 * stay where they are until the cache is freed; its bits are only added
 * to.  Bounded by max_entries keys and max_bytes of entries: once full,
 * puts of new keys are refused.  h is the key's ws_map_hash() (its low
 * 32 bits); keys up to 255 bytes, values up to 65535. */
typedef struct ws_shcache ws_shcache;
ws_shcache *ws_shcache_new(size_t max_entries, size_t max_bytes);
void ws_shcache_free(ws_shcache *c);
/* The entry of key, NULL when absent (or c is NULL). */
const unsigned char *ws_shcache_get(ws_shcache *c, const char *key, size_t klen,
                                    uint32_t h);
/* An entry's bits (as they are now), its key's copy and its value
 * (*vlen 0: none), both NUL-terminated. */
unsigned ws_shcache_bits(const unsigned char *e);
const char *ws_shcache_key(const unsigned char *e);
const char *ws_shcache_value(const unsigned char *e, size_t *vlen);
/* Adds bits (and the value val, vlen bytes, unless NULL) to key's entry,
 * made when new; a value the entry has already is kept.  0 a new entry,
 * 1 the entry there was, -1 refused (full, out of memory, too long);
 * *eout: the key's entry, NULL when refused. */
int ws_shcache_put(ws_shcache *c, const char *key, size_t klen, uint32_t h,
                   unsigned bits, const void *val, size_t vlen,
                   const unsigned char **eout);
/* The number of keys. */
size_t ws_shcache_count(ws_shcache *c);

/* ---- heap.c: the single thread's heap in huge pages ----
 * ws_heap_huge_start() (once, early, after mallopt(M_TOP_PAD), for a run
 * on one thread) grows malloc's main heap by its pad and marks it
 * MADV_HUGEPAGE, unless $WHOSAID_HUGEPAGES is 0; ws_heap_huge() marks
 * what the heap grew by since (called before a dictionary loads and
 * between batches; nothing before the start).  ws_heap_huge_arena()
 * (a worker of -j N, as it starts) marks the thread's malloc arena,
 * within a budget of resident memory that ws_heap_huge() and
 * ws_heap_budget() (a worker, now and then) check.  Advice only:
 * nothing changes where huge pages are not to be had. */
void ws_heap_huge_start(void);
void ws_heap_huge(void);
void ws_heap_huge_arena(void);
void ws_heap_budget(void);
/* Whether $WHOSAID_HUGEPAGES=0 turns huge pages off: the heap's, the
 * arenas', the taggers' (tagger.c) and the dictionaries' pools
 * (hunspell_guard.cc) */
int ws_heap_huge_off(void);

/* ---- icu.c: the ICU adapter ---- */
ws_icu *ws_icu_new(void);
void ws_icu_free(ws_icu *u);
/* Segments text (UTF-8, len bytes) with ICU's word and sentence break
 * iterators for the locale.  Calls back with byte boundaries. */
typedef void (*ws_icu_cb)(int32_t bstart, int32_t bend, int rule_status,
                          void *payload);
int ws_icu_words(ws_icu *u, const char *locale, const char *text, size_t len,
                 ws_icu_cb cb, void *payload);
int ws_icu_sentences(ws_icu *u, const char *locale, const char *text,
                     size_t len, ws_icu_cb cb, void *payload);
/* Any-Latin; Latin-ASCII transliteration into buf; returns length or -1. */
int ws_icu_latin(ws_icu *u, const char *s, size_t len, char *buf, size_t cap);

/* ---- langid.c ---- */
/* Guesses the language of text (ISO 639-1 into out[8]); "" if unsure. */
void ws_langid(const char *text, size_t len, char out[8]);

/* ---- small helpers ---- */
/* The fold signature of a word (stance's fold_is() filter, ws_doc.tsig):
 * a bit 0 to (1 << WS_FSIG_LOG) - 1 from the first byte, the last byte and
 * the length of its folded form (their 24 bits times a Fibonacci
 * constant, the top bits) */
#define WS_FSIG_LOG 10
static inline unsigned
ws_fold_sig(unsigned char c0, unsigned char cl, size_t l)
{
    uint32_t k = (uint32_t)c0 << 16 | (uint32_t)cl << 8 | (uint32_t)(l & 255);
    return (k * 0x9E3779B1u) >> (32 - WS_FSIG_LOG);
}
/* Surface text of tokens [t0,t1) as bytes in d->text */
static inline const char *
ws_tok_ptr(const ws_doc *d, int32_t i)
{
    return d->text + d->tokens.v[i].bstart;
}
static inline int32_t
ws_tok_blen(const ws_doc *d, int32_t i)
{
    return d->tokens.v[i].bend - d->tokens.v[i].bstart;
}
/* Token i has neither letters nor digits (punctuation, symbols). */
static inline bool
ws_tok_is_punct(const ws_doc *d, int32_t i)
{
    return (d->tokens.v[i].flags & (WS_TOK_WORD | WS_TOK_NUM)) == 0;
}
/* Token i contains a letter. */
static inline bool
ws_tok_is_word(const ws_doc *d, int32_t i)
{
    return (d->tokens.v[i].flags & WS_TOK_WORD) != 0;
}
/* memcmp(a, b, n) == 0 for the short strings of tokens without a call:
 * two overlapping loads of 8, 4, 2 or 1 bytes cover n, and a third of 8
 * the middle of one of 17 to 24 bytes (all within the n bytes of each);
 * longer ones through memcmp. */
static inline bool
ws_same_bytes(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        if (n > 24)
            return memcmp(a, b, n) == 0;
        uint64_t x0, y0, x1, y1, x2 = 0, y2 = 0;
        memcpy(&x0, a, 8);
        memcpy(&y0, b, 8);
        memcpy(&x1, a + n - 8, 8);
        memcpy(&y1, b + n - 8, 8);
        if (n > 16) {
            memcpy(&x2, a + 8, 8);
            memcpy(&y2, b + 8, 8);
        }
        return ((x0 ^ y0) | (x1 ^ y1) | (x2 ^ y2)) == 0;
    }
    if (n >= 4) {
        uint32_t x0, y0, x1, y1;
        memcpy(&x0, a, 4);
        memcpy(&y0, b, 4);
        memcpy(&x1, a + n - 4, 4);
        memcpy(&y1, b + n - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    if (n >= 2) {
        uint16_t x0, y0, x1, y1;
        memcpy(&x0, a, 2);
        memcpy(&y0, b, 2);
        memcpy(&x1, a + n - 2, 2);
        memcpy(&y1, b + n - 2, 2);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    return n == 0 || a[0] == b[0];
}
/* Token i is sentence-final punctuation (. ! ? … ...).  Inline: the
 * rules ask it of nearly every token they sweep. */
static inline bool
ws_tok_is_final(const ws_doc *d, int32_t i)
{
    /* by the length first */
    const char *p = ws_tok_ptr(d, i);
    int32_t n = ws_tok_blen(d, i);
    if (n == 1)
        return p[0] == '.' || p[0] == '!' || p[0] == '?';
    return n == 3 &&
           (memcmp(p, "\xe2\x80\xa6", 3) == 0 || memcmp(p, "...", 3) == 0);
}
/* Token index at code point cp (tokens sorted): with end = 0 the first
 * token starting at or after cp, with end = 1 the token after the last one
 * ending at or before cp; d->tokens.n when there is none. */
int32_t ws_doc_tok_at(const ws_doc *d, int32_t cp, int end);
/* Number of entities that start before code point cp (the entities
 * sorted by start, as ner leaves them). */
int32_t ws_doc_ents_before(const ws_doc *d, int32_t cp);
/* 1 when the space-separated attribute list v (a lexicon value) holds
 * word. */
int ws_lex_has_attr(const char *v, const char *word);
/* 0 when no value of lx holds word (ws_lex_has_attr) or lx is NULL;
 * 1 when one may (a filter of the values' words, made at load). */
int ws_lex_values_may_have(const ws_lex *lx, const char *word);

/* Recomputes t->flags (all but WS_TOK_SENT0) from the text; the
 * tokenizer and the record reader both use it. */
void ws_token_flags(const ws_doc *d, ws_token *t);
/* json.c: ws_json_parse() for a record line, leaving the top-level
 * "tokens", "sentences" and "paragraphs" arrays as their raw text when
 * they are written as the stages write them (compact {"start":N,"end":M}
 * objects): such an array has n elements and no child
 * (ws_json_lazy_spans()), and ws_json_span_nums() gives its numbers. */
int ws_json_parse_record(ws_arena *a, const char *buf, size_t len,
                         ws_json **out, char *errbuf, size_t errlen);
int ws_json_lazy_spans(const ws_json *v);
/* json.c: the numbers of such an array, read when it was parsed: the
 * start and the end of each of its n spans (a number above UINT32_MAX
 * as UINT32_MAX). */
const uint32_t *ws_json_span_nums(const ws_json *v);
/* json.c: the decimal digits of v at p (room for 20); returns their
 * end. */
char *ws_json__put_int(char *p, int64_t v);
/* json.c: "00" to "99", the two digits of each number below 100 */
extern const char ws_json__d2[200];
/* ws_json__put_int() of u below 10000 (nearly every offset of a
 * document), inline: forwards, two digits at a time */
static inline char *
ws_json__put_small(char *p, uint32_t u)
{
    if (u < 100) {
        if (u < 10) {
            *p = (char)('0' + u);
            return p + 1;
        }
        memcpy(p, ws_json__d2 + 2 * u, 2);
        return p + 2;
    }
    uint32_t hi = u / 100, lo = u % 100;
    if (hi < 10) {
        *p = (char)('0' + hi);
        memcpy(p + 1, ws_json__d2 + 2 * lo, 2);
        return p + 3;
    }
    memcpy(p, ws_json__d2 + 2 * hi, 2);
    memcpy(p + 2, ws_json__d2 + 2 * lo, 2);
    return p + 4;
}
/* json.c: room for more bytes (and the final NUL) at the end of b, grown
 * as ws_buf_put grows it: where to write them, or NULL (out of memory,
 * b->oom set).  ws_buf__done ends what was written there at p. */
char *ws_buf__grow(ws_buf *b, size_t more);
/* json.c: the kn bytes of key (sixteen readable, kn <= 16) written as
 * they are, then ws_buf_jstrz(b, s): one room for both */
void ws_buf_kjstrz(ws_buf *b, const char key[16], size_t kn, const char *s);
static inline char *
ws_buf__room(ws_buf *b, size_t more)
{
    if (!b->oom && b->len + more + 1 <= b->cap)
        return b->buf + b->len;
    return ws_buf__grow(b, more);
}
static inline void
ws_buf__done(ws_buf *b, char *p)
{
    b->len = (size_t)(p - b->buf);
    *p = '\0';
}
/* True when token i's text equals s exactly. */
bool ws_tok_is(const ws_doc *d, int32_t i, const char *s);
/* ws_tok_is with the length of s given: WS_TOK_IS for a string literal
 * knows it at compile time (the stance rules test punctuation and short
 * words on every token).  "" s "" accepts literals only. */
static inline bool
ws_tok_is_n(const ws_doc *d, int32_t i, const char *s, size_t n)
{
    return (size_t)ws_tok_blen(d, i) == n &&
           memcmp(ws_tok_ptr(d, i), s, n) == 0;
}
#define WS_TOK_IS(d, i, s) ws_tok_is_n((d), (i), "" s "", sizeof("" s "") - 1)

/* ---- tagger.c: averaged-perceptron BIO tagger (PER/ORG/LOC/MISC) ----
 * Tag codes: 0 = O; for t in WS_BIO_PER..WS_BIO_MISC: B = 1 + 2*t,
 * I = 2 + 2*t. */
enum { WS_BIO_PER, WS_BIO_ORG, WS_BIO_LOC, WS_BIO_MISC, WS_BIO_NTYPES };
#define WS_BIO_NTAGS (1 + 2 * WS_BIO_NTYPES)
typedef struct ws_tagger ws_tagger;
/* Loads a model file (mmap); NULL and a message when missing/corrupt. */
ws_tagger *ws_tagger_load(const char *path, char *err, size_t errlen);
void ws_tagger_free(ws_tagger *t); /* accepts NULL */
/* The folder of the build's model images (models.c: $WHOSAID_MODEL_IMAGES,
 * else the build's $(BUILD)/model-images), or NULL: none. */
const char *ws_image_dir(void);
/* With $WHOSAID_IMAGE_DEBUG set: a line on stderr saying whether the
 * image img was used, or why not. */
void ws_image_debug(const char *img, const char *why);
/* Writes the fingerprint of the model directory dir and the identity
 * of its files to out (`whosaid models-fingerprint DIR OUT`, run by
 * make); 0, or a negative code and a message. */
int ws_models_write_fingerprint(const char *dir, const char *out, char *err,
                                size_t errlen);
/* Writes the image of the int16 model file at model to out (see
 * tagger.c's model images; `whosaid tagger-image MODEL IMAGE`, run by
 * make); 0, or a negative code and a message. */
int ws_tagger_write_image(const char *model, const char *out, char *err,
                          size_t errlen);
/* Tags the tokens of sentence s of d into tags[0 .. tok1-tok0).  w gives
 * the Hunspell features (may be NULL).  Returns 0 or a negative code. */
int ws_tagger_tag(const ws_tagger *t, ws_worker *w, const ws_doc *d,
                  int32_t sent, uint8_t *tags);
/* The language's tagger (models/<lang>/ner.model), loaded on first use;
 * NULL when absent. */
const ws_tagger *ws_models_tagger(ws_models *m, const char *lang);

/* ---- ud.c: tokens and sentences against Universal Dependencies ----
 * Rebuilds each document's raw text from a .conllu file (# newdoc,
 * # newpar, # text, SpaceAfter=No), runs ws_tokenize() and scores token
 * and sentence F1 by character spans (CoNLL 2018 definitions).  Prints a
 * report to out; returns 0 or a negative code (file unreadable). */
int ws_ud_eval(ws_worker *w, const char *path, const char *lang, FILE *out,
               double *tok_f1, double *sent_f1);

/* ---- tagger.c: BIO evaluation of the tagger on a .bio file ----
 * Exact span + type micro P/R/F1 per type and overall, printed to out. */
int ws_bio_eval(ws_worker *w, const char *lang, const char *path, FILE *out,
                double *f1);

/* ---- commands implemented outside the stage mains (stages/) ---- */
int ws_cmd_eval(int argc, char **argv);  /* whosaid eval ... */
int ws_cmd_train(int argc, char **argv); /* whosaid train ... */
int ws_cmd_show(int argc, char **argv);  /* whosaid show ... */

/* ---- tokenize (helper: tokenize/icu/langid/ud) ---- */
/* The worker's ICU state (created with the worker; implemented in
 * models.c). */
ws_icu *ws_worker_icu(ws_worker *w);
/* A growable per-worker scratch buffer (slot 0..7) of at least bytes
 * bytes, kept between calls; NULL when out of memory.  Owned by u. */
void *ws_icu_scratch(ws_icu *u, int slot, size_t bytes);
/* The same, its memory zeroed when it is (re)allocated. */
void *ws_icu_scratch0(ws_icu *u, int slot, size_t bytes);
/* Break offsets (bytes) of text with the word (sentences = 0) or sentence
 * iterator: out[i] is the end of segment i, status[i] (may be NULL) its
 * rule status.  Returns the count, or -WS_ETOOBIG when over cap. */
/* Makes text (valid UTF-8) the one ws_icu_breaks reads, converted to
 * UTF-16 once for both iterators; 0, or -1 (ws_icu_breaks then reads the
 * UTF-8 bytes). */
int ws_icu_text(ws_icu *u, const char *text, size_t len);
/* Sentence breaks by iterating over the whole text (exact = 1) instead of
 * windows around the terminators, and word breaks by ICU alone instead of
 * its fast path for letters, digits and spaces (0, the default; the same
 * breaks): for the tests that compare the two. */
void ws_icu_exact(ws_icu *u, int exact);
int32_t ws_icu_breaks(ws_icu *u, int sentences, const char *locale,
                      const char *text, size_t len, int32_t *out,
                      int32_t *status, int32_t cap);
/* Tokenizes with an explicit ICU state (w may then be NULL: no abbreviation
 * lexicons from models/, the built-in lists are used). */
int ws_tokenize_icu(ws_icu *u, ws_models *m, ws_doc *d);
/* Locale used for a language code ("en" -> "en"; "" -> "" root). */
const char *ws_tok_locale(const char *lang);
/* Rule status ranges of ICU's word break (UBRK_WORD_*). */
enum {
    WS_WB_NONE = 0, /* spaces, punctuation */
    WS_WB_NUMBER = 100,
    WS_WB_LETTER = 200,
    WS_WB_KANA = 300,
    WS_WB_IDEO = 400
};

/* ---- tagger.c (tagger helper): training, saving, .bio files ----
 * Used by stages/train_cmd.c (whosaid train ner) and the unit tests. */
/* The model's language ("en"); owned by t. */
const char *ws_tagger_lang(const ws_tagger *t);
/* The feature set of the model (1, 3 or 4, from the file's header). */
unsigned ws_tagger_featureset(const ws_tagger *t);
/* Writes t to path (through path.tmp and rename); quantise != 0 stores
 * int16 weights.  dev_f1 is recorded in the header.  0 or -WS_EIO/-ENOMEM
 * with a message in err. */
int ws_tagger_save(const ws_tagger *t, const char *path, int quantise,
                   float dev_f1, char *err, size_t errlen);
/* Averaged-perceptron trainer with 2^bits feature buckets; viterbi != 0
 * trains a structured perceptron decoded by first-order Viterbi, else a
 * greedy tagger with the two previous tags as features. */
typedef struct ws_tagtrain ws_tagtrain;
ws_tagtrain *ws_tagtrain_new(const char *lang, unsigned bits, int viterbi);
void ws_tagtrain_free(ws_tagtrain *tt); /* accepts NULL */
/* The feature set tt trains and its saved model records in the header:
 * 4 (the current set, the default) or 3 (the set before it, without the
 * endings agreement pairs and the Russian head nouns; the loader reads
 * both).  Call before training.  0, or -WS_EFIELD for another set. */
int ws_tagtrain_featureset(ws_tagtrain *tt, unsigned set);
/* One greedy perceptron pass over sentence sent of d against gold tags
 * (tok1 - tok0 of them); returns the number of wrong tokens or < 0. */
int ws_tagtrain_sentence(ws_tagtrain *tt, ws_worker *w, const ws_doc *d,
                         int32_t sent, const uint8_t *gold);
/* The averaged weights so far, as a tagger owned by tt (valid until the
 * next call on tt). */
const ws_tagger *ws_tagtrain_average(ws_tagtrain *tt);
/* Keeps a copy of the last average; _best returns it as a tagger. */
int ws_tagtrain_keep(ws_tagtrain *tt);
const ws_tagger *ws_tagtrain_best(ws_tagtrain *tt);
/* The category of the compound head the tagger's features see in word
 * (German: 1 organisation, 2 place, 3 other name, 4 a suffix of place
 * names; Russian head nouns: 1, 2, 3 likewise; 0 none or another
 * language). */
int ws_tagger_head_cat(const char *lang, const char *word, size_t n);
/* A .bio file read into one document: every sentence of the file is a
 * sentence of doc (tokens joined by spaces, sentences by newlines), and
 * tags[i] is the gold tag code of token i. */
typedef struct {
    ws_doc *doc;
    uint8_t *tags;
} ws_bio;
/* 0, -WS_EIO (cannot open; message in err), -WS_EFIELD (bad line) or
 * -WS_ENOMEM.  Free with ws_bio_free. */
int ws_bio_read(ws_bio *out, const char *path, const char *lang, char *err,
                size_t errlen);
void ws_bio_free(ws_bio *b);
/* Tags b with t and prints exact-span P/R/F1 per type to out (may be
 * NULL); *f1 gets the overall F1 (percent). */
int ws_bio_score(const ws_tagger *t, ws_worker *w, const ws_bio *b, FILE *out,
                 double *f1);

/* ---- ner.c (ner helper): coreference helpers for the stance stage ----
 * Both read only d (after ws_ner() ran on it). */
/* Entity an anaphoric or short noun phrase (tokens [tok0, tok1)) refers
 * to: an entity overlapping the span, a pronoun (he/she/it/they, він,
 * она, on, er, il ...), a common-noun anaphor ("the ministry", "the
 * service", "відомство", "resort", "das Ministerium") resolved to the
 * last compatible GOV/ORG body before tok0, or a surname.  want_type_mask
 * is a bit mask of (1 << WS_PERSON) | (1 << WS_GOV) ... (0 = any type).
 * Returns the entity index (the nearest earlier mention; its name is the
 * canonical one) or -1. */
/* Loads the ner lexicons of lang for this process (ws_ner_resolve() uses
 * them); the runner calls it before stance on records whose entities came
 * from an earlier process, so that a pipe and one process agree. */
void ws_ner_prepare(ws_worker *w, const char *lang);
/* The corrections the ner stage makes to the tagger's BIO tags of d
 * (tags indexed by token, after ws_tagger_doc_pass); for scoring the
 * tagger as the stage uses it.  Gives tokens without word/number/
 * punctuation flags their flags.  0 or < 0 (-WS_ENOMEM). */
int ws_ner_fix_tags(ws_worker *w, ws_doc *d, uint8_t *tags);
int32_t ws_ner_resolve(ws_doc *d, int32_t tok0, int32_t tok1,
                       int want_type_mask);
/* Keys of lang's ner lexicons that their lookup (through the filter in
 * front of the key table) does not find: 0, or -1 without a lexicon
 * (a test's check of the filter). */
int ws_ner_filter_misses(ws_worker *w, const char *lang);
/* Nodes of lang's ner lexicons whose copy of their entry's fields differs
 * from it, and exact keys find_matches()' probe does not find: 0, or -1
 * without a lexicon (a test's check). */
int ws_ner_node_mismatches(ws_worker *w, const char *lang);
/* For the tests: 0 makes ws_ner() in this thread take a document's
 * per-token arrays from its arena alone, 1 (the default) from the
 * thread's scratch first. */
void ws_ner_use_scratch(int use);
/* Entities ws_ner_resolve() has looked at in this thread so far (its
 * index's building counts one per entity): a test's measure of its work. */
uint64_t ws_ner_resolve_visits(void);
/* Statements stance's search for a trailing attribution has looked at in
 * the calling thread so far (tests: the search's growth with the
 * document). */
uint64_t ws_stance_trailing_visits(void);
/* For the tests: 0 makes stance's cue pass in this thread ask its tests
 * that make no statement at each cue, 1 (the default) ahead of it, one
 * test at a time over the document's cues. */
void ws_stance_ask_ahead(int on);
/* Canonical name of the organisation of entity ent: a PERSON's or ROLE's
 * org (directly or through its role), an ORG/GOV/MEDIA entity's own name;
 * NULL when none.  Owned by d's arena. */
const char *ws_ner_org_name(const ws_doc *d, int32_t ent);

/* ---- eval.c (eval helper): scoring records against gold ----
 * FORMAT.md's scoring conventions; the details (document pairing, empty
 * content, surname rule, per-sentence stance) are in eval.c's header.
 * Gold lines are added first, then record lines one at a time (nothing of
 * a record is kept; only the needed members are parsed, `tokens` is
 * skipped).  Metrics are percentages (NAN when not measured). */
typedef struct ws_eval ws_eval;
typedef struct {
    int per_sentence; /* 1 on, 0 off, -1 decide from the gold */
    FILE *errors;     /* non-NULL: one TSV line per statement error (below) */
} ws_eval_options;
/* Statement errors, written as records are scored: document id, what
 * (miss: a gold statement no prediction matches at 0.5; extra: a
 * prediction that matches none; speaker: matched, wrong speaker; kind:
 * matched, another kind), gold kind, predicted kind, cue, gold speaker,
 * predicted speaker, content (the gold's for miss/speaker/kind, the
 * prediction's for extra; tabs and newlines as spaces). */
#define WS_EVAL_OPTIONS_INIT ((ws_eval_options){.per_sentence = -1})
ws_eval *ws_eval_new(const ws_eval_options *opt); /* NULL: out of memory */
void ws_eval_free(ws_eval *ev);                   /* accepts NULL */
/* One JSON line of gold / of records.  0, or a negative code with a
 * message in err (the line is then skipped). */
int ws_eval_add_gold(ws_eval *ev, const char *line, size_t len, char *err,
                     size_t errlen);
int ws_eval_add_record(ws_eval *ev, const char *line, size_t len, char *err,
                       size_t errlen);
/* Reads fp line by line (gold != 0: as gold); bad lines get one stderr
 * line "whosaid eval: name:line: message" and are counted in *nbad.
 * Returns 0, -WS_EIO or -WS_ENOMEM. */
int ws_eval_read(ws_eval *ev, FILE *fp, const char *name, int gold, long *nbad);
/* Counts gold documents no record reached as missed. */
void ws_eval_finish(ws_eval *ev);
void ws_eval_report(const ws_eval *ev, FILE *out); /* the scoreboard */
void ws_eval_json(const ws_eval *ev, ws_buf *b);   /* one JSON object */
/* A metric by gate name (stmt_f1, stmt_f1_08, stmt_f1_exact, stmt_p,
 * stmt_r, speaker_acc, e2e_f1 and their _<kind> forms, kind_acc,
 * role_acc, org_acc, stance_micro, stance_macro, stance_exact and their
 * _e2e forms, target_acc, target_f1, ent_p, ent_r, ent_f1,
 * ent_f1_<TYPE>).  0 (value may be NAN) or -1 for an unknown name. */
int ws_eval_metric(const ws_eval *ev, const char *name, double *out);
/* Token overlap of two target phrases (either may be NULL): the
 * case-folded word tokens they share, as multisets, and the token counts
 * of each.  A target agrees when common >= half of max(ng, np). */
void ws_eval_target_overlap(const char *g, const char *p, int *common, int *ng,
                            int *np);
/* Speaker name rule: case-insensitive equality (leading "the" ignored),
 * or a one-word name equal to the other's last word. */
int ws_eval_name_match(const char *a, const char *b);

/* ---- stance.c (stance helper): labelling given statements ----
 * Stance labels, intensity, negation, hedging and target of st (a
 * statement of d whose kind, content and cue are set, e.g. from gold),
 * as ws_stance() labels its own statements.  Runs ner first when needed.
 * ws_stance_label_all labels every statement in d->statements.
 * 0 or a negative code. */
int ws_stance_label(ws_worker *w, ws_doc *d, ws_statement *st);
int ws_stance_label_all(ws_worker *w, ws_doc *d);

/* ---- store.c (corpus helper): the SQLite corpus store ----
 * Only store.c includes <sqlite3.h>.  Schema: docs/STORE.md.  All
 * functions return 0 (or a count) or a negative WS_E* code with a message
 * from ws_store_errmsg().  A ws_store is used by one thread at a time. */
#define WS_STORE_SCHEMA 2 /* PRAGMA user_version of a current store */
typedef struct ws_store ws_store;
enum { WS_STORE_CREATE = 1, WS_STORE_READONLY = 2 };
/* Opens (flags & WS_STORE_CREATE: creates) the store at path and migrates
 * it to schema `upto` (0 = the latest; older values are for tests).  WAL,
 * foreign keys, no extension loading, no ATTACH.  Message in err. */
int ws_store_open(ws_store **out, const char *path, unsigned flags, int upto,
                  char *err, size_t errlen);
void ws_store_close(ws_store *s); /* accepts NULL */
int ws_store_schema(const ws_store *s);
const char *ws_store_errmsg(const ws_store *s); /* owned by s */
int ws_store_begin(ws_store *s);                /* BEGIN IMMEDIATE */
int ws_store_commit(ws_store *s);
void ws_store_rollback(ws_store *s); /* when a transaction is open */
/* 128-bit content hash of a text (the dedup key). */
void ws_store_hash(const char *text, size_t len, unsigned char out[16]);
/* The versions string of this program and its loaded models (call after
 * ws_models_open): "whosaid=.. schema=.. tokenize=.. ner=.. stance=..". */
void ws_store_versions_current(char *out, size_t cap);
/* Id of a versions string (created when new). */
int ws_store_version_id(ws_store *s, const char *versions, int64_t *vid);
/* Marks runs left 'running' by dead processes 'interrupted'; *live gets
 * the number still running in live processes. */
int ws_store_runs_recover(ws_store *s, long *live);
/* kind "add" or "run"; vid may be -1. */
int ws_store_run_start(ws_store *s, const char *kind, int64_t vid, int jobs,
                       int64_t *run);
int ws_store_run_progress(ws_store *s, int64_t run, long ndocs, long nerrors);
int ws_store_run_finish(ws_store *s, int64_t run, const char *status,
                        long ndocs, long nskipped, long nerrors);
/* Adds d (text, id, metadata, input errors).  *what: */
enum { WS_STORE_ADDED, WS_STORE_DUPLICATE, WS_STORE_UPDATED };
/* DUPLICATE: same text already stored (nothing written); UPDATED: the id
 * was known with another text (text replaced, annotation dropped). */
int ws_store_add(ws_store *s, int64_t run, const ws_doc *d, const char *origin,
                 ws_buf *scratch, int *what, int64_t *rowid);
/* Replaces the annotation of document rowid by d's (inside the caller's
 * transaction). scratch is working space. */
int ws_store_save(ws_store *s, int64_t rowid, int64_t run, int64_t vid,
                  const ws_doc *d, ws_buf *scratch);
/* Documents never annotated and annotated with other versions than vid. */
int ws_store_pending(ws_store *s, int64_t vid, long *never, long *stale);
/* Up to max rowids (> after, ascending) of documents needing vid's
 * annotation; returns the count. */
int ws_store_pending_ids(ws_store *s, int64_t vid, int64_t after, int64_t *ids,
                         int max);
/* Loads document rowid into d (reset first): text, metadata, input
 * errors, and with annotations != 0 its stored tokens, entities and
 * statements (*versions, in d's arena, gets their versions string).
 * Returns 1 when an annotation was loaded, 0 when none, or < 0. */
int ws_store_load(ws_store *s, int64_t rowid, ws_doc *d, int annotations,
                  const char **versions);
/* `corpus status` and `corpus verify` reports; verify counts problems. */
int ws_store_status(ws_store *s, FILE *out, const char *versions);
int ws_store_verify(ws_store *s, FILE *out, long *problems);
/* Export cursors: one row at a time (sqlite3_step), constant memory. */
enum {
    WS_EXPORT_STATEMENTS,
    WS_EXPORT_ENTITIES,
    WS_EXPORT_SPEAKERS,
    WS_EXPORT_DOCUMENTS,
    WS_EXPORT_DOCROWS, /* one column: the rowid of annotated documents */
    WS_EXPORT_NKINDS
};
typedef struct {
    const char *since, *until; /* YYYY-MM-DD, inclusive, on meta date */
    const char *lang;          /* equal */
    const char *stance;        /* a label of the statement (or document) */
    const char *speaker;       /* substring of speaker_name */
    const char *source;        /* substring of the outlet/agency */
    long limit;                /* 0 = all */
} ws_store_filter;
enum { WS_COL_NULL, WS_COL_INT, WS_COL_REAL, WS_COL_TEXT };
typedef struct ws_store_cursor ws_store_cursor;
int ws_store_query(ws_store *s, int kind, const ws_store_filter *f,
                   ws_store_cursor **out);
int ws_store_next(ws_store_cursor *c); /* 1 row, 0 end, < 0 error */
int ws_store_ncols(const ws_store_cursor *c);
const char *ws_store_colname(const ws_store_cursor *c, int i);
int ws_store_coltype(const ws_store_cursor *c, int i);
/* Valid until the next ws_store_next; NULL for SQL NULL. */
const char *ws_store_text(const ws_store_cursor *c, int i, size_t *len);
int64_t ws_store_int(const ws_store_cursor *c, int i);
void ws_store_cursor_free(ws_store_cursor *c); /* accepts NULL */
/* Commands (stages/corpus_cmd.c, stages/export_cmd.c). */
int ws_cmd_corpus(int argc, char **argv); /* whosaid corpus ... */
int ws_cmd_export(int argc, char **argv); /* whosaid export ... */

/* ---- tokenize: sentence-boundary classifier (helper tokenize2) ----
 * An averaged perceptron over candidate sentence starts (tokenize.c),
 * models/<lang>/sbd.model, loaded lazily per worker (icu.c caches it).
 * Training (ud.c) runs the tokenizer with a sink that collects each
 * candidate's hashed features; ws_sbd_train() labels them from the gold
 * sentences of .conllu files and writes the model. */
typedef struct ws_sbd ws_sbd;
typedef struct {
    uint32_t *feat; /* feature hashes of all candidates */
    size_t nfeat, capfeat;
    size_t *off;   /* candidate i: feat[off[i] .. off[i + 1]) */
    int32_t *pos;  /* token start (doc cp, then global non-space index) */
    uint8_t *rule; /* the rules' decision (1 = sentence starts) */
    int8_t *label; /* gold (1/0), set by ws_sbd_train */
    size_t n, cap;
    size_t doc0; /* first candidate of the current document */
} ws_sbd_sink;
ws_sbd *ws_sbd_load(const char *path, char *err, size_t errlen);
void ws_sbd_free(ws_sbd *s); /* accepts NULL */
/* The language's model for this worker's ICU state (loaded on first use
 * from m); NULL when absent or when WS_SBD=0 is in the environment. */
const ws_sbd *ws_icu_sbd(ws_icu *u, ws_models *m, const char *lang);
/* Sets (or clears, NULL) the training sink of a worker's tokenizer. */
void ws_icu_set_sink(ws_icu *u, ws_sbd_sink *s);
ws_sbd_sink *ws_icu_sink(ws_icu *u);
/* Tokenizes with the worker (Hunspell features for the classifier). */
int ws_tokenize_w(ws_icu *u, ws_models *m, ws_worker *w, ws_doc *d);
/* Trains a model from .conllu files; prints progress to log.  augment N
 * > 0 adds a copy of the files in which every Nth sentence that ends in a
 * full stop loses it. */
int ws_sbd_train(ws_worker *w, const char *lang, char **paths, int npaths,
                 const char *out, int epochs, int augment, FILE *log);
void ws_sbd_sink_free(ws_sbd_sink *s);
/* whosaid train sbd (stages/sbd_train_cmd.c) */
int ws_cmd_train_sbd(int argc, char **argv);

/* ---- tagger.c (tagger helper): gazetteer compiled into the model ----
 * Adds to the trainer's phrase table the entities of a .bio file (counted
 * per type; while training, a sentence's own entities are left out) or
 * the phrases of a gazetteer file (phrase<TAB>category per line, '#'
 * comments; the phrase's tokens separated by spaces).  The table is saved
 * in the model.  Return the number of phrases added or < 0. */
int ws_tagtrain_gaz_bio(ws_tagtrain *tt, const ws_bio *b);
int ws_tagtrain_gaz_tsv(ws_tagtrain *tt, const char *path, char *err,
                        size_t errlen);
/* Adds the capitalised entities of another language's training file as
 * gazetteer categories x-per, x-org, x-loc and x-misc (names shared
 * across languages: persons, companies, places, works); a phrase is in
 * the category of its most frequent type over the files added so far.  Returns
 * the number of mentions added or < 0. */
int ws_tagtrain_gaz_xbio(ws_tagtrain *tt, const ws_bio *b);
/* Document pass over sentences [s0, s1) of d tagged in tags (indexed by
 * token, as filled by ws_tagger_tag): each tagged string takes the type
 * it has most often in the document, and an untagged repeat of a tagged
 * capitalised string is tagged too.  0 or -WS_ENOMEM. */
int ws_tagger_doc_pass(const ws_doc *d, int32_t s0, int32_t s1, uint8_t *tags);

/* ---- stance_label.c (label helper): stance labels of one statement ----
 * Sets st->stance/nstance, intensity, negated, hedged, target and
 * target_span from the statement's cue, content and sentence (d must be
 * tokenized; entities are used when present), with the lexicons
 * models/<lang>/stance-{labels,negation,hedges,intensity}.tsv.  Never
 * fails: a statement it cannot read is neutral. */
void ws_stance_label_statement(ws_worker *w, ws_doc *d, ws_statement *st);
/* ws_stance_label_statement on each statement of d in order, one context
 * for them all; stops when the document's deadline passes.  Returns the
 * number of statements labelled. */
int32_t ws_stance_label_doc(ws_worker *w, ws_doc *d);
/* The rules alone (no trained fallback), and the statement's features as
 * the trained fallback reads them (space-separated, appended to out):
 * for `whosaid eval --label-gold --features` (training). */
void ws_stance_label_rules(ws_worker *w, ws_doc *d, ws_statement *st);
void ws_stance_label_features(ws_worker *w, ws_doc *d, const ws_statement *st,
                              ws_buf *out);
/* ws_stance()'s own pass on d, whose ner has run (WS_DONE_NER) or failed
 * with tokens left: what ws_stance() does after ws_ner() */
int ws_stance_pass(ws_worker *w, ws_doc *d);

/* The verb-only floor (a small CAMEO-style verb -> label table read on
 * the cue alone; no negation, no content), for `whosaid eval --baseline
 * verb`. */
void ws_stance_label_baseline(ws_worker *w, ws_doc *d, ws_statement *st);

/* ---- annotate.c (reliability helper): the per-document time bound ----
 * ws_annotate() gives each document $WHOSAID_DOC_SECONDS (default 60;
 * 0 = no limit) of annotation, in the thread's CPU time.  Loops whose work
 * can grow faster than the text (statements x candidates, sentences x
 * paragraph) call ws_doc_deadline() and stop early when it returns 1;
 * ws_annotate() then records a "too-big" error saying the record's
 * annotation is partial.  Cheap (a clock read every 16th call); 0 outside
 * ws_annotate().  Loading models (on a language's first document) runs
 * between ws_doc_deadline_hold() and ws_doc_deadline_release(), which
 * nest: that time is not counted. */
int ws_doc_deadline(void);
void ws_doc_deadline_hold(void);
void ws_doc_deadline_release(void);

/* ---- models.c (bench/perf helper): per-token forms ----
 * Folded form and Hunspell stem of token i of d (stem NULL when there is
 * none or it equals the form), computed once per token of the document
 * being processed and checked against the token's bytes on every use.
 * The pointers are valid until the next call.  0; -1 when the folded
 * form is 256 bytes or longer (as ws_lex_match skips such tokens); -2
 * when out of memory. */
int ws_tok_forms(ws_worker *w, const ws_doc *d, int32_t i, const char **form,
                 size_t *flen, const char **stem, size_t *slen);

/* ---- map.c / models.c (bench/perf helper): precomputed hashes ----
 * ws_map_hash() is the map's hash of a key; ws_map_get_h() looks a key
 * up with its hash already computed (the same result as ws_map_get()).
 * ws_tok_forms_x() is ws_tok_forms() with the hashes of the folded form,
 * of the stem and of the form's first two bytes, computed once per token
 * of the document. */
uint64_t ws_map_hash(const char *key, size_t klen);
void *ws_map_get_h(const ws_map *m, const char *key, size_t klen, uint64_t h);
typedef struct {
    const char *form, *stem; /* stem NULL when none or equal to form */
    size_t flen, slen;
    uint64_t fh, sh, ph; /* hashes of form, stem, form's first 2 bytes */
    bool space;          /* a space inside form or stem */
} ws_tokform;
int ws_tok_forms_x(ws_worker *w, const ws_doc *d, int32_t i, ws_tokform *t);
/* ws_tok_forms_x() (the same answer), from the thread's token cache when
 * d is the memo's document and the token's text is in it; the pointers
 * are valid until the next call of either. */
int ws_lex_tok_forms(ws_worker *w, const ws_doc *d, int32_t tok, ws_tokform *t);
/* The bound in words of each language's Hunspell answers shared by the
 * workers (made from then on; default 2^18): past it, a worker keeps the
 * answers in its own table (ws_worker_set_cache_limit).  For the tests. */
void ws_models_set_shared_words(ws_models *m, size_t words);
/* The worker's word caches (stems, spelling) are dropped after this many
 * words (default 2^18); a stem from ws_stem() stays valid until the drop
 * after next. */
void ws_worker_set_cache_limit(ws_worker *w, size_t words);
/* Frees all of a document's memory (as ws_doc_reset(), keeping no
 * capacity). */
void ws_doc_release(ws_doc *d);

#endif

/* ---- stance_de.c (stance helper): German reported speech ----
 * ws_de_subj_form: 1 when token i is a subjunctive form listed in the
 * cue lexicon as written (not through a Hunspell stem: "sollte" is no
 * "solle", the noun "Stelle" no "stelle"): lower case, or capitalised
 * only at the start of its sentence. */
int ws_de_subj_form(ws_worker *w, const ws_doc *d, const ws_lex *cues,
                    int32_t i);
/* ws_de_anaphor: adds the statements of "Das teilte die Polizei mit.":
 * the sentence before, attributed to the verb's subject. */
void ws_de_anaphor(ws_worker *w, ws_doc *d);
/* ws_de_continue: adds the sentences of reported speech with no cue that
 * continue the statement before them (the subjunctive after a statement
 * with no source, the modal "sollen" after any). */
void ws_de_continue(ws_worker *w, ws_doc *d);
/* ws_de_speakers: the subject of a German speech verb that got no
 * speaker span: none for "man", else the prefield that names a person or
 * an organisation. */
void ws_de_speakers(ws_worker *w, ws_doc *d);
/* ws_de_dropped_act: 1 when st is a German reported act that
 * ws_de_filter will drop (passive cue, bare participle) */
int ws_de_dropped_act(ws_worker *w, const ws_doc *d, const ws_statement *st);
/* ws_de_filter: drops German statements that are no speech (reported or
 * indirect ones without content words); runs before labelling. */
void ws_de_filter(ws_worker *w, ws_doc *d);
/* ws_de_acts: after labelling, a German reported act takes its sentence
 * as content (the German annotation's convention) and one with a clause
 * of its own becomes indirect speech. */
void ws_de_acts(ws_worker *w, ws_doc *d);
/* ws_de_src_noun: 1 when token i is a compound ending in a source noun
 * of the cue lexicon ("Polizeiangaben", "NASA-Angaben"). */
int ws_de_src_noun(ws_worker *w, const ws_doc *d, const ws_lex *cues,
                   int32_t i);
/* ws_de_so_tail: the end of the source of ", so X" at p where the phrase
 * rules stopped at sb before a short tail ("gegenüber der Zeitung") or
 * inside a long name; -1 when the clause goes on. */
int32_t ws_de_so_tail(ws_worker *w, const ws_doc *d, int32_t p, int32_t sb,
                      int32_t s1);
/* ws_de_after_ok: 0 when what follows a source phrase at token after is
 * no content (a relative clause or apposition of the source; after an
 * inverted "so" (inv) anything but a "dass" clause).  1 for other
 * languages. */
int ws_de_after_ok(ws_worker *w, const ws_doc *d, int inv, int32_t after);
/* ws_de_sub: the kind of German word that opens a dependent clause at
 * token i (one list for all passes): WS_DE_COMP for a complementizer
 * ("dass", "ob"), WS_DE_WH for an interrogative ("wie", "warum"),
 * WS_DE_ADV for an adverbial subordinator ("weil", "obwohl"); 0 for any
 * other token. */
#define WS_DE_COMP 1u
#define WS_DE_WH   2u
#define WS_DE_ADV  4u
unsigned ws_de_sub(ws_worker *w, const ws_doc *d, int32_t i);
/* ws_de_nominal_adj: 1 when token i is a capitalised adjective or
 * participle in "-e" used as a plural noun ("Angehörige", "Betroffene",
 * "Beschäftigte"): its stem ends as adjectives or participles do and is
 * a word of the dictionary. */
int ws_de_nominal_adj(ws_worker *w, const ws_doc *d, int32_t i);
/* ws_de_genitive: 1 when token a is "der"/"des" after a capitalised noun
 * in a German document, so the phrase from a is a genitive attribute of
 * the noun before ("ein Sprecher der Feuerwehr"). */
int ws_de_genitive(ws_worker *w, const ws_doc *d, int32_t a);
/* ws_de_k2_sub: 1 when token i is a Konjunktiv II form ("würde",
 * "hätte") in a clause opened by a complementizer or relative pronoun
 * after a comma, or "hätte(n)" with a modal's infinitive in its clause:
 * a conditional or counterfactual, no mark of reported speech. */
int ws_de_k2_sub(ws_worker *w, const ws_doc *d, int32_t i);
/* ws_de_konj1: 1 when token i is a German Konjunktiv I form of a verb
 * the lexicon does not list (by its Hunspell infinitive). */
int ws_de_konj1(ws_worker *w, const ws_doc *d, int32_t i);
/* ws_de_apposition: one past a name apposition ", Peter Lang (SPD),"
 * after a German speaker phrase ending at r1, or r1. */
int32_t ws_de_apposition(const ws_doc *d, int32_t r1, int32_t s1);
/* ws_de_inv_tail: 1 when, after ", sagte X", what follows X up to the end
 * of the clause (from r2) is a short tail: a time, an addressee, a
 * separable particle ("..., teilte ein Sprecher gestern mit."). */
int ws_de_inv_tail(ws_worker *w, const ws_doc *d, int32_t r2, int32_t s1);
/* ws_de_np_apposition: at a comma k after a noun, a noun phrase in
 * apposition up to the next comma ("ruft die Vereinigung der Lehrer, ein
 * in Bonn ansässiger Verband, die Lehrer ... auf"): its determiners,
 * prepositions, declined adjectives and capitalised words only, ending
 * in a noun.  Returns the closing comma, or k when there is none. */
int32_t ws_de_np_apposition(ws_worker *w, const ws_doc *d, int32_t k,
                            int32_t s1);
/* ws_de_src_adj: 1 when token i is a lowercase attributive adjective in
 * "-en" before a German source noun ("eigenen Angaben", "ersten
 * Berichten"): its "-em" form is a word of the dictionary; loose: also a
 * word in "-en" the dictionary does not know. */
int ws_de_src_adj(ws_worker *w, const ws_doc *d, int32_t i, int loose);
/* ws_de_source_tail: the end of a German source phrase ending at sb run
 * on over a genitive with adjectives, a source joined by "und"/"sowie"
 * and a name in apposition; sb when there is none. */
int32_t ws_de_source_tail(ws_worker *w, const ws_doc *d, int32_t sb,
                          int32_t s1);
/* ws_de_source_rel: after a German source phrase ending at sb, one past
 * the comma that closes a relative clause on it (", die sich auf ...
 * berufen,"), or sb. */
int32_t ws_de_source_rel(ws_worker *w, const ws_doc *d, int32_t sb, int32_t s1);
/* ws_de_zu_clause: the end (exclusive) of an infinitive clause with "zu"
 * that opens at token k ("..., die Steuer zu senken, falls ..."), up to
 * the end of the sentence s1; -1 when none opens there (or a purpose
 * clause "um ... zu"). */
int32_t ws_de_zu_clause(ws_worker *w, const ws_doc *d, int32_t k, int32_t s1);
/* ws_de_participle: 1 when token i looks like a German past participle
 * ("gesagt", "bestätigt", "angekündigt", "zurückgewiesen", "kritisiert"). */
int ws_de_participle(ws_worker *w, const ws_doc *d, int32_t i);
/* ws_de_sep_act: 1 when the German cue entry v at token i lists
 * separable particles ("sep:zu|voraus") and one of them closes i's clause
 * ("sagte weitere Hilfe zu"): the verb is then an act. */
int ws_de_sep_act(ws_worker *w, const ws_doc *d, const char *v, int32_t i);
/* ws_de_laut_adverb: 1 when "laut" at token i has no noun phrase after
 * it ("sagte laut: „…“"): the adverb "loudly", no preposition. */
int ws_de_laut_adverb(ws_worker *w, const ws_doc *d, int32_t i);
/* ws_de_quoted_name: 1 when the quoted tokens a..b (opening mark o) are
 * a name or title ("Neues Deutschland", "der Film „Retirement“") or a web
 * address, no words of anyone. */
int ws_de_quoted_name(ws_worker *w, const ws_doc *d, int32_t o, int32_t a,
                      int32_t b);
