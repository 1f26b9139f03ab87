"""Queries: full-text search that no input can break, filters that combine, results in order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from newsroom import Said, news

from quotetrail.errors import InputError
from quotetrail.store import Store, open_store
from quotetrail.store.filters import fts_query

# Tag -> statement. Each article below holds the statements named in its comment.
SAID = {
    "defiant": Said(
        "The sanctions will not break the Liberation Front", "Dana Varek", about=("Liberation Front",)
    ),
    "answer": Said("We will answer the sanctions in kind", "Varek"),
    "grain": Said("grain prices would fall before the harvest", "Pavel Sund", kind="indirect"),
    "confession": Said(
        "Sanctions are a confession of weakness by the Front",
        "Ms. Varek",
        name="Varek",
        about=(("the Front", "Liberation Front"),),
    ),
    "illegal": Said(
        "The sanctions are illegal under the harbour treaty",
        "the Liberation Front",
        name="Liberation Front",
        speaker_type="organization",
        about=("harbour treaty",),
        label="law",
    ),
    "autumn": Said(
        "the sanctions would be lifted by autumn",
        "a senior official",
        name=None,
        kind="indirect",
        speaker_type="anonymous",
    ),
    "temporary": Said(
        "a temporary measure for Port Amsel, nothing more",
        "Mirela Osk",
        kind="mixed",
        about=("Port Amsel",),
        label="place",
    ),
    "café": Said("The café strike in Vélin is over", "Jonas Brel", about=("Vélin",), label="place"),
}
ARTICLES = [
    dict(said=["defiant"], outlet="State News", published="2017-06-05", url="https://sn.example/1"),
    dict(said=["answer"], outlet="Harbour Post", published="2017-06-09", url="https://hp.example/2"),
    dict(said=["grain"], outlet="State News", published="2017-06-20"),
    dict(said=["confession", "temporary"], outlet="Coastal Herald", published="2017-07-01"),
    dict(said=["illegal"], outlet="State News", published="2016-12-01"),
    dict(said=["autumn"], outlet="Harbour Post", published=None),
    dict(said=["café"], outlet="Coastal Herald", published="2017-07-02"),
]
BY_QUOTE = {said.quote: tag for tag, said in SAID.items()}


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("newsroom") / "quotetrail.db"
    with open_store(path) as store:
        for spec in ARTICLES:
            statements = [SAID[tag] for tag in spec["said"]]
            result = news(
                *statements, outlet=spec["outlet"], published=spec["published"], url=spec.get("url")
            )
            store.save_article(result, extractor="test.v1")
        yield store


def tags(store: Store, *args: object, **kwargs: object) -> list[str]:
    return [BY_QUOTE[found.statement.quote] for found in store.quotes(*args, **kwargs)]  # type: ignore[arg-type]


FILTERS = [
    # (query, filters, expected tags in publication order; undated last)
    (None, {}, ["illegal", "defiant", "answer", "grain", "confession", "temporary", "café", "autumn"]),
    ("sanctions", {}, ["illegal", "defiant", "answer", "confession", "autumn"]),
    ("sanctions", {"speaker": "Dana Varek"}, ["defiant", "answer", "confession"]),
    ("sanctions", {"speaker": "Ms. Varek"}, ["defiant", "answer", "confession"]),
    (None, {"speaker": "Pavel Sund"}, ["grain"]),
    (None, {"speaker": "Varek"}, ["defiant", "answer", "confession"]),
    (None, {"speaker": "pavel"}, ["grain"]),
    (None, {"speaker": "Nobody Atall"}, []),
    (None, {"speaker": "Liberation Front"}, ["illegal"]),
    (None, {"speaker": "a senior official"}, []),  # anonymous speakers have no identity
    (None, {"about": "Liberation Front"}, ["defiant", "confession"]),
    (None, {"about": "the front"}, ["defiant", "confession"]),
    (None, {"about": "port amsel"}, ["temporary"]),
    (None, {"about": "velin"}, ["café"]),
    (None, {"about": "100%"}, []),
    (None, {"outlet": "state news"}, ["illegal", "defiant", "grain"]),
    (None, {"outlet": "State  News "}, ["illegal", "defiant", "grain"]),
    (None, {"outlet": "Nowhere Gazette"}, []),
    (None, {"since": "2017-06-09"}, ["answer", "grain", "confession", "temporary", "café"]),
    (None, {"until": "2017-06-09"}, ["illegal", "defiant", "answer"]),
    (None, {"since": date(2017, 6, 9), "until": date(2017, 6, 20)}, ["answer", "grain"]),
    (None, {"since": "2017-06-10", "until": "2017-06-19"}, []),
    (None, {"kind": "indirect"}, ["grain", "autumn"]),
    (None, {"kind": "mixed"}, ["temporary"]),
    (
        "sanctions",
        {
            "speaker": "Varek",
            "about": "Liberation Front",
            "outlet": "State News",
            "since": "2017-06-01",
            "until": "2017-07-01",
            "kind": "direct",
        },
        ["defiant"],
    ),
    ("sanctions", {"outlet": "Coastal Herald", "since": "2017-06-01"}, ["confession"]),
]


@pytest.mark.parametrize(("query", "filters", "expected"), FILTERS)
def test_filters_combine(newsroom: Store, query: str | None, filters: dict, expected: list[str]) -> None:
    assert tags(newsroom, query, **filters) == expected


HOSTILE = [
    # (what a user typed, tags it finds) -- none of these may raise
    ('"', []),
    ("-", []),
    ("--sanctions", ["illegal", "defiant", "answer", "confession", "autumn"]),
    ("sanctions -", ["illegal", "defiant", "answer", "confession", "autumn"]),
    ("NOT sanctions", ["defiant"]),  # NOT is a word ("will not break")
    ("sanctions OR grain", ["illegal", "defiant", "answer", "grain", "confession", "autumn"]),
    ("OR sanctions OR", ["illegal", "defiant", "answer", "confession", "autumn"]),
    ("harbour OR OR grain", ["illegal", "grain"]),
    ("sanctions AND harbour", ["illegal"]),
    ("AND", []),
    ('"unbalanced phrase', []),
    ('"answer the sanctions', ["answer"]),
    ("NEAR(sanctions harbour", []),  # taken literally: the phrase "near sanctions"
    ("sanctions) harbour(", ["illegal"]),
    ("quote:sanctions", []),
    ("^sanctions", ["illegal", "defiant", "answer", "confession", "autumn"]),
    ("*", []),
    ("sanction*", ["illegal", "defiant", "answer", "confession", "autumn"]),
    ('"answer the sanctions"', ["answer"]),
    ('"the sanctions answer"', []),
    ("SANCTIONS Harbour", ["illegal"]),
    ("\u201csanctions\u201d", ["illegal", "defiant", "answer", "confession", "autumn"]),
    ("cafe velin", ["café"]),
    ("Café", ["café"]),
    ("\U0001f642", []),
    ("'; DROP TABLE statements; --", []),
    ("\x00", []),
    ("sanctions\nharbour\t", ["illegal"]),
]


@pytest.mark.parametrize(("typed", "expected"), HOSTILE)
def test_no_query_text_can_break_the_search(newsroom: Store, typed: str, expected: list[str]) -> None:
    assert tags(newsroom, typed) == expected
    assert newsroom.counts()["statements"] == 8


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_an_empty_query_does_not_filter(newsroom: Store, typed: str | None) -> None:
    assert len(tags(newsroom, typed)) == 8


@pytest.mark.parametrize(
    ("typed", "fts"),
    [
        ("sanctions", '"sanctions"'),
        ("two words", '"two" "words"'),
        ('say "a phrase" here', '"say" "a phrase" "here"'),
        ("pre*", '"pre"*'),
        ("a OR b", '"a" OR "b"'),
        ("a AND b", '"a" "b"'),
        ("OR a OR", '"a"'),
        ('"unclosed words', '"unclosed" "words"'),
        ('he said ""no""', '"he" "said" "no"'),
        ("---", ""),
        ("   ", None),
    ],
)
def test_typed_text_becomes_a_quoted_fts_query(typed: str, fts: str | None) -> None:
    assert fts_query(typed) == fts


def test_limit_and_offset_page_through_results(newsroom: Store) -> None:
    everything = tags(newsroom)
    assert tags(newsroom, limit=3) == everything[:3]
    assert tags(newsroom, limit=3, offset=3) == everything[3:6]
    assert tags(newsroom, limit=0) == []
    assert tags(newsroom, offset=100) == []
    assert tags(newsroom, offset=6, limit=5) == everything[6:]  # across dated and undated articles
    assert tags(newsroom, offset=7) == ["autumn"]
    assert tags(newsroom, offset=8) == []


def test_newest_first_keeps_undated_articles_last(newsroom: Store) -> None:
    newest = tags(newsroom, order="newest")
    assert newest[:3] == ["café", "confession", "temporary"]
    assert newest[-2:] == ["illegal", "autumn"]
    assert tags(newsroom, "sanctions", order="newest", limit=2) == ["confession", "answer"]


def test_stored_order_is_the_order_of_saving(newsroom: Store) -> None:
    assert tags(newsroom, order="stored")[:3] == ["defiant", "answer", "grain"]
    with pytest.raises(InputError, match="order 'random'"):
        tags(newsroom, order="random")


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"since": "2017-13-01"}, "since '2017-13-01' is not a date"),
        ({"until": "last week"}, "until 'last week' is not a date"),
        ({"kind": "rumour"}, "kind 'rumour' is not one of direct, indirect, mixed"),
    ],
)
def test_bad_filter_values_are_named(newsroom: Store, filters: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        tags(newsroom, **filters)


def test_results_stream_without_loading_everything(newsroom: Store) -> None:
    found = newsroom.quotes()
    first = next(found)
    assert BY_QUOTE[first.statement.quote] == "illegal"
    found.close()  # type: ignore[attr-defined]


def test_statements_of_one_article(newsroom: Store) -> None:
    (article,) = [
        a for a in newsroom.articles() if a.article.outlet == "Coastal Herald" and a.statements == 2
    ]
    assert tags(newsroom, article_id=article.id) == ["confession", "temporary"]


def test_articles_filter_by_outlet_and_days(newsroom: Store) -> None:
    listed = list(newsroom.articles(outlet="state news", since="2017-01-01"))
    assert [a.article.published for a in listed] == [date(2017, 6, 5), date(2017, 6, 20)]
    assert [a.statements for a in listed] == [1, 1]
    everything = list(newsroom.articles())
    assert everything[-1].article.published is None  # undated last
    assert len(list(newsroom.articles(limit=2))) == 2


def test_speakers_are_listed_with_what_is_known_of_them(newsroom: Store) -> None:
    records = {r.identity.name: r for r in newsroom.speakers()}
    assert set(records) == {"Dana Varek", "Pavel Sund", "Liberation Front", "Mirela Osk", "Jonas Brel"}
    dana = records["Dana Varek"]
    assert dana.statements == 3
    assert dana.identity.aliases == ("Varek",)
    assert dana.outlets == ("Coastal Herald", "Harbour Post", "State News")
    assert (dana.first_seen, dana.last_seen) == (date(2017, 6, 5), date(2017, 7, 1))
    assert records["Liberation Front"].identity.type == "organization"
    assert next(newsroom.speakers()).identity.name == "Dana Varek"  # most quoted first
    assert [r.identity.name for r in newsroom.speakers("pavel")] == ["Pavel Sund"]


@pytest.mark.parametrize(
    ("text", "filters", "driver_clause", "checked_clause", "expected"),
    [
        # one match (cost 5) against 7 dated articles of about 8/7 statements each (cost 1 apiece)
        ("café", {"since": "2016-01-01"}, "s.seq IN (SELECT rowid", "+a.published_day", ["café"]),
        # five matches (cost 25) against two articles (cost about 2.3)
        ("sanctions", {"outlet": "Coastal Herald"}, "a.outlet_id", "+s.seq IN (SELECT rowid", ["confession"]),
        # one speaker with three statements against five matches
        ("sanctions", {"speaker_ids": "Dana Varek"}, "s.speaker_id", "+s.seq IN (SELECT rowid", None),
    ],
)
def test_the_cheaper_filter_drives_the_query(
    newsroom: Store,
    text: str,
    filters: dict,
    driver_clause: str,
    checked_clause: str,
    expected: list[str] | None,
) -> None:
    from quotetrail.store.filters import StatementFilter

    if "speaker_ids" in filters:
        filters = {"speaker_ids": newsroom.index.ids_matching(filters["speaker_ids"])}
    plan = StatementFilter(text=text, **filters).plan(newsroom.conn)
    assert plan is not None
    clauses = plan[0].split(" AND ")
    assert any(c.startswith(driver_clause) for c in clauses), clauses
    assert any(c.startswith(checked_clause) for c in clauses), clauses
    if expected is not None:
        assert tags(newsroom, text, **filters) == expected


def test_a_first_page_of_a_common_word_walks_in_publication_order(newsroom: Store) -> None:
    from quotetrail.store.filters import StatementFilter

    plan = StatementFilter(text="sanctions").plan(newsroom.conn, first=1)  # 5 of 8 statements match
    assert plan is not None and plan[2] == "order"
    assert plan[0].startswith("+s.seq IN (SELECT rowid")
    rare = StatementFilter(text="café").plan(newsroom.conn, first=1)  # 1 of 8: the match list is cheaper
    assert rare is not None and rare[2] == "text"
    assert tags(newsroom, "sanctions", limit=2) == ["illegal", "defiant"]
    assert tags(newsroom, "sanctions", limit=2, order="newest") == ["confession", "answer"]


@pytest.mark.parametrize("order", ["published", "newest", "stored"])
def test_a_first_page_needs_no_full_sort_even_without_statistics(newsroom: Store, order: str) -> None:
    executed: list[str] = []
    newsroom.conn.set_trace_callback(executed.append)
    try:
        list(newsroom.quotes(limit=5, order=order))
    finally:
        newsroom.conn.set_trace_callback(None)
    query = next(sql for sql in executed if "s.id, s.article_id" in sql)  # parameters are expanded
    plan = [row[3] for row in newsroom.conn.execute("EXPLAIN QUERY PLAN " + query)]
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan
