"""The entities of a Chinese source: every gazetteer name, pair compound (美中), direction compound (烏東)
and side (中方) it holds, found by their Chinese forms, Traditional or Simplified, leftmost-longest.

Names win over compounds: 以巴勒斯坦 is 以 + 巴勒斯坦 (Palestine), not the pair 以巴, and 中美洲 is
Central America. The generated tables' two-character forms are left out (except country names): there
they are mostly everyday words as well (中心 "centre" is a town in GeoNames, 合作 "cooperation" another,
日電 the "reports on the 16th" of a dateline and NEC), and Chinese has no spaces to tell them apart.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from translit.gazetteer import Gazetteer
from translit.gazetteer.facts import DIRECTIONS, SIDE_ABBREVIATIONS, SIDE_SUFFIX
from translit.gazetteer.keys import JOINED_ONLY_SOURCES as GENERATED_SOURCES
from translit.gazetteer.matcher import leftmost_longest
from translit.source.script import fold

#: Shorter forms of the generated tables are read only for countries (see the module docstring).
MIN_GENERATED_CHARACTERS = 3


@dataclass(frozen=True, slots=True)
class SourceEntity:
    """An entity the source names: where (offsets into the source), as what, and what it may stand for.

    A pair compound (美中) is two entities on one span, one per character.
    """

    start: int
    end: int
    surface: str  # as the source writes it
    entries: tuple[str, ...]  # the entities it may be, most likely first
    how: str  # "name", "pair compound", "direction compound" or "side"

    @property
    def is_abbreviation(self) -> bool:
        return self.how != "name"


class SourceIndex:
    """Every Chinese form the gazetteer and its abbreviation table know, folded, in one automaton."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.names = _name_forms(gazetteer)
        #: folded compound -> (how, readings of each entity it names)
        self.compounds = _compound_forms(gazetteer)
        self._automaton = ahocorasick.Automaton()
        for form in self.names:
            self._automaton.add_word(_code_units(form), (len(form), True))
        for form in self.compounds:
            self._automaton.add_word(_code_units(form), (len(form), False))
        if len(self._automaton):
            self._automaton.make_automaton()

    def scan(self, source: str) -> tuple[SourceEntity, ...]:
        """The entities of ``source`` in source order."""
        if not len(self._automaton) or not source:
            return ()
        folded = fold(source)
        names: list[tuple[int, int]] = []
        compounds: list[tuple[int, int]] = []
        for start, end, is_name in self._find(folded):
            (names if is_name else compounds).append((start, end))
        names = leftmost_longest(names)
        entities = [SourceEntity(s, e, source[s:e], self.names[folded[s:e]], "name") for s, e in names]
        if not compounds:  # most sources: the names alone, found in source order
            return tuple(entities)
        named = _Taken(names)
        for start, end in leftmost_longest(s for s in compounds if not named.overlaps(*s)):
            how, readings = self.compounds[folded[start:end]]
            entities += [SourceEntity(start, end, source[start:end], r, how) for r in readings]
        return tuple(sorted(entities, key=lambda entity: entity.start))

    def _find(self, folded: str) -> list[tuple[int, int, bool]]:
        """(start, end, is a name) of every form in ``folded``, overlapping ones included.

        The automaton runs over UTF-16 code units, two 8-bit characters per character: pyahocorasick
        looks a node's children up one by one, and the root of an automaton over whole characters has
        a child for every character that starts a form (thousands); over code units it has a hundred.
        """
        if folded.isascii():
            return []
        units = _code_units(folded)
        if len(units) == 2 * len(folded):  # two units a character: a match ends at an even unit
            return [
                (index - length, index, is_name)
                for last, (length, is_name) in self._automaton.iter(units)
                if last % 2 and (index := (last + 1) // 2) >= length
            ]
        # a character outside the BMP (no form has one) shifts the offsets: each unit's character
        starts = itertools.accumulate((2 if c <= "\uffff" else 4 for c in folded), initial=0)
        position = {unit: index for index, unit in enumerate(starts)}
        found = []
        for last, (length, is_name) in self._automaton.iter(units):
            index = position.get(last + 1)  # None: a match across code units of different characters
            if index is not None and index >= length:
                found.append((index - length, index, is_name))
        return found


@functools.lru_cache(maxsize=4)
def source_index(gazetteer: Gazetteer) -> SourceIndex:
    """The index of a gazetteer, built on first use (a fraction of a second) and kept with it."""
    return SourceIndex(gazetteer)


def _name_forms(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Folded Chinese form -> the entries written so; hand-written entries only where any is."""
    curated: dict[str, list[str]] = {}
    generated: dict[str, list[str]] = {}
    for entry in gazetteer.entries.values():
        is_generated = entry.source in GENERATED_SOURCES  # a user's glossary counts as curated
        for form in dict.fromkeys(fold(chinese) for chinese in entry.chinese):
            if not is_generated:
                curated.setdefault(form, []).append(entry.id)
            elif len(form) >= MIN_GENERATED_CHARACTERS or entry.type == "country":
                generated.setdefault(form, []).append(entry.id)
    forms = {form: tuple(ids) for form, ids in generated.items()}
    forms.update((form, tuple(ids)) for form, ids in curated.items())
    return forms


def _compound_forms(gazetteer: Gazetteer) -> dict[str, tuple[str, tuple[tuple[str, ...], ...]]]:
    table = gazetteer.abbreviations
    compounds: dict[str, tuple[str, tuple[tuple[str, ...], ...]]] = {}
    for single in table.singles:
        if single.romanizations:  # the table's own test: its direction compounds are no place names
            for _adjective, direction in DIRECTIONS.values():
                compounds[fold(single.chinese + direction)] = ("direction compound", (single.entities,))
        if single.chinese in SIDE_ABBREVIATIONS:
            compounds[fold(single.chinese + SIDE_SUFFIX)] = ("side", (single.entities,))
    for pair in table.pairs:  # a pair compound has its usual reading: 以巴 is Israel-Palestine
        compounds[fold(pair.chinese)] = ("pair compound", tuple((entity,) for entity in pair.entities))
    return compounds


class _Taken:
    """Sorted disjoint spans, for overlap tests."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end) - 1
        return index >= 0 and self._spans[index][1] > start


def _code_units(text: str) -> str:
    """``text`` as UTF-16 code units, each written as two 8-bit characters."""
    return text.encode("utf-16-be").decode("latin-1")
