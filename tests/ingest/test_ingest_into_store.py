"""ingest_into_store: each article once, re-extracted when the extractor changes, failures kept.

Extraction is replaced by a stand-in that finds the first quotation in the
text: these tests are about what ingest stores, not about extraction quality.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from ingest_samples import BRIDGE_STORY, FERRY_STORY, LIBRARY_STORY, FeedItem, jsonl, news_page, rss_feed
from local_site import LocalSite

from quotetrail.errors import ModelNotFoundError
from quotetrail.ingest import HttpClient
from quotetrail.model import Article, ArticleResult, Span, Statement
from quotetrail.pipeline import IngestSummary, ingest_into_store
from quotetrail.store import Store, open_store

STORIES = {"bridge": BRIDGE_STORY, "ferry": FERRY_STORY, "library": LIBRARY_STORY}
QUOTE = re.compile(r"\u201c([^\u201d]+)\u201d")


def first_quote(article: Article) -> ArticleResult:
    """A stand-in extractor: one direct statement for the first quotation, if any."""
    match = QUOTE.search(article.text)
    statements = ()
    if match:
        span = Span(match.start(1), match.end(1))
        statements = (
            Statement(kind="direct", quote=match.group(1), quote_spans=(span,), extractor="stand-in"),
        )
    return ArticleResult(article=article, statements=statements)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "quotetrail.db") as opened:
        yield opened


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "dump.jsonl"
    records = [
        {"text": "\n\n".join(story), "title": name, "url": f"https://harbourledger.example/{name}"}
        for name, story in STORIES.items()
    ]
    path.write_bytes(jsonl(records))
    return path


def ingest(
    sources: list[str], store: Store, extractor: str = "stand-in.v1", **options: object
) -> IngestSummary:
    return ingest_into_store(sources, store, extract=first_quote, extractor=extractor, **options)  # type: ignore[arg-type]


def test_articles_and_their_statements_are_stored(store: Store, dump: Path) -> None:
    summary = ingest([str(dump)], store)
    assert (summary.articles, summary.statements, summary.skipped, summary.failures) == (3, 3, 0, 0)
    assert summary.ok
    counts = store.counts()
    assert (counts["articles"], counts["statements"]) == (3, 3)


def test_ingesting_the_same_source_again_stores_nothing_twice(store: Store, dump: Path) -> None:
    ingest([str(dump)], store)
    again = ingest([str(dump)], store)
    assert (again.articles, again.skipped) == (0, 3)
    assert (store.counts()["articles"], store.counts()["statements"]) == (3, 3)


def test_the_same_text_from_another_source_is_recognised_by_its_hash(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("\n\n".join(BRIDGE_STORY))
    (tmp_path / "copy-with-other-spacing.txt").write_text("  " + "\n".join(BRIDGE_STORY) + "\n")
    summary = ingest([str(tmp_path / "a.txt"), str(tmp_path / "copy-with-other-spacing.txt")], store)
    assert (summary.articles, summary.skipped) == (1, 1)
    assert store.counts()["articles"] == 1


def test_a_newer_extractor_re_extracts_and_replaces_the_statements(store: Store, dump: Path) -> None:
    ingest([str(dump)], store, extractor="stand-in.v1")
    summary = ingest([str(dump)], store, extractor="stand-in.v2")
    assert (summary.articles, summary.replaced, summary.skipped) == (3, 3, 0)
    assert (store.counts()["articles"], store.counts()["statements"]) == (3, 3)
    assert {stored.extractor for stored in store.articles()} == {"stand-in.v2"}


def test_unreadable_sources_are_stored_as_failures_and_good_articles_kept(
    store: Store, tmp_path: Path
) -> None:
    bad_dump = tmp_path / "mixed.jsonl"
    bad_dump.write_bytes(jsonl([{"text": "\n".join(FERRY_STORY)}, "{broken", {"title": "no text"}]))
    summary = ingest([str(bad_dump), str(tmp_path / "missing.html")], store)
    assert (summary.articles, summary.failures) == (1, 3)
    assert not summary.ok
    expected = [f"{bad_dump}:2", f"{bad_dump}:3", str(tmp_path / "missing.html")]
    assert sorted((f.source, f.stage) for f in store.failures()) == sorted((s, "ingest") for s in expected)
    assert [f.source for f in summary.first_failures] == [
        f"{bad_dump}:2",
        f"{bad_dump}:3",
        str(tmp_path / "missing.html"),
    ]


def test_an_extraction_error_is_a_failure_for_that_article_only(store: Store, dump: Path) -> None:
    def fragile(article: Article) -> ArticleResult:
        if article.title == "ferry":
            raise IndexError("token index out of range")
        return first_quote(article)

    summary = ingest_into_store([str(dump)], store, extract=fragile, extractor="stand-in.v1")
    assert (summary.articles, summary.failures) == (2, 1)
    (failure,) = store.failures()
    assert (failure.source, failure.stage) == (f"{dump}:2", "extract")
    assert "IndexError: token index out of range" in failure.reason
    # Once extraction works, the next run stores the article and clears its failure.
    retry = ingest([str(dump)], store)
    assert (retry.articles, retry.skipped) == (1, 2)
    assert list(store.failures()) == []


def test_a_missing_language_model_stops_the_run_instead_of_failing_every_article(
    store: Store, dump: Path
) -> None:
    def no_model(article: Article) -> ArticleResult:
        raise ModelNotFoundError("No English spaCy pipeline is installed.")

    with pytest.raises(ModelNotFoundError):
        ingest_into_store([str(dump)], store, extract=no_model, extractor="x")


def test_statements_outside_the_text_are_a_store_failure(store: Store, dump: Path) -> None:
    def out_of_bounds(article: Article) -> ArticleResult:
        far = Span(len(article.text) + 10, len(article.text) + 20)
        return ArticleResult(article, (Statement(kind="direct", quote="?", quote_spans=(far,)),))

    summary = ingest_into_store([str(dump)], store, extract=out_of_bounds, extractor="x")
    assert (summary.articles, summary.failures) == (0, 3)
    assert {f.stage for f in store.failures()} == {"store"}


def test_the_outlet_option_overrides_every_article(store: Store, dump: Path) -> None:
    ingest([str(dump)], store, outlet="Harbour Ledger Archive")
    assert {stored.article.outlet for stored in store.articles()} == {"Harbour Ledger Archive"}


def test_progress_is_reported_after_every_item(store: Store, dump: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int, int]] = []
    ingest(
        [str(dump), str(tmp_path / "missing.txt")],
        store,
        progress=lambda s: seen.append((s.articles, s.statements, s.failures)),
    )
    assert seen == [(1, 1, 0), (2, 2, 0), (3, 3, 0), (3, 3, 1)]


def test_feed_entries_already_stored_are_not_fetched_again(
    store: Store, site: LocalSite, client: HttpClient
) -> None:
    pages = [
        site.page(f"/news/{name}", news_page(name.title(), story, canonical=None))
        for name, story in STORIES.items()
    ]
    feed = site.page("/feed.rss", rss_feed([FeedItem(f"Story {n}", url) for n, url in enumerate(pages)]))
    first = ingest([feed], store, client=client)
    assert first.articles == 3
    second = ingest([feed], store, client=client)
    assert (second.articles, second.skipped) == (0, 3)
    assert [site.hits[f"/news/{name}"] for name in STORIES] == [1, 1, 1]
    # A newer extractor reads them again.
    third = ingest([feed], store, client=client, extractor="stand-in.v2")
    assert (third.articles, third.replaced) == (3, 3)


def test_half_an_emoji_in_a_json_record_costs_nothing(store: Store, tmp_path: Path) -> None:
    """JSON scraped from the web may hold a lone surrogate ("\\ud83d", half of a broken emoji), which
    no UTF-8 text can: it becomes U+FFFD, and that article and the ones after it are all stored."""
    path = tmp_path / "dump.jsonl"
    texts = ["\n\n".join(story) for story in STORIES.values()]
    texts[1] = texts[1].replace("\u201c", "\u201c\ud83d ", 1)
    # json.dumps escapes it as "\ud83d", as the scraped file has it
    path.write_bytes(
        jsonl([json.dumps({"text": text, "title": f"story {i}"}) for i, text in enumerate(texts)])
    )
    summary = ingest([str(path)], store)
    assert (summary.articles, summary.failures) == (3, 0), summary.first_failures
    assert "\ufffd" in next(a for a in store.articles() if a.article.title == "story 1").article.text
