"""Train the light entity recogniser shipped as resources/entity_tagger.npz (quotetrail.entity_tagger).

The teacher is the English model's own entity recogniser: every paragraph of PolNeAR's train
texts is parsed as the extractor parses it, the full recogniser labels it, and a one-hidden-layer
network learns to give the same labels from the token vectors the parse already has (see
quotetrail/entity_tagger.py). No human labels are used and no text is stored: the file holds the
network's weights and label names. Agreement with the teacher is then measured on the dev texts.

Usage: .venv/bin/python scripts/train_entity_tagger.py ../shared/data/polnear [--epochs 8] [--hidden 128] [--depth 2] [--invent 0.5]
Runs with numpy alone, about 10 minutes on one core.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from quotetrail import nlp
from quotetrail.entity_tagger import WEIGHTS, WINDOW, EntityTagger, TokenFeatures, windows
from quotetrail.extraction.marks import paragraphs

if TYPE_CHECKING:
    from spacy.tokens import Doc

OUT = Path(__file__).resolve().parents[1] / "src/quotetrail/resources" / WEIGHTS
SEED = 7


def paragraph_texts(split: Path) -> Iterator[str]:
    for path in sorted((split / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for span in paragraphs(text):
            if text[span.start : span.end].strip():
                yield text[span.start : span.end]


def teacher_labels(doc: Doc, index: dict[str, int]) -> list[int]:
    return [index["O"] if t.ent_iob_ == "O" else index[f"{t.ent_iob_}-{t.ent_type_}"] for t in doc]


SYLLABLES = [
    "ka",
    "ve",
    "ro",
    "ta",
    "mi",
    "len",
    "dor",
    "sa",
    "vi",
    "nek",
    "to",
    "ral",
    "bre",
    "is",
    "an",
    "mar",
    "go",
    "ul",
    "fen",
    "dra",
    "ko",
    "zel",
    "pi",
    "as",
    "har",
    "tov",
]
SWAPPED = ("PERSON", "GPE", "ORG")


def invented_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def with_invented_names(doc: Doc, rng: random.Random) -> str | None:
    """The paragraph with its people, places and organisations renamed (one word for one word),
    so that names the teacher knew from training are not all the student learns from."""
    out, changed = [], False
    for t in doc:
        word = t.text
        if t.ent_type_ in SWAPPED and word.isalpha() and word.istitle() and len(word) > 2 and not t.is_stop:
            word, changed = invented_name(rng), True
        out.append(word + t.whitespace_)
    return "".join(out) if changed else None


def corpus(
    split: Path, labels: list[str], invent: float = 0.0, depth: int = 1
) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Raw features, teacher labels and document lengths for every paragraph of ``split``; with
    ``invent`` > 0, also that share of the paragraphs again with invented names (and the teacher's
    labels)."""
    index = {label: i for i, label in enumerate(labels)}
    features = TokenFeatures(nlp.load(), depth)
    ner = nlp.load().get_pipe("ner")
    rng = random.Random(SEED)
    rows, gold, lengths = [], [], []
    batch: list[Doc] = []

    def add(docs: list[Doc], doc_labels: list[list[int]]) -> None:
        rows.append(features(docs))
        for doc, these in zip(docs, doc_labels, strict=True):
            gold.extend(these)
            lengths.append(len(doc))

    def flush() -> None:
        docs = list(ner.pipe(batch, batch_size=64))  # type: ignore[attr-defined]
        add(docs, [teacher_labels(doc, index) for doc in docs])
        if invent > 0:
            renamed = [
                (text, teacher_labels(doc, index))
                for doc in docs
                if rng.random() < invent and (text := with_invented_names(doc, rng))
            ]
            kept = [
                (d, y)
                for d, (_, y) in zip(nlp.parse_fast(t for t, _ in renamed), renamed, strict=True)
                if len(d) == len(y)
            ]
            if kept:
                add([d for d, _ in kept], [y for _, y in kept])
        batch.clear()

    for doc in nlp.parse_fast(paragraph_texts(split)):
        if len(doc):
            batch.append(doc)
        if len(batch) == 256:
            flush()
    if batch:
        flush()
    return np.concatenate(rows), np.array(gold, dtype=np.int64), lengths


def entities(
    runs_of: Callable[[np.ndarray], list[tuple[int, int, str]]], rows: np.ndarray, lengths: list[int]
) -> set[tuple[int, int, str]]:
    """Every document's entity runs, as (first, end, type) over the whole corpus."""
    out: set[tuple[int, int, str]] = set()
    start = 0
    for n in lengths:
        out.update((start + a, start + b, kind) for a, b, kind in runs_of(rows[start : start + n]))
        start += n
    return out


def train(
    x: np.ndarray, y: np.ndarray, lengths: list[int], hidden: int, epochs: int, n_labels: int
) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(SEED)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    padded, at = windows(x, lengths, WINDOW)
    padded = (padded - mean) / scale  # padding rows too: the tagger folds this into its first layer
    positions = 2 * WINDOW + 1
    width = x.shape[1]
    params = {
        "W1": rng.normal(0, np.sqrt(2 / (positions * width)), (positions * width, hidden)).astype(np.float32),
        "b1": np.zeros(hidden, np.float32),
        "W2": rng.normal(0, np.sqrt(1 / hidden), (hidden, n_labels)).astype(np.float32),
        "b2": np.zeros(n_labels, np.float32),
    }
    moments = {k: (np.zeros_like(v), np.zeros_like(v)) for k, v in params.items()}
    rate, step, size = 1e-3, 0, 256
    for epoch in range(epochs):
        started = time.perf_counter()
        order = rng.permutation(len(at))
        for s in range(0, len(order), size):
            rows = at[order[s : s + size]]
            xb = np.hstack([padded[rows + k - WINDOW] for k in range(positions)])
            yb = y[order[s : s + size]]
            z = xb @ params["W1"] + params["b1"]
            h = np.maximum(z, 0)
            o = h @ params["W2"] + params["b2"]
            o -= o.max(axis=1, keepdims=True)
            p = np.exp(o)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(yb)), yb] -= 1
            p /= len(yb)
            dh = p @ params["W2"].T
            dh[z <= 0] = 0
            grads = {"W1": xb.T @ dh, "b1": dh.sum(0), "W2": h.T @ p, "b2": p.sum(0)}
            step += 1
            for k, g in grads.items():
                m, v = moments[k]
                m *= 0.9
                m += 0.1 * g
                v *= 0.999
                v += 0.001 * g * g
                params[k] -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        rate *= 0.7
        print(f"epoch {epoch + 1}/{epochs}: {time.perf_counter() - started:.0f} s", flush=True)
    return {**params, "mean": mean.astype(np.float32), "scale": scale.astype(np.float32)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", type=Path, help="the PolNeAR folder holding train/ and dev/")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--depth", type=int, default=2, help="window layers of the recogniser's encoder to run"
    )
    parser.add_argument(
        "--invent", type=float, default=0.5, help="share of paragraphs repeated with invented names"
    )
    args = parser.parse_args()
    teacher = nlp.load().get_pipe("ner")
    labels = ["O"] + [f"{p}-{label}" for label in teacher.labels for p in "BI"]  # type: ignore[attr-defined]
    x, y, lengths = corpus(args.polnear / "train", labels, invent=args.invent, depth=args.depth)
    print(f"train: {len(lengths)} paragraphs, {len(y)} tokens", flush=True)
    weights = train(x, y, lengths, args.hidden, args.epochs, len(labels))
    weights["labels"] = np.array(labels)
    weights["depth"] = np.array(args.depth)
    np.savez_compressed(args.out, **weights)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")

    x, y, lengths = corpus(args.polnear / "dev", labels, depth=args.depth)
    tagger = EntityTagger(nlp.load(), weights)
    certain = np.eye(len(labels), dtype=np.float32)[y]  # the teacher's labels as scores
    gold = entities(tagger.entity_runs, certain, lengths)
    found = entities(tagger.entity_runs, tagger.scores_of(x, lengths), lengths)
    print(f"dev: {len(y)} tokens, agreement with the full recogniser (entity exact match):")
    print("| type | teacher's | P | R | F1 |\n| --- | --- | --- | --- | --- |")
    kinds = Counter(k for _, _, k in gold)
    for kind in [*sorted(kinds, key=lambda k: -kinds[k]), "all"]:
        g = {e for e in gold if kind in ("all", e[2])}
        f = {e for e in found if kind in ("all", e[2])}
        hit = len(g & f)
        p, r = hit / max(1, len(f)), hit / max(1, len(g))
        print(f"| {kind} | {len(g)} | {p:.3f} | {r:.3f} | {2 * p * r / max(1e-9, p + r):.3f} |")


if __name__ == "__main__":
    main()
