"""Build ``glossaries/derived/gazetteer.tsv.gz``: what a build derives from the built-in tables.

    python -m tools.build_gazetteer_table

The table holds the built-in gazetteer's entries, pinyin keys, indexed forms and collisions as a build
from ``glossaries/`` makes them (:mod:`translit.gazetteer.prebuilt`), under the key of the tables and of
the code that builds a gazetteer, so that a start with an empty cache need not derive them. Rebuild it
after changing a built-in table, the word or pinyin table, or any module of ``translit/gazetteer``:
``tests/test_gazetteer_table.py`` fails until then (and translit builds from the tables meanwhile).
The content is the built-in tables' own (see glossaries/README.md for their sources and licences).
"""

from __future__ import annotations

from pathlib import Path

from tools.gzip_table import write_table
from translit.gazetteer import prebuilt
from translit.gazetteer.cache import table_key
from translit.gazetteer.gazetteer import Gazetteer

GLOSSARIES = Path(__file__).resolve().parents[1] / "glossaries"


def table_lines(built: Gazetteer, key: str) -> list[str]:
    """The table's lines for ``built`` (a build of the tables that ``key`` names)."""
    parts = prebuilt.Parts(
        list(built.entries.values()), built.raw_keys, built.keys, built._forms, built.collisions
    )
    comments = [
        "The built-in gazetteer as a build derives it from glossaries/ (python -m tools.build_gazetteer_table);",
        "the key names the code and tables it was built from (translit.gazetteer.prebuilt).",
    ]
    return prebuilt.lines(parts, key, comments)


def main() -> None:
    lines = table_lines(Gazetteer.load(GLOSSARIES), table_key(GLOSSARIES))
    write_table(GLOSSARIES / prebuilt.TABLE, lines, f"{len(lines)} lines")


if __name__ == "__main__":
    main()
