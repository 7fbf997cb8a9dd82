"""The name tables of ``shared/data/names`` (Chinese Wikipedia's conversion groups, JMnedict, CedPane).

All three share one format (see the folder's README): ``source_id``, ``english``, ``chinese_forms``,
``type``, ``country``, ``description``, ``english_alt``, ``variants``, lists separated by ``|``. They are
read from ``$TRANSLIT_SHARED/data/names``, else from ``shared/`` beside the repository.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_REPOSITORY = Path(__file__).resolve().parents[2]


@dataclass(frozen=True, slots=True)
class NameRow:
    """One row of a name table, its lists split."""

    source_id: str
    english: str
    chinese: tuple[str, ...]
    type: str  # person, place, organization or other, as the table's maker guessed it
    country: str = ""
    description: str = ""
    english_alt: tuple[str, ...] = ()


def names_file(name: str) -> Path:
    """The path of one name table; a clear error when the shared data is not there."""
    shared = Path(os.environ.get("TRANSLIT_SHARED", _REPOSITORY.parent / "shared"))
    path = shared / "data" / "names" / name
    if not path.is_file():
        raise SystemExit(f"error: {path} not found; set TRANSLIT_SHARED to the shared/ folder")
    return path


def read_name_rows(path: Path) -> Iterator[NameRow]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield NameRow(
                source_id=row["source_id"],
                english=row["english"].strip(),
                chinese=_split(row["chinese_forms"]),
                type=row["type"],
                country=row["country"],
                description=row["description"],
                english_alt=_split(row["english_alt"]),
            )


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())
