"""The abbreviation rule on a tiny gazetteer: romanized direction compounds and fused place names."""

import pytest

from translit.config import Config
from translit.gazetteer import Entry, Gazetteer
from translit.pipeline import Pipeline
from translit.rescore import PriorRescorer

from .tiny import ABBREVIATIONS, ENTRIES, find, proposals


def test_a_direction_compound_takes_the_usual_reading_without_context():
    [finding] = find("abbreviation", "Shelling resumed in Udong overnight.")
    best = finding.best()
    assert (finding.original, best.replacement, best.entry) == ("Udong", "eastern Ukraine", "ukraine")
    assert best.prior == pytest.approx(1.25 / 1.75)  # smoothing 0.25 each, the usual reading +1
    assert {c.replacement for c in finding.candidates} == {
        "eastern Ukraine", "eastern Uzbekistan", "eastern Uruguay"
    }  # fmt: skip


def test_coordinated_compounds_are_one_phrase():
    text = "Russian troops shelled Unan and Udong again."
    assert proposals("abbreviation", text) == [("Unan and Udong", "southern and eastern Ukraine")]


def test_a_compound_that_starts_a_sentence_is_capitalized():
    assert proposals("abbreviation", "Udong saw heavy fighting.") == [("Udong", "Eastern Ukraine")]


def test_the_article_s_references_decide_between_readings():
    [finding] = find("abbreviation", "Officials in Tashkent said that Udong had been quiet.")
    priors = {c.entry: round(c.prior, 3) for c in finding.candidates}
    assert priors["uzbekistan"] == priors["ukraine"] > priors["uruguay"]  # Tashkent names Uzbekistan


def test_a_fused_place_name_loses_its_abbreviation():
    [finding] = find("abbreviation", "Troops repelled an assault near Udonetsk.")
    assert (finding.best().replacement, finding.best().entry) == ("Donetsk", "donetsk")
    assert "keep" in finding.candidates[-1].reason


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops held the line.",  # a real word that starts with U
        "Fighting in Ubeİ continued.",  # C4: Turkish İ folds to i, but "bei̇" is no direction
        "The Wuhan office reopened.",  # a syllable that is no direction
    ],
)
def test_no_compound_no_finding(text):
    assert find("abbreviation", text) == []


def test_a_reading_named_like_a_compound_is_no_candidate():
    """Found by the #11 fuzz campaign: a user glossary that names Ukraine "Udong" made "Udong" ->
    "eastern Udong" -> "eastern eastern Udong", a word longer every pass, never a fixed point."""
    entries = [
        Entry("ukraine", "Udong", "country", country="UA") if e.id == "ukraine" else e for e in ENTRIES
    ]
    pipeline = Pipeline(Config(), Gazetteer(entries, ABBREVIATIONS), PriorRescorer())
    once = pipeline.clean("Shelling hit Wudong again.")
    assert "eastern Udong" not in once.text
    assert pipeline.clean(once.text).edits == ()
