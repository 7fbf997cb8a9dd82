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


def _garbles(entries, span):
    index = NameIndex(entries)
    return [(m.replacement, m.kind) for m in index.match(span) if m.kind is MatchKind.GARBLED]


KIM_KEON_HEE = Entry("kim-keon-hee", "Kim Keon-hee", "person", country="KR", chinese=("金建希",))
LEE_JAE_MYUNG = Entry("lee", "Lee Jae-myung", "person", country="KR", chinese=("李在明",))


def test_a_garble_is_one_part_exact_and_the_other_a_few_letters_off():
    assert _garbles([KIM_KEON_HEE], "Kim Kyn-hee") == [("Kim Keon-hee", MatchKind.GARBLED)]
    # a garble close to two people is either's
    kyung_hee = Entry("kim-kyung-hee", "Kim Kyung-hee", "person", country="KR", chinese=("金慶喜",))
    assert _garbles([KIM_KEON_HEE, kyung_hee], "Kim Kyn-hee") == []
    # ... also where the other is a person of the generated tables, whom no garble is rewritten to
    generated = Entry("kim-kyung-hee", "Kim Kyung-hee", "person", country="KR", source="cc-cedict")
    assert _garbles([KIM_KEON_HEE, generated], "Kim Kyn-hee") == []


def test_a_garbled_piece_that_is_part_of_another_known_name_is_that_name():
    # "gyung" is no syllable of Lee Jae-myung's: a garble, unless the gazetteer knows it as a given name
    assert _garbles([LEE_JAE_MYUNG], "Lee Jae-gyung") == [("Lee Jae-myung", MatchKind.GARBLED)]
    park = Entry("park-gyung-ho", "Park Gyung-ho", "person", country="KR", source="cc-cedict")
    assert _garbles([LEE_JAE_MYUNG, park], "Lee Jae-gyung") == []
    # a piece that is an English word is no garble either
    assert _garbles([LEE_JAE_MYUNG], "Lee Jae-young") == []


def test_a_lone_garbled_surname_is_western_one_letter_off_and_no_real_american_surname():
    morrison = Entry("morrison", "Scott Morrison", "person", country="AU", short=("Morrison",))
    assert _garbles([morrison], "Morrisom") == [("Morrison", MatchKind.GARBLED)]
    assert _garbles([morrison], "Morison") == []  # the 14,230th commonest surname of Americans
    assert _garbles([KIM_KEON_HEE], "Keon-hee") == []  # an East Asian name alone is no surname
