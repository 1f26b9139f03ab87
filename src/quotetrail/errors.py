"""One exception tree for quotetrail.

::

    QuotetrailError
    ├── InputError              bad input given by the user (path, encoding, options)
    │   └── DecodeError         a file that is not text in any encoding we accept
    ├── ModelNotFoundError      no spaCy English pipeline installed
    ├── IngestError             a source could not be read
    │   ├── FetchError          HTTP failure (status, timeout, size limit)
    │   ├── FeedError           a malformed RSS/Atom feed
    │   └── ArchiveError        a truncated or malformed WARC file
    ├── StoreError              the database could not be read or written
    │   └── MigrationError      a store from an unknown (newer) schema
    └── EvalError               an evaluation corpus that is missing or malformed

Every error names what was wrong and where (a path, URL or offset).
"""

from __future__ import annotations


class QuotetrailError(Exception):
    """Base of every error quotetrail raises on purpose."""


class InputError(QuotetrailError):
    """Bad input from the user: a missing path, a bad option value."""


class DecodeError(InputError):
    """A file that cannot be decoded as text."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: cannot decode as text ({reason})")
        self.source = source
        self.reason = reason


class ModelNotFoundError(QuotetrailError):
    """No spaCy English pipeline is installed."""


class IngestError(QuotetrailError):
    """A source could not be read."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(IngestError):
    """An HTTP fetch failed."""


class FeedError(IngestError):
    """A feed could not be parsed."""


class ArchiveError(IngestError):
    """A web archive could not be read."""


class StoreError(QuotetrailError):
    """The store could not be read or written."""


class MigrationError(StoreError):
    """The store's schema cannot be migrated."""


class EvalError(QuotetrailError):
    """An evaluation corpus that is missing or malformed."""
