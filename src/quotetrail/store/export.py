"""Writing stored records out: JSON Lines, CSV and Parquet, streamed.

JSON Lines rows are the records' ``to_dict()``. CSV rows are the same fields,
flat: lists and spans as JSON text. Parquet uses typed columns (spans as lists
of integers, targets as a list of structs) and needs ``pyarrow``, imported only
when asked for.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from os import PathLike
from typing import IO, Any, Protocol

from quotetrail.errors import InputError
from quotetrail.model import StoredStatement

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")

STATEMENT_COLUMNS: tuple[str, ...] = (
    "statement_id", "article_id", "published", "outlet", "title", "url", "source", "kind", "quote",
    "speaker", "speaker_name", "speaker_identity", "speaker_id", "speaker_role", "speaker_type", "cue",
    "targets", "said_on", "venue", "quote_spans", "speaker_span", "cue_span", "extractor",
)  # fmt: skip
SPEAKER_COLUMNS: tuple[str, ...] = (
    "speaker_id", "name", "type", "aliases", "roles", "statements", "outlets", "first_seen", "last_seen",
)  # fmt: skip
ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id", "published", "outlet", "title", "author", "url", "source", "lang", "hash", "extractor",
    "ingested_at", "statements",
)  # fmt: skip
FAILURE_COLUMNS: tuple[str, ...] = ("source", "stage", "reason", "detail")

PARQUET_BATCH_ROWS = 10_000


class Record(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def flat(row: dict[str, Any]) -> dict[str, Any]:
    """A row for CSV: lists and dicts as compact JSON text, everything else as it is."""
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        for key, value in row.items()
    }


def write_jsonl(records: Iterable[Record], out: IO[str]) -> int:
    """Write one JSON object a line; return how many."""
    count = 0
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[Record], out: IO[str], columns: Iterable[str] | None = None) -> int:
    """Write a header and one row a record (columns from the first record unless given)."""
    rows = (flat(r.to_dict()) for r in records)
    first = next(rows, None)
    names = list(columns) if columns is not None else list(first or ())
    writer = csv.DictWriter(out, fieldnames=names, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    if first is None:
        return 0
    writer.writerow(first)
    count = 1
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _parquet_rows(records: Iterable[StoredStatement]) -> Iterator[dict[str, Any]]:
    for record in records:
        row = record.to_dict()
        row["targets"] = [
            {
                "text": t["text"],
                "start": t["span"][0],
                "end": t["span"][1],
                "label": t["label"],
                "name": t.get("name"),
            }
            for t in row["targets"]
        ]
        yield {name: row.get(name) for name in STATEMENT_COLUMNS}


def _statement_schema(pa: Any) -> Any:
    span = pa.list_(pa.int64())
    target = pa.struct(
        [("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("label", pa.string()),
         ("name", pa.string())]
    )  # fmt: skip
    types = {"speaker_id": pa.int64(), "targets": pa.list_(target), "quote_spans": pa.list_(span),
             "speaker_span": span, "cue_span": span}  # fmt: skip
    return pa.schema([(name, types.get(name, pa.string())) for name in STATEMENT_COLUMNS])


def write_parquet(records: Iterable[StoredStatement], path: str | PathLike[str]) -> int:
    """Write statements to a Parquet file in row groups of :data:`PARQUET_BATCH_ROWS`."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise InputError(
            "Parquet export needs pyarrow: pip install 'quotetrail[parquet]' (or pip install pyarrow)"
        ) from exc
    schema = _statement_schema(pa)
    count = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(str(path), schema) as writer:
        for row in _parquet_rows(records):
            batch.append(row)
            if len(batch) >= PARQUET_BATCH_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch.clear()
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
