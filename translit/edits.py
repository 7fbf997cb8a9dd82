"""The value types that carry a fix through the pipeline.

A rule reports a :class:`Finding` (a suspicious span) with the :class:`Candidate` fixes it can think of;
the re-scorer gives each candidate a score; the resolver turns the confident winners into :class:`Edit` s.
All three are frozen, and every offset is a half-open code-point index into the *original* text.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible replacement for a finding's span.

    ``replacement == original`` is the "leave it" candidate: a rule adds it when keeping the text is a
    real option, so that the re-scorer can prefer it.
    """

    replacement: str
    reason: str
    prior: float
    entry: str | None = None  # gazetteer entry id the replacement comes from
    #: How often the article refers to ``entry`` outside the span (0 where the rule does not count). A
    #: re-scoring model may reorder candidates the article refers to equally often, never the others.
    references: int = 0
    score: float | None = None  # set by the re-scorer

    def scored(self, score: float) -> Candidate:
        return dataclasses.replace(self, score=score)

    @property
    def confidence(self) -> float:
        """The score once the re-scorer has set it, else the rule's prior."""
        return self.prior if self.score is None else self.score


@dataclass(frozen=True, slots=True)
class Finding:
    """A span a rule considers an artifact, with the fixes it proposes (possibly none)."""

    start: int
    end: int
    original: str
    type: str
    rule: str
    candidates: tuple[Candidate, ...]
    note: str = ""

    def with_candidates(self, candidates: tuple[Candidate, ...]) -> Finding:
        return dataclasses.replace(self, candidates=candidates)

    def best(self) -> Candidate | None:
        """The most confident candidate, or None when the rule had no fix to offer."""
        if not self.candidates:
            return None
        return max(self.candidates, key=lambda c: c.confidence)

    def runner_up(self) -> Candidate | None:
        ranked = sorted(self.candidates, key=lambda c: c.confidence, reverse=True)
        return ranked[1] if len(ranked) > 1 else None


@dataclass(frozen=True, slots=True)
class Edit:
    """A fix that was applied: replay it on the input to get the output."""

    start: int
    end: int
    original: str
    replacement: str
    type: str
    rule: str
    reason: str
    score: float
    entry: str | None = None

    @classmethod
    def from_finding(cls, finding: Finding, candidate: Candidate) -> Edit:
        return cls(
            start=finding.start,
            end=finding.end,
            original=finding.original,
            replacement=candidate.replacement,
            type=finding.type,
            rule=finding.rule,
            reason=candidate.reason,
            score=round(candidate.confidence, 4),
            entry=candidate.entry,
        )
