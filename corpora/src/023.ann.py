# 023 (ru) A border crossing at Narva.  A quote interrupted by its cue with the
# speaker named inside the interruption (— заявила официальный представитель МИД
# Анна Ковалёва …. —); a possessive cue (По её словам); a reported denial and a
# colon-introduced quote after a pronoun (Он подчеркнул: «…»); a document phrase
# before an impersonal cue (В сообщении … говорится, что); a newspaper's name in
# «…» after the cue of a quote (сказал он газете «…»), not a second part of the
# quote; a body named by adjectives before its head (Федеральной таможенной
# службы); an unnamed source with an inserted participial phrase and a negated
# verb of excluding as the cue (не исключил, что); an accusation with a quoted
# fragment and a demand of one subject.
FILE = "023_ru_narva_crossing.txt"
LANG = "ru"
META = {"place": "МОСКВА", "source": "Интерфакс"}

E = [
    ("МИД России", "GOV"),
    ("МИД", "GOV"),
    ("Нарве", "LOC"),
    ("МОСКВА", "LOC"),
    ("Интерфакс", "MEDIA"),
    ("Министерство иностранных дел России", "GOV"),
    ("Эстонии", "LOC"),
    ("официальный представитель", "ROLE"),
    ("Анна Ковалёва", "PERSON"),
    ("российская", "NORP"),
    ("Министр внутренних дел", "ROLE"),
    ("Тарво Сийм", "PERSON"),
    ("Москвы", "LOC"),
    ("эстонского МВД", "GOV"),
    ("Мэр", "ROLE"),
    ("Нарвы", "LOC"),
    ("Игорь Левин", "PERSON"),
    ("Северное побережье", "MEDIA"),
    ("Федеральной таможенной службы", "GOV"),
    ("правительстве Эстонии", "GOV"),
    ("Депутат", "ROLE"),
    ("Государственной думы", "GOV"),
    ("Олег Петренко", "PERSON"),
    ("Таллин", "LOC"),
]

MID = "Министерство иностранных дел России"
KOV = dict(name="Анна Ковалёва", role="официальный представитель", org="МИД")
SIIM = dict(name="Тарво Сийм", role="Министр внутренних дел")
LEV = dict(name="Игорь Левин", role="Мэр")
PET = dict(name="Олег Петренко", role="Депутат", org="Государственная дума")

S = [
    dict(kind="reported", name=MID,
         speaker=MID, cue="осудило",
         content=["решение Эстонии закрыть пограничный переход в Нарве для грузового "
                  "транспорта"],
         stance=["condemnation"],
         target="решение Эстонии закрыть пограничный переход в Нарве для грузового "
                "транспорта"),
    dict(kind="direct", **KOV,
         speaker="официальный представитель МИД Анна Ковалёва", cue="заявила",
         content=["Это решение бьёт прежде всего по простым людям,",
                  "Мы расцениваем его как недружественный шаг"],
         stance=["condemnation"], target="Это решение"),
    dict(kind="indirect", **KOV,
         speaker="По ⟦её⟧ словам", cue="По её словам",
         content=["российская сторона не получила заранее никаких уведомлений"],
         stance=["neutral"]),
    dict(kind="reported", **SIIM,
         speaker="Министр внутренних дел Эстонии Тарво Сийм", cue="отверг",
         content=["обвинения Москвы"],
         stance=["denial"], target="обвинения Москвы"),
    dict(kind="direct", **SIIM,
         speaker="Он", cue="подчеркнул",
         content=["Переход закрыт по соображениям безопасности, а не из политических "
                  "мотивов"],
         stance=["denial"], target="политических мотивов"),
    dict(kind="indirect", name="эстонское МВД",
         speaker="сообщении эстонского МВД", cue="говорится",
         content=["ограничения будут действовать как минимум до весны"],
         stance=["neutral"]),
    dict(kind="indirect", **LEV,
         speaker="Мэр Нарвы Игорь Левин", cue="выразил обеспокоенность",
         content=["закрытие ударит по местным перевозчикам"],
         stance=["concern"], target="закрытие"),
    dict(kind="direct", **LEV,
         speaker="сказал ⟦он⟧ газете", cue="сказал",
         content=["Мы опасаемся, что сотни водителей останутся без работы"],
         stance=["concern"], target="сотни водителей останутся без работы"),
    dict(kind="indirect", name="Федеральная таможенная служба",
         speaker="пресс-служба Федеральной таможенной службы", cue="Как сообщила",
         content=["очереди на соседних переходах за неделю выросли вдвое"],
         stance=["neutral"]),
    dict(kind="indirect", name=None, org="правительство Эстонии",
         speaker="Источник в правительстве Эстонии", cue="не исключил",
         content=["переход могут открыть раньше"],
         stance=["neutral"]),
    dict(kind="mixed", **PET,
         speaker="Депутат Государственной думы Олег Петренко", cue="обвинил",
         content=["Таллин в «сознательной эскалации»"],
         stance=["accusation"], target="Таллин"),
    dict(kind="reported", **PET,
         speaker="Депутат Государственной думы Олег Петренко", cue="призвал",
         content=["ввести ответные меры"],
         stance=["demand"], target="ввести ответные меры"),
]
