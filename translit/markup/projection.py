"""The plain text of a marked-up document, with a piecewise map from its offsets back into the markup.

A :class:`Projection` is what the pipeline cleans: the text nodes of an HTML or Markdown document, entities
and escapes decoded, with a paragraph break (``"\\n\\n"``) wherever a block element begins or ends. Each
stretch of it is a :class:`Piece` that says where it came from:

- *exact*: the same characters as a stretch of the markup, one for one;
- *atomic*: a character reference or an escape (``&rdquo;`` -> ``”``, ``\\*`` -> ``*``), which maps only as
  a whole: an offset inside it has no place in the markup;
- *synthetic*: a break the projection adds where a block element starts or ends; it stands on an offset
  of the markup but comes from no character there, so nothing may edit it; or an *object*, one
  character standing for inline content that is not text (``<code>…</code>``, an image, a Markdown code
  span or autolink), so that the rules see that something stands there ("see ``x``." is no space before
  a period) and no edit may touch it.

Pieces carry the id of the text *run* they belong to: pieces of one run are contiguous in the markup, and
anything between two runs (a tag, a Markdown delimiter, a line prefix) is markup no edit may touch.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

#: What the projection puts between two blocks: a blank line, so that the rules see paragraphs.
PARAGRAPH_BREAK = "\n\n"
#: What a line break element (``<br>``, a Markdown hard break) projects to: a line within a paragraph.
LINE_BREAK = "\n"
SYNTHETIC = -1  # the run id of a synthetic piece
#: What inline content that is not text projects to: Unicode's OBJECT REPLACEMENT CHARACTER.
OBJECT = "\ufffc"


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch ``start..end`` of the projection and the span ``markup_start..markup_end`` it came from."""

    start: int
    end: int
    markup_start: int
    markup_end: int
    run: int  # SYNTHETIC, or the id of the text run the piece belongs to
    exact: bool  # one character of the projection per character of the markup

    @property
    def synthetic(self) -> bool:
        return self.run == SYNTHETIC


@dataclass(frozen=True, slots=True)
class Block:
    """The projected text of one block element, and the markup to remove when all of it is deleted.

    ``removal`` is None where deleting the text alone is right (HTML: ``<p>Advertisement</p>`` becomes
    ``<p></p>``, which renders as nothing); in Markdown it runs from the block's start to the end of the line
    of its last text, because delimiters left behind would render as text (``*Read more*`` would leave
    ``**``) and a bullet or heading marker would stay as an empty item or heading.
    """

    start: int
    end: int
    removal: tuple[int, int] | None


@dataclass(frozen=True)
class Projection:
    """The plain text of ``markup``, its pieces (in order, covering the text) and its blocks."""

    markup: str
    text: str
    pieces: tuple[Piece, ...]
    blocks: tuple[Block, ...]
    #: Characters a replacement must write as references, as they would be read as markup.
    escaped: str = "&<>"
    #: Characters the markup writes only as references, and how (``{"’": "&rsquo;"}``): replacements
    #: write them the same way.
    references: dict[str, str] = field(default_factory=dict)
    _ends: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_ends", tuple(piece.end for piece in self.pieces))

    def covering(self, start: int, end: int) -> tuple[Piece, ...]:
        """The pieces that share at least one character with ``start..end``."""
        first = bisect.bisect_right(self._ends, start)
        found = []
        for piece in self.pieces[first:]:
            if piece.start >= end:
                break
            found.append(piece)
        return tuple(found)

    def piece_at(self, offset: int) -> tuple[Piece | None, Piece | None]:
        """The piece ending at or running over ``offset`` and the piece starting at or running over it."""
        index = bisect.bisect_left(self._ends, offset)  # the first piece ending at or after offset
        if index == len(self.pieces):
            return (self.pieces[-1] if self.pieces else None), None
        piece = self.pieces[index]
        if piece.end == offset:  # a boundary: this piece ends here, the next starts here
            following = self.pieces[index + 1] if index + 1 < len(self.pieces) else None
            return piece, following
        return piece, piece

    def to_markup(self, offset: int, side: str) -> int | None:
        """Where a projection offset is in the markup, or None inside an atomic piece.

        At a boundary between two pieces, ``side="start"`` takes the start of the following piece (an edit
        starting here edits that text) and ``side="end"`` the end of the preceding one.
        """
        before, after = self.piece_at(offset)
        piece = after if side == "start" and after is not None else before or after
        if piece is None:
            return 0
        if offset == piece.start:
            return piece.markup_start
        if offset == piece.end:
            return piece.markup_end
        if piece.exact:
            return piece.markup_start + offset - piece.start
        return None


class ProjectionBuilder:
    """Builds a projection in markup order: text runs, breaks between blocks, line breaks."""

    def __init__(self, markup: str, escaped: str) -> None:
        self.markup = markup
        self.escaped = escaped
        self._text: list[str] = []
        self._length = 0
        self._pieces: list[Piece] = []
        self._blocks: list[Block] = []
        self._references: dict[str, str] = {}
        self._raw_characters: set[str] = set()
        self._run = 0
        self._last_markup_end = -1  # where the previous text piece ended in the markup
        self._break_pending = False
        self._block_start: int | None = None  # projection offset where the open block's text starts
        self._removal_start: int | None = None

    def add_text(self, markup_start: int, markup_end: int, decoded: str | None = None) -> None:
        """Text from the markup; ``decoded`` differs from the markup for a reference or an escape."""
        source = self.markup[markup_start:markup_end]
        text = source if decoded is None else decoded
        if not text:
            return
        self._open_block(markup_start)
        if markup_start != self._last_markup_end:
            self._run += 1
        if decoded is None:
            self._raw_characters.update(source)
        elif len(decoded) == 1 and source.startswith("&"):
            self._references.setdefault(decoded, source)
        self._append(text, markup_start, markup_end, self._run, decoded is None)
        self._last_markup_end = markup_end

    def line_break(self, at: int) -> None:
        """A line break element: a new line within the paragraph, if the paragraph has text."""
        if self._block_start is not None and not self._break_pending:
            self._append(LINE_BREAK, at, at, SYNTHETIC, False)

    def inline_object(self, markup_start: int, markup_end: int) -> None:
        """Inline content that is not text (code, an image...) at ``markup_start..markup_end``: one
        character no edit may touch."""
        self._open_block(markup_start)
        self._append(OBJECT, markup_start, markup_end, SYNTHETIC, False)

    def block_boundary(self) -> None:
        """A block element starts or ends: close the open block; the next text starts a paragraph."""
        self._close_block()
        self._break_pending = True

    def set_removal(self, markup_start: int) -> None:
        """Deleting all the next block's text removes the markup from here to the end of its last line."""
        self._removal_start = markup_start

    def build(self) -> Projection:
        self._close_block()
        references = {c: ref for c, ref in self._references.items() if c not in self._raw_characters}
        text = "".join(self._text)
        return Projection(
            self.markup, text, tuple(self._pieces), tuple(self._blocks), self.escaped, references
        )

    def _open_block(self, markup_start: int) -> None:
        if self._break_pending and self._length:
            self._append(PARAGRAPH_BREAK, markup_start, markup_start, SYNTHETIC, False)
        self._break_pending = False
        if self._block_start is None:
            self._block_start = self._length

    def _close_block(self) -> None:
        if self._block_start is not None:
            removal = None
            if self._removal_start is not None:
                line_end = self.markup.find("\n", self._last_markup_end)
                line_end = len(self.markup) if line_end < 0 else line_end
                if self.markup.startswith("\r", line_end - 1):
                    line_end -= 1
                removal = (self._removal_start, max(line_end, self._last_markup_end))
            self._blocks.append(Block(self._block_start, self._length, removal))
        self._block_start = None
        self._removal_start = None

    def _append(self, text: str, markup_start: int, markup_end: int, run: int, exact: bool) -> None:
        self._pieces.append(
            Piece(self._length, self._length + len(text), markup_start, markup_end, run, exact)
        )
        self._text.append(text)
        self._length += len(text)
