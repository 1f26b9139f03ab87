"""WARC and WARC.gz archives, as news crawls publish them, read as a stream.

HTML ``response`` (and ``resource``) records with a 2xx status become
articles; their source is ``archive#<target URI>``, their URL the page's
canonical URL or else the target URI, their date the page's own date or else
the record's ``WARC-Date``. Other records (requests, metadata, images,
redirects) are skipped without a word. A truncated archive keeps every good
record before the cut and reports the cut as a failure.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from quotetrail.errors import DecodeError
from quotetrail.ingest.html import article_from_html, fill_missing
from quotetrail.ingest.text import decode_bytes, meta_charset
from quotetrail.model import Article, Failure

MAX_RECORD_BYTES = 10_000_000
_ARTICLE_RECORD_TYPES = frozenset({"response", "resource"})
_HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_DRAIN_CHUNK = 65_536
_TRUNCATED = "record truncated"


class _WatchfulIterator(ArchiveIterator):  # type: ignore[misc]
    """An ArchiveIterator that notices when the last gzip member never ended.

    warcio stops quietly when a ``.warc.gz`` is cut inside a member; the
    decompressor's end-of-stream flag is the only trace of the cut.
    """

    unfinished_gzip = False

    def close(self) -> None:
        reader = self.reader
        decompressor = getattr(reader, "decompressor", None) if reader is not None else None
        if decompressor is not None and not getattr(decompressor, "eof", True):
            self.unfinished_gzip = True
        super().close()


def _warc_date(record: Any) -> datetime | None:
    value = record.rec_headers.get_header("WARC-Date")
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _media_type_and_charset(record: Any) -> tuple[str, str | None]:
    if record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    media_type, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media_type.strip().lower(), charset


def _is_html_page(record: Any) -> bool:
    if record.rec_type not in _ARTICLE_RECORD_TYPES:
        return False
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
    media_type, _ = _media_type_and_charset(record)
    return media_type in _HTML_MEDIA_TYPES


def _drain(record: Any) -> bool:
    """Read what is left of the record; True when it was cut short of its Content-Length."""
    while record.raw_stream.read(_DRAIN_CHUNK):
        pass
    return int(getattr(record.raw_stream, "limit", 0) or 0) > 0


def _record_source(record: Any, archive: str) -> str:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return f"{archive}#{uri or record.rec_headers.get_header('WARC-Record-ID')}"


def _read_page(record: Any, source: str) -> bytes | Failure | None:
    """The payload of an HTML page record (None for other records); reading errors propagate."""
    if not _is_html_page(record):
        _drain(record)
        return None
    payload: bytes = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if _drain(record):
        return Failure(source, f"{_TRUNCATED}: shorter than its Content-Length")
    if len(payload) > MAX_RECORD_BYTES:
        return Failure(source, f"record payload larger than {MAX_RECORD_BYTES} bytes")
    return payload


def _page_to_article(record: Any, payload: bytes, source: str) -> Article | Failure:
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    _, charset = _media_type_and_charset(record)
    try:
        html = decode_bytes(payload, source, declared=charset or meta_charset(payload[:4096]))
    except DecodeError as exc:
        return Failure(source, f"cannot decode as text ({exc.reason})")
    item = article_from_html(html, source, url=uri)
    if isinstance(item, Article):
        item = fill_missing(item, url=uri, published=_warc_date(record))
    return item


def iter_warc(stream: IO[bytes], archive: str) -> Iterator[Article | Failure]:
    """Articles from the HTML pages of a WARC or WARC.gz stream read from ``archive``."""
    records = _WatchfulIterator(stream)
    iterator = iter(records)
    position = 0
    while True:
        try:
            record = _quietly(lambda: next(iterator, None))
        except Exception as exc:  # warcio raises assorted errors on a cut or garbled archive
            yield Failure(
                archive, f"archive truncated or malformed after record {position}: {_describe(exc)}"
            )
            return
        if record is None:
            break
        if not record.rec_type:
            yield Failure(
                archive, f"archive truncated or malformed after record {position}: no WARC-Type header"
            )
            return
        position += 1
        source = _record_source(record, archive)
        try:
            page = _quietly(lambda: _read_page(record, source))  # noqa: B023 - called at once
        except Exception as exc:  # a garbled record body: report it and stop, the stream is lost
            yield Failure(archive, f"record {position} unreadable: {_describe(exc)}")
            return
        if isinstance(page, Failure):
            yield page
            if page.reason.startswith(_TRUNCATED):
                return  # nothing can follow a record cut short
        elif page is not None:
            try:
                item = _page_to_article(record, page, source)
            except Exception as exc:  # one page the HTML reader chokes on; the archive reads on
                item = Failure(source, f"unexpected {_describe(exc)} while reading the page")
            yield item
    if records.unfinished_gzip:
        yield Failure(
            archive, f"archive truncated: the gzip stream ends inside a record (after record {position})"
        )


def _quietly(call: Callable[[], Any]) -> Any:
    """Run ``call`` without letting warcio's warnings reach stderr (failures are reported as data)."""
    with contextlib.redirect_stderr(io.StringIO()):
        return call()


def _describe(exc: BaseException) -> str:
    message = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
