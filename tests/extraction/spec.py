"""The shape of the extraction specification tables.

One :class:`Case` is a short fictional news passage and what a reader would check in the statement
it contains. The statement is found by a distinctive piece of its content (``quote``, compared with
the tolerant rule ``case.quote in statement.quote``); every other field given is compared exactly
(speaker, speaker_name, kind, type, cue — the cue ignoring case, since it is the text as written),
or as a case-insensitive substring (role, venue). Fields left at ``UNCHECKED`` are not compared.
When several statements contain the quote, the case passes if any one of them matches.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

import pytest

from quotetrail.model import Statement


class _Unchecked:
    def __repr__(self) -> str:
        return "UNCHECKED"


UNCHECKED: Final[Any] = _Unchecked()

Extract = Callable[..., list[Statement]]


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    quote: str  # a distinctive substring of the statement's content
    also: tuple[str, ...] = ()  # more substrings the same content must contain
    not_also: tuple[str, ...] = ()  # substrings the content must not run on into
    kind: Any = UNCHECKED
    speaker: Any = UNCHECKED  # the mention exactly as in the text, or None
    speaker_name: Any = UNCHECKED  # exact, or None when nothing in the passage names the speaker
    role: Any = UNCHECKED  # substring of speaker_role, or None
    type: Any = UNCHECKED  # speaker_type
    cue: Any = UNCHECKED
    said_on: Any = UNCHECKED  # a date, or None
    venue: Any = UNCHECKED  # substring of venue, or None
    date: str | None = None  # the article's publication date, as given to extract()

    def param(self) -> Any:
        return pytest.param(self, id=self.id)


def params(cases: Sequence[Case]) -> list[Any]:
    ids = [case.id for case in cases]
    assert len(ids) == len(set(ids)), f"duplicate case ids: {sorted(i for i in ids if ids.count(i) > 1)}"
    return [case.param() for case in cases]


def _contains(expected: str | None, actual: str | None) -> bool:
    if expected is None:
        return actual is None
    return actual is not None and expected.lower() in actual.lower()


def mismatches(case: Case, statement: Statement) -> list[str]:
    """What differs between the case's expectations and one statement (empty when it matches)."""
    problems = [f"content lacks {piece!r}" for piece in case.also if piece not in statement.quote]
    problems += [f"content runs on into {piece!r}" for piece in case.not_also if piece in statement.quote]
    exact: dict[str, tuple[Any, Any]] = {
        "kind": (case.kind, statement.kind),
        "speaker": (case.speaker, statement.speaker),
        "speaker_name": (case.speaker_name, statement.speaker_name),
        "type": (case.type, statement.speaker_type),
        "said_on": (case.said_on, statement.said_on),
    }
    for field, (expected, actual) in exact.items():
        if expected is not UNCHECKED and expected != actual:
            problems.append(f"{field}: expected {expected!r}, got {actual!r}")
    if case.cue is not UNCHECKED:
        actual_cue = statement.cue.lower() if statement.cue else None
        expected_cue = case.cue.lower() if case.cue else None
        if actual_cue != expected_cue:
            problems.append(f"cue: expected {case.cue!r}, got {statement.cue!r}")
    for field, expected, actual in (
        ("role", case.role, statement.speaker_role),
        ("venue", case.venue, statement.venue),
    ):
        if expected is not UNCHECKED and not _contains(expected, actual):
            wanted = "None" if expected is None else f"to contain {expected!r}"
            problems.append(f"{field}: expected {wanted}, got {actual!r}")
    return problems


def describe(statements: Sequence[Statement]) -> str:
    if not statements:
        return "  (no statements)"
    return "\n".join("  " + json.dumps(s.to_dict(), ensure_ascii=False) for s in statements)


def with_quote(statements: Sequence[Statement], piece: str) -> list[Statement]:
    return [s for s in statements if piece in s.quote]


def assert_case(statements: Sequence[Statement], case: Case) -> None:
    """Some statement contains ``case.quote`` and matches every field the case gives."""
    candidates = with_quote(statements, case.quote)
    if not candidates:
        pytest.fail(f"no statement whose quote contains {case.quote!r}; got:\n{describe(statements)}")
    reports = [(s, mismatches(case, s)) for s in candidates]
    if any(not problems for _, problems in reports):
        return
    lines = [f"no statement containing {case.quote!r} matches the case:"]
    for statement, problems in reports:
        lines.append("  " + json.dumps(statement.to_dict(), ensure_ascii=False))
        lines.extend(f"    - {problem}" for problem in problems)
    pytest.fail("\n".join(lines))


def assert_no_statement_with(statements: Sequence[Statement], piece: str) -> None:
    found = with_quote(statements, piece)
    assert not found, f"expected no statement containing {piece!r}; got:\n{describe(found)}"


def iso(value: str) -> date:
    return date.fromisoformat(value)
