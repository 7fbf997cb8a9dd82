"""The built-in gazetteer's tables as a build derives them, shipped: a cold start need not derive them.

A build reads ~47,000 table rows, derives their pinyin keys and runs the collision guard over every
rewritable form: about 1 s of CPU, every time a user's cache is empty. The shipped table
(``glossaries/derived/gazetteer.tsv.gz``, written by ``python -m tools.build_gazetteer_table``) holds
the result of those steps (the entries, their pinyin keys before and after the guard, the indexed forms
and the forms the guard left out), from which :meth:`Gazetteer.from_parts` makes the same gazetteer; its
indexes (the names index; the automata, when a run first needs them) are built as in any build.

The table is used only for exactly the content and code it was built from: its first line names the
hash of the built-in tables and of the code that derives what it holds (every module of this package,
and the data they read: :func:`translit.gazetteer.cache.table_key`), and a table for other code or
tables is ignored, so a build from the tables takes over (``tests/test_gazetteer_table.py`` fails until
the table is rebuilt). A table that cannot be read is
ignored too: the build from the tables is always there behind it.

Format, gzip-compressed UTF-8 lines: ``# key <hash>``, then comment lines, then four sections, each
opened by a line ``#> <name>`` and holding one line per column: its name, then its cells, separated by
tabs (a column is read with one split): ``entries`` (a column per field of :class:`Entry`, then the
pinyin keys before and after the guard; the values of a list joined by ``|``), ``forms`` (surface, entry
id, kind of its first owner, in the index's order), ``more owners`` (the same for its other owners, in
order), ``collisions`` (surface, entry id, why).
"""

from __future__ import annotations

import gzip
import itertools
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from translit.gazetteer.bulk import paused_garbage_collection
from translit.gazetteer.entry import Entry
from translit.gazetteer.form_table import FormTable
from translit.gazetteer.loader import LIST_COLUMNS

TABLE = "derived/gazetteer.tsv.gz"
ENTRY_FIELDS = Entry.__slots__
_LIST_COLUMNS = tuple(i for i, name in enumerate(ENTRY_FIELDS) if name in LIST_COLUMNS)
#: The entries' columns of few values (47,000 entries have 6 types, 8 sources, 259 countries).
_REPEATING_COLUMNS = ("type", "country", "region", "source", "notes")
_KEY_LINE, _SECTION = "# key ", "#> "
#: The sections and their columns.
_SECTIONS = {
    "entries": (*ENTRY_FIELDS, "raw keys", "keys"),
    "forms": ("surface", "entry", "kind"),
    "more owners": ("surface", "entry", "kind"),
    "collisions": ("surface", "entry", "why"),
}
#: What no cell may hold (it separates cells and lines), and what no value of a list may hold.
_CELL_SEPARATORS, _LIST_SEPARATOR = "\t\n", "|"


@dataclass(frozen=True)
class Parts:
    """What a build derives from the tables before indexing (the arguments of :meth:`Gazetteer.from_parts`)."""

    entries: list[Entry]
    raw_keys: dict[str, tuple[str, ...]]
    keys: dict[str, tuple[str, ...]]
    forms: FormTable
    collisions: dict[str, tuple[str, str]]


def read(path: Path, key: str) -> Parts | None:
    """The parts in the table at ``path`` if it was built for ``key``, else None (also when it is
    missing or cannot be read: the caller builds from the tables)."""
    try:
        # one line per column: split once, each line then at its tabs (every other cut of the text
        # copied its 20 MB again)
        lines = gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):
        return None
    if lines[0] != _KEY_LINE + key:
        return None
    try:
        with paused_garbage_collection():  # hundreds of thousands of objects, no garbage
            return _parse(_sections(lines))
    except (ValueError, KeyError, TypeError):  # a damaged table: build from the tables
        return None


def _sections(lines: list[str]) -> dict[str, dict[str, list[Any]]]:
    """Each section's columns by name, each column one line: its name, then its cells, separated by
    tabs; the comment lines before the first section are skipped."""
    sections: dict[str, dict[str, list[Any]]] = {}
    for line in lines:
        if line.startswith(_SECTION):
            columns = sections[line[len(_SECTION) :]] = {}
        elif sections and line:
            name, *cells = line.split("\t")
            columns[name] = cells
    if tuple(sections) != tuple(_SECTIONS):
        raise ValueError(f"sections {tuple(sections)}, expected {tuple(_SECTIONS)}")
    for name, columns in sections.items():
        if tuple(columns) != _SECTIONS[name] or len({len(cells) for cells in columns.values()}) != 1:
            raise ValueError(f"columns {tuple(columns)} of different lengths, expected {_SECTIONS[name]}")
    return sections


def _parse(sections: dict[str, dict[str, list[Any]]]) -> Parts:
    columns = sections["entries"]
    # one object per value, as for the spellings below: the user's cache file pickles each once (0.9 MB
    # and 140,000 strings less to read back at every start)
    same_value: dict[str, str] = {}
    for name in _REPEATING_COLUMNS:
        columns[name] = list(map(same_value.setdefault, columns[name], columns[name]))
    for name in (*LIST_COLUMNS, "raw keys", "keys"):
        columns[name] = [tuple(cell.split(_LIST_SEPARATOR)) if cell else () for cell in columns[name]]
    entries = list(map(Entry, *(columns[name] for name in ENTRY_FIELDS)))
    ids = columns["id"]
    # one object per spelling, id and kind, as a build makes them: the user's cache file pickles each
    # once (1.7 MB less than a string per cell, and 12 MB less memory for a process that loads it)
    same_spelling: Callable[[str, str], str] = _spellings(columns).get  # (s, s): s's one object, else s
    spelled_keys = [tuple(map(same_spelling, k, k)) for k in columns["raw keys"]]
    raw_keys = {i: raw for i, raw in zip(ids, spelled_keys) if raw}
    keys = {
        i: raw if raw == k else tuple(map(same_spelling, k, k))
        for i, raw, k in zip(ids, spelled_keys, columns["keys"])
        if k
    }
    same_id = dict(zip(ids, ids))
    surfaces, owners, kinds = sections["forms"].values()
    surfaces = list(map(same_spelling, surfaces, surfaces))
    # an id no entry has, or a kind no FormKind has, is damage (KeyError)
    forms = FormTable.from_columns(surfaces, map(same_id.__getitem__, owners), kinds)
    for surface, owner, kind in zip(*sections["more owners"].values()):
        forms.add(surface, same_id[owner], kind)
    collisions = {s: (same_id[i], why) for s, i, why in zip(*sections["collisions"].values())}
    return Parts(entries, raw_keys, keys, forms, collisions)


def _spellings(columns: dict[str, list[Any]]) -> dict[str, str]:
    """Each spelling in the entries' columns (names, then keys) -> its first string there."""
    texts = list(columns["canonical"])
    for name in (*LIST_COLUMNS, "raw keys", "keys"):
        texts += itertools.chain.from_iterable(columns[name])
    return dict(zip(reversed(texts), reversed(texts)))  # the first string of a spelling written last


def lines(parts: Parts, key: str, comments: list[str]) -> list[str]:
    """The table's lines for ``parts`` built under ``key``; ValueError for a value it cannot hold."""
    out = [_KEY_LINE + key, *(f"# {comment}" for comment in comments)]
    entries: list[Iterable[str]] = []
    for name in ENTRY_FIELDS:
        values = [getattr(entry, name) for entry in parts.entries]
        entries.append(map(_joined, values) if name in LIST_COLUMNS else values)
    for keys in (parts.raw_keys, parts.keys):
        entries.append([_joined(keys.get(entry.id, ())) for entry in parts.entries])
    forms = [(surface, *filed[0]) for surface, filed in parts.forms.items()]
    more = [(surface, i, kind) for surface, filed in parts.forms.items() for i, kind in filed[1:]]
    collisions = [(surface, i, why) for surface, (i, why) in parts.collisions.items()]
    sections = {
        "entries": entries,
        "forms": zip(*forms),
        "more owners": zip(*more),
        "collisions": zip(*collisions),
    }
    for section, columns in sections.items():
        out.append(_SECTION + section)
        cells = list(columns) or [()] * len(_SECTIONS[section])
        out += ["\t".join([name, *map(_cell, column)]) for name, column in zip(_SECTIONS[section], cells)]
    return out


def _joined(values: tuple[str, ...]) -> str:
    if any(not value or _LIST_SEPARATOR in value for value in values):
        raise ValueError(f"a list the table cannot hold: {values}")  # it would not read back
    return _LIST_SEPARATOR.join(map(_cell, values))


def _cell(value: str) -> str:
    if any(c in value for c in _CELL_SEPARATORS) or value.startswith(_SECTION):
        raise ValueError(f"a value the table cannot hold: {value!r}")
    return value
