"""Romanization converters written for the benchmark: how MT and older systems spell East Asian names.

Mandarin: pinyin comes from pypinyin (the characters' readings); Wade-Giles, Tongyong and Yale are
derived from pinyin syllable by syllable with the tables below. Korean: Revised Romanization and
McCune–Reischauer from the Hangul jamo, plus the surname spellings in use. None of this reads translit's
gazetteer: the benchmark must not measure translit against its own keys.
"""

from __future__ import annotations

import re

from pypinyin import Style, lazy_pinyin

# Surnames whose surname reading differs from pypinyin's most common reading of the character.
SURNAME_READINGS = {
    "曾": "zeng",
    "單": "shan",
    "區": "ou",
    "解": "xie",
    "樂": "yue",
    "朴": "piao",
    "查": "zha",
}


def pinyin_syllables(characters: str, surname: bool = False) -> list[str]:
    """Toneless pinyin, one syllable per character, ü kept as ü (the converters need it)."""
    syllables = lazy_pinyin(characters, style=Style.NORMAL, v_to_u=True)
    if surname and characters[:1] in SURNAME_READINGS:
        syllables[0] = SURNAME_READINGS[characters[0]]
    return syllables


def _ascii(text: str) -> str:
    return text.replace("ü", "u").replace("ŭ", "u").replace("ê", "e").replace("ŏ", "o")


def pinyin_word(syllables: list[str]) -> str:
    """Syllables as one pinyin word, with the apostrophe before a vowel-initial syllable: Guo'an."""
    word = syllables[0]
    for syllable in syllables[1:]:
        word += ("'" if syllable[0] in "aeo" else "") + syllable
    return _ascii(word).capitalize()


# --- Wade-Giles -----------------------------------------------------------------------------------------
_WG_WHOLE = {
    "zi": "tzu", "ci": "tz'u", "si": "ssu", "zhi": "chih", "chi": "ch'ih", "shi": "shih", "ri": "jih",
    "er": "erh", "yi": "i", "you": "yu", "yu": "yü", "yue": "yüeh", "yuan": "yüan", "yun": "yün",
    "ye": "yeh", "yan": "yen", "yong": "yung", "e": "o", "ge": "ko", "ke": "k'o", "he": "ho",
}  # fmt: skip
_WG_INITIALS = {
    "zh": "ch", "ch": "ch'", "z": "ts", "c": "ts'", "j": "ch", "q": "ch'", "x": "hs", "b": "p", "p": "p'",
    "d": "t", "t": "t'", "g": "k", "k": "k'", "r": "j",
}  # fmt: skip
_WG_FINALS = {"ong": "ung", "iong": "iung", "ian": "ien", "ie": "ieh", "üe": "üeh", "e": "ê"}
_INITIAL = re.compile(r"(zh|ch|sh|[bpmfdtnlgkhjqxrzcswy]?)(.*)")


def wade_giles(syllable: str) -> str:
    """One pinyin syllable in Wade-Giles, with its apostrophes and diacritics: qiang -> ch'iang."""
    if syllable in _WG_WHOLE:
        return _WG_WHOLE[syllable]
    match = _INITIAL.match(syllable)
    assert match is not None  # the pattern matches every string
    initial, final = match.groups()
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "ü" + final[1:]  # ju, que, xuan are written with u but sound ü
    if final == "uo" and initial not in ("g", "k", "h", "sh"):
        final = "o"  # luo -> lo, zhuo -> cho; but guo -> kuo
    return _WG_INITIALS.get(initial, initial) + _WG_FINALS.get(final, final)


# --- Tongyong pinyin (Taiwan 2002-2008) -----------------------------------------------------------------
_TY_WHOLE = {
    "zhi": "jhih", "chi": "chih", "shi": "shih", "ri": "rih", "zi": "zih", "ci": "cih", "si": "sih",
    "feng": "fong", "meng": "mong", "weng": "wong", "peng": "pong", "beng": "bong", "wen": "wun",
}  # fmt: skip


def tongyong(syllable: str) -> str:
    """One pinyin syllable in Tongyong pinyin: xiong -> syong, zhang -> jhang, ju -> jyu."""
    if syllable in _TY_WHOLE:
        return _TY_WHOLE[syllable]
    if syllable[:1] in ("j", "q", "x") and syllable[1:2] == "u":
        syllable = syllable[0] + "yu" + syllable[2:]  # the u of ju, que, xuan is ü
    for pinyin, ty in (("zh", "jh"), ("q", "c"), ("x", "s")):
        if syllable.startswith(pinyin):
            syllable = ty + syllable[len(pinyin) :]
            break
    return syllable.replace("iong", "yong").replace("ü", "yu").replace("ui", "uei").replace("iu", "iou")


# --- Yale (Mandarin) ------------------------------------------------------------------------------------
_YALE_WHOLE = {"zhi": "jr", "chi": "chr", "shi": "shr", "ri": "r", "zi": "dz", "ci": "tsz", "si": "sz"}
_YALE_INITIALS = {"zh": "j", "z": "dz", "c": "ts", "q": "ch", "x": "sy"}
_YALE_FINALS = {
    "ao": "au", "ong": "ung", "uo": "wo", "ui": "wei", "un": "wun", "ua": "wa", "uai": "wai",
    "uan": "wan", "uang": "wang", "iu": "you", "ie": "ye", "ian": "yan", "ia": "ya", "iao": "yau",
    "iang": "yang", "iong": "yung", "ü": "yu", "üe": "ywe", "üan": "ywan", "ün": "yun",
}  # fmt: skip


def yale(syllable: str) -> str:
    """One pinyin syllable in Yale romanization: xiang -> syang, zhou -> jou, gui -> gwei."""
    if syllable in _YALE_WHOLE:
        return _YALE_WHOLE[syllable]
    if syllable[:1] in ("j", "q", "x", "y") and syllable[1:2] == "u":
        syllable = syllable[0] + "ü" + syllable[2:]  # ju, que, xuan, yuan: the u is ü
    match = _INITIAL.match(syllable)
    assert match is not None  # the pattern matches every string
    initial, final = match.groups()
    final = _YALE_FINALS.get(final, final)
    if initial == "y":
        return final if final.startswith("y") else "y" + final
    initial = _YALE_INITIALS.get(initial, initial)
    if initial == "sy" and final.startswith("y"):
        initial = "s"  # xiang -> syang, not syyang
    return initial + final


def given_name(syllables: list[str]) -> str:
    """Syllables as a Taiwan-style given name: first capitalized, hyphenated: Ying-wen."""
    return _ascii("-".join(syllables)).capitalize()


# --- Korean ---------------------------------------------------------------------------------------------
_RR_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MR_INITIALS = "k kk n t tt r m p pp s ss - ch tch ch' k' t' p' h".split()
_RR_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_MR_MEDIALS = "a ae ya yae ŏ e yŏ ye o wa wae oe yo u wŏ we wi yu ŭ ŭi i".split()
_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()
_MR_VOICED = {"k": "g", "t": "d", "p": "b", "ch": "j"}  # voiceless stops voice between voiced sounds


def _jamo(syllable: str) -> tuple[int, int, int]:
    code = ord(syllable) - 0xAC00
    return code // 588, (code % 588) // 28, code % 28


def revised(hangul: str) -> list[str]:
    """Each Hangul syllable in Revised Romanization, as in personal names (no assimilation): 석열 -> seok, yeol."""
    out = []
    for syllable in hangul:
        first, middle, last = _jamo(syllable)
        out.append(_RR_INITIALS[first].strip("-") + _RR_MEDIALS[middle] + _FINALS[last].strip("-"))
    return out


def mccune_reischauer(hangul: str) -> list[str]:
    """Each syllable in McCune–Reischauer without diacritics, voicing inside the name: 대중 -> tae, jung."""
    out, previous_voiced = [], False
    for syllable in hangul:
        first, middle, last = _jamo(syllable)
        initial = _MR_INITIALS[first].strip("-")
        if previous_voiced and initial in _MR_VOICED:
            initial = _MR_VOICED[initial]
        final = _FINALS[last].strip("-")
        out.append(_ascii(initial.replace("'", "") + _MR_MEDIALS[middle] + final))
        previous_voiced = final in ("", "n", "m", "ng", "l")
    return out


#: The spellings of a Korean surname in use, the Revised or most common first, then McCune–Reischauer
#: and the others people and MT write.
KOREAN_SURNAMES = {
    "이": ("Lee", "Yi", "Rhee", "Ri"), "박": ("Park", "Pak", "Bak"), "김": ("Kim", "Gim"),
    "윤": ("Yoon", "Yun"), "문": ("Moon", "Mun"), "최": ("Choi", "Choe"),
    "정": ("Chung", "Jung", "Jeong", "Chong"), "한": ("Han",), "노": ("Roh", "No", "Noh"),
    "반": ("Ban", "Pan"), "조": ("Cho", "Jo"), "강": ("Kang", "Gang"),
}  # fmt: skip
