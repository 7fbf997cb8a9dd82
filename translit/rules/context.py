"""What the document is about: evidence the rules use to choose among entities."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from translit.gazetteer.entry import CURATED_SOURCE, PLACE_TYPES, FormKind
from translit.gazetteer.facts import OWN_READING_COUNTRIES, SPACED_NAME_COUNTRIES, writes_names_in_characters
from translit.gazetteer.words import zipf
from translit.names.index import SPACED_SYLLABLES
from translit.names.romanization import syllabify

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer import Entry, Mention

#: A capitalized word right before or after a span: "Wang Baigong" is one name, not Wang + a key.
_NAME_BEFORE = regex.compile(r"(?P<word>\p{Lu}[\p{L}'’-]*)[ \t]$")
_NAME_AFTER = regex.compile(r"[ \t](?P<word>\p{Lu}[\p{L}'’-]*)")
_POSSESSIVE = regex.compile(r"['’]s?$")
#: An acronym: two capitals or more ("KMT", "AFP").
ACRONYM = regex.compile(r"\p{Lu}{2,}")
#: The names of the days and months, as English writes them.
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)

#: A token at least this common in English (wordfreq's Zipf scale) is a word, not a garbled name.
COMMON_WORD_ZIPF = 2.0
#: A capitalized word this common in lower case ("The", "In", "After") starts a sentence, not a name.
FUNCTION_WORD_ZIPF = 6.0
#: Titles written before a name ("President Puding") are no part of it.
TITLES = frozenset(
    """
    president premier minister chancellor governor mayor senator lawmaker legislator congressman
    congresswoman speaker chairman chairwoman chair secretary ambassador envoy spokesman spokeswoman
    spokesperson general gen colonel col commander admiral chief king queen prince princess pope
    patriarch leader judge justice mr mrs ms dr professor prof
    """.split()
)

#: Pseudo-count added to every reading. With three readings, one reference to a country gives it
#: 1.25 / 1.75 = 0.71, just over the default min_score; no reference at all leaves a uniform 1/3.
SMOOTHING = 0.25
#: What a compound's usual reading (俄烏 is Russia-Ukraine) is worth: as much as one reference in the
#: article, so it decides alone but yields to an article that names a sibling reading.
USUAL_READING_COUNT = 1.0
#: The prior ladder of every rule that weighs an abbreviation's readings by the article's references.
READING_PRIORS = {"smoothing per reading": SMOOTHING, "usual reading, as references": USUAL_READING_COUNT}


def cased_like(original: str, replacement: str, sentence_initial: bool) -> str:
    """``replacement`` in the case its place calls for: all capitals where the original is written in
    capitals ("UDONG SHELLED" -> "EASTERN UKRAINE SHELLED"), capitalized at the start of a sentence
    (:meth:`translit.document.Document.starts_sentence`), else as the gazetteer writes it.

    >>> cased_like("UDONG", "eastern Ukraine", True), cased_like("Udong", "eastern Ukraine", True)
    ('EASTERN UKRAINE', 'Eastern Ukraine')
    """
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if sentence_initial:
        return replacement[:1].upper() + replacement[1:]
    return replacement


def reading_probabilities(
    document: Document,
    entry_ids: Sequence[str],
    discount: dict[str, int] | None = None,
    usual: str | None = None,
) -> dict[str, float]:
    """P(entity | document) among ``entry_ids``, from how often the document mentions each.

    ``discount`` removes mentions that are themselves under suspicion, so they are not their own evidence;
    ``usual`` is the reading the compound usually has, counted as one more reference.
    """
    counts = {i: reference_count(document, i, discount) + SMOOTHING for i in entry_ids}
    if usual in counts:
        counts[usual] += USUAL_READING_COUNT
    total = sum(counts.values())
    return {i: count / total for i, count in counts.items()}


def describe_counts(
    document: Document, entry_ids: Sequence[str], discount: dict[str, int] | None = None
) -> str:
    parts = [
        f"{document.gazetteer[entry_id].canonical} {reference_count(document, entry_id, discount)}x"
        for entry_id in entry_ids
    ]
    return "the article refers to " + ", ".join(parts)


def reference_count(document: Document, entry_id: str, discount: dict[str, int] | None = None) -> int:
    """How often the document refers to the entity, less the ``discount``-ed suspect mentions."""
    return max(document.count(entry_id) - (discount or {}).get(entry_id, 0), 0)


def other_spellings(document: Document, entry_id: str, surface: str) -> set[str]:
    """The names (not demonyms) the document also uses for the entity, besides ``surface``."""
    spellings = document.spellings_of(entry_id).items()
    return {spelling for spelling, kind in spellings if spelling != surface and kind.is_name}


def is_inside_longer_name(text: str, start: int, end: int, own_words: frozenset[str] = frozenset()) -> bool:
    """True when a word that may be part of a name touches the span: "Zhang Baigong" is a name, not
    Zhang + a key.

    A name stands wherever it stands: a title, an acronym, a possessive, a function word or any other
    English word before it ("TPP Chairman Huang Guochang", "Taiwan's Lai Qingde", "The Meizhong talks")
    is no part of it, nor an English word after it (a headline's "Huang Guochang Slams Budget"), nor
    ``own_words``, the words of the entity's own name ("Vladimir Puding"). A romanized syllable
    ("Zhang", "Li") or a rare word may be one.
    """
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if before and (before.group("word") in own_words or _is_no_name_before(before.group("word"))):
        before = None
    after = _NAME_AFTER.match(text, end)
    if after and (after.group("word") in own_words or is_english_word(after.group("word"))):
        after = None
    return bool(before or after)


def is_inside_another_name(document: Document, mention: Mention, entry: Entry) -> bool:
    """:func:`is_inside_longer_name` for a mention of ``entry``: a neighbour that is a word of the entry's
    own name, and not already part of the replacement, is no other name ("Vladimir Puding" -> Putin);
    nor is a curated country's or region's name right before a person's ("Taiwan Lai Qingde", MT's
    word for word 台灣賴清德), nor another person's full name right beside a person's ("Hou Youyi Zhao
    Shaokang", MT's word for word 侯友宜趙少康, a ticket of two)."""
    kept = entry.name_words - set(entry.canonical_for(mention.surface).split())
    if entry.type == "person":
        kept |= _country_before(document, mention.start) | _person_beside(document, mention)
    return is_inside_longer_name(document.text, mention.start, mention.end, kept)


def _person_beside(document: Document, mention: Mention) -> frozenset[str]:
    """The nearer word of another person's name of two words or more written one space before or after
    ``mention``: two full names side by side are two people, not one longer name."""
    words: set[str] = set()
    for other in document.mentions_in(max(0, mention.start - 60), mention.end + 60):
        if other.entries == mention.entries or " " not in other.surface or not _all_people(document, other):
            continue
        if other.end == mention.start - 1 and document.text[other.end] == " ":
            words.add(other.surface.split()[-1])
        elif other.start == mention.end + 1 and document.text[mention.end] == " ":
            words.add(other.surface.split()[0])
    return frozenset(words)


def _all_people(document: Document, mention: Mention) -> bool:
    return all(document.gazetteer[e].type == "person" for e in mention.entries)


def _country_before(document: Document, start: int) -> frozenset[str]:
    """The last word of a country's name (or a curated region's: Hong Kong) right before ``start``, one
    space between."""
    before = document.mentions_in(max(0, start - 40), start - 1)
    if not before or before[-1].end != start - 1 or document.text[start - 1] != " ":
        return frozenset()
    entries = [document.gazetteer[e] for e in before[-1].entries]
    if all(e.type == "country" or (e.type == "region" and e.source == CURATED_SOURCE) for e in entries):
        return frozenset({before[-1].surface.split()[-1]})
    return frozenset()


@functools.lru_cache(maxsize=65536)
def is_function_word_or_title(word: str) -> bool:
    """A title ("President") or a word so common that it starts sentences, not names ("The")."""
    lowered = word.lower().rstrip(".")
    return lowered in TITLES or zipf(lowered) >= FUNCTION_WORD_ZIPF


def _is_no_name_before(word: str) -> bool:
    """What stands before a name without being part of it: a title (also hyphenated: Secretary-General),
    an acronym (TPP, KMT), a possessive (Taiwan's) or an English word (Former, Party)."""
    if _POSSESSIVE.search(word) or ACRONYM.fullmatch(word):
        return True
    parts = word.split("-")
    return any(is_function_word_or_title(part) for part in parts) or is_english_word(word)


@functools.lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """A common English word that cannot be read as romanized syllables: "Chairman" and
    "Secretary-General" are no part of a name; "Wang", "Ing-wen" (syllables) or a rare word may be. A
    hyphenated word is English when each part is."""
    parts = [part for part in word.split("-") if part]
    if len(parts) > 1:
        return all(map(is_english_word, parts))
    lowered = word.lower()
    if zipf(lowered) < COMMON_WORD_ZIPF:
        return False
    return lowered in TITLES or not syllabify(word.replace("'", "").replace("’", ""))


def is_unknown_word(document: Document, token: str) -> bool:
    """Neither a name the gazetteer knows nor a common English word."""
    return not document.gazetteer.lookup(token) and zipf(token) < COMMON_WORD_ZIPF


def is_foreign_pinyin(entry: Entry, kind: FormKind) -> bool:
    """True for a pinyin key of an entity whose Chinese form only transcribes a foreign name: "He Jinli"
    for Kamala Harris is a back-transliteration of 賀錦麗, never an English spelling. Entities of no known
    country (international bodies, CC-CEDICT names) are given the benefit of the doubt."""
    return kind is FormKind.PINYIN and bool(entry.country) and not writes_names_in_characters(entry.country)


def is_pinyin_error(entry: Entry, kind: FormKind, surface: str) -> bool:
    """True for a pinyin key that is no spelling translators use: the pinyin of a transcribed foreign
    name (:func:`is_foreign_pinyin`); the Mandarin reading of a Korean or Japanese name's characters
    ("Li Zaiming" for 李在明, Lee Jae-myung; "Anbei Jinsan" for 安倍晉三), which have readings of their
    own; or a person's name with each syllable a word ("Lai Qing De"), which no system writes."""
    if kind is not FormKind.PINYIN:
        return False
    spaced = entry.type == "person" and len(surface.split()) >= SPACED_SYLLABLES
    return (
        is_foreign_pinyin(entry, kind)
        or entry.country in OWN_READING_COUNTRIES
        or (spaced and entry.country not in SPACED_NAME_COUNTRIES)
    )


def is_unexplained_word(document: Document, token: str) -> bool:
    """Not a common word, and no name the article could mean: unknown to the gazetteer, or known only
    as a place from the generated tables in a country the article never refers to ("Wudong", a town in
    China, is not what a story about Ukraine means by "Wudong")."""
    if zipf(token) >= COMMON_WORD_ZIPF:
        return False
    gazetteer = document.gazetteer
    for entry, _kind in gazetteer.lookup(token):
        if entry.source == CURATED_SOURCE or entry.type not in PLACE_TYPES:
            return False
        itself = len(document.mentions_of(entry.id))  # the token's own mentions are no evidence
        if any(document.count(country) > itself for country in gazetteer.countries_of([entry.id])):
            return False
    return True
