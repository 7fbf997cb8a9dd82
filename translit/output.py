"""Where results go: stdout, one file, or a folder of files; files appear whole or not at all.

One policy, applied before any work (:func:`open_output`):

* ``-o`` names a folder when it is an existing folder, ends with ``/``, or the run writes a copy of each
  of several inputs (several paths, or a folder, given with ``--format text`` or ``--jsonl``); else a
  file. A report (``--format json|diff``) is one stream, so its ``-o`` must name a file.
* translit writes only regular files: it refuses to replace a device, FIFO, socket or symbolic link,
  and to overwrite one of its own inputs.
* Two inputs whose outputs would land on the same path (same name from two folders, an input given
  twice, stdin beside a file named ``stdin``) are an error, before anything is read.

Every file is written to a hidden temporary file beside it and renamed into place when complete
(``os.replace`` is atomic), so an interrupted run — Ctrl-C, SIGTERM, even SIGKILL — never leaves a
half-written output under the final name. A source that fails midway leaves nothing of itself: its
file in a folder is dropped, and its part of a single ``-o FILE`` is cut off again (if nothing else
went into that file, the file is not made at all).
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO, Protocol

from translit.errors import TranslitError
from translit.textio import Source, display_name


class OutputClosed(Exception):  # noqa: N818 - a state, not an error: the reader went away
    """Standard output is a pipe whose reader has gone (``translit ... | head``)."""


class Writer(Protocol):
    """Receives each source's output in order: ``begin``, any number of ``write``, then ``end``."""

    def begin(self, source: Source) -> None: ...
    def write(self, text: str) -> None: ...
    def end(self, keep: bool) -> None: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


def open_output(output: str | None, sources: Sequence[Source], folder: bool) -> Writer:
    """The writer for a run, once every target is known to be safe to write; else a :class:`TranslitError`.

    ``folder`` says the run writes one output per source (see :func:`names_a_folder`).
    """
    if output is None:
        return StdoutWriter()
    inputs = _identities(source.path for source in sources if not source.is_stdin and not source.problem)
    if folder:
        targets = _folder_targets(Path(output), sources)
        for target in targets:
            check_target(target, inputs)
        return FolderWriter(Path(output))
    if Path(output).is_dir() or output.endswith(("/", os.sep)):
        raise TranslitError(
            f"{display_name(output)}: a folder, but this output is one stream (a report, or the inputs "
            "joined); name a file with -o"
        )
    check_target(Path(output), inputs)
    return FileWriter(Path(output))


def names_a_folder(output: str | None, paths: Sequence[str], copies: bool) -> bool:
    """Whether ``-o output`` is a folder: an existing folder, a name ending with ``/``, or several
    outputs — one copy (``copies``) of each of several inputs or of a folder's files."""
    if output is None or not copies:
        return False
    return Path(output).is_dir() or output.endswith(("/", os.sep)) or several_inputs(paths)


def several_inputs(paths: Sequence[str]) -> bool:
    """Several paths, or a folder: decided by what was named, never by how many files a folder holds."""
    return len(paths) > 1 or any(Path(path).is_dir() for path in paths)


def check_target(target: Path, inputs: set[tuple[int, int]]) -> None:
    """Refuse to write over anything but a regular file that is not one of the run's inputs."""
    try:
        status = target.lstat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise _cannot_write(target, error) from None
    name = display_name(str(target))
    if stat.S_ISLNK(status.st_mode):
        raise TranslitError(
            f"{name}: a symbolic link; translit replaces only regular files, so give the path it points to"
        )
    if stat.S_ISDIR(status.st_mode):
        raise TranslitError(f"{name}: a folder is in the way of this output file; choose another -o")
    if not stat.S_ISREG(status.st_mode):
        raise TranslitError(
            f"{name}: not a regular file (a device, FIFO or socket); translit writes only regular files "
            "(to throw the output away, leave out -o and redirect stdout)"
        )
    if (status.st_dev, status.st_ino) in inputs:
        raise TranslitError(
            f"{name}: is one of the inputs; translit never overwrites its input, choose another -o"
        )


def _folder_targets(folder: Path, sources: Sequence[Source]) -> list[Path]:
    """Each readable source's output path; two sources on one path are an error, named."""
    if folder.exists() and not folder.is_dir():
        raise TranslitError(f"{display_name(str(folder))}: not a folder; the outputs need -o FOLDER")
    owners: dict[str, Source] = {}
    for source in sources:
        if source.problem:
            continue
        target = os.path.normpath(folder / source.relative)
        if target in owners:
            first = owners[target]
            what = (
                f"{source.name} is given twice"
                if os.path.normpath(first.path) == os.path.normpath(source.path)
                else f"{first.name} and {source.name} would both be written to {display_name(target)}"
            )
            raise TranslitError(f"{what}; nothing was written (clean them in separate runs)")
        owners[target] = source
    return [Path(target) for target in owners]


def _identities(paths: Iterable[str]) -> set[tuple[int, int]]:
    identities = set()
    for path in paths:
        try:
            status = os.stat(path)
        except OSError:
            continue
        identities.add((status.st_dev, status.st_ino))
    return identities


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
        self.stream: BinaryIO = os.fdopen(handle, "w+b")

    def write(self, text: str) -> None:
        try:
            write_all(self.stream, text.encode("utf-8"))
        except OSError as error:
            self.discard()
            raise _cannot_write(self.path, error) from None

    def cut(self, size: int) -> None:
        """Drop everything written after the first ``size`` bytes."""
        self.stream.seek(size)
        self.stream.truncate()

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
        try:
            write_all(sys.stdout.buffer, text.encode("utf-8"))
            sys.stdout.buffer.flush()
        except BrokenPipeError:
            raise OutputClosed from None
        except OSError as error:
            raise TranslitError(f"standard output: cannot write ({error.strerror})") from None

    def end(self, keep: bool) -> None:
        pass

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


class FileWriter:
    """Every source's output into one file, which appears when the run completes; a source that fails
    midway is cut out again, and if every source failed there is no file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file: AtomicFile | None = None
        self.start = 0  # where the current source's output begins
        self.kept = self.lost = 0

    def begin(self, source: Source) -> None:
        self.start = self.file.stream.tell() if self.file else 0

    def write(self, text: str) -> None:
        if self.file is None:
            self.file = AtomicFile(self.path)
        self.file.write(text)

    def end(self, keep: bool) -> None:
        if keep:
            self.kept += 1
            return
        self.lost += 1
        if self.file is not None:
            self.file.cut(self.start)

    def close(self) -> None:
        if self.kept == 0 and self.lost > 0:
            self.abort()
            return
        if self.file is None:
            self.file = AtomicFile(self.path)  # an empty input makes an empty output
        self.file.commit()

    def abort(self) -> None:
        if self.file is not None:
            self.file.discard()


class FolderWriter:
    """One file per source under a folder, at the source's relative path; a failed source gets none."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder_made = False
        self.source: Source | None = None
        self.file: AtomicFile | None = None

    def begin(self, source: Source) -> None:
        self.source = source

    def write(self, text: str) -> None:
        self._file().write(text)

    def end(self, keep: bool) -> None:
        if keep:
            self._file().commit()
        elif self.file is not None:
            self.file.discard()
        self.file = self.source = None

    def close(self) -> None:
        if not self.folder_made:  # no input at all (an empty folder): the output is an empty folder
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise _cannot_write(self.folder, error) from None

    def abort(self) -> None:
        if self.file is not None:
            self.file.discard()

    def _file(self) -> AtomicFile:
        if self.file is None:
            assert self.source is not None, "begin() first"
            self.file = AtomicFile(self.folder / self.source.relative)
            self.folder_made = True
        return self.file


def write_all(stream: BinaryIO, data: bytes) -> None:
    """Write every byte or raise. A buffered stream's ``write`` may return a short count instead of
    raising when the error (a closed pipe, a full disk) comes after some bytes went out; the next call
    then raises it."""
    view = memoryview(data)
    while view:
        view = view[stream.write(view) or 0 :]  # None: a non-blocking stream was full; try again


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _cannot_write(path: Path, error: OSError) -> TranslitError:
    return TranslitError(
        f"{display_name(str(path))}: cannot write output ({error.strerror}); choose a writable path with -o"
    )
