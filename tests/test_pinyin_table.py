"""The shipped pinyin table is pypinyin's reading of exactly the strings the built-in tables ask about (for
their keys and their names index), so a gazetteer built from it is the gazetteer pypinyin would give."""

from tools.build_pinyin_table import readings
from translit.gazetteer import pinyin
from translit.gazetteer.gazetteer import Gazetteer
from translit.gazetteer.keys import pinyin_strings
from translit.gazetteer.paths import builtin_glossary_folder
from translit.gazetteer.pinyin import pinyin_syllables, read_syllables, shipped_syllables, syllables

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
    assert pinyin_syllables("女王星") == read_syllables("女王星") == ("nü", "wang", "xing")
    assert syllables("女王星") == ("nu", "wang", "xing")  # ü written as MT writes it
    assert read_syllables("王x") == ()  # a character without a reading: no syllables at all


def test_the_strings_of_a_name_are_the_whole_name_and_its_parts():
    assert pinyin_strings("弗拉基米爾·普京") == ("弗拉基米爾普京", "弗拉基米爾", "普京")
    assert pinyin_strings("台北") == ("台北", "台北")


def test_the_table_keeps_u_umlaut_apart_from_u():
    assert pinyin_syllables("呂") == ("lü",) and syllables("呂") == ("lu",)
    assert pinyin_syllables("陸") == ("lu",)


def test_building_the_builtin_gazetteer_and_its_names_index_asks_pypinyin_nothing(monkeypatch):
    def unexpected(chinese):
        raise AssertionError(f"{chinese!r} read by pypinyin: it is missing from the shipped table")

    monkeypatch.setattr(pinyin, "read_syllables", unexpected)
    syllables.cache_clear()
    pinyin_syllables.cache_clear()
    try:
        gazetteer = Gazetteer.load(builtin_glossary_folder())  # its names index too
        assert gazetteer.keys and gazetteer.names.parts
    finally:
        syllables.cache_clear()  # none of the other tests meets what this one read
        pinyin_syllables.cache_clear()
