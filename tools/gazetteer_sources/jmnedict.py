"""Japanese people that Chinese text names, from JMnedict (EDRDG, CC BY-SA), as
``shared/data/names/jmnedict_names.tsv``.

Chinese writes a Japanese name in the same characters (岸田文雄, with Traditional and Simplified
shapes), so JMnedict gives the English spelling behind a Chinese form MT may render in pinyin. Most of
its 46,000 people are obscure, and a table of all the living ones JMnedict dates (15,700) doubled the
cached load time for nothing measurable: 4 more Chinese forms found in the WMT sources, no edit changed.
So only the people Chinese text names often are kept: those whose name is a word of wordfreq's Chinese
word list (built from Wikipedia, subtitles and web text, none of it translit's evaluation data), among
the people JMnedict dates (it dates public figures) and whose romanization the table's maker could put
in given-family order (country JP).

Left out as well: JMnedict reads some Chinese, Taiwanese and Korean people the Japanese way (郭泰源 as
"Taigen Kaku", 洪明甫 as "Myonbo Hon"), so a two-character name, or a three-character one under a
common Chinese or Korean surname that Japanese families rarely bear, is not kept; nor are
organizations (JMnedict writes foreign bodies the Japanese way, 米国 for the United States, which is no
Chinese form), nor any name or form two people share, which names nobody in particular.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable, Iterator

from tools.gazetteer_sources.names import NameRow, names_file, read_name_rows
from tools.gazetteer_sources.text import slug
from translit.gazetteer.entry import Entry
from translit.gazetteer.facts import is_all_chinese

SOURCE = "jmnedict"
FILE = "jmnedict_names.tsv"
#: JMnedict's dates: "1957.7.29-" (living), "1909.8.31-2000.10.30" (dead).
_DATES = re.compile(r"\b(?P<born>\d{4})(?:\.\d{1,2}){0,2}-(?P<died>\d{4})?")
_ROMANIZED = re.compile(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)? [A-Z][a-z]+$")
#: Common Chinese and Korean surnames (Traditional, Simplified, Japanese shapes) that Japanese families
#: rarely bear alone; 林 (Hayashi) and 森 (Mori) are as Japanese as they are Chinese and are not here.
CHINESE_SURNAMES = frozenset(
    "王李張张陳陈劉刘楊杨趙赵黃黄周吳吴徐孫孙胡朱高何郭馬马羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧"
    "田董潘袁蔡蔣蒋余杜葉叶程魏蘇苏呂吕丁沈任姚盧卢傅鍾钟姜崔譚谭陸陆范汪廖賈贾金韋韦夏邱方侯鄒邹熊孟秦"
    "白江閻阎薛尹段雷黎史龍龙陶賀贺顧顾毛郝龔龚邵萬万錢钱嚴严洪武戴莫孔向湯汤朴柳文賴赖安左"
)


def person_entries() -> Iterator[Entry]:
    from wordfreq import get_frequency_dict

    yield from entries_from_rows(read_name_rows(names_file(FILE)), get_frequency_dict("zh"))


def entries_from_rows(rows: Iterable[NameRow], chinese_words: Container[str]) -> Iterator[Entry]:
    """The kept people, less any English name or Chinese form that two of them share."""
    people = [row for row in rows if _is_kept(row, chinese_words)]
    names = Counter(row.english for row in people)
    forms = Counter(form for row in people for form in set(row.chinese))
    for row in people:
        chinese = tuple(sorted(form for form in row.chinese if _is_kept_form(form) and forms[form] == 1))
        if names[row.english] > 1 or not chinese:
            continue
        dates = _DATES.search(row.description)
        yield Entry(
            id=f"jmnedict-{slug(row.english)}",
            canonical=row.english,
            type="person",
            country="JP",
            chinese=chinese,
            source=SOURCE,
            notes=f"born {dates['born']}" if dates else "",
        )


def _is_kept(row: NameRow, chinese_words: Container[str]) -> bool:
    forms = [form for form in row.chinese if _is_kept_form(form)]
    return (
        row.type == "person"
        and row.country == "JP"
        and bool(_ROMANIZED.match(row.english))
        and _DATES.search(row.description) is not None
        and bool(forms)
        and not any(_looks_chinese_or_korean(form) for form in forms)
        and any(form in chinese_words for form in forms)
    )


def _is_kept_form(form: str) -> bool:
    return is_all_chinese(form) and len(form) >= 2


def _looks_chinese_or_korean(form: str) -> bool:
    """郭泰源, 洪明甫, 王丹: two characters, or three under a common Chinese or Korean surname."""
    return len(form) == 2 or (len(form) == 3 and form[0] in CHINESE_SURNAMES)
