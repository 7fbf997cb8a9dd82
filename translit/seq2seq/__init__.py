"""The seq2seq re-scorers: a name model that ranks the entities a name may render, and a span-infilling
model that judges which candidate fits the context.

>>> from translit.seq2seq import load_rescorer
>>> rescorer = load_rescorer()  # the shipped context model; or load_rescorer("path/to/any/hf/seq2seq/dir")
>>> rescorer.name.split("@")[0], rescorer.name.split(":")[-2:]
('seq2seq:default_model', ['weight=4.0', 'pmi=0.5'])

:func:`rescorer_for` is what the pipeline loads for ``Config.model``. torch and transformers are
imported only when a model is loaded.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from translit.seq2seq.name_model import NameModel, NameTrie, default_name_model_path
from translit.seq2seq.name_rescorer import NameRescorer
from translit.seq2seq.rescorer import DEFAULT_WEIGHT, ModelRescorer
from translit.seq2seq.scorer import DEFAULT_THREADS, ModelLoadError, SpanScore, SpanScorer, default_model_path

if TYPE_CHECKING:
    from translit.gazetteer import Gazetteer
    from translit.rescore import Rescorer

#: What ``config.json`` of a name-model checkpoint says (``tools/training/train_names.py`` writes it).
NAME_TASK = "names"


def load_rescorer(
    path: str | Path | None = None, weight: float = DEFAULT_WEIGHT, threads: int | None = DEFAULT_THREADS
) -> ModelRescorer:
    """A :class:`ModelRescorer` (context model) over the checkpoint at ``path`` (default: the shipped one)."""
    return ModelRescorer(SpanScorer.load(path or default_model_path(), threads=threads), weight=weight)


def load_name_rescorer(
    gazetteer: Gazetteer, path: str | Path | None = None, inner: Rescorer | None = None
) -> NameRescorer:
    """A :class:`NameRescorer` over the name model at ``path`` (default: the shipped one); findings that
    are no name-ranking cases go to ``inner`` (default: the gazetteer priors)."""
    from translit.rescore import PriorRescorer

    return NameRescorer(
        NameModel.load(path or default_name_model_path()), gazetteer, inner or PriorRescorer()
    )


def is_name_model(path: Path) -> bool:
    """Whether the checkpoint at ``path`` is a name model (its config says so), not a context model."""
    try:
        config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(config, dict) and config.get("translit_task") == NAME_TASK


def rescorer_for(model: str, gazetteer: Gazetteer, default: str) -> Rescorer:
    """The re-scorer for ``Config.model``: ``default`` is the shipped name model; a path is loaded as a
    name model or a context model, whichever its config says it is."""
    if model == default:
        return load_name_rescorer(gazetteer)
    path = Path(model)
    return load_name_rescorer(gazetteer, path) if is_name_model(path) else load_rescorer(path)


__all__ = [
    "DEFAULT_WEIGHT",
    "ModelLoadError",
    "ModelRescorer",
    "NameModel",
    "NameRescorer",
    "NameTrie",
    "SpanScore",
    "SpanScorer",
    "default_model_path",
    "default_name_model_path",
    "is_name_model",
    "load_name_rescorer",
    "load_rescorer",
    "rescorer_for",
]
