"""User glossaries layered on the built-in gazetteer give the gazetteer a full build gives."""

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
    names = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert [name.split("-")[0] for name in names] == ["layered"]  # the built-ins come from the image


def test_the_same_glossaries_load_from_the_cache_and_an_edit_layers_again(tmp_path, monkeypatch):
    glossary, cache_folder, folder = tmp_path / "mine.tsv", tmp_path / "cache", builtin_glossary_folder()
    glossary.write_text(USER, encoding="utf-8")
    first = cache.load_gazetteer(folder, (glossary,), cache_folder)
    [layered_file] = cache_folder.glob("layered-*.pickle")

    def unexpected(*args):
        raise AssertionError("layered again: the cached layered gazetteer was not used")

    with monkeypatch.context() as patch:
        patch.setattr(Gazetteer, "with_user_files", unexpected)
        again = cache.load_gazetteer(folder, (glossary,), cache_folder)
    assert again.content_hash == first.content_hash and again._forms == first._forms
    glossary.write_text(USER.replace("Newtown", "Neustadt"), encoding="utf-8")
    edited = cache.load_gazetteer(folder, (glossary,), cache_folder)
    assert edited.lookup("Neustadt") and not edited.lookup("Newtown")
    assert [f.name for f in cache_folder.glob("layered-*.pickle")] != [layered_file.name]
    assert len(list(cache_folder.glob("layered-*.pickle"))) == 1  # the edit's file replaced the old one


def test_a_new_builtin_gazetteer_outdates_the_layered_one(tmp_path):
    glossary, cache_folder, folder = tmp_path / "mine.tsv", tmp_path / "cache", builtin_glossary_folder()
    glossary.write_text(USER, encoding="utf-8")
    cache.load_gazetteer(folder, (glossary,), cache_folder)
    [layered] = cache_folder.glob("layered-*.pickle")
    layered.rename(cache_folder / "layered-earlier-code.pickle")  # as if made by an earlier translit
    long_text = "Officials in Kiev said so. " * 2000  # more than a matcher looks up: its automata are made
    cache.load_gazetteer(folder, (), cache_folder).scan(long_text)
    assert [f.name.split("-")[0] for f in cache_folder.iterdir()] == ["gazetteer"]  # the automata only
