# 025 (pl) Drone debris near Hrubieszów.  A quote running over two paragraphs (the second
# reopens with „); content fronted before a dash and an inverted cue (… – poinformowało
# Ministerstwo Obrony Narodowej w komunikacie); «Według wojska»; a role-only speaker through
# a relative pronoun (anonimowego dyplomatę, który twierdzi, że „…”: the pronoun is the
# span, as in the gold sets); «Jak zaznaczyła» with a quoted fragment; a role before a place
# in the genitive and a name (Sołtys Mirczy Józef Bielak); dash speech with a dropped
# subject; experts of a named centre.  The summoning of the chargé d’affaires is an act, not
# a statement.
FILE = "025_pl_drone_debris.txt"
LANG = "pl"
META = {"place": "WARSZAWA", "source": "PAP"}

E = [
    ("MSZ", "GOV"),
    ("Lubelszczyźnie", "LOC"),
    ("WARSZAWA", "LOC"),
    ("PAP", "MEDIA"),
    ("Ministerstwo Spraw Zagranicznych", "GOV"),
    ("chargé d’affaires", "ROLE"),
    ("Ambasada Rosji w Warszawie", "GOV"),
    ("Rosji", "LOC"),
    ("Hrubieszowem", "LOC"),
    ("rzecznik", "ROLE"),
    ("Tomasz Karaś", "PERSON"),
    ("rolnicy", "ROLE"),
    ("Mirczy", "LOC"),
    ("Ministerstwo Obrony Narodowej", "GOV"),
    ("Polskę", "LOC"),
    ("Białorusi", "LOC"),
    ("Rosyjskie", "NORP"),
    ("dyplomatę", "ROLE"),
    ("Polska", "LOC"),
    ("Wicepremier", "ROLE"),
    ("Anna Zielińska", "PERSON"),
    ("Sołtys", "ROLE"),
    ("Józef Bielak", "PERSON"),
    ("Eksperci", "ROLE"),
    ("Ośrodka Studiów Wschodnich", "ORG"),
    ("NATO", "ORG"),
]

KAR = dict(name="Tomasz Karaś", role="rzecznik", org="Ministerstwo Spraw Zagranicznych")
ZIE = dict(name="Anna Zielińska", role="Wicepremier")
BIE = dict(name="Józef Bielak", role="Sołtys")

S = [
    dict(kind="direct", **KAR,
         speaker="rzecznik resortu Tomasz Karaś", cue="⟦powiedział⟧ rzecznik",
         content=["To poważny incydent, który nie pozostanie bez odpowiedzi. Oczekujemy "
                  "wyjaśnień w ciągu 48 godzin.",
                  "Jeżeli ich nie otrzymamy, podejmiemy dalsze kroki"],
         stance=["warning", "demand"], target="wyjaśnień w ciągu 48 godzin"),
    dict(kind="indirect", name="Ministerstwo Obrony Narodowej",
         speaker="Ministerstwo Obrony Narodowej", cue="poinformowało",
         content=["Szczątki znaleźli w środę rolnicy z Mirczy"],
         stance=["neutral"]),
    dict(kind="indirect", name=None,
         speaker="wojska", cue="Według",
         content=["dron wleciał nad Polskę z terytorium Białorusi"],
         stance=["neutral"]),
    dict(kind="mixed", name=None, role="dyplomatę",
         speaker="⟦który⟧ twierdzi", cue="twierdzi",
         content=["„Polska szuka pretekstu do eskalacji”"],
         stance=["accusation"], target="Polska"),
    dict(kind="reported", **ZIE,
         speaker="Wicepremier Anna Zielińska", cue="wezwała",
         content=["mieszkańców przygranicznych gmin do zachowania spokoju"],
         stance=["demand"], target="mieszkańców przygranicznych gmin do zachowania spokoju"),
    dict(kind="mixed", **ZIE,
         speaker=None, cue="Jak zaznaczyła",
         content=["służby „panują nad sytuacją”"],
         stance=["neutral"]),
    dict(kind="indirect", **BIE,
         speaker="Sołtys Mirczy Józef Bielak", cue="przyznał",
         content=["ludzie są zaniepokojeni"],
         stance=["concern"], target="ludzie"),
    dict(kind="direct", **BIE,
         speaker=None, cue="dodał",
         content=["Nikt nam nic nie mówi. Chcemy wiedzieć, czy jesteśmy bezpieczni"],
         stance=["concern"], target="czy jesteśmy bezpieczni"),
    dict(kind="indirect", name=None, role="Eksperci", org="Ośrodek Studiów Wschodnich",
         speaker="Eksperci Ośrodka Studiów Wschodnich", cue="ocenili",
         content=["incydent wpisuje się w serię prowokacji na wschodniej flance NATO"],
         stance=["accusation"], target="serię prowokacji"),
]
