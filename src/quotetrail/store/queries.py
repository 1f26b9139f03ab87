"""Read queries over the store, streamed from cursors as the core's typed records."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from quotetrail.errors import InputError
from quotetrail.model import (
    STATEMENT_KINDS,
    Article,
    Failure,
    Span,
    SpeakerIdentity,
    SpeakerRecord,
    SpeakerType,
    Statement,
    StatementKind,
    StoredArticle,
    StoredStatement,
    Target,
)

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_query(text: str | None) -> str | None:
    """Turn what a user typed into a safe FTS5 query.

    Plain words must all occur (``AND`` may be written but is implied); a
    ``"quoted phrase"`` must occur as written; ``word*`` matches words starting
    with ``word``; ``OR`` between two terms matches either. Everything else
    (other operators, stray quotes, dashes, brackets) is taken as plain text, so
    no input can break the query. Returns None when there is nothing to search
    for (empty input) and ``""`` when the input has no searchable word (matches
    nothing).
    """
    if text is None or not text.strip():
        return None
    parts: list[str] = []
    for phrase, word in _TOKEN.findall(text):
        if word in ("AND", "OR"):
            parts.append(word)
            continue
        term = phrase if not word else word.replace('"', " ").strip()
        prefix = bool(word) and term.endswith("*") and bool(term.rstrip("*"))
        term = term.rstrip("*") if word else term
        if any(c.isalnum() for c in term):
            parts.append(_quoted(term) + ("*" if prefix else ""))
    terms: list[str] = []
    for index, part in enumerate(parts):
        if part == "OR":
            before = terms and terms[-1] != "OR"
            after = any(p not in ("AND", "OR") for p in parts[index + 1 : index + 2])
            if before and after:
                terms.append("OR")
        elif part != "AND":
            terms.append(part)
    return " ".join(terms)


def parse_day(value: date | str | None, what: str) -> str | None:
    """An ISO day (``YYYY-MM-DD``) from a date or string, for date filters."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError as exc:
        raise InputError(f"{what} {value!r} is not a date (use YYYY-MM-DD)") from exc


def parse_published(value: str | None) -> date | datetime | None:
    if not value:
        return None
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)


def _span(start: int | None, end: int | None) -> Span | None:
    return Span(start, end) if start is not None and end is not None else None


def article_clauses(
    clauses: list[str], params: list[Any], *, outlet: str | None, since: str | None, until: str | None
) -> None:
    """Add the filters on an article (alias ``a``): outlet name (any case), publication days inclusive."""
    if outlet and outlet.strip():
        clauses.append("a.outlet_id = (SELECT id FROM outlets WHERE name = ?)")
        params.append(" ".join(outlet.split()))
    if since:
        clauses.append("a.published_day >= ?")
        params.append(since)
    if until:
        clauses.append("a.published_day <= ?")
        params.append(until)


@dataclass(frozen=True, slots=True)
class StatementFilter:
    """The filters of ``quotes`` and ``export``; empty means everything."""

    text: str | None = None
    speaker_ids: Sequence[int] | None = None  # None: any speaker; []: nobody matched
    about: str | None = None  # a key, matched as a substring of target names
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    article_id: str | None = None

    def where(self) -> tuple[str, list[Any]] | None:
        """SQL conditions and parameters; None when the filter cannot match anything."""
        clauses: list[str] = []
        params: list[Any] = []
        match = fts_query(self.text)
        if match == "" or self.speaker_ids == []:
            return None
        if match is not None:
            clauses.append("s.seq IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
            params.append(match)
        if self.speaker_ids is not None:
            clauses.append(f"s.speaker_id IN ({','.join('?' * len(self.speaker_ids))})")
            params.extend(self.speaker_ids)
        if self.about:
            pattern = f"%{escape_like(self.about)}%"
            clauses.append(
                "s.seq IN (SELECT statement_seq FROM statement_targets WHERE entity_id IN ("
                "SELECT id FROM entities WHERE key LIKE ? ESCAPE '\\' "
                "UNION SELECT entity_id FROM entity_aliases WHERE key LIKE ? ESCAPE '\\'))"
            )
            params.extend([pattern, pattern])
        article_clauses(clauses, params, outlet=self.outlet, since=self.since, until=self.until)
        if self.kind:
            if self.kind not in STATEMENT_KINDS:
                raise InputError(f"kind {self.kind!r} is not one of {', '.join(STATEMENT_KINDS)}")
            clauses.append("s.kind = ?")
            params.append(self.kind)
        if self.article_id:
            clauses.append("s.article_id = ?")
            params.append(self.article_id)
        return (" AND ".join(clauses) or "1"), params


def escape_like(text: str) -> str:
    """Escape ``text`` for use inside a ``LIKE ... ESCAPE '\\'`` pattern."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_STATEMENT_COLUMNS = """
    s.id, s.article_id, s.kind, s.quote, s.quote_spans, s.speaker, s.speaker_start, s.speaker_end,
    s.speaker_name, s.speaker_role, s.speaker_type, s.cue, s.cue_start, s.cue_end, s.targets, s.said_on,
    s.venue, s.venue_start, s.venue_end, s.extractor, s.speaker_id, sp.name,
    a.source, a.url, o.name, a.title, a.published
"""
ORDERS = {
    "published": "ORDER BY a.published_day IS NULL, a.published_day, s.article_id, s.position",
    "stored": "ORDER BY s.seq",
}


def select_statements(
    conn: sqlite3.Connection,
    where: StatementFilter,
    *,
    order: str = "published",
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[StoredStatement]:
    """Statements matching ``where``, one at a time, with their article and speaker identity."""
    if order not in ORDERS:
        raise InputError(f"order {order!r} is not one of {', '.join(ORDERS)}")
    condition = where.where()
    if condition is None:
        return
    sql, params = condition
    cursor = conn.execute(
        f"SELECT {_STATEMENT_COLUMNS} FROM statements s JOIN articles a ON a.id = s.article_id "
        "LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN speakers sp ON sp.id = s.speaker_id "
        f"WHERE {sql} {ORDERS[order]} LIMIT ? OFFSET ?",
        [*params, -1 if limit is None else max(limit, 0), max(offset, 0)],
    )
    for row in cursor:
        yield _stored_statement(row)


def _stored_statement(row: Sequence[Any]) -> StoredStatement:
    (
        sid,
        article_id,
        kind,
        quote,
        spans,
        speaker,
        sp_start,
        sp_end,
        speaker_name,
        role,
        speaker_type,
        cue,
        cue_start,
        cue_end,
        targets,
        said_on,
        venue,
        venue_start,
        venue_end,
        extractor,
        speaker_id,
        identity,
        source,
        url,
        outlet,
        title,
        published,
    ) = row
    statement = Statement(
        kind=cast(StatementKind, kind),
        quote=quote,
        quote_spans=tuple(Span(a, b) for a, b in json.loads(spans)),
        speaker=speaker,
        speaker_span=_span(sp_start, sp_end),
        speaker_name=speaker_name,
        speaker_role=role,
        speaker_type=cast(SpeakerType, speaker_type),
        cue=cue,
        cue_span=_span(cue_start, cue_end),
        targets=tuple(Target.from_dict(t) for t in json.loads(targets)),
        said_on=date.fromisoformat(said_on) if said_on else None,
        venue=venue,
        venue_span=_span(venue_start, venue_end),
        extractor=extractor,
    )
    return StoredStatement(
        statement_id=sid,
        statement=statement,
        article_id=article_id,
        source=source,
        url=url,
        outlet=outlet,
        title=title,
        published=parse_published(published),
        speaker_id=speaker_id,
        speaker_identity=identity,
    )


def select_speakers(
    conn: sqlite3.Connection, speaker_ids: Sequence[int] | None = None, limit: int | None = None
) -> Iterator[SpeakerRecord]:
    """Speaker identities with their statistics, most quoted first."""
    where, params = "", list[Any]()
    if speaker_ids is not None:
        where = f"WHERE sp.id IN ({','.join('?' * len(speaker_ids))})"
        params = list(speaker_ids)
    cursor = conn.execute(
        "SELECT sp.id, sp.name, sp.type, "
        "(SELECT json_group_array(alias) FROM (SELECT alias FROM speaker_aliases "
        " WHERE speaker_id = sp.id AND key != sp.key ORDER BY alias)), "
        "json_group_array(DISTINCT s.speaker_role) FILTER (WHERE s.speaker_role IS NOT NULL), "
        "COUNT(*), json_group_array(DISTINCT o.name) FILTER (WHERE o.name IS NOT NULL), "
        "MIN(a.published_day), MAX(a.published_day) "
        "FROM speakers sp JOIN statements s ON s.speaker_id = sp.id JOIN articles a ON a.id = s.article_id "
        f"LEFT JOIN outlets o ON o.id = a.outlet_id {where} GROUP BY sp.id ORDER BY COUNT(*) DESC, sp.name "
        "LIMIT ?",
        [*params, -1 if limit is None else limit],
    )
    for sid, name, kind, aliases, roles, count, outlets, first, last in cursor:
        yield SpeakerRecord(
            identity=SpeakerIdentity(sid, name, cast(SpeakerType, kind), tuple(json.loads(aliases))),
            roles=tuple(sorted(json.loads(roles))),
            statements=count,
            outlets=tuple(sorted(json.loads(outlets))),
            first_seen=date.fromisoformat(first) if first else None,
            last_seen=date.fromisoformat(last) if last else None,
        )


def select_articles(
    conn: sqlite3.Connection,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> Iterator[StoredArticle]:
    """Stored articles in publication order (undated last)."""
    clauses, params = ["1"], list[Any]()
    article_clauses(clauses, params, outlet=outlet, since=since, until=until)
    cursor = conn.execute(
        "SELECT a.id, a.text, a.source, a.title, a.url, o.name, a.published, a.author, a.language, "
        "a.content_hash, a.extractor, a.ingested_at, "
        "(SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id) "
        f"FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE {' AND '.join(clauses)} "
        "ORDER BY a.published_day IS NULL, a.published_day, a.id LIMIT ?",
        [*params, -1 if limit is None else limit],
    )
    for (
        aid,
        text,
        source,
        title,
        url,
        outlet_name,
        published,
        author,
        lang,
        hash_,
        extractor,
        at,
        n,
    ) in cursor:
        article = Article(
            text=text,
            source=source,
            title=title,
            url=url,
            outlet=outlet_name,
            published=parse_published(published),
            author=author,
            lang=lang,
            hash=hash_,
        )
        yield StoredArticle(aid, article, extractor, datetime.fromisoformat(at), n)


def select_failures(conn: sqlite3.Connection) -> Iterator[Failure]:
    """Recorded failures, most recent first."""
    cursor = conn.execute(
        "SELECT source, reason, stage, detail FROM failures ORDER BY last_seen DESC, id DESC"
    )
    for source, reason, stage, detail in cursor:
        yield Failure(source=source, reason=reason, stage=stage, detail=detail)
