"""Signatures: one string per run recording every setting that changes a number, as sacrebleu does."""

from __future__ import annotations

from translit._version import __version__
from translit.evaluation import alignment


def cleaner_signature(source: object | str | None) -> str:
    """The signature of the cleaning run being evaluated.

    ``source`` is a pipeline (anything with a ``signature()`` method), a signature string recorded when
    the cleaned file was made, or ``None`` when the cleaned text came from elsewhere.
    """
    if source is None:
        return "cleaner:external"
    if isinstance(source, str):
        return source
    return str(source.signature())  # type: ignore[attr-defined]


def evaluation_signature(unit: str, beta: float, cleaner: str) -> str:
    """Signature of a post-edit evaluation: how edits were extracted and scored, then the cleaner's own."""
    settings = {
        "translit-eval": __version__,
        "unit": unit,
        "tok": alignment.TOKENIZER_NAME,
        "align": "levenshtein",
        "merge": "all-adjacent",
        "beta": f"{beta:g}",
    }
    return "|".join(f"{key}:{value}" for key, value in settings.items()) + " || " + cleaner
