"""What a document says for an entity near a span: how often it names the entity, and its country.

Near, not anywhere: a long text (an archive dump, a page of several stories) names many people, and a
rare name that merely resembles one of them is no reference to that person unless the story around
it is about them. :data:`NEARBY` is about one news story either side.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from translit.gazetteer.entry import FormKind
from translit.names.memo import SurfaceMemo, per_document

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Gazetteer

#: Characters either side of a span within which the document's references count: a news story is
#: typically 2,000-5,000 characters, so this reaches the story's other paragraphs and little beyond.
NEARBY = 4000


@dataclass(frozen=True, slots=True)
class Support:
    """The document's references near a span to an entity (not counting the span itself)."""

    references: int  # to the entity, by any of its names
    country_references: int  # to its country: the country, its places, people and demonyms


def support_near(document: Document, entry_id: str, start: int, end: int) -> Support:
    countries = document.gazetteer.countries_of([entry_id])
    country = next(iter(countries), None)
    country_references = references_near(document, country, start, end) if country else 0
    return Support(references_near(document, entry_id, start, end), country_references)


def references_near(document: Document, entry_id: str, start: int, end: int) -> int:
    """How often the document refers to the entity within :data:`NEARBY` of a span, outside it; for a
    country, its places and people count too."""
    return _count_within(document, entry_id, max(0, start - NEARBY), end + NEARBY, start, end)


def _count_within(document: Document, entry_id: str, low: int, high: int, start: int, end: int) -> int:
    """Mentions of ``entry_id`` in [low, high) outside [start, end); for a country, also the mentions
    of its places and people."""
    countries_of = document.gazetteer.countries_of_mention
    count = 0
    for mention in document.mentions_in(low, high):
        if start <= mention.start < end:
            continue
        if entry_id in mention.entries or entry_id in countries_of(mention.entries):
            count += 1
    return count


@per_document  # two rules ask
def people_named_in_house_spelling(document: Document) -> dict[str, list[int]]:
    """Entry id -> where the document names the person in the house's spelling (canonical or short),
    for the people whose names MT may also write in parts (:mod:`translit.names.parts`)."""
    named: dict[str, list[int]] = {}
    # what is asked of a mention depends on its surface alone
    surfaces = _HOUSE_SPELLINGS_OF_PEOPLE.passing(document.gazetteer, document.surfaces)
    for mention in [m for m in document.mentions if m.surface in surfaces] if surfaces else ():
        named.setdefault(mention.entries[0], []).append(mention.start)
    return named


def _is_house_spelling_of_a_person(gazetteer: Gazetteer, surface: str) -> bool:
    """Whether ``surface`` is the canonical or short form of one person alone, one whose name MT may
    also write in parts."""
    owners = gazetteer.lookup(surface)
    return (
        len(owners) == 1
        and owners[0][0].id in gazetteer.names.parts
        and owners[0][1] in (FormKind.CANONICAL, FormKind.SHORT)
    )


#: The surfaces :func:`people_named_in_house_spelling` collects, of every document asked.
_HOUSE_SPELLINGS_OF_PEOPLE = SurfaceMemo(_is_house_spelling_of_a_person)


def named_nearby(positions: list[int], offset: int) -> bool:
    """Whether one of the sorted ``positions`` is within :data:`NEARBY` of ``offset``."""
    index = bisect.bisect_left(positions, offset - NEARBY)
    return index < len(positions) and positions[index] <= offset + NEARBY
