"""The gazetteer's surface forms, each with the entities written so: small, for a fast cached load.

The built-in gazetteer indexes about 136,000 forms, nearly all of one entity each. Kept as a list of
(entry id, kind) tuples per form, they were the slowest part of unpickling the cached gazetteer: a list
and a tuple to make per form, and a reference to each entry id's string, scattered over 3 MB, to take
(0.17 s of a one-line clean). Here a form's owner is one number, the index of its entry id in a list of
the ids times the number of kinds plus its kind's: a number unpickles at a third of the cost, and each id
is taken once, by the list. The pairs are made when a form is looked up (a run looks up a few hundred).
The few forms of several entities keep the numbers of their other owners apart.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Mapping
from itertools import repeat
from typing import Any

from translit.gazetteer.entry import FormKind

#: The entities written as one form, in the order they were added: (entry id, FormKind value) pairs.
Owners = tuple[tuple[str, str], ...]

_KINDS = tuple(kind.value for kind in FormKind)
_KIND_NUMBERS = {kind: number for number, kind in enumerate(_KINDS)}


class FormTable(Mapping[str, Owners]):
    """Surface form -> its owners, in the order the forms were first added."""

    def __init__(self) -> None:
        self._ids: list[str] = []  # the entry ids the owners' numbers index
        self._first: dict[str, int] = {}  # surface -> its first owner's number
        self._more: dict[str, tuple[int, ...]] = {}  # surface -> its other owners' numbers, if any
        self._id_numbers: dict[str, int] = {}  # entry id -> its index in _ids, for add (not pickled)

    @classmethod
    def from_columns(
        cls, surfaces: Iterable[str], entry_ids: Iterable[str], kinds: Iterable[str]
    ) -> FormTable:
        """The table of each of ``surfaces`` written by the entry and kind at its place in the others
        (each surface once: :meth:`add` more owners), made by C loops, where a Python loop over the
        136,000 forms of the built-in tables took 0.1 s."""
        table = cls()
        entry_ids = list(entry_ids)
        table._ids = list(dict.fromkeys(entry_ids))
        table._id_numbers = dict(zip(table._ids, range(len(table._ids))))
        indexes = map(table._id_numbers.__getitem__, entry_ids)
        numbers = map(
            operator.add,
            map(operator.mul, indexes, repeat(len(_KINDS))),
            map(_KIND_NUMBERS.__getitem__, kinds),
        )
        table._first = dict(zip(surfaces, numbers, strict=True))
        return table

    def add(self, surface: str, entry_id: str, kind: str) -> None:
        """Record that entry ``entry_id`` is written ``surface``, a form of that kind (a FormKind value)."""
        if len(self._id_numbers) < len(self._ids):  # unpickled: the ids are numbered when first needed
            self._id_numbers = dict(zip(self._ids, range(len(self._ids))))
        index = self._id_numbers.get(entry_id)
        if index is None:
            index = self._id_numbers[entry_id] = len(self._ids)
            self._ids.append(entry_id)
        number = index * len(_KINDS) + _KIND_NUMBERS[kind]
        if surface not in self._first:
            self._first[surface] = number
        else:
            self._more[surface] = (*self._more.get(surface, ()), number)

    def __getitem__(self, surface: str) -> Owners:
        first = self._first[surface]
        if surface not in self._more:
            return (self._owner(first),)
        return tuple(map(self._owner, (first, *self._more[surface])))

    def _owner(self, number: int) -> tuple[str, str]:
        index, kind = divmod(number, len(_KINDS))
        return self._ids[index], _KINDS[kind]

    def get(self, surface: str, default: Any = None) -> Any:  # as dict.get, without a KeyError per miss
        return self[surface] if surface in self._first else default

    def __contains__(self, surface: object) -> bool:
        return surface in self._first

    def __iter__(self) -> Iterator[str]:
        return iter(self._first)

    def __len__(self) -> int:
        return len(self._first)

    def state(self) -> dict[str, Any]:
        """The table as plain data, for the shipped built-in gazetteer (:mod:`~translit.gazetteer.image`)."""
        return {"ids": self._ids, "first": self._first, "more": self._more}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> FormTable:
        """The table whose :meth:`state` that is."""
        return cls._unpickled(state["ids"], state["first"], state["more"])

    def __reduce__(self) -> tuple[Any, ...]:
        return FormTable._unpickled, (self._ids, self._first, self._more)

    @classmethod
    def _unpickled(cls, ids: list[str], first: dict[str, int], more: dict[str, tuple[int, ...]]) -> FormTable:
        table = cls()
        table._ids, table._first, table._more = ids, first, more
        return table
