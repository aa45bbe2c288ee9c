/*
 * models.c - the model directory (lexicons and taggers per language,
 * loaded on first use and then shared read-only) and the per-thread
 * worker (ICU state, Hunspell handles, word-form caches).
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ws_int.h"

#ifndef WS_MODELDIR
#define WS_MODELDIR "models"
#endif

#define MAX_LANGS 16

typedef struct {
    char lang[8];
    ws_map *lex;        /* name -> ws_lex* (or &missing) */
    ws_lex *loaded[64]; /* what lex holds, to free */
    int nloaded;
    const ws_tagger *tagger;
    /* set (release) once tagger is final: a worker that sees it set reads
     * tagger without the lock or the deadline's hold (both cost system
     * calls, and ws_models_tagger is asked once a document) */
    atomic_int tagger_tried;
    char problem[320]; /* first unusable model file of the language */
    /* the language's Hunspell handle, shared by the workers (each has its
     * own caches in front of it; Hunspell itself is not thread-safe) */
    ws_hun *hun;
    int hun_tried;
    pthread_mutex_t hun_mu;
    /* the Hunspell answers shared by the workers, behind each worker's
     * word table: a word is asked of Hunspell once per process, not once
     * per worker (created with the first handle, under dict_mu) */
    ws_shcache *shc;
    /* held while the language's tagger loads: the models' lock stays
     * free for the threads working in other languages */
    pthread_mutex_t load_mu;
    /* held while the language's Hunspell dictionary loads (up to 0.3 s),
     * apart from load_mu: a worker that finds the tagger loading loads
     * the dictionary meanwhile (see ws_models_tagger) */
    pthread_mutex_t dict_mu;
} lang_models;

struct ws_models {
    uint64_t serial; /* unique per ws_models_open/none in the process */
    struct ws_models *left_next; /* the next in the list ws_models_leave
                                  * keeps */
    char dir[PATH_MAX];
    int none;
    pthread_mutex_t mu;
    lang_models langs[MAX_LANGS];
    int nlangs;
    size_t shc_words; /* the shared answers' bound (0: SHC_ENTRIES) */
};

static char missing_marker;
static atomic_uint_fast64_t next_serial = 1;
static char fingerprint[32] = "unknown";

static int
is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A hash over the model files: names, sizes and the lexicons' contents,
 * so that a changed lexicon or model changes the stage versions. */
static void
compute_fingerprint(const char *dir)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    ws_buf text = {0};
    DIR *top = opendir(dir);
    if (top == NULL)
        return;
    /* sorted order matters: collect names */
    char *names[256];
    int nn = 0;
    struct dirent *e;
    while ((e = readdir(top)) != NULL && nn < 256)
        if (e->d_name[0] != '.')
            names[nn++] = strdup(e->d_name);
    closedir(top);
    for (int i = 0; i < nn; i++)
        for (int j = i + 1; j < nn; j++)
            if (names[i] && names[j] && strcmp(names[i], names[j]) > 0) {
                char *t = names[i];
                names[i] = names[j];
                names[j] = t;
            }
    for (int i = 0; i < nn; i++) {
        if (names[i] == NULL)
            continue;
        char sub[PATH_MAX];
        int sl = snprintf(sub, sizeof sub, "%s/%s", dir, names[i]);
        DIR *dd = sl > 0 && (size_t)sl < sizeof sub ? opendir(sub) : NULL;
        if (dd == NULL) {
            free(names[i]);
            continue;
        }
        char *files[512];
        int nf = 0;
        while ((e = readdir(dd)) != NULL && nf < 512)
            if (e->d_name[0] != '.')
                files[nf++] = strdup(e->d_name);
        closedir(dd);
        for (int a = 0; a < nf; a++)
            for (int b = a + 1; b < nf; b++)
                if (files[a] && files[b] && strcmp(files[a], files[b]) > 0) {
                    char *t = files[a];
                    files[a] = files[b];
                    files[b] = t;
                }
        for (int a = 0; a < nf; a++) {
            if (files[a] == NULL)
                continue;
            char path[PATH_MAX * 2];
            snprintf(path, sizeof path, "%s/%s", sub, files[a]);
            /* a lexicon's size and text (read whole: no stat of its
             * own; into one buffer for all, as the loaders read them
             * again: a text kept for its loader cost more in page faults
             * at start-up than the read it saved); a model's size */
            size_t fl = strlen(files[a]);
            int tsv = fl > 4 && strcmp(files[a] + fl - 4, ".tsv") == 0;
            text.len = 0;
            text.oom = 0;
            struct stat st;
            int have =
                tsv ? ws_file_slurp(path, &text) == 0 : stat(path, &st) == 0;
            if (have) {
                uint64_t size = tsv ? (uint64_t)text.len : (uint64_t)st.st_size;
                h ^= ws_hash64(names[i], strlen(names[i]));
                h ^= ws_hash64(files[a], fl) * 31;
                h ^= size * 0x9E3779B97F4A7C15ULL;
                /* in the 64 KB pieces it was always hashed in */
                for (size_t o = 0; o < text.len; o += 65536) {
                    size_t n = text.len - o < 65536 ? text.len - o : 65536;
                    h = (h * 0x100000001b3ULL) ^ ws_hash64(text.buf + o, n);
                }
            }
            free(files[a]);
        }
        free(names[i]);
    }
    ws_buf_free(&text);
    snprintf(fingerprint, sizeof fingerprint, "%08llx",
             (unsigned long long)(h & 0xffffffffULL));
}

/* ---- the build's images of the models ----
 * What make writes into $(BUILD)/model-images (WS_IMAGEDIR) from the model
 * files, read instead of recomputing it when it is of those very files:
 * the taggers' images (tagger.c) and the fingerprint of the model
 * directory (below). */
const char *
ws_image_dir(void)
{
    const char *dir = getenv("WHOSAID_MODEL_IMAGES");
#ifdef WS_IMAGEDIR
    if (dir == NULL)
        dir = WS_IMAGEDIR;
#endif
    return dir != NULL && *dir != '\0' ? dir : NULL;
}

void
ws_image_debug(const char *img, const char *why)
{
    const char *e = getenv("WHOSAID_IMAGE_DEBUG");
    if (e != NULL && *e != '\0' && strcmp(e, "0") != 0)
        fprintf(stderr, "whosaid: model image %s: %s\n", img, why);
}

/* The identity of the files the fingerprint reads: a hash of the names,
 * devices, inodes, sizes and modification and change times of every
 * entry of dir and of its folders (stat only; a file changed, added,
 * removed or replaced changes it).  0 when dir cannot be read. */
static uint64_t
fp_statkey(const char *dir)
{
    uint64_t key = 0, n = 0;
    DIR *top = opendir(dir);
    if (top == NULL)
        return 0;
    struct dirent *e;
    while ((e = readdir(top)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char sub[PATH_MAX];
        int sl = snprintf(sub, sizeof sub, "%s/%s", dir, e->d_name);
        DIR *dd = sl > 0 && (size_t)sl < sizeof sub ? opendir(sub) : NULL;
        key ^= ws_hash64(e->d_name, strlen(e->d_name)) * 0x9E3779B97F4A7C15ULL;
        n++;
        if (dd == NULL)
            continue;
        struct dirent *f;
        while ((f = readdir(dd)) != NULL) {
            if (f->d_name[0] == '.')
                continue;
            struct {
                uint64_t dir, name;
                ws_file_id id;
            } r;
            struct stat st;
            char path[PATH_MAX * 2];
            memset(&r, 0, sizeof r);
            snprintf(path, sizeof path, "%s/%s", sub, f->d_name);
            if (stat(path, &st) == 0)
                r.id = ws_file_id_of(&st);
            r.dir = ws_hash64(e->d_name, strlen(e->d_name));
            r.name = ws_hash64(f->d_name, strlen(f->d_name));
            key ^= ws_hash64(&r, sizeof r);
            n++;
        }
        closedir(dd);
    }
    closedir(top);
    return key ^ n ^ 1;
}

#define FP_FILE  "fingerprint"
#define FP_SCAN  "whosaid-models-fingerprint 1 %16llx %31s"
#define FP_PRINT "whosaid-models-fingerprint 1 %016llx %s\n"

/* The fingerprint of dir from the build's file, when it is of these
 * very files: 0, else -1 (computed instead). */
static int
fp_from_image(const char *dir)
{
    const char *idir = ws_image_dir();
    char path[PATH_MAX + 32], fp[32];
    unsigned long long k;
    if (idir == NULL)
        return -1;
    snprintf(path, sizeof path, "%s/%s", idir, FP_FILE);
    FILE *f = fopen(path, "re");
    if (f == NULL) {
        ws_image_debug(path, strerror(errno));
        return -1;
    }
    int got = fscanf(f, FP_SCAN, &k, fp);
    fclose(f);
    if (got != 2 || strlen(fp) != 8 || strspn(fp, "0123456789abcdef") != 8) {
        ws_image_debug(path, "corrupt");
        return -1;
    }
    uint64_t key = fp_statkey(dir);
    if (key == 0 || key != (uint64_t)k) {
        ws_image_debug(path, "stale (not of these model files)");
        return -1;
    }
    memcpy(fingerprint, fp, 9);
    ws_image_debug(path, "used");
    return 0;
}

int
ws_models_write_fingerprint(const char *dir, const char *out, char *err,
                            size_t errlen)
{
    uint64_t key = fp_statkey(dir);
    if (key == 0 || !is_dir(dir)) {
        snprintf(err, errlen, "%s: not a model directory", dir);
        return -WS_EIO;
    }
    compute_fingerprint(dir);
    if (fp_statkey(dir) != key) {
        snprintf(err, errlen, "%s: changed while read", dir);
        return -WS_EIO;
    }
    char line[128];
    int n = snprintf(line, sizeof line, FP_PRINT, (unsigned long long)key,
                     fingerprint);
    int rc = n > 0 && (size_t)n < sizeof line
                 ? ws_file_replace(out, line, (size_t)n, NULL, 0)
                 : -EINVAL;
    if (rc < 0) {
        snprintf(err, errlen, "%s: %s", out, strerror(-rc));
        return -WS_EIO;
    }
    return 0;
}

ws_models *
ws_models_open(const char *dir, char *errbuf, size_t errlen)
{
    char cand[PATH_MAX + 32];
    const char *use = NULL;
    if (dir != NULL) {
        use = dir;
    } else if (getenv("WHOSAID_MODELS") && *getenv("WHOSAID_MODELS")) {
        use = getenv("WHOSAID_MODELS");
    } else {
        char exe[PATH_MAX];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (n > 0) {
            exe[n] = '\0';
            char *slash = strrchr(exe, '/');
            if (slash) {
                *slash = '\0';
                snprintf(cand, sizeof cand, "%s/../models", exe);
                if (is_dir(cand))
                    use = cand;
                else {
                    snprintf(cand, sizeof cand, "%s/../../models", exe);
                    if (is_dir(cand))
                        use = cand;
                }
            }
        }
        if (use == NULL)
            use = WS_MODELDIR;
    }
    if (!is_dir(use)) {
        snprintf(errbuf, errlen, "model directory %s: %s", use,
                 strerror(errno ? errno : ENOENT));
        return NULL;
    }
    ws_models *m = calloc(1, sizeof(*m));
    if (m == NULL) {
        snprintf(errbuf, errlen, "out of memory");
        return NULL;
    }
    if (strlen(use) >= sizeof m->dir) {
        snprintf(errbuf, errlen, "model directory path too long");
        free(m);
        return NULL;
    }
    memcpy(m->dir, use, strlen(use) + 1);
    m->serial = (uint64_t)atomic_fetch_add(&next_serial, 1);
    pthread_mutex_init(&m->mu, NULL);
    if (fp_from_image(m->dir) < 0)
        compute_fingerprint(m->dir);
    return m;
}

ws_models *
ws_models_none(void)
{
    ws_models *m = calloc(1, sizeof(*m));
    if (m == NULL)
        return NULL;
    m->none = 1;
    m->serial = (uint64_t)atomic_fetch_add(&next_serial, 1);
    snprintf(m->dir, sizeof m->dir, "/nonexistent");
    pthread_mutex_init(&m->mu, NULL);
    return m;
}

int
ws_models_missing(const ws_models *m)
{
    return m == NULL || m->none;
}

void
ws_models_free(ws_models *m)
{
    if (m == NULL)
        return;
    for (int i = 0; i < m->nlangs; i++) {
        lang_models *lm = &m->langs[i];
        ws_map_free(lm->lex);
        for (int k = 0; k < lm->nloaded; k++)
            ws_lex_free(lm->loaded[k]);
        ws_tagger_free((ws_tagger *)(uintptr_t)lm->tagger);
        ws_hun_free(lm->hun);
        ws_shcache_free(lm->shc);
        pthread_mutex_destroy(&lm->hun_mu);
        pthread_mutex_destroy(&lm->load_mu);
        pthread_mutex_destroy(&lm->dict_mu);
    }
    pthread_mutex_destroy(&m->mu);
    free(m);
}

/* the models left at exit (ws_models_leave), reachable from here */
static ws_models *left;

void
ws_models_leave(ws_models *m)
{
    const char *env = getenv("WHOSAID_FREE_AT_EXIT");
    if (m == NULL)
        return;
    if (env != NULL && strcmp(env, "1") == 0) {
        ws_models_free(m);
        return;
    }
    m->left_next = left;
    left = m;
}

const char *
ws_models_dir(const ws_models *m)
{
    return m->dir;
}

void
ws_models_path(const ws_models *m, const char *lang, const char *file,
               char *buf, size_t cap)
{
    snprintf(buf, cap, "%s/%s/%s", m->dir, lang, file);
}

static lang_models *
lang_slot(ws_models *m, const char *lang)
{
    for (int i = 0; i < m->nlangs; i++)
        if (strcmp(m->langs[i].lang, lang) == 0)
            return &m->langs[i];
    if (m->nlangs == MAX_LANGS || strlen(lang) >= 8)
        return NULL;
    lang_models *lm = &m->langs[m->nlangs];
    memset(lm, 0, sizeof(*lm));
    snprintf(lm->lang, sizeof lm->lang, "%s", lang);
    lm->lex = ws_map_new();
    if (lm->lex == NULL)
        return NULL;
    pthread_mutex_init(&lm->hun_mu, NULL);
    pthread_mutex_init(&lm->load_mu, NULL);
    pthread_mutex_init(&lm->dict_mu, NULL);
    m->nlangs++;
    return lm;
}

/* Lexicons stay loaded for the life of the models; ws_models_free
 * releases them.  The stages ask for their lexicons per document and per
 * statement: each thread remembers the answers (they never change for
 * the life of the models, named by their serial number) instead of
 * taking the models' lock every time. */
static const ws_lex *lex_locked(ws_models *m, const char *lang,
                                const char *name);
/* Remembered lexicons: open addressing over LEXMEMO slots (some sixty
 * names and languages are asked for: a quarter full), probed from the
 * home slot up to LEXMEMO_PROBES slots on; a full run replaces its home
 * slot.  (Direct-mapped, two names whose addresses met in one slot of 64
 * took turns in it: a locked lookup per document each, and which names
 * met changed with the binary's layout.) */
#define LEXMEMO        256
#define LEXMEMO_PROBES 4
static _Thread_local struct {
    uint64_t serial; /* 0: empty */
    uint64_t langw;  /* the language code's bytes, NUL-padded */
    const char *namep;
    char name[40];
    const ws_lex *lx;
} lexmemo[LEXMEMO];

const ws_lex *
ws_models_lex(ws_models *m, const char *lang, const char *name)
{
    if (m == NULL || m->none || lang == NULL || *lang == '\0')
        return NULL;
    /* remembered by the name's address and the language code (up to 7
     * bytes); the name's text is compared too, as another string may
     * later sit at the same address */
    uint64_t langw = 0;
    size_t ll = 0;
    while (ll < 8 && lang[ll] != '\0')
        ll++;
    unsigned slot = 0, put = LEXMEMO;
    int memo = ll < 8;
    if (memo) {
        memcpy(&langw, lang, ll);
        uint64_t k =
            ((uint64_t)(uintptr_t)name ^ langw) * 0x9E3779B97F4A7C15ULL;
        slot = (unsigned)(k >> 56) % LEXMEMO;
        for (unsigned i = 0; i < LEXMEMO_PROBES; i++) {
            unsigned j = (slot + i) % LEXMEMO;
            if (lexmemo[j].serial == m->serial && lexmemo[j].namep == name &&
                lexmemo[j].langw == langw && strcmp(lexmemo[j].name, name) == 0)
                return lexmemo[j].lx;
            /* a free slot, or one of other models */
            if (put == LEXMEMO && lexmemo[j].serial != m->serial)
                put = j;
        }
        if (put == LEXMEMO)
            put = slot;
    }
    const ws_lex *res = lex_locked(m, lang, name);
    size_t nl = strlen(name);
    if (memo && nl < sizeof lexmemo[0].name) {
        lexmemo[put].serial = m->serial;
        lexmemo[put].langw = langw;
        lexmemo[put].namep = name;
        memcpy(lexmemo[put].name, name, nl + 1);
        lexmemo[put].lx = res;
    }
    return res;
}

static const ws_lex *
lex_locked(ws_models *m, const char *lang, const char *name)
{
    pthread_mutex_lock(&m->mu);
    const ws_lex *res = NULL;
    lang_models *lm = lang_slot(m, lang);
    if (lm != NULL) {
        void *v = ws_map_get(lm->lex, name, strlen(name));
        if (v == NULL) {
            char path[PATH_MAX + 64];
            snprintf(path, sizeof path, "%s/%s/%s.tsv", m->dir, lang, name);
            char err[256];
            ws_lex *lx = NULL;
            if (lm->nloaded < 64) {
                /* a lexicon the language does not have is no problem */
                ws_doc_deadline_hold();
                lx = ws_lex_load(path, err, sizeof err);
                int e = errno;
                ws_doc_deadline_release();
                if (lx == NULL && e != ENOENT) {
                    if (lm->problem[0] == '\0')
                        snprintf(lm->problem, sizeof lm->problem,
                                 "lexicon unusable: %s", err);
                } else {
                    lm->loaded[lm->nloaded++] = lx;
                }
            }
            v = lx ? (void *)lx : (void *)&missing_marker;
            ws_map_put(lm->lex, name, strlen(name), v);
        }
        if (v != &missing_marker)
            res = v;
    }
    pthread_mutex_unlock(&m->mu);
    return res;
}

/* The language's slot (created on first use), or NULL; the slots never
 * move, so the pointer stays valid after the lock is released. */
static lang_models *
lang_get(ws_models *m, const char *lang)
{
    pthread_mutex_lock(&m->mu);
    lang_models *lm = lang_slot(m, lang);
    pthread_mutex_unlock(&m->mu);
    return lm;
}

/* Records the first problem of a language (under the models' lock, where
 * ws_models_problem reads it). */
static void
set_problem(ws_models *m, lang_models *lm, const char *msg)
{
    pthread_mutex_lock(&m->mu);
    if (lm->problem[0] == '\0')
        snprintf(lm->problem, sizeof lm->problem, "%s", msg);
    pthread_mutex_unlock(&m->mu);
}

static void dict_prefetch(ws_models *m, lang_models *lm);

const ws_tagger *
ws_models_tagger(ws_models *m, const char *lang)
{
    if (m == NULL || m->none || lang == NULL || *lang == '\0')
        return NULL;
    lang_models *lm = lang_get(m, lang);
    if (lm == NULL)
        return NULL;
    if (atomic_load_explicit(&lm->tagger_tried, memory_order_acquire))
        return lm->tagger;
    ws_doc_deadline_hold();
    if (pthread_mutex_trylock(&lm->load_mu) != 0) {
        /* another worker is loading the tagger (run -j N: all the
         * workers want the first language's at once): the core would
         * idle until it is done */
        dict_prefetch(m, lm);
        pthread_mutex_lock(&lm->load_mu);
    }
    if (!lm->tagger_tried) {
        char path[PATH_MAX + 64];
        snprintf(path, sizeof path, "%s/%s/ner.model", m->dir, lang);
        char err[256], msg[320];
        const ws_tagger *t = NULL;
        if (access(path, F_OK) == 0) {
            t = ws_tagger_load(path, err, sizeof err);
            if (t == NULL) {
                snprintf(msg, sizeof msg, "tagger model unusable: %s", err);
                set_problem(m, lm, msg);
            }
        } else if (ws_hun_dicname(lang) != NULL) {
            /* one of the supported languages: its model should exist */
            snprintf(msg, sizeof msg, "tagger model missing: %.256s", path);
            set_problem(m, lm, msg);
        }
        lm->tagger = t;
        atomic_store_explicit(&lm->tagger_tried, 1, memory_order_release);
    }
    const ws_tagger *t = lm->tagger;
    pthread_mutex_unlock(&lm->load_mu);
    ws_doc_deadline_release();
    return t;
}

const char *
ws_models_problem(ws_models *m, const char *lang)
{
    if (m == NULL || m->none || lang == NULL || *lang == '\0')
        return NULL;
    pthread_mutex_lock(&m->mu);
    lang_models *lm = lang_slot(m, lang);
    const char *p = lm != NULL && lm->problem[0] ? lm->problem : NULL;
    pthread_mutex_unlock(&m->mu);
    return p;
}

const char *
ws_stage_version(const char *stage)
{
    static char buf[3][64];
    int i = strcmp(stage, "tokenize") == 0 ? 0
            : strcmp(stage, "ner") == 0    ? 1
                                           : 2;
    if (buf[i][0] == '\0')
        snprintf(buf[i], sizeof buf[i], "%s+models.%s", WS_VERSION,
                 fingerprint);
    return buf[i];
}

/* ---- the worker ---- */

/* A slot of a language's word table: the low 32 bits of the word's
 * ws_map_hash() and the offset of its record in the worker's word pool
 * (0: empty).  8 bytes a word instead of a map slot, a copied key, a
 * record and a stem copy each rounded up by the allocator. */
typedef struct {
    uint32_t hash, off;
} word_slot;

typedef struct {
    char lang[8];
    ws_hun *hun;             /* the models' (shared) or own */
    pthread_mutex_t *hun_mu; /* held around every call into hun */
    ws_shcache *shc;         /* the models' shared answers (or NULL) */
    /* the worker's own handle (hun then points to it), opened when
     * $WHOSAID_HUNSPELL_PER_WORKER is set: the workers of run -j N no
     * longer wait for each other on the shared handle's lock, for the
     * memory of a dictionary per worker (some 7 MB for English, 31 MB
     * for Ukrainian) */
    ws_hun *own;
    pthread_mutex_t own_mu;
    int tried;
    /* word -> record in the worker's word pool: one table for the stems
     * and the spell answers (mostly the same keys) */
    word_slot *slots;
    size_t cap, count;
} lang_worker;

/* The worker's word pool: records in chunks of 64 KB that never move, so
 * a stem handed out stays where it is; an offset is the chunk's index
 * times 2^16 plus the position in it.  A record is a flags byte (WR_*),
 * the word's length, the word and a NUL, then, with WR_STEM_OWN, the
 * stem and a NUL. */
#define WP_BITS  16
#define WP_CHUNK ((size_t)1 << WP_BITS)
typedef struct {
    unsigned char **chunks;
    size_t nchunks, capchunks;
    size_t used; /* in the last chunk */
} word_pool;

#define WR_SPELL_YES 1u /* in the dictionary */
#define WR_SPELL_NO  2u /* not */
#define WR_SPELL     3u
#define WR_STEM_SAME 4u /* the stem is the word itself */
#define WR_STEM_OWN  8u /* the stem follows the word */
#define WR_STEM      12u

struct ws_worker {
    ws_models *m;
    ws_icu *icu;
    lang_worker langs[MAX_LANGS];
    int nlangs;
    lang_worker *last;    /* the language of the previous lookup */
    word_pool pool_w;     /* the words' records */
    word_pool old_pool_w; /* the records before the last drop */
    size_t cached, cache_limit;
    char fold[4][1024];
    /* ws_tok_forms(): folded form and stem per token of the current
     * document, checked against the token's bytes on every use */
    struct tok_cache *tc;
    int32_t tccap, tcntok;
    uint32_t tcgen;
    const ws_doc *tcdoc;
    const char *tctext;
    char tclang[8];
    char *pool;
    size_t plen, pcap;
    uint64_t serial; /* ws_worker_serial() */
};

typedef struct tok_cache {
    uint32_t gen;             /* valid when == w->tcgen */
    uint32_t raw, fold, stem; /* offsets into w->pool */
    uint32_t rlen;
    uint16_t flen, slen;
    uint8_t has_stem, ok, space;
    uint64_t fh, sh, ph; /* ws_map_hash of the form, the stem, 2 bytes */
} tok_cache;

static void
word_pool_free(word_pool *p)
{
    for (size_t i = 0; i < p->nchunks; i++)
        free(p->chunks[i]);
    free(p->chunks);
    memset(p, 0, sizeof(*p));
}

/* n bytes (n < WP_CHUNK) at a nonzero offset of the pool; 0 when out of
 * memory. */
static uint32_t
word_pool_alloc(word_pool *p, size_t n)
{
    if (p->nchunks == 0 || p->used + n > WP_CHUNK) {
        if ((uint64_t)p->nchunks + 1 > ((uint64_t)1 << (32 - WP_BITS)))
            return 0;
        if (p->nchunks == p->capchunks) {
            size_t nc = p->capchunks ? p->capchunks * 2 : 16;
            unsigned char **np = realloc(p->chunks, nc * sizeof(*np));
            if (np == NULL)
                return 0;
            p->chunks = np;
            p->capchunks = nc;
        }
        unsigned char *c = malloc(WP_CHUNK);
        if (c == NULL)
            return 0;
        p->chunks[p->nchunks++] = c;
        /* offset 0 marks an empty slot: the first chunk starts at 1 */
        p->used = p->nchunks == 1 ? 1 : 0;
    }
    uint32_t off = (uint32_t)(((p->nchunks - 1) << WP_BITS) | p->used);
    p->used += n;
    return off;
}

static inline unsigned char *
word_pool_at(const word_pool *p, uint32_t off)
{
    return p->chunks[off >> WP_BITS] + (off & (WP_CHUNK - 1));
}

ws_worker *
ws_worker_new(ws_models *m)
{
    ws_worker *w = calloc(1, sizeof(*w));
    if (w == NULL)
        return NULL;
    w->m = m;
    w->serial = (uint64_t)atomic_fetch_add(&next_serial, 1);
    w->icu = ws_icu_new();
    w->cache_limit = (size_t)1 << 18;
    if (w->icu == NULL) {
        ws_worker_free(w);
        return NULL;
    }
    return w;
}

uint64_t
ws_worker_serial(const ws_worker *w)
{
    return w->serial;
}

/* The tables a thread made through ws_tltab_get(), freed at its end by
 * the destructor of tltab_key. */
enum { TLTAB_MAX = 8 };
typedef struct {
    void *p[TLTAB_MAX];
    int n;
} tltab_owned;
static _Thread_local tltab_owned *tl_owned;
static pthread_key_t tltab_key;
static pthread_once_t tltab_once = PTHREAD_ONCE_INIT;
static int tltab_keyok;

static void
tltab_free(void *v)
{
    tltab_owned *o = v;
    for (int i = 0; i < o->n; i++)
        free(o->p[i]);
    free(o);
}

static void
tltab_init(void)
{
    tltab_keyok = pthread_key_create(&tltab_key, tltab_free) == 0;
}

void *
ws_tltab_get(ws_tltab *t, const ws_worker *w, size_t n)
{
    uint64_t wid = ws_worker_serial(w);
    if (t->p != NULL) {
        if (t->wid != wid) {
            memset(t->p, 0, n);
            t->wid = wid;
        }
        return t->p;
    }
    pthread_once(&tltab_once, tltab_init);
    if (!tltab_keyok)
        return NULL;
    if (tl_owned == NULL) {
        tltab_owned *o = calloc(1, sizeof *o);
        if (o == NULL)
            return NULL;
        if (pthread_setspecific(tltab_key, o) != 0) {
            free(o);
            return NULL;
        }
        tl_owned = o;
    }
    if (tl_owned->n == TLTAB_MAX)
        return NULL;
    void *c = calloc(1, n);
    if (c == NULL)
        return NULL;
    tl_owned->p[tl_owned->n++] = c;
    t->p = c;
    t->wid = wid;
    return c;
}

void
ws_worker_free(ws_worker *w)
{
    if (w == NULL)
        return;
    for (int i = 0; i < w->nlangs; i++) {
        free(w->langs[i].slots);
        if (w->langs[i].own != NULL) {
            ws_hun_free(w->langs[i].own);
            pthread_mutex_destroy(&w->langs[i].own_mu);
        }
    }
    ws_icu_free(w->icu);
    word_pool_free(&w->pool_w);
    word_pool_free(&w->old_pool_w);
    free(w->tc);
    free(w->pool);
    free(w);
}

ws_models *
ws_worker_models(ws_worker *w)
{
    return w->m;
}

ws_icu *
ws_worker_icu(ws_worker *w)
{
    return w->icu;
}

const char *
ws_tok_fold(ws_worker *w, const ws_doc *d, int32_t i, int slot, size_t *len)
{
    char *buf = w->fold[slot & 3];
    int n = ws_utf8_fold(ws_tok_ptr(d, i), (size_t)ws_tok_blen(d, i), buf,
                         sizeof w->fold[0]);
    if (n < 0) {
        /* over-long token: the folded form of its first bytes */
        n = 0;
        buf[0] = '\0';
    }
    *len = (size_t)n;
    return buf;
}

static lang_worker *
worker_lang(ws_worker *w, const char *lang)
{
    /* documents come in runs of one language: try the last one first */
    if (w->last != NULL && w->last->lang[0] == lang[0] &&
        strcmp(w->last->lang, lang) == 0)
        return w->last;
    for (int i = 0; i < w->nlangs; i++)
        if (strcmp(w->langs[i].lang, lang) == 0)
            return w->last = &w->langs[i];
    if (w->nlangs == MAX_LANGS || strlen(lang) >= 8)
        return NULL;
    lang_worker *lw = &w->langs[w->nlangs++];
    memset(lw, 0, sizeof(*lw));
    snprintf(lw->lang, sizeof lw->lang, "%s", lang);
    return lw;
}

/* $WHOSAID_HUNSPELL_PER_WORKER set (not empty, not "0"): a Hunspell
 * handle per worker (read once per process) */
static int hun_own;

static void
read_hun_own(void)
{
    const char *e = getenv("WHOSAID_HUNSPELL_PER_WORKER");
    hun_own = e != NULL && *e != '\0' && strcmp(e, "0") != 0;
}

static int
hun_per_worker(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, read_hun_own);
    return hun_own;
}

/* The bound of a language's shared Hunspell answers: words (an entry
 * is the word, its stem when it differs and the answers' WR_* bits: some
 * 15-30 bytes and a 8-byte slot; a worker's own table keeps up to 2^18
 * words) and bytes of entries */
#define SHC_ENTRIES ((size_t)1 << 18)
#define SHC_BYTES   ((size_t)8 << 20)

static ws_shcache *
shc_new(const ws_models *m)
{
    return ws_shcache_new(m->shc_words ? m->shc_words : SHC_ENTRIES, SHC_BYTES);
}

void
ws_models_set_shared_words(ws_models *m, size_t words)
{
    m->shc_words = words;
}

/* The language's shared dictionary and its shared answers, loaded
 * unless they have been (the caller holds lm->dict_mu) */
static void
dict_load_locked(const ws_models *m, lang_models *lm)
{
    if (!lm->hun_tried) {
        lm->hun = ws_hun_open(lm->lang);
        lm->hun_tried = 1;
    }
    if (lm->hun != NULL && lm->shc == NULL)
        lm->shc = shc_new(m);
}

/* Loads the language's shared dictionary now, unless it is loaded or
 * loading, or each worker opens its own: called while another worker
 * loads the language's tagger, whose first documents then need the
 * dictionary too (both loads are some 0.1-0.3 s; -j2 on English waited
 * 0.2-0.4 s for the tagger at start-up, the dictionary's load after it) */
static void
dict_prefetch(ws_models *m, lang_models *lm)
{
    if (hun_per_worker() || pthread_mutex_trylock(&lm->dict_mu) != 0)
        return;
    if (!lm->hun_tried) {
        lm->hun = ws_hun_open(lm->lang);
        /* out of memory: not tried, so that the worker that needs the
         * dictionary tries again and its document reports it */
        lm->hun_tried = lm->hun != NULL || !ws_hun_failed();
    }
    if (lm->hun != NULL && lm->shc == NULL)
        lm->shc = shc_new(m);
    pthread_mutex_unlock(&lm->dict_mu);
}

static ws_hun *
worker_hun(ws_worker *w, lang_worker *lw)
{
    if (!lw->tried) {
        lw->tried = 1;
        lang_models *lm = lang_get(w->m, lw->lang);
        if (lm != NULL) {
            ws_doc_deadline_hold();
            if (hun_per_worker() && (lw->own = ws_hun_open(lw->lang)) != NULL) {
                pthread_mutex_init(&lw->own_mu, NULL);
                lw->hun = lw->own;
                lw->hun_mu = &lw->own_mu;
                pthread_mutex_lock(&lm->dict_mu);
                if (lm->shc == NULL)
                    lm->shc = shc_new(w->m);
                lw->shc = lm->shc;
                pthread_mutex_unlock(&lm->dict_mu);
            } else {
                pthread_mutex_lock(&lm->dict_mu);
                dict_load_locked(w->m, lm);
                lw->hun = lm->hun;
                lw->hun_mu = &lm->hun_mu;
                lw->shc = lm->shc;
                pthread_mutex_unlock(&lm->dict_mu);
            }
            ws_doc_deadline_release();
        }
    }
    return lw->hun;
}

int
ws_worker_dict_missing(ws_worker *w, const char *lang)
{
    if (ws_hun_dicname(lang) == NULL)
        return 0;
    lang_worker *lw = worker_lang(w, lang);
    return lw != NULL && worker_hun(w, lw) == NULL;
}

/* Drops the caches when they grow past a bound (a long varied stream:
 * 2^18 words, some 25 MB per worker; a news stream's working vocabulary
 * is far smaller, so this costs a re-warm now and then).  The stems
 * already handed out stay valid until the next drop: the arena they are
 * in is kept one generation longer. */
void
ws_worker_set_cache_limit(ws_worker *w, size_t words)
{
    w->cache_limit = words;
}

/* Returns 1 when the caches were dropped. */
static int
maybe_trim(ws_worker *w)
{
    if (w->cached < w->cache_limit)
        return 0;
    for (int i = 0; i < w->nlangs; i++) {
        free(w->langs[i].slots);
        w->langs[i].slots = NULL;
        w->langs[i].cap = w->langs[i].count = 0;
    }
    w->cached = 0;
    word_pool_free(&w->old_pool_w);
    w->old_pool_w = w->pool_w;
    memset(&w->pool_w, 0, sizeof w->pool_w);
    return 1;
}

/* The slot of word (h: the low bits of its ws_map_hash()) in the
 * language's table: its own, or the empty one where it would go. */
static word_slot *
word_probe(const ws_worker *w, const lang_worker *lw, const char *word,
           size_t len, uint32_t h)
{
    size_t mask = lw->cap - 1, j = h & mask;
    for (;; j = (j + 1) & mask) {
        word_slot *s = &lw->slots[j];
        if (s->off == 0)
            return s;
        if (s->hash == h) {
            const unsigned char *r = word_pool_at(&w->pool_w, s->off);
            if (r[1] == len && memcmp(r + 2, word, len) == 0)
                return s;
        }
    }
}

/* The record of word, or NULL when it is not in the cache. */
static unsigned char *
word_get(const ws_worker *w, const lang_worker *lw, const char *word,
         size_t len, uint32_t h)
{
    if (lw->slots == NULL)
        return NULL;
    word_slot *s = word_probe(w, lw, word, len, h);
    return s->off ? word_pool_at(&w->pool_w, s->off) : NULL;
}

/* Doubles the language's table (at most 3/4 full: 8-byte slots, and a
 * miss only comes before a Hunspell call). */
static int
word_grow(lang_worker *lw)
{
    size_t nc = lw->cap ? lw->cap * 2 : 256;
    word_slot *ns = calloc(nc, sizeof(*ns));
    if (ns == NULL)
        return -1;
    for (size_t i = 0; i < lw->cap; i++) {
        if (lw->slots[i].off == 0)
            continue;
        size_t j = lw->slots[i].hash & (nc - 1);
        while (ns[j].off != 0)
            j = (j + 1) & (nc - 1);
        ns[j] = lw->slots[i];
    }
    free(lw->slots);
    lw->slots = ns;
    lw->cap = nc;
    return 0;
}

/* Stores word's record with the flags, and the stem when it differs
 * from the word (stem NULL: none), replacing a record of the word;
 * returns the new record or NULL (out of memory: the answer is then not
 * cached). */
static unsigned char *
word_put(ws_worker *w, lang_worker *lw, const char *word, size_t len,
         uint32_t h, unsigned flags, const char *stem, size_t slen)
{
    if ((lw->count + 1) * 4 > lw->cap * 3 && word_grow(lw) < 0)
        return NULL;
    size_t n = 2 + len + 1 + (stem != NULL ? slen + 1 : 0);
    if (n > WP_CHUNK)
        return NULL;
    uint32_t off = word_pool_alloc(&w->pool_w, n);
    if (off == 0)
        return NULL;
    unsigned char *r = word_pool_at(&w->pool_w, off);
    r[0] = (unsigned char)(flags | (stem != NULL ? WR_STEM_OWN : 0));
    r[1] = (unsigned char)len;
    memcpy(r + 2, word, len);
    r[2 + len] = '\0';
    if (stem != NULL) {
        memcpy(r + 3 + len, stem, slen);
        r[3 + len + slen] = '\0';
    }
    word_slot *s = word_probe(w, lw, word, len, h);
    if (s->off == 0)
        lw->count++;
    s->hash = h;
    s->off = off;
    return r;
}

/* The stem in record r (WR_STEM set) */
static inline const char *
word_stem(const unsigned char *r)
{
    const char *k = (const char *)r + 2;
    return (r[0] & WR_STEM_OWN) ? k + r[1] + 1 : k;
}

/* The stem in the shared entry e (WR_STEM set): its value, or the
 * entry's copy of the word (both stay until the models are freed) */
static inline const char *
shared_stem(const unsigned char *e)
{
    size_t vl;
    const char *v = ws_shcache_value(e, &vl);
    return vl > 0 ? v : ws_shcache_key(e);
}

/* Hunspell's stem of word (NUL-terminated, len bytes, hash h), asked
 * under the handle's lock unless another worker has put it in the
 * shared answers meanwhile, and shared: the shared stem, or NULL with
 * ws_hun_stem's answer in out and *n when the shared answers are full
 * (or out of memory in Hunspell: *n < 0). */
static const char *
hun_stem_shared(lang_worker *lw, ws_hun *hn, const char *word, size_t len,
                uint32_t h, char *out, size_t cap, int *n)
{
    pthread_mutex_lock(lw->hun_mu);
    const unsigned char *e = ws_shcache_get(lw->shc, word, len, h);
    if (e != NULL && (ws_shcache_bits(e) & WR_STEM)) {
        pthread_mutex_unlock(lw->hun_mu);
        return shared_stem(e);
    }
    *n = ws_hun_stem(hn, word, out, cap);
    pthread_mutex_unlock(lw->hun_mu);
    if (*n < 0)
        return NULL;
    /* no stem, or the word itself */
    int same = *n == 0 || ((size_t)*n == len && memcmp(out, word, len) == 0);
    if (ws_shcache_put(lw->shc, word, len, h, same ? WR_STEM_SAME : WR_STEM_OWN,
                       same ? NULL : out, same ? 0 : (size_t)*n, &e) < 0)
        return NULL;
    return shared_stem(e);
}

/* Hunspell's spelling of word, as hun_stem_shared: 1 or 0, -1 out of
 * memory; *shared says whether the answer is in the shared answers.
 * Its stem comes with it when the word had none yet (the words asked
 * are nearly all stemmed next, and ws_hun_stem_spell answers both for
 * little more than one): in out (*n bytes) when not shared, *n
 * WS_HUN_NO_STEM when none. */
static int
hun_spell_shared(lang_worker *lw, ws_hun *hn, const char *word, size_t len,
                 uint32_t h, int *shared, char *out, size_t cap, int *n)
{
    *n = WS_HUN_NO_STEM;
    pthread_mutex_lock(lw->hun_mu);
    const unsigned char *e = ws_shcache_get(lw->shc, word, len, h);
    unsigned had = e != NULL ? ws_shcache_bits(e) : 0;
    if (had & WR_SPELL) {
        pthread_mutex_unlock(lw->hun_mu);
        *shared = 1;
        return (had & WR_SPELL) == WR_SPELL_YES;
    }
    int ok;
    if (had & WR_STEM)
        ok = ws_hun_spell(hn, word);
    else if ((*n = ws_hun_stem_spell(hn, word, out, cap, &ok)) < 0 &&
             *n != WS_HUN_NO_STEM)
        ok = -1;
    pthread_mutex_unlock(lw->hun_mu);
    if (ok < 0) {
        *shared = 0;
        return ok;
    }
    unsigned bits = ok ? WR_SPELL_YES : WR_SPELL_NO;
    int same = *n == 0 || ((size_t)*n == len && memcmp(out, word, len) == 0);
    if (*n >= 0)
        bits |= same ? WR_STEM_SAME : WR_STEM_OWN;
    *shared = ws_shcache_put(lw->shc, word, len, h, bits,
                             *n > 0 && !same ? out : NULL,
                             *n > 0 && !same ? (size_t)*n : 0, &e) >= 0;
    return ok;
}

/* ws_stem() with the word's ws_map_hash() already computed.  The shared
 * answers first (lock-free), then the worker's own table, which holds
 * only what did not fit in the shared answers (once they are full),
 * then Hunspell. */
static const char *
stem_h(ws_worker *w, const char *lang, const char *word, size_t len,
       uint64_t hash)
{
    lang_worker *lw = lang && *lang ? worker_lang(w, lang) : NULL;
    if (lw == NULL || len == 0 || len > 200)
        return word;
    uint32_t h = (uint32_t)hash;
    const unsigned char *e = ws_shcache_get(lw->shc, word, len, h);
    if (e != NULL && (ws_shcache_bits(e) & WR_STEM))
        return shared_stem(e);
    unsigned char *r = word_get(w, lw, word, len, h);
    if (r != NULL && (r[0] & WR_STEM))
        return word_stem(r);
    ws_hun *hn = worker_hun(w, lw);
    if (hn == NULL)
        return word;
    char tmp[256], out[512];
    memcpy(tmp, word, len);
    tmp[len] = '\0';
    int n = 0;
    const char *st = hun_stem_shared(lw, hn, tmp, len, h, out, sizeof out, &n);
    if (st != NULL)
        return st;
    if (n < 0)
        return word; /* out of memory in Hunspell: no answer to keep */
    unsigned spell = 0;
    if (maybe_trim(w))
        r = NULL; /* it was in the dropped table */
    else if (r != NULL)
        spell = r[0] & WR_SPELL;
    w->cached++;
    if (n <= 0 || ((size_t)n == len && memcmp(out, tmp, len) == 0)) {
        /* the word itself: a flag in the record there is */
        if (r != NULL) {
            r[0] |= WR_STEM_SAME;
            return word_stem(r);
        }
        r = word_put(w, lw, tmp, len, h, WR_STEM_SAME, NULL, 0);
    } else {
        r = word_put(w, lw, tmp, len, h, spell, out, (size_t)n);
    }
    return r != NULL ? word_stem(r) : word;
}

const char *
ws_stem(ws_worker *w, const char *lang, const char *word, size_t len)
{
    if (len == 0 || len > 200)
        return word;
    return stem_h(w, lang, word, len, ws_map_hash(word, len));
}

int
ws_spell(ws_worker *w, const char *lang, const char *word, size_t len)
{
    lang_worker *lw = lang && *lang ? worker_lang(w, lang) : NULL;
    if (lw == NULL || len == 0 || len > 200)
        return -1;
    uint32_t h = (uint32_t)ws_map_hash(word, len);
    const unsigned char *e = ws_shcache_get(lw->shc, word, len, h);
    unsigned b = e != NULL ? ws_shcache_bits(e) & WR_SPELL : 0;
    if (b != 0)
        return b == WR_SPELL_YES;
    unsigned char *r = word_get(w, lw, word, len, h);
    if (r != NULL && (r[0] & WR_SPELL))
        return (r[0] & WR_SPELL) == WR_SPELL_YES;
    ws_hun *hn = worker_hun(w, lw);
    if (hn == NULL)
        return -1;
    char tmp[256];
    memcpy(tmp, word, len);
    tmp[len] = '\0';
    int shared, n;
    char out[512];
    int ok =
        hun_spell_shared(lw, hn, tmp, len, h, &shared, out, sizeof out, &n);
    if (ok < 0)
        return -1; /* out of memory in Hunspell: no answer to keep */
    if (shared)
        return ok;
    if (maybe_trim(w))
        r = NULL;
    unsigned f = ok ? WR_SPELL_YES : WR_SPELL_NO;
    if (r != NULL)
        r[0] |= (unsigned char)f; /* (its stem, if any, is this one) */
    else if (n < 0)
        word_put(w, lw, tmp, len, h, f, NULL, 0);
    else if (n == 0 || ((size_t)n == len && memcmp(out, tmp, len) == 0))
        word_put(w, lw, tmp, len, h, f | WR_STEM_SAME, NULL, 0);
    else
        word_put(w, lw, tmp, len, h, f, out, (size_t)n);
    w->cached++;
    return ok;
}

int
ws_spell_avail(ws_worker *w, const char *lang)
{
    lang_worker *lw = lang && *lang ? worker_lang(w, lang) : NULL;
    return lw != NULL && worker_hun(w, lw) != NULL;
}

int
ws_spell_tried(ws_worker *w, const char *lang)
{
    lang_worker *lw = lang && *lang ? worker_lang(w, lang) : NULL;
    return lw != NULL && lw->tried;
}

/* Reserves n bytes at the end of the worker's token pool; returns their
 * offset or -1 when out of memory. */
static long
pool_reserve(ws_worker *w, size_t n)
{
    if (w->plen + n > w->pcap) {
        size_t nc = w->pcap ? w->pcap : 65536;
        while (nc < w->plen + n)
            nc *= 2;
        char *np = realloc(w->pool, nc);
        if (np == NULL)
            return -1;
        w->pool = np;
        w->pcap = nc;
    }
    long off = (long)w->plen;
    w->plen += n;
    return off;
}

/* memcpy(d, s, n) for the short strings of tokens without a call: two
 * overlapping loads of 8, 4, 2 or 1 bytes (both loaded before either is
 * stored), longer ones through memcpy. */
static inline void
copy_bytes(char *d, const char *s, size_t n)
{
    if (n >= 8) {
        if (n > 16) {
            memcpy(d, s, n);
            return;
        }
        uint64_t x0, x1;
        memcpy(&x0, s, 8);
        memcpy(&x1, s + n - 8, 8);
        memcpy(d, &x0, 8);
        memcpy(d + n - 8, &x1, 8);
    } else if (n >= 4) {
        uint32_t x0, x1;
        memcpy(&x0, s, 4);
        memcpy(&x1, s + n - 4, 4);
        memcpy(d, &x0, 4);
        memcpy(d + n - 4, &x1, 4);
    } else if (n >= 2) {
        uint16_t x0, x1;
        memcpy(&x0, s, 2);
        memcpy(&x1, s + n - 2, 2);
        memcpy(d, &x0, 2);
        memcpy(d + n - 2, &x1, 2);
    } else if (n == 1) {
        d[0] = s[0];
    }
}

/* Fills the cache entry c of token i (raw, rlen: its bytes): the
 * folded form and the stem, computed and copied into the pool; 0, -1 (a
 * form of 256 bytes or more) or -2 (out of memory).  Out of line: see
 * tok_cache_reset.  (A worker's cache of these per raw text, 4 096
 * entries of 160 bytes, answered 1.3k of the 6.8k fills per MB of
 * English once the lexicon took the tokens' forms from its own token
 * cache: its 640 KB missed the L2 at nearly every look-up, and without
 * it est2 per MB fell by 1.3M.) */
static __attribute__((noinline)) int
tok_forms_fill(ws_worker *w, const ws_doc *d, int32_t i, tok_cache *c,
               const char *raw, int32_t rlen)
{
    size_t l;
    const char *f;
    const char *sv = NULL;
    size_t sl = 0;
    int ok;
    uint64_t fh, sh = 0, ph = 0;
    int space = 0;
    f = ws_tok_fold(w, d, i, 3, &l);
    ok = l < 256;
    fh = ok ? ws_map_hash(f, l) : 0;
    if (ok && d->lang[0]) {
        const char *st = l == 0 || l > 200 ? f : stem_h(w, d->lang, f, l, fh);
        if (st != NULL && strcmp(st, f) != 0) {
            sv = st;
            sl = strlen(st);
            sh = ws_map_hash(sv, sl);
            if (sl > 0xFFFF)
                ok = 0;
        }
    }
    if (ok) {
        ph = ws_map_hash(f, l < 2 ? l : 2);
        space = memchr(f, ' ', l) != NULL ||
                (sv != NULL && memchr(sv, ' ', sl) != NULL);
    }
    /* raw, form and stem, each NUL-terminated, one after the other: one
     * reservation of the pool, then three copies */
    size_t nr = ok ? (size_t)rlen : 0, nf = ok ? l : 0, ns = ok ? sl : 0;
    long ro = pool_reserve(w, nr + nf + ns + 3);
    if (ro < 0) {
        c->gen = 0;
        return -2;
    }
    char *pp = w->pool + ro;
    copy_bytes(pp, raw, nr);
    pp[nr] = '\0';
    copy_bytes(pp + nr + 1, f, nf);
    pp[nr + 1 + nf] = '\0';
    if (ns > 0)
        copy_bytes(pp + nr + nf + 2, sv, ns);
    pp[nr + nf + 2 + ns] = '\0';
    c->gen = ok ? w->tcgen : 0;
    c->raw = (uint32_t)ro;
    c->fold = (uint32_t)(ro + (long)nr + 1);
    c->stem = (uint32_t)(ro + (long)nr + (long)nf + 2);
    c->rlen = (uint32_t)rlen;
    c->flen = (uint16_t)l;
    c->slen = (uint16_t)sl;
    c->has_stem = sv != NULL;
    c->ok = (uint8_t)ok;
    if (!ok)
        return -1;
    c->fh = fh;
    c->sh = sh;
    c->ph = ph;
    c->space = (uint8_t)space;
    return 0;
}

/* Starts the token cache over for document d (another document, or a
 * very long one); 0, or -2 when out of memory.  Out of line, as is
 * tok_forms_fill, so that a cache hit in ws_tok_forms_x (some 3 calls a
 * token, from ws_lex_match) saves and restores few registers. */
static __attribute__((noinline)) int
tok_cache_reset(ws_worker *w, const ws_doc *d)
{
    if (d->tokens.n > w->tccap) {
        int32_t nc = d->tokens.n + 256;
        tok_cache *nt = realloc(w->tc, sizeof(*nt) * (size_t)nc);
        if (nt == NULL)
            return -2;
        memset(nt + w->tccap, 0, sizeof(*nt) * (size_t)(nc - w->tccap));
        w->tc = nt;
        w->tccap = nc;
    }
    if (++w->tcgen == 0) {
        memset(w->tc, 0, sizeof(*w->tc) * (size_t)w->tccap);
        w->tcgen = 1;
    }
    w->tcdoc = d;
    w->tctext = d->text;
    w->tcntok = d->tokens.n;
    memcpy(w->tclang, d->lang, sizeof w->tclang);
    w->plen = 0;
    return 0;
}

int
ws_tok_forms_x(ws_worker *w, const ws_doc *d, int32_t i, ws_tokform *t)
{
    if (d != w->tcdoc || d->text != w->tctext || d->tokens.n != w->tcntok ||
        memcmp(d->lang, w->tclang, sizeof w->tclang) != 0 ||
        w->plen > ((size_t)16 << 20)) {
        /* another document (or a very long one): start over */
        if (tok_cache_reset(w, d) < 0)
            return -2;
    }
    tok_cache *c = &w->tc[i];
    const char *raw = ws_tok_ptr(d, i);
    int32_t rlen = ws_tok_blen(d, i);
    if (c->gen != w->tcgen || c->rlen != (uint32_t)rlen ||
        !ws_same_bytes(w->pool + c->raw, raw, (size_t)rlen)) {
        int r = tok_forms_fill(w, d, i, c, raw, rlen);
        if (r < 0)
            return r;
    }
    t->form = w->pool + c->fold;
    t->flen = c->flen;
    t->stem = c->has_stem ? w->pool + c->stem : NULL;
    t->slen = c->slen;
    t->fh = c->fh;
    t->sh = c->sh;
    t->ph = c->ph;
    t->space = c->space;
    return 0;
}

int
ws_tok_forms(ws_worker *w, const ws_doc *d, int32_t i, const char **form,
             size_t *flen, const char **stem, size_t *slen)
{
    ws_tokform t;
    int r = ws_tok_forms_x(w, d, i, &t);
    if (r < 0)
        return r;
    *form = t.form;
    *flen = t.flen;
    *stem = t.stem;
    *slen = t.slen;
    return 0;
}
