"""How common a surname is among Americans, and which first names they bear: whether a respelled Western
name is somebody's real name."""

from __future__ import annotations

import functools

#: A respelled word seen in English this often (wordfreq's Zipf) is a word or a name of its own.
MAX_RESPELLED_ZIPF = 2.5
#: ... as is one among the this many commonest surnames of Americans (1990 census; Smyth is 4,106th).
MAX_REAL_SURNAME_RANK = 20_000


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


@functools.cache
def first_names_of_americans() -> frozenset[str]:
    """Lower-cased first names of Americans, from the same package's census lists of male and female
    first names: "Mario" beside Marco Rubio is somebody's real name. (The collision guard reads the
    lists with each name's share, :func:`translit.gazetteer.gazetteer.first_names`; the gazetteer
    package is not imported here, as it builds the name index that asks.)"""
    import names  # no type information shipped (see the mypy overrides)

    found: set[str] = set()
    for which in ("first:male", "first:female"):
        with open(names.FILES[which], encoding="ascii") as lines:
            found.update(line.split()[0].lower() for line in lines if line.strip())
    return frozenset(found)
