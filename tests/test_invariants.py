"""Offsets, replay and byte identity: what a user must be able to trust about every result."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import clean
from translit.apply import OverlappingEditsError, apply_edits, map_offset
from translit.edits import Edit

# Pieces that trigger rules, mixed with text that must survive untouched.
PIECES = [
    "Kiev", "Kyiv", "Udong", "Unan and Udong", "Udonetsk", "Lugansk", "Luhansk", "Ukraine",
    "Ukrainian", "eastern Uzbekistan", "Zelensky", "Volodymyr Zelenskyy", "Kramatorsk and Kramatorsk",
    "Sloviansk", ". .”", ",,", "\n\nRead more\n\n", " ", "\r\n", "\ufeff", "\t", "👩‍👩‍👧", "é", "e\u0301",
    "עברית", "乌克兰", "\x00", "said.", "chicken Kiev", "\u2028",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=25).map(" ".join)


def unchanged_gaps(original, edits):
    """The (original, cleaned) pairs of text between edits, which must be identical."""
    cursor = 0
    for edit in sorted(edits, key=lambda e: e.start):
        yield original[cursor : edit.start]
        cursor = edit.end
    yield original[cursor:]


@settings(max_examples=150, deadline=None)
@given(texts)
def test_replay_offsets_and_byte_identity(text):
    result = clean(text)
    assert apply_edits(text, result.edits) == result.text
    for edit in result.edits:
        assert 0 <= edit.start <= edit.end <= len(text)
        assert text[edit.start : edit.end] == edit.original
    rebuilt_gaps = list(unchanged_gaps(text, result.edits))
    position = 0
    for edit, gap in zip([*sorted(result.edits, key=lambda e: e.start), None], rebuilt_gaps):
        assert result.text[position : position + len(gap)] == gap
        position += len(gap) + (len(edit.replacement) if edit else 0)


@settings(max_examples=60, deadline=None)
@given(texts)
def test_edit_order_does_not_matter(text):
    edits = clean(text).edits
    assert apply_edits(text, reversed(edits)) == apply_edits(text, edits)


def test_text_outside_edits_is_byte_identical_with_crlf_bom_and_odd_whitespace():
    text = "\ufeffOfficials  in\u00a0Kiev said\r\n\r\n\tthe\u2009talks resume.\r\n"
    result = clean(text)
    assert result.text == text.replace("Kiev", "Kyiv")
    assert result.text.encode("utf-8") == text.encode("utf-8").replace(b"Kiev", b"Kyiv")


def test_offsets_are_code_points_not_utf16_units():
    text = "👩‍👩‍👧 🇺🇦 Officials in Kiev said."
    [edit] = clean(text).edits
    assert text[edit.start : edit.end] == "Kiev"
    assert edit.start == text.index("Kiev")


def test_overlapping_edits_are_refused():
    first = Edit(0, 4, "Kiev", "Kyiv", "house-style", "r", "why", 1.0)
    second = Edit(2, 6, "ev s", "x", "variant", "r", "why", 1.0)
    with pytest.raises(OverlappingEditsError):
        apply_edits("Kiev said", [first, second])


def test_an_edit_that_does_not_match_the_text_is_refused():
    with pytest.raises(ValueError, match="expects 'Kiev'"):
        apply_edits("Kyiv said", [Edit(0, 4, "Kiev", "Kyiv", "house-style", "r", "why", 1.0)])


def test_map_offset_follows_length_changes():
    edits = [Edit(3, 8, "Udong", "eastern Ukraine", "abbreviation", "r", "why", 1.0)]
    assert map_offset(0, edits) == 0
    assert map_offset(5, edits) == 3
    assert map_offset(9, edits) == 9 + len("eastern Ukraine") - len("Udong")
