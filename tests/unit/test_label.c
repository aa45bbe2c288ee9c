/*
 * test_label.c - the stance labeller (pipeline/stance_label.c) on given
 * statements: invented sentences in en, uk, ru, pl, de and fr, each with
 * its cue and content marked, for every label, negation and refusal,
 * hedges, intensity, targets, two-label statements and the verb-only
 * baseline.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

/* Code point span of the first occurrence of needle in d->text after
 * byte `from`, or {-1, -1}. */
static ws_span
find_span(ws_doc *d, const char *needle, size_t from)
{
    ws_span s = {-1, -1};
    if (needle == NULL || *needle == '\0')
        return s;
    const char *p = strstr(d->text + from, needle);
    if (p == NULL)
        return s;
    int32_t b = (int32_t)(p - d->text);
    s.start = ws_doc_cp(d, b);
    s.end = ws_doc_cp(d, b + (int32_t)strlen(needle));
    return s;
}

typedef struct {
    ws_doc *d;
    ws_statement st;
} labelled;

/* Tokenizes and tags text, makes one statement (cue and content given as
 * substrings; content may be NULL) and labels it. */
static labelled
label(const char *lang, const char *text, const char *cue, const char *content,
      int kind, int baseline)
{
    labelled r;
    memset(&r, 0, sizeof r);
    r.d = ws_doc_new();
    if (r.d == NULL)
        return r;
    ws_doc_set_text(r.d, text, strlen(text));
    snprintf(r.d->lang, sizeof(r.d->lang), "%s", lang);
    r.d->lang_given = 1;
    ws_tokenize(worker, r.d);
    ws_ner(worker, r.d);
    r.st.kind = kind;
    r.st.cue = find_span(r.d, cue, 0);
    r.st.speaker.start = r.st.speaker.end = -1;
    r.st.speaker_ent = -1;
    if (content != NULL) {
        r.st.content[0] = find_span(r.d, content, 0);
        r.st.ncontent = r.st.content[0].start >= 0;
    }
    if (baseline)
        ws_stance_label_baseline(worker, r.d, &r.st);
    else
        ws_stance_label_statement(worker, r.d, &r.st);
    return r;
}

static int
has_label(const ws_statement *st, int l)
{
    for (int i = 0; i < st->nstance; i++)
        if (st->stance[i] == l)
            return 1;
    return 0;
}

static const char *
labels_str(const ws_statement *st, char *buf, size_t cap)
{
    buf[0] = '\0';
    for (int i = 0; i < st->nstance; i++) {
        size_t n = strlen(buf);
        snprintf(buf + n, cap - n, "%s%s", i ? "+" : "",
                 ws_stance_name(st->stance[i]));
    }
    return buf;
}

/* First label = want; second label (or -1: exactly one label). */
static void
expect(const char *lang, const char *text, const char *cue, const char *content,
       int kind, int want, int want2)
{
    labelled r = label(lang, text, cue, content, kind, 0);
    char buf[128];
    CHECK(r.d != NULL && r.st.nstance > 0 && r.st.stance[0] == want &&
              (want2 < 0 ? r.st.nstance == 1
                         : r.st.nstance == 2 && r.st.stance[1] == want2),
          "[%s] %s: got %s, want %s%s%s", lang, text,
          labels_str(&r.st, buf, sizeof buf), ws_stance_name(want),
          want2 >= 0 ? "+" : "", want2 >= 0 ? ws_stance_name(want2) : "");
    ws_doc_free(r.d);
}

/* Not `label`: neutral, with negated or hedged set. */
static void
expect_not(const char *lang, const char *text, const char *cue,
           const char *content, int kind, int hedged)
{
    labelled r = label(lang, text, cue, content, kind, 0);
    char buf[128];
    CHECK(r.d != NULL && r.st.nstance == 1 && r.st.stance[0] == WS_NEUTRAL,
          "[%s] %s: got %s, want neutral", lang, text,
          labels_str(&r.st, buf, sizeof buf));
    if (hedged)
        CHECK(r.st.hedged, "[%s] %s: not marked hedged", lang, text);
    else
        CHECK(r.st.negated, "[%s] %s: not marked negated", lang, text);
    ws_doc_free(r.d);
}

/* Intensity and target of the first label. */
static void
expect_detail(const char *lang, const char *text, const char *cue,
              const char *content, int kind, int want, const char *intensity,
              const char *target)
{
    labelled r = label(lang, text, cue, content, kind, 0);
    if (r.d == NULL) {
        CHECK(0, "out of memory");
        return;
    }
    CHECK(r.st.nstance > 0 && r.st.stance[0] == want, "[%s] %s: label %s", lang,
          text, ws_stance_name(r.st.stance[0]));
    CHECK(r.st.intensity && strcmp(r.st.intensity, intensity) == 0,
          "[%s] %s: intensity %s, want %s", lang, text,
          r.st.intensity ? r.st.intensity : "(null)", intensity);
    if (target != NULL)
        CHECK(r.st.target && strstr(r.st.target, target) != NULL &&
                  r.st.target_span.start >= 0,
              "[%s] %s: target \"%s\", want one containing \"%s\"", lang, text,
              r.st.target ? r.st.target : "(null)", target);
    ws_doc_free(r.d);
}

static void
test_en(void)
{
    /* every label, from the cue */
    expect("en", "The ministry condemned the attack on the convoy.",
           "condemned", "the attack on the convoy", WS_REPORTED,
           WS_CONDEMNATION, -1);
    expect("en", "Officials said they were alarmed by the fighting.", "said",
           "they were alarmed by the fighting", WS_INDIRECT, WS_CONCERN, -1);
    expect("en", "The opposition accused the mayor of fraud.", "accused",
           "the mayor of fraud", WS_REPORTED, WS_ACCUSATION, -1);
    expect("en", "The company denied that its ship cut the cable.", "denied",
           "that its ship cut the cable", WS_INDIRECT, WS_DENIAL, -1);
    expect("en", "The council urged both sides to return to talks.", "urged",
           "both sides to return to talks", WS_REPORTED, WS_DEMAND, -1);
    expect("en", "The envoy warned that the truce could collapse.", "warned",
           "that the truce could collapse", WS_INDIRECT, WS_WARNING, -1);
    expect("en", "The president praised the rescue teams.", "praised",
           "the rescue teams", WS_REPORTED, WS_SUPPORT, -1);
    expect("en", "The agency said the talks would resume on Monday.", "said",
           "the talks would resume on Monday", WS_INDIRECT, WS_NEUTRAL, -1);
    /* nouns, adjectives and modals in the content */
    expect("en", "\"This is unacceptable,\" the minister said.", "said",
           "This is unacceptable,", WS_DIRECT, WS_CONDEMNATION, -1);
    expect("en", "He said the ruling was a disgrace.", "said",
           "the ruling was a disgrace", WS_INDIRECT, WS_CONDEMNATION, -1);
    expect("en", "She said the government must release the prisoners.", "said",
           "the government must release the prisoners", WS_INDIRECT, WS_DEMAND,
           -1);
    expect("en", "He said the claims were baseless.", "said",
           "the claims were baseless", WS_INDIRECT, WS_DENIAL, -1);
    /* negated, refused, hypothetical */
    expect_not("en", "The minister did not condemn the shelling.", "condemn",
               "the shelling", WS_REPORTED, 0);
    expect_not("en", "The minister declined to condemn the shelling.",
               "declined", "to condemn the shelling", WS_REPORTED, 0);
    expect_not("en", "The report stopped short of accusing the army.",
               "stopped short of accusing", "the army", WS_REPORTED, 0);
    expect_not("en", "He said that if voters are worried, they can call.",
               "said", "that if voters are worried, they can call", WS_INDIRECT,
               1);
    expect_not("en", "But has he called for changes to the law?", "called for",
               "changes to the law", WS_REPORTED, 1);
    /* a third party's act inside the content is not the speaker's */
    expect("en",
           "The report said that clients are beginning to demand "
           "lower fees.",
           "said", "that clients are beginning to demand lower fees",
           WS_INDIRECT, WS_NEUTRAL, -1);
    /* rejecting a request is no denial */
    expect("en", "The judge rejected a request to unseal the file.", "rejected",
           "a request to unseal the file", WS_REPORTED, WS_NEUTRAL, -1);
    expect("en", "The ministry rejected the allegations.", "rejected",
           "the allegations", WS_REPORTED, WS_DENIAL, -1);
    /* two acts */
    expect("en", "The FBI warned state officials to boost their security.",
           "warned", "state officials to boost their security", WS_REPORTED,
           WS_WARNING, WS_DEMAND);
    expect("en",
           "\"We are concerned about the escalation. We strongly condemn "
           "the strikes,\" the ministry said.",
           "said",
           "We are concerned about the escalation. We strongly condemn the "
           "strikes,",
           WS_DIRECT, WS_CONCERN, WS_CONDEMNATION);
    /* a reported act without content: its clause is read */
    expect("en",
           "Norway said on Monday that Chad must return the "
           "aircraft.",
           "said", NULL, WS_REPORTED, WS_DEMAND, -1);
    /* a name modifying a noun is not the subject of the act */
    expect("en",
           "Officials said the Coast Guard manual calls for divers to "
           "wait an hour.",
           "said", "the Coast Guard manual calls for divers to wait an hour",
           WS_INDIRECT, WS_NEUTRAL, -1);
    /* ... but a possessive name is the agent of the act noun */
    expect("en",
           "\"NATO's firm support for the mission will continue,\" the "
           "envoy said.",
           "said", "NATO's firm support for the mission will continue,",
           WS_DIRECT, WS_SUPPORT, -1);
    /* a speech verb in an earlier sentence of the content does not make
     * a later sentence a third party's */
    expect("en",
           "\"He thinks the tax cut pays for itself. I don't buy that,\" "
           "she said.",
           "said", "He thinks the tax cut pays for itself. I don't buy that,",
           WS_DIRECT, WS_DENIAL, -1);
    /* a negated approval is disapproval */
    expect("en", "\"We are not satisfied with the inquiry,\" he said.", "said",
           "We are not satisfied with the inquiry,", WS_DIRECT, WS_CONDEMNATION,
           -1);
    /* a legal appeal is no demand; an appeal for calm is */
    expect("en", "The mayor said the city will appeal.", "said",
           "the city will appeal", WS_INDIRECT, WS_NEUTRAL, -1);
    expect("en", "The mayor said she appealed for calm.", "said",
           "she appealed for calm", WS_INDIRECT, WS_DEMAND, -1);
    /* wanting someone else to act; wanting to act oneself */
    expect("en", "The union wants the board to resign.", "wants",
           "the board to resign", WS_REPORTED, WS_DEMAND, -1);
    expect("en", "The union wants to meet the board.", "wants",
           "to meet the board", WS_REPORTED, WS_NEUTRAL, -1);
    /* earlier acts named by a demonstrative are no new act */
    expect("en", "\"We have heard these warnings for years,\" he said.", "said",
           "We have heard these warnings for years,", WS_DIRECT, WS_NEUTRAL,
           -1);
    /* a hostile deed reported of another accuses it; one's own does not */
    expect("en", "The ministry said rebels shelled the market overnight.",
           "said", "rebels shelled the market overnight", WS_INDIRECT,
           WS_ACCUSATION, -1);
    expect("en", "The army said its units shelled rebel positions.", "said",
           "its units shelled rebel positions", WS_INDIRECT, WS_ACCUSATION, -1);
    expect("en", "\"We shelled their positions at dawn,\" the colonel said.",
           "said", "We shelled their positions at dawn,", WS_DIRECT, WS_NEUTRAL,
           -1);
    /* an announced coercive act is a threat; a plain one is not */
    expect("en", "The farmers said they would blockade the port.", "said",
           "they would blockade the port", WS_INDIRECT, WS_WARNING, -1);
    expect("en", "The farmers said the blockade of the port ended.", "said",
           "the blockade of the port ended", WS_INDIRECT, WS_NEUTRAL, -1);
    /* dismissing a person as ... is disapproval; a claim as ..., denial */
    expect("en", "The senator dismissed the governor as a lightweight.",
           "dismissed", "the governor as a lightweight", WS_REPORTED,
           WS_CONDEMNATION, -1);
    expect("en", "The ministry dismissed the reports as baseless.", "dismissed",
           "the reports as baseless", WS_REPORTED, WS_DENIAL, -1);
    /* an act noun with its author after it is the author's */
    expect("en", "He said criticism from abroad would not change the plan.",
           "said", "criticism from abroad would not change the plan",
           WS_INDIRECT, WS_NEUTRAL, -1);
    /* intensity and target */
    expect_detail("en", "NATO strongly condemned the cyber attacks.",
                  "condemned", "the cyber attacks", WS_REPORTED,
                  WS_CONDEMNATION, "strong", "cyber attacks");
    expect_detail("en",
                  "The ministry condemned in the strongest terms the "
                  "shelling of Kharkiv.",
                  "condemned", "the shelling of Kharkiv", WS_REPORTED,
                  WS_CONDEMNATION, "strong", "Kharkiv");
    expect_detail("en",
                  "\"We are deeply troubled by the arrests,\" she "
                  "said.",
                  "said", "We are deeply troubled by the arrests,", WS_DIRECT,
                  WS_CONCERN, "strong", "arrests");
    expect_detail("en", "The mayor welcomed the decision.", "welcomed",
                  "the decision", WS_REPORTED, WS_SUPPORT, "normal",
                  "the decision");
}

static void
test_other_languages(void)
{
    expect("uk", "Міністерство рішуче засудило обстріл Одеси.", "засудило",
           "обстріл Одеси", WS_REPORTED, WS_CONDEMNATION, -1);
    expect_detail("uk", "«Ми глибоко стурбовані ситуацією», — заявив посол.",
                  "заявив", "Ми глибоко стурбовані ситуацією", WS_DIRECT,
                  WS_CONCERN, "strong", NULL);
    expect_not("uk", "Посол не засудив удари по місту.", "засудив",
               "удари по місту", WS_REPORTED, 0);
    expect("uk", "Речник заявив, що такі дії неприпустимі.", "заявив",
           "що такі дії неприпустимі", WS_INDIRECT, WS_CONDEMNATION, -1);

    expect_not("ru", "Министр не стал осуждать действия армии.", "осуждать",
               "действия армии", WS_REPORTED, 0);
    expect("ru", "«Мы обеспокоены эскалацией», — сказал дипломат.", "сказал",
           "Мы обеспокоены эскалацией", WS_DIRECT, WS_CONCERN, -1);
    expect_detail("ru", "МИД категорически отверг обвинения.", "отверг",
                  "обвинения", WS_REPORTED, WS_DENIAL, "strong", NULL);

    expect_not("pl", "Minister nie potępił ataku na konwój.", "potępił",
               "ataku na konwój", WS_REPORTED, 0);
    expect("pl", "„Jesteśmy zaniepokojeni sytuacją” – powiedział rzecznik.",
           "powiedział", "Jesteśmy zaniepokojeni sytuacją", WS_DIRECT,
           WS_CONCERN, -1);
    expect_detail("pl", "Resort stanowczo potępił atak.", "potępił", "atak",
                  WS_REPORTED, WS_CONDEMNATION, "strong", "atak");
    expect("pl",
           "Rzecznik dodał, że wszystkie strony powinny zachować "
           "spokój.",
           "dodał", "że wszystkie strony powinny zachować spokój", WS_INDIRECT,
           WS_DEMAND, -1);

    expect_not("de", "Den Angriff verurteilen wollte er nicht.", "verurteilen",
               "Den Angriff", WS_REPORTED, 0);
    expect("de", "„Wir sind besorgt über die Lage“, sagte die Sprecherin.",
           "sagte", "Wir sind besorgt über die Lage", WS_DIRECT, WS_CONCERN,
           -1);
    expect("de", "Die Opposition warf der Regierung Versagen vor.", "warf",
           "der Regierung Versagen", WS_REPORTED, WS_ACCUSATION, -1);
    expect("de", "Der Botschafter wies die Vorwürfe zurück.", "wies",
           "die Vorwürfe", WS_REPORTED, WS_DENIAL, -1);
    expect("de", "Der Minister wies darauf hin, dass die Wahl im Mai ist.",
           "wies", "dass die Wahl im Mai ist", WS_INDIRECT, WS_NEUTRAL, -1);
    expect_detail("de",
                  "Die Regierung verurteilte den Angriff aufs "
                  "Schärfste.",
                  "verurteilte", "den Angriff", WS_REPORTED, WS_CONDEMNATION,
                  "strong", NULL);

    expect("de", "Das Ministerium lehnte die Vorwürfe entschieden ab.",
           "lehnte", "die Vorwürfe", WS_REPORTED, WS_DENIAL, -1);
    expect("de", "Die Regierung lehnte den Vorschlag ab.", "lehnte",
           "den Vorschlag", WS_REPORTED, WS_NEUTRAL, -1);
    expect("de", "„Wir sind nicht zufrieden mit dem Ergebnis“, sagte er.",
           "sagte", "Wir sind nicht zufrieden mit dem Ergebnis", WS_DIRECT,
           WS_CONDEMNATION, -1);
    expect("pl", "Minister zarzucił rządowi kłamstwo.", "zarzucił",
           "rządowi kłamstwo", WS_REPORTED, WS_ACCUSATION, -1);
    expect("pl", "Warszawa oczekuje wsparcia od sojuszników.", "oczekuje",
           "wsparcia od sojuszników", WS_REPORTED, WS_DEMAND, -1);
    expect("ru",
           "Посол заявил, что эти сведения не соответствуют "
           "действительности.",
           "заявил", "что эти сведения не соответствуют действительности",
           WS_INDIRECT, WS_DENIAL, -1);
    expect("uk", "Міністр відхилив звинувачення опозиції.", "відхилив",
           "звинувачення опозиції", WS_REPORTED, WS_DENIAL, -1);
    expect("uk", "«Ми очікуємо рішень від партнерів», — сказав він.", "сказав",
           "Ми очікуємо рішень від партнерів", WS_DIRECT, WS_DEMAND, -1);
    expect("uk", "Речник заявив, що армія обстріляла житлові квартали.",
           "заявив", "що армія обстріляла житлові квартали", WS_INDIRECT,
           WS_ACCUSATION, -1);
    expect("de", "Die Regierung erklärte, sie werde das Kriegsrecht verhängen.",
           "erklärte", "sie werde das Kriegsrecht verhängen", WS_INDIRECT,
           WS_WARNING, -1);
    /* an emphatic negation of an event denies it */
    expect("pl",
           "Resort oświadczył, że okręt ani razu nie wpłynął na wody "
           "terytorialne.",
           "oświadczył", "że okręt ani razu nie wpłynął na wody terytorialne",
           WS_INDIRECT, WS_DENIAL, -1);
    expect("en", "The navy said its ship at no time entered the zone.", "said",
           "its ship at no time entered the zone", WS_INDIRECT, WS_DENIAL, -1);
    /* blocking and harm done by another */
    expect("de", "Nach Angaben der Diplomaten blockiert Ungarn den Beschluss.",
           "Nach Angaben", "blockiert Ungarn den Beschluss", WS_INDIRECT,
           WS_ACCUSATION, -1);
    expect("ru", "Посол заявил, что пошлины наносят ущерб фермерам.", "заявил",
           "что пошлины наносят ущерб фермерам", WS_INDIRECT, WS_CONDEMNATION,
           -1);
    expect("fr", "Le ministre a déploré la fermeture du port.", "a déploré",
           "la fermeture du port", WS_REPORTED, WS_CONDEMNATION, -1);
    expect("fr", "Le gouvernement a réfuté ces affirmations.", "a réfuté",
           "ces affirmations", WS_REPORTED, WS_DENIAL, -1);
    expect_not("fr", "Le ministre n'a pas condamné l'attaque.", "condamné",
               "l'attaque", WS_REPORTED, 0);
    expect("fr",
           "« Nous sommes préoccupés par la situation », a déclaré "
           "le porte-parole.",
           "a déclaré", "Nous sommes préoccupés par la situation", WS_DIRECT,
           WS_CONCERN, -1);
    expect_detail("fr", "Paris condamne fermement ces attaques.", "condamne",
                  "ces attaques", WS_REPORTED, WS_CONDEMNATION, "strong", NULL);
    expect("fr",
           "« Ces attaques sont inacceptables et ne doivent pas rester "
           "impunies », a déclaré la porte-parole.",
           "a déclaré",
           "Ces attaques sont inacceptables et ne doivent pas rester impunies",
           WS_DIRECT, WS_CONDEMNATION, WS_DEMAND);
}

static void
test_baseline(void)
{
    /* the verb alone: negation is not read (that is the floor) */
    labelled r = label("en", "The minister did not condemn the shelling.",
                       "condemn", "the shelling", WS_REPORTED, 1);
    CHECK(r.st.nstance == 1 && r.st.stance[0] == WS_CONDEMNATION,
          "baseline: negated verb gives %s", ws_stance_name(r.st.stance[0]));
    ws_doc_free(r.d);
    r = label("en", "He said the ruling was a disgrace.", "said",
              "the ruling was a disgrace", WS_INDIRECT, 1);
    CHECK(r.st.nstance == 1 && r.st.stance[0] == WS_NEUTRAL,
          "baseline: content read (%s)", ws_stance_name(r.st.stance[0]));
    ws_doc_free(r.d);
    r = label("en", "The council urged restraint.", "urged", "restraint",
              WS_REPORTED, 1);
    CHECK(has_label(&r.st, WS_DEMAND), "baseline: urged is a demand");
    ws_doc_free(r.d);
}

static void
test_robust(void)
{
    /* no tokens, no cue, spans out of range: neutral, no crash */
    ws_doc *d = ws_doc_new();
    ws_statement st;
    memset(&st, 0, sizeof st);
    st.cue.start = st.cue.end = -1;
    st.speaker.start = st.speaker.end = -1;
    ws_stance_label_statement(worker, d, &st);
    CHECK(st.nstance == 1 && st.stance[0] == WS_NEUTRAL, "empty document");
    ws_doc_free(d);
    labelled r = label("xx", "Somebody condemned something.", "condemned",
                       "something", WS_REPORTED, 0);
    CHECK(r.st.nstance >= 1, "unknown language still labelled");
    ws_doc_free(r.d);
    r = label("en", "No cue here at all.", NULL, "No cue here", WS_DIRECT, 0);
    CHECK(r.st.nstance == 1 && r.st.stance[0] == WS_NEUTRAL, "no cue: %s",
          ws_stance_name(r.st.stance[0]));
    ws_doc_free(r.d);
}

int
main(void)
{
    char err[256];
    models = ws_models_open(NULL, err, sizeof err);
    if (models == NULL) {
        fprintf(stderr, "models: %s\n", err);
        return 1;
    }
    worker = ws_worker_new(models);
    test_en();
    test_other_languages();
    test_baseline();
    test_robust();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
