/*
 * gen_corpus.c - generates a reproducible news corpus for `make bench`.
 *
 *   gen_corpus LANG MB [SEED] > corpus.txt
 *
 * LANG is en, de, fr, pl, ru, uk or "mixed" (each article in one of the
 * six, round robin with a random start).  Output: articles in the seed
 * layout (" date YYYY-MM-DD headline", a blank line, a dateline paragraph
 * "PLACE (Agency - 14th January, 2022) ...", then paragraphs of one to
 * three sentences), about MB megabytes (10^6 bytes), stopping after the
 * article that crosses the size.
 *
 * The sentences come from the project's own templates below: narrative
 * clauses, direct quotes in each language's quotation style (trailing,
 * interrupted and colon-introduced), indirect speech with and without a
 * complementiser, "according to" phrases, reported acts, numbers, dates,
 * handles and URLs.  Names, organisations, roles and media are drawn from
 * lists; common nouns and adjectives partly from the system's Hunspell
 * word lists (/usr/share/hunspell, Zipf-distributed ranks after a fixed
 * shuffle) so that the number of distinct word forms grows with the
 * corpus as in real news and per-word caches see realistic hit rates.
 * Without the dictionaries the built-in lists are used alone.
 *
 * Deterministic for a given LANG, MB, SEED and dictionary files.
 */
#define _POSIX_C_SOURCE 200809L
#include <iconv.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint64_t
rnd(void)
{
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 0x2545F4914F6CDD1Dull;
}

static int
rn(int n)
{
    return (int)(rnd() % (uint64_t)n);
}

static double
runif(void)
{
    return (double)(rnd() >> 11) / 9007199254740992.0;
}

#define NL(a) ((int)(sizeof(a) / sizeof(a[0])))
#define PICK(a) (a[rn(NL(a))])

/* ---- output buffer ---- */
static char *out;
static size_t outlen, outcap;

static void
put(const char *s)
{
    size_t n = strlen(s);
    if (outlen + n + 1 > outcap) {
        outcap = (outlen + n + 1) * 2;
        out = realloc(out, outcap);
        if (!out) {
            perror("gen_corpus");
            exit(1);
        }
    }
    memcpy(out + outlen, s, n);
    outlen += n;
    out[outlen] = 0;
}

static void
putf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#include <stdarg.h>
static void
putf(const char *fmt, ...)
{
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    put(tmp);
}

/* Capitalises the first letter of the text written since `mark` (ASCII,
 * Latin-1 supplement and Cyrillic two-byte letters). */
static void
cap_from(size_t mark)
{
    unsigned char *p = (unsigned char *)out + mark;
    while (*p == ' ' || *p == '"' || *p == '(')
        p++;
    if (*p >= 'a' && *p <= 'z') {
        *p -= 32;
    } else if (p[0] == 0xC3 && p[1] >= 0xA0 && p[1] <= 0xBE) {
        p[1] -= 0x20; /* à..þ */
    } else if (p[0] == 0xD0 && p[1] >= 0xB0 && p[1] <= 0xBF) {
        p[1] -= 0x20; /* а..п */
    } else if (p[0] == 0xD1 && p[1] >= 0x80 && p[1] <= 0x8F) {
        p[0] = 0xD0; /* р..я */
        p[1] += 0x20;
    } else if (p[0] == 0xD1 && p[1] == 0x96) {
        p[0] = 0xD0; /* і */
        p[1] = 0x86;
    } else if (p[0] == 0xD1 && p[1] == 0x94) {
        p[0] = 0xD0; /* є */
        p[1] = 0x84;
    }
}

/* ---- per-language material ---- */
typedef struct {
    const char *code, *dic;
    const char *const *first_m, *const *first_f, *const *last, *const *gov,
        *const *org, *const *media, *const *role, *const *place,
        *const *norp, *const *say_m, *const *say_f, *const *say_org,
        *const *act, *const *noun, *const *adj, *const *verb, *const *prep,
        *const *det, *const *day, *const *month, *const *according,
        *const *conn, *const *unit;
    const char *that, *qo, *qc, *qo2, *qc2, *he, *she, *and_, *in_stmt;
    int dash_quote; /* ", — said X." style */
} lang_t;

#define L(...) ((const char *const[]){__VA_ARGS__, NULL})

static const lang_t langs[] = {
    {"en", "en_US",
     L("John", "Michael", "David", "Oleg", "Jens", "Antony", "Mark",
       "Andrzej", "Pierre", "Olaf", "Robert", "Dmytro", "James", "Thomas",
       "Peter", "Richard", "Samuel", "Ahmed", "Carlos", "Kenji"),
     L("Maria", "Anna", "Ursula", "Kamala", "Olena", "Sarah", "Linda",
       "Emily", "Catherine", "Annalena", "Marta", "Julia", "Iryna", "Grace",
       "Sophie", "Helen", "Nadia", "Laura", "Fatima", "Elena"),
     L("Smith", "Johnson", "Nikolenko", "Stoltenberg", "Kuleba", "Miller",
       "Brown", "Williams", "Kowalski", "Fischer", "Dubois", "Garcia",
       "Anderson", "Peterson", "Shevchenko", "Novak", "Harris", "Clarke",
       "Hughes", "Morgan", "Turner", "Baker", "Reynolds", "Patel",
       "Okafor", "Tanaka", "Lindqvist", "Moreau", "Bianchi", "Kovacs"),
     L("the Foreign Ministry", "the Ministry of Defence",
       "the State Department", "the Interior Ministry",
       "the Ministry of Finance", "the European Commission",
       "the Security Service", "the Cabinet", "Parliament",
       "the Pentagon", "the Home Office", "the Treasury",
       "the Ministry of Health", "the Federal Reserve", "the Senate"),
     L("NATO", "the United Nations", "the European Union", "Microsoft",
       "the World Bank", "Amnesty International", "the Red Cross",
       "Greenpeace", "the IMF", "Siemens", "Gazprom", "the WHO",
       "Human Rights Watch", "the OSCE", "the African Union"),
     L("Reuters", "the Associated Press", "AFP", "the BBC", "CNN",
       "Bloomberg", "The Guardian", "Sputnik", "Ukrinform", "Politico"),
     L("spokesman", "spokeswoman", "Secretary General", "minister",
       "Foreign Minister", "Prime Minister", "President", "chairman",
       "deputy minister", "ambassador", "press secretary", "director",
       "chief executive", "senator", "commissioner", "general"),
     L("WASHINGTON", "BRUSSELS", "KYIV", "MOSCOW", "WARSAW", "BERLIN",
       "PARIS", "LONDON", "GENEVA", "NEW YORK", "TOKYO", "VIENNA"),
     L("Ukrainian", "Polish", "German", "French", "Russian", "American",
       "British", "European", "Chinese", "Turkish", "Italian", "Swedish"),
     L("said", "added", "told reporters", "stressed", "noted", "wrote",
       "tweeted", "explained", "warned", "insisted", "argued", "claimed",
       "declared", "emphasised", "announced", "recalled"),
     L("said", "added", "told reporters", "stressed", "noted", "wrote",
       "tweeted", "explained", "warned", "insisted", "argued", "claimed"),
     L("said", "said in a statement", "announced", "reported", "confirmed",
       "stated"),
     L("condemned", "welcomed", "denied", "criticised", "rejected",
       "supported", "demanded", "praised", "denounced", "endorsed"),
     L("government", "agreement", "attack", "website", "ministry",
       "election", "economy", "war", "sanctions", "talks", "border",
       "officials", "minister", "report", "budget", "market", "company",
       "crisis", "energy", "prices", "troops", "security", "investment",
       "policy", "law", "court", "decision", "meeting", "summit",
       "country", "people", "children", "families", "workers", "data",
       "information", "statement", "plan", "proposal", "reform"),
     L("new", "strong", "political", "national", "international",
       "economic", "military", "recent", "important", "serious",
       "significant", "major", "public", "foreign", "local", "final",
       "difficult", "possible", "clear", "historic"),
     L("announced", "signed", "approved", "discussed", "rejected",
       "reviewed", "launched", "postponed", "blocked", "extended",
       "published", "expanded", "cut", "raised", "opened", "closed",
       "increased", "reduced", "prepared", "received"),
     L("in", "on", "for", "with", "after", "before", "against", "during",
       "about", "over", "under", "without"),
     L("the", "a", "this", "that", "its", "their", "the", "the"),
     L("on Monday", "on Tuesday", "on Wednesday", "on Thursday",
       "on Friday", "on Saturday", "on Sunday", "earlier this week",
       "last month", "on Friday evening", "yesterday"),
     L("January", "February", "March", "April", "May", "June", "July",
       "August", "September", "October", "November", "December"),
     L("According to", "In the words of", "As reported by"),
     L("However", "Meanwhile", "At the same time", "Earlier", "Later",
       "In addition", "Last year", "Since then"),
     L("percent", "million dollars", "billion euros", "people",
       "kilometres", "tonnes", "votes"),
     "that", "\"", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "he", "she",
     "and", "in a statement", 0},
    {"de", "de_DE",
     L("Olaf", "Frank-Walter", "Christian", "Robert", "Markus", "Thomas",
       "Wolfgang", "Jens", "Lars", "Boris", "Karl", "Matthias", "Stefan",
       "Jürgen", "Michael", "Andreas"),
     L("Annalena", "Ursula", "Angela", "Nancy", "Svenja", "Franziska",
       "Katrin", "Saskia", "Ricarda", "Christine", "Julia", "Claudia",
       "Sabine", "Petra", "Monika", "Birgit"),
     L("Scholz", "Steinmeier", "Lindner", "Habeck", "Söder", "Müller",
       "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
       "Becker", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter",
       "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann"),
     L("das Auswärtige Amt", "das Bundesinnenministerium",
       "das Verteidigungsministerium", "die Bundesregierung",
       "der Bundestag", "das Finanzministerium", "die Bundeswehr",
       "das Kanzleramt", "der Bundesrat", "die EU-Kommission",
       "das Gesundheitsministerium", "die Bundespolizei"),
     L("die NATO", "die Vereinten Nationen", "die Europäische Union",
       "Siemens", "die Deutsche Bahn", "Volkswagen", "die Bundesbank",
       "das Rote Kreuz", "Amnesty International", "die SPD", "die CDU",
       "die Grünen"),
     L("die dpa", "der Spiegel", "die Süddeutsche Zeitung", "die ARD",
       "das ZDF", "die FAZ", "Reuters", "die Welt", "der Tagesspiegel"),
     L("Sprecher", "Sprecherin", "Minister", "Ministerin",
       "Bundeskanzler", "Außenministerin", "Generalsekretär",
       "Vorsitzende", "Botschafter", "Präsident", "Staatssekretär",
       "Regierungssprecher"),
     L("BERLIN", "MÜNCHEN", "HAMBURG", "BRÜSSEL", "KIEW", "WARSCHAU",
       "FRANKFURT", "WIEN", "PARIS", "KÖLN"),
     L("deutsche", "ukrainische", "polnische", "französische",
       "russische", "amerikanische", "europäische", "britische"),
     L("sagte", "betonte", "erklärte", "fügte hinzu", "warnte",
       "kritisierte", "schrieb", "unterstrich", "teilte mit", "meinte"),
     L("sagte", "betonte", "erklärte", "fügte hinzu", "warnte",
       "kritisierte", "schrieb", "unterstrich", "teilte mit", "meinte"),
     L("teilte mit", "erklärte", "sagte", "bestätigte", "berichtete"),
     L("verurteilte", "begrüßte", "kritisierte", "wies zurück",
       "unterstützte", "forderte", "lobte", "bestritt"),
     L("Regierung", "Abkommen", "Angriff", "Webseite", "Ministerium",
       "Wahl", "Wirtschaft", "Krieg", "Sanktionen", "Gespräche", "Grenze",
       "Beamte", "Bericht", "Haushalt", "Markt", "Unternehmen", "Krise",
       "Energie", "Preise", "Truppen", "Sicherheit", "Investitionen",
       "Politik", "Gesetz", "Gericht", "Entscheidung", "Treffen",
       "Gipfel", "Land", "Menschen", "Kinder", "Familien", "Daten"),
     L("neue", "starke", "politische", "nationale", "internationale",
       "wirtschaftliche", "militärische", "wichtige", "ernste", "große",
       "öffentliche", "schwierige", "klare", "historische", "letzte"),
     L("kündigte an", "unterzeichnete", "billigte", "diskutierte",
       "lehnte ab", "prüfte", "startete", "verschob", "blockierte",
       "verlängerte", "veröffentlichte", "erhöhte", "senkte", "eröffnete",
       "beschloss", "erhielt"),
     L("in", "auf", "für", "mit", "nach", "vor", "gegen", "während",
       "über", "unter", "ohne", "bei"),
     L("die", "eine", "diese", "ihre", "seine", "die", "der", "das"),
     L("am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag",
       "am Freitag", "am Samstag", "am Sonntag", "Anfang der Woche",
       "im vergangenen Monat", "am Freitagabend", "gestern"),
     L("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
       "August", "September", "Oktober", "November", "Dezember"),
     L("Laut", "Nach Angaben von", "Wie berichtet,"),
     L("Allerdings", "Unterdessen", "Zugleich", "Zuvor", "Später",
       "Außerdem", "Im vergangenen Jahr", "Seitdem"),
     L("Prozent", "Millionen Euro", "Milliarden Euro", "Menschen",
       "Kilometer", "Tonnen", "Stimmen"),
     "dass", "\xE2\x80\x9E", "\xE2\x80\x9C", "\xC2\xBB", "\xC2\xAB", "er",
     "sie", "und", "in einer Erklärung", 0},
    {"fr", "fr",
     L("Emmanuel", "Jean-Yves", "Bruno", "Gérald", "Olivier", "Pierre",
       "François", "Jacques", "Michel", "Nicolas", "Laurent", "Sébastien",
       "Thierry", "Stéphane"),
     L("Catherine", "Élisabeth", "Marine", "Anne", "Valérie", "Sophie",
       "Christine", "Nathalie", "Isabelle", "Claire", "Aurore", "Amélie",
       "Florence", "Hélène"),
     L("Macron", "Le Drian", "Le Maire", "Darmanin", "Véran", "Dupont",
       "Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau",
       "Laurent", "Simon", "Michel", "Garnier", "Rousseau", "Fontaine",
       "Chevalier", "Girard", "Lambert", "Bonnet"),
     L("le ministère des Affaires étrangères", "le ministère des Armées",
       "le gouvernement", "l'Élysée", "Matignon", "l'Assemblée nationale",
       "le Sénat", "le ministère de l'Intérieur",
       "la Commission européenne", "le Quai d'Orsay",
       "le ministère de la Santé"),
     L("l'OTAN", "les Nations unies", "l'Union européenne", "Renault",
       "TotalEnergies", "la Croix-Rouge", "Amnesty International",
       "la Banque de France", "Airbus", "le FMI"),
     L("l'AFP", "Le Monde", "Le Figaro", "Libération", "France Info",
       "Reuters", "BFMTV", "Les Échos"),
     L("porte-parole", "ministre", "Premier ministre", "président",
       "secrétaire général", "ambassadeur", "directeur", "député",
       "sénateur", "commissaire", "présidente", "conseiller"),
     L("PARIS", "LYON", "MARSEILLE", "BRUXELLES", "KIEV", "VARSOVIE",
       "BERLIN", "GENÈVE", "STRASBOURG", "BORDEAUX"),
     L("français", "ukrainien", "polonais", "allemand", "russe",
       "américain", "européen", "britannique"),
     L("a déclaré", "a ajouté", "a souligné", "a expliqué", "a affirmé",
       "a estimé", "a écrit", "a averti", "a rappelé", "a insisté"),
     L("a déclaré", "a ajouté", "a souligné", "a expliqué", "a affirmé",
       "a estimé", "a écrit", "a averti", "a rappelé", "a insisté"),
     L("a annoncé", "a indiqué", "a déclaré", "a confirmé",
       "a précisé dans un communiqué"),
     L("a condamné", "a salué", "a démenti", "a critiqué", "a rejeté",
       "a soutenu", "a exigé", "a dénoncé"),
     L("gouvernement", "accord", "attaque", "site", "ministère",
       "élection", "économie", "guerre", "sanctions", "négociations",
       "frontière", "responsables", "rapport", "budget", "marché",
       "entreprise", "crise", "énergie", "prix", "troupes", "sécurité",
       "investissement", "politique", "loi", "tribunal", "décision",
       "réunion", "sommet", "pays", "habitants", "enfants", "familles"),
     L("nouveau", "fort", "politique", "national", "international",
       "économique", "militaire", "récent", "important", "grave",
       "majeur", "public", "étranger", "local", "historique"),
     L("a annoncé", "a signé", "a approuvé", "a discuté", "a rejeté",
       "a examiné", "a lancé", "a reporté", "a bloqué", "a prolongé",
       "a publié", "a augmenté", "a réduit", "a ouvert", "a fermé"),
     L("dans", "sur", "pour", "avec", "après", "avant", "contre",
       "pendant", "sous", "sans", "chez", "vers"),
     L("le", "un", "ce", "son", "leur", "le", "la", "cette"),
     L("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
       "dimanche", "en début de semaine", "le mois dernier",
       "vendredi soir", "hier"),
     L("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
       "août", "septembre", "octobre", "novembre", "décembre"),
     L("Selon", "D'après", "Pour"),
     L("Cependant", "Entre-temps", "Par ailleurs", "Auparavant",
       "Ensuite", "En outre", "L'an dernier", "Depuis"),
     L("pour cent", "millions d'euros", "milliards d'euros", "personnes",
       "kilomètres", "tonnes", "voix"),
     "que", "\xC2\xAB\xC2\xA0", "\xC2\xA0\xC2\xBB", "\xE2\x80\x9C",
     "\xE2\x80\x9D", "il", "elle", "et", "dans un communiqué", 0},
    {"pl", "pl_PL",
     L("Andrzej", "Mateusz", "Zbigniew", "Jarosław", "Donald", "Radosław",
       "Piotr", "Paweł", "Tomasz", "Krzysztof", "Marcin", "Jakub",
       "Michał", "Łukasz"),
     L("Anna", "Małgorzata", "Katarzyna", "Agnieszka", "Joanna", "Ewa",
       "Magdalena", "Beata", "Barbara", "Monika", "Elżbieta", "Dorota",
       "Marta", "Zofia"),
     L("Duda", "Morawiecki", "Rau", "Kaczyński", "Tusk", "Sikorski",
       "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński",
       "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski",
       "Kozłowski", "Jankowski", "Mazur", "Krawczyk"),
     L("Ministerstwo Spraw Zagranicznych", "MSZ", "rząd",
       "Ministerstwo Obrony Narodowej", "Sejm", "Senat",
       "Kancelaria Prezydenta", "Ministerstwo Finansów",
       "Komisja Europejska", "Ministerstwo Zdrowia", "policja"),
     L("NATO", "ONZ", "Unia Europejska", "PKN Orlen", "PZU",
       "Czerwony Krzyż", "Amnesty International", "Bank Światowy",
       "Narodowy Bank Polski"),
     L("PAP", "TVN24", "Polsat News", "Rzeczpospolita",
       "Gazeta Wyborcza", "Onet", "Polskie Radio", "Interia"),
     L("rzecznik", "rzeczniczka", "minister", "premier", "prezydent",
       "sekretarz generalny", "ambasador", "dyrektor", "poseł",
       "senator", "komisarz", "wiceminister"),
     L("WARSZAWA", "KRAKÓW", "GDAŃSK", "WROCŁAW", "POZNAŃ", "ŁÓDŹ",
       "BRUKSELA", "KIJÓW", "BERLIN", "LUBLIN"),
     L("polski", "ukraiński", "niemiecki", "francuski", "rosyjski",
       "amerykański", "europejski", "brytyjski"),
     L("powiedział", "dodał", "podkreślił", "zaznaczył", "stwierdził",
       "oświadczył", "napisał", "ostrzegł", "przypomniał", "zapewnił"),
     L("powiedziała", "dodała", "podkreśliła", "zaznaczyła",
       "stwierdziła", "oświadczyła", "napisała", "ostrzegła",
       "przypomniała", "zapewniła"),
     L("poinformowało", "przekazało", "podało", "oświadczyło",
       "potwierdziło"),
     L("potępiło", "z zadowoleniem przyjęło", "zaprzeczyło",
       "skrytykowało", "odrzuciło", "poparło", "zażądało"),
     L("rząd", "porozumienie", "atak", "strona", "ministerstwo",
       "wybory", "gospodarka", "wojna", "sankcje", "rozmowy", "granica",
       "urzędnicy", "raport", "budżet", "rynek", "firma", "kryzys",
       "energia", "ceny", "wojska", "bezpieczeństwo", "inwestycje",
       "polityka", "ustawa", "sąd", "decyzja", "spotkanie", "szczyt",
       "kraj", "ludzie", "dzieci", "rodziny"),
     L("nowy", "silny", "polityczny", "narodowy", "międzynarodowy",
       "gospodarczy", "wojskowy", "ostatni", "ważny", "poważny",
       "publiczny", "zagraniczny", "lokalny", "historyczny"),
     L("ogłosił", "podpisał", "zatwierdził", "omówił", "odrzucił",
       "przeanalizował", "uruchomił", "przełożył", "zablokował",
       "przedłużył", "opublikował", "zwiększył", "obniżył", "otworzył"),
     L("w", "na", "dla", "z", "po", "przed", "przeciwko", "podczas",
       "o", "nad", "pod", "bez"),
     L("ten", "nowy", "ich", "jego", "", "", "", ""),
     L("w poniedziałek", "we wtorek", "w środę", "w czwartek",
       "w piątek", "w sobotę", "w niedzielę", "na początku tygodnia",
       "w zeszłym miesiącu", "w piątek wieczorem", "wczoraj"),
     L("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
       "lipca", "sierpnia", "września", "października", "listopada",
       "grudnia"),
     L("Według", "Zdaniem", "Jak podaje"),
     L("Jednak", "Tymczasem", "Jednocześnie", "Wcześniej", "Później",
       "Ponadto", "W zeszłym roku", "Od tego czasu"),
     L("proc.", "mln zł", "mld euro", "osób", "kilometrów", "ton",
       "głosów"),
     "że", "\xE2\x80\x9E", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB", "on",
     "ona", "i", "w oświadczeniu", 1},
    {"ru", "ru_RU",
     L("Сергей", "Дмитрий", "Владимир", "Алексей", "Андрей", "Михаил",
       "Николай", "Игорь", "Олег", "Павел", "Евгений", "Виктор",
       "Александр", "Юрий"),
     L("Мария", "Анна", "Елена", "Ольга", "Наталья", "Татьяна",
       "Ирина", "Светлана", "Екатерина", "Валентина", "Юлия", "Марина",
       "Людмила", "Вера"),
     L("Лавров", "Песков", "Иванов", "Смирнов", "Кузнецов", "Попов",
       "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
       "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
       "Семёнов", "Егоров", "Павлов", "Козлов"),
     L("МИД", "Министерство иностранных дел", "Минобороны",
       "правительство", "Кремль", "Госдума", "Совет Федерации",
       "Минфин", "Министерство здравоохранения", "ФСБ",
       "Центробанк"),
     L("НАТО", "ООН", "Евросоюз", "Газпром", "Роснефть", "Сбербанк",
       "Красный Крест", "ОБСЕ", "МВФ"),
     L("ТАСС", "РИА Новости", "Интерфакс", "Коммерсант", "Ведомости",
       "РБК", "Известия", "Спутник"),
     L("пресс-секретарь", "министр", "премьер-министр", "президент",
       "генеральный секретарь", "посол", "директор", "депутат",
       "сенатор", "официальный представитель", "заместитель министра"),
     L("МОСКВА", "САНКТ-ПЕТЕРБУРГ", "КИЕВ", "МИНСК", "БРЮССЕЛЬ",
       "ВАРШАВА", "БЕРЛИН", "ЖЕНЕВА", "КАЗАНЬ", "НОВОСИБИРСК"),
     L("российский", "украинский", "польский", "немецкий",
       "французский", "американский", "европейский", "британский"),
     L("заявил", "сказал", "добавил", "подчеркнул", "отметил",
       "написал", "предупредил", "напомнил", "пояснил", "сообщил"),
     L("заявила", "сказала", "добавила", "подчеркнула", "отметила",
       "написала", "предупредила", "напомнила", "пояснила", "сообщила"),
     L("сообщили", "заявили", "подтвердили", "говорится в заявлении",
       "сообщает"),
     L("осудил", "приветствовал", "опроверг", "раскритиковал",
       "отверг", "поддержал", "потребовал"),
     L("правительство", "соглашение", "атака", "сайт", "министерство",
       "выборы", "экономика", "война", "санкции", "переговоры",
       "граница", "чиновники", "доклад", "бюджет", "рынок", "компания",
       "кризис", "энергетика", "цены", "войска", "безопасность",
       "инвестиции", "политика", "закон", "суд", "решение", "встреча",
       "саммит", "страна", "люди", "дети", "семьи"),
     L("новый", "сильный", "политический", "национальный",
       "международный", "экономический", "военный", "последний",
       "важный", "серьёзный", "публичный", "иностранный", "местный"),
     L("объявил", "подписал", "утвердил", "обсудил", "отклонил",
       "рассмотрел", "запустил", "отложил", "заблокировал", "продлил",
       "опубликовал", "увеличил", "сократил", "открыл"),
     L("в", "на", "для", "с", "после", "до", "против", "во время", "о",
       "над", "под", "без"),
     L("этот", "новый", "их", "его", "", "", "", ""),
     L("в понедельник", "во вторник", "в среду", "в четверг",
       "в пятницу", "в субботу", "в воскресенье", "в начале недели",
       "в прошлом месяце", "в пятницу вечером", "вчера"),
     L("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
       "августа", "сентября", "октября", "ноября", "декабря"),
     L("По словам", "По данным", "Как сообщает"),
     L("Однако", "Тем временем", "В то же время", "Ранее", "Позже",
       "Кроме того", "В прошлом году", "С тех пор"),
     L("процентов", "млн рублей", "млрд долларов", "человек",
       "километров", "тонн", "голосов"),
     "что", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E", "\xE2\x80\x9C", "он",
     "она", "и", "в заявлении", 1},
    {"uk", "uk_UA",
     L("Олег", "Дмитро", "Володимир", "Олексій", "Андрій", "Михайло",
       "Микола", "Ігор", "Тарас", "Павло", "Євген", "Віктор",
       "Олександр", "Юрій"),
     L("Олена", "Ірина", "Наталія", "Оксана", "Тетяна", "Юлія",
       "Марія", "Світлана", "Катерина", "Людмила", "Ганна", "Вікторія",
       "Леся", "Христина"),
     L("Ніколенко", "Кулеба", "Шевченко", "Коваленко", "Бондаренко",
       "Ткаченко", "Кравченко", "Олійник", "Шевчук", "Поліщук",
       "Мельник", "Бойко", "Ковальчук", "Савченко", "Руденко",
       "Марченко", "Лисенко", "Петренко", "Гончаренко", "Мороз"),
     L("МЗС", "Міністерство закордонних справ", "Міноборони", "уряд",
       "Кабмін", "Верховна Рада", "Офіс президента", "Мінфін",
       "Міністерство охорони здоров'я", "СБУ", "Нацбанк"),
     L("НАТО", "ООН", "Євросоюз", "Нафтогаз", "Укрзалізниця",
       "Червоний Хрест", "ОБСЄ", "МВФ", "Світовий банк"),
     L("Укрінформ", "УНІАН", "Українська правда", "Інтерфакс-Україна",
       "Суспільне", "РБК-Україна", "ЛІГА.net", "Радіо Свобода"),
     L("речник", "речниця", "міністр", "прем'єр-міністр", "президент",
       "генеральний секретар", "посол", "директор", "депутат",
       "заступник міністра", "голова"),
     L("КИЇВ", "ЛЬВІВ", "ХАРКІВ", "ОДЕСА", "ДНІПРО", "БРЮССЕЛЬ",
       "ВАРШАВА", "БЕРЛІН", "ЖЕНЕВА", "ВІННИЦЯ"),
     L("український", "польський", "німецький", "французький",
       "російський", "американський", "європейський", "британський"),
     L("заявив", "сказав", "додав", "наголосив", "зазначив", "написав",
       "попередив", "нагадав", "пояснив", "повідомив"),
     L("заявила", "сказала", "додала", "наголосила", "зазначила",
       "написала", "попередила", "нагадала", "пояснила", "повідомила"),
     L("повідомили", "заявили", "підтвердили", "йдеться в заяві",
       "повідомляє"),
     L("засудив", "привітав", "спростував", "розкритикував", "відкинув",
       "підтримав", "вимагав"),
     L("уряд", "угода", "атака", "сайт", "міністерство", "вибори",
       "економіка", "війна", "санкції", "переговори", "кордон",
       "посадовці", "доповідь", "бюджет", "ринок", "компанія", "криза",
       "енергетика", "ціни", "війська", "безпека", "інвестиції",
       "політика", "закон", "суд", "рішення", "зустріч", "саміт",
       "країна", "люди", "діти", "родини"),
     L("новий", "сильний", "політичний", "національний",
       "міжнародний", "економічний", "військовий", "останній",
       "важливий", "серйозний", "публічний", "іноземний", "місцевий"),
     L("оголосив", "підписав", "затвердив", "обговорив", "відхилив",
       "розглянув", "запустив", "відклав", "заблокував", "продовжив",
       "опублікував", "збільшив", "скоротив", "відкрив"),
     L("в", "на", "для", "з", "після", "до", "проти", "під час", "про",
       "над", "під", "без"),
     L("цей", "новий", "їхній", "його", "", "", "", ""),
     L("у понеділок", "у вівторок", "у середу", "у четвер",
       "у п'ятницю", "у суботу", "у неділю", "на початку тижня",
       "минулого місяця", "у п'ятницю ввечері", "вчора"),
     L("січня", "лютого", "березня", "квітня", "травня", "червня",
       "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"),
     L("За словами", "За даними", "Як повідомляє"),
     L("Однак", "Тим часом", "Водночас", "Раніше", "Пізніше",
       "Крім того", "Минулого року", "Відтоді"),
     L("відсотків", "млн гривень", "млрд доларів", "осіб",
       "кілометрів", "тонн", "голосів"),
     "що", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E", "\xE2\x80\x9C", "він",
     "вона", "і", "у заяві", 1},
};
#define NLANGS ((int)(sizeof(langs) / sizeof(langs[0])))

static int
lcount(const char *const *l)
{
    int n = 0;
    while (l[n])
        n++;
    return n;
}

static const char *
lpick(const char *const *l)
{
    return l[rn(lcount(l))];
}

/* ---- dictionary words (Zipf-distributed ranks) ---- */
typedef struct {
    char **w;
    int n;
} wordlist;
static wordlist dict[NLANGS];

static void
load_dict(int li)
{
    char path[256], line[512];
    const lang_t *lg = &langs[li];
    snprintf(path, sizeof path, "/usr/share/hunspell/%s.dic", lg->dic);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return;
    iconv_t cd = (iconv_t)-1;
    if (strcmp(lg->code, "pl") == 0)
        cd = iconv_open("UTF-8", "ISO-8859-2");
    int cap = 0;
    if (!fgets(line, sizeof line, fp)) { /* count line */
        fclose(fp);
        return;
    }
    while (fgets(line, sizeof line, fp)) {
        char *s = line, *e = line;
        while (*e && *e != '/' && *e != '\n' && *e != '\t' && *e != ' ')
            e++;
        *e = 0;
        size_t n = (size_t)(e - s);
        if (n < 3 || n > 60)
            continue;
        int bad = 0;
        for (char *p = s; *p; p++)
            if ((*p >= '0' && *p <= '9') || *p == '.' || *p == '\'' ||
                *p == '-' || *p == '_')
                bad = 1;
        /* proper names start upper case (except German nouns) */
        if (!strcmp(lg->code, "de") ? 0 : (*s >= 'A' && *s <= 'Z'))
            bad = 1;
        if (bad)
            continue;
        char conv[512];
        if (cd != (iconv_t)-1) {
            char *in = s, *o = conv;
            size_t il = n, ol = sizeof conv - 1;
            if (iconv(cd, &in, &il, &o, &ol) == (size_t)-1)
                continue;
            *o = 0;
            s = conv;
            n = (size_t)(o - conv);
        }
        /* Cyrillic upper case at start (names) */
        if ((unsigned char)s[0] == 0xD0 && (unsigned char)s[1] >= 0x80 &&
            (unsigned char)s[1] <= 0xAF)
            continue;
        if (dict[li].n == cap) {
            cap = cap ? cap * 2 : 4096;
            dict[li].w = realloc(dict[li].w, (size_t)cap * sizeof(char *));
        }
        dict[li].w[dict[li].n++] = strdup(s);
    }
    if (cd != (iconv_t)-1)
        iconv_close(cd);
    fclose(fp);
    /* fixed shuffle */
    uint64_t save = rng_state;
    rng_state = 0x1234567ull + (uint64_t)li;
    for (int i = dict[li].n - 1; i > 0; i--) {
        int j = rn(i + 1);
        char *t = dict[li].w[i];
        dict[li].w[i] = dict[li].w[j];
        dict[li].w[j] = t;
    }
    rng_state = save;
}

static const char *
dict_word(int li)
{
    int n = dict[li].n;
    if (n == 0)
        return NULL;
    /* P(rank r) ~ 1/r over [1, n] */
    double r = exp(runif() * log((double)n));
    int i = (int)r - 1;
    if (i < 0)
        i = 0;
    if (i >= n)
        i = n - 1;
    return dict[li].w[i];
}

/* ---- phrases ---- */
static const lang_t *G;
static int GI;

static void
noun(void)
{
    const char *w = NULL;
    if (rn(100) < 35)
        w = dict_word(GI);
    put(w ? w : lpick(G->noun));
}

static void
np(void)
{
    int r = rn(100);
    if (r < 12) {
        put(lpick(G->gov));
        return;
    }
    if (r < 20) {
        put(lpick(G->org));
        return;
    }
    if (r < 26) {
        putf("%s %s", lpick(G->first_m), lpick(G->last));
        return;
    }
    const char *d = lpick(G->det);
    if (*d)
        putf("%s ", d);
    if (rn(100) < 45) {
        const char *a = rn(3) ? lpick(G->adj) : lpick(G->norp);
        putf("%s ", a);
    }
    noun();
    if (rn(100) < 25) {
        putf(" %s ", lpick(G->prep));
        noun();
    }
}

static void
number(void)
{
    switch (rn(6)) {
    case 0:
        putf("%d", 2 + rn(98));
        break;
    case 1:
        if (!strcmp(G->code, "en"))
            putf("%d,%03d", 1 + rn(99), rn(1000));
        else if (!strcmp(G->code, "de"))
            putf("%d.%03d", 1 + rn(99), rn(1000));
        else
            putf("%d\xC2\xA0%03d", 1 + rn(99), rn(1000));
        break;
    case 2:
        putf(strcmp(G->code, "en") ? "%d,%d" : "%d.%d", 1 + rn(30), rn(10));
        break;
    case 3:
        putf("%d", 1990 + rn(35));
        break;
    default:
        putf("%d", 10 + rn(900));
        break;
    }
}

static void
clause(void)
{
    np();
    put(" ");
    if (rn(100) < 30) {
        put(lpick(G->act));
    } else {
        put(lpick(G->verb));
    }
    put(" ");
    if (rn(100) < 15) {
        number();
        putf(" %s", lpick(G->unit));
    } else {
        np();
    }
    int r = rn(100);
    if (r < 40) {
        putf(" %s ", lpick(G->prep));
        np();
    } else if (r < 55) {
        putf(" %s", lpick(G->day));
    } else if (r < 62) {
        putf(" %s %d %s %d", lpick(G->prep), 1 + rn(28), lpick(G->month),
             2015 + rn(10));
    }
    if (rn(100) < 20) {
        putf(" %s ", G->and_);
        np();
        put(" ");
        put(lpick(G->verb));
        put(" ");
        np();
    }
}

/* A speaker: returns 1 for a woman (for the verb's gender). */
static int
speaker(int full)
{
    int fem = rn(2);
    int r = rn(100);
    if (r < 35 || !full) {
        putf("%s %s", lpick(fem ? G->first_f : G->first_m), lpick(G->last));
    } else if (r < 70) {
        putf("%s %s %s", lpick(G->role), lpick(fem ? G->first_f : G->first_m),
             lpick(G->last));
    } else if (r < 85) {
        putf("%s %s, %s %s", lpick(fem ? G->first_f : G->first_m),
             lpick(G->last), lpick(G->role), lpick(G->gov));
    } else {
        put(lpick(G->last));
    }
    return fem;
}

static const char *
say(int fem)
{
    return lpick(fem ? G->say_f : G->say_m);
}

static void
quote_body(void)
{
    size_t m = outlen;
    clause();
    cap_from(m);
    if (rn(100) < 40) {
        put(". ");
        m = outlen;
        clause();
        cap_from(m);
    }
}

static void
sentence(void)
{
    size_t m = outlen;
    int r = rn(100), fem;
    if (r < 30) { /* narrative */
        if (rn(100) < 20)
            putf("%s, ", lpick(G->conn));
        clause();
        put(".");
    } else if (r < 45) { /* trailing direct quote */
        put(G->qo);
        quote_body();
        if (G->dash_quote) {
            putf("%s \xE2\x80\x94 ", G->qc);
            fem = rn(2);
            put(say(fem));
            put(" ");
            if (fem)
                putf("%s %s", lpick(G->first_f), lpick(G->last));
            else
                putf("%s %s", lpick(G->first_m), lpick(G->last));
            put(".");
        } else {
            putf(",%s ", G->qc);
            if (rn(2)) {
                fem = speaker(1);
                putf(" %s.", say(fem));
            } else {
                fem = rn(2);
                putf("%s ", say(fem));
                speaker(1);
                put(".");
            }
        }
    } else if (r < 52) { /* interrupted quote */
        put(G->qo);
        quote_body();
        putf(",%s ", G->qc);
        fem = speaker(0);
        putf(" %s, %s", say(fem), G->qo);
        clause();
        putf(".%s", G->qc);
    } else if (r < 57) { /* colon quote */
        fem = speaker(1);
        putf(" %s: %s", say(fem), G->qo2);
        quote_body();
        putf(".%s", G->qc2);
    } else if (r < 72) { /* indirect */
        fem = speaker(1);
        putf(" %s", say(fem));
        if (rn(100) < 30)
            putf(" %s", lpick(G->day));
        if (rn(100) < 70)
            putf(" %s", G->that);
        put(" ");
        clause();
        put(".");
    } else if (r < 78) { /* organisation speaks */
        put(lpick(G->gov));
        putf(" %s", lpick(G->say_org));
        if (rn(2))
            putf(" %s", G->in_stmt);
        putf(" %s ", G->that);
        clause();
        put(".");
    } else if (r < 84) { /* according to */
        putf("%s ", lpick(G->according));
        if (rn(2))
            put(lpick(G->media));
        else
            speaker(1);
        put(", ");
        clause();
        put(".");
    } else if (r < 91) { /* reported act */
        put(rn(2) ? lpick(G->gov) : lpick(G->org));
        putf(" %s ", lpick(G->act));
        np();
        if (rn(2)) {
            putf(" %s ", lpick(G->prep));
            np();
        }
        put(".");
    } else if (r < 95) { /* pronoun speaker */
        fem = rn(2);
        put(G->qo);
        quote_body();
        putf(",%s %s %s.", G->qc, fem ? G->she : G->he, say(fem));
    } else { /* handle / url */
        fem = speaker(1);
        putf(" %s @%s%d: %s", say(fem), lpick(G->last), rn(100), G->qo);
        quote_body();
        putf("%s https://www.example.org/news/%d-%d", G->qc, 2020 + rn(5),
             rn(100000));
        put(".");
    }
    cap_from(m);
}

static void
article(void)
{
    size_t m;
    putf(" date %d-%02d-%02d ", 2015 + rn(10), 1 + rn(12), 1 + rn(28));
    m = outlen;
    if (rn(3) == 0) {
        put(lpick(G->role));
        put(": ");
        clause();
    } else {
        clause();
    }
    cap_from(m);
    put("\n\n");
    putf("%s (%s - %d %s, %d) ", lpick(G->place), lpick(G->media),
         1 + rn(28), lpick(G->month), 2015 + rn(10));
    sentence();
    int npar = 4 + rn(10);
    for (int p = 0; p < npar; p++) {
        put("\n\n");
        int ns = 1 + rn(3);
        for (int s = 0; s < ns; s++) {
            if (s)
                put(" ");
            sentence();
        }
    }
    put("\n\n");
}

int
main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: gen_corpus en|de|fr|pl|ru|uk|mixed MB "
                        "[SEED]\n");
        return 64;
    }
    const char *lang = argv[1];
    double mb = atof(argv[2]);
    if (argc > 3)
        rng_state ^= strtoull(argv[3], NULL, 10) * 0x9E3779B97F4A7C15ull + 1;
    int fixed = -1;
    for (int i = 0; i < NLANGS; i++)
        if (!strcmp(lang, langs[i].code))
            fixed = i;
    if (fixed < 0 && strcmp(lang, "mixed") != 0) {
        fprintf(stderr, "gen_corpus: unknown language %s\n", lang);
        return 64;
    }
    for (int i = 0; i < NLANGS; i++)
        if (fixed < 0 || fixed == i)
            load_dict(i);
    size_t target = (size_t)(mb * 1e6), total = 0;
    int next = rn(NLANGS);
    while (total < target) {
        GI = fixed >= 0 ? fixed : next;
        next = (next + 1) % NLANGS;
        G = &langs[GI];
        outlen = 0;
        article();
        if (fwrite(out, 1, outlen, stdout) != outlen) {
            perror("gen_corpus");
            return 74;
        }
        total += outlen;
    }
    return fflush(stdout) ? 74 : 0;
}
