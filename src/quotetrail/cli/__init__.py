"""The command line: a thin layer over the library.

Each command group lives in its own module and registers itself on ``main``.
"""

from __future__ import annotations

import importlib
import io
import os
import sys
from typing import TYPE_CHECKING

import click

from quotetrail import __version__
from quotetrail.errors import QuotetrailError

if TYPE_CHECKING:
    from typing_extensions import Buffer

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


def run() -> None:
    """The console entry point: an error is one line on standard error and exit status 2, no traceback."""
    _name_standard_output_errors()
    try:
        try:
            main(standalone_mode=True)
        finally:
            _flush_standard_output()  # output still buffered fails here, not after exit
    except QuotetrailError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except OSError as exc:  # a full disk, a missing folder: the system's reason, and where
        click.echo(f"error: {describe_os_error(exc)}", err=True)
        sys.exit(2)


class StandardOutputError(OSError):
    """Standard output could not be written (a full disk, a device error)."""


def describe_os_error(exc: OSError) -> str:
    """``cannot read or write <path>: <reason>`` for an error the operating system reported."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    if isinstance(exc, StandardOutputError):
        return f"cannot write standard output: {reason}"
    if exc.filename is None:
        return f"input or output failed: {reason}"
    path = f"{exc.filename} -> {exc.filename2}" if exc.filename2 is not None else str(exc.filename)
    return f"cannot read or write {path}: {reason}"


class _StandardOutputFile(io.RawIOBase):
    """File descriptor 1, whose write errors say they are standard output's."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self.fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def write(self, data: Buffer) -> int:
        try:
            return os.write(self.fd, data)
        except OSError as exc:
            raise StandardOutputError(exc.errno, exc.strerror) from exc


def _name_standard_output_errors() -> None:
    """Write standard output through :class:`_StandardOutputFile` (same encoding and buffering)."""
    stream = sys.stdout
    try:
        stream.flush()
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a file descriptor (embedded, or replaced): leave it as it is
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(_StandardOutputFile(fd)),
        encoding=stream.encoding,
        errors=stream.errors,
        line_buffering=bool(stream.line_buffering),
    )


def _flush_standard_output() -> None:
    """Flush standard output; when that fails, send what is left to the null device so exit stays quiet."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
            os.close(null)
        except (OSError, ValueError):
            pass  # not a file descriptor: nothing is flushed at exit either
        if isinstance(exc, StandardOutputError):
            raise
        raise StandardOutputError(exc.errno, exc.strerror) from exc
