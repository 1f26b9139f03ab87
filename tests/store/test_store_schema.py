"""The schema: versions recorded, older stores migrated with their data, newer ones refused by name."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from quotetrail.errors import MigrationError, StoreError
from quotetrail.store import SCHEMA_VERSION, open_store, schema
from quotetrail.store.schema import SCHEMA_V1, V2_SPEAKER_IDENTITIES, Migration

EVERY_VERSION = list(range(1, SCHEMA_VERSION + 1))

V1_ARTICLES = [
    # id, url, outlet, published, text, [(quote, speaker, speaker_name, speaker_type, targets)]
    (
        "a1",
        "https://sn.example/1",
        "State News",
        "2017-06-05",
        "\u201cThe sanctions will not break the Liberation Front,\u201d Dana Varek said.",
        [
            (
                "The sanctions will not break the Liberation Front",
                "Dana Varek",
                "Dana Varek",
                "person",
                [("Liberation Front", 34, 50)],
            )
        ],
    ),
    (
        "a2",
        "https://hp.example/2",
        "Harbour Post",
        "2017-06-09",
        "\u201cWe will answer the sanctions,\u201d Ms. Varek said. \u201cSo will we,\u201d the Front said.",
        [
            ("We will answer the sanctions", "Ms. Varek", "Varek", "person", []),
            ("So will we", "the Front", None, "organization", []),
        ],
    ),
]


def build_v1_store(path: Path) -> None:
    """A store as quotetrail's schema v1 wrote it, with data, by the v1 DDL alone."""
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA_V1)
    conn.execute("INSERT INTO schema_migrations VALUES (1, 'first schema', '2017-07-01T00:00:00+00:00')")
    for outlet_id, (aid, url, outlet, day, text, statements) in enumerate(V1_ARTICLES, 1):
        conn.execute("INSERT INTO outlets(id, name) VALUES (?, ?)", (outlet_id, outlet))
        conn.execute(
            "INSERT INTO articles(id, url, source, outlet_id, published, published_day, text, content_hash, "
            "extractor, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'quotetrail.v0', '2017-07-01T00:00:00')",
            (aid, url, url, outlet_id, day, day, text, f"hash-{aid}"),
        )
        for position, (quote, speaker, name, kind, targets) in enumerate(statements):
            start = text.index(quote)
            speaker_start = text.index(speaker)
            target_json = [{"text": t, "span": [s, e], "label": "organization"} for t, s, e in targets]
            cursor = conn.execute(
                "INSERT INTO statements(id, article_id, position, kind, quote, quote_spans, speaker, "
                "speaker_start, speaker_end, speaker_name, speaker_type, targets, extractor) "
                "VALUES (?, ?, ?, 'direct', ?, ?, ?, ?, ?, ?, ?, ?, 'quotetrail.v0')",
                (
                    f"{aid}-{position}",
                    aid,
                    position,
                    quote,
                    json.dumps([[start, start + len(quote)]]),
                    speaker,
                    speaker_start,
                    speaker_start + len(speaker),
                    name,
                    kind,
                    json.dumps(target_json),
                ),
            )
            for target, s, e in targets:
                conn.execute(
                    "INSERT OR IGNORE INTO entities(key, label, name) VALUES (?, 'organization', ?)",
                    (target.lower(), target),
                )
                (entity,) = conn.execute(
                    "SELECT id FROM entities WHERE key = ?", (target.lower(),)
                ).fetchone()
                conn.execute(
                    "INSERT INTO statement_targets VALUES (?, ?, ?, ?, ?)",
                    (cursor.lastrowid, entity, target, s, e),
                )
    conn.commit()
    conn.close()


def versions(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [v for (v,) in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]


def test_a_new_store_records_every_version(db_path: Path) -> None:
    open_store(db_path).close()
    assert SCHEMA_VERSION == 3
    assert versions(db_path) == [1, 2, 3]


def test_a_v1_store_is_migrated_and_its_data_survives(db_path: Path) -> None:
    build_v1_store(db_path)
    assert versions(db_path) == [1]
    with open_store(db_path) as store:
        assert versions(db_path) == EVERY_VERSION
        assert store.counts()["articles"] == 2
        assert store.counts()["statements"] == 3
        found = {s.statement.quote: s for s in store.quotes()}
        assert set(found) == {
            "The sanctions will not break the Liberation Front",
            "We will answer the sanctions",
            "So will we",
        }
        # identities were built for the old statements
        assert found["We will answer the sanctions"].speaker_identity == "Dana Varek"
        assert found["So will we"].speaker_identity == "Front"
        assert [
            s.statement.quote for s in store.quotes("sanctions", speaker="Dana Varek", about="liberation")
        ] == ["The sanctions will not break the Liberation Front"]
        assert store.find_article("https://hp.example/2", "") == ("a2", "quotetrail.v0")
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_migrated_store_takes_new_articles(db_path: Path) -> None:
    from newsroom import Said, news

    build_v1_store(db_path)
    with open_store(db_path) as store:
        store.save_article(
            news(Said("The levy must go", "Varek"), outlet="Coastal Herald"), extractor="test.v1"
        )
        assert {s.speaker_identity for s in store.quotes(speaker="Varek")} == {"Dana Varek"}


def test_opening_twice_migrates_once(db_path: Path) -> None:
    build_v1_store(db_path)
    open_store(db_path).close()
    open_store(db_path).close()
    assert versions(db_path) == EVERY_VERSION


def test_a_store_from_a_newer_quotetrail_is_refused_by_name(db_path: Path) -> None:
    open_store(db_path).close()
    future = SCHEMA_VERSION + 1
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            f"INSERT INTO schema_migrations VALUES ({future}, 'from the future', '2031-01-01T00:00:00')"
        )
    with pytest.raises(
        MigrationError,
        match=rf"quotetrail\.db: store schema version {future} is newer .*version {SCHEMA_VERSION}",
    ):
        open_store(db_path)


def test_a_failed_migration_leaves_the_store_at_its_last_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_v1_store(db_path)
    broken = Migration(
        2, "broken", "CREATE TABLE speakers (id INTEGER PRIMARY KEY);\nCREATE TABLE articles (x);"
    )
    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], broken))
    with pytest.raises(MigrationError, match="migration to schema version 2 failed"):
        open_store(db_path)
    monkeypatch.undo()
    assert versions(db_path) == [1]
    with sqlite3.connect(db_path) as conn:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "speakers" not in tables
    with open_store(db_path) as store:
        assert store.counts()["statements"] == 3


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("Dana Varek said the port stays open.\n"), "file is not a database"),
        (lambda p: p.write_bytes(b"\x00\xff" * 512), "file is not a database"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE recipes (name TEXT)"),
            "without a schema_migrations",
        ),
        (lambda p: p.mkdir(), "cannot open store"),
    ],
)
def test_something_else_at_the_path_is_refused_by_name(db_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    make(db_path)
    with pytest.raises(StoreError, match=message) as caught:
        open_store(db_path)
    assert str(db_path) in str(caught.value)


def test_two_processes_opening_an_old_store_at_once_migrate_it_once(db_path: Path) -> None:
    import threading

    build_v1_store(db_path)
    start = threading.Barrier(3)
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            start.wait()
            with open_store(db_path) as store:
                store.counts()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert versions(db_path) == EVERY_VERSION
    with open_store(db_path) as store:
        assert {r.identity.name for r in store.speakers()} == {"Dana Varek", "Front"}


FEED_LINK = "https://feeds.hp.example/r/2?utm_source=rss"


def build_v2_store(path: Path) -> None:
    """A store as schema v2 left it: the v1 data with speaker identities, a merge rule, an article read
    from a feed's link (its source) that declared another canonical URL, and a role."""
    build_v1_store(path)
    conn = sqlite3.connect(path)
    conn.executescript(V2_SPEAKER_IDENTITIES)
    conn.executescript(
        f"""
        INSERT INTO schema_migrations VALUES (2, 'speaker identities', '2017-08-01T00:00:00+00:00');
        INSERT INTO speakers(id, name, key, type, surname) VALUES
            (7, 'Dana Varek', 'dana varek', 'person', 'varek'), (9, 'Front', 'front', 'organization', NULL);
        INSERT INTO speaker_aliases(speaker_id, key, alias, origin) VALUES
            (7, 'dana varek', 'Dana Varek', 'name'), (7, 'varek', 'Varek', 'observed'),
            (9, 'front', 'Front', 'name');
        UPDATE statements SET speaker_key = 'dana varek', speaker_id = 7, speaker_role = 'Parliament Speaker'
            WHERE id = 'a1-0';
        UPDATE statements SET speaker_key = 'varek', speaker_id = 7 WHERE id = 'a2-0';
        UPDATE statements SET speaker_key = 'front', speaker_id = 9 WHERE id = 'a2-1';
        INSERT INTO speaker_rules(kind, name, name_key, other, other_key, preferred, origin, created_at)
            VALUES ('same', 'A. Varek', 'a varek', 'Dana Varek', 'dana varek', 'Dana Varek', 'merge',
                    '2017-08-02T00:00:00+00:00');
        UPDATE articles SET source = '{FEED_LINK}' WHERE id = 'a2';
        """
    )
    conn.commit()
    conn.close()


def test_a_v2_store_is_migrated_to_v3_with_its_data_and_rules(db_path: Path) -> None:
    from newsroom import Said, news

    build_v2_store(db_path)
    assert versions(db_path) == [1, 2]
    with open_store(db_path) as store:
        assert versions(db_path) == [1, 2, 3]
        # the feed's link finds the article whose canonical URL differs; the canonical URL still does
        assert store.find_article(FEED_LINK, "") == ("a2", "quotetrail.v0")
        assert store.has_url(FEED_LINK) and store.has_url("https://hp.example/2")
        assert store.find_article("https://sn.example/1", "") == ("a1", "quotetrail.v0")
        # identities kept as they were (no rebuild), the merge rule still applies
        assert {(r.identity.id, r.identity.name) for r in store.speakers()} == {
            (7, "Dana Varek"),
            (9, "Front"),
        }
        store.save_article(news(Said("The levy stays", "A. Varek")), extractor="test.v1")
        assert {s.speaker_identity for s in store.quotes(speaker="A. Varek")} == {"Dana Varek"}
        # her role under her full name was recorded: it picks her out among two Vareks
        store.save_article(news(Said("The levy goes", "Tomas Varek")), extractor="test.v1")
        store.save_article(news(Said("The chamber is closed", "Speaker Varek", name="Varek", role="Speaker")),
                           extractor="test.v1")  # fmt: skip
        assert {s.speaker_identity for s in store.quotes("chamber")} == {"Dana Varek"}
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_failed_migration_from_v2_leaves_it_at_v2(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_v2_store(db_path)
    broken = Migration(3, "broken", "CREATE TABLE fetched_urls (url TEXT);\nCREATE TABLE speakers (x);")
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS[:2], broken))
    with pytest.raises(MigrationError, match="migration to schema version 3 failed"):
        open_store(db_path)
    monkeypatch.undo()
    assert versions(db_path) == [1, 2]
    with open_store(db_path) as store:
        assert store.find_article(FEED_LINK, "") == ("a2", "quotetrail.v0")


class _LockedOnOptimize:
    """A connection whose ``PRAGMA optimize`` finds the database locked, as under a busy writer."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
        if sql == "PRAGMA optimize":
            raise sqlite3.OperationalError("database is locked")
        return self.conn.execute(sql, *args)  # type: ignore[arg-type]

    def close(self) -> None:
        self.conn.close()


def test_closing_a_store_while_another_process_writes_is_quiet(db_path: Path) -> None:
    store = open_store(db_path)
    store.counts()
    real = store.conn
    store.conn = _LockedOnOptimize(real)  # type: ignore[assignment]
    store.close()  # upkeep skipped, no error
    with pytest.raises(sqlite3.ProgrammingError):
        real.execute("SELECT 1")  # and the connection is closed all the same
