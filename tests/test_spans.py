"""The ASCII fast path of translit.names.spans reads the lower-case word after a name as the general
pattern does, on texts built to put short lower-case words beside letters, digits and marks."""

from hypothesis import given, settings
from hypothesis import strategies as st

from translit.names.spans import _ASCII_LOWER_CASE_WORD, _LOWER_CASE_WORD

PIECES = ("Ko Wen", "je", "in", "abcdefg", "x", "A", "3", "_", "'", "-", "hye-soo", "wen's", "é")
SEPARATORS = (" ", "  ", "", ".", "\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=10))
def test_the_ascii_pattern_matches_as_the_general_one_in_an_ascii_text(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + separator for piece, separator in parts).replace("é", "e")
    for end in range(len(text)):
        fast, general = _ASCII_LOWER_CASE_WORD.match(text, end), _LOWER_CASE_WORD.match(text, end)
        assert (fast and fast.span(1)) == (general and general.span(1))
