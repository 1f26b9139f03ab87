"""The core model shared by every stage: frozen, slotted dataclasses.

Offsets, not copies: every speaker, cue, quote and target is a half-open
:class:`Span` into the article text exactly as read, so
``text[span.start:span.end]`` is always the evidence for a field.
Stages return new values (``dataclasses.replace``) instead of mutating.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

StatementKind = Literal["direct", "indirect", "mixed"]
SpeakerType = Literal["person", "organization", "group", "anonymous", "unknown"]

STATEMENT_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
SPEAKER_TYPES: tuple[str, ...] = ("person", "organization", "group", "anonymous", "unknown")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open ``[start, end)`` range of Python string offsets."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity, pronoun or description in the article text."""

    text: str
    span: Span
    label: str  # person | organization | place | event | date | other

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.as_list(), "label": self.label}


@dataclass(frozen=True, slots=True)
class Target:
    """A named entity mentioned inside a statement's content."""

    text: str
    span: Span
    label: str  # person | organization | place | event | other spaCy label, lower-cased
    name: str | None = None  # fuller form of the same entity elsewhere in the article

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "span": self.span.as_list(), "label": self.label}
        if self.name is not None:
            out["name"] = self.name
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Target:
        return cls(
            text=data["text"],
            span=Span(*data["span"]),
            label=data["label"],
            name=data.get("name"),
        )


@dataclass(frozen=True, slots=True)
class Statement:
    """One attributed statement found in an article's text."""

    kind: StatementKind
    quote: str
    quote_spans: tuple[Span, ...]
    speaker: str | None = None
    speaker_span: Span | None = None
    speaker_name: str | None = None
    speaker_role: str | None = None
    speaker_type: SpeakerType = "unknown"
    cue: str | None = None
    cue_span: Span | None = None
    targets: tuple[Target, ...] = ()
    said_on: date | None = None
    venue: str | None = None
    venue_span: Span | None = None
    extractor: str = ""

    @property
    def start(self) -> int:
        return min(s.start for s in self.quote_spans) if self.quote_spans else 0

    def statement_id(self, article_id: str) -> str:
        """A stable id from the article and the content spans: re-runs are idempotent."""
        key = article_id + "|" + ";".join(f"{s.start}-{s.end}" for s in self.quote_spans)
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self, source: str | None = None) -> dict[str, Any]:
        """The JSON Lines output contract (see docs/statement.schema.json)."""
        return {
            "source": source,
            "kind": self.kind,
            "quote": self.quote,
            "quote_spans": [s.as_list() for s in self.quote_spans],
            "speaker": self.speaker,
            "speaker_span": self.speaker_span.as_list() if self.speaker_span else None,
            "speaker_name": self.speaker_name,
            "speaker_role": self.speaker_role,
            "speaker_type": self.speaker_type,
            "cue": self.cue,
            "cue_span": self.cue_span.as_list() if self.cue_span else None,
            "targets": [t.to_dict() for t in self.targets],
            "said_on": self.said_on.isoformat() if self.said_on else None,
            "venue": self.venue,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        def span(value: Any) -> Span | None:
            return Span(*value) if value else None

        return cls(
            kind=data["kind"],
            quote=data["quote"],
            quote_spans=tuple(Span(*s) for s in data["quote_spans"]),
            speaker=data.get("speaker"),
            speaker_span=span(data.get("speaker_span")),
            speaker_name=data.get("speaker_name"),
            speaker_role=data.get("speaker_role"),
            speaker_type=data.get("speaker_type") or "unknown",
            cue=data.get("cue"),
            cue_span=span(data.get("cue_span")),
            targets=tuple(Target.from_dict(t) for t in data.get("targets") or ()),
            said_on=date.fromisoformat(data["said_on"]) if data.get("said_on") else None,
            venue=data.get("venue"),
            extractor=data.get("extractor", ""),
        )


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (half of a broken emoji, as JSON scraped from the web may
    hold: ``"\\ud83d"``) replaced by U+FFFD. No UTF-8 text can hold one, so nothing could encode,
    parse or store the text; the length, and so every offset, stays the same."""
    return LONE_SURROGATE.sub("\ufffd", text) if LONE_SURROGATE.search(text) else text


def content_hash(text: str) -> str:
    """The hash that identifies an article's text (whitespace-insensitive)."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a source."""

    text: str
    source: str  # where it came from: path, URL, or "path#record" inside an archive
    title: str | None = None
    url: str | None = None  # canonical URL when known
    outlet: str | None = None
    published: date | datetime | None = None
    author: str | None = None
    lang: str | None = None
    hash: str = field(default="")

    def __post_init__(self) -> None:
        for name in ("text", "title", "outlet", "author"):
            value = getattr(self, name)
            if isinstance(value, str) and (clean := without_lone_surrogates(value)) is not value:
                object.__setattr__(self, name, clean)
        if not self.hash:
            object.__setattr__(self, "hash", content_hash(self.text))

    @property
    def id(self) -> str:
        """Stable id: from the canonical URL when there is one, else the text hash."""
        key = self.url or self.hash
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    @property
    def published_date(self) -> date | None:
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published


@dataclass(frozen=True, slots=True)
class Failure:
    """A source that could not be read or processed, kept as data."""

    source: str
    reason: str
    stage: str = "ingest"  # ingest | extract | store
    detail: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "stage": self.stage, "reason": self.reason, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """An article with the statements extracted from it."""

    article: Article
    statements: tuple[Statement, ...]


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class SpeakerIdentity:
    """One speaker known across articles: a canonical name and the other names it goes by."""

    id: int
    name: str
    type: SpeakerType
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredStatement:
    """A statement as kept in the store, with its article and cross-article speaker identity."""

    statement_id: str
    statement: Statement
    article_id: str
    source: str
    url: str | None
    outlet: str | None
    title: str | None
    published: date | datetime | None
    speaker_id: int | None = None
    speaker_identity: str | None = None  # the identity's canonical name

    def to_dict(self) -> dict[str, Any]:
        """The statement's JSON Lines contract plus where it was published and who said it."""
        out = self.statement.to_dict(self.source)
        out.update(
            statement_id=self.statement_id,
            article_id=self.article_id,
            url=self.url,
            outlet=self.outlet,
            title=self.title,
            published=_iso(self.published),
            speaker_id=self.speaker_id,
            speaker_identity=self.speaker_identity,
            extractor=self.statement.extractor,
        )
        return out


@dataclass(frozen=True, slots=True)
class SpeakerRecord:
    """A speaker identity with what the store knows about it."""

    identity: SpeakerIdentity
    roles: tuple[str, ...]
    statements: int
    outlets: tuple[str, ...]
    first_seen: date | None
    last_seen: date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker_id": self.identity.id,
            "name": self.identity.name,
            "type": self.identity.type,
            "aliases": list(self.identity.aliases),
            "roles": list(self.roles),
            "statements": self.statements,
            "outlets": list(self.outlets),
            "first_seen": _iso(self.first_seen),
            "last_seen": _iso(self.last_seen),
        }


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as kept in the store."""

    id: str
    article: Article
    extractor: str
    ingested_at: datetime
    statements: int

    def to_dict(self, *, with_text: bool = False) -> dict[str, Any]:
        a = self.article
        out: dict[str, Any] = {
            "article_id": self.id,
            "url": a.url,
            "source": a.source,
            "outlet": a.outlet,
            "title": a.title,
            "author": a.author,
            "published": _iso(a.published),
            "lang": a.lang,
            "hash": a.hash,
            "extractor": self.extractor,
            "ingested_at": self.ingested_at.isoformat(),
            "statements": self.statements,
        }
        if with_text:
            out["text"] = a.text
        return out
