#!/bin/sh
# Output buffering: the stages write their records to stdout in large
# blocks, not one 4 KiB page at a time.
# Regression: stdout_written_in_4k_pages - stdout kept stdio's default
# buffer (one page), so a record of kilobytes went out in 4 KiB write
# calls (tokenize on 10 MB of English: 9200 calls, about 0.2 s of system
# time of ~2 s to a file on ext4; with 64 KiB blocks the kernel fills large
# page-cache folios and its time halves).  The records must stay the same
# bytes as with --unbuffered, which still flushes after every record.
. "$(dirname "$0")/lib.sh"

if ! gen_build; then
    finish
    exit
fi
"$tmp/gen" en 1 1 > "$tmp/en.txt"
$BIN/tokenize "$tmp/en.txt" > "$tmp/buffered" 2> /dev/null
$BIN/tokenize -u "$tmp/en.txt" > "$tmp/unbuffered" 2> /dev/null
bytes=$(wc -c < "$tmp/buffered")
records=$(wc -l < "$tmp/buffered")
[ "$bytes" -gt 1000000 ] && ok || no "tokenize wrote only $bytes bytes"
cmp -s "$tmp/buffered" "$tmp/unbuffered" && ok ||
    no "buffered and --unbuffered records differ"
# records gathered and written from the record buffer (not through
# stdio): a write error is still one message and exit 74
if [ -w /dev/full ]; then
    $BIN/tokenize "$tmp/en.txt" > /dev/full 2> "$tmp/full.err"
    rc=$?
    [ "$rc" -eq 74 ] && ok || no "write to a full device: exit $rc, not 74"
    n=$(grep -c 'write error' "$tmp/full.err")
    [ "$n" -eq 1 ] && ok || no "write to a full device: $n messages, not 1"
else
    skip "/dev/full is not available: write errors not checked"
fi
if command -v strace > /dev/null 2>&1 &&
    strace -f -e trace=write -o "$tmp/trace" $BIN/tokenize "$tmp/en.txt" \
        > "$tmp/out" 2> /dev/null; then
    cmp -s "$tmp/out" "$tmp/buffered" && ok || no "output under strace differs"
    calls=$(grep -c '^[0-9]* *write(1,' "$tmp/trace")
    # 64 KiB blocks: bytes / 65536 calls and the last partial one
    max=$((bytes / 65536 + 1))
    [ "$calls" -le "$max" ] && ok ||
        no "stdout_written_in_4k_pages: $calls write calls for $bytes bytes (at most $max)"
    strace -f -e trace=write -o "$tmp/trace_u" $BIN/tokenize -u "$tmp/en.txt" \
        > /dev/null 2> /dev/null
    calls=$(grep -c '^[0-9]* *write(1,' "$tmp/trace_u")
    [ "$calls" -ge "$records" ] && ok ||
        no "--unbuffered: $calls write calls for $records records"
else
    skip "strace is not available: write sizes not checked"
fi
finish
