"""Web-page furniture left inside an article body ("Please read on...", "Advertisement")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding

if TYPE_CHECKING:
    from translit.config import Config
    from translit.document import Document

# Whole paragraphs only: the same words inside a sentence are prose, not furniture.
_FURNITURE = regex.compile(
    r"""(?ix)
    (?:please\s+)?(?:read|continue\s+reading|keep\s+reading|read\s+more|read\s+on|continue\s+to\s+read)
        (?:\s+(?:on|more|below|the\s+full\s+(?:story|article)))?
    | click\s+(?:here\s+)?(?:to\s+)?(?:read|see|continue)(?:\s+(?:more|on|the\s+full\s+(?:story|article)))?
    | advertisement | sponsored(?:\s+content)?
    | scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?
    | (?:related|recommended)\s+(?:news|reading|stories|articles?)
    """
)
_TRAILER = regex.compile(r"[\s.…:>»→\-]*")


def find_boilerplate(document: Document, config: Config) -> Iterator[Finding]:
    text = document.text
    for index, (start, end) in enumerate(document.paragraphs):
        body = text[start:end].strip()
        match = _FURNITURE.match(body)
        if not match or not _TRAILER.fullmatch(body, match.end()):
            continue
        span_start, span_end = _with_separator(document.paragraphs, index, len(text))
        yield Finding(
            start=span_start,
            end=span_end,
            original=text[span_start:span_end],
            type="boilerplate",
            rule="boilerplate",
            candidates=(
                Candidate("", f"the paragraph {body!r} is web-page furniture, not article text", 0.95),
            ),
        )


def _with_separator(paragraphs: tuple[tuple[int, int], ...], index: int, length: int) -> tuple[int, int]:
    """Take the paragraph with the blank lines after it, or before it when it is the last one."""
    start, end = paragraphs[index]
    if index + 1 < len(paragraphs):
        return start, paragraphs[index + 1][0]
    if index > 0:
        return paragraphs[index - 1][1], end
    return start, end
