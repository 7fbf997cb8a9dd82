"""The English news corpus the re-scorer is trained on, and its deterministic held-out split.

Lines are grouped into blocks of :data:`BLOCK_LINES` consecutive lines of one source text, and a block's
hash decides its split, so a held-out sentence never has its neighbours in training. Files that are
alternative references of the same source (``x.ref.A.en``, ``x.ref.B.en``) share block keys, so a
paraphrase of a held-out sentence is held out with it. The ambiguity benchmark draws its cases from the
``dev`` (weight tuning) and ``test`` (reported numbers) splits only.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

BLOCK_LINES = 10
HELD_OUT_PERCENT = 20  # half dev, half test
ENV_SHARED = "TRANSLIT_SHARED"


class CorpusNotFoundError(FileNotFoundError):
    """The shared English corpus is not where we looked for it."""


@dataclass(frozen=True, slots=True)
class Line:
    """One corpus line with its predecessor (the context a model sees) and its split."""

    text: str
    previous: str
    split: str  # "train", "dev" or "test"


def default_corpus_dir(repo_root: Path | None = None) -> Path:
    """``$TRANSLIT_SHARED/data/english``, else ``../shared/data/english`` beside the repository."""
    shared = os.environ.get(ENV_SHARED)
    if shared:
        return Path(shared) / "data" / "english"
    root = repo_root or Path(__file__).resolve().parents[2]
    return root.parent / "shared" / "data" / "english"


def split_of(source: str, line_number: int) -> str:
    """The split of a line, from a hash of its source text and block number."""
    key = f"{source}:{line_number // BLOCK_LINES}".encode()
    bucket = int.from_bytes(hashlib.sha256(key).digest()[:4], "big") % 100
    if bucket < HELD_OUT_PERCENT // 2:
        return "dev"
    if bucket < HELD_OUT_PERCENT:
        return "test"
    return "train"


def source_of(path: Path) -> str:
    """The source text a file translates or is: ``newstest2021.ru-en.ref.B.en`` -> ``newstest2021.ru-en``."""
    return re.sub(r"\.(ref\.\w+|src)\.en$", "", path.name)


def read_lines(corpus_dir: Path) -> list[Line]:
    """Every non-empty line of every ``*.en`` file, in a stable order, with its split.

    A training line whose text also occurs in a held-out block is dropped (several files share their
    English source), so held-out sentences are never seen in training. Repeats within training stay.
    """
    files = sorted(corpus_dir.glob("*.en"))
    if not files:
        raise CorpusNotFoundError(f"no *.en files in {corpus_dir}; set {ENV_SHARED} to the shared folder")
    lines = list(_iter_lines(files))
    held_out: dict[str, str] = {}
    for line in lines:
        if line.split != "train":
            held_out.setdefault(line.text, line.split)
    # the English sources of several language pairs repeat the same sentences: a held-out sentence keeps
    # the split of its first held-out copy, so the same sentence is never both a dev and a test case
    return [
        line if line.text not in held_out else Line(line.text, line.previous, held_out[line.text])
        for line in lines
        if line.split != "train" or line.text not in held_out
    ]


def _iter_lines(files: list[Path]) -> Iterator[Line]:
    for path in files:
        source = source_of(path)
        previous = ""
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines()):
            text = raw.strip()
            if text:
                yield Line(text=text, previous=previous, split=split_of(source, number))
            previous = text
