"""Scoring one article: gold attributions against predicted statements.

Roles: source <-> ``Statement.speaker_span``, cue <-> ``cue_span``, content <->
``quote_spans``. For source and cue, identical span sets are counted once per
article on each side before matching: several attributions can share one
source or cue string, and one predicted speaker span can serve several
statements. Content is never deduplicated.

Besides counts, scoring yields error records (plain dicts, one JSON line each):

- ``missed``: a gold item no prediction overlaps;
- ``spurious``: a prediction overlapping no gold item;
- ``boundary``: matched by overlap but not exactly (both texts given);
- ``wrong`` (role ``speaker``): a matched direct quote whose speaker is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from quotetrail.evaluate.context import sentence_around
from quotetrail.evaluate.metrics import (
    Counts,
    OffsetSet,
    RoleScore,
    SpeakerCounts,
    is_gold_direct,
    is_predicted_direct,
    judge_speaker,
    match_exact,
    match_overlap,
    offset_set,
    pieces_text,
)
from quotetrail.evaluate.polnear import GoldArticle, GoldAttribution
from quotetrail.model import Span, Statement

ROLES: tuple[str, ...] = ("source", "cue", "content")
DEDUPLICATED_ROLES = frozenset({"source", "cue"})
PIECE_JOINER = " … "


@dataclass(frozen=True, slots=True)
class RoleItem:
    """One side's span set for a role, with the raw pieces and whose it is."""

    offsets: OffsetSet
    spans: tuple[Span, ...]
    index: int  # gold attribution index or predicted statement index


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """Counts (and error records) for one article."""

    name: str
    roles: dict[str, RoleScore]
    direct: Counts
    speaker: SpeakerCounts
    gold_attributions: int
    predicted_statements: int
    errors: tuple[dict[str, Any], ...] = ()


def gold_spans(attribution: GoldAttribution, role: str) -> tuple[Span, ...]:
    spans: tuple[Span, ...] = getattr(attribution, role)
    return spans


def predicted_spans(statement: Statement, role: str) -> tuple[Span, ...]:
    if role == "source":
        return (statement.speaker_span,) if statement.speaker_span else ()
    if role == "cue":
        return (statement.cue_span,) if statement.cue_span else ()
    return tuple(statement.quote_spans)


def role_items(text: str, role: str, spans_by_index: Sequence[tuple[Span, ...]]) -> list[RoleItem]:
    """Non-empty trimmed span sets, deduplicated for source and cue (first occurrence kept)."""
    items: list[RoleItem] = []
    seen: set[OffsetSet] = set()
    for index, spans in enumerate(spans_by_index):
        offsets = offset_set(text, spans)
        if not offsets or (role in DEDUPLICATED_ROLES and offsets in seen):
            continue
        seen.add(offsets)
        items.append(RoleItem(offsets, tuple(sorted(spans)), index))
    return items


def _record(
    name: str, text: str, role: str, error: str, spans: Sequence[Span], **extra: Any
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "article": name,
        "role": role,
        "error": error,
        "text": pieces_text(text, spans, PIECE_JOINER),
        "offsets": [s.as_list() for s in spans],
    }
    record.update(extra)
    record["sentence"] = sentence_around(text, spans)
    return record


def score_role(
    article: GoldArticle, role: str, statements: Sequence[Statement], errors: list[dict[str, Any]] | None
) -> RoleScore:
    text = article.text
    gold = role_items(text, role, [gold_spans(a, role) for a in article.attributions])
    predicted = role_items(text, role, [predicted_spans(s, role) for s in statements])
    gold_sets = [g.offsets for g in gold]
    predicted_sets = [p.offsets for p in predicted]
    exact = match_exact(gold_sets, predicted_sets)
    overlap = match_overlap(gold_sets, predicted_sets)
    if errors is not None:
        exact_gold = {g for g, _ in exact}
        matched_predicted = {p for _, p in overlap}
        matched_gold = {g for g, _ in overlap}
        for g_index, item in enumerate(gold):
            if g_index not in matched_gold:
                errors.append(_record(article.name, text, role, "missed", item.spans))
        for g_index, p_index in overlap:
            if g_index not in exact_gold:
                other = predicted[p_index].spans
                errors.append(
                    _record(
                        article.name,
                        text,
                        role,
                        "boundary",
                        gold[g_index].spans,
                        predicted=pieces_text(text, other, PIECE_JOINER),
                        predicted_offsets=[s.as_list() for s in other],
                    )
                )
        for p_index, item in enumerate(predicted):
            if p_index not in matched_predicted:
                kind = statements[item.index].kind
                errors.append(_record(article.name, text, role, "spurious", item.spans, kind=kind))
    return RoleScore(
        exact=Counts(len(gold), len(predicted), len(exact)),
        overlap=Counts(len(gold), len(predicted), len(overlap)),
    )


def _speaker_fields(text: str, statement: Statement) -> dict[str, Any]:
    span = statement.speaker_span
    return {
        "predicted": statement.speaker
        if statement.speaker is not None
        else (span.text_of(text) if span else None),
        "predicted_name": statement.speaker_name,
        "predicted_offsets": [span.as_list()] if span else [],
    }


def score_direct(
    article: GoldArticle, statements: Sequence[Statement], errors: list[dict[str, Any]] | None
) -> tuple[Counts, SpeakerCounts]:
    """Direct quote detection (overlap on content) and the speakers of the matched quotes."""
    text = article.text
    contents = [a.content if is_gold_direct(text, a.content) else () for a in article.attributions]
    gold = role_items(text, "content", contents)
    predicted = role_items(
        text, "content", [s.quote_spans if is_predicted_direct(s) else () for s in statements]
    )
    pairs = match_overlap([g.offsets for g in gold], [p.offsets for p in predicted])
    speaker = SpeakerCounts()
    for g_index, p_index in pairs:
        attribution = article.attributions[gold[g_index].index]
        statement = statements[predicted[p_index].index]
        verdict = judge_speaker(text, attribution.source, statement)
        speaker += SpeakerCounts(1, int(verdict.by_any_rule), int(verdict.by_span))
        if errors is not None and not verdict.by_any_rule:
            errors.append(
                _record(
                    article.name,
                    text,
                    "speaker",
                    "wrong",
                    gold[g_index].spans,
                    gold_source=pieces_text(text, attribution.source, PIECE_JOINER) or None,
                    **_speaker_fields(text, statement),
                )
            )
    if errors is not None:
        matched_gold = {g for g, _ in pairs}
        matched_predicted = {p for _, p in pairs}
        for g_index, item in enumerate(gold):
            if g_index not in matched_gold:
                source = article.attributions[item.index].source
                errors.append(
                    _record(
                        article.name,
                        text,
                        "direct",
                        "missed",
                        item.spans,
                        gold_source=pieces_text(text, source, PIECE_JOINER) or None,
                    )
                )
        for p_index, item in enumerate(predicted):
            if p_index not in matched_predicted:
                statement = statements[item.index]
                errors.append(
                    _record(
                        article.name,
                        text,
                        "direct",
                        "spurious",
                        item.spans,
                        kind=statement.kind,
                        **_speaker_fields(text, statement),
                    )
                )
    return Counts(len(gold), len(predicted), len(pairs)), speaker


def score_article(
    article: GoldArticle, statements: Sequence[Statement], *, with_errors: bool = False
) -> ArticleScore:
    """Score one article's predicted ``statements`` against its gold attributions."""
    errors: list[dict[str, Any]] | None = [] if with_errors else None
    roles = {role: score_role(article, role, statements, errors) for role in ROLES}
    direct, speaker = score_direct(article, statements, errors)
    return ArticleScore(
        name=article.name,
        roles=roles,
        direct=direct,
        speaker=speaker,
        gold_attributions=len(article.attributions),
        predicted_statements=len(statements),
        errors=tuple(errors or ()),
    )
