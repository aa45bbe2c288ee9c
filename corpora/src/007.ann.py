# 007 (pl) NATO spending.  Quote interrupted Polish style („… – powiedział Wrona
# dziennikarzom. – …”); pro-drop speakers (Jak podkreślił; – … – powiedział.) with no
# speaker span; «Według» with plural role-only speakers; negated stance (nie potępił);
# mixed quotes after «że»; inflected organisation names (Sojuszu Północnoatlantyckiego,
# Ministerstwa Spraw Zagranicznych) and an impersonal cue (napisano); «stanowczo».
FILE = "007_pl_nato_spending.txt"
LANG = "pl"
META = {"place": "BRUKSELA", "source": "PAP"}

E = [
    ("Polska", "LOC"),
    ("Brukseli", "LOC"),
    ("BRUKSELA", "LOC"),
    ("PAP", "MEDIA"),
    ("Minister spraw zagranicznych", "ROLE"),
    ("Piotr Wrona", "PERSON"),
    ("NATO", "ORG"),
    ("Sojuszu", "ORG"),
    ("Wrona", "PERSON"),
    ("Rosja", "LOC"),
    ("dyplomatów", "ROLE"),
    ("Waszyngtonie", "LOC"),
    ("Rzecznik", "ROLE"),
    ("Sojuszu Północnoatlantyckiego", "ORG"),
    ("Sojusz", "ORG"),
    ("polskiej", "NORP"),
    ("rosyjską", "NORP"),
    ("węgierski", "NORP"),
    ("minister spraw zagranicznych", "ROLE"),
    ("László Farkas", "PERSON"),
    ("Moskwy", "LOC"),
    ("Ministerstwa Spraw Zagranicznych", "GOV"),
    ("@MSZ_Biuro_PL", "GOV"),
]

WRONA = dict(name="Piotr Wrona", role="Minister spraw zagranicznych")
FARKAS = dict(name="László Farkas", role="minister spraw zagranicznych")

S = [
    dict(kind="reported", **WRONA,
         speaker="Minister spraw zagranicznych Piotr Wrona", cue="wezwał",
         content=["sojuszników z NATO do podniesienia wydatków na obronność do co najmniej 2,5 proc. PKB"],
         stance=["demand"], target="podniesienia wydatków na obronność"),
    dict(kind="indirect", **WRONA,
         speaker=None, cue="Jak podkreślił",
         content=["Polska wydaje już ponad 4 proc. i oczekuje podobnego wysiłku od innych państw Sojuszu"],
         stance=["demand"], target="podobnego wysiłku"),
    dict(kind="direct", **WRONA,
         speaker="powiedział ⟦Wrona⟧", cue="⟦powiedział⟧ Wrona",
         content=["Nie możemy dłużej udawać, że zagrożenie jest odległe",
                  "Rosja przestawiła gospodarkę na tryb wojenny i musimy na to odpowiedzieć"],
         stance=["warning"], target="zagrożenie"),
    dict(kind="indirect", name=None, role="dyplomaci",
         speaker="dyplomatów z kilku delegacji", cue="Według",
         content=["porozumienie w tej sprawie nie zapadnie przed lipcowym szczytem w Waszyngtonie"],
         stance=["neutral"]),
    dict(kind="mixed", name=None, role="Rzecznik", org="Sojusz Północnoatlantycki",
         speaker="Rzecznik Sojuszu Północnoatlantyckiego", cue="Północnoatlantyckiego ⟦powiedział⟧",
         content=["Sojusz „z zadowoleniem przyjmuje każdą propozycję”, która zwiększy gotowość obronną państw członkowskich"],
         stance=["support"], target="każdą propozycję"),
    dict(kind="reported", **FARKAS,
         speaker="węgierski minister spraw zagranicznych László Farkas", cue="nie potępił",
         content=["Moskwy"],
         stance=["neutral"]),
    dict(kind="mixed", **FARKAS,
         speaker="węgierski minister spraw zagranicznych László Farkas", cue="stwierdził",
         content=["„wszystkie strony powinny zachować spokój”"],
         stance=["demand"], target="zachować spokój"),
    dict(kind="reported", **WRONA,
         speaker="⟦Wrona⟧ stanowczo", cue="skrytykował",
         content=["tę postawę"],
         stance=["condemnation"], target="tę postawę"),
    dict(kind="direct", **WRONA,
         speaker=None, cue="NATO – ⟦powiedział⟧",
         content=["Kto nie potrafi nazwać agresora po imieniu, ten osłabia całe NATO"],
         stance=["condemnation"], target="Kto nie potrafi nazwać agresora po imieniu"),
    dict(kind="mixed", name="Ministerstwo Spraw Zagranicznych",
         speaker="Ministerstwa Spraw Zagranicznych", cue="napisano",
         content=["Polska „w pełni popiera” plan wzmocnienia obrony powietrznej wschodniej flanki"],
         stance=["support"], target="plan wzmocnienia obrony powietrznej wschodniej flanki"),
]
