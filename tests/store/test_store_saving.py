"""Saving articles: created on first use, stored once, replaced atomically, never lost on bad input."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from newsroom import Said, news

from quotetrail.errors import StoreError
from quotetrail.model import ArticleResult, Failure, Span, Statement, Target
from quotetrail.store import Store, open_store
from quotetrail.store.speaker_index import SpeakerIndex

SANCTIONS = Said(
    "The sanctions will not break the Liberation Front", "Dana Varek", about=("Liberation Front",)
)
HARBOUR = Said("The harbour reopens on Friday", "Pavel Osk", role="harbour master")


def quotes_of(store: Store) -> list[str]:
    return [found.statement.quote for found in store.quotes(order="stored")]


def test_the_store_file_is_created_on_first_use(tmp_path: Path) -> None:
    path = tmp_path / "new" / "quotetrail.db"
    path.parent.mkdir()
    with open_store(path) as store:
        assert store.counts() == dict.fromkeys(
            ("articles", "statements", "speakers", "failures", "outlets", "entities"), 0
        )
    assert path.exists()


def test_an_in_memory_store_works_for_throwaway_use() -> None:
    with open_store(":memory:") as store:
        store.save_article(news(SANCTIONS), extractor="test.v1")
        assert quotes_of(store) == [SANCTIONS.quote]


def test_opening_without_create_needs_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"missing\.db: no store here"):
        open_store(tmp_path / "missing.db", create=False)


def test_a_statement_comes_back_exactly_as_saved(store: Store) -> None:
    said = Said(
        "the ferry levy would be scrapped",
        "Mirela Osk",
        kind="indirect",
        role="transport minister",
        about=(("ferry levy", "Harbour Ferry Levy"),),
        said_on=date(2017, 6, 4),
    )
    result = news(
        said, outlet="Coastal Herald", published=datetime(2017, 6, 5, 9, 30), url="https://ch.example/1"
    )
    article_id = store.save_article(result, extractor="test.v1")
    (found,) = store.quotes()
    assert found.statement == replace(result.statements[0], extractor="test.v1")
    assert found.article_id == article_id == result.article.id
    assert found.statement_id == result.statements[0].statement_id(article_id)
    assert (found.outlet, found.url, found.published) == (
        "Coastal Herald",
        "https://ch.example/1",
        datetime(2017, 6, 5, 9, 30),
    )
    assert found.speaker_identity == "Mirela Osk"


def test_the_statement_extractor_wins_over_the_article_one(store: Store) -> None:
    result = news(SANCTIONS)
    result = replace(result, statements=(replace(result.statements[0], extractor="quotetrail.direct.v3"),))
    store.save_article(result, extractor="quotetrail.v3")
    (found,) = store.quotes()
    assert found.statement.extractor == "quotetrail.direct.v3"
    assert store.find_article(result.article.url, result.article.hash) == (result.article.id, "quotetrail.v3")


def test_the_article_is_kept_with_its_text_and_fields(store: Store) -> None:
    result = news(
        SANCTIONS,
        outlet="State News",
        published="2017-06-05",
        url="https://sn.example/a",
        title="Varek defiant",
    )
    store.save_article(result, extractor="test.v1")
    (stored,) = store.articles()
    assert stored.article == result.article
    assert (stored.extractor, stored.statements) == ("test.v1", 1)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param(dict(url="https://sn.example/a"), dict(url="https://sn.example/a"), id="same URL"),
        pytest.param(dict(source="a.txt"), dict(source="copy/of/a.txt"), id="same text, no URL"),
        pytest.param(
            dict(url="https://sn.example/a"), dict(url=None, source="saved.html"), id="same text, URL lost"
        ),
    ],
)
def test_saving_the_same_article_twice_stores_it_once(store: Store, first: dict, second: dict) -> None:
    store.save_article(news(SANCTIONS, **first), extractor="test.v1")
    store.save_article(news(SANCTIONS, **second), extractor="test.v1")
    assert (store.counts()["articles"], store.counts()["statements"]) == (1, 1)


def test_an_updated_article_at_the_same_url_replaces_the_old_text(store: Store) -> None:
    url = "https://sn.example/varek"
    first = store.save_article(news(SANCTIONS, url=url), extractor="test.v1")
    second = store.save_article(news(SANCTIONS, HARBOUR, url=url), extractor="test.v1")
    assert first == second
    assert quotes_of(store) == [SANCTIONS.quote, HARBOUR.quote]
    (stored,) = store.articles()
    assert HARBOUR.quote in stored.article.text


def test_find_article_by_url_or_by_hash(store: Store) -> None:
    result = news(SANCTIONS, url="https://sn.example/a")
    article_id = store.save_article(result, extractor="test.v1")
    assert store.find_article("https://sn.example/a", "") == (article_id, "test.v1")
    assert store.find_article(None, result.article.hash) == (article_id, "test.v1")
    assert store.find_article("https://elsewhere.example/b", result.article.hash) == (article_id, "test.v1")
    assert store.find_article("https://elsewhere.example/b", "0" * 64) is None
    assert store.has_url("https://sn.example/a")
    assert not store.has_url("https://sn.example/b")


def test_a_newer_extractor_replaces_the_statements(store: Store) -> None:
    first = news(SANCTIONS, url="https://sn.example/a")
    store.save_article(first, extractor="test.v1")
    better = replace(first, statements=(replace(first.statements[0], speaker_role="opposition leader"),))
    store.save_article(better, extractor="test.v2")
    (found,) = store.quotes()
    assert found.statement.speaker_role == "opposition leader"
    assert store.find_article("https://sn.example/a", "")[1] == "test.v2"  # type: ignore[index]


def test_a_failure_mid_save_keeps_the_old_statements(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    url = "https://sn.example/a"
    store.save_article(news(SANCTIONS, url=url), extractor="test.v1")
    real_assign = SpeakerIndex.assign
    calls = {"n": 0}

    def assign_then_crash(self: SpeakerIndex, statement: Statement) -> tuple[str | None, int | None]:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk pulled out mid-save")
        return real_assign(self, statement)

    monkeypatch.setattr(SpeakerIndex, "assign", assign_then_crash)
    with pytest.raises(RuntimeError, match="disk pulled out"):
        store.save_article(news(HARBOUR, SANCTIONS, url=url), extractor="test.v2")
    assert quotes_of(store) == [SANCTIONS.quote]
    assert store.find_article(url, "")[1] == "test.v1"  # type: ignore[index]
    assert [s.identity.name for s in store.speakers()] == ["Dana Varek"]
    monkeypatch.undo()
    store.save_article(news(HARBOUR, SANCTIONS, url=url), extractor="test.v2")
    assert quotes_of(store) == [HARBOUR.quote, SANCTIONS.quote]
    assert sorted(s.identity.name for s in store.speakers()) == ["Dana Varek", "Pavel Osk"]


def test_a_statement_pointing_outside_its_text_stores_nothing_of_that_article(store: Store) -> None:
    store.save_article(news(HARBOUR), extractor="test.v1")
    broken = news(SANCTIONS, source="broken.txt")
    bad = replace(broken.statements[0], quote_spans=(Span(0, len(broken.article.text) + 5),))
    with pytest.raises(StoreError, match=r"broken\.txt: statement 1 quote span .* outside the article text"):
        store.save_article(replace(broken, statements=(bad,)), extractor="test.v1")
    assert quotes_of(store) == [HARBOUR.quote]
    assert store.counts()["articles"] == 1


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda st: replace(st, kind="rumour"), id="unknown kind"),
        pytest.param(
            lambda st: replace(st, targets=(Target("x", Span(0, 10_000), "place"),)), id="target span"
        ),
    ],
)
def test_hostile_statements_are_refused_and_nothing_is_lost(store: Store, damage) -> None:  # type: ignore[no-untyped-def]
    store.save_article(news(HARBOUR), extractor="test.v1")
    result = news(SANCTIONS)
    with pytest.raises(StoreError):
        store.save_article(replace(result, statements=(damage(result.statements[0]),)), extractor="test.v1")
    assert quotes_of(store) == [HARBOUR.quote]


def test_the_same_statement_twice_in_one_article_is_stored_once(store: Store) -> None:
    result = news(SANCTIONS)
    store.save_article(replace(result, statements=result.statements * 2), extractor="test.v1")
    assert store.counts()["statements"] == 1


def test_an_article_without_statements_is_still_stored(store: Store) -> None:
    store.save_article(ArticleResult(news(SANCTIONS).article, ()), extractor="test.v1")
    assert (store.counts()["articles"], store.counts()["statements"]) == (1, 0)


def test_outlet_names_are_one_outlet_whatever_their_case_or_spacing(store: Store) -> None:
    store.save_article(news(SANCTIONS, outlet="State News"), extractor="test.v1")
    store.save_article(news(HARBOUR, outlet="  state   NEWS "), extractor="test.v1")
    assert store.counts()["outlets"] == 1
    assert {found.outlet for found in store.quotes()} == {"State News"}


def test_failures_are_kept_counted_once_and_cleared_by_a_later_success(store: Store) -> None:
    gone = Failure("https://sn.example/gone", "HTTP 404", "ingest", "not found")
    flaky = Failure("https://sn.example/a", "timed out after 10 s", "ingest")
    store.add_failure(gone)
    store.add_failure(flaky)
    store.add_failure(gone)
    assert sorted(f.source for f in store.failures()) == ["https://sn.example/a", "https://sn.example/gone"]
    store.save_article(news(SANCTIONS, url="https://sn.example/a"), extractor="test.v1")
    assert list(store.failures()) == [gone]
    rows = store.conn.execute("SELECT attempts FROM failures").fetchall()
    assert rows == [(2,)]


def test_a_closed_store_says_so(db_path: Path) -> None:
    store = open_store(db_path)
    store.close()
    store.close()  # closing twice is harmless
    with pytest.raises(StoreError, match="closed"):
        store.counts()
    with pytest.raises(StoreError, match="closed"):
        store.save_article(news(SANCTIONS), extractor="test.v1")


def test_two_connections_share_one_file(db_path: Path) -> None:
    with open_store(db_path) as writer, open_store(db_path) as reader:
        writer.save_article(news(SANCTIONS), extractor="test.v1")
        assert quotes_of(reader) == [SANCTIONS.quote]


def test_the_file_uses_wal_and_foreign_keys(store: Store, db_path: Path) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    store.save_article(news(SANCTIONS), extractor="test.v1")
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
