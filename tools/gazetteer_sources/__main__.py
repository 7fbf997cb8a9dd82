"""``python -m tools.gazetteer_sources [GLOSSARY_FOLDER]``: rebuild the generated tables.

Run from the repository root; the default folder is the repository's ``glossaries/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.gazetteer_sources.build import build_tables

#: The shipped tables: ``glossaries/`` at the root of the repository these tools live in.
REPOSITORY_GLOSSARIES = Path(__file__).resolve().parents[2] / "glossaries"


def main(arguments: list[str]) -> None:
    folder = Path(arguments[0]) if arguments else REPOSITORY_GLOSSARIES
    for source, count in build_tables(folder).items():
        print(f"{source}\t{count}")


if __name__ == "__main__":
    main(sys.argv[1:])
