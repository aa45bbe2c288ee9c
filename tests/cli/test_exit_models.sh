#!/bin/sh
# The models at exit: a command leaves its models (the Hunspell
# dictionaries above all) to the operating system as it ends, still
# reachable, unless $WHOSAID_FREE_AT_EXIT=1 frees them first
# (ws_models_leave).  Both ways must write the same records with the same
# exit status, for `whosaid run` on one thread and two, and for the three
# filters in a pipe, on documents in the six languages (each language's
# dictionary and tagger loaded).  Under `make sanitize` both ways are
# also checked for bad frees, and for leaks: LeakSanitizer would change
# the exit status.
. "$(dirname "$0")/lib.sh"

if gen_build; then
    ok
    "$tmp/gen" mixed 0.2 1 > "$tmp/mixed.txt"
    for mode in leave free; do
        if [ $mode = free ]; then
            export WHOSAID_FREE_AT_EXIT=1
        else
            unset WHOSAID_FREE_AT_EXIT
        fi
        $BIN/whosaid run -j1 "$tmp/mixed.txt" > "$tmp/j1.$mode" 2> "$tmp/err"
        echo $? > "$tmp/rc1.$mode"
        $BIN/whosaid run -j2 "$tmp/mixed.txt" > "$tmp/j2.$mode" 2>> "$tmp/err"
        echo $? > "$tmp/rc2.$mode"
        $BIN/tokenize "$tmp/mixed.txt" 2>> "$tmp/err" | $BIN/ner 2>> "$tmp/err" |
            $BIN/stance > "$tmp/pipe.$mode" 2>> "$tmp/err"
        echo $? > "$tmp/rc3.$mode"
    done
    unset WHOSAID_FREE_AT_EXIT
    # the records hold the six languages
    langs=$(grep -o '"lang":"[a-z]*"' "$tmp/j1.leave" | sort -u | wc -l)
    [ "$langs" -eq 6 ] && ok || no "the corpus's records hold $langs languages of 6"
    for k in 1 2 3; do
        rc=$(cat "$tmp/rc$k.leave")
        [ "$rc" = 0 ] && ok || no "exit status $rc leaving the models (case $k)"
        [ "$rc" = "$(cat "$tmp/rc$k.free")" ] && ok ||
            no "exit status $rc leaving the models, $(cat "$tmp/rc$k.free") freeing them (case $k)"
    done
    for c in j1 j2 pipe; do
        if [ -s "$tmp/$c.leave" ] && cmp -s "$tmp/$c.leave" "$tmp/$c.free"; then
            ok
        else
            no "$c: the records differ when the models are freed at exit"
        fi
    done
    cmp -s "$tmp/j1.leave" "$tmp/j2.leave" && ok || no "-j1 and -j2 differ"
fi
finish
