"""ERRANT-compatible edit extraction: the edits ``errant_parallel -tok -lev -merge all-merge`` extracts.

ERRANT's pipeline is tokenize (spaCy) → align → merge → classify. In the configuration named above its
edits depend on neither part of speech nor lemma, only on spaCy's English tokenizer (rules that ship
with spaCy itself, no trained model), a token-level Levenshtein alignment with ERRANT's own tie-breaking
(substitution before insertion before deletion, traced back from the end), and merging every run of
adjacent non-matches into one edit. This module does those three steps the same way, so its edit sets
can be compared with ERRANT's and written as M2 that ``errant_compare`` scores alike
(``benchmarks/RESULTS-errant.md`` measures the agreement on real MT output). Classification is left
out: types come from translit, or are written as ERRANT's operation with OTHER.

Needs spaCy (``pip install 'translit[errant]'``); translit's own mode (:mod:`.alignment`) needs nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from translit.evaluation.alignment import Span, TextEdit, Token
from translit.optional import require

TOKENIZER_NAME = "spacy-en"


@functools.cache
def _tokenizer():  # noqa: ANN202 - a spaCy Tokenizer, imported only here
    require("errant")
    import spacy

    return spacy.blank("en").tokenizer


def tokenize(text: str) -> tuple[Token, ...]:
    """spaCy's English tokens of ``text`` (as ``errant_parallel -tok`` parses it), with offsets."""
    return tuple(Token(t.idx, t.idx + len(t.text), t.text) for t in _tokenizer()(text))


def align(original: Sequence[Token], corrected: Sequence[Token]) -> list[Span]:
    """ERRANT's Levenshtein alignment (``lev=True``) with all adjacent non-matches merged."""
    rows, columns = len(original), len(corrected)
    cost = [[0] * (columns + 1) for _ in range(rows + 1)]
    operation = [["O"] * (columns + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        cost[i][0], operation[i][0] = i, "D"
    for j in range(1, columns + 1):
        cost[0][j], operation[0][j] = j, "I"
    for i in range(rows):
        for j in range(columns):
            if original[i].text == corrected[j].text:
                cost[i + 1][j + 1], operation[i + 1][j + 1] = cost[i][j], "M"
                continue
            # ERRANT lists [transposition, substitution, insertion, deletion] and takes the first minimum;
            # with lev=True a transposition is never chosen
            choices = ((cost[i][j] + 1, "S"), (cost[i + 1][j] + 1, "I"), (cost[i][j + 1] + 1, "D"))
            cost[i + 1][j + 1], operation[i + 1][j + 1] = min(choices, key=lambda choice: choice[0])
    steps = []
    i, j = rows, columns
    while i + j:
        op = operation[i][j]
        step = {
            "M": (i - 1, i, j - 1, j),
            "S": (i - 1, i, j - 1, j),
            "D": (i - 1, i, j, j),
            "I": (i, i, j - 1, j),
        }[op]
        steps.append((op, *step))
        i, j = step[0], step[2]
    steps.reverse()
    spans: list[Span] = []
    previous_matched = True
    for op, o_start, o_end, c_start, c_end in steps:
        if op == "M":
            previous_matched = True
            continue
        if not previous_matched:
            last = spans[-1]
            spans[-1] = Span(last.o_start, o_end, last.c_start, c_end)
        else:
            spans.append(Span(o_start, o_end, c_start, c_end))
        previous_matched = False
    return spans


def extract_edits(original: str, corrected: str, segment: int = 0) -> tuple[TextEdit, ...]:
    """The edits ERRANT (``-tok -lev -merge all-merge``) finds between two lines, with character offsets.

    Like ``errant_parallel``, the lines are stripped first, and the correction of an edit is the
    corrected text of its span as written (``"U.S.-China"``, not tokens joined by spaces); offsets are
    into the stripped lines.
    """
    original, corrected = original.strip(), corrected.strip()
    if original == corrected:
        return ()
    original_tokens, corrected_tokens = tokenize(original), tokenize(corrected)
    edits = []
    for span in align(original_tokens, corrected_tokens):
        o_start, o_end = _characters(original_tokens, span.o_start, span.o_end)
        c_start, c_end = _characters(corrected_tokens, span.c_start, span.c_end)
        words = tuple(t.text for t in corrected_tokens[span.c_start : span.c_end])
        edits.append(
            TextEdit(
                o_start,
                o_end,
                c_start,
                c_end,
                original[o_start:o_end],
                corrected[c_start:c_end],
                words,
                segment,
            )
        )
    return tuple(edits)


def _characters(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    if first < last:
        return tokens[first].start, tokens[last - 1].end
    position = tokens[first].start if first < len(tokens) else (tokens[-1].end if tokens else 0)
    return position, position
