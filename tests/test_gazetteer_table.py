"""The shipped gazetteer table (glossaries/derived/gazetteer.tsv.gz) is what a build of the built-in tables
derives, and translit uses it only for the code and tables it was built from."""

import gzip
import pickle

import pytest

from tools.build_gazetteer_table import table_lines
from translit.gazetteer import cache, prebuilt
from translit.gazetteer.entry import Entry
from translit.gazetteer.gazetteer import Gazetteer
from translit.gazetteer.paths import builtin_glossary_folder

REBUILD = "rebuild it: python -m tools.build_gazetteer_table"


def parts_of(gazetteer: Gazetteer) -> prebuilt.Parts:
    entries = list(gazetteer.entries.values())
    return prebuilt.Parts(entries, gazetteer.raw_keys, gazetteer.keys, gazetteer._forms, gazetteer.collisions)


def same_parts(a: prebuilt.Parts, b: prebuilt.Parts) -> bool:
    """Equal, and in the same order (the index's order is the build's)."""
    return (
        a.entries == b.entries
        and list(a.raw_keys.items()) == list(b.raw_keys.items())
        and list(a.keys.items()) == list(b.keys.items())
        and list(a.forms.items()) == list(b.forms.items())
        and list(a.collisions.items()) == list(b.collisions.items())
    )


@pytest.fixture(scope="module")
def built() -> Gazetteer:
    return Gazetteer.load(builtin_glossary_folder())


def test_the_shipped_table_is_up_to_date_and_gives_the_gazetteer_a_build_gives(built):
    folder = builtin_glossary_folder()
    shipped = prebuilt.read(folder / prebuilt.TABLE, cache.table_key(folder))
    assert shipped is not None, f"the shipped table was built for other code or tables; {REBUILD}"
    assert same_parts(shipped, parts_of(built)), f"the shipped table differs from a build; {REBUILD}"
    from_table = cache._build_builtin(folder)
    assert from_table.content_hash == built.content_hash
    assert from_table.names.__getstate__() == built.names.__getstate__()
    text = "Officials in Kiev met Lai Qingde in Taibei, and 烏東 was quiet."
    assert from_table.scan_all(text) == built.scan_all(text)
    # the same objects shared, too: the cache file is no bigger, nor the memory of a process loading it
    assert len(pickle.dumps(from_table)) <= len(pickle.dumps(built))


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


def test_a_table_reads_back_to_the_parts_it_was_written_from(tmp_path):
    gazetteer = tiny()
    assert gazetteer.collisions and len(gazetteer._forms["Kiev"]) == 2 and gazetteer.keys
    path = tmp_path / "table.tsv.gz"
    path.write_bytes(
        gzip.compress("\n".join(prebuilt.lines(parts_of(gazetteer), "k1", ["a comment"])).encode())
    )
    assert same_parts(prebuilt.read(path, "k1"), parts_of(gazetteer))
    assert prebuilt.read(path, "k2") is None  # built for other code or tables: not used


def test_a_read_table_s_forms_are_spelled_by_the_entries_own_strings(tmp_path):
    """As a build's are: the cache file pickles each spelling once."""
    path = tmp_path / "table.tsv.gz"
    path.write_bytes(gzip.compress("\n".join(prebuilt.lines(parts_of(tiny()), "k1", ["a comment"])).encode()))
    parts = prebuilt.read(path, "k1")
    spellings = [
        (e.canonical, *e.short, *e.alternates, *e.variants, *e.chinese, *e.mentions) for e in parts.entries
    ]
    strings = {id(spelling): spelling for spelled in spellings for spelling in spelled}
    spelled_forms = [surface for surface in parts.forms if surface in strings.values()]
    assert {"Kyiv", "Kiev", "Lai", "基輔", "Ukrainian"} <= set(spelled_forms)
    assert all(id(surface) in strings for surface in spelled_forms)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"not gzip at all",
        lambda data: gzip.compress(gzip.decompress(data).replace(b"\t", b"", 1)),  # one cell fewer
        lambda data: gzip.compress(gzip.decompress(data).replace(b"#> forms", b"#> form")),
        lambda data: gzip.compress(gzip.decompress(data) + b"\xff"),  # not UTF-8
    ],
)
def test_a_damaged_table_is_not_used(tmp_path, damage):
    path = tmp_path / "table.tsv.gz"
    data = gzip.compress("\n".join(prebuilt.lines(parts_of(tiny()), "k1", ["a comment"])).encode() + b"\n")
    path.write_bytes(damage(data))
    assert prebuilt.read(path, "k1") is None
    assert prebuilt.read(tmp_path / "missing.tsv.gz", "k1") is None


def test_a_value_the_table_cannot_hold_is_an_error_when_writing():
    for entry in (Entry("x", "A\tB", "other"), Entry("x", "X", "other", alternates=("A|B",))):
        with pytest.raises(ValueError, match="cannot hold"):
            prebuilt.lines(parts_of(Gazetteer([entry])), "k", [])


def test_without_a_table_for_these_tables_the_cache_builds_from_them(tmp_path, monkeypatch):
    folder = builtin_glossary_folder()
    monkeypatch.setattr(cache, "table_key", lambda folder: "not-the-key")
    built = []
    load = Gazetteer.load

    def counted(*args, **kwargs):
        built.append(args)
        return load(*args, **kwargs)

    monkeypatch.setattr(Gazetteer, "load", counted)
    gazetteer = cache.load_gazetteer(folder, (), tmp_path / "cache")
    assert built and len(gazetteer) > 40_000


def test_the_tool_writes_the_shipped_table_byte_for_byte(built):
    folder = builtin_glossary_folder()
    lines = table_lines(built, cache.table_key(folder))
    shipped = gzip.decompress((folder / prebuilt.TABLE).read_bytes()).decode("utf-8")
    assert shipped == "\n".join(lines) + "\n", REBUILD


def test_the_table_is_keyed_by_the_gazetteer_package_and_the_cache_by_the_names_package_too():
    folder = builtin_glossary_folder()
    names_package = cache.BUILDING_PACKAGES[1]
    assert names_package.name == "names" and names_package not in cache.DERIVING_PACKAGES
    assert cache.table_key(folder) != cache.builtin_key(folder)  # the cache holds the names index too
    assert cache.table_key(folder).endswith(cache.builtin_key(folder).split("-")[1])  # same tables
