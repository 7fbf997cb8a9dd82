"""Apply edits to a text: a pure function, the only place where text is rewritten."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class Replacement(Protocol):
    start: int
    end: int
    original: str
    replacement: str


class OverlappingEditsError(ValueError):
    """Two edits claim the same characters; resolve overlaps before applying."""


def apply_edits(text: str, edits: Iterable[Replacement]) -> str:
    """Return ``text`` with each edit's span replaced; everything else is copied unchanged.

    Edits may come in any order but must not overlap, and each must match the text it claims to replace.

    >>> from translit.edits import Edit
    >>> apply_edits("Kiev is cold.", [Edit(0, 4, "Kiev", "Kyiv", "house-style", "r", "why", 1.0)])
    'Kyiv is cold.'
    """
    pieces: list[str] = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < cursor:
            raise OverlappingEditsError(f"edit at {edit.start}-{edit.end} overlaps the previous edit")
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

    An offset inside an edited span maps to the start of that span's replacement.
    """
    shift = 0
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.end <= offset:
            shift += len(edit.replacement) - (edit.end - edit.start)
        elif edit.start <= offset:
            return edit.start + shift
        else:
            break
    return offset + shift
