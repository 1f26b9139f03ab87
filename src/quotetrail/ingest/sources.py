"""From a list of paths and URLs to a stream of articles and failures.

Each source is recognised by its content (:mod:`quotetrail.ingest.detect`),
read by the matching reader, and guarded: whatever goes wrong with one
source becomes a :class:`~quotetrail.model.Failure` naming it, and the next
source is read. Large inputs (WARC, JSON Lines, folders) are streamed.

A file named as a source is read whatever its name. A folder is walked
recursively, but only for files whose names look like news
(:data:`ARTICLE_FILE_SUFFIXES`, or no extension at all): a ``README.md``,
an ``__init__.py`` or a photo next to the articles is not an article.
Hidden files and folders (``.git``, ``.DS_Store``) are never read.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from quotetrail.errors import DecodeError, IngestError, QuotetrailError
from quotetrail.ingest.detect import SNIFF_BYTES, SourceKind, binary_description, sniff
from quotetrail.ingest.feeds import iter_feed
from quotetrail.ingest.html import article_from_html
from quotetrail.ingest.http import FetchedPage, HttpClient
from quotetrail.ingest.jsonl import iter_jsonl
from quotetrail.ingest.text import decode_bytes, meta_charset
from quotetrail.ingest.warc import iter_warc
from quotetrail.model import Article, Failure

URL_PREFIXES = ("http://", "https://")
_OTHER_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
# What a folder walk takes, by the end of the file's name (case aside).
ARTICLE_FILE_SUFFIXES: tuple[str, ...] = (
    ".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom",
    ".jsonl", ".ndjson", ".warc", ".warc.gz",
)  # fmt: skip
# A suffix that is an extension: a dot, a letter, then no space ("md", "txt~", "bak"). Names such
# as "report-2024.03.05" or "Report no. 3" have none, so they are taken like any file without one.
_EXTENSION = re.compile(r"\.[A-Za-z][^.\s]{0,15}$")
# Files read whole (text, HTML, feeds); WARC and JSON Lines are streamed and have no limit.
MAX_DOCUMENT_BYTES = 50_000_000
_HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})

Item = Article | Failure


def is_url(source: str) -> bool:
    return source.lower().startswith(URL_PREFIXES)


def looks_like_article_file(name: str) -> bool:
    """Whether a folder walk reads the file called ``name`` (files named as sources are always read)."""
    if name.startswith("."):
        return False
    lowered = name.lower()
    return lowered.endswith(ARTICLE_FILE_SUFFIXES) or _EXTENSION.search(name) is None


def iter_articles(
    sources: Iterable[str],
    *,
    client: HttpClient | None = None,
    skip_url: Callable[[str], bool] | None = None,
) -> Iterator[Item]:
    """Stream the articles of ``sources`` (paths, folders, URLs); never raise for a bad one.

    A bad source yields ``Failure(source, reason, stage="ingest")``. Feed entries
    whose link ``skip_url`` accepts are not read at all. ``client`` is used for
    every fetch; without one, a default :class:`HttpClient` is made on first
    need and closed at the end.
    """
    reader = _SourceReader(client, skip_url)
    try:
        for source in sources:
            yield from _guarded(source, reader.read(source))
    finally:
        reader.close()


def _guarded(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """``items``, with any error that escapes a reader turned into a failure for ``source``."""
    try:
        yield from items
    except DecodeError as exc:
        yield Failure(exc.source, f"cannot decode as text ({exc.reason})")
    except IngestError as exc:
        yield Failure(exc.source, exc.reason)
    except QuotetrailError as exc:
        yield Failure(source, str(exc))
    except OSError as exc:
        yield Failure(source, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # the promise: a bad source is a failure record, never a crash
        yield Failure(source, f"unexpected {type(exc).__name__} while reading: {exc}")


class _SourceReader:
    def __init__(self, client: HttpClient | None, skip_url: Callable[[str], bool] | None) -> None:
        self._client = client
        self._owns_client = client is None
        self._skip_url = skip_url

    @property
    def client(self) -> HttpClient:
        if self._client is None:
            self._client = HttpClient()
        return self._client

    def close(self) -> None:
        if self._owns_client and self._client is not None:
            self._client.close()
            self._client = None

    def read(self, source: str) -> Iterator[Item]:
        if is_url(source):
            yield from self._read_url(source)
            return
        path = Path(source)
        scheme = _OTHER_SCHEME.match(source)
        if path.is_dir():
            yield from self._read_folder(path)
        elif path.is_file():
            yield from self._read_file(path)
        elif path.exists():
            yield Failure(source, "not a regular file or folder")
        elif scheme is not None:
            yield Failure(
                source,
                f"the {scheme.group(1)}:// scheme is not supported: only http:// and https:// URLs are read",
            )
        else:
            yield Failure(source, "no such file or folder")

    def _read_folder(self, folder: Path) -> Iterator[Item]:
        errors: list[OSError] = []
        found = passed_over = 0
        for root, dirs, files in os.walk(folder, onerror=errors.append):
            dirs[:] = sorted(name for name in dirs if not name.startswith("."))
            for error in errors:
                yield Failure(str(error.filename or root), f"cannot list folder: {error.strerror or error}")
            errors.clear()
            for name in sorted(files):
                if name.startswith("."):
                    continue
                if not looks_like_article_file(name):
                    passed_over += 1
                    continue
                found += 1
                path = Path(root) / name
                yield from _guarded(str(path), self._read_file(path))
        if not found:
            others = f" ({passed_over} other file{'' if passed_over == 1 else 's'} passed over)"
            yield Failure(
                str(folder),
                "folder holds no files named like articles (.txt, .html, .xml, .jsonl, .warc, … "
                f"or no extension){others if passed_over else ''}",
            )

    def _read_file(self, path: Path) -> Iterator[Item]:
        source = str(path)
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
            kind = sniff(head)
            stream.seek(0)
            if kind == "warc":
                yield from iter_warc(stream, source)
            elif kind == "jsonl":
                yield from iter_jsonl(stream, source)
            elif os.fstat(stream.fileno()).st_size > MAX_DOCUMENT_BYTES:
                yield Failure(source, f"larger than {MAX_DOCUMENT_BYTES} bytes for a single {kind} document")
            else:
                yield from self._read_document(stream.read(), kind, source)

    def _read_document(
        self,
        data: bytes,
        kind: SourceKind,
        source: str,
        *,
        url: str | None = None,
        charset: str | None = None,
    ) -> Iterator[Item]:
        if kind == "feed":
            yield from iter_feed(data, source, read_page=self._read_entry_page, skip_url=self._skip_url)
        elif kind == "warc":
            yield from iter_warc(io.BytesIO(data), source)
        elif kind == "jsonl":
            yield from iter_jsonl(io.BytesIO(data), source)
        elif kind == "html":
            html = decode_bytes(data, source, declared=charset or meta_charset(data[:4096]))
            yield article_from_html(html, source, url=url)
        elif kind == "text":
            text = decode_bytes(data, source, declared=charset)
            yield (
                Article(text=text, source=source, url=url)
                if text.strip()
                else Failure(source, "empty: no text")
            )
        elif kind == "gzip":
            yield Failure(source, "gzip-compressed, but not a WARC archive")
        else:
            yield Failure(source, f"not text: {binary_description(data[:SNIFF_BYTES]) or 'binary data'}")

    def _fetch_kind(self, url: str) -> tuple[FetchedPage, SourceKind]:
        page = self.client.fetch(url)
        kind = sniff(page.content[:SNIFF_BYTES])
        if kind == "text" and page.media_type in _HTML_MEDIA_TYPES:
            kind = "html"
        return page, kind

    def _read_url(self, url: str) -> Iterator[Item]:
        page, kind = self._fetch_kind(url)
        yield from self._read_document(page.content, kind, url, url=page.url, charset=page.charset)

    def _read_entry_page(self, url: str, outlet: str | None) -> Item:
        """The article behind a feed entry's link (a page, never another feed)."""
        try:
            page, kind = self._fetch_kind(url)
            if kind not in ("html", "text"):
                return Failure(url, f"the entry's link is a {kind} document, not an article page")
            return article_from_html(page.text(), url, url=page.url, outlet=outlet)
        except DecodeError as exc:
            return Failure(url, f"cannot decode as text ({exc.reason})")
        except IngestError as exc:
            return Failure(exc.source, exc.reason)
        except Exception as exc:  # one entry's page must not end the rest of the feed
            return Failure(url, f"unexpected {type(exc).__name__} while reading: {exc}")
