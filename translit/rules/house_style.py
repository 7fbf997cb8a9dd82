"""Valid spellings that the house style replaces: Kiev -> Kyiv (but chicken Kiev stays: a protected phrase).

Only a spelling used consistently reaches this rule; an article that mixes spellings is the
``variant`` rule's business.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from translit.edits import Candidate, Finding
from translit.gazetteer import FormKind
from translit.rules.context import other_spellings

if TYPE_CHECKING:
    from translit.config import Config
    from translit.document import Document


def find_house_style(document: Document, config: Config) -> Iterator[Finding]:
    if not config.house_style:
        return
    for mention in document.mentions:
        if len(mention.entries) != 1 or mention.kind is not FormKind.ALTERNATE:
            continue
        entry = document.gazetteer[mention.entries[0]]
        if other_spellings(document, entry.id, mention.surface):
            continue
        replacement = entry.canonical_for(mention.surface)
        reason = f"house style spells {mention.surface!r} as {replacement!r}"
        yield Finding(
            mention.start,
            mention.end,
            mention.surface,
            "house-style",
            "house-style",
            (Candidate(replacement, reason, 0.9, entry=entry.id),),
        )
