"""The Chinese full stop 。 rendered as the word "Essence" between two sentences: "Tokyo.Essence The",
"talksEssenceThe", "Tokyo. Essence The" (part of the ``punctuation`` rule).

Some MT pipelines read 。 as the character 精 ("essence") and translate it. The word is debris only where
it stands between two sentences with no space on one side at least, or, spaced, between a full stop and
a capitalized word that starts sentences (a function word: "The", "In", "He"); "Essence Festival" and
"Essence magazine" after a full stop stay. Where the document shows the debris glued once, the pipeline
that made it read every 。 so: then "Essence" spaced between a full stop and any capitalized word is
debris too ("Tokyo.Essence The talks ... resumed. Essence Critics said").

Linear in the input: a fast search for the word, and a look at the characters around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.gazetteer.words import zipf
from translit.rules.marks import punctuation_fix

if TYPE_CHECKING:
    from translit.document import Document
    from translit.edits import Finding

#: "Essence" glued to a sentence on either side: the word never stands so in English.
GLUED_FULL_STOP = 0.95
#: "Essence" spaced between a full stop and a sentence-starting function word.
SPACED_FULL_STOP = 0.9
PRIORS = {
    "Essence glued between sentences": GLUED_FULL_STOP,
    "Essence spaced between sentences": SPACED_FULL_STOP,
}

_ESSENCE = re.compile("Essence")
# A capitalized word, and whether another one of two letters or more follows it ("Essence Festival"; not
# the pronoun in "Essence And I").
_NEXT_WORD = regex.compile(r"(?P<word>\p{Lu}\p{Ll}*)(?P<name>[ \t]+\p{Lu}\p{L})?")
#: A capitalized word this common in lower case ("The", "In", "He") starts a sentence, not a title.
SENTENCE_STARTER_ZIPF = 5.5
#: Words that start a noun phrase or a clause, never a title after "Essence": a capitalized word after
#: one is the sentence's ("Essence The German team won", "Essence In Geneva, talks").
_PHRASE_OPENERS = frozenset(
    """
    the a an this that these those he she it they we his her its their our
    in on at from with after before during by not but if when while although
    """.split()
)


def find(document: Document) -> Iterator[Finding]:
    text = document.text
    if not _ESSENCE.search(text):  # the regex engine's search for a literal is faster than ``in``
        return
    spaced = []  # "Tokyo. Essence X" not yet judged: debris by its next word, or by the glued debris
    glued_seen = False
    for match in _ESSENCE.finditer(text):
        start, end = match.span()
        stop = text[start - 1 : start] == "."
        spaced_before = text[start - 1 : start] == " " and text[start - 2 : start - 1] == "."
        spaced_after = text[end : end + 1] == " "
        after = _NEXT_WORD.match(text, end + spaced_after)
        before = text[start - 1 - spaced_before : start - spaced_before] if start > spaced_before else ""
        if not after or not (before.isalnum() or before in ".)]\"”’'"):
            continue  # "Essence" must stand between a sentence's end and a capitalized word
        if stop and text[start - 2 : start - 1].isalnum():  # "Tokyo.Essence The", "Tokyo.EssenceThe"
            # the span holds the full stop, so that the spacing rule's "no space after a full stop" is
            # the same fix, not a second one
            glued_seen = True
            yield _fix(document, start - 1, end, "." if spaced_after else ". ", GLUED_FULL_STOP)
        elif before.isalnum() and not spaced_before and not spaced_after:  # "talksEssenceThe"
            glued_seen = True
            yield _fix(document, start, end, ". ", GLUED_FULL_STOP)
        elif spaced_before and spaced_after:  # "Tokyo. Essence The"
            spaced.append((start, end, _starts_a_sentence(after.group("word"), after.group("name"))))
    for start, end, starts_a_sentence in spaced:
        if starts_a_sentence or glued_seen:
            yield _fix(document, start, end + 1, "", SPACED_FULL_STOP)


def _starts_a_sentence(word: str, name_continues: str | None) -> bool:
    if word.lower() in _PHRASE_OPENERS:
        return True
    return not name_continues and zipf(word) >= SENTENCE_STARTER_ZIPF


def _fix(document: Document, start: int, end: int, replacement: str, prior: float) -> Finding:
    reason = "'Essence' is the Chinese full stop 。 rendered as a word (精); a full stop ends the sentence"
    return punctuation_fix(document, start, end, replacement, reason, prior)
