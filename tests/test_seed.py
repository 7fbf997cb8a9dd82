"""The canonical example: the real article in ../shared/seeds against its gold correction."""

import itertools
import json
from dataclasses import dataclass

import pytest

from translit import Config, clean
from translit.apply import apply_edits
from translit.config import DEFAULT_MODEL

SEED = "000_2d22f7c407c94cff"
STRETCH_TYPES = {"duplicate", "mistranslation"}


@dataclass(frozen=True)
class GoldEdit:
    start: int
    end: int
    original: str
    replacement: str
    type: str


def read_gold(shared):
    lines = (shared / "gold" / f"{SEED}.edits.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return [GoldEdit(r["start"], r["end"], r["original"], r["correction"], r["type"]) for r in records]


def acceptable_outputs(seed, gold):
    """All ten core edits, plus each stretch edit either fixed as in gold or left untouched."""
    core = [edit for edit in gold if edit.type not in STRETCH_TYPES]
    stretch = [edit for edit in gold if edit.type in STRETCH_TYPES]
    return {
        apply_edits(seed, core + list(chosen))
        for size in range(len(stretch) + 1)
        for chosen in itertools.combinations(stretch, size)
    }


@pytest.mark.parametrize("model", [None, DEFAULT_MODEL], ids=["prior-only", "with-model"])
def test_seed_gets_the_core_gold_edits_and_nothing_else(shared, model):
    seed = (shared / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    gold = read_gold(shared)
    assert len([e for e in gold if e.type not in STRETCH_TYPES]) == 10
    result = clean(seed, Config(model=model))
    assert result.text in acceptable_outputs(seed, gold)


def test_seed_core_edits_reach_the_gold_corrected_text_where_fixed(shared):
    seed = (shared / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    corrected = (shared / "gold" / f"{SEED}.corrected.txt").read_text(encoding="utf-8")
    gold = read_gold(shared)
    assert apply_edits(seed, gold) == corrected  # the gold files agree with each other
    result = clean(seed)
    assert apply_edits(seed, result.edits) == result.text
    assert {edit.type for edit in result.edits} >= {
        "abbreviation", "confusable", "variant", "house-style", "boilerplate", "punctuation"
    }  # fmt: skip
    assert all(edit.reason and edit.score >= 0.7 for edit in result.edits)
