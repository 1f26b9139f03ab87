"""quotetrail: who said what, about whom, where and when, in the news.

The public surface is listed in ``__all__``. Importing this package is cheap:
spaCy loads only when text is first extracted.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from quotetrail.errors import QuotetrailError
from quotetrail.model import Article, ArticleResult, Failure, Mention, Span, Statement, Target

if TYPE_CHECKING:
    from quotetrail.store import Store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleResult",
    "Failure",
    "Mention",
    "QuotetrailError",
    "Span",
    "Statement",
    "Target",
    "__version__",
    "extract",
    "open_store",
]


def extract(text: str, *, date: date | str | None = None, outlet: str | None = None) -> list[Statement]:
    """Attributed statements in one article's ``text``, in text order.

    ``date`` (the article's publication date) resolves relative dates such as
    ``on Thursday``; ``outlet`` is recorded for context. Spans are offsets into
    ``text`` exactly as given.
    """
    from quotetrail.pipeline import extract_text

    return extract_text(text, date=date, outlet=outlet)


def open_store(path: str | Any = "quotetrail.db") -> Store:
    """Open (creating if needed) the SQLite store at ``path``."""
    from quotetrail.store import open_store as _open

    return _open(path)
