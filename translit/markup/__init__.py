"""Clean HTML and Markdown: only text is cleaned, and the markup comes back byte-for-byte.

The document is *projected* to plain text (:mod:`translit.markup.projection`): its text nodes, references
decoded, a blank line at every block boundary, so that paragraph rules (boilerplate) and document context
work as on plain text. The pipeline cleans the projection; its edits are *placed* back in the markup
(:mod:`translit.markup.placement`), replacements re-encoded. Offsets in the result point into the markup,
and ``apply_edits(markup, result.edits) == result.text``.

>>> from translit.api import load_pipeline
>>> html = '<p title="Kiev">Officials in <a href="/Kiev">Kiev</a> said so.</p><p>Advertisement</p>'
>>> result = clean(load_pipeline(), html, "html")
>>> result.text
'<p title="Kiev">Officials in <a href="/Kiev">Kyiv</a> said so.</p><p></p>'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import PurePath

from translit.apply import apply_edits
from translit.edits import Finding
from translit.errors import InputError
from translit.markup.placement import place_edits, place_finding
from translit.markup.projection import Projection
from translit.pipeline import CleanResult, Pipeline
from translit.source import Source

#: The input formats, by the name ``--input`` and ``input=`` take, each with the module and the function
#: that project it (:func:`projector`).
_PROJECTORS = {
    "html": ("translit.markup.html", "project_html"),
    "markdown": ("translit.markup.markdown", "project_markdown"),
}
FORMATS = ("text", *_PROJECTORS)
#: ``auto`` decides by file name first.
SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html", ".md": "markdown", ".markdown": "markdown"}


def guess_format(text: str, name: str | None = None) -> str:
    """The format ``auto`` means: by the file's suffix, else HTML for a text that opens as an HTML document
    (``<!DOCTYPE html`` or ``<html``), else plain text. Markdown is never guessed from content, as any plain
    text is also Markdown: name it (``.md``) or ask for it.

    >>> guess_format("<!DOCTYPE html><p>Kiev</p>"), guess_format("# Kiev", "news.md"), guess_format("# Kiev")
    ('html', 'markdown', 'text')
    """
    if name is not None and PurePath(name).suffix.lower() in SUFFIXES:
        return SUFFIXES[PurePath(name).suffix.lower()]
    opening = text.lstrip("\ufeff \t\r\n")[:15].lower()
    return "html" if opening.startswith(("<!doctype html", "<html")) else "text"


def projector(input_format: str) -> Callable[[str], Projection]:
    """The function that projects markup of ``input_format`` (html or markdown), imported when first
    asked for: the parsers (:mod:`html.parser`, pyromark) were some 30 ms of every start-up, while most
    inputs are plain text."""
    module, function = _PROJECTORS[input_format]
    project: Callable[[str], Projection] = getattr(importlib.import_module(module), function)
    return project


def clean(
    pipeline: Pipeline, text: str, input_format: str = "text", source: str | Source | None = None
) -> CleanResult:
    """Clean ``text`` read as ``input_format`` (text, html, markdown or auto); offsets point into ``text``.

    A ``source`` (the Chinese original) goes with the text; for markup it must be of the whole document,
    as the lines of the markup are not the lines of its text.
    """
    input_format = resolve_format(input_format, text)
    if input_format == "text":
        return pipeline.clean(text, source)
    projection = projector(input_format)(text)
    result = pipeline.clean(projection.text, _whole_document(source))
    edits, dropped = place_edits(projection, result.edits)
    skipped = [place_finding(projection, finding) for finding in result.skipped] + list(dropped)
    skipped.sort(key=lambda finding: (finding.start, finding.end))
    return CleanResult(apply_edits(text, edits), edits, tuple(skipped))


def detect(
    pipeline: Pipeline, text: str, input_format: str = "text", source: str | Source | None = None
) -> tuple[Finding, ...]:
    """The findings in ``text`` read as ``input_format``, with offsets into ``text``."""
    input_format = resolve_format(input_format, text)
    if input_format == "text":
        return pipeline.detect(text, source)
    projection = projector(input_format)(text)
    findings = pipeline.detect(projection.text, _whole_document(source))
    return tuple(place_finding(projection, finding) for finding in findings)


def _whole_document(source: str | Source | None) -> str | Source | None:
    if isinstance(source, Source) and source.line_aligned:
        raise InputError("a line-aligned source goes only with plain text; give markup its whole source")
    return source


def resolve_format(input_format: str, text: str, name: str | None = None) -> str:
    """``input_format``, checked; ``auto`` becomes the format :func:`guess_format` finds."""
    if input_format == "auto":
        return guess_format(text, name)
    if input_format not in FORMATS:
        raise InputError(f"unknown input format {input_format!r}; use one of: {', '.join(FORMATS)}, auto")
    return input_format
