"""The fold of Traditional onto Simplified characters (:mod:`translit.source.script`): the table worked
out in one call of OpenCC folds every character as OpenCC folds it alone."""

from __future__ import annotations

from translit.source import script


def test_the_table_folds_each_character_as_it_is_folded_alone() -> None:
    table, _ = script._plane_folds()
    ranges = [(0x3400, 0x9FFF), (0xF900, 0xFAFF)]  # the Chinese characters of the plane (facts.CJK_CLASS)
    characters = [chr(code) for first, last in ranges for code in range(first, last + 1)]
    assert all(table.get(ord(c), c) == script._fold_character(c) for c in characters)
    assert len(table) > 1000  # the plane holds thousands of Traditional characters


def test_fold_keeps_every_offset_and_folds_beyond_the_plane_too() -> None:
    assert script.fold("烏東的陳茂波, Hong Kong") == "乌东的陈茂波, Hong Kong"
    assert script.fold("Kyiv “Київ”") == "Kyiv “Київ”"
    beyond = "\U00020000烏東"  # a character beyond the plane: folded one by one
    assert script.fold(beyond) == "\U00020000乌东"
    assert len(script.fold(beyond)) == len(beyond)
