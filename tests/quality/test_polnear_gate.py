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
    "source.exact.precision": 0.849,  # measured 0.8694
    "source.exact.recall": 0.665,  # measured 0.6855
    "source.exact.f1": 0.746,  # measured 0.7665
    "source.overlap.precision": 0.878,  # measured 0.8986
    "source.overlap.recall": 0.688,  # measured 0.7085
    "source.overlap.f1": 0.772,  # measured 0.7923
    "cue.exact.precision": 0.805,  # measured 0.8255
    "cue.exact.recall": 0.583,  # measured 0.6040
    "cue.exact.f1": 0.677,  # measured 0.6976
    "cue.overlap.precision": 0.882,  # measured 0.9023
    "cue.overlap.recall": 0.64,  # measured 0.6602
    "cue.overlap.f1": 0.742,  # measured 0.7625
    "content.exact.precision": 0.69,  # measured 0.7103
    "content.exact.recall": 0.51,  # measured 0.5301
    "content.exact.f1": 0.587,  # measured 0.6071
    "content.overlap.precision": 0.878,  # measured 0.8985
    "content.overlap.recall": 0.65,  # measured 0.6706
    "content.overlap.f1": 0.748,  # measured 0.7680
    "direct.precision": 0.897,  # measured 0.9172
    "direct.recall": 0.908,  # measured 0.9288
    "direct.f1": 0.902,  # measured 0.9230
    "speaker.accuracy": 0.927,  # measured 0.9474
    "speaker.span_accuracy": 0.919,  # measured 0.9398
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
