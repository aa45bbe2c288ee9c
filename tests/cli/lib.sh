# tests/cli/lib.sh - the start every tests/cli/test_*.sh shares, sourced as
#
#   . "$(dirname "$0")/lib.sh"
#
# It moves to the repository root, sets BIN (default bin) and W (the
# whosaid binary), makes the temporary directory $tmp (removed on exit; a
# test that needs more cleanup sets its own EXIT trap, which must remove it
# too) and defines the counters: ok and no count a passed and a failed
# check (no prints "FAIL: why"), skip prints "SKIP: why", and finish prints
# the "N passed, N failed" line tests/run.sh reads and gives the status.
# gen_build compiles the bench's corpus generator to $tmp/gen (CC, default
# cc); when it cannot, it counts a failure and returns 1.
BIN=${BIN:-bin}
W="$BIN/whosaid"
cd "$(dirname "$0")/../.." || exit 70
pass=0; fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-$(basename "$0" .sh).XXXXXX") || exit 70
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
skip() { echo "SKIP: $*"; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" -eq 0 ]; }
gen_build() {
    if ${CC:-cc} -O2 -std=c17 -o "$tmp/gen" bench/gen_corpus.c -lm 2> "$tmp/cc.err"; then
        return 0
    fi
    no "cannot build bench/gen_corpus.c: $(head -3 "$tmp/cc.err")"
    return 1
}
