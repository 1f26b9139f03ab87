"""Speaker identities inside the store: assignment, merges, splits, alias rules.

The store never imports another stage. The name rules (what counts as the same
speaker) come in as a :class:`NameRules` object; ``quotetrail.resolve.identities``
provides the standard one and :func:`quotetrail.store.open_store` wires it in.

User decisions are kept as rules in ``speaker_rules`` and re-applied whenever
statements arrive: ``same`` links two name keys (merges, alias files) and
``distinct`` keeps a name away from an identity (splits, ``distinct`` in alias files).
Every method here runs inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Protocol, cast

from quotetrail.errors import StoreError
from quotetrail.model import SpeakerIdentity, SpeakerType, Statement
from quotetrail.store.queries import escape_like

_ALIAS_SEPARATOR = "\x1f"
_CACHE_LIMIT = 200_000


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


class _Rules:
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


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SpeakerIndex:
    """Assigns statements to speaker identities and applies the user's rules."""

    def __init__(self, conn: sqlite3.Connection, rules: NameRules, where: str) -> None:
        self.conn = conn
        self.names = rules
        self.where = where
        self._cache: dict[tuple[str, str], int] = {}
        self._observed: set[tuple[int, str]] = set()
        self.reload_rules()

    # -- rules -------------------------------------------------------------------------------------

    def reload_rules(self) -> None:
        rows = self.conn.execute("SELECT kind, name_key, other_key, preferred FROM speaker_rules ORDER BY id")
        self.rules = _Rules(cast(Iterable[tuple[str, str, str, str | None]], rows))
        self.forget()

    def forget(self) -> None:
        """Drop cached decisions (after identities changed, or a transaction rolled back)."""
        self._cache.clear()
        self._observed.clear()

    def rule_keys(self, name: str, kind: str | None) -> set[str]:
        """The keys statements would carry for ``name`` (titles or a leading ``the`` dropped)."""
        kinds = [kind] if kind else ["person", "organization"]
        keys = {self.names.name_key(c) for k in kinds if (c := self.names.clean_name(name, k))}
        return keys or {self.names.name_key(name)}

    def _add_rule(
        self,
        kind: str,
        name: tuple[str, str | None],
        other: tuple[str, str | None],
        *,
        preferred: str | None,
        origin: str,
    ) -> None:
        """Record a rule between two ``(name, speaker type or None)``; drop any opposite rule."""
        opposite = "distinct" if kind == "same" else "same"
        for a in self.rule_keys(*name):
            for b in self.rule_keys(*other):
                self.conn.execute(
                    "INSERT INTO speaker_rules(kind, name, name_key, other, other_key, preferred, origin, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, name_key, other_key) "
                    "DO UPDATE SET preferred = excluded.preferred, origin = excluded.origin",
                    (kind, name[0], a, other[0], b, preferred, origin, _now()),
                )
                self.conn.execute(
                    "DELETE FROM speaker_rules WHERE kind = ? AND ((name_key = ? AND other_key = ?) "
                    "OR (name_key = ? AND other_key = ?))",
                    (opposite, a, b, b, a),
                )

    # -- reading identities ------------------------------------------------------------------------

    def _identities(self, where: str, params: Sequence[object]) -> list[SpeakerIdentity]:
        rows = self.conn.execute(
            "SELECT s.id, s.name, s.type, group_concat(a.alias, char(31)) FROM speakers s "
            f"LEFT JOIN speaker_aliases a ON a.speaker_id = s.id WHERE {where} GROUP BY s.id ORDER BY s.id",
            params,
        )
        return [
            SpeakerIdentity(int(i), n, cast(SpeakerType, t), tuple(a.split(_ALIAS_SEPARATOR)) if a else ())
            for i, n, t, a in rows
        ]

    def _keys_of(self, identity: SpeakerIdentity) -> set[str]:
        return {self.names.name_key(identity.name), *(self.names.name_key(a) for a in identity.aliases)}

    def _with_keys(self, keys: Iterable[str]) -> list[SpeakerIdentity]:
        wanted = sorted(set(keys))
        marks = ",".join("?" * len(wanted))
        return self._identities(
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
            found = self._identities("s.key = ?", [key]) or self._identities(
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
            if len(self._cache) > _CACHE_LIMIT:
                self.forget()
            self._cache[(key, kind)] = speaker_id
        if (speaker_id, key) not in self._observed:
            self._add_alias(speaker_id, key, name, "observed")
            self._observed.add((speaker_id, key))
        return key, speaker_id

    def _barred(self, key: str, identity: SpeakerIdentity) -> bool:
        bars = self.rules.distinct.get(key)
        return bool(bars and bars & self._keys_of(identity))

    def _resolve(self, name: str, key: str, kind: str) -> int:
        linked = self.rules.linked(key)
        if len(linked) > 1:
            joined = [i for i in self._with_keys(linked) if not self._barred(key, i)]
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
        known = [i for i in self._identities(where, params) if not self._barred(key, i)]
        found = self.names.match(name, kind, known)
        if found is None:
            return self._create(self.rules.preferred_name(key) or name, kind)
        stored = next(i for i in known if i.id == found.id)
        if (found.name, found.type) != (stored.name, stored.type):
            self._rename(found.id, found.name, found.type)
        return found.id

    def _add_alias(self, speaker_id: int, key: str, alias: str, origin: str) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO speaker_aliases(speaker_id, key, alias, origin) VALUES (?, ?, ?, ?)",
            (speaker_id, key, alias, origin),
        )

    def _drop_alias(self, speaker_id: int, key: str) -> None:
        self.conn.execute("DELETE FROM speaker_aliases WHERE speaker_id = ? AND key = ?", (speaker_id, key))

    def _create(self, name: str, kind: str) -> int:
        key = self.names.name_key(name)
        cursor = self.conn.execute(
            "INSERT INTO speakers(name, key, type, surname) VALUES (?, ?, ?, ?)",
            (name, key, kind, self.names.surname_key(name, kind)),
        )
        speaker_id = int(cast(int, cursor.lastrowid))
        self._add_alias(speaker_id, key, name, "name")
        self.forget()  # a new identity can make other names ambiguous
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
                self._drop_alias(speaker_id, key)
                self._add_alias(placed, key, alias, "observed")

    def _rename(self, speaker_id: int, name: str, kind: str) -> None:
        key = self.names.name_key(name)
        self.conn.execute(
            "UPDATE speakers SET name = ?, key = ?, type = ?, surname = ? WHERE id = ?",
            (name, key, kind, self.names.surname_key(name, kind), speaker_id),
        )
        self._add_alias(speaker_id, key, name, "name")
        self.forget()

    def prune(self, speaker_ids: Iterable[int]) -> None:
        """Drop identities left without statements and names no statement uses any more."""
        for speaker_id in set(speaker_ids):
            if self.conn.execute(
                "SELECT 1 FROM statements WHERE speaker_id = ? LIMIT 1", (speaker_id,)
            ).fetchone():
                self.conn.execute(
                    "DELETE FROM speaker_aliases WHERE speaker_id = ? AND origin = 'observed' AND key NOT IN "
                    "(SELECT speaker_key FROM statements WHERE speaker_id = ? AND speaker_key IS NOT NULL)",
                    (speaker_id, speaker_id),
                )
            else:
                self.conn.execute("DELETE FROM speakers WHERE id = ?", (speaker_id,))
        self.forget()

    # -- user decisions ----------------------------------------------------------------------------

    def _absorb(self, into: SpeakerIdentity, other: SpeakerIdentity) -> None:
        self.conn.execute("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", (into.id, other.id))
        self.conn.execute(
            "INSERT OR IGNORE INTO speaker_aliases(speaker_id, key, alias, origin) "
            "SELECT ?, key, alias, origin FROM speaker_aliases WHERE speaker_id = ?",
            (into.id, other.id),
        )
        self.conn.execute("DELETE FROM speakers WHERE id = ?", (other.id,))
        if into.type == "unknown" and other.type != "unknown":
            self.conn.execute("UPDATE speakers SET type = ? WHERE id = ?", (other.type, into.id))

    def _apply_same(self, key: str) -> None:
        """Join every identity known by a key linked to ``key``; name it as the rules prefer."""
        found = self._with_keys(self.rules.linked(key))
        if not found:
            return
        preferred = self.rules.preferred_name(key)
        preferred_key = self.names.name_key(preferred) if preferred else None
        target = next((i for i in found if self.names.name_key(i.name) == preferred_key), found[0])
        for other in found:
            if other.id != target.id:
                self._absorb(target, other)
        if preferred and preferred != target.name:
            self._rename(target.id, preferred, target.type)
        self.forget()

    def _move_out(self, identity: SpeakerIdentity, alias: str) -> SpeakerIdentity | None:
        """Give the statements ``identity`` holds under ``alias`` an identity of their own."""
        key = self.names.name_key(alias)
        self._drop_alias(identity.id, key)
        moving = self.conn.execute(
            "SELECT 1 FROM statements WHERE speaker_id = ? AND speaker_key = ? LIMIT 1", (identity.id, key)
        ).fetchone()
        own = [i for i in self._identities("s.key = ?", [key]) if i.id != identity.id]
        if not moving and not own:
            self.forget()
            return None
        new_id = own[0].id if own else self._create(alias, identity.type)
        self.conn.execute(
            "UPDATE statements SET speaker_id = ? WHERE speaker_id = ? AND speaker_key = ?",
            (new_id, identity.id, key),
        )
        self._add_alias(new_id, key, alias, "observed")
        self.forget()
        return self._identities("s.id = ?", [new_id])[0]

    def merge(self, name: str, into: str, *, as_name: str | None = None) -> SpeakerIdentity:
        """Join the speaker called ``name`` to the one called ``into``, named ``as_name`` or as ``into``."""
        source, target = self.one(name), self.one(into)
        preferred = as_name.strip() if as_name and as_name.strip() else target.name
        for alias in {source.name, name}:
            self._add_rule(
                "same", (alias, source.type), (target.name, target.type), preferred=preferred, origin="merge"
            )
        self.reload_rules()
        self._apply_same(self.names.name_key(target.name))
        merged = self._identities("s.key = ?", [self.names.name_key(preferred)])
        return merged[0] if merged else self._identities("s.id = ?", [target.id])[0]

    def split(self, name: str, alias: str) -> SpeakerIdentity | None:
        """Take ``alias`` away from the speaker called ``name``; return the alias's own identity, if any."""
        identity = self.one(name)
        cleaned = self.names.clean_name(alias, identity.type) or alias.strip()
        alias_keys = self.rule_keys(cleaned, identity.type)
        if self.names.name_key(identity.name) in alias_keys:
            raise StoreError(
                f"{self.where}: cannot split {identity.name!r} from itself; name one of its aliases"
            )
        own_keys = self._keys_of(identity) - alias_keys
        for a in alias_keys:
            for b in own_keys:
                self.conn.execute(
                    "DELETE FROM speaker_rules WHERE kind = 'same' AND ((name_key = ? AND other_key = ?) "
                    "OR (name_key = ? AND other_key = ?))",
                    (a, b, b, a),
                )
        self._add_rule(
            "distinct",
            (cleaned, identity.type),
            (identity.name, identity.type),
            preferred=None,
            origin="split",
        )
        self.reload_rules()
        return self._move_out(identity, cleaned)

    def add_aliases(
        self,
        name: str,
        aliases: Iterable[str],
        *,
        distinct: Iterable[str] = (),
        speaker_type: str | None = None,
        origin: str = "aliases",
    ) -> None:
        """Record that ``aliases`` are ``name`` and ``distinct`` are not; apply to stored statements."""
        this = (name, speaker_type)
        for alias in [name, *aliases]:
            self._add_rule("same", (alias, speaker_type), this, preferred=name, origin=origin)
        barred = [self.names.clean_name(d, speaker_type or "person") or d.strip() for d in distinct]
        for other in barred:
            self._add_rule("distinct", (other, speaker_type), this, preferred=None, origin=origin)
        self.reload_rules()
        self._apply_same(self.names.name_key(name))
        for identity in self._with_keys(self.rule_keys(name, speaker_type)):
            for other in barred:
                self._move_out(identity, other)

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
