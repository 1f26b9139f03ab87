"""JSON Lines dumps: one article a line; bad lines are failures that name their line."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from ingest_samples import FERRY_STORY, LIBRARY_STORY, jsonl

from quotetrail.ingest import iter_articles
from quotetrail.ingest.jsonl import iter_jsonl
from quotetrail.model import Article, Failure

FERRY = " ".join(FERRY_STORY)
LIBRARY = " ".join(LIBRARY_STORY)


def read(data: bytes, source: str = "dump.jsonl") -> list[Article | Failure]:
    return list(iter_jsonl(io.BytesIO(data), source))


def test_every_field_is_carried_onto_the_article() -> None:
    record = {
        "text": FERRY,
        "title": "Last ferry to the Saltmarsh Isles",
        "url": "https://quillmouth-courier.example/ferry",
        "outlet": "Quillmouth Courier",
        "published": "2024-02-02T16:45:00+01:00",
        "author": "Ines Varga-Holt",
        "lang": "en",
        "section": "Islands",  # unknown keys are ignored
    }
    (article,) = read(jsonl([record]))
    assert article == Article(
        text=FERRY,
        source="dump.jsonl:1",
        title="Last ferry to the Saltmarsh Isles",
        url="https://quillmouth-courier.example/ferry",
        outlet="Quillmouth Courier",
        published=datetime(2024, 2, 2, 16, 45, tzinfo=timezone(timedelta(hours=1))),
        author="Ines Varga-Holt",
        lang="en",
    )


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2024-02-02", date(2024, 2, 2)),
        ("2024-02-02T16:45:00", datetime(2024, 2, 2, 16, 45)),
        ("2024-02-02T16:45:00Z", datetime(2024, 2, 2, 16, 45, tzinfo=UTC)),
        ("2024-02-02 16:45", datetime(2024, 2, 2, 16, 45)),
        (None, None),
        ("", None),
    ],
)
def test_published_takes_an_iso_date_or_datetime(published: str | None, expected: object) -> None:
    (article,) = read(jsonl([{"text": FERRY, "published": published}]))
    assert isinstance(article, Article)
    assert article.published == expected


def test_only_text_is_required() -> None:
    (article,) = read(jsonl([{"text": LIBRARY}]))
    assert isinstance(article, Article)
    assert (article.title, article.url, article.outlet, article.published) == (None, None, None, None)


@pytest.mark.parametrize(
    ("line", "reason_part"),
    [
        ('{"title": "No body"}', "missing 'text'"),
        ('{"text": "   "}', "'text' is empty"),
        ('{"text": 42}', "'text' must be a string"),
        ('{"text": "Fine.", "title": ["a", "list"]}', "'title' must be a string"),
        ('{"text": "Fine.", "published": "last Tuesday"}', "'published'"),
        ('{"text": "Fine.", "published": 20240202}', "'published' must be an ISO date string"),
        ('["text", "in", "an", "array"]', "expected a JSON object"),
        ('{"text": "unterminated', "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON"),  # hostile nesting
    ],
)
def test_a_bad_line_is_a_failure_naming_its_line_and_the_others_are_kept(line: str, reason_part: str) -> None:
    items = read(jsonl([{"text": FERRY}, line, {"text": LIBRARY}]))
    assert [type(item) for item in items] == [Article, Failure, Article]
    failure = items[1]
    assert isinstance(failure, Failure)
    assert failure.source == "dump.jsonl:2"
    assert failure.stage == "ingest"
    assert reason_part in failure.reason


def test_line_numbers_count_blank_lines_and_sources_name_each_line() -> None:
    data = jsonl([{"text": FERRY}]) + b"\n   \n" + jsonl([{"text": LIBRARY}])
    assert [item.source for item in read(data, "exports/may.jsonl")] == [
        "exports/may.jsonl:1",
        "exports/may.jsonl:4",
    ]


def test_a_line_that_is_not_utf8_is_a_failure() -> None:
    data = jsonl([{"text": FERRY}]) + '{"text": "Caf\u00e9 owner speaks"}\n'.encode("latin-1")
    items = read(data)
    assert isinstance(items[1], Failure)
    assert "not UTF-8" in items[1].reason


def test_a_byte_order_mark_on_the_first_line_is_ignored() -> None:
    (article,) = read(b"\xef\xbb\xbf" + jsonl([{"text": FERRY}]))
    assert isinstance(article, Article)


def test_a_last_line_without_newline_is_read() -> None:
    (article,) = read(b'{"text": "The library opens on Sundays."}')
    assert isinstance(article, Article)


def test_an_overlong_line_is_skipped_and_reading_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quotetrail.ingest.jsonl.MAX_LINE_BYTES", 1000)
    data = jsonl([{"text": "x" * 5000}, {"text": LIBRARY}])
    items = read(data)
    assert [type(item) for item in items] == [Failure, Article]
    assert "longer than 1000 bytes" in items[0].reason


def test_a_large_dump_is_streamed_one_line_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    records: list[dict[str, Any]] = [{"text": f"Story number {n}: {FERRY}"} for n in range(2000)]
    path.write_bytes(jsonl(records))
    items = iter_articles([str(path)])
    first = next(items)
    assert isinstance(first, Article) and first.source == f"{path}:1"
    assert sum(1 for _ in items) == 1999
