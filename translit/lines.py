"""What a line is, everywhere in translit: it ends at CRLF, a lone CR or LF, as editors, Python's
universal newlines and linters count lines. Positions in messages, line-aligned sources and diffs all
count lines this way.
"""

from __future__ import annotations

import bisect
import re

import regex

BOM = "\ufeff"
LINE_BREAK = regex.compile(r"\r\n|\r|\n")
# A pattern that starts with a class is tried at every character; a literal is found by a fast search.
_LINE_FEED = re.compile("\n")


def count_line_breaks(text: str) -> int:
    r"""How many lines ``text`` ends (CRLF, CR, LF): a CRLF holds one of each, and is one line break.

    >>> count_line_breaks("a\r\nb\rc\nd"), count_line_breaks("")
    (3, 0)
    """
    return text.count("\n") + text.count("\r") - text.count("\r\n")


class LineIndex:
    """1-based line and column (in code points) of offsets into one text, each found in O(log lines).

    Lines end at CRLF, CR or LF; a byte-order mark at the start of the text is not a column.
    ``lines_before`` is the number of lines of the file before ``text`` when ``text`` is a block of it.

    >>> index = LineIndex("\\ufeffOne.\\rTwo Kiev.\\r\\nThree.")
    >>> index.position(0 + 1), index.position(10), index.position(17)
    ((1, 1), (2, 5), (3, 1))
    """

    def __init__(self, text: str, lines_before: int = 0) -> None:
        line_breaks = LINE_BREAK if "\r" in text else _LINE_FEED  # LF only, the usual case: a fast search
        self.starts = [0, *(m.end() for m in line_breaks.finditer(text))]
        self.lines_before = lines_before
        self.bom = text.startswith(BOM)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        column = offset - self.starts[line] + 1
        if line == 0 and self.bom and offset > 0:
            column -= 1
        return self.lines_before + line + 1, column
