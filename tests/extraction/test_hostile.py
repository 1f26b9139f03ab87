"""Hostile input: nothing crashes, nothing breaks the contract, and one bad mark costs nothing else."""

from __future__ import annotations

import time

import pytest

from quotetrail.errors import InputError
from quotetrail.model import Statement

from .contract import contract_problems
from .hostile import hostile_text, megabyte_article
from .spec import Extract, describe, with_quote


def speakers_of(statements: list[Statement], piece: str) -> list[str | None]:
    return [s.speaker_name for s in with_quote(statements, piece)]


def assert_contract(text: str, statements: list[Statement]) -> None:
    problems = contract_problems(text, statements)
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize(
    "name",
    ["empty", "spaces", "whitespace-mix", "only-quote-marks", "single-opening-mark", "single-closing-mark"],
)
def test_nothing_to_find(name: str, extract: Extract) -> None:
    assert extract(hostile_text(name)) == []


@pytest.mark.parametrize(
    "name", ["junk-latin1", "nul-and-controls", "no-punctuation", "one-long-token", "html-residue"]
)
def test_junk_is_survived(name: str, extract: Extract) -> None:
    text = hostile_text(name)
    assert_contract(text, extract(text))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param(
            "stray-opening-mark-early",
            {"The harbour stays open": "Viktor Harlan", "We respect the council": "Miro Lasken"},
            id="stray-opening-mark",
        ),
        pytest.param(
            "stray-closing-mark", {"We respect the council": "Miro Lasken"}, id="stray-closing-mark"
        ),
        pytest.param(
            "odd-straight-marks",
            {"The harbour stays open": "Viktor Harlan", "We respect the council": "Miro Lasken"},
            id="odd-number-of-straight-marks",
        ),
        pytest.param(
            "mixed-quote-styles",
            {
                "We will march": "Samira Tovek",
                "We will stop them": "Miro Lasken",
                "We will keep reporting": "Yasmin Dorell",
                "We will keep working": "Viktor Harlan",
            },
            id="mixed-quote-styles",
        ),
        pytest.param(
            "mismatched-pair",
            {"We will march again on Saturday": "Samira Tovek"},
            id="curly-open-straight-close",
        ),
        pytest.param(
            "crlf-lines",
            {"We will march": "Samira Tovek", "We respect the council": "Miro Lasken"},
            id="crlf-line-endings",
        ),
        pytest.param(
            "astral-and-zero-width",
            {"We will march": "Samira Tovek", "We respect the council": "Miro Lasken"},
            id="emoji-and-zero-width-characters",
        ),
        pytest.param("nul-and-controls", {"Order": "Lasken"}, id="control-characters"),
        pytest.param("html-residue", {"We will march": "Samira Tovek"}, id="html-residue"),
    ],
)
def test_one_bad_mark_does_not_cost_the_rest(name: str, expected: dict[str, str], extract: Extract) -> None:
    text = hostile_text(name)
    statements = extract(text)
    assert_contract(text, statements)
    for piece, speaker_name in expected.items():
        exact = [s for s in with_quote(statements, piece) if s.quote.strip(" ,.") == piece]
        candidates = exact or with_quote(statements, piece)
        assert any(s.speaker_name == speaker_name for s in candidates), (
            f"{piece!r} should be attributed to {speaker_name}; got:\n{describe(statements)}"
        )


def test_a_stray_mark_does_not_swallow_later_paragraphs(extract: Extract) -> None:
    text = hostile_text("stray-opening-mark-early")
    statements = extract(text)
    for statement in with_quote(statements, "We will march on Saturday"):
        assert "The harbour stays open" not in statement.quote, describe([statement])
        assert "We respect the council" not in statement.quote, describe([statement])


@pytest.mark.parametrize(
    ("name", "outer", "inner", "speaker_name"),
    [
        pytest.param(
            "nested-quotes",
            "and we chose neither",
            "go home or go to prison",
            "Nika Rovan",
            id="single-inside-double",
        ),
        pytest.param(
            "nested-guillemets-and-curly",
            "she means the bus driver",
            "the street",
            "Tovek",
            id="curly-inside-guillemets",
        ),
    ],
)
def test_nested_quotes_stay_inside_the_outer_quote(
    name: str, outer: str, inner: str, speaker_name: str, extract: Extract
) -> None:
    text = hostile_text(name)
    statements = extract(text)
    assert_contract(text, statements)
    found = [s for s in with_quote(statements, outer) if inner in s.quote]
    assert found, f"the outer quote should hold the inner one; got:\n{describe(statements)}"
    assert any(s.speaker_name == speaker_name for s in found), describe(found)


def test_a_very_long_quote_is_one_statement(extract: Extract) -> None:
    text = hostile_text("long-quote")
    statements = extract(text)
    assert_contract(text, statements)
    whole = [s for s in with_quote(statements, "This is the beginning") if "This is the end" in s.quote]
    assert len(whole) == 1, f"expected one statement from the first to the last word; got {len(whole)}"
    assert whole[0].speaker_name == "Samira Tovek"
    assert len(whole[0].quote.split()) >= 3000


def test_many_short_quotes_are_all_found(extract: Extract) -> None:
    text = hostile_text("many-short-quotes")
    statements = extract(text)
    assert_contract(text, statements)
    numbers = {int(word) for s in statements for word in s.quote.split() if word.isdigit()}
    assert numbers == set(range(300)), f"missing: {sorted(set(range(300)) - numbers)[:20]}"


@pytest.mark.slow
def test_a_one_megabyte_article(extract: Extract) -> None:
    text = megabyte_article()
    assert len(text) >= 1_000_000
    started = time.perf_counter()
    statements = extract(text, "2017-07-12")
    seconds = time.perf_counter() - started
    print(f"\n1 MB article: {len(statements)} statements in {seconds:.1f} s")
    assert_contract(text, statements)
    last = with_quote(statements, "The last paragraph still counts")
    assert last and last[0].speaker_name == "Lidia Farrow", "the end of a long article was not read"
    assert last[0].said_on is not None and last[0].said_on.isoformat() == "2017-07-12"
    assert len(with_quote(statements, "We will publish every voice")) >= 1000


@pytest.mark.parametrize("bad", [b"bytes are not text", None, 42, ["a list"]], ids=repr)
def test_non_text_input_is_an_input_error(bad: object) -> None:
    import quotetrail

    with pytest.raises(InputError, match="str"):
        quotetrail.extract(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad_date", ["yesterday", "23/06/2017", "2017-13-45"])
def test_a_bad_article_date_is_an_input_error_naming_it(bad_date: str) -> None:
    import quotetrail

    with pytest.raises(InputError, match="date"):
        quotetrail.extract("“We will march,” Tovek said.", date=bad_date)
