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

# the rounds' wall times from the clock, not time(1)'s hundredths (a
# hundredth is 2 % of the ICU loop's 0.45 s on the 30 MB corpus)
n=$(awk '$1 != "round" && $2 !~ /^[0-9]+\.[0-9][0-9][0-9][0-9]$/ {c++} END {print c + 0}' \
    "$tmp/build/bench/rounds.txt")
if [ "$n" -eq 0 ] && [ -s "$tmp/build/bench/rounds.txt" ]; then ok; else
    no "$n wall times in the rounds not to 0.1 ms"; fi

n=$(grep -c '^  -j1 and -j2 outputs are identical$' "$tmp/out")
if [ "$n" -eq 2 ]; then ok; else no "-j1 and -j2 identical on $n corpora of 2"; fi
# the rounds' ratios (one round with BENCH_REPS=1: its range is itself)
n=$(grep -c '^  in 1 round of the ICU loop, -j1, -j2 and the halves, one after the other (medians; range):$' "$tmp/out")
if [ "$n" -eq 2 ]; then ok; else no "the rounds' heading on $n corpora of 2"; fi
n=$(grep -c '^    run -j1 at \([0-9.]*\) of the ICU loop (\1-\1); -j2 speed-up over -j1: \([0-9.]*\)x wall (\2-\2x; -j2 kept [0-9.]* cores busy)$' "$tmp/out")
if [ "$n" -eq 2 ]; then ok; else no "the rounds' -j1 and -j2 line on $n corpora of 2"; fi
n=$(grep -c '^    two -j1 processes on the halves: \([0-9.]*\)x (\1-\1x); -j2 reaches \([0-9]*\) % of it (\2-\2 %)$' "$tmp/out")
if [ "$n" -eq 2 ]; then ok; else no "the rounds' halves line on $n corpora of 2"; fi
if grep -q WARNING "$tmp/out"; then no "$(grep WARNING "$tmp/out" | head -3)"; else ok; fi
if grep -q '^linearity of whosaid run -j1' "$tmp/out" &&
    grep -q '8x [0-9.]*x cpu' "$tmp/out"; then
    ok
else
    no "no linearity line"
fi

# rounds.awk's medians and ranges, from three rounds made up: ICU 0.5 s;
# -j1 4, 5, 4.5 s; -j2 2, 2.5, 2.6 s (cpu 4, 5, 5.2 s); the halves 2, 2.4,
# 2.5 s.  Ratios per round: x ICU .125 .100 .111; -j2 2.00 2.00 1.73;
# halves 2.00 2.08 1.80; share 100 96 96 %; cores 2.00 2.00 2.00
printf '%s\n' "icu 0.5 0.5 5" "j1 4 4 30" "j2 2 4 40" "halves 2 4 30" round \
    "icu 0.5 0.5 5" "j1 5 5 30" "j2 2.5 5 40" "halves 2.4 4.8 30" round \
    "icu 0.5 0.5 5" "j1 4.5 4.5 30" "j2 2.6 5.2 40" "halves 2.5 5 30" round \
    > "$tmp/rounds.txt"
awk -f bench/rounds.awk "$tmp/rounds.txt" > "$tmp/r3"
cat > "$tmp/r3want" <<'EOF'
  in 3 rounds of the ICU loop, -j1, -j2 and the halves, one after the other (medians; range):
    run -j1 at 0.111 of the ICU loop (0.100-0.125); -j2 speed-up over -j1: 2.00x wall (1.73-2.00x; -j2 kept 2.00 cores busy)
    two -j1 processes on the halves: 2.00x (1.80-2.08x); -j2 reaches 96 % of it (96-100 %)
EOF
if cmp -s "$tmp/r3" "$tmp/r3want"; then ok; else no "rounds.awk on three rounds: $(cat "$tmp/r3")"; fi
# an even count: the mean of the two middle rounds (-j1 at .100 and .125)
head -n 10 "$tmp/rounds.txt" > "$tmp/rounds2.txt"
if awk -f bench/rounds.awk "$tmp/rounds2.txt" |
    grep -q '^    run -j1 at 0.113 of the ICU loop (0.100-0.125); -j2 speed-up over -j1: 2.00x wall (2.00-2.00x;'; then
    ok
else
    no "rounds.awk on two rounds: $(awk -f bench/rounds.awk "$tmp/rounds2.txt")"
fi

finish
