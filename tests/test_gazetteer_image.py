"""The shipped image (glossaries/derived/gazetteer.pickle.gz) is the gazetteer a build of the built-in
tables makes, translit uses it only for the code and tables it was built from, and with it a start needs
no cache."""

import gzip
import pickle
import shutil

import pytest

from translit.gazetteer import cache, image
from translit.gazetteer.entry import Entry
from translit.gazetteer.entry_table import line_of
from translit.gazetteer.gazetteer import Gazetteer
from translit.gazetteer.paths import builtin_glossary_folder

REBUILD = "rebuild it: python -m tools.build_gazetteer_table"


@pytest.fixture(scope="module")
def built() -> Gazetteer:
    return Gazetteer.load(builtin_glossary_folder())


def same_gazetteer(a: Gazetteer, b: Gazetteer) -> bool:
    """Equal in every part, in the same order (the index's order is the build's)."""
    return (
        list(a.entries.items()) == list(b.entries.items())
        and list(a.raw_keys.items()) == list(b.raw_keys.items())
        and list(a.keys.items()) == list(b.keys.items())
        and list(a._forms.items()) == list(b._forms.items())
        and list(a.collisions.items()) == list(b.collisions.items())
        and a._country_ids == b._country_ids
        and a._protected == b._protected
        and a._phrased_forms == b._phrased_forms
        and a._matcher.longest_forms() == b._matcher.longest_forms()
        and a.names.__getstate__() == b.names.__getstate__()
    )


def test_the_shipped_image_is_up_to_date_and_is_the_gazetteer_a_build_makes(built):
    folder = builtin_glossary_folder()
    shipped = image.load(folder, cache.builtin_key(folder))
    assert shipped is not None, f"the shipped image was built for other code or tables; {REBUILD}"
    assert shipped.content_hash == built.content_hash
    assert same_gazetteer(shipped, built), f"the shipped image differs from a build; {REBUILD}"
    text = "Officials in Kiev met Lai Qingde in Taibei, and 烏東 was quiet. Tsai Ing wen and Jelensky spoke."
    assert shipped.scan_all(text) == built.scan_all(text)
    assert [shipped.names.match(span) for span in ("Tsai Ing wen", "Jelensky", "Kim Kyn-hee")] == [
        built.names.match(span) for span in ("Tsai Ing wen", "Jelensky", "Kim Kyn-hee")
    ]


def test_the_tool_writes_the_shipped_image_byte_for_byte(built):
    folder = builtin_glossary_folder()
    shipped = gzip.decompress((folder / image.TABLE).read_bytes())
    assert shipped == image.data(built, cache.builtin_key(folder)), REBUILD


def tiny() -> Gazetteer:
    entries = [
        Entry(
            "kyiv", "Kyiv", "city", "UA", alternates=("Kiev",), chinese=("基輔",), protected=("chicken Kiev",)
        ),
        Entry("ukraine", "Ukraine", "country", "UA", mentions=("Ukrainian",), notes="a | in a note"),
        Entry("lai", "Lai Ching-te", "person", "TW", short=("Lai",), chinese=("賴清德",)),
        Entry("other-kiev", "Kiev", "other"),  # a second owner of "Kiev"
        Entry("the", "The", "other", variants=("And",)),  # a variant the collision guard leaves out
    ]
    return Gazetteer(entries)


def folder_with_image(tmp_path, data: bytes):
    (tmp_path / image.TABLE).parent.mkdir(parents=True)
    (tmp_path / image.TABLE).write_bytes(data)
    return tmp_path


def test_an_image_reads_back_to_the_gazetteer_it_was_written_from(tmp_path):
    gazetteer = tiny()
    assert gazetteer.collisions and len(gazetteer._forms["Kiev"]) == 2 and gazetteer.keys
    assert gazetteer._protected and gazetteer.names.parts
    folder = folder_with_image(tmp_path, gzip.compress(image.data(gazetteer, "k1")))
    loaded = image.load(folder, "k1")
    assert same_gazetteer(loaded, gazetteer)
    assert image.data(loaded, "k1") == image.data(gazetteer, "k1")  # and it writes the same image again
    text = "Officials in Kiev, not chicken Kiev."
    assert loaded.scan(text) == gazetteer.scan(text)
    assert image.load(folder, "k2") is None  # built for other code or tables: not used


def test_an_image_is_plain_data_and_one_naming_code_is_not_loaded(tmp_path):
    naming_code = pickle.dumps({"key": "k1", "gazetteer": tiny()})
    assert image.load(folder_with_image(tmp_path, gzip.compress(naming_code)), "k1") is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"not gzip at all",
        lambda data: data[:-9] + bytes([data[-9] ^ 1]) + data[-8:],  # a bit flipped
        lambda data: gzip.compress(pickle.dumps({"key": "k1"})),  # no gazetteer in it
        lambda data: gzip.compress(pickle.dumps(["k1"])),
    ],
)
def test_a_damaged_image_is_not_used(tmp_path, damage):
    data = gzip.compress(image.data(tiny(), "k1"))
    assert image.load(folder_with_image(tmp_path, damage(data)), "k1") is None
    assert image.load(tmp_path / "missing", "k1") is None


def test_a_value_a_line_cannot_hold_is_an_error_when_writing():
    for entry in (Entry("x", "A\tB", "other"), Entry("x", "X", "other", alternates=("A|B",))):
        with pytest.raises(ValueError, match="cannot hold"):
            line_of(entry)
        with pytest.raises(ValueError, match="cannot hold"):
            image.data(Gazetteer([entry]), "k")


def test_a_start_with_the_image_writes_no_cache(tmp_path):
    gazetteer = cache.load_gazetteer(builtin_glossary_folder(), (), tmp_path / "cache")
    assert len(gazetteer) > 40_000 and gazetteer.lookup("Kiev")
    assert not (tmp_path / "cache").exists()


def test_without_an_image_for_this_code_the_cache_builds_from_the_tables_once(tmp_path, monkeypatch):
    folder = tmp_path / "glossaries"
    shutil.copytree(builtin_glossary_folder(), folder, ignore=shutil.ignore_patterns("derived"))
    built = []
    load = Gazetteer.load

    def counted(*args, **kwargs):
        built.append(args)
        return load(*args, **kwargs)

    monkeypatch.setattr(Gazetteer, "load", counted)
    first = cache.load_gazetteer(folder, (), tmp_path / "cache")
    again = cache.load_gazetteer(folder, (), tmp_path / "cache")
    assert len(built) == 1 and len(again) == len(first) > 40_000
    assert len(list((tmp_path / "cache").glob("gazetteer-*.pickle"))) == 1
