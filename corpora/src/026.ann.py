# 026 (uk) Ships held at the Danube mouth.  Written as an unseen test (session 9).  A
# ministry abbreviation in a headline attribution (Мінінфраструктури: …, not annotated); a
# «…» quote running over two paragraphs with a trailing cue and an inverted speaker; a
# document as speaker through a possessive (Її заява, поширена в середу, стверджує, що …);
# a role-only speaker (Речник адміністрації) and his pronoun; a negated accusation (не став
# звинувачувати) as neutral; a quote interrupted by the cue in the middle of a sentence
# («…, – сказав він, – …»); a body's concern as an act (висловила занепокоєння); a colon
# inside a quote, a ship name in nested „…“ and a trailing attribution without a verb; a
# newspaper in «…» (not speech) between the subject and the cue; hedged warnings (можуть);
# a dropped subject resolved by the verb's gender (Також попередила, що …); a quoted
# fragment in an indirect clause (mixed); content fronted before an impersonal cue.
FILE = "026_uk_danube_pilots.txt"
LANG = "uk"
META = {"place": "ІЗМАЇЛ", "source": "Укрінформ"}

E = [
    ("Мінінфраструктури", "GOV"),
    ("Дунаї", "LOC"),
    ("ІЗМАЇЛ", "LOC"),
    ("Укрінформ", "MEDIA"),
    ("Міністерство інфраструктури України", "GOV"),
    ("українських", "NORP"),
    ("українські", "NORP"),
    ("Сулина", "LOC"),
    ("румунської", "NORP"),
    ("Європейської комісії", "ORG"),
    ("заступник міністра інфраструктури", "ROLE"),
    ("Тарас Кривенко", "PERSON"),
    ("Румунська адміністрація судноплавства", "GOV"),
    ("Речник", "ROLE"),
    ("Профспілка моряків Придунав’я", "ORG"),
    ("капітан", "ROLE"),
    ("капітанів", "ROLE"),
    ("Олег Савчук", "PERSON"),
    ("Голова", "ROLE"),
    ("Асоціації портів Придунав’я", "ORG"),
    ("Ганна Литвин", "PERSON"),
    ("Дунайські вісті", "MEDIA"),
    ("Посол", "ROLE"),
    ("Румунії", "LOC"),
    ("Україні", "LOC"),
    ("Мірча Попеску", "PERSON"),
    ("Бухарест", "LOC"),
    ("Дунай", "LOC"),
    ("Констанци", "LOC"),
    ("Дунайської комісії", "ORG"),
    ("МЗС України", "GOV"),
]

MIN = "Міністерство інфраструктури України"
RAS = "Румунська адміністрація судноплавства"
KRY = dict(name="Тарас Кривенко", role="заступник міністра інфраструктури")
SPK = dict(name=None, role="Речник", org=RAS)
UNI = "Профспілка моряків Придунав’я"
SAV = dict(name="Олег Савчук", role="капітан")
LYT = dict(name="Ганна Литвин", role="Голова", org="Асоціація портів Придунав’я")
POP = dict(name="Мірча Попеску", role="Посол")

S = [
    dict(kind="reported", name=MIN,
         speaker=MIN, cue="засудило",
         content=["багатоденні затримки українських суден біля входу до каналу Сулина"],
         stance=["condemnation"],
         target="багатоденні затримки українських суден біля входу до каналу Сулина"),
    dict(kind="direct", **KRY,
         speaker="заступник міністра інфраструктури Тарас Кривенко", cue="заявив",
         content=["Понад сорок суден стоять на рейді вже тиждень, і кожен день простою коштує "
                  "нашим експортерам мільйони гривень. Ми вимагаємо від румунської сторони негайно "
                  "відновити цілодобову лоцманську проводку.",
                  "Якщо цього не станеться до понеділка, ми будемо змушені звернутися до "
                  "Європейської комісії"],
         stance=["demand", "warning"],
         target="негайно відновити цілодобову лоцманську проводку"),
    dict(kind="reported", name=RAS,
         speaker=RAS, cue="відкинула",
         content=["звинувачення у навмисному зволіканні"],
         stance=["denial"], target="звинувачення у навмисному зволіканні"),
    dict(kind="indirect", name=RAS,
         speaker="Її заява", cue="стверджує",
         content=["українські судна самі порушують графік заходу в канал"],
         stance=["accusation"], target="українські судна"),
    dict(kind="indirect", **SPK,
         speaker="Речник адміністрації", cue=("запевнив", 1),
         content=["проводку обмежено лише через низький рівень води"],
         stance=["neutral"]),
    dict(kind="reported", **SPK,
         speaker="Водночас ⟦він⟧", cue="не став звинувачувати",
         content=["українських капітанів у порушенні правил"],
         stance=["neutral"]),
    dict(kind="direct", **SPK,
         speaker="сказав ⟦він⟧", cue="сказав",
         content=["Ми нікого не затримуємо навмисно,",
                  "і жодних політичних рішень тут немає"],
         stance=["denial"], target="Ми нікого не затримуємо навмисно"),
    dict(kind="reported", name=UNI,
         speaker=UNI, cue="висловила занепокоєння",
         content=["станом екіпажів на рейді"],
         stance=["concern"], target="станом екіпажів на рейді"),
    dict(kind="direct", **SAV,
         speaker="капітан буксира Олег Савчук", cue="» ⟦–⟧ капітан",
         content=["Ми дуже стурбовані: люди ночують на „Марині“ восьму добу поспіль, і в них "
                  "закінчується питна вода"],
         stance=["concern"], target="люди ночують на „Марині“ восьму добу поспіль"),
    dict(kind="reported", **LYT,
         speaker="Голова Асоціації портів Придунав’я Ганна Литвин", cue="підтримала",
         content=["позицію міністерства"],
         stance=["support"], target="позицію міністерства"),
    dict(kind="indirect", **LYT,
         speaker="За ⟦її⟧ словами", cue="За її словами",
         content=["затримки можуть коштувати регіону частини вантажопотоку вже цієї зими"],
         stance=["warning"], target="частини вантажопотоку"),
    dict(kind="indirect", **LYT,
         speaker=None, cue="попередила",
         content=["перевізники можуть перенести маршрути до Констанци"],
         stance=["warning"], target="перевізники можуть перенести маршрути до Констанци"),
    dict(kind="mixed", **POP,
         speaker="Посол Румунії в Україні Мірча Попеску", cue=("запевнив", 2),
         content=["Бухарест «не має жодних політичних мотивів» і зацікавлений у стабільному "
                  "експорті через Дунай"],
         stance=["denial"], target="політичних мотивів"),
    dict(kind="indirect", name="МЗС України",
         speaker="МЗС України", cue="повідомили в",
         content=["Ситуацію обговорять на засіданні Дунайської комісії наступного тижня"],
         stance=["neutral"]),
]
