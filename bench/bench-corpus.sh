#!/bin/sh
# make bench-corpus: the corpus store at scale (not part of make check).
#   N synthetic articles (corpora/gen.c, six languages) -> corpus add ->
#   corpus run -j J -> a nightly rerun with 1 % new documents -> a rerun
#   with nothing new.  Prints documents/s, database bytes per document and
#   the times.  N (default 100000), J (default 2), BENCH_DIR (default a
#   temporary directory, removed at the end unless KEEP=1).
set -e
BIN=${BIN:-bin}
BUILD=${BUILD:-build}
CC=${CC:-cc}
N=${N:-100000}
J=${J:-2}
cd "$(dirname "$0")/.."
W="$BIN/whosaid"
dir=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/whosaid-bench.XXXXXX")}
mkdir -p "$dir"
[ -n "$KEEP" ] || trap 'rm -rf "$dir"' EXIT
now() { date +%s.%N; }
el() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
rate() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", a / b }'; }

$CC -std=c17 -O2 -o "$BUILD/gen" corpora/gen.c
# a snapshot of the models, so that edits to models/ during the bench do
# not turn the nightly rerun into a full re-annotation
rm -rf "$dir/models" && cp -r "${WHOSAID_MODELS:-models}" "$dir/models"
M="--models $dir/models"
NEW=$((N / 100))
t0=$(now)
"$BUILD/gen" -n "$N" > "$dir/corpus.jsonl"
t1=$(now)
"$BUILD/gen" -n "$NEW" --start "$N" > "$dir/new.jsonl"
in_mb=$(du -m "$dir/corpus.jsonl" | cut -f1)
echo "generated $N articles ($in_mb MB JSONL) in $(el "$t0" "$t1") s"

DB=$dir/corpus.db
rm -f "$DB" "$DB-wal" "$DB-shm"
t0=$(now)
"$W" corpus add "$DB" "$dir/corpus.jsonl" 2> "$dir/add.log"
t1=$(now)
add_s=$(el "$t0" "$t1")
echo "corpus add:        $add_s s  ($(rate "$N" "$add_s") documents/s)"

cpu() { # CPU seconds (user + sys) of the children so far
    awk '{ print $14 + $15 + $16 + $17 }' /proc/$$/stat 2>/dev/null || echo 0
}
hz=$(getconf CLK_TCK)
c0=$(cpu)
t0=$(now)
"$W" corpus run -j "$J" $M "$DB" 2> "$dir/run.log" || [ $? -eq 65 ]
t1=$(now)
c1=$(cpu)
run_s=$(el "$t0" "$t1")
run_cpu=$(awk -v a="$c0" -v b="$c1" -v h="$hz" 'BEGIN { printf "%.1f", (b - a) / h }')
echo "corpus run -j$J:    $run_s s  ($(rate "$N" "$run_s") documents/s; $run_cpu CPU s, load average $(cut -d' ' -f1 /proc/loadavg))"
grep 'documents annotated' "$dir/run.log" | sed 's/^/  /'

bytes=$(stat -c %s "$DB")
echo "database:          $bytes bytes, $(rate "$bytes" "$N") bytes/document"

"$W" corpus add "$DB" "$dir/new.jsonl" 2> /dev/null
c0=$(cpu)
t0=$(now)
"$W" corpus run -j "$J" $M "$DB" 2> "$dir/night.log" || [ $? -eq 65 ]
t1=$(now)
c1=$(cpu)
night_s=$(el "$t0" "$t1")
night_cpu=$(awk -v a="$c0" -v b="$c1" -v h="$hz" 'BEGIN { printf "%.1f", (b - a) / h }')
pct=$(awk -v a="$night_s" -v b="$run_s" 'BEGIN { printf "%.1f", 100 * a / b }')
echo "nightly, 1 % new ($NEW documents): $night_s s ($pct % of the full run; $night_cpu CPU s)"

t0=$(now)
"$W" corpus run -j "$J" $M "$DB" 2> "$dir/none.log"
t1=$(now)
echo "rerun, nothing new: $(el "$t0" "$t1") s ($(cat "$dir/none.log"))"

t0=$(now)
"$W" export statements "$DB" > "$dir/statements.csv"
t1=$(now)
rows=$(($(wc -l < "$dir/statements.csv") - 1))
echo "export statements: $rows lines in $(el "$t0" "$t1") s"
"$W" corpus verify "$DB" | tail -1
