"""Store commands: quotes, speakers (merge, split, aliases), articles, export, failures.

A thin layer over :mod:`quotetrail.store`. Nothing here imports spaCy; rich loads
only when a table is printed, so these commands start fast.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from quotetrail.cli.options import db_option
from quotetrail.errors import QuotetrailError
from quotetrail.model import STATEMENT_KINDS, Failure, SpeakerRecord, StoredArticle, StoredStatement
from quotetrail.store.export import ARTICLE_COLUMNS, FAILURE_COLUMNS, SPEAKER_COLUMNS, STATEMENT_COLUMNS

if TYPE_CHECKING:
    from quotetrail.store import Store

TABLE_LIMIT = 50
QUOTE_WIDTH = 160
F = TypeVar("F", bound=Callable[..., Any])

ALIAS_FILE_HELP = """\b
Alias file format (TOML):
    [speakers."Dana Varek"]
    aliases = ["A. Varek", "Chairwoman Varek"]  # names that are this speaker
    distinct = ["Varek"]                        # names that never are
    type = "person"                             # optional, see below

\b
type (person, organization, group, anonymous or unknown) is the speaker's type
from then on, whatever the extractor said: statements under these names join
this speaker whatever type they were given, and a person's surname alone
(`Ms. Varek`) can find them.
"""


class StoreCommandError(click.ClickException):
    """A QuotetrailError shown as ``error: ...`` (as every command shows errors) with exit status 2."""

    exit_code = 2

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"error: {self.format_message()}", file=file, err=file is None)


def register(group: click.Group) -> None:
    for command in (quotes, speakers, articles, export, failures):
        group.add_command(command)


# -- shared options --------------------------------------------------------------------------------


def aliases_option(command: F) -> F:
    return click.option(
        "--aliases",
        "alias_file",
        envvar="QUOTETRAIL_ALIASES",
        default=None,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="A TOML alias file to apply first (kept in the store); $QUOTETRAIL_ALIASES sets it.",
    )(command)


def format_option(
    choices: Sequence[str] = ("table", "jsonl", "csv"), default: str = "table"
) -> Callable[[F], F]:
    return click.option(
        "--format", "fmt", type=click.Choice(list(choices)), default=default, show_default=True,
        help="Output format.",
    )  # fmt: skip


@dataclass(frozen=True)
class Filters:
    """The QUERY and filter options shared by ``quotes`` and ``export``."""

    query: str | None = None
    speaker: str | None = None
    about: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None

    def find(self, store: Store, **options: Any) -> Iterator[StoredStatement]:
        return store.quotes(
            self.query, speaker=self.speaker, about=self.about, outlet=self.outlet, since=self.since,
            until=self.until, kind=self.kind, **options,
        )  # fmt: skip


def statement_filters(command: Callable[..., None]) -> Callable[..., None]:
    """Add QUERY and the filter options; the command receives them as one ``filters: Filters``."""

    @functools.wraps(command)
    def with_filters(**kwargs: Any) -> None:
        names = [f.name for f in fields(Filters)]
        command(filters=Filters(**{name: kwargs.pop(name) for name in names}), **kwargs)

    options = [
        click.argument("query", required=False),
        click.option(
            "--speaker",
            help="A speaker's name or alias; whole words of a name match too (Varek: every Varek). A "
            "gendered title (Ms. Varek) leaves out speakers the store knows only by titles of the other "
            "gender (Mr., chairman); speakers it knows no title of stay in.",
        ),
        click.option("--about", help="Statements whose targets (entities) contain this name."),
        click.option("--outlet", help="An outlet's name, any case."),
        click.option("--since", metavar="YYYY-MM-DD", help="Articles published on or after this day."),
        click.option("--until", metavar="YYYY-MM-DD", help="Articles published on or before this day."),
        click.option("--kind", type=click.Choice(list(STATEMENT_KINDS)), help="Direct, indirect or mixed."),
    ]
    decorated: Callable[..., None] = with_filters
    for option in reversed(options):
        decorated = option(decorated)
    return decorated


@contextmanager
def opened(db_path: Path, alias_file: Path | None = None) -> Iterator[Store]:
    """The store at ``db_path`` (which must exist); library errors become clean CLI errors."""
    from quotetrail.store import open_store

    try:
        with open_store(db_path, create=False, aliases=alias_file) as store:
            yield store
    except QuotetrailError as exc:
        raise StoreCommandError(str(exc)) from exc


# -- output ----------------------------------------------------------------------------------------


def _stdout() -> IO[str]:
    return sys.stdout


def _short(text: str | None, width: int = QUOTE_WIDTH) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_table(
    title: str, headers: Sequence[str], rows: Iterable[Sequence[str]], limit: int | None
) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title), title_justify="left", show_lines=False)
    for header in headers:
        table.add_column(header, overflow="fold")
    count = 0
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))  # stored text, never rich markup
        count += 1
    console = Console(file=_stdout(), highlight=False, soft_wrap=False)
    console.print(table)
    if limit is not None and count == limit:
        console.print(f"showing the first {count}; use --limit/--offset, or --format jsonl for all")


def _emit(fmt: str, records: Iterable[Any], columns: Sequence[str], out: IO[str] | None = None) -> int:
    """Write records as JSON Lines or CSV (with these columns); return how many."""
    from quotetrail.store.export import write_csv, write_jsonl

    stream = out or _stdout()
    if fmt == "jsonl":
        return write_jsonl(records, stream)
    return write_csv(records, stream, columns)


def _statement_row(found: StoredStatement) -> list[str]:
    st = found.statement
    speaker = found.speaker_identity or st.speaker_name or st.speaker or "?"
    about = ", ".join(dict.fromkeys(t.name or t.text for t in st.targets))
    published = found.published.isoformat()[:10] if found.published else ""
    return [published, found.outlet or "", speaker, st.kind, _short(st.quote), _short(about, 60)]


def _speaker_row(record: SpeakerRecord) -> list[str]:
    ident = record.identity
    seen = " – ".join(d.isoformat() for d in (record.first_seen, record.last_seen) if d)
    return [
        ident.name, ident.type, _short(", ".join(ident.aliases), 60), _short(", ".join(record.roles), 40),
        str(record.statements), _short(", ".join(record.outlets), 60), seen,
    ]  # fmt: skip


def _article_row(stored: StoredArticle) -> list[str]:
    a = stored.article
    published = a.published.isoformat()[:10] if a.published else ""
    return [
        published,
        a.outlet or "",
        _short(a.title or a.source, 70),
        a.url or a.source,
        str(stored.statements),
    ]


def _failure_row(failure: Failure) -> list[str]:
    return [failure.stage, failure.source, failure.reason, _short(failure.detail, 80)]


# -- commands --------------------------------------------------------------------------------------


@click.command("quotes")
@statement_filters
@click.option(
    "--limit", type=click.IntRange(min=0), help=f"At most this many (table default: {TABLE_LIMIT})."
)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@click.option("--newest-first", is_flag=True, help="Newest articles first (default: oldest first).")
@format_option()
@db_option()
@aliases_option
def quotes(
    filters: Filters,
    limit: int | None,
    offset: int,
    newest_first: bool,
    fmt: str,
    db_path: Path,
    alias_file: Path | None,
) -> None:
    """Find stored statements: QUERY searches their text, options filter.

    \b
    QUERY: plain words must all occur; "a phrase" in quotes must occur as
    written; word* matches words starting with "word"; OR between two words
    matches either. Other punctuation is taken as text, so any query is safe.
    --since/--until are on the article's publication day (inclusive); undated
    articles are then left out. Results come in publication order, undated
    articles last.

    \b
    Example:
      quotetrail quotes sanctions --speaker Varek --about "Liberation Front" \\
          --since 2017-06-01 --until 2017-07-01 --kind direct --format jsonl
    """
    if fmt == "table" and limit is None:
        limit = TABLE_LIMIT
    with opened(db_path, alias_file) as store:
        found = filters.find(
            store, limit=limit, offset=offset, order="newest" if newest_first else "published"
        )
        if fmt == "table":
            headers = ("published", "outlet", "speaker", "kind", "quote", "about")
            _print_table("statements", headers, map(_statement_row, found), limit)
        else:
            _emit(fmt, found, STATEMENT_COLUMNS)


@click.group("speakers", invoke_without_command=True, epilog=ALIAS_FILE_HELP)
@click.option("--name", help="Only speakers with this name or alias (whole words match too).")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many, most quoted first.")
@format_option()
@db_option()
@aliases_option
@click.pass_context
def speakers(
    ctx: click.Context, name: str | None, limit: int | None, fmt: str, db_path: Path, alias_file: Path | None
) -> None:
    """List speakers across articles, or merge and split them.

    One row per speaker: name, type, aliases, roles, number of statements,
    outlets, first and last publication day. The same person named `Dana
    Varek`, `Ms. Varek` or `Varek` in different articles is one speaker; two
    people sharing a surname stay apart when their full names differ. Correct
    mistakes with `merge` and `split` (kept in the store and re-applied to
    later ingests) or with an alias file.
    """
    ctx.obj = {"db": db_path, "aliases": alias_file}
    if ctx.invoked_subcommand is not None:
        return
    with opened(db_path, alias_file) as store:
        records = store.speakers(name, limit=limit)
        if fmt == "table":
            headers = ("speaker", "type", "aliases", "roles", "statements", "outlets", "seen")
            _print_table("speakers", headers, map(_speaker_row, records), None)
        else:
            _emit(fmt, records, SPEAKER_COLUMNS)


def _group_db(ctx: click.Context, db_path: Path) -> tuple[Path, Path | None]:
    """The store a `speakers` subcommand uses: its own --db if given, else the group's (and its alias file)."""
    parent = ctx.obj or {}
    given = ctx.get_parameter_source("db_path") == click.core.ParameterSource.COMMANDLINE
    return (db_path if given else parent.get("db") or db_path), parent.get("aliases")


@speakers.command("merge")
@click.argument("name")
@click.argument("into")
@click.option("--as", "as_name", help="Name the merged speaker this (default: INTO's name).")
@db_option()
@click.pass_context
def merge(ctx: click.Context, name: str, into: str, as_name: str | None, db_path: Path) -> None:
    """Make the speaker called NAME the same as the one called INTO.

    NAME and INTO are names or aliases as `quotetrail speakers` shows them.
    The merge is kept in the store: statements arriving later under either
    name join the merged speaker.
    """
    path, alias_file = _group_db(ctx, db_path)
    with opened(path, alias_file) as store:
        merged = store.merge_speakers(name, into, as_name=as_name)
        aliases = ", ".join(a for a in merged.aliases if a != merged.name)
        click.echo(f"merged: {merged.name} ({merged.type}); aliases: {aliases or '-'}")


@speakers.command("split")
@click.argument("name")
@click.argument("alias")
@db_option()
@click.pass_context
def split(ctx: click.Context, name: str, alias: str, db_path: Path) -> None:
    """Take ALIAS away from the speaker called NAME.

    Statements made under ALIAS get a speaker of their own. The split is kept
    in the store: later statements under ALIAS never join NAME again.
    """
    path, alias_file = _group_db(ctx, db_path)
    with opened(path, alias_file) as store:
        apart = store.split_speaker(name, alias)
        if apart is None:
            click.echo(f"{alias!r} will no longer join {name!r} (no statements were moved)")
        else:
            click.echo(f"split: {apart.name} is now a speaker of its own")


@speakers.command("aliases", epilog=ALIAS_FILE_HELP)
@click.argument("alias_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option()
@click.pass_context
def load_aliases(ctx: click.Context, alias_file: Path, db_path: Path) -> None:
    """Apply the alias file ALIAS_FILE to the store and keep its rules for later ingests."""
    path, _ = _group_db(ctx, db_path)
    with opened(path, alias_file) as store:
        click.echo(f"applied {alias_file}; {store.counts()['speakers']:,} speakers in {path}")


@click.command("articles")
@click.option("--outlet", help="An outlet's name, any case.")
@click.option("--since", metavar="YYYY-MM-DD", help="Published on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Published on or before this day.")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many.")
@click.option("--text", "with_text", is_flag=True, help="Include the article text (jsonl and csv).")
@format_option()
@db_option()
def articles(
    outlet: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
    with_text: bool,
    fmt: str,
    db_path: Path,
) -> None:
    """List stored articles in publication order (undated last)."""
    with opened(db_path) as store:
        stored = store.articles(outlet, since, until, limit=limit)
        if fmt == "table":
            headers = ("published", "outlet", "title", "url", "statements")
            _print_table("articles", headers, map(_article_row, stored), None)
            return
        columns = (*ARTICLE_COLUMNS, "text") if with_text else ARTICLE_COLUMNS
        _emit(fmt, (_WithText(a, with_text) for a in stored), columns)


class _WithText:
    """An article record whose ``to_dict`` includes the text when asked."""

    def __init__(self, stored: StoredArticle, with_text: bool) -> None:
        self.stored, self.with_text = stored, with_text

    def to_dict(self) -> dict[str, Any]:
        return self.stored.to_dict(with_text=self.with_text)


@click.command("export")
@statement_filters
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
    help="jsonl: the statement contract plus article fields; csv: the same, flat; parquet: typed columns.",
)
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="The file to write; - for standard output (jsonl and csv).",
)
@db_option()
@aliases_option
def export(
    filters: Filters,
    fmt: str,
    out: Path,
    db_path: Path,
    alias_file: Path | None,
) -> None:
    """Write statements with their article and speaker to a file, in stored order.

    Takes the same QUERY and filters as `quotetrail quotes` (none: everything).
    Rows are streamed, so stores of any size export in flat memory.
    """
    to_stdout = str(out) == "-"
    if to_stdout and fmt == "parquet":
        raise StoreCommandError("parquet needs a file: pass --out FILE.parquet")
    if not to_stdout:
        _check_folder(out)
    with opened(db_path, alias_file) as store:
        found = filters.find(store, order="stored")
        count = _emit(fmt, found, STATEMENT_COLUMNS) if to_stdout else _write_file(fmt, found, out)
    if not to_stdout:
        click.echo(f"wrote {count:,} statements to {out}", err=True)


def _check_folder(out: Path) -> None:
    """Refuse, before any work, an output file whose folder is missing."""
    folder = out.parent
    if not folder.exists():
        raise StoreCommandError(f"cannot write {out}: folder {folder} does not exist")
    if not folder.is_dir():
        raise StoreCommandError(f"cannot write {out}: {folder} is not a folder")


def _write_file(fmt: str, found: Iterable[StoredStatement], out: Path) -> int:
    """Write statements to the file ``out``; errors from the system name the file."""
    from quotetrail.store.export import write_parquet

    try:
        if fmt == "parquet":
            return write_parquet(found, out)
        with out.open("w", encoding="utf-8", newline="") as stream:
            return _emit(fmt, found, STATEMENT_COLUMNS, stream)
    except QuotetrailError as exc:
        raise StoreCommandError(str(exc)) from exc
    except OSError as exc:
        reason = exc.strerror or " ".join(str(exc).split())
        raise StoreCommandError(f"cannot write {out}: {reason}") from exc


@click.command("failures")
@format_option()
@db_option()
def failures(fmt: str, db_path: Path) -> None:
    """List what could not be read or stored: the stage, the source, why, and details.

    A source that later ingests successfully is taken off this list.
    """
    with opened(db_path) as store:
        found = store.failures()
        if fmt == "table":
            _print_table("failures", ("stage", "source", "reason", "detail"), map(_failure_row, found), None)
        else:
            _emit(fmt, found, FAILURE_COLUMNS)
