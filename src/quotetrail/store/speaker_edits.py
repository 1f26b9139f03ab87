"""User decisions about speakers: merges, splits and alias files, kept as rules.

A merge links two names (``same``); a split keeps a name away from a speaker
(``distinct``); an alias file does both. The rules live in ``speaker_rules`` and
:class:`~quotetrail.store.speaker_index.SpeakerIndex` applies them to every
statement that arrives later; the methods here also apply them to the statements
already stored. Every method runs inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from quotetrail.errors import StoreError
from quotetrail.model import SpeakerIdentity
from quotetrail.store.schema import utc_now
from quotetrail.store.speaker_index import SpeakerIndex


class SpeakerEdits:
    """Merges, splits and alias rules over a :class:`SpeakerIndex`."""

    def __init__(self, index: SpeakerIndex) -> None:
        self.index = index
        self.conn = index.conn
        self.names = index.names
        self.where = index.where

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
        declared: str | None = None,
    ) -> None:
        """Record a rule between two ``(name, speaker type or None)``; drop any opposite rule.

        ``declared`` (``same`` rules from alias files) is the type the speaker is to have.
        """
        opposite = "distinct" if kind == "same" else "same"
        for a in self.rule_keys(*name):
            for b in self.rule_keys(*other):
                self.conn.execute(
                    "INSERT INTO speaker_rules(kind, name, name_key, other, other_key, preferred, speaker_type, "
                    "origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(kind, name_key, other_key) DO UPDATE SET preferred = excluded.preferred, "
                    "speaker_type = excluded.speaker_type, origin = excluded.origin",
                    (kind, name[0], a, other[0], b, preferred, declared, origin, utc_now()),
                )
                self.conn.execute(
                    "DELETE FROM speaker_rules WHERE kind = ? AND ((name_key = ? AND other_key = ?) "
                    "OR (name_key = ? AND other_key = ?))",
                    (opposite, a, b, b, a),
                )

    def _absorb(self, into: SpeakerIdentity, other: SpeakerIdentity) -> None:
        self.conn.execute("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", (into.id, other.id))
        self.conn.execute(
            "INSERT OR IGNORE INTO speaker_aliases(speaker_id, key, alias, origin) "
            "SELECT ?, key, alias, origin FROM speaker_aliases WHERE speaker_id = ?",
            (into.id, other.id),
        )
        self.conn.execute(
            "INSERT OR IGNORE INTO speaker_titles(speaker_id, key, title) "
            "SELECT ?, key, title FROM speaker_titles WHERE speaker_id = ?",
            (into.id, other.id),
        )
        self.conn.execute("DELETE FROM speakers WHERE id = ?", (other.id,))
        if into.type == "unknown" and other.type != "unknown":
            self.conn.execute("UPDATE speakers SET type = ? WHERE id = ?", (other.type, into.id))

    def _apply_same(self, key: str) -> int | None:
        """Join every identity known by a key linked to ``key``; name it as the rules prefer; return its id."""
        found = self.index.with_keys(self.index.rules.linked(key))
        if not found:
            return None
        preferred = self.index.rules.preferred_name(key)
        preferred_key = self.names.name_key(preferred) if preferred else None
        target = next((i for i in found if self.names.name_key(i.name) == preferred_key), found[0])
        for other in found:
            if other.id != target.id:
                self._absorb(target, other)
        if preferred and preferred != target.name:
            self.index.rename(target.id, preferred, target.type)
        self.index.forget()
        return target.id

    def _move_out(self, identity: SpeakerIdentity, alias: str) -> SpeakerIdentity | None:
        """Give the statements ``identity`` holds under ``alias`` an identity of their own."""
        key = self.names.name_key(alias)
        self.index.drop_alias(identity.id, key)
        moving = self.conn.execute(
            "SELECT 1 FROM statements WHERE speaker_id = ? AND speaker_key = ? LIMIT 1", (identity.id, key)
        ).fetchone()
        own = [i for i in self.index.identities("s.key = ?", [key]) if i.id != identity.id]
        if not moving and not own:
            self.index.forget()
            return None
        new_id = own[0].id if own else self.index.create(alias, identity.type)
        self.conn.execute(
            "UPDATE statements SET speaker_id = ? WHERE speaker_id = ? AND speaker_key = ?",
            (new_id, identity.id, key),
        )
        self.index.add_alias(new_id, key, alias, "observed")
        self.index.titles.refresh((identity.id, new_id))
        self.index.forget()
        return self.index.identities("s.id = ?", [new_id])[0]

    def merge(self, name: str, into: str, *, as_name: str | None = None) -> SpeakerIdentity:
        """Join the speaker called ``name`` to the one called ``into``, named ``as_name`` or as ``into``."""
        source, target = self.index.one(name), self.index.one(into)
        preferred = as_name.strip() if as_name and as_name.strip() else target.name
        for alias in {source.name, name}:
            self._add_rule(
                "same", (alias, source.type), (target.name, target.type), preferred=preferred, origin="merge"
            )
        self.index.reload_rules()
        merged = self._apply_same(self.names.name_key(target.name))
        self.index.prune()
        return self.index.identities("s.id = ?", [merged if merged is not None else target.id])[0]

    def split(self, name: str, alias: str) -> SpeakerIdentity | None:
        """Take ``alias`` away from the speaker called ``name``; return the alias's own identity, if any."""
        identity = self.index.one(name)
        cleaned = self.names.clean_name(alias, identity.type) or alias.strip()
        alias_keys = self.rule_keys(cleaned, identity.type)
        if self.names.name_key(identity.name) in alias_keys:
            raise StoreError(
                f"{self.where}: cannot split {identity.name!r} from itself; name one of its aliases"
            )
        own_keys = self.index.keys_of(identity) - alias_keys
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
        self.index.reload_rules()
        apart = self._move_out(identity, cleaned)
        self.index.prune()
        return apart

    def add_aliases(
        self,
        name: str,
        aliases: Iterable[str],
        *,
        distinct: Iterable[str] = (),
        speaker_type: str | None = None,
        origin: str = "aliases",
    ) -> None:
        """Record that ``aliases`` are ``name`` and ``distinct`` are not; apply to stored statements.

        ``speaker_type``, when given, is the speaker's type from now on, whatever the
        extractor said (an organization's name that is in fact a person's).
        """
        this = (name, speaker_type)
        for alias in [name, *aliases]:
            self._add_rule(
                "same", (alias, speaker_type), this, preferred=name, origin=origin, declared=speaker_type
            )
        barred = [self.names.clean_name(d, speaker_type or "person") or d.strip() for d in distinct]
        for other in barred:
            self._add_rule("distinct", (other, speaker_type), this, preferred=None, origin=origin)
        self.index.reload_rules()
        joined = self._apply_same(self.names.name_key(name))
        if joined is not None and speaker_type is not None:
            (identity,) = self.index.identities("s.id = ?", [joined])
            if identity.type != speaker_type:
                self.index.rename(identity.id, identity.name, speaker_type)
        for identity in self.index.with_keys(self.rule_keys(name, speaker_type)):
            for other in barred:
                self._move_out(identity, other)
        self.index.prune()
