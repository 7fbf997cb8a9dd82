"""Tests as data: every case file under ``cases/`` holds one JSON object per line.

Fields: ``label`` (what the case is about), ``comment`` (why, where it is not obvious), ``input``,
``expected`` (the cleaned text; the input itself for correct text), ``types`` (the edit types, in order)
an optional ``source`` (the Chinese original of the whole input), an optional ``house_style`` (false: cleaned
with ``Config(house_style=False)``) and ``outcome``: ``pass``, or ``known-failure`` for what translit does not do yet (a strict xfail, so
that fixing it is noticed).
"""

import json

import pytest

from translit import Config, clean
from translit.apply import apply_edits

from .conftest import CASES

CASE_FILES = sorted(CASES.glob("*.jsonl"))
ALL_CASES = [
    json.loads(line) for path in CASE_FILES for line in path.read_text(encoding="utf-8").splitlines()
]
#: Edit types that rewrite a name: each must cite the gazetteer entry it comes from.
NAME_TYPES = {"abbreviation", "confusable", "variant", "house-style", "duplicate", "mistranslation"}


def _parameter(case: dict) -> object:
    known_failure = case["outcome"] == "known-failure"
    marks = [pytest.mark.xfail(strict=True, reason=case.get("comment", ""))] if known_failure else []
    return pytest.param(case, id=case["label"], marks=marks)


@pytest.mark.parametrize("case", [_parameter(case) for case in ALL_CASES])
def test_case(case):
    config = Config(house_style=case.get("house_style", True))
    result = clean(case["input"], config, source=case.get("source"))
    assert result.text == case["expected"]
    assert [edit.type for edit in result.edits] == case["types"]
    assert apply_edits(case["input"], result.edits) == result.text
    assert all(edit.reason and edit.rule and 0.7 <= edit.score <= 1 for edit in result.edits)
    assert all(edit.entry for edit in result.edits if edit.type in NAME_TYPES)


def test_every_case_is_well_formed():
    fields = {"label", "comment", "input", "source", "house_style", "expected", "types", "outcome"}
    for case in ALL_CASES:
        assert {"label", "input", "expected", "types", "outcome"} <= set(case) <= fields, case
        assert case["outcome"] in {"pass", "known-failure"}
        assert (case["input"] == case["expected"]) == (case["types"] == []), case["label"]
    labels = [case["label"] for case in ALL_CASES]
    assert len(labels) == len(set(labels)), "labels name cases: each must be unique"


@pytest.mark.parametrize("text", ["", "\n\n   \n", "\ufeff", "\r\n"])
def test_empty_and_blank_inputs(text):
    assert clean(text).text == text
