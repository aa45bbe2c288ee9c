# 010 (ru) Finland border.  «…» quotes with nested „…“; quote split by «…, — сказала она.
# — …»; colon quote; «По словам» with an inflected surname (Воронцовой); «что»;
# impersonal cues with the source in a prepositional phrase (В МИД Финляндии отвергли,
# В Еврокомиссии … поддержали); content fronted before «говорится в заявлении»;
# a newspaper title in «…» (the newspaper is the speaker); «решительный».
FILE = "010_ru_finland_border.txt"
LANG = "ru"
META = {"place": "МОСКВА", "source": "Интерфакс / ТАСС"}

E = [
    ("МИД России", "GOV"),
    ("посла", "ROLE"),
    ("Финляндии", "LOC"),
    ("МОСКВА", "LOC"),
    ("Интерфакс", "MEDIA"),
    ("ТАСС", "MEDIA"),
    ("Министерство иностранных дел России", "GOV"),
    ("Хельсинки", "LOC"),
    ("Официальный представитель", "ROLE"),
    ("МИД", "GOV"),
    ("Анна Воронцова", "PERSON"),
    ("финскую", "NORP"),
    ("Воронцовой", "PERSON"),
    ("российская", "NORP"),
    ("МИД Финляндии", "GOV"),
    ("@Suomi_MFA_Press", "GOV"),
    ("Депутат", "ROLE"),
    ("Госдумы", "GOV"),
    ("Виктор Лапин", "PERSON"),
    ("Коммерсантъ", "MEDIA"),
    ("Москва", "LOC"),
    ("финских", "NORP"),
    ("российские", "NORP"),
    ("Еврокомиссии", "ORG"),
]

MID = "Министерство иностранных дел России"
VOR = dict(name="Анна Воронцова", role="Официальный представитель", org="МИД России")

S = [
    dict(kind="reported", name=MID,
         speaker=MID, cue="выразило решительный протест",
         content=["решением Хельсинки закрыть ещё два пункта пропуска на границе"],
         stance=["condemnation"], target="решением Хельсинки закрыть ещё два пункта пропуска на границе"),
    dict(kind="mixed", **VOR,
         speaker="Официальный представитель МИД Анна Воронцова", cue="заявила",
         content=["закрытие границы «наносит прямой ущерб гражданам обеих стран»"],
         stance=["condemnation"], target="закрытие границы"),
    dict(kind="direct", **VOR,
         speaker="сказала ⟦она⟧", cue="сказала",
         content=["Хельсинки действует не в интересах собственного населения, а по указке извне,",
                  "Разговоры о „гибридных угрозах“ — лишь прикрытие, и ответственность за последствия "
                  "целиком ляжет на финскую сторону"],
         stance=["accusation", "warning"], target="Хельсинки"),
    dict(kind="mixed", **VOR,
         speaker="Воронцовой", cue="По словам",
         content=["российская сторона «оставляет за собой право» на ответные меры"],
         stance=["warning"], target="ответные меры"),
    dict(kind="reported", name="МИД Финляндии",
         speaker="МИД Финляндии", cue="отвергли",
         content=["обвинения"],
         stance=["denial"], target="обвинения"),
    dict(kind="indirect", name="МИД Финляндии",
         speaker="ведомства", cue="говорится в заявлении",
         content=["Решение принято исключительно из соображений безопасности"],
         stance=["neutral"]),
    dict(kind="direct", name="Виктор Лапин", role="Депутат", org="Госдума",
         speaker="Депутат Госдумы Виктор Лапин", cue="Лапин ⟦заявил⟧",
         content=["Это недружественный шаг, и он не останется без ответа"],
         stance=["condemnation", "warning"], target="недружественный шаг"),
    dict(kind="indirect", name="Коммерсантъ",
         speaker="газета «Коммерсантъ»", cue="Как сообщила",
         content=["Москва рассматривает возможность ограничить транзит финских грузов через российские порты"],
         stance=["neutral"]),
    dict(kind="reported", name="Еврокомиссия",
         speaker="Еврокомиссии", cue="поддержали",
         content=["решение Финляндии"],
         stance=["support"], target="решение Финляндии"),
]
