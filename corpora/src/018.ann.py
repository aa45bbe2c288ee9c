# 018 (ru) Amur flood.  A headline attribution (Росгидромет: …, not annotated);
# coordinated acts with one subject (осудило … и потребовало); a dropped subject
# resolved by the verb's gender (Также напомнила, что …); a quote split by the cue
# («…, — сказала она. — …») with nested „…“; an organisation in a place phrase (В
# Росгидромете сообщили); a role-only speaker with an organisation (Представитель
# Дальневосточного союза страховщиков отверг); a city as speaker (Пекин предложил); a
# newspaper name and a letter title in «…» that are not speech; a trailing attribution
# without a verb.
FILE = "018_ru_amur_flood.txt"
LANG = "ru"
META = {"place": "ХАБАРОВСК", "source": "Интерфакс"}

E = [
    ("Росгидромет", "GOV"),
    ("Амуре", "LOC"),
    ("ХАБАРОВСК", "LOC"),
    ("Интерфакс", "MEDIA"),
    ("Правительство Хабаровского края", "GOV"),
    ("Губернатор", "ROLE"),
    ("Ирина Самойлова", "PERSON"),
    ("Росгидромете", "GOV"),
    ("Представитель", "ROLE"),
    ("Дальневосточного союза страховщиков", "ORG"),
    ("Пекин", "LOC"),
    ("краевого министерства строительства", "GOV"),
    ("Амурская заря", "MEDIA"),
    ("председатель", "ROLE"),
    ("Пётр Лукин", "PERSON"),
]

GOVT = "Правительство Хабаровского края"
SAM = dict(name="Ирина Самойлова", role="Губернатор", org=None)

S = [
    dict(kind="reported", name=GOVT,
         speaker=GOVT, cue="осудило",
         content=["задержку выплат пострадавшим от паводка"],
         stance=["condemnation"], target="задержку выплат пострадавшим от паводка"),
    dict(kind="reported", name=GOVT,
         speaker=GOVT, cue="потребовало",
         content=["от страховых компаний ускорить рассмотрение заявлений"],
         stance=["demand"], target="от страховых компаний ускорить рассмотрение заявлений"),
    dict(kind="indirect", **SAM,
         speaker="Губернатор края Ирина Самойлова", cue="заявила",
         content=["выплаты получили менее половины семей"],
         stance=["neutral"]),
    dict(kind="indirect", **SAM,
         speaker=None, cue="напомнила",
         content=["в зоне подтопления остаются более трёх тысяч домов"],
         stance=["neutral"]),
    dict(kind="direct", **SAM,
         speaker="сказала ⟦она⟧", cue="сказала",
         content=["Люди живут в школах и спортзалах уже третий месяц,",
                  "Мы не можем ждать, пока страховщики закончат свои „проверки“"],
         stance=["condemnation"], target="страховщики"),
    dict(kind="indirect", name="Росгидромет",
         speaker="Росгидромете", cue="сообщили",
         content=["уровень воды в Амуре продолжает снижаться, однако весной возможен новый подъём"],
         stance=["neutral"]),
    dict(kind="reported", name=None, role="Представитель", org="Дальневосточный союз страховщиков",
         speaker="Представитель Дальневосточного союза страховщиков", cue="отверг",
         content=["обвинения в затягивании выплат"],
         stance=["denial"], target="обвинения в затягивании выплат"),
    dict(kind="reported", name="Пекин",
         speaker="Пекин", cue="предложил",
         content=["направить в регион группу специалистов по защите от наводнений"],
         stance=["neutral"]),
    dict(kind="indirect", name=None,
         speaker="краевого министерства строительства", cue="По данным",
         content=["восстановление дорог и мостов в пострадавших районах займёт не меньше двух лет"],
         stance=["neutral"]),
    dict(kind="direct", name="Пётр Лукин", role="председатель",
         speaker="председатель районного совета ветеранов Пётр Лукин", cue="» ⟦—⟧ председатель",
         content=["Вода ушла, а проблемы остались"],
         stance=["neutral"]),
]
