"""Chinese terms and abbreviations as MT renders them when it does not know them: the rows of
``renderings.tsv`` ("Liang'an" for 兩岸, "Hong Kong and Australia" for 港澳).

The table is restricted to the rows whose entities the gazetteer holds when it is built, so every fix
cites a real entry; its spellings are found by the gazetteer's own automaton, in the same pass as the
names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from translit.gazetteer.entry import Entry

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
    """The usable rows, by the spellings MT renders them with. The gazetteer's automaton finds them in a
    text together with the names (:meth:`translit.gazetteer.Gazetteer.scan_all`)."""

    def __init__(self, rows: Iterable[Rendering], entries: Mapping[str, Entry]) -> None:
        #: the rows as read, before restriction: to build the table again over other entries
        self.rows = tuple(rows)
        known = [row for row in self.rows if row.entity in entries]
        #: each spelling, also capitalized as at a sentence start -> its row
        self.spellings: dict[str, Rendering] = {}
        for row in known:
            for spelling in row.renderings:
                self.spellings[spelling] = row
                self.spellings.setdefault(_capitalized(spelling), row)

    def __len__(self) -> int:
        return len(self.spellings)


def _capitalized(spelling: str) -> str:
    return spelling[0].upper() + spelling[1:]
