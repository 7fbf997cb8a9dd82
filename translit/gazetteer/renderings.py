"""Chinese terms and abbreviations as MT renders them when it does not know them: the rows of
``renderings.tsv`` ("Liang'an" for 兩岸, "Hong Kong and Australia" for 港澳), and a matcher for them.

The table is restricted to the rows whose entities the gazetteer holds when it is built, so every fix
cites a real entry; the matcher is built once with the gazetteer and cached with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from translit.gazetteer.entry import Entry
from translit.gazetteer.matcher import SurfaceMatcher, leftmost_longest

#: What a rendering's fix is: a term left untranslated, or another reading of it picked.
RENDERING_TYPES = frozenset({"abbreviation", "confusable"})


@dataclass(frozen=True, slots=True)
class Rendering:
    """One term and how MT renders it, with what replaces it and when."""

    chinese: str
    renderings: tuple[str, ...]
    english: str
    type: str  # "abbreviation": left untranslated; "confusable": another reading picked
    entity: str  # the entry the fix cites
    context: tuple[str, ...] = ()  # the story must refer to one of these nearby
    unless: tuple[str, ...] = ()  # referred to elsewhere in the story, these make MT's reading right
    modifier: str = ""  # what replaces it before a noun, where that differs ("Philippine" government)
    notes: str = ""


class RenderingTable:
    """The usable rows, and where their renderings stand in a text."""

    def __init__(self, rows: Iterable[Rendering], entries: Mapping[str, Entry]) -> None:
        #: the rows as read, before restriction: to build the table again over other entries
        self.rows = tuple(rows)
        known = [row for row in self.rows if row.entity in entries]
        self._by_spelling: dict[str, Rendering] = {}
        for row in known:
            for spelling in row.renderings:
                self._by_spelling[spelling] = row
                self._by_spelling.setdefault(_capitalized(spelling), row)  # at a sentence start
        self._matcher = SurfaceMatcher(self._by_spelling)

    def __len__(self) -> int:
        return len(self._by_spelling)

    def find(self, text: str) -> Iterator[tuple[int, int, Rendering]]:
        """Every rendering in ``text`` standing as whole words, leftmost-longest."""
        if self._by_spelling:
            for start, end in leftmost_longest(self._matcher.find(text)):
                yield start, end, self._by_spelling[text[start:end]]


def _capitalized(spelling: str) -> str:
    return spelling[0].upper() + spelling[1:]
