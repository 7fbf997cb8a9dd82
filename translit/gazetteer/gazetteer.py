"""The gazetteer: entities indexed by every surface form, scanned by Aho-Corasick.

Two guards keep ordinary text from being rewritten. The collision guard (:func:`collision`) leaves out
of the index every rewritable form that is something else before it is a misspelled name — an English
word, a first name, another entity's name — so "Angela said" is not Angola and "Lute music" not Rutte.
Protected phrases ("chicken Kiev") shield the mentions inside them, across any whitespace.
"""

from __future__ import annotations

import functools
import hashlib
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from translit.gazetteer.abbreviations import Abbreviation, AbbreviationTable
from translit.gazetteer.entry import Entry, FormKind
from translit.gazetteer.entry_table import EntryTable, line_of
from translit.gazetteer.form_table import FormTable
from translit.gazetteer.keys import pinyin_keys
from translit.gazetteer.loader import read_abbreviations, read_entries, read_renderings
from translit.gazetteer.matcher import AutomataStore, SurfaceMatcher, leftmost_longest_occurrences
from translit.gazetteer.renderings import Rendering, RenderingTable
from translit.gazetteer.words import zipf

if TYPE_CHECKING:
    from translit.names.index import NameIndex

ABBREVIATIONS_FILE = "abbreviations.tsv"
#: How MT renders Chinese terms it does not know ("Liang'an" for 兩岸).
RENDERINGS_FILE = "renderings.tsv"
#: Tables generated from public data sets; read first, so curated tables override them by id.
SOURCES_FOLDER = "sources"
#: Curated tables.
ENTITIES_FOLDER = "entities"

#: A pinyin key seen in English at least this often (wordfreq's Zipf scale; 1.8 is about once in 16
#: million words) is an English word or somebody's name, not a spelling MT makes up: "Angela" (安哥拉,
#: Angola), "Demo" (德默, Dermer), "Lute" (呂特, Rutte), "Panaji" (the official name of Panjim itself).
#: The keys MT does make up ("He Jinli", "Pujing", "Deheilan") are not English at all.
KEY_WORD_ZIPF = 1.8
#: A declared spelling is vouched for by its table, so only a word too common to be any one name's
#: spelling disqualifies it ("The", "and", "said" in a user glossary): the most common declared
#: rewritable spelling in the built-in tables, "Kiev", is 3.5.
DECLARED_WORD_ZIPF = 4.5
#: A first name at least this common (percent of Americans in the 1990 census) means a person before it
#: means the place or person it also spells; Odessa (0.013 %) stays the city. A pinyin key is a guess, so
#: any listed first name rules it out ("Kaci", 0.003 %, for Israel Katz).
COMMON_FIRST_NAME_PERCENT = 0.02
#: A rewritable form needs at least this many letters: "-" or "X" stand for nothing.
MIN_FORM_LETTERS = 2
#: How much whitespace a protected phrase may have between two words ("chicken\n    Kiev"): a wrapped
#: line with its indent, not a page of blanks.
MAX_PHRASE_GAP = 80
_SINGLE_WORD = regex.compile(r"[\p{L}\p{M}'’]+")
_APOSTROPHE = "'’"


class Mention(NamedTuple):
    """A surface form of one or more entities found in a text.

    A named tuple, not a frozen dataclass: a text has hundreds of mentions, all made in the scan, and a
    tuple is made three times faster.
    """

    start: int
    end: int
    surface: str
    entries: tuple[str, ...]  # ids of every entity written this way
    kind: FormKind  # the kind of form for the first entity


#: A mention from its fields as one tuple: the tuple type's own constructor, without the named tuple's
#: Python-level one (the scan makes a mention per name in the text).
_mention = functools.partial(tuple.__new__, Mention)
#: Per gazetteer, the surfaces its scans found, each with its mention's fields (see
#: :meth:`Gazetteer._mention_fields`); kept here, not on the gazetteer, which is pickled.
_MENTION_FIELDS: weakref.WeakKeyDictionary[Gazetteer, dict[str, tuple[str, tuple[str, ...], FormKind]]] = (
    weakref.WeakKeyDictionary()
)


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
        self.entries = EntryTable(entries)
        #: rewritable forms left out of the index by the collision guard: surface -> (entry id, why)
        self.collisions: dict[str, tuple[str, str]] = {}
        # surface -> ((entry id, FormKind value), ...), kept small for a fast cached load (FormTable)
        self._forms = FormTable()
        self._add_declared_forms()
        self.keys: dict[str, tuple[str, ...]] = {}
        #: every entry's pinyin keys before the filter below: deriving them is three quarters of a build,
        #: so a gazetteer layered on this one (:meth:`with_user_files`) reuses them for unchanged entries
        self.raw_keys: dict[str, tuple[str, ...]] = {}
        self._add_pinyin_keys(known_keys or {})
        self._index(abbreviations, content_hash, renderings)

    def state(self) -> dict[str, Any]:
        """The gazetteer as plain data (dicts, lists, tuples, strings, numbers), but for its abbreviations
        and renderings (two short tables, read again) and its automata (built when a run first needs
        them): what the shipped built-in gazetteer holds (:mod:`~translit.gazetteer.image`). ValueError
        for an entry no line holds."""
        return {
            "content hash": self.content_hash,
            "entries": {i: line_of(entry) for i, entry in self.entries.items()},
            "raw keys": self.raw_keys,
            "keys": self.keys,
            "forms": self._forms.state(),
            "collisions": self.collisions,
            "country ids": self._country_ids,
            "protected": self._protected,
            "longest forms": self._matcher.longest_forms(),
            "names": self.names.state(),
        }

    @classmethod
    def from_state(
        cls, state: dict[str, Any], abbreviations: Iterable[Abbreviation], renderings: Iterable[Rendering]
    ) -> Gazetteer:
        """The gazetteer whose :meth:`state` that is, with these abbreviations and renderings: nothing
        is derived again, and an entry is made only when asked for."""
        gazetteer = cls.__new__(cls)
        gazetteer.entries = EntryTable.from_lines(state["entries"])
        gazetteer.collisions = state["collisions"]
        gazetteer._forms = FormTable.from_state(state["forms"])
        gazetteer.raw_keys, gazetteer.keys = state["raw keys"], state["keys"]
        gazetteer._index_tables(abbreviations, state["content hash"], renderings, state["longest forms"])
        gazetteer._country_ids = state["country ids"]
        gazetteer._protected = state["protected"]
        gazetteer._phrased_forms = _phrased_forms(gazetteer._protected)
        gazetteer.names = _name_index().from_state(state["names"])
        return gazetteer

    def _index(
        self, abbreviations: Iterable[Abbreviation], content_hash: str, renderings: Iterable[Rendering]
    ) -> None:
        """Index the entries and their forms: the abbreviations and renderings they have, the matcher,
        the countries, the protected phrases, the names index."""
        self._index_tables(abbreviations, content_hash, renderings)
        self._country_ids = {
            e.country: e.id for e in self.entries.values() if e.type == "country" and e.country
        }
        # entry id -> (surface, words before it, words after it) of each of its protected phrases
        self._protected: dict[str, tuple[tuple[str, str, str], ...]] = {
            e.id: phrases for e in self.entries.values() if e.protected and (phrases := _phrase_parts(e))
        }
        #: the forms that some protected phrase holds: only a mention in one of these forms is checked
        self._phrased_forms = _phrased_forms(self._protected)
        #: near-miss spellings of curated names ("Tsai Ing wen", "Yoon Sok-yol", "Jelensky"; issue #12)
        self.names = _name_index()(self.entries.values())

    def _index_tables(
        self,
        abbreviations: Iterable[Abbreviation],
        content_hash: str,
        renderings: Iterable[Rendering],
        longest_forms: tuple[int, int] | None = None,
    ) -> None:
        """The abbreviations and renderings the entries have, and the matcher of their forms."""
        self._abbreviation_rows = tuple(abbreviations)
        #: one-character abbreviations (烏) and pair compounds of two of them (俄烏), as far as the
        #: entities they stand for are entries here
        self.abbreviations = AbbreviationTable(self._abbreviation_rows, self.entries)
        self.content_hash = content_hash
        self._rendering_rows = tuple(renderings)
        #: Chinese terms as MT renders them ("Liang'an"), as far as the entities they cite are entries here
        self.renderings = RenderingTable(self._rendering_rows, self.entries)
        # one matcher for the names and the renderings: a text is scanned once for both (scan_all)
        self._matcher = SurfaceMatcher(self._forms, self.renderings.spellings, longest=longest_forms)

    def _add_declared_forms(self) -> None:
        """Index every form the tables declare, less the rewritable ones the collision guard rules out.

        A declared form that is also another entity's form is indexed under both: the mention is then
        ambiguous, and no rule rewrites an ambiguous mention, while it still counts for both entities.
        """
        for entry in self.entries.values():
            for surface, kind in entry.forms().items():
                why = collision(surface, declared=True) if kind.is_rewritten else ""
                if why:
                    self.collisions.setdefault(surface, (entry.id, why))
                else:
                    self._forms.add(surface, entry.id, kind.value)

    def _add_pinyin_keys(self, known_keys: Mapping[str, tuple[str, ...]]) -> None:
        """Index every entry's pinyin keys (``known_keys`` gives those already derived), except a key that
        is some entry's declared form, or that the collision guard rules out."""
        pinyin = FormKind.PINYIN.value
        for entry in self.entries.values():
            raw = known_keys[entry.id] if entry.id in known_keys else tuple(pinyin_keys(entry))
            if raw:
                self.raw_keys[entry.id] = raw
            keys = []
            for key in raw:
                # the entities that declare the key as a form of theirs: its owners but those of the
                # keys indexed so far
                owners = {i for i, kind in self._forms.get(key, ()) if kind != pinyin}
                if entry.id in owners or key in self.collisions:
                    continue  # the entry's own declared form, or one the guard already ruled out
                why = "is another entity's name" if owners else collision(key, declared=False)
                if why:
                    self.collisions.setdefault(key, (entry.id, why))
                else:
                    keys.append(key)
            if keys:
                self.keys[entry.id] = tuple(keys)
                for key in keys:
                    self._forms.add(key, entry.id, pinyin)

    @classmethod
    def load(cls, folder: Path, extra_files: Sequence[Path] = ()) -> Gazetteer:
        """Load the tables in ``folder`` (``sources/*.tsv``, ``entities/*.tsv``, ``abbreviations.tsv``)
        plus user files, in that order: later entries override earlier ones with the same id.
        """
        entity_files, _ = table_files(folder)
        entries: list[Entry] = []
        for path in [*entity_files, *map(Path, extra_files)]:
            entries.extend(read_entries(path))
        abbreviations, renderings = side_tables(folder)
        return cls(entries, abbreviations, content_hash(folder, extra_files), renderings)

    def with_user_files(self, folder: Path, extra_files: Sequence[Path]) -> Gazetteer:
        """This (built-in) gazetteer with user tables layered on top: the same gazetteer as
        ``Gazetteer.load(folder, extra_files)``, built without reading the built-in tables again or
        deriving the pinyin keys of entries the user tables leave unchanged."""
        entries = {entry.id: entry for entry in self.entries.values()}  # made at once, not one by one
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

    def keep_automata_in(self, store: AutomataStore) -> None:
        """Read the automata of the scan from ``store`` when a run first needs them (a short one never
        does: :mod:`~translit.gazetteer.matcher`), and write them there once built."""
        self._matcher.keep_automata_in(store)

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def countries_of(self, entry_ids: Iterable[str]) -> set[str]:
        """The ids of the countries the given (non-country) entities belong to."""
        return {country for i in entry_ids if (country := self._country_of(i))}

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer lives as long as its pipeline
    def countries_of_mention(self, entry_ids: tuple[str, ...]) -> frozenset[str]:
        """:meth:`countries_of` the entities of a mention: asked of every mention, and names recur."""
        return frozenset(self.countries_of(entry_ids))

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer lives as long as its pipeline
    def _country_of(self, entry_id: str) -> str | None:
        entry = self.entries[entry_id]
        return None if entry.type == "country" else self._country_ids.get(entry.country)

    def forms(self) -> Iterator[tuple[str, tuple[tuple[str, FormKind], ...]]]:
        """Every indexed surface form with its (entry id, kind) owners."""
        for surface, owners in self._forms.items():
            yield surface, tuple((i, FormKind(kind)) for i, kind in owners)

    def lookup(self, surface: str) -> list[tuple[Entry, FormKind]]:
        """Every entity written ``surface``, with how it is written."""
        return [(self.entries[i], FormKind(kind)) for i, kind in self._forms.get(surface, ())]

    def scan(self, text: str) -> list[Mention]:
        """All mentions in ``text``: whole words only, leftmost-longest, none inside a protected phrase."""
        return self.scan_all(text)[0]

    def scan_all(self, text: str) -> tuple[list[Mention], list[tuple[int, int, Rendering]]]:
        """The mentions in ``text`` (see :meth:`scan`) and, from the same pass of the automaton, the
        renderings of Chinese terms (``renderings.tsv``) standing as whole words, leftmost-longest among
        themselves.

        Linear in the text: the automaton runs once, and each mention is checked against the protected
        phrases of its own entities in a window of bounded size around it.
        """
        found = self._matcher.occurrences(text)
        forms, spellings = self._forms, self.renderings.spellings
        renderings = [occurrence for occurrence in found if occurrence[2] in spellings] if spellings else []
        # every form found is a name's or a rendering's: where none is a rendering's, all are names'
        names = [occurrence for occurrence in found if occurrence[2] in forms] if renderings else found
        rendered = [
            (start, end, spellings[surface])
            for start, end, surface in leftmost_longest_occurrences(renderings)
        ]
        return self._mentions(text, names), rendered

    def _mentions(self, text: str, occurrences: list[tuple[int, int, str]]) -> list[Mention]:
        """The mentions among the names' occurrences: leftmost-longest (as
        :func:`~translit.gazetteer.matcher.leftmost_longest_occurrences` chooses them), each made as it
        is chosen, in one loop over the sorted occurrences."""
        # an apostrophe may glue a span to more letters (_inside_a_word): most texts hold a few
        apostrophes = _positions(text, _APOSTROPHE)
        phrased = self._phrased_forms
        fields = _MENTION_FIELDS.get(self)
        if fields is None:
            fields = _MENTION_FIELDS.setdefault(self, {})
        known = fields.get
        mentions = []
        cursor = 0
        for start, negative_end, surface in sorted(occurrences):
            if start < cursor:
                continue
            cursor = end = -negative_end
            if (end in apostrophes or start - 1 in apostrophes) and _inside_a_word(text, start, end):
                continue
            if surface in phrased and _in_protected_phrase(text, start, end, self._phrases(surface)):
                continue
            mentions.append(_mention((start, end, *(known(surface) or self._mention_fields(surface)))))
        return mentions

    def _mention_fields(self, surface: str) -> tuple[str, tuple[str, ...], FormKind]:
        """The fields of a mention written ``surface`` but its offsets: the surface, the ids of the
        entities written so and the kind of form for the first. Asked of every mention, and a name
        recurs across texts: kept in a dict of the surfaces seen, far smaller than the gazetteer's
        tables, so that most mentions read nothing else."""
        forms = self._forms[surface]
        found = (surface, tuple(i for i, _ in forms), FormKind(forms[0][1]))
        _MENTION_FIELDS.setdefault(self, {})[surface] = found
        return found

    def _phrases(self, surface: str) -> tuple[tuple[str, str], ...]:
        """The (words before, words after) of each protected phrase of an entity written ``surface`` that
        holds this form ("chicken Kiev")."""
        return tuple(
            (before, after)
            for entry_id, _ in self._forms[surface]
            for form, before, after in self._protected.get(entry_id, ())
            if form == surface
        )


def _in_protected_phrase(text: str, start: int, end: int, phrases: tuple[tuple[str, str], ...]) -> bool:
    """Whether the mention at [start, end) is the name inside one of ``phrases`` (words before, words
    after), also written across a line break ("Chicken\nKiev")."""
    for before, after in phrases:
        window_start = max(0, start - len(before) - MAX_PHRASE_GAP)
        if before and not _phrase_pattern(before, at_end=True).search(text, window_start, start):
            continue
        window_end = end + len(after) + MAX_PHRASE_GAP
        if after and not _phrase_pattern(after, at_end=False).match(text, end, window_end):
            continue
        return True
    return False


def collision(surface: str, declared: bool) -> str:
    """Why a rewritable form must not be rewritten on its own, or "" if it may be.

    A form collides when it is too short or no word at all, or when, written as one word, it is an
    English word or a common first name. (A key that is another entity's name is left out before this
    is asked; a declared form that is also another's is ambiguous, which no rule rewrites.) A pinyin key is a guess and
    yields to any such sign (:data:`KEY_WORD_ZIPF`, any listed first name); a form a table declares
    yields only to a word too common to be a name's spelling (:data:`DECLARED_WORD_ZIPF`) or a common
    first name.

    >>> collision("Lute", declared=False), collision("Kiev", declared=True), collision("The", declared=True)
    ('occurs in English on its own (Zipf 2.9)', '', 'occurs in English on its own (Zipf 7.7)')
    """
    if sum(c.isalpha() for c in surface) < MIN_FORM_LETTERS:
        return f"has fewer than {MIN_FORM_LETTERS} letters"
    if not _SINGLE_WORD.fullmatch(surface):
        return ""
    frequency = zipf(surface)
    if frequency >= (DECLARED_WORD_ZIPF if declared else KEY_WORD_ZIPF):
        return f"occurs in English on its own (Zipf {frequency:.1f})"
    share = first_names().get(surface.lower())
    if share is not None and (share >= COMMON_FIRST_NAME_PERCENT or not declared):
        return f"is a first name ({share:.3f} % of Americans in the 1990 census)"
    return ""


def collision_warnings(entries: Iterable[Entry], builtin: Gazetteer | None = None) -> list[str]:
    """One line per form of user ``entries`` that will never be rewritten, for ``glossary check``: a
    rewritable form the collision guard leaves out ("'The' occurs in English on its own (Zipf 7.7)"), and
    a name that is also a form of another ``builtin`` entry where one of the two is rewritable ("Kiev"
    declared for a user entity makes the built-in Kiev -> Kyiv ambiguous, and no rule rewrites it)."""
    warnings = []
    for entry in entries:
        for surface, kind in entry.forms().items():
            why = collision(surface, declared=True) if kind.is_rewritten else ""
            if why:
                warnings.append(
                    f"entry {entry.id!r}: {kind.value} {surface!r} {why}; it will never be rewritten"
                )
                continue
            others = [] if builtin is None or not kind.is_name else builtin.lookup(surface)
            clashes = [
                e for e, other in others if e.id != entry.id and (kind.is_rewritten or other.is_rewritten)
            ]
            if clashes:
                warnings.append(
                    f"entry {entry.id!r}: {kind.value} {surface!r} is also a form of the built-in entry "
                    f"{clashes[0].id!r} ({clashes[0].canonical}); both make it ambiguous, and neither is rewritten"
                )
    return warnings


@functools.cache
def first_names() -> dict[str, float]:
    """Lower-cased first name -> percent of Americans who bear it: the US Census Bureau's 1990 lists of
    male and female first names (public domain), as shipped by the PyPI package ``names`` (MIT)."""
    import names  # the Census first-name lists (no type information: see [tool.mypy] in pyproject.toml)

    shares: dict[str, float] = {}
    for which in ("first:male", "first:female"):
        with open(names.FILES[which], encoding="ascii") as lines:
            for line in lines:
                name, percent, *_ = line.split()
                shares[name.lower()] = max(float(percent), shares.get(name.lower(), 0.0))
    return shares


def _positions(text: str, characters: str) -> set[int]:
    """Where each of ``characters`` stands in ``text``: ``str.find`` leaps from one to the next, faster
    than a pattern tried at every character."""
    positions = set()
    for character in characters:
        position = text.find(character)
        while position >= 0:
            positions.add(position)
            position = text.find(character, position + 1)
    return positions


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """Whether an apostrophe glues the span to more letters: "Modi" in "Modi’in" is no mention of Modi,
    though "Kiev's" mentions Kiev."""
    after = text[end : end + 3]
    if len(after) > 1 and after[0] in _APOSTROPHE and after[1].isalpha():
        return not (after[1] == "s" and not after[2:].isalnum())
    before = text[max(0, start - 2) : start]
    return len(before) == 2 and before[1] in _APOSTROPHE and before[0].isalpha()


def _name_index() -> type[NameIndex]:
    """The class of the names index, imported when a gazetteer is first made: translit.names reads this
    package, and a process that makes none (``translit --help``) needs neither."""
    from translit.names.index import NameIndex

    return NameIndex


def _phrased_forms(protected: Mapping[str, tuple[tuple[str, str, str], ...]]) -> frozenset[str]:
    return frozenset(form for phrases in protected.values() for form, _, _ in phrases)


def _phrase_parts(entry: Entry) -> tuple[tuple[str, str, str], ...]:
    """Each protected phrase split around the entity's form in it: "chicken Kiev" -> ("Kiev", "chicken ", "")."""
    parts = []
    for phrase in entry.protected:
        for surface in entry.forms():
            found = regex.search(rf"(?<!\w){regex.escape(surface)}(?!\w)", phrase)
            if found:
                parts.append((surface, phrase[: found.start()], phrase[found.end() :]))
    return tuple(parts)


@functools.lru_cache(maxsize=256)
def _phrase_pattern(words: str, at_end: bool) -> regex.Pattern[str]:
    """The words before (``at_end``: ending where the name starts) or after a name in a protected phrase,
    in any case, with any run of whitespace wherever the phrase has some."""
    pattern = r"\s+".join(regex.escape(part) for part in regex.split(r"\s+", words.strip()) if part)
    if words[:1].isspace():
        pattern = r"\s+" + pattern
    if words[-1:].isspace():
        pattern += r"\s+"
    return regex.compile(rf"(?i)(?<!\w){pattern}\Z" if at_end else rf"(?i){pattern}(?!\w)")


def table_files(folder: Path) -> tuple[list[Path], Path]:
    """The entity tables of a glossary folder in load order, and its abbreviation table."""
    generated = sorted((folder / SOURCES_FOLDER).glob("*.tsv"))
    curated = sorted((folder / ENTITIES_FOLDER).glob("*.tsv"))
    return [*generated, *curated], folder / ABBREVIATIONS_FILE


def side_tables(folder: Path) -> tuple[list[Abbreviation], list[Rendering]]:
    """The abbreviation and rendering tables of a glossary folder (none where it has none)."""
    _, abbreviation_file = table_files(folder)
    abbreviations = read_abbreviations(abbreviation_file) if abbreviation_file.exists() else []
    renderings_file = folder / RENDERINGS_FILE
    return abbreviations, read_renderings(renderings_file) if renderings_file.exists() else []


def content_hash(folder: Path, extra_files: Sequence[Path] = ()) -> str:
    """A short hash of every table a load would read, in order: it names the gazetteer's content."""
    entity_files, abbreviation_file = table_files(folder)
    digest = hashlib.sha256()
    for path in [*entity_files, abbreviation_file, folder / RENDERINGS_FILE, *map(Path, extra_files)]:
        if path.exists():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]
