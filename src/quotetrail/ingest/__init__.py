"""Ingest: reading news from files, folders, web pages, feeds and web archives.

``iter_articles(sources)`` streams :class:`~quotetrail.model.Article` values
and, for whatever could not be read, :class:`~quotetrail.model.Failure`
values; it never raises for a bad source. Sources are recognised by their
content: plain text, JSON Lines, HTML, RSS/Atom feeds, WARC(.gz) archives,
folders of any of these (recursively), and ``http(s)://`` URLs.

This package depends on the core model only; it knows nothing of
extraction or storage.
"""

from __future__ import annotations

from quotetrail.ingest.http import FetchedPage, HttpClient
from quotetrail.ingest.sources import iter_articles

__all__ = ["FetchedPage", "HttpClient", "iter_articles"]
