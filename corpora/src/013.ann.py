# 013 (fr) Gulf of Guinea piracy.  A quote running over two paragraphs (the first
# paragraph opens « and does not close it, the next reopens it); a headline attribution
# (« selon » in the title, not annotated); a document as speaker (Le communiqué final de
# la Cedeao précise que); «selon» with a ministry; mixed quote after «s’est dite»; a
# pronoun (Elle) carrying the minister to the next sentence; a role-only speaker with a
# possessive (son porte-parole); a negated act (n’a pas condamné) and a place as speaker
# (Abuja) in one sentence; «fermement» between the auxiliary and the participle.
FILE = "013_fr_guinea_piracy.txt"
LANG = "fr"
META = {"place": "DAKAR", "source": "AFP / APS"}

E = [
    ("Golfe de Guinée", "LOC"),
    ("Cedeao", "ORG"),
    ("DAKAR", "LOC"),
    ("AFP", "MEDIA"),
    ("APS", "MEDIA"),
    ("Communauté économique des États de l’Afrique de l’Ouest", "ORG"),
    ("Bénin", "LOC"),
    ("commissaire à la sécurité", "ROLE"),
    ("Ousmane Diallo", "PERSON"),
    ("Dakar", "LOC"),
    ("Sénégal", "LOC"),
    ("Ghana", "LOC"),
    ("Togo", "LOC"),
    ("ministère béninois de la Défense", "GOV"),
    ("ministre des Affaires étrangères", "ROLE"),
    ("Côte d’Ivoire", "LOC"),
    ("Aminata Kouassi", "PERSON"),
    ("Association des armateurs ouest-africains", "ORG"),
    ("porte-parole", "ROLE"),
    ("Nigeria", "LOC"),
    ("Abuja", "LOC"),
]

CED = "Communauté économique des États de l’Afrique de l’Ouest"
DIALLO = dict(name="Ousmane Diallo", role="commissaire à la sécurité", org="Cedeao")
KOU = dict(name="Aminata Kouassi", role="ministre des Affaires étrangères", org=None)
ARM = "Association des armateurs ouest-africains"

S = [
    dict(kind="reported", name=CED,
         speaker="La Communauté économique des États de l’Afrique de l’Ouest",
         cue=("condamné", 1),
         content=["l’abordage d’un pétrolier au large du Bénin"],
         stance=["condemnation"], target="l’abordage d’un pétrolier au large du Bénin"),
    dict(kind="reported", name=CED,
         speaker="La Communauté économique des États de l’Afrique de l’Ouest",
         cue="a appelé",
         content=["les États côtiers à renforcer leurs patrouilles"],
         stance=["demand"], target="renforcer leurs patrouilles"),
    dict(kind="direct", **DIALLO,
         speaker="le commissaire à la sécurité de la Cedeao, Ousmane Diallo", cue="a déclaré",
         content=["Ces attaques sont inacceptables et menacent le commerce de toute la région. Aucun port ne peut rester à l’écart de cet effort.",
                  "Nous demandons aux armateurs de signaler chaque incident sans délai"],
         stance=["condemnation", "demand"], target="Ces attaques"),
    dict(kind="indirect", name=CED,
         speaker="Le communiqué final de la Cedeao", cue="précise",
         content=["les marines du Sénégal, du Ghana et du Togo mèneront des exercices conjoints dès le mois de juin"],
         stance=["neutral"]),
    dict(kind="indirect", name="ministère béninois de la Défense",
         speaker="le ministère béninois de la Défense", cue="Selon",
         content=["les pirates ont retenu l’équipage pendant six heures avant de s’enfuir à bord de deux vedettes rapides"],
         stance=["neutral"]),
    dict(kind="mixed", **KOU,
         speaker="La ministre des Affaires étrangères de Côte d’Ivoire, Aminata Kouassi", cue="s’est dite",
         content=["«\u00a0vivement inquiète\u00a0» de la hausse des enlèvements de marins"],
         stance=["concern"], target="la hausse des enlèvements de marins"),
    dict(kind="reported", **KOU,
         speaker="Elle", cue="salué",
         content=["la coopération entre les garde-côtes de la région"],
         stance=["support"], target="la coopération entre les garde-côtes de la région"),
    dict(kind="reported", name=ARM,
         speaker="L’Association des armateurs ouest-africains", cue="a nié",
         content=["toute négligence dans la protection des navires"],
         stance=["denial"], target="toute négligence dans la protection des navires"),
    dict(kind="direct", name=None, role="porte-parole", org=ARM,
         speaker="son porte-parole", cue="a affirmé",
         content=["Nos équipages suivent chaque année une formation à la sûreté"],
         stance=["neutral"]),
    dict(kind="reported", name="Nigeria",
         speaker="Le Nigeria", cue="n’a pas condamné",
         content=["l’attaque"],
         stance=["neutral"]),
    dict(kind="indirect", name="Abuja",
         speaker="Abuja", cue="a averti",
         content=["les groupes armés pourraient étendre leurs opérations vers le sud"],
         stance=["warning"], target="étendre leurs opérations vers le sud"),
]
