"""How results are shown: one function per output format, each returning a string."""

from __future__ import annotations

import difflib
import json

import regex

from translit.edits import Edit, Finding
from translit.lines import LineIndex
from translit.textio import display_name

#: diff and patch end a line at LF only; a CR, U+2028 or form feed is part of the line.
_DIFF_LINE = regex.compile(r"[^\n]*\n|[^\n]+\Z")


def explain_edit(name: str, index: LineIndex, edit: Edit) -> str:
    """``name:line:col: type 'original' -> 'replacement' (score): reason`` — a linter-style line.

    ``index`` locates offsets in the text (or block of a file) the edit belongs to.
    """
    line, column = index.position(edit.start)
    return (
        f"{name}:{line}:{column}: {edit.type} {edit.original!r} -> {edit.replacement!r} "
        f"(score {edit.score:.2f}): {edit.reason}"
    )


def explain_finding(name: str, index: LineIndex, finding: Finding) -> str:
    line, column = index.position(finding.start)
    best = finding.best()
    if best is None:
        proposal = f"no fix: {finding.note}" if finding.note else "no fix"
    else:
        proposal = f"-> {best.replacement!r} (score {best.confidence:.2f}): {best.reason}"
    return f"{name}:{line}:{column}: {finding.type} {finding.original!r} {proposal}"


def as_diff(path: str, original: str, cleaned: str) -> str:
    """A unified diff that ``patch -p1`` and ``git apply`` accept, whatever the line endings.

    Lines are split at LF alone, as diff and patch split them, so a CR-only or U+2028 file is one line;
    only a last line without LF gets the "No newline at end of file" marker. A name that is not
    printable UTF-8 is quoted as git quotes it (see :func:`translit.textio.display_name`).
    """
    lines = difflib.unified_diff(
        _DIFF_LINE.findall(original),
        _DIFF_LINE.findall(cleaned),
        fromfile=diff_file_name("a/", path),
        tofile=diff_file_name("b/", path),
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )


def diff_file_name(prefix: str, path: str) -> str:
    """A diff header's file name: ``a/`` or ``b/`` before it, quoted as git quotes a name that is not
    printable UTF-8."""
    name = display_name(path)
    return f'"{prefix}{name[1:]}' if name.startswith('"') else prefix + name


def as_json_line(record: dict[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n"
