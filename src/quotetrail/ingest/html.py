"""HTML pages to articles: main text without boilerplate, plus metadata.

trafilatura finds the main text and the title, author, date, site name and
canonical URL; the language comes from the page's own declaration
(``<html lang>``, ``content-language``, ``og:locale``). The outlet is the
site name, else the host of the page's URL.

The date is only taken where a page states it: ``<meta>`` tags
(``article:published_time`` and the like), JSON-LD ``datePublished``,
``<time datetime>``, elements marked as dates, or a date in the URL.
htmldate's free-text search is off, so a copyright footer ("Copyright
2009-2023") or a year in a sentence never becomes a publication date; a
page that states no date has none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import Document
from trafilatura.utils import load_html

from quotetrail.model import Article, Failure

_LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
# The root's lang attributes as lxml's HTML parser names them, then meta declarations.
_LANG_ATTRIBUTES: tuple[str, ...] = ("lang", "xml:lang", "{http://www.w3.org/XML/1998/namespace}lang")
_LANG_XPATHS: tuple[str, ...] = (
    "//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content",
    "//meta[@property='og:locale']/@content",
)
_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "pre"}
)
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "figcaption"})
# A copyright year is when the site's footer was last edited, not when the story appeared;
# htmldate takes one from a <meta itemprop="copyrightYear"> even without its free-text search.
_COPYRIGHT_YEAR_META = "//meta[translate(@itemprop,'COPYRIGHTYEAR','copyrightyear')='copyrightyear']"


# Fewer words than this is navigation, a cookie wall or an error page, not a story: trafilatura
# falls back to whatever text a page has when it finds no article in it.
MIN_ARTICLE_WORDS = 25
# A word is a number ("2.4", "9,000") or a run of letters and digits (inner apostrophes and
# hyphens kept); in the scripts written without spaces (Chinese, Japanese) every character is one.
_WORD = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|\d+(?:[.,:]\d+)+|[^\W_]+(?:['’-][^\W_]+)*"
)


def word_count(text: str) -> int:
    """How many words ``text`` has (punctuation and symbols alone are not words)."""
    return sum(1 for _ in _WORD.finditer(text))


def host_of(url: str | None) -> str | None:
    """The host of ``url`` without a leading ``www.``."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _is_host_name(site_name: str | None, url: str | None) -> bool:
    """Whether trafilatura made ``site_name`` up from the URL (it does when the page names no site)."""
    if not site_name or not url:
        return False
    parts = urlsplit(url)
    hosts = {(parts.hostname or "").removeprefix("www."), parts.netloc.lower().removeprefix("www.")}
    return site_name.lower().removeprefix("www.") in hosts


def _language(tree: Any) -> str | None:
    """The page's declared language as a lower-case primary subtag ("en")."""
    root = tree.getroottree().getroot()
    declared = [root.get(name) for name in _LANG_ATTRIBUTES]
    for xpath in _LANG_XPATHS:
        declared.extend(tree.xpath(xpath))
    for value in declared:
        tag = str(value or "").strip().split(",")[0].strip()
        if _LANG_TAG.match(tag):
            return re.split(r"[-_]", tag)[0].lower()
    return None


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _date_params() -> dict[str, Any]:
    """htmldate options: the publication date (not the last edit), and only where the page states it."""
    return {
        "extensive_search": False,
        "original_date": True,
        "max_date": (datetime.now(UTC) + timedelta(days=1)).date().isoformat(),  # any time zone's today
    }


def article_from_html(
    html: str, source: str, *, url: str | None = None, outlet: str | None = None
) -> Article | Failure:
    """Read one HTML page fetched from ``url`` (if known) and stored at ``source``.

    ``outlet`` is the fallback when the page names no site (a feed's title,
    say); the host of the page's URL comes after it.
    """
    tree = load_html(html) if html.strip() else None
    if tree is None:
        return Failure(source, "not parseable as HTML (empty or not a document)")
    lang = _language(tree)
    for element in tree.xpath(_COPYRIGHT_YEAR_META):
        element.drop_tree()
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        deduplicate=False,
        date_extraction_params=_date_params(),
    )
    text = (document.text or "").strip() if isinstance(document, Document) else ""
    words = word_count(text)
    if not isinstance(document, Document) or words < MIN_ARTICLE_WORDS:
        return Failure(source, f"no article text on the page ({words} word{'' if words == 1 else 's'})")
    canonical = document.url or url
    site_name = None if _is_host_name(document.sitename, document.url) else document.sitename
    return Article(
        text=text,
        source=source,
        title=document.title or None,
        url=canonical,
        outlet=site_name or outlet or host_of(canonical) or host_of(url),
        published=_iso_date(document.date),
        author=document.author or None,
        lang=lang,
    )


def fill_missing(article: Article, **values: str | date | datetime | None) -> Article:
    """``article`` with the given fields set where it has none."""
    updates = {name: value for name, value in values.items() if value and getattr(article, name) is None}
    return replace(article, **updates) if updates else article  # type: ignore[arg-type]


class _FragmentText(HTMLParser):
    """Collects the visible text of an HTML fragment, breaking paragraphs at block elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        elif tag == "br":
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden_depth:
            self.parts.append(data)


def fragment_text(fragment: str) -> str:
    """Readable text of an HTML fragment (a feed entry's content): paragraphs apart by a blank line."""
    parser = _FragmentText()
    parser.feed(fragment)
    parser.close()
    blocks = re.split(r"\n\s*\n", "".join(parser.parts))
    paragraphs = (" ".join(block.split()) for block in blocks)
    return "\n\n".join(p for p in paragraphs if p)
