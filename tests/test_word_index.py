"""The word-frequency table's index: every line of the table, read a slice at a time, in little memory."""

import pytest

from translit.gazetteer import words


def plainly_read(text: str) -> dict[str, str]:
    """The index as a loop over the table's lines makes it."""
    return dict(line.split("\t") for line in text[1:].splitlines())


@pytest.mark.parametrize("slice_characters", [1, 5, 12, 13, 40, 1 << 20])
def test_a_table_indexed_slice_by_slice_is_the_table_read_line_by_line(monkeypatch, slice_characters):
    text = "\nriver\t512\nbank\t498\nriverbank\t701\nford\t512\nwade\t689\nbanks\t498\n"
    monkeypatch.setattr(words, "INDEXED_CHARACTERS", slice_characters)
    assert words._index(text) == plainly_read(text)


def test_the_shipped_table_is_indexed_whole_with_one_string_per_distinct_value():
    text = words._text()
    index = words._index(text)
    assert index == plainly_read(text)
    assert len(index) > 300_000
    assert len({id(value) for value in index.values()}) == len(set(index.values())) < 1_000


def test_once_indexed_the_table_no_longer_keeps_its_text():
    table = words._FrequencyTable()
    searched = [table.get(word) for word in ["the", "river", "zzzqxj"] * words.SEARCHED_LOOKUPS]
    assert words._text.cache_info().currsize == 0
    assert searched[:3] == [table.get("the"), table.get("river"), None]
    assert searched[:3] == searched[-3:]
