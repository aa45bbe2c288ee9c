#!/bin/sh
# make-gazetteers.sh - writes models/<lang>/tagger-gaz.tsv (phrase<TAB>category)
# for the named-entity tagger from Debian packages only:
#
#   iso-codes    /usr/share/iso-codes/json/iso_3166-1.json (countries),
#                iso_3166-2.json (regions), iso_3166-3.json (former countries),
#                iso_639-2.json (languages), iso_4217.json (currencies) and
#                their translations /usr/share/locale/<lang>/LC_MESSAGES/*.mo
#                (read with msgunfmt)                         LGPL-2.1+
#   miscfiles    /usr/share/dict/propernames.gz (first names),
#                /usr/share/misc/cities.dat.gz, airport.gz (cities)  GPL-2+
#   hunspell-fr  /usr/share/hunspell/fr.dic (Grammalecte tags po:prn first
#                names, po:patr surnames, po:npr other proper names) MPL-2.0
#   hunspell-*   /usr/share/hunspell/*.dic (nothing but the above)
#   and a short hand-written list of company legal forms (general vocabulary,
#   below in this script).
#
# Categories: country region city first last npr language currency orgform.
# The tagger's trainer compiles the file into the model (whosaid train ner
# reads models/<lang>/tagger-gaz.tsv), so the run time never reads it.
# Needs python3 and msgunfmt (gettext).  Usage: sh tests/make-gazetteers.sh [langs]
set -eu
cd "$(dirname "$0")/.."
LANGS=${*:-"en de fr pl ru uk"}
for p in /usr/share/iso-codes/json/iso_3166-1.json /usr/share/dict/propernames.gz \
    /usr/share/hunspell/fr.dic; do
    [ -r "$p" ] || { echo "make-gazetteers.sh: missing $p (apt-get install iso-codes miscfiles hunspell-fr)" >&2; exit 66; }
done
for l in $LANGS; do
    python3 - "$l" >"models/$l/tagger-gaz.tsv.tmp" <<'EOF'
import gzip, json, re, subprocess, sys

lang = sys.argv[1]
LATIN = lang in ("en", "de", "fr", "pl")
out = {}


def tokens(phrase):
    phrase = re.sub(r"\s*\([^)]*\)", "", phrase).strip()
    toks = []
    for w in phrase.split():
        lead = []
        while w and w[0] in "\"(«„“":
            lead.append(w[0]); w = w[1:]
        tail = []
        while w and w[-1] in ",;:)\"»“”":
            tail.insert(0, w[-1]); w = w[:-1]
        toks += lead + ([w] if w else []) + tail
    return toks


def add(phrase, cat):
    if not phrase or "," in phrase or ";" in phrase:
        return
    t = tokens(phrase)
    if not t or len(t) > 6 or len(phrase) < 2:
        return
    key = (" ".join(t), cat)
    out[key] = 1


def translations(domain):
    """msgid -> msgstr of the .mo file of this language (identity for en)."""
    if lang == "en":
        return None
    path = "/usr/share/locale/%s/LC_MESSAGES/%s.mo" % (lang, domain)
    try:
        po = subprocess.run(["msgunfmt", path], capture_output=True, text=True,
                            check=True).stdout
    except Exception:
        return {}
    tr = {}
    for m in re.finditer(r'msgid ((?:"[^\n]*"\n)+)msgstr ((?:"[^\n]*"\n)+)', po + "\n"):
        def s(x):
            return "".join(re.findall(r'"(.*)"', x)).replace('\\"', '"')
        if s(m.group(2)):
            tr[s(m.group(1))] = s(m.group(2))
    return tr


def iso(fname, key, fields, cat, domain):
    data = json.load(open("/usr/share/iso-codes/json/" + fname))[key]
    tr = translations(domain)
    for e in data:
        for f in fields:
            if f not in e:
                continue
            name = e[f]
            if tr is None:
                add(name, cat)
            else:
                if name in tr:
                    add(tr[name], cat)
                if cat == "region":  # regions: the local name is the name
                    add(name, cat)


iso("iso_3166-1.json", "3166-1", ("name", "common_name", "official_name"), "country", "iso_3166-1")
iso("iso_3166-3.json", "3166-3", ("name",), "country", "iso_3166-3")
iso("iso_3166-2.json", "3166-2", ("name",), "region", "iso_3166-2")
iso("iso_639-2.json", "639-2", ("name",), "language", "iso_639-2")
iso("iso_4217.json", "4217", ("name",), "currency", "iso_4217")

if LATIN:
    cur = {}
    for line in gzip.open("/usr/share/misc/cities.dat.gz", "rt", errors="replace"):
        if ":" in line:
            k, v = line.split(":", 1)
            cur[k.strip()] = v.strip()
        elif cur:
            if cur.get("Type") == "City" and cur.get("Name"):
                add(cur["Name"], "city")
            cur = {}
    for line in gzip.open("/usr/share/misc/airport.gz", "rt", errors="replace"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split(":")
        if len(f) >= 5:
            for c in f[4].split("/"):
                add(c.strip(), "city")
    for line in gzip.open("/usr/share/dict/propernames.gz", "rt", errors="replace"):
        add(line.strip(), "first")
    for line in open("/usr/share/hunspell/fr.dic", encoding="utf-8", errors="replace"):
        f = line.split()
        if len(f) < 2 or not f[0][:1].isupper():
            continue
        word = f[0].split("/")[0]
        tags = set(f[1:])
        if "po:prn" in tags:
            add(word, "first")
        elif "po:patr" in tags:
            add(word, "last")
        elif "po:npr" in tags and lang == "fr":
            add(word, "npr")

# company legal forms (general vocabulary of company names)
ORGFORM = {
    "en": "Inc Inc. Corp Corp. Corporation Ltd Ltd. Limited LLC plc PLC Co. Company Group Holdings LLP",
    "de": "GmbH AG KG KGaA SE e.V. eG OHG mbH Holding Gruppe Konzern GmbH & Co. KG",
    "fr": "SA S.A. SARL SAS SNC Groupe Compagnie",
    "pl": "S.A. SA Sp. z o.o. sp. z o.o. Sp.j. Spółka Grupa",
    "ru": "ООО ОАО ЗАО ПАО АО НКО ФГУП ГУП МУП Группа",
    "uk": "ТОВ ПАТ ПрАТ АТ ВАТ ЗАТ КП ДП Група",
}
for w in ORGFORM[lang].split():
    add(w, "orgform")
for p in ("GmbH & Co. KG", "Sp. z o.o.", "sp. z o.o."):
    if p.split()[0] in ORGFORM[lang]:
        add(p, "orgform")

for (phrase, cat) in sorted(out):
    print("%s\t%s" % (phrase, cat))
EOF
    {
        printf '# tagger gazetteer for %s: phrase<TAB>category; generated by tests/make-gazetteers.sh\n' "$l"
        printf '# from Debian iso-codes (LGPL-2.1+), miscfiles (GPL-2+), hunspell-fr (MPL-2.0) and a hand list of legal forms\n'
        cat "models/$l/tagger-gaz.tsv.tmp"
    } >"models/$l/tagger-gaz.tsv"
    rm -f "models/$l/tagger-gaz.tsv.tmp"
    printf '%s: %s phrases\n' "$l" "$(grep -vc '^#' "models/$l/tagger-gaz.tsv")"
done
