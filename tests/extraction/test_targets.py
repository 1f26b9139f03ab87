"""Targets: the named people, organisations, places and events a statement talks about.

A target is a named entity inside the statement's content (never the speaker); ``name`` gives the
fuller form the article uses elsewhere (``Lasken`` → ``Miro Lasken``, ``NLF`` → ``National
Liberation Front``).
"""

from __future__ import annotations

import pytest

from quotetrail.model import Statement, Target

from .spec import UNCHECKED, Extract, describe, with_quote


def target_named(statement: Statement, text: str) -> Target | None:
    return next((t for t in statement.targets if t.text == text), None)


TARGET_CASES = [
    pytest.param(
        "Interior Minister Miro Lasken defended the police on Saturday. "
        "“Lasken will answer for every broken bone in Port Selm,” Tovek said.",
        "every broken bone",
        [("Lasken", "person", "Miro Lasken"), ("Port Selm", "place", UNCHECKED)],
        id="surname-and-place-in-direct-quote",
    ),
    pytest.param(
        "The National Liberation Front (NLF) has marched every Saturday since March. "
        "Dana Varek said the NLF had been “funded from Baltramar for years”.",
        "funded from Baltramar",
        [("NLF", "organization", "National Liberation Front"), ("Baltramar", "place", UNCHECKED)],
        id="acronym-and-place-in-mixed",
    ),
    pytest.param(
        "President Teodor Halvast spoke on Wednesday. "
        "Samira Tovek said Halvast had offered the opposition “a chair, not a table”.",
        "a chair, not a table",
        [("Halvast", "person", "Teodor Halvast")],
        id="surname-of-president-in-mixed",
    ),
    pytest.param(
        "“Nobody wants the ships to sail to Baltramar instead,” harbour master Jens Okoro said.",
        "Nobody wants the ships",
        [("Baltramar", "place", UNCHECKED)],
        id="place-in-direct-quote",
    ),
    pytest.param(
        "Samira Tovek said Miro Lasken and Dana Varek had turned Dravin into a barracks.",
        "turned Dravin into a barracks",
        [
            ("Miro Lasken", "person", UNCHECKED),
            ("Dana Varek", "person", UNCHECKED),
            ("Dravin", "place", UNCHECKED),
        ],
        id="several-targets-in-indirect",
    ),
    pytest.param(
        "Samira Tovek was in Dravin on Friday. “Lasken,” Tovek said, “has never set foot in Port Selm.”",
        "has never set foot",
        [("Lasken", "person", UNCHECKED), ("Port Selm", "place", UNCHECKED)],
        id="targets-in-both-pieces-of-a-split-quote",
    ),
    pytest.param(
        "Dana Varek said midfielder Ji-woo Han would miss the derby.",
        "would miss the derby",
        [("Ji-woo Han", "person", UNCHECKED)],
        id="a-hyphenated-given-name-is-part-of-the-name",
    ),
    pytest.param(
        "Some worshippers said they hoped the talks would begin before the Festival of Lanterns in August.",
        "the talks would begin",
        [("Festival of Lanterns", "event", UNCHECKED)],
        id="event",
    ),
]


@pytest.mark.parametrize(("text", "quote", "expected"), TARGET_CASES)
def test_targets_inside_the_content(
    text: str, quote: str, expected: list[tuple[str, object, object]], extract: Extract
) -> None:
    statements = with_quote(extract(text), quote)
    assert statements, f"no statement containing {quote!r}"
    problems: list[str] = []
    for target_text, label, name in expected:
        found = [t for s in statements if (t := target_named(s, target_text))]
        if not found:
            problems.append(f"missing target {target_text!r}")
            continue
        target = found[0]
        if label is not UNCHECKED and target.label != label:
            problems.append(f"{target_text!r}: label {target.label!r}, expected {label!r}")
        if name is not UNCHECKED and target.name != name:
            problems.append(f"{target_text!r}: name {target.name!r}, expected {name!r}")
    assert not problems, "; ".join(problems) + "\n" + describe(statements)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        pytest.param(
            "“We are tired of tear gas and tired of television,” said Farid Nassim, a carpenter.",
            "We are tired",
            id="direct-quote",
        ),
        pytest.param(
            "Samira Tovek said her movement would march every day until the bill was withdrawn.",
            "her movement would march",
            id="indirect",
        ),
    ],
)
def test_no_targets_when_the_content_names_nobody(text: str, quote: str, extract: Extract) -> None:
    statements = with_quote(extract(text), quote)
    assert statements, f"no statement containing {quote!r}"
    assert all(s.targets == () for s in statements), describe(statements)


def test_the_speaker_is_not_a_target(extract: Extract) -> None:
    text = "“The council does not do politics,” Judge Matthias Orel told reporters in Dravin."
    statements = with_quote(extract(text), "The council does not do politics")
    assert statements, "statement not found"
    for statement in statements:
        assert all("Orel" not in t.text for t in statement.targets), describe([statement])
        assert all(t.text != "Dravin" for t in statement.targets), describe([statement])


@pytest.mark.parametrize(
    ("text", "feast"),
    [
        ("Varek said the vote would be held in May, after Ramadan.", "Ramadan"),
        ("The bishop said the shelters would stay open until Easter.", "Easter"),
    ],
)
def test_a_feast_of_the_calendar_is_an_event_not_a_person(text: str, feast: str, extract: Extract) -> None:
    statements = extract(text)
    labels = [t.label for s in statements for t in s.targets if t.text == feast]
    assert labels and set(labels) == {"event"}, describe(statements)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Interior Minister Omar Haddel will face a confidence vote on Monday. “Haddel must go,” said Dana Varek.",
            [("Haddel", "Omar Haddel")],
        ),
        # a surname the article also writes as a common word is no one's here
        (
            "Omar Price spoke on Monday. “Price rises will hurt,” said Dana Varek. The price of bread rose.",
            [],
        ),
    ],
)
def test_a_person_named_by_surname_alone_in_the_content_is_a_target(
    text: str, targets: list[tuple[str, str]], extract: Extract
) -> None:
    """The light recogniser misses many bare surnames; one the article has tied to a person's full
    name is that person."""
    statements = extract(text)
    found = [(t.text, t.name) for s in statements for t in s.targets if t.label == "person"]
    assert found == targets, describe(statements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorific names a person, whatever the light recogniser said, and is no target of its own
        ("Gareth Lowe said Mr Petty had been “the driving force” behind the scheme.", [("Petty", "person")]),
        (
            "The tribunal heard that Ms Pryce had raised concerns about rota changes.",
            [("Pryce", "person")],
        ),
        # a company's name says it is one
        (
            "The judge said Greyling Homes had failed to make “reasonable adjustments”.",
            [("Greyling Homes", "organization")],
        ),
        # "Miss" of a pageant is no honorific
        ("Trump said Miss Universe had gained weight.", UNCHECKED),
    ],
)
def test_the_kind_of_a_target_its_own_words_tell(text: str, expected: object, extract: Extract) -> None:
    """Court copy names parties as "Ms Pryce", "Greyling Homes" (red team 31)."""
    statements = extract(text)
    targets = [(t.text, t.label) for s in statements for t in s.targets]
    if expected is UNCHECKED:
        assert ("Universe", "person") not in targets, describe(statements)
    else:
        assert targets == expected, describe(statements)
