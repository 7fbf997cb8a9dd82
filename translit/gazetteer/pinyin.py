"""Toneless pinyin syllables of Chinese strings, as pypinyin reads them, from a table shipped with translit.

Reading the Chinese forms of the built-in tables with pypinyin (its phrase dictionary, some 50,000
calls) was half of a cold gazetteer build, about 2 s of CPU. The table
(``glossaries/derived/pinyin-syllables.tsv.gz``, built by ``python -m tools.build_pinyin_table``) holds
pypinyin's reading of every string the built-in tables can ask about, for their keys and for the names
index (:mod:`translit.names`: the parts of names, read on their own), so a build asks pypinyin only
about the Chinese forms of user glossaries and need not import it (~0.15 s) otherwise;
``tests/test_pinyin_table.py`` checks that the table is what pypinyin reads, for exactly those strings.
"""

from __future__ import annotations

import functools
from typing import Any

from translit.gazetteer.bulk import paused_garbage_collection
from translit.gazetteer.paths import shipped_table_text

TABLE = "derived/pinyin-syllables.tsv.gz"


@functools.cache
def syllables(chinese: str) -> tuple[str, ...]:
    """Toneless syllables, ü written as MT writes it (u), or () when a character has no reading."""
    return tuple(s.replace("ü", "u") for s in pinyin_syllables(chinese))


@functools.cache
def pinyin_syllables(chinese: str) -> tuple[str, ...]:
    """Toneless syllables as pinyin writes them (lü), or () when a character has no reading."""
    shipped = shipped_syllables().get(chinese)
    return tuple(shipped.split()) if shipped is not None else read_syllables(chinese)


def read_syllables(chinese: str) -> tuple[str, ...]:
    """:func:`pinyin_syllables` as pypinyin reads them (what the shipped table holds)."""
    from pypinyin import Style, lazy_pinyin  # here: importing it loads its phrase dictionary, ~0.3 s

    read = lazy_pinyin(chinese, style=Style.NORMAL, errors=_no_reading)  # ü written v
    if any(not s or not s.isascii() or not s.isalpha() for s in read):
        return ()
    return tuple(s.replace("v", "ü") for s in read)


@functools.cache
def shipped_syllables() -> dict[str, str]:
    """Chinese string -> its syllables joined by spaces ("" where a character has no reading)."""
    text = shipped_table_text(TABLE)
    with paused_garbage_collection():
        cells = text.replace("\t", "\n").split("\n")[:-1]  # string, syllables, string, ...; ends in \n
        return dict(zip(cells[0::2], cells[1::2], strict=True))


def _no_reading(characters: str) -> Any:
    """What pypinyin gives for characters it cannot read: one empty syllable each (its documented
    callback may return a list, though its type stub says str)."""
    return [""] * len(characters)
