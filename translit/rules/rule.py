"""What a rule is: a function from a document to findings, and the contract it declares.

The contract is what a reader (and the pipeline's tests) can check without reading the rule: which edit
types it may emit, the priors it gives its candidates, and which evidence it reads from the document
and changes by its fixes. Evidence flows between passes: a fix that restores a name (``writes`` names)
adds a reference that a rule weighing the article's references (``reads`` names) counts next pass.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from translit.document import Document
    from translit.edits import Finding


class Evidence(StrEnum):
    """What of a document a rule reads, or changes by its fixes."""

    NAMES = "names"  # which entities the article names, how often and how it spells them
    SENTENCES = "sentences"  # where sentences start
    PARAGRAPHS = "paragraphs"  # the paragraphs and what they hold
    SOURCE = "source"  # the Chinese original, where the caller gives one, and the entities it names


@dataclass(frozen=True)
class Rule:
    """A rule and its contract. ``name`` is the config flag and the word in explanations."""

    name: str
    find: Callable[[Document], Iterable[Finding]]
    #: the edit types its findings may have
    emits: frozenset[str]
    #: its prior ladder: each kind of candidate it proposes, and the prior that kind gets
    priors: Mapping[str, float]
    reads: frozenset[Evidence] = frozenset()
    writes: frozenset[Evidence] = frozenset()
    #: whether it rewrites valid spellings to the house's (Kiev -> Kyiv) rather than fixing errors
    house_style: bool = False

    @property
    def summary(self) -> str:
        """The first line of the rule's module docstring."""
        module = sys.modules[self.find.__module__]
        return (module.__doc__ or "").strip().splitlines()[0]
