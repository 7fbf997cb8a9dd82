"""The builders of the generated tables (tools/gazetteer_sources), on small records written here."""

import doctest

from tools.gazetteer_sources import text
from tools.gazetteer_sources.cedict import _entry_from_record


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
