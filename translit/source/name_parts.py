"""A person's name in characters read in parts: the surname alone ("Mr Xu said" for 許正宇, Christopher
Hui) or the given name first ("Zunyi Liu" for 劉遵義, Lawrence Lau).

Both are what translators write too: a later mention by surname, a name in Western order. Neither is a
rendering the whole-name alignment finds (a syllable is too short to compare; the order differs), so
without this the entity counts as omitted. Each is taken only when exact and unambiguous: the surname a
word of its own, not a common English word ("He" for 何立峰 is the pronoun as often), and the surname's
character written in the source segment nowhere but in the entity's own mentions (陳茂波 and 陳凱先 in
one line leave "Chen" undecided). A Korean or Japanese name's characters have readings of their own
(李雪主 is Ri Sol Ju, never "Li"), and a transcribed foreign name's syllables are no surname: neither is
read in parts.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

import regex

from translit.gazetteer.entry import FormKind
from translit.gazetteer.words import zipf
from translit.rules.context import TITLES, is_pinyin_error
from translit.source.readings import letters, romanizations
from translit.source.script import fold

if TYPE_CHECKING:
    from translit.gazetteer import Entry
    from translit.source.entities import SourceEntity

#: A surname this common as an English word is no evidence of the name: "He", "Song", "Ma".
COMMON_SURNAME_WORD_ZIPF = 4.5
#: The characters of a name read in parts: a surname and a given name of one or two.
MIN_NAME_CHARACTERS, MAX_NAME_CHARACTERS = 2, 3


class PartReading(NamedTuple):
    start: int
    end: int
    written: str
    given_name_first: bool  # "Zunyi Liu": the whole name, a reading the house style may replace


def read_in_parts(
    entry: Entry,
    entity: SourceEntity,
    source: str,
    mentions: Sequence[SourceEntity],
    text: str,
    name_words: Sequence[regex.Match[str]],
) -> PartReading | None:
    """The first span of ``name_words`` (the capitalized words of the segment's ``text``) that reads
    ``entity``, a person, in parts; None if none does, or the entity is not read so. ``source`` is the
    segment's source and ``mentions`` its entities, with their offsets into it."""
    name = fold(entity.surface)
    if not _read_in_parts(entry) or not MIN_NAME_CHARACTERS <= len(name) <= MAX_NAME_CHARACTERS:
        return None
    surnames, given_names = _readings(name[0]), _readings(name[1:])
    surname_is_unique = _only_in_mentions(name[0], fold(source), entity, mentions)
    for index, word in enumerate(name_words):
        before = name_words[index - 1] if index else None
        if _joined_name_before(text, before, word):
            continue  # a later word of a name ("Dehua" of "Liu Dehua Liu Qingyun")
        joined = _joined_after(text, name_words, index)
        spelled = letters(word.group())
        if joined is None:
            if surname_is_unique and spelled in surnames and zipf(spelled) < COMMON_SURNAME_WORD_ZIPF:
                return PartReading(word.start(), word.end(), word.group(), False)
        elif (
            spelled in given_names
            and letters(joined.group()) in surnames
            and _joined_after(text, name_words, index + 1) is None
        ):
            return PartReading(word.start(), joined.end(), text[word.start() : joined.end()], True)
    return None


def _joined_after(text: str, name_words: Sequence[regex.Match[str]], index: int) -> regex.Match[str] | None:
    """The capitalized word one space after ``name_words[index]``, if any: the name goes on."""
    if index + 1 >= len(name_words):
        return None
    word, after = name_words[index], name_words[index + 1]
    return after if text[word.end() : after.start()] == " " else None


def _read_in_parts(entry: Entry) -> bool:
    """A person whose pinyin is a spelling translators use (:func:`is_pinyin_error`)."""
    return entry.type == "person" and not is_pinyin_error(entry, FormKind.PINYIN, "")


@functools.lru_cache(maxsize=4096)
def _readings(characters: str) -> frozenset[str]:
    """The romanizations of a surname's character or of a given name's characters."""
    return frozenset(romanizations(characters))


def _only_in_mentions(
    character: str, source: str, entity: SourceEntity, mentions: Sequence[SourceEntity]
) -> bool:
    """Whether ``character`` stands in ``source`` only as the first of the entity's own mentions."""
    own = sum(1 for m in mentions if m.entries == entity.entries and fold(m.surface).startswith(character))
    return source.count(character) == own


def _joined_name_before(text: str, before: regex.Match[str] | None, word: regex.Match[str]) -> bool:
    """Whether a capitalized word other than a title stands right before ``word``: then the two are one
    name ("Xu" of "Yang Xu")."""
    if before is None or text[before.end() : word.start()] != " ":
        return False
    return before.group().lower().rstrip(".") not in TITLES
