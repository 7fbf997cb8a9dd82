"""The gazetteer: entities indexed by every surface form, scanned by Aho-Corasick."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from translit.gazetteer.abbreviations import Abbreviation, AbbreviationTable
from translit.gazetteer.entry import Entry, FormKind
from translit.gazetteer.keys import pinyin_keys
from translit.gazetteer.loader import read_abbreviations, read_entries, read_renderings
from translit.gazetteer.matcher import SurfaceMatcher, leftmost_longest
from translit.gazetteer.renderings import Rendering, RenderingTable

ABBREVIATIONS_FILE = "abbreviations.tsv"
#: How MT renders Chinese terms it does not know ("Liang'an" for 兩岸).
RENDERINGS_FILE = "renderings.tsv"
#: Tables generated from public data sets; read first, so curated tables override them by id.
SOURCES_FOLDER = "sources"
#: Curated tables.
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
        renderings: Iterable[Rendering] = (),
        known_keys: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.entries: dict[str, Entry] = {}
        for entry in entries:
            self.entries[entry.id] = entry
        self._abbreviation_rows = tuple(abbreviations)
        #: one-character abbreviations (烏) and pair compounds of two of them (俄烏), as far as the
        #: entities they stand for are entries here
        self.abbreviations = AbbreviationTable(self._abbreviation_rows, self.entries)
        self.content_hash = content_hash
        # surface -> [(entry id, FormKind value)]: kinds kept as plain strings, which pickle fast
        self._forms: dict[str, list[tuple[str, str]]] = {}
        for entry in self.entries.values():
            for surface, kind in entry.forms().items():
                self._forms.setdefault(surface, []).append((entry.id, kind.value))
        self.keys: dict[str, tuple[str, ...]] = {}
        #: every entry's pinyin keys before the filter below: deriving them is three quarters of a build,
        #: so a gazetteer layered on this one (:meth:`with_user_files`) reuses them for unchanged entries
        self.raw_keys: dict[str, tuple[str, ...]] = {}
        self._add_pinyin_keys(known_keys or {})
        self._matcher = SurfaceMatcher(self._forms)
        self._country_ids = {
            e.country: e.id for e in self.entries.values() if e.type == "country" and e.country
        }
        self._protected = [(phrase, e.id) for e in self.entries.values() for phrase in e.protected]
        self._add_name_indexes(renderings)

    # --- name indexes (issue #12): near misses of the entities' names, built once and cached with them ---

    def _add_name_indexes(self, renderings: Iterable[Rendering]) -> None:
        from translit.names.index import NameIndex  # here: translit.names reads the gazetteer package

        #: near-miss spellings of curated names ("Tsai Ing wen", "Yoon Sok-yol", "Jelensky")
        self.names = NameIndex(self.entries.values())
        self._rendering_rows = tuple(renderings)
        #: Chinese terms as MT renders them ("Liang'an"), as far as the entities they cite are entries here
        self.renderings = RenderingTable(self._rendering_rows, self.entries)

    def _add_pinyin_keys(self, known_keys: Mapping[str, tuple[str, ...]]) -> None:
        """Index every entry's pinyin keys, except where a key is some entry's declared name."""
        declared = set(self._forms)
        for entry in self.entries.values():
            raw = known_keys[entry.id] if entry.id in known_keys else tuple(pinyin_keys(entry))
            if raw:
                self.raw_keys[entry.id] = raw
            keys = tuple(k for k in raw if k not in declared)
            if keys:
                self.keys[entry.id] = keys
                for key in keys:
                    self._forms.setdefault(key, []).append((entry.id, FormKind.PINYIN.value))

    @classmethod
    def load(cls, folder: Path, extra_files: Sequence[Path] = ()) -> Gazetteer:
        """Load the tables in ``folder`` (``sources/*.tsv``, ``entities/*.tsv``, ``abbreviations.tsv``)
        plus user files, in that order: later entries override earlier ones with the same id.
        """
        entity_files, abbreviation_file = table_files(folder)
        entries: list[Entry] = []
        for path in [*entity_files, *map(Path, extra_files)]:
            entries.extend(read_entries(path))
        abbreviations = read_abbreviations(abbreviation_file) if abbreviation_file.exists() else []
        renderings_file = folder / RENDERINGS_FILE
        renderings = read_renderings(renderings_file) if renderings_file.exists() else []
        return cls(entries, abbreviations, content_hash(folder, extra_files), renderings)

    def with_user_files(self, folder: Path, extra_files: Sequence[Path]) -> Gazetteer:
        """This (built-in) gazetteer with user tables layered on top: the same gazetteer as
        ``Gazetteer.load(folder, extra_files)``, built without reading the built-in tables again or
        deriving the pinyin keys of entries the user tables leave unchanged."""
        entries = dict(self.entries)
        for path in extra_files:
            entries.update((entry.id, entry) for entry in read_entries(Path(path)))
        known = {i: self.raw_keys.get(i, ()) for i, entry in entries.items() if self.entries.get(i) == entry}
        return Gazetteer(
            entries.values(),
            self._abbreviation_rows,
            content_hash(folder, extra_files),
            self._rendering_rows,
            known,
        )

    def __getstate__(self) -> dict[str, object]:
        """Entries as plain rows: unpickling these is ten times faster than unpickling 40,000
        dataclass instances, which keeps a cached load well under 1 s."""
        state = dict(self.__dict__)
        state["entries"] = [tuple(getattr(e, f) for f in Entry.__slots__) for e in self.entries.values()]
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        rows: list[tuple[str, ...]] = state.pop("entries")  # type: ignore[assignment]
        self.__dict__.update(state)
        self.entries = {row[0]: Entry(*row) for row in rows}

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def countries_of(self, entry_ids: Iterable[str]) -> set[str]:
        """The ids of the countries the given (non-country) entities belong to."""
        return {country for i in entry_ids if (country := self._country_of(i))}

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer lives as long as its pipeline
    def _country_of(self, entry_id: str) -> str | None:
        entry = self.entries[entry_id]
        return None if entry.type == "country" else self._country_ids.get(entry.country)

    def lookup(self, surface: str) -> list[tuple[Entry, FormKind]]:
        """Every entity written ``surface``, with how it is written."""
        return [(self.entries[i], FormKind(kind)) for i, kind in self._forms.get(surface, ())]

    def scan(self, text: str) -> list[Mention]:
        """All mentions in ``text``: whole words only, leftmost-longest, none inside a protected phrase."""
        owners: dict[str, tuple[tuple[str, ...], FormKind]] = {}  # per surface: a name recurs in a text
        mentions = []
        for start, end in leftmost_longest(self._matcher.find(text)):
            surface = text[start:end]
            if surface not in owners:
                forms = self._forms[surface]
                owners[surface] = tuple(i for i, _ in forms), FormKind(forms[0][1])
            mentions.append(Mention(start, end, surface, *owners[surface]))
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


def table_files(folder: Path) -> tuple[list[Path], Path]:
    """The entity tables of a glossary folder in load order, and its abbreviation table."""
    generated = sorted((folder / SOURCES_FOLDER).glob("*.tsv"))
    curated = sorted((folder / ENTITIES_FOLDER).glob("*.tsv"))
    return [*generated, *curated], folder / ABBREVIATIONS_FILE


def content_hash(folder: Path, extra_files: Sequence[Path] = ()) -> str:
    """A short hash of every table a load would read, in order: it names the gazetteer's content."""
    entity_files, abbreviation_file = table_files(folder)
    digest = hashlib.sha256()
    for path in [*entity_files, abbreviation_file, folder / RENDERINGS_FILE, *map(Path, extra_files)]:
        if path.exists():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]
