/*
 * test_stance_label.c - the stance labeller (stance_label.c) on given
 * statements: invented sentences, the statement's cue and content given
 * by their text, the label set checked.  Each case is named after what it
 * broke or what it guards.
 */
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

/* Code point offset of `needle` in `text` (ASCII before it, or counted
 * over UTF-8), or -1. */
static int32_t
cp_offset(const char *text, const char *needle)
{
    const char *p = strstr(text, needle);
    if (p == NULL)
        return -1;
    int32_t n = 0;
    for (const char *q = text; q < p; q++)
        n += ((unsigned char)*q & 0xC0) != 0x80;
    return n;
}

static int32_t
cp_len(const char *s)
{
    int32_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Runs ner on text and labels one statement of it, its cue and content
 * given by their text (content NULL: none), into *g.  Returns the
 * document, for the caller to free, or NULL when out of memory. */
static ws_doc *label_one_spk(const char *lang, int kind, const char *text,
                             const char *speaker, const char *cue,
                             const char *content, ws_statement *g);

static ws_doc *
label_one(const char *lang, int kind, const char *text, const char *cue,
          const char *content, ws_statement *g)
{
    return label_one_spk(lang, kind, text, NULL, cue, content, g);
}

/* label_one with the speaker span given by its text (NULL: none). */
static ws_doc *
label_one_spk(const char *lang, int kind, const char *text, const char *speaker,
              const char *cue, const char *content, ws_statement *g)
{
    ws_doc *d = ws_doc_new();
    if (d == NULL) {
        CHECK(0, "out of memory");
        return NULL;
    }
    ws_doc_set_text(d, text, strlen(text));
    snprintf(d->lang, sizeof d->lang, "%s", lang);
    d->lang_given = 1;
    ws_ner(worker, d);
    memset(g, 0, sizeof *g);
    g->kind = kind;
    g->cue.start = cp_offset(text, cue);
    g->cue.end = g->cue.start + cp_len(cue);
    if (content) {
        g->content[0].start = cp_offset(text, content);
        g->content[0].end = g->content[0].start + cp_len(content);
        g->ncontent = 1;
    }
    g->speaker.start = g->speaker.end = -1;
    if (speaker) {
        g->speaker.start = cp_offset(text, speaker);
        g->speaker.end = g->speaker.start + cp_len(speaker);
    }
    g->target_span.start = g->target_span.end = -1;
    g->speaker_ent = -1;
    ws_stance_label_statement(worker, d, g);
    return d;
}

/* Labels text's statement (cue and content given by their text; content
 * NULL: a reported act) and checks the label set against want (labels
 * in order, WS_NEUTRAL alone for none). */
static void
expect_labels(const char *name, const char *lang, int kind, const char *text,
              const char *cue, const char *content, int want0, int want1)
{
    ws_statement g;
    ws_doc *d = label_one(lang, kind, text, cue, content, &g);
    if (d == NULL)
        return;
    int ok =
        g.nstance >= 1 && g.stance[0] == want0 &&
        (want1 < 0 ? g.nstance == 1 : g.nstance == 2 && g.stance[1] == want1);
    CHECK(ok, "%s: got %s%s%s", name,
          g.nstance ? ws_stance_name(g.stance[0]) : "none",
          g.nstance > 1 ? "+" : "",
          g.nstance > 1 ? ws_stance_name(g.stance[1]) : "");
    ws_doc_free(d);
}

/* "without X, Y cannot / must ...": a warning, and the modal of the
 * consequence is no demand; fixed phrases ("without delay") are no
 * condition. */
static void
test_negative_condition(void)
{
    expect_labels("without_consequence_is_warning", "en", WS_DIRECT,
                  "\"Without fresh money the clinic cannot stay open past "
                  "June,\" the director said.",
                  "said",
                  "Without fresh money the clinic cannot stay open "
                  "past June",
                  WS_WARNING, -1);
    expect_labels("without_delay_is_no_condition", "en", WS_DIRECT,
                  "\"The council must act without delay,\" the mayor said.",
                  "said", "The council must act without delay", WS_DEMAND, -1);
    expect_labels("ohne_modal_is_warning_not_demand", "de", WS_INDIRECT,
                  "Die Direktorin sagte, dass das Museum ohne neue Spenden "
                  "im Herbst schließen müsse.",
                  "sagte",
                  "das Museum ohne neue Spenden im Herbst "
                  "schließen müsse",
                  WS_WARNING, -1);
    expect_labels("ohne_across_sentence_split", "de", WS_INDIRECT,
                  "Die Direktorin sagte, dass das Museum ohne neue\n"
                  "Spenden im Herbst schließen müsse.",
                  "sagte",
                  "das Museum ohne neue\nSpenden im Herbst "
                  "schließen müsse",
                  WS_WARNING, -1);
    expect_labels("without_then_second_clause_is_no_warning", "en", WS_INDIRECT,
                  "The mayor said the bridge was finished without delays "
                  "and will not need more money.",
                  "said",
                  "the bridge was finished without delays and will "
                  "not need more money",
                  WS_NEUTRAL, -1);
    expect_labels("bez_negation_is_warning", "pl", WS_DIRECT,
                  "„Bez nowych funduszy szpital nie przetrwa zimy” – "
                  "powiedział dyrektor.",
                  "powiedział",
                  "Bez nowych funduszy szpital nie przetrwa "
                  "zimy",
                  WS_WARNING, -1);
    expect_labels("without_explanation_is_condemnation", "ru", WS_DIRECT,
                  "«Нашу заявку отклонили без объяснений», — сказал "
                  "директор.",
                  "сказал", "Нашу заявку отклонили без объяснений",
                  WS_CONDEMNATION, -1);
}

/* A hostile deed its agent denies ("we are not blocking ...") is a
 * denial; the same deed of another is an accusation. */
static void
test_denied_deed(void)
{
    expect_labels("own_negated_deed_is_denial", "en", WS_DIRECT,
                  "\"We are not blocking anything,\" the minister said.",
                  "said", "We are not blocking anything", WS_DENIAL, -1);
    expect_labels("others_deed_is_accusation", "en", WS_DIRECT,
                  "\"They are blocking the aid,\" the minister said.", "said",
                  "They are blocking the aid", WS_ACCUSATION, -1);
    expect_labels("own_negated_deed_is_denial_ru", "ru", WS_DIRECT,
                  "«Мы не блокируем транзит», — сказал министр.", "сказал",
                  "Мы не блокируем транзит", WS_DENIAL, -1);
}

/* Who will answer for the consequences: a warning in each language. */
static void
test_consequences(void)
{
    expect_labels("responsibility_for_consequences_ru", "ru", WS_DIRECT,
                  "«Вся ответственность за последствия ляжет на "
                  "организаторов», — заявил министр.",
                  "заявил",
                  "Вся ответственность за последствия ляжет на "
                  "организаторов",
                  WS_WARNING, -1);
    expect_labels("responsibility_for_consequences_en", "en", WS_DIRECT,
                  "\"The organisers will bear the consequences,\" the "
                  "minister said.",
                  "said", "The organisers will bear the consequences",
                  WS_WARNING, -1);
}

/* A full stop of an abbreviation inside the sentence did not end the
 * clause that names the subject ("Polska wydaje 4 proc. i oczekuje
 * ..."). */
static void
test_abbreviation_dot(void)
{
    expect_labels("abbrev_dot_keeps_subject", "pl", WS_INDIRECT,
                  "Jak podkreślił minister, Polska wydaje już 3 proc. i "
                  "oczekuje podobnego wysiłku od sąsiadów.",
                  "podkreślił",
                  "Polska wydaje już 3 proc. i oczekuje "
                  "podobnego wysiłku od sąsiadów",
                  WS_DEMAND, -1);
}

/* A punitive step announced under a condition is a threat; announced
 * without one it is a plan. */
static void
test_conditional_threat(void)
{
    expect_labels("conditional_halt_is_warning", "en", WS_REPORTED,
                  "The donors may halt their funding if the talks fail, the "
                  "envoy said.",
                  "may halt their funding", NULL, WS_WARNING, -1);
    expect_labels("plain_halt_is_plan", "en", WS_REPORTED,
                  "The firm will halt production at the old plant in May.",
                  "will halt production", NULL, WS_NEUTRAL, -1);
    expect_labels("conditional_suspend_de", "de", WS_INDIRECT,
                  "Der Minister sagte, man werde die Zahlungen aussetzen, "
                  "wenn die Reformen ausblieben.",
                  "sagte",
                  "man werde die Zahlungen aussetzen, wenn die "
                  "Reformen ausblieben",
                  WS_WARNING, -1);
}

/* Harm done is disapproval, a denied accident accuses, an exclamation
 * of exposure worries. */
static void
test_evaluations(void)
{
    expect_labels("undermines_is_condemnation", "en", WS_DIRECT,
                  "\"This decision undermines the whole treaty,\" the "
                  "senator said.",
                  "said", "This decision undermines the whole treaty",
                  WS_CONDEMNATION, -1);
    expect_labels("osłabia_się_is_neutral", "pl", WS_DIRECT,
                  "„Złoty osłabia się od tygodnia” – powiedział analityk.",
                  "powiedział", "Złoty osłabia się od tygodnia", WS_NEUTRAL,
                  -1);
    expect_labels("not_an_accident_accuses", "en", WS_DIRECT,
                  "\"The fire at the depot was not an accident,\" the "
                  "governor said.",
                  "said", "The fire at the depot was not an accident",
                  WS_ACCUSATION, -1);
    expect_labels("how_vulnerable_is_concern", "en", WS_INDIRECT,
                  "The mayor said the flood showed how vulnerable the old "
                  "bridges are.",
                  "said",
                  "the flood showed how vulnerable the old bridges "
                  "are",
                  WS_CONCERN, -1);
}

/* A violation named by the speaker accuses; an accusation noun that a
 * denial word follows is the claim denied; an announced answer warns
 * without instructing. */
static void
test_violations_and_denials(void)
{
    expect_labels("violation_of_accuses", "en", WS_DIRECT,
                  "\"The new checkpoints are a violation of the truce,\" the "
                  "mayor said.",
                  "said", "The new checkpoints are a violation of the truce",
                  WS_ACCUSATION, -1);
    expect_labels("verstoß_gegen_accuses", "de", WS_DIRECT,
                  "„Die Sperre ist ein Verstoß gegen den Vertrag“, sagte die "
                  "Ministerin.",
                  "sagte", "Die Sperre ist ein Verstoß gegen den Vertrag",
                  WS_ACCUSATION, -1);
    expect_labels("allegations_baseless_is_denial", "en", WS_DIRECT,
                  "\"The allegations against our staff are baseless,\" the "
                  "director said.",
                  "said", "The allegations against our staff are baseless",
                  WS_DENIAL, -1);
    expect_labels("vorwürfe_haltlos_is_denial", "de", WS_DIRECT,
                  "„Die Vorwürfe sind völlig haltlos“, sagte der Sprecher.",
                  "sagte", "Die Vorwürfe sind völlig haltlos", WS_DENIAL, -1);
    expect_labels("respond_firmly_warns_only", "en", WS_DIRECT,
                  "\"We will respond firmly to any incursion,\" the general "
                  "said.",
                  "said", "We will respond firmly to any incursion", WS_WARNING,
                  -1);
}

/* Disowning a link denies; lying accuses; a disaster as a predicted
 * outcome warns, a disaster reported as past or present does not. */
static void
test_disowning_lies_dangers(void)
{
    expect_labels("nothing_to_do_with_denies", "en", WS_DIRECT,
                  "\"Our agency has nothing to do with the fire,\" the "
                  "spokeswoman said.",
                  "said", "Our agency has nothing to do with the fire",
                  WS_DENIAL, -1);
    expect_labels("nichts_mit_zu_tun_denies", "de", WS_DIRECT,
                  "„Wir haben nichts mit dem Brand zu tun“, sagte die "
                  "Sprecherin.",
                  "sagte", "Wir haben nichts mit dem Brand zu tun", WS_DENIAL,
                  -1);
    expect_labels("nie_ma_nic_wspólnego_denies", "pl", WS_DIRECT,
                  "„Agencja nie ma nic wspólnego z pożarem” – powiedziała "
                  "rzeczniczka.",
                  "powiedziała", "Agencja nie ma nic wspólnego z pożarem",
                  WS_DENIAL, -1);
    expect_labels("lying_accuses_ru", "ru", WS_DIRECT,
                  "«Мэрия обманула жителей района», — сказал депутат.",
                  "сказал", "Мэрия обманула жителей района", WS_ACCUSATION, -1);
    expect_labels("lead_to_catastrophe_warns", "en", WS_DIRECT,
                  "\"Closing the dam could lead to a catastrophe,\" the "
                  "engineer said.",
                  "said", "Closing the dam could lead to a catastrophe",
                  WS_WARNING, -1);
    expect_labels("zu_katastrophe_führen_warns", "de", WS_DIRECT,
                  "„Das kann zu einer Katastrophe führen“, sagte der "
                  "Ingenieur.",
                  "sagte", "Das kann zu einer Katastrophe führen", WS_WARNING,
                  -1);
    expect_labels("past_war_is_no_warning", "en", WS_DIRECT,
                  "\"The war ended twenty years ago,\" the historian said.",
                  "said", "The war ended twenty years ago", WS_NEUTRAL, -1);
}

/* A verb after "and" shares its subject; a parenthetical hedge between
 * commas hedges; a refusal before the comma of its infinitive clause
 * refuses; bearing the responsibility accuses in either word order. */
static void
test_clause_structure(void)
{
    expect_labels("coordinated_act_shares_subject_pl", "pl", WS_DIRECT,
                  "„Potępiamy ten zamach i wzywamy do spokoju” – powiedział "
                  "wojewoda.",
                  "powiedział", "Potępiamy ten zamach i wzywamy do spokoju",
                  WS_CONDEMNATION, WS_DEMAND);
    expect_labels("parenthetical_hedge_ru", "ru", WS_DIRECT,
                  "«Мы, возможно, осудим это решение», — сказал депутат.",
                  "сказал", "Мы, возможно, осудим это решение", WS_NEUTRAL, -1);
    expect_labels("refusal_before_comma_de", "de", WS_REPORTED,
                  "Die Ministerin weigerte sich, das Urteil zu kritisieren.",
                  "weigerte sich, das Urteil zu kritisieren", NULL, WS_NEUTRAL,
                  -1);
    /* entries written as the tokenizer splits the words: French
     * elisions ("s' est", "d' armes"), hyphens ("cover - up"), English
     * contractions kept whole ("we'll") */
    expect_labels("elided_refusal_fr", "fr", WS_REPORTED,
                  "Le ministre s'est abstenu de condamner l'attaque.",
                  "condamner", NULL, WS_NEUTRAL, -1);
    expect_labels("elided_phrase_fr", "fr", WS_INDIRECT,
                  "Le ministre a affirmé que des groupes se livraient au "
                  "trafic d'armes.",
                  "a affirmé", "des groupes se livraient au trafic d'armes",
                  WS_ACCUSATION, -1);
    expect_labels("hyphenated_phrase_en", "en", WS_DIRECT,
                  "\"It was a cover-up,\" the senator said.", "said",
                  "It was a cover-up", WS_ACCUSATION, -1);
    expect_labels("hyphenated_phrase_uk", "uk", WS_DIRECT,
                  "«Ми стоїмо пліч-о-пліч з Україною», — сказав міністр.",
                  "сказав", "Ми стоїмо пліч-о-пліч з Україною", WS_SUPPORT, -1);
    expect_labels("contracted_intent_marker_en", "en", WS_DIRECT,
                  "\"We'll impose a blockade,\" the admiral said.", "said",
                  "We'll impose a blockade", WS_WARNING, -1);
    expect_labels("not_acceptable_fr", "fr", WS_DIRECT,
                  "« Ce n'est pas acceptable », a déclaré le ministre.",
                  "a déclaré", "Ce n'est pas acceptable", WS_CONDEMNATION, -1);
    expect_labels("not_acceptable_de", "de", WS_DIRECT,
                  "„Das ist nicht hinnehmbar“, sagte der Minister.", "sagte",
                  "Das ist nicht hinnehmbar", WS_CONDEMNATION, -1);
    expect_labels("facts_ignored_subject_clause_ru", "ru", WS_DIRECT,
                  "«Кто говорит о провале, не знает фактов», — сказал "
                  "министр.",
                  "сказал", "Кто говорит о провале, не знает фактов", WS_DENIAL,
                  -1);
    expect_labels("inverted_condition_no_demand_en", "en", WS_REPORTED,
                  "The senator threatened to make the clerk testify in "
                  "public, should he fail to answer.",
                  "threatened", NULL, WS_WARNING, -1);
    expect_labels("cost_in_lives_warns_de", "de", WS_DIRECT,
                  "„Jeder Tag Verzögerung kostet Menschenleben“, sagte der "
                  "Minister.",
                  "sagte", "Jeder Tag Verzögerung kostet Menschenleben",
                  WS_WARNING, -1);
    expect_labels("war_crime_named_de", "de", WS_DIRECT,
                  "„Das ist ein Kriegsverbrechen“, sagte der Minister.",
                  "sagte", "Das ist ein Kriegsverbrechen", WS_CONDEMNATION, -1);
    expect_labels("regret_over_decision_en", "en", WS_REPORTED,
                  "The ministry expressed regret over the decision.",
                  "expressed", "regret over the decision", WS_CONDEMNATION, -1);
    expect_labels("regret_own_words_en", "en", WS_INDIRECT,
                  "The senator said he regretted his comments.", "said",
                  "he regretted his comments", WS_NEUTRAL, -1);
    expect_labels("possible_act_hedged_uk", "uk", WS_REPORTED,
                  "Міністерство може засудити цей крок.", "засудити", NULL,
                  WS_NEUTRAL, -1);
    expect_labels("possible_act_hedged_ru", "ru", WS_REPORTED,
                  "МИД может осудить этот шаг.", "осудить", NULL, WS_NEUTRAL,
                  -1);
    expect_labels("refusal_lehnte_es_ab_de", "de", WS_REPORTED,
                  "Der Minister lehnte es ab, das Urteil zu verurteilen.",
                  "lehnte", NULL, WS_NEUTRAL, -1);
    expect_labels("rejection_lehnte_ab_de", "de", WS_REPORTED,
                  "Der Sprecher lehnte die Vorwürfe ab.", "lehnte", NULL,
                  WS_DENIAL, -1);
    expect_labels("responsibility_inverted_ru", "ru", WS_DIRECT,
                  "«Ответственность за поджог склада несёт подрядчик», — "
                  "заявил мэр.",
                  "заявил",
                  "Ответственность за поджог склада несёт "
                  "подрядчик",
                  WS_ACCUSATION, -1);
    expect_labels("responsibility_bears_pl", "pl", WS_DIRECT,
                  "„Za pożar odpowiedzialność ponosi wykonawca” – powiedział "
                  "burmistrz.",
                  "powiedział", "Za pożar odpowiedzialność ponosi wykonawca",
                  WS_ACCUSATION, -1);
}

/* An instruction is an infinitive marker opening the content, not one
 * ending a refusal inside a condition ("warned that if the council fails
 * to act ..." warns and instructs nobody); a light verb makes a nodet act
 * noun the subject's own ("reiterated its demand"), a determiner before
 * the verb does not ("the repeated demands of"); a comparative is no
 * praise though its stem is ("the greater good"); "ought to" demands. */
static void
test_instructions_and_light_verbs(void)
{
    expect_labels("warning_condition_no_instruction", "en", WS_INDIRECT,
                  "The mayor warned that if the council fails to act, the "
                  "bridge could close.",
                  "warned",
                  "if the council fails to act, the bridge could close",
                  WS_WARNING, -1);
    expect_labels("warning_instruction_still_demands", "en", WS_INDIRECT,
                  "The agency warned the towns to prepare for floods.",
                  "warned", "the towns to prepare for floods", WS_WARNING,
                  WS_DEMAND);
    expect_labels("light_verb_own_demand", "en", WS_REPORTED,
                  "The union reiterated its demand that the firm raise "
                  "wages.",
                  "reiterated", "its demand that the firm raise wages",
                  WS_DEMAND, -1);
    expect_labels("light_verb_quoted_noun", "en", WS_INDIRECT,
                  "The senator says he is making \"a demand\" of the board.",
                  "says", "he is making \"a demand\" of the board", WS_DEMAND,
                  -1);
    expect_labels("repeated_demands_of_others", "en", WS_INDIRECT,
                  "The mayor said the repeated demands of the opposition "
                  "were heard.",
                  "said", "the repeated demands of the opposition were heard",
                  WS_NEUTRAL, -1);
    expect_labels("comparative_no_praise", "en", WS_INDIRECT,
                  "The chief said police should release the tapes for the "
                  "greater good.",
                  "said",
                  "police should release the tapes for the greater good",
                  WS_DEMAND, -1);
    expect_labels("ought_to_demands", "en", WS_INDIRECT,
                  "The senator said the governor ought to apologize.", "said",
                  "the governor ought to apologize", WS_DEMAND, -1);
}

/* Asking others to back someone backs them ("urged the council to
 * support the plan": demand and support), asking them to act does not
 * ("to retaliate", "to stop supporting"); a means "to use against" a
 * target threatens, in every language that lists it. */
static void
test_instructed_support_and_threats(void)
{
    expect_labels("instructed_support", "en", WS_REPORTED,
                  "The envoy urged the council to support the peace plan.",
                  "urged", NULL, WS_DEMAND, WS_SUPPORT);
    expect_labels("instructed_act_no_second_stance", "en", WS_INDIRECT,
                  "The senator called on the president to retaliate against "
                  "the raiders.",
                  "called on", "the president to retaliate against the raiders",
                  WS_DEMAND, -1);
    expect_labels("instructed_stop_supporting", "en", WS_INDIRECT,
                  "The envoy urged the state to stop supporting the rebels.",
                  "urged", "the state to stop supporting the rebels", WS_DEMAND,
                  -1);
    expect_labels("weapons_to_use_against_en", "en", WS_REPORTED,
                  "The militia claims to be building drones to use against "
                  "the port.",
                  "claims", NULL, WS_WARNING, -1);
    expect_labels("weapons_to_use_against_ru", "ru", WS_INDIRECT,
                  "Группировка заявила, что собирает дроны, чтобы "
                  "использовать против порта.",
                  "заявила",
                  "что собирает дроны, чтобы использовать против порта",
                  WS_WARNING, -1);
}

/* "We will not tolerate" warns though negated; another party's concerns
 * understood are not the speaker's; weapons smuggling alleged accuses. */
static void
test_tolerance_concerns_smuggling(void)
{
    expect_labels("will_not_tolerate_fr", "fr", WS_DIRECT,
                  "« Nous ne tolérerons aucune provocation », a déclaré le "
                  "préfet.",
                  "a déclaré", "Nous ne tolérerons aucune provocation",
                  WS_WARNING, -1);
    expect_labels("will_not_tolerate_en", "en", WS_DIRECT,
                  "\"We will not tolerate attacks on our crews,\" the mayor "
                  "said.",
                  "said", "We will not tolerate attacks on our crews",
                  WS_WARNING, -1);
    expect_labels("others_concerns_understood_pl", "pl", WS_DIRECT,
                  "„Rozumiemy obawy rolników, ale droga musi powstać” – "
                  "powiedział wojewoda.",
                  "powiedział",
                  "Rozumiemy obawy rolników, ale droga musi powstać", WS_DEMAND,
                  -1);
    expect_labels("reported_clause_third_party_act", "en", WS_REPORTED,
                  "The judge noted voters are beginning to demand shorter "
                  "queues.",
                  "noted", "voters are beginning to demand shorter queues",
                  WS_NEUTRAL, -1);
    expect_labels("reported_object_act_counts", "en", WS_REPORTED,
                  "The minister announced a new cooperation agreement with "
                  "the port.",
                  "announced", "a new cooperation agreement with the port",
                  WS_SUPPORT, -1);
    expect_labels("modal_second_person_fr", "fr", WS_DIRECT,
                  "« Vous devez quitter la zone », a déclaré le préfet.",
                  "a déclaré", "Vous devez quitter la zone", WS_DEMAND, -1);
    expect_labels("modal_must_not_de", "de", WS_DIRECT,
                  "„Die Blockade darf nicht weitergehen“, sagte die "
                  "Ministerin.",
                  "sagte", "Die Blockade darf nicht weitergehen", WS_DEMAND,
                  -1);
    expect_labels("first_person_resolve_pl", "pl", WS_DIRECT,
                  "„Musimy na to odpowiedzieć” – powiedział minister.",
                  "powiedział", "Musimy na to odpowiedzieć", WS_NEUTRAL, -1);
    expect_labels("disappointment_disapproves_fr", "fr", WS_DIRECT,
                  "« Nous sommes très déçus par ce vote », a déclaré le "
                  "ministre.",
                  "a déclaré", "Nous sommes très déçus par ce vote",
                  WS_CONDEMNATION, -1);
    expect_labels("groundless_short_form_ru", "ru", WS_DIRECT,
                  "«Эти обвинения беспочвенны», — заявил представитель.",
                  "заявил", "Эти обвинения беспочвенны", WS_DENIAL, -1);
    expect_labels("call_on_present_plural_de", "de", WS_DIRECT,
                  "„Wir rufen beide Seiten zur Zurückhaltung auf“, sagte der "
                  "Minister.",
                  "sagte", "Wir rufen beide Seiten zur Zurückhaltung auf",
                  WS_DEMAND, -1);
    expect_labels("arms_smuggling_alleged_ru", "ru", WS_INDIRECT,
                  "Министр заявил, что банды ведут контрабанду оружия через "
                  "реку.",
                  "заявил", "что банды ведут контрабанду оружия через реку",
                  WS_ACCUSATION, -1);
}

/* The target of a cue's act stops before an intensity phrase ("the
 * attack in the strongest terms": target "the attack", intensity
 * strong). */
static void
test_target_without_intensity(void)
{
    const char *text = "The ministry condemned the raid in the strongest "
                       "terms.";
    ws_statement g;
    ws_doc *d = label_one("en", WS_REPORTED, text, "condemned",
                          "the raid in the strongest terms", &g);
    if (d == NULL)
        return;
    CHECK(g.nstance == 1 && g.stance[0] == WS_CONDEMNATION && g.intensity &&
              strcmp(g.intensity, "strong") == 0 && g.target &&
              strcmp(g.target, "the raid") == 0,
          "target_without_intensity: target '%s' intensity %s",
          g.target ? g.target : "", g.intensity ? g.intensity : "-");
    ws_doc_free(d);
}

/* Labels text's statement (cue and content given by their text) and
 * checks its target. */
static void
expect_target(const char *name, const char *lang, int kind, const char *text,
              const char *cue, const char *content, const char *want)
{
    ws_statement g;
    ws_doc *d = label_one(lang, kind, text, cue, content, &g);
    if (d == NULL)
        return;
    CHECK(g.target && strcmp(g.target, want) == 0, "%s: target '%s'", name,
          g.target ? g.target : "");
    ws_doc_free(d);
}

/* An intensity phrase between the cue and its object is no part of the
 * target ("condemned in the strongest terms the attack on the convoy");
 * an auxiliary inside the denied claim does not end it ("denied that
 * troops had crossed the border"). */
static void
test_target_edges(void)
{
    expect_target("target_after_intensity", "en", WS_REPORTED,
                  "The council condemned in the strongest terms the attack "
                  "on the convoy.",
                  "condemned",
                  "in the strongest terms the attack on the convoy",
                  "the attack on the convoy");
    expect_target("target_subject_of_predicate_noun", "en", WS_DIRECT,
                  "\"The strike was an outrage,\" the minister said.", "said",
                  "The strike was an outrage", "The strike");
    expect_target("target_without_separable_particle_de", "de", WS_REPORTED,
                  "Der Sprecher wies die Vorwürfe entschieden zurück.", "wies",
                  "die Vorwürfe entschieden zurück", "die Vorwürfe");
    expect_target("target_claim_with_auxiliary", "en", WS_INDIRECT,
                  "The spokesman denied that troops had crossed the border.",
                  "denied", "troops had crossed the border",
                  "troops had crossed the border");
}

/* The target of a demand is the act asked for, not whom it is asked of;
 * quote marks around a stance word do not end its target; a conjunction
 * right after a predicated stance word sends the target to its subject
 * (before: "its members to reject the offer", no target, "and must
 * stop", "and"). */
static void
test_target_act_quotes_subject(void)
{
    expect_target("target_of_demand_is_the_act", "en", WS_REPORTED,
                  "The union urged its members to reject the offer.", "urged",
                  "its members to reject the offer", "reject the offer");
    expect_target("target_after_quoted_concern_de", "de", WS_INDIRECT,
                  "Er sei »tief besorgt« über die Lage im Hafen, sagte der "
                  "Minister.",
                  "sagte", "Er sei »tief besorgt« über die Lage im Hafen",
                  "die Lage im Hafen");
    expect_target("target_subject_before_conjunction", "en", WS_DIRECT,
                  "\"These raids are unacceptable and must stop,\" the mayor "
                  "said.",
                  "said", "These raids are unacceptable and must stop",
                  "These raids");
    expect_target("target_subject_of_quoted_predicate", "en", WS_INDIRECT,
                  "The mayor said the raids were \"unlawful\" and would be "
                  "challenged.",
                  "said", "the raids were \"unlawful\" and would be challenged",
                  "the raids");
    /* a hostile deed accuses its agent: the subject is the target
     * (before: "the market", "город") */
    expect_target("target_agent_of_deed", "en", WS_INDIRECT,
                  "The mayor said the rebels shelled the market again.", "said",
                  "the rebels shelled the market again", "the rebels");
    expect_target("target_agent_of_deed_ru", "ru", WS_INDIRECT,
                  "Мэр заявил, что армия обстреливает город.", "заявил",
                  "армия обстреливает город", "армия");
    /* the accused, not the charge (before: the whole object phrase) */
    expect_target("target_accused_not_charge", "en", WS_REPORTED,
                  "The minister accused the militia in Goma of looting "
                  "shops.",
                  "accused", "the militia in Goma of looting shops",
                  "the militia in Goma");
    expect_target("target_accused_not_charge_pl", "pl", WS_REPORTED,
                  "Minister oskarżył zarząd kopalni o zaniedbania.", "oskarżył",
                  "zarząd kopalni o zaniedbania", "zarząd kopalni");
    /* a copula is no part of the subject target (before: "Ces frappes
     * sont") */
    expect_target("target_without_copula_fr", "fr", WS_DIRECT,
                  "« Ces frappes sont inacceptables et doivent cesser », a "
                  "déclaré le ministre.",
                  "a déclaré",
                  "Ces frappes sont inacceptables et doivent cesser",
                  "Ces frappes");
}

/* A demanded act ends before a time or reason clause after its object
 * (before: "withdraw the fee before the vote on Monday"); an adjunct
 * right after the verb is its argument ("wait for the results"), a place
 * stays ("in the harbour"). */
static void
test_target_demand_ends_at_reason_clause(void)
{
    expect_target("demand_ends_before_time_clause", "en", WS_REPORTED,
                  "The union called on the council to withdraw the fee "
                  "before the vote on Monday.",
                  "called on",
                  "the council to withdraw the fee before the vote on Monday",
                  "withdraw the fee");
    expect_target("demand_ends_before_reason", "en", WS_REPORTED,
                  "The mayor urged the company to apologise to the tenants "
                  "for the week without heating.",
                  "urged",
                  "the company to apologise to the tenants for the week "
                  "without heating",
                  "apologise to the tenants");
    expect_target("demand_keeps_argument_of_verb", "en", WS_REPORTED,
                  "The police urged residents to wait for the official "
                  "results.",
                  "urged", "residents to wait for the official results",
                  "wait for the official results");
    expect_target("demand_keeps_place", "en", WS_REPORTED,
                  "The captain urged the crews to double the patrols in the "
                  "harbour.",
                  "urged", "the crews to double the patrols in the harbour",
                  "double the patrols in the harbour");
}

/* The target of a concern, a warning or a charge given as a content
 * clause is the clause's subject, before its auxiliary, copula or modal,
 * without the complementizer (before: "that the drought could ruin the
 * harvest"); a denied claim keeps its verb, without "that". */
static void
test_target_clause_subject(void)
{
    expect_target("warning_target_is_subject", "en", WS_INDIRECT,
                  "The analyst warned that the long drought could ruin the "
                  "harvest.",
                  "warned", "that the long drought could ruin the harvest",
                  "the long drought");
    expect_target("concern_target_is_subject", "en", WS_INDIRECT,
                  "The governor worried that the old flood barriers may fail "
                  "in spring.",
                  "worried", "that the old flood barriers may fail in spring",
                  "the old flood barriers");
    expect_target("denial_target_without_comp", "en", WS_INDIRECT,
                  "The spokesman denied that the troops had crossed the river.",
                  "denied", "that the troops had crossed the river",
                  "the troops had crossed the river");
    expect_target("warning_target_is_subject_fr", "fr", WS_INDIRECT,
                  "Le maire a averti que la hausse des loyers pourrait chasser "
                  "les familles.",
                  "a averti",
                  "que la hausse des loyers pourrait chasser les familles",
                  "la hausse des loyers");
    expect_target("warning_target_without_comp_de", "de", WS_INDIRECT,
                  "Der Experte warnte, dass die Dürre die Ernte vernichten "
                  "könnte.",
                  "warnte", "dass die Dürre die Ernte vernichten könnte",
                  "die Dürre die Ernte vernichten");
    /* a condition opens a clause of its own: no part of the target */
    expect_target("condition_ends_target", "en", WS_REPORTED,
                  "The board warned of higher fares if the strike goes on.",
                  "warned", "of higher fares if the strike goes on",
                  "higher fares");
}

/* What an agent (a pronoun, a name, a role) would do is the danger
 * warned of, not the agent (before: "it", "il", "Москва"). */
static void
test_target_danger_of_agent_is_its_act(void)
{
    expect_target("danger_is_act_of_pronoun", "en", WS_INDIRECT,
                  "The envoy warned that it could still close the border "
                  "crossing.",
                  "warned", "that it could still close the border crossing",
                  "close the border crossing");
    expect_target("danger_is_act_of_pronoun_fr", "fr", WS_INDIRECT,
                  "Le ministre a averti qu'il pourrait fermer le port.",
                  "a averti", "qu'il pourrait fermer le port",
                  "fermer le port");
    expect_target("danger_is_act_of_name_ru", "ru", WS_INDIRECT,
                  "Министр предупредил, что Москва может закрыть границу.",
                  "предупредил", "что Москва может закрыть границу",
                  "закрыть границу");
}

/* A named phrase ("what the mayor called ...", "ce qu'il a qualifié
 * de ...") is the target, not the relative before it; a short quotation
 * inside the phrase is part of it; an object quoted whole is its words
 * (before: "what the mayor called", "a", "trouver"). */
static void
test_target_named_and_quoted_phrase(void)
{
    expect_target("named_phrase_is_target", "en", WS_REPORTED,
                  "The envoy condemned what the mayor called a betrayal of "
                  "the city.",
                  "condemned", "what the mayor called a betrayal of the city",
                  "a betrayal of the city");
    expect_target("named_phrase_is_target_pl", "pl", WS_REPORTED,
                  "Minister potępił to, co nazwał zdradą miasta.", "potępił",
                  "to, co nazwał zdradą miasta", "zdradą miasta");
    expect_target("quotation_inside_phrase", "en", WS_REPORTED,
                  "The council condemned a \"reckless breach\" of the truce.",
                  "condemned", "a \"reckless breach\" of the truce",
                  "a \"reckless breach\" of the truce");
    expect_target("object_quoted_whole_fr", "fr", WS_REPORTED,
                  "Le préfet a appelé les syndicats à « reprendre vite le "
                  "dialogue ».",
                  "a appelé", "les syndicats à « reprendre vite le dialogue »",
                  "reprendre vite le dialogue");
}

/* An object inside the cue after its stance word is the target ("accused
 * the harbour master of", before: "taking bribes"); a charge predicated
 * of a subject accuses the subject ("is lying", before: "the budget");
 * a demand without an infinitive marker asks for what follows the
 * preposition of the act or the quotation after the addressee (before:
 * the whole content, "стороны"). */
static void
test_target_cue_object_subject_and_asked_act(void)
{
    expect_target("cue_object_is_accused", "en", WS_REPORTED,
                  "The mayor accused the harbour master of taking bribes.",
                  "accused the harbour master of", "taking bribes",
                  "the harbour master");
    expect_target("cue_object_is_derided", "en", WS_REPORTED,
                  "The critic derided the new stadium as a folly.",
                  "derided the new stadium", "as a folly", "the new stadium");
    expect_target("predicated_charge_accuses_subject", "en", WS_INDIRECT,
                  "The senator says the governor is lying about the budget.",
                  "says", "the governor is lying about the budget",
                  "the governor");
    expect_target("asked_act_after_preposition_pl", "pl", WS_REPORTED,
                  "Wojewoda zaapelował do kierowców o ostrożność na drogach.",
                  "zaapelował", "do kierowców o ostrożność na drogach",
                  "ostrożność na drogach");
    expect_target("asked_act_after_preposition_uk", "uk", WS_REPORTED,
                  "Міністр закликав обидві громади до переговорів.", "закликав",
                  "обидві громади до переговорів", "переговорів");
    expect_target("asked_act_quoted_ru", "ru", WS_REPORTED,
                  "Посол призвал соседей «не закрывать границу».", "призвал",
                  "соседей «не закрывать границу»", "не закрывать границу");
}

/* A target runs over a coordination of like phrases ("higher wages and
 * safer shifts", before: "higher wages") but not into a second predicate
 * ("and said ..."); a time or channel phrase ends it ("on Twitter",
 * before: kept); "by" ends a demanded act after its object (before:
 * "by next spring" kept). */
static void
test_target_coordination_and_adjuncts(void)
{
    expect_target("coordinated_objects", "en", WS_REPORTED,
                  "The union demanded higher wages and safer shifts.",
                  "demanded", "higher wages and safer shifts",
                  "higher wages and safer shifts");
    expect_target("second_predicate_not_coordinated", "en", WS_REPORTED,
                  "The minister praised the rescuers and said the dam held.",
                  "praised", "the rescuers and said the dam held",
                  "the rescuers");
    expect_target("channel_ends_target", "en", WS_REPORTED,
                  "The governor thanked the nurses on Twitter.", "thanked",
                  "the nurses on Twitter", "the nurses");
    /* a capitalised pronoun after a subordinator is no name (before:
     * "the referee because I think he lied") */
    expect_target("subordinator_before_pronoun_ends_target", "en", WS_REPORTED,
                  "The coach criticized the referee because I think he lied.",
                  "criticized", "the referee because I think he lied",
                  "the referee");
    expect_target("by_ends_demanded_act", "en", WS_REPORTED,
                  "The mayor urged the landlords to repair the roofs by next "
                  "spring.",
                  "urged", "the landlords to repair the roofs by next spring",
                  "repair the roofs");
}

/* Session 5 lexicon entries: evaluative adjectives of condemnation in
 * each language, "no evidence that" as a denial (the French "ne" inside
 * the phrase is no negation of it), "risk" and "trigger" as verbs that
 * lead to a disaster (a warning), and adjectives of intensity before a
 * stance noun ("strong condemnation"). */
static void
test_session5_lexicon(void)
{
    expect_labels("cowardly_is_condemnation", "en", WS_INDIRECT,
                  "The mayor said the bombing of the market was cowardly.",
                  "said", "the bombing of the market was cowardly",
                  WS_CONDEMNATION, -1);
    expect_labels("unprovoked_is_condemnation", "en", WS_INDIRECT,
                  "The senator said it was an unprovoked assault on a "
                  "neighbour.",
                  "said", "it was an unprovoked assault on a neighbour",
                  WS_CONDEMNATION, -1);
    expect_labels("feige_is_condemnation_de", "de", WS_REPORTED,
                  "Die Bürgermeisterin sprach von einem feigen Überfall auf "
                  "die Wache.",
                  "sprach von", "einem feigen Überfall auf die Wache",
                  WS_CONDEMNATION, -1);
    expect_labels("tchorzliwy_is_condemnation_pl", "pl", WS_INDIRECT,
                  "Wojewoda powiedział, że był to tchórzliwy napad na "
                  "posterunek.",
                  "powiedział", "był to tchórzliwy napad na posterunek",
                  WS_CONDEMNATION, -1);
    expect_labels("unprovoked_is_condemnation_uk", "uk", WS_INDIRECT,
                  "Посол заявив, що це неспровокований напад на місто.",
                  "заявив", "це неспровокований напад на місто",
                  WS_CONDEMNATION, -1);
    expect_labels("no_evidence_that_is_denial", "en", WS_INDIRECT,
                  "The governor said there was no evidence that his office "
                  "had leaked the files.",
                  "said",
                  "there was no evidence that his office had leaked the "
                  "files",
                  WS_DENIAL, -1);
    expect_labels("no_evidence_of_a_virus_is_neutral", "en", WS_INDIRECT,
                  "The laboratory said there was no evidence of the virus "
                  "in the water.",
                  "said", "there was no evidence of the virus in the water",
                  WS_NEUTRAL, -1);
    expect_labels("aucune_preuve_ne_not_negation_fr", "fr", WS_INDIRECT,
                  "Le maire a affirmé qu'il n'existe aucune preuve d'une "
                  "fraude au scrutin.",
                  "a affirmé",
                  "il n'existe aucune preuve d'une fraude au scrutin",
                  WS_DENIAL, -1);
    expect_labels("no_evidence_ru", "ru", WS_INDIRECT,
                  "Губернатор заявил, что нет никаких доказательств "
                  "подделки бюллетеней.",
                  "заявил", "нет никаких доказательств подделки бюллетеней",
                  WS_DENIAL, -1);
    expect_labels("no_evidence_pl", "pl", WS_INDIRECT,
                  "Burmistrz powiedział, że nie ma dowodów na fałszerstwo.",
                  "powiedział", "nie ma dowodów na fałszerstwo", WS_DENIAL, -1);
    expect_labels("risk_verb_disaster_is_warning", "en", WS_INDIRECT,
                  "The envoy said the blockade risks a humanitarian "
                  "disaster.",
                  "said", "the blockade risks a humanitarian disaster",
                  WS_WARNING, -1);
    expect_labels("trigger_war_is_warning", "en", WS_INDIRECT,
                  "The minister said the annexation could trigger a war.",
                  "said", "the annexation could trigger a war", WS_WARNING, -1);

    const char *text = "The council voiced its strong condemnation of the "
                       "eviction.";
    ws_statement g;
    ws_doc *d = label_one("en", WS_REPORTED, text, "voiced",
                          "its strong condemnation of the eviction", &g);
    if (d == NULL)
        return;
    CHECK(g.nstance == 1 && g.stance[0] == WS_CONDEMNATION && g.intensity &&
              strcmp(g.intensity, "strong") == 0,
          "strong_adjective_is_intensity: %s %s",
          g.nstance ? ws_stance_name(g.stance[0]) : "none",
          g.intensity ? g.intensity : "-");
    ws_doc_free(d);
}

/* An act verb followed by a complementizer reports a third party's
 * speech: the evaluation after "claimed that" / "a confirmé que" in a
 * quote's second sentence is not the speaker's, in English and French. */
static void
test_act_verb_with_clause_is_nested_speech(void)
{
    expect_labels("claimed_that_next_sentence_en", "en", WS_DIRECT,
                  "\"Our readers deserve better. The tycoon claimed that a "
                  "reporter was unfit to work,\" the editor said.",
                  "said",
                  "Our readers deserve better. The tycoon claimed that a "
                  "reporter was unfit to work,",
                  WS_NEUTRAL, -1);
    expect_labels("a_confirme_que_next_sentence_fr", "fr", WS_DIRECT,
                  "« Nos lecteurs méritent mieux. Le magnat a confirmé que "
                  "la décision était scandaleuse », a dit la "
                  "rédactrice.",
                  "a dit",
                  "Nos lecteurs méritent mieux. Le magnat a confirmé que la "
                  "décision était scandaleuse",
                  WS_NEUTRAL, -1);
}

/* Target edges of session 5: a hyphen inside a compound does not end the
 * target; an adjunct preposition or subordinator after the object does
 * ("for his silence", "during a visit"), except in a demanded action,
 * whose verb takes its prepositions ("wait for the audit"); a German
 * copula is no part of the target ("sei"); the adjective "firm" is no
 * intensity when it is a noun. */
static void
test_target_adjuncts_and_compounds(void)
{
    expect_target("target_keeps_hyphen_compound", "en", WS_REPORTED,
                  "The senator defended his late-night posts.", "defended",
                  "his late-night posts", "his late-night posts");
    expect_target("target_ends_before_reason", "en", WS_REPORTED,
                  "The editor mocked the governor for his silence.", "mocked",
                  "the governor for his silence", "the governor");
    expect_target("target_ends_before_time_adjunct", "en", WS_REPORTED,
                  "The premier praised the rescuers during a visit to the "
                  "town.",
                  "praised", "the rescuers during a visit to the town",
                  "the rescuers");
    expect_target("target_without_copula_de", "de", WS_INDIRECT,
                  "Die Bürgermeisterin sagte, die Räumung sei inakzeptabel.",
                  "sagte", "die Räumung sei inakzeptabel", "die Räumung");
    expect_target("demanded_action_keeps_preposition", "en", WS_REPORTED,
                  "The union urged the firm to wait for the audit.", "urged",
                  "the firm to wait for the audit", "wait for the audit");

    const char *text = "The union urged the firm to wait for the audit.";
    ws_statement g;
    ws_doc *d = label_one("en", WS_REPORTED, text, "urged",
                          "the firm to wait for the audit", &g);
    if (d == NULL)
        return;
    CHECK(g.intensity == NULL || strcmp(g.intensity, "strong") != 0,
          "firm_noun_is_no_intensity: %s", g.intensity ? g.intensity : "-");
    ws_doc_free(d);
}

/* "deny someone the right / access / entry" withholds something; it
 * denies no claim (English "deny" does both; the other languages use a
 * verb of refusal).  "That's ridiculous" said of a claim dismisses it:
 * a denial, not a condemnation. */
static void
test_withheld_rights_and_dismissals(void)
{
    expect_labels("deny_the_right_is_no_denial", "en", WS_REPORTED,
                  "The court denied the defendant the right to a jury.",
                  "denied", NULL, WS_NEUTRAL, -1);
    expect_labels("denied_access_is_no_denial", "en", WS_REPORTED,
                  "The border guards denied the reporters access to the "
                  "camp.",
                  "denied", NULL, WS_NEUTRAL, -1);
    expect_labels("denied_claim_stays_denial", "en", WS_REPORTED,
                  "The ministry denied the reports of a secret deal.", "denied",
                  NULL, WS_DENIAL, -1);
    expect_labels("thats_ridiculous_is_denial", "en", WS_DIRECT,
                  "\"They say we knew in advance. That's ridiculous,\" "
                  "the minister said.",
                  "said", "They say we knew in advance. That's ridiculous",
                  WS_DENIAL, -1);
    expect_labels("ridiculous_decision_stays_condemnation", "en", WS_DIRECT,
                  "\"The decision to close the library is ridiculous,\" "
                  "the mayor said.",
                  "said", "The decision to close the library is ridiculous",
                  WS_CONDEMNATION, -1);
    expect_labels("cest_absurde_is_denial", "fr", WS_DIRECT,
                  "« On dit que nous étions au courant. C'est absurde », a "
                  "déclaré le ministre.",
                  "a déclaré",
                  "On dit que nous étions au courant. C'est absurde", WS_DENIAL,
                  -1);
    expect_labels("das_ist_absurd_is_denial", "de", WS_DIRECT,
                  "„Man sagt, wir hätten es gewusst. Das ist absurd“, sagte "
                  "der Minister.",
                  "sagte", "Man sagt, wir hätten es gewusst. Das ist absurd",
                  WS_DENIAL, -1);
    expect_labels("to_absurd_is_denial", "pl", WS_DIRECT,
                  "„Mówi się, że wiedzieliśmy o tym. To absurd” – powiedział "
                  "minister.",
                  "powiedział", "Mówi się, że wiedzieliśmy o tym. To absurd",
                  WS_DENIAL, -1);
    expect_labels("eto_absurd_is_denial", "ru", WS_DIRECT,
                  "«Говорят, что мы знали об этом. Это абсурд», — заявил "
                  "министр.",
                  "заявил", "Говорят, что мы знали об этом. Это абсурд",
                  WS_DENIAL, -1);
    expect_labels("tse_absurd_is_denial", "uk", WS_DIRECT,
                  "«Кажуть, що ми знали про це. Це абсурд», — заявив "
                  "міністр.",
                  "заявив", "Кажуть, що ми знали про це. Це абсурд", WS_DENIAL,
                  -1);
}

/* A stance word inside the name of a body or treaty names it; it is no
 * stance of the speaker ("opposed the Trans-Pacific Partnership" is no
 * support). */
static void
test_stance_word_in_name(void)
{
    expect_labels("partnership_in_treaty_name", "en", WS_REPORTED,
                  "The senator opposed the Trans-Pacific Partnership.",
                  "opposed", NULL, WS_NEUTRAL, -1);
    expect_labels("zusammenarbeit_in_org_name", "de", WS_REPORTED,
                  "Der Minister verließ das Ministerium für Zusammenarbeit.",
                  "verließ", NULL, WS_NEUTRAL, -1);
    expect_labels("cooperation_in_org_name", "fr", WS_REPORTED,
                  "Le ministre a quitté l'Organisation de coopération et de "
                  "développement économiques.",
                  "a quitté", NULL, WS_NEUTRAL, -1);
    expect_labels("wspolpracy_in_org_name", "pl", WS_REPORTED,
                  "Minister opuścił Organizację Współpracy Gospodarczej i "
                  "Rozwoju.",
                  "opuścił", NULL, WS_NEUTRAL, -1);
    expect_labels("sotrudnichestvu_in_org_name", "ru", WS_REPORTED,
                  "Министр покинул Организацию экономического "
                  "сотрудничества и развития.",
                  "покинул", NULL, WS_NEUTRAL, -1);
    expect_labels("solidarnist_in_party_name", "uk", WS_REPORTED,
                  "Депутат залишив партію Європейська Солідарність.", "залишив",
                  NULL, WS_NEUTRAL, -1);
    expect_labels("cue_in_headline_is_no_name", "en", WS_REPORTED,
                  "Harbour Authority Faces Allegations of Bribery",
                  "Allegations of", NULL, WS_ACCUSATION, -1);
    expect_labels("support_outside_name_stays", "en", WS_REPORTED,
                  "The senator praised the Trans-Pacific Partnership.",
                  "praised", NULL, WS_SUPPORT, -1);
}

/* What an inquiry is about ("an investigation of illegal arms sales") is
 * not yet anyone's verdict: no condemnation of the speaker; the same
 * word as the speaker's own evaluation stays one. */
static void
test_inquiry_matter(void)
{
    expect_labels("investigation_of_illegal_is_no_condemnation", "en",
                  WS_INDIRECT,
                  "Court sources said the judge opened an investigation of "
                  "illegal timber exports.",
                  "said",
                  "the judge opened an investigation of illegal timber "
                  "exports",
                  WS_NEUTRAL, -1);
    expect_labels("illegal_verdict_stays_condemnation", "en", WS_INDIRECT,
                  "The minister said the timber exports were illegal.", "said",
                  "the timber exports were illegal", WS_CONDEMNATION, -1);
    expect_labels("ermittlungen_wegen_illegaler", "de", WS_INDIRECT,
                  "Justizkreise sagten, der Richter habe Ermittlungen wegen "
                  "illegaler Holzexporte eingeleitet.",
                  "sagten",
                  "der Richter habe Ermittlungen wegen illegaler "
                  "Holzexporte eingeleitet",
                  WS_NEUTRAL, -1);
    expect_labels("enquete_sur_illegales", "fr", WS_INDIRECT,
                  "Des sources judiciaires ont indiqué que le juge a ouvert "
                  "une enquête sur des exportations illégales de bois.",
                  "ont indiqué",
                  "le juge a ouvert une enquête sur des exportations "
                  "illégales de bois",
                  WS_NEUTRAL, -1);
    expect_labels("sledztwo_w_sprawie_nielegalnego", "pl", WS_INDIRECT,
                  "Źródła w sądzie podały, że sędzia wszczął śledztwo w "
                  "sprawie nielegalnego eksportu drewna.",
                  "podały",
                  "sędzia wszczął śledztwo w sprawie nielegalnego "
                  "eksportu drewna",
                  WS_NEUTRAL, -1);
    expect_labels("rassledovanie_nezakonnogo", "ru", WS_INDIRECT,
                  "Источники в суде сообщили, что судья начал расследование "
                  "незаконного экспорта леса.",
                  "сообщили",
                  "судья начал расследование незаконного экспорта леса",
                  WS_NEUTRAL, -1);
    expect_labels("rozsliduvannia_nezakonnoho", "uk", WS_INDIRECT,
                  "Джерела в суді повідомили, що суддя розпочав "
                  "розслідування незаконного експорту лісу.",
                  "повідомили",
                  "суддя розпочав розслідування незаконного експорту лісу",
                  WS_NEUTRAL, -1);
}

/* A disaster or damage the speaker acts "to avoid" is a predicted
 * outcome: a warning, like one an act "could lead to". */
static void
test_averted_danger(void)
{
    expect_labels("to_avoid_damage_is_warning", "en", WS_DIRECT,
                  "\"We are cutting the quota now to avoid lasting damage to "
                  "the fishery,\" the minister said.",
                  "said",
                  "We are cutting the quota now to avoid lasting damage to "
                  "the fishery",
                  WS_WARNING, -1);
    expect_labels("damage_done_is_no_warning", "en", WS_DIRECT,
                  "\"The storm caused damage to the harbour,\" the mayor "
                  "said.",
                  "said", "The storm caused damage to the harbour", WS_NEUTRAL,
                  -1);
    expect_labels("schaden_abzuwenden_is_warning", "de", WS_DIRECT,
                  "„Wir senken die Quote jetzt, um dauerhaften Schaden von der "
                  "Fischerei abzuwenden“, sagte der Minister.",
                  "sagte",
                  "Wir senken die Quote jetzt, um dauerhaften Schaden von "
                  "der Fischerei abzuwenden",
                  WS_WARNING, -1);
    expect_labels("pour_eviter_des_dommages_is_warning", "fr", WS_DIRECT,
                  "« Nous réduisons le quota maintenant pour éviter des "
                  "dommages durables à la pêche », a déclaré le ministre.",
                  "a déclaré",
                  "Nous réduisons le quota maintenant pour éviter des "
                  "dommages durables à la pêche",
                  WS_WARNING, -1);
    expect_labels("aby_uniknac_szkod_is_warning", "pl", WS_DIRECT,
                  "„Obniżamy limit teraz, aby uniknąć trwałych szkód dla "
                  "rybołówstwa” – powiedział minister.",
                  "powiedział",
                  "Obniżamy limit teraz, aby uniknąć trwałych szkód dla "
                  "rybołówstwa",
                  WS_WARNING, -1);
    expect_labels("chtoby_izbezhat_ushcherba_is_warning", "ru", WS_DIRECT,
                  "«Мы снижаем квоту сейчас, чтобы избежать долгосрочного "
                  "ущерба для рыболовства», — заявил министр.",
                  "заявил",
                  "Мы снижаем квоту сейчас, чтобы избежать долгосрочного "
                  "ущерба для рыболовства",
                  WS_WARNING, -1);
    expect_labels("shchob_unyknuty_shkody_is_warning", "uk", WS_DIRECT,
                  "«Ми знижуємо квоту зараз, щоб уникнути тривалої шкоди "
                  "для рибальства», — заявив міністр.",
                  "заявив",
                  "Ми знижуємо квоту зараз, щоб уникнути тривалої шкоди для "
                  "рибальства",
                  WS_WARNING, -1);
}

/* "business concerns" are firms or interests, no worry; "this is not who
 * we are" disowns an act: a condemnation. */
static void
test_business_concerns_and_disowning(void)
{
    expect_labels("business_concerns_are_no_concern", "en", WS_INDIRECT,
                  "The founder said they always put business concerns "
                  "above research.",
                  "said", "they always put business concerns above research",
                  WS_NEUTRAL, -1);
    expect_labels("security_concerns_stay_concern", "en", WS_INDIRECT,
                  "The minister said she had serious concerns about the "
                  "new port.",
                  "said", "she had serious concerns about the new port",
                  WS_CONCERN, -1);
    expect_labels("not_who_we_are_is_condemnation", "en", WS_DIRECT,
                  "\"Burning the shops of our neighbours is not who we are,\" "
                  "the mayor said.",
                  "said",
                  "Burning the shops of our neighbours is not who we are",
                  WS_CONDEMNATION, -1);
}

/* "told supporters that ...": a people noun as the cue's recipient is no
 * act of the speaker ("supporters" has the stem of "support"). */
static void
test_recipient_noun_is_no_stance(void)
{
    expect_labels("told_supporters_is_neutral", "en", WS_INDIRECT,
                  "Marsh told supporters in Leeds that the new runway "
                  "would cost far more than planned.",
                  "told", "the new runway would cost far more than planned",
                  WS_NEUTRAL, -1);
    expect_labels("told_critics_is_neutral", "en", WS_INDIRECT,
                  "The minister told critics at the meeting that the "
                  "road would open in May.",
                  "told", "the road would open in May", WS_NEUTRAL, -1);
    expect_labels("assured_allies_is_neutral", "en", WS_INDIRECT,
                  "The envoy assured allies on Monday that the talks "
                  "would resume next week.",
                  "assured", "the talks would resume next week", WS_NEUTRAL,
                  -1);
    expect_labels("expressed_support_still_counts", "en", WS_INDIRECT,
                  "The mayor expressed support for the strikers and said "
                  "that their pay was too low.",
                  "expressed support", "their pay was too low", WS_SUPPORT, -1);
    expect_labels("defender_as_the_cue_is_support", "en", WS_REPORTED,
                  "A firm defender of the tram plan, the mayor spoke at "
                  "the depot on Friday.",
                  "A firm defender of", "the tram plan", WS_SUPPORT, -1);
    expect_labels("critic_as_the_cue_is_condemnation", "en", WS_REPORTED,
                  "Alderman Voss has long been a vocal critic of the "
                  "harbour toll.",
                  "critic of", "the harbour toll", WS_CONDEMNATION, -1);
    expect_labels("sagte_den_unterstuetzern_is_neutral", "de", WS_INDIRECT,
                  "Der Senator sagte den Unterstützern in Bonn, der Plan "
                  "werde teurer als gedacht.",
                  "sagte", "der Plan werde teurer als gedacht", WS_NEUTRAL, -1);
    expect_labels("zayavil_kritikam_is_neutral", "ru", WS_INDIRECT,
                  "Министр заявил критикам, что дорогу откроют в мае.",
                  "заявил", "дорогу откроют в мае", WS_NEUTRAL, -1);
    expect_labels("powiedzial_krytykom_is_neutral", "pl", WS_INDIRECT,
                  "Minister powiedział krytykom, że drogę otworzą w maju.",
                  "powiedział", "drogę otworzą w maju", WS_NEUTRAL, -1);
}

/* '"Show us the figures," he said.': an imperative addressed to others
 * opening a quote is a demand; first-person and discourse imperatives
 * ("Let me ...", "Make no mistake") are not. */
static void
test_quoted_imperative_is_demand(void)
{
    expect_labels("quoted_imperative_is_demand", "en", WS_DIRECT,
                  "\"Publish the contracts before the vote,\" the "
                  "councillor said.",
                  "said", "Publish the contracts before the vote", WS_DEMAND,
                  -1);
    expect_labels("let_them_is_demand", "en", WS_DIRECT,
                  "\"Let the families see the report,\" she said.", "said",
                  "Let the families see the report", WS_DEMAND, -1);
    expect_labels("let_me_is_no_demand", "en", WS_DIRECT,
                  "\"Let me explain how the budget works,\" she said.", "said",
                  "Let me explain how the budget works", WS_NEUTRAL, -1);
    expect_labels("lets_be_clear_is_no_demand", "en", WS_DIRECT,
                  "\"Let's be clear about the timetable,\" he said.", "said",
                  "Let's be clear about the timetable", WS_NEUTRAL, -1);
    expect_labels("make_no_mistake_is_no_demand", "en", WS_DIRECT,
                  "\"Make no mistake, the harbour will reopen,\" he said.",
                  "said", "Make no mistake, the harbour will reopen",
                  WS_NEUTRAL, -1);
    expect_labels("thank_you_is_no_demand", "en", WS_DIRECT,
                  "\"Thank you all for coming tonight,\" he said.", "said",
                  "Thank you all for coming tonight", WS_SUPPORT, -1);
    expect_labels("imagine_is_no_demand", "en", WS_DIRECT,
                  "\"Imagine a city where the buses run on time,\" he "
                  "said.",
                  "said", "Imagine a city where the buses run on time",
                  WS_NEUTRAL, -1);
    expect_labels("declarative_quote_is_no_demand", "en", WS_DIRECT,
                  "\"Prices rose again in the spring,\" he said.", "said",
                  "Prices rose again in the spring", WS_NEUTRAL, -1);
    expect_labels("dont_imperative_is_demand", "en", WS_DIRECT,
                  "\"Don't touch our fishing boats,\" the minister said.",
                  "said", "Don't touch our fishing boats", WS_DEMAND, -1);
    expect_labels("do_not_imperative_is_demand", "en", WS_DIRECT,
                  "\"Do not shoot.\" the protesters chanted.", "chanted",
                  "Do not shoot.", WS_DEMAND, -1);
    expect_labels("dont_get_me_wrong_is_no_demand", "en", WS_DIRECT,
                  "\"Don't get me wrong, the harbour will reopen,\" he "
                  "said.",
                  "said", "Don't get me wrong, the harbour will reopen",
                  WS_NEUTRAL, -1);
    expect_labels("dont_you_question_is_no_demand", "en", WS_DIRECT,
                  "\"Don't you see what happened in the harbour?\" he said.",
                  "said", "Don't you see what happened in the harbour?",
                  WS_NEUTRAL, -1);
    expect_labels("never_mind_is_no_demand", "en", WS_DIRECT,
                  "\"Never mind the weather, the harbour will reopen,\" he "
                  "said.",
                  "said", "Never mind the weather, the harbour will reopen",
                  WS_NEUTRAL, -1);
    expect_labels("reported_imperative_is_no_demand", "en", WS_INDIRECT,
                  "He said that prices rose again in the spring.", "said",
                  "prices rose again in the spring", WS_NEUTRAL, -1);
}

/* German and Polish imperatives in a quote are demands: the polite
 * "Verb Sie", the familiar plural in an exclamation, the Polish plural
 * in -cie after a consonant (also negated); questions, modals and
 * discourse imperatives are none, nor the present tense in -icie. */
static void
test_quoted_imperative_de_pl(void)
{
    expect_labels("stoppen_sie_is_demand", "de", WS_DIRECT,
                  "„Stoppen Sie die Angriffe auf die Häfen“, sagte der "
                  "Minister.",
                  "sagte", "Stoppen Sie die Angriffe auf die Häfen", WS_DEMAND,
                  -1);
    expect_labels("stoppt_den_krieg_is_demand", "de", WS_DIRECT,
                  "„Stoppt den Krieg!“, riefen die Demonstranten.", "riefen",
                  "Stoppt den Krieg!", WS_DEMAND, -1);
    expect_labels("haben_sie_question_is_no_demand", "de", WS_DIRECT,
                  "„Haben Sie den Bericht gelesen?“, fragte der Minister.",
                  "fragte", "Haben Sie den Bericht gelesen?", WS_NEUTRAL, -1);
    expect_labels("müssen_sie_inverted_modal_stays_demand", "de", WS_DIRECT,
                  "„Deshalb müssen sie jetzt handeln“, sagte der Minister.",
                  "sagte", "Deshalb müssen sie jetzt handeln", WS_DEMAND, -1);
    expect_labels("werden_sie_is_no_imperative", "de", WS_DIRECT,
                  "„Werden Sie die Häfen im Winter öffnen“, sagte der "
                  "Minister.",
                  "sagte", "Werden Sie die Häfen im Winter öffnen", WS_NEUTRAL,
                  -1);
    expect_labels("glauben_sie_mir_is_no_demand", "de", WS_DIRECT,
                  "„Glauben Sie mir, der Hafen wird wieder öffnen“, sagte "
                  "der Minister.",
                  "sagte", "Glauben Sie mir, der Hafen wird wieder öffnen",
                  WS_NEUTRAL, -1);
    expect_labels("wycofajcie_is_demand", "pl", WS_DIRECT,
                  "„Wycofajcie wojska z granicy” – powiedział minister.",
                  "powiedział", "Wycofajcie wojska z granicy", WS_DEMAND, -1);
    expect_labels("nie_róbcie_is_demand", "pl", WS_DIRECT,
                  "„Nie róbcie z tego sporu politycznego” – powiedział "
                  "minister.",
                  "powiedział", "Nie róbcie z tego sporu politycznego",
                  WS_DEMAND, -1);
    expect_labels("robicie_present_is_no_demand", "pl", WS_DIRECT,
                  "„Robicie dobrą robotę w porcie” – powiedział minister.",
                  "powiedział", "Robicie dobrą robotę w porcie", WS_NEUTRAL,
                  -1);
    expect_labels("słuchajcie_is_no_demand", "pl", WS_DIRECT,
                  "„Słuchajcie, port zostanie otwarty” – powiedział "
                  "minister.",
                  "powiedział", "Słuchajcie, port zostanie otwarty", WS_NEUTRAL,
                  -1);
}

/* An impersonal necessity ("it is essential to", "il est temps de",
 * "нужно") is a demand addressed to all; "it is important to note" is a
 * discourse phrase, none. */
static void
test_impersonal_necessity_is_demand(void)
{
    expect_labels("it_is_essential_to_is_demand", "en", WS_DIRECT,
                  "\"It is essential to reopen the corridor,\" the envoy "
                  "said.",
                  "said", "It is essential to reopen the corridor", WS_DEMAND,
                  -1);
    expect_labels("how_important_it_is_to_is_demand", "en", WS_INDIRECT,
                  "The envoy explained how important it is to reopen the "
                  "corridor.",
                  "explained", "how important it is to reopen the corridor",
                  WS_DEMAND, -1);
    expect_labels("important_to_note_is_no_demand", "en", WS_DIRECT,
                  "\"It's important to note that prices rose,\" he said.",
                  "said", "It's important to note that prices rose", WS_NEUTRAL,
                  -1);
    expect_labels("il_est_temps_de_is_demand", "fr", WS_DIRECT,
                  "« Il est temps d'agir pour les pêcheurs », a dit le "
                  "ministre.",
                  "a dit", "Il est temps d'agir pour les pêcheurs", WS_DEMAND,
                  -1);
    expect_labels("nuzhno_is_demand", "ru", WS_DIRECT,
                  "«Нужно немедленно открыть коридор», — сказал посланник.",
                  "сказал", "Нужно немедленно открыть коридор", WS_DEMAND, -1);
    expect_labels("treba_is_demand", "uk", WS_DIRECT,
                  "«Треба негайно відкрити коридор», — сказав посланець.",
                  "сказав", "Треба негайно відкрити коридор", WS_DEMAND, -1);
}

/* "apologized for a post that insulted X": the act in a relative clause
 * of the content is its own subject's, not the speaker's. */
static void
test_relative_clause_act_is_not_speakers(void)
{
    expect_labels("relative_clause_insult_is_not_speakers", "en", WS_REPORTED,
                  "Dana Price apologized for a message on the party's page "
                  "that insulted the governor.",
                  "apologized", NULL, WS_NEUTRAL, -1);
    expect_labels("relative_clause_which_condemned", "en", WS_INDIRECT,
                  "The spokesman said a letter which condemned the mayor "
                  "had been sent by mistake.",
                  "said",
                  "a letter which condemned the mayor had been sent by "
                  "mistake",
                  WS_NEUTRAL, -1);
    expect_labels("speaker_subject_act_still_counts", "en", WS_INDIRECT,
                  "The mayor said she condemned the attack on the clinic.",
                  "said", "she condemned the attack on the clinic",
                  WS_CONDEMNATION, -1);
    expect_labels("relative_clause_kotoroe_reported", "ru", WS_REPORTED,
                  "Министр извинился за письмо, которое осудило мэра.",
                  "извинился", NULL, WS_NEUTRAL, -1);
}

/* A reproach of the speaker's side that nobody can make ("no one can
 * blame us", "personne ne peut nous reprocher") is a denial in each
 * language; a negated reproach of another, or the speaker's own refusal
 * to reproach, stays neutral (negated). */
static void
test_negated_reproach_of_speaker(void)
{
    expect_labels("nobody_can_blame_us_is_denial", "en", WS_DIRECT,
                  "\"Nobody can blame us for protecting our farmers,\" the "
                  "minister said.",
                  "said", "Nobody can blame us for protecting our farmers",
                  WS_DENIAL, -1);
    expect_labels("no_one_can_accuse_me_is_denial", "en", WS_DIRECT,
                  "\"No one can accuse me of hiding the report,\" the mayor "
                  "said.",
                  "said", "No one can accuse me of hiding the report",
                  WS_DENIAL, -1);
    expect_labels("personne_ne_peut_nous_reprocher_is_denial", "fr", WS_DIRECT,
                  "« Personne ne peut nous reprocher de protéger nos "
                  "pêcheurs », a déclaré le ministre.",
                  "a déclaré",
                  "Personne ne peut nous reprocher de protéger nos pêcheurs",
                  WS_DENIAL, -1);
    expect_labels("nikt_nie_moze_nam_zarzucic_is_denial", "pl", WS_DIRECT,
                  "„Nikt nie może nam zarzucić braku dobrej woli” – "
                  "powiedział minister.",
                  "powiedział", "Nikt nie może nam zarzucić braku dobrej woli",
                  WS_DENIAL, -1);
    expect_labels("nikto_ne_mozhet_nas_upreknut_is_denial", "ru", WS_DIRECT,
                  "«Никто не может нас упрекнуть в нарушении договора», — "
                  "сказал министр.",
                  "сказал", "Никто не может нас упрекнуть в нарушении договора",
                  WS_DENIAL, -1);
    expect_labels("nikhto_ne_mozhe_nam_dorikaty_is_denial", "uk", WS_DIRECT,
                  "«Ніхто не може нам дорікнути у порушенні угоди», — "
                  "сказав міністр.",
                  "сказав", "Ніхто не може нам дорікнути у порушенні угоди",
                  WS_DENIAL, -1);
    expect_labels("niemand_kann_uns_vorwerfen_is_denial", "de", WS_DIRECT,
                  "„Niemand kann uns vorwerfen, die Fischer im Stich gelassen "
                  "zu haben“, sagte der Minister.",
                  "sagte",
                  "Niemand kann uns vorwerfen, die Fischer im Stich gelassen "
                  "zu haben",
                  WS_DENIAL, -1);
    expect_labels("man_kann_uns_nicht_vorwerfen_is_denial", "de", WS_DIRECT,
                  "„Man kann uns nicht vorwerfen, die Fischer vergessen zu "
                  "haben“, sagte der Minister.",
                  "sagte",
                  "Man kann uns nicht vorwerfen, die Fischer vergessen zu "
                  "haben",
                  WS_DENIAL, -1);
    expect_labels("uns_kann_man_nichts_vorwerfen_is_denial", "de", WS_DIRECT,
                  "„Uns kann man nichts vorwerfen“, sagte der Minister.",
                  "sagte", "Uns kann man nichts vorwerfen", WS_DENIAL, -1);
    expect_labels("nas_ne_v_chem_upreknut_is_denial", "ru", WS_DIRECT,
                  "«Нас не в чем упрекнуть», — сказал министр.", "сказал",
                  "Нас не в чем упрекнуть", WS_DENIAL, -1);
    expect_labels("we_do_not_blame_anyone_stays_neutral", "en", WS_DIRECT,
                  "\"We do not blame anyone for the delay,\" the minister "
                  "said.",
                  "said", "We do not blame anyone for the delay", WS_NEUTRAL,
                  -1);
    expect_labels("nous_ne_reprochons_rien_stays_neutral", "fr", WS_DIRECT,
                  "« Nous ne reprochons rien à nos voisins », a déclaré le "
                  "ministre.",
                  "a déclaré", "Nous ne reprochons rien à nos voisins",
                  WS_NEUTRAL, -1);
    expect_labels("nobody_can_blame_them_stays_neutral", "en", WS_DIRECT,
                  "\"Nobody can blame them for the delay,\" the minister "
                  "said.",
                  "said", "Nobody can blame them for the delay", WS_NEUTRAL,
                  -1);
}

/* refusal_to_allow_neutral: "не дозволимо дискримінувати …" ("we will
 * not allow") was neutral in every language but English's "will not
 * tolerate"; a rule that does not allow something stays neutral */
static void
test_refusal_to_allow(void)
{
    expect_labels("will_not_allow_uk", "uk", WS_DIRECT,
                  "«Ми не хочемо конфлікту, але не дозволимо дискримінувати "
                  "наших виробників», – сказав міністр.",
                  "сказав",
                  "Ми не хочемо конфлікту, але не дозволимо дискримінувати "
                  "наших виробників",
                  WS_WARNING, -1);
    expect_labels("will_not_allow_ru", "ru", WS_DIRECT,
                  "«Мы не позволим дискриминировать наших производителей», — "
                  "заявил министр.",
                  "заявил",
                  "Мы не позволим дискриминировать наших производителей",
                  WS_WARNING, -1);
    expect_labels("will_not_allow_pl", "pl", WS_DIRECT,
                  "– Nie pozwolimy dyskryminować naszych producentów – "
                  "powiedział minister.",
                  "powiedział",
                  "Nie pozwolimy dyskryminować naszych producentów", WS_WARNING,
                  -1);
    expect_labels("will_not_allow_de", "de", WS_DIRECT,
                  "„Das werden wir nicht zulassen“, sagte der Minister.",
                  "sagte", "Das werden wir nicht zulassen", WS_WARNING, -1);
    expect_labels("will_not_allow_en", "en", WS_DIRECT,
                  "\"We will not allow our farmers to be punished,\" the "
                  "minister said.",
                  "said", "We will not allow our farmers to be punished",
                  WS_WARNING, -1);
    expect_labels("rule_does_not_allow_en", "en", WS_INDIRECT,
                  "The minister said the law does not allow such exports.",
                  "said", "the law does not allow such exports", WS_NEUTRAL,
                  -1);
}

/* "має компенсувати" (is to compensate) was neutral: an obligation put on
 * others is a demand as "must" is; "має" without an infinitive is
 * possession, a reflexive infinitive a scheduled event. */
static void
test_obligation_is_demand(void)
{
    expect_labels("uk_maye_infinitive_is_demand", "uk", WS_INDIRECT,
                  "Він сказав, що Москва має негайно повернути дітей.",
                  "сказав", "Москва має негайно повернути дітей", WS_DEMAND,
                  -1);
    expect_labels("uk_maye_noun_is_possession", "uk", WS_INDIRECT,
                  "Він сказав, що компанія має великі збитки.", "сказав",
                  "компанія має великі збитки", WS_NEUTRAL, -1);
    expect_labels("uk_maye_reflexive_is_schedule", "uk", WS_INDIRECT,
                  "Він сказав, що зустріч має відбутися у травні.", "сказав",
                  "зустріч має відбутися у травні", WS_NEUTRAL, -1);
    expect_labels("en_obliged_to_is_demand", "en", WS_INDIRECT,
                  "The minister said the operator is obliged to pay.", "said",
                  "the operator is obliged to pay", WS_DEMAND, -1);
    expect_labels("fr_tenu_de_is_demand", "fr", WS_INDIRECT,
                  "Le ministre a dit que l'exploitant est tenu de payer.",
                  "a dit", "l'exploitant est tenu de payer", WS_DEMAND, -1);
    expect_labels("de_sei_verpflichtet_is_demand", "de", WS_INDIRECT,
                  "Der Minister sagte, der Betreiber sei verpflichtet zu "
                  "zahlen.",
                  "sagte", "der Betreiber sei verpflichtet zu zahlen",
                  WS_DEMAND, -1);
    expect_labels("pl_zobowiazany_is_demand", "pl", WS_INDIRECT,
                  "Minister powiedział, że firma jest zobowiązana do "
                  "zapłaty.",
                  "powiedział", "firma jest zobowiązana do zapłaty", WS_DEMAND,
                  -1);
}

/* "zakaz oznacza koniec ..." (the ban means the end of ...) was neutral:
 * an end named by a consequence verb is a warning; an end led to is not
 * ("could lead to the end of the strike"). */
static void
test_consequence_end_is_warning(void)
{
    expect_labels("pl_oznacza_koniec_is_warning", "pl", WS_INDIRECT,
                  "Związek napisał, że zakaz oznacza „koniec floty”.",
                  "napisał", "zakaz oznacza „koniec floty”", WS_WARNING, -1);
    expect_labels("en_means_the_end_is_warning", "en", WS_INDIRECT,
                  "The union said the ban means the end of the fleet.", "said",
                  "the ban means the end of the fleet", WS_WARNING, -1);
    expect_labels("uk_oznachaye_kinets_is_warning", "uk", WS_INDIRECT,
                  "Спілка заявила, що заборона означає кінець флоту.",
                  "заявила", "заборона означає кінець флоту", WS_WARNING, -1);
    expect_labels("ru_oznachaet_konets_is_warning", "ru", WS_INDIRECT,
                  "Союз заявил, что запрет означает конец флота.", "заявил",
                  "запрет означает конец флота", WS_WARNING, -1);
    expect_labels("de_bedeute_ende_is_warning", "de", WS_INDIRECT,
                  "Der Verband sagte, das Verbot bedeute das Ende der "
                  "Flotte.",
                  "sagte", "das Verbot bedeute das Ende der Flotte", WS_WARNING,
                  -1);
    expect_labels("fr_signifie_la_fin_is_warning", "fr", WS_INDIRECT,
                  "Le syndicat a dit que l'interdiction signifie la fin de "
                  "la flotte.",
                  "a dit", "l'interdiction signifie la fin de la flotte",
                  WS_WARNING, -1);
    expect_labels("end_led_to_is_no_warning", "en", WS_INDIRECT,
                  "The union said talks could lead to the end of the strike.",
                  "said", "talks could lead to the end of the strike",
                  WS_NEUTRAL, -1);
    expect_labels("end_of_the_year_is_no_warning", "en", WS_INDIRECT,
                  "The union said this means that by the end of the year "
                  "prices fall.",
                  "said", "this means that by the end of the year prices fall",
                  WS_NEUTRAL, -1);
}

/* "удари по X — це удари по Y" (strikes on X are strikes on Y) was
 * neutral: calling an act an attack on something condemns it; "launched
 * an attack on" with no copula is a report. */
static void
test_called_an_attack_is_condemnation(void)
{
    expect_labels("uk_tse_udary_po_is_condemnation", "uk", WS_DIRECT,
                  "«Удари по портах — це удари по безпеці людей», — "
                  "йдеться в заяві.",
                  "йдеться в заяві",
                  "Удари по портах — це удари по безпеці людей",
                  WS_CONDEMNATION, -1);
    expect_labels("en_is_an_attack_on_is_condemnation", "en", WS_DIRECT,
                  "\"The strikes are an attack on food security,\" the "
                  "ministry said.",
                  "said", "The strikes are an attack on food security",
                  WS_CONDEMNATION, -1);
    expect_labels("en_launched_an_attack_is_report", "en", WS_INDIRECT,
                  "The ministry said the drones launched an attack on the "
                  "port.",
                  "said", "the drones launched an attack on the port",
                  WS_NEUTRAL, -1);
    expect_labels("ru_eto_udar_po_is_condemnation", "ru", WS_DIRECT,
                  "«Удары по портам — это удар по безопасности людей», — "
                  "говорится в заявлении.",
                  "говорится в заявлении",
                  "Удары по портам — это удар по безопасности людей",
                  WS_CONDEMNATION, -1);
    expect_labels("pl_to_atak_na_is_condemnation", "pl", WS_DIRECT,
                  "„Ataki na porty to atak na bezpieczeństwo ludzi” – "
                  "czytamy w komunikacie.",
                  "czytamy", "Ataki na porty to atak na bezpieczeństwo ludzi",
                  WS_CONDEMNATION, -1);
    expect_labels("de_ist_ein_angriff_auf_is_condemnation", "de", WS_DIRECT,
                  "„Die Angriffe auf Häfen sind ein Angriff auf die "
                  "Sicherheit“, sagte der Minister.",
                  "sagte",
                  "Die Angriffe auf Häfen sind ein Angriff auf die "
                  "Sicherheit",
                  WS_CONDEMNATION, -1);
    expect_labels("fr_est_une_attaque_contre_is_condemnation", "fr", WS_DIRECT,
                  "« Les frappes sont une attaque contre la sécurité "
                  "alimentaire », a dit le ministre.",
                  "a dit",
                  "Les frappes sont une attaque contre la sécurité "
                  "alimentaire",
                  WS_CONDEMNATION, -1);
}

/* "разговоры о правах не отменяют правил" (talk of rights does not cancel
 * the rules) was neutral: a claim said to change nothing is dismissed, a
 * denial; with another subject ("the sanctions do not change ...") it is
 * none. */
static void
test_claim_changes_nothing_is_denial(void)
{
    expect_labels("ru_razgovory_ne_otmenyayut_is_denial", "ru", WS_DIRECT,
                  "«Разговоры об „особых правах“ не отменяют правил», — "
                  "подчеркнула она.",
                  "подчеркнула",
                  "Разговоры об „особых правах“ не отменяют правил", WS_DENIAL,
                  -1);
    expect_labels("ru_sanctions_ne_menyayut_is_none", "ru", WS_DIRECT,
                  "«Санкции не меняют ситуацию», — подчеркнула она.",
                  "подчеркнула", "Санкции не меняют ситуацию", WS_NEUTRAL, -1);
    expect_labels("en_claims_do_not_change_is_denial", "en", WS_DIRECT,
                  "\"Such claims do not change the facts,\" she said.", "said",
                  "Such claims do not change the facts", WS_DENIAL, -1);
    expect_labels("en_sanctions_do_not_change_is_none", "en", WS_DIRECT,
                  "\"The sanctions do not change the picture,\" she said.",
                  "said", "The sanctions do not change the picture", WS_NEUTRAL,
                  -1);
    expect_labels("uk_rozmovy_ne_skasovuyut_is_denial", "uk", WS_DIRECT,
                  "«Розмови про права не скасовують правил», — наголосила "
                  "вона.",
                  "наголосила", "Розмови про права не скасовують правил",
                  WS_DENIAL, -1);
    expect_labels("pl_twierdzenia_nie_zmieniaja_is_denial", "pl", WS_DIRECT,
                  "„Twierdzenia o prawach nie zmieniają przepisów” – "
                  "powiedziała.",
                  "powiedziała",
                  "Twierdzenia o prawach nie zmieniają przepisów", WS_DENIAL,
                  -1);
    expect_labels("de_gerede_aendert_nichts_is_denial", "de", WS_DIRECT,
                  "„Das Gerede von Rechten ändert nichts an den Regeln“, "
                  "sagte sie.",
                  "sagte", "Das Gerede von Rechten ändert nichts an den Regeln",
                  WS_DENIAL, -1);
    expect_labels("praise_will_not_affect_is_denial", "en", WS_INDIRECT,
                  "The minister said praise from the rival camp would not "
                  "affect his policy.",
                  "said",
                  "praise from the rival camp would not affect his policy",
                  WS_DENIAL, -1);
    expect_labels("storm_will_not_affect_is_none", "en", WS_INDIRECT,
                  "He said the storm would not affect the harvest.", "said",
                  "the storm would not affect the harvest", WS_NEUTRAL, -1);
    expect_labels("ru_kritika_ne_povliyaet_is_denial", "ru", WS_DIRECT,
                  "«Критика не повлияет на наш курс», — сказал он.", "сказал",
                  "Критика не повлияет на наш курс", WS_DENIAL, -1);
    expect_labels("fr_affirmations_ne_changent_rien_is_denial", "fr", WS_DIRECT,
                  "« Ces affirmations ne changent rien aux règles », "
                  "a-t-elle dit.",
                  "dit", "Ces affirmations ne changent rien aux règles",
                  WS_DENIAL, -1);
}

/* "our rigged tax system", "a corrupt tax code" were accusations: an
 * adjective of wrongdoing before a noun that names no agent condemns a
 * thing; before an agent ("corrupt officials") or as a predicate ("the
 * vote was rigged") it still accuses. */
static void
test_wrongdoing_adjective_of_thing(void)
{
    expect_labels("rigged_system_is_condemnation", "en", WS_DIRECT,
                  "\"We will fix our rigged tax system,\" he said.", "said",
                  "We will fix our rigged tax system", WS_CONDEMNATION, -1);
    expect_labels("corrupt_officials_is_accusation", "en", WS_DIRECT,
                  "\"These corrupt officials took bribes,\" he said.", "said",
                  "These corrupt officials took bribes", WS_ACCUSATION, -1);
    expect_labels("vote_was_rigged_is_accusation", "en", WS_DIRECT,
                  "\"The vote was rigged,\" he said.", "said",
                  "The vote was rigged", WS_ACCUSATION, -1);
    expect_labels("uk_korumpovana_systema_is_condemnation", "uk", WS_DIRECT,
                  "«Ця корумпована система має зникнути», — сказав він.",
                  "сказав", "Ця корумпована система має зникнути",
                  WS_CONDEMNATION, -1);
    expect_labels(
        "ru_korrumpirovannye_chinovniki_is_accusation", "ru", WS_DIRECT,
        "«Коррумпированные чиновники брали взятки», — сказал он.", "сказал",
        "Коррумпированные чиновники брали взятки", WS_ACCUSATION, -1);
    expect_labels("de_korruptes_system_is_condemnation", "de", WS_DIRECT,
                  "„Das ist ein korruptes System“, sagte er.", "sagte",
                  "Das ist ein korruptes System", WS_CONDEMNATION, -1);
    expect_labels("de_gefaelscht_worden_is_accusation", "de", WS_DIRECT,
                  "„Die Papiere seien gefälscht worden“, sagte er.", "sagte",
                  "Die Papiere seien gefälscht worden", WS_ACCUSATION, -1);
    expect_labels("pl_skorumpowany_system_is_condemnation", "pl", WS_DIRECT,
                  "„To skorumpowany system” – powiedział.", "powiedział",
                  "To skorumpowany system", WS_CONDEMNATION, -1);
}

/* "opposed ... the Trans- Pacific Partnership" was support: a weak noun
 * inside a capitalised name the tagger missed names the thing. */
static void
test_weak_noun_in_title_name(void)
{
    expect_labels("partnership_in_name_is_none", "en", WS_REPORTED,
                  "Both candidates have opposed a deal, known as the Trans- "
                  "Pacific Partnership.",
                  "opposed", NULL, WS_NEUTRAL, -1);
    expect_labels("partnership_noun_is_support", "en", WS_REPORTED,
                  "The minister signed a partnership with Kenya.", "signed",
                  NULL, WS_SUPPORT, -1);
}

/* "There is no bigger security threat to ..." was negated: a superlative
 * ("no greater", "nie ma większego", "keine größere") negates nothing and
 * makes the stance strong; a threat to something named by the speaker is
 * a warning in every language. */
static void
test_superlative_is_no_negation(void)
{
    expect_labels("no_bigger_threat_is_warning", "en", WS_DIRECT,
                  "\"There is no bigger security threat to the homeland,\" "
                  "he said.",
                  "said", "There is no bigger security threat to the homeland",
                  WS_WARNING, -1);
    expect_labels("no_threat_is_negated", "en", WS_DIRECT,
                  "\"There is no threat to the homeland,\" he said.", "said",
                  "There is no threat to the homeland", WS_NEUTRAL, -1);
    expect_labels("pl_nie_ma_wiekszego_zagrozenia_is_warning", "pl", WS_DIRECT,
                  "„Nie ma większego zagrożenia dla kraju” – powiedział.",
                  "powiedział", "Nie ma większego zagrożenia dla kraju",
                  WS_WARNING, -1);
    expect_labels("pl_nie_ma_zagrozenia_is_negated", "pl", WS_DIRECT,
                  "„Nie ma zagrożenia dla kraju” – powiedział.", "powiedział",
                  "Nie ma zagrożenia dla kraju", WS_NEUTRAL, -1);
    expect_labels("de_keine_groessere_bedrohung_is_warning", "de", WS_DIRECT,
                  "„Es gibt keine größere Bedrohung für das Land“, sagte er.",
                  "sagte", "Es gibt keine größere Bedrohung für das Land",
                  WS_WARNING, -1);
    expect_labels("fr_pas_de_plus_grande_menace_is_warning", "fr", WS_DIRECT,
                  "« Il n'y a pas de plus grande menace pour le pays », "
                  "a-t-il dit.",
                  "dit", "Il n'y a pas de plus grande menace pour le pays",
                  WS_WARNING, -1);
    expect_labels("ru_net_bolshey_ugrozy_is_warning", "ru", WS_DIRECT,
                  "«Нет большей угрозы для страны», — сказал он.", "сказал",
                  "Нет большей угрозы для страны", WS_WARNING, -1);
    expect_labels("uk_nemaye_bilshoyi_zahrozy_is_warning", "uk", WS_DIRECT,
                  "«Немає більшої загрози для країни», — сказав він.", "сказав",
                  "Немає більшої загрози для країни", WS_WARNING, -1);
}

/* "Zarząd nazywa nasz protest «nielegalnym»" (the board calls our protest
 * illegal) was the speaker's condemnation: an evaluation a naming verb
 * gives is the namer's word; given to what is the speaker's own it
 * charges the namer (an accusation); a first-person namer's is the
 * speaker's own. */
static void
test_naming_verb_evaluation(void)
{
    expect_labels("pl_nazywa_nasz_protest_is_accusation", "pl", WS_DIRECT,
                  "„Zarząd nazywa nasz protest «nielegalnym»” – powiedział.",
                  "powiedział", "Zarząd nazywa nasz protest «nielegalnym»",
                  WS_ACCUSATION, -1);
    expect_labels("pl_nazywa_strajk_is_namers_word", "pl", WS_DIRECT,
                  "„Zarząd nazywa strajk nielegalnym” – powiedział.",
                  "powiedział", "Zarząd nazywa strajk nielegalnym", WS_NEUTRAL,
                  -1);
    expect_labels("en_calls_our_protest_is_accusation", "en", WS_DIRECT,
                  "\"The board calls our protest illegal,\" he said.", "said",
                  "The board calls our protest illegal", WS_ACCUSATION, -1);
    expect_labels("en_we_call_is_condemnation", "en", WS_DIRECT,
                  "\"We call this attack barbaric,\" he said.", "said",
                  "We call this attack barbaric", WS_CONDEMNATION, -1);
    expect_labels("de_nennt_unseren_protest_is_accusation", "de", WS_DIRECT,
                  "„Der Vorstand nennt unseren Protest illegal“, sagte er.",
                  "sagte", "Der Vorstand nennt unseren Protest illegal",
                  WS_ACCUSATION, -1);
    expect_labels("ru_nazyvaet_nash_protest_is_accusation", "ru", WS_DIRECT,
                  "«Правление называет наш протест незаконным», — сказал он.",
                  "сказал", "Правление называет наш протест незаконным",
                  WS_ACCUSATION, -1);
}

/* "X wants to attack <country>" was neutral: an attack on a named party
 * announced after an intent marker ("wants to", "plans to", "хочет",
 * "chce", "will", "veut") is a threat; an attack on a thing ("attack four
 * provisions") is none, and the attack noun condemned stays a
 * condemnation. */
static void
test_announced_attack_is_warning(void)
{
    expect_labels("wants_to_attack_is_warning", "en", WS_REPORTED,
                  "The leader wants to attack Switzerland.", "wants", NULL,
                  WS_WARNING, -1);
    expect_labels("plans_to_attack_is_warning", "en", WS_REPORTED,
                  "The army plans to attack Kharkiv.", "plans", NULL,
                  WS_WARNING, -1);
    expect_labels("attack_on_provisions_is_no_threat", "en", WS_INDIRECT,
                  "He said he wants to attack four provisions in the tax "
                  "code.",
                  "said", "he wants to attack four provisions in the tax code",
                  WS_NEUTRAL, -1);
    expect_labels("plans_to_attack_person_is_no_threat", "en", WS_REPORTED,
                  "The senator plans to attack Hillary Clinton on trade.",
                  "plans", NULL, WS_NEUTRAL, -1);
    expect_labels("condemned_attack_is_condemnation", "en", WS_DIRECT,
                  "\"We condemn the attack on the port,\" he said.", "said",
                  "We condemn the attack on the port", WS_CONDEMNATION, -1);
    expect_labels("ru_gotova_atakovat_is_warning", "ru", WS_INDIRECT,
                  "Он сказал, что армия готова атаковать Харьков.", "сказал",
                  "армия готова атаковать Харьков", WS_WARNING, -1);
    expect_labels("pl_chce_zaatakowac_is_warning", "pl", WS_REPORTED,
                  "Rosja chce zaatakować Litwę.", "chce", NULL, WS_WARNING, -1);
    expect_labels("de_will_angreifen_is_warning", "de", WS_INDIRECT,
                  "Er sagte, Russland will Litauen angreifen.", "sagte",
                  "Russland will Litauen angreifen", WS_WARNING, -1);
    expect_labels("fr_veut_attaquer_is_warning", "fr", WS_INDIRECT,
                  "Il a dit que la Russie veut attaquer la Lituanie.", "a dit",
                  "la Russie veut attaquer la Lituanie", WS_WARNING, -1);
    expect_labels("uk_khoche_napasty_is_warning", "uk", WS_INDIRECT,
                  "Він сказав, що Росія хоче напасти на Литву.", "сказав",
                  "Росія хоче напасти на Литву", WS_WARNING, -1);
}

/* "закрыт по соображениям безопасности, а не из политических мотивов"
 * (closed for safety reasons, not for political motives) was neutral: a
 * corrective negation followed by a motive rebuts the imputed motive, a
 * denial; without a motive ("из Риги, а не из Москвы") it is none. */
static void
test_rebutted_motive_is_denial(void)
{
    expect_labels("ru_a_ne_iz_motivov_is_denial", "ru", WS_DIRECT,
                  "«Переход закрыт по соображениям безопасности, а не из "
                  "политических мотивов», — подчеркнул он.",
                  "подчеркнул",
                  "Переход закрыт по соображениям безопасности, а не из "
                  "политических мотивов",
                  WS_DENIAL, -1);
    expect_labels("ru_a_ne_iz_place_is_none", "ru", WS_INDIRECT,
                  "Он сказал, что груз пришёл из Риги, а не из Москвы.",
                  "сказал", "груз пришёл из Риги, а не из Москвы", WS_NEUTRAL,
                  -1);
    expect_labels("en_not_for_reasons_is_denial", "en", WS_DIRECT,
                  "\"The crossing was closed for safety reasons and not for "
                  "political reasons,\" he said.",
                  "said",
                  "The crossing was closed for safety reasons and not for "
                  "political reasons",
                  WS_DENIAL, -1);
    expect_labels("en_did_not_give_reasons_is_none", "en", WS_INDIRECT,
                  "He said the minister did not give reasons.", "said",
                  "the minister did not give reasons", WS_NEUTRAL, -1);
    expect_labels("pl_a_nie_z_powodow_is_denial", "pl", WS_DIRECT,
                  "„Przejście zamknięto ze względów bezpieczeństwa, a nie z "
                  "powodów politycznych” – powiedział.",
                  "powiedział",
                  "Przejście zamknięto ze względów bezpieczeństwa, a nie z "
                  "powodów politycznych",
                  WS_DENIAL, -1);
    expect_labels("de_nicht_aus_gruenden_is_denial", "de", WS_DIRECT,
                  "„Der Übergang wurde aus Sicherheitsgründen und nicht aus "
                  "politischen Gründen geschlossen“, sagte er.",
                  "sagte",
                  "Der Übergang wurde aus Sicherheitsgründen und nicht aus "
                  "politischen Gründen geschlossen",
                  WS_DENIAL, -1);
    expect_labels("fr_et_non_pour_raisons_is_denial", "fr", WS_DIRECT,
                  "« Le passage a été fermé pour des raisons de sécurité, et "
                  "non pour des raisons politiques », a-t-il dit.",
                  "dit",
                  "Le passage a été fermé pour des raisons de sécurité, et "
                  "non pour des raisons politiques",
                  WS_DENIAL, -1);
    expect_labels("uk_a_ne_z_motyviv_is_denial", "uk", WS_DIRECT,
                  "«Перехід закрито з міркувань безпеки, а не з політичних "
                  "мотивів», — наголосив він.",
                  "наголосив",
                  "Перехід закрито з міркувань безпеки, а не з політичних "
                  "мотивів",
                  WS_DENIAL, -1);
}

/* "пока страховщики закончат свои „проверки“" (until the insurers finish
 * their "checks") was neutral: scare quotes after a possessive
 * disparage, a condemnation; a quoted name ("their 'Sputnik' vaccine")
 * is none. */
static void
test_scare_quotes_are_condemnation(void)
{
    expect_labels("ru_svoi_proverki_is_condemnation", "ru", WS_DIRECT,
                  "«Мы не можем ждать, пока страховщики закончат свои "
                  "„проверки“», — сказала она.",
                  "сказала",
                  "Мы не можем ждать, пока страховщики закончат свои "
                  "„проверки“",
                  WS_CONDEMNATION, -1);
    expect_labels("en_their_checks_is_condemnation", "en", WS_DIRECT,
                  "\"We cannot wait until the insurers finish their "
                  "'checks',\" she said.",
                  "said",
                  "We cannot wait until the insurers finish their 'checks'",
                  WS_CONDEMNATION, -1);
    expect_labels("en_their_quoted_name_is_none", "en", WS_DIRECT,
                  "\"They launched their 'Sputnik' vaccine,\" she said.",
                  "said", "They launched their 'Sputnik' vaccine", WS_NEUTRAL,
                  -1);
    expect_labels("pl_swoje_kontrole_is_condemnation", "pl", WS_DIRECT,
                  "„Nie możemy czekać, aż ubezpieczyciele skończą swoje "
                  "„kontrole”” – powiedziała.",
                  "powiedziała",
                  "Nie możemy czekać, aż ubezpieczyciele skończą swoje "
                  "„kontrole”",
                  WS_CONDEMNATION, -1);
}

/* "doesn't want the voters to know", "led investors to believe that":
 * a charge of deceit was labelled neutral (no stance word in it) */
static void
test_charged_deceit_is_accusation(void)
{
    expect_labels("en_doesnt_want_them_to_know_is_accusation", "en",
                  WS_INDIRECT,
                  "The mayor said the governor doesn't want the taxpayers, "
                  "and the reporters covering this story, to know that the "
                  "fund is empty.",
                  "said",
                  "the governor doesn't want the taxpayers, and the "
                  "reporters covering this story, to know that the fund is "
                  "empty",
                  WS_ACCUSATION, -1);
    expect_labels("en_led_investors_to_believe_is_accusation", "en",
                  WS_INDIRECT,
                  "The auditor said the company led investors to believe "
                  "that profits were rising.",
                  "said",
                  "the company led investors to believe that profits were "
                  "rising",
                  WS_ACCUSATION, -1);
    expect_labels("en_allowed_staff_to_think_is_accusation", "en", WS_INDIRECT,
                  "The doctor said that years ago, the senator allowed her "
                  "staff and the public to think that the illness was a "
                  "sprain.",
                  "said",
                  "that years ago, the senator allowed her staff and the "
                  "public to think that the illness was a sprain",
                  WS_ACCUSATION, -1);
    expect_labels("en_own_secret_is_none", "en", WS_INDIRECT,
                  "The coach said we don't want our rivals to know our "
                  "plans.",
                  "said", "we don't want our rivals to know our plans",
                  WS_NEUTRAL, -1);
    expect_labels("en_never_led_to_believe_is_none", "en", WS_INDIRECT,
                  "The auditor said the company never led investors to "
                  "believe that profits were rising.",
                  "said",
                  "the company never led investors to believe that profits "
                  "were rising",
                  WS_NEUTRAL, -1);
    expect_labels("en_allowed_to_think_freely_is_none", "en", WS_INDIRECT,
                  "The teacher said the school allowed students to think "
                  "for themselves.",
                  "said", "the school allowed students to think for themselves",
                  WS_NEUTRAL, -1);
    expect_labels("en_want_council_to_know_is_none", "en", WS_INDIRECT,
                  "The mayor said residents want the council to know that "
                  "the road is unsafe.",
                  "said",
                  "residents want the council to know that the road is "
                  "unsafe",
                  WS_NEUTRAL, -1);
}

/* '"lies and smears"': calling a claim lies was only its denial (the
 * phrase "are lies" is broken by the quotation mark); it charges the
 * claim's author with lying */
static void
test_claim_called_lies_is_accusation(void)
{
    expect_labels("en_quoted_lies_is_accusation", "en", WS_INDIRECT,
                  "The spokeswoman says the posts accusing her client of "
                  "fraud are “lies and false rumours.”",
                  "says",
                  "the posts accusing her client of fraud are “lies and "
                  "false rumours.”",
                  WS_ACCUSATION, WS_DENIAL);
    expect_labels("en_report_was_lies_is_accusation", "en", WS_INDIRECT,
                  "The spokeswoman said the report was lies.", "said",
                  "the report was lies", WS_ACCUSATION, -1);
    expect_labels("en_answer_lies_in_is_none", "en", WS_INDIRECT,
                  "The minister said the answer lies in better schools.",
                  "said", "the answer lies in better schools", WS_NEUTRAL, -1);
    expect_labels("en_danger_lies_ahead_is_none", "en", WS_INDIRECT,
                  "The minister said a long road lies ahead.", "said",
                  "a long road lies ahead", WS_NEUTRAL, -1);
}

/* "is looking for a pretext to ...", "pod pretekstem ćwiczeń": a hostile
 * aim charged behind the act, an accusation in every language. */
static void
test_pretext_is_accusation(void)
{
    expect_labels("en_pretext_is_accusation", "en", WS_INDIRECT,
                  "The governor said the neighbouring republic was hunting "
                  "for a pretext to close the river crossing.",
                  "said",
                  "the neighbouring republic was hunting for a pretext to "
                  "close the river crossing",
                  WS_ACCUSATION, -1);
    expect_labels("pl_pod_pretekstem_is_accusation", "pl", WS_INDIRECT,
                  "Wojewoda stwierdził, że sąsiedzi pod pretekstem ćwiczeń "
                  "gromadzą czołgi przy granicy.",
                  "stwierdził",
                  "sąsiedzi pod pretekstem ćwiczeń gromadzą czołgi przy "
                  "granicy",
                  WS_ACCUSATION, -1);
    expect_labels("de_vorwand_is_accusation", "de", WS_INDIRECT,
                  "Der Landrat sagte, die Nachbarn suchten nur einen Vorwand "
                  "für neue Zölle.",
                  "sagte",
                  "die Nachbarn suchten nur einen Vorwand für neue "
                  "Zölle",
                  WS_ACCUSATION, -1);
    expect_labels("ru_pod_predlogom_is_accusation", "ru", WS_INDIRECT,
                  "Губернатор заявил, что соседи под предлогом учений "
                  "стягивают технику к границе.",
                  "заявил",
                  "соседи под предлогом учений стягивают технику к границе",
                  WS_ACCUSATION, -1);
}

/* "a string of provocations", "seria prowokacji": a deliberate, repeated
 * campaign charged to its author (one provocation alone stays
 * disapproval). */
static void
test_series_of_provocations_is_accusation(void)
{
    expect_labels("en_string_of_provocations_is_accusation", "en", WS_INDIRECT,
                  "Analysts said the drone flights were part of a string of "
                  "provocations along the coast.",
                  "said",
                  "the drone flights were part of a string of provocations "
                  "along the coast",
                  WS_ACCUSATION, -1);
    expect_labels("pl_seria_prowokacji_is_accusation", "pl", WS_INDIRECT,
                  "Analitycy uznali, że przeloty dronów to kolejna seria "
                  "prowokacji nad zatoką.",
                  "uznali",
                  "przeloty dronów to kolejna seria prowokacji nad zatoką",
                  WS_ACCUSATION, -1);
    expect_labels("pl_single_provocation_stays_condemnation", "pl", WS_INDIRECT,
                  "Minister powiedział, że przelot drona był prowokacją.",
                  "powiedział", "przelot drona był prowokacją", WS_CONDEMNATION,
                  -1);
    expect_labels("uk_seriia_provokatsii_is_accusation", "uk", WS_INDIRECT,
                  "Аналітики вважають, що польоти дронів — це серія "
                  "провокацій над затокою.",
                  "вважають",
                  "польоти дронів — це серія провокацій над затокою",
                  WS_ACCUSATION, -1);
}

/* "we can no longer pretend the danger is far off": a danger others
 * ignore, a warning. */
static void
test_cannot_pretend_is_warning(void)
{
    expect_labels("en_cannot_pretend_is_warning", "en", WS_DIRECT,
                  "\"We can no longer pretend the floods are a rare event,\" "
                  "the engineer said.",
                  "said",
                  "We can no longer pretend the floods are a rare event",
                  WS_WARNING, -1);
    expect_labels("en_cannot_pretend_to_know_is_none", "en", WS_DIRECT,
                  "\"I cannot pretend to know every street here,\" the new "
                  "mayor said.",
                  "said", "I cannot pretend to know every street here",
                  WS_NEUTRAL, -1);
    expect_labels("pl_nie_mozna_udawac_is_warning", "pl", WS_DIRECT,
                  "„Nie można dłużej udawać, że susza nas nie dotyczy” – "
                  "powiedziała hydrolożka.",
                  "powiedziała",
                  "Nie można dłużej udawać, że susza nas nie dotyczy",
                  WS_WARNING, -1);
    expect_labels("ru_ne_mozhem_delat_vid_is_warning", "ru", WS_DIRECT,
                  "«Мы больше не можем делать вид, что засуха нас не "
                  "касается», — сказал гидролог.",
                  "сказал",
                  "Мы больше не можем делать вид, что засуха нас не касается",
                  WS_WARNING, -1);
}

/* "we have heard such threats before": a warning brushed off as stale,
 * a denial; hearing something before a time is none. */
static void
test_warning_heard_before_is_denial(void)
{
    expect_labels("en_heard_such_threats_before_is_denial", "en", WS_DIRECT,
                  "\"We have heard such threats before,\" the mayor said.",
                  "said", "We have heard such threats before", WS_DENIAL, -1);
    expect_labels("en_heard_it_all_before_is_denial", "en", WS_DIRECT,
                  "\"Frankly, we have heard it all before,\" the mayor said.",
                  "said", "Frankly, we have heard it all before", WS_DENIAL,
                  -1);
    expect_labels("en_heard_siren_before_dawn_is_none", "en", WS_DIRECT,
                  "\"We heard the siren before dawn,\" the farmer said.",
                  "said", "We heard the siren before dawn", WS_NEUTRAL, -1);
    expect_labels("en_heard_it_before_the_vote_is_none", "en", WS_DIRECT,
                  "\"We heard it before the vote,\" the farmer said.", "said",
                  "We heard it before the vote", WS_NEUTRAL, -1);
    expect_labels("en_heard_this_before_and_is_denial", "en", WS_DIRECT,
                  "\"We heard this before and nothing came of it,\" the "
                  "farmer said.",
                  "said", "We heard this before and nothing came of it",
                  WS_DENIAL, -1);
    expect_labels("pl_juz_to_slyszelismy_is_denial", "pl", WS_DIRECT,
                  "„Już to słyszeliśmy wiele razy” – odpowiedział burmistrz.",
                  "odpowiedział", "Już to słyszeliśmy wiele razy", WS_DENIAL,
                  -1);
}

/* "we want to know whether we are safe", "czy nasze dzieci są
 * bezpieczne?": worry about one's own safety is a concern, its question
 * marker no hedge; whether a thing is safe, or a plain "we are safe", is
 * none. */
static void
test_own_safety_question_is_concern(void)
{
    expect_labels("en_whether_we_are_safe_is_concern", "en", WS_DIRECT,
                  "\"Parents ask us daily whether we are safe here,\" the "
                  "headmistress said.",
                  "said", "Parents ask us daily whether we are safe here",
                  WS_CONCERN, -1);
    expect_labels("en_are_our_homes_safe_is_concern", "en", WS_DIRECT,
                  "\"Are our homes safe?\" a fisherman asked.", "asked",
                  "Are our homes safe?", WS_CONCERN, -1);
    expect_labels("en_whether_bridge_is_safe_is_none", "en", WS_INDIRECT,
                  "The engineer said inspectors would check whether the "
                  "bridge is safe.",
                  "said", "inspectors would check whether the bridge is safe",
                  WS_NEUTRAL, -1);
    expect_labels("en_we_are_safe_is_none", "en", WS_DIRECT,
                  "\"We are safe and the roads are open,\" the mayor said.",
                  "said", "We are safe and the roads are open", WS_NEUTRAL, -1);
    expect_labels("pl_czy_jestesmy_bezpieczni_is_concern", "pl", WS_DIRECT,
                  "„Do dziś nie wiemy, czy jesteśmy tu bezpieczni” – "
                  "skarżyła się sołtyska.",
                  "skarżyła się",
                  "Do dziś nie wiemy, czy jesteśmy tu bezpieczni", WS_CONCERN,
                  -1);
    expect_labels("de_ob_wir_sicher_sind_is_concern", "de", WS_DIRECT,
                  "„Wir wollen endlich wissen, ob wir hier sicher sind“, "
                  "sagte die Bäuerin.",
                  "sagte", "Wir wollen endlich wissen, ob wir hier sicher sind",
                  WS_CONCERN, -1);
    expect_labels("uk_chy_my_v_bezpetsi_is_concern", "uk", WS_DIRECT,
                  "«Ми хочемо знати, чи ми в безпеці», — сказала фермерка.",
                  "сказала", "Ми хочемо знати, чи ми в безпеці", WS_CONCERN,
                  -1);
}

/* "our crew kept to the rules at all times": one's own conduct asserted
 * proper throughout, a denial; a plan or another's conduct is none; "its"
 * is a possessive, no other agent. */
static void
test_own_conduct_at_all_times_is_denial(void)
{
    expect_labels("en_our_crew_at_all_times_is_denial", "en", WS_DIRECT,
                  "\"Our pilots followed its published route at all times,\" "
                  "the airline said.",
                  "said",
                  "Our pilots followed its published route at all times",
                  WS_DENIAL, -1);
    expect_labels("en_we_will_at_all_times_is_none", "en", WS_DIRECT,
                  "\"We will keep the gates guarded at all times,\" the "
                  "warden said.",
                  "said", "We will keep the gates guarded at all times",
                  WS_NEUTRAL, -1);
    expect_labels("en_we_are_in_touch_at_all_times_is_none", "en", WS_DIRECT,
                  "\"We are in touch with the families at all times,\" the "
                  "warden said.",
                  "said", "We are in touch with the families at all times",
                  WS_NEUTRAL, -1);
    expect_labels("en_others_at_all_times_is_none", "en", WS_INDIRECT,
                  "The warden said the guards carry radios at all times.",
                  "said", "the guards carry radios at all times", WS_NEUTRAL,
                  -1);
}

/* "a problem that demands a joint response", "the rules call for a
 * recount": a demand verb after a thing states a requirement, no act; a
 * body or a person demanding is one. */
static void
test_requirement_of_thing_is_no_demand(void)
{
    const char *t1 = "The drought is a problem that demands a joint response "
                     "from the valley towns.";
    ws_statement g;
    ws_doc *d =
        label_one_spk("en", WS_REPORTED, t1, "a problem that", "demands",
                      "a joint response from the valley "
                      "towns",
                      &g);
    if (d) {
        CHECK(g.nstance == 1 && g.stance[0] == WS_NEUTRAL,
              "en_problem_demands_is_none: got %s",
              g.nstance ? ws_stance_name(g.stance[0]) : "none");
        ws_doc_free(d);
    }
    const char *t2 = "The farmers' union demands a joint response from the "
                     "valley towns.";
    d = label_one_spk("en", WS_REPORTED, t2, "The farmers' union", "demands",
                      "a joint response from the valley towns", &g);
    if (d) {
        CHECK(g.nstance == 1 && g.stance[0] == WS_DEMAND,
              "en_union_demands_is_demand: got %s",
              g.nstance ? ws_stance_name(g.stance[0]) : "none");
        ws_doc_free(d);
    }
    const char *t3 = "Обстановка требует срочных мер от властей области.";
    d = label_one_spk("ru", WS_REPORTED, t3, "Обстановка", "требует",
                      "срочных мер от властей области", &g);
    if (d) {
        CHECK(g.nstance == 1 && g.stance[0] == WS_NEUTRAL,
              "ru_obstanovka_trebuet_is_none: got %s",
              g.nstance ? ws_stance_name(g.stance[0]) : "none");
        ws_doc_free(d);
    }
}

/* "Якщо ..., ми будемо змушені звернутися до суду" was neutral: a
 * compulsion ("will be forced to") announced under a condition is a
 * conditional threat whatever the step; its infinitive is the speaker's
 * own step, no instruction; without a condition it is none. */
static void
test_forced_step_under_condition_is_warning(void)
{
    expect_labels("en_forced_to_if_is_warning", "en", WS_DIRECT,
                  "\"If the council keeps the fee, we will be forced to take "
                  "the matter to court,\" the union leader said.",
                  "said",
                  "If the council keeps the fee, we will be forced to take "
                  "the matter to court",
                  WS_WARNING, -1);
    expect_labels("en_forced_to_past_is_none", "en", WS_DIRECT,
                  "\"We were forced to close the office early,\" the union "
                  "leader said.",
                  "said", "We were forced to close the office early",
                  WS_NEUTRAL, -1);
    expect_labels("uk_zmusheni_yakshcho_is_warning", "uk", WS_DIRECT,
                  "«Якщо мерія не скасує рішення, ми будемо змушені подати "
                  "позов», – сказав голова спілки.",
                  "сказав",
                  "Якщо мерія не скасує рішення, ми будемо змушені подати "
                  "позов",
                  WS_WARNING, -1);
    expect_labels("ru_vynuzhdeny_esli_is_warning", "ru", WS_DIRECT,
                  "«Если мэрия не отменит решение, мы будем вынуждены "
                  "обратиться в суд», — сказал глава профсоюза.",
                  "сказал",
                  "Если мэрия не отменит решение, мы будем вынуждены "
                  "обратиться в суд",
                  WS_WARNING, -1);
    expect_labels("pl_zmuszeni_jesli_is_warning", "pl", WS_DIRECT,
                  "„Jeśli rada nie zmieni decyzji, będziemy zmuszeni "
                  "skierować sprawę do sądu” – powiedział szef związku.",
                  "powiedział",
                  "Jeśli rada nie zmieni decyzji, będziemy zmuszeni "
                  "skierować sprawę do sądu",
                  WS_WARNING, -1);
    expect_labels("de_gezwungen_wenn_is_warning", "de", WS_DIRECT,
                  "„Wenn der Rat die Gebühr nicht senkt, werden wir "
                  "gezwungen sein, vor Gericht zu ziehen“, sagte der "
                  "Gewerkschaftschef.",
                  "sagte",
                  "Wenn der Rat die Gebühr nicht senkt, werden wir "
                  "gezwungen sein, vor Gericht zu ziehen",
                  WS_WARNING, -1);
    expect_labels("fr_contraints_si_is_warning", "fr", WS_DIRECT,
                  "« Si la mairie maintient la taxe, nous serons contraints "
                  "de saisir la justice », a dit le syndicaliste.",
                  "a dit",
                  "Si la mairie maintient la taxe, nous serons contraints "
                  "de saisir la justice",
                  WS_WARNING, -1);
}

/* "не став звинувачувати ... у порушенні правил" was an accusation: a
 * reported act refused or negated before its cue is no act, and the
 * wrongdoing noun in its object names what it would have been about. */
static void
test_refused_act_object_is_neutral(void)
{
    expect_labels("en_declined_to_accuse_of_violations", "en", WS_REPORTED,
                  "The mayor declined to accuse the drivers of violations of "
                  "the rules.",
                  "accuse", "the drivers of violations of the rules",
                  WS_NEUTRAL, -1);
    expect_labels("en_did_not_condemn_violation", "en", WS_REPORTED,
                  "The envoy did not condemn the violation of the truce.",
                  "condemn", "the violation of the truce", WS_NEUTRAL, -1);
    expect_labels("uk_ne_stav_zvynuvachuvaty_u_porushenni", "uk", WS_REPORTED,
                  "Мер не став звинувачувати водіїв у порушенні правил.",
                  "звинувачувати", "водіїв у порушенні правил", WS_NEUTRAL, -1);
    expect_labels("ru_ne_stal_obvinyat_v_narushenii", "ru", WS_REPORTED,
                  "Мэр не стал обвинять водителей в нарушении правил.",
                  "обвинять", "водителей в нарушении правил", WS_NEUTRAL, -1);
    expect_labels("uk_zvynuvatyv_u_porushenni_is_accusation", "uk", WS_REPORTED,
                  "Мер звинуватив водіїв у порушенні правил.", "звинуватив",
                  "водіїв у порушенні правил", WS_ACCUSATION, -1);
}

/* "заява стверджує, що судна порушують графік" was neutral: a verb of
 * breaking with a rule, law, agreement or schedule after it accuses its
 * agent; with another object ("порушив питання", raised a question) it is
 * none, and one's own breaking negated is a denial. */
static void
test_breaking_a_rule_is_accusation(void)
{
    expect_labels("uk_porushuyut_umovy_is_accusation", "uk", WS_INDIRECT,
                  "Звіт стверджує, що перевізник порушує умови контракту.",
                  "стверджує", "перевізник порушує умови контракту",
                  WS_ACCUSATION, -1);
    expect_labels("uk_porushyv_pytannya_is_none", "uk", WS_INDIRECT,
                  "Звіт стверджує, що депутат порушив питання про тарифи.",
                  "стверджує", "депутат порушив питання про тарифи", WS_NEUTRAL,
                  -1);
    expect_labels("uk_my_ne_porushuyemo_is_denial", "uk", WS_DIRECT,
                  "«Ми не порушуємо жодних правил», – сказав директор.",
                  "сказав", "Ми не порушуємо жодних правил", WS_DENIAL, -1);
    expect_labels("ru_narushayut_grafik_is_accusation", "ru", WS_INDIRECT,
                  "В отчёте говорится, что перевозчики нарушают график "
                  "погрузки.",
                  "говорится", "перевозчики нарушают график погрузки",
                  WS_ACCUSATION, -1);
    expect_labels("ru_narushila_dogovor_is_accusation", "ru", WS_INDIRECT,
                  "В отчёте говорится, что компания нарушила договор "
                  "поставки.",
                  "говорится", "компания нарушила договор поставки",
                  WS_ACCUSATION, -1);
    expect_labels("fr_viole_les_regles_is_accusation", "fr", WS_INDIRECT,
                  "Le rapport affirme que le transporteur viole les règles "
                  "de sécurité.",
                  "affirme", "le transporteur viole les règles de sécurité",
                  WS_ACCUSATION, -1);
}

/* expect_labels with the speaker span given by its text; want1 < 0: one
 * label. */
static void
expect_labels_spk(const char *name, const char *lang, const char *text,
                  const char *speaker, const char *cue, const char *content,
                  int want0)
{
    ws_statement g;
    ws_doc *d =
        label_one_spk(lang, WS_INDIRECT, text, speaker, cue, content, &g);
    if (d == NULL)
        return;
    CHECK(g.nstance == 1 && g.stance[0] == want0, "%s: got %s%s%s", name,
          g.nstance ? ws_stance_name(g.stance[0]) : "none",
          g.nstance > 1 ? "+" : "",
          g.nstance > 1 ? ws_stance_name(g.stance[1]) : "");
    ws_doc_free(d);
}

/* "une note interne affirme que les pirates réclament une rançon" was a
 * demand: a document states, it does not act; a noun phrase before an
 * act word in its content is a third party, whose act is not the
 * speaker's (guide rule 2), even in two words. */
static void
test_document_reports_third_party_act(void)
{
    expect_labels_spk("en_memo_says_hackers_demand", "en",
                      "An internal memo says hackers demand a large ransom.",
                      "An internal memo", "says",
                      "hackers demand a large ransom", WS_NEUTRAL);
    expect_labels_spk("fr_note_pirates_exigent", "fr",
                      "Une note interne affirme que les pirates exigent une "
                      "forte rançon.",
                      "Une note interne", "affirme",
                      "les pirates exigent une forte rançon", WS_NEUTRAL);
    expect_labels_spk("uk_zapyska_khakery_vymahayut", "uk",
                      "Внутрішня записка стверджує, що хакери вимагають "
                      "великий викуп.",
                      "Внутрішня записка", "стверджує",
                      "хакери вимагають великий викуп", WS_NEUTRAL);
    expect_labels_spk("ru_zapiska_khakery_trebuyut", "ru",
                      "Внутренняя записка утверждает, что хакеры требуют "
                      "крупный выкуп.",
                      "Внутренняя записка", "утверждает",
                      "хакеры требуют крупный выкуп", WS_NEUTRAL);
    expect_labels_spk("pl_notatka_hakerzy_zadaja", "pl",
                      "Wewnętrzna notatka stwierdza, że hakerzy żądają "
                      "wysokiego okupu.",
                      "Wewnętrzna notatka", "stwierdza",
                      "hakerzy żądają wysokiego okupu", WS_NEUTRAL);
}

/* "« Aucun dossier n'a quitté nos serveurs », a-t-il assuré" and
 * "запевнив, що Бухарест не має жодних мотивів" were neutral: an assurance
 * that something is not so (a negation beside a past or present auxiliary
 * or "has") denies a claim or a concern; an assurance that something is so,
 * or a negated promise ("will not cut"), is none. */
static void
test_assured_negated_fact_is_denial(void)
{
    expect_labels("en_assured_no_files_were_lost", "en", WS_INDIRECT,
                  "The director assured that no files were lost.", "assured",
                  "no files were lost", WS_DENIAL, -1);
    expect_labels("en_assured_water_is_safe_is_none", "en", WS_INDIRECT,
                  "The director assured that the water is safe.", "assured",
                  "the water is safe", WS_NEUTRAL, -1);
    expect_labels("fr_aucun_fichier_n_a_quitte", "fr", WS_DIRECT,
                  "« Aucun fichier n’a quitté le bâtiment », a-t-elle "
                  "assuré.",
                  "a-t-elle assuré", "Aucun fichier n’a quitté le bâtiment",
                  WS_DENIAL, -1);
    expect_labels("fr_ne_reduira_pas_is_promise", "fr", WS_DIRECT,
                  "« La ville ne réduira pas son aide », a-t-elle assuré.",
                  "a-t-elle assuré", "La ville ne réduira pas son aide",
                  WS_NEUTRAL, -1);
    expect_labels("uk_zapevnyv_ne_maye_namiru", "uk", WS_INDIRECT,
                  "Мер запевнив, що місто не має жодних планів щодо "
                  "закриття ринку.",
                  "запевнив", "місто не має жодних планів щодо закриття ринку",
                  WS_DENIAL, -1);
    expect_labels("ru_zaveril_ne_bylo_utechki", "ru", WS_INDIRECT,
                  "Мэр заверил, что никакой утечки не было.", "заверил",
                  "никакой утечки не было", WS_DENIAL, -1);
    expect_labels("pl_zapewnil_nie_bylo_wycieku", "pl", WS_INDIRECT,
                  "Burmistrz zapewnił, że wycieku nie było.", "zapewnił",
                  "wycieku nie było", WS_DENIAL, -1);
    expect_labels("pl_zapewnil_nie_wycofa_is_promise", "pl", WS_INDIRECT,
                  "Burmistrz zapewnił, że miasto nie wycofa dotacji.",
                  "zapewnił", "miasto nie wycofa dotacji", WS_NEUTRAL, -1);
}

/* "Ми нікого не затримуємо навмисно" was neutral: an intent adverb negated
 * in a clause of the speaker's side denies an imputed intent; not negated,
 * or of another agent, it is none. */
static void
test_negated_own_intent_is_denial(void)
{
    expect_labels("en_not_deliberately_is_denial", "en", WS_DIRECT,
                  "\"We are not deliberately slowing down the trucks,\" the "
                  "port director said.",
                  "said", "We are not deliberately slowing down the trucks",
                  WS_DENIAL, -1);
    expect_labels("en_deliberately_is_none", "en", WS_DIRECT,
                  "\"We are deliberately slowing down the trucks,\" the port "
                  "director said.",
                  "said", "We are deliberately slowing down the trucks",
                  WS_NEUTRAL, -1);
    expect_labels("uk_ne_navmysno_is_denial", "uk", WS_DIRECT,
                  "«Ми не гальмуємо вантажівки навмисно», – сказав директор.",
                  "сказав", "Ми не гальмуємо вантажівки навмисно", WS_DENIAL,
                  -1);
    expect_labels("ru_ne_namerenno_is_denial", "ru", WS_DIRECT,
                  "«Мы не задерживаем грузовики намеренно», — сказал "
                  "директор.",
                  "сказал", "Мы не задерживаем грузовики намеренно", WS_DENIAL,
                  -1);
    expect_labels("pl_nie_celowo_is_denial", "pl", WS_DIRECT,
                  "„My nie zatrzymujemy ciężarówek celowo” – powiedział "
                  "dyrektor.",
                  "powiedział", "My nie zatrzymujemy ciężarówek celowo",
                  WS_DENIAL, -1);
    expect_labels("de_nicht_absichtlich_is_denial", "de", WS_DIRECT,
                  "„Wir halten die Lastwagen nicht absichtlich auf“, sagte "
                  "der Direktor.",
                  "sagte", "Wir halten die Lastwagen nicht absichtlich auf",
                  WS_DENIAL, -1);
    expect_labels("fr_pas_volontairement_is_denial", "fr", WS_DIRECT,
                  "« Nous ne retardons pas volontairement les camions », a "
                  "dit le directeur.",
                  "a dit", "Nous ne retardons pas volontairement les camions",
                  WS_DENIAL, -1);
}

/* "затримки можуть коштувати регіону частини вантажопотоку" was neutral: a
 * verb of loss after a modal of possibility warns of a negative
 * consequence; with a figure after it (a price, an estimate) or without
 * the modal it is none. */
static void
test_possible_loss_is_warning(void)
{
    expect_labels("en_could_cost_the_city_is_warning", "en", WS_DIRECT,
                  "\"The strike could cost the city its tourist trade,\" the "
                  "mayor said.",
                  "said", "The strike could cost the city its tourist trade",
                  WS_WARNING, -1);
    expect_labels("en_may_cost_figure_is_none", "en", WS_DIRECT,
                  "\"The ticket may cost 5 euros,\" the mayor said.", "said",
                  "The ticket may cost 5 euros", WS_NEUTRAL, -1);
    expect_labels("uk_mozhe_koshtuvaty_is_warning", "uk", WS_DIRECT,
                  "«Страйк може коштувати місту частини туристів», – сказав "
                  "мер.",
                  "сказав", "Страйк може коштувати місту частини туристів",
                  WS_WARNING, -1);
    expect_labels("ru_mozhet_stoit_is_warning", "ru", WS_DIRECT,
                  "«Забастовка может стоить городу части туристов», — "
                  "сказал мэр.",
                  "сказал", "Забастовка может стоить городу части туристов",
                  WS_WARNING, -1);
    expect_labels("pl_moze_kosztowac_is_warning", "pl", WS_DIRECT,
                  "„Strajk może kosztować miasto część turystów” – "
                  "powiedział burmistrz.",
                  "powiedział", "Strajk może kosztować miasto część turystów",
                  WS_WARNING, -1);
    expect_labels("de_koennte_kosten_is_warning", "de", WS_DIRECT,
                  "„Der Streik könnte die Stadt viele Touristen kosten“, "
                  "sagte der Bürgermeister.",
                  "sagte", "Der Streik könnte die Stadt viele Touristen kosten",
                  WS_WARNING, -1);
    expect_labels("fr_pourrait_couter_is_warning", "fr", WS_DIRECT,
                  "« La grève pourrait coûter à la ville ses touristes », a "
                  "dit le maire.",
                  "a dit", "La grève pourrait coûter à la ville ses touristes",
                  WS_WARNING, -1);
    expect_labels("fr_pourrait_couter_pourcentage_is_none", "fr", WS_DIRECT,
                  "« La grève pourrait coûter à la ville 3 % de ses recettes "
                  "», a dit le maire.",
                  "a dit",
                  "La grève pourrait coûter à la ville 3 % de ses recettes",
                  WS_NEUTRAL, -1);
}

/* "affirme que le même groupe a déjà frappé deux cliniques" was neutral: a
 * French participle of a hostile deed after an auxiliary of avoir, with
 * adverbs between, accuses its agent; a passive ("a été frappée") is
 * none. */
static void
test_fr_deed_participle_after_adverb(void)
{
    expect_labels("fr_a_deja_frappe_is_accusation", "fr", WS_INDIRECT,
                  "Le maire affirme que le réseau a déjà frappé trois "
                  "mairies.",
                  "affirme", "le réseau a déjà frappé trois mairies",
                  WS_ACCUSATION, -1);
    expect_labels("fr_a_recemment_attaque_is_accusation", "fr", WS_INDIRECT,
                  "Le maire affirme que le réseau a récemment attaqué deux "
                  "banques.",
                  "affirme", "le réseau a récemment attaqué deux banques",
                  WS_ACCUSATION, -1);
    expect_labels("fr_a_ete_frappee_is_none", "fr", WS_INDIRECT,
                  "Le maire affirme que la ville a été frappée par une "
                  "tempête.",
                  "affirme", "la ville a été frappée par une tempête",
                  WS_NEUTRAL, -1);
}

/* ws_stance_label_doc labels a document's statements with one context
 * for them all: each statement's labels must be those it gets labelled
 * alone (nothing one statement's labelling leaves behind may reach the
 * next). */
static void
test_label_doc_same_as_one_by_one(void)
{
    static const char text[] =
        "The harbour master condemned the late repairs. \"We will not "
        "accept another delay,\" she said on Monday. The union warned that "
        "crews could walk out if the rota stays. A spokesman denied that any "
        "ferry had been unsafe. Residents demanded a public meeting about "
        "the noise.";
    ws_doc *d = ws_doc_new();
    if (d == NULL) {
        CHECK(0, "out of memory");
        return;
    }
    ws_doc_set_text(d, text, strlen(text));
    snprintf(d->lang, sizeof d->lang, "%s", "en");
    d->lang_given = 1;
    ws_stance(worker, d);
    CHECK(d->statements.n >= 3, "label doc: %d statements", d->statements.n);
    int32_t n = d->statements.n;
    ws_statement *one = calloc((size_t)n + 1, sizeof *one);
    if (one == NULL) {
        ws_doc_free(d);
        CHECK(0, "out of memory");
        return;
    }
    for (int32_t i = 0; i < n; i++) {
        one[i] = d->statements.v[i];
        ws_stance_label_statement(worker, d, &one[i]);
    }
    CHECK(ws_stance_label_doc(worker, d) == n, "label doc: all labelled");
    for (int32_t i = 0; i < n; i++) {
        const ws_statement *a = &one[i], *b = &d->statements.v[i];
        int same =
            a->nstance == b->nstance && a->negated == b->negated &&
            a->hedged == b->hedged &&
            a->target_span.start == b->target_span.start &&
            a->target_span.end == b->target_span.end &&
            (a->intensity == NULL) == (b->intensity == NULL) &&
            (a->intensity == NULL || strcmp(a->intensity, b->intensity) == 0);
        for (int k = 0; same && k < a->nstance; k++)
            same = a->stance[k] == b->stance[k];
        CHECK(same, "label doc: statement %d labelled as alone", i);
    }
    free(one);
    ws_doc_free(d);
}

int
main(void)
{
    char err[512];
    models = ws_models_open(NULL, err, sizeof(err));
    if (models == NULL) {
        fprintf(stderr, "test_stance_label: %s\n", err);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    worker = ws_worker_new(models);
    test_negative_condition();
    test_denied_deed();
    test_consequences();
    test_abbreviation_dot();
    test_conditional_threat();
    test_evaluations();
    test_violations_and_denials();
    test_disowning_lies_dangers();
    test_clause_structure();
    test_target_without_intensity();
    test_target_edges();
    test_target_act_quotes_subject();
    test_target_demand_ends_at_reason_clause();
    test_target_clause_subject();
    test_target_danger_of_agent_is_its_act();
    test_target_named_and_quoted_phrase();
    test_target_cue_object_subject_and_asked_act();
    test_target_coordination_and_adjuncts();
    test_instructions_and_light_verbs();
    test_instructed_support_and_threats();
    test_tolerance_concerns_smuggling();
    test_refusal_to_allow();
    test_session5_lexicon();
    test_act_verb_with_clause_is_nested_speech();
    test_target_adjuncts_and_compounds();
    test_withheld_rights_and_dismissals();
    test_stance_word_in_name();
    test_inquiry_matter();
    test_averted_danger();
    test_business_concerns_and_disowning();
    test_recipient_noun_is_no_stance();
    test_quoted_imperative_is_demand();
    test_relative_clause_act_is_not_speakers();
    test_negated_reproach_of_speaker();
    test_quoted_imperative_de_pl();
    test_impersonal_necessity_is_demand();
    test_obligation_is_demand();
    test_consequence_end_is_warning();
    test_called_an_attack_is_condemnation();
    test_claim_changes_nothing_is_denial();
    test_wrongdoing_adjective_of_thing();
    test_weak_noun_in_title_name();
    test_superlative_is_no_negation();
    test_naming_verb_evaluation();
    test_announced_attack_is_warning();
    test_rebutted_motive_is_denial();
    test_scare_quotes_are_condemnation();
    test_charged_deceit_is_accusation();
    test_claim_called_lies_is_accusation();
    test_pretext_is_accusation();
    test_series_of_provocations_is_accusation();
    test_cannot_pretend_is_warning();
    test_warning_heard_before_is_denial();
    test_own_safety_question_is_concern();
    test_own_conduct_at_all_times_is_denial();
    test_requirement_of_thing_is_no_demand();
    test_forced_step_under_condition_is_warning();
    test_refused_act_object_is_neutral();
    test_breaking_a_rule_is_accusation();
    test_document_reports_third_party_act();
    test_assured_negated_fact_is_denial();
    test_negated_own_intent_is_denial();
    test_possible_loss_is_warning();
    test_fr_deed_participle_after_adverb();
    test_label_doc_same_as_one_by_one();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
