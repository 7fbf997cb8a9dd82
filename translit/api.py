"""The library's front door: ``clean`` and ``detect`` on a whole article."""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path

from translit import markup
from translit.config import Config
from translit.edits import Finding
from translit.pipeline import CleanResult, Pipeline
from translit.source import Source


def load_pipeline(config: Config | None = None) -> Pipeline:
    """Load (once per config) the gazetteer and re-scorer a config asks for.

    A config built with a list of glossaries or string paths is taken as the equivalent tuple of
    paths; an empty model name is refused here, before anything is loaded.

    >>> load_pipeline(Config(glossaries=[])) is load_pipeline(Config())
    True
    """
    return _load_pipeline(_settled(config or Config()))


@functools.lru_cache(maxsize=8)
def _load_pipeline(config: Config) -> Pipeline:
    return Pipeline.load(config)


def _settled(config: Config) -> Config:
    if config.model is not None and not str(config.model).strip():
        raise ValueError("Config.model is empty: give a checkpoint folder, 'default', or None for no model")
    glossaries = tuple(Path(path) for path in config.glossaries)
    return config if glossaries == config.glossaries else dataclasses.replace(config, glossaries=glossaries)


def clean(
    text: str, config: Config | None = None, source: str | Source | None = None, *, input: str = "text"
) -> CleanResult:
    """Fix the artifacts translit is sure of; return the new text and every edit, explained.

    ``source`` is the Chinese original, when you have it: the names it holds are checked against the
    text (``Source(zh, line_aligned=True)`` when line *i* of ``zh`` is the original of line *i*).

    Text outside the edits comes back unchanged, and replaying ``result.edits`` on ``text`` with
    :func:`translit.apply.apply_edits` gives ``result.text``. ``input`` says how to read ``text``:
    ``"text"``, ``"html"`` or ``"markdown"`` (only text nodes are cleaned; markup comes back byte-for-byte
    and offsets point into it), or ``"auto"`` (:func:`translit.markup.guess_format`).

    >>> result = clean("Heavy fighting continued in Lugansk, the governor of Luhansk region said.")
    >>> result.text
    'Heavy fighting continued in Luhansk, the governor of Luhansk region said.'
    >>> print(result.edits[0].reason)
    the article spells Luhansk both 'Lugansk' and 'Luhansk'; one spelling per entity, the canonical one
    """
    return markup.clean(load_pipeline(config), text, input, source)


def detect(
    text: str, config: Config | None = None, source: str | Source | None = None, *, input: str = "text"
) -> tuple[Finding, ...]:
    """Report suspicious spans and their scored candidate fixes without changing anything (``source``
    and ``input``: as for :func:`clean`).

    >>> [(f.original, f.best().replacement) for f in detect("Officials in Kiev said so.")]
    [('Kiev', 'Kyiv')]
    """
    return markup.detect(load_pipeline(config), text, input, source)
