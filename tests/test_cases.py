"""Tests as data: cases that must be fixed exactly, and correct text that must not change."""

import json

import pytest

from translit import Config, clean
from translit.apply import apply_edits
from translit.config import DEFAULT_MODEL

from .conftest import CASES

FIXES = [
    json.loads(line)
    for path in sorted(CASES.glob("*fixes.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
]
UNCHANGED = [
    line
    for path in sorted(CASES.glob("*unchanged.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]
#: Edit types that rewrite a name: each must cite the gazetteer entry it comes from.
NAME_TYPES = {"abbreviation", "confusable", "variant", "house-style", "duplicate"}


@pytest.mark.parametrize("case", FIXES, ids=[c["input"][:40] for c in FIXES])
def test_fixes(case):
    result = clean(case["input"])
    assert result.text == case["expected"]
    assert [edit.type for edit in result.edits] == case["types"]
    assert apply_edits(case["input"], result.edits) == result.text
    assert all(edit.reason and edit.rule and 0.7 <= edit.score <= 1 for edit in result.edits)
    assert all(edit.entry for edit in result.edits if edit.type in NAME_TYPES)


@pytest.mark.parametrize("text", UNCHANGED, ids=[t[:40] for t in UNCHANGED])
def test_correct_text_is_unchanged(text):
    result = clean(text)
    assert result.edits == ()
    assert result.text == text


@pytest.mark.parametrize("text", ["", "\n\n   \n", "\ufeff", "\r\n"])
def test_empty_and_blank_inputs(text):
    assert clean(text).text == text


def test_house_style_off_keeps_valid_spellings_but_still_fixes_errors():
    config = Config(house_style=False)
    assert clean("Officials in Kiev said the talks would resume.", config).edits == ()
    mixed = "Power was cut in Lugansk overnight. Officials in Luhansk said repairs had begun."
    assert clean(mixed, config).text == mixed.replace("Lugansk", "Luhansk")


def test_unsupported_duplicate_is_reported_not_fixed():
    text = "Strikes hit Kramatorsk and Kramatorsk overnight."
    result = clean(text)
    assert result.text == text
    [finding] = [f for f in result.skipped if f.type == "duplicate"]
    assert finding.candidates == ()
    assert "no other city" in finding.note


def test_abbreviation_without_context_takes_its_usual_reading():
    [edit] = clean("Shelling resumed in Udong overnight.").edits
    assert (edit.replacement, edit.score) == ("eastern Ukraine", 0.7143)
    assert "most often Ukraine" in edit.reason


def test_abbreviation_in_an_article_about_a_sibling_is_reported_not_fixed():
    result = clean("Officials in Tashkent said that Udong had been quiet.")
    assert result.edits == ()
    [finding] = result.skipped
    assert {c.replacement for c in finding.candidates} == {
        "eastern Ukraine", "eastern Uzbekistan", "eastern Uruguay"
    }  # fmt: skip


def test_with_the_model_an_article_about_a_sibling_still_keeps_the_abbreviation_open():
    result = clean("Officials in Tashkent said that Udong had been quiet.", Config(model=DEFAULT_MODEL))
    assert result.edits == ()


def test_with_the_model_a_duplicate_is_not_settled_against_the_article_s_references():
    text = (
        "Shelling hit Kramatorsk and Kramatorsk on Monday. Sloviansk lost power, and trains from "
        "Sloviansk to Druzhkivka stopped."
    )
    result = clean(text, Config(model=DEFAULT_MODEL))
    assert result.text == text
    [finding] = [f for f in result.skipped if f.type == "duplicate"]
    assert {(c.replacement, c.references) for c in finding.candidates} == {
        ("Sloviansk", 2),
        ("Druzhkivka", 1),
    }
