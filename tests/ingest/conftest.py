from __future__ import annotations

from collections.abc import Iterator

import pytest
from local_site import LocalSite

from quotetrail.ingest import HttpClient


@pytest.fixture
def site() -> Iterator[LocalSite]:
    """A web site on 127.0.0.1 (ephemeral port), shut down after the test."""
    server = LocalSite().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def client() -> Iterator[HttpClient]:
    """A client with short timeouts and no politeness delays, for fast tests."""
    with HttpClient(timeout=0.5, retries=2, backoff=0.01, host_delay=0.0, max_bytes=200_000) as http:
        yield http
