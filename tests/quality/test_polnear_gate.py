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
    "source.exact.precision": 0.801,  # measured 0.8213
    "source.exact.recall": 0.646,  # measured 0.6665
    "source.exact.f1": 0.715,  # measured 0.7359
    "source.overlap.precision": 0.834,  # measured 0.8548
    "source.overlap.recall": 0.673,  # measured 0.6936
    "source.overlap.f1": 0.745,  # measured 0.7658
    "cue.exact.precision": 0.759,  # measured 0.7797
    "cue.exact.recall": 0.575,  # measured 0.5957
    "cue.exact.f1": 0.655,  # measured 0.6754
    "cue.overlap.precision": 0.849,  # measured 0.8696
    "cue.overlap.recall": 0.644,  # measured 0.6644
    "cue.overlap.f1": 0.733,  # measured 0.7533
    "content.exact.precision": 0.607,  # measured 0.6275
    "content.exact.recall": 0.469,  # measured 0.4895
    "content.exact.f1": 0.53,  # measured 0.5500
    "content.overlap.precision": 0.847,  # measured 0.8678
    "content.overlap.recall": 0.657,  # measured 0.6770
    "content.overlap.f1": 0.74,  # measured 0.7606
    "direct.precision": 0.886,  # measured 0.9061
    "direct.recall": 0.896,  # measured 0.9162
    "direct.f1": 0.891,  # measured 0.9111
    "speaker.accuracy": 0.884,  # measured 0.9040
    "speaker.span_accuracy": 0.874,  # measured 0.8948
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
