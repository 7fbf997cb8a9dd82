"""Building many objects at once: without the garbage collector's passes over them.

Loading the cached gazetteer or the word-frequency table creates hundreds of thousands of objects and
no garbage. Every few hundred new container objects set off a collection that traverses what is already
there, which took a third of a cached load; paused, the load does the same work without them. Once the
block ends, the first collection would still traverse every object it made, as young ones (a quarter of
a second after a cached load), and again as they move up the generations: they are moved straight to
the oldest generation instead, which only a full collection traverses.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_garbage_collection() -> Iterator[None]:
    """Run the block with automatic garbage collection off (and back as it was afterwards), and move
    the objects alive at its end to the oldest generation."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # every tracked object into the permanent generation, untraversed,
        gc.unfreeze()  # and from there into the oldest one: collected like any other when garbage
        if enabled:
            gc.enable()
