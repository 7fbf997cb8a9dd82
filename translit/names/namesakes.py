"""Mainland namesakes: the pinyin of a name of someone from outside mainland China that, in its story,
names someone on the mainland, who keeps the pinyin ("Wu Siyao, a bank manager in Shanghai" is no Wu
Szu-yao of Taiwan's legislature; "Li Zaiming, a taxi driver in Shanghai" is no Lee Jae-myung).

The house style rewrites the pinyin of a Taiwanese, Hong Kong, Macau or Singaporean person to the
person's own spelling (:mod:`translit.rules.house_style`, :mod:`translit.rules.near_miss_style`), and the
variant rule rewrites the pinyin of anyone else's name, a Mandarin reading of Korean or Japanese characters
or of a Chinese transcription (:mod:`translit.rules.variant`); each leaves it alone where
:func:`mainland_namesake` says why. The guard is narrow on purpose: the name's own sentence must place it on the mainland, and the whole article
must say nothing of the person's country nor name the person otherwise. A story that merely mentions
China somewhere is no evidence: injected into random news, the names benchmark lost a third of its pinyin
recall to a guard that read the whole story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from translit.gazetteer.entry import CURATED_SOURCE, PLACE_TYPES
from translit.gazetteer.facts import PINYIN_NAME_COUNTRIES
from translit.names.romanization import PINYIN_SYLLABLES, syllabify

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Entry, Mention

#: Between the country and a name it describes: a possessive and at most two words ("China's Wang
#: Meihui", "Chinese swimmer Wang Meihui", "Chinese Olympic champion Wang Meihui").
_DESCRIBES = regex.compile(r"(?:['’]s)?(?:[ \t]+[\p{L}-]+){0,2}[ \t]+")


def mainland_namesake(document: Document, entry: Entry, start: int, end: int) -> str | None:
    """Why the pinyin at [start, end), read as ``entry``, is left alone as a mainland person's own name,
    or None where it is the entry's to rewrite: a person from outside the mainland written in pinyin,
    whose sentence places it on the mainland, in an article that refers neither to the person's country
    nor to the person by another spelling."""
    if entry.type != "person" or entry.country in PINYIN_NAME_COUNTRIES:
        return None
    surface = document.text[start:end]
    if not is_written_in_pinyin(surface):
        return None
    evidence = mainland_evidence(document, start, end)
    if evidence is None or _refers_to_person_or_country(document, entry, surface):
        return None
    countries = document.gazetteer.countries_of([entry.id])
    where = document.gazetteer[next(iter(countries))].canonical if countries else entry.country
    return (
        f"left alone: would be {entry.canonical!r}, but its sentence places {surface!r} on the mainland "
        f"({evidence!r}), where people keep their pinyin, and the article refers neither to {where} "
        "nor to the person otherwise"
    )


def is_written_in_pinyin(surface: str) -> bool:
    """Whether ``surface`` is written as pinyin writes a name: the surname and the given name, each
    pinyin syllables run together ("Wu Siyao"; not "Wu Szu-yao", "Tsai Ing-wen", nor "Ke Wen Zhe", a
    given name split into words as no one writes a name)."""
    return len(surface.split()) <= 2 and all(
        any(all(s.spelling in PINYIN_SYLLABLES for s in split) for split in syllabify(word))
        for word in surface.split()
    )


def mainland_evidence(document: Document, start: int, end: int) -> str | None:
    """The words in the sentence of [start, end) that place the name on the mainland, or None: a
    mainland place the gazetteer knows ("in Shanghai", "Beijing police"), or China itself right before
    the name, describing it ("Chinese swimmer Wang Meihui"). Not a mainland body: a story names the
    Communist Party or the Taiwan Affairs Office as often as what a Hong Kong or Taiwanese person opposes
    ("Luo Guancong called on the world to resist the Communist Party of China": Nathan Law)."""
    sentence_start, sentence_end = _sentence_around(document, start)
    for mention in document.mentions_in(sentence_start, sentence_end):
        if start <= mention.start < end:
            continue
        if _is_mainland_setting(document, mention) or _describes_from_the_mainland(document, mention, start):
            return mention.surface
    return None


def _sentence_around(document: Document, offset: int) -> tuple[int, int]:
    """The sentence holding ``offset``, cut to its paragraph: a headline ends at its line."""
    starts = document.sentence_starts
    index = document.sentence_index(offset)
    sentence_end = starts[index + 1] if index + 1 < len(starts) else len(document.text)
    paragraph_start, paragraph_end = document.paragraph_at(offset)
    return max(starts[index], paragraph_start), min(sentence_end, paragraph_end)


def _is_mainland_setting(document: Document, mention: Mention) -> bool:
    """A mention of mainland entities only, one of them a place of the curated tables: the generated
    ones hold thousands of villages whose names are also given names ("Haizhou" in "Wang Haizhou")."""
    entries = [document.gazetteer[entry_id] for entry_id in mention.entries]
    return all(e.country in PINYIN_NAME_COUNTRIES for e in entries) and any(
        e.type in PLACE_TYPES and e.source == CURATED_SOURCE for e in entries
    )


def _describes_from_the_mainland(document: Document, mention: Mention, name_start: int) -> bool:
    """A mention of mainland China itself right before the name, describing it."""
    entries = [document.gazetteer[entry_id] for entry_id in mention.entries]
    from_the_mainland = all(e.type == "country" and e.country in PINYIN_NAME_COUNTRIES for e in entries)
    return (
        from_the_mainland
        and mention.end < name_start
        and _DESCRIBES.fullmatch(document.text, mention.end, name_start) is not None
    )


def _refers_to_person_or_country(document: Document, entry: Entry, surface: str) -> bool:
    """Whether any mention other than ``surface``'s own names the person, or names the person's country,
    its places, bodies or people (a Taiwanese legislator's pinyin in a story about the Legislative Yuan)."""
    countries = document.gazetteer.countries_of([entry.id])
    countries_of = document.gazetteer.countries_of_mention
    for mention in document.mentions:
        if entry.id in mention.entries:
            if mention.surface != surface:
                return True
            continue
        if countries & ({*mention.entries} | countries_of(mention.entries)):
            return True
    return False
