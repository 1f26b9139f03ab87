"""Fictional news, written for these tests, in the shapes ingest reads.

Every outlet, person and place here is invented. Builders return bytes or
text for HTML pages, RSS/Atom feeds, JSON Lines and WARC archives.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BRIDGE_STORY: tuple[str, ...] = (
    "The mayor of Brindlewick, Tamsin Okonedo-Vale, promised on Tuesday that the crumbling footbridge "
    "over the Lantern River would reopen before the first frost.",
    "\u201cWe have waited long enough for this crossing to be safe again,\u201d Okonedo-Vale told reporters "
    "outside the town hall. \u201cEvery family in the east quarter depends on it.\u201d",
    "Council engineer Bartholomew Quist said the repairs would cost about 2.4 million crowns and would "
    "take at least five months, weather permitting.",
    "Residents of the east quarter have crossed by ferry since the bridge closed in the spring, a detour "
    "that shopkeeper Imelda Sarrow called \u201can insult to anyone with a bad knee\u201d.",
)

FERRY_STORY: tuple[str, ...] = (
    "The last ferry between Quillmouth and the Saltmarsh Isles will stop running in March, the operator "
    "Gullwing Lines announced on Friday, ending a service that began before anyone now living was born.",
    "\u201cThe numbers simply do not add up any more,\u201d said Gullwing chief executive "
    "Rosalind Achterberg, who blamed fuel prices and a dwindling winter timetable.",
    "Islanders reacted with dismay. Fisherman Cormac Delahunty-Price said he would have to sell his boat "
    "if he could no longer ship his catch to the mainland market each morning.",
)

LIBRARY_STORY: tuple[str, ...] = (
    "The Eastmere public library will open on Sundays from next month, the city's culture office said, "
    "after a petition gathered more than nine thousand signatures.",
    "\u201cA library that is shut when people are free is a library in name only,\u201d said Parveen "
    "Oduya-Lindqvist, who organised the petition from her kitchen table.",
    "Head librarian Anselm Tregarthen said volunteers would help staff the reading rooms.",
)

# French, for pages in legacy encodings: every accented letter must survive decoding.
PONT_STORY: tuple[str, ...] = (
    "Le pont de Brindlewick rouvrira avant l'hiver, a déclaré mardi la maire Hélène Rouvière devant la "
    "mairie, après cinq mois de travaux.",
    "« Les familles du quartier est ont assez attendu », a-t-elle ajouté, précisant que la réparation "
    "coûterait près de 2,4 millions de couronnes.",
)

BOILERPLATE_NAV = "Home | Politics | Sport | Weather | Subscribe now for only 1 crown a week!"
BOILERPLATE_FOOTER = "Copyright The Harbour Ledger. All rights reserved. Cookie settings. Privacy policy."


def news_page(
    title: str,
    paragraphs: Sequence[str],
    *,
    site_name: str | None = "The Harbour Ledger",
    author: str | None = "Odile Farrant",
    published: str | None = "2023-04-11T09:30:00Z",
    canonical: str | None = "https://harbourledger.example/news/brindlewick-bridge",
    lang: str | None = "en-GB",
    charset_meta: str | None = "utf-8",
) -> str:
    """A news article page with navigation and footer boilerplate around the story."""
    head = [f"<title>{escape(title)}{' | ' + escape(site_name) if site_name else ''}</title>"]
    if charset_meta:
        head.insert(0, f'<meta charset="{charset_meta}">')
    if site_name:
        head.append(f'<meta property="og:site_name" content="{escape(site_name)}">')
    if author:
        head.append(f'<meta name="author" content="{escape(author)}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    body = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)
    lang_attr = f' lang="{lang}"' if lang else ""
    return (
        f"<!DOCTYPE html>\n<html{lang_attr}><head>{''.join(head)}</head><body>"
        f"<header><nav>{BOILERPLATE_NAV}</nav></header>"
        f"<main><article><h1>{escape(title)}</h1>\n{body}</article></main>"
        f'<aside class="related"><h3>Most read</h3><ul><li><a href="/a">Weather warning for Thursday</a></li>'
        f'<li><a href="/b">Local choir wins regional prize</a></li></ul></aside>'
        f"<footer>{BOILERPLATE_FOOTER}</footer></body></html>"
    )


@dataclass(frozen=True)
class FeedItem:
    title: str
    link: str | None
    published: str = "Tue, 11 Apr 2023 09:30:00 +0000"
    author: str | None = "Odile Farrant"
    summary: str = "A short teaser."
    content_html: str | None = None  # full text, as content:encoded / atom content


def rss_feed(
    items: Iterable[FeedItem], *, title: str = "The Harbour Ledger", language: str = "en-gb"
) -> bytes:
    entries = []
    for item in items:
        parts = [f"<title>{escape(item.title)}</title>"]
        if item.link:
            parts.append(f"<link>{escape(item.link)}</link><guid>{escape(item.link)}</guid>")
        parts.append(f"<pubDate>{item.published}</pubDate>")
        if item.author:
            parts.append(f"<dc:creator>{escape(item.author)}</dc:creator>")
        parts.append(f"<description>{escape(item.summary)}</description>")
        if item.content_html:
            parts.append(f"<content:encoded><![CDATA[{item.content_html}]]></content:encoded>")
        entries.append(f"<item>{''.join(parts)}</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{escape(title)}</title><link>https://harbourledger.example/</link>"
        f"<language>{language}</language>{''.join(entries)}</channel></rss>"
    ).encode()


def atom_feed(items: Iterable[FeedItem], *, title: str = "Eastmere Evening Lamp") -> bytes:
    entries = []
    for number, item in enumerate(items):
        parts = [f"<title>{escape(item.title)}</title>", f"<id>urn:eastmere:{number}</id>"]
        if item.link:
            parts.append(f'<link rel="alternate" href="{escape(item.link)}"/>')
        parts.append("<updated>2023-06-02T18:00:00Z</updated>")
        if item.author:
            parts.append(f"<author><name>{escape(item.author)}</name></author>")
        parts.append(f"<summary>{escape(item.summary)}</summary>")
        if item.content_html:
            parts.append(f'<content type="html">{escape(item.content_html)}</content>')
        entries.append(f"<entry>{''.join(parts)}</entry>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:eastmere</id><updated>2023-06-02T18:00:00Z</updated>"
        f"{''.join(entries)}</feed>"
    ).encode()


def paragraphs_html(paragraphs: Sequence[str]) -> str:
    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)


def jsonl(records: Iterable[dict[str, Any] | str]) -> bytes:
    """JSON Lines from dicts (encoded) and strings (written as they are, for broken lines)."""
    lines = (r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records)
    return ("\n".join(lines) + "\n").encode("utf-8")


@dataclass(frozen=True)
class WarcPage:
    uri: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    record_type: str = "response"
    date: str = "2023-05-01T10:00:00Z"


def warc_archive(pages: Iterable[WarcPage], *, gzip: bool) -> bytes:
    """A WARC file: a warcinfo record, then one record per page (response, resource or request)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "quotetrail tests"}))
    for page in pages:
        http_headers = None
        if page.record_type == "response":
            http_headers = StatusAndHeaders(
                page.status, [("Content-Type", page.content_type)], protocol="HTTP/1.1"
            )
        elif page.record_type == "request":
            http_headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
        warc_headers = {"WARC-Date": page.date}
        if page.record_type == "resource":
            warc_headers["Content-Type"] = page.content_type
        record = writer.create_warc_record(
            page.uri, page.record_type, payload=io.BytesIO(page.body), http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )  # fmt: skip
        writer.write_record(record)
    return buffer.getvalue()


_GIVEN = (
    "Tamsin",
    "Bartholomew",
    "Imelda",
    "Rosalind",
    "Cormac",
    "Parveen",
    "Anselm",
    "Odile",
    "Ines",
    "Lorcan",
)
_FAMILY = ("Okonedo-Vale", "Quist", "Sarrow", "Achterberg", "Delahunty", "Lindqvist", "Tregarthen", "Farrant")
_TOWNS = ("Brindlewick", "Quillmouth", "Eastmere", "Saltmarsh", "Harrowgate End", "Lantern Cross", "Fenwold")
_TOPICS = ("the footbridge", "the ferry timetable", "the library hours", "the harbour wall", "the tram line")


def generated_article(number: int) -> dict[str, str]:
    """A short fictional article, different for every ``number`` (for corpora of any size)."""
    speaker = f"{_GIVEN[number % len(_GIVEN)]} {_FAMILY[number // len(_GIVEN) % len(_FAMILY)]}"
    town = _TOWNS[number % len(_TOWNS)]
    topic = _TOPICS[number % len(_TOPICS)]
    text = (
        f"Council report {number}: the {town} council voted on Tuesday to review {topic}.\n\n"
        f"\u201cWe owe the people of {town} a straight answer by spring,\u201d said {speaker}, "
        f"who chairs committee number {number}.\n\n"
        f"Opponents said the review would cost {number % 90 + 10} thousand crowns."
    )
    return {"text": text, "title": f"{town} to review {topic} ({number})", "published": "2024-03-05"}
