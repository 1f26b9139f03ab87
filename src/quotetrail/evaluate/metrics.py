"""Scoring primitives: trimmed span sets, one-to-one matching, P/R/F1, direct quotes, speakers.

A role's span (one or several pieces) is compared as the set of character
offsets it covers after each piece is trimmed at both ends of whitespace,
punctuation and quote marks, so ``“Taxes will rise,”`` and ``Taxes will rise``
are the same content; pieces with only such characters between them are one
passage (PolNeAR often gives a content as a piece per sentence). A span that
trims to nothing is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quotetrail.model import Span, Statement

TRIM_CHARS = frozenset("\"“”‘’'«»„‹›,.:;!?-—–()[]")
DOUBLE_QUOTE_MARKS = frozenset('"“”«»„')
SINGLE_QUOTE_OPENERS = ("‘", "'")
DIRECT_KINDS = frozenset({"direct", "mixed"})

OffsetSet = frozenset[int]


def _trimmable(char: str) -> bool:
    return char.isspace() or char in TRIM_CHARS


def trim_piece(text: str, span: Span) -> Span | None:
    """``span`` shrunk past trimmable characters at both ends; None when nothing is left."""
    start, end = max(span.start, 0), min(span.end, len(text))
    while start < end and _trimmable(text[start]):
        start += 1
    while end > start and _trimmable(text[end - 1]):
        end -= 1
    return Span(start, end) if start < end else None


def trimmed_pieces(text: str, spans: Iterable[Span]) -> tuple[Span, ...]:
    """The non-empty trimmed pieces of ``spans``, in text order."""
    return tuple(sorted(p for p in (trim_piece(text, s) for s in spans) if p is not None))


def offset_set(text: str, spans: Iterable[Span]) -> OffsetSet:
    """The union of the trimmed pieces as a set of character offsets (empty = dropped). Pieces with
    only whitespace, punctuation and quote marks between them count as one passage: PolNeAR often
    splits one content into a piece per sentence, so that "A. B." comes as "A." and "B."."""
    offsets: set[int] = set()
    last_end: int | None = None
    for piece in trimmed_pieces(text, spans):
        if (
            last_end is not None
            and last_end < piece.start
            and all(_trimmable(c) for c in text[last_end : piece.start])
        ):
            offsets.update(range(last_end, piece.start))
        offsets.update(range(piece.start, piece.end))
        last_end = piece.end
    return frozenset(offsets)


def pieces_text(text: str, spans: Iterable[Span], joiner: str = " ") -> str:
    return joiner.join(text[s.start : s.end] for s in sorted(spans))


@dataclass(frozen=True, slots=True)
class Counts:
    """Gold, predicted and matched items, with precision, recall and F1."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.gold + other.gold, self.predicted + other.predicted, self.matched + other.matched)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class RoleScore:
    """One role's counts under exact and under overlap matching."""

    exact: Counts = Counts()
    overlap: Counts = Counts()

    def __add__(self, other: RoleScore) -> RoleScore:
        return RoleScore(self.exact + other.exact, self.overlap + other.overlap)

    def to_dict(self) -> dict[str, dict[str, float | int]]:
        return {"exact": self.exact.to_dict(), "overlap": self.overlap.to_dict()}


@dataclass(frozen=True, slots=True)
class SpeakerCounts:
    """Speakers of matched direct quotes: how many pairs, how many right (any rule / span only)."""

    pairs: int = 0
    correct: int = 0
    correct_by_span: int = 0

    def __add__(self, other: SpeakerCounts) -> SpeakerCounts:
        return SpeakerCounts(
            self.pairs + other.pairs,
            self.correct + other.correct,
            self.correct_by_span + other.correct_by_span,
        )

    @property
    def accuracy(self) -> float:
        return self.correct / self.pairs if self.pairs else 0.0

    @property
    def span_accuracy(self) -> float:
        return self.correct_by_span / self.pairs if self.pairs else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "pairs": self.pairs,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "correct_by_span": self.correct_by_span,
            "span_accuracy": round(self.span_accuracy, 4),
        }


def match_exact(gold: Sequence[OffsetSet], predicted: Sequence[OffsetSet]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold index, predicted index)`` of equal sets, each side used once."""
    waiting: dict[OffsetSet, list[int]] = {}
    for index, offsets in enumerate(predicted):
        waiting.setdefault(offsets, []).append(index)
    pairs: list[tuple[int, int]] = []
    for g_index, offsets in enumerate(gold):
        candidates = waiting.get(offsets)
        if candidates:
            pairs.append((g_index, candidates.pop(0)))
    return pairs


def match_overlap(gold: Sequence[OffsetSet], predicted: Sequence[OffsetSet]) -> list[tuple[int, int]]:
    """One-to-one pairs of intersecting sets, greedily by largest overlap.

    Ties go to the pair with the larger Jaccard similarity, so an exact pair is
    always kept: every exact match is also an overlap match.
    """
    bounds = [(min(p), max(p)) if p else (1, 0) for p in predicted]
    candidates: list[tuple[int, float, int, int]] = []
    for g_index, g_set in enumerate(gold):
        if not g_set:
            continue
        g_low, g_high = min(g_set), max(g_set)
        for p_index, p_set in enumerate(predicted):
            low, high = bounds[p_index]
            if high < g_low or low > g_high:
                continue
            shared = len(g_set & p_set)
            if shared:
                jaccard = shared / (len(g_set) + len(p_set) - shared)
                candidates.append((-shared, -jaccard, g_index, p_index))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, g_index, p_index in candidates:
        if g_index not in used_gold and p_index not in used_predicted:
            used_gold.add(g_index)
            used_predicted.add(p_index)
            pairs.append((g_index, p_index))
    return sorted(pairs)


def is_gold_direct(text: str, content: Sequence[Span]) -> bool:
    """Gold content is a direct quote when its raw text holds a double quote mark
    (" “ ” « » „, or two apostrophes '' as the New York Times texts write one) or,
    stripped of whitespace, starts with a single opening mark (‘ or ')."""
    raw = pieces_text(text, content)
    return (
        any(mark in raw for mark in DOUBLE_QUOTE_MARKS)
        or "''" in raw
        or raw.strip().startswith(SINGLE_QUOTE_OPENERS)
    )


def is_predicted_direct(statement: Statement) -> bool:
    return statement.kind in DIRECT_KINDS


def normalised_name(value: str) -> str:
    """Lower-cased, whitespace collapsed, trimmed like a span."""
    collapsed = " ".join(value.split()).lower()
    start, end = 0, len(collapsed)
    while start < end and _trimmable(collapsed[start]):
        start += 1
    while end > start and _trimmable(collapsed[end - 1]):
        end -= 1
    return collapsed[start:end]


def contains_words(haystack: str, needle: str) -> bool:
    """``needle`` occurs in ``haystack`` as whole words (``he`` is not inside ``stephen``)."""
    if not needle:
        return False
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


@dataclass(frozen=True, slots=True)
class SpeakerVerdict:
    """Whether a predicted speaker is right for a gold source, by span only and by any rule."""

    by_span: bool
    by_any_rule: bool


def judge_speaker(text: str, gold_source: Sequence[Span], statement: Statement) -> SpeakerVerdict:
    """Is ``statement``'s speaker the gold source?

    Right if the predicted speaker span overlaps the gold source (both trimmed);
    or if the gold source's trimmed text, lower-cased, equals the predicted
    speaker text or occurs as whole words in the predicted ``speaker_name``
    (the same name given elsewhere, e.g. a resolved pronoun); or if gold has
    no source and nothing is predicted.
    """
    gold_set = offset_set(text, gold_source)
    predicted_set = offset_set(text, (statement.speaker_span,)) if statement.speaker_span else frozenset()
    by_span = bool(gold_set & predicted_set)
    if by_span:
        return SpeakerVerdict(by_span=True, by_any_rule=True)
    if not gold_set:
        nothing_predicted = statement.speaker_span is None and not statement.speaker
        return SpeakerVerdict(by_span=False, by_any_rule=nothing_predicted)
    gold_name = normalised_name(pieces_text(text, trimmed_pieces(text, gold_source)))
    speaker_text = statement.speaker
    if speaker_text is None and statement.speaker_span is not None:
        speaker_text = statement.speaker_span.text_of(text)
    same_text = speaker_text is not None and normalised_name(speaker_text) == gold_name
    in_name = statement.speaker_name is not None and contains_words(
        normalised_name(statement.speaker_name), gold_name
    )
    return SpeakerVerdict(by_span=False, by_any_rule=same_text or in_name)
