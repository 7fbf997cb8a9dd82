"""Families of wordings written as one pattern: the ``literal`` column of an entity table.

MT renders an institution's Chinese name word by word, and each word several ways: 美國在台協會 comes out
as "American Association in Taiwan", "US Institute in Taiwan", "United States Association at Taiwan"...
A pattern states the family once:

- ``{a/b/c}`` one of the choices (a choice may be empty: ``{the /}``);
- ``[x]`` optional: ``x`` or nothing;
- ``~`` in front of the whole pattern: these wordings are also ordinary English (a "Taiwan Association"
  may be any association of Taiwanese), so they count only in an article that refers to the entity's
  country elsewhere.

Brackets nest; spaces are collapsed after expansion. A pattern may expand to at most ``MAX_WORDINGS``
wordings, so that a slip cannot flood the gazetteer.

>>> expand("{US/American} {Association/Institute} in Taiwan")
('US Association in Taiwan', 'US Institute in Taiwan', 'American Association in Taiwan', 'American Institute in Taiwan')
>>> expand("Taiwan [People's] Party"), needs_context("~Taiwan Association")
(("Taiwan People's Party", 'Taiwan Party'), True)
"""

from __future__ import annotations

import itertools

#: The most wordings one pattern may stand for.
MAX_WORDINGS = 256
CONTEXT_MARK = "~"


class WordingError(ValueError):
    """A pattern that cannot be read: the message says where and why."""


def needs_context(pattern: str) -> bool:
    """Whether the pattern's wordings count only where the article refers to the entity's country."""
    return pattern.startswith(CONTEXT_MARK)


def expand(pattern: str) -> tuple[str, ...]:
    """Every wording ``pattern`` stands for, in order, without repeats."""
    body = pattern[len(CONTEXT_MARK) :] if needs_context(pattern) else pattern
    alternatives, _end = _sequence(body, 0, closing="")
    wordings = tuple(dict.fromkeys(" ".join(w.split()) for w in alternatives))
    if not all(wordings):
        raise WordingError(f"{pattern!r}: can stand for an empty wording")
    return wordings


def _sequence(text: str, position: int, closing: str) -> tuple[list[str], int]:
    """Read pieces until ``closing`` (or a choice separator inside braces); return their product."""
    parts: list[list[str]] = []
    literal_start = position
    while position < len(text):
        char = text[position]
        if char == closing or (char == "/" and closing == "}"):
            break
        if char in "]}":
            raise WordingError(f"{text!r}: unmatched {char!r} at character {position + 1}")
        if char in "[{":
            parts.append([text[literal_start:position]])
            inner, position = _group(text, position)
            parts.append(inner)
            literal_start = position
            continue
        position += 1
    parts.append([text[literal_start:position]])
    wordings = ["".join(pieces) for pieces in itertools.product(*parts)]
    if len(wordings) > MAX_WORDINGS:
        raise WordingError(f"{text!r}: stands for more than {MAX_WORDINGS} wordings; split it")
    return wordings, position


def _group(text: str, position: int) -> tuple[list[str], int]:
    """An optional ``[...]`` or a choice ``{.../...}`` starting at ``position``; return its wordings."""
    opening = text[position]
    closing = "]" if opening == "[" else "}"
    choices: list[str] = []
    position += 1
    while True:
        wordings, position = _sequence(text, position, closing)
        choices += wordings
        if position >= len(text):
            raise WordingError(f"{text!r}: {opening!r} is never closed")
        if text[position] == closing:
            break
        position += 1  # a "/" between choices
    if opening == "[":
        choices.append("")
    if len(choices) > MAX_WORDINGS:
        raise WordingError(f"{text!r}: stands for more than {MAX_WORDINGS} wordings; split it")
    return choices, position + 1
