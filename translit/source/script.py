"""Fold Traditional Chinese onto Simplified, one character at a time: 烏東 and 乌东 meet as 乌东.

A fold, like case folding, not a conversion: the gazetteer's forms and the source are folded the same
way and compared, so consistency is all that matters, and folding character by character keeps every
offset into the folded text an offset into the source. OpenCC's phrase tables would convert 乾隆 and
乾燥 differently; the fold maps 乾 one way in both, which is harmless for matching.
"""

from __future__ import annotations

import functools

from translit.gazetteer.facts import is_all_chinese

#: Characters folded so far (a text has a few thousand distinct ones at most; the process keeps them).
_FOLDED: dict[str, str] = {}
#: The same, as a translation table of the characters that change.
_TABLE: dict[int, str] = {}


def fold(text: str) -> str:
    """``text`` with every Traditional character replaced by its Simplified one; same length.

    >>> fold("烏東的陳茂波, Hong Kong")
    '乌东的陈茂波, Hong Kong'
    """
    for character in set(text).difference(_FOLDED):
        folded = _FOLDED[character] = _fold_character(character)
        if folded != character:
            _TABLE[ord(character)] = folded
    return text.translate(_TABLE)


def _fold_character(character: str) -> str:
    if not is_all_chinese(character):
        return character
    folded = _converter().convert(character)
    return folded if len(folded) == 1 else character


@functools.cache
def _converter():  # type: ignore[no-untyped-def]
    import opencc  # imported on first use: only a run with a source needs it

    return opencc.OpenCC("t2s")
