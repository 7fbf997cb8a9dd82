"""Reading input: bytes in, exact text out, or one clear error naming the source."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from translit.errors import InputError

STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One input: a file (``path``), or standard input (``path == "-"``).

    ``problem`` says why an input named on the command line or found in a folder cannot be read, so
    that it is reported in its turn while the other inputs are still processed.
    """

    path: str
    relative: str  # where its output goes under an output folder
    problem: str | None = None

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


def decode_text(data: bytes, source: str, offset: int = 0) -> str:
    """Decode UTF-8 exactly (a BOM stays in the text as U+FEFF, CRLF stays CRLF).

    ``offset`` is where ``data`` starts in its source, so that a block of a large file reports the
    position of a bad byte in the file.

    >>> decode_text("Kyiv\\r\\n".encode(), "x.txt")
    'Kyiv\\r\\n'
    >>> decode_text(b"\\xff\\xfeK", "x.txt")
    Traceback (most recent call last):
    translit.errors.InputError: x.txt: not valid UTF-8 (byte 0xff at offset 0); translit reads UTF-8 text
    """
    nul = data.find(b"\x00")
    if nul != -1:
        raise InputError(
            f"{source}: looks like a binary file (NUL byte at offset {offset + nul}); not cleaned"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{source}: not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {offset + error.start}); "
            "translit reads UTF-8 text"
        ) from None


@contextlib.contextmanager
def open_source(source: Source, stdin: BinaryIO) -> Iterator[BinaryIO]:
    """The source as a binary stream (``stdin`` for ``-``), or an :class:`InputError` naming it."""
    if source.is_stdin:
        yield stdin
        return
    try:
        stream = open(source.path, "rb")  # noqa: SIM115 - closed below, after the caller is done
    except OSError as error:
        raise InputError(f"{source.path}: cannot read ({error.strerror})") from None
    with stream:
        yield stream


def expand_sources(paths: Sequence[str]) -> Iterator[Source]:
    """Files as given, folders as every non-hidden file below them (sorted), ``-`` as stdin.

    A missing path, a broken link or a special file (FIFO, socket, device) inside a folder comes back
    with its ``problem`` set rather than stopping the run. A FIFO named explicitly is read (``<(...)``).
    """
    for path in paths or [STDIN]:
        if path == STDIN:
            yield Source(STDIN, "stdin")
            continue
        location = Path(path)
        if location.is_dir():
            for child in sorted(location.rglob("*")):
                relative = child.relative_to(location)
                if child.is_dir() or any(part.startswith(".") for part in relative.parts):
                    continue
                yield Source(str(child), str(relative), _problem_in_folder(child))
        elif location.exists():
            yield Source(path, location.name)
        elif location.is_symlink():
            yield Source(path, location.name, "broken symbolic link; not read")
        else:
            yield Source(path, location.name, "no such file or folder")


def _problem_in_folder(path: Path) -> str | None:
    if path.is_file():
        return None
    if path.is_symlink() and not path.exists():
        return "broken symbolic link; not read"
    return "not a regular file (FIFO, socket or device); not read"


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of an offset, for messages."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
