"""The SQLite store: one file, created on first use, migrated when older.

Writes are one transaction per call (an article with all its statements, a
failure, a merge), so a failure part-way leaves what was stored before intact.
Reads stream from cursors and return the core's typed records.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from os import PathLike
from pathlib import Path
from types import TracebackType
from typing import Any

from quotetrail.errors import StoreError
from quotetrail.model import (
    ArticleResult,
    Failure,
    Span,
    SpeakerIdentity,
    SpeakerRecord,
    Statement,
    StoredArticle,
    StoredStatement,
    Target,
)
from quotetrail.store import queries
from quotetrail.store.filters import StatementFilter
from quotetrail.store.schema import Migration, migrate, utc_now
from quotetrail.store.speaker_edits import SpeakerEdits
from quotetrail.store.speaker_index import CACHE_LIMIT, NameRules, SpeakerIndex

BUSY_TIMEOUT_MS = 10_000


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """``PRAGMA journal_mode = WAL``, waiting out other openers: switching an older store's journal
    needs the file to itself, and SQLite answers "database is locked" at once instead of calling
    the busy handler (two processes opening one old store at once)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


OPTIMIZE_WAIT_MS = 200  # how long closing waits for the write lock to refresh query statistics
WAL_CHECKPOINT_PAGES = 8_000  # about 32 MB of write-ahead log between checkpoints (fewer fsyncs)


def is_web_address(source: str) -> bool:
    """An address an article can be fetched from again (``http://`` or ``https://``)."""
    return source[:8].lower().startswith(("http://", "https://"))


def _span_columns(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span else (None, None)


def _spans_of(statement: Statement) -> Iterator[tuple[str, Span]]:
    yield from (("quote", s) for s in statement.quote_spans)
    for what, span in (
        ("speaker", statement.speaker_span),
        ("cue", statement.cue_span),
        ("venue", statement.venue_span),
    ):
        if span is not None:
            yield what, span
    yield from ((f"target {t.text!r}", t.span) for t in statement.targets)


class Store:
    """A quotetrail store. Open with :func:`quotetrail.store.open_store`."""

    def __init__(self, conn: sqlite3.Connection, where: str, names: NameRules) -> None:
        self.conn = conn
        self.where = where
        self.names = names
        self._closed = False
        self._entities: dict[tuple[str, str], int] = {}
        self._entity_aliases: set[tuple[int, str]] = set()
        self._outlets: dict[str, int] = {}

        def convert(steps: tuple[Migration, ...]) -> None:
            if any(step.rebuilds_identities for step in steps):
                SpeakerIndex(conn, names, where).rebuild()  # records titles too
            elif any(step.records_titles for step in steps):
                SpeakerIndex(conn, names, where).titles.record_all()

        migrate(conn, where, after=convert)
        self.index = SpeakerIndex(conn, names, where)

    @classmethod
    def open(cls, path: str | PathLike[str], names: NameRules, *, create: bool = True) -> Store:
        where = str(path)
        in_memory = where == ":memory:" or where.startswith("file::memory:")
        if not in_memory and not create and not Path(path).exists():
            raise StoreError(
                f"{where}: no store here (ingest something first, or pass --db / set QUOTETRAIL_DB)"
            )
        try:
            conn = sqlite3.connect(
                where, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, uri=where.startswith("file:")
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            if not in_memory:
                _switch_to_wal(conn)
                conn.execute("PRAGMA synchronous = NORMAL")  # WAL: a power cut may lose the last commits only
                conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        except sqlite3.Error as exc:
            raise StoreError(f"{where}: cannot open store ({exc})") from exc
        try:
            return cls(conn, where, names)
        except BaseException:
            conn.close()
            raise

    # -- life cycle --------------------------------------------------------------------------------

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            # Upkeep, not work: skipped when the store is busy (another process writing, or a commit
            # made since this connection last read, which SQLite reports as locked at once) or read-only.
            self.conn.execute(f"PRAGMA busy_timeout = {OPTIMIZE_WAIT_MS}")
            self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        finally:
            self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.where!r})"

    @contextmanager
    def _transaction(self, doing: str) -> Iterator[None]:
        if self._closed:
            raise StoreError(f"{self.where}: the store is closed")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.where}: cannot start writing ({exc})") from exc
        try:
            yield
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._forget()
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"{self.where}: {doing} failed, nothing was changed ({exc})") from exc
            raise
        else:
            self.conn.execute("COMMIT")

    def _forget(self) -> None:
        self.index.forget()
        self.index.emptied.clear()
        self._entities.clear()
        self._entity_aliases.clear()
        self._outlets.clear()

    def _read(self) -> sqlite3.Connection:
        if self._closed:
            raise StoreError(f"{self.where}: the store is closed")
        return self.conn

    # -- articles ----------------------------------------------------------------------------------

    def find_article(self, url: str | None, content_hash: str) -> tuple[str, str] | None:
        """``(article id, extractor)`` of the stored article with this URL or text hash.

        ``url`` matches an article's canonical URL, else an address it was fetched from
        (a feed's link to a page that declares another canonical URL).
        """
        conn = self._read()
        row = None
        if url:
            row = conn.execute("SELECT id, extractor FROM articles WHERE url = ?", (url,)).fetchone()
            if row is None:
                row = conn.execute(
                    "SELECT a.id, a.extractor FROM fetched_urls f JOIN articles a ON a.id = f.article_id "
                    "WHERE f.url = ?",
                    (url,),
                ).fetchone()
        if row is None and content_hash:
            row = conn.execute(
                "SELECT id, extractor FROM articles WHERE content_hash = ? ORDER BY ingested_at LIMIT 1",
                (content_hash,),
            ).fetchone()
        return (row[0], row[1]) if row else None

    def has_url(self, url: str) -> bool:
        """True when an article is stored under this canonical URL or was fetched from it."""
        return self.find_article(url, "") is not None

    def save_article(self, result: ArticleResult, *, extractor: str) -> str:
        """Store an article and its statements, replacing any stored with the same URL or text hash.

        One transaction: the old statements are deleted and the new ones inserted,
        or (on any error) nothing changes. Returns the stored article's id.
        """
        article = result.article
        self._check_spans(result)
        with self._transaction(f"saving {article.source}"):
            found = self.find_article(article.url, article.hash)
            published = article.published.isoformat() if article.published is not None else None
            day = article.published_date.isoformat() if article.published_date else None
            values = (
                article.source,
                self._outlet_id(article.outlet),
                article.title,
                article.author,
                published,
                day,
                article.lang,
                article.text,
                article.hash,
                extractor,
                utc_now(),
            )
            old_speakers: list[int] = []
            if found:
                article_id = found[0]
                old_speakers = [
                    r[0]
                    for r in self.conn.execute(
                        "SELECT DISTINCT speaker_id FROM statements WHERE article_id = ? "
                        "AND speaker_id IS NOT NULL",
                        (article_id,),
                    )
                ]
                self.conn.execute("DELETE FROM statements WHERE article_id = ?", (article_id,))
                self.conn.execute(
                    "UPDATE articles SET source = ?, outlet_id = ?, title = ?, author = ?, "
                    "published = ?, published_day = ?, language = ?, text = ?, content_hash = ?, "
                    "extractor = ?, ingested_at = ?, url = COALESCE(url, ?) WHERE id = ?",
                    (*values, article.url, article_id),
                )
            else:
                article_id = article.id
                self.conn.execute(
                    "INSERT INTO articles(source, outlet_id, title, author, published, published_day, "
                    "language, text, content_hash, extractor, ingested_at, url, id) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (*values, article.url, article_id),
                )
            if is_web_address(article.source) and article.source != article.url:
                self.conn.execute(
                    "INSERT INTO fetched_urls(url, article_id) VALUES (?, ?) "
                    "ON CONFLICT(url) DO UPDATE SET article_id = excluded.article_id",
                    (article.source, article_id),
                )
            self._insert_statements(article_id, result.statements, extractor)
            sources = [s for s in (article.source, article.url) if s]
            self.conn.execute(
                f"DELETE FROM failures WHERE source IN ({','.join('?' * len(sources))})", sources
            )
            self.index.prune(old_speakers)
        return article_id

    def _check_spans(self, result: ArticleResult) -> None:
        length = len(result.article.text)
        for number, statement in enumerate(result.statements, 1):
            for what, span in _spans_of(statement):
                if span.end > length:
                    raise StoreError(
                        f"{result.article.source}: statement {number} {what} span [{span.start}, {span.end}) "
                        f"lies outside the article text ({length} characters); article not stored"
                    )

    def _outlet_id(self, outlet: str | None) -> int | None:
        name = " ".join(outlet.split()) if outlet else ""
        if not name:
            return None
        known = self._outlets.get(name.casefold())
        if known is None:
            self.conn.execute("INSERT OR IGNORE INTO outlets(name) VALUES (?)", (name,))
            known = int(self.conn.execute("SELECT id FROM outlets WHERE name = ?", (name,)).fetchone()[0])
            self._outlets[name.casefold()] = known
        return known

    def _speakers_of(self, statements: list[Statement]) -> list[tuple[str | None, int | None]]:
        """Each statement's ``(speaker key, identity)``; full names first, so that a surname-only
        speaker sees every namesake the article itself introduces."""

        def partial(st: Statement) -> bool:
            name = self.names.identity_name(st)
            return name is not None and self.names.is_partial(name, st.speaker_type)

        found: dict[int, tuple[str | None, int | None]] = {}
        for index in sorted(range(len(statements)), key=lambda i: partial(statements[i])):
            found[index] = self.index.assign(statements[index])
        return [found[i] for i in range(len(statements))]

    def _insert_statements(self, article_id: str, statements: Iterable[Statement], extractor: str) -> None:
        unique: dict[str, tuple[int, Statement]] = {}
        for position, st in enumerate(statements):
            unique.setdefault(st.statement_id(article_id), (position, st))  # the same spans twice: keep one
        speakers = self._speakers_of([st for _, st in unique.values()])
        rows: list[tuple[Any, ...]] = []
        targets: dict[str, tuple[Target, ...]] = {}
        for (sid, (position, st)), (key, speaker_id) in zip(unique.items(), speakers, strict=True):
            targets[sid] = st.targets
            rows.append(
                (
                    sid,
                    article_id,
                    position,
                    st.kind,
                    st.quote,
                    json.dumps([s.as_list() for s in st.quote_spans]),
                    st.speaker,
                    *_span_columns(st.speaker_span),
                    st.speaker_name,
                    st.speaker_role,
                    st.speaker_type,
                    st.cue,
                    *_span_columns(st.cue_span),
                    json.dumps([t.to_dict() for t in st.targets]),
                    st.said_on.isoformat() if st.said_on else None,
                    st.venue,
                    *_span_columns(st.venue_span),
                    st.extractor or extractor,
                    key,
                    speaker_id,
                )
            )
        self.conn.executemany(
            "INSERT INTO statements(id, article_id, position, kind, quote, quote_spans, speaker, "
            "speaker_start, speaker_end, speaker_name, speaker_role, speaker_type, cue, cue_start, cue_end, "
            "targets, said_on, venue, venue_start, venue_end, extractor, speaker_key, speaker_id) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        if not any(targets.values()):
            return
        seqs = dict(self.conn.execute("SELECT id, seq FROM statements WHERE article_id = ?", (article_id,)))
        links = [
            (seqs[sid], entity, t.text, t.span.start, t.span.end)
            for sid, ts in targets.items()
            for t in ts
            if (entity := self._entity_id(t)) is not None
        ]
        self.conn.executemany(
            "INSERT OR IGNORE INTO statement_targets(statement_seq, entity_id, text, start, end) "
            "VALUES (?,?,?,?,?)",
            links,
        )

    def _entity_key(self, text: str) -> str:
        """How an entity's name is compared: folded, a leading ``the`` dropped."""
        key = self.names.name_key(text)
        return key[4:] if key.startswith("the ") else key

    def _entity_id(self, target: Target) -> int | None:
        name = target.name or target.text
        key = self._entity_key(name)
        if not key:
            return None
        entity = self._entities.get((key, target.label))
        if entity is None:
            if len(self._entities) + len(self._entity_aliases) > CACHE_LIMIT:
                self._entities.clear()
                self._entity_aliases.clear()
            self.conn.execute(
                "INSERT OR IGNORE INTO entities(key, label, name) VALUES (?, ?, ?)", (key, target.label, name)
            )
            entity = int(
                self.conn.execute(
                    "SELECT id FROM entities WHERE key = ? AND label = ?", (key, target.label)
                ).fetchone()[0]
            )
            self._entities[(key, target.label)] = entity
        text_key = self._entity_key(target.text)
        if text_key and text_key != key and (entity, text_key) not in self._entity_aliases:
            self.conn.execute(
                "INSERT OR IGNORE INTO entity_aliases(entity_id, key) VALUES (?, ?)", (entity, text_key)
            )
            self._entity_aliases.add((entity, text_key))
        return entity

    # -- failures and counts -----------------------------------------------------------------------

    def add_failure(self, failure: Failure) -> None:
        """Record a source that could not be read (repeats count up instead of duplicating)."""
        now = utc_now()
        with self._transaction(f"recording a failure for {failure.source}"):
            self.conn.execute(
                "INSERT INTO failures(source, stage, reason, detail, first_seen, last_seen) "
                "VALUES (?,?,?,?,?,?) "
                "ON CONFLICT(source, stage, reason) DO UPDATE SET detail = excluded.detail, "
                "last_seen = excluded.last_seen, attempts = attempts + 1",
                (failure.source, failure.stage, failure.reason, failure.detail, now, now),
            )

    def counts(self) -> dict[str, int]:
        conn = self._read()
        tables = ("articles", "statements", "speakers", "failures", "outlets", "entities")
        return {t: int(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}

    # -- reading -----------------------------------------------------------------------------------

    def quotes(
        self,
        text: str | None = None,
        *,
        speaker: str | None = None,
        about: str | None = None,
        outlet: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        kind: str | None = None,
        article_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        order: str = "published",
    ) -> Iterator[StoredStatement]:
        """Statements matching every filter given, oldest first and undated last.

        ``order="newest"``: newest first (undated still last); ``order="stored"``: as saved.

        ``text`` is a full-text query (words ANDed, ``"a phrase"``, ``prefix*``);
        ``speaker`` matches a speaker identity's name or aliases; ``about`` matches
        the name or text of the entities a statement is about; ``outlet`` is an
        outlet's name (any case); ``since``/``until`` bound the article's
        publication day, inclusive (undated articles are then left out).
        """
        conn = self._read()
        where = StatementFilter(
            text=text,
            speaker_ids=self.index.ids_matching(speaker) if speaker and speaker.strip() else None,
            about=self._entity_key(about) if about and about.strip() else None,
            outlet=outlet,
            since=queries.parse_day(since, "since"),
            until=queries.parse_day(until, "until"),
            kind=kind,
            article_id=article_id,
        )
        return queries.select_statements(conn, where, order=order, limit=limit, offset=offset)

    def speakers(self, name: str | None = None, *, limit: int | None = None) -> Iterator[SpeakerRecord]:
        """Speaker identities (matching ``name`` if given), most quoted first."""
        conn = self._read()
        ids = self.index.ids_matching(name) if name and name.strip() else None
        return queries.select_speakers(conn, ids, limit=limit)

    def articles(
        self,
        outlet: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        *,
        limit: int | None = None,
    ) -> Iterator[StoredArticle]:
        conn = self._read()
        return queries.select_articles(
            conn,
            outlet=outlet,
            since=queries.parse_day(since, "since"),
            until=queries.parse_day(until, "until"),
            limit=limit,
        )

    def failures(self) -> Iterator[Failure]:
        return queries.select_failures(self._read())

    # -- speaker identities ------------------------------------------------------------------------

    def merge_speakers(self, name: str, into: str, *, as_name: str | None = None) -> SpeakerIdentity:
        """Make the speaker called ``name`` the same as ``into``; kept and re-applied on later ingests."""
        with self._transaction(f"merging {name!r} into {into!r}"):
            return SpeakerEdits(self.index).merge(name, into, as_name=as_name)

    def split_speaker(self, name: str, alias: str) -> SpeakerIdentity | None:
        """Take ``alias`` away from the speaker called ``name``; kept and re-applied on later ingests."""
        with self._transaction(f"splitting {alias!r} from {name!r}"):
            return SpeakerEdits(self.index).split(name, alias)

    def add_aliases(
        self,
        name: str,
        aliases: Iterable[str] = (),
        *,
        distinct: Iterable[str] = (),
        speaker_type: str | None = None,
        origin: str = "aliases",
    ) -> None:
        """Declare other names of a speaker (and names that are never that speaker)."""
        with self._transaction(f"adding aliases of {name!r}"):
            SpeakerEdits(self.index).add_aliases(
                name, aliases, distinct=distinct, speaker_type=speaker_type, origin=origin
            )

    def rebuild_identities(self) -> None:
        """Recompute every statement's speaker identity from its names and the stored rules."""
        with self._transaction("rebuilding speaker identities"):
            self.index.rebuild()
