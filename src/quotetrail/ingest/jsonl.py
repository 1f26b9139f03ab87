"""JSON Lines dumps: one article a line, read as a stream.

Each line is a JSON object with ``text`` (required) and optionally ``title``,
``url``, ``outlet``, ``published`` (ISO date or datetime), ``author`` and
``lang``; other keys are ignored. A bad line becomes a failure whose source
names the line (``dump.jsonl:12``); the lines around it are still read.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from datetime import date, datetime
from typing import IO, Any

from quotetrail.model import Article, Failure

MAX_LINE_BYTES = 20_000_000
OPTIONAL_TEXT_FIELDS: tuple[str, ...] = ("title", "url", "outlet", "author", "lang")


class _BadLine(ValueError):
    """A line that is not an acceptable article record."""


def parse_published(value: Any) -> date | datetime | None:
    """An ISO date (``2024-03-05``) or datetime (``2024-03-05T14:00:00Z``), or None."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _BadLine(f"'published' must be an ISO date string, not {type(value).__name__}")
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value)
    except ValueError:
        raise _BadLine(f"'published' {value[:40]!r} is not an ISO date or datetime") from None


def article_from_record(record: Any, source: str) -> Article:
    """The article a decoded JSON value describes; raise ValueError when it is not one."""
    if not isinstance(record, dict):
        raise _BadLine(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise _BadLine(
            "missing 'text'" if text is None else f"'text' must be a string, not {type(text).__name__}"
        )
    if not text.strip():
        raise _BadLine("'text' is empty")
    optional: dict[str, str | None] = {}
    for name in OPTIONAL_TEXT_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise _BadLine(f"'{name}' must be a string, not {type(value).__name__}")
        optional[name] = (value.strip() or None) if isinstance(value, str) else None
    return Article(
        text=text,
        source=source,
        title=optional["title"],
        url=optional["url"],
        outlet=optional["outlet"],
        published=parse_published(record.get("published")),
        author=optional["author"],
        lang=optional["lang"],
    )


def _skip_rest_of_line(stream: IO[bytes]) -> None:
    while True:
        chunk = stream.readline(1_000_000)
        if not chunk or chunk.endswith(b"\n"):
            return


def iter_jsonl(stream: IO[bytes], source: str) -> Iterator[Article | Failure]:
    """Articles (and failures for bad lines) from a JSON Lines byte stream."""
    number = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        where = f"{source}:{number}"
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield Failure(where, f"line longer than {MAX_LINE_BYTES} bytes")
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Failure(where, f"not UTF-8 (byte {exc.start} of the line)")
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield Failure(where, f"not valid JSON ({type(exc).__name__}: {exc})")
            continue
        try:
            yield article_from_record(record, where)
        except _BadLine as exc:
            yield Failure(where, str(exc))
