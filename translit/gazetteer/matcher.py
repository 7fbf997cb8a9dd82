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

Building the automata of the built-in gazetteer's 136,000 forms takes about a second, and pickling
them is most of its cache file (26 of 35 MB), while a short run (a one-line ``translit clean``) scans
a few dozen characters. So a matcher first looks each span that could be a form up in the forms
themselves (:meth:`SurfaceMatcher._looked_up`, a few lookups per character), and builds its automata,
or reads them from where the gazetteer's cache keeps them (:class:`AutomataStore`), only once it has
scanned :data:`LOOKED_UP_CHARACTERS`. Both find the same occurrences (``tests/test_matcher.py``).
"""

from __future__ import annotations

import bisect
import codecs
import itertools
import re
from collections.abc import Collection, Iterable
from typing import Any, NamedTuple, Protocol

import ahocorasick

from translit.gazetteer.facts import CJK_CLASS, is_chinese

#: How many characters a matcher scans by looking its spans up before it takes its automata: at about
#: 2.7 µs a character (2.4 spans each, in news text), 50,000 cost what reading the built-in gazetteer's
#: automata from the cache does (0.12 s), and a tenth of building them; past that, the automata scan a
#: character in 0.04 µs.
LOOKED_UP_CHARACTERS = 50_000
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
#: What the boundary image makes NUL: a character that is no letter or digit (``\w`` is those and ``_``).
_NON_ALPHANUMERIC = re.compile(r"[\W_]")
_CHINESE_CHARACTER = re.compile(f"[{CJK_CLASS}]")


def _image_of_non_ascii(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a non-ASCII letter or digit becomes the placeholder, anything else NUL."""
    assert isinstance(error, UnicodeEncodeError)
    run = error.object[error.start : error.end]
    return "".join(_PLACEHOLDER if c.isalnum() else "\0" for c in run), error.end


codecs.register_error("translit-boundary-image", _image_of_non_ascii)


class Automata(NamedTuple):
    """A matcher's automata and what their scan reads besides."""

    latin_forms: frozenset[str]
    latin: ahocorasick.Automaton
    chinese: ahocorasick.Automaton
    #: the runs of Chinese characters, and of the other characters Chinese forms hold (·, digits)
    runs: re.Pattern[str]


class AutomataStore(Protocol):
    """Where a matcher reads its automata from, and keeps them once built (the gazetteer's cache)."""

    def read(self) -> Automata | None: ...

    def write(self, automata: Automata) -> None: ...


class _NoStore:
    """Automata kept nowhere: built by every process that needs them."""

    def read(self) -> Automata | None:
        return None

    def write(self, automata: Automata) -> None:
        pass


class SurfaceMatcher:
    """Every whole-word occurrence of a fixed set of surface forms."""

    def __init__(
        self,
        surfaces: Collection[str],
        more_surfaces: Collection[str] = (),
        looked_up_characters: int = LOOKED_UP_CHARACTERS,
        longest: tuple[int, int] | None = None,
    ) -> None:
        """Match ``surfaces`` and ``more_surfaces`` (the gazetteer's form table and its renderings'
        spellings, which the matcher reads, not copies, so that a cache file holds them once); the first
        ``looked_up_characters`` scanned are looked up in them, then the automata take over. ``longest``
        is :meth:`longest_forms` where known (a loop over every form otherwise, when first needed)."""
        self._surface_sets = (surfaces, more_surfaces)
        self._unscanned = looked_up_characters  # how many characters may still be looked up
        self._automata: Automata | None = None
        self._store: AutomataStore = _NoStore()
        self._longest = longest

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled without its automata, which the gazetteer's cache keeps apart (:meth:`keep_automata_in`),
        but with the lengths of its longest forms, which took a loop over every form at each start."""
        return SurfaceMatcher, self._surface_sets, {"_longest": self.longest_forms()}

    def keep_automata_in(self, store: AutomataStore) -> None:
        """Read the automata from ``store`` when they are needed, and write them there once built."""
        self._store = store

    def automata(self) -> Automata:
        """The automata: from the store, else built (and written to the store)."""
        if self._automata is None:
            self._automata = self._store.read()
            if self._automata is None:
                self._automata = _build_automata(
                    [s for surfaces in self._surface_sets for s in surfaces if s]
                )
                self._store.write(self._automata)
        return self._automata

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence, overlapping ones included, in no particular order."""
        return [(start, -negative_end) for start, negative_end, _ in self.occurrences(text)]

    def occurrences(self, text: str) -> list[tuple[int, int, str]]:
        """(start, -end, form) of every occurrence, overlapping ones included, in no particular order:
        the negated end makes a plain sort leftmost-longest (:func:`leftmost_longest_occurrences`), and
        the caller gets the form without slicing the text again."""
        if self._automata is None and len(text) <= self._unscanned:
            self._unscanned -= len(text)
            return self._looked_up(text)
        return _scanned(self.automata(), text)

    def _looked_up(self, text: str) -> list[tuple[int, int, str]]:
        """:meth:`occurrences` by looking up every span that could be a form: one that starts where a
        word does (or after any other character that is no letter or digit) and ends where a word does,
        no longer than the longest form; a span of Chinese characters anywhere."""
        longest, longest_chinese = self.longest_forms()
        ends = [boundary.start() for boundary in _NON_ALPHANUMERIC.finditer(text)]
        starts = [0, *(end + 1 for end in ends)]
        ends.append(len(text))
        surfaces, more_surfaces = self._surface_sets  # tested inline: a call per span doubled the time
        found = [
            (start, -end, surface)
            for start in starts
            for end in ends[bisect.bisect_right(ends, start) : bisect.bisect_right(ends, start + longest)]
            if ((surface := text[start:end]) in surfaces or surface in more_surfaces)
            and not is_chinese(surface)
        ]
        if not text.isascii() and _may_hold_chinese(text):
            found += [
                (start, -end, surface)
                for start in [character.start() for character in _CHINESE_CHARACTER.finditer(text)]
                for end in range(start + 1, min(start + longest_chinese, len(text)) + 1)
                if (surface := text[start:end]) in surfaces or surface in more_surfaces
            ]
        return found

    def longest_forms(self) -> tuple[int, int]:
        """The length of the longest form, and of the longest Chinese form: how far a looked-up span may
        reach."""
        if self._longest is None:
            surfaces = list(itertools.chain(*self._surface_sets))
            longest = max(map(len, surfaces), default=0)
            self._longest = longest, max(map(len, filter(is_chinese, surfaces)), default=0)
        return self._longest


def _scanned(automata: Automata, text: str) -> list[tuple[int, int, str]]:
    """:meth:`SurfaceMatcher.occurrences` by the automata."""
    found = []
    if len(automata.latin):
        image = f"\0{boundary_image(text)}\0"  # position p of the image is p - 1 of the text
        forms = automata.latin_forms
        # the form without the NULs around it: [last - length + 1, last - 1); a list comprehension,
        # as a generator's step per match was most of the scan
        found = [
            (start, 1 - last, surface)
            for last, length in automata.latin.iter(image)
            if (surface := text[(start := last - length + 1) : last - 1]) in forms
        ]
    if len(automata.chinese) and not text.isascii() and _may_hold_chinese(text):  # isascii: a flag, no scan
        for run in automata.runs.finditer(text):
            offset, spelled = run.start() + 1, run.group()
            found += [
                (offset + last - length, -offset - last, spelled[last + 1 - length : last + 1])
                for last, length in automata.chinese.iter(spelled)
            ]
    return found


def _build_automata(surfaces: list[str]) -> Automata:
    latin_forms = frozenset(s for s in surfaces if not is_chinese(s))
    chinese = [s for s in surfaces if is_chinese(s)]
    # characters other than CJK that Chinese forms contain (·, digits): a run may continue through them
    extra = sorted(set(re.sub(f"[{CJK_CLASS}]+", "", "".join(chinese))))
    return Automata(
        latin_forms,
        _build_automaton({f"\0{boundary_image(s)}\0" for s in latin_forms}),
        _build_automaton(chinese),
        re.compile(f"[{CJK_CLASS}][{CJK_CLASS}{re.escape(''.join(extra))}]*"),
    )


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
