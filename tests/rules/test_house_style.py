"""The house-style rule on a tiny gazetteer: valid spellings the house replaces, used consistently."""

from translit.names.namesakes import mainland_namesake
from translit.rules.house_style import HOUSE_SPELLING

from . import tiny_names as names
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


def test_a_country_named_right_before_a_person_is_no_part_of_the_name():
    # MT writes 台灣卓榮泰 word for word: "Taiwan" is the country, not a syllable of the name
    text = "Taiwan Zhuo Rongtai met the delegation."
    assert names.proposals("house-style", text) == [("Zhuo Rongtai", "Cho Jung-tai")]


def test_a_syllable_right_before_a_name_may_still_be_part_of_a_longer_name():
    assert names.find("house-style", "Reporters asked Xu Zhuo Rongtai about it.") == []


def test_the_pinyin_of_a_two_character_name_needs_the_story_to_refer_to_the_person_or_country():
    # 何晶 (Ho Ching, of Singapore) read in pinyin is also the name of many mainland people
    assert names.find("house-style", "The prize went to He Jing, a teacher in Changsha.") == []
    text = "In Singapore, the prize went to He Jing, who thanked the jury."
    assert names.proposals("house-style", text) == [("He Jing", "Ho Ching")]
    # three syllables read one person wherever they stand
    assert names.proposals("house-style", "The prize went to Zhuo Rongtai.") == [
        ("Zhuo Rongtai", "Cho Jung-tai")
    ]


def test_pinyin_set_on_the_mainland_is_left_alone_where_the_story_never_refers_to_the_person_s_country():
    # 吳思瑤 (Wu Szu-yao, of Taiwan) in pinyin is also a mainland name: Shanghai in her sentence says whose
    [left] = names.find("house-style", "Wu Siyao, a bank manager in Shanghai, was detained.")
    assert left.candidates == () and left.note.startswith("left alone: would be 'Wu Szu-yao'")
    assert "'Shanghai'" in left.note and "Taiwan" in left.note
    # China itself right before the name, describing it, places it too
    [described] = names.find("house-style", "Chinese banker Wu Siyao was detained.")
    assert described.candidates == ()


def test_pinyin_set_on_the_mainland_is_the_person_s_where_the_story_refers_to_the_country():
    text = "Wu Siyao criticized the drills near Shanghai.\n\nTaiwanese lawmakers met on Monday."
    assert names.proposals("house-style", text) == [("Wu Siyao", "Wu Szu-yao")]
    # nor is a mainland place elsewhere in the story evidence: only the name's own sentence is
    text = "Wu Siyao was detained on Monday. Shares fell in Shanghai."
    assert names.proposals("house-style", text) == [("Wu Siyao", "Wu Szu-yao")]
    # another spelling of the person in the story says it is her (the variant rule's to make consistent)
    text = "Wu Szu-yao spoke first. Later, Wu Siyao, in Shanghai, said the talks had failed."
    start = text.index("Wu Siyao")
    entry = names.GAZETTEER["wu-szu-yao"]
    assert mainland_namesake(names.document(text), entry, start, start + len("Wu Siyao")) is None
