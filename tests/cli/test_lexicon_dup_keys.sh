#!/bin/sh
# Every stance lexicon (models/<lang>/stance-cues.tsv, stance-skip.tsv,
# stance-labels.tsv) lists a phrase once: of two lines with the same
# phrase the later one wins, so the earlier line's classes are silently
# lost.  Regression:
# de_berichten_verb_shadowed_by_source_noun - "berichten" was a speech
# verb and again a source noun, and the verb line was dead.
. "$(dirname "$0")/lib.sh"

n=0
for f in models/*/stance-cues.tsv models/*/stance-skip.tsv \
    models/*/stance-labels.tsv; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    dups=$(grep -v '^#' "$f" | cut -f1 | grep -v '^$' |
        tr '[:upper:]' '[:lower:]' | sort | uniq -d | head -5 | tr '\n' ' ')
    [ -z "$dups" ] && ok || no "$f: phrases listed twice: $dups"
done
[ "$n" -ge 8 ] && ok || no "only $n stance lexicons"
finish
