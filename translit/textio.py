"""Reading input: bytes in, exact text out, or one clear error naming the source.

Also how a source is named in messages and reports (:func:`display_name`), and where an offset is in
lines and columns (:class:`LineIndex`).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import regex

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

    @property
    def name(self) -> str:
        """The path as messages and reports show it (see :func:`display_name`)."""
        return display_name(self.path)


def display_name(path: str) -> str:
    """A file name as one line of valid UTF-8: as it is when it can be; else quoted as git quotes it,
    each undecodable byte as an octal escape and each control character (a newline) as its escape.

    Names come from the file system as ``str`` with undecodable bytes as surrogates (PEP 383), which no
    strict UTF-8 stream can carry, and a newline in a name would split a one-line message.

    >>> display_name("news/kyiv.txt")
    'news/kyiv.txt'
    >>> print(display_name("bad\\udcff.txt"), display_name("two\\nlines.txt"))
    "bad\\377.txt" "two\\nlines.txt"
    """
    if not _NEEDS_QUOTES.search(path) and not path.startswith('"'):
        return path
    return '"' + "".join(_quoted(character) for character in path) + '"'


_NEEDS_QUOTES = regex.compile(r"[\p{Cc}\p{Zl}\p{Zp}\ud800-\udfff]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\"}


def _quoted(character: str) -> str:
    if character in _ESCAPES:
        return _ESCAPES[character]
    if "\udc80" <= character <= "\udcff":  # an undecodable byte, as os.fsdecode keeps it
        return f"\\{ord(character) - 0xDC00:03o}"
    if _NEEDS_QUOTES.match(character):
        return "".join(f"\\{byte:03o}" for byte in character.encode("utf-8", "surrogatepass"))
    return character


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
        raise InputError(f"{source.name}: cannot read ({error.strerror})") from None
    with stream:
        yield stream


def expand_sources(paths: Sequence[str]) -> Iterator[Source]:
    """Files as given, folders as every non-hidden file below them (sorted), ``-`` as stdin.

    A missing path, a broken link, a special file (FIFO, socket, device) or an unreadable folder inside a
    folder comes back with its ``problem`` set rather than stopping the run or being skipped in silence.
    Links to folders are followed, except one that leads back into a folder being walked (a loop). A FIFO
    named explicitly is read (``<(...)``).
    """
    for path in paths or [STDIN]:
        if path == STDIN:
            yield Source(STDIN, "stdin")
            continue
        location = Path(path)
        if location.is_dir():
            yield from _walk(location, Path(), (_identity(location),))
        elif location.exists():
            yield Source(path, location.name)
        elif location.is_symlink():
            yield Source(path, location.name, "broken symbolic link; not read")
        else:
            yield Source(path, location.name, "no such file or folder")


def _walk(folder: Path, relative: Path, ancestors: tuple[tuple[int, int], ...]) -> Iterator[Source]:
    """The files below ``folder`` in sorted order (a child folder's files where its name sorts)."""
    try:
        names = sorted(os.listdir(folder))
    except OSError as error:
        yield Source(str(folder), str(relative), f"cannot read folder ({error.strerror}); its files not read")
        return
    for name in names:
        if name.startswith("."):
            continue
        child = folder / name
        if child.is_dir():
            identity = _identity(child)
            if identity in ancestors:
                yield Source(
                    str(child), str(relative / name), "link back into a folder above it; not followed"
                )
            else:
                yield from _walk(child, relative / name, (*ancestors, identity))
        else:
            yield Source(str(child), str(relative / name), _problem_in_folder(child))


def _identity(folder: Path) -> tuple[int, int]:
    status = folder.stat()
    return status.st_dev, status.st_ino


def _problem_in_folder(path: Path) -> str | None:
    if path.is_file():
        return None
    if path.is_symlink() and not path.exists():
        return "broken symbolic link; not read"
    return "not a regular file (FIFO, socket or device); not read"


def is_special_file(path: Path) -> bool:
    """A device, FIFO or socket: reading it may never end, and writing over it must never happen."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)
