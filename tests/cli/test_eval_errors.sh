#!/bin/sh
# `whosaid eval --errors GOLD < RECORDS` lists every statement error as a
# TSV line (id, miss|extra|speaker|kind, gold kind, predicted kind, cue,
# gold speaker, predicted speaker, content) before the scoreboard; without
# --errors nothing is listed.  Invented records; ends with "N passed,
# N failed".
. "$(dirname "$0")/lib.sh"

T='Anna Bell said the bridge opens soon. Tom Cole said the road is closed. Rain fell.'
# gold: three statements; the records: one right, one with the wrong
# speaker and kind, one missed, and one extra
cat > "$tmp/gold.jsonl" <<J
{"id":"d1","text":"$T","statements":[{"kind":"indirect","cue":{"start":10,"end":14},"content":[{"start":15,"end":36}],"speaker":{"start":0,"end":9},"speaker_name":"Anna Bell"},{"kind":"indirect","cue":{"start":47,"end":51},"content":[{"start":52,"end":70}],"speaker":{"start":38,"end":46},"speaker_name":"Tom Cole"},{"kind":"reported","cue":{"start":77,"end":81},"content":[{"start":72,"end":76}],"speaker_name":"Weather"}]}
J
cat > "$tmp/rec.jsonl" <<J
{"id":"d1","text":"$T","statements":[{"kind":"indirect","cue":{"start":10,"end":14},"content":[{"start":15,"end":36}],"speaker":{"start":0,"end":9},"speaker_name":"Anna Bell"},{"kind":"direct","cue":{"start":47,"end":51},"content":[{"start":52,"end":70}],"speaker_name":"Anna Bell"},{"kind":"reported","cue":{"start":5,"end":9},"content":[{"start":0,"end":4}],"speaker_name":"Someone"}]}
J
$W eval --errors "$tmp/gold.jsonl" < "$tmp/rec.jsonl" > "$tmp/out" 2>/dev/null
grep -q '^d1	miss	reported	-	fell	Weather	-	Rain$' "$tmp/out" && ok || no "miss line: $(grep miss "$tmp/out")"
grep -q '^d1	extra	-	reported	Bell	-	Someone	Anna$' "$tmp/out" && ok || no "extra line: $(grep extra "$tmp/out")"
grep -q '^d1	speaker	indirect	direct	said	Tom Cole	Anna Bell	the road is closed$' "$tmp/out" && ok || no "speaker line: $(grep speaker "$tmp/out")"
[ "$(grep -c '^d1	' "$tmp/out")" = 3 ] && ok || no "three error lines expected: $(cat "$tmp/out")"
grep -q 'statements @0.5' "$tmp/out" && ok || no "no scoreboard after the errors"
$W eval "$tmp/gold.jsonl" < "$tmp/rec.jsonl" > "$tmp/plain" 2>/dev/null
grep -q '^d1	' "$tmp/plain" && no "errors listed without --errors" || ok

finish
