"""The name re-scorer: ranks the entities a name finding may be with the name model, the prior and the
article's evidence; every other finding goes to the re-scorer it wraps (priors, or the context model).

For a name finding (one from :data:`NAME_RULES`) whose candidates name two or more gazetteer entities,
each entity candidate ``i`` with prior ``prior_i`` and the name model's log P(surface | entity_i)
``s_i`` gets::

    p_i = share_g · exp(weight · s_i + log prior_i) / Σ_{j in g} exp(weight · s_j + log prior_j)

within each group ``g`` of candidates the article refers to equally often (:attr:`Candidate.references`),
where ``share_g`` is the sum of the group's priors. So the model redistributes the confidence the rule
gave, and adds none: a finding the rule left below the threshold for lack of support stays there, and
the article's references are never overruled. ``weight = 1`` is Bayes' rule (P(entity | surface) ∝
P(surface | entity) · P(entity)); :data:`DEFAULT_WEIGHT` was chosen on the dev entities of the ranking
benchmark (``benchmarks/name_ranking.py --split dev --tune``). A candidate that names no entity (the
"leave it" candidate) keeps its prior.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from translit.edits import Candidate, Finding
from translit.seq2seq.name_model import NameCandidate, NameModel
from translit.seq2seq.rescorer import combine

if TYPE_CHECKING:
    from translit.gazetteer import Gazetteer
    from translit.rescore import Rescorer

DEFAULT_WEIGHT = 1.0
#: Rules whose findings are name-ranking cases: the span is a name and each candidate an entity it may
#: render ("He Jinli" -> Kamala Harris; near misses such as "Hayashi Fangzheng"). Names of rules that
#: are not registered are simply never met.
NAME_RULES = frozenset({"variant", "near-miss", "near-miss-style", "back-reference"})


class NameRescorer:
    """Implements the pipeline's ``Rescorer`` protocol over a :class:`NameModel` and the gazetteer."""

    def __init__(
        self,
        model: NameModel,
        gazetteer: Gazetteer,
        inner: Rescorer,
        weight: float = DEFAULT_WEIGHT,
        rules: frozenset[str] = NAME_RULES,
    ) -> None:
        self.model = model
        self.gazetteer = gazetteer
        self.inner = inner
        self.weight = weight
        self.rules = rules
        self.name = f"{model.name}:weight={weight}+{inner.name}"

    def rescore(self, text: str, findings: Sequence[Finding]) -> tuple[Finding, ...]:
        """The same findings, in order: name findings ranked here, the others by the inner re-scorer."""
        others = [f for f in findings if f.rule not in self.rules]
        rescored = iter(self.inner.rescore(text, others))
        return tuple(self.rank(f) if f.rule in self.rules else next(rescored) for f in findings)

    def rank(self, finding: Finding) -> Finding:
        """One name finding with every candidate scored (see the module docstring)."""
        entities = [i for i, c in enumerate(finding.candidates) if self._is_entity(finding, c)]
        scores = [c.prior for c in finding.candidates]
        if len(entities) >= 2:
            candidates = [finding.candidates[i] for i in entities]
            model_scores = self.model.render_scores(
                finding.original, [self.as_model_sees(c) for c in candidates]
            )
            mass = min(1.0, sum(c.prior for c in candidates))
            for i, p in zip(entities, combine(candidates, model_scores, self.weight, mass), strict=True):
                scores[i] = p
        return finding.with_candidates(
            tuple(c.scored(s) for c, s in zip(finding.candidates, scores, strict=True))
        )

    def as_model_sees(self, candidate: Candidate) -> NameCandidate:
        """The replacement the fix would write, with its entity's Chinese forms."""
        entry = self.gazetteer.entries[candidate.entry] if candidate.entry else None
        return NameCandidate(candidate.replacement, entry.chinese if entry else ())

    def _is_entity(self, finding: Finding, candidate: Candidate) -> bool:
        return (
            candidate.entry is not None
            and candidate.entry in self.gazetteer.entries
            and candidate.replacement != finding.original
        )
