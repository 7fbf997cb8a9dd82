"""Web-page furniture left inside an article body: "Please read on...", "Advertisement", view counters,
"· 2d ago" bylines, share bars, photo credits, summary-bot lines, footers, and lines the page repeats.

The unit is a line that stands alone: a paragraph, or a line of one that follows a finished sentence and
starts like a heading (a capital, a digit, a bracket). Its whole text must have a furniture shape
(:mod:`translit.rules.furniture`); the same words inside prose never match. Repeats are read by shape
too, never by site name: a line of two words or more written again on the next line (a headline printed
two or three times), or one of ``REPEAT_MIN_WORDS`` words or more written again a line or two later with
only furniture between (a lede repeated below a photo credit); a
teaser that is the next paragraph's opening words and an ellipsis; and the headline's opening cut off
after a word that leaves its phrase open ("Facing a city known as the", an image's caption), wherever it
stands. The first copy stays. Within a line, only a piece after the paragraph's last sentence goes: a
link's label ("Read more", "[FULL STORY]"), a listing's byline after a teaser's ellipsis, an editor's
credit in brackets. Furniture is
cut from an article: a text with no line of article text ("Editor: Chen Haifeng" cleaned alone, a field or
a segment of its own) is left whole, as cutting it all leaves nothing. Not touched: lists and tables (a line that starts
with a bullet or a number, holds a tab or a column bar, or a counter among other counters), one-word
lines ("Yes.", "Background"), and a sentence the article repeats further on across article text.

Linear in the input (issue #11, C10; it was quadratic: each furniture paragraph re-read every paragraph
after it): the lines are split, stripped and counted once, at C speed, and Python reads only the lines
that could be furniture (short ones, repeated ones, ones that end with an ellipsis); a repeat looks back
at most ``REPEAT_GAP`` lines; where the article text ends is found once, by a pass back over the
trailing furniture, so each furniture line takes its separator without re-reading the lines after it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate
from typing import TYPE_CHECKING

from translit import lazy
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
#: A line repeated further than on the next line must have at least this many words: short lines ("Yes,
#: sir", "Read the report") recur in real articles; headlines and ledes are longer.
REPEAT_MIN_WORDS = 4
#: How many lines of furniture may stand between a line and its repeat.
REPEAT_GAP = 2
#: A teaser must hold at least this many of the next paragraph's opening words.
TEASER_MIN_WORDS = 5
#: A headline cut off as an image's caption must keep at least this many of its words.
CUT_HEADLINE_MIN_WORDS = 4
#: Words that leave a phrase open: a line that ends with one was cut off.
_PHRASE_OPENERS = frozenset(
    "the a an of to in on at for with and or by from as its his her their our this that".split()
)

_LIST_ITEM = re.compile(r"(?:[-•*▪◦]|\d{1,3}[.)]|\(?[a-z]\))\s")
_HEADING_STARTS = "([“\"'‘·•|>"
_ELLIPSES = ("...", "…")
#: A line of article text has more spaces than a furniture line within its first this many characters
#: (about 16 words): a long line is not counted to its end.
_PROSE_SPAN = 100
_SENTENCE_ENDS = '.!?:;"”’)]…>'


class _Page:
    """The text's lines, read in C-speed passes (split, strip, count); per line, Python looks only at the
    few that could be furniture: short lines, lines the text repeats, lines that end with an ellipsis."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.raw = text.split("\n")
        self.bodies = list(map(str.strip, self.raw))
        self.verdicts: dict[int, tuple[str, float]] = {}

    @lazy.cached_property
    def _ends(self) -> list[int]:
        """Line i ends at ``_ends[i] + i`` (counted only once a line is to be cut)."""
        return list(accumulate(map(len, self.raw)))

    def start(self, index: int) -> int:
        return (self._ends[index - 1] + index) if index else 0

    def content_end(self, index: int) -> int:
        """Where line ``index`` ends, before its line break (and a carriage return)."""
        return self._ends[index] + index - self.raw[index].endswith("\r")

    def previous(self, index: int) -> int | None:
        """The non-blank line before ``index``, if any."""
        index -= 1
        while index >= 0 and not self.bodies[index]:
            index -= 1
        return index if index >= 0 else None

    def next(self, index: int) -> int | None:
        """The non-blank line after ``index``, if any."""
        index += 1
        while index < len(self.bodies) and not self.bodies[index]:
            index += 1
        return index if index < len(self.bodies) else None

    def next_kept(self, index: int) -> int | None:
        """The non-blank line after ``index`` that is not cut as furniture, if any."""
        following = self.next(index)
        while following in self.verdicts:
            following = self.next(following)
        return following


def find_boilerplate(document: Document) -> Iterator[Finding]:
    if document.source is not None and document.source.line_aligned:
        return  # each line renders its line of the original: cutting one breaks the alignment
    text = document.text
    page = _Page(text)
    _judge(page)
    yield from _trailing_links(page)
    if not page.verdicts:
        return
    last_text = _last_article_line(page)
    if last_text < 0:
        return  # no article text at all: a credit line or a caption cleaned alone is what the caller has
    for index in sorted(page.verdicts):
        reason, prior = page.verdicts[index]
        start, end = _with_separator(page, index, last_text)
        yield _cut(text, start, end, reason, prior)


def _cut(text: str, start: int, end: int, reason: str, prior: float) -> Finding:
    """The finding that deletes ``text[start:end]``, furniture."""
    return Finding(start, end, text[start:end], "boilerplate", "boilerplate", (Candidate("", reason, prior),))


def _trailing_links(page: _Page) -> Iterator[Finding]:
    """A link's label after a paragraph's last sentence ("... the talks. Read more"), a listing's byline
    after a teaser ("... the talks…ABC News1 hour ago") or an editor's credit ("... the talks. (Li
    Ming/Editor)"): the piece goes, the paragraph stays. Every line gets one C-speed test of how it
    ends; the few that pass are read."""
    bodies = page.bodies
    for index in [i for i, body in enumerate(bodies) if furniture.may_end_with_a_piece(body)]:
        if index in page.verdicts:
            continue  # the whole line goes
        raw = page.raw[index].rstrip()
        found = furniture.trailing_link(raw)
        if found is None:
            continue
        offset, what = found
        start = page.start(index) + offset
        end = page.start(index) + len(raw)
        label = raw[offset:].strip()
        reason = f"{label!r} after the paragraph's last sentence is {what}, web-page furniture"
        yield _cut(page.text, start, end, reason, FURNITURE_PARAGRAPH)


def _judge(page: _Page) -> None:
    """Set ``page.verdicts``: for each furniture line, why it is furniture and how sure that is."""
    bodies = page.bodies
    repeated = _repeated(bodies)
    last_seen: dict[str, int] = {}
    candidates = [  # the fast path: nearly every line is article text, long and said once
        index
        for index, body in enumerate(bodies)
        if body
        and (
            (
                body.count(" ", 0, _PROSE_SPAN) < furniture.MOST_WORDS
                and body.count(" ") < furniture.MOST_WORDS
            )
            or (repeated and body in repeated)
            or body.endswith(_ELLIPSES)
        )
    ]
    headline = next((index for index, body in enumerate(bodies) if body), None)
    for index in candidates:
        body = bodies[index]
        shape = furniture.shape_of(body)
        if headline is not None and index > headline and _is_cut_headline(body, bodies[headline]):
            if _stands_alone(page, index):
                reason = f"the line {_short(body)!r} is the headline cut off mid-phrase (an image's caption)"
                page.verdicts[index] = (reason, TEASER)
            continue
        if not shape and not (repeated and body in repeated) and not body.endswith(_ELLIPSES):
            continue  # no furniture, repeat or teaser: most short lines
        if not _stands_alone(page, index):
            continue
        if shape and not (shape == furniture.COUNTER and _next_to_counter(page, index)):
            page.verdicts[index] = (
                f"the line {body!r} is {shape}, web-page furniture, not article text",
                FURNITURE_PARAGRAPH,
            )
            continue
        if " " not in body or "\t" in body or " | " in body or _LIST_ITEM.match(body):
            continue  # one word, or an item of a list or a table: these recur in articles
        previous = last_seen.get(body)
        last_seen[body] = index
        if previous is not None and _is_page_repeat(page, previous, index):
            page.verdicts[index] = (
                f"the line {_short(body)!r} repeats line {previous + 1} of the text",
                REPEATED_LINE,
            )
        elif _is_teaser(page, index):
            reason = f"the line {_short(body)!r} is a teaser: the next paragraph's opening words, cut off"
            page.verdicts[index] = (reason, TEASER)


def _repeated(bodies: list[str]) -> set[str]:
    """The non-blank lines written more than once (counted only when the set of lines says there are)."""
    distinct = set(bodies)
    if len(distinct) + bodies.count("") - ("" in distinct) == len(bodies):
        return set()
    return {body for body, count in Counter(bodies).items() if count > 1 and body}


def _stands_alone(page: _Page, index: int) -> bool:
    """A paragraph, or a line that follows a finished sentence (or furniture) and starts like a heading:
    in hard-wrapped prose, a line that happens to read "continued" is a part of a sentence. Lines cut as
    furniture just before it leave it their place, as they will once cut: so a run of furniture and
    repeats goes in one pass, and cleaning the result again finds no more of it."""
    before = index - 1
    while before in page.verdicts:
        before -= 1
    if before < 0 or not page.bodies[before]:
        return True
    follows_break = before < index - 1 or page.bodies[before][-1] in _SENTENCE_ENDS
    first = page.bodies[index][0]
    return follows_break and (first.isupper() or first.isdigit() or first in _HEADING_STARTS)


def _is_page_repeat(page: _Page, first: int, index: int) -> bool:
    """A copy right after the first, but for furniture cut between (a headline printed twice), or, for a
    line of ``REPEAT_MIN_WORDS`` words or more, a copy at most ``REPEAT_GAP`` lines later with only
    furniture between (a lede repeated below a photo credit). A sentence that an article repeats across
    article text is the article's own."""
    between = [i for i in range(first + 1, min(index, first + 2 * REPEAT_GAP + 3)) if page.bodies[i]]
    if page.next_kept(first) == index:
        return True
    if page.bodies[index].count(" ") < REPEAT_MIN_WORDS - 1 or len(between) > REPEAT_GAP:
        return False
    if page.next(between[-1]) != index:
        return False  # more lines between than were looked at
    return all(i in page.verdicts for i in between)


def _is_teaser(page: _Page, index: int) -> bool:
    """Ends with an ellipsis, and what comes before it opens the next line, which goes on further."""
    body = page.bodies[index]
    following_index = page.next(index)
    if not body.endswith(_ELLIPSES) or following_index is None:
        return False
    opening = body.rstrip(".…").rstrip()
    following = page.bodies[following_index]
    return (
        opening.count(" ") >= TEASER_MIN_WORDS - 1
        and len(following) > len(opening) + 1
        and following.startswith(opening)
    )


def _is_cut_headline(body: str, headline: str) -> bool:
    """The headline's first ``CUT_HEADLINE_MIN_WORDS`` words or more, cut off after a word that leaves
    its phrase open ("Facing a city known as the"): what a page prints as an image's caption. A heading
    that repeats the headline's opening ends a phrase, and is kept."""
    return (
        len(body) < len(headline)
        and headline[len(body)] == " "
        and headline.startswith(body)
        and body.count(" ") >= CUT_HEADLINE_MIN_WORDS - 1
        and body.rpartition(" ")[2].lower() in _PHRASE_OPENERS
    )


def _next_to_counter(page: _Page, index: int) -> bool:
    """A counter next to another counter is a row of a table (temperatures, results), not furniture."""
    neighbours = (page.previous(index), page.next(index))
    return any(n is not None and furniture.shape_of(page.bodies[n]) == furniture.COUNTER for n in neighbours)


def _last_article_line(page: _Page) -> int:
    """The last non-blank line that is article text (-1 if none): one pass back over the trailing
    furniture, so that each furniture line knows whether article text follows it."""
    index = len(page.bodies) - 1
    while index >= 0 and (not page.bodies[index] or index in page.verdicts):
        index -= 1
    return index


def _with_separator(page: _Page, index: int, last_text: int) -> tuple[int, int]:
    """The line with the line breaks after it or, where no article text follows, before it.

    Spans of neighbouring furniture lines never overlap, so a run of them goes in one pass (cleaning
    stays idempotent): a run followed by article text takes the separator after each line; a run that
    ends the text takes the separator before each.
    """
    if index < last_text:
        following = page.next(index)
        assert following is not None  # article text follows
        return page.start(index), page.start(following)
    previous = page.previous(index)
    return (page.content_end(previous) if previous is not None else page.start(index)), page.content_end(
        index
    )


def _short(body: str, limit: int = 60) -> str:
    return body if len(body) <= limit else body[: limit - 1] + "…"


RULE = Rule(
    name="boilerplate",
    find=find_boilerplate,
    emits=frozenset({"boilerplate"}),
    priors={"furniture line": FURNITURE_PARAGRAPH, "repeated line": REPEATED_LINE, "teaser": TEASER},
    reads=frozenset({Evidence.PARAGRAPHS, Evidence.SOURCE}),
    writes=frozenset({Evidence.PARAGRAPHS}),
)
