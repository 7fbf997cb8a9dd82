"""The house-style rule on a tiny gazetteer: valid spellings the house replaces, used consistently."""

from translit.rules.house_style import HOUSE_SPELLING

from .tiny import find, proposals


def test_an_alternate_spelling_is_replaced():
    [finding] = find("house-style", "Officials in Kiev said the talks would resume.")
    assert (finding.best().replacement, finding.best().prior) == ("Kyiv", HOUSE_SPELLING)


def test_a_protected_phrase_is_left_alone():
    assert find("house-style", "The restaurant's chicken Kiev is famous.") == []


def test_the_pinyin_of_a_character_name_is_house_style():
    assert proposals("house-style", "Lai Qingde met the delegation.") == [("Lai Qingde", "Lai Ching-te")]


def test_errors_are_not_the_house_style_s_business():
    assert find("house-style", "He Jinli spoke at the rally.") == []  # foreign pinyin: a variant
    assert find("house-style", "Kiev and Kyiv are one city.") == []  # inconsistent: a variant
