"""The punctuation rule: slips of the MT pipeline that correct English never has."""

import pytest

from .tiny import proposals


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("The ministers met in Brussels. .”", " .”"),  # the quote closes nothing
        ("“We will rebuild the bridge. .”", " ."),  # the quote closes the opening one: kept
        ("The mayor said,, adding more.", ","),
        ("Talks resume on Monday.。", "。"),
        ("The plan was approved ,.", " ,"),
    ],
)
def test_slips_are_deleted(text, slip):
    assert proposals("punctuation", text) == [(slip, "")]


def test_a_chinese_full_stop_in_english_becomes_a_period():
    assert proposals("punctuation", "Talks resume on Monday。 Both agreed.") == [("。", ".")]


@pytest.mark.parametrize("text", ["He paused . . . and went on.", "It was cold.. and wet.", "Done."])
def test_ellipses_and_clean_text_are_left_alone(text):
    assert proposals("punctuation", text) == []
