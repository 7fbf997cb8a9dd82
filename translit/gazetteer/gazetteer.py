"""The gazetteer: entities indexed by every surface form, scanned in one Aho-Corasick pass."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from translit.gazetteer.entry import Entry, FormKind
from translit.gazetteer.loader import Abbreviation, read_abbreviations, read_entries

ABBREVIATIONS_FILE = "abbreviations.tsv"
ENTITIES_FOLDER = "entities"


@dataclass(frozen=True, slots=True)
class Mention:
    """A surface form of one or more entities found in a text."""

    start: int
    end: int
    surface: str
    entries: tuple[str, ...]  # ids of every entity written this way
    kind: FormKind  # the kind of form for the first entity


class Gazetteer:
    """Entities and abbreviations, with lookups by surface form.

    Entries from later sources override earlier ones with the same id, which is how a user glossary
    replaces a built-in entry (or the house style's spelling of it).
    """

    def __init__(
        self,
        entries: Iterable[Entry],
        abbreviations: Iterable[Abbreviation] = (),
        content_hash: str = "",
    ) -> None:
        self.entries: dict[str, Entry] = {}
        for entry in entries:
            self.entries[entry.id] = entry
        self.abbreviations: tuple[Abbreviation, ...] = tuple(abbreviations)
        self.content_hash = content_hash
        self._forms: dict[str, list[tuple[str, FormKind]]] = {}
        for entry in self.entries.values():
            for surface, kind in entry.forms().items():
                self._forms.setdefault(surface, []).append((entry.id, kind))
        self._automaton = _build_automaton(self._forms)
        self._country_ids = {e.country: e.id for e in self.entries.values() if e.type == "country" and e.country}
        self._protected = [(phrase, e.id) for e in self.entries.values() for phrase in e.protected]

    @classmethod
    def load(cls, folder: Path, extra_files: Sequence[Path] = ()) -> Gazetteer:
        """Load the tables in ``folder`` (``entities/*.tsv`` and ``abbreviations.tsv``) plus user files.

        User files are entity tables and take priority over the built-in entries.
        """
        entity_files = sorted((folder / ENTITIES_FOLDER).glob("*.tsv"))
        abbreviation_file = folder / ABBREVIATIONS_FILE
        entries: list[Entry] = []
        for path in entity_files:
            entries.extend(read_entries(path))
        for path in extra_files:
            entries.extend(read_entries(Path(path)))
        abbreviations = read_abbreviations(abbreviation_file) if abbreviation_file.exists() else []
        hashed = [*entity_files, abbreviation_file, *map(Path, extra_files)]
        return cls(entries, abbreviations, _hash_files(p for p in hashed if p.exists()))

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def countries_of(self, entry_ids: Iterable[str]) -> set[str]:
        """The ids of the countries the given (non-country) entities belong to."""
        countries = {self.entries[i].country for i in entry_ids if self.entries[i].type != "country"}
        return {self._country_ids[code] for code in countries if code in self._country_ids}

    def lookup(self, surface: str) -> list[tuple[Entry, FormKind]]:
        """Every entity written ``surface``, with how it is written."""
        return [(self.entries[i], kind) for i, kind in self._forms.get(surface, ())]

    def scan(self, text: str) -> list[Mention]:
        """All mentions in ``text``: whole words only, leftmost-longest, none inside a protected phrase."""
        found = []
        if self._forms:
            for last, surface in self._automaton.iter(text):
                start = last - len(surface) + 1
                if _is_whole_word(text, start, last + 1, surface):
                    found.append((start, last + 1, surface))
        mentions = []
        cursor = 0
        for start, end, surface in sorted(found, key=lambda m: (m[0], -m[1])):
            if start < cursor:
                continue
            owners = self._forms[surface]
            mentions.append(Mention(start, end, surface, tuple(i for i, _ in owners), owners[0][1]))
            cursor = end
        return self._drop_protected(text, mentions)

    def _drop_protected(self, text: str, mentions: list[Mention]) -> list[Mention]:
        shielded: list[tuple[int, int, str]] = []
        for phrase, entry_id in self._protected:
            position = text.find(phrase)
            while position != -1:
                shielded.append((position, position + len(phrase), entry_id))
                position = text.find(phrase, position + 1)
        if not shielded:
            return mentions
        return [
            m
            for m in mentions
            if not any(s <= m.start and m.end <= e and i in m.entries for s, e, i in shielded)
        ]


def _build_automaton(forms: dict[str, list[tuple[str, FormKind]]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for surface in forms:
        automaton.add_word(surface, surface)
    if forms:
        automaton.make_automaton()
    return automaton


def _is_whole_word(text: str, start: int, end: int, surface: str) -> bool:
    """Latin-script forms must not touch letters or digits; Chinese forms stand anywhere."""
    if _is_cjk(surface[0]):
        return True
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _hash_files(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
