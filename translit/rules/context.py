"""What the document is about: evidence the rules use to choose among entities."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from translit.document import Document

#: A capitalized word right before or after a span: "Wang Baigong" is one name, not Wang + a key.
_NAME_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’-]*[ \t]$")
_NAME_AFTER = regex.compile(r"[ \t]\p{Lu}")

#: Pseudo-count added to every entity, so a single stray mention never makes a reading certain.
SMOOTHING = 0.5


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
    return "the article mentions " + ", ".join(parts)


def other_spellings(document: Document, entry_id: str, surface: str) -> set[str]:
    """The names (not demonyms) the document also uses for the entity, besides ``surface``."""
    from translit.gazetteer import FormKind

    names = {FormKind.CANONICAL, FormKind.SHORT, FormKind.ALTERNATE, FormKind.VARIANT, FormKind.PINYIN}
    return {
        mention.surface
        for mention in document.mentions_of(entry_id)
        if mention.surface != surface and mention.kind in names
    }


def is_inside_longer_name(text: str, start: int, end: int) -> bool:
    """True when a capitalized word touches the span: "Zhang Baigong" is a name, not Zhang + a key."""
    return bool(_NAME_BEFORE.search(text, max(0, start - 40), start) or _NAME_AFTER.match(text, end))
