"""A document as the rules see it: the text, its paragraphs and sentences, and its entity mentions."""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from translit.gazetteer import FormKind, Gazetteer, Mention

if TYPE_CHECKING:
    from translit.source import EntityCheck, SourceView

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and a capital
# letter, a quote or a digit. Good enough for context windows; nothing is rewritten on its strength.
_SENTENCE_END = regex.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"“‘(\[]?[\p{Lu}\d])")
_PARAGRAPH = regex.compile(r"[^\r\n]+(?:\r?\n[^\r\n]+)*")


@dataclass(frozen=True)
class Document:
    """Everything the rules may consult about one input text. Built once by :func:`read_document`."""

    text: str
    gazetteer: Gazetteer
    mentions: tuple[Mention, ...]
    paragraphs: tuple[tuple[int, int], ...]
    sentence_starts: tuple[int, ...]
    _counts: Counter[str] = field(repr=False, compare=False)
    _by_entry: dict[str, list[Mention]] = field(repr=False, compare=False)
    _spellings: dict[str, dict[str, FormKind]] = field(repr=False, compare=False)
    #: the Chinese original, aligned to the text, with its entities; None when the caller has none
    source: SourceView | None = None

    @functools.cached_property
    def source_checks(self) -> tuple[EntityCheck, ...]:
        """Each entity of the source checked against the text (:func:`translit.source.check_entities`),
        once per document: more than one rule reads the checks."""
        from translit.source.alignment import check_entities  # the source package reads documents

        return check_entities(self)

    def count(self, entry_id: str) -> int:
        """How often the document refers to the entity: by any of its forms or, for a country, by naming
        one of its places or people."""
        return self._counts[entry_id]

    def mentions_of(self, entry_id: str) -> list[Mention]:
        return self._by_entry.get(entry_id, [])

    def spellings_of(self, entry_id: str) -> dict[str, FormKind]:
        """Each distinct surface form the document uses for the entity, with its kind.

        Rules ask this once per mention; answering from the list of mentions would make a long text
        that names one entity thousands of times quadratic.
        """
        return self._spellings.get(entry_id, {})

    def sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def paragraph_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the paragraph holding ``offset``, or an empty span there if none does."""
        for start, end in self.paragraphs:
            if start <= offset < end:
                return start, end
        return offset, offset


def read_document(text: str, gazetteer: Gazetteer, source: SourceView | None = None) -> Document:
    mentions = tuple(gazetteer.scan(text))
    counts: Counter[str] = Counter()
    by_entry: dict[str, list[Mention]] = {}
    spellings: dict[str, dict[str, FormKind]] = {}
    for mention in mentions:
        counts.update(mention.entries)
        for entry_id in mention.entries:
            by_entry.setdefault(entry_id, []).append(mention)
            spellings.setdefault(entry_id, {})[mention.surface] = mention.kind
        counts.update(gazetteer.countries_of(mention.entries))
    paragraphs = tuple((m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip())
    sentence_starts = (0, *(m.end() for m in _SENTENCE_END.finditer(text)))
    return Document(
        text, gazetteer, mentions, paragraphs, sentence_starts, counts, by_entry, spellings, source
    )
