"""Choose the span to mask in a training sentence.

What the re-scorer must judge at run time is which *name* fits a sentence, so training masks names far
more often than chance would: first a recurring name (a capitalised word that appears mid-sentence in
many training lines: countries, cities, leaders, institutions), else a run of capitalised words or one
word of it; the rest are random 1-3 word spans, so lower-case candidates ("eastern Ukraine") are
in-distribution too. The context the model sees around a span is
:func:`translit.seq2seq.spans.context_window`, shared with run time.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable

import regex

ENTITY_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}\p{N}'’-]*)*")
# a capitalised word after a lower-case word or a comma: a name, not the first word of a sentence
SINGLE_NAME = regex.compile(r"(?<=[\p{Ll},] )\p{Lu}\p{Ll}[\p{L}\p{M}]*(?![\p{L}\p{M}\p{N}])")
WORD = regex.compile(r"[\p{L}\p{M}\p{N}'’-]+")
NAME_SHARE = 0.6
ENTITY_SHARE = 0.75
RECURRING_NAME_LINES = 10


def recurring_names(sentences: Iterable[str], min_lines: int = RECURRING_NAME_LINES) -> frozenset[str]:
    """Capitalised words seen mid-sentence in at least ``min_lines`` sentences."""
    lines_with: Counter[str] = Counter()
    for sentence in sentences:
        lines_with.update({m.group() for m in SINGLE_NAME.finditer(sentence)})
    return frozenset(name for name, count in lines_with.items() if count >= min_lines)


def choose_span(
    sentence: str, rng: random.Random, names: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Character offsets of the span to mask, or None for a sentence with no words."""
    if rng.random() < NAME_SHARE:
        present = [m for m in SINGLE_NAME.finditer(sentence) if m.group() in names]
        if present:
            return rng.choice(present).span()
    if rng.random() < ENTITY_SHARE:
        # a capitalised first word is usually just the start of the sentence, not a name
        runs = [m for m in ENTITY_RUN.finditer(sentence) if m.start() > 0]
        if runs:
            run = rng.choice(runs)
            words = list(WORD.finditer(run.group()))
            if len(words) > 1 and rng.random() < 0.5:
                word = rng.choice(words)
                return run.start() + word.start(), run.start() + word.end()
            return run.span()
    words = list(WORD.finditer(sentence))
    if not words:
        return None
    first = rng.randrange(len(words))
    last = min(len(words) - 1, first + rng.randrange(3))
    return words[first].start(), words[last].end()
