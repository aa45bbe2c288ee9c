# 014 (ru) Svalbard trawler.  A quote running over two paragraphs (the first opens «
# and does not close it, the next reopens it); a ship name in «…» (not marked); a
# document as speaker (Доклад Береговой охраны Норвегии … утверждает); coordinated acts
# with one subject (осудило … и потребовало); a mixed «что» clause; nested „…“ in «…»
# with a pronoun speaker; a quoted letter title that is not speech («Открытое письмо
# моряков»); a trailing attribution without a verb («…» — председатель профсоюза …).
FILE = "014_ru_svalbard_trawler.txt"
LANG = "ru"
META = {"place": "МУРМАНСК", "source": "Интерфакс / ТАСС"}

E = [
    ("Норвегия", "LOC"),
    ("российский", "NORP"),
    ("Шпицбергена", "LOC"),
    ("МУРМАНСК", "LOC"),
    ("Интерфакс", "MEDIA"),
    ("ТАСС", "MEDIA"),
    ("Береговая охрана Норвегии", "GOV"),
    ("Шпицберген", "LOC"),
    ("Федеральное агентство по рыболовству", "GOV"),
    ("норвежской", "NORP"),
    ("Мурманск", "LOC"),
    ("руководитель", "ROLE"),
    ("Олег Бережной", "PERSON"),
    ("Береговой охраны Норвегии", "GOV"),
    ("Посол", "ROLE"),
    ("Норвегии", "LOC"),
    ("Москве", "LOC"),
    ("Ингрид Сольберг", "PERSON"),
    ("норвежскому", "NORP"),
    ("Профсоюз работников рыбного хозяйства", "ORG"),
    ("председатель", "ROLE"),
    ("Николай Грачёв", "PERSON"),
]

FAR = "Федеральное агентство по рыболовству"
BER = dict(name="Олег Бережной", role="руководитель", org=FAR)
SOL = dict(name="Ингрид Сольберг", role="Посол", org=None)
GRA = dict(name="Николай Грачёв", role="председатель", org="Профсоюз работников рыбного хозяйства")

S = [
    dict(kind="reported", name=FAR,
         speaker=FAR, cue="осудило",
         content=["осудило ⟦задержание⟧"],
         stance=["condemnation"], target="задержание"),
    dict(kind="reported", name=FAR,
         speaker=FAR, cue="потребовало",
         content=["освободить экипаж"],
         stance=["demand"], target="освободить экипаж"),
    dict(kind="direct", **BER,
         speaker="руководитель агентства Олег Бережной", cue="⟦заявил⟧ журналистам",
         content=["Действия норвежской стороны не имеют правовых оснований. Экипаж соблюдал все нормы "
                  "вылова и располагал необходимыми разрешениями.",
                  "Мы рассчитываем, что судно и моряки вернутся в Мурманск в ближайшие дни"],
         stance=["condemnation"], target="Действия норвежской стороны"),
    dict(kind="indirect", name="Береговая охрана Норвегии",
         speaker="Доклад Береговой охраны Норвегии", cue="утверждает",
         content=["траулер вёл лов в закрытом для промысла районе и превысил квоту на двенадцать тонн"],
         stance=["accusation"], target="траулер вёл лов в закрытом для промысла районе"),
    dict(kind="mixed", **SOL,
         speaker="Посол Норвегии в Москве Ингрид Сольберг", cue="заявила",
         content=["задержание «полностью соответствует» норвежскому законодательству"],
         stance=["support"], target="задержание"),
    dict(kind="direct", **SOL,
         speaker="подчеркнула ⟦она⟧", cue="подчеркнула",
         content=["Разговоры об „исторических правах“ не отменяют правил, которые одинаковы для всех судов"],
         stance=["denial"], target="исторических правах"),
    dict(kind="direct", **GRA,
         speaker="председатель профсоюза Николай Грачёв", cue="» ⟦—⟧ председатель",
         content=["Наши товарищи ни в чём не виноваты, и государство обязано их защитить"],
         stance=["denial", "demand"], target="Наши товарищи ни в чём не виноваты"),
]
