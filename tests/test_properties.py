"""What a user must be able to trust about every result, for any text: offsets, replay, byte identity.

Property tests over arbitrary Unicode (see ``tests/strategies.py``), with bounded examples so that the
suite stays fast; ``benchmarks/fuzz.py`` runs the same checks on many more inputs.
"""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.testkit import check_result
from translit import clean, detect
from translit.apply import apply_edits, map_offset
from translit.edits import Edit
from translit.records import edit_record

from .strategies import texts


@settings(max_examples=120, deadline=None)
@given(texts())
def test_offsets_replay_and_byte_identity(text):
    check_result(text, clean(text))


@settings(max_examples=40, deadline=None)
@given(texts())
def test_edits_survive_json_as_code_point_offsets(text):
    """A consumer reading the JSON report (any language) indexes the same characters."""
    for record in json.loads(json.dumps([edit_record(e) for e in clean(text).edits])):
        assert text[record["start"] : record["end"]] == record["original"]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_no_edits_is_the_identity(text):
    assert apply_edits(text, []) == text


@settings(max_examples=60, deadline=None)
@given(texts(), st.randoms(use_true_random=False))
def test_the_order_of_non_overlapping_edits_does_not_matter(text, random):
    edits = list(clean(text).edits)
    shuffled = random.sample(edits, len(edits))
    assert apply_edits(text, shuffled) == apply_edits(text, edits)


@settings(max_examples=60, deadline=None)
@given(texts())
def test_offsets_outside_edits_map_to_the_same_character(text):
    result = clean(text)
    edited = {i for e in result.edits for i in range(e.start, e.end)}
    for offset in range(0, len(text), max(1, len(text) // 50)):
        if offset not in edited:
            assert result.text[map_offset(offset, result.edits)] == text[offset]


@settings(max_examples=60, deadline=None)
@given(texts())
def test_findings_lie_inside_the_text_in_order(text):
    findings = detect(text)
    assert [(f.start, f.end) for f in findings] == sorted((f.start, f.end) for f in findings)
    assert all(text[f.start : f.end] == f.original for f in findings)


@settings(max_examples=60, deadline=None)
@given(texts())
def test_cleaning_is_idempotent(text):
    """Every rule, including those that weigh evidence a fix can add: cleaning runs to a fixed point."""
    once = clean(text).text
    assert clean(once).text == once


# Each text below changes again when its first pass's output is cleaned: a fix adds evidence (a Ukrainian
# place or person, a sibling town) that the evidence-weighing rules did not see in the first pass, so
# cleaning repeats the passes until one changes nothing.
EVIDENCE_ADDED_BY_A_FIX = [
    # Heday -> Haidai names a third Ukrainian, enough to question "eastern Uzbekistan"
    ("Kiev eastern Uzbekistan Serhiy Haidai Heday", "Kyiv eastern Ukraine Serhiy Haidai Haidai"),
    # Udonetsk -> Donetsk names the sibling town that resolves "Kramatorsk and Kramatorsk"
    (
        "Udonetsk Heday 烏東 Serhiy Haidai 烏東 . .” \t . .” Kramatorsk and Kramatorsk . .”",
        "Donetsk Haidai 烏東 Serhiy Haidai 烏東 . .” \t . .” Kramatorsk and Donetsk.”",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVIDENCE_ADDED_BY_A_FIX)
def test_cleaning_is_idempotent_when_fixes_add_evidence(text, expected):
    result = clean(text)
    assert result.text == expected
    assert clean(result.text).text == result.text
    check_result(text, result)


def test_a_fix_made_possible_by_another_explains_itself_with_offsets_in_the_input():
    text = "Strikes hit Kramatorsk and Kramatorsk overnight. Officials in Udonetsk said the sirens held."
    result = clean(text)
    assert result.text == text.replace("and Kramatorsk", "and Donetsk").replace("Udonetsk", "Donetsk")
    duplicate = next(e for e in result.edits if e.type == "duplicate")
    assert (duplicate.start, duplicate.original) == (text.rindex("Kramatorsk"), "Kramatorsk")
    assert "Donetsk is the only other city" in duplicate.reason
    assert not any(f.type == "duplicate" for f in result.skipped)  # settled, no longer reported
    check_result(text, result)


def test_text_outside_edits_is_byte_identical_with_crlf_bom_and_odd_whitespace():
    text = "\ufeffOfficials  in\u00a0Kiev said\r\n\r\n\tthe\u2009talks resume.\r\n"
    result = clean(text)
    assert result.text.encode("utf-8") == text.encode("utf-8").replace(b"Kiev", b"Kyiv")


def test_offsets_are_code_points_not_utf16_units():
    text = "👩‍👩‍👧 🇺🇦 𝔘 Officials in Kiev said."
    [edit] = clean(text).edits
    assert (edit.start, text[edit.start : edit.end]) == (text.index("Kiev"), "Kiev")


def test_map_offset_follows_length_changes():
    edits = [Edit(3, 8, "Udong", "eastern Ukraine", "abbreviation", "r", "why", 1.0)]
    assert [map_offset(o, edits) for o in (0, 5, 9)] == [0, 3, 9 + len("eastern Ukraine") - len("Udong")]


def test_cleaning_time_grows_linearly_with_mentions():
    """An archive block names the same entities thousands of times; no rule may compare every pair."""
    import time

    paragraph = "Officials in Kiev said. Heday met Serhiy Haidai in Luhansk and Lugansk. Belgium. .”\n\n"

    def seconds(repeats: int) -> float:
        started = time.perf_counter()
        clean(paragraph * repeats)
        return time.perf_counter() - started

    small, large = seconds(500), seconds(4000)
    assert large < 8 * 4 * small + 1.0  # 8x the text: linear ~8x, quadratic ~64x
