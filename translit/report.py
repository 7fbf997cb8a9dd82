"""How results are shown: one function per output format, each returning a string."""

from __future__ import annotations

import difflib
import json

from translit.edits import Edit, Finding
from translit.textio import line_and_column


def explain_edit(path: str, text: str, edit: Edit, lines_before: int = 0) -> str:
    """``path:line:col: type 'original' -> 'replacement' (score): reason`` — a linter-style line.

    ``lines_before`` counts the lines of the file before ``text`` when ``text`` is a block of it.
    """
    line, column = line_and_column(text, edit.start)
    line += lines_before
    return (
        f"{path}:{line}:{column}: {edit.type} {edit.original!r} -> {edit.replacement!r} "
        f"(score {edit.score:.2f}): {edit.reason}"
    )


def explain_finding(path: str, text: str, finding: Finding, lines_before: int = 0) -> str:
    line, column = line_and_column(text, finding.start)
    line += lines_before
    best = finding.best()
    if best is None:
        proposal = f"no fix: {finding.note}" if finding.note else "no fix"
    else:
        proposal = f"-> {best.replacement!r} (score {best.confidence:.2f}): {best.reason}"
    return f"{path}:{line}:{column}: {finding.type} {finding.original!r} {proposal}"


def as_diff(path: str, original: str, cleaned: str) -> str:
    lines = difflib.unified_diff(
        original.splitlines(keepends=True),
        cleaned.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )


def as_json_line(record: dict[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"
