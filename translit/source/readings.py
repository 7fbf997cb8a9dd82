"""How MT writes a Chinese name it does not know: its pinyin, its Wade-Giles, or a word-by-word gloss.

格爾木 comes out as "Germu" (pinyin, a syllable dropped), 陳茂波 as "Chen Maobo" or "Chan Mau-po", 北威州
(North Rhine-Westphalia) as "North Wei Province": a direction and a generic word translated, the rest
romanized. :func:`readings` spells a Chinese form every such way, as lower-case letters, so that an MT
span can be compared with it whatever its spacing, hyphens and apostrophes.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from typing import Any

import regex

#: Characters MT translates rather than romanizes inside a name: directions, and the generic words of
#: place and body names (州 is a German Land, a US state or a Chinese prefecture).
GLOSSES = {
    "东": ("east", "eastern"),
    "南": ("south", "southern"),
    "西": ("west", "western"),
    "北": ("north", "northern"),
    "中": ("central", "middle"),
    "新": ("new",),
    "州": ("state", "province", "prefecture"),
    "省": ("province",),
    "市": ("city",),
    "县": ("county",),
    "区": ("district",),
    "镇": ("town",),
    "村": ("village",),
    "山": ("mountain", "mount", "hill"),
    "河": ("river",),
    "江": ("river",),
    "湖": ("lake",),
    "海": ("sea",),
    "岛": ("island",),
    "湾": ("bay",),
    "港": ("port", "harbour", "harbor"),
}
#: Words of two characters or more that MT translates inside a name as it does :data:`GLOSSES`: 可可西里
#: (Hoh Xil) comes out as "Cocoa Xili".
WORD_GLOSSES = {
    "可可": ("cocoa",),
}
#: The administrative words a place's name ends with, which a translator renders in English after the
#: romanized name ("Jiangjin District" for 江津区) as readily as in pinyin.
ADMINISTRATIVE = frozenset("州省市县区镇村岛")
#: A name spelled more ways than this is compared in its first spellings only (a long transcription of
#: a foreign name has no glossed characters, so this bounds the work, not the matches).
MAX_READINGS = 64
_NOT_LETTER = regex.compile(r"[^a-z]")


@functools.lru_cache(maxsize=65536)  # asked of every capitalized span of every segment; names recur
def letters(text: str) -> str:
    """The ASCII letters of ``text``, lower-cased, accents dropped: "Chan Mau-po" -> "chanmaupo"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return _NOT_LETTER.sub("", decomposed.encode("ascii", "ignore").decode("ascii"))


@functools.lru_cache(maxsize=8192)
def readings(chinese: str) -> tuple[str, ...]:
    """Every spelling of ``chinese`` as letters: pinyin and Wade-Giles syllables, glossed characters in
    English; the first is the plain pinyin.

    >>> readings("北威州")[:3]
    ('beiweizhou', 'beiweichou', 'beiweistate')
    >>> "northweiprovince" in readings("北威州"), "chenmaopo" in readings("陈茂波"), "cocoaxili" in readings("可可西里")
    (True, True, True)
    """
    options = [_character_options(c, p, w) for c, p, w in zip(chinese, *_syllables(chinese))]
    spellings = ("".join(parts) for parts in itertools.product(*options))
    glossed = (
        "".join(parts)
        for word, glosses in WORD_GLOSSES.items()
        if (at := chinese.find(word)) >= 0
        for parts in itertools.product(*options[:at], glosses, *options[at + len(word) :])
    )
    return tuple(
        dict.fromkeys(s for s in itertools.islice(itertools.chain(spellings, glossed), MAX_READINGS) if s)
    )


@functools.lru_cache(maxsize=8192)
def romanizations(chinese: str) -> tuple[str, ...]:
    """The spellings of ``chinese`` that romanize every character, in pinyin or Wade-Giles (pinyin first,
    Wade-Giles second, then the mixtures MT writes: "Lo Guancong"), and with an administrative last
    character in English: what a translator writes for a name in its own characters ("Liu Dehua",
    "Jiangjin District"), unlike a gloss or a garbled reading.

    >>> romanizations("陈茂波")[:2], romanizations("江津区")[-2:]
    (('chenmaobo', 'chenmaopo'), ('jiangjindistrict', 'chiangchindistrict'))
    """
    pinyin, wade_giles = _syllables(chinese)
    options = [tuple(dict.fromkeys(pair)) for pair in zip(pinyin, wade_giles)]
    spelled = ["".join(pinyin), "".join(wade_giles)]
    spelled += map("".join, itertools.islice(itertools.product(*options), MAX_READINGS))
    if chinese[-1:] in ADMINISTRATIVE and len(chinese) > 2:
        stems = ["".join(pinyin[:-1]), "".join(wade_giles[:-1])]
        spelled += [stem + gloss for gloss in GLOSSES[chinese[-1]] for stem in stems]
    return tuple(dict.fromkeys(s for s in spelled if s))


@functools.lru_cache(maxsize=8192)
def translations(chinese: str) -> frozenset[str]:
    """The spellings of ``chinese`` that translate every character: 北海 as "North Sea" is another entity
    written in the same characters, no rendering of Beihai.

    >>> sorted(translations("北海"))
    ['northernsea', 'northsea']
    """
    if not chinese or any(character not in GLOSSES for character in chinese):
        return frozenset()
    return frozenset(map("".join, itertools.product(*(GLOSSES[c] for c in chinese))))


@functools.lru_cache(maxsize=4096)
def syllables(chinese: str) -> tuple[tuple[str, ...], ...]:
    """Every pinyin reading of each character of ``chinese`` (none for anything not Chinese), as letters.

    >>> syllables("长海")
    (('zhang', 'chang'), ('hai',))
    """
    from pypinyin import Style, pinyin

    readings_ = pinyin(chinese, style=Style.NORMAL, heteronym=True, errors=_no_readings)
    return tuple(
        tuple(r for r in (letters(s.replace("v", "u")) for s in options) if r) for options in readings_
    )


def person_reading(chinese: str) -> str:
    """The pinyin of a person's name in characters as English writes it, surname first: "Zhang Zhongmou".

    >>> person_reading("張忠謀"), person_reading("李明")
    ('Zhang Zhongmou', 'Li Ming')
    """
    from pypinyin import Style, lazy_pinyin

    surname, *given = (s.replace("v", "u") for s in lazy_pinyin(chinese, style=Style.NORMAL))
    return f"{surname.capitalize()} {''.join(given).capitalize()}".strip()


def _character_options(character: str, pinyin: str, wade_giles: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys((pinyin, wade_giles, *GLOSSES.get(character, ()))))


def _syllables(chinese: str) -> tuple[list[str], list[str]]:
    from pypinyin import Style, lazy_pinyin

    def spell(style: Style) -> list[str]:
        return [letters(s.replace("v", "u")) for s in lazy_pinyin(chinese, style=style, errors=_no_reading)]

    return spell(Style.NORMAL), spell(Style.WADEGILES)


def _no_reading(characters: str) -> Any:  # pypinyin's stubs say str; a list per character is what it takes
    return [""] * len(characters)


def _no_readings(characters: str) -> Any:
    return [[""] for _ in characters]
