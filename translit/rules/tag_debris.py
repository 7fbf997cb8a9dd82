"""The attributes of an HTML link left in the text by a scraper, often with their quotes lost and their
case changed by MT: ``= NOFOLLOW TARGET = _Blank>``, ``target="_blank" rel="noopener">`` (part of the
``punctuation`` rule).

Only a stretch that holds a value no English word is (``_blank``, ``nofollow``, ``noopener``,
``noreferrer``, ``_self``) and ends with the tag's ``>`` is debris: attribute names and ``=`` around
such values go with it, and nothing else does. It is deleted, with one of the spaces around it.

Linear in the input: a fast search for ``>`` (rare in news), and a look back of at most
``LONGEST_DEBRIS`` characters from each.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from translit import lazy
from translit.rules.marks import punctuation_fix

if TYPE_CHECKING:
    from translit.document import Document
    from translit.edits import Finding

#: Link attributes and a tag's end are markup, never prose.
TAG_DEBRIS = 0.95
PRIORS = {"HTML tag attributes": TAG_DEBRIS}

# Found backwards from each ">": values that only markup writes, each perhaps with its attribute's name
# and "=", and quotes; a lost attribute's "=" may be glued to the word before ("majority.= NOFOLLOW").
_DEBRIS_ENDING_HERE = lazy.pattern(
    r"""(?rix)
    (?:[ \t]*=)?
    (?:[ \t]*(?:(?:rel|target|class|title|id)[ \t]*=[ \t]*)?["']?
        (?:_blank|_self|_parent|_top|nofollow|noopener|noreferrer)["']?)+
    [ \t]*>\Z"""
)
#: The longest stretch of debris looked for before a ">", in characters.
LONGEST_DEBRIS = 80


def find(document: Document) -> Iterator[Finding]:
    text = document.text
    end = text.find(">")
    while end != -1:
        match = _DEBRIS_ENDING_HERE().search(text, max(0, end - LONGEST_DEBRIS), end + 1)
        if match:
            start, stop = match.start(), match.end()
            while start < len(text) and text[start] in " \t":
                start += 1  # the spaces before the debris stay
            spaced_before = start == 0 or text[start - 1] in " \t\n"
            spaced_after = stop == len(text) or text[stop] in " \t\r\n"
            if spaced_before and stop < len(text) and text[stop] in " \t":
                stop += 1  # between two spaces, one goes with it
            replacement = "" if spaced_before or spaced_after else " "
            reason = f"the attributes of an HTML link {match.group().strip()!r} left in the text"
            yield punctuation_fix(document, start, stop, replacement, reason, TAG_DEBRIS)
        end = text.find(">", end + 1)
