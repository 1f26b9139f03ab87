"""Answers that take the occasion and the day of the question they answer.

A briefing, a podcast or question time is written as the question, with where and when, then the
answer in the next sentence with neither: "At the daily briefing on Tuesday, a reporter asked whether
the ceasefire was holding. “It is fragile,” Ilan Vos said." The answer was given there and then; read
alone, it had no venue and no date (red team 181).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotetrail.model import Statement

# The cues of a question, and of the answer that takes its occasion.
ASKING = re.compile(r"(?:\w+\s+)*(?:asked|asks|questioned|pressed)(?:\s+(?:about|on|over|whether|if))?", re.I)
ANSWERING = re.compile(
    r"(?:\w+\s+)*(?:said|says|replied|replies|answered|answers|responded|responds|told|added|insisted)\b",
    re.I,
)


def answered_where_asked(text: str, statements: list[Statement]) -> list[Statement]:
    """``statements`` (in text order), each answer in the sentence right after a question given the
    question's venue and day when it states neither itself."""
    out = list(statements)
    for k in range(1, len(out)):
        question, answer = out[k - 1], out[k]
        if not (
            question.cue and ASKING.fullmatch(question.cue) and answer.cue and ANSWERING.fullmatch(answer.cue)
        ):
            continue
        if question.venue is None and question.said_on is None:
            continue
        if answer.venue is not None or answer.said_on is not None:
            continue
        if answer.speaker_name is not None and answer.speaker_name == question.speaker_name:
            continue  # "Vos asked … Vos said …": no answer to one's own question
        asked_end = max(s.end for s in question.quote_spans)
        answered_at = min(
            [s.start for s in answer.quote_spans]
            + ([answer.speaker_span.start] if answer.speaker_span else [])
        )
        gap = text[asked_end:answered_at]
        if (
            answered_at < asked_end
            or "\n\n" in gap
            or not re.fullmatch(r"[\s.?!”\"’'“‘]*[.?!][\s”\"’'“‘]*", gap)
        ):
            continue  # the answer opens the sentence right after the question, which ends with it
        out[k] = replace(
            answer, venue=question.venue, venue_span=question.venue_span, said_on=question.said_on
        )
    return out
