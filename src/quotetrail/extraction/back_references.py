"""Statements that point back at the sentence before them.

Nigerian, Ghanaian and South Asian papers often give the claim first and its source after:
"The state will pay the pensioners' arrears before March. The Head of Service, Mulikat
Adeyemi-Oke, made this known in a statement on Sunday." / "He expressed these views while addressing
a ceremony at the Governor House on Thursday." The second sentence's verb reports "this", which
says nothing; what was said is the sentence before. Read literally, the extractor recorded "this"
as the claim and left the real one unattributed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quotetrail.model import Span

if TYPE_CHECKING:
    from quotetrail.model import Statement, StatementKind

# What the verb reports when it points back: "disclosed this", "made this known", "expressed these views".
POINTING = re.compile(
    r"(?:this|these|this known|these views|these remarks|these comments|this information|the disclosure)"
    r"(?:\s+(?:known\s+)?(?:to|in|at|on|while|during|when|after|before|through)\b.*)?",
    re.I | re.S,
)
# The verbs that point back so (their written forms, as the cue gives them, after any auxiliary).
POINTING_VERBS = re.compile(
    r"(?:\w+\s+)*(?:disclosed|stated|said|made|expressed|revealed|confirmed|announced|noted|gave|told)\b",
    re.I,
)
QUOTE_MARKS = re.compile(r"[“”\"‘’«»]")
# Words a full stop follows without ending the sentence: "Engr. Tunde Balogun", "Mr. Ade".
NOT_SENTENCE_ENDS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "engr",
        "alh",
        "amb",
        "pst",
        "ch",
        "hon",
        "prof",
        "gen",
        "col",
        "lt",
        "capt",
        "sgt",
        "st",
        "jr",
        "sr",
        "no",
    }
)


def point_back(text: str, statements: list[Statement]) -> list[Statement]:
    """``statements`` with each "X disclosed this" made X's statement of the sentence before it.

    When that sentence is already someone's reported statement ("…, its Managing Director has said.
    Bello-Danjuma stated this on Wednesday"), the pointing statement adds only its day and venue
    to it. A pointer with no sentence before it in its paragraph says nothing and is dropped."""
    out = list(statements)
    dropped: set[int] = set()
    for k, st in enumerate(statements):
        if st.cue is None or st.cue_span is None or not POINTING.fullmatch(st.quote.strip(" .,")):
            continue
        if not POINTING_VERBS.fullmatch(st.cue.strip()):
            continue
        opening = min(
            st.cue_span.start, st.speaker_span.start if st.speaker_span is not None else st.cue_span.start
        )
        before = _sentence_before(text, opening)
        if before is None:
            dropped.add(k)
            continue
        reported = [
            j
            for j, other in enumerate(statements)
            if j != k and other.speaker is not None and _covers(other, before) and _of_saying(other)
        ]
        if reported:
            j = reported[0]
            out[j] = replace(
                out[j],
                said_on=out[j].said_on or st.said_on,
                venue=out[j].venue or st.venue,
                venue_span=out[j].venue_span if out[j].venue else st.venue_span,
            )
            dropped.add(k)
            continue
        quote = text[before.start : before.end]
        kind: StatementKind = "mixed" if QUOTE_MARKS.search(quote) else "indirect"
        out[k] = replace(st, quote=quote, quote_spans=(before,), kind=kind, targets=())
    return sorted((s for j, s in enumerate(out) if j not in dropped), key=lambda s: s.start)


def _sentence_before(text: str, opening: int) -> Span | None:
    """The sentence ending right before ``opening``, within its paragraph, without its full stop."""
    end = opening
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    if end == 0 or text[end - 1] not in '.!?”"’':
        return None  # the pointer does not open its sentence
    stop = end
    while stop > 0 and text[stop - 1] in '.!?”"’':
        stop -= 1
    start = stop
    while start > 0:
        ch = text[start - 1]
        if ch == "\n":
            break
        if ch in ".!?" and text[start : start + 1].isspace() and not _abbreviation(text, start - 1):
            break
        start -= 1
    while start < stop and text[start].isspace():
        start += 1
    if stop - start < 12:
        return None
    return Span(start, stop if text[stop - 1] not in ".!?" else stop - 1)


def _abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"(\w+)$", text[max(0, dot - 8) : dot])
    return word is not None and (word.group(1).lower() in NOT_SENTENCE_ENDS or len(word.group(1)) == 1)


def _covers(statement: Statement, sentence: Span) -> bool:
    """The statement is the sentence's: its cue is in it ("“We will win,” Varek said."), or its
    content is most of it."""
    cue = statement.cue_span
    if cue is not None and sentence.start <= cue.start < sentence.end:
        return True
    inside = sum(
        max(0, min(p.end, sentence.end) - max(p.start, sentence.start)) for p in statement.quote_spans
    )
    return inside * 2 >= sentence.end - sentence.start


def _of_saying(statement: Statement) -> bool:
    """A statement reported by a verb of saying ("has said", "stressed"), not a plan or a deed the
    cue model took for one ("The Government has concluded plans to …")."""
    return (
        statement.cue is not None
        and re.search(
            r"\b(?:said|says|told|stated|stressed|added|noted|announced|disclosed|declared|warned|explained)\b",
            statement.cue,
            re.I,
        )
        is not None
    )
