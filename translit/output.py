"""Where results go: stdout, one file, or a folder of files; files appear whole or not at all.

Every file is written to a hidden temporary file beside it and renamed into place when complete
(``os.replace`` is atomic), so an interrupted run — Ctrl-C, SIGTERM, even SIGKILL — never leaves a
half-written output under the final name.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, Protocol

from translit.errors import TranslitError
from translit.textio import Source


class Writer(Protocol):
    """Receives each source's output in order: ``begin``, any number of ``write``, then ``end``."""

    def begin(self, source: Source) -> None: ...
    def write(self, text: str) -> None: ...
    def end(self, keep: bool) -> None: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


class AtomicFile:
    """A file written through a temporary beside it; ``commit`` renames it into place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as error:
            raise _cannot_write(path, error) from None
        self.temporary = Path(temporary)
        os.chmod(handle, 0o666 & ~_umask())  # mkstemp makes it private; the output is an ordinary file
        self.stream: BinaryIO = os.fdopen(handle, "wb")

    def write(self, text: str) -> None:
        try:
            self.stream.write(text.encode("utf-8"))
        except OSError as error:
            self.discard()
            raise _cannot_write(self.path, error) from None

    def commit(self) -> None:
        try:
            self.stream.close()
            os.replace(self.temporary, self.path)
        except OSError as error:
            self.discard()
            raise _cannot_write(self.path, error) from None

    def discard(self) -> None:
        self.stream.close()
        self.temporary.unlink(missing_ok=True)


class StdoutWriter:
    """Everything to standard output, as it comes."""

    def begin(self, source: Source) -> None:
        pass

    def write(self, text: str) -> None:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()

    def end(self, keep: bool) -> None:
        pass

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


class FileWriter:
    """Every source's output into one file, which appears when the run completes."""

    def __init__(self, path: Path) -> None:
        self.file = AtomicFile(path)

    def begin(self, source: Source) -> None:
        pass

    def write(self, text: str) -> None:
        self.file.write(text)

    def end(self, keep: bool) -> None:
        pass

    def close(self) -> None:
        self.file.commit()

    def abort(self) -> None:
        self.file.discard()


class FolderWriter:
    """One file per source under a folder, at the source's relative path; a failed source gets none."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.file: AtomicFile | None = None

    def begin(self, source: Source) -> None:
        self.file = AtomicFile(self.folder / source.relative)

    def write(self, text: str) -> None:
        assert self.file is not None, "begin() first"
        self.file.write(text)

    def end(self, keep: bool) -> None:
        if self.file is not None:
            self.file.commit() if keep else self.file.discard()
        self.file = None

    def close(self) -> None:
        pass

    def abort(self) -> None:
        if self.file is not None:
            self.file.discard()


def open_writer(output: str | None, folder: bool) -> Writer:
    """Stdout without ``output``; else a folder of files or a single file."""
    if output is None:
        return StdoutWriter()
    return FolderWriter(Path(output)) if folder else FileWriter(Path(output))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _cannot_write(path: Path, error: OSError) -> TranslitError:
    return TranslitError(f"{path}: cannot write output ({error.strerror}); choose a writable path with -o")
