"""Chinese terms and abbreviations MT leaves in pinyin or reads the wrong way: "Liang'an relations" ->
"cross-strait relations", "Dongmeng" -> "ASEAN", "Hong Kong and Australia" (港澳) -> "Hong Kong and
Macau" in a story about Hong Kong.

The table ``renderings.tsv`` says how MT renders each term, what replaces it, which entity the fix
cites, and what the story must refer to nearby (its ``context``) or must not refer to elsewhere (its
``unless``) for the fix to apply; the document decides, as for 烏.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.names.support import references_near
from translit.rules.context import is_inside_longer_name
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document
    from translit.gazetteer.renderings import Rendering

#: A rendering the story supports: its context named nearby, its other reading nowhere else.
SUPPORTED_RENDERING = 0.9
#: ... and one whose context the story lacks: reported, not applied ("Lanying" is also a given name).
UNSUPPORTED_RENDERING = 0.5
_DETERMINER_BEFORE = regex.compile(r"(?i:\b(?:the|a|an|its|their|his|her|our|this|that))\s+$")


def find_renderings(document: Document) -> Iterator[Finding]:
    text = document.text
    for start, end, row in document.gazetteer.renderings.find(text):
        if is_inside_longer_name(text, start, end) or _contradicted(document, row, start, end):
            continue
        supported = not row.context or any(references_near(document, i, start, end) for i in row.context)
        surface = text[start:end]
        reason = (
            f"{surface!r} renders {row.chinese} {'untranslated' if row.type == 'abbreviation' else 'in the wrong reading'}"
            f"; {row.notes or row.chinese}"
            + ("" if supported else "; but the story refers to nothing it is about nearby")
        )
        prior = SUPPORTED_RENDERING if supported else UNSUPPORTED_RENDERING
        candidate = Candidate(_english(document, row, start), reason, prior, entry=row.entity)
        yield Finding(start, end, surface, row.type, "rendering", (candidate,))


def _contradicted(document: Document, row: Rendering, start: int, end: int) -> bool:
    """Whether the story refers elsewhere to what MT's reading names: then that reading may be right."""
    return any(references_near(document, entry_id, start, end) for entry_id in row.unless)


def _english(document: Document, row: Rendering, start: int) -> str:
    """The replacement, its "the" dropped after another determiner, capitalized at a sentence start."""
    english, text = row.english, document.text
    if english.startswith("the ") and _DETERMINER_BEFORE.search(text, max(0, start - 10), start):
        english = english[len("the ") :]
    sentence_start = document.sentence_starts[document.sentence_index(start)]
    at_sentence_start = not text[sentence_start:start].strip(" \t\r\n\"“'‘(")
    return english[0].upper() + english[1:] if at_sentence_start else english


RULE = Rule(
    name="rendering",
    find=find_renderings,
    emits=frozenset({"abbreviation", "confusable"}),
    priors={
        "rendering the story supports": SUPPORTED_RENDERING,
        "rendering it does not": UNSUPPORTED_RENDERING,
    },
    reads=frozenset({Evidence.NAMES, Evidence.SENTENCES}),
    writes=frozenset({Evidence.NAMES}),
)
