"""Composing two rounds of edits: hand-made cases for each rule, then the property that matters.

Whatever the edits, composing must equal applying one round after the other, with every offset in the
original text (``translit/compose.py`` states the rules).
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from translit.apply import apply_edits
from translit.compose import THEN, compose_edits
from translit.edits import Edit


def edit(text: str, start: int, end: int, replacement: str, reason: str = "why", score: float = 1.0) -> Edit:
    """An edit of ``text[start:end]``, typed by its reason so that merges are easy to read."""
    return Edit(start, end, text[start:end], replacement, f"type-{reason}", f"rule-{reason}", reason, score)


def spans(edits) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.original, e.replacement) for e in edits]


def compose_and_check(original: str, earlier: list[Edit], later: list[Edit]) -> tuple[Edit, ...]:
    """Compose, and check replay and offsets against applying the rounds one after the other."""
    intermediate = apply_edits(original, earlier)
    composed = compose_edits(original, earlier, later)
    assert apply_edits(original, composed) == apply_edits(intermediate, later)
    assert all(original[e.start : e.end] == e.original for e in composed)
    assert list(composed) == sorted(composed, key=lambda e: (e.start, e.end))
    return composed


TEXT = "Officials in Kiev said Heday met Serhiy Haidai."
KIEV = edit(TEXT, 13, 17, "Kyiv", "house style")  # same length
HEDAY = edit(TEXT, 23, 28, "Haidai", "variant")  # one longer: later offsets shift by one


def test_no_later_edits_keeps_the_earlier_ones():
    assert compose_and_check(TEXT, [HEDAY, KIEV], []) == (KIEV, HEDAY)


def test_no_earlier_edits_keeps_the_later_ones():
    assert compose_and_check(TEXT, [], [KIEV]) == (KIEV,)


def test_a_later_edit_apart_from_earlier_ones_moves_back_to_original_offsets():
    intermediate = apply_edits(TEXT, [KIEV, HEDAY])
    met = edit(intermediate, intermediate.index("met"), intermediate.index("met") + 3, "meets", "tense")
    composed = compose_and_check(TEXT, [KIEV, HEDAY], [met])
    assert spans(composed) == [
        (13, 17, "Kiev", "Kyiv"), (23, 28, "Heday", "Haidai"), (29, 32, "met", "meets")
    ]  # fmt: skip
    assert composed[2].reason == "tense"  # moved, not merged


def test_a_later_edit_touching_a_replacement_is_merged():
    intermediate = apply_edits(TEXT, [KIEV])
    said = edit(intermediate, 18, 22, "says", "tense", score=0.8)  # "Kyiv" ends at 17: not touching
    comma = edit(intermediate, 17, 17, ",", "punctuation", score=0.75)  # right after "Kyiv"
    composed = compose_and_check(TEXT, [KIEV], [comma, said])
    assert spans(composed) == [(13, 17, "Kiev", "Kyiv,"), (18, 22, "said", "says")]
    merged = composed[0]
    assert (merged.type, merged.rule, merged.score) == ("type-punctuation", "rule-punctuation", 0.75)
    assert merged.reason == f"house style{THEN}punctuation"


def test_a_later_edit_ending_where_a_replacement_starts_is_merged():
    intermediate = apply_edits(TEXT, [KIEV])
    composed = compose_and_check(TEXT, [KIEV], [edit(intermediate, 10, 13, "at ", "preposition")])
    assert spans(composed) == [(10, 17, "in Kiev", "at Kyiv")]


def test_a_later_edit_overlapping_a_replacement_takes_the_union_of_the_spans():
    intermediate = apply_edits(TEXT, [HEDAY])  # "... said Haidai met ..."
    start = intermediate.index("dai met")
    composed = compose_and_check(TEXT, [HEDAY], [edit(intermediate, start, start + 7, "dai greeted")])
    assert spans(composed) == [(23, 32, "Heday met", "Haidai greeted")]


def test_a_later_edit_inside_a_replacement_is_merged_over_the_earlier_span():
    original = "Shelling resumed in Udong overnight."
    udong = edit(original, 20, 25, "eastern Uzbekistan", "abbreviation", score=0.9)
    intermediate = apply_edits(original, [udong])
    start = intermediate.index("Uzbekistan")
    fix = edit(intermediate, start, start + 10, "Ukraine", "confusable", score=0.87)
    [merged] = compose_and_check(original, [udong], [fix])
    assert spans([merged]) == [(20, 25, "Udong", "eastern Ukraine")]
    assert (merged.type, merged.score, merged.reason) == (
        "type-confusable",
        0.87,
        f"abbreviation{THEN}confusable",
    )


def test_a_later_edit_spanning_several_replacements_merges_them_all():
    original = "a Kiev b Kiev c"
    earlier = [
        edit(original, 2, 6, "Kyiv", "one", score=0.9),
        edit(original, 9, 13, "Kyiv", "two", score=0.8),
    ]
    intermediate = apply_edits(original, earlier)
    composed = compose_and_check(original, earlier, [edit(intermediate, 4, 11, "ev . Ky", "three")])
    assert spans(composed) == [(2, 13, "Kiev b Kiev", "Kyev . Kyiv")]
    assert (composed[0].reason, composed[0].score) == (f"one; two{THEN}three", 0.8)


def test_two_later_edits_on_one_replacement_become_one_edit():
    original = "in Udong now"
    udong = edit(original, 3, 8, "eastern Ukraine", "abbreviation", score=0.9)
    intermediate = apply_edits(original, [udong])  # "in eastern Ukraine now"
    first, second = edit(intermediate, 3, 4, "E", "capital"), edit(intermediate, 18, 18, ",", "comma", 0.7)
    [merged] = compose_and_check(original, [udong], [first, second])
    assert spans([merged]) == [(3, 8, "Udong", "Eastern Ukraine,")]
    assert (merged.reason, merged.type, merged.score) == (
        f"abbreviation{THEN}capital; comma",
        "type-capital",
        0.7,
    )


def test_an_insertion_apart_from_replacements_is_moved():
    original = "Kiev said"
    intermediate = apply_edits(original, [edit(original, 0, 4, "Kyiv")])
    composed = compose_and_check(original, [edit(original, 0, 4, "Kyiv")], [edit(intermediate, 9, 9, ".")])
    assert spans(composed) == [(0, 4, "Kiev", "Kyiv"), (9, 9, "", ".")]


def test_an_earlier_insertion_merges_with_a_later_edit_of_the_inserted_text():
    original = "said that"
    comma = edit(original, 4, 4, ",")
    intermediate = apply_edits(original, [comma])  # "said, that"
    composed = compose_and_check(original, [comma], [edit(intermediate, 4, 5, ";")])
    assert spans(composed) == [(4, 4, "", ";")]


def test_an_earlier_deletion_merges_with_a_later_edit_across_its_point():
    original = "Read more Kiev said"
    boilerplate = edit(original, 0, 10, "", "boilerplate")
    intermediate = apply_edits(original, [boilerplate])  # "Kiev said"
    composed = compose_and_check(original, [boilerplate], [edit(intermediate, 0, 4, "Kyiv", "house style")])
    assert spans(composed) == [(0, 14, "Read more Kiev", "Kyiv")]


def test_a_later_edit_that_undoes_an_earlier_one_leaves_no_edit():
    original = "Kiev said"
    earlier = [edit(original, 0, 4, "Kyiv")]
    intermediate = apply_edits(original, earlier)
    assert compose_and_check(original, earlier, [edit(intermediate, 0, 4, "Kiev")]) == ()


def test_a_later_deletion_of_inserted_text_leaves_no_edit():
    original = "said that"
    comma = edit(original, 4, 4, ",")
    assert compose_and_check(original, [comma], [edit("said, that", 4, 5, "")]) == ()


def test_offsets_are_code_points_around_astral_characters():
    original = "👩‍👩‍👧 𝔘 Kiev 🇺🇦 Heday"
    kiev = original.index("Kiev")
    earlier = [edit(original, kiev, kiev + 4, "Kyiv 𝔘𝔘")]  # the replacement itself is astral
    intermediate = apply_edits(original, earlier)
    heday = intermediate.index("Heday")
    later = [edit(intermediate, heday, heday + 5, "Haidai"), edit(intermediate, kiev + 5, kiev + 6, "")]
    composed = compose_and_check(original, earlier, later)
    assert spans(composed) == [
        (kiev, kiev + 4, "Kiev", "Kyiv 𝔘"), (original.index("Heday"), len(original), "Heday", "Haidai")
    ]  # fmt: skip


# -- The property: composing equals applying one round after the other, for any edits -----------------

ALPHABET = "ab ,.\n\r" + "é\u0301" + "𝔘😀🇺🇦" + "烏"
small_text = st.text(alphabet=ALPHABET, max_size=6)


@st.composite
def rounds_of_edits(draw: st.DrawFn, text: str) -> list[Edit]:
    """Non-overlapping edits of ``text``: adjacent ones, insertions, deletions and equal-text ones."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = []
    for number, (start, end) in enumerate(zip(cuts[::2], cuts[1::2])):
        score = draw(st.sampled_from([0.7, 0.8, 0.9, 1.0]))
        edits.append(edit(text, start, end, draw(small_text), f"r{number}", score))
    return edits


@st.composite
def texts_and_rounds(draw: st.DrawFn, rounds: int) -> tuple[str, list[list[Edit]]]:
    original = draw(st.text(alphabet=ALPHABET, max_size=30))
    all_rounds, current = [], original
    for _ in range(rounds):
        edits = draw(rounds_of_edits(current))
        all_rounds.append(edits)
        current = apply_edits(current, edits)
    return original, all_rounds


@settings(max_examples=300, deadline=None)
@given(texts_and_rounds(2))
def test_composing_two_rounds_equals_applying_them_in_turn(case):
    original, (earlier, later) = case
    composed = compose_and_check(original, earlier, later)
    pieces = [(e.start, e.end) for e in composed]
    assert all(end <= start for (_, end), (start, _) in zip(pieces, pieces[1:]))  # never overlapping


@settings(max_examples=200, deadline=None)
@given(texts_and_rounds(3))
def test_composing_round_by_round_equals_applying_every_round(case):
    original, rounds = case
    composed: tuple[Edit, ...] = ()
    current = original
    for edits in rounds:
        composed = compose_edits(original, composed, edits)
        current = apply_edits(current, edits)
    assert apply_edits(original, composed) == current
    assert all(original[e.start : e.end] == e.original for e in composed)


@settings(max_examples=200, deadline=None)
@given(texts_and_rounds(2))
def test_edits_no_later_edit_touches_are_kept_as_they_are(case):
    original, (earlier, later) = case
    composed = set(compose_edits(original, earlier, later))
    intermediate_spans = []
    shift = 0
    for e in sorted(earlier, key=lambda e: (e.start, e.end)):
        intermediate_spans.append((e, e.start + shift, e.start + shift + len(e.replacement)))
        shift += len(e.replacement) - (e.end - e.start)
    for e, start, end in intermediate_spans:
        if not any(other.start <= end and start <= other.end for other in later):
            assert e in composed
