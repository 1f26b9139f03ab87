"""`quotetrail eval polnear DIR`: table, JSON, error file, limits and failures."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from brat_helpers import AnnBuilder, FakeExtractor, at, statement, write_article
from click.testing import CliRunner

import quotetrail
from quotetrail.cli import eval_cmd

SCHOOL = (
    "“No school will close,” Superintendent Mara Quill said on Wednesday.\n"
    "Parents said they did not believe her.\n"
)
BRIDGE = "The bridge is safe, engineers insisted. “We checked every bolt,” said Teodor Krall.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    school = AnnBuilder(SCHOOL).attribution(
        content=[at(SCHOOL, "“No school will close,”")],
        cue=[at(SCHOOL, "said")],
        source=[at(SCHOOL, "Superintendent Mara Quill")],
    )
    school.attribution(
        content=[at(SCHOOL, "they did not believe her")],
        cue=[at(SCHOOL, "said", 2)],
        source=[at(SCHOOL, "Parents")],
    )
    bridge = AnnBuilder(BRIDGE).attribution(
        content=[at(BRIDGE, "“We checked every bolt,”")],
        cue=[at(BRIDGE, "said")],
        source=[at(BRIDGE, "Teodor Krall")],
    )
    write_article(tmp_path, "ledger_a_school", SCHOOL, school)
    write_article(tmp_path, "ledger_b_bridge", BRIDGE, bridge)
    return tmp_path


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeExtractor:
    extractor = FakeExtractor(
        {
            SCHOOL: [
                statement(
                    SCHOOL,
                    at(SCHOOL, "No school will close"),
                    speaker=at(SCHOOL, "Superintendent Mara Quill"),
                )
            ],
            BRIDGE: [statement(BRIDGE, at(BRIDGE, "The bridge is safe"), kind="indirect")],
        }
    )
    monkeypatch.setattr(quotetrail, "extract", extractor)
    return extractor


@pytest.fixture
def cli() -> click.Group:
    @click.group()
    def root() -> None:
        """A bare group, so these tests do not depend on other command modules."""

    eval_cmd.register(root)
    return root


def invoke(cli: click.Group, *args: str) -> object:
    return CliRunner().invoke(cli, ["eval", "polnear", *args], catch_exceptions=False)


def test_prints_a_table_with_every_figure(cli: click.Group, corpus: Path, fake: FakeExtractor) -> None:
    result = invoke(cli, str(corpus), "--no-progress")
    assert result.exit_code == 0, result.output
    for label in ("source", "cue", "content", "exact", "overlap", "direct quotes", "speaker accuracy"):
        assert label in result.output
    assert "articles: 2" in result.output
    assert "corpus sha256: " in result.output


def test_json_prints_one_object(cli: click.Group, corpus: Path, fake: FakeExtractor) -> None:
    result = invoke(cli, str(corpus), "--json", "--no-progress")
    data = json.loads(result.output)
    assert data["articles"] == 2
    assert data["roles"]["source"]["exact"]["matched"] == 1
    assert data["direct_quotes"] == {
        "gold": 2,
        "predicted": 1,
        "matched": 1,
        "precision": 1.0,
        "recall": 0.5,
        "f1": 0.6667,
    }
    assert len(data["fingerprint"]) == 64


def test_limit_scores_only_the_first_articles(cli: click.Group, corpus: Path, fake: FakeExtractor) -> None:
    data = json.loads(invoke(cli, str(corpus), "--json", "--limit", "1", "--no-progress").output)
    assert (data["articles"], data["limit"]) == (1, 1)
    assert len(fake.calls) == 1


def test_errors_file_has_one_json_line_per_problem(
    cli: click.Group, corpus: Path, fake: FakeExtractor, tmp_path: Path
) -> None:
    errors = tmp_path / "errors.jsonl"
    result = invoke(cli, str(corpus), "--errors", str(errors), "--no-progress")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert lines and all({"article", "role", "error", "text", "offsets", "sentence"} <= set(r) for r in lines)
    spurious = [r for r in lines if r["role"] == "content" and r["error"] == "spurious"]
    assert [(r["article"], r["text"]) for r in spurious] == [("ledger_b_bridge", "The bridge is safe")]
    missed_direct = [r for r in lines if r["role"] == "direct" and r["error"] == "missed"]
    assert [r["gold_source"] for r in missed_direct] == ["Teodor Krall"]


def test_progress_bar_runs_on_request(cli: click.Group, corpus: Path, fake: FakeExtractor) -> None:
    result = invoke(cli, str(corpus), "--progress", "--json")
    assert result.exit_code == 0


def test_missing_directory_exits_2_naming_it(cli: click.Group, tmp_path: Path, fake: FakeExtractor) -> None:
    result = CliRunner().invoke(cli, ["eval", "polnear", str(tmp_path / "absent")])
    assert result.exit_code == 2
    assert "absent" in result.output and "not found" in result.output


@pytest.mark.parametrize("limit", ["0", "-1", "many"])
def test_bad_limit_is_a_usage_error(cli: click.Group, corpus: Path, limit: str) -> None:
    result = CliRunner().invoke(cli, ["eval", "polnear", str(corpus), "--limit", limit])
    assert result.exit_code == 2
    assert "--limit" in result.output


def test_help_documents_matching_and_the_dedup_rule(cli: click.Group) -> None:
    result = CliRunner().invoke(cli, ["eval", "polnear", "--help"])
    for phrase in ("trimmed", "one-to-one", "counted once", "direct", "span only", "--errors"):
        assert phrase in result.output


def test_eval_is_registered_on_the_main_command() -> None:
    from quotetrail.cli import COMMAND_MODULES

    assert "quotetrail.cli.eval_cmd" in COMMAND_MODULES
