"""The library's front door: ``clean`` and ``detect`` on a whole article."""

from __future__ import annotations

import functools

from translit.config import Config
from translit.edits import Finding
from translit.pipeline import CleanResult, Pipeline
from translit.source import Source


@functools.lru_cache(maxsize=8)
def load_pipeline(config: Config | None = None) -> Pipeline:
    """Load (once per config) the gazetteer and re-scorer a config asks for."""
    return Pipeline.load(config or Config())


def clean(text: str, config: Config | None = None, source: str | Source | None = None) -> CleanResult:
    """Fix the artifacts translit is sure of; return the new text and every edit, explained.

    ``source`` is the Chinese original, when you have it: the names it holds are checked against the
    text (``Source(zh, line_aligned=True)`` when line *i* of ``zh`` is the original of line *i*).

    Text outside the edits comes back unchanged, and replaying ``result.edits`` on ``text`` with
    :func:`translit.apply.apply_edits` gives ``result.text``.

    >>> result = clean("Heavy fighting continued in Lugansk, the governor of Luhansk region said.")
    >>> result.text
    'Heavy fighting continued in Luhansk, the governor of Luhansk region said.'
    >>> print(result.edits[0].reason)
    the article spells Luhansk both 'Lugansk' and 'Luhansk'; one spelling per entity, the canonical one
    """
    return load_pipeline(config).clean(text, source)


def detect(
    text: str, config: Config | None = None, source: str | Source | None = None
) -> tuple[Finding, ...]:
    """Report suspicious spans and their scored candidate fixes without changing anything.

    >>> [(f.original, f.best().replacement) for f in detect("Officials in Kiev said so.")]
    [('Kiev', 'Kyiv')]
    """
    return load_pipeline(config).detect(text, source)
