#!/bin/sh
# Corpus store and exports: init, add (dedup), run -j2 killed with -9 and
# rerun (exactly once), nightly semantics (nothing new, stale after a
# model change), exports read back with Python's csv module, CoNLL-U, the
# HTML view in headless Chromium, parallel --pipe == serial pipe, SQL
# safety.  Ends with "N passed, N failed".  Chromium, GNU parallel and the
# sqlite3 shell are optional: their checks are skipped with a notice.
. "$(dirname "$0")/lib.sh"
CC=${CC:-cc}
trap 'kill -9 $runpid 2>/dev/null; rm -rf "$tmp"' EXIT
runpid=
have() { command -v "$1" > /dev/null 2>&1; }
sql() { sqlite3 -batch -noheader "$1" "$2"; }

$CC -std=c17 -O2 -o "$tmp/gen" corpora/gen.c || { no "gen.c does not build"; echo "$pass passed, $fail failed"; exit 1; }
# enough documents that the run is still going when the kill lands, even
# on an idle machine (400 finished within one poll)
NDOCS=${CORPUS_TEST_DOCS:-2000}
# a snapshot of the models: edits to models/ during the test must not
# change the versions between two runs
cp -r "${WHOSAID_MODELS:-models}" "$tmp/models0"
WHOSAID_MODELS=$tmp/models0
export WHOSAID_MODELS
"$tmp/gen" -n "$NDOCS" > "$tmp/gen.jsonl"

# --- init: WAL, schema version, idempotent
DB=$tmp/c.db
$W corpus init "$DB" > "$tmp/out" 2>&1 && grep -q 'schema 2' "$tmp/out" && ok || no "init: $(cat "$tmp/out")"
$W corpus init "$DB" > /dev/null 2>&1 && ok || no "init twice"
if have sqlite3; then
    [ "$(sql "$DB" 'PRAGMA user_version')" = 2 ] && ok || no "user_version"
    [ "$(sql "$DB" 'PRAGMA journal_mode')" = wal ] && ok || no "journal_mode not wal"
    [ "$(sql "$DB" "SELECT value FROM meta WHERE key='schema_version'")" = 2 ] && ok || no "meta.schema_version"
else
    skip "sqlite3 shell absent: schema pragmas not checked"
fi
printf 'not a database, just text\n' > "$tmp/junk.db"
$W corpus status "$tmp/junk.db" > /dev/null 2> "$tmp/err"; st=$?
[ "$st" -ne 0 ] && grep -q 'not a database' "$tmp/err" && ok || no "junk file: exit $st $(cat "$tmp/err")"
$W corpus run "$tmp/missing.db" > /dev/null 2> "$tmp/err"; st=$?
[ "$st" -eq 66 ] && grep -q 'corpus init' "$tmp/err" && ok || no "missing store: exit $st $(cat "$tmp/err")"

# --- add: files, a directory, stdin; dedup by content
NART=$(ls corpora/*.txt | wc -l | tr -d ' ')
$W corpus add "$DB" corpora/*.txt 2> "$tmp/err" && grep -q "$NART added" "$tmp/err" && ok || no "add articles: $(cat "$tmp/err")"
$W corpus add "$DB" - < "$tmp/gen.jsonl" 2> "$tmp/err" && grep -q "$NDOCS added" "$tmp/err" && ok || no "add stdin: $(cat "$tmp/err")"
mkdir -p "$tmp/dir/sub" && cp corpora/001_en_baltic_cable.txt "$tmp/dir/sub/" && head -3 "$tmp/gen.jsonl" > "$tmp/dir/a.jsonl"
$W corpus add "$DB" "$tmp/dir" 2> "$tmp/err" && grep -q '0 added, 0 updated, 4 duplicates' "$tmp/err" && ok || no "add dir dedup: $(cat "$tmp/err")"
TOTAL=$((NDOCS + NART))
printf '{"id":"x1","text":"Fine text here."}\n{"id":"x2","text":\n{"id":"x3","text":"  "}\n' > "$tmp/bad.jsonl"
$W corpus add "$DB" "$tmp/bad.jsonl" 2> "$tmp/err"; st=$?
[ "$st" -eq 65 ] && grep -q 'bad.jsonl:2: .*not added' "$tmp/err" && grep -q '1 added' "$tmp/err" && ok || no "add bad records: exit $st $(cat "$tmp/err")"
TOTAL=$((TOTAL + 1))
# same id, new text: updated
printf '{"id":"x1","text":"Fine text here, corrected."}\n' | $W corpus add "$DB" - 2> "$tmp/err" && grep -q '1 updated' "$tmp/err" && ok || no "add update: $(cat "$tmp/err")"
$W corpus add "$DB" "$tmp/nope.txt" 2> "$tmp/err"; st=$?
[ "$st" -eq 66 ] && ok || no "add missing file: exit $st"

# --- run -j2, killed with -9 mid-run, then run again: exactly once
$W corpus run -j2 --batch 20 "$DB" 2> "$tmp/run1.err" &
runpid=$!
i=0
while [ $i -lt 1200 ]; do  # up to 60 s: a slow (sanitizer) build loads models slowly
    sleep 0.05
    i=$((i + 1))
    if have sqlite3; then
        n=$(sql "$DB" 'SELECT count(*) FROM annotations' 2>/dev/null)
        [ "${n:-0}" -ge 100 ] && break
    elif [ $i -ge 15 ]; then
        break
    fi
done
kill -9 $runpid 2>/dev/null && killed=1 || killed=0
wait $runpid 2>/dev/null
runpid=
if have sqlite3; then
    part=$(sql "$DB" 'SELECT count(*) FROM annotations')
    echo "kill -9 after $part of $TOTAL documents annotated (killed=$killed)"
    [ "$killed" -eq 1 ] && [ "$part" -gt 0 ] && [ "$part" -lt "$TOTAL" ] && ok || no "kill -9 did not land mid-run ($part/$TOTAL, killed=$killed)"
fi
$W corpus run -j2 "$DB" 2> "$tmp/run2.err"; st=$?
[ "$st" -eq 0 ] || [ "$st" -eq 65 ] && ok || no "rerun: exit $st $(cat "$tmp/run2.err")"
$W corpus status "$DB" > "$tmp/status" 2>&1
grep -q "$TOTAL annotated (current), 0 stale, 0 never" "$tmp/status" && ok || no "status after rerun: $(head -5 "$tmp/status")"
[ "$killed" -eq 0 ] || grep -q 'interrupted' "$tmp/status" && ok || no "status: killed run not marked interrupted"
$W corpus verify "$DB" > "$tmp/verify" 2>&1 && grep -q ': ok$' "$tmp/verify" && ok || no "verify: $(cat "$tmp/verify")"
if have sqlite3; then
    [ "$(sql "$DB" 'SELECT count(*) FROM annotations')" -eq "$TOTAL" ] && ok || no "annotations != documents"
    [ "$(sql "$DB" 'SELECT count(*) FROM statements')" -eq "$(sql "$DB" 'SELECT sum(nstmt) FROM annotations')" ] && ok || no "statement rows != counts"
    [ "$(sql "$DB" 'SELECT count(*) FROM (SELECT doc, i FROM statements GROUP BY doc, i HAVING count(*) > 1)')" -eq 0 ] && ok || no "duplicate statement rows"
fi
# the same documents annotated in one uninterrupted run give the same rows
REF=$tmp/ref.db
$W corpus add "$REF" corpora/*.txt 2> /dev/null
$W corpus add "$REF" - < "$tmp/gen.jsonl" 2> /dev/null
$W corpus add "$REF" "$tmp/bad.jsonl" 2> /dev/null
printf '{"id":"x1","text":"Fine text here, corrected."}\n' | $W corpus add "$REF" - 2> /dev/null
$W corpus run -j2 "$REF" 2> /dev/null
$W export statements "$DB" > "$tmp/s1.csv" && $W export statements "$REF" > "$tmp/s2.csv" && cmp -s "$tmp/s1.csv" "$tmp/s2.csv" && ok || no "killed+rerun statements differ from an uninterrupted run"
$W export entities "$DB" > "$tmp/e1.csv" && $W export entities "$REF" > "$tmp/e2.csv" && cmp -s "$tmp/e1.csv" "$tmp/e2.csv" && ok || no "killed+rerun entities differ"

# --- nightly: nothing new returns at once, without annotation work
t0=$(date +%s%N)
$W corpus run -j2 "$DB" 2> "$tmp/err"
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
echo "second run with nothing new: $ms ms"
grep -q 'nothing to do' "$tmp/err" && [ "$ms" -lt 2000 ] && ok || no "nothing-new run: $ms ms, $(cat "$tmp/err")"
# 1 % new documents: only they are annotated
"$tmp/gen" -n 15 --start "$NDOCS" | $W corpus add "$DB" - 2> /dev/null
$W corpus run -j2 "$DB" 2> "$tmp/err" && grep -q ' 15 documents annotated (15 new, 0 stale)' "$tmp/err" && ok || no "incremental run: $(cat "$tmp/err")"

# --- stale: a changed lexicon re-annotates, old rows replaced atomically
SDB=$tmp/stale.db
$W corpus add "$SDB" corpora/*.txt 2> /dev/null && $W corpus run "$SDB" 2> /dev/null
before=$($W export statements "$SDB" | wc -l)
cp -r "$tmp/models0" "$tmp/models"
lex=$(ls "$tmp"/models/en/*.tsv | head -1)
printf '\n# a reviewed change\n' >> "$lex"
$W corpus run --models "$tmp/models" "$SDB" 2> "$tmp/err" && grep -q " $NART documents annotated (0 new, $NART stale)" "$tmp/err" && ok || no "stale run: $(cat "$tmp/err")"
after=$($W export statements "$SDB" | wc -l)
[ "$before" -eq "$after" ] && ok || no "stale rerun changed the row count: $before -> $after"
$W corpus verify "$SDB" > /dev/null 2>&1 && ok || no "verify after stale rerun"
$W corpus run --models "$tmp/models" "$SDB" 2> "$tmp/err" && grep -q 'nothing to do' "$tmp/err" && ok || no "stale rerun twice: $(cat "$tmp/err")"
$W corpus run --models /nonexistent "$SDB" 2> "$tmp/err"; st=$?
[ "$st" -eq 66 ] && ok || no "run without models: exit $st"

# --- exports: CSV read back with Python's csv module
for k in statements entities speakers documents; do
    $W export $k "$DB" > "$tmp/$k.csv" 2> "$tmp/err" && ok || no "export $k: $(cat "$tmp/err")"
    $W export $k "$DB" --format jsonl > "$tmp/$k.jsonl" 2> "$tmp/err" && ok || no "export $k jsonl"
done
python3 - "$tmp" "$TOTAL" "$NDOCS" <<'EOF' && ok || no "CSV/JSONL read-back"
import csv, json, sys
tmp, total, ndocs = sys.argv[1], int(sys.argv[2]) + 15, int(sys.argv[3])
def rows(k):
    with open(f"{tmp}/{k}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))
def lines(k):
    return [json.loads(l) for l in open(f"{tmp}/{k}.jsonl", encoding="utf-8")]
docs, stmts, ents, spk = rows("documents"), rows("statements"), rows("entities"), rows("speakers")
assert len(docs) == total, (len(docs), total)
assert len(docs) == len(lines("documents"))
assert len(stmts) == len(lines("statements")) and len(stmts) > ndocs, len(stmts)
assert len(ents) == len(lines("entities")) and len(ents) > ndocs
assert sum(int(d["statements"]) for d in docs) == len(stmts)
assert sum(int(d["entities"]) for d in docs) == len(ents)
assert sum(int(s["statements"]) for s in spk) == sum(1 for s in stmts if s["speaker_name"])
text = {d["doc_id"]: d["text"] for d in docs}
labels = {"condemnation","concern","accusation","denial","demand","warning","support","neutral"}
n = 0
for s in stmts:
    t = text[s["doc_id"]]
    if s["content_start"] and " … " not in s["content"]:
        assert t[int(s["content_start"]):int(s["content_end"])] == s["content"], s
        n += 1
    if s["cue_start"]:
        assert t[int(s["cue_start"]):int(s["cue_end"])] == s["cue"]
    assert s["stance"] and set(s["stance"].split(";")) <= labels, s["stance"]
assert n > ndocs
for e in ents:
    assert text[e["doc_id"]][int(e["start"]):int(e["end"])] == e["text"]
# a known document's values: the generator's first article
g = [d for d in docs if d["doc_id"] == "gen-0000000"][0]
assert g["lang"] == "en" and g["date"] == "2019-10-23" and g["outlet"] == "Meridian News", g
# the fields with commas, quotes and line breaks came back intact
assert any('"' in d["text"] and "\n" in d["text"] for d in docs)
assert any("," in d["title"] for d in docs)
js = lines("statements")[0]
assert isinstance(js["stance"], list) and js["doc_id"] == stmts[0]["doc_id"]
EOF
# CRLF records, header row (RFC 4180)
python3 -c "
d=open('$tmp/statements.csv','rb').read()
assert d.startswith(b'doc_id,date,outlet,lang,title,statement,kind,speaker,speaker_name,speaker_role,speaker_org,stance,')
assert d.split(b'\\n')[0].endswith(b'\\r')" && ok || no "CSV header"
# filters
$W export statements "$DB" --lang de --format jsonl > "$tmp/f.jsonl"
[ -s "$tmp/f.jsonl" ] && python3 -c "
import json,sys
r=[json.loads(l) for l in open('$tmp/f.jsonl')]
assert r and all(x['lang']=='de' for x in r)" && ok || no "--lang filter"
$W export statements "$DB" --stance denial --since 2021-01-01 --until 2022-12-31 > "$tmp/f.csv"
python3 -c "
import csv
r=list(csv.DictReader(open('$tmp/f.csv',newline='')))
assert r and all('denial' in x['stance'].split(';') and '2021-01-01'<=x['date']<='2022-12-31' for x in r)" && ok || no "--stance/--since/--until filter"
$W export speakers "$DB" --source Northwire --limit 3 > "$tmp/f.csv"
[ "$(python3 -c "import csv;print(len(list(csv.DictReader(open('$tmp/f.csv',newline='')))))")" -eq 3 ] && ok || no "--source --limit"
$W export statements "$DB" --stance bogus > /dev/null 2>&1; [ $? -eq 64 ] && ok || no "bad --stance not a usage error"
$W export statements "$DB" > /dev/full 2> "$tmp/err"; [ $? -eq 74 ] && ok || no "export to /dev/full"

# --- CoNLL-U
$W export tokens "$DB" --limit 20 > "$tmp/t.conllu" 2> "$tmp/err" && python3 - "$tmp/t.conllu" <<'EOF' && ok || no "CoNLL-U: $(cat "$tmp/err")"
import sys
docs = toks = 0
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("# newdoc"):
        docs += 1
    elif line and not line.startswith("#"):
        cols = line.split("\t")
        assert len(cols) == 10 and cols[0].isdigit() and cols[1], cols
        toks += 1
assert docs == 20 and toks > 1000, (docs, toks)
EOF
grep -q 'NE=B-PERSON' "$tmp/t.conllu" && ok || no "CoNLL-U without NE tags"

# --- HTML view
$W export html "$DB" -o "$tmp/html" --limit 12 2> "$tmp/err" && [ -f "$tmp/html/index.html" ] && [ "$(ls "$tmp/html" | wc -l)" -eq 13 ] && ok || no "export html: $(cat "$tmp/err")"
page=$tmp/html/d000001.html
grep -q 'class="ent ent-PERSON"' "$page" && grep -q 'class="st st-' "$page" && grep -q 'data-tip="Speaker: ' "$page" && ok || no "html spans"
if grep -Eq '(src|href)="(https?:)?//' "$tmp"/html/*.html; then no "html refers to the network"; else ok; fi
python3 - "$tmp/html" <<'EOF' && ok || no "html not well nested"
import sys, glob
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(s): super().__init__(); s.stack = []; s.bad = 0
    def handle_starttag(s, t, a):
        if t not in ("meta", "br", "link", "img"): s.stack.append(t)
    def handle_endtag(s, t):
        if not s.stack or s.stack.pop() != t: s.bad += 1
for f in glob.glob(sys.argv[1] + "/*.html"):
    p = P(); p.feed(open(f, encoding="utf-8").read())
    assert p.bad == 0 and p.stack == [], (f, p.bad, p.stack)
EOF
CHROME=
for c in chromium chromium-browser google-chrome; do have $c && CHROME=$c && break; done
if [ -n "$CHROME" ]; then
    prof=$(mktemp -d "$tmp/prof.XXXXXX")
    flags="--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$prof --hide-scrollbars"
    timeout 60 $CHROME $flags --window-size=1280,1200 --screenshot="$tmp/shot.png" "file://$page" > "$tmp/chrome.log" 2>&1
    python3 - "$tmp/shot.png" <<'EOF' && ok || no "screenshot blank or missing: $(tail -3 "$tmp/chrome.log")"
import sys, zlib, struct
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
w, h = struct.unpack(">II", data[16:24])
idat = b""; i = 8
while i < len(data):
    n, = struct.unpack(">I", data[i:i+4]); t = data[i+4:i+8]
    if t == b"IDAT": idat += data[i+8:i+8+n]
    i += 12 + n
raw = zlib.decompress(idat)
colours = len(set(raw[k:k+3] for k in range(0, len(raw) - 3, 997)))
print(f"screenshot {w}x{h}, {len(data)} bytes, ~{colours} distinct sampled colours")
assert w >= 800 and h >= 600 and colours > 20, colours
EOF
    timeout 60 $CHROME $flags --dump-dom "file://$page" > "$tmp/dom.html" 2>> "$tmp/chrome.log"
    python3 - "$tmp/dom.html" <<'EOF' && ok || no "rendered DOM lacks the spans"
import sys, re
dom = open(sys.argv[1], encoding="utf-8").read()
ents = len(re.findall(r'<span class="ent ent-[A-Z]+"', dom))
sts = len(re.findall(r'<span class="st st-[a-z]+"', dom))
print(f"DOM: {ents} entity spans, {sts} statement spans")
assert ents >= 5 and sts >= 3
EOF
else
    skip "chromium absent: HTML screenshot test skipped (apt-get install chromium)"
fi

# --- beyond one machine: parallel --pipe over the filters == serial pipe
"$tmp/gen" -n 120 --start 5000 > "$tmp/p.jsonl"
if have parallel; then
    $BIN/tokenize < "$tmp/p.jsonl" | $BIN/ner | $BIN/stance > "$tmp/serial.jsonl"
    parallel --will-cite --pipe --keep-order -N 20 -j 2 "$BIN/tokenize | $BIN/ner | $BIN/stance" < "$tmp/p.jsonl" > "$tmp/par.jsonl"
    mask() { sed -E 's/"versions":\{[^}]*\}/"versions":{}/' "$1"; }
    if [ -s "$tmp/serial.jsonl" ] && cmp -s "$tmp/serial.jsonl" "$tmp/par.jsonl"; then
        ok
    elif [ -s "$tmp/serial.jsonl" ] && [ "$(mask "$tmp/serial.jsonl" | cksum)" = "$(mask "$tmp/par.jsonl" | cksum)" ]; then
        echo "NOTICE: parallel output differs from the serial pipe only in \"versions\": models/ changed between the two runs"
        ok
    else
        no "parallel --pipe output differs from the serial pipe"
    fi
    # and the shards go into a store with their annotations
    PDB=$tmp/p.db
    $W corpus add "$PDB" "$tmp/par.jsonl" 2> "$tmp/err" && grep -q '120 with annotations imported' "$tmp/err" && ok || no "add annotated shards: $(cat "$tmp/err")"
    $W corpus run "$PDB" 2> "$tmp/err" && grep -q 'nothing to do' "$tmp/err" && ok || no "imported shards re-annotated: $(cat "$tmp/err")"
else
    skip "GNU parallel absent: parallel --pipe test skipped (apt-get install parallel)"
fi

# --- SQL safety: constant SQL, no extensions, no ATTACH, untrusted schema
if grep -n 'sqlite3_mprintf\|sqlite3_snprintf\|sqlite3_vmprintf' pipeline/store.c; then no "store.c formats SQL"; else ok; fi
if grep -n '"[^"]*\(SELECT\|INSERT\|UPDATE\|DELETE\|PRAGMA\)[^"]*%[sdq]' pipeline/store.c stages/corpus_cmd.c stages/export_cmd.c; then no "SQL text with a printf conversion"; else ok; fi
[ "$(grep -l '#include <sqlite3.h>' pipeline/*.c pipeline/*.h stages/*.c | tr '\n' ' ')" = "pipeline/store.c " ] && ok || no "sqlite3.h outside store.c"
if have sqlite3; then
    HDB=$tmp/hostile.db
    cp "$SDB" "$HDB"
    sql "$HDB" "CREATE TRIGGER evil AFTER INSERT ON documents BEGIN SELECT load_extension('$tmp/evil.so'); END;" 2>/dev/null
    printf '{"id":"h1","text":"A new text."}\n' | $W corpus add "$HDB" - > /dev/null 2> "$tmp/err"; st=$?
    [ "$st" -ne 0 ] && grep -qi 'unsafe\|not authorized\|load_extension' "$tmp/err" && ok || no "trigger calling load_extension ran: exit $st $(cat "$tmp/err")"
    $W corpus verify "$HDB" > "$tmp/out" 2>&1; st=$?
    [ "$st" -eq 65 ] && grep -q 'triggers' "$tmp/out" && ok || no "verify misses a foreign trigger: $(cat "$tmp/out")"
else
    skip "sqlite3 shell absent: hostile-database test skipped"
fi

finish
