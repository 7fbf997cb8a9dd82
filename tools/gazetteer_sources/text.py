"""Small text helpers shared by the source builders."""

from __future__ import annotations

import re
import unicodedata

from translit.gazetteer.facts import NAME_DOTS, is_all_chinese

_NOT_ID = re.compile(r"[^a-z0-9]+")


def is_han_name(text: str) -> bool:
    """True for Chinese characters in parts joined by name dots: a full transliterated name.

    >>> is_han_name("基爾·斯塔默"), is_han_name("斯塔默"), is_han_name("·斯塔默"), is_han_name("尚-克勞德")
    (True, True, False, False)
    """
    parts = re.split(f"[{NAME_DOTS}]", text)
    return all(is_all_chinese(part) for part in parts)


def has_name_dot(text: str) -> bool:
    """True when a Chinese form spells a name in parts: 基爾·斯塔默, not 斯塔默."""
    return any(dot in text for dot in NAME_DOTS)


def fold_ascii(text: str) -> str:
    """Strip diacritics: "Đà Nẵng" -> "Da Nang" (the spelling English news uses).

    >>> fold_ascii("Đà Nẵng"), fold_ascii("São Paulo")
    ('Da Nang', 'Sao Paulo')
    """
    text = text.replace("Đ", "D").replace("đ", "d").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text: str) -> str:
    """A lower-case id fragment: "Da Nang" -> "da-nang"."""
    return _NOT_ID.sub("-", fold_ascii(text).lower()).strip("-")
