#!/bin/sh
# Runs every test: unit binaries, golden cases, command-line tests.
# Ends with the line "N passed, N failed"; exits non-zero on any failure.
# RUN (e.g. 'valgrind -q --error-exitcode=1') prefixes each program run;
# GOLDEN_ONLY=1 runs the golden cases only.
BUILD=${BUILD:-build}
BIN=${BIN:-bin}
export BIN RUN
cd "$(dirname "$0")/.." || exit 70
passed=0
failed=0
add() { # "N passed, N failed" line on stdin of a part
    p=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\1/p' "$1" | tail -1)
    f=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\2/p' "$1" | tail -1)
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0}))
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

if [ -z "$GOLDEN_ONLY" ]; then
    for t in "$BUILD"/tests/test_*; do
        [ -x "$t" ] || continue
        if $RUN "$t" > "$tmp/out" 2> "$tmp/err"; then :; else
            echo "FAIL: $t (exit $?)"; cat "$tmp/err"
            # a crash before the summary line still counts as a failure
            grep -q ' passed, ' "$tmp/out" || failed=$((failed + 1))
        fi
        grep ': FAIL: ' "$tmp/err" | head -20
        echo "$(basename "$t"): $(tail -1 "$tmp/out")"
        add "$tmp/out"
    done
fi

# golden: tests/golden/<stage>/<case>.in -> .out (versions masked)
for in in tests/golden/*/*.in; do
    [ -f "$in" ] || continue
    stage=$(basename "$(dirname "$in")")
    want=${in%.in}.out
    $RUN "$BIN/$stage" < "$in" 2> "$tmp/gerr" |
        sed -E 's/"versions":\{[^}]*\}/"versions":{}/' > "$tmp/got"
    if [ -f "$want" ] && diff -u "$want" "$tmp/got" > "$tmp/diff"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: golden $in"; head -40 "$tmp/diff"
    fi
done

if [ -z "$GOLDEN_ONLY" ] && [ -d "$BUILD/fuzz" ]; then
    BUILD=$BUILD RUN="$RUN" sh tests/fuzz/run.sh --replay > "$tmp/out" 2>&1
    grep 'FAIL' "$tmp/out" | head -20
    echo "fuzz replay: $(tail -1 "$tmp/out")"
    add "$tmp/out"
    grep -q ' passed, ' "$tmp/out" || failed=$((failed + 1))
fi

if [ -z "$GOLDEN_ONLY" ]; then
    for t in tests/cli/test_*.sh; do
        [ -f "$t" ] || continue
        sh "$t" > "$tmp/out" 2>&1
        grep 'FAIL' "$tmp/out" | head -20
        echo "$(basename "$t"): $(tail -1 "$tmp/out")"
        add "$tmp/out"
        grep -q ' passed, ' "$tmp/out" || failed=$((failed + 1))
    done
fi
# the project's own gold: every span matches its text, articles split back
if [ -z "$GOLDEN_ONLY" ] && command -v python3 > /dev/null; then
    if python3 corpora/tools/mkgold.py --check > "$tmp/out" 2>&1; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1)); echo "FAIL: corpora gold check"; tail -5 "$tmp/out"
    fi
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
