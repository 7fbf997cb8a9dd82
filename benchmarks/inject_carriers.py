"""Carrier text for injected benchmarks: real clean English news lines from ``../shared``, read at run time.

The carriers are ``data/english/*.en`` (English originals and human translations into English) and the
professional references ``data/wmt/*/ref.*.en`` of the Chinese→English test sets, whose stories are the
ones MT of Chinese news gets wrong. Nothing of this text is stored in the repository.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from benchmarks.common import ENGLISH, WMT, read_lines, require

CONTEXT = 2  # lines of the same file before and after the carrier line: the document the cleaner sees
SEPARATOR = "\n\n"  # one line of the corpus is one paragraph of the document
# Some carrier lines already have a typo of a kind the benchmarks inject: a space before a full stop or a
# comma, a doubled comma, a comma before a full stop, a space after an opening bracket, no space after
# a sentence's full stop. Fixing one is a correct fix (decided for the WMT references), so documents
# around such a line are not used as carriers: an injected benchmark would count that fix as a false alarm.
KNOWN_TYPO = re.compile(r" \.(?=\s|$)|,,|,\.(?!\.)|\w ,(?= )|\( |[a-z]{3}\.[A-Z][a-z]")


@dataclass(frozen=True, slots=True)
class Document:
    """A window of consecutive lines of one corpus file, joined as paragraphs."""

    source: str  # file:line of the first line
    text: str
    line_starts: tuple[int, ...]  # offset of each paragraph in ``text``


@functools.cache
def corpus() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every carrier file as (name, lines), in a fixed order; duplicated lines are kept (they are text)."""
    files = sorted(require(ENGLISH).glob("*.en")) + sorted(require(WMT).glob("*/ref.*.en"))
    return tuple((f"{p.parent.name}/{p.name}", tuple(read_lines(p))) for p in files)


def window(name: str, lines: tuple[str, ...], first: int, count: int) -> Document:
    """Lines ``first .. first+count-1`` of a file (clipped to the file) as one document."""
    first = max(first, 0)
    chosen = [line for line in lines[first : first + count]]
    starts, offset = [], 0
    for line in chosen:
        starts.append(offset)
        offset += len(line) + len(SEPARATOR)
    return Document(f"{name}:{first + 1}", SEPARATOR.join(chosen) + "\n", tuple(starts))


def around(name: str, lines: tuple[str, ...], index: int) -> tuple[Document, int]:
    """The document of CONTEXT lines either side of line ``index``, and that line's offset in it."""
    first = max(index - CONTEXT, 0)
    document = window(name, lines, first, index - first + CONTEXT + 1)
    return document, document.line_starts[index - first]


@functools.cache
def _typo_lines(name: str) -> frozenset[int]:
    lines = dict(corpus())[name]
    return frozenset(i for i, line in enumerate(lines) if KNOWN_TYPO.search(line))


def usable(name: str, first: int, count: int) -> bool:
    """Whether lines ``first .. first+count-1`` of a file are free of the references' known typos."""
    return not any(first <= i < first + count for i in _typo_lines(name))
