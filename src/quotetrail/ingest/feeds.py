"""RSS and Atom feeds: each entry's article, from the feed itself or its page.

An entry whose content (``content:encoded``, Atom ``content``, or a long
description) holds more than :data:`FULL_TEXT_CHARS` characters of text is
read from the feed without fetching; otherwise its link is fetched through
the ``read_page`` callable the caller supplies. Entries whose link the
caller already has (``skip_url``) are skipped. A malformed feed is reported
as a failure, and whatever entries could still be recovered are read.
"""

from __future__ import annotations

import calendar
import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from quotetrail.ingest.html import fill_missing, fragment_text, host_of
from quotetrail.model import Article, Failure

FULL_TEXT_CHARS = 500

ReadPage = Callable[[str, str | None], Article | Failure]  # (url, outlet fallback) -> article


def _entry_datetime(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    # feedparser normalises to UTC in a struct_time.
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


def _entry_full_text(entry: Any) -> str:
    """The entry's own text when it carries the whole article, else ''."""
    candidates = [part for part in entry.get("content") or () if part.get("value")]
    if entry.get("summary"):
        candidates.append(entry.get("summary_detail") or {"value": entry["summary"], "type": "text/html"})
    best = ""
    for part in candidates:
        value = str(part.get("value", ""))
        is_markup = "html" in str(part.get("type", "text/html"))
        text = fragment_text(value) if is_markup else value.strip()
        if len(text) > len(best):
            best = text
    return best if len(best) > FULL_TEXT_CHARS else ""


def _language(feed: Any) -> str | None:
    value = str(feed.get("language") or "").strip()
    return value.replace("_", "-").split("-")[0].lower() or None


def _malformation(parsed: Any) -> str | None:
    """Why the feed is not well formed, ignoring harmless encoding notes."""
    if not parsed.get("bozo"):
        return None
    exc = parsed.get("bozo_exception")
    if isinstance(exc, feedparser.ThingsNobodyCaresAboutButMe):
        return None
    where = ""
    line = getattr(exc, "getLineNumber", None)
    if callable(line):
        where = f" at line {line()}"
    return f"{type(exc).__name__}: {exc}{where}" if exc is not None else "not well formed"


def iter_feed(
    data: bytes,
    source: str,
    *,
    read_page: ReadPage,
    skip_url: Callable[[str], bool] | None = None,
) -> Iterator[Article | Failure]:
    """Articles of the feed document ``data`` read from ``source``."""
    # A BytesIO, never bytes or str: feedparser treats a string as a path or URL to open.
    parsed = feedparser.parse(io.BytesIO(data))
    problem = _malformation(parsed)
    entries = parsed.get("entries") or []
    if problem is not None:
        recovered = f"; {len(entries)} entries recovered" if entries else ""
        yield Failure(source, f"malformed feed ({problem}){recovered}")
    elif not parsed.get("version") and not entries:
        yield Failure(source, "not an RSS or Atom feed (no channel or entries found)")
        return
    feed = parsed.get("feed") or {}
    feed_title = str(feed.get("title") or "").strip() or None
    feed_lang = _language(feed)
    for index, entry in enumerate(entries, start=1):
        link = str(entry.get("link") or "").strip()
        web_link = link if link.lower().startswith(("http://", "https://")) else None
        if web_link and skip_url is not None and skip_url(web_link):
            continue
        outlet = feed_title or host_of(web_link)
        text = _entry_full_text(entry)
        if text:
            article: Article | Failure = Article(
                text=text, source=web_link or f"{source}#entry-{index}", url=web_link
            )
        elif web_link:
            article = read_page(web_link, outlet)
        else:
            reason = (
                f"entry has no fetchable link ({link!r})"
                if link
                else "entry has neither a link nor full text"
            )
            yield Failure(f"{source}#entry-{index}", reason)
            continue
        if isinstance(article, Article):
            article = fill_missing(
                article,
                title=str(entry.get("title") or "").strip() or None,
                outlet=outlet,
                published=_entry_datetime(entry),
                author=str(entry.get("author") or "").strip() or None,
                lang=feed_lang,
            )
        yield article
