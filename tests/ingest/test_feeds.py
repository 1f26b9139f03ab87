"""RSS and Atom feeds: each entry's article, fetched unless the feed carries it whole."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from ingest_samples import (
    BRIDGE_STORY,
    FERRY_STORY,
    LIBRARY_STORY,
    FeedItem,
    atom_feed,
    news_page,
    paragraphs_html,
    rss_feed,
)
from local_site import LocalSite

from quotetrail.ingest import HttpClient, iter_articles, sources
from quotetrail.model import Article, Failure

LONG_LIBRARY = LIBRARY_STORY * 2  # comfortably over the 500-character full-text threshold


def serve_pages(site: LocalSite) -> tuple[str, str]:
    bridge = site.page(
        "/news/bridge",
        news_page("Bridge to reopen", BRIDGE_STORY, canonical=None, site_name=None, author=None),
    )
    ferry = site.page("/news/ferry", news_page("Last ferry", FERRY_STORY, canonical=None))
    return bridge, ferry


def test_an_rss_feed_yields_the_page_behind_each_link(site: LocalSite, client: HttpClient) -> None:
    bridge, ferry = serve_pages(site)
    feed = site.page(
        "/feed.rss", rss_feed([FeedItem("Bridge", bridge), FeedItem("Ferry", ferry)]), "application/rss+xml"
    )
    items = list(iter_articles([feed], client=client))
    assert [item.source for item in items] == [bridge, ferry]
    first = items[0]
    assert isinstance(first, Article)
    assert BRIDGE_STORY[1] in first.text
    assert first.url == bridge
    # The page names no site and no author: the feed's title and the entry's creator fill in.
    assert first.outlet == "The Harbour Ledger"
    assert first.author == "Odile Farrant"
    assert first.lang == "en"


def test_an_entry_carrying_the_full_text_is_not_fetched(site: LocalSite, client: HttpClient) -> None:
    link = site.url("/news/library")  # never served: fetching it would fail
    item = FeedItem("Library opens Sundays", link, content_html=paragraphs_html(LONG_LIBRARY))
    feed = site.page("/feed.rss", rss_feed([item]), "application/rss+xml")
    (article,) = iter_articles([feed], client=client)
    assert isinstance(article, Article)
    assert site.hits["/news/library"] == 0
    assert article.text.startswith(LIBRARY_STORY[0] + "\n\n" + LIBRARY_STORY[1])
    assert (article.title, article.url, article.source) == ("Library opens Sundays", link, link)
    assert article.published == datetime(2023, 4, 11, 9, 30, tzinfo=UTC)


def test_a_short_teaser_in_content_is_not_mistaken_for_the_article(
    site: LocalSite, client: HttpClient
) -> None:
    bridge, _ = serve_pages(site)
    feed = site.page("/feed.rss", rss_feed([FeedItem("Bridge", bridge, content_html="<p>Read more…</p>")]))
    (article,) = iter_articles([feed], client=client)
    assert isinstance(article, Article)
    assert site.hits["/news/bridge"] == 1
    assert BRIDGE_STORY[0] in article.text


def test_an_atom_feed_with_full_content_and_no_links_is_read_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "lamp.atom"
    path.write_bytes(atom_feed([FeedItem("Library", None, content_html=paragraphs_html(LONG_LIBRARY))]))
    (article,) = iter_articles([str(path)])
    assert isinstance(article, Article)
    assert article.source == f"{path}#entry-1"
    assert (article.outlet, article.author, article.url) == ("Eastmere Evening Lamp", "Odile Farrant", None)
    assert article.published == datetime(2023, 6, 2, 18, 0, tzinfo=UTC)


def test_entries_already_stored_are_skipped_without_fetching(site: LocalSite, client: HttpClient) -> None:
    bridge, ferry = serve_pages(site)
    feed = site.page("/feed.rss", rss_feed([FeedItem("Bridge", bridge), FeedItem("Ferry", ferry)]))
    asked: list[str] = []

    def already_stored(url: str) -> bool:
        asked.append(url)
        return url == bridge

    items = list(iter_articles([feed], client=client, skip_url=already_stored))
    assert [item.source for item in items] == [ferry]
    assert asked == [bridge, ferry]
    assert site.hits["/news/bridge"] == 0


def test_an_entry_whose_page_fails_is_a_failure_and_the_others_are_kept(
    site: LocalSite, client: HttpClient
) -> None:
    bridge, ferry = serve_pages(site)
    gone = site.url("/news/deleted")
    feed = site.page(
        "/feed.rss", rss_feed([FeedItem("Bridge", bridge), FeedItem("Gone", gone), FeedItem("Ferry", ferry)])
    )
    items = list(iter_articles([feed], client=client))
    assert [type(item) for item in items] == [Article, Failure, Article]
    assert items[1].source == gone and "404" in items[1].reason


def test_an_entry_page_the_reader_chokes_on_is_a_failure_and_the_feed_reads_on(
    site: LocalSite, client: HttpClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    bridge, ferry = serve_pages(site)
    real = sources.article_from_html

    def choking(html: str, source: str, **options: str | None) -> Article | Failure:
        if source == bridge:
            raise ValueError("lxml does not like this page")
        return real(html, source, **options)

    monkeypatch.setattr(sources, "article_from_html", choking)
    feed = site.page("/feed.rss", rss_feed([FeedItem("Bridge", bridge), FeedItem("Ferry", ferry)]))
    items = list(iter_articles([feed], client=client))
    assert [type(item) for item in items] == [Failure, Article]
    assert items[0].source == bridge and "ValueError" in items[0].reason


@pytest.mark.parametrize(
    ("item", "reason"),
    [
        (FeedItem("No link", None), "neither a link nor full text"),
        (FeedItem("Mail link", "mailto:desk@harbourledger.example"), "no fetchable link"),
    ],
)
def test_entries_with_nothing_to_read_are_failures_naming_the_entry(
    tmp_path: Path, item: FeedItem, reason: str
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(rss_feed([item]))
    (failure,) = iter_articles([str(path)])
    assert isinstance(failure, Failure)
    assert failure.source == f"{path}#entry-1"
    assert reason in failure.reason


def test_an_entry_linking_to_another_feed_is_not_followed(site: LocalSite, client: HttpClient) -> None:
    inner = site.page("/inner.rss", rss_feed([]), "application/rss+xml")
    outer = site.page("/outer.rss", rss_feed([FeedItem("Feed in a feed", inner)]), "application/rss+xml")
    (failure,) = iter_articles([outer], client=client)
    assert isinstance(failure, Failure)
    assert "feed document, not an article page" in failure.reason


def test_a_malformed_feed_is_a_failure_and_recovered_entries_are_still_read(tmp_path: Path) -> None:
    full = FeedItem("Library", "https://lamp.example/library", content_html=paragraphs_html(LONG_LIBRARY))
    broken = rss_feed([full]).replace(b"</channel></rss>", b"<item><title>Cut off")
    path = tmp_path / "broken.rss"
    path.write_bytes(broken)
    items = list(iter_articles([str(path)]))
    failures = [item for item in items if isinstance(item, Failure)]
    articles = [item for item in items if isinstance(item, Article)]
    assert failures[0].source == str(path)
    assert "malformed feed" in failures[0].reason
    assert [f.source for f in failures[1:]] == [f"{path}#entry-2"]  # the entry cut off mid-way
    assert [a.url for a in articles] == ["https://lamp.example/library"]


def test_a_feed_that_is_garbage_after_its_root_tag_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_bytes(b"<rss><<<not xml at all & \x01")
    items = list(iter_articles([str(path)]))
    assert items and all(isinstance(item, Failure) for item in items)
    assert "malformed feed" in items[0].reason
