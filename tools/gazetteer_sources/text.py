"""Small text helpers shared by the source builders."""

from __future__ import annotations

import re
import unicodedata

_NOT_ID = re.compile(r"[^a-z0-9]+")


def is_han(text: str) -> bool:
    """True when every character is a CJK ideograph (a Chinese form, not kana or hangul).

    >>> is_han("基輔"), is_han("キーウ"), is_han("Kyiv")
    (True, False, False)
    """
    return bool(text) and all("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


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
