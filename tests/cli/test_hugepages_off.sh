#!/bin/sh
# $WHOSAID_HUGEPAGES=0 asks the kernel for no 2 MB pages at all: not for
# one thread's heap or the workers' arenas (heap.c), not for the
# dictionaries' pools (hunspell_guard.cc), and not for the taggers' models
# and caches, which tagger.c marked whatever the variable said until
# 2026-12-05 (hugepages_off_left_the_tagger_marked).  A run on one thread
# is held open on a pipe after its first document, so that its memory is
# read with the tagger loaded; with the variable unset, where the kernel
# gives huge pages on request, the same run holds some (else that half is
# skipped: the check would prove nothing).
. "$(dirname "$0")/lib.sh"

doc='{"id":"hp","lang":"en","text":"Anna Kowalski, a spokeswoman for the Finance Ministry, said on Tuesday that the budget would be published in May."}'

# huge KB: the AnonHugePages of a `run -j1 -u` that has written its first
# record, under the environment assignment $1 (or none)
huge_kb() {
    rm -f "$tmp/in" "$tmp/out"
    mkfifo "$tmp/in" || return 1
    if [ -n "$1" ]; then
        env "$1" $W run -j1 -u < "$tmp/in" > "$tmp/out" 2> /dev/null &
    else
        $W run -j1 -u < "$tmp/in" > "$tmp/out" 2> /dev/null &
    fi
    pid=$!
    exec 3> "$tmp/in"
    printf '%s\n' "$doc" >&3
    n=0
    while [ ! -s "$tmp/out" ] && [ $n -lt 300 ]; do
        sleep 0.1
        n=$((n + 1))
    done
    kb=$(awk '/^AnonHugePages:/ {s += $2} END {print s + 0}' \
        "/proc/$pid/smaps" 2> /dev/null)
    exec 3>&-
    wait $pid
    [ -s "$tmp/out" ] || return 1
    echo "$kb"
}

if [ ! -r /proc/self/smaps ]; then
    skip "no /proc/PID/smaps"
else
    off=$(huge_kb WHOSAID_HUGEPAGES=0)
    [ -n "$off" ] && ok || no "WHOSAID_HUGEPAGES=0: no record from the run"
    [ "${off:-1}" = 0 ] && ok ||
        no "WHOSAID_HUGEPAGES=0: the run holds ${off:-?} KB in huge pages"
    thp=$(cat /sys/kernel/mm/transparent_hugepage/enabled 2> /dev/null)
    case "$thp" in
    *"[never]"* | "")
        skip "the kernel gives no transparent huge pages: no control run"
        ;;
    *)
        on=$(huge_kb "")
        [ "${on:-0}" -gt 0 ] && ok ||
            no "with huge pages on, the run holds none (${on:-no record})"
        ;;
    esac
fi
finish
