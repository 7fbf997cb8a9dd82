"""A tiny gazetteer, written for the rule tests: each test reads a rule's contract against facts it can see.

The entries are real entities, with only the forms the tests need, so that a test fails for the rule it
names and not because the full gazetteer changed.
"""

from tools.testkit import ABBREVIATIONS, ENTRIES
from translit.document import Document, read_document
from translit.edits import Finding
from translit.gazetteer import Gazetteer
from translit.rules import RULES

GAZETTEER = Gazetteer(ENTRIES, ABBREVIATIONS)


def document(text: str, house_style: bool = True) -> Document:
    return read_document(text, GAZETTEER, house_style=house_style)


def find(rule_name: str, text: str, house_style: bool = True) -> list[Finding]:
    """The findings of one rule on ``text``, checked against the rule's declared contract."""
    rule = RULES[rule_name]
    findings = list(rule.find(document(text, house_style)))
    for finding in findings:
        assert finding.type in rule.emits, f"{rule_name} emitted {finding.type!r}"
        assert finding.rule == rule_name
        assert text[finding.start : finding.end] == finding.original
    return findings


def proposals(rule_name: str, text: str) -> list[tuple[str, str]]:
    """(original, best replacement) of each finding of one rule; "" stands for a deletion."""
    return [(f.original, best.replacement) for f in find(rule_name, text) if (best := f.best())]
