"""Project HTML: its text nodes, character references decoded, block elements as paragraph breaks.

The tokenizer is the standard library's :class:`html.parser.HTMLParser`. Cleaning needs the source offset
of every text node, and of the well-kept HTML parsers available to Python only this one reports where each
token starts (``getpos``); the tree builders (html5lib, lxml, selectolax) give at most a line number. A
tokenizer is also all that is needed: nothing is ever re-serialized, so tags, attributes, comments, scripts
and styles come back byte-for-byte however malformed they are, and which elements are open matters only
for the few whose content is not text to clean (code, scripts, ``translate="no"``...).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from translit.markup.projection import Projection, ProjectionBuilder

#: Elements whose start and end mark a paragraph: the projection puts a blank line there.
BLOCK_ELEMENTS = frozenset(
    """address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li main nav ol option p section summary
    table tbody td tfoot th thead title tr ul""".split()
)
#: Elements whose content is not article text: code, scripts and styles, form input, embedded formats.
NOT_TEXT_ELEMENTS = frozenset("code pre kbd samp var script style template textarea svg math".split())
#: Void elements that stand between words as content (an image, a form field), not as layout.
INLINE_OBJECTS = frozenset("img input embed".split())
#: Elements that have no content and no end tag.
VOID_ELEMENTS = frozenset("area base br col embed hr img input link meta param source track wbr".split())

#: What a replacement writes as a reference: the characters that would start markup.
ESCAPED = "&<>"
# The character references html.unescape decodes, found one by one so that each keeps its source span.
_REFERENCE = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def project_html(markup: str) -> Projection:
    """The projection of an HTML document.

    >>> projection = project_html('<p>Talks in <a href="/Kiev">Kiev</a>&rsquo;s centre</p><p>Advertisement</p>')
    >>> projection.text
    'Talks in Kiev’s centre\\n\\nAdvertisement'
    """
    builder = ProjectionBuilder(markup, ESCAPED)
    add_html(builder, markup, 0, len(markup))
    return builder.build()


def add_html(builder: ProjectionBuilder, markup: str, start: int, end: int) -> None:
    """Send the text of the HTML at ``start..end`` of ``markup`` to ``builder`` (also for HTML in Markdown)."""
    scanner = _Scanner(markup[start:end], builder, start)
    scanner.feed(scanner.source)
    scanner.close()
    scanner.flush()


class _Scanner(HTMLParser):
    """Sends the text runs and block boundaries of the HTML to a projection builder, in order."""

    def __init__(self, source: str, builder: ProjectionBuilder, offset: int) -> None:
        super().__init__(convert_charrefs=False)  # references arrive as their own tokens, with positions
        self.source = source
        self.builder = builder
        self.base = offset  # where ``source`` starts in the markup (``offset`` is HTMLParser's)
        self.line_starts = [0] + [match.end() for match in re.finditer("\n", source)]
        self.skipped: list[str] = []  # open elements from the first one whose content is not text
        self.run: tuple[int, int] | None = None  # the text run being collected, in ``source``
        self.whitespace_pending: tuple[int, int] | None = None
        self.block_has_text = False
        self.object_start: int | None = None  # where an inline element that is not text started

    def here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    # Text: data, entity and character references; contiguous ones form one run.
    def handle_data(self, data: str) -> None:
        start = self.here()
        self.extend_run(start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self.handle_reference(len("&") + len(name))

    def handle_charref(self, name: str) -> None:
        self.handle_reference(len("&#") + len(name))

    def handle_reference(self, length: int) -> None:
        """A reference of ``length`` characters, and its ``;`` if it has one: what the tokenizer read
        (``&T`` in ``AT&T``, not the text after it)."""
        start = self.here()
        end = start + length
        self.extend_run(start, end + 1 if self.source.startswith(";", end) else end)

    def extend_run(self, start: int, end: int) -> None:
        if self.skipped:
            return
        if self.run is not None and self.run[1] == start:
            self.run = (self.run[0], end)
        else:
            self.flush()
            self.run = (start, end)

    # Structure: anything else ends the run.
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.flush()
        if tag in VOID_ELEMENTS:
            self.void(tag)
            return
        not_text = tag in NOT_TEXT_ELEMENTS or ("translate", "no") in attrs
        if not self.skipped and not_text and tag not in BLOCK_ELEMENTS:
            self.object_start = self.here()
        if self.skipped or not_text:
            self.skipped.append(tag)
        self.boundary(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.flush()
        self.void(tag) if tag in VOID_ELEMENTS else self.boundary(tag)

    def handle_endtag(self, tag: str) -> None:
        self.flush()
        if tag in self.skipped:
            del self.skipped[len(self.skipped) - 1 - self.skipped[::-1].index(tag) :]
            if not self.skipped and self.object_start is not None:
                end = self.source.find(">", self.here()) + 1 or len(self.source)
                self.add_object(self.object_start, end)
        self.boundary(tag)

    def handle_comment(self, data: str) -> None:
        self.flush()

    def handle_decl(self, decl: str) -> None:
        self.flush()

    def handle_pi(self, data: str) -> None:
        self.flush()

    def unknown_decl(self, data: str) -> None:
        self.flush()

    def void(self, tag: str) -> None:
        if tag == "br" and not self.skipped and self.block_has_text:
            self.whitespace_pending = None
            self.builder.line_break(self.base + self.here())
        elif tag in INLINE_OBJECTS and not self.skipped:
            start = self.here()
            self.add_object(start, start + len(self.get_starttag_text() or ""))
        else:
            self.boundary(tag)

    def add_object(self, start: int, end: int) -> None:
        """Inline content that is not text, at ``start..end`` of the source: it stands between words."""
        if self.whitespace_pending is not None:
            self.add_run(*self.whitespace_pending)
            self.whitespace_pending = None
        self.builder.inline_object(self.base + start, self.base + end)
        self.block_has_text = True
        self.object_start = None

    def boundary(self, tag: str) -> None:
        if tag in BLOCK_ELEMENTS:
            self.whitespace_pending = None  # whitespace between blocks is layout, not text
            self.block_has_text = False
            self.builder.block_boundary()

    def flush(self) -> None:
        """Hand the collected run to the builder; whitespace waits until text follows in the same block."""
        if self.run is None:
            return
        start, end = self.run
        self.run = None
        if not self.source[start:end].strip():
            if self.block_has_text:
                self.whitespace_pending = (start, end)
            return
        if self.whitespace_pending is not None:
            self.add_run(*self.whitespace_pending)
            self.whitespace_pending = None
        self.add_run(start, end)
        self.block_has_text = True

    def add_run(self, start: int, end: int) -> None:
        """Literal text as one exact piece per stretch, each reference as an atomic piece."""
        source, offset = self.source, self.base
        cursor = start
        for match in _REFERENCE.finditer(source, start, end):
            decoded = html.unescape(match.group())
            if decoded == match.group():
                continue  # not a reference (``AT&T``): literal text
            self.builder.add_text(offset + cursor, offset + match.start())
            self.builder.add_text(offset + match.start(), offset + match.end(), decoded)
            cursor = match.end()
        self.builder.add_text(offset + cursor, offset + end)
