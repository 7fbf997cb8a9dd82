"""Project Markdown: the text of paragraphs, headings, list items and table cells; HTML blocks as HTML.

The parser is pyromark, the Python binding of pulldown-cmark (the CommonMark parser of rustdoc and mdBook,
which passes the CommonMark spec tests). Cleaning needs the source span of every piece of text, and
pyromark's ``events_with_range`` gives exactly that, inline text included: markdown-it-py, mistletoe and
marko report at most the lines of a block, and tree-sitter-markdown's own README warns against using it
where correctness matters. Code (spans and blocks), link and image targets, image descriptions,
autolinks, inline HTML tags, reference definitions and front matter are not text: they come back as they
are. Extensions on: GitHub tables, strikethrough, task lists, footnotes, YAML front matter.
"""

from __future__ import annotations

import re
from typing import Any

import pyromark

from translit.markup.html import NOT_TEXT_ELEMENTS, add_html
from translit.markup.projection import Projection, ProjectionBuilder

_OPTIONS = (
    pyromark.Options.ENABLE_TABLES
    | pyromark.Options.ENABLE_STRIKETHROUGH
    | pyromark.Options.ENABLE_TASKLISTS
    | pyromark.Options.ENABLE_FOOTNOTES
    | pyromark.Options.ENABLE_YAML_STYLE_METADATA_BLOCKS
)
#: Containers whose events start and end a paragraph of the projection.
_BLOCKS = frozenset(
    "Paragraph Heading BlockQuote List Item TableHead TableRow TableCell FootnoteDefinition "
    "DefinitionList DefinitionListTitle DefinitionListDefinition".split()
)
#: Containers whose text is not article text.
_NOT_TEXT = frozenset("CodeBlock MetadataBlock Image".split())
#: Blocks that may vanish whole when all their text is deleted; a table cell may not (the row would break).
_REMOVABLE = frozenset("Paragraph Heading Item".split())
#: What a replacement writes as a reference: characters that start HTML or Markdown markup. A reference,
#: unlike a backslash escape, means the same inside an HTML block.
ESCAPED = "&<>*_[]`~|\\"
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")


def project_markdown(markup: str) -> Projection:
    r"""The projection of a Markdown document.

    >>> projection = project_markdown("# Talks in Kiev\n\nSee [the *Kiev* talks](https://example.com/Kiev) and `Kiev`.\n")
    >>> projection.text
    'Talks in Kiev\n\nSee the Kiev talks and \ufffc.'
    """
    builder = ProjectionBuilder(markup, ESCAPED)
    to_characters = _character_offsets(markup)
    skipped = 0  # depth inside containers that are not text
    link_kinds: list[bool] = []  # per open link: whether its text is text (not an autolink)
    object_start: int | None = None  # where an image or autolink started: it projects to one object
    previous_end = -1  # where the previous text event ended, in characters
    for event, span in pyromark.events_with_range(markup, options=_OPTIONS):
        start, end = to_characters(span["start"]), to_characters(span["end"])
        kind, name, detail = _describe(event)
        if kind == "Start":
            inline = name == "Image" or (name == "Link" and detail.get("link_type") in ("Autolink", "Email"))
            if inline and not skipped and all(link_kinds):
                object_start = start
            if name in _NOT_TEXT:
                skipped += 1
            elif name == "Link":
                link_kinds.append(detail.get("link_type") not in ("Autolink", "Email"))
            elif name in _BLOCKS and not skipped:
                builder.block_boundary()
                if name in _REMOVABLE:
                    builder.set_removal(start)
            elif name == "HtmlBlock" and not skipped:
                builder.block_boundary()
                add_html(builder, markup, start, end)
                builder.block_boundary()
                skipped += 1  # its Html events were projected just now
        elif kind == "End":
            if name in _NOT_TEXT or name == "HtmlBlock":
                skipped -= 1
            elif name == "Link":
                link_kinds.pop()
            elif name in _BLOCKS and not skipped:
                builder.block_boundary()
            if object_start is not None and not skipped and all(link_kinds):
                builder.inline_object(object_start, end)
                object_start = None
        elif kind == "InlineHtml":
            skipped += _opens_not_text(detail)
        elif skipped or not all(link_kinds):
            continue
        elif kind == "Text":
            _add_text(builder, markup, start, end, detail, previous_end)
            previous_end = end
        elif kind == "Code":
            builder.inline_object(start, end)
        elif kind == "SoftBreak":
            builder.add_text(start, end)
            previous_end = end
        elif kind == "HardBreak":
            builder.line_break(start)
    return builder.build()


def _add_text(
    builder: ProjectionBuilder, markup: str, start: int, end: int, text: str, previous_end: int
) -> None:
    """A text event: literal source, a decoded reference, or the character after a backslash escape."""
    if markup[start:end] == text:
        if previous_end == start - 1 and markup[start - 1] == "\\" and text:
            # ``\*so`` arrives as the text '*so' after the backslash: keep ``\*`` whole (atomic).
            builder.add_text(start - 1, start + 1, text[0])
            builder.add_text(start + 1, end)
        else:
            builder.add_text(start, end)
    else:
        builder.add_text(start, end, text)


def _opens_not_text(tag: str) -> int:
    """+1 for an inline start tag of an element whose content is not text (``<code>``), -1 for its end tag."""
    match = _TAG.match(tag)
    if not match or match.group(2).lower() not in NOT_TEXT_ELEMENTS or tag.endswith("/>"):
        return 0
    return -1 if match.group(1) else 1


def _describe(event: Any) -> tuple[str, str, Any]:
    """(kind, name, detail) of a pyromark event: ('Start', 'Link', {...}), ('Text', '', 'the text')..."""
    if isinstance(event, str):
        return event, "", None
    [(kind, value)] = event.items()
    if kind not in ("Start", "End"):
        return kind, "", value
    if isinstance(value, str):
        return kind, value, {}
    [(name, detail)] = value.items()
    return kind, name, detail if isinstance(detail, dict) else {}


def _character_offsets(markup: str) -> Any:
    """A function from UTF-8 byte offsets (pyromark's) to code-point offsets (translit's)."""
    if markup.isascii():
        return lambda offset: offset
    starts = []
    for index, character in enumerate(markup):
        starts.extend([index] * len(character.encode("utf-8")))
    starts.append(len(markup))
    return starts.__getitem__
