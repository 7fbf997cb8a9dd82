"""Stray punctuation produced by the MT pipeline: ``Belgium. .”``, ``said,, adding``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document

#: A slip of the pipeline's punctuation: every pattern below is one that correct English never has.
PUNCTUATION_SLIP = 0.95

# A doubled period right after a word ("water..") is left alone: in MT of Chinese it is usually a clipped
# ellipsis (……), which a period would not restore.
# Each pattern starts at (or looks behind from) the punctuation itself, which is rare in text, so that a
# scan skips ahead quickly; group "slip" is what gets replaced.

# Stray periods or commas after a finished sentence (". .", ". ..", ". ,."), not part of a spaced ellipsis
# (". . ."), optionally followed by a closing quote that may itself be stray.
_STRAY_PERIOD = regex.compile(
    r"(?<=\w)[.!?](?P<slip>(?:[ \t]+\.{1,2}|[ \t]*,[ \t]*\.)(?![ \t]*\.)(?P<quote>[”\"]?))(?=\s|$)"
)
#: Simple slips: (pattern, replacement of the "slip" group, reason).
_SLIPS = (
    (regex.compile(r"(?<=\w),(?P<slip>,+)(?=\s)"), "", "a doubled comma"),
    (regex.compile(r"[.!?][\"”’]?(?P<slip>[ \t]*[。．])"), "", "a Chinese full stop after an English one"),
    (regex.compile(r"(?<=[\p{Latin}\d])(?P<slip>。)"), ".", "a Chinese full stop in English text"),
)
_COMMA_BEFORE_PERIOD = regex.compile(r",(?=\.)")


def find_stray_punctuation(document: Document) -> Iterator[Finding]:
    text = document.text
    for match in _STRAY_PERIOD.finditer(text):
        start, end = match.span("slip")
        quote = match.group("quote")
        if quote and not _is_unbalanced_closing_quote(document, match.start("quote"), quote):
            end = match.start("quote")  # the quote closes something: keep it
        junk = "a stray comma" if "," in match.group("slip") else "a stray period"
        what = junk + (" and an unmatched closing quote" if end == match.end("slip") and quote else "")
        yield _deletion(document, start, end, f"{what} after a finished sentence")
    for pattern, replacement, reason in _SLIPS:
        for match in pattern.finditer(text):
            yield _deletion(document, *match.span("slip"), reason, replacement)
    yield from _stray_commas_before_periods(document)


def _stray_commas_before_periods(document: Document) -> Iterator[Finding]:
    """ "was approved ,." -> "was approved." (after a finished sentence it is _STRAY_PERIOD's case)."""
    text = document.text
    for match in _COMMA_BEFORE_PERIOD.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start > 0 and not text[start - 1].isspace() and text[start - 1] not in ".!?":
            yield _deletion(document, start, match.end(), "a stray comma before a period")


def _deletion(document: Document, start: int, end: int, reason: str, replacement: str = "") -> Finding:
    return Finding(
        start=start,
        end=end,
        original=document.text[start:end],
        type="punctuation",
        rule="punctuation",
        candidates=(Candidate(replacement, reason, PUNCTUATION_SLIP),),
    )


def _is_unbalanced_closing_quote(document: Document, offset: int, quote: str) -> bool:
    paragraph_start, paragraph_end = document.paragraph_at(offset)
    paragraph = document.text[paragraph_start:paragraph_end]
    opened = paragraph.count("“") - paragraph.count("”")  # curly quotes left open
    straight_open = paragraph.count('"') % 2  # a straight quote left open
    if quote == "”":
        return opened + straight_open < 0  # one more ” than all the quotes it could close
    return straight_open == 1 and opened <= 0  # an odd " that no “ is waiting for


RULE = Rule(
    name="punctuation",
    find=find_stray_punctuation,
    emits=frozenset({"punctuation"}),
    priors={"punctuation slip": PUNCTUATION_SLIP},
    reads=frozenset({Evidence.PARAGRAPHS}),
)
