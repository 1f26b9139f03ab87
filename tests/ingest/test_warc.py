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


@pytest.mark.parametrize("cut", [5, 200, 900])
def test_a_truncated_warc_gz_keeps_the_records_before_the_cut_and_reports_the_cut(cut: int) -> None:
    whole = warc_archive(CRAWL, gzip=True)
    items = read(whole[:-cut])
    articles = [item for item in items if isinstance(item, Article)]
    failures = [item for item in items if isinstance(item, Failure)]
    assert [a.source.split("#")[1] for a in articles] == [page.uri for page in CRAWL[: len(articles)]]
    assert len(articles) >= 2
    assert len(failures) == 1, items
    assert failures[0].source == "crawl.warc.gz"
    assert failures[0].reason.startswith("truncated record at byte ")


UNCOMPRESSED = warc_archive(CRAWL, gzip=False)
LAST_RECORD = UNCOMPRESSED.rindex(b"WARC/1.0\r\n")  # the library page, record 4 after the warcinfo


def cut_at(marker: bytes, extra: int = 0) -> int:
    """How many bytes `head -c` keeps to cut the last record just after ``marker`` (plus ``extra``)."""
    return UNCOMPRESSED.index(marker, LAST_RECORD) + len(marker) + extra


@pytest.mark.parametrize(
    ("kept", "detail"),
    [
        (LAST_RECORD + 4, "ends inside its headers"),  # inside the version line
        (cut_at(b"WARC/1.0\r\n"), "ends inside its headers"),
        (cut_at(b"WARC-Type: resp"), "ends inside its headers"),
        (cut_at(b"WARC-Record-ID: "), "ends inside its headers"),  # before the target URI
        (cut_at(b"WARC-Target-URI: https://lamp"), "ends inside its headers"),
        (cut_at(b"Content-Length: 1"), "ends inside its headers"),
        (cut_at(b"Content-Length: "), "ends inside its headers"),
        (cut_at(b"Content-Length: 1295\r\n"), "ends inside its headers"),
        (cut_at(b"Content-Length: 1295\r\n\r\n"), "ends inside its headers"),  # no HTTP part at all
        (cut_at(b"HTTP/1.1 2"), "(https://lamp.example/library?ref=home) has 10 of its 1295 bytes"),
        (cut_at(b"Content-Type: text/ht"), "(https://lamp.example/library?ref=home) has "),
        (cut_at(b"charset=utf-8\r\n\r\n"), "(https://lamp.example/library?ref=home) has 59 of its 1295"),
        (cut_at(b"<main><article><h1>"), "(https://lamp.example/library?ref=home) has "),
        (cut_at(b"</footer></body></html"), "(https://lamp.example/library?ref=home) has 1294 of its 1295"),
    ],
    ids=[
        "version line",
        "after the version line",
        "in WARC-Type",
        "before the target URI",
        "in the target URI",
        "in Content-Length",
        "before the length's digits",
        "before the blank line",
        "after the WARC headers",
        "in the HTTP status",
        "in the HTTP headers",
        "after the HTTP headers",
        "in the page",
        "one byte short",
    ],
)
def test_a_truncated_warc_reports_the_cut_record_and_keeps_those_before(kept: int, detail: str) -> None:
    items = read(UNCOMPRESSED[:kept], "crawl.warc")
    *articles, failure = items
    assert [a.source for a in articles] == [f"crawl.warc#{page.uri}" for page in CRAWL[:2]]
    assert all(isinstance(a, Article) for a in articles)
    assert isinstance(failure, Failure)
    assert failure.source == "crawl.warc"
    assert failure.reason.startswith(f"truncated record at byte {LAST_RECORD}: record 4 {detail}")


def test_an_archive_cut_between_records_is_whole_as_far_as_it_goes() -> None:
    items = read(UNCOMPRESSED[:LAST_RECORD], "crawl.warc")
    assert [type(item) for item in items] == [Article, Article]


@pytest.mark.parametrize("compressed", [True, False], ids=["warc.gz", "warc"])
def test_every_cut_gives_one_readable_failure_after_the_good_records(compressed: bool) -> None:
    whole = warc_archive(CRAWL, gzip=compressed)
    for kept in range(len(whole) // 3, len(whole) - 1, 7):
        items = read(whole[:kept], "crawl.warc")
        failures = [item for item in items if isinstance(item, Failure)]
        assert len(failures) <= 1, (kept, failures)
        assert all(isinstance(item, Article) for item in items[:-1]), kept
        for failure in failures:
            assert failure.source == "crawl.warc"
            assert failure.reason.startswith("truncated record at byte "), (kept, failure.reason)
            assert "Error" not in failure.reason and "NoneType" not in failure.reason


def test_a_cut_inside_a_record_that_is_not_a_page_is_reported_too() -> None:
    image = WarcPage(
        "https://lamp.example/photo.jpg", b"\xff\xd8\xff" + bytes(500), content_type="image/jpeg"
    )
    whole = warc_archive([CRAWL[0], image], gzip=False)
    items = read(whole[:-300], "crawl.warc")
    assert [type(item) for item in items] == [Article, Failure]
    assert "record 3 (https://lamp.example/photo.jpg) has " in items[1].reason


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        (b"WARC/1.0\r\nThis is not a header\r\n\r\nnonsense", "record 3 has no WARC-Type header"),
        (b"GET / HTTP/1.1\r\nHost: lamp.example\r\n\r\n", "record 3 cannot be read: ArchiveLoadFailed"),
        (
            b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n",
            "record 3 has no valid Content-Length",
        ),
    ],
    ids=["no headers", "not a WARC record", "a length that is no number"],
)
def test_garbage_after_a_good_record_is_reported_and_the_good_record_kept(junk: bytes, reason: str) -> None:
    good = warc_archive(CRAWL[:1], gzip=False)
    items = read(good + junk + warc_archive(CRAWL[1:2], gzip=False), "crawl.warc")
    assert [type(item) for item in items] == [Article, Failure]
    assert items[1].source == "crawl.warc"
    assert items[1].reason.startswith(f"malformed record at byte {len(good)}: {reason}")


def test_a_response_without_a_target_uri_is_malformed_in_plain_words() -> None:
    good = warc_archive(CRAWL[:1], gzip=False)
    ferry = warc_archive(CRAWL[1:2], gzip=False)
    no_uri = ferry.replace(f"WARC-Target-URI: {CRAWL[1].uri}\r\n".encode(), b"")
    items = read(good + no_uri + ferry, "crawl.warc")
    assert [type(item) for item in items] == [Article, Failure]
    assert items[1].reason.endswith("record 4 cannot be read: its headers are incomplete or invalid")


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
