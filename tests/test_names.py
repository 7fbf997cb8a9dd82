"""The name keys (translit.names): romanization systems read back to pinyin, Korean and Japanese
romanizations folded, Western sound keys, and the index that files entities under them."""

import pytest
from pypinyin.pinyin_dict import pinyin_dict

from translit.gazetteer import Entry
from translit.names import romanization
from translit.names.index import MatchKind, NameIndex
from translit.names.japanese import hepburn_key
from translit.names.korean import korean_key
from translit.names.phonetic import sound_key

_TONE_MARKS = str.maketrans("āáǎàēéěèếềīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeeeiiiioooouuuuüüüüünnnm")


def test_the_syllable_inventory_is_pypinyin_s():
    readings = {p.translate(_TONE_MARKS) for value in pinyin_dict.values() for p in value.split(",")}
    with_vowels = {s for s in readings if s.isalpha() and any(v in s for v in "aeiouü")}
    assert with_vowels == romanization.PINYIN_SYLLABLES


@pytest.mark.parametrize(
    ("syllable", "wade_giles", "tongyong", "yale"),
    [
        ("qiang", "ch'iang", "ciang", "chyang"),
        ("xiong", "hsiung", "syong", "syung"),
        ("zhu", "chu", "jhu", "ju"),
        ("guo", "kuo", "guo", "gwo"),
        ("zhuo", "cho", "jhuo", "jwo"),
        ("rong", "jung", "rong", "rung"),
        ("jue", "chüeh", "jyue", "jywe"),
        ("gui", "kuei", "guei", "gwei"),
    ],
)
def test_each_system_spells_a_syllable_its_own_way(syllable, wade_giles, tongyong, yale):
    assert romanization.wade_giles(syllable) == wade_giles
    assert romanization.tongyong(syllable) == tongyong
    assert romanization.yale(syllable) == yale
    for spelling in (wade_giles, tongyong, yale):
        assert syllable in romanization.readings(romanization.ascii_spelling(spelling))


def test_words_are_split_into_syllables_fewest_first():
    assert [s.spelling for s in romanization.syllabify("Tsaiingwen")[0]] == ["tsai", "ing", "wen"]
    assert romanization.syllabify("Chairman") == ()  # no Yale "r" splits English words


@pytest.mark.parametrize(
    "pair",
    [
        ("Yoon Suk Yeol", "Yoon Sok-yol"),
        ("Moon Jae-in", "Mun Chae-in"),
        ("Han Duck-soo", "Han Tok-su"),
        ("Kim Jong Un", "Kim Jong-eun"),
    ],
)
def test_korean_romanizations_share_a_key(pair):
    assert korean_key(pair[0]) == korean_key(pair[1])


def test_different_korean_names_do_not():
    assert korean_key("Lee Jae-myung") != korean_key("Lee Jae-yong")


def test_hepburn_variants_share_a_key():
    assert hepburn_key("Shinzō Abe") == hepburn_key("Shinzou Abe") == hepburn_key("Sinzo Abe")
    assert hepburn_key("Shinzo Abe") != hepburn_key("Shinjiro Abe")


def test_western_transliterations_share_a_sound_key():
    assert sound_key("Zelensky") == sound_key("Jelensky") == sound_key("Selenskyj")
    assert sound_key("Shmyhal") == sound_key("Shmygal")
    assert sound_key("Pelosi") == sound_key("Perosi")  # r becomes l through Chinese
    assert sound_key("Kuleba") != sound_key("Zelensky")


INDEX = NameIndex(
    [
        Entry("tsai", "Tsai Ing-wen", "person", country="TW", chinese=("蔡英文",)),
        Entry("xi", "Xi Jinping", "person", country="CN", chinese=("習近平",)),
        Entry("okinawa", "Okinawa", "region", country="JP", chinese=("沖繩",)),
        Entry("kishida", "Fumio Kishida", "person", country="JP", chinese=("岸田文雄",)),
        Entry("generated", "Wang Tao", "person", country="CN", chinese=("王濤",), source="cc-cedict"),
    ]
)


def test_each_match_says_which_key_and_why():
    [match] = INDEX.match("Tsai Yingwen")
    assert (match.entry, match.kind, match.alternate) == ("tsai", MatchKind.ROMANIZATION, False)
    assert "'tsai' = cai (Wade-Giles" in match.evidence
    [old] = INDEX.match("Hsi Chin-ping")
    assert (old.replacement, old.alternate) == ("Xi Jinping", True)  # an old spelling of a pinyin name
    [half] = INDEX.match("Kishida Wenxiong")
    assert (half.replacement, half.kind) == ("Fumio Kishida", MatchKind.MIXED)


def test_what_is_not_indexed():
    assert INDEX.match("Chonging") == ()  # 沖繩 is Okinawa, never read syllable by syllable
    assert INDEX.match("Wang T'ao") == ()  # generated tables are not indexed
    assert INDEX.match("Tsai Ing-wen") == ()  # a name is no near miss of itself
    assert not INDEX.may_match(["Second", "Ring", "Road"])
