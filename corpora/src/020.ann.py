# 020 (fr) Sardine quotas.  A reported accusation with an infinitive object (a accusé le
# Maroc de ne pas …); "Dans un communiqué" before the speaker; a feminine pronoun for an
# organisation (Elle a exhorté); a quoted fragment in an act's object (mixed); "Selon lui"
# for the ministry; an inverted speaker with its name in apposition (a déclaré le
# ministre, Karim Bennani, lors de …); a role and its name before the cue with a body's
# name in between; "a mis en garde contre"; a role-only speaker with a relative clause,
# then "a-t-il ajouté" for him; "D’après" with the typographic apostrophe.
FILE = "020_fr_sardine_quotas.txt"
LANG = "fr"
META = {"place": "BRUXELLES", "source": "AFP"}

E = [
    ("Bruxelles", "LOC"),
    ("Rabat", "LOC"),
    ("BRUXELLES", "LOC"),
    ("AFP", "MEDIA"),
    ("Commission européenne", "ORG"),
    ("Maroc", "LOC"),
    ("Commission", "ORG"),
    ("européens", "NORP"),
    ("ministère marocain de l’Agriculture et de la Pêche", "GOV"),
    ("ministre", "ROLE"),
    ("Karim Bennani", "PERSON"),
    ("espagnole", "NORP"),
    ("président", "ROLE"),
    ("Fédération des armateurs de Cadix", "ORG"),
    ("Luis Moreno", "PERSON"),
    ("diplomate", "ROLE"),
    ("européen", "NORP"),
    ("Université de Cadix", "ORG"),
]

COM = dict(name="Commission européenne")
MIN = dict(name="ministère marocain de l’Agriculture et de la Pêche")
DIP = dict(name=None, role="diplomate")

S = [
    dict(kind="reported", **COM,
         speaker="La Commission européenne", cue="a accusé",
         content=["le Maroc de ne pas respecter l’accord de pêche signé l’an dernier"],
         stance=["accusation"], target="le Maroc"),
    dict(kind="indirect", **COM,
         speaker="la ⟦Commission⟧ a indiqué", cue="a indiqué",
         content=["les navires européens avaient été privés d’accès à plusieurs zones côtières depuis le mois de mars"],
         stance=["neutral"]),
    dict(kind="mixed", **COM,
         speaker="Elle", cue="a exhorté",
         content=["Rabat à rétablir « sans délai » les autorisations prévues"],
         stance=["demand"], target="rétablir « sans délai » les autorisations prévues"),
    dict(kind="reported", **MIN,
         speaker="Le ministère marocain de l’Agriculture et de la Pêche", cue="a nié",
         content=["toute violation de l’accord"],
         stance=["denial"], target="toute violation de l’accord"),
    dict(kind="indirect", **MIN,
         speaker="Selon ⟦lui⟧", cue="Selon lui",
         content=["les zones concernées ont été fermées pour protéger les stocks de sardine, en net recul depuis deux ans"],
         stance=["neutral"]),
    dict(kind="direct", name="Karim Bennani", role="ministre",
         speaker="le ministre, Karim Bennani", cue="a déclaré",
         content=["Nous appliquons les règles que nous avons signées ensemble. Personne ne peut nous reprocher de défendre nos ressources"],
         stance=["denial"], target="ne pas respecter l’accord de pêche"),
    dict(kind="mixed", name="Luis Moreno", role="président", org="Fédération des armateurs de Cadix",
         speaker="Le président de la Fédération des armateurs de Cadix, Luis Moreno", cue="a mis en garde contre",
         content=["« une saison perdue » si aucun compromis n’était trouvé avant juillet"],
         stance=["warning"], target="une saison perdue"),
    dict(kind="indirect", **DIP,
         speaker="Un diplomate européen", cue="a estimé",
         content=["les deux parties finiraient par s’entendre"],
         stance=["neutral"]),
    dict(kind="direct", **DIP,
         speaker="a-t-⟦il⟧ ajouté", cue="a-t-il ajouté",
         content=["Personne n’a intérêt à une rupture"],
         stance=["neutral"]),
    dict(kind="indirect", name="Université de Cadix",
         speaker="l’Université de Cadix", cue="D’après",
         content=["les captures de sardine ont baissé de 30 % en deux ans"],
         stance=["neutral"]),
]
