"""The source as the rules see it: which part of the MT each part of the source is the original of, and
the entities each part names.

A source given to the library is the original of the whole text (one segment); a line-aligned source
(``translit clean mt.txt --source src.zh``) is the original of the text line by line, as in a WMT test
set. Segments are found once, on the text the caller gave, and moved with each cleaning pass's edits.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from translit import lazy
from translit.errors import InputError
from translit.gazetteer import Gazetteer
from translit.lines import LINE_BREAK
from translit.offsets import OffsetMap, Replacement
from translit.source.entities import SourceEntity, source_index

if TYPE_CHECKING:
    from translit.gazetteer import Gazetteer as _Gazetteer
    from translit.gazetteer import Mention
    from translit.source.alignment import EntityCheck


class SourceAlignmentError(InputError):
    """A line-aligned source does not have as many lines as the text it is the original of."""


@dataclass(frozen=True)
class Source:
    """The Chinese original of a text: of the whole text, or (``line_aligned``) of each line."""

    text: str
    line_aligned: bool = False


class SourceSegment(NamedTuple):
    """A part of the source and the span of the text it is the original of. A named tuple: a
    line-aligned source has one per line, made again for every cleaning pass, and a named tuple is made
    several times faster than a frozen dataclass."""

    index: int  # type: ignore[assignment]  # shadows tuple.index, which nothing here calls
    start: int  # the span of the text (the MT)
    end: int
    source: str
    entities: tuple[SourceEntity, ...]  # in source order
    source_start: int = 0  # where ``source`` starts in the whole source (entities' offsets are into that)


#: A segment from its six fields as one tuple: the tuple type's own constructor, without the named tuple's
#: Python-level one (a line-aligned source makes one per line, and again each cleaning pass).
_segment = functools.partial(tuple.__new__, SourceSegment)


@dataclass(frozen=True)
class CheckedText:
    """A text whose segments were checked against the source, and the checks of each (by index)."""

    text: str
    gazetteer: _Gazetteer
    mentions: tuple[Mention, ...]
    segments: tuple[SourceSegment, ...]
    checks: dict[int, list[EntityCheck]]


class ChecksMade:
    """The text a view's segments were last checked against, with its checks: a memo, no part of the
    view's value, by which the next cleaning pass keeps the checks of every segment whose line it did not
    change (:func:`translit.source.alignment.check_entities`). It holds no document, which holds the
    view: documents are freed as soon as a pass is done with them."""

    __slots__ = ("last",)

    def __init__(self) -> None:
        self.last: CheckedText | None = None


@dataclass(frozen=True)
class SourceView:
    """The segments of a source, aligned to a text, with what the whole source names."""

    segments: tuple[SourceSegment, ...]
    #: each line of the text renders its own line of the source (:attr:`Source.line_aligned`)
    line_aligned: bool = False
    checks_made: ChecksMade = field(default_factory=ChecksMade, compare=False, repr=False)
    #: the checks made on the view this one was moved from (:meth:`moved`)
    earlier: ChecksMade | None = field(default=None, compare=False, repr=False)

    def segment_at(self, offset: int) -> SourceSegment:
        """The segment whose text span holds ``offset`` (the last one for the end of the text)."""
        return self.segments[max(bisect.bisect_right(self._starts, offset) - 1, 0)]

    @lazy.cached_property
    def _starts(self) -> list[int]:
        """Where each segment's text span starts: rules ask :meth:`segment_at` for every mention."""
        return [segment.start for segment in self.segments]

    def moved(self, edits: Iterable[Replacement]) -> SourceView:
        """The same segments over the text that ``edits`` make of this view's text."""
        offsets = OffsetMap(edits)
        return SourceView(
            tuple(
                [
                    _segment(
                        (
                            s.index,
                            offsets.to_output(s.start),
                            offsets.to_output(s.end),
                            s.source,
                            s.entities,
                            s.source_start,
                        )
                    )
                    for s in self.segments
                ]
            ),
            self.line_aligned,
            earlier=self.checks_made,
        )

    def choose(self, readings: Sequence[str], offset: int) -> str | None:
        """The one of ``readings`` the source names in full (乌克兰, not the abbreviation 乌): in the
        segment of ``offset`` if it names any, else anywhere. None when it names none or several."""
        for entities in (self.segment_at(offset).entities, self.entities()):
            named = {r for e in entities if e.how == "name" for r in e.entries if r in readings}
            if named:
                return named.pop() if len(named) == 1 else None
        return None

    def entities(self) -> tuple[SourceEntity, ...]:
        return self._entities

    @lazy.cached_property
    def _entities(self) -> tuple[SourceEntity, ...]:
        """Every entity of the source, in source order: rules ask for them once per mention they weigh."""
        return tuple(entity for segment in self.segments for entity in segment.entities)


def read_source(text: str, source: Source, gazetteer: Gazetteer) -> SourceView:
    """Align ``source`` to ``text`` and find its entities; a line-aligned source must have as many
    lines as the text (:class:`SourceAlignmentError` otherwise)."""
    entities = source_index(gazetteer).scan(source.text)
    if not source.line_aligned:
        return SourceView((SourceSegment(0, 0, len(text), source.text, entities),))
    text_lines, source_lines = line_spans(text), line_spans(source.text)
    if len(text_lines) != len(source_lines):
        raise SourceAlignmentError(alignment_message(len(source_lines), len(text_lines)))
    # the entities of line i: from the first that starts in it to the first that starts in the next line
    # (they are in source order), found by bisection, not entity by entity
    entity_starts = [entity.start for entity in entities]
    firsts = [0, *[bisect.bisect_left(entity_starts, start) for start, _ in source_lines[1:]], len(entities)]
    original = source.text
    segments = [
        _segment(
            (index, start, end, original[s_start:s_end], entities[firsts[index] : firsts[index + 1]], s_start)
        )
        for index, ((start, end), (s_start, s_end)) in enumerate(zip(text_lines, source_lines))
    ]
    return SourceView(tuple(segments), line_aligned=True)


def alignment_message(source_lines: int, text_lines: int) -> str:
    return (
        f"the source has {source_lines} lines but the text has {text_lines}; a line-aligned source needs "
        "line i to be the original of line i"
    )


def line_spans(text: str) -> list[tuple[int, int]]:
    r"""(start, end) of each line, without its line break (CRLF, CR or LF, as everywhere in translit); a
    final line break ends the last line.

    >>> line_spans("a\r\nbc\rd\n"), line_spans(""), line_spans("a\n\nb")
    ([(0, 1), (3, 5), (6, 7)], [(0, 0)], [(0, 1), (2, 2), (3, 4)])
    """
    if "\r" not in text:  # LF only, the usual case: split in C, much faster than a regular expression
        lines = text.split("\n")
        if len(lines) > 1 and not lines[-1]:
            lines.pop()  # the final line break ends the last line
        spans, start = [], 0
        for line in lines:
            end = start + len(line)
            spans.append((start, end))
            start = end + 1
        return spans
    spans, start = [], 0
    for m in LINE_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans
