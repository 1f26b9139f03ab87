"""Scoring primitives: trimming, span sets, P/R/F1, matching, direct quotes, speaker rules."""

from __future__ import annotations

import pytest
from brat_helpers import at, statement

from quotetrail.evaluate.metrics import (
    Counts,
    contains_words,
    is_gold_direct,
    is_predicted_direct,
    judge_speaker,
    match_exact,
    match_overlap,
    offset_set,
    trim_piece,
)
from quotetrail.model import Span


def trimmed_text(text: str) -> str | None:
    piece = trim_piece(text, Span(0, len(text)))
    return piece.text_of(text) if piece else None


@pytest.mark.parametrize(
    ("raw", "trimmed"),
    [
        ("“We will not raise the tolls,”", "We will not raise the tolls"),
        ("  Mayor Lena Vask ", "Mayor Lena Vask"),
        ("‘a disgrace’", "a disgrace"),
        ("'a disgrace.'", "a disgrace"),
        ("«Nous resterons»", "Nous resterons"),
        ("„Wir bleiben“", "Wir bleiben"),
        ("‹non›", "non"),
        ("(the council)", "the council"),
        ("[sic] the budget —", "sic] the budget"),
        ("said:", "said"),
        ("— and then? —", "and then"),
        ("\u00a0told\u2009", "told"),
        ("U.S.", "U.S"),
        ("the mayor's", "the mayor's"),
        ("it’s", "it’s"),
    ],
)
def test_trimming_strips_whitespace_punctuation_and_quote_marks_at_both_ends(raw: str, trimmed: str) -> None:
    assert trimmed_text(raw) == trimmed


@pytest.mark.parametrize("raw", ["", "   ", "“”", ", —", ".:;!?()[]-–—"])
def test_nothing_left_after_trimming_is_dropped(raw: str) -> None:
    assert trimmed_text(raw) is None
    assert offset_set(raw, [Span(0, len(raw))]) == frozenset()


def test_offset_set_is_the_union_of_trimmed_pieces() -> None:
    text = "“The tolls stay,” Vask said, “and so does the night ferry.”"
    pieces = [at(text, "“The tolls stay,”"), at(text, "“and so does the night ferry.”")]
    offsets = offset_set(text, pieces)
    inner = [at(text, "The tolls stay"), at(text, "and so does the night ferry")]
    assert offsets == frozenset(range(inner[0].start, inner[0].end)) | frozenset(
        range(inner[1].start, inner[1].end)
    )


def test_pieces_split_between_sentences_are_one_passage() -> None:
    """PolNeAR gives a multi-sentence quotation as a piece a sentence, each without its full stop."""
    text = "“The tolls stay. So does the night ferry,” Vask said."
    gold = [at(text, "“The tolls stay."), at(text, "So does the night ferry,”")]
    predicted = [at(text, "The tolls stay. So does the night ferry")]
    assert offset_set(text, gold) == offset_set(text, predicted)


def test_pieces_with_words_between_stay_apart() -> None:
    text = "“The tolls stay,” Vask said, “and so does the night ferry.”"
    split = [at(text, "“The tolls stay,”"), at(text, "“and so does the night ferry.”")]
    whole = [at(text, text)]
    assert offset_set(text, split) != offset_set(text, whole)


def test_spans_past_the_end_of_the_text_are_clipped() -> None:
    assert offset_set("short", [Span(2, 99)]) == frozenset({2, 3, 4})


@pytest.mark.parametrize(
    ("counts", "precision", "recall", "f1"),
    [
        (Counts(gold=10, predicted=8, matched=6), 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
        (Counts(gold=4, predicted=4, matched=4), 1.0, 1.0, 1.0),
        (Counts(gold=5, predicted=0, matched=0), 0.0, 0.0, 0.0),
        (Counts(gold=0, predicted=3, matched=0), 0.0, 0.0, 0.0),
        (Counts(), 0.0, 0.0, 0.0),
    ],
)
def test_precision_recall_f1(counts: Counts, precision: float, recall: float, f1: float) -> None:
    assert counts.precision == pytest.approx(precision)
    assert counts.recall == pytest.approx(recall)
    assert counts.f1 == pytest.approx(f1)


def test_counts_add_up() -> None:
    assert Counts(3, 4, 2) + Counts(1, 0, 0) == Counts(4, 4, 2)


def s(*ranges: tuple[int, int]) -> frozenset[int]:
    """An offset set from half-open ranges."""
    return frozenset(i for start, end in ranges for i in range(start, end))


def test_exact_matching_is_one_to_one() -> None:
    gold = [s((0, 5)), s((0, 5)), s((10, 15))]
    predicted = [s((0, 5)), s((10, 14))]
    assert match_exact(gold, predicted) == [(0, 0)]


def test_exact_matching_pairs_duplicates_as_often_as_both_sides_have_them() -> None:
    gold = [s((0, 5)), s((0, 5))]
    assert match_exact(gold, [s((0, 5)), s((0, 5)), s((0, 5))]) == [(0, 0), (1, 1)]


def test_overlap_matching_takes_the_largest_overlap_first() -> None:
    gold = [s((0, 10)), s((8, 30))]
    predicted = [s((5, 25))]  # shares 5 with the first, 17 with the second
    assert match_overlap(gold, predicted) == [(1, 0)]


def test_overlap_matching_is_one_to_one() -> None:
    gold = [s((0, 20))]
    predicted = [s((0, 8)), s((10, 20))]
    assert match_overlap(gold, predicted) == [(0, 1)]


def test_overlap_matching_keeps_exact_pairs_on_a_tie() -> None:
    # Gold A is inside both predictions; the exact one must win so gold B can still pair with the wider one.
    gold = [s((0, 5)), s((4, 9))]
    predicted = [s((0, 9)), s((0, 5))]
    assert match_overlap(gold, predicted) == [(0, 1), (1, 0)]


def test_overlap_needs_a_shared_character() -> None:
    assert match_overlap([s((0, 5))], [s((5, 9))]) == []
    assert match_overlap([frozenset()], [s((0, 9))]) == []


@pytest.mark.parametrize(
    ("content", "direct"),
    [
        ("“We will not raise the tolls,”", True),
        ('"We will not raise the tolls,"', True),
        ("that the budget was “balanced, for once”", True),
        ("«Nous resterons»", True),
        ("„Wir bleiben“", True),
        ("  ‘a disgrace to the harbour’", True),
        ("'a disgrace to the harbour'", True),
        ("that the tolls were ''a matter for the council''", True),
        ("that the tolls would stay", False),
        ("the mayor's plan was ‘bold’", False),
        ("it’s over, the council said", False),
    ],
)
def test_gold_direct_quote_classification(content: str, direct: bool) -> None:
    assert is_gold_direct(content, [Span(0, len(content))]) is direct


def test_gold_direct_looks_at_every_piece() -> None:
    text = "The tolls stay, Vask said, “and so does the night ferry.”"
    pieces = [at(text, "The tolls stay,"), at(text, "“and so does the night ferry.”")]
    assert is_gold_direct(text, pieces)


@pytest.mark.parametrize(("kind", "direct"), [("direct", True), ("mixed", True), ("indirect", False)])
def test_predicted_direct_is_direct_or_mixed(kind: str, direct: bool) -> None:
    text = "“Enough,” she said."
    assert is_predicted_direct(statement(text, at(text, "Enough"), kind=kind)) is direct


@pytest.mark.parametrize(
    ("haystack", "needle", "found"),
    [
        ("lena vask", "vask", True),
        ("mayor lena vask", "lena vask", True),
        ("stephen orrin", "he", False),
        ("the vasks", "vask", False),
        ("o'hara", "o'hara", True),
        ("anyone", "", False),
    ],
)
def test_contains_words_respects_word_boundaries(haystack: str, needle: str, found: bool) -> None:
    assert contains_words(haystack, needle) is found


SPEAKER_TEXT = (
    "Mayor Lena Vask spoke first. “We will not raise the tolls,” she told reporters. "
    "“Nor the fares,” Vask said. Stephen Orrin was silent."
)
QUOTE = at(SPEAKER_TEXT, "We will not raise the tolls,")


@pytest.mark.parametrize(
    ("gold_source", "speaker", "speaker_name", "by_span", "by_any"),
    [
        pytest.param("she", "she", None, True, True, id="same-span"),
        pytest.param("she", "she told", None, True, True, id="overlapping-span"),
        pytest.param("she", "Mayor Lena Vask", None, False, False, id="other-span-other-text"),
        pytest.param("Vask", "she", "Mayor Lena Vask", False, True, id="gold-name-inside-resolved-name"),
        pytest.param(
            "Mayor Lena Vask", "she", "Lena Vask", False, False, id="resolved-name-shorter-than-gold"
        ),
        pytest.param(
            "she", "Stephen Orrin", "Stephen Orrin", False, False, id="pronoun-is-not-inside-a-name"
        ),
        pytest.param("Vask", "Vask", None, True, True, id="same-text-same-place"),
        pytest.param(None, None, None, False, True, id="no-source-and-none-predicted"),
        pytest.param(None, "she", None, False, False, id="no-source-but-one-predicted"),
        pytest.param("she", None, None, False, False, id="source-but-none-predicted"),
    ],
)
def test_speaker_rules(
    gold_source: str | None, speaker: str | None, speaker_name: str | None, by_span: bool, by_any: bool
) -> None:
    gold = (at(SPEAKER_TEXT, gold_source),) if gold_source else ()
    predicted = statement(
        SPEAKER_TEXT,
        QUOTE,
        speaker=at(SPEAKER_TEXT, speaker) if speaker else None,
        speaker_name=speaker_name,
    )
    verdict = judge_speaker(SPEAKER_TEXT, gold, predicted)
    assert (verdict.by_span, verdict.by_any_rule) == (by_span, by_any)


def test_speaker_text_equal_to_gold_elsewhere_counts_only_by_name() -> None:
    # Gold source is the second "Vask"; the prediction names the one in "Mayor Lena Vask":
    # same text, another place.
    gold = (at(SPEAKER_TEXT, "Vask", 2),)
    predicted = statement(SPEAKER_TEXT, at(SPEAKER_TEXT, "Nor the fares,"), speaker=at(SPEAKER_TEXT, "Vask"))
    verdict = judge_speaker(SPEAKER_TEXT, gold, predicted)
    assert (verdict.by_span, verdict.by_any_rule) == (False, True)
