"""A :mod:`regex` pattern tried only where a match can start, found by a plain :mod:`re` anchor.

A :mod:`regex` pattern with look-arounds is tried at every character of a text, in Python's slower
engine; most texts hold no match at all. The anchor is a stdlib pattern that matches wherever the
pattern does (a necessary condition: the pattern without its word-boundary look-arounds, say), found at
C speed; the pattern itself is matched only there, so the matches are those of ``pattern.finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

#: The word-boundary look-arounds a pattern may start and end with, which its anchor leaves out.
_LEADING = (r"(?<!\w)", r"(?<![\w-])", r"(?<![\w'’-])")
_TRAILING = (r"(?!\w)", r"(?![\w-])")
#: The flags every :mod:`regex` pattern has: any other (IGNORECASE, say) the anchor would have to share.
_PLAIN_FLAGS = regex.UNICODE | regex.VERSION0
#: An escape of a letter or digit (\w, \p{L}, \b): the two engines may read it differently.
_CLASS_ESCAPE = re.compile(r"\\[A-Za-z0-9]")


class Anchored:
    """``pattern``'s matches, tried only where ``anchor`` matches: each match of the pattern must start
    where the anchor matches (the caller's promise), and neither matches the empty string."""

    def __init__(self, pattern: regex.Pattern[str], anchor: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._anchor = anchor

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        position = 0  # as in finditer: the next match starts here or later
        search, match_at = self._anchor.search, self.pattern.match
        while (start := search(text, position)) is not None:
            match = match_at(text, start.start())
            position = match.end() if match else start.start() + 1
            if match:
                yield match


def anchored(pattern: regex.Pattern[str], anchor: str | None = None) -> Anchored | regex.Pattern[str]:
    """``pattern``, anchored on ``anchor`` (a stdlib pattern), by default on the pattern itself without
    its leading and trailing word-boundary look-arounds; ``pattern`` as it is when that leaves no plain
    stdlib pattern (a Unicode property, a flag of :mod:`regex`)."""
    if anchor is None:
        anchor = _without_boundaries(pattern.pattern)
    if anchor is None or pattern.flags & ~_PLAIN_FLAGS:
        return pattern
    try:
        return Anchored(pattern, re.compile(anchor))
    except re.error:
        return pattern


def _without_boundaries(source: str) -> str | None:
    leading = next((p for p in _LEADING if source.startswith(p)), "")
    trailing = next((p for p in _TRAILING if source.endswith(p)), "")
    core = source[len(leading) : len(source) - len(trailing)]
    if "(?" in core.replace("(?:", "").replace("(?P<", "") or _CLASS_ESCAPE.search(core):
        return None  # a look-around or inline flag inside, or a class the two engines may read apart
    return core
