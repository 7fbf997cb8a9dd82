"""Chinese abbreviations rendered literally: 烏東 as "Udong", 烏南 as "Unan", 烏 fused onto "Udonetsk".

Chinese news abbreviates a country to one character (烏 for Ukraine) and compounds it with a direction
(烏東, "eastern Ukraine"). MT that does not know the compound romanizes it instead. The abbreviation table
says which entities a character may stand for; the document decides which one is meant.

Complexity: linear in the text. Per abbreviation in the table (a fixed number), each pattern is one regex
scan; per match the rule asks the gazetteer and the document dictionary questions, groups coordinated
matches in one pass, and decides capitalization by looking back over the gap before the match only
(:meth:`~translit.document.Document.starts_sentence`), never from the start of its sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.gazetteer.abbreviations import direction_of
from translit.gazetteer.entry import PLACE_TYPES
from translit.gazetteer.facts import COORDINATOR
from translit.names.memo import SurfaceMemo
from translit.rules.context import (
    READING_PRIORS,
    cased_like,
    describe_counts,
    is_unexplained_word,
    reading_probabilities,
    reference_count,
)
from translit.rules.rule import Evidence, Rule
from translit.rules.source_context import describe_source, source_choice, source_probabilities

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Abbreviation, Entry, Gazetteer


def find_literal_abbreviations(document: Document) -> Iterator[Finding]:
    for abbreviation in document.gazetteer.abbreviations.singles:
        if abbreviation.romanizations:
            yield from _direction_compounds(document, abbreviation)
            yield from _fused_place_names(document, abbreviation)


@functools.lru_cache(maxsize=64)
def _fused_pattern(romanizations: tuple[str, ...]) -> regex.Pattern[str]:
    """A romanized abbreviation glued to a lower-cased word: Udonetsk."""
    prefixes = "|".join(map(regex.escape, romanizations))
    return regex.compile(rf"(?<!\w)(?:{prefixes})(?P<rest>\p{{Ll}}[\p{{L}}'-]{{3,}})(?!\w)")


@functools.lru_cache(maxsize=64)
def _is_gateable(romanizations: tuple[str, ...]) -> bool:
    """Whether every romanization is an ASCII word with a capital first, so that a direction compound
    of it stands inside a run of capitalized words (:attr:`~translit.document.Document.capitalized_text`)."""
    return all(_CAPITALIZED_ASCII.fullmatch(r) for r in romanizations)


_CAPITALIZED_ASCII = re.compile(r"[A-Z][A-Za-z]*")


def _direction_compounds(document: Document, abbreviation: Abbreviation) -> Iterator[Finding]:
    pattern = document.gazetteer.abbreviations.direction_compound(abbreviation)
    if pattern is None:
        return
    if _is_gateable(abbreviation.romanizations) and not pattern.search(document.capitalized_text):
        return  # a compound stands inside a run of capitalized words: none does
    readings = abbreviation.entities
    # A reading whose own name reads like a romanized compound ("Udong", as a user glossary may name
    # Ukraine) would be matched again inside its own replacement and grow by a word each pass: it keeps
    # its probability, but is offered as no candidate.
    offered = [r for r in readings if not pattern.search(document.gazetteer[r].canonical)]
    matches = [m for m in pattern.finditer(document.text) if is_unexplained_word(document, m.group())]
    if not matches or not offered:
        return
    probabilities = reading_probabilities(document, readings, usual=readings[0])
    evidence = describe_counts(document, readings)
    for group in _coordinated(document.text, matches):
        start, end = group[0].start(), group[-1].end()
        original = document.text[start:end]
        probabilities, evidence = _decided_by_source(document, readings, start) or (probabilities, evidence)
        chinese = "/".join(abbreviation.chinese + direction_of(m.group("direction"))[1] for m in group)
        adjectives = pattern.sub(lambda m: direction_of(m.group("direction"))[0], original)
        sentence_initial = document.starts_sentence(start)
        candidates = tuple(
            Candidate(
                replacement=cased_like(
                    original, f"{adjectives} {document.gazetteer[reading].canonical}", sentence_initial
                ),
                reason=(
                    f"{original!r} renders {chinese} literally; {abbreviation.chinese} abbreviates "
                    f"{' or '.join(document.gazetteer[r].canonical for r in readings)}, most often "
                    f"{document.gazetteer[readings[0]].canonical}, and {evidence}"
                ),
                prior=probabilities[reading],
                entry=reading,
                references=reference_count(document, reading),
            )
            for reading in offered
        )
        yield Finding(start, end, original, "abbreviation", "abbreviation", candidates)


def _decided_by_source(
    document: Document, readings: tuple[str, ...], offset: int
) -> tuple[dict[str, float], str] | None:
    """The source's say on which country the abbreviation is, where it names one in full."""
    chosen = source_choice(document, readings, offset)
    if chosen is None:
        return None
    return source_probabilities(document, readings, chosen), describe_source(document, chosen, offset)


def _fused_place_names(document: Document, abbreviation: Abbreviation) -> Iterator[Finding]:
    """A place name with the abbreviation glued in front: "Udonetsk" for 烏 + Donetsk."""
    gazetteer = document.gazetteer
    if _is_gateable(abbreviation.romanizations) and not _possibly_fused(abbreviation).passing(
        gazetteer, set(_fused_pattern(abbreviation.romanizations).findall(document.capitalized_text))
    ):
        # A fused name stands inside a run of capitalized words, and matches there as in the text, but
        # where a character the runs leave out follows it and a shorter match ends at an apostrophe or a
        # hyphen: none here is a place's name, nor holds one.
        return
    readings = abbreviation.entities
    countries = _countries(gazetteer, readings)
    for match in _fused_pattern(abbreviation.romanizations).finditer(document.text):
        rest = match.group("rest")
        name = rest[0].upper() + rest[1:]
        places = _places(gazetteer, rest, countries)
        if not places or not is_unexplained_word(document, match.group()):
            continue
        place = places[0]  # the gazetteer's first reading of the name
        if _fused_pattern(abbreviation.romanizations).search(place.canonical_for(name)):
            continue  # a replacement this rule would change again
        reading = countries[place.country]
        prior = reading_probabilities(document, readings, usual=readings[0])[reading]
        reason = (
            f"{match.group()!r} fuses {abbreviation.chinese} ({gazetteer[reading].canonical}, "
            f"romanized {match.group()[: match.start('rest') - match.start()]!r}) onto {place.canonical}; "
            + describe_counts(document, readings)
        )
        candidates = (
            Candidate(
                place.canonical_for(name),
                reason,
                prior,
                entry=place.id,
                references=reference_count(document, reading),
            ),
            Candidate(match.group(), "keep: the reading as a fused abbreviation is uncertain", 1 - prior),
        )
        yield Finding(match.start(), match.end(), match.group(), "abbreviation", "abbreviation", candidates)


@functools.lru_cache(maxsize=64)  # one per abbreviation with romanizations: the table has a few
def _possibly_fused(abbreviation: Abbreviation) -> SurfaceMemo:
    """The rests of a romanized abbreviation (:func:`_fused_pattern`'s group) that may be, or hold, a
    place of one of its countries: a place's name, or a rest with an apostrophe or a hyphen in it.

    Most texts have such a word ("University", "United": rests "niversity", "nited", none a place), and
    the same few dozen rests recur across texts: so they are asked of a memo, in C, rather than of the
    gazetteer one by one (the rule over the 784 speed documents: 18 -> 15 ms CPU).
    """

    def may_hold_a_place(gazetteer: Gazetteer, rest: str) -> bool:
        countries = _countries(gazetteer, abbreviation.entities)
        return "'" in rest or "-" in rest or bool(_places(gazetteer, rest, countries))

    return SurfaceMemo(may_hold_a_place)


def _countries(gazetteer: Gazetteer, readings: tuple[str, ...]) -> dict[str, str]:
    """Country code -> the reading of the abbreviation that is that country (or a place in it)."""
    return {gazetteer[r].country: r for r in readings if gazetteer[r].country}


def _places(gazetteer: Gazetteer, rest: str, countries: Collection[str]) -> list[Entry]:
    """The places of ``countries`` named ``rest`` capitalized ("donetsk": Donetsk)."""
    name = rest[0].upper() + rest[1:]
    return [p for p, _ in gazetteer.lookup(name) if p.type in PLACE_TYPES and p.country in countries]


def _coordinated(text: str, matches: list[regex.Match[str]]) -> list[list[regex.Match[str]]]:
    """Group matches joined only by "and"/"or"/commas: "Unan and Udong" is one phrase."""
    groups: list[list[regex.Match[str]]] = []
    for match in matches:
        if groups and COORDINATOR.fullmatch(text, groups[-1][-1].end(), match.start()):
            groups[-1].append(match)
        else:
            groups.append([match])
    return groups


RULE = Rule(
    name="abbreviation",
    find=find_literal_abbreviations,
    emits=frozenset({"abbreviation"}),
    # every reading gets P(reading | article); a fused place name's "keep" gets the rest
    priors=READING_PRIORS,
    reads=frozenset({Evidence.NAMES, Evidence.SENTENCES, Evidence.SOURCE}),
    writes=frozenset({Evidence.NAMES}),
)
