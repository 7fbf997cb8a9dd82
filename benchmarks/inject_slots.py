"""Where a person's name stands in the carrier text: the slots the names benchmark writes names into.

Two kinds: a Western person's full name that Chinese Wikipedia's name-conversion groups list as a person
(``../shared/data/names/cgroups_zhwiki.tsv``), and a Chinese name already in pinyin (a common surname and
a given name made of pinyin syllables). Each slot records the word before it, because a capitalized word
there (a title, an acronym, an organization, the start of a sentence) is its own benchmark family.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin

from benchmarks.common import SHARED, require
from benchmarks.inject_carriers import corpus

NAMES = SHARED / "data" / "names"
TITLES = frozenset(
    "President Premier Chairman Chairwoman Chair Minister Mayor Governor Secretary Speaker Senator "
    "Legislator Spokesman Spokeswoman Spokesperson Ambassador General Chancellor Director Commissioner "
    "Leader Representative Envoy Judge Justice Prince King Queen Professor Dr Mr Mrs Ms Coach Captain".split()
)
# The commonest Chinese surnames in pinyin: a capitalized word from this list followed by pinyin
# syllables is a Chinese name as mainland news writes it.
PINYIN_SURNAMES = frozenset(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie "
    "Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding "
    "Ren Shen Yao Jin Fu Qin Xi Meng Qian Bai Kong Mao Hou Shao Zou Xiong Jia Wan Lei Yan Shi Qiu Qi".split()
)
# Words that mark a row of the name-conversion groups as a club, a place, an office or an event, though
# typed "person" there (the groups' types are rough): such rows are not person slots.
NOT_NAME_WORDS = frozenset(
    "The Arabia Villa General Festival Munich Trafford Prince Princess Conference Minister Chargers Queen "
    "Camp Nou Hotspur Capitals Beach Romeo Timbers War Bowl Day Sociedad Nets Betis Saint-Germain Hills "
    "Administration Reporter Beatles Calcio Laurent Pen Horn Pop".split()
)
_CAPITALIZED_RUN = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+")
_PINYIN_NAME = re.compile(r"\b([A-Z][a-z]{1,5}) ([A-Z][a-z]{1,11})\b")


@dataclass(frozen=True, slots=True)
class Slot:
    """A person's name in line ``index`` of a carrier file, characters ``start:end`` of that line."""

    file: str
    index: int
    start: int
    end: int
    name: str
    kind: str  # "western" or "pinyin"
    before: str  # what stands before the name: title, acronym, capitalized, sentence-start, lowercase


@functools.cache
def pinyin_syllables_inventory() -> frozenset[str]:
    """Every toneless pinyin syllable, read off the CJK Unified Ideographs block."""
    characters = "".join(chr(c) for c in range(0x4E00, 0x9FA6))
    return frozenset(lazy_pinyin(characters, style=Style.NORMAL, v_to_u=True)) - {""}


def _is_pinyin_word(word: str, inventory: frozenset[str]) -> bool:
    """Whether the word splits into one or two pinyin syllables (Jinping, Yi, Wenbin)."""
    word = word.lower()
    if word in inventory:
        return True
    return any(word[:i] in inventory and word[i:] in inventory for i in range(1, len(word)))


@functools.cache
def western_people() -> frozenset[str]:
    """Full names of people in the name-conversion groups, less rows that are clubs, places or offices."""
    path = require(NAMES / "cgroups_zhwiki.tsv")
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    not_people = {r["english"] for r in rows if r["type"] in ("place", "organization")}
    return frozenset(
        r["english"]
        for r in rows
        if r["type"] == "person"
        and " " in r["english"]
        and r["english"] not in not_people
        and not NOT_NAME_WORDS & set(r["english"].split())
    )


def classify_before(line: str, start: int) -> str:
    """What stands right before a name at ``start``: the segmentation context of the name."""
    before = line[:start].rstrip()
    if not before or before[-1] in ".!?:\"“‘'":
        return "sentence-start"
    word = re.split(r"[\s(]", before)[-1]
    if word.isupper() and len(word) > 1 and word.isalpha():
        return "acronym"
    if word[:1].isupper() and word.strip(".") in TITLES:
        return "title"
    if word[:1].isupper():
        return "capitalized"
    return "lowercase"


def _western_slots(file: str, index: int, line: str, people: frozenset[str]) -> list[Slot]:
    """Known Western full names in a line, longest first, not overlapping."""
    found: list[Slot] = []
    for run in _CAPITALIZED_RUN.finditer(line):
        words = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"\S+", run.group())]
        for size in (3, 2):
            for i in range(len(words) - size + 1):
                start, end = words[i][0], words[i + size - 1][1]
                free = not any(s.start < end and start < s.end for s in found)
                if free and line[start:end] in people:
                    found.append(
                        Slot(
                            file, index, start, end, line[start:end], "western", classify_before(line, start)
                        )
                    )
    return found


def _pinyin_slots(file: str, index: int, line: str, taken: list[Slot]) -> list[Slot]:
    """Chinese names in pinyin in a line, where no Western name was found."""
    inventory = pinyin_syllables_inventory()
    return [
        Slot(file, index, m.start(), m.end(), m.group(), "pinyin", classify_before(line, m.start()))
        for m in _PINYIN_NAME.finditer(line)
        if m.group(1) in PINYIN_SURNAMES
        and _is_pinyin_word(m.group(2), inventory)
        and not any(s.start < m.end() and m.start() < s.end for s in taken)
    ]


@functools.cache
def slots() -> tuple[Slot, ...]:
    """Every person slot in the carrier corpus, in corpus order."""
    people = western_people()
    found: list[Slot] = []
    for file, lines in corpus():
        for index, line in enumerate(lines):
            western = _western_slots(file, index, line, people)
            found += western + _pinyin_slots(file, index, line, western)
    return tuple(found)
