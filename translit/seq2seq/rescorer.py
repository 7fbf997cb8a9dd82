"""The model re-scorer: turn a finding's candidate priors into probabilities that account for context.

For a finding with candidates ``c_1 .. c_n`` (gazetteer priors ``prior_i``) and the model's
log-likelihood ``s_i`` of each candidate filling the span in its context::

    p_i = exp(weight * s_i + log prior_i) / sum_j exp(weight * s_j + log prior_j)

so with ``weight = 1`` it is the product of the model's likelihood and the prior, renormalised; 0 gives
the priors back. The softmax runs within each group of candidates that the article refers to equally
often, and each group keeps the share of probability its priors give it: the article's own references
are evidence the model may not overrule, so the model only settles what the article leaves open. ``s_i`` is the *summed* log-likelihood: the length-normalised mean was measured to favour
names the tokenizer spells piece by piece ("eastern Uruguay" over "eastern Ukraine" after Kharkiv,
because each later letter-piece is easy); with the shipped model the mean is far worse on dev (80% at
best, 18% at the chosen weight).
:data:`DEFAULT_WEIGHT` and :data:`DEFAULT_PMI` were chosen on the *dev* split of the ambiguity benchmark
(``benchmarks/ambiguity.py --split dev --tune``), never on the test split or the project's test cases.
With ``pmi = a`` the model score is ``s_i - a * s_i^free``, where ``s_i^free`` is the candidate's score
with no context at all (cached per candidate set): the model has learnt how common each name is, and the
prior already says that, so half of the context-free score is taken back out. On dev, weight 4 with
pmi 0.5 scored 82.7% against 81.2% without the correction and 78.5% for the prior alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from translit.edits import Candidate, Finding
from translit.seq2seq.scorer import SpanScore, SpanScorer
from translit.seq2seq.spans import context_window

DEFAULT_WEIGHT = 4.0
DEFAULT_PMI = 0.5
PRIOR_FLOOR = 1e-6  # a zero prior would veto a candidate the model is sure of; keep it merely unlikely


class ModelRescorer:
    """Re-score findings with a :class:`SpanScorer`; implements the pipeline's ``Rescorer`` protocol."""

    def __init__(self, scorer: SpanScorer, weight: float = DEFAULT_WEIGHT, pmi: float = DEFAULT_PMI) -> None:
        self.scorer = scorer
        self.weight = weight
        self.pmi = pmi
        self.name = f"{scorer.name}:weight={weight}:pmi={pmi}"
        self._context_free: dict[tuple[str, ...], list[SpanScore]] = {}

    def rescore(self, text: str, findings: Sequence[Finding]) -> tuple[Finding, ...]:
        """The same findings, in order, each candidate scored with a probability (summing to 1 per finding).

        Findings with fewer than two candidates keep their prior as score; the model is not consulted.
        The cache lives for one call (one article): a span repeated in the same context is scored once.
        """
        cache: dict[tuple[str, str, tuple[str, ...]], list[SpanScore]] = {}
        return tuple(self._rescore_one(text, finding, cache) for finding in findings)

    def _rescore_one(
        self, text: str, finding: Finding, cache: dict[tuple[str, str, tuple[str, ...]], list[SpanScore]]
    ) -> Finding:
        candidates = finding.candidates
        if len(candidates) < 2:
            return finding.with_candidates(tuple(c.scored(c.prior) for c in candidates))
        left, right = context_window(text, finding.start, finding.end)
        key = (left, right, tuple(c.replacement for c in candidates))
        if key not in cache:
            cache[key] = self.scorer.score(left, right, key[2])
        scores = [s.log_likelihood for s in cache[key]]
        if self.pmi:
            scores = [s - self.pmi * free for s, free in zip(scores, self.context_free(key[2]), strict=True)]
        probabilities = combine(candidates, scores, self.weight)
        return finding.with_candidates(
            tuple(c.scored(p) for c, p in zip(candidates, probabilities, strict=True))
        )

    def context_free(self, names: tuple[str, ...]) -> list[float]:
        """Each candidate's score with no context at all (what the model thinks of the name alone)."""
        if names not in self._context_free:
            self._context_free[names] = self.scorer.score("", "", names)
        return [s.log_likelihood for s in self._context_free[names]]


def combine(
    candidates: Sequence[Candidate], model_scores: Sequence[float], weight: float, mass: float = 1.0
) -> list[float]:
    """Softmax of ``weight * model_score + log prior``, within each group of candidates that the article
    refers to equally often (:attr:`Candidate.references`); each group keeps the prior's share of
    ``mass`` (1: the scores become probabilities over the candidates).

    The model reorders readings the article cannot tell apart, and never overrules the article's own
    references: in a story that names Tashkent, "Udong" cannot become eastern Ukraine on the model's
    say-so, however often training text named Ukraine.
    """
    priors = [max(c.prior, PRIOR_FLOOR) for c in candidates]
    total_prior = sum(priors)
    probabilities = [0.0] * len(candidates)
    for references in {c.references for c in candidates}:
        group = [i for i, c in enumerate(candidates) if c.references == references]
        share = mass * sum(priors[i] for i in group) / total_prior
        within = _softmax([weight * model_scores[i] + math.log(priors[i]) for i in group])
        for i, p in zip(group, within, strict=True):
            probabilities[i] = share * p
    return probabilities


def _softmax(logits: Sequence[float]) -> list[float]:
    top = max(logits)
    exps = [math.exp(logit - top) for logit in logits]
    total = sum(exps)
    return [e / total for e in exps]
