# 016 (pl) Gdańsk terminal.  A headline attribution (Zarząd portu: …, not annotated);
# coordinated acts with one subject (potępiło … i wezwało); a colon-introduced „…” quote
# running over two paragraphs; a pro-drop sentence resolved by the verb's gender
# (Zapewniła też, że …); a programme name in „…” that is not speech; nested «…» in „…”
# with the attribution after a dash (– powiedział …); a role-only speaker (Rzeczniczka
# zarządu portu); an impersonal cue with the source in a place phrase (W komunikacie
# Urzędu Morskiego w Gdyni napisano); a city as speaker with a light verb (Wilno
# wyraziło zaniepokojenie); a trailing attribution without a verb („…” – szef …).
FILE = "016_pl_gdansk_terminal.txt"
LANG = "pl"
META = {"place": "GDAŃSK", "source": "PAP"}

E = [
    ("GDAŃSK", "LOC"),
    ("PAP", "MEDIA"),
    ("Ministerstwo Infrastruktury", "GOV"),
    ("Gdańsku", "LOC"),
    ("Wiceminister infrastruktury", "ROLE"),
    ("Ewa Sadowska", "PERSON"),
    ("przewodniczący", "ROLE"),
    ("Marek Lis", "PERSON"),
    ("Rzeczniczka", "ROLE"),
    ("Urzędu Morskiego w Gdyni", "GOV"),
    ("Wilno", "LOC"),
    ("litewskich", "NORP"),
    ("szef", "ROLE"),
    ("Bałtyckiej Izby Przewoźników", "ORG"),
    ("Adam Wójcik", "PERSON"),
]

MIN = "Ministerstwo Infrastruktury"
SAD = dict(name="Ewa Sadowska", role="Wiceminister infrastruktury", org=None)

S = [
    dict(kind="reported", name=MIN,
         speaker=MIN, cue="potępiło",
         content=["blokadę terminalu kontenerowego w Gdańsku"],
         stance=["condemnation"], target="blokadę terminalu kontenerowego w Gdańsku"),
    dict(kind="reported", name=MIN,
         speaker=MIN, cue="wezwało",
         content=["protestujących do powrotu do rozmów"],
         stance=["demand"], target="protestujących do powrotu do rozmów"),
    dict(kind="direct", **SAD,
         speaker="Wiceminister infrastruktury Ewa Sadowska", cue="Sadowska ⟦powiedziała⟧",
         content=["Rozumiemy obawy pracowników, ale port nie może stać. Każdy dzień przestoju to "
                  "straty dla setek firm.",
                  "Dlatego proponujemy mediację z udziałem niezależnego eksperta i jestem przekonana, "
                  "że porozumienie jest możliwe jeszcze w tym miesiącu"],
         stance=["neutral"]),
    dict(kind="indirect", **SAD,
         speaker=None, cue="Zapewniła",
         content=["rząd nie wycofa się z programu „Morska Brama”, z którego finansowana jest rozbudowa nabrzeży"],
         stance=["neutral"]),
    dict(kind="direct", name="Marek Lis", role="przewodniczący",
         speaker="przewodniczący związku zawodowego portowców Marek Lis", cue="– ⟦powiedział⟧ przewodniczący",
         content=["Zarząd nazywa nasz protest «nielegalnym», a przecież nikt z nami nie rozmawiał"],
         stance=["accusation"], target="Zarząd"),
    dict(kind="indirect", name=None, role="Rzeczniczka",
         speaker="Rzeczniczka zarządu portu", cue="portu ⟦zapewniła⟧",
         content=["statki są kierowane do innych terminali i żaden ładunek nie przepadnie"],
         stance=["neutral"]),
    dict(kind="indirect", name="Urząd Morski w Gdyni",
         speaker="Urzędu Morskiego w Gdyni", cue="napisano",
         content=["tor wodny do portu pozostaje otwarty"],
         stance=["neutral"]),
    dict(kind="reported", name="Wilno",
         speaker="Wilno", cue="wyraziło zaniepokojenie",
         content=["opóźnieniami dostaw dla litewskich firm"],
         stance=["concern"], target="opóźnieniami dostaw dla litewskich firm"),
    dict(kind="direct", name="Adam Wójcik", role="szef", org="Bałtycka Izba Przewoźników",
         speaker="szef Bałtyckiej Izby Przewoźników Adam Wójcik", cue="” ⟦–⟧ szef",
         content=["Port to krwiobieg całej gospodarki"],
         stance=["neutral"]),
]
