"""Fold Traditional Chinese onto Simplified, one character at a time: 烏東 and 乌东 meet as 乌东.

A fold, like case folding, not a conversion: the gazetteer's forms and the source are folded the same
way and compared, so consistency is all that matters, and folding character by character keeps every
offset into the folded text an offset into the source. OpenCC's phrase tables would convert 乾隆 and
乾燥 differently; the fold maps 乾 one way in both, which is harmless for matching.

The folds of the Chinese characters of the Basic Multilingual Plane (about 28,000, 4,000 of which
change) are worked out at first use, in one call of OpenCC (a few milliseconds), so that a text is folded
by one regular-expression search (most sources: nothing to fold) and one ``str.translate``; a text with a
character beyond that plane is folded character by character.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from translit.gazetteer.facts import CJK_CLASS, is_all_chinese

#: Characters folded one by one so far (a text has a few thousand distinct ones at most; the process
#: keeps them): only for texts with a Chinese character beyond the Basic Multilingual Plane.
_FOLDED: dict[str, str] = {}
#: Those of them that fold to another character.
_CHANGED: set[str] = set()
#: Chinese characters beyond the Basic Multilingual Plane.
_ASTRAL_CHINESE = re.compile(
    "[" + "".join(f"{a}-{b}" for a, b in re.findall("(.)-(.)", CJK_CLASS) if b > "\uffff") + "]"
)


def fold(text: str) -> str:
    """``text`` with every Traditional character replaced by its Simplified one; same length.

    >>> fold("烏東的陳茂波, Hong Kong")
    '乌东的陈茂波, Hong Kong'
    """
    table, folding = _plane_folds()
    if folding.search(text) is None:
        return text  # a Simplified (or English) text, the usual case, is returned as it is
    if _ASTRAL_CHINESE.search(text) is None:
        return text.translate(table)
    return _fold_each(text)


def _fold_each(text: str) -> str:
    """:func:`fold`, character by character, remembering each character's fold."""
    characters = set(text)
    for character in characters.difference(_FOLDED):
        folded = _FOLDED[character] = _fold_character(character)
        if folded != character:
            _CHANGED.add(character)
    changed = characters & _CHANGED
    if not changed:
        return text
    return text.translate({ord(c): _FOLDED[c] for c in changed})


@functools.cache
def _plane_folds() -> tuple[dict[int, str], re.Pattern[str]]:
    """The folds of the Chinese characters of the Basic Multilingual Plane that change, as a
    ``str.translate`` table, and a pattern that finds a character that may fold: one of those, or a
    Chinese character beyond the plane."""
    ranges = [(ord(a), ord(b)) for a, b in re.findall("(.)-(.)", CJK_CLASS) if b <= "\uffff"]
    characters = [chr(code) for first, last in ranges for code in range(first, last + 1)]
    # one character a line: OpenCC's phrases never span a line break, so each line is folded alone
    lines = _converter().convert("\n".join(characters)).split("\n")
    if len(lines) != len(characters):  # a fold of more than one line: fold one by one
        lines = [_fold_character(character) for character in characters]
    table = {
        ord(character): folded
        for character, folded in zip(characters, lines)
        if folded != character and len(folded) == 1 and is_all_chinese(character)
    }
    may_fold = "".join(map(chr, table)) + _ASTRAL_CHINESE.pattern[1:-1]
    return table, re.compile(f"[{may_fold}]")


def _fold_character(character: str) -> str:
    if not is_all_chinese(character):
        return character
    folded = _converter().convert(character)
    return folded if len(folded) == 1 else character


@functools.cache
def _converter() -> Any:  # an opencc.OpenCC, which ships no type information
    import opencc  # imported on first use: only a run with a source needs it

    return opencc.OpenCC("t2s")
