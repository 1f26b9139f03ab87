"""Train the cue classifier shipped as resources/cue_model.json, from PolNeAR's train split.

Which words cue an attribution in PolNeAR is a long tail ("said", but also "promoted",
"largely agreed with", "charges that"). A logistic regression over a word's lemma and its
syntax (its dependency, a clausal complement, an object, the kind of subject) decides it better
than a lemma list. Only train is read; the model holds feature weights, no corpus text.

Usage: .venv/bin/python scripts/train_cue_model.py ../shared/data/polnear/train
Needs scikit-learn (installed with the dev extra).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from quotetrail import nlp
from quotetrail.extraction.cue_model import FEATURE_VERSION, candidate, features
from quotetrail.extraction.lexicon import MIN_QUOTE_CUE_RATE, cue_forms

T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d; ]+)\t")
OUT = Path(__file__).resolve().parents[1] / "src/quotetrail/resources/cue_model.json"
MIN_WEIGHT = 0.02
MAX_FEATURES = 12_000


def gold_cue_chars(ann: Path) -> set[int]:
    spans: dict[str, list[tuple[int, int]]] = {}
    chars: set[int] = set()
    for line in ann.read_text(encoding="utf-8").splitlines():
        m = T_LINE.match(line)
        if m:
            spans[m.group(1)] = [
                (int(a), int(b)) for a, b in (p.split() for p in m.group(3).split(";") if p.strip())
            ]
        elif line.startswith("E"):
            for role_ref in line.split("\t")[1].split():
                role, ref = role_ref.split(":")
                if role == "Cue" and ref in spans:
                    for a, b in spans[ref]:
                        chars.update(range(a, b))
    return chars


def main(split_dir: str) -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    root = Path(split_dir)
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    names = sorted(chosen)
    forms = cue_forms(MIN_QUOTE_CUE_RATE)  # lemmas only where the extractor computes them
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    texts = ((root / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names)
    for i, (name, doc) in enumerate(
        zip(names, nlp.parse_fast(texts, lemmatize_if=forms.__contains__), strict=True)
    ):
        cue_chars = gold_cue_chars(chosen[name])
        for tok in doc:
            if candidate(tok):
                rows.append(dict.fromkeys(features(tok), 1.0))
                labels.append(int(tok.idx in cue_chars))
        if i % 100 == 0:
            print(f"{i}/{len(names)} articles, {len(rows)} candidates", file=sys.stderr)
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=0.5, max_iter=2000)
    probs = cross_val_predict(model, x, labels, cv=4, method="predict_proba")[:, 1]

    def f1_at(t: float) -> float:
        tp = sum(1 for p, y in zip(probs, labels, strict=True) if p >= t and y)
        fp = sum(1 for p, y in zip(probs, labels, strict=True) if p >= t and not y)
        fn = sum(1 for p, y in zip(probs, labels, strict=True) if p < t and y)
        print(f"cv threshold {t}: P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f}", file=sys.stderr)
        return 2 * tp / max(1, 2 * tp + fp + fn)

    # The threshold is chosen by cross-validated F1 on train, never on dev.
    best = max((round(f1_at(t), 4), t) for t in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55))
    model.fit(x, labels)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= MIN_WEIGHT
    }
    kept = dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:MAX_FEATURES])
    OUT.write_text(
        json.dumps(
            {
                "about": "Cue classifier: logistic regression trained on PolNeAR v1.0.0 train "
                "(840 articles) by scripts/train_cue_model.py. Feature weights only.",
                "feature_version": FEATURE_VERSION,
                "threshold": best[1],
                "bias": round(float(model.intercept_[0]), 4),
                "weights": kept,
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT}: {len(kept)} features, threshold {best[1]}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/polnear/train")
