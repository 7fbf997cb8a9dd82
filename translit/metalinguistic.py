"""Names mentioned as words rather than used: "the city formerly spelled Kiev is now Kyiv", "Rangoon was
renamed Yangon", "also known as Lugansk", "the spelling “Kiev”".

Such a sentence names both spellings on purpose; rewriting either destroys it. A name is mentioned
when a naming cue stands before it (spelled, known as, renamed, formerly, the name ...), when a renaming
cue follows it (X was renamed, X (now Y)), or when quotation marks enclose exactly the name. "Called"
and "named" are cues only after a form of *be* or a place word ("is called", "a town called"), since
"the minister called Zelensky" is a phone call, not a mention.

>>> text = "The city formerly spelled Kiev is now Kyiv."
>>> [text[start:end] for start, end in mentioned_names(text)]
['Kiev']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import ahocorasick
import regex

from translit import lazy

#: A capitalized name of up to four words: the thing a cue points at.
_NAME = r"\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}"
#: Names coordinated after one cue: "spelled Kiev or Kyiv", "known as Kiev, Kiew and Kijow".
_NAMES = rf"{_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:or|and)[ \t]+|[ \t]*/[ \t]*){_NAME}){{0,3}}"
_BE = (
    r"(?:is|was|are|were|be|been|being|now|formerly|once|also|still|often|sometimes|then|locally|officially)"
)
_PLACE = (
    r"(?:city|town|village|region|area|province|district|country|place|island|river|street|person|man|woman)"
)
_CUE_BEFORE = rf"""(?x)
    (?<!\w)(?i:
        (?:formerly|previously|originally|also|often|sometimes|commonly|widely|usually|officially|
           alternatively|traditionally|variously|once|now|better)[ \t]+
           (?:spelled|spelt|written|transliterated|romani[sz]ed|rendered|known[ \t]+as|called|named)
      | spelled | spelt | spelling | spellings | transliterated | transliteration | romani[sz]ed |
        romani[sz]ation | rendered[ \t]+as | known[ \t]+as | referred[ \t]+to[ \t]+as | a\.?k\.?a\.? |
        renamed (?:[ \t]+(?:it|itself|the[ \t]+\w+))? (?:[ \t]+(?:from|as|to))?
      | (?:formerly|previously|originally)
      | (?:the|its|a|an|their|his|her)[ \t]+(?:old[ \t]+|former[ \t]+|new[ \t]+|official[ \t]+)?
           (?:name|names|word|term|spelling|form)
      | {_BE}[ \t-]+(?:called|named|dubbed|nicknamed)
      | {_PLACE}[ \t]+(?:called|named)
    )
    [ \t]+(?:as[ \t]+)?(?P<names>{_NAMES})
"""
_RENAMED_AFTER = rf"""(?x)
    (?P<names>{_NAMES})
    [ \t]+(?i:(?:was|were|has[ \t]+been|had[ \t]+been|is|is[ \t]+being|got|officially)[ \t]+)?
    (?i:renamed|respelled|rebranded)\b
"""
_ASIDE_CUE = r"(?i:now|formerly|also|or|today|then|a\.?k\.?a\.?)\b"
_ASIDE_AFTER = rf"(?P<names>{_NAMES})[ \t]*\([ \t]*{_ASIDE_CUE}"
_RENAMING_WORDS = ("renamed", "respelled", "rebranded")
_RENAMING = re.compile("|".join(_RENAMING_WORDS), re.IGNORECASE)
#: The renaming words in a lower-cased text: one search for their common start, a fast one.
_LOWER_CASE_RENAMING = re.compile(
    "re(?:" + "|".join(word.removeprefix("re") for word in _RENAMING_WORDS) + ")"
)
#: The quotation marks that enclose a name mentioned as a word: (opening, closing).
_QUOTES = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("‹", "›"), ("「", "」"), ("『", "』"))


@functools.lru_cache(maxsize=256)  # one per subset of the eight marks
def _quoted(quotes: tuple[int, ...]) -> regex.Pattern[str]:
    """A name enclosed by one of the quotation marks ``quotes`` (indexes of :data:`_QUOTES`), in group
    ``q{index}``; a text is scanned only for the marks it holds, each alternative costing a try at every
    position."""
    return regex.compile(
        "|".join(
            rf"(?<!\w){regex.escape(opening)}[ \t]?(?P<q{index}>{_NAME})[ \t]?{regex.escape(closing)}(?!\w)"
            for index, (opening, closing) in enumerate(_QUOTES)
            if index in quotes
        )
    )


#: A capital or a character beyond ASCII, written as what it is not: the same set as
#: ``[A-Z\x80-\U0010ffff]``, which the stdlib compiler takes some 20 ms to turn into a table.
_CAPITAL_OR_NOT_ASCII = r"[^\x00-\x40\x5b-\x7f]"
#: No name holds these: ASCII characters but letters, the apostrophe and the hyphen, and the quotation
#: marks but the apostrophe ’.
_NOT_IN_A_NAME = r"\x00-\x26\x28-\x2c\x2e-\x40\x5b-\x60\x7b-\x7f“”‘«»‹›「」『』"


@functools.cache  # compiled when a text first holds the mark: most runs meet only a few of them
def _quote_opening(index: int) -> re.Pattern[str]:
    """Where a name quoted with the marks ``_QUOTES[index]`` may start: the shape of :func:`_quoted`'s,
    loosened so that the stdlib engine can read it (a capital is an ASCII capital or not ASCII; a name's
    character is any but those in :data:`_NOT_IN_A_NAME`). It starts with its mark, a literal found by a
    fast search, while the names' pattern starts with a look back, tried at every position. A word stops
    at the pattern's own closing mark and at every opening mark, so that no try reads past the next
    one's start (linear, even in a text of marks and letters without a space)."""
    opening, closing = _QUOTES[index]
    word = rf"[^{_NOT_IN_A_NAME}{re.escape(closing)}]"
    return re.compile(
        rf"{re.escape(opening)}(?=[ \t]?{_CAPITAL_OR_NOT_ASCII}{word}*+"
        rf"(?:[ \t]+{_CAPITAL_OR_NOT_ASCII}{word}*+){{0,3}}[ \t]?{re.escape(closing)})"
    )


#: The cue patterns, compiled on first use (:func:`translit.lazy.pattern`): each is tried only where a
#: fast test finds a cue, which most texts never pass.
_BEFORE = lazy.pattern(_CUE_BEFORE)
_AFTER = lazy.pattern(_RENAMED_AFTER)
_ASIDE = lazy.pattern(_ASIDE_AFTER)
_PARENTHESIS_CUE = lazy.pattern(rf"\([ \t]*{_ASIDE_CUE}")


#: Every cue of :data:`_CUE_BEFORE` holds one of these words (lower-cased) within its first three words,
#: whole and followed by a space or a tab, and those words stand apart by spaces, tabs or hyphens only: a
#: cue can start only a few characters before one. Found by :func:`_cue_words`, they let
#: :func:`_cues_before` try the cue pattern at a few positions instead of at every one, which took two
#: thirds of the time of reading a document. Whole words with the blank after them: prefixes ("form",
#: "call") are found in common words ("information", "recall"), each costing tries.
_CUE_WORDS = (
    "spelled", "spelt", "spelling", "spellings", "written", "transliterated", "transliteration",
    "romanized", "romanised", "romanization", "romanisation", "rendered", "known", "referred",
    *(f"a{dot1}k{dot2}a{dot3}" for dot1 in ("", ".") for dot2 in ("", ".") for dot3 in ("", ".")),
    "renamed", "formerly", "previously", "originally", "name", "names", "word", "term", "form",
    "called", "named", "dubbed", "nicknamed",
)  # fmt: skip
#: The cue words, each with the blank after it, reversed: an Aho-Corasick automaton over the reversed
#: text. Forward, the automaton stands inside a word's prefix at almost every letter of English text,
#: which makes the scan half as fast again; reversed, each pattern starts with a blank.
_REVERSED_CUE_WORD = ahocorasick.Automaton()
for _cue_word in _CUE_WORDS:
    for _blank in " \t":
        _REVERSED_CUE_WORD.add_word(_blank + _cue_word[::-1], _cue_word)
_REVERSED_CUE_WORD.make_automaton()
del _cue_word, _blank
#: The longest word that may stand before a cue word in a cue ("alternatively spelled").
_LONGEST_WORD_BEFORE = len("alternatively")
_CUE_SEPARATORS = " \t-"
#: Characters that are word characters to any pattern, so that no cue word after one starts a cue's word.
_GLUED_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
#: The characters that case-fold onto an ASCII letter in :mod:`regex` but not under ``str.lower``
#: ("ſpelled" matches the cue "spelled"): a text holding one is scanned position by position.
_ODD_CASE_CHARACTERS = "\u0130\u0131\u017f\u212a"


def mentioned_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each name the text mentions as a word. Linear: a few regex scans, each anchored
    on a cue word, a name or a quotation mark, with names of at most four words in chains of four."""
    folded = _case_folded(text)
    yield from (match.span("names") for match in _cues_before(text, folded))
    if _renames(text, folded):  # a C-speed test first: the pattern starts at every capital
        yield from (match.span("names") for match in _AFTER().finditer(text))
    # every aside holds "(now", "(formerly", ...: a cheap test first, and a cheaper one before it
    if "(" in text and _PARENTHESIS_CUE().search(text):
        yield from (match.span("names") for match in _ASIDE().finditer(text))
    for match in _quoted_names(text):
        group = next(name for name, value in match.groupdict().items() if value is not None)
        yield match.span(group)


def _quoted_names(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :func:`_quoted` for the marks ``text`` holds, as its ``finditer`` gives them, found
    by trying the pattern only where a mark stands before a capital (:func:`_quote_opening`)."""
    quotes = tuple(index for index, (opening, _) in enumerate(_QUOTES) if opening in text)
    if not quotes:
        return
    pattern = _quoted(quotes)
    starts = sorted({m.start() for index in quotes for m in _quote_opening(index).finditer(text)})
    position = 0  # as in finditer: the next match starts here or later
    for start in starts:
        if start >= position and (match := pattern.match(text, start)):
            position = match.end()
            yield match


def _case_folded(text: str) -> tuple[str, bool]:
    """``text.lower()``, and whether the text has odd cases: characters (:data:`_ODD_CASE_CHARACTERS`)
    on which ``str.lower`` and the case-insensitive patterns disagree, or a lower case of another length."""
    lowered = text.lower()
    return lowered, len(lowered) != len(text) or any(c in text for c in _ODD_CASE_CHARACTERS)


def _renames(text: str, folded: tuple[str, bool]) -> bool:
    """Whether ``text`` holds a renaming word (:data:`_RENAMING`): a search of the lower-cased text
    (``folded``: :func:`_case_folded`), which a case-insensitive search is several times slower than."""
    lowered, odd_cases = folded
    if odd_cases:
        return bool(_RENAMING.search(text))
    return bool(_LOWER_CASE_RENAMING.search(lowered))


def _cues_before(text: str, folded: tuple[str, bool] | None = None) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_BEFORE` in ``text``, as ``_BEFORE().finditer(text)`` gives them, found by
    trying the pattern only where a cue can start: at most two words before a cue word (``folded``:
    :func:`_case_folded`; in a text with odd cases every position is tried)."""
    lowered, odd_cases = folded or _case_folded(text)
    if odd_cases:
        yield from _BEFORE().finditer(text)
        return
    position = 0  # as in finditer: the next match starts here or later
    for word in _cue_words(lowered):
        for start in range(max(position, _two_words_before(text, word)), word + 1):
            if start and lowered[start - 1] in _GLUED_BEFORE:
                continue  # inside a word: the pattern's (?<!\w) fails here
            match = _BEFORE().match(text, start)
            position = match.end() if match else start + 1  # a position that failed once fails again
            if match:
                yield match
                break


def _cue_words(lowered: str) -> list[int]:
    """Where the cue words (:data:`_CUE_WORDS`) start in the lower-cased text, in order. A cue's words
    start the match or follow a separator: a cue word glued to a letter or digit before it ("misnamed")
    is no cue's, and the positions before it need no try on its account."""
    last = len(lowered) - 1  # a pattern ending at r in the reversed text starts at last - r
    starts = {last - end for end, _ in _REVERSED_CUE_WORD.iter(lowered[::-1])}
    return sorted(s for s in starts if s == 0 or lowered[s - 1] not in _GLUED_BEFORE)


def _two_words_before(text: str, offset: int) -> int:
    """Where the second word before ``offset`` may start, words being apart by spaces, tabs or hyphens
    and at most :data:`_LONGEST_WORD_BEFORE` characters long; ``offset`` if no word stands there."""
    start = offset
    for _ in range(2):
        gap = start
        while gap > 0 and text[gap - 1] in _CUE_SEPARATORS:
            gap -= 1
        if gap == start:
            break
        start = gap
        while start > 0 and gap - start < _LONGEST_WORD_BEFORE and text[start - 1] not in _CUE_SEPARATORS:
            start -= 1
    return start
