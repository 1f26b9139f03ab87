"""`quotetrail eval polnear DIR`: score the extractor on PolNeAR."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from quotetrail.errors import QuotetrailError

if TYPE_CHECKING:
    from quotetrail.evaluate import EvalReport

POLNEAR_HELP = """Score the extractor on a PolNeAR split directory DIR (e.g. polnear/dev).

\b
Each article (first annotator file in sorted order) is compared with
quotetrail.extract(text, date=publication date from metadata.tsv).
Roles: source <-> speaker_span, cue <-> cue_span, content <-> quote_spans.
A span is the set of character offsets of its pieces, each trimmed of
whitespace, punctuation and quote marks; pieces with only such characters
between them are one passage (PolNeAR gives a quotation a piece per sentence);
spans empty after trimming are dropped.

\b
exact    span sets are equal; overlap: any shared character
         (greedy by largest overlap). Matching is one-to-one per article.
dedup    for source and cue, identical span sets within an article are
         counted once on each side (several attributions share one source
         string; one speaker span can serve several statements).
direct   gold content with a double quote mark, or starting with a single
         one; predicted kind direct or mixed; matched by overlap.
speaker  over matched direct quotes: right if the speaker span overlaps the
         gold source, or the gold source text equals the speaker text or
         occurs (whole words) in speaker_name, or neither side has a speaker.
         "span only" counts the first rule alone.
errors   --errors FILE writes one JSON object a line: article, role
         (source|cue|content|direct|speaker), error (missed|spurious|
         boundary|wrong), text, offsets, sentence; boundary, spurious and
         speaker lines add what was predicted, direct/speaker the gold source.
"""


class EvalFailed(click.ClickException):
    """A QuotetrailError shown as ``Error: ...`` with exit status 2 (as ``quotetrail.cli.run`` does)."""

    exit_code = 2


def _percent(value: float) -> str:
    return f"{value:.3f}"


def render_report(report: EvalReport, stream: IO[str]) -> None:
    """Print the report as tables (rich)."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, highlight=False, soft_wrap=True)
    table = Table(title=f"PolNeAR evaluation: {report.corpus}", title_justify="left")
    for header in ("role", "match", "gold", "predicted", "matched", "P", "R", "F1"):
        table.add_column(header, justify="left" if header in ("role", "match") else "right")
    rows = [
        (role, level, getattr(score, level))
        for role, score in report.roles.items()
        for level in ("exact", "overlap")
    ]
    rows.append(("direct quotes", "overlap", report.direct))
    for role, level, counts in rows:
        table.add_row(
            role,
            level,
            str(counts.gold),
            str(counts.predicted),
            str(counts.matched),
            _percent(counts.precision),
            _percent(counts.recall),
            _percent(counts.f1),
            end_section=level == "overlap",
        )
    console.print(table)
    speaker = report.speaker
    console.print(
        f"speaker accuracy on matched direct quotes: {_percent(speaker.accuracy)} "
        f"({speaker.correct}/{speaker.pairs}); span overlap only: {_percent(speaker.span_accuracy)} "
        f"({speaker.correct_by_span}/{speaker.pairs})"
    )
    limit = f" (--limit {report.limit})" if report.limit is not None else ""
    console.print(
        f"articles: {report.articles}{limit}   gold attributions: {report.gold_attributions}   "
        f"predicted statements: {report.predicted_statements}   seconds: {report.seconds:.1f}"
    )
    console.print(f"extractor: {', '.join(report.extractors) or 'unknown'}")
    console.print(f"corpus sha256: {report.fingerprint}")


def _progress_bar(enabled: bool) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not enabled,
        transient=True,
    )


@click.group(name="eval")
def eval_group() -> None:
    """Measure extraction quality on annotated corpora."""


@eval_group.command(name="polnear", help=POLNEAR_HELP)
@click.argument("directory", metavar="DIR", type=click.Path(path_type=Path))
@click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Only the first N articles (name order)."
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    default=None,
    help="Write one JSON line per missed / spurious / boundary / wrong-speaker item to FILE.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on stderr (default: when stderr is a terminal).",
)
def polnear_command(
    directory: Path, limit: int | None, as_json: bool, errors_path: Path | None, progress: bool | None
) -> None:
    from quotetrail.evaluate import evaluate_polnear

    show_progress = sys.stderr.isatty() if progress is None else progress
    errors_file = errors_path.open("w", encoding="utf-8") if errors_path is not None else None
    try:

        def write_error(record: dict[str, Any]) -> None:
            assert errors_file is not None
            errors_file.write(json.dumps(record, ensure_ascii=False) + "\n")

        with _progress_bar(show_progress) as bar:
            task = bar.add_task("PolNeAR", total=None)

            def advance(done: int, total: int, name: str) -> None:
                bar.update(task, completed=done, total=total, description=name[:40])

            report = evaluate_polnear(
                directory,
                limit=limit,
                progress=advance,
                errors=write_error if errors_file is not None else None,
            )
    except QuotetrailError as exc:
        raise EvalFailed(str(exc)) from exc
    finally:
        if errors_file is not None:
            errors_file.close()
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        render_report(report, sys.stdout)


def register(group: click.Group) -> None:
    group.add_command(eval_group)
