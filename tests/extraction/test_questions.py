"""Questions put to a speaker: "… Marouf said when asked by Mesra TV if …".

A question whose asker the text names is the asker's statement: the cue is "asked" ("asked about"
for a topic), the content what was asked. The reporter's own question ("Asked whether …, the
minister said …") is no one's statement (PolNeAR counts it; quotetrail sides with the reader). The
one asked is never the one asking, and the answer keeps its own speaker.
"""

from __future__ import annotations

import pytest

from .spec import Case, Extract, assert_case, assert_no_statement_with, describe, params

INDIRECT = "indirect"

QUESTION_CASES = [
    Case(
        "asked-by-a-named-asker",
        "“Absolutely,” Lina Marouf said when asked by Mesra TV if the boycott would continue.",
        "if the boycott would continue",
        speaker="Mesra TV",
        cue="asked",
        kind=INDIRECT,
    ),
    Case(
        "asked-by-an-unnamed-reporter",
        "Lina Marouf smiled when asked by a reporter whether the boycott would continue.",
        "whether the boycott would continue",
        speaker="a reporter",
        type="anonymous",
        cue="asked",
    ),
    Case(
        "asked-by-a-named-asker-about-a-topic",
        "“No,” Lina Marouf said when asked by Mesra TV about the boycott.",
        "the boycott",
        not_also=("about", "Mesra"),
        speaker="Mesra TV",
        cue="asked",
    ),
    Case(
        "the-answer-keeps-its-speaker",
        "“Absolutely,” Lina Marouf said when asked by Mesra TV if the boycott would continue.",
        "Absolutely",
        speaker_name="Lina Marouf",
        cue="said",
    ),
    Case(
        "the-one-who-asks-is-the-subject",
        "Opposition deputy Nadia Ferran asked whether the minister had read the report.",
        "whether the minister had read the report",
        speaker_name="Nadia Ferran",
        cue="asked",
    ),
]


@pytest.mark.parametrize("case", params(QUESTION_CASES))
def test_a_question_put_to_the_speaker(case: Case, extract: Extract) -> None:
    assert_case(extract(case.text, case.date), case)


def test_the_one_asked_is_not_the_one_asking(extract: Extract) -> None:
    statements = extract(
        "Marchetti, asked whether the army would be deployed, said that two battalions were ready."
    )
    assert not [s for s in statements if s.cue == "asked"], describe(statements)


@pytest.mark.parametrize(
    "text, piece",
    [
        # The reporter's question: no one's statement.
        (
            "Asked whether the curfew would be lifted, Interior Minister Haro Vessel said it would stay.",
            "curfew",
        ),
        ("When asked about the detained journalists, the governor changed the subject.", "journalists"),
        # A request, not a question: nothing was asked in words the text gives.
        ("When asked by the police to leave, the protesters sat down in the square.", "to leave"),
        # The parser hung the answer on the question; the answer is not part of what was asked.
        ("When asked why, Sembler replied in a text message: “The vote was rigged.”", "Sembler"),
    ],
    ids=[
        "the-reporter-s-question",
        "the-reporter-s-topic",
        "asked-to-do-something",
        "the-answer-is-not-the-question",
    ],
)
def test_no_question_is_made_of(text: str, piece: str, extract: Extract) -> None:
    assert_no_statement_with(extract(text), piece)


def test_the_answer_after_asked_why_keeps_its_speaker(extract: Extract) -> None:
    statements = extract("When asked why, Sembler replied in a text message: “The vote was rigged.”")
    assert [s.speaker for s in statements if "rigged" in s.quote] == ["Sembler"], describe(statements)
