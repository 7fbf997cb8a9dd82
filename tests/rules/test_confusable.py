"""The confusable rule on a tiny gazetteer: "eastern X" where the article is about a sibling reading."""

from .tiny import find, proposals

UKRAINE_STORY = (
    "Ukraine said fighting in eastern Uzbekistan had intensified, Ukrainian officials in Ukraine said."
)


def test_a_direction_compound_naming_an_unmentioned_sibling_is_questioned():
    assert proposals("confusable", UKRAINE_STORY) == [("Uzbekistan", "Ukraine")]
    [finding] = find("confusable", UKRAINE_STORY)
    references = {c.entry: c.references for c in finding.candidates}
    assert references == {"ukraine": 3, "uzbekistan": 0, "uruguay": 0}  # the suspect is no evidence


def test_a_country_the_article_names_again_is_believed():
    assert find("confusable", "Exports to eastern Uzbekistan rose, the Uzbek ministry said.") == []


def test_too_little_about_the_sibling_leaves_it_alone():
    assert find("confusable", "Ukraine sold grain to eastern Uzbekistan.") == []


def test_without_a_direction_nothing_is_questioned():
    text = "Ukraine and Ukrainian officials in Ukraine met a delegation from Uzbekistan."
    assert find("confusable", text) == []
