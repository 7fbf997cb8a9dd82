"""Where the shipped glossary tables are: inside the installed package, or at the repository root."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def builtin_glossary_folder() -> Path:
    """The shipped tables: ``translit/glossaries`` in a wheel, ``glossaries/`` in a checkout."""
    packaged = _PACKAGE / "glossaries"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "glossaries"
