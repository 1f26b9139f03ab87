"""Scoring one article: role matching, the dedup rule, direct quotes, speakers and error records."""

from __future__ import annotations

from pathlib import Path

import pytest
from brat_helpers import at, statement

from quotetrail.evaluate.context import sentence_around
from quotetrail.evaluate.metrics import Counts, SpeakerCounts
from quotetrail.evaluate.polnear import GoldArticle, GoldAttribution
from quotetrail.evaluate.scoring import score_article
from quotetrail.model import Span, Statement

HARBOUR = (
    "Corvale, Nov. 2 — The harbour will reopen in March.\n"
    "“We will not raise the tolls,” Mayor Lena Vask said on Tuesday. "
    "Vask said the night ferry would keep running and that fares would stay flat.\n"
    "The port authority disagreed. A spokesman said the budget was “a fantasy.”\n"
)
TOLLS = at(HARBOUR, "“We will not raise the tolls,”")
FERRY = at(HARBOUR, "the night ferry would keep running")
FARES = at(HARBOUR, "fares would stay flat")
BUDGET = at(HARBOUR, "the budget was “a fantasy.”")
MAYOR, VASK, SPOKESMAN = at(HARBOUR, "Mayor Lena Vask"), at(HARBOUR, "Vask", 2), at(HARBOUR, "A spokesman")
SAID_1, SAID_2, SAID_3 = at(HARBOUR, "said", 1), at(HARBOUR, "said", 2), at(HARBOUR, "said", 3)

GOLD = (
    GoldAttribution("E1", source=(MAYOR,), cue=(SAID_1,), content=(TOLLS,)),
    GoldAttribution("E2", source=(VASK,), cue=(SAID_2,), content=(FERRY,)),
    GoldAttribution("E3", source=(VASK,), cue=(SAID_2,), content=(FARES,)),
    GoldAttribution("E4", source=(SPOKESMAN,), cue=(SAID_3,), content=(BUDGET,)),
)


def article(*attributions: GoldAttribution) -> GoldArticle:
    return GoldArticle(
        name="ledger_2016-11-02_harbour",
        text=HARBOUR,
        attributions=attributions or GOLD,
        publication_date=None,
        text_path=Path("text/ledger_2016-11-02_harbour.txt"),
        ann_path=Path("attributions/ledger_2016-11-02_harbour_a1b2.ann"),
    )


def perfect() -> list[Statement]:
    return [
        statement(HARBOUR, TOLLS, kind="direct", speaker=MAYOR, cue=SAID_1),
        statement(HARBOUR, FERRY, kind="indirect", speaker=VASK, cue=SAID_2),
        statement(HARBOUR, FARES, kind="indirect", speaker=VASK, cue=SAID_2),
        statement(HARBOUR, BUDGET, kind="mixed", speaker=SPOKESMAN, cue=SAID_3),
    ]


def test_a_perfect_prediction_scores_one_everywhere() -> None:
    score = score_article(article(), perfect())
    for role, expected in (("source", 3), ("cue", 3), ("content", 4)):
        assert score.roles[role].exact == Counts(expected, expected, expected), role
        assert score.roles[role].overlap == Counts(expected, expected, expected), role
    assert score.direct == Counts(2, 2, 2)
    assert score.speaker == SpeakerCounts(pairs=2, correct=2, correct_by_span=2)


def test_shared_source_and_cue_count_once_on_both_sides() -> None:
    # Gold E2 and E3 share "Vask said"; one predicted statement covering both contents serves them both.
    merged = statement(HARBOUR, Span(FERRY.start, FARES.end), kind="indirect", speaker=VASK, cue=SAID_2)
    score = score_article(article(GOLD[1], GOLD[2]), [merged])
    assert score.roles["source"].exact == Counts(gold=1, predicted=1, matched=1)
    assert score.roles["cue"].exact == Counts(gold=1, predicted=1, matched=1)
    assert score.roles["content"].exact == Counts(gold=2, predicted=1, matched=0)
    assert score.roles["content"].overlap == Counts(gold=2, predicted=1, matched=1)


def test_the_same_name_at_another_place_is_another_source() -> None:
    score = score_article(article(), [statement(HARBOUR, FERRY, speaker=at(HARBOUR, "Vask", 1))])
    assert score.roles["source"].exact == Counts(gold=3, predicted=1, matched=0)
    # "Vask" inside "Mayor Lena Vask" overlaps the gold source of E1
    assert score.roles["source"].overlap == Counts(gold=3, predicted=1, matched=1)


def test_content_is_never_deduplicated() -> None:
    twice = [statement(HARBOUR, FERRY, kind="indirect"), statement(HARBOUR, FERRY, kind="indirect")]
    score = score_article(article(GOLD[1]), twice)
    assert score.roles["content"].exact == Counts(gold=1, predicted=2, matched=1)


@pytest.mark.parametrize(
    ("predicted_content", "exact", "overlap"),
    [
        pytest.param("We will not raise the tolls", 1, 1, id="without-marks"),
        pytest.param("“We will not raise the tolls,” ", 1, 1, id="with-marks-and-space"),
        pytest.param("We will not raise the tolls,” Mayor", 0, 1, id="runs-into-the-speaker"),
        pytest.param("not raise the", 0, 1, id="inside"),
        pytest.param("Corvale, Nov. 2", 0, 0, id="elsewhere"),
    ],
)
def test_exact_and_overlap_content_matching(predicted_content: str, exact: int, overlap: int) -> None:
    score = score_article(article(GOLD[0]), [statement(HARBOUR, at(HARBOUR, predicted_content))])
    assert score.roles["content"].exact.matched == exact
    assert score.roles["content"].overlap.matched == overlap


def test_missing_speaker_and_cue_are_simply_not_predicted() -> None:
    score = score_article(article(), [statement(HARBOUR, TOLLS)])
    assert score.roles["source"].exact == Counts(gold=3, predicted=0, matched=0)
    assert score.roles["cue"].exact == Counts(gold=3, predicted=0, matched=0)


def test_gold_without_source_is_left_out_of_source_scoring() -> None:
    unsourced = GoldAttribution("E9", cue=(SAID_1,), content=(TOLLS,))
    score = score_article(article(unsourced), [statement(HARBOUR, TOLLS)])
    assert score.roles["source"].exact == Counts(0, 0, 0)
    assert score.speaker == SpeakerCounts(pairs=1, correct=1, correct_by_span=0)


def test_direct_quotes_need_a_direct_or_mixed_prediction() -> None:
    as_indirect = [statement(HARBOUR, TOLLS, kind="indirect", speaker=MAYOR)]
    score = score_article(article(), as_indirect)
    assert score.direct == Counts(gold=2, predicted=0, matched=0)
    assert score.roles["content"].exact.matched == 1


def test_speaker_accuracy_counts_matched_direct_quotes_only() -> None:
    predictions = [
        statement(HARBOUR, TOLLS, kind="direct", speaker=SPOKESMAN),  # wrong speaker
        statement(HARBOUR, BUDGET, kind="direct", speaker=at(HARBOUR, "he", 1), speaker_name="the spokesman"),
        statement(HARBOUR, FERRY, kind="direct", speaker=VASK),  # not a direct quote in gold
    ]
    score = score_article(article(), predictions)
    assert score.direct == Counts(gold=2, predicted=3, matched=2)
    # "a spokesman" is not "the spokesman": only whole-name matches count
    assert score.speaker == SpeakerCounts(pairs=2, correct=0, correct_by_span=0)


def records(statements: list[Statement], *attributions: GoldAttribution) -> list[dict]:
    return list(score_article(article(*attributions), statements, with_errors=True).errors)


def test_no_error_records_unless_asked() -> None:
    assert score_article(article(), []).errors == ()


def test_missed_records_name_article_role_text_offsets_and_sentence() -> None:
    missed = [r for r in records([]) if r["role"] == "content"]
    assert [r["error"] for r in missed] == ["missed"] * 4
    first = missed[0]
    assert first["article"] == "ledger_2016-11-02_harbour"
    assert first["text"] == "“We will not raise the tolls,”"
    assert first["offsets"] == [TOLLS.as_list()]
    assert first["sentence"] == "“We will not raise the tolls,” Mayor Lena Vask said on Tuesday."


def test_spurious_and_boundary_records() -> None:
    predictions = [
        statement(HARBOUR, at(HARBOUR, "The harbour will reopen in March"), kind="indirect"),
        statement(HARBOUR, at(HARBOUR, "would keep running"), kind="indirect"),
    ]
    found = {(r["role"], r["error"], r["text"]) for r in records(predictions, GOLD[1])}
    assert ("content", "spurious", "The harbour will reopen in March") in found
    assert ("content", "boundary", "the night ferry would keep running") in found
    boundary = next(r for r in records(predictions, GOLD[1]) if r["error"] == "boundary")
    assert boundary["predicted"] == "would keep running"


def test_wrong_speaker_and_missed_direct_records_show_the_gold_source() -> None:
    predictions = [statement(HARBOUR, TOLLS, kind="direct", speaker=SPOKESMAN)]
    found = records(predictions)
    wrong = next(r for r in found if r["role"] == "speaker")
    assert (wrong["error"], wrong["gold_source"], wrong["predicted"]) == (
        "wrong",
        "Mayor Lena Vask",
        "A spokesman",
    )
    missed = next(r for r in found if r["role"] == "direct")
    assert (missed["error"], missed["gold_source"]) == ("missed", "A spokesman")


def test_pieces_are_shown_with_an_ellipsis_between_them() -> None:
    text = "“The tolls stay,” Vask said, “and so does the night ferry.”"
    pieces = (at(text, "The tolls stay,"), at(text, "and so does the night ferry."))
    gold = GoldArticle("split", text, (GoldAttribution("E1", content=pieces),), None, Path("t"), Path("a"))
    (missed,) = [r for r in score_article(gold, [], with_errors=True).errors if r["role"] == "content"]
    assert missed["text"] == "The tolls stay, … and so does the night ferry."


@pytest.mark.parametrize(
    ("phrase", "sentence"),
    [
        ("The harbour will reopen", "Corvale, Nov. 2 — The harbour will reopen in March."),
        (
            "fares would stay flat",
            "Vask said the night ferry would keep running and that fares would stay flat.",
        ),
        ("A spokesman", "A spokesman said the budget was “a fantasy.”"),
    ],
)
def test_sentence_around_a_span(phrase: str, sentence: str) -> None:
    assert sentence_around(HARBOUR, [at(HARBOUR, phrase)]) == sentence


def test_sentence_around_is_bounded_in_unpunctuated_text() -> None:
    text = "word " * 400
    context = sentence_around(text, [Span(1000, 1004)])
    assert context.startswith("…") and context.endswith("…")
    assert len(context) < 700


TITLED = (
    "Sen. Ada Merrow of Vellan told the U.S. Senate on Monday that the bill was dead. "
    "Mr. Orrin, her rival, said J. Bell had written it. Why? Nobody knew.\n"
)


@pytest.mark.parametrize(
    ("phrase", "sentence"),
    [
        (
            "the bill was dead",
            "Sen. Ada Merrow of Vellan told the U.S. Senate on Monday that the bill was dead.",
        ),
        ("had written it", "Mr. Orrin, her rival, said J. Bell had written it."),
        ("Nobody", "Nobody knew."),
    ],
)
def test_sentence_around_does_not_stop_at_titles_initials_or_dotted_names(phrase: str, sentence: str) -> None:
    assert sentence_around(TITLED, [at(TITLED, phrase)]) == sentence


def test_predictions_with_nothing_left_after_trimming_count_for_nothing() -> None:
    hollow = [
        Statement(kind="direct", quote="", quote_spans=()),
        statement(HARBOUR, at(HARBOUR, "“"), kind="direct", speaker=at(HARBOUR, "—"), cue=at(HARBOUR, ".")),
    ]
    score = score_article(article(), hollow)
    assert [score.roles[role].exact.predicted for role in ("source", "cue", "content")] == [0, 0, 0]
    assert score.direct.predicted == 0


def test_predicted_spans_past_the_end_of_the_text_do_not_break_scoring() -> None:
    runaway = statement(HARBOUR, Span(BUDGET.start, len(HARBOUR) + 50), kind="direct", speaker=SPOKESMAN)
    score = score_article(article(), [runaway], with_errors=True)
    assert score.roles["content"].overlap.matched == 1
    assert score.speaker == SpeakerCounts(pairs=1, correct=1, correct_by_span=1)
