"""Place the edits and findings of a projection in its markup.

An edit inside one text run maps straight back, its replacement re-encoded. An edit that would cross
markup (a tag, a block boundary, a Markdown delimiter) is not applied: a deletion is split into one
deletion per text run, or removes whole Markdown blocks (see :class:`~translit.markup.projection.Block`);
any other such edit is dropped and reported as a skipped finding that says why. When an edit is dropped,
the other edits to the same entity are dropped with it: a partial fix that leaves one entity spelled two
ways is worse than none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from translit.edits import Candidate, Edit, Finding
from translit.markup.projection import Piece, Projection

CROSSES_MARKUP = "not applied: the fix would cross markup (a tag, a block boundary or a delimiter)"
INSIDE_REFERENCE = "not applied: the fix would split a character reference or an escape"
SAME_ENTITY = "not applied: another fix to the same entity crosses markup, and one entity keeps one spelling"

_NAMED = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def place_edits(
    projection: Projection, edits: Iterable[Edit]
) -> tuple[tuple[Edit, ...], tuple[Finding, ...]]:
    """The edits in markup offsets, and the ones that could not be placed, as findings saying why."""
    placed: list[Edit] = []
    dropped: list[Finding] = []
    blocked: set[str | None] = set()
    for edit in edits:
        result = _place(projection, edit)
        if isinstance(result, str):
            start, end = _span(projection, edit.start, edit.end)
            dropped.append(_as_finding(projection.markup, edit, start, end, result))
            blocked.add(edit.entry)
        else:
            placed.extend(result)
    blocked.discard(None)
    dropped += [
        _as_finding(projection.markup, e, e.start, e.end, SAME_ENTITY) for e in placed if e.entry in blocked
    ]
    placed = [edit for edit in placed if edit.entry not in blocked]
    return tuple(sorted(placed, key=lambda e: (e.start, e.end))), tuple(dropped)


def place_finding(projection: Projection, finding: Finding) -> Finding:
    """A finding moved to the markup; its span may take in markup when it crosses some."""
    start, end = _span(projection, finding.start, finding.end)
    return dataclasses.replace(finding, start=start, end=end, original=projection.markup[start:end])


def encode(projection: Projection, text: str) -> str:
    """Text as the markup writes it: markup characters as references, and any character the document only
    ever writes as a reference (``&rsquo;``) written that way too."""
    return "".join(
        projection.references.get(c) or (_NAMED.get(c, f"&#{ord(c)};") if c in projection.escaped else c)
        for c in text
    )


def _place(projection: Projection, edit: Edit) -> tuple[Edit, ...] | str:
    pieces = projection.covering(edit.start, edit.end)
    runs = {piece.run for piece in pieces}
    if len(runs) <= 1 and not any(piece.synthetic for piece in pieces):
        start = projection.to_markup(edit.start, "start" if pieces else "end")
        end = projection.to_markup(edit.end, "end") if pieces else start
        if start is None or end is None:
            return INSIDE_REFERENCE
        if not pieces and all(p is None or p.synthetic for p in projection.piece_at(edit.start)):
            return CROSSES_MARKUP  # an insertion with no text on either side
        return (_moved(projection, edit, start, end, encode(projection, edit.replacement)),)
    if edit.replacement == "":
        return _delete(projection, edit, pieces)
    return CROSSES_MARKUP


def _delete(projection: Projection, edit: Edit, pieces: tuple[Piece, ...]) -> tuple[Edit, ...] | str:
    """A deletion across markup: whole removable blocks, else the deleted text of each run."""
    spans: list[tuple[int, int]] = []
    removed = [
        block
        for block in projection.blocks
        if block.removal is not None and edit.start <= block.start and block.end <= edit.end
    ]
    for block in removed:
        spans.append(block.removal)  # type: ignore[arg-type]  # filtered above
    runs: dict[int, list[Piece]] = {}
    for piece in pieces:
        if not piece.synthetic and not any(b.start <= piece.start and piece.end <= b.end for b in removed):
            runs.setdefault(piece.run, []).append(piece)
    for run in runs.values():
        start = projection.to_markup(max(edit.start, run[0].start), "start")
        end = projection.to_markup(min(edit.end, run[-1].end), "end")
        if start is None or end is None:
            return INSIDE_REFERENCE
        spans.append((start, end))
    return tuple(_moved(projection, edit, start, end, "") for start, end in sorted(spans) if start < end)


def _moved(projection: Projection, edit: Edit, start: int, end: int, replacement: str) -> Edit:
    original = projection.markup[start:end]
    return dataclasses.replace(edit, start=start, end=end, original=original, replacement=replacement)


def _span(projection: Projection, start: int, end: int) -> tuple[int, int]:
    """The markup span of a projection span; an end point inside a reference takes in the reference."""
    before, after = projection.piece_at(start)
    markup_start = projection.to_markup(start, "start")
    if markup_start is None:
        markup_start = (after or before).markup_start  # type: ignore[union-attr]
    markup_end = projection.to_markup(end, "end") if end > start else markup_start
    if markup_end is None:
        markup_end = projection.piece_at(end)[0].markup_end  # type: ignore[union-attr]
    return markup_start, max(markup_start, markup_end)


def _as_finding(markup: str, edit: Edit, start: int, end: int, why: str) -> Finding:
    """An edit that is not applied, at ``start..end`` of the markup, as a finding that says why."""
    candidate = Candidate(edit.replacement, edit.reason, edit.score, edit.entry, score=edit.score)
    return Finding(start, end, markup[start:end], edit.type, edit.rule, (candidate,), note=why)
