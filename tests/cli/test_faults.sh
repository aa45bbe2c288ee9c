#!/bin/sh
# Fault injection: failing output, closed pipes, unreadable inputs,
# missing or corrupt models, lexicons and dictionaries, memory limits, and
# (when `whosaid corpus` exists) locked, read-only, hostile corpus
# databases and SQL-looking input; a static check that the store never
# builds SQL from strings.  Every case: no crash (no status >= 128 unless killed
# on purpose), a clear stderr line, the records kept.
# Prints one line per failure and ends with "N passed, N failed";
# FAULTS_VERBOSE=1 prints each case's exit status, records and stderr.
. "$(dirname "$0")/lib.sh"
case "$tmp" in /*/whosaid-test_faults.*) ;; *) echo "bad temp dir '$tmp'"; exit 70 ;; esac
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
# expect NAME WANT_STATUS STDERR_SUBSTRING WANT_RECORDS -- command...
# WANT_STATUS may be a list "0|65".
expect() {
    name=$1 want=$2 sub=$3 nrec=$4; shift 5
    "$@" > "$tmp/out" 2> "$tmp/err"; st=$?
    [ -n "$FAULTS_VERBOSE" ] && echo "$name: exit $st, $(wc -l < "$tmp/out") records: $(head -2 "$tmp/err" | tr '\n' '|' | cut -c1-200)"
    case "|$want|" in
    *"|$st|"*) ok ;;
    *) no "$name: exit $st, want $want ($(head -c 300 "$tmp/err"))" ;;
    esac
    if [ -n "$sub" ]; then
        grep -q -- "$sub" "$tmp/err" && ok || no "$name: stderr lacks '$sub': $(head -c 300 "$tmp/err")"
    fi
    if [ "$nrec" != "-" ]; then
        got=$(wc -l < "$tmp/out")
        [ "$got" -eq "$nrec" ] && ok || no "$name: $got records, want $nrec"
    fi
}
# the records of $tmp/out are JSON objects and each has a text member
records_ok() {
    python3 -c "
import json,sys
for l in open('$tmp/out'):
    r=json.loads(l); assert 'text' in r and 'id' in r
" 2> /dev/null && ok || no "$1: output records are not valid JSON"
}
MODELS=${WHOSAID_MODELS:-models}
printf '{"id":"d1","lang":"en","text":"The minister said the talks went well."}\n' > "$tmp/one.jsonl"
printf '{"id":"u1","lang":"uk","text":"Міністр заявив, що переговори пройшли добре."}\n' > "$tmp/uk.jsonl"
i=0; while [ $i -lt 200 ]; do cat "$tmp/one.jsonl"; i=$((i + 1)); done > "$tmp/200.jsonl"

# --- output failures: every program, buffered and unbuffered
for p in tokenize ner stance; do
    expect "dev_full_$p" 74 'write error' - -- sh -c "$BIN/$p $tmp/one.jsonl > /dev/full"
    expect "dev_full_unbuffered_$p" 74 'write error' - -- sh -c "$BIN/$p -u $tmp/one.jsonl > /dev/full"
done
expect dev_full_whosaid_run 74 'write error' - -- sh -c "$BIN/whosaid run $tmp/one.jsonl > /dev/full"
# --- a closed pipe: quiet, status 74 (EPIPE), stops early
for p in tokenize stance; do
    sh -c "($BIN/$p $tmp/200.jsonl 2> $tmp/perr; echo \$? > $tmp/pst) | head -1 > $tmp/out"
    [ "$(wc -l < "$tmp/out")" -eq 1 ] && ok || no "sigpipe_$p: want 1 line"
    [ ! -s "$tmp/perr" ] && ok || no "sigpipe_$p: stderr not quiet: $(head -c 200 "$tmp/perr")"
    [ "$(cat "$tmp/pst")" = 74 ] && ok || no "sigpipe_$p: exit $(cat "$tmp/pst"), want 74"
done
sh -c "($BIN/stance -u $tmp/200.jsonl 2> $tmp/perr; echo \$? > $tmp/pst) | head -1 > $tmp/out"
[ "$(cat "$tmp/pst")" = 74 ] && [ ! -s "$tmp/perr" ] && ok || no "sigpipe_unbuffered: exit $(cat "$tmp/pst") $(head -c 200 "$tmp/perr")"

# --- inputs that cannot be read
expect stdin_directory 74 'read error: Is a directory' 0 -- sh -c "$BIN/stance < $tmp"
[ "$(grep -c 'read error' "$tmp/err")" -eq 1 ] && ok || no "stdin_directory: read error reported $(grep -c 'read error' "$tmp/err") times"
expect only_a_directory 66 'is a directory' 0 -- $BIN/tokenize "$tmp"
expect only_missing 66 'No such file' 0 -- $BIN/tokenize "$tmp/none"
expect missing_then_stdin 66 'No such file' 1 -- sh -c "$BIN/tokenize $tmp/none - < $tmp/one.jsonl"
expect empty_input 0 '' 0 -- sh -c "$BIN/stance < /dev/null"
expect blank_input 0 '' 0 -- sh -c "printf '\n\n  \n' | $BIN/stance"
if [ "$(id -u)" -ne 0 ]; then
    cp "$tmp/one.jsonl" "$tmp/noread.jsonl"; chmod 000 "$tmp/noread.jsonl"
    expect unreadable_file 66 'Permission denied' 1 -- $BIN/tokenize "$tmp/noread.jsonl" "$tmp/one.jsonl"
fi

# --- models: missing, empty, truncated, garbage, garbled body, bad lexicons
# every case works on a dereferenced copy of the models, never on them
mk() { rm -rf "$tmp/m" && cp -RL "$MODELS" "$tmp/m" || exit 70; }
mk; : > "$tmp/m/en/ner.model"
expect model_empty '0|65' 'ner.model' 1 -- $BIN/stance --models "$tmp/m" "$tmp/one.jsonl"
records_ok model_empty
mk; head -c 1000 "$MODELS/en/ner.model" > "$tmp/m/en/ner.model"
expect model_truncated '0|65' 'ner.model' 1 -- $BIN/stance --models "$tmp/m" "$tmp/one.jsonl"
mk; head -c 100000 /dev/urandom > "$tmp/m/en/ner.model"
expect model_garbage '0|65' 'ner.model' 1 -- $BIN/ner --models "$tmp/m" "$tmp/one.jsonl"
# right header and size, random weights and tables
mk; sz=$(wc -c < "$MODELS/en/ner.model")
# a model under 1 KB would make the counts below negative (head -c -N
# of /dev/urandom never ends)
[ "${sz:-0}" -ge 1024 ] || { echo "FAIL: $MODELS/en/ner.model missing or tiny"; exit 1; }
{ head -c 256 "$MODELS/en/ner.model"; head -c $((sz - 256)) /dev/urandom; } > "$tmp/m/en/ner.model"
expect model_garbled_body '0|65' '' 1 -- $BIN/stance --models "$tmp/m" "$tmp/one.jsonl"
records_ok model_garbled_body
# a garbled header (bytes 8..63 random), right size
mk; { head -c 8 "$MODELS/en/ner.model"; head -c 56 /dev/urandom; tail -c $((sz - 64)) "$MODELS/en/ner.model"; } > "$tmp/m/en/ner.model"
expect model_garbled_header '0|65' '' 1 -- $BIN/stance --models "$tmp/m" "$tmp/one.jsonl"
records_ok model_garbled_header
# a model rewritten in place (cp over it) while a stage has it loaded: the
# stage must not die of SIGBUS on its mapping
mk; mkfifo "$tmp/fifo"
( $BIN/ner -u --models "$tmp/m" < "$tmp/fifo" > "$tmp/out" 2> "$tmp/err"; echo $? > "$tmp/st" ) &
bg=$!
exec 3> "$tmp/fifo"
cat "$tmp/one.jsonl" >&3
n=0; while [ "$(wc -l < "$tmp/out")" -lt 1 ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
: > "$tmp/m/en/ner.model"
printf '{"id":"d2","lang":"en","text":"Another minister in London said the talks went badly."}\n' >&3
exec 3>&-
wait $bg
st=$(cat "$tmp/st")
[ "$st" -lt 128 ] && ok || no "model_truncated_while_running: killed by signal $((st - 128)) ($(head -c 200 "$tmp/err"))"
[ "$(wc -l < "$tmp/out")" -eq 2 ] && ok || no "model_truncated_while_running: $(wc -l < "$tmp/out") records, want 2"
rm -f "$tmp/fifo"
mk; rm "$tmp/m/en/ner.model"
expect model_missing '0|65' '' 1 -- $BIN/stance --models "$tmp/m" "$tmp/one.jsonl"
grep -q '"statements"' "$tmp/out" && ok || no "model_missing: no statements member"
mk; printf 'said\t\377\376bad\nx\355\240\200y\tz\n' >> "$tmp/m/en/stance-cues.tsv"
expect lexicon_invalid_utf8 '0|65' 'stance-cues.tsv' 1 -- $BIN/stance --models "$tmp/m" "$tmp/one.jsonl"
mk; python3 -c "import sys; sys.stdout.write('x' * 3000000 + '\tv\n' + 'a\tb\n' * 10 + '\t\n\t\t\n#\n' + '\0\0\n')" > "$tmp/m/en/ner-roles.tsv"
expect lexicon_hostile_lines '0|65' '' 1 -- $BIN/stance --models "$tmp/m" "$tmp/one.jsonl"
mk; rm "$tmp/m/en/stance-cues.tsv"
expect lexicon_missing '0|65' '' 1 -- $BIN/stance --models "$tmp/m" "$tmp/one.jsonl"
mk; rm -f "$tmp/m/en/"*.tsv; mkdir "$tmp/m/en/stance-cues.tsv"
expect lexicon_is_directory '0|65' '' 1 -- $BIN/stance --models "$tmp/m" "$tmp/one.jsonl"
: > "$tmp/modelfile"
expect models_is_a_file 65 'model' 1 -- $BIN/stance --models "$tmp/modelfile" "$tmp/one.jsonl"
expect models_empty_dir '0|65' '' 1 -- $BIN/stance --models "$tmp/m/en/stance-cues.tsv" "$tmp/one.jsonl"
rm -rf "$tmp/m"

# --- Hunspell: missing, garbage, .dic without .aff
expect hunspell_missing 65 'no Hunspell dictionary' 2 -- env WHOSAID_HUNSPELL_DIR="$tmp/nohun" $BIN/stance "$tmp/one.jsonl" "$tmp/uk.jsonl"
mkdir "$tmp/hun"
head -c 20000 /dev/urandom > "$tmp/hun/en_US.aff"; head -c 20000 /dev/urandom > "$tmp/hun/en_US.dic"
printf '3\nfoo/ZZZ\n\377\376\nbar/\n' > "$tmp/hun/uk_UA.dic"
expect hunspell_garbage '0|65' '' 2 -- env WHOSAID_HUNSPELL_DIR="$tmp/hun" $BIN/stance "$tmp/one.jsonl" "$tmp/uk.jsonl"
records_ok hunspell_garbage

# --- memory: an address-space limit the document does not fit in:
# out of memory is reported (70), no crash, the record is still written
python3 -c "print('{\"id\":\"m\",\"lang\":\"en\",\"text\":\"' + 'The minister said it. ' * 200000 + '\"}')" > "$tmp/4mb.jsonl"
# (not under AddressSanitizer, which needs terabytes of address space)
if ! grep -q __asan_init "$BIN/ner" 2> /dev/null; then
    expect ulimit_oom '70' 'out of memory' 1 -- sh -c "ulimit -v 300000; exec $BIN/ner $tmp/4mb.jsonl"
fi

# --- the corpus database (when `whosaid corpus` exists)
if $BIN/whosaid corpus -h > /dev/null 2>&1; then
    W=$BIN/whosaid
    db=$tmp/c.db
    $W corpus init "$db" > /dev/null 2>&1
    $W corpus add "$db" "$tmp/one.jsonl" "$tmp/uk.jsonl" > /dev/null 2>&1
    # not a database / a directory / missing
    head -c 10000 /dev/urandom > "$tmp/garbage.db"
    expect corpus_garbage_file '65|66|74' 'garbage.db' - -- $W corpus status "$tmp/garbage.db"
    expect corpus_directory '65|66|74' '' - -- $W corpus status "$tmp"
    expect corpus_missing '66|74|65' 'nodb' - -- $W corpus status "$tmp/nodb"
    # locked: another process holds a write lock
    python3 - "$db" > "$tmp/lockpid" <<'PY' &
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(30)
PY
    lock=$!
    n=0; while [ ! -s "$tmp/lockpid" ] && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
    start=$(date +%s)
    WHOSAID_BUSY_MS=500 $W corpus add "$db" "$tmp/one.jsonl" > "$tmp/out" 2> "$tmp/err"; st=$?
    kill "$lock" 2> /dev/null; wait "$lock" 2> /dev/null
    [ "$st" -ne 0 ] && [ "$st" -lt 128 ] && ok || no "corpus_locked: exit $st"
    grep -qi 'lock\|busy' "$tmp/err" && ok || no "corpus_locked: stderr lacks 'locked': $(head -c 200 "$tmp/err")"
    # read-only file (not enforceable as root)
    if [ "$(id -u)" -ne 0 ]; then
        cp "$db" "$tmp/ro.db"; chmod 444 "$tmp/ro.db"
        expect corpus_readonly '65|66|74' 'readonly\|read-only\|attempt to write' - -- $W corpus add "$tmp/ro.db" "$tmp/one.jsonl"
    fi
    # a hostile database: a view and trigger that try ATTACH and
    # load_extension must not run them
    cp "$db" "$tmp/evil.db"
    python3 - "$tmp/evil.db" "$tmp/pwned.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
try:
    c.execute("CREATE TRIGGER evil AFTER INSERT ON documents BEGIN "
              "SELECT load_extension('/tmp/nonexistent-whosaid-evil'); END")
except Exception as e:
    pass
c.execute("CREATE TABLE IF NOT EXISTS evil_log(x)")
try:
    c.execute("CREATE TRIGGER evil2 AFTER INSERT ON documents BEGIN "
              "INSERT INTO evil_log VALUES (load_extension('x')); END")
except Exception:
    pass
c.commit()
PY
    printf '{"id":"n1","text":"A new document."}\n' > "$tmp/new.jsonl"
    $W corpus add "$tmp/evil.db" "$tmp/new.jsonl" > "$tmp/out" 2> "$tmp/err"; st=$?
    [ "$st" -lt 128 ] && ok || no "corpus_hostile_trigger: crashed ($st)"
    [ ! -e "$tmp/pwned.db" ] && ok || no "corpus_hostile_trigger: attached file created"
    # kill -9 during `corpus run` and the exactly-once rerun are tested in
    # tests/cli/test_corpus.sh (the store's own tests)
    # SQL text from input: ids, texts and metadata that look like SQL are
    # stored verbatim and run nothing (no ATTACH, no second statement)
    python3 - "$tmp/inject.jsonl" "$tmp/pwned2.db" <<'PY'
import json, sys
evil = "x'); ATTACH DATABASE '%s' AS p; CREATE TABLE p.t(x); --" % sys.argv[2]
with open(sys.argv[1], "w") as f:
    f.write(json.dumps({"id": evil, "text": "Injected " + evil, "meta": {"title": evil, "source": "\"; DROP TABLE documents; --"}}) + "\n")
PY
    $W corpus add "$db" "$tmp/inject.jsonl" > /dev/null 2> "$tmp/err"; st=$?
    [ "$st" -eq 0 ] || [ "$st" -eq 65 ] && ok || no "corpus_sql_text: exit $st $(head -c 200 "$tmp/err")"
    [ ! -e "$tmp/pwned2.db" ] && ok || no "corpus_sql_text: ATTACH ran"
    python3 - "$db" "$tmp/inject.jsonl" <<'PY' && ok || no "corpus_sql_text: not stored verbatim"
import json, sqlite3, sys
r = json.loads(open(sys.argv[2]).read())
c = sqlite3.connect(sys.argv[1])
row = c.execute("select doc_id, text, title from documents where doc_id = ?", (r["id"],)).fetchone()
assert row == (r["id"], r["text"], r["meta"]["title"]), row
assert c.execute("select count(*) from documents").fetchone()[0] >= 3
PY
fi

# --- SQL is never built from strings; extensions and ATTACH are off
python3 - pipeline/store.c stages <<'PY' && ok || no "sql_static: string-built SQL in the store (see above)"
import os, re, sys
src = open(sys.argv[1]).read()
files = {sys.argv[1]: src}
for f in os.listdir(sys.argv[2]):
    if f.endswith(".c"):
        files[os.path.join(sys.argv[2], f)] = open(os.path.join(sys.argv[2], f)).read()
bad = []
const_arrays = ("sql_text[", "migrations[", "set_version[", "export_sql[")
for name, text in files.items():
    for m in re.finditer(r"sqlite3_(v?mprintf|snprintf|str_appendf|str_vappendf|load_extension|enable_load_extension)\b", text):
        bad.append("%s:%d: %s" % (name, text.count("\n", 0, m.start()) + 1, m.group(0)))
    # the SQL argument of every prepare/exec is a literal, a constant
    # array, or the `sql` parameter of a helper whose callers pass literals
    for m in re.finditer(r"sqlite3_(prepare\w*|exec)\(\s*\w+(->\w+)?\s*,\s*([^,]+),", text):
        arg = m.group(3).strip()
        if not (arg.startswith('"') or arg.startswith(const_arrays) or arg == "sql"):
            bad.append("%s:%d: %s(%s)" % (name, text.count("\n", 0, m.start()) + 1, m.group(1), arg))
    for m in re.finditer(r"\b(print_query|scalar|exec)\(\s*s\s*,\s*(?:out\s*,\s*)?([^,)]+)[,)]", text):
        arg = m.group(2).strip()
        if not (arg.startswith('"') or arg.startswith(const_arrays) or arg == "sql"):
            bad.append("%s:%d: %s(%s)" % (name, text.count("\n", 0, m.start()) + 1, m.group(1), arg))
    # formatting next to SQL keywords
    for i, line in enumerate(text.split("\n")):
        if re.search(r"(snprintf|ws_buf_printf|ws_arena_printf|strcat)\(", line) and \
           re.search(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|ATTACH|WHERE)\b", line):
            bad.append("%s:%d: %s" % (name, i + 1, line.strip()))
need = ["SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0", "SQLITE_LIMIT_ATTACHED, 0", "SQLITE_ATTACH", "SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0"]
for n in need:
    if n not in src:
        bad.append("store.c lacks %s" % n)
for b in bad:
    print("sql_static:", b)
sys.exit(1 if bad else 0)
PY

# The reader takes its input in blocks (read(2) on a descriptor): a record
# arriving in pieces through a slow pipe, and articles whose lines and
# glued headers straddle the 64 KiB blocks, read as from a file.
printf '{"id":"a","text":"The minister said it."}\n{"id":"b","text":"She said no."}' > "$tmp/slow.jsonl"
(head -c 20 "$tmp/slow.jsonl"; sleep 0.3; head -c 60 "$tmp/slow.jsonl" | tail -c 40
 sleep 0.3; tail -c +61 "$tmp/slow.jsonl") | $BIN/tokenize > "$tmp/slow.out" 2> "$tmp/err"
$BIN/tokenize "$tmp/slow.jsonl" > "$tmp/slow.want" 2> /dev/null
[ "$(grep -c '"tokens"' "$tmp/slow.out")" -eq 2 ] && cmp -s "$tmp/slow.out" "$tmp/slow.want" &&
    ok || no "slow_pipe: records differ from the file's"
python3 -c '
import sys
w = sys.stdout.write
for i in range(40):
    w("date 2022-01-%02d Head %d\n\n" % (i % 28 + 1, i))
    w(("Para %d said it. " % i) * (i * 397 % 9000) + "\n")
    w("He added more. " * (i * 131 % 300))
' > "$tmp/blocks.txt"
$BIN/tokenize < "$tmp/blocks.txt" > "$tmp/b1" 2> /dev/null
cat "$tmp/blocks.txt" | $BIN/tokenize > "$tmp/b2" 2> /dev/null
[ "$(grep -c '"tokens"' "$tmp/b1")" -eq 40 ] && cmp -s "$tmp/b1" "$tmp/b2" &&
    ok || no "block_articles: $(grep -c '"tokens"' "$tmp/b1") articles for 40, or pipe differs"

finish
