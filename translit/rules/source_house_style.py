"""Readings the house style replaces where the Chinese original names the entity: "Liu Dehua" for 劉德華
(Andy Lau), "Kekexili" for 可可西里 (Hoh Xil). Runs only with a source and with the house style on.

A romanization of a name written in its own characters is what translators write too, so without the house
style it is acceptable (:mod:`translit.source.alignment` says so); with it, the source says which entity
the reading is, and the entity's own spelling replaces it, as the ``house-style`` rule replaces the
gazetteer's pinyin keys ("Zhang Zhongmou" -> Morris Chang) without a source. A reading that is not exact
("Germu" for 格爾木, Ge'ermu) is an error, the ``source`` rule's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from translit.edits import Candidate, Finding
from translit.rules.rule import Evidence, Rule
from translit.source import Rendering
from translit.source.readings import letters

if TYPE_CHECKING:
    from translit.document import Document

#: The reading of the entity the source names, aligned for sure: as sure as a house spelling.
SOURCE_READING = 0.9


def find_source_readings(document: Document) -> Iterator[Finding]:
    for check in document.source_checks:
        if check.rendering is not Rendering.ACCEPTABLE or not check.reading or check.entry is None:
            continue
        entry = document.gazetteer[check.entry]
        replacement = entry.canonical_for(check.written)
        if letters(replacement) == letters(check.written):
            continue  # the entity's own name is its reading: Xi Jinping
        reason = (
            f"the source names {check.entity.surface} ({entry.canonical}); the MT writes its reading "
            f"{check.written!r}, which house style spells {replacement!r}"
        )
        prior = SOURCE_READING if check.sure else SOURCE_READING / 2
        candidate = Candidate(replacement, reason, prior, entry=entry.id)
        yield Finding(
            check.start, check.end, check.written, "house-style", "source-house-style", (candidate,)
        )


RULE = Rule(
    name="source-house-style",
    find=find_source_readings,
    emits=frozenset({"house-style"}),
    priors={
        "sure reading of a source entity": SOURCE_READING,
        "reading close to another candidate (reported)": SOURCE_READING / 2,
    },
    reads=frozenset({Evidence.SOURCE, Evidence.NAMES}),
    writes=frozenset({Evidence.NAMES}),
    house_style=True,
)
