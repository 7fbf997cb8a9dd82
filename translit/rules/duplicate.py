"""One entity repeated where two were meant: "Kramatorsk and Kramatorsk" for 克拉馬托斯克和斯拉維揚斯克.

The second name is replaced only when the article itself supports one answer: exactly one other place
of the same kind and region named within two sentences (but not in the same sentence, where it would
already be accounted for). Otherwise the repetition is reported and left alone.

A fix names its place, and so supports the repetitions near it: "Kramatorsk and Kramatorsk" beside
"Sloviansk" becomes "Kramatorsk and Sloviansk", which names Sloviansk beside the next repetition. The
pipeline's passes would follow such a chain one link a pass and stop after three, leaving a text that a
second clean changes again; so the rule follows it to its end itself, in rounds that mirror passes:
round 1 decides on the article's own names, each later round only the repetitions near a fix of the
round before, with that fix counted as named.

Complexity: linear in the number of mentions. The places named in each sentence are indexed once, by
sentence and by kind and area; all repetitions of one sentence and area share one decision, and such a
group is judged once at first and again only when a group within two sentences gets a fix (at most four
times), each time reading the index of five sentences; a finding lists at most MAX_SIBLINGS candidates.
So "Kramatorsk and " repeated n times in one sentence, or a chain of n repetitions, costs O(n), not O(n²).
"""

from __future__ import annotations

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
#: More siblings than this are listed in the note, not as candidates: none of them could be applied,
#: and listing them all for every repetition would make a list of places quadratic.
MAX_SIBLINGS = 4

#: How a sibling came to be named, in explanations.
NAMED_NEARBY = "named nearby"
RESTORED_NEARBY = "restored nearby by the same fix of another repetition"
NAMED_IN_SOURCE = "the source names and the text does not"

#: A place's kind and area: siblings share it. (type, region id, country code)
Area = tuple[str, str, str]
#: The repetitions of one area in one sentence: they share their siblings, and so one decision.
Group = tuple[int, Area]


def find_duplicates(document: Document) -> Iterator[Finding]:
    repetitions = list(_repetitions(document))
    if not repetitions:
        return
    groups: dict[Group, list[tuple[Mention, Mention, Entry]]] = {}
    for first, second, entry in repetitions:
        key = (document.sentence_index(second.start), (entry.type, entry.region, entry.country))
        groups.setdefault(key, []).append((first, second, entry))
    if document.source is not None:  # the source says which place each repetition was
        for first, second, entry in repetitions:
            named = tuple(source_siblings(document, entry, second) or ())
            yield _finding(document, first, second, entry, named, NAMED_IN_SOURCE)
        return
    siblings, fixed_nearby = _decide(document, set(groups))
    for key, members in groups.items():
        how = RESTORED_NEARBY if key in fixed_nearby else NAMED_NEARBY
        for first, second, entry in members:
            yield _finding(document, first, second, entry, siblings[key], how)


def _repetitions(document: Document) -> Iterator[tuple[Mention, Mention, Entry]]:
    """Neighbouring mentions of one place joined by "and", "or" or a comma."""
    mentions, text = document.mentions, document.text
    entries = document.gazetteer.entries  # looked up for most pairs: a name recurs (a dict, no method call)
    for first, second in zip(mentions, mentions[1:]):
        if first.surface != second.surface or len(first.entries) != 1:
            continue
        entry = entries[first.entries[0]]
        if entry.type in PLACE_TYPES and COORDINATOR.fullmatch(text, first.end, second.start):
            yield first, second, entry


def _decide(document: Document, groups: set[Group]) -> tuple[dict[Group, tuple[Entry, ...]], set[Group]]:
    """Each group's siblings, and the groups that owe their one sibling to a nearby group's fix.

    Round 1 judges every group on the names of the article; each later round judges the undecided groups
    within two sentences of a group that got its one sibling in the round before, counting that sibling
    as named in that group's sentence. A group with one sibling is decided for good, as a fix is applied.
    """
    named = _places_by_sentence(document)
    siblings: dict[Group, tuple[Entry, ...]] = {}
    fixed_nearby: set[Group] = set()
    pending, late = sorted(groups), False
    while pending:
        decided = []
        for key in pending:
            if len(siblings.get(key, ())) == 1:
                continue  # decided in an earlier round
            siblings[key] = _siblings_near(document, named, key)
            if len(siblings[key]) == 1:
                decided.append(key)
                fixed_nearby.update([key] if late else [])
        for sentence, area in decided:
            named[sentence].setdefault(area, {})[siblings[(sentence, area)][0].id] = None
        pending = sorted(
            {(sentence + d, area) for sentence, area in decided for d in (-2, -1, 1, 2)} & groups
        )
        late = True
    return siblings, fixed_nearby


def _siblings_near(
    document: Document, named: list[dict[Area, dict[str, None]]], key: Group
) -> tuple[Entry, ...]:
    """The places of the group's area named within the window of its sentence but not in it."""
    sentence, area = key
    here = named[sentence].get(area, {})
    nearby: dict[str, None] = {}
    for other in range(max(0, sentence - SENTENCE_WINDOW), min(len(named), sentence + SENTENCE_WINDOW + 1)):
        if other != sentence:
            nearby.update((i, None) for i in named[other].get(area, {}) if i not in here)
    return tuple(document.gazetteer[i] for i in nearby)


def _places_by_sentence(document: Document) -> list[dict[Area, dict[str, None]]]:
    """Per sentence, per area, the places named there (by single-entity mentions), in text order."""
    named: list[dict[Area, dict[str, None]]] = [{} for _ in document.sentence_starts]
    for mention in document.mentions:
        if len(mention.entries) == 1:
            place = document.gazetteer[mention.entries[0]]
            area = (place.type, place.region, place.country)
            named[document.sentence_index(mention.start)].setdefault(area, {})[place.id] = None
    return named


def _finding(
    document: Document,
    first: Mention,
    second: Mention,
    entry: Entry,
    nearby: tuple[Entry, ...],
    how: str,
) -> Finding:
    area = document.gazetteer.entries.get(entry.region)
    where = f"of {area.canonical}" if area else f"in the same country ({entry.country})"
    only = "the only" if len(nearby) == 1 else "an"
    candidates = tuple(
        Candidate(
            sibling.canonical,
            f"'{first.surface} ... {second.surface}' names one place twice where two were meant; "
            f"{sibling.canonical} is {only} other {entry.type} {where} {how}",
            NAMED_SIBLING / len(nearby),
            entry=sibling.id,
            references=reference_count(document, sibling.id),
        )
        for sibling in (nearby if len(nearby) <= MAX_SIBLINGS else ())
    )
    if candidates:
        note = ""
    elif nearby:
        note = f"{len(nearby)} other places of its kind {where} are {how}: too many to say which was meant"
    else:
        note = f"no other {entry.type} {where} is {how} to say which was meant"
    return Finding(second.start, second.end, second.surface, "duplicate", "duplicate", candidates, note=note)


RULE = Rule(
    name="duplicate",
    find=find_duplicates,
    emits=frozenset({"duplicate"}),
    priors={"sibling named nearby (shared among siblings)": NAMED_SIBLING},
    reads=frozenset({Evidence.NAMES, Evidence.SENTENCES, Evidence.SOURCE}),
    writes=frozenset({Evidence.NAMES}),
)
