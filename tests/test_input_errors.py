"""Bad input gets one clear error and loses nothing."""

import pytest

from translit.errors import GlossaryError, InputError
from translit.gazetteer.loader import read_abbreviations, read_entries
from translit.textio import decode_text


def test_invalid_utf8_names_the_source_and_offset():
    with pytest.raises(InputError, match=r"^in\.txt: not valid UTF-8 \(byte 0xe9 at offset 8\)"):
        decode_text("Kyiv caf\u00e9".encode("latin-1"), "in.txt")


def test_binary_input_is_refused():
    with pytest.raises(InputError, match=r"^photo\.jpg: looks like a binary file \(NUL byte at offset 4\)"):
        decode_text(b"\xff\xd8\xff\xe0\x00\x10JFIF", "photo.jpg")


def test_empty_input_is_fine():
    assert decode_text(b"", "empty.txt") == ""


def test_bom_and_crlf_are_kept():
    assert decode_text(b"\xef\xbb\xbfKyiv\r\n", "x") == "\ufeffKyiv\r\n"


HEADER = "id\tcanonical\ttype\tcountry\n"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (HEADER + "kyiv\tKyiv\tcapital\tUA\n", r":2: unknown type 'capital'"),
        (HEADER + "kyiv\t\tcity\tUA\n", r":2: empty required field 'canonical'"),
        (HEADER + "kyiv\tKyiv\tcity\tUA\textra\n", r":2: 5 fields but the header has 4 columns"),
        (HEADER + "# comment\nkyiv\tKyiv\tcity\tUA\nkyiv\tKiev\tcity\tUA\n", r":4: duplicate id 'kyiv' \(first on line 3\)"),
        ("id\tname\ttype\n", r":1: unknown column 'name'"),
        ("canonical\ttype\n", r":1: missing required column 'id'"),
        (HEADER + "Kyiv City\tKyiv\tcity\tUA\n", r":2: id 'Kyiv City' must be lower-case without spaces"),
        ("# only a comment\n", r": empty glossary: expected a header line"),
    ],
)  # fmt: skip
def test_broken_glossaries_name_file_and_line(tmp_path, body, message):
    path = tmp_path / "mine.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"mine\.tsv" + message):
        read_entries(path)


def test_glossary_in_another_encoding_names_the_line(tmp_path):
    path = tmp_path / "latin.tsv"
    path.write_bytes(
        (HEADER + "kyiv\tKyiv\tcity\tUA\nkyiv-cafe\tCaf\u00e9 Kyiv\tother\tUA\n").encode("latin-1")
    )
    with pytest.raises(GlossaryError, match=r"latin\.tsv:3: not valid UTF-8"):
        read_entries(path)


def test_missing_glossary_file(tmp_path):
    with pytest.raises(GlossaryError, match=r"nope\.tsv: cannot read glossary"):
        read_entries(tmp_path / "nope.tsv")


def test_abbreviation_without_entities(tmp_path):
    path = tmp_path / "abbr.tsv"
    path.write_text("chinese\tromanizations\tentities\n烏\tU\t\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"abbr\.tsv:2: empty required field 'entities'"):
        read_abbreviations(path)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("美中\tMeizhong\tcldr-us", r"abbr\.tsv:2: a pair compound needs two entity ids"),
        ("美中國\t\tcldr-us", r"abbr\.tsv:2: '美中國': an abbreviation is one character"),
        ("烏\tU\tukraine|uzbekistan\tUkraine", r"abbr\.tsv:2: 1 nouns for 2 entities; give one per entity"),
    ],
)
def test_bad_abbreviation_rows_name_the_line(tmp_path, row, message):
    path = tmp_path / "abbr.tsv"
    path.write_text(f"chinese\tromanizations\tentities\tnouns\n{row}\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=message):
        read_abbreviations(path)
