"""Other valid spellings of known names, used consistently, rewritten to the house's: "Yoon Seok-yeol"
-> Yoon Suk Yeol, "Kim Jong-un" -> Kim Jong Un, "Mao Tse-tung" -> Mao Zedong.

They are found like near-miss misspellings (:mod:`translit.rules.near_miss`), but are spellings in a
recognized system, so only the house style changes them, as it changes Kiev.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from translit.names.prior import STYLE_PRIORS, Role
from translit.rules.near_miss import near_miss_findings
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document
    from translit.edits import Finding


def find_near_miss_style(document: Document) -> Iterator[Finding]:
    yield from near_miss_findings(document, "near-miss-style", "house-style", {Role.HOUSE_STYLE})


RULE = Rule(
    name="near-miss-style",
    find=find_near_miss_style,
    emits=frozenset({"house-style"}),
    priors=STYLE_PRIORS,
    reads=frozenset({Evidence.NAMES}),
    writes=frozenset({Evidence.NAMES}),
    house_style=True,
)
