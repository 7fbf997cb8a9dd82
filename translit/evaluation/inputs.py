"""Read and validate evaluation inputs: line-aligned UTF-8 files, checked at the boundary."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from translit.errors import InputError


class EvaluationInputError(InputError):
    """An evaluation input is missing, unreadable or not aligned with the others; the message says which."""


def read_lines(path: str | Path) -> list[str]:
    """Return the lines of a UTF-8 file without their line breaks.

    Lines are split on ``\\n`` only (not on the Unicode separators ``str.splitlines`` also breaks at),
    so that line *i* stays segment *i* of a line-aligned corpus.
    """
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_text(path: str | Path) -> str:
    """Return the content of a UTF-8 file, with a readable error when it cannot be read."""
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EvaluationInputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise EvaluationInputError(f"{path}: is a directory, expected a text file") from None
    except UnicodeDecodeError as error:
        raise EvaluationInputError(f"{path}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise EvaluationInputError(f"{path}: cannot read ({error.strerror})") from None


def check_aligned(streams: Mapping[str, Sequence[str]]) -> int:
    """Check that every named stream has the same, non-zero number of lines; return that number."""
    if not streams:
        raise EvaluationInputError("nothing to evaluate: no input files")
    counts = {name: len(lines) for name, lines in streams.items()}
    for name, count in counts.items():
        if count == 0:
            raise EvaluationInputError(f"{name}: file is empty")
    first_name, first_count = next(iter(counts.items()))
    for name, count in counts.items():
        if count != first_count:
            raise EvaluationInputError(
                f"{name} has {count} lines but {first_name} has {first_count}; "
                "hypotheses and references must be line-aligned"
            )
    return first_count


def name_systems(paths: Sequence[str | Path]) -> list[str]:
    """Name each hypothesis file by its stem, falling back to the full path when stems collide."""
    stems = [Path(path).stem for path in paths]
    if len(set(stems)) == len(stems):
        return stems
    return [str(path) for path in paths]
