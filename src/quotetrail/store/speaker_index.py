"""Speaker identities inside the store: assignment, merges, splits, alias rules.

The store never imports another stage. The name rules (what counts as the same
speaker) come in as a :class:`NameRules` object; ``quotetrail.resolve.identities``
provides the standard one and :func:`quotetrail.store.open_store` wires it in.

User decisions (see :mod:`quotetrail.store.speaker_edits`) are rules in
``speaker_rules``, re-applied here whenever statements arrive: ``same`` links two
name keys (merges, alias files) and ``distinct`` keeps a name away from an
identity (splits, ``distinct`` in alias files). Every method here runs inside
the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Protocol, cast

from quotetrail.errors import StoreError
from quotetrail.model import SpeakerIdentity, SpeakerType, Statement
from quotetrail.store.filters import escape_like

_ALIAS_SEPARATOR = "\x1f"
CACHE_LIMIT = 200_000  # cached decisions kept in memory


class NameRules(Protocol):
    """What the store needs to know about names (see ``quotetrail.resolve.identities``)."""

    def identity_name(self, statement: Statement) -> str | None: ...
    def clean_name(self, raw: str, speaker_type: str) -> str | None: ...
    def name_key(self, name: str) -> str: ...
    def surname_key(self, name: str, speaker_type: str) -> str | None: ...
    def is_partial(self, name: str, speaker_type: str) -> bool: ...
    def match(
        self, name: str, speaker_type: str, known: Sequence[SpeakerIdentity]
    ) -> SpeakerIdentity | None: ...


class RuleBook:
    """The ``speaker_rules`` table held in memory: components of linked keys, barred pairs."""

    def __init__(self, rows: Iterable[tuple[str, str, str, str | None]]) -> None:
        self.parent: dict[str, str] = {}
        self.preferred: dict[str, str] = {}
        self.distinct: dict[str, set[str]] = {}
        preferred_by_key: list[tuple[str, str]] = []
        for kind, a, b, preferred in rows:
            if kind == "same":
                self._union(a, b)
                if preferred:
                    preferred_by_key.append((a, preferred))
            else:
                self.distinct.setdefault(a, set()).add(b)
                self.distinct.setdefault(b, set()).add(a)
        for key, name in preferred_by_key:  # later rules win
            self.preferred[self._find(key)] = name
        self.components: dict[str, set[str]] = {}
        for key in self.parent:
            self.components.setdefault(self._find(key), set()).add(key)

    def _find(self, key: str) -> str:
        root = key
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        return root

    def _union(self, a: str, b: str) -> None:
        self.parent.setdefault(a, a)
        self.parent.setdefault(b, b)
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self.parent[ra] = rb

    def linked(self, key: str) -> set[str]:
        return self.components[self._find(key)] if key in self.parent else {key}

    def preferred_name(self, key: str) -> str | None:
        return self.preferred.get(self._find(key)) if key in self.parent else None


class SpeakerIndex:
    """Assigns statements to speaker identities and applies the user's rules."""

    def __init__(self, conn: sqlite3.Connection, rules: NameRules, where: str) -> None:
        self.conn = conn
        self.names = rules
        self.where = where
        self._cache: dict[tuple[str, str], int] = {}  # (key, type) -> speaker id decided
        self._depends: dict[str, set[tuple[str, str]]] = {}  # "k:key" / "s:surname" -> cached decisions
        self._observed: set[tuple[int, str]] = set()  # alias rows known to exist
        self.reload_rules()

    # -- rules -------------------------------------------------------------------------------------

    def reload_rules(self) -> None:
        rows = self.conn.execute("SELECT kind, name_key, other_key, preferred FROM speaker_rules ORDER BY id")
        self.rules = RuleBook(cast(Iterable[tuple[str, str, str, str | None]], rows))
        self.forget()

    def forget(self) -> None:
        """Drop cached decisions (after identities changed, or a transaction rolled back)."""
        self._cache.clear()
        self._depends.clear()
        self._observed.clear()

    def _tokens(self, name: str, key: str, kind: str) -> list[str]:
        """What a decision about ``name`` depends on: identities with its key or its surname."""
        surname = self.names.surname_key(name, kind)
        return [f"k:{key}", f"s:{surname}"] if surname else [f"k:{key}"]

    def _invalidate(self, name: str, kind: str) -> None:
        """Drop the cached decisions an identity called ``name`` can change (same key or surname)."""
        for token in self._tokens(name, self.names.name_key(name), kind):
            for decision in self._depends.pop(token, ()):
                self._cache.pop(decision, None)

    # -- reading identities ------------------------------------------------------------------------

    def identities(self, where: str, params: Sequence[object]) -> list[SpeakerIdentity]:
        rows = self.conn.execute(
            "SELECT s.id, s.name, s.type, group_concat(a.alias, char(31)) FROM speakers s "
            f"LEFT JOIN speaker_aliases a ON a.speaker_id = s.id WHERE {where} GROUP BY s.id ORDER BY s.id",
            params,
        )
        return [
            SpeakerIdentity(int(i), n, cast(SpeakerType, t), tuple(a.split(_ALIAS_SEPARATOR)) if a else ())
            for i, n, t, a in rows
        ]

    def keys_of(self, identity: SpeakerIdentity) -> set[str]:
        return {self.names.name_key(identity.name), *(self.names.name_key(a) for a in identity.aliases)}

    def with_keys(self, keys: Iterable[str]) -> list[SpeakerIdentity]:
        wanted = sorted(set(keys))
        marks = ",".join("?" * len(wanted))
        return self.identities(
            f"s.id IN (SELECT id FROM speakers WHERE key IN ({marks}) "
            f"UNION SELECT speaker_id FROM speaker_aliases WHERE key IN ({marks}))",
            [*wanted, *wanted],
        )

    def lookup(self, name: str) -> list[SpeakerIdentity]:
        """Identities called ``name``: by canonical name first, else by alias."""
        keys = [self.names.name_key(name)]
        for kind in ("person", "organization"):
            cleaned = self.names.clean_name(name, kind)
            if cleaned:
                keys.append(self.names.name_key(cleaned))
        for key in dict.fromkeys(keys):
            found = self.identities("s.key = ?", [key]) or self.identities(
                "s.id IN (SELECT speaker_id FROM speaker_aliases WHERE key = ?)", [key]
            )
            if found:
                return found
        return []

    def one(self, name: str) -> SpeakerIdentity:
        found = self.lookup(name)
        if not found:
            raise StoreError(f"{self.where}: no speaker called {name!r} (see `quotetrail speakers`)")
        if len(found) > 1:
            names = "; ".join(f"{i.name} (#{i.id})" for i in found)
            raise StoreError(f"{self.where}: {name!r} names several speakers: {names}; use a fuller name")
        return found[0]

    def ids_matching(self, query: str) -> list[int]:
        """Speaker ids for a ``--speaker`` filter: the name, an alias, or whole words of a name."""
        keys = {self.names.name_key(query)}
        cleaned = self.names.clean_name(query, "person")
        if cleaned:
            keys.add(self.names.name_key(cleaned))
        ids: set[int] = set()
        for key in keys - {""}:
            word = escape_like(key)
            rows = self.conn.execute(
                "SELECT id FROM speakers WHERE key = ? OR key LIKE ? ESCAPE '\\' OR key LIKE ? ESCAPE '\\' "
                "OR key LIKE ? ESCAPE '\\' UNION SELECT speaker_id FROM speaker_aliases WHERE key = ?",
                (key, f"{word} %", f"% {word}", f"% {word} %", key),
            )
            ids.update(int(r[0]) for r in rows)
        return sorted(ids)

    # -- assigning statements ----------------------------------------------------------------------

    def assign(self, statement: Statement) -> tuple[str | None, int | None]:
        """``(speaker_key, speaker_id)`` for a statement about to be stored."""
        name = self.names.identity_name(statement)
        if name is None:
            return None, None
        return self.place(name, statement.speaker_type)

    def place(self, name: str, kind: str) -> tuple[str, int]:
        """The identity of a speaker called ``name`` (cleaned) of type ``kind``, created if needed."""
        key = self.names.name_key(name)
        speaker_id = self._cache.get((key, kind))
        if speaker_id is None:
            speaker_id = self._resolve(name, key, kind)
            if len(self._cache) + len(self._observed) > CACHE_LIMIT:  # memory stays flat on big corpora
                self.forget()
            self._cache[(key, kind)] = speaker_id
            for token in self._tokens(name, key, kind):
                self._depends.setdefault(token, set()).add((key, kind))
        if (speaker_id, key) not in self._observed:
            self.add_alias(speaker_id, key, name, "observed")
            self._observed.add((speaker_id, key))
        return key, speaker_id

    def _barred(self, key: str, identity: SpeakerIdentity) -> bool:
        bars = self.rules.distinct.get(key)
        return bool(bars and bars & self.keys_of(identity))

    def _resolve(self, name: str, key: str, kind: str) -> int:
        linked = self.rules.linked(key)
        if len(linked) > 1:
            joined = [i for i in self.with_keys(linked) if not self._barred(key, i)]
            if joined:
                return joined[0].id
        surname = self.names.surname_key(name, kind)
        where, params = (
            "s.key = ? OR s.id IN (SELECT speaker_id FROM speaker_aliases WHERE key = ?)",
            [key, key],
        )
        if surname:
            where += " OR (s.surname = ? AND s.type IN ('person', 'unknown'))"
            params.append(surname)
        known = [i for i in self.identities(where, params) if not self._barred(key, i)]
        found = self.names.match(name, kind, known)
        if found is None:
            return self.create(self.rules.preferred_name(key) or name, kind)
        stored = next(i for i in known if i.id == found.id)
        if (found.name, found.type) != (stored.name, stored.type):
            self.rename(found.id, found.name, found.type)
            self._invalidate(stored.name, stored.type)
        return found.id

    def add_alias(self, speaker_id: int, key: str, alias: str, origin: str) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO speaker_aliases(speaker_id, key, alias, origin) VALUES (?, ?, ?, ?)",
            (speaker_id, key, alias, origin),
        )

    def drop_alias(self, speaker_id: int, key: str) -> None:
        self.conn.execute("DELETE FROM speaker_aliases WHERE speaker_id = ? AND key = ?", (speaker_id, key))
        self._observed.discard((speaker_id, key))

    def create(self, name: str, kind: str) -> int:
        key = self.names.name_key(name)
        cursor = self.conn.execute(
            "INSERT INTO speakers(name, key, type, surname) VALUES (?, ?, ?, ?)",
            (name, key, kind, self.names.surname_key(name, kind)),
        )
        speaker_id = int(cast(int, cursor.lastrowid))
        self.add_alias(speaker_id, key, name, "name")
        self._invalidate(name, kind)  # a new identity can make other names ambiguous
        if not self.names.is_partial(name, kind):
            self._recheck_partials(speaker_id, name, kind)
        return speaker_id

    def _recheck_partials(self, new_id: int, name: str, kind: str) -> None:
        """Re-place surname-only names that joined a namesake of the new identity: they may be ambiguous now.

        ``Varek`` joined ``Dana Varek`` while she was the only Varek; once ``Pavel Varek``
        arrives, those statements move to a speaker ``Varek`` of their own (unless a
        user rule keeps them), so the result does not depend on the order of arrival.
        """
        surname = self.names.surname_key(name, kind)
        if not surname:
            return
        rows = self.conn.execute(
            "SELECT a.speaker_id, a.key, a.alias, s.type FROM speaker_aliases a JOIN speakers s "
            "ON s.id = a.speaker_id WHERE s.surname = ? AND s.id != ? AND a.key != s.key "
            "AND a.origin IN ('observed', 'name')",
            (surname, new_id),
        ).fetchall()
        for speaker_id, key, alias, alias_type in rows:
            if not self.names.is_partial(alias, alias_type):
                continue
            placed = self._resolve(alias, key, alias_type)
            if placed != speaker_id:
                self.conn.execute(
                    "UPDATE statements SET speaker_id = ? WHERE speaker_id = ? AND speaker_key = ?",
                    (placed, speaker_id, key),
                )
                self.drop_alias(speaker_id, key)
                self.add_alias(placed, key, alias, "observed")

    def rename(self, speaker_id: int, name: str, kind: str) -> None:
        key = self.names.name_key(name)
        self.conn.execute(
            "UPDATE speakers SET name = ?, key = ?, type = ?, surname = ? WHERE id = ?",
            (name, key, kind, self.names.surname_key(name, kind), speaker_id),
        )
        self.add_alias(speaker_id, key, name, "name")
        self._invalidate(name, kind)

    def prune(self, speaker_ids: Iterable[int]) -> None:
        """Drop identities left without statements and names no statement uses any more."""
        changed = 0
        for speaker_id in set(speaker_ids):
            if self.conn.execute(
                "SELECT 1 FROM statements WHERE speaker_id = ? LIMIT 1", (speaker_id,)
            ).fetchone():
                cursor = self.conn.execute(
                    "DELETE FROM speaker_aliases WHERE speaker_id = ? AND origin = 'observed' AND key NOT IN "
                    "(SELECT speaker_key FROM statements WHERE speaker_id = ? AND speaker_key IS NOT NULL)",
                    (speaker_id, speaker_id),
                )
            else:
                cursor = self.conn.execute("DELETE FROM speakers WHERE id = ?", (speaker_id,))
            changed += max(cursor.rowcount, 0)
        if changed:
            self.forget()

    def rebuild(self) -> None:
        """Reassign every stored statement: full names first, then partial ones, each in order of arrival."""
        names = self.names

        def identity_name(speaker: str | None, speaker_name: str | None, speaker_type: str) -> str | None:
            probe = Statement(
                kind="direct",
                quote="",
                quote_spans=(),
                speaker=speaker,
                speaker_name=speaker_name,
                speaker_type=cast(SpeakerType, speaker_type),
            )
            return names.identity_name(probe)

        def identity_key(speaker: str | None, speaker_name: str | None, speaker_type: str) -> str | None:
            name = identity_name(speaker, speaker_name, speaker_type)
            return names.name_key(name) if name else None

        conn = self.conn
        conn.create_function("qt_identity_name", 3, identity_name, deterministic=True)
        conn.create_function("qt_identity_key", 3, identity_key, deterministic=True)
        conn.execute("UPDATE statements SET speaker_id = NULL WHERE speaker_id IS NOT NULL")
        conn.execute("DELETE FROM speakers")
        self.forget()
        conn.execute(
            "UPDATE statements SET speaker_key = qt_identity_key(speaker, speaker_name, speaker_type)"
        )
        conn.execute(
            "CREATE TEMP TABLE identity_map (key TEXT, type TEXT, speaker_id INTEGER, "
            "PRIMARY KEY (key, type))"
        )
        try:
            for partial_pass in (False, True):
                rows = conn.execute(
                    "SELECT speaker_key, speaker_type, "
                    "qt_identity_name(speaker, speaker_name, speaker_type), MIN(seq) AS first "
                    "FROM statements WHERE speaker_key IS NOT NULL "
                    "GROUP BY speaker_key, speaker_type ORDER BY first"
                )
                for key, kind, name, _first in rows:
                    if name and names.is_partial(name, kind) == partial_pass:
                        conn.execute(
                            "INSERT OR REPLACE INTO temp.identity_map VALUES (?, ?, ?)",
                            (key, kind, self.place(name, kind)[1]),
                        )
            conn.execute(
                "UPDATE statements SET speaker_id = (SELECT m.speaker_id FROM temp.identity_map m "
                "WHERE m.key = statements.speaker_key AND m.type = statements.speaker_type) "
                "WHERE speaker_key IS NOT NULL"
            )
        finally:
            conn.execute("DROP TABLE temp.identity_map")
