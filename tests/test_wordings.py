"""Wording patterns (glossaries' ``literal`` column): families of literal renderings stated once."""

import pytest

from translit.errors import GlossaryError
from translit.gazetteer.loader import read_entries
from translit.gazetteer.wordings import MAX_WORDINGS, WordingError, expand, needs_context

HEADER = "id\tcanonical\ttype\tliteral\n"


def test_choices_and_options_expand_to_every_wording():
    assert expand("{US/American} {Association/Institute} in Taiwan") == (
        "US Association in Taiwan",
        "US Institute in Taiwan",
        "American Association in Taiwan",
        "American Institute in Taiwan",
    )
    assert expand("Taiwan [People's] Party") == ("Taiwan People's Party", "Taiwan Party")
    assert expand("Lifa{ /}Yuan") == ("Lifa Yuan", "LifaYuan")


def test_nesting_collapses_spaces_and_drops_repeats():
    assert expand("{Central {News/Communication}/Zhongyang} Society") == (
        "Central News Society",
        "Central Communication Society",
        "Zhongyang Society",
    )
    assert expand("x [y [z]]") == ("x y z", "x y", "x")
    assert expand("{a/a} b") == ("a b",)


def test_a_context_mark_is_read_and_not_part_of_the_wording():
    assert needs_context("~Taiwan Association") and not needs_context("Taiwan Association")
    assert expand("~Taiwan Association") == ("Taiwan Association",)


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("a]b", "unmatched ']'"),
        ("{a/b", "never closed"),
        ("[x", "never closed"),
        ("[x]", "empty wording"),
        ("{a/b/c/d}" * 5, "more than"),
    ],
)
def test_a_pattern_that_cannot_be_read_is_an_error(pattern, message):
    with pytest.raises(WordingError, match=message):
        expand(pattern)
    assert MAX_WORDINGS < 4**5


def test_the_loader_names_the_file_and_line_of_a_bad_pattern(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(
        HEADER + "a\tA Times\torganization\tFreedom Times\nb\tB Times\torganization\t{Free/Times\n"
    )
    with pytest.raises(GlossaryError, match=r"mine.tsv:3: literal: .*never closed"):
        read_entries(path)


def test_an_entry_knows_its_literal_wordings(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + "liberty\tLiberty Times\torganization\t{Freedom/Ziyou} Times|~Free Times\n")
    [entry] = read_entries(path)
    assert entry.literal_wordings() == ("Freedom Times", "Ziyou Times", "Free Times")
    assert (
        entry.forms()["Freedom Times"].value == "literal"
        and entry.forms()["Liberty Times"].value == "canonical"
    )
