"""The one module that knows the order of the stages.

ingest → extract → resolve → store. Stages never import each other; they
exchange the core model's values, and this module passes them along.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from quotetrail.errors import InputError
from quotetrail.extraction import EXTRACTOR_VERSION, extract_statements
from quotetrail.model import Article, ArticleResult, Statement
from quotetrail.resolve.speakers import resolve_speakers


def _as_date(value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(f"date {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def extract_text(text: str, *, date: date | str | None = None, outlet: str | None = None) -> list[Statement]:
    """Extract and resolve the statements of one article's text."""
    if not isinstance(text, str):
        raise InputError(f"extract() takes str, not {type(text).__name__}")
    article_date = _as_date(date)
    if not text.strip():
        return []
    found = extract_statements(text, article_date=article_date)
    resolved = resolve_speakers(text, found.statements, found.mentions)
    return [replace(s, extractor=EXTRACTOR_VERSION) for s in resolved]


def process_article(article: Article) -> ArticleResult:
    """Extract the statements of one ingested article."""
    statements = extract_text(article.text, date=article.published_date, outlet=article.outlet)
    return ArticleResult(article=article, statements=tuple(statements))
