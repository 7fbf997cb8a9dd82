"""People and organizations from CedPane (public domain, Unlicense), as
``shared/data/names/cedpane_names.tsv``.

CedPane is mostly name parts (a surname, a given name) and mainland towns; neither is kept. A surname
names nobody in particular, and the towns' pinyin names shadow the romanized compounds the rules fix:
CedPane lists a town "Meizhong", which would make "Meizhong relations" (美中, US-China) a known name and
leave it alone. Kept are the rows typed as people whose description gives a role ("politician",
"singer"), and the rows typed as organizations whose name has a body's word in it ("University").
Its "people" include books, laws and songs: the role word keeps those out. A Chinese name written in
Western order ("Lijian Zhao" for 趙立堅) is left out too: news writes the surname first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from tools.gazetteer_sources.names import NameRow, names_file, read_name_rows
from tools.gazetteer_sources.text import slug
from translit.gazetteer.entry import Entry
from translit.gazetteer.facts import is_all_chinese

SOURCE = "cedpane"
FILE = "cedpane_names.tsv"
_ROLE = re.compile(
    r"\b(?:politician|president|leader|premier|PM|minister|mayor|spokes(?:man|woman|person)|founder|"
    r"actor|actress|singer|writer|author|poet|composer|pianist|player|director|scholar|scientist|"
    r"translator)\b",
    re.IGNORECASE,
)
_PERSON_NAME = re.compile(r"^[A-Z][a-z'’]+(?:-[A-Za-z][a-z]+)?(?: [A-Z][a-z'’]+(?:-[A-Za-z][a-z]+)?){1,2}$")
_ORGANIZATION = re.compile(
    r"\b(?:University|College|Institute|Academy|Bank|Company|Corporation|Group|Party|Council|"
    r"Commission|Committee|Ministry|Agency|Bureau|Foundation|Association|Society|News|Times|Post|"
    r"Daily|Television|Channel)\b"
)


def entries() -> Iterator[Entry]:
    yield from entries_from_rows(read_name_rows(names_file(FILE)))


def entries_from_rows(rows: Iterable[NameRow]) -> Iterator[Entry]:
    seen: set[str] = set()
    for row in rows:
        entity_type = _entity_type(row)
        chinese = tuple(sorted(form for form in row.chinese if is_all_chinese(form) and len(form) >= 2))
        entry_id = f"cedpane-{slug(row.english)}"
        if entity_type is None or not chinese or entry_id in seen:
            continue
        seen.add(entry_id)
        yield Entry(
            id=entry_id,
            canonical=row.english,
            type=entity_type,
            chinese=chinese,
            source=SOURCE,
            notes=row.description[:80],
        )


def _entity_type(row: NameRow) -> str | None:
    if row.type == "person" and _ROLE.search(row.description) and _PERSON_NAME.match(row.english):
        return None if _in_western_order(row) else "person"
    if row.type == "organization" and _ORGANIZATION.search(row.english) and row.english[:1].isupper():
        return "organization"
    return None


def _in_western_order(row: NameRow) -> bool:
    """A Chinese name given surname last: "Lijian Zhao" for 趙立堅 (the surname's reading ends it)."""
    last = row.english.split()[-1].lower()
    return any(len(form) in (2, 3) and _reading(form[0]) == last for form in row.chinese)


@cache
def _reading(character: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(character, style=Style.NORMAL)[0].replace("v", "u")
