"""The command line: a thin layer over the library.

Each command group lives in its own module and registers itself on ``main``.
"""

from __future__ import annotations

import importlib
import sys

import click

from quotetrail import __version__
from quotetrail.errors import QuotetrailError

# Modules that define commands; each exposes ``register(group: click.Group) -> None``.
COMMAND_MODULES: tuple[str, ...] = (
    "quotetrail.cli.extract_cmd",
    "quotetrail.cli.demo_cmd",
    "quotetrail.cli.eval_cmd",
    "quotetrail.cli.ingest_cmd",
    "quotetrail.cli.store_cmds",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotetrail")
def main() -> None:
    """quotetrail: who said what, about whom, where and when, in the news."""


for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(main)


def run() -> None:  # pragma: no cover - console entry for `python -m quotetrail`
    try:
        main(standalone_mode=True)
    except QuotetrailError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
