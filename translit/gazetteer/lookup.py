"""What the gazetteer knows about a name: exact forms, abbreviation readings, and sound-alikes.

The library behind ``translit glossary lookup``. Sound-alikes are found by blocking on the Metaphone
code (only names that sound alike are compared) and ranking by edit similarity, so a lookup compares
a handful of names rather than every one of the gazetteer's ~100,000 forms.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import jellyfish
import regex
from rapidfuzz import fuzz

from translit.gazetteer.abbreviations import direction_of
from translit.gazetteer.entry import CURATED_SOURCE, Entry
from translit.gazetteer.gazetteer import Gazetteer

#: Sound-alikes below this similarity (0-100) are not worth showing.
MIN_SIMILARITY = 50.0
_LATIN_NAME = regex.compile(r"\p{Latin}[\p{Latin}'’ .-]*")


@dataclass(frozen=True)
class Match:
    """One entity the name may refer to, and how."""

    entry: Entry
    how: str  # a FormKind value, "abbreviation" or "sounds like"
    detail: str = ""  # e.g. the abbreviation or the sound-alike form


def lookup_name(gazetteer: Gazetteer, name: str, limit: int = 5) -> list[Match]:
    """Everything ``name`` may stand for: its exact forms first, then abbreviation readings, then
    (only when nothing else matched) names that sound like it.

    >>> from translit.gazetteer import Entry, Gazetteer
    >>> gazetteer = Gazetteer([Entry("haidai", "Serhiy Haidai", "person", short=("Haidai",))])
    >>> [(m.entry.canonical, m.how, m.detail) for m in lookup_name(gazetteer, "Heday")]
    [('Serhiy Haidai', 'sounds like', 'Haidai')]
    """
    matches = [Match(entry, kind.value) for entry, kind in gazetteer.lookup(name)]
    matches += _abbreviation_readings(gazetteer, name)
    if not matches:
        matches = [
            Match(gazetteer[i], "sounds like", form) for form, i in similar_forms(gazetteer, name, limit)
        ]
    return matches


def similar_forms(gazetteer: Gazetteer, name: str, limit: int = 5) -> list[tuple[str, str]]:
    """(form, entry id) pairs that sound like ``name``, most similar first."""
    block = _sound_index(gazetteer).get(_sound_code(name), ())
    scored = [(fuzz.ratio(name.lower(), form.lower()), form, i) for form, i in block if form != name]
    scored = [item for item in scored if item[0] >= MIN_SIMILARITY]
    # curated news entities first: a garbled name in a news story is far likelier to be one of them
    scored.sort(key=lambda item: (gazetteer[item[2]].source != CURATED_SOURCE, -item[0]))
    return [(form, i) for _score, form, i in scored[:limit]]


def _abbreviation_readings(gazetteer: Gazetteer, name: str) -> list[Match]:
    """Every reading of an abbreviation written ``name``: a romanized direction compound ("Udong"), the
    character itself (烏), or a pair compound ("Ewu", 俄烏)."""
    table = gazetteer.abbreviations
    matches = []
    for abbreviation in table.singles:
        pattern = table.direction_compound(abbreviation)
        compound = pattern.fullmatch(name) if pattern else None
        for reading in abbreviation.entities if compound or name == abbreviation.chinese else ():
            if compound:
                adjective = direction_of(compound.group("direction"))[0]
                detail = f"{abbreviation.chinese}: {adjective} {gazetteer[reading].canonical}"
            else:
                detail = abbreviation.chinese
            matches.append(Match(gazetteer[reading], "abbreviation", detail))
    return matches + _pair_readings(gazetteer, name)


def _pair_readings(gazetteer: Gazetteer, name: str) -> list[Match]:
    """Every reading of both characters of a pair compound spelled ``name`` ("Ewu", or 俄烏 itself)."""
    table = gazetteer.abbreviations
    matches = []
    for pair in table.pairs:
        if name != pair.chinese and name not in pair.romanizations:
            continue
        for character in pair.chinese:
            for reading in table.readings(character):
                detail = f"{pair.chinese}: {character} = {gazetteer[reading].canonical}"
                matches.append(Match(gazetteer[reading], "pair compound", detail))
    return matches


@functools.lru_cache(maxsize=4)
def _sound_index(gazetteer: Gazetteer) -> dict[str, tuple[tuple[str, str], ...]]:
    """Metaphone code -> the Latin names (not demonyms, not keys) that have it; built on first use."""
    index: dict[str, list[tuple[str, str]]] = {}
    for entry in gazetteer.entries.values():
        for form, kind in entry.forms().items():  # the names declared in tables, not derived keys
            if kind.is_name and not kind.is_derived and _LATIN_NAME.fullmatch(form):
                index.setdefault(_sound_code(form), []).append((form, entry.id))
    return {code: tuple(forms) for code, forms in index.items()}


def _sound_code(name: str) -> str:
    return jellyfish.metaphone(name.replace(" ", ""))
