"""Export: JSON Lines with the statement contract, flat CSV, typed Parquet; streamed in batches."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from newsroom import Said, news

from quotetrail.errors import InputError
from quotetrail.store import Store, export
from quotetrail.store.export import STATEMENT_COLUMNS, write_csv, write_jsonl, write_parquet

AWKWARD = Said(
    'We said "no", twice,\nand we meant it; the Front\u2019s levy \u2014 all of it \u2014 goes',
    "Dana Várek",
    about=(("the Front", "Liberation Front"),),
)
PLAIN = Said("The harbour reopens on Friday", "Pavel Osk", kind="indirect", role="harbour master")


@pytest.fixture
def filled(store: Store) -> Store:
    store.save_article(news(AWKWARD, outlet="State News", url="https://sn.example/1"), extractor="test.v1")
    store.save_article(news(PLAIN, outlet="Harbour Post", published=None), extractor="test.v1")
    return store


def test_jsonl_rows_are_the_statement_contract_plus_article_fields(filled: Store) -> None:
    out = io.StringIO()
    assert write_jsonl(filled.quotes(order="stored"), out) == 2
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["quote"] == AWKWARD.quote
    assert first["speaker_identity"] == "Dana Várek"
    assert first["targets"] == [
        {
            "text": "the Front",
            "span": first["targets"][0]["span"],
            "label": "organization",
            "name": "Liberation Front",
        }
    ]
    assert (first["outlet"], first["url"], first["published"]) == (
        "State News",
        "https://sn.example/1",
        "2017-06-05",
    )
    assert second["published"] is None and second["speaker_role"] == "harbour master"
    for key in ("statement_id", "article_id", "source", "kind", "quote_spans", "speaker_span", "extractor"):
        assert key in first


def test_csv_is_flat_and_reads_back(filled: Store) -> None:
    out = io.StringIO()
    assert write_csv(filled.quotes(order="stored"), out, STATEMENT_COLUMNS) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(STATEMENT_COLUMNS)
    assert rows[0]["quote"] == AWKWARD.quote  # commas, quotes and newlines survive
    assert json.loads(rows[0]["quote_spans"]) == [[1, 1 + len(AWKWARD.quote)]]
    assert json.loads(rows[0]["targets"])[0]["name"] == "Liberation Front"
    assert rows[1]["published"] == ""


def test_csv_with_nothing_to_write_still_has_its_header(store: Store) -> None:
    out = io.StringIO()
    assert write_csv(store.quotes(), out, STATEMENT_COLUMNS) == 0
    assert out.getvalue().strip() == ",".join(STATEMENT_COLUMNS)


def test_parquet_has_typed_columns_and_is_written_in_batches(
    filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow.parquet as pq

    monkeypatch.setattr(export, "PARQUET_BATCH_ROWS", 1)
    path = tmp_path / "statements.parquet"
    assert write_parquet(filled.quotes(order="stored"), path) == 2
    table = pq.read_table(path)
    assert table.num_rows == 2
    assert pq.ParquetFile(path).num_row_groups == 2
    assert table.column_names == list(STATEMENT_COLUMNS)
    assert str(table.schema.field("quote_spans").type) == "list<element: list<element: int64>>"
    assert str(table.schema.field("speaker_id").type) == "int64"
    rows = table.to_pylist()
    assert rows[0]["quote"] == AWKWARD.quote
    assert rows[0]["targets"][0]["name"] == "Liberation Front"
    assert rows[1]["speaker_span"] is not None


def test_parquet_of_nothing_is_a_valid_empty_file(store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "empty.parquet"
    assert write_parquet(store.quotes(), path) == 0
    assert pq.read_table(path).num_rows == 0


def test_parquet_without_pyarrow_says_what_to_install(
    filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(InputError, match=r"pip install 'quotetrail\[parquet\]'"):
        write_parquet(filled.quotes(), tmp_path / "x.parquet")
