#!/bin/sh
# bench/bench.sh - what `make bench` runs: throughput of the stages against
# their ceilings, on generated corpora, printed as one table.
#
# Environment (all optional):
#   BIN, BUILD        where the commands are / where to build the helpers
#   BENCH_MB          size of the main corpora in MB (default 30)
#   BENCH_SMALL_MB    base size of the 1x,2x,4x,8x series (default 2)
#   BENCH_SEED        corpus seed (default 1)
#   BENCH_REPS        repetitions of each timing, the fastest is kept (default
#                     3: the host's speed drifts by tens of per cent between
#                     runs minutes apart, the ICU ceiling's too); also the
#                     number of rounds the targets' ratios come from (below)
#   BENCH_CALLGRIND=1 add callgrind instruction counts per MB (slow)
#   BENCH_WINK=1      run wink-nlp (npm) side by side when node is present
#   BENCH_KEEP=1      keep the stage outputs in $BUILD/bench
# The figures: MB = 10^6 bytes of article text (the generated corpus), so
# every stage is measured on the same documents whatever its input format;
# "wall" MB/s is what a user waits for, "cpu" MB/s divides by user+system
# time (steadier on a shared machine); x ICU is the wall MB/s over the bare
# ICU loop's.
set -u
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
MB=${BENCH_MB:-30}
SMALL=${BENCH_SMALL_MB:-2}
SEED=${BENCH_SEED:-1}
REPS=${BENCH_REPS:-3}
W=$BUILD/bench
TIME=/usr/bin/time
mkdir -p "$W" || exit 1
export LC_ALL=C

if [ ! -x "$TIME" ]; then
    echo "bench: /usr/bin/time is missing (Debian package 'time')" >&2
    exit 1
fi
for b in tokenize ner stance whosaid; do
    [ -x "$BIN/$b" ] || { echo "bench: $BIN/$b is missing (make)" >&2; exit 1; }
done

CC=${CC:-cc}
ICU_FLAGS=$(pkg-config --cflags --libs icu-uc 2>/dev/null || echo "-licuuc")
for t in gen_corpus icu_loop; do
    if [ ! -x "$W/$t" ] || [ "bench/$t.c" -nt "$W/$t" ]; then
        case $t in
        gen_corpus) $CC -O2 -std=c17 -o "$W/$t" "bench/$t.c" -lm || exit 1 ;;
        icu_loop) $CC -O2 -std=c17 -o "$W/$t" "bench/$t.c" $ICU_FLAGS || exit 1 ;;
        esac
    fi
done

# ---- corpora ----
corpus() { # name lang MB
    f=$W/$1.txt
    if [ ! -s "$f" ] || [ "$W/gen_corpus" -nt "$f" ] ||
       [ "$(cat "$f.spec" 2>/dev/null)" != "$2 $3 $SEED" ]; then
        "$W/gen_corpus" "$2" "$3" "$SEED" > "$f" || exit 1
        echo "$2 $3 $SEED" > "$f.spec"
    fi
}
corpus en en "$MB"
corpus mixed mixed "$MB"
corpus small en "$SMALL"
for k in 2 4 8; do
    f=$W/small$k.txt
    if [ ! -s "$f" ] || [ "$W/small.txt" -nt "$f" ]; then
        i=0; : > "$f"
        while [ $i -lt $k ]; do cat "$W/small.txt" >> "$f"; i=$((i + 1)); done
    fi
done

# cut_at_doc BYTES FILE FIRST SECOND: FILE's lines up to the first
# document that starts at or after BYTES into FIRST, the rest into SECOND
# (made, empty, even when there is no rest)
cut_at_doc() {
    : > "$4"
    awk -v h="$1" -v a="$3" -v b="$4" '
        !cut && n >= h && /^[ \t]*date [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/ {cut = 1}
        {n += length($0) + 1; print > (cut ? b : a)}' "$2"
}

# ---- timing ----
# once OUT CMD...: runs CMD once (stdout to OUT); sets T_W T_C T_M (wall s,
# user+system s, peak RSS in MB of the largest process).  The wall time
# is read from the clock in nanoseconds around time(1), whose own %e has
# hundredths: on the ICU loop's 0.45 s a hundredth is 2 %, as much as
# the ratios to it are judged by.
once() {
    out=$1; shift
    t0=$(date +%s%N)
    "$TIME" -f "%e %U %S %M" -o "$W/time.txt" "$@" > "$out" 2> "$W/stderr.txt"
    rc=$?
    t1=$(date +%s%N)
    # (from the last line: time writes one of its own before it when CMD
    # exits non-zero)
    read -r T_W T_C T_M <<EOF
$(awk -v ns=$((t1 - t0)) 'END {printf "%.4f %s %.0f\n", ns / 1e9, $2 + $3, $4 / 1024}' "$W/time.txt")
EOF
    if [ $rc -ne 0 ] && [ $rc -ne 65 ]; then
        echo "bench: '$*' failed ($rc):" >&2
        head -n 5 "$W/stderr.txt" >&2
    fi
}

# run OUT CMD...: runs CMD (stdout to OUT) REPS times; sets WALL CPU RSS of
# the fastest run
run() {
    WALL=; CPU=; RSS=
    r=0
    while [ $r -lt "$REPS" ]; do
        once "$@"
        if [ -z "$WALL" ] || awk "BEGIN{exit !($T_W < $WALL)}"; then
            WALL=$T_W; CPU=$T_C; RSS=$T_M
        fi
        r=$((r + 1))
    done
}

# rounds: the timings the targets compare, taken together.  The host's
# speed drifts by tens of per cent over minutes, so a ratio of two
# timings taken minutes apart (each the fastest of its own REPS runs)
# moves with the hour as much as with the program.  Instead, REPS rounds
# each run the bare ICU loop, run -j1, run -j2 and the pair of run -j1 on
# the two halves once, one after the other (some seconds apart); each
# round gives its own ratios, and their medians over the rounds are
# printed with their ranges (bench/rounds.awk).  The rows take the
# fastest of each figure's runs, as the others.  Each run appends "figure
# wall cpu rss" and each round "round" to $W/rounds.txt.
round_run() { # FIGURE OUT CMD...
    fig=$1; shift
    once "$@"
    echo "$fig $T_W $T_C $T_M" >> "$W/rounds.txt"
}
# fastest FIGURE: sets WALL CPU RSS of FIGURE's fastest run in the rounds
fastest() {
    set -- $(awk -v f="$1" '$1 == f && (w == "" || $2 < w) {w = $2; c = $3; m = $4}
        END {print w, c, m}' "$W/rounds.txt")
    WALL=$1; CPU=$2; RSS=$3
}

ICU_MBS=
# row LABEL MB TOKENS: prints a table row from WALL CPU RSS
row() {
    awk -v l="$1" -v mb="$2" -v tok="$3" -v w="$WALL" -v c="$CPU" -v rss="$RSS" \
        -v icu="${ICU_MBS:-0}" 'BEGIN {
        if (w <= 0) w = 0.005; if (c <= 0) c = 0.005;
        mbs = mb / w; cmbs = mb / c;
        printf "  %-30s %7.2f %7.2f %8.2f %8.2f %8.3f %7s %6d\n", l, w, c, mbs,
            cmbs, tok / w / 1e6, (icu > 0 ? sprintf("%.3f", mbs / icu) : "1.000"), rss
    }'
}
header() {
    printf "  %-30s %7s %7s %8s %8s %8s %7s %6s\n" "figure" "wall s" "cpu s" \
        "MB/s" "cpuMB/s" "Mtok/s" "x ICU" "RSS MB"
}

echo "whosaid bench - $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores," \
     "load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  $($BIN/whosaid version | head -n 1); corpora by bench/gen_corpus.c seed $SEED;" \
     "each timing the fastest of $REPS runs"

for cn in en mixed; do
    f=$W/$cn.txt
    bytes=$(wc -c < "$f")
    mbv=$(awk -v b="$bytes" 'BEGIN{printf "%.3f", b / 1e6}')
    docs=$(grep -c '^ date ' "$f")
    echo
    # ceilings
    run "$W/copy.out" "$W/icu_loop" -c "$f"
    cat_w=$WALL; cat_c=$CPU; cat_r=$RSS
    # the rounds (above): the halves cut at the first document after half
    # the corpus's bytes
    cut_at_doc "$((bytes / 2))" "$f" "$W/$cn.h1" "$W/$cn.h2"
    : > "$W/rounds.txt"
    r=0
    while [ $r -lt "$REPS" ]; do
        round_run icu /dev/null "$W/icu_loop" "$f"
        icu_line=$(tail -n 1 "$W/stderr.txt")
        round_run j1 "$W/$cn.j1" "$BIN/whosaid" run -j1 "$f"
        round_run j2 "$W/$cn.j2" "$BIN/whosaid" run -j2 "$f"
        # the host's own ceiling for two cores: two independent run -j1
        # processes at once, one on each half.  Two busy cores of a
        # shared host each run slower than one alone, so -j2 is compared
        # with this too.
        round_run halves /dev/null sh -c "'$BIN/whosaid' run -j1 '$W/$cn.h1' > '$W/$cn.o1' &
            '$BIN/whosaid' run -j1 '$W/$cn.h2' > '$W/$cn.o2'; wait"
        echo round >> "$W/rounds.txt"
        r=$((r + 1))
    done
    fastest icu
    ICU_MBS=$(awk -v mb="$mbv" -v w="$WALL" 'BEGIN{if (w <= 0) w = 0.005; print mb / w}')
    icu_w=$WALL; icu_c=$CPU; icu_r=$RSS
    run "$W/$cn.tok" "$BIN/tokenize" "$f"
    tokw=$WALL; tokc=$CPU; tokr=$RSS
    toks=$("$W/icu_loop" -t "$W/$cn.tok")
    echo "corpus $cn: $mbv MB, $docs documents, $toks tokens ($icu_line from ICU)"
    header
    WALL=$cat_w; CPU=$cat_c; RSS=$cat_r
    row "ceiling: read+write (copy)" "$mbv" "$toks"
    WALL=$icu_w; CPU=$icu_c; RSS=$icu_r
    row "ceiling: bare ICU word+sent" "$mbv" "$toks"
    WALL=$tokw; CPU=$tokc; RSS=$tokr
    row "tokenize (raw text)" "$mbv" "$toks"
    # the same with every word break from ICU's iterator (the adapter's
    # fast path for Latin, Greek and Cyrillic off): what the fast path gains
    run "$W/$cn.tokicu" env WHOSAID_ICU_WORDS=1 "$BIN/tokenize" "$f"
    row "tokenize, ICU word breaks only" "$mbv" "$toks"
    cmp -s "$W/$cn.tok" "$W/$cn.tokicu" ||
        echo "  WARNING: tokenize's output differs with WHOSAID_ICU_WORDS=1"
    run "$W/$cn.ner" "$BIN/ner" "$W/$cn.tok"
    row "ner (tokenize JSONL)" "$mbv" "$toks"
    run "$W/$cn.st" "$BIN/stance" "$W/$cn.ner"
    row "stance (ner JSONL)" "$mbv" "$toks"
    run /dev/null "$BIN/stance" "$f"
    row "stance (raw text)" "$mbv" "$toks"
    run "$W/$cn.pipe" sh -c "'$BIN/tokenize' '$f' | '$BIN/ner' | '$BIN/stance'"
    row "pipe tokenize|ner|stance" "$mbv" "$toks"
    fastest j1
    row "whosaid run -j1" "$mbv" "$toks"
    fastest j2
    row "whosaid run -j2" "$mbv" "$toks"
    fastest halves
    row "two run -j1, a half each" "$mbv" "$toks"
    # the ratios of each round: their medians and ranges
    awk -f "$(dirname "$0")/rounds.awk" "$W/rounds.txt"
    if cmp -s "$W/$cn.j1" "$W/$cn.j2"; then
        echo "  -j1 and -j2 outputs are identical"
    else
        echo "  WARNING: -j1 and -j2 outputs differ"
    fi
    cat "$W/$cn.o1" "$W/$cn.o2" | cmp -s "$W/$cn.j1" - ||
        echo "  WARNING: the halves' records differ from -j1's on the whole corpus"
    cmp -s "$W/$cn.j1" "$W/$cn.pipe" ||
        echo "  note: the three-process pipe's records differ from whosaid run's"
    printf "  JSONL sizes MB: tokenize %s, ner %s, stance %s\n" \
        "$(awk -v b="$(wc -c < "$W/$cn.tok")" 'BEGIN{printf "%.0f", b / 1e6}')" \
        "$(awk -v b="$(wc -c < "$W/$cn.ner")" 'BEGIN{printf "%.0f", b / 1e6}')" \
        "$(awk -v b="$(wc -c < "$W/$cn.st")" 'BEGIN{printf "%.0f", b / 1e6}')"
done

# ---- start-up ----
echo
echo "start-up on empty input (median of 11, ms):"
line="  "
for b in tokenize ner stance "whosaid run"; do
    i=0; : > "$W/startup.txt"
    while [ $i -lt 11 ]; do
        t0=$(date +%s%N)
        $BIN/$b < /dev/null > /dev/null 2>&1
        t1=$(date +%s%N)
        echo $(((t1 - t0) / 1000)) >> "$W/startup.txt"
        i=$((i + 1))
    done
    med=$(sort -n "$W/startup.txt" | sed -n 6p)
    line="$line$(awk -v b="$b" -v u="$med" 'BEGIN{printf "%s %.1f   ", b, u / 1000}')"
done
echo "$line"

# ---- linearity ----
echo
echo "linearity of whosaid run -j1 (base $(awk -v b="$(wc -c < "$W/small.txt")" 'BEGIN{printf "%.1f", b / 1e6}') MB):"
run /dev/null "$BIN/whosaid" run -j1 "$W/small.txt"
b1=$CPU; w1=$WALL
line="  1x wall $(printf %.2f "$WALL") s cpu $CPU s"
for k in 2 4 8; do
    run /dev/null "$BIN/whosaid" run -j1 "$W/small$k.txt"
    line="$line; $(awk -v k=$k -v c="$CPU" -v b="$b1" -v w="$WALL" -v w1="$w1" \
        'BEGIN{printf "%dx %.2fx cpu (%.2fx wall)", k, c / b, w / w1}')"
done
echo "$line"

# ---- instruction counts and L2 misses (optional) ----
# Instructions per MB with start-up removed: each command runs on a 2 MB
# corpus and on its first half (cut at a document boundary), and the
# difference is divided by the difference in size: what one more MB
# costs, with start-up and everything loaded on first use (models, and
# the Hunspell dictionaries the sentence pass loads only when a sentence
# needs one) in both runs.  The first half's count is printed too.
# Counted by cachegrind, whose instruction count is callgrind's, with its
# last-level cache set to this machine's L2 (getconf; 1 MB 8-way when it
# says nothing): the misses it counts are the lines read from beyond the
# core's own caches.  A perf cpu-clock profile of `run -j1` on this kind of
# host matched cachegrind's per-function figures best when such a read
# miss weighed 100-200 instructions: the L3 is shared with the host's
# other guests.  Instruction counts alone leave that out.
if [ "${BENCH_CALLGRIND:-0}" = 1 ] && command -v valgrind > /dev/null; then
    l2=$(getconf LEVEL2_CACHE_SIZE 2> /dev/null)
    l2w=$(getconf LEVEL2_CACHE_ASSOC 2> /dev/null)
    l2l=$(getconf LEVEL2_CACHE_LINESIZE 2> /dev/null)
    case "$l2$l2w$l2l" in *[!0-9]* | "") l2=1048576 l2w=8 l2l=64 ;; esac
    [ "$l2" -gt 0 ] && [ "$l2w" -gt 0 ] && [ "$l2l" -gt 0 ] ||
        { l2=1048576; l2w=8; l2l=64; }
    echo
    echo "cachegrind per MB of text (English; the run on 2 MB less the run" \
         "on its first 1 MB; L2 $((l2 / 1024)) KB $l2w-way):"
    "$W/gen_corpus" en 2 "$SEED" > "$W/cg.txt"
    cut_at_doc 1000000 "$W/cg.txt" "$W/cg1.txt" /dev/null
    for x in cg cg1; do
        $BIN/tokenize "$W/$x.txt" > "$W/$x.tok" 2> /dev/null
        $BIN/ner "$W/$x.tok" > "$W/$x.ner" 2> /dev/null
    done
    cgb=$(wc -c < "$W/cg.txt")
    cgb1=$(wc -c < "$W/cg1.txt")
    cgicu=
    for spec in "icu_loop:$W/icu_loop @.txt" "tokenize:$BIN/tokenize @.txt" \
        "ner:$BIN/ner @.tok" "stance:$BIN/stance @.ner" \
        "run -j1:$BIN/whosaid run @.txt"; do
        name=${spec%%:*}; cmd=${spec#*:}
        sums=
        for x in cg cg1; do
            c=$(echo "$cmd" | sed "s|@|$W/$x|")
            valgrind --tool=cachegrind --cache-sim=yes \
                --LL="$l2,$l2w,$l2l" --cachegrind-out-file="$W/cg.out" $c \
                > /dev/null 2> "$W/cg.err"
            # events: Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw
            sums="$sums $(awk '/^events:/ {for (i = 2; i <= NF; i++) e[$i] = i}
                /^summary:/ {print $e["Ir"] "," $e["ILmr"] + $e["DLmr"] "," $e["DLmw"]}' \
                "$W/cg.out")"
        done
        line=$(echo "$sums" | awk -v b="$cgb" -v b1="$cgb1" '{
            split($1, a, ","); split($2, c, ","); mb = (b - b1) / 1e6;
            printf "%.0f %.0f %.0f %.0f", (a[1] - c[1]) / mb / 1e6,
                (a[2] - c[2]) / mb / 1e3, (a[3] - c[3]) / mb / 1e3, c[1] / 1e6}')
        set -- $line
        [ "$name" = icu_loop ] && cgicu=$1
        awk -v n="$name" -v ir="$1" -v r="$2" -v w="$3" -v f="$4" \
            -v icu="${cgicu:-0}" 'BEGIN{
            printf "  %-10s %6.0f M instructions (x ICU %.3f), L2 misses %5.0f k read %4.0f k written; first 1 MB %.0f M\n",
                n, ir, (ir > 0 && icu > 0) ? icu / ir : 0, r, w, f}'
    done
fi

# ---- wink-nlp (optional) ----
if [ "${BENCH_WINK:-0}" = 1 ] && command -v node > /dev/null; then
    echo
    if [ ! -d "$W/node_modules/wink-nlp" ]; then
        (cd "$W" && npm install --silent --no-audit --no-fund wink-nlp \
            wink-eng-lite-web-model > /dev/null 2>&1) ||
            echo "  wink-nlp: npm install failed, skipped"
    fi
    if [ -d "$W/node_modules/wink-nlp" ]; then
        cat > "$W/wink.js" <<'EOF'
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const text = fs.readFileSync(process.argv[2], 'utf8');
const docs = text.split(/\n(?= date \d{4}-\d\d-\d\d )/);
let ntok = 0;
for (const t of docs) {
  const d = nlp.readDoc(t);
  ntok += d.tokens().length();
  d.sentences().length();
  d.tokens().out(nlp.its.pos);
}
console.error('tokens ' + ntok);
EOF
        bytes=$(wc -c < "$W/en.txt")
        mbv=$(awk -v b="$bytes" 'BEGIN{printf "%.3f", b / 1e6}')
        run /dev/null node "$W/wink.js" "$W/en.txt"
        echo "wink-nlp (tokens, sentences, POS) on corpus en:"
        header
        row "wink-nlp en" "$mbv" "$(tail -n 1 "$W/stderr.txt" | awk '{print $2}')"
    fi
fi

echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (wall figures are only"
echo "meaningful on an otherwise idle machine; cpuMB/s is per core either way)"

if [ "${BENCH_KEEP:-0}" != 1 ]; then
    rm -f "$W"/copy.out "$W"/*.tok "$W"/*.ner "$W"/*.st "$W"/*.pipe "$W"/*.j1 "$W"/*.j2 \
        "$W"/*.h1 "$W"/*.h2 "$W"/*.o1 "$W"/*.o2 "$W"/cg.* "$W"/cg1.*
fi
exit 0
