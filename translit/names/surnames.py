"""How common a surname is among Americans: whether a respelled Western name is somebody's real name."""

from __future__ import annotations

import functools


@functools.cache
def surname_ranks() -> dict[str, int]:
    """Lower-cased surname -> its rank among the surnames of Americans (1 is Smith): the US Census
    Bureau's 1990 list (public domain), as shipped by the PyPI package ``names``, as the collision guard
    reads its first names (:func:`translit.gazetteer.gazetteer.first_names`). Read the first time a
    rule asks whether a respelled name is somebody's real surname."""
    import names  # no type information shipped (see the mypy overrides)

    ranks = {}
    with open(names.FILES["last"], encoding="ascii") as lines:
        for line in lines:
            name, _share, _cumulative, rank = line.split()
            ranks[name.lower()] = int(rank)
    return ranks
