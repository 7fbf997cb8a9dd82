"""Evaluation: translation quality through sacrebleu, and the cleaner's edits against gold corrections.

The public steps, each importable on its own:

- :func:`score_translations` — BLEU/chrF/chrF++/TER per system, paired bootstrap between systems;
- :func:`extract_edits` — token-aligned edits between a text and its correction (ERRANT-style);
- :func:`compare_edits`, :func:`f_score` — edit-level TP/FP/FN and precision/recall/F0.5;
- :func:`evaluate_post_edit` — all of the above for a cleaned MT against gold, plus over-correction
  and ΔBLEU/ΔchrF against references.
"""

from translit.evaluation.alignment import TextEdit, extract_edits
from translit.evaluation.edit_scores import EditComparison, EditCounts, compare_edits, f_score
from translit.evaluation.inputs import EvaluationInputError, read_lines
from translit.evaluation.post_edit import (
    PostEditReport,
    ReferenceGain,
    TypedSpan,
    evaluate_post_edit,
    measure_gain,
    read_typed_spans,
)
from translit.evaluation.translation import TranslationReport, score_translations

__all__ = [
    "EditComparison",
    "EditCounts",
    "EvaluationInputError",
    "PostEditReport",
    "ReferenceGain",
    "TextEdit",
    "TranslationReport",
    "TypedSpan",
    "compare_edits",
    "evaluate_post_edit",
    "extract_edits",
    "f_score",
    "measure_gain",
    "read_lines",
    "read_typed_spans",
    "score_translations",
]
