/*
 * test_ner.c - the ner stage: entity spans and types, person-role-org
 * links, coreference and canonical names, in en, uk, ru, pl, de and fr.
 * The sentences are written for these tests.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "ws_int.h"

static ws_models *models;
static ws_worker *worker;

static ws_doc *
run(const char *lang, const char *text)
{
    ws_doc *d = ws_doc_new();
    if (!d)
        return NULL;
    ws_doc_set_text(d, text, strlen(text));
    snprintf(d->lang, sizeof(d->lang), "%s", lang);
    d->lang_given = 1;
    int rc = ws_ner(worker, d);
    CHECK(rc == 0, "ws_ner failed on \"%s\": %d", text, rc);
    CHECK(d->done & WS_DONE_NER, "WS_DONE_NER not set");
    return d;
}

/* Index of the entity with this text and type, or -1. */
static int32_t
find(const ws_doc *d, const char *text, int type)
{
    for (int32_t i = 0; i < d->entities.n; i++)
        if (!strcmp(d->entities.v[i].text, text) &&
            d->entities.v[i].type == type)
            return i;
    return -1;
}

static void
expect(const ws_doc *d, const char *text, int type)
{
    CHECK(find(d, text, type) >= 0, "no %s \"%s\"", ws_etype_name(type), text);
}

static void
expect_not(const ws_doc *d, const char *text, int type)
{
    CHECK(find(d, text, type) < 0, "unexpected %s \"%s\"", ws_etype_name(type),
          text);
}

/* PERSON person has role `role` (text) and organisation `org` (text). */
static void
expect_link(const ws_doc *d, const char *person, const char *role,
            const char *org)
{
    int32_t p = find(d, person, WS_PERSON);
    CHECK(p >= 0, "no PERSON \"%s\"", person);
    if (p < 0)
        return;
    const ws_entity *e = &d->entities.v[p];
    if (role) {
        CHECK(e->role >= 0 && !strcmp(d->entities.v[e->role].text, role),
              "\"%s\": role %s, want \"%s\"", person,
              e->role >= 0 ? d->entities.v[e->role].text : "none", role);
    }
    if (org) {
        const char *on = ws_ner_org_name(d, p);
        CHECK(on && !strcmp(on, org), "\"%s\": org \"%s\", want \"%s\"", person,
              on ? on : "none", org);
    }
}

static void
expect_name(const ws_doc *d, const char *text, int type, const char *name)
{
    int32_t i = find(d, text, type);
    CHECK(i >= 0, "no %s \"%s\"", ws_etype_name(type), text);
    if (i >= 0)
        CHECK(!strcmp(d->entities.v[i].name, name),
              "\"%s\": name \"%s\", "
              "want \"%s\"",
              text, d->entities.v[i].name, name);
}

/* Entities are sorted, do not overlap and slice the text. */
static void
check_shape(ws_doc *d)
{
    for (int32_t i = 0; i < d->entities.n; i++) {
        const ws_entity *e = &d->entities.v[i];
        CHECK(e->start < e->end, "empty entity %d", i);
        CHECK(i == 0 || d->entities.v[i - 1].end <= e->start,
              "entities %d and %d overlap or are unsorted", i - 1, i);
        CHECK(e->cluster >= 0 && e->name, "entity %d lacks cluster/name", i);
        char *s = ws_doc_slice(d, e->start, e->end);
        CHECK(s && !strcmp(s, e->text), "entity %d text \"%s\" != slice", i,
              e->text);
    }
}

/* The handles "@X" and "@Y" are (1) or are not (0) in one cluster. */
static void
expect_same_cluster(const ws_doc *d, const char *a, const char *b, int same)
{
    int32_t i = -1, j = -1;
    for (int32_t k = 0; k < d->entities.n; k++) {
        if (!strcmp(d->entities.v[k].text, a) && i < 0)
            i = k;
        if (!strcmp(d->entities.v[k].text, b) && j < 0)
            j = k;
    }
    CHECK(i >= 0 && j >= 0, "no \"%s\" or no \"%s\"", a, b);
    if (i >= 0 && j >= 0)
        CHECK((d->entities.v[i].cluster == d->entities.v[j].cluster) == same,
              "\"%s\" and \"%s\": clusters %d and %d", a, b,
              d->entities.v[i].cluster, d->entities.v[j].cluster);
}

/* handle_owner_not_linked: a handle named alone joins the organisation
 * its parts stand for, takes its name and type; a bare country handle
 * and a handle two bodies fit stay apart. */
static void
test_handle_owner(void)
{
    ws_doc *d = run("en", "The Moldovan Foreign Ministry protested on Monday. "
                          "Later @MFA_Moldova posted the note. The State "
                          "Department agreed, and @StateDept added a map. "
                          "@Moldova shared it.");
    expect_same_cluster(d, "@MFA_Moldova", "Moldovan Foreign Ministry", 1);
    expect_name(d, "@MFA_Moldova", WS_GOV, "Moldovan Foreign Ministry");
    expect_same_cluster(d, "@StateDept", "State Department", 1);
    expect(d, "@StateDept", WS_GOV);
    expect_same_cluster(d, "@Moldova", "Moldovan Foreign Ministry", 0);
    ws_doc_free(d);
    d = run("en", "The Moldovan Foreign Ministry and the Moldovan Defence "
                  "Ministry met. @MFA_Moldova posted a photo.");
    expect_same_cluster(d, "@MFA_Moldova", "Moldovan Foreign Ministry", 0);
    expect_same_cluster(d, "@MFA_Moldova", "Moldovan Defence Ministry", 0);
    ws_doc_free(d);
}

/* find_handles reads the tokens only when the text has an "@": a handle
 * as its first or last token, or its only one, is found; a text
 * without one has no handle entity. */
static void
test_handle_first_and_last_token(void)
{
    static const char *const texts[] = {"@quillmoth posted the photo.",
                                        "The photo was posted by @quillmoth",
                                        "@quillmoth"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        ws_doc *d = run("en", texts[i]);
        int n = 0;
        for (int32_t e = 0; e < d->entities.n; e++)
            n += !strcmp(d->entities.v[e].text, "@quillmoth") &&
                 d->entities.v[e].type != WS_PERSON;
        CHECK(n == 1, "%s: %d handles (1)", texts[i], n);
        ws_doc_free(d);
    }
    ws_doc *d = run("en", "The photo was posted by quillmoth.");
    for (int32_t e = 0; e < d->entities.n; e++)
        CHECK(d->entities.v[e].text[0] != '@', "a handle: %s",
              d->entities.v[e].text);
    ws_doc_free(d);
}

/* gov_region_split: a government named after a region ("Правительство
 * Хабаровского края") was cut into a GOV head and a LOC */
static void
test_gov_region(void)
{
    ws_doc *d = run("ru", "Вчера Правительство Тверской области осудило "
                          "задержку выплат.");
    expect(d, "Правительство Тверской области", WS_GOV);
    expect_not(d, "Тверской области", WS_LOC);
    ws_doc_free(d);
    d = run("uk", "Уряд Волинської області повідомив про ремонт мосту.");
    expect(d, "Уряд Волинської області", WS_GOV);
    ws_doc_free(d);
    /* a region alone stays a place */
    d = run("ru", "Губернатор Тверской области приехал на завод.");
    expect(d, "Тверской области", WS_LOC);
    ws_doc_free(d);
}

/* quoted_outlet_not_media: an outlet's name in quotation marks after
 * "газета", "Zeitung", "newspaper" ... was typed ORG or LOC by its words */
static void
test_quoted_outlet(void)
{
    static const struct {
        const char *lang, *text, *name;
    } c[] = {
        {"ru", "Вчера газета «Полярный маяк» напечатала письмо.",
         "Полярный маяк"},
        {"uk", "Газета «Вечірній Житомир» написала про це.",
         "Вечірній Житомир"},
        {"pl", "Wczoraj tygodnik „Głos Doliny” napisał o tym.", "Głos Doliny"},
        {"de", "Die Zeitung „Talbote“ berichtete darüber.", "Talbote"},
        {"en", "The newspaper \"Harbour Voice\" printed the letter.",
         "Harbour Voice"},
    };
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
        ws_doc *d = run(c[i].lang, c[i].text);
        expect(d, c[i].name, WS_MEDIA);
        ws_doc_free(d);
    }
    /* no outlet noun before the marks: the rule does not apply */
    ws_doc *d = run("ru", "Корабль «Полярный маяк» вышел в море.");
    expect_not(d, "Полярный маяк", WS_MEDIA);
    ws_doc_free(d);
}

/* dateline_month_tagged_place: "Oct" of "COLUMBUS, Ohio, Oct 2 (Reuters)"
 * was a place; a month's abbreviation before a day number is none, and
 * "Jan" before a surname stays a first name */
static void
test_month_abbrev(void)
{
    ws_doc *d = run("en", "GENEVA, Jan 5 (Reuters) - UN envoy Jan Kubis said "
                          "the talks would resume on Oct 2.");
    expect(d, "GENEVA", WS_LOC);
    expect(d, "Reuters", WS_MEDIA);
    expect(d, "Jan Kubis", WS_PERSON);
    expect_not(d, "Jan", WS_LOC);
    expect_not(d, "Oct", WS_LOC);
    ws_doc_free(d);
    d = run("en", "COLUMBUS, Ohio, Oct 2 (Reuters) - The mayor left.");
    expect(d, "Ohio", WS_LOC);
    expect_not(d, "Oct", WS_LOC);
    ws_doc_free(d);
}

/* city_paper_as_place: a city's newspaper ("Philadelphia Inquirer") was a
 * place or an organisation; an outlet head word at its end makes it MEDIA.
 * Legislative and expert roles and the party adjective "Democratic". */
static void
test_us_news_words(void)
{
    ws_doc *d = run("en", "The Philadelphia Inquirer and the Columbus "
                          "Dispatch reported the vote.");
    expect(d, "Philadelphia Inquirer", WS_MEDIA);
    expect(d, "Columbus Dispatch", WS_MEDIA);
    ws_doc_free(d);
    d = run("en", "Senate Minority Whip Tom Brandt said his Democratic rival "
                  "had ignored independent economists.");
    expect(d, "Minority Whip", WS_ROLE);
    expect(d, "Democratic", WS_NORP);
    expect(d, "economists", WS_ROLE);
    ws_doc_free(d);
}

/* head_mention_new_body: "the Commission" after "the European Commission"
 * was a second body (GOV, its own cluster and name); it is the same one.
 * Two bodies with that head leave it apart. */
static void
test_head_mention(void)
{
    static const struct {
        const char *lang, *text, *head, *name;
    } c[] = {
        {"en", "The European Commission said no. The Commission added more.",
         "Commission", "European Commission"},
        {"fr",
         "La Commission europ\xc3\xa9"
         "enne a refus\xc3\xa9. La Commission a ajout\xc3\xa9 un mot.",
         "Commission",
         "Commission europ\xc3\xa9"
         "enne"},
        {"en", "The Ministry of Defence said no. The Ministry added more.",
         "Ministry", "Ministry of Defence"},
    };
    for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
        ws_doc *d = run(c[i].lang, c[i].text);
        int32_t h = -1, b = -1;
        for (int32_t k = 0; k < d->entities.n; k++) {
            if (!strcmp(d->entities.v[k].text, c[i].head))
                h = k;
            if (!strcmp(d->entities.v[k].text, c[i].name))
                b = k;
        }
        CHECK(h >= 0 && b >= 0, "[%s] entities found", c[i].lang);
        if (h >= 0 && b >= 0)
            CHECK(d->entities.v[h].cluster == d->entities.v[b].cluster &&
                      d->entities.v[h].type == d->entities.v[b].type &&
                      !strcmp(d->entities.v[h].name, c[i].name),
                  "[%s] %s: cluster %d/%d, name %s", c[i].lang, c[i].head,
                  d->entities.v[h].cluster, d->entities.v[b].cluster,
                  d->entities.v[h].name);
        ws_doc_free(d);
    }
    /* fr_org_place_unknown: "de Cadix", a place no lexicon knows, was cut
     * off the body's name */
    ws_doc *f =
        run("fr", "La F\xc3\xa9"
                  "d\xc3\xa9ration des armateurs de Cadix a protest\xc3\xa9.");
    expect(f,
           "F\xc3\xa9"
           "d\xc3\xa9ration des armateurs de Cadix",
           WS_ORG);
    ws_doc_free(f);
    ws_doc *d = run("en", "The Foreign Ministry and the Defence Ministry met. "
                          "The Ministry said no.");
    for (int32_t k = 0; k < d->entities.n; k++)
        if (!strcmp(d->entities.v[k].text, "Ministry"))
            CHECK(!strcmp(d->entities.v[k].name, "Ministry"),
                  "two bodies: joined %s", d->entities.v[k].name);
    ws_doc_free(d);
}

/* find_lexicon reads only the tokens with a lexicon match of a kind it
 * ranks: names of several words one after another, the longer kept over
 * a place inside it ("New York" in "New York Times"), the one after an
 * accepted name found too, and a one-word name at the text's end. */
static void
test_lexicon_names_in_a_row(void)
{
    ws_doc *d = run("en", "Quillmoth read New York Times pages, asked "
                          "United Nations Security Council aides; a "
                          "Washington Post crew flew to New York, not to "
                          "Paris");
    expect(d, "New York Times", WS_MEDIA);
    expect(d, "United Nations Security Council", WS_ORG);
    expect(d, "Washington Post", WS_MEDIA);
    expect(d, "New York", WS_LOC);
    expect(d, "Paris", WS_LOC);
    expect_not(d, "United Nations", WS_ORG);
    expect_not(d, "Washington", WS_LOC);
    int n = 0;
    for (int32_t i = 0; i < d->entities.n; i++)
        n += !strcmp(d->entities.v[i].text, "New York");
    CHECK(n == 1, "\"New York\" %d times (once: the place)", n);
    ws_doc_free(d);
}

/* ru_agency_as_person: a federal agency's one-word name ("Росгидромет",
 * "Держстат") was a person or an organisation; the lexicons list them as
 * government bodies, with the nominative name for inflected mentions */
static void
test_agency_names(void)
{
    ws_doc *d = run("ru", "В Росгидромете сообщили об этом.");
    expect_name(d, "Росгидромете", WS_GOV, "Росгидромет");
    ws_doc_free(d);
    d = run("uk", "У Держстаті повідомили про це.");
    expect_name(d, "Держстаті", WS_GOV, "Держстат");
    ws_doc_free(d);
}

/* de_prosecutor_compound_not_gov: the federal and state prosecutors'
 * offices ("Generalbundesanwaltschaft", "Generalstaatsanwaltschaft")
 * were no entity: only "Staatsanwaltschaft" itself was listed; the
 * compounds ending in it or in "Bundesanwaltschaft" are government bodies */
static void
test_de_prosecutor_compounds(void)
{
    ws_doc *d = run("de", "Die Generalbundesanwaltschaft hat die Ermittlungen "
                          "übernommen. Auch die Generalstaatsanwaltschaft "
                          "prüft den Fall.");
    expect(d, "Generalbundesanwaltschaft", WS_GOV);
    expect(d, "Generalstaatsanwaltschaft", WS_GOV);
    ws_doc_free(d);
}

/* pl_gov_cut_at_adjective: Polish bodies capitalise every word, and the
 * name was cut after its head ("Urząd" of "Urząd Wojewódzki w Gdańsku");
 * its nominative now puts the agreeing adjectives in the nominative too */
static void
test_pl_titlecase_gov(void)
{
    ws_doc *d = run("pl", "Urząd Wojewódzki w Lublinie poinformował o tym.");
    expect(d, "Urząd Wojewódzki w Lublinie", WS_GOV);
    ws_doc_free(d);
    d = run("pl", "Rzecznik Komendy Głównej Policji powiedział, że nikt nie "
                  "zginął. Według Straży Granicznej było spokojnie.");
    expect_name(d, "Komendy Głównej Policji", WS_GOV, "Komenda Główna Policji");
    expect_name(d, "Straży Granicznej", WS_GOV, "Straż Graniczna");
    ws_doc_free(d);
    d = run("pl", "Przedstawiciel Urzędu Marszałkowskiego Województwa "
                  "Lubuskiego powiedział to wczoraj.");
    expect_name(d, "Urzędu Marszałkowskiego Województwa Lubuskiego", WS_GOV,
                "Urząd Marszałkowski Województwa Lubuskiego");
    ws_doc_free(d);
}

/* slav_gov_adjectives_lost: "Федеральная таможенная служба" (adjectives
 * before the head, the first capitalised) was no entity at the start of a
 * sentence and ORG inside one; its name is the nominative of every word */
static void
test_slav_adjective_gov(void)
{
    ws_doc *d = run("ru", "Федеральная таможенная служба сообщила об этом. "
                          "Как сообщила пресс-служба Федеральной таможенной "
                          "службы, очереди выросли.");
    expect_name(d, "Федеральная таможенная служба", WS_GOV,
                "Федеральная таможенная служба");
    expect_name(d, "Федеральной таможенной службы", WS_GOV,
                "Федеральная таможенная служба");
    ws_doc_free(d);
    d = run("uk", "Речник Державної прикордонної служби України сказав це.");
    expect_name(d, "Державної прикордонної служби України", WS_GOV,
                "Державна прикордонна служба України");
    ws_doc_free(d);
    /* one sentence-initial adjective is no name: "Местная полиция" */
    d = run("ru", "Местная полиция сообщила об этом.");
    CHECK(d != NULL && d->entities.n == 0, "%d entities, want none",
          d ? d->entities.n : -1);
    ws_doc_free(d);
}

/* fr_role_cut_at_nationality: "ministre français des Comptes publics",
 * "secrétaire d’État britannique aux Transports" ended the role before
 * the nationality adjective, and the domain became a place */
static void
test_fr_role_norp_domain(void)
{
    ws_doc *d = run("fr", "Le ministre français des Comptes publics, Julien "
                          "Marchal, a rejeté ces critiques. La secrétaire "
                          "d’État britannique aux Transports a parlé.");
    expect(d, "ministre français des Comptes publics", WS_ROLE);
    expect(d, "secrétaire d’État britannique aux Transports", WS_ROLE);
    ws_doc_free(d);
    d = run("fr", "Les ministres français ont parlé.");
    expect(d, "français", WS_NORP);
    ws_doc_free(d);
}

/* name_after_org_class_as_person: "le syndicat Solidaires Douanes" was
 * tagged a person; a name right after a kind of organisation is ORG */
static void
test_org_class_name(void)
{
    ws_doc *d = run("fr", "Dans un communiqué, le syndicat Solidaires Douanes "
                          "affirme cela. Le ministre Jean Dupont a parlé.");
    expect(d, "Solidaires Douanes", WS_ORG);
    expect(d, "Jean Dupont", WS_PERSON);
    ws_doc_free(d);
}

/* role_place_joined_to_person: "Sołtys Mirczy Józef Bielak" tagged the
 * role's place (a genitive) as the person's first word */
static void
test_role_place_name_split(void)
{
    ws_doc *d = run("pl", "Sołtys Mirczy Józef Bielak przyznał to.");
    expect(d, "Józef Bielak", WS_PERSON);
    expect(d, "Sołtys", WS_ROLE);
    ws_doc_free(d);
    d = run("pl", "Poseł Jan Maria Rokita przyznał to.");
    expect(d, "Jan Maria Rokita", WS_PERSON);
    ws_doc_free(d);
    /* and "Староста села Мирча Йосип Беляк": the role and the first
     * name were not in the lexicons */
    d = run("uk", "Староста села Мирча Йосип Беляк визнав це.");
    expect(d, "Староста", WS_ROLE);
    expect(d, "Йосип Беляк", WS_PERSON);
    ws_doc_free(d);
}

/* embassy_not_gov: "Ambasada Rosji w Warszawie" was an organisation and a
 * place; an embassy is a government body */
static void
test_embassy_gov(void)
{
    ws_doc *d = run("pl", "Ambasada Rosji w Warszawie nie odpowiedziała.");
    expect(d, "Ambasada Rosji w Warszawie", WS_GOV);
    ws_doc_free(d);
    d = run("en", "The Embassy of Ukraine said so. A spokesman for the "
                  "embassy declined to comment.");
    expect(d, "Embassy of Ukraine", WS_GOV);
    ws_doc_free(d);
}

/* say_verb_in_name: in a title-case headline the tagger ran a court, a
 * speech verb, a person and the person's verb into one name ("State Court
 * Says Tom Hale Must Pay"), and a subject and its verb ("Experts Say");
 * the verb ends the name, the words after a speech verb stay a name,
 * those after an auxiliary do not.  aux_in_name: "Anna Berg Is Right"
 * was one person.  function_word_opens_person: a capitalised
 * preposition opening a headline ("Ranting Against Obama, ...") was the
 * first word of a person's name. */
static void
test_verb_and_function_word_in_name(void)
{
    ws_doc *d = run("en", "State Court Says Tom Hale Must Pay\n\nHe lost.");
    expect_not(d, "Court Says Tom Hale Must Pay", WS_LOC);
    expect(d, "Tom Hale", WS_PERSON);
    expect_not(d, "Pay", WS_PERSON);
    ws_doc_free(d);
    d = run("en", "Anna Berg Is Right About Taxes, Experts Say\n\nShe smiled.");
    expect(d, "Anna Berg", WS_PERSON);
    expect_not(d, "Anna Berg Is Right", WS_PERSON);
    expect_not(d, "Experts Say", WS_ORG);
    ws_doc_free(d);
    d = run("en", "Ranting Against Obama, Pelosi Vows To Block Funds\n\n"
                  "The funds were blocked.");
    expect(d, "Obama", WS_PERSON);
    expect_not(d, "Against Obama", WS_PERSON);
    expect_not(d, "Pelosi Vows To Block Funds", WS_ORG);
    ws_doc_free(d);
}

static void
test_en(void)
{
    ws_doc *d =
        run("en",
            "BRUSSELS (Reuters / AFP - 3rd May, 2023) NATO Secretary General "
            "Jens Stoltenberg on Monday condemned the strikes on Ukrainian "
            "power plants. The Latvian Foreign Ministry also condemned the "
            "strikes, and ministry spokesman Andris Kalnins said the health "
            "ministry had sent doctors. \"We stand with Ukraine,\" Stoltenberg "
            "said. NATO's support will continue, he added. The Estonian "
            "Government said its account @EST_MFA_Press would publish details. "
            "Maria Lind, a spokeswoman for the Swedish Defence Ministry, said "
            "the Russia-based group denied it.");
    check_shape(d);
    expect(d, "BRUSSELS", WS_LOC);
    expect(d, "Reuters", WS_MEDIA);
    expect(d, "AFP", WS_MEDIA);
    expect(d, "NATO", WS_ORG);
    expect(d, "Secretary General", WS_ROLE);
    expect(d, "Jens Stoltenberg", WS_PERSON);
    expect(d, "Ukrainian", WS_NORP);
    expect_not(d, "Monday", WS_PERSON);
    expect(d, "Latvian Foreign Ministry", WS_GOV);
    expect(d, "health ministry", WS_GOV);
    expect(d, "Estonian Government", WS_GOV);
    expect(d, "Swedish Defence Ministry", WS_GOV);
    expect(d, "Ukraine", WS_LOC);
    expect_not(d, "Russia", WS_LOC); /* part of "Russia-based" */
    expect(d, "Stoltenberg", WS_PERSON);
    expect_name(d, "Stoltenberg", WS_PERSON, "Jens Stoltenberg");
    int32_t a = find(d, "Jens Stoltenberg", WS_PERSON);
    int32_t b = find(d, "Stoltenberg", WS_PERSON);
    CHECK(a >= 0 && b >= 0 &&
              d->entities.v[a].cluster == d->entities.v[b].cluster,
          "surname not in the full name's cluster");
    expect_link(d, "Jens Stoltenberg", "Secretary General", "NATO");
    /* "ministry spokesman": the last ministry named before */
    expect_link(d, "Andris Kalnins", "spokesman", "Latvian Foreign Ministry");
    /* "X, a spokeswoman for the Y" */
    expect_link(d, "Maria Lind", "spokeswoman", "Swedish Defence Ministry");
    int32_t ml = find(d, "Maria Lind", WS_PERSON);
    CHECK(ml >= 0 && d->entities.v[ml].gender &&
              !strcmp(d->entities.v[ml].gender, "f"),
          "Maria Lind: gender");
    /* the handle takes the body named before "its account" */
    int32_t h = find(d, "@EST_MFA_Press", WS_GOV);
    CHECK(h >= 0, "no GOV \"@EST_MFA_Press\"");
    /* possessive: "NATO's" gives NATO */
    int nato = 0;
    for (int32_t i = 0; i < d->entities.n; i++)
        nato += !strcmp(d->entities.v[i].text, "NATO");
    CHECK(nato == 2, "NATO found %d times, want 2", nato);

    /* resolve: "the ministry", a pronoun, a surname */
    int32_t t_min = -1, t_he = -1, t_st = -1;
    for (int32_t i = 0; i < d->tokens.n; i++) {
        if (ws_tok_is(d, i, "ministry") && t_min < 0)
            t_min = i;
        if (ws_tok_is(d, i, "he"))
            t_he = i;
        if (ws_tok_is(d, i, "Stoltenberg"))
            t_st = i;
    }
    int32_t r = ws_ner_resolve(d, t_min, t_min + 1, 1 << WS_GOV);
    CHECK(r >= 0 && !strcmp(d->entities.v[r].text, "Latvian Foreign Ministry"),
          "resolve(ministry) = %d", r);
    r = ws_ner_resolve(d, t_he, t_he + 1, 0);
    CHECK(r >= 0 && d->entities.v[r].type == WS_PERSON &&
              !strcmp(d->entities.v[r].name, "Jens Stoltenberg"),
          "resolve(he) = %d", r);
    r = ws_ner_resolve(d, t_st, t_st + 1, 1 << WS_PERSON);
    CHECK(r >= 0 && !strcmp(d->entities.v[r].name, "Jens Stoltenberg"),
          "resolve(Stoltenberg) = %d", r);
    ws_doc_free(d);

    /* "Ukrainian government websites": NORP only; "the service": none */
    d = run("en", "Hackers hit Ukrainian government websites. The State "
                  "Service of Emergency Situations said the service was "
                  "ready.");
    expect(d, "Ukrainian", WS_NORP);
    expect_not(d, "Ukrainian government", WS_GOV);
    expect(d, "State Service of Emergency Situations", WS_GOV);
    expect_not(d, "service", WS_GOV);
    ws_doc_free(d);
}

static void
test_uk(void)
{
    ws_doc *d = run(
        "uk",
        "КИЇВ (Укрінформ) – Речник МЗС України Олег Ніколенко засудив "
        "обстріл. Міністерство закордонних справ України закликало партнерів "
        "допомогти. За словами Олега Ніколенка, відомство вже звернулося до "
        "ООН. Ніколенко додав, що німецькому уряду вдячні.");
    check_shape(d);
    expect(d, "КИЇВ", WS_LOC);
    expect(d, "Укрінформ", WS_MEDIA);
    expect(d, "Речник", WS_ROLE);
    expect(d, "МЗС України", WS_GOV);
    expect(d, "Олег Ніколенко", WS_PERSON);
    expect(d, "Міністерство закордонних справ України", WS_GOV);
    expect(d, "Олега Ніколенка", WS_PERSON);
    expect_name(d, "Олега Ніколенка", WS_PERSON, "Олег Ніколенко");
    expect_name(d, "Ніколенко", WS_PERSON, "Олег Ніколенко");
    expect(d, "ООН", WS_ORG);
    expect(d, "німецькому уряду", WS_GOV);
    expect_link(d, "Олег Ніколенко", "Речник", "МЗС України");
    int32_t t = -1;
    for (int32_t i = 0; i < d->tokens.n; i++)
        if (ws_tok_is(d, i, "відомство"))
            t = i;
    int32_t r = ws_ner_resolve(d, t, t + 1, 0);
    CHECK(r >= 0 && d->entities.v[r].type == WS_GOV, "resolve(відомство) = %d",
          r);
    ws_doc_free(d);
}

static void
test_ru(void)
{
    ws_doc *d = run("ru", "Официальный представитель МИД России Мария "
                          "Захарова заявила, что Москва ответит. По словам "
                          "Марии Захаровой, Министерство иностранных дел "
                          "России направило ноту.");
    check_shape(d);
    expect(d, "Официальный представитель", WS_ROLE);
    expect(d, "МИД России", WS_GOV);
    expect(d, "Мария Захарова", WS_PERSON);
    expect(d, "Москва", WS_LOC);
    expect_name(d, "Марии Захаровой", WS_PERSON, "Мария Захарова");
    expect(d, "Министерство иностранных дел России", WS_GOV);
    expect_link(d, "Мария Захарова", "Официальный представитель", "МИД России");
    ws_doc_free(d);
}

static void
test_pl(void)
{
    ws_doc *d = run("pl", "WARSZAWA (PAP) – Rzecznik MSZ Łukasz Jasina "
                          "powiedział, że polski rząd potępia atak. Według "
                          "Łukasza Jasiny Ministerstwo Spraw Zagranicznych "
                          "wezwało ambasadora Rosji.");
    check_shape(d);
    expect(d, "WARSZAWA", WS_LOC);
    expect(d, "PAP", WS_MEDIA);
    expect(d, "Rzecznik", WS_ROLE);
    expect(d, "MSZ", WS_GOV);
    expect(d, "Łukasz Jasina", WS_PERSON);
    expect(d, "polski rząd", WS_GOV);
    expect(d, "Ministerstwo Spraw Zagranicznych", WS_GOV);
    expect(d, "Rosji", WS_LOC);
    expect_name(d, "Łukasza Jasiny", WS_PERSON, "Łukasz Jasina");
    expect_link(d, "Łukasz Jasina", "Rzecznik", "MSZ");
    ws_doc_free(d);
}

static void
test_de(void)
{
    ws_doc *d = run("de", "BERLIN (dpa) – Eine Sprecherin des Auswärtigen "
                          "Amtes sagte, Deutschland verurteile den Angriff. "
                          "Außenministerin Annalena Baerbock reist nach "
                          "Kiew. Das Auswärtige Amt bestellte den "
                          "russischen Botschafter ein.");
    check_shape(d);
    expect(d, "BERLIN", WS_LOC);
    expect(d, "dpa", WS_MEDIA);
    expect(d, "Sprecherin", WS_ROLE);
    expect(d, "Auswärtigen Amtes", WS_GOV);
    expect_name(d, "Auswärtigen Amtes", WS_GOV, "Auswärtiges Amt");
    expect(d, "Deutschland", WS_LOC);
    expect(d, "Außenministerin", WS_ROLE);
    expect(d, "Annalena Baerbock", WS_PERSON);
    expect(d, "Kiew", WS_LOC);
    expect(d, "Auswärtige Amt", WS_GOV);
    expect(d, "russischen", WS_NORP);
    expect(d, "Botschafter", WS_ROLE);
    expect_link(d, "Annalena Baerbock", "Außenministerin", NULL);
    int32_t r = find(d, "Sprecherin", WS_ROLE);
    CHECK(r >= 0 && d->entities.v[r].org >= 0 &&
              d->entities.v[d->entities.v[r].org].type == WS_GOV,
          "Sprecherin des Auswärtigen Amtes: no org");
    ws_doc_free(d);
}

static void
test_fr(void)
{
    ws_doc *d = run("fr", "PARIS (AFP) – La porte-parole du ministère de "
                          "l'Europe et des Affaires étrangères a condamné "
                          "l'attaque. Le Quai d'Orsay a convoqué "
                          "l'ambassadeur russe. L'armée française est "
                          "prête, selon le ministre des Armées.");
    check_shape(d);
    expect(d, "PARIS", WS_LOC);
    expect(d, "AFP", WS_MEDIA);
    expect(d, "porte-parole", WS_ROLE);
    expect(d, "ministère de l'Europe et des Affaires étrangères", WS_GOV);
    expect(d, "Quai d'Orsay", WS_GOV);
    expect(d, "russe", WS_NORP);
    expect(d, "armée française", WS_GOV);
    expect(d, "ministre des Armées", WS_ROLE);
    int32_t r = find(d, "porte-parole", WS_ROLE);
    CHECK(r >= 0 && d->entities.v[r].org >= 0, "porte-parole du ministère: "
                                               "no org");
    ws_doc_free(d);
}

/* French fixes (corpora 013): long organisation names, a ministry with a
 * nationality adjective and a domain, a role with "à la", a country after
 * a role; a lone "de" is no entity. */
static void
test_fr_fixes(void)
{
    ws_doc *d = run("fr", "La Communauté économique des États de l’Afrique de "
                          "l’Ouest (Cedeao) a tenu un sommet. Le ministère "
                          "malien de la Santé a réagi. L’Association des "
                          "pêcheurs sénégalais a protesté. Le commissaire à la "
                          "sécurité a parlé. La ministre de la Culture de Côte "
                          "d’Ivoire, Awa Traoré, est arrivée.");
    check_shape(d);
    expect(d, "Communauté économique des États de l’Afrique de l’Ouest",
           WS_ORG);
    expect(d, "Cedeao", WS_ORG);
    expect(d, "ministère malien de la Santé", WS_GOV);
    expect(d, "Association des pêcheurs sénégalais", WS_ORG);
    expect(d, "commissaire à la sécurité", WS_ROLE);
    expect(d, "Côte d’Ivoire", WS_LOC);
    expect_not(d, "de", WS_ORG);
    expect_not(d, "Ouest", WS_LOC);
    ws_doc_free(d);
}

/* Russian and Ukrainian names with lowercase complements (corpora 014):
 * a body with "по" + dative domain, an organisation head with genitive
 * words, a coast guard with its country; "по словам" is no domain. */
static void
test_ru_uk_complements(void)
{
    ws_doc *d = run("ru", "Федеральная служба по ветеринарному надзору "
                          "запретила ввоз. Союз производителей молочной "
                          "продукции выступил против. Береговая охрана "
                          "Финляндии задержала судно. Председатель союза "
                          "Пётр Лазарев уехал. Профсоюз заявил о забастовке.");
    check_shape(d);
    expect(d, "Федеральная служба по ветеринарному надзору", WS_GOV);
    expect(d, "Союз производителей молочной продукции", WS_ORG);
    expect(d, "Береговая охрана Финляндии", WS_GOV);
    expect(d, "Председатель", WS_ROLE);
    expect_not(d, "Профсоюз заявил", WS_ORG);
    ws_doc_free(d);
    d = run("ru", "Агентство по словам экспертов работает плохо. Служба по "
                  "телефону не ответила.");
    check_shape(d);
    expect_not(d, "Агентство по словам", WS_GOV);
    expect_not(d, "Служба по телефону", WS_GOV);
    ws_doc_free(d);
    d = run("uk", "Спілка журналістів України засудила напад. Берегова "
                  "охорона Латвії повідомила про інцидент.");
    check_shape(d);
    expect(d, "Спілка журналістів України", WS_ORG);
    expect(d, "Берегова охорона Латвії", WS_GOV);
    ws_doc_free(d);
}

/* gov_complement_took_person: "комітету з питань енергетики Андрій
 * Мельник" made one GOV of the committee and the person after it;
 * role_prefix_took_office: "представництві" (an office) matched the role
 * prefix of "представниця" (a representative), and so in ru and pl;
 * min_abbrev_org: "Міненерго" was an ORG, not a ministry */
static void
test_gov_person_office(void)
{
    ws_doc *d = run("uk", "Голова комітету з питань енергетики Андрій "
                          "Мельник заявив це.");
    expect(d, "комітету з питань енергетики", WS_GOV);
    expect(d, "Андрій Мельник", WS_PERSON);
    ws_doc_free(d);
    d = run("uk", "Про це повідомили в представництві ЄС у Києві.");
    expect_not(d, "представництві", WS_ROLE);
    ws_doc_free(d);
    d = run("ru", "Об этом сообщили в представительстве ЕС в Киеве.");
    expect_not(d, "представительстве", WS_ROLE);
    ws_doc_free(d);
    d = run("pl", "Poinformowało o tym przedstawicielstwo UE w Kijowie.");
    expect_not(d, "przedstawicielstwo", WS_ROLE);
    ws_doc_free(d);
    d = run("uk", "Міненерго повідомило про обмеження.");
    expect(d, "Міненерго", WS_GOV);
    ws_doc_free(d);
}

/* pl_office_town_not_in_gazetteer: "Urzędu Morskiego w Gdyni" stopped
 * before "w Gdyni" when the town was missing from the places list */
static void
test_pl_office_town(void)
{
    ws_doc *d = run("pl", "Ministerstwo skrytykowało plan Urzędu Morskiego w "
                          "Gdyni.");
    expect_name(d, "Urzędu Morskiego w Gdyni", WS_GOV, "Urząd Morski w Gdyni");
    ws_doc_free(d);
}

/* ws_ner_fix_tags() on hand-set typed tags, one letter per token of text
 * (tokens separated by spaces): O, or P p for B and I of PER, G g ORG, L l
 * LOC, M m MISC; the corrected tags must read want. */
static void
check_fixed_tags(const char *lang, const char *text, const char *tags_in,
                 const char *want)
{
    static const char letters[] = "PGLM";
    ws_doc *d = ws_doc_new();
    CHECK(d != NULL, "doc");
    if (!d)
        return;
    ws_doc_set_text(d, text, strlen(text));
    snprintf(d->lang, sizeof(d->lang), "%s", lang);
    d->lang_given = 1;
    int rc = ws_tokenize(worker, d);
    size_t n = strlen(tags_in);
    CHECK(rc == 0 && (size_t)d->tokens.n == n, "[%s] %d tokens, want %zu", text,
          d->tokens.n, n);
    if (rc != 0 || (size_t)d->tokens.n != n || n > 24) {
        ws_doc_free(d);
        return;
    }
    uint8_t tags[24];
    char got[25];
    for (size_t k = 0; k < n; k++) {
        char ch = tags_in[k];
        const char *u = strchr(letters, ch == 'O' ? '\0' : ch & ~0x20);
        tags[k] = ch == 'O' || !u ? 0
                  : (ch & 0x20)   ? (uint8_t)(2 + 2 * (u - letters))
                                  : (uint8_t)(1 + 2 * (u - letters));
    }
    rc = ws_ner_fix_tags(worker, d, tags);
    for (size_t k = 0; k < n; k++) {
        int t = tags[k];
        got[k] = t == 0  ? 'O'
                 : t & 1 ? letters[(t - 1) / 2]
                         : (char)(letters[(t - 1) / 2] | 0x20);
    }
    got[n] = '\0';
    CHECK(rc == 0 && !strcmp(got, want), "[%s] tags %s, want %s", text, got,
          want);
    ws_doc_free(d);
}

/* ws_ner_fix_tags() on hand-set tagger tags (O, P p for B and I of PER;
 * one letter per token): a role before a name leaves the person's span, a
 * Russian or Ukrainian span of two people is split, and a word before a
 * full name (first name, patronymic, surname) leaves it, but not one
 * person's name in surname-first order or a name in Latin letters. */
static void
test_person_tag_fixes(void)
{
    static const struct {
        const char *lang, *text, *tags, *want;
    } c[] = {
        {"ru", "Сегодня дочь Петра Соколова Ирина приехала .", "OOPppOO",
         "OOPpPOO"},
        {"ru", "Вчера директор музея Гоголя Олег Бойко выступил .", "OOOPppOO",
         "OOOPPpOO"},
        {"uk", "Учора син Петра Коваля Олег Бойко виступив .", "OOPpppOO",
         "OOPpPpOO"},
        {"ru", "Вчера глава Эрмитажа Виталий Григорьевич Костин выступил .",
         "OOPpppOO", "OOPPppOO"},
        {"ru", "Соколова Ирина Петровна выступила .", "PppOO", "PppOO"},
        {"ru", "Соколова Ирина выступила .", "PpOO", "PpOO"},
        {"ru", "Вчера Олега Соколова Ирина видела .", "OPppOO", "OPpPOO"},
        {"en", "Yesterday Mary J. Carter spoke .", "OPppOO", "OPppOO"},
        {"en", "Yesterday Senator Maria Lindqvist spoke .", "OPppOO", "OOPpOO"},
        {"uk", "Директор Карпенко заявив .", "PpOO", "OPOO"},
    };
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
        check_fixed_tags(c[i].lang, c[i].text, c[i].tags, c[i].want);
}

/* ws_ner_fix_tags() on hand-set tagger tags (P p: B and I of PER, G g:
 * ORG), the verb and function-word rules: say_verb_in_name (a speech verb
 * in lower case, or capitalised in a title-case headline, ends a name; a
 * name after it stays one, a person's after a first name),
 * aux_in_name (the words after an auxiliary are its verb, no name),
 * function_word_opens_person, function_word_in_headline_person ("Breaks
 * With") and versus_in_person ("vs."). */
static void
test_verb_tag_fixes(void)
{
    static const struct {
        const char *lang, *text, *tags, *want;
    } c[] = {
        {"en", "The Harbor Board says Mary Marsh left .", "OGggggOO",
         "OGgOPpOO"},
        {"en", "Harbor Board Says Mary Marsh Must Pay Rent", "Gggggggg",
         "GgOPpOOO"},
        {"en", "Mary Marsh is right about rents .", "PppOOOO", "PpOOOOO"},
        {"en", "Against Mary Marsh , Tenants Rally Again", "PppOOOO",
         "OPpOOOO"},
        {"en", "Mary Marsh Breaks With Tom Hale Again", "PpppppO", "PppOPpO"},
        {"en", "Tonight it is Marsh vs. Hale in Ohio .", "OOOPppOLO",
         "OOOPOPOLO"},
        {"en", "Queen Mary of Teck spoke .", "OPppOO", "OPppOO"},
    };
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
        check_fixed_tags(c[i].lang, c[i].text, c[i].tags, c[i].want);
}

/* ws_ner_fix_tags() on hand-set typed tags (as check_fixed_tags reads
 * them), the Russian and Ukrainian rules: a quoted name after a noun for a
 * kind of work is MISC (and the quoted names listed after it), after a noun
 * for a kind of facility a place; a name's quotation marks pair up; a name
 * the tagger ends inside its quotation marks runs to the closing mark; a
 * name defined by its abbreviation in brackets is one name; a one-word
 * person after a noun for a kind of place is a place; none of it in
 * English. */
static void
test_slav_type_fixes(void)
{
    static const struct {
        const char *lang, *text, *tags, *want;
    } c[] = {
        {"ru", "Вчера вышел фильм « Тёплый берег » режиссёра .", "OOOOGgOOO",
         "OOOOMmOOO"},
        {"ru", "Он снял картины « Алый парус » , « Дом » и « Сад » .",
         "OOOOGgOOOGOOOGOO", "OOOOMmOOOMOOOMOO"},
        {"ru", "Он снимался в таких картинах , как « Дом » и « Сад » .",
         "OOOOOOOOGOOOGOO", "OOOOOOOOMOOOMOO"},
        {"ru", "Его взяли программистом « Вектор » .", "OOOOGOO", "OOOOGOO"},
        {"ru", "Он возглавил Союз вольных художников ( СВХ ) в мае .",
         "OOGOOOGOOOO", "OOGggOGOOOO"},
        {"ru", "Он возглавил Союз вольных художников ( ВКС ) в мае .",
         "OOGOOOGOOOO", "OOGOOOGOOOO"},
        {"uk", "Вона очолила Спілку вільних митців і поетів ( СВМП ) .",
         "OOGOOOOOGOO", "OOGggggOGOO"},
        {"ru", "Газ идёт через станцию « Тихая » .", "OOOOOGOO", "OOOOOLOO"},
        {"ru", "Его заставили « Тихая » .", "OOOGOO", "OOOGOO"},
        {"ru", "Он возглавил компанию « Северный ветер » .", "OOOOGgOO",
         "OOOOGgOO"},
        {"ru", "Он вступил в партию « Союз за свободу » в мае .",
         "OOOOOGOOOOOO", "OOOOOGggOOOO"},
        {"ru", "Он живёт в городе Заречинске .", "OOOOPO", "OOOOLO"},
        {"ru", "Мы встретили в городе Олега .", "OOOOPO", "OOOOPO"},
        {"uk", "Вийшов фільм « Тихий берег » .", "OOOGgOO", "OOOMmOO"},
        {"uk", "Він живе в місті Заріччі .", "OOOOPO", "OOOOLO"},
        {"uk", "Він працює в ТОВ « Зоря плюс » .", "OOOGgggOO", "OOOGggggO"},
        {"uk", "Компанія « Зоря плюс » відкрила офіс .", "OOGggOOO",
         "OOGgOOOO"},
        {"en", "He saw the film « Blue Sky » .", "OOOOOGgOO", "OOOOOGgOO"},
    };
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
        check_fixed_tags(c[i].lang, c[i].text, c[i].tags, c[i].want);
}

/* A Russian or Ukrainian body's name runs over its lower-case "по"/"з"
 * chain (the tagger stopped at the body noun: "Высший совет | по делам
 * молодёжи"), with a one-word place right after it, up to a verb, an
 * adverb or a capitalised word; a trailing "по" leaves the name, and
 * so does a lower-case body noun before a capitalised name of two words
 * ("комиссии | Городской Думы"). */
static void
test_slav_body_chain(void)
{
    static const struct {
        const char *lang, *text, *tags, *want;
    } c[] = {
        {"ru", "Решение принял Высший совет по делам молодёжи и спорта вчера .",
         "OOGgOOOOOOO", "OOGggggggOO"},
        {"ru", "Агентство по охране лесов Канады заявило об этом .",
         "GOOOLOOOO", "GggggOOOO"},
        {"ru", "Служба по контролю в сфере связи сообщила .", "GOOOOOOO",
         "GgggggOO"},
        {"ru", "Управление МВД по Тверской области сообщило .", "GgOLlOO",
         "GgOLlOO"},
        {"ru", "Глава Думы по делам семьи выступил .", "OGgOOOO", "OGOOOOO"},
        {"uk", "Комітет з питань освіти та науки ухвалив закон .", "GOOOOOOOO",
         "GgggggOOO"},
        {"ru", "Он пришёл в суд по делам сегодня .", "OOOGOOOO", "OOOGggOO"},
        {"ru", "Глава комиссии Городской Думы по делам семьи выступил .",
         "OGggOOOOO", "OOGgOOOOO"},
        {"ru", "Глава комиссии Думы выступил .", "OGgOO", "OGgOO"},
        {"en", "The agency по делам .", "OGOOO", "OGOOO"},
    };
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
        check_fixed_tags(c[i].lang, c[i].text, c[i].tags, c[i].want);
}

/* Russian and Ukrainian spans the tagger ran together: a Latin-script
 * company name before a person's name in Cyrillic is an organisation and
 * a person ("аналитик Halvard Bank Олег Сомов"), not one name, unless
 * the Cyrillic part is no name of two or three words; a lower-case noun
 * tagged with a person's name is left out of it and the name is a
 * person, when it has an initial or when the document names the person
 * in full ("в кабинете Орловой" after "Анна Орлова"), but not a body of a
 * country ("правительства Франции"). */
static void
test_slav_name_splits(void)
{
    static const struct {
        const char *lang, *text, *tags, *want;
    } c[] = {
        {"ru", "Вчера аналитик Halvard Bank Олег Сомов сказал .", "OOPpppOO",
         "OOGgPpOO"},
        {"uk", "Вчора аналітик Halvard Bank Олег Сомов сказав .", "OOGgggOO",
         "OOGgPpOO"},
        {"ru", "Вчера аналитик Halvard Bank Россия сказал .", "OOGggOO",
         "OOGggOO"},
        {"ru", "Вчера Halvard Bank ИНВЕСТ сказал .", "OGggOO", "OGggOO"},
        {"ru", "Это решение правительства А. Орловой .", "OOGggO", "OOOPpO"},
        {"ru", "Анна Орлова ушла , в кабинете Орловой раскол .", "PpOOOGgOO",
         "PpOOOOPOO"},
        {"ru", "Анна Орлова ушла , в кабинете Зуевой раскол .", "PpOOOGgOO",
         "PpOOOGgOO"},
        {"ru", "Это решение правительства Франции .", "OOGgO", "OOGgO"},
        {"en", "Yesterday analyst Halvard Bank Олег Сомов spoke .", "OOPpppOO",
         "OOPpppOO"},
    };
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
        check_fixed_tags(c[i].lang, c[i].text, c[i].tags, c[i].want);
}

/* A quoted name after a Russian noun for a cinema, hotel, sanatorium,
 * beach or park is a place, as after аэропорт, and so are the quoted
 * names listed after it; not after a word that only begins like one
 * ("паркет"). */
static void
test_ru_facility_names(void)
{
    static const struct {
        const char *lang, *text, *tags, *want;
    } c[] = {
        {"ru", "Фильм покажут в кинотеатре « Рассвет » .", "OOOOOMOO",
         "OOOOOLOO"},
        {"ru", "Фильм идёт в кинотеатрах « Рассвет » и « Заря » .",
         "OOOOOGOOOGOO", "OOOOOLOOOLOO"},
        {"ru", "Они жили в гостинице « Берёзка » у моря .", "OOOOOGOOOO",
         "OOOOOLOOOO"},
        {"ru", "Они отдыхали в санатории « Сосны » .", "OOOOOGOO", "OOOOOLOO"},
        {"ru", "Они купили паркет « Дубрава » .", "OOOOGOO", "OOOOGOO"},
    };
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
        check_fixed_tags(c[i].lang, c[i].text, c[i].tags, c[i].want);
}

/* A Russian or Ukrainian word for kin or a monarch's rank at the start
 * of a person's span is not part of the name ("Сын | Ирины Соколовой",
 * "Король | Карл"), as a role is not; a first name stays. */
static void
test_slav_kin_before_name(void)
{
    static const struct {
        const char *lang, *text, *tags, *want;
    } c[] = {
        {"ru", "Сын Ирины Соколовой приехал .", "PppOO", "OPpOO"},
        {"ru", "Вчера Король Карл выступил .", "OPpOO", "OOPOO"},
        {"uk", "Дочка Олега Бойка виступила .", "PppOO", "OPpOO"},
        {"uk", "Вчора Князь Ігор приїхав .", "OPpOO", "OOPOO"},
        {"ru", "Вчера Олег Сомов выступил .", "OPpOO", "OPpOO"},
    };
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
        check_fixed_tags(c[i].lang, c[i].text, c[i].tags, c[i].want);
}

/* Russian and Ukrainian initials, one token each ("А. П. Петренко", as
 * the Russian tokenizer writes them) or split from their full stops (the
 * Ukrainian tokenizer, the .bio files), join the surname after them:
 * one initial a surname tagged as a person, two a capitalised word left
 * untagged or tagged as a one-word place; initials inside an
 * organisation's name stay in it, and one initial does not make a
 * person of an untagged word. */
static void
test_slav_initials(void)
{
    static const struct {
        const char *lang, *text, *tags, *want;
    } c[] = {
        {"ru", "Вчера выступил А. П. Петренко .", "OOOOPO", "OOPppO"},
        {"ru", "Вчера выступил А. П. Петренко .", "OOOOOO", "OOPppO"},
        {"ru", "Книгу написал А. Смолин .", "OOOPO", "OOPpO"},
        {"ru", "Книгу написал А. Смолин .", "OOOOO", "OOOOO"},
        {"uk", "Лист підписав О. П. Гнатюк .", "OOOOOOPO", "OOPppppO"},
        {"ru", "Мы встретились с А. П. Петренко .", "OOOOOLO", "OOOPppO"},
        {"ru", "Институт имени А. П. Петренко открыт .", "GggggOO", "GggggOO"},
    };
    for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++)
        check_fixed_tags(c[i].lang, c[i].text, c[i].tags, c[i].want);
}

/* cluster_first_root_by_key: people who share a surname but not a first
 * name stay apart, and a lone surname joins the first of them; a body
 * named twice is one cluster (the clustering looks the roots up by key,
 * the same first match as a scan of every earlier entity). */
static void
test_cluster_first_root(void)
{
    ws_doc *d = run("en", "Karin Holmberg met Erik Holmberg in Bergen on "
                          "Tuesday. Holmberg said later that the ferry "
                          "timetable would change. The Norwegian Coastal "
                          "Administration approved the change, and the "
                          "Norwegian Coastal Administration published it.");
    check_shape(d);
    int32_t a = find(d, "Karin Holmberg", WS_PERSON);
    int32_t b = find(d, "Erik Holmberg", WS_PERSON);
    int32_t c = find(d, "Holmberg", WS_PERSON);
    CHECK(a >= 0 && b >= 0 && c >= 0, "people not found (%d %d %d)", a, b, c);
    if (a >= 0 && b >= 0 && c >= 0) {
        CHECK(d->entities.v[a].cluster != d->entities.v[b].cluster,
              "two first names in one cluster");
        CHECK(d->entities.v[c].cluster == d->entities.v[a].cluster,
              "lone surname not with the first full name");
    }
    int32_t o1 = -1, o2 = -1;
    for (int32_t k = 0; k < d->entities.n; k++)
        if (!strcmp(d->entities.v[k].text,
                    "Norwegian Coastal Administration")) {
            if (o1 < 0)
                o1 = k;
            else if (o2 < 0)
                o2 = k;
        }
    CHECK(o1 >= 0 && o2 >= 0 &&
              d->entities.v[o1].cluster == d->entities.v[o2].cluster,
          "the body named twice is not one cluster");
    ws_doc_free(d);
}

/* The filter in front of each lexicon's key table lets every key of the
 * table through (a key it turned away would match nothing). */
static void
test_lexicon_filter_keeps_every_key(void)
{
    static const char *const langs[] = {"en", "de", "fr", "uk", "ru", "pl"};
    for (size_t i = 0; i < sizeof(langs) / sizeof(langs[0]); i++) {
        int miss = ws_ner_filter_misses(worker, langs[i]);
        CHECK(miss == 0, "%s: %d keys not found through the filter", langs[i],
              miss);
    }
}

/* Each node of a key's chain holds its entry's word count, kind, first
 * word's mode and length as the entry has them (consider_chain() ranks a
 * one-word entry from its node), find_matches()' probe of a whole form
 * (behind the filter) finds every exact key, and the record of its chain
 * gives the match a walk of the chain gives. */
static void
test_lexicon_nodes_match_entries(void)
{
    static const char *const langs[] = {"en", "de", "fr", "uk", "ru", "pl"};
    for (size_t i = 0; i < sizeof(langs) / sizeof(langs[0]); i++) {
        int bad = ws_ner_node_mismatches(worker, langs[i]);
        CHECK(bad == 0, "%s: %d nodes or keys differ", langs[i], bad);
    }
}

/* The passes that look for the tokens of one lexicon kind (an outlet
 * before a quoted name, a region after a place, a GOV head, a role, an
 * ORG head) read only the tokens from the first match of that kind to
 * the last.  Each document here holds one match of the kind, at its
 * first word: a range that starts one token late, or ends at the match
 * instead of one past it, loses the entity. */
static void
test_kind_span_first_token(void)
{
    /* an outlet noun as the document's first word, and its only one */
    ws_doc *d = run("uk", "Газета «Ранковий Поділ» написала про це.");
    expect(d, "Ранковий Поділ", WS_MEDIA);
    ws_doc_free(d);
    d = run("de", "Zeitung „Talwächter“ berichtete darüber.");
    expect(d, "Talwächter", WS_MEDIA);
    ws_doc_free(d);
    /* a GOV head as the document's first word */
    d = run("uk", "Уряд Волинської області повідомив про ремонт.");
    expect(d, "Уряд Волинської області", WS_GOV);
    ws_doc_free(d);
    d = run("ru", "Правительство Тверской области осудило задержку.");
    expect(d, "Правительство Тверской области", WS_GOV);
    ws_doc_free(d);
    /* a role (a word the tokenizer split) as the document's first word */
    d = run("fr", "Porte-parole du ministère, Anne Ferrand a parlé.");
    expect(d, "Porte-parole", WS_ROLE);
    ws_doc_free(d);
    /* a document with no match of a kind after one with it: the range
     * is the document's own */
    d = run("ru", "Губернатор Тверской области приехал на завод.");
    expect(d, "Тверской области", WS_LOC);
    ws_doc_free(d);
    d = run("ru", "Вчера шёл дождь.");
    CHECK(d->entities.n == 0, "%d entities in a sentence without names",
          (int)d->entities.n);
    ws_doc_free(d);
}

/* A key of the lexicon's table keeps its first bytes in its slot (12 of
 * them) and the rest only in the pool: a place name of 12 bytes and one
 * of 13 are found as keys, and a word that shares all the slot's bytes
 * with the longer one but not its last is not that key. */
static void
test_key_slot_bytes(void)
{
    ws_doc *d = run("en", "Turkmenistan signed the deal.");
    expect(d, "Turkmenistan", WS_LOC);
    ws_doc_free(d);
    d = run("en", "Turkmenistaz signed the deal.");
    expect_not(d, "Turkmenistaz", WS_LOC);
    ws_doc_free(d);
    d = run("en", "Ships left Mediterranean ports.");
    expect(d, "Mediterranean", WS_LOC);
    ws_doc_free(d);
    d = run("en", "Ships left Mediterraneaz ports.");
    expect_not(d, "Mediterraneaz", WS_LOC);
    ws_doc_free(d);
}

/* A word is looked up as a key by a hash of its first sixteen bytes
 * read as two words (the bytes past the form masked off), a longer one
 * by its bytes eight at a time; the lexicon's keys were hashed a byte at
 * a time as they were loaded: a role of 16 bytes and one of 17 are
 * found, and a word that differs from the first in one letter is not. */
static void
test_key_of_sixteen_bytes_and_more(void)
{
    ws_doc *d = run("de", "Der Generalsekretär sagte am Montag nichts.");
    expect(d, "Generalsekretär", WS_ROLE);
    ws_doc_free(d);
    d = run("de", "Der Sprecher des Generalsekretärs sagte nichts.");
    expect(d, "Generalsekretärs", WS_ROLE);
    ws_doc_free(d);
    d = run("de", "Der Generalsekretar sagte am Montag nichts.");
    expect_not(d, "Generalsekretar", WS_ROLE);
    ws_doc_free(d);
}

/* A lexicon entry of two words matches only inside one sentence: each
 * word token carries its sentence's end from the folding pass, and an
 * end past the sentence (the document's) would let the entry run over a
 * paragraph break. */
static void
test_match_stops_at_sentence_end(void)
{
    ws_doc *d = run("en", "Officials of the Security\n\nCouncil met today.");
    expect(d, "Security", WS_ORG);
    expect_not(d, "Security\n\nCouncil", WS_ORG);
    ws_doc_free(d);
    d = run("en", "Officials of the Security Council met today.");
    expect(d, "Security Council", WS_ORG);
    ws_doc_free(d);
}

/* Whether name, in an English sentence, is found as an entity of type
 * (want 1) or not (want 0) */
static void
expect_in(const char *name, int type, int want)
{
    char text[256];
    snprintf(text, sizeof text,
             "The small delegation flew to meet %s officials on Monday.", name);
    ws_doc *d = run("en", text);
    if (!d)
        return;
    CHECK((find(d, name, type) >= 0) == want, "\"%s\": %s %s", text,
          want ? "no" : "unexpected", ws_etype_name(type));
    ws_doc_free(d);
}

/* A lexicon entry written with a capital (or in capitals) matches only a
 * first token that has it: consider_chain() checks that case on the
 * entry's chain node (nnode.need) before the entry's words.  Each entry
 * as written and in lower case. */
static void
test_capital_entries_need_their_case(void)
{
    /* two words, the first with a capital */
    expect_in("New Zealand", WS_LOC, 1);
    expect_in("new zealand", WS_LOC, 0);
    /* one word in capitals */
    expect_in("NATO", WS_ORG, 1);
    expect_in("nato", WS_ORG, 0);
    expect_in("UNICEF", WS_ORG, 1);
    expect_in("unicef", WS_ORG, 0);
}

/* Two mentions of a body whose names differ only in the case of ASCII
 * letters are one cluster: build() finds the earlier root by a hash of
 * the name with those letters folded (text_hash(), eight bytes at a
 * time), for names of fewer than four bytes, of four to seven, of eight
 * and of more than sixteen (the last block over the one before). */
static void
test_cluster_names_of_any_case(void)
{
    static const char *const text[][3] = {
        {"Officials of the ECB met on Monday. Later Ecb officials said no.",
         "ECB", "Ecb"},
        {"Officials of NATO met on Monday. Later Nato officials said no.",
         "NATO", "Nato"},
        {"Officials of Interpol met on Monday. Later INTERPOL officials "
         "said no.",
         "Interpol", "INTERPOL"},
        {"The Ministry of Fisheries agreed. The MINISTRY OF FISHERIES said "
         "no.",
         "Ministry of Fisheries", "MINISTRY OF FISHERIES"},
        {"The Ministry of Defence said so. Later the Ministry of defence "
         "said more.",
         "Ministry of Defence", "Ministry of defence"},
    };
    for (size_t i = 0; i < sizeof(text) / sizeof(text[0]); i++) {
        ws_doc *d = run("en", text[i][0]);
        int32_t a = -1, b = -1;
        for (int32_t k = 0; k < d->entities.n; k++) {
            if (!strcmp(d->entities.v[k].text, text[i][1]))
                a = k;
            if (!strcmp(d->entities.v[k].text, text[i][2]))
                b = k;
        }
        CHECK(a >= 0 && b >= 0, "\"%s\": \"%s\" %d, \"%s\" %d", text[i][0],
              text[i][1], a, text[i][2], b);
        if (a >= 0 && b >= 0)
            CHECK(d->entities.v[a].cluster == d->entities.v[b].cluster,
                  "\"%s\" and \"%s\" in clusters %d and %d", text[i][1],
                  text[i][2], d->entities.v[a].cluster,
                  d->entities.v[b].cluster);
        ws_doc_free(d);
    }
}

/* An entry's word after an elided article the tokenizer split off
 * ("d’" before "Ivoire") matches past that article: consider_chain()
 * (the first byte of the second word) and match_from() step over such
 * tokens where the lexicon elides (French), and only there. */
static void
test_entry_past_split_elided_article(void)
{
    ws_doc *d = run("fr", "Le convoi a quitté la Côte d’Ivoire mardi soir.");
    expect(d, "Côte d’Ivoire", WS_LOC);
    expect_not(d, "Ivoire", WS_LOC);
    ws_doc_free(d);
}

/* 1 when a and b hold the same entities, field by field */
static int
same_entities(const ws_doc *a, const ws_doc *b)
{
    if (a->entities.n != b->entities.n)
        return 0;
    for (int32_t i = 0; i < a->entities.n; i++) {
        const ws_entity *x = &a->entities.v[i], *y = &b->entities.v[i];
        if (x->start != y->start || x->end != y->end || x->tok0 != y->tok0 ||
            x->tok1 != y->tok1 || x->type != y->type ||
            x->cluster != y->cluster || x->role != y->role ||
            x->org != y->org || strcmp(x->text, y->text) != 0 ||
            strcmp(x->name, y->name) != 0 ||
            (x->gender == NULL) != (y->gender == NULL) ||
            (x->gender != NULL && strcmp(x->gender, y->gender) != 0) ||
            strcmp(x->source, y->source) != 0)
            return 0;
    }
    return 1;
}

/* ws_ner's per-token arrays from the thread's scratch (reused from
 * document to document, the arena past its end) give the entities the
 * arena alone gives: documents of one token to twice the scratch, one
 * after another (each on what the one before left in it) */
static void
test_scratch_same_as_arena(void)
{
    static const struct {
        const char *lang, *para;
    } cases[] = {
        {"en", "Foreign Minister Dmytro Kuleba told Reuters on Monday that "
               "the Ukrainian Foreign Ministry would reply. \"We will not "
               "accept it,\" said John Smith, a spokesman for the UN. "},
        {"fr", "Le convoi a quitté la Côte d’Ivoire mardi soir, a déclaré "
               "le ministère des Affaires étrangères à l’AFP. "},
        {"de", "Der Sprecher des Auswärtigen Amtes, Thomas Müller, sagte "
               "der Deutschen Presse-Agentur am Montag: \"Nein.\" "},
    };
    static const int reps[] = {0, 1, 2, 7, 60, 130, 200, 1, 450, 3};
    for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
        size_t pl = strlen(cases[c].para);
        for (size_t r = 0; r < sizeof(reps) / sizeof(reps[0]); r++) {
            size_t n = reps[r] ? pl * (size_t)reps[r] : 1;
            char *text = malloc(n + 1);
            CHECK(text != NULL, "malloc");
            if (text == NULL)
                return;
            if (reps[r] == 0)
                memcpy(text, "X", 2);
            for (int k = 0; k < reps[r]; k++)
                memcpy(text + pl * (size_t)k, cases[c].para, pl + 1);
            ws_ner_use_scratch(0);
            ws_doc *a = run(cases[c].lang, text);
            ws_ner_use_scratch(1);
            ws_doc *b = run(cases[c].lang, text);
            CHECK(a != NULL && b != NULL, "documents");
            if (a != NULL && b != NULL) {
                CHECK(reps[r] < 2 || a->entities.n >= reps[r],
                      "%s x%d: %d entities", cases[c].lang, reps[r],
                      (int)a->entities.n);
                CHECK(same_entities(a, b),
                      "%s x%d: the scratch's entities differ from the "
                      "arena's",
                      cases[c].lang, reps[r]);
            }
            ws_doc_free(a);
            ws_doc_free(b);
            free(text);
        }
    }
}

int
main(void)
{
    char err[256];
    models = ws_models_open(NULL, err, sizeof(err));
    CHECK(models != NULL, "models: %s", err);
    if (!models)
        TEST_END();
    worker = ws_worker_new(models);
    CHECK(worker != NULL, "worker");
    if (!worker)
        TEST_END();
    test_en();
    test_lexicon_filter_keeps_every_key();
    test_lexicon_nodes_match_entries();
    test_kind_span_first_token();
    test_key_slot_bytes();
    test_key_of_sixteen_bytes_and_more();
    test_match_stops_at_sentence_end();
    test_handle_owner();
    test_handle_first_and_last_token();
    test_gov_region();
    test_quoted_outlet();
    test_month_abbrev();
    test_verb_and_function_word_in_name();
    test_us_news_words();
    test_head_mention();
    test_cluster_first_root();
    test_agency_names();
    test_lexicon_names_in_a_row();
    test_de_prosecutor_compounds();
    test_pl_titlecase_gov();
    test_slav_adjective_gov();
    test_fr_role_norp_domain();
    test_org_class_name();
    test_role_place_name_split();
    test_person_tag_fixes();
    test_verb_tag_fixes();
    test_slav_type_fixes();
    test_slav_body_chain();
    test_slav_name_splits();
    test_ru_facility_names();
    test_slav_kin_before_name();
    test_slav_initials();
    test_embassy_gov();
    test_uk();
    test_ru();
    test_pl();
    test_de();
    test_fr();
    test_fr_fixes();
    test_ru_uk_complements();
    test_gov_person_office();
    test_pl_office_town();
    test_capital_entries_need_their_case();
    test_cluster_names_of_any_case();
    test_entry_past_split_elided_article();
    test_scratch_same_as_arena();
    ws_worker_free(worker);
    ws_models_free(models);
    TEST_END();
}
