"""Build ``glossaries/derived/pinyin-syllables.tsv.gz``: pypinyin's reading of the built-in Chinese forms.

    python -m tools.build_pinyin_table

The table holds, for every Chinese form of the built-in entity tables, the toneless syllables pypinyin
reads in each string the pinyin keys are made of (:func:`translit.gazetteer.keys.pinyin_strings`) and in
each string the names index reads (parts of names: found by building the index and recording what it
asks), so that a gazetteer build need not run pypinyin on them (:mod:`translit.gazetteer.pinyin`). Rebuild it after
changing a table's Chinese forms or upgrading pypinyin: ``tests/test_pinyin_table.py`` fails until then.
The readings are pypinyin's (MIT licence; see glossaries/README.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

from tools.gzip_table import write_table
from translit.gazetteer import pinyin
from translit.gazetteer.entry import Entry
from translit.gazetteer.gazetteer import table_files
from translit.gazetteer.keys import pinyin_strings
from translit.gazetteer.loader import read_entries
from translit.gazetteer.pinyin import TABLE, read_syllables

GLOSSARIES = Path(__file__).resolve().parents[1] / "glossaries"


def readings(folder: Path) -> dict[str, str]:
    """Each string the keys of ``folder``'s Chinese forms are made of, and each its names index reads ->
    its syllables joined by spaces ("" where a character has no reading), sorted by string."""
    entity_files, _ = table_files(folder)
    entries = [entry for path in entity_files for entry in read_entries(path)]
    strings = {string for entry in entries for chinese in entry.chinese for string in pinyin_strings(chinese)}
    strings |= read_by_names_index(entries)
    unwritable = [s for s in strings if s.startswith("#") or any(c in s for c in "\t\n\r")]
    if unwritable:  # such a row would read back as a comment or as two cells
        raise ValueError(f"a Chinese form the table cannot hold: {unwritable[0]!r}")
    return {string: " ".join(read_syllables(string)) for string in sorted(strings)}


def read_by_names_index(entries: Iterable[Entry]) -> set[str]:
    """The strings whose syllables a names index of ``entries`` reads: its build, recorded."""
    from translit.names.index import NameIndex  # here: translit.names reads the gazetteer package

    asked: set[str] = set()
    reading = pinyin.pinyin_syllables

    def recorded(chinese: str) -> tuple[str, ...]:
        asked.add(chinese)
        return reading(chinese)

    pinyin.syllables.cache_clear()  # a string read before would not be asked again
    pinyin.pinyin_syllables = recorded  # type: ignore[assignment]  # syllables() reads it too
    try:
        NameIndex(entries)
    finally:
        pinyin.pinyin_syllables = reading
        pinyin.syllables.cache_clear()  # it remembers nothing wrong, but nothing recorded either
    return asked


def main() -> None:
    rows = readings(GLOSSARIES)
    lines = [f"# Toneless pinyin of the built-in Chinese forms, read by pypinyin {version('pypinyin')} (MIT)",
             "# string<TAB>syllables, ü as ü (none where a character has no reading)"]  # fmt: skip
    lines += [f"{string}\t{read}" for string, read in rows.items()]
    write_table(GLOSSARIES / TABLE, lines, f"{len(rows)} strings")


if __name__ == "__main__":
    main()
