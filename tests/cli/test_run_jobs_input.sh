#!/bin/sh
# `whosaid run -j N`: the workers read the input themselves (one at a
# time), so the main thread only starts and joins them.
# Regression: run_j2_reader_thread_wakeups - a reader thread of its own
# filled the ring and slept until half of it was free: on 10 MB of
# English at -j2 it slept and was woken some 900 times (a futex wait and
# a wake each, and two context switches), a third of the run's futex
# calls.  The main thread must now make no more than a few futex calls.
# The input's order must hold across files: records, the messages for an
# input that cannot be opened or is a directory, and the exit status are
# those of -j1.
. "$(dirname "$0")/lib.sh"

if ! gen_build; then
    finish
    exit
fi
"$tmp/gen" en 1 1 > "$tmp/en.txt"
head -c 200000 "$tmp/en.txt" > "$tmp/a.txt"
"$tmp/gen" mixed 1 2 | head -c 200000 > "$tmp/b.txt"

# --- several inputs, one missing, a directory and stdin, in order
for j in 1 2 3; do
    $W run -j$j "$tmp/a.txt" "$tmp/none.txt" "$tmp" "$tmp/b.txt" - \
        < "$tmp/a.txt" > "$tmp/out$j" 2> "$tmp/err$j"
    echo $? > "$tmp/st$j"
done
n=$(wc -l < "$tmp/out1")
[ "$n" -gt 100 ] && ok || no "run -j1: only $n records"
for j in 2 3; do
    cmp -s "$tmp/out1" "$tmp/out$j" && ok ||
        no "run -j$j: records differ from -j1 ($(cmp "$tmp/out1" "$tmp/out$j" | head -1))"
    cmp -s "$tmp/err1" "$tmp/err$j" && ok ||
        no "run -j$j: stderr differs from -j1: $(head -3 "$tmp/err$j")"
    cmp -s "$tmp/st1" "$tmp/st$j" && ok ||
        no "run -j$j: status $(cat "$tmp/st$j"), -j1 $(cat "$tmp/st1")"
done
grep -q 'none.txt: No such file' "$tmp/err2" && grep -q 'is a directory' "$tmp/err2" &&
    ok || no "run -j2: messages missing: $(head -3 "$tmp/err2")"
[ "$(cat "$tmp/st2")" = 66 ] && ok || no "run -j2: status $(cat "$tmp/st2"), expected 66"

# --- the main thread's futex calls (strace -f prefixes each line with
# the thread's id; the main thread's is the one of the execve)
if command -v strace > /dev/null 2>&1 &&
    strace -f -e trace=execve,futex -o "$tmp/trace" $W run -j2 "$tmp/en.txt" \
        > "$tmp/outs" 2> /dev/null; then
    $W run -j1 "$tmp/en.txt" 2> /dev/null | cmp -s - "$tmp/outs" && ok ||
        no "run -j2 under strace: records differ from -j1"
    main=$(awk '/execve\(/ {print $1; exit}' "$tmp/trace")
    calls=$(awk -v m="$main" '$1 == m && /futex\(/' "$tmp/trace" | wc -l)
    [ "$calls" -le 8 ] && ok ||
        no "run_j2_reader_thread_wakeups: the main thread made $calls futex calls on $(wc -l < "$tmp/outs") documents"
else
    skip "strace missing: the main thread's futex calls are not counted"
fi
finish
