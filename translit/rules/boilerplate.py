"""Web-page furniture left inside an article body ("Please read on...", "Advertisement")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from translit.edits import Candidate, Finding
from translit.rules.rule import Evidence, Rule

if TYPE_CHECKING:
    from translit.document import Document

#: A whole paragraph of furniture words: sure, as the same words inside prose never match.
FURNITURE_PARAGRAPH = 0.95

# Whole paragraphs only: the same words inside a sentence are prose, not furniture.
_FURNITURE = regex.compile(
    r"""(?ix)
    (?:please\s+)?(?:read|continue\s+reading|keep\s+reading|read\s+more|read\s+on|continue\s+to\s+read)
        (?:\s+(?:on|more|below|the\s+full\s+(?:story|article)))?
    | click\s+(?:here\s+)?(?:to\s+)?(?:read|see|continue)(?:\s+(?:more|on|the\s+full\s+(?:story|article)))?
    | advertisement | sponsored(?:\s+content)?
    | scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?
    | (?:related|recommended)\s+(?:news|reading|stories|articles?)
    | share\s+(?:this|the)\s+(?:article|story|page)(?:\s+on\s+\w+)?
    | (?:print|e-?mail)\s+this\s+(?:article|story|page)
    | back\s+to\s+top
    | \(?(?:to\s+be\s+)?continued(?:\s+on\s+(?:the\s+)?next\s+page)?\)?
    | \[(?:photo|picture|image|video)s?\]
    | (?:responsible\s+)?editors?(?:\s+in\s+charge)?\s*[:：]\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}
    """
)
# Anything after the furniture words may be punctuation or symbols (arrows, quotes, ellipses), so that
# the paragraph is recognized before and after the punctuation rule removes a stray period from it.
_TRAILER = regex.compile(r"[\s\p{P}\p{S}]*")


def find_boilerplate(document: Document) -> Iterator[Finding]:
    text = document.text
    furniture = [_is_furniture(text[start:end].strip()) for start, end in document.paragraphs]
    for index, (start, end) in enumerate(document.paragraphs):
        if not furniture[index]:
            continue
        span_start, span_end = _with_separator(document.paragraphs, furniture, index)
        body = text[start:end].strip()
        yield Finding(
            start=span_start,
            end=span_end,
            original=text[span_start:span_end],
            type="boilerplate",
            rule="boilerplate",
            candidates=(
                Candidate(
                    "", f"the paragraph {body!r} is web-page furniture, not article text", FURNITURE_PARAGRAPH
                ),
            ),
        )


def _is_furniture(body: str) -> bool:
    match = _FURNITURE.match(body)
    return bool(match) and bool(_TRAILER.fullmatch(body, match.end()))


def _with_separator(
    paragraphs: tuple[tuple[int, int], ...], furniture: list[bool], index: int
) -> tuple[int, int]:
    """The paragraph with the blank lines after it or, at the end of the text, before it.

    Spans of neighbouring furniture paragraphs never overlap, so a run of them goes in one pass
    (cleaning stays idempotent): a run followed by article text takes the separator after each
    paragraph; a run that ends the text takes the separator before each.
    """
    start, end = paragraphs[index]
    if any(not is_furniture for is_furniture in furniture[index + 1 :]):
        return start, paragraphs[index + 1][0]
    return (paragraphs[index - 1][1] if index > 0 else start), end


RULE = Rule(
    name="boilerplate",
    find=find_boilerplate,
    emits=frozenset({"boilerplate"}),
    priors={"furniture paragraph": FURNITURE_PARAGRAPH},
    reads=frozenset({Evidence.PARAGRAPHS}),
    writes=frozenset({Evidence.PARAGRAPHS}),
)
