"""Check each entity of the source against the MT segment it is the original of.

For every entity the source names, in this order:

1. **Acceptable** when the segment refers to it by any form the gazetteer accepts: its canonical, short
   or alternate names, a demonym or other mention, a house-style spelling, one of its places or people
   for a country ("Beijing" for 中方), or a word of its name ("Xinhua" for 新華社).
2. Else **wrong** where a span of the segment renders it: a capitalized span that no other entity of the
   segment explains, spelled like a reading of its Chinese form (pinyin, Wade-Giles, a word-by-word gloss:
   "Germu", "Chan Mau-po", "North Wei Province") or like one of its English names ("Brinken"); the span in
   the place where the source credits an outlet, at a dateline or after a headline ("CNN" for 中新网,
   :mod:`translit.source.credits`); or, failing that, the one such span left when every other entity is
   accounted for.
3. Else **omitted**: the segment renders it nowhere translit can see.

An alignment is *sure* when the span is spelled almost exactly like a reading and no other span or entry
comes close; the rules apply only sure ones. Abbreviations (烏東, 美中, 中方) are only ever accepted or
omitted here: a misread one is the business of the rules that weigh its readings.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import operator
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

import regex
from rapidfuzz import fuzz, process

from translit import lazy
from translit.gazetteer.entry import CURATED_SOURCE, FormKind
from translit.gazetteer.facts import COMBINING_FORMS
from translit.gazetteer.words import zipf
from translit.rules.context import FUNCTION_WORD_ZIPF, TITLES, is_foreign_pinyin
from translit.source.credits import Credit, credit_rendering
from translit.source.name_parts import read_in_parts
from translit.source.readings import (
    GLOSSES,
    letters,
    readings,
    romanizations,
    syllables,
    translations,
)
from translit.source.script import fold
from translit.source.view import CheckedText

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Entry, Gazetteer, Mention
    from translit.source.entities import SourceEntity
    from translit.source.view import SourceSegment

#: A span spelled at least this much like a reading (rapidfuzz's normalized Indel similarity) renders
#: the entity for sure: "Germu" is 0.91 of "geermu"; a name that merely shares syllables is below 0.8.
SURE_SIMILARITY = 0.85
#: ... and beats every other span and entry by this much.
SURE_MARGIN = 0.1
#: A span at least this similar, with the margin and on a whole run, is sure where the document writes it
#: so in two segments or more that each name the entity ("Germug" is 0.83 of "geermu"): two lines that
#: agree are evidence no single line gives.
REPEATED_SIMILARITY = 0.8
#: A span at least this similar is reported as a likely rendering (not applied): "Chan Mau-po" is 0.78
#: of the Wade-Giles "chenmaopo".
LIKELY_SIMILARITY = 0.6
#: The similarity a span in the place of the source's credit is given: the place says what it renders
#: as surely as an identical spelling would (a listed misspelling is given as much).
CREDIT_SIMILARITY = 1.0
#: A lone capitalized word this common in English ("North", "Police") renders no name by itself.
COMMON_NAME_WORD_ZIPF = 4.5
#: A word rarer than this in English is no word: a garbled or romanized name ("Bosonaro", "Kekexili").
#: Only such a span may be taken for a misspelling of an English name ("Atalanta" is a club, not Atlanta)
#: or be the one name left unexplained.
UNKNOWN_WORD_ZIPF = 2.0
#: The longest run of the source's other characters whose reading may explain a span.
MAX_OTHER_RUN = 4
#: The longest pinyin syllable ("zhuang", "shuang").
MAX_SYLLABLE_LETTERS = 6
#: Span letters shorter than this are too short to compare ("Ma", "Li").
MIN_LETTERS = 4
#: A word of an entity's name this long identifies it in lower case too ("chinanews.com"); shorter ones
#: are words ("us", "un").
MIN_LOWER_CASE_LETTERS = 5
_WORD = regex.compile(r"[^\W\d_]+")
_LETTERS = regex.compile(r"\p{L}+")
_NAME_WORD = regex.compile(r"(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}]*(?:[-'’](?![sS]\b)[\p{L}\p{M}]+)*")
#: What may end an inflected form of a name, after the stem it shares with the name.
_ENDING = regex.compile(r"(?:s|es|n|ns|an|ans|ian|ians|ese|ish|i|is|ic|ism|ist|ists|m|t|a|e)?")
#: English words a name's rendering may stand beside without being part of another name: "Germu City".
_GENERIC_WORDS = frozenset(word for glosses in GLOSSES.values() for word in glosses)
_NAME_GOES_ON = regex.compile(r"[ -]\p{Lu}")
#: A character that goes on a word: a spelling found beside one is part of another word.
_NAME_CHARACTER = regex.compile(r"[\p{L}\p{M}'’-]")
#: What may stand between the start of a sentence or line and its first word.
_BEFORE_A_WORD = " \t\r\n\"“'‘([-–—:"
_START = operator.attrgetter("start")
_ACCEPTED_KINDS = frozenset({FormKind.CANONICAL, FormKind.SHORT, FormKind.ALTERNATE, FormKind.MENTION})


class Rendering(StrEnum):
    ACCEPTABLE = "acceptable"
    WRONG = "wrong"
    OMITTED = "omitted"


class EntityCheck(NamedTuple):
    """How the MT renders one entity of the source.

    ``start``/``end`` are the span of the text that renders it (acceptable or wrong), or an empty span at
    the segment's start (omitted); ``entry`` is the entity the span is taken to render. A named tuple:
    every entity of every segment gets one, and a named tuple is made several times faster than a frozen
    dataclass.
    """

    entity: SourceEntity
    segment: int
    rendering: Rendering
    start: int
    end: int
    written: str = ""
    entry: str | None = None
    similarity: float = 0.0
    evidence: str = ""  # how the span was aligned, for the reason
    sure: bool = False
    alternatives: tuple[str, ...] = ()  # other entries the span may render equally well
    listed: bool = False  # the span is a form the gazetteer lists as wrong for the entry (a variant)
    #: an acceptable span that romanizes a name written in characters ("Liu Dehua" for Andy Lau): a
    #: reading translators use too, which only the house style replaces by the entity's own name
    reading: bool = False
    #: a wrong span spelled like a romanization of the entity's Chinese form ("Zhang Zhongcou" like
    #: "zhangzhongmou"): the form it garbles
    garbles: str = ""
    #: a wrong span not sure alone, but aligned clearly enough to be sure once repeated
    #: (:data:`REPEATED_SIMILARITY`)
    sure_if_repeated: bool = False


class _Span(NamedTuple):  # a named tuple, as each segment with an open entity makes many
    start: int
    end: int
    text: str
    letters: str
    #: the span is a whole run of capitalized words, but for generic words ("Germu" of "Germu City") and
    #: English words after it ("Kokoxiri" of "Kokoxiri Tibetan Antelope"); a part of a longer name
    #: ("Changjiang" of "Chai Changjiang", a man) renders no entity for sure
    whole: bool = True


def check_entities(document: Document) -> tuple[EntityCheck, ...]:
    """Every source entity of every segment of the document, checked, then settled across the document
    (:func:`settle_in_document`); () without a source."""
    source = document.source
    if source is None:
        return ()
    before = source.earlier.last if source.earlier else None
    made: dict[int, list[EntityCheck]] = {}
    for segment in source.segments:
        if segment.entities:
            checks = _kept_checks(document, segment, before) if before else None
            made[segment.index] = check_segment(document, segment) if checks is None else checks
    source.checks_made.last = CheckedText(
        document.text, document.gazetteer, document.mentions, source.segments, made
    )
    return settle_in_document(document, [check for checks in made.values() for check in checks])


def _kept_checks(document: Document, segment: SourceSegment, before: CheckedText) -> list[EntityCheck] | None:
    """The checks of ``segment`` made on the text before a cleaning pass, moved to its place in the
    text, where they still hold: where the segment's line reads the same and names the same in the same
    places, as a segment's checks depend on nothing else (its line, its mentions, its part of the
    source). None where they may differ."""
    checks = before.checks.get(segment.index)
    if checks is None or before.gazetteer is not document.gazetteer:
        return None
    old = before.segments[segment.index]
    text, old_text = document.text, before.text
    if (
        old.entities is not segment.entities
        # the line and the character after it (a name going on past the span ends no name)
        or text[segment.start : segment.end + 1] != old_text[old.start : old.end + 1]
    ):
        return None
    if not (_starts_line(text, segment.start) and _starts_line(old_text, old.start)):
        return None  # a line broken by a lone CR: a word's sentence is looked for beyond it
    shift = segment.start - old.start
    mentions = document.mentions_in(segment.start, segment.end)
    first = bisect.bisect_left(before.mentions, old.start, key=_START)
    old_mentions = before.mentions[first : bisect.bisect_left(before.mentions, old.end, key=_START)]
    if len(mentions) != len(old_mentions) or any(
        (m.start, m.end, m.surface, m.entries, m.kind)
        != (o.start + shift, o.end + shift, o.surface, o.entries, o.kind)
        for m, o in zip(mentions, old_mentions)
    ):
        return None
    return [c._replace(start=c.start + shift, end=c.end + shift) for c in checks] if shift else checks


def _starts_line(text: str, offset: int) -> bool:
    return offset == 0 or text[offset - 1] == "\n"


def settle_in_document(document: Document, checks: list[EntityCheck]) -> tuple[EntityCheck, ...]:
    """What one segment makes sure holds for the whole document, the way a reader takes it: a spelling
    aligned for sure to an entity in one segment renders that entity wherever else the document writes it
    ("Germug" close to 格爾木 in one line is the "Germug" that another line aligns for sure), and so does
    a spelling that two segments naming the entity each align to it nearly for sure
    (:data:`REPEATED_SIMILARITY`). Where the source names the entity, the unsure alignment becomes sure;
    where it does not (a later sentence says "he"), the same unknown spelling is the same error, and is
    added, so that a fix never leaves the entity spelled two ways. A spelling aligned to two entities in
    the document settles nothing."""
    aligned = [c for c in checks if c.similarity > 0 and (c.rendering is Rendering.WRONG or c.reading)]
    entries_of: dict[str, set[str | None]] = {}
    repeated_in: dict[str, set[int]] = {}
    for check in aligned:
        entries_of.setdefault(check.written, set()).add(check.entry)
        if check.sure_if_repeated:
            repeated_in.setdefault(check.written, set()).add(check.segment)
    sure = {
        c.written: c._replace(sure=True)
        for c in aligned
        if (c.sure or len(repeated_in.get(c.written, ())) > 1)
        and not c.alternatives
        and len(entries_of[c.written]) == 1
    }
    if not sure:
        return tuple(checks)
    unsure = {id(c) for c in aligned if not c.sure and not c.alternatives and c.written in sure}
    settled = [
        c._replace(sure=True, evidence=f"{c.evidence}, {_why_settled(c, repeated_in)}")
        if id(c) in unsure
        else c
        for c in checks
    ]
    echoes = _same_spelling_elsewhere(document, checks, sure)
    rendered = {(c.segment, c.entity.entries) for c in echoes}
    settled = [
        c
        for c in settled
        if c.rendering is not Rendering.OMITTED or (c.segment, c.entity.entries) not in rendered
    ]
    return tuple(sorted([*settled, *echoes], key=lambda c: (c.segment, c.start)))


def _why_settled(check: EntityCheck, repeated_in: dict[str, set[int]]) -> str:
    segments = len(repeated_in.get(check.written, ()))
    if segments > 1:
        return f"as {segments} segments that name {check.entity.surface} write it so"
    return "as it is aligned for sure elsewhere"


def _same_spelling_elsewhere(
    document: Document, checks: list[EntityCheck], sure: dict[str, EntityCheck]
) -> list[EntityCheck]:
    """The other places the document writes a spelling aligned for sure, as that entity's renderings: an
    unknown word that no check and no known name accounts for, and an English word ("Germ" for 格爾木)
    only in a segment whose source names the entity (elsewhere it may be the word). A known name
    ("CNN.com", aligned for sure to 中新网 after a headline) is that entity's rendering too in a segment
    whose source names the entity, renders it nowhere else or by the same spelling, and names the known
    name in no form: the system writes the entity so, and leaving it would spell the entity two ways."""
    taken = sorted((c.start, c.end) for c in checks if c.end > c.start)
    known = sorted((m.start, m.end, m.entries) for m in document.mentions if _is_known_name(document, m))
    # where a known name may still render the entity: a segment that renders it nowhere, or so
    free = {
        (c.segment, c.entity.entries, "" if c.rendering is Rendering.OMITTED else c.written) for c in checks
    }
    source = document.source
    assert source is not None
    added = []
    for written, model in sure.items():
        unknown = _has_unknown_word(written)
        for start, end in _written_whole(document.text, written):
            if _overlaps(taken, start, end):
                continue
            segment = source.segment_at(start)
            if not unknown and all(e.entries != model.entity.entries for e in segment.entities):
                continue
            if not _known_names_let_render(document, segment, model, (start, end), known, free):
                continue
            evidence = f"the spelling aligned for sure to {model.entity.surface} elsewhere in the document"
            added.append(model._replace(segment=segment.index, start=start, end=end, evidence=evidence))
            bisect.insort(taken, (start, end))
    return added


def _known_names_let_render(
    document: Document,
    segment: SourceSegment,
    model: EntityCheck,
    span: tuple[int, int],
    known: list[tuple[int, int, tuple[str, ...]]],
    free: set[tuple[int, tuple[str, ...], str]],
) -> bool:
    """Whether the known names a span of the spelling aligned in ``model`` overlaps, if any, leave it to
    render that entity: the span holds them whole and no name goes on after it ("Xinhua" of "Xinhua
    News" is part of a longer name), the segment renders the entity nowhere or by this spelling
    (``free``), and its source names none of them, by a Chinese form or in Latin letters (据CNN报道)."""
    start, end = span
    overlapping = [(s, e, entries) for s, e, entries in known if s < end and start < e]
    if not overlapping:
        return True
    if any(s < start or e > end for s, e, _ in overlapping) or _NAME_GOES_ON.match(document.text, end):
        return False
    written, entries = model.written, model.entity.entries
    if not {(segment.index, entries, ""), (segment.index, entries, written)} & free:
        return False
    named = {entry for entity in segment.entities for entry in entity.entries}
    if any(named.intersection(entries) for _, _, entries in overlapping):
        return False
    source = segment.source.lower()
    return not any(word.lower() in source for word in _WORD.findall(written))


def _written_whole(text: str, spelling: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` writes ``spelling`` as a whole word or name, in text order and not overlapping: no
    letter, mark, apostrophe or hyphen right before or after it. Found by ``str.find``, not by a pattern
    made of the spelling, which would be compiled anew for each spelling of each document."""
    start = text.find(spelling)
    while start >= 0:
        end = start + len(spelling)
        if (start and _NAME_CHARACTER.match(text, start - 1)) or _NAME_CHARACTER.match(text, end):
            start = text.find(spelling, start + 1)
        else:
            yield start, end
            start = text.find(spelling, end)


def check_segment(document: Document, segment: SourceSegment) -> list[EntityCheck]:
    """Each distinct entity of the segment, checked against the segment's text."""
    if not segment.entities:
        return []
    entities = list({entity.entries: entity for entity in reversed(segment.entities)}.values())[::-1]
    mentions = document.mentions_in(segment.start, segment.end)
    referenced = _referenced(document, mentions)
    accepted = [_accepted(entity, segment, referenced) for entity in entities]
    found = [check for check in accepted if check is not None]
    if len(found) == len(entities):  # most segments: each entity referred to by a form of its own or of
        return found  # its places or people
    words = _SegmentWords(document.text, segment.start, segment.end)
    checks: dict[int, EntityCheck] = {}
    for index, (entity, check) in enumerate(zip(entities, accepted)):
        if check is not None:
            checks[index] = check
        elif (word := _accepting_word(document, entity, words)) is not None:
            checks[index] = EntityCheck(
                entity, segment.index, Rendering.ACCEPTABLE, segment.start, segment.start, word
            )
        elif (misspelled := _misspelling(document, entity, segment, mentions)) is not None:
            checks[index] = misspelled
        elif (part := _part_reading(document, entity, segment, mentions, words)) is not None:
            checks[index] = part
    _check_credits(document, segment, entities, mentions, checks)
    open_entities = [i for i, e in enumerate(entities) if i not in checks and not e.is_abbreviation]
    if open_entities:  # most segments render every entity: then there is nothing to align
        spans = _unexplained_spans(document, words, mentions, checks)
        checks.update(_align(document, segment, entities, open_entities, spans))
    for index, entity in enumerate(entities):
        if index not in checks:
            checks[index] = EntityCheck(
                entity, segment.index, Rendering.OMITTED, segment.start, segment.start
            )
    return [checks[i] for i in range(len(entities))]


def _check_credits(
    document: Document,
    segment: SourceSegment,
    entities: Sequence[SourceEntity],
    mentions: Sequence[Mention],
    checks: dict[int, EntityCheck],
) -> None:
    """The outlet the source credits, where the MT writes another in its place ("CNN" for 中新网): wrong
    for sure, as the place says what the span renders (:mod:`translit.source.credits`); acceptable where
    the span holds a long word of the outlet's own name ("Xinhuanet" for 新华社)."""
    named = frozenset(entry for entity in entities for entry in entity.entries)
    for index, entity in enumerate(entities):
        if index in checks or entity.is_abbreviation:
            continue
        credit = credit_rendering(document, segment, entity, mentions, named)
        if credit is None or any(c.start < credit.end and credit.start < c.end for c in checks.values()):
            continue
        if _names_the_same_outlet(document, entity, credit, mentions):
            checks[index] = EntityCheck(
                entity, segment.index, Rendering.ACCEPTABLE, credit.start, credit.end, credit.text
            )
            continue
        checks[index] = EntityCheck(
            entity, segment.index, Rendering.WRONG, credit.start, credit.end, credit.text, entity.entries[0],
            CREDIT_SIMILARITY, f"written {credit.place}, where the source credits it", sure=len(entity.entries) == 1,
            alternatives=entity.entries[1:],
        )  # fmt: skip


def _names_the_same_outlet(
    document: Document, entity: SourceEntity, credit: Credit, mentions: Sequence[Mention]
) -> bool:
    """Whether a credit is another known name holding a long word of the outlet's own name: "Xinhuanet"
    for 新华社 (Xinhua News Agency) names the agency by its website, a translator's choice; a garble
    ("Xinhuan.com" for 新华网) is no known name."""
    if not any(m.start == credit.start and m.end == credit.end for m in mentions):
        return False
    spelled = letters(credit.text)
    return any(
        len(word) >= MIN_LOWER_CASE_LETTERS and letters(word) in spelled
        for entry_id in entity.entries
        for word in _identifying_words(document.gazetteer, entry_id)[0]
    )


class _SegmentWords:
    """The words of a segment, as names are compared: found only when a mention does not settle an
    entity (most segments name every entity of their source by a form the gazetteer knows)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def capitalized_of(self, words: frozenset[str]) -> frozenset[str]:
        """Those of ``words`` that the segment writes as capitalized words (see :attr:`capitalized`)."""
        if not any(word in self._written or word in self._dotless for word in words):
            return frozenset()  # a word found in neither is none of them: no need to find the words
        return words & self.capitalized

    def lowered_of(self, words: frozenset[str]) -> frozenset[str]:
        """Those of ``words`` (lower case) that the segment writes as words in any case."""
        if not any(word in self._lower for word in words):
            return frozenset()
        return words & self.lowered

    @lazy.cached_property
    def name_words(self) -> list[regex.Match[str]]:
        """The words of the segment a name may be written with (:data:`_NAME_WORD`), in text order."""
        return list(_NAME_WORD.finditer(self._text, self._start, self._end))

    @lazy.cached_property
    def capitalized(self) -> set[str]:
        """Capitalized words and their hyphenated parts, "U.S." as "US"."""
        return {part for m in self.name_words for part in (_normalized(m.group()), *m.group().split("-"))}

    @lazy.cached_property
    def lowered(self) -> set[str]:
        return set(_WORD.findall(self._lower))

    @lazy.cached_property
    def _written(self) -> str:
        return self._text[self._start : self._end]

    @lazy.cached_property
    def _dotless(self) -> str:
        """The segment without full stops: a capitalized word "U.S." is compared as "US"."""
        return self._written.replace(".", "")

    @lazy.cached_property
    def _lower(self) -> str:
        return self._written.lower()


def _is_accepted_form(gazetteer: Gazetteer, entry_id: str, kind: FormKind) -> bool:
    if kind is FormKind.PINYIN:  # the house style's business, unless it transcribes a foreign name
        return not is_foreign_pinyin(gazetteer[entry_id], kind)
    return kind in _ACCEPTED_KINDS


def _referenced(document: Document, mentions: Sequence[Mention]) -> dict[str, Mention]:
    """Entry id -> the first mention that refers to it acceptably by a form of its own or, for a country
    the segment names by no form of its own, by one of its places or people: "Mexico", not the
    "Lazaro Cardenas" before it, which may render another entity of the source."""
    own: dict[str, Mention] = {}
    by_its_places: dict[str, Mention] = {}
    for mention in mentions:
        accepted, countries = _referents(document.gazetteer, mention.entries, mention.kind)
        for entry_id in accepted:
            own.setdefault(entry_id, mention)
        for entry_id in countries:
            by_its_places.setdefault(entry_id, mention)
    return by_its_places | own


@functools.lru_cache(maxsize=65536)
def _referents(
    gazetteer: Gazetteer, entries: tuple[str, ...], kind: FormKind
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The entities a mention of ``entries`` written as a ``kind`` form renders acceptably, and their
    countries (a mention repeats; this is asked of every one)."""
    accepted = tuple(i for i in entries if _is_accepted_form(gazetteer, i, kind))
    return accepted, tuple(gazetteer.countries_of(accepted))


def _accepting_word(document: Document, entity: SourceEntity, words: _SegmentWords) -> str | None:
    """The word by which a segment that names the entity by no form of it renders it acceptably, if
    any: one of the words that identify it as written, or a long one in lower case ("chinanews.com")."""
    for entry_id in entity.entries:
        own, own_lowered = _identifying_words(document.gazetteer, entry_id)
        if capitalized := words.capitalized_of(own):
            return min(capitalized)
        if lowered := words.lowered_of(own_lowered):
            return min(lowered)
    return None


@functools.lru_cache(maxsize=65536)
def _identifying_words(gazetteer: Gazetteer, entry_id: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of an entity's names that identify it: "Xinhua" of "Xinhua News Agency", and the nouns
    and adjectives the abbreviation table gives it ("US", "American"); and, lower-cased, those of them
    long enough to identify it in lower case too ("chinanews", not "us")."""
    entry = gazetteer[entry_id]
    names = (entry.canonical, *entry.short, *entry.alternates, *entry.mentions)
    combining = COMBINING_FORMS.get(entry.country, ()) if entry.type == "country" else ()
    distinctive = _distinctive_words(names)
    words = distinctive | set(abbreviation_words(gazetteer).get(entry.id, ())) | set(combining)
    lowered = frozenset(w.lower() for w in distinctive if len(w) >= MIN_LOWER_CASE_LETTERS and w.isalpha())
    return frozenset(words), lowered


@functools.lru_cache(maxsize=65536)
def _distinctive_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words of ``names`` that are no common English words: "Xinhua", not "North" or "News"."""
    return frozenset(
        word
        for name in names
        for word in name.split()
        if len(word) >= 3 and zipf(word.lower()) < COMMON_NAME_WORD_ZIPF
    )


def _misspelling(
    document: Document, entity: SourceEntity, segment: SourceSegment, mentions: Sequence[Mention]
) -> EntityCheck | None:
    """A listed misspelling of the entity ("Lugansk"), or the pinyin of its transcribed foreign name ("He
    Jinli"): the gazetteer itself says which entity the span renders, and how wrongly."""
    for mention in mentions:
        for entry_id in entity.entries:
            if entry_id in mention.entries and not _is_accepted_form(
                document.gazetteer, entry_id, mention.kind
            ):
                evidence = f"{mention.surface!r} is a {mention.kind.value} form of {document.gazetteer[entry_id].canonical}"
                return EntityCheck(
                    entity,
                    segment.index,
                    Rendering.WRONG,
                    mention.start,
                    mention.end,
                    mention.surface,
                    entry_id,
                    1.0,
                    evidence,
                    sure=True,
                    listed=True,
                )
    return None


def _part_reading(
    document: Document,
    entity: SourceEntity,
    segment: SourceSegment,
    mentions: Sequence[Mention],
    words: _SegmentWords,
) -> EntityCheck | None:
    """A person's name read by its surname alone or given name first (:mod:`translit.source.name_parts`):
    acceptable, unless the span renders another entity the source names; the given name first is a
    reading the house style may replace, as a whole name is."""
    if len(entity.entries) != 1:
        return None
    entry_id = entity.entries[0]
    part = read_in_parts(
        document.gazetteer[entry_id],
        entity,
        segment.source,
        segment.entities,
        document.text,
        words.name_words,
    )
    named = {entry for source_entity in segment.entities for entry in source_entity.entries}
    if part is None or any(
        m.start < part.end and part.start < m.end and named.intersection(m.entries) for m in mentions
    ):
        return None  # the span renders another entity of the source ("Zunyi" of 遵義 is no given name)
    evidence = "its given name first" if part.given_name_first else "its surname alone"
    return EntityCheck(
        entity, segment.index, Rendering.ACCEPTABLE, part.start, part.end, part.written, entry_id,
        1.0 if part.given_name_first else 0.0, f"a reading of {entity.surface}, {evidence}",
        sure=part.given_name_first, reading=part.given_name_first,
    )  # fmt: skip


def _accepted(
    entity: SourceEntity, segment: SourceSegment, referenced: dict[str, Mention]
) -> EntityCheck | None:
    """The entity rendered acceptably by the first mention that refers to it, if one does."""
    for entry_id in entity.entries:
        if (mention := referenced.get(entry_id)) is not None:
            for entry in entity.entries:
                if entry in mention.entries:
                    break
            else:  # the mention names a place or person of the entity (a country)
                entry = entity.entries[0]
            return EntityCheck(
                entity,
                segment.index,
                Rendering.ACCEPTABLE,
                mention.start,
                mention.end,
                mention.surface,
                entry,
            )
    return None


@functools.lru_cache(maxsize=4)
def abbreviation_words(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Entry id -> the nouns and adjectives the abbreviation table writes it with: "US", "American"."""
    words: dict[str, list[str]] = {}
    for single in gazetteer.abbreviations.singles:
        for entry_id in single.entities:
            words.setdefault(entry_id, []).extend((single.noun(entry_id), single.adjective(entry_id)))
    return {entry_id: tuple(dict.fromkeys(w)) for entry_id, w in words.items()}


def _unexplained_spans(
    document: Document, words: _SegmentWords, mentions: Sequence[Mention], checks: dict[int, EntityCheck]
) -> list[_Span]:
    """Every run of consecutive capitalized words (and each part of one) that neither a name the
    gazetteer knows nor an accepted entity of the segment explains: where a wrong rendering can be."""
    explained_words: set[str] = set()
    for check in checks.values():
        for entry_id in check.entity.entries:
            explained_words |= _identifying_words(document.gazetteer, entry_id)[0]
    taken = [(m.start, m.end) for m in mentions if _is_known_name(document, m)]
    taken += [(c.start, c.end) for c in checks.values() if c.end > c.start]
    taken.sort()
    unexplained = []  # the cheaper tests first
    for m in words.name_words:
        facts = _word_facts(m.group())
        if facts.normalized in explained_words or facts.function_or_title:
            continue
        if _overlaps(taken, m.start(), m.end()) or (facts.english and _starts_sentence_or_line(document, m)):
            continue
        unexplained.append((m, facts))
    spans = []
    for run in _runs(document.text, unexplained):
        for first in range(len(run)):
            start, spelled, generic_only = run[first][0].start(), "", True
            for last in range(first, min(first + 4, len(run))):
                word, facts = run[last]
                spelled += facts.letters  # the span's letters: its words' (spaces and hyphens have none)
                generic_only = generic_only and facts.generic
                if len(spelled) < MIN_LETTERS or (last == first and facts.common) or generic_only:
                    continue  # too short to compare, a common English word alone, or generic words
                    # alone ("Prefecture" is no reading of 達州, whose 州 it glosses)
                whole = all(f.generic for _, f in run[:first]) and all(f.modifier for _, f in run[last + 1 :])
                spans.append(_Span(start, word.end(), document.text[start : word.end()], spelled, whole))
    return spans


class _ReadElsewhere:
    """Whether a span reads two to four other characters of the segment's source (:func:`_reads`),
    asked only of the spans that matter and answered once each. Every mention of the segment's entities
    is taken, not the first alone: "Hulunbeier" in a line whose source names 呼伦贝尔 twice reads the
    entity, not other characters."""

    def __init__(self, segment: SourceSegment) -> None:
        self._segment = segment
        self._answers: dict[str, bool] = {}

    @lazy.cached_property
    def _starts(self) -> dict[str, list[tuple[tuple[tuple[str, ...], ...], int]]]:
        """Each reading of a character that starts a run of two or more, and where it stands."""
        starts: dict[str, list[tuple[tuple[tuple[str, ...], ...], int]]] = {}
        for run in _other_characters(self._segment, self._segment.entities):
            for index, readings_ in enumerate(run[:-1]):
                for reading in readings_:
                    starts.setdefault(reading, []).append((run, index))
        return starts

    def __call__(self, span: _Span) -> bool:
        spelling = span.letters
        if spelling not in self._answers:
            self._answers[spelling] = any(
                _reads(run, index, spelling)
                for length in range(1, min(len(spelling), MAX_SYLLABLE_LETTERS) + 1)
                for run, index in self._starts.get(spelling[:length], ())
            )
        return self._answers[spelling]


def _other_characters(
    segment: SourceSegment, entities: Sequence[SourceEntity]
) -> list[tuple[tuple[str, ...], ...]]:
    """The readings of each character of the runs of the segment's source that no source entity takes
    (see :func:`_reads`)."""
    options = syllables(fold(segment.source))
    taken = [False] * len(options)
    for entity in entities:
        for index in range(entity.start - segment.source_start, entity.end - segment.source_start):
            if 0 <= index < len(taken):
                taken[index] = True
    runs, run = [], []
    for readings_, is_taken in zip(options, taken):
        if readings_ and not is_taken:
            run.append(readings_)
        elif run:
            runs.append(tuple(run))
            run = []
    if run:
        runs.append(tuple(run))
    return [r for r in runs if len(r) >= 2]


def _reads(run: tuple[tuple[str, ...], ...], start: int, spelling: str) -> bool:
    """Whether two to four consecutive characters of ``run`` from ``start`` read ``spelling``: then a span
    spelled so renders those characters ("Changhai" for 长海 in 上海长海医院, Shanghai Changhai
    Hospital), not a misspelled entity of the segment (Shanghai)."""

    def from_(index: int, rest: str, taken: int) -> bool:
        if not rest:
            return taken >= 2
        if index >= len(run) or taken == MAX_OTHER_RUN:
            return False
        return any(rest.startswith(r) and from_(index + 1, rest[len(r) :], taken + 1) for r in run[index])

    return from_(start, spelling, 0)


def _is_known_name(document: Document, mention: Mention) -> bool:
    """A correct name of a well-known entity (curated, or a country): a rendering of something, even if
    not of a source entity, and the business of the rules that weigh readings (Uzbekistan for 烏)."""
    return _names_a_known_entity(document.gazetteer, mention.entries, mention.kind)


@functools.lru_cache(maxsize=65536)
def _names_a_known_entity(gazetteer: Gazetteer, entries: tuple[str, ...], kind: FormKind) -> bool:
    if not (kind.is_name or kind is FormKind.MENTION) or kind.is_rewritten:
        return False
    return any(gazetteer[i].source == CURATED_SOURCE or gazetteer[i].type == "country" for i in entries)


class _WordFacts(NamedTuple):
    """What the alignment asks of a capitalized word: remembered per word, as the same words recur."""

    normalized: str  # as names are compared: "U.S." as "US"
    function_or_title: bool  # "The", "In", "President": capitalized at a sentence's start or before a name
    english: bool  # a word of English, which may be capitalized only because it starts a sentence
    common: bool  # too common in English to render a name on its own ("North", "Police")
    generic: bool  # a generic word a place's name may stand beside ("City")
    #: ends the name before it: a generic word or an English word of a headline's title case ("Kokoxiri
    #: Tibetan Antelope", "Germu Railway"), never a syllable of the name (no English word: "Mau")
    modifier: bool
    letters: str


@functools.lru_cache(maxsize=65536)
def _word_facts(word: str) -> _WordFacts:
    lowered = word.lower()
    frequency = zipf(lowered)
    generic = lowered in _GENERIC_WORDS
    stripped = lowered.rstrip(".")
    return _WordFacts(
        normalized=_normalized(word),
        function_or_title=stripped in TITLES or zipf(stripped) >= FUNCTION_WORD_ZIPF,
        english=frequency >= UNKNOWN_WORD_ZIPF,
        common=frequency >= COMMON_NAME_WORD_ZIPF,
        generic=generic,
        modifier=generic or not _has_unknown_word(word),
        letters=letters(word),
    )


def _starts_sentence_or_line(document: Document, word: regex.Match[str]) -> bool:
    """Whether an English word is capitalized because it starts a sentence or a line ("Responding to the
    flood..."), not as the first word of a name that goes on ("Liu Dehua said", though "liu" is common in
    English text)."""
    start, text = word.start(), document.text
    if _NAME_GOES_ON.match(text, word.end()):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    # where the run of spaces, quotes, brackets and dashes before the word starts, in its line
    opening = line_start + len(text[line_start:start].rstrip(_BEFORE_A_WORD))
    if opening == line_start:
        return True  # the word starts its line
    if text[opening - 1].isalnum() or text[opening - 1] in ",;":
        return False  # no sentence ends in a letter, digit, comma or semicolon: no need to find them
    return document.sentence_starts[document.sentence_index(start)] >= opening


def _normalized(word: str) -> str:
    """A word as names are compared: "U.S." is "US"."""
    return word.replace(".", "")


def _runs(
    text: str, words: list[tuple[regex.Match[str], _WordFacts]]
) -> Iterator[list[tuple[regex.Match[str], _WordFacts]]]:
    """Words joined by a single space or hyphen: "Chan Mau-po", "North Wei Province"."""
    run: list[tuple[regex.Match[str], _WordFacts]] = []
    for word in words:
        if run and text[run[-1][0].end() : word[0].start()] not in (" ", "-"):
            yield run
            run = []
        run.append(word)
    if run:
        yield run


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_right(spans, (start, float("inf"))) - 1
    if index >= 0 and spans[index][1] > start:
        return True
    return index + 1 < len(spans) and spans[index + 1][0] < end


@dataclass(frozen=True, slots=True)
class _Match:
    entity: int
    entry: str
    span: _Span
    similarity: float
    evidence: str
    key: _Key | None  # the spelling the span is compared with; None by elimination


def _align(
    document: Document,
    segment: SourceSegment,
    entities: Sequence[SourceEntity],
    open_entities: list[int],
    spans: list[_Span],
) -> dict[int, EntityCheck]:
    """Wrong renderings of the entities not accepted: the best-matching span of each, sure or not; and
    by elimination, the one span left for the one entity left."""
    checks: dict[int, EntityCheck] = {}
    read_elsewhere = _ReadElsewhere(segment)
    matches = {
        index: [
            m for m in _ranked_matches(document, entities[index], index, spans) if not read_elsewhere(m.span)
        ]
        for index in open_entities
    }
    claimed: list[tuple[int, int]] = []
    # strongest alignments first, so that a span is claimed by the entity it renders best
    for index in sorted(matches, key=lambda i: -(matches[i][0].similarity if matches[i] else 0)):
        ranked = [m for m in matches[index] if not _overlaps(sorted(claimed), m.span.start, m.span.end)]
        if not ranked or ranked[0].similarity < LIKELY_SIMILARITY:
            continue
        best = ranked[0]
        if _renders_acceptably(document, best):
            checks[index] = _acceptable_span(entities[index], segment, best)
            claimed.append((best.span.start, best.span.end))
            continue
        rivals = [m for m in ranked[1:] if m.entry != best.entry or not _same_run(m.span, best.span)]
        if rivals and best.similarity - rivals[0].similarity < SURE_MARGIN:
            best, rivals = _in_source_order(index, best, rivals, checks)
        runner_up = rivals[0].similarity if rivals else 0.0
        same_span = [m.entry for m in rivals if m.span == best.span and m.similarity == best.similarity]
        clear = best.similarity - runner_up >= SURE_MARGIN and best.span.whole
        sure = clear and best.similarity >= SURE_SIMILARITY
        if _is_house_reading(document, best):
            checks[index] = _acceptable_span(entities[index], segment, best, sure and not same_span)
        elif _is_partial_reading(document, entities[index], best) or _reads_a_longer_name(
            document, segment, entities[index], best
        ):
            checks[index] = _acceptable_span(entities[index], segment, best)
        else:
            repeatable = clear and best.similarity >= REPEATED_SIMILARITY
            checks[index] = _wrong(entities[index], segment, best, sure, tuple(same_span), repeatable)
        claimed.append((best.span.start, best.span.end))
    left = [i for i in open_entities if i not in checks]
    if len(left) != 1 or document.gazetteer[entities[left[0]].entries[0]].type not in _NAMED_BY_ELIMINATION:
        return checks  # elimination needs one entity left, of a kind a lone name renders
    claimed.sort()
    unclaimed = [s for s in spans if not _overlaps(claimed, s.start, s.end)]
    if not any(_has_unknown_word(s.text) for s in unclaimed):
        return checks  # the span left must hold a word that is no English: asked first, as it is cheaper
        # than whether a span reads other characters of the source
    free = [s for s in unclaimed if not read_elsewhere(s)]
    maximal = [s for s in free if not any(o is not s and o.start <= s.start and s.end <= o.end for o in free)]
    if len(maximal) == 1 and _has_unknown_word(maximal[0].text):
        index, span = left[0], maximal[0]
        entity = entities[index]
        match = _Match(
            index, entity.entries[0], span, 0.0, "the only name left unexplained in the segment", None
        )
        checks[index] = _wrong(entity, segment, match, False, entity.entries[1:])
    return checks


#: The kinds of entity that the one name left unexplained in a segment may render.
_NAMED_BY_ELIMINATION = frozenset({"person", "city", "region", "country"})


def _renders_acceptably(document: Document, match: _Match) -> bool:
    """Whether the best-matching span is after all an acceptable rendering: an inflection or part of an
    English name ("Syrian" of Syria, "Central Television")."""
    if match.key is None:
        return False
    entry = document.gazetteer[match.entry]
    written = set(match.span.text.lower().split())
    for name in (entry.canonical, *entry.short, *entry.alternates, *entry.mentions):
        name_letters = letters(name)
        if written <= set(name.lower().split()) or _is_inflection(match.span.letters, name_letters):
            return True
        if len(name_letters) > MIN_LETTERS and name_letters in match.span.letters:
            return True  # the name and more: "App-chinanews" for ChinaNews
    return False


def _is_partial_reading(document: Document, entity: SourceEntity, match: _Match) -> bool:
    """Whether the span romanizes two or more consecutive characters of a name written in characters, but
    not all of them: "Mingzheng" (明政) of 范明政, "Jin Ping" of 習近平 — part of the name, read right,
    as a later mention often is; nothing to replace it by."""
    if match.key is None or match.key.name:
        return False
    if is_foreign_pinyin(document.gazetteer[match.entry], FormKind.PINYIN):
        return False
    options = syllables(fold(_name_part(entity.surface, document.gazetteer[match.entry])))
    return any(_reads(options, start, match.span.letters) for start in range(len(options) - 1))


#: The most characters beside a source entity that a longer name holding it may add on either side.
MAX_NAME_EXTENSION = 2


def _reads_a_longer_name(
    document: Document, segment: SourceSegment, entity: SourceEntity, match: _Match
) -> bool:
    """Whether the span romanizes a mention of the entity together with one or two characters of the
    source beside it: "Changjiangyuan" for 長江源 (the source of the Yangtze, a park's name) renders a
    longer name that holds the entity, whole and read right; nothing to replace it by."""
    if match.key is None or match.key.name:
        return False
    if is_foreign_pinyin(document.gazetteer[match.entry], FormKind.PINYIN):
        return False
    source = fold(segment.source)
    for mention in segment.entities:
        if mention.entries != entity.entries:
            continue
        start, end = mention.start - segment.source_start, mention.end - segment.source_start
        for before in range(min(start, MAX_NAME_EXTENSION) + 1):
            for after in range(min(len(source) - end, MAX_NAME_EXTENSION) + 1):
                if (before or after) and _reads_all(
                    syllables(source[start - before : end + after]), match.span.letters
                ):
                    return True
    return False


def _reads_all(options: tuple[tuple[str, ...], ...], spelling: str) -> bool:
    """Whether ``spelling`` reads every character of ``options`` (see :func:`syllables`), in order."""

    def from_(index: int, rest: str) -> bool:
        if index == len(options):
            return not rest
        return any(rest.startswith(r) and from_(index + 1, rest[len(r) :]) for r in options[index])

    return from_(0, spelling)


def _is_house_reading(document: Document, match: _Match) -> bool:
    """Whether the span is a spelling translators use too, which only the house style replaces: an exact
    romanization of the source form where the entity's Chinese form is its own name (a person, place or
    body of a country that writes names in characters, or of no known country: "Liu Dehua" for Andy Lau,
    "Kekexili" for Hoh Xil), or another transliteration of its English name ("Kronshtadt" for Kronstadt,
    see :func:`transliteration_skeleton`). A garbled reading ("Germu" for 格爾木, Ge'ermu), the
    romanization of a transcribed foreign name ("Laixi" for Raisi) or a misspelling ("Bosonaro") is an
    error."""
    key = match.key
    if key is None:
        return False
    entry = document.gazetteer[match.entry]
    if key.name:
        if key.name in entry.variants:
            return False
        written = match.span.letters
        return written != key.letters and transliteration_skeleton(written) == transliteration_skeleton(
            key.letters
        )
    if not key.romanized or match.span.letters != key.letters:
        return False
    return not is_foreign_pinyin(entry, FormKind.PINYIN)


#: Letters that transliterations of one name from different languages write differently (Кронштадт as
#: Kronshtadt or Kronstadt, Valdivia or Waldivia, Yemen or Jemen), folded together; doubled letters are
#: written single.
_TRANSLITERATION_FOLDS = (
    ("sh", "s"),
    ("zh", "z"),
    ("kh", "h"),
    ("ph", "f"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
)
_DOUBLED = regex.compile(r"(.)\1+")


def transliteration_skeleton(spelling: str) -> str:
    """The letters of a name with the differences between transliteration conventions folded away.

    >>> transliteration_skeleton("kronshtadt") == transliteration_skeleton("kronstadt")
    True
    >>> transliteration_skeleton("bosonaro") == transliteration_skeleton("bolsonaro")
    False
    """
    for written, folded in _TRANSLITERATION_FOLDS:
        spelling = spelling.replace(written, folded)
    return _DOUBLED.sub(r"\1", spelling)


def _is_inflection(written: str, name: str) -> bool:
    """ "syrian" of "syria", "marxist" of "marxism", "uighurs" of "uighur": the same stem, and what
    follows it an ending on both sides ("kronstatd" is no form of "kronstadt", "bolsonaru" none of
    "bolsonaro")."""
    if min(len(written), len(name)) < MIN_LETTERS:
        return False
    common = len(os.path.commonprefix((written, name)))
    return (
        common >= min(len(written), len(name)) - 3
        and bool(_ENDING.fullmatch(written[common:]))
        and bool(_ENDING.fullmatch(name[common:]))
    )


@functools.lru_cache(maxsize=65536)
def _has_unknown_word(text: str) -> bool:
    return any(zipf(w) < UNKNOWN_WORD_ZIPF for w in _LETTERS.findall(text.lower()))


def _same_run(a: _Span, b: _Span) -> bool:
    """Whether two spans share words: "Germu" and "Germu City" are one candidate, not two."""
    return a.start < b.end and b.start < a.end


def _in_source_order(
    index: int, best: _Match, rivals: list[_Match], checks: dict[int, EntityCheck]
) -> tuple[_Match, list[_Match]]:
    """Of near-equal candidates, the one that stands where the source order puts the entity: after the
    rendering of the entity before it and before the rendering of the one after it. Where exactly one
    candidate does, the others are no rivals; else nothing changes."""
    before = [c.end for i, c in checks.items() if i < index and c.end > c.start]
    after = [c.start for i, c in checks.items() if i > index and c.end > c.start]
    low, high = max(before, default=0), min(after, default=float("inf"))
    close = [best, *(m for m in rivals if best.similarity - m.similarity < SURE_MARGIN)]
    in_order = [m for m in close if low <= m.span.start and m.span.end <= high]
    if len(in_order) != 1:
        return best, rivals
    chosen = dataclasses.replace(
        in_order[0], evidence=f"{in_order[0].evidence}, where the source order puts it"
    )
    return chosen, [m for m in rivals if m not in close]


def _ranked_matches(document: Document, entity: SourceEntity, index: int, spans: list[_Span]) -> list[_Match]:
    """Each entry's best-matching key for each span, where at least :data:`LIKELY_SIMILARITY`: readings
    for any span, English names only for a span with an unknown word (a misspelling of the name)."""
    matches = []
    for entry_id in entity.entries:
        keys, readings_only, translated = _comparison(document.gazetteer, entity.surface, entry_id)
        spelled = {True: [key.letters for key in keys], False: [key.letters for key in readings_only]}
        for span in spans:
            if span.letters in translated:
                continue  # another entity in the same characters: 北海 "North Sea" is no Beihai
            unknown = _has_unknown_word(span.text)
            usable = keys if unknown else readings_only
            best = process.extractOne(
                span.letters, spelled[unknown], scorer=fuzz.ratio, score_cutoff=100 * LIKELY_SIMILARITY
            )
            if best is not None:
                key = usable[best[2]]
                matches.append(_Match(index, entry_id, span, round(best[1] / 100, 4), key.evidence, key))
    return sorted(matches, key=lambda m: (-m.similarity, m.span.start))


@dataclass(frozen=True, slots=True)
class _Key:
    """A spelling to compare spans with: a reading of the Chinese form, or an English name (``name``)."""

    letters: str
    evidence: str
    name: str = ""
    romanized: bool = False  # a whole pinyin or Wade-Giles spelling, no character glossed
    chinese: str = ""  # the Chinese form a reading spells


@functools.lru_cache(maxsize=8192)
def _comparison(
    gazetteer: Gazetteer, surface: str, entry_id: str
) -> tuple[list[_Key], list[_Key], frozenset[str]]:
    """What spans are compared with for ``entry_id`` written ``surface`` in the source: its keys, those
    that are readings, and the spellings that translate the characters (remembered by id: the same
    entities recur in every segment)."""
    entry = gazetteer[entry_id]
    keys = _keys(surface, entry)
    return keys, [key for key in keys if not key.name], translations(fold(_name_part(surface, entry)))


@functools.lru_cache(maxsize=8192)
def _keys(surface: str, entry: Entry) -> list[_Key]:
    """The spellings to compare spans with for ``entry`` written ``surface`` in the source (the same
    entities recur in every system's output, so they are remembered)."""
    chinese = _name_part(surface, entry)
    romanized = romanizations(fold(chinese))
    keys = [
        _Key(spelling, f"a reading of {chinese}", romanized=True, chinese=chinese) for spelling in romanized
    ]
    keys += [_Key(r, f"a reading of {chinese}") for r in readings(fold(chinese)) if r not in romanized]
    for name in (entry.canonical, *entry.short, *entry.alternates, *entry.variants):
        keys.append(_Key(letters(name), f"spelled like {name!r}", name))
    return [key for key in keys if key.letters]


def _name_part(surface: str, entry: Entry) -> str:
    """The source form without a generic last character that is no part of the name: 格爾木市 is the city
    of 格爾木 (Golmud), so "Germu City" renders 格爾木 as "Germu"; 北威州 is the name itself."""
    stem = surface[:-1]
    if fold(surface[-1]) in GLOSSES and fold(stem) in {fold(c) for c in entry.chinese}:
        return stem
    return surface


def _acceptable_span(
    entity: SourceEntity, segment: SourceSegment, match: _Match, sure_reading: bool | None = None
) -> EntityCheck:
    """An acceptable rendering found by alignment; ``sure_reading`` is given for a house reading (see
    :func:`_is_house_reading`): whether the house style may replace it."""
    span = match.span
    return EntityCheck(
        entity, segment.index, Rendering.ACCEPTABLE, span.start, span.end, span.text, match.entry,
        match.similarity, match.evidence, sure=bool(sure_reading), reading=sure_reading is not None,
    )  # fmt: skip


def _wrong(
    entity: SourceEntity,
    segment: SourceSegment,
    match: _Match,
    sure: bool,
    alternatives: tuple[str, ...],
    sure_if_repeated: bool = False,
) -> EntityCheck:
    span = match.span
    return EntityCheck(
        entity,
        segment.index,
        Rendering.WRONG,
        span.start,
        span.end,
        span.text,
        match.entry,
        match.similarity,
        match.evidence,
        sure and not alternatives,
        alternatives,
        garbles=match.key.chinese if match.key is not None and match.key.romanized else "",
        sure_if_repeated=sure_if_repeated and not sure and not alternatives,
    )
