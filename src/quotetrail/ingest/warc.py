"""WARC and WARC.gz archives, as news crawls publish them, read as a stream.

HTML ``response`` (and ``resource``) records with a 2xx status become
articles; their source is ``archive#<target URI>``, their URL the page's
canonical URL or else the target URI, their date the page's own date or else
the record's ``WARC-Date``. Other records (requests, metadata, images,
redirects) are skipped without a word.

A truncated archive (``head -c N crawl.warc``) keeps every good record
before the cut and reports the cut as one failure naming the archive, the
record's number and the byte where that record starts: "truncated record at
byte 3883: record 4 (https://…) has 120 of its 1295 bytes". A record that
is not a WARC record at all is reported as malformed in the same shape.
Nothing is read after either.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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
_CUT_IN_HEADERS = "ends inside its headers"
# What warcio raises when a record lacks a header it takes for granted ("'NoneType' object has
# no attribute 'startswith'" for a response with no WARC-Target-URI): no message for a reader.
_WARCIO_SLIPS = (AttributeError, TypeError, KeyError, IndexError)


class _RecordCut(Exception):
    """The archive ended after a record had begun but before its headers were complete."""


def _decoded_position(reader: Any) -> int:
    """How many (decompressed) bytes warcio's reader has handed out so far."""
    buffered = reader.buff_size - reader.buff.tell() if reader.buff is not None else 0
    return int(reader.num_read) - buffered


class _WatchfulIterator(ArchiveIterator):  # type: ignore[misc]
    """An ArchiveIterator that notices the cuts warcio passes over in silence.

    warcio ends the iteration quietly when the archive stops inside a
    record's headers (it takes the end of the data for the end of the
    archive), and when a ``.warc.gz`` stops inside a gzip member.
    """

    unfinished_gzip = False

    def _next_record(self, next_line: bytes | None) -> Any:
        started_at = _decoded_position(self.reader) - len(next_line or b"")
        try:
            return super()._next_record(next_line)
        except EOFError:
            if _decoded_position(self.reader) > started_at:
                raise _RecordCut from None  # some of a record was read: this is no clean end
            raise

    def close(self) -> None:
        reader = self.reader
        decompressor = getattr(reader, "decompressor", None) if reader is not None else None
        if decompressor is not None and not getattr(decompressor, "eof", True):
            self.unfinished_gzip = True
        super().close()

    def at_end(self) -> bool:
        """Whether the archive has nothing left (call only once reading has stopped: it consumes)."""
        reader = self.reader
        if reader is None:
            return True
        return not reader.read(1) and not reader.rem_length() and not self.fh.read(1)


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


def _header_problem(record: Any) -> str | None:
    """What a record lacks of the WARC headers every record must have, if anything."""
    if not record.rec_type:
        return "has no WARC-Type header"
    if not str(record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
        return "has no valid Content-Length header"
    return None


@dataclass(frozen=True, slots=True)
class _Shortfall:
    """A record that ends before its Content-Length: how much of it there is."""

    present: int
    length: int


def _drain(record: Any) -> _Shortfall | None:
    """Read what is left of the record; how it falls short of its Content-Length, if it does."""
    while record.raw_stream.read(_DRAIN_CHUNK):
        pass
    missing = int(getattr(record.raw_stream, "limit", 0) or 0)
    if missing <= 0:
        return None
    length = int(record.length)
    return _Shortfall(length - missing, length)


def _named(record: Any) -> str:
    """The record's target URI in brackets, and a space, for messages ('' when it has none)."""
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return f"({uri}) " if uri else ""


def _record_source(record: Any, archive: str) -> str:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return f"{archive}#{uri or record.rec_headers.get_header('WARC-Record-ID')}"


def _read_page(record: Any, source: str) -> bytes | Failure | _Shortfall | None:
    """The payload of an HTML page record (None for other records); reading errors propagate."""
    if not _is_html_page(record):
        return _drain(record)
    payload: bytes = record.content_stream().read(MAX_RECORD_BYTES + 1)
    shortfall = _drain(record)
    if shortfall is not None:
        return shortfall
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


class _Position:
    """Which record of which archive is being read, and where it starts, for failure messages."""

    def __init__(self, archive: str) -> None:
        self.archive = archive
        self.number = 0
        self.offset = 0

    def truncated(self, detail: str) -> Failure:
        return Failure(self.archive, f"truncated record at byte {self.offset}: record {self.number} {detail}")

    def cut_short(self, record: Any, shortfall: _Shortfall) -> Failure:
        return self.truncated(f"{_named(record)}has {shortfall.present} of its {shortfall.length} bytes")

    def malformed(self, detail: str) -> Failure:
        return Failure(self.archive, f"malformed record at byte {self.offset}: record {self.number} {detail}")

    def cut_in_headers_or_malformed(self, records: _WatchfulIterator, problem: str) -> Failure:
        """A record whose headers are broken: cut, when the archive ends there, else malformed."""
        return self.truncated(_CUT_IN_HEADERS) if records.at_end() else self.malformed(problem)


def iter_warc(stream: IO[bytes], archive: str) -> Iterator[Article | Failure]:
    """Articles from the HTML pages of a WARC or WARC.gz stream read from ``archive``."""
    records = _WatchfulIterator(stream)
    iterator = iter(records)
    at = _Position(archive)
    while True:
        at.number += 1
        try:
            record = _quietly(lambda: next(iterator, None))
        except _RecordCut:
            at.offset = records.offset
            yield at.truncated(_CUT_IN_HEADERS)
            return
        except Exception as exc:  # warcio raises assorted errors on a cut or garbled record
            at.offset = records.offset
            yield at.cut_in_headers_or_malformed(records, f"cannot be read: {_unreadable(exc)}")
            return
        if record is None:
            break
        at.offset = records.offset
        problem = _header_problem(record)
        if problem is not None:
            yield at.cut_in_headers_or_malformed(records, problem)
            return
        source = _record_source(record, archive)
        try:
            page = _quietly(lambda: _read_page(record, source))  # noqa: B023 - called at once
        except Exception as exc:  # a garbled record body: report it and stop, the stream is lost
            yield at.malformed(f"{_named(record)}cannot be read: {_unreadable(exc)}")
            return
        if isinstance(page, _Shortfall):
            yield at.cut_short(record, page)
            return  # nothing can follow a record cut short
        if isinstance(page, Failure):
            yield page
        elif page is not None:
            try:
                item = _page_to_article(record, page, source)
            except Exception as exc:  # one page the HTML reader chokes on; the archive reads on
                item = Failure(source, f"unexpected {_describe(exc)} while reading the page")
            yield item
    if records.unfinished_gzip:
        at.number = max(at.number - 1, 1)
        yield at.truncated("ends inside its gzip member")


def _quietly(call: Callable[[], Any]) -> Any:
    """Run ``call`` without letting warcio's warnings reach stderr (failures are reported as data)."""
    with contextlib.redirect_stderr(io.StringIO()):
        return call()


def _unreadable(exc: BaseException) -> str:
    """Why warcio could not read a record, without its internals' error texts."""
    if isinstance(exc, _WARCIO_SLIPS):
        return "its headers are incomplete or invalid"
    return _describe(exc)


def _describe(exc: BaseException) -> str:
    message = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
