"""`quotetrail ingest`: the command's summary, exit codes, options and quiet output.

These run the real extractor on a few short fictional articles; they check
what the command stores and says, not what the extractor finds.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from ingest_samples import BRIDGE_STORY, FERRY_STORY, LIBRARY_STORY, WarcPage, jsonl, news_page, warc_archive

from quotetrail.cli import main
from quotetrail.cli.ingest_cmd import _ProgressDisplay, describe
from quotetrail.ingest.sources import ARTICLE_FILE_SUFFIXES
from quotetrail.pipeline import IngestSummary
from quotetrail.store import open_store

STORIES = (BRIDGE_STORY, FERRY_STORY, LIBRARY_STORY)


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(
        jsonl([{"text": "\n\n".join(story), "outlet": "The Harbour Ledger"} for story in STORIES])
    )
    return path


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["ingest", *args], env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def article_count(db: Path) -> int:
    with open_store(db, create=False) as store:
        return store.counts()["articles"]


def test_a_clean_ingest_exits_zero_and_says_what_it_stored(dump: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    code, out, err = run(str(dump), "--db", str(db))
    assert code == 0, err
    assert out == ""  # stdout stays free for data
    assert err.startswith("3 articles ingested with ")
    assert "0 already stored; 0 failures" in err
    assert article_count(db) == 3


def test_running_it_again_skips_what_is_stored(dump: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    run(str(dump), "--db", str(db))
    code, _, err = run(str(dump), "--db", str(db))
    assert code == 0
    assert err.startswith("0 articles ingested with 0 statements; 3 already stored; 0 failures")
    assert article_count(db) == 3


def test_failures_are_listed_with_source_and_reason_and_exit_one(dump: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\xff" * 500)
    code, _, err = run(str(dump), str(junk), str(tmp_path / "missing.html"), "--db", str(db))
    assert code == 1
    assert "3 articles ingested" in err and "2 failures" in err
    assert f"  failed [ingest] {junk}: not text: binary data (NUL bytes)" in err
    assert f"  failed [ingest] {tmp_path / 'missing.html'}: no such file or folder" in err
    assert article_count(db) == 3  # the good articles of the same run are kept


def test_quiet_drops_the_summary_but_still_lists_failures(dump: Path, tmp_path: Path) -> None:
    code, _, err = run(str(dump), str(tmp_path / "missing.txt"), "--db", str(tmp_path / "q.db"), "--quiet")
    assert code == 1
    assert "ingested" not in err
    assert err.strip() == f"failed [ingest] {tmp_path / 'missing.txt'}: no such file or folder"


def test_the_database_comes_from_the_environment_when_not_given(dump: Path, tmp_path: Path) -> None:
    db = tmp_path / "from-env.db"
    code, _, _ = run(str(dump), env={"QUOTETRAIL_DB": str(db)})
    assert code == 0
    assert article_count(db) == 3


def test_the_outlet_option_is_recorded_for_every_article(dump: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    run(str(dump), "--db", str(db), "--outlet", "Quillmouth Courier")
    with open_store(db) as store:
        assert {stored.article.outlet for stored in store.articles()} == {"Quillmouth Courier"}


def test_sources_are_required() -> None:
    code, _, err = run()
    assert code == 2
    assert "Missing argument 'SOURCES...'" in err


def test_an_interrupted_ingest_says_what_it_kept_and_exits_130(
    dump: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(
        sources: object, store: object, *, progress: Callable[[IngestSummary], None], **_: object
    ) -> None:
        progress(IngestSummary(articles=2, statements=5))
        raise KeyboardInterrupt

    monkeypatch.setattr("quotetrail.pipeline.ingest_into_store", interrupted)
    code, _, err = run(str(dump), "--db", str(tmp_path / "news.db"))
    assert code == 130
    assert err.startswith("interrupted: 2 articles ingested with 5 statements;")
    assert "run the same command to go on" in err


def test_no_progress_bar_when_stderr_is_not_a_terminal(dump: Path, tmp_path: Path) -> None:
    _, _, err = run(str(dump), "--db", str(tmp_path / "news.db"))
    assert "·" not in err and "\r" not in err


def test_the_progress_display_waits_a_moment_then_shows_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", io.StringIO())
    summary = IngestSummary(articles=12, statements=40, skipped=3, failures=1)
    with _ProgressDisplay(enabled=True, delay=60) as patient:
        patient(summary)
        assert patient._live is None  # a quick run never shows a bar
    with _ProgressDisplay(enabled=True, delay=0) as display:
        display(summary)
        assert display._live is not None
        progress, task = display._live
        assert progress.tasks[task].description == "12 articles · 40 statements · 3 skipped · 1 failure"


def test_a_disabled_progress_display_shows_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", io.StringIO())
    with _ProgressDisplay(enabled=False, delay=0) as display:
        display(IngestSummary(articles=1))
        assert display._live is None


@pytest.mark.parametrize(
    ("summary", "line"),
    [
        (IngestSummary(), "0 articles ingested with 0 statements; 0 already stored; 0 failures"),
        (
            IngestSummary(articles=1, statements=1, failures=1),
            "1 article ingested with 1 statement; 0 already stored; 1 failure",
        ),
        (
            IngestSummary(articles=11, statements=40, replaced=11),
            "11 articles ingested (all 11 re-extracted by a newer extractor) with 40 statements; "
            "0 already stored; 0 failures",
        ),
        (
            IngestSummary(articles=1, statements=3, replaced=1),
            "1 article ingested (re-extracted by a newer extractor) with 3 statements; "
            "0 already stored; 0 failures",
        ),
        (
            IngestSummary(articles=1200, statements=4810, replaced=5, skipped=2, failures=1),
            "1,200 articles ingested (5 of them re-extracted by a newer extractor) with 4,810 statements; "
            "2 already stored; 1 failure",
        ),
    ],
)
def test_the_summary_line_counts_re_extracted_articles_among_the_ingested(
    summary: IngestSummary, line: str
) -> None:
    assert describe(summary) == line


def test_the_help_says_which_files_a_folder_takes() -> None:
    result = CliRunner().invoke(main, ["ingest", "--help"], terminal_width=200)
    assert result.exit_code == 0
    help_text = " ".join(result.output.split())
    for suffix in ARTICLE_FILE_SUFFIXES:
        assert f" {suffix} " in help_text or f" {suffix}," in help_text, suffix
    assert "no extension" in help_text and "hidden files and folders are passed over" in help_text


def test_a_truncated_warc_is_a_failure_naming_the_archive_and_the_cut_record(tmp_path: Path) -> None:
    pages = [
        WarcPage(
            f"https://harbourledger.example/{n}", news_page(f"Story {n}", story, canonical=None).encode()
        )
        for n, story in enumerate(STORIES)
    ]
    whole = warc_archive(pages, gzip=False)
    last = whole.rindex(b"WARC/1.0\r\n")
    crawl = tmp_path / "crawl.warc"
    crawl.write_bytes(whole[: last + 300])  # as `head -c` leaves it: inside the last record's headers
    db = tmp_path / "news.db"
    code, _, err = run(str(crawl), "--db", str(db))
    assert code == 1, err
    assert "2 articles ingested" in err and "1 failure" in err
    assert f"  failed [ingest] {crawl}: truncated record at byte {last}: record 4 " in err
    assert "Error" not in err
    assert article_count(db) == 2
