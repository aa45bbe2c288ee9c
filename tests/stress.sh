#!/bin/sh
# Heavy hostile-input and resource checks, outside `make check` (`make
# stress`): a long input stream in constant memory, 100 MB lines, 10^6
# tokens in one sentence, 10^5 quotation marks, many JSON members, and the
# inputs that made a stage super-linear.  Each case prints its wall time
# and peak RSS (/usr/bin/time -v); a case fails on a crash, on a run over
# STRESS_LIMIT seconds (default 600), or on a lost record.
#   STRESS_GB   size of the stream case in GB (default 5)
#   STRESS_LIMIT, STRESS_STREAM_LIMIT  time limits (600 s; 7200 s)
# Ends with "N passed, N failed".
BIN=${BIN:-bin}
GB=${STRESS_GB:-5}
LIMIT=${STRESS_LIMIT:-600}
cd "$(dirname "$0")/.." || exit 70
pass=0; fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-stress.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "FAIL: $*"; }
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "stress: /usr/bin/time is needed (apt-get install time)"; exit 69; }

# run NAME WANT_RECORDS PROGRAM ARGS... < stdin: time, RSS, status, records
# (LIMIT seconds at most; the stream case has STRESS_STREAM_LIMIT)
run() {
    name=$1 nrec=$2; shift 2
    "$TIME" -v timeout "$LIMIT" "$@" 2> "$tmp/time" | wc -l > "$tmp/n"
    st=$(sed -n 's/.*Exit status: //p' "$tmp/time")
    secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time")
    echo "$name: ${secs:-timeout} wall, peak RSS ${rss:-?} KB, exit ${st:-?}, $(cat "$tmp/n") records"
    case ${st:-x} in
    0|65) ok ;;
    124) no "$name: over $LIMIT s (super-linear?)" ;;
    *) no "$name: exit ${st:-timeout (over $LIMIT s)}"; grep -v '^	' "$tmp/time" | head -5 ;;
    esac
    if [ "$nrec" != "-" ]; then
        [ "$(cat "$tmp/n")" -eq "$nrec" ] && ok || no "$name: $(cat "$tmp/n") records, want $nrec"
    fi
}
gen() { python3 -c "$1"; }

# --- a long stream: GB of 1 KB documents through tokenize, generated on
# the fly (never on disk); memory must not grow with the stream
ndocs=$(( GB * 1000000 ))
mkfifo "$tmp/pipe"
gen "
import sys
line = ('{\"id\":\"s\",\"lang\":\"en\",\"text\":\"' + 'The minister said on Friday that the talks went well. ' * 18 + '\"}\n').encode()
n = $ndocs
out = sys.stdout.buffer
chunk = line * 1000
for i in range(n // 1000):
    out.write(chunk)
out.write(line * (n % 1000))
" > "$tmp/pipe" &
LIMIT0=$LIMIT; LIMIT=${STRESS_STREAM_LIMIT:-7200}
run "stream_${GB}GB_tokenize" "$ndocs" "$BIN/tokenize" < "$tmp/pipe"
LIMIT=$LIMIT0; wait
small=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time")
gen "
import sys
line = ('{\"id\":\"s\",\"lang\":\"en\",\"text\":\"' + 'The minister said on Friday that the talks went well. ' * 18 + '\"}\n').encode()
sys.stdout.buffer.write(line * 20000)
" > "$tmp/pipe" &
run "stream_20MB_tokenize" 20000 "$BIN/tokenize" < "$tmp/pipe"; wait
ref=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time")
[ -n "$small" ] && [ -n "$ref" ] && [ "$small" -lt $(( ref * 2 + 50000 )) ] && ok || no "stream: peak RSS $small KB for ${GB} GB vs $ref KB for 20 MB (memory grows with the stream)"

# --- 100 MB lines: one JSON line (over the 16 MiB annotation limit: kept
# unannotated) and one article line
gen "import sys; sys.stdout.write('{\"id\":\"big\",\"text\":\"' + 'The minister said the talks went well. ' * 2600000 + '\"}\n')" > "$tmp/line100.jsonl"
run line_100MB_jsonl_stance 1 "$BIN/stance" "$tmp/line100.jsonl"
gen "import sys; sys.stdout.write('date 2022-01-01 Big\n\n' + 'The minister said the talks went well. ' * 2600000)" > "$tmp/line100.txt"
run line_100MB_article_stance 1 "$BIN/stance" "$tmp/line100.txt"
run line_100MB_annotated_tokenize 1 "$BIN/tokenize" --max-bytes 200000000 "$tmp/line100.jsonl"
rm -f "$tmp/line100.jsonl" "$tmp/line100.txt"

# --- 10^6 tokens in one sentence; 10^5 quotation marks
gen "import sys; sys.stdout.write('{\"id\":\"t\",\"lang\":\"en\",\"text\":\"' + 'word ' * 1000000 + '\"}\n')" > "$tmp/tok.jsonl"
for p in tokenize ner stance; do run "tokens_1e6_one_sentence_$p" 1 "$BIN/$p" "$tmp/tok.jsonl"; done
gen "import sys; sys.stdout.write('{\"id\":\"q\",\"lang\":\"en\",\"text\":\"' + '\\\\\"' * 100000 + '\"}\n')" > "$tmp/q.jsonl"
run quotes_1e5_stance 1 "$BIN/stance" "$tmp/q.jsonl"
gen "import sys; sys.stdout.write('{\"id\":\"q\",\"lang\":\"en\",\"text\":\"' + '\\\\\"Stop,\\\\\" he said. ' * 100000 + '\"}\n')" > "$tmp/qs.jsonl"
run quoted_sentences_1e5_stance 1 "$BIN/stance" "$tmp/qs.jsonl"
gen "import sys; sys.stdout.write('{\"id\":\"c\",\"lang\":\"en\",\"text\":\"' + 'Minister Smith said ' * 20000 + '\"}\n')" > "$tmp/chain.jsonl"
run said_chain_2e4_stance 1 "$BIN/stance" "$tmp/chain.jsonl"
gen "import sys; sys.stdout.write('{\"id\":\"p\",\"lang\":\"en\",\"text\":\"' + 'The minister said it. ' * 300000 + '\"}\n')" > "$tmp/para.jsonl"
run one_paragraph_3e5_sentences_stance 1 "$BIN/stance" "$tmp/para.jsonl"
gen "import sys; sys.stdout.write('{\"id\":\"m\",\"text\":\"Members.\",' + ','.join('\"k%d\":%d' % (i, i) for i in range(100000)) + '}\n')" > "$tmp/members.jsonl"
run members_1e5_tokenize 1 "$BIN/tokenize" "$tmp/members.jsonl"
gen "import sys; sys.stdout.write('{\"id\":\"u\",\"lang\":\"en\",\"text\":\"a' + '\\\\u0301' * 5000000 + '\"}\n')" > "$tmp/comb.jsonl"
run combining_5e6_stance 1 "$BIN/stance" "$tmp/comb.jsonl"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
