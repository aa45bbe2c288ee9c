/*
 * reader.c - the input side: JSON Lines or articles in the seed layout,
 * decided per stream from its first non-blank byte.
 *
 * Articles: a header line "date YYYY-MM-DD headline" (leading white space
 * allowed) starts an article; its body runs until the next header.  Files
 * in this layout often lack a final newline, so `cat a.txt b.txt` glues
 * "...four years. date 2023-03-09 Headline" onto one line: a "date
 * YYYY-MM-DD" after sentence-final punctuation is a boundary too, and the
 * new article starts at the white space before "date".
 *
 * Memory is bounded by one document: lines are read with a hard limit
 * (WS_READ_HARD_MAX); a longer line is skipped and reported, and the
 * record still comes out.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ws_int.h"

#define WS_READ_HARD_MAX ((size_t)1 << 30) /* 1 GiB per line/document */
#define WS_READ_BLOCK    ((size_t)1 << 16) /* read-ahead block */

enum { FMT_UNKNOWN, FMT_JSONL, FMT_ARTICLES };

struct ws_reader {
    FILE *fp;
    const char *name;
    size_t max; /* annotation limit per document (bytes) */
    int fmt;
    long line;      /* lines read so far */
    const char *ln; /* current line: in blk, or in buf */
    char *buf;      /* a line that spans blocks, copied */
    size_t cap, len;
    int too_long; /* current line exceeded the hard limit */
    /* a line (or its tail) that starts the next article: where it was
     * read (in blk or buf, unchanged until the next read_line()) */
    const char *pend;
    size_t pendlen;
    long pendline;
    int has_pend;
    int eof;
    int read_error;
    int fd;            /* the stream's descriptor, or -1: use fread */
    char *blk;         /* input read ahead of the current line */
    size_t bpos, bend; /* unread bytes: blk[bpos, bend) */
    /* the article being assembled: acc, then run (runlen bytes of lines
     * one after another in blk or buf, not yet copied into acc) */
    ws_buf acc;
    const char *run;
    size_t runlen;
    int defer_ids; /* ws_reader_defer_ids() */
};

ws_reader *
ws_reader_new(FILE *fp, const char *name, size_t max_bytes)
{
    ws_reader *r = calloc(1, sizeof(*r));
    if (r == NULL)
        return NULL;
    r->fp = fp;
    r->name = name ? name : "<stdin>";
    r->max = max_bytes ? max_bytes : (size_t)16 << 20;
    r->fd = fp ? fileno(fp) : -1;
    r->blk = malloc(WS_READ_BLOCK);
    if (r->blk == NULL) {
        free(r);
        return NULL;
    }
    return r;
}

void
ws_reader_free(ws_reader *r)
{
    if (r == NULL)
        return;
    free(r->buf);
    free(r->blk);
    ws_buf_free(&r->acc);
    free(r);
}

/*
 * The input block: up to WS_READ_BLOCK bytes read ahead of the current
 * line.  A stream with a descriptor is read with read(2), which returns
 * what is there (a line typed or piped slowly is handled at once, as with
 * getc); a stream without one (fmemopen) with fread.  Returns the number
 * of bytes now in the block, 0 at the end of the input or on an error
 * (then r->read_error is set).
 */
static size_t
fill_block(ws_reader *r)
{
    r->bpos = r->bend = 0;
    if (r->fd >= 0) {
        for (;;) {
            ssize_t got = read(r->fd, r->blk, WS_READ_BLOCK);
            if (got >= 0) {
                r->bend = (size_t)got;
                break;
            }
            if (errno != EINTR) {
                r->read_error = errno ? errno : EIO;
                break;
            }
        }
    } else {
        r->bend = fread(r->blk, 1, WS_READ_BLOCK, r->fp);
        if (r->bend == 0 && ferror(r->fp))
            r->read_error = errno ? errno : EIO;
    }
    return r->bend;
}

/* The article's uncopied lines (r->run) appended to r->acc. */
static void
art_spill(ws_reader *r)
{
    if (r->run != NULL) {
        ws_buf_put(&r->acc, r->run, r->runlen);
        r->run = NULL;
        r->runlen = 0;
    }
}

/* art_add()'s copy: s (n bytes) after the article's other bytes in
 * r->acc; out of line, so that art_add()'s usual case saves no
 * registers */
static __attribute__((noinline)) void
art_copy(ws_reader *r, const char *s, size_t n)
{
    art_spill(r);
    ws_buf_put(&r->acc, s, n);
}

/* Adds the n bytes at s to the article: while its lines follow one
 * another where they were read (an article inside the input block: most),
 * only their extent, and no copy (put_text() copies the text into the
 * document); else through r->acc. */
static inline void
art_add(ws_reader *r, const char *s, size_t n)
{
    if (r->acc.len == 0 && (r->run == NULL || r->run + r->runlen == s)) {
        if (r->run == NULL)
            r->run = s;
        r->runlen += n;
        return;
    }
    art_copy(r, s, n);
}

/*
 * Reads one line (with its '\n'): r->ln and r->len, valid until the next
 * call.  Returns 1, 0 at EOF, or -WS_EIO / -WS_ENOMEM.  A line that ends
 * in the input block (nearly all) is pointed at there; one that does not
 * is copied into r->buf, taken from the input block in runs (memchr for
 * the newline, memcpy), and NUL-terminated.  A line over the hard limit
 * is consumed to its end and r->too_long is set (r->buf then holds its
 * first bytes).
 */
static int
read_line(ws_reader *r)
{
    r->len = 0;
    r->too_long = 0;
    if (r->eof)
        return 0;
    if (r->bpos < r->bend) {
        /* not copied: a line was read into r->buf and then copied again
         * by each reader of it (10 000 memcpy calls per MB of news) */
        const char *src = r->blk + r->bpos;
        const char *q = memchr(src, '\n', r->bend - r->bpos);
        if (q != NULL) {
            r->ln = src;
            r->len = (size_t)(q - src) + 1;
            r->bpos += r->len;
            r->line++;
            return 1;
        }
    }
    /* the article's lines not yet copied are in blk or buf, which change
     * now */
    art_spill(r);
    int nl = 0, end = 0;
    while (!nl && !end) {
        if (r->cap - r->len < 2) {
            if (r->len >= WS_READ_HARD_MAX) {
                r->too_long = 1;
                /* skip to the end of the line or of the input */
                for (;;) {
                    if (r->bpos == r->bend && fill_block(r) == 0) {
                        end = 1;
                        break;
                    }
                    const char *q =
                        memchr(r->blk + r->bpos, '\n', r->bend - r->bpos);
                    if (q != NULL) {
                        r->bpos = (size_t)(q - r->blk) + 1;
                        break;
                    }
                    r->bpos = r->bend;
                }
                break;
            }
            size_t nc = r->cap ? r->cap * 2 : 65536;
            char *nb = realloc(r->buf, nc);
            if (nb == NULL)
                return -WS_ENOMEM;
            r->buf = nb;
            r->cap = nc;
        }
        /* copy until the buffer is full, a newline, or EOF */
        if (r->bpos == r->bend && fill_block(r) == 0) {
            end = 1;
            break;
        }
        size_t room = r->cap - 1 - r->len, avail = r->bend - r->bpos;
        size_t n = avail < room ? avail : room;
        const char *src = r->blk + r->bpos;
        const char *q = memchr(src, '\n', n);
        if (q != NULL) {
            n = (size_t)(q - src) + 1;
            nl = 1;
        }
        memcpy(r->buf + r->len, src, n);
        r->len += n;
        r->bpos += n;
    }
    r->buf[r->len] = '\0';
    r->ln = r->buf;
    if (end) {
        r->eof = 1;
        if (r->len == 0 && !r->too_long)
            return r->read_error ? -WS_EIO : 0;
    }
    r->line++;
    return 1;
}

static int
is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]))
            return 0;
    return 1;
}

/* "date YYYY-MM-DD" followed by white space or the end, at s. */
static int
is_date_mark(const char *s, size_t n)
{
    if (n < 15 || memcmp(s, "date ", 5) != 0)
        return 0;
    const char *p = s + 5;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (p[i] != '-')
                return 0;
        } else if (!isdigit((unsigned char)p[i])) {
            return 0;
        }
    }
    return n == 15 || isspace((unsigned char)s[15]);
}

static int
is_header(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return is_date_mark(s + i, n - i);
}

/* Sentence-final punctuation (ASCII or a closing quote/bracket). */
static int
ends_sentence(const char *s, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')')
        return 1;
    /* ” (E2 80 9D), » (C2 BB), “ (E2 80 9C), … (E2 80 A6) */
    if (i >= 2 && (unsigned char)s[i - 2] == 0xE2 &&
        (unsigned char)s[i - 1] == 0x80 &&
        (c == 0x9D || c == 0x9C || c == 0xA6 || c == 0x99))
        return 1;
    if (i >= 1 && (unsigned char)s[i - 1] == 0xC2 && c == 0xBB)
        return 1;
    return 0;
}

/* The first p >= i with p + 15 <= n where "date " starts (what
 * is_date_mark() asks first), or (size_t)-1.  Sixteen positions a step
 * with SSE2, where a memchr() for each 'd' of the text was a call every
 * 25 bytes or so of English (0.7 % of the run's time). */
static size_t
date_word_at(const char *s, size_t n, size_t i)
{
#ifdef __SSE2__
    /* while all sixteen positions are at most n - 15 (so the loads, to
     * i + 19, stay inside s) */
    for (; i + 30 <= n; i += 16) {
        /* position i + j has "date " when byte k of it, at i + j + k,
         * is "date "[k] for each k */
        __m128i m = _mm_set1_epi8(-1);
        for (int k = 0; k < 5; k++) {
            __m128i v = _mm_loadu_si128(
                (const __m128i *)(const void *)(s + i + (size_t)k));
            m = _mm_and_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8("date "[k])));
        }
        unsigned bits = (unsigned)_mm_movemask_epi8(m);
        if (bits != 0)
            return i + (size_t)__builtin_ctz(bits);
    }
#endif
    for (; i + 15 <= n; i++) {
        const char *d = memchr(s + i, 'd', n - 14 - i);
        if (d == NULL)
            break;
        i = (size_t)(d - s);
        if (memcmp(d, "date ", 5) == 0)
            return i;
    }
    return (size_t)-1;
}

/* Offset in s where a glued next article starts (its leading white space),
 * searching from `from`; -1 when none. */
static long
find_glue(const char *s, size_t n, size_t from)
{
    for (size_t i = from; i + 15 <= n; i++) {
        i = date_word_at(s, n, i);
        if (i == (size_t)-1)
            break;
        if (!is_date_mark(s + i, n - i))
            continue;
        size_t j = i;
        while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == '\t'))
            j--;
        if (j == 0 || j <= from)
            continue;
        if (ends_sentence(s, j - 1))
            return (long)j;
    }
    return -1;
}

/* s (n bytes) the next line next_line() gives: s is the line just read
 * or a part of it, which stays where it is until the next read_line(),
 * and next_line() gives it before it reads again. */
static void
set_pending(ws_reader *r, const char *s, size_t n, long line)
{
    r->pend = s;
    r->pendlen = n;
    r->pendline = line;
    r->has_pend = 1;
}

/* Next line: the pending one first; points s and n at it. */
static int
next_line(ws_reader *r, const char **s, size_t *n, long *line)
{
    if (r->has_pend) {
        r->has_pend = 0;
        *s = r->pend;
        *n = r->pendlen;
        *line = r->pendline;
        return 1;
    }
    int rc = read_line(r);
    if (rc <= 0)
        return rc;
    *s = r->ln;
    *n = r->len;
    *line = r->line;
    return 1;
}

static int
finish_doc(ws_reader *r, ws_doc *d, const char *s, size_t n)
{
    /* the id (the text's hash) with the text's index, in one pass, or
     * the index alone when the caller hashes the batch's texts at once */
    int rc =
        r->defer_ids ? ws_doc_set_text(d, s, n) : ws_doc_set_text_id(d, s, n);
    if (rc < 0)
        return rc;
    if (n > r->max)
        ws_doc_error(d, "read", WS_ETOOBIG,
                     "document of %zu bytes is over the limit of %zu bytes; "
                     "kept without annotations",
                     n, r->max);
    return 1;
}

static int
next_article(ws_reader *r, ws_doc *d)
{
    const char *s;
    size_t n;
    long line;
    int started = 0, rc, split = 0;
    r->acc.len = 0;
    r->run = NULL;
    r->runlen = 0;
    while ((rc = next_line(r, &s, &n, &line)) > 0) {
        if (!started) {
            if (is_blank(s, n))
                continue;
            started = 1;
            d->input_line = line;
            size_t from = 0;
            while (from < n && (s[from] == ' ' || s[from] == '\t'))
                from++;
            long g = find_glue(s, n, from + 1);
            if (g >= 0) {
                art_add(r, s, (size_t)g);
                set_pending(r, s + g, n - (size_t)g, line);
                break;
            }
            art_add(r, s, n);
            continue;
        }
        if (is_header(s, n)) {
            set_pending(r, s, n, line);
            break;
        }
        long g = find_glue(s, n, 0);
        if (g >= 0) {
            art_add(r, s, (size_t)g);
            set_pending(r, s + g, n - (size_t)g, line);
            break;
        }
        if (r->acc.len + r->runlen + n > WS_READ_HARD_MAX) {
            /* Split an endless article at a line boundary, loudly. */
            set_pending(r, s, n, line);
            split = 1;
            break;
        }
        art_add(r, s, n);
    }
    if (rc < 0 && !started)
        return rc;
    if (!started)
        return 0;
    if (r->acc.oom)
        return -WS_ENOMEM;
    const char *text = r->run != NULL ? r->run : r->acc.buf ? r->acc.buf : "";
    size_t len = r->run != NULL ? r->runlen : r->acc.len;
    while (len > 0 && isspace((unsigned char)text[len - 1]))
        len--;
    rc = finish_doc(r, d, text, len);
    r->run = NULL; /* (copied into d) */
    r->runlen = 0;
    if (rc < 0)
        return rc;
    if (split)
        ws_doc_error(d, "read", WS_ETOOBIG,
                     "article over %zu bytes split at line %ld",
                     (size_t)WS_READ_HARD_MAX, r->pendline);
    ws_article_meta(d);
    return 1;
}

static int
next_jsonl(ws_reader *r, ws_doc *d)
{
    const char *s;
    size_t n;
    long line;
    int rc;
    for (;;) {
        rc = next_line(r, &s, &n, &line);
        if (rc <= 0)
            return rc;
        if (!is_blank(s, n))
            break;
    }
    d->input_line = line;
    if (r->too_long) {
        ws_doc_error(d, "read", WS_ETOOBIG,
                     "line of more than %zu bytes skipped",
                     (size_t)WS_READ_HARD_MAX);
        ws_doc_set_text(d, "", 0);
        d->id = ws_arena_printf(d->arena, "%s:%ld", r->name, line);
        return 1;
    }
    while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    ws_json *v;
    char err[128];
    rc = ws_json_parse_record(d->arena, s, n, &v, err, sizeof err);
    if (rc == -WS_ENOMEM)
        return rc;
    if (rc < 0) {
        int trunc = r->eof && (n == 0 || s[n - 1] != '}');
        ws_doc_error(d, "read", trunc ? WS_ETRUNC : WS_EJSON, "%s%s",
                     trunc ? "input ends inside a record: " : "", err);
        ws_doc_set_text(d, "", 0);
        d->id = ws_arena_printf(d->arena, "%s:%ld", r->name, line);
        return 1;
    }
    rc = ws_record_from_json(d, v);
    if (rc == -WS_ENOMEM)
        return rc;
    if (rc < 0 && d->id == NULL)
        d->id = ws_arena_printf(d->arena, "%s:%ld", r->name, line);
    if (d->len > r->max)
        ws_doc_error(d, "read", WS_ETOOBIG,
                     "document of %zu bytes is over the limit of %zu bytes; "
                     "kept without annotations",
                     d->len, r->max);
    return 1;
}

int
ws_reader_next(ws_reader *r, ws_doc *d)
{
    ws_doc_reset(d);
    d->input_name = r->name;
    if (r->fmt == FMT_UNKNOWN) {
        const char *s;
        size_t n;
        long line;
        int rc;
        for (;;) {
            rc = next_line(r, &s, &n, &line);
            if (rc <= 0)
                return rc < 0 ? rc : 0;
            if (!is_blank(s, n))
                break;
        }
        size_t i = 0;
        while (i < n && isspace((unsigned char)s[i]))
            i++;
        r->fmt = s[i] == '{' || s[i] == '[' ? FMT_JSONL : FMT_ARTICLES;
        set_pending(r, s, n, line);
    }
    int rc = r->fmt == FMT_JSONL ? next_jsonl(r, d) : next_article(r, d);
    if (rc > 0 && !r->defer_ids)
        ws_doc_ensure_id(d);
    return rc;
}

void
ws_reader_defer_ids(ws_reader *r)
{
    r->defer_ids = 1;
}

int
ws_reader_error(const ws_reader *r)
{
    return r->read_error;
}

long
ws_reader_line(const ws_reader *r)
{
    return r->line;
}

/* ---- article metadata ---- */

static const char *const months_en[12] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

/* Parses "14th January, 2022", "January 14, 2022", "14 January 2022". */
static const char *
parse_date_en(ws_arena *a, const char *s, size_t n)
{
    int day = 0, month = 0, year = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && !isalnum((unsigned char)s[i]))
            i++;
        size_t j = i;
        while (j < n && isalnum((unsigned char)s[j]))
            j++;
        if (j == i)
            break;
        if (isdigit((unsigned char)s[i])) {
            int v = atoi(s + i);
            if (v > 31 && year == 0)
                year = v;
            else if (day == 0 && v >= 1 && v <= 31)
                day = v;
        } else {
            for (int m = 0; m < 12; m++) {
                size_t ml = strlen(months_en[m]);
                if (j - i >= 3 && j - i <= ml &&
                    strncasecmp(s + i, months_en[m], j - i) == 0)
                    month = m + 1;
            }
        }
        i = j;
    }
    if (day && month && year >= 1000 && year <= 9999) {
        /* "%04d-%02d-%02d" of those ranges, written here (vsnprintf
         * twice in ws_arena_printf took some 3 000 instructions) */
        char iso[10] = {(char)('0' + year / 1000),
                        (char)('0' + year / 100 % 10),
                        (char)('0' + year / 10 % 10),
                        (char)('0' + year % 10),
                        '-',
                        (char)('0' + month / 10),
                        (char)('0' + month % 10),
                        '-',
                        (char)('0' + day / 10),
                        (char)('0' + day % 10)};
        return ws_arena_strndup(a, iso, sizeof iso);
    }
    return NULL;
}

static void
trim(const char **s, const char **e)
{
    while (*s < *e && isspace((unsigned char)**s))
        (*s)++;
    while (*e > *s && isspace((unsigned char)(*e)[-1]))
        (*e)--;
}

/* Whether the full stop at q (line from p) ends an abbreviation: a word of
 * one to four ASCII letters, the first upper case ("Sept.", "Oct.", "D.C."). */
static int
abbrev_dot(const char *p, const char *q)
{
    const char *w = q;
    while (w > p && isalpha((unsigned char)w[-1]))
        w--;
    return q - w >= 1 && q - w <= 4 && isupper((unsigned char)*w) &&
           (w == p || !isalnum((unsigned char)w[-1]));
}

void
ws_article_meta(ws_doc *d)
{
    const char *t = d->text, *end = d->text + d->len;
    const char *p = t;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (!is_date_mark(p, (size_t)(end - p)))
        return;
    d->date = ws_arena_strndup(d->arena, p + 5, 10);
    const char *h = p + 15;
    const char *eol = memchr(h, '\n', (size_t)(end - h));
    if (eol == NULL)
        eol = end;
    const char *hs = h, *he = eol;
    trim(&hs, &he);
    if (he > hs)
        d->title = ws_arena_strndup(d->arena, hs, (size_t)(he - hs));
    /* the dateline: first non-blank line of the body */
    p = eol;
    while (p < end && isspace((unsigned char)*p))
        p++;
    const char *lend = memchr(p, '\n', (size_t)(end - p));
    if (lend == NULL)
        lend = end;
    const char *open = memchr(p, '(', (size_t)(lend - p));
    if (open == NULL || open - p > 80 || open == p)
        return;
    /* the place must not look like running text: no sentence end (the
     * full stop of an abbreviation is none: "Sept. 14", "D.C.") */
    for (const char *q = p; q < open; q++)
        if ((*q == '.' && !abbrev_dot(p, q)) || *q == '!' || *q == '?' ||
            *q == '"')
            return;
    const char *close = memchr(open, ')', (size_t)(lend - open));
    if (close == NULL || close - open > 160)
        return;
    /* the first letter of the place is upper case */
    size_t k = (size_t)(p - d->text);
    int32_t cp = ws_utf8_decode(d->text, d->len, &k);
    if (!ws_cp_is_upper(cp))
        return;
    const char *ps = p, *pe = open;
    const char *comma = memchr(ps, ',', (size_t)(pe - ps));
    if (comma != NULL)
        pe = comma;
    trim(&ps, &pe);
    if (pe > ps)
        d->place = ws_arena_strndup(d->arena, ps, (size_t)(pe - ps));
    /* inside: "Agency / Agency - 14th January, 2022" */
    const char *is = open + 1, *ie = close;
    const char *dash = NULL;
    for (const char *q = is; q + 2 < ie; q++) {
        if (q[0] == ' ' && q[1] == '-' && q[2] == ' ')
            dash = q;
        else if (q + 4 < ie && q[0] == ' ' && (unsigned char)q[1] == 0xE2 &&
                 (unsigned char)q[2] == 0x80 &&
                 ((unsigned char)q[3] == 0x93 || (unsigned char)q[3] == 0x94) &&
                 q[4] == ' ')
            dash = q;
    }
    const char *ss = is, *se = dash ? dash : ie;
    trim(&ss, &se);
    if (se > ss && d->source == NULL)
        d->source = ws_arena_strndup(d->arena, ss, (size_t)(se - ss));
    if (dash) {
        const char *ds = dash + 1, *de = ie;
        while (ds < de && !isalnum((unsigned char)*ds))
            ds++;
        const char *iso = parse_date_en(d->arena, ds, (size_t)(de - ds));
        if (iso)
            d->dateline_date = iso;
    }
}
