"""Re-scorers give every candidate a probability in context. The resolver then keeps the sure ones."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from translit.edits import Finding


class Rescorer(Protocol):
    """Scores each finding's candidates; returns the same findings, in order, with ``score`` set.

    Scores over one finding's candidates are probabilities; a single candidate keeps its prior.
    """

    name: str

    def rescore(self, text: str, findings: Sequence[Finding]) -> tuple[Finding, ...]: ...


class PriorRescorer:
    """No model: each candidate's score is the prior its rule gave it."""

    name = "prior"

    def rescore(self, text: str, findings: Sequence[Finding]) -> tuple[Finding, ...]:
        # a finding without a fix (most omissions found against a source) has nothing to score
        return tuple(
            finding.with_candidates(tuple(c.scored(c.prior) for c in finding.candidates))
            if finding.candidates
            else finding
            for finding in findings
        )
