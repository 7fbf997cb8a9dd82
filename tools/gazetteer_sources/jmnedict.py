"""Japanese people written in kanji, from JMnedict (EDRDG, CC BY-SA), as
``shared/data/names/jmnedict_names.tsv``.

Chinese writes a Japanese name in the same characters (岸田文雄, with Traditional and Simplified
shapes), so JMnedict gives the English spelling behind a Chinese form MT may render in pinyin. Kept:
people whose romanization the table's maker could put in given-family order (country JP) and who
JMnedict dates as born in :data:`BORN_FROM` or later and still living: the dictionary dates public
figures, and a news story names the living ones. Left out: the undated mass of the dictionary (most are
obscure), historical figures (JMnedict reads some Chinese and Korean ones the Japanese way: 鄭成功 as
"Seiko Tei"), organizations (JMnedict writes foreign bodies the Japanese way, 米国 for the United States,
which is no Chinese form), and any name or form shared by two people, which names nobody in particular.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from tools.gazetteer_sources.names import NameRow, names_file, read_name_rows
from tools.gazetteer_sources.text import is_han, slug
from translit.gazetteer.entry import Entry

SOURCE = "jmnedict"
FILE = "jmnedict_names.tsv"
#: The earliest birth year kept: people of working age in the news of the 2020s, and some elders.
BORN_FROM = 1930
#: JMnedict's dates: "1957.7.29-" (living), "1909.8.31-2000.10.30" (dead).
_DATES = re.compile(r"\b(?P<born>\d{4})(?:\.\d{1,2}){0,2}-(?P<died>\d{4})?")
_ROMANIZED = re.compile(r"^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)? [A-Z][a-z]+$")


def person_entries() -> Iterator[Entry]:
    yield from entries_from_rows(read_name_rows(names_file(FILE)))


def entries_from_rows(rows: Iterable[NameRow]) -> Iterator[Entry]:
    """The kept people, less any English name or Chinese form that two of them share."""
    people = [row for row in rows if _is_kept(row)]
    names = Counter(row.english for row in people)
    forms = Counter(form for row in people for form in set(row.chinese))
    for row in people:
        chinese = tuple(sorted(form for form in row.chinese if _is_kept_form(form) and forms[form] == 1))
        if names[row.english] > 1 or not chinese:
            continue
        yield Entry(
            id=f"jmnedict-{slug(row.english)}",
            canonical=row.english,
            type="person",
            country="JP",
            chinese=chinese,
            source=SOURCE,
            notes=_dates(row.description),
        )


def _is_kept(row: NameRow) -> bool:
    dates = _DATES.search(row.description)
    return (
        row.type == "person"
        and row.country == "JP"
        and bool(_ROMANIZED.match(row.english))
        and dates is not None
        and int(dates["born"]) >= BORN_FROM
        and dates["died"] is None
        and any(map(_is_kept_form, row.chinese))
    )


def _is_kept_form(form: str) -> bool:
    return is_han(form) and len(form) >= 2


def _dates(description: str) -> str:
    dates = _DATES.search(description)
    return f"born {dates['born']}" if dates else ""
