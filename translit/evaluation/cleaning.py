"""Run translit's own cleaner over segments for evaluation, keeping the types of the edits it made."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from translit.evaluation.inputs import EvaluationInputError
from translit.evaluation.post_edit import TypedSpan
from translit.evaluation.progress import progress


@dataclass(frozen=True)
class CleanerRun:
    """Cleaned segments, the typed spans of the cleaner's edits, and the pipeline signature."""

    cleaned: tuple[str, ...]
    edit_types: tuple[TypedSpan, ...]
    signature: str


def run_cleaner(segments: Sequence[str], house_style: bool = True) -> CleanerRun:
    """Clean each segment independently with ``translit.clean`` (one segment is one document)."""
    try:
        from translit import Config, load_pipeline
    except ImportError:
        raise EvaluationInputError("this build of translit has no cleaner; pass --cleaned FILE") from None
    pipeline = load_pipeline(Config(house_style=house_style))
    cleaned: list[str] = []
    spans: list[TypedSpan] = []
    for index, segment in enumerate(progress(segments, "cleaning", unit="segments")):
        result = pipeline.clean(segment)
        cleaned.append(result.text)
        spans.extend(TypedSpan(e.start, e.end, e.type, index) for e in result.edits)
    return CleanerRun(tuple(cleaned), tuple(spans), pipeline.signature())
