"""A word or phrase the MT wrote twice: "said said", "on Monday on Monday", and a sentence it restarted
without a space: "The talks between theThe talks between the two sides".

What it must not touch: words English doubles on purpose ("had had", "that that", "bye bye", "very
very", "her her" as in "gave her her keys", "Theresa May may"), reduplicated names ("Lang Lang", "Cao
Cao", "Walla Walla": a capitalized word doubled is left alone, as is a phrase of capitalized words, a
title), rhetoric ("again and again and again", "day after day after day"), numbers and single letters
(tables, "1 1/2"), and anything across a line break or a tab (lists and tables). A repeat is only a
stutter when the copies are separated by one space.

Linear in the input: one regex scan for repeats (a phrase of at most ``LONGEST_PHRASE`` words, compared
with a back-reference, so each position costs a bounded number of steps), and one for words glued to a
capital ("theThe"), each checked against at most ``LONGEST_PHRASE`` words before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.rules.rule import Rule
from translit.rules.shapes import capital_image, lowercase_image

if TYPE_CHECKING:
    from translit.document import Document

#: A word or phrase repeated after one space, once the words English doubles on purpose are set aside.
REPEATED_PHRASE = 0.9
#: A sentence restarted with its first words glued to the last one: the shape only a pipeline makes.
GLUED_RESTART = 0.95
#: The longest phrase looked for, in words: MT stutters are a few words long.
LONGEST_PHRASE = 8

# Searched in the text's images (:mod:`translit.rules.shapes`), where every pattern starts with a literal
# (a space, a line break, a capital), which the regex engine finds by a fast search.
_WORD = rb"[a-z0-9?]++"
_REPEATED_WORD = tuple(
    re.compile(rb"%s(?P<word>%s)(?P<copies>(?: (?P=word))+)(?![a-z0-9?'-])" % (start, _WORD))
    for start in (rb" ", rb"\n", rb"\A")
)
_GLUED_CAPITAL = re.compile(rb"U(?<=[a-z]U)(?=[a-z])")
_WORD_STARTS_BEFORE = regex.compile(r"(?r)(?<![\p{L}\d'’-])[\p{L}\d]")
#: Words English doubles on purpose, or that end one phrase and start the next ("looking for for days",
#: "gave her her keys", "what it is is", "his will will", "gave in in the end").
LEGITIMATE_DOUBLES = frozenset(
    """
    had that is do does bye very no yes so ha hah ho go her will can may for in on up out off down over
    by much many really well now there here blah bla knock night chop tut boo wow oh ah hey yeah yay
    ding dong tick tock never far long pretty wait hush choo
    """.split()
)
#: Words that join the copies of a rhetorical repetition ("again and again", "day after day").
_RHETORICAL_JOINS = frozenset({"and", "or", "by", "after", "upon", "to", "for"})
_SENTENCE_END_BEFORE = regex.compile(r"(?:^|[.!?]['\"”’)]*[ \t]+)\Z")


def find_stutters(document: Document) -> Iterator[Finding]:
    yield from _repeats(document)
    yield from _glued_restarts(document)


def _repeats(document: Document) -> Iterator[Finding]:
    text = document.text
    image = lowercase_image(text)
    found = {
        match.span("word"): match.end() for pattern in _REPEATED_WORD for match in pattern.finditer(image)
    }
    read_until = 0
    for (start, word_end), end in sorted(found.items()):
        if start < read_until:
            continue  # a later copy of a word already read: "said said said" is one finding
        read_until = end
        phrase, copies = text[start:word_end], text[word_end:end]
        if not _is_stutter(text, start, phrase, copies):
            continue
        reason = f"the word {phrase!r} written {_times(phrase, copies)} times in a row"
        yield Finding(word_end, end, copies, "stutter", "stutter", (Candidate("", reason, REPEATED_PHRASE),))


def _times(phrase: str, copies: str) -> int:
    return 1 + len(copies.split()) // len(phrase.split())


def _is_stutter(text: str, start: int, phrase: str, copies: str) -> bool:
    words = phrase.split()
    if not any(char.isalpha() for char in phrase) or all(len(word) == 1 for word in words):
        return False  # numbers, single letters: tables and lists
    repeated = copies.split()
    if any(copy != word for copy, word in zip(repeated, words * (len(repeated) // len(words)))):
        # the copies differ in case only: a stutter when the first copy starts a sentence ("The the")
        if not (words[0][0].isupper() and _SENTENCE_END_BEFORE.search(text, max(0, start - 4), start)):
            return False
    elif all(word[0].isupper() for word in words):
        return False  # a name or a title: "Lang Lang", "New York New York"
    if len(words) == 1:
        return words[0].lower() not in LEGITIMATE_DOUBLES
    if len(words) == 2 and (words[0].lower() in _RHETORICAL_JOINS or words[1].lower() in _RHETORICAL_JOINS):
        return False  # "again and again and", "day after day after"
    return True


def _glued_restarts(document: Document) -> Iterator[Finding]:
    """ "The talks between theThe talks between the two": the words before the glued capital restart."""
    text = document.text
    for match in _GLUED_CAPITAL.finditer(capital_image(text)):
        junction = match.start()
        fragment_start = _restarted_from(text, junction)
        if fragment_start is None:
            continue
        fragment = text[fragment_start:junction]
        reason = f"the sentence restarts after {fragment!r}, which it then writes again"
        yield Finding(
            fragment_start,
            junction,
            fragment,
            "stutter",
            "stutter",
            (Candidate("", reason, GLUED_RESTART),),
        )


def _restarted_from(text: str, junction: int) -> int | None:
    """The start of the longest stretch of two or more words before ``junction`` that the text after
    it repeats (case aside), looked for among the ``LONGEST_PHRASE`` words before it on its line."""
    line_start = max(text.rfind("\n", 0, junction) + 1, junction - 20 * LONGEST_PHRASE)
    starts = []
    for found in _WORD_STARTS_BEFORE.finditer(text, line_start, junction):
        starts.append(found.start())
        if len(starts) == LONGEST_PHRASE:
            break
    for start in reversed(starts):  # the farthest first: the longest fragment
        fragment = text[start:junction]
        if " " in fragment and fragment.lower() == text[junction : junction + len(fragment)].lower():
            return start
    return None


RULE = Rule(
    name="stutter",
    find=find_stutters,
    emits=frozenset({"stutter"}),
    priors={
        "word or phrase repeated after a space": REPEATED_PHRASE,
        "sentence restarted, glued": GLUED_RESTART,
    },
)
