"""Progress of a long evaluation on stderr, only when stderr is a terminal (as ``translit clean`` shows it)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

Item = TypeVar("Item")


def progress(
    items: Iterable[Item], description: str, total: int | None = None, unit: str = "it"
) -> Iterator[Item]:
    """``items``, with a progress bar on stderr when it is a terminal; silent when piped or redirected."""
    shown = sys.stderr.isatty()
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    yield from tqdm(
        items, desc=description, total=total, unit=unit, disable=not shown, file=sys.stderr, leave=False
    )


class step_progress:  # noqa: N801 - used as a function: step_progress("scoring")
    """A callback ``(done, total)`` that draws a bar on a terminal, for work counted in steps."""

    def __init__(self, description: str) -> None:
        self.description = description
        self.bar: tqdm | None = None

    def __call__(self, done: int, total: int) -> None:
        if not sys.stderr.isatty():
            return
        if self.bar is None:
            self.bar = tqdm(total=total, desc=self.description, file=sys.stderr, leave=False)
        self.bar.update(done - self.bar.n)
        if done >= total:
            self.bar.close()
