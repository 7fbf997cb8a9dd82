"""Hypothesis strategies for text that breaks naive offset code, shared by the property and fuzz tests."""

from hypothesis import strategies as st

#: Pieces that trigger every rule, mixed with text that must survive untouched.
TRIGGERS = [
    "Kiev", "Kyiv", "Udong", "Unan and Udong", "Udonetsk", "Lugansk", "Luhansk", "Ukraine", "Ukrainian",
    "eastern Uzbekistan", "Zelensky", "Volodymyr Zelenskyy", "Kramatorsk and Kramatorsk", "Sloviansk",
    "Serhiy Haidai", "Heday", ". .”", ",,", "\n\nRead more\n\n", "Advertisement", "chicken Kiev", "said.",
]  # fmt: skip
#: Characters and sequences where code points, UTF-16 units, bytes and graphemes disagree.
HARD = [
    "\r\n", "\r", "\n\n", "\ufeff", "\x00", "\t", "\u00a0", "\u2028", "\u2029", "\u200b", "\u200d",
    "👩‍👩‍👧", "🇺🇦", "👍🏽", "𝔘𝔡𝔬𝔫𝔤", "\U0002a6a5", "e\u0301", "К\u0301иев", "עברית", "العربية", "\u202eKiev\u202c",  # noqa: E501
    "乌克兰", "烏東", "Ｋｉｅｖ", "Ǆ", "ß", "İ",
]  # fmt: skip

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
