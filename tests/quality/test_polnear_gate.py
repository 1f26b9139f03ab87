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
    "source.exact.precision": 0.767,  # measured 0.7878
    "source.exact.recall": 0.554,  # measured 0.5743
    "source.exact.f1": 0.644,  # measured 0.6643
    "source.overlap.precision": 0.802,  # measured 0.8222
    "source.overlap.recall": 0.579,  # measured 0.5994
    "source.overlap.f1": 0.673,  # measured 0.6933
    "cue.exact.precision": 0.665,  # measured 0.6851
    "cue.exact.recall": 0.442,  # measured 0.4624
    "cue.exact.f1": 0.532,  # measured 0.5522
    "cue.overlap.precision": 0.816,  # measured 0.8361
    "cue.overlap.recall": 0.544,  # measured 0.5643
    "cue.overlap.f1": 0.653,  # measured 0.6738
    "content.exact.precision": 0.605,  # measured 0.6255
    "content.exact.recall": 0.414,  # measured 0.4343
    "content.exact.f1": 0.492,  # measured 0.5127
    "content.overlap.precision": 0.835,  # measured 0.8555
    "content.overlap.recall": 0.574,  # measured 0.5940
    "content.overlap.f1": 0.681,  # measured 0.7011
    "direct.precision": 0.866,  # measured 0.8864
    "direct.recall": 0.873,  # measured 0.8939
    "direct.f1": 0.87,  # measured 0.8901
    "speaker.accuracy": 0.858,  # measured 0.8781
    "speaker.span_accuracy": 0.85,  # measured 0.8703
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
