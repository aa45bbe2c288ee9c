# 028 (fr) A cyberattack on a Lille hospital.  Written as an unseen test (session 9).  A
# headline attribution (Paris juge l’attaque « intolérable », not annotated); an act whose
# object ends before a participle (la cyberattaque contre …, paralysé depuis dimanche); a
# « … » quote over two paragraphs closed by «, a déclaré» with an inverted role and name;
# «Selon» with a role-only speaker; a document with a participle phrase (Une note interne
# de l’hôpital, consultée par l’AFP, affirme que …); «a démenti» and «a-t-il assuré» after
# a quote; «s’est dit « … » par …»; «Il a exhorté … à …»; a speaker through a relative
# pronoun (un chercheur …, qui affirme que …); a place rejecting a quoted phrase; a trailing
# attribution without a verb, role before name; «a mis en garde … contre»; a quoted
# fragment in a welcome, then «mais a réclamé»; «n’a pas exclu que» (hedged, neutral).
FILE = "028_fr_lille_hospital.txt"
LANG = "fr"
META = {"place": "LILLE", "source": "AFP"}

E = [
    ("parquet de Lille", "GOV"),
    ("parquet de Paris", "GOV"),
    ("Commission nationale de l’informatique et des libertés", "GOV"),
    ("hôpital Saint-Vincent", "ORG"),
    ("Lille", "LOC"),
    ("Paris", "LOC"),
    ("LILLE", "LOC"),
    ("AFP", "MEDIA"),
    ("gouvernement français", "GOV"),
    ("ministre déléguée au Numérique", "ROLE"),
    ("Claire Fontanel", "PERSON"),
    ("Fontanel", "PERSON"),
    ("porte-parole", "ROLE"),
    ("directeur", "ROLE"),
    ("Bernard Lecoq", "PERSON"),
    ("ministre belge de la Santé", "ROLE"),
    ("Pieter Claes", "PERSON"),
    ("européens", "NORP"),
    ("Commission européenne", "ORG"),
    ("chercheur", "ROLE"),
    ("allemandes", "NORP"),
    ("Moscou", "LOC"),
    ("infirmière en chef", "ROLE"),
    ("Agnès Morel", "PERSON"),
    ("Sud Santé", "ORG"),
]

HOP = "hôpital Saint-Vincent"
FON = dict(name="Claire Fontanel", role="ministre déléguée au Numérique")
LEC = dict(name="Bernard Lecoq", role="directeur", org=HOP)
CLA = dict(name="Pieter Claes", role="ministre belge de la Santé")
NB = "\u00a0"

S = [
    dict(kind="reported", name="gouvernement français",
         speaker="Le gouvernement français", cue="a condamné",
         content=["la cyberattaque contre l’hôpital Saint-Vincent de Lille"],
         stance=["condemnation"], target="la cyberattaque contre l’hôpital Saint-Vincent de Lille"),
    dict(kind="direct", **FON,
         speaker="la ministre déléguée au Numérique, Claire Fontanel", cue="a déclaré",
         content=["Cette attaque contre un hôpital est intolérable. Des patients ont dû être "
                  "transférés en pleine nuit.",
                  "Les équipes techniques travaillent sans relâche pour rétablir les services"],
         stance=["condemnation"], target="Cette attaque contre un hôpital"),
    dict(kind="indirect", name=None, role="porte-parole", org="parquet de Lille",
         speaker="une porte-parole du parquet de Lille", cue="Selon",
         content=["l’enquête a été confiée à la section spécialisée du parquet de Paris"],
         stance=["neutral"]),
    dict(kind="indirect", name=HOP,
         speaker="Une note interne de l’hôpital", cue=("affirme", 1),
         content=["les pirates réclament une rançon de deux millions d’euros"],
         stance=["neutral"]),
    dict(kind="reported", **LEC,
         speaker="Le directeur de l’établissement, Bernard Lecoq", cue="a démenti",
         content=["toute fuite de données médicales"],
         stance=["denial"], target="toute fuite de données médicales"),
    dict(kind="direct", **LEC,
         speaker="a-t-⟦il⟧ assuré", cue="a-t-il assuré",
         content=["Aucun dossier de patient n’a quitté nos serveurs"],
         stance=["denial"], target="Aucun dossier de patient n’a quitté nos serveurs"),
    dict(kind="mixed", **CLA,
         speaker="Le ministre belge de la Santé, Pieter Claes", cue="s’est dit",
         content=["«" + NB + "profondément préoccupé" + NB + "» par la vague d’attaques "
                  "contre les hôpitaux européens"],
         stance=["concern"], target="la vague d’attaques contre les hôpitaux européens"),
    dict(kind="reported", **CLA,
         speaker="⟦Il⟧ a exhorté", cue="a exhorté",
         content=["la Commission européenne à créer une cellule commune de réponse"],
         stance=["demand"], target="créer une cellule commune de réponse"),
    dict(kind="indirect", name=None, role="chercheur",
         speaker="⟦qui⟧ affirme", cue=("affirme", 2),
         content=["le même groupe a déjà frappé deux cliniques allemandes"],
         stance=["accusation"], target="le même groupe"),
    dict(kind="mixed", name="Moscou",
         speaker="Moscou", cue="a rejeté",
         content=["«" + NB + "des insinuations sans fondement" + NB + "»"],
         stance=["denial"], target="des insinuations sans fondement"),
    dict(kind="direct", name="Agnès Morel", role="infirmière en chef",
         speaker="l’infirmière en chef Agnès Morel", cue="» ⟦—⟧ l’infirmière",
         content=["Nous avons repris les dossiers sur papier, comme il y a trente ans"],
         stance=["neutral"]),
    dict(kind="reported", name="Commission nationale de l’informatique et des libertés",
         speaker="La Commission nationale de l’informatique et des libertés",
         cue="a mis en garde",
         content=["les patients contre des courriels frauduleux se présentant comme des "
                  "messages de l’hôpital"],
         stance=["warning"], target="des courriels frauduleux"),
    dict(kind="mixed", name="Sud Santé",
         speaker="Le syndicat Sud Santé", cue="a salué",
         content=["«" + NB + "le sang-froid" + NB + "» du personnel"],
         stance=["support"], target="le sang-froid"),
    dict(kind="reported", name="Sud Santé",
         speaker="Le syndicat Sud Santé", cue="a réclamé",
         content=["des moyens supplémentaires pour la sécurité informatique"],
         stance=["demand"], target="des moyens supplémentaires pour la sécurité informatique"),
    dict(kind="indirect", **FON,
         speaker="⟦Fontanel⟧ n’a pas exclu", cue="n’a pas exclu",
         content=["l’attaque ait été commanditée par un État"],
         stance=["neutral"]),
]
