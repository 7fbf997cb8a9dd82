"""Facts about names that hold for every entity: stated here once, read by the gazetteer and the rules.

What the glossary tables say about one entity (its forms, Chinese names, abbreviations) lives in the
tables; what is true of names in general — which characters are Chinese, which directions a compound can
name, which countries write personal and place names in Chinese characters, how coordinated names are
joined — lives here.
"""

from __future__ import annotations

import regex

#: CJK Unified Ideographs with Extension A, the compatibility block and the supplementary planes.
CJK_CLASS = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_CJK = regex.compile(f"[{CJK_CLASS}]")

#: Separators between the parts of a transliterated foreign name: 弗拉基米爾·普京.
NAME_DOTS = "·•・‧．"

#: Direction characters as MT romanizes them in a compound (烏東 -> "Udong"): syllable -> (English
#: adjective, character).
DIRECTIONS = {
    "dong": ("eastern", "東"),
    "nan": ("southern", "南"),
    "xi": ("western", "西"),
    "bei": ("northern", "北"),
    "zhong": ("central", "中"),
}

#: Where a name's Chinese form is the name itself, written in its own characters, so that its pinyin is
#: a reading human translators write too: 賴清德 "Lai Qingde", 台北 "Taibei", and in the references of
#: WMT's Chinese-English test sets Vietnamese and North Korean leaders as "Fan Mingzheng" (范明正) and
#: "Li Xuezhu" (李雪主). Their pinyin keys are house style, but for OWN_READING_COUNTRIES below.
#: Elsewhere the Chinese form only transcribes the sound of a foreign name, and its pinyin ("He Jinli"
#: for Kamala Harris) is an error.
CHARACTER_NAME_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "SG", "JP", "KR", "KP", "VN"})

#: Countries whose places MT already knows by their English names (東京 is Tokyo, 沙田 is Sha Tin), so
#: that pinyin of such a place ("Dongjing", "Shatian") is far likelier a Chinese place of that name:
#: their places get no pinyin keys from any source. Mainland China and Taiwan are not among them (their
#: place names *are* pinyin, or a customary spelling curated by hand), nor Singapore (English names).
KNOWN_PLACE_COUNTRIES = frozenset({"HK", "MO", "JP", "KR", "KP", "VN"})

#: Countries whose entries in the generated tables get no pinyin keys: their English names already are
#: pinyin or customary spellings, and GeoNames lists historic names among their Chinese forms (新安 for
#: Shenzhen) whose keys would rewrite other real places; Japanese and Korean places are written in the
#: same characters as Chinese ones (江津 is Gotsu and a Chongqing district). Singapore's and Vietnam's
#: generated names are English or Vietnamese, not readings of their Chinese forms, so they keep keys.
NO_GENERATED_KEY_COUNTRIES = CHARACTER_NAME_COUNTRIES - {"SG", "VN"}

#: Taiwan's places are the ones MT writes in pinyin ("Taibei", "Tai Bei"); other places get only the
#: joined spelling from three syllables up ("Deheilan" for Tehran): two-syllable place pinyin such as
#: 紅海 "Honghai" or 仰光 "Yangguang", let alone "Yang Guang", is also a Chinese company, word or name.
SPACED_PLACE_KEY_COUNTRIES = frozenset({"TW"})

#: One-character abbreviations that name a party to talks with 方 ("side") after them: 中方 is China, 美方
#: the US. Not 以, 法, 越, 台, 印, 陸: 以方便, 合法方式, 越方便, 大陸方面 are everyday phrases.
SIDE_ABBREVIATIONS = frozenset("中美俄日韓英德朝烏歐")
SIDE_SUFFIX = "方"

#: The combining forms of country names, as in "Sino-US" (中美) or "Anglo-French": country code -> forms.
COMBINING_FORMS = {"CN": ("Sino",), "GB": ("Anglo",), "FR": ("Franco",), "RU": ("Russo",), "IN": ("Indo",)}

#: What joins coordinated names: "Unan and Udong", "Kramatorsk, and Kramatorsk", "Luhansk or Luhansk".
COORDINATOR = regex.compile(r"\s+(?:and|or)\s+|,\s+(?:(?:and|or)\s+)?")


# --- how personal names are written, by country (issue #12: near misses and back-references) ---------

#: Where people speak Chinese: their names in any romanization of Mandarin are read syllable by syllable
#: (Wade-Giles "Hsiao", Tongyong "Siao", pinyin "Xiao"). In Japan, Korea and Vietnam only the pinyin of
#: the characters is a reading of the name MT produces.
CHINESE_SPEAKING_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "SG"})
KOREAN_NAME_COUNTRIES = frozenset({"KR", "KP"})
JAPANESE_NAME_COUNTRIES = frozenset({"JP"})
#: Where names written in characters have readings of their own language and English spellings every
#: English outlet uses (South Korea, Japan): the Mandarin pinyin of their characters ("Piao Zhen" for 朴振,
#: Park Jin; "Anbei Jinsan" for 安倍晉三) is an error, not a reading translators use, though it is what
#: MT writes. Not North Korea: its names reach Chinese news through Chinese state media, and translators
#: of that news write their pinyin (WMT's references: "Li Xuezhu" for 李雪主, Ri Sol Ju).
OWN_READING_COUNTRIES = frozenset({"KR", "JP"})
#: Where people's names are written in a script other than Latin, so that English spells them by one
#: transliteration or another (Zelenskyy, Zelensky; Netanyahu, Netaniahu; Raisi, Raeesi): there a
#: respelling by sound may be another valid transliteration. A name of a Latin-script country (Newsom,
#: Steinmeier, Pelosi, Klose) is written alike in every language but for accents and a few letters
#: (Viktor, Victor; Schröder, Schroeder), and any other respelling is an error. (Names written in
#: characters are romanized: CHARACTER_NAME_COUNTRIES.)
TRANSLITERATED_NAME_COUNTRIES = frozenset(
    """
    RU UA BY BG RS MK ME BA KZ KG TJ UZ TM MN GE AM AZ GR CY IL PS IR IQ SY LB JO SA YE OM AE QA KW BH EG
    LY SD DZ MA TN MR AF PK IN BD NP LK BT MV MM TH LA KH ET ER
    """.split()
)
#: Where English news writes people given name first (Fumio Kishida), though their own order, and MT's
#: from Chinese, is surname first; everywhere else in CHARACTER_NAME_COUNTRIES the surname comes first.
GIVEN_NAME_FIRST_COUNTRIES = JAPANESE_NAME_COUNTRIES
#: Where the house's spelling of a person is the pinyin itself (Xi Jinping): other romanizations of it
#: are old spellings, not errors. Taiwanese names that happen to be spelled as pinyin (Chen Shui-bian)
#: are customary spellings, and Wade-Giles for them (Ch'en Shui-pien) is an error.
PINYIN_NAME_COUNTRIES = frozenset({"CN"})
#: Whose places and bodies are named in Mandarin romanization (Kao-hsiung, Gaoxiong): other places
#: written in characters have names of their own (沖繩 is Okinawa, not "Chongsheng"), and a Hong Kong
#: body's characters read in pinyin name its mainland namesake (文匯報: Hong Kong's Wen Wei Po,
#: Shanghai's Wenhui Bao).
ROMANIZED_PLACE_COUNTRIES = frozenset({"CN", "TW"})
#: Where hyphens and spaces inside a given name are a matter of style: Kim Jong Un, Kim Jong-un.
FREELY_SPACED_COUNTRIES = KOREAN_NAME_COUNTRIES | JAPANESE_NAME_COUNTRIES
#: Where a person's name is written with each syllable a capitalized word: Lee Kuan Yew, Goh Chok Tong.
SPACED_NAME_COUNTRIES = frozenset({"SG"})


def is_chinese(surface: str) -> bool:
    """Whether a form starts with a Chinese character, and so needs no word boundaries.

    >>> is_chinese("烏東"), is_chinese("Udong")
    (True, False)
    """
    # most forms are Latin: telling them by their first character's code point skips the regex (half
    # a second of a cold gazetteer build, which asks this of every form)
    return not surface[:1].isascii() and bool(_CJK.match(surface))


def is_all_chinese(text: str) -> bool:
    """Whether every character is a CJK ideograph (a Chinese form, not kana, hangul or Latin)."""
    return bool(text) and all(_CJK.match(character) for character in text)


def writes_names_in_characters(country: str) -> bool:
    """Whether the pinyin of the country's names is a reading translators use (house style), rather
    than an error (the pinyin of a transcription)."""
    return country in CHARACTER_NAME_COUNTRIES
