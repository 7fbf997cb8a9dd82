"""A word or phrase the MT wrote twice: "said said", "on Monday on Monday", and a sentence it restarted
without a space: "The talks between theThe talks between the two sides".

What it must not touch: words English doubles on purpose ("had had", "that that", "bye bye", "very
very", "her her" as in "gave her her keys", "Theresa May may"), reduplicated names ("Lang Lang", "Cao
Cao", "Walla Walla": a capitalized word doubled is left alone, as is a phrase of capitalized words, a
title), two compounds that share a word ("low power power line"), keywords a web page repeats in its
source ("decoration company decoration company": a phrase of content words alone), a speaker's false start
("if the if the": a phrase of function words alone), a common short word whose double in human text is
a typo for another word ("an an" for "and an"), rhetoric and constructions ("again and again and again",
"day after day", "close contacts of close contacts"), numbers and single letters
(tables, "1 1/2"), and anything across a line break or a tab (lists and tables). A repeat is only a
stutter when the copies are separated by one space.

Linear in the input: one regex scan for a word or a two-word phrase written again (each space costs a
bounded number of steps: the first word, then each branch fails at the first character that differs),
and one for words glued to a capital ("theThe"), each checked against at most ``LONGEST_RESTART`` words
before it. Phrases of three words or more written again after a space are not looked for: each longer
phrase costs half as much again as all the shorter ones together (see ``_REPEATED``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.gazetteer.words import zipf
from translit.rules.context import FUNCTION_WORD_ZIPF
from translit.rules.rule import Rule
from translit.rules.shapes import capital_image, word_image

if TYPE_CHECKING:
    from translit.document import Document

#: A word or phrase repeated after one space, once the words English doubles on purpose are set aside.
REPEATED_PHRASE = 0.9
#: A sentence restarted with its first words glued to the last one: the shape only a pipeline makes.
GLUED_RESTART = 0.95
#: The longest restarted fragment looked for before a glued capital, in words.
LONGEST_RESTART = 8
#: How far back a repeat looks for the start of its line (a list item's or a heading's number).
LIST_MARKER_REACH = 200

# Both patterns run on images of the text (:mod:`translit.rules.shapes`) and start with a literal (a space,
# a capital), which the regex engine finds by a fast search. The first is one pattern for a word or a
# phrase of two written twice or more, with a branch for each: after the first word, a branch fails at
# the first character that differs. Measured in instructions (cachegrind, on MT output): the word alone
# costs 1 unit, with phrases of two 1.6, of three too 2.1; a conditional group ("(?(b)...)") reads shorter
# and costs 18. Phrases of three words or more are not looked for: MT's doubled phrases are mostly short.
_REPEATED = re.compile(
    rb" (?P<a>W)(?:(?P<copies1>(?: (?P=a))+)| (?P<b>W)(?P<copies2>(?: (?P=a) (?P=b))+))"
    rb"(?![a-z0-9?'-])".replace(b"W", rb"[a-z0-9?]++")
)
_GLUED_CAPITAL = re.compile(rb"U(?<=[a-z]U)(?=[a-z' ])")
_WORD_STARTS_BEFORE = regex.compile(r"(?r)(?<![\p{L}\d'’-])[\p{L}\d]")
#: Words English doubles on purpose, or that end one phrase and start the next ("looking for for days",
#: "gave her her keys", "what it is is", "his will will", "gave in in the end", "like this this year",
#: "bring about about 18 billion": a particle ends a phrasal verb, the same word starts what follows).
LEGITIMATE_DOUBLES = frozenset(
    """
    had that this is do does bye very no yes so ha hah ho go her will can may could would should might must
    for in on up out off down over about around through along across back away after before behind past
    by much many really well now there here blah bla knock night chop tut boo wow oh ah hey yeah yay
    ding dong tick tock never far long pretty wait hush choo good
    """.split()
)
#: A doubled word of one or two letters ("to to", "an an", "it it") is, in human text, as often a typo
#: for another word ("policeman an an officer" for "and an", "get to to" for "get access to") as a
#: stutter, and deleting the copy leaves an error; "of of" is the exception.
SHORTEST_WORD = 3
_PURE_REPEATS = frozenset({"of"})  # fixed whatever its neighbours
#: A phrase that ends with one of these joins its copies into a construction English uses on purpose
#: ("again and again and", "day after day after", "close contacts of close contacts of", "side by side by").
_JOINING_WORDS = frozenset("and or nor of to by after upon".split())
#: ... and so does one that starts with a conjunction ("and more and more").
_CONJUNCTIONS = frozenset("and or but nor".split())
_WORD_BEFORE = regex.compile(r"(?r)([\p{L}\d'’-]+)[ \t]+\Z")
_WORD_AFTER = regex.compile(r"[ \t]+([\p{L}\d'’-]+)")
_LIST_OR_HEADING = re.compile(r"[ \t]*(?:[-•*▪◦]|\d+(?:\.\d+)*[.)]?)[ \t]")
_SENTENCE_END_BEFORE = regex.compile(r"(?:^|[.!?]['\"”’)]*[ \t]+)\Z")


def find_stutters(document: Document) -> Iterator[Finding]:
    yield from _repeats(document)
    yield from _glued_restarts(document)


def _repeats(document: Document) -> Iterator[Finding]:
    text = document.text
    for match in _REPEATED.finditer(word_image(text)):  # offsets one more than in the text
        copies_group = "copies1" if match.group("copies1") else "copies2"
        start, phrase_end = match.start("a") - 1, match.start(copies_group) - 1
        end = match.end() - 1
        phrase, copies = text[start:phrase_end], text[phrase_end:end]
        if "\n" in copies or "\r" in copies:
            continue  # copies on two lines: a list or a table, not a stutter
        if not _is_stutter(text, start, end, phrase, copies):
            continue
        kind = "phrase" if " " in phrase else "word"
        reason = f"the {kind} {phrase!r} written {_times(phrase, copies)} times in a row"
        yield Finding(
            phrase_end, end, copies, "stutter", "stutter", (Candidate("", reason, REPEATED_PHRASE),)
        )


def _times(phrase: str, copies: str) -> int:
    return 1 + len(copies.split()) // len(phrase.split())


def _is_stutter(text: str, start: int, end: int, phrase: str, copies: str) -> bool:
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
    if _is_list_item(text, start):
        return False  # "6 character character set": a numbered heading or an item of a list
    if len(words) == 1:
        word = words[0].lower()
        if word in _PURE_REPEATS:
            return True
        if word in LEGITIMATE_DOUBLES or len(word) < SHORTEST_WORD:
            return False
        # "low power power line" is two compounds that share a word ("low power", "power line"): a content
        # word doubled, with a content word on both sides of the pair, says so
        return not (
            _is_content_word(word)
            and _is_content_word(_word_before(text, start))
            and _is_content_word(_word_after(text, end))
        )
    function_words = [zipf(word) >= FUNCTION_WORD_ZIPF for word in words]
    if all(function_words):
        return False  # "if the if the", "as a as a": a speaker's false start, which transcripts keep
    if not any(function_words):
        return False  # "decoration company decoration company": a web page's keywords, repeated in the source
    return words[-1].lower() not in _JOINING_WORDS and words[0].lower() not in _CONJUNCTIONS


def _is_list_item(text: str, offset: int) -> bool:
    """Whether the line holding ``offset`` starts with a bullet or a number (looked for within
    ``LIST_MARKER_REACH`` characters, so that a long line costs no more than a short one)."""
    newline = text.rfind("\n", max(0, offset - LIST_MARKER_REACH), offset)
    if newline < 0 and offset > LIST_MARKER_REACH:
        return False
    return bool(_LIST_OR_HEADING.match(text, newline + 1))


def _word_before(text: str, start: int) -> str:
    found = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return found.group(1) if found else ""


def _word_after(text: str, end: int) -> str:
    found = _WORD_AFTER.match(text, end)
    return found.group(1) if found else ""


def _is_content_word(word: str) -> bool:
    return bool(word) and zipf(word) < FUNCTION_WORD_ZIPF


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
    it repeats (case aside), looked for among the ``LONGEST_RESTART`` words before it on its line."""
    reach = max(0, junction - 20 * LONGEST_RESTART)
    line_start = max(text.rfind("\n", reach, junction) + 1, reach)
    starts = []
    for found in _WORD_STARTS_BEFORE.finditer(text, line_start, junction):
        starts.append(found.start())
        if len(starts) == LONGEST_RESTART:
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
