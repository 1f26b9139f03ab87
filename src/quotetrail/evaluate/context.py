"""The sentence around a span, for error records people read (no parser: a few rules).

A sentence ends at a line break, or at ``.``/``!``/``?`` (and any closing
quote marks) followed by space and a capital, unless the word before the full
stop is a title or abbreviation (``Mr.``, ``Sen.``, ``Nov.``), an initial
(``J.``) or dotted (``U.S.``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotetrail.model import Span

CONTEXT_CHARS = 300
ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm"}
    | {"rev", "st", "jr", "sr", "mt", "ft", "no", "vs", "etc", "inc", "corp", "co", "ltd"}
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
_SENTENCE_END = re.compile(r"(?P<end>[.!?][\"”’'»)]*)\s+(?=[\"“‘'«(]?[A-Z])|\n")
_LAST_WORD = re.compile(r"(\w[\w.]*)$")


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    if match.group("end") is None or not match.group("end").startswith("."):
        return True  # a line break, ! or ?
    word = _LAST_WORD.search(text, max(0, match.start() - 20), match.start())
    if word is None:
        return True
    token = word.group(1)
    return not (len(token) == 1 or "." in token or token.lower() in ABBREVIATIONS)


def _boundaries(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Sentence ends lying within ``[start, end)`` (the look-ahead may peek past ``end``)."""
    found = _SENTENCE_END.finditer(text, start, min(len(text), end + 3))
    return [m for m in found if m.end() <= end and _ends_sentence(text, m)]


def sentence_around(text: str, spans: Sequence[Span]) -> str:
    """The sentence(s) holding ``spans``, whitespace collapsed, at most ~300 characters each side.

    A cut that is not a sentence boundary is marked with ``…``.
    """
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    window_start, window_end = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    before = _boundaries(text, window_start, start)
    left = before[-1].end() if before else window_start
    after = _boundaries(text, end, window_end)
    right = window_end
    if after:
        right = after[0].end("end") if after[0].group("end") else after[0].start()
    prefix = "…" if not before and window_start > 0 else ""
    suffix = "…" if not after and right < len(text) else ""
    return prefix + " ".join(text[left:right].split()) + suffix
