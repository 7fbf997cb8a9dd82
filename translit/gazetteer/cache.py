"""The gazetteers translit builds, kept in the user's cache folder: for user glossaries, and the automata.

The built-in gazetteer comes from the image shipped with translit (:mod:`~translit.gazetteer.image`),
which loads as fast as a cached copy would: a start with an empty cache, as every new user, fresh
container and CI run meets it, is as fast as any. Only where that image was built for other code or
tables (while translit is being changed) is the built-in gazetteer built from the tables, in seconds,
and kept here as a pickle whose name hashes every table read and the code that builds it, so that
neither an edited glossary nor a new translit meets a stale one.

User glossaries are layered on the built-in gazetteer (:meth:`Gazetteer.with_user_files`), which
re-derives no pinyin key of an entry they leave alone but still indexes every form again (about 2 s),
so the layered gazetteer is kept too: a run with the same glossaries as the run before loads as fast as
one with none, and a user who edits a glossary waits for one layering, never for a whole build.

The automata of the scan are built only when a run first scans more than a short text
(:mod:`~translit.gazetteer.matcher`), so they are kept in a file of their own (``<gazetteer's
name>.automata``), written then and read by the next run that needs them.

The cache holds only what translit wrote there, and heals itself: each file starts with a SHA-256 of the
pickle after it, and a file that fails the check or fails to load in any way is rebuilt, silently (a
cache is never a reason to stop a run). It stays small: the automata (26 MB) and any built-in
gazetteer built here (9 MB) of the :data:`KEEP` most recently used contents of the built-in tables
and code, and one layered file, for the glossaries used last.
"""

from __future__ import annotations

import contextlib
import hashlib
import mmap
import os
import pickle
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from translit.errors import GlossaryError
from translit.gazetteer import image, pinyin, words
from translit.gazetteer.bulk import paused_garbage_collection
from translit.gazetteer.gazetteer import Gazetteer, content_hash
from translit.gazetteer.matcher import Automata
from translit.gazetteer.paths import builtin_glossary_folder

#: The packages whose code builds a gazetteer (its tables, keys, indexes): a change to any of their
#: modules makes a new cache file.
BUILDING_PACKAGES = (Path(__file__).parent, Path(__file__).parent.parent / "names")
#: The shipped data that code reads besides the tables (English word frequencies for the collision
#: guard, pypinyin's readings for the keys): a new version of either makes a new cache file too.
BUILDING_DATA = (words.TABLE, pinyin.TABLE)

#: How many built-in gazetteers' files to keep: the built-in tables of a few translit versions or folders.
KEEP = 4
#: File names of built-in gazetteers (``gazetteer-<code>-<tables>.pickle``, and their automata
#: ``gazetteer-<code>-<tables>.automata``) and of one with user glossaries layered on one
#: (``layered-<code>-<tables and glossaries>.pickle``).
BUILTIN_PREFIX = "gazetteer-"
LAYERED_PREFIX = "layered-"
#: What the file of a gazetteer's automata adds to the gazetteer's file name, for its suffix.
AUTOMATA_SUFFIX = ".automata"
_MAGIC = b"translit-gazetteer-1\n"
_DIGEST_BYTES = 32


def default_cache_folder() -> Path:
    """``$TRANSLIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/translit``, else ``~/.cache/translit``."""
    if os.environ.get("TRANSLIT_CACHE_DIR"):
        return Path(os.environ["TRANSLIT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "translit"


def load_gazetteer(
    folder: Path, extra_files: Sequence[Path] = (), cache_folder: Path | None = None
) -> Gazetteer:
    """:meth:`Gazetteer.load`: the built-in gazetteer from its shipped image (:func:`_load_builtin`),
    with user glossaries layered on top (:meth:`Gazetteer.with_user_files`), from the cache when these
    glossaries were layered last.

    Every user glossary must be readable, cache or no cache: a mistyped path is an error, never a run
    without the user's entries.
    """
    for path in extra_files:
        _check_readable(path)
    cache_folder = cache_folder or default_cache_folder()
    if not extra_files:
        return _load_builtin(folder, cache_folder)
    path = cache_folder / f"{LAYERED_PREFIX}{code_hash()}-{content_hash(folder, extra_files)}.pickle"
    layered = _read_and_mark_used(path, Gazetteer)
    if layered is None:
        builtin = _load_builtin(folder, cache_folder)
        with paused_garbage_collection():  # layering makes as many objects as a build, and no garbage
            layered = builtin.with_user_files(folder, extra_files)
            _write_atomically(path, layered)
        _remove_layered(cache_folder, keep=path.name)
    layered.keep_automata_in(_AutomataFile(_automata_path(path)))
    return layered


def _load_builtin(folder: Path, cache_folder: Path) -> Gazetteer:
    """The built-in gazetteer of ``folder``: from its shipped image where that was built for this code
    and these tables, else from the cache, else built from the tables (and kept in the cache)."""
    key = builtin_key(folder)
    path = cache_folder / f"{BUILTIN_PREFIX}{key}.pickle"
    gazetteer = image.load(folder, key) or _read_and_mark_used(path, Gazetteer)
    if gazetteer is None:
        with paused_garbage_collection():  # a build makes half a million objects and no garbage
            gazetteer = Gazetteer.load(folder)
            _write_atomically(path, gazetteer)
        _prune(cache_folder, keep=path)
        _remove_layered(cache_folder)  # most likely layered on the gazetteer of an earlier translit
    gazetteer.keep_automata_in(_AutomataFile(_automata_path(path)))
    return gazetteer


@dataclass(frozen=True)
class _AutomataFile:
    """The file of a built-in or layered gazetteer's automata (a :class:`~translit.gazetteer.matcher.AutomataStore`)."""

    path: Path

    def read(self) -> Automata | None:
        return _read_and_mark_used(self.path, Automata)

    def write(self, automata: Automata) -> None:
        with paused_garbage_collection():  # 136,000 forms
            _write_atomically(self.path, automata)
        if self.path.name.startswith(BUILTIN_PREFIX):  # the first long run of this built-in gazetteer:
            _prune(self.path.parent, keep=self.path)  # the files of earlier ones go,
            _remove_layered(self.path.parent, keep=f"{LAYERED_PREFIX}{code_hash()}-")  # and other code's


def _automata_path(gazetteer_path: Path) -> Path:
    return gazetteer_path.with_suffix(AUTOMATA_SUFFIX)


Cached = TypeVar("Cached")


def builtin_key(folder: Path) -> str:
    """What names the built-in gazetteer of ``folder``: the code that builds it and the tables it reads."""
    return f"{code_hash()}-{content_hash(folder)}"


def _read_and_mark_used(path: Path, kind: type[Cached]) -> Cached | None:
    cached = _read(path, kind)
    if cached is not None:
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept when the cache is pruned
    return cached


def _check_readable(path: Path) -> None:
    try:
        with open(path, "rb"):
            pass
    except OSError as error:
        raise GlossaryError(path, None, f"cannot read glossary: {error.strerror}") from None


def _read(path: Path, kind: type[Cached]) -> Cached | None:
    """The cached object of that kind, or None when there is none or it is damaged in any way. The file
    is mapped, not read: checked and unpickled where it lies, with no copy of its megabytes made first."""
    try:
        with (
            open(path, "rb") as file,
            mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as mapped,
            memoryview(mapped) as data,
        ):
            return _unpickled(data, kind)
    except (OSError, ValueError):  # no file, or an empty one (which cannot be mapped)
        return None


def _unpickled(data: memoryview, kind: type[Cached]) -> Cached | None:
    header = len(_MAGIC) + _DIGEST_BYTES
    digest, payload = data[len(_MAGIC) : header], data[header:]
    if data[: len(_MAGIC)] != _MAGIC or hashlib.sha256(payload).digest() != digest:
        return None
    try:
        with paused_garbage_collection():
            cached = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - whatever a damaged or foreign pickle raises, rebuild
        return None
    return cached if isinstance(cached, kind) else None


def code_hash(packages: Sequence[Path] = BUILDING_PACKAGES) -> str:
    """A short hash of the modules that turn tables into a gazetteer (every module of the building
    packages, so that no new module can be forgotten) and of the data they read."""
    digest = hashlib.sha256()
    for module in sorted(path for package in packages for path in package.glob("*.py")):
        digest.update(module.name.encode() + b"\0" + module.read_bytes())
    for table in BUILDING_DATA:
        digest.update(table.encode() + b"\0" + (builtin_glossary_folder() / table).read_bytes())
    return digest.hexdigest()[:8]


def _write_atomically(path: Path, built: Gazetteer | Automata) -> None:
    """Write via a temporary file, so a concurrent reader never sees half a pickle; never fail a run."""
    payload = pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as file:
            file.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.replace(file.name, path)
    except OSError:
        pass  # a read-only home is no reason to stop cleaning text


def _prune(cache_folder: Path, keep: Path) -> None:
    """Remove the files of all but the :data:`KEEP` most recently used built-in gazetteers (a gazetteer
    and its automata, by name; ``keep``'s always stay)."""
    try:
        files = list(cache_folder.glob(f"{BUILTIN_PREFIX}*"))
    except OSError:
        return
    last_used: dict[str, float] = {}
    for file in files:
        if file.suffix in (".pickle", AUTOMATA_SUFFIX):
            last_used[file.stem] = max(last_used.get(file.stem, 0.0), _last_used(file))
    names = sorted(last_used, key=last_used.__getitem__, reverse=True)
    for old in [name for name in names if name != keep.stem][KEEP - 1 :]:
        _remove(cache_folder / f"{old}.pickle")


def _remove_layered(cache_folder: Path, keep: str = "") -> None:
    """Remove the layered gazetteers, all but those whose name starts with ``keep``: the cache keeps
    one at most, layered by this translit."""
    try:
        others = [
            f
            for f in cache_folder.glob(f"{LAYERED_PREFIX}*.pickle")
            if not keep or not f.name.startswith(keep)
        ]
    except OSError:
        return
    for other in others:
        _remove(other)


def _remove(gazetteer_path: Path) -> None:
    """Remove a cached gazetteer and its automata."""
    for path in (gazetteer_path, _automata_path(gazetteer_path)):
        with contextlib.suppress(OSError):
            path.unlink()


def _last_used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
