"""Where a name stands: the capitalized words around a span that are part of a longer name, and those
that are not (translit.rules.context.is_inside_longer_name)."""

import pytest

from translit.rules.context import is_inside_longer_name


def inside(text: str, name: str) -> bool:
    start = text.index(name)
    return is_inside_longer_name(text, start, start + len(name))


@pytest.mark.parametrize(
    "text",
    [
        "TPP Chairman Huang Guochang said so.",
        "TPP Huang Guochang said so.",
        "Taiwan's Huang Guochang said so.",
        "Deputy Secretary-General Huang Guochang said so.",
        "Former Huang Guochang aide said so.",
        "Magistrate Huang Guochang said so.",
        "Huang Guochang Slams Budget",
    ],
)
def test_titles_acronyms_possessives_and_english_words_are_no_part_of_a_name(text):
    assert not inside(text, "Huang Guochang")


@pytest.mark.parametrize(
    "text", ["Zhang Baigong, a farmer, spoke.", "Li Meizhong played.", "Ouyang Baigong spoke."]
)
def test_a_romanized_syllable_or_a_rare_word_before_may_be(text):
    assert inside(text, text.split()[1].rstrip(","))
