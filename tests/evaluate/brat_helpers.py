"""Writing tiny fictional PolNeAR-style corpora (brat standoff) for the evaluation tests.

Offsets are never typed by hand: :func:`at` finds a phrase in the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from quotetrail.model import Span, Statement

ANNOTATOR = "a1b2"


def at(text: str, phrase: str, nth: int = 1) -> Span:
    """The span of the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase))


def t_line(number: int, kind: str, text: str, *pieces: Span) -> str:
    offsets = ";".join(f"{p.start} {p.end}" for p in pieces)
    return f"T{number}\t{kind} {offsets}\t" + " ".join(p.text_of(text) for p in pieces)


@dataclass
class AnnBuilder:
    """Builds an .ann file: each :meth:`attribution` adds T lines and one E line."""

    text: str
    lines: list[str] = field(default_factory=list)
    next_t: int = 1
    next_e: int = 1

    def span(self, kind: str, *pieces: Span) -> str:
        number = self.next_t
        self.next_t += 1
        self.lines.append(t_line(number, kind, self.text, *pieces))
        return f"T{number}"

    def attribution(
        self,
        *,
        content: Sequence[Span] = (),
        cue: Sequence[Span] = (),
        source: Sequence[Span] = (),
    ) -> AnnBuilder:
        roles: list[str] = []
        trigger = self.span("Attribution", *cue) if cue else self.span("Attribution", Span(0, 0))
        if content:
            roles.append("Content:" + self.span("Content", *content))
        if cue:
            roles.append("Cue:" + self.span("Cue", *cue))
        if source:
            roles.append("Source:" + self.span("Source", *source))
        kind = "Attribution" if source else "Attribution-no-source"
        self.lines.append(f"E{self.next_e}\t{kind}:{trigger} " + " ".join(roles))
        self.next_e += 1
        return self

    def render(self) -> str:
        return "\n".join(self.lines) + "\n"


def write_article(
    root: Path, name: str, text: str, ann: str | AnnBuilder, *, annotator: str = ANNOTATOR
) -> Path:
    """Write ``root/text/NAME.txt`` and ``root/attributions/NAME_ANNOTATOR.ann``; returns the .ann path."""
    (root / "text").mkdir(parents=True, exist_ok=True)
    (root / "attributions").mkdir(parents=True, exist_ok=True)
    (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
    ann_path = root / "attributions" / f"{name}_{annotator}.ann"
    ann_path.write_text(ann if isinstance(ann, str) else ann.render(), encoding="utf-8")
    return ann_path


def write_metadata(folder: Path, dates: dict[str, str]) -> Path:
    path = folder / "metadata.tsv"
    rows = ["compartment\tfilename\tpublisher\tpublication_date\ttitle"]
    rows += [f"dev\t{name}\tcorvale-ledger\t{day}\tA fictional title" for name, day in dates.items()]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def statement(
    text: str,
    *quote: Span,
    kind: str = "direct",
    speaker: Span | None = None,
    speaker_name: str | None = None,
    cue: Span | None = None,
) -> Statement:
    """A predicted statement built from spans of ``text``."""
    return Statement(
        kind=kind,  # type: ignore[arg-type]
        quote=" ".join(q.text_of(text) for q in quote),
        quote_spans=tuple(quote),
        speaker=speaker.text_of(text) if speaker else None,
        speaker_span=speaker,
        speaker_name=speaker_name,
        cue=cue.text_of(text) if cue else None,
        cue_span=cue,
        extractor="fake.v0",
    )


class FakeExtractor:
    """Returns prepared statements per text and records each call's date."""

    def __init__(self, by_text: dict[str, list[Statement]] | None = None) -> None:
        self.by_text = by_text or {}
        self.calls: list[tuple[str, date | None]] = []

    def __call__(self, text: str, *, date: date | None = None) -> list[Statement]:
        self.calls.append((text, date))
        return self.by_text.get(text, [])
