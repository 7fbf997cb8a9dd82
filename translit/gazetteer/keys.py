"""Pinyin keys: how MT spells an entity when it romanizes the Chinese form instead of translating it.

賴清德 comes out as "Lai Qingde", 賀錦麗 as "He Jinli", 台北 as "Taibei". Every Chinese form of an entry
gives toneless pinyin keys in the spellings MT produces; a key that is just the entity's own name
respaced (習近平 -> "Xi Jinping") is no key, since mainland names *are* pinyin.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from translit.gazetteer.entry import Entry
from translit.gazetteer.facts import (
    KNOWN_PLACE_COUNTRIES,
    NAME_DOTS,
    NO_GENERATED_KEY_COUNTRIES,
    SPACED_PLACE_KEY_COUNTRIES,
)
from translit.gazetteer.pinyin import syllables

#: Separators inside transliterated foreign names: 弗拉基米爾·普京.
_NAME_DOT = re.compile(f"[{NAME_DOTS}]")
_LETTERS = re.compile(r"[^a-z]")
#: Sources whose Chinese forms get only the joined spelling ("Taibei"): the big generated tables,
#: where spaced two-syllable keys ("Tai Bei") would look like Chinese personal names.
JOINED_ONLY_SOURCES = frozenset(
    {"geonames", "cc-cedict", "cldr", "iso3166-2", "zhwiki-cgroups", "jmnedict", "cedpane"}
)
#: ... and only from three syllables up: two-syllable pinyin is too often also a Chinese word, name or
#: brand (贝龙 "Beilong", 大发 "Dafa") or even English (塔克 "Take"). Curated entries may use two.
MIN_GENERATED_SYLLABLES = 3
#: Generated entries of these types get no keys: CC-CEDICT's "other" names (brands, books, rivers)
#: and people are mostly Chinese, whose pinyin names (Kongzi, Sun Zhongshan) are legitimate English.
NO_KEY_GENERATED_TYPES = frozenset({"person", "other"})
PLACE_LIKE_TYPES = frozenset({"city", "region", "other"})
#: The exception for people: generated tables of foreigners named by transliteration (Chinese
#: Wikipedia's conversion groups) give their people keys from the forms that spell a whole name in parts
#: joined by a name dot, 基爾·斯塔默 "Jier Sitamo" for Keir Starmer, and only from four syllables up:
#: "Jin Luhua" (金·露華) or "Anna Li" (安娜·李) could be anyone's name. A form without a dot may be a
#: surname alone or a Chinese name (貝理雅, Tony Blair's in Hong Kong).
TRANSLITERATED_PERSON_SOURCES = frozenset({"zhwiki-cgroups"})
MIN_TRANSLITERATED_PERSON_SYLLABLES = 4


def pinyin_keys(entry: Entry) -> tuple[str, ...]:
    """The pinyin spellings of ``entry``'s Chinese forms that are not already its own names.

    >>> from translit.gazetteer import Entry
    >>> pinyin_keys(Entry("lai", "Lai Ching-te", "person", chinese=("賴清德",)))
    ('Lai Qingde', 'Laiqingde', 'Lai Qing-de', 'Lai Qing De')
    >>> pinyin_keys(Entry("xi", "Xi Jinping", "person", chinese=("習近平",)))
    ()
    """
    if not entry.chinese:  # most entries of the generated tables: no key to derive, nothing to ask
        return ()
    generated = entry.source in JOINED_ONLY_SOURCES
    if _is_transliterated_person(entry):
        return _transliterated_person_keys(entry)
    if generated and (entry.type in NO_KEY_GENERATED_TYPES or entry.country in NO_GENERATED_KEY_COUNTRIES):
        return ()
    if entry.type in PLACE_LIKE_TYPES and entry.country in KNOWN_PLACE_COUNTRIES:
        return ()
    own = {run for form in (entry.canonical, *entry.short, *entry.alternates) for run in _word_runs(form)}
    keys: dict[str, None] = {}
    for chinese in entry.chinese:
        if _joined_only(entry) and len(syllables(_undotted(chinese))) < MIN_GENERATED_SYLLABLES:
            continue
        for key in _spellings(chinese, entry):
            if _letters(key) not in own:
                keys[key] = None
    return tuple(keys)


def _is_transliterated_person(entry: Entry) -> bool:
    return (
        entry.source in TRANSLITERATED_PERSON_SOURCES
        and entry.type == "person"
        and entry.country not in NO_GENERATED_KEY_COUNTRIES
    )


def _transliterated_person_keys(entry: Entry) -> tuple[str, ...]:
    """Joined parts of the name-dot forms: 基爾·斯塔默 -> "Jier Sitamo"."""
    own = {_letters(entry.canonical)}
    keys: dict[str, None] = {}
    for chinese in entry.chinese:
        parts = [syllables(part) for part in _name_parts(chinese)]
        if len(parts) < 2 or not all(parts) or sum(map(len, parts)) < MIN_TRANSLITERATED_PERSON_SYLLABLES:
            continue
        key = " ".join("".join(part).capitalize() for part in parts)
        if _letters(key) not in own:
            keys[key] = None
    return tuple(keys)


def _spellings(chinese: str, entry: Entry) -> Iterator[str]:
    parts = [syllables(part) for part in _name_parts(chinese)]
    if not parts or any(not p for p in parts) or sum(map(len, parts)) < 2:
        return
    joined_only = _joined_only(entry)
    if len(parts) == 1 and entry.type == "person" and len(parts[0]) in (2, 3) and not joined_only:
        surname, *given = parts[0]
        yield f"{surname.capitalize()} {''.join(given).capitalize()}"  # Lai Qingde
        yield "".join(parts[0]).capitalize()
        if len(given) > 1:
            yield f"{surname.capitalize()} {'-'.join(given).capitalize()}"  # Lai Qing-de
            yield " ".join(s.capitalize() for s in parts[0])  # Lai Qing De
        return
    yield " ".join("".join(p).capitalize() for p in parts)  # Taibei, Fulajimier Pujing
    if not joined_only and len(parts) == 1 and len(parts[0]) in (2, 3):
        yield " ".join(s.capitalize() for s in parts[0])  # Tai Bei
        yield "-".join(s.capitalize() for s in parts[0])  # Tai-Bei


def _joined_only(entry: Entry) -> bool:
    """Whether ``entry`` gets only joined keys of three syllables or more.

    Organizations too: 宏碁 "Hongqi" is a car brand, 吉利 "Ji Li" a name; 台積電 "Taijidian" stays.
    """
    if entry.source in JOINED_ONLY_SOURCES or entry.type == "organization":
        return True
    return entry.type in PLACE_LIKE_TYPES and entry.country not in SPACED_PLACE_KEY_COUNTRIES


def pinyin_strings(chinese: str) -> tuple[str, ...]:
    """The strings whose syllables the keys of a Chinese form are made of (the shipped pinyin table holds
    them for every built-in form): the form without its name dots, and each part between them."""
    return (_undotted(chinese), *_name_parts(chinese))


def _undotted(chinese: str) -> str:
    return _NAME_DOT.sub("", chinese)


def _name_parts(chinese: str) -> list[str]:
    """弗拉基米爾·普京 -> 弗拉基米爾, 普京."""
    return [part for part in _NAME_DOT.split(chinese) if part]


def _word_runs(name: str) -> Iterator[str]:
    """The letters of every run of consecutive words: "Hubei Province" -> hubeiprovince, hubei, province.

    A key equal to one of them is the name itself, or the name without its generic word.
    """
    words = name.split()
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            yield _letters("".join(words[start:end]))


def _letters(text: str) -> str:
    return _LETTERS.sub("", text.lower())
