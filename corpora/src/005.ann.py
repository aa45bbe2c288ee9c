# 005 (uk) Berlin air defence.  En dash style («…, – наголосила Вебер. – …»); content
# fronted before the cue without a complementizer; «За її словами» (possessive pronoun
# speaker inside the cue); inflected names (Ігорем Литвином, Бундестазі, Міністерстві
# оборони України); colon quote with pronoun speaker; mixed quote after «закликав»;
# a format name in «…» that is not speech; role-only speaker.
FILE = "005_uk_berlin_air_defence.txt"
LANG = "uk"
META = {"place": "БЕРЛІН", "source": "Укрінформ"}

E = [
    ("Берлін", "LOC"),
    ("Україні", "LOC"),
    ("БЕРЛІН", "LOC"),
    ("Укрінформ", "MEDIA"),
    ("Німеччина", "LOC"),
    ("міністерка закордонних справ", "ROLE"),
    ("Німеччини", "LOC"),
    ("Клара Вебер", "PERSON"),
    ("українським", "NORP"),
    ("Ігорем Литвином", "PERSON"),
    ("Україна", "LOC"),
    ("Європу", "LOC"),
    ("Вебер", "PERSON"),
    ("України", "LOC"),
    ("Литвин", "PERSON"),
    ("німецькому уряду", "GOV"),
    ("уряд Німеччини", "GOV"),
    ("Речник", "ROLE"),
    ("ХДС", "ORG"),
    ("Бундестазі", "GOV"),
    ("Міністерстві оборони України", "GOV"),
    ("Кремль", "GOV"),
    ("Берліна", "LOC"),
]

WEBER = dict(name="Клара Вебер", role="міністерка закордонних справ")
LYT = dict(name="Ігор Литвин")

S = [
    dict(kind="indirect", **WEBER,
         speaker="міністерка закордонних справ Німеччини Клара Вебер", cue="заявила",
         content=["Німеччина передасть Україні ще дві системи протиповітряної оборони до кінця весни"],
         # an announced decision (STANCE-GUIDE rule 5: plans, promises and
         # decisions are neutral); the support is voiced next, by "наголосила"
         stance=["neutral"]),
    dict(kind="direct", **WEBER,
         speaker="наголосила ⟦Вебер⟧", cue="наголосила",
         content=["Україна захищає не лише себе, а й усю Європу,",
                  "Тому наша підтримка не залежатиме від політичних циклів"],
         stance=["support"], target="Україна"),
    dict(kind="indirect", **WEBER,
         speaker="За ⟦її⟧ словами", cue="За її словами",
         content=["Берлін також виділить 50 мільйонів євро на відновлення енергетичної інфраструктури України"],
         # an announced decision (STANCE-GUIDE rule 5)
         stance=["neutral"]),
    dict(kind="reported", **LYT,
         speaker="⟦Литвин⟧ подякував", cue="подякував",
         content=["німецькому уряду за рішення"],
         stance=["support"], target="німецькому уряду"),
    dict(kind="mixed", **LYT,
         speaker="⟦Литвин⟧ подякував", cue="закликав",
         content=["інших партнерів «не чекати наступної хвилі ударів»"],
         stance=["demand"], target="не чекати наступної хвилі ударів"),
    dict(kind="direct", **LYT,
         speaker="Він", cue="Він ⟦заявив⟧",
         content=["Кожен день затримки коштує нам життів цивільних"],
         stance=["warning"], target="Кожен день затримки"),
    dict(kind="reported", **WEBER,
         speaker="⟦Вебер⟧ заперечила", cue="заперечила",
         content=["повідомлення про те, що уряд Німеччини вже погодив передачу далекобійних ракет"],
         stance=["denial"], target="повідомлення про те, що уряд Німеччини вже погодив передачу далекобійних ракет"),
    dict(kind="indirect", name=None, role="Речник", org="ХДС",
         speaker="Речник фракції ХДС у Бундестазі", cue="застеріг",
         content=["без далекобійної зброї Україна не зможе зупинити удари по своїх містах"],
         stance=["warning"], target="удари по своїх містах"),
    dict(kind="indirect", name="Міністерство оборони України",
         speaker="Міністерстві оборони України", cue="повідомили",
         content=["Наступну зустріч контактної групи у форматі «Рамштайн» заплановано на квітень"],
         stance=["neutral"]),
    dict(kind="reported", name="Кремль",
         speaker="Кремль", cue="засудив",
         content=["рішення Берліна"],
         stance=["condemnation"], target="рішення Берліна"),
]
