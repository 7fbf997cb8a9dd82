"""The rendering rule on a tiny gazetteer: Chinese terms MT leaves in pinyin or reads the wrong way."""

import pytest

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


def test_a_translation_character_by_character_needs_no_context():
    assert proposals("rendering", "Reporters asked about two-shore relations.") == [
        ("two-shore", "cross-strait")
    ]


def test_a_pinyin_term_after_a_determiner_is_no_name_and_needs_no_context():
    assert proposals("rendering", "Later the Lanying walked out of the session.") == [
        ("Lanying", "blue camp")
    ]


def test_a_syllable_left_in_pinyin_names_the_country_the_story_is_about():
    text = "Officials of the Xin Tourism Board said a survey ranked Singapore first."
    assert proposals("rendering", text) == [("Xin", "Singapore")]
    # a story that never names Singapore: reported, not applied
    elsewhere = find("rendering", "Officials of the Xin Tourism Board met in Osaka.")
    assert [f.best().prior for f in elsewhere] == [UNSUPPORTED_RENDERING]


def test_a_syllable_listed_with_countries_names_one_without_other_context():
    assert proposals("rendering", "Malaysia, Japan, and Xing signed the pact.") == [("Xing", "Singapore")]
    [unlisted] = find("rendering", "Trade with Xing rose last year.")
    assert unlisted.best().prior == UNSUPPORTED_RENDERING


@pytest.mark.parametrize(
    "text",
    [
        "In Singapore, Xin said she was pleased with the result.",  # a person speaks
        "Mr. Xin visited Singapore last week.",  # an honorific
        "Xin, a student in Singapore, was not available for comment.",  # an apposition
        "Chen Xin arrived in Singapore on Monday. Later Xin left for Tokyo.",  # the story's own Chen Xin
        "Qin Gang met officials in Hong Kong.",  # inside a name
    ],
)
def test_a_syllable_where_a_person_stands_is_left_alone(text):
    assert find("rendering", text) == []


def test_a_word_mt_picked_for_the_meaning_is_fixed_only_where_it_stands_as_a_noun():
    # listed with a country, "New" names one: no other context needed
    assert proposals("rendering", "Vietnam deepened relations with New and Brunei.") == [("New", "Singapore")]
    for text in (
        "New partners came from Singapore and Brunei.",  # a sentence start
        "Singapore welcomed new and old partners.",  # lower case
        "Singapore hosted the New and the Old, an exhibition.",  # after a determiner
        "Singapore signed New Year deals with Brunei.",  # before a noun
    ):
        assert find("rendering", text) == [], text


def test_a_pinyin_syllable_that_is_an_english_noun_is_fixed_only_where_no_noun_stands():
    text = "Officials in Hong Kong said the Gang Special Administrative Region would reopen."
    assert proposals("rendering", text) == [("Gang", "Hong Kong")]
    assert find("rendering", "Hong Kong police said the Gang of Four was broken up.") == []


def test_before_a_noun_the_modifier_replaces_a_rendering():
    assert proposals("rendering", "The Philippines said the Fei coast guard would respond.") == [
        ("Fei", "Philippine")
    ]
    assert proposals("rendering", "President Marcos of the Philippines said the Fei confirmed cases.") == [
        ("Fei", "Philippines")
    ]


def test_the_replacement_is_spelled_as_the_story_spells_the_entity():
    text = "Cases were reported in the Hong Kong SAR and in the Ao SAR; Macao reported no deaths."
    assert proposals("rendering", text) == [("Ao", "Macao")]


def test_another_country_mt_picked_for_an_abbreviation_is_fixed_where_the_story_is_about_the_other():
    text = "Attacks in the West Bank rose, Israel said. Each day Pakistanis with work permits enter Israel."
    [finding] = find("rendering", text)
    assert (finding.best().replacement, finding.best().prior, finding.type) == (
        "Palestinians",
        SUPPORTED_RENDERING,
        "confusable",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan, Turkey and Iran condemned the strikes on Gaza, Palestinian officials said.",  # a list
        "Pakistan condemned the strikes on Gaza, Palestinian officials in the West Bank said.",  # a state speaks
        "India-Pakistan tensions eased, while Israel shelled Gaza and the West Bank.",  # a pair compound
        "Pakistani troops were in Gaza, and Pakistan confirmed it, West Bank officials said.",  # named again
        "Pakistanis enter Israel each day.",  # one reference to Israel is too little
    ],
)
def test_another_country_that_may_be_meant_stays(text):
    assert [f for f in find("rendering", text) if f.best().prior > UNSUPPORTED_RENDERING] == []


def test_a_name_translated_as_words():
    assert proposals("rendering", "Cai English met visitors in Taipei.") == [("Cai English", "Tsai Ing-wen")]


def test_an_english_noun_in_a_title_case_headline_is_left_alone():
    assert find("rendering", "Hong Kong Police Arrest Gang Members After Raid") == []
