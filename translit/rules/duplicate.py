"""One entity repeated where two were meant: "Kramatorsk and Kramatorsk" for 克拉馬托斯克和斯拉維揚斯克.

The second name is replaced only when the article itself supports one answer: exactly one other place
of the same kind and region named within two sentences (but not in the same sentence, where it would
already be accounted for). Otherwise the repetition is reported and left alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

from translit.edits import Candidate, Finding
from translit.gazetteer.entry import PLACE_TYPES
from translit.gazetteer.facts import COORDINATOR
from translit.rules.context import reference_count
from translit.rules.rule import Evidence, Rule
from translit.rules.source_context import source_siblings

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Entry, Mention

#: How many sentences away a sibling place may be named and still count as support.
SENTENCE_WINDOW = 2
#: The sibling the article supports, shared among the siblings when there are several (then none is
#: sure enough to apply).
NAMED_SIBLING = 0.85


def find_duplicates(document: Document) -> Iterator[Finding]:
    mentions = document.mentions
    for first, second in zip(mentions, mentions[1:]):
        if first.surface != second.surface or len(first.entries) != 1:
            continue
        entry = document.gazetteer[first.entries[0]]
        if entry.type not in PLACE_TYPES or not COORDINATOR.fullmatch(document.text, first.end, second.start):
            continue
        siblings = source_siblings(document, entry, second)
        named = "the source names and the text does not" if siblings is not None else "named nearby"
        if siblings is None:  # no source: the article's own sentences must say
            siblings = _siblings_named_nearby(document, entry, second)
        area = document.gazetteer.entries.get(entry.region)
        where = f"of {area.canonical}" if area else f"in the same country ({entry.country})"
        only = "the only" if len(siblings) == 1 else "an"
        candidates = tuple(
            Candidate(
                sibling.canonical,
                f"'{first.surface} ... {second.surface}' names one place twice where two were meant; "
                f"{sibling.canonical} is {only} other {entry.type} {where} {named}",
                NAMED_SIBLING / len(siblings),
                entry=sibling.id,
                references=reference_count(document, sibling.id),
            )
            for sibling in siblings
        )
        note = "" if candidates else f"no other {entry.type} {where} is {named} to say which was meant"
        yield Finding(
            second.start, second.end, second.surface, "duplicate", "duplicate", candidates, note=note
        )


def _siblings_named_nearby(document: Document, entry: Entry, mention: Mention) -> list[Entry]:
    sentence = document.sentence_index(mention.start)
    distances: dict[str, int] = {}
    for other in _mentions_within(document, sentence, SENTENCE_WINDOW):
        if len(other.entries) == 1:
            distance = abs(document.sentence_index(other.start) - sentence)
            distances[other.entries[0]] = min(distance, distances.get(other.entries[0], distance))
    siblings = []
    for entry_id, distance in distances.items():
        other = document.gazetteer[entry_id]
        same_area = (other.region, other.country) == (entry.region, entry.country)
        if other.type == entry.type and same_area and 0 < distance <= SENTENCE_WINDOW:
            siblings.append(other)
    return siblings


def _mentions_within(document: Document, sentence: int, window: int) -> tuple[Mention, ...]:
    """The mentions in the sentences at most ``window`` away: reading them all for each repetition would
    make an archive block that repeats "Luhansk and Luhansk" thousands of times quadratic."""
    starts = document.sentence_starts
    low = starts[max(0, sentence - window)]
    high = starts[sentence + window + 1] if sentence + window + 1 < len(starts) else len(document.text)
    first = bisect.bisect_left(document.mentions, low, key=lambda m: m.start)
    last = bisect.bisect_left(document.mentions, high, key=lambda m: m.start)
    return document.mentions[first:last]


RULE = Rule(
    name="duplicate",
    find=find_duplicates,
    emits=frozenset({"duplicate"}),
    priors={"sibling named nearby (shared among siblings)": NAMED_SIBLING},
    reads=frozenset({Evidence.NAMES, Evidence.SENTENCES, Evidence.SOURCE}),
    writes=frozenset({Evidence.NAMES}),
)
