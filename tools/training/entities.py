"""Training examples that teach *names in context*: mask an entity mention, contrast it with look-alikes.

The re-scorer's real job is to choose between sibling names the MT confuses (烏 Ukraine/Uzbekistan,
伊 Iran/Iraq, 奧/澳 Austria/Australia). Generic span infilling teaches mostly which names are frequent, so
most training examples are instead *entity examples*: a training sentence naming an entity once, with
that mention replaced by the sentinel; the target is the name, and a few *negatives* are scored
alongside it so that a contrastive loss can teach which context calls for which name.

* Entities (positives): capitalised words seen in at least :data:`MIN_ENTITY_LINES` training lines
  (countries, demonyms, cities, leaders' surnames, institutions). Place names and demonyms, the kind the
  MT confuses, are sampled :data:`PLACE_BOOST` times more often; within that, a name is drawn with
  probability proportional to (lines naming it) ** ``power`` (< 1: rare names are oversampled, so the
  model learns what context calls for a name rather than only how common it is), then one of its lines.
* Negatives: look-alikes first (gazetteer names written with the same first Chinese character, the
  confusion the MT makes; then names sharing the first two letters), then the same first letter, then
  any entity. Gazetteer country names join the pool even when training never names them, so a context
  learns to push down "Uzbekistan" where "Ukraine" belongs.

Lines of the held-out blocks never reach this module (the caller passes training lines only).
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from tools.training.corpus import Line

NAME = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}\p{Ll}[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}'’-])")
DEMONYM = regex.compile(r"(?:ian|ean|an|ese|ish|i|ic|ch)$")
MIN_ENTITY_LINES = 3
PLACE_BOOST = 4.0
PLACE_TYPES = ("country", "region", "city")


@dataclass(frozen=True, slots=True)
class Mention:
    line: int
    start: int
    end: int


class EntitySampler:
    """Draws (line, mention, negatives) triples from training lines; deterministic given the rng."""

    def __init__(
        self,
        lines: Sequence[Line],
        gazetteer_places: dict[str, tuple[str, str]] | None = None,
        power: float = 0.5,
    ) -> None:
        """``gazetteer_places`` maps a single-word place name to (type, first Chinese character)."""
        places = gazetteer_places or {}
        mentions: dict[str, list[Mention]] = defaultdict(list)
        lines_with: Counter[str] = Counter()
        for index, line in enumerate(lines):
            found = [m for m in NAME.finditer(line.text) if m.start() > 0]
            counts = Counter(m.group() for m in NAME.finditer(line.text))
            lines_with.update(counts.keys())
            for match in found:
                name = match.group()
                # a name the context repeats would give the answer away: teach cues, not copying
                if counts[name] == 1 and name not in line.previous:
                    mentions[name].append(Mention(index, match.start(), match.end()))
        self.names = sorted(n for n, c in lines_with.items() if c >= MIN_ENTITY_LINES and mentions.get(n))
        self.mentions = {name: mentions[name] for name in self.names}
        weights = [
            len(self.mentions[n]) ** power * (PLACE_BOOST if n in places or DEMONYM.search(n) else 1.0)
            for n in self.names
        ]
        self.cumulative = list(itertools.accumulate(weights))
        pool = sorted(set(self.names) | {n for n, (kind, _) in places.items() if kind == "country"})
        self.pool = pool
        by_char: dict[str, list[str]] = defaultdict(list)
        by_prefix: dict[str, list[str]] = defaultdict(list)
        by_letter: dict[str, list[str]] = defaultdict(list)
        for name in pool:
            if name in places and places[name][1]:
                by_char[places[name][1]].append(name)
            by_prefix[name[:2]].append(name)
            by_letter[name[:1]].append(name)
        self.look_alikes: dict[str, list[str]] = {}
        self.look_alikes_far: dict[str, list[str]] = {}
        for name in self.names:
            char = places.get(name, ("", ""))[1]
            near = [n for n in dict.fromkeys(by_char.get(char, []) + by_prefix[name[:2]]) if n != name]
            # closest first: a shared three-letter start, or the same Chinese character and first letter
            self.look_alikes[name] = [n for n in near if n[:3] == name[:3] or (char and n in by_char[char]
                                      and n[:1] == name[:1])]  # fmt: skip
            self.look_alikes_far[name] = [n for n in near if n not in self.look_alikes[name]]
        self.same_letter = {name: [n for n in by_letter[name[:1]] if n != name] for name in self.names}

    def sample(self, rng: random.Random, negatives: int) -> tuple[Mention, str, list[str]]:
        """One mention, its name, and ``negatives`` distinct other names (look-alikes first)."""
        name = self.names[bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])]
        mention = rng.choice(self.mentions[name])
        chosen: list[str] = []
        tiers = (
            (self.look_alikes[name], 2),
            (self.look_alikes_far[name], 2),
            (self.same_letter[name], negatives),
            (self.pool, negatives),
        )
        for source, take in tiers:
            options = [n for n in source if n not in chosen and n != name]
            rng.shuffle(options)
            chosen.extend(options[: min(take, negatives - len(chosen))])
            if len(chosen) == negatives:
                break
        return mention, name, chosen


def gazetteer_places() -> dict[str, tuple[str, str]]:
    """Single-word place names of the project's gazetteer: name -> (type, first Chinese character)."""
    from translit import load_pipeline

    places: dict[str, tuple[str, str]] = {}
    for entry in sorted(load_pipeline().gazetteer.entries.values(), key=lambda e: e.id):
        name = entry.canonical
        if entry.type in PLACE_TYPES and NAME.fullmatch(name) and name not in places:
            first = entry.chinese[0][:1] if entry.chinese else ""
            places[name] = (entry.type, first)
    return places
