#!/usr/bin/env python3
"""Build and verify the gold annotation of the project's own corpus.

Usage (from the repository root or anywhere):
    python3 corpora/tools/mkgold.py            build every NNN_*.gold.jsonl and ALL.gold.jsonl
    python3 corpora/tools/mkgold.py --check    verify only; fail if a gold file is stale
    python3 corpora/tools/mkgold.py --show 004 print article 004 with its spans bracketed

Each article corpora/NNN_<lang>_<slug>.txt has a readable annotation source
corpora/src/NNN.ann.py (plain Python data, see README.md).  Spans are written as text,
never as offsets:

  "Vaitkute"                 the only occurrence of that string in the article
  ("said", 3)                the 3rd occurrence (1-based)
  "Vaitkute ⟦said⟧ on"       the marked part of the only occurrence of the context
                             "Vaitkute said on" (the markers are not in the text)

Entities are listed as (surface, TYPE) or (surface, TYPE, {"only": [n, ...]}) or
(surface, TYPE, {"skip": [n, ...]}): every whole-word occurrence of the surface is an
entity mention (counting occurrences 1-based among whole-word matches), except those
lying inside a longer entity already placed (longer surfaces are placed first).

Everything is verified: NFC text, header line, no final newline, span texts, no
overlapping entities, statement fields and labels, and that `cat corpora/[0-9]*.txt`
splits back into exactly the article texts.
"""

import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
SRC = os.path.join(CORPUS, "src")

ENT_TYPES = {"PERSON", "ORG", "GOV", "MEDIA", "LOC", "NORP", "ROLE", "MISC"}
KINDS = {"direct", "indirect", "mixed", "reported"}
STANCES = {"condemnation", "concern", "accusation", "denial", "demand",
           "warning", "support", "neutral"}
LANGS = {"en", "uk", "pl", "de", "ru", "fr"}
HEADER = re.compile(r"^[ \t]*date (\d{4}-\d{2}-\d{2}) (\S.*)$")
GLUED_HEADER = re.compile(r"\sdate \d{4}-\d{2}-\d{2} ")
OPEN, CLOSE = "\u27e6", "\u27e7"   # ⟦ ⟧


class GoldError(Exception):
    pass


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def resolve(text, spec, what):
    """Return (start, end) for a span spec (see module docstring)."""
    n = None
    if isinstance(spec, tuple):
        spec, n = spec
    if not isinstance(spec, str) or not spec:
        raise GoldError("%s: bad span spec %r" % (what, spec))
    if OPEN in spec:
        a = spec.index(OPEN)
        b = spec.index(CLOSE)
        plain = spec.replace(OPEN, "").replace(CLOSE, "")
        off, length = a, b - a - 1
    else:
        plain, off, length = spec, 0, len(spec)
    occ = occurrences(text, plain)
    if not occ:
        raise GoldError("%s: %r not found" % (what, plain))
    if n is None:
        if len(occ) != 1:
            raise GoldError("%s: %r occurs %d times; give an occurrence or more context"
                            % (what, plain, len(occ)))
        i = occ[0]
    else:
        if not 1 <= n <= len(occ):
            raise GoldError("%s: %r has %d occurrences, asked for %d"
                            % (what, plain, len(occ), n))
        i = occ[n - 1]
    return i + off, i + off + length


def span(text, spec, what):
    s, e = resolve(text, spec, what)
    return {"start": s, "end": e, "text": text[s:e]}


def build_entities(text, specs, fname):
    placed = []
    order = sorted(range(len(specs)), key=lambda k: -len(specs[k][0]))
    for k in order:
        sp = specs[k]
        surface, etype = sp[0], sp[1]
        opts = sp[2] if len(sp) > 2 else {}
        if etype not in ENT_TYPES:
            raise GoldError("%s: entity %r: bad type %s" % (fname, surface, etype))
        pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
        hits = [m.start() for m in pat.finditer(text)]
        if not hits:
            raise GoldError("%s: entity %r not found" % (fname, surface))
        only, skip = opts.get("only"), set(opts.get("skip", []))
        used = 0
        for idx, s in enumerate(hits, 1):
            if only is not None and idx not in only:
                continue
            if idx in skip:
                continue
            e = s + len(surface)
            inside = False
            for p in placed:
                if s < p["end"] and p["start"] < e:
                    if p["start"] <= s and e <= p["end"] and only is None:
                        inside = True
                        break
                    raise GoldError("%s: entity %r at %d overlaps %r at %d"
                                    % (fname, surface, s, p["text"], p["start"]))
            if inside:
                continue
            placed.append({"start": s, "end": e, "type": etype, "text": surface})
            used += 1
        if used == 0:
            raise GoldError("%s: entity %r: no occurrence placed" % (fname, surface))
    placed.sort(key=lambda x: x["start"])
    return placed


def build_statement(text, st, fname, k):
    what = "%s statement %d" % (fname, k)
    kind = st["kind"]
    if kind not in KINDS:
        raise GoldError("%s: bad kind %r" % (what, kind))
    out = {"kind": kind}
    content = []
    for c in st.get("content", []):
        s, e = resolve(text, c, what + " content")
        content.append({"start": s, "end": e})
    content.sort(key=lambda x: x["start"])
    out["content"] = content
    out["cue"] = span(text, st["cue"], what + " cue")
    if st.get("speaker") is not None:
        out["speaker"] = span(text, st["speaker"], what + " speaker")
    if "name" not in st:
        raise GoldError("%s: speaker name missing (use None for an unnamed source)" % what)
    out["speaker_name"] = st["name"]
    stance = st["stance"]
    if not stance or any(x not in STANCES for x in stance) or len(set(stance)) != len(stance):
        raise GoldError("%s: bad stance %r" % (what, stance))
    if "neutral" in stance and len(stance) > 1:
        raise GoldError("%s: neutral combined with another label" % what)
    out["stance"] = list(stance)
    if stance != ["neutral"]:
        tgt = st.get("target")
        if not tgt or tgt not in text:
            raise GoldError("%s: target %r missing or not in text" % (what, tgt))
        out["target"] = tgt
    elif st.get("target"):
        raise GoldError("%s: neutral statement with a target" % what)
    if st.get("role"):
        out["speaker_role"] = st["role"]
    if st.get("org"):
        out["speaker_org"] = st["org"]
    return out


def check_statement(text, st, header_end, what, lang):
    spans = [(c["start"], c["end"], "content") for c in st["content"]]
    for a, b in zip(st["content"], st["content"][1:]):
        if a["end"] > b["start"]:
            raise GoldError("%s: content segments overlap" % what)
    if st["kind"] != "reported" and not st["content"]:
        raise GoldError("%s: %s statement without content" % (what, st["kind"]))
    cue = st["cue"]
    spans.append((cue["start"], cue["end"], "cue"))
    if "speaker" in st:
        spans.append((st["speaker"]["start"], st["speaker"]["end"], "speaker"))
    for s, e, nm in spans:
        if s < header_end:
            raise GoldError("%s: %s lies in the header line" % (what, nm))
        if not 0 <= s < e <= len(text):
            raise GoldError("%s: %s span out of range" % (what, nm))
    # a German reported act's content is its sentence, cue and speaker
    # included (README: the German convention)
    act_sentence = st["kind"] == "reported" and lang == "de"
    for c in st["content"]:
        for s, e, nm in spans:
            if (nm != "content" and s < c["end"] and c["start"] < e and
                    not act_sentence):
                raise GoldError("%s: %s overlaps content" % (what, nm))
        seg = text[c["start"]:c["end"]]
        if seg != seg.strip():
            raise GoldError("%s: content segment has outer whitespace: %r" % (what, seg))


def load_source(path):
    ns = {}
    with open(path, encoding="utf-8") as f:
        exec(compile(f.read(), path, "exec"), ns)
    return ns


def build_one(src_path):
    ns = load_source(src_path)
    fname = ns["FILE"]
    m = re.match(r"^(\d{3})_([a-z]{2})_[a-z0-9_]+\.txt$", fname)
    if not m:
        raise GoldError("%s: bad file name" % fname)
    num, lang = m.group(1), m.group(2)
    if os.path.basename(src_path) != num + ".ann.py":
        raise GoldError("%s: source %s does not match" % (fname, src_path))
    if lang not in LANGS or ns.get("LANG", lang) != lang:
        raise GoldError("%s: language mismatch" % fname)
    with open(os.path.join(CORPUS, fname), encoding="utf-8", newline="") as f:
        text = f.read()
    if unicodedata.normalize("NFC", text) != text:
        raise GoldError("%s: text is not NFC" % fname)
    if text.endswith("\n") or "\r" in text:
        raise GoldError("%s: final newline or CR" % fname)
    first, _, body = text.partition("\n")
    hm = HEADER.match(first)
    if not hm:
        raise GoldError("%s: first line is not a header" % fname)
    if not body.startswith("\n") or "\n\n\n" in text:
        raise GoldError("%s: paragraphs must be separated by one blank line" % fname)
    if GLUED_HEADER.search(text[len(first):]) or re.search(r"(?m)^\s*date \d{4}-", body):
        raise GoldError("%s: body contains something that reads as a header" % fname)
    header_end = len(first)
    meta_in = ns["META"]
    dateline = body.strip("\n").split("\n", 1)[0]
    if not dateline.startswith(meta_in["place"]) or meta_in["source"] not in dateline[:120]:
        raise GoldError("%s: META place/source not in the dateline" % fname)
    meta = {"date": hm.group(1), "place": meta_in["place"],
            "source": meta_in["source"], "title": hm.group(2)}
    ents = build_entities(text, ns["E"], fname)
    for e in ents:
        if e["start"] < header_end and e["end"] > header_end:
            raise GoldError("%s: entity crosses the header line" % fname)
    stmts = []
    for k, st in enumerate(ns["S"], 1):
        out = build_statement(text, st, fname, k)
        check_statement(text, out, header_end, "%s statement %d" % (fname, k), lang)
        stmts.append(out)
    words = len(text.split())
    if not 150 <= words <= 350:
        raise GoldError("%s: %d words (want 150-350)" % (fname, words))
    doc = {"id": "corpora-" + num, "lang": lang, "text": text, "meta": meta,
           "entities": ents, "statements": stmts}
    return fname, doc


def split_stream(stream):
    """Split a `cat` stream the way DESIGN.md's reader does: before the whitespace
    that precedes a glued or line-initial `date YYYY-MM-DD` header."""
    cuts = [0]
    for m in re.finditer(r"([ \t]*)date \d{4}-\d{2}-\d{2} ", stream):
        s = m.start()
        if s == 0:
            continue
        prev = stream[s - 1]
        if m.group(1) or prev == "\n":
            cuts.append(s)
    cuts.append(len(stream))
    return [stream[a:b] for a, b in zip(cuts, cuts[1:]) if a < b]


def show(doc):
    text = doc["text"]
    marks = {}
    for e in doc["entities"]:
        marks.setdefault(e["start"], []).append("[")
        marks.setdefault(e["end"], []).insert(0, "]" + e["type"])
    out = []
    for i, ch in enumerate(text + " "):
        for mk in marks.get(i, []):
            out.append(mk)
        out.append(ch)
    print("".join(out))
    print()
    for k, st in enumerate(doc["statements"], 1):
        segs = " | ".join(text[c["start"]:c["end"]] for c in st["content"])
        spk = st.get("speaker", {}).get("text")
        print("%2d %-8s cue=%r speaker=%r name=%r role=%r org=%r stance=%s target=%r\n   {%s}"
              % (k, st["kind"], st["cue"]["text"], spk, st["speaker_name"],
                 st.get("speaker_role"), st.get("speaker_org"), st["stance"],
                 st.get("target"), segs))


def main(argv):
    check_only = "--check" in argv
    if "--show" in argv:
        want = argv[argv.index("--show") + 1]
        try:
            for src in sorted(glob.glob(os.path.join(SRC, want + "*.ann.py"))):
                show(build_one(src)[1])
        except GoldError as e:
            print("mkgold: " + str(e), file=sys.stderr)
            return 1
        return 0
    docs = []
    try:
        for src in sorted(glob.glob(os.path.join(SRC, "[0-9][0-9][0-9].ann.py"))):
            docs.append(build_one(src))
        txts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(CORPUS, "[0-9]*.txt")))
        if txts != [f for f, _ in docs]:
            raise GoldError("articles and annotation sources differ: %s vs %s"
                            % (txts, [f for f, _ in docs]))
        stream = "".join(d["text"] for _, d in docs)
        if split_stream(stream) != [d["text"] for _, d in docs]:
            raise GoldError("the concatenated stream does not split back into the articles")
    except GoldError as e:
        print("mkgold: " + str(e), file=sys.stderr)
        return 1
    lines = {}
    for f, d in docs:
        lines[f[:-4] + ".gold.jsonl"] = json.dumps(d, ensure_ascii=False) + "\n"
    lines["ALL.gold.jsonl"] = "".join(lines[f[:-4] + ".gold.jsonl"] for f, _ in docs)
    stale = 0
    for name, content in lines.items():
        path = os.path.join(CORPUS, name)
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as fh:
                old = fh.read()
        if old == content:
            continue
        if check_only:
            print("mkgold: %s is stale" % name, file=sys.stderr)
            stale += 1
        else:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(content)
    n_e = sum(len(d["entities"]) for _, d in docs)
    n_s = sum(len(d["statements"]) for _, d in docs)
    print("mkgold: %d articles, %d entities, %d statements%s"
          % (len(docs), n_e, n_s, " (checked)" if check_only else ""))
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
