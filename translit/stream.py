"""Read inputs of any size in bounded pieces: text in paragraph blocks, JSON Lines in chunks of lines.

A text input up to :data:`BLOCK_BYTES` is one document, as the rules want it (consistency is checked
across the whole article). A larger input (an archive dump, not an article) is cut into blocks of at
most that size, each cut made after a blank line where there is one, so that paragraphs stay whole;
the blocks concatenate back to the input byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

#: Largest text cleaned as one document, and the size of the blocks a larger text is cut into.
#: 4 MiB is a hundred long articles: context enough, and a few blocks in flight fit in memory.
BLOCK_BYTES = 4 * 1024 * 1024
#: JSON lines sent to a worker at a time: enough to make the hand-over cheap, few enough to stay small.
LINES_PER_CHUNK = 64
#: A JSON line longer than this is reported and skipped rather than held in memory.
MAX_LINE_BYTES = 64 * 1024 * 1024
_CUTS = (b"\n\n", b"\n\r\n", b"\n", b" ")


def read_blocks(stream: BinaryIO, size: int = BLOCK_BYTES) -> Iterator[bytes]:
    """Successive blocks of at most ``size`` bytes, cut after a blank line, a line, a space, or at
    worst between two UTF-8 characters.

    >>> import io
    >>> list(read_blocks(io.BytesIO(b"one\\n\\ntwo two\\n"), size=9))
    [b'one\\n\\n', b'two two\\n']
    """
    carry = b""
    while True:
        data = carry + stream.read(size - len(carry))
        if len(data) < size:
            if data:
                yield data
            return
        cut = _cut_point(data)
        yield data[:cut]
        carry = data[cut:]


def _cut_point(data: bytes) -> int:
    for separator in _CUTS:
        position = data.rfind(separator)
        if position > 0:
            return position + len(separator)
    position = len(data)
    while position > 1 and data[position - 1] & 0xC0 == 0x80:  # inside a multi-byte character
        position -= 1
    if data[position - 1] >= 0xC0:  # the lead byte of the character that was cut
        position -= 1
    return max(position, 1)


def read_line_chunks(
    stream: BinaryIO, size: int = LINES_PER_CHUNK, max_line: int = MAX_LINE_BYTES
) -> Iterator[tuple[int, list[bytes | None]]]:
    """``(number of the first line, lines)`` chunks, read one line at a time (never the whole input).

    A line longer than ``max_line`` bytes comes as ``None``, its bytes skipped unread into memory.

    >>> import io
    >>> list(read_line_chunks(io.BytesIO(b"a\\nb\\nc"), size=2))
    [(1, [b'a\\n', b'b\\n']), (3, [b'c'])]
    >>> list(read_line_chunks(io.BytesIO(b"ok\\ntoo long\\nok"), max_line=4))
    [(1, [b'ok\\n', None, b'ok'])]
    """
    first, lines = 1, []
    while line := stream.readline(max_line + 1):
        if len(line) > max_line:
            while line and not line.endswith(b"\n"):
                line = stream.readline(max_line)
            lines.append(None)
        else:
            lines.append(line)
        if len(lines) == size:
            yield first, lines
            first, lines = first + size, []
    if lines:
        yield first, lines
