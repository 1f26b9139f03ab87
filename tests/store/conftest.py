from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quotetrail.store import Store, open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "quotetrail.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A fresh store in a new file, closed after the test."""
    with open_store(db_path) as opened:
        yield opened
