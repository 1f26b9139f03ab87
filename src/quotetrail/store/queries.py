"""Read queries over the store, streamed from cursors as the core's typed records."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any, cast

from quotetrail.errors import InputError
from quotetrail.model import (
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
from quotetrail.store.filters import StatementFilter, article_clauses


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


_STATEMENT_COLUMNS = """
    s.id, s.article_id, s.kind, s.quote, s.quote_spans, s.speaker, s.speaker_start, s.speaker_end,
    s.speaker_name, s.speaker_role, s.speaker_type, s.cue, s.cue_start, s.cue_end, s.targets, s.said_on,
    s.venue, s.venue_start, s.venue_end, s.extractor, s.speaker_id, sp.name,
    a.source, a.url, o.name, a.title, a.published
"""
# Each order runs as parts, one after the other: (condition, ORDER BY). Orders that follow an index
# let the first page of a large result come straight off the index instead of after a full sort.
ORDERS: dict[str, tuple[tuple[str, str], ...]] = {
    "published": (  # oldest first, undated last
        ("a.published_day IS NOT NULL", "ORDER BY a.published_day, a.id, s.position"),
        ("a.published_day IS NULL", "ORDER BY a.id, s.position"),
    ),
    "newest": (("1", "ORDER BY a.published_day DESC, a.id DESC, s.position"),),  # undated last
    "stored": (("1", "ORDER BY s.seq"),),
}
# CROSS JOIN fixes the loop order (SQLite never reorders it), so the entry point chosen by the filter
# plan holds even before SQLite has statistics (ANALYZE) on a new store.
_OTHERS = "LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN speakers sp ON sp.id = s.speaker_id"
_FROM_ARTICLES = f"FROM articles a CROSS JOIN statements s ON s.article_id = a.id {_OTHERS}"
_FROM_STATEMENTS = f"FROM statements s CROSS JOIN articles a ON a.id = s.article_id {_OTHERS}"


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
    first = offset + limit if limit is not None and order != "stored" else None
    plan = where.plan(conn, first)
    if plan is None:
        return
    sql, params, driver = plan
    articles_first = driver in ("article", "order") or (driver == "none" and order != "stored")
    hint, source = ("", _FROM_ARTICLES) if articles_first else ("+", _FROM_STATEMENTS)
    skip, wanted = max(offset, 0), None if limit is None else max(limit, 0)
    for part, order_by in ORDERS[order]:
        if wanted == 0:
            return
        condition = f"{sql} AND {hint}{part}" if part != "1" else sql
        cursor = conn.execute(
            f"SELECT {_STATEMENT_COLUMNS} {source} WHERE {condition} {order_by} LIMIT ? OFFSET ?",
            [*params, -1 if wanted is None else wanted, skip],
        )
        produced = 0
        for row in cursor:
            produced += 1
            yield _stored_statement(row)
        if wanted is not None:
            wanted -= produced
        if produced == 0 and skip:  # this part had no more rows than the offset: skip the rest in the next
            skip -= int(conn.execute(f"SELECT count(*) {source} WHERE {condition}", params).fetchone()[0])
            skip = max(skip, 0)
        else:
            skip = 0


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
