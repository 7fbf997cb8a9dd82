"""The name-reading rule on a tiny gazetteer: personal names whose first characters MT read as a country."""

from translit.rules.name_reading import NAME_READ_AS_COUNTRY, ONLY_READING, UNSUPPORTED_READING

from .tiny_names import find, proposals


def test_a_name_starting_with_a_country_s_name_is_the_person():
    text = "Speaker South Korea Yu met lawmakers in Taipei."
    [finding] = find("name-reading", text)
    assert (finding.original, finding.best().replacement) == ("South Korea Yu", "Han Kuo-yu")
    assert (finding.best().prior, finding.type) == (NAME_READ_AS_COUNTRY, "confusable")
    assert "韓國瑜" in finding.best().reason
    assert proposals("name-reading", "South Korean Yu spoke in Kaohsiung.") == [
        ("South Korean Yu", "Han Kuo-yu")
    ]


def test_without_the_person_or_the_country_nearby_the_one_person_it_fits_is_still_meant():
    # a country's name and a pinyin syllable are no English phrase: 韓國瑜 is the only person it fits
    [finding] = find("name-reading", "The rally was cancelled after South Korea Yu spoke.")
    assert (finding.best().replacement, finding.best().prior) == ("Han Kuo-yu", ONLY_READING)


def test_where_a_name_goes_on_it_is_reported_only():
    # "Yu Myung-hwan" is a Korean name of its own: the country is the country
    [finding] = find("name-reading", "Trade with South Korea Yu Myung-hwan said rose.")
    assert finding.best().prior == UNSUPPORTED_READING


def test_a_surname_read_as_the_country_where_a_person_speaks():
    text = "Speaker Han Kuo-yu visited Kaohsiung. South Korea said the budget would pass."
    assert proposals("name-reading", text) == [("South Korea", "Han")]


def test_a_story_that_is_about_the_country_keeps_it():
    text = "Han Kuo-yu spoke in Taipei. South Korea said it would send envoys, and Seoul confirmed it."
    assert find("name-reading", text) == []
    assert find("name-reading", "South Korea said it would send envoys to Taipei.") == []  # no Han nearby


def test_a_name_read_as_a_country_is_found_before_a_possessive():
    [finding] = find("name-reading", "Reporters toured South Korea Yu's home in Kaohsiung.")
    assert (finding.original, finding.best().replacement) == ("South Korea Yu", "Han Kuo-yu")


def test_a_country_s_possessive_before_a_name_is_no_reading():
    assert find("name-reading", "South Korea's Yu Myung-hee led the trade talks.") == []
