"""C10: every registered rule takes time linear in its input, on its own worst cases.

The cases are those of ``benchmarks/scaling.py`` (a rule's registered worst cases, or, for a rule with
none, cases built from every rule's triggers), so a new rule is covered without a line here. This is
the cheap check: 1× against 8× the input, running the rule and reading the document timed apart, the
sizes taking turns and the fastest of three runs kept. Linear time gives a ratio near 8 and quadratic
time near 64; the bound, 24, leaves room for a loaded machine. Times too small to measure are skipped.
Speed itself is measured in ``benchmarks/``, never here.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import TypeVar

import pytest

from benchmarks.scaling import WORST_CASES, cases_of, generic_cases, repeated
from translit.api import load_pipeline
from translit.document import read_document
from translit.rules import RULES

T = TypeVar("T")

BASE_CHARS = 16_000
FACTOR = 8
#: t(8×) / t(1×) above this is worse than linear: quadratic time gives 64.
MAX_RATIO = 3 * FACTOR
#: Below this many seconds at 8× a time is noise, and its ratio says nothing.
NOISE_FLOOR = 0.02


def _cases(name: str) -> tuple[tuple[str, str], ...]:
    return WORST_CASES.get(name) or cases_of(name)


@pytest.mark.parametrize("name", list(RULES))
def test_c10_rule_scales_linearly_on_its_worst_cases(name):
    rule, gazetteer = RULES[name], load_pipeline().gazetteer
    for case, unit in _cases(name):
        documents = [read_document(repeated(unit, BASE_CHARS * size), gazetteer) for size in (1, FACTOR)]
        fast, slow = _fastest(lambda document: list(rule.find(document)), documents)
        if slow >= NOISE_FLOOR:
            assert slow / max(fast, 1e-6) < MAX_RATIO, f"{name}, {case}: {fast:.4f} s -> {slow:.4f} s"


#: The cases that stress reading a document: protected phrases, sentences, paragraphs, every trigger.
DOCUMENT_CASES = (
    *WORST_CASES["house-style"][:2],
    WORST_CASES["duplicate"][1],
    WORST_CASES["punctuation"][0],
    *generic_cases()[:1],
)


@pytest.mark.parametrize(("case", "unit"), DOCUMENT_CASES, ids=[case for case, _ in DOCUMENT_CASES])
def test_c10_reading_a_document_scales_linearly(case, unit):
    gazetteer = load_pipeline().gazetteer
    texts = [repeated(unit, BASE_CHARS * size) for size in (1, FACTOR)]
    fast, slow = _fastest(lambda text: read_document(text, gazetteer), texts)
    if slow >= NOISE_FLOOR:
        assert slow / max(fast, 1e-6) < MAX_RATIO, f"{case}: {fast:.4f} s -> {slow:.4f} s"


def _fastest(work: Callable[[T], object], inputs: list[T]) -> tuple[float, float]:
    """The fastest of three timed runs of ``work`` on the small and the large input, taking turns."""
    work(inputs[0])  # warm caches
    times: list[list[float]] = [[], []]
    gc.disable()
    try:
        for _ in range(3):
            for index, value in enumerate(inputs):
                started = time.process_time()
                work(value)
                times[index].append(time.process_time() - started)
    finally:
        gc.enable()
    return min(times[0]), min(times[1])
