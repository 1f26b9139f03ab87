"""The English model's token encoder (spaCy's ``Tok2Vec``), run as fewer, larger numpy products.

``en_core_web_sm`` turns each token into a vector with four hash embeddings (NORM, PREFIX,
SUFFIX, SHAPE) mixed by a maxout layer, then four residual window layers (each token with its
neighbours, maxout, layer norm). thinc runs that layer by layer as written: it concatenates the
four embeddings, copies every token's window into a matrix three times as wide, and takes the
maxout over the innermost axis. Those copies cost as much as the products themselves.

:class:`TokenEncoder` computes the same function from the same weights:
- the mixer is linear before its maximum, so each embedding table is multiplied by its block of
  the mixer's weights once, when the encoder is built: a token's mixed embedding is then a sum
  of rows, with no product at all (a third of the encoder's arithmetic);
- a window layer multiplies each token once by the three blocks of the layer's weights and
  adds the neighbours' results shifted by one row, instead of copying windows;
- maxout pieces are laid out side by side, so the maximum is two element-wise passes.

Documents are joined with the same padding rows thinc puts between them, so results are equal to
thinc's up to float rounding (checked in the tests against the model's own forward pass).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from thinc.api import Model


KEPT_WORDS = 50_000  # distinct words whose embeddings an encoder keeps


def _first_tokens(words: list[bytes], known: dict[bytes, int]) -> dict[bytes, int]:
    """Each word not in ``known``, with the first token that has it."""
    new: dict[bytes, int] = {}
    for token, word in enumerate(words):
        if word not in known and word not in new:
            new[word] = token
    return new


@dataclass(frozen=True)
class _Maxout:
    """A maxout layer with layer norm; weights (nI, nP * nO), pieces as column blocks."""

    weights: np.ndarray
    bias: np.ndarray
    pieces: int
    gain: np.ndarray
    shift: np.ndarray

    @classmethod
    def from_layers(cls, maxout: Model[Any, Any], norm: Model[Any, Any]) -> _Maxout:
        n_out, n_pieces, n_in = (maxout.get_dim(d) for d in ("nO", "nP", "nI"))
        w = np.asarray(maxout.get_param("W")).reshape(n_out, n_pieces, n_in)
        b = np.asarray(maxout.get_param("b")).reshape(n_out, n_pieces)
        weights = np.ascontiguousarray(w.transpose(2, 1, 0).reshape(n_in, n_pieces * n_out))
        bias = np.ascontiguousarray(b.T.reshape(n_pieces * n_out))
        gain, shift = (np.asarray(norm.get_param(p)) for p in ("G", "b"))
        return cls(weights, bias, n_pieces, gain, shift)

    def finish(self, pre: np.ndarray) -> np.ndarray:
        """Maxout over the pieces of ``pre`` (bias not yet added), then layer norm."""
        pre += self.bias
        width = pre.shape[1] // self.pieces
        best = pre[:, :width].copy()
        for k in range(1, self.pieces):
            np.maximum(best, pre[:, k * width : (k + 1) * width], out=best)
        mean = best.mean(axis=1, keepdims=True)
        best -= mean
        var = np.einsum("ij,ij->i", best, best)[:, None] / best.shape[1] + 1e-08
        best *= var**-0.5
        best *= self.gain
        best += self.shift
        return best


class TokenEncoder:
    """The forward pass of a spaCy ``Tok2Vec`` model with MultiHashEmbed and MaxoutWindowEncoder."""

    def __init__(self, model: Model[Any, Any], depth: int | None = None) -> None:
        """``depth``: run only the first ``depth`` window layers (all by default)."""
        embed, encode = model.layers[0], model.layers[1]
        self.ops: Any = model.ops  # thinc's typed ops do not take plain numpy arrays
        self.attrs: list[int | str] = list(embed.layers[0].attrs["columns"])
        tables = [layer for layer in embed.walk() if layer.name == "hashembed"]
        mixers = {layer.name: layer for layer in reversed(list(embed.walk()))}
        self.mix = _Maxout.from_layers(mixers["maxout"], mixers["layernorm"])
        # A token's embedding is a sum of table rows, and the mixer is linear before its maximum:
        # each table is multiplied by its block of the mixer's weights once, here.
        self.tables: list[tuple[np.ndarray, int, int]] = []
        for k, table in enumerate(tables):
            rows = np.asarray(table.get_param("E"))
            block = self.mix.weights[k * rows.shape[1] : (k + 1) * rows.shape[1]]
            self.tables.append(
                (np.ascontiguousarray(rows @ block), int(table.attrs["seed"]), int(table.attrs["column"]))
            )
        self.kept_words = KEPT_WORDS
        self._known: dict[bytes, int] = {}  # a word's attribute row (as bytes) -> its row in _kept
        self._kept: np.ndarray | None = None  # mixed embeddings of the words seen
        self.pad = int(encode.attrs["pad"])
        windows = [layer for layer in encode.walk() if layer._func.__module__ == "thinc.layers.residual"]
        self.layers: list[tuple[_Maxout, np.ndarray]] = []
        for residual in windows[:depth]:
            parts = {layer.name: layer for layer in reversed(list(residual.walk()))}
            window = parts["expand_window"].attrs["window_size"]
            if window != 1:
                raise ValueError(f"token encoder: window size {window} is not supported (1 is)")
            layer = _Maxout.from_layers(parts["maxout"], parts["layernorm"])
            n_in = layer.weights.shape[0] // 3
            # One product for the three window positions: columns [this | previous | next].
            blocks = np.hstack([layer.weights[k * n_in : (k + 1) * n_in] for k in (1, 0, 2)])
            self.layers.append((layer, np.ascontiguousarray(blocks)))

    def embed(self, docs: list[Doc]) -> np.ndarray:
        """Every token of ``docs`` (in order, no padding) as its mixed embedding.

        A token's embedding depends on its attributes alone (its word, not its neighbours), so
        each distinct attribute row is embedded once and kept: most words of an article are words
        already seen. At most ``kept_words`` rows are kept (about 20 MB); then they start over.
        """
        ids = np.concatenate([doc.to_array(self.attrs) for doc in docs]).reshape(-1, len(self.attrs))
        if len(ids) > self.kept_words:  # a batch longer than what is kept: embed it as it comes
            return self._embed_rows(ids)
        if self._kept is None:
            self._kept = np.empty((self.kept_words, self.mix.gain.shape[0]), dtype=np.float32)
        row_bytes = ids.shape[1] * ids.dtype.itemsize
        words: list[bytes] = np.ascontiguousarray(ids).view(f"V{row_bytes}").ravel().tolist()
        known = self._known
        new = _first_tokens(words, known)
        if new:
            if len(known) + len(new) > self.kept_words:
                known.clear()
                new = _first_tokens(words, known)
            first = len(known)
            self._kept[first : first + len(new)] = self._embed_rows(ids[list(new.values())])
            for offset, word in enumerate(new):
                known[word] = first + offset
        rows: np.ndarray = self._kept[[known[word] for word in words]]
        return rows

    def _embed_rows(self, ids: np.ndarray) -> np.ndarray:
        pre: np.ndarray | None = None
        for mixed, seed, column in self.tables:
            keys = self.ops.hash(self.ops.as_contig(ids[:, column], dtype="uint64"), seed) % mixed.shape[0]
            part = np.asarray(self.ops.gather_add(mixed, keys))
            pre = part if pre is None else pre.__iadd__(part)
        assert pre is not None
        return self.mix.finish(pre)

    def __call__(self, docs: list[Doc]) -> list[np.ndarray]:
        """One vector a token for each document, as ``Tok2Vec.predict`` gives."""
        lengths = [len(doc) for doc in docs]
        if not sum(lengths):
            return [np.zeros((0, self.mix.gain.shape[0]), dtype="f") for _ in docs]
        flat = self.embed(docs)
        pieces = np.split(flat, np.cumsum(lengths)[:-1])
        x = np.asarray(self.ops.flatten(pieces, pad=self.pad))
        for layer, blocks in self.layers:
            x = x + self._window(x, layer, blocks)
        return list(self.ops.unflatten(x, self.ops.asarray1i(lengths), pad=self.pad))

    @staticmethod
    def _window(x: np.ndarray, layer: _Maxout, blocks: np.ndarray) -> np.ndarray:
        width = blocks.shape[1] // 3
        products = x @ blocks
        pre = products[:, :width]  # each token's own contribution (a view: products is ours)
        pre[1:] += products[:-1, width : 2 * width]  # the previous token's
        pre[:-1] += products[1:, 2 * width :]  # the next token's
        return layer.finish(pre)
