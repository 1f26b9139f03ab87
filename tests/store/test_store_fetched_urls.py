"""Articles are found again by the address they were fetched from, not only by their canonical URL.

A feed links ``https://hp.example/r/2?utm_source=rss``; the page behind it declares
``https://hp.example/2017/06/levy`` canonical. Re-polling the feed must see that link
as stored and not fetch the page again.
"""

from __future__ import annotations

from dataclasses import replace

import httpx
import pytest
from newsroom import Said, news

from quotetrail.model import Article, ArticleResult
from quotetrail.store import Store

FEED_LINK = "https://hp.example/r/2?utm_source=rss"
CANONICAL = "https://hp.example/2017/06/levy"
LEVY = Said("The levy will fund the new breakwater", "Dana Varek")


def stored_from_feed(store: Store, link: str = FEED_LINK, extractor: str = "test.v1") -> str:
    return store.save_article(news(LEVY, url=CANONICAL, source=link), extractor=extractor)


def test_an_article_is_found_by_the_link_it_was_fetched_from(store: Store) -> None:
    article_id = stored_from_feed(store)
    assert store.find_article(FEED_LINK, "") == (article_id, "test.v1")
    assert store.find_article(CANONICAL, "") == (article_id, "test.v1")
    assert store.has_url(FEED_LINK) and store.has_url(CANONICAL)
    assert not store.has_url("https://hp.example/r/3?utm_source=rss")


def test_every_link_an_article_was_fetched_from_finds_it(store: Store) -> None:
    first = stored_from_feed(store)
    second = stored_from_feed(store, link="https://hp.example/r/2?utm_source=newsletter", extractor="test.v2")
    assert first == second and store.counts()["articles"] == 1
    for link in (FEED_LINK, "https://hp.example/r/2?utm_source=newsletter"):
        assert store.find_article(link, "") == (first, "test.v2")


@pytest.mark.parametrize(
    "source",
    ["fixtures/levy.txt", "archive.warc.gz#record-12", "ftp://hp.example/levy.txt", CANONICAL],
)
def test_only_other_web_addresses_are_kept_as_fetched_links(store: Store, source: str) -> None:
    stored_from_feed(store, link=source)
    assert store.find_article(source, "") is None or source == CANONICAL
    (count,) = store.conn.execute("SELECT COUNT(*) FROM fetched_urls").fetchone()
    assert count == 0


def test_a_link_fetched_again_for_a_new_article_points_at_the_new_one(store: Store) -> None:
    stored_from_feed(store)
    moved = news(Said("The breakwater opens in May", "Tomas Varek"), url="https://hp.example/2017/07/opening",
                 source=FEED_LINK)  # fmt: skip
    newer = store.save_article(moved, extractor="test.v1")
    assert store.find_article(FEED_LINK, "") == (newer, "test.v1")


PAGE = f"""<!doctype html><html lang="en"><head><title>Levy to fund breakwater</title>
<link rel="canonical" href="{CANONICAL}"></head><body><article><h1>Levy to fund breakwater</h1>
<p>“The levy will fund the new breakwater,” Dana Varek told the Harbour Post on Monday, standing on
the old pier in Port Amsel. The harbour board voted four to one for the levy after a long debate.</p>
<p>Fishermen in Port Amsel said they had waited eleven winters for the breakwater and would pay the
levy gladly if the work began before the autumn storms reached the coast of the island.</p>
</article></body></html>"""
FEED = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>
<link>https://hp.example/</link><description>News</description>
<item><title>Levy to fund breakwater</title><link>{FEED_LINK}</link></item>
</channel></rss>"""


def test_re_polling_a_feed_does_not_fetch_a_stored_page_again(store: Store) -> None:
    from quotetrail.ingest import HttpClient
    from quotetrail.pipeline import ingest_into_store

    fetched: list[str] = []

    def serve(request: httpx.Request) -> httpx.Response:
        fetched.append(str(request.url))
        if request.url.path == "/feed.xml":
            return httpx.Response(200, text=FEED, headers={"content-type": "application/rss+xml"})
        return httpx.Response(200, text=PAGE, headers={"content-type": "text/html; charset=utf-8"})

    def no_extraction(article: Article) -> ArticleResult:
        return ArticleResult(article=replace(article), statements=())

    with HttpClient(transport=httpx.MockTransport(serve), host_delay=0) as client:
        first = ingest_into_store(
            ["https://hp.example/feed.xml"], store, client=client, extract=no_extraction
        )
        (stored,) = store.articles()
        assert (first.articles, stored.article.url, stored.article.source) == (1, CANONICAL, FEED_LINK)
        fetched.clear()
        again = ingest_into_store(
            ["https://hp.example/feed.xml"], store, client=client, extract=no_extraction
        )
    assert (again.articles, again.skipped) == (0, 1)
    assert fetched == ["https://hp.example/feed.xml"]  # the page was not fetched again
