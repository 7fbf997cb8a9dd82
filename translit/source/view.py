"""The source as the rules see it: which part of the MT each part of the source is the original of, and
the entities each part names.

A source given to the library is the original of the whole text (one segment); a line-aligned source
(``translit clean mt.txt --source src.zh``) is the original of the text line by line, as in a WMT test
set. Segments are found once, on the text the caller gave, and moved with each cleaning pass's edits.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from translit.errors import InputError
from translit.gazetteer import Gazetteer
from translit.lines import LINE_BREAK
from translit.offsets import OffsetMap, Replacement
from translit.source.entities import SourceEntity, source_index


class SourceAlignmentError(InputError):
    """A line-aligned source does not have as many lines as the text it is the original of."""


@dataclass(frozen=True)
class Source:
    """The Chinese original of a text: of the whole text, or (``line_aligned``) of each line."""

    text: str
    line_aligned: bool = False


@dataclass(frozen=True, slots=True)
class SourceSegment:
    """A part of the source and the span of the text it is the original of."""

    index: int
    start: int  # the span of the text (the MT)
    end: int
    source: str
    entities: tuple[SourceEntity, ...]  # in source order
    source_start: int = 0  # where ``source`` starts in the whole source (entities' offsets are into that)


@dataclass(frozen=True)
class SourceView:
    """The segments of a source, aligned to a text, with what the whole source names."""

    segments: tuple[SourceSegment, ...]
    #: each line of the text renders its own line of the source (:attr:`Source.line_aligned`)
    line_aligned: bool = False

    def segment_at(self, offset: int) -> SourceSegment:
        """The segment whose text span holds ``offset`` (the last one for the end of the text)."""
        starts = [segment.start for segment in self.segments]
        return self.segments[max(bisect.bisect_right(starts, offset) - 1, 0)]

    def moved(self, edits: Iterable[Replacement]) -> SourceView:
        """The same segments over the text that ``edits`` make of this view's text."""
        offsets = OffsetMap(edits)
        return SourceView(
            tuple(
                SourceSegment(
                    s.index,
                    offsets.to_output(s.start),
                    offsets.to_output(s.end),
                    s.source,
                    s.entities,
                    s.source_start,
                )
                for s in self.segments
            ),
            self.line_aligned,
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
    starts = [start for start, _ in source_lines]
    by_line: list[list[SourceEntity]] = [[] for _ in source_lines]
    for entity in entities:
        by_line[bisect.bisect_right(starts, entity.start) - 1].append(entity)
    segments = tuple(
        SourceSegment(index, start, end, source.text[s_start:s_end], tuple(by_line[index]), s_start)
        for index, ((start, end), (s_start, s_end)) in enumerate(zip(text_lines, source_lines))
    )
    return SourceView(segments, line_aligned=True)


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
    if "\r" in text:
        breaks = [(m.start(), m.end()) for m in LINE_BREAK.finditer(text)]
    else:  # LF only, the usual case: found by str.find, much faster than a regular expression
        breaks, at = [], text.find("\n")
        while at != -1:
            breaks.append((at, at + 1))
            at = text.find("\n", at + 1)
    spans, start = [], 0
    for end, after in breaks:
        spans.append((start, end))
        start = after
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans
