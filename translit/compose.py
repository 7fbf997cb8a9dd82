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

import dataclasses
from collections.abc import Iterable, Sequence

from translit.apply import apply_edits
from translit.edits import Edit, Finding
from translit.offsets import OffsetMap, in_replay_order

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
    placed = OffsetMap(earlier)  # earlier replacements in the intermediate text
    later = in_replay_order(later)
    if not later:
        return placed.edits
    composed: list[tuple[int, Edit]] = []  # with where each starts in the intermediate text
    merged_earlier: set[int] = set()
    for touched, group in _groups(placed, later):
        if not touched:  # touches no earlier replacement: original text, just shifted
            composed += [
                (e.start, dataclasses.replace(e, start=placed.to_input(e.start), end=placed.to_input(e.end)))
                for e in group
            ]
            continue
        merged_earlier.update(touched)
        edit = _merge(original, placed, touched, group)
        if edit.replacement != edit.original:
            composed.append((min(placed.output_span(touched[0])[0], group[0].start), edit))
    composed += [(placed.output_span(i)[0], e) for i, e in enumerate(placed.edits) if i not in merged_earlier]
    # Insertions at one offset replay in list order: keep the order they have in the intermediate text.
    composed.sort(key=lambda pair: (pair[1].start, pair[1].end, pair[0]))
    return tuple(edit for _, edit in composed)


def _groups(placed: OffsetMap[Edit], later: Sequence[Edit]) -> list[tuple[range, list[Edit]]]:
    """Later edits grouped with the indices of the earlier replacements they touch.

    An empty range marks a later edit that touches none.
    """
    groups: list[tuple[range, list[Edit]]] = []
    for edit in later:
        touched = placed.replacements_touching(edit.start, edit.end)
        if touched and groups and groups[-1][0] and touched.start < groups[-1][0].stop:
            previous, members = groups[-1]  # shares an earlier edit: one group
            groups[-1] = (range(previous.start, max(previous.stop, touched.stop)), [*members, edit])
        else:
            groups.append((touched, [edit]))
    return groups


def _merge(original: str, placed: OffsetMap[Edit], touched: range, group: list[Edit]) -> Edit:
    """One edit over the original span of the earlier edits ``touched`` and the later ``group``."""
    earlier = placed.edits[touched.start : touched.stop]
    first_start, last_end = placed.output_span(touched[0])[0], placed.output_span(touched[-1])[1]
    span_start = min(first_start, group[0].start)  # in the intermediate text
    span_end = max(last_end, group[-1].end)
    # Beyond the earlier replacements the span holds only original text, which maps back one to one.
    start = earlier[0].start if span_start == first_start else placed.to_input(span_start)
    end = earlier[-1].end if span_end == last_end else placed.to_input(span_end)
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
    offsets = OffsetMap(edits)
    moved = []
    for finding in findings:
        if offsets.overlaps_written_text(finding.start, finding.end):
            continue
        start = offsets.to_input(finding.start)
        moved.append(dataclasses.replace(finding, start=start, end=start + finding.end - finding.start))
    return tuple(moved)
