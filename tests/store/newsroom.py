"""Fictional news for store tests, built by hand: every span is found in the text it points into.

``news(Said(...), Said(...), outlet=..., published=...)`` writes one short
article, one sentence a statement, and returns the ArticleResult an extractor
would have produced for it. All outlets, people and places are invented.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from quotetrail.model import Article, ArticleResult, Span, SpeakerType, Statement, StatementKind, Target

SAME = object()  # speaker_name defaults to the speaker's mention


@dataclass(frozen=True)
class Said:
    """One statement to write into an article."""

    quote: str
    speaker: str | None
    name: str | object | None = SAME
    kind: StatementKind = "direct"
    speaker_type: SpeakerType = "person"
    role: str | None = None
    about: tuple[str | tuple[str, str], ...] = ()  # target texts in the quote, or (text, fuller name)
    label: str = "organization"
    said_on: date | None = None
    venue: str | None = None


def _sentence(said: Said) -> tuple[str, int, int | None]:
    """The sentence, and where the quote and the speaker start in it."""
    speaker = said.speaker or "someone"
    if said.kind == "indirect":
        head = f"{speaker} said that "
        return f"{head}{said.quote}.", len(head), 0
    lead = "\u201c"
    sentence = f"{lead}{said.quote},\u201d {speaker} said"
    speaker_at = len(lead) + len(said.quote) + 3
    if said.venue:
        sentence += f" in {said.venue}"
    return sentence + ".", len(lead), speaker_at if said.speaker else None


def _statement(said: Said, text: str, at: int) -> Statement:
    _sentence_text, quote_at, speaker_at = _sentence(said)
    quote_start = at + quote_at
    quote_span = Span(quote_start, quote_start + len(said.quote))
    targets = []
    for item in said.about:
        target_text, target_name = item if isinstance(item, tuple) else (item, None)
        offset = said.quote.index(target_text)
        start = quote_start + offset
        targets.append(Target(target_text, Span(start, start + len(target_text)), said.label, target_name))
    speaker_span = None
    if said.speaker and speaker_at is not None:
        speaker_span = Span(at + speaker_at, at + speaker_at + len(said.speaker))
    venue_span = None
    if said.venue:
        venue_at = text.index(said.venue, at)
        venue_span = Span(venue_at, venue_at + len(said.venue))
    statement = Statement(
        kind=said.kind,
        quote=said.quote,
        quote_spans=(quote_span,),
        speaker=said.speaker,
        speaker_span=speaker_span,
        speaker_name=said.speaker if said.name is SAME else said.name,  # type: ignore[arg-type]
        speaker_role=said.role,
        speaker_type=said.speaker_type,
        cue="said",
        cue_span=None,
        targets=tuple(targets),
        said_on=said.said_on,
        venue=said.venue,
        venue_span=venue_span,
        extractor="",
    )
    assert text[quote_span.start : quote_span.end] == said.quote
    if speaker_span:
        assert text[speaker_span.start : speaker_span.end] == said.speaker
    return statement


def news(
    *said: Said,
    outlet: str | None = "State News",
    published: date | datetime | str | None = "2017-06-05",
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    preamble: str = "",
) -> ArticleResult:
    """An article made of one sentence per statement (after an optional preamble paragraph)."""
    sentences = [_sentence(s)[0] for s in said]
    text = (preamble + "\n\n" if preamble else "") + " ".join(sentences)
    statements = []
    at = len(preamble) + 2 if preamble else 0
    for item, sentence in zip(said, sentences, strict=True):
        statements.append(_statement(item, text, at))
        at += len(sentence) + 1
    day = date.fromisoformat(published) if isinstance(published, str) else published
    digest = hashlib.sha1(text.encode()).hexdigest()[:8]
    article = Article(
        text=text,
        source=source or url or f"fixtures/{digest}.txt",
        title=title,
        url=url,
        outlet=outlet,
        published=day,
    )
    return ArticleResult(article=article, statements=tuple(statements))
