"""Injected benchmark cases and how they are scored: shared by the names and mechanical sections.

A :class:`Case` is a clean carrier text, the same text with MT artifacts injected, and one
:class:`GoldEdit` per artifact (its span in the injected text and the carrier text it replaced), so that
undoing every gold edit gives the carrier back exactly. A case with no gold edits is a negative: the
text is correct as it stands, and any edit the cleaner makes there is a false alarm.

Scoring (:func:`score_case`) groups each gold edit with the cleaner's edits that overlap or touch it
(transitively) into a region; the region is fixed when the cleaner's edits turn the injected region
into exactly the carrier's region (typographic and straight apostrophes and quotes count as the same
character, and "…" as "...").
Then every gold edit in a fixed region counts as fixed and every cleaner edit in it as correct; a
cleaner edit in an unfixed region is a wrong edit, and one that touches no gold edit is a false alarm.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from translit.apply import apply_edits

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class GoldEdit:
    """An injected artifact: ``injected[start:end]`` is ``original``; the carrier had ``correction``."""

    start: int
    end: int
    original: str
    correction: str


@dataclass(frozen=True, slots=True)
class Case:
    """One benchmark document: family and subfamily, the clean carrier, the injected text, the gold."""

    family: str
    subfamily: str
    carrier: str
    text: str
    gold: tuple[GoldEdit, ...]
    source: str = ""  # where the carrier comes from (file:line), for reading a miss by hand
    labels: tuple[str, ...] = ()  # optional, one per gold edit: what kind of mention it is


@dataclass(frozen=True, slots=True)
class Replacement:
    """A change to the carrier, in carrier offsets: ``carrier[start:end]`` becomes ``text``."""

    start: int
    end: int
    text: str


def inject(
    family: str,
    subfamily: str,
    carrier: str,
    changes: Iterable[Replacement],
    source: str = "",
    labels: tuple[str, ...] = (),
) -> Case:
    """Apply non-overlapping ``changes`` to the carrier and record each as a gold edit.

    >>> case = inject("f", "s", "Hello Tsai said.", [Replacement(6, 10, "Cai")])
    >>> case.text, case.gold
    ('Hello Cai said.', (GoldEdit(start=6, end=9, original='Cai', correction='Tsai'),))
    """
    pieces, gold, cursor, shift = [], [], 0, 0
    for change in sorted(changes, key=lambda c: (c.start, c.end)):
        if change.start < cursor:
            raise ValueError(f"injected changes overlap at {change.start}")
        pieces += [carrier[cursor : change.start], change.text]
        start = change.start + shift
        gold.append(
            GoldEdit(start, start + len(change.text), change.text, carrier[change.start : change.end])
        )
        shift += len(change.text) - (change.end - change.start)
        cursor = change.end
    pieces.append(carrier[cursor:])
    return Case(family, subfamily, carrier, "".join(pieces), tuple(gold), source, labels)


def rewrite(text: str, changes: Sequence[Replacement]) -> tuple[str, list[tuple[int, int]]]:
    """Apply non-overlapping changes to a text; return it and each change's span in the new text.

    Used to write a clean phrase into a carrier's slot before injecting its MT form there.

    >>> rewrite("Officials met Joe Biden.", [Replacement(14, 23, "Tsai Ing-wen")])
    ('Officials met Tsai Ing-wen.', [(14, 26)])
    """
    pieces, spans, cursor, shift = [], [(0, 0)] * len(changes), 0, 0
    for index in sorted(range(len(changes)), key=lambda i: changes[i].start):
        change = changes[index]
        pieces += [text[cursor : change.start], change.text]
        spans[index] = (change.start + shift, change.start + shift + len(change.text))
        shift += len(change.text) - (change.end - change.start)
        cursor = change.end
    pieces.append(text[cursor:])
    return "".join(pieces), spans


def restore(case: Case) -> str:
    """The injected text with every gold correction applied: equals the carrier for a well-made case."""
    return apply_edits(case.text, [_Span(g.start, g.end, g.original, g.correction) for g in case.gold])


class EditLike(Protocol):
    """What scoring needs of a cleaner edit (``translit.Edit`` has it): span, original, replacement."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def original(self) -> str: ...
    @property
    def replacement(self) -> str: ...


@dataclass(slots=True)
class _Span:
    """An edit in the shape :func:`translit.apply.apply_edits` takes (it asks for plain attributes)."""

    start: int
    end: int
    original: str
    replacement: str


@dataclass(frozen=True)
class CaseScore:
    """How the cleaner did on one case."""

    fixed: tuple[bool, ...]  # one per gold edit
    edits: int
    correct: int
    wrong: tuple[str, ...] = field(default=())  # edits that touch a gold edit but do not fix it
    false_alarms: tuple[str, ...] = field(default=())  # edits that touch no gold edit
    missed: tuple[str, ...] = field(default=())  # gold edits left unfixed


def _touch(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Spans overlap, or touch at an end: an insertion next to a deletion is the same fix."""
    return a_start <= b_end and b_start <= a_end


def _carrier_region(case: Case, start: int, end: int, golds: list[GoldEdit]) -> str:
    """The carrier text that the injected region ``[start, end)`` holding ``golds`` came from."""
    before = sum(len(g.correction) - len(g.original) for g in case.gold if g not in golds and g.end <= start)
    inside = sum(len(g.correction) - len(g.original) for g in golds)
    return case.carrier[start + before : end + before + inside]


#: Marks that differ in typography only: which of them a fix writes is the document's style, not the
#: fix ("hellip;" restored as "..." where the carrier had "…" is still the ellipsis restored).
_TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def _same(a: str, b: str) -> bool:
    return _plain(a) == _plain(b)


def _plain(text: str) -> str:
    return text.translate(_TYPOGRAPHY).replace("\u2026", "...")


def score_case(case: Case, edits: Sequence[EditLike]) -> CaseScore:
    """Score the cleaner's ``edits`` (offsets into ``case.text``) against the case's gold edits."""
    regions: list[tuple[int, int, list[GoldEdit], list[EditLike]]] = []
    for gold in case.gold:
        regions.append((gold.start, gold.end, [gold], []))
    unclaimed = list(edits)
    merged = True
    while merged:  # grow regions until no edit touches two of them or an outside edit touches one
        merged = False
        for index, (start, end, golds, claimed) in enumerate(regions):
            touching = [e for e in unclaimed if _touch(start, end, e.start, e.end)]
            others = [r for r in regions[index + 1 :] if _touch(start, end, r[0], r[1])]
            if not touching and not others:
                continue
            for e in touching:
                unclaimed.remove(e)
            for other in others:
                regions.remove(other)
            spans = [(start, end), *((e.start, e.end) for e in touching), *((o[0], o[1]) for o in others)]
            golds = golds + [g for o in others for g in o[2]]
            claimed = claimed + touching + [e for o in others for e in o[3]]
            regions[index] = (min(s for s, _ in spans), max(e for _, e in spans), golds, claimed)
            merged = True
            break
    fixed: set[int] = set()
    correct = 0
    wrong: list[str] = []
    missed: list[str] = []
    for start, end, golds, claimed in regions:
        local = [_Span(e.start - start, e.end - start, e.original, e.replacement) for e in claimed]
        got = apply_edits(case.text[start:end], local)
        if _same(got, _carrier_region(case, start, end, golds)):
            fixed.update(case.gold.index(g) for g in golds)
            correct += len(claimed)
        else:
            wrong += [_shown(e.original, e.replacement) for e in claimed]
            missed += [_shown(g.original, g.correction) for g in golds]
    return CaseScore(
        fixed=tuple(index in fixed for index in range(len(case.gold))),
        edits=len(edits),
        correct=correct,
        wrong=tuple(wrong),
        false_alarms=tuple(_shown(e.original, e.replacement) for e in unclaimed),
        missed=tuple(missed),
    )


#: A change shown in a report keeps this many words of each side: the carriers are third-party text, and a
#: report quotes no more of them than it needs to show what changed.
SHOWN_WORDS = 5


def _shown(original: str, replacement: str) -> str:
    return f"`{_clipped(original)}` → `{_clipped(replacement)}`"


def _clipped(text: str) -> str:
    words = text.split(" ")
    return text if len(words) <= SHOWN_WORDS else " ".join(words[:SHOWN_WORDS]) + " …"


def sample(rng: random.Random, items: Sequence[T], count: int) -> list[T]:
    """Up to ``count`` items in a seeded random order (all of them when there are fewer)."""
    return rng.sample(list(items), min(count, len(items)))
