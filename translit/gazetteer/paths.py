"""Where the shipped glossary tables are: inside the installed package, or at the repository root."""

from __future__ import annotations

import gzip
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def builtin_glossary_folder() -> Path:
    """The shipped tables: ``translit/glossaries`` in a wheel, ``glossaries/`` in a checkout."""
    packaged = _PACKAGE / "glossaries"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "glossaries"


def shipped_table_text(table: str) -> str:
    """The text of a gzip-compressed table shipped under the glossary folder, without the comment lines
    its building tool writes at the top."""
    data = gzip.decompress((builtin_glossary_folder() / table).read_bytes())
    start = 0
    while data.startswith(b"#", start):
        start = data.index(b"\n", start) + 1
    return data[start:].decode("utf-8")  # one copy: cutting each comment line off the text copied it all
