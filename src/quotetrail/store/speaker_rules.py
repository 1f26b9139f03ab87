"""What the store needs to know about names, and the user's rules about speakers held in memory.

The store never imports another stage: the name rules come in as a :class:`NameRules`
object (``quotetrail.resolve.identities.NameRules`` is the standard one) and the
user's merges, splits and alias files are rows of ``speaker_rules``, read into a
:class:`RuleBook`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from quotetrail.model import SpeakerIdentity, Statement

RuleRow = tuple[str, str, str, str | None, str | None]  # kind, name key, other key, preferred, type


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
    def speaker_title(self, mention: str | None, role: str | None) -> str | None: ...
    def title_key(self, title: str) -> str: ...
    def title_gender(self, title: str) -> str | None: ...
    def match_title(
        self, name: str, speaker_type: str, title: str, known: Sequence[tuple[SpeakerIdentity, Sequence[str]]]
    ) -> SpeakerIdentity | None: ...


class RuleBook:
    """The ``speaker_rules`` table held in memory: components of linked keys, barred pairs."""

    def __init__(self, rows: Iterable[RuleRow]) -> None:
        self.parent: dict[str, str] = {}
        self.preferred: dict[str, str] = {}
        self.declared: dict[str, str] = {}
        self.distinct: dict[str, set[str]] = {}
        preferred_by_key: list[tuple[str, str]] = []
        declared_by_key: list[tuple[str, str]] = []
        for kind, a, b, preferred, declared in rows:
            if kind == "same":
                self._union(a, b)
                if preferred:
                    preferred_by_key.append((a, preferred))
                if declared:
                    declared_by_key.append((a, declared))
            else:
                self.distinct.setdefault(a, set()).add(b)
                self.distinct.setdefault(b, set()).add(a)
        for key, name in preferred_by_key:  # later rules win
            self.preferred[self._find(key)] = name
        for key, speaker_type in declared_by_key:
            self.declared[self._find(key)] = speaker_type
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

    def declared_type(self, key: str) -> str | None:
        """The speaker type an alias file gave the speaker this key names, if any."""
        return self.declared.get(self._find(key)) if key in self.parent else None
