"""The name-ranking benchmark's own parts: how a hit is counted, the stand-in candidate source.

A tiny gazetteer written for these tests; nothing reads ../shared and no model loads.
"""

import pytest

from benchmarks.name_ranking import BlockedIndex, Option, edit_to_nearest_form, hit_share
from translit.gazetteer import Entry, Gazetteer

GAZETTEER = Gazetteer(
    (
        Entry("paul-chan", "Paul Chan", "person", country="HK", chinese=("陳茂波",), source="curated"),
        Entry("chen-bo", "Chen Bo", "person", country="CN", chinese=("陳波",), source="cc-cedict"),
        Entry(
            "podolyak", "Mykhailo Podolyak", "person", country="UA", chinese=("波多利亞克",), source="curated"
        ),
        Entry("podolsk", "Podolsk", "city", country="RU", chinese=("波多利斯克",), source="geonames"),
        Entry(
            "kyiv", "Kyiv", "city", country="UA", alternates=("Kiev",), chinese=("基輔",), source="curated"
        ),
    )
)


def options(*names: str) -> list[Option]:
    return [Option(name.lower(), name, (), (name,), 0.5) for name in names]


def test_a_hit_is_counted_once_per_name_and_ties_share_the_place():
    three = options("A", "B", "C")
    assert hit_share("B", three, [0.1, 0.9, 0.5], 1) == 1.0
    assert hit_share("C", three, [0.1, 0.9, 0.5], 1) == 0.0
    assert hit_share("C", three, [0.1, 0.9, 0.5], 2) == 1.0
    assert hit_share("A", three, [0.7, 0.7, 0.1], 1) == pytest.approx(0.5)
    assert hit_share("D", three, [0.1, 0.2, 0.3], 5) == 0.0  # not among the candidates


def test_the_stand_in_finds_an_entity_by_the_pinyin_of_its_chinese_form():
    index = BlockedIndex(GAZETTEER)
    assert index.candidates("Chen Maobo")[0].name == "Paul Chan"
    assert "Mykhailo Podolyak" in [o.name for o in index.candidates("Boduoliyake", k=2)]
    assert index.candidates("Kiev")[0].name == "Kyiv"


def test_the_nearest_form_ranker_reads_names_and_readings():
    index = BlockedIndex(GAZETTEER)
    found = index.candidates("Chen Maobo")
    scores = dict(zip((o.name for o in found), edit_to_nearest_form("Chen Maobo", found), strict=True))
    assert scores["Paul Chan"] == 100.0  # "chenmaobo" is the reading of 陳茂波
    assert scores["Paul Chan"] > scores["Chen Bo"]
