"""Non-canonical or inconsistent spellings of a known entity: one spelling per entity per article.

Four cases, all rewritten to the gazetteer's canonical spelling:
- a listed variant (a spelling that is simply wrong for the house);
- a pinyin key of an entity outside the Chinese-speaking world ("He Jinli" for 賀錦麗, Kamala Harris;
  "Li Zaiming" for 李在明, Lee Jae-myung: Korean and Japanese names are read in their own language);
- a valid alternate spelling, or a pinyin key (Lai Qingde for 賴清德), in an article that also spells the
  entity another way (Lugansk beside Luhansk); used consistently, either is the house style's business.
  With the house style off, two valid spellings (the canonical one and an alternate) are made consistent
  in the one the article uses more often: a story that writes "Kim Jong-un" ten times and "Kim Jong Un"
  once is a story in the first spelling;
- an unknown word that sounds like the surname of a person the article names (Heday beside Serhiy Haidai).

Where the caller gives the Chinese original, it has the last word on a pinyin key or a sound-alike: a
segment whose original names no Chinese form of the entity names someone or something else.

Complexity: linear in the text. Each mention is judged by dictionary look-ups and the handful of
spellings its entity has; each capitalized word is looked up among the surnames by its sound (first
letter and Metaphone code), not compared with every surname the article names.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Set
from typing import TYPE_CHECKING

import jellyfish
import regex

from translit.edits import Candidate, Finding
from translit.gazetteer import FormKind
from translit.gazetteer.facts import (
    GIVEN_NAME_FIRST_COUNTRIES,
    OWN_READING_COUNTRIES,
    writes_names_in_characters,
)
from translit.names.garbled import mistypes_a_japanese_given_name
from translit.names.index import MIN_SOUND_SIMILARITY
from translit.names.memo import SurfaceMemo
from translit.names.namesakes import mainland_namesake
from translit.names.phonetic import similarity, sound_key
from translit.names.romanization import syllabify
from translit.names.spans import sub_runs, without_possessive
from translit.names.support import references_near
from translit.rules.context import (
    is_foreign_pinyin,
    is_inside_another_name,
    is_inside_longer_name,
    is_pinyin_error,
    is_unknown_word,
    other_spellings,
)
from translit.rules.near_miss import VALID_KINDS, usual_spelling
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document, Mention
    from translit.gazetteer import Entry, Gazetteer

#: The prior ladder: a listed variant is simply wrong; the pinyin of a transcribed foreign name and an
#: inconsistent spelling are wrong in context; a sound-alike of a surname the article names is a guess
#: shared among the surnames it sounds like.
LISTED_VARIANT = 0.95
FOREIGN_PINYIN = 0.9
INCONSISTENT_SPELLING = 0.9
SOUND_ALIKE_SURNAME = 0.85
#: A foreigner's name in pinyin of this many syllables or fewer, as one word, reads many names.
AMBIGUOUS_SYLLABLES = 2
#: A surname respelled is told by sound from this many letters: shorter surnames are too alike.
MIN_SURNAME_LETTERS = 4
#: A full name one letter off a name the story writes: a slip, where the person is from East Asia
#: outside the mainland and the name has this many letters (shorter names a letter apart are others').
MISTYPED_NAME = 0.85
MIN_TYPO_LETTERS = 8
TYPO_CHECKED_COUNTRIES = frozenset({"TW", "HK", "MO", "SG", "KR", "KP", "JP"})

_CAPITALIZED_WORD = regex.compile(r"(?<![\w'’-])\p{Lu}\p{Ll}{2,}(?![\w-])")


def find_variants(document: Document) -> Iterator[Finding]:
    yield from _listed_and_inconsistent_spellings(document)
    yield from _sound_alike_surnames(document)
    yield from _mistyped_full_names(document)


def _listed_and_inconsistent_spellings(document: Document) -> Iterator[Finding]:
    # with the house style on, only a rewritten form (a variant, a pinyin key) is judged: most are not
    kinds = _REWRITTEN_KINDS if document.house_style else _REWRITTEN_KINDS | VALID_KINDS
    for mention in document.mentions_of_kinds(kinds):
        if len(mention.entries) != 1:
            continue
        entry = document.gazetteer[mention.entries[0]]
        replacement = entry.canonical_for(mention.surface)
        if not document.house_style:  # every spelling follows the article's usual valid one
            replacement = usual_spelling(document, entry.id, replacement, mention.kind in VALID_KINDS)
            if replacement == mention.surface:
                continue  # the article's usual spelling: the others follow it
        if mention.kind is FormKind.VARIANT:
            reason = f"{mention.surface!r} is a non-canonical spelling of {entry.canonical}"
            prior = LISTED_VARIANT
        elif is_pinyin_error(entry, mention.kind, mention.surface):
            if (
                is_inside_another_name(document, mention, entry)
                or _source_names_otherwise(document, mention.start, entry)
                or (document.source is None and _is_unsupported_word(document, mention, entry))
            ):
                continue
            if document.source is None and (
                note := mainland_namesake(document, entry, mention.start, mention.end)
            ):
                yield Finding(
                    mention.start, mention.end, mention.surface, "variant", "variant", (), note=note
                )
                continue
            chinese = "/".join(entry.chinese[:2])
            reason = (
                f"{mention.surface!r} is the pinyin of the Chinese name of {entry.canonical} ({chinese}), "
                "never its English spelling"
                if is_foreign_pinyin(entry, mention.kind)
                else f"{mention.surface!r} reads {entry.canonical}'s name ({chinese}) in Mandarin; its "
                "characters have readings of their own language"
                if entry.country in OWN_READING_COUNTRIES
                else f"{mention.surface!r} writes each syllable of {entry.canonical}'s name ({chinese}) as "
                "a word, as no romanization does"
            )
            prior = FOREIGN_PINYIN
        else:
            others = other_spellings(document, entry.id, mention.surface)
            if replacement != entry.canonical_for(mention.surface):
                others.add(replacement)  # the article's usual spelling may be a near miss ("Kim Joo-ae")
            if not others or is_inside_another_name(document, mention, entry):
                continue  # a consistent valid spelling: only the house style may change it
            which = (
                "the canonical one"
                if replacement == entry.canonical_for(mention.surface)
                else "its usual one"
            )
            reason = (
                f"the article spells {entry.canonical} both {mention.surface!r} and "
                f"{' and '.join(map(repr, sorted(others)))}; one spelling per entity, {which}"
            )
            prior = INCONSISTENT_SPELLING
        yield Finding(
            mention.start,
            mention.end,
            mention.surface,
            "variant",
            "variant",
            (Candidate(replacement, reason, prior, entry=entry.id),),
        )


_REWRITTEN_KINDS = frozenset(kind for kind in FormKind if kind.is_rewritten)


def _is_unsupported_word(document: Document, mention: Mention, entry: Entry) -> bool:
    """Whether the mention is the pinyin of a foreigner's name in one word of two syllables that nothing
    near it supports: no other reference to the person or the country. Two syllables read many names
    ("Saixi" is 塞西, Sisi, and also 賽西, a laboratory; "Lutuo" is Ruto and a river), where three
    ("Haerkefu", Kharkiv) or two words ("He Jinli", Kamala Harris) read one. Asked only without the
    Chinese original, which says itself whom the word reads."""
    words = mention.surface.split()
    if len(words) > 1 or not is_foreign_pinyin(entry, mention.kind):
        return False
    splits = syllabify(words[0])
    if not splits or len(splits[0]) > AMBIGUOUS_SYLLABLES:
        return False
    near = [entry.id, *document.gazetteer.countries_of([entry.id])]
    return not any(references_near(document, entry_id, mention.start, mention.end) for entry_id in near)


def _sound_alike_surnames(document: Document) -> Iterator[Finding]:
    surnames = _surnames_of_people_named(document)
    if not surnames:
        return
    by_sound: dict[tuple[str, str], list[tuple[str, Entry]]] = {}
    by_key: dict[str, list[tuple[str, Entry]]] = {}
    for surname, entry in surnames.items():
        sound, key = _word_keys(surname)  # surnames recur across texts as words do
        by_sound.setdefault(sound, []).append((surname, entry))
        by_key.setdefault(key, []).append((surname, entry))
    # the words that sound or are spelled like a surname: most words are like none
    words = _capitalized_words(document)
    alike = set().union(*(_words_alike(surname).passing(document.gazetteer, words) for surname in surnames))
    if not alike:
        return
    starts = [m.start for m in document.mentions]  # sorted and disjoint: found by bisection
    for match in _CAPITALIZED_WORD.finditer(document.text):
        word = match.group()
        if word not in alike:
            continue
        index = bisect.bisect_right(starts, match.start()) - 1
        inside_mention = index >= 0 and match.start() < document.mentions[index].end
        if inside_mention or not is_unknown_word(document, word):
            continue
        sound, key = _word_keys(word)
        matches = [(s, entry) for s, entry in by_sound.get(sound, ()) if _sounds_like(word, s)]
        matches += [
            (s, entry)
            for s, entry in by_key.get(key, ())
            if (s, entry) not in matches and _spelled_alike(word, s)
        ]
        # a surname alone in a long, many-story text is no reference to a person named in another story
        matches = [
            (s, entry)
            for s, entry in matches
            if references_near(document, entry.id, match.start(), match.end())
            and not _source_names_otherwise(document, match.start(), entry)
        ]
        for surname, entry in matches:
            reason = (
                f"{word!r} is no known word and sounds like {surname!r} ({entry.canonical}), whom the "
                "article names; one spelling per person per article"
            )
            candidate = Candidate(surname, reason, SOUND_ALIKE_SURNAME / len(matches), entry=entry.id)
            yield Finding(match.start(), match.end(), word, "variant", "variant", (candidate,))


def _names_a_person(gazetteer: Gazetteer, surface: str) -> bool:
    """Whether one of the entities written ``surface`` is a person."""
    return any(entry.type == "person" for entry, _ in gazetteer.lookup(surface))


def _is_capitalized_word(_gazetteer: Gazetteer, word: str) -> bool:
    """Whether an ASCII word is one :data:`_CAPITALIZED_WORD` may find: a capital, then two or more
    lower-case letters."""
    return len(word) > 2 and word[0].isupper() and word[1:].islower() and word.isalpha()


#: The surfaces that name a person, and the capitalized words, of every document asked.
_PERSON_SURFACES = SurfaceMemo(_names_a_person)
_CAPITALIZED_WORDS = SurfaceMemo(_is_capitalized_word)


def _capitalized_words(document: Document) -> Set[str]:
    """The distinct words :data:`_CAPITALIZED_WORD` finds in the text, or a few more: a filter of its
    matches, not a list of them.

    In ASCII text each such word stands whole among the document's
    :attr:`~translit.document.Document.capitalized_words` (it starts a run of capitalized words or
    stands inside one, between characters that break words there), so its capitalized ones stand in
    for a scan of the whole text.
    """
    if document.text.isascii():
        return _CAPITALIZED_WORDS.passing(document.gazetteer, document.capitalized_words)
    return set(_CAPITALIZED_WORD.findall(document.text))


@functools.lru_cache(maxsize=4096)
def _words_alike(surname: str) -> SurfaceMemo:
    """The words that sound like (:func:`_sounds_like`) or are spelled like (:func:`_spelled_alike`)
    ``surname``, each told by its keys first; remembered per surname, as surnames and words recur."""
    sound, key = _word_keys(surname)

    def is_alike(_gazetteer: Gazetteer, word: str) -> bool:
        word_sound, word_key = _word_keys(word)
        return (word_sound == sound and _sounds_like(word, surname)) or (
            word_key == key and _spelled_alike(word, surname)
        )

    return SurfaceMemo(is_alike)


def _mistyped_full_names(document: Document) -> Iterator[Finding]:
    """A full name one letter off a name the story writes nearby for a person from East Asia outside
    the mainland ("Li Zaoming" beside "Li Zaiming", 李在明; "Tsai Ing-wem" beside "Tsai Ing-wen"): MT's
    or a typist's slip, and a second spelling of the person. Same surname (the last word of a Japanese
    name: "Fumio Kushida" may be someone else, as Ishida is another family than Ishiba, and of its given
    name only a letter mistyped in place: "Fumiko" is another name), same number of words, at least
    :data:`MIN_TYPO_LETTERS` letters: two real people a letter apart in one story are rarer than a slip. Mainland names are left alone: pinyin names a letter apart are often two people."""
    named = _full_names_written(document)
    if not named:
        return
    surnames = {surname for surname, _words, _last in named}
    if surnames.isdisjoint(document.capitalized_text.split(" ")):
        return  # most texts: no run of capitalized words holds a surname of a person the story names
    starts = [m.start for m in document.mentions]
    # most runs hold no surname of a person the story names
    holding = {run for run in document.distinct_capitalized_runs if not surnames.isdisjoint(run.split(" "))}
    for run_start, run in document.capitalized_runs_among(holding):
        for relative_start, relative_end in sub_runs(run):
            start = run_start + relative_start
            surface = without_possessive(document.text[start : run_start + relative_end])  # "Li Zaoming's"
            end = start + len(surface)
            words = surface.split(" ")
            spellings = {
                spelling: (entry, surname_last)
                for surname, surname_last in ((words[0], False), (words[-1], True))
                for spelling, entry in named.get((surname, len(words), surname_last), {}).items()
            }
            if not spellings or _overlaps(document, starts, start, end):
                continue
            matches = {
                (spelling, entry.id): (entry, surname_last)
                for spelling, (entry, surname_last) in spellings.items()
                if _one_letter_off(surface, spelling)
                and references_near(document, entry.id, start, end)
                and not is_inside_longer_name(document.text, start, end, entry.name_words)
            }
            if len(matches) != 1:
                continue
            [((spelling, _id), (entry, surname_last))] = matches.items()
            given = words[:-1] if surname_last else words[1:]
            if not all(is_unknown_word(document, w) for w in given):
                continue
            if surname_last and not mistypes_a_japanese_given_name(
                " ".join(given), spelling.rsplit(" ", 1)[0]
            ):
                continue
            reason = (
                f"{surface!r} is one letter off {spelling!r} ({entry.canonical}), which the story writes "
                "nearby: a slip, and one person spelled two ways"
            )
            candidate = Candidate(spelling, reason, MISTYPED_NAME, entry=entry.id)
            yield Finding(start, end, surface, "variant", "variant", (candidate,))
            break  # the longest sub-run from this word


def _full_names_written(document: Document) -> dict[tuple[str, int, bool], dict[str, Entry]]:
    """(surname, number of words, whether the surname is the last word) -> the full names of East Asian
    people outside the mainland that the document writes, each with its entity. The surname is the last
    word where the name is written as the house writes a Japanese name (Fumio Kishida), else the first
    (Kim Keon-hee; Kishida Fumio and Anbei Jinsan, in Japanese order)."""
    gazetteer = document.gazetteer
    checked = _TYPO_CHECKED_NAMES.passing(gazetteer, document.surfaces)
    named: dict[tuple[str, int, bool], dict[str, Entry]] = {}
    for mention in [m for m in document.first_mentions if m.surface in checked] if checked else ():
        words = mention.surface.split(" ")
        entry = gazetteer[mention.entries[0]]
        surname_last = (
            entry.country in GIVEN_NAME_FIRST_COUNTRIES and words[-1] == entry.canonical.split()[-1]
        )
        surname = words[-1] if surname_last else words[0]
        named.setdefault((surname, len(words), surname_last), {})[mention.surface] = entry
    return named


def _is_typo_checked_name(gazetteer: Gazetteer, surface: str) -> bool:
    """Whether ``surface`` is the full name of one person alone, from East Asia outside the mainland,
    of at least :data:`MIN_TYPO_LETTERS` letters."""
    if " " not in surface or len(surface) < MIN_TYPO_LETTERS:
        return False  # most surfaces: one word ("Taiwan")
    owners = gazetteer.lookup(surface)
    if len(owners) != 1:
        return False  # one of several entities
    entry = owners[0][0]
    return (
        entry.type == "person"
        and entry.country in TYPO_CHECKED_COUNTRIES
        and len(_letters(surface)) >= MIN_TYPO_LETTERS
    )


#: The surfaces that :func:`_mistyped_full_names` checks, of every document asked.
_TYPO_CHECKED_NAMES = SurfaceMemo(_is_typo_checked_name)


def _one_letter_off(surface: str, spelling: str) -> bool:
    ours, theirs = _letters(surface), _letters(spelling)
    return ours != theirs and jellyfish.levenshtein_distance(ours, theirs) == 1


def _letters(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalpha())


def _overlaps(document: Document, starts: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_right(starts, start) - 1
    if index >= 0 and document.mentions[index].end > start:
        return True
    return index + 1 < len(starts) and starts[index + 1] < end


def _source_names_otherwise(document: Document, offset: int, entry: Entry) -> bool:
    """Whether the original of the segment at ``offset`` is given and names no form of ``entry``: then a
    pinyin key or a sound-alike is another name that reads or sounds the same ("Saixi" of 賽西, a
    laboratory, is no 塞西, Sisi; "Modrow" is no Maduro where the source writes 莫德羅)."""
    source = document.source
    if source is None or not entry.chinese:
        return False
    return all(entry.id not in entity.entries for entity in source.segment_at(offset).entities)


def _surnames_of_people_named(document: Document) -> dict[str, Entry]:
    """The surnames of the people the article names: their short forms, and for a foreigner named in
    full without one (the generated tables give none) the last word of the name."""
    surnames = {}
    gazetteer = document.gazetteer
    people = _PERSON_SURFACES.passing(gazetteer, document.surfaces)
    for mention in [m for m in document.mentions if m.surface in people] if people else ():
        for entry_id in mention.entries:
            entry = document.gazetteer[entry_id]
            if entry.type != "person":
                continue
            surnames.update(dict.fromkeys(entry.short, entry))
            if not entry.short and mention.kind is FormKind.CANONICAL and _is_foreign_full_name(entry):
                surnames.setdefault(entry.canonical.split()[-1], entry)
    return surnames


def _is_foreign_full_name(entry: Entry) -> bool:
    """A Western name of two or three words, the last the surname (Gwyneth Paltrow)."""
    words = entry.canonical.split()
    return (
        2 <= len(words) <= 3
        and not writes_names_in_characters(entry.country)
        and words[-1].isalpha()
        and not all(syllabify(word) for word in words)
    )


def _spelled_alike(word: str, surname: str) -> bool:
    """Same sound key (:func:`translit.names.phonetic.sound_key`) and letters this alike: "Paltrov" for
    Paltrow, "Botas" for Bottas."""
    return (
        word != surname
        and len(word) >= MIN_SURNAME_LETTERS
        and similarity(word, surname) >= MIN_SOUND_SIMILARITY
    )


@functools.lru_cache(maxsize=65536)
def _word_keys(word: str) -> tuple[tuple[str, str], str]:
    """The word's :func:`_sound_key` and :func:`sound_key`: asked of every unknown capitalized word of
    every document, and words recur."""
    return _sound_key(word), sound_key(word)


def _sound_key(word: str) -> tuple[str, str]:
    """What two words that sound alike (:func:`_sounds_like`) share: first letter and Metaphone code."""
    return word[0], jellyfish.metaphone(word)


def _sounds_like(word: str, surname: str) -> bool:
    """Same first letter, same Metaphone and Soundex codes, similar length: Heday ~ Haidai."""
    return (
        word != surname
        and word[0] == surname[0]
        and abs(len(word) - len(surname)) <= 2
        and jellyfish.metaphone(word) == jellyfish.metaphone(surname)
        and jellyfish.soundex(word) == jellyfish.soundex(surname)
    )


RULE = Rule(
    name="variant",
    find=find_variants,
    emits=frozenset({"variant"}),
    priors={
        "listed variant": LISTED_VARIANT,
        "pinyin of a transcribed foreign name, or of Korean or Japanese characters": FOREIGN_PINYIN,
        "inconsistent spelling": INCONSISTENT_SPELLING,
        "sound-alike of a named surname (shared among matches)": SOUND_ALIKE_SURNAME,
        "a full name one letter off a name the story writes": MISTYPED_NAME,
    },
    reads=frozenset({Evidence.NAMES, Evidence.SOURCE}),
    writes=frozenset({Evidence.NAMES}),
)
