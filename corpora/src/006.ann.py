# 006 (pl) Belarusian helicopters.  Dash-introduced speech (– … – podkreśliła);
# „…” quotes; «Według» with an inflected surname (Zielińskiej); indirect speech with
# «że» and «jakoby»; role noun as a repeat mention (Rzeczniczka); places as speakers
# (Mińsk, Litwa); handle; «stanowczo».
FILE = "006_pl_belarus_helicopters.txt"
LANG = "pl"
META = {"place": "WARSZAWA", "source": "PAP / IAR"}

E = [
    ("MSZ", "GOV"),
    ("białoruskiego", "NORP"),
    ("chargé d’affaires", "ROLE"),
    ("WARSZAWA", "LOC"),
    ("PAP", "MEDIA"),
    ("IAR", "MEDIA"),
    ("Ministerstwo Spraw Zagranicznych", "GOV"),
    ("Białorusi", "LOC"),
    ("polskiej", "NORP"),
    ("białoruskie", "NORP"),
    ("rzeczniczka", "ROLE"),
    ("Katarzyna Zielińska", "PERSON"),
    ("Zielińskiej", "PERSON"),
    ("polska", "NORP"),
    ("białoruskiemu", "NORP"),
    ("dyplomacie", "ROLE"),
    ("Rzeczniczka", "ROLE"),
    ("Warszawa", "LOC"),
    ("Mińsk", "LOC"),
    ("Białoruskie Ministerstwo Obrony", "GOV"),
    ("Litwa", "LOC"),
    ("Polską", "LOC"),
    ("polskimi", "NORP"),
    ("litewskie MSZ", "GOV"),
    ("@LT_MFA_Desk", "GOV"),
    ("Wiceminister obrony narodowej", "ROLE"),
    ("Marek Bielak", "PERSON"),
    ("Bielak", "PERSON"),
]

MSZ = "Ministerstwo Spraw Zagranicznych"
ZIEL = dict(name="Katarzyna Zielińska", role="rzeczniczka", org=MSZ)
BIEL = dict(name="Marek Bielak", role="Wiceminister obrony narodowej")

S = [
    dict(kind="reported", name=MSZ,
         speaker="Resort", cue="zaprotestował przeciwko",
         content=["naruszeniu granicy"],
         stance=["condemnation"], target="naruszeniu granicy"),
    dict(kind="direct", **ZIEL,
         speaker="rzeczniczka MSZ Katarzyna Zielińska", cue="podkreśliła",
         content=["To nie był błąd nawigacyjny. Śmigłowce przez kilka minut leciały w głąb naszego "
                  "terytorium na bardzo niskiej wysokości"],
         stance=["accusation"], target="Śmigłowce"),
    dict(kind="indirect", **ZIEL,
         speaker="Zielińskiej", cue="Według",
         content=["strona polska przekazała białoruskiemu dyplomacie notę protestacyjną i zażądała wyjaśnień"],
         stance=["neutral"]),
    dict(kind="mixed", **ZIEL,
         speaker="Rzeczniczka", cue="dodała",
         content=["Warszawa „nie wyklucza dalszych kroków”, jeśli sytuacja się powtórzy"],
         stance=["warning"], target="dalszych kroków"),
    dict(kind="indirect", name="Mińsk",
         speaker="Mińsk", cue="zaprzeczył",
         content=["jego śmigłowce przekroczyły granicę"],
         stance=["denial"], target="jego śmigłowce przekroczyły granicę"),
    dict(kind="mixed", name="Białoruskie Ministerstwo Obrony",
         speaker="Białoruskie Ministerstwo Obrony", cue="oświadczyło",
         content=["maszyny wykonywały rutynowy lot szkoleniowy i „ani razu nie zbliżyły się do linii granicznej”"],
         stance=["denial"], target="naruszeniem polskiej przestrzeni powietrznej"),
    dict(kind="reported", name="Litwa",
         speaker="Litwa", cue="wyraziła solidarność",
         content=["z Polską"],
         stance=["support"], target="Polską"),
    dict(kind="direct", name="Ministerstwo Spraw Zagranicznych Litwy",
         speaker="litewskie MSZ", cue="napisało",
         content=["Stoimy ramię w ramię z naszymi polskimi sojusznikami"],
         stance=["support"], target="naszymi polskimi sojusznikami"),
    dict(kind="indirect", **BIEL,
         speaker="Wiceminister obrony narodowej Marek Bielak", cue="powiedział",
         content=["wojsko przesunie w rejon granicy dodatkowe śmigłowce"],
         stance=["neutral"]),
    dict(kind="reported", **BIEL,
         speaker="⟦Bielak⟧ zaapelował", cue="zaapelował",
         content=["do mieszkańców przygranicznych gmin o zachowanie spokoju"],
         stance=["demand"], target="zachowanie spokoju"),
]
