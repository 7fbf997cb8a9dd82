"""Stray punctuation and its debris from the MT pipeline: ``Belgium. .”``, ``said,, adding``, ``so ,.``,
``Monday。``, ``&amp;nbsp;``, ``talksEssenceThe``, ``the armys statement``.

Runs of marks are read whole: a full stop, comma or Chinese full stop, and every mark or space after it
up to the next word, is one *run*, and one finding turns the run into the one mark it stands for, so a
single pass removes ``said so,,,,,.`` or ``.。。。。。`` entirely (cleaning stays idempotent; issue #11,
W4). A run keeps a full stop when it ends with one or holds a Chinese one, else a comma; a single mark
with a space before it (``rose , officials``, ``overnight .``) loses the space. Left alone:
ellipses (``...``, ``…``, ``. . .``), a doubled period right after a word (``water..``: in MT of Chinese
usually a clipped ellipsis, which a period would not restore), an abbreviation's full stop before a comma
(``U.S.,``, ``Inc.,``), a decimal (``3.5``, ``.45``), a domain (``.com``).

HTML entities, a link's attributes, the Chinese full stop rendered as "Essence" and lost apostrophes
have their own modules (:mod:`translit.rules.html_entities`, :mod:`translit.rules.tag_debris`,
:mod:`translit.rules.full_stop_debris`, :mod:`translit.rules.apostrophe`); this rule runs them all under
one name.

Linear in the input: a few literal searches find where runs may start; a run is a maximal stretch of
marks and spaces, so runs never overlap, and each is walked once (anchors inside a run already read are
skipped); the quote check finds its paragraph by bisection and counts a paragraph's quotes once.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.rules import apostrophe, full_stop_debris, html_entities, tag_debris
from translit.rules.marks import punctuation_fix
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document
    from translit.edits import Finding

#: A slip of the pipeline's punctuation: every shape below is one that correct English never has.
PUNCTUATION_SLIP = 0.95
#: A space before a sentence's full stop or a comma: a typo humans make too, and always wrong.
SPACE_BEFORE_MARK = 0.9

_CHINESE_MARKS = {"。": ".", "．": ".", "，": ","}
_RUN_CHARACTERS = frozenset(" \t.,。，．")
# Where a suspicious run can be: a full stop or comma after a space or another of them (" .", ".,", ",,"),
# found from the mark with a look back (a pattern that starts with a literal is found by a fast search;
# one that starts with a class of characters, or a literal as common as the space, is tried at nearly
# every character), or a Chinese mark, looked for only in a text that is not all ASCII.
_ANCHORS = (re.compile(r"\.(?<=[ .,]\.)"), re.compile(r",(?<=[ .,],)"))
_CHINESE_ANCHORS = tuple((mark, re.compile(mark)) for mark in _CHINESE_MARKS)
# A run is read where it follows a Latin word, a number, a closing bracket, "!" or "?".
_AFTER_WORD = regex.compile(r"[\p{Latin}\d%)\]!?]")
# What may follow a run of ASCII marks: a space, the end, or a closing quote or bracket. Anything else
# (".com", ".45", "1,200") makes the mark part of a token.
_RUN_END = re.compile(r"[\s”\"’')\]]|$")
_SPACED_ELLIPSIS = re.compile(r"[ \t]*\.(?:[ \t]+\.){2,}")
_WORD_BEFORE = regex.compile(r"(?r)[\p{L}\d.]+\Z")
#: Short forms whose own full stop may be followed by a comma or stand before a run: "Inc., ", "U.S. ,".
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr st jr sr inc ltd co corp plc etc vs no gov gen sen rep prof col lt sgt capt
    jan feb mar apr jun jul aug sep sept oct nov dec approx est dept
    """.split()
)


def find_stray_punctuation(document: Document) -> Iterator[Finding]:
    text = document.text
    read_until = 0
    balances: dict[int, tuple[int, int]] = {}  # per paragraph, its quotes counted once
    for anchor in _anchors(text):
        if anchor < read_until:
            continue  # inside a run already read
        start, end = _run_around(text, anchor)
        read_until = end
        finding = _read_run(document, start, end, balances)
        if finding:
            yield finding
    yield from html_entities.find(document)
    yield from tag_debris.find(document)
    yield from full_stop_debris.find(document)
    yield from apostrophe.find(document)


def _anchors(text: str) -> list[int]:
    """Where runs may be, in order: every run that holds two marks, a space and a mark, or a Chinese mark
    holds one of these offsets."""
    anchors = {m.start() for pattern in _ANCHORS for m in pattern.finditer(text)}
    if not text.isascii():
        anchors.update(
            m.start() for mark, pattern in _CHINESE_ANCHORS if mark in text for m in pattern.finditer(text)
        )
    return sorted(anchors)


def _run_around(text: str, anchor: int) -> tuple[int, int]:
    """The run of marks and spaces holding ``anchor``: from the spaces before its first mark to its last
    mark. Anchors are read in order and skipped inside a run, so each run is walked once."""
    start = anchor
    while start > 0 and text[start - 1] in _RUN_CHARACTERS:
        start -= 1
    end = anchor
    while end < len(text) and text[end] in _RUN_CHARACTERS:
        end += 1
    while text[end - 1] in " \t":
        end -= 1
    return start, end


def _read_run(
    document: Document, start: int, end: int, balances: dict[int, tuple[int, int]]
) -> Finding | None:
    """The fix for the run ``text[start:end]``, or None when it is correct as it stands."""
    text = document.text
    run = text[start:end]
    if start == 0 or "..." in run or _SPACED_ELLIPSIS.fullmatch(run):
        return None
    chinese = any(mark in run for mark in _CHINESE_MARKS)
    if not chinese and not _RUN_END.match(text, end):
        return None
    before = text[start - 1]
    if not _AFTER_WORD.match(before):
        if chinese and before in "\"”’'" and not run.strip(" \t。．"):
            return _chinese_after_quote(document, start, end)
        return None
    if run[0] == "." and _is_abbreviation(text, start):
        return _after_abbreviation(document, start + 1, end)
    if before in "!?":
        if "." in run or run[0] in " \t":
            return deletion(document, start, end, f"stray punctuation after {before!r}")
        return None
    marks = [_CHINESE_MARKS.get(char, char) for char in run if char not in " \t"]
    if len(marks) == 1:
        return _single_mark(document, start, end, marks[0], chinese)
    if not chinese and "," not in marks and (run == ".." or len(marks) > 2 and run != ". .."):
        return None  # a clipped or spaced ellipsis
    kept = "." if chinese or marks[-1] == "." else ","
    if kept == "," and "." in marks or run == ".,":
        return None  # "said., adding": which one was meant is not for us to say
    return _collapse(document, start, end, kept, chinese, balances)


def _chinese_after_quote(document: Document, start: int, end: int) -> Finding:
    """``said.”。`` -> ``said.”``; ``"yes"。`` -> ``"yes".``"""
    if start >= 2 and document.text[start - 2] in ".!?":
        return deletion(document, start, end, "a Chinese full stop after an English one")
    return replacement(document, start, end, ".", "a Chinese full stop in English text")


def _single_mark(document: Document, start: int, end: int, mark: str, chinese: bool) -> Finding | None:
    text = document.text
    if chinese:
        spaced = mark + (" " if end < len(text) and text[end].isalnum() else "")
        return replacement(document, start, end, spaced, "a Chinese full stop or comma in English text")
    if text[start] not in " \t":
        return None
    name = "full stop" if mark == "." else "comma"
    return punctuation_fix(document, start, end - 1, "", f"a space before a {name}", SPACE_BEFORE_MARK)


def _collapse(
    document: Document, start: int, end: int, kept: str, chinese: bool, balances: dict[int, tuple[int, int]]
) -> Finding:
    """One finding that leaves only ``kept`` of the run, on as small a span as says so."""
    text = document.text
    run = text[start:end]
    what = "Chinese full stops" if chinese else "stray commas" if "," in run else "stray periods"
    reason = f"{what} in a run of punctuation ({run.strip()!r}); one {'full stop' if kept == '.' else 'comma'} stays"
    if run[0] == kept:
        return _with_stray_quote(document, start + 1, end, reason, balances)
    if run[-1] == kept:
        return deletion(document, start, end - 1, reason)
    spaced = kept + (" " if end < len(text) and text[end].isalnum() else "")
    return replacement(document, start, end, spaced, reason)


def _with_stray_quote(
    document: Document, start: int, end: int, reason: str, balances: dict[int, tuple[int, int]]
) -> Finding:
    """The deletion of ``text[start:end]``, and of a closing quote right after it that closes nothing."""
    text = document.text
    quote = text[end : end + 1]
    if quote in ('"', "”") and _is_unbalanced_closing_quote(document, end, quote, balances):
        return deletion(document, start, end + 1, reason + " and an unmatched closing quote")
    return deletion(document, start, end, reason)


def _after_abbreviation(document: Document, start: int, end: int) -> Finding | None:
    """A run after an abbreviation's own full stop: only " ," and " ." are sure ("U.S. ," "U.S. .")."""
    text = document.text
    run = text[start:end]
    if run.strip() == "," and run[0] in " \t":
        return deletion(document, start, end - 1, "a space before a comma")
    if run.strip() == "." and run[0] in " \t":
        return deletion(document, start, end, "a stray period after an abbreviation's full stop")
    return None


def _is_abbreviation(text: str, full_stop: int) -> bool:
    """Whether the word before ``full_stop`` is a short form that owns it: "U.S", "J", "Inc"."""
    found = _WORD_BEFORE.search(text, max(0, full_stop - 20), full_stop)
    if not found:
        return False
    word = found.group()
    return "." in word or len(word) == 1 or word.lower() in _ABBREVIATIONS


def deletion(document: Document, start: int, end: int, reason: str) -> Finding:
    return punctuation_fix(document, start, end, "", reason, PUNCTUATION_SLIP)


def replacement(document: Document, start: int, end: int, text: str, reason: str) -> Finding:
    return punctuation_fix(document, start, end, text, reason, PUNCTUATION_SLIP)


def _is_unbalanced_closing_quote(
    document: Document, offset: int, quote: str, balances: dict[int, tuple[int, int]]
) -> bool:
    paragraph_start, paragraph_end = _paragraph_at(document, offset)
    if paragraph_start not in balances:  # a paragraph's quotes are counted once, however many runs it has
        paragraph = document.text[paragraph_start:paragraph_end]
        balances[paragraph_start] = (paragraph.count("“") - paragraph.count("”"), paragraph.count('"') % 2)
    opened, straight_open = balances[paragraph_start]  # curly quotes left open; a straight one left open
    if quote == "”":
        return opened + straight_open < 0  # one more ” than all the quotes it could close
    return straight_open == 1 and opened <= 0  # an odd " that no “ is waiting for


def _paragraph_at(document: Document, offset: int) -> tuple[int, int]:
    """The paragraph holding ``offset``, by bisection (``Document.paragraph_at`` reads them in a row)."""
    paragraphs = document.paragraphs
    index = bisect.bisect_right(paragraphs, (offset, len(document.text) + 1)) - 1
    if index >= 0 and paragraphs[index][0] <= offset < paragraphs[index][1]:
        return paragraphs[index]
    return offset, offset


RULE = Rule(
    name="punctuation",
    find=find_stray_punctuation,
    emits=frozenset({"punctuation"}),
    priors={
        "punctuation slip": PUNCTUATION_SLIP,
        "space before a full stop or comma": SPACE_BEFORE_MARK,
        **html_entities.PRIORS,
        **tag_debris.PRIORS,
        **full_stop_debris.PRIORS,
        **apostrophe.PRIORS,
    },
    reads=frozenset({Evidence.PARAGRAPHS}),
)
