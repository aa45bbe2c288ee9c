# 019 (en) Ohio housing plan.  US domestic politics in wire style: reported acts
# (accused ... of, rejected, defended, praised, urged, apologized for) including a second
# act joined by "but"; a content clause after a participle ("saying that"); a role
# apposition before the name ("the group's president, Karen Osei,"); "said in a poll
# ... that"; a quote with an imperative; a handle in the content.
# Draft (2026-11-30): the pipeline keeps the participle clause after "accused ..." in the
# content (PolNeAR's gold does the same; corpora cut it) and mislabels three statements
# (a recipient "supporters", an imperative, a relative clause's act).
FILE = "019_en_ohio_housing.txt"
LANG = "en"
META = {"place": "COLUMBUS", "source": "Reuters"}

E = [
    ("Ohio", "LOC"),
    ("Senate", "GOV"),
    ("COLUMBUS", "LOC"),
    ("Reuters", "MEDIA"),
    ("Senator", "ROLE"),
    ("Marcus Hale", "PERSON"),
    ("Democratic", "NORP"),
    ("Hale", "PERSON"),
    ("Dayton", "LOC"),
    ("Diane Whitfield", "PERSON"),
    ("attorney general", "ROLE"),
    ("economists", "ROLE"),
    ("Columbus Dispatch", "MEDIA"),
    ("Congress", "GOV"),
    ("National Association of Realtors", "ORG"),
    ("president", "ROLE"),
    ("Karen Osei", "PERSON"),
    ("Minority Whip", "ROLE"),
    ("Tom Brandt", "PERSON"),
    ("spokesman", "ROLE"),
    ("Jared Lin", "PERSON"),
    ("@HaleForOhio", "ORG"),
    ("Whitfield", "PERSON"),
    ("Lin", "PERSON"),
    ("Quinnipiac University", "ORG"),
]

HALE = dict(name="Marcus Hale", role="Senator")
WHIT = dict(name="Diane Whitfield", role="attorney general")
NAR = dict(name="National Association of Realtors")
LIN = dict(name="Jared Lin", role="spokesman")

S = [
    dict(kind="reported", **HALE,
         speaker="Senator Marcus Hale", cue="accused",
         content=["his Democratic rival of hiding the cost of a new housing plan"],
         stance=["accusation"], target="his Democratic rival"),
    dict(kind="indirect", **HALE,
         speaker="⟦Hale⟧ told supporters", cue="told",
         content=["the plan would add $400 billion to the federal deficit"],
         stance=["neutral"]),
    dict(kind="direct", **HALE,
         speaker="⟦he⟧ said.", cue="he ⟦said⟧.",
         content=["Show voters the bill before you ask them to pay it,"],
         stance=["demand"], target="Show voters the bill"),
    dict(kind="reported", **WHIT,
         speaker="Diane Whitfield, the state's attorney general,", cue="rejected",
         content=["the figure"],
         stance=["denial"], target="the figure"),
    dict(kind="indirect", **WHIT,
         speaker="Diane Whitfield, the state's attorney general,", cue="figure and ⟦said⟧",
         content=["independent economists had put the cost at less than half of that"],
         stance=["neutral"]),
    dict(kind="reported", **WHIT,
         speaker="⟦she⟧ defended", cue="defended",
         content=["the proposal"],
         stance=["support"], target="the proposal"),
    dict(kind="indirect", **WHIT,
         speaker="⟦she⟧ defended", cue="saying",
         content=["Congress must act before another winter of rising rents"],
         stance=["demand"], target="act before another winter of rising rents"),
    dict(kind="reported", **NAR,
         speaker="The National Association of Realtors", cue="praised",
         content=["parts of the plan"],
         stance=["support"], target="parts of the plan"),
    dict(kind="reported", **NAR,
         speaker="The National Association of Realtors", cue="urged",
         content=["both candidates to publish full cost estimates"],
         stance=["demand"], target="publish full cost estimates"),
    dict(kind="indirect", name="Karen Osei", role="president", org="National Association of Realtors",
         speaker="the group's president, Karen Osei,", cue="warned",
         content=["rising rents were pushing young buyers out of the market"],
         stance=["warning"], target="rising rents"),
    dict(kind="indirect", name="Tom Brandt", role="Minority Whip", org="Senate",
         speaker="Senate Minority Whip Tom Brandt", cue="Brandt ⟦said⟧",
         content=["he had not read the plan"],
         stance=["neutral"]),
    dict(kind="reported", **LIN,
         speaker="Hale's campaign spokesman, Jared Lin,", cue="apologized for",
         content=["a post on the campaign's account @HaleForOhio that insulted Whitfield"],
         stance=["neutral"]),
    dict(kind="direct", **LIN,
         speaker="⟦Lin⟧ said.", cue="Lin ⟦said⟧.",
         content=["It was written by someone who no longer works for us,"],
         stance=["neutral"]),
    dict(kind="indirect", name="Quinnipiac University",
         speaker="Quinnipiac University", cue="University ⟦said⟧",
         content=["the two candidates were tied at 46 percent"],
         stance=["neutral"]),
]
