"""A word diff of a clean, like ``git diff --word-diff``: the changed lines, changed words marked in place.

It is built from the edits themselves, not by re-diffing the two texts: every edit is exactly one change,
shown as whole words (an edit inside a word shows the word), and a long article costs one pass. Without
colour a change reads ``[-old-]{+new+}``; with colour (a terminal) the old words are red and the new green.
Lines are numbered as everywhere in translit (:mod:`translit.lines`); the shown lines end in ``\\n``
whatever ended them in the file.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

from translit.lines import LINE_BREAK
from translit.offsets import Replacement, in_replay_order
from translit.report import diff_file_name

_WORD_CHARACTER = regex.compile(r"\w")
PLAIN = ("[-", "-]", "{+", "+}")
COLOUR = ("\x1b[31m", "\x1b[m", "\x1b[32m", "\x1b[m")


def word_diff(path: str, original: str, edits: Iterable[Replacement], colour: bool = False) -> str:
    """The lines of ``original`` that ``edits`` change, each change marked; empty when nothing changes.

    >>> from translit.edits import Edit
    >>> text = "Officials in Kiev said so.\\nNothing else.\\n"
    >>> print(word_diff("a.txt", text, [Edit(13, 17, "Kiev", "Kyiv", "house-style", "r", "why", 1.0)]), end="")
    --- a/a.txt
    +++ b/a.txt
    @@ -1 +1 @@
    Officials in [-Kiev-]{+Kyiv+} said so.
    """
    changes = _whole_words(original, in_replay_order(edits))
    if not changes:
        return ""
    line_starts = [0] + [match.end() for match in LINE_BREAK.finditer(original)]
    lines = [f"--- {diff_file_name('a/', path)}\n", f"+++ {diff_file_name('b/', path)}\n"]
    lines_added = 0  # line breaks the changes before the current hunk added (or, negative, removed)
    for hunk in _hunks(changes, line_starts):
        first_line = bisect.bisect_right(line_starts, hunk[0][0])
        lines.append(f"@@ -{first_line} +{first_line + lines_added} @@\n")
        lines.append(_render(original, hunk, line_starts, colour))
        lines_added += sum(
            _count_breaks(new) - _count_breaks(original[start:end]) for start, end, new in hunk
        )
    return "".join(lines)


def _whole_words(original: str, edits: tuple[Replacement, ...]) -> list[tuple[int, int, str]]:
    """The edits widened to whole words, edits that then share a word merged: (start, end, new text)."""
    groups: list[tuple[int, int, list[Replacement]]] = []
    for edit in edits:
        start, end = edit.start, edit.end
        while (
            start > 0 and _is_word(original[start - 1]) and (start == edit.end or _is_word(original[start]))
        ):
            start -= 1
        while (
            end < len(original)
            and _is_word(original[end])
            and (end == edit.start or _is_word(original[end - 1]))
        ):
            end += 1
        if groups and start <= groups[-1][1]:  # shares a word with the previous change: one change
            previous_start, previous_end, members = groups.pop()
            groups.append((previous_start, max(end, previous_end), [*members, edit]))
        else:
            groups.append((start, end, [edit]))
    return [(start, end, _replayed(original, start, end, members)) for start, end, members in groups]


def _replayed(original: str, start: int, end: int, edits: list[Replacement]) -> str:
    """``original[start:end]`` with the edits inside it applied."""
    pieces, cursor = [], start
    for edit in edits:
        pieces += [original[cursor : edit.start], edit.replacement]
        cursor = edit.end
    return "".join(pieces) + original[cursor:end]


def _is_word(character: str) -> bool:
    return bool(_WORD_CHARACTER.match(character))


def _hunks(changes: list[tuple[int, int, str]], line_starts: list[int]) -> list[list[tuple[int, int, str]]]:
    """Changes grouped by the lines they touch: changes on one line (or on overlapping lines) form a hunk."""
    hunks: list[list[tuple[int, int, str]]] = []
    last_line = -1
    for change in changes:
        first = bisect.bisect_right(line_starts, change[0])
        if hunks and first <= last_line:
            hunks[-1].append(change)
        else:
            hunks.append([change])
        last_line = max(last_line, bisect.bisect_right(line_starts, max(change[0], change[1] - 1)))
    return hunks


def _render(original: str, hunk: list[tuple[int, int, str]], line_starts: list[int], colour: bool) -> str:
    """The hunk's lines of ``original`` with each change marked, line breaks shown as ``\\n``."""
    open_old, close_old, open_new, close_new = COLOUR if colour else PLAIN
    first_line = bisect.bisect_right(line_starts, hunk[0][0])
    last_line = bisect.bisect_right(line_starts, max(hunk[-1][0], hunk[-1][1] - 1))
    start = line_starts[first_line - 1]
    end = line_starts[last_line] if last_line < len(line_starts) else len(original)
    pieces, cursor = [], start
    for change_start, change_end, new in hunk:
        pieces.append(original[cursor:change_start])
        old = original[change_start:change_end]
        if old:
            pieces.append(f"{open_old}{old}{close_old}")
        if new:
            pieces.append(f"{open_new}{new}{close_new}")
        cursor = change_end
    pieces.append(original[cursor:end])
    shown = LINE_BREAK.sub("\n", "".join(pieces))
    return shown if shown.endswith("\n") else shown + "\n"


def _count_breaks(text: str) -> int:
    return len(LINE_BREAK.findall(text))
