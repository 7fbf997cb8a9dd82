"""Read inputs of any size in bounded pieces: text in paragraph blocks, JSON Lines in chunks of lines.

A text input up to :data:`BLOCK_BYTES` is one document, as the rules want it (consistency is checked
across the whole article). A larger input (an archive dump, not an article) is cut into blocks of at
most that size, each cut made after a blank line where there is one (LF, CRLF or CR line ends), so
that paragraphs stay whole; the blocks concatenate back to the input byte for byte.

JSON Lines come in chunks bounded both in lines and in bytes, so that what is in flight stays small
whatever the records hold. A NUL byte means the input is not JSON Lines but a binary file: reading
stops there (an endless device such as ``/dev/zero`` included).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from translit.errors import InputError

#: Largest text cleaned as one document, and the size of the blocks a larger text is cut into.
#: 4 MiB is a hundred long articles: context enough, and a few blocks in flight fit in memory.
BLOCK_BYTES = 4 * 1024 * 1024
#: JSON lines sent to a worker at a time: enough to make the hand-over cheap, few enough to stay small.
LINES_PER_CHUNK = 64
#: ... and at most about this many bytes of them (a chunk holds at least one line, however long).
CHUNK_BYTES = 1024 * 1024
#: A JSON line longer than this is reported and skipped rather than held in memory.
MAX_LINE_BYTES = 64 * 1024 * 1024
#: Where a block may end, best first: after a blank line (LF, CRLF, CR files), after a line, after a
#: space. A lone CR ends a line only in a file without LFs, so a CRLF is never split.
_CUTS = (b"\n\n", b"\n\r\n", b"\r\r", b"\n", b"\r", b" ")


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
    """Where to end a full block: after the last separator (the best kind there is), else between two
    characters. A CR as the last byte is skipped: its LF may be the next byte of the input.

    >>> _cut_point(b"one\\rtwo\\r\\rthree\\rfour")
    9
    """
    has_line_feed = b"\n" in data
    for separator in _CUTS:
        if has_line_feed and separator in (b"\r\r", b"\r"):
            continue
        position = data.rfind(separator, 0, len(data) - 1 if separator.endswith(b"\r") else len(data))
        if position > 0:
            return position + len(separator)
    position = len(data)
    while position > 1 and data[position - 1] & 0xC0 == 0x80:  # inside a multi-byte character
        position -= 1
    if data[position - 1] >= 0xC0:  # the lead byte of the character that was cut
        position -= 1
    return max(position, 1)


def read_line_chunks(
    stream: BinaryIO, size: int = LINES_PER_CHUNK, max_line: int = MAX_LINE_BYTES, source: str = "-"
) -> Iterator[tuple[int, list[bytes | None]]]:
    """``(number of the first line, lines)`` chunks, read one line at a time (never the whole input);
    a chunk ends after ``size`` lines or :data:`CHUNK_BYTES` bytes.

    A line longer than ``max_line`` bytes comes as ``None``, its bytes skipped unread into memory. A NUL
    byte (not JSON, a binary file) raises :class:`~translit.errors.InputError`, after the lines before it.

    >>> import io
    >>> list(read_line_chunks(io.BytesIO(b"a\\nb\\nc"), size=2))
    [(1, [b'a\\n', b'b\\n']), (3, [b'c'])]
    >>> list(read_line_chunks(io.BytesIO(b"ok\\ntoo long\\nok"), max_line=4))
    [(1, [b'ok\\n', None, b'ok'])]
    """
    first, held, offset = 1, 0, 0
    lines: list[bytes | None] = []
    while line := stream.readline(max_line + 1):
        start = offset
        offset += len(line)
        if b"\x00" in line:
            if lines:
                yield first, lines
            raise _binary_line(source, first + len(lines), start + line.index(b"\x00"))
        if len(line) > max_line:
            while line and not line.endswith(b"\n"):
                line = stream.readline(max_line)
                if b"\x00" in line:
                    raise _binary_line(source, first + len(lines), offset + line.index(b"\x00"))
                offset += len(line)
            lines.append(None)
        else:
            lines.append(line)
            held += len(line)
        if len(lines) == size or held >= CHUNK_BYTES:
            yield first, lines
            first, lines, held = first + len(lines), [], 0
    if lines:
        yield first, lines


def _binary_line(source: str, line_number: int, offset: int) -> InputError:
    return InputError(
        f"{source}:{line_number}: looks like a binary file (NUL byte at offset {offset}); not read further"
    )
