"""Garbled spellings of a person's name: one part of it written exactly, the other a few letters off.

MT that knows a person may still mistype the name in one of its mentions: "Kim Kyn-hee" beside Kim
Keon-hee, "Han Dek soo" beside Han Duck-soo, "Antony Blinden" or a lone "Blinden" beside Antony Blinken.
Such a spelling is no romanization and sounds like no key of the name index; only its letters tell, and
letters are weak evidence: given names are dense (Lee Jae-myung and Lee Jae-yong, Ji-hoon and Ji-hyun are
different people). So a span is a garble of a person only where

- one part of the name, the surname or the given name, is written exactly as the person's;
- the other part is close (:func:`letters_apart`): a few letters edited, its first letter kept;
- each garbled piece of it is a word of that part of no name the gazetteer knows, no common English
  word, no syllable of Mandarin in a Chinese name, and in a Western name no common American surname
  or first name (a real, rarer name stays); a Japanese garble is a given name mistyped in place;
- no other person the gazetteer knows with the same exact part is as close.

A lone word is a garble only of a Western surname the gazetteer declares as a person's short name, one
letter off. Whether the span is the person at all, the story says: only a story that names the person
nearby supports a garble (:func:`translit.names.prior.is_supported`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

import regex
from jellyfish import levenshtein_distance

from translit.gazetteer.entry import Entry, FormKind
from translit.gazetteer.facts import (
    CHARACTER_NAME_COUNTRIES,
    CHINESE_SPEAKING_COUNTRIES,
    GIVEN_NAME_FIRST_COUNTRIES,
    JAPANESE_NAME_COUNTRIES,
)
from translit.gazetteer.words import zipf
from translit.names.parts import NameParts
from translit.names.romanization import syllabify
from translit.names.surnames import (
    MAX_REAL_SURNAME_RANK,
    MAX_RESPELLED_ZIPF,
    first_names_of_americans,
    surname_ranks,
)

#: At most this share of a part's letters may be garbled: "Kyn-hee" is two edits from Keon-hee's seven
#: letters; "Shiiro" is three from Shigeru's seven, and left alone.
MAX_GARBLED_SHARE = 0.3
#: A lone surname is a garble from this many letters, one letter off ("Blinden"): shorter surnames are
#: too alike (Biden, Boden).
MIN_LONE_SURNAME_LETTERS = 6
#: Japanese given names differ from one another by a syllable added or dropped (Fumio, Fumiko; Shigeru,
#: Shigeo) or changed in a short name (Yuko, Yuki): a Japanese garble is a given name of this many letters
#: with a letter mistyped in place ("Funio"), never a surname (Ishiba, Ishida).
MIN_JAPANESE_GIVEN_LETTERS = 5
#: The forms of a person compared: full names, and for the lone-surname case the declared short name.
_FULL_NAMES = frozenset({FormKind.CANONICAL, FormKind.ALTERNATE, FormKind.VARIANT})
_PIECES = regex.compile(r"[\s\-‐‑]+")
_SURNAME, _GIVEN = "surname", "given name"


class _Filed(NamedTuple):
    """A person's name filed under its exact part: the other part, which a garble may misspell."""

    entry: str
    form: str
    replacement: str
    exact: str  # the part a garble writes exactly ("" for a lone surname)
    other: str  # the part a garble misspells, as the form writes it
    other_kind: str  # _SURNAME or _GIVEN
    country: str
    target: bool  # whether a garble may be replaced by this person's name (curated entries only)


#: A _Filed from its fields: the tuple type's own constructor, in C (the shipped image reads thousands).
_filed = functools.partial(tuple.__new__, _Filed)


@dataclass(frozen=True, slots=True)
class Garble:
    """A span read as a garbled spelling of one person's name."""

    entry: str
    replacement: str
    evidence: str


class GarbleIndex:
    """Persons' names filed under each part written exactly, for :meth:`garbles`."""

    def __init__(self, entries: Iterable[Entry], parts: Mapping[str, NameParts], indexed: set[str]) -> None:
        """File every person of ``entries``, by the surname of their ``parts`` where known; a garble is
        read as a person of ``indexed`` (curated entries) only, and the others stand in its way."""
        #: (exact part, "first" or "last") -> the names that start or end with it
        self._by_part: dict[tuple[str, str], list[_Filed]] = {}
        #: deletion keys of Western short surnames (every spelling one letter short): a span one letter
        #: off a surname shares a key with it
        self._lone: dict[str, list[_Filed]] = {}
        #: lower-cased pieces of every person's surnames and given names: a garbled piece among them is
        #: another person's name
        self._pieces: dict[str, set[str]] = {_SURNAME: set(), _GIVEN: set()}
        for entry in entries:
            if entry.type == "person":
                self._add(entry, parts.get(entry.id), entry.id in indexed)

    def __eq__(self, other: object) -> bool:
        """Indexes of the same entries are equal: a gazetteer from the shipped table is checked against
        a build."""
        return isinstance(other, GarbleIndex) and vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]  # mutable while built, compared by content

    def state(self) -> dict[str, Any]:
        """The index as plain data (:meth:`translit.names.index.NameIndex.state`)."""
        return {
            "by part": self._by_part,
            "lone": self._lone,
            "pieces": {kind: sorted(pieces) for kind, pieces in self._pieces.items()},
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> GarbleIndex:
        """The index whose :meth:`state` that is."""
        index = cls.__new__(cls)
        index._by_part, index._lone = state["by part"], state["lone"]  # plain tuples: see _compared
        index._pieces = {kind: set(pieces) for kind, pieces in state["pieces"].items()}
        return index

    def _add(self, entry: Entry, parts: NameParts | None, target: bool) -> None:
        for form, kind in entry.forms().items():
            words = form.split()
            if kind in _FULL_NAMES and len(words) >= 2:
                self._add_full_name(entry, form, kind, words, parts, target)
            elif kind is FormKind.SHORT and len(words) == 1 and target and _is_western(entry.country):
                self._add_lone_surname(entry, form)

    def _add_full_name(
        self, entry: Entry, form: str, kind: FormKind, words: list[str], parts: NameParts | None, target: bool
    ) -> None:
        replacement = form if kind is FormKind.CANONICAL else entry.canonical_for(form)
        for surname_first in _surname_orders(entry, words, parts):
            cut = 1 if surname_first else len(words) - 1
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            head_kind, tail_kind = (_SURNAME, _GIVEN) if surname_first else (_GIVEN, _SURNAME)
            self._pieces[head_kind].update(piece.lower() for piece in _pieces(head))
            self._pieces[tail_kind].update(piece.lower() for piece in _pieces(tail))
            for exact, position, other, other_kind in (
                (head, "first", tail, tail_kind),
                (tail, "last", head, head_kind),
            ):
                filed = _Filed(entry.id, form, replacement, exact, other, other_kind, entry.country, target)
                self._by_part.setdefault((exact, position), []).append(filed)

    def _add_lone_surname(self, entry: Entry, surname: str) -> None:
        if len(_letters(surname)) < MIN_LONE_SURNAME_LETTERS:
            return
        filed = _Filed(entry.id, surname, surname, "", surname, _SURNAME, entry.country, True)
        for key in _deletion_keys(_letters(surname)):
            self._lone.setdefault(key, []).append(filed)

    def may_start_or_end(self, word: str) -> bool:
        """Whether some name starts or ends with ``word``: a cheap screen before :meth:`garbles`."""
        return (word, "first") in self._by_part or (word, "last") in self._by_part

    def may_be_a_lone_surname(self, word: str) -> bool:
        """Whether ``word`` is one letter off some Western surname filed: a screen, as above."""
        letters = _letters(word)
        return len(letters) >= MIN_LONE_SURNAME_LETTERS - 1 and any(
            k in self._lone for k in _deletion_keys(letters)
        )

    def garbles(self, span: str) -> Iterator[Garble]:
        """The person ``span`` garbles, where one alone is closest of all the names it may garble."""
        words = span.split()
        close = [
            (distance, filed, written)
            for filed, written in self._compared(words)
            if (distance := self._distance(filed, written)) is not None
        ]
        if not close:
            return
        best = min(distance for distance, _, _ in close)
        nearest = {filed.entry: (filed, written) for distance, filed, written in close if distance == best}
        if len(nearest) != 1:
            return  # as close to two people: either's
        filed, written = next(iter(nearest.values()))
        if filed.target:
            yield Garble(filed.entry, filed.replacement, _evidence(filed, written, best))

    def _compared(self, words: list[str]) -> Iterator[tuple[_Filed, str]]:
        """Each name the span may garble, and the span's part that would garble the name's other part."""
        # a name filed here is a plain tuple where the index was read from the shipped image (thousands
        # of names, of which a run compares a few): a _Filed is made of it here
        if len(words) == 1:
            for key in _deletion_keys(_letters(words[0])):
                yield from ((filed, words[0]) for filed in map(_filed, self._lone.get(key, ())))
            return
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            yield from ((filed, tail) for filed in map(_filed, self._by_part.get((head, "first"), ())))
            yield from ((filed, head) for filed in map(_filed, self._by_part.get((tail, "last"), ())))

    def _distance(self, filed: _Filed, written: str) -> int | None:
        """How many letters ``written`` is from the name's other part, where it is a garble of it."""
        distance = letters_apart(written, filed.other)
        if distance is None or (not filed.exact and distance > 1):
            return None  # a lone surname: one letter off
        if filed.country in JAPANESE_NAME_COUNTRIES and not (
            filed.other_kind == _GIVEN and mistypes_a_japanese_given_name(written, filed.other)
        ):
            return None
        named = {piece.lower() for piece in _pieces(filed.other)}
        garbled = [piece.lower() for piece in _pieces(written) if piece.lower() not in named]
        if all(self._is_garbled(piece, filed, named) for piece in garbled):
            return distance
        return None

    def _is_garbled(self, piece: str, filed: _Filed, named: set[str]) -> bool:
        """Whether a piece of a name is no name, word or syllable of its own: "Kyn", "Dek", "Blinden"
        (not "yong", a given name of Lee Jae-yong's; not "Chin", a syllable of Mandarin). A syllable of
        the name cut short ("yeo" for "yeol") is that syllable, whatever English makes of the letters."""
        if piece in self._pieces[filed.other_kind]:
            return False
        truncated = any(len(whole) == len(piece) + 1 and whole.startswith(piece) for whole in named)
        if zipf(piece) >= MAX_RESPELLED_ZIPF and not truncated:
            return False
        if filed.country in CHINESE_SPEAKING_COUNTRIES and syllabify(piece):
            return False
        if not _is_western(filed.country):
            return True
        if filed.other_kind == _GIVEN:
            return piece not in first_names_of_americans()  # "Mario" beside Marco Rubio
        rank = surname_ranks().get(piece)
        return rank is None or rank > MAX_REAL_SURNAME_RANK


def letters_apart(written: str, named: str) -> int | None:
    """How many letters (Levenshtein) ``written`` is from ``named``, case, spaces and hyphens ignored,
    where it is a close misspelling: at least one letter and at most :data:`MAX_GARBLED_SHARE` of the
    name's (one at least), the first letter kept, and not the whole name with more after it; else None.

    >>> letters_apart("Kyn-hee", "Keon-hee"), letters_apart("Dek soo", "Duck-soo")
    (2, 2)
    >>> letters_apart("Suk-yeo", "Suk Yeol"), letters_apart("Shiiro", "Shigeru"), letters_apart("Yukio", "Kunio")
    (1, None, None)
    """
    ours, theirs = _letters(written), _letters(named)
    if not ours or ours[0] != theirs[0] or ours.startswith(theirs):
        return None  # another first letter, or the name itself and more ("Blinken Jr", "the Blinkens")
    distance = levenshtein_distance(ours, theirs)
    return distance if 1 <= distance <= max(1, int(len(theirs) * MAX_GARBLED_SHARE)) else None


def mistypes_a_japanese_given_name(written: str, named: str) -> bool:
    """Whether ``written`` may be the Japanese given name ``named`` mistyped (see
    :data:`MIN_JAPANESE_GIVEN_LETTERS`): as many letters, at least that many ("Funio" for Fumio; not
    "Fumiko", another name)."""
    return len(_letters(written)) == len(_letters(named)) >= MIN_JAPANESE_GIVEN_LETTERS


def _evidence(filed: _Filed, written: str, distance: int) -> str:
    if not filed.exact:
        return f"{written!r} is one letter off {filed.form!r}; no other person's name is as close"
    letters = "letter" if distance == 1 else "letters"
    return (
        f"the {'given name' if filed.other_kind == _SURNAME else 'surname'} {filed.exact!r} as in {filed.form!r}, "
        f"the {filed.other_kind} {written!r} {distance} {letters} off {filed.other!r} "
        f"({len(_letters(filed.other))} letters); no other person's name is as close"
    )


def _surname_orders(entry: Entry, words: list[str], parts: NameParts | None) -> tuple[bool, ...]:
    """Whether the name puts its surname first: as its parts say (Kim Keon-hee), as its country writes
    names (Shigeru Ishiba, Antony Blinken), and either way where neither tells."""
    if parts is not None:
        return (words[0] == parts.surname,)
    if entry.country in CHARACTER_NAME_COUNTRIES:
        return (entry.country not in GIVEN_NAME_FIRST_COUNTRIES,)
    return (False,) if entry.country else (True, False)


def _is_western(country: str) -> bool:
    return country not in CHARACTER_NAME_COUNTRIES


def _pieces(part: str) -> list[str]:
    return [piece for piece in _PIECES.split(part) if piece]


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalpha())


def _deletion_keys(letters: str) -> Iterator[str]:
    """``letters``, and each spelling of it one letter short: two spellings one edit apart share one."""
    yield letters
    yield from (letters[:i] + letters[i + 1 :] for i in range(len(letters)))
