"""Every rule keeps the contract it declares in the registry."""

from hypothesis import HealthCheck, given, settings

from translit import Config, load_pipeline
from translit.document import read_document
from translit.rules import RULES

from ..strategies import texts


def test_the_registry_names_each_rule_by_its_own_name():
    assert all(name == rule.name for name, rule in RULES.items())
    assert all(rule.summary and rule.emits and rule.priors for rule in RULES.values())
    assert all(prior > 0 for rule in RULES.values() for prior in rule.priors.values())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts())
def test_findings_have_only_the_types_their_rule_declares(text):
    document = read_document(text, load_pipeline(Config()).gazetteer)
    for name, rule in RULES.items():
        for finding in rule.find(document):
            assert finding.rule == name and finding.type in rule.emits
            assert text[finding.start : finding.end] == finding.original
