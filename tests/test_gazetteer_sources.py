"""The builders of the generated tables (tools/gazetteer_sources), on small records written here."""

import doctest

from tools.gazetteer_sources import build, cedpane, cgroups, jmnedict, text
from tools.gazetteer_sources.cedict import _entry_from_record
from tools.gazetteer_sources.names import NameRow
from translit.gazetteer import Entry
from translit.gazetteer.keys import pinyin_keys
from translit.gazetteer.loader import read_entries


def test_text_helpers_doctests():
    assert doctest.testmod(text).failed == 0


def test_cedict_records_become_entries():
    record = {
        "traditional": "華沙",
        "simplified": "华沙",
        "pinyin": "Hua2 sha1",
        "definitions": ["Warsaw, capital of Poland"],
    }
    entry = _entry_from_record(record)
    assert (entry.canonical, entry.type, entry.chinese) == ("Warsaw", "city", ("华沙", "華沙"))
    surname = {
        "traditional": "熊熊",
        "simplified": "熊熊",
        "pinyin": "Xiong2",
        "definitions": ["surname Xiong"],
    }
    assert _entry_from_record(surname) is None


def _row(english, chinese, kind, description="zhwiki CGroup People"):
    return NameRow(f"cgroup:{english}", english, tuple(chinese.split("|")), kind, "", description)


def test_cgroups_keep_whole_names_and_judge_their_type_again():
    rows = [
        _row("Keir Starmer", "基爾·斯塔默|基尔·斯塔默", "other", "zhwiki CGroup PoliticiansUK"),
        _row("Starmer", "斯塔默", "other", "zhwiki CGroup PoliticiansUK; single name part (surname)"),
        _row("Harbourside Rovers", "港畔流浪者", "person", "zhwiki CGroup EPL"),
        _row("Chief Whip", "黨鞭長|党鞭长", "other", "zhwiki CGroup PoliticiansUK"),
        _row("Kindergarten", "幼稚園|幼儿园", "organization", "zhwiki CGroup Organization"),
        _row("Vielmont", "維爾蒙|维尔蒙", "place", "zhwiki CGroup FR Places"),
        _row("Lake Vielmont", "維爾蒙湖", "place", "zhwiki CGroup FR Places"),
        _row("Brightwell", "布萊特威爾", "place", "zhwiki CGroup AU Places,UK Places"),
        _row("Anna Example", "安娜·伊克|A·伊克", "person", "zhwiki CGroup Entertainer"),
    ]
    entries = {e.canonical: e for e in cgroups.entries_from_rows(rows)}
    assert set(entries) == {"Keir Starmer", "Harbourside Rovers", "Vielmont", "Anna Example"}
    starmer = entries["Keir Starmer"]
    assert (starmer.type, starmer.country) == ("person", "GB")
    assert starmer.chinese == ("基尔·斯塔默", "基爾·斯塔默")
    assert entries["Harbourside Rovers"].type == "organization"
    assert (entries["Vielmont"].type, entries["Vielmont"].country) == ("city", "FR")
    assert entries["Anna Example"].chinese == ("安娜·伊克",)  # a form with Latin letters is no Chinese form


def test_cgroups_rows_for_one_name_are_one_entry():
    rows = [_row("Keir Starmer", "基爾·斯塔默", "person"), _row("Keir Starmer", "基尔·斯塔默", "person")]
    [entry] = cgroups.entries_from_rows(rows)
    assert entry.chinese == ("基尔·斯塔默", "基爾·斯塔默")


def test_transliterated_people_get_joined_keys_from_name_dot_forms_of_four_syllables_up():
    def keys(chinese):
        return pinyin_keys(Entry("x", "Keir Starmer", "person", chinese=chinese, source=cgroups.SOURCE))

    assert keys(("基爾·斯塔默", "基尔·斯塔默")) == ("Jier Sitamo",)
    assert keys(("斯塔默",)) == ()  # no name dot: a surname alone, or a Chinese name
    assert keys(("金·露華",)) == ()  # three syllables in all could be anyone's Chinese name
    place = Entry("y", "Vielmont", "city", "FR", chinese=("維爾蒙",), source=cgroups.SOURCE)
    assert pinyin_keys(place) == ("Weiermeng",)


def test_name_tables_add_only_entities_no_earlier_table_names(tmp_path, monkeypatch):
    folder = tmp_path / "glossaries"
    (folder / "entities").mkdir(parents=True)
    (folder / "entities" / "mine.tsv").write_text(
        "id\tcanonical\ttype\tcountry\tchinese\ntehran\tTehran\tcity\tIR\t德黑蘭|德黑兰\n", encoding="utf-8"
    )
    offered = [
        Entry("new", "Vielmont", "city", "FR", chinese=("維爾蒙",), source=cgroups.SOURCE),
        Entry("same-name", "Tehran", "city", "IR", chinese=("特黑蘭",), source=cgroups.SOURCE),
        Entry("same-form", "Teheran", "city", "IR", chinese=("德黑蘭",), source=cgroups.SOURCE),
        Entry("same-key", "Dehelan", "city", "IR", chinese=("得黑蘭",), source=cgroups.SOURCE),  # "Deheilan"
        Entry("named-as-key", "Deheilan", "city", "CN", source=cgroups.SOURCE),
        Entry("second", "Vielmont-le-Haut", "city", "FR", chinese=("維爾蒙",), source=cgroups.SOURCE),
    ]
    monkeypatch.setattr(build, "SOURCES", ((cgroups.SOURCE, lambda: offered, "a licence"),))
    assert build.build_tables(folder) == {cgroups.SOURCE: 1}
    [written] = read_entries(folder / "sources" / f"{cgroups.SOURCE}.tsv")
    assert written.id == "new"


def test_jmnedict_keeps_dated_japanese_people_that_chinese_text_names():
    def person(english, kanji, description, country="JP"):
        return NameRow(f"jmnedict:{kanji}", english, (kanji,), "person", country, description)

    rows = [
        person("Taro Example", "例田太郎", "1961.4.2-; JMnedict"),
        person("Jiro Example", "例田次郎", "JMnedict"),  # undated: JMnedict dates public figures
        person("Saburo Example", "例田三郎", "1890.1-1950.2; JMnedict"),  # dead, still named
        person("Shiro Example", "例田四郎", "1970-; name order not verified", country=""),
        person("Goro Example", "例田五郎", "1950-; JMnedict"),
        person("Goro Example", "例山五郎", "1952-; JMnedict"),  # two people, one English name
        person("Rokuro Example", "例田六郎", "1965-; JMnedict"),
        person("Rokuro Sample", "例田六郎", "1966-; JMnedict"),  # two people, one kanji form
        person("Taigen Kaku", "郭泰源", "1962-; JMnedict"),  # a Chinese surname read the Japanese way
        person("Dan Wan", "王丹", "1969-; JMnedict"),
        person("Hanako Obscure", "例川花子", "1970-; JMnedict"),  # a name Chinese text does not use
    ]
    named_in_chinese_text = {row.chinese[0] for row in rows} - {"例川花子"}
    entries = list(jmnedict.entries_from_rows(rows, named_in_chinese_text))
    assert [(e.canonical, e.country, e.chinese) for e in entries] == [
        ("Taro Example", "JP", ("例田太郎",)),
        ("Saburo Example", "JP", ("例田三郎",)),
    ]
    assert all(pinyin_keys(e) == () for e in entries)  # generated people get no keys


def test_cedpane_keeps_people_with_a_role_and_named_organizations_only():
    rows = [
        NameRow("c:1", "Lan Example", ("藍例",), "person", "", "politician"),
        NameRow("c:2", "Lijian Yang", ("楊立堅",), "person", "", "spokesman"),  # Western order: surname last
        NameRow("c:3", "Evening Song", ("晚歌",), "person", "", "1975 song"),
        NameRow("c:4", "Example University", ("例子大學", "例子大学"), "organization", "", ""),
        NameRow("c:5", "Meizhong", ("美中鎮",), "place", "", "town"),
        NameRow("c:6", "Arne", ("阿恩",), "other", "", "single name or word"),
    ]
    entries = {e.canonical: e.type for e in cedpane.entries_from_rows(rows)}
    assert entries == {"Lan Example": "person", "Example University": "organization"}


def test_an_autonomous_county_is_named_as_a_county_not_by_its_peoples():
    record = {
        "traditional": "威寧縣",
        "simplified": "威宁县",
        "pinyin": "Wei1 ning2 xian4",
        "definitions": ["Weining Yi, Hui and Miao autonomous county in Bijie prefecture, Guizhou"],
    }
    assert _entry_from_record(record).canonical == "Weining County"


def test_countries_carry_their_demonyms_other_names_and_short_forms():
    from tools.gazetteer_sources import country_forms

    assert country_forms.mentions("ES") == ("Spanish", "Spaniard", "Spaniards")
    assert "South Koreans" in country_forms.mentions("KR") and "Türkiye" in country_forms.mentions("TR")
    assert country_forms.SHORT["US"] == ("US", "U.S.", "USA") and country_forms.CANONICAL["TR"] == "Turkey"


def test_a_mainland_town_keeps_only_the_chinese_forms_read_like_its_name():
    from tools.gazetteer_sources import geonames

    assert doctest.testmod(geonames).failed == 0
    assert geonames.reads_as("長治", "Changzhi")  # 長 is read chang as well as zhang
    assert not geonames.reads_as("江津区", "Jijiang") and geonames.reads_as("江津区", "Jiangjin")
    assert geonames._names_its_county("岚皋县", "Langao Chengguanzhen")
    assert not geonames._names_its_county("岚皋", "Langao Chengguanzhen")
