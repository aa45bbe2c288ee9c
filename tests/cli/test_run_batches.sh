#!/bin/sh
# Batches: `whosaid run` and the stage commands take each stage through
# up to 64 documents (128 KB of text) before the next stage starts, -j N's
# workers 16 each (each reads its batch into documents of its own), and
# --unbuffered one document at a time.  Records, stderr and the exit
# status must not depend on it: documents that are not annotated (empty,
# white space, a broken line, not an object) among the others, every
# language, documents longer than a batch's bytes and than the memory a
# batch keeps, input already tokenized or tagged.
# Regression: run_unbuffered_waits_for_a_batch - with --unbuffered a
# record is written as soon as its document is read, not when a batch
# fills (a stream that brings one document and waits must get its
# record).
. "$(dirname "$0")/lib.sh"

if ! gen_build; then
    finish
    exit
fi
"$tmp/gen" mixed 1 3 > "$tmp/mixed.txt"
"$tmp/gen" en 1 4 > "$tmp/en.txt"
python3 - "$tmp/mixed.txt" "$tmp/en.txt" > "$tmp/in.jsonl" << 'EOF'
import json, re, sys
docs = []
for f in sys.argv[1:]:
    text = open(f, encoding='utf-8').read()
    docs += [d for d in re.split(r'\n(?=\s*date \d{4}-\d\d-\d\d )', text) if d.strip()]
docs = docs[:150]
long_doc = ' '.join(docs[70:140])    # over 128 KB: a batch of its own
mid_doc = ' '.join(docs[60:64])      # over 8 KB: its memory goes back
lines = [json.dumps({'id': 'd%d' % i, 'text': t}, ensure_ascii=False)
         for i, t in enumerate(docs)]
odd = {3: '{"id":"e1","text":""}',
       17: '{"id":"w1","text":"  \\n \\u3000 "}',
       40: '{"id":"b1","text":',
       41: '[1,2]',
       42: '{"id":"n1"}',
       55: json.dumps({'id': 'long', 'text': long_doc}, ensure_ascii=False),
       56: json.dumps({'id': 'mid', 'text': mid_doc}, ensure_ascii=False),
       57: json.dumps({'id': 'pl', 'lang': 'pl', 'text': docs[0]},
                      ensure_ascii=False)}
for k in sorted(odd, reverse=True):
    lines.insert(k, odd[k])
print('\n'.join(lines))
EOF
n=$(wc -l < "$tmp/in.jsonl")
[ "$n" -gt 150 ] && ok || no "the input has only $n lines"

# same NAME REF_PREFIX NEW_PREFIX: outputs, stderr and status alike
same() {
    cmp -s "$tmp/$2.out" "$tmp/$3.out" && ok ||
        no "$1: records differ ($(cmp "$tmp/$2.out" "$tmp/$3.out" | head -1))"
    cmp -s "$tmp/$2.err" "$tmp/$3.err" && ok ||
        no "$1: stderr differs: $(diff "$tmp/$2.err" "$tmp/$3.err" | head -3)"
    cmp -s "$tmp/$2.st" "$tmp/$3.st" && ok ||
        no "$1: status $(cat "$tmp/$3.st"), one at a time $(cat "$tmp/$2.st")"
}
# runs NAME command...: stdout, stderr and the status into $tmp/NAME.*
runs() {
    name=$1
    shift
    "$@" < "$tmp/in.jsonl" > "$tmp/$name.out" 2> "$tmp/$name.err"
    echo $? > "$tmp/$name.st"
}

runs one $W run -u
runs b1 $W run
runs b2 $W run -j2
runs b3 $W run -j3
runs u2 $W run -j2 -u
same run_batches one b1
same run_j2_batches one b2
same run_j3_batches one b3
same run_j2_unbuffered one u2
[ "$(cat "$tmp/one.st")" = 65 ] && ok ||
    no "run: status $(cat "$tmp/one.st"), expected 65 for the bad records"
grep -q 'e1: empty document' "$tmp/one.err" && ok ||
    no "run: no line for the empty document: $(head -3 "$tmp/one.err")"
[ "$(wc -l < "$tmp/one.out")" -eq "$n" ] && ok ||
    no "run: $(wc -l < "$tmp/one.out") records of $n"

# the stage commands, on raw text and on the JSONL of the stage before
runs tok1 $BIN/tokenize -u
runs tok $BIN/tokenize
same tokenize_batches tok1 tok
$BIN/tokenize < "$tmp/in.jsonl" > "$tmp/tok.jsonl" 2> /dev/null
cp "$tmp/in.jsonl" "$tmp/raw.jsonl"
cp "$tmp/tok.jsonl" "$tmp/in.jsonl"
runs ner1 $BIN/ner -u
runs ner $BIN/ner
same ner_batches_tokenized ner1 ner
$BIN/ner < "$tmp/tok.jsonl" > "$tmp/ner.jsonl" 2> /dev/null
cp "$tmp/ner.jsonl" "$tmp/in.jsonl"
runs st1 $BIN/stance -u
runs st $BIN/stance
same stance_batches_tagged st1 st
cp "$tmp/raw.jsonl" "$tmp/in.jsonl"

# --- run_unbuffered_waits_for_a_batch: one document, then the input
# stays open; its record must come out meanwhile
if mkfifo "$tmp/fifo" 2> /dev/null; then
    for j in 1 2; do
        : > "$tmp/stream.out"
        (
            printf '{"id":"s1","text":"The minister said the talks went well."}\n'
            exec sleep 20
        ) > "$tmp/fifo" &
        writer=$!
        $W run -u -j$j < "$tmp/fifo" > "$tmp/stream.out" 2> /dev/null &
        reader=$!
        i=0
        while [ $i -lt 150 ] && ! grep -q '"id":"s1"' "$tmp/stream.out"; do
            sleep 0.1
            i=$((i + 1))
        done
        grep -q '"id":"s1"' "$tmp/stream.out" && ok ||
            no "run_unbuffered_waits_for_a_batch: -j$j wrote no record while its input stayed open"
        kill "$writer" 2> /dev/null
        wait "$reader" 2> /dev/null
        wait "$writer" 2> /dev/null
    done
else
    skip "mkfifo failed: the streaming case is not run"
fi
finish
