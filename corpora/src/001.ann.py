# 001 (en) Baltic cable.  Straight quotes; quote split by the cue; role-only speaker;
# a ship name in quotation marks that is not speech; "According to"; place as speaker.
FILE = "001_en_baltic_cable.txt"
LANG = "en"
META = {"place": "VILNIUS", "source": "UrduPoint News / Sputnik"}

E = [
    ("Lithuania", "LOC"),
    ("Baltic Sea", "LOC"),
    ("VILNIUS", "LOC"),
    ("UrduPoint News", "MEDIA"),
    ("Sputnik", "MEDIA"),
    ("Lithuanian", "NORP"),
    ("Defence Minister", "ROLE"),
    ("Rasa Vaitkute", "PERSON"),
    ("Sweden", "LOC"),
    ("NATO", "ORG"),
    ("Vaitkute", "PERSON"),
    ("Vilnius", "LOC"),
    ("Lithuanian Navy", "GOV"),
    ("Klaipeda", "LOC"),
    ("spokeswoman", "ROLE"),
    ("Helmsgate Shipping", "ORG"),
    ("Stockholm", "LOC"),
    ("Swedish", "NORP"),
    ("Foreign Minister", "ROLE"),
    ("Erik Lindqvist", "PERSON"),
    ("European Union", "ORG"),
]

VAITKUTE = dict(name="Rasa Vaitkute", role="Defence Minister")

S = [
    dict(kind="indirect", **VAITKUTE,
         speaker="Lithuanian Defence Minister Rasa Vaitkute",
         cue="Vaitkute ⟦said⟧ on Friday",
         content=["a subsea data cable linking Lithuania and Sweden had been cut deliberately"],
         stance=["neutral"]),
    dict(kind="reported", **VAITKUTE,
         speaker="Lithuanian Defence Minister Rasa Vaitkute",
         cue="urged",
         content=["NATO allies to step up patrols in the Baltic Sea"],
         stance=["demand"], target="step up patrols in the Baltic Sea"),
    dict(kind="direct", **VAITKUTE,
         speaker="⟦Vaitkute⟧ told", cue="told",
         content=["The damage was not caused by an anchor or by ordinary wear. Someone cut this "
                  "cable on purpose, and those responsible will be held accountable,"],
         stance=["warning"], target="those responsible"),
    dict(kind="indirect", name="Lithuanian Navy",
         speaker="the Lithuanian Navy", cue="According to",
         content=['the break was detected on Wednesday night about 40 kilometres off the coast '
                  'near Klaipeda, shortly after the cargo ship "Northern Dawn" passed over the cable route'],
         stance=["neutral"]),
    dict(kind="indirect", name=None, role="spokeswoman", org="Lithuanian Navy",
         speaker="A navy spokeswoman", cue="spokeswoman ⟦said⟧",
         content=["divers had recovered no debris so far and that a repair vessel would not reach "
                  "the site before next week"],
         stance=["neutral"]),
    dict(kind="reported", name="Helmsgate Shipping",
         speaker="The ship's owner, Cyprus-registered Helmsgate Shipping", cue="denied",
         content=["any involvement"],
         stance=["denial"], target="any involvement"),
    dict(kind="direct", name="Helmsgate Shipping",
         speaker="the company", cue="company ⟦said⟧",
         content=["Our vessel kept to its declared course at all times, and we will share all "
                  "navigation data with the investigators,"],
         stance=["denial"], target="any involvement"),
    dict(kind="reported", name="Stockholm",
         speaker="⟦Stockholm⟧ welcomed", cue="welcomed",
         content=["the investigation"],
         stance=["support"], target="the investigation"),
    dict(kind="indirect", name="Stockholm",
         speaker="⟦Stockholm⟧ welcomed", cue="investigation and ⟦said⟧",
         content=["it was ready to send a team of navy divers"],
         stance=["neutral"]),
    dict(kind="mixed", name="Erik Lindqvist", role="Foreign Minister",
         speaker="Swedish Foreign Minister Erik Lindqvist", cue="wrote",
         content=['the incident was "a reminder of how exposed our shared infrastructure is"'],
         stance=["concern"], target="our shared infrastructure"),
    dict(kind="direct", **VAITKUTE,
         speaker="⟦she⟧ said", cue="she ⟦said⟧",
         content=["We are not going to wait for the next cable to break,",
                  "The European Union must fund permanent monitoring of the seabed, and it must do so this year."],
         stance=["demand"], target="permanent monitoring of the seabed"),
]
