"""The wrong entity picked for an ambiguous abbreviation: 烏東 as "eastern Uzbekistan" in a Ukraine story.

MT that does expand 烏 may pick the wrong country. The tell-tale shape is the direction compound
("eastern X"); it is only questioned when X is mentioned nowhere else and a sibling reading dominates
the article, so a real story about Uzbekistan keeps its Uzbekistan.

Complexity: linear in the number of mentions. Per abbreviation and reading (a fixed number) the rule
reads counts from a dictionary, and only for a reading named exactly once does it look at that one
mention's canonical spelling and the 12 characters before it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.gazetteer.facts import DIRECTIONS
from translit.rules.context import READING_PRIORS, describe_counts, reading_probabilities, reference_count
from translit.rules.rule import Evidence, Rule
from translit.rules.source_context import describe_source, source_choice, source_probabilities

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Gazetteer, Mention

#: A sibling replaces the named country only if the article refers to it this often: the story must be
#: about the sibling, not merely mention it (Ukrainian grain can go to eastern Uzbekistan).
MIN_SIBLING_REFERENCES = 3
_DIRECTION_BEFORE = regex.compile(
    r"(?i:" + "|".join(adjective for adjective, _ in DIRECTIONS.values()) + r")\s+$"
)


def find_confusables(document: Document) -> Iterator[Finding]:
    gazetteer = document.gazetteer
    if document.surfaces.isdisjoint(_questioned_names(gazetteer)):
        return  # most texts, with a source or without: no canonical mention to question
    for abbreviation in gazetteer.abbreviations.singles:
        readings = abbreviation.entities
        if len(readings) < 2:
            continue  # one reading cannot be the wrong one
        for chosen in readings:
            if document.source is not None:
                yield from _decided_by_source(document, abbreviation.chinese, readings, chosen)
                continue
            if gazetteer[chosen].canonical not in document.surfaces:
                continue  # no canonical mention to question (:func:`_canonical_mention`): most texts
            mention = _canonical_mention(document, chosen)
            if mention is None or not _DIRECTION_BEFORE.search(
                document.text, max(0, mention.start - 12), mention.start
            ):
                continue  # asked before the count, which weighs every mention of the text
            if document.count(chosen) != 1:
                continue  # named elsewhere too: then believe it
            discount = {chosen: 1}  # the suspect mention is no evidence for itself
            if max(document.count(r) for r in readings if r != chosen) < MIN_SIBLING_REFERENCES:
                continue
            probabilities = reading_probabilities(document, readings, discount)
            evidence = describe_counts(document, readings, discount)
            names = " or ".join(gazetteer[r].canonical for r in readings)
            candidates = tuple(
                Candidate(
                    replacement=gazetteer[reading].canonical,
                    reason=(
                        f"a direction + country compound like {abbreviation.chinese}東 may stand for {names}; "
                        f"{evidence} besides this one"
                    ),
                    prior=probabilities[reading],
                    entry=reading,
                    references=reference_count(document, reading, discount),
                )
                for reading in readings
            )
            yield Finding(mention.start, mention.end, mention.surface, "confusable", "confusable", candidates)


def _decided_by_source(
    document: Document, character: str, readings: tuple[str, ...], chosen: str
) -> Iterator[Finding]:
    """With a source, the source decides: "eastern Uzbekistan" is questioned wherever the source names
    Ukraine in full and not Uzbekistan, however often the article names either."""
    gazetteer = document.gazetteer
    for mention in document.mentions_of(chosen):
        if mention.surface != gazetteer[chosen].canonical or not _DIRECTION_BEFORE.search(
            document.text, max(0, mention.start - 12), mention.start
        ):
            continue
        decided = source_choice(document, readings, mention.start)
        if decided is None or decided == chosen:
            continue
        probabilities = source_probabilities(document, readings, decided)
        reason = (
            f"a direction + country compound like {character}東 may stand for "
            f"{' or '.join(gazetteer[r].canonical for r in readings)}; "
            + describe_source(document, decided, mention.start)
        )
        candidates = tuple(
            Candidate(gazetteer[r].canonical, reason, probabilities[r], r, reference_count(document, r))
            for r in readings
        )
        yield Finding(mention.start, mention.end, mention.surface, "confusable", "confusable", candidates)


@functools.lru_cache(maxsize=8)
def _questioned_names(gazetteer: Gazetteer) -> frozenset[str]:
    """The canonical names of the readings of the abbreviations that have more than one: the only
    mentions the rule questions, with a source or without."""
    return frozenset(
        gazetteer[chosen].canonical
        for abbreviation in gazetteer.abbreviations.singles
        if len(abbreviation.entities) >= 2
        for chosen in abbreviation.entities
    )


def _canonical_mention(document: Document, entry_id: str) -> Mention | None:
    canonical = document.gazetteer[entry_id].canonical
    return next((m for m in document.mentions_of(entry_id) if m.surface == canonical), None)


RULE = Rule(
    name="confusable",
    find=find_confusables,
    emits=frozenset({"confusable"}),
    priors=READING_PRIORS,  # every reading gets P(reading | article), the suspect mention discounted
    reads=frozenset({Evidence.NAMES, Evidence.SOURCE}),
    writes=frozenset({Evidence.NAMES}),
)
