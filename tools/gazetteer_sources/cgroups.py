"""Foreign names with their mainland, Taiwan and Hong Kong spellings, from Chinese Wikipedia's
name-conversion groups (``Module:CGroup/*``, CC BY-SA 4.0), as ``shared/data/names/cgroups_zhwiki.tsv``.

The groups exist so that 基爾·斯塔默 (Taiwan) and 基尔·斯塔默 (mainland) both name Keir Starmer: they are
the transliterations Chinese news uses, which MT renders in pinyin ("Jier Sitamo"). The groups' types are
rough (football clubs typed as people, Beckham as a place, "Kindergarten" as an organization), so each
row is judged again here, and only three shapes are kept:

- a **person**: a name of two words or more with a Chinese form in parts joined by a name dot (基爾·斯塔默);
- an **organization**: a name with a club, company or body word in it ("Chelsea F.C.", "Crown
  Prosecution Service"), or typed so by the group and not an English word;
- a **city**: a row typed as a place in exactly one country's place group ("FR Places"), named by no
  English word and no word that makes it a lake, street or flag.

Everything else is left out: single name parts (a surname alone names nobody in particular), titles and
common nouns ("Chief Whip", "Census Bureau"), acronyms, names with markup or digits. A country is set
only from the group that says it (``PoliticiansUK``, ``FR Places``), never guessed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator

from tools.gazetteer_sources.names import NameRow, names_file, read_name_rows
from tools.gazetteer_sources.text import has_name_dot, is_han_name, slug
from translit.gazetteer.entry import Entry
from translit.gazetteer.words import zipf

SOURCE = "zhwiki-cgroups"
FILE = "cgroups_zhwiki.tsv"
#: A one-word name this common in English is a word first ("Prosecutor", "Glacier", "Kindergarten").
COMMON_WORD_ZIPF = 2.8
#: Longest Chinese form kept; longer ones are descriptions ("環境、自然保護、核安全和消費者保護部").
MAX_CHINESE_LENGTH = 16
#: Groups that say which country their entries belong to.
GROUP_COUNTRIES = {
    "PoliticiansUK": "GB", "UK Places": "GB", "Transport for London": "GB",
    "PresidentsUS": "US", "US Senators": "US", "US Government": "US", "USState": "US", "US CA Cities": "US",
    "PoliticiansPT": "PT", "FR Places": "FR", "DE Places": "DE", "CA Places": "CA", "AU Places": "AU",
    "BE Places": "BE", "UA toponyms": "UA", "CH Places": "CH", "IN Places": "IN", "IR Places": "IR",
    "IT Places": "IT", "AT Places": "AT", "NL Places": "NL", "PHL Places": "PH", "BR Places": "BR",
    "IE Places": "IE", "CL Places": "CL",
}  # fmt: skip
#: A word that makes a place name something other than a town (a lake, a station, a flag).
_NOT_A_TOWN = re.compile(
    r"\b(?:lake|river|islands?|isle|mountains?|mount|bay|gulf|station|street|road|lane|square|bridge|"
    r"park|airport|peninsula|sea|ocean|canal|strait|cape|valley|desert|forest|hills?|castle|palace|hall|"
    r"abbey|tower|line|flag|emblem|reef|shoal|protectorate|visa|dinar|bank|realm|system|war|operation)\b",
    re.IGNORECASE,
)
#: A word that makes a name a club, company or body rather than a person or a place.
_ORGANIZATION = re.compile(
    r"\b(?:F\.?C\.?|SC|CF|AC|AFC|FK|SK|NK|BK|IF|CD|SV|VfB|VfL|TSG|Club|United|Athletic|Sporting|Rovers|"
    r"Wanderers|Group|Company|Corporation|Bank|University|College|Railways?|Inc|Ltd|Association|"
    r"Council|Commission|Committee|Ministry|Department|Office|Agency|Service|Party|Union|League|"
    r"Federation)\b"
)
_SMALL_WORDS = frozenset(
    "of the and de del della di da do dos das du des la le les el al van von der den ter bin binti y e "
    "zu af".split()
)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.]*|[A-Z]\.)(?:-[\w'’.]+)*$")


def cgroup_entries() -> Iterator[Entry]:
    yield from entries_from_rows(read_name_rows(names_file(FILE)))


def entries_from_rows(rows: Iterable[NameRow]) -> Iterator[Entry]:
    """One entry per kept name and type; a second row for it adds its Chinese forms."""
    kept: dict[str, Entry] = {}
    for row in rows:
        entry = _entry_from_row(row)
        if entry is None:
            continue
        first = kept.get(entry.id)
        kept[entry.id] = entry if first is None else _with_forms(first, entry.chinese)
    yield from kept.values()


def _entry_from_row(row: NameRow) -> Entry | None:
    if "single name part" in row.description or not _is_proper_name(row.english):
        return None
    chinese = tuple(sorted({form for form in row.chinese if _is_kept_form(form)}))
    groups = _groups(row.description)
    entity_type = _entity_type(row, groups, chinese)
    if entity_type is None:
        return None
    countries = {GROUP_COUNTRIES[group] for group in groups if group in GROUP_COUNTRIES}
    if entity_type == "city" and len(countries) != 1:
        return None
    return Entry(
        id=f"cgroup-{slug(row.english)}-{entity_type}",
        canonical=row.english,
        type=entity_type,
        country=countries.pop() if len(countries) == 1 else "",
        chinese=chinese,
        source=SOURCE,
        notes="zhwiki CGroup " + ",".join(groups[:3]),
    )


def _groups(description: str) -> list[str]:
    """The conversion groups a row comes from: "zhwiki CGroup EU,NL Places,地名; ..." -> [EU, NL Places, 地名]."""
    head = description.split(";", 1)[0].removeprefix("zhwiki CGroup ")
    return [group.strip() for group in head.split(",") if group.strip()]


def _is_proper_name(name: str) -> bool:
    """Capitalized words (a few particles aside), none twice; no digits, markup or brackets; not an
    acronym and not a common English word."""
    words = name.split()
    if not words or any(c.isdigit() or c in '()（）<>[]_/&,;:"' for c in name):
        return False
    if not all(_NAME_WORD.match(w) or w.lower() in _SMALL_WORDS for w in words):
        return False
    if not _NAME_WORD.match(words[0]) or len(set(words)) < len(words) or name.isupper():
        return False
    return len(words) > 1 or zipf(name) < COMMON_WORD_ZIPF


def _is_kept_form(form: str) -> bool:
    return is_han_name(form) and 2 <= len(form) <= MAX_CHINESE_LENGTH


def _entity_type(row: NameRow, groups: list[str], chinese: tuple[str, ...]) -> str | None:
    if not chinese:
        return None
    if _ORGANIZATION.search(row.english):
        return "organization"
    if row.type != "place" and len(row.english.split()) >= 2 and any(map(has_name_dot, chinese)):
        return "person"
    if row.type == "organization":
        return "organization"
    if row.type == "place" and not _NOT_A_TOWN.search(row.english):
        return "city"
    return None


def _with_forms(entry: Entry, chinese: tuple[str, ...]) -> Entry:
    return dataclasses.replace(entry, chinese=tuple(sorted({*entry.chinese, *chinese})))
