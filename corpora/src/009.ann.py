# 009 (de) OSCE budget.  »…« quotes; a second quoted sentence after the cue; Konjunktiv I
# fronted before the cue and after «sagte,» without «dass»; «dass»; «zufolge» with a
# plural role-only source; denial with a separable verb (wies … zurück); pronoun speakers
# (sie, Er, er); place as speaker (Kiew); a newspaper title in »…« that is not speech.
FILE = "009_de_osce_budget.txt"
LANG = "de"
META = {"place": "WIEN", "source": "APA"}

E = [
    ("Generalsekretärin", "ROLE"),
    ("OSZE", "ORG"),
    ("WIEN", "LOC"),
    ("APA", "MEDIA"),
    ("Ingrid Sollberger", "PERSON"),
    ("Wien", "LOC"),
    ("Sollberger", "PERSON"),
    ("Diplomaten", "ROLE"),
    ("Russland", "LOC"),
    ("russische", "NORP"),
    ("Botschafter", "ROLE"),
    ("Sergej Tarassow", "PERSON"),
    ("Österreichs", "LOC"),
    ("Außenminister", "ROLE", {"only": [2]}),
    ("Konrad Pichler", "PERSON"),
    ("Österreich", "LOC"),
    ("Kiew", "LOC"),
    ("Russlands", "LOC"),
    ("Die Presse", "MEDIA"),
    ("Moldau", "LOC"),
    ("Europäische Union", "ORG"),
]

SOLL = dict(name="Ingrid Sollberger", role="Generalsekretärin", org="OSZE")
TAR = dict(name="Sergej Tarassow", role="Botschafter")
PICH = dict(name="Konrad Pichler", role="Außenminister")

S = [
    dict(kind="reported", **SOLL,
         speaker="Die Generalsekretärin der OSZE, Ingrid Sollberger", cue="gewarnt",
         content=["Die Generalsekretärin der OSZE, Ingrid Sollberger, hat vor einer Lähmung der Organisation gewarnt."],
         stance=["warning"], target="einer Lähmung der Organisation"),
    dict(kind="indirect", **SOLL,
         speaker="sagte ⟦sie⟧ am", cue="⟦sagte⟧ sie am",
         content=["Ohne einen Haushalt für das kommende Jahr könne die OSZE ihre Beobachtermissionen nicht mehr finanzieren"],
         stance=["warning"], target="ihre Beobachtermissionen nicht mehr finanzieren"),
    dict(kind="direct", **SOLL,
         speaker="sagte ⟦Sollberger⟧", cue="⟦sagte⟧ Sollberger",
         content=["Wir sind an einem Punkt, an dem einzelne Staaten die ganze Organisation in Geiselhaft nehmen",
                  "Das ist nicht hinnehmbar."],
         stance=["accusation", "condemnation"], target="einzelne Staaten"),
    dict(kind="indirect", name=None, role="Diplomaten",
         speaker="Diplomaten", cue="zufolge",
         content=["blockiert Russland seit Monaten eine Einigung über das Budget"],
         stance=["accusation"], target="Russland"),
    dict(kind="reported", **TAR,
         speaker="Der russische Botschafter bei der OSZE, Sergej Tarassow", cue="wies",
         content=["Der russische Botschafter bei der OSZE, Sergej Tarassow, wies die Vorwürfe zurück."],
         stance=["denial"], target="die Vorwürfe"),
    dict(kind="indirect", **TAR,
         speaker="Er", cue="Er ⟦sagte⟧",
         content=["der Westen missbrauche die Organisation für politische Zwecke"],
         stance=["accusation"], target="der Westen"),
    dict(kind="mixed", **PICH,
         speaker="Österreichs Außenminister Konrad Pichler", cue="Pichler ⟦sagte⟧",
         content=["er sei »zutiefst besorgt« über die Blockade"],
         stance=["concern"], target="die Blockade"),
    dict(kind="direct", **PICH,
         speaker="Österreichs Außenminister Konrad Pichler", cue="Pichler ⟦sagte⟧",
         content=["»zutiefst besorgt«"],
         stance=["concern"], target="die Blockade"),
    dict(kind="indirect", **PICH,
         speaker="betonte ⟦er⟧", cue="betonte",
         content=["Als Sitzstaat werde Österreich alles tun, um einen Kompromiss zu ermöglichen"],
         stance=["neutral"]),
    dict(kind="reported", name="Kiew",
         speaker="Kiew", cue="forderte",
         content=["Kiew forderte dagegen den Ausschluss Russlands aus allen Gremien der Organisation."],
         stance=["demand"], target="den Ausschluss Russlands aus allen Gremien der Organisation"),
    dict(kind="indirect", **SOLL,
         speaker="hatte ⟦Sollberger⟧", cue="Oktober ⟦betont⟧",
         content=["die Mission in Moldau ohne neue Mittel Ende März schließen müsse"],
         stance=["warning"], target="die Mission in Moldau"),
    dict(kind="reported", name="Europäische Union",
         speaker="Die Europäische Union", cue="sicherte",
         content=["Die Europäische Union sicherte der Generalsekretärin ihre volle Unterstützung zu."],
         stance=["support"], target="der Generalsekretärin"),
]
