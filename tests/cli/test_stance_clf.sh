#!/bin/sh
# The stance labeller's trained fallback: `whosaid eval --label-gold
# --features` prints one feature line per gold statement, and a
# stance-clf.tsv in the model directory relabels a statement the rules
# leave neutral (and only such a statement), while `--labeller rules`
# ignores it.  Invented sentences; ends with "N passed, N failed".
. "$(dirname "$0")/lib.sh"

# two statements: a plain report (rules: neutral) and a condemnation
cat > "$tmp/gold.jsonl" <<'J'
{"id":"t1","lang":"en","text":"The mayor said the bridge opens on Monday. The mayor condemned the vandalism.","statements":[{"kind":"indirect","cue":{"start":10,"end":14,"text":"said"},"content":[{"start":15,"end":41}],"stance":["neutral"]},{"kind":"reported","cue":{"start":53,"end":62,"text":"condemned"},"content":[{"start":63,"end":76}],"stance":["condemnation"]}]}
J
$W eval --label-gold "$tmp/gold.jsonl" --features > "$tmp/f" 2>/dev/null
[ "$(grep -c '^F' "$tmp/f")" = 2 ] && ok || no "--features: two lines expected"
grep '^F	t1	0	neutral	neutral	' "$tmp/f" | grep -q ' w=bridge' && ok || no "--features: content word of the first statement"
grep '^F	t1	1	condemnation	condemnation	' "$tmp/f" | grep -q ' r=condemnation' && ok || no "--features: rule label of the second statement"

# a model that calls every statement with the word "bridge" a warning
cp -r "${WHOSAID_MODELS:-models}" "$tmp/models"
printf '_threshold\t0.5\nw=bridge\t0 0 0 0 0 9 0 0\n' > "$tmp/models/en/stance-clf.tsv"
WHOSAID_MODELS=$tmp/models $W eval --label-gold "$tmp/gold.jsonl" --list > "$tmp/l" 2>/dev/null
grep -q '^ERR t1#0 gold=neutral pred=warning' "$tmp/l" && ok || no "fallback: neutral statement not relabelled: $(grep t1#0 "$tmp/l")"
grep -q '^OK t1#1 gold=condemnation pred=condemnation' "$tmp/l" && ok || no "fallback: a rule label was changed"
WHOSAID_MODELS=$tmp/models $W eval --label-gold "$tmp/gold.jsonl" --labeller rules --list > "$tmp/r" 2>/dev/null
grep -q '^OK t1#0 gold=neutral pred=neutral' "$tmp/r" && ok || no "--labeller rules used the fallback"
# a threshold of 1 or more (or none) turns it off
printf '_threshold\t2\nw=bridge\t0 0 0 0 0 9 0 0\n' > "$tmp/models/en/stance-clf.tsv"
WHOSAID_MODELS=$tmp/models $W eval --label-gold "$tmp/gold.jsonl" --list > "$tmp/l" 2>/dev/null
grep -q '^OK t1#0 gold=neutral pred=neutral' "$tmp/l" && ok || no "fallback: threshold 2 should never fire"

finish
