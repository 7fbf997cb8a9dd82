"""Where the Chinese original settles what the target-only rules can only guess from the article: which
country 烏 stands for, which reading of 巴 a pair means, which sibling town a repeated name was.

Only a name the source writes in full decides (乌克兰, not the abbreviation 乌 again): that is the
source's own word for the entity. Without a source, or where it names none or several of the readings,
every helper here answers None and the rules weigh the article's references as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Entry, Mention

#: The reading the source names: as sure as a listed variant; the others share the rest.
SOURCE_DECIDES = 0.95


def source_choice(document: Document, readings: Sequence[str], offset: int) -> str | None:
    """The one of ``readings`` the source names in full, near ``offset`` first; None if it cannot say."""
    return document.source.choose(readings, offset) if document.source else None


def source_probabilities(document: Document, readings: Sequence[str], chosen: str) -> dict[str, float]:
    """P(reading) when the source names ``chosen``."""
    rest = (1 - SOURCE_DECIDES) / max(len(readings) - 1, 1)
    return {reading: SOURCE_DECIDES if reading == chosen else rest for reading in readings}


def describe_source(document: Document, chosen: str, offset: int) -> str:
    """ "the source names 乌克兰 (Ukraine)", with the form the source uses."""
    assert document.source is not None
    segment = document.source.segment_at(offset)
    entities = (*segment.entities, *document.source.entities())
    surface = next(e.surface for e in entities if e.how == "name" and chosen in e.entries)
    return f"the source names {surface} ({document.gazetteer[chosen].canonical})"


def source_siblings(document: Document, entry: Entry, mention: Mention) -> list[Entry] | None:
    """The places of ``entry``'s kind and area that the source segment of ``mention`` names and the text
    there does not: what a repeated name ("Kramatorsk and Kramatorsk") should have been. None without a
    source."""
    if document.source is None:
        return None
    segment = document.source.segment_at(mention.start)
    rendered = {i for m in document.mentions_in(segment.start, segment.end) for i in m.entries}
    siblings = {}
    for source_entity in segment.entities:
        if len(source_entity.entries) != 1 or source_entity.entries[0] in rendered:
            continue
        other = document.gazetteer[source_entity.entries[0]]
        if (
            other.id != entry.id
            and other.type == entry.type
            and (other.region, other.country)
            == (
                entry.region,
                entry.country,
            )
        ):
            siblings[other.id] = other
    return list(siblings.values())
