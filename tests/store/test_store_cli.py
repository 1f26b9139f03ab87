"""The store commands: quotes, speakers (merge, split, aliases), articles, export, failures."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from newsroom import Said, news

from quotetrail.cli import main
from quotetrail.model import Failure
from quotetrail.store import open_store

LONG = (
    "The sanctions will not break the Liberation Front, and they will not break the fishermen of Port Amsel "
    "either, whatever the ministry in Velgrad tells the foreign press about the winter ahead"
)
STORE_COMMANDS = ("quotes", "speakers", "articles", "export", "failures")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "newsroom.db"
    with open_store(path) as store:
        for result in (
            news(Said(LONG, "Dana Varek", about=("Liberation Front",)), url="https://sn.example/1"),
            news(
                Said("We will answer the sanctions", "Ms. Varek", name="Varek"),
                outlet="Harbour Post",
                published="2017-06-09",
                url="https://hp.example/2",
            ),
            news(
                Said("the levy would be scrapped", "A. Varek", kind="indirect"),
                outlet="Coastal Herald",
                published="2017-07-15",
            ),
        ):
            store.save_article(result, extractor="test.v1")
        store.add_failure(Failure("https://hp.example/gone", "HTTP 404", "ingest", "page removed"))
    return path


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(main, list(args), env={"QUOTETRAIL_DB": str(db), "COLUMNS": "200"})


def jsonl(result: Result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def store_commands() -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []
    for name in STORE_COMMANDS:
        command = main.commands[name]
        found.append((name, command))
        if isinstance(command, click.Group):
            found.extend((f"{name} {sub}", cmd) for sub, cmd in command.commands.items())
    return found


@pytest.mark.parametrize(("path", "command"), store_commands(), ids=[p for p, _ in store_commands()])
def test_every_store_command_and_option_is_documented(path: str, command: click.Command, db: Path) -> None:
    result = run(db, *path.split(), "--help")
    assert result.exit_code == 0
    assert (command.help or "").strip(), f"{path} has no help text"
    for param in command.params:
        if isinstance(param, click.Option):
            assert (param.help or "").strip(), f"{path} {param.opts} has no help"


def test_speakers_help_documents_the_alias_file(db: Path) -> None:
    result = run(db, "speakers", "--help")
    assert '[speakers."Dana Varek"]' in result.output and "distinct" in result.output


def test_quotes_table_is_readable_and_truncates_long_quotes(db: Path) -> None:
    result = run(db, "quotes", "sanctions")
    assert result.exit_code == 0, result.output
    assert "Dana Varek" in result.output and "Harbour Post" in result.output
    assert "…" in result.output and "winter ahead" not in result.output


def test_quotes_with_every_filter_of_the_issue(db: Path) -> None:
    result = run(
        db,
        "quotes",
        "sanctions",
        "--speaker",
        "Varek",
        "--about",
        "Liberation Front",
        "--outlet",
        "State News",
        "--since",
        "2017-06-01",
        "--until",
        "2017-07-01",
        "--kind",
        "direct",
        "--format",
        "jsonl",
    )
    (row,) = jsonl(result)
    assert row["quote"] == LONG
    assert (row["speaker_identity"], row["outlet"], row["published"]) == (
        "Dana Varek",
        "State News",
        "2017-06-05",
    )
    assert row["url"] == "https://sn.example/1" and row["statement_id"] and row["article_id"]


def test_quotes_as_csv(db: Path) -> None:
    result = run(db, "quotes", "--format", "csv", "--speaker", "Dana Varek")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["speaker"] for r in rows] == ["Dana Varek", "Ms. Varek"]


def test_quotes_pages_with_limit_and_offset(db: Path) -> None:
    everything = [r["quote"] for r in jsonl(run(db, "quotes", "--format", "jsonl"))]
    page = [
        r["quote"] for r in jsonl(run(db, "quotes", "--format", "jsonl", "--limit", "1", "--offset", "1"))
    ]
    assert page == everything[1:2]


@pytest.mark.parametrize("typed", ['"', "-", "--", "NEAR(", "\u201c", "'; DROP TABLE statements; --"])
def test_quotes_survives_hostile_queries(db: Path, typed: str) -> None:
    result = run(db, "quotes", "--format", "jsonl", "--", typed)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["quotes", "--since", "2017-13-01"], "since '2017-13-01' is not a date"),
        (["quotes", "--kind", "rumour"], "Invalid value for '--kind'"),
        (["speakers", "merge", "Nobody Atall", "Dana Varek"], "no speaker called 'Nobody Atall'"),
        (["speakers", "split", "Dana Varek", "Dana Varek"], "cannot split 'Dana Varek' from itself"),
        (["export", "--format", "parquet", "--out", "-"], "parquet needs a file"),
    ],
)
def test_mistakes_are_reported_without_a_traceback(db: Path, args: list[str], message: str) -> None:
    result = run(db, *args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_missing_store_is_named_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    for command in STORE_COMMANDS:
        result = run(missing, command) if command != "export" else run(missing, command, "--out", "-")
        assert result.exit_code == 2, command
        assert "nowhere.db: no store here" in result.output
    assert not missing.exists()


def test_db_option_wins_over_the_environment(db: Path, tmp_path: Path) -> None:
    result = run(tmp_path / "nowhere.db", "quotes", "--db", str(db), "--format", "jsonl")
    assert len(jsonl(result)) == 3


def test_speakers_lists_one_row_per_speaker(db: Path) -> None:
    rows = jsonl(run(db, "speakers", "--format", "jsonl"))
    assert [(r["name"], r["statements"]) for r in rows] == [("Dana Varek", 2), ("A. Varek", 1)]
    assert rows[0]["aliases"] == ["Varek"] and rows[0]["outlets"] == ["Harbour Post", "State News"]
    table = run(db, "speakers")
    assert "Dana Varek" in table.output and "2017-06-05" in table.output
    assert (
        list(csv.DictReader(io.StringIO(run(db, "speakers", "--format", "csv").stdout)))[1]["name"]
        == "A. Varek"
    )


@pytest.mark.parametrize("db_first", [True, False], ids=["speakers --db X merge", "speakers merge --db X"])
def test_merge_then_split_from_the_command_line(db: Path, tmp_path: Path, db_first: bool) -> None:
    nowhere = tmp_path / "nowhere.db"
    where = ["speakers", "--db", str(db), "merge"] if db_first else ["speakers", "merge", "--db", str(db)]
    merged = run(nowhere, *where, "A. Varek", "Dana Varek")
    assert merged.exit_code == 0, merged.output
    assert "merged: Dana Varek (person)" in merged.output
    assert [r["name"] for r in jsonl(run(db, "speakers", "--format", "jsonl"))] == ["Dana Varek"]
    split = run(db, "speakers", "split", "Dana Varek", "A. Varek")
    assert split.exit_code == 0 and "A. Varek is now a speaker of its own" in split.output
    assert len(jsonl(run(db, "speakers", "--format", "jsonl"))) == 2


def test_an_alias_file_from_the_command_line(db: Path, tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[speakers."Dana Varek"]\naliases = ["A. Varek"]\n', encoding="utf-8")
    result = run(db, "speakers", "aliases", str(aliases))
    assert result.exit_code == 0, result.output
    assert [r["name"] for r in jsonl(run(db, "speakers", "--format", "jsonl"))] == ["Dana Varek"]


def test_articles_list_with_filters_and_text(db: Path) -> None:
    rows = jsonl(run(db, "articles", "--format", "jsonl", "--since", "2017-06-06", "--text"))
    assert [(r["outlet"], r["statements"]) for r in rows] == [("Harbour Post", 1), ("Coastal Herald", 1)]
    assert "We will answer the sanctions" in rows[0]["text"]
    assert "text" not in jsonl(run(db, "articles", "--format", "jsonl"))[0]
    assert "State News" in run(db, "articles", "--outlet", "state news").output


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_writes_every_statement_to_a_file(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"statements.{fmt}"
    result = run(db, "export", "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "wrote 3 statements" in result.stderr
    if fmt == "jsonl":
        assert [json.loads(line)["speaker_identity"] for line in out.read_text().splitlines()] == [
            "Dana Varek",
            "Dana Varek",
            "A. Varek",
        ]
    elif fmt == "csv":
        assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 3
    else:
        import pyarrow.parquet as pq

        assert pq.read_table(out).num_rows == 3


def test_export_filters_and_writes_to_standard_output(db: Path) -> None:
    rows = jsonl(run(db, "export", "--out", "-", "--outlet", "Coastal Herald"))
    assert [r["quote"] for r in rows] == ["the levy would be scrapped"]


def test_failures_say_what_why_and_where(db: Path) -> None:
    (row,) = jsonl(run(db, "failures", "--format", "jsonl"))
    assert row == {
        "source": "https://hp.example/gone",
        "stage": "ingest",
        "reason": "HTTP 404",
        "detail": "page removed",
    }
    assert "HTTP 404" in run(db, "failures").output


def test_store_commands_never_load_spacy(db: Path) -> None:
    code = (
        "import sys\n"
        "from quotetrail.cli import main\n"
        f"main(['quotes', 'sanctions', '--db', {str(db)!r}, '--format', 'jsonl'], standalone_mode=False)\n"
        f"main(['speakers', '--db', {str(db)!r}], standalone_mode=False)\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_quotes_newest_first(db: Path) -> None:
    rows = jsonl(run(db, "quotes", "--format", "jsonl", "--newest-first"))
    assert [r["published"] for r in rows] == ["2017-07-15", "2017-06-09", "2017-06-05"]


def test_every_db_option_shows_its_default(db: Path) -> None:
    for path, command in store_commands():
        if any(isinstance(p, click.Option) and p.name == "db_path" for p in command.params):
            result = run(db, *path.split(), "--help")
            assert "[default: quotetrail.db]" in " ".join(result.output.split()), path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("no/such/folder/statements", "folder {tmp}/no/such/folder does not exist"),
        ("newsroom.db/statements", "{tmp}/newsroom.db is not a folder"),
    ],
)
def test_export_into_a_folder_that_is_not_there_is_refused_before_any_work(
    db: Path, tmp_path: Path, fmt: str, where: str, reason: str
) -> None:
    out = tmp_path / f"{where}.{fmt}"
    result = run(db, "export", "--format", fmt, "--out", str(out))
    assert result.exit_code == 2
    assert result.output == f"error: cannot write {out}: {reason.format(tmp=tmp_path)}\n"
    assert not out.exists()


full_disk = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")


@full_disk
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_to_a_full_disk_names_the_file_and_the_reason(db: Path, fmt: str) -> None:
    result = run(db, "export", "--format", fmt, "--out", "/dev/full")
    assert result.exit_code == 2
    assert result.output.startswith("error: cannot write /dev/full: ")
    assert "No space left on device" in result.output and "Traceback" not in result.output


@full_disk
@pytest.mark.parametrize(
    "args",
    [
        ["quotes"],
        ["quotes", "--format", "jsonl"],
        ["speakers", "--format", "csv"],
        ["articles"],
        ["export", "--out", "-"],
    ],
    ids=" ".join,
)
def test_standard_output_on_a_full_disk_is_one_line_of_error(db: Path, args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "quotetrail", *args, "--db", str(db)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    assert (result.returncode, result.stderr) == (
        2,
        "error: cannot write standard output: No space left on device\n",
    )


@pytest.mark.parametrize(
    ("raised", "message"),
    [
        (FileNotFoundError(2, "No such file or directory", "/srv/feeds/x.opml"),
         "error: cannot read or write /srv/feeds/x.opml: No such file or directory"),
        (PermissionError(13, "Permission denied", "a.db", None, "b.db"),
         "error: cannot read or write a.db -> b.db: Permission denied"),
        (OSError(5, "Input/output error"), "error: input or output failed: Input/output error"),
    ],
)  # fmt: skip
def test_the_entry_point_turns_system_errors_into_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], raised: OSError, message: str
) -> None:
    import quotetrail.cli as cli

    def failing(**_: object) -> None:
        raise raised

    monkeypatch.setattr(sys, "stdout", sys.stdout)  # put back after the test, whatever run() does to it
    monkeypatch.setattr(cli, "main", failing)
    with pytest.raises(SystemExit) as exited:
        cli.run()
    assert exited.value.code == 2
    assert capsys.readouterr().err == message + "\n"
