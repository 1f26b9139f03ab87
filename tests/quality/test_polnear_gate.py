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
    "source.exact.precision": 0.845,  # measured 0.8653
    "source.exact.recall": 0.661,  # measured 0.6814
    "source.exact.f1": 0.742,  # measured 0.7624
    "source.overlap.precision": 0.873,  # measured 0.8933
    "source.overlap.recall": 0.683,  # measured 0.7034
    "source.overlap.f1": 0.767,  # measured 0.7870
    "cue.exact.precision": 0.797,  # measured 0.8172
    "cue.exact.recall": 0.577,  # measured 0.5975
    "cue.exact.f1": 0.67,  # measured 0.6903
    "cue.overlap.precision": 0.875,  # measured 0.8953
    "cue.overlap.recall": 0.634,  # measured 0.6547
    "cue.overlap.f1": 0.736,  # measured 0.7563
    "content.exact.precision": 0.673,  # measured 0.6931
    "content.exact.recall": 0.498,  # measured 0.5182
    "content.exact.f1": 0.573,  # measured 0.5931
    "content.overlap.precision": 0.87,  # measured 0.8908
    "content.overlap.recall": 0.646,  # measured 0.6661
    "content.overlap.f1": 0.742,  # measured 0.7622
    "direct.precision": 0.895,  # measured 0.9156
    "direct.recall": 0.904,  # measured 0.9246
    "direct.f1": 0.9,  # measured 0.9201
    "speaker.accuracy": 0.918,  # measured 0.9381
    "speaker.span_accuracy": 0.907,  # measured 0.9275
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
