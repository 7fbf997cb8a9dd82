"""The gazetteer's entries by id, each made from a plain row when first asked for.

A gazetteer holds about 47,000 entries, and making every :class:`Entry` when it loads was a fifth of the
load, while a run looks up a few hundred of them. A row is either the entry's fields as a tuple (a
built gazetteer: a tuple of strings unpickles many times faster than a dataclass instance) or its
fields but its id as one line of text (the shipped built-in gazetteer, :mod:`~translit.gazetteer.image`:
one string per entry to read, split only when the entry is asked for).
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Mapping, ValuesView
from typing import Any

from translit.gazetteer.entry import Entry

#: An entry's fields as a tuple, in the order of its constructor's arguments.
_row_of = operator.attrgetter(*Entry.__slots__)
#: What separates the fields of a line, and the values of a field that is a list.
FIELD_SEPARATOR, LIST_SEPARATOR = "\t", "|"
_LIST_FIELDS = tuple(i for i, name in enumerate(Entry.__slots__) if Entry.__annotations__[name] != "str")


class EntryTable(Mapping[str, Entry]):
    """Entry id -> :class:`Entry`, in the order the entries were given."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._made = {entry.id: entry for entry in entries}
        self._rows: dict[str, tuple[Any, ...] | str] = {
            entry_id: _row_of(entry) for entry_id, entry in self._made.items()
        }
        self._all_made_in_order = True  # whether _made is every entry, in the rows' order

    @classmethod
    def from_lines(cls, lines: dict[str, str]) -> EntryTable:
        """The entries of ``lines``: entry id -> the entry's :func:`line_of` (the dict is kept, not copied)."""
        return cls._from_rows(lines)  # type: ignore[arg-type]

    @classmethod
    def _from_rows(cls, rows: dict[str, tuple[Any, ...] | str]) -> EntryTable:
        table = cls()
        table._rows = rows
        table._all_made_in_order = not rows
        return table

    def __getitem__(self, entry_id: str) -> Entry:
        try:
            return self._made[entry_id]
        except KeyError:
            entry = self._made[entry_id] = _entry_of(entry_id, self._rows[entry_id])
            self._all_made_in_order = False
            return entry

    def values(self) -> ValuesView[Entry]:
        """Every entry, all made at once where some are not yet: a build loops over all of them several
        times (its indexes, a gazetteer layered on this one), at a dict's speed here, where the
        mapping's own view asked for each entry by id (a Python call each, 0.05 s a loop)."""
        if not self._all_made_in_order:
            made = self._made
            self._made = {i: made[i] if i in made else _entry_of(i, row) for i, row in self._rows.items()}
            self._all_made_in_order = True
        return self._made.values()

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __reduce__(self) -> tuple[Any, ...]:
        return EntryTable._from_rows, (self._rows,)


def line_of(entry: Entry) -> str:
    """The entry's fields but its id (which the table keys it by) as one line: separated by tabs, the
    values of a list by ``|``; ValueError for a value no line can hold (it would not read back)."""
    cells = []
    for value in _row_of(entry)[1:]:
        if isinstance(value, tuple):
            if any(not item or LIST_SEPARATOR in item for item in value):
                raise ValueError(f"a list a line cannot hold: {value}")
            value = LIST_SEPARATOR.join(value)
        if FIELD_SEPARATOR in value or "\n" in value:
            raise ValueError(f"a value a line cannot hold: {value!r}")
        cells.append(value)
    return FIELD_SEPARATOR.join(cells)


def _entry_of(entry_id: str, row: tuple[Any, ...] | str) -> Entry:
    if isinstance(row, tuple):
        return Entry(*row)
    fields: list[Any] = [entry_id, *row.split(FIELD_SEPARATOR)]
    for i in _LIST_FIELDS:
        fields[i] = tuple(fields[i].split(LIST_SEPARATOR)) if fields[i] else ()
    return Entry(*fields)
