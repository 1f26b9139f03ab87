"""The output contract every statement keeps, whatever the input: spans that slice to their fields.

``contract_problems(text, statements)`` lists every breach in readable form (empty when all is well).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from quotetrail.model import SPEAKER_TYPES, STATEMENT_KINDS, Span, Statement

RECORD_KEYS = {
    "source", "kind", "quote", "quote_spans", "speaker", "speaker_span", "speaker_name", "speaker_role",
    "speaker_type", "cue", "cue_span", "targets", "said_on", "venue",
}  # fmt: skip


def _in_text(span: Span, text: str) -> bool:
    return 0 <= span.start <= span.end <= len(text)


def _span_matches(label: str, value: str | None, span: Span | None, text: str) -> list[str]:
    if (value is None) != (span is None):
        return [f"{label} is {value!r} but its span is {span!r}"]
    if value is None or span is None:
        return []
    if not _in_text(span, text):
        return [f"{label} span {span.as_list()} lies outside the text (length {len(text)})"]
    if text[span.start : span.end] != value:
        return [f"{label} {value!r} != text[{span.start}:{span.end}] {text[span.start : span.end]!r}"]
    return []


def _outside_content(label: str, span: Span | None, pieces: Sequence[Span]) -> list[str]:
    if span is None or not len(span):
        return []
    return [f"{label} span {span.as_list()} overlaps the content" for piece in pieces if piece.overlaps(span)]


def _content_problems(statement: Statement, text: str) -> list[str]:
    pieces = statement.quote_spans
    if not pieces:
        return ["no quote_spans"]
    problems = [f"quote span {p.as_list()} lies outside the text" for p in pieces if not _in_text(p, text)]
    if problems:
        return problems
    problems += [f"empty quote span {p.as_list()}" for p in pieces if not len(p)]
    if list(pieces) != sorted(pieces) or any(a.end > b.start for a, b in pairwise(pieces)):
        problems.append(f"quote spans not in order or overlapping: {[p.as_list() for p in pieces]}")
    joined = " ".join(text[p.start : p.end] for p in pieces)
    if statement.quote != joined:
        problems.append(f"quote {statement.quote!r} != its pieces joined by a space {joined!r}")
    if not statement.quote.strip():
        problems.append("quote is blank")
    return problems


def _target_problems(statement: Statement, text: str) -> list[str]:
    problems: list[str] = []
    for target in statement.targets:
        problems += _span_matches(f"target {target.text!r}", target.text, target.span, text)
        if not any(piece.contains(target.span) for piece in statement.quote_spans):
            problems.append(f"target {target.text!r} {target.span.as_list()} is not inside the content")
        if not target.label or target.label != target.label.lower():
            problems.append(f"target {target.text!r} label {target.label!r} is not a lower-case label")
        if target.name is not None and not target.name.strip():
            problems.append(f"target {target.text!r} has a blank name")
    return problems


def statement_problems(statement: Statement, text: str) -> list[str]:
    problems = _content_problems(statement, text)
    if statement.kind not in STATEMENT_KINDS:
        problems.append(f"kind {statement.kind!r} not in {STATEMENT_KINDS}")
    if statement.speaker_type not in SPEAKER_TYPES:
        problems.append(f"speaker_type {statement.speaker_type!r} not in {SPEAKER_TYPES}")
    problems += _span_matches("speaker", statement.speaker, statement.speaker_span, text)
    problems += _span_matches("cue", statement.cue, statement.cue_span, text)
    if statement.venue is not None and statement.venue_span is not None:
        problems += _span_matches("venue", statement.venue, statement.venue_span, text)
    problems += _outside_content("speaker", statement.speaker_span, statement.quote_spans)
    problems += _outside_content("cue", statement.cue_span, statement.quote_spans)
    problems += _target_problems(statement, text)
    for label, value in (("speaker_name", statement.speaker_name), ("speaker_role", statement.speaker_role)):
        if value is not None and (not value.strip() or value != value.strip()):
            problems.append(f"{label} {value!r} is blank or has surrounding whitespace")
    if statement.speaker is None and statement.speaker_name is None and statement.speaker_type != "unknown":
        problems.append(f"no speaker at all but speaker_type is {statement.speaker_type!r}")
    if statement.said_on is not None and not isinstance(statement.said_on, date):
        problems.append(f"said_on {statement.said_on!r} is not a date")
    return problems


def contract_problems(text: str, statements: Sequence[Statement]) -> list[str]:
    """Every breach of the output contract, each prefixed with the statement's index."""
    problems: list[str] = []
    for index, statement in enumerate(statements):
        problems += [f"#{index} ({statement.quote[:40]!r}): {p}" for p in statement_problems(statement, text)]
    starts = [s.start for s in statements]
    if starts != sorted(starts):
        problems.append(f"statements are not in text order: starts {starts}")
    keys = [tuple(s.quote_spans) for s in statements]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        problems.append(f"several statements share the same content spans (same id): {sorted(duplicates)}")
    return problems
