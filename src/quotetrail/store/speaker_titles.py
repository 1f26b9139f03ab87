"""The roles and titles speakers are given, as evidence for telling namesakes apart.

``speaker_titles`` keeps, per identity, the roles and titles its statements gave it
under its full name (``Parliament Speaker`` for ``Parliament Speaker Dana Varek``).
Titles given to a surname alone are not evidence: they would justify themselves.
The SQL functions registered here let queries compute a statement's identity name
and title the same way the store does when saving. Every method runs inside the
caller's transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import cast

from quotetrail.model import SpeakerType, Statement
from quotetrail.store.speaker_rules import NameRules

_TITLES_OF_STATEMENTS = (
    "INSERT OR IGNORE INTO speaker_titles(speaker_id, key, title) "
    "SELECT speaker_id, qt_title_key(title), title FROM (SELECT speaker_id, "
    "qt_statement_title(speaker, speaker_name, speaker_role, speaker_type) AS title FROM statements "
    "WHERE {where} AND qt_named_fully(speaker, speaker_name, speaker_type)) WHERE title IS NOT NULL"
)


class SpeakerTitles:
    """Reads and keeps ``speaker_titles``; registers the ``qt_*`` SQL functions on the connection."""

    def __init__(self, conn: sqlite3.Connection, names: NameRules) -> None:
        self.conn = conn
        self.names = names
        self.known: set[tuple[int, str]] = set()  # rows known to exist (cleared with the caches)
        self._register_functions()

    def _register_functions(self) -> None:
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

        def named_fully(speaker: str | None, speaker_name: str | None, speaker_type: str) -> bool:
            name = identity_name(speaker, speaker_name, speaker_type)
            return name is not None and not names.is_partial(name, speaker_type)

        conn = self.conn
        conn.create_function("qt_identity_name", 3, identity_name, deterministic=True)
        conn.create_function("qt_identity_key", 3, identity_key, deterministic=True)
        conn.create_function("qt_named_fully", 3, named_fully, deterministic=True)
        conn.create_function("qt_statement_title", 4, self.title_of, deterministic=True)
        conn.create_function("qt_title_key", 1, names.title_key, deterministic=True)

    def title_of(
        self, speaker: str | None, speaker_name: str | None, role: str | None, speaker_type: str
    ) -> str | None:
        """The role and titles a statement gives a person it names; None for collectives."""
        name = speaker_name or speaker
        if not name or self.names.surname_key(name, speaker_type) is None:
            return None
        return self.names.speaker_title(speaker, role)

    def of(self, speaker_ids: Iterable[int]) -> dict[int, list[str]]:
        """The roles and titles each identity was given under its full name."""
        wanted = sorted(set(speaker_ids))
        rows = self.conn.execute(
            f"SELECT speaker_id, title FROM speaker_titles WHERE speaker_id IN ({','.join('?' * len(wanted))})",
            wanted,
        )
        found: dict[int, list[str]] = {}
        for speaker_id, title in rows:
            found.setdefault(int(speaker_id), []).append(title)
        return found

    def genders(self, speaker_ids: Iterable[int]) -> dict[int, str]:
        """The gender each speaker's titles agree on, from all its statements (where they say one)."""
        wanted = sorted(set(speaker_ids))
        rows = self.conn.execute(
            "SELECT DISTINCT speaker_id, speaker, speaker_name, speaker_role, speaker_type FROM statements "
            f"WHERE speaker_id IN ({','.join('?' * len(wanted))})",
            wanted,
        )
        found: dict[int, set[str]] = {}
        for speaker_id, *said_as in rows:
            title = self.title_of(*said_as)
            gender = self.names.title_gender(title) if title else None
            if gender is not None:
                found.setdefault(int(speaker_id), set()).add(gender)
        return {i: next(iter(g)) for i, g in found.items() if len(g) == 1}

    def record(self, speaker_id: int, title: str) -> bool:
        """Keep a title given under a full name; True when the identity did not have it."""
        key = self.names.title_key(title)
        if not key or (speaker_id, key) in self.known:
            return False
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO speaker_titles(speaker_id, key, title) VALUES (?, ?, ?)",
            (speaker_id, key, title),
        )
        self.known.add((speaker_id, key))
        return cursor.rowcount > 0

    def refresh(self, speaker_ids: Iterable[int]) -> None:
        """Recompute the titles of these identities from the statements they hold now."""
        for speaker_id in set(speaker_ids):
            self.conn.execute("DELETE FROM speaker_titles WHERE speaker_id = ?", (speaker_id,))
            self.conn.execute(_TITLES_OF_STATEMENTS.format(where="speaker_id = ?"), (speaker_id,))
        self.known.clear()

    def record_all(self) -> None:
        """Fill ``speaker_titles`` from every stored statement (a store migrated to schema v3)."""
        self.conn.execute("DELETE FROM speaker_titles")
        self.conn.execute(_TITLES_OF_STATEMENTS.format(where="speaker_id IS NOT NULL"))
        self.known.clear()
