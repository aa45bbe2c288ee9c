# 029 (fr) A dockers' strike in Marseille.  Written as an unseen test (session 10).  A
# headline attribution (le port « paralysé », not annotated); a communiqué of a union
# (a indiqué la CGT dans un communiqué); a « … » quote closed by «, a lancé» with a role,
# its complement and a name in apposition, continued by a second quote; «Selon» and
# «D’après» with a role-only speaker and the body it belongs to (une porte-parole de la
# préfecture, un porte-parole de la compagnie maritime); a body with a «du» complement
# denying (La direction du port a démenti); the same body as the subject of «affirme
# que»; «a appelé … à …»; a plural role noun with its «de» complement expressing concern.
FILE = "029_fr_marseille_dockers.txt"
LANG = "fr"
META = {"place": "MARSEILLE", "source": "AFP"}

E = [
    ("Marseille", "LOC"),
    ("MARSEILLE", "LOC"),
    ("AFP", "MEDIA"),
    ("CGT", "ORG"),
    ("secrétaire général", "ROLE"),
    ("Marc Vidal", "PERSON"),
    ("porte-parole", "ROLE"),
    ("Corse", "LOC"),
    ("Toulon", "LOC"),
    ("ministre des Transports", "ROLE"),
    ("Paul Ravel", "PERSON"),
]

NB = "\u00a0"

S = [
    dict(kind="indirect", name="CGT",
         speaker="la CGT", cue="a indiqué",
         content=["Les dockers du port de Marseille ont entamé mercredi une grève de deux "
                  "jours contre un plan de réorganisation"],
         stance=["neutral"]),
    dict(kind="direct", name="Marc Vidal", role="secrétaire général", org="CGT",
         speaker="le secrétaire général du syndicat, Marc Vidal", cue="a lancé",
         content=["Nous ne laisserons pas la direction supprimer deux cents postes",
                  "Le port restera bloqué tant que ce plan ne sera pas retiré."],
         stance=["warning"], target="la direction"),
    dict(kind="indirect", name=None, role="porte-parole",
         speaker="une porte-parole de la préfecture", cue="Selon",
         content=["aucun navire n’a pu accoster depuis mardi soir"],
         stance=["neutral"]),
    dict(kind="indirect", name=None, role="porte-parole",
         speaker="un porte-parole de la compagnie maritime", cue="D’après",
         content=["trois cargos attendent au large et deux ferries pour la Corse ont été "
                  "détournés vers Toulon"],
         stance=["neutral"]),
    dict(kind="reported", name=None,
         speaker="La direction du port", cue="a démenti",
         content=["tout projet de suppression d’emplois"],
         stance=["denial"], target="tout projet de suppression d’emplois"),
    dict(kind="indirect", name=None,
         speaker="⟦la direction⟧ affirme", cue="affirme",
         content=["le plan prévoit seulement des mutations entre les terminaux"],
         stance=["neutral"]),
    dict(kind="reported", name="Paul Ravel", role="ministre des Transports",
         speaker="Le ministre des Transports, Paul Ravel", cue="a appelé",
         content=["les deux parties à reprendre le dialogue dès jeudi"],
         stance=["demand"], target="reprendre le dialogue dès jeudi"),
    dict(kind="reported", name=None,
         speaker="Les élus de la région", cue="ont exprimé",
         content=["leur inquiétude pour les entreprises qui dépendent du port, déjà "
                  "fragilisées par une première grève en janvier"],
         stance=["concern"], target="les entreprises qui dépendent du port"),
]
