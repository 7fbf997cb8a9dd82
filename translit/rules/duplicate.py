"""One entity repeated where two were meant: "Kramatorsk and Kramatorsk" for 克拉馬托斯克和斯拉維揚斯克.

The second name is replaced only when the article itself supports one answer: exactly one other place
of the same kind and region named within two sentences (but not in the same sentence, where it would
already be accounted for). Otherwise the repetition is reported and left alone.

Complexity: linear in the number of mentions. One pass pairs neighbouring mentions; the places named in
each sentence are indexed once, by sentence and by kind and area, and the siblings of one sentence and
area are computed once (each sentence's index is read for at most the 2 × SENTENCE_WINDOW + 1
sentences around it); a finding lists at most MAX_SIBLINGS candidates. So "Kramatorsk and " repeated
n times in one sentence, or n sentences naming n places, costs O(n), not O(n²).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from translit.edits import Candidate, Finding
from translit.gazetteer.entry import PLACE_TYPES
from translit.gazetteer.facts import COORDINATOR
from translit.rules.context import reference_count
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Entry

#: How many sentences away a sibling place may be named and still count as support.
SENTENCE_WINDOW = 2
#: The sibling the article supports, shared among the siblings when there are several (then none is
#: sure enough to apply).
NAMED_SIBLING = 0.85
#: More siblings than this are listed in the note, not as candidates: none of them could be applied,
#: and listing them all for every repetition would make a list of places quadratic.
MAX_SIBLINGS = 4

#: A place's kind and area: siblings share it. (type, region id, country code)
Area = tuple[str, str, str]


def find_duplicates(document: Document) -> Iterator[Finding]:
    mentions = document.mentions
    siblings = _Siblings(document)
    for first, second in zip(mentions, mentions[1:]):
        if first.surface != second.surface or len(first.entries) != 1:
            continue
        entry = document.gazetteer[first.entries[0]]
        if entry.type not in PLACE_TYPES or not COORDINATOR.fullmatch(document.text, first.end, second.start):
            continue
        nearby = siblings.of(entry, document.sentence_index(second.start))
        area = document.gazetteer.entries.get(entry.region)
        where = f"of {area.canonical}" if area else f"in the same country ({entry.country})"
        only = "the only" if len(nearby) == 1 else "an"
        candidates = tuple(
            Candidate(
                sibling.canonical,
                f"'{first.surface} ... {second.surface}' names one place twice where two were meant; "
                f"{sibling.canonical} is {only} other {entry.type} {where} named nearby",
                NAMED_SIBLING / len(nearby),
                entry=sibling.id,
                references=reference_count(document, sibling.id),
            )
            for sibling in (nearby if len(nearby) <= MAX_SIBLINGS else ())
        )
        if candidates:
            note = ""
        elif nearby:
            note = (
                f"{len(nearby)} other {entry.type}s {where} are named nearby: too many to say which was meant"
            )
        else:
            note = f"no other {entry.type} {where} is named nearby to say which was meant"
        yield Finding(
            second.start, second.end, second.surface, "duplicate", "duplicate", candidates, note=note
        )


class _Siblings:
    """The places of one kind and area named near a sentence but not in it, computed once per sentence
    and area from an index of the places each sentence names (built on first use)."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._named: list[dict[Area, dict[str, None]]] | None = None
        self._found: dict[tuple[int, Area], tuple[Entry, ...]] = {}

    def of(self, entry: Entry, sentence: int) -> tuple[Entry, ...]:
        area = (entry.type, entry.region, entry.country)
        key = (sentence, area)
        if key not in self._found:
            named = self._index()
            here = named[sentence].get(area, {}) if sentence < len(named) else {}
            nearby: dict[str, None] = {}
            for other in range(
                max(0, sentence - SENTENCE_WINDOW), min(len(named), sentence + SENTENCE_WINDOW + 1)
            ):
                if other != sentence:
                    nearby.update((i, None) for i in named[other].get(area, {}) if i not in here)
            self._found[key] = tuple(self._document.gazetteer[i] for i in nearby)
        return self._found[key]

    def _index(self) -> list[dict[Area, dict[str, None]]]:
        """Per sentence, per area, the places named there (by single-entity mentions), in text order."""
        if self._named is None:
            document = self._document
            self._named = [{} for _ in document.sentence_starts]
            for mention in document.mentions:
                if len(mention.entries) == 1:
                    other = document.gazetteer[mention.entries[0]]
                    area = (other.type, other.region, other.country)
                    sentence = self._named[document.sentence_index(mention.start)]
                    sentence.setdefault(area, {})[other.id] = None
        return self._named


RULE = Rule(
    name="duplicate",
    find=find_duplicates,
    emits=frozenset({"duplicate"}),
    priors={"sibling named nearby (shared among siblings)": NAMED_SIBLING},
    reads=frozenset({Evidence.NAMES, Evidence.SENTENCES}),
    writes=frozenset({Evidence.NAMES}),
)
