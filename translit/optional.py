"""Optional dependencies: what each extra of ``pip install 'translit[EXTRA]'`` brings, checked where used.

The default install carries what the default path needs. A feature that needs more (the re-scoring
model, a distributed engine) calls :func:`require` before importing it, so that a missing package is
one clear error naming the extra to install, not an ImportError from deep inside.
"""

from __future__ import annotations

import importlib.util

from translit.errors import TranslitError

#: Extra name -> (what it is for, the modules it must make importable). The extras themselves are
#: declared in pyproject.toml ([project.optional-dependencies]); tests/test_install.py checks they agree.
EXTRAS: dict[str, tuple[str, tuple[str, ...]]] = {
    "model": (
        "the re-scoring model (--model, Config(model=...))",
        ("torch", "transformers", "sentencepiece"),
    ),
    "dask": ("the distributed engine (translit.distributed)", ("dask", "distributed")),
    "errant": ("ERRANT-compatible edit extraction (--errant)", ("spacy",)),
}


class MissingExtraError(TranslitError, ImportError):
    """A feature was asked for whose packages are not installed; the message says what to install."""


def require(extra: str) -> None:
    """Raise :class:`MissingExtraError` unless every module of ``extra`` can be imported.

    >>> require("no-such-extra")
    Traceback (most recent call last):
    KeyError: 'no-such-extra'
    """
    purpose, modules = EXTRAS[extra]
    missing = [module for module in modules if importlib.util.find_spec(module) is None]
    if missing:
        raise MissingExtraError(
            f"{purpose} needs {', '.join(missing)}, which the default install leaves out: "
            f"pip install 'translit[{extra}]'"
        )
