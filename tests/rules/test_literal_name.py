"""The literal-name rule: institutions whose Chinese name MT rendered literally, found by the wording patterns
of the gazetteer's ``literal`` column; never inside a longer name, and wordings that are also English
only where the article refers to the entity's country."""

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


def proposals(text):
    rule = RULES["literal-name"]
    findings = list(rule.find(read_document(text, GAZETTEER)))
    assert all(f.type == "literal-name" and f.candidates[0].entry for f in findings)
    return [(f.original, f.best().replacement) for f in findings]


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
    assert proposals("The American Institute in Taiwan said so.") == []


def test_a_wording_that_is_also_english_needs_the_articles_context():
    assert proposals("The Free Times said fees rose.") == []  # a weekly anywhere
    assert proposals("Officials in Taipei told the Free Times so.") == [("Free Times", "Liberty Times")]
    assert proposals("The Taiwan Association met in Chicago.") == []
    assert proposals("Kamala Harris thanked the Taiwan Association.") == [
        ("Taiwan Association", "American Institute in Taiwan")
    ]


def test_literal_renderings_do_not_vouch_for_each_other():
    assert proposals("The Free Times quoted the Taiwan Association.") == []


def test_a_rendering_that_is_no_english_vouches_for_its_country():
    assert proposals("The Ziyou Times quoted the Free Times.") == [
        ("Ziyou Times", "Liberty Times"),
        ("Free Times", "Liberty Times"),
    ]


def test_a_chinese_source_that_names_the_entity_is_context():
    text = "The Free Times said fees rose."
    document = read_document(text, GAZETTEER, read_source(text, Source("自由時報說費用上漲。"), GAZETTEER))
    findings = list(RULES["literal-name"].find(document))
    assert [(f.original, f.best().replacement) for f in findings] == [("Free Times", "Liberty Times")]
    unrelated = read_document(text, GAZETTEER, read_source(text, Source("費用上漲。"), GAZETTEER))
    assert list(RULES["literal-name"].find(unrelated)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Taiwan Association of University Professors met in Taipei.",
        "Members of the Southern Taiwan Association met in Taipei.",
        "The Freedom Times Square rally drew crowds in Taipei.",
    ],
)
def test_a_wording_inside_a_longer_name_is_left_alone(text):
    assert proposals(text) == []
