#!/bin/sh
# The Hunspell dictionaries' records come from a pool per dictionary
# while it loads (pipeline/hunspell_guard.cc), not from malloc one by
# one; $WHOSAID_HUNSPELL_POOL=0 loads them as before.  The records must
# be the same bytes either way, for `whosaid run` on one thread and two
# (two dictionaries loading at once), with a handle per worker (a pool
# each), and with the models freed at exit (the pools given back), on a
# corpus of the six languages (every dictionary).
. "$(dirname "$0")/lib.sh"

if gen_build; then
    "$tmp/gen" mixed 1 7 | head -c 400000 > "$tmp/mixed.txt"
    WHOSAID_HUNSPELL_POOL=0 $W run -j1 "$tmp/mixed.txt" > "$tmp/own" 2> /dev/null
    [ -s "$tmp/own" ] && ok || no "no records without the pool"
    for j in 1 2; do
        $W run -j$j "$tmp/mixed.txt" > "$tmp/pool$j" 2> /dev/null
        cmp -s "$tmp/own" "$tmp/pool$j" && ok ||
            no "-j$j: records differ with the pool ($(cmp "$tmp/own" "$tmp/pool$j" 2>&1 | head -1))"
    done
    WHOSAID_HUNSPELL_PER_WORKER=1 $W run -j2 "$tmp/mixed.txt" > "$tmp/own2" 2> /dev/null
    cmp -s "$tmp/own" "$tmp/own2" && ok ||
        no "-j2, a handle per worker: records differ with the pools"
    WHOSAID_FREE_AT_EXIT=1 $W run -j2 "$tmp/mixed.txt" > "$tmp/free2" 2> /dev/null
    rc=$?
    [ $rc = 0 ] && cmp -s "$tmp/own" "$tmp/free2" && ok ||
        no "-j2, the models freed at exit: exit $rc or records differ"
fi
finish
