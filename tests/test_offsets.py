"""The offset map: hand-made cases for its rules, then properties against applying the edits and against
a naive reference that walks every edit (``translit/offsets.py`` states the rules).
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.apply import apply_edits
from translit.edits import Edit
from translit.offsets import OffsetMap, OverlappingEditsError, in_replay_order


def edit(text: str, start: int, end: int, replacement: str) -> Edit:
    return Edit(start, end, text[start:end], replacement, "type", "rule", "why", 1.0)


TEXT = "Read more. Heday met Kramatorsk."
DELETION = edit(TEXT, 0, 11, "")  # the output is 11 shorter from here on
LONGER = edit(TEXT, 11, 16, "Haidai")  # then one longer
INSERTION = edit(TEXT, 31, 31, ",")
OFFSETS = OffsetMap([INSERTION, LONGER, DELETION])  # any order: the map replays them sorted
OUTPUT = apply_edits(TEXT, [DELETION, LONGER, INSERTION])  # "Haidai met Kramatorsk,."


def test_the_edits_are_kept_in_replay_order():
    assert OFFSETS.edits == (DELETION, LONGER, INSERTION)


def test_input_offsets_outside_edits_keep_their_character():
    met = TEXT.index("met")
    assert OUTPUT[OFFSETS.to_output(met) :].startswith("met")
    assert OFFSETS.to_output(len(TEXT)) == len(OUTPUT)


def test_an_input_offset_inside_an_edited_span_maps_to_the_start_of_its_replacement():
    assert [OFFSETS.to_output(offset) for offset in (0, 5, 11, 13)] == [0, 0, 0, 0]  # "Haidai" starts at 0


def test_an_input_offset_at_an_insertion_maps_past_the_inserted_text():
    assert OUTPUT[OFFSETS.to_output(31)] == "."


def test_output_offsets_map_back_by_the_mirror_rule():
    assert OFFSETS.to_input(OUTPUT.index("met")) == TEXT.index("met")
    assert OFFSETS.to_input(3) == 11  # inside "Haidai": the start of "Heday"
    assert OFFSETS.to_input(OUTPUT.index(",")) == 31  # the inserted comma came from its insertion point
    assert OFFSETS.to_input(OUTPUT.index(".")) == 31  # and the full stop after it from there too


def test_each_replacement_has_its_output_span():
    assert [OFFSETS.output_span(i) for i in range(3)] == [(0, 0), (0, 6), (21, 22)]


def test_touching_replacements_include_those_sharing_an_end_point():
    assert OFFSETS.replacements_touching(6, 10) == range(1, 2)  # " met" starts where "Haidai" ends
    assert OFFSETS.replacements_touching(7, 10) == range(2, 2)  # none: two replacements come before


def test_written_text_is_overlapped_by_spans_that_share_characters_or_sit_on_a_deletion():
    assert OFFSETS.overlaps_written_text(5, 8)  # shares the "i" of "Haidai"
    assert not OFFSETS.overlaps_written_text(6, 10)  # only touches it
    assert OFFSETS.overlaps_written_text(0, 0)  # an empty span where "Read more. " was deleted
    assert not OFFSETS.overlaps_written_text(21, 21)  # an empty span right before the inserted comma
    assert OFFSETS.overlaps_written_text(3, 3)  # an empty span inside "Haidai"


def test_overlapping_edits_are_refused():
    with pytest.raises(OverlappingEditsError, match="edit at 2-6 overlaps"):
        OffsetMap([edit("Kiev said", 0, 4, "Kyiv"), edit("Kiev said", 2, 6, "x")])


def test_insertions_at_one_offset_keep_their_order():
    first, second = edit("ab", 1, 1, "x"), edit("ab", 1, 1, "y")
    assert in_replay_order([second, first]) == (second, first)
    assert OffsetMap([second, first]).output_span(1) == (2, 3)


def test_no_edits_map_every_offset_to_itself():
    offsets = OffsetMap([])
    assert (offsets.to_output(3), offsets.to_input(3), offsets.overlaps_written_text(0, 3)) == (3, 3, False)
    assert offsets.replacements_touching(0, 3) == range(0, 0)


# -- A naive reference: walk every edit, as offset code did before the map ------------------------------


def reference_spans(edits: list[Edit]) -> list[tuple[Edit, int, int]]:
    """Each edit, in replay order, with its replacement's span in the output."""
    spans, growth = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        spans.append((e, e.start + growth, e.start + growth + len(e.replacement)))
        growth += len(e.replacement) - (e.end - e.start)
    return spans


def reference_to_output(offset: int, edits: list[Edit]) -> int:
    growth = 0
    for e, output_start, _ in reference_spans(edits):
        if e.start <= offset < e.end:
            return output_start
        if e.end <= offset:
            growth += len(e.replacement) - (e.end - e.start)
    return offset + growth


def reference_to_input(offset: int, edits: list[Edit]) -> int:
    growth = 0
    for e, output_start, output_end in reference_spans(edits):
        if output_start <= offset < output_end:
            return e.start
        if output_end <= offset:
            growth += len(e.replacement) - (e.end - e.start)
    return offset - growth


def reference_overlaps(start: int, end: int, edits: list[Edit]) -> bool:
    for _, written_start, written_end in reference_spans(edits):
        if written_start == written_end:  # a deletion is a point
            if start < written_start < end or start == end == written_start:
                return True
        elif start == end:
            if written_start < start < written_end:
                return True
        elif written_start < end and start < written_end:
            return True
    return False


def reference_touching(start: int, end: int, edits: list[Edit]) -> list[int]:
    spans = reference_spans(edits)
    return [i for i, (_, s, e) in enumerate(spans) if s <= end and start <= e]


ALPHABET = "ab ,." + "é\u0301" + "𝔘😀🇺🇦" + "烏"


@st.composite
def texts_and_edits(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    """A text and non-overlapping edits of it: adjacent ones, insertions, deletions, unchanged ones."""
    text = draw(st.text(alphabet=ALPHABET, max_size=20))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=10)))
    edits = [
        edit(text, start, end, draw(st.text(alphabet=ALPHABET, max_size=5)))
        for start, end in zip(cuts[::2], cuts[1::2])
    ]
    return text, draw(st.permutations(edits))


def inside_an_edit(offset: int, edits: list[Edit]) -> bool:
    return any(e.start <= offset < e.end for e in edits)


@settings(max_examples=200, deadline=None)
@given(texts_and_edits())
def test_input_offsets_outside_edits_keep_their_character_and_map_back(case):
    text, edits = case
    offsets, output = OffsetMap(edits), apply_edits(text, edits)
    for offset in range(len(text) + 1):
        if not inside_an_edit(offset, edits):
            assert output[offsets.to_output(offset) :][:1] == text[offset : offset + 1]
            assert offsets.to_input(offsets.to_output(offset)) == offset


@settings(max_examples=200, deadline=None)
@given(texts_and_edits())
def test_output_offsets_outside_replacements_map_there_and_back(case):
    text, edits = case
    offsets, output = OffsetMap(edits), apply_edits(text, edits)
    written = {i for index in range(len(edits)) for i in range(*offsets.output_span(index))}
    for offset in range(len(output) + 1):
        if offset not in written:
            assert text[offsets.to_input(offset) :][:1] == output[offset : offset + 1]
            assert offsets.to_output(offsets.to_input(offset)) == offset


@settings(max_examples=200, deadline=None)
@given(texts_and_edits())
def test_output_spans_hold_what_apply_edits_writes_and_the_text_between_is_the_input(case):
    text, edits = case
    offsets, output = OffsetMap(edits), apply_edits(text, edits)
    cursor_in = cursor_out = 0
    for index, e in enumerate(offsets.edits):
        start, end = offsets.output_span(index)
        assert output[cursor_out:start] == text[cursor_in : e.start]
        assert output[start:end] == e.replacement
        cursor_in, cursor_out = e.end, end
    assert output[cursor_out:] == text[cursor_in:]


@settings(max_examples=200, deadline=None)
@given(texts_and_edits(), st.data())
def test_every_query_agrees_with_the_naive_reference(case, data):
    text, edits = case
    offsets, output = OffsetMap(edits), apply_edits(text, edits)
    for offset in range(len(text) + 1):
        assert offsets.to_output(offset) == reference_to_output(offset, edits)
    for offset in range(len(output) + 1):
        assert offsets.to_input(offset) == reference_to_input(offset, edits)
    expected_spans = [(s, e) for _, s, e in reference_spans(edits)]
    assert [offsets.output_span(i) for i in range(len(edits))] == expected_spans
    for _ in range(10):
        start = data.draw(st.integers(0, len(output)))
        end = data.draw(st.integers(start, len(output)))
        assert offsets.overlaps_written_text(start, end) == reference_overlaps(start, end, edits)
        touching = offsets.replacements_touching(start, end)
        assert list(touching) == reference_touching(start, end, edits)
        assert touching.start == sum(1 for _, _, written_end in reference_spans(edits) if written_end < start)
