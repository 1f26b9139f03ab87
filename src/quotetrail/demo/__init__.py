"""The bundled demo corpus: fictional outlets reporting on a fictional country (see README.md here).

Paths to every source, in the formats ``quotetrail ingest`` reads, and the plain-text articles
with their metadata as :class:`~quotetrail.model.Article` values, for code that wants articles
without going through ingest (``quotetrail demo``, tests). Nothing here imports spaCy.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from quotetrail.errors import InputError
from quotetrail.model import Article

DEMO_DIR = Path(__file__).resolve().parent
TEXT_DIR = DEMO_DIR / "text"
TEXT_INDEX = TEXT_DIR / "index.jsonl"
DUMP = DEMO_DIR / "dump.jsonl"
HTML_DIR = DEMO_DIR / "html"
FEED = DEMO_DIR / "feed.xml"
ARCHIVE = DEMO_DIR / "archive.warc.gz"


def demo_sources() -> list[Path]:
    """Every demo source to ingest: each text file, the dump, each HTML page, the feed, the archive.

    Text files are listed one by one so that ``text/index.jsonl`` (metadata, not articles) is
    never read as a JSON Lines dump.
    """
    return [
        *sorted(TEXT_DIR.glob("*.txt")),
        DUMP,
        *sorted(HTML_DIR.glob("*.html")),
        FEED,
        ARCHIVE,
    ]


def _published(value: Any, where: str) -> date | datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise InputError(f"{where}: published {value!r} is not an ISO date or datetime") from exc
    return parsed if "T" in str(value) else parsed.date()


def _json_lines(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield f"{path}:{number}", json.loads(line)


def text_articles() -> Iterator[Article]:
    """The plain-text articles (headline on the first line) with the metadata from ``index.jsonl``."""
    for where, entry in _json_lines(TEXT_INDEX):
        path = TEXT_DIR / entry["file"]
        yield Article(
            text=path.read_text(encoding="utf-8"),
            source=str(path),
            title=entry.get("title"),
            url=entry.get("url"),
            outlet=entry.get("outlet"),
            published=_published(entry.get("published"), where),
            lang="en",
        )


def dump_articles() -> Iterator[Article]:
    """The articles of ``dump.jsonl`` (the ingest JSON Lines format), source ``dump.jsonl:LINE``."""
    for where, entry in _json_lines(DUMP):
        yield Article(
            text=entry["text"],
            source=where,
            title=entry.get("title"),
            url=entry.get("url"),
            outlet=entry.get("outlet"),
            published=_published(entry.get("published"), where),
            author=entry.get("author"),
            lang=entry.get("lang", "en"),
        )
