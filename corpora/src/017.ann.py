# 017 (fr) Niger border.  A headline attribution (l’ONU juge … « préoccupante », not
# annotated); a reported act whose object holds a quoted word (a dénoncé une décision
# « unilatérale »: mixed) coordinated with a second act; nested ‹ … › in « … » with the
# attribution after the closing mark; a report title in « … » that is not speech, in a
# document speaker (Le rapport « … », publié … par la Banque mondiale, estime); a
# role-only speaker with s’est dit « … »; cities as speakers (Paris a appelé, Niamey a
# rejeté); a pronoun in the cue (a-t-il ajouté); a trailing attribution without a verb
# (« … » — Name, role).
FILE = "017_fr_niger_border.txt"
LANG = "fr"
META = {"place": "NIAMEY", "source": "AFP"}

E = [
    ("Sahel", "LOC"),
    ("ONU", "ORG"),
    ("NIAMEY", "LOC"),
    ("AFP", "MEDIA"),
    ("gouvernement nigérien", "GOV"),
    ("Bénin", "LOC"),
    ("ministère béninois des Affaires étrangères", "GOV"),
    ("député", "ROLE"),
    ("Malanville", "LOC"),
    ("Issa Garba", "PERSON"),
    ("Banque mondiale", "ORG"),
    ("porte-parole", "ROLE"),
    ("Paris", "LOC"),
    ("Niamey", "LOC"),
    ("ministre de l’Intérieur", "ROLE"),
    ("Niger", "LOC"),
    ("Moussa Idrissa", "PERSON"),
    ("Togo", "LOC"),
    ("Aminata Diallo", "PERSON"),
    ("directrice", "ROLE"),
    ("Centre d’études stratégiques de Dakar", "ORG"),
]

MAE = "ministère béninois des Affaires étrangères"
IDR = dict(name="Moussa Idrissa", role="ministre de l’Intérieur", org=None)

S = [
    dict(kind="mixed", name=MAE,
         speaker="Le " + MAE, cue="a dénoncé",
         content=["une décision « unilatérale »"],
         stance=["condemnation"], target="une décision « unilatérale »"),
    dict(kind="reported", name=MAE,
         speaker="Le " + MAE, cue="a demandé",
         content=["la réouverture immédiate des points de passage"],
         stance=["demand"], target="la réouverture immédiate des points de passage"),
    dict(kind="direct", name="Issa Garba", role="député",
         speaker="le député de Malanville, Issa Garba", cue="a déclaré",
         content=["Des milliers de commerçants vivent de ce corridor et nous sommes très inquiets. "
                  "Les autorités parlent de ‹ mesures temporaires ›, mais personne ne sait combien de "
                  "temps cela va durer"],
         stance=["concern"], target="combien de temps cela va durer"),
    dict(kind="indirect", name="Banque mondiale",
         speaker="Le rapport « Corridors du Sahel »", cue="estime",
         content=["la fermeture pourrait coûter au Bénin près de 2 % de ses recettes douanières"],
         stance=["neutral"]),
    dict(kind="mixed", name=None, role="porte-parole", org="ONU",
         speaker="Un porte-parole de l’ONU", cue="s’est dit",
         content=["« préoccupé » par les conséquences humanitaires de la décision"],
         stance=["concern"], target="les conséquences humanitaires de la décision"),
    dict(kind="reported", name="Paris",
         speaker="Paris", cue="a appelé",
         content=["les deux pays à la retenue"],
         stance=["demand"], target="les deux pays à la retenue"),
    dict(kind="reported", name="Niamey",
         speaker="Niamey", cue="a rejeté",
         content=["ces critiques"],
         stance=["denial"], target="ces critiques"),
    dict(kind="indirect", **IDR,
         speaker="Le ministre de l’Intérieur du Niger, Moussa Idrissa", cue="a affirmé",
         content=["des groupes armés utilisaient la frontière pour faire passer des armes"],
         stance=["accusation"], target="des groupes armés"),
    dict(kind="direct", **IDR,
         speaker="a-t-⟦il⟧ ajouté", cue="a-t-il ajouté",
         content=["Nous ne tolérerons aucune menace venant de l’autre côté de la frontière"],
         stance=["warning"], target="aucune menace venant de l’autre côté de la frontière"),
    dict(kind="direct", name="Aminata Diallo", role="directrice",
         org="Centre d’études stratégiques de Dakar",
         speaker="Aminata Diallo, directrice du Centre d’études stratégiques de Dakar", cue="» ⟦—⟧ Aminata",
         content=["La plupart des marchandises passeront désormais par le Togo"],
         stance=["neutral"]),
]
