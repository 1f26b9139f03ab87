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
    "source.exact.precision": 0.85,  # measured 0.8706
    "source.exact.recall": 0.666,  # measured 0.6860
    "source.exact.f1": 0.747,  # measured 0.7673
    "source.overlap.precision": 0.879,  # measured 0.8999
    "source.overlap.recall": 0.689,  # measured 0.7090
    "source.overlap.f1": 0.773,  # measured 0.7931
    "cue.exact.precision": 0.806,  # measured 0.8266
    "cue.exact.recall": 0.584,  # measured 0.6044
    "cue.exact.f1": 0.678,  # measured 0.6983
    "cue.overlap.precision": 0.883,  # measured 0.9035
    "cue.overlap.recall": 0.64,  # measured 0.6607
    "cue.overlap.f1": 0.743,  # measured 0.7632
    "content.exact.precision": 0.691,  # measured 0.7119
    "content.exact.recall": 0.511,  # measured 0.5310
    "content.exact.f1": 0.588,  # measured 0.6083
    "content.overlap.precision": 0.88,  # measured 0.9003
    "content.overlap.recall": 0.651,  # measured 0.6715
    "content.overlap.f1": 0.749,  # measured 0.7693
    "direct.precision": 0.898,  # measured 0.9187
    "direct.recall": 0.911,  # measured 0.9316
    "direct.f1": 0.905,  # measured 0.9251
    "speaker.accuracy": 0.927,  # measured 0.9475
    "speaker.span_accuracy": 0.919,  # measured 0.9400
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
