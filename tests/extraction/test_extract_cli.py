"""`quotetrail extract`: files, standard input, formats, and inputs that fail without stopping the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrail.cli import main as cli

ARTICLE = "Dana Varek said on Thursday that the vote would go ahead.\n"
OTHER = "“The bridges will stay closed,” Interior Minister Miro Lasken said on Friday.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_jsonl_names_each_source_and_spans_point_into_the_text(runner: CliRunner, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text(OTHER, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(a), str(b), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = _lines(result.output)
    assert [r["source"] for r in records] == [str(a), str(b)]
    for record, text in zip(records, (ARTICLE, OTHER), strict=True):
        start, end = record["speaker_span"]  # type: ignore[misc]
        assert text[start:end] == record["speaker"]


def test_table_is_readable(runner: CliRunner, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(a), "--outlet", "The Dravin Observer"])
    assert result.exit_code == 0, result.output
    assert (
        "The Dravin Observer" in result.output and "Dana Varek" in result.output and "said" in result.output
    )


def test_table_shows_an_editors_brackets_as_written(runner: CliRunner, tmp_path: Path) -> None:
    """Square brackets in a quote are the editor's words, not terminal markup to be swallowed."""
    deep = tmp_path / ("a-long-folder-name-" * 4) / "article.txt"
    deep.parent.mkdir()
    deep.write_text("“We [the ministry] will not [bold]yield[/bold],” Dana Varek said.\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(deep), "--outlet", "The Dravin Observer"])
    assert result.exit_code == 0, result.output
    assert f"{deep} (The Dravin Observer): 1 statements" in result.output
    assert "We [the ministry] will not [bold]yield[/bold]" in result.output


def test_standard_input_with_date_and_outlet(runner: CliRunner) -> None:
    result = runner.invoke(
        cli,
        ["extract", "-", "--date", "2017-07-01", "--outlet", "Example Daily", "--format", "jsonl"],
        input=ARTICLE,
    )
    assert result.exit_code == 0, result.output
    (record,) = _lines(result.output)
    assert record["source"] == "-" and record["outlet"] == "Example Daily"
    assert record["said_on"] == "2017-06-29"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        (
            "latin1.txt",
            "Dana Varek sagte, die Abstimmung finde statt. Café".encode("latin-1"),
            "not valid UTF-8",
        ),
        ("junk.bin", bytes(range(256)) * 4, "binary"),
    ],
)
def test_a_bad_input_is_named_and_the_others_still_run(
    runner: CliRunner, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    bad, good = tmp_path / name, tmp_path / "good.txt"
    bad.write_bytes(content)
    good.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(bad), str(good), "--format", "jsonl"])
    assert result.exit_code == 1
    assert str(bad) in result.output and reason in result.output
    assert [r["source"] for r in _lines(result.output)] == [str(good)]


def test_a_missing_file_is_named(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["extract", str(tmp_path / "nowhere.txt")])
    assert result.exit_code == 1
    assert "nowhere.txt" in result.output


def test_a_bad_date_is_a_usage_error_before_any_input_is_read(runner: CliRunner, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(a), "--date", "2017-13-45"])
    assert result.exit_code == 2
    assert "2017-13-45" in result.output and "failed" not in result.output


def test_a_utf8_byte_order_mark_stays_in_the_text_the_offsets_point_into(
    runner: CliRunner, tmp_path: Path
) -> None:
    a = tmp_path / "bom.txt"
    a.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    result = runner.invoke(cli, ["extract", str(a), "--format", "jsonl"])
    (record,) = _lines(result.output)
    text = a.read_text(encoding="utf-8")  # as a user reads it: the mark is the first character
    start, end = record["speaker_span"]  # type: ignore[misc]
    assert text[start:end] == "Dana Varek"


def test_utf16_with_its_byte_order_mark_is_read(runner: CliRunner, tmp_path: Path) -> None:
    a = tmp_path / "utf16.txt"
    a.write_bytes(ARTICLE.encode("utf-16"))
    result = runner.invoke(cli, ["extract", str(a), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (record,) = _lines(result.output)
    assert record["speaker"] == "Dana Varek"
