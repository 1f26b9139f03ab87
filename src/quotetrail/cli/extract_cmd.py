"""`quotetrail extract`: statements from text files or standard input."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

import click

from quotetrail.errors import DecodeError, QuotetrailError
from quotetrail.model import Statement

MAX_QUOTE_CHARS = 90


def read_text(source: str, stdin: TextIO | None = None) -> str:
    """Read one input as text: UTF-8 (a byte-order mark is kept as a character) or UTF-16 with its
    byte-order mark; a clear error naming the file otherwise."""
    if source == "-":
        data = (stdin or sys.stdin).buffer.read() if hasattr(stdin or sys.stdin, "buffer") else None
        if data is None:
            return (stdin or sys.stdin).read()
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise QuotetrailError(f"{source}: cannot read ({exc.strerror or exc})") from exc
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if b"\x00" in data[:4096] and not utf16:
        raise DecodeError(source, "binary data (NUL bytes), not text")
    # Offsets are into the text exactly as read: a UTF-8 byte-order mark stays, as U+FEFF, where
    # open(path, encoding="utf-8") puts it; UTF-16 needs its mark to be read at all.
    encoding = "utf-16" if utf16 else "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(source, f"not valid {encoding.upper()} at byte {exc.start}") from exc


def _short(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    """--date is checked before any input is read: a bad date is a usage error, not a failed file."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _print_table(source: str, statements: list[Statement], outlet: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    where = f"{source} ({outlet})" if outlet else source
    table = Table(show_lines=False, expand=False)
    for column in ("speaker", "cue", "kind", "quote"):
        table.add_column(column, overflow="fold")
    for st in statements:
        speaker = st.speaker_name or st.speaker or "—"
        if st.speaker and st.speaker_name and st.speaker.lower() != st.speaker_name.lower():
            speaker = f"{st.speaker_name} ({_short(st.speaker, 30)})"
        # Text, not markup: an editor's "[the minister]" inside a quote is the quote's own text.
        table.add_row(*(Text(cell) for cell in (speaker, st.cue or "—", st.kind, _short(st.quote))))
    console = Console(highlight=False)
    # The heading is a line of its own, never folded to the table's width: a long path stays whole.
    console.print(f"{where}: {len(statements)} statements", soft_wrap=True, markup=False)
    console.print(table)


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl"]),
    default="table",
    show_default=True,
    help="table: readable; jsonl: one statement a line (see docs/statement.schema.json).",
)
@click.option(
    "--date",
    "article_date",
    default=None,
    metavar="YYYY-MM-DD",
    callback=_iso_date,
    help="The article's publication date, to resolve 'on Thursday', 'last week' (a dispatch's dateline date, when earlier, dates its weekdays).",
)
@click.option(
    "--outlet",
    default=None,
    help="The outlet that published the text: in the table's title and each JSON line.",
)
def extract_command(inputs: tuple[str, ...], fmt: str, article_date: date | None, outlet: str | None) -> None:
    """Find who said what in text files (or - for standard input).

    Each INPUT is a path to a UTF-8 text file holding one article, or - for
    standard input. Files that cannot be read are reported on stderr; the others
    are still processed, and the exit code is 1 when any input failed.
    """
    from quotetrail import extract

    failed = []
    for source in inputs:
        try:
            text = read_text(source)
            statements = extract(text, date=article_date, outlet=outlet)
        except QuotetrailError as exc:
            click.echo(f"error: {exc}", err=True)
            failed.append(source)
            continue
        if fmt == "jsonl":
            for st in statements:
                record = st.to_dict(source=source)
                if outlet:
                    record = {"source": source, "outlet": outlet, **record}
                click.echo(json.dumps(record, ensure_ascii=False))
        else:
            _print_table(source, statements, outlet)
    if failed:
        click.echo(f"{len(failed)} of {len(inputs)} inputs failed: {', '.join(failed)}", err=True)
        sys.exit(1)


def register(group: click.Group) -> None:
    group.add_command(extract_command)
