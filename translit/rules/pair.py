"""Pair compounds of two country abbreviations: 美中 left as "Meizhong", 以巴 expanded as "Israeli-Pakistani".

Chinese news joins two one-character abbreviations into a pair (美中 "US-China", 俄烏 "Russia-Ukraine").
MT either leaves the pair romanized ("Meizhong", "Ri-Han": an ``abbreviation`` fix) or expands an
ambiguous character to the wrong country ("Israeli-Pakistani" for 以巴: a ``confusable`` fix). The pair
rows of the abbreviation table say which compounds exist, how MT spells them and what they usually mean;
the document decides between readings, as for 烏東.

Complexity: linear in the text. Each pattern is one regex scan; per match the rule does constant work
against the pair table (a fixed size) and asks the document for counts (a dictionary) and for the
mentions inside the match (a bisection), so a text repeating "Israeli-Pakistani" n times costs O(n log n)
at worst, not the O(n²) of reading every mention per match.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.rules.anchored import Anchored, anchored
from translit.rules.context import (
    READING_PRIORS,
    describe_counts,
    is_inside_longer_name,
    is_unknown_word,
    reading_probabilities,
    reference_count,
)
from translit.rules.rule import Evidence, Rule
from translit.rules.source_context import describe_source, source_choice, source_probabilities

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Abbreviation
    from translit.gazetteer.abbreviations import PairWord

#: A misread pair is only questioned when the article refers to a sibling reading this often and to
#: the reading MT chose nowhere else: "Israeli-Pakistani" beside Gaza and Hamas, not in a story on Pakistan.
MIN_SIBLING_REFERENCES = 2


def find_pair_compounds(document: Document) -> Iterator[Finding]:
    if document.gazetteer.abbreviations.pairs:
        yield from _romanized_pairs(document)
        yield from _misread_pairs(document)


def _romanized_pairs(document: Document) -> Iterator[Finding]:
    """ "Meizhong relations" -> "US-China relations": a pair left as pinyin."""
    gazetteer = document.gazetteer
    table = gazetteer.abbreviations
    spellings = table.romanized_pairs
    if not spellings or _written_nowhere(document, _words_of(tuple(spellings))):
        return
    for match in _anchored(_word_pattern, tuple(spellings)).finditer(document.text):
        surface = match.group()
        if (
            gazetteer.lookup(surface)
            or not is_unknown_word(document, surface.replace("-", ""))
            or is_inside_longer_name(document.text, match.start(), match.end())
        ):
            continue
        pair = spellings[surface]
        sides = [_side_probabilities(document, pair, index) for index in range(2)]
        if not all(sides):
            continue
        ambiguous = next((i for i, side in enumerate(sides) if len(side) > 1), 0)
        usual = table.pair_name(pair)
        reason = f"{surface!r} leaves the pair compound {pair.chinese} ({usual}) untranslated"
        if len(sides[ambiguous]) > 1:
            reason += f"; {describe_counts(document, list(sides[ambiguous]))}"
        candidates = tuple(
            Candidate(
                replacement=table.pair_name(pair, (first, second)),
                reason=reason,
                prior=sides[0][first] * sides[1][second],
                entry=(first, second)[ambiguous],
                references=reference_count(document, (first, second)[ambiguous]),
            )
            for first, second in itertools.product(sides[0], sides[1])
        )
        yield Finding(match.start(), match.end(), surface, "abbreviation", "pair", candidates)


def _misread_pairs(document: Document) -> Iterator[Finding]:
    """ "Israeli-Pakistani clashes" in a story on Gaza -> "Israeli-Palestinian clashes"."""
    table = document.gazetteer.abbreviations
    forms = table.pair_words
    if _written_nowhere(document, _hyphen_joined(tuple(forms))):
        return
    for match in _anchored(_pair_pattern, tuple(forms)).finditer(document.text):
        for pair in table.pairs:
            written = _reading_as_written(pair, forms[match.group("first")], forms[match.group("second")])
            if written is None:
                continue
            suspects = [i for i in range(2) if written[i].entry != pair.entities[i]]
            if len(suspects) != 1:
                continue  # the usual reading, or both sides differ: nothing to go on
            side = suspects[0]
            start, end = match.span(("first", "second")[side])
            finding = _sibling_finding(document, pair, side, written[side], start, end)
            if finding is not None:
                yield finding
            break


def _sibling_finding(
    document: Document, pair: Abbreviation, side: int, written: PairWord, start: int, end: int
) -> Finding | None:
    gazetteer = document.gazetteer
    readings = gazetteer.abbreviations.readings(written.character)
    decided = source_choice(document, readings, start)
    if decided is not None:
        return _decided_by_source(document, pair, written, decided, start, end)
    own = sum(1 for m in document.mentions_in(start, end) if written.entry in m.entries)
    if document.count(written.entry) - own > 0:
        return None  # the article names MT's reading elsewhere: believe it
    siblings = [r for r in readings if r != written.entry]
    if not siblings or max(document.count(r) for r in siblings) < MIN_SIBLING_REFERENCES:
        return None
    discount = {written.entry: own}
    probabilities = reading_probabilities(document, readings, discount, usual=pair.entities[side])
    names = " or ".join(gazetteer[r].canonical for r in readings)
    reason = (
        f"in the pair compound {pair.chinese}, {written.character} may stand for {names}; "
        f"{describe_counts(document, readings, discount)} besides this one"
    )
    candidates = tuple(
        Candidate(
            gazetteer.abbreviations.word(written.character, r, written.adjective),
            reason,
            probabilities[r],
            entry=r,
            references=reference_count(document, r, discount),
        )
        for r in readings
    )
    original = document.text[start:end]
    return Finding(start, end, original, "confusable", "pair", candidates)


def _decided_by_source(
    document: Document, pair: Abbreviation, written: PairWord, decided: str, start: int, end: int
) -> Finding | None:
    """ "Israeli-Pakistani" where the source names Palestine in full (and not Pakistan)."""
    if decided == written.entry:
        return None
    table = document.gazetteer.abbreviations
    readings = table.readings(written.character)
    probabilities = source_probabilities(document, readings, decided)
    reason = f"in the pair compound {pair.chinese}, {written.character} may stand for " + " or ".join(
        document.gazetteer[r].canonical for r in readings
    )
    reason += "; " + describe_source(document, decided, start)
    candidates = tuple(
        Candidate(
            table.word(written.character, r, written.adjective), reason, probabilities[r], r,
            reference_count(document, r),
        )
        for r in readings
    )  # fmt: skip
    return Finding(start, end, document.text[start:end], "confusable", "pair", candidates)


def _reading_as_written(
    pair: Abbreviation, first: tuple[PairWord, ...], second: tuple[PairWord, ...]
) -> tuple[PairWord, PairWord] | None:
    """The forms of ``pair``'s two characters that the two written words are, if they are."""
    a = next((f for f in first if f.character == pair.chinese[0]), None)
    b = next((f for f in second if f.character == pair.chinese[1]), None)
    return (a, b) if a and b else None


#: A word the document's capitalized words (:attr:`~translit.document.Document.capitalized_words`) hold
#: whole wherever it stands alone: ASCII, a capital first.
_GATEABLE = re.compile(r"[A-Z][A-Za-z0-9_-]*")


def _written_nowhere(document: Document, words: frozenset[str] | None) -> bool:
    r"""Whether none of ``words`` is one of the document's capitalized words, so that a pattern matching
    one of them between ``(?<![\w-])`` and ``(?![\w-])`` matches nowhere; never where ``words`` is None."""
    return words is not None and words.isdisjoint(document.capitalized_words)


@functools.lru_cache(maxsize=8)
def _words_of(spellings: tuple[str, ...]) -> frozenset[str] | None:
    """The spellings, as capitalized words; None if one is no such word (the gate does not apply)."""
    return frozenset(spellings) if all(_GATEABLE.fullmatch(s) for s in spellings) else None


@functools.lru_cache(maxsize=8)
def _hyphen_joined(forms: tuple[str, ...]) -> frozenset[str] | None:
    """The capitalized word that holds the hyphen of "first-second" (:func:`_pair_pattern`): the last
    word of the first form, the hyphen and the first word of the second ("Korea-Japan" of "South
    Korea-Japan"); None if a form has a word that is no capitalized word without hyphens."""
    words = [form.split(" ") for form in forms]
    if not all(_GATEABLE.fullmatch(w) and "-" not in w for split in words for w in split):
        return None
    return frozenset(f"{first[-1]}-{second[0]}" for first in words for second in words)


def _side_probabilities(document: Document, pair: Abbreviation, index: int) -> dict[str, float]:
    """P(reading) for one character of a pair: the document's evidence plus the pair's usual reading."""
    readings = document.gazetteer.abbreviations.readings(pair.chinese[index])
    if len(readings) == 1:
        return {readings[0]: 1.0}
    return reading_probabilities(document, readings, usual=pair.entities[index])


@functools.lru_cache(maxsize=8)
def _anchored(
    pattern_of: Callable[[tuple[str, ...]], regex.Pattern[str]], words: tuple[str, ...]
) -> Anchored | regex.Pattern[str]:
    """The pattern ``pattern_of(words)``, tried only where the stdlib finds it without its look-arounds
    (:mod:`translit.rules.anchored`); as it is where an empty word (or none) leaves nothing to anchor on."""
    pattern = pattern_of(words)
    return anchored(pattern) if words and all(words) else pattern


@functools.lru_cache(maxsize=4)
def _word_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Any of ``words`` standing alone: not inside a longer word or hyphenated compound."""
    alternation = "|".join(map(regex.escape, sorted(words, key=len, reverse=True)))
    return regex.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


@functools.lru_cache(maxsize=4)
def _pair_pattern(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Two of ``words`` joined by a hyphen: "Israeli-Pakistani", "Japan-South Korea"."""
    alternation = "|".join(map(regex.escape, sorted(words, key=len, reverse=True)))
    return regex.compile(rf"(?<![\w-])(?P<first>{alternation})-(?P<second>{alternation})(?![\w-])")


RULE = Rule(
    name="pair",
    find=find_pair_compounds,
    emits=frozenset({"abbreviation", "confusable"}),
    # each side's readings get P(reading | article), the pair's usual reading counted as a reference
    priors=READING_PRIORS,
    reads=frozenset({Evidence.NAMES, Evidence.SOURCE}),
    writes=frozenset({Evidence.NAMES}),
)
