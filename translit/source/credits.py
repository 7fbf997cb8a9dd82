"""The credit of a news item: the outlet a Chinese story names at its dateline (中新网北京7月26日电) or
after a headline's closing dash (…-中新网), and what the MT writes in the same place.

MT trained on wire copy writes a credit it has seen more often in place of the one the source gives:
"BEIJING, July 26 (Xinhua)" or "… - CNN" for 中新网 (Chinanews.com). Neither spelling is anything like
a reading of the source's outlet, so only the place tells which source entity the span renders; the place
is sure where it is unambiguous:

- **after the headline**: the source segment ends with a dash and the outlet, and the MT segment ends
  with a dash and a short run of capitalized words (a site's domain included: "CNN.com"), with as many
  dashes before it as the source has before its outlet, so that the last part of the one is the last
  part of the other (an MT that drops the credit ends with a part of the headline instead, and has a
  dash fewer);
- **at the dateline**: the source segment opens with the outlet, a place and a date "电", and the MT
  names, before the end of its first date, a news organization the gazetteer knows and the source
  segment does not name ("BEIJING, July 26 (Xinhua)"), or any name between a wire release's slashes
  after the date ("Harbin, July 26, 2020 /PRNewswire/"): a place or a reporter there renders no credit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from translit import lazy
from translit.gazetteer.entry import CURATED_SOURCE
from translit.gazetteer.words import zipf

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Mention
    from translit.source.entities import SourceEntity
    from translit.source.view import SourceSegment

# The patterns below are compiled when first needed (:func:`translit.lazy.pattern`): only a run with a
# source reads credits.
#: A dash that separates a headline from its credit, in the source.
_SOURCE_DASH = lazy.pattern(r"[-－—–]+")
#: A credit after the source's last dash, to the end of the segment.
_SOURCE_TAIL = lazy.pattern(r"[-－—–]+\s*(?P<credit>\S+?)\s*$")
#: A dateline: the outlet, a place (a few characters, or none) and a date with 电 or 電 ("wired").
_SOURCE_DATELINE = lazy.pattern(r"\s*(?P<credit>\S+?)\S{0,8}?\d{1,2}月\d{1,2}日[电電]")
#: A dash that separates parts of an English line: doubled, an en or em dash, or a hyphen with a space
#: on either side (a hyphen inside a word, "Sino-US", separates nothing).
_MT_DASH = lazy.pattern(r"--+|[—–]|(?<=\s)-|-(?=\s)")
#: What an MT line's last dash is followed by when it is a credit: one to four capitalized words, each
#: perhaps with a domain ("CNN.com", "Xinhua English.news.cn"), and perhaps a full stop.
_MT_TAIL = lazy.pattern(
    r"(?P<credit>\p{Lu}[\p{L}\d]*(?:\.[\p{L}]+)*(?:[ ]+\p{Lu}[\p{L}\d]*(?:\.[\p{L}]+)*){0,3})[ ]*\.?[ ]*$"
)
#: The first date of an English dateline, with the credit after it if any, in brackets or in a wire
#: release's slashes: "July 26", "Feb. 11 (Xinhua)", "July 26, 2020 /PRNewswire/".
_MT_DATE = lazy.pattern(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ ]+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:,[ ]*\d{4})?(?:[ ,]*\([^()]{1,40}\)|[ ]*/[ ]*(?P<slashed>\p{Lu}[\p{L}\d]*)[ ]*/)?"
)
#: The generic words an outlet's name goes on with in English: "Xinhua News", "Xinhua News Network".
_OUTLET_WORDS = lazy.pattern(r"(?: (?:News|Net|Agency|Network|Service|Online|Wire)\b)+")
#: A capitalized word right after a name.
_NEXT_WORD = lazy.pattern(r" (\p{Lu}\p{Ll}+)")
#: A word this common in English after an outlet's name is part of a longer name: "News", "Agency".
OUTLET_WORD_ZIPF = 4.5
#: How far into the MT line its dateline may reach.
_DATELINE_CHARACTERS = 80


class Credit(NamedTuple):
    """The MT span in the place of the source's credit, and which place that is."""

    start: int
    end: int
    text: str
    place: str  # "after the headline" or "at the dateline"


def credit_rendering(
    document: Document,
    segment: SourceSegment,
    entity: SourceEntity,
    mentions: Sequence[Mention],
    named: frozenset[str],
) -> Credit | None:
    """The span of the MT segment in the place where the source segment credits ``entity``, if the
    source credits it and the MT's place holds a span; ``named``: every entry the source segment names,
    whose mentions render no other credit."""
    offset = entity.start - segment.source_start
    source = segment.source
    text = document.text
    tail = _SOURCE_TAIL().search(source)
    if (
        tail is not None
        and tail.start("credit") == offset
        and tail.end("credit") == offset + len(entity.surface)
    ):
        return _after_headline(text, segment, len(_SOURCE_DASH().findall(source, 0, tail.start())) + 1)
    dateline = _SOURCE_DATELINE().match(source)
    if (
        dateline is not None
        and dateline.start("credit") == offset
        and source.startswith(entity.surface, offset)
    ):
        return _at_dateline(document, segment, mentions, named)
    return None


def _after_headline(text: str, segment: SourceSegment, dashes: int) -> Credit | None:
    line = text[segment.start : segment.end]
    found = list(_MT_DASH().finditer(line))
    if len(found) != dashes:
        return None
    after = found[-1].end()
    while after < len(line) and line[after] == " ":
        after += 1
    tail = _MT_TAIL().fullmatch(line, after)
    if tail is None:
        return None
    start, end = segment.start + tail.start("credit"), segment.start + tail.end("credit")
    return Credit(start, end, text[start:end], "after the headline")


def _at_dateline(
    document: Document, segment: SourceSegment, mentions: Sequence[Mention], named: frozenset[str]
) -> Credit | None:
    line = document.text[segment.start : min(segment.end, segment.start + _DATELINE_CHARACTERS)]
    date = _MT_DATE().search(line)
    if date is None:
        return None
    end = segment.start + date.end()
    gazetteer = document.gazetteer
    outlets = [
        m
        for m in mentions
        if m.end <= end
        and m.kind.is_name
        and not named.intersection(m.entries)
        and all(gazetteer[i].type == "organization" for i in m.entries)
        and any(gazetteer[i].source == CURATED_SOURCE for i in m.entries)
    ]
    if date.group("slashed") and not outlets:  # a wire release's credit, known or not
        start, end = segment.start + date.start("slashed"), segment.start + date.end("slashed")
        if not any(m.start < end and start < m.end for m in mentions):
            return Credit(start, end, document.text[start:end], "at the dateline")
    if len(outlets) != 1:
        return None
    start, end = outlets[0].start, outlets[0].end
    if (generic := _OUTLET_WORDS().match(document.text, end)) is not None:
        end = generic.end()  # "Xinhua News": the whole name, lest "Chinanews.com News" be written
    if _name_goes_on(document.text, end):
        return None
    return Credit(start, end, document.text[start:end], "at the dateline")


def _name_goes_on(text: str, end: int) -> bool:
    """Whether a common English word, capitalized, goes on from an outlet's name: a longer name than the
    one known, whose part alone renders nothing; a place after it ("Xinhua Chongqing, July 26") is no
    part of it."""
    word = _NEXT_WORD().match(text, end)
    return word is not None and zipf(word.group(1).lower()) >= OUTLET_WORD_ZIPF
