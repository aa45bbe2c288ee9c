#!/bin/sh
# The tagger models' images (pipeline/tagger.c, written by make into
# $(BUILD)/model-images): a run that reads a language's tagger from its image
# writes the same records as one that inflates the model, and an image
# that is truncated, corrupt, empty, of another model or of an older
# copy of the file is not used (the model is inflated, the same records).
# The same for the model directory's fingerprint (the records' versions).
# The images here are written into $tmp by `whosaid tagger-image` and
# `whosaid models-fingerprint` and chosen by $WHOSAID_MODEL_IMAGES (empty:
# none).
. "$(dirname "$0")/lib.sh"

cat > "$tmp/in.txt" << 'DOC'
date 2023-03-01 Minister defends budget

LONDON (Reuters - 1st March, 2023) Finance Minister Rachel Reeves said on
Wednesday that the budget would "protect working families", while the
opposition leader Kemi Badenoch told the BBC the plan was "a tax raid".
The Bank of England declined to comment.
date 2023-03-02 Kanzler verteidigt Haushalt

BERLIN (dpa - 2. März, 2023) Bundeskanzler Olaf Scholz sagte am Donnerstag,
der Haushalt sei "solide". Friedrich Merz von der CDU widersprach.
DOC
img=$tmp/img
mkdir -p "$img/en" "$img/de"
run() { # images-dir out
    WHOSAID_MODEL_IMAGES=$1 WHOSAID_IMAGE_DEBUG=1 $RUN "$W" run -j1 \
        "$tmp/in.txt" > "$2" 2> "$2.err"
}
run "" "$tmp/ref"
if [ -s "$tmp/ref" ] && ! grep -q 'tagger image' "$tmp/ref.err"; then ok; else
    no "no records, or an image read with WHOSAID_MODEL_IMAGES empty"
fi
for l in en de; do
    if $RUN "$W" tagger-image "models/$l/ner.model" "$img/$l/ner.model.img"; then
        ok
    else
        no "tagger-image $l failed"
    fi
done
run "$img" "$tmp/got"
if cmp -s "$tmp/ref" "$tmp/got"; then ok; else no "records differ with images"; fi
if [ "$(grep -c ': used$' "$tmp/got.err")" = 2 ]; then ok; else
    no "images not used: $(cat "$tmp/got.err")"
fi
# each damaged en image: not used, the same records
cp "$img/en/ner.model.img" "$tmp/good.img"
size=$(wc -c < "$tmp/good.img")
damage() { # case
    cp "$tmp/good.img" "$img/en/ner.model.img"
    f=$img/en/ner.model.img
    case $1 in
    truncated) head -c $((size - 4096)) "$tmp/good.img" > "$f" ;;
    header) head -c 100 "$tmp/good.img" > "$f" ;;
    empty) : > "$f" ;;
    flipped) printf 'Z' | dd of="$f" bs=1 seek=$((size / 2)) conv=notrunc 2> /dev/null ;;
    longer) printf 'Z' >> "$f" ;;
    magic) printf 'X' | dd of="$f" bs=1 seek=0 conv=notrunc 2> /dev/null ;;
    other) cp "$img/de/ner.model.img" "$f" ;;
    esac
}
for c in truncated header empty flipped longer magic other; do
    damage $c
    run "$img" "$tmp/got.$c"
    if cmp -s "$tmp/ref" "$tmp/got.$c"; then ok; else
        no "records differ with an image $c"
    fi
    if grep -q 'en/ner.model.img: used$' "$tmp/got.$c.err"; then
        no "an image $c was used"
    elif grep -q 'de/ner.model.img: used$' "$tmp/got.$c.err"; then ok; else
        no "the good de image not used with an en image $c"
    fi
done
# a copy of the model (another file, the same bytes): its image is not
# the copy's, and a stale image (the model file changed since) neither
mkdir -p "$tmp/models"
cp -r models/en "$tmp/models/en"
WHOSAID_MODELS=$tmp/models WHOSAID_MODEL_IMAGES=$img WHOSAID_IMAGE_DEBUG=1 \
    $RUN "$W" tagger-image "$tmp/models/en/ner.model" "$img/en/ner.model.img"
touch -d '2001-01-01' "$tmp/models/en/ner.model"
WHOSAID_MODELS=$tmp/models WHOSAID_MODEL_IMAGES=$img WHOSAID_IMAGE_DEBUG=1 \
    $RUN "$W" run -j1 "$tmp/in.txt" > "$tmp/got.stale" 2> "$tmp/got.stale.err"
if grep -q 'en/ner.model.img: stale' "$tmp/got.stale.err"; then ok; else
    no "a stale image: $(cat "$tmp/got.stale.err")"
fi
WHOSAID_MODELS=$tmp/models WHOSAID_MODEL_IMAGES= $RUN "$W" run -j1 \
    "$tmp/in.txt" > "$tmp/ref.copy" 2> /dev/null
if cmp -s "$tmp/ref.copy" "$tmp/got.stale"; then ok; else
    no "records differ with a stale image"
fi
# the model directory's fingerprint (the records' versions): the
# build's file is used only for the very files it was written from
WHOSAID_MODEL_IMAGES=$img $RUN "$W" models-fingerprint "$tmp/models" \
    "$img/fingerprint"
WHOSAID_MODELS=$tmp/models WHOSAID_MODEL_IMAGES=$img WHOSAID_IMAGE_DEBUG=1 \
    $RUN "$W" run -j1 "$tmp/in.txt" > "$tmp/got.fp" 2> "$tmp/got.fp.err"
if grep -q 'fingerprint: used$' "$tmp/got.fp.err" &&
    cmp -s "$tmp/ref.copy" "$tmp/got.fp"; then ok; else
    no "the fingerprint's file not used, or other records"
fi
echo "# a comment" >> "$tmp/models/en/ner-titles.tsv"
WHOSAID_MODELS=$tmp/models WHOSAID_MODEL_IMAGES= $RUN "$W" run -j1 \
    "$tmp/in.txt" > "$tmp/ref.changed" 2> /dev/null
WHOSAID_MODELS=$tmp/models WHOSAID_MODEL_IMAGES=$img WHOSAID_IMAGE_DEBUG=1 \
    $RUN "$W" run -j1 "$tmp/in.txt" > "$tmp/got.changed" 2> "$tmp/got.changed.err"
if grep -q 'fingerprint: stale' "$tmp/got.changed.err" &&
    cmp -s "$tmp/ref.changed" "$tmp/got.changed" &&
    ! cmp -s "$tmp/ref.copy" "$tmp/got.changed"; then ok; else
    no "a stale fingerprint file used, or the same versions"
fi
finish
