"""The store: SQLite, one file, full-text search, speaker identities across articles.

::

    from quotetrail.store import open_store
    with open_store("quotetrail.db") as store:
        for found in store.quotes("sanctions", speaker="Varek", since="2017-06-01"):
            print(found.published, found.speaker_identity, found.statement.quote)

The store imports no other stage and never spaCy. The name rules that decide which
speakers are the same person are a pure part of the resolve stage; ``open_store``
passes them in (``rules=``), so the store itself depends only on their protocol.
"""

from __future__ import annotations

from os import PathLike

from quotetrail.store.schema import SCHEMA_VERSION
from quotetrail.store.speaker_index import NameRules
from quotetrail.store.sqlite import Store

__all__ = ["SCHEMA_VERSION", "NameRules", "Store", "open_store"]


def open_store(
    path: str | PathLike[str] = "quotetrail.db",
    *,
    create: bool = True,
    aliases: str | PathLike[str] | None = None,
    rules: NameRules | None = None,
) -> Store:
    """Open the store at ``path`` (``":memory:"`` for a throw-away one).

    The file and its schema are created on first use unless ``create`` is false;
    an older schema is migrated. ``aliases`` names a TOML alias file to apply
    (format in :mod:`quotetrail.resolve.identities`). Raises ``StoreError`` (or
    ``MigrationError`` for a store from a newer quotetrail) naming the file.
    """
    if rules is None or aliases is not None:
        # The one link from store to resolve: pure name rules, no spaCy. Imported here, not at the top,
        # so the store package itself stays free of other stages.
        from quotetrail.resolve import identities

        rules = rules or identities.NameRules()
    store = Store.open(path, rules, create=create)
    if aliases is not None:
        try:
            for entry in identities.read_alias_file(aliases):
                store.add_aliases(
                    entry.name,
                    entry.aliases,
                    distinct=entry.distinct,
                    speaker_type=entry.type,
                    origin=f"alias file {aliases}",
                )
        except BaseException:
            store.close()
            raise
    return store
