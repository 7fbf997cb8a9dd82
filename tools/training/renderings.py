"""The surface forms MT writes for an entity: the name model's training and test examples.

Each kind is a small function ``(entity, chinese form, rng) -> surfaces``; :data:`KINDS` names them, and
the kind's name is what the model card and the ranking benchmark count by. Written for this project from
how MT of Chinese news spells names; independent of the end-to-end injectors in ``benchmarks/``.

- ``pinyin-joined`` / ``pinyin-spaced`` / ``pinyin-hyphenated``: the pinyin of the Chinese form, given
  name joined ("Chen Maobo"), every syllable a word ("Chen Mao Bo"), hyphenated ("Chen Mao-bo");
- ``wade-giles`` / ``mixed``: the syllables in Taiwan's Wade-Giles, wholly or some of them;
- ``homophone``: one character read as another syllable (a heteronym, or a near-homophone: zh/z, -ng/-n);
- ``korean`` / ``japanese``: the name in another romanization of Korean, or Japanese with long vowels
  spelled otherwise or the family name first; ``half-pinyin``: one part of the house name, the other
  part's characters in pinyin ("Hayashi Fangzheng" for 林芳正, Yoshimasa Hayashi);
- ``back-transliterated``: a foreign name read back from its Chinese transliteration ("Bodoliyake" for
  波多利亞克, Podolyak);
- ``respelled``: a Western name spelled as it comes back through Chinese or a careless MT (k/c, v/w,
  -sky/-ski, doubled letters);
- ``respaced``: the house name with its spaces, hyphens or capitals moved;
- ``truncated``: a syllable or the last letters dropped; ``typo``: one letter deleted, doubled,
  swapped or mistyped.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tools.training.east_asian import japanese_variants, korean_variants
from tools.training.name_entities import NameEntity, english_key
from tools.training.romanize import near_homophones, other_readings, wade_giles
from translit.gazetteer.facts import CHARACTER_NAME_COUNTRIES
from translit.seq2seq.name_text import NAME_DOTS, pinyin_words

CHINESE_SPEAKING = frozenset({"CN", "TW", "HK", "MO", "SG"})
KOREAN, JAPANESE = frozenset({"KR", "KP"}), frozenset({"JP"})
#: Western spellings that come back otherwise through Chinese transliteration or a careless MT.
RESPELLINGS = (
    ("k", "c"), ("c", "k"), ("v", "w"), ("w", "v"), ("v", "f"), ("ph", "f"), ("f", "ph"), ("y", "i"),
    ("i", "y"), ("j", "y"), ("y", "j"), ("sky", "ski"), ("ski", "sky"), ("yy", "y"), ("ia", "ya"),
    ("ya", "ia"), ("ks", "x"), ("x", "ks"), ("l", "r"), ("r", "l"), ("z", "s"), ("s", "z"), ("th", "t"),
    ("ou", "u"), ("u", "ou"), ("ch", "k"), ("kh", "h"), ("e", "a"), ("ie", "i"), ("ck", "k"),
)  # fmt: skip
KEYBOARD_NEIGHBOURS = {
    a: b
    for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    for a, b in zip(row, row[1:] + row[-2], strict=True)
}
_DOTS = re.compile(f"[{re.escape(NAME_DOTS)}]")


@dataclass(frozen=True, slots=True)
class Rendering:
    """A surface form MT writes for an entity, which kind of rendering it is, and the Chinese form it
    was read from (``""`` where none was)."""

    surface: str
    kind: str
    chinese: str


def is_character_name(entity: NameEntity) -> bool:
    """Whether the Chinese form is the name in its own characters (not a transcription of its sound)."""
    if entity.country in CHARACTER_NAME_COUNTRIES or entity.source == "jmnedict_names":
        return True
    key = entity.key
    return any(key.startswith("".join(s for w in pinyin_words(c) for s in w)) for c in entity.chinese)


def _name_parts(entity: NameEntity, chinese: str, rng: random.Random) -> list[list[str]]:
    """The syllables of a character name grouped as MT writes them: family name, then given name."""
    words = pinyin_words(chinese)
    if len(words) != 1:
        return [list(w) for w in words]
    syllables = list(words[0])
    if entity.type != "person" or not 2 <= len(syllables) <= 4:
        return [syllables]
    family = 2 if len(syllables) == 4 else 1
    if entity.country in JAPANESE and len(syllables) == 3 and rng.random() < 0.5:
        family = 2
    return [syllables[:family], syllables[family:]]


def _write(parts: list[list[str]], join: str) -> str:
    """Words of syllables as MT capitalizes them: ``[["chen"], ["mao", "bo"]]`` with ``"-"`` is "Chen Mao-bo"."""
    words = []
    for syllables in parts:
        if join == " ":
            words.extend(s.capitalize() for s in syllables)
        else:
            words.append(join.join(syllables).capitalize())
    return " ".join(words)


def pinyin_joined(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    return [_write(_name_parts(entity, chinese, rng), "")] if is_character_name(entity) else []


def pinyin_spaced(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    parts = _name_parts(entity, chinese, rng)
    return [_write(parts, " ")] if entity.type == "person" and is_character_name(entity) else []


def pinyin_hyphenated(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    parts = _name_parts(entity, chinese, rng)
    return [_write(parts, "-")] if is_character_name(entity) and any(len(p) > 1 for p in parts) else []


def wade_giles_spelling(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    if not is_character_name(entity) or entity.country not in CHINESE_SPEAKING | {""}:
        return []
    parts = [
        [wade_giles(s, apostrophe=rng.random() < 0.15) for s in p] for p in _name_parts(entity, chinese, rng)
    ]
    return [_write(parts, rng.choice(("-", "-", "")))]


def mixed(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    if not is_character_name(entity) or entity.country not in CHINESE_SPEAKING | {""}:
        return []
    parts = [
        [wade_giles(s) if rng.random() < 0.5 else s for s in p] for p in _name_parts(entity, chinese, rng)
    ]
    return [_write(parts, rng.choice(("-", "")))]


def homophone(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    parts = _name_parts(entity, chinese, rng)
    flat = [(i, j) for i, p in enumerate(parts) for j in range(len(p))]
    characters = _DOTS.sub("", chinese)
    if len(characters) != len(flat):
        return []
    rng.shuffle(flat)
    for i, j in flat:
        position = sum(len(p) for p in parts[:i]) + j
        options = list(other_readings(characters[position])) + near_homophones(parts[i][j])
        if options:
            parts[i][j] = rng.choice(options)
            return [_write(parts, rng.choice(("", "", "-")))]
    return []


def korean(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    return (
        korean_variants(entity.english, rng)[:2]
        if entity.country in KOREAN and entity.type == "person"
        else []
    )


def japanese(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    return (
        japanese_variants(entity.english, rng)[:2]
        if entity.country in JAPANESE and entity.type == "person"
        else []
    )


def half_pinyin(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    """One part of the house name, the other part's characters in pinyin, family name first."""
    words = entity.english.split()
    if entity.type != "person" or entity.country not in KOREAN | JAPANESE or len(words) != 2:
        return []
    family, given = (words[1], words[0]) if entity.country in JAPANESE else (words[0], words[1])
    parts = _name_parts(entity, chinese, rng)
    if len(parts) != 2:
        return []
    if rng.random() < 0.5:
        return [f"{family} {''.join(parts[1]).capitalize()}"]
    return [f"{''.join(parts[0]).capitalize()} {given}"]


def back_transliterated(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    if is_character_name(entity):
        return []
    return [_write([list(w) for w in pinyin_words(chinese)], rng.choice(("", "", "", " ")))]


def respelled(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    if is_character_name(entity):
        return []
    name = entity.english
    options = [(m.start(), old, new) for old, new in RESPELLINGS for m in re.finditer(old, name)]
    if not options:
        return []
    found = []
    for _ in range(2):
        at, old, new = rng.choice(options)
        found.append(name[:at] + new + name[at + len(old) :])
    return found


def respaced(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    """A hyphen moved, dropped or made a space, or the part after it capitalized ("Tsai Ing Wen",
    "Tsai Ingwen", "Tsai Ing-Wen"); a three-word character name's given name joined or hyphenated."""
    name = entity.english
    if "-" in name:
        head, _, tail = name.partition("-")
        return [
            rng.choice(
                (f"{head} {tail.capitalize()}", f"{head}{tail.lower()}", f"{head}-{tail.capitalize()}")
            )
        ]
    words = name.split()
    if len(words) == 3 and is_character_name(entity):
        return [f"{words[0]} {words[1]}{rng.choice(('-', ''))}{words[2].lower()}"]
    return []


def truncated(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    parts = _name_parts(entity, chinese, rng) if is_character_name(entity) else []
    if sum(len(p) for p in parts) >= 3:
        longest = max(range(len(parts)), key=lambda i: len(parts[i]))
        parts[longest].pop(rng.randrange(1, len(parts[longest])))
        return [_write(parts, "")]
    words = entity.english.split()
    if len(words[-1]) >= 7:
        words[-1] = words[-1][: -rng.randint(1, 3)]
        return [" ".join(words)]
    return []


def typo(entity: NameEntity, chinese: str, rng: random.Random) -> list[str]:
    base = entity.english
    if is_character_name(entity) and rng.random() < 0.5 and (joined := pinyin_joined(entity, chinese, rng)):
        base = joined[0]
    letters = [i for i, c in enumerate(base) if c.isalpha() and i > 0]
    if len(letters) < 4:
        return []
    at = rng.choice(letters)
    match rng.randrange(4):
        case 0:
            return [base[:at] + base[at + 1 :]]
        case 1:
            return [base[:at] + base[at] + base[at:]]
        case 2 if at + 1 < len(base) and base[at + 1].isalpha():
            return [base[:at] + base[at + 1] + base[at] + base[at + 2 :]]
        case _:
            lower = base[at].lower()
            near = KEYBOARD_NEIGHBOURS.get(lower) or rng.choice(string.ascii_lowercase)
            return [base[:at] + near + base[at + 1 :]]


KINDS: dict[str, Callable[[NameEntity, str, random.Random], list[str]]] = {
    "pinyin-joined": pinyin_joined,
    "pinyin-spaced": pinyin_spaced,
    "pinyin-hyphenated": pinyin_hyphenated,
    "wade-giles": wade_giles_spelling,
    "mixed": mixed,
    "homophone": homophone,
    "korean": korean,
    "japanese": japanese,
    "half-pinyin": half_pinyin,
    "back-transliterated": back_transliterated,
    "respelled": respelled,
    "respaced": respaced,
    "truncated": truncated,
    "typo": typo,
}


def renderings(
    entity: NameEntity, rng: random.Random, kinds: tuple[str, ...] = tuple(KINDS)
) -> Iterator[Rendering]:
    """One try of every kind in ``kinds`` on the entity, each from a Chinese form drawn at random; only
    surfaces that differ from the entity's own name (in letters or spacing) are kept."""
    seen = {entity.english}
    for kind in kinds:
        chinese = rng.choice(entity.chinese) if entity.chinese else ""
        if chinese and not pinyin_words(chinese):
            continue
        for surface in KINDS[kind](entity, chinese, rng):
            if surface not in seen and english_key(surface) and len(surface) <= 60:
                seen.add(surface)
                yield Rendering(surface, kind, chinese)
