"""Hide what is not prose from the parser without moving a single offset.

Articles arrive with residue: zero-width characters, HTML tags, character entities, and wire
datelines ("DRAVIN – ") that the parser would read as a sentence's subject. The
extractor works on a *masked* copy of the same length (tags and zero-width characters become
spaces, ``&ldquo;`` becomes ``“`` padded with spaces), so every span found in the copy is a
span of the original; the fields' text is then taken again from the original, exactly as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotetrail.extraction.phrases import DATELINE
from quotetrail.model import Mention, Span, Statement

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), " ")
TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>")
ENTITIES = {
    "&ldquo;": "“",
    "&rdquo;": "”",
    "&lsquo;": "‘",
    "&rsquo;": "’",
    "&laquo;": "«",
    "&raquo;": "»",
    "&quot;": '"',
    "&#34;": '"',
    "&#39;": "'",
    "&apos;": "'",
    "&amp;": "&",
    "&nbsp;": " ",
    "&mdash;": "—",
    "&ndash;": "–",
}
ENTITY = re.compile("|".join(map(re.escape, ENTITIES)))
LINE_START = re.compile(r"(?:^|\n)[ \t]*(?=[A-Z]{3})")
DATELINE_HERE = re.compile(DATELINE.pattern.removeprefix("^"))  # matched at a line start, not the text's


def mask(text: str) -> str:
    """The same text, same length, with residue turned into spaces or the characters it stands for."""
    masked = text.translate(ZERO_WIDTH)
    if "<" in masked:
        masked = TAG.sub(lambda m: " " * len(m.group()), masked)
    if "&" in masked:
        masked = ENTITY.sub(lambda m: ENTITIES[m.group()].ljust(len(m.group())), masked)
    return _mask_datelines(masked)


def _mask_datelines(text: str) -> str:
    """ "DRAVIN – President Halvast said …": a wire dateline opening a paragraph is not part of the
    sentence, and the parser would take the place for the subject."""
    pieces: list[str] = []
    done = 0
    for line in LINE_START.finditer(text):
        m = DATELINE_HERE.match(text, line.end())
        if m is None or m.end() >= len(text) or text[m.end()] == "\n":
            continue
        pieces += [text[done : m.start()], " " * (m.end() - m.start())]
        done = m.end()
    return "".join(pieces) + text[done:] if pieces else text


def _text(original: str, span: Span | None) -> str | None:
    return original[span.start : span.end] if span is not None else None


def unmask(statement: Statement, original: str) -> Statement:
    """Take a statement's texts again from the original (its spans are the same)."""
    return replace(
        statement,
        quote=" ".join(original[p.start : p.end] for p in statement.quote_spans),
        speaker=_text(original, statement.speaker_span) if statement.speaker_span else statement.speaker,
        cue=_text(original, statement.cue_span) if statement.cue_span else statement.cue,
        venue=_text(original, statement.venue_span) if statement.venue_span else statement.venue,
        targets=tuple(replace(t, text=original[t.span.start : t.span.end]) for t in statement.targets),
    )


def unmask_mention(mention: Mention, original: str) -> Mention:
    return replace(mention, text=original[mention.span.start : mention.span.end])
