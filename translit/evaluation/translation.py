"""Translation quality: BLEU, chrF, chrF++ and TER of systems against references, through sacrebleu.

Scores come from sacrebleu's own metric objects (``corpus_score``), so they equal what sacrebleu prints;
the paired bootstrap test is sacrebleu's :class:`~sacrebleu.significance.PairedTest`. This module only
chooses metrics, checks the inputs line up, and arranges the results into a report.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sacrebleu.metrics import BLEU, CHRF, TER
from sacrebleu.metrics.base import Metric

from translit.evaluation.inputs import EvaluationInputError, check_aligned

METRICS = ("bleu", "chrf", "chrf++", "ter")
"""Metric names accepted by :func:`make_metric`, in report order."""

#: As sacrebleu's own command: BLEU unless asked (TER alone took half an hour on 23 WMT systems).
DEFAULT_METRICS = ("bleu",)


def make_metric(name: str) -> Metric:
    """Build the sacrebleu metric ``name`` with sacrebleu's defaults (chrF++ is chrF with word order 2)."""
    if name == "bleu":
        return BLEU()
    if name == "chrf":
        return CHRF()
    if name == "chrf++":
        return CHRF(word_order=2)
    if name == "ter":
        return TER()
    raise EvaluationInputError(f"unknown metric {name!r}; choose from {', '.join(METRICS)}")


@dataclass(frozen=True, slots=True)
class MetricResult:
    """One system's score on one metric; the bootstrap fields are set only by a paired test."""

    score: float
    p_value: float | None = None
    mean: float | None = None
    ci: float | None = None

    def to_dict(self) -> dict[str, float | None]:
        return {"score": self.score, "p_value": self.p_value, "mean": self.mean, "ci": self.ci}


@dataclass(frozen=True)
class TranslationReport:
    """Scores of every system on every metric, with the sacrebleu signature of each metric.

    ``scores[system][metric]`` is a :class:`MetricResult`; metrics are keyed by sacrebleu's score name
    (``BLEU``, ``chrF2``, ``chrF2++``, ``TER``). With a paired test, the first system is the baseline
    and every other system's ``p_value`` is against it.
    """

    systems: tuple[str, ...]
    metrics: tuple[str, ...]
    scores: Mapping[str, Mapping[str, MetricResult]]
    signatures: Mapping[str, str]
    bootstrap: int = 0
    segments: int = 0
    references: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "segments": self.segments,
            "references": self.references,
            "bootstrap": self.bootstrap,
            "baseline": self.systems[0] if self.bootstrap else None,
            "signatures": dict(self.signatures),
            "systems": [
                {"name": system, **{m: self.scores[system][m].to_dict() for m in self.metrics}}
                for system in self.systems
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def format_table(self) -> str:
        """A plain-text table, one row per system, then one signature line per metric."""
        width = max(len("system"), *(len(s) for s in self.systems))
        cells = [[self._format_cell(system, metric) for metric in self.metrics] for system in self.systems]
        col = [max(len(metric), *(len(row[i]) for row in cells)) for i, metric in enumerate(self.metrics)]
        lines = ["  ".join(["system".ljust(width), *(m.rjust(c) for m, c in zip(self.metrics, col))])]
        for system, row in zip(self.systems, cells):
            lines.append("  ".join([system.ljust(width), *(v.rjust(c) for v, c in zip(row, col))]))
        lines.append("")
        if self.bootstrap:
            lines.append(
                f"paired bootstrap ({self.bootstrap} resamples) against {self.systems[0]}: "
                "mean ± 95% CI, p-value; * p < 0.05"
            )
        lines.extend(f"{metric}: {signature}" for metric, signature in self.signatures.items())
        return "\n".join(lines)

    def _format_cell(self, system: str, metric: str) -> str:
        result = self.scores[system][metric]
        text = f"{result.score:.2f}"
        if result.mean is not None and result.ci is not None:
            text += f" ({result.mean:.2f} ± {result.ci:.2f})"
        if result.p_value is not None:
            text += f" p={result.p_value:.4f}{'*' if result.p_value < 0.05 else ' '}"
        elif self.bootstrap:
            text += " " * 9
        return text


def score_translations(
    systems: Mapping[str, Sequence[str]],
    references: Sequence[Sequence[str]],
    metrics: Sequence[str] = DEFAULT_METRICS,
    bootstrap: int = 0,
    progress: Callable[[int, int], object] = lambda done, total: None,
) -> TranslationReport:
    """Score each system (name → lines) against one or more reference streams (each a list of lines).

    ``bootstrap`` > 0 runs sacrebleu's paired bootstrap test with that many resamples, the first system
    as the baseline (sacrebleu seeds it with ``SACREBLEU_SEED``, 12345 by default). ``progress(done,
    total)`` is called after each system's score on each metric (the paired test reports once, at its end).

    >>> report = score_translations({"mt": ["the cat sat on the mat"]}, [["the cat sat on the mat"]])
    >>> report.scores["mt"]["BLEU"].score
    100.00000000000004
    """
    if not systems:
        raise EvaluationInputError("no hypothesis files given")
    if not references:
        raise EvaluationInputError("no reference files given")
    streams = {f"reference {i + 1}": list(ref) for i, ref in enumerate(references)}
    streams.update({f"system {name}": list(lines) for name, lines in systems.items()})
    segments = check_aligned(streams)
    if bootstrap and len(systems) < 2:
        raise EvaluationInputError("a paired bootstrap test needs at least two hypothesis files")
    names = tuple(systems)
    refs = [list(ref) for ref in references]
    if bootstrap:
        scores, signatures, keys = _paired_bootstrap(systems, refs, metrics, bootstrap)
        progress(1, 1)
    else:
        scores, signatures, keys = _corpus_scores(systems, refs, metrics, progress)
    return TranslationReport(names, keys, scores, signatures, bootstrap, segments, len(refs))


#: Each system's scores by metric key, each key's sacrebleu signature, and the keys in report order.
_Scores = tuple[dict[str, dict[str, MetricResult]], dict[str, str], tuple[str, ...]]


def _corpus_scores(
    systems: Mapping[str, Sequence[str]],
    refs: list[list[str]],
    metrics: Sequence[str],
    progress: Callable[[int, int], object],
) -> _Scores:
    scores: dict[str, dict[str, MetricResult]] = {name: {} for name in systems}
    signatures: dict[str, str] = {}
    keys: list[str] = []
    done, total = 0, len(metrics) * len(systems)
    for metric_name in metrics:
        metric = make_metric(metric_name)
        for name, hypotheses in systems.items():
            score = metric.corpus_score(list(hypotheses), refs)
            scores[name][score.name] = MetricResult(score.score)
            done += 1
            progress(done, total)
        keys.append(score.name)
        signatures[score.name] = str(metric.get_signature())
    return scores, signatures, tuple(keys)


def _paired_bootstrap(
    systems: Mapping[str, Sequence[str]], refs: list[list[str]], metrics: Sequence[str], n_samples: int
) -> _Scores:
    # Imported here: significance pulls in multiprocessing and is only needed for the paired test.
    from sacrebleu.significance import PairedTest

    named: list[tuple[str, Sequence[str]]] = [
        (name, list(hypotheses)) for name, hypotheses in systems.items()
    ]
    metric_objects = {name: make_metric(name) for name in metrics}
    test = PairedTest(named, metric_objects, references=refs, test_type="bs", n_samples=n_samples)
    signatures, table = test()
    keys = tuple(key for key in table if key != "System")
    scores = {
        str(name): {key: _result(table[key][index]) for key in keys}
        for index, name in enumerate(table["System"])
    }
    return scores, {key: str(signatures[key]) for key in keys}, keys


def _result(result: Any) -> MetricResult:
    """Convert sacrebleu's ``Result`` (numpy floats, ``None`` for the baseline's p-value) to plain floats."""

    def plain(value: Any) -> float | None:
        return None if value is None else float(value)

    return MetricResult(float(result.score), plain(result.p_value), plain(result.mean), plain(result.ci))
