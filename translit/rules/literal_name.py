"""Institutions, media and parties whose Chinese name MT rendered literally: "the Freedom Times" for 自由時報
(the Liberty Times), "the United States at the Taiwan Association" for 美國在台協會 (the American Institute in
Taiwan), "the Sea Base Association" for 海基會 (the Straits Exchange Foundation).

The wordings are curated in the gazetteer's ``literal`` column, as patterns that state a family of
wordings at once (:mod:`translit.gazetteer.wordings`), and found by the gazetteer's scan like any other
form. A wording is left alone where it is part of a longer name (a capitalized word before it, or "of"
or "for" and a capitalized word after it: "the Taiwan Association of University Professors"), and a
wording marked as also ordinary English ("~Taiwan Association") is fixed only where something else says
the entity is meant: the article refers elsewhere to the entity itself, or the Chinese source the caller
gave names it, or the article refers to the entity's country and to any country the wording names (by
name, by a place or person of the country, or by a rendering of one of its institutions that is no
English). Without that it is reported, not fixed: the finding says what it would be and why it was not.

Linear in the input: one pass over the document's literal renderings, which the gazetteer scan found
already; each is checked against a few characters around it and the document's reference counts.
"""

from __future__ import annotations

import functools
import operator
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.gazetteer import FormKind
from translit.gazetteer.wordings import expand, needs_context
from translit.rules.context import is_function_word_or_title, reference_count
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Entry, Gazetteer, Mention

#: A literal rendering curated for the entity: as sure as a listed variant.
LITERAL_RENDERING = 0.95
#: A wording that is also ordinary English, in an article that refers to the entity's country (and to
#: any country the wording names) or names the entity otherwise.
LITERAL_IN_CONTEXT = 0.9

_KIND = operator.attrgetter("kind")
#: How a wording names a country: by the country's name, not a demonym ("Chinese Times" is no story of China).
_NAME_KINDS = frozenset({FormKind.CANONICAL, FormKind.SHORT})

# "... Association of University Professors", "Freedom Times Square": the wording begins a longer name
# (an institution's name goes on with any capitalized word, English or not).
_LONGER_NAME_AFTER = regex.compile(r"[ \t]+(?:(?:of|for)(?:[ \t]+the)?[ \t]+)?\p{Lu}")
_WORD_BEFORE = regex.compile(r"(?P<word>\p{Lu}[\p{L}'’.-]*)[ \t]+$")
_POSSESSIVE_OR_ACRONYM = regex.compile(r".*['’]s?|\p{Lu}{2,}|(?:\p{Lu}\.)+")


def find_literal_names(document: Document) -> Iterator[Finding]:
    if FormKind.LITERAL not in map(_KIND, document.mentions):  # most texts: no Python loop over mentions
        return
    literal = [m for m in document.mentions if m.kind is FormKind.LITERAL]
    vouching: Counter[str] | None = None  # per country, counted once when first needed
    for mention in literal:
        if len(mention.entries) != 1:
            continue
        entry = document.gazetteer[mention.entries[0]]
        if _in_longer_name(document, mention, entry):
            continue
        chinese = "/".join(entry.chinese[:2]) or "its Chinese name"
        reason = f"{mention.surface!r} renders {chinese} literally; the {entry.type} is the {entry.canonical}"
        if mention.surface not in _context_wordings(entry.literal):
            yield _finding(mention, (Candidate(entry.canonical, reason, LITERAL_RENDERING, entry=entry.id),))
            continue
        if _named_otherwise(document, entry):
            reason += ", which the article names otherwise too"
            yield _finding(mention, (Candidate(entry.canonical, reason, LITERAL_IN_CONTEXT, entry=entry.id),))
            continue
        if vouching is None:
            vouching = _context_wording_references(document.gazetteer, literal)
        countries = _context_countries(document.gazetteer, entry, mention.surface)
        unreferred = sorted(
            document.gazetteer[c].canonical for c in countries if reference_count(document, c) <= vouching[c]
        )
        if countries and not unreferred:
            names = " and ".join(sorted(document.gazetteer[c].canonical for c in countries))
            reason += f", which the article's other references to {names} support"
            yield _finding(mention, (Candidate(entry.canonical, reason, LITERAL_IN_CONTEXT, entry=entry.id),))
        else:
            missing = " or ".join(unreferred) or "any country of the entity's"
            note = (
                f"left alone: would be {entry.canonical!r} ({mention.surface!r} may render {chinese} literally), "
                f"but the wording is also plain English and nothing else in the article refers to {missing}"
            )
            yield _finding(mention, (), note)


def _finding(mention: Mention, candidates: tuple[Candidate, ...], note: str = "") -> Finding:
    return Finding(
        mention.start, mention.end, mention.surface, "literal-name", "literal-name", candidates, note=note
    )


def _in_longer_name(document: Document, mention: Mention, entry: Entry) -> bool:
    """Whether the wording goes on into a longer name, or a capitalized word before it may begin one
    ("the Southern Taiwan Association"): any but a word of the entity's own name, a possessive or an
    acronym ("Taiwan's", "KMT"), a title or a word as common as "The"."""
    text = document.text
    if _LONGER_NAME_AFTER.match(text, mention.end):
        return True
    before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is None:
        return False
    word = before.group("word")
    no_name = _POSSESSIVE_OR_ACRONYM.fullmatch(word) or is_function_word_or_title(word)
    return not (no_name or word in entry.canonical.split())


def _named_otherwise(document: Document, entry: Entry) -> bool:
    """Whether the article names the entity by a form that is no literal rendering, or the Chinese source
    the caller gave names it."""
    if any(m.kind is not FormKind.LITERAL for m in document.mentions_of(entry.id)):
        return True
    return document.source is not None and any(
        entity.how == "name" and entry.id in entity.entries for entity in document.source.entities()
    )


def _context_countries(gazetteer: Gazetteer, entry: Entry, wording: str) -> frozenset[str]:
    """The countries the article must refer to before a wording that is also plain English counts: the
    entity's own, and any the wording names ("Taiwan Association" for the American Institute in Taiwan,
    a US body, is also what Taiwanese abroad call their clubs: it takes a story of the US and Taiwan)."""
    words = wording.split()
    named = {
        found.id
        for first in range(len(words))
        for last in range(first + 1, len(words) + 1)
        if last - first < len(words)
        for found, kind in gazetteer.lookup(" ".join(words[first:last]))
        if found.type == "country" and kind in _NAME_KINDS
    }
    return frozenset(named | gazetteer.countries_of([entry.id]))


def _context_wording_references(gazetteer: Gazetteer, literal: list[Mention]) -> Counter[str]:
    """How often each country is referred to through literal wordings that are also ordinary English:
    those cannot vouch for each other (a rendering that is no English, "Minjin Party", says the text is
    MT of the country's news as surely as its name would)."""
    counts: Counter[str] = Counter()
    for mention in literal:
        if len(mention.entries) == 1:
            if mention.surface in _context_wordings(gazetteer[mention.entries[0]].literal):
                counts.update(gazetteer.countries_of(mention.entries))
        else:
            counts.update(gazetteer.countries_of(mention.entries))  # ambiguous: no evidence either
    return counts


@functools.lru_cache(maxsize=1024)
def _context_wordings(patterns: tuple[str, ...]) -> frozenset[str]:
    """The wordings of an entity's patterns marked as ordinary English too (cached per entity)."""
    return frozenset(w for pattern in patterns if needs_context(pattern) for w in expand(pattern))


RULE = Rule(
    name="literal-name",
    find=find_literal_names,
    emits=frozenset({"literal-name"}),
    priors={
        "curated literal rendering": LITERAL_RENDERING,
        "literal rendering that is also English, with the article's context": LITERAL_IN_CONTEXT,
    },
    reads=frozenset({Evidence.NAMES, Evidence.SOURCE}),
    writes=frozenset({Evidence.NAMES}),
)
