"""The light entity recogniser names the people, organisations, places and dates a reader sees.

quotetrail.entity_tagger labels tokens from the parse's own vectors (trained to agree with
en_core_web_sm's full recogniser, at a fraction of its cost). These cases are written for the
project, with invented names, so they test what the recogniser learned rather than names it saw.
"""

from __future__ import annotations

import itertools

import pytest

from quotetrail import nlp

CASES = [
    ("Interior Minister Miro Lasken said the curfew would end.", [("Miro Lasken", "PERSON")]),
    (
        "The National Liberation Front said it would march in Dravin on Friday.",
        [("The National Liberation Front", "ORG"), ("Dravin", "GPE"), ("Friday", "DATE")],
    ),
    (
        "Anneke Doval told the Dravin Courier that 41 people had been detained.",
        [("Anneke Doval", "PERSON"), ("41", "CARDINAL")],
    ),
    (
        "Kestovian officials said the ferry would sail on June 29.",
        [("Kestovian", "NORP"), ("June 29", "DATE")],
    ),
    ("The ministry paid 2.4 million crowns for the report, Lasken said.", [("Lasken", "PERSON")]),
]
NOBODY = [
    "He said it would rain.",
    "The treasurer of the rowing club took the money, the court heard.",  # no lone "the" as an entity
    "“We will not sign,” she told reporters.",
    "Officials said the talks had failed and that nobody would comment.",
    "",
]


def _entities(text: str) -> list[tuple[str, str]]:
    doc = next(nlp.parse_fast([text]))
    nlp.add_entities([doc])
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_names_people_organisations_places_and_dates(text: str, expected: list[tuple[str, str]]) -> None:
    found = _entities(text)
    missing = [e for e in expected if e not in found]
    assert not missing, f"missing {missing}; found {found}"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Samira Tovek said last week that the talks had failed.", "Samira Tovek"),
        ("According to Ilona Marsh, the Cabinet vote was unanimous.", "Ilona Marsh"),
    ],
)
def test_a_name_is_one_entity_not_its_first_word(text: str, name: str) -> None:
    assert name in [entity for entity, _ in _entities(text)]


@pytest.mark.parametrize("text", NOBODY)
def test_no_entity_where_nothing_is_named(text: str) -> None:
    assert _entities(text) == []


def test_no_entity_is_only_a_determiner() -> None:
    text = (
        "A former treasurer of the Greywater Rowing Club stole nearly 40,000 pounds from its "
        "accounts, Lindenford Crown Court heard on Monday."
    )
    assert not [e for e, _ in _entities(text) if e.lower() in ("the", "a", "its", "of")]


def test_the_light_recogniser_is_the_one_in_use() -> None:
    assert nlp._entity_tagger() is not None, (
        "entity_tagger.npz missing or unreadable: the full recogniser runs"
    )


def test_the_full_recogniser_runs_when_the_light_one_cannot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "_entity_tagger", lambda: None)
    assert ("Miro Lasken", "PERSON") in _entities("Interior Minister Miro Lasken said the curfew would end.")


def test_entities_lie_inside_their_document_and_do_not_overlap() -> None:
    texts = [
        "Lasken, Doval and Farrow met in Dravin on Tuesday with the Port Selm Dock Union.",
        "“¿Qué?” — 41 % of 2,400 … Kestovia 🙂 Varek",
        "A",
    ]
    docs = list(nlp.parse_fast(texts))
    nlp.add_entities(docs)
    for doc in docs:
        ends = [(e.start, e.end) for e in doc.ents]
        assert all(0 <= s < e <= len(doc) for s, e in ends)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))
