# 015 (uk) Kharkiv substations.  A headline attribution (МАГАТЕ: …, not annotated);
# coordinated acts with one subject (засудило … та закликало); a colon-introduced «…»
# quote running over two paragraphs; a dropped subject resolved by the verb's gender
# (Також наголосила, що …); a programme name in «…» that is not speech; paragraph-initial
# dash speech interrupted by the cue (— …, — сказав … . — …); nested „…“ in «…» with a
# role-only speaker (речниця МАГАТЕ); a document as speaker (Звіт місії МАГАТЕ, …,
# зазначає); a city as speaker of a promise; a trailing attribution without a verb.
FILE = "015_uk_kharkiv_substations.txt"
LANG = "uk"
META = {"place": "КИЇВ", "source": "Укрінформ"}

E = [
    ("МАГАТЕ", "ORG"),
    ("КИЇВ", "LOC"),
    ("Укрінформ", "MEDIA"),
    ("Міністерство енергетики України", "GOV"),
    ("Харківській області", "LOC"),
    ("Міністерка енергетики", "ROLE"),
    ("Олена Бондар", "PERSON"),
    ("Києві", "LOC"),
    ("керівник", "ROLE"),
    ("Віктор Ткаченко", "PERSON"),
    ("речниця", "ROLE"),
    ("Варшава", "LOC"),
    ("Україні", "LOC"),
    ("голова", "ROLE"),
    ("Тарас Коваль", "PERSON"),
]

MIN = "Міністерство енергетики України"
BON = dict(name="Олена Бондар", role="Міністерка енергетики", org=None)

S = [
    dict(kind="reported", name=MIN,
         speaker=MIN, cue="засудило",
         content=["нічний обстріл трьох підстанцій у Харківській області"],
         stance=["condemnation"], target="нічний обстріл трьох підстанцій у Харківській області"),
    dict(kind="reported", name=MIN,
         speaker=MIN, cue="закликало",
         content=["партнерів прискорити постачання обладнання для ремонту мереж"],
         stance=["demand"], target="партнерів прискорити постачання обладнання для ремонту мереж"),
    dict(kind="direct", **BON,
         speaker="Міністерка енергетики Олена Бондар", cue="заявила",
         content=["Ворог б’є по підстанціях, які живлять лікарні та водоканали. Це не випадкові "
                  "влучання, а продумана кампанія.",
                  "Ми відновимо живлення для більшості споживачів до вечора п’ятниці, але без нових "
                  "трансформаторів кожна наступна атака коштуватиме дорожче"],
         stance=["accusation"], target="Ворог б’є по підстанціях"),
    dict(kind="indirect", **BON,
         speaker=None, cue="наголосила",
         content=["уряд продовжить програму «Світло для громад», за якою невеликі міста отримують генератори"],
         stance=["neutral"]),
    dict(kind="direct", name="Віктор Ткаченко", role="керівник",
         speaker="керівник обласної енергетичної компанії Віктор Ткаченко", cue="сказав",
         content=["Кожен трансформатор від партнерів означає тепло в тисячах осель,",
                  "Ремонтні бригади працюють без вихідних."],
         stance=["neutral"]),
    dict(kind="direct", name=None, role="речниця", org="МАГАТЕ",
         speaker="речниця МАГАТЕ", cue="сказала",
         content=["Персонал станції назвав ситуацію „найнапруженішою за рік“, і ми поділяємо це занепокоєння"],
         stance=["concern"], target="ситуацію"),
    dict(kind="indirect", name="МАГАТЕ",
         speaker="Звіт місії МАГАТЕ", cue="зазначає",
         content=["внаслідок ударів дві лінії живлення атомної станції на півдні країни були відключені на кілька годин"],
         stance=["neutral"]),
    dict(kind="reported", name="Варшава",
         speaker="Варшава", cue="пообіцяла",
         content=["передати Україні ще двадцять потужних генераторів до кінця місяця"],
         stance=["neutral"]),
    dict(kind="direct", name="Тарас Коваль", role="голова",
         speaker="голова профспілки енергетиків Тарас Коваль", cue="» ⟦—⟧ голова",
         content=["Ми не залишимо жодне місто без світла"],
         stance=["neutral"]),
]
