/*
 * stance_de.c - German reported speech for the stance stage: the
 * subjunctive (Konjunktiv I) as a mark of reported speech with no cue.
 *
 * Called from stance.c's German passes; the lexicons are stance.c's
 * (models/de/stance-*.tsv).
 */
#include <string.h>

#include "ws_int.h"

static int
is_dash_tok(const ws_doc *d, int32_t i)
{
    return ws_tok_is(d, i, "\xe2\x80\x93") || ws_tok_is(d, i, "\xe2\x80\x94") ||
           ws_tok_is(d, i, "-");
}

static int
clause_punct(const ws_doc *d, int32_t i)
{
    return ws_tok_is_final(d, i) || ws_tok_is(d, i, ",") ||
           ws_tok_is(d, i, ";") || ws_tok_is(d, i, ":") ||
           ws_tok_is(d, i, "(") || ws_tok_is(d, i, ")");
}

static int
is_cap_tok(const ws_doc *d, int32_t i)
{
    if (i < 0 || i >= d->tokens.n || !ws_tok_is_word(d, i))
        return 0;
    const unsigned char *u = (const unsigned char *)ws_tok_ptr(d, i);
    return (u[0] >= 'A' && u[0] <= 'Z') ||
           (u[0] == 0xC3 && (u[1] == 0x84 || u[1] == 0x96 || u[1] == 0x9C));
}

static int
fold_in(ws_worker *w, const ws_doc *d, int32_t i, const char *const *list,
        size_t n)
{
    if (i < 0 || i >= d->tokens.n || !ws_tok_is_word(d, i))
        return 0;
    size_t fl;
    const char *f = ws_tok_fold(w, d, i, 2, &fl);
    for (size_t k = 0; k < n; k++)
        if (strlen(list[k]) == fl && memcmp(list[k], f, fl) == 0)
            return 1;
    return 0;
}

/* German words that open a dependent clause, one list for all passes:
 * complementizers of a content clause, interrogatives of an indirect
 * question, adverbial subordinators. */
static const struct {
    const char *w;
    unsigned f;
} de_sub[] = {{"dass", WS_DE_COMP},  {"da\xc3\x9f", WS_DE_COMP},
              {"ob", WS_DE_COMP},    {"wie", WS_DE_WH},
              {"warum", WS_DE_WH},   {"weshalb", WS_DE_WH},
              {"wann", WS_DE_WH},    {"wo", WS_DE_WH},
              {"was", WS_DE_WH},     {"weil", WS_DE_ADV},
              {"wenn", WS_DE_ADV},   {"falls", WS_DE_ADV},
              {"obwohl", WS_DE_ADV}, {"nachdem", WS_DE_ADV},
              {"bevor", WS_DE_ADV},  {"damit", WS_DE_ADV},
              {"sodass", WS_DE_ADV}, {"als", WS_DE_ADV},
              {"da", WS_DE_ADV},     {"sofern", WS_DE_ADV},
              {"zumal", WS_DE_ADV},  {"w\xc3\xa4hrend", WS_DE_ADV},
              {"wobei", WS_DE_ADV}};

unsigned
ws_de_sub(ws_worker *w, const ws_doc *d, int32_t i)
{
    if (i < 0 || i >= d->tokens.n || !ws_tok_is_word(d, i))
        return 0;
    size_t fl;
    const char *f = ws_tok_fold(w, d, i, 2, &fl);
    for (size_t k = 0; k < sizeof de_sub / sizeof *de_sub; k++)
        if (strlen(de_sub[k].w) == fl && memcmp(de_sub[k].w, f, fl) == 0)
            return de_sub[k].f;
    return 0;
}

/* A noun of intent or decision that takes the infinitive itself:
 * "begrüßte die Entscheidung, die Halle länger zu öffnen" is an act on
 * the noun, not a clause of the verb. */
static int
noun_with_zu(ws_worker *w, const ws_doc *d, int32_t i)
{
    static const char *const noun[] = {
        "entscheidung", "entschluss", "beschluss",    "ankündigung",
        "absicht",      "plan",       "pläne",        "plänen",
        "vorschlag",    "versuch",    "angebot",      "idee",
        "zusage",       "weigerung",  "bereitschaft", "initiative",
        "vorhaben",     "versprechen"};
    return is_cap_tok(d, i) &&
           fold_in(w, d, i, noun, sizeof noun / sizeof *noun);
}

/* "soll ... verletzt worden sein", "sollen ... getötet haben": the modal's
 * clause ends with the infinitive "haben" or "sein" (hearsay); "soll ...
 * gebaut werden" is a plan. */
static int
perfect_infinitive(ws_worker *w, const ws_doc *d, int32_t i)
{
    static const char *const sub[] = {"um", "so"};
    int32_t s = d->tokens.v[i].sent, last = -1;
    for (int32_t k = i + 1; k < d->tokens.n && k <= i + 60; k++) {
        /* "soll ihn gepackt, gestoßen und getreten haben": a comma after
         * a participle joins the next one */
        if (ws_tok_is(d, k, ",") && last == k - 1 &&
            ws_de_participle(w, d, last) && k + 1 < d->tokens.n &&
            d->tokens.v[k + 1].sent == s && ws_tok_is_word(d, k + 1) &&
            !ws_de_sub(w, d, k + 1) &&
            !fold_in(w, d, k + 1, sub, sizeof sub / sizeof *sub))
            continue;
        if (d->tokens.v[k].sent != s || clause_punct(d, k) || is_dash_tok(d, k))
            break;
        if (ws_tok_is_word(d, k))
            last = k;
    }
    if (last < 0)
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, last, 2, &n);
    return (n == 5 && memcmp(f, "haben", 5) == 0) ||
           (n == 4 && memcmp(f, "sein", 4) == 0);
}

int
ws_de_subj_form(ws_worker *w, const ws_doc *d, const ws_lex *cues, int32_t i)
{
    if (cues == NULL || i < 0 || i >= d->tokens.n || !ws_tok_is_word(d, i))
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, i, 3, &n);
    const char *v = ws_lex_word(cues, f, n);
    if (v == NULL || !ws_lex_has_attr(v, "subj"))
        return 0;
    /* a capital inside the sentence is a noun ("an zweiter Stelle") */
    const char *p = ws_tok_ptr(d, i);
    const unsigned char *u = (const unsigned char *)p;
    int cap = (u[0] >= 'A' && u[0] <= 'Z') ||
              (u[0] == 0xC3 && (u[1] == 0x84 || u[1] == 0x96 || u[1] == 0x9C));
    if (cap && i > 0 && d->tokens.v[i - 1].sent == d->tokens.v[i].sent)
        return 0;
    if (ws_lex_has_attr(v, "hearsay") && !perfect_infinitive(w, d, i))
        return 0;
    return 1;
}

/* words (letters) in the statement's content */
static int32_t
content_words(const ws_doc *d, const ws_statement *st, int32_t max)
{
    int32_t n = 0;
    for (int c = 0; c < st->ncontent && n < max; c++)
        for (int32_t t = ws_doc_tok_at(d, st->content[c].start, 0);
             t < d->tokens.n && d->tokens.v[t].end <= st->content[c].end &&
             n < max;
             t++)
            if (ws_tok_is_word(d, t))
                n++;
    return n;
}

/* code point at byte b, its length in *len */
static int32_t
cp_at(const ws_doc *d, int32_t b, int *len)
{
    const unsigned char *u = (const unsigned char *)d->text + b;
    if (u[0] < 0x80) {
        *len = 1;
        return u[0];
    }
    if ((u[0] & 0xE0) == 0xC0 && b + 1 < (int32_t)d->len) {
        *len = 2;
        return ((u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    }
    if ((u[0] & 0xF0) == 0xE0 && b + 2 < (int32_t)d->len) {
        *len = 3;
        return ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    *len = 1;
    return -1;
}

/* the opening mark German uses for a closing mark, or 0 */
static int32_t
opener_of(int32_t c)
{
    switch (c) {
    case 0x201C: /* „…“ */
        return 0x201E;
    case 0x00AB: /* »…« */
        return 0x00BB;
    case 0x2019: /* ‚…‘ and ‚…’ */
    case 0x2018:
        return 0x201A;
    case '"':
        return '"';
    case 0x201D: /* “…” */
        return 0x201C;
    default:
        return 0;
    }
}

/* A reported-speech statement whose content ends with a closing
 * quotation mark is the quotation ("„…“, so X."; the sentence splitter
 * may have cut the quote after "F.C." or after its first sentence): its
 * content becomes the whole quotation, from the opening mark in the same
 * paragraph, and its kind direct.  Returns 1 when changed. */
static int
whole_quote(ws_doc *d, ws_statement *st)
{
    if (st->ncontent != 1)
        return 0;
    int32_t a = st->content[0].start, e = st->content[0].end;
    if (e - 1 <= a)
        return 0;
    int32_t eb = ws_doc_byte(d, e - 1), ab = ws_doc_byte(d, a);
    if (eb < 0 || ab < 0)
        return 0;
    int len;
    int32_t close = cp_at(d, eb, &len);
    /* "…“" or "…." + "“" */
    int32_t want = opener_of(close);
    if (want == 0)
        return 0;
    /* the opening mark: at the start or before it in the paragraph, no
     * other closing mark of this kind between */
    int32_t b = ab;
    int found = 0;
    for (int32_t k = b, n = 0; k >= 0 && n < 4000; n++) {
        int l2;
        int32_t c = cp_at(d, k, &l2);
        if (c == want && (k < ab || k == ab)) {
            found = 1;
            b = k;
            break;
        }
        if (k < ab && (c == close || c == '\n') && want != close)
            break;
        if (k < ab && c == '\n')
            break;
        /* step back one code point */
        k--;
        while (k > 0 && (((unsigned char)d->text[k]) & 0xC0) == 0x80)
            k--;
    }
    if (!found)
        return 0;
    int32_t ncp = ws_doc_cp(d, b);
    if (ncp < 0)
        return 0;
    st->content[0].start = ncp;
    st->kind = WS_DIRECT;
    return 1;
}

/* only spaces (no line break) between code points a and b */
static int
gap_is_space(const ws_doc *d, int32_t a, int32_t b)
{
    if (b < a || b - a > 3)
        return 0;
    int32_t x = ws_doc_byte(d, a), y = ws_doc_byte(d, b);
    if (x < 0 || y < 0)
        return 0;
    for (int32_t k = x; k < y; k++)
        if (d->text[k] != ' ')
            return 0;
    return 1;
}

static int
same_content(const ws_statement *x, const ws_statement *y)
{
    if (x->ncontent != y->ncontent || x->ncontent == 0)
        return 0;
    for (int c = 0; c < x->ncontent; c++)
        if (x->content[c].start != y->content[c].start ||
            x->content[c].end != y->content[c].end)
            return 0;
    return 1;
}

/* a past participle: "ge...t", "ge...en", "...iert", also after a
 * separable prefix ("abgelehnt", "ausgeschlossen", "zurückgewiesen") */
static int
participle(const char *f, size_t n)
{
    static const char *const pre[] = {
        "",     "ab",   "an",   "auf", "aus",    "bei",      "dar",
        "ein",  "fest", "fort", "her", "hin",    "los",      "mit",
        "nach", "vor",  "weg",  "zu",  "zurück", "zusammen", "bekannt"};
    if (n > 5 && memcmp(f + n - 4, "iert", 4) == 0)
        return 1;
    for (size_t k = 0; k < sizeof pre / sizeof *pre; k++) {
        size_t l = strlen(pre[k]);
        if (n < l + 5 || memcmp(f, pre[k], l) != 0 ||
            memcmp(f + l, "ge", 2) != 0)
            continue;
        if (f[n - 1] == 't' || (f[n - 2] == 'e' && f[n - 1] == 'n'))
            return 1;
    }
    return 0;
}

/* A reported act whose verb takes an infinitive clause ("riet ihr,
 * sofort die Polizei zu rufen", "warf den Firmen vor, Preise abgesprochen
 * zu haben", "rief alle dazu auf, ... zu"): the clause is what was
 * advised, demanded or alleged: the act's content (the statement stays
 * a reported act, as "urged allies to ..." does). */
static int
zu_content(ws_worker *w, ws_doc *d, ws_statement *st)
{
    if (st->cue.start < 0 || st->ncontent != 1)
        return 0;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    if (c >= d->tokens.n)
        return 0;
    int32_t s = d->tokens.v[c].sent;
    int32_t s1 = d->sentences.v[s].tok1;
    int32_t from = ws_doc_tok_at(d, st->cue.end, 0);
    int32_t c0 = ws_doc_tok_at(d, st->content[0].start, 0);
    int32_t ce = ws_doc_tok_at(d, st->content[0].end, 0);
    if (ce > from)
        from = ce;
    /* the first comma in the object or the rest of the verb's clause (a
     * particle, "dazu", "davor") */
    static const char *const conj[] = {"und", "oder", "sowie", "aber"};
    int32_t k = c0 > c ? c0 : from;
    while (k < s1 && k < from + 3 && !ws_tok_is(d, k, ",") &&
           !ws_tok_is_final(d, k) && !(d->tokens.v[k].flags & WS_TOK_QUOTE))
        k++;
    if (k >= s1 || !ws_tok_is(d, k, ","))
        return 0;
    /* "kritisierte den Plan und sagte, ...": a clause after a verb
     * coordinated with the act is that verb's */
    for (int32_t t = from; t < k; t++)
        if (fold_in(w, d, t, conj, sizeof conj / sizeof *conj))
            return 0;
    int32_t e = ws_de_zu_clause(w, d, k + 1, s1);
    if (e <= k + 1)
        return 0;
    st->content[0].start = d->tokens.v[k + 1].start;
    st->content[0].end = d->tokens.v[e - 1].end;
    return 1;
}

static int infixed_zu(const char *f, size_t n);

/* 1 when a reported act's content already is a clause of its own after
 * the verb, so the act reports speech: after a comma or colon
 * ("berichtete dem Sender, dass ..."), an infinitive with "zu" at its end
 * ("hatte angekündigt, bei der Wahl anzutreten", "rief dazu auf, die
 * Kontrollen zu verstärken") or a verb in the subjunctive ("bezeichnete
 * die Zahl als vorläufig, da ... seien"). An intention ("will ...
 * erlauben") stays an act. */
static int
clause_object(ws_worker *w, const ws_doc *d, const ws_lex *cues,
              const ws_statement *st)
{
    static const char *const modal[] = {"will", "wollen", "wollte", "wollten",
                                        "wolle"};
    if (st->cue.start < 0 || st->ncontent != 1 ||
        st->content[0].start < st->cue.end)
        return 0;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    int32_t c0 = ws_doc_tok_at(d, st->content[0].start, 0);
    int32_t c1 = ws_doc_tok_at(d, st->content[0].end, 0);
    if (c0 < 1 || c0 >= d->tokens.n || c1 <= c0 ||
        fold_in(w, d, c, modal, sizeof modal / sizeof *modal))
        return 0;
    int32_t p = c0 - 1;
    if (ws_tok_is(d, p, "dass") || ws_tok_is(d, p, "da\xc3\x9f"))
        p--;
    if (p >= 0 && d->tokens.v[p].start >= st->cue.end &&
        (ws_tok_is(d, p, ",") || ws_tok_is(d, p, ":")))
        return 1;
    int32_t last = c1 - 1;
    while (last > c0 && !ws_tok_is_word(d, last))
        last--;
    size_t n;
    const char *f = ws_tok_fold(w, d, last, 1, &n);
    if (!is_cap_tok(d, last) &&
        (infixed_zu(f, n) || (last > c0 && ws_tok_is(d, last - 1, "zu") &&
                              n > 3 && f[n - 1] == 'n'))) {
        /* not a purpose clause inside the object ("..., um ... zu") */
        static const char *const sub[] = {"um", "ohne", "statt", "anstatt"};
        for (int32_t t = c0 + 1; t < last; t++)
            if (ws_tok_is(d, t - 1, ",") &&
                (fold_in(w, d, t, sub, 4) ||
                 (t >= c0 + 2 && noun_with_zu(w, d, t - 2))))
                return 0;
        return 1;
    }
    for (int32_t t = c0; t < c1; t++)
        if (ws_de_subj_form(w, d, cues, t) || ws_de_konj1(w, d, t))
            return 1;
    return 0;
}

/* The folded form (ws_tok_fold's mode) of the word that starts st's cue,
 * its token in *c and length in *n; NULL when st has no cue or the cue
 * does not start with a word. */
static const char *
cue_word(ws_worker *w, const ws_doc *d, const ws_statement *st, int mode,
         int32_t *c, size_t *n)
{
    if (st->cue.start < 0)
        return NULL;
    *c = ws_doc_tok_at(d, st->cue.start, 0);
    if (*c >= d->tokens.n || !ws_tok_is_word(d, *c))
        return NULL;
    return ws_tok_fold(w, d, *c, mode, n);
}

/* "wollte", "wollten": a past intention, no announcement (the present
 * "will" announces one) */
static int
past_will(ws_worker *w, const ws_doc *d, const ws_statement *st)
{
    int32_t c;
    size_t n;
    const char *f = cue_word(w, d, st, 1, &c, &n);
    return f != NULL && n >= 6 && memcmp(f, "wollt", 5) == 0;
}

/* "kommentierend", "bestätigende": a present participle is an adverb or
 * an adjective, no verb of speech, unless the lexicon lists the form
 * itself (its stem led to the cue) */
static int
present_participle(ws_worker *w, const ws_doc *d, const ws_lex *cues,
                   const ws_statement *st)
{
    static const char *const end[] = {"end",   "ende",  "endem",
                                      "enden", "ender", "endes"};
    int32_t c;
    size_t n;
    const char *f = cue_word(w, d, st, 2, &c, &n);
    if (f == NULL || cues == NULL || d->tokens.v[c].end != st->cue.end ||
        ws_lex_word(cues, f, n) != NULL)
        return 0;
    for (size_t k = 0; k < sizeof end / sizeof *end; k++) {
        size_t l = strlen(end[k]);
        if (n > l + 3 && memcmp(f + n - l, end[k], l) == 0)
            return 1;
    }
    return 0;
}

/* "Der Sturm forderte zwölf Todesopfer": "fordern" with victims as its
 * object counts the dead, it demands nothing */
static int
toll(ws_worker *w, const ws_doc *d, const ws_statement *st)
{
    static const char *const dead[] = {"todesopfer", "opfer",         "tote",
                                       "toten",      "menschenleben", "leben",
                                       "verletzte"};
    int32_t c;
    size_t n;
    const char *f = st->ncontent < 1 ? NULL : cue_word(w, d, st, 1, &c, &n);
    if (f == NULL)
        return 0;
    if (!((n >= 6 && memcmp(f, "forder", 6) == 0) ||
          (n >= 8 && memcmp(f, "gefordert", 8) == 0)))
        return 0;
    int32_t s = d->tokens.v[c].sent;
    int32_t s0 = d->sentences.v[s].tok0, s1 = d->sentences.v[s].tok1;
    for (int32_t k = s0; k < s1; k++)
        if (fold_in(w, d, k, dead, sizeof dead / sizeof *dead))
            return 1;
    return 0;
}

/* "Jan Ott, ein Vertreter des Vereins, kommentierte die Entscheidung
 * ...": a content before its cue that is a person's name and, after a
 * comma, a phrase with no comma up to the content's end is the clause's
 * subject with its apposition, no fronted content of an inverted verb
 * ("Ott, der Chef, sei zurückgetreten, berichtete ..." has its verb
 * after the apposition's second comma).  1 when st has such a content. */
static int
subject_as_content(const ws_doc *d, const ws_statement *st)
{
    if (st->kind == WS_DIRECT || st->ncontent != 1 || st->cue.start < 0 ||
        st->content[0].end > st->cue.start)
        return 0;
    int32_t a = st->content[0].start;
    for (int32_t k = 0; k < d->entities.n; k++) {
        const ws_entity *en = &d->entities.v[k];
        if (en->start != a || en->type != WS_PERSON)
            continue;
        int32_t t = ws_doc_tok_at(d, en->end, 1);
        if (t >= d->tokens.n || !ws_tok_is(d, t, ",") ||
            d->tokens.v[t].end >= st->content[0].end)
            return 0;
        for (t++; t < d->tokens.n && d->tokens.v[t].start < st->content[0].end;
             t++)
            if (ws_tok_is(d, t, ","))
                return 0;
        return 1;
    }
    return 0;
}

/* "..., so der Sprecher.", "„…“, so Berger": "so" names a source only
 * after a comma, a quotation or a dash; after a word it is an adverb
 * ("verließen den Saal und entkamen so dem Rauch"), and its statement goes.  1
 * when st's whole cue is such a "so". */
static int
so_adverb(const ws_doc *d, const ws_statement *st)
{
    if (st->cue.start < 0)
        return 0;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    if (c < 1 || c >= d->tokens.n || !ws_tok_is(d, c, "so") ||
        d->tokens.v[c].end != st->cue.end)
        return 0;
    return ws_tok_is_word(d, c - 1) &&
           !(d->tokens.v[c - 1].flags & WS_TOK_QUOTE);
}

/* "... vorgestellt (die Zeitung berichtete).", "(wir berichteten)": a
 * speech verb closing a parenthesis of at most three words before it
 * points back to earlier reporting; it attributes nothing to the
 * sentence (nor to its subject).  1 when st's cue is such a verb and st
 * no direct quotation. */
static int
back_reference(const ws_doc *d, const ws_statement *st)
{
    if (st->kind == WS_DIRECT || st->cue.start < 0)
        return 0;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    if (c < 1 || c + 1 >= d->tokens.n || !ws_tok_is(d, c + 1, ")") ||
        d->tokens.v[c + 1].start < st->cue.end)
        return 0;
    for (int32_t k = c - 1; k >= 0 && k >= c - 4; k--) {
        if (ws_tok_is(d, k, "("))
            return 1;
        if (!ws_tok_is_word(d, k))
            return 0;
    }
    return 0;
}

/* A reported act in the passive ("... beschuldigt worden", "wurde
 * kritisiert") names no one who acts: no statement.  One whose speaker
 * is its agent after "von" ("ist vom Verband kritisiert worden") names
 * its source. */
static int
passive_cue(ws_worker *w, const ws_doc *d, const ws_statement *st)
{
    static const char *const aux[] = {"worden", "werden", "wird", "wurde",
                                      "wurden"};
    static const char *const von[] = {"von", "vom"};
    if (st->cue.start < 0)
        return 0;
    int32_t sp = st->speaker.start >= 0 && st->speaker.end <= st->cue.start
                     ? ws_doc_tok_at(d, st->speaker.start, 0)
                     : -1;
    if (sp >= 1 && sp < d->tokens.n && fold_in(w, d, sp - 1, von, 2))
        return 0;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    if (c >= d->tokens.n || c < 1)
        return 0;
    int32_t e = c;
    while (e + 1 < d->tokens.n && d->tokens.v[e + 1].end <= st->cue.end)
        e++;
    size_t n;
    const char *f = ws_tok_fold(w, d, c, 1, &n);
    if (!participle(f, n))
        return 0;
    return fold_in(w, d, e + 1, aux, sizeof aux / sizeof *aux) ||
           fold_in(w, d, c - 1, aux, sizeof aux / sizeof *aux);
}

static int
clause_end(const ws_doc *d, int32_t i)
{
    return ws_tok_is_final(d, i) || ws_tok_is(d, i, ",") ||
           ws_tok_is(d, i, ";") || ws_tok_is(d, i, ":") || is_dash_tok(d, i);
}

/* ws_de_dropped_act: 1 when st is a German reported act that
 * ws_de_filter drops as no one's act (a passive cue, a bare participle)
 * or whose speaker is a noun inside a passive clause;
 * the passes that continue a source run before the filter and must not
 * take its speaker (a noun of the clause, no source). */
static int bare_participle(ws_worker *w, const ws_doc *d,
                           const ws_statement *st);

int
ws_de_dropped_act(ws_worker *w, const ws_doc *d, const ws_statement *st)
{
    static const char *const aux[] = {"wird", "wurde", "wurden", "werden",
                                      "worden"};
    static const char *const agent[] = {"von", "vom", "durch"};
    if (strcmp(d->lang, "de") != 0 || st->kind == WS_DIRECT)
        return 0;
    if (st->kind == WS_REPORTED &&
        (passive_cue(w, d, st) || bare_participle(w, d, st)))
        return 1;
    /* "Was die Kunden wollten, sei ...": a past intention or a death
     * toll is no act either */
    if (past_will(w, d, st) || toll(w, d, st))
        return 1;
    /* "Er wurde wegen Hetze verurteilt.": a noun between the passive
     * auxiliary and the participle is no subject ("von X" would be the
     * agent) */
    if (st->cue.start < 0 || st->speaker.start < 0 ||
        st->speaker.end > st->cue.start)
        return 0;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    int32_t sp = ws_doc_tok_at(d, st->speaker.start, 0);
    if (c >= d->tokens.n || sp >= c || sp < 1 ||
        fold_in(w, d, sp - 1, agent, 3))
        return 0;
    if (!ws_de_participle(w, d, c))
        return 0;
    int32_t s0 = d->sentences.v[d->tokens.v[c].sent].tok0;
    /* back to the clause's start; a comma before a capitalised word
     * joins a list ("wegen Betrugs, Untreue und Hetze") */
    for (int32_t k = sp - 1; k >= s0; k--) {
        if (clause_end(d, k) &&
            !(ws_tok_is(d, k, ",") && k + 1 < sp && is_cap_tok(d, k + 1)))
            break;
        if (fold_in(w, d, k, aux, sizeof aux / sizeof *aux))
            return 1;
    }
    return 0;
}

/* A reported act whose cue is a participle with "ge" and no finite verb
 * in its clause is a participial phrase, no act of anyone: "Zebroide,
 * auch Zebra-Pferde genannt, sind ...", "aus der Gemeinschaft
 * ausgeschlossen zu werden" (a passive infinitive). */
static int
bare_participle(ws_worker *w, const ws_doc *d, const ws_statement *st)
{
    static const char *const aux[] = {
        "hat",    "haben", "hatte",  "hatten", "habe",   "hätte",  "hätten",
        "ist",    "sind",  "war",    "waren",  "sei",    "seien",  "wäre",
        "wird",   "werde", "wurde",  "wurden", "würde",  "würden", "worden",
        "wollen", "kann",  "konnte", "soll",   "sollte", "will"};
    static const char *const zu[] = {"zu"};
    static const char *const werden[] = {"werden", "sein", "haben"};
    if (st->cue.start < 0)
        return 0;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    if (c >= d->tokens.n || !ws_tok_is_word(d, c) || is_cap_tok(d, c) ||
        d->tokens.v[c].end != st->cue.end)
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, c, 1, &n);
    if (!participle(f, n) || (n > 5 && memcmp(f + n - 4, "iert", 4) == 0))
        return 0;
    if (fold_in(w, d, c + 1, zu, 1) && fold_in(w, d, c + 2, werden, 3))
        return 1;
    int32_t s = d->tokens.v[c].sent;
    int32_t s0 = d->sentences.v[s].tok0, s1 = d->sentences.v[s].tok1;
    int32_t a = c, b = c;
    /* the clause: to a comma, colon, dash or the sentence's end (a
     * bracket "(GdP)" stays inside) */
    while (a > s0 && !clause_end(d, a - 1))
        a--;
    while (b + 1 < s1 && !clause_end(d, b + 1))
        b++;
    for (int32_t k = a; k <= b; k++)
        if (fold_in(w, d, k, aux, sizeof aux / sizeof *aux))
            return 0;
    return 1;
}

/* the cue lexicon's entry for token i: its folded form, else its stem */
static const char *
cue_entry(ws_worker *w, const ws_doc *d, const ws_lex *cues, int32_t i)
{
    if (cues == NULL || i < 0 || i >= d->tokens.n || !ws_tok_is_word(d, i))
        return NULL;
    size_t n;
    const char *f = ws_tok_fold(w, d, i, 2, &n);
    const char *v = ws_lex_word(cues, f, n);
    if (v == NULL && n < 48) {
        char word[48];
        memcpy(word, f, n);
        word[n] = 0;
        const char *s = ws_stem(w, "de", word, n);
        if (s != NULL)
            v = ws_lex_word(cues, s, strlen(s));
    }
    return v;
}

/* "das alte Bad": an inflected adjective between an article and its
 * noun (no relative clause: "die vorher ...", "die in ...") */
static int
attributive(ws_worker *w, const ws_doc *d, int32_t k, int32_t end)
{
    if (k + 1 >= end || !ws_tok_is_word(d, k) || !is_cap_tok(d, k + 1))
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, k, 2, &n);
    if (n < 4)
        return 0;
    return f[n - 1] == 'e' ||
           (f[n - 2] == 'e' && (f[n - 1] == 'n' || f[n - 1] == 'r' ||
                                f[n - 1] == 's' || f[n - 1] == 'm'));
}

/* A clause opens at token k after a comma or colon: a complementizer
 * ("dass", "ob", "wie"), or a main clause in verb-second order whose
 * first word is no relative pronoun ("die in diesem Jahr ..." is one,
 * "die Motivation sei ..." is none) and no coordination. */
static int
clause_opens(ws_worker *w, const ws_doc *d, int32_t k, int32_t end)
{
    static const char *const rel[] = {"der", "die", "das", "dem", "den"};
    static const char *const no[] = {
        "deren", "dessen", "welche", "welcher", "welches", "welchem", "welchen",
        "und",   "oder",   "sowie",  "aber",    "sondern", "um",      "so"};
    if (k >= end || !ws_tok_is_word(d, k))
        return 0;
    unsigned sub = ws_de_sub(w, d, k);
    if (sub & (WS_DE_COMP | WS_DE_WH))
        return 1;
    if (sub || fold_in(w, d, k, no, sizeof no / sizeof *no))
        return 0;
    if (fold_in(w, d, k, rel, sizeof rel / sizeof *rel))
        return k + 1 < end &&
               (is_cap_tok(d, k + 1) || attributive(w, d, k + 1, end));
    return 1;
}

/* German reported speech after a speech verb stands in its own clause,
 * after a comma or a colon ("sagte am Montag, dass ...", "erklärte
 * dazu, er sei ..."); what follows the verb in its own clause is its
 * object ("erklärte die Sitzung für beendet", "gab Details bekannt").
 * An indirect statement whose content runs on from the cue starts at
 * the clause after the comma; with no such clause it is the act of a
 * verb that names one (reported), else no statement.  Returns 0 when
 * the statement goes. */
static int
mid_field(ws_worker *w, ws_doc *d, const ws_lex *cues, ws_statement *st)
{
    if (st->kind != WS_INDIRECT && st->kind != WS_MIXED)
        return 1;
    if (st->cue.start < 0 || st->ncontent < 1 ||
        st->content[0].start < st->cue.end)
        return 1;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    if (c >= d->tokens.n || !ws_tok_is_word(d, c) || is_cap_tok(d, c))
        return 1;
    const char *v = cue_entry(w, d, cues, c);
    if (v == NULL || !ws_lex_has_attr(v, "say") || ws_lex_has_attr(v, "prep") ||
        ws_lex_has_attr(v, "post") || ws_lex_has_attr(v, "nosp"))
        return 1;
    int32_t ce = ws_doc_tok_at(d, st->cue.end, 0);
    int32_t t0 = ws_doc_tok_at(d, st->content[0].start, 0);
    int32_t t1 = ws_doc_tok_at(d, st->content[st->ncontent - 1].end, 1);
    if (t0 >= d->tokens.n || t1 > d->tokens.n || t1 <= t0)
        return 1;
    for (int32_t k = ce; k < t0; k++)
        if (!ws_tok_is_word(d, k))
            return 1; /* a comma, colon or quotation mark before it */
    /* "geht nach einem Treffen mit X, Y, davon aus, dass ...": a
     * complementizer after a comma wins over an apposition; not over a
     * reported clause that holds it ("sagte der Zeitung, sie glaube,
     * dass ...": a verb in the subjunctive before it) */
    static const char *const dass[] = {"dass", "daß", "ob"};
    for (int32_t k = t0; k + 2 < t1; k++) {
        if (d->tokens.v[k].flags & WS_TOK_QUOTE)
            return 1;
        if (ws_de_subj_form(w, d, cues, k) || ws_de_konj1(w, d, k))
            break;
        if (ws_tok_is(d, k, ",") && fold_in(w, d, k + 1, dass, 3)) {
            st->content[0].start = d->tokens.v[k + 2].start;
            return 1;
        }
        if (!ws_tok_is(d, k, ",") && (clause_punct(d, k) || is_dash_tok(d, k)))
            break;
    }
    for (int32_t k = t0; k < t1; k++) {
        if (d->tokens.v[k].flags & WS_TOK_QUOTE)
            return 1; /* a quotation inside: leave it */
        if (ws_tok_is(d, k, ",") || ws_tok_is(d, k, ":")) {
            if (!clause_opens(w, d, k + 1, t1))
                break;
            /* an apposition ", Peter Lang," is no clause */
            int32_t n = k + 1;
            while (n < t1 && ws_tok_is_word(d, n))
                n++;
            if (n < t1 && n - k <= 3 && ws_tok_is(d, n, ",") &&
                is_cap_tok(d, k + 1) && !fold_in(w, d, k + 1, dass, 3))
                continue;
            int32_t a = k + 1;
            static const char *const comp[] = {"dass", "daß"};
            if (fold_in(w, d, a, comp, 2) && a + 1 < t1)
                a++;
            if (d->tokens.v[a].start < st->content[0].end)
                st->content[0].start = d->tokens.v[a].start;
            return 1;
        }
        if (ws_tok_is(d, k, ";") || clause_punct(d, k) || is_dash_tok(d, k))
            break;
    }
    if (st->kind == WS_MIXED)
        return 1;
    if (ws_lex_has_attr(v, "act")) {
        st->kind = WS_REPORTED;
        return 1;
    }
    return 0;
}

/* The cue lexicon's entry of tokens [t0, t1), their words folded and
 * joined by one space ("wurde bekannt", "war die rede"), or NULL (also
 * when they are too long for any entry). */
static const char *
lex_phrase(ws_worker *w, const ws_doc *d, const ws_lex *cues, int32_t t0,
           int32_t t1)
{
    char buf[64];
    size_t k = 0, n;
    for (int32_t t = t0; t < t1; t++) {
        const char *g = ws_tok_fold(w, d, t, 3, &n);
        if (k + n + 1 >= sizeof buf)
            return NULL;
        if (k)
            buf[k++] = ' ';
        memcpy(buf + k, g, n);
        k += n;
    }
    return ws_lex_word(cues, buf, k);
}

/* A cue the lexicon marks "clause" ("entschieden", "ergab",
 * "beschlossen") attributes only a content clause after a comma: "dass",
 * "ob" or an infinitive with "zu" ("hat entschieden, das Werk zu
 * schließen"); "entschied das Spiel", "ergab folgende Paarungen" or a
 * relative clause after it say nothing.  Returns 0 when the statement
 * goes. */
static int
clause_cue(ws_worker *w, const ws_doc *d, const ws_lex *cues,
           const ws_statement *st)
{
    static const char *const comp[] = {"dass", "daß", "ob"};
    int32_t c;
    size_t n;
    const char *f =
        st->ncontent < 1 || cues == NULL ? NULL : cue_word(w, d, st, 2, &c, &n);
    if (f == NULL)
        return 1;
    const char *v = ws_lex_word(cues, f, n);
    /* a phrase the lexicon marks as a whole ("wurde bekannt") */
    if (v == NULL || !ws_lex_has_attr(v, "clause"))
        v = lex_phrase(w, d, cues, c, ws_doc_tok_at(d, st->cue.end, 0));
    if (v == NULL || !ws_lex_has_attr(v, "clause"))
        return 1;
    int32_t t0 = ws_doc_tok_at(d, st->content[0].start, 0);
    if (t0 <= c || t0 >= d->tokens.n)
        return 0;
    int32_t k = t0 - 1;
    if (fold_in(w, d, k, comp, 3))
        return ws_tok_is(d, k - 1, ",");
    if (!ws_tok_is(d, k, ","))
        return 0;
    int32_t s1 = d->sentences.v[d->tokens.v[t0].sent].tok1;
    return fold_in(w, d, t0, comp, 3) || ws_de_zu_clause(w, d, t0, s1) > t0;
}

/* "Trotz der Kritik, die ..., plant die Regierung, die Steuern zu
 * erhöhen": a content taken from the fronted part before the verb,
 * when a "dass" or "zu" clause follows the verb's own clause after a
 * comma: that clause is what was said. */
static int
right_clause(ws_worker *w, ws_doc *d, ws_statement *st)
{
    static const char *const comp[] = {"dass", "daß"};
    if ((st->kind != WS_INDIRECT && st->kind != WS_REPORTED) ||
        st->ncontent != 1 || st->cue.start < 0 ||
        st->content[0].end > st->cue.start)
        return 0;
    int32_t c = ws_doc_tok_at(d, st->cue.end, 0);
    if (c >= d->tokens.n)
        return 0;
    int32_t s1 = d->sentences.v[d->tokens.v[c].sent].tok1;
    int32_t k = c;
    while (k < s1 && k < c + 8 && ws_tok_is_word(d, k))
        k++;
    if (k + 1 >= s1 || !ws_tok_is(d, k, ","))
        return 0;
    int32_t a = k + 1, e;
    if (fold_in(w, d, a, comp, 2)) {
        a++;
        e = a;
        while (e < s1 && !ws_tok_is_final(d, e) && !ws_tok_is(d, e, ";") &&
               !(d->tokens.v[e].flags & WS_TOK_QUOTE))
            e++;
    } else {
        e = ws_de_zu_clause(w, d, a, s1);
    }
    if (e <= a + 1)
        return 0;
    st->content[0].start = d->tokens.v[a].start;
    st->content[0].end = d->tokens.v[e - 1].end;
    return 1;
}

static int req_ok(const char *v, const char *f, size_t n);
static int req_ok_list(const char *r, const char *f, size_t n);

/* "ging Celebi, die Anwältin der Frau, noch davon aus, dass ...": a
 * content that runs from the verb over its subject and its separable
 * particle ("req:aus") into a "dass" clause is that clause. */
static void
particle_clause(ws_worker *w, ws_doc *d, const ws_lex *cues, ws_statement *st)
{
    static const char *const comp[] = {"dass", "da\xc3\x9f"};
    int32_t c;
    size_t n;
    const char *f = st->ncontent < 1 || cues == NULL || st->kind == WS_DIRECT
                        ? NULL
                        : cue_word(w, d, st, 2, &c, &n);
    const char *v = f != NULL ? ws_lex_word(cues, f, n) : NULL;
    if (v == NULL || strstr(v, "req:") == NULL ||
        st->content[0].start < st->cue.end)
        return;
    int32_t a = ws_doc_tok_at(d, st->content[0].start, 0);
    int32_t b = ws_doc_tok_at(d, st->content[0].end, 0);
    for (int32_t k = a; k + 3 < b && k < a + 24; k++) {
        if (!ws_tok_is_word(d, k) || !ws_tok_is(d, k + 1, ",") ||
            !fold_in(w, d, k + 2, comp, 2))
            continue;
        const char *g = ws_tok_fold(w, d, k, 2, &n);
        if (!req_ok(v, g, n))
            continue;
        st->content[0].start = d->tokens.v[k + 3].start;
        return;
    }
}

/* 1 when sentence s runs on into sentence s + 1: the splitter cut them
 * with no final mark between, inside one paragraph, a word on both
 * sides ("... wollte ihr | Vorsitzender ... nicht ausschließen.") */
static int
sent_run_on(const ws_doc *d, int32_t s)
{
    if (s < 0 || s + 1 >= d->sentences.n)
        return 0;
    const ws_sentence *a = &d->sentences.v[s], *b = &d->sentences.v[s + 1];
    return a->para == b->para && a->tok1 > a->tok0 && b->tok1 > b->tok0 &&
           ws_tok_is_word(d, a->tok1 - 1) && ws_tok_is_word(d, b->tok0);
}

/* A German reported act takes its whole sentence as content, the
 * subject and the verb with the object ("Die Opposition wies die
 * Änderungen zurück."), as the German annotation convention has it
 * (FORMAT.md lets a reported act's content be empty; the German sets
 * mark the clause that reports the act): from the sentence's start to its
 * end with the final stop. */
static void
act_sentence(ws_doc *d, ws_statement *st)
{
    if (st->cue.start < 0 || st->ncontent < 1)
        return;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    if (c >= d->tokens.n)
        return;
    /* the cue's sentence, with the pieces the splitter cut off it with no
     * final mark between (in one paragraph, a word on both sides) */
    int32_t s0 = d->tokens.v[c].sent, s1 = s0;
    while (s0 > 0 && sent_run_on(d, s0 - 1))
        s0--;
    while (s1 + 1 < d->sentences.n && sent_run_on(d, s1))
        s1++;
    const ws_sentence *sa = &d->sentences.v[s0], *sb = &d->sentences.v[s1];
    /* a fronted object and the middle field around the subject ("Einen
     * Zusammenhang wollte der Sprecher nicht ausschließen") are one act
     * when both lie in the cue's sentence */
    for (int k = 0; k < st->ncontent; k++)
        if (st->content[k].start < sa->start || st->content[k].end > sb->end)
            return;
    /* a colon bounds the act: a heading before it ("Außenpolitik: Die
     * Partei will ..."), the words it introduces after it */
    int32_t a = sa->tok0, e = sb->tok1;
    for (int32_t k = c - 1; k > a; k--)
        if (ws_tok_is(d, k, ":")) {
            a = k + 1;
            break;
        }
    for (int32_t k = c + 1; k < e; k++)
        if (ws_tok_is(d, k, ":")) {
            e = k;
            break;
        }
    /* so does "und"/"oder" before the cue of another statement ("Die
     * Gewerkschaft kritisierte den Plan und sagte, …"): the second verb
     * reports on its own */
    for (int32_t j = 0; j < d->statements.n; j++) {
        const ws_statement *o = &d->statements.v[j];
        if (o == st || o->kind == WS_REPORTED || o->cue.start < 0 ||
            o->cue.start <= st->cue.start)
            continue;
        int32_t k = ws_doc_tok_at(d, o->cue.start, 0);
        if (k - 1 > c + 1 && k < e && d->tokens.v[k].start == o->cue.start &&
            (ws_tok_is(d, k - 1, "und") || ws_tok_is(d, k - 1, "oder")))
            e = k - 1;
    }
    while (e < sb->tok1 && e > c + 1 && !ws_tok_is_word(d, e - 1))
        e--;
    if (a >= e)
        return;
    st->ncontent = 1;
    st->content[0].start = a == sa->tok0 ? sa->start : d->tokens.v[a].start;
    st->content[0].end = e == sb->tok1 ? sb->end : d->tokens.v[e - 1].end;
}

/* 1 when st's cue and content lie in the content of another statement
 * that is not a reported act. */
static int
inside_other(const ws_doc *d, const ws_statement *st)
{
    if (st->cue.start < 0 || st->ncontent < 1)
        return 0;
    /* all segments (a fronted object and the middle field) and the cue */
    int32_t a = st->cue.start, b = st->cue.end;
    for (int c = 0; c < st->ncontent; c++) {
        if (st->content[c].start < a)
            a = st->content[c].start;
        if (st->content[c].end > b)
            b = st->content[c].end;
    }
    for (int32_t j = 0; j < d->statements.n; j++) {
        const ws_statement *o = &d->statements.v[j];
        if (o == st || o->kind == WS_REPORTED)
            continue;
        for (int c = 0; c < o->ncontent; c++)
            if (o->content[c].start <= a && b <= o->content[c].end)
                return 1;
    }
    return 0;
}

/* A reported act's sentence holds another statement's reported speech
 * ("bezeichnete die Angaben als vorläufig, da ... seien"): the act is the
 * clause around its cue up to that content; quoted words inside the act
 * ("warnten vor einem „Abfluss“") stay in it. */
static void
act_clip(ws_worker *w, ws_doc *d, ws_statement *st)
{
    if (st->cue.start < 0 || st->ncontent != 1)
        return;
    int32_t a = st->content[0].start, e = st->content[0].end;
    for (int32_t j = 0; j < d->statements.n; j++) {
        const ws_statement *o = &d->statements.v[j];
        if (o == st || o->kind == WS_DIRECT || o->ncontent < 1)
            continue;
        int32_t oa = o->content[0].start, oe = o->content[o->ncontent - 1].end;
        if (oa >= st->cue.end && oa < e)
            e = oa;
        else if (oe <= st->cue.start && oe > a)
            a = oe;
    }
    if (a == st->content[0].start && e == st->content[0].end)
        return;
    int32_t t0 = ws_doc_tok_at(d, a, 0), t1 = ws_doc_tok_at(d, e, 0);
    while (t0 < t1 && !ws_tok_is_word(d, t0))
        t0++;
    /* the complementizer or conjunction that led to the other content
     * ("..., dass", "..., da") */
    static const char *const because[] = {"da", "weil"};
    while (t1 > t0 && (!ws_tok_is_word(d, t1 - 1) ||
                       (d->tokens.v[t1 - 1].end <= e &&
                        d->tokens.v[t1 - 1].start >= st->cue.end &&
                        (ws_tok_is(d, t1 - 1, "dass") ||
                         (t1 - 2 >= t0 && ws_tok_is(d, t1 - 2, ",") &&
                          fold_in(w, d, t1 - 1, because, 2))))))
        t1--;
    if (t1 <= t0 || d->tokens.v[t0].start > st->cue.start ||
        d->tokens.v[t1 - 1].end < st->cue.end)
        return;
    st->content[0].start = d->tokens.v[t0].start;
    st->content[0].end = d->tokens.v[t1 - 1].end;
}

/* the first token of the clause that holds token c (back to a clause
 * mark or a quotation mark, not before s0) */
static int32_t
clause_start(const ws_doc *d, int32_t s0, int32_t c)
{
    int32_t k = c;
    while (k > s0 && !clause_end(d, k - 1) &&
           !(d->tokens.v[k - 1].flags & WS_TOK_QUOTE))
        k--;
    return k;
}

/* "In einer Mitteilung des Amtes wird betont, dass ...": an impersonal
 * passive speech verb whose clause opens with an "in" phrase before
 * its auxiliary names that phrase's document as the source, as
 * "heißt es" does.  The tokens [*a, *b) of the phrase, the verb c in
 * *pc; 0 when there is none. */
static int
passive_in_span(ws_worker *w, const ws_doc *d, const ws_statement *st,
                int32_t c, int32_t *pa, int32_t *pb, int32_t *pc)
{
    static const char *const in[] = {"in", "im"};
    static const char *const aux[] = {"wird", "wurde", "werde", "wurden",
                                      "werden"};
    if (st->kind == WS_DIRECT || !ws_de_participle(w, d, c))
        return 0;
    int32_t s0 = d->sentences.v[d->tokens.v[c].sent].tok0;
    static const char *const rel[] = {"der", "die",   "das",   "dem",
                                      "den", "deren", "dessen"};
    int32_t k = clause_start(d, s0, c);
    /* over one relative clause on the "in" phrase ("In dem Brief, auf
     * den sich X beruft, wird betont") */
    if (k - 1 > s0 && ws_tok_is(d, k - 1, ",")) {
        int32_t r = clause_start(d, s0, k - 1);
        if (r - 1 > s0 && ws_tok_is(d, r - 1, ",") &&
            (fold_in(w, d, r, rel, sizeof rel / sizeof *rel) ||
             fold_in(w, d, r + 1, rel, sizeof rel / sizeof *rel)))
            k = clause_start(d, s0, r - 1);
    }
    if (c - k > 30 || !fold_in(w, d, k, in, 2))
        return 0;
    int32_t x = k + 1;
    while (x < c && !fold_in(w, d, x, aux, sizeof aux / sizeof *aux))
        x++;
    if (x >= c || x - k < 3)
        return 0;
    /* the phrase ends at its relative clause's comma */
    int32_t b = k + 1;
    while (b < x && !ws_tok_is(d, b, ","))
        b++;
    if (b - k < 3 || b - k > 14)
        return 0;
    /* a document names the source, not a time or a place ("Im Jahr
     * 2005 wurde beschlossen"): a word of the phrase ends in a document
     * noun ("Pressemitteilung", "Abschlussbericht") */
    static const char *const doc[] = {
        "stellungnahme", "erklärung", "mitteilung", "bericht",   "schreiben",
        "brief",         "papier",    "dokument",   "gutachten", "urteil",
        "beschluss",     "interview", "studie",     "analyse",   "protokoll"};
    int found = 0;
    for (int32_t t = k + 1; t < b && !found; t++) {
        size_t n;
        const char *f =
            ws_tok_is_word(d, t) ? ws_tok_fold(w, d, t, 2, &n) : NULL;
        for (size_t q = 0; f != NULL && q < sizeof doc / sizeof *doc; q++) {
            size_t l = strlen(doc[q]);
            if (n >= l && memcmp(f + n - l, doc[q], l) == 0)
                found = 1;
        }
    }
    if (!found)
        return 0;
    *pa = k + 1;
    *pb = b;
    *pc = c;
    return 1;
}

/* "In einem Papier des Amtes heißt es, ...", "..., heißt es in einer
 * Erklärung der Regierung": the document in the "in" phrase before or
 * after "heißt es" / "hieß es" is the source; a content that ran into
 * that phrase ends before the cue, and with no clause before the cue
 * ("So heißt es in dem Schreiben: „…“") there is none: returns 0 when
 * the statement goes. */
/* The tokens [*a, *b) of the "in" phrase that names the source of st's
 * "heißt es" (see heisst_es_source), its verb in *c; 0 when there is
 * none. */
static int
heisst_es_span(ws_worker *w, const ws_doc *d, const ws_statement *st,
               int32_t *pa, int32_t *pb, int32_t *pc)
{
    static const char *const verb[] = {"heißt", "hieß", "heisst", "hiess"};
    static const char *const es[] = {"es"};
    static const char *const in[] = {"in", "im"};
    static const char *const adv[] = {"auch",   "so",     "wörtlich", "dazu",
                                      "weiter", "ferner", "zudem",    "etwa"};
    if (st->cue.start < 0 || st->ncontent < 1)
        return 0;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    if (c + 1 >= d->tokens.n)
        return 0;
    if (!fold_in(w, d, c, verb, 4) || !fold_in(w, d, c + 1, es, 1))
        return passive_in_span(w, d, st, c, pa, pb, pc);
    int32_t s = d->tokens.v[c].sent;
    int32_t s0 = d->sentences.v[s].tok0, s1 = d->sentences.v[s].tok1;
    int32_t a = -1, b = -1;
    /* before: the clause opens with "in" and runs to the verb */
    int32_t k = c;
    while (k > s0 && !clause_end(d, k - 1) &&
           !(d->tokens.v[k - 1].flags & WS_TOK_QUOTE))
        k--;
    if (c - k >= 3 && c - k <= 14 && fold_in(w, d, k, in, 2)) {
        a = k + 1;
        b = c;
    } else {
        /* after: "heißt es (auch) in X" to the end of the clause */
        k = c + 2;
        while (k < s1 && fold_in(w, d, k, adv, sizeof adv / sizeof *adv))
            k++;
        if (k < s1 && fold_in(w, d, k, in, 2)) {
            int32_t e = k + 1;
            while (e < s1 && e < k + 14 && !clause_end(d, e) &&
                   !(d->tokens.v[e].flags & WS_TOK_QUOTE))
                e++;
            while (e > k + 1 &&
                   fold_in(w, d, e - 1, adv, sizeof adv / sizeof *adv))
                e--;
            if (e - k >= 3) {
                a = k + 1;
                b = e;
            }
        }
    }
    if (a < 0)
        return 0;
    *pa = a;
    *pb = b;
    *pc = c;
    return 1;
}

/* ws_de_speakers: the "in" phrase of "heißt es" as the source before the
 * passes that continue a source over the next sentences */
static void
heisst_es_speaker(ws_worker *w, ws_doc *d, ws_statement *st)
{
    int32_t a, b, c;
    if (st->speaker.start < 0 && heisst_es_span(w, d, st, &a, &b, &c)) {
        st->speaker.start = d->tokens.v[a].start;
        st->speaker.end = d->tokens.v[b - 1].end;
    }
}

static void clear_speaker(ws_statement *st);

static int
heisst_es_source(ws_worker *w, ws_doc *d, ws_statement *st)
{
    int32_t a, b, c;
    if (!heisst_es_span(w, d, st, &a, &b, &c))
        return 1;
    /* a speaker of its own, not the phrase's (set by heisst_es_speaker);
     * a noun between the phrase and the verb (in a relative clause on
     * the phrase) is none */
    if (st->speaker.start >= 0 &&
        (st->speaker.start != d->tokens.v[a].start ||
         st->speaker.end != d->tokens.v[b - 1].end) &&
        !(st->speaker.start >= d->tokens.v[a].start &&
          st->speaker.end <= d->tokens.v[c].start))
        return 1;
    if (st->speaker.start >= 0 && st->speaker.start != d->tokens.v[a].start)
        clear_speaker(st);
    int32_t s0 = d->sentences.v[d->tokens.v[c].sent].tok0;
    st->speaker.start = d->tokens.v[a].start;
    st->speaker.end = d->tokens.v[b - 1].end;
    /* a content over the source: the clause before ", heißt es" */
    int32_t sa = st->speaker.start, sb = st->speaker.end;
    for (int i = 0; i < st->ncontent; i++) {
        if (st->content[i].start >= sb || st->content[i].end <= sa)
            continue;
        if (c - 1 > s0 && ws_tok_is(d, c - 1, ",")) {
            st->ncontent = 1;
            st->content[0].start = d->tokens.v[s0].start;
            st->content[0].end = d->tokens.v[c - 2].end;
        } else {
            return 0;
        }
        break;
    }
    return 1;
}

/* "Man kann das nicht bestätigen, sagte Krüger am Montag.": an
 * infinitive cue at the end of a clause that is itself the content of
 * the speech verb after the comma; that verb, its subject and a few
 * adverbs are no content of the infinitive.  1 when st's content starts
 * at the cue of another statement whose content holds st's cue, and ends
 * within four words after that statement's speaker ("Wie aus Kreisen
 * verlautete, will die Firma das Werk umrüsten" keeps the content of
 * "verlautete"). */
static int
content_is_cue_tail(const ws_doc *d, const int32_t *cq, const ws_statement *st)
{
    if (st->kind == WS_DIRECT || st->cue.start < 0 || st->ncontent != 1)
        return 0;
    int32_t a = st->content[0].start, e = st->content[0].end;
    int32_t t = ws_doc_tok_at(d, a, 0);
    if (t >= d->tokens.n || d->tokens.v[t].start != a || cq[t] < 0)
        return 0;
    const ws_statement *o = &d->statements.v[cq[t]];
    if (o == st || o->speaker.start < o->cue.end || o->speaker.end > e)
        return 0;
    int holds = 0;
    for (int c = 0; c < o->ncontent; c++)
        holds |= o->content[c].start <= st->cue.start &&
                 st->cue.end <= o->content[c].end;
    if (!holds)
        return 0;
    int32_t n = 0;
    for (int32_t k = ws_doc_tok_at(d, o->speaker.end, 0);
         k < d->tokens.n && d->tokens.v[k].end <= e && n <= 4; k++)
        n += ws_tok_is_word(d, k);
    return n <= 4;
}

/* "Ein Beamter, den die Zeitung zitiert, kommentierte, ...": the verb
 * that closes a relative clause took the main clause after it as its
 * content, which opens with the cue of another statement whose words
 * it holds and whose speaker stands before it: st says nothing of its
 * own.  cq[t]: the statement whose cue starts at token t, or -1. */
static int
content_is_other_cue(const ws_doc *d, const int32_t *cq, const ws_statement *st)
{
    if (st->kind == WS_DIRECT || st->ncontent != 1 || st->cue.start < 0)
        return 0;
    int32_t a = st->content[0].start, b = st->content[0].end;
    int32_t t = ws_doc_tok_at(d, a, 0);
    if (t < 0 || t >= d->tokens.n || d->tokens.v[t].start != a || cq[t] < 0)
        return 0;
    const ws_statement *o = &d->statements.v[cq[t]];
    return o != st && o->cue.start == a && o->ncontent >= 1 &&
           o->content[0].start >= a && o->content[o->ncontent - 1].end <= b &&
           o->speaker.start >= 0 && o->speaker.end <= a;
}

/* "kommentierte die Lage mit den Worten: „…“": st's content holds the
 * cue and the words of a direct statement whose speaker is not in it
 * ("mit den Worten" introduces them); st says nothing besides.  ("zitiert
 * einen Zeugen mit den Worten: „…“" stays: the one quoted, in st's
 * content, speaks the quote, st's source quotes him.)  dq[t]: the direct
 * statement whose cue starts at token t, or -1. */
static int
holds_quote_cue(const ws_doc *d, const int32_t *dq, const ws_statement *st)
{
    if (dq == NULL || st->kind == WS_DIRECT || st->ncontent != 1 ||
        st->cue.start < 0)
        return 0;
    int32_t a = st->content[0].start, b = st->content[0].end;
    for (int32_t t = ws_doc_tok_at(d, a, 0);
         t < d->tokens.n && d->tokens.v[t].start < b; t++) {
        if (dq[t] < 0)
            continue;
        const ws_statement *o = &d->statements.v[dq[t]];
        if (o->cue.end > b || o->ncontent < 1 || o->content[0].start < a ||
            o->cue.start == st->cue.start ||
            (o->speaker.start >= a && o->speaker.end <= b))
            continue;
        return 1;
    }
    return 0;
}

/* "sprach von einer „Katastrophe“", "nannte den Plan einen „Fehler“":
 * an act whose object holds a quotation of its own cue is that quotation
 * (the direct statement) and says nothing besides; mixed speech with a
 * clause of its own ("sagte, dass „…“") stays. */
static int
act_of_quote(const ws_doc *d, const int32_t *dq, const ws_statement *st)
{
    if (dq == NULL || st->ncontent != 1 || st->cue.start < 0)
        return 0;
    int32_t a = st->content[0].start, b = st->content[0].end;
    int32_t t = ws_doc_tok_at(d, a, 0);
    /* a mixed statement of "sprach von „…“": the object after "von" */
    int von = st->kind == WS_MIXED && t > 0 && t < d->tokens.n &&
              ws_tok_is(d, t - 1, "von");
    if ((st->kind != WS_REPORTED && !von) || a < st->cue.end)
        return 0;
    /* the direct statement of the same cue (dq: by its cue's token) */
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    if (c < d->tokens.n && dq[c] >= 0) {
        const ws_statement *o = &d->statements.v[dq[c]];
        if (o == st || o->cue.start != st->cue.start || o->ncontent < 1 ||
            o->content[0].start < a || o->content[o->ncontent - 1].end > b)
            return 0;
        /* the quotation closes the act ("als „maßvoll“."); one inside
         * it ("will das Buch „…“ sammeln") is a name or a part, one in a
         * clause of its own ("kritisiert, die Aktion erinnere „…“")
         * reported speech */
        int words = 0;
        for (int32_t k = t;
             k < d->tokens.n && d->tokens.v[k].start < o->content[0].start &&
             !words;
             k++)
            words = ws_tok_is(d, k, ",") || ws_tok_is(d, k, ":");
        for (int32_t k = ws_doc_tok_at(d, o->content[o->ncontent - 1].end, 0);
             k < d->tokens.n && d->tokens.v[k].start < b && !words; k++)
            words = ws_tok_is_word(d, k);
        if (!words)
            return 1;
    }
    return 0;
}

/* "Die ersten Funde kamen 2000, im Jahr 2004 war die Gruppe nach
 * eigener Aussage am Ziel": a source phrase ("nach X") inside
 * a sentence reports the main clause that holds it, not one before it
 * after a comma.  A comma that opens a main clause (no relative pronoun,
 * conjunction, name or verb of speech after it) before the cue starts
 * the content. */
static void
src_main_clause(ws_worker *w, ws_doc *d, const ws_lex *cues, ws_statement *st)
{
    static const char *const no[] = {
        "der",    "die",    "das",     "dem",      "den",     "deren",
        "dessen", "welche", "welcher", "welches",  "welchem", "welchen",
        "und",    "oder",   "sowie",   "aber",     "sondern", "um",
        "ohne",   "so",     "etwa",    "darunter", "vor",     "bis"};
    if (st->kind == WS_DIRECT || st->cue.start < 0 || st->ncontent < 1 ||
        st->content[0].start >= st->cue.start)
        return;
    static const char *const nach[] = {"nach"};
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    if (!fold_in(w, d, c, nach, 1))
        return;
    int32_t t0 = ws_doc_tok_at(d, st->content[0].start, 0);
    for (int32_t k = c - 1; k > t0; k--) {
        if ((d->tokens.v[k].flags & WS_TOK_QUOTE) || ws_tok_is(d, k, "(") ||
            ws_tok_is(d, k, ")"))
            return;
        if (!ws_tok_is(d, k, ","))
            continue;
        if (k + 2 >= c || !ws_tok_is_word(d, k + 1) || is_cap_tok(d, k + 1) ||
            ws_de_sub(w, d, k + 1) ||
            fold_in(w, d, k + 1, no, sizeof no / sizeof *no) ||
            cue_entry(w, d, cues, k + 1) != NULL)
            return;
        st->content[0].start = d->tokens.v[k + 1].start;
        return;
    }
}

/* "Der Grund sei eher, so der Minister laut der Zeitung, dass ...": an
 * inverted "so" whose source has a source of its own after it (the
 * phrase rules end the speaker at "laut", "gegenüber", ...) goes on
 * after that phrase's comma with the "dass" clause, as "..., so X, dass
 * ..." does. */
static void
so_source_tail(ws_worker *w, ws_doc *d, ws_statement *st)
{
    static const char *const so[] = {"so"};
    static const char *const tail[] = {"laut",
                                       "gegen\xc3\xbc"
                                       "ber",
                                       "nach"};
    static const char *const comp[] = {"dass", "da\xc3\x9f"};
    if (st->kind == WS_DIRECT || st->cue.start < 0 || st->speaker.start < 0 ||
        st->ncontent != 1)
        return;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    int32_t sp = ws_doc_tok_at(d, st->speaker.end, 0);
    if (!fold_in(w, d, c, so, 1) || c < 2 || !ws_tok_is(d, c - 1, ",") ||
        !fold_in(w, d, sp, tail, sizeof tail / sizeof *tail))
        return;
    const ws_sentence *se = &d->sentences.v[d->tokens.v[c].sent];
    int32_t s0 = se->tok0, s1 = se->tok1;
    /* the content is the clause before "so" or the "dass" clause after
     * the source */
    int32_t t0 = ws_doc_tok_at(d, st->content[0].start, 0);
    if (t0 != s0 && t0 <= sp)
        return;
    for (int32_t k = sp + 1; k + 2 < s1 && k < sp + 10; k++) {
        if (ws_tok_is_final(d, k) || ws_tok_is(d, k, ";") ||
            ws_tok_is(d, k, ":") || (d->tokens.v[k].flags & WS_TOK_QUOTE))
            return;
        if (!ws_tok_is(d, k, ","))
            continue;
        if (!fold_in(w, d, k + 1, comp, 2) || (t0 > sp && t0 < k + 1))
            return;
        int32_t e = s1;
        while (e > k + 2 && !ws_tok_is_word(d, e - 1) &&
               !(d->tokens.v[e - 1].flags & WS_TOK_QUOTE))
            e--;
        if (e <= k + 3 || c - 1 <= s0 + 1)
            return;
        st->content[0].start = d->tokens.v[s0].start;
        st->content[0].end = d->tokens.v[c - 2].end;
        st->content[1].start = d->tokens.v[k + 1].start;
        st->content[1].end = d->tokens.v[e - 1].end;
        st->ncontent = 2;
        return;
    }
}

/* "Laut der Zeitung „Morgenpost“ wird ...", "plant laut dem Magazin „Neue
 * Welt“ einen Umbau": a quoted name right after the source of "laut" or
 * "nach (Angaben ...)" names that source (ws_de_quoted_name); it belongs
 * to the speaker, and the content starts after it (a statement left with
 * no quotation in its content is no longer mixed). */
static void
source_quoted_name(ws_worker *w, ws_doc *d, ws_statement *st)
{
    static const char *const prep[] = {"laut", "nach", "gem\xc3\xa4\xc3\x9f"};
    if (st->kind == WS_DIRECT || st->kind == WS_REPORTED || st->cue.start < 0 ||
        st->speaker.start < 0 || st->ncontent < 1)
        return;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    int32_t sp = ws_doc_tok_at(d, st->speaker.end, 0);
    if (!fold_in(w, d, c, prep, sizeof prep / sizeof *prep) ||
        sp >= d->tokens.n || !(d->tokens.v[sp].flags & WS_TOK_QUOTE))
        return;
    for (int k = 0; k < st->ncontent; k++) {
        int32_t t0 = ws_doc_tok_at(d, st->content[k].start, 0);
        int32_t te = ws_doc_tok_at(d, st->content[k].end, 0);
        if (t0 != sp)
            continue;
        int32_t q = t0 + 1;
        while (q < te && q < t0 + 8 && !(d->tokens.v[q].flags & WS_TOK_QUOTE))
            q++;
        if (q + 1 >= te || !(d->tokens.v[q].flags & WS_TOK_QUOTE) ||
            !ws_tok_is_word(d, q + 1) ||
            !ws_de_quoted_name(w, d, t0, t0 + 1, q))
            return;
        st->speaker.end = d->tokens.v[q].end;
        st->content[k].start = d->tokens.v[q + 1].start;
        break;
    }
    if (st->kind != WS_MIXED)
        return;
    for (int k = 0; k < st->ncontent; k++) {
        int32_t t0 = ws_doc_tok_at(d, st->content[k].start, 0);
        for (int32_t t = t0;
             t < d->tokens.n && d->tokens.v[t].start < st->content[k].end; t++)
            if (d->tokens.v[t].flags & WS_TOK_QUOTE)
                return;
    }
    st->kind = WS_INDIRECT;
}

/* "Laut einer Umfrage, die im Mai erstellt wurde, lehnen ...", "Laut
 * Anna Berg, einer Sprecherin der Firma, wurde ...": a relative clause or
 * an apposition between commas after the source of "laut" or "nach
 * (Angaben ...)" belongs to the source; the content is the clause after
 * it.  A relative clause ends at the first comma after a lowercase word
 * (its verb); an apposition (an article before a noun) at its comma. */
static void
source_aside(ws_worker *w, ws_doc *d, ws_statement *st)
{
    static const char *const prep[] = {"laut", "nach", "gem\xc3\xa4\xc3\x9f"};
    static const char *const rel[] = {
        "der",     "die",   "das",    "dem",     "den",     "deren",
        "dessen",  "denen", "welche", "welcher", "welches", "welchem",
        "welchen", "ein",   "eine",   "einem",   "einer",   "eines"};
    static const char *const indef[] = {"ein", "eine", "einem", "einer",
                                        "eines"};
    if (st->kind == WS_DIRECT || st->kind == WS_REPORTED || st->cue.start < 0 ||
        st->speaker.start < 0 || st->ncontent != 1 ||
        st->content[0].start < st->speaker.end)
        return;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    int32_t sp = ws_doc_tok_at(d, st->speaker.end, 0);
    int32_t t0 = ws_doc_tok_at(d, st->content[0].start, 0);
    int32_t te = ws_doc_tok_at(d, st->content[0].end, 0);
    if (!fold_in(w, d, c, prep, sizeof prep / sizeof *prep) || sp >= t0 ||
        t0 != sp + 1 || !ws_tok_is(d, sp, ",") ||
        !fold_in(w, d, t0, rel, sizeof rel / sizeof *rel))
        return;
    int appos = fold_in(w, d, t0, indef, sizeof indef / sizeof *indef) ||
                is_cap_tok(d, t0 + 1);
    for (int32_t k = t0 + 1; k + 2 < te && k < t0 + 30; k++) {
        if ((d->tokens.v[k].flags & WS_TOK_QUOTE) || ws_tok_is_final(d, k) ||
            ws_tok_is(d, k, ";") || ws_tok_is(d, k, ":"))
            return;
        if (!ws_tok_is(d, k, ","))
            continue;
        if (!appos && (!ws_tok_is_word(d, k - 1) || is_cap_tok(d, k - 1)))
            continue;
        if (!ws_tok_is_word(d, k + 1) || !ws_tok_is_word(d, k + 2))
            return;
        st->content[0].start = d->tokens.v[k + 1].start;
        return;
    }
}

/* "Die Opposition sprach von einem „Skandal“": an indirect statement
 * whose content after "von" or "als" is only a short quotation, with at
 * most one lowercase word before it (an article), is the direct statement
 * of the quoted words. */
static void
indirect_quote_object(ws_worker *w, ws_doc *d, ws_statement *st,
                      const char *const *intro)
{
    int32_t a = ws_doc_tok_at(d, st->content[0].start, 0);
    int32_t c = ws_doc_tok_at(d, st->content[0].end, 1) - 1;
    while (c > a && !ws_tok_is_word(d, c) &&
           !(d->tokens.v[c].flags & WS_TOK_QUOTE))
        c--;
    if (a < 1 || c <= a || !(d->tokens.v[c].flags & WS_TOK_QUOTE) ||
        !fold_in(w, d, a - 1, intro, 2))
        return;
    int32_t o = a;
    if (!(d->tokens.v[o].flags & WS_TOK_QUOTE)) {
        if (!ws_tok_is_word(d, a) || is_cap_tok(d, a))
            return;
        o = a + 1;
    }
    if (!(d->tokens.v[o].flags & WS_TOK_QUOTE) || o + 1 >= c || c - o > 10)
        return;
    for (int32_t k = o + 1; k < c; k++)
        if (d->tokens.v[k].flags & WS_TOK_QUOTE)
            return;
    st->kind = WS_DIRECT;
    st->content[0].start = d->tokens.v[o + 1].start;
    st->content[0].end = d->tokens.v[c - 1].end;
}

/* "Analysten sprachen von „Panikverkäufen“.": a reported act whose
 * object ends in a short quotation after "von" or "als", which no direct
 * statement holds (too short for the quotation pass), is that quotation:
 * st becomes the direct statement of the quoted words. */
static void
quote_object(ws_worker *w, ws_doc *d, const ws_lex *cues, ws_statement *st)
{
    static const char *const intro[] = {"von", "als"};
    if (st->kind == WS_INDIRECT && st->ncontent == 1 &&
        st->content[0].start >= st->cue.end) {
        indirect_quote_object(w, d, st, intro);
        return;
    }
    if (st->kind != WS_REPORTED || st->ncontent != 1 ||
        st->content[0].start < st->cue.end)
        return;
    int32_t cw;
    size_t n;
    const char *f = cues != NULL ? cue_word(w, d, st, 2, &cw, &n) : NULL;
    const char *v = f != NULL ? ws_lex_word(cues, f, n) : NULL;
    if (v == NULL)
        return;
    int32_t a = ws_doc_tok_at(d, st->content[0].start, 0);
    int32_t c = ws_doc_tok_at(d, st->content[0].end, 1) - 1;
    while (c > a && !ws_tok_is_word(d, c) &&
           !(d->tokens.v[c].flags & WS_TOK_QUOTE))
        c--;
    if (c <= a || !(d->tokens.v[c].flags & WS_TOK_QUOTE))
        return;
    int32_t o = c - 1;
    while (o > a && o > c - 10 && !(d->tokens.v[o].flags & WS_TOK_QUOTE))
        o--;
    if (o <= a || o + 1 >= c || !(d->tokens.v[o].flags & WS_TOK_QUOTE))
        return;
    /* "von „…“", "als „…“", also "von einem „…“" */
    int32_t k = o - 1;
    if (k > a && !fold_in(w, d, k, intro, 2) && ws_tok_is_word(d, k) &&
        !is_cap_tok(d, k))
        k--;
    /* "von" of the verb's ("sprach von", "req:von"), not of a noun
     * ("die Rücknahme von „…“") */
    const char *r = strstr(v, "req:");
    if (!fold_in(w, d, k, intro, 2) ||
        (ws_tok_is(d, k, "von") &&
         (r == NULL || !req_ok_list(r + 4, "von", 3))))
        return;
    st->kind = WS_DIRECT;
    st->content[0].start = d->tokens.v[o + 1].start;
    st->content[0].end = d->tokens.v[c - 1].end;
}

void
ws_de_filter(ws_worker *w, ws_doc *d)
{
    if (strcmp(d->lang, "de") != 0)
        return;
    const ws_lex *cues =
        ws_models_lex(ws_worker_models(w), "de", "stance-cues");
    int32_t *dq =
        ws_arena_alloc(d->arena, (size_t)(d->tokens.n + 1) * sizeof *dq);
    for (int32_t t = 0; dq != NULL && t < d->tokens.n; t++)
        dq[t] = -1;
    for (int32_t j = 0; dq != NULL && j < d->statements.n; j++) {
        const ws_statement *o = &d->statements.v[j];
        int32_t t = o->kind == WS_DIRECT && o->cue.start >= 0
                        ? ws_doc_tok_at(d, o->cue.start, 0)
                        : d->tokens.n;
        if (t < d->tokens.n)
            dq[t] = j;
    }
    /* the statement whose cue starts at each token (any kind) */
    int32_t *cq =
        ws_arena_alloc(d->arena, (size_t)(d->tokens.n + 1) * sizeof *cq);
    for (int32_t t = 0; cq != NULL && t < d->tokens.n; t++)
        cq[t] = -1;
    for (int32_t j = 0; cq != NULL && j < d->statements.n; j++) {
        const ws_statement *o = &d->statements.v[j];
        int32_t t =
            o->cue.start >= 0 ? ws_doc_tok_at(d, o->cue.start, 0) : d->tokens.n;
        if (t < d->tokens.n && cq[t] < 0)
            cq[t] = j;
    }
    /* decided on the whole list before the loop below moves statements
     * (dq holds their places) */
    char *drop = dq != NULL
                     ? ws_arena_alloc(d->arena, (size_t)d->statements.n + 1)
                     : NULL;
    for (int32_t j = 0; drop != NULL && j < d->statements.n; j++)
        drop[j] = (char)(holds_quote_cue(d, dq, &d->statements.v[j]) ||
                         act_of_quote(d, dq, &d->statements.v[j]) ||
                         (cq != NULL &&
                          (content_is_cue_tail(d, cq, &d->statements.v[j]) ||
                           content_is_other_cue(d, cq, &d->statements.v[j]))));
    int32_t k = 0;
    for (int32_t i = 0; i < d->statements.n; i++) {
        const ws_statement *st = &d->statements.v[i];
        /* first, as a quoted word is a direct statement ("sprach von
         * „Verrat“") */
        quote_object(w, d, cues, &d->statements.v[i]);
        /* reported and indirect speech has words: "(berichtete X)" or a
         * bare participle at the end of a clause is none */
        if (st->kind != WS_DIRECT && content_words(d, st, 2) < 2)
            continue;
        if ((drop != NULL && drop[i]) || back_reference(d, st) ||
            so_adverb(d, st) || subject_as_content(d, st))
            continue;
        if (st->kind == WS_REPORTED &&
            (passive_cue(w, d, st) || bare_participle(w, d, st)))
            continue;
        if (!mid_field(w, d, cues, &d->statements.v[i]) ||
            !clause_cue(w, d, cues, st))
            continue;
        if (st->kind != WS_DIRECT && (past_will(w, d, st) || toll(w, d, st) ||
                                      present_participle(w, d, cues, st)))
            continue;
        if (st->kind == WS_REPORTED)
            zu_content(w, d, &d->statements.v[i]);
        right_clause(w, d, &d->statements.v[i]);
        particle_clause(w, d, cues, &d->statements.v[i]);
        src_main_clause(w, d, cues, &d->statements.v[i]);
        source_quoted_name(w, d, &d->statements.v[i]);
        so_source_tail(w, d, &d->statements.v[i]);
        source_aside(w, d, &d->statements.v[i]);
        if (!heisst_es_source(w, d, &d->statements.v[i]))
            continue;
        if (k != i)
            d->statements.v[k] = *st;
        k++;
    }
    d->statements.n = k;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        if (st->kind == WS_INDIRECT && st->cue.start >= 0)
            whole_quote(d, st);
    }
    /* consecutive subjunctive sentences of one speaker in one paragraph
     * are one statement */
    {
        k = 0;
        for (int32_t i = 0; i < d->statements.n; i++) {
            ws_statement *st = &d->statements.v[i];
            if (k > 0 && st->cue.start < 0 && st->kind != WS_DIRECT &&
                st->ncontent == 1) {
                ws_statement *o = &d->statements.v[k - 1];
                if (o->cue.start < 0 && o->kind != WS_DIRECT &&
                    o->ncontent == 1 && o->speaker.start == st->speaker.start &&
                    o->speaker.end == st->speaker.end &&
                    gap_is_space(d, o->content[0].end, st->content[0].start)) {
                    o->content[0].end = st->content[0].end;
                    continue;
                }
            }
            if (k != i)
                d->statements.v[k] = *st;
            k++;
        }
        d->statements.n = k;
    }
    /* one statement per content: the one with a cue and a speaker */
    k = 0;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        int dup = 0;
        for (int32_t j = k - 1; j >= 0 && j >= k - 64 && !dup; j--) {
            ws_statement *o = &d->statements.v[j];
            if (!same_content(o, st))
                continue;
            dup = 1;
            int better = (st->cue.start >= 0) + (st->speaker.start >= 0) >
                         (o->cue.start >= 0) + (o->speaker.start >= 0);
            if (better) {
                int kind = o->kind == WS_DIRECT ? WS_DIRECT : st->kind;
                *o = *st;
                o->kind = kind;
            } else if (st->kind == WS_DIRECT)
                o->kind = WS_DIRECT;
        }
        if (dup)
            continue;
        if (k != i)
            d->statements.v[k] = *st;
        k++;
    }
    d->statements.n = k;
}

/* 1 when token i is a separable particle closing a verb's clause
 * ("an", "zurück", "vor") */
static int
is_particle_tok(ws_worker *w, const ws_doc *d, int32_t i)
{
    static const char *const part[] = {"an",
                                       "ab",
                                       "auf",
                                       "aus",
                                       "vor",
                                       "zu",
                                       "fest",
                                       "zur\xc3\xbc"
                                       "ck",
                                       "hin",
                                       "mit",
                                       "bekannt"};
    return fold_in(w, d, i, part, sizeof part / sizeof *part);
}

/* "hat den Vorwurf zurückgewiesen, da er jeder Grundlage entbehre": a
 * reason clause in the subjunctive after a reported act is what the
 * source said, the act before it an act of its own.  Returns the first
 * token of the clause after "da"/"weil" (its end, the sentence's last
 * word, one past in *e), or -1. */
static int32_t
reason_clause(ws_worker *w, const ws_doc *d, const ws_lex *cues,
              const ws_statement *st, int32_t *e)
{
    static const char *const because[] = {"da", "weil"};
    static const char *const rel[] = {"der",     "die",    "das",
                                      "welcher", "welche", "welches"};
    if (st->cue.start < 0 || st->ncontent != 1)
        return -1;
    int32_t c = ws_doc_tok_at(d, st->cue.start, 0);
    if (c >= d->tokens.n)
        return -1;
    const ws_sentence *se = &d->sentences.v[d->tokens.v[c].sent];
    int32_t a = -1;
    for (int32_t k = c + 1; k + 1 < se->tok1 && a < 0; k++) {
        if (ws_tok_is(d, k, ";") || ws_tok_is(d, k, ":") ||
            (d->tokens.v[k].flags & WS_TOK_QUOTE))
            return -1;
        if (ws_tok_is(d, k, ",") &&
            fold_in(w, d, k + 1, because, sizeof because / sizeof *because))
            a = k + 2;
        /* "kündigte einen Vorschlag an, der das Abkommen untergraben
         * werde": a relative clause in the subjunctive after the act's
         * particle, with its pronoun */
        else if (ws_tok_is(d, k, ",") && k > c + 1 &&
                 is_particle_tok(w, d, k - 1) &&
                 fold_in(w, d, k + 1, rel, sizeof rel / sizeof *rel))
            a = k + 1;
    }
    /* a sentence the splitter cut with no final mark goes on */
    int32_t b = se->tok1;
    for (int32_t s = d->tokens.v[c].sent;
         s + 1 < d->sentences.n && b > se->tok0 && ws_tok_is_word(d, b - 1) &&
         d->sentences.v[s + 1].para == se->para &&
         d->sentences.v[s + 1].tok1 > d->sentences.v[s + 1].tok0 &&
         ws_tok_is_word(d, d->sentences.v[s + 1].tok0);
         s++)
        b = d->sentences.v[s + 1].tok1;
    while (b > a && !ws_tok_is_word(d, b - 1))
        b--;
    if (a < 0 || b - a < 3)
        return -1;
    /* the clause ends at the first comma after its subjunctive verb */
    int subj = 0;
    for (int32_t t = a; t < b; t++) {
        if (ws_tok_is(d, t, ";") || (d->tokens.v[t].flags & WS_TOK_QUOTE))
            return -1;
        if (subj && ws_tok_is(d, t, ",")) {
            b = t;
            break;
        }
        subj |= ws_tok_is_word(d, t) &&
                (ws_de_subj_form(w, d, cues, t) || ws_de_konj1(w, d, t));
    }
    if (!subj)
        return -1;
    /* no other statement holds the clause */
    int32_t ca = d->tokens.v[a].start, cb = d->tokens.v[b - 1].end;
    for (int32_t j = 0; j < d->statements.n; j++) {
        const ws_statement *o = &d->statements.v[j];
        if (o == st)
            continue;
        for (int k = 0; k < o->ncontent; k++)
            if (o->content[k].start < cb && o->content[k].end > ca)
                return -1;
    }
    *e = b;
    return a;
}

/* "berichtete dem Sender in einem Interview, dass ...", "äußerte
 * Zweifel, ob ...": an act turned indirect by the clause after its
 * object reports that clause; the object and the adjuncts before the
 * comma are the act's.  The content starts after "dass" (a
 * complementizer) or at "ob" (no complementizer: the question is the
 * source's), when one follows a comma before any quotation, colon or
 * dash. */
static void
object_comp_clause(ws_worker *w, ws_doc *d, ws_statement *st)
{
    static const char *const dass[] = {"dass", "da\xc3\x9f"};
    static const char *const ob[] = {"ob"};
    if (st->ncontent != 1)
        return;
    int32_t t0 = ws_doc_tok_at(d, st->content[0].start, 0);
    int32_t t1 = ws_doc_tok_at(d, st->content[0].end, 1);
    if (t0 >= d->tokens.n || t1 > d->tokens.n)
        return;
    for (int32_t k = t0 + 1; k + 2 < t1; k++) {
        if ((d->tokens.v[k].flags & WS_TOK_QUOTE) || ws_tok_is(d, k, ";") ||
            ws_tok_is(d, k, ":") || is_dash_tok(d, k))
            return;
        if (!ws_tok_is(d, k, ","))
            continue;
        if (fold_in(w, d, k + 1, dass, 2)) {
            st->content[0].start = d->tokens.v[k + 2].start;
            return;
        }
        if (fold_in(w, d, k + 1, ob, 1)) {
            st->content[0].start = d->tokens.v[k + 1].start;
            return;
        }
        /* "rief alle Mitglieder dazu auf, die Arbeit niederzulegen": the
         * verb's clause closed by its particle, an infinitive clause
         * after it */
        if (is_particle_tok(w, d, k - 1) &&
            ws_de_zu_clause(w, d, k + 1, t1) > k + 1) {
            st->content[0].start = d->tokens.v[k + 1].start;
            return;
        }
    }
}

void
ws_de_acts(ws_worker *w, ws_doc *d)
{
    if (strcmp(d->lang, "de") != 0)
        return;
    const ws_lex *cues =
        ws_models_lex(ws_worker_models(w), "de", "stance-cues");
    /* an act inside another statement's words is part of what that
     * source said ("meldeten, dass die Betriebe Aufträge erwarten") */
    int32_t k = 0;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        if (st->kind == WS_REPORTED && inside_other(d, st))
            continue;
        if (k != i)
            d->statements.v[k] = *st;
        k++;
    }
    d->statements.n = k;
    /* an act with its own clause ("appellierte an die Bürger, sich zu
     * beteiligen") reports that clause: indirect speech; a bare act
     * takes its sentence */
    for (int32_t i = 0, n0 = d->statements.n; i < n0; i++) {
        ws_statement *st = &d->statements.v[i];
        if (st->kind != WS_REPORTED)
            continue;
        int32_t re, ra = reason_clause(w, d, cues, st, &re);
        if (ra >= 0) {
            /* the act takes its sentence (clipped before the reason
             * below); the reason is indirect speech of its source */
            ws_statement *r = WS_PUSH(d->statements);
            st = &d->statements.v[i]; /* the push may have moved it */
            act_sentence(d, st);
            if (r != NULL) {
                *r = *st;
                r->kind = WS_INDIRECT;
                r->ncontent = 1;
                /* with its conjunction: "da" and "weil" are no
                 * complementizers, and the reason is the source's */
                int32_t r0 = ws_tok_is_word(d, ra - 1) ? ra - 1 : ra;
                r->content[0].start = d->tokens.v[r0].start;
                r->content[0].end = d->tokens.v[re - 1].end;
            }
            continue;
        }
        if (clause_object(w, d, cues, st)) {
            st->kind = WS_INDIRECT;
            object_comp_clause(w, d, st);
        } else
            act_sentence(d, st);
    }
    /* two acts of one sentence ("wies ... zurück und bezeichnete ...")
     * are one statement */
    k = 0;
    for (int32_t i = 0; i < d->statements.n; i++) {
        ws_statement *st = &d->statements.v[i];
        int dup = 0;
        for (int32_t j = k - 1; j >= 0 && j >= k - 8 && !dup; j--)
            dup = st->kind == WS_REPORTED &&
                  d->statements.v[j].kind == WS_REPORTED &&
                  same_content(&d->statements.v[j], st);
        if (dup)
            continue;
        if (k != i)
            d->statements.v[k] = *st;
        k++;
    }
    d->statements.n = k;
    for (int32_t i = 0; i < d->statements.n; i++)
        if (d->statements.v[i].kind == WS_REPORTED)
            act_clip(w, d, &d->statements.v[i]);
}

int
ws_de_src_noun(ws_worker *w, const ws_doc *d, const ws_lex *cues, int32_t i)
{
    if (cues == NULL || i < 0 || i >= d->tokens.n || !ws_tok_is_word(d, i))
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, i, 3, &n);
    /* a compound's last part: "polizeiangaben", "nasa-angaben"; the
     * head keeps at least three letters, the source noun five */
    for (size_t k = 3; k + 5 <= n; k++) {
        if (((unsigned char)f[k] & 0xC0) == 0x80)
            continue;
        const char *v = ws_lex_word(cues, f + k, n - k);
        if (v && ws_lex_has_attr(v, "src"))
            return 1;
    }
    return 0;
}

/* "..., so Anna Berger gegenüber der Zeitung.", "..., so der Sprecher
 * der Bewegung Neue-Wege-Partei, Ina Roth.": where the phrase rules end
 * the source of an inverted "so" at sb before the end of the clause, a
 * short tail of place, channel or manner may follow, or the rest of a
 * name.  Returns the source's end (sb, or the end of the name) or -1. */
int32_t
ws_de_so_tail(ws_worker *w, const ws_doc *d, int32_t p, int32_t sb, int32_t s1)
{
    static const char *const tail[] = {
        "gegenüber", "im",     "in",        "auf",       "bei",
        "am",        "zu",     "zum",       "zur",       "laut",
        "vor",       "nach",   "wörtlich",  "weiter",    "abschließend",
        "außerdem",  "zudem",  "ebenfalls", "auch",      "heute",
        "gestern",   "damals", "jetzt",     "kürzlich",  "später",
        "bereits",   "schon",  "erneut",    "sinngemäß", "einst"};
    static const char *const link[] = {"der", "des", "von",
                                       "vom", "für", "und"};
    if (strcmp(d->lang, "de") != 0 || p < 1 || sb >= s1 ||
        !ws_tok_is(d, p - 1, ","))
        return -1;
    int32_t end = -1;
    for (int32_t k = sb; k < s1 && k < sb + 10; k++)
        if (clause_punct(d, k)) {
            end = k;
            break;
        }
    if (end < 0 && sb + 10 >= s1)
        end = s1;
    if (end < 0)
        return -1;
    if (fold_in(w, d, sb, tail, sizeof tail / sizeof *tail))
        return sb;
    for (int32_t k = sb; k < end; k++) {
        if (ws_tok_is(d, k, "-") ||
            fold_in(w, d, k, link, sizeof link / sizeof *link))
            continue;
        /* a small word inside a hyphenated name: "Tehrik-i-Taliban" */
        if (k > sb && k + 1 < end && ws_tok_is(d, k - 1, "-") &&
            ws_tok_is(d, k + 1, "-"))
            continue;
        const unsigned char *u = (const unsigned char *)ws_tok_ptr(d, k);
        if (!ws_tok_is_word(d, k) ||
            !((u[0] >= 'A' && u[0] <= 'Z') ||
              (u[0] == 0xC3 && (u[1] == 0x84 || u[1] == 0x96 || u[1] == 0x9C))))
            return -1;
    }
    return end;
}

/* Whether the stem f (sn bytes, folded: an inflected word less its
 * ending) ends in one of the nsuf suffixes with more than `rest` bytes
 * before it, and is a word of the German dictionary */
static int
stem_adj(ws_worker *w, const char *f, size_t sn, const char *const *suf,
         size_t nsuf, size_t rest)
{
    int ok = 0;
    for (size_t k = 0; k < nsuf && !ok; k++) {
        size_t l = strlen(suf[k]);
        ok = sn > l + rest && memcmp(f + sn - l, suf[k], l) == 0;
    }
    return ok && ws_spell(w, "de", f, sn) == 1;
}

/* The content after a source phrase inside a clause ("Die Firma wartet
 * laut X nur noch ..."): not a relative clause or an apposition of the
 * source ("..., so Berger, die auch angab"; "so der Sprecher, Peter
 * Lang"); after an inverted "so" only a "dass" clause ("Das Problem
 * sei, so X, dass ..."). */
int
ws_de_after_ok(ws_worker *w, const ws_doc *d, int inv, int32_t after)
{
    static const char *const rel[] = {"der",     "die",     "das",    "dem",
                                      "den",     "deren",   "dessen", "welche",
                                      "welcher", "welches", "wie"};
    static const char *const comp[] = {"dass", "daß"};
    if (strcmp(d->lang, "de") != 0)
        return 1;
    if (after < 1 || after >= d->tokens.n)
        return 0;
    int comma = ws_tok_is(d, after - 1, ",");
    if (inv)
        return comma && fold_in(w, d, after, comp, 2);
    if (!comma)
        return 1;
    if (fold_in(w, d, after, rel, sizeof rel / sizeof *rel))
        return 0;
    const unsigned char *u = (const unsigned char *)ws_tok_ptr(d, after);
    if ((u[0] >= 'A' && u[0] <= 'Z') ||
        (u[0] == 0xC3 && (u[1] == 0x84 || u[1] == 0x96 || u[1] == 0x9C)))
        return 0;
    return 1;
}

int
ws_de_nominal_adj(ws_worker *w, const ws_doc *d, int32_t i)
{
    /* the stem's ending: an adjective ("-ig", "-lich", "-isch", "-los",
     * "-bar", "-sam", "-haft", "-iv", "-ell") or a participle ("-t",
     * "-en", "-end") */
    static const char *const suf[] = {"ig",  "lich", "isch", "los",
                                      "bar", "sam",  "haft", "iv",
                                      "ell", "t",    "en",   "end"};
    /* quantifiers of the same shape ("Einige", "Etliche") */
    static const char *const quant[] = {"einige", "etliche", "s\xc3\xa4mtliche",
                                        "jegliche"};
    if (!is_cap_tok(d, i) ||
        fold_in(w, d, i, quant, sizeof quant / sizeof *quant))
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, i, 2, &n);
    if (n < 6 || n > 40 || f[n - 1] != 'e')
        return 0;
    return stem_adj(w, f, n - 1, suf, sizeof suf / sizeof *suf, 2);
}

int
ws_de_genitive(ws_worker *w, const ws_doc *d, int32_t a)
{
    static const char *const gen[] = {"der", "des"};
    if (strcmp(d->lang, "de") != 0 || a < 1 || a >= d->tokens.n ||
        d->tokens.v[a - 1].sent != d->tokens.v[a].sent)
        return 0;
    if (!ws_tok_is(d, a, "der") && !ws_tok_is(d, a, "des"))
        return 0;
    (void)gen;
    (void)w;
    int32_t h = a - 1;
    if (!ws_tok_is_word(d, h))
        return 0;
    const unsigned char *u = (const unsigned char *)ws_tok_ptr(d, h);
    int cap = (u[0] >= 'A' && u[0] <= 'Z') ||
              (u[0] == 0xC3 && (u[1] == 0x84 || u[1] == 0x96 || u[1] == 0x9C));
    if (!cap)
        return 0;
    if (h > 0 && d->tokens.v[h - 1].sent == d->tokens.v[h].sent)
        return 1;
    /* the sentence's first word is capitalised whatever it is: a noun
     * when its lowercase form is no word ("Eltern der Schüler", not
     * "Trotz der Warnung") or it is an adjective or participle used as a
     * noun ("Angehörige der Opfer") */
    size_t n;
    const char *f = ws_tok_fold(w, d, h, 2, &n);
    return ws_spell(w, "de", f, n) == 0 || ws_de_nominal_adj(w, d, h);
}

/* "Niemand ahnte, wie sehr das die Stadt ändern würde.": a Konjunktiv
 * II form ("würde", "hätte", "wäre", "könnte") in a clause that opens
 * with a complementizer or a relative pronoun after a comma is the
 * conditional of that clause, governed by the sentence's own main verb:
 * no mark that the sentence reports anyone's words; nor is "hätte" with
 * a modal's infinitive in its clause ("hätte ... bauen können"), a
 * counterfactual.  The clause is searched back to its comma within the
 * sentence (at most 40 tokens), forward to its end (at most 30). */
int
ws_de_k2_sub(ws_worker *w, const ws_doc *d, int32_t i)
{
    static const char *const k2[] = {
        "würde",  "würden",  "hätte",  "hätten",  "wäre",   "wären",
        "könnte", "könnten", "dürfte", "dürften", "müsste", "müssten",
        "sollte", "sollten", "möchte", "möchten", "bliebe", "gäbe",
        "käme",   "ginge",   "stünde", "läge",    "hieße",  "wüsste"};
    static const char *const rel[] = {
        "der",    "die",    "das",     "dem",     "den",     "deren",
        "dessen", "welche", "welcher", "welches", "welchem", "welchen"};
    if (strcmp(d->lang, "de") != 0 || i < 1 || i >= d->tokens.n ||
        !fold_in(w, d, i, k2, sizeof k2 / sizeof *k2))
        return 0;
    /* "hätte ... verhindern können": the past of a modal in the
     * Konjunktiv II (double infinitive) is a counterfactual */
    static const char *const haette[] = {"hätte", "hätten"};
    static const char *const modal[] = {"können", "müssen", "sollen", "dürfen"};
    int32_t s1 = d->sentences.v[d->tokens.v[i].sent].tok1;
    if (fold_in(w, d, i, haette, 2))
        for (int32_t k = i + 1; k < s1 && k <= i + 30 && !clause_end(d, k); k++)
            if (fold_in(w, d, k, modal, 4))
                return 1;
    int32_t s0 = d->sentences.v[d->tokens.v[i].sent].tok0;
    for (int32_t k = i - 1; k > s0 && k >= i - 40; k--)
        if (ws_tok_is(d, k, ",") || ws_tok_is(d, k, ":") || is_dash_tok(d, k))
            return ws_tok_is(d, k, ",") &&
                   (ws_de_sub(w, d, k + 1) ||
                    fold_in(w, d, k + 1, rel, sizeof rel / sizeof *rel));
    return 0;
}

/* Konjunktiv I of a verb not in the lexicon ("ändere", "verfüge",
 * "handele"): a lower-case word ending in "e" whose Hunspell stem is a
 * verb infinitive it forms with "n" ("gebe" + n = "geben") or with "-ern"
 * / "-eln" ("ändere" -> "ändern").  Not after or before "ich" (the
 * first person indicative has the same form). */
int
ws_de_konj1(ws_worker *w, const ws_doc *d, int32_t i)
{
    if (strcmp(d->lang, "de") != 0 || i < 1 || i >= d->tokens.n ||
        !ws_tok_is_word(d, i) || d->tokens.v[i - 1].sent != d->tokens.v[i].sent)
        return 0;
    const unsigned char *u = (const unsigned char *)ws_tok_ptr(d, i);
    if (!(u[0] >= 'a' && u[0] <= 'z') && u[0] != 0xC3)
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, i, 2, &n);
    if (n < 4 || n > 40 || f[n - 1] != 'e' || memchr(f, '-', n))
        return 0;
    char word[48];
    memcpy(word, f, n);
    word[n] = 0;
    const char *s = ws_stem(w, "de", word, n);
    if (s == NULL)
        return 0;
    /* the stem may drop a prefix: "verkaufe" -> "kaufen" */
    size_t sl = strlen(s);
    char c1[50], c2[50];
    memcpy(c1, word, n);
    c1[n] = 'n';
    c1[n + 1] = 0; /* gebe -> geben */
    memcpy(c2, word, n - 1);
    c2[n - 1] = 'n';
    c2[n] = 0; /* ändere -> ändern */
    int ok = 0;
    if (sl >= 4 && sl <= n + 1 && strcmp(c1 + (n + 1 - sl), s) == 0 &&
        word[n - 2] != 'e')
        ok = 1;
    else if (sl >= 4 && sl <= n && strcmp(c2 + (n - sl), s) == 0 &&
             (s[sl - 2] == 'r' || s[sl - 2] == 'l') && s[sl - 3] == 'e')
        ok = 1;
    if (!ok)
        return 0;
    static const char *const ich[] = {"ich"};
    if (fold_in(w, d, i - 1, ich, 1) ||
        (i + 1 < d->tokens.n && fold_in(w, d, i + 1, ich, 1)))
        return 0;
    /* determiners and adverbs that look like verbs ("einige" of
     * "einigen", "bitte") */
    /* ("möchte" is the present of wanting in use, as in "Die Stadt
     * möchte bauen", whatever its origin) */
    static const char *const not_verb[] = {"einige", "meine", "deine",
                                           "bitte",  "danke", "andere",
                                           "möchte", "mochte"};
    if (fold_in(w, d, i, not_verb, sizeof not_verb / sizeof *not_verb))
        return 0;
    /* an adjective: after a determiner or before a noun ("die äußere
     * Sicherheit", "weitere Schritte") */
    static const char *const det[] = {
        "der",   "die",   "das",    "den",   "dem",   "des",    "ein",
        "eine",  "einer", "einem",  "einen", "eines", "kein",   "keine",
        "sein",  "seine", "ihr",    "ihre",  "unser", "unsere", "jede",
        "diese", "jene",  "welche", "alle",  "viele", "wenige", "zwei"};
    if (fold_in(w, d, i - 1, det, sizeof det / sizeof *det))
        return 0;
    if (i + 1 < d->tokens.n && d->tokens.v[i + 1].sent == d->tokens.v[i].sent &&
        ws_tok_is_word(d, i + 1)) {
        const unsigned char *v = (const unsigned char *)ws_tok_ptr(d, i + 1);
        if ((v[0] >= 'A' && v[0] <= 'Z') ||
            (v[0] == 0xC3 && (v[1] == 0x84 || v[1] == 0x96 || v[1] == 0x9C)))
            return 0;
    }
    return 1;
}

/* An apposition naming the speaker after an inverted subject or a "so"
 * source: "sagte der Sprecher der Stadt, Peter Lang, ...", "so die
 * Vorsitzende, Anna Berg (SPD)."  Returns one past the apposition (the
 * speaker's new end) or r1 when there is none. */
int32_t
ws_de_apposition(const ws_doc *d, int32_t r1, int32_t s1)
{
    if (strcmp(d->lang, "de") != 0 || r1 + 1 >= s1 || !ws_tok_is(d, r1, ","))
        return r1;
    int32_t k = r1 + 1, names = 0;
    while (k < s1 && names < 5 && ws_tok_is_word(d, k)) {
        const unsigned char *u = (const unsigned char *)ws_tok_ptr(d, k);
        if (!((u[0] >= 'A' && u[0] <= 'Z') ||
              (u[0] == 0xC3 && (u[1] == 0x84 || u[1] == 0x96 || u[1] == 0x9C))))
            break;
        k++;
        names++;
        while (k < s1 && ws_tok_is(d, k, "-") && k + 1 < s1 &&
               ws_tok_is_word(d, k + 1))
            k += 2;
    }
    if (names == 0)
        return r1;
    /* a party or place in brackets: "(SPD)" */
    if (k + 2 < s1 && ws_tok_is(d, k, "(") && ws_tok_is(d, k + 2, ")"))
        k += 3;
    if (k >= s1 || ws_tok_is(d, k, ",") || ws_tok_is_final(d, k))
        return k;
    return r1;
}

/* Whether the lowercase word i is an adjective or participle with a
 * declension ending ("kleine", "ansässiger", "neuen", "neues"): the word
 * with "-em" for that ending is a word of the dictionary ("kleinem",
 * "ansässigem"), which no verb form has. */
static int
declined_adj(ws_worker *w, const ws_doc *d, int32_t i)
{
    size_t n;
    const char *f = ws_tok_fold(w, d, i, 2, &n);
    if (n < 4 || n > 40 || memchr(f, '-', n))
        return 0;
    size_t cut = f[n - 1] == 'e' ? 1 : 2;
    if (cut == 2 && !(f[n - 2] == 'e' && (f[n - 1] == 'r' || f[n - 1] == 'n' ||
                                          f[n - 1] == 's' || f[n - 1] == 'm')))
        return 0;
    char em[44];
    memcpy(em, f, n - cut);
    memcpy(em + n - cut, "em", 2);
    return ws_spell(w, "de", em, n - cut + 2) == 1;
}

int32_t
ws_de_np_apposition(ws_worker *w, const ws_doc *d, int32_t k, int32_t s1)
{
    static const char *const det[] = {
        "ein", "eine", "einer", "eines", "einem", "einen", "der",
        "die", "das",  "des",   "dem",   "den",   "sein",  "seine",
        "ihr", "ihre", "aller", "alle",  "und"};
    static const char *const prep[] = {"in",  "aus", "von", "mit", "f\xc3\xbcr",
                                       "an",  "auf", "bei", "im",  "am",
                                       "vom", "zum", "zur", "um",  "nahe"};
    if (strcmp(d->lang, "de") != 0 || k < 1 || k + 2 >= s1 ||
        !ws_tok_is(d, k, ",") || !is_cap_tok(d, k - 1))
        return k;
    int32_t c = k + 1;
    while (c < s1 && c <= k + 11 && !ws_tok_is(d, c, ","))
        c++;
    if (c >= s1 || c > k + 11 || c == k + 1 || c + 1 >= s1 ||
        !ws_tok_is_word(d, c + 1))
        return k;
    if (!is_cap_tok(d, k + 1) &&
        !fold_in(w, d, k + 1, det, sizeof det / sizeof *det))
        return k;
    int32_t last = c - 1;
    if (last - 2 > k && ws_tok_is(d, last, ")") && ws_tok_is(d, last - 2, "("))
        last -= 3;
    if (!is_cap_tok(d, last))
        return k;
    for (int32_t j = k + 1; j < last; j++) {
        if (!ws_tok_is_word(d, j)) {
            if (ws_tok_is(d, j, "-"))
                continue;
            return k;
        }
        if (is_cap_tok(d, j) ||
            fold_in(w, d, j, det, sizeof det / sizeof *det) ||
            fold_in(w, d, j, prep, sizeof prep / sizeof *prep) ||
            declined_adj(w, d, j))
            continue;
        return k;
    }
    return c;
}

int
ws_de_inv_tail(ws_worker *w, const ws_doc *d, int32_t r2, int32_t s1)
{
    static const char *const comp[] = {"dass", "daß", "ob", "weil", "wenn"};
    if (strcmp(d->lang, "de") != 0 || r2 >= s1)
        return 0;
    for (int32_t k = r2; k < s1 && k < r2 + 10; k++) {
        if (clause_punct(d, k) && !ws_tok_is(d, k, "(") &&
            !ws_tok_is(d, k, ")"))
            return 1;
        if (fold_in(w, d, k, comp, sizeof comp / sizeof *comp))
            return 0;
    }
    return r2 + 10 >= s1;
}

/* A lowercase attributive adjective in "-en" before a source noun:
 * "eigenen Angaben", "ersten Berichten", "offiziellen Angaben", "nach
 * Informationen vom frühen Morgen".  German declines an adjective (and a
 * possessive, ordinal or participle used as one) in "-em" as well as in
 * "-en" ("eigenem", "seinem", "erstem", "verletztem"), a verb never: a
 * word whose "-em" form is a word of the dictionary is one ("haben",
 * "wurden", "sollen", "halten", "arbeiten" are not).  Loose (where no
 * verb can stand: between "vom" or an article and its noun), also a
 * word the dictionary does not know, which is then no verb it knows. */
int
ws_de_src_adj(ws_worker *w, const ws_doc *d, int32_t i, int loose)
{
    if (strcmp(d->lang, "de") != 0 || i < 0 || i >= d->tokens.n ||
        !ws_tok_is_word(d, i) || is_cap_tok(d, i))
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, i, 2, &n);
    if (n < 5 || n > 40 || memcmp(f + n - 2, "en", 2) != 0 || memchr(f, '-', n))
        return 0;
    char em[40];
    memcpy(em, f, n - 2);
    memcpy(em + n - 2, "em", 2);
    if (ws_spell(w, "de", em, n) == 1)
        return 1;
    return loose && ws_spell(w, "de", f, n) != 1;
}

/* The end of a German source phrase after "laut" or "nach (Angaben)"
 * that the noun-phrase rules ended at sb, run on over what they leave
 * out: a genitive whose noun has adjectives before it ("der Schwester des
 * verletzten Fahrers", "des Leiters des städtischen Bauamts"), one more
 * source joined by "und" or "sowie" ("der Polizei und der Feuerwehr",
 * "von DPA und AP"), and then a name in apposition (", Peter
 * Lang,").  Returns the new end, or sb. */
int32_t
ws_de_source_tail(ws_worker *w, const ws_doc *d, int32_t sb, int32_t s1)
{
    static const char *const conj[] = {"und", "sowie"};
    static const char *const det[] = {"der", "des", "dem", "den", "die"};
    if (strcmp(d->lang, "de") != 0 || sb <= 0 || sb >= s1)
        return sb;
    int joined = 0;
    for (int round = 0; round < 3 && sb < s1; round++) {
        int32_t k = sb;
        int co = 0, de = 0;
        if (!joined && fold_in(w, d, k, conj, 2)) {
            co = 1;
            k++;
        }
        if (k < s1 && (co ? fold_in(w, d, k, det, sizeof det / sizeof *det)
                          : ws_tok_is(d, k, "des"))) {
            de = 1;
            k++;
        }
        if (!co && !de)
            break;
        int32_t a = k;
        while (k < s1 && k < a + 2 && ws_de_src_adj(w, d, k, 1))
            k++;
        /* (a genitive with no adjective the noun-phrase rules take) */
        if (k >= s1 || !ws_tok_is_word(d, k) || !is_cap_tok(d, k) ||
            (!co && k == a))
            break;
        k++;
        /* a name or a compound after the noun: "des Senders Radio Nord",
         * "der Stadt Ulm" */
        while (
            k < s1 && k < a + 8 &&
            ((ws_tok_is_word(d, k) && is_cap_tok(d, k)) ||
             (ws_tok_is(d, k, "-") && k + 1 < s1 && ws_tok_is_word(d, k + 1) &&
              !(d->tokens.v[k].flags & WS_TOK_SPACE))))
            k += ws_tok_is(d, k, "-") ? 2 : 1;
        joined |= co;
        sb = k;
    }
    return ws_de_apposition(d, sb, s1);
}

/* A relative clause on a German source phrase ending at sb, between
 * commas, before the clause goes on: "laut Berichten, die einen Ermittler
 * zitieren, hat der Mann ...".  The clause ends at a comma after
 * a lowercase word (its verb) within 25 tokens, with no other clause
 * mark on the way; returns the token after that comma, or sb. */
int32_t
ws_de_source_rel(ws_worker *w, const ws_doc *d, int32_t sb, int32_t s1)
{
    static const char *const rel[] = {
        "der",   "die",    "das",    "dem",     "den",     "denen",
        "deren", "dessen", "welche", "welcher", "welches", "welchen"};
    if (strcmp(d->lang, "de") != 0 || sb + 3 >= s1 || !ws_tok_is(d, sb, ",") ||
        !fold_in(w, d, sb + 1, rel, sizeof rel / sizeof *rel))
        return sb;
    for (int32_t k = sb + 2; k < s1 && k < sb + 25; k++) {
        if (ws_tok_is(d, k, ",")) {
            if (ws_tok_is_word(d, k - 1) && !is_cap_tok(d, k - 1))
                return k + 1 < s1 && ws_tok_is_word(d, k + 1) &&
                               !ws_de_sub(w, d, k + 1)
                           ? k + 1
                           : sb;
            continue;
        }
        if (clause_punct(d, k) || ws_tok_is(d, k, "\xe2\x80\x93") ||
            ws_tok_is(d, k, "\xe2\x80\x94"))
            return sb;
    }
    return sb;
}

/* a word with "zu" after a separable prefix: "anzunehmen", "aufzuweichen" */
static int
infixed_zu(const char *f, size_t n)
{
    static const char *const pre[] = {
        "ab",     "an",     "auf",    "aus",      "bei",   "dar",
        "ein",    "fest",   "her",    "hin",      "mit",   "nach",
        "vor",    "weg",    "zurück", "zusammen", "fort",  "los",
        "heraus", "herbei", "voran",  "weiter",   "nieder"};
    for (size_t k = 0; k < sizeof pre / sizeof *pre; k++) {
        size_t l = strlen(pre[k]);
        if (n >= l + 5 && memcmp(f, pre[k], l) == 0 &&
            memcmp(f + l, "zu", 2) == 0 && f[n - 1] == 'n' &&
            (f[n - 2] == 'e' || f[n - 2] == 'r' || f[n - 2] == 'l'))
            return 1;
    }
    return 0;
}

int32_t
ws_de_zu_clause(ws_worker *w, const ws_doc *d, int32_t k, int32_t s1)
{
    static const char *const no[] = {
        "um",   "ohne", "statt",   "anstatt", "der",     "die",     "das",
        "dem",  "den",  "deren",   "dessen",  "welche",  "welcher", "und",
        "oder", "aber", "sondern", "dass",    "daß",     "ob",      "wenn",
        "weil", "da",   "als",     "wie",     "nachdem", "bevor",   "sodass",
        "so",   "was",  "wo",      "falls"};
    if (strcmp(d->lang, "de") != 0 || k < 0 || k >= s1 || s1 > d->tokens.n ||
        !ws_tok_is_word(d, k))
        return -1;
    if (k >= 2 && ws_tok_is(d, k - 1, ",") && noun_with_zu(w, d, k - 2))
        return -1;
    /* the article "die", "den" before a noun opens an infinitive clause
     * ("die Steuer zu senken"); a relative pronoun does not */
    if (fold_in(w, d, k, no, sizeof no / sizeof *no)) {
        static const char *const art[] = {"der", "die", "das", "dem", "den"};
        if (!(fold_in(w, d, k, art, 5) &&
              (is_cap_tok(d, k + 1) || attributive(w, d, k + 1, s1))))
            return -1;
    }
    int32_t end = s1, commas = 0, zu = -1;
    for (int32_t t = k; t < s1; t++) {
        if (ws_tok_is(d, t, ";") || ws_tok_is(d, t, ":") ||
            ws_tok_is_final(d, t) || (d->tokens.v[t].flags & WS_TOK_QUOTE)) {
            end = t;
            break;
        }
        if (ws_tok_is(d, t, ",") && ++commas > 2 && zu < 0)
            return -1;
        if (zu >= 0 || !ws_tok_is_word(d, t) || t - k > 40)
            continue;
        size_t n;
        const char *f = ws_tok_fold(w, d, t, 1, &n);
        if (n == 2 && memcmp(f, "zu", 2) == 0 && t + 1 < s1 &&
            ws_tok_is_word(d, t + 1) && !is_cap_tok(d, t + 1))
            zu = t;
        else if (!is_cap_tok(d, t) && infixed_zu(f, n))
            zu = t;
    }
    if (zu < 0)
        return -1;
    return end > k ? end : -1;
}

int
ws_de_participle(ws_worker *w, const ws_doc *d, int32_t i)
{
    if (i < 0 || i >= d->tokens.n || !ws_tok_is_word(d, i) || is_cap_tok(d, i))
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, i, 1, &n);
    if (participle(f, n))
        return 1;
    /* inseparable prefixes take no "ge": "bestätigt", "erklärt",
     * "verkündet", "entgegnet" (the same form as the present: callers
     * check for an auxiliary) */
    static const char *const insep[] = {"be", "er", "ver", "ent", "zer", "emp"};
    for (size_t k = 0; k < sizeof insep / sizeof *insep; k++) {
        size_t l = strlen(insep[k]);
        if (n >= l + 4 && memcmp(f, insep[k], l) == 0 && f[n - 1] == 't')
            return 1;
    }
    return 0;
}

/* A quoted name or title, no words of anyone: the fragment between the
 * marks (tokens a to b, exclusive) is a web address ("icelandreview.com"),
 * or all its words are capitalised (foreign function words aside: "du",
 * "de", "of", "the") and either there are two or more of them ("Neues
 * Deutschland", "Tutogen Medical", "This Is It") or the opening mark o
 * follows a noun inside the sentence (an apposition: "der Film
 * „Retirement“", "die Walfangstation „Hvalstödin“").  A German phrase
 * of speech has a lower-case word ("Totengräber der Demokratie") and a
 * scare-quoted noun follows an article or a verb. */
int
ws_de_quoted_name(ws_worker *w, const ws_doc *d, int32_t o, int32_t a,
                  int32_t b)
{
    static const char *const fw[] = {"of",  "the", "and", "for", "de", "du",
                                     "des", "la",  "le",  "les", "et", "y",
                                     "del", "di",  "da",  "van", "on"};
    if (strcmp(d->lang, "de") != 0 || a < 0 || b > d->tokens.n || b <= a)
        return 0;
    int32_t nw = 0, ncap = 0;
    for (int32_t t = a; t < b; t++) {
        if (!ws_tok_is_word(d, t))
            continue;
        nw++;
        const unsigned char *u = (const unsigned char *)ws_tok_ptr(d, t);
        if (is_cap_tok(d, t) || (u[0] >= '0' && u[0] <= '9'))
            ncap++;
        else if (!fold_in(w, d, t, fw, sizeof fw / sizeof *fw))
            break;
    }
    {
        /* "name.com": no space, a dot before a lower-case letter */
        const char *p = ws_tok_ptr(d, a);
        const char *e = ws_tok_ptr(d, b - 1) + ws_tok_blen(d, b - 1);
        int dot = 0;
        for (const char *k = p; k < e && e - p < 80; k++) {
            if (*k == ' ' || *k == '\n') {
                dot = 0;
                break;
            }
            if (k > p && k + 2 < e && *k == '.' && k[1] >= 'a' && k[1] <= 'z')
                dot = 1;
        }
        if (dot)
            return 1;
    }
    int32_t nfw = 0;
    for (int32_t t = a; t < b; t++)
        if (ws_tok_is_word(d, t) && !is_cap_tok(d, t))
            nfw++;
    if (ncap == 0 || ncap + nfw != nw)
        return 0;
    if (ncap >= 2)
        return 1;
    /* a noun before the mark, not the sentence's first word */
    return o >= 2 && is_cap_tok(d, o - 1) &&
           d->tokens.v[o - 2].sent == d->tokens.v[o].sent &&
           ws_tok_is_word(d, o - 2);
}

/* the list r of alternatives ("mit|an", up to a space) holds the folded
 * word f */
static int
req_ok_list(const char *r, const char *f, size_t n)
{
    while (*r && *r != ' ') {
        const char *e = r;
        while (*e && *e != ' ' && *e != '|')
            e++;
        if ((size_t)(e - r) == n && memcmp(r, f, n) == 0)
            return 1;
        r = *e == '|' ? e + 1 : e;
    }
    return 0;
}

/* the particle the lexicon entry v requires ("req:mit|an") holds the
 * folded word f, or v requires none */
static int
req_ok(const char *v, const char *f, size_t n)
{
    const char *r = strstr(v, "req:");
    return r == NULL || req_ok_list(r + 4, f, n);
}

/* "Sie sagte weitere Hilfe zu.", "sagte einen Anstieg voraus": a speech
 * verb whose entry lists "sep:zu|voraus" is another verb, an act, when
 * one of those particles closes its clause (zusagen, voraussagen).  The
 * clause runs from the verb to the next clause mark or conjunction; the
 * particle is its last word with at least one word before it. */
int
ws_de_sep_act(ws_worker *w, const ws_doc *d, const char *v, int32_t i)
{
    static const char *const conj[] = {"und",     "oder", "aber",
                                       "sondern", "denn", "doch"};
    if (v == NULL || strcmp(d->lang, "de") != 0)
        return 0;
    const char *r = strstr(v, "sep:");
    if (r == NULL || i < 0 || i >= d->tokens.n)
        return 0;
    int32_t s = d->tokens.v[i].sent, last = -1, words = 0;
    for (int32_t k = i + 1; k < d->tokens.n && k <= i + 40; k++) {
        if (d->tokens.v[k].sent != s || clause_punct(d, k) ||
            is_dash_tok(d, k) || (d->tokens.v[k].flags & WS_TOK_QUOTE) ||
            fold_in(w, d, k, conj, sizeof conj / sizeof *conj))
            break;
        if (ws_tok_is_word(d, k)) {
            last = k;
            words++;
        }
    }
    if (last < 0 || words < 2 || is_cap_tok(d, last))
        return 0;
    size_t n;
    const char *f = ws_tok_fold(w, d, last, 2, &n);
    return req_ok_list(r + 4, f, n);
}

/* "Er sagte laut: „…“", "rief laut und deutlich", "lachte laut auf":
 * "laut" with no noun phrase after it (the clause or sentence ends, a
 * conjunction or a preposition follows) is the adverb "loudly", not the
 * preposition "laut X" ("according to X"). */
int
ws_de_laut_adverb(ws_worker *w, const ws_doc *d, int32_t i)
{
    static const char *const next[] = {"und",  "oder", "aber", "auf",
                                       "nach", "vor",  "über", "gegen",
                                       "für",  "um",   "mit",  "zu"};
    if (i < 0 || i >= d->tokens.n || strcmp(d->lang, "de") != 0 ||
        !ws_tok_is(d, i, "laut"))
        return 0;
    int32_t k = i + 1;
    if (k >= d->tokens.n || d->tokens.v[k].sent != d->tokens.v[i].sent)
        return 1;
    if (ws_tok_is_word(d, k))
        return fold_in(w, d, k, next, sizeof next / sizeof *next);
    return clause_punct(d, k) || is_dash_tok(d, k);
}

/* The noun phrase at token a naming a source ("die Polizei",
 * "Feuerwehrsprecher Tom Berg", "das oberste Gericht"): an optional
 * article, lower-case adjectives after it, then capitalised words.
 * Returns one past its end, or a when there is none. */
static int32_t
source_np(ws_worker *w, const ws_doc *d, int32_t a, int32_t s1)
{
    static const char *const art[] = {"der", "die", "das",  "den",   "dem",
                                      "des", "ein", "eine", "einer", "eines"};
    int32_t k = a;
    if (fold_in(w, d, k, art, sizeof art / sizeof *art)) {
        k++;
        while (k < s1 && ws_tok_is_word(d, k) && !is_cap_tok(d, k))
            k++;
    }
    int32_t e = k;
    while (e < s1 && (is_cap_tok(d, e) || (ws_tok_is(d, e, "-") && e > k &&
                                           e + 1 < s1 && is_cap_tok(d, e + 1))))
        e++;
    return e > k ? e : a;
}

/* "Das teilte die Polizei mit.", "Dies gab das Komitee bekannt.": a
 * sentence that is only a speech verb, its subject and a pronoun
 * standing for what was said attributes the sentence before it (in the
 * paragraph, or the last one of the paragraph before). */
void
ws_de_anaphor(ws_worker *w, ws_doc *d)
{
    static const char *const pro[] = {"das", "dies", "dieses", "davon",
                                      "darüber"};
    if (strcmp(d->lang, "de") != 0)
        return;
    const ws_lex *cues =
        ws_models_lex(ws_worker_models(w), "de", "stance-cues");
    if (cues == NULL)
        return;
    int32_t nst = d->statements.n;
    for (int32_t s = 1; s < d->sentences.n; s++) {
        const ws_sentence *se = &d->sentences.v[s];
        int32_t t0 = se->tok0, s1 = se->tok1;
        if (s1 - t0 < 4 || s1 - t0 > 24 || !is_cap_tok(d, t0) ||
            !fold_in(w, d, t0, pro, sizeof pro / sizeof *pro))
            continue;
        size_t n;
        const char *f = ws_tok_fold(w, d, t0 + 1, 3, &n);
        const char *v =
            ws_tok_is_word(d, t0 + 1) ? ws_lex_word(cues, f, n) : NULL;
        if (v == NULL || !ws_lex_has_attr(v, "say"))
            continue;
        /* nothing but words up to the final mark (commas of an
         * apposition: "Davon geht Karl Berg, der Minister, aus.") */
        int32_t last = s1 - 1;
        while (last > t0 && !ws_tok_is_word(d, last))
            last--;
        int plain = ws_tok_is_final(d, s1 - 1);
        for (int32_t k = t0 + 1; k <= last && plain; k++)
            if (!ws_tok_is_word(d, k) && !ws_tok_is(d, k, "-") &&
                !ws_tok_is(d, k, ",") && !ws_tok_is(d, k, "(") &&
                !ws_tok_is(d, k, ")") && !(d->tokens.v[k].flags & WS_TOK_NUM) &&
                !ws_tok_is(d, k, "."))
                plain = 0;
        if (!plain)
            continue;
        f = ws_tok_fold(w, d, last, 3, &n);
        if (!req_ok(v, f, n))
            continue;
        int32_t e = source_np(w, d, t0 + 2, last + 1);
        if (e == t0 + 2)
            continue;
        /* the sentence before, not yet anyone's words */
        const ws_sentence *pv = &d->sentences.v[s - 1];
        if (pv->para < se->para - 1 || pv->tok1 - pv->tok0 < 4)
            continue;
        int taken = 0, own = -1;
        for (int32_t k = 0; k < nst && !taken; k++) {
            const ws_statement *o = &d->statements.v[k];
            if (o->cue.start == d->tokens.v[t0 + 1].start)
                own = k; /* the verb's own reading: its object */
            for (int c = 0; c < o->ncontent; c++)
                if (o->content[c].start < pv->end &&
                    o->content[c].end > pv->start)
                    taken = 1;
        }
        if (taken)
            continue;
        ws_statement *st =
            own >= 0 ? &d->statements.v[own] : WS_PUSH(d->statements);
        if (st == NULL)
            return;
        memset(st, 0, sizeof(*st));
        st->kind = WS_INDIRECT;
        st->target_span.start = st->target_span.end = -1;
        st->speaker_ent = -1;
        st->cue.start = d->tokens.v[t0 + 1].start;
        st->cue.end = d->tokens.v[t0 + 1].end;
        st->speaker.start = d->tokens.v[t0 + 2].start;
        st->speaker.end = d->tokens.v[e - 1].end;
        for (int32_t k = 0; k < d->entities.n; k++) {
            const ws_entity *en = &d->entities.v[k];
            if (en->start < st->speaker.end && en->end > st->speaker.start &&
                en->type != WS_ROLE) {
                st->speaker_ent = k;
                st->speaker_name = en->name ? en->name : en->text;
            }
        }
        int32_t b = pv->tok1;
        while (b > pv->tok0 && ws_tok_is_final(d, b - 1))
            b--;
        st->ncontent = 1;
        st->content[0].start = d->tokens.v[pv->tok0].start;
        st->content[0].end = d->tokens.v[b - 1].end;
    }
}

/* the sentence that holds code point cp */
static int32_t
sent_of_cp(const ws_doc *d, int32_t cp)
{
    int32_t t = ws_doc_tok_at(d, cp, 0);
    if (t >= d->tokens.n)
        t = d->tokens.n - 1;
    return t < 0 ? -1 : d->tokens.v[t].sent;
}

/* Per sentence, from every statement once: taken[s] = a statement's
 * content or cue overlaps it; last[s] = the statement whose content ends
 * at the sentence's end (within 3 code points; the latest start wins),
 * or -1. */
static void
sentence_index(ws_worker *w, const ws_doc *d, char *taken, int32_t *last,
               int32_t *lastpos)
{
    for (int32_t s = 0; s < d->sentences.n; s++) {
        taken[s] = 0;
        last[s] = lastpos[s] = -1;
    }
    for (int32_t k = 0; k < d->statements.n; k++) {
        const ws_statement *o = &d->statements.v[k];
        if (o->cue.start >= 0) {
            int32_t s = sent_of_cp(d, o->cue.start);
            if (s >= 0)
                taken[s] = 1;
        }
        for (int c = 0; c < o->ncontent; c++) {
            int32_t a = sent_of_cp(d, o->content[c].start);
            int32_t b = sent_of_cp(d, o->content[c].end - 1);
            for (int32_t s = a; s >= 0 && s <= b; s++)
                taken[s] = 1;
            if (b < 0 || ws_de_dropped_act(w, d, o))
                continue;
            const ws_sentence *se = &d->sentences.v[b];
            if (o->content[c].end <= se->end &&
                o->content[c].end + 3 >= se->end &&
                o->content[c].start > lastpos[b]) {
                last[b] = k;
                lastpos[b] = o->content[c].start;
            }
        }
    }
}

/* 1 when a content segment of o holds a subjunctive form (reported
 * speech, not a reported act or a fact) */
static int
subj_content(ws_worker *w, const ws_doc *d, const ws_lex *cues,
             const ws_statement *o)
{
    for (int c = 0; c < o->ncontent; c++) {
        int32_t a = ws_doc_tok_at(d, o->content[c].start, 0);
        for (int32_t t = a; t >= 0 && t < d->tokens.n &&
                            d->tokens.v[t].start < o->content[c].end;
             t++)
            if (ws_tok_is_word(d, t) &&
                (ws_de_subj_form(w, d, cues, t) || ws_de_konj1(w, d, t)))
                return 1;
    }
    return 0;
}

/* A sentence in the subjunctive with no cue right after the content of
 * a statement that names no source ("..., hieß es. Die Lage bleibe
 * angespannt."), which the subjunctive pass leaves (it continues named
 * sources only): it continues that statement, with no source either.  A
 * sentence with a speech verb or a quotation of its own is left. */
void
ws_de_continue(ws_worker *w, ws_doc *d)
{
    if (strcmp(d->lang, "de") != 0 || d->statements.n == 0 ||
        d->sentences.n < 2)
        return;
    const ws_lex *cues =
        ws_models_lex(ws_worker_models(w), "de", "stance-cues");
    if (cues == NULL)
        return;
    int32_t ns = d->sentences.n;
    char *taken = ws_arena_alloc(d->arena, (size_t)ns);
    int32_t *last = ws_arena_alloc(d->arena, (size_t)ns * sizeof *last);
    int32_t *lastpos = ws_arena_alloc(d->arena, (size_t)ns * sizeof *lastpos);
    char *chain = ws_arena_alloc(d->arena, (size_t)ns);
    if (taken == NULL || last == NULL || lastpos == NULL || chain == NULL)
        return;
    memset(chain, 0, (size_t)ns);
    sentence_index(w, d, taken, last, lastpos);
    for (int32_t s = 1; s < ns; s++) {
        const ws_sentence *se = &d->sentences.v[s];
        const ws_sentence *pv = &d->sentences.v[s - 1];
        int32_t p = last[s - 1];
        if (taken[s] || p < 0 || se->tok1 - se->tok0 < 4 ||
            pv->para < se->para - 1 || ws_tok_is(d, se->tok1 - 1, "?"))
            continue;
        const ws_statement *o = &d->statements.v[p];
        int named = o->speaker.start >= 0 || o->speaker_name != NULL;
        int subj = 0, stop = 0, modal = 0, comma = 0;
        for (int32_t t = se->tok0; t < se->tok1 && !stop; t++) {
            if (d->tokens.v[t].flags & WS_TOK_QUOTE) {
                stop = 1;
                break;
            }
            if (ws_tok_is(d, t, ","))
                comma = 1;
            if (!ws_tok_is_word(d, t))
                continue;
            if ((ws_de_subj_form(w, d, cues, t) || ws_de_konj1(w, d, t)) &&
                !ws_de_k2_sub(w, d, t))
                subj = 1;
            size_t n;
            const char *f = ws_tok_fold(w, d, t, 3, &n);
            const char *v = ws_lex_word(cues, f, n);
            /* "soll(en)" in a plan's sense right after reported speech
             * goes on reporting it ("Das Werk soll schließen."): as the
             * main clause's verb (no comma before it), after a statement
             * with a cue of its own or another such sentence */
            if (v != NULL && ws_lex_has_attr(v, "hearsay") &&
                !is_cap_tok(d, t) && !comma &&
                (chain[s - 1] ||
                 (o->cue.start >= 0 && subj_content(w, d, cues, o))))
                modal = 1;
            /* a speech verb (a source phrase "nach Angaben" made its
             * own statement, which the sentence overlaps) */
            if (v != NULL && !is_cap_tok(d, t) &&
                (ws_lex_has_attr(v, "say") || ws_lex_has_attr(v, "act")) &&
                !ws_lex_has_attr(v, "prep"))
                stop = 1;
        }
        if (stop || !(named ? modal : subj || modal))
            continue;
        ws_statement *st = WS_PUSH(d->statements);
        if (st == NULL)
            return;
        o = &d->statements.v[p]; /* the push may have moved it */
        memset(st, 0, sizeof(*st));
        st->kind = WS_INDIRECT;
        st->cue.start = st->cue.end = -1;
        st->target_span.start = st->target_span.end = -1;
        st->speaker = o->speaker;
        st->speaker_ent = o->speaker_ent;
        st->speaker_name = o->speaker_name;
        st->speaker_role = o->speaker_role;
        st->speaker_org = o->speaker_org;
        st->ncontent = 1;
        st->content[0].start = d->tokens.v[se->tok0].start;
        st->content[0].end = d->tokens.v[se->tok1 - 1].end;
        taken[s] = 1;
        chain[s] = (char)modal;
        last[s] = d->statements.n - 1;
        lastpos[s] = st->content[0].start;
    }
}

/* the speech-verb entry of st's cue (its first word's, else the whole
 * cue's), or NULL when the cue is no finite speech verb (a preposition
 * such as "laut", a noun, a cue that takes no speaker) */
static const char *
verb_cue(ws_worker *w, const ws_doc *d, const ws_lex *cues,
         const ws_statement *st, int32_t *c)
{
    size_t n;
    const char *f = cue_word(w, d, st, 3, c, &n);
    if (f == NULL || is_cap_tok(d, *c) ||
        (d->tokens.v[*c].flags & WS_TOK_SENT0))
        return NULL;
    const char *v = ws_lex_word(cues, f, n);
    if (v == NULL) {
        /* the whole cue and the token after it */
        int32_t e = ws_doc_tok_at(d, st->cue.end, 1);
        v = lex_phrase(w, d, cues, *c, e < d->tokens.n ? e + 1 : d->tokens.n);
    }
    if (v == NULL ||
        !(ws_lex_has_attr(v, "say") || ws_lex_has_attr(v, "act")) ||
        ws_lex_has_attr(v, "prep") || ws_lex_has_attr(v, "post") ||
        ws_lex_has_attr(v, "nosp") || ws_lex_has_attr(v, "doc"))
        return NULL;
    return v;
}

static void
clear_speaker(ws_statement *st)
{
    st->speaker.start = st->speaker.end = -1;
    st->speaker_ent = -1;
    st->speaker_name = st->speaker_role = st->speaker_org = NULL;
}

/* the statement's speaker from entity en over tokens [a, b) */
static void
set_speaker(ws_doc *d, ws_statement *st, int32_t en, int32_t a, int32_t b)
{
    const ws_entity *ent = &d->entities.v[en];
    clear_speaker(st);
    st->speaker.start = d->tokens.v[a].start;
    st->speaker.end = d->tokens.v[b - 1].end;
    st->speaker_ent = en;
    st->speaker_name = ent->name ? ent->name : ent->text;
    if (ent->role >= 0 && ent->role < d->entities.n)
        st->speaker_role = d->entities.v[ent->role].text;
    if (ent->org >= 0 && ent->org < d->entities.n)
        st->speaker_org = d->entities.v[ent->org].name
                              ? d->entities.v[ent->org].name
                              : d->entities.v[ent->org].text;
}

/* the entity that names the source in tokens [a, b): its last person,
 * else its first organisation, government body or outlet; -1 if none */
static int32_t
np_entity(const ws_doc *d, int32_t a, int32_t b)
{
    int32_t per = -1, org = -1;
    int32_t ca = d->tokens.v[a].start, cb = d->tokens.v[b - 1].end;
    /* the entities are in text order: the first that starts at ca or
     * later */
    for (int32_t k = ws_doc_ents_before(d, ca);
         k < d->entities.n && d->entities.v[k].start < cb; k++) {
        const ws_entity *en = &d->entities.v[k];
        if (en->end > cb)
            continue;
        if (en->type == WS_PERSON)
            per = k;
        else if (org < 0 && (en->type == WS_ORG || en->type == WS_GOV ||
                             en->type == WS_MEDIA))
            org = k;
    }
    return per >= 0 ? per : org;
}

/* words that open a prefield that is no subject: subordinators,
 * prepositions, adverbs, object pronouns and articles */
static const char *const nosubj[] = {
    "als",   "wenn",    "weil",    "nachdem",  "obwohl",  "da",     "dass",
    "ob",    "während", "bevor",   "seit",     "seitdem", "in",     "im",
    "an",    "am",      "auf",     "aus",      "bei",     "beim",   "mit",
    "nach",  "von",     "vom",     "vor",      "zu",      "zum",    "zur",
    "für",   "gegen",   "über",    "unter",    "um",      "durch",  "laut",
    "trotz", "wegen",   "dabei",   "damit",    "dazu",    "darauf", "dort",
    "so",    "auch",    "doch",    "aber",     "und",     "oder",   "dem",
    "den",   "wie",     "zudem",   "außerdem", "dann",    "heute",  "gestern",
    "nun",   "jetzt",   "bereits", "schon",    "zuvor",   "später", "ihm",
    "ihr",   "ihnen",   "es",      "das",      "dies",    "diese"};

static void v2_subject(ws_worker *w, ws_doc *d, const ws_lex *cues);

/* "Die Stadt teilte mit, ... . Man erklärt jedoch, dass ...": the
 * impersonal "man" of a speech verb (token c) in the sentence right
 * after a statement of an organisation or a government body in the same
 * paragraph is that body speaking on: st (statement k) takes its
 * speaker.  A person's statement before, or none, leaves st without. */
static void
man_of_group(ws_doc *d, ws_statement *st, int32_t k, int32_t c)
{
    int32_t s = d->tokens.v[c].sent;
    if (s < 1 || d->sentences.v[s - 1].para != d->sentences.v[s].para)
        return;
    const ws_sentence *pv = &d->sentences.v[s - 1];
    /* the last statement whose cue lies in the sentence before (the
     * list is in text order here: the few before k) */
    const ws_statement *o = NULL;
    for (int32_t j = k - 1; j >= 0 && j >= k - 64; j--) {
        const ws_statement *q = &d->statements.v[j];
        if (j != k && q->cue.start >= pv->start && q->cue.start < pv->end &&
            (o == NULL || q->cue.start > o->cue.start))
            o = q;
    }
    if (o == NULL || o->speaker.start < 0 || o->speaker_ent < 0 ||
        o->speaker_ent >= d->entities.n)
        return;
    int ty = d->entities.v[o->speaker_ent].type;
    if (ty != WS_ORG && ty != WS_GOV)
        return;
    st->speaker = o->speaker;
    st->speaker_ent = o->speaker_ent;
    st->speaker_name = o->speaker_name;
    st->speaker_role = o->speaker_role;
    st->speaker_org = o->speaker_org;
}

/* German has no dropped subject in a main clause: a statement whose
 * finite speech verb got no speaker span (the phrase rules did not take
 * its subject, and the source was guessed from the persons before) takes
 *   - none when the subject is the impersonal "man" ("will man ...",
 *     "man betont, ..."): it names no one, unless an organisation spoke
 *     in the sentence before (man_of_group);
 *   - the whole prefield when the verb stands second in its sentence
 *     and the prefield names a person or an organisation ("Kölns
 *     neuer Polizeichef Jan Weber spricht von ...", "Ihr Stellvertreter,
 *     Paul Roth, urteilte, dass ...").  A
 *     prefield that opens with a preposition, a subordinator or an
 *     adverb is no subject.
 * A statement whose speaker is "es" after the verb is taken the same
 * way. */
void
ws_de_speakers(ws_worker *w, ws_doc *d)
{
    static const char *const man[] = {"man"};
    static const char *const es[] = {"es"};
    if (strcmp(d->lang, "de") != 0 || d->statements.n == 0)
        return;
    const ws_lex *cues =
        ws_models_lex(ws_worker_models(w), "de", "stance-cues");
    if (cues == NULL)
        return;
    for (int32_t k = 0; k < d->statements.n; k++) {
        ws_statement *st = &d->statements.v[k];
        int32_t c;
        heisst_es_speaker(w, d, st);
        if (st->cue.start < 0 || verb_cue(w, d, cues, st, &c) == NULL)
            continue;
        /* "es" after the verb is its object or an expletive ("X nannte
         * es einen Fehler"), no source */
        if (st->speaker.start >= 0) {
            int32_t sp = ws_doc_tok_at(d, st->speaker.start, 0);
            if (sp <= c || d->tokens.v[sp].end != st->speaker.end ||
                !fold_in(w, d, sp, es, 1))
                continue;
        }
        int32_t s0 = d->sentences.v[d->tokens.v[c].sent].tok0;
        if (fold_in(w, d, c + 1, man, 1) || fold_in(w, d, c - 1, man, 1)) {
            clear_speaker(st);
            man_of_group(d, st, k, c);
            continue;
        }
        /* the prefield: from the sentence's start to the verb */
        int32_t e = c;
        while (e > s0 && ws_tok_is(d, e - 1, ","))
            e--;
        if (e - s0 < 2 || e - s0 > 30 ||
            fold_in(w, d, s0, nosubj, sizeof nosubj / sizeof *nosubj))
            continue;
        int ok = 1;
        for (int32_t t = s0; t < e && ok; t++)
            if ((d->tokens.v[t].flags & WS_TOK_QUOTE) ||
                ws_tok_is_final(d, t) || ws_tok_is(d, t, ":") ||
                is_dash_tok(d, t))
                ok = 0;
        int32_t en = ok ? np_entity(d, s0, e) : -1;
        if (en < 0)
            continue;
        set_speaker(d, st, en, s0, e);
    }
    v2_subject(w, d, cues);
}

/* The finite verb of the clause whose speech verb is token c: c itself,
 * or for a participle or infinitive at the end ("hat ... bestätigt",
 * "will ... erlauben") the first auxiliary or modal after the sentence's
 * start. */
static int32_t
finite_of(ws_worker *w, const ws_doc *d, int32_t s0, int32_t c)
{
    static const char *const aux[] = {
        "hat",    "haben",   "hatte",  "hatten", "ist",    "sind",   "war",
        "waren",  "wurde",   "wurden", "wird",   "werden", "will",   "wollen",
        "wollte", "wollten", "soll",   "sollen", "kann",   "können", "habe"};
    if (!ws_de_participle(w, d, c))
        return c;
    int32_t f = -1;
    for (int32_t t = s0 + 1; t < c; t++) {
        if (d->tokens.v[t].flags & WS_TOK_QUOTE)
            return -1;
        if (f < 0 && fold_in(w, d, t, aux, sizeof aux / sizeof *aux))
            f = t;
        else if (f >= 0 && ws_tok_is(d, t, ","))
            return -1; /* the participle is in another clause */
    }
    return f;
}

/* German main clauses put one constituent before the finite verb: a
 * speech act whose speaker was taken from the wrong side of the verb
 * gets its subject by that rule:
 *   - a prefield naming a person or an organisation is the subject, not
 *     a noun after the verb ("Die Staatsanwältin X bezeichnete die
 *     Angaben als vorläufig": not "Angaben");
 *   - after a prefield that opens with a preposition or an adverb the
 *     subject follows the verb ("Trotz eines Moratoriums gegen den
 *     Walfang will Island ...": not "Walfang"). */
/* "Die Kommission forderte das Verbot der Partei.": a noun phrase right
 * after the verb whose head ("Verbot") names no speaker (no entity, no
 * speaker noun) and has a genitive after it is the verb's object; the
 * speaker noun of the genitive ("der Partei") made it look like an
 * inverted subject.  The prefield [s0, h) is then the subject when it is
 * a plain noun phrase: an article of the nominative, adjectives, a noun.
 * 1 when so. */
static int
genitive_object(ws_worker *w, const ws_doc *d, const ws_statement *st,
                int32_t c, int32_t s0, int32_t h)
{
    static const char *const det[] = {"das",  "die",   "ein",
                                      "eine", "einen", "den"};
    static const char *const nom[] = {"der", "die", "das", "ein", "eine"};
    static const char *const gen[] = {"der", "des"};
    const ws_lex *spk =
        ws_models_lex(ws_worker_models(w), "de", "stance-speakers");
    int32_t sp = ws_doc_tok_at(d, st->speaker.start, 0);
    if (spk == NULL || sp != c + 1 || !fold_in(w, d, sp, det, 6))
        return 0;
    int32_t n = sp + 1;
    while (n < sp + 3 && n < d->tokens.n && !is_cap_tok(d, n) &&
           ws_tok_is_word(d, n) && declined_adj(w, d, n))
        n++;
    if (!is_cap_tok(d, n) || n + 2 >= d->tokens.n ||
        !fold_in(w, d, n + 1, gen, 2) ||
        d->tokens.v[n].start >= st->speaker.end)
        return 0;
    size_t fl;
    const char *f = ws_tok_fold(w, d, n, 2, &fl);
    int32_t x = ws_doc_ents_before(d, d->tokens.v[n].start);
    if (ws_lex_word(spk, f, fl) != NULL ||
        (x < d->entities.n && d->entities.v[x].start <= d->tokens.v[n].start &&
         d->entities.v[x].end > d->tokens.v[n].start))
        return 0;
    /* the prefield: article, adjectives, one noun */
    if (h - s0 < 2 || h - s0 > 4 || !fold_in(w, d, s0, nom, 5) ||
        !is_cap_tok(d, h - 1))
        return 0;
    for (int32_t t = s0 + 1; t < h - 1; t++)
        if (is_cap_tok(d, t) || !declined_adj(w, d, t))
            return 0;
    return 1;
}

static void
v2_subject(ws_worker *w, ws_doc *d, const ws_lex *cues)
{
    static const char *const det[] = {"der", "die",  "das",
                                      "ein", "eine", "einer"};
    static const char *const pron[] = {"er", "sie", "wir", "ich", "es", "man"};
    for (int32_t k = 0; k < d->statements.n; k++) {
        ws_statement *st = &d->statements.v[k];
        int32_t c;
        if (st->cue.start < 0 || verb_cue(w, d, cues, st, &c) == NULL)
            continue;
        int none = st->speaker.start < 0;
        int32_t s0 = d->sentences.v[d->tokens.v[c].sent].tok0;
        int32_t s1 = d->sentences.v[d->tokens.v[c].sent].tok1;
        int32_t f = finite_of(w, d, s0, c);
        if (f < 0)
            continue;
        int32_t e = f;
        while (e > s0 && ws_tok_is(d, e - 1, ","))
            e--;
        if (e <= s0 || e - s0 > 30)
            continue;
        int ok = 1;
        for (int32_t t = s0; t < e && ok; t++)
            if ((d->tokens.v[t].flags & WS_TOK_QUOTE) ||
                ws_tok_is_final(d, t) || ws_tok_is(d, t, ":") ||
                is_dash_tok(d, t))
                ok = 0;
        if (!ok)
            continue;
        int pre = fold_in(w, d, s0, nosubj, sizeof nosubj / sizeof *nosubj);
        /* the head of the prefield: up to its first comma (an
         * apposition or a clause follows) */
        int32_t h = s0;
        while (h < e && !ws_tok_is(d, h, ","))
            h++;
        int32_t sp = none ? 0 : ws_doc_tok_at(d, st->speaker.start, 0);
        if (!pre && !none && e - s0 >= 2 &&
            st->speaker.start >= d->tokens.v[f].end &&
            !(sp < d->tokens.n && fold_in(w, d, sp, pron, 6))) {
            int32_t en = np_entity(d, s0, h);
            if (en >= 0) {
                /* "Anna Roth (SPD) kritisierte die Planer.": the noun after
                 * the verb, taken for an inverted subject, is the act's
                 * object: back in its content */
                if (st->kind == WS_REPORTED && st->ncontent == 1 &&
                    st->speaker.start >= st->cue.end &&
                    st->content[0].start >= st->speaker.end &&
                    gap_is_space(d, st->speaker.end, st->content[0].start))
                    st->content[0].start = st->speaker.start;
                set_speaker(d, st, en, s0, e);
            } else if (f == c && !fold_in(w, d, s0, pron, 6) &&
                       genitive_object(w, d, st, c, s0, h)) {
                /* the object is the act's content, or begins it */
                if (st->kind == WS_REPORTED && st->ncontent == 0) {
                    st->ncontent = 1;
                    st->content[0] = st->speaker;
                } else if (st->kind == WS_REPORTED && st->ncontent == 1 &&
                           st->content[0].start >= st->speaker.end &&
                           gap_is_space(d, st->speaker.end,
                                        st->content[0].start))
                    st->content[0].start = st->speaker.start;
                clear_speaker(st);
                st->speaker.start = d->tokens.v[s0].start;
                st->speaker.end = d->tokens.v[h - 1].end;
            } else if (f != c && st->speaker.start >= d->tokens.v[c].end &&
                       !fold_in(w, d, s0, pron, 6)) {
                /* a noun after the participle that closes the clause is
                 * none of its parts: the prefield is the subject, named
                 * or not ("Chinesische Politiker haben dazu aufgerufen,
                 * die Kontrollen zu verstärken") */
                clear_speaker(st);
                st->speaker.start = d->tokens.v[s0].start;
                st->speaker.end = d->tokens.v[e - 1].end;
            }
        } else if (pre && (none ||
                           (st->speaker.end <= d->tokens.v[f].start &&
                            st->speaker.start >= d->tokens.v[s0].start) ||
                           st->speaker.end <= d->tokens.v[s0].start ||
                           st->speaker.start >= d->tokens.v[s1 - 1].end)) {
            int32_t a = f + 1;
            if (a >= s1)
                continue;
            int32_t b = a + fold_in(w, d, a, det, 6);
            int32_t x = ws_doc_ents_before(d, d->tokens.v[b].start);
            if (x >= d->entities.n ||
                d->entities.v[x].start != d->tokens.v[b].start)
                continue;
            /* a country or city speaks for its government here
             * ("... will Island den Walfang erlauben") */
            int ty = d->entities.v[x].type;
            /* one past the entity's last token */
            int32_t xe = ws_doc_tok_at(d, d->entities.v[x].end, 1);
            if (ty == WS_PERSON || ty == WS_ORG || ty == WS_GOV ||
                ty == WS_MEDIA || ty == WS_LOC) {
                set_speaker(d, st, x, a, xe);
            } else if (ty == WS_NORP && xe < s1 && is_cap_tok(d, xe) &&
                       !(d->tokens.v[xe].flags & WS_TOK_QUOTE)) {
                /* a group named by its nationality ("Nun melden
                 * chinesische Medien, ..."): no name */
                clear_speaker(st);
                st->speaker.start = d->tokens.v[a].start;
                st->speaker.end = d->tokens.v[xe].end;
            }
        }
    }
}
