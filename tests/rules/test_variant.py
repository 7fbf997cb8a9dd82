"""The variant rule on a tiny gazetteer: one spelling per entity, the canonical one."""

from translit.rules.variant import FOREIGN_PINYIN, INCONSISTENT_SPELLING, LISTED_VARIANT

from . import tiny_names as names
from .tiny import find, proposals


def test_a_listed_variant_is_replaced():
    [finding] = find("variant", "Zelensky met troops at the front.")
    assert (finding.best().replacement, finding.best().prior) == ("Zelenskyy", LISTED_VARIANT)


def test_the_pinyin_of_a_transcribed_foreign_name_is_replaced():
    [finding] = find("variant", "He Jinli spoke at the rally.")
    assert (finding.best().replacement, finding.best().prior) == ("Kamala Harris", FOREIGN_PINYIN)
    assert "賀錦麗" in finding.best().reason


def test_an_alternate_spelling_beside_the_canonical_one_is_replaced():
    text = "Power was cut in Lugansk overnight. Officials in Luhansk said repairs had begun."
    [finding] = find("variant", text)
    assert (finding.original, finding.best().replacement) == ("Lugansk", "Luhansk")
    assert finding.best().prior == INCONSISTENT_SPELLING


def test_without_the_house_style_two_valid_spellings_become_the_one_the_article_uses_more():
    text = "Lugansk was shelled. Repairs in Lugansk began. Luhansk officials said Lugansk had power."
    findings = find("variant", text, house_style=False)
    assert [(f.original, f.best().replacement) for f in findings] == [("Luhansk", "Lugansk")]
    assert "its usual one" in findings[0].best().reason
    # with the house style, the canonical spelling wins however rare it is
    assert {(f.original, f.best().replacement) for f in find("variant", text)} == {("Lugansk", "Luhansk")}


def test_without_the_house_style_a_tie_goes_to_the_canonical_spelling():
    text = "Power was cut in Lugansk overnight. Officials in Luhansk said repairs had begun."
    assert proposals("variant", text) == [("Lugansk", "Luhansk")]
    assert [(f.original, f.best().replacement) for f in find("variant", text, house_style=False)] == [
        ("Lugansk", "Luhansk")
    ]


def test_a_valid_spelling_used_consistently_is_left_to_the_house_style():
    assert find("variant", "Officials in Lugansk said repairs had begun.") == []
    assert find("variant", "Lai Qingde met the delegation.") == []


def test_a_character_name_s_pinyin_beside_its_customary_spelling_is_replaced():
    text = "Lai Ching-te spoke first. Lai Qingde then met the delegation."
    assert proposals("variant", text) == [("Lai Qingde", "Lai Ching-te")]


def test_a_sound_alike_of_a_named_surname_is_replaced():
    text = "Governor Serhiy Haidai said the town held. Heday added that shells had fallen."
    assert proposals("variant", text) == [("Heday", "Haidai")]


def test_a_known_word_that_sounds_like_a_surname_is_left_alone():
    assert find("variant", "Governor Serhiy Haidai said the town held. Today was calm.") == []


def test_the_pinyin_of_a_korean_name_is_an_error_even_without_the_house_style():
    text = "Li Zaiming met voters in Seoul."
    assert names.proposals("variant", text) == [("Li Zaiming", "Lee Jae-myung")]
    assert names.find("house-style", text) == []


def test_a_respelled_western_surname_of_a_person_named_in_full_nearby():
    text = "Nancy Pelosi landed in Taipei. Pelozi met the president."
    assert names.proposals("variant", text) == [("Pelozi", "Pelosi")]
