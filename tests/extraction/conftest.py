"""Fixtures for the extraction specification: the English model loads once per test session."""

from __future__ import annotations

from functools import lru_cache

import pytest

import quotetrail
from quotetrail.model import Statement

from .spec import Extract


@pytest.fixture(scope="session")
def extract() -> Extract:
    """``quotetrail.extract`` with the model loaded once and results cached per (text, date)."""
    from quotetrail import nlp

    nlp.load()

    @lru_cache(maxsize=512)
    def run(text: str, date: str | None) -> tuple[Statement, ...]:
        return tuple(quotetrail.extract(text, date=date))

    def extract_text(text: str, date: str | None = None) -> list[Statement]:
        return list(run(text, date))

    return extract_text
