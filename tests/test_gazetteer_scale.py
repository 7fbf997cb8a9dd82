"""The gazetteer at real scale: fixes and negatives as data, lookups, the cache, the glossary command."""

import pickle

import pytest

from translit import Config, clean, load_pipeline
from translit.cli import main
from translit.gazetteer import Entry, Gazetteer
from translit.gazetteer.cache import load_gazetteer
from translit.gazetteer.keys import pinyin_keys
from translit.gazetteer.lookup import lookup_name

from .conftest import run_translit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He Jinli and Trump held rallies.", "Kamala Harris and Trump held rallies."),
        ("Shelling hit Haerkefu overnight.", "Shelling hit Kharkiv overnight."),
        ("Malibo fell after a long siege.", "Mariupol fell after a long siege."),
        ("In Haerkefu, sirens sounded at dawn.", "In Kharkiv, sirens sounded at dawn."),
        ("Officials in Deheilan said they would respond.", "Officials in Tehran said they would respond."),
    ],
)
def test_pinyin_of_foreign_names_is_an_error_even_without_house_style(text, expected):
    result = clean(text, Config(house_style=False))
    assert result.text == expected
    assert [edit.type for edit in result.edits] == ["variant"]


@pytest.mark.parametrize(
    "text",
    [
        "The typhoon is expected to reach Taibei by Friday evening.",  # Taiwan: pinyin is a style
        "Zhang Zhongmou founded the chip maker in 1987.",
        "Fan Mingzheng arrived for a three-day visit.",  # names in their own characters (Vietnam, Korea)
        "Kim Jong-un and Li Xuezhu attended the dinner.",
        "Wang He Jinli, a shopkeeper, was not available for comment.",  # inside a longer name
    ],
)
def test_pinyin_of_character_names_is_only_house_style(text):
    assert clean(text, Config(house_style=False)).edits == ()
    assert {edit.type for edit in clean(text).edits} <= {"house-style"}


def test_scale():
    gazetteer = load_pipeline(Config()).gazetteer
    curated = [e for e in gazetteer.entries.values() if e.source == "curated" and e.chinese]
    assert len(gazetteer) >= 30_000
    assert len(curated) >= 1_500


@pytest.mark.parametrize(
    ("name", "canonical", "how"),
    [
        ("Heday", "Serhiy Haidai", "sounds like"),
        ("Lai Qingde", "Lai Ching-te", "pinyin"),
        ("Lai Ching-teh", "Lai Ching-te", "variant"),
        ("Udong", "Ukraine", "abbreviation"),
        ("Uzbekistan", "Uzbekistan", "canonical"),
        ("Kiev", "Kyiv", "alternate"),
        ("He Jinli", "Kamala Harris", "pinyin"),
    ],
)
def test_lookup(name, canonical, how):
    first = lookup_name(load_pipeline(Config()).gazetteer, name)[0]
    assert (first.entry.canonical, first.how) == (canonical, how)


def test_lookup_shows_every_reading_of_an_abbreviation():
    matches = lookup_name(load_pipeline(Config()).gazetteer, "Udong")
    assert [(m.entry.canonical, m.how) for m in matches] == [
        ("Ukraine", "abbreviation"),
        ("Uzbekistan", "abbreviation"),
        ("Uruguay", "abbreviation"),
    ]
    output = run_translit("glossary", "lookup", "Udong").output
    assert all(f"eastern {name}" in output for name in ("Ukraine", "Uzbekistan", "Uruguay"))


def test_lookup_shows_every_reading_of_a_pair_compound():
    matches = lookup_name(load_pipeline(Config()).gazetteer, "Ewu")
    assert [(m.entry.canonical, m.how) for m in matches] == [
        ("Russia", "pair compound"),
        ("Ukraine", "pair compound"),
        ("Uzbekistan", "pair compound"),
        ("Uruguay", "pair compound"),
    ]


def test_keys_skip_names_that_are_already_pinyin():
    assert pinyin_keys(Entry("hubei", "Hubei Province", "region", chinese=("湖北",))) == ()
    assert "Lai Qingde" in pinyin_keys(Entry("lai", "Lai Ching-te", "person", chinese=("賴清德",)))


def test_generated_places_in_the_chinese_world_get_no_keys():
    entry = Entry("x", "Shenzhen", "city", country="CN", chinese=("新安",), source="geonames")
    assert pinyin_keys(entry) == ()


def test_cache_is_reused_and_invalidated(tmp_path):
    folder = tmp_path / "glossaries"
    (folder / "entities").mkdir(parents=True)
    table = folder / "entities" / "mine.tsv"
    table.write_text("id\tcanonical\ttype\tchinese\nkharkiv\tKharkiv\tcity\t哈爾科夫\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first = load_gazetteer(folder, cache_folder=cache)
    assert len(list(cache.glob("*.pickle"))) == 1
    second = load_gazetteer(folder, cache_folder=cache)
    assert second.lookup("Haerkefu")[0][0].canonical == "Kharkiv" and second is not first
    table.write_text("id\tcanonical\ttype\nkyiv\tKiev\tcity\n", encoding="utf-8")
    assert load_gazetteer(folder, cache_folder=cache).lookup("Kiev")
    assert len(list(cache.glob("*.pickle"))) == 2


def test_gazetteer_pickles_round_trip():
    gazetteer = Gazetteer([Entry("kyiv", "Kyiv", "city", alternates=("Kiev",), chinese=("基輔",))])
    restored = pickle.loads(pickle.dumps(gazetteer))
    assert restored.scan("in Kiev") == gazetteer.scan("in Kiev")
    assert restored["kyiv"] == gazetteer["kyiv"]


def test_glossary_check_names_file_and_line(tmp_path, capsys):
    good = tmp_path / "good.tsv"
    good.write_text("id\tcanonical\ttype\nkyiv\tKyiv\tcity\n", encoding="utf-8")
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tcanonical\ttype\nkyiv\tKyiv\ttown\n", encoding="utf-8")
    assert main(["glossary", "check", str(good)]) == 0
    assert capsys.readouterr().out == f"{good}: ok, 1 entries\n"
    assert main(["glossary", "check", str(bad)]) == 2
    assert capsys.readouterr().err.startswith(f"translit: error: {bad}:2: unknown type 'town'")


def test_glossary_lookup_command():
    result = run_translit("glossary", "lookup", "Lai Qingde")
    assert result.exit_code == 0
    assert "Lai Ching-te" in result.output and "curated" in result.output and "pinyin keys" in result.output
