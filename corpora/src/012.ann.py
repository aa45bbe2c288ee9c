# 012 (fr) UNIFIL patrol.  « … » with no-break spaces inside the marks (content excludes
# them); « …, a-t-il assuré. … » (cue inside one pair of guillemets, speaker «il» inside
# the cue); colon quote with a no-break space before the colon; «selon»; «que»/«qu’»;
# role-only speaker and a pronoun (Elle) that refers to her; places as speakers (La France,
# Dublin); metonymic ministry (Quai d’Orsay) with a handle; «fermement».
FILE = "012_fr_unifil_patrol.txt"
LANG = "fr"
META = {"place": "PARIS", "source": "AFP / Belga"}

E = [
    ("Paris", "LOC"),
    ("Finul", "ORG"),
    ("Liban", "LOC", {"only": [1]}),
    ("PARIS", "LOC"),
    ("AFP", "MEDIA"),
    ("Belga", "MEDIA"),
    ("France", "LOC"),
    ("Force intérimaire des Nations unies au Liban", "ORG"),
    ("irlandais", "NORP"),
    ("israélienne", "NORP"),
    ("porte-parole", "ROLE"),
    ("ministère de l’Europe et des Affaires étrangères", "GOV"),
    ("Conseil de sécurité", "ORG"),
    ("armée irlandaise", "GOV"),
    ("Tyr", "LOC"),
    ("ministre des Armées", "ROLE"),
    ("Julien Mercadier", "PERSON"),
    ("Ligne bleue", "LOC"),
    ("Dublin", "LOC"),
    ("Quai d’Orsay", "GOV"),
    ("@QuaiDiplo_Presse", "GOV"),
    ("Irlande", "LOC"),
    ("Hezbollah", "ORG"),
]

MAE = "ministère de l’Europe et des Affaires étrangères"
PP = dict(name=None, role="porte-parole", org=MAE)
MERC = dict(name="Julien Mercadier", role="ministre des Armées")

S = [
    dict(kind="reported", name="France",
         speaker=("La France", 1), cue="a condamné",
         content=["l’attaque contre une patrouille de la Force intérimaire des Nations unies au Liban (Finul)"],
         stance=["condemnation"], target="l’attaque contre une patrouille de la Force intérimaire des Nations unies au Liban"),
    dict(kind="direct", **PP,
         speaker="une porte-parole du ministère de l’Europe et des Affaires étrangères", cue="a déclaré",
         content=["Ces attaques contre des soldats de la paix sont inacceptables et ne doivent pas rester impunies"],
         stance=["condemnation", "demand"], target="Ces attaques contre des soldats de la paix"),
    dict(kind="mixed", **PP,
         speaker="Elle", cue="a ajouté",
         content=["Paris appelait «\u00a0toutes les parties\u00a0» à respecter la résolution 1701 du Conseil de sécurité"],
         stance=["demand"], target="respecter la résolution 1701 du Conseil de sécurité"),
    dict(kind="indirect", name="armée irlandaise",
         speaker="l’armée irlandaise", cue="Selon",
         content=["les deux soldats, légèrement blessés par des éclats, ont été évacués vers un hôpital de Tyr"],
         stance=["neutral"]),
    dict(kind="mixed", **MERC,
         speaker="Le ministre des Armées, Julien Mercadier", cue="s’est dit",
         content=["«\u00a0profondément préoccupé\u00a0» par la multiplication des incidents le long de la Ligne bleue"],
         stance=["concern"], target="la multiplication des incidents le long de la Ligne bleue"),
    dict(kind="direct", **MERC,
         speaker="a-t-⟦il⟧ assuré", cue="a-t-il assuré",
         content=["La France ne réduira pas sa contribution à la Finul,",
                  "Nos 700 soldats resteront sur place tant que le Conseil de sécurité le demandera."],
         # a promise about France's own contribution (STANCE-GUIDE rule 5)
         stance=["neutral"]),
    dict(kind="indirect", name="Dublin",
         speaker="Dublin", cue="a averti",
         content=["il pourrait revoir sa participation à la mission si la sécurité des soldats n’était pas garantie"],
         stance=["warning"], target="revoir sa participation à la mission"),
    dict(kind="direct", name=MAE,
         speaker="Le Quai d’Orsay", cue="a écrit",
         content=["La France se tient aux côtés de l’Irlande et de tous les pays contributeurs."],
         stance=["support"], target="l’Irlande"),
    dict(kind="reported", name="Hezbollah",
         speaker="le Hezbollah", cue="a démenti",
         content=["toute implication dans l’attaque"],
         stance=["denial"], target="toute implication dans l’attaque"),
]
