"""Post-edit quality: which of the cleaner's edits were right, what it missed, damaged and gained.

Gold and system edits are both extracted from text by token alignment against the raw MT
(:mod:`translit.evaluation.alignment`), so edits need no hand annotation; typed spans (the gold
``edits.jsonl``, a synthetic injector's log, the cleaner's own ``Edit`` s) only give them types.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sacrebleu.metrics import BLEU, CHRF

from translit.evaluation.alignment import TextEdit, extract_edits
from translit.evaluation.edit_scores import EditComparison, EditCounts, compare_edits
from translit.evaluation.inputs import EvaluationInputError, check_aligned, read_text


@dataclass(frozen=True, slots=True)
class TypedSpan:
    """An artifact type attached to a character span of one MT segment (offsets into the raw MT)."""

    start: int
    end: int
    type: str
    segment: int = 0

    def covers(self, edit: TextEdit) -> bool:
        """Whether this span overlaps the edit's original span (an insertion point counts if inside)."""
        if self.segment != edit.segment:
            return False
        if edit.o_start == edit.o_end:
            return self.start <= edit.o_start <= self.end
        return self.start < edit.o_end and edit.o_start < self.end


def read_typed_spans(path: str | Path, segment: int = 0) -> tuple[TypedSpan, ...]:
    """Read typed gold spans from a JSON-lines file with ``start``, ``end`` and ``type`` on each line."""
    spans = []
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            spans.append(
                TypedSpan(
                    int(record["start"]),
                    int(record["end"]),
                    str(record["type"]),
                    int(record.get("segment", segment)),
                )
            )
        except (ValueError, KeyError, TypeError) as error:
            raise EvaluationInputError(
                f"{path}:{number}: expected JSON with start, end and type ({error})"
            ) from None
    return tuple(spans)


def classify(
    edits: Iterable[TextEdit], spans: Sequence[TypedSpan], default: str = ""
) -> tuple[TextEdit, ...]:
    """Give each edit the type of the first typed span that covers it, else ``default``."""
    return tuple(
        replace(edit, type=next((s.type for s in spans if s.covers(edit)), default or edit.type))
        for edit in edits
    )


@dataclass(frozen=True, slots=True)
class ReferenceGain:
    """Scores of the raw and the cleaned MT against references, and what the changed segments gained."""

    bleu_before: float
    bleu_after: float
    chrf_before: float
    chrf_after: float
    changed_segments: int
    improved_segments: int
    worsened_segments: int
    mean_segment_gain: float  # mean Δ sentence chrF over changed segments

    @property
    def delta_bleu(self) -> float:
        return round(self.bleu_after - self.bleu_before, 4)

    @property
    def delta_chrf(self) -> float:
        return round(self.chrf_after - self.chrf_before, 4)

    def to_dict(self) -> dict[str, float]:
        return {
            "bleu_before": self.bleu_before,
            "bleu_after": self.bleu_after,
            "delta_bleu": self.delta_bleu,
            "chrf_before": self.chrf_before,
            "chrf_after": self.chrf_after,
            "delta_chrf": self.delta_chrf,
            "changed_segments": self.changed_segments,
            "improved_segments": self.improved_segments,
            "worsened_segments": self.worsened_segments,
            "mean_segment_gain": self.mean_segment_gain,
        }


def measure_gain(
    raw: Sequence[str], cleaned: Sequence[str], references: Sequence[Sequence[str]]
) -> ReferenceGain:
    """Corpus BLEU/chrF of raw and cleaned MT against the references, and Δ sentence chrF per changed segment.

    Newlines inside a segment (a document) are scored as spaces.
    """
    raw, cleaned = _flatten(raw), _flatten(cleaned)
    refs = [_flatten(ref) for ref in references]
    bleu, chrf = BLEU(), CHRF()
    gains = []
    for index, (before, after) in enumerate(zip(raw, cleaned)):
        if before != after:
            segment_refs = [ref[index] for ref in refs]
            gains.append(
                chrf.sentence_score(after, segment_refs).score
                - chrf.sentence_score(before, segment_refs).score
            )
    return ReferenceGain(
        round(bleu.corpus_score(raw, refs).score, 4),
        round(bleu.corpus_score(cleaned, refs).score, 4),
        round(chrf.corpus_score(raw, refs).score, 4),
        round(chrf.corpus_score(cleaned, refs).score, 4),
        len(gains),
        sum(g > 0 for g in gains),
        sum(g < 0 for g in gains),
        round(sum(gains) / len(gains), 4) if gains else 0.0,
    )


def _flatten(segments: Sequence[str]) -> list[str]:
    return [segment.replace("\n", " ") for segment in segments]


@dataclass(frozen=True)
class PostEditReport:
    """Edit-level scores, over-correction and reference gain of one cleaned text against its gold."""

    comparison: EditComparison
    lines: int  # non-blank lines of raw MT (over-correction is counted per line)
    clean_lines: int  # lines on which gold has no edit
    over_corrected_lines: int  # clean lines the system changed
    over_corrections: tuple[TextEdit, ...]  # system edits on clean lines
    gain: ReferenceGain | None
    signature: str
    beta: float = 0.5

    @property
    def counts(self) -> EditCounts:
        return self.comparison.counts

    def to_dict(self) -> dict[str, object]:
        return {
            "signature": self.signature,
            "overall": self.counts.to_dict(self.beta),
            "by_type": {k: v.to_dict(self.beta) for k, v in self.comparison.counts_by_type().items()},
            "lines": self.lines,
            "clean_lines": self.clean_lines,
            "over_corrected_lines": self.over_corrected_lines,
            "over_corrections": [_edit_dict(e) for e in self.over_corrections],
            "false_positives": [_edit_dict(e) for e in self.comparison.false_positives],
            "false_negatives": [_edit_dict(e) for e in self.comparison.false_negatives],
            "gain": self.gain.to_dict() if self.gain else None,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def format_text(self) -> str:
        """A readable report: overall and per-type scores, over-correction, gain, then the misses."""
        f_name = f"F{self.beta:g}"
        rows = [("overall", self.counts), *self.comparison.counts_by_type().items()]
        width = max(len(name) for name, _ in rows)
        lines = [f"{'type'.ljust(width)}   TP   FP   FN    P       R       {f_name}"]
        for name, counts in rows:
            p, r, f = counts.scores(self.beta)
            lines.append(
                f"{name.ljust(width)} {counts.tp:4d} {counts.fp:4d} {counts.fn:4d}  {p:.4f}  {r:.4f}  {f:.4f}"
            )
        lines.append("")
        lines.append(
            f"over-correction: {len(self.over_corrections)} edits on {self.over_corrected_lines} "
            f"of {self.clean_lines} lines that needed none ({self.lines} lines in all)"
        )
        if self.gain:
            g = self.gain
            lines.append(
                f"BLEU {g.bleu_before:.2f} -> {g.bleu_after:.2f} ({g.delta_bleu:+.2f}); "
                f"chrF {g.chrf_before:.2f} -> {g.chrf_after:.2f} ({g.delta_chrf:+.2f})"
            )
            lines.append(
                f"changed segments: {g.changed_segments} ({g.improved_segments} up, "
                f"{g.worsened_segments} down), mean Δ sentence chrF {g.mean_segment_gain:+.2f}"
            )
        for label, edits in (
            ("false positive", self.comparison.false_positives),
            ("false negative", self.comparison.false_negatives),
        ):
            lines.extend(
                f"{label}: [{e.type or 'untyped'}] {e.original!r} -> {e.correction!r}" for e in edits
            )
        lines.append(f"signature: {self.signature}")
        return "\n".join(lines)


def evaluate_post_edit(
    mt: Sequence[str],
    gold: Sequence[str],
    cleaned: Sequence[str],
    *,
    gold_types: Sequence[TypedSpan] = (),
    system_types: Sequence[TypedSpan] = (),
    references: Sequence[Sequence[str]] | None = None,
    signature: str = "",
    beta: float = 0.5,
) -> PostEditReport:
    """Score ``cleaned`` against ``gold``, both corrections of ``mt``; all three are aligned segments.

    A segment is whatever unit the caller aligned: a line of a corpus or a whole document. Gold edits take
    their type from ``gold_types``; system edits from ``system_types`` (e.g. the cleaner's own edits),
    else from the gold span they hit. ``references`` (streams aligned with the segments) default to the
    gold text itself.
    """
    check_aligned({"MT": mt, "gold": gold, "cleaned": cleaned})
    gold_found: list[TextEdit] = []
    system_found: list[TextEdit] = []
    for index, (raw, good, ours) in enumerate(zip(mt, gold, cleaned)):
        gold_found.extend(extract_edits(raw, good, index))
        system_found.extend(extract_edits(raw, ours, index))
    gold_edits = classify(gold_found, gold_types)
    system_edits = classify(classify(system_found, gold_types), system_types)
    comparison = compare_edits(gold_edits, system_edits)

    gold_lines = {_line_of(edit, mt) for edit in gold_edits}
    all_lines = sum(1 for segment in mt for line in segment.split("\n") if line.strip())
    over = tuple(edit for edit in system_edits if _line_of(edit, mt) not in gold_lines)
    over_lines = len({_line_of(edit, mt) for edit in over})
    refs = [list(gold)] if references is None else [list(r) for r in references]
    check_aligned({"MT": mt, **{f"reference {i + 1}": r for i, r in enumerate(refs)}})
    gain = measure_gain(mt, cleaned, refs)
    return PostEditReport(
        comparison, all_lines, all_lines - len(gold_lines), over_lines, over, gain, signature, beta
    )


def _line_of(edit: TextEdit, mt: Sequence[str]) -> tuple[int, int]:
    """(segment, line within the segment) of the MT line an edit starts on."""
    return edit.segment, mt[edit.segment].count("\n", 0, edit.o_start)


def _edit_dict(edit: TextEdit) -> dict[str, object]:
    return {
        "segment": edit.segment,
        "start": edit.o_start,
        "end": edit.o_end,
        "original": edit.original,
        "correction": edit.correction,
        "type": edit.type,
    }
