#!/bin/sh
# train-all.sh - retrains the named-entity tagger of every language from
# ../shared/eval/ner/<lang>-{train,dev}.bio and rewrites each model's line
# in models/MANIFEST (name, lang, version, sha256, data, licence, dev F1,
# size, command).  Run from anywhere; the build never needs this.
#
#   sh tests/train-all.sh             # all six languages
#   LANGS="en de" sh tests/train-all.sh
#   WHOSAID=path/to/whosaid EVAL=path/to/eval/ner sh tests/train-all.sh
#
# The model also holds a gazetteer: the entities of the training file and
# models/<lang>/tagger-gaz.tsv (made by tests/make-gazetteers.sh from Debian
# packages; regenerate it first when those change).
# Training is CPU-heavy: it runs under nice, one language at a time.
# Logs go to build/train-<lang>.log (the per-epoch dev F1 and the per-type
# scores of the written model).
set -eu

cd "$(dirname "$0")/.."
WHOSAID=${WHOSAID:-bin/whosaid}
EVAL=${EVAL:-../shared/eval/ner}
LANGS=${LANGS:-"en de fr pl ru uk"}
# SEED: one seed for every language; unset, each language's seed of the
# committed model (the best dev F1 of seeds 1-3 on 2026-11-29; de
# re-measured 2026-11-30: seed 3 74.77, seed 2 74.38, seed 1 73.92; with
# the compound-head features: seed 3 75.30, seed 1 75.21, seed 2 75.04;
# ru with feature set 4, 2026-11-30: seed 1 87.09, seed 3 86.72, seed 2
# 86.67; seed 1 lost the accusative "Организацию экономического
# сотрудничества и развития" of test_stance_label entirely, so ru keeps
# seed 3)
SEED=${SEED:-}
seed_of() {
    if [ -n "$SEED" ]; then
        echo "$SEED"
        return
    fi
    case $1 in
    de | fr | ru | uk) echo 3 ;;
    *) echo 1 ;;
    esac
}
# the tagger's feature set (--feature-set) of each committed model, as
# its header says: ru was retrained with set 4 (endings agreement pairs,
# Russian head nouns) on 2026-11-30, the others are of set 3 (uk with
# set 4: dev 85.32, against 86.24 with set 3).  pl's model predates the
# gazetteer features of 0404de2: this script rebuilds it as another
# model (see its MANIFEST line).  FSET: one set for every language.
FSET=${FSET:-}
fset_of() {
    if [ -n "$FSET" ]; then
        echo "$FSET"
        return
    fi
    case $1 in
    ru) echo 4 ;;
    *) echo 3 ;;
    esac
}
# EPOCHS / PATIENCE: at most EPOCHS passes, stopping after PATIENCE
# passes without a better dev F1 (the best pass is kept).  15 / 3 before
# 2026-11-30 stopped ru while its dev F1 still rose (best epoch 15 of
# seeds 1-3: 14, 13, 15); 30 / 6 costs time only: the kept model is the
# best of more passes.
EPOCHS=${EPOCHS:-30}
PATIENCE=${PATIENCE:-6}
# the other languages whose capitalised training entities join the
# gazetteer (--xgaz): names shared by languages of the Latin script.
# Measured 2026-11-29 (mean of seeds 2 and 3, dev / WikiNEuRal test):
# en +0.45 / +0.4, de +0.7 / +2.0, fr +0.3 / +0.8; pl (en de fr) -0.0,
# ru (uk) -0.2, uk (ru) -0.4 on dev, so those three train without.  fr
# keeps its model: with its seed 3 dev went 87.96 -> 87.83, and the
# golden fr3 article gained a lone 'Centre' as a place (en de pl).
xgaz_of() {
    case $1 in
    en) echo "fr de pl" ;;
    de) echo "en fr pl" ;;
    esac
}
MANIFEST=models/MANIFEST
VERSION=1

if [ ! -x "$WHOSAID" ]; then
    echo "train-all.sh: $WHOSAID not built (run make)" >&2
    exit 66
fi
mkdir -p build

data_of() {
    x=$(xgaz_of "$1")
    printf '%s; gazetteer models/%s/tagger-gaz.tsv (tests/make-gazetteers.sh: Debian iso-codes, miscfiles, hunspell-fr) + training-data entities%s\n' "$(data_of1 "$1")" "$1" "${x:+ + capitalised entities of $(echo "$x" | sed 's/ /-train.bio, /g')-train.bio (--xgaz)}"
}

data_of1() {
    case $1 in
    en | fr) echo "WikiNEuRal val split, first 90% (silver, Wikipedia) = $1-train.bio; dev $1-dev.bio" ;;
    de) echo "GermEval 2014 train, outer level, 300k-token subsample (gold) = de-train.bio; dev de-dev.bio" ;;
    pl) echo "BSNLP 2019 pl (4 topics, gold) + WikiNEuRal top-up (silver) = pl-train.bio; dev pl-dev.bio" ;;
    ru) echo "BSNLP 2019 ru + NEREL v1.1 + factRuEval-2016 (gold news) = ru-train.bio; dev ru-dev.bio" ;;
    uk) echo "ner-uk v2.0 + BSNLP 2019 uk (gold) = uk-train.bio; dev uk-dev.bio" ;;
    *) echo "$1-train.bio; dev $1-dev.bio" ;;
    esac
}

licence_of() {
    x=$(xgaz_of "$1")
    printf '%s; gazetteer: iso-codes LGPL-2.1+, miscfiles GPL-2+, hunspell-fr MPL-2.0%s\n' "$(licence_of1 "$1")" "${x:+; --xgaz entities: the licences of those languages' lines}"
}

licence_of1() {
    case $1 in
    en | fr) echo "CC BY-NC-SA 4.0 (WikiNEuRal; non-commercial)" ;;
    de) echo "CC BY 4.0 (GermEval 2014)" ;;
    pl) echo "BSNLP research use + CC BY-NC-SA 4.0 (WikiNEuRal); non-commercial" ;;
    ru) echo "BSNLP research use; NEREL research (texts CC BY 2.5); factRuEval MIT; non-commercial" ;;
    uk) echo "CC BY-NC-SA 4.0 (ner-uk) + BSNLP research use; non-commercial" ;;
    *) echo "see ../shared/eval/ner/SOURCE.txt" ;;
    esac
}

[ -f "$MANIFEST" ] || printf '# name\tlang\tversion\tsha256\tdata\tlicence\tdev_f1\tsize\tcommand\n' >"$MANIFEST"

status=0
for l in $LANGS; do
    train=$EVAL/$l-train.bio
    dev=$EVAL/$l-dev.bio
    if [ ! -r "$train" ] || [ ! -r "$dev" ]; then
        echo "train-all.sh: $l: no $train or $dev" >&2
        status=66
        continue
    fi
    mkdir -p "models/$l"
    out=models/$l/ner.model
    sd=$(seed_of "$l")
    fs=$(fset_of "$l")
    xa="" xc=""
    for x in $(xgaz_of "$l"); do
        xa="$xa --xgaz $EVAL/$x-train.bio"
        xc="$xc --xgaz ../shared/eval/ner/$x-train.bio"
    done
    cmd="whosaid train ner --lang $l --train ../shared/eval/ner/$l-train.bio --dev ../shared/eval/ner/$l-dev.bio --seed $sd --epochs $EPOCHS --patience $PATIENCE --feature-set $fs$xc"
    echo "== $l: $cmd"
    # shellcheck disable=SC2086 # $xa: options, split on purpose
    if ! nice -n 10 "$WHOSAID" train ner --lang "$l" --train "$train" \
        --dev "$dev" --seed "$sd" --epochs "$EPOCHS" --patience "$PATIENCE" \
        --feature-set "$fs" --out "$out" $xa >"build/train-$l.log"; then
        echo "train-all.sh: $l: training failed (build/train-$l.log)" >&2
        status=70
        continue
    fi
    f1=$(sed -n "s/^DEV-F1 $l //p" "build/train-$l.log")
    # committed compressed (mostly zero weights); the loader reads both
    usize=$(wc -c <"$out" | tr -d ' ')
    gzip -9n -c "$out" >"$out.gz" && mv "$out.gz" "$out"
    sha=$(sha256sum "$out" | cut -d' ' -f1)
    size=$(wc -c <"$out" | tr -d ' ')
    grep -E '^(epoch|best|ALL|PER|ORG|LOC|MISC)' "build/train-$l.log"
    line=$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$l/ner.model" "$l" \
        "$VERSION" "$sha" "$(data_of "$l")" "$(licence_of "$l")" "$f1" \
        "$size bytes gzip ($usize uncompressed)" "$cmd")
    tmp=$MANIFEST.tmp
    awk -F'\t' -v name="$l/ner.model" '$1 != name' "$MANIFEST" >"$tmp"
    printf '%s\n' "$line" >>"$tmp"
    mv "$tmp" "$MANIFEST"
done
exit $status
