#!/bin/sh
# WHOSAID_HUNSPELL_PER_WORKER=1 gives each worker of `whosaid run -j N`
# its own Hunspell handle instead of one shared handle behind a lock
# (pipeline/models.c, worker_hun): the records must be the bytes the
# shared handle gives, at -j1 and with several workers asking at once, on
# corpora/ and on a generated six-language corpus (every dictionary).
. "$(dirname "$0")/lib.sh"

same() { # name file
    $W run -j1 "$2" > "$tmp/shared" 2> /dev/null
    for j in 1 2; do
        WHOSAID_HUNSPELL_PER_WORKER=1 $W run -j$j "$2" > "$tmp/own$j" 2> /dev/null
        if [ -s "$tmp/shared" ] && cmp -s "$tmp/shared" "$tmp/own$j"; then
            ok
        else
            no "$1, -j$j: records differ with a handle per worker ($(cmp "$tmp/shared" "$tmp/own$j" 2>&1 | head -1))"
        fi
    done
}

cat corpora/*.txt > "$tmp/corpora.txt"
same corpora "$tmp/corpora.txt"

if gen_build; then
    "$tmp/gen" mixed 1 11 | head -c 400000 > "$tmp/mixed.txt"
    same "generated mixed corpus" "$tmp/mixed.txt"
fi
finish
