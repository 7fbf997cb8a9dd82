"""The gates on the document's capitalized runs and words (issue #18) skip only texts where the pattern they stand
for matches nowhere: each gate is compared, on texts built to put the patterns' words beside hyphens,
apostrophes, letters and marks, with a plain scan of the pattern."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.tiny import GAZETTEER, document
from translit.rules import abbreviation, back_reference, pair

TABLE = GAZETTEER.abbreviations
PAIR_WORDS = tuple(TABLE.pair_words)
SPELLINGS = tuple(TABLE.romanized_pairs)
PIECES = (
    *PAIR_WORDS, *SPELLINGS, "U", "Wu", "dong", "Dong", "DONG", "nan", "Xi", "South", "Korea", "x", "é",
    "\u0301", "²", "2", "_", "Udong", "Wu-nan", "Meizhong", "iPhone", "ÉU", "Ü", "Udonetsk", "donetsk",
    "Wukramatorsk", "Utashkent", "Ukraine", "Uluhansk", "Ukyiv", "Udon", "etsk",
)  # fmt: skip
SEPARATORS = ("", " ", "-", "'", "’", "‐", ".", ",", "\n")


def texts() -> st.SearchStrategy[str]:
    part = st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS))
    return st.lists(part, max_size=12).map(lambda parts: "".join(p + s for p, s in parts))


@settings(max_examples=500, deadline=None)
@given(texts())
def test_a_pair_gate_skips_only_texts_without_a_match(text: str) -> None:
    doc = document(text)
    if pair._written_nowhere(doc, pair._words_of(SPELLINGS)):
        assert pair._word_pattern(SPELLINGS).search(text) is None
    if pair._written_nowhere(doc, pair._hyphen_joined(PAIR_WORDS)):
        assert pair._pair_pattern(PAIR_WORDS).search(text) is None


@settings(max_examples=500, deadline=None)
@given(texts())
def test_the_direction_compound_gate_skips_only_texts_without_a_match(text: str) -> None:
    [single] = [a for a in TABLE.singles if a.romanizations]
    pattern = TABLE.direction_compound(single)
    assert pattern is not None and abbreviation._is_gateable(single.romanizations)
    if not pattern.search(document(text).capitalized_text):
        assert pattern.search(text) is None


@settings(max_examples=500, deadline=None)
@given(texts())
def test_the_fused_name_gate_changes_no_finding(text: str) -> None:
    [single] = [a for a in TABLE.singles if a.romanizations]
    doc = document(text)
    gated = list(abbreviation._fused_place_names(doc, single))
    with patch.object(abbreviation, "_is_gateable", return_value=False):
        assert list(abbreviation._fused_place_names(doc, single)) == gated


def test_the_gates_apply_to_the_tiny_table_and_let_a_match_through() -> None:
    """So that the comparisons above compare gates, not nothing."""
    assert pair._words_of(SPELLINGS) is not None and pair._hyphen_joined(PAIR_WORDS) is not None
    text = f"Talks on {PAIR_WORDS[0]}-{PAIR_WORDS[-1]} ties and {SPELLINGS[0]} relations, as in Udong."
    doc = document(text)
    assert not pair._written_nowhere(doc, pair._words_of(SPELLINGS))
    assert not pair._written_nowhere(doc, pair._hyphen_joined(PAIR_WORDS))
    assert pair._written_nowhere(document("No pair here."), pair._hyphen_joined(PAIR_WORDS))
    [single] = [a for a in TABLE.singles if a.romanizations]
    assert [f.original for f in abbreviation._fused_place_names(document(text + " Udonetsk."), single)] == [
        "Udonetsk"
    ]


LONE_SPELLINGS = ("Cai", "Tsai", "Ing-wen", "Yun", "Lee")


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from((*PIECES, *LONE_SPELLINGS)), st.sampled_from(SEPARATORS)), max_size=12)
)
def test_the_back_reference_gate_skips_only_texts_without_a_match(parts: list[tuple[str, str]]) -> None:
    text = "".join(p + s for p, s in parts)
    if back_reference._written_nowhere(document(text), LONE_SPELLINGS):
        assert back_reference._words_pattern(LONE_SPELLINGS).search(text) is None


def test_the_back_reference_gate_lets_a_match_through() -> None:
    """So that the comparison above compares a gate, not nothing."""
    assert not back_reference._written_nowhere(document("Mr. Cai_ said so."), LONE_SPELLINGS)
    assert not back_reference._written_nowhere(document("As Tsai's aide said."), LONE_SPELLINGS)
    assert back_reference._written_nowhere(document("Tsaiing said so."), LONE_SPELLINGS)
    assert not back_reference._written_nowhere(document("Ch'en said so."), ("Ch'en",))
