"""A person's gender, as the article tells it.

- **Titles**: an honorific or a gendered title right before the name or
  heading an appositive after it (``Ms. Tovek``, ``spokeswoman Ilona Marsh``,
  ``Chelsea Clinton, Hillary Clinton's daughter``) — strong evidence.
- **Pronouns**: the pronoun that follows a name as the subject of the next
  clause (``Idris Malvane said he``, ``Tovek, who …, said she``) or opens the
  next sentence after a sentence that starts with the name — weak evidence,
  outvoted by titles.
- **Given names**: some 3,300 of one gender each, from many languages (``Mary``, ``John``; ``resources/given_names.txt``),
  counted once per person — between the two.

Votes are counted per person (full name); conflicting evidence gives no gender.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from quotetrail.model import Span
from quotetrail.resolve.words import given_name_gender, word_gender

TITLE_WEIGHT = 3
NAME_WEIGHT = 2
PRONOUN_WEIGHT = 1
ROLE_WINDOW = 80
# The name's own verb, then the pronoun as the subject (or possessive) of what follows.
PRONOUN_AFTER = re.compile(
    r"^(?:\s*,[^,.;:!?“”\"«»]{1,120},)?\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+(?:ed|s)|said|told|wrote|thought|felt|knew|spoke|made|took|gave|had|was)\s+"
    r"(?:that\s+)?(?P<pronoun>he|she|his)\b"
)
NEXT_SENTENCE_PRONOUN = re.compile(r"^[^.!?\n“”\"]{0,200}[.!?][”\"’]?\s+(?P<pronoun>He|She)\b")
POSSESSIVE_AFTER = re.compile(r"[’']s?\b")


class Occurrence(Protocol):
    """A place where a person is named (``names.Named``)."""

    @property
    def span(self) -> Span: ...


def appositive_head(text: str, end: int) -> str:
    """The last word of an appositive right after ``end`` (``, the group's director,`` -> ``director``)."""
    after = text[end : end + ROLE_WINDOW]
    if not after.startswith(", "):
        return ""
    words = re.split(r"[,.;:!?)\n“”\"]", after[2:])[0].split()
    if not words:
        return ""
    if words[0].lower() not in ("the", "a", "an", "its", "his", "her", "their") and not re.search(
        r"[’']s$", words[0]
    ):
        return ""
    return words[-1].lower()


def titled_gender(text: str, span: Span) -> str | None:
    """Gender told by a title at this occurrence: the word before, the first word, an appositive."""
    before = text[max(0, span.start - 30) : span.start].replace(",", " ").split()
    written = text[span.start : span.end].split()
    found = {word_gender(w) for w in [*before[-1:], *written[:1], appositive_head(text, span.end)]}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


OccurrenceT = TypeVar("OccurrenceT", bound=Occurrence)


def learn_genders(
    text: str,
    people: Sequence[OccurrenceT],
    key_of: Callable[[OccurrenceT], str],
    starts_sentence: Callable[[int], bool],
    unresolved: frozenset[int] = frozenset(),
) -> dict[str, str]:
    """Gender per person key, where the evidence leans at least two to one. A pronoun standing at
    an offset in ``unresolved`` (a speaker still to be resolved) is no evidence: "Mayor Mary Farrow
    toured the depot. He said …" must not make Farrow a man because of the very "He" being resolved."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: {"m": 0, "f": 0})
    for i, named in enumerate(people):
        tally = votes[key_of(named)]
        titled = titled_gender(text, named.span)
        if titled is not None:
            tally[titled] += TITLE_WEIGHT
        end = people[i + 1].span.start if i + 1 < len(people) else len(text)
        after = text[named.span.end : min(end, named.span.end + 300)]
        if POSSESSIVE_AFTER.match(after):
            continue  # what follows a possessive is about the thing possessed
        found = PRONOUN_AFTER.match(after)
        if found is None and starts_sentence(named.span.start):
            found = NEXT_SENTENCE_PRONOUN.match(after)
        if found is not None and named.span.end + found.start("pronoun") not in unresolved:
            tally["m" if found.group("pronoun").lower() in ("he", "his") else "f"] += PRONOUN_WEIGHT
    for key, tally in votes.items():
        words = key.split()
        given = given_name_gender(words[0]) if len(words) >= 2 else None
        if given is not None:
            tally[given] += NAME_WEIGHT
    genders = {}
    for key, tally in votes.items():
        if tally["m"] > 2 * tally["f"]:
            genders[key] = "m"
        elif tally["f"] > 2 * tally["m"]:
            genders[key] = "f"
    return genders
