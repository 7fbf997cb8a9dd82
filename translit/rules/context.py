"""What the document is about: evidence the rules use to choose among entities."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex
from wordfreq import zipf_frequency

if TYPE_CHECKING:
    from translit.document import Document

#: A capitalized word right before or after a span: "Wang Baigong" is one name, not Wang + a key.
_NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’-]*[ \t]$")
_NAME_AFTER = regex.compile(r"[ \t]\p{Lu}")

#: A token at least this common in English (wordfreq's Zipf scale) is a word, not a garbled name.
COMMON_WORD_ZIPF = 2.0

#: Pseudo-count added to every reading. With three readings, one reference to a country gives it
#: 1.25 / 1.75 = 0.71, just over the default min_score; no reference at all leaves a uniform 1/3.
SMOOTHING = 0.25


def reading_probabilities(
    document: Document, entry_ids: Sequence[str], discount: dict[str, int] | None = None
) -> dict[str, float]:
    """P(entity | document) among ``entry_ids``, from how often the document mentions each.

    ``discount`` removes mentions that are themselves under suspicion, so they are not their own evidence.
    """
    discount = discount or {}
    counts = {i: max(document.count(i) - discount.get(i, 0), 0) + SMOOTHING for i in entry_ids}
    total = sum(counts.values())
    return {i: count / total for i, count in counts.items()}


def describe_counts(document: Document, entry_ids: Sequence[str], discount: dict[str, int] | None = None) -> str:
    discount = discount or {}
    parts = []
    for entry_id in entry_ids:
        count = max(document.count(entry_id) - discount.get(entry_id, 0), 0)
        parts.append(f"{document.gazetteer[entry_id].canonical} {count}x")
    return "the article refers to " + ", ".join(parts)


def other_spellings(document: Document, entry_id: str, surface: str) -> set[str]:
    """The names (not demonyms) the document also uses for the entity, besides ``surface``."""
    from translit.gazetteer import FormKind

    names = {FormKind.CANONICAL, FormKind.SHORT, FormKind.ALTERNATE, FormKind.VARIANT, FormKind.PINYIN}
    spellings = document.spellings_of(entry_id).items()
    return {spelling for spelling, kind in spellings if spelling != surface and kind in names}


def is_inside_longer_name(text: str, start: int, end: int) -> bool:
    """True when a capitalized word touches the span: "Zhang Baigong" is a name, not Zhang + a key."""
    return bool(_NAME_BEFORE.search(text, max(0, start - 40), start) or _NAME_AFTER.match(text, end))


def is_unknown_word(document: Document, token: str) -> bool:
    """Neither a name the gazetteer knows nor a common English word."""
    return not document.gazetteer.lookup(token) and zipf_frequency(token, "en") < COMMON_WORD_ZIPF
