"""``quotetrail ingest``: read files, folders, pages, feeds and archives into the store.

Only click is imported at module level: the heavy stack (spaCy, trafilatura,
httpx) loads when the command runs, so other commands start fast.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import click

from quotetrail.cli.options import db_option

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from quotetrail.pipeline import IngestSummary

# Libraries that log every odd page at WARNING or above; failures are reported as data instead.
_CHATTY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


def register(group: click.Group) -> None:
    group.add_command(ingest)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def describe(summary: IngestSummary) -> str:
    """One line of counts: what was stored (re-extractions among it), skipped and failed."""
    ingested = f"{_count(summary.articles, 'article')} ingested"
    if summary.replaced:
        if summary.replaced != summary.articles:
            which = f"{summary.replaced:,} of them "
        else:
            which = f"all {summary.articles:,} " if summary.articles > 1 else ""
        ingested += f" ({which}re-extracted by a newer extractor)"
    ingested += f" with {_count(summary.statements, 'statement')}"
    return "; ".join((ingested, f"{summary.skipped:,} already stored", _count(summary.failures, "failure")))


class _ProgressDisplay:
    """A progress line on stderr, shown only once a run takes more than a moment."""

    def __init__(self, *, enabled: bool, delay: float = 0.5) -> None:
        self.enabled = enabled
        self.delay = delay
        self._started_at = time.monotonic()
        self._live: tuple[Progress, TaskID] | None = None
        self.latest: IngestSummary | None = None  # the counts so far, for a report if interrupted

    def __enter__(self) -> _ProgressDisplay:
        self._started_at = time.monotonic()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._live is not None:
            self._live[0].stop()

    def __call__(self, summary: IngestSummary) -> None:
        self.latest = summary
        if not self.enabled:
            return
        if self._live is None:
            if time.monotonic() - self._started_at < self.delay:
                return
            self._live = self._start()
        progress, task = self._live
        progress.update(task, description=self._counts(summary))

    @staticmethod
    def _start() -> tuple[Progress, TaskID]:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=Console(file=sys.stderr),
            transient=True,
        )
        progress.start()
        return progress, progress.add_task("ingesting", total=None)

    @staticmethod
    def _counts(summary: IngestSummary) -> str:
        return (
            f"{_count(summary.articles, 'article')} · {_count(summary.statements, 'statement')} · "
            f"{summary.skipped:,} skipped · {_count(summary.failures, 'failure')}"
        )


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@db_option("The store to write to (created on first use); $QUOTETRAIL_DB sets the default.")
@click.option("--outlet", default=None, help="Record this outlet for every article, whatever pages say.")
@click.option(
    "--quiet", "-q", is_flag=True, help="No progress bar and no summary; failures are still listed."
)
def ingest(sources: tuple[str, ...], db_path: Path, outlet: str | None, quiet: bool) -> None:
    """Read SOURCES into the store and extract their statements.

    SOURCES are files, folders and http(s) URLs. Each file is recognised by
    its content, whatever its name: plain text (one article), JSON Lines (one
    article a line: `text`, optional `title`, `url`, `outlet`, `published`,
    `author`, `lang`), HTML pages, RSS/Atom feeds (each entry's page is
    fetched), and WARC/WARC.gz archives.

    A folder is read recursively, but only for files named like news: .txt
    .text .html .htm .xhtml .xml .rss .atom .jsonl .ndjson .warc .warc.gz, or
    with no extension. Other files (README.md, images, code) and hidden files
    and folders are passed over; name a file on its own to read it anyway.

    Articles already stored are skipped, so an interrupted run can simply be
    run again. Sources that cannot be read are recorded as failures, listed at
    the end; the exit code is 1 when there were any.
    """
    from quotetrail.ingest import HttpClient
    from quotetrail.pipeline import ingest_into_store
    from quotetrail.store import open_store

    for name in _CHATTY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    display = _ProgressDisplay(enabled=not quiet and sys.stderr.isatty())
    try:
        with open_store(db_path) as store, HttpClient() as client, display:
            summary = ingest_into_store(sources, store, progress=display, client=client, outlet=outlet)
    except KeyboardInterrupt:
        so_far = f" {describe(display.latest)}." if display.latest is not None else ""
        click.echo(f"interrupted:{so_far} What was saved is kept; run the same command to go on.", err=True)
        sys.exit(130)
    if not quiet:
        click.echo(describe(summary), err=True)
    for failure in summary.first_failures:
        click.echo(f"  failed [{failure.stage}] {failure.source}: {failure.reason}", err=True)
    unlisted = summary.failures - len(summary.first_failures)
    if unlisted > 0:
        click.echo(f"  … and {unlisted:,} more failures, all recorded in {db_path}", err=True)
    if not summary.ok:
        sys.exit(1)
