#!/usr/bin/env python3
"""stance_clf.py - trains the stance labeller's fallback classifier
(models/<lang>/stance-clf.tsv) and measures it with cross-validation.

The classifier only speaks where the rules (pipeline/stance_label.c) leave
a statement neutral: a softmax (multinomial logistic) regression over the
features the labeller prints with

    bin/whosaid eval --label-gold GOLD.jsonl --features | grep '^F' > F.tsv

(lines "F<TAB>doc<TAB>index<TAB>gold labels<TAB>rule labels<TAB>features").

    python3 tools/stance_clf.py F.tsv [--folds 10] [--out MODEL.tsv]

prints, over k folds split by document (seeded), the macro and micro F1
of the rules alone and of the rules with the fallback, the threshold of
each outer fold chosen by an inner cross-validation on that fold's
training part only (so the reported score is not tuned on its own test
part).  With --out it trains on all the data (threshold by the same inner
procedure) and writes the model only when the cross-validated macro F1
of rules + fallback beats the rules alone (--force writes it anyway).
Pure Python, fixed seed: the same input gives the same model.
"""
import math
import random
import sys

LABELS = ["condemnation", "concern", "accusation", "denial", "demand",
          "warning", "support", "neutral"]
NEUTRAL = LABELS.index("neutral")
NL = len(LABELS)
THRESHOLDS = [0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 2.0]  # 2.0 = never
SEED = 1
EPOCHS = 12
RATE = 0.15
L2 = 1e-3
MIN_COUNT = 2


def read(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("F\t"):
                continue
            p = line.rstrip("\n").split("\t")
            if len(p) < 6:
                continue
            gold = {LABELS.index(x) for x in p[3].split(",") if x in LABELS}
            rule = [LABELS.index(x) for x in p[4].split(",") if x in LABELS]
            feats = p[5].split()
            rows.append((p[1], gold, rule, feats))
    return rows


def train(rows):
    """Softmax regression by SGD; weights {feature: [NL floats]}."""
    count = {}
    for _, _, _, fs in rows:
        for f in set(fs):
            count[f] = count.get(f, 0) + 1
    keep = {f for f, c in count.items() if c >= MIN_COUNT or f == "bias"}
    data = [([f for f in fs if f in keep], gold) for _, gold, _, fs in rows]
    w = {f: [0.0] * NL for f in keep}
    rnd = random.Random(SEED)
    order = list(range(len(data)))
    for ep in range(EPOCHS):
        rnd.shuffle(order)
        rate = RATE / (1 + ep * 0.3)
        for i in order:
            fs, gold = data[i]
            if not gold:
                continue
            s = [0.0] * NL
            for f in fs:
                wf = w[f]
                for l in range(NL):
                    s[l] += wf[l]
            m = max(s)
            e = [math.exp(v - m) for v in s]
            z = sum(e)
            g = [e[l] / z - (1.0 / len(gold) if l in gold else 0.0)
                 for l in range(NL)]
            for f in fs:
                wf = w[f]
                for l in range(NL):
                    wf[l] -= rate * (g[l] + L2 * wf[l])
    return w


def probs(w, fs):
    s = [0.0] * NL
    for f in fs:
        wf = w.get(f)
        if wf:
            for l in range(NL):
                s[l] += wf[l]
    m = max(s)
    e = [math.exp(v - m) for v in s]
    z = sum(e)
    return [v / z for v in e]


def decide(rule, p, thr):
    """The label set: the rules', or the fallback's when the rules say
    neutral and a non-neutral label reaches thr."""
    if rule != [NEUTRAL]:
        return set(rule)
    best = max((l for l in range(NL) if l != NEUTRAL), key=lambda l: p[l])
    return {best} if p[best] >= thr else {NEUTRAL}


def scores(pairs):
    """Multi-label micro and macro F1 (macro over labels that occur in
    gold or prediction), as whosaid eval computes them."""
    tp = [0] * NL
    fp = [0] * NL
    fn = [0] * NL
    for gold, pred in pairs:
        for l in range(NL):
            if l in gold and l in pred:
                tp[l] += 1
            elif l in pred:
                fp[l] += 1
            elif l in gold:
                fn[l] += 1

    def f1(a, b, c):
        return 100.0 * 2 * a / (2 * a + b + c) if a + b + c else 0.0
    used = [l for l in range(NL) if tp[l] + fp[l] + fn[l]]
    macro = sum(f1(tp[l], fp[l], fn[l]) for l in used) / max(1, len(used))
    micro = f1(sum(tp), sum(fp), sum(fn))
    return macro, micro


def folds_of(rows, k, seed):
    docs = sorted({r[0] for r in rows})
    random.Random(seed).shuffle(docs)
    fold = {d: i % k for i, d in enumerate(docs)}
    return [fold[r[0]] for r in rows]


def choose_threshold(rows, k):
    """The threshold with the best macro F1 in a k-fold CV on rows."""
    fo = folds_of(rows, k, SEED + 1)
    preds = {t: [] for t in THRESHOLDS}
    for i in range(k):
        tr = [r for r, f in zip(rows, fo) if f != i]
        te = [r for r, f in zip(rows, fo) if f == i]
        w = train(tr)
        for _, gold, rule, fs in te:
            p = probs(w, fs)
            for t in THRESHOLDS:
                preds[t].append((gold, decide(rule, p, t)))
    best = max(THRESHOLDS, key=lambda t: (scores(preds[t])[0], t))
    return best


def main(argv):
    path, k, out, force = None, 10, None, False
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--folds":
            k = int(argv[i + 1])
            i += 1
        elif a == "--out":
            out = argv[i + 1]
            i += 1
        elif a == "--force":
            force = True
        else:
            path = a
        i += 1
    if path is None:
        sys.stderr.write(__doc__)
        return 64
    rows = read(path)
    rows = [r for r in rows if r[1]]
    fo = folds_of(rows, k, SEED)
    rules_pairs, clf_pairs = [], []
    chosen = []
    for i in range(k):
        tr = [r for r, f in zip(rows, fo) if f != i]
        te = [r for r, f in zip(rows, fo) if f == i]
        thr = choose_threshold(tr, 5)
        chosen.append(thr)
        w = train(tr)
        for _, gold, rule, fs in te:
            rules_pairs.append((gold, set(rule)))
            clf_pairs.append((gold, decide(rule, probs(w, fs), thr)))
    rm, ri = scores(rules_pairs)
    cm, ci = scores(clf_pairs)
    changed = sum(1 for a, b in zip(rules_pairs, clf_pairs) if a[1] != b[1])
    print("statements %d, %d-fold by document, seed %d" % (len(rows), k, SEED))
    print("rules alone          macro %.1f micro %.1f" % (rm, ri))
    print("rules + fallback (cv) macro %.1f micro %.1f  (%d labels changed; "
          "thresholds %s)" % (cm, ci, changed,
                              " ".join("%.2f" % t for t in chosen)))
    if out:
        if cm <= rm and not force:
            print("not written: the fallback does not beat the rules")
            return 1
        thr = choose_threshold(rows, 5)
        w = train(rows)
        with open(out, "w", encoding="utf-8") as f:
            f.write("# stance-clf.tsv: the stance labeller's trained fallback "
                    "(tools/stance_clf.py).\n")
            f.write("# feature<TAB>weights of: %s\n" % " ".join(LABELS))
            f.write("# cv (%d-fold by document): rules macro %.1f, rules + "
                    "fallback macro %.1f\n" % (k, rm, cm))
            f.write("_threshold\t%.2f\n" % thr)
            for feat in sorted(w):
                ws = w[feat]
                if max(abs(v) for v in ws) < 1e-3:
                    continue
                f.write("%s\t%s\n" % (feat, " ".join("%.4f" % v for v in ws)))
        print("written %s (threshold %.2f, %d features)" % (out, thr, len(w)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
