"""Sources are recognised by their content; names and extensions can lie."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest
from ingest_samples import (
    BRIDGE_STORY,
    FeedItem,
    WarcPage,
    atom_feed,
    jsonl,
    news_page,
    rss_feed,
    warc_archive,
)

from quotetrail.ingest import iter_articles
from quotetrail.ingest.detect import SNIFF_BYTES, sniff
from quotetrail.model import Article, Failure

PAGE = news_page("Bridge to reopen", BRIDGE_STORY).encode()


@pytest.mark.parametrize(
    ("label", "head", "kind"),
    [
        ("WARC", warc_archive([], gzip=False), "warc"),
        ("WARC, gzip per record", warc_archive([], gzip=True), "warc"),
        ("gzip of something else", gzip.compress(b"just some text"), "gzip"),
        ("RSS 2.0", rss_feed([FeedItem("A", "https://harbourledger.example/a")]), "feed"),
        ("RSS without an XML declaration", b"<rss version='2.0'><channel></channel></rss>", "feed"),
        ("Atom", atom_feed([FeedItem("A", "https://eastmere.example/a")]), "feed"),
        (
            "RSS 1.0 (RDF)",
            b'<?xml version="1.0"?>\n<!-- a comment -->\n<rdf:RDF xmlns:rdf="x"></rdf:RDF>',
            "feed",
        ),
        ("HTML with a doctype", PAGE, "html"),
        ("HTML, upper case, after a comment", b"<!-- saved page -->\n<HTML><BODY>Hi</BODY></HTML>", "html"),
        ("HTML starting at <body>", b"  \n<body><p>Short note.</p></body>", "html"),
        ("HTML fragment of paragraphs", b"<p>The council met.</p>\n<p>It voted.</p>", "html"),
        ("XHTML with an XML declaration", b'<?xml version="1.0"?>\n<html xmlns="x"><body/></html>', "html"),
        ("HTML with a UTF-8 byte-order mark", codecs.BOM_UTF8 + PAGE, "html"),
        ("HTML in UTF-16", codecs.BOM_UTF16_LE + PAGE.decode().encode("utf-16-le"), "html"),
        ("JSON Lines", jsonl([{"text": "A"}, {"text": "B"}]), "jsonl"),
        ("JSON Lines whose first line is broken", b'{"text": "A"\n{"text": "B"}\n', "jsonl"),
        ("JSON Lines after blank lines", b'\n\n  {"text": "A"}\n', "jsonl"),
        ("a JSON array is not JSON Lines", b'[{"text": "A"}]', "text"),
        ("text that starts with a brace", b"{Editor's note} The council met on Monday.", "text"),
        ("plain text", "\n".join(BRIDGE_STORY).encode(), "text"),
        ("text mentioning <html> later", b"The tag <html> opens a page, the trainer said.", "text"),
        ("PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "binary"),
        ("PNG", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("NUL bytes", b"abc\x00\x00\x00def", "binary"),
        ("empty", b"", "text"),
    ],
)
def test_sniff_names_the_kind_of_content(label: str, head: bytes, kind: str) -> None:
    assert sniff(head[:SNIFF_BYTES]) == kind, label


def test_a_jsonl_line_longer_than_the_sniffed_head_is_still_jsonl() -> None:
    head = ('{"text": "' + "word " * SNIFF_BYTES).encode()[:SNIFF_BYTES]
    assert sniff(head) == "jsonl"


@pytest.mark.parametrize(
    ("name", "content", "expected_sources"),
    [
        ("feed.html", atom_feed([FeedItem("Library", None, content_html="<p>" + "x " * 300 + "</p>")]), 1),
        ("page.json", PAGE, 1),
        (
            "dump.txt",
            jsonl([{"text": "The ferry stops in March."}, {"text": "The library opens Sundays."}]),
            2,
        ),
        ("crawl.html", warc_archive([WarcPage("https://lamp.example/1", PAGE)], gzip=True), 1),
        ("notes.xml", "\n".join(BRIDGE_STORY).encode(), 1),
    ],
)
def test_misleading_extensions_do_not_change_how_a_file_is_read(
    tmp_path: Path, name: str, content: bytes, expected_sources: int
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    items = list(iter_articles([str(path)]))
    assert [type(item) for item in items] == [Article] * expected_sources, items


def test_a_page_saved_as_txt_is_read_as_html_without_its_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_bytes(PAGE)
    (article,) = iter_articles([str(path)])
    assert isinstance(article, Article)
    assert article.title == "Bridge to reopen"
    assert "Subscribe now" not in article.text


def test_a_pdf_named_txt_is_a_failure_naming_the_kind(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (failure,) = iter_articles([str(path)])
    assert isinstance(failure, Failure)
    assert failure.source == str(path)
    assert "PDF" in failure.reason
