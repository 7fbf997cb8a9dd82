"""Run the cleaner on injected cases and tabulate recall and precision per family, with counts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from benchmarks.common import Section, table
from benchmarks.inject_cases import Case, CaseScore, EditLike, score_case

Cleaner = Callable[[str], Sequence[EditLike]]


@dataclass
class Tally:
    """Counts for one family or subfamily."""

    cases: int = 0
    gold: int = 0
    fixed: int = 0
    edits: int = 0
    correct: int = 0
    false_alarms: int = 0
    changed_negatives: int = 0  # negative cases (no gold) the cleaner changed
    carrier_edits: int = 0  # edits on the same carriers without injection: the do-no-harm baseline
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, case: Case, score: CaseScore, carrier_edits: int) -> None:
        self.cases += 1
        self.gold += len(case.gold)
        self.fixed += sum(score.fixed)
        self.edits += score.edits
        self.correct += score.correct
        self.false_alarms += len(score.false_alarms)
        self.changed_negatives += int(not case.gold and score.edits > 0)
        self.carrier_edits += carrier_edits
        self.misses += [f"{m} ({case.source})" for m in score.missed]
        self.wrong += [f"{w} ({case.source})" for w in (*score.wrong, *score.false_alarms)]

    @property
    def recall(self) -> float | None:
        return self.fixed / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.edits if self.edits else None


@dataclass(frozen=True)
class Evaluation:
    """Tallies per family and per (family, subfamily), and per (family, gold label) where labelled."""

    families: dict[str, Tally]
    subfamilies: dict[tuple[str, str], Tally]
    labels: dict[tuple[str, str], tuple[int, int]]  # (family, label) -> (fixed, gold)


def evaluate(cases: Sequence[Case], clean: Cleaner) -> Evaluation:
    """Clean every injected text and every carrier; score the former, count edits on the latter."""
    families: dict[str, Tally] = defaultdict(Tally)
    subfamilies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    labels: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    carrier_edits: dict[str, int] = {}
    for case in cases:
        score = score_case(case, clean(case.text))
        if case.carrier not in carrier_edits:
            carrier_edits[case.carrier] = len(clean(case.carrier)) if case.gold else score.edits
        for tally in (families[case.family], subfamilies[(case.family, case.subfamily)]):
            tally.add(case, score, carrier_edits[case.carrier])
        for label, fixed in zip(case.labels, score.fixed):
            labels[(case.family, label)][0] += int(fixed)
            labels[(case.family, label)][1] += 1
    return Evaluation(dict(families), dict(subfamilies), {k: (v[0], v[1]) for k, v in labels.items()})


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


HEADER = (
    "family",
    "cases",
    "injected",
    "fixed",
    "recall",
    "edits",
    "correct",
    "false alarms",
    "precision",
    "carrier edits",
)


T = TypeVar("T")


def family_tallies(
    families: Mapping[str, T], subfamilies: Mapping[tuple[str, str], T], family: str
) -> list[tuple[str, T]]:
    """The family's total, then each subfamily's, each with the name its row shows."""
    return [(f"**{family}**", families[family])] + [
        (f"{family} / {sub}", tally) for (fam, sub), tally in sorted(subfamilies.items()) if fam == family
    ]


def rows(evaluation: Evaluation, family: str) -> list[tuple[object, ...]]:
    """The family's total row, then one row per subfamily."""
    out: list[tuple[object, ...]] = []
    for name, t in family_tallies(evaluation.families, evaluation.subfamilies, family):
        out.append(
            (
                name,
                t.cases,
                t.gold,
                t.fixed,
                _ratio(t.recall),
                t.edits,
                t.correct,
                t.false_alarms,
                _ratio(t.precision),
                t.carrier_edits,
            )
        )
    return out


def results_table(evaluation: Evaluation, families: Sequence[str]) -> str:
    return table(HEADER, [row for family in families for row in rows(evaluation, family)])


def label_table(evaluation: Evaluation) -> str:
    data = [
        (family, label, fixed, gold, _ratio(fixed / gold if gold else None))
        for (family, label), (fixed, gold) in sorted(evaluation.labels.items())
    ]
    return table(("family", "mention", "fixed", "injected", "recall"), data)


def samples(evaluation: Evaluation, per_subfamily: int = 2) -> list[str]:
    """A few misses and wrong edits per subfamily, to read by hand."""
    lines = []
    for (family, sub), tally in sorted(evaluation.subfamilies.items()):
        if tally.misses:
            lines.append(f"- {family} / {sub}, missed: " + "; ".join(tally.misses[:per_subfamily]))
        if tally.wrong:
            lines.append(
                f"- {family} / {sub}, wrong or false alarm: " + "; ".join(tally.wrong[:per_subfamily])
            )
    return lines


def meets(tally: Tally, min_recall: float, min_precision: float) -> bool:
    """Whether a family meets its targets.

    With injected errors: recall and precision (no edits at all leaves precision unmeasured, not missed).
    A negative family has nothing to fix and every edit is a false alarm, so its precision target reads
    as a share of documents: at most ``1 - min_precision`` of them may be changed.
    """
    if not tally.gold:
        return tally.changed_negatives <= (1 - min_precision) * tally.cases
    recall_ok = tally.recall is not None and tally.recall >= min_recall
    precision_ok = tally.precision is None or tally.precision >= min_precision
    return recall_ok and precision_ok


def measured(tally: Tally) -> str:
    """Recall and precision with their counts, or for a negative family the documents changed."""
    if not tally.gold:
        return f"{tally.changed_negatives} of {tally.cases} documents changed ({tally.edits} edits)"
    return (
        f"R {_ratio(tally.recall)} ({tally.fixed}/{tally.gold}), "
        f"P {_ratio(tally.precision)} ({tally.correct}/{tally.edits})"
    )


def targets(
    evaluation: Evaluation, section: str, families: Sequence[str], min_recall: float, min_precision: float
) -> tuple[tuple[str, str, bool], ...]:
    """One target line per family, in the (target, measured, met) shape of :class:`Section`."""
    out = []
    for family in families:
        tally = evaluation.families[family]
        if tally.gold:
            wanted = f"recall ≥ {min_recall}, precision ≥ {min_precision}"
        else:
            wanted = f"≤ {1 - min_precision:.0%} of documents changed"
        out.append(
            (f"{section} / {family}: {wanted}", measured(tally), meets(tally, min_recall, min_precision))
        )
    return tuple(out)


def write_results(section: Section, path: Path, command: str) -> None:
    """A section's own results file: its targets, then its body."""
    lines = "\n".join(f"- {t}: {m} — {'met' if ok else '**missed**'}" for t, m, ok in section.targets)
    path.write_text(
        f"# {section.title}\n\nGenerated by `python -m benchmarks.run_all` (or `{command}`) from the project "
        f"root; carrier text from `../shared` (or `$TRANSLIT_SHARED`).\n\n## Targets\n\n{lines}\n\n"
        f"## Results\n\n{section.body}\n",
        encoding="utf-8",
    )
