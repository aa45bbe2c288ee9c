/*
 * ws.h - the whosaid library: the one public header.
 *
 * A document (ws_doc) is read from JSON Lines or from articles in the seed
 * layout, enriched in place by the stages (tokenize, ner, stance) and written
 * back as one JSON line.  All offsets in the public structures are Unicode
 * code points into doc->text (NFC), end exclusive, unless a field name says
 * "b" (byte offsets into the UTF-8 buffer).
 *
 * Memory: a ws_doc owns every annotation it holds.  Strings hang off the
 * document's arena and are valid until the next ws_doc_reset() or
 * ws_doc_free().  Arrays are owned by the document and reused between
 * records (reset sets the counts to zero and keeps the capacity).
 *
 * Threads: a ws_doc is used by one thread at a time.  Models (ws_models)
 * are loaded once and read-only afterwards; per-thread scratch state (ICU
 * break iterators, Hunspell caches) lives in ws_worker.
 */
#ifndef WS_H
#define WS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define WS_VERSION        "0.1.0"
#define WS_SCHEMA_VERSION "1"

/* ---- error codes (returned negated by library functions) ---- */
enum {
    WS_OK = 0,
    WS_ENOMEM = 1,  /* out of memory */
    WS_EUTF8 = 2,   /* invalid UTF-8 */
    WS_EJSON = 3,   /* malformed JSON line */
    WS_ENOTOBJ = 4, /* JSON line is not an object */
    WS_ENOTEXT = 5, /* object without a string "text" */
    WS_EEMPTY = 6,  /* empty document */
    WS_ETOOBIG = 7, /* over a hard limit */
    WS_EMODEL = 8,  /* a model or lexicon is missing or corrupt */
    WS_EIO = 9,     /* read or write failure */
    WS_EINTERNAL = 10,
    WS_EFIELD = 11, /* a known field has the wrong shape */
    WS_ETRUNC = 12  /* input ended inside a record */
};

/* Exit statuses (sysexits.h), documented in README and --help. */
enum {
    WS_EXIT_OK = 0,
    WS_EXIT_USAGE = 64,
    WS_EXIT_DATAERR = 65,
    WS_EXIT_NOINPUT = 66,
    WS_EXIT_SOFTWARE = 70,
    WS_EXIT_IOERR = 74
};

/* Short stable name of an error code ("invalid-utf8"), never NULL. */
const char *ws_strerror(int code);

/* ---- arena ---- */
typedef struct ws_arena ws_arena;
ws_arena *ws_arena_new(void);
void ws_arena_free(ws_arena *a);    /* accepts NULL */
void ws_arena_reset(ws_arena *a);   /* keeps the first block */
void ws_arena_release(ws_arena *a); /* frees every block */
/* A block lent to an arena for one stage's work on a document
 * (ws_annotate_batch_emit: the last stage's memory, one block that stays
 * warm from document to document once each record is written):
 * ws_arena_lend puts spare (from an earlier ws_arena_reclaim, or NULL) in
 * front of a's blocks and returns the mark to give ws_arena_reclaim, which
 * takes back every block added since (the largest kept as the next spare,
 * the others freed): what was allocated in them is gone. */
void *ws_arena_lend(ws_arena *a, void *spare);
void *ws_arena_reclaim(ws_arena *a, void *mark);
void ws_arena_spare_free(void *spare);
/* Returns zeroed memory owned by the arena, or NULL when out of memory. */
void *ws_arena_alloc(ws_arena *a, size_t n);
void *ws_arena_alloc_raw(ws_arena *a, size_t n); /* not zeroed */
/* Copies n bytes and adds a NUL; owned by the arena. */
char *ws_arena_strndup(ws_arena *a, const char *s, size_t n);
char *ws_arena_strdup(ws_arena *a, const char *s);
char *ws_arena_printf(ws_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- the record ---- */
typedef struct {
    int32_t start, end;
} ws_span;

enum ws_etype {
    WS_PERSON,
    WS_ORG,
    WS_GOV,
    WS_MEDIA,
    WS_LOC,
    WS_NORP,
    WS_ROLE,
    WS_MISC,
    WS_NETYPES
};
const char *ws_etype_name(int type);  /* "PERSON" ... */
int ws_etype_parse(const char *name); /* -1 when unknown; accepts PER */

enum ws_kind { WS_DIRECT, WS_INDIRECT, WS_MIXED, WS_REPORTED, WS_NKINDS };
const char *ws_kind_name(int kind);
int ws_kind_parse(const char *name);

enum ws_stance {
    WS_CONDEMNATION,
    WS_CONCERN,
    WS_ACCUSATION,
    WS_DENIAL,
    WS_DEMAND,
    WS_WARNING,
    WS_SUPPORT,
    WS_NEUTRAL,
    WS_NSTANCES
};
const char *ws_stance_name(int stance);
int ws_stance_parse(const char *name);

/* token flags */
enum {
    WS_TOK_WORD = 1 << 0,   /* contains a letter */
    WS_TOK_NUM = 1 << 1,    /* a number */
    WS_TOK_PUNCT = 1 << 2,  /* punctuation or symbol */
    WS_TOK_UPPER = 1 << 3,  /* first character is upper case */
    WS_TOK_ALLCAP = 1 << 4, /* every letter is upper case (and >1 letter) */
    WS_TOK_QUOTE = 1 << 5,  /* a quotation mark */
    WS_TOK_SPACE = 1 << 6,  /* followed by white space */
    WS_TOK_HANDLE = 1 << 7, /* @handle or #hashtag */
    WS_TOK_URL = 1 << 8,    /* URL or e-mail */
    WS_TOK_SENT0 = 1 << 9,  /* first token of its sentence */
    WS_TOK_DASH = 1 << 10   /* a dash (-, –, —) standing alone */
};

typedef struct {
    int32_t start, end;   /* code points */
    int32_t bstart, bend; /* bytes into doc->text */
    int32_t sent;         /* index of its sentence */
    uint32_t flags;       /* WS_TOK_* */
} ws_token;

typedef struct {
    int32_t start, end; /* code points */
    int32_t tok0, tok1; /* token range, tok1 exclusive */
    int32_t para;       /* index of its paragraph */
} ws_sentence;

typedef struct {
    int32_t start, end; /* code points */
} ws_paragraph;

typedef struct {
    int32_t start, end; /* code points */
    int32_t tok0, tok1; /* token range, tok1 exclusive (-1 if unknown) */
    int type;           /* ws_etype */
    const char *text;   /* surface text (arena) */
    const char *name;   /* canonical name after coreference (arena) */
    int32_t cluster;    /* coreference cluster id (>= 0) */
    int32_t role;       /* PERSON: index of its ROLE entity, or -1 */
    int32_t org;        /* PERSON/ROLE: index of its organisation, or -1 */
    const char *gender; /* "m", "f" or NULL */
    const char *source; /* "tagger", "lexicon", "pattern", "coref" */
} ws_entity;

#define WS_MAX_SEGMENTS 8
#define WS_MAX_LABELS   4

typedef struct {
    int kind;                         /* ws_kind */
    ws_span content[WS_MAX_SEGMENTS]; /* content segments */
    int ncontent;
    ws_span cue;               /* start = -1 when absent */
    ws_span speaker;           /* start = -1 when absent */
    int32_t speaker_ent;       /* entity index, or -1 */
    const char *speaker_name;  /* resolved name or NULL */
    const char *speaker_role;  /* NULL when not given */
    const char *speaker_org;   /* NULL when not given */
    int stance[WS_MAX_LABELS]; /* ws_stance labels */
    int nstance;
    const char *target;    /* phrase from the text or NULL */
    ws_span target_span;   /* start = -1 when absent */
    const char *intensity; /* "strong", "normal" or NULL */
    int negated;           /* the act is negated/refused */
    int hedged;            /* hedged or hypothetical */
} ws_statement;

typedef struct {
    const char *stage;   /* "read", "tokenize", "ner", "stance" */
    int code;            /* WS_E* */
    const char *message; /* arena */
} ws_docerror;

/* What has been done to a document (set by the stages and by the reader). */
enum {
    WS_DONE_TOKENIZE = 1 << 0,
    WS_DONE_NER = 1 << 1,
    WS_DONE_STANCE = 1 << 2
};

/* A growable array owned by a document. */
#define WS_VEC(T)                                                              \
    struct {                                                                   \
        T *v;                                                                  \
        int32_t n, cap;                                                        \
    }

typedef struct ws_doc {
    ws_arena *arena;
    const char *id; /* stable id (given or a hash of the text) */
    char *text;     /* NFC UTF-8, NUL-terminated (arena or buffer) */
    size_t len;     /* bytes */
    int32_t ncp;    /* code points */
    char lang[8];   /* ISO 639-1, "" when unknown */
    int lang_given; /* lang came from the input */
    /* metadata (NULL when absent) */
    const char *date, *title, *place, *source, *url, *dateline_date;
    const char *meta_extra;  /* other "meta" members, raw JSON ("k":v,...) */
    const char *extra;       /* unknown top-level members, raw JSON */
    const char *versions_in; /* "versions" members read from input */
    WS_VEC(ws_paragraph) paragraphs;
    WS_VEC(ws_sentence) sentences;
    WS_VEC(ws_token) tokens;
    WS_VEC(ws_entity) entities;
    WS_VEC(ws_statement) statements;
    WS_VEC(ws_docerror) errors;
    int32_t nerrors_in;   /* errors that came in with the record */
    WS_VEC(int32_t) cp2b; /* byte offset of each code point, ncp + 1 */
    /* cp2b[64 j] for each j with 64 j <= ncp, then -1: ws_doc_byte()
     * answers from these alone inside 64 code points of one byte each */
    WS_VEC(int32_t) cp64;
    unsigned done; /* WS_DONE_* */
    /* input position, for messages */
    const char *input_name;
    long input_line;
    /* ws_ner_resolve()'s index of the entities (arena), built on first use;
     * code that changes the entities in place sets it to NULL */
    struct ws_ner_index *ner_index;
    /* per token: 1 + ws_fold_sig() (ws_int.h) of its folded form when its
     * bytes are ASCII, 1 to 63 of them, else 0 (arena); made by ner as it
     * folds every token, for the tsig_n tokens it had, and read by stance
     * instead of a pass of its own (stance writes the others' in as it
     * folds them); NULL when none (the tokenizer and ws_doc_reset() clear
     * it) */
    uint16_t *tsig;
    int32_t tsig_n;
} ws_doc;

ws_doc *ws_doc_new(void);
void ws_doc_free(ws_doc *d);  /* accepts NULL */
void ws_doc_reset(ws_doc *d); /* forget everything, keep capacity */

/* Grows vec to hold one more element; returns a pointer to the new,
 * zeroed element or NULL when out of memory. */
void *ws__vec_push(void *vec_ptr, int32_t *n, int32_t *cap, size_t elsize);
/* The same, inline while the vector has room (the call only to grow). */
static inline void *
ws__vec_push_room(void *vec_ptr, int32_t *n, int32_t *cap, size_t elsize)
{
    if (*n < *cap) {
        char *el = (char *)*(void **)vec_ptr + (size_t)(*n) * elsize;
        memset(el, 0, elsize);
        (*n)++;
        return el;
    }
    return ws__vec_push(vec_ptr, n, cap, elsize);
}
#define WS_PUSH(vec)                                                           \
    ws__vec_push_room(&(vec).v, &(vec).n, &(vec).cap, sizeof(*(vec).v))

/* Records an error on the document (message is copied). */
void ws_doc_error(ws_doc *d, const char *stage, int code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Sets d->text to a copy of s (validated, NFC) and computes ncp and cp2b.
 * Invalid UTF-8 is replaced by U+FFFD and recorded as an error. */
int ws_doc_set_text(ws_doc *d, const char *s, size_t n);
/* ws_doc_set_text(), then d->id as ws_doc_ensure_id() makes it when it
 * has none: the text's hash made in the same pass as cp2b. */
int ws_doc_set_text_id(ws_doc *d, const char *s, size_t n);
/* (Re)computes ncp and cp2b from d->text. */
int ws_doc_index(ws_doc *d);
/* Code point offset -> byte offset (clamped). */
int32_t ws_doc_byte(const ws_doc *d, int32_t cp);
/* Copy of text[start:end) (code points) in the arena. */
char *ws_doc_slice(ws_doc *d, int32_t start, int32_t end);
/* Byte offset -> code point offset (binary search over cp2b). */
int32_t ws_doc_cp(const ws_doc *d, int32_t byte);

/* ---- JSON (a small DOM parser and a buffered writer) ---- */
typedef enum {
    WS_JNULL,
    WS_JFALSE,
    WS_JTRUE,
    WS_JNUM,
    WS_JSTR,
    WS_JARR,
    WS_JOBJ
} ws_jtype;

typedef struct ws_json ws_json;
struct ws_json {
    ws_jtype type;
    const char *key; /* member name when in an object (arena) */
    size_t keylen;
    const char *s; /* string value (arena, NUL-terminated, unescaped); of
                    * a span array ws_json_parse_record() left as text:
                    * its numbers (ws_json_span_nums) */
    size_t slen;
    double num;
    const char *raw; /* raw source text of this value */
    size_t rawlen;
    ws_json *child; /* first element/member */
    ws_json *next;  /* next sibling */
    int32_t n;      /* number of children */
};

/* Parses one JSON value (the whole buffer, surrounding white space allowed)
 * into the arena.  Returns 0 or -WS_EJSON with a message in errbuf.  The
 * tree points into buf for `raw`; keep buf alive while using it. */
int ws_json_parse(ws_arena *a, const char *buf, size_t len, ws_json **out,
                  char *errbuf, size_t errlen);
/* Member of an object by name, or NULL. */
const ws_json *ws_json_get(const ws_json *obj, const char *key);

typedef struct {
    char *buf;
    size_t len, cap;
    int oom;
} ws_buf;
void ws_buf_free(ws_buf *b);
/* ws_buf_put()'s out-of-line part: grows b, then appends (or sets oom). */
void ws_buf_put_grow(ws_buf *b, const char *s, size_t n);
/* Appends n bytes of s; inline while they fit (a writer's pieces are
 * short). */
static inline void
ws_buf_put(ws_buf *b, const char *s, size_t n)
{
    if (!b->oom && b->len + n + 1 <= b->cap) {
        memcpy(b->buf + b->len, s, n);
        b->len += n;
        b->buf[b->len] = '\0';
    } else {
        ws_buf_put_grow(b, s, n);
    }
}
void ws_buf_puts(ws_buf *b, const char *s);
static inline void
ws_buf_putc(ws_buf *b, char c)
{
    if (!b->oom && b->len + 2 <= b->cap) {
        b->buf[b->len++] = c;
        b->buf[b->len] = '\0';
    } else {
        ws_buf_put_grow(b, &c, 1);
    }
}
void ws_buf_printf(ws_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void ws_buf_int(ws_buf *b, long long v);
/* Writes s as a JSON string literal (with quotes); NULL writes null. */
void ws_buf_jstr(ws_buf *b, const char *s, size_t n);
void ws_buf_jstrz(ws_buf *b, const char *s);

/* ---- reading and writing records ---- */

/* Fills d from one parsed JSON object (text, id, lang, meta, and any
 * earlier stage's annotations).  Problems are recorded with
 * ws_doc_error(); returns 0, or a negative code when the object cannot
 * make a document at all (the caller still emits one). */
int ws_record_from_json(ws_doc *d, const ws_json *obj);

/* Which fields to write. */
enum { WS_OUT_TOKENS = 1 << 0, WS_OUT_NER = 1 << 1, WS_OUT_STANCE = 1 << 2 };
/* Serialises d as one JSON line (with the trailing newline) into b. */
void ws_record_write(ws_buf *b, const ws_doc *d);

/* Assigns d->id from the hash of the text when it has none. */
void ws_doc_ensure_id(ws_doc *d);
/* ws_doc_ensure_id() of each of docs[0..n), several hashes at once: the
 * ids of a batch read with ws_reader_defer_ids(). */
void ws_doc_ensure_ids(ws_doc *const *docs, int n);
/* 64-bit FNV-1a hash. */
uint64_t ws_hash64(const void *p, size_t n);

/* ---- input: articles in the seed layout, or JSON Lines ---- */
typedef struct ws_reader ws_reader;

/* Opens a reader on fp (not closed by the reader).  name is used in
 * messages ("<stdin>").  max_bytes limits one document (0 = default). */
ws_reader *ws_reader_new(FILE *fp, const char *name, size_t max_bytes);
void ws_reader_free(ws_reader *r);
/* Reads the next document into d (which is reset first).  Returns 1 when a
 * document was read (possibly with errors recorded on it), 0 at end of
 * input, or a negative code on a read failure. */
int ws_reader_next(ws_reader *r, ws_doc *d);
/* From now on ws_reader_next() leaves d->id NULL where it would be the
 * text's hash: the caller gives each document read its id with
 * ws_doc_ensure_ids() before anything reads it. */
void ws_reader_defer_ids(ws_reader *r);

/* Parses an article (seed layout) from text already in d->text: header
 * line ("date YYYY-MM-DD headline") and dateline ("PLACE (Agency - date)").
 * Fills date, title, place, source, dateline_date. */
void ws_article_meta(ws_doc *d);

/* ---- models and workers ---- */
typedef struct ws_models ws_models;
typedef struct ws_worker ws_worker;

/* Loads what the given stages need from dir (NULL = the default search:
 * $WHOSAID_MODELS, then <exe>/../models, then the build-time path).
 * Languages are loaded lazily on first use.  Returns NULL and writes a
 * message into errbuf when the directory is unusable. */
ws_models *ws_models_open(const char *dir, char *errbuf, size_t errlen);
/* Models that hold nothing (used when the directory is missing, so that
 * documents still come out, with errors). */
ws_models *ws_models_none(void);
/* 1 for models from ws_models_none(). */
int ws_models_missing(const ws_models *m);
void ws_models_free(ws_models *m);
/* What a command does with its models once its work is done, just
 * before the process exits (one thread, the workers joined): leaves them
 * to the operating system, still reachable from a static list so that
 * leak checkers do not count them lost; or, with
 * $WHOSAID_FREE_AT_EXIT=1, ws_models_free().  Freeing a Hunspell
 * dictionary's hundreds of thousands of blocks one by one took up to
 * 75 ms (uk_UA), a quarter of a short run in that language. */
void ws_models_leave(ws_models *m);
const char *ws_models_dir(const ws_models *m);

/* Per-thread state; uses m read-only. */
ws_worker *ws_worker_new(ws_models *m);
void ws_worker_free(ws_worker *w);

/* The stages.  Each enriches d in place, records problems with
 * ws_doc_error(), and returns 0 or a negative code for a failure that
 * left the stage's annotations out.  A stage runs the earlier stages
 * first when their results are missing. */
int ws_tokenize(ws_worker *w, ws_doc *d);
int ws_ner(ws_worker *w, ws_doc *d);
int ws_stance(ws_worker *w, ws_doc *d);

/* Version strings of each stage and of the models they loaded. */
const char *ws_stage_version(const char *stage);

#endif
