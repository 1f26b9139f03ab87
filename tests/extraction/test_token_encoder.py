"""The token encoder computes the model's own token vectors, with fewer products.

quotetrail.token_encoder replaces thinc's layer-by-layer pass of en_core_web_sm's Tok2Vec (the
vectors the tagger and parser read, and the entity recogniser's own). Only the arithmetic may
change: every vector must equal thinc's up to float rounding, whatever the batch holds.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from quotetrail import nlp
from quotetrail.token_encoder import TokenEncoder

BATCHES = {
    "one-paragraph": ["Interior Minister Miro Lasken said the curfew in Port Selm would end on Friday."],
    "several-lengths": [
        "“No,” Varek said.",
        "The Kestovia Observer, which first reported the leak, said the ministry had not replied to "
        "three written questions sent on June 4 and 5, nor to calls to its press office in Dravin.",
        "Yes.",
    ],
    "empty-document-in-batch": ["Farrow told reporters she would stay.", "", "Lasken disagreed."],
    "one-token": ["Kestovia"],
    "odd-characters": ["\u200b“¿Qué?” — 41 % of 2,400 … ‽ \t tabs\nand newlines 🙂"],
}


def _models() -> dict[str, Any]:
    pipeline = nlp.load()
    return {
        "shared": pipeline.get_pipe("tok2vec").model,
        "recogniser's own": pipeline.get_pipe("ner").model.get_ref("tok2vec").layers[0],
    }


@pytest.mark.parametrize("which", ["shared", "recogniser's own"])
@pytest.mark.parametrize("batch", list(BATCHES.values()), ids=list(BATCHES))
def test_vectors_equal_thincs_up_to_rounding(which: str, batch: list[str]) -> None:
    model = _models()[which]
    docs = [nlp.load().make_doc(text) for text in batch]
    expected = model.predict(docs)
    got = TokenEncoder(model)(docs)
    assert [v.shape for v in got] == [v.shape for v in expected]
    for mine, theirs in zip(got, expected, strict=True):
        np.testing.assert_allclose(mine, theirs, atol=2e-4, rtol=1e-4)


def test_an_all_empty_batch_gives_empty_vectors() -> None:
    model = _models()["shared"]
    got = TokenEncoder(model)([nlp.load().make_doc(""), nlp.load().make_doc("")])
    assert [v.shape for v in got] == [(0, 96), (0, 96)]


def test_the_pipeline_parses_exactly_as_with_thincs_pass() -> None:
    """The tagger and parser read the encoder's vectors: tags and trees must not move."""
    text = (
        "Parliament Speaker Dana Varek said on Thursday that the chamber “will not be held hostage” "
        "by the National Liberation Front, whose leader, Erik Tovek, called the vote a farce."
    )
    pipeline = nlp.load()
    pipe = pipeline.get_pipe("tok2vec")
    ours = [(t.tag_, t.head.i, t.dep_) for t in pipeline(text)]
    fast_predict = pipe.predict
    try:
        del pipe.predict  # the class's own predict: thinc's layer-by-layer pass
        theirs = [(t.tag_, t.head.i, t.dep_) for t in pipeline(text)]
    finally:
        pipe.predict = fast_predict
    assert ours == theirs


def test_words_seen_before_get_the_same_vectors() -> None:
    """Embeddings are kept per distinct word: a second pass, and a pass after the kept words
    start over, give exactly what the first pass gave."""
    model = _models()["shared"]
    docs = [nlp.load().make_doc(text) for text in BATCHES["several-lengths"]]
    encoder = TokenEncoder(model)
    first = encoder(docs)
    again = encoder(docs)
    for a, b in zip(first, again, strict=True):
        np.testing.assert_array_equal(a, b)
    small = TokenEncoder(model)
    small.kept_words = 8  # fewer than the batch's words: embedded without keeping
    for a, b in zip(first, small(docs), strict=True):
        np.testing.assert_allclose(a, b, atol=1e-6)
    several = TokenEncoder(model)
    distinct = [len(np.unique(doc.to_array(several.attrs), axis=0)) for doc in docs]
    several.kept_words = max(len(doc) for doc in docs)  # room for one document at a time: they start over
    for doc, expected in zip(docs, first, strict=True):
        np.testing.assert_allclose(several([doc])[0], expected, atol=1e-6)
    assert len(several._known) < sum(distinct)
