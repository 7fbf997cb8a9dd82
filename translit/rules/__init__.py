"""The rules, by name. Each name is the config flag, the edit ``type`` and the word in explanations.

A rule is a plain function ``(document, config) -> Iterable[Finding]``: it finds suspicious spans and
proposes candidate fixes with priors; it never decides whether a fix is applied.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from translit.rules import (
    abbreviation,
    boilerplate,
    confusable,
    duplicate,
    house_style,
    pair,
    punctuation,
    variant,
)

if TYPE_CHECKING:
    from translit.config import Config
    from translit.document import Document
    from translit.edits import Finding

Rule = Callable[["Document", "Config"], Iterable["Finding"]]

RULES: dict[str, Rule] = {
    "boilerplate": boilerplate.find_boilerplate,
    "punctuation": punctuation.find_stray_punctuation,
    "abbreviation": abbreviation.find_literal_abbreviations,
    "confusable": confusable.find_confusables,
    "pair": pair.find_pair_compounds,
    "variant": variant.find_variants,
    "house-style": house_style.find_house_style,
    "duplicate": duplicate.find_duplicates,
}
