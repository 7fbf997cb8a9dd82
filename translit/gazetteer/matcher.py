"""Find every surface form of a large set in a text: whole words, by Aho-Corasick, fast.

pyahocorasick finds a node's child by a linear search, so an automaton whose root has thousands of
children (every Chinese character that starts a form, every letter) crawls over a text at 1-2 MB/s.
So there are two automata. Chinese forms stand anywhere (Chinese has no spaces) and are rare in
English text: their automaton runs only over the runs of Chinese characters. Latin forms must stand as
whole words: their automaton runs over a *boundary image* of the text, one ASCII character per
character, in which every non-alphanumeric character is NUL, and each form is a key between NULs
(" Kiev," -> "\0Kiev\0"). The root then has one child, a word's inner letters fall straight back to
it, and a key can only match where the form stands as a whole word. The image maps other letters to
one placeholder, so a candidate is kept only if the original text holds one of the forms there.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable

import ahocorasick

from translit.gazetteer.facts import CJK_CLASS, is_chinese

#: What the boundary image writes for a letter or digit outside ASCII.
_PLACEHOLDER = "Z"
#: ASCII letters and digits stay; every other ASCII character becomes NUL.
_ASCII_IMAGE = bytes(c if c < 128 and chr(c).isalnum() else 0 for c in range(256))
#: The bytes that start a Chinese character (:data:`CJK_CLASS`) in UTF-8: a character's first byte grows
#: with its code point, so a range's first bytes lie between those of its ends.
_CHINESE_FIRST_BYTES = tuple(
    bytes([byte])
    for low, high in re.findall("(.)-(.)", CJK_CLASS)
    for byte in range(low.encode()[0], high.encode()[0] + 1)
)


def _image_of_non_ascii(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a non-ASCII letter or digit becomes the placeholder, anything else NUL."""
    assert isinstance(error, UnicodeEncodeError)
    run = error.object[error.start : error.end]
    return "".join(_PLACEHOLDER if c.isalnum() else "\0" for c in run), error.end


codecs.register_error("translit-boundary-image", _image_of_non_ascii)


class SurfaceMatcher:
    """Every whole-word occurrence of a fixed set of surface forms."""

    def __init__(self, surfaces: Iterable[str]) -> None:
        surfaces = [s for s in surfaces if s]
        self._latin_forms = frozenset(s for s in surfaces if not is_chinese(s))
        chinese = [s for s in surfaces if is_chinese(s)]
        self._latin = _build_automaton({f"\0{boundary_image(s)}\0" for s in self._latin_forms})
        self._chinese = _build_automaton(chinese)
        # characters other than CJK that Chinese forms contain (·, digits): a run may continue through them
        extra = sorted(set(re.sub(f"[{CJK_CLASS}]+", "", "".join(chinese))))
        self._runs = re.compile(f"[{CJK_CLASS}][{CJK_CLASS}{re.escape(''.join(extra))}]*")

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence, overlapping ones included, in no particular order."""
        return [(start, -negative_end) for start, negative_end, _ in self.occurrences(text)]

    def occurrences(self, text: str) -> list[tuple[int, int, str]]:
        """(start, -end, form) of every occurrence, overlapping ones included, in no particular order:
        the negated end makes a plain sort leftmost-longest (:func:`leftmost_longest_occurrences`), and
        the caller gets the form without slicing the text again."""
        found = []
        if len(self._latin):
            image = f"\0{boundary_image(text)}\0"  # position p of the image is p - 1 of the text
            forms = self._latin_forms
            # the form without the NULs around it: [last - length + 1, last - 1); a list comprehension,
            # as a generator's step per match was most of the scan
            found = [
                (start, 1 - last, surface)
                for last, length in self._latin.iter(image)
                if (surface := text[(start := last - length + 1) : last - 1]) in forms
            ]
        if len(self._chinese) and not text.isascii() and _may_hold_chinese(text):  # isascii: a flag, no scan
            for run in self._runs.finditer(text):
                offset, spelled = run.start() + 1, run.group()
                found += [
                    (offset + last - length, -offset - last, spelled[last + 1 - length : last + 1])
                    for last, length in self._chinese.iter(spelled)
                ]
        return found


def _may_hold_chinese(text: str) -> bool:
    """Whether ``text`` holds a byte that starts a Chinese character once encoded in UTF-8. Few texts with
    other characters than ASCII (curly quotes, dashes, accents) hold Chinese, and a search for each byte
    (memchr) is several times faster than the runs' pattern, whose class is tried at every character:
    over the 178 such texts of the speed profile (none with a run) 1.0 ms against 7.6 ms."""
    encoded = text.encode("utf-8", "surrogatepass")  # a lone surrogate is no Chinese character
    return any(byte in encoded for byte in _CHINESE_FIRST_BYTES)


def boundary_image(text: str) -> str:
    """``text`` with one ASCII character per character: letters and digits kept (outside ASCII: a
    placeholder), anything else NUL.

    >>> boundary_image("Kyiv, “Київ”!")
    'Kyiv\\x00\\x00\\x00ZZZZ\\x00\\x00'
    """
    return text.encode("ascii", "translit-boundary-image").translate(_ASCII_IMAGE).decode("ascii")


def leftmost_longest(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, preferring the leftmost start and then the longest span there."""
    occurrences = [(start, -end, "") for start, end in spans]
    return [(start, end) for start, end, _ in leftmost_longest_occurrences(occurrences)]


def leftmost_longest_occurrences(occurrences: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences, preferring the leftmost start and then the longest there, of (start,
    -end, form) occurrences (:meth:`SurfaceMatcher.occurrences`), as (start, end, form)."""
    chosen = []
    cursor = 0
    for start, negative_end, surface in sorted(occurrences):
        if start >= cursor:
            cursor = -negative_end
            chosen.append((start, cursor, surface))
    return chosen


def _build_automaton(surfaces: Iterable[str]) -> ahocorasick.Automaton:
    """An automaton whose values are lengths (a small pickle), not strings."""
    automaton = ahocorasick.Automaton()
    for surface in surfaces:
        automaton.add_word(surface, len(surface))
    if len(automaton):
        automaton.make_automaton()
    return automaton
