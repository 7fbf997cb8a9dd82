"""From scored findings to edits: keep the confident fixes, then settle overlaps by a named policy."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from translit.edits import Edit, Finding


@dataclass(frozen=True)
class Resolution:
    edits: tuple[Edit, ...]  # to apply, sorted by offset, never overlapping
    skipped: tuple[Finding, ...]  # reported but not applied: not confident, "keep" won, or overlapped


def resolve(findings: Sequence[Finding], min_score: float, min_margin: float) -> Resolution:
    """Turn each confident finding into an edit; among overlapping edits the most confident wins."""
    confident: list[tuple[Edit, Finding]] = []
    skipped: list[Finding] = []
    for finding in findings:
        edit = _confident_edit(finding, min_score, min_margin)
        if edit is None:
            skipped.append(finding)
        else:
            confident.append((edit, finding))
    kept, overlapped = prefer_most_confident(confident)
    return Resolution(tuple(sorted(kept, key=lambda e: e.start)), tuple(skipped + overlapped))


def _confident_edit(finding: Finding, min_score: float, min_margin: float) -> Edit | None:
    best = finding.best()
    if best is None or best.replacement == finding.original:
        return None
    runner_up = finding.runner_up()
    margin = best.confidence - (runner_up.confidence if runner_up else 0.0)
    if best.confidence < min_score or margin < min_margin:
        return None
    return Edit.from_finding(finding, best)


def prefer_most_confident(
    confident: list[tuple[Edit, Finding]],
) -> tuple[list[Edit], list[Finding]]:
    """Overlap policy: higher score first, then the longer span, then the earlier one."""
    ranked = sorted(confident, key=lambda pair: (-pair[0].score, pair[0].start - pair[0].end, pair[0].start))
    kept: list[Edit] = []
    overlapped: list[Finding] = []
    taken = _TakenSpans()
    for edit, finding in ranked:
        if taken.overlaps(edit.start, edit.end):
            overlapped.append(finding)
        else:
            kept.append(edit)
            taken.add(edit.start, edit.end)
    return kept, overlapped


class _TakenSpans:
    """Disjoint spans, sorted, for overlap checks in O(log n): a long text has thousands of edits.

    Empty spans (insertions) sit apart: they overlap a span only strictly inside it, never each other.
    """

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.points: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.starts, start)
        if index > 0 and start < self.ends[index - 1] and self.starts[index - 1] < end:
            return True
        if index < len(self.starts) and self.starts[index] < end:
            return True
        point = bisect.bisect_right(self.points, start)
        return point < len(self.points) and self.points[point] < end

    def add(self, start: int, end: int) -> None:
        if start == end:
            bisect.insort(self.points, start)
            return
        index = bisect.bisect_right(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)
