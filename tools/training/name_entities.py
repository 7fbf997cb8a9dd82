"""The entities the name model learns from, and their split by entity (train / dev / test).

Two sources: the gazetteer's entries with Chinese forms (what the shipped candidate generator ranks),
and the public name tables in ``../shared/data/names`` (Chinese Wikipedia's name-conversion groups,
JMnedict, CedPane: foreign names with their Chinese transliterations, Japanese names in kanji).

The split is by entity, never by example: an entity's split comes from a hash of its English name's
letters, so every rendering of one entity lands in one split, and the same person from two sources
("Ban Ki-moon" in the gazetteer and in the Wikipedia groups) too. A training entity that shares a
Chinese form or an English key with a held-out one is dropped from training, so that no dev or test
entity is ever trained on under another spelling.
"""

from __future__ import annotations

import csv
import hashlib
import os
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from translit.gazetteer.facts import is_all_chinese

NAME_TABLES = ("cgroups_zhwiki.tsv", "jmnedict_names.tsv", "cedpane_names.tsv")
SPLITS = ("train", "dev", "test")
DEV_PERCENT, TEST_PERCENT = 10, 10
#: Table types mapped onto the gazetteer's; "place" rows of the tables are cities or regions alike.
TABLE_TYPES = {"person": "person", "place": "city", "organization": "organization", "other": "other"}
ENV_SHARED = "TRANSLIT_SHARED"
#: Separators inside transliterated foreign names (弗拉基米爾·普京) and Latin names.
NAME_DOTS = "·•・‧．-‐‑"


@dataclass(frozen=True, slots=True)
class NameEntity:
    """One entity: its canonical English name, Chinese forms, type, country and where it comes from."""

    english: str
    chinese: tuple[str, ...]
    type: str
    country: str
    source: str  # "gazetteer:<source>" or the table's name
    entry: str = ""  # the gazetteer entry id, where the entity is one

    @property
    def key(self) -> str:
        return english_key(self.english)

    @property
    def split(self) -> str:
        return split_of(self.key)


def english_key(name: str) -> str:
    """The letters of a name, lower-cased and without accents: what identifies an entity across sources."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed.lower() if "a" <= c <= "z")


def split_of(key: str) -> str:
    bucket = int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big") % 100
    if bucket < DEV_PERCENT:
        return "dev"
    if bucket < DEV_PERCENT + TEST_PERCENT:
        return "test"
    return "train"


def default_names_dir(repo_root: Path | None = None) -> Path:
    """``$TRANSLIT_SHARED/data/names``, else ``../shared/data/names`` beside the repository."""
    shared = os.environ.get(ENV_SHARED)
    if shared:
        return Path(shared) / "data" / "names"
    root = repo_root or Path(__file__).resolve().parents[2]
    return root.parent / "shared" / "data" / "names"


def gazetteer_entities(gazetteer: object) -> Iterator[NameEntity]:
    """The gazetteer's entries that have a Chinese form (``gazetteer``: a :class:`translit.gazetteer.Gazetteer`)."""
    for entry in gazetteer.entries.values():  # type: ignore[attr-defined]
        chinese = tuple(c for c in entry.chinese if _usable_chinese(c))
        if chinese and english_key(entry.canonical):
            yield NameEntity(
                entry.canonical, chinese, entry.type, entry.country, f"gazetteer:{entry.source}", entry.id
            )


def table_entities(names_dir: Path) -> Iterator[NameEntity]:
    """The rows of the shared name tables, one entity each."""
    for table in NAME_TABLES:
        path = names_dir / table
        if not path.is_file():
            raise FileNotFoundError(f"{path} not found; set {ENV_SHARED} to the shared folder")
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                chinese = tuple(c for c in row["chinese_forms"].split("|") if _usable_chinese(c))
                english = row["english"].strip()
                if chinese and english_key(english):
                    kind = TABLE_TYPES.get(row["type"], "other")
                    yield NameEntity(english, chinese, kind, row["country"], table.removesuffix(".tsv"))


def _usable_chinese(form: str) -> bool:
    """A form of Chinese characters, maybe with name dots: what MT may romanize syllable by syllable."""
    core = "".join(c for c in form if c not in NAME_DOTS)
    return 1 <= len(core) <= 16 and is_all_chinese(core)


def split_entities(entities: Iterable[NameEntity]) -> dict[str, list[NameEntity]]:
    """Entities by split, with training entities that share a Chinese form or key with a held-out one
    dropped; each split keeps one entity per (key, Chinese forms)."""
    by_split: dict[str, dict[tuple[str, tuple[str, ...]], NameEntity]] = {s: {} for s in SPLITS}
    for entity in entities:
        by_split[entity.split].setdefault((entity.key, entity.chinese), entity)
    held_out_forms = {c for s in ("dev", "test") for e in by_split[s].values() for c in e.chinese}
    held_out_keys = {e.key for s in ("dev", "test") for e in by_split[s].values()}
    train = [
        e
        for e in by_split["train"].values()
        if e.key not in held_out_keys and not held_out_forms.intersection(e.chinese)
    ]
    return {"train": train, "dev": list(by_split["dev"].values()), "test": list(by_split["test"].values())}
