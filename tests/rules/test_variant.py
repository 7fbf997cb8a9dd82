"""The variant rule on a tiny gazetteer: one spelling per entity, the canonical one."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.testkit import ABBREVIATIONS, ENTRIES
from translit.document import read_document
from translit.gazetteer import Entry, Gazetteer
from translit.rules import RULES, variant
from translit.rules.variant import FOREIGN_PINYIN, INCONSISTENT_SPELLING, LISTED_VARIANT, MISTYPED_NAME
from translit.source import Source, read_source

from . import tiny_names as names
from .tiny import document, find, proposals


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


def _find_with_source(text, source, extra=()):
    """The variant rule's findings with the Chinese original given line by line."""
    gazetteer = Gazetteer((*ENTRIES, *extra), ABBREVIATIONS)
    view = read_source(text, Source(source, line_aligned=True), gazetteer)
    return [
        (f.original, f.best().replacement)
        for f in RULES["variant"].find(read_document(text, gazetteer, view))
    ]


def test_with_the_source_a_pinyin_key_is_fixed_only_where_the_source_names_the_entity():
    text = "He Jinli spoke at the rally."
    assert _find_with_source(text, "賀錦麗在集會上講話。") == [("He Jinli", "Kamala Harris")]
    # the same reading of other characters: someone else, whom the source names
    assert _find_with_source(text, "何金利在集會上講話。") == []


def test_with_the_source_a_sound_alike_surname_is_fixed_only_where_the_source_names_the_person():
    haidai = Entry("haidai", "Serhiy Haidai", "person", country="UA", short=("Haidai",), chinese=("海代",))
    text = "Governor Serhiy Haidai said the town held.\nHeday added that shells had fallen."
    named = "州長海代說該鎮守住了。\n海代補充說炮彈已經落下。"
    assert _find_with_source(text, named, (haidai,)) == [("Heday", "Haidai")]
    other = "州長海代說該鎮守住了。\n赫代補充說炮彈已經落下。"
    assert _find_with_source(text, other, (haidai,)) == []


def test_without_the_house_style_the_declared_name_follows_the_article_s_usual_near_miss_spelling():
    text = (
        "Yoon Seok-yeol flew to Tokyo. Yoon Seok-yeol met the premier there. Critics of Yoon Suk Yeol "
        "were not pleased."
    )
    findings = names.find("variant", text, house_style=False)
    assert [(f.original, f.best().replacement) for f in findings] == [("Yoon Suk Yeol", "Yoon Seok-yeol")]
    assert "its usual one" in findings[0].best().reason
    # with the house style, the declared name stays: the near misses are rewritten to it instead
    assert names.find("variant", text) == []


def test_without_the_house_style_a_declared_name_written_as_often_as_a_near_miss_stays():
    text = "Yoon Seok-yeol flew to Tokyo. Critics of Yoon Suk Yeol were not pleased."
    assert names.find("variant", text, house_style=False) == []


def test_a_full_name_one_letter_off_a_name_the_story_writes_is_a_slip():
    text = "Tsai Ing-wen spoke in Taipei on Monday. Later Tsai Ing-wem met reporters."
    findings = names.find("variant", text)
    assert [(f.original, f.best().replacement) for f in findings] == [("Tsai Ing-wem", "Tsai Ing-wen")]
    assert "one letter off" in findings[0].best().reason
    assert findings[0].best().prior == MISTYPED_NAME
    # a Japanese name's given name comes first, and it is the part mistyped
    text = "Fumio Kishida spoke in Tokyo on Monday. Later Funio Kishida met reporters."
    assert names.proposals("variant", text) == [("Funio Kishida", "Fumio Kishida")]
    # a misread character in a name the story writes in pinyin: follows that spelling, fixed with it
    text = "Li Zaiming began a hunger strike in Seoul. Li Zaoming's aides said he was weak."
    assert [(f.original, f.best().replacement) for f in names.find("variant", text)][-1] == (
        "Li Zaoming",
        "Li Zaiming",
    )


@pytest.mark.parametrize(
    "text",
    [
        # mainland names a letter apart are often two people
        "Wang Wenbin spoke in Beijing. Wang Wenbing, a trader, disagreed.",
        # a short name a letter off is another person's as likely as a slip
        "Ko Wen-je spoke in Taipei. Ko Wen-jo, a student, disagreed.",
        # two letters off is no slip
        "Tsai Ing-wen spoke in Taipei. Tsai Ang-wem, a student, disagreed.",
        # another surname is another person
        "Tsai Ing-wen spoke in Taipei. Cai Ing-wen disagreed.",
        # ... and a Japanese name's surname is its last word: Kushida is another family than Kishida
        "Fumio Kishida spoke in Tokyo. Fumio Kushida, a banker, disagreed.",
    ],
)
def test_a_name_a_letter_off_is_left_alone_where_it_may_be_someone_else(text):
    assert [f for f in names.find("variant", text) if "one letter off" in f.best().reason] == []


_WORD_PIECES = ("Heday", "Haidai", "Ko", "Kim", "Abc", "iPhone", "Über", "Andrés", "x", "2", "_", "é", "THE")
_WORD_SEPARATORS = ("", " ", "-", "'", "’", "‐", ".", ",", "\n")


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_WORD_PIECES), st.sampled_from(_WORD_SEPARATORS)), max_size=12).map(
        lambda parts: "".join(p + s for p, s in parts)
    )
)
def test_the_capitalized_words_hold_every_word_the_pattern_finds(text: str) -> None:
    """The sound-alike check filters the pattern's matches by these words: they must hold them all."""
    assert set(variant._CAPITALIZED_WORD.findall(text)) <= variant._capitalized_words(document(text))


def test_without_the_house_style_a_declared_spelling_never_follows_a_usual_pinyin_reading():
    text = (
        "Jin Zhengen visited a mill near Pyongyang. Kim Jong-un toured the halls. State media said "
        "Jin Zhengen praised the workers."
    )
    assert names.find("variant", text, house_style=False) == []


def test_without_the_house_style_a_pinyin_reading_follows_the_usual_declared_spelling():
    text = "Kim Jong Un visited a mill. State media said Kim Jong Un praised the workers. Jin Zhengen left."
    assert [(f.original, f.best().replacement) for f in names.find("variant", text, house_style=False)] == [
        ("Jin Zhengen", "Kim Jong Un")
    ]
