"""Evaluation against the PolNeAR attribution corpus.

:func:`evaluate_polnear` streams a split directory article by article: it reads
the gold attributions, runs the extractor on the text (with the article's
publication date), scores the statements, and sums the counts into an
:class:`EvalReport`. Nothing here imports spaCy; the default extractor,
:func:`quotetrail.extract`, loads it on first use.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from quotetrail.errors import InputError
from quotetrail.evaluate.metrics import Counts, RoleScore, SpeakerCounts
from quotetrail.evaluate.polnear import GoldArticle, GoldAttribution, PolnearCorpus
from quotetrail.evaluate.report import EvalReport, ReportBuilder
from quotetrail.evaluate.scoring import ArticleScore, score_article
from quotetrail.model import Statement

__all__ = [
    "ArticleScore",
    "Counts",
    "EvalReport",
    "Extractor",
    "GoldArticle",
    "GoldAttribution",
    "PolnearCorpus",
    "ProgressCallback",
    "RoleScore",
    "SpeakerCounts",
    "evaluate_polnear",
    "score_article",
]


class Extractor(Protocol):
    """What :func:`evaluate_polnear` calls on each article's text."""

    def __call__(self, text: str, *, date: date | None = None) -> Sequence[Statement]: ...


ProgressCallback = Callable[[int, int, str], None]
"""Called after each article with (articles done, articles in total, article name)."""

ErrorSink = Callable[[dict[str, Any]], None]
"""Receives one error record (missed / spurious / boundary / wrong) at a time."""


def _default_extractor() -> Extractor:
    import quotetrail

    def extract(text: str, *, date: date | None = None) -> list[Statement]:
        return quotetrail.extract(text, date=date)

    return extract


def evaluate_polnear(
    path: Path | str,
    *,
    limit: int | None = None,
    extract: Extractor | None = None,
    progress: ProgressCallback | None = None,
    errors: ErrorSink | None = None,
) -> EvalReport:
    """Score an extractor on a PolNeAR split directory (e.g. ``polnear/dev``).

    ``limit`` keeps the first N articles in name order; ``extract`` replaces
    :func:`quotetrail.extract`; ``progress`` is told after each article;
    ``errors`` receives every error record (see :mod:`quotetrail.evaluate.scoring`).
    Raises :class:`~quotetrail.errors.EvalError` for a missing or malformed corpus.
    """
    if limit is not None and limit < 1:
        raise InputError(f"limit must be at least 1, got {limit}")
    corpus = PolnearCorpus(path)
    extractor = extract if extract is not None else _default_extractor()
    total = min(len(corpus), limit) if limit is not None else len(corpus)
    builder = ReportBuilder()
    started = time.perf_counter()
    for done, article in enumerate(corpus.articles(limit), start=1):
        try:
            statements = list(extractor(article.text, date=article.publication_date))
        except Exception as exc:
            exc.add_note(f"while extracting PolNeAR article {article.text_path}")
            raise
        score = score_article(article, statements, with_errors=errors is not None)
        builder.add(score, {s.extractor for s in statements if s.extractor})
        if errors is not None:
            for record in score.errors:
                errors(record)
        if progress is not None:
            progress(done, total, article.name)
    seconds = time.perf_counter() - started
    return builder.build(
        corpus=str(corpus.path), fingerprint=corpus.fingerprint(), limit=limit, seconds=seconds
    )
