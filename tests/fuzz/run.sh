#!/bin/sh
# Fuzzing.  `make fuzz` runs this: builds every tests/fuzz/fuzz_<name>.c
# with clang -fsanitize=fuzzer,address,undefined against a library built
# the same way (in build-fuzz/), then runs each target for FUZZ_SECONDS
# (default 30; CI=1: 60 s shared by all targets) on its seed corpus
# tests/fuzz/corpus/<name>/ (new inputs go to build-fuzz/corpus/<name>/,
# crashes to build-fuzz/crashes/<name>/).  Prints executions per target.
#
#   sh tests/fuzz/run.sh [TARGET...]      fuzz (all targets by default)
#   sh tests/fuzz/run.sh --replay         replay seeds and regressions with
#                                         the plain builds ($BUILD/fuzz/),
#                                         building them when missing; ends
#                                         with "N passed, N failed"
# Environment: FUZZ_SECONDS, FUZZ_JOBS (parallel targets, default 1),
# CC_FUZZ (default clang), CXX_FUZZ (default clang++), BUILD (replay: the
# build directory, default build).
cd "$(dirname "$0")/../.." || exit 70
PKGS="icu-uc icu-i18n hunspell sqlite3 libutf8proc zlib"
# (-lstdc++: pipeline/hunspell_guard.cc is C++)
LIBS="$(pkg-config --libs $PKGS) -lstdc++ -lpthread -lm"
CFL="-std=c17 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -Ipipeline -Itests/fuzz $(pkg-config --cflags $PKGS)"
targets() {
    if [ $# -gt 0 ]; then echo "$@"; return; fi
    for f in tests/fuzz/fuzz_*.c; do basename "$f" .c | sed 's/^fuzz_//'; done
}

if [ "$1" = "--replay" ]; then
    shift
    BUILD=${BUILD:-build}
    pass=0; fail=0
    for t in $(targets "$@"); do
        bin=$BUILD/fuzz/fuzz_$t
        if [ ! -x "$bin" ] || [ "tests/fuzz/fuzz_$t.c" -nt "$bin" ] ||
           [ tests/fuzz/fuzz.h -nt "$bin" ] || [ "$BUILD/libws.a" -nt "$bin" ]; then
            mkdir -p "$BUILD/fuzz"
            ${CC:-cc} $CFL -O1 -g $SAN -o "$bin" "tests/fuzz/fuzz_$t.c" \
                tests/fuzz/replay_main.c "$BUILD/libws.a" $LIBS || {
                echo "FAIL: build fuzz_$t"; fail=$((fail + 1)); continue; }
        fi
        dirs=""
        for d in "tests/fuzz/corpus/$t" "tests/fuzz/regress/$t"; do
            [ -d "$d" ] && dirs="$dirs $d"
        done
        [ -n "$dirs" ] || continue
        # a hang is a failure too
        out=$(timeout "${FUZZ_REPLAY_SECONDS:-60}" $RUN "$bin" $dirs 2>&1)
        rc=$?
        if [ "$rc" -eq 0 ]; then
            pass=$((pass + 1))
            echo "fuzz_$t: $(echo "$out" | tail -1)"
        else
            fail=$((fail + 1))
            [ "$rc" -eq 124 ] && why="a hang: over ${FUZZ_REPLAY_SECONDS:-60} s" || why="exit $rc"
            echo "FAIL: fuzz_$t replay ($why; FUZZ_VERBOSE=1 names the inputs)"
            echo "$out" | tail -30
        fi
    done
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
    exit
fi

CC_FUZZ=${CC_FUZZ:-clang}
CXX_FUZZ=${CXX_FUZZ:-clang++}
FB=build-fuzz
SAN_LIB='-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer'
SAN_BIN='-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer'
command -v "$CC_FUZZ" > /dev/null || { echo "fuzz: $CC_FUZZ not found (install clang)"; exit 69; }
make --no-print-directory BUILD=$FB CC="$CC_FUZZ" CXX="$CXX_FUZZ" OPT=-O1 WERROR= SAN="$SAN_LIB" \
    "$FB/libws.a" > "$FB.log" 2>&1 || { tail -20 "$FB.log"; echo "fuzz: library build failed"; exit 70; }
set -- $(targets "$@")
n=$#
if [ -n "$CI" ] && [ -z "$FUZZ_SECONDS" ]; then
    FUZZ_SECONDS=$(( 60 / n )); [ "$FUZZ_SECONDS" -ge 5 ] || FUZZ_SECONDS=5
fi
FUZZ_SECONDS=${FUZZ_SECONDS:-30}
status=0
for t in "$@"; do
    bin=$FB/fuzz/fuzz_$t
    mkdir -p "$FB/fuzz" "$FB/corpus/$t" "$FB/crashes/$t"
    if [ ! -x "$bin" ] || [ "tests/fuzz/fuzz_$t.c" -nt "$bin" ] ||
       [ tests/fuzz/fuzz.h -nt "$bin" ] || [ "$FB/libws.a" -nt "$bin" ]; then
        $CC_FUZZ $CFL -O1 -g $SAN_BIN -o "$bin" "tests/fuzz/fuzz_$t.c" \
            "$FB/libws.a" $LIBS || { echo "fuzz: build fuzz_$t failed"; status=70; continue; }
    fi
    seeds=""
    for d in "tests/fuzz/corpus/$t" "tests/fuzz/regress/$t"; do
        [ -d "$d" ] && seeds="$seeds $d"
    done
    log=$FB/fuzz_$t.log
    # -timeout: an input taking longer is a hang (a crash); -rss_limit_mb
    # catches unbounded memory; in CI a fixed seed makes the run repeatable
    # (a slower machine runs a prefix of the same input sequence)
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1:malloc_context_size=8 \
    UBSAN_OPTIONS=print_stacktrace=1 \
    nice -n 10 "$bin" ${CI:+-seed=1} -max_total_time="$FUZZ_SECONDS" -timeout=25 \
        -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
        -artifact_prefix="$FB/crashes/$t/" "$FB/corpus/$t" $seeds \
        > "$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    echo "fuzz_$t: ${execs:-?} executions in ${FUZZ_SECONDS}s, exit $rc"
    if [ "$rc" -ne 0 ]; then
        status=1
        grep -m1 -A12 'ERROR:\|invariant failed\|deadly signal\|timeout' "$log"
        ls "$FB/crashes/$t/"
    fi
done
exit $status
