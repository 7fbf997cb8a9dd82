"""The shipped pinyin table is pypinyin's reading of exactly the strings the built-in tables ask about, so
a gazetteer built from it is the gazetteer pypinyin would give."""

from tools.build_pinyin_table import readings
from translit.gazetteer import pinyin
from translit.gazetteer.gazetteer import Gazetteer
from translit.gazetteer.keys import pinyin_strings
from translit.gazetteer.paths import builtin_glossary_folder
from translit.gazetteer.pinyin import read_syllables, shipped_syllables, syllables

REBUILD = "rebuild it: python -m tools.build_pinyin_table"


def test_the_shipped_table_is_up_to_date_with_the_tables_and_pypinyin():
    shipped, wanted = shipped_syllables(), readings(builtin_glossary_folder())
    assert not wanted.keys() - shipped.keys(), f"strings missing from the table; {REBUILD}"
    assert not shipped.keys() - wanted.keys(), f"strings no table asks about any more; {REBUILD}"
    different = [s for s in wanted if shipped[s] != wanted[s]]
    assert not different, (
        f"{len(different)} readings differ from pypinyin's, e.g. {different[0]!r}; {REBUILD}"
    )


def test_a_string_outside_the_table_is_read_by_pypinyin():
    assert "女王星" not in shipped_syllables()
    assert syllables("女王星") == read_syllables("女王星") == ("nu", "wang", "xing")  # ü written u
    assert read_syllables("王x") == ()  # a character without a reading: no syllables at all


def test_the_strings_of_a_name_are_the_whole_name_and_its_parts():
    assert pinyin_strings("弗拉基米爾·普京") == ("弗拉基米爾普京", "弗拉基米爾", "普京")
    assert pinyin_strings("台北") == ("台北", "台北")


def test_building_the_builtin_gazetteer_asks_pypinyin_nothing(monkeypatch):
    def unexpected(chinese):
        raise AssertionError(f"{chinese!r} read by pypinyin: it is missing from the shipped table")

    monkeypatch.setattr(pinyin, "read_syllables", unexpected)
    syllables.cache_clear()
    try:
        assert Gazetteer.load(builtin_glossary_folder()).keys
    finally:
        syllables.cache_clear()  # none of the other tests meets what this one read
