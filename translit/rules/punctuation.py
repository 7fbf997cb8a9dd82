"""Stray punctuation produced by the MT pipeline: ``Belgium. .”``, ``said,, adding``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding

if TYPE_CHECKING:
    from translit.config import Config
    from translit.document import Document

# Stray periods or commas after a finished sentence (". .", ". ..", ". ,."), not part of a spaced ellipsis
# (". . ."), optionally followed by a closing quote that may itself be stray.
_STRAY_PERIOD = regex.compile(
    r"(?<=\w[.!?])(?:[ \t]+\.{1,2}|[ \t]*,[ \t]*\.)(?![ \t]*\.)(?P<quote>[”\"]?)(?=\s|$)"
)
_DOUBLED_COMMA = regex.compile(r"(?<=\w),(,+)(?=\s)")
#: Simple slips, each replaced whole: (pattern, replacement, reason).
_SLIPS = (
    (regex.compile(r"(?<=\w\.)\.(?!\.)"), "", "a doubled period (not an ellipsis)"),
    (regex.compile(r"(?<=[.!?][\"”’]?)[ \t]*[。．]"), "", "a Chinese full stop after an English one"),
    (regex.compile(r"(?<=[\p{Latin}\d])。"), ".", "a Chinese full stop in English text"),
    (regex.compile(r"(?<![.!?\s])[ \t]*,(?=\.)"), "", "a stray comma before a period"),
)


def find_stray_punctuation(document: Document, config: Config) -> Iterator[Finding]:
    text = document.text
    for match in _STRAY_PERIOD.finditer(text):
        start, end = match.span()
        quote = match.group("quote")
        if quote and not _is_unbalanced_closing_quote(document, match.start("quote"), quote):
            end = match.start("quote")  # the quote closes something: keep it
        junk = "a stray comma" if "," in match.group() else "a stray period"
        what = junk + (" and an unmatched closing quote" if end == match.end() and quote else "")
        yield _deletion(document, start, end, f"{what} after a finished sentence")
    for match in _DOUBLED_COMMA.finditer(text):
        yield _deletion(document, *match.span(1), "a doubled comma")
    for pattern, replacement, reason in _SLIPS:
        for match in pattern.finditer(text):
            yield _deletion(document, *match.span(), reason, replacement)


def _deletion(document: Document, start: int, end: int, reason: str, replacement: str = "") -> Finding:
    return Finding(
        start=start,
        end=end,
        original=document.text[start:end],
        type="punctuation",
        rule="punctuation",
        candidates=(Candidate(replacement, reason, 0.95),),
    )


def _is_unbalanced_closing_quote(document: Document, offset: int, quote: str) -> bool:
    paragraph_start, paragraph_end = document.paragraph_at(offset)
    paragraph = document.text[paragraph_start:paragraph_end]
    opened = paragraph.count("“") - paragraph.count("”")  # curly quotes left open
    straight_open = paragraph.count('"') % 2  # a straight quote left open
    if quote == "”":
        return opened + straight_open < 0  # one more ” than all the quotes it could close
    return straight_open == 1 and opened <= 0  # an odd " that no “ is waiting for
