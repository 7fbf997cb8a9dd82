"""Personal names read as a country: 韓國瑜 read as 韓國 "South Korea" + 瑜 ("South Korea Yu" -> Han
Kuo-yu), and the surname 韓 alone read as the country it abbreviates ("South Korea said" -> "Han said",
where the story is about Han Kuo-yu and refers to South Korea nowhere else).

Chinese names may start with the characters of a country's name (韓國) or with a one-character
abbreviation of one (韓 for South Korea, in the abbreviation table); MT that does not know the person
reads them as the country. The document decides, as for 烏: the person must be named, or the person's
country referred to, nearby, and for a lone surname the story must refer to the country only in such
places, where a person speaks.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from translit import lazy
from translit.edits import Candidate, Finding
from translit.names.memo import SurfaceMemo
from translit.names.spans import without_possessive
from translit.names.support import named_nearby, people_named_in_house_spelling, references_near
from translit.rules.context import is_english_word
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Gazetteer, Mention

#: A name read as a country, where the story is about the person or the person's country.
NAME_READ_AS_COUNTRY = 0.9
#: ... and where it is not, but the country and the syllable after it fit one person only and no name
#: goes on after them: a country's name and a pinyin syllable are no English phrase.
ONLY_READING = 0.8
#: ... and otherwise: reported, not applied.
UNSUPPORTED_READING = 0.5
#: What a person, not a country, does right after being named: "South Korea said" for 韓表示.
SPEECH_VERBS = (
    "said|says|stated|stressed|added|noted|pointed out|argued|told|emphasized|emphasised|believes|urged|"
    "questioned|criticized|criticised|responded|replied|asked|admitted|insisted|claimed|warned|explained"
)
# Compiled when first needed (:func:`translit.lazy.pattern`): they read around a name that starts with a
# country's, which most texts hold none of.
_WORD_AFTER = lazy.pattern(r" (\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}])")
_SPEAKS_AFTER = lazy.pattern(rf" (?:{SPEECH_VERBS})(?![\p{{L}}])")
_HONORIFIC_BEFORE = lazy.pattern(r"(?:Mr|Mrs|Ms|Dr)\.? $")
_NAME_GOES_ON = lazy.pattern(r"[ \t-]+\p{Lu}")


def find_name_readings(document: Document) -> Iterator[Finding]:
    yield from _names_starting_with_a_country(document)
    yield from _surnames_read_as_countries(document)


def _names_starting_with_a_country(document: Document) -> Iterator[Finding]:
    """ "South Korea Yu" -> Han Kuo-yu: a country's name and the pinyin of the rest of a person's name."""
    gazetteer, text = document.gazetteer, document.text
    prefixed = gazetteer.names.country_prefixed
    countries = _prefixed_countries(gazetteer)
    # the countries the text names: a surface names the same entities wherever it stands, so the
    # document's surfaces tell, without indexing every mention by entity (most texts name none of these)
    surfaces = _COUNTRY_SURFACES.passing(gazetteer, document.surfaces)
    named = {entry.id for surface in surfaces for entry, _ in gazetteer.lookup(surface)}
    for country in countries:
        if country not in named:
            continue
        for mention in document.mentions_of(country):
            after = _WORD_AFTER().match(text, mention.end)
            word = without_possessive(after.group(1)) if after else ""  # "South Korea Yu's home"
            people = prefixed.get((country, word.lower().replace("-", ""))) if word else None
            if not after or not people:
                continue
            start, end = mention.start, after.start(1) + len(word)
            surface = text[start:end]
            # "South Korea Yu" is no English phrase: where one person fits and no name goes on after it,
            # it is that person even where the story says nothing else of them
            alone = len(people) == 1 and not _NAME_GOES_ON().match(text, end) and not is_english_word(word)
            candidates = []
            for person in people:
                entry = gazetteer[person]
                supported = references_near(document, person, start, end) or any(
                    references_near(document, c, start, end) for c in gazetteer.countries_of([person])
                )
                prior = NAME_READ_AS_COUNTRY if supported else ONLY_READING if alone else UNSUPPORTED_READING
                candidates.append(
                    Candidate(
                        entry.canonical,
                        f"{surface!r} reads the first characters of {entry.canonical}'s name "
                        f"({'/'.join(entry.chinese[:2])}) as {gazetteer[country].canonical}"
                        + (
                            ""
                            if supported
                            else "; the story says nothing else of the person, but no one else fits"
                            if alone
                            else "; but the story says nothing of the person nearby"
                        ),
                        prior / len(people),
                        entry=person,
                        references=references_near(document, person, start, end),
                    )
                )
            yield Finding(start, end, surface, "confusable", "name-reading", tuple(candidates))


@functools.lru_cache(maxsize=8)
def _prefixed_countries(gazetteer: Gazetteer) -> frozenset[str]:
    """The countries whose names start a person's name (:attr:`NameIndex.country_prefixed`)."""
    return frozenset(country for country, _ in gazetteer.names.country_prefixed)


def _names_a_prefixed_country(gazetteer: Gazetteer, surface: str) -> bool:
    """Whether one of the entities written ``surface`` is one of :func:`_prefixed_countries`."""
    countries = _prefixed_countries(gazetteer)
    return any(entry.id in countries for entry, _ in gazetteer.lookup(surface))


#: The surfaces that name one of those countries, of every document asked.
_COUNTRY_SURFACES = SurfaceMemo(_names_a_prefixed_country)


def _surnames_read_as_countries(document: Document) -> Iterator[Finding]:
    """ "South Korea said" -> "Han said", for the surname 韓 of a person the story names."""
    gazetteer = document.gazetteer
    parts_of = gazetteer.names.parts
    for person, positions in people_named_in_house_spelling(document).items():
        parts = parts_of[person]
        surname_character = parts.chinese[0][0] if parts.chinese else ""
        abbreviation = gazetteer.abbreviations.single(surname_character)
        for country in abbreviation.entities if abbreviation else ():
            mentions = [m for m in document.mentions_of(country) if named_nearby(positions, m.start)]
            speaking = [m for m in mentions if _where_a_person_speaks(document, m)]
            for mention in speaking:
                others = references_near(document, country, mention.start, mention.end) - (len(speaking) - 1)
                if others > 0:
                    continue  # the story is about the country too: believe MT
                entry = gazetteer[person]
                reason = (
                    f"{mention.surface!r} reads {surname_character}, {entry.canonical}'s surname, as the country "
                    f"it abbreviates; the story names {entry.canonical} nearby and refers to "
                    f"{gazetteer[country].canonical} nowhere else"
                )
                candidate = Candidate(
                    parts.surname, reason, NAME_READ_AS_COUNTRY, entry=person, references=len(positions)
                )
                yield Finding(
                    mention.start, mention.end, mention.surface, "confusable", "name-reading", (candidate,)
                )


def _where_a_person_speaks(document: Document, mention: Mention) -> bool:
    """ "South Korea said", "Mr. South Korea": where the story has a person speak, not a country."""
    text = document.text
    return bool(
        _SPEAKS_AFTER().match(text, mention.end)
        or _HONORIFIC_BEFORE().search(text, max(0, mention.start - 5), mention.start)
    )


RULE = Rule(
    name="name-reading",
    find=find_name_readings,
    emits=frozenset({"confusable"}),
    priors={
        "name read as a country, story supports it": NAME_READ_AS_COUNTRY,
        "name read as a country, the only person it fits": ONLY_READING,
        "unsupported": UNSUPPORTED_READING,
    },
    reads=frozenset({Evidence.NAMES}),
    writes=frozenset({Evidence.NAMES}),
)
