"""The accuracy gate: quotetrail.extract on PolNeAR dev must not fall below pinned floors.

Floors are the figures measured when they were last set, minus 0.02 (rounded
down to three decimals), so a change that costs more than that fails here.
Raise them when the extractor gets better; never lower one without saying why
in the commit. The evaluation runs once per session (module fixture, ~20-60 s).
See ``quotetrail eval polnear --help`` for how each figure is computed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrail.evaluate import EvalReport, evaluate_polnear

pytestmark = pytest.mark.quality

DEV = Path(__file__).resolve().parents[2] / ".." / "shared/data/polnear/dev"

# The corpus the floors were measured on: sha256 over every file of dev/ plus ../metadata.tsv.
DEV_FINGERPRINT = "7568b815e67d5b4c6c4e4b08c0ab100cd3dfb8c09f2dbf026a1392f5fe13cc6e"

FLOORS: dict[str, float] = {
    "source.exact.precision": 0.836,  # measured 0.8567
    "source.exact.recall": 0.647,  # measured 0.6675
    "source.exact.f1": 0.73,  # measured 0.7504
    "source.overlap.precision": 0.866,  # measured 0.8863
    "source.overlap.recall": 0.67,  # measured 0.6906
    "source.overlap.f1": 0.756,  # measured 0.7763
    "cue.exact.precision": 0.79,  # measured 0.8105
    "cue.exact.recall": 0.565,  # measured 0.5855
    "cue.exact.f1": 0.659,  # measured 0.6799
    "cue.overlap.precision": 0.874,  # measured 0.8947
    "cue.overlap.recall": 0.626,  # measured 0.6464
    "cue.overlap.f1": 0.73,  # measured 0.7505
    "content.exact.precision": 0.642,  # measured 0.6626
    "content.exact.recall": 0.472,  # measured 0.4927
    "content.exact.f1": 0.545,  # measured 0.5651
    "content.overlap.precision": 0.867,  # measured 0.8877
    "content.overlap.recall": 0.64,  # measured 0.6601
    "content.overlap.f1": 0.737,  # measured 0.7572
    "direct.precision": 0.889,  # measured 0.9100
    "direct.recall": 0.897,  # measured 0.9176
    "direct.f1": 0.893,  # measured 0.9138
    "speaker.accuracy": 0.899,  # measured 0.9193
    "speaker.span_accuracy": 0.888,  # measured 0.9087
}


@pytest.fixture(scope="module")
def report() -> EvalReport:
    if not DEV.is_dir():
        pytest.skip(f"PolNeAR dev split not found at {DEV.resolve()} (expected ../shared beside the repo)")
    return evaluate_polnear(DEV)


def test_measured_on_the_pinned_corpus(report: EvalReport) -> None:
    assert report.fingerprint == DEV_FINGERPRINT, (
        f"PolNeAR dev changed (sha256 {report.fingerprint}); re-measure and re-pin FLOORS and DEV_FINGERPRINT"
    )
    assert report.articles == 84
    assert report.gold_attributions == 2193


def test_every_figure_has_a_floor(report: EvalReport) -> None:
    assert set(FLOORS) == set(report.figures())


@pytest.mark.parametrize(("figure", "floor"), list(FLOORS.items()))
def test_figure_stays_above_its_floor(report: EvalReport, figure: str, floor: float) -> None:
    value = report.figures()[figure]
    assert value >= floor, f"{figure} = {value:.4f}, below its floor {floor:.3f} on PolNeAR dev"
