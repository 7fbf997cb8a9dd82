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

import re
from collections.abc import Iterator

import regex

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
_ASIDE_AFTER = rf"(?P<names>{_NAMES})[ \t]*\([ \t]*(?i:now|formerly|also|or|today|then|a\.?k\.?a\.?)\b"
_RENAMING = re.compile(r"renamed|respelled|rebranded", re.IGNORECASE)
_QUOTED = regex.compile(
    "|".join(
        rf"(?<!\w){regex.escape(opening)}[ \t]?(?P<q{index}>{_NAME})[ \t]?{regex.escape(closing)}(?!\w)"
        for index, (opening, closing) in enumerate(
            [
                ("“", "”"),
                ('"', '"'),
                ("‘", "’"),
                ("'", "'"),
                ("«", "»"),
                ("‹", "›"),
                ("「", "」"),
                ("『", "』"),
            ]
        )
    )
)
_BEFORE = regex.compile(_CUE_BEFORE)
_AFTER = regex.compile(_RENAMED_AFTER)
_ASIDE = regex.compile(_ASIDE_AFTER)


def mentioned_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each name the text mentions as a word. Linear: a few regex scans, each anchored
    on a cue word, a name or a quotation mark, with names of at most four words in chains of four."""
    for match in _BEFORE.finditer(text):
        yield match.span("names")
    if _RENAMING.search(text):  # a C-speed test first: the pattern starts at every capital letter
        yield from (match.span("names") for match in _AFTER.finditer(text))
    if "(" in text:
        yield from (match.span("names") for match in _ASIDE.finditer(text))
    for match in _QUOTED.finditer(text):
        group = next(name for name, value in match.groupdict().items() if value is not None)
        yield match.span(group)
