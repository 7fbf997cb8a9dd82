"""The duplicate rule on a tiny gazetteer: one place named twice where two were meant."""

import pytest

import translit
from translit.rules.duplicate import NAMED_SIBLING

from .tiny import find


def test_the_only_sibling_named_nearby_is_proposed():
    text = "Strikes hit Kramatorsk and Kramatorsk overnight. Officials in Sloviansk reported damage."
    [finding] = find("duplicate", text)
    assert (finding.start, finding.best().replacement) == (text.rindex("Kramatorsk"), "Sloviansk")
    assert finding.best().prior == NAMED_SIBLING


def test_without_a_sibling_the_repetition_is_reported_without_a_fix():
    [finding] = find("duplicate", "Strikes hit Kramatorsk and Kramatorsk overnight.")
    assert finding.candidates == () and "no other city" in finding.note


def test_several_siblings_share_the_prior():
    text = "Strikes hit Kramatorsk, and Kramatorsk. Sloviansk and Druzhkivka lost power."
    [finding] = find("duplicate", text)
    assert [c.prior for c in finding.candidates] == pytest.approx([NAMED_SIBLING / 2] * 2)


def test_a_sibling_in_the_same_sentence_is_no_support():
    assert find("duplicate", "Kramatorsk and Kramatorsk, near Sloviansk, lost power.")[0].candidates == ()


CHAIN = "Donetsk was calm. " + "Kramatorsk and Kramatorsk were shelled. It rained. " * 5


def test_a_chain_of_repetitions_is_followed_to_its_end():
    """Found by the #11 fuzz campaign: each fix names the sibling beside the next repetition, one link a
    pass; the pipeline stops after three passes, so the rule follows the chain itself."""
    findings = find("duplicate", CHAIN)
    assert [f.best().replacement for f in findings] == ["Donetsk"] * 5
    assert "restored nearby by the same fix" in findings[-1].best().reason
    assert "named nearby" in findings[0].best().reason


def test_a_chain_is_cleaned_in_one_clean():
    once = translit.clean(CHAIN).text
    assert once.count("Kramatorsk and Donetsk") == 5
    assert translit.clean(once).edits == ()


def test_two_repetitions_do_not_support_each_other():
    text = "Kramatorsk and Kramatorsk were shelled. Kramatorsk and Kramatorsk burned."
    assert all(f.best() is None for f in find("duplicate", text))


def test_c10_more_siblings_than_can_be_listed_go_in_the_note(monkeypatch):
    """C10: every repetition listing every sibling would make a list of places quadratic."""
    monkeypatch.setattr("translit.rules.duplicate.MAX_SIBLINGS", 2)
    text = "Kramatorsk and Kramatorsk were shelled. Donetsk, Sloviansk and Druzhkivka were calm."
    [finding] = find("duplicate", text)
    assert finding.candidates == ()
    assert finding.note.startswith("3 other places of its kind of Donetsk Oblast are named nearby")
