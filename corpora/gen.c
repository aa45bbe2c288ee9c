/*
 * gen.c - a generator of synthetic news articles in six languages (en, uk,
 * ru, pl, de, fr) for scale tests of the corpus store (`make
 * bench-corpus`, tests/cli/test_corpus.sh).  Every article has a headline,
 * a dateline, direct quotes, indirect and reported speech with speech
 * verbs and stance words, so the pipeline finds statements in it.  The
 * people, organisations and places are invented; the templates were
 * written for this file.
 *
 *   cc -O2 -o gen corpora/gen.c
 *   ./gen [-n N] [--start K] [--seed S] [--articles]
 *
 * Writes N JSON Lines records (id, lang, date, source, title, text) for
 * article numbers K .. K+N-1, or, with --articles, the seed layout
 * ("date YYYY-MM-DD headline" + body).  Article k is a pure function of
 * (k, seed) and no two article numbers give the same text.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_(a) ((int)(sizeof(a) / sizeof((a)[0])))

typedef struct {
    const char *lang;
    const char *male[8], *female[8], *surname[10];
    const char *org[8];     /* ministries and bodies, subject form */
    const char *role[6];    /* roles before a name */
    const char *place[8];   /* dateline place (capitals) */
    const char *city[6];    /* "in <city>" */
    const char *agency[5];
    const char *weekday[5]; /* "on Tuesday" */
    const char *said_m, *said_f, *told_m, *told_f, *warned_m, *warned_f;
    const char *denied, *urged_m, *urged_f;
    const char *oq, *cq; /* quotation marks */
    const char *head[4]; /* %1$s org, %2$s place: headline */
    const char *quote[10];
    const char *indirect[6]; /* "that ..." clause */
    const char *numbers;     /* %d %d %d: closing sentence */
    const char *reporters;   /* "reporters in" */
} lang_t;

static const lang_t langs[6] = {
    {"en",
     {"Daniel", "Thomas", "Martin", "Robert", "Victor", "Adam", "Peter",
      "Simon"},
     {"Laura", "Helen", "Maria", "Clara", "Anna", "Julia", "Sofia", "Irene"},
     {"Harwell", "Brennan", "Castell", "Morrow", "Whitcombe", "Ashdown",
      "Fairley", "Kendrick", "Lowther", "Penrose"},
     {"the Foreign Ministry", "the Defence Ministry", "the Energy Agency",
      "the Interior Ministry", "the Maritime Authority", "the Health Ministry",
      "the Transport Ministry", "the Finance Ministry"},
     {"Foreign Minister", "Defence Minister", "Prime Minister",
      "Interior Minister", "government spokesman", "Energy Minister"},
     {"LONDON", "DUBLIN", "OTTAWA", "CANBERRA", "WELLINGTON", "EDINBURGH",
      "CARDIFF", "BELFAST"},
     {"Brussels", "Geneva", "Vienna", "Oslo", "Lisbon", "Prague"},
     {"Northwire", "Channel Press", "Meridian News", "Atlas Wire",
      "Harbour Agency"},
     {"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"},
     "said", "said", "told", "told", "warned", "warned",
     "denied any involvement", "urged", "urged",
     "\"", "\"",
     {"%s condemns attack near %s", "%s warns of new shortages in %s",
      "%s calls for talks after incident in %s",
      "%s denies reports of cuts in %s"},
     {"We strongly condemn this attack and those responsible will be held "
      "accountable.",
      "We are deeply concerned about the safety of civilians in the region.",
      "This decision is a serious mistake and we reject it.",
      "We demand an immediate and independent investigation.",
      "We will not accept any further delay in the talks.",
      "We fully support the new agreement and will help to implement it.",
      "These accusations are false and have no basis in fact.",
      "If the shelling continues, the consequences will be severe.",
      "The talks were useful and we will meet again next month.",
      "We call on all sides to return to the negotiating table."},
     {"the attack had been planned in advance",
      "the government would send more aid to the region",
      "the agreement must be respected by all sides",
      "the ministry was ready to support the investigation",
      "the new rules would take effect next year",
      "the talks had failed to produce any result"},
     "The incident took place about %d kilometres from the border, and "
     "officials said %d people had been evacuated from %d villages.",
     "reporters in"},
    {"uk",
     {"Олег", "Андрій", "Тарас", "Богдан", "Василь", "Юрій", "Микола",
      "Степан"},
     {"Олена", "Ірина", "Оксана", "Наталія", "Марія", "Тетяна", "Галина",
      "Леся"},
     {"Коваленко", "Бондаренко", "Ткаченко", "Кравчук", "Мельник",
      "Шевчук", "Поліщук", "Гнатюк", "Савчук", "Лисенко"},
     {"МЗС України", "Міністерство оборони", "Міністерство енергетики",
      "Міністерство юстиції", "Державна прикордонна служба",
      "Міністерство охорони здоров'я", "Міністерство фінансів",
      "Міністерство інфраструктури"},
     {"міністр закордонних справ", "міністр оборони",
      "речник міністерства", "заступник міністра", "прем'єр-міністр",
      "міністр енергетики"},
     {"КИЇВ", "ЛЬВІВ", "ОДЕСА", "ХАРКІВ", "ДНІПРО", "ЖИТОМИР", "ПОЛТАВА",
      "ЧЕРНІГІВ"},
     {"Брюсселі", "Женеві", "Відні", "Варшаві", "Празі", "Римі"},
     {"Укрінформ", "Новини-Схід", "Агенція Дніпро", "Вісник", "Слово"},
     {"у понеділок", "у вівторок", "у середу", "у четвер", "у п'ятницю"},
     "заявив", "заявила", "сказав", "сказала", "попередив", "попередила",
     "заперечило будь-яку причетність", "закликав", "закликала",
     "«", "»",
     {"%s засудило атаку поблизу %s", "%s попереджає про нестачу в %s",
      "%s закликає до переговорів після інциденту в %s",
      "%s спростовує повідомлення про скорочення в %s"},
     {"Ми рішуче засуджуємо цей напад, і винні понесуть відповідальність.",
      "Ми глибоко стурбовані безпекою цивільних у регіоні.",
      "Це рішення є серйозною помилкою, і ми його відкидаємо.",
      "Ми вимагаємо негайного і незалежного розслідування.",
      "Ми не погодимося на подальше затягування переговорів.",
      "Ми повністю підтримуємо нову угоду і допоможемо її виконати.",
      "Ці звинувачення неправдиві і не мають жодних підстав.",
      "Якщо обстріли триватимуть, наслідки будуть серйозними.",
      "Переговори були корисними, і ми зустрінемося знову наступного "
      "місяця.",
      "Ми закликаємо всі сторони повернутися до переговорів."},
     {"напад був спланований заздалегідь",
      "уряд надішле більше допомоги в регіон",
      "угоду мають поважати всі сторони",
      "міністерство готове підтримати розслідування",
      "нові правила наберуть чинності наступного року",
      "переговори не дали жодного результату"},
     "Інцидент стався приблизно за %d кілометрів від кордону, а з %d "
     "населених пунктів евакуювали %d людей.",
     "журналістам у"},
    {"ru",
     {"Олег", "Андрей", "Игорь", "Борис", "Василий", "Юрий", "Николай",
      "Степан"},
     {"Елена", "Ирина", "Ольга", "Наталья", "Мария", "Татьяна", "Галина",
      "Вера"},
     {"Кузнецов", "Соколов", "Лебедев", "Морозов", "Волков", "Зайцев",
      "Павлов", "Семенов", "Голубев", "Виноградов"},
     {"МИД", "Министерство обороны", "Министерство энергетики",
      "Министерство юстиции", "Пограничная служба",
      "Министерство здравоохранения", "Министерство финансов",
      "Министерство транспорта"},
     {"министр иностранных дел", "министр обороны",
      "представитель министерства", "заместитель министра",
      "премьер-министр", "министр энергетики"},
     {"МОСКВА", "МИНСК", "АСТАНА", "БИШКЕК", "ЕРЕВАН", "БАКУ", "ТАШКЕНТ",
      "ДУШАНБЕ"},
     {"Брюсселе", "Женеве", "Вене", "Варшаве", "Праге", "Риме"},
     {"Интерфакс", "Северное агентство", "Вестник", "Новости Дня",
      "Агентство Восток"},
     {"в понедельник", "во вторник", "в среду", "в четверг", "в пятницу"},
     "заявил", "заявила", "сказал", "сказала", "предупредил",
     "предупредила", "отрицало какую-либо причастность", "призвал",
     "призвала", "«", "»",
     {"%s осудило нападение вблизи %s", "%s предупреждает о нехватке в %s",
      "%s призывает к переговорам после инцидента в %s",
      "%s опровергает сообщения о сокращениях в %s"},
     {"Мы решительно осуждаем это нападение, и виновные понесут "
      "ответственность.",
      "Мы глубоко обеспокоены безопасностью мирных жителей в регионе.",
      "Это решение является серьезной ошибкой, и мы его отвергаем.",
      "Мы требуем немедленного и независимого расследования.",
      "Мы не согласимся на дальнейшее затягивание переговоров.",
      "Мы полностью поддерживаем новое соглашение и поможем его выполнить.",
      "Эти обвинения ложны и не имеют никаких оснований.",
      "Если обстрелы продолжатся, последствия будут серьезными.",
      "Переговоры были полезными, и мы встретимся снова в следующем "
      "месяце.",
      "Мы призываем все стороны вернуться к переговорам."},
     {"нападение было спланировано заранее",
      "правительство направит больше помощи в регион",
      "соглашение должны соблюдать все стороны",
      "министерство готово поддержать расследование",
      "новые правила вступят в силу в следующем году",
      "переговоры не принесли никакого результата"},
     "Инцидент произошел примерно в %d километрах от границы, а из %d "
     "населенных пунктов эвакуировали %d человек.",
     "журналистам в"},
    {"pl",
     {"Tomasz", "Piotr", "Marek", "Andrzej", "Krzysztof", "Paweł", "Jan",
      "Michał"},
     {"Anna", "Katarzyna", "Magdalena", "Agnieszka", "Ewa", "Joanna",
      "Barbara", "Zofia"},
     {"Nowicki", "Zieliński", "Wróblewski", "Kaczmarek", "Pawlak", "Sadowski",
      "Jabłoński", "Malinowski", "Krawczyk", "Górecki"},
     {"MSZ", "Ministerstwo Obrony Narodowej", "Ministerstwo Energii",
      "Ministerstwo Sprawiedliwości", "Straż Graniczna",
      "Ministerstwo Zdrowia", "Ministerstwo Finansów",
      "Ministerstwo Infrastruktury"},
     {"minister spraw zagranicznych", "minister obrony", "rzecznik rządu",
      "wiceminister", "premier", "minister energii"},
     {"WARSZAWA", "KRAKÓW", "GDAŃSK", "POZNAŃ", "WROCŁAW", "LUBLIN", "ŁÓDŹ",
      "SZCZECIN"},
     {"Brukseli", "Genewie", "Wiedniu", "Pradze", "Rzymie", "Oslo"},
     {"PAP", "Agencja Północ", "Serwis Info", "Kurier", "Głos Agencji"},
     {"w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek"},
     "powiedział", "powiedziała", "powiedział", "powiedziała", "ostrzegł",
     "ostrzegła", "zaprzeczyło jakiemukolwiek udziałowi", "wezwał",
     "wezwała", "„", "”",
     {"%s potępia atak w pobliżu %s", "%s ostrzega przed niedoborami w %s",
      "%s wzywa do rozmów po incydencie w %s",
      "%s dementuje doniesienia o cięciach w %s"},
     {"Zdecydowanie potępiamy ten atak, a winni poniosą odpowiedzialność.",
      "Jesteśmy głęboko zaniepokojeni bezpieczeństwem cywilów w regionie.",
      "Ta decyzja jest poważnym błędem i ją odrzucamy.",
      "Żądamy natychmiastowego i niezależnego śledztwa.",
      "Nie zgodzimy się na dalsze opóźnianie rozmów.",
      "W pełni popieramy nowe porozumienie i pomożemy je wdrożyć.",
      "Te oskarżenia są fałszywe i nie mają żadnych podstaw.",
      "Jeśli ostrzał będzie trwał, konsekwencje będą poważne.",
      "Rozmowy były owocne i spotkamy się ponownie w przyszłym miesiącu.",
      "Wzywamy wszystkie strony do powrotu do negocjacji."},
     {"atak był zaplanowany wcześniej",
      "rząd wyśle więcej pomocy do regionu",
      "porozumienie musi być przestrzegane przez wszystkie strony",
      "ministerstwo jest gotowe wesprzeć śledztwo",
      "nowe przepisy wejdą w życie w przyszłym roku",
      "rozmowy nie przyniosły żadnego rezultatu"},
     "Do incydentu doszło około %d kilometrów od granicy, a z %d "
     "miejscowości ewakuowano %d osób.",
     "dziennikarzom w"},
    {"de",
     {"Thomas", "Stefan", "Michael", "Andreas", "Jürgen", "Markus", "Klaus",
      "Tobias"},
     {"Anna", "Petra", "Sabine", "Claudia", "Katrin", "Monika", "Birgit",
      "Ulrike"},
     {"Hoffmann", "Becker", "Schröder", "Neumann", "Schwarz", "Zimmermann",
      "Krüger", "Hartmann", "Lange", "Brandt"},
     {"Das Auswärtige Amt", "Das Verteidigungsministerium",
      "Das Wirtschaftsministerium", "Das Innenministerium",
      "Die Bundespolizei", "Das Gesundheitsministerium",
      "Das Finanzministerium", "Das Verkehrsministerium"},
     {"Außenminister", "Verteidigungsminister", "Regierungssprecher",
      "Staatssekretär", "Bundeskanzler", "Wirtschaftsminister"},
     {"BERLIN", "MÜNCHEN", "HAMBURG", "KÖLN", "FRANKFURT", "STUTTGART",
      "DRESDEN", "BREMEN"},
     {"Brüssel", "Genf", "Wien", "Warschau", "Prag", "Rom"},
     {"dpa", "Nordpresse", "Rheinkurier", "Mitteldienst", "Alpenagentur"},
     {"am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag",
      "am Freitag"},
     "sagte", "sagte", "sagte", "sagte", "warnte", "warnte",
     "wies jede Beteiligung zurück", "forderte", "forderte", "„", "“",
     {"%s verurteilt Angriff nahe %s", "%s warnt vor Engpässen in %s",
      "%s fordert Gespräche nach Vorfall in %s",
      "%s dementiert Berichte über Kürzungen in %s"},
     {"Wir verurteilen diesen Angriff auf das Schärfste, und die "
      "Verantwortlichen werden zur Rechenschaft gezogen.",
      "Wir sind tief besorgt über die Sicherheit der Zivilisten in der "
      "Region.",
      "Diese Entscheidung ist ein schwerer Fehler, und wir lehnen sie ab.",
      "Wir fordern eine sofortige und unabhängige Untersuchung.",
      "Wir werden keine weitere Verzögerung der Gespräche hinnehmen.",
      "Wir unterstützen das neue Abkommen voll und ganz und helfen bei der "
      "Umsetzung.",
      "Diese Vorwürfe sind falsch und entbehren jeder Grundlage.",
      "Wenn der Beschuss weitergeht, werden die Folgen schwerwiegend sein.",
      "Die Gespräche waren nützlich, und wir treffen uns im nächsten Monat "
      "wieder.",
      "Wir rufen alle Seiten auf, an den Verhandlungstisch zurückzukehren."},
     {"der Angriff sei im Voraus geplant worden",
      "die Regierung werde mehr Hilfe in die Region schicken",
      "das Abkommen müsse von allen Seiten respektiert werden",
      "das Ministerium sei bereit, die Untersuchung zu unterstützen",
      "die neuen Regeln würden im nächsten Jahr in Kraft treten",
      "die Gespräche hätten kein Ergebnis gebracht"},
     "Der Vorfall ereignete sich etwa %d Kilometer von der Grenze entfernt, "
     "aus %d Orten wurden %d Menschen in Sicherheit gebracht.",
     "Journalisten in"},
    {"fr",
     {"Pierre", "Jean", "Michel", "Laurent", "Nicolas", "Philippe", "Olivier",
      "Julien"},
     {"Marie", "Claire", "Sophie", "Isabelle", "Camille", "Nathalie",
      "Hélène", "Céline"},
     {"Lefèvre", "Moreau", "Garnier", "Chevalier", "Rousseau", "Fontaine",
      "Mercier", "Lambert", "Bonnet", "Girard"},
     {"Le Quai d'Orsay", "Le ministère des Armées",
      "Le ministère de l'Énergie", "Le ministère de l'Intérieur",
      "La gendarmerie", "Le ministère de la Santé",
      "Le ministère des Finances", "Le ministère des Transports"},
     {"ministre des Affaires étrangères", "ministre des Armées",
      "porte-parole du gouvernement", "secrétaire d'État",
      "Premier ministre", "ministre de l'Économie"},
     {"PARIS", "LYON", "MARSEILLE", "BORDEAUX", "LILLE", "NANTES",
      "STRASBOURG", "TOULOUSE"},
     {"Bruxelles", "Genève", "Vienne", "Varsovie", "Prague", "Rome"},
     {"AFP", "Agence Ouest", "Presse Centrale", "Dépêche Nord",
      "Agence Rhône"},
     {"lundi", "mardi", "mercredi", "jeudi", "vendredi"},
     "a déclaré", "a déclaré", "a dit", "a dit", "a averti", "a averti",
     "a démenti toute implication", "a appelé", "a appelé", "« ", " »",
     {"%s condamne une attaque près de %s",
      "%s met en garde contre des pénuries à %s",
      "%s appelle au dialogue après un incident à %s",
      "%s dément des informations sur des coupes à %s"},
     {"Nous condamnons fermement cette attaque et les responsables devront "
      "rendre des comptes.",
      "Nous sommes profondément préoccupés par la sécurité des civils dans "
      "la région.",
      "Cette décision est une grave erreur et nous la rejetons.",
      "Nous exigeons une enquête immédiate et indépendante.",
      "Nous n'accepterons aucun nouveau retard dans les négociations.",
      "Nous soutenons pleinement le nouvel accord et aiderons à le mettre "
      "en œuvre.",
      "Ces accusations sont fausses et sans fondement.",
      "Si les bombardements continuent, les conséquences seront graves.",
      "Les discussions ont été utiles et nous nous reverrons le mois "
      "prochain.",
      "Nous appelons toutes les parties à revenir à la table des "
      "négociations."},
     {"l'attaque avait été préparée à l'avance",
      "le gouvernement enverrait davantage d'aide dans la région",
      "l'accord devait être respecté par toutes les parties",
      "le ministère était prêt à soutenir l'enquête",
      "les nouvelles règles entreraient en vigueur l'an prochain",
      "les négociations n'avaient donné aucun résultat"},
     "L'incident s'est produit à environ %d kilomètres de la frontière, et "
     "%d personnes ont été évacuées de %d villages.",
     "aux journalistes à"},
};

static uint64_t
rnd(uint64_t *s)
{
    /* splitmix64 */
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

#define PICK(arr, s) ((arr)[rnd(s) % (uint64_t)N_(arr)])

typedef struct {
    char *p;
    size_t len, cap;
} sbuf;

static void
sput(sbuf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->p = realloc(b->p, b->cap);
        if (b->p == NULL) {
            perror("gen");
            exit(70);
        }
    }
    memcpy(b->p + b->len, s, n + 1);
    b->len += n;
}

static void
sprintf_put(sbuf *b, const char *fmt, const char *a, const char *c)
{
    char tmp[1024];
    snprintf(tmp, sizeof tmp, fmt, a, c);
    sput(b, tmp);
}

static void
json_str(FILE *fp, const char *s)
{
    fputc('"', fp);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fprintf(fp, "\\%c", *s);
        else if (*s == '\n')
            fputs("\\n", fp);
        else
            fputc(*s, fp);
    }
    fputc('"', fp);
}

/* A surname in the speaker's gender (ru: -ов/-ин + а, pl: -ski -> -ska). */
static void
surname(const lang_t *L, const char *sur, int female, char *out, size_t cap)
{
    size_t n = strlen(sur);
    snprintf(out, cap, "%s", sur);
    if (!female)
        return;
    if (!strcmp(L->lang, "ru"))
        snprintf(out, cap, "%sа", sur);
    else if (!strcmp(L->lang, "pl") && n > 1 && sur[n - 1] == 'i')
        snprintf(out, cap, "%.*sa", (int)(n - 1), sur);
}

/* Article k: headline in *title, body in *body. */
static const lang_t *
article(uint64_t k, uint64_t seed, sbuf *title, sbuf *body, char date[16],
        const char **agency)
{
    uint64_t s = seed * 0x2545F4914F6CDD1DULL + k;
    rnd(&s);
    const lang_t *L = &langs[k % 6];
    title->len = body->len = 0;
    sput(title, "");
    sput(body, "");
    int y = 2019 + (int)(rnd(&s) % 6), m = 1 + (int)(rnd(&s) % 12),
        dd = 1 + (int)(rnd(&s) % 28);
    snprintf(date, 16, "%04d-%02d-%02d", y, m, dd);
    *agency = PICK(L->agency, &s);
    const char *org = PICK(L->org, &s), *org2 = PICK(L->org, &s);
    const char *city = PICK(L->city, &s);
    sprintf_put(title, PICK(L->head, &s), org, city);
    if (title->p[0] >= 'a' && title->p[0] <= 'z')
        title->p[0] = (char)(title->p[0] - 'a' + 'A');

    /* speaker 1 and 2 */
    int f1 = (int)(rnd(&s) % 3 == 0), f2 = (int)(rnd(&s) % 2);
    const char *first1 = f1 ? PICK(L->female, &s) : PICK(L->male, &s);
    const char *first2 = f2 ? PICK(L->female, &s) : PICK(L->male, &s);
    const char *sur1 = PICK(L->surname, &s), *sur2 = PICK(L->surname, &s);
    if (sur2 == sur1)
        sur2 = sur1 == L->surname[0] ? L->surname[1] : L->surname[0];
    const char *role1 = PICK(L->role, &s), *role2 = PICK(L->role, &s);
    char tmp[2048];

    /* dateline + indirect speech: "Name Surname, role, said on Friday
     * that ..." */
    snprintf(tmp, sizeof tmp, "%s (%s - %s) ", PICK(L->place, &s), *agency,
             date);
    sput(body, tmp);
    const char *that = !strcmp(L->lang, "en")   ? " that "
                       : !strcmp(L->lang, "fr") ? " que "
                       : !strcmp(L->lang, "de") ? ", "
                       : !strcmp(L->lang, "pl") ? ", że "
                       : !strcmp(L->lang, "ru") ? ", что "
                                                : ", що ";
    const char *ind = PICK(L->indirect, &s);
    if (!strcmp(L->lang, "fr") && ind[0] == 'l' && ind[1] == '\'')
        that = " qu'";
    char name1[128], name2[128];
    surname(L, sur1, f1, name1, sizeof name1);
    surname(L, sur2, f2, name2, sizeof name2);
    snprintf(tmp, sizeof tmp, "%s %s, %s, %s %s%s%s.", first1, name1, role1,
             f1 ? L->said_f : L->said_m, PICK(L->weekday, &s), that, ind);
    sput(body, tmp);
    sput(body, "\n\n");

    /* direct quote, speaker after */
    int q1 = (int)(rnd(&s) % N_(L->quote)), q2 = (int)(rnd(&s) % N_(L->quote));
    if (q2 == q1)
        q2 = (q1 + 3) % N_(L->quote);
    char quote[512];
    snprintf(quote, sizeof quote, "%s", L->quote[q1]);
    size_t ql = strlen(quote);
    if (ql && quote[ql - 1] == '.')
        quote[ql - 1] = '\0';
    const char *told = f1 ? L->told_f : L->told_m;
    const char *where = PICK(L->city, &s);
    if (!strcmp(L->lang, "en"))
        snprintf(tmp, sizeof tmp, "\"%s,\" %s %s %s %s.", quote, name1, told,
                 L->reporters, where);
    else if (!strcmp(L->lang, "de"))
        snprintf(tmp, sizeof tmp, "„%s“, %s %s %s %s.", quote, told, name1,
                 L->reporters, where);
    else if (!strcmp(L->lang, "fr"))
        snprintf(tmp, sizeof tmp, "« %s », %s %s %s %s.", quote, told, name1,
                 L->reporters, where);
    else if (!strcmp(L->lang, "pl"))
        snprintf(tmp, sizeof tmp, "„%s” – %s %s %s %s.", quote, told, name1,
                 L->reporters, where);
    else
        snprintf(tmp, sizeof tmp, "«%s», — %s %s %s %s.", quote, told, name1,
                 L->reporters, where);
    sput(body, tmp);
    sput(body, "\n\n");

    /* reported speech of a body */
    snprintf(tmp, sizeof tmp, "%s %s.", org2, L->denied);
    if (tmp[0] >= 'a' && tmp[0] <= 'z')
        tmp[0] = (char)(tmp[0] - 32);
    sput(body, tmp);
    sput(body, " ");

    /* second speaker: "Name, role, said: quote" */
    snprintf(tmp, sizeof tmp, "%s %s, %s, %s: %s%s%s", first2, name2, role2,
             f2 ? L->warned_f : L->warned_m, L->oq, L->quote[q2], L->cq);
    sput(body, tmp);
    sput(body, "\n\n");

    /* numbers: unique per article number */
    snprintf(tmp, sizeof tmp, L->numbers, (int)(2 + k % 89),
             (int)(10 + (k / 89) % 997), (int)(1 + k / (89 * 997)));
    sput(body, tmp);
    sput(body, " ");
    snprintf(tmp, sizeof tmp, "%s %s %s%s.", first1, name1,
             f1 ? L->urged_f : L->urged_m,
             !strcmp(L->lang, "en")   ? " calm"
             : !strcmp(L->lang, "de") ? " Ruhe"
             : !strcmp(L->lang, "fr") ? " au calme"
             : !strcmp(L->lang, "pl") ? " do spokoju"
             : !strcmp(L->lang, "uk") ? " до спокою"
                                      : " к спокойствию");
    sput(body, tmp);
    return L;
}

int
main(int argc, char **argv)
{
    long n = 1000, start = 0;
    uint64_t seed = 1;
    int articles = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-n") && i + 1 < argc)
            n = atol(argv[++i]);
        else if (!strcmp(argv[i], "--start") && i + 1 < argc)
            start = atol(argv[++i]);
        else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
            seed = strtoull(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--articles"))
            articles = 1;
        else {
            fprintf(stderr,
                    "usage: gen [-n N] [--start K] [--seed S] [--articles]\n");
            return 64;
        }
    }
    sbuf title = {0}, body = {0};
    char date[16];
    const char *agency;
    for (long k = start; k < start + n; k++) {
        const lang_t *L =
            article((uint64_t)k, seed, &title, &body, date, &agency);
        if (articles) {
            printf("date %s %s\n\n%s\n\n", date, title.p, body.p);
            continue;
        }
        printf("{\"id\":\"gen-%07ld\",\"lang\":\"%s\",\"date\":\"%s\","
               "\"source\":",
               k, L->lang, date);
        json_str(stdout, agency);
        fputs(",\"title\":", stdout);
        json_str(stdout, title.p);
        fputs(",\"text\":", stdout);
        json_str(stdout, body.p);
        fputs("}\n", stdout);
    }
    free(title.p);
    free(body.p);
    return ferror(stdout) || fflush(stdout) != 0 ? 74 : 0;
}
