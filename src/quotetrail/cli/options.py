"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

DEFAULT_DB = "quotetrail.db"

F = TypeVar("F", bound=Callable[..., Any])


def db_option(help: str = "The store to use; $QUOTETRAIL_DB sets the default.") -> Callable[[F], F]:
    """``--db PATH``: the SQLite store, default ./quotetrail.db or $QUOTETRAIL_DB."""
    return click.option(
        "--db",
        "db_path",
        envvar="QUOTETRAIL_DB",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False, path_type=Path),
        help=help,
    )
