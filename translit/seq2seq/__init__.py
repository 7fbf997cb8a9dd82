"""The seq2seq re-scorer: a small span-infilling model that judges which candidate fits the context.

>>> from translit.seq2seq import load_rescorer
>>> rescorer = load_rescorer()  # the shipped model; or load_rescorer("path/to/any/hf/seq2seq/dir")
>>> rescorer.name.split("@")[0], rescorer.name.split(":")[-2:]
('seq2seq:default_model', ['weight=4.0', 'pmi=0.5'])

torch and transformers are imported only when a model is loaded.
"""

from __future__ import annotations

from pathlib import Path

from translit.seq2seq.rescorer import DEFAULT_WEIGHT, ModelRescorer
from translit.seq2seq.scorer import DEFAULT_THREADS, ModelLoadError, SpanScore, SpanScorer, default_model_path


def load_rescorer(
    path: str | Path | None = None, weight: float = DEFAULT_WEIGHT, threads: int | None = DEFAULT_THREADS
) -> ModelRescorer:
    """A :class:`ModelRescorer` over the checkpoint at ``path`` (default: the shipped model)."""
    return ModelRescorer(SpanScorer.load(path or default_model_path(), threads=threads), weight=weight)


__all__ = [
    "DEFAULT_WEIGHT",
    "ModelLoadError",
    "ModelRescorer",
    "SpanScore",
    "SpanScorer",
    "default_model_path",
    "load_rescorer",
]
