"""The literal-name rule: institutions whose Chinese name MT rendered literally, found by the wording patterns
of the gazetteer's ``literal`` column; never inside a longer name, and wordings that are also English
fixed only where the article refers to the entity's country (and to any the wording names), else reported."""

import pytest

from translit.document import read_document
from translit.gazetteer import Entry, Gazetteer
from translit.rules import RULES
from translit.source.view import Source, read_source

from .tiny import ENTRIES

GAZETTEER = Gazetteer(
    (
        *ENTRIES,
        Entry("taiwan", "Taiwan", "country", country="TW", mentions=("Taiwanese",)),
        Entry("taipei", "Taipei", "city", country="TW"),
        Entry(
            "american-institute-in-taiwan",
            "American Institute in Taiwan",
            "organization",
            country="US",
            short=("AIT",),
            chinese=("美國在台協會",),
            literal=("{American/US/U.S.} {Association/Institute} {in/at} Taiwan", "~Taiwan Association"),
        ),
        Entry(
            "liberty-times",
            "Liberty Times",
            "organization",
            country="TW",
            chinese=("自由時報",),
            literal=("{Freedom/Ziyou} Times", "~Free Times"),
        ),
    )
)


def findings(text, source=None):
    document = read_document(text, GAZETTEER, source and read_source(text, Source(source), GAZETTEER))
    found = list(RULES["literal-name"].find(document))
    assert all(f.type == "literal-name" for f in found)
    assert all(f.candidates[0].entry if f.candidates else f.note.startswith("left alone") for f in found)
    return found


def proposals(text, source=None):
    """(original, replacement) of each finding that proposes a fix."""
    return [(f.original, f.best().replacement) for f in findings(text, source) if f.candidates]


def reported(text):
    """The original of each finding reported without a fix."""
    return [f.original for f in findings(text) if not f.candidates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Freedom Times reported the talks had failed.", [("Freedom Times", "Liberty Times")]),
        (
            "A US Association at Taiwan official spoke.",
            [("US Association at Taiwan", "American Institute in Taiwan")],
        ),
        ("The Ziyou Times said so.", [("Ziyou Times", "Liberty Times")]),
    ],
)
def test_a_literal_rendering_becomes_the_institutions_name(text, expected):
    assert proposals(text) == expected


def test_the_canonical_name_is_no_literal_rendering():
    assert findings("The American Institute in Taiwan said so.") == []


def test_a_wording_that_is_also_english_needs_the_articles_context():
    assert proposals("The Free Times said fees rose.") == []  # a weekly anywhere
    assert proposals("Officials in Taipei told the Free Times so.") == [("Free Times", "Liberty Times")]
    assert proposals("Lai Ching-te told the Free Times so.") == [("Free Times", "Liberty Times")]


def test_without_context_such_a_wording_is_reported_not_fixed():
    assert reported("The Free Times said fees rose.") == ["Free Times"]
    [finding] = findings("The Free Times said fees rose.")
    assert "'Liberty Times'" in finding.note and "Taiwan" in finding.note
    assert reported("Officials in Taipei told the Free Times so.") == []


def test_a_wording_that_names_a_country_needs_that_country_too():
    # the American Institute in Taiwan is a US body, but "Taiwan Association" also names Taiwanese clubs
    # abroad: a story of the US alone, or of Taiwan alone, does not say which is meant
    assert proposals("Kamala Harris thanked the Taiwan Association.") == []
    assert proposals("Officials in Taipei thanked the Taiwan Association.") == []
    assert proposals("Kamala Harris and Lai Ching-te thanked the Taiwan Association.") == [
        ("Taiwan Association", "American Institute in Taiwan")
    ]
    [finding] = findings("Kamala Harris and Lai Ching-te thanked the Taiwan Association.")
    assert "Taiwan and United States support" in finding.best().reason
    [left] = findings("Kamala Harris thanked the Taiwan Association.")
    assert left.note.endswith("refers to Taiwan")  # the US it does


def test_a_wording_that_names_a_country_by_a_demonym_needs_only_the_entitys_country():
    chinese_times = Entry(
        "china-times", "China Times", "organization", country="TW", literal=("~Chinese Times",)
    )
    gazetteer = Gazetteer((*GAZETTEER.entries.values(), chinese_times))
    document = read_document("Officials in Taipei told the Chinese Times so.", gazetteer)
    [finding] = RULES["literal-name"].find(document)
    assert finding.best().replacement == "China Times"


def test_a_wording_of_an_entity_of_no_country_has_no_context_but_its_name():
    united_nations = Entry(
        "united-nations", "United Nations", "organization", chinese=("聯合國",), literal=("~Union Country",)
    )
    gazetteer = Gazetteer((*GAZETTEER.entries.values(), united_nations))
    [finding] = RULES["literal-name"].find(read_document("Taipei wrote to the Union Country.", gazetteer))
    assert finding.candidates == () and "'United Nations'" in finding.note
    named = read_document("The United Nations, or Union Country, met.", gazetteer)
    assert [f.best().replacement for f in RULES["literal-name"].find(named)] == ["United Nations"]


def test_literal_renderings_do_not_vouch_for_each_other():
    assert proposals("The Free Times quoted the Taiwan Association.") == []
    assert reported("The Free Times quoted the Taiwan Association.") == ["Free Times", "Taiwan Association"]


def test_a_rendering_that_is_no_english_vouches_for_its_country():
    assert proposals("The Ziyou Times quoted the Free Times.") == [
        ("Ziyou Times", "Liberty Times"),
        ("Free Times", "Liberty Times"),
    ]


def test_the_entitys_own_name_is_context():
    assert proposals("The Liberty Times, once called the Free Times, said so.") == [
        ("Free Times", "Liberty Times")
    ]


def test_a_chinese_source_that_names_the_entity_is_context():
    text = "The Free Times said fees rose."
    assert proposals(text, "自由時報說費用上漲。") == [("Free Times", "Liberty Times")]
    assert proposals(text, "費用上漲。") == []
    assert reported(text) == ["Free Times"]


@pytest.mark.parametrize(
    "text",
    [
        "The Taiwan Association of University Professors met in Taipei.",
        "Members of the Southern Taiwan Association met in Taipei.",
        "The Freedom Times Square rally drew crowds in Taipei.",
    ],
)
def test_a_wording_inside_a_longer_name_is_left_alone(text):
    assert findings(text) == []  # another institution's name: not even reported


@pytest.mark.parametrize("before", ["Taiwan's", "The", "KMT"])
def test_a_possessive_an_acronym_or_a_common_word_before_is_no_part_of_the_name(before):
    assert proposals(f"{before} Freedom Times said so.") == [("Freedom Times", "Liberty Times")]
