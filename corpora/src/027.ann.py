# 027 (de) Sabotage of a Berlin-Warsaw railway cable.  Written as an unseen test (session
# 9).  A ministry in a headline attribution (Innenministerium: … „feige“, not annotated); an
# act with its intensity (aufs Schärfste verurteilt); a „…“ quote continued after the cue
# that runs over two paragraphs; «Nach Angaben» with a body; a role-only speaker with
# Konjunktiv I; a document as speaker of an accusation with an infinitive clause (wirft der
# Bahn vor, … zu …); a body declining to confirm (negated act, neutral); colon speech after a
# cue with a channel phrase (schrieb auf der Plattform X: „…“); a pronoun subject of a
# demand with an infinitive clause (Er forderte Berlin auf, …); a trailing attribution
# without a verb; a hedged warning (könnten); a place denying (Moskau wies … zurück); a
# union welcoming; a fronted object with an inverted, negated „nicht ausschließen“.
FILE = "027_de_rail_sabotage.txt"
LANG = "de"
META = {"place": "POTSDAM", "source": "dpa"}

E = [
    ("Innenministerium", "GOV"),
    ("POTSDAM", "LOC"),
    ("dpa", "MEDIA"),
    ("Bundesinnenministerium", "GOV"),
    ("Berlin", "LOC"),
    ("Warschau", "LOC"),
    ("Staatssekretär", "ROLE"),
    ("Markus Wendland", "PERSON"),
    ("Potsdam", "LOC"),
    ("Bundespolizei", "GOV"),
    ("Fürstenwalde", "LOC"),
    ("Sprecherin", "ROLE"),
    ("Deutschen Bahn", "ORG"),
    ("Ukraine", "LOC"),
    ("Generalbundesanwaltschaft", "GOV"),
    ("Polens", "LOC"),
    ("Infrastrukturminister", "ROLE"),
    ("Tomasz Wierzbicki", "PERSON"),
    ("polnischen", "NORP"),
    ("Fahrdienstleiter", "ROLE"),
    ("Betriebsratschef", "ROLE"),
    ("Jens Haller", "PERSON"),
    ("Verband der Güterbahnen", "ORG"),
    ("Moskau", "LOC"),
    ("Gewerkschaft Bahn und Verkehr", "ORG"),
    ("Vorsitzender", "ROLE"),
    ("Lars Brenner", "PERSON"),
]

BMI = "Bundesinnenministerium"
WEN = dict(name="Markus Wendland", role="Staatssekretär")
WIE = dict(name="Tomasz Wierzbicki", role="Infrastrukturminister")
GBV = "Gewerkschaft Bahn und Verkehr"

S = [
    dict(kind="reported", name=BMI,
         speaker="Das Bundesinnenministerium", cue="verurteilt",
         content=["Das Bundesinnenministerium hat den Brandanschlag auf ein Signalkabel der "
                  "Bahnstrecke zwischen Berlin und Warschau aufs Schärfste verurteilt."],
         stance=["condemnation"],
         target="den Brandanschlag auf ein Signalkabel der Bahnstrecke zwischen Berlin und "
                "Warschau"),
    dict(kind="direct", **WEN,
         speaker="Staatssekretär Markus Wendland", cue=("sagte", 1),
         content=["Das ist ein feiger Angriff auf die Lebensadern unserer beiden Länder",
                  "Die Ermittlungen laufen mit Hochdruck.",
                  "Und wir werden unsere Schienennetze künftig besser schützen."],
         stance=["condemnation"],
         target="ein feiger Angriff auf die Lebensadern unserer beiden Länder"),
    dict(kind="indirect", name="Bundespolizei",
         speaker="der Bundespolizei", cue="Nach Angaben",
         content=["wurde das Kabel in der Nacht zum Montag bei Fürstenwalde an zwei Stellen "
                  "durchtrennt"],
         stance=["neutral"]),
    dict(kind="indirect", name=None, role="Sprecherin", org="Deutsche Bahn",
         speaker="Eine Sprecherin der Deutschen Bahn", cue=("sagte", 2),
         content=["der Verkehr werde voraussichtlich bis Donnerstag eingeschränkt bleiben"],
         stance=["neutral"]),
    dict(kind="indirect", name=None,
         speaker="Ein Bekennerschreiben", cue="wirft",
         content=["Rüstungstransporte in die Ukraine zu ermöglichen"],
         stance=["accusation"], target="der Bahn"),
    dict(kind="reported", name="Generalbundesanwaltschaft",
         speaker="Die Generalbundesanwaltschaft", cue="bestätigen",
         content=["Die Generalbundesanwaltschaft wollte die Echtheit des Schreibens zunächst "
                  "nicht bestätigen."],
         stance=["neutral"]),
    dict(kind="direct", **WIE,
         speaker="Polens Infrastrukturminister Tomasz Wierzbicki", cue="schrieb",
         content=["Wir sind tief besorgt über die Serie von Angriffen auf unsere gemeinsame "
                  "Infrastruktur."],
         stance=["concern"],
         target="die Serie von Angriffen auf unsere gemeinsame Infrastruktur"),
    dict(kind="indirect", **WIE,
         speaker="⟦Er⟧ forderte", cue="forderte",
         content=["die Strecke gemeinsam mit polnischen Stellen stärker zu überwachen"],
         stance=["demand"],
         target="die Strecke gemeinsam mit polnischen Stellen stärker zu überwachen"),
    dict(kind="direct", name="Jens Haller", role="Betriebsratschef",
         speaker="Betriebsratschef Jens Haller", cue="“ ⟦–⟧ Betriebsratschef",
         content=["Unsere Fahrdienstleiter arbeiten seit Montag im Notbetrieb"],
         stance=["neutral"]),
    dict(kind="indirect", name="Verband der Güterbahnen",
         speaker="Der Verband der Güterbahnen", cue="warnte",
         content=["Lieferketten in der Region ins Stocken geraten könnten"],
         stance=["warning"], target="Lieferketten in der Region"),
    dict(kind="reported", name="Moskau",
         speaker="Moskau", cue="wies",
         content=["Moskau wies jede Beteiligung an dem Anschlag zurück."],
         stance=["denial"], target="jede Beteiligung an dem Anschlag"),
    dict(kind="reported", name=GBV,
         speaker="Die Gewerkschaft Bahn und Verkehr", cue="begrüßte",
         content=["Die Gewerkschaft Bahn und Verkehr begrüßte die Ankündigung, die Strecke "
                  "stärker zu schützen."],
         stance=["support"], target="die Ankündigung, die Strecke stärker zu schützen"),
    dict(kind="reported", name="Lars Brenner", role="Vorsitzender", org=GBV,
         speaker="ihr Vorsitzender Lars Brenner", cue="ausschließen",
         content=["Einen Zusammenhang mit früheren Anschlägen wollte ihr Vorsitzender Lars "
                  "Brenner nicht ausschließen."],
         stance=["neutral"]),
]
