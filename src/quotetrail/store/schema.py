"""The store's schema and its migrations.

A new store is built by running the first schema (v1) and then every migration
in order, so a fresh store and a migrated old one take the same path. The
``schema_migrations`` table records which versions were applied and when.

* v1: articles, outlets, statements (+ FTS5 over their text), entities and the
  statements they are targets of, failures.
* v2: speaker identities across articles: ``speakers``, ``speaker_aliases``,
  ``speaker_rules`` (merges, splits and alias files), and ``statements.speaker_key``
  / ``statements.speaker_id``. Statements stored by v1 get their identities in
  the same transaction (:attr:`Migration.rebuilds_identities`).
* v3: ``fetched_urls``, the web addresses articles were fetched from when those
  differ from their canonical URL (a feed's link to a page that declares its own
  canonical URL), so a re-polled feed finds the articles it already gave;
  ``speaker_titles``, the roles and titles statements gave each speaker under its
  full name (``Parliament Speaker``), which decide where ``Speaker Varek`` belongs;
  ``speaker_rules.speaker_type``, the type an alias file declares for a speaker.

Every pending migration runs in one write transaction, re-reading the version
inside it, so two processes opening an old store at once migrate it once, and a
failure leaves the store as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from quotetrail.errors import MigrationError, StoreError

SCHEMA_V1 = """
CREATE TABLE schema_migrations (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL
);
CREATE TABLE outlets (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    url           TEXT UNIQUE,
    source        TEXT NOT NULL,
    outlet_id     INTEGER REFERENCES outlets(id),
    title         TEXT,
    author        TEXT,
    published     TEXT,
    published_day TEXT,
    language      TEXT,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    extractor     TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published_day, id);
CREATE INDEX articles_outlet ON articles(outlet_id, published_day, id);
CREATE TABLE statements (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    quote         TEXT NOT NULL,
    quote_spans   TEXT NOT NULL,
    speaker       TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    speaker_name  TEXT,
    speaker_role  TEXT,
    speaker_type  TEXT NOT NULL,
    cue           TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    targets       TEXT NOT NULL DEFAULT '[]',
    said_on       TEXT,
    venue         TEXT,
    venue_start   INTEGER,
    venue_end     INTEGER,
    extractor     TEXT NOT NULL
);
CREATE INDEX statements_article ON statements(article_id, position);
CREATE VIRTUAL TABLE statements_fts USING fts5(
    quote, content='statements', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, quote) VALUES (new.seq, new.quote);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, quote) VALUES ('delete', old.seq, old.quote);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF quote ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, quote) VALUES ('delete', old.seq, old.quote);
    INSERT INTO statements_fts(rowid, quote) VALUES (new.seq, new.quote);
END;
CREATE TABLE entities (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL,
    label TEXT NOT NULL,
    name  TEXT NOT NULL,
    UNIQUE (key, label)
);
CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    UNIQUE (entity_id, key)
);
CREATE TABLE statement_targets (
    statement_seq INTEGER NOT NULL REFERENCES statements(seq) ON DELETE CASCADE,
    entity_id     INTEGER NOT NULL REFERENCES entities(id),
    text          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    UNIQUE (statement_seq, start, end)
);
CREATE INDEX statement_targets_entity ON statement_targets(entity_id);
CREATE TABLE failures (
    id         INTEGER PRIMARY KEY,
    source     TEXT NOT NULL,
    stage      TEXT NOT NULL,
    reason     TEXT NOT NULL,
    detail     TEXT,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (source, stage, reason)
);
"""

V2_SPEAKER_IDENTITIES = """
CREATE TABLE speakers (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    key     TEXT NOT NULL,
    type    TEXT NOT NULL,
    surname TEXT
);
CREATE INDEX speakers_key ON speakers(key);
CREATE INDEX speakers_surname ON speakers(surname, type);
CREATE TABLE speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    alias      TEXT NOT NULL,
    origin     TEXT NOT NULL DEFAULT 'observed',
    UNIQUE (speaker_id, key)
);
CREATE INDEX speaker_aliases_key ON speaker_aliases(key);
CREATE TABLE speaker_rules (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('same', 'distinct')),
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL,
    other      TEXT NOT NULL,
    other_key  TEXT NOT NULL,
    preferred  TEXT,
    origin     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (kind, name_key, other_key)
);
ALTER TABLE statements ADD COLUMN speaker_key TEXT;
ALTER TABLE statements ADD COLUMN speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL;
CREATE INDEX statements_speaker ON statements(speaker_id, speaker_key);
"""

V3_FETCHED_URLS_AND_SPEAKER_TITLES = """
CREATE TABLE fetched_urls (
    url        TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX fetched_urls_article ON fetched_urls(article_id);
INSERT OR IGNORE INTO fetched_urls(url, article_id)
    SELECT source, id FROM articles
    WHERE (source LIKE 'http://%' OR source LIKE 'https://%') AND source IS NOT url;
CREATE TABLE speaker_titles (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    title      TEXT NOT NULL,
    PRIMARY KEY (speaker_id, key)
) WITHOUT ROWID;
ALTER TABLE speaker_rules ADD COLUMN speaker_type TEXT;
"""


@dataclass(frozen=True, slots=True)
class Migration:
    """One step from ``version - 1`` to ``version``."""

    version: int
    description: str
    sql: str
    rebuilds_identities: bool = False  # statements need their speaker identities (re)computed
    records_titles: bool = False  # speaker_titles needs filling from the stored statements


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, statements, full-text search, entities, failures", SCHEMA_V1),
    Migration(2, "speaker identities across articles", V2_SPEAKER_IDENTITIES, rebuilds_identities=True),
    Migration(
        3,
        "fetched addresses of articles, speaker titles, declared speaker types",
        V3_FETCHED_URLS_AND_SPEAKER_TITLES,
        records_titles=True,
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def utc_now() -> str:
    """Now, as an ISO timestamp in UTC (seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def schema_version(conn: sqlite3.Connection, where: str) -> int:
    """The store's schema version: 0 for an empty database."""
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{where}: not a quotetrail store ({exc})") from exc
    if "schema_migrations" not in tables:
        if tables:
            raise StoreError(
                f"{where}: not a quotetrail store (an SQLite file without a schema_migrations table)"
            )
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(
    conn: sqlite3.Connection,
    where: str,
    after: Callable[[tuple[Migration, ...]], None] | None = None,
) -> tuple[Migration, ...]:
    """Bring the store up to the latest schema; return the migrations this call applied.

    Every pending step runs in one write transaction, and the version is read again
    inside it, so two processes opening an old store at once apply each step once.
    ``after(steps)`` runs inside that transaction once the schema is the latest (to
    convert data). A failure leaves the store at the version it had.
    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    latest = MIGRATIONS[-1].version
    current = schema_version(conn, where)
    if current > latest:
        raise MigrationError(
            f"{where}: store schema version {current} is newer than this quotetrail supports "
            f"(version {latest}); upgrade quotetrail to open it"
        )
    if current == latest:
        return ()
    doing = f"migration to schema version {latest}"
    try:
        conn.execute("BEGIN IMMEDIATE")
        current = schema_version(conn, where)  # another process may have got there first
        pending = tuple(m for m in MIGRATIONS if m.version > current)
        for step in pending:
            doing = f"migration to schema version {step.version}"
            for statement in _split_sql(step.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations(version, description, applied_at) VALUES (?, ?, ?)",
                (step.version, step.description, utc_now()),
            )
        if after is not None and pending:
            doing = f"converting the data for schema version {latest}"
            after(pending)
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if not isinstance(exc, sqlite3.Error):
            raise
        raise MigrationError(f"{where}: {doing} failed ({exc})") from exc
    return pending


def _split_sql(script: str) -> list[str]:
    """Split a DDL script into statements (``executescript`` would commit our transaction)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
