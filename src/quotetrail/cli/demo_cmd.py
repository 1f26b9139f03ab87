"""`quotetrail demo`: ingest the bundled demo corpus and show who said what."""

from __future__ import annotations

from pathlib import Path

import click

from quotetrail.cli.options import db_option
from quotetrail.model import Statement

LATEST_PER_SPEAKER = 2
BUSIEST = 8


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _quote(st: Statement, limit: int = 110) -> str:
    text = " ".join(st.quote.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@click.command("demo")
@db_option("The store to fill; $QUOTETRAIL_DB sets the default.")
def demo_command(db_path: Path) -> None:
    """Ingest the demo corpus (text, JSON Lines, HTML, RSS, WARC) and print the busiest speakers.

    The corpus is fictional: six invented outlets covering an invented country over
    six weeks of 2017. Running it again stores nothing twice.
    """
    from rich.console import Console
    from rich.markup import escape

    from quotetrail import demo, open_store
    from quotetrail.pipeline import ingest_articles, ingest_into_store

    console = Console()
    sources = [str(p) for p in demo.demo_sources() if p.parent != demo.TEXT_DIR]
    with open_store(db_path) as store:
        console.print(f"[bold]Ingesting the demo corpus into {escape(str(db_path))}[/bold]")
        with console.status("extracting statements…"):
            first = ingest_articles(demo.text_articles(), store)
            second = ingest_into_store(sources, store)
        counts = store.counts()
        replaced = first.replaced + second.replaced
        again = f" ({replaced} of them re-extracted by a newer extractor)" if replaced else ""
        console.print(
            f"new articles {first.articles + second.articles}{again}, already stored {first.skipped + second.skipped}, "
            f"failures {first.failures + second.failures}; the store holds {counts.get('articles', 0)} articles, "
            f"{counts.get('statements', 0)} statements, {counts.get('speakers', 0)} speakers.\n"
        )
        for failure in first.first_failures + second.first_failures:
            console.print(f"[red]failed[/red] {escape(failure.source)}: {escape(failure.reason)}")
        console.print("[bold]Busiest speakers and their latest statements[/bold]")
        for record in store.speakers(limit=BUSIEST):
            who = record.identity
            roles = f" — {escape(', '.join(record.roles[:2]))}" if record.roles else ""
            console.print(
                f"\n[bold cyan]{escape(who.name)}[/bold cyan] ({who.type}{roles}): {_count(record.statements, 'statement')} "
                f"in {_count(len(record.outlets), 'outlet')}, {record.first_seen} – {record.last_seen}"
            )
            latest = list(store.quotes(speaker=who.name, order="published"))[-LATEST_PER_SPEAKER:]
            for stored in reversed(latest):
                st = stored.statement
                console.print(
                    f"  {str(stored.published or '?')[:10]}  [green]{escape(stored.outlet or '?')}[/green]  "
                    f"{escape(st.cue or '—')} ({st.kind}): “{escape(_quote(st))}”",
                    highlight=False,
                )


def register(group: click.Group) -> None:
    group.add_command(demo_command)
