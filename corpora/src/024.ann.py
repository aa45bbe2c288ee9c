# 024 (fr) A customs strike at Calais.  A passive participle that is no cue (le
# service minimum est assuré); an inverted speaker after a prepositional phrase and a
# role with a nationality adjective before its domain (a déclaré à la presse la
# secrétaire d’État britannique aux Transports, Helen Gray), then a second quote with
# no cue of its own; «Selon lui»; a pronoun inside the cue (a-t-il rappelé); a union
# named after its class noun (le syndicat Solidaires Douanes) in a document phrase; a
# possessive role (Sa secrétaire générale); «s’est dite « … »»; a negated act and a
# second predicate after «mais» with the same subject; «Selon» with an unnamed group.
FILE = "024_fr_calais_strike.txt"
LANG = "fr"
META = {"place": "CALAIS", "source": "AFP"}

E = [
    ("Calais", "LOC"),
    ("Londres", "LOC"),
    ("CALAIS", "LOC"),
    ("AFP", "MEDIA"),
    ("gouvernement britannique", "GOV"),
    ("douaniers", "ROLE"),
    ("français", "NORP"),
    ("secrétaire d’État britannique aux Transports", "ROLE"),
    ("Helen Gray", "PERSON"),
    ("Paris", "LOC"),
    ("ministre français des Comptes publics", "ROLE"),
    ("Julien Marchal", "PERSON"),
    ("Solidaires Douanes", "ORG"),
    ("secrétaire générale", "ROLE"),
    ("Nadia Benali", "PERSON"),
    ("Dunkerque", "LOC"),
    ("maire", "ROLE"),
    ("Sophie Lemaire", "PERSON"),
]

GRAY = dict(name="Helen Gray", role="secrétaire d’État britannique aux Transports")
MAR = dict(name="Julien Marchal", role="ministre français des Comptes publics")
BEN = dict(name="Nadia Benali", role="secrétaire générale", org="Solidaires Douanes")
LEM = dict(name="Sophie Lemaire", role="maire")

S = [
    dict(kind="reported", name="gouvernement britannique",
         speaker="Le gouvernement britannique", cue="a dénoncé",
         content=["les retards provoqués par la grève des douaniers français au port de "
                  "Calais"],
         stance=["condemnation"],
         target="les retards provoqués par la grève des douaniers français au port de "
                "Calais"),
    dict(kind="direct", **GRAY,
         speaker="la secrétaire d’État britannique aux Transports, Helen Gray",
         cue="a déclaré",
         content=["Des milliers de chauffeurs attendent depuis deux jours dans des "
                  "conditions indignes",
                  "Nous demandons à Paris de rétablir les contrôles sans délai."],
         stance=["condemnation", "demand"], target="des conditions indignes"),
    dict(kind="reported", **MAR,
         speaker="Le ministre français des Comptes publics, Julien Marchal",
         cue="a rejeté",
         content=["ces critiques"],
         stance=["denial"], target="ces critiques"),
    dict(kind="indirect", **MAR,
         speaker="Selon ⟦lui⟧", cue="Selon lui",
         content=["le service minimum est assuré et la situation sera rétablie d’ici "
                  "jeudi"],
         stance=["neutral"]),
    dict(kind="direct", **MAR,
         speaker="a-t-⟦il⟧ rappelé", cue="a-t-il rappelé",
         content=["Le droit de grève est garanti par la Constitution"],
         stance=["neutral"]),
    dict(kind="indirect", name="Solidaires Douanes",
         speaker="le syndicat Solidaires Douanes", cue="affirme",
         content=["les effectifs du port ont baissé de 15\u00a0% en cinq ans"],
         stance=["neutral"]),
    dict(kind="indirect", **BEN,
         speaker="Sa secrétaire générale, Nadia Benali", cue="a averti",
         content=["le mouvement pourrait s’étendre à Dunkerque"],
         stance=["warning"], target="le mouvement pourrait s’étendre à Dunkerque"),
    dict(kind="mixed", **LEM,
         speaker="La maire de Calais, Sophie Lemaire", cue="s’est dite",
         content=["«\u00a0très inquiète\u00a0» pour l’économie locale"],
         stance=["concern"], target="l’économie locale"),
    dict(kind="reported", **LEM,
         speaker="Elle", cue="n’a pas condamné",
         content=["condamné ⟦la grève⟧ mais"],
         stance=["neutral"]),
    dict(kind="mixed", **LEM,
         speaker="Elle", cue="a appelé",
         content=["les deux gouvernements à «\u00a0trouver rapidement une solution\u00a0»"],
         stance=["demand"], target="trouver rapidement une solution"),
    dict(kind="indirect", name=None,
         speaker="les transporteurs routiers", cue="⟦Selon⟧ les transporteurs",
         content=["les pertes atteignent déjà plusieurs millions d’euros"],
         stance=["neutral"]),
]
