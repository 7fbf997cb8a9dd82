"""A document as the rules see it: the text, its paragraphs and sentences, its entity mentions and the
spans no rule may edit.

Every question a rule asks of a document is answered in O(log n) or better (a dictionary, or a
bisection of a sorted tuple built once), so that a rule asking once per match stays linear.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections import Counter
from collections.abc import Collection, Container, Iterator, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING

import regex

from translit import lazy
from translit.gazetteer import FormKind, Gazetteer, Mention
from translit.gazetteer.words import zipf
from translit.names.memo import SurfaceMemo
from translit.names.spans import RUN, RUN_IN_CAPITAL_IMAGE
from translit.protect import ProtectedSpan, Protection, find_protected_spans
from translit.rules import shapes

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
#: Where a run of capitalized words breaks into words: at any character but an ASCII letter, digit,
#: underscore or hyphen (a hyphen stays inside a word: "Israeli-Pakistani", "Wu-nan"). As a table of
#: bytes, for the runs encoded in ASCII with "?" for any other character: translating bytes is a C loop.
_WORD_BREAK = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or chr(c) in "_-") else ord(" ") for c in range(256)
)
_START = operator.attrgetter("start")
_SURFACE = operator.attrgetter("surface")
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
    #: renderings of Chinese terms (``renderings.tsv``) in the text, found in the same scan as the mentions
    renderings: tuple[tuple[int, int, Rendering], ...] = ()
    #: whether the run rewrites valid spellings to the house's; without it, an entity spelled two valid
    #: ways is made consistent in the article's own majority spelling rather than the canonical one
    house_style: bool = True

    # Paragraphs, sentences and protected spans are found on first use: most texts give the rules
    # nothing to propose (642 of the 784 speed-profile documents), and then nothing asks whether a
    # proposal is protected, and few rules ask about sentences. So are the indexes of the mentions by
    # entity: most texts name no entity in a form any rule questions, and then no rule asks.

    @lazy.cached_property
    def _counts(self) -> dict[str, int]:
        """Entry id -> references: each mention counts for each of its entities and their countries."""
        per_entries = Counter(m.entries for m in self.mentions)  # a name recurs: each set counted once
        counts: dict[str, int] = {}
        countries_of = self.gazetteer.countries_of_mention
        for entries, times in per_entries.items():
            for entry_id in (*entries, *countries_of(entries)):
                counts[entry_id] = counts.get(entry_id, 0) + times
        return counts

    @lazy.cached_property
    def _by_entry(self) -> dict[str, list[Mention]]:
        by_entry: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            for entry_id in mention.entries:
                by_entry.setdefault(entry_id, []).append(mention)
        return by_entry

    @lazy.cached_property
    def _spellings(self) -> dict[str, dict[str, FormKind]]:
        spellings: dict[str, dict[str, FormKind]] = {}
        # a surface has one kind: the distinct (entries, surface, kind), in the order first written
        for entries, surface, kind in dict.fromkeys((m.entries, m.surface, m.kind) for m in self.mentions):
            for entry_id in entries:
                spellings.setdefault(entry_id, {})[surface] = kind
        return spellings

    @lazy.cached_property
    def first_mentions(self) -> tuple[Mention, ...]:
        """The first mention of each distinct surface, in text order: a surface always names the same
        entities in the same kind of form, so a rule asking only that of each mention may read these."""
        backwards = self.mentions[::-1]  # the first mention of a surface is the last one written here
        first = dict(zip(map(_SURFACE, backwards), backwards))
        return tuple(sorted(first.values(), key=_START))

    @lazy.cached_property
    def surfaces(self) -> frozenset[str]:
        """The distinct surface forms of the mentions: whether the text names anything in a given form,
        without counting its references (:meth:`count` weighs every mention)."""
        return frozenset(map(_SURFACE, self.mentions))

    @lazy.cached_property
    def _mention_starts(self) -> tuple[int, ...]:
        return tuple([m.start for m in self.mentions])

    @lazy.cached_property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        return tuple([m.span() for m in _PARAGRAPH.finditer(self.text) if m.group().strip()])

    @lazy.cached_property
    def sentence_starts(self) -> tuple[int, ...]:
        return (0, *[m.end() for m in _SENTENCE_END.finditer(self.text)])

    @lazy.cached_property
    def protected(self) -> tuple[ProtectedSpan, ...]:
        """Spans no rule may edit, sorted and disjoint (:mod:`translit.protect`)."""
        return find_protected_spans(self.text)

    @lazy.cached_property
    def capital_image(self) -> bytes:
        """The text's capital image (:func:`translit.rules.shapes.capital_image`), for the fast searches of
        the name rules' run scan and the mechanical rules."""
        return shapes.capital_image(self.text)

    @lazy.cached_property
    def glued_capitals(self) -> tuple[int, ...]:
        """Where an ASCII capital follows an ASCII lower-case letter
        (:func:`translit.rules.shapes.glued_capitals`): the spacing rule looks there for names, the stutter
        rule for restarted sentences, so the capital image is searched once for both."""
        return shapes.glued_capitals(self.capital_image)

    @lazy.cached_property
    def word_image(self) -> bytes:
        """The text's word image (:func:`translit.rules.shapes.word_image`), for the mechanical rules."""
        return shapes.word_image(self.text)

    @lazy.cached_property
    def _capitalized_run_matches(self) -> list[re.Match[bytes]] | list[re.Match[str]]:
        """The matches of :attr:`capitalized_runs`: one scan of the text that the name rules share."""
        text = self.text
        if text.isascii():  # a flag of the string, no scan
            return list(RUN_IN_CAPITAL_IMAGE.finditer(self.capital_image))
        return list(RUN.finditer(text))

    @lazy.cached_property
    def capitalized_runs(self) -> tuple[str, ...]:
        """Every run of capitalized words (:data:`translit.names.spans.RUN`), in text order."""
        text = self.text
        return tuple([text[m.start() : m.end()] for m in self._capitalized_run_matches])

    @lazy.cached_property
    def distinct_capitalized_runs(self) -> frozenset[str]:
        """The distinct :attr:`capitalized_runs`: what the rules that ask which runs a text has, not
        where, share (a run recurs in a text: 55,700 runs in the 784 speed documents, 37,600 distinct ones)."""
        return frozenset(self.capitalized_runs)

    def capitalized_runs_among(self, wanted: Container[str]) -> Iterator[tuple[int, str]]:
        """(start, run) of each of :attr:`capitalized_runs` that is one of ``wanted``, in text order.

        A rule that reads a few of the runs finds where they start without a search of the text for
        each, and without the starts of every run: the runs are picked out in C, and only theirs are
        read (a tuple of every start cost the near-miss rule 5 of its 44 ms CPU on the speed corpus).
        """
        runs = self.capitalized_runs
        matches: Sequence[re.Match[bytes] | re.Match[str]] = self._capitalized_run_matches
        for match, run in compress(zip(matches, runs), map(wanted.__contains__, runs)):
            yield match.start(), run

    @lazy.cached_property
    def capitalized_text(self) -> str:
        r"""The :attr:`distinct_capitalized_runs`, one space between two, in no particular order.

        A pattern whose every match lies inside a run of capitalized words (it starts with an ASCII
        capital and holds only ASCII letters, hyphens and single spaces before capitals) and is bounded
        by look-arounds such as ``(?<!\w)``/``(?!\w)`` matches here wherever it matches in the text: inside
        a run, the characters around a match are the text's, and at a run's edge a space stands for a
        character that ends the run. So a rule may skip a text where its pattern finds nothing here, a
        string several times shorter than the text.
        """
        return " ".join(self.distinct_capitalized_runs)

    @lazy.cached_property
    def capitalized_words(self) -> frozenset[str]:
        r"""The distinct ASCII words of :attr:`capitalized_runs` (split at every other character than
        an ASCII letter, digit, underscore or hyphen: "Taiwan's" -> "Taiwan", "s"; "Israeli-Pakistani"
        stays whole).

        A rule looking for ASCII words that start with a capital, where no letter, digit or hyphen
        stands before or after them (``(?<![\w-])...(?![\w-])``), finds each here whole or, where hyphens
        join it to others, as one of the hyphen-separated parts of a word here: so it may skip a text
        whose words hold none of its words, without scanning it.
        """
        ascii_text = self.capitalized_text.encode("ascii", "replace").translate(_WORD_BREAK)
        return frozenset(ascii_text.decode("ascii").split())

    @lazy.cached_property
    def _paragraph_starts(self) -> tuple[int, ...]:
        return tuple(start for start, _ in self.paragraphs)

    @lazy.cached_property
    def _protection(self) -> Protection:
        return Protection(self.text)

    @lazy.cached_property
    def source_checks(self) -> tuple[EntityCheck, ...]:
        """Each entity of the source checked against the text (:func:`translit.source.check_entities`),
        once per document: more than one rule reads the checks."""
        from translit.source.alignment import check_entities  # the source package reads documents

        return check_entities(self)

    def count(self, entry_id: str) -> int:
        """How often the document refers to the entity: by any of its forms or, for a country, by naming
        one of its places or people."""
        return self._counts.get(entry_id, 0)

    def mentions_of(self, entry_id: str) -> list[Mention]:
        return self._by_entry.get(entry_id, [])

    def mentions_of_kinds(self, kinds: Collection[FormKind]) -> list[Mention]:
        """The mentions whose form is of one of ``kinds``, in text order: a rule that questions only
        some kinds of form (variants, pinyin keys) need not read the others, most of a text's mentions.

        A surface's kind is the gazetteer's (the first entity's, as the scan gives each mention), so the
        surfaces of those kinds are asked of a memo of the gazetteer's answers, in C, and a text with
        none of them reads no mention.
        """
        surfaces = _kinds_memo(frozenset(kinds)).passing(self.gazetteer, self.surfaces)
        return [m for m in self.mentions if m.surface in surfaces] if surfaces else []

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
        """The protected span that [start, end) overlaps, if any (one of :attr:`protected`, found in
        the lines asked about only)."""
        return self._protection.at(start, end)

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


@functools.cache  # one per set of kinds asked: the rules ask of a few constant sets
def _kinds_memo(kinds: frozenset[FormKind]) -> SurfaceMemo:
    """Which surfaces the gazetteer writes in a form of one of ``kinds``."""
    return SurfaceMemo(lambda gazetteer, surface: gazetteer.lookup(surface)[0][1] in kinds)


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
    mentions, renderings = gazetteer.scan_all(text)
    return Document(
        text, gazetteer, tuple(mentions), source, renderings=tuple(renderings), house_style=house_style
    )
