"""The rules, by name. A rule is a plain function ``Document -> Iterable[Finding]`` with a contract
(:class:`translit.rules.rule.Rule`): it finds suspicious spans and proposes candidate fixes with priors;
it never decides whether a fix is applied.

>>> [(name, sorted(rule.emits)) for name, rule in RULES.items()][:3]
[('boilerplate', ['boilerplate']), ('punctuation', ['punctuation']), ('abbreviation', ['abbreviation'])]
"""

from __future__ import annotations

from translit.rules import (
    abbreviation,
    back_reference,
    boilerplate,
    confusable,
    duplicate,
    house_style,
    literal_name,
    name_reading,
    near_miss,
    near_miss_style,
    pair,
    punctuation,
    rendering,
    source,
    source_house_style,
    spacing,
    stutter,
    variant,
)
from translit.rules.rule import Evidence, Rule

RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        boilerplate.RULE,
        punctuation.RULE,
        abbreviation.RULE,
        confusable.RULE,
        pair.RULE,
        rendering.RULE,
        variant.RULE,
        near_miss.RULE,
        back_reference.RULE,
        name_reading.RULE,
        house_style.RULE,
        near_miss_style.RULE,
        duplicate.RULE,
        spacing.RULE,
        stutter.RULE,
        literal_name.RULE,
        source.RULE,
        source_house_style.RULE,
    )
}
#: The rules that rewrite valid spellings to the house's; the others fix errors.
HOUSE_STYLE_RULES = frozenset(name for name, rule in RULES.items() if rule.house_style)

__all__ = ["HOUSE_STYLE_RULES", "RULES", "Evidence", "Rule"]
