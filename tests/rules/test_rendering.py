"""The rendering rule on a tiny gazetteer: Chinese terms MT leaves in pinyin or reads the wrong way."""

from translit.rules.rendering import SUPPORTED_RENDERING, UNSUPPORTED_RENDERING

from .tiny_names import find, proposals


def test_a_romanized_term_in_a_story_about_its_context_is_translated():
    text = "Liang'an relations worsened, officials in Taipei said."
    [finding] = find("rendering", text)
    assert (finding.best().replacement, finding.best().prior, finding.type) == (
        "Cross-strait",
        SUPPORTED_RENDERING,
        "abbreviation",
    )
    assert finding.best().entry == "taiwan-strait" and "兩岸" in finding.best().reason


def test_case_and_article_follow_the_sentence():
    assert proposals("rendering", "Officials said Liangan ties were tense in Taipei.") == [
        ("Liangan", "cross-strait")
    ]
    assert proposals("rendering", "Taipei's Lanying lawmakers walked out.") == [("Lanying", "the blue camp")]
    assert proposals("rendering", "In Taipei the Lanying walked out.") == [("Lanying", "blue camp")]


def test_without_its_context_a_rendering_is_reported_not_applied():
    [finding] = find("rendering", "Lanying lawmakers walked out.")
    assert finding.best().prior == UNSUPPORTED_RENDERING


def test_a_term_without_context_needs_none():
    assert proposals("rendering", "Leaders of the East League met in Jakarta.") == [("East League", "ASEAN")]


def test_a_misread_reading_is_fixed_only_where_the_story_never_names_what_mt_read():
    text = "Police in Hong Kong said the scheme covered Hong Kong and Australia."
    [finding] = find("rendering", text)
    assert (finding.best().replacement, finding.type) == ("Hong Kong and Macau", "confusable")
    about_australia = "Hong Kong and Australia signed a deal; Australian firms cheered."
    assert find("rendering", about_australia) == []


def test_a_rendering_inside_a_longer_name_is_left_alone():
    assert find("rendering", "Li Lanying, a teacher in Taipei, retired.") == []
