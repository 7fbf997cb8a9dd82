"""Read gazetteer and abbreviation tables from TSV files, validating every line.

The format is documented in ``glossaries/README.md``. Errors name the file and the line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from translit.errors import GlossaryError
from translit.gazetteer.abbreviations import Abbreviation
from translit.gazetteer.entry import ENTITY_TYPES, Entry
from translit.gazetteer.renderings import RENDERING_TYPES, Rendering
from translit.gazetteer.wordings import WordingError, expand

ENTRY_COLUMNS = (
    "id", "canonical", "type", "country", "region", "short", "alternates",
    "variants", "chinese", "mentions", "protected", "source", "notes", "literal",
)  # fmt: skip
REQUIRED_ENTRY_COLUMNS = ("id", "canonical", "type")
LIST_COLUMNS = ("short", "alternates", "variants", "chinese", "mentions", "protected", "literal")
ABBREVIATION_COLUMNS = ("chinese", "romanizations", "entities", "nouns", "adjectives", "notes")
RENDERING_COLUMNS = (
    "chinese", "renderings", "english", "type", "entity", "context", "unless", "modifier", "notes",
)  # fmt: skip
#: Columns that, when filled, hold one value per entity.
PARALLEL_COLUMNS = ("nouns", "adjectives")


def read_entries(path: Path) -> list[Entry]:
    """Parse an entity table; raise :class:`GlossaryError` at the first bad line."""
    entries: dict[str, Entry] = {}
    first_lines: dict[str, int] = {}
    # One name, type and country is one entity: two entries would make every mention ambiguous, and the
    # rules leave ambiguous mentions alone, so the glossary would silently stop working for that name.
    named: dict[tuple[str, str, str], str] = {}
    for line_number, row in _read_rows(path, ENTRY_COLUMNS, REQUIRED_ENTRY_COLUMNS):
        entry = _entry_from_row(path, line_number, row)
        if entry.id in entries:
            raise GlossaryError(
                path, line_number, f"duplicate id {entry.id!r} (first on line {first_lines[entry.id]})"
            )
        key = (entry.canonical, entry.type, entry.country)
        if key in named:
            raise GlossaryError(
                path,
                line_number,
                f"duplicate canonical name {entry.canonical!r}: entry {named[key]!r} (line "
                f"{first_lines[named[key]]}) is the same {entry.type}; merge the two entries",
            )
        entries[entry.id] = entry
        first_lines[entry.id] = line_number
        named[key] = entry.id
    return list(entries.values())


def write_entries(path: Path, entries: Iterable[Entry], comment: str) -> int:
    """Write an entity table (with a ``#`` comment line first); return how many entries it holds."""
    lines = [f"# {comment}", "\t".join(ENTRY_COLUMNS)]
    for entry in entries:
        cells = []
        for column in ENTRY_COLUMNS:
            value = getattr(entry, column)
            cell = "|".join(value) if column in LIST_COLUMNS else value
            cells.append(" ".join(cell.replace("\t", " ").split()))
        lines.append("\t".join(cells))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 2


def read_abbreviations(path: Path) -> list[Abbreviation]:
    """Parse an abbreviation table; raise :class:`GlossaryError` at the first bad line."""
    abbreviations = []
    for line_number, row in _read_rows(path, ABBREVIATION_COLUMNS, ("chinese", "entities")):
        romanizations = _split_list(row.get("romanizations") or "")
        entities = _split_list(row["entities"])
        if not entities:
            raise GlossaryError(path, line_number, "an abbreviation needs at least one entity id")
        if len(row["chinese"]) not in (1, 2):
            message = f"{row['chinese']!r}: an abbreviation is one character, a pair compound two"
            raise GlossaryError(path, line_number, message)
        if len(row["chinese"]) == 2 and len(entities) != 2:
            raise GlossaryError(path, line_number, "a pair compound needs two entity ids, one per character")
        lists = {column: _split_list(row.get(column) or "") for column in PARALLEL_COLUMNS}
        for column, values in lists.items():
            if values and len(values) != len(entities):
                message = f"{len(values)} {column} for {len(entities)} entities; give one per entity"
                raise GlossaryError(path, line_number, message)
        abbreviations.append(
            Abbreviation(row["chinese"], romanizations, entities, **lists, notes=row.get("notes") or "")
        )
    return abbreviations


def read_renderings(path: Path) -> list[Rendering]:
    """Parse a renderings table (how MT renders Chinese terms); raise :class:`GlossaryError` at the
    first bad line."""
    renderings = []
    required = ("chinese", "renderings", "english", "type", "entity")
    for line_number, row in _read_rows(path, RENDERING_COLUMNS, required):
        if row["type"] not in RENDERING_TYPES:
            message = f"unknown type {row['type']!r}; use one of {', '.join(sorted(RENDERING_TYPES))}"
            raise GlossaryError(path, line_number, message)
        renderings.append(
            Rendering(
                chinese=row["chinese"],
                renderings=_split_list(row["renderings"]),
                english=row["english"],
                type=row["type"],
                entity=row["entity"],
                context=_split_list(row.get("context") or ""),
                unless=_split_list(row.get("unless") or ""),
                modifier=row.get("modifier") or "",
                notes=row.get("notes") or "",
            )
        )
    return renderings


def _entry_from_row(path: Path, line_number: int, row: dict[str, str]) -> Entry:
    if row["type"] not in ENTITY_TYPES:
        raise GlossaryError(
            path, line_number, f"unknown type {row['type']!r}; use one of {', '.join(sorted(ENTITY_TYPES))}"
        )
    if " " in row["id"] or row["id"] != row["id"].lower():
        raise GlossaryError(path, line_number, f"id {row['id']!r} must be lower-case without spaces")
    values: dict[str, Any] = {column: row.get(column) or "" for column in ENTRY_COLUMNS}
    for column in LIST_COLUMNS:
        values[column] = _split_list(values[column])
    for pattern in values["literal"]:
        try:
            expand(pattern)  # a pattern that cannot be read is the glossary's error, on its line
        except WordingError as error:
            raise GlossaryError(path, line_number, f"literal: {error}") from error
    return Entry(**values)


def _read_rows(
    path: Path, columns: tuple[str, ...], required: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise GlossaryError(path, None, f"cannot read glossary: {error.strerror}") from error
    except UnicodeDecodeError as error:
        bad_line = path.read_bytes()[: error.start].count(b"\n") + 1
        raise GlossaryError(path, bad_line, "not valid UTF-8; save the glossary as UTF-8") from error
    text = text.removeprefix("\ufeff")  # a byte-order mark, as Excel's "CSV UTF-8" writes one
    lines = [(number, line) for number, line in enumerate(text.splitlines(), start=1)]
    content = [(n, line) for n, line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not content:
        raise GlossaryError(path, None, "empty glossary: expected a header line")
    header_number, header_line = content[0]
    header = header_line.split("\t")
    unknown = [name for name in header if name not in columns]
    if unknown:
        raise GlossaryError(
            path, header_number, f"unknown column {unknown[0]!r}; columns are: {', '.join(columns)}"
        )
    missing = [name for name in required if name not in header]
    if missing:
        raise GlossaryError(path, header_number, f"missing required column {missing[0]!r}")
    for line_number, line in content[1:]:
        cells = (
            line.split("\t") if len(line) <= csv.field_size_limit() else _csv_cells(path, line_number, line)
        )
        if len(cells) > len(header):
            raise GlossaryError(
                path, line_number, f"{len(cells)} fields but the header has {len(header)} columns"
            )
        row = dict(zip(header, map(str.strip, cells)))
        for name in required:
            if not row.get(name):
                raise GlossaryError(path, line_number, f"empty required field {name!r}")
        yield line_number, row


def _csv_cells(path: Path, line_number: int, line: str) -> list[str]:
    """A line's cells as the csv module reads them, or its error for a cell over its size limit (128 KiB).

    A line no longer than that limit is split at tabs instead, several times faster and to the same cells:
    the tables are unquoted, and a line of ``splitlines`` holds no line break.
    """
    try:
        return next(csv.reader(io.StringIO(line), delimiter="\t", quoting=csv.QUOTE_NONE))
    except csv.Error as error:
        raise GlossaryError(
            path, line_number, f"cannot read the line ({error}); a cell holds names"
        ) from None


def _split_list(cell: str) -> tuple[str, ...]:
    if "|" not in cell:  # most cells: a single value or none, 300,000 of them in the built-in tables
        return (value,) if (value := cell.strip()) else ()
    return tuple(part.strip() for part in cell.split("|") if part.strip())
