"""Apply edits to a text: a pure function, the only place where text is rewritten."""

from __future__ import annotations

from collections.abc import Iterable

from translit.offsets import OffsetMap, OverlappingEditsError, Replacement, in_replay_order

__all__ = ["OverlappingEditsError", "Replacement", "apply_edits", "map_offset"]


def apply_edits(text: str, edits: Iterable[Replacement]) -> str:
    """Return ``text`` with each edit's span replaced; everything else is copied unchanged.

    Edits may come in any order but must not overlap, and each must match the text it claims to replace.

    >>> from translit.edits import Edit
    >>> apply_edits("Kiev is cold.", [Edit(0, 4, "Kiev", "Kyiv", "house-style", "r", "why", 1.0)])
    'Kyiv is cold.'
    """
    pieces: list[str] = []
    cursor = 0
    for edit in in_replay_order(edits):
        if text[edit.start : edit.end] != edit.original:
            raise ValueError(
                f"edit at {edit.start}-{edit.end} expects {edit.original!r}, "
                f"text has {text[edit.start : edit.end]!r}"
            )
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.replacement)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def map_offset(offset: int, edits: Iterable[Replacement]) -> int:
    """Map a code-point offset in the original text to the cleaned text.

    An offset inside an edited span maps to the start of that span's replacement. To map many offsets,
    build one :class:`~translit.offsets.OffsetMap` and ask it.

    >>> from translit.edits import Edit
    >>> map_offset(9, [Edit(3, 8, "Udong", "eastern Ukraine", "abbreviation", "r", "why", 1.0)])
    19
    """
    return OffsetMap(edits).to_output(offset)
