"""A document as the rules see it: the text, its paragraphs and sentences, its entity mentions and the
spans no rule may edit.

Every question a rule asks of a document is answered in O(log n) or better (a dictionary, or a
bisection of a sorted tuple built once), so that a rule asking once per match stays linear.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from translit.gazetteer import FormKind, Gazetteer, Mention
from translit.gazetteer.words import zipf
from translit.protect import ProtectedSpan, find_protected_spans, overlapping, spans_lines

if TYPE_CHECKING:
    from translit.gazetteer.renderings import Rendering
    from translit.source import EntityCheck, SourceView

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and a capital
# letter, a quote or a digit, or at a full-width 。！？, which needs no space after it. Good enough for
# context windows; nothing is rewritten on its strength.
_SENTENCE_END = regex.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"“‘(\[]?[\p{Lu}\d])|[。！？][”’」』)）]*")
#: A paragraph: lines without a blank one between them (a plain pattern: the stdlib scans it faster).
_PARAGRAPH = re.compile(r"[^\r\n]+(?:\r?\n[^\r\n]+)*")
#: What may stand between a sentence's end and its first word: spaces of every kind (NBSP, ideographic
#: space, U+2028), invisible format characters (BOM, RTL marks), opening quotes and brackets, dashes and
#: bullets ("— Udong was shelled", "« Udong »").
_BEFORE_A_WORD = regex.compile(r"[\s\p{Cf}\p{Ps}\p{Pi}\p{Pd}\"'•·*]")
#: What may stand between a sentence's last word and its end mark: closing quotes and brackets.
_CLOSING = regex.compile(r"[\p{Pe}\p{Pf}\"']")
_TERMINAL = frozenset(".!?。！？…‼⁇⁈⁉")
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x0b\x0c\x85")
#: A line that ends in one of these, or in a function word ("of", "the"), goes on in the next line.
_CONTINUING = frozenset(",;-–—/(&+")
#: A line break after a line at least this long that ends in a lower-case word is a hard wrap, not the
#: end of a headline: wrapped prose runs 60-80 characters a line, headlines rarely end lower-case.
WRAPPED_LINE_MIN = 50
#: A lower-case word this common in English (Zipf) is a function word: no headline ends in one.
FUNCTION_WORD_ZIPF = 6.0


@dataclass(frozen=True)
class Document:
    """Everything the rules may consult about one input text. Built once by :func:`read_document`."""

    text: str
    gazetteer: Gazetteer
    mentions: tuple[Mention, ...]
    #: the Chinese original, aligned to the text, with its entities; None when the caller has none
    source: SourceView | None = None
    _counts: Counter[str] = field(default_factory=Counter, repr=False, compare=False)
    _by_entry: dict[str, list[Mention]] = field(default_factory=dict, repr=False, compare=False)
    _spellings: dict[str, dict[str, FormKind]] = field(default_factory=dict, repr=False, compare=False)
    _mention_starts: tuple[int, ...] = field(default=(), repr=False, compare=False)
    #: renderings of Chinese terms (``renderings.tsv``) in the text, found in the same scan as the mentions
    renderings: tuple[tuple[int, int, Rendering], ...] = ()
    #: whether the run rewrites valid spellings to the house's; without it, an entity spelled two valid
    #: ways is made consistent in the article's own majority spelling rather than the canonical one
    house_style: bool = True

    # Paragraphs, sentences and protected spans are found on first use: most texts give the rules
    # nothing to propose (642 of the 784 speed-profile documents), and then nothing asks whether a
    # proposal is protected, and few rules ask about sentences.

    @functools.cached_property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        return tuple([m.span() for m in _PARAGRAPH.finditer(self.text) if m.group().strip()])

    @functools.cached_property
    def sentence_starts(self) -> tuple[int, ...]:
        return (0, *[m.end() for m in _SENTENCE_END.finditer(self.text)])

    @functools.cached_property
    def protected(self) -> tuple[ProtectedSpan, ...]:
        """Spans no rule may edit, sorted and disjoint (:mod:`translit.protect`)."""
        return find_protected_spans(self.text)

    @functools.cached_property
    def _paragraph_starts(self) -> tuple[int, ...]:
        return tuple(start for start, _ in self.paragraphs)

    @functools.cached_property
    def _protected_starts(self) -> tuple[int, ...]:
        return tuple(span.start for span in self.protected)

    @functools.cached_property
    def source_checks(self) -> tuple[EntityCheck, ...]:
        """Each entity of the source checked against the text (:func:`translit.source.check_entities`),
        once per document: more than one rule reads the checks."""
        from translit.source.alignment import check_entities  # the source package reads documents

        return check_entities(self)

    def count(self, entry_id: str) -> int:
        """How often the document refers to the entity: by any of its forms or, for a country, by naming
        one of its places or people."""
        return self._counts[entry_id]

    def mentions_of(self, entry_id: str) -> list[Mention]:
        return self._by_entry.get(entry_id, [])

    def spellings_of(self, entry_id: str) -> dict[str, FormKind]:
        """Each distinct surface form the document uses for the entity, with its kind.

        Rules ask this once per mention; answering from the list of mentions would make a long text
        that names one entity thousands of times quadratic.
        """
        return self._spellings.get(entry_id, {})

    def mentions_in(self, start: int, end: int) -> tuple[Mention, ...]:
        """The mentions that start in [start, end), by bisection of the sorted, disjoint mentions."""
        first = bisect.bisect_left(self._mention_starts, start)
        last = bisect.bisect_left(self._mention_starts, end)
        return self.mentions[first:last]

    def sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def paragraph_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the paragraph holding ``offset``, or an empty span there if none does."""
        index = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0:
            start, end = self.paragraphs[index]
            if offset < end:
                return start, end
        return offset, offset

    def protection_at(self, start: int, end: int) -> ProtectedSpan | None:
        """The protected span that [start, end) overlaps, if any."""
        if start == end and (start == 0 or self.text[start - 1] in "\r\n") and not spans_lines(self.text):
            return None  # an empty span at a line's start (a source omission) is inside no span
        return overlapping(self.protected, self._protected_starts, start, end)

    def starts_sentence(self, offset: int) -> bool:
        """Whether a word at ``offset`` is the first of a sentence, a paragraph, a headline or a line
        that follows one — the one place that decides whether a rule capitalizes its replacement.

        Looking back from ``offset`` past spaces of any kind, invisible marks (BOM, RTL mark), opening
        quotes, brackets and dashes, a sentence starts at the start of the text, after an end mark
        (. ! ? 。 ！ ？ …, with closing quotes after it), after a blank line, and after a line break that
        ends a line which does not go on: a headline, not prose hard-wrapped in mid-sentence.
        The look-back stops at the first other character, so the cost is the gap before the word.
        """
        text = self.text
        position = offset - 1
        breaks = 0
        while position >= 0 and _BEFORE_A_WORD.match(text[position]):
            breaks += text[position] in _LINE_BREAKS and not (
                text[position] == "\n" and text[position - 1 : position] == "\r"
            )
            position -= 1
        if position < 0 or breaks >= 2:
            return True
        end_mark = position
        while end_mark >= 0 and _CLOSING.match(text[end_mark]):
            end_mark -= 1
        if end_mark >= 0 and text[end_mark] in _TERMINAL:
            return True
        return bool(breaks) and not _line_goes_on(text, position)


def _line_goes_on(text: str, last: int) -> bool:
    """Whether the line whose last visible character is at ``last`` continues in the next line."""
    if text[last] in _CONTINUING:
        return True
    word = regex.search(r"[\p{L}\p{M}'’]+\Z", text, pos=max(0, last + 1 - 40), endpos=last + 1)
    if word is None or not word.group()[0].islower():
        return False  # a headline ending in a name, a number or a mark
    if zipf(word.group()) >= FUNCTION_WORD_ZIPF:
        return True
    line_start = max(
        text.rfind("\n", max(0, last - WRAPPED_LINE_MIN), last),
        text.rfind("\r", max(0, last - WRAPPED_LINE_MIN), last),
    )
    return line_start == -1 and last >= WRAPPED_LINE_MIN


def read_document(
    text: str, gazetteer: Gazetteer, source: SourceView | None = None, *, house_style: bool = True
) -> Document:
    found, renderings = gazetteer.scan_all(text)
    mentions = tuple(found)
    counts: Counter[str] = Counter()
    by_entry: dict[str, list[Mention]] = {}
    spellings: dict[str, dict[str, FormKind]] = {}
    countries: dict[tuple[str, ...], set[str]] = {}  # per set of entries: a name recurs in a text
    for mention in mentions:
        for entry_id in mention.entries:
            counts[entry_id] += 1
            by_entry.setdefault(entry_id, []).append(mention)
            spellings.setdefault(entry_id, {})[mention.surface] = mention.kind
        if mention.entries not in countries:
            countries[mention.entries] = gazetteer.countries_of(mention.entries)
        for country in countries[mention.entries]:
            counts[country] += 1
    return Document(
        text,
        gazetteer,
        mentions,
        source,
        counts,
        by_entry,
        spellings,
        tuple(m.start for m in mentions),
        tuple(renderings),
        house_style,
    )
