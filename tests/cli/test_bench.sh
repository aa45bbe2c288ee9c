#!/bin/sh
# `make bench` (bench/bench.sh) on small corpora: it must finish, print
# every row of its table with numbers in each column, find -j1 and -j2's
# records identical, and the records of two -j1 processes, one on each
# half of a corpus, identical to -j1's on the whole (documents are
# independent of one another), with no WARNING line.  The figures
# themselves are not tested: they are the host's.
. "$(dirname "$0")/lib.sh"

BUILD=$tmp/build BIN=$BIN BENCH_MB=0.5 BENCH_SMALL_MB=0.25 BENCH_REPS=1 \
    sh bench/bench.sh > "$tmp/out" 2> "$tmp/err"
rc=$?
if [ $rc -eq 0 ]; then ok; else no "bench.sh exited $rc: $(head -3 "$tmp/err")"; fi

for label in "ceiling: read+write (copy)" "ceiling: bare ICU word+sent" \
    "tokenize (raw text)" "tokenize, ICU word breaks only" \
    "ner (tokenize JSONL)" "stance (ner JSONL)" "stance (raw text)" \
    "pipe tokenize|ner|stance" "whosaid run -j1" "whosaid run -j2" \
    "two run -j1, a half each"; do
    # a row per corpus, seven numbers after the label
    n=$(grep -F "  $label " "$tmp/out" | awk -v l="$label" '{
        rest = substr($0, index($0, l) + length(l)); k = split(rest, f, " ")
        good = (k == 7); for (i = 1; i <= k; i++) if (f[i] !~ /^[0-9.]+$/) good = 0
        if (good) c++ } END {print c + 0}')
    if [ "$n" -eq 2 ]; then ok; else no "row '$label': $n good rows of 2"; fi
done

n=$(grep -c '^  -j1 and -j2 outputs are identical$' "$tmp/out")
if [ "$n" -eq 2 ]; then ok; else no "-j1 and -j2 identical on $n corpora of 2"; fi
n=$(grep -c 'two -j1 processes on the halves: [0-9.]*x (-j2 reaches [0-9]* % of it)$' "$tmp/out")
if [ "$n" -eq 2 ]; then ok; else no "the halves' speed-up line on $n corpora of 2"; fi
if grep -q WARNING "$tmp/out"; then no "$(grep WARNING "$tmp/out" | head -3)"; else ok; fi
if grep -q '^linearity of whosaid run -j1' "$tmp/out" &&
    grep -q '8x [0-9.]*x cpu' "$tmp/out"; then
    ok
else
    no "no linearity line"
fi
finish
