"""Speaker identities inside the store: assignment, titles, merges, splits, alias rules.

The store never imports another stage. The name rules (what counts as the same
speaker) come in as a :class:`~quotetrail.store.speaker_rules.NameRules` object;
``quotetrail.resolve.identities`` provides the standard one and
:func:`quotetrail.store.open_store` wires it in.

User decisions (see :mod:`quotetrail.store.speaker_edits`) are rules in
``speaker_rules``, re-applied here whenever statements arrive: ``same`` links two
name keys (merges, alias files), ``distinct`` keeps a name away from an identity
(splits, ``distinct`` in alias files), and an alias file may declare a speaker's
type. ``speaker_titles`` keeps the roles and titles each identity was given under
its full name: they decide where a surname with a title (``Speaker Varek``) goes
when several full names fit it. Every method here runs inside the caller's
transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import cast

from quotetrail.errors import StoreError
from quotetrail.model import SpeakerIdentity, SpeakerType, Statement
from quotetrail.store.filters import escape_like
from quotetrail.store.speaker_rules import NameRules, RuleBook, RuleRow
from quotetrail.store.speaker_titles import SpeakerTitles

__all__ = ["CACHE_LIMIT", "NameRules", "SpeakerIndex"]

_ALIAS_SEPARATOR = "\x1f"
CACHE_LIMIT = 200_000  # cached decisions kept in memory
Decision = tuple[str, str, str]  # name key, speaker type, title key (partial names only)


class SpeakerIndex:
    """Assigns statements to speaker identities and applies the user's rules."""

    def __init__(self, conn: sqlite3.Connection, rules: NameRules, where: str) -> None:
        self.conn = conn
        self.names = rules
        self.where = where
        self._cache: dict[Decision, int] = {}  # decisions taken
        self._depends: dict[str, set[Decision]] = {}  # "k:key" / "s:surname" -> cached decisions
        self._observed: set[tuple[int, str]] = set()  # alias rows known to exist
        self.emptied: set[int] = set()  # identities whose statements moved away (pruned by the caller)
        self.titles = SpeakerTitles(conn, rules)
        self.reload_rules()

    # -- rules -------------------------------------------------------------------------------------

    def reload_rules(self) -> None:
        rows = self.conn.execute(
            "SELECT kind, name_key, other_key, preferred, speaker_type FROM speaker_rules ORDER BY id"
        )
        self.rules = RuleBook(cast(Iterable[RuleRow], rows))
        self.forget()

    def forget(self) -> None:
        """Drop cached decisions (after identities changed, or a transaction rolled back)."""
        self._cache.clear()
        self._depends.clear()
        self._observed.clear()
        self.titles.known.clear()

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
        """Speaker ids for a ``--speaker`` filter: the name, an alias, or whole words of a name.

        A gendered title in the query (``Ms. Varek``) leaves out the speakers whose
        statements call them by titles of the other gender only.
        """
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
        title = self.names.speaker_title(query, None)
        gender = self.names.title_gender(title) if title else None
        if gender is not None and len(ids) > 1:
            known = self.titles.genders(ids)
            ids = {i for i in ids if known.get(i, gender) == gender}
        return sorted(ids)

    # -- assigning statements ----------------------------------------------------------------------

    def assign(self, statement: Statement) -> tuple[str | None, int | None]:
        """``(speaker_key, speaker_id)`` for a statement about to be stored."""
        name = self.names.identity_name(statement)
        if name is None:
            return None, None
        kind = statement.speaker_type
        title = self.titles.title_of(statement.speaker, name, statement.speaker_role, kind)
        return self.place(name, kind, title)

    def place(self, name: str, kind: str, title: str | None = None) -> tuple[str, int]:
        """The identity of a speaker called ``name`` (cleaned) of type ``kind``, created if needed.

        ``title`` is the role or title the statement gives the speaker: under a full
        name it is recorded as the identity's; with a partial name it may decide
        between namesakes.
        """
        key = self.names.name_key(name)
        partial = self.names.is_partial(name, kind)
        decision = (key, kind, self.names.title_key(title) if title and partial else "")
        speaker_id = self._cache.get(decision)
        if speaker_id is None:
            speaker_id = self._resolve(name, key, kind, title if decision[2] else None)
            if len(self._cache) + len(self._observed) + len(self.titles.known) > CACHE_LIMIT:
                self.forget()  # memory stays flat on big corpora
            self._cache[decision] = speaker_id
            for token in self._tokens(name, key, kind):
                self._depends.setdefault(token, set()).add(decision)
        if (speaker_id, key) not in self._observed:
            self.add_alias(speaker_id, key, name, "observed")
            self._observed.add((speaker_id, key))
        if title and not partial and self.titles.record(speaker_id, title):
            self._invalidate(name, kind)  # a new title may settle surnames with titles
            self._recheck_partials(name, kind, titled_only=True)
        return key, speaker_id

    def _barred(self, key: str, identity: SpeakerIdentity) -> bool:
        bars = self.rules.distinct.get(key)
        return bool(bars and bars & self.keys_of(identity))

    def _resolve(self, name: str, key: str, kind: str, title: str | None = None) -> int:
        declared = self.rules.declared_type(key)
        kind = declared or kind
        linked = self.rules.linked(key)
        if len(linked) > 1 or declared:
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
        found = None
        if title and sum(not self.names.is_partial(i.name, i.type) for i in known) > 1:
            titles = self.titles.of(i.id for i in known)
            found = self.names.match_title(name, kind, title, [(i, titles.get(i.id, [])) for i in known])
        if found is None:
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
            self._recheck_partials(name, kind)
        return speaker_id

    def _recheck_partials(self, name: str, kind: str, *, titled_only: bool = False) -> None:
        """Re-place the stored surname-only names of ``name``'s surname: a new namesake, or a new title
        of one, may change where they belong.

        ``Varek`` joined ``Dana Varek`` while she was the only Varek; once ``Pavel Varek``
        arrives, those statements move to a speaker ``Varek`` of their own (unless a
        user rule keeps them), and ``Speaker Varek`` moves back to Dana once she is
        quoted as ``Parliament Speaker Dana Varek``, so the result does not depend on
        the order of arrival. Statements are re-placed in groups of the same name and title.
        """
        surname = self.names.surname_key(name, kind)
        if not surname:
            return
        rows = self.conn.execute(
            "SELECT a.speaker_id, a.key, a.alias, s.type, a.key = s.key FROM speaker_aliases a JOIN speakers s "
            "ON s.id = a.speaker_id WHERE s.surname = ? AND a.origin IN ('observed', 'name')",
            (surname,),
        ).fetchall()
        for speaker_id, key, alias, alias_type, own_name in rows:
            if not self.names.is_partial(alias, alias_type) or (own_name and not titled_only):
                continue  # a new namesake, knowing no title yet, never settles a surname kept apart
            said_as = self.conn.execute(
                "SELECT DISTINCT speaker, speaker_name, speaker_role, speaker_type FROM statements "
                "WHERE speaker_id = ? AND speaker_key = ?",
                (speaker_id, key),
            )
            titles = {self.titles.title_of(*row) for row in said_as}
            if titled_only:
                titles.discard(None)
            for title in sorted(titles, key=lambda t: t or ""):
                placed = self._resolve(alias, key, alias_type, title)
                if placed != speaker_id:
                    self._move(speaker_id, key, title, placed, alias)

    def _move(self, speaker_id: int, key: str, title: str | None, placed: int, alias: str) -> None:
        """Move the statements of ``speaker_id`` under ``key`` with ``title`` to ``placed``."""
        self.conn.execute(
            "UPDATE statements SET speaker_id = ? WHERE speaker_id = ? AND speaker_key = ? "
            "AND qt_statement_title(speaker, speaker_name, speaker_role, speaker_type) IS ?",
            (placed, speaker_id, key, title),
        )
        self.add_alias(placed, key, alias, "observed")
        if not self._holds(speaker_id, key):
            self.drop_alias(speaker_id, key)
            if not self._holds(speaker_id):
                self.emptied.add(speaker_id)

    def _holds(self, speaker_id: int, key: str | None = None) -> bool:
        """True when the identity has statements (under ``key``, if given)."""
        sql = "SELECT 1 FROM statements WHERE speaker_id = ?" + (" AND speaker_key = ?" if key else "")
        return (
            self.conn.execute(sql + " LIMIT 1", (speaker_id, key) if key else (speaker_id,)).fetchone()
            is not None
        )

    def rename(self, speaker_id: int, name: str, kind: str) -> None:
        key = self.names.name_key(name)
        self.conn.execute(
            "UPDATE speakers SET name = ?, key = ?, type = ?, surname = ? WHERE id = ?",
            (name, key, kind, self.names.surname_key(name, kind), speaker_id),
        )
        self.add_alias(speaker_id, key, name, "name")
        self._invalidate(name, kind)

    def prune(self, speaker_ids: Iterable[int] = ()) -> None:
        """Drop identities left without statements (these and any emptied by moves) and names no
        statement uses any more."""
        changed = 0
        for speaker_id in set(speaker_ids) | self.emptied:
            if self._holds(speaker_id):
                cursor = self.conn.execute(
                    "DELETE FROM speaker_aliases WHERE speaker_id = ? AND origin = 'observed' AND key NOT IN "
                    "(SELECT speaker_key FROM statements WHERE speaker_id = ? AND speaker_key IS NOT NULL)",
                    (speaker_id, speaker_id),
                )
            else:
                cursor = self.conn.execute("DELETE FROM speakers WHERE id = ?", (speaker_id,))
            changed += max(cursor.rowcount, 0)
        self.emptied.clear()
        if changed:
            self.forget()

    def rebuild(self) -> None:
        """Reassign every stored statement: full names first, then partial ones, each in order of arrival.

        Statements are placed in groups of the same name key, type and title.
        """
        conn = self.conn
        conn.execute("UPDATE statements SET speaker_id = NULL WHERE speaker_id IS NOT NULL")
        conn.execute("DELETE FROM speakers")
        self.forget()
        self.emptied.clear()
        conn.execute(
            "UPDATE statements SET speaker_key = qt_identity_key(speaker, speaker_name, speaker_type)"
        )
        conn.execute(
            "CREATE TEMP TABLE identity_map (key TEXT, type TEXT, title TEXT, speaker_id INTEGER, "
            "PRIMARY KEY (key, type, title))"
        )
        title = (
            "COALESCE(qt_statement_title(statements.speaker, statements.speaker_name, "
            "statements.speaker_role, statements.speaker_type), '')"
        )
        try:
            for partial_pass in (False, True):
                rows = conn.execute(
                    "SELECT speaker_key, speaker_type, qt_identity_name(speaker, speaker_name, speaker_type), "
                    f"{title} AS title, MIN(seq) AS first FROM statements WHERE speaker_key IS NOT NULL "
                    "GROUP BY speaker_key, speaker_type, title ORDER BY first"
                )
                for key, kind, name, given, _first in rows:
                    if name and self.names.is_partial(name, kind) == partial_pass:
                        conn.execute(
                            "INSERT OR REPLACE INTO temp.identity_map VALUES (?, ?, ?, ?)",
                            (key, kind, given, self.place(name, kind, given or None)[1]),
                        )
            conn.execute(
                "UPDATE statements SET speaker_id = (SELECT m.speaker_id FROM temp.identity_map m "
                f"WHERE m.key = statements.speaker_key AND m.type = statements.speaker_type AND m.title = {title}) "
                "WHERE speaker_key IS NOT NULL"
            )
        finally:
            conn.execute("DROP TABLE temp.identity_map")
        self.prune()
