"""Map offsets between a text and the text its edits produce: the one place that does offset arithmetic.

A round of edits turns an *input* into an *output*. :class:`OffsetMap` answers, in O(log n) each, where an
input offset lands in the output, where an output offset came from, which span of the output each
replacement occupies, and whether an output span touches text that an edit wrote. Offsets are half-open
code-point indices, like every offset in translit.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable
from typing import Generic, Protocol, TypeVar


class Replacement(Protocol):
    """What offset arithmetic and the applier read of an edit; read-only, so frozen edits qualify."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def original(self) -> str: ...
    @property
    def replacement(self) -> str: ...


ReplacementT = TypeVar("ReplacementT", bound=Replacement)


class OverlappingEditsError(ValueError):
    """Two edits claim the same characters; resolve overlaps before applying."""


def in_replay_order(edits: Iterable[ReplacementT]) -> tuple[ReplacementT, ...]:
    """The edits in the order they are replayed: by start, then end; insertions at one offset keep
    their order in ``edits``. Raises :class:`OverlappingEditsError` when two claim the same characters.
    """
    ordered = tuple(sorted(edits, key=lambda e: (e.start, e.end)))
    for previous, edit in zip(ordered, ordered[1:]):
        if edit.start < previous.end:
            raise OverlappingEditsError(f"edit at {edit.start}-{edit.end} overlaps the previous edit")
    return ordered


@dataclasses.dataclass(frozen=True, slots=True, init=False)
class OffsetMap(Generic[ReplacementT]):
    """Offsets between the input of a round of non-overlapping edits and its output.

    The rule for offsets that no character pins down: an input offset inside an edited span maps to the
    start of that span's replacement; an offset where an insertion or an edited span ends maps past what
    was written there, so it stays with the text that follows. Output offsets map back by the mirror rule.

    >>> from translit.edits import Edit
    >>> udong = Edit(12, 17, "Udong", "eastern Ukraine", "abbreviation", "r", "why", 1.0)
    >>> offsets = OffsetMap([udong])  # "Shelling in Udong ended." -> "Shelling in eastern Ukraine ended."
    >>> offsets.to_output(18), offsets.to_output(14), offsets.to_input(28), offsets.to_input(20)
    (28, 12, 18, 12)
    >>> offsets.output_span(0), offsets.overlaps_written_text(20, 30), offsets.overlaps_written_text(27, 30)
    ((12, 27), True, False)
    """

    #: The edits in replay order (:func:`in_replay_order`); indices below refer to this order.
    edits: tuple[ReplacementT, ...]
    _input_starts: tuple[int, ...]
    _input_ends: tuple[int, ...]  # non-decreasing, as the edits do not overlap
    _output_starts: tuple[int, ...]
    _output_ends: tuple[int, ...]  # non-decreasing
    _growth: tuple[int, ...]  # _growth[i]: how much longer the output is before edit i (one more entry)

    def __init__(self, edits: Iterable[ReplacementT]) -> None:
        ordered = in_replay_order(edits)
        growth = [0]
        for edit in ordered:
            growth.append(growth[-1] + len(edit.replacement) - (edit.end - edit.start))
        output_starts = tuple(edit.start + shift for edit, shift in zip(ordered, growth))
        fields = {
            "edits": ordered,
            "_input_starts": tuple(edit.start for edit in ordered),
            "_input_ends": tuple(edit.end for edit in ordered),
            "_output_starts": output_starts,
            "_output_ends": tuple(start + len(e.replacement) for start, e in zip(output_starts, ordered)),
            "_growth": tuple(growth),
        }
        for name, value in fields.items():
            object.__setattr__(self, name, value)  # a frozen dataclass sets its fields once, here

    def to_output(self, offset: int) -> int:
        """Where an input offset lands in the output."""
        index = bisect.bisect_right(self._input_ends, offset)  # the first edit that ends after offset
        if index < len(self.edits) and self._input_starts[index] <= offset:  # inside that edit's span
            return self._output_starts[index]
        return offset + self._growth[index]

    def to_input(self, offset: int) -> int:
        """Where an output offset came from: the mirror of :meth:`to_output`."""
        index = bisect.bisect_right(self._output_ends, offset)  # the first replacement ending after it
        if index < len(self.edits) and self._output_starts[index] <= offset:  # inside that replacement
            return self._input_starts[index]
        return offset - self._growth[index]

    def output_span(self, index: int) -> tuple[int, int]:
        """The span of the output that the replacement of ``edits[index]`` occupies."""
        return self._output_starts[index], self._output_ends[index]

    def replacements_touching(self, start: int, end: int) -> range:
        """Indices of the replacements that the output span ``start..end`` overlaps or shares an end point
        with. When empty, the range starts at the number of replacements before the span.
        """
        return range(
            bisect.bisect_left(self._output_ends, start), bisect.bisect_right(self._output_starts, end)
        )

    def overlaps_written_text(self, start: int, end: int) -> bool:
        """Whether the output span ``start..end`` shares text with a replacement.

        A deletion (an empty replacement) is a point: a span overlaps it when it lies strictly inside the
        span, or when the span is empty and sits on it. Sharing only an end point is not overlapping.
        """
        index = bisect.bisect_right(self._output_ends, start)  # the first replacement ending after start
        if start < end:
            return index < len(self.edits) and self._output_starts[index] < end
        if index < len(self.edits) and self._output_starts[index] < start:  # inside a replacement
            return True
        return index > 0 and self._output_starts[index - 1] == start  # a deletion right here
