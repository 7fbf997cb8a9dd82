"""Mandarin syllables as the romanization systems spell them, and spelled syllables read back to pinyin.

MT output and older English sources spell the same Chinese name in several systems, and often mix them
within one name: 蔡英文 is "Cai Yingwen" (Hanyu Pinyin), "Ts'ai Ying-wen" (Wade-Giles), "Tsai Ing-wen"
(her own spelling), "Tsai Ing wen" (MT). Every pinyin syllable is spelled here in each system; the
inverse table reads a spelled syllable back to the pinyin syllables it may stand for, so that a name is
matched syllable by syllable whatever system each syllable came from.

>>> sorted(readings("tsai"))
['cai', 'zai']
>>> sorted(readings("hsiao"))
['xiao']
>>> [tuple(s.spelling for s in split) for split in syllabify("Tsaiingwen")][0]
('tsai', 'ing', 'wen')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

#: Spellings of pinyin syllables that are no system's but a habit of Taiwanese personal names (Tsai
#: Ing-wen, Hou Yu-ih, Hwang, Tzeng): spelling -> the pinyin syllable it stands for.
CUSTOMARY = {
    "ing": "ying",
    "ih": "yi",
    "hwang": "huang",
    "lee": "li",
    "tzeng": "zeng",
    "jeng": "zheng",
    "chiou": "qiu",
    "yeou": "you",
    "shiu": "xu",
}
#: Surnames as Hong Kong, Macau and Singapore write them, from Cantonese, Hokkien or Teochew rather than
#: Mandarin (Wong 黃, Leung 梁, Tsang 曾; Tan 陳, Lim 林): spelling -> the pinyin syllables of the
#: surnames it writes. Used only for a person's surname, where it tells which word of an English name is
#: the surname (Joshua Wong, 黃之鋒): as syllables of other words they would read English words as names.
DIALECT_SURNAMES = {
    "wong": ("huang", "wang"), "leung": ("liang",), "tsang": ("zeng",), "cheung": ("zhang",),
    "chan": ("chen",), "lau": ("liu",), "yau": ("qiu", "you"), "tung": ("dong",), "lam": ("lin",),
    "ng": ("wu", "huang"), "ho": ("he",), "law": ("luo",), "yeung": ("yang",), "chow": ("zhou",),
    "tse": ("xie",), "kwok": ("guo",), "lai": ("li",), "lo": ("lu", "luo"), "mak": ("mai",),
    "fung": ("feng",), "choi": ("cai",), "tam": ("tan",), "siu": ("xiao",), "yip": ("ye",),
    "kwan": ("guan",), "cheng": ("zheng",), "hui": ("xu",), "tsui": ("xu", "cui"), "mok": ("mo",),
    "yuen": ("yuan",), "lui": ("lü",), "tong": ("tang",), "chiu": ("zhao",), "sham": ("cen",),
    "shum": ("cen",), "yung": ("rong",), "nip": ("nie",), "chui": ("cui",), "yue": ("yu",),
    "tan": ("chen",), "lim": ("lin",), "koh": ("xu",), "khor": ("xu",), "goh": ("wu",),
    "ong": ("wang",), "teo": ("zhang", "yang"), "yeo": ("yang",), "tay": ("zheng",), "chua": ("cai",),
    "heng": ("wang",), "lee": ("li",),
}  # fmt: skip
#: Characters read otherwise as a surname than in their usual reading (曾 is ceng, the surname Zeng), in
#: Traditional and Simplified forms: the reading a person's name has.
SURNAME_READINGS = {
    "曾": "zeng", "單": "shan", "单": "shan", "區": "ou", "区": "ou", "解": "xie", "樂": "yue", "乐": "yue",
    "朴": "piao", "查": "zha", "仇": "qiu", "繆": "miao", "缪": "miao", "蓋": "ge", "盖": "ge", "覃": "qin",
    "秘": "bi", "沈": "shen", "任": "ren", "華": "hua", "华": "hua", "車": "che", "车": "che", "莫": "mo",
    "種": "chong", "种": "chong", "燕": "yan", "尉": "wei", "藏": "zang", "万": "wan", "萬": "wan",
}  # fmt: skip
#: The systems, as named in explanations.
PINYIN, WADE_GILES, TONGYONG, YALE, CUSTOM = "pinyin", "Wade-Giles", "Tongyong", "Yale", "customary"
#: The systems in which names are really written: a name spelled wholly in one of them is a valid
#: spelling (the house style's to change); Yale, or systems mixed within a name, is an MT error.
#: Customary spellings ("Ing", "Hwang") go with any of them.
WRITTEN_SYSTEMS = (PINYIN, WADE_GILES, TONGYONG)
#: The systems that customary spellings go with: Lee Teng-hui is Wade-Giles with a customary surname,
#: "Lee Denghui" pinyin with one, which nobody writes.
CUSTOMARY_COMPANIONS = frozenset({WADE_GILES, TONGYONG})

#: The initials of pinyin syllables, longest first where one begins another (zh before z).
INITIALS = (
    "zh",
    "ch",
    "sh",
    "b",
    "p",
    "m",
    "f",
    "d",
    "t",
    "n",
    "l",
    "g",
    "k",
    "h",
    "j",
    "q",
    "x",
    "r",
    "z",
    "c",
    "s",
)
_ZERO_INITIAL = {
    "yi": "i", "ya": "ia", "ye": "ie", "yao": "iao", "you": "iou", "yan": "ian", "yin": "in", "yang": "iang",
    "ying": "ing", "yong": "iong", "yu": "ü", "yue": "üe", "yuan": "üan", "yun": "ün", "wu": "u", "wa": "ua",
    "wo": "uo", "wai": "uai", "wei": "uei", "wan": "uan", "wen": "uen", "wang": "uang", "weng": "ueng",
}  # fmt: skip
_CONTRACTED = {"iu": "iou", "ui": "uei", "un": "uen"}  # liu, gui, dun: pinyin writes the final short
_SIBILANT_I = {"zh", "ch", "sh", "r", "z", "c", "s"}  # zhi, si: the "i" is no vowel i
_VOWEL = re.compile("[aeiouy]")


@dataclass(frozen=True, slots=True)
class Syllable:
    """One syllable as written (``spelling``, lower case, no apostrophe) and the pinyin it may be."""

    spelling: str
    readings: frozenset[str]


def split_pinyin(syllable: str) -> tuple[str, str]:
    """A toneless pinyin syllable as (initial, full final): "liu" -> ("l", "iou"), "yu" -> ("", "ü").

    >>> split_pinyin("xue"), split_pinyin("wen"), split_pinyin("zhi")
    (('x', 'üe'), ('', 'uen'), ('zh', 'i'))
    """
    syllable = syllable.replace("v", "ü")
    if syllable in _ZERO_INITIAL:
        return "", _ZERO_INITIAL[syllable]
    initial = next((i for i in INITIALS if syllable.startswith(i) and len(syllable) > len(i)), "")
    final = syllable[len(initial) :]
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "ü" + final[1:]
    return initial, _CONTRACTED.get(final, final)


# --- Wade-Giles ------------------------------------------------------------------------------------
_WG_INITIALS = {
    "b": "p", "p": "p'", "d": "t", "t": "t'", "g": "k", "k": "k'", "j": "ch", "q": "ch'", "x": "hs",
    "zh": "ch", "ch": "ch'", "r": "j", "z": "ts", "c": "ts'",
}  # fmt: skip
_WG_SIBILANT_I = {"zh": "chih", "ch": "ch'ih", "sh": "shih", "r": "jih", "z": "tzu", "c": "tz'u", "s": "ssu"}
_WG_FINALS = {
    "e": "ê", "en": "ên", "eng": "êng", "ong": "ung", "er": "erh", "ie": "ieh", "iou": "iu", "ian": "ien",
    "iong": "iung", "uei": "ui", "uen": "un", "ueng": "ung", "üe": "üeh",
}  # fmt: skip
_WG_ZERO = {
    "i": "i", "ia": "ya", "ie": "yeh", "iao": "yao", "iou": "yu", "ian": "yen", "in": "yin", "iang": "yang",
    "ing": "ying", "iong": "yung", "ü": "yü", "üe": "yüeh", "üan": "yüan", "ün": "yün", "u": "wu",
    "ua": "wa", "uo": "wo", "uai": "wai", "uei": "wei", "uan": "wan", "uen": "wên", "uang": "wang",
    "ueng": "wêng", "e": "o", "en": "ên", "eng": "êng", "er": "erh",
}  # fmt: skip


def wade_giles(syllable: str) -> str:
    """A pinyin syllable in Wade-Giles, apostrophes and diacritics kept: "qiang" -> "ch'iang"."""
    initial, final = split_pinyin(syllable)
    if not initial:
        return _WG_ZERO.get(final, final)
    if final == "i" and initial in _SIBILANT_I:
        return _WG_SIBILANT_I[initial]
    spelled_initial = _WG_INITIALS.get(initial, initial)
    if final == "e" and initial in ("g", "k", "h"):
        return spelled_initial + "o"  # ge -> ko, he -> ho
    if final == "uo" and initial not in ("g", "k", "h", "sh"):
        return spelled_initial + "o"  # zhuo -> cho, luo -> lo; but guo -> kuo
    if final == "uei" and initial in ("g", "k"):
        return spelled_initial + "uei"  # gui -> kuei
    if final == "ü" and initial in ("l", "n"):
        return spelled_initial + "ü"
    return spelled_initial + _WG_FINALS.get(final, final)


# --- Tongyong Pinyin (Taiwan, 2002-2008) ------------------------------------------------------------
_TY_INITIALS = {"q": "c", "x": "s", "zh": "jh"}
_TY_FINALS = {"ü": "yu", "üe": "yue", "üan": "yuan", "ün": "yun", "iong": "yong", "uen": "un"}
_TY_ZERO = {"i": "yi", "iou": "you", "ü": "yu", "üe": "yue", "üan": "yuan", "ün": "yun", "uen": "wun"}


def tongyong(syllable: str) -> str:
    """A pinyin syllable in Tongyong Pinyin: "xiong" -> "syong", "zhi" -> "jhih", "feng" -> "fong"."""
    initial, final = split_pinyin(syllable)
    if not initial:
        if final == "ueng":
            return "wong"
        return _TY_ZERO.get(final) or _pinyin_of(initial, final)
    spelled_initial = _TY_INITIALS.get(initial, initial)
    if final == "i" and initial in _SIBILANT_I:
        return spelled_initial + "ih"
    if final == "eng" and initial in ("b", "p", "m", "f"):
        return spelled_initial + "ong"
    return spelled_initial + _TY_FINALS.get(final, final)


# --- Yale (Mandarin) ----------------------------------------------------------------------------------
_YALE_INITIALS = {"q": "ch", "x": "sy", "zh": "j", "z": "dz", "c": "ts"}
_YALE_SIBILANT_I = {"zh": "jr", "ch": "chr", "sh": "shr", "r": "r", "z": "dz", "c": "tsz", "s": "sz"}
_YALE_FINALS = {
    "ao": "au", "ong": "ung", "ia": "ya", "ie": "ye", "iao": "yau", "iou": "you", "ian": "yan",
    "iang": "yang", "iong": "yung", "ua": "wa", "uo": "wo", "uai": "wai", "uei": "wei", "uan": "wan",
    "uen": "wun", "uang": "wang", "ü": "yu", "üe": "ywe", "üan": "ywan", "ün": "yun",
}  # fmt: skip


def yale(syllable: str) -> str:
    """A pinyin syllable in Yale romanization: "guo" -> "gwo", "xiao" -> "syau", "zhi" -> "jr"."""
    initial, final = split_pinyin(syllable)
    if initial and final == "i" and initial in _SIBILANT_I:
        return _YALE_SIBILANT_I[initial]
    spelled_initial = _YALE_INITIALS.get(initial, initial)
    spelled_final = _YALE_FINALS.get(final, final)
    if not initial:
        if final == "i":
            return "yi"
        if final in ("u", "in", "ing"):
            return {"u": "wu", "in": "yin", "ing": "ying"}[final]
        if final == "uen":
            return "wen"
        return spelled_final
    if initial == "x" and spelled_final.startswith("y"):
        return spelled_initial + spelled_final[1:]  # xiao -> syau, not syyau
    return spelled_initial + spelled_final


def _pinyin_of(initial: str, final: str) -> str:
    for spelled, underlying in _ZERO_INITIAL.items():
        if not initial and underlying == final:
            return spelled
    return initial + final


def ascii_spelling(spelling: str) -> str:
    """As names are printed in English: no apostrophes, no diacritics ("ch'ü" -> "chu")."""
    return spelling.replace("'", "").replace("’", "").replace("ü", "u").replace("ê", "e")


#: Every toneless pinyin syllable a Chinese character is read as (ü written ü), as pypinyin's dictionary
#: has them; tests/rules/test_romanization.py keeps the two in step. Written out, because reading
#: pypinyin's dictionary costs half a second at start-up.
PINYIN_SYLLABLES = frozenset(
    """
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca cai can
cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan
chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian
diao die din ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou
fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao
he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong
jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la
lai lan lang lao le lei len leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü
lüe ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne
nei nen neng ni nia nian niang niao nie nin ning niu nong nou nu nuan nun nuo nü nüe o ou pa pai pan
pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu
qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen
seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si
song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui
tun tuo wa wai wan wang wei wen weng wo wong wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan
xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng
zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
zi zong zou zu zuan zui zun zuo
    """.split()
)


@functools.cache
def spelling_table() -> dict[str, dict[str, frozenset[str]]]:
    """Spelled syllable (ASCII, lower case) -> {pinyin syllable: the systems that spell it so}."""
    table: dict[str, dict[str, set[str]]] = {}

    def add(spelling: str, syllable: str, system: str) -> None:
        spelled = ascii_spelling(spelling)
        if _VOWEL.search(spelled):  # Yale's "r", "sz" (ri, si) would split English words: Mayo-r
            table.setdefault(spelled, {}).setdefault(syllable, set()).add(system)

    for syllable in PINYIN_SYLLABLES:
        add(syllable, syllable, PINYIN)
        add(wade_giles(syllable), syllable, WADE_GILES)
        add(tongyong(syllable), syllable, TONGYONG)
        add(yale(syllable), syllable, YALE)
    for spelling, syllable in CUSTOMARY.items():
        add(spelling, syllable, CUSTOM)
    return {
        spelling: {syllable: frozenset(systems) for syllable, systems in readings.items()}
        for spelling, readings in table.items()
    }


def readings(spelling: str) -> frozenset[str]:
    """The pinyin syllables a spelled syllable may stand for (empty if it is no syllable)."""
    return frozenset(spelling_table().get(spelling.lower(), ()))


@functools.cache
def spellings(syllable: str) -> tuple[str, ...]:
    """Every spelling of a pinyin syllable in the systems of :func:`spelling_table` (ASCII, lower case),
    the pinyin itself first: "zeng" -> ("zeng", "dzeng", "tseng", "tzeng")."""
    found = sorted(spelled for spelled, readings in spelling_table().items() if syllable in readings)
    return tuple(sorted(found, key=lambda spelled: spelled != syllable.replace("ü", "u")))


def reads_as_surname(word: str, syllable: str) -> bool:
    """Whether ``word`` spells the surname syllable in some system, or as Hong Kong or Singapore write
    it (:data:`DIALECT_SURNAMES`)."""
    letters = word.lower()
    return syllable in readings(letters) or syllable in DIALECT_SURNAMES.get(letters, ())


def systems(spelling: str, syllable: str) -> frozenset[str]:
    """The systems in which ``spelling`` spells the pinyin ``syllable``."""
    return spelling_table().get(spelling.lower(), {}).get(syllable, frozenset())


def written_system(spelled: Iterable[tuple[str, str]], joined: bool = False) -> str | None:
    """The one system of :data:`WRITTEN_SYSTEMS` that spells every (spelling, pinyin syllable) pair, or
    None when the syllables mix systems or need Yale. Syllables ``joined`` in one word ("Yingwen") are
    pinyin's way: Wade-Giles and Tongyong hyphenate them.

    >>> written_system([("tsai", "cai"), ("ying", "ying"), ("wen", "wen")])
    'Wade-Giles'
    >>> written_system([("tsai", "cai"), ("ying", "ying"), ("wen", "wen")], joined=True) is None
    True
    >>> written_system([("hou", "hou"), ("yu", "you"), ("yi", "yi")]) is None  # Hou Yu-yi: WG yu, pinyin yi
    True
    >>> written_system([("lee", "li"), ("deng", "deng"), ("hui", "hui")], joined=True) is None  # Lee Denghui
    True
    """
    candidates = {PINYIN} if joined else set(WRITTEN_SYSTEMS)
    for spelling, syllable in spelled:
        used = systems(spelling, syllable)
        candidates &= used | CUSTOMARY_COMPANIONS if CUSTOM in used else used
    return next((system for system in WRITTEN_SYSTEMS if system in candidates), None)


#: The longest spelled syllable ("chuang", "shuang", "hsiung"...) bounds the segmentation search.
_LONGEST = 7
#: A word is split into at most this many syllables: names have two to four, and a longer split of one
#: word is a guess, not a name.
MAX_SYLLABLES = 4


@functools.lru_cache(maxsize=65536)
def syllabify(word: str) -> tuple[tuple[Syllable, ...], ...]:
    """Every way to read ``word`` (letters, apostrophes) as a run of romanized syllables, fewest
    syllables first; () when it cannot be read so.

    An apostrophe separates syllables ("Xi'an") or marks aspiration ("Ch'en"); both readings are tried.
    """
    letters = word.lower().replace("’", "'")
    results: list[tuple[Syllable, ...]] = []
    for text in {letters.replace("'", ""), *_apostrophe_splits(letters)}:
        results.extend(_segmentations(text))
    unique = sorted(set(results), key=lambda split: (len(split), [s.spelling for s in split]))
    return tuple(unique)


def _apostrophe_splits(letters: str) -> list[str]:
    return [] if "'" not in letters else ["\0".join(letters.split("'"))]


def _segmentations(text: str) -> list[tuple[Syllable, ...]]:
    """Splits of ``text`` into spelled syllables; a NUL in ``text`` is a forced boundary. Built from the
    end backwards: the splits of each suffix, from the splits of the shorter ones."""
    table = spelling_table()
    splits_from: list[list[tuple[Syllable, ...]]] = [[] for _ in range(len(text) + 1)]
    splits_from[len(text)] = [()]
    for start in range(len(text) - 1, -1, -1):
        if text[start] == "\0":
            splits_from[start] = splits_from[start + 1]
            continue
        for end in range(start + 1, min(len(text), start + _LONGEST) + 1):
            piece = text[start:end]
            if "\0" in piece or piece not in table:
                continue
            syllable = _syllable(piece)
            splits_from[start] += [
                (syllable, *rest) for rest in splits_from[end] if len(rest) < MAX_SYLLABLES
            ]
    return splits_from[0]


@functools.cache
def _syllable(spelling: str) -> Syllable:
    return Syllable(spelling, frozenset(spelling_table()[spelling]))
