"""The gazetteer's entries by id, each made from a plain row when first asked for.

A cached gazetteer holds about 40,000 entries, and making every :class:`Entry` when the cache loads was
a fifth of the load, while a run looks up a few hundred of them. The rows are also what the table
pickles: a tuple of strings unpickles many times faster than a dataclass instance.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Mapping, ValuesView
from typing import Any

from translit.gazetteer.entry import Entry

#: An entry's fields as a tuple, in the order of its constructor's arguments.
_row_of = operator.attrgetter(*Entry.__slots__)


class EntryTable(Mapping[str, Entry]):
    """Entry id -> :class:`Entry`, in the order the entries were given."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._made = {entry.id: entry for entry in entries}
        self._rows = {entry_id: _row_of(entry) for entry_id, entry in self._made.items()}

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[Any, ...]]) -> EntryTable:
        table = cls()
        table._rows = {row[0]: row for row in rows}
        return table

    def __getitem__(self, entry_id: str) -> Entry:
        try:
            return self._made[entry_id]
        except KeyError:
            entry = self._made[entry_id] = Entry(*self._rows[entry_id])
            return entry

    def values(self) -> ValuesView[Entry]:
        """Every entry, all made at once where some are not yet: a build loops over all of them several
        times (its indexes, a gazetteer layered on this one), at a dict's speed here, where the
        mapping's own view asked for each entry by id (a Python call each, 0.05 s a loop)."""
        if len(self._made) < len(self._rows):
            made = self._made
            self._made = {i: made[i] if i in made else Entry(*row) for i, row in self._rows.items()}
        return self._made.values()

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __reduce__(self) -> tuple[Any, ...]:
        return EntryTable.from_rows, (list(self._rows.values()),)
