"""The one module that knows the order of the stages.

ingest → extract → resolve → store. Stages never import each other; they
exchange the core model's values, and this module passes them along.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar, Protocol

from quotetrail.errors import InputError, ModelNotFoundError, StoreError
from quotetrail.extraction import EXTRACTOR_VERSION, extract_statements
from quotetrail.model import Article, ArticleResult, Failure, Statement, without_lone_surrogates
from quotetrail.resolve.speakers import resolve_speakers

if TYPE_CHECKING:
    from quotetrail.ingest import HttpClient


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
    text = without_lone_surrogates(text)  # same length: the offsets are the caller's
    found = extract_statements(text, article_date=article_date)
    resolved = resolve_speakers(text, found.statements, found.mentions)
    return [replace(s, extractor=EXTRACTOR_VERSION) for s in resolved]


def process_article(article: Article) -> ArticleResult:
    """Extract the statements of one ingested article."""
    statements = extract_text(article.text, date=article.published_date, outlet=article.outlet)
    return ArticleResult(article=article, statements=tuple(statements))


# ---------------------------------------------------------------------------
# Ingest orchestration: sources → articles → extraction → store, one article
# committed at a time. The ingest stack (HTTP, HTML, feeds, WARC) is imported
# only when ingest runs, so importing this module for extraction stays light.
# ---------------------------------------------------------------------------


class ArticleStore(Protocol):
    """What ingest needs of a store (quotetrail.store.Store provides it)."""

    def find_article(self, url: str | None, content_hash: str) -> tuple[str, str] | None: ...

    def save_article(self, result: ArticleResult, *, extractor: str) -> str: ...

    def add_failure(self, failure: Failure) -> None: ...


@dataclass(slots=True)
class IngestSummary:
    """Counts of one ingest run, updated as it goes (progress displays read it)."""

    articles: int = 0  # articles extracted and saved in this run
    replaced: int = 0  # of those, articles re-extracted by a newer extractor
    statements: int = 0  # statements saved with them
    skipped: int = 0  # articles (or feed links) already stored by this extractor
    failures: int = 0
    first_failures: list[Failure] = field(default_factory=list)  # at most MAX_LISTED_FAILURES

    MAX_LISTED_FAILURES: ClassVar[int] = 50

    @property
    def ok(self) -> bool:
        return self.failures == 0

    def record_failure(self, failure: Failure) -> None:
        self.failures += 1
        if len(self.first_failures) < self.MAX_LISTED_FAILURES:
            self.first_failures.append(failure)


def ingest_into_store(
    sources: Iterable[str],
    store: ArticleStore,
    *,
    progress: Callable[[IngestSummary], None] | None = None,
    client: HttpClient | None = None,
    outlet: str | None = None,
    extract: Callable[[Article], ArticleResult] = process_article,
    extractor: str = EXTRACTOR_VERSION,
) -> IngestSummary:
    """Read ``sources``, extract each new article and save it; return the counts.

    Each article is saved in its own transaction, so an interrupted run loses
    at most the article in flight and the next run carries on: articles
    already stored by this ``extractor`` (same canonical URL or same text
    hash) are skipped, articles stored by another extractor are re-extracted
    and their statements replaced. Unreadable sources and articles whose
    extraction fails are stored as failures; the run goes on. ``outlet``
    overrides every article's outlet.
    """
    from quotetrail.ingest import iter_articles

    summary = IngestSummary()

    def already_stored(url: str) -> bool:
        found = store.find_article(url, "")  # by URL alone
        if found is None or found[1] != extractor:
            return False  # new, or stored by another extractor: read it (again) to extract it
        summary.skipped += 1
        return True

    for item in iter_articles(sources, client=client, skip_url=already_stored):
        if isinstance(item, Failure):
            _keep_failure(store, summary, item)
        else:
            _ingest_article(
                item if outlet is None else replace(item, outlet=outlet),
                store,
                summary,
                extract,
                extractor,
            )
        if progress is not None:
            progress(summary)
    return summary


def _keep_failure(store: ArticleStore, summary: IngestSummary, failure: Failure) -> None:
    store.add_failure(failure)
    summary.record_failure(failure)


def _ingest_article(
    article: Article,
    store: ArticleStore,
    summary: IngestSummary,
    extract: Callable[[Article], ArticleResult],
    extractor: str,
) -> None:
    existing = store.find_article(article.url, article.hash)
    if existing is not None and existing[1] == extractor:
        summary.skipped += 1
        return
    try:
        result = extract(article)
    except ModelNotFoundError:
        raise  # the environment, not this article: every other article would fail the same way
    except Exception as exc:  # one article's extraction bug must not stop the run
        _keep_failure(
            store,
            summary,
            Failure(article.source, f"extraction failed: {_describe(exc)}", "extract"),
        )
        return
    try:
        store.save_article(result, extractor=extractor)
    except StoreError as exc:
        _keep_failure(store, summary, Failure(article.source, f"could not save: {exc}", "store"))
        return
    summary.articles += 1
    summary.statements += len(result.statements)
    if existing is not None:
        summary.replaced += 1


def _describe(exc: BaseException) -> str:
    message = " ".join(str(exc).split())[:300]
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def ingest_articles(
    articles: Iterable[Article],
    store: ArticleStore,
    *,
    progress: Callable[[IngestSummary], None] | None = None,
    extractor: str = EXTRACTOR_VERSION,
) -> IngestSummary:
    """Like :func:`ingest_into_store`, for articles already read (with their metadata)."""
    summary = IngestSummary()
    for article in articles:
        _ingest_article(article, store, summary, process_article, extractor)
        if progress is not None:
            progress(summary)
    return summary
