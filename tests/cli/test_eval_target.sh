#!/bin/sh
# `whosaid eval` scores the stance target: over matched statements whose
# gold has a target, the share whose predicted target shares at least
# half the tokens of the longer phrase (target_acc), printed on the
# scoreboard, in the scores line and in --json, and gated by --min.
# Invented documents; ends with "N passed, N failed".
. "$(dirname "$0")/lib.sh"

T='The mayor condemned the flooding of the old harbour. The council urged calm.'
cat > "$tmp/gold.jsonl" <<J
{"id":"d1","text":"$T","statements":[{"kind":"reported","cue":{"start":10,"end":19},"content":[{"start":20,"end":51}],"speaker":{"start":0,"end":9},"speaker_name":"mayor","stance":["condemnation"],"target":"the flooding of the old harbour"},{"kind":"reported","cue":{"start":65,"end":70},"content":[{"start":71,"end":75}],"speaker":{"start":53,"end":64},"speaker_name":"council","stance":["demand"],"target":"calm"}]}
J
# first target: 4 of 6 tokens shared (agrees); second: another word
cat > "$tmp/rec.jsonl" <<J
{"id":"d1","text":"$T","statements":[{"kind":"reported","cue":{"start":10,"end":19},"content":[{"start":20,"end":51}],"speaker":{"start":0,"end":9},"speaker_name":"mayor","stance":["condemnation"],"target":"flooding of the harbour"},{"kind":"reported","cue":{"start":65,"end":70},"content":[{"start":71,"end":75}],"speaker":{"start":53,"end":64},"speaker_name":"council","stance":["demand"],"target":"the council"}]}
J
$W eval "$tmp/gold.jsonl" "$tmp/rec.jsonl" > "$tmp/out" 2>&1
grep -q '^target (matched, gold with a target) agreement@0.5  50.0 (1/2)' "$tmp/out" && ok || no "scoreboard line: $(grep '^target' "$tmp/out")"
grep -q '^scores:.* target_acc 50.0' "$tmp/out" && ok || no "scores line: $(grep '^scores' "$tmp/out")"
$W eval --json "$tmp/gold.jsonl" "$tmp/rec.jsonl" > "$tmp/json" 2>&1
grep -q '"target_acc":50.00' "$tmp/json" && ok || no "json: $(cat "$tmp/json")"
$W eval --min target_acc=60 "$tmp/gold.jsonl" "$tmp/rec.jsonl" > /dev/null 2>&1
[ $? = 1 ] && ok || no "gate target_acc=60 should miss"
$W eval --min target_acc=50 "$tmp/gold.jsonl" "$tmp/rec.jsonl" > /dev/null 2>&1
[ $? = 0 ] && ok || no "gate target_acc=50 should pass"

finish
