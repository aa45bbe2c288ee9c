/*
 * record.c - a document to and from one JSON line.
 *
 * Reading keeps what an earlier stage produced (tokens, entities,
 * statements) only when the record's "versions" member says that stage ran,
 * so that gold files (which carry "entities"/"statements" of their own) can
 * be fed through the stages and scored against themselves.  Members the
 * library does not know are kept as raw JSON and written back unchanged.
 */
#include <math.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ws_int.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

static const char *
jstr(const ws_json *v)
{
    return v != NULL && v->type == WS_JSTR ? v->s : NULL;
}

static int
jint(const ws_json *v, int32_t *out)
{
    if (v == NULL || v->type != WS_JNUM || !isfinite(v->num) || v->num < -1 ||
        v->num > INT32_MAX)
        return -1;
    *out = (int32_t)v->num;
    return 0;
}

static int
jspan(const ws_json *v, int32_t ncp, ws_span *out)
{
    int32_t s, e;
    if (v == NULL || v->type != WS_JOBJ)
        return -1;
    /* the members in the order the stages write them: the first "start"
     * and the first "end" without two lookups */
    const ws_json *ms = v->child, *me = ms ? ms->next : NULL;
    if (ms == NULL || me == NULL || ms->keylen != 5 || me->keylen != 3 ||
        memcmp(ms->key, "start", 5) != 0 || memcmp(me->key, "end", 3) != 0) {
        ms = ws_json_get(v, "start");
        me = ws_json_get(v, "end");
    }
    if (jint(ms, &s) < 0 || jint(me, &e) < 0 || s < 0 || e < s || e > ncp)
        return -1;
    out->start = s;
    out->end = e;
    return 0;
}

static const char *const known_top[] = {
    "id",         "text",     "lang",       "meta",      "date",   "title",
    "source",     "url",      "paragraphs", "sentences", "tokens", "entities",
    "statements", "versions", "errors",     NULL};
static const char *const known_meta[] = {
    "date", "title", "place", "source", "url", "dateline_date", NULL};

static int
is_known(const ws_json *m, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == m->keylen &&
            memcmp(list[i], m->key, m->keylen) == 0)
            return 1;
    return 0;
}

/* `"key":raw,...` of the members of obj not in skip (NULL: all), in the
 * arena; NULL when there are none.  Linear in the members' size. */
static const char *
raw_list(ws_arena *a, const ws_json *obj, const char *const *skip)
{
    ws_buf b = {0};
    for (const ws_json *m = obj->child; m; m = m->next) {
        if (skip != NULL && is_known(m, skip))
            continue;
        if (b.len)
            ws_buf_putc(&b, ',');
        ws_buf_jstr(&b, m->key, m->keylen);
        ws_buf_putc(&b, ':');
        ws_buf_put(&b, m->raw, m->rawlen);
    }
    const char *out = NULL;
    if (b.len && !b.oom)
        out = ws_arena_strndup(a, b.buf, b.len);
    ws_buf_free(&b);
    return out;
}

static const char *
adup(ws_doc *d, const char *s)
{
    return s ? ws_arena_strdup(d->arena, s) : NULL;
}

/* Classes of the ASCII bytes for ws_token_flags (ws_cp_is_*'s answers;
 * punctuation: the printable bytes that are neither letters nor
 * digits). */
enum { TF_LET = 1, TF_UP = 2, TF_DIG = 4, TF_PUN = 8, TF_LOW = 16 };

static const uint8_t tf_ascii[128] = {
    ['!'] = TF_PUN, ['"'] = TF_PUN, ['#'] = TF_PUN,  ['$'] = TF_PUN,
    ['%'] = TF_PUN, ['&'] = TF_PUN, ['\''] = TF_PUN, ['('] = TF_PUN,
    [')'] = TF_PUN, ['*'] = TF_PUN, ['+'] = TF_PUN,  [','] = TF_PUN,
    ['-'] = TF_PUN, ['.'] = TF_PUN, ['/'] = TF_PUN,  [':'] = TF_PUN,
    [';'] = TF_PUN, ['<'] = TF_PUN, ['='] = TF_PUN,  ['>'] = TF_PUN,
    ['?'] = TF_PUN, ['@'] = TF_PUN, ['['] = TF_PUN,  ['\\'] = TF_PUN,
    [']'] = TF_PUN, ['^'] = TF_PUN, ['_'] = TF_PUN,  ['`'] = TF_PUN,
    ['{'] = TF_PUN, ['|'] = TF_PUN, ['}'] = TF_PUN,  ['~'] = TF_PUN,
    ['0'] = TF_DIG, ['1'] = TF_DIG, ['2'] = TF_DIG,  ['3'] = TF_DIG,
    ['4'] = TF_DIG, ['5'] = TF_DIG, ['6'] = TF_DIG,  ['7'] = TF_DIG,
    ['8'] = TF_DIG, ['9'] = TF_DIG,
#define TF_UL(c) [c] = TF_LET | TF_UP, [c + 32] = TF_LET | TF_LOW
    TF_UL('A'),     TF_UL('B'),     TF_UL('C'),      TF_UL('D'),
    TF_UL('E'),     TF_UL('F'),     TF_UL('G'),      TF_UL('H'),
    TF_UL('I'),     TF_UL('J'),     TF_UL('K'),      TF_UL('L'),
    TF_UL('M'),     TF_UL('N'),     TF_UL('O'),      TF_UL('P'),
    TF_UL('Q'),     TF_UL('R'),     TF_UL('S'),      TF_UL('T'),
    TF_UL('U'),     TF_UL('V'),     TF_UL('W'),      TF_UL('X'),
    TF_UL('Y'),     TF_UL('Z')
#undef TF_UL
};

/* Token-level flags recomputed from the text.  What matters of the
 * characters is which classes occur (an OR of TF_*), the number of
 * letters and whether a lowercase one is among them; ASCII bytes by
 * table. */
void
ws_token_flags(const ws_doc *d, ws_token *t)
{
    uint32_t f = t->flags & WS_TOK_SENT0;
    size_t i = (size_t)t->bstart, end = (size_t)t->bend;
    int letters = 0, n = 0;
    unsigned seen = 0;
    int32_t first = -1;
    int url4 = -1; /* WS_TOK_URL (0 or 1) when the one load gave it */
    const unsigned char *u = (const unsigned char *)d->text;
    if (i < end) {
        size_t j = i;
        first = u[i] < 0x80 ? u[i] : ws_utf8_decode(d->text, end, &j);
    }
#ifdef __SSE2__
    /* A token of one to sixteen ASCII bytes (most) whose sixteen bytes
     * from its start lie in the text: its classes from one load, as the
     * table gives them byte by byte (no loop whose exit mispredicts as
     * the lengths change). */
    if (i < end && end - i <= 16 && i + 16 <= d->len) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
        unsigned len = (unsigned)(end - i), in = (1u << len) - 1;
        if (((unsigned)_mm_movemask_epi8(v) & in) == 0) {
#define TF_RANGE(lo, hi)                                                       \
    ((unsigned)_mm_movemask_epi8(                                              \
         _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8((char)((lo)-1))),       \
                       _mm_cmpgt_epi8(_mm_set1_epi8((char)((hi) + 1)), v))) &  \
     in)
            unsigned up = TF_RANGE('A', 'Z'), low = TF_RANGE('a', 'z'),
                     dig = TF_RANGE('0', '9'), prt = TF_RANGE(0x21, 0x7E);
#undef TF_RANGE
            seen = (up | low ? TF_LET : 0) | (up ? TF_UP : 0) |
                   (low ? TF_LOW : 0) | (dig ? TF_DIG : 0) |
                   (prt & ~(up | low | dig) ? TF_PUN : 0);
            letters = __builtin_popcount(up | low);
            /* more than four bytes that start with "http" or "www.",
             * from the same load, without a branch */
            uint32_t w4 = (uint32_t)_mm_cvtsi128_si32(v), h4, ww4;
            memcpy(&h4, "http", 4);
            memcpy(&ww4, "www.", 4);
            url4 = (len > 4) & ((w4 == h4) | (w4 == ww4));
            n = (int)len;
            i = end;
        }
    }
#endif
    while (i < end) {
        unsigned char c = u[i];
        int32_t cp;
        if (c < 0x80) {
            unsigned m = tf_ascii[c];
            seen |= m;
            letters += (int)(m & TF_LET);
            i++;
            n++;
            continue;
        }
        cp = ws_utf8_decode(d->text, end, &i);
        n++;
        if (ws_cp_is_letter(cp)) {
            letters++;
            seen |= ws_cp_is_upper(cp) ? TF_LET | TF_UP : TF_LET | TF_LOW;
        } else if (ws_cp_is_digit(cp)) {
            seen |= TF_DIG;
        } else if (ws_cp_is_punct(cp)) {
            seen |= TF_PUN;
        }
    }
    /* selects and compares rather than branches, which go either way
     * from one token to the next */
    f |= seen & TF_LET   ? WS_TOK_WORD
         : seen & TF_DIG ? WS_TOK_NUM
         : seen & TF_PUN ? WS_TOK_PUNCT
                         : 0;
    if (first < 0x80) /* -1 (no character) is no upper-case letter */
        f |= (uint32_t)((unsigned)(first - 'A') < 26) * WS_TOK_UPPER;
    else if (ws_cp_is_upper(first))
        f |= WS_TOK_UPPER;
    if (letters > 1 && !(seen & TF_LOW))
        f |= WS_TOK_ALLCAP;
    if (n == 1 && ws_cp_is_quote(first))
        f |= WS_TOK_QUOTE;
    if (n == 1 && ws_cp_is_dash(first))
        f |= WS_TOK_DASH;
    if ((first == '@' || first == '#') && n > 1)
        f |= WS_TOK_HANDLE;
    if (url4 >= 0)
        f |= (uint32_t)url4 * WS_TOK_URL;
    else if (end - (size_t)t->bstart > 4 &&
             (memcmp(d->text + t->bstart, "http", 4) == 0 ||
              memcmp(d->text + t->bstart, "www.", 4) == 0))
        f |= WS_TOK_URL;
    if (end < d->len) {
        unsigned char c = u[end];
        int sp;
        if (c < 0x80) {
            /* ws_cp_is_space()'s ASCII answer */
            sp = c == ' ' || (c >= '\t' && c <= '\r');
        } else {
            size_t j = end;
            sp = ws_cp_is_space(ws_utf8_decode(d->text, d->len, &j));
        }
        if (sp)
            f |= WS_TOK_SPACE;
    } else {
        f |= WS_TOK_SPACE;
    }
    t->flags = f;
}

/* The spans of an array, from its children or (an array
 * ws_json_parse_record() left as text) from the numbers it read. */
typedef struct {
    const ws_json *c;   /* the next child */
    const uint32_t *nu; /* or the next span's numbers */
    const uint32_t *nl; /* and the end of them */
} span_iter;

static void
span_iter_init(span_iter *it, const ws_json *arr)
{
    it->nu = it->nl = NULL;
    it->c = arr != NULL ? arr->child : NULL;
    if (ws_json_lazy_spans(arr)) {
        it->nu = ws_json_span_nums(arr);
        it->nl = it->nu + 2 * (size_t)arr->n;
    }
}

/* The next element: 1 and *out (a valid span, as jspan() takes it), 0 (a
 * malformed one) or -1 (no more). */
static inline int
span_iter_next(span_iter *it, int32_t ncp, ws_span *out)
{
    if (it->nu != NULL) {
        if (it->nu == it->nl)
            return -1;
        uint32_t s = it->nu[0], e = it->nu[1];
        it->nu += 2;
        /* jint() and jspan()'s checks (the numbers are not negative) */
        if (s > INT32_MAX || e > INT32_MAX || e < s || e > (uint32_t)ncp)
            return 0;
        out->start = (int32_t)s;
        out->end = (int32_t)e;
        return 1;
    }
    if (it->c == NULL)
        return -1;
    const ws_json *c = it->c;
    it->c = c->next;
    return jspan(c, ncp, out) < 0 ? 0 : 1;
}

/* ws_doc_byte(), inline for the tokens' two offsets */
static inline int32_t
doc_byte(const ws_doc *d, int32_t cp)
{
    if (cp <= 0 || d->cp2b.n == 0)
        return 0;
    if (cp >= d->ncp)
        return (int32_t)d->len;
    return d->cp2b.v[cp];
}

static void
load_tokens(ws_doc *d, const ws_json *paras, const ws_json *sents,
            const ws_json *toks)
{
    int bad = 0;
    span_iter it;
    int r;
    span_iter_init(&it, paras);
    for (ws_span s; (r = span_iter_next(&it, d->ncp, &s)) >= 0;) {
        if (r == 0) {
            bad++;
            continue;
        }
        ws_paragraph *p = WS_PUSH(d->paragraphs);
        if (p == NULL)
            return;
        p->start = s.start;
        p->end = s.end;
    }
    span_iter_init(&it, toks);
    for (ws_span s; (r = span_iter_next(&it, d->ncp, &s)) >= 0;) {
        if (r == 0 ||
            (d->tokens.n > 0 && s.start < d->tokens.v[d->tokens.n - 1].end)) {
            bad++;
            continue;
        }
        ws_token *t = WS_PUSH(d->tokens);
        if (t == NULL)
            return;
        t->start = s.start;
        t->end = s.end;
        t->bstart = doc_byte(d, s.start);
        t->bend = doc_byte(d, s.end);
        t->sent = -1;
    }
    int32_t ti = 0, pi = 0;
    span_iter_init(&it, sents);
    for (ws_span s; (r = span_iter_next(&it, d->ncp, &s)) >= 0;) {
        if (r == 0) {
            bad++;
            continue;
        }
        ws_sentence *se = WS_PUSH(d->sentences);
        if (se == NULL)
            return;
        int32_t si = d->sentences.n - 1;
        se->start = s.start;
        se->end = s.end;
        while (ti < d->tokens.n && d->tokens.v[ti].start < s.start)
            ti++;
        se->tok0 = ti;
        while (ti < d->tokens.n && d->tokens.v[ti].end <= s.end) {
            d->tokens.v[ti].sent = si;
            ti++;
        }
        se->tok1 = ti;
        if (se->tok1 > se->tok0)
            d->tokens.v[se->tok0].flags |= WS_TOK_SENT0;
        while (pi + 1 < d->paragraphs.n && d->paragraphs.v[pi].end <= s.start)
            pi++;
        se->para = d->paragraphs.n ? pi : 0;
    }
    for (int32_t i = 0; i < d->tokens.n; i++) {
        if (d->tokens.v[i].sent < 0) {
            bad++;
            d->tokens.v[i].sent = d->sentences.n ? d->sentences.n - 1 : 0;
        }
        ws_token_flags(d, &d->tokens.v[i]);
    }
    if (bad)
        ws_doc_error(d, "read", WS_EFIELD,
                     "%d malformed token/sentence/paragraph spans ignored",
                     bad);
}

/* The stages rely on a consistent tokenization: sentences in order and
 * not overlapping, their token ranges consecutive and covering every
 * token, each token inside its sentence. */
static int
tokens_consistent(const ws_doc *d)
{
    int32_t prev_end = 0, next_tok = 0;
    for (int32_t i = 0; i < d->sentences.n; i++) {
        const ws_sentence *s = &d->sentences.v[i];
        if (s->start < prev_end || s->tok0 != next_tok)
            return 0;
        if (s->tok1 > s->tok0 && (d->tokens.v[s->tok0].start < s->start ||
                                  d->tokens.v[s->tok1 - 1].end > s->end))
            return 0;
        prev_end = s->end;
        next_tok = s->tok1;
    }
    return next_tok == d->tokens.n;
}

/* The first members of obj named keys[0..n) into out[] (NULL when
 * absent): what ws_json_get() finds for each, in one pass over the
 * members. */
static void
json_members(const ws_json *obj, const char *const *keys, int n,
             const ws_json **out)
{
    size_t kl[16];
    int left = n;
    for (int k = 0; k < n; k++) {
        out[k] = NULL;
        kl[k] = strlen(keys[k]);
    }
    for (const ws_json *c = obj->child; c != NULL && left > 0; c = c->next)
        for (int k = 0; k < n; k++)
            if (out[k] == NULL && c->keylen == kl[k] &&
                memcmp(c->key, keys[k], kl[k]) == 0) {
                out[k] = c;
                left--;
                break;
            }
}

static void
load_entities(ws_doc *d, const ws_json *ents)
{
    enum { K_TYPE, K_NAME, K_CLUSTER, K_ROLE, K_ORG, K_GENDER, K_SOURCE, K_N };
    static const char *const keys[K_N] = {"type", "name",   "cluster", "role",
                                          "org",  "gender", "source"};
    int bad = 0;
    for (const ws_json *c = ents->child; c; c = c->next) {
        ws_span s;
        const ws_json *m[K_N];
        if (c->type == WS_JOBJ)
            json_members(c, keys, K_N, m);
        else
            memset(m, 0, sizeof m);
        const char *type = jstr(m[K_TYPE]);
        int t = type ? ws_etype_parse(type) : -1;
        if (jspan(c, d->ncp, &s) < 0 || t < 0) {
            bad++;
            continue;
        }
        ws_entity *e = WS_PUSH(d->entities);
        if (e == NULL)
            return;
        e->start = s.start;
        e->end = s.end;
        e->type = t;
        e->tok0 = ws_doc_tok_at(d, s.start, 0);
        e->tok1 = ws_doc_tok_at(d, s.end, 1);
        e->text = ws_doc_slice(d, s.start, s.end);
        e->name = adup(d, jstr(m[K_NAME]));
        if (e->name == NULL)
            e->name = e->text;
        e->cluster = d->entities.n - 1;
        e->role = e->org = -1;
        jint(m[K_CLUSTER], &e->cluster);
        jint(m[K_ROLE], &e->role);
        jint(m[K_ORG], &e->org);
        e->gender = adup(d, jstr(m[K_GENDER]));
        e->source = adup(d, jstr(m[K_SOURCE]));
    }
    for (int32_t i = 0; i < d->entities.n; i++) {
        ws_entity *e = &d->entities.v[i];
        if (e->role >= d->entities.n)
            e->role = -1;
        if (e->org >= d->entities.n)
            e->org = -1;
    }
    if (bad)
        ws_doc_error(d, "read", WS_EFIELD, "%d malformed entities ignored",
                     bad);
}

static void
load_statements(ws_doc *d, const ws_json *sts)
{
    int bad = 0;
    for (const ws_json *c = sts->child; c; c = c->next) {
        const char *kind = jstr(ws_json_get(c, "kind"));
        int k = kind ? ws_kind_parse(kind) : -1;
        if (k < 0) {
            bad++;
            continue;
        }
        ws_statement *st = WS_PUSH(d->statements);
        if (st == NULL)
            return;
        st->kind = k;
        const ws_json *content = ws_json_get(c, "content");
        for (const ws_json *s = content ? content->child : NULL; s;
             s = s->next) {
            if (st->ncontent < WS_MAX_SEGMENTS &&
                jspan(s, d->ncp, &st->content[st->ncontent]) == 0)
                st->ncontent++;
        }
        st->cue.start = st->speaker.start = st->target_span.start = -1;
        st->cue.end = st->speaker.end = st->target_span.end = -1;
        jspan(ws_json_get(c, "cue"), d->ncp, &st->cue);
        jspan(ws_json_get(c, "speaker"), d->ncp, &st->speaker);
        jspan(ws_json_get(c, "target_span"), d->ncp, &st->target_span);
        st->speaker_ent = -1;
        jint(ws_json_get(c, "speaker_entity"), &st->speaker_ent);
        if (st->speaker_ent >= d->entities.n)
            st->speaker_ent = -1;
        st->speaker_name = adup(d, jstr(ws_json_get(c, "speaker_name")));
        st->speaker_role = adup(d, jstr(ws_json_get(c, "speaker_role")));
        st->speaker_org = adup(d, jstr(ws_json_get(c, "speaker_org")));
        st->target = adup(d, jstr(ws_json_get(c, "target")));
        st->intensity = adup(d, jstr(ws_json_get(c, "intensity")));
        const ws_json *neg = ws_json_get(c, "negated");
        st->negated = neg && neg->type == WS_JTRUE;
        const ws_json *hed = ws_json_get(c, "hedged");
        st->hedged = hed && hed->type == WS_JTRUE;
        const ws_json *stance = ws_json_get(c, "stance");
        for (const ws_json *s = stance ? stance->child : NULL; s; s = s->next) {
            int l = jstr(s) ? ws_stance_parse(s->s) : -1;
            if (l >= 0 && st->nstance < WS_MAX_LABELS)
                st->stance[st->nstance++] = l;
        }
    }
    if (bad)
        ws_doc_error(d, "read", WS_EFIELD, "%d malformed statements ignored",
                     bad);
}

static void
load_errors(ws_doc *d, const ws_json *errs)
{
    for (const ws_json *c = errs->child; c; c = c->next) {
        const char *stage = jstr(ws_json_get(c, "stage"));
        const char *code = jstr(ws_json_get(c, "code"));
        const char *msg = jstr(ws_json_get(c, "message"));
        ws_docerror *e = WS_PUSH(d->errors);
        if (e == NULL)
            return;
        e->stage = stage ? ws_arena_strdup(d->arena, stage) : "input";
        e->code = WS_EINTERNAL;
        for (int k = 0; k <= WS_ETRUNC; k++)
            if (code && strcmp(code, ws_strerror(k)) == 0)
                e->code = k;
        e->message = msg ? ws_arena_strdup(d->arena, msg) : "";
    }
}

int
ws_record_from_json(ws_doc *d, const ws_json *obj)
{
    if (obj->type != WS_JOBJ) {
        ws_doc_error(d, "read", WS_ENOTOBJ, "JSON value is not an object");
        ws_doc_set_text(d, "", 0);
        return -WS_ENOTOBJ;
    }
    const ws_json *text = ws_json_get(obj, "text");
    int rc = 0;
    if (text == NULL || text->type != WS_JSTR) {
        ws_doc_error(d, "read", WS_ENOTEXT, "object has no string \"text\"");
        rc = ws_doc_set_text(d, "", 0);
        if (rc == 0)
            rc = -WS_ENOTEXT;
    } else {
        rc = ws_doc_set_text(d, text->s, text->slen);
    }
    if (rc == -WS_ENOMEM)
        return rc;
    const ws_json *id = ws_json_get(obj, "id");
    if (id && id->type == WS_JSTR && id->slen > 0)
        d->id = ws_arena_strndup(d->arena, id->s, id->slen);
    else if (id && id->type == WS_JNUM)
        d->id = ws_arena_strndup(d->arena, id->raw, id->rawlen);
    const char *lang = jstr(ws_json_get(obj, "lang"));
    if (lang && strlen(lang) < sizeof d->lang && lang[0]) {
        strcpy(d->lang, lang);
        d->lang_given = 1;
    }
    const ws_json *meta = ws_json_get(obj, "meta");
    const ws_json *src[2] = {obj, meta && meta->type == WS_JOBJ ? meta : NULL};
    for (int k = 0; k < 2; k++) {
        if (src[k] == NULL)
            continue;
        const char *v;
        if ((v = jstr(ws_json_get(src[k], "date"))))
            d->date = adup(d, v);
        if ((v = jstr(ws_json_get(src[k], "title"))))
            d->title = adup(d, v);
        if ((v = jstr(ws_json_get(src[k], "source"))))
            d->source = adup(d, v);
        if ((v = jstr(ws_json_get(src[k], "url"))))
            d->url = adup(d, v);
        if ((v = jstr(ws_json_get(src[k], "place"))))
            d->place = adup(d, v);
        if ((v = jstr(ws_json_get(src[k], "dateline_date"))))
            d->dateline_date = adup(d, v);
    }
    if (src[1])
        d->meta_extra = raw_list(d->arena, meta, known_meta);
    d->extra = raw_list(d->arena, obj, known_top);

    const ws_json *versions = ws_json_get(obj, "versions");
    if (versions && versions->type == WS_JOBJ) {
        d->versions_in = raw_list(d->arena, versions, NULL);
        const ws_json *toks = ws_json_get(obj, "tokens");
        const ws_json *sents = ws_json_get(obj, "sentences");
        if (ws_json_get(versions, "tokenize") && toks &&
            toks->type == WS_JARR && sents && sents->type == WS_JARR) {
            const ws_json *paras = ws_json_get(obj, "paragraphs");
            load_tokens(d, paras && paras->type == WS_JARR ? paras : NULL,
                        sents, toks);
            if (tokens_consistent(d)) {
                d->done |= WS_DONE_TOKENIZE;
            } else {
                /* tokenized again by the stage; entities and statements
                 * (which point into the tokens) are not trusted either */
                d->tokens.n = d->sentences.n = d->paragraphs.n = 0;
                ws_doc_error(d, "read", WS_EFIELD,
                             "inconsistent tokens and sentences ignored; "
                             "tokenized again");
            }
        }
        const ws_json *ents = ws_json_get(obj, "entities");
        if ((d->done & WS_DONE_TOKENIZE) && ws_json_get(versions, "ner") &&
            ents && ents->type == WS_JARR) {
            load_entities(d, ents);
            d->done |= WS_DONE_NER;
        }
        const ws_json *sts = ws_json_get(obj, "statements");
        if ((d->done & WS_DONE_NER) && ws_json_get(versions, "stance") && sts &&
            sts->type == WS_JARR) {
            load_statements(d, sts);
            d->done |= WS_DONE_STANCE;
        }
    }
    const ws_json *errs = ws_json_get(obj, "errors");
    if (errs && errs->type == WS_JARR) {
        /* earlier stages' errors go first and are not reported again */
        int32_t mine = d->errors.n;
        load_errors(d, errs);
        int32_t theirs = d->errors.n - mine;
        if (theirs > 0 && mine > 0) {
            ws_docerror tmp;
            for (int32_t k = 0; k < mine; k++) {
                /* rotate: move own errors to the end */
                tmp = d->errors.v[0];
                memmove(d->errors.v, d->errors.v + 1,
                        sizeof(tmp) * (size_t)(d->errors.n - 1));
                d->errors.v[d->errors.n - 1] = tmp;
            }
        }
        d->nerrors_in = theirs;
    }
    return rc;
}

/* ---- writing ---- */

/* The longest span w_span_at writes: 9 + 11 + 7 + 11 + 1 (and room
 * for ws_json__put_int's longest) */
#define SPAN_MAX 48

/* The decimal digits of 0..9999 (nearly every offset of a document),
 * each as the four bytes put_offset() stores: the digits, then zeros (on
 * this little-endian machine the highest nonzero byte is the last digit).
 * Filled by slots_init().  A span array's offsets grow through the table
 * sixteen numbers a cache line, where the digits worked out (a divide by
 * 100 and the branches on the length) were some 16 instructions each. */
static uint32_t dec4[10000];

/* The decimal digits of v at p, as ws_json__put_int writes them (room
 * for 20 bytes): a number from 0 to 9999 from dec4, its four bytes stored
 * and the end moved past its length. */
static inline char *
put_offset(char *p, int32_t v)
{
    if ((uint32_t)v >= 10000)
        return ws_json__put_int(p, v);
    uint32_t w = dec4[v];
    memcpy(p, &w, 4);
    return p + 1 + ((unsigned)(__builtin_clz(w) ^ 31) >> 3);
}

/* s, `,"end":` and e at p (room for SPAN_MAX - 9 bytes): a span after
 * its `{"start":`; returns its end. */
static inline char *
w_span_nums(char *p, int32_t s, int32_t e)
{
    p = put_offset(p, s);
    memcpy(p, ",\"end\":", 8); /* (one move: its NUL under e's digits) */
    return put_offset(p + 7, e);
}

/* {"start":s,"end":e} at p (room for SPAN_MAX bytes); returns its end. */
static inline char *
w_span_at(char *p, int32_t s, int32_t e)
{
    memcpy(p, "{\"start\":", 9);
    p = w_span_nums(p + 9, s, e);
    *p++ = '}';
    return p;
}

/* A JSON array of spans: n structs of `stride` bytes from base, each
 * starting with int32_t start, end (ws_paragraph, ws_sentence, ws_token).
 * Written in place, room made for 256 spans at a time (not through a
 * stack buffer copied into b).  Between two spans `},{"start":` is one
 * move of sixteen bytes (the five after it written over next), so the
 * loop has no test for the first span and no '}' of its own. */
static void
w_spans(ws_buf *b, const void *base, size_t stride, int32_t n)
{
    static const char next[16] = "},{\"start\":";
    char *p = ws_buf__room(b, 2 + SPAN_MAX);
    if (p == NULL)
        return;
    *p++ = '[';
    if (n > 0) {
        const int32_t *se = base;
        memcpy(p, "{\"start\":", 9);
        p = w_span_nums(p + 9, se[0], se[1]);
        for (int32_t i = 1; i < n;) {
            int32_t e = n - i < 256 ? n : i + 256;
            ws_buf__done(b, p);
            if ((p = ws_buf__room(b, (size_t)(e - i) * (SPAN_MAX + 1))) == NULL)
                return;
            for (; i < e; i++) {
                se = (const int32_t *)(const void *)((const char *)base +
                                                     (size_t)i * stride);
                memcpy(p, next, 16);
                p = w_span_nums(p + 11, se[0], se[1]);
            }
        }
        *p++ = '}';
    }
    *p++ = ']';
    ws_buf__done(b, p);
}

static void
w_tspan(ws_buf *b, const ws_doc *d, const char key[16], size_t kn, ws_span s)
{
    /* the key (kn bytes of a slot of sixteen), the span without its '}',
     * then the text */
    char *p = ws_buf__room(b, 16 + SPAN_MAX + 8);
    if (p == NULL)
        return;
    memcpy(p, key, 16);
    p = w_span_at(p + kn, s.start, s.end) - 1;
    memcpy(p, ",\"text\":", 8);
    ws_buf__done(b, p + 8);
    int32_t b0 = ws_doc_byte(d, s.start), b1 = ws_doc_byte(d, s.end);
    ws_buf_jstr(b, d->text + b0, (size_t)(b1 > b0 ? b1 - b0 : 0));
    ws_buf_putc(b, '}');
}

static void
w_key(ws_buf *b, const char *k)
{
    ws_buf_putc(b, ',');
    ws_buf_putc(b, '"');
    ws_buf_puts(b, k);
    ws_buf_put(b, "\":", 2);
}

/* The enumerations' names as the writer puts them, each in a slot of
 * 16 bytes (NULs after it, or none when it fills the slot): a copy of
 * the slot is one move of constant size, where memcpy() of the name's
 * length was a call whose branches on the length mispredict as the
 * names change from one entity to the next.  Filled once from
 * ws_etype_name(), ws_kind_name() and ws_stance_name() (the names live
 * there), out of range as those. */
typedef struct {
    char s[16];
    size_t n;
} name_slot;
static name_slot type_slot[WS_NETYPES];
static name_slot kind_slot[WS_NKINDS];
static name_slot stance_slot[WS_NSTANCES];
static pthread_once_t slots_once = PTHREAD_ONCE_INIT;

/* pre, name and post in ns (the names are plain words: nothing to
 * escape); a name too long for its slot is a bug in the tables */
static void
slot_fill(name_slot *ns, const char *pre, const char *name, const char *post)
{
    size_t a = strlen(pre), b = strlen(name), c = strlen(post);
    if (a + b + c > sizeof ns->s)
        abort();
    memset(ns->s, 0, sizeof ns->s);
    memcpy(ns->s, pre, a);
    memcpy(ns->s + a, name, b);
    memcpy(ns->s + a + b, post, c);
    ns->n = a + b + c;
}

/* the name slots and dec4, once before the first record is written */
static void
slots_init(void)
{
    for (uint32_t v = 0; v < 10000; v++) {
        char t[4] = {0};
        ws_json__put_small(t, v);
        memcpy(&dec4[v], t, 4);
    }
    for (int i = 0; i < WS_NETYPES; i++)
        slot_fill(&type_slot[i], ",\"type\":\"", ws_etype_name(i), "\"");
    for (int i = 0; i < WS_NKINDS; i++)
        slot_fill(&kind_slot[i], "\"", ws_kind_name(i), "\"");
    for (int i = 0; i < WS_NSTANCES; i++)
        slot_fill(&stance_slot[i], "\"", ws_stance_name(i), "\"");
}

/* The slot's name at p (room for 16 bytes); returns its end. */
static inline char *
put_slot(char *p, const name_slot *ns)
{
    memcpy(p, ns->s, 16);
    return p + ns->n;
}

/* w_key() of a string literal: one ws_buf_put of `,"k":` */
#define W_KEY(b, k) ws_buf_put((b), ",\"" k "\":", sizeof(",\"" k "\":") - 1)

/* `,"k":` and the JSON string v (k a string literal of at most 16 bytes
 * with its `,"` and `":`), nothing when v is NULL; the key from a slot
 * of sixteen bytes, copied in ws_buf_kjstrz()'s room for the string */
#define W_OPT_STR(b, k, v)                                                     \
    do {                                                                       \
        const char *v_ = (v);                                                  \
        if (v_ != NULL)                                                        \
            W_KEY_STR(b, k, v_);                                               \
    } while (0)
#define W_KEY_STR(b, k, v)                                                     \
    do {                                                                       \
        static const char k_[16] = ",\"" k "\":";                              \
        ws_buf_kjstrz((b), k_, sizeof(",\"" k "\":") - 1, (v));                \
    } while (0)

/* `,"k":` and w_tspan()'s span with its text (k a string literal, its key
 * from a slot of sixteen bytes as W_KEY_STR's) */
#define W_KEY_TSPAN(b, d, k, sp)                                               \
    do {                                                                       \
        static const char k_[16] = ",\"" k "\":";                              \
        w_tspan((b), (d), k_, sizeof(",\"" k "\":") - 1, (sp));                \
    } while (0)

/* The string literal k at p, p moved past it (room made before) */
#define PUT_LIT(p, k)                                                          \
    do {                                                                       \
        memcpy((p), (k), sizeof(k) - 1);                                       \
        (p) += sizeof(k) - 1;                                                  \
    } while (0)

/* `,"k":` and the number v in one room (k a string literal) */
#define W_KEY_INT(b, k, v)                                                     \
    do {                                                                       \
        char *p_ = ws_buf__room((b), sizeof(",\"" k "\":") + 20);              \
        if (p_ != NULL) {                                                      \
            PUT_LIT(p_, ",\"" k "\":");                                        \
            ws_buf__done((b), ws_json__put_int(p_, (int64_t)(v)));             \
        }                                                                      \
    } while (0)

/* `,"k":` and {"start":s,"end":e} in one room (k a string literal) */
#define W_KEY_SPAN(b, k, sp)                                                   \
    do {                                                                       \
        char *p_ = ws_buf__room((b), sizeof(",\"" k "\":") + SPAN_MAX);        \
        if (p_ != NULL) {                                                      \
            PUT_LIT(p_, ",\"" k "\":");                                        \
            ws_buf__done((b), w_span_at(p_, (sp).start, (sp).end));            \
        }                                                                      \
    } while (0)

void
ws_record_write(ws_buf *b, const ws_doc *d)
{
    pthread_once(&slots_once, slots_init);
    ws_buf_put(b, "{\"id\":", 6);
    ws_buf_jstrz(b, d->id ? d->id : "");
    if (d->lang[0]) {
        W_KEY(b, "lang");
        ws_buf_jstrz(b, d->lang);
    }
    W_KEY(b, "text");
    ws_buf_jstr(b, d->text ? d->text : "", d->len);
    W_KEY(b, "meta");
    ws_buf_putc(b, '{');
    size_t mark = b->len;
    const char *mk[] = {"date",   "title", "place",
                        "source", "url",   "dateline_date"};
    const char *mv[] = {d->date,   d->title, d->place,
                        d->source, d->url,   d->dateline_date};
    for (int i = 0; i < 6; i++) {
        if (mv[i] == NULL)
            continue;
        if (b->len != mark)
            ws_buf_putc(b, ',');
        ws_buf_jstrz(b, mk[i]);
        ws_buf_putc(b, ':');
        ws_buf_jstrz(b, mv[i]);
    }
    if (d->meta_extra) {
        if (b->len != mark)
            ws_buf_putc(b, ',');
        ws_buf_puts(b, d->meta_extra);
    }
    ws_buf_putc(b, '}');

    if (d->done & WS_DONE_TOKENIZE) {
        _Static_assert(offsetof(ws_paragraph, start) == 0 &&
                           offsetof(ws_paragraph, end) == 4 &&
                           offsetof(ws_sentence, start) == 0 &&
                           offsetof(ws_sentence, end) == 4 &&
                           offsetof(ws_token, start) == 0 &&
                           offsetof(ws_token, end) == 4,
                       "spans start with int32 start, end");
        W_KEY(b, "paragraphs");
        w_spans(b, d->paragraphs.v, sizeof(ws_paragraph), d->paragraphs.n);
        W_KEY(b, "sentences");
        w_spans(b, d->sentences.v, sizeof(ws_sentence), d->sentences.n);
        W_KEY(b, "tokens");
        w_spans(b, d->tokens.v, sizeof(ws_token), d->tokens.n);
    }
    if (d->done & WS_DONE_NER) {
        W_KEY(b, "entities");
        ws_buf_putc(b, '[');
        for (int32_t i = 0; i < d->entities.n; i++) {
            const ws_entity *e = &d->entities.v[i];
            {
                /* ,{"start":N,"end":M,"type":"T" in place; the type's name
                 * is an upper-case word (nothing to escape) */
                int t =
                    e->type >= 0 && e->type < WS_NETYPES ? e->type : WS_MISC;
                char *p = ws_buf__room(b, 2 + SPAN_MAX + 16);
                if (p == NULL)
                    return;
                /* the brace that closes the entity before and a comma */
                memcpy(p, "},", 2);
                p += i > 0 ? 2 : 0;
                p = w_span_at(p, e->start, e->end) - 1;
                ws_buf__done(b, put_slot(p, &type_slot[t]));
            }
            /* the name is most often the text itself: its JSON string,
             * just written, copied (in the L1) instead of scanned again */
            size_t text_at = b->len + sizeof(",\"text\":") - 1;
            W_OPT_STR(b, "text", e->text);
            if (e->name != NULL && e->name == e->text && !b->oom) {
                size_t n = b->len - text_at;
                char *p = ws_buf__room(b, sizeof(",\"name\":") - 1 + n);
                if (p != NULL) {
                    PUT_LIT(p, ",\"name\":");
                    memcpy(p, b->buf + text_at, n);
                    ws_buf__done(b, p + n);
                }
            } else {
                W_OPT_STR(b, "name", e->name);
            }
            W_KEY_INT(b, "cluster", e->cluster);
            if (e->role >= 0)
                W_KEY_INT(b, "role", e->role);
            if (e->org >= 0)
                W_KEY_INT(b, "org", e->org);
            W_OPT_STR(b, "gender", e->gender);
            W_OPT_STR(b, "source", e->source);
        }
        if (d->entities.n > 0)
            ws_buf_putc(b, '}'); /* (the last entity's) */
        ws_buf_putc(b, ']');
    }
    if (d->done & WS_DONE_STANCE) {
        W_KEY(b, "statements");
        ws_buf_putc(b, '[');
        for (int32_t i = 0; i < d->statements.n; i++) {
            const ws_statement *s = &d->statements.v[i];
            {
                /* ,{"kind":"K","content":[spans] in one room */
                int kd =
                    s->kind >= 0 && s->kind < WS_NKINDS ? s->kind : WS_REPORTED;
                int nc = s->ncontent > 0 ? s->ncontent : 0;
                char *p = ws_buf__room(b, 1 + 8 + 16 + 12 +
                                              (size_t)nc * (SPAN_MAX + 1) + 1);
                if (p == NULL)
                    return;
                *p = ',';
                p += i > 0;
                PUT_LIT(p, "{\"kind\":");
                p = put_slot(p, &kind_slot[kd]);
                PUT_LIT(p, ",\"content\":[");
                for (int k = 0; k < nc; k++) {
                    *p = ',';
                    p += k > 0;
                    p = w_span_at(p, s->content[k].start, s->content[k].end);
                }
                *p++ = ']';
                ws_buf__done(b, p);
            }
            if (s->cue.start >= 0) {
                W_KEY_TSPAN(b, d, "cue", s->cue);
            }
            if (s->speaker.start >= 0) {
                W_KEY_TSPAN(b, d, "speaker", s->speaker);
            }
            W_KEY_STR(b, "speaker_name", s->speaker_name);
            W_OPT_STR(b, "speaker_role", s->speaker_role);
            W_OPT_STR(b, "speaker_org", s->speaker_org);
            if (s->speaker_ent >= 0)
                W_KEY_INT(b, "speaker_entity", s->speaker_ent);
            {
                /* ,"stance":["S",...] in one room (put_slot moves 16
                 * bytes) */
                int ns = s->nstance > 0 ? s->nstance : 0;
                char *p = ws_buf__room(b, 11 + (size_t)ns * 17 + 16);
                if (p == NULL)
                    return;
                PUT_LIT(p, ",\"stance\":[");
                for (int k = 0; k < ns; k++) {
                    int st = s->stance[k];
                    *p = ',';
                    p += k > 0;
                    p = put_slot(
                        p,
                        &stance_slot[st >= 0 && st < WS_NSTANCES ? st
                                                                 : WS_NEUTRAL]);
                }
                *p++ = ']';
                ws_buf__done(b, p);
            }
            W_OPT_STR(b, "target", s->target);
            if (s->target_span.start >= 0)
                W_KEY_SPAN(b, "target_span", s->target_span);
            W_OPT_STR(b, "intensity", s->intensity);
            {
                /* the two flags and the closing brace in one room */
                char *p = ws_buf__room(b, 32);
                if (p == NULL)
                    return;
                if (s->negated)
                    PUT_LIT(p, ",\"negated\":true");
                else
                    PUT_LIT(p, ",\"negated\":false");
                if (s->hedged)
                    PUT_LIT(p, ",\"hedged\":true}");
                else
                    PUT_LIT(p, ",\"hedged\":false}");
                ws_buf__done(b, p);
            }
        }
        ws_buf_putc(b, ']');
    }
    /* versions: what produced this record, merged over what came in */
    W_KEY(b, "versions");
    ws_buf_put(b, "{\"whosaid\":", 11);
    ws_buf_jstrz(b, WS_VERSION);
    ws_buf_put(b, ",\"schema\":", 10);
    ws_buf_jstrz(b, WS_SCHEMA_VERSION);
    static const char *const stages[3] = {"tokenize", "ner", "stance"};
    for (int i = 0; i < 3; i++) {
        if (!(d->done & (1u << i)))
            continue;
        w_key(b, stages[i]);
        ws_buf_jstrz(b, ws_stage_version(stages[i]));
    }
    ws_buf_putc(b, '}');
    if (d->errors.n) {
        W_KEY(b, "errors");
        ws_buf_putc(b, '[');
        for (int32_t i = 0; i < d->errors.n; i++) {
            const ws_docerror *e = &d->errors.v[i];
            if (i)
                ws_buf_putc(b, ',');
            ws_buf_put(b, "{\"stage\":", 9);
            ws_buf_jstrz(b, e->stage);
            W_KEY(b, "code");
            ws_buf_jstrz(b, ws_strerror(e->code));
            W_KEY(b, "message");
            ws_buf_jstrz(b, e->message);
            ws_buf_putc(b, '}');
        }
        ws_buf_putc(b, ']');
    }
    if (d->extra) {
        ws_buf_putc(b, ',');
        ws_buf_puts(b, d->extra);
    }
    ws_buf_put(b, "}\n", 2);
}
