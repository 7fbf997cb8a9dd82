"""HTML entities left in the text by a scraper, whole or stripped of their ampersand: ``&amp;nbsp;``,
``& quot;``, ``quot;We``, ``hellip;`` (part of the ``punctuation`` rule).

An entity becomes the character it stands for. A non-breaking space next to a space is dropped (the
space is already there); an apostrophe spaced off the word it joins takes the spaces with it ("Party &
apos; s plan": "Party's plan"); a quote takes the document's own style (straight or curly, opening or closing by
where it stands, and by the count of quotes before it in its paragraph when spaces surround it), and so
does an ellipsis ("..." or "…"); where the document shows no such mark, the style of its other marks
decides (curly apostrophes and dashes go with "…" and curly quotes), else the more common style of
English news (straight quotes, "...").

Linear in the input: a fast search for semicolons, and a look at the few characters before each; the
quotes before an entity are counted once per stretch of text between two entities of one paragraph.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from translit import lazy
from translit.rules.marks import punctuation_fix

if TYPE_CHECKING:
    from translit.document import Document
    from translit.edits import Finding

#: An entity name and a semicolon is markup, never prose.
HTML_ENTITY = 0.95
PRIORS = {"HTML entity": HTML_ENTITY}

_NAMED = "nbsp|quot|amp|lt|gt|apos|hellip|mdash|ndash|lsquo|rsquo|ldquo|rdquo|laquo|raquo|middot|bull|copy|reg|trade|deg"
# Names that no English word ends with, so that they are markup even without their ampersand.
_BARE = "nbsp|quot|apos|hellip|mdash|ndash|lsquo|rsquo|ldquo|rdquo|laquo|raquo|middot"
# Found backwards from each semicolon (a literal, found by a fast search; semicolons are rare in news).
# This rule's patterns are compiled when first needed (:func:`translit.lazy.pattern`): a text without
# a semicolon needs none.
_ENTITY_ENDING_HERE = lazy.pattern(
    rf"(?r)(?:&(?:amp;)?[ \t]?(?P<name>{_NAMED}|#\d{{1,7}}|#[xX][0-9a-fA-F]{{1,6}})"
    rf"|(?<![&\w])(?P<bare>{_BARE})|(?<=\p{{L}})(?P<glued>{_BARE}));\Z"
)
# Every entity's name ends with an ASCII letter or digit: the semicolons of prose ("said; the") are
# passed over at C speed.
_SEMICOLON = re.compile(r";(?<=[0-9A-Za-z];)")
# "&amp;" that escapes the ampersand of an entity after it ("&amp;nbsp;") is part of that entity.
_ENTITY_AFTER_AMPERSAND = lazy.pattern(rf"(?:{_NAMED}|#\d{{1,7}}|#[xX][0-9a-fA-F]{{1,6}});")
#: The longest entity, in characters ("&amp;hellip;" and a space): how far back from a semicolon to look.
LONGEST_ENTITY = 16
_QUOTES = ('"', "“", "”")
_QUOTE_AFTER = lazy.pattern(r'["“”\n]')
_QUOTE_BEFORE = lazy.pattern(r'(?r)["“”\n]')
#: How far a quote entity's partner is looked for.
QUOTE_REACH = 300
_OPENING_CONTEXT = " \t\n\r([{“‘—–-"
_APOSTROPHES = ("apos", "#39", "rsquo")
#: What follows an apostrophe inside a word: a possessive's "s" or a contraction's ending ("don't", "we're").
_CLITIC = re.compile(r"[ \t](?:s|t|re|ve|ll|d|m)\b")


def find(document: Document) -> Iterator[Finding]:
    text = document.text
    if ";" not in text:
        return
    style: _Style | None = None  # read from the text once an entity is found: most texts have none
    counter = _QuoteCounter(document)
    for semicolon in _SEMICOLON.finditer(text):
        match = _ENTITY_ENDING_HERE().search(
            text, max(0, semicolon.start() - LONGEST_ENTITY), semicolon.end()
        )
        if not match or match.group("name") == "amp" and _ENTITY_AFTER_AMPERSAND().match(text, match.end()):
            continue
        name = match.group("name") or match.group("bare") or match.group("glued")
        start, end = match.span()
        style = style or _Style(text)
        if name in ("quot", "#34"):
            opening = _is_opening(text, start, end, counter.quotes_before(start))
            start, end = _eat_inner_space(text, start, end, opening)
            character = style.quote(opening, _neighbouring_quote(text, start, end, opening))
        elif name == "nbsp":
            start, end, character = _collapse_space(text, start, end)
        elif name == "hellip":
            character = style.ellipsis
        elif name in _APOSTROPHES:
            start, end = _join_clitic(text, start, end)
            character = html.unescape(f"&{name};")
        else:
            character = html.unescape(f"&{name};")
            if character == f"&{name};" or not character.isprintable():
                continue
        reason = f"the HTML entity {match.group()!r} left in the text stands for {character!r}"
        yield punctuation_fix(document, start, end, character, reason, HTML_ENTITY)


def _is_opening(text: str, start: int, end: int, quotes_before: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in _OPENING_CONTEXT and after not in " \t\n\r":
        return True
    if before not in _OPENING_CONTEXT:
        return False
    return quotes_before % 2 == 0  # spaces on both sides: the count of quotes before decides


def _neighbouring_quote(text: str, start: int, end: int, opening: bool) -> str:
    """The quote this one pairs with: the nearest quote after an opening one, before a closing one, on
    its line and within ``QUOTE_REACH`` characters ("" if none)."""
    if opening:
        found = _QUOTE_AFTER().search(text, end, end + QUOTE_REACH)
    else:
        found = _QUOTE_BEFORE().search(text, max(0, start - QUOTE_REACH), start)
    return found.group() if found and found.group() in _QUOTES else ""


def _eat_inner_space(text: str, start: int, end: int, opening: bool) -> tuple[int, int]:
    """A quote between two spaces takes the space on its inner side: `` & quot; word`` -> `` "word``."""
    spaced_before = start > 0 and text[start - 1] == " "
    spaced_after = end < len(text) and text[end] == " "
    if spaced_before and spaced_after:
        return (start, end + 1) if opening else (start - 1, end)
    return start, end


def _join_clitic(text: str, start: int, end: int) -> tuple[int, int]:
    """An apostrophe between a word and its clitic, spaces around it ("Party & apos; s"), takes both
    spaces: the word and the clitic are one word again."""
    if start >= 2 and text[start - 1] in " \t" and text[start - 2].isalpha() and _CLITIC.match(text, end):
        return start - 1, end + 1
    return start, end


def _collapse_space(text: str, start: int, end: int) -> tuple[int, int, str]:
    """A non-breaking space: a space, unless a space or line edge is already next to it (between two
    spaces it goes with the one after it)."""
    spaced_before = start == 0 or text[start - 1] in " \t\n"
    spaced_after = end == len(text) or text[end] in " \t\r\n"
    if spaced_before and end < len(text) and text[end] in " \t":
        return start, end + 1, ""
    return start, end, "" if spaced_before or spaced_after else " "


def is_typographic(text: str) -> bool:
    """Whether ``text`` is set with typographic marks (curly quotes and apostrophes, dashes) more than
    with plain ones: the style a mark the text shows no example of should take."""
    curly = text.count("“") + text.count("”") + text.count("’") + text.count("‘")
    typographic = curly + text.count("—") + text.count("–")
    return typographic > text.count("'") + text.count('"') + text.count(" - ")


class _Style:
    """The document's own quotes and ellipses.

    Each mark takes the style the document shows for it; where it shows none, the style of the
    document's other marks decides (a text that writes ’ and “” is set by software that also writes …),
    and where there are none of those either, the more common style of English news: straight quotes and
    three periods (about five to one in the clean English news we measure against).
    """

    def __init__(self, text: str) -> None:
        curly_quotes, straight_quotes = text.count("“") + text.count("”"), text.count('"')
        self.typographic = is_typographic(text)
        self.curly = curly_quotes > straight_quotes if curly_quotes or straight_quotes else self.typographic
        one_character, three_periods = text.count("…"), text.count("...")
        if one_character or three_periods:
            self.ellipsis = "…" if one_character > three_periods else "..."
        else:
            self.ellipsis = "…" if self.typographic else "..."

    def quote(self, opening: bool, neighbour: str) -> str:
        """The quote in the style of its partner (``neighbour``), else of the document."""
        curly = neighbour in "“”" if neighbour else self.curly
        if not curly:
            return '"'
        return "“" if opening else "”"


class _QuoteCounter:
    """Quotes (and quote entities) before an offset in its paragraph, counted as the scan moves on."""

    def __init__(self, document: Document) -> None:
        self.document = document  # its paragraphs are found only when a quote entity asks
        self.text = document.text
        self.paragraph = -1
        self.position = 0
        self.count = 0

    def quotes_before(self, offset: int) -> int:
        paragraphs = self.document.paragraphs
        paragraph = bisect.bisect_right(paragraphs, (offset, len(self.text) + 1)) - 1
        if paragraph != self.paragraph:
            self.paragraph, self.count = paragraph, 0
            self.position = paragraphs[paragraph][0] if paragraph >= 0 else 0
        stretch = self.text[self.position : offset]
        self.count += sum(stretch.count(quote) for quote in _QUOTES) + stretch.count("quot;")
        self.position = offset
        return self.count
