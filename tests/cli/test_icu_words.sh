#!/bin/sh
# The word-break fast path (pipeline/icu.c: letters, digits, spaces and
# their punctuation in Latin, Greek and Cyrillic decided without ICU's
# iterator) must give the tokens ICU gives: `tokenize` writes the same
# bytes with WHOSAID_ICU_WORDS=1 (every word break from ICU) and without,
# on corpora/, on a generated six-language corpus and on text that mixes
# what the fast path decides with what it hands to ICU.
. "$(dirname "$0")/lib.sh"

same() { # name file
    $BIN/tokenize "$2" > "$tmp/fast" 2> /dev/null
    WHOSAID_ICU_WORDS=1 $BIN/tokenize "$2" > "$tmp/icu" 2> /dev/null
    if [ -s "$tmp/fast" ] && cmp -s "$tmp/fast" "$tmp/icu"; then
        ok
    else
        no "$1: tokens differ from ICU's ($(cmp "$tmp/fast" "$tmp/icu" 2>&1 | head -1))"
    fi
}

cat corpora/*.txt > "$tmp/corpora.txt"
same corpora "$tmp/corpora.txt"

if gen_build; then
    "$tmp/gen" mixed 1 7 > "$tmp/mixed.txt"
    same "generated mixed corpus" "$tmp/mixed.txt"
fi

# combining marks, a soft hyphen and a zero-width joiner inside words,
# emoji sequences, Hebrew, CJK and Thai between Latin and Cyrillic words,
# e-mail addresses, handles, numbers with separators, apostrophes, colons
cat > "$tmp/mixed2.txt" <<'TXT'
Café déjà-vu: the co\u00ADoperative's CEO (@jane_doe, jane.doe@example.org) said 1,000.5 or 1 000,5 — “no”.
Ки́ев и Ха́рьков: 3,5 млн; don’t l'État 👩‍👩‍👧 🇺🇦 🏳️‍🌈 שלום 東京 ไทย end.
Naïve a\u200Db x:y 12:30 U.S.A. e.g. #tag http://example.com/a_b?c=1 rock'n'roll.
TXT
printf '%b' "$(cat "$tmp/mixed2.txt")" > "$tmp/mixed3.txt"
same "hand-written mixed scripts" "$tmp/mixed3.txt"
finish
