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
from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick_rs

from translit.gazetteer import Gazetteer
from translit.gazetteer.facts import DIRECTIONS, SIDE_ABBREVIATIONS, SIDE_SUFFIX
from translit.gazetteer.keys import JOINED_ONLY_SOURCES as GENERATED_SOURCES
from translit.gazetteer.matcher import leftmost_longest
from translit.source.script import fold

#: Shorter forms of the generated tables are read only for countries (see the module docstring).
MIN_GENERATED_CHARACTERS = 3


class SourceEntity(NamedTuple):
    """An entity the source names: where (offsets into the source), as what, and what it may stand for.

    A pair compound (美中) is two entities on one span, one per character. A named tuple: a source
    has many, and a named tuple is made several times faster than a frozen dataclass.
    """

    start: int
    end: int
    surface: str  # as the source writes it
    entries: tuple[str, ...]  # the entities it may be, most likely first
    how: str  # "name", "pair compound", "direction compound" or "side"

    @property
    def is_abbreviation(self) -> bool:
        return self.how != "name"


#: An entity from its fields as one tuple: the tuple type's own constructor, without the named tuple's
#: Python-level one (a source names many).
_entity = functools.partial(tuple.__new__, SourceEntity)


class SourceIndex:
    """Every Chinese form the gazetteer and its abbreviation table know, folded, in compiled automata:
    the names found leftmost-longest, the compounds (a few dozen) all, as the names decide which count."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.names = _name_forms(gazetteer)
        #: folded compound -> (how, readings of each entity it names)
        self.compounds = _compound_forms(gazetteer)
        self._names = _automaton(self.names, ahocorasick_rs.MatchKind.LeftmostLongest)
        self._named = tuple(self.names.values())  # what each name the automaton finds names, by index
        self._compounds = _automaton(self.compounds, ahocorasick_rs.MatchKind.Standard)

    def scan(self, source: str) -> tuple[SourceEntity, ...]:
        """The entities of ``source`` in source order."""
        folded = fold(source)
        if folded.isascii():  # no Chinese: no form (a flag of the string, no scan)
            return ()
        names = self._names.find_matches_as_indexes(folded) if self._names else []
        named = self._named
        entities = [_entity((s, e, source[s:e], named[i], "name")) for i, s, e in names]
        compounds = (
            self._compounds.find_matches_as_indexes(folded, overlapping=True) if self._compounds else []
        )
        if not compounds:  # most sources: the names alone, found in source order
            return tuple(entities)
        taken = _Taken((s, e) for _, s, e in names)
        for start, end in leftmost_longest((s, e) for _, s, e in compounds if not taken.overlaps(s, e)):
            how, readings = self.compounds[folded[start:end]]
            entities += [_entity((start, end, source[start:end], r, how)) for r in readings]
        return tuple(sorted(entities, key=lambda entity: entity.start))


def _automaton(forms: Iterable[str], kind: ahocorasick_rs.MatchKind) -> ahocorasick_rs.AhoCorasick | None:
    """A compiled automaton of ``forms`` (offsets in characters); None without forms."""
    patterns = list(forms)
    return ahocorasick_rs.AhoCorasick(patterns, matchkind=kind) if patterns else None


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
        for form in dict.fromkeys(fold(chinese) for chinese in entry.chinese if chinese):
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
