# 022 (pl) Fishing ban in the Bay of Puck.  A headline attribution (Rybacy z Helu: „…”, not
# annotated); dash speech interrupted by the cue with a second stretch after it; "zaprzeczyła,
# jakoby"; "Zdaniem urzędu" (a body's anaphor as source); a document phrase before an impersonal
# cue (W komunikacie … czytamy, że …) with a quoted fragment; a present-tense plural cue
# (ostrzegają); "Jak podkreśliła" with an abbreviated title before the name (prof.); a negated
# act (nie potępił) and a second act after "ale"; a dropped subject continuing a nameless
# speaker (– … – zapowiedział.); a source phrase with an adjective (Według nieoficjalnych
# informacji).  A reported act's object ends before its relative clause ("plan …, który …"),
# as the pipeline's rule for subordinators has it.
FILE = "022_pl_hel_fishing.txt"
LANG = "pl"
META = {"place": "GDYNIA", "source": "PAP"}

E = [
    ("Helu", "LOC"),
    ("GDYNIA", "LOC"),
    ("PAP", "MEDIA"),
    ("Ministerstwo Infrastruktury", "GOV"),
    ("Urzędu Morskiego w Gdyni", "GOV"),
    ("Urzędu Morskiego", "GOV"),
    ("Zatoki Puckiej", "LOC"),
    ("wiceminister infrastruktury", "ROLE"),
    ("Tomasz Wróbel", "PERSON"),
    ("Dyrektor", "ROLE"),
    ("Joanna Lis", "PERSON"),
    ("Zrzeszenia Rybaków Morskich", "ORG"),
    ("Prezes", "ROLE"),
    ("Marek Kot", "PERSON"),
    ("premiera", "ROLE"),
    ("Naukowcy", "ROLE"),
    ("Uniwersytetu Gdańskiego", "ORG"),
    ("Anna Nowicka", "PERSON"),
    ("Bałtyku", "LOC"),
    ("Burmistrz", "ROLE"),
]

UM = "Urząd Morski w Gdyni"
BUR = dict(name=None, role="Burmistrz", org="Hel")

S = [
    dict(kind="reported", name="Ministerstwo Infrastruktury",
         speaker="Ministerstwo Infrastruktury", cue="skrytykowało",
         content=["plan Urzędu Morskiego w Gdyni"],
         stance=["condemnation"], target="plan Urzędu Morskiego w Gdyni"),
    dict(kind="direct", name="Tomasz Wróbel", role="wiceminister infrastruktury",
         speaker="wiceminister infrastruktury Tomasz Wróbel", cue="– ⟦powiedział⟧ wiceminister",
         content=["Ten projekt powstał bez rozmów z ludźmi, którzy żyją z morza od pokoleń",
                  "Oczekujemy, że urząd go wycofa."],
         stance=["demand"], target="urząd go wycofa"),
    dict(kind="indirect", name="Joanna Lis", role="Dyrektor", org="Urząd Morski",
         speaker="Dyrektor Urzędu Morskiego Joanna Lis", cue="zaprzeczyła",
         content=["rybacy nie zostali wysłuchani"],
         stance=["denial"], target="rybacy nie zostali wysłuchani"),
    dict(kind="indirect", name=UM,
         speaker="Zdaniem ⟦urzędu⟧", cue="Zdaniem",
         content=["zakaz jest konieczny, bo populacja śledzia spadła o połowę w ciągu pięciu lat"],
         stance=["neutral"]),
    dict(kind="mixed", name="Zrzeszenie Rybaków Morskich",
         speaker="komunikacie Zrzeszenia Rybaków Morskich", cue="czytamy",
         content=["zakaz oznacza „koniec rybołówstwa na Helu”"],
         stance=["warning"], target="koniec rybołówstwa na Helu"),
    dict(kind="reported", name="Marek Kot", role="Prezes", org="Zrzeszenie Rybaków Morskich",
         speaker="Prezes zrzeszenia Marek Kot", cue="zaapelował",
         content=["do premiera o spotkanie jeszcze w tym miesiącu"],
         stance=["demand"], target="spotkanie"),
    dict(kind="indirect", name=None, role="Naukowcy", org="Uniwersytet Gdański",
         speaker="Naukowcy z Uniwersytetu Gdańskiego", cue="ostrzegają",
         content=["bez ograniczeń stado może się nie odbudować"],
         stance=["warning"], target="stado może się nie odbudować"),
    dict(kind="indirect", name="Anna Nowicka",
         speaker="prof. Anna Nowicka", cue="Jak podkreśliła",
         content=["problem dotyczy całego Bałtyku, a nie tylko zatoki"],
         stance=["neutral"]),
    dict(kind="reported", **BUR,
         speaker="Burmistrz Helu", cue="nie potępił",
         content=["decyzji urzędu"],
         stance=["neutral"]),
    dict(kind="reported", **BUR,
         speaker="Burmistrz Helu", cue="wyraził zaniepokojenie",
         content=["jej skutkami dla turystyki"],
         stance=["concern"], target="jej skutkami dla turystyki"),
    dict(kind="direct", **BUR,
         speaker=None, cue="zapowiedział",
         content=["Będziemy rozmawiać ze wszystkimi stronami"],
         stance=["neutral"]),
    dict(kind="indirect", name=None,
         speaker="nieoficjalnych informacji", cue="Według nieoficjalnych informacji",
         content=["resort może zaproponować rekompensaty dla armatorów"],
         stance=["neutral"]),
]
