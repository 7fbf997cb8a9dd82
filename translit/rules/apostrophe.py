"""A possessive that lost its apostrophe: "the armys statement", "Ukraines army" (part of the
``punctuation`` rule).

Only where the word without the apostrophe is no English word of its own: English writes "army's" far
more often than "armys" (wordfreq's Zipf scale, by at least ``POSSESSIVE_MARGIN``), or the stem is a name
the gazetteer knows and the word with "s" is not. "the governments plan" stays: "governments" is a
word, and which one was meant is not for spelling to say. Also left alone: contractions of pronouns and
function words ("its", "lets", "hes"), a plural of a name after "the" ("the Bidens"; but "the Kremlins
statement", a body's name, is a possessive), and a word that a function word follows ("the Clintons
were"), since a possessive is followed by what it owns.

Linear in the input: three literal searches in the text's capital image, and for each word found a
look back over at most 40 characters and two cached frequency lookups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.rules.context import FUNCTION_WORD_ZIPF
from translit.rules.marks import punctuation_fix
from translit.rules.shapes import capital_image
from translit.rules.words import english_zipf

if TYPE_CHECKING:
    from translit.document import Document
    from translit.edits import Finding

#: A possessive by spelling alone: not as sure as a mark that correct English never has.
LOST_APOSTROPHE = 0.9
PRIORS = {"lost possessive apostrophe": LOST_APOSTROPHE}
#: How much more common (Zipf) "x's" must be than "xs" for "xs" to be a possessive that lost its mark.
POSSESSIVE_MARGIN = 1.0
#: "xs" at least this common is a word of its own, whatever "x's" does.
WORD_ZIPF = 3.5

# Where a lost possessive can be: a capitalized word ending in "s" ("Ukraines army"), and the endings of
# the common nouns whose "s" form is no word ("armys", "todays", "childrens"). Searched in the text's
# capital image (:mod:`translit.rules.shapes`), where each pattern starts with a literal.
_CANDIDATES = (
    re.compile(rb"U(?<![A-Za-z?'-]U)[a-z]+s (?=[a-zU])"),
    re.compile(rb"ys (?=[a-zU])"),
    re.compile(rb"ens (?=[a-zU])"),
)
_WORD_ENDING_HERE = regex.compile(r"(?r)(?<![\p{L}\d'’.-])\p{L}{3,}\Z")
_NEXT_WORD = regex.compile(r"[ \t]+(?P<word>\p{L}+)")
#: Stems whose "s" is a contraction or a plain word, never a lost possessive.
_NOT_POSSESSIVE = frozenset("it he she that there what who here where let how when why".split())


def find(document: Document) -> Iterator[Finding]:
    text = document.text
    image = capital_image(text)
    curly = text.count("’") > text.count("'")
    ends = sorted({match.end() - 1 for pattern in _CANDIDATES for match in pattern.finditer(image)})
    for end in ends:  # the space after the word
        word_match = _WORD_ENDING_HERE.search(text, max(0, end - 40), end)
        following = _NEXT_WORD.match(text, end)
        if not word_match or not following:
            continue
        word = word_match.group()
        stem = word[:-1]
        if stem.lower() in _NOT_POSSESSIVE or english_zipf(following.group("word")) >= FUNCTION_WORD_ZIPF:
            continue
        if not _is_lost_possessive(document, word_match.start(), stem, word):
            continue
        mark = "’" if curly else "'"
        reason = f"{word!r} is no word of its own; the possessive {stem + mark + 's'!r} lost its apostrophe"
        yield punctuation_fix(document, word_match.start(), end, stem + mark + "s", reason, LOST_APOSTROPHE)


def _is_lost_possessive(document: Document, start: int, stem: str, word: str) -> bool:
    plain = english_zipf(word)
    if plain >= WORD_ZIPF:
        return False
    if english_zipf(stem + "'s") >= plain + POSSESSIVE_MARGIN:
        return not _is_family_plural(document, start, stem)
    known = document.gazetteer.lookup(stem)
    if known and not document.gazetteer.lookup(word) and plain < 1.0:
        return not _is_family_plural(document, start, stem)
    return False


def _is_family_plural(document: Document, start: int, stem: str) -> bool:
    """ "the Bidens": a name after "the" is a family's plural, not a possessive (a person's possessive
    takes no article: "Biden's plan"), unless the name is a place's or a body's ("the Kremlin's")."""
    if not stem[0].isupper() or document.text[max(0, start - 4) : start].lower() != "the ":
        return False
    return not any(entry.type != "person" for entry, _kind in document.gazetteer.lookup(stem))
