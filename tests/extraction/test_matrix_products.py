"""The models' matrix products run through numpy's BLAS, and parse exactly as thinc's BLIS does.

thinc's bundled BLIS falls back to a slow generic kernel on processors it does not know; numpy's
BLAS is about three times faster there, held at one thread while a model runs (threadpoolctl).
Only the speed may change: tags, heads, labels and entities stay the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from quotetrail import nlp

PARAGRAPHS = [
    "“The harbour will stay closed until the inspectors say otherwise,” Port Selm mayor Lidia Farrow "
    "told the Dravin Courier on Tuesday, adding that the ferry company had been warned in March.",
    "Interior Minister Miro Lasken said the National Liberation Front had received 2.4 million crowns "
    "from Baltramar, a claim the group's director, Anneke Doval, called “a fairy tale for voters”.",
    "Dana Varek: “We will not sign.”",
]


def _models() -> Iterator[Any]:
    for _, component in nlp.load().components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            yield from model.walk()


@contextmanager
def _blis_products() -> Iterator[None]:
    """Put thinc's BLIS back for the duration (the model is shared: restore it after)."""
    from thinc.api import NumpyOps

    nodes = list(_models())
    before = [node.ops for node in nodes]
    blis = NumpyOps(use_blis=True)
    try:
        for node in nodes:
            node.ops = blis
        yield
    finally:
        for node, ops in zip(nodes, before, strict=True):
            node.ops = ops


def _analysis(text: str) -> list[tuple[str, str, int, str, str, str]]:
    doc = nlp.parse(text)
    return [(t.text, t.tag_, t.head.i, t.dep_, t.ent_iob_, t.ent_type_) for t in doc]


def test_every_model_layer_multiplies_with_numpy() -> None:
    pytest.importorskip("threadpoolctl", reason="without threadpoolctl thinc's BLIS stays")
    from thinc.api import NumpyOps

    numpy_layers = [node for node in _models() if isinstance(node.ops, NumpyOps)]
    assert numpy_layers, "no model layer found"
    assert not [node for node in numpy_layers if node.ops.use_blis]


def test_numpy_blas_runs_on_one_thread_while_a_model_runs_and_is_given_back() -> None:
    pytest.importorskip("threadpoolctl", reason="without threadpoolctl thinc's BLIS stays")
    from threadpoolctl import threadpool_info

    def blas_threads() -> list[int]:
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

    nlp.load()
    before = blas_threads()
    with nlp._one_blas_thread():
        assert set(blas_threads()) == {1}
    assert blas_threads() == before


@pytest.mark.parametrize("text", PARAGRAPHS, ids=["direct-and-indirect", "mixed-with-money", "colon"])
def test_numpy_products_parse_and_recognise_as_blis_does(text: str) -> None:
    with_numpy = _analysis(text)
    with _blis_products():
        with_blis = _analysis(text)
    assert with_numpy == with_blis
    assert any(ent for *_, ent in with_numpy), "the paragraph names nobody: the entities are not compared"
