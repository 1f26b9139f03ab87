"""Reading the PolNeAR attribution corpus (brat standoff) one article at a time.

A split directory (``train/`` or ``dev/``) holds ``text/NAME.txt`` and
``attributions/NAME_ANNOTATOR.ann``; a flat directory with both kinds of file
side by side is read too. When an article has several annotators' files, the
first in sorted order is used. Publication dates come from ``metadata.tsv`` in
the directory or its parent (column ``publication_date``, matched on
``filename``).

In an ``.ann`` file only two kinds of line count:

- ``T`` lines, ``T12<TAB>Type start end[;start end...]<TAB>text``: a span, possibly
  in pieces;
- ``E`` lines, ``E3<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``: one
  attribution tying its roles to spans. The first item is the trigger; roles
  may be missing (an implicit source); ``Content2`` and the like are further
  pieces of the content.

Everything else (annotator notes, ``Discard``/``Discuss`` spans never tied to an
attribution, continuation lines of multi-line span texts) is ignored.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from quotetrail.errors import EvalError
from quotetrail.model import Span

TEXT_LINE = re.compile(r"^T(\d+)\t(\S+) ([\d; ]+)\t")
SPAN_LINE_START = re.compile(r"^T\d+\t")
EVENT_LINE = re.compile(r"^E(\d+)\t(.*)$")
PIECE = re.compile(r"^\s*(\d+) (\d+)\s*$")
ROLE_NAMES: dict[str, str] = {"Source": "source", "Cue": "cue", "Content": "content"}
METADATA_FILE = "metadata.tsv"


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution: the pieces of each role (empty when the role is absent)."""

    event_id: str
    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()
    content: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article's text and its gold attributions, in annotation order."""

    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    publication_date: date | None
    text_path: Path
    ann_path: Path


@dataclass(frozen=True, slots=True)
class ArticleFiles:
    """Where one article's text and its chosen annotation file are."""

    name: str
    text_path: Path
    ann_path: Path


def _role_of(role: str) -> str | None:
    """``Content2`` -> ``content``; unknown roles -> None."""
    return ROLE_NAMES.get(role.rstrip("0123456789"))


def _parse_pieces(field: str, where: str) -> tuple[Span, ...]:
    pieces: list[Span] = []
    for chunk in field.split(";"):
        match = PIECE.match(chunk)
        if match is None:
            raise EvalError(f"{where}: span {field.strip()!r} is not 'start end[;start end...]'")
        start, end = int(match.group(1)), int(match.group(2))
        if end < start:
            raise EvalError(f"{where}: span piece {start} {end} ends before it starts")
        pieces.append(Span(start, end))
    return tuple(sorted(pieces))


def parse_ann(ann_text: str, *, text_length: int, source: str) -> tuple[GoldAttribution, ...]:
    """The attributions of one ``.ann`` file's contents (``source`` names it in errors)."""
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[tuple[str, str, int]] = []
    for number, line in enumerate(ann_text.splitlines(), start=1):
        where = f"{source}:{number}"
        match = TEXT_LINE.match(line)
        if match is not None:
            pieces = _parse_pieces(match.group(3), where)
            last_end = max(piece.end for piece in pieces)
            if last_end > text_length:
                raise EvalError(
                    f"{where}: span ends at {last_end}, past the end of the text ({text_length} characters)"
                )
            spans["T" + match.group(1)] = pieces
        elif SPAN_LINE_START.match(line):
            raise EvalError(f"{where}: malformed span line {line[:80]!r}")
        else:
            event = EVENT_LINE.match(line)
            if event is not None:
                events.append(("E" + event.group(1), event.group(2), number))
    return tuple(_attribution(event_id, body, spans, f"{source}:{n}") for event_id, body, n in events)


def _attribution(event_id: str, body: str, spans: dict[str, tuple[Span, ...]], where: str) -> GoldAttribution:
    roles: dict[str, list[Span]] = {"source": [], "cue": [], "content": []}
    for position, item in enumerate(body.split()):
        role, sep, ref = item.partition(":")
        if not sep or not ref:
            raise EvalError(f"{where}: attribution item {item!r} is not 'Role:T<n>'")
        if ref not in spans:
            raise EvalError(f"{where}: attribution {event_id} refers to {ref}, which is not a span line")
        name = _role_of(role)
        if position == 0 or name is None:
            continue  # the trigger (Attribution / Attribution-no-source) or a role we do not score
        roles[name].extend(spans[ref])
    return GoldAttribution(
        event_id=event_id,
        source=tuple(sorted(set(roles["source"]))),
        cue=tuple(sorted(set(roles["cue"]))),
        content=tuple(sorted(set(roles["content"]))),
    )


def _read_text(path: Path, encoding: str = "utf-8") -> str:
    try:
        with path.open(encoding=encoding, newline="") as handle:  # offsets count every character as stored
            return handle.read()
    except UnicodeDecodeError as exc:
        raise EvalError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise EvalError(f"{path}: cannot read ({exc.strerror})") from exc


class PolnearCorpus:
    """A PolNeAR split directory: its article files, dates and fingerprint.

    Opening lists file names only; texts are read one article at a time by
    :meth:`articles`.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if not self.path.is_dir():
            raise EvalError(f"{self.path}: PolNeAR directory not found")
        ann_dir = self._subdir("attributions")
        text_dir = self._subdir("text")
        ann_paths = sorted(ann_dir.glob("*.ann"))
        if not ann_paths:
            raise EvalError(
                f"{ann_dir}: no .ann files (expected a PolNeAR split such as dev/ holding "
                "attributions/NAME_ANNOTATOR.ann and text/NAME.txt)"
            )
        chosen: dict[str, Path] = {}
        for ann_path in ann_paths:  # sorted, so the first annotator of each article wins
            chosen.setdefault(article_name(ann_path), ann_path)
        self.files: tuple[ArticleFiles, ...] = tuple(
            ArticleFiles(name, text_dir / f"{name}.txt", ann_path)
            for name, ann_path in sorted(chosen.items())
        )
        missing = [f.text_path for f in self.files if not f.text_path.is_file()]
        if missing:
            more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
            raise EvalError(f"{missing[0]}: text file missing for its annotations{more}")
        self.metadata_path = self._metadata_path()
        self.dates = read_publication_dates(self.metadata_path) if self.metadata_path else {}

    def _subdir(self, name: str) -> Path:
        candidate = self.path / name
        return candidate if candidate.is_dir() else self.path

    def _metadata_path(self) -> Path | None:
        for folder in (self.path, self.path.parent):
            candidate = folder / METADATA_FILE
            if candidate.is_file():
                return candidate
        return None

    def __len__(self) -> int:
        return len(self.files)

    def read(self, files: ArticleFiles) -> GoldArticle:
        """Read and parse one article."""
        text = _read_text(files.text_path)
        attributions = parse_ann(
            _read_text(files.ann_path, "utf-8-sig"), text_length=len(text), source=str(files.ann_path)
        )
        return GoldArticle(
            name=files.name,
            text=text,
            attributions=attributions,
            publication_date=self.dates.get(files.name),
            text_path=files.text_path,
            ann_path=files.ann_path,
        )

    def articles(self, limit: int | None = None) -> Iterator[GoldArticle]:
        """The articles in name order, read one at a time (the first ``limit`` only, if given)."""
        for files in self.files[:limit]:
            yield self.read(files)

    def fingerprint(self) -> str:
        """sha256 over every file under the directory, plus the metadata file used.

        Files are taken in sorted order of their relative POSIX path; each adds
        ``path NUL size NUL contents``. A metadata file found in the parent
        directory is named ``../metadata.tsv``.
        """
        digest = hashlib.sha256()
        entries = sorted(
            (p.relative_to(self.path).as_posix(), p) for p in self.path.rglob("*") if p.is_file()
        )
        if self.metadata_path is not None and self.metadata_path.parent != self.path:
            entries.append((f"../{METADATA_FILE}", self.metadata_path))
        for name, file_path in entries:
            digest.update(f"{name}\0{file_path.stat().st_size}\0".encode())
            with file_path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 16), b""):
                    digest.update(block)
        return digest.hexdigest()


def article_name(ann_path: Path) -> str:
    """``NAME_ANNOTATOR.ann`` -> ``NAME`` (names may themselves contain underscores)."""
    stem = ann_path.stem
    return stem.rsplit("_", 1)[0] if "_" in stem else stem


def read_publication_dates(path: Path) -> dict[str, date]:
    """Article name -> publication date from a PolNeAR ``metadata.tsv``."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t")
            columns = set(reader.fieldnames or ())
            if not {"filename", "publication_date"} <= columns:
                raise EvalError(f"{path}: needs columns 'filename' and 'publication_date'")
            dates: dict[str, date] = {}
            for row in reader:
                try:
                    dates[row["filename"].removesuffix(".txt")] = date.fromisoformat(
                        row["publication_date"][:10]
                    )
                except (ValueError, TypeError, AttributeError):
                    continue  # an unknown date leaves the article undated
            return dates
    except UnicodeDecodeError as exc:
        raise EvalError(f"{path}: not UTF-8 text ({exc.reason})") from exc
