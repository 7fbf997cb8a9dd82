"""The built-in gazetteer shipped whole, as plain data: a start with an empty cache need not build it.

Building the built-in gazetteer from its ~47,000 table rows (pinyin keys, the collision guard, the names
index) takes seconds, and every new user, fresh container and CI run meets an empty cache. The shipped
image (``glossaries/derived/gazetteer.pickle.gz``, written by ``python -m tools.build_gazetteer_table``)
holds the built gazetteer itself (:meth:`Gazetteer.state`), read in the time a cached gazetteer took
to load, so the built-in gazetteer needs no cache file (:mod:`~translit.gazetteer.cache`).

It is a pickle of plain data only (dicts, lists, tuples, strings, numbers), read by an unpickler that
refuses every class and function: it names no code, so no version of translit's classes is tied to it
and loading it runs none. A format the standard library parses in C, as JSON is; but JSON took 2.5
times as long over the same data (0.42 s against 0.16 s: no shared strings, a scan of every
character), which would have made every start slower than a cached one was. Equal strings are written
once and no container twice, so the bytes depend on the values alone: the same gazetteer gives the same
file, whichever Python writes it (pickle protocol 5).

The image is used only for exactly the code and tables it was built from: its ``key`` names the hash of
every module that builds a gazetteer, the data they read and the built-in tables
(:func:`translit.gazetteer.cache.builtin_key`), and an image for other code or tables is ignored, so a
build from the tables takes over (``tests/test_gazetteer_image.py`` fails until it is rebuilt). An
image that cannot be read, or holds other than a gazetteer's state, is ignored too.
"""

from __future__ import annotations

import gzip
import io
import pickle
import zlib
from pathlib import Path
from typing import Any

from translit.gazetteer.bulk import paused_garbage_collection
from translit.gazetteer.gazetteer import Gazetteer, side_tables

TABLE = "derived/gazetteer.pickle.gz"
ABOUT = (
    "The built-in gazetteer as a build makes it from glossaries/ (python -m tools.build_gazetteer_table); "
    "the key names the code and tables it was built from (translit.gazetteer.image)."
)
PROTOCOL = 5


def load(folder: Path, key: str) -> Gazetteer | None:
    """The built-in gazetteer of ``folder`` from its image if that was built for ``key``, else None
    (also when there is none or it cannot be read: the caller builds from the tables)."""
    try:
        data = gzip.decompress((folder / TABLE).read_bytes())
        with paused_garbage_collection():  # half a million objects, and no garbage
            image = _PlainUnpickler(io.BytesIO(data)).load()
            if not isinstance(image, dict) or image.get("key") != key:
                return None
            abbreviations, renderings = side_tables(folder)
            return Gazetteer.from_state(image["gazetteer"], abbreviations, renderings)
    except (
        OSError,
        EOFError,
        zlib.error,
        pickle.UnpicklingError,
        ValueError,
        KeyError,
        TypeError,
        IndexError,
    ):
        return None  # missing, damaged, or not a gazetteer's state: build from the tables


def data(gazetteer: Gazetteer, key: str) -> bytes:
    """The image of ``gazetteer``, built under ``key`` (uncompressed); ValueError for other than plain
    data in its state."""
    image = {"key": key, "about": ABOUT, "gazetteer": gazetteer.state()}
    return pickle.dumps(_plain(image, {}), protocol=PROTOCOL)


def _plain(value: Any, strings: dict[str, str]) -> Any:
    """``value`` made anew of plain data: each string the first equal one (``strings``), no container
    shared, a named tuple a tuple."""
    if isinstance(value, str):
        return strings.setdefault(value, value)
    if isinstance(value, dict):
        return {_plain(k, strings): _plain(v, strings) for k, v in value.items()}
    if isinstance(value, list | tuple):
        items = [_plain(item, strings) for item in value]
        return items if isinstance(value, list) else tuple(items)
    if type(value) not in (int, bool):
        raise ValueError(f"not plain data: {type(value).__name__}")
    return value


class _PlainUnpickler(pickle.Unpickler):
    """An unpickler of plain data: a class or function named in the data is an error, never loaded."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"an image holds plain data only, not {module}.{name}")
