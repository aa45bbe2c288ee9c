# 021 (uk) Power imports to Moldova.  A ministry abbreviation in the headline (Міненерго:
# …, not annotated); a company named in «…» as a subject (Компанія «Енергоком» відкинула);
# a document phrase before an impersonal cue (У заяві оператора йдеться про те, що …);
# an intensifier between subject and cue (рішуче засудило); a colon-introduced quote after a
# pronoun subject (Він додав: «…»); two acts of one subject reported by a third source
# (…, повідомили в представництві ЄС у Києві); a present-tense plural cue (Експерти
# попереджають); a possessive cue inside the sentence (Вона, на його думку, має …); a negated
# reproach of the speaker (Ніхто не може дорікнути нам …) as a denial; a threat (не
# дозволимо) as a warning; an obligation put on another party (має компенсувати) as a demand.
FILE = "021_uk_moldova_power.txt"
LANG = "uk"
META = {"place": "КИЇВ", "source": "Укрінформ"}

E = [
    ("Міненерго", "GOV"),
    ("Молдови", "LOC"),
    ("КИЇВ", "LOC"),
    ("Укрінформ", "MEDIA"),
    ("Міністерство енергетики України", "GOV"),
    ("молдовського", "NORP"),
    ("Енергоком", "ORG"),
    ("України", "LOC"),
    ("речниця", "ROLE"),
    ("Оксана Гайдук", "PERSON"),
    ("українських", "NORP"),
    ("Заступник міністра енергетики", "ROLE"),
    ("Петро Левченко", "PERSON"),
    ("Київ", "LOC"),
    ("Кишинева", "LOC"),
    ("Бєльців", "LOC"),
    ("директор", "ROLE"),
    ("Віктор Руссу", "PERSON"),
    ("Європейська комісія", "ORG"),
    ("ЄС", "ORG"),
    ("Києві", "LOC"),
    ("Експерти", "ROLE"),
    ("Голова", "ROLE"),
    ("комітету з питань енергетики", "GOV"),
    ("Андрій Мельник", "PERSON"),
    ("молдовської", "NORP"),
]

MIN = "Міністерство енергетики України"
HAI = dict(name="Оксана Гайдук", role="речниця", org=MIN)
LEV = dict(name="Петро Левченко", role="Заступник міністра енергетики")
RUS = dict(name="Віктор Руссу", role="директор", org="Енергоком")
EC = dict(name="Європейська комісія")
MEL = dict(name="Андрій Мельник", role="Голова", org="комітет з питань енергетики")

S = [
    dict(kind="reported", name=MIN,
         speaker=MIN, cue="засудило",
         content=["рішення молдовського оператора «Енергоком» обмежити нічний імпорт "
                  "електроенергії з України"],
         stance=["condemnation"],
         target="рішення молдовського оператора «Енергоком» обмежити нічний імпорт "
                "електроенергії з України"),
    dict(kind="direct", **HAI,
         speaker="речниця міністерства Оксана Гайдук", cue="сказала",
         content=["Ми вважаємо такі кроки неприйнятними і закликаємо партнерів повернутися до "
                  "домовленостей"],
         stance=["condemnation", "demand"], target="такі кроки"),
    dict(kind="indirect", **HAI,
         speaker="За ⟦її⟧ словами", cue="За її словами",
         content=["обмеження діють з понеділка і вже призвели до втрат для українських "
                  "постачальників"],
         stance=["neutral"]),
    dict(kind="indirect", **LEV,
         speaker="Заступник міністра енергетики Петро Левченко", cue="повідомив",
         content=["Київ направив до Кишинева офіційну ноту"],
         stance=["neutral"]),
    dict(kind="direct", **LEV,
         speaker="Він", cue="додав",
         content=["Ми не хочемо конфлікту, але не дозволимо дискримінувати наших виробників"],
         stance=["warning"], target="дискримінувати наших виробників"),
    dict(kind="reported", name="Енергоком",
         speaker="Компанія «Енергоком»", cue="відкинула",
         content=["звинувачення"],
         stance=["denial"], target="звинувачення"),
    dict(kind="indirect", name="Енергоком",
         speaker="заяві оператора", cue="йдеться",
         content=["обмеження тимчасові та пов’язані з ремонтом лінії поблизу Бєльців"],
         stance=["neutral"]),
    dict(kind="direct", **RUS,
         speaker="директор компанії Віктор Руссу", cue="наголосив",
         content=["Ніхто не може дорікнути нам порушенням угод"],
         stance=["denial"], target="порушенням угод"),
    dict(kind="indirect", **RUS,
         speaker="За ⟦його⟧ словами", cue="За його словами",
         content=["роботи завершаться до кінця місяця"],
         stance=["neutral"]),
    dict(kind="reported", **EC,
         speaker="Європейська комісія", cue="висловила стурбованість",
         content=["ситуацією"],
         stance=["concern"], target="ситуацією"),
    dict(kind="reported", **EC,
         speaker="Європейська комісія", cue="закликала",
         content=["обидві сторони до діалогу"],
         stance=["demand"], target="обидві сторони до діалогу"),
    dict(kind="indirect", name="ЄС",
         speaker="представництві ЄС у Києві", cue="повідомили в",
         content=["Європейська комісія висловила стурбованість ситуацією і закликала обидві "
                  "сторони до діалогу"],
         stance=["concern", "demand"], target="ситуацією"),
    dict(kind="indirect", name=None, role="Експерти",
         speaker="Експерти", cue="попереджають",
         content=["тривалі обмеження можуть підірвати енергетичну безпеку регіону взимку"],
         stance=["warning"], target="енергетичну безпеку регіону"),
    dict(kind="mixed", **MEL,
         speaker="Голова парламентського комітету з питань енергетики Андрій Мельник",
         cue="назвав",
         content=["дії молдовської сторони «недружніми»"],
         stance=["condemnation"], target="дії молдовської сторони"),
    dict(kind="indirect", **MEL,
         speaker="на ⟦його⟧ думку", cue="на його думку",
         content=["Вона", "має компенсувати збитки"],
         stance=["demand"], target="компенсувати збитки"),
]
