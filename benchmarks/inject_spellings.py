"""The spellings MT and older romanization systems give a known person's name: the near misses to inject.

:func:`east_asian_spellings` derives them from a :class:`~benchmarks.inject_entities.Person`'s
characters and Hangul; :func:`respell_western` changes a Western name the way a name that went through
Chinese transliteration, or an MT typo, comes out (Zelensky -> Jelensky, Podolyak -> Podoliak).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from benchmarks.inject_entities import Person
from benchmarks.inject_romanize import (
    KOREAN_SURNAMES,
    given_name,
    mccune_reischauer,
    pinyin_syllables,
    pinyin_word,
    revised,
    tongyong,
    wade_giles,
    yale,
)
from translit.gazetteer.words import zipf


@dataclass(frozen=True, slots=True)
class Spelling:
    """A full-name spelling and the surname alone in the same system (what a back-reference writes)."""

    full: str
    surname: str


def _system(syllables: list[str], convert) -> list[str]:  # type: ignore[no-untyped-def]
    return [convert(s) for s in syllables]


def _plain(word: str) -> str:
    """Drop Wade-Giles apostrophes and diacritics, as most MT and passports do."""
    return word.replace("'", "").replace("ü", "u").replace("ê", "e").replace("ŭ", "u")


def _respaced(given: str) -> list[str]:
    """Other ways MT splits an already romanized given name: Ing-wen -> Ing wen, Ingwen, Ing-Wen."""
    parts = re.split(r"[- ]", given)
    if len(parts) < 2:
        return []
    capitalized = [p.capitalize() for p in parts]
    forms = {
        " ".join(capitalized),
        " ".join([capitalized[0], *[p.lower() for p in parts[1:]]]),
        "".join(parts).capitalize(),
        "-".join(capitalized),
        "-".join([capitalized[0], *[p.lower() for p in parts[1:]]]),
    }
    return sorted(forms - {given})


def chinese_spellings(person: Person) -> dict[str, list[Spelling]]:
    """Subfamily -> spellings of a Taiwanese, Hong Kong or Singaporean name (Chinese characters)."""
    family = pinyin_syllables(person.family, surname=True)
    given = pinyin_syllables(person.given)
    py_family = pinyin_word(family)
    forms: dict[str, list[Spelling]] = {"pinyin": [Spelling(f"{py_family} {pinyin_word(given)}", py_family)]}
    if len(given) > 1:
        forms["pinyin-spaced"] = [
            Spelling(f"{py_family} " + " ".join(s.capitalize() for s in given), py_family)
        ]
        forms["pinyin-hyphenated"] = [Spelling(f"{py_family} {given_name(given)}", py_family)]
    for name, convert in (("wade-giles", wade_giles), ("tongyong", tongyong), ("yale", yale)):
        fam = "".join(_system(family, convert)).capitalize()
        giv = "-".join(_system(given, convert)).capitalize()
        spellings = [Spelling(_plain(f"{fam} {giv}"), _plain(fam))]
        if name == "wade-giles" and "'" in fam + giv:
            spellings.append(Spelling(f"{fam} {giv}".replace("ü", "u").replace("ê", "e"), fam))
        forms[name] = spellings
    forms["mixed"] = [Spelling(f"{person.surname} {pinyin_word(given)}", person.surname)]
    if person.surname_first:
        forms["mixed"].append(Spelling(f"{py_family} {person.given_english}", py_family))
        forms["respaced"] = [
            Spelling(f"{person.surname} {g}", person.surname) for g in _respaced(person.given_english)
        ]
    return forms


def korean_spellings(person: Person) -> dict[str, list[Spelling]]:
    """Subfamily -> spellings of a Korean name: Revised, McCune–Reischauer, surname and spacing variants, pinyin."""
    given_english = person.given_english
    rr_given = "-".join(revised(person.hangul_given)).capitalize()
    mr_family = mccune_reischauer(person.hangul_family)[0].capitalize()
    mr_family = "Yi" if mr_family == "I" else mr_family  # bare "I" is never written for 이
    mr_given = "-".join(mccune_reischauer(person.hangul_given)).capitalize()
    py_family = pinyin_word(pinyin_syllables(person.family, surname=True))
    others = [s for s in KOREAN_SURNAMES.get(person.hangul_family, ()) if s != person.surname]
    return {
        "korean-revised": [Spelling(f"{person.surname} {rr_given}", person.surname)],
        "korean-mccune-reischauer": [Spelling(f"{mr_family} {mr_given}", mr_family)],
        "korean-surname": [Spelling(f"{s} {given_english}", s) for s in others],
        "korean-spacing": [
            Spelling(f"{person.surname} {g}", person.surname) for g in _respaced(given_english)
        ],
        "korean-hanja-pinyin": [
            Spelling(f"{py_family} {pinyin_word(pinyin_syllables(person.given))}", py_family)
        ],
    }


def japanese_spellings(person: Person) -> dict[str, list[Spelling]]:
    """Subfamily -> spellings of a Japanese name read from its kanji in Mandarin, wholly or half."""
    py_family = pinyin_word(pinyin_syllables(person.family))
    py_given = pinyin_word(pinyin_syllables(person.given))
    return {
        "japanese-pinyin": [Spelling(f"{py_family} {py_given}", py_family)],
        "japanese-half-pinyin": [Spelling(f"{person.surname} {py_given}", person.surname)],
    }


def east_asian_spellings(person: Person) -> dict[str, list[Spelling]]:
    """Subfamily -> MT spellings of the person's name that differ from the English name (none for CN)."""
    if person.region == "CN":
        return {}
    if person.region in ("KR", "KP"):
        forms = korean_spellings(person)
    elif person.region == "JP":
        forms = japanese_spellings(person)
    else:
        forms = chinese_spellings(person)
    kept = {k: [s for s in v if s.full != person.english] for k, v in forms.items()}
    return {k: v for k, v in kept.items() if v}


def plain_pinyin(person: Person) -> Spelling:
    """The name read character by character in pinyin, in Chinese order: what MT writes most often."""
    family = pinyin_word(pinyin_syllables(person.family, surname=person.region != "JP"))
    return Spelling(f"{family} {pinyin_word(pinyin_syllables(person.given))}", family)


# Why a Western name comes back changed from MT of Chinese text: Chinese transliteration merges sounds
# (l/r, v/f/w, voiced/voiceless, -sky/-ski, ya/ia), and MT re-spells the name from the characters.
_WESTERN_RULES = (
    (r"skyy?$", "ski"),
    (r"ski$", "sky"),
    (r"(?<=[a-z])y(?=[aeou])", "i"),  # Podolyak -> Podoliak
    (r"^Z", "J"),  # Zelensky -> Jelensky
    (r"v$", "ff"),
    (r"ff$", "v"),
    (r"kh", "h"),
    (r"([bcdfglmnprst])\1", r"\1"),  # doubled consonant written once
    (r"ph", "f"),
    (r"c(?=[aou])", "k"),
    (r"(?<=[a-z])w", "v"),
    (r"(?<=[aeiou])r(?=[aeiou])", "l"),  # r and l are one sound in Mandarin
    (r"(?<=[aeiou])l(?=[aeiou])", "r"),
    (r"ei", "ai"),
    (r"(?<=[a-z])th", "t"),
    (r"(?<=[aeiou])s(?=[aeiou])", "z"),
)


def respell_western(word: str, rng: random.Random) -> str | None:
    """One MT-style change to a Western name (a surname), or None when no rule gives a new non-word."""
    options = []
    for pattern, replacement in _WESTERN_RULES:
        for match in re.finditer(pattern, word):
            changed = word[: match.start()] + match.expand(replacement) + word[match.end() :]
            if changed != word and zipf(changed.lower()) < 2.5:
                options.append(changed)
    return rng.choice(sorted(set(options))) if options else None
