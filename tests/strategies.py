"""Hypothesis strategies for text that breaks naive offset code, shared by the property and fuzz tests."""

from hypothesis import strategies as st

from tools.testkit import HARD, TRIGGERS

any_character_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
piece = st.sampled_from(TRIGGERS) | st.sampled_from(HARD) | any_character_text
long_line = st.builds(
    lambda p, n: p * n, st.sampled_from(["Kiev ", "a", "👩‍👩‍👧", "e\u0301"]), st.integers(500, 3000)
)
separator = st.sampled_from([" ", "", "\n", "\r\n", "\n\n"])


@st.composite
def texts(draw: st.DrawFn, max_pieces: int = 25) -> str:
    """Articles of trigger words, hard characters, random code points and sometimes a very long line."""
    parts = draw(st.lists(piece, max_size=max_pieces))
    if draw(st.integers(0, 9)) == 0:  # a tenth of the texts carry one very long line
        parts.insert(draw(st.integers(0, len(parts))), draw(long_line))
    return "".join(part + draw(separator) for part in parts)
