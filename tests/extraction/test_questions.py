"""Questions put to a speaker: "Asked whether …, the minister said …", "… when asked about …".

The question is an attribution of its own (PolNeAR annotates it so): the cue is "asked" ("asked
about" for a topic), the content what was asked, and the speaker the asker when the text names one
("asked by a reporter") — otherwise no one. The one asked is never the one asking, and the answer
keeps its own speaker.
"""

from __future__ import annotations

import pytest

from .spec import Case, Extract, assert_case, assert_no_statement_with, describe, params

INDIRECT = "indirect"

QUESTION_CASES = [
    Case(
        "asked-whether-before-the-answer",
        "Asked whether the curfew would be lifted, Interior Minister Haro Vessel said it would stay.",
        "whether the curfew would be lifted",
        speaker=None,
        cue="Asked",
        kind=INDIRECT,
    ),
    Case(
        "the-answer-keeps-its-speaker",
        "Asked whether the curfew would be lifted, Interior Minister Haro Vessel said it would stay.",
        "it would stay",
        not_also=("curfew",),
        speaker_name="Haro Vessel",
        cue="said",
    ),
    Case(
        "asked-if-with-an-adverb",
        "Asked specifically what the army would do, the spokesman declined to comment.",
        "specifically what the army would do",
        speaker=None,
        cue="Asked",
    ),
    Case(
        "when-asked-about-a-topic",
        "When asked about the detained journalists, the governor changed the subject.",
        "the detained journalists",
        not_also=("about", "governor"),
        speaker=None,
        cue="asked about",
    ),
    Case(
        "asked-by-a-named-asker",
        "“Absolutely,” Lina Marouf said when asked by Mesra TV if the boycott would continue.",
        "if the boycott would continue",
        speaker="Mesra TV",
        cue="asked",
    ),
    Case(
        "asked-between-commas-after-the-speaker",
        "Marchetti, asked whether the army would be deployed, said that two battalions were ready.",
        "whether the army would be deployed",
        speaker=None,
        cue="asked",
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
    asked = [s for s in statements if s.cue == "asked"]
    assert asked and all(s.speaker is None and s.speaker_name is None for s in asked), describe(statements)


@pytest.mark.parametrize(
    "text, piece",
    [
        # A request, not a question: nothing was asked in words the text gives.
        ("When asked to leave, the protesters sat down in the square.", "to leave"),
        # The parser hung the answer on the question; the answer is not part of what was asked.
        ("When asked why, Sembler replied in a text message: “The vote was rigged.”", "Sembler"),
    ],
    ids=["asked-to-do-something", "the-answer-is-not-the-question"],
)
def test_no_question_is_made_of(text: str, piece: str, extract: Extract) -> None:
    assert_no_statement_with(extract(text), piece)


def test_the_answer_after_asked_why_keeps_its_speaker(extract: Extract) -> None:
    statements = extract("When asked why, Sembler replied in a text message: “The vote was rigged.”")
    assert [s.speaker for s in statements if "rigged" in s.quote] == ["Sembler"], describe(statements)
