"""Statement filters as SQL, with the most selective filter driving the query.

SQLite cannot tell how many statements a full-text match or a speaker has, so
with several filters it may walk a large set and check the small one. Before
such a query, each indexed filter is counted cheaply (capped at :data:`CAP`
rows), weighted by what visiting one of its statements costs (:data:`COST`),
and the cheapest drives; the others are written with a unary ``+``, which keeps
SQLite from using them as the entry point.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from quotetrail.errors import InputError
from quotetrail.model import STATEMENT_KINDS

CAP = 20_000  # rows counted at most when comparing filters
# Relative cost of one statement visited from each entry point, measured on a store of 1,000,000
# statements: article filters walk indexes only (about 0.9 µs a statement); the others read each
# statement's row and look up its article (about 4.5 µs).
COST = {"text": 5.0, "speaker": 5.0, "about": 5.0, "article": 1.0, "order": 1.0}

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_FTS = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
_ABOUT = (
    "SELECT id FROM entities WHERE key LIKE ? ESCAPE '\\' "
    "UNION SELECT entity_id FROM entity_aliases WHERE key LIKE ? ESCAPE '\\'"
)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_query(text: str | None) -> str | None:
    """Turn what a user typed into a safe FTS5 query.

    Plain words must all occur (``AND`` may be written but is implied); a
    ``"quoted phrase"`` must occur as written; ``word*`` matches words starting
    with ``word``; ``OR`` between two terms matches either. Everything else
    (other operators, stray quotes, dashes, brackets) is taken as plain text, so
    no input can break the query. Returns None when there is nothing to search
    for (empty input) and ``""`` when the input has no searchable word (matches
    nothing).
    """
    if text is None or not text.strip():
        return None
    parts: list[str] = []
    for phrase, word in _TOKEN.findall(text):
        if word in ("AND", "OR"):
            parts.append(word)
            continue
        term = phrase if not word else word.replace('"', " ").strip()
        prefix = bool(word) and term.endswith("*") and bool(term.rstrip("*"))
        term = term.rstrip("*") if word else term
        if any(c.isalnum() for c in term):
            parts.append(_quoted(term) + ("*" if prefix else ""))
    terms: list[str] = []
    for index, part in enumerate(parts):
        if part == "OR":
            before = terms and terms[-1] != "OR"
            after = any(p not in ("AND", "OR") for p in parts[index + 1 : index + 2])
            if before and after:
                terms.append("OR")
        elif part != "AND":
            terms.append(part)
    return " ".join(terms)


def escape_like(text: str) -> str:
    """Escape ``text`` for use inside a ``LIKE ... ESCAPE '\\'`` pattern."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def article_clauses(
    clauses: list[str],
    params: list[Any],
    *,
    outlet: str | None,
    since: str | None,
    until: str | None,
    hint: str = "",
) -> None:
    """Add the filters on an article (alias ``a``): outlet name (any case), publication days inclusive.

    ``hint="+"`` keeps SQLite from entering the query through these filters.
    """
    if outlet and outlet.strip():
        clauses.append(f"{hint}a.outlet_id = (SELECT id FROM outlets WHERE name = ?)")
        params.append(" ".join(outlet.split()))
    if since:
        clauses.append(f"{hint}a.published_day >= ?")
        params.append(since)
    if until:
        clauses.append(f"{hint}a.published_day <= ?")
        params.append(until)


def _capped(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> int:
    return int(conn.execute(f"SELECT count(*) FROM ({sql} LIMIT {CAP})", params).fetchone()[0])


def _statement_count(conn: sqlite3.Connection) -> float:
    """About how many statements are stored (the highest sequence number: instant)."""
    return float(conn.execute("SELECT max(seq) FROM statements").fetchone()[0] or 0)


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


@dataclass(frozen=True, slots=True)
class StatementFilter:
    """The filters of ``quotes`` and ``export``; empty means everything."""

    text: str | None = None
    speaker_ids: Sequence[int] | None = None  # None: any speaker; []: nobody matched
    about: str | None = None  # a key, matched as a substring of target names
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    article_id: str | None = None

    @property
    def _about(self) -> list[str]:
        pattern = f"%{escape_like(self.about or '')}%"
        return [pattern, pattern]

    def _estimates(self, conn: sqlite3.Connection, match: str | None, first: int | None) -> dict[str, float]:
        """Candidate entry points and what visiting their statements would cost (counts capped).

        With ``first`` (only the first rows in publication order are wanted), walking
        the articles in that order is a candidate too: it stops after about
        ``first / selectivity`` statements, the filters taken as independent.
        """
        drivers: dict[str, Any] = {}
        if match is not None:
            drivers["text"] = lambda: _capped(conn, _FTS, [match])
        if self.speaker_ids is not None:
            ids = list(self.speaker_ids)
            drivers["speaker"] = lambda: _capped(
                conn, f"SELECT 1 FROM statements WHERE speaker_id IN ({_marks(ids)})", ids
            )
        if self.about:
            drivers["about"] = lambda: _capped(
                conn, f"SELECT 1 FROM statement_targets WHERE entity_id IN ({_ABOUT})", self._about
            )
        if self.outlet or self.since or self.until:
            drivers["article"] = lambda: self._article_estimate(conn)
        if len(drivers) < (1 if first is not None else 2):
            return dict.fromkeys(drivers, 0.0)
        counts = {name: float(count()) for name, count in drivers.items()}
        costs = {name: COST[name] * n for name, n in counts.items()}
        if first is not None:
            total = max(1.0, _statement_count(conn))
            selectivity = math.prod(max(n, 1.0) / total for n in counts.values())
            costs["order"] = COST["order"] * first / selectivity
        return costs

    def _article_estimate(self, conn: sqlite3.Connection) -> float:
        clauses: list[str] = []
        params: list[Any] = []
        article_clauses(clauses, params, outlet=self.outlet, since=self.since, until=self.until)
        articles = _capped(conn, f"SELECT 1 FROM articles a WHERE {' AND '.join(clauses)}", params)
        per_article = _statement_count(conn) / max(
            1, conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 1
        )
        return articles * per_article

    def plan(self, conn: sqlite3.Connection, first: int | None = None) -> tuple[str, list[Any], str] | None:
        """SQL conditions, their parameters and the entry point; None when nothing can match.

        ``first``: only this many rows in publication order are wanted (a page).
        The entry point is ``text``, ``speaker``, ``about``, ``article``, ``order``
        (walk articles in publication order), ``article_id`` or ``none``.
        """
        if self.kind and self.kind not in STATEMENT_KINDS:
            raise InputError(f"kind {self.kind!r} is not one of {', '.join(STATEMENT_KINDS)}")
        match = fts_query(self.text)
        if match == "" or self.speaker_ids == []:
            return None
        estimates = {} if self.article_id else self._estimates(conn, match, first)
        driver = min(estimates, key=estimates.__getitem__) if estimates else "none"
        if self.article_id:
            driver = "article_id"

        def hint(name: str) -> str:  # article filters go with a walk in publication order
            return "" if name == driver or (name == "article" and driver == "order") else "+"

        clauses: list[str] = []
        params: list[Any] = []
        if match is not None:
            clauses.append(f"{hint('text')}s.seq IN ({_FTS})")
            params.append(match)
        if self.speaker_ids is not None:
            clauses.append(f"{hint('speaker')}s.speaker_id IN ({_marks(self.speaker_ids)})")
            params.extend(self.speaker_ids)
        if self.about:
            if driver == "about":
                clauses.append(
                    f"s.seq IN (SELECT statement_seq FROM statement_targets WHERE entity_id IN ({_ABOUT}))"
                )
            else:
                clauses.append(
                    "EXISTS (SELECT 1 FROM statement_targets t WHERE t.statement_seq = s.seq "
                    f"AND t.entity_id IN ({_ABOUT}))"
                )
            params.extend(self._about)
        article_clauses(
            clauses, params, outlet=self.outlet, since=self.since, until=self.until, hint=hint("article")
        )
        if self.kind:
            clauses.append("s.kind = ?")
            params.append(self.kind)
        if self.article_id:
            clauses.append("s.article_id = ?")
            params.append(self.article_id)
        return (" AND ".join(clauses) or "1"), params, driver
