"""The ASCII fast path of translit.names.spans reads the lower-case word after a name as the general
pattern does, on texts built to put short lower-case words beside letters, digits and marks."""

from hypothesis import given, settings
from hypothesis import strategies as st

from translit.names.spans import (
    _ASCII_LOWER_CASE_WORD,
    _LOWER_CASE_WORD,
    lower_case_follows,
    lower_case_syllables_after,
    lower_case_word_after,
    may_go_on_after,
)

PIECES = ("Ko Wen", "je", "in", "abcdefg", "x", "A", "3", "_", "'", "-", "hye-soo", "wen's", "é")
SEPARATORS = (" ", "  ", "", ".", "\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=10))
def test_the_ascii_pattern_matches_as_the_general_one_in_an_ascii_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + separator for piece, separator in parts).replace("é", "e")
    for end in range(len(text)):
        fast, general = _ASCII_LOWER_CASE_WORD.match(text, end), _LOWER_CASE_WORD.match(text, end)
        assert (fast and fast.span(1)) == (general and general.span(1))


def test_lower_case_syllables_go_on_after_a_stray_hyphen_and_before_a_possessive():
    text = "Ma Ying -jeou's office and Ko Wen je's aides met Ko -who else- today."
    ma, ko = text.index(" -jeou"), text.index(" je's")
    assert lower_case_follows(text, ma) and text[: lower_case_syllables_after(text, ma)].endswith("-jeou")
    assert text[: lower_case_syllables_after(text, ko)].endswith(" je")
    assert lower_case_syllables_after(text, text.index(" -who")) == text.index(" -who")  # English


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=10))
def test_a_word_may_go_on_after_a_run_exactly_where_either_reading_adds_it(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(piece + separator for piece, separator in parts)
    for end in range(len(text)):
        adds = lower_case_syllables_after(text, end) > end or lower_case_word_after(text, end) > 0
        assert may_go_on_after(text, end) == adds


def test_an_english_word_after_a_run_goes_on_in_no_name():
    text = "Ko Wen je met Moon Jae in Seoul; the United States said so."
    assert may_go_on_after(text, text.index(" je"))  # a syllable no English word
    assert may_go_on_after(text, text.index(" in"))  # English, but a syllable: "Moon Jae in"
    assert not may_go_on_after(text, text.index(" said"))
