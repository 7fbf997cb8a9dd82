"""The context window around a span: what the re-scorer shows the model, as training showed it."""

from __future__ import annotations

import regex

SENTENCE_END = regex.compile(r"[.!?][\"”’)]?\s+|\n")
MAX_CONTEXT_CHARS = 400


def context_window(text: str, start: int, end: int) -> tuple[str, str]:
    """The text left and right of ``text[start:end]``: its sentence, plus the sentence before it.

    This matches what training shows the model (a corpus line and its predecessor).
    """
    left_limit = max(0, start - MAX_CONTEXT_CHARS)
    boundaries = [m.end() for m in SENTENCE_END.finditer(text, left_limit, start)]
    left_start = boundaries[-2] if len(boundaries) >= 2 else left_limit
    right_limit = min(len(text), end + MAX_CONTEXT_CHARS)
    right_match = SENTENCE_END.search(text, end, right_limit)
    right_end = right_match.end() if right_match else right_limit
    return text[left_start:start].lstrip(), text[end:right_end].rstrip()
