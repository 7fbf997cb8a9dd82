"""The name model's examples: every entity's renderings, by split, and the model's (input, target) pairs.

An example is one rendering of one entity (:class:`tools.training.renderings.Rendering`). Training
turns each into a ``render`` pair (entity -> surface; the channel the re-scorer uses) or a ``name`` pair
(surface -> entity; the direction that generates candidates), see :mod:`translit.seq2seq.name_text`.
Everything is seeded per entity, so the examples do not depend on the order entities are read in.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from tools.training.name_entities import NameEntity
from tools.training.renderings import renderings
from translit.seq2seq.name_text import name_input, render_input

#: How often training draws an example of each source, relative to the others: the gazetteer's entities
#: are what the re-scorer ranks, the name tables add foreign transcriptions and Japanese readings.
SOURCE_WEIGHTS = {
    "gazetteer": 3.0,
    "cgroups_zhwiki": 2.0,
    "cedpane_names": 1.0,
    "jmnedict_names": 0.5,
    "made-up-korean": 1.0,
}


@dataclass(frozen=True, slots=True)
class NameExample:
    surface: str
    english: str
    chinese: str  # the Chinese form the surface was read from, "" where none
    kind: str
    source: str

    @property
    def weight(self) -> float:
        return SOURCE_WEIGHTS[self.source.split(":")[0]]


def entity_rng(entity: NameEntity, seed: int) -> random.Random:
    digest = hashlib.sha256(f"{seed}:{entity.source}:{entity.english}:{entity.chinese}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def build_examples(entities: Iterable[NameEntity], seed: int) -> list[NameExample]:
    return [
        NameExample(r.surface, entity.english, r.chinese, r.kind, entity.source)
        for entity in entities
        for r in renderings(entity, entity_rng(entity, seed))
    ]


def count_by_kind(examples: Iterable[NameExample]) -> dict[str, int]:
    return dict(sorted(Counter(e.kind for e in examples).items()))


def to_pair(example: NameExample, direction: str, with_chinese: bool) -> tuple[str, str]:
    """The (input, target) text of an example for the ``render`` or ``name`` direction."""
    if direction == "render":
        return render_input(example.english, example.chinese if with_chinese else None), example.surface
    return name_input(example.surface), example.english
