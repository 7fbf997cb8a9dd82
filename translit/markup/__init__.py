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

from collections.abc import Callable
from pathlib import PurePath

from translit.apply import apply_edits
from translit.edits import Finding
from translit.errors import InputError
from translit.markup.html import project_html
from translit.markup.markdown import project_markdown
from translit.markup.placement import place_edits, place_finding
from translit.markup.projection import Projection
from translit.pipeline import CleanResult, Pipeline
from translit.source import Source

#: The input formats, by the name ``--input`` and ``input=`` take.
PROJECTORS: dict[str, Callable[[str], Projection]] = {"html": project_html, "markdown": project_markdown}
FORMATS = ("text", *PROJECTORS)
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
    projection = PROJECTORS[input_format](text)
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
    projection = PROJECTORS[input_format](text)
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
