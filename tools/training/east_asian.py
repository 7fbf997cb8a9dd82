"""Korean and Japanese names as MT spells them when it does not know the house spelling.

Korean: the same name in another romanization (Revised, McCune-Reischauer, the older family-name
spellings), spaced or hyphenated otherwise ("Lee Jae-myung", "Yi Jae Myong", "Lee Jaemyung").
Japanese: long vowels written out or dropped ("Kouno", "Kohno", "Kono"), the family name first.
(The pinyin of a name's characters, "Li Zaiming" for 李在明 or "Anbei Jinsan" for 安倍晋三, is made by
:mod:`tools.training.renderings` from the Chinese form, for these names as for any other.)
"""

from __future__ import annotations

import random
import re

from tools.training.name_entities import NameEntity

#: Korean family names and the other ways they are romanized.
KOREAN_SURNAMES = (
    ("Lee", "Yi", "Rhee", "Ri", "I"), ("Park", "Pak", "Bak"), ("Kim", "Gim"), ("Choi", "Choe", "Chwe"),
    ("Jung", "Jeong", "Chung", "Chong"), ("Yoon", "Yun"), ("Moon", "Mun"), ("Kang", "Gang"), ("Cho", "Jo"),
    ("Oh", "O"), ("Shin", "Sin"), ("Ryu", "Yoo", "Yu"), ("Lim", "Im", "Rim"), ("Jang", "Chang"),
    ("Seo", "Suh", "So"), ("Kwon", "Gwon"), ("Ahn", "An"), ("Roh", "Noh", "No"), ("Ko", "Go"),
    ("Baek", "Paik", "Paek"), ("Jeon", "Chun", "Jun", "Chon"), ("Koo", "Gu", "Ku"), ("Hyun", "Hyeon"),
    ("Han",), ("Song",), ("Hong",), ("Hwang",), ("Nam",), ("Yang",), ("Bae", "Pae"), ("Heo", "Huh", "Ho"),
    ("Woo", "U"), ("Yeo", "Yo"), ("Byun", "Byeon", "Pyon"), ("Sung", "Seong", "Song"),
)  # fmt: skip
#: Letter groups the romanizations of Korean write differently, inside a given name.
KOREAN_LETTERS = (
    ("eo", "o"), ("eo", "u"), ("eu", "u"), ("ae", "ai"), ("oe", "oi"), ("yeo", "yo"), ("ui", "ei"),
    ("yung", "yong"), ("yun", "yon"), ("ung", "ong"), ("k", "g"), ("t", "d"), ("p", "b"), ("ch", "j"),
    ("s", "sh"), ("r", "l"), ("oo", "u"), ("ee", "i"),
)  # fmt: skip
#: Syllables of Korean given names in the Revised Romanization, for names made up to teach the model
#: Korean spellings: the tables hold only a few dozen real Korean people.
KOREAN_GIVEN_SYLLABLES = (
    "min", "jun", "seo", "yeon", "ji", "woo", "hyun", "jae", "sung", "young", "soo", "jin", "ho", "hee",
    "eun", "hye", "kyung", "jung", "sang", "dong", "seung", "myung", "chul", "hoon", "won", "hwa", "mi",
    "ja", "sook", "tae", "in", "il", "gyu", "han", "yong", "nam", "hyuk", "joon", "bin", "ha", "yun",
    "seok", "geun", "duck", "ki", "moon", "gwan", "suk", "yeol", "eui", "chan", "kwang", "beom",
)  # fmt: skip
#: Japanese long vowels as MT writes them: "ou" / "oo" / "oh" / "o", "uu" / "u", "ei" / "e".
JAPANESE_LONG = (("ou", "o"), ("oo", "o"), ("oh", "o"), ("uu", "u"), ("ou", "oh"), ("o", "ou"), ("u", "uu"))
_FIRST_VOWELS = re.compile(r"[^aeiou]*[aeiouwy]*[aeiou]+")


def korean_variants(name: str, rng: random.Random) -> list[str]:
    """Other romanizations of a Korean name written family name first ("Lee Jae-myung")."""
    words = name.split(" ", 1)
    if len(words) != 2:
        return []
    family, given = words
    families = next((group for group in KOREAN_SURNAMES if family in group), (family,))
    found = []
    for _ in range(6):
        spelled_family = rng.choice(families)
        spelled_given = _respell(given.lower(), KOREAN_LETTERS, rng, changes=rng.choice((0, 1, 1, 2)))
        found.append(f"{spelled_family} {_space_given(spelled_given, rng)}")
    return [v for v in dict.fromkeys(found) if v != name]


def made_up_korean_people(count: int, seed: int) -> list[NameEntity]:
    """``count`` Korean names built from common family names and given-name syllables, without Chinese
    forms: examples of Korean romanization for the model, never gazetteer entities."""
    rng = random.Random(seed)
    names = {
        f"{rng.choice(KOREAN_SURNAMES)[0]} {rng.choice(KOREAN_GIVEN_SYLLABLES).capitalize()}-"
        f"{rng.choice(KOREAN_GIVEN_SYLLABLES)}"
        for _ in range(count)
    }
    return [NameEntity(name, (), "person", "KR", "made-up-korean") for name in sorted(names)]


def _space_given(given: str, rng: random.Random) -> str:
    """A Korean given name's two syllables joined, hyphenated or spaced, capitalized as MT does."""
    syllables = [s for s in re.split(r"[\s\-]+", given) if s]
    if len(syllables) == 1:
        syllables = _two_syllables(syllables[0])
    if len(syllables) != 2:
        return given.capitalize()
    first, second = syllables
    return rng.choice(
        (f"{first.capitalize()}-{second}", f"{first.capitalize()} {second.capitalize()}",
         f"{first.capitalize()}{second}", f"{first.capitalize()}-{second.capitalize()}")
    )  # fmt: skip


def _two_syllables(word: str) -> list[str]:
    """A joined two-syllable Korean given name cut where the second syllable starts with a consonant and
    a vowel ("jaemyung" -> "jae", "myung"; "geunhye" -> "geun", "hye")."""
    vowels = _FIRST_VOWELS.match(word)
    if not vowels:
        return [word]
    for cut in range(vowels.end(), min(vowels.end() + 3, len(word) - 1)):
        if word[cut] not in "aeiouwy" and word[cut + 1] in "aeiouwy":
            return [word[:cut], word[cut:]]
    return [word]


def japanese_variants(name: str, rng: random.Random) -> list[str]:
    """A Japanese name (given name first) with long vowels spelled otherwise, or the family name first."""
    words = name.split()
    found = []
    for _ in range(4):
        spelled = [_respell(w.lower(), JAPANESE_LONG, rng, changes=1).capitalize() for w in words]
        if len(spelled) == 2 and rng.random() < 0.5:
            spelled.reverse()
        found.append(" ".join(spelled))
    if len(words) == 2:
        found.append(f"{words[1]} {words[0]}")
    return [v for v in dict.fromkeys(found) if v != name]


def _respell(word: str, pairs: tuple[tuple[str, str], ...], rng: random.Random, changes: int) -> str:
    """``word`` with up to ``changes`` letter groups replaced by their other spelling, either way round."""
    for _ in range(changes):
        options = [(a, b) for a, b in pairs if a in word] + [(b, a) for a, b in pairs if b in word]
        if not options:
            break
        old, new = rng.choice(options)
        positions = [m.start() for m in re.finditer(re.escape(old), word)]
        at = rng.choice(positions)
        word = word[:at] + new + word[at + len(old) :]
    return word
