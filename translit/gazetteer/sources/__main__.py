"""``python -m translit.gazetteer.sources [GLOSSARY_FOLDER]``: rebuild the generated tables."""

from __future__ import annotations

import sys
from pathlib import Path

from translit.gazetteer.paths import builtin_glossary_folder
from translit.gazetteer.sources.build import build_tables


def main(arguments: list[str]) -> None:
    folder = Path(arguments[0]) if arguments else builtin_glossary_folder()
    for source, count in build_tables(folder).items():
        print(f"{source}\t{count}")


if __name__ == "__main__":
    main(sys.argv[1:])
