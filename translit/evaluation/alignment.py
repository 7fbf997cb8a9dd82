"""Extract edits from a pair of texts by token alignment, in ERRANT's public steps.

``tokenize`` → ``align`` (Levenshtein on tokens) → ``merge`` (adjacent non-matches become one edit) →
``to_edits`` (token spans back to character offsets on both sides). :func:`extract_edits` runs all four.
Whitespace is not a token, so a change of spacing alone is not an edit.

>>> [(e.original, e.correction) for e in extract_edits("Kiev said so .", "Kyiv said so.")]
[('Kiev', 'Kyiv')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

_TOKEN = re.compile(r"\w+|[^\w\s]")
TOKENIZER_NAME = "word-punct"  # \w+ runs and single punctuation characters


@dataclass(frozen=True, slots=True)
class Token:
    """A word or a single punctuation character, with its half-open character span."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Span:
    """Token index ranges (half-open): ``original[o_start:o_end]`` → ``corrected[c_start:c_end]``."""

    o_start: int
    o_end: int
    c_start: int
    c_end: int


@dataclass(frozen=True, slots=True)
class TextEdit:
    """One edit between an original and a corrected text, with character offsets into both.

    ``segment`` numbers the aligned unit (line or document) the offsets are relative to; ``type`` is
    filled by a classifier (empty until then).
    """

    o_start: int
    o_end: int
    c_start: int
    c_end: int
    original: str
    correction: str
    correction_tokens: tuple[str, ...]
    segment: int = 0
    type: str = ""

    @property
    def key(self) -> tuple[int, int, int, tuple[str, ...]]:
        """What two edits must share to count as the same edit: the original span and the corrected tokens."""
        return (self.segment, self.o_start, self.o_end, self.correction_tokens)


def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into words and punctuation characters, keeping offsets."""
    return tuple(Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text))


def align(original: tuple[Token, ...], corrected: tuple[Token, ...]) -> list[Span]:
    """Return the non-matching token spans of a minimum-edit-distance alignment, one per edit operation."""
    opcodes = Levenshtein.opcodes([t.text for t in original], [t.text for t in corrected])
    return [Span(o.src_start, o.src_end, o.dest_start, o.dest_end) for o in opcodes if o.tag != "equal"]


def merge(spans: list[Span]) -> list[Span]:
    """Merge operations that touch on both sides into one edit (ERRANT's all-merge strategy)."""
    merged: list[Span] = []
    for span in spans:
        last = merged[-1] if merged else None
        if last is not None and last.o_end == span.o_start and last.c_end == span.c_start:
            merged[-1] = Span(last.o_start, span.o_end, last.c_start, span.c_end)
        else:
            merged.append(span)
    return merged


def to_edits(
    original: str,
    corrected: str,
    original_tokens: tuple[Token, ...],
    corrected_tokens: tuple[Token, ...],
    spans: list[Span],
    segment: int = 0,
) -> tuple[TextEdit, ...]:
    """Turn token spans into :class:`TextEdit` s with character offsets into both texts."""
    edits = []
    for span in spans:
        o_start, o_end = _char_range(original_tokens, span.o_start, span.o_end)
        c_start, c_end = _char_range(corrected_tokens, span.c_start, span.c_end)
        edits.append(
            TextEdit(
                o_start,
                o_end,
                c_start,
                c_end,
                original[o_start:o_end],
                corrected[c_start:c_end],
                tuple(t.text for t in corrected_tokens[span.c_start : span.c_end]),
                segment,
            )
        )
    return tuple(edits)


def extract_edits(original: str, corrected: str, segment: int = 0) -> tuple[TextEdit, ...]:
    """All edits that turn ``original`` into ``corrected``, by token alignment."""
    original_tokens, corrected_tokens = tokenize(original), tokenize(corrected)
    spans = merge(align(original_tokens, corrected_tokens))
    return to_edits(original, corrected, original_tokens, corrected_tokens, spans, segment)


def _char_range(tokens: tuple[Token, ...], first: int, last: int) -> tuple[int, int]:
    """Character range covered by ``tokens[first:last]``; an empty range sits after the preceding token."""
    if first < last:
        return tokens[first].start, tokens[last - 1].end
    position = tokens[first - 1].end if first > 0 else 0
    return position, position
