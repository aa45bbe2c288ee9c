#!/bin/sh
# `make demo`: the sample articles in corpora/ through the three filters,
# statements printed readably.
set -e
BIN=${BIN:-bin}
cd "$(dirname "$0")/.."
echo "cat corpora/[0-9]*.txt | $BIN/tokenize | $BIN/ner | $BIN/stance | $BIN/whosaid show"
echo
cat corpora/[0-9]*.txt | "$BIN/tokenize" | "$BIN/ner" | "$BIN/stance" |
    "$BIN/whosaid" show
