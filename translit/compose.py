"""Compose two rounds of edits into one round over the original text: a pure function.

A first round of edits turns ``original`` into ``intermediate``; a later round, with offsets into
``intermediate``, turns that into ``final``. :func:`compose_edits` returns one round of edits with offsets
into ``original`` whose replay gives ``final``, so a report never points into an intermediate string.

Rules, so that every result stays replayable and byte-identical outside its edits:

- An earlier edit that no later edit touches is kept as it is.
- A later edit that touches no earlier replacement is moved back to the original's offsets, unchanged
  otherwise (the text it replaces is original text).
- A later edit that overlaps or touches (shares an end point with) the replacement of an earlier edit is
  merged with it into one edit over the union of their spans in the original. Merging spreads
  transitively: two later edits that touch the same earlier replacement end in the same merged edit.
  The merged edit takes ``type`` and ``rule`` from the first later edit in it, because the later round
  chose the final wording, and ``entry`` from the first later edit that has one, else from the earlier
  ones; its ``reason`` keeps every explanation, earlier ones first, joined by "; then "; its ``score``
  is the lowest of its parts, as a chain of fixes is no surer than its weakest step.
- A merged edit whose replacement equals its original (a later round undid an earlier one) is dropped:
  it changes nothing.

Touching edits are merged and not placed side by side because an insertion at the boundary of a
replacement has no single offset in the original (before or after the text it replaced?).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Sequence

from translit.apply import apply_edits
from translit.edits import Edit, Finding

#: How the explanations of merged edits are joined, earlier rounds first.
THEN = "; then "


def compose_edits(original: str, earlier: Iterable[Edit], later: Iterable[Edit]) -> tuple[Edit, ...]:
    """One round of edits on ``original`` equal to applying ``earlier``, then ``later`` on the result.

    >>> kiev = Edit(0, 4, "Kiev", "Kyiv", "house-style", "r", "house style", 1.0)
    >>> said = Edit(5, 9, "said", "says", "tense", "t", "present tense", 0.8)
    >>> [(e.start, e.end, e.replacement) for e in compose_edits("Kiev said.", [kiev], [said])]
    [(0, 4, 'Kyiv'), (5, 9, 'says')]
    >>> comma = Edit(0, 5, "Kyiv ", "Kyiv, ", "punctuation", "p", "comma", 0.9)
    >>> [merged] = compose_edits("Kiev said.", [kiev], [comma])
    >>> (merged.original, merged.replacement, merged.reason, merged.score)
    ('Kiev ', 'Kyiv, ', 'house style; then comma', 0.9)
    """
    earlier = sorted(earlier, key=lambda e: (e.start, e.end))  # the order apply_edits replays them in
    later = sorted(later, key=lambda e: (e.start, e.end))
    if not later:
        return tuple(earlier)
    placed = _Placed(earlier)
    composed: list[tuple[int, Edit]] = []  # with where each starts in the intermediate text
    merged_earlier: set[int] = set()
    for first, last, group in _groups(placed, later):
        if first == last:  # touches no earlier replacement: original text, just shifted
            shift = placed.shift_before(first)
            composed += [
                (e.start, dataclasses.replace(e, start=e.start - shift, end=e.end - shift)) for e in group
            ]
            continue
        merged_earlier.update(range(first, last))
        edit = _merge(original, placed, first, last, group)
        if edit.replacement != edit.original:
            composed.append((min(placed.starts[first], group[0].start), edit))
    composed += [(placed.starts[i], e) for i, e in enumerate(earlier) if i not in merged_earlier]
    # Insertions at one offset replay in list order: keep the order they have in the intermediate text.
    composed.sort(key=lambda pair: (pair[1].start, pair[1].end, pair[0]))
    return tuple(edit for _, edit in composed)


class _Placed:
    """The earlier edits with the span each replacement occupies in the intermediate text."""

    def __init__(self, edits: Sequence[Edit]) -> None:
        self.edits = edits
        self.starts: list[int] = []  # in the intermediate text, non-decreasing
        self.ends: list[int] = []
        self.shifts = [0]  # shifts[i]: how much longer the intermediate is before edit i
        for edit in edits:
            start = edit.start + self.shifts[-1]
            self.starts.append(start)
            self.ends.append(start + len(edit.replacement))
            self.shifts.append(self.shifts[-1] + len(edit.replacement) - (edit.end - edit.start))

    def touched_by(self, edit: Edit) -> tuple[int, int]:
        """The index range of earlier replacements that ``edit`` overlaps or touches (closed intervals)."""
        return bisect.bisect_left(self.ends, edit.start), bisect.bisect_right(self.starts, edit.end)

    def shift_before(self, index: int) -> int:
        return self.shifts[index]


def _groups(placed: _Placed, later: list[Edit]) -> list[tuple[int, int, list[Edit]]]:
    """Later edits grouped with the earlier replacements they touch: ``(first, last, later edits)``.

    ``first == last`` marks a later edit that touches none (``first`` is then how many come before it).
    """
    groups: list[tuple[int, int, list[Edit]]] = []
    for edit in later:
        first, last = placed.touched_by(edit)
        if first < last and groups and groups[-1][0] < groups[-1][1] and first < groups[-1][1]:
            previous_first, previous_last, members = groups[-1]  # shares an earlier edit: one group
            groups[-1] = (previous_first, max(previous_last, last), [*members, edit])
        else:
            groups.append((first, max(first, last), [edit]))
    return groups


def _merge(original: str, placed: _Placed, first: int, last: int, group: list[Edit]) -> Edit:
    """One edit over the original span of earlier edits ``first..last-1`` and the later ``group``."""
    earlier = placed.edits[first:last]
    span_start = min(placed.starts[first], group[0].start)  # in the intermediate text
    span_end = max(placed.ends[last - 1], group[-1].end)
    start = earlier[0].start - (placed.starts[first] - span_start)  # only original text lies between
    end = earlier[-1].end + (span_end - placed.ends[last - 1])
    pieces = [original[start : earlier[0].start]]
    for edit, following in zip(earlier, [*earlier[1:], None]):
        pieces += [edit.replacement, original[edit.end : following.start if following else end]]
    relative = [dataclasses.replace(e, start=e.start - span_start, end=e.end - span_start) for e in group]
    decider = group[0]
    return Edit(
        start=start,
        end=end,
        original=original[start:end],
        replacement=apply_edits("".join(pieces), relative),
        type=decider.type,
        rule=decider.rule,
        reason=THEN.join(_reasons(earlier) + _reasons(group)),
        score=min(e.score for e in (*earlier, *group)),
        entry=next((e.entry for e in (*group, *earlier) if e.entry is not None), None),
    )


def _reasons(edits: Sequence[Edit]) -> list[str]:
    return ["; ".join(e.reason for e in edits)]


def findings_in_original(findings: tuple[Finding, ...], edits: tuple[Edit, ...]) -> tuple[Finding, ...]:
    """Findings on the output of ``edits`` (sorted, non-overlapping), moved to offsets in their input.

    A finding that overlaps a replacement, or sits where text was deleted, is dropped: it is about text
    that translit wrote, and the edit that wrote it explains that span.
    """
    if not edits:
        return findings
    starts, ends, shifts = [], [], [0]  # replacements in the output; shifts[i]: growth before edit i
    for edit in edits:
        starts.append(edit.start + shifts[-1])
        ends.append(starts[-1] + len(edit.replacement))
        shifts.append(shifts[-1] + len(edit.replacement) - (edit.end - edit.start))
    moved = []
    for finding in findings:
        if _touches_written_text(finding.start, finding.end, starts, ends):
            continue
        start = finding.start - shifts[bisect.bisect_right(ends, finding.start)]
        moved.append(dataclasses.replace(finding, start=start, end=start + finding.end - finding.start))
    return tuple(moved)


def _touches_written_text(start: int, end: int, starts: list[int], ends: list[int]) -> bool:
    index = bisect.bisect_left(ends, start)  # the first replacement that ends at or after the span starts
    while index < len(starts) and starts[index] <= end:
        if _overlaps(start, end, starts[index], ends[index]):
            return True
        index += 1
    return False


def _overlaps(start: int, end: int, written_start: int, written_end: int) -> bool:
    """Whether a span shares text with a replacement; empty spans and deletions are points."""
    if written_start == written_end:  # a deletion: inside the span, or where an empty span sits
        return start < written_start < end or start == end == written_start
    if start == end:
        return written_start < start < written_end
    return written_start < end and start < written_end
