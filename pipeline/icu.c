/*
 * icu.c - the ICU adapter: the only file that includes <unicode/...>.
 *
 * A ws_icu holds one thread's ICU state: word and sentence break
 * iterators cached per locale (ICU's own sentence-break suppressions,
 * "@ss=standard", are not used: measured on the UD sets they suppress
 * real breaks, e.g. German "super. Die"; tokenize.c applies the
 * project's abbreviation lists instead), a reusable UText over UTF-8 (no UTF-16
 * conversion), a transliterator, and growable scratch buffers that the
 * tokenizer reuses from document to document.  Not thread-safe: one per
 * worker.
 */
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>

#include "ws_int.h"

#define WS_ICU_MAXLOC   12
#define WS_ICU_NSCRATCH 8

typedef struct {
    char locale[32];
    UBreakIterator *word, *sent;
} ws_icu_loc;

struct ws_icu {
    ws_icu_loc loc[WS_ICU_MAXLOC];
    int nloc, next_evict;
    UText *ut;
    UTransliterator *latin;
    int latin_failed;
    UChar *ubuf;
    int32_t ubufcap;
    void *scratch[WS_ICU_NSCRATCH];
    size_t scratchcap[WS_ICU_NSCRATCH];
    /* sentence-boundary models per language (tokenize.c), loaded once */
    struct {
        char lang[8];
        ws_sbd *m;
    } sbd[WS_ICU_MAXLOC];
    int nsbd, sbd_off;
    ws_sbd_sink *sink;
};

ws_icu *
ws_icu_new(void)
{
    ws_icu *u = calloc(1, sizeof(*u));
    return u;
}

static void
loc_close(ws_icu_loc *l)
{
    if (l->word)
        ubrk_close(l->word);
    if (l->sent)
        ubrk_close(l->sent);
    memset(l, 0, sizeof(*l));
}

void
ws_icu_free(ws_icu *u)
{
    int i;

    if (!u)
        return;
    for (i = 0; i < u->nloc; i++)
        loc_close(&u->loc[i]);
    if (u->ut)
        utext_close(u->ut);
    if (u->latin)
        utrans_close(u->latin);
    free(u->ubuf);
    for (i = 0; i < WS_ICU_NSCRATCH; i++)
        free(u->scratch[i]);
    for (i = 0; i < u->nsbd; i++)
        ws_sbd_free(u->sbd[i].m);
    free(u);
}

void *
ws_icu_scratch(ws_icu *u, int slot, size_t bytes)
{
    size_t cap;
    void *p;

    if (slot < 0 || slot >= WS_ICU_NSCRATCH)
        return NULL;
    if (bytes <= u->scratchcap[slot] && u->scratch[slot])
        return u->scratch[slot];
    cap = u->scratchcap[slot] ? u->scratchcap[slot] : 4096;
    while (cap < bytes)
        cap *= 2;
    p = realloc(u->scratch[slot], cap);
    if (!p)
        return NULL;
    u->scratch[slot] = p;
    u->scratchcap[slot] = cap;
    return p;
}

/* The cached entry for a locale ("" = root); NULL when out of slots and
 * memory. */
static ws_icu_loc *
get_loc(ws_icu *u, const char *locale)
{
    int i;
    ws_icu_loc *l;

    if (!locale)
        locale = "";
    for (i = 0; i < u->nloc; i++)
        if (strcmp(u->loc[i].locale, locale) == 0)
            return &u->loc[i];
    if (u->nloc < WS_ICU_MAXLOC) {
        l = &u->loc[u->nloc++];
    } else {
        l = &u->loc[u->next_evict];
        u->next_evict = (u->next_evict + 1) % WS_ICU_MAXLOC;
        loc_close(l);
    }
    snprintf(l->locale, sizeof(l->locale), "%s", locale);
    return l;
}

static UText *
open_text(ws_icu *u, const char *text, size_t len, UErrorCode *st)
{
    UText *ut = utext_openUTF8(u->ut, text, (int64_t)len, st);
    if (U_FAILURE(*st))
        return NULL;
    u->ut = ut;
    return ut;
}

static int
run_iter(ws_icu *u, UBreakIterator **bip, UBreakIteratorType type,
         const char *locale, const char *text, size_t len, ws_icu_cb cb,
         void *payload)
{
    UErrorCode st = U_ZERO_ERROR;
    UText *ut;
    int32_t p, q;

    if (!*bip) {
        char lbuf[48];
        snprintf(lbuf, sizeof(lbuf), "%s", locale);
        *bip = ubrk_open(type, lbuf, NULL, 0, &st);
        if (U_FAILURE(st)) {
            *bip = NULL;
            return -WS_EMODEL;
        }
    }
    ut = open_text(u, text, len, &st);
    if (!ut)
        return -WS_ENOMEM;
    ubrk_setUText(*bip, ut, &st);
    if (U_FAILURE(st))
        return -WS_EINTERNAL;
    p = ubrk_first(*bip);
    for (q = ubrk_next(*bip); q != UBRK_DONE; p = q, q = ubrk_next(*bip))
        cb(p, q, ubrk_getRuleStatus(*bip), payload);
    return 0;
}

int
ws_icu_words(ws_icu *u, const char *locale, const char *text, size_t len,
             ws_icu_cb cb, void *payload)
{
    ws_icu_loc *l = get_loc(u, locale);
    return run_iter(u, &l->word, UBRK_WORD, l->locale, text, len, cb, payload);
}

int
ws_icu_sentences(ws_icu *u, const char *locale, const char *text, size_t len,
                 ws_icu_cb cb, void *payload)
{
    ws_icu_loc *l = get_loc(u, locale);
    return run_iter(u, &l->sent, UBRK_SENTENCE, l->locale, text, len, cb,
                    payload);
}

/* Boundaries only (no callback): fills out[] with the break offsets after
 * the first one (so out[i] is the end of segment i) and, when status is
 * not NULL, the rule status of each.  Returns the number of segments, or
 * a negative code; cap too small gives -WS_ETOOBIG. */
int32_t
ws_icu_breaks(ws_icu *u, int sentences, const char *locale, const char *text,
              size_t len, int32_t *out, int32_t *status, int32_t cap)
{
    ws_icu_loc *l = get_loc(u, locale);
    UBreakIterator **bip = sentences ? &l->sent : &l->word;
    UErrorCode st = U_ZERO_ERROR;
    UText *ut;
    int32_t q, n = 0;

    if (!*bip) {
        char lbuf[48];
        snprintf(lbuf, sizeof(lbuf), "%s", l->locale);
        *bip = ubrk_open(sentences ? UBRK_SENTENCE : UBRK_WORD, lbuf, NULL, 0,
                         &st);
        if (U_FAILURE(st)) {
            *bip = NULL;
            return -WS_EMODEL;
        }
    }
    ut = open_text(u, text, len, &st);
    if (!ut)
        return -WS_ENOMEM;
    ubrk_setUText(*bip, ut, &st);
    if (U_FAILURE(st))
        return -WS_EINTERNAL;
    ubrk_first(*bip);
    for (q = ubrk_next(*bip); q != UBRK_DONE; q = ubrk_next(*bip)) {
        if (n >= cap)
            return -WS_ETOOBIG;
        out[n] = q;
        if (status)
            status[n] = ubrk_getRuleStatus(*bip);
        n++;
    }
    return n;
}

int
ws_icu_latin(ws_icu *u, const char *s, size_t len, char *buf, size_t cap)
{
    UErrorCode st = U_ZERO_ERROR;
    int32_t ulen = 0, limit, olen = 0;
    static const UChar id[] = {'A', 'n', 'y', '-', 'L', 'a', 't', 'i',
                               'n', ';', ' ', 'L', 'a', 't', 'i', 'n',
                               '-', 'A', 'S', 'C', 'I', 'I', 0};

    if (!u->latin && !u->latin_failed) {
        u->latin = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &st);
        if (U_FAILURE(st)) {
            u->latin = NULL;
            u->latin_failed = 1;
        }
        st = U_ZERO_ERROR;
    }
    if (!u->latin || len > (size_t)INT32_MAX / 8)
        return -1;
    /* room for the expansion of the transliteration */
    if (u->ubufcap < (int32_t)len * 4 + 16) {
        int32_t nc = (int32_t)len * 4 + 16;
        UChar *nb = realloc(u->ubuf, (size_t)nc * sizeof(UChar));
        if (!nb)
            return -1;
        u->ubuf = nb;
        u->ubufcap = nc;
    }
    u_strFromUTF8(u->ubuf, u->ubufcap, &ulen, s, (int32_t)len, &st);
    if (U_FAILURE(st))
        return -1;
    limit = ulen;
    utrans_transUChars(u->latin, u->ubuf, &ulen, u->ubufcap, 0, &limit, &st);
    if (U_FAILURE(st))
        return -1;
    u_strToUTF8(buf, (int32_t)cap, &olen, u->ubuf, ulen, &st);
    if (U_FAILURE(st) || st == U_STRING_NOT_TERMINATED_WARNING ||
        (size_t)olen >= cap)
        return -1;
    return olen;
}

const ws_sbd *
ws_icu_sbd(ws_icu *u, ws_models *m, const char *lang)
{
    char path[4096], err[256];
    const char *env;
    int i;

    if (!m || !lang || !lang[0])
        return NULL;
    if (!u->sbd_off) {
        env = getenv("WS_SBD");
        u->sbd_off = (env && strcmp(env, "0") == 0) ? 1 : -1;
    }
    if (u->sbd_off > 0)
        return NULL;
    for (i = 0; i < u->nsbd; i++)
        if (strcmp(u->sbd[i].lang, lang) == 0)
            return u->sbd[i].m;
    if (u->nsbd >= WS_ICU_MAXLOC)
        return NULL;
    ws_models_path(m, lang, "sbd.model", path, sizeof(path));
    snprintf(u->sbd[u->nsbd].lang, sizeof(u->sbd[0].lang), "%s", lang);
    ws_doc_deadline_hold();
    u->sbd[u->nsbd].m = ws_sbd_load(path, err, sizeof(err));
    ws_doc_deadline_release();
    return u->sbd[u->nsbd++].m;
}

void
ws_icu_set_sink(ws_icu *u, ws_sbd_sink *s)
{
    u->sink = s;
}

ws_sbd_sink *
ws_icu_sink(ws_icu *u)
{
    return u->sink;
}
