"""The library's front door: ``clean`` and ``detect`` on one article, ``clean_many`` and ``detect_many`` on
a stream of them.

Every function takes a :class:`~translit.config.Config`, or its fields as keyword options
(``clean(text, house_style=False)``), or both (the options then replace those fields of the config).
A pipeline is loaded once per effective config and kept: equal settings, however given, share it.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from translit import markup
from translit.config import Config
from translit.edits import Finding
from translit.pipeline import CleanResult, Pipeline
from translit.rules import HOUSE_STYLE_RULES
from translit.source import Source


def make_config(config: Config | None = None, **options: Any) -> Config:
    """``config`` (default: ``Config()``) with ``options`` replacing its fields; a misspelled option is
    a :class:`TypeError` naming the fields there are.

    >>> make_config(house_style=False) == Config(house_style=False)
    True
    """
    base = config or Config()
    if not options:
        return base
    fields = {f.name for f in dataclasses.fields(Config)}
    unknown = sorted(set(options) - fields)
    if unknown:
        raise TypeError(
            f"unknown option {unknown[0]!r}; options are the fields of Config: {', '.join(fields)}"
        )
    if options.get("house_style") and "rules" not in options:
        # house_style=True asks for the house-style rules back even if the base config had dropped them
        options["rules"] = (*base.rules, *sorted(HOUSE_STYLE_RULES.difference(base.rules)))
    return dataclasses.replace(base, **options)


def load_pipeline(config: Config | None = None, **options: Any) -> Pipeline:
    """Load (once per effective config) the gazetteer and re-scorer a config asks for.

    ``load_pipeline()``, ``load_pipeline(None)`` and ``load_pipeline(Config())`` are one pipeline, as are
    configs whose glossary paths name the same files:

    >>> load_pipeline() is load_pipeline(None) is load_pipeline(Config()) is load_pipeline(Config(glossaries=[]))
    True
    """
    return _load_pipeline(_cache_key(make_config(config, **options)))


@functools.lru_cache(maxsize=8)
def _load_pipeline(config: Config) -> Pipeline:
    return Pipeline.load(config)


def _cache_key(config: Config) -> Config:
    """The config with its glossary paths made absolute: ``my.tsv`` and ``./my.tsv`` are one file."""
    glossaries = tuple(Path(path).absolute() for path in config.glossaries)
    return config if glossaries == config.glossaries else dataclasses.replace(config, glossaries=glossaries)


def clean(
    text: str,
    config: Config | None = None,
    source: str | Source | None = None,
    *,
    input: str = "text",
    **options: Any,
) -> CleanResult:
    """Fix the artifacts translit is sure of; return the new text and every edit, explained.

    ``source`` is the Chinese original, when you have it: the names it holds are checked against the
    text (``Source(zh, line_aligned=True)`` when line *i* of ``zh`` is the original of line *i*).
    ``options`` are fields of :class:`~translit.config.Config` that replace those of ``config``
    (``house_style=False``, ``min_score=0.8``...).

    Text outside the edits comes back unchanged, and replaying ``result.edits`` on ``text`` with
    :func:`translit.apply.apply_edits` gives ``result.text``. ``input`` says how to read ``text``:
    ``"text"``, ``"html"`` or ``"markdown"`` (only text nodes are cleaned; markup comes back byte-for-byte
    and offsets point into it), or ``"auto"`` (:func:`translit.markup.guess_format`).

    >>> result = clean("Heavy fighting continued in Lugansk, the governor of Luhansk region said.")
    >>> result.text
    'Heavy fighting continued in Luhansk, the governor of Luhansk region said.'
    >>> print(result.edits[0].reason)
    the article spells Luhansk both 'Lugansk' and 'Luhansk'; one spelling per entity, the canonical one
    >>> clean("Officials in Kiev said so.", house_style=False).text
    'Officials in Kiev said so.'
    """
    return markup.clean(load_pipeline(config, **options), _text(text), input, source)


def detect(
    text: str,
    config: Config | None = None,
    source: str | Source | None = None,
    *,
    input: str = "text",
    **options: Any,
) -> tuple[Finding, ...]:
    """Report suspicious spans and their scored candidate fixes without changing anything (``source``,
    ``input`` and ``options``: as for :func:`clean`).

    >>> [(f.original, f.best().replacement) for f in detect("Officials in Kiev said so.")]
    [('Kiev', 'Kyiv')]
    """
    return markup.detect(load_pipeline(config, **options), _text(text), input, source)


def clean_many(
    texts: Iterable[str], config: Config | None = None, *, jobs: int = 1, **options: Any
) -> Iterator[CleanResult]:
    """``clean`` every text of an iterable, lazily: results come in input order as the texts are read.

    The pipeline is loaded once for the whole stream. ``jobs`` > 1 cleans in that many worker processes
    (each with the pipeline, loaded once), with at most two texts per worker in flight, so any stream of
    any length runs in bounded memory.

    >>> [result.text for result in clean_many(["In Kiev.", "In Lugansk and Luhansk."])]
    ['In Kyiv.', 'In Luhansk and Luhansk.']
    """
    return _map("clean", texts, make_config(config, **options), jobs)


def detect_many(
    texts: Iterable[str], config: Config | None = None, *, jobs: int = 1, **options: Any
) -> Iterator[tuple[Finding, ...]]:
    """``detect`` on every text of an iterable, lazily, in input order (see :func:`clean_many`)."""
    return _map("detect", texts, make_config(config, **options), jobs)


def _map(method: str, texts: Iterable[str], config: Config, jobs: int) -> Iterator[Any]:
    from translit.parallel import ordered_map  # the process pool, only for a stream

    load_pipeline(config)  # here, so that a bad config fails before the first text is read
    return ordered_map(functools.partial(_call, method, config), texts, jobs, _load, (config,))


def _load(config: Config) -> None:
    """Load a worker's pipeline once, before its first text."""
    load_pipeline(config)


def _call(method: str, config: Config, text: str) -> Any:
    return getattr(load_pipeline(config), method)(_text(text))


def _text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"translit cleans text (str), not {type(text).__name__}")
    return text
