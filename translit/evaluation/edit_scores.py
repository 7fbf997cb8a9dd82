"""Edit-level precision, recall and F-beta, overall and per artifact type, as ERRANT computes them.

A system edit is a true positive when a gold edit has the same key (segment, original span, corrected
tokens); unmatched system edits are false positives and unmatched gold edits false negatives.
True positives and false negatives are typed by the gold edit, false positives by the system edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from translit.evaluation.alignment import TextEdit


@dataclass(frozen=True, slots=True)
class EditCounts:
    """True positives, false positives and false negatives; adds up across segments and types."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: EditCounts) -> EditCounts:
        return EditCounts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def scores(self, beta: float = 0.5) -> tuple[float, float, float]:
        """Precision, recall and F-beta; see :func:`f_score`."""
        return f_score(self.tp, self.fp, self.fn, beta)

    def to_dict(self, beta: float = 0.5) -> dict[str, float]:
        precision, recall, f = self.scores(beta)
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": precision,
            "recall": recall,
            f"f{beta:g}": f,
        }


def f_score(tp: int, fp: int, fn: int, beta: float = 0.5) -> tuple[float, float, float]:
    """Precision, recall and F-beta (F0.5 weighs precision twice as much as recall).

    As in ERRANT, precision is 1.0 when the system proposed nothing and recall is 1.0 when there was
    nothing to find, so a system that leaves clean text alone scores 1.0.

    >>> f_score(tp=3, fp=1, fn=2)
    (0.75, 0.6, 0.7143)
    """
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    denominator = beta**2 * precision + recall
    f = (1 + beta**2) * precision * recall / denominator if denominator else 0.0
    return round(precision, 4), round(recall, 4), round(f, 4)


@dataclass(frozen=True)
class EditComparison:
    """The outcome of matching system edits against gold edits."""

    true_positives: tuple[TextEdit, ...]
    false_positives: tuple[TextEdit, ...]
    false_negatives: tuple[TextEdit, ...]

    @property
    def counts(self) -> EditCounts:
        return EditCounts(len(self.true_positives), len(self.false_positives), len(self.false_negatives))

    def counts_by_type(self) -> dict[str, EditCounts]:
        """Counts per artifact type: TP and FN under the gold edit's type, FP under the system edit's."""
        by_type: dict[str, EditCounts] = {}
        for edits, unit in (
            (self.true_positives, EditCounts(tp=1)),
            (self.false_positives, EditCounts(fp=1)),
            (self.false_negatives, EditCounts(fn=1)),
        ):
            for edit in edits:
                kind = edit.type or "untyped"
                by_type[kind] = by_type.get(kind, EditCounts()) + unit
        return dict(sorted(by_type.items()))


def compare_edits(gold: Iterable[TextEdit], system: Iterable[TextEdit]) -> EditComparison:
    """Match ``system`` edits against ``gold`` edits by key; true positives keep the gold edit's type."""
    gold_by_key = {edit.key: edit for edit in gold}
    system_keys = set()
    true_positives, false_positives = [], []
    for edit in system:
        system_keys.add(edit.key)
        if edit.key in gold_by_key:
            true_positives.append(gold_by_key[edit.key])
        else:
            false_positives.append(edit)
    false_negatives = [edit for key, edit in gold_by_key.items() if key not in system_keys]
    return EditComparison(tuple(true_positives), tuple(false_positives), tuple(false_negatives))
