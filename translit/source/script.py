"""Fold Traditional Chinese onto Simplified, one character at a time: 烏東 and 乌东 meet as 乌东.

A fold, like case folding, not a conversion: the gazetteer's forms and the source are folded the same
way and compared, so consistency is all that matters, and folding character by character keeps every
offset into the folded text an offset into the source. OpenCC's phrase tables would convert 乾隆 and
乾燥 differently; the fold maps 乾 one way in both, which is harmless for matching.
"""

from __future__ import annotations

import functools
from typing import Any

from translit.gazetteer.facts import is_all_chinese

#: Characters folded so far (a text has a few thousand distinct ones at most; the process keeps them).
_FOLDED: dict[str, str] = {}
#: Those of them that fold to another character.
_CHANGED: set[str] = set()


def fold(text: str) -> str:
    """``text`` with every Traditional character replaced by its Simplified one; same length.

    >>> fold("烏東的陳茂波, Hong Kong")
    '乌东的陈茂波, Hong Kong'
    """
    characters = set(text)
    for character in characters.difference(_FOLDED):
        folded = _FOLDED[character] = _fold_character(character)
        if folded != character:
            _CHANGED.add(character)
    changed = characters & _CHANGED
    if not changed:
        return text  # a Simplified (or English) text, the usual case, is returned as it is
    return text.translate({ord(c): _FOLDED[c] for c in changed})


def _fold_character(character: str) -> str:
    if not is_all_chinese(character):
        return character
    folded = _converter().convert(character)
    return folded if len(folded) == 1 else character


@functools.cache
def _converter() -> Any:  # an opencc.OpenCC, which ships no type information
    import opencc  # imported on first use: only a run with a source needs it

    return opencc.OpenCC("t2s")
