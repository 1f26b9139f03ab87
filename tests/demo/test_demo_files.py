"""The bundled demo corpus is complete, well-formed, fictional and reproducible."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from urllib.parse import urlparse

import feedparser
import pytest
from warcio.archiveiterator import ArchiveIterator

from quotetrail import demo

REPO = Path(__file__).resolve().parents[2]
WARC_SCRIPT = REPO / "scripts" / "build_demo_warc.py"
HTML_PAGES = sorted(demo.HTML_DIR.glob("*.html"))
WARC_PAGES = sorted((demo.DEMO_DIR / "warc_src").glob("*.html"))
OUTLETS = {
    "Kestovian News Agency",
    "The Dravin Observer",
    "Kestovia Today",
    "Horizon One",
    "The Baltramar Post",
    "Port Selm Gazette",
}
PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
META = {
    "site_name": re.compile(r'<meta property="og:site_name" content="([^"]+)"'),
    "published": re.compile(r'<meta property="article:published_time" content="([^"]+)"'),
    "author": re.compile(r'<meta name="author" content="([^"]+)"'),
    "canonical": re.compile(r'<link rel="canonical" href="([^"]+)"'),
    "lang": re.compile(r'<html lang="(en)"'),
}


def words(text: str) -> int:
    return len(re.sub(r"<[^>]+>", " ", text).split())


def index_rows() -> list[dict[str, str]]:
    lines = demo.TEXT_INDEX.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def dump_rows() -> list[dict[str, str | None]]:
    lines = demo.DUMP.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def page_meta(page: Path) -> dict[str, str]:
    html = page.read_text(encoding="utf-8")
    found = {key: pattern.search(html) for key, pattern in META.items()}
    missing = [key for key, match in found.items() if match is None]
    assert not missing, f"{page.name}: missing {missing}"
    return {key: match.group(1) for key, match in found.items() if match}


BODY_CONTAINERS = (  # (start, end) of the article text in each outlet's page template
    ('<div class="story-body">', "</div>"),
    ('<div class="article-text">', "</div>"),
    ('<article class="article">', "</article>"),
)


def article_body(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    for start, end in BODY_CONTAINERS:
        if start in html:
            body = html[html.index(start) : html.index(end, html.index(start))]
            return "\n".join(PARAGRAPH.findall(body))
    raise AssertionError(f"{page.name}: no article body container")


def load_warc_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_demo_warc", WARC_SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_text_file_is_indexed_once_with_its_headline() -> None:
    rows = index_rows()
    files = sorted(p.name for p in demo.TEXT_DIR.glob("*.txt"))
    assert sorted(row["file"] for row in rows) == files
    assert len(files) == 10
    for row in rows:
        assert set(row) == {"file", "outlet", "published", "title", "url"}
        text = (demo.TEXT_DIR / row["file"]).read_text(encoding="utf-8")
        assert text.split("\n", 1)[0] == row["title"]
        assert datetime.fromisoformat(row["published"]).tzinfo is not None


def test_the_dump_is_in_the_ingest_jsonl_format() -> None:
    rows = dump_rows()
    assert len(rows) == 4
    for row in rows:
        assert set(row) == {"text", "title", "url", "outlet", "published", "author"}
        assert isinstance(row["text"], str) and row["text"].strip()
        date.fromisoformat(str(row["published"])[:10])


@pytest.mark.parametrize("page", HTML_PAGES + WARC_PAGES, ids=lambda p: p.name)
def test_saved_pages_carry_metadata_and_boilerplate(page: Path) -> None:
    meta = page_meta(page)
    assert meta["site_name"] in OUTLETS
    assert meta["published"].startswith("2017-")
    assert page.name.startswith(meta["published"][:10])
    html = page.read_text(encoding="utf-8").lower()
    for boilerplate in ("cookie", "<footer", "<header"):
        assert boilerplate in html, f"{page.name}: no {boilerplate}"
    assert "<nav" in html or 'class="menu"' in html, f"{page.name}: no navigation"


def test_the_feed_carries_full_articles() -> None:
    feed = feedparser.parse(str(demo.FEED))
    assert not feed.bozo, feed.get("bozo_exception")
    assert len(feed.entries) == 4
    for entry in feed.entries:
        assert entry.link == entry.id
        assert entry.published_parsed is not None
        assert len(entry.content[0].value) > 500


def test_the_archive_holds_one_html_response_per_source_page() -> None:
    canonical = sorted(page_meta(page)["canonical"] for page in WARC_PAGES)
    with demo.ARCHIVE.open("rb") as stream:
        records = [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.http_headers)
            for r in ArchiveIterator(stream)
        ]
    html = sorted(
        uri
        for kind, uri, http in records
        if kind == "response" and http and "text/html" in (http.get_header("Content-Type") or "")
    )
    assert html == canonical
    assert {kind for kind, _, _ in records} == {"warcinfo", "request", "response"}


def test_the_archive_rebuilds_to_the_same_bytes(tmp_path: Path) -> None:
    out = tmp_path / demo.ARCHIVE.name
    load_warc_script().build(demo.DEMO_DIR / "warc_src", out)
    assert out.read_bytes() == demo.ARCHIVE.read_bytes()
    assert gzip.decompress(out.read_bytes()).startswith(b"WARC/1.")


def all_texts() -> list[tuple[str, str]]:
    texts = [(a.source, a.text.split("\n", 2)[-1]) for a in demo.text_articles()]
    texts += [(a.source, a.text) for a in demo.dump_articles()]
    texts += [(p.name, article_body(p)) for p in HTML_PAGES + WARC_PAGES]
    feed = feedparser.parse(str(demo.FEED))
    texts += [(e.link, e.content[0].value) for e in feed.entries]
    return texts


def test_twenty_six_articles_of_150_to_500_words() -> None:
    texts = all_texts()
    assert len(texts) == 26
    counts = {source: words(text) for source, text in texts}
    assert all(150 <= n <= 500 for n in counts.values()), counts


def test_six_outlets_over_six_weeks_of_2017() -> None:
    outlets = {row["outlet"] for row in index_rows()} | {str(row["outlet"]) for row in dump_rows()}
    outlets |= {page_meta(page)["site_name"] for page in HTML_PAGES + WARC_PAGES}
    outlets.add("The Baltramar Post")  # the feed's publisher (its channel title names the section)
    assert outlets == OUTLETS
    days = [datetime.fromisoformat(row["published"]).date() for row in index_rows()]
    days += [date.fromisoformat(str(row["published"])[:10]) for row in dump_rows()]
    assert min(days) >= date(2017, 6, 1) and max(days) <= date(2017, 7, 14)


def test_every_address_is_on_a_reserved_example_domain() -> None:
    urls = [row["url"] for row in index_rows()] + [str(row["url"]) for row in dump_rows()]
    urls += [page_meta(page)["canonical"] for page in HTML_PAGES + WARC_PAGES]
    urls += [e.link for e in feedparser.parse(str(demo.FEED)).entries]
    hosts = {urlparse(url).hostname or "" for url in urls}
    assert all(host.endswith(".example") for host in hosts), hosts


def test_the_quote_travels_between_outlets() -> None:
    carriers = {source for source, text in all_texts() if "declaration of war on the people" in text}
    assert len(carriers) >= 4


def test_demo_sources_lists_articles_not_the_index() -> None:
    sources = demo.demo_sources()
    assert len(sources) == 18
    assert all(path.exists() for path in sources)
    assert demo.TEXT_INDEX not in sources


def test_text_and_dump_articles_have_metadata() -> None:
    articles = [*demo.text_articles(), *demo.dump_articles()]
    assert len(articles) == 14
    assert all(a.outlet in OUTLETS and a.published_date and a.url and a.title for a in articles)
    assert [a.source.rsplit(":", 1)[-1] for a in demo.dump_articles()] == ["1", "2", "3", "4"]


def test_the_demo_package_does_not_load_spacy() -> None:
    code = "import sys, quotetrail.demo as d; list(d.text_articles()); print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
