"""evaluate_polnear over a tiny fictional corpus, with a fake extractor."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from brat_helpers import AnnBuilder, FakeExtractor, at, statement, write_article, write_metadata

from quotetrail.errors import EvalError, InputError
from quotetrail.evaluate import EvalReport, evaluate_polnear

COUNCIL = (
    "“The budget is balanced,” Treasurer Omar Fenn said on Monday.\nCritics said the figures were invented.\n"
)
FLOODS = "The river will crest on Friday, forecasters warned. “Stay home,” said Chief Ines Lavrov.\n"


def council_ann() -> AnnBuilder:
    return (
        AnnBuilder(COUNCIL)
        .attribution(
            content=[at(COUNCIL, "“The budget is balanced,”")],
            cue=[at(COUNCIL, "said")],
            source=[at(COUNCIL, "Treasurer Omar Fenn")],
        )
        .attribution(
            content=[at(COUNCIL, "the figures were invented")],
            cue=[at(COUNCIL, "said", 2)],
            source=[at(COUNCIL, "Critics")],
        )
    )


def floods_ann() -> AnnBuilder:
    return (
        AnnBuilder(FLOODS)
        .attribution(
            content=[at(FLOODS, "The river will crest on Friday")],
            cue=[at(FLOODS, "warned")],
            source=[at(FLOODS, "forecasters")],
        )
        .attribution(
            content=[at(FLOODS, "“Stay home,”")],
            cue=[at(FLOODS, "said")],
            source=[at(FLOODS, "Chief Ines Lavrov")],
        )
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    split = tmp_path / "dev"
    write_article(split, "ledger_2016-11-03_council", COUNCIL, council_ann())
    write_article(split, "ledger_2016-11-04_floods", FLOODS, floods_ann())
    write_metadata(tmp_path, {"ledger_2016-11-03_council": "2016-11-03"})
    return split


def good_extractor() -> FakeExtractor:
    return FakeExtractor(
        {
            COUNCIL: [
                statement(
                    COUNCIL,
                    at(COUNCIL, "The budget is balanced"),
                    speaker=at(COUNCIL, "Treasurer Omar Fenn"),
                    cue=at(COUNCIL, "said"),
                )
            ],
            FLOODS: [
                statement(FLOODS, at(FLOODS, "Stay home"), speaker=at(FLOODS, "Chief Ines Lavrov")),
                statement(
                    FLOODS, at(FLOODS, "The river will crest"), kind="indirect", speaker=at(FLOODS, "Friday")
                ),
            ],
        }
    )


def test_counts_are_summed_over_articles(corpus: Path) -> None:
    report = evaluate_polnear(corpus, extract=good_extractor())
    assert isinstance(report, EvalReport)
    assert (report.articles, report.gold_attributions, report.predicted_statements) == (2, 4, 3)
    assert report.roles["content"].exact.matched == 2  # the river quote stops short
    assert report.roles["content"].overlap.matched == 3
    assert report.roles["source"].exact.gold == 4
    assert report.roles["source"].exact.matched == 2
    assert report.direct.matched == 2
    assert report.speaker.accuracy == 1.0
    assert report.extractors == ("fake.v0",)
    assert report.fingerprint and report.corpus == str(corpus)


def test_each_article_gets_its_publication_date(corpus: Path) -> None:
    fake = FakeExtractor()
    evaluate_polnear(corpus, extract=fake)
    assert [d for _, d in fake.calls] == [date(2016, 11, 3), None]


def test_limit_keeps_the_first_articles_in_name_order(corpus: Path) -> None:
    fake = FakeExtractor()
    report = evaluate_polnear(corpus, limit=1, extract=fake)
    assert report.articles == 1 and report.limit == 1
    assert [text for text, _ in fake.calls] == [COUNCIL]


def test_progress_is_told_after_each_article(corpus: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    evaluate_polnear(corpus, extract=FakeExtractor(), progress=lambda *a: seen.append(a))
    assert seen == [(1, 2, "ledger_2016-11-03_council"), (2, 2, "ledger_2016-11-04_floods")]


def test_error_records_are_streamed_to_the_sink(corpus: Path) -> None:
    records: list[dict] = []
    evaluate_polnear(corpus, extract=good_extractor(), errors=records.append)
    kinds = {(r["article"], r["role"], r["error"]) for r in records}
    assert ("ledger_2016-11-03_council", "content", "missed") in kinds
    assert ("ledger_2016-11-04_floods", "source", "spurious") in kinds
    assert ("ledger_2016-11-04_floods", "content", "boundary") in kinds


def test_figures_are_flat_and_complete(corpus: Path) -> None:
    figures = evaluate_polnear(corpus, extract=good_extractor()).figures()
    assert len(figures) == 3 * 2 * 3 + 3 + 2
    assert figures["direct.f1"] == 1.0
    assert figures["source.exact.recall"] == 0.5
    assert all(0.0 <= value <= 1.0 for value in figures.values())


def test_report_as_dict_has_every_section(corpus: Path) -> None:
    data = evaluate_polnear(corpus, extract=good_extractor()).to_dict()
    assert set(data) >= {"fingerprint", "articles", "seconds", "roles", "direct_quotes", "speaker"}
    assert data["roles"]["cue"]["exact"] == {
        "gold": 4,
        "predicted": 1,
        "matched": 1,
        "precision": 1.0,
        "recall": 0.25,
        "f1": 0.4,
    }


def test_an_extractor_crash_names_the_article(corpus: Path) -> None:
    def broken(text: str, *, date: date | None = None) -> list:
        raise RuntimeError("parser exploded")

    with pytest.raises(RuntimeError, match="parser exploded") as caught:
        evaluate_polnear(corpus, extract=broken)
    assert any("ledger_2016-11-03_council.txt" in note for note in caught.value.__notes__)


def test_an_empty_extractor_scores_zero_without_dividing_by_zero(corpus: Path) -> None:
    report = evaluate_polnear(corpus, extract=FakeExtractor())
    assert set(report.figures().values()) == {0.0}


@pytest.mark.parametrize("limit", [0, -3])
def test_limit_must_be_positive(corpus: Path, limit: int) -> None:
    with pytest.raises(InputError, match="limit"):
        evaluate_polnear(corpus, limit=limit, extract=FakeExtractor())


def test_a_directory_without_annotations_is_an_eval_error(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match=str(tmp_path)):
        evaluate_polnear(tmp_path, extract=FakeExtractor())


def test_importing_the_evaluation_does_not_load_spacy() -> None:
    code = "import sys, quotetrail.evaluate; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
