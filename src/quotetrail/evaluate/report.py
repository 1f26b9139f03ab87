"""The result of an evaluation run: summed counts, figures and provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from quotetrail.evaluate.metrics import Counts, RoleScore, SpeakerCounts
from quotetrail.evaluate.scoring import ROLES, ArticleScore


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Scores over a corpus, with what they were measured on.

    ``roles`` maps source / cue / content to exact and overlap counts;
    ``direct`` is direct quote detection; ``speaker`` the speakers of the
    matched direct quotes.
    """

    corpus: str
    fingerprint: str
    articles: int
    limit: int | None
    seconds: float
    gold_attributions: int
    predicted_statements: int
    roles: dict[str, RoleScore]
    direct: Counts
    speaker: SpeakerCounts
    extractors: tuple[str, ...] = ()

    def figures(self) -> dict[str, float]:
        """Every score as a flat ``name -> value`` map (e.g. ``source.exact.f1``, ``speaker.accuracy``)."""
        out: dict[str, float] = {}
        for role, score in self.roles.items():
            for level, counts in (("exact", score.exact), ("overlap", score.overlap)):
                for measure in ("precision", "recall", "f1"):
                    out[f"{role}.{level}.{measure}"] = getattr(counts, measure)
        for measure in ("precision", "recall", "f1"):
            out[f"direct.{measure}"] = getattr(self.direct, measure)
        out["speaker.accuracy"] = self.speaker.accuracy
        out["speaker.span_accuracy"] = self.speaker.span_accuracy
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "fingerprint": self.fingerprint,
            "articles": self.articles,
            "limit": self.limit,
            "seconds": round(self.seconds, 2),
            "gold_attributions": self.gold_attributions,
            "predicted_statements": self.predicted_statements,
            "extractors": list(self.extractors),
            "roles": {role: score.to_dict() for role, score in self.roles.items()},
            "direct_quotes": self.direct.to_dict(),
            "speaker": self.speaker.to_dict(),
        }


@dataclass(slots=True)
class ReportBuilder:
    """Sums article scores as they stream past."""

    articles: int = 0
    gold_attributions: int = 0
    predicted_statements: int = 0
    roles: dict[str, RoleScore] = field(default_factory=lambda: {role: RoleScore() for role in ROLES})
    direct: Counts = field(default_factory=Counts)
    speaker: SpeakerCounts = field(default_factory=SpeakerCounts)
    extractors: set[str] = field(default_factory=set)

    def add(self, score: ArticleScore, extractors: set[str] | frozenset[str] = frozenset()) -> None:
        self.articles += 1
        self.gold_attributions += score.gold_attributions
        self.predicted_statements += score.predicted_statements
        for role, role_score in score.roles.items():
            self.roles[role] = self.roles[role] + role_score
        self.direct = self.direct + score.direct
        self.speaker = self.speaker + score.speaker
        self.extractors |= extractors

    def build(self, *, corpus: str, fingerprint: str, limit: int | None, seconds: float) -> EvalReport:
        return EvalReport(
            corpus=corpus,
            fingerprint=fingerprint,
            articles=self.articles,
            limit=limit,
            seconds=seconds,
            gold_attributions=self.gold_attributions,
            predicted_statements=self.predicted_statements,
            roles=dict(self.roles),
            direct=self.direct,
            speaker=self.speaker,
            extractors=tuple(sorted(self.extractors)),
        )
