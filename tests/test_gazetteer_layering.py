"""User glossaries layered on the cached built-in gazetteer give the gazetteer a full build gives."""

from translit.gazetteer import cache
from translit.gazetteer.gazetteer import Gazetteer
from translit.gazetteer.paths import builtin_glossary_folder

USER = (
    "id\tcanonical\ttype\tcountry\talternates\tchinese\n"
    "kyiv\tKyjiw\tcity\tUA\tKyiv|Kiev\t基輔\n"  # replaces a built-in entry, with new pinyin keys
    "new-town\tNewtown\tcity\tUA\t\t新城鎮\n"  # adds one
)


def test_a_layered_gazetteer_equals_a_full_build(tmp_path):
    glossary = tmp_path / "mine.tsv"
    glossary.write_text(USER, encoding="utf-8")
    folder = builtin_glossary_folder()
    layered = cache.load_gazetteer(folder, (glossary,), tmp_path / "cache")
    built = Gazetteer.load(folder, (glossary,))
    assert layered.content_hash == built.content_hash
    assert list(layered.entries.items()) == list(built.entries.items())
    assert layered.keys == built.keys and layered.raw_keys == built.raw_keys
    assert layered._forms == built._forms
    text = "Officials in Kiev and Newtown met."
    assert layered.scan(text) == built.scan(text)
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [
        next((tmp_path / "cache").glob("gazetteer-*.pickle")).name
    ]  # one cache file: the built-in tables'
