"""What the name model reads and writes, stated once for training and run time alike.

One character-level model, two tasks, told apart by the first characters of the input:

* ``render`` (the channel, P(S | entity)): ``"R|Paul Chan = chen mao bo"`` -> ``"Chen Maobo"``. The
  input is the entity's canonical English name and, where it has a Chinese form, that form's toneless
  pinyin (syllables spaced, words of a transliterated name split by ``/``); the target is a surface
  form MT writes for it. Without a Chinese form the input is the name alone (``"R|Andriy Yermak"``).
* ``name`` (the direct direction, P(C | S), for generating candidates): ``"N|Chen Maobo"`` ->
  ``"Paul Chan"``.

The pinyin is computed here (pypinyin, already a translit dependency) rather than left to the model:
it spares a small model learning thousands of characters' readings from a hundred thousand names, and
keeps the input short. The Chinese form is what the entity is written as; when the source text is
known (the span's aligned Chinese), that form is the one to give.
"""

from __future__ import annotations

import functools
import re

from translit.gazetteer.facts import is_all_chinese

RENDER, NAME = "R|", "N|"
#: Separators inside transliterated foreign names (弗拉基米爾·普京) that split the pinyin into words.
NAME_DOTS = "·•・‧．-‐‑"
_WORD_SPLIT = re.compile(f"[{re.escape(NAME_DOTS)}]+")


@functools.lru_cache(maxsize=200_000)
def pinyin_words(chinese: str) -> tuple[tuple[str, ...], ...]:
    """The toneless pinyin of a Chinese form, word by word, or ``()`` when a character has no reading.

    >>> pinyin_words("弗拉基米爾·普京")
    (('fu', 'la', 'ji', 'mi', 'er'), ('pu', 'jing'))
    """
    from pypinyin import Style, lazy_pinyin

    words = []
    for part in _WORD_SPLIT.split(chinese):
        if not part:
            continue
        if not is_all_chinese(part):
            return ()
        syllables = tuple(s.replace("ü", "u") for s in lazy_pinyin(part, style=Style.NORMAL, v_to_u=True))
        if not syllables or not all(s.isascii() and s.isalpha() for s in syllables):
            return ()
        words.append(syllables)
    return tuple(words)


def pinyin_text(chinese: str) -> str:
    """``"陳茂波"`` -> ``"chen mao bo"``; ``""`` when the form has no reading."""
    return " / ".join(" ".join(word) for word in pinyin_words(chinese))


def render_input(canonical: str, chinese: str | None = None) -> str:
    """The channel input for an entity, with the pinyin of one of its Chinese forms when given."""
    reading = pinyin_text(chinese) if chinese else ""
    return f"{RENDER}{canonical} = {reading}" if reading else f"{RENDER}{canonical}"


def name_input(surface: str) -> str:
    """The direct-direction input for a surface form."""
    return f"{NAME}{surface}"
