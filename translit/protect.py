"""Spans of a text that no rule may edit: code, URLs, e-mail addresses, @handles, #hashtags, file
paths, and names mentioned as words ("the city formerly spelled Kiev").

Spans are found by the finders in :data:`PROTECTORS`, a plain name -> finder table that other kinds of
input extend by name (HTML markup, issue #16), each line-local (:class:`Protector`): a document finds
them only in the lines that hold a finding (:class:`Protection`, issue #18). The pipeline leaves every
finding that overlaps a protected span alone: the finding loses its candidates and says why in its
note, so it is reported among ``skipped`` (and by ``detect``) rather than dropped without a word — a
protector that protects too much then shows itself, and a user who wonders why a URL's "Kiev" stayed
can read why.

>>> [(text[s.start : s.end], s.kind) for text in ["Mail kiev@Kiev.ua or see `Kiev`."]
...  for s in find_protected_spans(text)]
[('kiev@Kiev.ua', 'e-mail address'), ('`Kiev`', 'code')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import regex

from translit import lazy
from translit.metalinguistic import mentioned_names

Spans = Iterable[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class ProtectedSpan:
    """A half-open span of the input that no edit may touch, and the kind of thing it is."""

    start: int
    end: int
    kind: str  # a key of PROTECTORS


class Protector(NamedTuple):
    """A finder of protected spans. Every finder of :data:`PROTECTORS` is line-local: no span it finds
    holds a line feed but a fenced code block's (:func:`spans_lines`), and what it finds on a
    line does not depend on the other lines, since each look-around it makes at a line's edge reads the
    break as it reads the text's edge. :class:`Protection` finds spans line by line on that ground."""

    find: Callable[[str], Spans]
    #: what the span is, for notes: "inside a URL"
    description: str


# Each finder is gated by a substring its spans must contain, so that prose without one costs a
# C-speed ``in`` test rather than a regex scan; its patterns are compiled when first needed
# (:func:`translit.lazy.pattern`), which most runs never are.
_CODE = lazy.pattern(r"(?s)```.*?```|`[^`\r\n]+`")
_URL = lazy.pattern(r"(?i)(?<![\w@])(?:(?:https?|ftp)://|www\.)[^\s<>\"“”‘’«»]+")
# A bare domain: lower-case labels and a common or two-letter top-level domain ("kiev.ua", "bbc.co.uk");
# capitalized text ("Kyiv.Ukraine") and abbreviations ("e.g.", "U.S.") are no domain.
_DOMAIN = lazy.pattern(
    r"(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|edu|gov|int|mil|info|io|news|[a-z]{2})"
    r"(?:/[^\s<>\"“”‘’«»]*)?(?![\w@-])"
)
#: A dot before a letter; the character before it is checked apart: a pattern that starts with a literal is
#: found at C speed, one that starts with a class is tried at every position.
_DOT_LETTER = re.compile(r"\.[a-z]")
_DOMAIN_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_DOMAIN_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_DOMAIN_RUN = re.compile(r"[a-z0-9.-]*")
_EMAIL = lazy.pattern(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = lazy.pattern(r"(?<![\w@.])@\w+")
_HASHTAG = lazy.pattern(r"(?<![\w#&/])#\w*[^\W\d_]\w*")
_EXTENSIONS = r"(?i:pdf|docx?|xlsx?|pptx?|txt|csv|tsv|jsonl?|xml|html?|jpe?g|png|gif|mp[34]|zip|py)\b"
_PATHS = (
    (
        "/",
        lazy.pattern(r"(?<![\w/.~])(?:~|\.{1,2})?/(?:[\w.@+~-]+/)+[\w.@+~-]*"),
    ),  # /home/user/Kiev/a.pdf, ~/x/y
    (
        "\\",
        lazy.pattern(r"(?<![\w:])[A-Za-z]:\\[^\s\"“”<>|]+|(?<!\S)\\\\[^\s\"“”<>|]+"),
    ),  # C:\Users\Kiev, \\server\share
    ("/", lazy.pattern(r"(?<![\w/.])(?:[\w.-]+/)+[\w.-]+\.[A-Za-z0-9]{1,5}\b")),  # docs/Kiev/report.pdf
)
_FILE_EXTENSION = regex.compile(r"\." + _EXTENSIONS)
_FILE_NAME = lazy.pattern(r"(?<![\w/.-])[\w-]+\." + _EXTENSIONS)  # Kiev.pdf
_TRAILING = ".,;:!?'\"”’»)]}"


def _urls(text: str) -> Iterator[tuple[int, int]]:
    """URLs, without the sentence punctuation after them; a closing bracket stays when the URL opened it
    ("…/wiki/Kiev_(disambiguation)")."""
    matches = [*_URL().finditer(text)] if "://" in text or "www." in text.lower() else []
    matches += _domains(text)
    for match in matches:
        start, end = match.span()
        while end > start and text[end - 1] in _TRAILING:
            closing = text[end - 1]
            if closing == ")" and text.count("(", start, end) >= text.count(")", start, end):
                break
            end -= 1
        if end > start:
            yield start, end


def _domains(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_DOMAIN`, as ``_DOMAIN().finditer(text)`` gives them, tried only where one can
    start: at the start of a run of domain characters that holds a dot before a letter (every domain
    does), since the pattern must not start inside such a run. Scanning every position took a third of
    the time of finding protected spans in news text, where "e.g." and "a.m." are common."""
    position = run_end = 0
    for dot in _DOT_LETTER.finditer(text):
        hit = dot.start() - 1  # where "a.b" starts, if a letter or digit stands before the dot
        if hit < run_end or text[hit] not in _DOMAIN_ALNUM:
            continue  # the run already tried, or no domain's dot
        start = hit
        while start > 0 and text[start - 1] in _DOMAIN_CHARACTERS:
            start -= 1
        run_end = _DOMAIN_RUN.match(text, hit).end()  # type: ignore[union-attr]
        match = _DOMAIN().match(text, start) if start >= position else None
        if match:
            position = match.end()
            yield match


def _paths(text: str) -> Iterator[tuple[int, int]]:
    for needle, pattern in _PATHS:
        if needle in text:
            yield from (match.span() for match in pattern().finditer(text))
    if _FILE_EXTENSION.search(text):
        yield from (match.span() for match in _FILE_NAME().finditer(text))


def _matches(pattern: Callable[[], regex.Pattern[str]], needle: str) -> Callable[[str], Spans]:
    """The spans of ``pattern()``, looked for only in a text that holds ``needle``."""
    return lambda text: (match.span() for match in pattern().finditer(text)) if needle in text else ()


PROTECTORS: dict[str, Protector] = {
    "code": Protector(_matches(_CODE, "`"), "code (between backticks)"),
    "url": Protector(_urls, "a URL"),
    "e-mail address": Protector(_matches(_EMAIL, "@"), "an e-mail address"),
    "handle": Protector(_matches(_HANDLE, "@"), "an @handle"),
    "hashtag": Protector(_matches(_HASHTAG, "#"), "a #hashtag"),
    "file path": Protector(_paths, "a file path"),
    "mentioned name": Protector(mentioned_names, "a name mentioned as a word (a spelling, a former name)"),
}


def find_protected_spans(
    text: str, protectors: Mapping[str, Protector] = PROTECTORS
) -> tuple[ProtectedSpan, ...]:
    """Every protected span in ``text``, sorted and disjoint: overlapping spans are merged, and the
    merged span keeps the kind of the one that starts first. Linear in the text: each finder is one
    regex scan (none backtracks over more than a token), plus a sort of the spans found."""
    found = sorted(
        (start, end, kind)
        for kind, protector in protectors.items()
        for start, end in protector.find(text)
        if end > start
    )
    merged: list[ProtectedSpan] = []
    for start, end, kind in found:
        if merged and start < merged[-1].end:
            last = merged[-1]
            merged[-1] = ProtectedSpan(last.start, max(last.end, end), last.kind)
        else:
            merged.append(ProtectedSpan(start, end, kind))
    return tuple(merged)


def find_protected_spans_in(text: str, start: int, end: int) -> tuple[ProtectedSpan, ...]:
    """The protected spans of ``text`` (:func:`find_protected_spans`) that lie in ``text[start:end]``, a
    run of whole lines (``start`` at the text's or a line's start, ``end`` after a line break or at the
    text's end) of a text without a fenced code block; offsets into ``text``. Since every finder is
    line-local (:class:`Protector`), they are the spans found in those lines alone."""
    window = text[start:end]
    spans = find_protected_spans(window)
    return tuple(ProtectedSpan(s.start + start, s.end + start, s.kind) for s in spans) if start else spans


def line_window(text: str, start: int, end: int) -> tuple[int, int]:
    """The lines of ``text`` that [start, end) touches: from the start of the line holding ``start`` to
    after the line break that ends the line holding ``end`` (or the text's end)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end + 1


class Protection:
    """Which protected span a span of one text overlaps, with the spans found only in the lines asked
    about: most documents with a finding have it in a few of their lines, and finding the protected
    spans of the whole text (mostly the mentioned names) cost several times what the findings' lines
    cost. A text with a fenced code block, whose span may hold line breaks, is read whole."""

    __slots__ = ("_text", "_spans_lines", "_found")

    def __init__(self, text: str) -> None:
        self._text = text
        self._spans_lines = spans_lines(text)  # once: a search of the whole text
        #: (start, end) of a run of lines -> its protected spans and their starts
        self._found: dict[tuple[int, int], tuple[tuple[ProtectedSpan, ...], tuple[int, ...]]] = {}

    def at(self, start: int, end: int) -> ProtectedSpan | None:
        """The protected span that [start, end) overlaps, if any: as :func:`overlapping` finds it among
        all the text's protected spans (:func:`find_protected_spans`)."""
        text, lines = self._text, self._spans_lines
        if start == end and (start == 0 or text[start - 1] in "\r\n") and not lines:
            return None  # an empty span at a line's start (a source omission) is inside no span
        window = (0, len(text)) if lines else line_window(text, start, end)
        found = self._found.get(window)
        if found is None:
            spans = find_protected_spans(text) if lines else find_protected_spans_in(text, *window)
            found = self._found[window] = (spans, tuple(span.start for span in spans))
        return overlapping(*found, start, end)


def spans_lines(text: str) -> bool:
    """Whether a protected span of ``text`` may hold a line break: only a fenced code block can (every
    other finder's pattern stops at whitespace or a line's end), so that a position at a line's start
    is protected by none in a text without one. A single backtick first: a search for one character
    is several times faster than one for three."""
    return "`" in text and "```" in text


def overlapping(
    spans: Sequence[ProtectedSpan], starts: Sequence[int], start: int, end: int
) -> ProtectedSpan | None:
    """The protected span that overlaps [start, end), if any; ``starts`` are the spans' starts. O(log n)."""
    index = bisect.bisect_left(starts, end) - 1  # the last span starting before ``end``
    if index >= 0 and spans[index].end > start:
        return spans[index]
    return None


def describe(span: ProtectedSpan, protectors: Mapping[str, Protector] = PROTECTORS) -> str:
    protector = protectors.get(span.kind)
    return protector.description if protector else span.kind
