"""How the punctuation rule and its parts report a fix: one finding of type ``punctuation``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from translit.edits import Candidate, Finding

if TYPE_CHECKING:
    from translit.document import Document


def punctuation_fix(
    document: Document, start: int, end: int, replacement: str, reason: str, prior: float
) -> Finding:
    """A finding of the ``punctuation`` rule: ``document.text[start:end]`` becomes ``replacement``."""
    return Finding(
        start=start,
        end=end,
        original=document.text[start:end],
        type="punctuation",
        rule="punctuation",
        candidates=(Candidate(replacement, reason, prior),),
    )
