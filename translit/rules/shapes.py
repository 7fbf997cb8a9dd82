"""One byte per character of a text, for the mechanical rules' fast searches.

A regular expression that starts with a character class is tried at every character (about 25 ns each);
one that starts with a literal skips ahead by a fast search. These images turn a class the rules need
into a literal: in :func:`capital_image` every ASCII capital is ``U``, so "a capital after a lower-case
letter" is the search for ``U`` with a look back. Non-ASCII characters are ``?``, one byte each, so an
offset in an image is the same offset in the text.

Each image is built in about 1 ms per MB, once per document: :class:`translit.document.Document` keeps
its text's images, which the name rules' run scan and the mechanical rules read (a batch of documents
runs each rule over all of them in turn, so a cache of the last texts asked would build them again).
"""

from __future__ import annotations

import re
import string

#: A capital ("U" in the capital image) right after an ASCII lower-case letter: the literal first, which the
#: engine finds by a fast search, then the look-behind.
_CAPITAL_AFTER_LOWER_CASE = re.compile(rb"U(?<=[a-z]U)")
#: What :func:`capital_image` writes for every ASCII capital (the byte's value).
CAPITAL = ord("U")
_CAPITALS = bytes.maketrans(string.ascii_uppercase.encode(), bytes([CAPITAL]) * 26)
#: What ends a word in :func:`word_image`: white space and the marks that end a phrase or wrap one.
_WORD_ENDS = b'\n\r\t.,;:!"()[]{}'
_LOWER_CASE_WORDS_BETWEEN_SPACES = bytes.maketrans(
    string.ascii_uppercase.encode() + _WORD_ENDS, string.ascii_lowercase.encode() + b" " * len(_WORD_ENDS)
)


def _ascii(text: str) -> bytes:
    """``text`` in ASCII, every non-ASCII character ``?``: what every image is translated from."""
    return text.encode("ascii", "replace")


def capital_image(text: str) -> bytes:
    """``text`` in ASCII, every capital ``U``, every non-ASCII character ``?``."""
    return _ascii(text).translate(_CAPITALS)


def word_image(text: str) -> bytes:
    """A space, ``text`` in lower-case ASCII, and a space: every white-space character and every mark
    that ends or wraps a phrase (``.,;:!"()[]{}``) a space, every non-ASCII character ``?``. Every word
    is a run of non-spaces with a space on each side, at its offset in the text plus one, so that "a
    word written again" is a search with no character classes but the space."""
    return b" " + _ascii(text).translate(_LOWER_CASE_WORDS_BETWEEN_SPACES) + b" "


def glued_capitals(capital: bytes) -> tuple[int, ...]:
    """Where an ASCII capital follows an ASCII lower-case letter ("talksThe", "caseGao") in a text whose
    capital image is ``capital``."""
    return tuple([match.start() for match in _CAPITAL_AFTER_LOWER_CASE.finditer(capital)])
