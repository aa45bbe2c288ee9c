#!/bin/sh
# Determinism: a document's record must not depend on the documents
# annotated before it in the same worker.  `whosaid run -j1` (one worker
# sees every document) and `-j2` (two workers, each sees about half) must
# write the same bytes on a generated corpus in the six languages.
# Regression: tagger_score_cache_collision_across_languages - the tagger's
# per-thread score cache used a key that collided between two languages'
# models (small generation and dictionary-class values XORed), so after
# ~900 mixed documents a French "Selon Dubois" came out as one PERSON under
# -j1 and as "Dubois" under -j2.
. "$(dirname "$0")/lib.sh"

if gen_build; then
    ok
    "$tmp/gen" mixed 3 1 > "$tmp/mixed.txt"
    [ -s "$tmp/mixed.txt" ] && ok || no "gen_corpus wrote nothing"
    $BIN/whosaid run -j1 < "$tmp/mixed.txt" > "$tmp/j1" 2> /dev/null
    $BIN/whosaid run -j2 < "$tmp/mixed.txt" > "$tmp/j2" 2> /dev/null
    n=$(wc -l < "$tmp/j1")
    [ "$n" -gt 500 ] && ok || no "mixed corpus: only $n records"
    if cmp -s "$tmp/j1" "$tmp/j2"; then
        ok
    else
        no "tagger_score_cache_collision_across_languages: -j1 and -j2 differ ($(cmp "$tmp/j1" "$tmp/j2" | head -1))"
    fi
    # the workers' arenas in 4 KB pages (heap.c): the same records
    WHOSAID_HUGEPAGES=0 $BIN/whosaid run -j2 < "$tmp/mixed.txt" > "$tmp/j2s" 2> /dev/null
    if cmp -s "$tmp/j2" "$tmp/j2s"; then
        ok
    else
        no "-j2 with and without huge pages differ ($(cmp "$tmp/j2" "$tmp/j2s" | head -1))"
    fi
fi
finish
