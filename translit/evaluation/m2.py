"""M2, the edit format of grammatical error correction (CoNLL-2014, BEA-2019, ERRANT), read and written,
and scored as ``errant_compare`` scores it.

A block per sentence: ``S`` and the original's tokens joined by spaces, then one ``A`` line per edit —
``A start end|||type|||correction|||REQUIRED|||-NONE-|||annotator`` with token offsets — and a blank
line. An annotator with no edit on a sentence has a ``noop`` line (``A -1 -1|||noop|||-NONE-|||...``).

Scoring (:func:`compare_m2`) follows ``errant_compare``: an edit is its (start, end, correction) on
its sentence; per sentence, the hypothesis is compared with each reference annotator and the one giving
the best F-score (then more true positives, fewer false positives, fewer false negatives) is kept, and
counts add up over sentences; ``UNK`` edits count for detection only. ``detection="span"`` matches
(start, end) only, ``"token"`` each token of the original an edit touches (an insertion the token after
it), as ``-ds`` and ``-dt`` do.

>>> block = parse_m2("S Officials in Kiev said .\\nA 2 3|||house-style|||Kyiv|||REQUIRED|||-NONE-|||0\\n")
>>> block[0].tokens, block[0].edits
(('Officials', 'in', 'Kiev', 'said', '.'), {0: (M2Edit(start=2, end=3, correction='Kyiv', type='house-style'),)})
>>> print(format_m2([m2_sentence("Officials in Kiev said.", ["Officials in Kyiv said.", "Officials in Kiev said."])]))
S Officials in Kiev said .
A 2 3|||R:OTHER|||Kyiv|||REQUIRED|||-NONE-|||0
A -1 -1|||noop|||-NONE-|||REQUIRED|||-NONE-|||1
<BLANKLINE>
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from translit.evaluation.alignment import merge
from translit.evaluation.edit_scores import EditCounts
from translit.evaluation.inputs import EvaluationInputError

_NOOP = "noop"
_UNUSED = "-NONE-"  # the M2 field once meant for the correction's required-ness comment


@dataclass(frozen=True, slots=True)
class M2Edit:
    """One edit of a sentence: original tokens ``[start:end)`` become ``correction`` (tokens joined)."""

    start: int
    end: int
    correction: str
    type: str = ""  # "": written as ERRANT's operation with OTHER (M:OTHER, R:OTHER, U:OTHER)

    @property
    def code(self) -> str:
        """The type as written in M2: the type given, else ERRANT's operation code with OTHER."""
        if self.type:
            return self.type
        return "M:OTHER" if self.start == self.end else "U:OTHER" if not self.correction else "R:OTHER"

    def key(self, detection: str | None = None) -> tuple[object, ...]:
        """What two edits must share to match: span and correction, or the span alone (detection)."""
        if detection == "span":
            return (self.start, self.end)
        return (self.start, self.end, self.correction)


@dataclass(frozen=True)
class M2Sentence:
    """An original sentence (its tokens) and each annotator's edits on it."""

    tokens: tuple[str, ...]
    edits: dict[int, tuple[M2Edit, ...]]  # annotator id -> edits (empty: the annotator changed nothing)


def m2_sentence(original: str, corrections: Sequence[str], errant: bool = False) -> M2Sentence:
    """The M2 sentence of ``original`` with each correction as one annotator (0, 1, ...).

    Edits come from translit's tokenization and alignment (:mod:`.alignment`), or with ``errant`` from
    the ERRANT-compatible ones (:mod:`.errant_mode`: the lines stripped, spaCy's tokens). A correction is
    the corrected text of the edit's span as written, as ERRANT writes it.
    """
    if errant:
        from translit.evaluation import errant_mode as mode
    else:
        from translit.evaluation import alignment as mode  # type: ignore[no-redef]
    if errant:
        original = original.strip()
    tokens = mode.tokenize(original)
    edits: dict[int, tuple[M2Edit, ...]] = {}
    for annotator, corrected in enumerate(corrections):
        corrected = corrected.strip() if errant else corrected
        found = []
        if corrected != original:
            corrected_tokens = mode.tokenize(corrected)
            spans = mode.align(tokens, corrected_tokens)
            for span in spans if errant else merge(spans):
                words = corrected_tokens[span.c_start : span.c_end]
                text = corrected[words[0].start : words[-1].end] if words else ""
                found.append(M2Edit(span.o_start, span.o_end, text))
        edits[annotator] = tuple(found)
    return M2Sentence(tuple(t.text for t in tokens), edits)


def format_m2(sentences: Iterable[M2Sentence]) -> str:
    """M2 text: one block per sentence, annotators in id order, a noop line for an annotator without edits."""
    blocks = []
    for sentence in sentences:
        lines = ["S " + " ".join(sentence.tokens)]
        for annotator, edits in sorted(sentence.edits.items()):
            if not edits:
                lines.append(f"A -1 -1|||{_NOOP}|||{_UNUSED}|||REQUIRED|||{_UNUSED}|||{annotator}")
            for edit in edits:
                lines.append(
                    f"A {edit.start} {edit.end}|||{edit.code}|||{edit.correction}|||REQUIRED|||{_UNUSED}|||{annotator}"
                )
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def parse_m2(text: str, name: str = "M2") -> list[M2Sentence]:
    """Read M2 text; a malformed line is an :class:`EvaluationInputError` naming the line."""
    sentences: list[M2Sentence] = []
    tokens: tuple[str, ...] | None = None
    edits: dict[int, list[M2Edit]] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if line.startswith("S "):
            if tokens is not None:
                sentences.append(_sentence(tokens, edits))
            tokens, edits = tuple(line[2:].split()), {}
        elif line.startswith("A "):
            if tokens is None:
                raise EvaluationInputError(f"{name}:{number}: an A line before any S line")
            annotator, edit = _edit(line, f"{name}:{number}")
            annotator_edits = edits.setdefault(annotator, [])
            if edit is not None:
                if not 0 <= edit.start <= edit.end <= len(tokens):
                    raise EvaluationInputError(
                        f"{name}:{number}: tokens {edit.start}-{edit.end} outside a sentence of {len(tokens)}"
                    )
                annotator_edits.append(edit)
        elif line.strip() == "" or line == "S":
            if line == "S":  # an empty sentence
                if tokens is not None:
                    sentences.append(_sentence(tokens, edits))
                tokens, edits = (), {}
        else:
            raise EvaluationInputError(f"{name}:{number}: expected an S or A line, got {line[:40]!r}")
    if tokens is not None:
        sentences.append(_sentence(tokens, edits))
    return sentences


def _sentence(tokens: tuple[str, ...], edits: dict[int, list[M2Edit]]) -> M2Sentence:
    return M2Sentence(tokens, {annotator: tuple(found) for annotator, found in edits.items()})


def _edit(line: str, where: str) -> tuple[int, M2Edit | None]:
    fields = line[2:].split("|||")
    try:
        start, end = (int(n) for n in fields[0].split())
        annotator = int(fields[5]) if len(fields) > 5 else 0
        kind, correction = fields[1], fields[2]
    except (ValueError, IndexError):
        raise EvaluationInputError(f"{where}: expected 'A start end|||type|||correction|||...'") from None
    if kind == _NOOP or start == -1:
        return annotator, None
    return annotator, M2Edit(start, end, " ".join(correction.split()) if correction != _UNUSED else "", kind)


def compare_m2(
    hypothesis: Sequence[M2Sentence],
    reference: Sequence[M2Sentence],
    detection: str | None = None,
    beta: float = 0.5,
) -> EditCounts:
    """TP/FP/FN of the hypothesis edits (annotator 0) against the best-matching reference annotator."""
    if len(hypothesis) != len(reference):
        raise EvaluationInputError(
            f"the hypothesis has {len(hypothesis)} sentences but the reference {len(reference)}"
        )
    total = EditCounts()
    for number, (ours, theirs) in enumerate(zip(hypothesis, reference), start=1):
        if ours.tokens != theirs.tokens:
            raise EvaluationInputError(f"sentence {number}: the two M2 files have different original text")
        system = _keys(_edits_of(ours, 0), detection)
        candidates = [_keys(edits, detection) for _, edits in sorted(theirs.edits.items())] or [set()]
        total += max((_counts(system, gold) for gold in candidates), key=_ranking(total, beta))
    return total


def _edits_of(sentence: M2Sentence, annotator: int) -> tuple[M2Edit, ...]:
    return sentence.edits.get(annotator, ())


def _keys(edits: Iterable[M2Edit], detection: str | None) -> set[tuple[object, ...]]:
    if detection is None:  # UNK marks an edit ERRANT could not classify: for detection only
        return {edit.key() for edit in edits if edit.type != "UNK"}
    if detection == "span":
        return {edit.key(detection) for edit in edits}
    keys: set[tuple[object, ...]] = set()
    for edit in edits:  # each original token the edit touches; an insertion at its position
        keys.update((i,) for i in range(edit.start, edit.end)) if edit.end > edit.start else keys.add(
            (edit.start,)
        )
    return keys


def _f(counts: EditCounts, beta: float) -> float:
    """F-beta unrounded, as errant_compare compares it (precision 1 without FP, recall 1 without FN)."""
    precision = counts.tp / (counts.tp + counts.fp) if counts.fp else 1.0
    recall = counts.tp / (counts.tp + counts.fn) if counts.fn else 1.0
    denominator = beta**2 * precision + recall
    return (1 + beta**2) * precision * recall / denominator if denominator else 0.0


def _counts(system: set[tuple[object, ...]], gold: set[tuple[object, ...]]) -> EditCounts:
    return EditCounts(len(system & gold), len(system - gold), len(gold - system))


def _ranking(before: EditCounts, beta: float):  # noqa: ANN202 - a sort key
    """errant_compare's choice of reference: best F over the counts so far plus this sentence's, then
    more TP, fewer FP, fewer FN."""

    def rank(counts: EditCounts) -> tuple[float, int, int, int]:
        running = before + counts
        return (_f(running, beta), running.tp, -running.fp, -running.fn)

    return rank
