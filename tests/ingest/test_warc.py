"""WARC archives as crawls publish them: HTML responses become articles, the rest is skipped."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from ingest_samples import (
    BRIDGE_STORY,
    FERRY_STORY,
    LIBRARY_STORY,
    PONT_STORY,
    WarcPage,
    news_page,
    warc_archive,
)

from quotetrail.ingest import iter_articles, warc
from quotetrail.ingest.warc import iter_warc
from quotetrail.model import Article, Failure

BRIDGE = news_page("Bridge to reopen", BRIDGE_STORY).encode()
FERRY = news_page(
    "Last ferry", FERRY_STORY, site_name="Quillmouth Courier", canonical=None, published=None, author=None
).encode()
LIBRARY = news_page("Library opens Sundays", LIBRARY_STORY, canonical="https://lamp.example/library").encode()

CRAWL = [
    WarcPage("https://harbourledger.example/news/brindlewick-bridge", BRIDGE),
    WarcPage("https://quillmouth-courier.example/ferry", FERRY, date="2024-02-02T08:15:00Z"),
    WarcPage("https://lamp.example/library?ref=home", LIBRARY),
]


def read(data: bytes, name: str = "crawl.warc.gz") -> list[Article | Failure]:
    return list(iter_warc(io.BytesIO(data), name))


@pytest.mark.parametrize("compressed", [True, False], ids=["warc.gz", "warc"])
def test_each_html_response_becomes_an_article_named_after_its_record(compressed: bool) -> None:
    items = read(warc_archive(CRAWL, gzip=compressed))
    assert [item.source for item in items] == [f"crawl.warc.gz#{page.uri}" for page in CRAWL]
    assert all(isinstance(item, Article) for item in items)


def test_the_page_metadata_is_kept_and_the_record_fills_what_the_page_lacks() -> None:
    bridge, ferry, library = read(warc_archive(CRAWL, gzip=True))
    assert isinstance(bridge, Article) and isinstance(ferry, Article) and isinstance(library, Article)
    assert bridge.published == date(2023, 4, 11)  # the page's own date
    assert ferry.published == datetime(2024, 2, 2, 8, 15, tzinfo=UTC)  # none on the page: the WARC-Date
    assert ferry.url == "https://quillmouth-courier.example/ferry"  # no canonical: the target URI
    assert library.url == "https://lamp.example/library"  # the canonical URL wins
    assert ferry.outlet == "Quillmouth Courier"
    assert FERRY_STORY[1] in ferry.text


@pytest.mark.parametrize(
    "other",
    [
        WarcPage("https://lamp.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        WarcPage("https://lamp.example/app.js", b"console.log('hi')", content_type="application/javascript"),
        WarcPage(
            "https://lamp.example/old", b"<html><body>Moved</body></html>", status="301 Moved Permanently"
        ),
        WarcPage(
            "https://lamp.example/gone", news_page("Gone", LIBRARY_STORY).encode(), status="404 Not Found"
        ),
        WarcPage("https://lamp.example/library", b"", record_type="request"),
    ],
    ids=["image", "script", "redirect", "not-found", "request"],
)
def test_records_that_are_not_html_pages_are_skipped_silently(other: WarcPage) -> None:
    items = read(warc_archive([CRAWL[0], other, CRAWL[1]], gzip=True))
    assert [item.source.split("#")[1] for item in items] == [CRAWL[0].uri, CRAWL[1].uri]


def test_a_resource_record_holding_html_is_read() -> None:
    (article,) = read(
        warc_archive([WarcPage("file:///saved/bridge.html", BRIDGE, record_type="resource")], gzip=False)
    )
    assert isinstance(article, Article)
    assert BRIDGE_STORY[0] in article.text


def test_the_http_charset_decodes_the_payload() -> None:
    page = news_page("Le pont", PONT_STORY, charset_meta=None, lang="fr").encode("latin-1")
    (article,) = read(
        warc_archive(
            [WarcPage("https://ledger.example/pont", page, "text/html; charset=ISO-8859-1")], gzip=True
        )
    )
    assert isinstance(article, Article)
    assert "Hélène Rouvière" in article.text


def test_an_empty_html_response_is_a_failure_and_the_next_record_is_read() -> None:
    empty = WarcPage("https://lamp.example/blank", b"<html><body></body></html>")
    items = read(warc_archive([empty, CRAWL[1]], gzip=True))
    assert [type(item) for item in items] == [Failure, Article]
    assert items[0].source == "crawl.warc.gz#https://lamp.example/blank"


@pytest.mark.parametrize("compressed", [True, False], ids=["warc.gz", "warc"])
@pytest.mark.parametrize("cut", [5, 200, 900])
def test_a_truncated_archive_keeps_the_records_before_the_cut_and_reports_the_cut(
    compressed: bool, cut: int
) -> None:
    whole = warc_archive(CRAWL, gzip=compressed)
    items = read(whole[:-cut])
    articles = [item for item in items if isinstance(item, Article)]
    failures = [item for item in items if isinstance(item, Failure)]
    assert [a.source.split("#")[1] for a in articles] == [page.uri for page in CRAWL[: len(articles)]]
    assert len(articles) >= 2
    assert len(failures) == 1, items
    assert "truncated" in failures[0].reason


def test_garbage_after_a_good_record_is_reported_and_the_good_record_kept() -> None:
    data = warc_archive(CRAWL[:1], gzip=False) + b"WARC/1.0\r\nThis is not a header\r\n\r\nnonsense"
    items = read(data)
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Failure)
    assert items[-1].source == "crawl.warc.gz"


def test_a_page_the_html_reader_chokes_on_is_a_failure_and_the_archive_reads_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = warc.article_from_html

    def choking(html: str, source: str, **options: str | None) -> Article | Failure:
        if "ferry" in source:
            raise RecursionError("maximum recursion depth exceeded")
        return real(html, source, **options)

    monkeypatch.setattr(warc, "article_from_html", choking)
    items = read(warc_archive(CRAWL, gzip=True))
    assert [type(item) for item in items] == [Article, Failure, Article]
    assert items[1].source == f"crawl.warc.gz#{CRAWL[1].uri}"
    assert "RecursionError" in items[1].reason


def test_an_archive_read_from_disk_is_streamed_and_named_by_its_path(tmp_path: Path) -> None:
    path = tmp_path / "CC-NEWS-20240202.warc.gz"
    path.write_bytes(warc_archive(CRAWL, gzip=True))
    sources = [item.source for item in iter_articles([str(path)])]
    assert sources == [f"{path}#{page.uri}" for page in CRAWL]
