"""Build resources/cue_lemmas.tsv from PolNeAR's train split.

For every word whose lemma could be a cue, count how often it occurs and how
often it heads a gold cue span, separately for tokens that govern a clausal
complement (ccomp/xcomp) and those that don't. The extractor treats a word as a
cue when its observed cue rate is high enough (see extraction/lexicon.py).

Usage: .venv/bin/python scripts/build_cue_lexicon.py ../shared/data/polnear/train
Only the train split is read. The output holds counts, no corpus text.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

from quotetrail import nlp

T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d; ]+)\t")


def gold_cue_spans(ann: Path) -> list[tuple[int, int]]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    cues = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        m = T_LINE.match(line)
        if m:
            pieces = [tuple(map(int, p.split())) for p in m.group(3).split(";") if p.strip()]
            spans[m.group(1)] = (m.group(2), pieces)  # type: ignore[assignment]
        elif line.startswith("E"):
            for role_ref in line.split("\t")[1].split():
                role, ref = role_ref.split(":")
                if role == "Cue" and ref in spans:
                    cues.extend(spans[ref][1])
    return cues


def main(split_dir: str) -> None:
    root = Path(split_dir)
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    model = nlp.load()
    names = sorted(chosen)
    texts = ((root / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names)
    for i, (name, doc) in enumerate(zip(names, model.pipe(texts, batch_size=16), strict=True)):
        cue_chars: set[int] = set()
        for s, e in gold_cue_spans(chosen[name]):
            cue_chars.update(range(s, e))
        for tok in doc:
            if tok.is_space or (tok.is_punct and tok.text != ":"):
                continue
            key = tok.lemma_.lower() if tok.text != ":" else ":"
            has_comp = any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
            row = counts[f"{key}\t{tok.pos_}"]
            is_cue = tok.idx in cue_chars
            row[0 if not has_comp else 2] += 1
            row[1 if not has_comp else 3] += int(is_cue)
        if i % 50 == 0:
            print(f"{i}/{len(names)}", file=sys.stderr)
    out = Path(__file__).resolve().parents[1] / "src/quotetrail/resources/cue_lemmas.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write("# From PolNeAR v1.0.0 train split (840 articles), scripts/build_cue_lexicon.py.\n")
        fh.write("# lemma\tpos\tn_plain\tcue_plain\tn_with_complement\tcue_with_complement\n")
        for key, (n0, c0, n1, c1) in sorted(counts.items()):
            if c0 + c1 >= 2:
                fh.write(f"{key}\t{n0}\t{c0}\t{n1}\t{c1}\n")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/polnear/train")
