"""Romanized Korean names folded to one key across Revised Romanization, McCune–Reischauer and the
personal spellings in use, so that "Yoon Sok-yol" and "Yoon Suk Yeol" meet.

The systems differ in how they write the vowels ŏ/ŭ (eo/eu in RR, o/u in MR without breves, u in many
personal spellings: "Suk" for 석) and whether initial stops are voiced (g/k, d/t, b/p, j/ch); surnames
have spellings of their own (이 is Lee, Yi, Rhee, Ri). The key merges exactly those differences:

>>> korean_key("Yoon Suk Yeol") == korean_key("Yoon Sok-yol") == korean_key("Yun Seok-yeol")
True
>>> korean_key("Lee Jae-myung") == korean_key("Yi Chae-myong") == korean_key("Lee Jae Myong")
True
>>> korean_key("Park Geun-hye") == korean_key("Pak Kun-hye")
True
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Surname spellings in use -> one spelling per surname. The spellings are the common passport and
#: press forms; a surname outside the table is folded like any syllable.
SURNAMES = {
    **dict.fromkeys(("lee", "yi", "rhee", "ri", "rhie", "i"), "i"),
    **dict.fromkeys(("park", "pak", "bak", "bahk"), "bak"),
    **dict.fromkeys(("kim", "gim"), "gim"),
    **dict.fromkeys(("choi", "choe", "chey", "choy"), "choe"),
    **dict.fromkeys(("jung", "jeong", "chung", "cheong", "chong", "joung"), "jung"),
    **dict.fromkeys(("yoon", "yun", "youn"), "yun"),
    **dict.fromkeys(("moon", "mun"), "mun"),
    **dict.fromkeys(("roh", "noh", "no"), "no"),
    **dict.fromkeys(("shin", "sin"), "sin"),
    **dict.fromkeys(("kang", "gang"), "gang"),
    **dict.fromkeys(("cho", "jo", "joe"), "jo"),
    **dict.fromkeys(("oh", "o"), "o"),
    **dict.fromkeys(("lim", "im", "rim", "yim"), "im"),
    **dict.fromkeys(("ahn", "an"), "an"),
    **dict.fromkeys(("jang", "chang"), "jang"),
    **dict.fromkeys(("jeon", "chun", "chon", "cheon", "jun"), "jun"),
    **dict.fromkeys(("ko", "go", "koh"), "go"),
    **dict.fromkeys(("yoo", "yu", "ryu", "you", "ryoo"), "yu"),
    **dict.fromkeys(("seo", "suh", "so", "sur"), "so"),
    **dict.fromkeys(("kwon", "gwon", "kweon"), "gwon"),
    **dict.fromkeys(("choo", "chu"), "chu"),
    **dict.fromkeys(("bae", "pae"), "bae"),
    **dict.fromkeys(("baek", "paek", "paik"), "baek"),
    **dict.fromkeys(("heo", "huh", "hur"), "ho"),
    **dict.fromkeys(("son", "sohn"), "son"),
    **dict.fromkeys(("woo", "u"), "u"),
    **dict.fromkeys(("han",), "han"),
    **dict.fromkeys(("hwang",), "hwang"),
    **dict.fromkeys(("song",), "song"),
    **dict.fromkeys(("hong",), "hong"),
}
#: Ordered rewrites that fold a romanized syllable string: vowels first (eo/ŏ/o/u/eu/oo are one class;
#: ae/e one), then consonants (voiced and voiceless stops, r/l), then doubled letters.
_REWRITES = (
    ("eo", "o"), ("eu", "u"), ("oo", "u"), ("ae", "e"), ("o", "u"), ("tch", "j"), ("ch", "j"),
    ("ck", "g"), ("k", "g"), ("t", "d"), ("p", "b"), ("r", "l"), ("sh", "s"),
)  # fmt: skip


#: One romanized Korean syllable, in any system in use: an initial, a vowel, a final ("Geun", "Myung",
#: "Hye", "Soo", "Yeol").
_SYLLABLE = re.compile(
    r"(?:[bcdghjkmnprst]|ch|kk|tt|pp|ss|jj|sh)?"
    r"(?:a|ae|ai|ya|yae|eo|e|yeo|ye|o|oo|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i|ee|ou|eui|oh)"
    r"(?:ng|n|m|k|l|p|t|g|b|r)?",
    re.IGNORECASE,
)


def is_syllable(word: str) -> bool:
    """Whether ``word`` is one romanized Korean syllable: "Geun" is, "City" is not.

    >>> is_syllable("Geun"), is_syllable("hye"), is_syllable("City"), is_syllable("River")
    (True, True, False, False)
    """
    return bool(_SYLLABLE.fullmatch(word))


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A romanized Korean syllable string, lower case, with the systems' differences folded away."""
    folded = _letters(text)
    for old, new in _REWRITES:
        folded = folded.replace(old, new)
    return "".join(c for i, c in enumerate(folded) if i == 0 or c != folded[i - 1])


@functools.lru_cache(maxsize=65536)
def surname_key(surname: str) -> str:
    """One spelling per surname: Lee, Yi and Rhee are "i"."""
    letters = _letters(surname)
    return SURNAMES.get(letters) or fold(letters)


def korean_key(name: str) -> str:
    """A surname-first name ("Yoon Suk Yeol") as surname key + folded given name; "" for one word."""
    words = name.replace("-", " ").split()
    if len(words) < 2:
        return ""
    return f"{surname_key(words[0])} {fold(''.join(words[1:]))}"


def _letters(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if "a" <= c <= "z")
