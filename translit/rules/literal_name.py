"""Institutions, media and parties whose Chinese name MT rendered literally: "the Freedom Times" for 自由時報
(the Liberty Times), "the United States at the Taiwan Association" for 美國在台協會 (the American Institute in
Taiwan), "the Sea Base Association" for 海基會 (the Straits Exchange Foundation).

The wordings are curated in the gazetteer's ``literal`` column, as patterns that state a family of
wordings at once (:mod:`translit.gazetteer.wordings`), and found by the gazetteer's scan like any other
form. A wording is left alone where it is part of a longer name (a capitalized word before it, or "of"
or "for" and a capitalized word after it: "the Taiwan Association of University Professors"), and a
wording marked as also ordinary English ("~Taiwan Association") counts only where something else says
the entity is meant: the article refers elsewhere to the entity itself or to its country (by name, by a
place or person of the country, or by a rendering of one of its institutions that is no English), or the
Chinese source the caller gave names the entity.

Linear in the input: one pass over the document's mentions, which the gazetteer scan found already;
each is checked against a few characters around it and the document's reference counts.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.gazetteer import FormKind
from translit.gazetteer.wordings import expand, needs_context
from translit.rules.context import is_inside_longer_name, reference_count
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Entry, Mention

#: A literal rendering curated for the entity: as sure as a listed variant.
LITERAL_RENDERING = 0.95
#: A wording that is also ordinary English, in an article that refers to the entity's country.
LITERAL_IN_CONTEXT = 0.9

# "... Association of University Professors", "Freedom Times Square": the wording begins a longer name
# (an institution's name goes on with any capitalized word, English or not).
_LONGER_NAME_AFTER = regex.compile(r"[ \t]+(?:(?:of|for)(?:[ \t]+the)?[ \t]+)?\p{Lu}")


def find_literal_names(document: Document) -> Iterator[Finding]:
    literal_references: Counter[str] | None = None  # per country, counted once when first needed
    for mention in document.mentions:
        if mention.kind is not FormKind.LITERAL or len(mention.entries) != 1:
            continue
        entry = document.gazetteer[mention.entries[0]]
        if _in_longer_name(document, mention, entry):
            continue
        contextual = mention.surface in _context_wordings(entry.literal)
        if contextual:
            if literal_references is None:
                literal_references = _context_wording_references(document)
            if not _has_context(document, entry, literal_references):
                continue
        chinese = "/".join(entry.chinese[:2]) or "its Chinese name"
        reason = f"{mention.surface!r} renders {chinese} literally; the {entry.type} is the {entry.canonical}"
        prior = LITERAL_IN_CONTEXT if contextual else LITERAL_RENDERING
        if contextual:
            reason += f", which the article's other references to {entry.country} support"
        yield Finding(
            mention.start,
            mention.end,
            mention.surface,
            "literal-name",
            "literal-name",
            (Candidate(entry.canonical, reason, prior, entry=entry.id),),
        )


def _in_longer_name(document: Document, mention: Mention, entry: Entry) -> bool:
    own_words = frozenset(entry.canonical.split())
    if is_inside_longer_name(document.text, mention.start, mention.end, own_words):
        return True
    return bool(_LONGER_NAME_AFTER.match(document.text, mention.end))


def _has_context(document: Document, entry: Entry, context_references: Counter[str]) -> bool:
    """Whether the article names the entity properly, or its Chinese source does, or the article refers
    to the entity's country otherwise than through wordings that are also ordinary English (those cannot
    vouch for each other; a rendering that is no English, "Minjin Party", says the text is MT of the
    country's news as surely as its name would)."""
    if any(m.kind is not FormKind.LITERAL for m in document.mentions_of(entry.id)):
        return True
    if document.source is not None and any(
        entity.how == "name" and entry.id in entity.entries for entity in document.source.entities()
    ):
        return True
    countries = document.gazetteer.countries_of([entry.id])
    return any(reference_count(document, c) > context_references[c] for c in countries)


def _context_wording_references(document: Document) -> Counter[str]:
    """How often each country is referred to through literal wordings that are also ordinary English."""
    counts: Counter[str] = Counter()
    gazetteer = document.gazetteer
    for mention in document.mentions:
        if mention.kind is FormKind.LITERAL and len(mention.entries) == 1:
            if mention.surface in _context_wordings(gazetteer[mention.entries[0]].literal):
                counts.update(gazetteer.countries_of(mention.entries))
        elif mention.kind is FormKind.LITERAL:
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
