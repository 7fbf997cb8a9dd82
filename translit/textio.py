"""Reading input: bytes in, exact text out, or one clear error naming the source."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from translit.errors import InputError

STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One input: a file (``path``), or standard input (``path == "-"``)."""

    path: str
    relative: str  # where its output goes under an output folder

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


def decode_text(data: bytes, source: str) -> str:
    """Decode UTF-8 exactly (a BOM stays in the text as U+FEFF, CRLF stays CRLF).

    >>> decode_text("Kyiv\\r\\n".encode(), "x.txt")
    'Kyiv\\r\\n'
    >>> decode_text(b"\\xff\\xfeK", "x.txt")
    Traceback (most recent call last):
    translit.errors.InputError: x.txt: not valid UTF-8 (byte 0xff at offset 0); translit reads UTF-8 text
    """
    nul = data.find(b"\x00")
    if nul != -1:
        raise InputError(f"{source}: looks like a binary file (NUL byte at offset {nul}); not cleaned")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{source}: not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "translit reads UTF-8 text"
        ) from None


def read_source(source: Source, stdin: BinaryIO) -> bytes:
    """The raw bytes of a source; ``stdin`` is the binary stream read for ``-``."""
    if source.is_stdin:
        return stdin.read()
    try:
        return Path(source.path).read_bytes()
    except OSError as error:
        raise InputError(f"{source.path}: cannot read ({error.strerror})") from None


def expand_sources(paths: Sequence[str]) -> Iterator[Source]:
    """Files as given, folders as every non-hidden file below them (sorted), ``-`` as stdin."""
    for path in paths or [STDIN]:
        if path == STDIN:
            yield Source(STDIN, "stdin")
            continue
        location = Path(path)
        if location.is_dir():
            for child in sorted(location.rglob("*")):
                relative = child.relative_to(location)
                if child.is_file() and not any(part.startswith(".") for part in relative.parts):
                    yield Source(str(child), str(relative))
        elif location.exists():
            yield Source(path, location.name)
        else:
            raise InputError(f"{path}: no such file or folder")


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of an offset, for messages."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
