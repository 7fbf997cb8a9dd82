"""Chinese abbreviations of countries (烏 for Ukraine or Uzbekistan) and the pair compounds built from
them (俄烏, Russia-Ukraine): the rows of ``abbreviations.tsv``, and the questions rules ask of them.

The table is restricted to the entities the gazetteer holds when it is built, so a reading is always a
real entry, and every noun and adjective is filled in; the indexes below are built once with the
gazetteer and cached with it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import regex

from translit.gazetteer.entry import Entry
from translit.gazetteer.facts import DIRECTIONS


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """A one-character Chinese abbreviation (烏) that stands for one of several entities, or a pair
    compound of two of them (俄烏).

    For a pair, ``entities`` holds its usual reading, one id per character (``russia``, ``ukraine``),
    and ``romanizations`` the spellings MT leaves untranslated (``Ewu``, ``E-Wu``).
    """

    chinese: str
    romanizations: tuple[str, ...]  # how MT renders it when it does not translate it: U, Wu
    entities: tuple[str, ...]  # entry ids it may stand for, most common reading first
    nouns: tuple[str, ...] = ()  # per entity, its name in a compound: US (not United States)
    adjectives: tuple[str, ...] = ()  # per entity, its adjective in a compound: Israeli
    notes: str = ""

    @property
    def is_pair(self) -> bool:
        return len(self.chinese) == 2

    def noun(self, entry_id: str) -> str:
        return self.nouns[self.entities.index(entry_id)]

    def adjective(self, entry_id: str) -> str:
        return self.adjectives[self.entities.index(entry_id)]

    def restricted_to(self, entries: Mapping[str, Entry]) -> Abbreviation:
        """The readings that are ``entries``, with a noun and an adjective each: the listed ones, else
        the entry's canonical name and its first demonym."""
        kept = [i for i, entity in enumerate(self.entities) if entity in entries]
        nouns, adjectives = [], []
        for index in kept:
            entry = entries[self.entities[index]]
            nouns.append(self.nouns[index] if self.nouns else entry.canonical)
            demonym = entry.mentions[0] if entry.mentions else entry.canonical
            adjectives.append(self.adjectives[index] if self.adjectives else demonym)
        entities = tuple(self.entities[i] for i in kept)
        return dataclasses.replace(self, entities=entities, nouns=tuple(nouns), adjectives=tuple(adjectives))


@dataclass(frozen=True, slots=True)
class PairWord:
    """How one reading of a pair character is written in an expanded pair: "Israeli" for 以 = Israel."""

    character: str
    entry: str
    adjective: bool


class AbbreviationTable:
    """The usable abbreviation rows: one-character abbreviations and pair compounds, with lookups."""

    def __init__(self, rows: Iterable[Abbreviation], entries: Mapping[str, Entry]) -> None:
        #: the rows as read, before restriction: to build the table again over other entries
        self.rows = tuple(rows)
        restricted = [row.restricted_to(entries) for row in self.rows]
        #: one-character abbreviations with at least one known reading
        self.singles = tuple(a for a in restricted if not a.is_pair and a.entities)
        self._singles = {a.chinese: a for a in self.singles}
        #: pair compounds whose usual reading is known on both sides and whose characters are known
        self.pairs = tuple(
            a
            for a in restricted
            if a.is_pair and len(a.entities) == 2 and all(c in self._singles for c in a.chinese)
        )
        #: how MT spells a pair it leaves untranslated -> the pair ("Meizhong" -> 美中)
        self.romanized_pairs = {spelling: pair for pair in self.pairs for spelling in pair.romanizations}
        #: every noun and adjective of every reading of a pair character -> what it may be
        self.pair_words = self._index_pair_words()
        self._direction_compound = {a.chinese: _direction_compound_pattern(a) for a in self.singles}

    def single(self, character: str) -> Abbreviation | None:
        """The one-character abbreviation ``character``, if the table has it."""
        return self._singles.get(character)

    def readings(self, character: str) -> tuple[str, ...]:
        """The entities a character of a pair compound may stand for, most common first."""
        return self._singles[character].entities

    def word(self, character: str, entry_id: str, adjective: bool) -> str:
        """The noun (US) or adjective (American) of a reading of a pair character."""
        abbreviation = self._singles[character]
        return abbreviation.adjective(entry_id) if adjective else abbreviation.noun(entry_id)

    def pair_name(self, pair: Abbreviation, readings: tuple[str, ...] = ()) -> str:
        """The pair in English nouns, in the given readings or its usual one: "US-China"."""
        readings = readings or pair.entities
        return "-".join(self.word(c, r, adjective=False) for c, r in zip(pair.chinese, readings))

    def direction_compound(self, abbreviation: Abbreviation) -> regex.Pattern[str] | None:
        """A romanized abbreviation plus a romanized direction (Udong, Wu-nan): group ``direction`` holds
        the direction's syllable. None when MT leaves no romanization of the abbreviation."""
        return self._direction_compound.get(abbreviation.chinese)

    def _index_pair_words(self) -> dict[str, tuple[PairWord, ...]]:
        words: dict[str, list[PairWord]] = {}
        for character in sorted({c for pair in self.pairs for c in pair.chinese}):
            for entry_id in self._singles[character].entities:
                for adjective in (False, True):
                    word = self.word(character, entry_id, adjective)
                    words.setdefault(word, []).append(PairWord(character, entry_id, adjective))
        return {word: tuple(forms) for word, forms in words.items()}


def direction_of(syllable: str) -> tuple[str, str]:
    """The (adjective, character) of a romanized direction, matched case-insensitively: "Dong" ->
    ("eastern", "東")."""
    return DIRECTIONS[syllable.lower()]


def _direction_compound_pattern(abbreviation: Abbreviation) -> regex.Pattern[str] | None:
    if not abbreviation.romanizations:
        return None
    prefixes = "|".join(map(regex.escape, abbreviation.romanizations))
    # Each direction is spelled out case by case rather than matched with (?i): under case folding
    # "İ" matches "i", and "bei̇" is no direction.
    directions = "|".join(
        spelling
        for syllable in DIRECTIONS
        for spelling in (syllable, syllable.capitalize(), syllable.upper())
    )
    return regex.compile(rf"(?<!\w)(?:{prefixes})-?(?P<direction>{directions})(?!\w)")
