"""The duplicate rule on a tiny gazetteer: one place named twice where two were meant."""

import pytest

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
