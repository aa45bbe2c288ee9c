/*
 * hunspell.c - the Hunspell adapter.  Dictionaries are Debian's
 * (/usr/share/hunspell, or $WHOSAID_HUNSPELL_DIR); a dictionary in a legacy
 * 8-bit encoding (pl_PL is ISO8859-2) is spoken to through iconv.
 *
 * libhunspell is called only through hunspell_guard.cc (the one file that
 * includes <hunspell.h>), which catches its C++ exceptions (std::bad_alloc when
 * memory runs out).  A call that threw is out of memory for the thread's
 * document: ws_hun_failed() says so to ws_annotate(), which drops the
 * annotations and reports it (exit 70), and its answer is not an answer
 * (ws_hun_spell and ws_hun_stem return -1, not cached).  A load that ran out of
 * memory is that too (ws_hun_open answers NULL), and the language then has no
 * dictionary for the rest of the run, as when its files are unloadable.
 */
#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "hunspell_guard.h"
#include "ws_int.h"

/* IGNORE characters a dictionary may have for its line to be lifted */
#define IGN_MAX 8

/* A set of words (see plain_add): open addressing, each slot the offset
 * of a word in blob (its length byte, then its bytes), 0 when empty.
 * Not a ws_map: with its 24-byte slots and key pool the set of en_US
 * took 2.6 MB more peak RSS in `run -j2` of the six languages (148.2
 * against 145.6 MB of the 150 allowed), and test_hunspell's bound on
 * an aliased dictionary's heap failed (9.4 MB against 7.7).  count is
 * the words in blob, homonyms counted (plain_index sizes the slots). */
typedef struct {
    uint32_t *slot;
    size_t mask, count;
    unsigned char *blob;
    size_t len, cap;
} plainset;

struct ws_hun {
    Hunhandle *h;
    iconv_t to_dic, from_dic; /* (iconv_t)-1 when the dictionary is UTF-8 */
    /* ASCII punctuation that no word or affix of the dictionary holds
     * (bit c of absent[c >> 6]); see cannot_match */
    uint64_t absent[2];
    /* whether a word Hunspell_analyze knows is one Hunspell_spell
     * accepts (see ws_hun_stem_spell) */
    int analysed_spelled;
    /* the .aff's IGNORE characters (UTF-8, NUL-terminated each) when
     * the copy has no IGNORE line (lifted): the words asked lose
     * them here instead (see lift_ignore) */
    char ignore[IGN_MAX][5];
    int nignore;
    /* whether Hunspell_analyze knows no number (see numbers_unknown) */
    int no_numbers;
    /* the words Hunspell_analyze answers as listed (see plain_add) */
    plainset plain;
};

static const struct {
    const char *lang, *dic;
} dicts[] = {{"en", "en_US"}, {"de", "de_DE"}, {"fr", "fr_FR"},
             {"pl", "pl_PL"}, {"ru", "ru_RU"}, {"uk", "uk_UA"}};

/*
 * libhunspell keeps one process-wide table (csutil's utf_tbl, with a
 * reference count) that every UTF-8 dictionary initialises on creation and
 * releases on destruction, with no lock: two dictionaries created at once
 * in two threads (a mixed corpus, -j2) both allocate it and one copy is
 * lost, or one thread frees it under the other.  hunspell_guard.cc puts
 * the table's two functions behind a lock of its own; only when that
 * cannot be (ws_hg_tables_locked() 0) do creation and destruction take
 * this lock, whole.  Lookups do not touch the table's count.
 */
static pthread_mutex_t hun_life_mu = PTHREAD_MUTEX_INITIALIZER;

/* Why the last ws_hun_open of each language (dicts[] index) answered
 * NULL although its files are there (HUN_NOMEM, HUN_ENCODING), 0 when it
 * did not; read by ws_hun_why_missing from any thread. */
enum { HUN_LOADED = 0, HUN_NOMEM, HUN_ENCODING };
static atomic_int open_fail[sizeof dicts / sizeof dicts[0]];

static void
set_open_fail(const char *lang, int why)
{
    for (size_t i = 0; i < sizeof dicts / sizeof dicts[0]; i++)
        if (strcmp(dicts[i].lang, lang) == 0)
            atomic_store(&open_fail[i], why);
}

/* Set when this thread ran out of memory in a call into libhunspell (it
 * threw) or opening a dictionary; ws_hun_failed() reads and clears it. */
static _Thread_local int hun_oom;

int
ws_hun_failed(void)
{
    int f = hun_oom;
    hun_oom = 0;
    return f;
}

/*
 * libhunspell 1.7 calls clock() at every step of a compound check, which
 * it makes for each word form not listed as it is (a few times a
 * document), to give up after a quarter of a second of CPU.  clock() is
 * the process's CPU clock, a system call (5.9 us on a paravirtualised
 * host: 1 760 calls a megabyte of English, 10 ms of its 200), so
 * the program defines it, as hunspell_guard.cc defines libhunspell's
 * table functions: its callers (libhunspell's PLT) reach this one.
 * The CPU clock is read at most every CLOCK_FRESH_NS of monotonic time
 * (read in user space) per thread; in between the answer is that reading
 * plus the monotonic time since.  For the thread asking that is no less
 * than the truth and at most CLOCK_FRESH_NS more; the other threads' CPU
 * time since the reading is missing from it.  It never goes back in a
 * thread.  Hunspell's bound is then reached at most 10 ms early, never
 * late; nothing else in the process reads clock().
 */
#define CLOCK_FRESH_NS 10000000LL

static _Thread_local long long clock_cpu, clock_wall, clock_last;
static _Thread_local int clock_seen;
static _Thread_local unsigned long clock_calls, clock_reads;

static long long
ts_ns(const struct timespec *t)
{
    return (long long)t->tv_sec * 1000000000LL + t->tv_nsec;
}

clock_t
clock(void)
{
    struct timespec now;
    clock_calls++;
    if (clock_gettime(CLOCK_MONOTONIC, &now) != 0)
        return (clock_t)-1;
    long long wall = ts_ns(&now);
    if (!clock_seen || wall - clock_wall > CLOCK_FRESH_NS ||
        wall < clock_wall) {
        struct timespec cpu;
        clock_reads++;
        if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu) != 0)
            return (clock_t)-1;
        clock_cpu = ts_ns(&cpu);
        clock_wall = wall;
        clock_seen = 1;
    }
    long long t = clock_cpu + (wall - clock_wall);
    if (t < clock_last)
        t = clock_last;
    clock_last = t;
    return (clock_t)(t / (1000000000LL / CLOCKS_PER_SEC));
}

void
ws_hun_clock_counts(unsigned long *calls, unsigned long *reads)
{
    *calls = clock_calls;
    *reads = clock_reads;
}

const char *
ws_hun_dir(void)
{
    const char *dir = getenv("WHOSAID_HUNSPELL_DIR");
    return dir && *dir ? dir : "/usr/share/hunspell";
}

const char *
ws_hun_dicname(const char *lang)
{
    for (size_t i = 0; i < sizeof dicts / sizeof dicts[0]; i++)
        if (strcmp(dicts[i].lang, lang) == 0)
            return dicts[i].dic;
    return NULL;
}

/* "no Hunspell dictionary" was said of a dictionary whose files are there
 * but whose load ran out of memory (hunspell_open_oom_message). */
int
ws_hun_why_missing(const char *lang, char *buf, size_t cap)
{
    int why = 0;
    for (size_t i = 0; i < sizeof dicts / sizeof dicts[0]; i++)
        if (strcmp(dicts[i].lang, lang) == 0)
            why = atomic_load(&open_fail[i]);
    if (why == HUN_NOMEM)
        return snprintf(buf, cap,
                        "the Hunspell dictionary for %s in %s could not be "
                        "loaded: out of memory",
                        lang, ws_hun_dir());
    if (why == HUN_ENCODING)
        return snprintf(buf, cap,
                        "the Hunspell dictionary for %s in %s could not be "
                        "loaded: iconv cannot convert its encoding",
                        lang, ws_hun_dir());
    return snprintf(buf, cap, "no Hunspell dictionary for %s in %s", lang,
                    ws_hun_dir());
}

/*
 * A dictionary without flag aliases (AF) gives every word its own malloc'd
 * flag vector: some 32 bytes a word, 27 MB over the six dictionaries,
 * whose million words use a few thousand distinct vectors.
 * compact() writes a copy of the pair in which every distinct flag string
 * of the .dic is an AF alias (the .aff gets the AF table before its first
 * affix class; the .dic lines name the alias instead of the flags), so
 * Hunspell shares one vector per alias; the affixes' continuation classes
 * go into the same table (with one, Hunspell reads them as alias numbers).
 * What it answers is unchanged, the flags being the same vectors
 * (tests/unit: test_hun_compact_same_answers asks both on a sample of
 * every installed dictionary).  The copies are unlinked temporary files
 * read through /proc/self/fd.  A pair that already has AF/AM tables or
 * flags with blanks is loaded as it is.
 */
typedef struct {
    char **key; /* distinct flag strings, in order of first use */
    size_t n, cap;
    uint32_t *slot; /* open addressing: index + 1, 0 empty */
    size_t scap;
} flagset;

static uint32_t
fs_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* Alias number (1-based) of flag string s[0..n), added when new; 0 when
 * out of memory. */
static size_t
fs_index(flagset *f, const char *s, size_t n)
{
    if ((f->n + 1) * 2 > f->scap) {
        size_t nc = f->scap ? f->scap * 2 : 1024;
        uint32_t *ns = calloc(nc, sizeof(*ns));
        if (ns == NULL)
            return 0;
        for (size_t i = 0; i < f->n; i++) {
            size_t j = fs_hash(f->key[i], strlen(f->key[i])) & (nc - 1);
            while (ns[j])
                j = (j + 1) & (nc - 1);
            ns[j] = (uint32_t)i + 1;
        }
        free(f->slot);
        f->slot = ns;
        f->scap = nc;
    }
    size_t j = fs_hash(s, n) & (f->scap - 1);
    while (f->slot[j]) {
        const char *k = f->key[f->slot[j] - 1];
        size_t i = 0; /* (flag strings are short: no strncmp call) */
        while (i < n && k[i] == s[i])
            i++;
        if (i == n && k[n] == '\0')
            return f->slot[j];
        j = (j + 1) & (f->scap - 1);
    }
    if (f->n == f->cap) {
        size_t nc = f->cap ? f->cap * 2 : 256;
        char **nk = realloc(f->key, nc * sizeof(*nk));
        if (nk == NULL)
            return 0;
        f->key = nk;
        f->cap = nc;
    }
    char *k = malloc(n + 1);
    if (k == NULL)
        return 0;
    memcpy(k, s, n);
    k[n] = '\0';
    f->key[f->n++] = k;
    f->slot[j] = (uint32_t)f->n;
    return f->n;
}

static void
fs_free(flagset *f)
{
    for (size_t i = 0; i < f->n; i++)
        free(f->key[i]);
    free(f->key);
    free(f->slot);
}

/* Strips the line end as Hunspell's mychomp() does. */
static size_t
chomp(char *s, size_t n)
{
    if (n > 0 && s[n - 1] == '\n')
        s[--n] = '\0';
    if (n > 0 && s[n - 1] == '\r')
        s[--n] = '\0';
    return n;
}

/* Where the flags of a .dic line are, as Hunspell's load_tables() splits
 * it: [*fb, *fe), empty when none.  Returns -1 when they hold a blank.
 * (A colon in them is a flag: a colon starts the fields only with a blank
 * three bytes before it, and neither the flags nor the alias number in
 * their place hold one, so the number does not move the split.) */
static int
dic_flags(const char *s, size_t n, size_t *fb, size_t *fe)
{
    /* the morphological fields: from the first colon with a blank three
     * bytes before it (back over the blanks), or after the first tab,
     * whichever comes first */
    size_t dp = SIZE_MAX;
    const char *c = n > 4 ? memchr(s + 4, ':', n - 4) : NULL;
    for (; c != NULL; c = memchr(c + 1, ':', n - (size_t)(c + 1 - s))) {
        size_t i = (size_t)(c - s);
        if (s[i - 3] == ' ' || s[i - 3] == '\t') {
            size_t k = i - 3;
            while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
                k--;
            dp = k == 0 ? SIZE_MAX : k + 1;
            break;
        }
    }
    const char *tab = memchr(s, '\t', n);
    if (tab != NULL && (dp == SIZE_MAX || (size_t)(tab - s) < dp))
        dp = (size_t)(tab - s) + 1;
    size_t end = dp == SIZE_MAX ? n : dp - 1;
    /* the first '/' not escaped by a backslash; one at the start of the
     * line is a word character, and Hunspell then splits after the next
     * byte whatever it is */
    size_t ap = end;
    if (end > 0 && s[0] == '/')
        ap = 1;
    else
        for (const char *q = end > 1 ? memchr(s + 1, '/', end - 1) : NULL;
             q != NULL; q = memchr(q + 1, '/', end - (size_t)(q + 1 - s)))
            if (q[-1] != '\\') {
                ap = (size_t)(q - s);
                break;
            }
    *fb = *fe = end;
    if (ap + 1 >= end)
        return 0;
    for (size_t i = ap + 1; i < end; i++)
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\v' || s[i] == '\f' ||
            s[i] == '\r')
            return -1;
    *fb = ap + 1;
    *fe = end;
    return 0;
}

/*
 * dic_flags and mark_seen of a .dic line in one pass, for the lines most
 * are: no colon, tab or backslash, not starting with '/' -- the flags
 * are then after the first '/' to the end.  The bytes before it are
 * marked in seen (when not NULL).  Returns 0 as dic_flags, or 1 when
 * the line is not such a line or has a blank after the '/' (ask
 * dic_flags, which may answer -1).
 */
static int
dic_line_plain(const char *s, size_t n, unsigned char *seen, size_t *fb,
               size_t *fe)
{
    /* bit 1: ends the fast path; bit 2: '/'; bit 4: a blank Hunspell
     * splits flags at */
    static const unsigned char cls[256] = {
        [':'] = 1, ['\t'] = 1, ['\\'] = 1, ['/'] = 2,
        [' '] = 4, ['\v'] = 4, ['\f'] = 4, ['\r'] = 4};
    const unsigned char *p = (const unsigned char *)s;
    if (n == 0 || p[0] == '/')
        return 1;
    size_t i = 0;
    for (; i < n; i++) {
        unsigned char c = cls[p[i]];
        /* (a ':' that ends the fast path is dic_flags' to place: in
         * fr_FR's "-  po:ponc" it starts a morphological field) */
        if (c & 1)
            return 1;
        if (seen != NULL)
            seen[p[i]] = 1;
        if (c & 2)
            break;
    }
    *fb = *fe = n;
    if (i + 1 >= n) /* no '/', or nothing after it */
        return 0;
    /* a blank among them (fr_FR's "  po:" fields after them, or a blank
     * Hunspell splits at: a colon after it may end them) or a colon, tab
     * or backslash: dic_flags reads the line */
    for (size_t k = i + 1; k < n; k++)
        if (cls[p[k]] & 5)
            return 1;
    *fb = i + 1;
    return 0;
}

/* The continuation classes of an affix line ("SFX A 0 s/BC ." : after
 * the first '/' of the fourth field), [*cb, *ce), empty when none;
 * -1 when the line has blanks Hunspell splits at and this does not. */
static int
aff_contclass(const char *s, size_t n, size_t *cb, size_t *ce)
{
    *cb = *ce = n;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\v' || s[i] == '\f' || s[i] == '\r')
            return -1;
    size_t i = 0;
    for (int field = 0; i < n && field < 3; field++) {
        while (i < n && s[i] != ' ' && s[i] != '\t')
            i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
    }
    size_t e = i;
    while (e < n && s[e] != ' ' && s[e] != '\t')
        e++;
    const char *slash = memchr(s + i, '/', e - i);
    if (slash != NULL && (size_t)(slash - s) + 1 < e) {
        *cb = (size_t)(slash - s) + 1;
        *ce = e;
    }
    return 0;
}

/* A file that is already unlinked; its name through /proc in path. */
static FILE *
anon_file(char *path, size_t cap)
{
    const char *dir = getenv("TMPDIR");
    char tmpl[4096];
    snprintf(tmpl, sizeof tmpl, "%s/whosaid-dic-XXXXXX",
             dir && *dir ? dir : "/tmp");
    int fd = mkstemp(tmpl);
    if (fd < 0)
        return NULL;
    unlink(tmpl);
    snprintf(path, cap, "/proc/self/fd/%d", fd);
    FILE *f = fdopen(fd, "w+");
    if (f == NULL || access(path, R_OK) != 0) {
        if (f)
            fclose(f);
        else
            close(fd);
        return NULL;
    }
    return f;
}

typedef struct {
    FILE *f;
    size_t n;
    int err;
    char b[1 << 16];
} outbuf;

static int
ob_flush(outbuf *o)
{
    if (o->n > 0 && fwrite(o->b, 1, o->n, o->f) != o->n)
        o->err = 1;
    o->n = 0;
    return o->err ? -1 : 0;
}

static __attribute__((noinline)) void
ob_put_slow(outbuf *o, const char *s, size_t n)
{
    ob_flush(o);
    if (n > sizeof o->b) {
        if (fwrite(s, 1, n, o->f) != n)
            o->err = 1;
        return;
    }
    memcpy(o->b + o->n, s, n);
    o->n += n;
}

/* (the pieces of a .dic line are a few bytes: copied in two fixed-size
 * moves that may overlap, not through memcpy's call -- 2.7 million of
 * them over the six dictionaries) */
static inline void
ob_put(outbuf *o, const char *s, size_t n)
{
    if (o->n + n > sizeof o->b) {
        ob_put_slow(o, s, n);
        return;
    }
    char *d = o->b + o->n;
    if (n >= 8 && n <= 16) {
        memcpy(d, s, 8);
        memcpy(d + n - 8, s + n - 8, 8);
    } else if (n >= 4 && n < 8) {
        memcpy(d, s, 4);
        memcpy(d + n - 4, s + n - 4, 4);
    } else if (n < 4) {
        for (size_t i = 0; i < n; i++)
            d[i] = s[i];
    } else {
        memcpy(d, s, n);
    }
    o->n += n;
}

/* Lines of a file read in 64 KB blocks (getline per line of a .dic of
 * 300 000 lines cost a fifth of the copying): each line with its '\n'
 * (the last one without, when the file does not end in one), valid until
 * the next call. */
typedef struct {
    FILE *f;
    char *buf;
    size_t cap, beg, end;
    int eof;
} lreader;

/* The next line's length (at *line), or -1 at the end (or on a read
 * error, left in ferror(f), or out of memory, in r->eof == 2). */
static ssize_t
lr_next(lreader *r, char **line)
{
    for (;;) {
        char *nl = r->end > r->beg
                       ? memchr(r->buf + r->beg, '\n', r->end - r->beg)
                       : NULL;
        if (nl != NULL) {
            *line = r->buf + r->beg;
            size_t n = (size_t)(nl - *line) + 1;
            r->beg += n;
            return (ssize_t)n;
        }
        if (r->eof) {
            if (r->eof != 1 || r->beg == r->end)
                return -1;
            *line = r->buf + r->beg;
            size_t n = r->end - r->beg;
            r->beg = r->end;
            return (ssize_t)n;
        }
        /* the partial line to the front, then more of the file (not
         * before the first block: memmove of a null buffer is undefined
         * even for 0 bytes, lreader_first_read_null_memmove) */
        if (r->beg > 0) {
            memmove(r->buf, r->buf + r->beg, r->end - r->beg);
            r->end -= r->beg;
            r->beg = 0;
        }
        if (r->end == r->cap) {
            size_t nc = r->cap ? 2 * r->cap : (size_t)1 << 16;
            char *nb = realloc(r->buf, nc);
            if (nb == NULL) {
                r->eof = 2;
                return -1;
            }
            r->buf = nb;
            r->cap = nc;
        }
        size_t got = fread(r->buf + r->end, 1, r->cap - r->end, r->f);
        r->end += got;
        if (got == 0)
            r->eof = 1;
    }
}

static void
ob_num(outbuf *o, size_t v)
{
    char tmp[24], *p = tmp + sizeof tmp;
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    ob_put(o, p, (size_t)(tmp + sizeof tmp - p));
}

static int
is_key(const char *s, const char *k)
{
    size_t n = strlen(k);
    return strncmp(s, k, n) == 0 && (s[n] == ' ' || s[n] == '\t');
}

/* Nonzero when one of the 8 bytes of x may be a character set_absent
 * reads: an ASCII byte below 'A', or one of [\\]^_` {|}~ DEL (low five
 * bits 0 or 27-31 above '@'); letters and bytes of 128 and up are not.
 * Per byte without borrows between bytes: each difference is of a byte
 * with its top bit set. */
static inline uint64_t
may_punct8(uint64_t x)
{
    const uint64_t L = 0x0101010101010101ULL, H = 0x8080808080808080ULL;
    uint64_t lt41 = ~(((x & ~H) | H) - 0x41 * L);
    uint64_t low5 = (x & 0x1F * L) | H;
    uint64_t zero5 = ~(low5 - L), ge27 = low5 - 0x1B * L;
    return (lt41 | zero5 | ge27) & ~x & H;
}

/* Marks in seen the bytes of s[0..n) that set_absent reads (at least:
 * others may be marked too), 8 at a time: the .dic's words are mostly
 * letters, and marking every byte of the six dictionaries' 17 MB was a
 * fifth of compact_seen.  A block that may hold one is marked whole;
 * fewer than 8 bytes are marked one by one. */
static inline void
mark_punct(unsigned char *seen, const unsigned char *p, size_t n)
{
    if (n < 8) {
        for (size_t i = 0; i < n; i++)
            seen[p[i]] = 1;
        return;
    }
    uint64_t x;
    size_t i = 0;
    for (; i + 8 < n; i += 8) {
        memcpy(&x, p + i, 8);
        if (may_punct8(x))
            for (int k = 0; k < 8; k++)
                seen[p[i + k]] = 1;
    }
    /* the last 8 bytes (overlapping the block before) */
    memcpy(&x, p + n - 8, 8);
    if (may_punct8(x))
        for (int k = 0; k < 8; k++)
            seen[p[n - 8 + k]] = 1;
}

void
ws_hun_mark_seen(unsigned char *seen, const char *s, size_t n)
{
    mark_punct(seen, (const unsigned char *)s, n);
}

/* Marks in seen (when not NULL) the bytes of line s[0..n) but [fb, fe)
 * (those that set_absent reads). */
static void
mark_seen(unsigned char *seen, const char *s, size_t n, size_t fb, size_t fe)
{
    if (seen == NULL)
        return;
    mark_punct(seen, (const unsigned char *)s, fb);
    if (fe < n)
        mark_punct(seen, (const unsigned char *)s + fe, n - fe);
}

/*
 * What the .aff says besides its affix classes, read in the same pass as
 * them (compact_seen, or scan_seen when the pair is not aliased).
 *
 * risky: one of the options under which Hunspell_analyze answers for
 * words Hunspell_spell rejects: the case rules (KEEPCASE, CHECKSHARPS,
 * FORCEUCASE, a LANG's own casing), forbidden and affix-only words,
 * circumfixes and flag-driven compounding.  de_DE (some 13 000 of its
 * words' forms, lower-case nouns: "ähren") and fr_FR (175, capitals:
 * "BQ") have some of them; en_US, pl_PL, ru_RU and uk_UA, over whose
 * words the two agree, have none.  Hunspell reads an option at the start
 * of a line, matching its name as a prefix: so is it matched here (after
 * blanks too, to err on the side of asking).  Set also when the file
 * cannot be read.
 *
 * The rest says whether the IGNORE line can be lifted (see lift_ignore).
 */
typedef struct {
    int risky;
    int set_lines, utf8; /* SET lines; the one says UTF-8 */
    int ignore_lines;    /* lines starting IGNORE */
    int ignore_at;       /* the (one) IGNORE line's number */
    int ignore_ok;       /* its characters, each non-ASCII, in ignore[] */
    char ignore[IGN_MAX][5];
    int nignore;
    int iconv_ok; /* each ICONV pattern one character, not '_' */
    int lifted;   /* the copy has no IGNORE line */
    /* what numbers_unknown reads: */
    int num_bad;    /* a line by which a number could be analysed */
    int empty_app;  /* an affix entry with no appendix */
    int flag_lines; /* FLAG or AF lines (the flags not one byte each) */
    int affix_left; /* entries of the affix class being read */
    int nrules;     /* COMPOUNDRULE lines, the count first */
    char rule[16][64];
    int num_words;                /* a .dic word holds a num_byte */
    unsigned char num_flags[256]; /* flags of the one-byte such words */
    /* what plain_add reads: lines that change analyze's answer for a
     * listed word (OCONV, COMPLEXPREFIXES, an ICONV pattern a word of
     * plain_chars can hold, an ONLYINCOMPOUND, FORBIDDENWORD or
     * NEEDAFFIX flag not one byte) */
    int plain_bad;
    /* the flags of ONLYINCOMPOUND, FORBIDDENWORD and NEEDAFFIX */
    unsigned char no_stem[256];
} aff_facts;

static void
facts_init(aff_facts *a)
{
    memset(a, 0, sizeof(*a));
    a->iconv_ok = 1;
}

/* Whether line s[0..n) is key k and a blank (is_key, bounded by n). */
static int
key_n(const char *s, size_t n, const char *k)
{
    size_t kn = strlen(k);
    return n > kn && memcmp(s, k, kn) == 0 && (s[kn] == ' ' || s[kn] == '\t');
}

/*
 * Marks in seen (when not NULL) the bytes of .aff line s[0..n) that a
 * word Hunspell accepts can hold (see set_absent): of an affix entry
 * ("SFX A y ies/BC [^aeiou]y po:noun"), its first five fields but the
 * continuation classes (the first '/' of the fourth field and what
 * follows it, which Hunspell reads as flags) and the flag (the second:
 * uk_UA's classes ':' and '@'); of a class's header, all but its flag;
 * not the morphological fields after the fifth, which Hunspell gives out but
 * never matches with a word (fr_FR's "dp:le|la+" made ':' a character its words
 * may hold, so that a URL was asked: 125 us of Hunspell_spell each).  Any other
 * line, and one Hunspell may split otherwise (\v, \f, \r), is marked whole.
 */
static void
mark_aff_line(unsigned char *seen, const char *s, size_t n)
{
    if (seen == NULL)
        return;
    size_t b[5], e[5], i = 0;
    int nf = 0;
    for (size_t k = 0; k < n; k++)
        if (s[k] == '\v' || s[k] == '\f' || s[k] == '\r')
            nf = -1;
    if (nf == 0 && (key_n(s, n, "SFX") || key_n(s, n, "PFX")))
        while (nf < 5) {
            while (i < n && (s[i] == ' ' || s[i] == '\t'))
                i++;
            if (i >= n)
                break;
            b[nf] = i;
            while (i < n && s[i] != ' ' && s[i] != '\t')
                i++;
            e[nf++] = i;
        }
    if (nf == 4 && (s[b[2]] == 'Y' || s[b[2]] == 'N') && e[2] == b[2] + 1) {
        /* a class's header ("SFX A Y 14"): but its flag */
        mark_punct(seen, (const unsigned char *)s, e[0]);
        mark_punct(seen, (const unsigned char *)s + e[1], n - e[1]);
        return;
    }
    if (nf < 5) {
        mark_punct(seen, (const unsigned char *)s, n);
        return;
    }
    const char *slash = memchr(s + b[3], '/', e[3] - b[3]);
    mark_punct(seen, (const unsigned char *)s, e[0]);
    mark_punct(seen, (const unsigned char *)s + e[1],
               (slash != NULL ? (size_t)(slash - s) : e[3]) - e[1]);
    mark_punct(seen, (const unsigned char *)s + e[3], e[4] - e[3]);
}

static int
risky_line(const char *l, size_t n)
{
    static const char *const keys[] = {
        "KEEPCASE",      "CHECKSHARPS",        "FORCEUCASE",
        "LANG",          "FORBIDDENWORD",      "NEEDAFFIX",
        "PSEUDOROOT",    "CIRCUMFIX",          "COMPOUNDFLAG",
        "COMPOUNDBEGIN", "COMPOUNDMIDDLE",     "COMPOUNDEND",
        "COMPOUNDLAST",  "COMPOUNDPERMITFLAG", "COMPOUNDFORBIDFLAG",
        "ONLYUPCASE",    "SUBSTANDARD",        "WARN"};
    size_t i = 0;
    while (i < n && (l[i] == ' ' || l[i] == '\t'))
        i++;
    if (n - i < 2 || strchr("CFKLNOPSW", l[i]) == NULL || l[i] == '\0')
        return 0; /* (every key is longer, and starts with one of these) */
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        if (keys[k][0] != l[i] || keys[k][1] != l[i + 1])
            continue;
        size_t kn = strlen(keys[k]);
        if (n - i >= kn && memcmp(l + i, keys[k], kn) == 0)
            return 1;
    }
    return 0;
}

/* The bytes of the UTF-8 character at s (n bytes left), 0 when none. */
static size_t
u8_len(const unsigned char *s, size_t n)
{
    size_t k = s[0] < 0x80                   ? 1
               : s[0] >= 0xC2 && s[0] < 0xE0 ? 2
               : s[0] >= 0xE0 && s[0] < 0xF0 ? 3
                                             : 0;
    if (k == 0 || k > n)
        return 0;
    for (size_t i = 1; i < k; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return k;
}

/* The blank-separated field `field` (0: the key) of line s[0..n). */
static size_t
aff_field(const char *s, size_t n, int field, const char **f)
{
    size_t i = 0;
    *f = s + n;
    for (int k = 0;; k++) {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        size_t b = i;
        while (i < n && s[i] != ' ' && s[i] != '\t')
            i++;
        if (k == field) {
            *f = s + b;
            return i - b;
        }
        if (i == n)
            return 0;
    }
}

/* Whether c is a byte of the words numbers_unknown is about: a digit,
 * '.' or ','. */
static inline int
num_byte(char c)
{
    return ((unsigned char)(c - '0') < 10) | (c == '.') | (c == ',');
}

/* Whether s[0..n) is not empty and of num_bytes only (with '_' too when
 * anchors) */
static int
num_only(const char *s, size_t n, int anchors)
{
    if (n == 0)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!num_byte(s[i]) && !(anchors && s[i] == '_'))
            return 0;
    return 1;
}

/* Whether line s[0..n) starts with k (Hunspell matches an option's name
 * as a prefix) */
static int
num_key(const char *s, size_t n, const char *k)
{
    size_t kn = strlen(k);
    return n >= kn && memcmp(s, k, kn) == 0;
}

/* The numbers_unknown facts of .aff line s[0..n) into a. */
static void
num_aff_line(aff_facts *a, const char *s, size_t n)
{
    const char *f, *r;
    size_t fl;
    size_t i = 0; /* (blanks before an option: erring towards seeing it) */
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i == n || strchr("ACFIPS", s[i]) == NULL)
        return; /* (what follows starts with one of these) */
    s += i;
    n -= i;
    if (num_key(s, n, "CHECKCOMPOUNDPATTERN")) {
        a->num_bad = 1; /* (its replacements change a compound's parts) */
    } else if (num_key(s, n, "FLAG") || num_key(s, n, "AF")) {
        a->flag_lines = 1;
    } else if (num_key(s, n, "COMPOUNDRULE")) {
        fl = aff_field(s, n, 1, &f);
        if (a->nrules == 16 || fl >= sizeof a->rule[0]) {
            a->num_bad = 1;
            return;
        }
        memcpy(a->rule[a->nrules], f, fl);
        a->rule[a->nrules++][fl] = '\0';
    } else if (i == 0 && (num_key(s, n, "SFX") || num_key(s, n, "PFX"))) {
        /* a class's header ("SFX A Y 14"), then as many entries
         * ("SFX A y ies/BC [^aeiou]y"), whose fourth field up to a '/'
         * is the appendix, "0" when none */
        if (a->affix_left <= 0) {
            fl = aff_field(s, n, 3, &f);
            a->affix_left = num_only(f, fl, 0) ? atoi(f) : 0;
            return;
        }
        a->affix_left--;
        fl = aff_field(s, n, 3, &f);
        const char *sl = memchr(f, '/', fl);
        if (sl != NULL)
            fl = (size_t)(sl - f);
        if (fl == 0 || (fl == 1 && *f == '0'))
            a->empty_app = 1;
        else if (num_only(f, fl, 0))
            a->num_bad = 1;
    } else if (num_key(s, n, "ICONV")) {
        /* a table line's pattern (the count line has one field) */
        fl = aff_field(s, n, 1, &f);
        if (aff_field(s, n, 2, &r) > 0 && num_only(f, fl, 1))
            a->num_bad = 1;
    } else if (num_key(s, n, "IGNORE")) {
        fl = aff_field(s, n, 1, &f);
        for (size_t k = 0; k < fl; k++)
            if (num_byte(f[k]))
                a->num_bad = 1;
    }
}

/* The numbers_unknown facts of .dic line s[0..n), which starts with a
 * num_byte, into a, its flags [fb, fe) (flags_ok: as dic_flags splits
 * them).  (Whether a word holds a num_byte is read from the bytes marked
 * seen: num_words_seen.) */
static void
num_dic_line(aff_facts *a, const char *s, size_t n, size_t fb, size_t fe,
             int flags_ok)
{
    if (n >= 2 && num_byte(s[1])) {
        a->num_bad = 1; /* (maybe a number of two bytes or more) */
    } else if (n == 1 || s[1] == '/' || s[1] == ' ' || s[1] == '\t') {
        /* a word of one such byte */
        if (!flags_ok)
            a->num_bad = 1;
        for (size_t i = fb; flags_ok && i < fe; i++)
            a->num_flags[(unsigned char)s[i]] = 1;
    }
}

/* Whether numbers_unknown reads the .dic's lines (num_dic_line), the
 * .aff read: not when the .aff alone says no, nor when an affix without
 * an appendix leaves it only num_words to read (a test a line the
 * fewer: 0.2 % of the instructions of loading the six dictionaries). */
static int
num_lines_read(const aff_facts *a)
{
    return !a->risky && !a->num_bad && !a->empty_app;
}

/* Moves the .dic's bytes marked in dseen into seen (when not NULL),
 * noting whether a num_byte is among them: the words' bytes and some of
 * their flags' and fields' (mark_seen), erring towards num_words.  (A
 * test of each word's bytes was 4 % of the instructions of loading the
 * six dictionaries.) */
static void
num_words_seen(aff_facts *a, const unsigned char *dseen, unsigned char *seen)
{
    for (int c = 0; c < 256; c++) {
        if (dseen[c] && num_byte((char)c))
            a->num_words = 1;
        if (seen != NULL && dseen[c])
            seen[c] = 1;
    }
}

/*
 * Whether Hunspell_analyze has no analysis of any word of num_bytes,
 * two bytes or more, that starts and ends with a digit ("2024",
 * "91,596", "15.2": some 13 % of the words new to the caches in English
 * news, and the dearest to analyse, 5.5 us each against 1.5, most of it
 * Hunspell trying each split of the number as a compound).  Such a word
 * is not changed before Hunspell looks it up (no ICONV pattern nor
 * IGNORE character a num_byte, no trailing dot; in every encoding a
 * dictionary may have its bytes are the same), and every word Hunspell
 * looks up for it is the word or a compound's part, a substring of it,
 * with affixes taken off and their strip strings put back on: an affix
 * applies only when its appendix is at the part's end, so only one with
 * no appendix (an appendix of num_bytes only: num_bad).  So
 *  - a dictionary none of whose words holds a num_byte
 *    (num_words 0) has no word to find: pl_PL, ru_RU and uk_UA;
 *  - else, with no affix without an appendix, the words looked up are
 *    substrings of the number, and none is a word of two bytes or more
 *    (no .dic line starts with two num_bytes): only a compound of
 *    one-byte words could be analysed.  Not a dictionary that compounds
 *    by flags (risky: COMPOUNDFLAG and the like, and LANG, hu_HU's
 *    numbers being its own), and each COMPOUNDRULE needs a flag (one not
 *    followed by '*' or '?') that no one-byte word of them holds, the
 *    flags being bytes (no FLAG nor AF line): en_US's "n*1t" and "n*mp"
 *    need the "t" and "p" of "1st/p" and "4th/pt", its digits being
 *    "1/n1" and "2/nm".
 * CHECKCOMPOUNDPATTERN, which can change a compound's parts, is num_bad.
 * (tests/unit: test_hun_numbers_unknown asks every installed dictionary.)
 */
static int
numbers_unknown(const aff_facts *a)
{
    if (a->risky || a->num_bad)
        return 0;
    if (!a->num_words)
        return 1;
    if (a->empty_app || (a->flag_lines && a->nrules > 1))
        return 0;
    for (int r = 1; r < a->nrules; r++) {
        const char *s = a->rule[r];
        int need = 0;
        for (size_t i = 0; s[i]; i++) {
            if (s[i] == '(' || s[i] == ')')
                return 0;
            if (s[i] != '*' && s[i] != '?' && s[i + 1] != '*' &&
                s[i + 1] != '?' && !a->num_flags[(unsigned char)s[i]])
                need = 1;
        }
        if (!need)
            return 0;
    }
    return 1;
}

/* Whether word is one numbers_unknown is about. */
static int
is_number(const char *word)
{
    size_t n = 0;
    while (word[n] != '\0' && num_byte(word[n]))
        n++;
    return word[n] == '\0' && n >= 2 && word[0] != '.' && word[0] != ',' &&
           word[n - 1] != '.' && word[n - 1] != ',';
}

/*
 * Whether s[0..n) is made only of characters that Hunspell's case tables
 * hold as small letters of their own (lower case of themselves): a-z,
 * U+00DF-U+00FF but U+00F7, U+0430-U+045F; with anchors, '_' too.  A
 * word of them is one Hunspell takes as it is (no capital, no blank, no
 * trailing dot for its cleanword2 to change).
 */
static int
plain_chars(const char *s, size_t n, int anchors)
{
    const unsigned char *p = (const unsigned char *)s;
    if (n == 0)
        return anchors; /* (an empty pattern: assume it matters) */
    for (size_t i = 0; i < n; i++) {
        if ((p[i] >= 'a' && p[i] <= 'z') || (anchors && p[i] == '_'))
            continue;
        if (i + 1 < n &&
            ((p[i] == 0xC3 && p[i + 1] >= 0x9F && p[i + 1] <= 0xBF &&
              p[i + 1] != 0xB7) ||
             (p[i] == 0xD0 && p[i + 1] >= 0xB0 && p[i + 1] <= 0xBF) ||
             (p[i] == 0xD1 && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F))) {
            i++;
            continue;
        }
        return 0;
    }
    return 1;
}

/* Reads the lines of the .aff plain_add depends on (Hunspell matches an
 * option's name as a prefix: so here, after blanks too, to err on the
 * side of asking). */
static void
plain_fact_line(aff_facts *a, const char *s, size_t n)
{
    size_t i = 0;
    const char *f;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    s += i;
    n -= i;
    if ((n >= 5 && memcmp(s, "OCONV", 5) == 0) ||
        (n >= 15 && memcmp(s, "COMPLEXPREFIXES", 15) == 0)) {
        a->plain_bad = 1;
        return;
    }
    /* the flags whose words SuggestMgr::suggest_morph() leaves out of
     * the listed words' records (PSEUDOROOT: NEEDAFFIX's old name) */
    static const char *const skip[] = {"ONLYINCOMPOUND", "FORBIDDENWORD",
                                       "NEEDAFFIX", "PSEUDOROOT"};
    for (size_t k = 0; k < sizeof skip / sizeof *skip; k++) {
        size_t kl = strlen(skip[k]);
        if (n < kl || memcmp(s, skip[k], kl) != 0)
            continue;
        if (i > 0 || !key_n(s, n, skip[k]) || aff_field(s, n, 1, &f) != 1)
            a->plain_bad = 1;
        else
            a->no_stem[(unsigned char)*f] = 1;
    }
}

/* Reads line s[0..n) (chomped) of the .aff, number lineno, into a. */
static void
aff_fact_line(aff_facts *a, const char *s, size_t n, int lineno)
{
    const char *f = s;
    size_t fl;
    if (risky_line(s, n))
        a->risky = 1;
    num_aff_line(a, s, n);
    if (n >= 3 && memcmp(s, "SET", 3) == 0) {
        a->set_lines++;
        fl = aff_field(s, n, 1, &f);
        a->utf8 = key_n(s, n, "SET") && fl == 5 && memcmp(f, "UTF-8", 5) == 0;
    } else if (n >= 6 && memcmp(s, "IGNORE", 6) == 0) {
        a->ignore_lines++;
        a->ignore_at = lineno;
        a->ignore_ok = 0;
        a->nignore = 0;
        fl = aff_field(s, n, 1, &f);
        if (!key_n(s, n, "IGNORE") || fl == 0)
            return;
        for (size_t i = 0; i < fl;) {
            size_t k = u8_len((const unsigned char *)f + i, fl - i);
            if (k < 2 || a->nignore == IGN_MAX)
                return;
            memcpy(a->ignore[a->nignore], f + i, k);
            a->ignore[a->nignore++][k] = '\0';
            i += k;
        }
        a->ignore_ok = 1;
    } else if (n >= 5 && memcmp(s, "ICONV", 5) == 0) {
        /* the count line has one field; a table line's pattern is one
         * character, not an anchor */
        const char *r = s;
        fl = aff_field(s, n, 1, &f);
        size_t rl = aff_field(s, n, 2, &r);
        if (rl > 0 && (!key_n(s, n, "ICONV") ||
                       u8_len((const unsigned char *)f, fl) != fl || *f == '_'))
            a->iconv_ok = 0;
        /* (a pattern with a character no listed word of the set holds
         * changes none of them; anchors '_' aside) */
        if (rl > 0 && (!key_n(s, n, "ICONV") || plain_chars(f, fl, 1)))
            a->plain_bad = 1;
    }
    plain_fact_line(a, s, n);
}

/* The largest .dic whose words are kept (en_US's is 0.86 MB, its set
 * 1.1 MB): ru_RU's 3.5 MB would take 4.2 MB more, and `run -j2` of the
 * six languages peaks at some 145 MB of its 150 MB budget. */
#define PLAIN_MAX_DIC ((off_t)2 << 20)

/*
 * The words Hunspell_analyze answers with " st:<the word>" first, so that
 * their stem is the word itself (first_stem): a word listed in the .dic
 * with no flag of ONLYINCOMPOUND, FORBIDDENWORD or NEEDAFFIX, when
 *  - no line of the .dic has morphological fields (nor a colon or tab
 *    at all): each listed word's record is then " st:<word>", and
 *    SuggestMgr::suggest_morph() gives the records of the word's
 *    homonyms first, before any by affixes or compounding, leaving out
 *    those with a flag of FORBIDDENWORD, NEEDAFFIX or ONLYINCOMPOUND;
 *  - the .aff has none of the first two (aff_facts' risky, which also
 *    leaves out LANG), the flags are one byte each (no FLAG, no AF), the
 *    dictionary is UTF-8 and has no IGNORE, OCONV (which would change
 *    the records), COMPLEXPREFIXES, nor ICONV pattern a word of
 *    plain_chars could hold, so that the word asked is the word looked
 *    up;
 *  - the word is of plain_chars: no capital (its case type is NOCAP, so
 *    analyze_internal looks it up as it is, once), no blank, no dot.
 * A word with another character, or a line Hunspell could split another
 * way (a backslash, a '/' first, a blank), is left out: Hunspell is asked
 * then.  These were 2 828 of the 2 829 words new to the caches in the
 * second MB of English news, 5 700 instructions each in libhunspell.
 * (Checked when this was written: every word of the six installed
 * dictionaries, their lower-case forms and a sample with endings, 516 000
 * words, stem and spelling as before.)
 */
static int
plain_ok(const aff_facts *a)
{
    return a->utf8 && a->set_lines == 1 && !a->risky && !a->flag_lines &&
           a->ignore_lines == 0 && !a->plain_bad;
}

static void
plain_free(plainset *ps)
{
    free(ps->slot);
    free(ps->blob);
    memset(ps, 0, sizeof(*ps));
}

static int
plain_has(const plainset *ps, const char *w, size_t n)
{
    if (ps->slot == NULL || n > 255)
        return 0;
    for (size_t j = fs_hash(w, n) & ps->mask;; j = (j + 1) & ps->mask) {
        if (ps->slot[j] == 0)
            return 0;
        const unsigned char *r = ps->blob + ps->slot[j];
        if (r[0] == n && memcmp(r + 1, w, n) == 0)
            return 1;
    }
}

/* Adds the word of .dic line s[0..n) (dic_line_plain's answer plain, its
 * flags [fb, fe)) to ps's words when it is one (see above), for
 * plain_index() to put in the slots; -1 when out of memory. */
static int
plain_add(plainset *ps, const aff_facts *a, const char *s, size_t n, int plain,
          size_t fb, size_t fe)
{
    size_t wn = fb < fe ? fb - 1 : n;
    if (plain != 0 || wn == 0 || wn > 255 || !plain_chars(s, wn, 0))
        return 0;
    for (size_t i = fb; i < fe; i++)
        if (a->no_stem[(unsigned char)s[i]])
            return 0;
    if (ps->len + 1 + wn > ps->cap) {
        size_t nc = ps->cap ? ps->cap * 2 : 65536;
        unsigned char *nb = nc > UINT32_MAX ? NULL : realloc(ps->blob, nc);
        if (nb == NULL)
            return -1;
        ps->blob = nb;
        ps->cap = nc;
        if (ps->len == 0)
            ps->len = 1; /* (offset 0: an empty slot) */
    }
    ps->blob[ps->len] = (unsigned char)wn;
    memcpy(ps->blob + ps->len + 1, s, wn);
    ps->len += 1 + wn;
    ps->count++;
    return 0;
}

/* Puts the word at offset at of ps's blob (its hash h) in a slot, unless
 * it is there (a homonym) */
static void
plain_slot(plainset *ps, uint32_t at, uint32_t h)
{
    const unsigned char *w = ps->blob + at;
    size_t j = h & ps->mask;
    for (; ps->slot[j] != 0; j = (j + 1) & ps->mask) {
        const unsigned char *r = ps->blob + ps->slot[j];
        if (r[0] == w[0] && memcmp(r + 1, w + 1, w[0]) == 0)
            return;
    }
    ps->slot[j] = at;
}

/* Puts the words plain_add() took (ps->count, homonyms counted) in ps's
 * slots, sized once for them: growing the slots as the words came
 * rehashed each word some twice.  In groups whose slots are fetched
 * before the first is read: one at a time, as the .dic's lines came,
 * each slot (read at random) was a cache miss waited for, half of
 * plain_add()'s time on a 3 KB run of English.  (A homonym's bytes stay
 * in the blob, unslotted.)  -1 when out of memory. */
static int
plain_index(plainset *ps)
{
    if (ps->count == 0)
        return 0; /* (no slots: plain_has answers no) */
    size_t nc = 4096;
    while ((ps->count + 1) * 4 > nc * 3)
        nc *= 2;
    if ((ps->slot = calloc(nc, sizeof(*ps->slot))) == NULL)
        return -1;
    ps->mask = nc - 1;
    enum { GROUP = 16 };
    size_t at = 1;
    while (at < ps->len) {
        uint32_t off[GROUP], h[GROUP];
        int m = 0;
        for (; m < GROUP && at < ps->len; m++) {
            off[m] = (uint32_t)at;
            h[m] = fs_hash((const char *)ps->blob + at + 1, ps->blob[at]);
            __builtin_prefetch(&ps->slot[h[m] & ps->mask]);
            at += 1 + (size_t)ps->blob[at];
        }
        for (int i = 0; i < m; i++)
            plain_slot(ps, off[i], h[i]);
    }
    return 0;
}

/* Whether s[0..n) holds one of the characters of a->ignore. */
static int
holds_ignored(const aff_facts *a, const char *s, size_t n)
{
    for (int k = 0; k < a->nignore; k++) {
        const char *c = a->ignore[k], *e = s + n, *p = s;
        size_t kl = strlen(c);
        while ((p = memchr(p, c[0], (size_t)(e - p))) != NULL) {
            if ((size_t)(e - p) >= kl && memcmp(p, c, kl) == 0)
                return 1;
            p++;
        }
    }
    return 0;
}

/* Whether the IGNORE line may be lifted so far (the .dic not read yet). */
static int
ignore_liftable(const aff_facts *a)
{
    return a->ignore_lines == 1 && a->ignore_ok && a->set_lines == 1 &&
           a->utf8 && a->iconv_ok;
}

/* ws_hun_compact, marking in seen (when not NULL: 256 bytes, zeroed) the
 * bytes of the .aff but its comment lines and of the .dic but its flags
 * (what scan_seen reads, complete when it answers 0), and reading into
 * *af (facts_init'ed) what the .aff says (complete when it answers 0). */
static int
compact_seen(const char *aff, const char *dic, FILE **aff_out, FILE **dic_out,
             char *aff_path, char *dic_path, size_t cap, unsigned char *seen,
             aff_facts *af, plainset *ps)
{
    FILE *fa = fopen(aff, "r"), *fd = fopen(dic, "r");
    FILE *oa = NULL, *od = NULL;
    outbuf *ob = NULL;
    flagset fs = {0};
    lreader lr = {0};
    char *line = NULL;
    size_t lcap = 0;
    ssize_t got;
    int rc = -1, first_affix = -1, lineno = 0;
    if (fa == NULL || fd == NULL)
        goto out;
    /* the .aff: no AF/AM table yet; the continuation classes of its
     * affixes become aliases too (Hunspell reads them as alias numbers
     * once there is a table) */
    while ((got = getline(&line, &lcap, fa)) >= 0) {
        size_t n = chomp(line, (size_t)got), cb, ce;
        if (is_key(line, "AF") || is_key(line, "AM"))
            goto out;
        aff_fact_line(af, line, n, lineno);
        if (line[0] != '#')
            mark_aff_line(seen, line, n);
        if (is_key(line, "SFX") || is_key(line, "PFX")) {
            if (first_affix < 0)
                first_affix = lineno;
            if (aff_contclass(line, n, &cb, &ce) < 0)
                goto out;
            if (cb < ce && fs_index(&fs, line + cb, ce - cb) == 0)
                goto out;
        }
        lineno++;
    }
    if (first_affix < 0)
        goto out;
    /* the IGNORE line is lifted when no other line of the pair holds one
     * of its characters (lift_ignore) */
    int lift = ignore_liftable(af);
    if (lift) {
        rewind(fa);
        for (int at = 0; (got = getline(&line, &lcap, fa)) >= 0; at++)
            if (at != af->ignore_at &&
                holds_ignored(af, line, chomp(line, (size_t)got)))
                lift = 0;
    }
    if ((od = anon_file(dic_path, cap)) == NULL ||
        (oa = anon_file(aff_path, cap)) == NULL)
        goto out;
    /* the .dic: the word count line as it is, then the flags replaced */
    if ((got = getline(&line, &lcap, fd)) < 0)
        goto out;
    fputs(line, od);
    mark_seen(seen, line, (size_t)got, 0, 0);
    if (line[got - 1] != '\n')
        fputc('\n', od);
    /* (through a buffer of its own: fprintf per line took as long as
     * Hunspell's reading of the copy) */
    if ((ob = malloc(sizeof(*ob))) == NULL)
        goto out;
    ob->f = od;
    ob->n = 0;
    ob->err = 0;
    lr.f = fd;
    char *dl;
    unsigned char dseen[256] = {0};
    int num_lines = num_lines_read(af);
    struct stat st;
    int words = ps != NULL && plain_ok(af) && fstat(fileno(fd), &st) == 0 &&
                st.st_size <= PLAIN_MAX_DIC;
    while ((got = lr_next(&lr, &dl)) >= 0) {
        size_t n = chomp(dl, (size_t)got), fb, fe;
        int plain = dic_line_plain(dl, n, dseen, &fb, &fe);
        if (plain < 0)
            goto out;
        if (words && plain != 0 &&
            (memchr(dl, ':', n) != NULL || memchr(dl, '\t', n) != NULL))
            words = 0; /* (fields, perhaps) */
        if (words && plain_add(ps, af, dl, n, plain, fb, fe) < 0)
            words = 0;
        if (plain == 1) {
            if (dic_flags(dl, n, &fb, &fe) < 0)
                goto out;
            /* the word (and the '/' before its flags, if any); not the
             * morphological fields after [fb, fe) */
            mark_seen(dseen, dl, fb, fb, fb);
        }
        if (num_lines && n > 0 && num_byte(dl[0]))
            num_dic_line(af, dl, n, fb, fe, 1);
        if (lift && holds_ignored(af, dl, n))
            lift = 0;
        if (fb == fe) {
            ob_put(ob, dl, n);
        } else {
            size_t idx = fs_index(&fs, dl + fb, fe - fb);
            if (idx == 0)
                goto out;
            ob_put(ob, dl, fb);
            ob_num(ob, idx);
            ob_put(ob, dl + fe, n - fe);
        }
        ob_put(ob, "\n", 1);
    }
    if (lr.eof == 2 || ob_flush(ob) < 0)
        goto out;
    num_words_seen(af, dseen, seen);
    if (fs.n == 0)
        goto out;
    /* the .aff with the table before its first affix class */
    rewind(fa);
    lineno = 0;
    while ((got = getline(&line, &lcap, fa)) >= 0) {
        size_t n = chomp(line, (size_t)got), cb = n, ce = n;
        int at = lineno++;
        if (at == first_affix) {
            fprintf(oa, "AF %zu\n", fs.n);
            for (size_t i = 0; i < fs.n; i++)
                fprintf(oa, "AF %s\n", fs.key[i]);
        }
        if (lift && at == af->ignore_at)
            continue;
        if ((is_key(line, "SFX") || is_key(line, "PFX")) &&
            aff_contclass(line, n, &cb, &ce) < 0)
            goto out;
        if (cb < ce) {
            fwrite(line, 1, cb, oa);
            fprintf(oa, "%zu", fs_index(&fs, line + cb, ce - cb));
            fwrite(line + ce, 1, n - ce, oa);
        } else {
            fwrite(line, 1, n, oa);
        }
        fputc('\n', oa);
    }
    /* a write that failed earlier (a full $TMPDIR) leaves the error flag
     * set while fflush of the emptied buffer succeeds: check both, or
     * Hunspell would load a truncated dictionary */
    if (fflush(oa) != 0 || fflush(od) != 0 || ferror(oa) || ferror(od) ||
        ferror(fa) || ferror(fd))
        goto out;
    af->lifted = lift;
    if (words && plain_index(ps) < 0)
        words = 0;
    if (words && ps->blob != NULL) {
        unsigned char *b = realloc(ps->blob, ps->len);
        ps->blob = b != NULL ? b : ps->blob;
        ps->cap = ps->len;
    }
    rc = 0;
out:
    if (ps != NULL && (rc != 0 || !words))
        plain_free(ps);
    free(ob);
    free(lr.buf);
    free(line);
    fs_free(&fs);
    if (fa)
        fclose(fa);
    if (fd)
        fclose(fd);
    if (rc != 0) {
        if (oa)
            fclose(oa);
        if (od)
            fclose(od);
        oa = od = NULL;
    }
    *aff_out = oa;
    *dic_out = od;
    return rc;
}

/* Writes the aliased copies; 0 and the two open files on success. */
int
ws_hun_compact(const char *aff, const char *dic, FILE **aff_out, FILE **dic_out,
               char *aff_path, char *dic_path, size_t cap)
{
    aff_facts af;
    facts_init(&af);
    return compact_seen(aff, dic, aff_out, dic_out, aff_path, dic_path, cap,
                        NULL, &af, NULL);
}

/*
 * A word holding an ASCII character that appears nowhere in the
 * dictionary's words (the .dic lines but their flags) nor in its .aff
 * (but comment lines) is neither correct nor analysable: every way
 * Hunspell accepts a word -- as listed, with affixes (whose strings are
 * in the .aff), as a compound of listed words, split at BREAK patterns
 * (each piece must be correct), after ICONV or IGNORE (their characters
 * are in the .aff too) -- needs a listed word holding that character.
 * The characters considered are punctuation without case that Hunspell
 * itself does not treat specially: not the number separators (. , -),
 * apostrophes, blanks, nor '<' (its XML interface's queries).  Such words
 * (URLs with ':' and '/', handles with '@') are a large share of the
 * forms new to the caches in news, and cost a Hunspell call each.
 * The bytes present are marked while the aliased copy is written
 * (compact_seen), or else by scan_seen, which reads the pair as that
 * does: 0, or -1 when a file cannot be read (nothing is then absent).
 */
static int
scan_seen(const char *aff, const char *dic, unsigned char *seen, aff_facts *af)
{
    const char *paths[2] = {aff, dic};
    unsigned char dseen[256] = {0};
    int num_lines = 0; /* (the .aff is read first) */
    for (int k = 0; k < 2; k++) {
        if (k == 1)
            num_lines = num_lines_read(af);
        lreader lr = {0};
        char *l;
        ssize_t got;
        int first = 1, ok, lineno = 0;
        if ((lr.f = fopen(paths[k], "r")) == NULL)
            return -1;
        while ((got = lr_next(&lr, &l)) >= 0) {
            size_t n = chomp(l, (size_t)got), fb = n, fe = n;
            if (k == 0)
                aff_fact_line(af, l, n, lineno++);
            if (k == 0 && n > 0 && l[0] == '#')
                continue; /* an .aff comment */
            if (k == 0) {
                mark_aff_line(seen, l, n);
                continue;
            }
            int flags_ok = first || dic_flags(l, n, &fb, &fe) == 0;
            if (!flags_ok)
                fb = fe = n; /* all of it, flags too */
            if (num_lines && !first && n > 0 && num_byte(l[0]))
                num_dic_line(af, l, n, fb, fe, flags_ok);
            /* the word line: as compact_seen marks it */
            mark_seen(first ? seen : dseen, l, first ? n : fb, fb, fb);
            first = 0;
        }
        ok = lr.eof != 2 && !ferror(lr.f);
        fclose(lr.f);
        free(lr.buf);
        if (!ok)
            return -1;
    }
    num_words_seen(af, dseen, seen);
    return 0;
}

/* Sets w->absent from seen (see above). */
static void
set_absent(ws_hun *w, const unsigned char *seen)
{
    w->absent[0] = w->absent[1] = 0;
    for (int c = 33; c < 127; c++) {
        if ((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') ||
            c == '.' || c == ',' || c == '-' || c == '\'' || c == '<')
            continue;
        if (!seen[c])
            w->absent[c >> 6] |= (uint64_t)1 << (c & 63);
    }
}

/* Whether word holds a character of w->absent (see set_absent). */
static int
cannot_match(const ws_hun *w, const char *word)
{
    if ((w->absent[0] | w->absent[1]) == 0)
        return 0;
    for (const unsigned char *p = (const unsigned char *)word; *p; p++)
        if (*p < 128 && (w->absent[*p >> 6] >> (*p & 63) & 1))
            return 1;
    return 0;
}

ws_hun *
ws_hun_open(const char *lang)
{
    const char *dic = ws_hun_dicname(lang);
    if (dic == NULL)
        return NULL;
    char aff[4096], dicp[4096];
    snprintf(aff, sizeof aff, "%s/%s.aff", ws_hun_dir(), dic);
    snprintf(dicp, sizeof dicp, "%s/%s.dic", ws_hun_dir(), dic);
    /* Hunspell has no error channel: check the files first. */
    if (access(aff, R_OK) != 0 || access(dicp, R_OK) != 0)
        return NULL;
    /* the dictionary is some 7-30 MB of small blocks (heap.c) */
    ws_heap_huge();
    ws_hun *w = calloc(1, sizeof(*w));
    if (w == NULL) {
        hun_oom = 1;
        set_open_fail(lang, HUN_NOMEM);
        return NULL;
    }
    FILE *ca = NULL, *cd = NULL;
    char caff[64], cdic[64];
    unsigned char seen[256] = {0};
    aff_facts af;
    facts_init(&af);
    int compact = getenv("WHOSAID_HUNSPELL_PLAIN") == NULL &&
                  compact_seen(aff, dicp, &ca, &cd, caff, cdic, sizeof caff,
                               seen, &af, &w->plain) == 0;
    if (!compact) {
        memset(seen, 0, sizeof seen);
        facts_init(&af);
        if (scan_seen(aff, dicp, seen, &af) < 0) {
            memset(seen, 1, sizeof seen);
            af.risky = 1;
        }
    }
    /* (dictionaries of other languages load meanwhile: see hun_life_mu) */
    int whole = !ws_hg_tables_locked();
    if (whole)
        pthread_mutex_lock(&hun_life_mu);
    w->h = compact ? ws_hg_create(caff, cdic) : ws_hg_create(aff, dicp);
    if (whole)
        pthread_mutex_unlock(&hun_life_mu);
    if (ca)
        fclose(ca);
    if (cd)
        fclose(cd);
    w->to_dic = w->from_dic = (iconv_t)-1;
    if (w->h == NULL) {
        /* (only when it threw: Hunspell has no error channel) */
        hun_oom = 1;
        set_open_fail(lang, HUN_NOMEM);
        free(w);
        return NULL;
    }
    const char *enc = ws_hg_dic_encoding(w->h);
    if (enc == NULL) {
        hun_oom = 1;
        set_open_fail(lang, HUN_NOMEM);
        ws_hun_free(w);
        return NULL;
    }
    if (strcasecmp(enc, "UTF-8") != 0) {
        errno = 0;
        w->to_dic = iconv_open(enc, "UTF-8");
        if (w->to_dic != (iconv_t)-1)
            w->from_dic = iconv_open("UTF-8", enc);
        if (w->to_dic == (iconv_t)-1 || w->from_dic == (iconv_t)-1) {
            set_open_fail(lang, errno == ENOMEM ? HUN_NOMEM : HUN_ENCODING);
            ws_hun_free(w);
            return NULL;
        }
    }
    set_absent(w, seen);
    w->analysed_spelled = !af.risky;
    w->no_numbers = numbers_unknown(&af);
    if (compact && af.lifted) {
        memcpy(w->ignore, af.ignore, sizeof w->ignore);
        w->nignore = af.nignore;
    }
    set_open_fail(lang, HUN_LOADED);
    return w;
}

void
ws_hun_free(ws_hun *w)
{
    if (w == NULL)
        return;
    if (w->h) {
        int whole = !ws_hg_tables_locked();
        if (whole)
            pthread_mutex_lock(&hun_life_mu);
        if (!ws_hg_destroy(w->h))
            hun_oom = 1;
        if (whole)
            pthread_mutex_unlock(&hun_life_mu);
    }
    if (w->to_dic != (iconv_t)-1)
        iconv_close(w->to_dic);
    if (w->from_dic != (iconv_t)-1)
        iconv_close(w->from_dic);
    plain_free(&w->plain);
    free(w);
}

/*
 * Hunspell splits words at its BREAK characters (hyphens, apostrophes)
 * and tries every split: its time grows exponentially with their number
 * ("a-t''-il" takes minutes).  Such words and very long ones are not
 * dictionary words; they are answered without asking Hunspell.
 */
#define HUN_MAX_BYTES  100
#define HUN_MAX_BREAKS 3

static int
too_hard(const char *word)
{
    int breaks = 0;
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)word; *p; p++, n++) {
        if (*p == '-' || *p == '\'')
            breaks++;
        /* U+2019 ’ and U+2010/2011 hyphens: E2 80 99 / 90 / 91 */
        else if (p[0] == 0xE2 && p[1] == 0x80 &&
                 (p[2] == 0x99 || p[2] == 0x90 || p[2] == 0x91))
            breaks++;
    }
    return n > HUN_MAX_BYTES || breaks > HUN_MAX_BREAKS;
}

/* Converts with cd into out (NUL-terminated); -1 when not representable. */
static int
conv(iconv_t cd, const char *in, char *out, size_t cap)
{
    char *ip = (char *)(uintptr_t)in, *op = out;
    size_t il = strlen(in), ol = cap - 1;
    iconv(cd, NULL, NULL, NULL, NULL);
    if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1)
        return -1;
    *op = '\0';
    return (int)(op - out);
}

/*
 * uk_UA's .aff has IGNORE (U+0301, the stress mark), and libhunspell 1.7
 * then checks every word it loads for the character's bytes one by one,
 * and converts each that holds one (131 744 of the 331 660, those with
 * "с", whose second byte is U+0301's last) to UTF-16 and back, one
 * malloc'd character at a time: 0.53 G instructions, a fifth of loading
 * the six dictionaries.  The line is left out of the copy, and the
 * characters are taken out of the words asked here instead, when that
 * answers the same:
 *  - no other line of the .aff nor of the .dic holds one of them, so
 *    that Hunspell's taking them out of the words it loads and of the
 *    affixes it reads changed nothing;
 *  - the dictionary is UTF-8 (so are the words asked) and they are
 *    characters of more than one byte;
 *  - Hunspell converts a word asked with ICONV before taking the
 *    characters out of it (cleanword2): each ICONV pattern is one
 *    character (not an anchor '_'), so converting and taking out
 *    commute.
 * Hunspell reads two words before either: "<?xml?>" (spell) and one
 * starting "<?xml" (analyze) are queries of its XML interface.  A word
 * starting "<?xml" and holding a character is asked as it is (an XML
 * query, both ways, but for the characters its XML word holds, which
 * only Hunspell removes; no token is one); one that starts with '<'
 * once they are taken out is asked with a blank before it, which
 * Hunspell's cleanword2 takes out as well, so that it is not read as
 * XML.  (test_hun_ignore_lifted_same_answers asks both dictionaries.)
 * Returns word, or buf holding it without the characters.
 */
static const char *
lift_ignore(const ws_hun *w, const char *word, char *buf, size_t cap)
{
    int any = 0;
    for (int k = 0; k < w->nignore && !any; k++)
        any = strstr(word, w->ignore[k]) != NULL;
    if (!any || strncmp(word, "<?xml", 5) == 0)
        return word;
    size_t n = 0, len = strlen(word);
    if (len + 2 > cap)
        return word; /* (too_hard: at most 100 bytes) */
    for (size_t i = 0; i < len;) {
        size_t skip = 0;
        for (int k = 0; k < w->nignore && skip == 0; k++) {
            size_t kl = strlen(w->ignore[k]);
            if (strncmp(word + i, w->ignore[k], kl) == 0)
                skip = kl;
        }
        if (skip > 0) {
            i += skip;
            continue;
        }
        buf[1 + n++] = word[i++];
    }
    buf[1 + n] = '\0';
    buf[0] = ' ';
    return buf[1] == '<' ? buf : buf + 1;
}

static int
spell_conv(ws_hun *w, const char *word, int shortcut)
{
    char tmp[512], lifted[512];
    if (too_hard(word) || (shortcut && cannot_match(w, word)))
        return 0;
    if (w->nignore > 0)
        word = lift_ignore(w, word, lifted, sizeof lifted);
    if (w->to_dic != (iconv_t)-1) {
        if (conv(w->to_dic, word, tmp, sizeof tmp) < 0)
            return 0;
        word = tmp;
    }
    int ok = ws_hg_spell(w->h, word);
    if (ok < 0)
        hun_oom = 1;
    return ok;
}

int
ws_hun_spell(ws_hun *w, const char *word)
{
    return spell_conv(w, word, 1);
}

int
ws_hun_spell_ref(ws_hun *w, const char *word)
{
    return spell_conv(w, word, 0);
}

/* The first stem of the list Hunspell_stem() returns, from the
 * analyses Hunspell_analyze() gives (Hunspell_stem is analyze and then
 * this over its strings, in C++ through string streams: a third of its
 * time).  Per analysis, in order: the "pa:" fields of its compound parts
 * but the last, then per alternative of the last part (" | " separated)
 * its "sp:" and "st:" fields; the first of these strings that is not
 * empty is the stem.  An alternative with a derivational suffix ("ds:")
 * needs Hunspell's generator: -1 then, as for an analysis too long for
 * buf.  Returns the length, 0 when there is no stem.  Must answer as
 * Hunspell's own code (tests/unit: test_hun_stem_as_hunspell). */
static size_t
morph_field(const char *p, const char *end, const char *tag, char *out,
            size_t cap, size_t at)
{
    /* the value after the first occurrence of tag in [p, end), up to a
     * blank; appended to out at `at`; returns the new length or cap (no
     * room) */
    size_t tl = strlen(tag);
    for (const char *q = p; q + tl <= end; q++)
        if (memcmp(q, tag, tl) == 0) {
            for (q += tl; q < end && *q != ' ' && *q != '\t' && *q != '\n';
                 q++) {
                if (at + 1 >= cap)
                    return cap;
                out[at++] = *q;
            }
            return at;
        }
    return at;
}

static const char *
find_in(const char *p, const char *end, const char *tag)
{
    size_t tl = strlen(tag);
    for (const char *q = p; q + tl <= end; q++)
        if (memcmp(q, tag, tl) == 0)
            return q;
    return NULL;
}

static int
first_stem(char **desc, int n, char *buf, size_t cap)
{
    for (int i = 0; i < n; i++) {
        const char *s = desc[i], *end = s + strlen(s);
        size_t pre = 0; /* the compound parts' fields, in buf */
        const char *part = find_in(s, end, "pa:");
        if (part != NULL) {
            const char *next;
            while ((next = find_in(part + 1, end, "pa:")) != NULL) {
                pre = morph_field(part, end, "pa:", buf, cap, pre);
                if (pre >= cap)
                    return -1;
                part = next;
            }
            s = part;
        }
        /* the alternatives: split at " | " (Hunspell marks the '|' and
         * splits there, dropping empty pieces) */
        const char *a = s;
        while (a <= end) {
            const char *bar = a;
            while (bar + 3 <= end && memcmp(bar, " | ", 3) != 0)
                bar++;
            const char *b = bar + 3 <= end ? bar + 1 : end;
            if (b > a) {
                if (find_in(a, b, "ds:") != NULL)
                    return -1;
                size_t len = pre;
                len = morph_field(a, b, "sp:", buf, cap, len);
                if (len < cap)
                    len = morph_field(a, b, "st:", buf, cap, len);
                if (len >= cap)
                    return -1;
                if (len > 0) {
                    buf[len] = '\0';
                    return (int)len;
                }
            }
            if (b == end)
                break;
            a = b + 1;
        }
    }
    return 0;
}

/* Where a stem function's answer says libhunspell threw. */
#define STEM_THREW (-2)

static void
free_list(ws_hun *w, char **list, int n)
{
    if (list != NULL && !ws_hg_free_list(w->h, &list, n))
        hun_oom = 1;
}

/* Hunspell_stem's first answer as it is (the tests' reference, and the
 * way for analyses first_stem leaves to Hunspell); STEM_THREW when it
 * threw. */
static int
stem_lib(ws_hun *w, const char *word, char *buf, size_t cap, int *found)
{
    *found = 0; /* (not asked: the stem's callers do not read it) */
    char **list = NULL;
    int n = ws_hg_stem(w->h, &list, word);
    if (n < 0)
        return STEM_THREW;
    int len = 0;
    if (n > 0 && list && list[0] && strlen(list[0]) < cap) {
        strcpy(buf, list[0]);
        len = (int)strlen(buf);
    }
    free_list(w, list, n);
    return len;
}

static int stem_fast(ws_hun *w, const char *word, char *buf, size_t cap,
                     int *found);

/* ws_hun_stem through stem (the word in the dictionary's encoding);
 * *found: whether Hunspell had an analysis of the word (stem_fast) */
static int
stem_conv(ws_hun *w, const char *word, char *buf, size_t cap,
          int (*stem)(ws_hun *, const char *, char *, size_t, int *),
          int *found)
{
    char tmp[512], out[1024], lifted[512];
    *found = 0;
    if (too_hard(word) ||
        (stem == stem_fast &&
         (cannot_match(w, word) || (w->no_numbers && is_number(word)))))
        return 0;
    size_t wn = strlen(word);
    if (stem == stem_fast && plain_has(&w->plain, word, wn)) {
        /* Hunspell_analyze's first record " st:<word>" (see plain_ok) */
        *found = 1;
        if (wn >= cap)
            return 0;
        memcpy(buf, word, wn + 1);
        return (int)wn;
    }
    if (w->nignore > 0)
        word = lift_ignore(w, word, lifted, sizeof lifted);
    if (w->to_dic != (iconv_t)-1) {
        if (conv(w->to_dic, word, tmp, sizeof tmp) < 0)
            return 0;
        word = tmp;
    }
    int len = stem(w, word, out, sizeof out, found);
    if (len == STEM_THREW) {
        hun_oom = 1;
        return -1;
    }
    if (len <= 0)
        return 0;
    if (w->from_dic != (iconv_t)-1) {
        len = conv(w->from_dic, out, buf, cap);
        return len < 0 ? 0 : len;
    }
    if ((size_t)len >= cap)
        return 0;
    memcpy(buf, out, (size_t)len + 1);
    return len;
}

static int
stem_fast(ws_hun *w, const char *word, char *buf, size_t cap, int *found)
{
    char **list = NULL;
    int n = ws_hg_analyze(w->h, &list, word);
    if (n < 0)
        return STEM_THREW;
    *found = n > 0 && list != NULL;
    int len = *found ? first_stem(list, n, buf, cap) : 0;
    free_list(w, list, n);
    if (len < 0) {
        int f;
        len = stem_lib(w, word, buf, cap, &f);
    }
    return len;
}

int
ws_hun_stem(ws_hun *w, const char *word, char *buf, size_t cap)
{
    int found;
    return stem_conv(w, word, buf, cap, stem_fast, &found);
}

int
ws_hun_stem_ref(ws_hun *w, const char *word, char *buf, size_t cap)
{
    int found;
    return stem_conv(w, word, buf, cap, stem_lib, &found);
}

/* Whether case folding leaves word as it is (valid UTF-8, no capital). */
static int
lower_case(const char *word)
{
    char low[512];
    size_t n = strlen(word);
    return n < sizeof low && ws_utf8_fold(word, n, low, sizeof low) == (int)n &&
           memcmp(low, word, n) == 0;
}

/*
 * Both answers of a word, for the caches, which ask Hunspell_spell and
 * then Hunspell_analyze of nearly every word new to them (7 199 and
 * 8 274 calls on 2 MB of English, 7 167 words both): analyze first, and
 * when it has an analysis of a word in lower case, the word is spelled
 * right -- Hunspell_spell is asked only of the words analyze does not
 * know (a few in a hundred in news) and of words with capitals (a
 * capitalised word matches the hidden capitalised entry Hunspell adds
 * for a word in mixed case, which analyze takes and spell does not:
 * "Dubois" of en_US's "DuBois").  That a word in lower case analyze
 * knows is one spell accepts holds over every installed dictionary's
 * words, their lower-case forms and a sample inflected and compounded
 * (tests/unit: test_hun_analysed_is_spelled); the other way does not
 * (numbers, BREAK compounds), so it is not assumed.
 * Only for a dictionary without the options that make the two differ
 * (aff_facts' risky); with them spell alone is asked, as before.
 * ws_hun_stem's answer (WS_HUN_NO_STEM: not asked), and ws_hun_spell's
 * in *spell (1, 0, or -1 out of memory, the return being -1 then too).
 */
int
ws_hun_stem_spell(ws_hun *w, const char *word, char *buf, size_t cap,
                  int *spell)
{
    if (!w->analysed_spelled) {
        *spell = ws_hun_spell(w, word);
        return *spell < 0 ? -1 : WS_HUN_NO_STEM;
    }
    int found;
    int len = stem_conv(w, word, buf, cap, stem_fast, &found);
    if (len < 0) {
        *spell = -1;
        return -1;
    }
    *spell = found && lower_case(word) ? 1 : ws_hun_spell(w, word);
    return len;
}
