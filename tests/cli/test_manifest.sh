#!/bin/sh
# models/MANIFEST describes every shipped model file: each line that names
# a file under models/ must give that file's sha256 and its size, so the
# command on the line can be checked against what ships.  Regression:
# manifest_sha256_stale_after_rebuild - the en, ru and uk NER models were
# rebuilt with identical weights but a new dev F1 in their header, and the
# MANIFEST still named the old files' digests.
. "$(dirname "$0")/lib.sh"

m=models/MANIFEST
[ -f "$m" ] && ok || no "$m is missing"
n=0
while IFS='	' read -r name lang ver sha data lic f1 msize cmd; do
    case $name in ''|'#'*) continue ;; esac
    [ "$sha" = "-" ] && continue
    n=$((n + 1))
    f=models/$name
    if [ ! -f "$f" ]; then
        no "$name: listed in $m but absent"
        continue
    fi
    got=$(sha256sum "$f" | cut -d' ' -f1)
    [ "$got" = "$sha" ] && ok || no "$name: sha256 $got, $m says $sha"
    size=$(wc -c < "$f" | tr -d ' ')
    # the size column is "N" or "N bytes gzip (M uncompressed)"
    [ "${msize%% *}" = "$size" ] && ok ||
        no "$name: $size bytes, $m gives '$msize'"
done < "$m"
[ "$n" -ge 6 ] && ok || no "$m: only $n model lines"
finish
