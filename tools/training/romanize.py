"""Pinyin of Chinese forms and the other ways MT spells its syllables (written for the name model's data).

Wade-Giles here is the Taiwan newsroom form MT copies: apostrophes and umlauts usually dropped
("Tsai", "Chiang", "Hsu"); :func:`wade_giles` keeps the aspiration apostrophe when asked.
"""

from __future__ import annotations

import functools

from translit.names.romanization import INITIALS

_WG_INITIALS = {
    "b": "p", "p": "p'", "m": "m", "f": "f", "d": "t", "t": "t'", "n": "n", "l": "l", "g": "k", "k": "k'",
    "h": "h", "j": "ch", "q": "ch'", "x": "hs", "zh": "ch", "ch": "ch'", "sh": "sh", "r": "j", "z": "ts",
    "c": "ts'", "s": "s",
}  # fmt: skip
#: Whole syllables Wade-Giles writes unlike the rule below.
_WG_WHOLE = {
    "zhi": "chih", "chi": "ch'ih", "shi": "shih", "ri": "jih", "zi": "tzu", "ci": "tz'u", "si": "ssu",
    "yi": "i", "ye": "yeh", "yan": "yen", "you": "yu", "yu": "yü", "yue": "yüeh", "yuan": "yüan",
    "yun": "yün", "yong": "yung", "e": "o", "er": "erh", "ge": "ko", "ke": "k'o", "he": "ho",
}  # fmt: skip
_WG_FINALS = (("iong", "iung"), ("ong", "ung"), ("ian", "ien"), ("ie", "ieh"), ("üe", "üeh"), ("ue", "üeh"))
_DROPPED_UO = frozenset({"d", "t", "n", "l", "z", "c", "s", "zh", "ch", "r"})  # duo -> to, zhuo -> cho
#: Sounds a reader of Mandarin (or an MT system guessing a character) confuses: one syllable misread.
NEAR_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("n", "l"), ("f", "h"), ("r", "l"), ("b", "p"),
                 ("d", "t"), ("g", "k"), ("j", "q"), ("x", "s"))  # fmt: skip
NEAR_FINALS = (("ing", "in"), ("eng", "en"), ("ang", "an"), ("ong", "eng"), ("ian", "ie"), ("uan", "an"),
               ("ou", "u"), ("ao", "ou"), ("ei", "ai"))  # fmt: skip


def split_initial(syllable: str) -> tuple[str, str]:
    """``"zhang"`` -> ``("zh", "ang")``; a syllable with no initial has ``""``."""
    for initial in INITIALS:
        if syllable.startswith(initial) and len(syllable) > len(initial):
            return initial, syllable[len(initial) :]
    return "", syllable


def wade_giles(syllable: str, apostrophe: bool = False) -> str:
    """A toneless pinyin syllable in Wade-Giles (``"zhang"`` -> ``"chang"``, ``"xu"`` -> ``"hsu"``)."""
    spelled = _WG_WHOLE.get(syllable) or _wade_giles_parts(syllable)
    if not apostrophe:
        spelled = spelled.replace("'", "")
    return spelled.replace("ü", "u")


def _wade_giles_parts(syllable: str) -> str:
    initial, final = split_initial(syllable)
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "ü" + final[1:]  # ju, que, xuan: the u is ü
    if final == "uo" and initial in _DROPPED_UO:
        final = "o"
    elif final == "ui" and initial in ("g", "k"):
        final = "uei"
    elif final == "e" and initial in ("g", "k", "h"):
        final = "o"
    for pinyin_final, wg_final in _WG_FINALS:
        if final.endswith(pinyin_final):
            final = final[: -len(pinyin_final)] + wg_final
            break
    return _WG_INITIALS.get(initial, initial) + final


def near_homophones(syllable: str) -> list[str]:
    """Syllables one confusion away (zh/z, n/l, -ng/-n ...), that are syllables MT could write."""
    initial, final = split_initial(syllable)
    found = []
    for a, b in NEAR_INITIALS:
        for old, new in ((a, b), (b, a)):
            if initial == old:
                found.append(new + final)
    for a, b in NEAR_FINALS:
        for old, new in ((a, b), (b, a)):
            if final.endswith(old):
                found.append(initial + final[: -len(old)] + new)
    return [s for s in dict.fromkeys(found) if s != syllable and s in syllables()]


@functools.cache
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable: the readings of the CJK Unified Ideographs block."""
    from pypinyin import Style, lazy_pinyin

    characters = "".join(map(chr, range(0x4E00, 0x9FA6)))
    readings = lazy_pinyin(characters, style=Style.NORMAL, v_to_u=True)
    return frozenset(r.replace("ü", "u") for r in readings if r.isascii() and r.isalpha())


@functools.lru_cache(maxsize=50_000)
def other_readings(character: str) -> tuple[str, ...]:
    """The other toneless readings of one character (heteronyms: 曾 zeng, ceng), usual one excluded."""
    from pypinyin import Style, pinyin

    readings = pinyin(character, style=Style.NORMAL, heteronym=True, v_to_u=True)[0]
    clean = [r.replace("ü", "u") for r in readings if r.isascii() and r.isalpha()]
    return tuple(dict.fromkeys(clean[1:]))
