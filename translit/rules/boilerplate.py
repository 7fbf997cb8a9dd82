"""Web-page furniture left inside an article body: "Please read on...", "Advertisement", view counters,
"· 2d ago" bylines, share bars, photo credits, summary-bot lines, footers, and lines the page repeats.

The unit is a line that stands alone: a paragraph, or a line of one that follows a finished sentence and
starts like a heading (a capital, a digit, a bracket). Its whole text must have a furniture shape
(:mod:`translit.rules.furniture`); the same words inside prose never match. Repeats are read by shape
too, never by site name: a line of at least ``REPEAT_MIN_WORDS`` words written again later (a headline
printed two or three times, a lede repeated as a teaser), and a teaser that is the next paragraph's
opening words and an ellipsis. The first copy stays. Not touched: lists and tables (a line that starts
with a bullet or a number, holds a tab or a column bar, or a counter among other counters), and short
lines ("Yes.", "Background"), which an article may well repeat.

Linear in the input (issue #11, C10): the lines are read once; repeats are looked up in a dict of the
lines seen; whether article text follows a line is one backward pass, so a run of furniture takes its
separators without re-reading the lines after it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.rules import furniture
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document

#: A whole line of furniture words: sure, as the same words inside prose never match.
FURNITURE_PARAGRAPH = 0.95
#: A line the page prints again: sure for a line this long; the first copy stays.
REPEATED_LINE = 0.9
#: A teaser: the next paragraph's opening words cut off by an ellipsis.
TEASER = 0.9
#: A line repeated must have at least this many words: short lines ("Yes.", "Read the report") recur in
#: real articles; headlines and ledes are longer.
REPEAT_MIN_WORDS = 4
#: A teaser must hold at least this many of the next paragraph's opening words.
TEASER_MIN_WORDS = 5

_LIST_OR_TABLE = regex.compile(r"(?:[-•*▪◦]|\d{1,3}[.)]|\(?[a-z]\))\s|.*(?:\t| \| )")
_HEADING_START = regex.compile(r"[\p{Lu}\d(\[“\"'‘·•|>]")
_FINISHED = regex.compile(r"[.!?:;\"”’)\]…>]\s*$")
_ELLIPSIS = regex.compile(r"\s*(?:\.{3,}|…)$")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # of the line's text, after leading spaces
    end: int  # after its last non-space character
    body: str
    first_of_paragraph: bool


def find_boilerplate(document: Document) -> Iterator[Finding]:
    lines = _lines(document.text)
    verdicts = _judge(lines)
    article_after = _article_text_after(verdicts)
    for index, verdict in enumerate(verdicts):
        if verdict is None:
            continue
        reason, prior = verdict
        start, end = _with_separator(document.text, lines, article_after, index)
        yield Finding(
            start,
            end,
            document.text[start:end],
            "boilerplate",
            "boilerplate",
            (Candidate("", reason, prior),),
        )


def _lines(text: str) -> list[_Line]:
    """The non-blank lines, with their offsets; one split and one pass."""
    lines = []
    offset = 0
    blank_before = True
    for raw in text.split("\n"):
        body = raw.strip()
        if body:
            start = offset + raw.index(body[0])
            lines.append(_Line(start, start + len(body), body, blank_before))
        blank_before = not body
        offset += len(raw) + 1
    return lines


def _judge(lines: list[_Line]) -> list[tuple[str, float] | None]:
    """For each line: why it is furniture and how sure that is, or None for article text."""
    verdicts: list[tuple[str, float] | None] = [None] * len(lines)
    seen: dict[str, int] = {}
    for index, line in enumerate(lines):
        if not _stands_alone(lines, index, verdicts):
            continue
        body = line.body
        shape = furniture.shape_of(body)
        if shape and not (shape == furniture.COUNTER and _next_to_counter(lines, index)):
            verdicts[index] = (
                f"the line {body!r} is {shape}, web-page furniture, not article text",
                FURNITURE_PARAGRAPH,
            )
        elif _is_repeatable(body):
            first = seen.setdefault(body, index)
            if first != index:
                verdicts[index] = (
                    f"the line {_short(body)!r} repeats line {first + 1} of the text",
                    REPEATED_LINE,
                )
            elif _is_teaser(body, lines, index):
                reason = f"the line {_short(body)!r} is a teaser: the next paragraph's opening words, cut off"
                verdicts[index] = (reason, TEASER)
    return verdicts


def _stands_alone(lines: list[_Line], index: int, verdicts: list[tuple[str, float] | None]) -> bool:
    """A paragraph, or a line that follows a finished sentence (or furniture) and starts like a heading:
    in hard-wrapped prose, a line that happens to read "continued" is a part of a sentence."""
    line = lines[index]
    if line.first_of_paragraph:
        return True
    previous = lines[index - 1]
    follows_break = verdicts[index - 1] is not None or bool(_FINISHED.search(previous.body))
    return follows_break and bool(_HEADING_START.match(line.body))


def _is_repeatable(body: str) -> bool:
    """Long enough that a second copy is a page's doing, and no item of a list or a table."""
    return len(body.split(maxsplit=REPEAT_MIN_WORDS)) >= REPEAT_MIN_WORDS and not _LIST_OR_TABLE.match(body)


def _is_teaser(body: str, lines: list[_Line], index: int) -> bool:
    """Ends with an ellipsis, and what comes before it opens the next line."""
    cut = _ELLIPSIS.search(body)
    if not cut or index + 1 == len(lines):
        return False
    opening = body[: cut.start()].rstrip()
    return len(opening.split()) >= TEASER_MIN_WORDS and lines[index + 1].body.startswith(opening)


def _next_to_counter(lines: list[_Line], index: int) -> bool:
    """A counter next to another counter is a row of a table (temperatures, results), not furniture."""
    neighbours = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
    return any(furniture.shape_of(n.body) == furniture.COUNTER for n in neighbours)


def _article_text_after(verdicts: list[tuple[str, float] | None]) -> list[bool]:
    """For each line, whether any line after it is article text: one backward pass."""
    after = [False] * len(verdicts)
    seen_text = False
    for index in range(len(verdicts) - 1, -1, -1):
        after[index] = seen_text
        seen_text = seen_text or verdicts[index] is None
    return after


def _with_separator(text: str, lines: list[_Line], article_after: list[bool], index: int) -> tuple[int, int]:
    """The line with the line breaks after it or, where no article text follows, before it.

    Spans of neighbouring furniture lines never overlap, so a run of them goes in one pass (cleaning
    stays idempotent): a run followed by article text takes the separator after each line; a run that
    ends the text takes the separator before each.
    """
    line = lines[index]
    if article_after[index]:
        return _line_start(text, line.start), _line_start(text, lines[index + 1].start)
    return (lines[index - 1].end if index > 0 else _line_start(text, line.start)), line.end


def _line_start(text: str, offset: int) -> int:
    """The start of the line holding ``offset``: leading spaces go with the line."""
    while offset > 0 and text[offset - 1] in " \t":
        offset -= 1
    return offset


def _short(body: str, limit: int = 60) -> str:
    return body if len(body) <= limit else body[: limit - 1] + "…"


RULE = Rule(
    name="boilerplate",
    find=find_boilerplate,
    emits=frozenset({"boilerplate"}),
    priors={"furniture line": FURNITURE_PARAGRAPH, "repeated line": REPEATED_LINE, "teaser": TEASER},
    reads=frozenset({Evidence.PARAGRAPHS}),
    writes=frozenset({Evidence.PARAGRAPHS}),
)
