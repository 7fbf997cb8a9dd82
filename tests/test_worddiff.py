"""The word diff: changed words marked in the lines that change, from the edits of a real clean."""

import pytest

import translit
from translit.edits import Edit
from translit.worddiff import word_diff

ARTICLE = (
    "Front line\n"
    "Shelling resumed in Udong overnight, officials in Kiev said.\n"
    "\n"
    "Read more\n"
    "\n"
    "Heavy fighting continued in Lugansk, the governor of Luhansk region said.\n"
)


def _edit(start: int, end: int, original: str, replacement: str) -> Edit:
    return Edit(start, end, original, replacement, "variant", "rule", "why", 1.0)


def test_changed_words_are_marked_in_their_lines():
    result = translit.clean(ARTICLE)
    diff = word_diff("news/a.txt", ARTICLE, result.edits)
    assert diff.splitlines() == [
        "--- a/news/a.txt",
        "+++ b/news/a.txt",
        "@@ -2 +2 @@",
        "Shelling resumed in [-Udong-]{+eastern Ukraine+} overnight, officials in [-Kiev-]{+Kyiv+} said.",
        "@@ -4 +4 @@",
        "[-Read more",
        "",
        "-]",
        "@@ -6 +4 @@",
        "Heavy fighting continued in [-Lugansk-]{+Luhansk+}, the governor of Luhansk region said.",
    ]


def test_colour_marks_old_red_and_new_green():
    diff = word_diff("a", "In Kiev.", [_edit(3, 7, "Kiev", "Kyiv")], colour=True)
    assert diff.endswith("In \x1b[31mKiev\x1b[m\x1b[32mKyiv\x1b[m.\n")


def test_an_edit_inside_a_word_shows_the_word():
    diff = word_diff("a", "Talks in Lugansk.", [_edit(11, 12, "g", "h")])
    assert diff.endswith("Talks in [-Lugansk-]{+Luhansk+}.\n")


def test_edits_sharing_a_word_are_one_change():
    diff = word_diff("a", "abc def", [_edit(0, 1, "a", "x"), _edit(2, 3, "c", "z")])
    assert diff.endswith("[-abc-]{+xbz+} def\n")


@pytest.mark.parametrize("break_", ["\r", "\r\n", "\n"])
def test_lines_are_numbered_by_any_line_break(break_):
    text = break_.join(["One", "Two", "Talks in Kiev.", "Four"])
    diff = word_diff("a", text, [_edit(text.index("Kiev"), text.index("Kiev") + 4, "Kiev", "Kyiv")])
    assert diff.splitlines()[2:] == ["@@ -3 +3 @@", "Talks in [-Kiev-]{+Kyiv+}."]


def test_nothing_changed_is_no_diff():
    assert word_diff("a", "Officials in Kyiv said so.", []) == ""
