"""A person's surname and given name as MT writes them alone, and the house's spelling of each.

Once an article has named 卓榮泰 as Cho Jung-tai, MT may still write the surname alone in pinyin ("Zhuo
said"); the back-reference rule needs, for each person, those spellings and what replaces them. They are
worked out once, with the gazetteer's name index (``gazetteer.names.parts``).

>>> from translit.gazetteer import Entry
>>> parts = name_parts(Entry("cho", "Cho Jung-tai", "person", country="TW", chinese=("卓榮泰",)))
>>> parts.surname, sorted(parts.spellings.items())
('Cho', [('Jhuo', 'Cho'), ('Jwo', 'Cho'), ('Rongtai', 'Jung-tai'), ('Zhuo', 'Cho')])
>>> name_parts(Entry("chang", "Morris Chang", "person", country="TW", chinese=("張忠謀",))).spellings
{'Zhang': 'Chang', 'Jang': 'Chang', 'Jhang': 'Chang', 'Zhongmou': 'Morris'}
>>> name_parts(Entry("wong", "Joshua Wong", "person", country="HK", chinese=("黃之鋒",))).spellings
{'Huang': 'Wong', 'Hwang': 'Wong', 'Zhifeng': 'Joshua'}
"""

from __future__ import annotations

from dataclasses import dataclass, field

from translit.gazetteer import pinyin
from translit.gazetteer.entry import Entry
from translit.gazetteer.facts import (
    CHARACTER_NAME_COUNTRIES,
    CHINESE_SPEAKING_COUNTRIES,
    GIVEN_NAME_FIRST_COUNTRIES,
    KOREAN_NAME_COUNTRIES,
    is_all_chinese,
)
from translit.names import romanization
from translit.names.korean import surname_key
from translit.names.romanization import PINYIN_SYLLABLES

#: A given name is written alone only from two syllables ("Qingde"): one syllable alone is anyone's.
MIN_GIVEN_SYLLABLES = 2
#: How many characters a name written in characters has: two to four, and for a Japanese name up to five
#: (小池百合子, Yuriko Koike: a two-character surname and a three-character given name).
MIN_CHARACTERS, MAX_CHARACTERS, MAX_JAPANESE_CHARACTERS = 2, 4, 5


@dataclass(frozen=True)
class NameParts:
    """The house's surname of a person, and each lone spelling MT uses -> the house's word(s) for it."""

    surname: str
    spellings: dict[str, str] = field(default_factory=dict)
    #: for Korean names: the surname's key, shared by its spellings (Lee, Yi, Rhee)
    korean_surname: str = ""
    #: the Chinese forms of the name (韓國瑜, 韩国瑜): MT may read their first characters as a country
    chinese: tuple[str, ...] = ()
    #: the characters of the surname and of the given name (卓; 榮泰), each way the name may be cut
    surname_characters: tuple[str, ...] = ()
    given_characters: tuple[str, ...] = ()

    def characters_of(self, spelling: str) -> tuple[str, ...]:
        """The characters a lone spelling of the name reads: the given name's for a spelling of the
        given name ("Rongtai": 榮泰), the surname's for any other ("Zhuo", "Yun", the house's "Cho")."""
        given = self.spellings.get(spelling, self.surname) != self.surname
        return self.given_characters if given else self.surname_characters


def name_parts(entry: Entry) -> NameParts | None:
    """The parts of a person whose Chinese form is the name itself (China, Taiwan, Japan, Korea...),
    or None for anyone else."""
    words = entry.canonical.split()
    if entry.type != "person" or entry.country not in CHARACTER_NAME_COUNTRIES or len(words) < 2:
        return None
    forms = tuple(c for c in entry.chinese if is_all_chinese(c) and _is_name_length(c, entry))
    chinese = next(iter(forms), None)
    if chinese is None:
        return None
    surname_first = _is_surname_first(entry, words, chinese)
    if surname_first is None:
        return None
    surname = words[0] if surname_first else words[-1]
    given = " ".join(words[1:]) if surname_first else " ".join(words[:-1])
    spellings: dict[str, str] = {}
    cuts = _surname_lengths(entry, chinese)
    for cut in cuts:
        surname_pinyin = _surname_pinyin(chinese[:cut])
        for spelled in _surname_spellings(surname_pinyin, entry):
            if spelled.lower() != surname.lower():
                spellings.setdefault(spelled, surname)
        given_pinyin = _pinyin(chinese[cut:])
        if len(chinese) - cut >= MIN_GIVEN_SYLLABLES and given_pinyin.lower() != _letters(given):
            spellings[given_pinyin] = given
    korean = surname_key(surname) if entry.country in KOREAN_NAME_COUNTRIES else ""
    surnames = tuple(chinese[:cut] for cut in cuts)
    return NameParts(surname, spellings, korean, forms, surnames, tuple(chinese[cut:] for cut in cuts))


def _is_name_length(chinese: str, entry: Entry) -> bool:
    longest = MAX_JAPANESE_CHARACTERS if entry.country in GIVEN_NAME_FIRST_COUNTRIES else MAX_CHARACTERS
    return MIN_CHARACTERS <= len(chinese) <= longest


def _is_surname_first(entry: Entry, words: list[str], chinese: str) -> bool | None:
    """Whether the canonical name puts the surname first, or None when it cannot be told.

    Given name first where the house writes the country's names so (Fumio Kishida), or where the last
    word, not the first, reads as the surname character (Morris Chang: Chang is 張). Surname first where
    the first word reads as it (Lai Ching-te), or where the name looks Chinese or Korean otherwise: a
    hyphenated given name (Leung Chun-ying), three words (Kim Jong Un). Two words of which neither reads
    as the surname, the English name of a Cantonese speaker (Edward Yau, 邱騰華), cannot be told.
    """
    if entry.country in GIVEN_NAME_FIRST_COUNTRIES:
        return False
    surname = _surname_pinyin(chinese[0]).lower()

    def reads_as_surname(word: str) -> bool:
        return romanization.reads_as_surname(word.split("-")[0], surname)

    if reads_as_surname(words[0]):
        return True
    if reads_as_surname(words[-1]):
        return False
    return True if "-" in words[-1] or len(words) > 2 else None


def _surname_lengths(entry: Entry, chinese: str) -> tuple[int, ...]:
    """How many characters the surname may have: one, or two in a four-character name (歐陽); a
    Japanese surname one or two (林芳正, 岸田文雄)."""
    if entry.country in GIVEN_NAME_FIRST_COUNTRIES:
        return tuple(n for n in (1, 2) if n < len(chinese))
    return (2,) if len(chinese) == 4 else (1,)


def _surname_spellings(surname_pinyin: str, entry: Entry) -> list[str]:
    """How MT may write the surname alone: its pinyin, and for a one-syllable surname of a Chinese
    speaker its spellings in the other systems (Tseng, Dzeng for 曾), as MT writes the whole name in one
    system and its back-references in the same."""
    if not surname_pinyin:
        return []
    if entry.country not in CHINESE_SPEAKING_COUNTRIES or surname_pinyin.lower() not in PINYIN_SYLLABLES:
        return [surname_pinyin]
    return [spelled.capitalize() for spelled in romanization.spellings(surname_pinyin.lower())]


def _surname_pinyin(chinese: str) -> str:
    """The pinyin of a surname: its first character read as a surname reads (曾 Zeng, not Ceng)."""
    reading = romanization.SURNAME_READINGS.get(chinese[0])
    return _pinyin(chinese) if reading is None else (reading + _pinyin(chinese[1:]).lower()).capitalize()


def _pinyin(chinese: str) -> str:
    """The syllables joined and capitalized, ü written u; "" where a character has no reading."""
    return "".join(pinyin.syllables(chinese)).capitalize()


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalpha())
