"""A light entity recogniser that reads the parser's token vectors, taught by the model's own.

``en_core_web_sm``'s entity recogniser encodes every token a second time, with its own
four-layer encoder, and then walks a transition system: it was as costly as the tagger and
parser together. :class:`EntityTagger` labels each token (``B-``/``I-`` + entity type, or ``O``)
with a one-hidden-layer network over two inputs the pipeline already has or gets cheaply:

- the vectors the tagger and parser share (``doc.tensor``), already computed for the parse;
- the recogniser's own token embeddings after the first two of its four window layers (the
  depth is stored with the weights): half its encoder, none of its transition system.

Each token sees these for itself and two neighbours each side. The network was trained by
``scripts/train_entity_tagger.py`` to give the labels the full recogniser gives, on PolNeAR's
train texts (no human labels); its weights ship as ``resources/entity_tagger.npz``, and its
agreement with the full recogniser is in ``resources/MODEL_CARD.md``.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from quotetrail.token_encoder import TokenEncoder

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

WEIGHTS = "entity_tagger.npz"
WINDOW = 2  # neighbours each side
BATCH = 64  # documents labelled together


class TokenFeatures:
    """Each token as [shared vector | recogniser embedding], for the tagger and its trainer."""

    def __init__(self, nlp: Language, depth: int) -> None:
        """``depth``: how many window layers of the recogniser's own encoder to run."""
        ner_encoder = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]  # type: ignore[attr-defined]
        self.encoder = TokenEncoder(ner_encoder, depth=depth)

    def __call__(self, docs: list[Doc]) -> np.ndarray:
        """One row a token of ``docs``, in order; the docs need their ``tensor`` (parsed)."""
        own = np.concatenate(self.encoder(docs))
        shared = np.concatenate([doc.tensor for doc in docs])
        return np.hstack([shared, own]).astype(np.float32, copy=False)


def windows(rows: np.ndarray, lengths: list[int], window: int = WINDOW) -> tuple[np.ndarray, np.ndarray]:
    """``rows`` with ``window`` zero rows before, between and after documents, and the index of
    each token's own row in that padded array."""
    total = len(rows) + window * (len(lengths) + 1)
    padded = np.zeros((total, rows.shape[1]), dtype=rows.dtype)
    starts = np.cumsum([0, *lengths[:-1]]) + window * np.arange(1, len(lengths) + 1)
    at = (
        np.concatenate([np.arange(s, s + n) for s, n in zip(starts, lengths, strict=True)])
        if rows.size
        else np.zeros(0, int)
    )
    padded[at] = rows
    return padded, at


PROPER = ("NNP", "NNPS")


def whole_names(doc: Doc, runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Entities stretched over the proper nouns the parse joins to them as one name: the tagger
    may label "Samira" and leave "Tovek" out, where the parser has "Samira" as part of "Tovek"."""

    def joined(a: int, b: int) -> bool:  # adjacent proper nouns, one a compound part of the other
        left, right = doc[a], doc[b]
        return (
            left.tag_ in PROPER
            and right.tag_ in PROPER
            and (
                (left.dep_ == "compound" and left.head.i == b)
                or (right.dep_ == "compound" and right.head.i == a)
            )
        )

    out: list[tuple[int, int, str]] = []
    for k, (begin, end, kind) in enumerate(runs):
        floor = out[-1][1] if out else 0
        ceiling = runs[k + 1][0] if k + 1 < len(runs) else len(doc)
        while begin > floor and joined(begin - 1, begin):
            begin -= 1
        while end < ceiling and joined(end - 1, end):
            end += 1
        out.append((begin, end, kind))
    return out


def _names_something(tok: Token) -> bool:
    """Not a determiner, stop word or punctuation: an entity of only those ("the") is noise."""
    return not (tok.is_stop or tok.is_punct or tok.pos_ in ("DET", "ADP", "CCONJ", "PRON"))


class EntityTagger:
    """Sets ``doc.ents`` on parsed docs, from :data:`WEIGHTS`."""

    def __init__(self, nlp: Language, weights: dict[str, Any] | None = None) -> None:
        if weights is None:
            with resources.files("quotetrail.resources").joinpath(WEIGHTS).open("rb") as fh:
                weights = dict(np.load(fh, allow_pickle=False))
        self.features = TokenFeatures(nlp, int(weights["depth"]))
        self.labels: list[str] = [str(label) for label in weights["labels"]]
        mean, scale = weights["mean"], weights["scale"]
        hidden_in: np.ndarray = weights["W1"]  # (positions * width, hidden), positions left to right
        width = mean.shape[0]
        positions = hidden_in.shape[0] // width
        self.window = positions // 2
        # Standardising the inputs is folded into the first layer: rows are used as they come.
        blocks = [hidden_in[k * width : (k + 1) * width] / scale[:, None] for k in range(positions)]
        self.first = np.ascontiguousarray(np.hstack(blocks), dtype=np.float32)
        self.first_bias = (
            weights["b1"] - sum(((mean / scale) @ b) for b in np.split(hidden_in, positions))
        ).astype(np.float32)
        self.second = np.ascontiguousarray(weights["W2"], dtype=np.float32)
        self.second_bias = weights["b2"].astype(np.float32)
        self.hidden = hidden_in.shape[1]
        self._allowed: dict[str, np.ndarray] = {}  # open entity type ("" for none) -> labels that may follow

    def scores(self, docs: list[Doc]) -> np.ndarray:
        """Label scores, one row a token of ``docs``."""
        return self.scores_of(self.features(docs), [len(doc) for doc in docs])

    def scores_of(self, rows: np.ndarray, lengths: list[int]) -> np.ndarray:
        """Label scores for token features ``rows`` of documents ``lengths`` long."""
        padded, at = windows(rows, lengths, self.window)
        products = padded @ self.first  # each row times every position's block at once
        h = self.hidden
        pre = np.zeros((len(at), h), dtype=np.float32)
        for k in range(2 * self.window + 1):
            pre += products[at + k - self.window, k * h : (k + 1) * h]
        pre += self.first_bias
        np.maximum(pre, 0, out=pre)
        return np.asarray(pre @ self.second + self.second_bias)

    def __call__(self, docs: list[Doc]) -> None:
        """Set the entities of ``docs`` (in place)."""
        from spacy.tokens import Span

        docs = [doc for doc in docs if len(doc)]
        for first in range(0, len(docs), BATCH):  # batches keep memory flat on a very long article
            batch = docs[first : first + BATCH]
            scores = self.scores(batch)
            start = 0
            for doc in batch:
                runs = whole_names(doc, self.entity_runs(scores[start : start + len(doc)]))
                runs = [
                    (a, b, kind) for a, b, kind in runs if any(_names_something(doc[i]) for i in range(a, b))
                ]
                doc.ents = [Span(doc, begin, end, label=kind) for begin, end, kind in runs]
                start += len(doc)

    def entity_runs(self, scores: np.ndarray) -> list[tuple[int, int, str]]:
        """(first token, end token, type) of the entities of one document, from its label scores.

        Labels are read left to right: an ``I-`` label that cannot continue what comes before it
        (after ``O``, or inside another type) is replaced by the best label that can (``O``, a
        ``B-``, or ``I-`` of the open type)."""
        runs: list[tuple[int, int, str]] = []
        open_at, open_type = -1, ""
        for i, index in enumerate(scores.argmax(axis=1).tolist()):
            prefix, _, kind = self.labels[index].partition("-")
            if prefix == "I" and kind != open_type:
                index = self._best_after(scores[i], open_type)
                prefix, _, kind = self.labels[index].partition("-")
            if open_at >= 0 and prefix != "I":
                runs.append((open_at, i, open_type))
                open_at, open_type = -1, ""
            if prefix == "B":
                open_at, open_type = i, kind
        if open_at >= 0:
            runs.append((open_at, len(scores), open_type))
        return runs

    def _best_after(self, scores: np.ndarray, open_type: str) -> int:
        allowed = self._allowed.get(open_type)
        if allowed is None:
            allowed = self._allowed[open_type] = np.array(
                [not label.startswith("I-") or label == f"I-{open_type}" for label in self.labels]
            )
        return int(np.argmax(np.where(allowed, scores, -np.inf)))
