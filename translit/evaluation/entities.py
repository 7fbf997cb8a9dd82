"""Entity accuracy against the source: of the entities the Chinese source names, how many a system
renders acceptably, leaves out, or renders wrongly — per system, with a paired bootstrap between systems
and the references scored the same way, as the ceiling.

Each line of the source is the original of the same line of every system and reference; each is checked
by :func:`translit.source.check_entities`, the same check the ``source`` rule cleans with.

What counts, so that the score measures errors and not the checker's blind spots:

- **acceptable**: rendered by a form the gazetteer accepts (or a reading translators use);
- **wrong**: a span of the line aligned to the entity and spelled otherwise, with evidence — aligned for
  sure, a misspelling the gazetteer lists, or spelled at least :data:`WRONG_SIMILARITY` like a reading or
  name of the entity; weaker alignments are *unclear* and not scored;
- **omitted**: rendered nowhere the checker can see. Translations drop and paraphrase names ("the
  city", "we" for 中方) as references do too, so an omission is scored only where a reference renders the
  entity acceptably in that line; all omissions are reported.

``share`` = acceptable / (acceptable + wrong + scored omissions). A reference is scored the same way, its
omissions against the other references: with one reference its omissions are reported, not scored.
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from translit._version import __version__
from translit.evaluation.inputs import EvaluationInputError, check_aligned

if TYPE_CHECKING:
    from translit.pipeline import Pipeline
    from translit.source import EntityCheck

#: The bootstrap's seed, as sacrebleu's (``SACREBLEU_SEED``): the same resamples for every system.
BOOTSTRAP_SEED = 12345
#: An alignment that is not sure counts as a wrong rendering from this similarity up (spelled this much like
#: a reading or name of the entity: "Germug" for 格爾木 is 0.83); weaker ones are unclear.
WRONG_SIMILARITY = 0.8


@dataclass(frozen=True, slots=True)
class WrongRendering:
    """One source entity a system renders wrongly: where, what the source says and what the MT wrote."""

    segment: int
    source_form: str
    written: str
    expected: str  # the entity's canonical name
    sure: bool  # whether the cleaner would fix it

    def to_dict(self) -> dict[str, object]:
        return {
            "segment": self.segment,
            "source": self.source_form,
            "written": self.written,
            "expected": self.expected,
            "sure": self.sure,
        }


@dataclass(frozen=True)
class EntityScore:
    """One system's (or reference's) entity counts; ``share`` is the share rendered acceptably."""

    name: str
    checked: int  # scored: acceptable, wrong, and omitted where a reference renders the entity
    acceptable: int
    omitted: int  # scored omissions
    wrong: tuple[WrongRendering, ...]
    per_segment: tuple[tuple[int, int], ...] = field(repr=False)  # (checked, acceptable) per segment
    omitted_all: int = 0  # every entity rendered nowhere, scored or not
    unclear: int = 0  # aligned too weakly to call wrong
    mean: float | None = None
    ci: float | None = None
    p_value: float | None = None

    @property
    def share(self) -> float:
        return round(100 * self.acceptable / self.checked, 2) if self.checked else 100.0

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "checked": self.checked,
            "acceptable": self.acceptable,
            "share_acceptable": self.share,
            "omitted": self.omitted,
            "omitted_all": self.omitted_all,
            "unclear": self.unclear,
            "wrong": len(self.wrong),
            "mean": self.mean,
            "ci": self.ci,
            "p_value": self.p_value,
            "wrong_renderings": [w.to_dict() for w in self.wrong],
        }


@dataclass(frozen=True)
class EntityReport:
    """Scores of every system, ranked by share acceptable, and of every reference (the ceiling)."""

    systems: tuple[EntityScore, ...]
    references: tuple[EntityScore, ...]
    segments: int
    bootstrap: int
    signature: str

    def ranking(self) -> list[str]:
        return [s.name for s in sorted(self.systems, key=lambda s: -s.share)]

    def to_dict(self) -> dict[str, object]:
        return {
            "segments": self.segments,
            "bootstrap": self.bootstrap,
            "baseline": self.systems[0].name if self.bootstrap else None,
            "signature": self.signature,
            "systems": [s.to_dict() for s in self.systems],
            "references": [s.to_dict() for s in self.references],
            "ranking": self.ranking(),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def format_text(self, listed: int = 10) -> str:
        """A table (systems ranked, then references), then up to ``listed`` wrong renderings each."""
        rows = [("system", "scored", "acceptable %", "omitted (all)", "wrong", "unclear", "bootstrap")]
        ranked = sorted(self.systems, key=lambda s: -s.share)
        for score in [*ranked, *self.references]:
            label = score.name if score in self.systems else f"{score.name} (reference)"
            test = ""
            if score.mean is not None and score.ci is not None:
                test = f"{score.mean:.2f} ± {score.ci:.2f}"
                test += (
                    f" p={score.p_value:.4f}{'*' if score.p_value < 0.05 else ''}"
                    if score.p_value is not None
                    else ""
                )
            rows.append(
                (
                    label,
                    str(score.checked),
                    f"{score.share:.2f}",
                    f"{score.omitted} ({score.omitted_all})",
                    str(len(score.wrong)),
                    str(score.unclear),
                    test,
                )
            )
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        lines = [
            "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
            for row in rows
        ]
        lines += [
            "",
            "omitted: rendered nowhere where a reference renders the entity (scored); all in brackets",
        ]
        if self.bootstrap:
            lines += ["", f"paired bootstrap ({self.bootstrap} resamples) against {self.systems[0].name}: "
                      "mean ± 95% CI of the share acceptable, p-value; * p < 0.05"]  # fmt: skip
        for score in [*ranked, *self.references]:
            if score.wrong and listed:
                lines += ["", f"{score.name}: wrong renderings ({len(score.wrong)})"]
                lines += [
                    f"  line {w.segment + 1}: {w.source_form} ({w.expected}) written {w.written!r}"
                    + (" [fixable]" if w.sure else "")
                    for w in score.wrong[:listed]
                ]
        lines += ["", f"signature: {self.signature}"]
        return "\n".join(lines)


def score_entities(
    source: Sequence[str],
    systems: Mapping[str, Sequence[str]],
    references: Mapping[str, Sequence[str]] | None = None,
    bootstrap: int = 0,
    house_style: bool = False,
) -> EntityReport:
    """Check every system's (and reference's) rendering of the source's entities, line by line."""
    from translit import Config, load_pipeline  # the pipeline only when entities are scored

    if not systems:
        raise EvaluationInputError("no hypothesis files given")
    references = references or {}
    streams = {"source": list(source)}
    streams.update({f"system {name}": list(lines) for name, lines in systems.items()})
    streams.update({f"reference {name}": list(lines) for name, lines in references.items()})
    segments = check_aligned(streams)
    if bootstrap and len(systems) < 2:
        raise EvaluationInputError("a paired bootstrap test needs at least two hypothesis files")
    pipeline = load_pipeline(Config(house_style=house_style))
    reference_checks = {name: _checks(pipeline, source, lines) for name, lines in references.items()}
    scored = [
        _score(pipeline, name, _checks(pipeline, source, lines), _rendered(reference_checks))
        for name, lines in systems.items()
    ]
    if bootstrap:
        scored = _paired_bootstrap(scored, bootstrap)
    ceiling = tuple(
        _score(pipeline, name, checks, _rendered({n: c for n, c in reference_checks.items() if n != name}))
        for name, checks in reference_checks.items()
    )
    signature = "|".join(
        [
            f"translit-eval:{__version__}",
            "unit:line",
            f"bootstrap:{bootstrap}",
            f"seed:{BOOTSTRAP_SEED}",
        ]
    )
    return EntityReport(tuple(scored), ceiling, segments, bootstrap, f"{signature} || {pipeline.signature()}")


def _checks(pipeline: Pipeline, source: Sequence[str], lines: Sequence[str]) -> list[tuple[EntityCheck, ...]]:
    """The checks of each line against its source line, each line a document of its own."""
    from translit.document import read_document

    return [
        read_document(text, pipeline.gazetteer, pipeline.read_source(text, original)).source_checks
        for original, text in zip(source, lines)
    ]


def _rendered(references: Mapping[str, list[tuple[EntityCheck, ...]]]) -> list[set[tuple[str, ...]]]:
    """Per line, the source entities (by their entries) some reference renders acceptably."""
    from translit.source import Rendering

    lines = max((len(checks) for checks in references.values()), default=0)
    rendered: list[set[tuple[str, ...]]] = [set() for _ in range(lines)]
    for checks in references.values():
        for index, line in enumerate(checks):
            rendered[index].update(c.entity.entries for c in line if c.rendering is Rendering.ACCEPTABLE)
    return rendered


def _score(
    pipeline: Pipeline, name: str, checks: list[tuple[EntityCheck, ...]], rendered: list[set[tuple[str, ...]]]
) -> EntityScore:
    from translit.source import Rendering

    per_segment, wrong = [], []
    omitted = omitted_all = unclear = 0
    for index, line in enumerate(checks):
        scored = accepted = 0
        for check in line:
            if check.rendering is Rendering.ACCEPTABLE:
                scored, accepted = scored + 1, accepted + 1
            elif check.rendering is Rendering.OMITTED or check.similarity == 0:  # by elimination: no evidence
                omitted_all += 1
                if index < len(rendered) and check.entity.entries in rendered[index]:
                    scored, omitted = scored + 1, omitted + 1
            elif check.sure or check.listed or check.similarity >= WRONG_SIMILARITY:
                scored += 1
                expected = pipeline.gazetteer[check.entry or check.entity.entries[0]].canonical
                wrong.append(WrongRendering(index, check.entity.surface, check.written, expected, check.sure))
            else:
                unclear += 1
        per_segment.append((scored, accepted))
    checked = sum(c for c, _ in per_segment)
    accepted = sum(a for _, a in per_segment)
    return EntityScore(
        name, checked, accepted, omitted, tuple(wrong), tuple(per_segment), omitted_all, unclear
    )


def _paired_bootstrap(scores: list[EntityScore], samples: int) -> list[EntityScore]:
    """Resample segments with replacement (the same resamples for every system); each system's mean
    share and 95% CI, and its p-value against the first system (Koehn 2004): the share of resamples in
    which the observed difference disappears or reverses."""
    generator = random.Random(BOOTSTRAP_SEED)
    count = len(scores[0].per_segment)
    draws = [[generator.randrange(count) for _ in range(count)] for _ in range(samples)]
    shares = [[_share(score, draw) for draw in draws] for score in scores]
    baseline = shares[0]
    results = []
    for score, values in zip(scores, shares):
        ordered = sorted(values)
        mean = sum(values) / samples
        ci = (ordered[int(0.975 * (samples - 1))] - ordered[int(0.025 * (samples - 1))]) / 2
        p_value = None
        if score is not scores[0]:
            observed = score.share - scores[0].share
            reversed_ = sum(1 for a, b in zip(values, baseline) if (a - b) * observed <= 0)
            p_value = round((reversed_ + 1) / (samples + 1), 4)
        results.append(_with_test(score, round(mean, 2), round(ci, 2), p_value))
    return results


def _share(score: EntityScore, draw: list[int]) -> float:
    checked = sum(score.per_segment[i][0] for i in draw)
    return 100 * sum(score.per_segment[i][1] for i in draw) / checked if checked else 100.0


def _with_test(score: EntityScore, mean: float, ci: float, p_value: float | None) -> EntityScore:
    import dataclasses

    return dataclasses.replace(score, mean=mean, ci=ci, p_value=p_value)
