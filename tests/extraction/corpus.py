"""The demo corpus as a reader meets it: text files with their index metadata, the rest through ingest."""

from __future__ import annotations

from pathlib import Path

from quotetrail.demo import demo_sources, text_articles
from quotetrail.ingest import iter_articles
from quotetrail.model import Article, Statement

from .spec import Extract


def articles_of(source: Path) -> list[Article]:
    """The articles of one demo source; plain-text files carry the metadata of text/index.jsonl."""
    if source.suffix == ".txt":
        return [a for a in text_articles() if a.source == str(source)]
    items = list(iter_articles([str(source)]))
    failures = [item for item in items if not isinstance(item, Article)]
    assert not failures, f"demo source failed to ingest: {failures}"
    return [item for item in items if isinstance(item, Article)]


def all_demo_articles() -> list[Article]:
    return [article for source in demo_sources() for article in articles_of(source)]


def statements_of(article: Article, extract: Extract) -> list[Statement]:
    published = article.published_date
    return extract(article.text, published.isoformat() if published else None)
