# 008 (de) Tbilisi embassy.  „…“ quotes (comma outside the marks); quote split by
# „…“, sagte sie, „…“; colon quote with nested ‚…‘ that is not speech; Konjunktiv I
# without «dass» and with «dass»; «Laut» and «zufolge»; inflected names (des
# Auswärtigen Amtes, georgischem Innenministerium); role-only speaker and a pronoun
# that refers back to her; separable verbs (warf … vor, kündigte … an: cue = finite
# part); handle; «aufs Schärfste».
FILE = "008_de_tbilisi_embassy.txt"
LANG = "de"
META = {"place": "BERLIN", "source": "dpa / AFP"}

E = [
    ("Auswärtiges Amt", "GOV"),
    ("deutsche", "NORP"),
    ("Tiflis", "LOC"),
    ("BERLIN", "LOC"),
    ("dpa", "MEDIA"),
    ("AFP", "MEDIA"),
    ("Auswärtige Amt", "GOV"),
    ("deutschen", "NORP"),
    ("Sprecherin", "ROLE"),
    ("Auswärtigen Amtes", "GOV"),
    ("georgischen", "NORP"),
    ("georgischem Innenministerium", "GOV"),
    ("Botschafterin", "ROLE"),
    ("Ulrike Hartmann", "PERSON"),
    ("georgische Regierung", "GOV"),
    ("Innenminister", "ROLE"),
    ("Lascha Beridse", "PERSON"),
    ("Freie Stimme", "ORG"),
    ("@AA_Pressestelle_Desk", "GOV"),
]

AA = "Auswärtiges Amt"
SPR = dict(name=None, role="Sprecherin", org=AA)
HART = dict(name="Ulrike Hartmann", role="Botschafterin")

S = [
    dict(kind="reported", name=AA,
         speaker="Das Auswärtige Amt", cue="Schärfste ⟦verurteilt⟧",
         content=["Das Auswärtige Amt hat den Brandanschlag auf das Gelände der deutschen Botschaft in Tiflis aufs Schärfste verurteilt."],
         stance=["condemnation"], target="den Brandanschlag auf das Gelände der deutschen Botschaft in Tiflis"),
    dict(kind="direct", **SPR,
         speaker="eine Sprecherin des Auswärtigen Amtes", cue="“, ⟦sagte⟧ eine",
         content=["Angriffe auf diplomatische Vertretungen sind durch nichts zu rechtfertigen"],
         stance=["condemnation"], target="Angriffe auf diplomatische Vertretungen"),
    dict(kind="indirect", **SPR,
         speaker="forderte ⟦sie⟧", cue="forderte",
         content=["Die georgischen Behörden müssten die Täter rasch ermitteln"],
         stance=["demand"], target="die Täter rasch ermitteln"),
    dict(kind="indirect", name="Georgisches Innenministerium",
         speaker="georgischem Innenministerium", cue="Laut",
         content=["wurden noch in der Nacht zwei Verdächtige festgenommen"],
         stance=["neutral"]),
    dict(kind="indirect", **HART,
         speaker="Der Botschafterin Ulrike Hartmann", cue="zufolge",
         content=["hatten Sicherheitskräfte das Feuer innerhalb weniger Minuten gelöscht"],
         stance=["neutral"]),
    dict(kind="direct", **HART,
         speaker="sagte ⟦sie⟧, „und", cue="⟦sagte⟧ sie, „und",
         content=["Wir lassen uns nicht einschüchtern",
                  "und wir stehen fest an der Seite der georgischen Zivilgesellschaft."],
         stance=["support"], target="der georgischen Zivilgesellschaft"),
    dict(kind="indirect", name="Georgische Regierung",
         speaker="Die georgische Regierung", cue="bestritt",
         content=["die Botschaft unzureichend geschützt gewesen sei"],
         stance=["denial"], target="die Botschaft unzureichend geschützt gewesen sei"),
    dict(kind="direct", name="Lascha Beridse", role="Innenminister",
         speaker="Innenminister Lascha Beridse", cue="erklärte",
         content=["Wer hier von ‚Versagen‘ spricht, kennt die Fakten nicht."],
         stance=["denial"], target="Versagen"),
    dict(kind="indirect", name="Freie Stimme",
         speaker="Die oppositionelle Partei Freie Stimme", cue="warf",
         content=["Warnungen der Botschaft vor möglichen Anschlägen ignoriert zu haben"],
         stance=["accusation"], target="der Regierung"),
    dict(kind="indirect", name=AA,
         speaker="das Auswärtige Amt", cue="kündigte",
         content=["den Betrieb der Botschaft am Montag wieder aufzunehmen"],
         stance=["neutral"]),
]
