"""Build the gazetteer once per content and keep it: a pickle in the user's cache folder.

Parsing ~50,000 table rows, deriving pinyin keys and building the automaton takes seconds; unpickling
the result takes a fraction of one. The file name hashes every table read and the code that builds the gazetteer from
them (how keys are derived), so neither an edited glossary nor a new translit meets a stale cache.
The cache is the user's own and only ever holds what translit wrote there.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Sequence
from pathlib import Path

from translit.gazetteer import abbreviations, entry, facts, gazetteer, keys, loader, matcher, wordings
from translit.gazetteer.gazetteer import Gazetteer, content_hash


def default_cache_folder() -> Path:
    """``$TRANSLIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/translit``, else ``~/.cache/translit``."""
    if os.environ.get("TRANSLIT_CACHE_DIR"):
        return Path(os.environ["TRANSLIT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "translit"


def load_gazetteer(
    folder: Path, extra_files: Sequence[Path] = (), cache_folder: Path | None = None
) -> Gazetteer:
    """:meth:`Gazetteer.load`, from the cache when this exact content was built before."""
    cache_folder = cache_folder or default_cache_folder()
    path = cache_folder / f"gazetteer-{_code_hash()}-{content_hash(folder, extra_files)}.pickle"
    try:
        with path.open("rb") as file:
            cached = pickle.load(file)
        if isinstance(cached, Gazetteer):
            return cached
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        pass  # no cache yet, or one written by another version: build afresh
    built = Gazetteer.load(folder, extra_files)
    _write_atomically(path, built)
    return built


def _code_hash() -> str:
    """A short hash of the modules that turn tables into a gazetteer."""
    digest = hashlib.sha256()
    for module in (abbreviations, entry, facts, gazetteer, keys, loader, matcher, wordings):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()[:8]


def _write_atomically(path: Path, built: Gazetteer) -> None:
    """Write via a temporary file, so a concurrent reader never sees half a pickle; never fail a run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as file:
            pickle.dump(built, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(file.name, path)
    except OSError:
        pass  # a read-only home is no reason to stop cleaning text
